"""The look of one paragraph: what its own words say it is, before anyone asks where it stands.

Series labels, date and credit lines, captions, notes and footnotes,
disclaimers, bios' headings, interview turns, and the furniture of web
pages, PDFs and newsletters (menus, breadcrumbs, share and related links,
running headers, cookie banners, comment sections). `plain` is the view
every pattern here reads: Markdown's links, images and heading marks, and
a leading emoji, set aside.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from korea_cli.page_words import head_in_english, in_english

ORCID_ID = r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]"
"""An author's ORCID identifier: four groups of four digits, the last check character possibly X."""
LABEL = re.compile(
    r"^(?:(?:(?!(?:without|beyond|against|after|before|towards?|despite|through|into|is|are|was|were|not|no|needs?|must|can|will|why|how)\s)[\w’'-]+ ){0,3}(?:policy brief|issue brief|issue notes?|policy notes?|ask (?:the|an|our) experts?|brief|commentar(?:y|ies)|comments?|analys[ie]s|analytics|op-?eds?|opinions?|perspectives?|viewpoints?|voices|points? of view|interviews?|expert views?|"
    r"special report|working paper|policy paper|discussion paper|occasional paper|position paper|(?:special|research|white|issue|briefing|background) papers?|(?:original|research|review|feature) articles?|research notes?|book reviews?|reports?|essays?|columns?|columnists?|my turn|as i see it|your say|letters to the editor|letters page|insights?|explainer|q ?& ?a|roundtable|round table|conversations?|dialogues?|symposium|debate|debatt|podcast|transcripts?|fireside chats?|correspondence|"
    r"series|in focus|spotlight|briefing|reaction|(?:rapid|quick|first) (?:response|take)s?|quick takes?|cover story|first[- ]person|entrevistas?|monitor|newsletter|bulletin|digest|update|memorandum|memo|news release|press release|event summary"
    r"|for immediate release|issue\s*#?\d+(?!\s*:\s+(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){2,}[.?!]))\b[\w .#:|/·•,—–\[\]()🕒⏱⌚\ufe0f-]*|[\w ,:’'-]{2,80},? part \d+ of \d+|[\w &’'-]{2,30}\s/\s(?:excerpts?|reviews?|essays?|interviews?|opinion|commentary|analysis)|[\w ]+\s*[|·]\s*[\w ,·|]+|\[(?!(?:view|forward|share|print|download|subscribe|image|photo|video|audio)\b)[\w ’'&-]{2,50}\]|(?:(?:north|south|east|west|northeast|southeast|central) )?asia(?:[- ]pacific)?|indo-pacific|(?:the )?korean peninsula|[\w ’'-]{2,40}\s[—–|·]\s(?:issue|no\.|vol\.|n[°º]\.?|nr\.?)(?:\s*no\.)?\s*#?\d+|chapter\s+\d{1,2}|serial no\.\s*\d{1,4}[-–]\d{1,4}|(?:an[áa]lisis|analysis|comentario|commentary|documento de trabajo|working paper|policy paper|ari)\s+(?:[A-Z]{2,10}\s+)?\d{1,3}/(?:19|20)\d{2}(?:\s*\([^()]{2,30}\))?|(?:session|panel)\s+(?:[ivx]{1,4}|\d{1,2})|(?:[\w’'-]+ ){0,2}(?:speech(?:es)?|remarks|statements?|keynote|testimony)|(?:two|three|four|five|six|seven|ten) questions|(?:written\s+)?testimony\s+(?:before|to)\s+(?:the\s+)?(?-i:[A-Z])[^!?]{5,200})$",
    re.I,
)
EDITORS_NOTE = re.compile(
    r"^[^\n]{0,300}?\b(?:music breaks|station ids?|ad breaks|advertisements|sponsor messages|jingles)\b[^.]{0,80}?\b(?:have been|has been|were|are) (?:removed|edited out|cut)\b|"
    # "Note: Campus Current is broadcast in English. … Music breaks and station IDs have been removed …": a broadcast's transcript
    r"^\[?(?:excerpts?\.\s+|note\s*:\s*(?=(?:the|this) (?:transcript|interview|conversation)\b))?(?:editor[’']?s[’']? note\b|publisher[’']?s[’']? note\b|moderator[’']?s[’']? note\b|rapporteur[’']?s[’']? note\b|corrections? appended\b|host[’']?s[’']? note\b|(?:programming|housekeeping|scheduling|publishing) note\s*:\s|corrected\s*:\s|(?:an? )?(?:edited|abridged) transcript\.\s|note from the editors?\b|(?:as prepared for delivery|check against delivery)\b"
    r"|fact[- ]?check(?:ed)?\s*:?\s+(?=(?:the|this) (?:writer|author|columnist|column|article|piece|op-ed)\b)"  # "FACT CHECK" / "The writer says …": the editors' box in the text
    r"|comment \[(?-i:[A-Z]{1,4})\d{1,3}\]\s*:"  # a shared draft's comment, printed with its anchor: '[Comment [HB1]: Mats – can we add …]'
    r"|(?:this|the) (?:article|piece|column|essay|interview|commentary|debate|discussion|conversation|roundtable|exchange) was (?:amended|corrected|updated|conducted(?!\s+by\s+(?-i:[A-Z])))\b"
    r"|(?:this|the) (?:text|transcript|version|lecture|roundtable|discussion|conversation|exchange|debate|symposium) (?:has been|was) edited (?:from|for)\b"
    r"|(?:the )?(?:responses|answers|contributions|replies|remarks) (?:have been|were|are) (?:lightly )?(?:edited|condensed)\b"  # "Responses have been edited for length and clarity."
    r"|(?:this|the) (?:conversation|interview|discussion|episode|podcast|panel) was recorded (?:on|in|at)\b[^.]{0,80}\.\s+(?:the|this) (?:transcript|text|conversation|interview) (?:has been|was) (?:edited|condensed|lightly edited)\b"  # "This text has been edited from the transcript …"
    r"|(?:this|the) (?:conversation|interview|discussion) took place (?:over|on|via|by|in)\b[^.]{0,120}\b(?:and )?(?:has been|was) (?:edited|condensed|translated)\b"  # "… over Zoom on 12 September and has been edited for length"
    r"|(?:updated|update|correction)(?:\s+|,\s*)(?=[^\n]{0,20}\d)(?![^\n]{0,30}\b(?:posted|published|input)\s*:)[^\n]{3,60}?:\s+\S"  # "Updated 24 December 2019, 09:40 VLAT: This article …"
    r"|corrections?\s*:?\s+(?=.{10,400}?\b(?:we|the editors?|the (?:newsletter|magazine|paper)) (?:regrets?|apologi[sz]es?) (?:the|for the|this) (?:error|mistake)\b)"  # "CORRECTION Last week's issue said … We regret the error."
    r"|corrections?(?: and clarifications)?\s*:?\s+an earlier version of this (?:article|interview|column|story|piece|essay|commentary|post)\b"  # a paper's note at the foot
    r"|\[(?=[^\[\]]{10,400}\]$)[^\[\]]*\b(?:edited for|is not included|are not included|(?:has|have) been omitted|abridged|condensed)\b"  # "[The Q&A that followed is not included. …]"
    r"|(?:the following|this) (?:interview|conversation|transcript|q ?& ?a) (?:has been|was|is)\b(?! part of| conducted by\s+(?-i:[A-Z]))"
    r"|the following (?:has been|was) (?:edited|condensed|lightly edited)\b|this is an? (?:english )?(?:summary|translation|abridged version|edited transcript)\b|(?:this|the) (?:article|piece|column|essay|commentary) is an? (?:english |abridged |edited )?translation\b|(?:correction|clarification)(?:,[^:\n]{2,40})?\s*:|(?:this interview )?(?:has been |was |is )?(?:edited|condensed|lightly edited)"
    r"(?: and (?:edited|condensed))? for (?:length|clarity|brevity)|(?:this|the) (?:interview|transcript|conversation)(?: below| that follows)? (?:has been |was |is )?(?:edited|condensed|lightly edited|abridged|shortened)|transcript (?:has been |was )?(?:edited|condensed|lightly edited) for\b)",
    re.I,
)
EDITORS_NOTE_HEAD = re.compile(
    r"^(?:editor[’']?s[’']? note|note from the editors?|corrections? appended|corrections?(?: (?:and|&) clarifications?)?|clarifications?)\s*:?$", re.I
)
AS_TOLD_TO = re.compile(r"as told to\s+(?P<teller>(?-i:[A-ZÀ-ÖØ-Þ])[\w.’' -]{3,60}?)\.?", re.I)
"""'As told to Priya Raman': the reporter a first-person piece was told to, who wrote it down; the words are the teller's."""
CREDIT = re.compile(
    r"^\(?(?:original(?: text| article| version| interview)?\s*:\s*(?!https?://|www\.)\S.{0,200}\b(?:interview(?:ed)? by|translated (?:from|by)|(?:19|20)\d{2})\b|source\s*:\s*this (?:article|column|commentary|piece|op-?ed|essay) was (?:first |originally )?published by\b|this (?:article|column|commentary|piece|op-?ed|essay) (?:is|was) (?:distributed|syndicated|republished|reprinted|reproduced|shared|co-?published|(?:published|produced) (?:jointly|in (?:partnership|cooperation|collaboration)))\b|interpret(?:ation|er|ers|ing)(?:\s*\([^()]{2,40}\))?\s*:|(?:simultaneous |consecutive )?interpret(?:ed|ation) by|interview(?:ed)?(?: conducted)? by|translation of (?:an|the) (?:original )?(?:article|essay|column|op-?ed)\b|about the rapporteurs?\s*:|an? (?:earlier|previous|longer|shorter|different) version of this (?:commentary|article|essay|piece|op-?ed|paper|column)\b|(?:edited and )?(?:typeset|layout|designed) by|acknowledge?ments?\b(?! of country)|originally published in\b|originally written in\b|(?:this|the) (?:article|column|commentary|piece|op-?ed|essay) (?:is adapted from|originally appeared in)\b|interview(?:er)?\s*:(?=\s*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}(?:\s*\([^)]{2,120}\)|,\s*[^()\n|]{2,80})?\)?\s*(?:\.?\s*$|(?:[|·•]|\.)\s*(?:translated|translation|photos?|edited|interpretation|(?:the|this) interview)\b))|illustration\s*:|cover(?: photo| image)?\s*:|(?:speakers|panelists?|to)\s*:(?!\s*(?:thank you|thanks|hi|hello|good (?:morning|afternoon|evening)|my name|i[’']m|i am|i have|i was|i wonder|i[’']d like|i would like|yes|so|sure)\b)|transcri(?:pt|bed) by|transcript(?:ion)? (?:prepared|produced|provided) by (?-i:[A-Z])|peer[- ]review(?:ed)?(?: by)?\s*:|(?:the )?research for this (?:article|essay|commentary|piece|brief|paper) was (?:funded|supported|made possible)\b|(?:the )?authors? (?:would like to |wishes? to )?thanks? (?-i:[A-Z])|thanks (?:also )?to (?-i:[A-Z])[\w .’'-]{2,60},? (?:who|for)\b|transcription(?: and translation)?\s*:|translation and transcription\s*:|(?:committee )?members present\s*:|by (?:the )?(?![\w.’' -]{2,40}\s(?:and|&)\s)(?-i:[A-Z])[\w.&’' -]{1,40} (?:editors|staff|desk|team|newsroom)\s*$|this issue was (?:edited|produced|compiled) by|panel(?:ists)?\s*(?:[IVX\d]+\s*)?[—:–-]|(?:conducted|moderated|hosted|presented|produced|edited)(?: and (?:edited|compiled|introduced))? by|(?:written|produced) and directed by|(?:introduced|curated) by\s+(?-i:[A-Z])|(?:symposium|series|guest|section|forum|special issue|roundtable|volume) editors?\s*:\s*(?-i:[A-Z])|(?:hosts?|producer|moderator|audio|presenter|interview(?:er)?|chair(?:man|woman|person)?)(?:\s+(?:and|&)\s+(?:executive\s+)?(?:producer|host|editor))?\s*:(?=\s*(?:(?:dr|prof|mr|ms|mrs|amb|ambassador|gen|adm|cmde)\.?\s+(?:\((?:retd?|rtd)\.?\)\s+)?)?[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}(?:\s*\((?:retd|ret)\.?\))?(?:\s*[,(][^.?!|]{0,100})?\s*(?:$|[|·;]|\.?\s+(?:(?:producer|host|editor|audio|moderator|guests?|sound|music)\s*:|produced by\b)))|(?:[\w&’'.-]+\s){1,5}syndicate\.?$|questions\s*:\s*(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){1,3}\s*(?:$|[|·]\s*(?:translat|photo|edit))|(?-i:[A-Z])[\w .’'-]{2,60}[’']s? (?:contribution|essay|article|text|answers|remarks|column) (?:was|were|has been|have been) translated\b|(?-i:[A-Z])[\w ’'&.-]{2,60} (?:roundtables?|symposia|symposiums?|debates?|forums?|series) (?:is|are) (?:edited|produced|curated|moderated|convened) by\s+(?-i:[A-Z])|translated(?: from [\w ]+)?(?: and (?:introduced|annotated|edited))? by|translated from\b|this (?:essay|article|piece|account|story|column) was (?:as )?told to (?-i:[A-Z])|(?:commission|project|research|editorial|study group) staff\s*:\s*(?-i:[A-Z])|author contributions?\s*:?\s+(?-i:[A-Z])|(?:the|this) (?:forum|symposium|roundtable|round table|series|dossier|collection) was (?:compiled|edited|curated|convened|organi[sz]ed) by\b|(?:english |korean |japanese |chinese |russian )?translation by|(?:english |korean |japanese |chinese |russian )translation\s*:\s*(?-i:[A-Z])|(?:compiled and )?edited by|compiled by|reporting by|additional reporting by|(?:writing|editing) by|illustration by"
    r"|as told to\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w.’' -]{3,60}(?:\.\s+(?:this|the) (?:essay|piece|article|account|text|story) (?:has been|was) (?:lightly )?(?:edited|condensed)\b[^.]{0,80}\.?)?$"
    # "As told to Priya Raman", "As told to Clara Voss. This essay has been edited and condensed for clarity."
    r"|(?:editing|copy-?editing|edici[óo]n|edi[çc][ãa]o|[ée]dition|redaktion|lektorat|redazione)\s*:\s*(?-i:[A-ZÀ-ÖØ-Þ])[\w.’' -]{3,60}$"  # "Edición: Lucía Giménez": who edited it
    r"|(?:this|the following) (?:section|chapter|part|map|table|figure|analysis of [\w ]{2,30}) (?:draws|is based|builds|relies) (?:on|upon) (?:the )?(?:research|work|data|fieldwork) (?:by|of) (?-i:[A-Z])[^.]{0,300}\.?$"  # "This section draws on research by Yoo Ha-eun, …": who helped with a part
    r"|counsel (?:to|for) the (?:commission|committee|inquiry|panel)\s*:\s*(?-i:[A-Z])[^.\n]{2,80}$"  # a hearing's counsel, who examines the witness
    r"|(?:this )?(?:roundtable|symposium|forum|debate|exchange|discussion) (?:was )?(?:convened|curated|organi[sz]ed|moderated)(?: and (?:edited|moderated|introduced))? by\s+(?-i:[A-Z])[^.]{2,160}\.?$"  # its editor
    r"|(?:co-?)?hosts\s*:\s*(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){1,2}(?:\s*\([^()]{2,80}\))?,?\s+(?:and|&)\s+"
    r"(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){1,2}(?:\s*\([^()]{2,80}\))?(?:,\s*[^.]{2,80})?(?:\s*[|·;]\s*[^|·;]{2,80}){0,4}\.?$"
    # "Hosts: Dana Whitcombe (Senior Fellow, …) and Ravi Menon (…), Kestrel Institute.", "Hosts: A and B · Producer: C · Music: …"
    r"|(?:research|editorial|additional research) (?:assistance|support)\s*:\s*(?-i:[A-Z])[^.\n]{2,120}$"  # "Research assistance: Kwon Hye-jin"
    r"|(?:this|the) interview was conducted by\b|excerpted from\b|distributed by\b|(?:remarks|comments|answers|the text) (?:by|of) [^.]{2,60}? translated\b|transcript\s*:\s*(?-i:[A-Z])(?=[^,:;?!—–]{0,60}$)"
    r"|(?:reviewed|fact-checked|checked|proofread|transcription|transcribed) by\s*:?\s*(?-i:[A-Z])|reporter\s*:\s*(?-i:[A-Z])[^,:;?]{2,40}$|image source\s*:|(?:thesis )?(?:supervisor|second reader|examiner|co-supervisor)s?\s*:\s*(?-i:[A-Z])|\(with inputs from [\w ,&-]{2,60}\)\.?$"
    r"|(?:this|the) (?:article|essay|column|commentary|piece|op-?ed) was (?:written|prepared|commissioned) for\b"  # "This commentary was written for the Asahi Shimbun's …"  # "Reviewed by: Chun Jae-hoon", "Image Source: Getty"
    r"|(?-i:[A-Z][\w .&’'-]{2,60}) is (?:hosted|presented|produced|edited) by (?-i:[A-Z])"  # "Beyond the DMZ is hosted by …"
    r"|by (?:our|a|the) (?:own |special |staff |senior |political |diplomatic |foreign )*(?:reporters?|correspondents?|writers?|staff)\s*$"  # "By Our Staff Reporter": no one named
    r"|(?:debate|discussion|roundtable|symposium|dossier|forum|panel|exchange)s? (?:coordinated|curated|organi[sz]ed|compiled|convened) by\s+(?-i:[A-Z])"  # "Debate coordinated by Lucía Ferreyra Olmos"
    r"|(?:this|the) (?:article|essay|column|commentary|piece|op-?ed|interview) (?:was|has been) translated\b"
    r"|(?:[^.]{2,80}\bspoke in [\w-]+\.\s+)?(?:his|her|their) (?:remarks|comments|answers|words) (?:were|have been) (?:translated|interpreted)\b"  # "Professor Chun spoke in Korean. His remarks were translated into English by …"
    r"|translation(?: from (?:the )?[\w-]+)?\s*:\s*\S"  # "Translation from the German: Ostasien Perspektiven editorial team"
    r"|\w[^.]{2,120}?\btranslated (?:this|the) (?:article|essay|column|commentary|piece|op-?ed|interview|text)(?: (?:from|out of) (?:the )?[\w-]+)?\.?$"  # "Đỗ Quang Minh, a research fellow at …, translated this article from the Vietnamese."
    r"|this is an? (?:english|english-language|translated) version of\b"  # "This is an English version of an essay first published in Swedish …"  # "This article was translated from the Korean by …"
    r"|(?:this|the) (?:article|essay|column|commentary|piece|op-?ed) (?:was )?(?:first |originally |simultaneously |also )?(?:appeared|published)"
    r"(?: simultaneously| also| first| originally)? (?:in|by)\b"
    r"(?![^\n]*\b(?:print edition|issue|edition of)\b)"  # where it ran first (a print edition or issue of the same outlet: furniture)
    r"|copyright\s*:\s*(?-i:[A-Z][\w&.’'-]*)(?:\s+(?-i:[A-Z][\w&.’'-]*)){0,4}$"  # "Copyright: Syndication Bureau": who syndicates the piece
    r"|(?-i:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}),\s+[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?,\s+page\s+\d+\.?$"  # "JoongAng Ilbo, Sept. 20, Page 31": the print edition
    r"|(?:this|these|the) (?:articles?|pieces?|commentar(?:y|ies)|views?) (?:was|were|have been|has been) compiled from interviews\b"
    r"|(?:interview(?:er)?|text|photos?|words)(?: and (?:interview|text|photos?|words))+(?: by|\s*:)\s+(?-i:[A-Z])"  # "Interview and text by Morimoto Kenji", "Interviewer and text: …"
    r"|credits\s+(?:presenter|host|producer|interviewer|reporter|editor)s?\s*:"  # "Credits" over "Presenter: Kathryn Doyle" / "Producer: …"
    r"|(?:the )?questions were (?:asked|put|posed) by\s+(?-i:[A-Z])|(?:[\w&]{2,10} )?series (?:editor|coordinator)s?\s*:"  # "APB Series Editor: Dr. …"
    r"|questions (?:by|from)\s+(?:(?:dr|prof|mr|ms|mrs)\.?\s+)?[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3},\s+[^.]{2,80}\.?$"  # "Questions by Ksenia Belova, RIAC program coordinator"
    r"|(?:text|questions|interview questions)\s*(?:by|:)\s*(?:(?:dr|prof|mr|ms|mrs)\.?\s+)?[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}\.?$"  # "Text: Irina Sokolova"
    r"|(?:page |section |web |managing |commissioning )?editors?\s*:\s*\S.{0,300}$"  # "Editor: Liu Mei", "Page Editor: …@globaltimes.com.cn"
    r"|[—–-]?\s*[\w .&'’-]{2,60}?\s*/\s*(?:asia news network|ANN)\.?(?:\s*(?:reprinted|republished|distributed|reproduced)\b[^.]{0,60}\.?)?$"  # "Korea JoongAng Daily / Asia News Network": a syndicated piece's source
    r"|(?:(?:top|main|lead|header|cover|featured) )?(?:photo |image )?credits?\s*:|language edit(?:ing|or)\s*:"
    r"|(?:(?:main|cover|header|top|feature|lead)\s+)?(?:image|photo|picture|illustration)s?\s+(?:courtesy of|via|by)\s+.{2,80}$"
    r"|(?:this|the) (?:article|essay|piece|commentary) (?:is|was) adapted from\b"
    r"|(?!(?i:.*\b(?:security|policy|peninsula|korea|asia|pacific|opinion|defen[cs]e|diplomacy|economy|politics|world|nuclear|commentary|analysis|affairs|relations|strategy)\b))"
    r"(?-i:[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){1,2}\s/\s[A-Z][A-Z.&'’ -]{2,40}$)"
    # "WANG XIAOYING / CHINA DAILY": an artist's name and the paper ('COMMENTARY / WORLD', 'MARITIME SECURITY / KOREAN PENINSULA' are labels)
    r"|(?:this|the) (?:article|column|essay|piece|commentary|op-?ed|interview) (?:was |is )?(?:first |originally )?(?:published|appeared|written) in (?:the )?(?:korean|japanese|chinese|swedish|german|french|russian|spanish)\b)",  # "… in the Korean edition of …": a translation's
    re.I,
)
STAFF_OVER_NAME = re.compile(
    r"^(?:presenters?|producers?|hosts?|reporters?|moderators?|interviewers?|(?:executive |series |supervising )?producers?|sound engineers?|researchers?)\s*:?[ \t]*\n\s*[^\n]{3,60}\s*$",
    re.I,
)
"""'Presenter' over 'Hamish Carr': a broadcast page's credit, each role over its name, never an author."""
BOX = re.compile(
    r"^(?:\*\*|__|\[(?=[\w ;]+\]))?(?:key (?:points|takeaways|findings|recommendations)|at a glance|highlights|in brief|(?:executive )?summary|synopsis|abstract|tl;?dr|in this (?:issue|edition)"
    r"|theme(?=\s*(?:\n|:|$)))\b\]?\s*[:•·—-]?",  # "Theme" over its box, as the Elcano Institute sets it; "[Summary] …", as JIIA does
    re.I,
)
FIRST_PERSON = re.compile(r"\b(?:I|we|my|our)\b")
WELCOME = re.compile(
    r"^(?:(?:hi|hello|hallo|halo|hey|greetings|good (?:morning|afternoon|evening|day)) from [^,\n]{2,40},\s*(?:\n|$))|^(?:(?:hi|hello|hallo|halo|hey|greetings|good (?:morning|afternoon|evening|day)) from [^,\n]{2,40},\s+(?:and )?(?=(?:a (?:warm |special )?)?welcome))|^(?:(?:hi|hello|halo|hey|g[’']day|good (?:morning|afternoon|evening|day)|greetings|welcome back)(?: \w+)?[,!.]?\s+(?:and )?|[\w’']{2,12}!\s+)?(?:a (?:warm |special )?)?welcome (?:back )?to (?:the |this |issue|edition|#|no\.|\d)",  # 'Labas! Welcome to …'
    re.I,
)
"""'Halo, and welcome to the 112th Nusantara Brief.': a newsletter's host opening an issue, not the argument."""
PHOTO_CREDIT = re.compile(
    r"^\[(?:photo|image|file photo)\s*/\s*[\w .&’'-]{2,40}\]\.?$|"  # China Daily's '[Photo/Xinhua]'
    r"^credit\s*(?:\.\.\.|…)\s*\S.{2,100}$|"  # 'Credit...Park Ji-hoon/Agence France-Presse — Getty Images', as The Times sets it
    r"^(?-i:[A-Z]{2,8})\s+via\s+(?:reuters|afp|ap|getty images|epa)\.?$|"  # 'KCNA via REUTERS'
    r"^\((?:[\w .'’&-]{2,40}/)?(?:flickr|wikimedia commons|getty images|shutterstock|unsplash|AP|AFP|Reuters|Yonhap|EPA)\)\.?$|"
    r"^(?=[^/]*/)(?=.*\b(?:AP|AAP|AFP|Reuters|dpa|Getty(?: Images)?|picture[- ]alliance|Yonhap|EPA|Xinhua|KCNA|Kyodo|Imago|Shutterstock|Newsis|Sputnik|TASS|Pool)\b)[\w .'’&-]{2,40}(?:/[\w .'’&-]{1,40}){1,3}$|"  # 'Picture-alliance/AP Photo/E. Vucci'
    r"^(?-i:[A-Z][A-Z .'’&-]{2,40})\s*/\s*(?:VIA\s+)?(?-i:AP|AFP|REUTERS|YONHAP|KYODO|BLOOMBERG|GETTY IMAGES|EPA|XINHUA|KCNA|NEWSIS)\.?$|"
    r"^copyright\s*:\s*[^\n]{0,60}\b(?:AP|AFP|Reuters|Yonhap|Getty Images|EPA|Kyodo|Bloomberg|Xinhua|KCNA|Newsis|dpa)\.?$|"
    r"^(?-i:[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3})\s*/\s*(?:TASS|RIA Novosti|Sputnik|AP|AFP|Reuters|Yonhap|Kyodo|EPA|Xinhua|KCNA|Getty Images)\.?$|"  # 'Pavel Ostapenko / TASS'
    r"^(?:image|photo)\s*:\s*[^()\n]{2,60}\((?:photo|image) by [^)]{2,60}\)\.?$|"  # 'Image: U.S. Army (Photo by Sgt. …)'
    r"^©\s*(?:AP|AFP|Reuters|Yonhap|Getty Images|EPA|Kyodo|Bloomberg|Xinhua|KCNA|Newsis|[\w ]{2,30} photo)\.?$|"
    r"^(?=source\s*:.*\b(?:flickr|wikimedia|unsplash|shutterstock|getty|reuters|afp|ap|yonhap|kcna|cc[ -]by|public domain)\b)"  # 'Source: Kremlin.ru / Wikimedia Commons (CC BY 4.0)'
    r"(?:source\s*:\s*.{2,100})$|"
    r"^(?:(?:top|main|lead|header|cover|featured|banner|hero)\s+)?(?:photo|image|picture|photograph|foto|bild)s?(?: credit)?\s*[:：]\s*(?:[^/]{1,60}(?:/[^/]{1,50}){1,3}|.{0,50}\b(?:via|AP|AFP|Reuters|Yonhap|Getty|EPA|Xinhua|KCNA|Kyodo|Bloomberg|Shutterstock|Newsis|Flickr|Wikimedia|Unsplash|public domain|CC[ -]BY(?:-[A-Z]{2})*)\b.*|courtesy(?: of)?\s.{2,60}|(?:\S+\s+){0,3}\S+)$",
    re.I,
)
"""'Photo: Henrik Lund / TT News Agency via AP': a photo's credit, under the caption it credits (not a caption that opens 'Photo:')."""
GREETING = re.compile(
    r"^(?:hi|hello|hey|dear) (?:all|everyone|friends|readers|subscribers|folks)\b|^good (?:morning|afternoon|evening)(?: all| everyone)?[,!]"
    r"|^(?:hi|hello|hey|hola) again\b(?=.{0,120}\b(?:welcome|thanks?|thank you)\b)"  # 'Hola again, and a warm welcome …'; not 'Hello again from
    # Washington, where the week began …', the matter at once
    r"|^(?:hi|hello|hey|greetings|warm greetings|good (?:morning|afternoon|evening)) (?:again )?from (?:an? |the )?[\w ,’'-]{2,60}?[,!—–](?=.{0,120}\b(?:welcome|thanks?|thank you)\b)"  # 'Hello from a steamy, typhoon-season Seoul, and a special welcome to …'
    r"|^(?:magandang (?:umaga|hapon|gabi)|kumusta|g[’']day|annyeong(?:haseyo)?|konnichiwa|selamat (?:pagi|siang|sore|malam))\b(?: (?:all|everyone|friends|folks))?\s*[,!]?(?=\s)"  # Tagalog, Australian, Korean, Japanese, Malay
    r"|^kia ora(?: koutou| katoa| tātou| tatou)?[,!]|^bonjour (?:[àa] toutes et [àa] tous|[àa] tous|chers lecteurs)\b"  # Māori: 'Kia ora koutou,', French
    r"|^(?:hola|ol[áa]|ciao|hallo),? (?:a todos|a todas|todos|pessoal|a tutti|tutti|zusammen|allerseits|amigos|amigas|friends|everyone|all)\b|^(?:hola|ol[áa]|ciao|hallo)\s*[,!]\s+(?=and |y |e )"  # Spanish, Portuguese, Italian, German
    r"|^(?!welcome\b)[\w’'-]+(?: [\w’'-]+){0,2}[,!] and (?:a (?:very |warm |hearty )?)?welcome (?:to|back)\b"  # 'Góðan daginn, and a warm welcome to …': hello, in any language
    r"|^happy (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|new year|holidays)\b[,!.]"
    r"|^(?:bonjour|hola|ciao|hallo|hej|labas|salut)(?:[,!]| and\b| everyone\b| à tous\b)",  # 'Bonjour and happy new year to …'  # 'Happy Friday, and a warm welcome …'
    re.I,
)
"""'Hi all, and happy new year': a newsletter's greeting, nobody's argument."""
_ADDRESSEE = (
    r"(?:(?:your |their )?(?:excellenc(?:y|ies)|majest(?:y|ies)|highness(?:es)?)|distinguished (?:guests|participants|delegates|colleagues|members|panell?ists|speakers)"
    r"|honou?rable (?:[\w-]+ ){0,3}(?:members|ministers?|guests|chair(?:man|woman|person)?|speaker|president)|ladies and gentlemen"
    r"|dear (?:colleagues|friends|participants|guests)|(?:mr\.?|madam) (?:president|chair(?:man|woman|person)?|speaker|secretary[- ]general|minister)|(?:dear )?friends|colleagues)"
)
SPEECH_SALUTATION = re.compile(rf"^{_ADDRESSEE}(?:(?:,\s*|\s+and\s+|,\s+and\s+){_ADDRESSEE}){{0,6}}\s*[,:!.]?$", re.I)
"""'Excellencies, distinguished participants, ladies and gentlemen,': a speech's salutation, nobody's argument."""
CAPTION = re.compile(
    r"^(?:(?:media caption|image source|image caption),\s|(?:photo|image|picture) caption\s*:\s*\S|\[(?:image|photo|chart|graphic)\s*:\s[^\[\]]{5,400}\](?:\s*$|\s+(?-i:[A-Z]))|"  # a broadcaster's 'Image source, KCNA via Reuters' / 'Image caption, …', an e-mail's '[image: Bar chart of …]'
    r"\[(?:figure|fig\.|table|chart|graph|map|exhibit)\s+\d{1,2}(?:\.\d{1,2})?[a-z]?\s+[^\[\]]{5,400}\]\s*$|"  # '[Figure 4.1 Number of …]'
    r"(?:figure|fig\.|table|chart|exhibit)\s+\d{1,2}\.\d{1,2}[a-z]?\s+(?-i:[A-Z])[^\n]{10,300}$|"  # 'Figure 4.1 Declared and suspected …', no colon
    r"[^.\n]{3,120}?,\s+(?:left|right|centre|center|second from (?:left|right)|(?:top|bottom|far) (?:left|right))\s*(?:,|and\b)|(?:main|top|lead|header|featured|banner) (?:image|photo|picture)\s*:\s*\S|(?:main|top|lead|header|featured|banner) (?:image|photo|picture) credit\s*:?\s+\S|(?:photo|picture|portrait|headshot) of (?:(?:dr|prof|mr|ms|mrs)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\.?$|(?:figure|fig\.|table|chart|graph|map|exhibit)\s+\d{1,2}(?:\.\d{1,2})?[a-z]?\s*[:.–—-]\s+\S|(?:chart|graph|graphic|infographic|map|figure)\s*:\s+\S|\[(?:image|photo|picture|graphic)\]|\[(?:figure|fig\.|map|chart|table|graphic)\s*\d{0,2}[^\]\n]{0,40}\]\s+(?:figure|fig\.|map|chart|table)\s+\d{1,2}[a-z]?\s*[:.–—-]\s+\S|\(?(?:(?:file |featured )?(?:photo|image|foto|imagen|bild)|picture|caption|photograph|illustration)(?: credit)?\s*[:：/]|\((?:ap|afp|reuters|getty|yonhap)(?:\s+photo)?\))",
    re.I,
)
CAPTION_END = re.compile(
    r"\((?:(?:file )?(?:photo|image))?\s*[:|/]?\s*©?\s*(?:ap|afp|reuters|getty images|yonhap|epa|kcna|kyodo|jiji|xinhua|tass|ria novosti|bloomberg|newsis|news1|shutterstock|alamy|unsplash|wikimedia commons)\b[^)]*\)\.?$|\b(?:photo|photograph|image|illustration|graphic) (?:by|courtesy of|credit)\b(?:[^.]|\.(?=\S))*\.?$"
    r"|[.,]\s+(?:yonhap|reuters|afp|ap|epa|kcna|newsis|news1|getty images|(?:ap|afp|epa|yonhap) photo)\.?$|\.\s+(?:\|\s+)?(?:file\s+)?(?:photograph|photo|picture|pic|image|foto|bild|фото|screenshot|screengrab|video still|illustration|drawing|cartoon|graphic|artwork)\s*:\s*(?:[^.]|\.(?=\S)|(?<=\b(?-i:[A-Z]))\.(?=\s(?-i:[A-Z]))){2,80}(?:\s*\((?:CC[ -]BY|CC0|public domain)[^()]{0,24}\))?\.?$|\.\s+©\s*[^.]{2,60}$|\((?:photo|image|photograph|picture)\s*(?:by|:|courtesy of)\s*[^)]{2,60}\)\.?$|\bin (?:this|a) (?:file |undated |handout )?(?:image|photo|picture)\b(?!\s*\?)"  # not "Where does the United States fit in this picture?"
    r"|\[(?:yonhap|reuters|afp|ap|epa|kcna|newsis|news1|joongang ilbo|[\w .]{2,30} photo)(?:/[\w .]{2,20})*\]\.?$|[|/]\s*(?:via\s+)?(?:reuters|afp|ap|epa|kyodo|yonhap|bloomberg|getty images|newsis|news1|kcna|xinhua)\.?$"
    r"|\.\s+(?-i:[A-Z])[\w&’'-]+(?:\s+(?-i:[A-Z])[\w&’'-]+){0,3}\s+file\s+photo\.?$"  # "… in Paju, March 1. Korea Ledger file photo"
    r"|\((?![^()]*\b(?:Institute|Centre|Center|University|Studies|Foundation|Council|Forum|Program|Programme)\b)"
    r"(?-i:[A-Z])[\w’'.-]+(?: (?-i:[A-Z])[\w’'.-]+){1,3} for (?-i:[A-Z])[\w&.’' -]{1,40}\)\.?$"  # "(Cho Min-ji for MDW)": the photographer, for the paper
    r"|\.\s+(?:photo |image )?credits?\s*:\s*[^:]{0,40}\b(?:photo|image|picture|courtesy)\b[^:]{0,60}$"  # ". Credit: U.S. Army photo by Sgt. D. Ortiz"
    r"|[.!?]?\s+[—–-]+\s*(?:picture|photo|image|pic)s?\s+by\s+[^.]{2,60}$"  # "… last week. — Picture by Hafiz Sohaimi", as Malaysian dailies credit
    r"|\.\s+(?:photo|image|picture)\s*/\s*[^./]{2,60}$"  # "… in Pyongyang last week. Photo / KCNA via Reuters", as New Zealand papers credit
    r"|\.\s+(?-i:PHOTO|IMAGE|PICTURE|FILE PHOTO)\s*\|\s*(?-i:[A-Z][A-Z .&-]{1,30})$"  # "… Projects. PHOTO | FILE", as Nation Media credits
    r"|\((?:photo )?courtesy of [^)]{2,60}\)\.?$|\([\w .&’'-]{2,40} (?:archives?|file photo|photo archive)\)\.?$|[.,]\s*/\s?(?!END$)[A-Z]{2,8}$|[.,]\s*/\s?[A-Z]\w{1,20}(?: [A-Z]\w{1,20})? (?:photo|image)s?$|\s(?:photo|image)\s*:\s*courtesy of [^.:]{2,60}$"
    r"|\s\[(?:사진|写真|图片?|照片)\s[^\]\n]{1,40}\]\.?$|[\s(（]사진\s?=\s?[^\n]{2,40}$|[（(][^（）()\n]{2,30}[＝=](?:共同|時事|ロイター|AP|AFP|新華社|聯合|연합)[）)]\.?$|[（(][^（）()\n]{2,40}\s?摄[）)]\.?$|\((?:foto|fotograf[íi]a|imagen|image|bild)\s*:\s*[^()\n]{2,60}\)\.?$"  # '[사진 청와대 제공]', '（东方观察记者 陈浩 摄）', '(Foto: gentileza ISDP)'
    r"|(?<=[a-z0-9]\.)\s+\[(?-i:[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){1,3}|[A-Z]{2,}(?: [A-Z]{2,}(?:-[A-Z]{2,})?){1,2})\]$"  # "… at his office on Oct. 7. [Kim Da-eun]": the photographer, as Korean papers credit
    r"|[.!]\s+[-–—]\s*(?:[\w/]{2,20}\s){0,3}(?:file\s)?(?:pic|photo|picture)s?\.?$"  # "… within 48 hours. - Ledger file pic", "- Bernama pic"
    r"|[.!]\s+(?-i:[A-Z][A-Z&'’-]{1,20}(?: [A-Z][A-Z&'’-]{1,20}){0,2}) (?-i:FILE PHOTO|PHOTO|FILE PIC|PIC)$"  # "… ended early. LEDGER FILE PHOTO"
    r"|[.!]\s+[—–]\s*(?:ap|afp|reuters|yonhap|epa|kcna|getty images|xinhua|kyodo|bloomberg|wam|spa)\.?$"  # "… at Camp David, Maryland, on Friday. — AFP"
    r"|[.!]\s+\((?:supplied|(?-i:[A-Z])[\w]{1,20} news)(?:\s*:\s*[^()]{2,60})?\)$"  # "… launch on Monday. (Supplied: KCNA)", "(ABC News: Bill Birtles)"
    r"|\.\s+credit\s*:\s*(?-i:[A-Z])[^.:]{2,60}$"  # "… near North Korea since 2018. Credit: Department of Defence"
    r"|\.\s+courtesy of (?-i:[A-Z])[^.:]{2,60}$"  # "… in Seoul in November 2019. Courtesy of Zhou Wenhao"
    r"|\.\s+(?-i:[A-Z])[\w’'-]+(?:[ -](?-i:[A-Z])[\w’'-]+){1,2}\s*/\s*(?:the )?(?:associated press|canadian press|ap|afp|reuters|getty images|bloomberg|yonhap|epa)\.?$"
    # "… a North Korean missile launch on March 9. Ahn Young-joon/The Associated Press": the photographer and the agency
    r"|\bon\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\((?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,2}\)\.?$"
    # "Former Ambassador Hiroshi Kanazawa at his home in Yokohama on Aug. 9 (Yuki Morita)": the day, then who took it
    r"|\.\s+source\s*:\s*[^.]{0,40}\b(?:photo|photograph|image|archive|handout)s?\.?$"  # '… Panmunjom, 2010. Source: Press photo'  # '… March 19, 2023. /CFP': an agency's initials after a slash
    r"|\.\s+\[(?!(?:pause|applause|laughter|crosstalk|inaudible|click|next slide|silence|end)\])(?-i:[A-Z][A-Z .&/-]{2,40})\]$"  # "… in New York last Tuesday.
    # [JOINT PRESS CORPS]"; not a speaker's "[PAUSE]"
    r"|\.\s+(?:(?-i:[A-Z]{2,8})|yonhap|reuters|kyodo|xinhua|newsis|jiji)\s*/\s*[\w .’'-]{2,40}?\b(?:photo|image|picture)s?(?:\s+(?:archive|desk))?\.?$"
    # "… state media. KCNA / Meridian photo archive", "… Feb. 28, 2019. Yonhap / Korea Chronicle photo desk"
    r"|\.\s+\((?:(?-i:[A-Z])[\w’'-]+ ){0,3}(?:press corps|press pool|pool(?: photo)?|photo pool|news agency|presidential office|cheong wa dae)\)\.?$"
    # "… on Wednesday. (Pyeongyang Press Corps)"
    r"|\.?\s+/\s+(?:(?-i:[A-Z])[\w’'-]+ ){0,3}(?:press corps|press pool|photo pool)\.?$"  # "… on Thursday. / Pyongyang Press Corps"
    r"|/(?:file )?photo\s+purchase licensing rights\b.{0,20}$|\S\s+purchase licensing rights(?:, opens new tab)?$"  # a wire photo's caption, copied with its links
    r"|[.,]\s+(?-i:WAM|SPA|KUNA|QNA|BNA|ONA|MENA|ANI|PTI|IANS|APP|ANTARA|BERNAMA|Bernama|VNA|PNA|EFE|ANSA|dpa|AAP|Anadolu|Kyodo|Jiji|Xinhua|TASS|Sputnik|NHK)\.?$"  # "… (KEPCO). WAM": a national news agency's photo
    r"|\[photos?(?:/[\w .-]{2,30})+\]\.?$"  # "… in Seoul on Sept 3. [Photo/Agencies]"
    r"|[.]\s+\|\s+(?-i:[A-Z][A-Z .’'&-]{1,30}) (?-i:FILE )?(?-i:PHOTO|PIC|IMAGE)S?$"  # "… inside the Demilitarized Zone. | HERALD FILE PHOTO"
    r"|[.]\s+\(©\s*[^()]{2,60}\)$"  # "… in his office at Seoul National University. (© Kawabata Yūko)"
    r"|\.\s+\((?:[\w.&-]{1,20}\s){1,2}(?:photo|photograph|image|file photo)s?\)\.?$"  # "… in Ankara, June 25, 2023. (AA Photo)": an agency's photo
    r"|\((?:pool |file )?photo/[\w .-]{2,30}\)\s*(?:==\s?\w+)?$"  # "… on June 30, 2019. (Pool photo/Kyodo) ==Kyodo"
    r"|\|\s*(?:reuters|afp|ap|epa|kyodo|jiji|yonhap|bloomberg|getty images|newsis|news1|kcna|xinhua)\s*/\s*[\w .’'-]{2,40}$"  # "… | KYODO / Satoshi Ikeda": the agency and its photographer
    r"|\([\w .-]{2,40}(?:/(?:the )?[\w .-]{2,40})+\)\.?$|[.,]\s+(?:[\w]+ via )?(?:reuters|afp|ap|epa|kcna|yonhap|getty images)(?:/[\w .-]{2,40})?\.?$"
    r"|\((?:photo|image|photograph)\s*:[^)]{2,160}\)\.?$|\bcredit\s*\.{2,}.{2,80}$|[.,]\s+(?:ap|afp|reuters|epa|kyodo|newsis)-[\w ]{2,20}\.?$"
    r"|^[A-Z][^.]{10,200}\b(?:addresses|speaks|attends|arrives|shakes? hands|walks?|poses|is seen|looks on|waves|delivers|inspects|meets|lies|sits|stands|(?:is|are) (?:pictured|docked|moored|displayed|anchored))\b.{0,150}?\.\s*\([^)]{2,40}\)$",
    re.I,
)
NOTES_HEAD = re.compile(
    r"^(?:(?:referencias|notas|fuentes|bibliograf[ií]a|r[ée]f[ée]rences|quellen|anmerkungen|literatur|note|fonti)\s*/\s*)?"  # "Referencias / References"
    r"(?:(?:show|episode|programme|program) notes|(?:translator[’']?s[’']? )?notes?|end ?notes|foot ?notes|(?:selected |select )?(?:references|sources|bibliography|readings)|further reading|(?:sources|notes|references) and further reading|works cited)\s*:?(?:\s+(?=\[?[\d¹²³⁴⁵⁶⁷⁸⁹])|$)",
    re.I,
)
FOOTNOTE = re.compile(
    r"^(?:\[\^[\w-]{1,12}\]:|\[\d{1,3}\]|\[(?:[a-z]{1,2}|[A-Z]{1,4}\d{1,3})\](?=[^\s\]])|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}\.\s|\d{1,3}\s(?=[A-Z“\"‘'])|\*\d{1,3}\s)"
)  # and a Japanese "*1 …", a Google Doc's "[a]comment", a Word document's "[HS1]comment"
ABOUT_PUBLISHER = re.compile(
    r"^about (?:us|this (?:site|publication|newsletter|series)|the (?:institute|center|centre|foundation|program|programme|council|project|journal|publisher)\b.{0,30}"
    r"|(?-i:[A-Z&]{2,8})|[\w&’' -]{0,40}\b(?:Institute|Center|Centre|Foundation|Program|Programme|Council|Project|Journal|Forum)\b[\w&’' -]{0,30})\s*:?$",
    re.I,
)
"""'About ISDP', 'About the Institute': a heading over the publisher's own description."""
PAGE_FOOTNOTE = re.compile(r"^(?:\d{1,3}[.)]?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+[A-Z“\"‘']")  # "1 Agreement …", "1) Ministry of …"
CONTENTS = re.compile(
    r"^(?:(?:table of )?contents|inhaltsverzeichnis|inhalt|sommaire|table des mati[eè]res|[íi]ndice|contenido)\b"
    r"(?:\s*/\s*(?:table of )?contents\b)?\s*:?(?:$|\s+\S.*\.{4,})",  # and in two languages: 'Inhaltsverzeichnis / Table of contents'
    re.I,
)
FINDINGS_HEAD = re.compile(
    r"^(?:key (?:findings|points|takeaways|judgments|recommendations)|at a glance|highlights|in brief|in summary|main findings|(?:executive )?summary|summary of (?:key |the )?recommendations|why it matters)\s*:?$",
    re.I,
)
LETTER = re.compile(r"^(?:to the editors?|dear (?:editor|sir|madam)|(?-i:Sir|SIR|Madam|MADAM))\s*[:,]", re.I)
"""A letter to a paper's editor opens: 'To the Editor:', 'Dear Sir,', the British 'Sir, — …'."""
REPLIES = re.compile(
    r"^(?!(?:the|a|an|my|our|his|her|their|first|second|final|last)\s|(?:questions|q|objections|criticisms|critics|challenges)\s+(?:and|&)\s+answers\b)(?:(?:(?-i:[A-Z])[\w’'-]+\s+)?(?:(?-i:[a-z])[\w’'-]+\s+){1,5}(?=(?-i:[A-Z])))?(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb|Gen|Adm|Col)\.\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){0,2})(?:,\s+[^,:]{2,60},)?"
    r"\s+(?:repl(?:ies|y)|responds|rebuts|answers)\s*:?$",  # not 'The reply', a letter's heading; the post before the name
    # ('Register foreign affairs columnist Dana Whitford responds:')
    re.I,
)
"""'REINHOLT REPLIES:', 'Tan Hui Min, Global Affairs Columnist, replies:': the essay's author answers the letters, and what
follows is theirs."""
BIO_HEAD = re.compile(
    r"^(?:(?:about|meet) (?:the |our |this week[’']s |today[’']s )?(?:(?:chapter|report|paper|brief|issue)[’']?s? )?(?:authors?|interviewees?|contributors?|experts?|speakers?|writers?|guests?|panell?ists?|participants?|co-?chairs?|chairs?)\b\s*:?|(?:about me|who am i|qui suis-je)\s*[?:]"
    r"|(?:written by|the authors?|authors?|(?:the |our )?contributors?|profile|biography|authors?[’']?s?[’']? (?:biograph(?:y|ies)|bios?|information)|notes on (?:the )?contributors?)\s*:?$)",
    re.I,
)
DISCLAIMER = re.compile(
    r"^[\w .&’'-]{2,60} publishes (?:debates|these debates|exchanges|opposing views|point[- ]counterpoints?|both sides)\b[^.]{0,80}\bnot to endorse\b|"  # a debate's note
    r"^the (?:answers|responses|views) (?:here )?(?:reflect|represent|are) the (?:personal|own) views? of the (?:experts?|interviewees?|guests?|speakers?)\b|"
    # "The answers reflect the personal views of the expert and do not represent …"
    r"^(?:[^.]{0,200}\.\s+)?(?:the )?(?:views|opinions) (?:expressed )?(?:by|of) (?:the )?(?:guests?|callers?|speakers?|panell?ists?|participants?|contributors?)"
    r"(?: and (?:guests?|callers?|listeners?|speakers?))?\b[^.]{0,60}?\b(?:are|is) (?:their|his|her) own\b|"  # "… Views expressed by guests and callers are their own …"
    r"^(?:uncorrected (?:oral )?(?:evidence|transcript)\.?\s+|use of the transcript\s+|this [\w ]{2,40} is part of [^.]{2,120}\.\s+)?this is an uncorrected transcript\b|"  # a Commons committee's note over its evidence
    r"^(?:this |these |the |our )?transcripts? (?:is|are) (?:provided|made available|offered) (?:for|as a) (?:convenience|reference|courtesy)\b|"  # a show's note on its transcripts
    r"^(?:truth in testimony )?disclosure(?: statement| form)?\b|^no (?:potential )?(?:competing (?:financial )?interests?|conflicts? of interest)\b|"  # a journal's under its heading
    r"^this (?:post|article|brief|paper|report|commentary|piece) reflects the (?:collective |institutional |shared )?views? of\b|"  # an institution's own
    r"^(?:the )?authors? express(?:es)? (?:their|his|her) (?:own |personal )?views\b|"
    r"^[^.]{3,160}\bis (?:produced|published|run|made) independently and is not (?:affiliated|associated) with\b.{3,160}?\.(?:\s+(?:guests?|speakers?)[’']?\s+(?:views|opinions) are (?:their|his|her) own\.?)?$|"  # a channel's
    r"^[^.]{3,120}\b(?:is|are) (?:supported|funded|made possible) (?:in part )?by\b[^.]{3,160}\.\s+(?:the|this|that) [\w ]{2,40} (?:has|had|have|plays?) no (?:role|say|influence|part)\b|"  # a sponsor kept apart from what is written
    r"^※?\s*(?:the )?(?:contributions?|columns?|articles?|writings?|texts?) (?:of|by) (?:external|outside|guest|contributing) (?:writers|contributors|columnists)\b[^.]{0,40}\b(?:may differ|(?:do|does) not (?:necessarily )?(?:reflect|represent))\b|"  # a Korean paper's, in English
    r"^(?:this|the) (?:summary|report|record|account|transcript) (?:was|has been) (?:prepared|written|compiled) by the rapporteur\b[^.]{0,80}\b(?:not (?:been )?(?:reviewed|checked|approved|cleared)|(?:do|does) not (?:necessarily )?reflect)\b|"  # "This summary was prepared by the rapporteur and has not been reviewed by the speakers"
    r"^※?\s*외부 필진의 (?:칼럼|기고|글)은 본지의 (?:편집 방향|입장|견해)과 다를 수 있습니다|"  # a Korean paper's: outside writers' columns may differ from its line
    r"^\W{0,3}[^.]{3,120}\bremarks were (?:delivered|made|given) in [\w-]+\.\s+(?:this|the) [\w ]{0,30}(?:text|translation|version) is an? (?:provisional|unofficial)\b|"  # "* … remarks were delivered in Korean. This English text is a provisional translation …"
    r"^(?:os|as) (?:artigos|textos|colunas) assinad[oa]s não (?:refletem|representam|expressam|traduzem) necessariamente\b|"
    r"^(?:os|as) (?:artigos|textos|colunas) de opini[ãa]o [^.]{0,80}?s[ãa]o da (?:exclusiva |inteira )?responsabilidade d[oa]s? (?:seus |respetivos |respectivos )?autor(?:es|as)\b|"  # Portugal's
    r"^мнение автор(?:а|ов) (?:может не совпадать|не обязательно совпадает)\b|"  # Portuguese, Russian
    r"^(?:[^.]{0,200}\.\s+)?(?:speakers?|participants?|panell?ists?|contributors?) (?:take part|took part|participate|participated|speak|appear|write) in (?:[^.]{0,60}?\s)?(?:a|their) (?:personal|individual) capacit(?:y|ies)\b|"  # "… Speakers take part in a personal capacity"
    r"^(?!about\b)(?:[^.]{0,200}\.\s+)?(?:it|the (?:institute|forum|centre|center|council|foundation|network|programme|program)) does not take (?:institutional|corporate|policy) positions\b|"  # "… is an independent think tank. It does not take institutional positions; …"
    r"^nothing in this (?:commentary|article|paper|brief|piece|essay|publication|report|analysis) (?:should|shall|is to|may) be (?:read|construed|taken|interpreted|understood) as\b|"  # "The authors express their personal views. …"
    r"^(?-i:[A-Z])[\w .’'-]{2,60} (?:has|have) received (?:research )?funding from\b|"  # "Linh Tran-Whitaker has received research funding from …"
    r"^(?:this|the) (?:issue brief|policy brief|brief|paper|report|commentary|analysis|article) was (?:produced|prepared|written|made possible) with (?:the )?(?:generous )?(?:support|funding)\b"
    r"[^.]{0,200}\.\s+[^.]{0,200}?\b(?:views|opinions) (?:expressed )?(?:here |herein )?(?:are|is) (?:solely |entirely )?(?:those of )?the authors?\b|"  # funded, and whose views
    r"^(?:(?:declaration of )?(?:conflicting|competing) interests?|conflicts? of interest(?: statement)?)?\s*:?\s*"  # its heading run in
    r"(?:the )?(?:authors?\(?s?\)?) (?:declared?s?|reported|reports?) (?:no|that there (?:is|are|was|were) no) (?:potential )?(?:competing|conflicts?)\b|^(?:(?:the )?(?:remarks|speech|text|statement) (?:as|was) (?:prepared|written) for delivery\b.{0,80})?\s*check against delivery\b|^(?:the )?(?:remarks|speech) as prepared for delivery\.?\s*$|"  # a speech's text, before it was given
    r"^(?:※\s*)?(?:this [\w ]{2,30} is based on [^.]{2,160}\.\s+)?(?:the )?(?:contents?|views?|opinions?) (?:are|is) (?:the author[’']?s?[’']?|my|our|their) own\b|"  # "※ This Policy Brief is based on …. The contents are the author's own and …"
    r"^(?:the )?(?:opinions|views) (?:of|expressed by) (?:the )?(?:experts|authors|contributors|columnists)\b[^.]{0,80}?\b(?:may|do|does) not (?:necessarily )?(?:coincide|reflect|represent)\b|"  # a section's
    r"^all [\w .&’'-]{2,40} publications (?:undergo|are subject to) (?:peer |external )?review\b|^(?:[A-Z]+\.\s+)?this is an? (?:opinion piece|op-?ed|opinion column|guest column)\b|^have an opinion\?\s+this (?:article|piece) is an? op-?ed\b|"  # Defense News's footer
    r"^[\w .&’'-]{2,60} (?:present|presents|represent|represents|reflect|reflects|express|expresses|carry|carries) (?:only )?the (?:personal |independent )?(?:views|opinions|analysis|analyses) of (?:their|its|the|individual) (?:original )?(?:authors?|contributors|writers)\b|^(?:the )?(?:speakers?|panell?ists?|participants?|contributors?)[’']? (?:remarks|views|comments|statements) (?:are|were|reflect) (?:their|his|her) own\b|^(?-i:[A-Z])[\w .’'-]{2,60}?[’']s? (?:views|opinions|remarks) (?:are|remain) (?:his|her|their) own\b|"  # 'ECASS Policy Briefs present the views of their authors …'
    r"^(?:this|the) (?:report|paper|brief|study|analysis|publication) (?:has been|was|is) (?:prepared|produced|written) by [^.]{2,200}(?:\.\s+(?:it|this report|the report)|\s+and) does not (?:necessarily )?(?:represent|reflect)\b|"  # a research office's note on its report
    r"^(?:the )?(?:papers|publications|reports|studies|analyses|briefings) of the [\w .&’'-]{2,60} do not (?:necessarily )?(?:represent|reflect|express) the (?:views|position|opinions?) of\b|"  # a parliament's research service's
    r"^(?:internet\s+)?the (?:proof and )?official hansard transcripts\b|^this (?:unofficial )?transcript is provided for reference only\b|"  # a parliament's note on its proof transcripts
    r"^(?:[^.]{0,120}\.\s+)?(?:the )?(?:views|opinions) expressed by (?:the |our )?(?:guests?|speakers?|panell?ists?|participants?|contributors?|interviewees?) (?:are|is|were) (?:their|his|her) own\b|"
    r"^(?:the )?(?:views|opinions)(?: and (?:views|opinions))? of (?:the )?(?:authors?|contributors?|writers?|participants?|speakers?|panel(?:ist)?s?|interviewees?)\b|"
    r"^(?:the )?(?:views|opinions) (?:summari[sz]ed|reported|recorded|expressed) in this (?:report|summary|publication|paper) are (?:those|the views) of (?:the )?(?:individual )?(?:participants|speakers|panell?ists|authors?)\b|"  # a rapporteur's report's
    r"^(?:this|the) (?:report|summary|record) (?:summari[sz]es|records) the (?:discussion|proceedings|debate|remarks)\b[^.]{0,120}\.\s+it (?:has not been|was not) (?:reviewed|approved|checked|cleared)\b|"  # and its note on itself
    r"^[\w .’'-]{2,40} transcripts are (?:created|produced|prepared) on a rush deadline\b|"  # a broadcaster's note on its transcripts
    r"^(?:note\s*:\s*)?transcripts of [^.]{2,100}\bare published as received\b|"  # a commission's note on its hearings' transcripts
    r"^this (?:submission|evidence|written evidence|testimony|statement) is (?:made|submitted|given|offered) in (?:a|my) personal capacity\b|"  # a witness's
    r"^this (?:message|e-?mail)(?: and any attachments)? (?:is|are) (?:confidential|private)\b|^nothing in [^.]{2,80} constitutes (?:investment|legal|financial|tax)\b|"  # an e-mail's
    r"^(?:remarks|statements|contributions|views) (?:at|to|in) [^.]{2,80} are (?:made|given|offered|expressed) in a personal capacity\b|"  # a forum's
    r"^(?:(?:many )?thanks to [^.]{2,80}\.\s+)?(?:his|her|their|the guest[’']s) (?:answers|remarks|responses) (?:reflect|represent|are) (?:his|her|their) (?:own|personal)\b|"  # "Many thanks to … Her answers reflect her personal views, not those of …"
    r"^(?:the |all )?(?:views|opinions)(?: (?:expressed|here))? (?:are|is) (?:our|my|(?:the )?(?:authors?|writers?|contributors?)[’']?s?[’']?) own\b.{0,160}$|"  # "Views are our own and not those of our employers."
    r"^(?:le opinioni espresse|las opiniones expresadas|les opinions exprim[ée]es|die (?:in diese[mr] (?:beitrag|artikel|text|publikation) )?ge[äa]u(?:ß|ss)erten (?:meinungen|ansichten))\b|"
    r"^(?:※\s*)?(?:(?:본|이) (?:칼럼|글|기고문?)(?:은|는) 필자(?:의)? (?:개인(?:의|적인)? )?(?:의견|견해)|외부 필자의 (?:칼럼|기고|글)(?:은|는) 본지의 편집 방향과)"
    r"|^本(?:稿|記事)の(?:内容|見解)は(?:筆者|執筆者)個人|^[（(]?本文(?:仅)?代表(?:作者|受访者)(?:个人)?观点|"  # Korean, Japanese, Chinese  # in Italian, Spanish, French, German  # "The views and opinions of authors expressed herein …"
    r"^(?:the )?(?:sole )?responsibility for (?:the )?(?:views|opinions|content)\b|"
    r"^(?:[^.]{0,200}\.\s+)?(?:its|the|this (?:report|paper|brief|study)[’']s) contents? (?:do|does) not (?:necessarily )?(?:represent|reflect)\b|"  # "This report is the product of research …. Its contents do not represent …"
    r"^[^.]{0,120}\b(?:is|are) (?:the )?(?:sole|exclusive) responsibility of (?:their|the|its) (?:authors?|writers?|contributors?)\b|"  # "Opinions published in this section are the sole responsibility of their authors."
    r"^this (?:document|report) was prepared by the congressional research service\b|"  # CRS's standing notice
    r"^this (?:work|paper|publication|brief|report) has been prepared to support the work of\b|"  # a parliamentary library's
    r"^[\w .&’'-]{2,60} (?:commentaries|briefs|papers|insights|perspectives) are intended to provide\b|"  # "SISA Commentaries are intended to …"
    r"^(?:the )?views (?:expressed )?(?:here )?are (?:purely )?personal\b|^these are my (?:own )?(?:personal )?views\b|^(?:these|the) views are my own\b|"
    r"^(?:this|the) (?:post|article|piece|blog|column|note) reflects (?:only )?my (?:own )?(?:personal )?(?:opinions?|views?)\b|"
    r"^(?:(?:author[’']?s )?declaration\s*:?\s*)?i(?: hereby)? declare that (?:this|the) (?:thesis|dissertation|work|paper)\b|"  # a thesis's declaration of its own work
    r"^(?:(?:working |discussion )?(?:draft|paper)[^.\n]{0,100}\.\s+)?(?:please )?(?:do not|not for) (?:cite|quote|citation|circulat)|"  # 'Working draft … Please do not cite …'
    r"^(?:[^.\n]{2,100}\.\s+)?(?:the )?(?:views|opinions)(?: (?:expressed|here|herein))*\s+(?:are|is) (?:solely )?those of (?:the )?"
    r"(?:authors?|writers?|contributors?|participants?|speakers?|panell?ists?|debaters?|interviewees?)\b|"  # 'Debates are edited for length. Opinions are those of the participants …'
    r"^[^.]{2,80}\b(?:summari[sz]e|present|reflect|record)s? the (?:views|remarks) of (?:the )?(?:participants|speakers|panell?ists|contributors)\b|"  # "The responsibility for the views expressed rests with …"
    r"^(?:this |the )?transcripts? (?:is |are |was |were |has been |have been |may be )?(?:produced|generated|prepared|created|made)\b|"
    r"^(?:this is not a verbatim transcript|(?:this|the) transcript is not (?:a )?verbatim)\b|"  # "Transcripts are produced to a tight deadline …"
    r"^(?:the )?statements and (?:views|opinions) expressed\b|"
    r"^the (?:opinions?|views?) of the (?:interviewee|author|guest|speaker|expert|contributor|participant|panell?ist)s? (?:may|do|does) not\b|"
    r"^any (?:views|opinions) expressed (?:in|here)\b|"
    r"^(?:the )?views (?:expressed )?(?:are|here are) (?:personal|(?:the )?(?:author|writer)[’']?s own)\.?$|"
    r"^(?:the )?(?:interviewee|author|guest|writer|speaker|participant|panel(?:l?ist)?)s?[’']?s?[’']? (?:opinions?|views?|remarks|comments|statements|position) (?:may|do|does) not (?:necessarily )?(?:coincide|reflect|represent)\b|"
    r"^(?:the )?(?:editorial board|editors?|editorial staff|editorial office)[’']?s?[’']? (?:opinions?|views?|position) (?:may|do|does) not (?:necessarily )?(?:coincide|reflect|represent)\b|"
    r"^(?:the )?(?:opinions?|views?|position) of the (?:editorial board|editors?|editorial (?:staff|office)|newspaper|publication|magazine) (?:may|do|does) not (?:necessarily )?(?:coincide|reflect|represent)\b|"
    r"^(?:the )?(?:views|opinions)(?: and (?:views|opinions))? (?:expressed|in this)\b|^[^.]{0,160}\.\s+(?:the )?(?:views|opinions) expressed (?:are|here|in)\b[^.]{0,200}\.?(?:\s+[^.]{0,240}\.?)?$|^disclaimer\b|^(?:this|the) (?:article|commentary|comment|essay|piece|brief|paper|report|analysis|interview|conversation|transcript) (?:reflects|represents)\b"
    r"|^(?:the )?(?:author|authors)[’']? (?:views|opinions)\b|^(?:the )?(?:views|opinions) of the authors? (?:may|do|does|are|is)\b|^[\w &’'-]{3,40} (?:is|are) (?:produced|published) by (?:the )?[A-Z](?![^.]{0,120}\.\s+(?:subscribe|listen|follow)\b)|^(?:the )?[\w ]{3,60} does not take (?:institutional |any |collective )?positions\b|^(?:the )?(?:views|opinions)\b[^.]{0,60}\b(?:do|does) ?n[o’']t necessarily (?:reflect|represent)\b"
    r"|^posts on this (?:blog|site)\b|^(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb|Gen|Adm|Col)\.\s+)?[^.]{0,60}?\b(?:writes?|(?:is|are) written|writing|participates?|participate|participated|sign(?:s|ed)?|endorse[sd]? (?:this|the) (?:statement|letter|declaration|appeal)|(?:have )?signed (?:this|the) (?:statement|letter|declaration|appeal)|serves?|take part|takes part|acts?|speaks?|spoke|wrote) in (?:a|their|his|her) (?:personal|individual) capacit(?:y|ies)\b|^[^.]{0,80}?\baffiliations? (?:are|is) (?:listed|given|shown) for (?:purposes of )?identification\b|^(?:※\s*)?\(?(?:this is )?an? (?:provisional|unofficial)(?: english)? translation\b|^this (?:report|paper|brief|study|project|publication) (?:was|is) made possible\b|^(?:all )?views (?:here )?(?:are|expressed are) my own\b|^(?:the )?views (?:expressed )?(?:here )?are (?:mine|my own) alone\b|^(?:the )?views (?:in|on) [\w ’'-]{2,60} are (?:mine|my own)\b|^[^.]{0,160}?(?:\.\s+[^.]{0,80}?)?\b(?:takes? no|does not take) institutional positions?\b|^[^.]{0,80}?\bdoes not (?:express|take) (?:opinions|positions) of its own\b"
    r"|^(?:op-?eds?|columns?|kronikker|opinion pieces?|guest columns?|commentar(?:y|ies)|signed (?:articles|columns|pieces|op-?eds)) (?:only )?(?:express|reflect|represent)s? (?:only )?the (?:personal )?(?:views?|opinions?) of (?:the|their|its) (?:writers?|authors?)\b"  # 'Op-eds express the views of the writer.'
    r"|^(?:this|the) (?:report|summary|note|record)\b[^.]{0,80}\breflects? (?:(?:his|her|their|the rapporteur[’']s|the author[’']s) )?(?:own )?(?:understanding|interpretation|reading|impressions?)\b"  # a rapporteur's caveat
    r"|^signed (?:articles|columns|pieces|op-?eds|contributions) (?:do not|don[’']t|does not) (?:necessarily )?(?:reflect|represent|express|translate) the (?:opinions?|views?|positions?) of\b"
    r"|^[^.]{0,120}?\b(?:the )?(?:editorial board|editors?|editorial (?:staff|office)|publishers?) (?:does|do) not (?:necessarily )?(?:share|endorse) (?:them|these|those|it|the (?:views|opinions))\b"  # 'The Digest publishes expert opinions; the editorial board does not necessarily share them.'
    r"|^[^.]{0,80}\b(?:publish|present)(?:es|s)? (?:a (?:wide |broad )?range of|diverse|different|a variety of) (?:views|opinions|perspectives)\b"  # '… Review publishes a range of views. Contributors write in a personal capacity …'
    r"|^[\w ]{2,40} is a platform (?:to|for) (?:provide|publish|offer|share|present|disseminate|timely|(?:the )?(?:discussion|debate|views|exchange))\b|^[^.]{0,80}?\brepresent (?:only )?the views of (?:the|its|their) (?:respective )?(?:authors?|contributors?)\b|^(?:the )?(?:analyses|views|opinions|comments)(?:,? (?:and )?[\w ]+){0,3} (?:contained|expressed) in\b|^this (?:report|paper|summary|note) reflects\b|^[^.]{0,80}?\breflects? (?:only )?the (?:personal )?(?:views|opinions) of (?:the|its|their) (?:authors?|contributors?|writers?)\b",
    re.I,
)
_TRAIL = (
    r"(?:[\w’'&,.・+–-]+(?: [\w’'&,.・+–-]+){0,5}\s*(?:[>›»]{1,2}|→)\s*){1,6}[\w’'&,.・+–-]+(?: [\w’'&,.・+–-]+){0,3}"  # 'Politics + Society › Asia', 'EU–Asia Security Monitor » Korea Desk' too
    r"|(?:[^—–|/\n]{2,60}\s[—–|]\s)?(?:home|main page|homepage|start|startseite|accueil|in[ií]cio)\s+/\s+(?:[\w’'&,.・-]+(?: [\w’'&,.・-]+){0,3}\s+/\s+){0,5}(?:[\w’'&,.・-]+(?: [\w’'&,.・-]+){0,3}|[^/\n]{1,140})"  # … / “Engagement is not a reward”
    r"|(?:[^—–|>›»\n]{2,60}\s[—–|]\s)?(?:home|main page|homepage|start|startseite|accueil|in[ií]cio)\s*[>›»]\s*(?:[^>›»\n]{1,40}?\s*[>›»]\s*){1,5}[^>›»\n]{1,140}"  # "Home › Events › Past Events › <the event's whole title>"
    r"|(?-i:(?=[^a-z]*[a-z]))(?:[\w’'&.-]+(?: [\w’'&.-]+){0,2}\s+/\s+){1,5}(?:interviews?|opinions?|analysis|analytics|commentary|columns?|news|world|politics|blogs?|publications|articles|features)"
)  # "World / Interviews": a section's path, a slash between ('COMMENTARY / WORLD', in capitals, is a label)
"""A site's trail to the page: 'Home > Opinion > East Asia', 'Home / Commentary / Korean Peninsula': furniture on its own line,
and where the site's header ends (`BREADCRUMB`)."""
_TAGLINE = r"(?:an? |the )?(?-i:(?:[a-z]+|Online|Official|Independent|Weekly|Monthly|Daily|Quarterly) ){0,2}(?:blog|newsletter|site|website|publication|magazine|journal|podcast|forum|quarterly|review|(?:(?<=\ba )|(?<=\bthe )|(?<=[a-z] ))briefing|digest|bulletin)\s+(?:of|from|by|on|about|for)\s.{0,100}"
"""A site's tagline under its name: 'A blog of the Centre of Korean Studies', 'Journal of the German Council on Foreign Relations'."""
_NAMED_TAGLINE = (
    r"(?:the )?(?-i:(?:[A-Z][\w’'&-]*\s+){1,8})(?:blog|newsletter|magazine|journal|podcast|digest)"
    r"|(?:(?:independent|expert|informed|timely|daily|weekly) )?(?:news|analysis|analyses|analytics|commentary|insights?|opinions?|research|ideas)(?:,? (?:and )?[\w ]{2,30})? (?:on|of|for|about|from)\s.{2,80}"
    r"|(?-i:[A-Z][a-z]+)(?:, (?-i:[A-Z][a-z]+)){1,4},? and (?-i:[A-Z][\w ]{2,30}) (?:in|on|for|of|across)\s.{2,80}"  # "Economics, Politics and Public Policy in East Asia …"
)
"""A tagline that names the site's kind at its end, under the site's name: 'The Australian Strategic Policy Institute Blog'."""


def is_tagline(line: str) -> bool:
    """A site's tagline, its kind named ('A blog of the Centre of Korean Studies', 'Analysis and commentary from the Australian
    Centre for Indo-Pacific Security'), on a line of its own: under the site's name, furniture."""
    line = " ".join(line.split())
    return not line.endswith(".") and _names_its_kind(line)


def is_named_with_tagline(line: str) -> bool:
    """A site's name and its tagline on one line: 'Indraprastha Strategic Notes — independent commentary on Asian security
    from New Delhi'. A masthead, not a series label ('The Long View | A podcast on …' names its series)."""
    named = re.fullmatch(r"(?P<name>(?-i:[A-Z])[^—–|:\n.]{1,60}?)\s+[—–]\s+(?P<tagline>[^—–|\n]{6,120})", " ".join(line.split()))
    return named is not None and is_tagline(named["tagline"]) and not is_prose(named["name"])


def _names_its_kind(line: str) -> bool:
    """Whether `line` says what kind of site it is under, as a tagline does (`_TAGLINE`, `_NAMED_TAGLINE`)."""
    return (re.fullmatch(_TAGLINE, line, re.I) or re.fullmatch(_NAMED_TAGLINE, line, re.I)) is not None


_INSTITUTION_LINE = (
    r"(?=.*\b(?i:Centre|Center|Institute|College|School|University|Faculty|Department|Academy|Foundation|Council|Ministry|Parliament|Library|Service|Agency|Secretariat"
    r"|Institut[et]?|Istituto|Instituto|Zentrum|Centrum|Centro|Senter|Stiftung|Fondation|Fundaci[óo]n|Funda[çc][ãa]o|Universit(?:e|é|ä)t|Universidad|Universidade|Università|Observatoire|Observatorio)\b)"
    # and in other languages ("Norsk Utenrikspolitisk Institutt", "Centro de Estudios Asiáticos – Universidad Austral del Pacífico")
    r"(?-i:(?:[A-Z][\w’'&.-]*|&)(?:\s+(?:[A-Z][\w’'&.-]*|&|[–—×x]|(?i:of|for|and|on|the|de|del|des|de la|della|do|da|di|für|y|e|et|la|le|les))){0,12})"
    r"(?:\s+\((?-i:[A-Z]{2,10})\))?"  # "CENTRO DE ESTUDIOS ESTRATÉGICOS DE CENTROAMÉRICA (CEECA)": in capitals, its acronym after it
)
"""A line that names an institution and nothing more ('Strategic & Defence Studies Centre', 'ANU College of Asia & the Pacific')."""
_INSTITUTE_NAME = r"(?:the )?(?-i:(?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|on)\s+)?){0,8})(?:institute|centre|center|council|foundation|forum|university)(?:\s+(?:of|for|on)\s+[\w ’'&-]{2,60})?"
"""An institute's name spelled out under its acronym ('ACNAS' / 'Australian Centre for Northeast Asian Security'); under a
person's name it is their affiliation, so only under capitals."""
PRINTED_AT = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?\s+\S"
"""A browser's print header, as far as its title's first character: the day and time the page was printed ('6/24/24, 8:47 AM  The treaty …')."""
_PAST_ISSUES = r"(?:previous|past|earlier) (?:roundtables|symposia|symposiums|debates|issues|episodes|editions|instalments|installments)"
"""'Previous roundtables', 'Past issues': a page's list of its earlier numbers, under the argument."""
_CONTENTS_STRIP_WORDS = r"in this issue\s*[›:>|»]\s*.*\bpp?\.\s*\d{1,3}\b.*"
_CONTENTS_STRIP = re.compile(_CONTENTS_STRIP_WORDS, re.I)
"""'IN THIS ISSUE › The Long Armistice, p. 14 · Sanctions Without End?, p. 22 · …': a magazine's contents, a line."""
_SPONSOR_HEAD = r"[—–-]*\s*a word from (?:our|this (?:week|issue)[’']s|today[’']s) sponsors?\s*[—–-]*"
"""'— A WORD FROM OUR SPONSOR —': a newsletter's heading over the ad it runs, alone or over the ad's words."""
_FURNITURE_LINES = (
    # sharing, following, saving
    r"share(?: this)?(?: article| story| post| page)?(?: on \w+)?",
    r"share(?: this)?(?: article| story| post| page)?\s*:.*",
    r"(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit)(?:\s*[|·•,/]\s*\w+)+",
    r"(?:x|facebook|twitter|linkedin|e-?mail|whatsapp|reddit|telegram|copy link)(?:\s+(?:x|facebook|twitter|linkedin|e-?mail|whatsapp|reddit|telegram|copy link)){2,}",  # "X  Facebook  LinkedIn  Email  Copy link"
    r"share\s*/\s*save",
    r"purchase licensing rights(?:,? opens new tab)?",  # a wire photo's links, alone under it
    r"[^,\n]{2,60},\s*opens (?:in )?(?:a )?new (?:tab|window)",  # "About Meridian, opens new tab": a link as a screen reader names it
    r"(?:sponsored|paid|partner|promoted) content",
    r"all quotes (?:are )?delayed (?:by )?a minimum of \d+ minutes\b.*",  # a wire service's market-data notice
    r"(?-i:[A-Z])[\w’'&-]*(?: [\w’'&-]+){0,6} (?:appears|runs|is published) (?:every|each) (?:other )?(?:day|week|month|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*",
    # "The Big Question appears every other Thursday. Have a question …?": the series' own line
    r"(?:(?:a |the )?(?:full )?(?:video|audio|recording|podcast version)s?)(?: of [^.]{2,100}?)? (?:is|are) (?:now )?available (?:on|at|from|in)\b[^.]{0,100}\.?",
    # "Video of the full event, including the question-and-answer session, is available on the IAAI YouTube channel."
    r"commenting (?:on this (?:article|story|piece|post) )?(?:has|is) (?:now )?closed\b.*",
    r"(?-i:[A-Z])[\w .&’'-]{1,60} (?:policy briefs?|briefs|commentaries|working papers|papers|reports|insights) (?:provide|offer|present|are)\b[^.]{0,120}\.\s+.*©.*",
    # "SCSS Policy Briefs provide timely analysis of …. © SCSS 2022. Please contact the editor …": the series' own line
    r"watch the (?:full |whole |complete )?(?:keynote|lecture|talk|event|session|interview|panel|conversation|discussion)\b.{0,120}",  # "Watch the keynote (video, 38 min) | Read …"
    r"\[related (?:articles?|stories|news|links)\].*",  # a Korean paper's list of links under the interview
    r"[▶►]?\s*\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?\b.*",  # a player's bar: "▶ 00:00 / 41:26 1x ⤓ Download"
    r"\((?:split screen|cross-?talk|video clip|voice-?over|graphic|on screen|end video clip|begin video clip)\b[^()]{0,80}\)",  # a broadcast's stage directions
    r"write to (?:the|our) (?:review|editors?|magazine|journal|newsletter|paper)\s*:.*",  # "Write to the Review: letters@… Letters may be edited."
    r"share(?:\s+(?:f|t|in|x|g\+|print|e-?mail|pdf(?:\s*\([\d.]+\s*[km]b\))?|facebook|twitter|linkedin|whatsapp|copy link))+",  # "Share f t in ✉ Print PDF (312 KB)"
    r"(?:\[[^\[\]\n]{2,80}\]\s*){2,}",  # "[Download PDF] [Print] [Share: Facebook · X]": a page's buttons
    r"related (?:commentaries|articles|stories|posts|reports|briefs|analyses)\s*[▶►:|].*",  # "Related Commentaries ▶ No. 2022-16 …"
    r"\d{1,4}\s+(?-i:[A-Z])[\w &’'-]{3,60}\s+vol\.\s*\d{1,3}(?:,\s*no\.\s*\d{1,3})?(?:\s*\((?:19|20)\d{2}\))?",  # "46 Peninsula Security Review Vol. 11, No. 2": a page's head
    r"(?:previous(?:ly)?|next|earlier) in (?:the |this )?[\w ’'&-]{2,40}\s*:.{5,200}",  # "Previous in The Forum: Is Japan …?"
    r"podcast\s*:\s.{5,200}\blisten (?:on|at|now)\b.*",
    r"(?:previous|next) (?:spokesperson[’']s )?(?:regular |daily )?(?:press )?briefing\b.*",  # a ministry's link to the briefing before  # "Podcast: The Global Story – Is Russia …? Listen on TPB Sounds"
    r"got a (?:reaction|question|comment|tip)\?\s+(?:just )?hit reply\b.*",  # a newsletter's invitation to write back
    r"have a question (?:about|for)\b[^?]{2,80}\?\s+(?:e-?mail|write to|send)\b.*",  # "Have a question about North or South Korea? Email ask@…"
    r"want to (?:write|submit|contribute) (?:a |an )?(?:guest )?(?:opinion|op-?ed|column|essay|letter|commentary)(?: piece)?\?\s.*",  # the page's call for submissions
    r"never miss a story\b.*",
    r"(?-i:[A-Z])[\w’'&.-]*(?: [\w’'&.-]+){0,4} is (?:a|an) (?:[\w-]+ )?(?:production|podcast|programme|program|show) (?:of|from|by) (?:the )?(?-i:[A-Z])[^.,]{1,80}\.(?:\s.*)?",
    # "Korea Desk is a production of the Meridian Policy Network. Subscribe on …": a show's credit line
    r"(?:[\w’'.-]+\s+){1,4}(?:lecture|talk|remarks|speech|keynote|presentation|conversation|interview|panel|discussion),?\s[^.]{0,150}?\b(?:can|may) be (?:viewed|watched|streamed|heard|found)\b[^.]{0,120}\.?",
    # "Engman’s lecture, “Seventy Years of an Unfinished War,” can be viewed on the department’s YouTube channel."
    r"print(?:\s+(?:pdf|list|e-?mail|share|download))+",  # "Print PDF List", "Print   Share   PDF Download": a page's buttons
    r"tweet",
    r"print",
    r"e-?mail",
    r"facebook",
    r"twitter",
    r"x",
    r"linkedin",
    r"whatsapp",
    r"reddit",
    r"copy link",
    r"follow (?:us|me|her|him|them)\b.*",
    r"(?:the )?[\w .&’'-]{2,40} welcomes (?:letters|submissions|comments|contributions|opinion pieces)\b.{0,160}",  # "The Japan Times welcomes letters …"
    r"(?:note\s*:\s*)?browsers? with \d+\s*[*x×]\s*\d+.{0,80}",  # "Note: Browsers with 1024*768 or higher resolution are suggested …"
    r"licen[cs]e for publishing\b.{0,120}",  # a Chinese site's licence line
    r"rating\s*:\s*\d[\d.,]*.{0,120}",  # "Rating: 4.6 (17 votes) Short link: …"
    r"(?:download )?pdf\s*\(\s*[\d.,]+\s*[km]i?b\s*\)(?:\s*[<＜‹«]\s*back to (?:the )?list)?",  # "PDF (186KB)", "PDF (412KB) ＜ Back to list"
    r"(?:attachments?|attached files?|files?)\s*:?\s+[\w.-]{3,80}\.(?:pdf|docx?|hwpx?|xlsx?|pptx?|zip)(?:\s*\(\s*[\d.,]+\s*[km]i?b\s*\))?",  # "Attachment 20210728_regular_briefing_eng.pdf (142KB)"
    r"/\s*end\s*/|[-–—]\s*end\s*[-–—]|#{3}|\(end\)",  # a release's "/End/", "- END -", "###": the end of the text
    r"\[(?:begin|end|start|resume) (?:videotape|video ?clip|audio ?clip|tape|clip|package)\]",  # a TV transcript's "[BEGIN VIDEOTAPE]"
    r"(?-i:[ivxl]{1,6})",  # a front matter's page number in small roman numerals: 'iii', 'iv' (not a section's 'II')
    r"(?:members[- ]only )?(?:content|material|this (?:transcript|call|article|report|briefing)) (?:is|are) (?:provided|intended) for the (?:personal|private|internal) use of\b.{0,300}",  # "Members-only content is provided for the personal use of …"
    r"\[\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?,\s*\d{1,2}/\d{1,2}/\d{2,4}\]\s+[^:\n]{2,60}:\s.{0,400}",  # a chat's message under the forwarded text: "[07:55, 14/10/2019] Kim Hye-rin (KF seminar): …"
    r"(?:pdf download|download (?:the )?pdf|[<＜‹«]\s*back to (?:the )?(?:[\w ]{2,30} )?list)",
    r"\[pdf\]\s*download (?:this|the) [\w ]{2,30}(?:\s*\(\s*[\d.,]+\s*[km]i?b\s*\))?",  # "[PDF] Download this commentary (312KB)"
    r"licen[cs]e this (?:article|story|content)",  # a newspaper's syndication button
    r"(?:print |online |e-?)?isbn[\s:]*[\d-]{10,17}x?\b.{0,200}",  # "print ISBN 978-92-9198-911-3 | CATALOGUE NUMBER …": the report's record
    r"thanks? (?:you )?for (?:the|your) (?:question|letter)s?\b.{0,60}?[.!]\s+(?:keep (?:them|those) coming|(?:just )?(?:hit )?reply|send)\b.{0,160}",  # "Thanks for the question, R.M. Keep them coming …", not an answer's first words
    r"more (?:about|on)\s*:\s*.{2,200}",  # "More about: North Korea | Kim Jong-un | …": the page's tags
    r"(?:length\s*:\s*\d[\d,]*\s+words|load-date\s*:.{2,40}|end of document|body|section\s*:\s*[\w ,&/-]{2,40})",  # a Nexis record's fields
    r"(?:send [\w .-]{2,40} (?:mailing list )?submissions to|you can reach the person managing the list at|to subscribe or unsubscribe via)\b.{0,300}",  # Mailman's digest
    r"when replying, please edit your subject line\b.{0,200}",
    r"today[’']s topics\s*:?",
    r"end of [\w .-]{2,40} digest\b.{0,80}",
    r"[\w .-]{2,40} digest,? vol \d+,? issue \d+",
    r"(?:[A-Z]{2}\s*\|\s*){1,6}[A-Z]{2}",  # "RU | KZ | EN": the page in other languages
    r"contact\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # "Contact: editor@abujasentinel.example"
    r"(?:stay|keep) up to date with the latest (?:news|updates|analysis)\b.{0,160}",  # "… Follow The Gulf Meridian on WhatsApp Channels."
    r"(?:get|download) (?:the )?[\w .&’'-]{2,40} app\b.{0,160}",  # "Get the Korea JoongAng Daily app for iOS and Android — …"
    r"get (?:the|our) [\w .&’'-]{2,40} newsletter\b.{0,160}",  # "Get the Arms & Diplomacy newsletter."
    r"unlock (?:unlimited|full|premium|all|digital) access\b.{0,200}",  # a paywall's offer
    r"(?:(?-i:POLL|QUIZ)|(?:poll|quiz)\s*:)\s+.{2,200}\?.{0,200}|quiz answers?\s*:.{2,300}",  # "POLL Should Washington …? ○ Yes ○ No", "Quiz answer: …"
    r"join (?:our|the) (?:commenting forum|conversation|discussion|debate)\b.{0,120}",
    r"join thought-provoking conversations\b.{0,160}",
    r"subscribe to [\w .&’'-]{2,40} to bookmark\b.{0,80}",
    r"copyright\s*\(c\)\s*[\w .&’'-]{2,60}.{0,200}",  # "Copyright(c) Yonhap News Agency All Rights Reserved. …"
    r"most (?:read|viewed|popular|shared|commented)\s*:\s*.{2,200}",  # "Most Viewed: Seoul bourse closes higher", a headline beside it
    r"your (?:premium|free|trial|subscription) (?:period|access|trial|subscription) (?:will )?(?:expire|end)s?\b.{0,80}",  # a paywall's reminder
    r"like [\w .&’'-]{2,40} on facebook\b.{0,160}",  # "Like Opinion & Editorial on Facebook, follow @ETOpEd on Twitter …"
    r"(?:as always, )?(?:just )?(?:hit|click) reply\b.{0,160}",  # "As always, hit reply and tell me what you think."
    r"(?:got|have) (?:thoughts|questions|feedback)\?\s.{0,200}",  # "Got thoughts? Just hit reply; …"
    r"(?:==\s?)?(?:kyodo|jiji)",  # a wire's sign-off line: "==Kyodo", its Markdown-like rule read away
    r"follow [\w .&’'-]{2,40}? on (?:twitter|x|facebook|linkedin|instagram|telegram|youtube|bluesky|mastodon|threads|weibo|wechat)\b.{0,60}",  # "Follow Asia Times on Twitter at @…"
    r"[\w .&’'-]{2,60}? (?:is |are )?now available on (?:telegram|whatsapp|youtube|instagram|spotify|apple podcasts|threads|bluesky|wechat|kakaotalk)\b.{0,120}",  # "DPF research … now available on Telegram! Click here …"
    r"(?:also )?(?:available|read (?:it |this )?(?:article )?) in\s*:\s*\w[^.]{0,80}",  # "Also available in: Français | Deutsch | Polski": the page in other languages
    r"(?:dieses|diesen) (?:interview|artikel|beitrag|text) auf deutsch lesen|read (?:this|the) (?:interview|article|piece) in (?:german|french|korean|japanese|chinese|russian|spanish)\b.*"
    r"|lire (?:cet|l[’'])(?: ?article| ?entretien) en fran[çc]ais",  # the page's other language
    r"(?:(?:areas?|countries|regions?|themes?|topics?|programmes?|programs?)\s*:\s*[^:.]{2,80}?\s*){2,5}",  # "Areas: East Asia, Security  Countries: China, …"
    r"[–—-]\s*\d{1,3}\s*[–—-]",  # "– 3 –": a printed page's number
    r"[^.!?\n]{3,100}?\s[-–—|]\s[^.!?\n]{0,60}\b(?:brief|paper|report|commentary|bulletin|analysis|insight|perspective)s?\b[^.!?\n]{0,60}\s[-–—|]\s\d{1,3}",
    # "Institute for Security & Development Policy - Issue Brief, October 12, 2018 - 2": a PDF page's foot, its number last
    r"you(?:[’']re| are) (?:currently )?a (?:free|paid|founding) (?:subscriber|member)\b.*",  # Substack's footer
    r"you(?:[’']re| are) (?:on this list|receiving this(?: email)?|getting this(?: email)?) because\b.*",
    r"you(?:[’']re| are) on the (?:free|paid) (?:list|tier|plan)\b.*",  # "You're on the free list for …"
    r"get an email whenever [^.\n]{2,60} publishes\.?",  # Medium's prompt under the post
    r"[\w ]{2,40} (?:are|is) circulated for (?:discussion|comment)\b.{0,160}",  # "Commentaries are circulated for discussion. Reproduction …"
    r"(?:newspaper|print) headline\s*:.*",  # "Newspaper headline: Small states can keep …": the print edition's title
    r"share (?:on|via|this)\s*:?\s*.{0,80}",  # "Share on: VK Facebook Twitter Telegram"
    r"bibliographic (?:data|information|details|record)\b.*",  # "Bibliographic data Hirsch, Jana. “Trust Is …”"
    r"(?:write|leave|add|post) a comment\b.{0,60}",
    r".{0,120}\btel\.?\s*[:(+]?.{0,60}\bfax\b.*",  # an address with its telephone and fax
    r"ISSNs?\s*:?\s*\d{4}-\d{3}[\dXx].{0,40}",
    r"short (?:link|url)\s*:\s*\S+.*",  # "Short link: russiancouncil.ru/en/a4417 Rating: 5 (votes: 3)"
    r"attribution\s*:\s*.{10,400}",  # "Attribution: A and B, “Title,” ORF Issue Brief No. 452, March 2021": how to cite it
    r"(?:suggested |recommended )?(?:citation|cite as|how to cite(?: this \w+)?|cite this (?:article|brief|paper|piece|commentary|publication))\s*:\s*.{10,400}",
    r"(?:c[oó]mo citar|para citar|forma de citar|como citar|citation sugg[ée]r[ée]e|pour citer|zitiervorschlag)(?: (?:este|esta|este|cet|ce|diesen) \w+)?\s*:\s*.{10,400}",  # the same, in Spanish, Portuguese, French, German
    r"(?:suggested|recommended) citation\s+(?-i:[A-Z]).{10,400}",  # "Suggested citation" over the citation, one paragraph
    r"(?:suggested|recommended) citation\s*:?",  # or alone, over it
    r"[\w ’'&-]{2,60} is a registered (?:charity|non-?profit|not-for-profit|company|society)\b.{0,160}",  # "Lancaster House Forum is a registered charity in England …"
    r"(?:the )?[\w ’'&-]{2,40} is the (?:digital |online |quarterly |weekly |monthly )?(?:magazine|journal|newsletter|blog|publication|(?:commentary |analysis |opinion |news )?(?:site|website|platform|portal)) of (?:the )?[A-Z].{0,200}",  # "The Lookout is the digital magazine of the …"
    r"published under the authority of the (?:speaker|president|clerk)\b.{0,80}",  # a parliament's record, its imprint
    r"speaker[’']s permission",
    r"coming up (?:after|next|later|on)\b.{0,40}?:\s+.{5,240}",  # "Coming up after the 10:30 news: …": a broadcast's next items
    r"(?:today|tonight|tomorrow)\s*:\s*(?:(?:partly|mostly|very)\s+)?(?:sunny|cloudy|rainy|rain|showers|clear|foggy|snow|windy|breezy|overcast)\b.{0,200}",  # the weather box
    r"(?:upcoming )?events?\s*:\s*[“\"][^”\"]{3,120}[”\"]\s*[-–—]\s*[^.]{3,120}\.(?:[^.]{0,120}\.){0,3}",  # 'Events: "…" - public seminar, Oslo, 27 June, …'
    r"/[\w-]+(?:/[\w.%-]+){2,}/?",  # '/opinion/columnists/margaret-oduya/2024/06/21/…/': the page's address, its path alone
    r"(?:✓\s*)?saved to (?:your )?(?:library|reading list|pocket|instapaper|collection)|undo|add tags?|move to (?:folder|collection)|open original\W*",
    r"(?:highlights|notes|annotations) \(\d{1,3}\)",  # a reader app's bar over and under the saved article: 'Open original ↗', 'Highlights (0)'
    r"\[(?:formatted(?: table)?|field code changed|style definition)\s*:?[^\[\]]{0,200}\]",  # a word processor's tracked formatting, copied as text
    r"[^\n]{10,400}?\((?:p|pp|loc|location)\.? [\d,–-]+\)\.\s+[^\n]{2,160}?\.\s+kindle edition\.?",  # an e-reader's citation under a copied passage  # and its licence's heading ('SPEAKER'S PERMISSION' / 'The proceedings of the House … are hereby made available …')
    r"the proceedings of the (?:house|senate|assembly|parliament)\b[^.]{0,80}\bare hereby made available\b.{0,400}",
    r"(?:licen[cs]i?[ae]\s+)?creative commons\s+(?:licen[cs]e\s+)?(?:by|cc)\b.{0,200}",  # "Licencia Creative Commons BY-NC 4.0 · …": the licence  # "Citation: CHUN Chae-sung, “…,” …"
    r"comments?\s*[-–—:|]?\s*please (?:log ?in|sign ?in|register|subscribe)\b.*",
    r"support (?:the )?[A-Z][\w .’'&-]{2,40}?\s+(?:become|join|donate|subscribe)\b.*",  # "Support Daily Maverick Become a Maverick Insider …"
    r"(?:current location|you are here|location)\s*[:：]\s*.{2,100}",  # "Current location: Home > Interviews"
    r"(?:【[^】]{1,12}】\s*){1,6}",  # "【Print】【Close】"
    r"you have (?:\d+|one|two|three) (?:free )?(?:articles?|stories) (?:left|remaining)\b.*",  # a paywall's counter
    r"(?:[\w .&’'-]{2,80} )?(?:acknowledges?|we acknowledge) (?:the traditional (?:custodians|owners)|the (?:land|lands|territory|territories) on which"
    r"|that (?:we|it) (?:is|are) (?:located )?on the (?:traditional|unceded)|(?:aboriginal|first nations|indigenous|māori)\b"
    r"|the (?:[\w-]+ )+(?:and (?:the )?[\w-]+ )?(?:people|peoples|nations?),? (?:the )?traditional (?:custodians|owners)\b)\b.*",  # an acknowledgement of country or of land
    r"(?:next (?:week|issue|time|edition|episode)(?: on [\w ’'&-]{2,40})?|coming up(?: next week)?)\s*:\s.{2,200}",  # a teaser for the next issue
    r"(?:\[(?:\d{1,2}:)?\d{1,2}:\d\d\]\s*)?\[(?:break|sponsor(?:ed)?|ad|advertisement)\b[^\[\]]{0,240}\]",  # "[00:15:38] [Break — … is supported by …]"
    r"click here to (?:request|subscribe|sign up|receive)\b.{0,200}",  # "Click here to request a PacNet subscription."
    r"(?:teqsa|cricos) provider (?:id|code)\b.{0,120}",  # an Australian university's registration, under its name
    r"contact [\w&.-]{2,12}(?:\s+(?:copyright|disclaimer|privacy|freedom of information|accessibility|terms(?: of use)?|feedback|sitemap)){2,}",  # a university's footer links
    r"you are reading (?:a|your) (?:free|last free|\d+\w* free) (?:article|story)s?\b.{0,160}",  # a paywall's count
    r"loading\.{3}.{0,300}|loading (?:comments|replies|the comments|discussion|more)(?:\.{3}|…)?",  # a page's widget, copied before it loaded: "Loading... Get the Magazine …"
    r"(?:comments are subject to (?:our|the) (?:community )?(?:guidelines|standards|rules)|this (?:article|story|post) is closed for comments)\b.{0,200}",
    r"follow topic\s*:.{0,200}",  # "Follow topic: North Korea"
    r"(?:media|press) (?:inquiries|enquiries|contacts?)\s*:.*",
    r"(?:like|enjoy|enjoyed|enjoying) this (?:post|issue|newsletter|piece|edition|article|story|essay|column)\?.*",  # "Like this post? Share it with a friend …"
    r"ready for more\?(?:\s*(?:subscribe|sign up)\b.*)?",  # a newsletter page's last call: "Ready for more? / Subscribe"
    r".{2,160}\s*→",  # "Next: Event recap: AUKUS at two →": the next post (a leading arrow is gone before this is read)
    r"site (?:index|map)\b.{0,200}",  # "Site Index About AsiaWire Careers Advertise …": the page's footer menu
    r"(?:enjoying|enjoy|liking|like) (?-i:[A-Z])[\w .’'&-]{2,40}\?\s+(?:forward|share|subscribe|sign up|tell|pass)\b.{0,200}",  # "Enjoying Peninsula Notes? Forward it to …"
    r"share your (?:experiences?|feedback|thoughts|suggestions|views)\b.{0,200}",  # "Share your experiences, suggestions, and any issues …": the site's
    r"source\s*:\s*(?-i:[A-Z][A-Z0-9 .&-]{1,30})\s*/\s*[\w()]{1,12}",  # "Source: ASIA NOW/dn(ch)": the wire a syndicated piece came through, and its slug
    r"(?:(?:▶\s*)?(?:bookmark|share|print|save|e-?mail|mail|comments?|play|pause|listen|download|a\+?|a-|aa|\d{1,2}:\d\d)(?:\s+|$)){3,}",  # "Bookmark   Share   A A", "▶ Play 03:58 Download Share Print": a page's buttons
    r"(?:a (?:word|message|note) from )?(?:this (?:week|issue|month)[’']s|our) sponsors?\b.*",  # "A word from this week's sponsor …"
    r"please note,? you must be (?:a|an|logged|signed|subscribed|registered)\b.*",  # "Please note you must be a Maverick Insider to comment."
    r"what (?:i|we)[’']?(?:m|re| am| are) reading\s*:.*",  # "What I’m reading: a 38 North piece on …", on one line
    r"(?:did )?(?:someone|somebody|a friend) forward(?:ed)? (?:you )?this (?:email|newsletter|issue)\b.*",
    r"(?:were|was) you forwarded this (?:email|newsletter|issue|post)\b.*",  # "Were you forwarded this email? Subscribe here."
    r"have a view on this (?:article|story|piece|column|issue)\?.{0,160}",
    r"(?:have an opinion|got an opinion|want to respond|want to reply)\?\s+(?:letters?|write|send|submit|we welcome|(?:the )?(?-i:[A-Z])[\w .&’'-]{2,60}\s+(?:welcomes|accepts))\b.{0,200}",  # "Have an opinion? Letters to the editor may be sent to …"  # "Have a view on this article? Write to us at …"
    r"(?:this (?:article|essay|column) )?appeared in the .{0,60}\bprint edition\b.{0,200}",  # "Appeared in the October 8, 2019, print edition as '…'"
    r"(?:#[\w’'–-]+(?:\s[\w’'–-]+){0,3}\s*){2,12}",  # "#Korean Peninsula   #Russia–Asia   #Security": a page's tags as hashtags
    r"know (?:someone|somebody|anyone|a friend)(?: who\b| still)[^?]{0,80}\?\s*(?:please )?(?:forward|share|send)\b.*|know (?:someone|somebody|anyone|a friend) who\b.{0,80}\bforward\b.*",  # "Know someone who follows Korea? Forward this email …"
    r"authori[sz]ed by (?:the )?(?:hon\.? |rt\.? hon\.? )?[A-Z][\w .,’'-]{2,120}",  # a politician's imprint: "Authorised by Hon Daniel Kereama, …"
    r"an? (?:version|shorter version) of this (?:article|story|essay|column|commentary) (?:also )?appear(?:s|ed) in (?:the )?print\b.*",
    r"(?:hits|views|reads|page views)\s*:\s*[\d,]+",  # "Hits: 2143"
    r"comments?\s*\(\d+\)\s*:?.{0,120}",
    r"(?:[\w .&’'-]{0,40} )?comment(?:ing|s)? (?:policy|guidelines|rules)\s*:.{0,300}",  # "THE POTOMAC REVIEW COMMENT POLICY: Be civil. …"  # "Comments (0): You must be logged in to post a comment."
    r"(?:(?:who (?:won|wins|should win) (?:the|this) (?:argument|debate)|where do you stand|what do you think)\?\s*)?(?:vote|have your say) in our (?:readers?[’']? )?(?:poll|survey)\b.{0,160}",  # "Who won the argument? Vote in our readers' poll …"
    r"(?-i:[A-Z][\w .&’'-]{2,40}) is (?:powered|funded|made possible|supported) by (?:the )?(?:generosity|support|donations|readers|members)\b.*",
    r"(?-i:[A-Z][\w .&’'-]{2,40}) is (?:reader|member|listener|subscriber)-(?:funded|supported|powered)\b.*",
    r"(?:independent |our )?(?:research|journalism|analysis|reporting) (?:like this |like ours )?(?:depends|relies) on (?:readers|donors|supporters|you)\b.{0,300}",  # "Pacific Strategist is reader-funded and free to read."
    r"this (?:episode|issue|edition|newsletter|podcast|show) is (?:supported|sponsored|made possible|brought to you) by\b.*",
    r"(?-i:[A-Z][\w .&’'-]{2,50}) is (?:published|produced|issued) (?:daily |weekly |monthly |quarterly |twice a year |annually |fortnightly |biannually )?by (?:the )?[A-Z].{2,300}",  # a journal's imprint
    r"(?-i:SPONSORED|ADVERTISEMENT|PARTNER CONTENT|PAID CONTENT|Sponsored:|Advertisement:|Partner content:)\s.{0,400}",  # a sponsor's block, over its pitch
    r"(?:get|receive|sign up for) (?:a |the |our )?[\w’' -]{0,40} (?:in|to|straight to|delivered to) your inbox\b.*",  # "Get a round-up of the day's top stories in your inbox."
    r"\((?:the )?(?:press conference|press briefing|briefing|meeting|session|hearing|event|webinar|conference|interview|broadcast)"
    r" (?:ended|concluded|closed|adjourned|began|started|opened)\b[^()]{0,60}\)\.?",  # "(The press conference ended at 4:52 p.m.)"
    r"print(?: this)?(?: page| article)?",
    r"save",
    r"bookmark",
    r"(?:(?:share(?: (?:on|via) \w+)?|e-?mail this (?:article|story|page)|print this (?:article|page))\s*)+",
    r"share this \w+\s*:.*",
    r"share(?: this (?:article|story|post|page)| to| on)?\s*:?(?:\s+(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|telegram|kakaotalk|kakaostory|line|print|copy link|copy url|link|vk|weibo|wechat|mastodon|bluesky|save|bookmark|\d{1,5} comments?|a\+|a-|(?:text|font) size))+",  # "… Email   Save   17 comments"
    r"(?:(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|telegram|kakaotalk|kakaostory|band|line|weibo|wechat|copy link|copy url|print|a\+|a-|(?:text|font) size)\s*){2,}",
    r"(?:(?:share|tweet|e-?mail|print|save|line|comments?(?: \(\d{1,5}\))?)\s*){3,}",  # "Share   Tweet   Email   Comments (41)", "Print  Share  Tweet  LINE"
    r"(?:(?:\[?share\]?|tweet|f|𝕏|x|line|hatena|pocket|telegram|whatsapp|copy link|e-?mail|[✉🔗📧]\ufe0f?)\s*){3,}",  # "[Share]  f  𝕏  LINE  Hatena  ✉"
    r"(?:\d{1,5}\s+comments?\s+)?[\w .&-]{0,30}?\s*🔒?\s*disqus[’']?\s.*|♡\s*favorite\b.*|start the discussion\W*|be the first to comment\W*",  # Disqus's box
    r"list|(?:prev|previous|next)\s+(?:policy brief|brief|post|article|paper|commentary|story|issue|analysis)\b.{0,200}|[◀▶←→]?\s*(?:previous|next)\s+(?-i:[A-Z“‘])[^.!?\n]{5,150}",  # a publications page's "List" / "Prev   Policy Brief No. …" / "Next   …"
    r"(?:readers?[’']? poll|quick poll|our poll)\s*:.{0,240}",
    r"(?:the )?(?:verdict|vote|result|poll) so far\s*:?",  # "THE VERDICT SO FAR" over the readers' votes
    r"[-–—*]{1,3}\s*(?:end|ends)\s*[-–—*]{1,3}|(?-i:ENDS)",  # "-END-": a press release's end, its notes to editors after it
    r"\[(?-i:[a-z]{1,2})\](?-i:[A-Z])[^:\n]{2,40}:\s.{2,400}",  # "[a]Yekaterina Sorokina: Affiliations here …?": a shared draft's comments, exported under it
    r"(?:for(?: the motion)?|yes|pro)\s*:\s*\d{1,3}(?:\.\d)?\s*%\s+(?:against(?: the motion)?|no|con)\s*:\s*\d{1,3}(?:\.\d)?\s*%.{0,60}",  # "For the motion: 41%   Against: 59%   (2,318 votes)"
    r"voting (?:closes|ends|is open)\b.{0,80}",
    r"have your say\s*:?\s+[^?]{5,200}\?\s*(?:\[\s*[^\[\]]{1,20}\s*\]\s*){2,}",  # "Have your say: Should …? [ Yes ] [ No ]": a reader poll
    r"after newsletter promotion",  # where a newsletter's box stood in the text, as the page marks it
    r"(?:este art[ií]culo|this (?:article|essay|piece)|cet article|dieser artikel) (?:tambi[eé]n |also |aussi |auch )?(?:est[aá] |is |est |ist )?(?:disponible|available|verf[uü]gbar)\b.{0,160}",  # "… también está disponible en español"
    r"(?:[^·|•\n]{2,60}\s[·|•]\s){1,3}\d{1,5}[A-Za-z]?\s(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?-i:[A-Z])[\w’'. -]{2,40}"
    r"(?:\s[·|•]\s[^·|•\n]{2,40}){1,3}",  # "The Dispatch · 14 Calthorpe Mews · London N1 2QT · United Kingdom" (not '· 14 March 2023 ·')
    # what reading apps put round the text: Apple News's and Pocket's bars, Naver's blog menu, WeChat's QR prompt, a saved date
    r"today\s+news\+(?:\s+\S+){0,4}",
    r"pocket\s+(?:←\s*)?my list\b.{0,40}",
    r"prologue\s+blog\s+map\b.{0,60}",
    r"url 복사.{0,40}|이웃추가.{0,40}",
    r"(?:공감\s*\d+\s*)?댓글\s*\d+|공감\s*\d+|맨 위로(?:\s+pc\s?버전으로 보기)?|pc\s?버전으로 보기|['‘’][^'‘’\n]{1,30}['‘’]\s*카테고리의 다른 글.*",  # a Naver blog's counts and links
    r"(?:[a-z]\s+){2,4}🔗",
    r"(?:long-press|press and hold|scan)\b[^.]{0,40}\bqr code\b.{0,160}",
    r"(?:[\w-]+\.)+[a-z]{2,6}\s*[·|]\s*saved\s.{4,40}",
    r"saved (?:on |from )?.{2,40}\b(?:19|20)\d\d\b.{0,20}",
    r".{2,60}\bsubscribe for (?:only )?[$€£¥₩]\s?\d.{0,120}",  # "READER POLL: Should South Korea go nuclear?  Yes 64% | No 29%"
    r"(?:available downloads?|download (?:the )?(?:pdf|full (?:report|text|paper|brief)|commentary|brief|report|paper|article))\b.{0,160}",  # "Available Downloads / Download the Commentary (192kb)"
    r"(?!by\s)(?:the )?(?-i:[A-Z])[\w .&’'-]{0,50}\b(?:post|times|herald|daily|news|review|journal|institute|centre|center|press|magazine|tribune|gazette|monitor|forum|desk)"
    r"\s*\(\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)",  # "The Korea Morning Post (opinion@kmorningpost.co.kr)": the desk's address, not a writer's
    r"\+ ?follow\b.*",
    r"follow",
    r"follow (?:the|us|our)\b.*",
    r"like this\s*:.*",
    # newsletters, subscriptions, appeals
    r"[\w .’'&-]{2,40}\s[—–|:-]\s(?:an?|the|your) (?:weekly |monthly |fortnightly |occasional )?newsletter (?:on|about|of|for|from)\b.{0,100}",  # "the long view — a newsletter on asia’s quiet diplomacy"
    r"(?:the )?[\w .&’'-]{2,60} (?:appears|is published|comes out) (?:four|three|six|ten|twelve|two|\d{1,2}) times a (?:year|month)\b.*",  # a magazine's subscription pitch
    r"you(?: are|['’]re) receiving (?:this (?:e-?mail|newsletter)\b|[\w .&’'-]{2,60}? because\b).*",  # "You are receiving The Red River Dispatch because …"
    r"in other news\b.*",
    r"get (?:the|our) [\w ]{2,40} in your inbox\b.*",
    r"unsubscribe\b.*",
    r"to unsubscribe(?: or (?:change|update|manage) your (?:preferences|subscription|settings))?,? (?:click|tap|go|visit|follow)\b.{0,80}",  # a newsletter's foot
    r"(?:write|e-?mail) (?:to )?us at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,240}",  # "Write to us at letters@…. Please include your full postal address …"
    r"(?:the )?[\w .’'&-]{2,60} welcomes (?:commentary|submissions|contributions|letters|op-?eds|pitches|essays)\b[^.]{0,120}\.\s+(?:send|submit|e-?mail|write)\b.{0,240}",
    # "Te Mauri Weekly welcomes commentary from contributors across the Pacific. Send submissions of up to 900 words to …"
    r"(?:manage|update) (?:your )?(?:subscription|preferences)\b.*",
    r"view (?:this )?(?:e-?mail )?in (?:your |a )?browser",
    r"forward (?:this |it )?(?:e-?mail |issue |newsletter )?to a (?:friend|colleague)\b.*",
    r"enjoyed (?:this|reading)\b.*",
    r"subscribe\b.*",
    r"sign up\b.*",
    r"editor[’']?s?[’']? (?:picks?|choice)\s*:.*",
    r"add (?:us|me|[\w .@-]{2,40}) to your (?:address book|contacts|safe senders?(?: list)?)\b.*",
    r"full version\s+text-only version\b.*",
    r"buy (?:the|this) book\b.*",
    r"when using (?:the |our )?materials?\b.*",  # "When using materials, an active hyperlink to … is required"
    r"[←→]\s*part \d+\s*:.{2,120}",  # "← Part 1: The Verification Trap": the series' other parts
    r"(?:the )?original (?:version|text|article) in (?:[a-z]+)\b.*",  # "Original version in Spanish: Después de Hanói …"
    r"(?:this )?interview (?:was )?conducted in english\b.*",
    r"read (?:the|this) (?:article|story|column|piece) in (?:the |its )?original(?: language)?\b.*",
    r"you can (?:also )?find me on\b.*",
    r"comments not loading\b.*",
    r"tip: to quickly find your search term\b.*",
    r"(?:email marketing powered by |powered by |sent with |made with )?(?:mailchimp|tinyletter|substack|buttondown|beehiiv|convertkit|revue|ghost)\.?",  # the mailer's mark
    r"(?:[^—–:\n]{2,30}\s[—–:]\s+)?receive (?:our|the|[\w’' ]{2,40}[’']s?) (?:free |weekly |monthly |daily |fortnightly )*(?:newsletter|digest|briefing|bulletin|analysis|analyses|commentary|updates)\b.*",  # "Boletín semanal — Receive our weekly analysis …"
    r"get our\b.*",
    r"newsletter\b.*",
    r".*\bsign up for (?:our|the)\b.*newsletter.*",
    r".*\bsubscribe to (?:our|the)\b.*",
    r"e-?mail(?: address)?",
    r"your e-?mail\b.*",
    r"\(?if you (?:want|would like|wish) to (?:contribute|write|submit)\b.*",
    r"(?:thanks|thank you|vinaka|mahalo|merci|gracias|obrigad[oa]|danke) for reading\b.*",  # "Vinaka for reading. Support independent Pacific journalism …"
    r"that[’']s (?:it|all) for (?:this week|today|now|this issue|this time)\b.*",
    r"discussion about this (?:post|article)\b.*",
    r"start writing",
    r"get the app",
    r"get (?:the )?(?:[\w.]+ )?app\b.*",  # "Get the SCMP app – the best of our journalism on your phone"
    r"get the news on the go\b.*",
    r"(?:like\s+)?loading\s*(?:\.{3}|…)",  # a WordPress page's "Like Loading...", its like button as copied
    r"get (?:the )?[\w ’'-]{2,40}\b(?:brief|briefing|newsletter|digest|bulletin|dispatch)\b.{0,120}\b(?:inbox|sign up|subscribe)\b.*",  # "Get the Peninsula Dispatch Daily Brief — … in your inbox by 7 a.m."
    r"enjoying (?:the |this |our )?[\w ’'-]{2,40}\?\s.{0,80}\b(?:sign up|subscribe|inbox|newsletter)\b.*",  # "Enjoying the Nordic Asia Letter? Get every issue in your inbox — sign up here."
    r"catch (?:all )?the (?:latest )?[\w ,]{0,80}\bnews\b.*",  # "Catch all the Latest Opinion, World News and Breaking News on …": an Indian daily's foot
    r"(?:download|install) (?:the|our) (?:[\w.]+ )?app\b.*",
    r"sent from my (?:iphone|ipad|android|galaxy|samsung|mobile|phone|blackberry|huawei|pixel)\b.*",
    r"(?:story )?continue[sd]? (?:reading )?(?:below|on (?:page|p\.) ?\w+|from (?:page|p\.) ?\w+)\b.*",  # "Continued on Page 14"
    r"[A-Z][A-Z ]{1,30}\s*\n?\s*continued from (?:page|p\.) ?\w+",  # "TALKS / Continued from Page 13": the jump head
    r"(?-i:[A-Z][A-Z ]{1,30}) from (?:page|p\.) ?\d{1,3}",  # "JAPAN from page 9"
    r"(?:continued )?from (?:page|p\.) ?\d{1,3}(?:\s+[\w’'-]+){1,5}",  # "FROM PAGE 10" / "Kim meets Putin": the jump head, over its slug
    r"have an idea for (?:a|an) \w+\b.*",
    r"(?:want to )?(?:reply|respond) to this (?:article|piece|debate|op-?ed|column|essay)\?\s.{0,40}\b(?:send|submit|e-?mail|write)\b.*",  # a debate page's call for replies
    r".*\bsend (?:us )?a (?:short )?pitch\b.*",
    r"become a (?:member|subscriber|patron|supporter)\b.*",
    r"forwarded this (?:e-?mail|newsletter|issue)\b.*",
    r"got this from a (?:friend|colleague)\?.*",
    r"get the best of\b.*",
    r"get (?:daily|weekly|our|the latest) (?:updates|news|newsletter)\b.*",
    r".*\bby subscribing, you\b.*",
    r".*\bquality journalism\b.*",
    # links to more, menus and trails
    r"back to top",
    r"top of (?:the )?page",
    r"(?:page )?top",
    r"read more\b.*",
    r"more from\b.*",
    r"related(?: articles?| stories| posts| content| reading)?\s*:.*",
    r"related(?: articles?| stories| posts| reading| topics)?",
    r"also worth reading\b.*",
    r"read(?: more| also| next)?\s*:.*",
    r"source\s*:\s*[A-Z]{1,6}(?:/[a-z]{1,5})+",  # "Source: AT/ml": a wire desk's and an editor's initials
    r".*\bdelivered to your inbox\b.*",
    r"(?:enter|type) your e-?mail(?: address)?\b.*",  # a sign-up box's field: "Type your email…"
    r"by clicking\b.{0,40}\byou agree\b.*",
    r"(?:more|other|all) (?:interviews|articles|essays|commentaries|analysis|briefs) (?:in|from|on|by) (?:our|the|this)\b.{0,80}",
    r"related [\w ]{2,30}:.*",
    r"also (?:on|at|from) [\w.-]{2,40}\.(?:se|gov|org|com|net|int|eu|uk|kr|jp)\s*:.*",  # "Also on government.se: …": the site's other pages
    r"\[related\].*",
    r"more (?:roundtables|interviews|articles|essays|commentaries|analyses|briefs|stories|podcasts|episodes|columns|reports)\s*:.*",
    r"view (?:the )?original(?: (?:article|post|story|page))?",
    r"(?!.*\borcid\b).{0,100}(?:\bwww\.|https?://)\S+.{0,60}",  # a link (not an author's ORCID iD, which goes with the name over it)
    rf"orcid(?: id| iD)?\s*:?\s*(?:https?://orcid\.org/)?{ORCID_ID}",  # an ORCID iD alone, its author not over it
    r"explore (?:our )?related content\b.*",
    _TRAIL,
    r"you (?:may|might) also like\b.*",
    r"more in this (?:series|section)\b.*",
    r"what we[’']re (?:reading|watching|listening to)\b.*",
    r"[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|edu|kr|jp|cn|uk|int|gov|example)(?:\.[a-z]{2})?(?:/\S*)?",  # "griffincentre.org.au" too
    r"more on\s*:.*",
    r"country resources\s*:.*",
    r"(?:watch|listen to|see) the (?:full|whole|complete) (?:debate|event|discussion|interview|conversation|video|recording|episode|session)\b.{0,80}",  # "… on our YouTube channel ▸"
    _CONTENTS_STRIP_WORDS,  # "IN THIS ISSUE › The Long Armistice, p. 14 · …": a magazine's contents strip
    r"(?:previous|next)(?: post| article| story| debate| forum| symposium| roundtable)?\s*:.*",  # "Previous debate: …" on Hansard
    r"(?:apa|mla|chicago|harvard|turabian)(?: style)?\s*:\s+(?-i:[A-Z])[\w’'-]+,\s+(?-i:[A-Z])[^.]{0,40}\.\s.{10,400}",  # "Chicago: Engman, Mats. …": a 'Cite this' style
    r"contains parliamentary information licensed under the open parliament licence\b.*",  # Hansard's own footer
    r"(?:home|about|contributors?|archives?|contact|blog|news|events|publications|research|experts|programs|donate|menu|search)(?:\s+(?:home|about|contributors?|archives?|contact|blog|news|events|publications|research|experts|programs|donate|menu|search|subscribe|log ?in)){2,}",
    r"log ?in",
    r"sign ?in",
    r"sign ?out",
    r"register",
    r"menu",
    r"search",
    r"skip to (?:main )?content",
    r"back",
    r"font size\b.*",
    r"a\+",
    r"a-",
    r"aa",
    r"open in (?:the )?(?:browser|app)",
    r"read in (?:the )?app",
    r"if (?:this|it) was (?:useful|helpful|interesting)\b.*",
    r"(?:find|follow) (?:me|us) on\b.*",
    r"you[’']?(?:re| are) receiving this\b.*",
    r"photo gallery\b.*|\(?click (?:here )?to enlarge\)?",
    r"[\w.-]+\.pdf\b.{0,60}",  # "fiia-bp345-audacious-initiative.pdf   1 / 8   100%": a PDF viewer's bar
    r"if (?:someone|a friend|a colleague) forwarded (?:you )?this\b.*",
    r"if this (?:e-?mail |newsletter |post |issue |letter )?(?:was|has been) forwarded to you\b.*",
    r"\[(?:video|audio|podcast|watch|listen)\b[^\]]{0,30}\]",
    r"(?:full or partial )?reproduction of (?:the )?(?:materials?|this article|content|articles)\b.*",
    r"get (?:the |our )?[\w’' ]{0,40}(?:newsletter|update|briefing|digest)\b.*",
    r"view (?:full |author )?profile",
    r"sort by\s*:.*",
    r"proceedings (?:suspended|resumed|adjourned)\b.*",
    r"(?:united nations\s+)?(?-i:(?:[A-Z]{1,5}/)+\d{1,4}(?:/[\w.-]+)*)",  # a UN document's symbol, alone or after 'United Nations': 'S/2022/187'
    r"(?:\d{1,3}/\d{1,3}\s+)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\*\d{7}\*)?(?:\s+please recycle)?",  # a UN page's job number: '22-02461 (E)    040322'
    r"(?:an? )?(?:thesis|dissertation) submitted (?:in partial fulfil?ment of|to|for)\b.*",  # a thesis's title page
    r"(?:word count|words|length)\s*:\s*[\d,.]+(?:\s*words)?(?:\s*\([^()]{2,40}\))?",  # a submission's 'Word count: 861 (excluding bio)'
    r"(?:[^\n]{2,100}?\s*\.{5,}\s*\d{1,3}\s*)+",  # a table of contents' entries, dot leaders to their pages: '1. Introduction ........ 1'
    r"any (?:concerns or complaints|complaints|queries|enquiries) (?:should|may|can) be (?:directed|addressed|sent) to\b.*",
    r"shared (?:from|via) (?:apple news|google news|flipboard|feedly|pocket|the [\w ]{2,30} app)",
    r"continue reading|this (?:article|story|content) is (?:for|available to|reserved for) (?:paying )?subscribers(?: only)?\b.*",  # a paywall
    r"issn(?:\s*\((?:online|print)\))?\s*:?\s*\d{4}-\d{3}[\dxX](?:\s*\((?:online|print)\))?",  # a series' ISSN
    r"[^.!?\n]{2,160}\s·\s[^\n]{2,160}·\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # 'CEAP-UAT · Circuito Interior s/n, … · ceap@uat.edu.mx': an address
    r"all rights (?:of|to) the published (?:news|content|articles?|photos?)\b.*",  # a Turkish daily's 'All rights of the published news …'
    r"forwarded from [^\n]{2,60}",  # a Telegram post's source channel
    r"post|post your reply(?:\s+reply)?|(?:[\d.,]+[KkMm]?\s+(?:reposts|quotes|likes|bookmarks|replies|views)\s*)+",  # X's page: its header, its counts, its reply box
    r"(?:👁\s*|views?\s*:?\s*)[\d.,]+\s*[KkMm]?(?:\s+edited)?(?:\s+\d{1,2}:\d\d)?|[\d.,]+\s*[KkMm]?\s+edited(?:\s+\d{1,2}:\d\d)?",  # a Telegram post's views, 'edited', its time
    r"most relevant|newest first|all comments|view (?:more|all|\d+ more|previous) (?:comments|replies)",  # a social page's comment sorting and paging
    r"(?:\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]m)?\]\s+[^:\n]{2,40}:\s+[^\n]{0,280}\s*)+",  # WhatsApp's '[28/11/2023, 08:10] Seo Min-ji: …'
    r"(?:do you agree|what do you think|have your say|agree or disagree|who do you think is right|which side are you on)\??\s+(?:write to us|tell us|e-?mail us|send us|let us know|share your (?:views|thoughts))\b.*",
    r"also in this (?:issue|edition)\s*:\s*\S.{0,300}|in this (?:issue|edition)\s*:\s*[^.!?·|•]{2,80}(?:\s[·|•]\s[^.!?·|•]{2,80})+",  # "Also in this issue: The Quad after Tokyo · …": the issue's other pieces
    r"(?:(?:a )?(?:full )?(?:video|audio|recording|podcast)(?: recording)?) of (?:the|this) (?:full |whole |entire )?(?:debate|event|discussion|conversation|interview|lecture|session|panel|webinar) (?:is|can be) (?:available|found|watched|viewed|streamed)\b.*",
    r"(?:the )?(?:committee|subcommittee|senate|house|hearing) (?:met|resumed|adjourned) at \d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\.?",  # "Committee met at 10:02"
    r"(?:commonwealth of australia\s+)?official (?:committee )?hansard|by authority of the (?:parliament|senate|house of representatives)|\((?:public|in camera)\)",  # a Hansard's cover
    r"[‹«]?\s*previous article\b.*",
    r"proquest document link\b.*",
    r"full text\s*:?",
    r"source citation\b.*",
    r"gale (?:onefile|document number)\b.*",
    r"document [A-Z]{4,8}\d{8,}\w*",  # Factiva's "Document CHNDLY0020180921ee9l00006"
    r"print\s+cite\s+fix this text\b.*",  # Trove's toolbar
    r"article text\s+text corrected by\b.*",
    r"members in attendance\s*:.*",
    r"\[(?:ad break|advertisement|music|applause|laughter|break)\][^\n]{0,200}",
    r"(?:\[(?:\d{1,2}:)?\d{1,2}:\d\d\]\s*)?\((?:applause|laughter|music|theme music|intro music|outro music|music plays|music fades|sting|jingle)\)",  # "[00:00:00] (MUSIC)"
    r"comments (?:have|need|must|should) to be in [A-Z]\w+\b.{0,300}|please (?:abide by|follow|read) our (?:community|comment(?:ing)?) (?:guidelines|rules|policy)\b.{0,200}",  # a comment box's rules
    r"more posts you may like\b.*",
    r"see more comments\b.*",
    r"to view or add a comment, sign in\b.*",
    r"report this (?:article|post)",
    r"r/\w+\s*[•·]\s*posted by u/.*",
    r"\d+\s*(?:yr|year|mo|month|wk|week|day|hr|hour|min|minute)s?\.?\s+ago",
    r"posted by [\w .’'-]{2,60} at \d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?.*",  # Blogger's footer
    r"email this|blogthis!|share to (?:twitter|facebook|pinterest|x|linkedin)",  # Blogger's buttons under a post
    r"labels\s*:.{0,200}",
    r"blog archive\b.{0,300}",
    r"(?:[\w ]{2,30} theme\.\s*)?powered by (?:blogger|wordpress|ghost|substack|medium)\.?",
    r"post a comment\b.*",
    r"(?:•\s*){3}",
    r"missing some tweets? in this thread\b.*",
    r"keep current with\b.*",
    r"this thread may be removed\b.*",
    r"did thread reader help you\b.*",
    r"become an? [\w ’'-]{2,40}(?:member|subscriber|patron|supporter)\b.*",
    r"your subscription,? our journalism\b.*",
    r"we welcome (?:all |your )?(?:pitches|submissions|contributions|op-?eds)\b.*",
    r"(?:the )?[\w ’'&-]{2,40} publishes (?:analysis|commentary|commentaries|opinion|essays|articles|writing|pieces)\b[^.]{0,100}\.\s+(?:pitches|submissions|contributions|proposals|op-?eds)\b[^.]{0,20}\bwelcome\b.*",  # "The Southern Meridian publishes analysis from contributors … Pitches are welcome at …"
    r"source\s*:\s*[A-Z][\w .&’'-]{1,40}",  # "Source: TRT World", alone at the foot of the page
    r"(?:was|is|has) this (?:e-?mail |newsletter |post |issue |letter )?(?:been )?forwarded to you\b.*",
    r"[\w .’'&-]{2,60}\s(?:©|\(c\))\s*(?:\d{4}\b.*)?",  # "The Long Armistice © 2025 – Unsubscribe"
    r"[^.]{2,160}\.\s+(?:©|\(c\)|copyright)\s*[\w .&’'-]{0,40}\b(?:19|20)\d\d\.?",  # "Eurasia Conversations is the interview series of …. © DIES Wien 2024"
    r"(?:article )?reserved for subscribers\b.*|gift (?:this )?article",
    r"reuse this content|.{0,40}\breuse this content",
    r".{0,60}\b(?:and its partners )?use cookies\b.*",
    r"please find (?:below|attached|enclosed)\b.*",
    r"[\w .&’'-]{0,60}\b(?:working|discussion|occasional) papers? (?:are|is) (?:circulated|published|issued) for (?:discussion|comment)\b.*",  # a series' own line
    r"\(end\)|-{2,}\s*end\s*-{2,}|#{3}",
    r"[-—–\[(\s]*end of (?:the )?(?:transcript|interview|discussion|recording|episode|broadcast)[-—–\])\s.]*",  # "— End of transcript —"
    r"\[end of (?:the )?(?:transcript|interview|discussion|recording|episode|broadcast)\.\s[^\[\]]{5,200}\]",  # "[End of transcript. Video of … is on …]"
    r"you[’']ve (?:reached|read) (?:your|all (?:of )?your) (?:free|\d+ free) (?:articles?|stories|reads?)(?: limit)?\b.{0,240}",  # a paywall
    r"you(?: have|['’]ve) read \d{1,2} of (?:your )?\d{1,2} free (?:articles?|stories)\b.{0,240}",  # "You have read 3 of 5 free articles this month. …"
    r"(?:normal|larger|very large|small|medium|large) text size",  # a page's text-size buttons, one a line
    r"[^.]{0,80}\b(?:members|subscribers) get (?:our|the|full|unlimited)\b[^.]{0,200}\.\s*(?:start|begin|try)\b[^.]{0,60}\bfree trial\W*",  # a paywall's pitch
    r"enjoying (?:this|the) (?:article|piece|story|post|dispatch|newsletter|letter|briefing|digest)\?.*",
    r"continued (?:on|from) (?:page|p\.)\s*[A-Z]?\d+.*",
    r"(?:contact|e-?mail|write to|reach) the (?:writer|author|reporter)s?\b.*",
    r"(?:confidentiality|legal|privacy) notice\s*:.*",
    r"this e-?mail (?:and any attachments? )?(?:is|are|may be|contains?)\b.*",
    r"dear (?:editors?|colleagues?|all)\s*,?",
    r"(?:know someone|if (?:a|any) (?:colleague|friend)s?)\b.{0,40}\b(?:find|enjoy|like)\b.*",
    r"this (?:article|essay|piece|commentary|column) is (?:also )?available in\b.*",
    r"join (?:us|our|the)\b.{0,60}\b(?:channel|newsletter|community|mailing list|telegram|whatsapp|discord)\b.*",
    r"(?:views|reads|page views)\s*:?\s*\d[\d,. ]*k?",
    r"if you (?:found|enjoyed|liked|like|enjoy) (?:this|it)\b.*",
    r"share\s+[\w’' -]{2,40}",
    r"categor(?:y|ies)\s*:.*",
    _TAGLINE,
    r"(?:japanese|korean|chinese|english|german|french|russian|spanish) (?:version|edition|original)\b.{0,40}",
    r"graphic\s*:.{0,120}",
    r"printer[- ]friendly(?: version| page)?(?:\s*[|·•]\s*e-?mail this (?:article|story|page))?",
    r"e-?mail this (?:article|story|page)",
    r"canonical (?:link|url)\b.*",
    r"exported from \w+\b.*",  # "Exported from Medium on November 20, 2026.": the export's date, not the essay's
    r"close (?:this )?window",
    r"(?:for (?:all )?the latest\b.{0,60}?,?\s*)?download (?:the |our )?[\w ]{0,30}\bapp\b.*",
    r"(?:read|see) also\b.*",
    r"also read\b.*",
    r"also (?:watch|listen)\s*:.*",
    r"explore more on\b.*",
    r"more (?:from|in|on) [\w ]+",
    r"(?:go )?back to(?: [^\s:]+){1,4}",  # "Back to top", "▲ Back to Index"; not a headline: "Back to Dual Suspension: A Phased …"
    r"\[\s*end of (?:the )?(?:session|transcript|panel|recording|briefing|programme|program|broadcast|interview)\b[^\[\]]{0,40}\]",  # "[END OF SESSION 4]"
    r"(?:list\s*\|\s*)?[▲△↑<«‹]?\s*(?:prev(?:ious)?|next)\s*(?:post|article|briefing|story)?\s*:\s.{3,200}?(?:\|\s*[▼▽↓>»›]?\s*(?:prev(?:ious)?|next)\s*(?:post|article|briefing|story)?\s*:\s.{3,200})?",  # "List | ▲ Prev: … | ▼ Next: …"
    # tags and topics
    r"tags?\s*:.*",
    r"(?:p\.?\s?o\.? box|postboks|postfach)\s+\d+\b.*",  # an address's lines, on a back cover
    r"issn\s+[\dx-]{8,9}\b.*",
    r"(?:phone|tel|telephone|fax|ph)\.?\s*:?\s*[+\d(][\d\s().-]{6,}.*",
    r"upgrade to paid\b.*",
    r"abstract\s*:?\s*none available\.?|(?:subject|company / organization|location|people|identifier / keyword|publication title|publication date|"
    r"source type|language of publication|document type|proquest document id|document url|copyright|last updated|database|publisher|place of publication)\s*:.*",  # a library database's record
    r"change text size|gift (?:premium |this )?articles?(?: to anyone)?|to anyone|text size|font size|listen to (?:this )?article",  # a page's reading tools
    r"your opinion matters\b.*|share your (?:experiences|feedback|thoughts) (?:with us|on)\b.*|we[’']re here to listen\.?",
    r"[←→«»‹›]?\s*(?:older|newer|previous|next) (?:posts|entries|articles|stories)\s*[←→«»‹›]?",  # a blog's paging
    r"blog at wordpress\.com\.?|(?:proudly )?powered by (?:wordpress|ghost|substack|blogger|medium)\.?",
    r"[∙·•]?\s*paid",  # a newsletter platform's mark on a post for paying readers
    r"this (?:post|issue|episode) is for paid subscribers\b.*",
    r"already a paid subscriber\?.*",
    r"(?:below the line|the rest of this (?:post|issue)|behind the paywall)\b.{0,20}\bfor paid subscribers\b.*",
    r"keep reading with a \d{1,2}-day free trial\b.*",
    r".*\b\d{3,5}(?:-\d{3,4})?\b.*,\s*(?:norway|sweden|finland|denmark|germany|japan|korea|south korea|france|belgium|netherlands|austria|switzerland|australia|singapore|spain|italy|poland|china|taiwan|india|usa|u\.s\.a\.|united states|uk|united kingdom)\.?",  # "0130 Oslo, Norway", "… New Delhi - 110 002, INDIA": a back cover's address
    r"[\w ’'-]{2,60} is distributed free of charge\b.*",
    r"(?:temas|etiquetas|themen|schlagw(?:ö|oe|o)rte?r?|stichw(?:ö|oe|o)rte?r?|mots-cl[ée]s|[ée]tiquettes|etiketler|tag[ls]ar|теги|метки|الوسوم|كلمات مفتاحية)\s*:.*",  # tags, in the page's own language
    r"(?:اقرأ أيض(?:ا|اً)|اقرأ ايضا|اقرأ المزيد)\b.*",  # Arabic: 'read also', 'read more'
    r"(?:receba|assine) (?:a|as|o|os|nossa|nossas) newsletters?\b.{0,200}|(?:inscreva-se|cadastre-se|suscr[íi]bete|abonnez-vous|inscrivez-vous|melden sie sich)\b.{0,120}",  # a newsletter's prompt
    r"duration\s*:?\s*\d{1,3}\s*(?:min|m|h)\w*(?:\s*\d{1,2}\s*s\w*)?",
    r"tagged(?: with| in| under)?\s*:.*",
    r"(?:hide|toggle|show) caption",  # a broadcaster's page: the photo's caption button
    r"load (?:earlier|older|more|newer) (?:updates|posts|entries|comments)",  # a live blog's button
    r"send any friend a story|give this article|read \d[\d,]* comments?|as a subscriber, you have \d+ gift articles?\b.*",  # a paper's gift-link box
    r"[«‹]\s*read part [IVX\d]+\b.*|read part [IVX\d]+\s*[:»›].*",  # "« Read Part I: “…”": the series' other part
    r"(?:[▶►🎧⤴]\s*)?(?:watch|listen) on (?:youtube|spotify|apple podcasts|soundcloud)\b.*",  # a video page's players
    r"\d{1,2}:\d\d",  # a phone's clock, as a screenshot's text copies it
    r"(?:(?:facebook|twitter|x|kakao(?:talk| story)?|line|link|copy link|print|e-?mail|whatsapp|telegram|linkedin|naver|band|share|a\+|a-|a−)(?:\s+|$)){4,}",  # the share buttons' row, one space apart
    r"(?:responses|replies|letters|comments) (?:to [^.]{2,60} )?(?:may|can|should) be (?:sent|submitted|e-?mailed|addressed) to\b.*",  # "Responses to Point/Counterpoint may be sent to …"
    r"\[(?:image|photo|picture|graphic|chart|video|audio|embed(?:ded content)?)\]",  # an image's placeholder, left alone on its line
    r"\[?(?:view (?:it |this (?:e-?mail|newsletter|issue) )?in (?:your |a )?(?:web )?browser|forward (?:this (?:e-?mail|newsletter) )?to a friend)\]?",
    r"see more on\s*:\s*[^.]{2,200}",  # "See more on: North Korea, Russia, China, Sweden": the page's tags
    r"(?:translated from [\w ]{3,20}\s+)?show original(?:\s+(?:options|rate this translation|translate))*",  # a translation tool's bar
    r"board index(?:\s*[‹›<>»«]\s*[^‹›<>»«\n]{2,60})*",  # a forum's trail: "Board index ‹ Policy & Strategy ‹ Korean Peninsula"
    r"(?:faq|register|log ?in|log ?out|sign (?:in|up)|members|search|user control panel)(?:\s+(?:faq|register|log ?in|log ?out|sign (?:in|up)|members|search|user control panel)){1,6}",
    r"(?:post ?reply|new topic)\b.{0,120}",  # "Post Reply   Search this topic…   14 posts • Page 2 of 2 • 1 2"
    r"\d+ posts?\s*[•·|]\s*page \d+ of \d+\b.*",
    r"display posts from previous\b.*|return to [“\"‘'][^”\"’']{2,60}[”\"’']\s*(?:jump to\b.*)?|jump to\W*",  # a forum's controls under a thread
    r"who is online|users browsing this forum\s*:.*",
    r"powered by (?:phpbb|vbulletin|xenforo|discourse|invision|mybb|smf)\b.*",  # a forum's software
    r"this (?:article|story|piece|column|page) is (?:more|over) than (?:\d+|a|an|one|two|three) (?:years?|months?) old",  # a paper's old-article banner
    r"do you have an opinion on [^?]{3,80}\?\s*(?:submit|send|write|share|email|e-mail)\b.*",  # "… Submit an op-ed of up to 900 words to …"
    r"click (?:on )?(?:a |the |any )?tags? (?:to|for) (?:see|read|find)[^.:]{0,30}:.*",  # "Click on a tag to see more: nuclear armament, …"
    r"topics?\s*:.*",
    r"(?:regions?|countries|areas?|themes?)\s*:\s*[^.:]{2,200}",  # "Regions: Korean Peninsula, North Korea, …": the page's tags by kind
    r"filed under\b.*",
    r"keywords?\s*:.*",
    r"jel(?: classification)?(?: codes?| classification)?\s*:\s*[A-Z]\d{1,2}(?:\s*[,;]\s*[A-Z]\d{1,2})*\.?",  # "JEL codes: F51, F35, O53": an economics paper's subject codes
    r"(?:key words?|palabras[ -]clave|palavras[ -]chave|parole chiave|trefwoorden|s[łl]owa kluczowe)\s*:.*",  # a journal's keywords, in its own language too
    r"tags?\s+.*",
    r"(?:#[\w-]+(?:\s+[A-Z][\w-]*)*\s*){2,}",  # "#North Korea #Hanoi Summit"
    r"(?:이전글|다음글|목록)\b.*",  # a Korean site's previous, next and list
    r"keywords?\b.*",
    r"posted in\b.*",
    r"filed in\b.*",
    # rights, licences and publishing notices
    r"(?:©|ⓒ)\s?.*",
    r"copyright\s.*",
    r"\(c\)\s+(?:\d{4}|copyright\b|[A-Z][\w&.’' -]{1,60}?,?\s+(?:\d{4}|all rights reserved)).*",  # "(C) 2019 …", not a list's "(c) Stop spending …"
    r"all rights reserved.*",
    r"(?-i:[A-Z][\w .&’'-]{2,60})[.,]\s*all rights reserved\b.{0,160}",  # "Vostok News Agency. All rights reserved. When using …"
    r"(?:this|the) (?:article|essay|piece|commentary|interview) (?:was )?(?:first|originally) (?:appeared|published)\b.*",
    r".{0,60}\b(?:copyright\s*)?[©ⓒ]\s*(?:\d{4}\b)?.{0,120}",
    r"reuse this content",
    r"(?:suscr[ií]b(?:ete|ite|ase)|inscr[ií]bete|assine|abonnez-vous|abonnieren sie)\b.{0,200}",  # "Suscribite al Boletín: … · Seguinos en Instagram …"
    r"elsewhere\s*:\s*.{0,200}\b(?:watch|listen|read|register|now online|click)\b.{0,80}",  # "ELSEWHERE: The recording of our webinar … is now online. Watch it here."
    r"(?:like|liked|enjoy(?:ing|ed)?) (?:what you(?:[’']ve)? (?:read|seen)|this (?:piece|article|post|newsletter|issue))\?\s.{0,160}\b(?:inbox|sign up|subscribe|newsletter)\b.{0,40}",  # "Like what you read? Get … in your inbox. Sign up here »"
    r".{0,200}\backnowledge?ment of country\b.*",  # an Australian institute's footer: "… · Acknowledgement of Country: we acknowledge …"
    r"(?:\[\d{1,2}:\d\d(?::\d\d)?\]\s*)?\[(?:sponsor(?:ed)? message|sponsor|advertisement|ad break|commercial break)\].*",  # a podcast's break
    r"[\w .&’'-]{2,60} retains? (?:the )?copyright (?:of|in|to) the original\b.*",  # "Vostochny Vestnik retains copyright of the original text. …"
    r".{0,240}\b(?:todos os direitos reservados|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati)\b.{0,40}",  # "… ISSN 2318-4417. Todos os direitos reservados."
    r"isbn\b.*",
    r"(?:this )?(?:article|essay|piece|work|post) is (?:published|licensed|available) under a creative commons\b.*",
    r"(?:este|esta|este|cet|ce) (?:art[ií]culo|artigo|obra|trabajo|trabalho|article|texte) (?:se publica|est[aá] publicad[oa]|[ée]s publicad[oa]|[ée] publicad[oa]|est publi[ée]|est diffus[ée]) (?:bajo|sob|sous) (?:(?:una?|la|le) )?(?:licencia|licen[çc]a|licence) creative commons\b.*",
    r"[\w .&’'-]{0,60}\b(?:articles|essays|pieces|posts|commentaries|columns) (?:are|is) (?:published|licensed|available) under (?:a |the )?creative commons\b.*",
    r"[\w .&’'-]{2,60} (?:publishes|is published) under (?:a |the )?creative commons\b.*",  # "Cono Sur publishes under a Creative Commons BY-NC 4.0 licence."
    r"(?:esta|este) (?:obra|art[ií]culo|trabajo|texto) est[aá] (?:bajo|sob) una? licen[cç]i?a\b.*",  # "Esta obra está bajo una licencia de Creative Commons …"
    r"attachments?\s*:.*",
    r"draft\b.{0,20}\bfor discussion\b.*",
    r".*\b(?:is|are) committed to publishing a diversity of\b.*",
    r"a version of this (?:article|essay|column) appears in print\b.*",
    r"creative commons\b.*",
    r"view licen[cs]e\b.*",
    r"[\w ]{2,40} is a (?:program|programme|project|publication|initiative) of\b.*",
    r"published by (?:the )?[A-Z][\w ]{2,60}",
    r"please direct (?:questions|comments|inquiries)\b.*",
    r"p\.\s?s\.?\s*[:—–-]?\s.*\b(?:subscri\w*|podcast|paid|webinar|livestream\w*|on a panel|hit reply|write back|sign up|register|registration|tickets?|forward|upgrade|seminar|speaking at)\b.*",  # a newsletter's postscript of housekeeping
    r"if you (?:have|would like|want)\b[^.]{0,160}?\b(?:send|e-?mail|submit|write to|contact)\b(?: us)?[^.]{0,120}@.*",  # a paper's call for contributions
    r"(?:send|e-?mail|submit) (?:us )?your (?:writings?|submissions?|op-?eds?|articles?|letters?|views|thoughts|pitch(?:es)?)\b.*",
    r"why you can trust \w+",
    r"(?:log|sign) ?in to (?:the )?[\w .’'-]{2,40}\.?",  # 'Log in to Korea JoongAng Daily', and what its form says under it
    r"there is no input content\.?|forgot (?:your )?password\??|(?:create|register) an account\.?",
    r"page (?:manager|editor|owner|contact|responsible)\s*:.{0,120}",  # a university page's 'Page Manager: … | 2019-10-21'
    r"(?-i:[A-Z][\w .’'-]{2,40}),\s*(?:page|p\.)\s*\d{1,3}",  # 'JoongAng Ilbo, Page 31': where the print edition ran it
    r"(?:start writing|get the app)(?:\s*[·|•]\s*(?:start writing|get the app))?",  # a Substack page's foot, and its motto under it
    r"substack is the home for great (?:culture|writing)\.?",
    r"questo sito (?:web )?utilizza (?:i )?cookie\b.*|este sitio (?:web )?utiliza cookies\b.*|ce site utilise des cookies\b.*|diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies\b.*",
    r"tous droits r[ée]serv[ée]s\b.*|todos los derechos reservados\b.*|todos os direitos reservados\b.*|tutti i diritti riservati\b.*|alle rechte vorbehalten\b.*",
    r"stay (?:informed|up to date|in the loop|connected)\b.{0,20}\b(?:sign up|subscribe)\b.*",
    r"the post .{2,200} appeared first on .{2,80}",  # a feed's footer, as WordPress writes it
    r"visit (?:the )?(?:website|site|web ?page|original|source)\.?",
    r"[\w ’'&-]{1,40} is (?:now )?on (?:telegram|whatsapp|signal|line|instagram|tiktok|youtube|threads|bluesky)\b.*",  # 'BT is now on Telegram! …'
    r"this (?:text|article|work|content|interview|piece|publication|paper|brief|report|commentary) is (?:published|licensed|available|distributed) under (?:a|the)\b.{0,160}",  # a licence line
    r"[\w ]{2,40} (?:on|at) this (?:site|website|blog) (?:is|are) (?:published|licensed|available|distributed) under\b.{0,160}",  # "Translations on this site are …"
    r"(?:have|got) a question for (?:our|the) (?:experts?|columnists?|writers?|panel)\b.*",
    r"(?:t[ée]l[ée]charger|descargar|herunterladen|scarica(?:re)?|baixar|pobierz|download)\s+(?:le |la |el |das |il |o |the )?(?:pdf|rapport|informe|bericht)\b.{0,30}",
    r"(?:leia|lire|leer|leggi|lees|lesen sie|czytaj|read)(?: (?:this|cet|este|esta|questo|dit|dieses|diesen) \w+)? (?:em|en|in|auf|po) "
    r"(?:portugu[eê]s|fran[cç]ais|espa[nñ]ol|italiano|nederlands|deutsch|polsku|english|korean|japanese|chinese|french|spanish|german|portuguese)\.?",
    r"more (?:in|from) [\w ’'-]{2,40}:\s.{2,200}",  # 'More in Guest Column: What the …'
    r"(?:(?:send|share|e-?mail|print|facebook|twitter|x|google\+?|whatsapp|tumblr|linkedin|stumble(?:upon)?|digg|newsvine|reddit|pinterest"
    r"|telegram|vk|weibo|wechat|flipboard|pocket|mastodon|bluesky|threads|messenger|xing)\s*[|·,]?\s*){4,}(?:text size\s*[+-]?\s*[+-]?\s*)?",  # 'Send Facebook Twitter Google+ …'
    r"(?:feedback\s*:\s*)?send us your feedback\b.*",
    r"print(?: print)? this (?:page|article|story)",
    r"(?:a[+-]?\s*[|·]?\s*){3}",  # the page's text-size buttons: 'A | A | A |', 'A- A A+'
    r"this (?:article|interview|essay|column|piece|commentary) (?:first )?(?:appeared|appears) in\b.*",
    # cookies and the site's own pages
    r"we use cookies\b.*",
    r"this (?:web)?site uses (?:its own and third[- ]party |(?:its )?own |third[- ]party |first[- ]party )?cookies\b.*",
    r"by continuing to (?:browse|use)\b.*",
    r"accept (?:all )?cookies.*",
    r"cookie (?:policy|settings).*",
    r"privacy\s*[∙·|•]\s*terms\b.*",
    r"posted by\s*:\s*[^|\n]{2,60}\|\s*(?:categor(?:y|ies)|tags?|filed under|topics?)\s*:.{2,200}",  # "Posted by: MANAS Secretariat | Category: Speeches, …"
    r"[^.]{3,120}(?:\s[∙·|•]\s+(?:privacy(?: policy)?|accessibility|terms(?: of use)?|cookies|sitemap|contact(?: us)?)){2,}\s[∙·|•]\s+©.{0,80}",  # "Centre …, X University · Privacy · Accessibility · © X University"
    r"privacy(?: policy)?",
    r"[\d.,]+\s?[KkMm]?\s+subscribers|show (?:less|more)|…\s?more|\.\.\.\s?more",  # a video page's "41.2K subscribers", "Show less"
    r"terms(?: of (?:use|service))?",
    r"contact(?: us)?",
    r"about us",
    r"imprint",
    r"accessibility",
    # comments
    r"comments?",
    r"(?:view )?(?:\d+ )?comments?(?:\s*\(\d+\))?",
    r"(?:sign|log) ?in to (?:join|comment|reply)\b.*",
    r"(?:\d+\s+)*(?:share|likes?|comments?|restacks?|leave a comment)(?:\s*[·∙•]?\s*(?:\d+\s+)*(?:share|likes?|comments?|restacks?|leave a comment))*",
    r"(?:\d+ comments?\s+)?join the (?:conversation|discussion)\b.*",  # "3 Comments   Join the discussion"
    r"(?:(?:share full article|gift this article|\d+ comments?)\s*)+",
    r"(?:(?:gift article|share|save)\s+)*comments are closed\b.*",
    r"comments are (?:turned off|disabled) for this (?:video|post|article|page)\.?",  # a video page's
    r"(?:sign|log) in (?:or|to) (?:register|comment|create an account)(?: to comment)?\.?|skip advertisement",  # a paper's comment prompt, its ad skip
    r"(?:[^\n]{1,100}?:\s*)?\u200e?messages and calls are end-to-end encrypted\b.*",  # a chat export's system lines
    r"\u200e?(?-i:[A-Z])[\w .’'-]{1,60} created group [“\"].{1,100}|\u200e(?-i:[A-Z])[\w .’'-]{1,60} (?:added|removed) [\w .’'-]{2,80}|\u200e(?-i:[A-Z])[\w .’'-]{1,60} (?:left|joined using this group[’']s invite link)",  # its members
    r"(?:[\w .’'-]{2,60}:\s*)?\u200e?(?:(?:image|video|audio|sticker|gif|document) omitted|this message was deleted\.?|<media omitted>)",  # and what it leaves of a message
    r"(?:also|more) (?:in|from) (?:the )?(?-i:[A-Z])[\w&’' -]{2,40}:\s*[“\"‘][^\n]{5,400}",  # "Also in The Borderlands: “Dandong after the bridge” · …"
    r"jump to(?: an?| the)?(?: [\w’'-]+){0,3}\s*:\s*\S.{0,300}",  # "Jump to an expert reaction: Mats Engman · Lee Sang-hoon · …": the page's anchors
    r"formatted: (?:font|indent|space|line spacing|highlight|english|justified|left|right|centered|normal|list paragraph)\b.{0,200}",  # a tracked document's
    r"-{5,} next part -{5,}|an html attachment was scrubbed\.{0,3}|url: <?https?://\S+>?",  # a mailing list archive's
    r"(?:previous|next) message \(by thread\)\s*:.*|messages sorted by\s*:.*|more information about the [\w .-]{2,60} mailing list\b.*",  # its paging
    r"(?:read|view|continue reading)(?: it| this(?: \w+)?| more)? (?:on|at) (?:our|the) (?:website|site|web|blog)\b.{0,80}",  # an e-mail's link, its address taken off
    r"read the series\s*:.*|(?:this (?:article|essay|piece|exchange|column|commentary) is )?part (?:\d+ )?of (?:the|our|a) [\w ’'-]{0,40}series\b.*",  # the series' other parts
    r"(?:🎧\s*)?audio version available\b.{0,300}|also published in print in (?-i:[A-Z]).{0,300}",  # "Audio version available · Listen (24 min)", and what the page runs on after it
    r"(?:podcast\s*[·|:]\s*)[^\n]{10,300}\b(?:apple|spotify|rss|listen)\b.*",  # "▶ PODCAST · On The Lantern Review Podcast, … · Apple · Spotify · RSS"
    r"(?:¿[^?\n]{3,100}\?\s*)?suscr[íi]b(?:a|e)se(?: gratis)? a nuestr[oa] (?:bolet[íi]n|newsletter|canal)\b.*",  # a Spanish page's subscribe line
    r"[^|\n]{2,80}(?:\s+\|\s+[^|\n]{2,40}){0,3}\s+\|\s+(?:impressum|imprint|data protection|datenschutz)\b.*",  # a German-law footer
    r"\[station id\b[^\[\]]{0,200}\]|\[(?:sfx|fx|sound|music|ambien(?:ce|t)|atmos)\s*:[^\[\]]{0,200}\]",  # "[STATION ID: …]", "[SFX: WIND ACROSS OPEN GROUND]"
    r"watch (?-i:[A-Z])[^.]{2,60} (?:weeknights|weekdays|nightly|daily|every (?:day|week|\w+day)|live)\b.{0,120}",  # "Watch THE ASIA HOUR weeknights at 8 p.m. …"
    r"to view or add a comment\b.*",
    r"leave a (?:reply|comment)\b.*",
    r"(?:no|\d+) comments?\s*:?|post a comment",  # Blogger's foot: "No comments:" over "Post a Comment"
    r"access options|purchase (?:this )?(?:article|chapter|issue)\s*:.{0,40}|log ?in via your institution\b.*",  # a journal's paywall
    r"(?:newer post|older post|home)(?:\s+(?:newer post|older post|home))+|subscribe to\s*:\s*post comments\b.*",  # and its links
    r"load more comments",
    r"view all comments",
    r"show \d+ more comments",
    r"log ?in to (?:write a )?comment",
    r"(?:comentários|comentarios|commentaires|kommentare|commenti|комментарии|komentáře|komentarze)\s*\(\d+\)(?:\s+(?:faça login|inicia sesión|inicie sesión|connectez-vous|melden sie sich an)\b.*)?",  # "Comentários (3) / Faça login para comentar."
    r"reply(?:\s*[|·•]\s*report)?",
    r"report",
    # reading time, listening, downloading, citing
    r"(?:estimated |approx(?:imate|\.)? |average )?reading time\s*:?.*",
    r"\d+\s*min(?:ute)?s? read",
    r"page \d+ of \d+\b.*",  # a printout's page count, with what the database or browser adds to it
    r"(?:remarks )?as prepared for delivery\b.*",
    r"print(?:er[- ]friendly)? version",
    r".{2,40}\s[-–—]\s(?:a|an) (?:branch|unit|service|division|part|member|publication) of\b.*",  # 'SWI swissinfo.ch - a branch of …'
    r"in compliance with the [\w ]{2,30} standards\b.*",
    r"all (?:manuscripts|papers|briefs|publications|reports) (?:are|were|is) (?:double[- ]blind |anonymously )?(?:peer[- ])?reviewed\b.*",
    r"[\w ’'-]{2,40} welcomes (?:contributions|submissions|op-?eds|pitches|proposals|your (?:opinions|views|letters|thoughts|comments))\b.*",
    r"your (?:news|journalism|reporting) needs your support\.?",
    r"printed(?: on)?:? \d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b.{0,60}",  # a print view's stamp: 'Printed 21.10.2024 14:07 · Page 1 of 1'
    r".{0,60}\b(?:print|printer[- ]friendly) version\b.{0,40}",
    r"(?:as always, )?(?:replies|reply|responses) to this (?:e-?mail|newsletter|message)\b.*",
    r"join (?:our|[\w’']+[’']s) (?:telegram|whatsapp|signal|discord|line)(?: channel| group| community)?\b.*",
    r"(?:(?:a[+-]?|share|send|facebook|twitter|x|google\+|kakao ?talk|kakao ?story|kakaostory|line|whatsapp|telegram|linkedin|email|e-mail|print|copy link|reddit|weibo|wechat|naver|band|vk)\s*){3,}"
    r"(?:(?:gift|save) this (?:article|story)|save|comments?(?: \(\d+\))?)?",  # 'Share Facebook Twitter LinkedIn Email Print Gift this article'
    r"related (?:subjects|topics|tags)\s*:?\s+.*",
    r"pdf version\b.*",
    r"(?:paper|print) edition\s*(?:[|·:]\s*page\s*:?\s*\d+)?",
    r"get (?:the|our) [\w ]{0,30}newsletter\b.*",
    r"click here for the original\b.*",
    r"skip next section\b.*",
    r"partners\s+.{0,80}\bprovides? funding\b.*",
    r"this (?:article|essay|interview|piece|commentary|conversation|roundtable|round table|symposium|debate|episode|podcast|brief) is part of\b.*",
    r"source\s*:.{0,60}©.*",
    r"\(?[\w .]{2,40} \d{1,2}/\d{1,2}/\d{4},? page ?\d+\)?",  # '(China Daily 05/27/2009 page8)'
    r"you have read \d+ of your \d+ (?:free )?(?:articles|stories)\b.*",
    r"(?:você leu|has leído|vous avez lu|sie haben) \d+ (?:de|sur|von) \d+ (?:matérias|artículos|articles|artikeln)\b.*",  # a paywall's count, in Portuguese, Spanish, French, German
    r"[—–-]*\s*advertisement\s*[—–-]*",
    r"forward this (?:e-?mail |newsletter |post |issue )?to (?:someone|a friend|a colleague)\b.*",
    r".{0,60}\bno reproduction without permission\b.*",
    r"comments (?:will be|are) moderated\b.*",
    r"letters (?:may|will|might) be (?:edited|shortened|condensed) for\b.*",  # a letters page's rules, and where to write
    r"(?:\W{0,3}\s*\d+\s+comments?\s*)?\W{0,3}\s*listen to (?:this|the) (?:article|story|essay|piece)\b.{0,40}",  # '💬 23 comments   🔊 Listen to this article'
    r"end of (?:article|story)",
    r"this is an? (?:rush|draft|raw|unedited) transcript\b.*",  # a broadcaster's note over its transcript
    r"\((?:commercial break|break|crosstalk|end of (?:video ?clip|transcript|broadcast|segment)|(?:begin|end) (?:video ?clip|videotape|video|audio ?clip|audiotape))\)",
    r"(?-i:END)|#\s?#(?:\s?#)?|-\s?30\s?-",  # a transcript's or a release's end mark ('# # #', its first '#' read as Markdown's)
    r"\[(?:\d{1,2}:)?\d{1,2}:\d\d\]",  # "[18:21:07]" alone: a broadcast transcript's time code
    r"(?:transcript|captions?|captioning) (?:provider|provided by|by)\s*:?\s+.{2,200}",  # "Transcript provider: ClearCaption Media Services. © …"
    r".{0,200}(?:©|\(c\))\s*(?:19|20)\d\d\b.{0,80}\ball rights reserved\.?",  # "… Services. © 2022 Cable World Network. All Rights Reserved."
    r"hak cipta dilindungi undang-undang\b.*",  # Indonesian and Malay: 'all rights reserved'
    r"(?:(?:this|the) (?:commentary|article|essay|piece|analysis|column)|[\w .&’'-]{2,40} (?:commentaries|articles|briefs|papers|columns|insights)) may (?:be|not be) (?:reproduced|republished|reprinted)\b.*",  # "IAPSS Commentaries may be reproduced with prior permission …"
    r"(?:what do you think|have something to say|got something to say|agree or disagree)\?\s+(?:send|write|e-?mail|tell)\b.{0,200}",  # a page's call for letters
    r"(?:the )?[\w ’'-]{2,40} is a (?:forum|space|column|page) for (?:our |local )?(?:[\w ’'-]{2,30} )?readers\b.{0,400}",  # "My View is a forum for Central Oregon readers. …"
    r"(?:readers[’']? |all )?comments are (?:moderated|pre-?moderated|reviewed)\b.{0,300}",  # "Readers’ comments are moderated and may take …"
    r"(?:view|show|read|see) (?:all )?[\d,.]+[kK]? comments",  # "View 1,204 comments"
    r"comments\s*\([\d,.]+\)(?:\s+this discussion is (?:now )?closed\b.*)?",  # "Comments (1,204)" / "This discussion is now closed …"
    r"[\w ]{2,30} is the home for (?:independent|great|thoughtful) (?:writing|journalism|newsletters)\b.{0,120}",  # a platform's tagline
    r"who (?:do you think )?(?:made|makes) the (?:stronger|better|more convincing|more persuasive) (?:case|argument)\?.{0,300}",  # a debate's reader poll
    r"who (?:won|wins|should win) (?:the|this) (?:argument|debate)\?\s+.{0,200}?\bvote\b.{0,200}",  # "WHO WON THIS DEBATE? / Engman (For) / Okafor (Against) / Vote to see results"
    r"(?:readers?[’']? )?(?:vote|poll|verdict)\s*:\s*(?:for|yes)\b.{0,60}?\d{1,3}\s?%\s*[|/,;·]?\s*(?:against|no)\b.{0,200}",  # "Reader vote: For the motion 41% | Against 59% …": its result, both sides
    r"(?:==)?note to self\s*:?\s*(?:==)?\s*:?\s.{0,300}",  # "==Note to self:== check their figures …": the researcher's own note
    r"get (?:new|the latest|our) posts (?:by|via|in your) e-?mail\b.{0,200}",  # a blog's sign-up line: "Get new posts by email. No spam, ever."
    r"この記事は約?\s*\d{1,3}\s*分で読めます。?",  # a Japanese site's reading time
    r"(?-i:CONTACT)\s+[^@\n]{3,60}?\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.*",  # a journal's "CONTACT Niklas Swanström nswanstrom@… Institute for …"
    r"have a (?:response|reply|view|comment|resolution|motion|topic|suggestion)(?: on [\w ’'-]{2,40}| you[’']?d like [\w ’'-]{2,40})?\?\s+(?:write|send|e-?mail)\b.{0,200}",  # "Have a response? Write to the editors. …"
    r"(?:the )?[\w .’'-]{2,40} welcomes letters\b.{0,300}",  # "The Harbour Times welcomes letters from readers …"
    r"(?:letters to the editor\s*:\s*)?(?:send|submit|e-?mail) (?:your )?letters\b.{0,300}",  # "Letters to the editor: Send letters of up to 250 words to …"
    r"(?:submit|send|write) a letter to the editor\b.{0,200}",  # "Submit a letter to the editor at tidewaterledger.com/letters."
    r"letters? policy\s*:\s*.{0,400}",
    r"(?:responses|replies|comments|letters|rejoinders) (?:to this (?:exchange|debate|article|essay|piece|symposium) )?(?:are|is) (?:always )?welcome\b.{0,200}",  # "Responses to this exchange are welcome. Write to …"  # "Letters policy: The Courier-Ledger welcomes letters of up to 250 words …"
    r"more (?:forums|roundtables|debates|symposia|interviews|conversations|columns|essays|commentaries)\s*:\s*.{3,300}",  # "More forums: "…" | "…""
    r"comments are (?:now )?closed\b.{0,300}",  # "Comments are now closed / Comments are closed 72 hours after publication. …"
    r"(?:support|back|join) (?:[\w ’'.-]{2,40} )?on (?:patreon|substack|ko-fi)\b.{0,300}|become a (?:patron|paid subscriber|member)\b.{0,200}",  # a show's appeal
    r"support (?:independent|our) (?:analysis|journalism|reporting|research|work)\s*[–—:-]\s*(?:become|join|subscribe|donate)\b.{0,200}",  # "Support independent analysis – become a member from €5 a month."
    r"(?:\[?(?:caution|warning|external)\]?\s*:?\s*)?this (?:e-?mail|message) (?:originated|came|was sent) from outside (?:of )?(?:the|your|our) (?:organi[sz]ation|company|university)\b.{0,300}",  # a mail server's banner
    r"(?:[a-z]{3,20}\s*:\s*)?(?:do you (?:want|wish) to |would you like to |want to )(?:respond|reply)\?\s+(?:send|write|e-?mail|submit)\b.{0,200}",  # "DEBATE: Do you want to respond? Send your reply to …"
    r"(?:[^.?!]{3,60}\?\s+)?join the (?:debate|conversation|discussion)\b.{0,200}",  # "Which side convinced you? Join the debate on Twitter …"
    r"[\w .&’'-]{2,40} (?:commentaries|briefs|papers|insights|perspectives) are published to (?:stimulate|encourage|promote|inform)\b.{0,300}",  # a series' standing line
    r"(?:dieser|der) (?:beitrag|artikel|text) (?:steht|ist|wird) unter (?:der|einer) (?:lizenz|creative commons)\b.{0,200}",  # German: a licence
    r"(?:este|el) contenido se publica bajo (?:la |una )?licencia\b.{0,200}",  # Spanish: a licence
    r"deja un comentario\b.{0,200}|comentarios\s*\(\d{1,5}\).{0,240}",  # Spanish: the comments box
    r"¿te gust[óo] (?:esta|este) (?:nota|art[íi]culo)\?.{0,200}",  # Spanish: 'did you like this piece? subscribe …'
    r"most (?:read|viewed|popular)(?:\s+(?-i:[A-Z])\w+| (?:this|last) (?:week|month|year)| today)?\s+1\.?\s.{0,400}",  # "Most Read World 1. Ukraine war … 2. …": the ranked headlines
    r"(?:do you have|have you got|got) a (?:story |news )?tip\??.{0,200}",
    r".{0,160}\ball rights reserved\.?\s+no part of this (?:publication|report|paper|brief|work|book)\b.{0,300}",  # a report's copyright, no © in it
    r"[^.]{2,80}\b(?:organi[sz]es|hosts|holds|runs|convenes)\b[^.]{2,120}\b(?:(?:once|twice|three times|four times|several times) a (?:year|month)|every (?:month|quarter|year)|regularly)\b.{0,200}?(?:www\.|https?://|\binformation\b|\bregist|\bmembership\b).{0,200}",  # a host's standing line on its events
    r"(?:suggest|recommend|send|e-?mail) (?:this (?:article|page|story) )?to a (?:friend|colleague)\.?",  # "Suggest to a friend"
    r"(?:check out|read|have a look at|thought you(?:[’']d| would| might) (?:like|enjoy)) this (?:article|story|piece|essay|column|op-?ed) (?:from|on|in|by) [^\n]{2,200}?(?:\s+https?://\S+)?",  # a news app's share text, its link under it
    r"(?:watch|listen|video|audio)\s*:\s+[^.]{5,160}\(\d{1,2}:\d\d(?::\d\d)?\)",  # "WATCH: North Korea fires missiles as … (2:14)": a video's link
    r"\(?whereupon,? at [^)]{2,80}\b(?:adjourned|concluded|ended)\.?\)?",  # a transcript's last line: "(Whereupon, at 11:32 a.m., the PROCEEDINGS were adjourned.)"
    r"\((?:the witness(?:es)?,? having (?:affirmed|been sworn)[^()]{0,120}|(?:luncheon|short|lunch|morning|afternoon) (?:adjournment|recess|break)[^()]{0,60})\)\.?",  # "(Luncheon adjournment at 12:41 p.m.)"
    r"get (?:\*|_)?[\w ’'-]{2,40}(?:\*|_)? (?:in|to|delivered to) your inbox\b.{0,200}",  # "Get *The Ledger Brief* in your inbox every Friday. [Sign up]"
    r"(?:this (?:article|piece|post|commentary|interview) is )?(?:also )?available in (?-i:[A-Z])[a-z]+(?: and (?-i:[A-Z])[a-z]+)?\.?|dieser (?:beitrag|artikel|text) ist auch auf \w+ verfügbar\.?|(?:cet article|ce texte) est (?:aussi|également) disponible en \w+\.?",  # the page in its other languages
    r"have a question(?: you(?:[’']d| would) like (?:our |an? |the )?(?:experts?|panel|us|columnist) to (?:answer|take up)| about [^?]{2,80})?\?\s+(?:write|send|e-?mail|email)\b.{0,200}",  # "Have a question you would like our experts to answer? Write to …"
    r"(?:the )?corresponding authors?[’']?s?[’']? (?:e-?mail )?(?:addresses|address|contact details) (?:are|is) available\b.{0,300}",  # a journal's foot
    r"(?:add your (?:name|signature)|sign (?:the|this) (?:letter|statement|petition|appeal))\s*[:.!]\s.{0,300}",  # an open letter's call for signatures
    r"already a (?:subscriber|member)\?\s*(?:log|sign) ?in\b.{0,240}",  # "Already a subscriber? Log in. Not a subscriber? Get full access …"
    r"[^.]{2,80} will (?:speak|be speaking|talk|appear|be in conversation) (?:at|on)\b[^.]{2,160}\.\s+(?:(?:tickets|registration|seats|places) (?:are|is) (?:now )?(?:available|open|free|limited)|(?:register|book|rsvp) (?:at|on|via|here|now))\b.{0,200}",  # the writer's next talk, and where to book  # "Do you have a story tip? Contact Nightwatch confidentially."
    r"(?:[•·-]\s*)?(?:have your say\s*:|have an opinion on anything\b).{0,500}",  # a letters page's call for letters, and its rules
    r"send (?:us )?your (?:views|letters|comments|thoughts|responses) to\b.{0,200}",
    # a United Nations document's head and foot: its organ and symbol, distribution, language, job number
    r"(?:united nations|general assembly|security council|economic and social council|human rights council)?\s*(?-i:[A-Z]{1,2}/(?:[A-Z]{2,5}|\d{2})/[\w./-]+)",
    r".{0,40}\bdistr\.\s*:\s*(?:general|limited|restricted)\b.{0,40}",
    r"original\s*:\s*(?:english|french|spanish|russian|chinese|arabic)",
    r"(?-i:GE\.\d{2}-\d{5})\s*\([A-Z]\)(?:\s*\*\d+\*)?",
    r"[^|]{1,30}\(\d+\)\s*\|\s*comments are closed\b.*",  # 'Сэтгэгдэл (0) | Comments are closed'
    r"follow @?[\w.]+ on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|telegram)\b.*",
    r"report an? (?:editorial |technical )?(?:error|typo|issue|problem)\b.*",
    r"editorial (?:code of conduct|standards|guidelines|policy)\b.*",
    r"\d[\d\s.,]*",  # numbers alone: views, likes and comments once their icons are gone ('👁 2 417   💬 2')
    r"check against delivery\b.*",
    r"(?:draft\s*[-–—:]{0,2}\s*)?(?:not for (?:citation|quotation|circulation|distribution)|please do not (?:cite|quote|circulate))\b.*",  # a manuscript's own warnings
    r"\[?note to (?:the )?(?:desk|editors?|subs?|copy ?desk)\s*:.*",
    r"filed\s+\d{1,2}\s+\w{3,9}\.?\s+\d{4}\b.*",
    r"(?:approx\.?|approximately|about|c\.)?\s*[\d,]+ words",
    r"(?:op-?ed|opinion|article|column|commentary) submission\b.*",  # "OP-ED SUBMISSION — The Osaka Shimpo (English Edition), Opinion Desk"
    r"social sharing",  # a broadcaster's share buttons' heading
    r"[\w ’'&-]{2,40} (?:airs|is broadcast|is on air|streams) (?:(?:every|each|on) (?:weekday|weekend|day|\w+day)s?|weeknights|weekdays|nightly|daily)\b.*",  # "Asia This Week airs every Saturday at …"
    r"(?:keep in touch!?\s+)?update your (?:contact )?(?:details|address|e-?mail(?: address)?|subscription)\b.*",  # "Keep in touch! Update your contact details to keep receiving …"
    r"call (?:the |our )?[\w ’'-]{0,40}\b(?:talkback|phone-?in|listener|comment) line\b.*",  # "Call the Nightline talkback line on 1300 941 941 …"
    r"[\"“][^\"”\n]{10,200}[\"”],? is an? (?:[\w-]+ ){0,3}(?:paper|brief|report|study|monograph|publication) (?:published|issued) by\b.*",  # '"Verification First: …" is an Asia Paper published by …'
    r"_{5,}|={5,}",  # a rule of underscores, over a page's footnotes, or of equals signs, under a printed hearing's title
    r"\[all\]",  # the Government Publishing Office's mark at the end of a printed record
    r"this (?:letter|article|issue|post|newsletter|report|brief|essay|commentary) is also available in\b.*",  # "… in Korean (한국어판) and …"
    r"translations?\s*:\s*\S.{0,200}",  # "Translations: 한국어 | 日本語 | Svenska": the page in other languages
    r"do you like the content of this (?:article|story|post|page)\?.*|found a typo\?.*",  # a site's reader prompts
    r"(?:[-*+]\s+)?\[[ xX✓]\]\s+\S.{0,200}",  # "- [ ] check warhead estimate against SIPRI": a to-do in a reader's note, not the text's
    r"(?:created|last edited|last modified|edited)\s*:\s*[^\n]{4,40}?(?:\s+|\s*[|·]\s*)(?:last edited|last modified|updated|edited)\s*:\s*[^\n]{4,40}",
    # "Created: February 11, 2024 9:14 PM   Last edited: February 12, 2024 8:02 AM": a note app's own dates
    r"[📄📝🗒📓📔📒]\ufe0f?\s+\S.{0,150}",  # "📄 Okafor-Reyes — freeze argument (CPS) — for ch. 3": a note app's page, by its icon
    # (which `plain` takes off: the reading looks for it in the paragraph as copied)
    r"[‹›«»←→◀▶<>](?:\s*[‹›«»←→◀▶<>])*",  # "‹ ›": a carousel's arrows
    r"\((?:applause|laughter|laughs|crosstalk|inaudible|pause)\.?\)\.?"
    r"|\((?:some |several |many |other )?(?:members?|laughter|applause|inaudible|crosstalk|interruptions?|pause|silence|off[- ]mic(?:rophone)?)\b[^()]{0,80}\)",
    # "(Applause.)", "(Some members speak from their seats.)": a record's stage direction, alone between the turns
    r"(?:if you (?:value|enjoy|like|appreciate|find value in) (?:these|this|our) [^.]{2,60},\s*)?(?:please )?(?:support|back|join) us on (?:patreon|ko-fi|buy me a coffee|substack)\b.*",
    # "If you value these translations, support us on Patreon."
    r"(?:media |press )?contacts?\s*:\s*[^.?!]{2,200}",  # "Contact: Spokesperson's Office, Ministry of Unification (+82-2-…)"
    r"(?:sources|links|references|citations)(?: and (?:further reading|links|notes))? (?:are|is) (?:linked|listed|collected) (?:in|at|below)\b.*",  # "… in the pinned comment"
    r"(?:📱\s*)?(?:read (?:this|it) (?:in|on)|open (?:this )?in|get|download|continue (?:reading )?in) (?:the |our )?(?-i:[A-Z])[\w .&’'-]{1,40} app\b.*",
    # "📱 Read this in the Pacific Courier app — faster, …", "Open in the Pacific Courier app": a phone's banner
    r"tap to (?:expand|enlarge|zoom|view)|open|continue|download now|get the app",  # a phone's buttons, a line each
    r"(?:(?:like|love|sad|angry|wow|haha|recommend|dislike|funny|useful)\s+\d{1,6}\s*){2,}",  # "Like 37 Sad 2 Angry 5 Recommend 12": reactions
    r"a version of this (?:article|letter|column|op-?ed|essay|review|editorial) appear(?:s|ed) in print on\b.*",  # "… Section A, Page 18, with the headline: …"
    r"translated (?:with|by) (?:deepl(?:\.com)?|google translate|papago)\b.*",  # "Translated with DeepL.com (free version)": the tool's mark
    r"enjoying (?:the |our )?[\w .&’'-]{2,40}\?\s*(?:get|subscribe|sign up|download)\b.*",  # "Enjoying the Courier? Get unlimited articles, …"
    r"[⏱⌛🕒\ufe0f ]*\d{1,3}\s*min(?:ute)?s?\s+(?:left|remaining)",  # "⏱ 5 min left": a reading-progress badge, copied mid-text
    r"more (?:slideshows|galleries|photo galleries|videos|explainers|podcasts|episodes)\s*:.*",  # "More slideshows: The NCG Explained · …"
    r"(?:🐦\s*)?[“\"][^”\"\n]{10,300}[”\"]\s*[—–-]?\s*(?:click to )?tweet(?: this)?",  # a pull quote with its 'Tweet this' button
    r"\d{1,5} comments?\s*[—–|·-]\s*(?:join|read) the (?:discussion|conversation|comments)\b.*",  # "6 comments — Join the discussion"
    _SPONSOR_HEAD,  # "— A WORD FROM OUR SPONSOR —" over the ad
    r"got a view on this (?:story|article|piece|issue)\?.*|have your say\s*[:!].*",  # "Got a view on this story? Write to letters@…"
    r"(?:the )?(?-i:[A-Z])[\w .&–’'-]{2,80} (?:conference|forum|dialogue|symposium|seminar series|lecture series|programme|program|initiative)"
    r" is (?:jointly )?(?:co-)?(?:organi[sz]ed|hosted|convened|funded) by\b.*",  # "The Jeju–Baltic Security Conference is co-organised by …"
    r"(?:(?:captions?|transcripts?|subtitles?) (?:are |were )?(?:auto-?generated|machine-generated|automatic)\.\s+)?(?:spot(?:ted)?|see|found|notice) an? (?:error|mistake|typo)\?.*",
    # "Captions auto-generated. Spot an error? Email events@…": the page's own line under a transcript
    r"(?:did you find|was) this(?: (?:article|story|post|page|piece|answer|information))? (?:insightful|helpful|useful|interesting|informative)\?(?:\s+yes\s*/?\s*no)?",
    r"(?:necessary|preferences?|statistics|marketing|functional|analytics)\s+(?:necessary|preference|statistic|marketing|functional|analytics) cookies\b.*",
    r"[⁂*∗✻·•]{1,5}",  # an asterism between a text's parts, no heading
    r"[^,\n]{3,60},\s[^;\n]{3,80},\s+born\s[^;\n]{4,40};\s*died\s.{4,40}",  # an obituary's "Jean-Marc Favre, soldier and diplomat, born …; died …"
    r"\[\d{1,3}\]\s+https?://\S+",  # "[3] https://…": a plain-text e-mail's link, listed under 'Links:'
    r"links\s*:|-{4,}",  # the heading over a plain-text e-mail's links, and its rule
    r"[【\[]?\s*large\s+medium\s+small\s*[】\]]?(?:\s+print)?(?:\s+close)?|share to\s*:?",  # a ministry's page: its text sizes, "Share to:"
    r"read (?:the )?(?:most recent|latest|more) (?:articles?|posts?|columns?|pieces?) (?:written )?by\b.*",  # "Read the most recent article written by …"
    r"write to us\s*:.*|have something to say\?.*|want to weigh in\?.*|have your say[.!:]\s.*|have (?:a|an) (?:response|reply|view|opinion)\b[^?]{0,40}\?.*",  # a letters page's, a reader column's call
    r"this (?:article|story|column|interview|piece) (?:appeared|appears|ran) (?:on page|in (?:the )?print)\b.*",  # "This article appeared on page 4 of …"
    r"[\w .&’'-]{2,60} welcomes (?:responses|replies|letters|comments)\b.*",  # "Baltic Security Review welcomes responses to this forum. …"
    r"letters to the editor\s*:\s*(?:share|send|submit|write|email|e-mail)\b.*",  # "Letters to the editor: Share your view in 200 words …"
    r"[\[(]?(?:end of (?:the )?(?:excerpt|extract|sample(?: chapter)?|preview)|excerpt ends)[\])]?\.?",  # "[End of excerpt]" under a sample chapter
    r"[\w .:’'-]{2,80} is (?:now )?available (?:in|from|as|at)\b.{0,200}\b(?:hardback|hardcover|paperback|e-?book|bookshops?|bookstores?)\b.*",  # a book's offer
    r"(?-i:RELATED)\s+\S.{10,160}",  # "RELATED  N. Korea fires several cruise missiles off west coast: JCS", a phone's box, 'Read more ›' under it
    r"read more\s*[›»>→]",
    r"(?=.*[^\x00-\x7f])\S{1,2}[+-]?(?:\s+\S{1,2}[+-]?){3,10}",  # "f 𝕏 K 🔗 가- 가+": a phone's share and text-size buttons, their icons'
    # letters (an icon among them, not "P R O C E E D I N G S" nor "-- HK & DP")
    r"\[exported with (?:suggestions|comments)\b.*\]",  # a shared draft's export note: "[Exported with suggestions: insertions shown as …]"
    r"[\w .’'-]{2,40}\s[—–-]\s(?:highlights|annotations|notes (?:and|&) highlights)(?: export(?:ed)?)?",  # "Marginal — Highlights export"
    r"[\w.-]{3,80}\.(?:pptx?|key|odp|docx?|odt)\b.{0,120}",  # "Engman_KoreaPeaceForum_27Jul2023_FINAL_v4.pptx — Notes (copied from …)": the file's name
    r"(?:thank you|thanks)(?: (?:for (?:your attention|listening)|very much))?\s*[—–!.,-]*\s*(?:any )?questions\s*[?!.]?",  # a talk's last slide
    r"\([^()]{0,200}\b(?:slides?|q ?& ?a|hand out|handouts?)\b[^()]{0,200}\)",  # "(Leave up during Q&A. Hand out printed copies of slide 9.)": a stage note
    r"(?:see|turn to|continued on) (?-i:[A-Z][A-Z’' -]{1,40}),?\s+(?:page|p\.)\s*[A-Z]?\d{1,3}\.?",  # "See PENINSULA, Page A6": a column's jump
    r"inside\s*:\s*(?:[^|]{3,120},\s*[A-H]\d{1,2}\s*(?:\||$)\s*){2,}",  # "INSIDE: Typhoon … continues in South Chungcheong, A4 | …, B1"
    r"[A-H]\d{1,2}\s+(?-i:THE\s+[A-Z][A-Z .&’'-]{3,60})",  # "A6 THE HANGANG HERALD OPINION": a printed page's head, its number first
    r"(?:watch|video)\s*:\s*[^.!?]{10,160}\s+video\s+\d{1,2}:\d\d",  # "Watch: Satellite images show … / Video 02:14": a video's link
    r"do you have a strong opinion\b.{0,200}\bpitch\b.*",  # a broadcaster's call for op-eds
    r"(?:exclusive to [^|\n]{2,60}\|\s*)?(?:approx\.?\s*[\d,]+ words\s*\|\s*)?embargoed (?:until|till|to)\b.*",  # "… | approx. 820 words | Embargoed until 12 November 2020"
    r"contact (?:for|to) (?:the )?(?:editors?|desk)\s*:.*",  # "Contact for the editors: jypark@… | +82 …"
    r"[\w.-]+\.(?:docx?|pdf|rtf|odt|pages)",
    r"(?:the )?(?:internet archive )?wayback machine\b.*",  # a web archive's capture: its banner, not the page's
    r"internet archive",
    r"\d+ captures",
    r"\d{1,2} \w{3} \d{4} - \d{1,2} \w{3} \d{4}",
    r"(?-i:(?:[A-Z]{3} ){2}[A-Z]{3})",  # the archive's row of months: 'FEB MAR APR'
    r"close help",
    r"(?:print|e-?mail|share) this (?:page|article|story)\b.*",
    r"having trouble viewing this (?:e-?mail|message|newsletter)\b.*",
    r"view (?:it |this (?:e-?mail|message|newsletter) )?(?:in|on) (?:your|a|the) (?:web )?browser\.?",
    r"(?:view|read) (?:this|the) (?:post|e-?mail|newsletter|issue|story|article) (?:on the web|online|on (?:the|our) (?:site|website))\.?",
    r"(?-i:(?:[A-Z&][A-Z&'’,.-]*\s+){2,10}[A-Z&][A-Z&'’,.-]*(?<!\bNO\.)(?<!\bNO)(?<!\bVOL\.)(?<!\bISSUE)(?<!\bNUMBER)"
    r"(?<!JAN)(?<!FEB)(?<!MAR)(?<!APR)(?<!MAY)(?<!JUN)(?<!JUL)(?<!AUG)(?<!SEP)(?<!SEPT)(?<!OCT)(?<!NOV)(?<!DEC)\s+\d{1,3}"
    r"|\d{1,3}\s+(?:[A-Z&][A-Z&'’,.-]*\s+){2,10}[A-Z&][A-Z&'’,.-]*)",  # a PDF page's running footer: the institute in capitals and the page
    PRINTED_AT + r".{2,200}",  # a browser's print header: date, time, the page's title
    r"\d{1,2}/\d{1,2}/\d{4}\s+\S.{15,200}?(?:\s[|–—-]\s|:\s).{3,200}",  # the same without the time: '9/14/2017 Beyond ‘Fire and Fury’: …'
    r"gmail\s+.{0,80}<[^<>\s]+@[^<>\s]+>",  # Gmail's print header: the account's owner
    r"\d+ messages?",
    r"saved (?:to|in|with) (?:pocket|instapaper|readwise|reader|matter|omnivore|raindrop)\b.*",  # a read-later app's note on its copy
    r"saved (?:on )?(?:\w{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \w{3,9}\.? \d{4}) (?:via|with|in) \w+.*",
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|eu|int|edu|gov|io|info|news|co|[a-z]{2})",  # the site's domain alone ('dominionledger.ca')
    r"open this photo in gallery\s*:?",  # a reader view's stub of the page's photo, over its caption
    r"cite this(?: article| brief| page| commentary| paper| analysis)?(?:\s*:.*)?",
    r"comments are moderated\b.*",
    r"rate this (?:material|article|post|story|page)\b.*",
    r"(?:more|also) on this topic\s*:.*",
    r"(?:weitere beiträge|mehr zum thema|lesen sie auch|à lire aussi|lire aussi|plus sur ce sujet|leggi anche|lees ook|lee también|lea también|leia também|veja também|ver también|читайте также|související články|přečtěte si také|czytaj (?:też|także)|baca juga)\b.*",  # "Weitere Beiträge zum Thema: Korea | …"
    r"(?:audience|online|readers[’']?|live) (?:poll|vote)s?\s*(?:\(|:|[—–]).{0,200}",  # "Audience poll (online, 412 votes) — …", not "Online polls suggest …"
    r"have an opinion (?:about|on) this (?:issue|topic|article)\?.{0,300}",  # "Have an opinion about this issue? Send a letter to the editor …"
    rf"{_PAST_ISSUES}\s*:.*",  # "Previous roundtables: October 2021 — … | …"
    r"how to cite",
    r"the original (?:[\w-]+ )?(?:version|text) of this (?:interview|article|essay|piece|column|commentary) (?:is available|can be (?:found|read)|appeared)\b.{0,120}",
    r"[\w .&’'-]{2,60} is a member of (?:the )?(?:asia news network|ann)\b.*",  # "Korea JoongAng Daily is a member of the Asia News Network …"
    r"click here to (?:have|get|receive|subscribe|sign up|join)\b.{0,160}",
    r"(?:please |to )?cite (?:this|as)\b.{0,300}",  # "Cite this symposium: Wang Lixin, ed., …"
    r"download(?: (?:the )?(?:pdf|full (?:report|brief|text)))?\b.*",
    r"listen(?: to this article)?\b.*",
    r"[▶►⏵]?\s*(?:play|listen to|watch) (?:the )?(?:episode|now|audio|video|podcast)(?:\s*\(\d{1,3}(?::\d\d){1,2}\))?",  # "▶ Play episode"
    r"\d+(?:[–-]\d+)?\s*min(?:ute)?s?(?: read)?",
    r"watch (?:the )?(?:session |full )?(?:video|recording)\b.*",
    r"watch (?:the )?(?:meeting|session|hearing|event)(?: on [\w .]{2,30})?",  # a committee's page: 'Watch the meeting'
    r"questions?\s+\d{1,4}\s*[-–]\s*\d{1,4}",  # 'Questions 45 - 52': the numbers of a hearing's questions, over them
    r"(?:the )?examination of witnesses (?:continued|was continued) in private\.?",
    r"\[whereupon\b[^\[\]]{0,300}\]",  # "[Whereupon, at 3:41 p.m., the subcommittee was adjourned.]"
    r"\((?:the )?(?:briefing|press conference|press briefing|hearing|meeting|session|event)\s+(?:continued|was concluded|concluded|ended|was adjourned|adjourned)\b[^()]{0,80}\)",
    r"\(soundbite of [^()]{2,60}\)",  # "(SOUNDBITE OF MUSIC)"
    r"certificate of (?:notary public|transcriber|court reporter)",  # a transcript's certificate, at its end
    r"[^()\n]{3,60}\s\(signature and seal on file\).{0,300}",  # the notary's signature
    r"\((?:[A-Z][\w.’'-]+\s+){1,3}(?:departs|leaves|arrives|enters|exits|joins)\.?\)",  # "(Ambassador Petrakis departs.)"
    r"(?-i:[A-Z]{2,6})\s?#\s?\d{1,5}",  # "DPB # 184": a briefing's number under it
    r"\[(?:house|senate|joint) hearing,[^\[\]]{0,60}\]",  # the head of a hearing's record as GPO's site gives it
    r"\[from the u\.s\. government (?:publishing|printing) office\]",
    # a PDF's or transcript's page furniture
    r"\d{1,3}\s+[A-Z][\w&’' ]{2,50}\s[|·]\s.{3,60}",
    r".{3,80}\s[|·]\s*(?:page\s*)?\d{1,3}",
    r".{3,100}\s[—–-]{1,2}\s*page\s*\d{1,3}(?:\s+of\s+\d{1,3})?",  # "Tokyo Institute … — Issue Brief No. 47 — page 2"
    r"(?:page\s*)?\d{1,3}\s*[|·]\s.{3,80}",
    r"[\[(]?end of (?:transcript|interview|recording|segment|programme|program|broadcast)[\])]?",
    r"\d+",
    r"\[(?:(?:intro |outro |theme |closing |opening )?music|applause|laughter|crosstalk|inaudible|break|pause|mid-?roll|pre-?roll|ad break|sponsor(?: message| break)?)[^\]]{0,30}\]",
    r"#{3}",
    r"\*\s?\*\s?\*",
    r"-{3,}",
    # addresses and contacts
    r"(?-i:[A-Z])[\w .&’'-]{2,80}\b(?:centre|center|institute|institution|foundation|university|council|forum|academy)\b[\w .&’'()-]{0,40}\s+[·|]\s+\d{1,5}[^.!?\n]{5,120}",  # "Hanoi Centre … · 18 Liễu Giai, Ba Đình, Hà Nội"
    r"(?:from|to|cc|bcc|sent|subject|reply-to|date|från|skickat|till|ämne|von|gesendet|an|betreff|de|envoyé|à|objet)\s*:.{0,200}$",  # not "CC: Mostly, yes. …", a guest's answer
    r"-{3,}\s*(?:original message|forwarded message|ursprungligt meddelande|weitergeleitete nachricht|message d'origine)\s*-{3,}",
    r"our mailing address is\b.*",
    r"want to change how you receive\b.*",
    r".*\bare subject to (?:internal )?(?:peer )?review\b.*",
    r"\(?english version of\b.*",
    r"(?:tel|phone|fax|e-?mail|website|web)\s*[:.].*",
    r"(?=.*(?:\b\d+\w*\s+(?:[A-Z][\w-]*\s+){0,3}(?:avenue|street|road|boulevard|rue|strasse|gatan)\b|\b(?:block|level|suite|floor)\s+[A-Z]?\d+\b)).{5,120}",
    r"p\.?\s?o\.? box\b.*",
    r".{0,60}(?:\b(?:rue|via|calle|gatan|vägen)\b|\w*(?:strasse|straße|platz|weg|gasse)\b)[^,·|]{0,40}\d.{0,80}",  # "Rue de la Loi 42", "Ludwigkirchplatz 3–4"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    r"issn\b.*",
    r"doi\s*:.*",
    r"(?:telephone|telefon|tel\.?|fax)\s+\+?[\d ()-]{6,}.*",
    r"\d{4,5}\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?",  # "10719 Berlin", "1040 Brussels"
    r"topics\s+.*",
    r"(?=.*\b(?:\d{3}-\d{4}|\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\b)(?=.*,).{5,120}",  # a line of an address with its postal code
    # the rest
    r"list",
    r"advertisement",
    r"(?-i:AD|Ad)",  # a news app's mark where an advertisement was
)
"""A line of site furniture, each form written out in full (a line is furniture when one of these is the whole of it)."""


def _without_icons(text: str) -> str:
    """Text without its icons and pictographs ('♡', '💬', '↻': Unicode's other symbols), which a copied page's buttons carry."""
    import unicodedata

    return "".join(ch for ch in text if unicodedata.category(ch) != "So" and ch != "\ufe0f").strip()


_BOILERPLATE_LINE = re.compile("^(?:" + "|".join(_FURNITURE_LINES) + ")$", re.I)
QUESTION = re.compile(
    r"^(?:\*\*|__)?(?:q\d{0,2}|(?:the |our )?question(?: \d{1,2})?(?:\s*\([^)]{0,120}\))?|(?:question|comment) from the (?:floor|audience)(?:\s*\([^)]{0,60}\))?|(?:audience(?: member| question)?|questioner)(?:\s*\([^)]{0,120}\))?"
    r"|(?:student|participant|questioner|attendee)s?\s*\([^)]{2,120}\))"
    r"(?:\s*[:.)](?![A-Za-z]\.)|\s+[-–—](?=\s))\s*(?:\*\*|__)?\s*"  # 'Q: …', 'Q. …', 'Q - …'
    r"|^[^:\n?]{2,80}\basks\s*:\s*"  # "Mr Tan Boon Huat, 67, retiree, asks: …": a reader's question to the expert
    r"|^(?-i:[A-Z])[a-z]{1,15} (?:in|from) (?-i:[A-Z])[^:\n?]{2,40}\bwrites\s*:\s*[“\"](?=[^\n]*\?[”\"]\s*$)",  # 'Ashton in Belize City writes: "…?"'
    re.I,
)
ANSWER = re.compile(r"^(?:\*\*|__)?(?:a\d{0,2}|answer(?: \d{1,2})?)(?:\s*\([^()]{2,30}\))?(?:\s*[:.)](?![A-Za-z]\.)|\s+[-–—](?=\s))\s*(?:\*\*|__)?\s*", re.I)
"""'Q: …', 'A. …', 'A - …', 'A1: …', 'A (Dev): …'; not a speaker's initials ('A.S.: …', 'Q.M.: …')."""
DASH_TURN = re.compile(r"^[—–―]\s*\S")
"""'— Professor Chun, was Hanoi a failure?': an interviewer's question, set off by a dash."""
ITALIC = re.compile(r"^(?:\*\*[^*].*[^*]\*\*|__[^_].*[^_]__|\*[^*].*[^*]\*|_[^_].*[^_]_)[.?!]?$")
"""A paragraph in italics or bold, as Markdown writes them: an interviewer's question, when it asks one."""
BOLD_LABEL = re.compile(r"^(?:\*\*|__)([^*_:]{1,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*")
"""'**Kim:** …' or '**Kim**: …': a speaker's label in bold, read as 'Kim: …'."""
COMMONS_PARTY = r"(?-i:Lab|Con|LD|Lib Dem|SNP|DUP|UUP|SDLP|PC|SF|Green|Ind|Alba|Alliance|Reform|Lab/Co-op|Co-op|Spkr)"
"""A member's party as Hansard gives it after the constituency: '(Lab)', '(SNP)', '(LD)'."""
SPEAKER = re.compile(
    r"^(?:(?-i:(?:Major|Lieutenant|Brigadier|Rear|Vice|Senior|Maj\.|Lt\.|Sr\.|Brig\.)\s+)?(?-i:Amb|Dr|Prof|Gen|Mr|Ms|Mrs|Sen|Rep|Adm|Col|Lt|Maj|Capt|Rev|Cmde|Cdre|Cdr|Brig|Cdt)\.\s+(?=[A-Z]))?(?P<label>[a-z][\w-]*\.(?:com|org|net|ch|de|eu|jp|kr|ru|uk|fr|se|fi|no|au|in|id|il|cn|tw)|(?:[A-Z]\.){2,4}|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .’'-]{0,30}[A-ZÀ-ÖØ-Þ]|[A-Z]{1,4}&[A-Z]{1,4}|[A-Z]{1,3}|[A-Z][\w’'-]{1,20}(?:\s+(?:(?:in|of|for|the|and|on)\s+)?[A-Z][\w’'-]{1,20}){0,4})(?:,\s+(?-i:[A-Z][A-Z0-9 .’'&-]{1,60}[A-Z](?:[.,]{1,2}\s*[A-Z(][A-Z0-9 .,’'&()/-]{0,80}?[A-Z.)])?))?(?:\s*\((?:[Cc]hair(?:man|woman|person)?(?:,[^()\n]{1,50})?|moderator|host|interviewer|(?:[Mm]r|[Mm]s|[Mm]rs|[Dd]r|[Pp]rof|[Ss]enator)\.? [A-Z][\w’'-]+|(?:[Mm]r|[Mm]s|[Mm]rs|[Dd]r)\.? [A-Z][^()\n:]{2,60}\([^()\n:]{2,80}\))\)|\s*\((?!(?i:mr|ms|mrs|dr|prof|senator|reporter|recording|archive|voice-?over|translat|interpret|narrat|clip|file|video|audio|in |via |through |off)\b)"
    r"(?P<place>[^()\n:]{2,120}?)\))?"
    rf"(?:\s*\({COMMONS_PARTY}\))?"  # 'Rhiannon Pryce (Cardiff Bay East) (Lab): …', a member's party
    r"(?:\s*\((?i:via|on|by) [^()\n:]{2,30}\))?"  # 'CHOI MIN-SEO, FORMER … MINISTER OF UNIFICATION (via Skype): …'
    r"(?:\s*[(\[]\d{1,2}:\d\d(?::\d\d)?[)\]])?\s*:\s+(?=\S)"
)
"""'KOREA REVIEW: …', 'FP: …', 'A&D: …', 'A.S.: …', 'Hartley: …', 'Eleanor Hartley: …', 'Dana Whitaker (00:01:05): …', 'WANG JIAHUI,
BEIJING INSTITUTE OF FOREIGN AFFAIRS: …' (the affiliation no part of the label), 'Dr Nguyen Thi Thu Ha: …' (a rank
and a name of four words): a speaker's turn. 'GRAHAM (Tauranga): …', a
first name and a place, is a caller's or an audience member's (`place`); 'Lee Sang-hyun (Yonhap News Agency): …', a reporter's;
'The Chair (Ms. Ruth Calder (Northgate—Riverside, Lib.)): …', a Canadian committee's chair, her riding and party inside."""
SECTION = re.compile(r"^(?P<name>[^,—–|()]{3,60}?)(?:,\s+|\s+[—–|]\s+|\s*\()(?P<affiliation>[^\s)].{2,}?)\)?$")
"""A signed section's opening line: 'Jane Doe, Senior Fellow at X', 'Jane Doe — Professor, X', 'Jane Doe (Senior Fellow, X)'."""


def plain(paragraph: str) -> str:
    """A paragraph as it reads, each line without Markdown's link and image syntax, heading marks or a leading emoji:
    what detection looks at ('[Opinion](https://…)' reads 'Opinion', '![Kim at the summit](…)' reads 'Image: Kim at the summit')."""
    lines = [_plain_line(line).rstrip() for line in paragraph.split("\n")]  # spaces at a line's end ('  ', Markdown's line break) say nothing
    lines = [re.sub(r"\s+¶$", "", line) for line in lines]  # '… Three Views ¶': a pilcrow a copy leaves at each paragraph's end
    kept = [
        line
        for k, line in enumerate(lines)
        if line.strip()
        and not re.fullmatch(r"\s*[_=]{4,}\s*|\s*<?/?(?:aside|details|summary|div|section|blockquote)>\s*", line)
        and not _AUTHOR_BOX_BUTTON.fullmatch(line.strip())
        and not (  # 'Tomasz Wierzbicki' / 'Follow' / 'Tomasz Wierzbicki is a …': the author box's button between his name and his bio
            line.strip().lower() == "follow" and 0 < k < len(lines) - 1 and lines[k - 1].strip() and lines[k + 1].startswith(lines[k - 1].strip() + " ")
        )
    ]  # a box's edges, a rule over notes, a Notion callout's '<aside>' tags, an author box's buttons: nothing
    return "\n".join(kept) if kept else paragraph


def title_text(paragraph: str) -> str:
    """A title paragraph as the title it states: one line, without Markdown or a tag before it ('[Column] After Hanoi…'). A
    title in capitals over a dek in a sentence's case ('Declaring an End to the Korean War' / 'What an end-of-war declaration
    can, and cannot, do …') is the first line alone; a title wrapped over two lines is both."""
    lines = [line.strip() for line in plain(paragraph).split("\n") if line.strip()]
    if (
        len(lines) == 2
        and not lines[0].endswith((",", ";", "—", "–", "-"))
        and is_headline(lines[0])
        and not is_headline(lines[1])
        and len(lines[1].split()) >= 6
        and lines[1][:1].isupper()
    ):
        lines = lines[:1]
    joined = re.sub(r"(?<=[a-z]-)\n(?=[A-Z])", "", "\n".join(lines)).replace("\n", " ")  # 'Confidence-' / 'Building …': one word, wrapped
    title = re.sub(r"^(?:\[[^\]]{2,30}\]\s*|re\s*:\s*|hed\s*:\s*)", "", joined.strip("*_ "), flags=re.I)  # "RE: …" of a memo, a desk's "HED: …"
    title = re.sub(
        r"^\((?:contribution|lead|news focus|news analysis|interview|column|op-?ed|analysis)\)\s+", "", title, flags=re.I
    )  # Yonhap's "(Contribution) …"
    title = re.sub(r"^(?:episode|ep\.|issue)\s*#?\d{1,4}\s*[:—–-]\s+", "", title, flags=re.I)  # "Episode 27: Keeping the Peace at Panmunjom"
    title = re.sub(r"^oral evidence\s*:\s*(.+?),\s*HC\s*\d{1,5}$", r"\1", title, flags=re.I)  # a Commons committee's: its inquiry, no paper number
    title = re.sub(r"\s+[—–-]{1,2}\s+by\s+(?-i:[A-Z])[\w .’'-]{2,60}$", "", title, flags=re.I)  # "Why Sanctions Failed — by Dmitri A. Sokolov"
    title = re.sub(r"\.?\s+aired\s+[\d:.–-]{1,12}\s*[ap]\.?m?\.?(?:\s*[A-Z]{2,3})?$", "", title, flags=re.I)  # "…; Interview with X. Aired 6-7p ET"
    title = re.sub(r"(?<=\w)\[[a-z]{1,2}\]$", "", title)  # "… from the Ground Up[a]": a shared draft's comment anchored on it
    parts = title.split(" | ")  # "Biden's review: calibrated or vague? | World Insight Talk with …": the headline, not the show's name
    return max(parts, key=lambda part: len(part.split())) if len(parts) > 1 else title


_TRACKED_CHANGE = re.compile(r"\[Deleted: [^\[\]]*\]|\[Inserted: (?P<inserted>[^\[\]]*)\]")
"""A Word document's tracked changes as a copy prints them ('Stockholm, [Deleted: 15][Inserted: 22] May 2023'): read as accepted."""
_COMMENT_ANCHOR = re.compile(r"(?<=[\w.”’\"')])\[(?-i:[A-Z]{1,4})\d{1,3}\]")
"""A Word document's comment anchor glued to the word it is on ('Chun Chaesung[CC1]'), as a copy without its comments keeps it."""


_INVISIBLE = str.maketrans({"\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None})
"""A non-breaking hyphen or space read as the plain one, and zero-width characters as nothing ('Oh Jae‑kyung', 'Share\u200b')."""


def _plain_line(line: str) -> str:
    line = line.translate(_INVISIBLE)
    line = _BOX_DRAWING.sub("", line).strip() if _BOX_DRAWING.search(line) else line  # "│ Author   Dr. SEO Ji-hoon │"
    line = _MD_IMAGE.sub(lambda m: f"Image: {m.group(1)}".strip(), line)
    line = _MD_LINK.sub(lambda m: m.group(1), line)
    line = _ANGLE_LINK.sub("", line) if "<http" in line else line
    line = _MD_HEADING.sub("", line)
    line = BULLET.sub("", line)
    line = _TIMESTAMP.sub("", line)
    line = _MAILCHIMP.sub("", line)
    line = _COMMENT_ANCHOR.sub("", line)
    line = _TRACKED_CHANGE.sub(lambda m: m["inserted"] or "", line) if "[Deleted:" in line or "[Inserted:" in line else line
    start = 0
    while start < len(line) and ((unicodedata.category(line[start]) in ("So", "Sm", "Sk", "Cf") and line[start] not in "©®ⓒ™") or line[start] in "‹›←→※ "):
        start += 1
    return line[start:] if start < len(line) else line


_AUTHOR_BOX_BUTTON = re.compile(r"\[qr code\]|scan (?:to|and) follow [^\n]{2,80}", re.I)
"""'[QR code]' / 'Scan to follow Tomasz Wierzbicki in The Interlocutor app' in an author box: its code's caption, no words of the bio."""
_ANGLE_LINK = re.compile(r"\s*<https?://[^<>\s]+>")
"""'By Marcus Heyward <https://links.peninsulaledger.com/ls/click?upn=…>': a plain-text e-mail's link target, after its words."""
_MAILCHIMP = re.compile(r"^\*\*\s+(?=\S)(?!.*\*\*)|^-{20,}$")
"""'** A New Government in Seoul' over a rule of dashes: a heading as a plain-text email writes it."""
_TIMESTAMP = re.compile(r"^\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+(?=\S)(?![ap]\.?m\b)", re.I)
"""'[00:00:04] INGRID FALK: …': a transcript's time code, before the speaker."""
_BOX_DRAWING = re.compile(r"[\u2500-\u257f]+")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+|^>\s?")
BULLET = re.compile(r"^\s*[-*•▪◦]\s+(?=.*\w)")


_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
"""Letters of the scripts furniture comes in beside English on these pages: Cyrillic, Arabic, Thai, Hangul, kana, Han."""
_BILINGUAL = re.compile(r"^(?P<first>[^/|\n]{2,30}?)\s+/\s+(?P<second>[^/|\n]{2,200})$")


def english_of(line: str) -> str:
    """The English of a bilingual line: 'Теги / Tags: КНДР · США' is 'Tags: КНДР · США', 'Fotoğraf / Photo: KCNA via Reuters'
    'Photo: KCNA via Reuters', 'Share this article / Paylaş' 'Share this article', '日本語版 Japanese version' 'Japanese version';
    and a line in another language, by its furniture words ('글자크기 가 가 | 공유하기' is 'Font size | Share')."""
    if (halves := _BILINGUAL.match(line)) and not any(ch.isdigit() for ch in halves["first"]):
        first, second = halves["first"].strip(), halves["second"].strip()
        accented = [any(ch.isalpha() and not ch.isascii() for ch in part) for part in (first, second)]
        return first if accented == [False, True] else second  # the original, then the English, as a rule
    line = in_english(line)
    if _OTHER_SCRIPT.search(line):
        kept = [word for word in line.split() if not _OTHER_SCRIPT.search(word)]
        return " ".join(kept).strip(" |·•/:")
    return line


_LABEL_TWICE = re.compile(r"^[^/\n:]{2,40}?\s+/\s+(?=(?-i:[A-Z])[\w’' ]{1,30}:\s)")


def english_label(paragraph: str) -> str:
    """A paragraph opened by a label in two languages, read by its English one: 'Nota del editor / Editor's note: This
    interview …' is "Editor's note: This interview …", 'Entrevista realizada por / Interview by: …' is 'Interview by: …';
    and a label in the site's own language, in English ('Nota da redação: Uma versão …' is "Editor's note: Uma versão …")."""
    paragraph = _LABEL_TWICE.sub("", paragraph, count=1)
    if (label := re.match(r"[^:：\n]{2,40}(?=[:：])", paragraph)) and (english := in_english(label.group(0))) != label.group(0):
        return english + paragraph[label.end() :]
    return head_in_english(paragraph)


_COMMENT_ACTION = re.compile(r"(?:reply|like|share|report|save|hide|\d+(?:\s+(?:reactions?|likes?|replies|upvotes?))?)", re.I)
_COMMENT_HEAD = re.compile(
    r"^(?:u/[\w-]{3,30}(?:\s+OP)?\s*·\s*\d+\s*\w+\.?\s+ago\b"  # Reddit: "u/seoulsearching_88 · 3 yr. ago"
    r"|[^\n@]{2,60}\n@\w{2,30}\n(?:replying to @\w+|\w{3} \d{1,2}, \d{4}|\d{1,2}[smhd]|\d{1,2}\s*\w+\s+ago)\b)",  # X, Substack Notes: name, @handle, then a reply or a time
    re.I,
)


def is_comment(paragraph: str) -> bool:
    """A reader's comment or reply as a platform shows it: its name and handle over a time ('Minseo Kang / @minseokang / Apr 28,
    2023'), Reddit's 'u/name · 3 yr. ago', or any card that ends in the platform's buttons ('Like' / 'Reply' / '3 Reactions').
    Not the author's argument, even when the author is the one replying."""
    text = paragraph.strip()
    if _COMMENT_HEAD.match(text):
        return True
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    actions = 0
    for line in reversed(lines):
        if not _COMMENT_ACTION.fullmatch(line):
            break
        actions += 1
    if len(lines) >= 2 and _ACTIONS_IN_A_LINE.fullmatch(lines[-1]) and "reply" in lines[-1].lower():
        return True  # "Daniel Whitfield" / his comment / "Like · Reply · 6y": the buttons on one line
    if len(lines) >= 2 and re.fullmatch(r"\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s+\d{1,2}:\d\d\s+(?:답글|reply)", lines[-1], re.I):
        return True  # a Naver blog's comment: its writer, the words, then '2024. 1. 17. 12:05  답글'
    if (
        len(lines) >= 4
        and lines[-1].lower() == "reply"
        and re.fullmatch(r"(?:[A-Z][a-z]{2}\.? \d{1,2}(?:, \d{4})?|\d{1,2}[hdwm]|\d{1,2} (?:hours?|days?|weeks?) ago)", lines[1])
    ):
        return True  # Substack's: "Min-ji Oh" / "Feb 12" / the comment / "Reply"
    return len(lines) >= 3 and actions >= 2 and any(line.lower() == "reply" for line in lines[-actions:])


_ACTIONS_IN_A_LINE = re.compile(
    r"(?:like|reply|share|love)(?:\s*[·•|]\s*(?:like|reply|share|love|edited|\d+\s*(?:[smhdwy]|mins?|hrs?|days?|wks?|weeks?|mo|yrs?)))+", re.I
)


_PUBLISHER = re.compile(r"(?:the )?[\w &’'.-]{3,60} (?:is|are) (?:published|produced) by (?:the )?[A-Z]", re.I)
_ADDRESS_LINE = re.compile(
    r"[^.!?\n]{0,120}\b\d{1,5}\b(?:[^.!?\n]|(?<=\bTel)\.|(?<=\bFax)\.|(?<=\bNo)\.){0,160}\s+(?:[|·]\s+)?(?:(?:www\.|https?://)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)  # "… | 217 Banpo-daero, Seocho-gu, Seoul 06578, Korea | Tel. 02-2023-8000 | www.kipus.re.kr"
"""A postal address and the site's (or its e-mail) address on one line, the columns of a PDF's back page: no sentence."""


def is_publisher_footer(paragraph: str) -> bool:
    """'The Interpreter is published by the Lowy Institute, … All rights reserved ©': the outlet's footer, though it says who
    publishes as a disclaimer does."""
    return bool(_PUBLISHER.match(paragraph.strip()) and re.search(r"©|\ball rights reserved\b", paragraph, re.I))


_COLOPHON_LINE = re.compile(
    r"(?:publisher(?: (?:&|and) (?:ceo|president|editor))?|published(?: by)?|publication date|date of publication|copyright|editors?|(?:managing |executive )?editor-in-chief|managing editor|editorial (?:department|board|team|office)|layout|design|printed by"
    r"|address|(?:online )?newspaper registration(?: no\.?| number)?|date of registration|registration (?:no\.?|number)|youth protection officer"  # a Korean daily's masthead
    r"|cover (?:photo|image|picture)|photos?|isbn|e?-?issn|doi|url|web(?:site)?|e-?mail|tel|phone|fax)\s*:\s*\S.{0,120}"
    r"|(?:isbn|e?-?issn|doi|tel(?:ephone)?|phone|fax)\s*:?\s*[+\d(][\dX\s().+/-]{5,40}"  # 'ISBN 978-952-7499-12-6', 'Telephone +358 9 432 7700'
    r"|(?:first )?published (?:in (?-i:[A-Z])[a-z]+ (?:19|20)\d\d )?by (?:the )?(?-i:[A-Z]).{2,120}"  # 'Published in September 2021 by the Southern African Centre …'
    r"|(?:©|\(c\)|copyright)\s*[\w .&’'-]{2,60}(?:19|20)\d\d\b.{0,160}",  # '© SACDS 2021. All rights reserved. Material may not be reproduced …'
    re.I,
)
"""A publication's imprint, a field a line: 'Publisher: Norwegian Institute of International Affairs', 'ISSN: 1894-650X'."""


def is_institution_name(line: str) -> bool:
    """A line that names an institution and nothing more ('HELSINKI CENTRE FOR SECURITY POLICY', 'Lowy Institute')."""
    return re.fullmatch(_INSTITUTION_LINE, line.strip()) is not None


_WEB_OR_MAIL = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _colophon(paragraph: str) -> bool:
    """A brief's imprint (its publisher's name and address, then 'Publisher:', 'Published:', 'ISSN:' lines), or its publisher's
    name wrapped as the logo sets it ('Norwegian Institute' / 'of International' / 'Affairs')."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if (
        2 <= len(lines) <= 4
        and all(len(line) <= 30 for line in lines)
        and any(re.match(r"(?:of|for|and|on|the)\s", line) for line in lines[1:])  # a name cut where it runs on: 'of International'
        and re.fullmatch(_INSTITUTION_LINE, " ".join(lines))
    ):
        return True
    fields = sum(bool(_COLOPHON_LINE.fullmatch(line)) for line in lines)
    addressed = any(all(_WEB_OR_MAIL.fullmatch(part) for part in re.split(r"\s*[|·•]\s*", line)) for line in lines) and any(
        re.search(r"\b(?:P\.?\s?O\.? Box|[A-Z]{0,2}-?\d{4,5})\b", line) for line in lines
    )  # "www.nupi.no | post@nupi.no" and "PO Box 7024 …, NO-0130 Oslo": a publisher's address block
    if len(lines) < 3 or (fields < 2 and not addressed):
        return False
    for k, line in enumerate(lines):
        if not (
            _COLOPHON_LINE.fullmatch(line)
            or re.fullmatch(_INSTITUTION_LINE, line)
            or (k == 0 and len(line) <= 40 and not line.endswith((".", "?", "!")))  # the series' name over its editors: 'GIGA Focus Asia'
            or (len(line) <= 60 and re.search(r"\d", line) and not line.endswith("."))  # 'C.J. Hambros plass 2d'
            or all(_WEB_OR_MAIL.fullmatch(part) for part in re.split(r"\s*[|·•]\s*", line))  # 'www.hcsp.fi', 'www.nupi.no | post@nupi.no'
            or _BOILERPLATE_LINE.match(line)
        ):
            return k >= 3 and bool(_FURNITURE_START.match(" ".join(lines[k:])))  # and the publisher's line about itself under it
    return True


def _a_person(line: str) -> bool:
    """Whether a line in capitals is a person's name ('THANDEKA MOKOENA'), not a site's ('KOREA FOCUS')."""
    from korea_cli.bylines import looks_like_name  # bylines reads looks' patterns: imported here, not at the top, to keep that one way

    return looks_like_name(line.title())


_COOKIES = re.compile(r"\bcookies?\b|\b(?:store|access) (?:and(?:/or)? (?:store|access) )?information on your device\b|\byour privacy choices\b", re.I)
_CONSENT = re.compile(
    r"\b(?:accept(?: all)?|consent|reject(?: all)?|(?:cookie |privacy )?settings|manage (?:your )?(?:choices|preferences|options)"
    r"|(?:alle )?akzeptieren|einstellungen|datenschutz\w*|(?:tout )?accepter|param[èe]tres|aceptar|rechazar|configuraci[óo]n|accetta|rifiuta)\b",
    re.I,
)  # and in German, French, Spanish, Italian: 'Alle akzeptieren    Nur notwendige    Einstellungen'
_SIGN_UP_BOX = re.compile(
    r"(?:(?:e-?mail(?: address)?|your e-?mail|enter your e-?mail(?: address)?|type your e-?mail)\W*\s+(?:subscribe|sign up|join)\b"
    r"|\bunsubscribe (?:at )?any ?time\b|\bno spam\b|\b(?:sign up|subscribe)(?: (?:for )?(?:free|now|here|today))?\.?\s*$)",
    re.I,
)
_PROMISE = re.compile(
    r"\b(?:every (?:week)?day|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|morning)|daily|weekly|inbox|newsletter|briefing)\b", re.I
)


def _page_chrome(paragraph: str) -> bool:
    """What a page wraps round an essay, copied with it by a select-all: a cookie banner ('We and our 143 partners store …
    cookies … Accept all  Settings'), a newsletter's sign-up box ('Get Tasman Weekly / … every Friday. No spam … / Email
    address  Subscribe'), a footer of short lines over its copyright ('Leiden University · Rapenburg 70 / Privacy statement
    Cookies … / © 2020 Leiden University')."""
    flat = " ".join(paragraph.split())
    if len(flat) > 900:
        return False
    if _COOKIES.search(flat) and _CONSENT.search(flat) and not re.search(r"\b(?:north|south) korea|\bpyongyang|\bseoul\b", flat, re.I):
        return True
    if len(flat) <= 320 and _SIGN_UP_BOX.search(flat) and _PROMISE.search(flat):
        return True
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    return 2 <= len(lines) <= 5 and lines[-1].startswith(("©", "(c) ", "Copyright")) and all(len(line) <= 90 and not is_prose(line) for line in lines)


_AD_MARK = re.compile(r"[—–-]*\s*(?:advertisement|advertising|sponsored|anzeige|publicité|publicidad)\s*[—–-]*", re.I)
"""A line that marks an advertisement's place: 'ADVERTISEMENT', '- Advertisement -'."""


_BOX_HEAD = re.compile(r"(?:timeline|key dates|glossary|(?:reader|readers[’']) poll)\s*:?", re.I)
"""The heading of a box of dates, terms or votes set beside the argument (a box of figures over the text may be its summary:
see `FIGURES_HEAD`)."""
FIGURES_HEAD = re.compile(r"(?:by the numbers|in numbers|fast facts|quick facts|fact ?box)\s*:?", re.I)
"""'By the numbers' over a box of figures: over the text, the publisher's summary of it; beside the argument, furniture."""


def is_boilerplate(paragraph: str) -> bool:
    """Every line is site furniture: sharing, related links, tags, copyright, cookies, newsletters (under a 'Related:' heading, any short line)."""
    first, _, rest = paragraph.strip().partition("\n")
    if rest and _AD_MARK.fullmatch(first.strip()) and len(rest) > 200 and is_prose(rest):
        return False  # "ADVERTISEMENT" stuck over a paragraph of the argument, as a phone's copy leaves it: the paragraph stays
    if _E_READER_MARK.fullmatch(first.strip()) and len(rest) <= 600:
        return True  # "Highlight (yellow) | Location 1,231" over the words highlighted: the reader's mark, the text's words again
    if len(paragraph) <= 600 and paragraph.count("\n") <= 10:
        english = "\n".join(english_of(line) for line in paragraph.split("\n"))
        if english != paragraph and english.strip() and is_boilerplate(english):
            return True  # '関連記事 Related Editorial: …', 'Etiketler / Tags: North Korea · Sanctions'
        if (labelled := english_label(paragraph)) != paragraph and is_boilerplate(labelled):
            return True  # 'Palabras clave / Keywords: North Korea; sanctions; …', its English label read
    if PHOTO_CREDIT.match(paragraph.strip()) and paragraph.strip().lower().startswith(("©", "copyright")):
        return False  # "© Reuters" under a caption: the photo's credit, not the page's copyright
    if PAGE_FOOTER.fullmatch(paragraph.strip()) or _PRESS_HEAD.match(paragraph):
        return True
    if re.fullmatch(r"(?:\[[^\[\]\n]{1,30}\]\s*){2,8}", paragraph.strip()) and _furniture_parts(" | ".join(re.findall(r"\[([^\[\]]+)\]", paragraph))):
        return True  # "[Download PDF]  [Print]  [Share]": a page's buttons, each in brackets
    if is_publisher_footer(paragraph):
        return True
    flat = " ".join(paragraph.split())
    if len(flat) <= 250 and re.search(r"[·|•]\s*(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b)", flat, re.I) and not re.search(r"\b[a-z]{3,}[.!?]\s+[A-Z]", flat):
        return True  # "Institute for … · Ulaanbaatar, Mongolia · © INASC 2021": the publisher's foot, its copyright last
    if _ADDRESS_LINE.fullmatch(paragraph.strip()):
        return True  # "The Asan Institute …  11, Gyeonghui-gung 1ga-gil, … Seoul 03176, Republic of Korea  www.asaninst.org"
    if _colophon(paragraph):
        return True
    if _FURNITURE_START.match(" ".join(paragraph.split()).lstrip("*_ ")):  # "*The Peninsula Ledger is a reader-supported publication …*"
        return True
    if is_comment(paragraph):
        return True
    if _page_chrome(paragraph):
        return True
    lines = [line.strip("*_ \t") or line.strip() for line in paragraph.split("\n") if line.strip()]  # "**Read also:** …"; "* * *" stays
    if len(lines) == 1 and LINKS_HEADING.match(lines[0]):
        return True  # "Most read", alone: the headlines follow, one a paragraph
    if 2 <= len(lines) <= 6 and re.fullmatch(r"contact(?: us| information| details)?\s*:?", lines[0], re.I) and not any(map(is_prose, lines[1:])):
        return True  # "Contact" over "Embassy of Switzerland in …" and "Contact form | Location and opening hours": the page's foot
    if len(lines) >= 2 and _BOX_HEAD.fullmatch(lines[0]) and all(len(line) <= 200 for line in lines[1:]):
        return True  # "TIMELINE", "GLOSSARY", "READER POLL" over its lines: a box the page adds beside the argument
    if re.fullmatch(r"list\s*\|\s*prev(?:ious)?\s*:.*", " ".join(paragraph.split()), re.I):
        return True  # "List | Prev: CO 19-13 … | Next: CO 19-15 …": the series' links
    if len(lines) >= 2 and all(re.fullmatch(r"(?:prev(?:ious)?|next)\s*[|:›»]\s*\S.{0,200}|list|back to list", line, re.I) for line in lines):
        return True  # "Prev | Issue Brief 2020-13 | …" / "Next | Issue Brief 2020-15 | …" / "List": a board's links, a line each
    if (
        len(lines) >= 3
        and re.fullmatch(r"(?:chapters|timestamps|in this episode)\s*:?", lines[0], re.I)
        and all(len(line) <= 80 and not is_prose(line) for line in lines[1:])
    ):
        return True  # "Chapters" over "0:00 Introduction", "1:12 Why Kishida wants a summit" (their times taken off): a video's chapter list
    if len(lines) == 2 and len(lines[0]) <= 60 and re.fullmatch(r"[\d\s.,\u202f]+[KkMm]?\s+(?:subscribers|members|followers)", lines[1], re.I):
        return True  # "Korea Desk 🇰🇵🇰🇷" over "48 213 subscribers": a channel's header
    under_heading = len(lines) > 1 and (
        LINKS_HEADING.match(lines[0]) or re.fullmatch(r"also this (?:week|fortnight|month|issue)\s*:?", lines[0], re.I)
    )  # "ALSO THIS WEEK" over its links ('→ Manila and Tokyo …'); alone, a newsletter's heading over its own text
    listed = all(  # headlines, or a list ('• Hannah Cole's profile of …: the best guide yet …'), and the page's © line under them
        (len(line) <= 160 and not line.endswith("."))
        or (re.match(r"[–—•»·-]\s", line) and len(line) <= 260)
        or (len(line) <= 240 and _BOILERPLATE_LINE.match(" ".join(line.split())))
        for line in lines[1:]
    )
    teasers = (  # "Related content" / a headline and its date / the teaser under it, and so on
        under_heading
        and re.match(r"(?:related|see also|more (?:from|in|on)|read (?:more|next)|recommended)", lines[0], re.I)
        and all(len(line) <= 240 for line in lines[1:])
        and 2 * sum(not line.endswith(".") for line in lines[1:]) >= len(lines) - 1
    )
    reading = len(lines) > 1 and re.match(
        r"(?:(?:links?\s*:\s*)?what (?:we|i)(?:[’']?(?:re| am|m) reading| read(?: this week)?)|reading list|recommended reading|(?:(?:a few |some |other )?(?:things|links|pieces|reads) )?worth reading)",
        lines[0],
        re.I,
    )
    if reading and all(len(line) <= 300 for line in lines[1:]):
        return True  # "What I'm reading" over the writer's recommendations, a sentence on each: links, not the argument
    if under_heading and (lines[0].lower().startswith(("cite", "how to cite")) or listed or teasers):
        return True
    if any(_CONTENTS_STRIP.fullmatch(line) for line in lines) and all(len(line) <= 100 or _CONTENTS_STRIP.fullmatch(line) for line in lines):
        return True  # 'TIDEWATER QUARTERLY | Issue 38 · Autumn 2024' over its contents strip: the magazine's, copied above the article
    if not lines:
        return False
    if (
        len(lines) <= 3
        and any(re.fullmatch(r"(?:page\s+)?\d{1,3}", line, re.I) for line in lines)
        and all(
            re.fullmatch(r"(?:page\s+)?\d{1,3}", line, re.I)
            or (len(line) <= 80 and (line.upper() == line or (re.search(r"\bno\.\s*\d", line, re.I) and not is_prose(line))))
            for line in lines
        )
    ):
        return True  # a PDF's running header or footer: a page number and the series or publisher in capitals, or the series by
        # its number ('2' over 'ISDP Policy Brief No. 287 – June 28, 2021')
    joined = " ".join(" ".join(lines).split())  # a hard-wrapped copyright notice or cookie banner, in parentheses perhaps; a wide gap a space
    sized = re.sub(r"\s*\(\s*\d[\d.,]*\s?[KkMm]i?B\s*\)", "", joined)  # "PDF Download (412KB)": a file's size beside its link
    if len(joined) <= 400 and any(_BOILERPLATE_LINE.match(form) for form in (joined, _without_icons(joined), joined.strip("()"), sized)):
        return True  # also with its icons taken away: "♡ Like · 💬 Comment · ↻ Restack"
    furniture = [
        len(line) <= 240
        and bool(
            _BOILERPLATE_LINE.match(spaced := " ".join(line.split()))
            or _BOILERPLATE_LINE.match(" ".join(_without_icons(spaced).split()))  # "Share f 𝕏 in ✉ 🔗 Copy link", its icons taken away
            or _furniture_parts(spaced)
            or ("\t" in raw and _furniture_parts(raw.strip()))  # the parts a tab apart: 'Save<tab>Share<tab>Gift this article'
            or is_navigation(line)
            or is_running_head(raw)
            or _ADDRESS_LINE.fullmatch(spaced)  # "CIPSS, 4th Floor, … New Delhi 110003 | +91 11 … | info@cipss.org.in" over the © line
        )
        for line, raw in zip(lines, _raw_lines(paragraph), strict=False)
    ]
    lead = next((k for k, found in enumerate(furniture) if not found), len(lines))
    if 0 < lead < len(lines) and len(rest := " ".join(" ".join(lines[lead:]).split())) <= 600 and _BOILERPLATE_LINE.fullmatch(rest):
        return True  # "Published under the authority of the Speaker …" / "SPEAKER'S PERMISSION" over "The proceedings … are hereby …", wrapped
    headed = next((k for k, line in enumerate(lines) if k and LINKS_HEADING.fullmatch(line)), None)
    if (
        headed is not None
        and all(furniture[:headed])
        and all(len(line) <= 160 and (not line.endswith(".") or re.match(r"\d{1,2}[.)]\s", line)) for line in lines[headed + 1 :])
    ):
        return True  # "Tags: …" / "Share …" / "MOST READ" / "1. Sado gold mine: …": the page's furniture, then its list of headlines
    if (
        len(lines) == 2
        and len(lines[0]) <= 50
        and not lines[0].endswith(".")
        and (
            _names_its_kind(lines[1])
            or (
                re.fullmatch(
                    r"(?:an? )?(?:weekly |fortnightly |monthly )?(?:letters?|dispatch(?:es)?|notes|essays) (?:on|from|about)\s.{2,100}", lines[1], re.I
                )
                and not re.search(r"\b(?:issue|no\.)\s*#?\d|#\d", lines[1], re.I)
            )  # "Letters on the Koreas from …", "A fortnightly letter on the Koreas …" (with its issue's number, a label)
            or re.fullmatch(r"(?i:published|produced|edited|written) (?:daily |weekly |monthly |fortnightly )?by (?:the )?[A-Z].{2,80}", lines[1])
            or (lines[0].isupper() and re.fullmatch(_INSTITUTE_NAME, lines[1], re.I) and not _a_person(lines[0]))  # not 'THANDEKA MOKOENA' over hers
        )
    ):
        return True  # "Korea in Focus" over "A blog of the Centre of Korean Studies": the site's name and its tagline
    if len(lines) == 2 and re.fullmatch(_INSTITUTION_LINE, lines[0]) and (re.fullmatch(_INSTITUTION_LINE, lines[1]) or not re.search(r"[A-Za-z]", lines[1])):
        return True  # "Strategic & Defence Studies Centre" over "ANU College of Asia & the Pacific", or over its name in Russian
    if (
        len(lines) == 2
        and any(re.match(r"(?:©|ⓒ|\(c\)\s|copyright\b|all rights reserved)", line, re.I) for line in lines)
        and all(len(line) <= 80 for line in lines)
        and not lines[1][:1].islower()  # not a list's '(c) Support an easing …' wrapped onto a second line
    ):
        return True  # "The Japan Times: Tuesday, Feb. 15, 2005" over "(C) All rights reserved": the page's footer, its date and all
    if (
        len(lines) >= 2
        and re.match(r"(?:©|ⓒ|copyright\s+©?)\s*(?:\d{4}\s+)?(?:the\s+)?[A-Z]", lines[0], re.I)
        and len(lines[0]) <= 100
        and len(paragraph) <= 900
        and re.search(r"\bcopyright\b|\breproduc|\bwithout (?:the )?(?:prior )?(?:written )?permission\b|\brights reserved\b", " ".join(lines[1:]), re.I)
    ):
        return True  # a report's copyright page: "© The … Institute Limited 2019" over "This publication is subject to copyright. …"
    if len(lines) >= 4 and any(re.match(r"(?:©|ⓒ)", line) for line in lines) and all(len(line.split()) <= 5 and not line.endswith(".") for line in lines):
        return True  # a site's footer: its links one a line, and its copyright
    if (
        len(lines) >= 2
        and re.fullmatch(r"[^@\n]{2,50}\s@\w{2,30}", lines[0])
        and any(re.search(r"\b(?:retweets?|likes|reposts?|views)\b|^\d{1,2}:\d\d\s*[ap]\.?m\.?\s*·", line, re.I) for line in lines[1:])
    ):
        return True  # an embedded post: "Jenny Park @jparkdc" / its words / "3:41 PM · Jun 30, 2019" / "1,204 Retweets": someone else's
    if (
        2 <= len(lines) <= 5
        and all(len(line) <= 120 and not line.endswith(".") for line in lines)
        and is_institution_name(re.split(r"\s+[|·•]\s+", lines[0])[0])  # "Centre for … Studies | Griffin University | Canberra ACT 2600"
        and any(
            re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?", line)
            or re.search(r"(?:\bwww\.|https?://|[\w.+-]+@)[\w-]+(?:\.[\w-]+)+", line)
            for line in lines[1:]
        )
    ):
        return True  # "Friedrich-Ebert-Stiftung Korea Office" / "Seoul, Republic of Korea" / "info.korea@fes.de": its address
    links = [_row_of_links(raw) for raw in _raw_lines(paragraph)]
    if len(lines) >= 2 and any(furniture) and all(done or row for done, row in zip(furniture, links, strict=False)):
        return True  # a site's footer: rows of links set apart by wide gaps ('Information for   Authors   Editors   Librarians'), its copyright
    if len(lines) >= 3 and 2 * sum(furniture) >= len(lines):  # an address block: the name, the street, then telephone and e-mail
        return all(
            done or (len(line.split()) <= 12 and (not line.endswith((".", "?", "!")) or re.search(r"\b(?:[A-Z]\.){2,}$", line)))  # "… D.C."
            for done, line in zip(furniture, lines, strict=True)
        )
    return all(furniture)


_NAVIGATION = frozenset(
    re.findall(
        r"\w+",
        """home about archive archives contact contributors blog news events publications research experts programs donate menu search
        subscribe login politics security economy economics business ideas podcasts podcast magazine world opinion video videos culture
        analysis multimedia topics regions defense defence diplomacy tech technology science sports latest sections section episodes
        sign in log skip to content main support show world asia articles people learning jobs join now list print top sport lifestyle
        edition uk us international navigation subscriptions lifestyle library topics national relations
        authors analytics newsletters projects markets legal investigations translations briefings data
        inicio início accueil análisis analisis análise entrevistas entrevista publicaciones publicações publications noticias notícias
        opinión opinião mundo contacto contato quiénes quienes somos quem""",
    )
)


def is_navigation(line: str) -> bool:
    """A site's menu: three or more menu words, and little else ('THE STRAITS REVIEW Politics Security Economy Ideas Podcasts'),
    in English or in the site's language ('Accueil    Numéros    Analyses    …')."""
    line = in_english(line)  # its words in English, its gaps kept
    words = re.findall(r"[\w’']+", line.lower())
    menu = sum(
        (word in _NAVIGATION or word.rstrip("s") in _NAVIGATION) and (word != "in" or (k and words[k - 1] in ("sign", "log"))) for k, word in enumerate(words)
    )  # 'in' of 'Sign in', not of a wrapped title's 'Relations in a Divided World'
    if line.rstrip().endswith((".", "?", "!", ",")) or re.match(r"(?:department|faculty|school|graduate school|division) of\s", line.strip(), re.I):
        return False  # nor an affiliation's ('Department of Political Science and International Relations,'), wrapped
    if re.search(r"\s(?:and|or|of|at|the|for|with)$", line.strip()) and len(line.split()) >= 5:
        return False  # a wrapped sentence's line ('International Relations at Seoul National University and'), no menu
    if re.search(r"\s(?:at|of)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*\s+(?:University|Institute|Center|Centre|College|Academy)\b", line):
        return False  # a wrapped bio's line ('Science and International Relations at Seoul National University'): where one works
    if re.search(r"[a-z]{2}\.\s+[A-Z][a-z]", line):
        return False  # a sentence ends inside it ('Relations at Seoul National University. His research covers …'): a wrapped bio's line
    parts = re.split(r"\s+[|·•]\s+|\s{3,}|\t", line.strip())
    if len(parts) >= 4 and all(1 <= len(part.split()) <= 4 and not part[:1].islower() for part in parts) and (parts[0].lower() == "home" or menu >= 2):
        return True  # "Home | About Us | Spokesperson's Remarks | Diplomatic Activities | Policies": a menu between bars, or wide spaces
    # a short menu, or a page's whole header copied as one line: its name, then more menu words than any title has
    return (len(words) <= 14 and menu >= 3 and menu >= len(words) - 4) or (len(words) <= 30 and menu >= 5 and 5 * menu >= 2 * len(words))


def _row_of_links(line: str) -> bool:
    """Four short names or more, set apart by tabs or wide gaps and capitalized, none a sentence: a row of a page's links."""
    parts = [part.strip() for part in re.split(r"\s{3,}|\t+", line.strip()) if part.strip()]
    return len(parts) >= 4 and all(1 <= len(part.split()) <= 4 and part[:1].isupper() and not part.endswith((".", "?", "!")) for part in parts)


def _raw_lines(paragraph: str) -> list[str]:
    """The paragraph's lines with their spacing, beside `lines` (which has the same lines, stripped of emphasis)."""
    return [line for line in paragraph.split("\n") if line.strip()]


def is_running_head(line: str) -> bool:
    """A PDF page's running header or footer, set in columns: a page number, 'PAGE 10' or a printing date in one of them
    ('62      KHANGAI FORUM … PROCEEDINGS', 'CHINA HORIZON DAILY      VIEWPOINTS      PAGE 10', '3/8/2019      After Hanoi …'); not
    a footnote's first line, its number set apart by a gap ('1      The request was received on 15 March 2021. …')."""
    parts = re.split(r"\s{4,}|\t+", line.strip())
    numbered = r"(?:page\s+)?[A-Z]?\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,3}\s*/\s*\d{1,3}"  # and "Page 1 of 2"
    worded = [part.split() for part in parts]
    sentence = any(len(words) >= 8 and 2 * sum(word[:1].islower() for word in words) >= len(words) for words in worded)  # a footnote's words
    return 2 <= len(parts) <= 4 and len(line) <= 160 and any(re.fullmatch(numbered, part.strip(), re.I) for part in (parts[0], parts[-1])) and not sentence


_STREET = re.compile(r"\d{1,5}[A-Za-z]?\s+[^,]{3,40},")
"""A street address's number and street, up to its comma."""


def _furniture_parts(line: str) -> bool:
    """A line of parts set apart ('Privacy · Cookie settings · Rue de la Loi 1000'): every part furniture, or most, the rest short."""
    parts = [part.strip() for part in re.split(r"\s+[|·•→]\s+|\t+", line) if part.strip()]  # or a tab between: 'Save<tab>Share<tab>Gift this article'
    matched = sum(bool(_BOILERPLATE_LINE.match(part)) for part in parts)
    if matched == len(parts):
        return True
    if len(parts) == 2 and any(re.match(r"(?:©|ⓒ|\(c\)\s|copyright\b)", part, re.I) for part in parts) and all(len(part.split()) <= 10 for part in parts):
        return True  # "Khangai Forum Proceedings 2018 · © Mongolian Centre for Regional Dialogue,": a footer's name and its copyright
    street = [bool(_STREET.match(part)) for part in parts]  # '37 Samcheong-ro, Jongno-gu, Seoul', '15 Phan Chu Trinh, Hoàn Kiếm, Hà Nội'
    short = all(_BOILERPLATE_LINE.match(part) or len(part.split()) <= 6 or on for part, on in zip(parts, street, strict=True))
    named = all(_BOILERPLATE_LINE.match(part) or part[:1].isupper() or on for part, on in zip(parts, street, strict=True))
    # "Korea Institute for … | Online Series | All rights reserved", and its street ('… · 37 Samcheong-ro, Jongno-gu, Seoul · © …')
    return len(parts) >= 3 and short and (2 * matched >= len(parts) or (matched and named))


PAGE_DIGITS = re.compile(r"\d+")
SIGN_OFF_WORDS = (
    r"(?:until next (?:time|week|month|issue|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|until (?:january|february|march|april|may|june|july|august|september|october|november|december|the new year|next year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then)|(?:with )?(?:warm(?:est)?|kind(?:est)?|best|fond) regards|(?:yours )?sincerely(?: yours)?|respectfully(?: yours)?|best(?: wishes| regards)?|kind regards|regards"
    r"|(?:with )?(?:warm(?:est)? |kind(?:est)? |best |all good )?(?:regards|wishes) from [^,\n]{2,60}|with (?:love|gratitude|thanks|prayers)(?: and (?:love|gratitude|thanks|prayers))?(?: from [^,\n]{2,60})?|yours,? from [^,\n]{2,60}|cheers|all the best"
    r"|see you next (?:week|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|until then|thanks for reading|warmly|yours|(?:talk|speak|more) soon|talk (?:to you )?next (?:week|time)|ng[āa] mihi(?: nui)?|ka kite(?: an[oō])?|(?:thanks|thank you|diolch|merci|gracias|danke) for reading(?:,? and see you (?:next (?:week|time)|in (?:a|two|three) weeks?))?|[àa] (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine) prochaine?(?:,? et merci[^\n]{0,80})?|bises|amiti[ée]s|un (?:fuerte )?abrazo|abrazos|un saludo|saludos|hasta la pr[óo]xima|abra[çc]os|at[ée] a pr[óo]xima|un abbraccio|alla prossima|viele gr[üu](?:ß|ss)e|liebe gr[üu](?:ß|ss)e|bis bald|groetjes|h[äa]lsningar|pozdrawiam|sampai jumpa(?: (?:minggu|pekan) depan| lagi)?|salam hangat|до встречи|с уважением|またね|下周见)"
)
"""A newsletter's or a letter's closing words ('Until next week', 'Kind regards', 'Talk soon'), in several languages."""
SIGN_OFF = re.compile(
    r"^(?:[\w’' ]{2,30}\s[–—-]\s)?"  # 'Iki kito karto – until next time,': the sign-off in the writer's language, then in English
    + SIGN_OFF_WORDS
    + r"(?:\s*[,!.]?\s*(?:\n|\s[—–-]\s)|,[ \t]+)\s*(?:[—–-]{1,2}\s*)?(?:(?:Sr|Fr|Br|Dr|Prof|Amb|Ambassador|Gen|Col|Adm|Capt|Lt|Maj)\.?\s+(?:\((?:retd|ret|retired)\.?\)\s+)?)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){0,2}(?:\s*(?:&|and)\s*[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){0,2})?)(?:\n(?P<affiliation>[^\n]{3,120}))?$",  # "Talk soon — Owen", "-- Dana"
    re.I,
)
"""'Until next time,\nIngrid': a newsletter's sign-off, its writer's name under it."""
_PRESS_HEAD = re.compile(
    r"^(?:notes? to editors?|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|office)|about [\w ]{2,40} university)\s*:?\s*(?:\n|$)", re.I
)
"""A news release's trailing sections, their heading on the first line: whatever is under it is the press office's."""
PAGE_FOOTER = re.compile(
    r"[^\t\n]{3,80}\t\d{1,3}|\d{1,3}\t[^\t\n]{3,80}"
    r"|[^|\n]{3,80}\s\|\s(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\s\|\s\d{1,3}"  # 'ISDP Issue Brief, December 2018 | www.isdp.eu | 2'
    r"|(?:\d{1,3}\s+)?[A-Z]{2,6}-\d{1,3}\s+[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d(?:\s+\d{1,3})?"  # '2 FAIS-31 May 14, 2019': a committee's meeting, its day
)
"""A PDF page's footer as copied, a wide gap (a tab, see `ingest`) between the publisher and the page number, or a bar
between the series, its web address and the page number."""
_E_READER_MARK = re.compile(
    r"(?:your )?(?:highlight|note|bookmark)(?:\s*\((?:yellow|blue|pink|orange|green|purple)\))?\s*[|·-]\s*(?:location|loc\.|page)\s+[\d,]+(?:\s*[|·-]\s*.{0,60})?",
    re.I,
)
"""'Highlight (yellow) | Location 1,231', 'Note | Location 1,238': an e-reader's mark over the words a reader saved, as its export copies them."""
BREADCRUMB = re.compile(_TRAIL, re.I)
_FURNITURE_START = re.compile(
    r"^(?:…\s*|\.\.\.\s*)?(?:[\d,.]+[KkMm]?\s+comments\s+sort by\b|we have a small favou?r to ask|"
    + _SPONSOR_HEAD
    + r"\s+(?-i:[A-Z])|do you have an opinion on the issues raised|want more (?:analysis|stories|coverage|reporting) like this"
    r"|[^\n]{0,160}?\b(?:scanned|digiti[sz]ed) from (?:the )?(?:print|microfilm|microfiche)\b|scanned copy\b|for private study and research only\b"
    r"|(?:my |your )?(?:highlights|annotations|notes (?:&|and) highlights)\s*\(\d{1,3}\)\s*[“\"‘'•*-]"  # a reading app's "Highlights (2)", the saved lines again
    r"|(?:>\s*)?\[!(?:note|info|todo|tip|question|abstract|summary|comment)\][+-]?\s+(?:my |personal |reading )?notes?\b"  # an Obsidian note's own '> [!note] My notes'
    r"|(?:certificate of (?:a |the )?notary public\s+)?i, [^,\n]{3,60}, (?:a )?(?:notary public|court reporter|transcriber)\b[^.]{0,200}\bcertify\b"  # "I, Carleton J. Marsh, notary public …, do hereby certify …"
    r"|(?:(?:reporter[’']?s )?certificate(?: of (?:the )?(?:court |official )?reporter)?\s+)?i, [^,\n]{3,60}, the officer before whom\b[^.]{0,200}\bcertify\b"  # "CERTIFICATE OF REPORTER / I, Janet M. Kowalczyk, the officer before whom …"
    r"|certificate of (?:the )?(?:court |official )?(?:transcriber|reporter|stenographer)\b[\s—–-]{1,6}i (?:hereby )?certify\b"  # "CERTIFICATE OF TRANSCRIBER -- I certify …"
    r"|the (?-i:[A-Z])[\w ()&’'-]{2,60} series is (?:produced|published|edited|coordinated) by\b"  # "The Asia Pacific Bulletin (APB) series is produced by …"
    r"|(?:readers are invited to|we welcome (?:letters|submissions)|letters (?:to the editor )?(?:should|must|may) be (?:sent|e-?mailed|submitted|no (?:more|longer))|letters (?:are|may be) edited for (?:length|clarity|style|space))\b"  # a letters page's call
    r"|(?:\[\d{1,2}:\d\d(?::\d\d)?\]\s*)?this (?:episode|programme|program|podcast|show|newsletter)(?: of [\w ’'-]{2,60})? is (?:supported|sponsored|brought to you|made possible|underwritten) by\b"
    r"|(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+)?(?-i:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}):\s+(?:before we go (?:further|on)|but first|first),? a (?:quick )?(?:word|message|note) from (?:our|this (?:week|episode)[’']s) (?:sponsors?|supporters|partners|funders)\b"  # the host's sponsor read
    r"|partners?\s*:\s*[^.]{2,120}\b(?:provides?|is) (?:funding|support)\b|(?-i:[A-Z])[\w .&’'-]{2,60} (?:selects and translates|translates selected)\b"  # the site's funders, a digest's blurb
    r"|acknowledge?ment of country\b|[^.]{0,60}\backnowledges?\b[^.]{0,80}\btraditional (?:custodians|owners|lands)\b"  # an Australian site's footer
    r"|this is google[’']s cache of\b|printed and distributed by\b|independent journalism costs money\b|a message from (?:the )?[\w ]{2,40}:"
    r"|(?-i:[A-Z][\w .&’'-]{2,80}?)(?: \([A-Z]{2,8}\))? is (?:a|an|the) (?:[\w-]+ ){0,3}(?:think[- ]tank|research (?:institute|centre|center|organi[sz]ation))\b"
    r"|vous (?:recevez|avez re[çc]u) cet (?:e-?mail|courriel)\b|voir la version en ligne\b|vous aimez cette lettre\b|impressum\b|imprint:?\s+(?:published|publisher|editor|©|copyright)\b"
    r"|see you (?:all )?(?:next (?:week|time|month|issue|friday|monday)|in (?:two|a few) weeks)\b(?=[^.!]*[.!](?:\s+(?:as always|until then)\b[^.]{0,80}\.)?\s*$)"  # a newsletter's closing line, its writer's name not in it
    r"|that(?:[’']s| is) (?:it|all) (?:from (?:me|us)|for (?:this|today|now))\b(?!.*[—–]\s*[A-Z][\w’'-]+(?:\s+\d{1,2}/\d{0,2})?\s*$)|do you have something to say about\b|you are welcome to republish\b"
    r"|support (?:our|independent) (?:journalism|reporting)\b|letters to (?:the editor|(?:the )?(?-i:[A-Z])[\w’' ]{2,40}?) (?:can|may|should|must) be (?:sent|e-?mailed|submitted|addressed)?\b|our standards\s*:|(?:this|the) (?:article|essay|column|commentary) (?:first )?appeared in"
    r"|(?:the )?(?-i:[A-Z0-9][\w.&()’'-]*(?:\s+(?:of|for|and|on|in|the|&|[A-Z0-9(][\w.&()’'-]*)){0,10}) is,? (?:in [\w]+, )?(?:the|a|an) (?:main |leading |premier )?(?:independent|non-?profit|non-?partisan|private)\b"
    r"|(?:the )?[\w .&()’'-]{2,60} is (?:a|an|the) (?:free |weekly |monthly |daily |fortnightly |independent |reader-supported |open[- ]access )*(?:newsletter|publication|digest|bulletin|briefing)\b"
    r"|(?:the )?(?-i:(?:Centre|Center|Institute|Foundation|Council|Program(?:me)?|School|Forum|Network|Initiative)\b[^.]{0,100}?\([A-Z]{2,8}\)) (?:seeks|aims|strives|exists|works) to\b"
    r"|(?:the )?(?=(?-i:(?:[A-Z][\w&’'-]* |for |of |on |and |& ){0,6}?(?:Centre|Center|Institute|Foundation|Council|Forum|Network|Initiative)\b))"
    r"(?-i:[A-Z][\w&’'-]*(?: (?:for|of|on|and|&|[A-Z][\w&’'-]*)){0,6}) (?:seeks|aims|strives|exists|works) to\b"  # "The Center for Pacific Dialogue works to …"
    r"|(?-i:[A-Z][\w .&’'-]{1,60}) (?:is|was|are|were) (?:recorded|produced|made|written|created|published) on (?:the )?(?:traditional |unceded )?(?:lands?|country|territor(?:y|ies)) of\b"  # an acknowledgement of country
    r"|(?:founded|established) in (?:\d{4}|the \d{4}s),\s+(?:the\s+)?(?-i:[A-Z])[^.]{0,120}?(?-i:\b(?:Institute|Centre|Center|Council|Foundation|Forum|Network|Initiative|Program(?:me)?|Journal|Review)\b)"
    r"[^.]{0,80}?\b(?:is|has been)\b"  # "Established in 1959, the Norwegian Institute of International Affairs is …": the publisher, of itself
    r"|discover more from (?:the )?(?-i:[A-Z])|share this post\b"  # a newsletter's sign-up box; its share widget, which repeats the title  # a newsletter's sign-up box, over its pitch and the e-mail field
    r"|about this (?:series|column|newsletter|podcast|collection)\s*:"  # "About this series: Peninsula Dialogues is …": the publisher's
    r"|this (?:dialogue|interview|conversation|exchange|roundtable) (?:first )?(?:appears|appeared) in (?:the )?[\w ]{0,40}\b(?:issue|edition)\b"  # a journal's
    r"|(?:the )?(?:full )?(?:video|audio|recording|transcript) of (?:the|this) [\w -]{2,40} is available(?: (?:on|at|from|in|via)\b[^.,;]{0,80}| online| here)?\.?\s*$"  # "The full video of the press conference is available on …"
    r"|käytämme evästeitä\b|lue myös\s*:"  # Finnish: a cookie notice, "read also:"
    r"|when using [\w .&’'-]{2,40} materials\b.{0,40}\b(?:hyperlink|link|reference)\b"  # "When using RusAsia materials, an active hyperlink …"
    r"|gift this article\b"  # a paywalled site's bar: "Gift this article    Share    Save    A A"
    r"|(?:reprinting|reproduction|republication) of (?:the |these |our )?(?:materials?|articles?|texts?|content)\b.{0,40}\bpermitted\b"  # a site's terms
    r"|(?-i:[A-Z][\w .&’'-]{1,60}) is (?:a )?(?:free and )?reader-supported\b"  # "Arms & Diplomacy is reader-supported. Subscribe …"
    r"|(?-i:[A-Z][\w .&’'-]{2,40}) is published (?:every|each|twice|once|monthly|weekly|quarterly|bimonthly|fortnightly)\b[^.]{0,60}\.\s*(?:ISSN|Reproduc|Subscri|©)"  # "Meridiano Sur is published every two months in Buenos Aires. ISSN …"
    r"|(?:have|got) a question (?:for|you(?:[’']d| would) like to ask) (?:a future|the next|our)\b"  # "Have a question for a future Ask the Expert? Email …"
    r"|(?:stay|keep) up to date with (?:the |our )?[\w .&’'-]{0,40}newsletter\b"  # "Stay up to date with the IPS newsletter. Sign up here."
    r"|you can unsubscribe (?:at any time|anytime)\b|by (?:signing up|subscribing),? you (?:are )?(?:agree|agreeing|consent)\b|this site is protected by recaptcha\b"  # a sign-up form's small print
    r"|(?-i:[A-Z][\w .&’'-]{1,40}) newsletter\s+(?:keep up to date|stay (?:up to date|informed)|get the latest|sign up)\b"  # "Daily Sabah Newsletter" over its pitch
    r"|for citation,? please use\b|for citation\s*:|please cite (?:this (?:article|paper|brief|interview|publication) )?as\b|cite (?:this (?:article|paper|brief|publication) )?as\s*:"
    r"|about (?!the\b)(?-i:[A-Z&]{2,8})\s*:?\s+(?=the\b)|republish this article\b|please share this\b|worth reading\b"
    r"|the full (?:report|text|study|paper)\b.{0,120}\bavailable\b"
    r"|(?:a |the )?(?:full )?(?:video|audio)(?: recording)? of (?:the|this) (?:lecture|talk|event|discussion|speech|interview|webinar|panel|conference)\b.{0,60}\bavailable\b)",
    re.I,
)
"""A paragraph that opens as a site's own appeal does, however long it runs."""
COMMENTS_HEAD = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|reader comments|discussion|join the conversation)\s*(?:\(\d+\)|\d+)?\s*[›>]?"
    r"(?:\s*[|·•]?\s*sort(?:ed)? by\s*:?\s*\w+(?: \w+)?|\s+(?:log ?in|sign ?in|register)\b.{0,60})?$|^leave a (?:reply|comment)\b"  # "3 Comments   Sort by: Newest", "Comments (3)   Log in to write a comment"
    r"|^comments?\s*[-–—:]\s*(?:share your|join the|have your say|add your)\b.{0,80}$"  # "Comments - share your knowledge and experience"
    r"|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?|reactions?) (?:on|to)\b.{0,200}$",  # WordPress
    re.I,
)
"""The head of a comment section ('Comments (6)', '💬 23 comments'): what follows is readers', not the author's."""
LINKS_HEADING = re.compile(
    r"^(?:[^/\n]{1,30}/\s*)?(?:related(?: issue| policy| research)?(?: articles?| stor(?:y|ies)| posts| insights?| content| coverage| columns?| essays?| briefs?| videos?| reading| publications| research| topics| tags| news| subjects| interviews| commentar(?:y|ies)| analys[ie]s| links| materials?| q&as?| roundtables?| symposi(?:a|ums?)| debates?| forums?| [\w .]{2,30} links)?|more (?:from|in|on) [\w ]+|read (?:more|next)|see also|recommended(?: for you| from [\w .]{2,30})?|further reading"
    r"|keep reading|more from [\w ’'&.-]{2,40}|(?:recent|latest|other|more) (?:[\w&’'-]+ ){1,3}(?:publications|reports|papers|briefs)|more (?:interviews|articles|stories|commentary|analysis|episodes|transcripts|posts|columns|opinions?|symposia|symposiums|debates|essays|dialogues|letters(?: to the editor)?|forums|roundtables|conversations)(?: (?:by|from) [\w .,’'-]{2,40})?|check out (?:our )?(?:other|more) (?:content|stories|articles)|(?:(?:a few |some |other )?(?:things|links|pieces|reads) )?worth reading(?: this week)?|read also|also read|(?:recommended|more) from (?:medium|substack|linkedin)|others also viewed|further information|what (?:we|i)[’']?(?:re| am|m) reading"
    r"|other (?:commentaries|commentary|articles|stories|columns|interviews|episodes|analyses|opinions)|more in (?:the|this) [\w&' ]{2,30}"
    r"|(?:explore )?more on (?:these|this|related) topics?"  # the page's topics, a link each
    r"|recent (?-i:[A-Z])[\w’'-]{2,30}s"  # "Recent PacNets:" over the series' other headlines
    r"|previous (?:surveys|issues|episodes|columns|editions|briefings|roundtables|debates|questions|letters)"  # "Previous surveys" over the series' links
    r"|(?-i:MORE [A-Z][A-Z0-9&’' -]{2,30})(?=\s*:?\s*$)"  # "MORE HEAD TO HEAD" over the series' other headlines
    r"|also in (?:interviews|opinion|commentary|analysis|this (?:section|series|issue)|[\w&' ]{3,30}?)(?=\s*:?\s*$)"  # "ALSO IN INTERVIEWS" over its links
    r"|(?:upcoming|forthcoming) events|(?:new|recent|latest) (?:publications|reports|papers)"  # a newsletter's listings
    r"|links (?:mentioned|referenced|cited|discussed) in (?:this|the|today[’']s) (?:episode|show|conversation|interview|programme|program|podcast)"  # show notes
    r"|up next"  # a video page's next videos, a line each
    r"|read the original(?: (?:article|op-?ed|essay|piece|column))?"  # a reply's link to the piece it answers
    r"|elsewhere(?: this (?:week|fortnight|month|issue)| on the site| in [\w ]{2,30})?|(?:this blog[’']s |my |the author[’']s )?other posts(?: in [^\n]{2,40})?"
    r"|related posts from [^\n]{2,60}|related from (?:the |our )?[\w ’'-]{2,40}|related (?:conversations|episodes|events)|(?:most )?popular(?: (?:opinions?|world|politics|news|analysis|in [\w ]{2,20}))?(?: now| this week| stories| articles)?|trending(?: now)?"
    rf"|editor[’']?s[’']? (?:picks?|choice)|{_PAST_ISSUES}"
    r"|recommended reading|reading list|you (?:may|might) also be interested in|[\w ]{2,30} recommends"
    r"|latest publications\b.{0,60}|latest (?:commentar(?:y|ies)|opinions?|analys[ie]s|articles|stories|columns|posts|insights)|articles in this (?:story|series)|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|office)|notes to editors|for more information|most (?:read|popular|viewed|shared|commented)(?: (?:articles|stories|news|posts))?(?: (?:from|in|on) [\w ]{2,30})?(?: (?:this|last) (?:week|month|year)| today)?|in this (?:news|story|article)|latest(?: (?:on|in|from) [\w ]+)?|trending(?: now)?|top stories|you (?:may|might) also like|editor[’']?s picks"
    r"|lee también|lea también|leia também|veja também|ver también|lire aussi|à lire aussi|lisez aussi|lesen sie auch|leggi anche|lees ook|читайте также|související články|přečtěte si také|czytaj (?:też|także)|baca juga"
    r"|más en [\w ’'-]{2,40}|mais em [\w ’'-]{2,40}|plus (?:dans|de) [\w ’'-]{2,40}|watch\s*\|\s*related videos?|related videos?"
    r"|cite this(?: article| brief| page| publication)?|how to cite(?: this \w+)?|more|(?:[\w]{2,10} )?access ranking|[\w ]{2,20} recommends"
    r"|key ?words|tags|filed under|elsewhere (?:on|in|from) (?:the )?[\w ’'-]{2,40}|(?:latest|more|top|breaking) (?:news|stories))\s*:?$",  # 'More' over swissinfo's links; 'KEYWORDS' over the page's tags
    re.I,
)
_KICKER_WORD = re.compile(
    r"\b(?:weekly|daily|monthly|quarterly|review|watch|roundup|round-up|dispatch|in focus|explainer|the interview|voices|notes from|letter from|"
    r"desk|observer|outlook|react|reacts|reaction|speeches|transcripts?|remarks|lead|leaders?)\b",
    re.I,
)


_EVENT_SERIES = re.compile(
    r"(?:[\w’'-]+\s+){0,4}(?:lecture|seminar|speaker|webinar|event|podcast|talk|colloquium|conversation|dialogue)s?\s+series(?:\s+(?:on|in|about|for)\s+[\w ’'-]{2,50})?",
    re.I,
)
"""A series of events by its name, '(Distinguished) Lecture Series on Northeast Asia': a label, however many words it takes."""


def is_label(paragraph: str, following: str | None) -> bool:
    """A series or section label over the title ('Policy Brief No. 2019-04', 'Asia Program | Analysis', 'NORTH KOREA IN FOCUS'), not the title itself.

    Short, with a title after it, and marked as a label is: a label's words, a separator, or capitals over a title that is not.
    """
    paragraph = paragraph.strip("*_ ") if re.fullmatch(r"(?:\*\*|__)[^*_]+(?:\*\*|__)", paragraph.strip()) else paragraph  # '**Q&A**' in Markdown
    if (
        following is not None
        and len(paragraph) <= 200
        and re.search(r"\b(?:proof|official) (?:committee )?hansard\b", paragraph, re.I)
        and len(following.split()) >= 4
    ):
        return True  # 'COMMONWEALTH OF AUSTRALIA / Proof Committee Hansard / SENATE / …' over the inquiry's name: the record's masthead
    if len(paragraph) > 100 or following is None:
        return False
    if paragraph.rstrip("*_ ").endswith("?") and len(paragraph.split()) >= 5:
        return False  # 'WHAT SHOULD SEOUL ASK OF THE NEXT AMERICAN PRESIDENT?' over its dek: a headline asks, a label does not
    if re.match(r"(?:oral answers to questions|written (?:answers|questions|statements)|westminster hall|urgent questions?|inquiry\s*:)", paragraph, re.I):
        return True  # 'Oral Answers to Questions / Foreign, Commonwealth and Development Office' over the exchange: Hansard's section
    if (tagged := re.match(r"\[[^\[\]]{2,30}\]\s+", paragraph)) and len(paragraph[tagged.end() :].split()) >= 5:
        return False  # '[INTERVIEW] “Pyongyang has dropped the fiction of one nation — …”': the headline, its tag run into it
    if (
        tagged
        and LABEL.fullmatch(tagged.group().strip())
        and not paragraph.rstrip().endswith((".", "?", "!"))
        and 5 <= len(following.split()) <= 25
        and len(following) > len(paragraph)
        and not following.rstrip().endswith(".")
    ):
        return True  # '[Column] Peninsula Watch' over 'A freeze is not a surrender. It is the only door still open': the column's name
    run_in = re.fullmatch(r"(?:opinion|commentary|analysis|op-?ed|perspective|editorial)\s+\|\s+(?P<headline>[^|]{20,})", paragraph, re.I)
    if (
        run_in
        and len(run_in["headline"].split()) >= 5
        and not re.match(r"(?:column|series|blog)\s*:", run_in["headline"], re.I)  # 'OPINION | COLUMN: BOOTS ON THE PENINSULA': the column's name
        and (is_prose(following) or (len(following.split()) >= 12 and not is_headline(following)))
    ):
        return False  # "Opinion | Singapore summit: A handshake is not a settlement" over its dek: the title, its section run into it
    if re.search(r"\S\s+(?:episode|ep\.)\s*#?\d{1,4}$", paragraph, re.I) and len(following.split()) >= 4:
        return True  # 'Demilitarized: Conversations on Korean Security' / 'Episode 87' over the episode's headline: the show and its number
    if (
        re.search(r"(?:[.|·]\s+|^(?-i:[A-Z][A-Z’' -]{3,40}[A-Z])\s.*\s)(?:issue|no\.)(?:\s+no\.)?\s*#?\s?\d{1,4}$", paragraph, re.I)
        and len(following.split()) >= 4
    ):
        return True  # 'Peninsula in Translation' / 'Korean-language commentary …, in English. Issue #64', 'THE LEDGER' / '…' / 'Issue No. 112': a newsletter's masthead
    numbered = re.match(r"issue\s*#\s?\d{1,4}\s*:\s+(?P<headline>.+)", paragraph, re.I)
    if numbered and len(numbered["headline"].split()) >= 4 and is_headline(numbered["headline"]) and following.endswith("."):
        return False  # 'Issue #87: When the Guard Posts Come Back' over its dek: the headline, the newsletter's number before it
    parts = re.split(r"\s+[|·•]\s+", paragraph)
    if (
        2 <= len(parts) <= 4
        and len(parts[0].split()) <= 4  # a site's name, not a headline ('North Korea, Russia and the New Alliance | Interview with …')
        and any(LABEL.fullmatch(part.strip()) and len(part.split()) <= 3 for part in parts[1:])
        and len(following.split()) >= 4
        and (not is_prose(following) or is_headline(following))
    ):
        return True  # 'Te Lumaga Review | Commentary | Asia-Pacific Security': the site, its section and its region, over the headline
    if LABEL.match(paragraph) and (len(paragraph.split()) <= 5 or re.search(r"[|·•—–#]|\s/\s|\bno\.|\d", paragraph, re.I)):
        return True  # 'Commentary' over a title, even one that ends with a full stop (a longer line with a label's word is a title)
    if _EVENT_SERIES.fullmatch(paragraph) and len(following.split()) >= 4:
        return True  # 'Distinguished Lecture Series on Northeast Asia' over the lecture's title: the series it belongs to
    if re.fullmatch(r"(?-i:[A-Z])[\w’'&.-]*(?:\s+(?-i:[A-Z])[\w’'&.-]*){0,3}\s+#\s?\d{1,4}", paragraph) and len(following.split()) >= 4:
        return True  # 'CrossCurrents #41', 'PacNet #23' over the headline: a series and its number
    if re.fullmatch(r"(?:panel|roundtable) discussion", paragraph.strip(), re.I) and len(following.split()) >= 4:
        return True  # 'Panel Discussion' alone over the headline (with its place and day, 'Panel discussion · Helsinki, …', a date line)
    item = r"(?-i:[A-Z])[\w’'&-]*(?:\s+(?:-\s+)?[\w’'&-]+){0,4}"
    if (
        re.fullmatch(rf"{item}(?:,\s+{item}){{2,}}", paragraph)
        and (paragraph.count(",") >= 3 or re.search(r"\s(?-i:[a-z])", paragraph))  # not a headline's triad ('Freeze, Verify, Then Bargain')
        and len(following.split()) >= 4
        and not is_prose(following)
    ):
        return True  # 'Korean Peninsula, Security, Nuclear weapons' over the headline: the page's topics
    if " / " in paragraph and (english := english_of(paragraph)) != paragraph and LABEL.fullmatch(english) and len(english.split()) <= 4:
        return True  # 'Voces de Asia / Asian Voices': the section's name twice, the English read
    if re.match(r"(?:an? )?(?:interview|conversation|q ?& ?a) with\b", paragraph, re.I) and following.startswith(("'", "‘", '"', "“")):
        return True  # 'Interview with Former South Korean Vice Minister' over the quoted headline: the kicker, not the title
    if len(paragraph.split()) <= 2 and following.startswith(("'", "‘", '"', "“")) and not paragraph.endswith((".", "?", "!", ":")) and len(following) <= 120:
        return True  # 'Korea' over '"Soldiers Talk First"': a one-word kicker over the quoted headline
    if is_prose(following) or len(following) > 220:
        return False
    letters = [ch for ch in paragraph if ch.isalpha()]
    capitals = (
        len(letters) >= 4
        and paragraph.upper() == paragraph
        and following.upper() != following
        and not (
            len(paragraph.split()) >= 4 and re.search(r"\w,\s+\w", paragraph) and (len(following.split()) >= 12 or re.search(r"[.!?]\s+[A-Z]", following))
        )  # 'A HANDSHAKE, NOT A BLUEPRINT' over a dek of sentences: a headline's clauses ('FIVE QUESTIONS, THREE EXPERTS' over a headline: a label)
    )
    sentence = len(paragraph.split()) >= 4 and paragraph.rstrip("”’\"' ").endswith((".", "!", "?"))  # 'CALIBRATED, PRACTICAL – AND PATIENT?'
    separated = (
        re.search(r"\s[|·•]\s", paragraph) is not None
        or _SECTION_PATH.fullmatch(paragraph) is not None
        or (
            re.search(r"\s(?:--|—|–)\s", paragraph) is not None
            and not paragraph.startswith(("“", '"', "‘", "'"))
            and not sentence  # not "“Deterrence is working — but …”"
            and not re.fullmatch(r".*\b[a-z]{3,}\b.*\s(?:--|—|–)\s[a-z].*", paragraph)  # nor "Kim's deadline is a negotiating tactic — and a real one"
            and not re.search(
                r"\s(?:--|—|–)\s(?i:and|but|or|yet|so|not)\s", paragraph
            )  # nor "… Is Not a Peace Treaty — and That Is Its Point", "… — But Not …"
        )
    )
    words = len(paragraph.split())
    numbered = (
        re.search(r"\b(?:vol(?:ume)?\.?|no\.|nr\.|issue|number)\s*\d|\bn\.?[°º]\s*\d|\(\d{1,2} of \d{1,2}\)|\bpart \d{1,2} of \d{1,2}\b", paragraph, re.I)
        is not None
    )  # "Journal of X, Vol. 31, No. 2", "A SERIES (2 of 3)"
    numbered = numbered or re.fullmatch(r"[\w .’'-]{2,40}\s\d{1,4}", paragraph) is not None  # "Asie.Visions 131"
    if len(paragraph) > 60:
        return separated or numbered  # "The East Asia Institute Working Paper Series No. 2020-11 | Peace and Security"
    return capitals or separated or numbered or (words <= 4 and _KICKER_WORD.search(paragraph) is not None and len(following.split()) > words)


_SECTION_PATH = re.compile(r"(?-i:[A-Z][\w’'&-]*(?: (?:and|&|[A-Z][\w’'&-]*)){0,3})(?: / (?-i:[A-Z][\w’'&-]*(?: (?:and|&|[A-Z][\w’'&-]*)){0,3})){1,3}")
"""'Security / Korean Peninsula': the site's sections, a slash between, over the headline."""


def label_over_publisher(paragraph: str, following: str | None) -> bool:
    """A PDF cover's series label over its publisher's name, in one block ('CENTRE OF GRAVITY SERIES' / 'Paper #71' /
    'Strategic & Defence Studies Centre' / 'ANU College of Asia & the Pacific'), or under it ('THE WHITFIELD CENTER FOR ASIAN
    SECURITY' / 'KOREA PROGRAM EVENT SERIES'): a label, not the title."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    under = over = 0
    while under < len(lines) and re.fullmatch(_INSTITUTION_LINE, lines[-1 - under]):
        under += 1
    while over < len(lines) and re.fullmatch(_INSTITUTION_LINE, lines[over]):
        over += 1
    return (0 < under < len(lines) and is_label(" ".join(lines[: len(lines) - under]), following)) or (
        0 < over < len(lines) and is_label(" ".join(lines[over:]), following)
    )


def is_prose(paragraph: str) -> bool:
    """Sentences, not a heading: long, or ending as a statement does with more than a few words (a title may well ask a question)."""
    ended = paragraph.rstrip("”’\"')*")
    return len(paragraph) > 200 or (len(paragraph.split()) >= 8 and ended.endswith((".", "!")) and not _LEGAL_FORM.search(ended))


_LEGAL_FORM = re.compile(r"\s(?:e\.\s?V|Inc|Ltd|GmbH|gGmbH|S\.A|A\.G|Pty\. Ltd|Co\., Ltd)\.$")
"""'Berliner Forum für Ostasienpolitik e.V.', 'Asia Pacific Press Pty. Ltd.': an organisation's name ends here, no sentence."""


HEADING_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|(?:[IVXLC]{1,6}|\d{1,2}|[A-H])[.)])\s+\S")
"""'I. Introduction', '2.1 The Sequencing Dilemma', 'A. Background': a numbered section heading."""


def is_headline(text: str) -> bool:
    """Whether `text` is set as a headline is, its words capitalized ('What Hanoi Must Deliver'), or as a sentence ('What Hanoi must deliver')."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def is_heading(flat: Sequence[str], i: int, first_body: int, roles: Sequence[str | None]) -> bool:
    """A short line between paragraphs of prose, ending as no sentence does: a heading within the body."""
    p = flat[i]
    if (
        len(p) > 100
        or is_prose(p)
        or p.endswith((".", "!", ";", ":", ","))
        or re.search(r"[.!?;:,][”’\"']?(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$", p)  # '… since 2017.[4]': a sentence's end, its note marked
        or len(p.split()) > 12
        or re.search(r"\s\d{1,2}/\d{0,2}$", p)
    ):
        return False  # not a sentence's end; nor a thread's numbered post ('So what would a not-backwards approach look like? 9/')
    if HEADING_NUMBER.match(p):
        # but not the next item of a numbered list of sentences ('2. Regional … programmes.' over '3. Financial intelligence units
        # should receive the Panel's lists of front'), cut short by a page break; 'II. Observations' after '12. The Panel …' heads
        item, before = re.match(r"(\d{1,2})[.)]\s", p), re.match(r"(\d{1,2})[.)]\s", flat[i - 1]) if i > 0 else None
        return not (item and before and int(item[1]) == int(before[1]) + 1 and flat[i - 1].rstrip("”’\"' ").endswith((".", ";")) and len(flat[i - 1]) > 100)

    # the paragraph after may be prose cut by a page break ('… at the Yongbyon'): long, with a sentence ended inside it
    def prose_at(k: int) -> bool:
        return 0 <= k < len(flat) and (
            is_prose(flat[k])
            or (len(flat[k]) > 120 and ". " in flat[k])
            or (
                flat[k].endswith(":")
                and len(flat[k].split()) >= 6
                and k + 1 < len(flat)
                and (
                    is_prose(flat[k + 1])
                    or re.match(r"(?:\d{1,2}[.)]|[•▪●–-])\s", flat[k + 1]) is not None
                    or (len(flat[k + 1]) >= 40 and flat[k + 1].endswith(";"))  # its first item, its bullet gone, ended by a semicolon
                )
            )
        )  # or a sentence that brings in a list ('So what should Seoul bring to the table? Three things …:', '… the following steps:')

    def short_at(k: int) -> bool:  # another heading beside it: 'Commentary' over 'From landmines to a "quasi-state of war"'
        return (
            0 <= k < len(flat)
            and roles[k] in (None, "subtitle")
            and len(flat[k]) <= 100
            and not is_prose(flat[k])
            and not flat[k].endswith((".", "!", ";", ":", ","))
        )

    def sentence_at(k: int) -> bool:  # 'Two things.' opening the section, then its prose
        return 0 <= k < len(flat) and roles[k] is None and len(flat[k].split()) <= 6 and re.fullmatch(r"[A-Z][^.!?]{2,60}[.!?]", flat[k]) is not None

    next_is_prose = (
        prose_at(i + 1)
        or ((short_at(i + 1) or sentence_at(i + 1)) and prose_at(i + 2))
        or (i + 1 < len(flat) and roles[i + 1] == "caption" and (prose_at(i + 2) or prose_at(i + 3)))  # over a table's caption and the table
        or (  # over 'Location 1246', an e-reader's mark (not over a page's footer that cut a sentence, which goes on in lower case)
            i + 1 < len(flat) and roles[i + 1] == "boilerplate" and len(flat[i + 1]) <= 40 and prose_at(i + 2) and not flat[i + 2][:1].islower()
        )
    )
    previous = re.sub(r"(?<=[.!?”’\"'])(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})$", "", flat[i - 1]) if i > 0 else ""  # "… across borders.5": a footnote's number glued on
    previous_is_prose = (
        i == first_body
        or (
            i > 0 and (is_prose(previous) or roles[i - 1] in ("boilerplate", "notes", "dateline", "byline", "caption"))
        )  # or a page's footer, a signature, a photo's caption
        or (short_at(i - 1) and prose_at(i - 2) and prose_at(i + 1))  # the second of two headings
        or (
            i > 0 and roles[i - 1] in (None, "body") and re.search(r"^[a-z].*\w[.!?][”’\"']?(?:\[\d{1,3}\])?$", flat[i - 1]) is not None
        )  # a sentence's end over a page break
        or (
            i - 1 >= first_body
            and roles[i - 1] in (None, "body")
            and len(previous.split()) >= 8
            and re.search(r"\w[.!]\s+[A-Z][^.!?]*\?$", previous) is not None
        )  # '… the practical question. What would it take to verify a freeze, and who would do it?': prose that ends asking
        or (
            i > 0 and roles[i - 1] == "subtitle" and re.fullmatch(r"(?:chapter|part)\s+[\dIVXLC]{1,5}", flat[i - 1], re.I) is not None
        )  # 'Chapter 3' over its title
    )
    return next_is_prose and previous_is_prose and (i > first_body or len(p.split()) <= 8)
