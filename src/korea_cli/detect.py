"""Reading an essay's parts from its paragraphs: which is the title, a dateline, a byline, the body, a footnote, and whose words each is.

Pure functions over the paragraphs (each folded to one line of single
spaces); nothing here knows about the corpus but the names of the authors it
already has, passed in. `read` classifies each paragraph by its own look,
then by where it stands: a header (series label, title, subtitle, dateline,
bylines, credits), the body (an author's argument, or in an interview the
answers), and trailing matter (notes, bios, disclaimers, boilerplate).
What it finds is a draft for a person to review, never a fact.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from korea_cli.text import fold

# -- dates ----------------------------------------------------------------------------------------

_MONTHS = {
    m: i
    for i, name in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)
    for m in (name, name[:3], name[:4])
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})-{_MONTH}-(?P<year>(?:19|20)\d\d)\b", re.I),  # 14-Jun-2018
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month_number>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b{_MONTH}\s*/\s*[a-z]{{3,9}}\.?\s+(?P<year>(?:19|20)\d\d)\b", re.I),  # "May/June 2020": an issue's first month
    re.compile(r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b"),  # 11/27/2018; 03/04/2019 says no month for sure
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[./](?P<month_number>\d{1,2})[./](?P<day>\d{1,2})\b"),  # 2021.03.15
    re.compile(r"\b(?P<year>(?:19|20)\d\d)\.\s(?P<month_number>\d{1,2})\.\s(?P<day>\d{1,2})\.?"),  # 2024. 03. 18. (Korean style)
]
_DATELINE_WORDS = re.compile(
    r"^(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+[·|•]\s+(?=(?:published|posted|updated)\b))?"  # "Brussels · Published …"
    r"(?:source\s*:\s*[\w .]{2,40}?\s+(?=published\b))?(?:no\.\s*\d+\s*[–—-]\s*)?"  # "Source:Global Times Published: …", "No. 108 – 30 August 2022"
    r"(?:(?:(?:published|posted|updated)(?: on)?|last updated|first published|date|dated|on|aired|recorded|delivered)\b\s*:?\s*)?"
    r"(?:\d+\s*(?:minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?)\s+ago\s*[·|•–—-]\s*|just now\s*[·|•–—-]\s*)?"  # "3 hours ago · March 12, 2019"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
    r"(?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s+)?"  # "Updated 21:07, 14-Jun-2018"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?:,\s+[A-Z][\w.’'-]*)?\s*(?:,|—|–|-{1,2})\s+)?",  # a place: "Seoul, March 4, 2019", "Washington, D.C. — March 12, 2019"
    re.I,
)
_AFTER_DATE = re.compile(
    r"^(?:(?:,|\s+[-–—|·])?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|\s*[|·•–—-]\s*\d+\s*min(?:ute)?s?\s*read|\s*\([^()]{1,30}\)"
    r"|\s*[|·•]?\s*(?:updated|last updated|modified)\b.*)*\s*[.]?$",
    re.I,
)


def dateline(paragraph: str) -> tuple[str | None, str] | None:
    """(YYYY[-MM[-DD]], the words that state it) when the paragraph is a date line and nothing more.

    The value is None for a date written so that day and month could be either ('03/04/2019'): a date line, but no date.
    """
    if len(paragraph) > 90:
        return None
    head = _DATELINE_WORDS.match(paragraph)
    start = head.end() if head else 0
    for pattern in _DATES:
        match = pattern.match(paragraph, start)
        if match and _AFTER_DATE.match(paragraph[match.end() :]):
            if match.groupdict().get("first"):
                first, second = int(match["first"]), int(match["second"])
                day, month = (first, second) if first > 12 >= second else (second, first) if second > 12 >= first else (None, None)
                if day is None and "." in match.group(0):
                    day, month = first, second  # '12.03.2020': dots are the day-first convention of Europe and Asia
                elif day is None:  # '04/03/2019 … updated 19/03/2019': another date on the line shows the order
                    for other in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(?:19|20)\d\d\b", paragraph[match.end() :]):
                        if int(other[1]) > 12 >= int(other[2]):
                            day, month = first, second
                        elif int(other[2]) > 12 >= int(other[1]):
                            day, month = second, first
                value = f"{match['year']}-{month:02d}-{day:02d}" if day else None
                return (value if value is None or _is_date(value) else None), match.group(0)
            value = _normal_date(match)
            if value is not None:
                return value, match.group(0)
    return None


def _is_date(value: str) -> bool:
    from korea_cli.corpus import is_date

    return is_date(value)


def _normal_date(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = int(parts["month_number"]) if parts.get("month_number") else _MONTHS[parts["month"].lower().rstrip(".")]
    day = parts.get("day")
    value = f"{parts['year']}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    return value if _is_date(value) else None


# -- names ------------------------------------------------------------------------------------------

_HONORIFIC = (
    r"(?:(?:Major|Lieutenant|Brigadier|Lt\.?|Maj\.?|Brig\.?)\s+(?:General|Gen\.?)|(?:Lieutenant|Lt\.?)\s+(?:Colonel|Col\.?|Commander|Cmdr\.?)|"
    r"(?:Rear|Vice)\s+(?:Admiral|Adm\.?)|Major|Maj\.|Captain|Capt\.|Commander|Cmdr\.|General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Ambassador|Amb\.|"
    r"Professor|Prof\.?|Doctor|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Sir|Rep\.|Sen\.|Hon\.|The Honorable)(?=[\s(]|$)"  # "Dr Helena Marchbank", as British style writes it
)
_RANKS = re.compile(rf"^(?:{_HONORIFIC}\s+)+(?:\((?:ret|retd|retired)\.?\)\s+)?", re.I)
_RANK_AFTER = re.compile(rf"\s*\((?:ret|retd|retired)\.?\)|,?\s+(?:Ph\.?\s?D\.?|M\.?A\.?|MBA|Esq\.)$|,\s+(?:{_HONORIFIC}\s*)+$", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|[a-zà-öø-ÿ][\w'’-]*-[\w'’-]+|van|von|de|der|da|di|bin|al|le|la|del|dos)$")
_BY = re.compile(
    r"^(?:written\s+by|by|authors?\s*:|authors?(?=\s+(?:Dr\.|Prof\.)?\s*[A-Z]{2,})|(?:remarks|speech|address|keynote|lecture|statement|testimony)\s+(?:by|of)"
    r"|(?:(?:report|summary)\s+)?(?:prepared|compiled|written)\s+by|rapporteur\s*:)\s+(?P<rest>.+)$",
    re.I,
)
_AFFILIATION_START = re.compile(
    r",\s+(?=(?:a|an|the)\s|[A-Z]|[a-z]+(?:\s+[a-z]+){0,3}\s+(?:of|at|in|for|with)\b|[a-z]+$)"
)  # …, research fellow at X; …, rapporteur


def clean_name(text: str) -> str:
    """A person's name without ranks, honorifics or degrees: 'Major General (ret.) Mats Engman' -> 'Mats Engman'."""
    name = _RANKS.sub("", text.strip().strip("*_ ").rstrip("*†‡¹²³⁴⁵⁶⁷⁸⁹⁰ ").strip())
    previous = None
    while previous != name:
        previous = name
        name = _RANK_AFTER.sub("", name).strip()
    return name


_NOT_NAME_WORDS = frozenset(
    re.findall(
        r"\w+",
        """the of and for in on to a an is with by daily times herald news journal weekly diplomat tribune gazette magazine online media
        korea korean asia asian china japan europe america press review opinion executive summary key findings introduction conclusion
        conclusions abstract contents recommendations background overview what why how when where which who not no went wrong right next
        now new after before toward towards beyond between against over under ahead home about archive archives contact menu search subscribe""",
    )
)
"""Words of a sentence, a masthead ('KOREA JoongAng DAILY') or a section, never of a person's name."""


def looks_like_name(text: str, lowercase_ok: bool = False) -> bool:
    """Two to five words, each capitalized (or all lower case, as some bylines are), with no words of a sentence."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(w.lower() in _NOT_NAME_WORDS for w in words):
        return False
    if lowercase_ok and text == text.lower() and all(re.fullmatch(r"[a-zà-öø-ÿ][\w'’-]*", w) for w in words):
        return True
    return all(_NAME_WORD.match(w) for w in words) and any(w[0].isupper() for w in words)


def split_names(text: str) -> list[str]:
    """'A, B and C' / 'A & B' / 'A with B' -> each name, ranks removed ('Jr.' is part of a name)."""
    return [clean_name(n) for n in re.split(r",\s*(?:and\s+)?(?!(?:Jr|Sr)\.?\b)|\s+and\s+|\s*&\s*|\s+with\s+", text, flags=re.I) if n.strip()]


def romanized(name: str) -> set[tuple[str, str]]:
    """The ways a name can be read as (surname, given names run together): 'Chun Chae Sung', 'Chae-sung Chun' and 'CHUN Chaesung' meet.

    Korean given names are written with a hyphen, a space or neither; the
    surname may come first or last. Different given names stay apart:
    Sang-hyun Lee is not Sangsoo Lee.
    """
    words = [w for w in re.split(r"[\s,]+", fold(clean_name(name)).replace("-", "").replace("'", "").replace("’", "")) if w]
    if len(words) < 2:
        return set()
    return {(words[0], "".join(words[1:])), (words[-1], "".join(words[:-1]))}


# -- the look of one paragraph ----------------------------------------------------------------------

_LABEL = re.compile(
    r"^(?:(?:[\w’'-]+ ){0,3}(?:policy brief|issue brief|brief|commentary|comment|analysis|op-?ed|opinion|perspectives?|viewpoint|interview|expert views?|"
    r"special report|working paper|report|essay|column|insight|explainer|q ?& ?a|roundtable|round table|conversations?|dialogues?|symposium|debate|podcast|"
    r"series|in focus|spotlight|briefing|reaction|monitor|newsletter|bulletin|digest|update|issue \d+)\b[\w .#:|/·,—–-]*|[\w ]+\s*[|·]\s*[\w ,·|]+|\[[\w ]{2,30}\])$",
    re.I,
)
_EDITORS_NOTE = re.compile(
    r"^(?:editor[’']?s[’']? note\b|note from the editors?\b|(?:as prepared for delivery|check against delivery)\b"
    r"|this (?:article|piece|column|essay|interview|commentary) was (?:amended|corrected|updated|conducted)\b"
    r"|(?:the following|this) (?:interview|conversation|transcript|q ?& ?a) (?:has been|was|is)\b|this is an? (?:english )?(?:summary|translation|abridged version)\b|(?:correction|clarification)\s*:|(?:this interview )?(?:has been |was |is )?(?:edited|condensed|lightly edited)"
    r"(?: and (?:edited|condensed))? for (?:length|clarity|brevity)|this (?:interview|transcript|conversation) (?:has been |was |is )?(?:edited|condensed|lightly edited))",
    re.I,
)
_EDITORS_NOTE_HEAD = re.compile(r"^(?:editor[’']?s[’']? note|note from the editors?)\s*:?$", re.I)
_CREDIT = re.compile(
    r"^(?:interview(?:ed)?(?: conducted)? by|interview(?:er)?\s*:|illustration\s*:|this issue was (?:edited|produced|compiled) by|panel(?:ists)?\s*(?:[IVX\d]+\s*)?[—:–-]|(?:conducted|moderated|hosted|produced) by|(?:host|producer|moderator|audio)\s*:|translated(?: from [\w ]+)? by|translation by|(?:compiled and )?edited by|compiled by|reporting by|additional reporting by|illustration by"
    r"|(?:photo |image )?credits?\s*:)",
    re.I,
)
_BOX = re.compile(r"^(?:key (?:points|takeaways|findings)|at a glance|highlights|in brief|summary|synopsis|abstract|tl;?dr)\b\s*[:•·—-]?", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our)\b")
_CAPTION = re.compile(
    r"^(?:\[(?:image|photo|picture|graphic)\]|\(?(?:photo|image|picture|caption|photograph|illustration)(?: credit)?\s*[:：/]|\((?:ap|afp|reuters|getty|yonhap)\b)",
    re.I,
)
_CAPTION_END = re.compile(
    r"\((?:photo|image)?\s*:?\s*(?:ap|afp|reuters|getty images|yonhap|epa|kcna)[^)]*\)\.?$|\b(?:photo|image) (?:by|courtesy of|credit)\b[^.]*\.?$"
    r"|[.,]\s+(?:yonhap|reuters|afp|ap|epa|kcna|newsis|news1|getty images|(?:ap|afp|epa|yonhap) photo)\.?$|\.\s+(?:photograph|photo|image)\s*:\s*[^.]{2,80}\.?$|\.\s+©\s*[^.]{2,60}$|\((?:photo|image|photograph|picture)\s*(?:by|:|courtesy of)\s*[^)]{2,60}\)\.?$|\bin (?:this|a) (?:file |undated |handout )?(?:image|photo|picture)\b"
    r"|\[(?:yonhap|reuters|afp|ap|epa|kcna|newsis|news1|joongang ilbo|[\w .]{2,30} photo)\]\.?$|\|\s*(?:reuters|afp|ap|epa|kyodo|yonhap|bloomberg|getty images)\.?$"
    r"|\([\w .-]{2,40}/(?:the )?[\w .-]{2,40}\)\.?$|[.,]\s+(?:[\w]+ via )?(?:reuters|afp|ap|epa|kcna|yonhap|getty images)(?:/[\w .-]{2,40})?\.?$"
    r"|\((?:photo|image|photograph)\s*:[^)]{2,160}\)\.?$",
    re.I,
)
_NOTES_HEAD = re.compile(r"^(?:notes?|end ?notes|foot ?notes|references|sources|bibliography|further reading|works cited)\s*:?(?:\s+(?=\[?\d)|$)", re.I)
_FOOTNOTE = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}\.\s|\d{1,3}\s(?=[A-Z“\"‘']))")
_ABOUT_PUBLISHER = re.compile(
    r"^about (?:us|this (?:site|publication|newsletter|series)|the (?:institute|center|centre|foundation|program|programme|council|project|journal|publisher)\b.{0,30}"
    r"|(?-i:[A-Z&]{2,8})|[\w&’' -]{0,30}\b(?:Institute|Center|Centre|Foundation|Program|Programme|Council|Project|Journal|Forum)\b[\w&’' -]{0,30})\s*:?$",
    re.I,
)
"""'About ISDP', 'About the Institute': a heading over the publisher's own description."""
_PAGE_FOOTNOTE = re.compile(r"^(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+[A-Z“\"‘']")
_CONTENTS = re.compile(r"^(?:table of )?contents\b\s*:?(?:$|\s+\S.*\.{4,})", re.I)
_FINDINGS_HEAD = re.compile(r"^(?:key (?:findings|points|takeaways|judgments)|at a glance|highlights|in brief|main findings)\s*:?$", re.I)
_LETTER = re.compile(r"^(?:to the editors?|dear (?:editor|sir|madam))\s*[:,]", re.I)
_REPLIES = re.compile(r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2})\s+repl(?:ies|y)\s*:?$", re.I)
"""'REINHOLT REPLIES:': the essay's author answers the letters, and what follows is theirs."""
_BIO_HEAD = re.compile(
    r"^(?:(?:about|meet) (?:the |our )?(?:authors?|interviewees?|contributors?|experts?|speakers?|writers?)\b\s*:?|(?:written by|the authors?|authors?|contributors?)\s*:?$)",
    re.I,
)
_DISCLAIMER = re.compile(
    r"^(?:the )?(?:views|opinions) (?:expressed|in this)\b|^disclaimer\b|^this (?:article|commentary|essay|piece|brief) (?:reflects|represents)\b"
    r"|^(?:the )?(?:author|authors)[’']? (?:views|opinions)\b|^[\w ]{3,40} (?:is|are) (?:produced|published) by (?:the )?[A-Z]|^(?:the )?[\w ]{3,60} does not take (?:institutional |any )?positions\b"
    r"|^posts on this (?:blog|site)\b|^[^.]{0,160}?(?:\.\s+[^.]{0,80}?)?\btakes? no institutional positions?\b|^[^.]{0,80}?\bdoes not (?:express|take) (?:opinions|positions) of its own\b"
    r"|^[\w ]{2,40} is a platform\b|^(?:the )?(?:analyses|views|opinions|comments)(?:,? (?:and )?[\w ]+){0,3} (?:contained|expressed) in\b|^this (?:report|paper|summary|note) reflects\b|\breflects? (?:only )?the (?:personal )?(?:views|opinions) of (?:the|its|their) (?:authors?|contributors?|writers?)\b",
    re.I,
)
_BOILERPLATE_LINE = re.compile(
    r"^(?:share(?: this)?(?: article| story| post| page)?(?: on \w+)?|share(?: this)?(?: article| story| post| page)?\s*:.*|reading time\s*:?.*|\d+\s*min(?:ute)?s? read"
    r"|you are receiving this (?:e-?mail|newsletter)\b.*|unsubscribe\b.*|(?:manage|update) (?:your )?(?:subscription|preferences)\b.*"
    r"|view (?:this )?(?:e-?mail )?in (?:your |a )?browser|forward (?:this |it )?(?:e-?mail |issue |newsletter )?to a (?:friend|colleague)\b.*|enjoyed (?:this|reading)\b.*|(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit)(?:\s*[|·•,/]\s*\w+)+|cite this(?: article| brief| page)?|how to cite|tweet|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|reddit|copy link|list|back to top"
    r"|advertisement|comments?|\d+ comments?|subscribe\b.*|sign up\b.*|get our\b.*|newsletter\b.*|read more\b.*|more from\b.*|related(?: articles?| stories| posts| content| reading)?\s*:.*"
    r"|related(?: articles?| stories| posts| reading)?|tags?\s*:.*|topics?\s*:.*|filed under\b.*|follow us\b.*|(?:©|ⓒ|\(c\)|copyright)\s.*|all rights reserved.*"
    r"|we use cookies\b.*|this (?:web)?site uses cookies\b.*|by continuing to (?:browse|use)\b.*|accept (?:all )?cookies.*|cookie (?:policy|settings).*"
    r"|.*\bsign up for (?:our|the)\b.*newsletter.*|.*\bsubscribe to (?:our|the)\b.*|download(?: (?:the )?(?:pdf|full (?:report|brief|text)))?\b.*|print(?: this)?(?: page| article)?"
    r"|save|bookmark|listen(?: to this article)?\b.*|(?:this|the) (?:article|essay|piece|commentary|interview) (?:was )?(?:first|originally) (?:appeared|published)\b.*"
    r"|(?:more|other|all) (?:interviews|articles|essays|commentaries|analysis|briefs) (?:in|from|on|by) (?:our|the|this)\b.{0,80}"
    r"|e-?mail(?: address)?|your e-?mail\b.*|keywords?\s*:.*|related [\w ]{2,30}:.*|\(?if you (?:want|would like|wish) to (?:contribute|write|submit)\b.*"
    r"|.{0,60}\b(?:copyright\s*)?[©ⓒ]\s*(?:\d{4}\b)?.{0,120}|thanks for reading\b.*|discussion about this (?:post|article)\b.*|start writing|get the app"
    r"|privacy\s*[∙·|•]\s*terms\b.*|(?:\d+\s+)*(?:share|likes?|comments?|restacks?|leave a comment)(?:\s*[·∙•]?\s*(?:\d+\s+)*(?:share|likes?|comments?|restacks?|leave a comment))*"
    r"|have an idea for (?:a|an) \w+\b.*|.*\bsend (?:us )?a (?:short )?pitch\b.*|become a (?:member|subscriber|patron|supporter)\b.*"
    r"|join the conversation\b.*|.{0,100}(?:\bwww\.|https?://)\S+.{0,60}|explore (?:our )?related content\b.*"
    r"|(?:[\w’'&,.・-]+(?: [\w’'&,.・-]+){0,3}\s*[>›»]{1,2}\s*){1,6}[\w’'&,.・-]+(?: [\w’'&,.・-]+){0,3}"  # "Home > Opinion > East Asia": _BREADCRUMB
    r"|tags?\s+.*|(?:share(?: (?:on|via) \w+)?\s*)+|share this \w+\s*:.*|reuse this content|privacy(?: policy)?|terms(?: of (?:use|service))?|contact(?: us)?"
    r"|about us|imprint|accessibility|share(?: this (?:article|story|post|page))?(?:\s+(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|telegram|copy link))+"
    r"|(?:(?:share full article|gift this article|\d+ comments?)\s*)+|(?:(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|telegram|kakaotalk|line|weibo|wechat|copy link|print)\s*){2,}|[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|edu|kr|jp|cn|uk|int|gov|example)(?:/\S*)?|\d+(?:[–-]\d+)?\s*min(?:ute)?s?(?: read)?"
    r"|(?:from|to|cc|bcc|sent|subject|reply-to|date)\s*:.*|(?:tel|phone|fax|e-?mail|website|web)\s*[:.].*|(?=.*(?:\b\d+\w*\s+(?:[A-Z][\w-]*\s+){0,3}(?:avenue|street|road|boulevard|rue|strasse|gatan)\b|\b(?:block|level|suite|floor)\s+[A-Z]?\d+\b)).{5,120}|p\.?\s?o\.? box\b.*|get the best of\b.*"
    r"|.*\bis committed to publishing a diversity of\b.*|follow (?:the|us|our)\b.*|like this\s*:.*|more on\s*:.*|creative commons\b.*|view licen[cs]e\b.*|get (?:daily|weekly|our|the latest) (?:updates|news|newsletter)\b.*"
    r"|[\w ]{2,40} is a (?:program|programme|project|publication|initiative) of\b.*|country resources\s*:.*|published by (?:the )?[A-Z][\w ]{2,60}"
    r"|please direct (?:questions|comments|inquiries)\b.*|keywords?\b.*|.*\bby subscribing, you\b.*|.*\bquality journalism\b.*|posted in\b.*|filed in\b.*|(?:previous|next)(?: post| article| story)?\s*:.*|leave a (?:reply|comment)\b.*"
    r"|(?:home|about|contributors?|archives?|contact|blog|news|events|publications|research|experts|programs|donate|menu|search)"
    r"(?:\s+(?:home|about|contributors?|archives?|contact|blog|news|events|publications|research|experts|programs|donate|menu|search|subscribe|log ?in)){2,}"
    r"|\d{1,3}\s+[A-Z][\w&’' ]{2,50}\s[|·]\s.{3,60}|.{3,80}\s[|·]\s*(?:page\s*)?\d{1,3}|(?:page\s*)?\d{1,3}\s*[|·]\s.{3,80}|log ?in|sign ?in|sign ?out|register|menu|search|skip to (?:main )?content|back|font size\b.*|a\+|a-|aa|open in (?:the )?(?:browser|app)"
    r"|why you can trust \w+|load more comments|view all comments|show \d+ more comments|log ?in to (?:write a )?comment|reply(?:\s*[|·•]\s*report)?|report"
    r"|(?:read|see) also\b.*|also read\b.*|explore more on\b.*|this article (?:first )?appeared in\b.*|more (?:from|in|on) [\w ]+"
    r"|\[?end of (?:transcript|interview|recording)\]?|\d+|#{3}|\*\s?\*\s?\*|-{3,}|watch (?:the )?(?:session |full )?(?:video|recording)\b.*|back to\b.{0,60})$",
    re.I,
)
_QUESTION = re.compile(r"^(?:\*\*|__)?(?:q|question)\s*[:.)]\s*(?:\*\*|__)?\s*", re.I)
_ANSWER = re.compile(r"^(?:\*\*|__)?(?:a|answer)\s*[:.)]\s*(?:\*\*|__)?\s*", re.I)
_DASH_TURN = re.compile(r"^[—–]\s*\S")
"""'— Professor Chun, was Hanoi a failure?': an interviewer's question, set off by a dash."""
_ITALIC = re.compile(r"^(?:\*\*[^*].*[^*]\*\*|__[^_].*[^_]__|\*[^*].*[^*]\*|_[^_].*[^_]_)[.?!]?$")
"""A paragraph in italics or bold, as Markdown writes them: an interviewer's question, when it asks one."""
_BOLD_LABEL = re.compile(r"^(?:\*\*|__)([^*_:]{1,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*")
"""'**Kim:** …' or '**Kim**: …': a speaker's label in bold, read as 'Kim: …'."""
_SPEAKER = re.compile(r"^(?P<label>[A-Z][A-Z .’'-]{0,30}[A-Z]|[A-Z]{1,3}|[A-Z][\w’'-]{1,20}(?:\s+[A-Z][\w’'-]{1,20}){0,2})\s*:\s+(?=\S)")
"""'KOREA REVIEW: …', 'FP: …', 'Hartley: …', 'Eleanor Hartley: …': a speaker's turn."""
_SECTION = re.compile(r"^(?P<name>[^,]{3,60}?),\s+(?P<affiliation>\S.{2,})$")
_BIO = re.compile(
    r"^\*?(?:(?:Dr|Prof|Gen|Amb|Ambassador|Professor|General)\.?\s+)?(?P<who>[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+(?:(?:de|la|van|von|der|den|del|da|di|du|le|bin|al)\s+)*[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3})(?:\s+\((?:ret|retd)\.?\))?"
    r"(?:,\s+(?P<aside>[^,]{3,120}),)?\s+(?:is|was|also|serves|served|has|had|holds|teaches|leads|directs|heads|writes|works|advises|advised|specializes|specialises)\b"
)
_THE_AUTHOR = re.compile(r"^(?:the )?(?:author|writer|contributor)s?\b(?:,[^,]{0,60},)?\s+(?P<verb>is|are|was|were|serves|teaches)\b", re.I)
_BIO_AFFILIATION = re.compile(r"\b(?:is|serves as|works as)\s+(?:(?:a|an|the)\s+)?(?P<what>[^;]*?)(?:(?<!\b[A-Z])\.(?:\s|$)|;|,\s+(?:and|where|who)\b|$)")
"""What a bio says someone is, to the end of the sentence ('U.S. Forces Korea' whole) or the next clause."""


@dataclass
class Signer:
    """A person whose words the essay carries, as the text names them."""

    name: str
    affiliation: str = ""
    stated_in: int = 0
    """The paragraph (from 1) that states the affiliation; 0 when none does."""


@dataclass
class Reading:
    """What `read` found: a role and the signers (indices into `people`) for every paragraph."""

    roles: list[str]
    signers: list[tuple[int, ...]]
    people: list[Signer]
    date: tuple[str, str] | None = None
    notes: list[str] = field(default_factory=list)


def _byline(paragraph: str, names_alone: bool = False) -> list[tuple[str, str]] | None:
    """The people a 'By …' or 'Authors: …' line names (ranks removed), each with the affiliation it gives them ('' for none).

    'By Jane Doe, Senior Fellow at X' gives Jane Doe that affiliation; 'By Jane Doe, senior fellow, and John Roe, research
    associate' gives each their own; one affiliation after several names is no single one's. An affiliation alone on the
    byline's second line is its one author's. With `names_alone`, a line of names and nothing else ('Jane Doe and John Roe',
    or one name a line) is one too, and so is 'Jane Doe (Professor, X University)'.
    """
    lines = [_EMAIL.sub("", line).strip() for line in paragraph.split("\n")]  # "By Park Ji-won (jwpark@heraldcorp.com)"
    first_line = re.split(r"\s+[|·•]\s+", lines[0])[0]  # "By Jane Doe | March 3, 2021"
    match = _BY.match(first_line)
    if match:
        rest = match.group("rest").strip()
    elif names_alone and 1 < len(lines) <= 5 and all(len(line) <= 160 and _name_line(line) for line in lines):
        return [_name_line(line) or ("", "") for line in lines]  # one name a line, perhaps with an affiliation after it
    elif (
        names_alone
        and (inside := re.fullmatch(r"(?P<name>[^()]{3,60}?)\s*\((?P<affiliation>[^()]{3,160})\)", first_line))
        and (names := split_names(inside["name"]))
        and all(looks_like_name(name) for name in names)
        and _AFFILIATION_WORD.search(inside["affiliation"])
    ):
        shared = inside["affiliation"].strip() if len(names) == 1 else ""  # one affiliation after several names is no single one's
        return [(_title_case(name), shared) for name in names]
    elif names_alone and len(first_line) <= 100 and not _HEADING_NUMBER.match(first_line) and not _LABEL.match(first_line):
        rest = first_line.strip()
        lowercase = rest == rest.lower()  # "robert hallworth, ji-yeon moon, and kenji arakawa"
        if not all(looks_like_name(n, lowercase_ok=lowercase) for n in split_names(rest)) or any(len(n.split()) < 2 for n in split_names(rest)):
            return None
    else:
        return None
    if len(first_line) > 240:
        return None
    people = _names_and_affiliations(rest)
    if people is None:
        return None
    second = lines[1].strip() if len(lines) > 1 else ""
    if len(people) == 1 and not people[0][1] and second and len(second) <= 200 and _AFFILIATION_WORD.search(second) and not dateline(second):
        people = [(people[0][0], second.rstrip("."))]  # "Remarks by Gen. Park Jong-hoon\nFormer Deputy Commander, …"
    return [(_title_case(name), affiliation) for name, affiliation in people]


_EMAIL = re.compile(r"\s*[(<\[]?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[)>\]]?")


def _name_line(line: str) -> tuple[str, str] | None:
    """A line of a byline that names one person, and what follows the name: 'J. R. Kim, Senior Fellow, X' -> ('J. R. Kim', 'Senior Fellow, X')."""
    if (name := _one_name(line)) and len(line) <= 80:
        return _title_case(name), ""
    if (inside := re.fullmatch(r"(?P<name>[^()]{3,60}?)\s*\((?P<affiliation>[^()]{3,160})\)", line)) and (name := _one_name(inside["name"])):
        return _title_case(name), inside["affiliation"].strip()  # "CHUN Chaesung (Seoul National University)"
    head, _, rest = line.partition(", ")
    if rest and (name := _one_name(head)) and _AFFILIATION_WORD.search(rest):
        return _title_case(name), rest.strip().rstrip(".")
    return None


def _one_name(line: str) -> str | None:
    """A line that is one person's name, perhaps with a rank after it ('Mats Engman, Major General (ret.)')."""
    name = clean_name(line)
    return name if looks_like_name(name) and len(name.split()) <= 4 and not _AFFILIATION_WORD.search(name) else None


def _names_and_affiliations(rest: str) -> list[tuple[str, str]] | None:
    """What follows 'By': names, each with what the line says of it."""
    lowercase_ok = rest == rest.lower()  # "by jane doe"; in a byline with capitals, "senior fellow" is no name

    def is_name(text: str) -> bool:
        return looks_like_name(text, lowercase_ok=lowercase_ok) and not _AFFILIATION_WORD.search(text)

    names = split_names(rest)
    if names and all(is_name(n) for n in names):
        return [(n, "") for n in names]
    # "By Jane Doe, Senior Fellow at X": the names end where the affiliation begins.
    for cut in _AFFILIATION_START.finditer(rest):
        head = rest[: cut.start()]
        names = split_names(head)
        if names and all(is_name(n) for n in names):
            affiliation = _RANK_AFTER.sub("", rest[cut.end() :]).strip().rstrip(".")
            if re.fullmatch(r"(?:Ph\.?\s?D\.?|M\.?A\.?|MBA|Jr\.|Sr\.)", affiliation, re.I):
                affiliation = ""
            if len(names) > 1 or not _names_interleaved(affiliation, is_name):
                return [(n, affiliation if len(names) == 1 else "") for n in names]
            break
    # "By Daniel Whitford, senior fellow, and Min-jung Park, research associate, Korea Program": each name owns what follows it.
    pieces = [piece.strip() for piece in re.split(r",\s*(?:and\s+)?", rest) if piece.strip()]  # "… for Security and Defence Policy" is one
    people: list[tuple[str, list[str]]] = []
    for piece in pieces:
        names = split_names(piece)
        if names and all(is_name(name) for name in names):
            people += [(name, []) for name in names]
        elif people:
            people[-1][1].append(piece)
        else:
            return None
    if len(people) < 2 or not all(parts for _, parts in people[:-1]):
        return None
    return [(name, ", ".join(parts).rstrip(".")) for name, parts in people]


def _names_interleaved(affiliation: str, is_name) -> bool:
    """Whether an affiliation read after one name holds further names ('senior fellow, and Min-jung Park, research associate')."""
    return any(
        is_name(clean_name(piece)) for piece in re.split(r",\s*(?:and\s+)?", affiliation) if piece.strip()
    )  # 'Political Science and International Relations' is one


def plain(paragraph: str) -> str:
    """A paragraph as it reads, each line without Markdown's link and image syntax, heading marks or a leading emoji:
    what detection looks at ('[Opinion](https://…)' reads 'Opinion', '![Kim at the summit](…)' reads 'Image: Kim at the summit')."""
    lines = [_plain_line(line) for line in paragraph.split("\n")]
    kept = [line for line in lines if line.strip()]  # a box's top and bottom edges read as nothing
    return "\n".join(kept) if kept else paragraph


def title_text(paragraph: str) -> str:
    """A title paragraph as the title it states: one line, without Markdown or a tag before it ('[Column] After Hanoi…')."""
    return re.sub(r"^\[[^\]]{2,30}\]\s*", "", plain(paragraph).replace("\n", " ").strip("*_ "))


def _plain_line(line: str) -> str:
    line = _BOX_DRAWING.sub("", line).strip() if _BOX_DRAWING.search(line) else line  # "│ Author   Dr. SEO Ji-hoon │"
    line = _MD_IMAGE.sub(lambda m: f"Image: {m.group(1)}".strip(), line)
    line = _MD_LINK.sub(lambda m: m.group(1), line)
    line = _MD_HEADING.sub("", line)
    line = _BULLET.sub("", line)
    start = 0
    while start < len(line) and ((unicodedata.category(line[start]) in ("So", "Sm", "Sk", "Cf") and line[start] not in "©®ⓒ™") or line[start] in "‹›←→※ "):
        start += 1
    return line[start:] if start < len(line) else line


_BOX_DRAWING = re.compile(r"[\u2500-\u257f]+")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+|^>\s?")
_BULLET = re.compile(r"^\s*[-*•▪◦]\s+(?=.*\w)")


def _title_case(name: str) -> str:
    """'KIM HYE-RIN' -> 'Kim Hye-rin'; a name in mixed or lower case stays as written."""
    if name != name.upper():
        return name
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in name.split())


def _boilerplate(paragraph: str) -> bool:
    """Every line is site furniture: sharing, related links, tags, copyright, cookies, newsletters (under a 'Related:' heading, any short line)."""
    if _FURNITURE_START.match(paragraph):
        return True
    lines = [line.strip("*_ \t") or line.strip() for line in paragraph.split("\n") if line.strip()]  # "**Read also:** …"; "* * *" stays
    if len(lines) == 1 and _LINKS_HEADING.match(lines[0]):
        return True  # "Most read", alone: the headlines follow, one a paragraph
    under_heading = len(lines) > 1 and _LINKS_HEADING.match(lines[0])
    if under_heading and (lines[0].lower().startswith(("cite", "how to cite")) or all(len(line) <= 120 and not line.endswith(".") for line in lines[1:])):
        return True
    if not lines:
        return False
    if (
        len(lines) <= 3
        and any(re.fullmatch(r"(?:page\s+)?\d{1,3}", line, re.I) for line in lines)
        and all(re.fullmatch(r"(?:page\s+)?\d{1,3}", line, re.I) or (len(line) <= 80 and line.upper() == line) for line in lines)
    ):
        return True  # a PDF's running header or footer: a page number and the series or publisher in capitals
    joined = " ".join(lines)  # a hard-wrapped copyright notice or cookie banner
    if len(joined) <= 400 and _BOILERPLATE_LINE.match(joined):
        return True
    furniture = [len(line) <= 240 and bool(_BOILERPLATE_LINE.match(line) or _furniture_parts(line) or _navigation(line)) for line in lines]
    if len(lines) >= 3 and 2 * sum(furniture) >= len(lines):  # an address block: the name, the street, then telephone and e-mail
        return all(done or (len(line.split()) <= 12 and not line.endswith((".", "?", "!"))) for done, line in zip(furniture, lines, strict=True))
    return all(furniture)


_NAVIGATION = frozenset(
    re.findall(
        r"\w+",
        """home about archive archives contact contributors blog news events publications research experts programs donate menu search
        subscribe login politics security economy economics business ideas podcasts podcast magazine world opinion video videos culture
        analysis multimedia topics regions defense defence diplomacy tech technology science sports latest""",
    )
)


def _navigation(line: str) -> bool:
    """A site's menu: three or more menu words, and little else ('THE STRAITS REVIEW Politics Security Economy Ideas Podcasts')."""
    words = re.findall(r"[\w’']+", line.lower())
    menu = sum(word in _NAVIGATION for word in words)
    return len(words) <= 14 and menu >= 3 and menu >= len(words) - 4 and not line.rstrip().endswith((".", "?", "!"))


def _furniture_parts(line: str) -> bool:
    """A line of parts set apart ('Privacy · Cookie settings · Rue de la Loi 1000'): every part furniture, or most, the rest short."""
    parts = [part for part in re.split(r"\s+[|·•→]\s+", line) if part]
    matched = sum(bool(_BOILERPLATE_LINE.match(part)) for part in parts)
    if matched == len(parts):
        return True
    short = all(_BOILERPLATE_LINE.match(part) or len(part.split()) <= 6 for part in parts)
    named = all(_BOILERPLATE_LINE.match(part) or part[:1].isupper() for part in parts)  # "Korea Institute for … | Online Series | All rights reserved"
    return len(parts) >= 3 and short and (2 * matched >= len(parts) or (matched and named))


_PAGE_DIGITS = re.compile(r"\d+")
_BREADCRUMB = re.compile(r"(?:[\w’'&,.・-]+(?: [\w’'&,.・-]+){0,3}\s*[>›»]{1,2}\s*){1,6}[\w’'&,.・-]+(?: [\w’'&,.・-]+){0,3}")
"""A site's trail to the page: 'Home > Opinion > East Asia'."""
_FURNITURE_START = re.compile(
    r"^(?:…\s*|\.\.\.\s*)?(?:we have a small favou?r to ask|do you have an opinion on the issues raised|want more (?:analysis|stories|coverage|reporting) like this"
    r"|support (?:our|independent) journalism|(?:this|the) (?:article|essay|column|commentary) (?:first )?appeared in)\b",
    re.I,
)
"""A paragraph that opens as a site's own appeal does, however long it runs."""
_COMMENTS_HEAD = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|discussion|join the conversation)\s*(?:\(\d+\)|\d+)?\s*[›>]?$|^leave a (?:reply|comment)\b", re.I
)
"""The head of a comment section ('Comments (6)', '💬 23 comments'): what follows is readers', not the author's."""
_LINKS_HEADING = re.compile(
    r"^(?:related(?: articles?| stories| posts| content| reading| publications| research)?|more (?:from|in|on) [\w ]+|read (?:more|next)|see also|recommended(?: for you)?|further reading"
    r"|most (?:read|popular|viewed|shared|commented)|latest(?: (?:on|in|from) [\w ]+)?|trending(?: now)?|top stories|you (?:may|might) also like|editor[’']?s picks"
    r"|cite this(?: article| brief| page)?|how to cite)\s*:?$",
    re.I,
)
_AFFILIATION_WORD = re.compile(
    r"\b(?:University|Institute|Institution|Center|Centre|Council|Forum|Foundation|School|College|Academy|Program|Programme|Project|Fellow|Professor|"
    r"Director|Head|Chair|Adviser|Advisor|Analyst|Researcher|Scholar|Editor|Minister|Ambassador|President|Dean|Lecturer|Correspondent|Member)\b",
    re.I,  # "former French ambassador to …", "senior fellow": an affiliation in lower case too
)


_KICKER_WORD = re.compile(
    r"\b(?:weekly|daily|monthly|quarterly|review|watch|roundup|round-up|dispatch|in focus|explainer|the interview|voices|notes from|letter from|"
    r"desk|observer|outlook|react|reacts|reaction|speeches|transcripts?|remarks)\b",
    re.I,
)


def _label(paragraph: str, following: str | None) -> bool:
    """A series or section label over the title ('Policy Brief No. 2019-04', 'Asia Program | Analysis', 'NORTH KOREA IN FOCUS'), not the title itself.

    Short, with a title after it, and marked as a label is: a label's words, a separator, or capitals over a title that is not.
    """
    if len(paragraph) > 100 or following is None:
        return False
    if _LABEL.match(paragraph):
        return True  # 'Commentary' over a title, even one that ends with a full stop
    if _prose(following) or len(following) > 220:
        return False
    letters = [ch for ch in paragraph if ch.isalpha()]
    capitals = len(letters) >= 4 and paragraph.upper() == paragraph and following.upper() != following
    separated = re.search(r"\s(?:[|·•]|--|—|–)\s", paragraph) is not None
    words = len(paragraph.split())
    numbered = re.search(r"\b(?:vol(?:ume)?\.?|no\.|issue|number)\s*\d", paragraph, re.I) is not None  # "Journal of X, Vol. 31, No. 2"
    if len(paragraph) > 60:
        return separated or numbered  # "The East Asia Institute Working Paper Series No. 2020-11 | Peace and Security"
    return capitals or separated or numbered or (words <= 4 and _KICKER_WORD.search(paragraph) is not None and len(following.split()) > words)


def _prose(paragraph: str) -> bool:
    """Sentences, not a heading: long, or ending as a statement does with more than a few words (a title may well ask a question)."""
    return len(paragraph) > 200 or (len(paragraph.split()) >= 8 and paragraph.rstrip("”’\"')*").endswith((".", "!")))


def read(paragraphs: Sequence[str], known_names: Iterable[str] = (), default_signers: Sequence[str] = ()) -> Reading:
    """Roles and signers for `paragraphs` (each paragraph's lines joined by '\\n', spaces folded).

    `known_names`: every name and alias of the corpus's authors, so an
    interviewee the introduction names can be recognised. `default_signers`:
    who wrote the body when the text names nobody (`korea add --author`).
    """
    return _Reader(paragraphs, known_names, default_signers).read()


class _Reader:
    """One essay being read, in passes that each settle more of it: every paragraph by its own look; an interview's turns;
    where each stands (header, body, trailing matter); whose words each is; the bios. A later pass reads what the
    earlier ones found, and changes only what they left open or could not know.
    """

    def __init__(self, paragraphs: Sequence[str], known_names: Iterable[str], default_signers: Sequence[str]) -> None:
        self.raw = paragraphs
        self.paragraphs = [plain(p) for p in paragraphs]
        self.known_names = known_names
        self.default_signers = default_signers
        self.flat = [" ".join(p.split()) for p in self.paragraphs]
        self.count = len(paragraphs)
        self.roles: list[str | None] = [None] * self.count
        self.signers: list[tuple[int, ...]] = [()] * self.count
        self.people: list[Signer] = []
        self.date: tuple[str, str] | None = None
        self.sections: dict[int, int] = {}
        """Paragraph -> the signer who opens a signed section there."""
        self.bio_of: dict[int, int] = {}
        """Paragraph -> the signer a 'Name\\nAffiliation' bio is of."""
        self.bylines: dict[int, tuple[int, ...]] = {}
        self.questions = self.answers = 0
        self.speakers: list[tuple[int, str]] = []
        """(paragraph, label) of each 'Label: …' turn."""
        self.interview = False
        self.interviewee: int | None = None
        self.panel: dict[int, int] = {}
        """In a discussion of three or more speakers: each answering turn's paragraph -> its speaker."""
        self.first_body = 0
        self.title: int | None = None

    def read(self) -> Reading:
        self.by_look()
        self.turns()
        self.header()
        self.trailing()
        self.owners()
        self.letters()
        self.signature()
        self.bios()
        return self.reading()

    def person(self, name: str, affiliation: str = "", stated_in: int = 0) -> int:
        """The signer `name` is (any spelling of a name already met), or a new one; an affiliation fills an empty one."""
        for i, known in enumerate(self.people):
            if romanized(known.name) & romanized(name) or fold(known.name) == fold(name):
                if affiliation and not known.affiliation:
                    known.affiliation, known.stated_in = affiliation, stated_in
                return i
        self.people.append(Signer(name, affiliation, stated_in))
        return len(self.people) - 1

    def by_look(self) -> None:
        """1. Each paragraph by its own look: date lines, bylines, credits, boilerplate, notes, captions, questions, speakers."""
        # A short line that comes back, perhaps with another page number, is a PDF's running header or footer.
        running = Counter(_PAGE_DIGITS.sub("#", p) for p in self.flat if len(p) <= 100)
        prose_before = False
        for i, p in enumerate(self.flat):
            prose_before = prose_before or (i > 0 and _prose(self.flat[i - 1]))
            lines = self.paragraphs[i].split("\n")
            bare = p.strip("*_ ")  # "*The views expressed are …*"
            if _EDITORS_NOTE.match(p) or (
                i and self.roles[i - 1] == "editors_note" and _EDITORS_NOTE_HEAD.match(self.flat[i - 1])
            ):  # a heading alone, then the note
                self.roles[i] = "editors_note"
            elif _CREDIT.match(p) and len(p) <= 300:
                self.roles[i] = "credit"
                if i and self.roles[i - 1] is None and len(self.flat[i - 1]) <= 200 and _CREDIT.match(p).group(0).lower().strip(" :").endswith("credit"):
                    self.roles[i - 1] = "caption"  # a photo's caption, then its credit
            elif by := _byline(self.paragraphs[i], names_alone=0 < i < 10 and _only_a_dek_before(self.flat, self.roles, i)):
                self.roles[i] = "byline"
                self.bylines[i] = tuple(self.person(name, affiliation, i + 1 if affiliation else 0) for name, affiliation in by)
                for part in [*re.split(r"\s+[|·•]\s+", lines[0])[1:], *lines[1:]]:  # "By Jane Doe | March 3, 2021", "By Jane Doe\n10 Feb 2023"
                    found = dateline(" ".join(part.split()))
                    if found and found[0]:
                        self.date = self.date or found
            elif found := dateline(p):
                self.roles[i] = "dateline"
                if found[0]:
                    self.date = self.date or found
            elif (_boilerplate(self.paragraphs[i]) or (i > 1 and running.get(_PAGE_DIGITS.sub("#", p), 0) > 1 and not _name_alone(p))) and not (
                i == 0 and _LABEL.match(p)
            ):  # or a PDF's running header, again; but 'Comment' over a title is its label
                self.roles[i] = "boilerplate"
            elif _DISCLAIMER.match(bare):
                self.roles[i] = "disclaimer"
            elif _NOTES_HEAD.match(p) or (len(lines) > 1 and _NOTES_HEAD.match(lines[0].strip())):
                self.roles[i] = "notes"
            elif _CONTENTS.match(bare):
                self.roles[i] = "introduction"  # a table of contents: the document's furniture, nobody's argument
            elif _BIO_HEAD.match(bare):
                self.roles[i] = "author_bio"
            elif _ABOUT_PUBLISHER.match(p) or (i and _ABOUT_PUBLISHER.match(self.flat[i - 1]) and len(p) <= 1200):
                self.roles[i] = "boilerplate"  # "About ISDP" and the paragraph under it: the publisher's, not an author's
            elif _CAPTION.match(p) and len(p) <= 40 and i and self.roles[i - 1] in (None, "caption") and len(self.flat[i - 1]) <= 300:
                self.roles[i], self.roles[i - 1] = "credit", "caption"  # "Photo: Yonhap" under the caption it credits
            elif _CAPTION.match(p) or (len(p) <= 300 and _CAPTION_END.search(p)):
                self.roles[i] = "caption"
            elif _QUESTION.match(p) or (_ITALIC.match(p) and p.rstrip("*_. ").endswith("?")) or (_DASH_TURN.match(p) and p.rstrip("”’\"' ").endswith("?")):
                self.roles[i] = "question"
                self.questions += 1
            elif _ANSWER.match(p):
                self.roles[i] = "answer"
                self.answers += 1
            elif (
                (speaker := _SPEAKER.match(turn := _BOLD_LABEL.sub(r"\1: ", p)))
                and len(turn) > len(speaker.group(0)) + 10
                and (_prose(turn) or turn.rstrip("*_”’\"' ").endswith("?"))
            ):
                self.speakers.append((i, speaker.group("label").strip()))
            elif (
                i > 0
                and 2 <= len(lines) <= 4
                and (alone := _name_alone(lines[0].strip()))
                and len(" ".join(lines[1:])) <= 240
                and _AFFILIATION_WORD.search(" ".join(lines[1:]))
                and prose_before
            ):
                if self.roles[i - 1] == "author_bio":  # under "Written by" / "About the authors": a bio, not a new section
                    self.roles[i] = "author_bio"
                    self.bio_of[i] = self.person(alone, ", ".join(line.strip() for line in lines[1:]).rstrip("."), i + 1)
                else:
                    self.roles[i] = "byline"  # a section's author, the name on one line and the affiliation on the next
                    self.sections[i] = self.person(alone, ", ".join(line.strip() for line in lines[1:]).rstrip("."), i + 1)
            elif (
                i > 0
                and len(p) <= 200
                and not p.rstrip("*_ ").endswith((".", "!", ";", "?"))
                and (section := _SECTION.match(p))
                and looks_like_name(clean_name(section.group("name")))
                and not _AFFILIATION_WORD.search(clean_name(section.group("name")))
                and _AFFILIATION_WORD.search(section.group("affiliation"))
            ):
                self.roles[i] = "byline"
                self.sections[i] = self.person(clean_name(section.group("name")), section.group("affiliation").strip(), i + 1)
            elif (
                i - 1 in self.sections and not self.people[self.sections[i - 1]].affiliation and len(p) <= 250 and _AFFILIATION_WORD.search(p) and not _prose(p)
            ):
                self.roles[i] = "byline"  # the affiliation under a section author's name: "Former U.S. ambassador; distinguished fellow, X"
                self.sections[i] = self.sections[i - 1]
                self.people[self.sections[i]].affiliation, self.people[self.sections[i]].stated_in = p.rstrip("."), i + 1
            elif i > 0 and (replies := _REPLIES.match(p)):
                self.roles[i] = "byline"
                self.sections[i] = self.person(_full_name(replies.group("name"), self.flat))
            elif i > 0 and i + 1 < self.count and (alone := _name_alone(p)) and prose_before:
                self.roles[i] = "byline"  # a signed section opened by its author's name alone ("Swanström, Niklas")
                self.sections[i] = self.person(alone)

    def turns(self) -> None:
        """2. Interviews: questions and answers, or two speakers taking turns."""
        labels = _same_speakers([label for _, label in self.speakers])
        self.speakers = [(i, label) for (i, _), label in zip(self.speakers, labels, strict=True)]
        self.interview = self.questions >= 2 or self.answers >= 2 or (len(set(labels)) >= 2 and len(labels) >= 4 and len(set(labels)) <= len(labels) / 2)
        if self.interview and self.speakers:
            asker = labels[0]
            for i, label in self.speakers:
                self.roles[i] = "question" if label == asker else "answer"
            for i, names in list(self.bylines.items()):  # "By Kang Hye-won" over "Kang: …" questions: the interviewer, credited, no author
                if all(fold(asker) in fold(self.people[n].name).split() for n in names):
                    self.roles[i] = "credit"
                    del self.bylines[i]

    def header(self) -> None:
        """3. Where the header ends, and its label, title and subtitle. It runs to the last byline, date line, credit or
        label near the top (a title may read like a sentence), or else to the first paragraph of prose."""
        marked = 0
        for i in range(min(self.count, 8)):
            if len(self.flat[i]) > 320 and self.roles[i] is None:
                break
            if i in self.bylines or self.roles[i] in ("dateline", "credit"):
                marked = i + 1
            elif self.roles[i] is None and i < 2 and _label(self.flat[i], self.flat[i + 1] if i + 1 < self.count and self.roles[i + 1] is None else None):
                # a series label: the title comes after it, and the label may carry the date ("Monitor · Issue 31 · 29 November 2023")
                title_next = i + 1 < self.count and self.roles[i + 1] is None and len(self.flat[i + 1]) <= 220 and not _prose(self.flat[i + 1])
                marked = max(marked, i + 2 if title_next else i + 1)
                for part in re.split(r"\s*[|·•]\s*", self.flat[i])[1:]:
                    found = dateline(part)
                    if found and found[0]:
                        self.date = self.date or found
        first_prose = next((i for i in range(self.count) if self.roles[i] in (None, "answer", "question") and _prose(self.flat[i])), None)
        self.first_body = marked or (first_prose if first_prose is not None else min(1, self.count - 1))
        if self.sections:
            self.first_body = min(self.first_body, min(self.sections))
        header = range(self.first_body)
        title = None
        crumbs = next((i for i in range(min(self.count, 6)) if _BREADCRUMB.fullmatch(self.flat[i]) or _navigation(self.flat[i])), None)
        for i in range(crumbs or 0):
            if self.roles[i] is None and len(self.flat[i]) <= 60:
                self.roles[i] = "boilerplate"  # the site's name over its breadcrumb trail or menu
        if crumbs is not None and self.roles[crumbs] is None:
            self.roles[crumbs] = "boilerplate"  # the menu itself, with the site's name on the line above it
        candidates = [i for i in header if self.roles[i] is None and len(self.flat[i]) <= 320]
        # A publication's name over a title and a dek ("The Peninsula Ledger"): three lines before the byline, the first a short
        # name; or over a headline alone ("Order from Chaos" / "What Hanoi Must Deliver: …"), which a dek in sentence case is not.
        masthead = (
            candidates[0]
            if len(candidates) >= 2
            and len(self.flat[candidates[0]].split()) <= 5
            and len(self.flat[candidates[0]]) < len(self.flat[candidates[1]])
            and not self.flat[candidates[0]].endswith((".", "!", "?", ":"))
            and (len(candidates) >= 3 or (_headline(self.flat[candidates[1]]) and len(self.flat[candidates[1]].split()) >= 6))
            else None
        )
        for i in header:
            j = _next_open(self.roles, i)
            following = self.flat[j] if j is not None else None
            after = _next_open(self.roles, j) if j is not None else None
            over_label = (  # a short line over a label is a label too ('KOREA JoongAng DAILY' / 'OPINION · Column' / the title)
                following is not None
                and len(self.flat[i]) <= 60
                and not self.flat[i].endswith((".", "!", "?", ":"))
                and _label(following, self.flat[after] if after is not None else None)
            )
            if self.roles[i] is None and title is None and (i == masthead or over_label or _label(self.flat[i], following)):
                self.roles[i] = "label"
                if i and self.roles[i - 1] == "label":
                    self.roles[i - 1] = "boilerplate"  # two labels over the title: the site's name, then the section's
            elif self.roles[i] is None and title is None and _prose(self.flat[i]) and any(not _prose(self.flat[k]) for k in candidates if k > i):
                self.roles[i] = "introduction"  # "Good morning. This week …" over the title: the newsletter's framing
            elif self.roles[i] is None and title is None and len(self.flat[i]) <= 220:
                self.roles[i] = "title"
                title = self.title = i
            elif self.roles[i] is None and title is not None and len(self.flat[i]) <= 320:
                self.roles[i] = "subtitle"

    def trailing(self) -> None:
        """Trailing matter: what follows notes, bios and boilerplate; citations; captions; a PDF page's footnotes."""
        trailing = False
        links = comments = False
        for i in range(self.first_body, self.count):
            role = self.roles[i]
            if comments or (trailing and _COMMENTS_HEAD.match(self.flat[i])):
                comments = True  # a comment section: readers' words to the end, and the site's links after them
                self.roles[i] = "boilerplate"
                continue
            if role == "boilerplate" and (links or _LINKS_HEADING.match(self.flat[i])):
                links = True  # "Most read", "More from Opinion": the headlines under it, one a paragraph
            elif links and role is None and len(self.flat[i]) <= 200 and not _prose(self.flat[i]):
                self.roles[i] = "boilerplate"
                continue
            else:
                links = False
            if (
                role is None
                and self.title is not None
                and len(self.flat[i]) <= 160
                and re.search(r"\s[|·•]\s", self.flat[i])
                and fold(self.flat[self.title]) in fold(self.flat[i])
            ):
                self.roles[i] = "boilerplate"  # a PDF's running header: "ISSUE BRIEF | <the title>"
                continue
            if role in ("notes", "author_bio") or (role in ("boilerplate", "disclaimer") and i > self.first_body):
                trailing = True
            if role is None and trailing:
                previous = next((self.roles[j] for j in range(i - 1, self.first_body - 1, -1) if self.roles[j] not in (None,)), None)
                if _BIO.match(self.flat[i].lstrip("—–-*_ ")) and not _FOOTNOTE.match(self.flat[i]):
                    pass  # a bio after the notes: `bios` finds whose
                elif previous == "notes" and (_FOOTNOTE.match(self.flat[i]) or len(self.flat[i]) <= 300):
                    self.roles[i] = "notes"
                elif previous == "author_bio":
                    self.roles[i] = "author_bio"
            if (
                self.roles[i] is None
                and i
                and self.roles[i - 1] == "boilerplate"
                and re.match(r"^(?:cite this|how to cite)", self.flat[i - 1], re.I)
                and len(self.flat[i]) <= 400
            ):
                self.roles[i] = "boilerplate"  # the citation under "Cite this article"
            if self.roles[i] is None and i > self.first_body and _FOOTNOTE.match(self.flat[i]) and re.match(r"^\[\d", self.flat[i]):
                self.roles[i] = "notes"
            if self.roles[i] is None and _CAPTION_END.search(self.flat[i]) and len(self.flat[i]) <= 300:
                self.roles[i] = "caption"

        # A PDF page's footnotes, copied where the page ended: "1 Panmunjom Declaration …, April 27, 2018." over the page number.
        for i in range(self.count - 1, self.first_body, -1):
            lines = self.paragraphs[i].split("\n")
            if (
                self.roles[i] is None
                and len(lines) > 1
                and _PAGE_FOOTNOTE.match(lines[0])
                and 2 * sum(bool(_PAGE_FOOTNOTE.match(line)) for line in lines) >= len(lines)
            ):
                self.roles[i] = "notes"  # a page's footnotes, one a line
            elif (
                self.roles[i] is None
                and len(self.flat[i]) <= 400
                and _PAGE_FOOTNOTE.match(self.flat[i])
                and self.roles[i + 1 if i + 1 < self.count else i] in ("boilerplate", "notes")
            ):
                self.roles[i] = "notes"

    def owners(self) -> None:
        """4. Whose words each paragraph is: bylines, signed sections, an interview's answers."""
        answering = [label for i, label in self.speakers if self.roles[i] == "answer"]
        answers_as = answering[0] if answering else None
        if len(set(answering)) >= 2 and all(looks_like_name(_title_case(label)) for label in answering):
            # A panel: the moderator asks, and each guest's turns are the guest's ("LEE SANG-HYUN: …", "YUKI TANABE: …").
            self.panel = {i: self.person(_title_case(label)) for i, label in self.speakers if self.roles[i] == "answer"}
        self.interviewee = _interviewee(self.flat, self.roles, self.known_names, self.person, answers_as) if self.interview else None
        if self.interview and self.interviewee is None and answering and looks_like_name(answering[0]):
            self.interviewee = self.person(_title_case(answering[0]))  # "Eleanor Hartley: …"
        if self.interview and self.interviewee is None and self.people:
            self.interviewee = 0
        if self.interview and self.interviewee is not None and not self.panel:
            for i, names in list(self.bylines.items()):  # "By Park Ji-won" over an interview with Lee Sang-soo: the interviewer's credit
                if self.interviewee not in names:
                    self.roles[i] = "credit"
                    del self.bylines[i]
        current: tuple[int, ...] = ()
        header_bylines = [group for i, group in self.bylines.items() if i < self.first_body] or list(self.bylines.values())[:1]
        byline_signers = tuple(dict.fromkeys(n for group in header_bylines for n in group))  # a byline a paragraph, one under another
        if not self.people and self.default_signers:
            byline_signers = tuple(self.person(name) for name in self.default_signers)
        if not self.people:
            for i in range(self.count - 1, self.first_body, -1):
                if self.roles[i] is None and (bio := _BIO.match(self.flat[i].lstrip("—–-*_ "))) and looks_like_name(clean_name(bio.group("who"))):
                    byline_signers = (self.person(clean_name(bio.group("who"))),)
                    break
        asked = False  # a question has been put: what follows is an answer, not the publication's introduction
        findings = self.findings()
        for i in range(self.count):
            role = self.roles[i]
            asked = asked or (i > 0 and self.roles[i - 1] == "question")
            if i in self.sections:
                # Names one under another, with nothing between, sign one section together ('Dr Helena Marchbank' / 'Dr Lee Sang-hyun').
                opens = i - 1 in self.sections and not (i > 1 and self.roles[i - 2] == "body")  # not a letter's signature, closing it
                together = current if opens else self.bylines.get(i - 1, ())
                current = tuple(dict.fromkeys((*together, self.sections[i])))
                self.signers[i] = (self.sections[i],)
            elif i in self.bylines:
                self.signers[i] = self.bylines[i]
                if not self.sections:  # bylines one under another sign together
                    current = tuple(dict.fromkeys((*current, *self.bylines[i]))) if i - 1 in self.bylines else self.bylines[i]
            elif role == "answer":
                self.roles[i] = "body"
                speaker = self.panel.get(i, self.interviewee)
                self.signers[i] = (speaker,) if speaker is not None else ()
                current = self.signers[i]
            elif role is None:
                if self.interview:
                    # Before the first question, the publication frames the interview; after one, the one who answered last goes on.
                    speaker = current[0] if current and self.panel else self.interviewee
                    self.roles[i] = "body" if asked and speaker is not None else "introduction"
                    self.signers[i] = (speaker,) if asked and speaker is not None else ()
                elif (
                    (i - 1 in self.sections or i + 1 in self.sections)
                    and not _prose(self.flat[i])
                    and len(self.flat[i]) <= 120
                    and not self.flat[i].endswith((".", "!", ";", ":"))
                ):
                    self.roles[i] = "title"  # a section's own title, under its author's name or over it
                elif _heading(self.flat, i, self.first_body, self.roles):
                    self.roles[i] = "subtitle"  # a heading inside the body: "What comes next", "II. The Sequencing Dilemma"
                elif i in findings:
                    self.roles[i] = "introduction"  # "Key Findings" and its points: the publisher's digest of the piece
                elif _BOX.match(self.flat[i]) and not _FIRST_PERSON.search(self.flat[i]) and i <= self.first_body + 1:
                    self.roles[i] = "introduction"  # "Key points": the publisher's summary of the piece
                elif self.sections and not current:
                    self.roles[i] = "introduction"
                else:
                    owner = current or byline_signers
                    self.roles[i] = "body" if owner else "introduction"
                    self.signers[i] = owner
            elif role == "author_bio":
                self.signers[i] = (self.bio_of[i],) if i in self.bio_of else ()

    def letters(self) -> None:
        """Letters to the editor: a letter ('To the Editor: …') is signed by the name under it, not the one above."""
        starts = [i for i in range(self.count) if _LETTER.match(self.flat[i])]
        for start in starts:
            signed = next((j for j in sorted(self.sections) if j > start), None)
            if signed is None:
                continue
            for i in range(start, signed):
                if self.roles[i] in ("body", "introduction") and i not in self.sections:
                    self.roles[i], self.signers[i] = "body", (self.sections[signed],)

    def signature(self) -> None:
        """A byline after the last body paragraph (an author box, a signature) is the author's bio: the body was signed above it."""
        body = [i for i, role in enumerate(self.roles) if role == "body"]
        for i in self.bylines:
            if body and i > body[-1] and not re.match(r"by\s", self.flat[i], re.I):  # "By Lee Sang-hyun, Professor at …" at the end stays a byline
                self.roles[i] = "author_bio"

    def findings(self) -> set[int]:
        """The points of a list under 'Key Findings' (or 'At a glance'…): paragraphs set as bullets, right under that heading."""
        points: set[int] = set()
        under = False
        for i, paragraph in enumerate(self.raw):
            if _FINDINGS_HEAD.match(self.flat[i].strip("*_ ")):
                under = True
            elif under and _BULLET.match(paragraph):
                points.add(i)
            else:
                under = False
        return points

    def bios(self) -> None:
        """5. Bios: "Jane Doe is a senior fellow at X" at the end or the top, with the affiliation it states."""
        argument_before = False
        for i in range(self.count):
            if i:
                argument_before = argument_before or (self.roles[i - 1] == "body" and len(self.flat[i - 1]) > 300)
            if self.roles[i] not in ("body", "author_bio") or (
                self.roles[i] == "body" and ((i < self.count / 2 and argument_before) or len(self.flat[i]) > 600)
            ):
                continue  # a bio stands at the end, or at the top before the argument starts
            owners, stated = _bio_people(self.flat[i], self.people)
            if not owners and (the_author := _THE_AUTHOR.match(self.flat[i].lstrip("—–-*_ "))) and self.people:
                owners = list(range(len(self.people)))  # "The author is a professor of …": the essay's author(s), not named
                found = _BIO_AFFILIATION.search(self.flat[i][the_author.start("verb") :])
                stated = {0: found.group("what").strip(" *_")} if found and len(self.people) == 1 else {}
            elif self.roles[i] == "body" and not (owners and _BIO.match(_RANKS.sub("", self.flat[i].lstrip("—–-*_ ")))):
                continue
            if not owners and self.roles[i] == "body":
                continue
            self.roles[i] = "author_bio"
            self.signers[i] = tuple(owners) or self.signers[i]
            for owner, affiliation in stated.items():
                known = self.people[owner].affiliation
                if affiliation and (not known or (known.lower() in affiliation.lower() and len(known) < len(affiliation))):
                    self.people[owner].affiliation, self.people[owner].stated_in = affiliation, i + 1  # the bio's fuller words over the byline's few
        bios = [i for i in range(self.count) if self.roles[i] == "author_bio"]
        for i in bios:  # an "About the author(s)" heading belongs to the people of the bios under it
            if not self.signers[i]:
                following = [self.signers[j] for j in bios if j > i and self.signers[j]]
                self.signers[i] = tuple(dict.fromkeys(s for group in following for s in group)) or tuple(range(len(self.people)))

    def reading(self) -> Reading:
        final = [role or "body" for role in self.roles]
        used = sorted({n for group in self.signers for n in group})  # people named but signing nothing (an interviewer's byline) are no authors
        renumber = {old: new for new, old in enumerate(used)}
        return Reading(final, [tuple(renumber[n] for n in group) for group in self.signers], [self.people[n] for n in used], self.date)


_HEADING_NUMBER = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[A-H])[.)]\s+\S")
"""'I. Introduction', '2.1 The Sequencing Dilemma', 'A. Background': a numbered section heading."""


def _headline(text: str) -> bool:
    """Whether `text` is set as a headline is, its words capitalized ('What Hanoi Must Deliver'), or as a sentence ('What Hanoi must deliver')."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _next_open(roles: Sequence[str | None], i: int) -> int | None:
    """The paragraph after `i` that nothing has claimed yet, past date lines ('Journal of X, Vol. 31' / 'June 2020' / the title)."""
    j = i + 1
    while j < len(roles) and roles[j] == "dateline":
        j += 1
    return j if j < len(roles) and roles[j] is None else None


def _only_a_dek_before(flat: Sequence[str], roles: Sequence[str | None], i: int) -> bool:
    """Whether what comes before paragraph `i` is a header: no prose, or one short dek under the title when a date line
    follows the names (a name after an introduction, with a heading under it, opens a signed section instead)."""
    prose = [j for j in range(i) if roles[j] is None and _prose(flat[j])]
    dated = i + 1 < len(flat) and dateline(flat[i + 1]) is not None
    return not prose or (len(prose) == 1 and len(flat[prose[0]]) <= 300 and prose[0] >= 1 and dated)


def _full_name(name: str, flat: Sequence[str]) -> str:
    """A surname as the full name the text gives it somewhere ('REINHOLT' -> 'Douglas Reinholt'), or the name itself."""
    surname = fold(name.split()[-1])
    for paragraph in flat:
        for candidate in _CAPITALIZED_NAME.findall(paragraph):
            words = clean_name(candidate).split()
            if len(words) >= 2 and fold(words[-1]) == surname and looks_like_name(" ".join(words[-3:])):
                return " ".join(words[-3:]) if len(words) > 3 else " ".join(words)
    return _title_case(name)


def _same_speakers(labels: list[str]) -> list[str]:
    """Each speaker label as its first, fullest form: 'FP' is 'Foreign Policy', 'Hartley' is 'Eleanor Hartley' once they have spoken."""
    full: list[str] = []
    result = []
    for label in labels:
        words = label.split()
        same = next(
            (
                earlier
                for earlier in full
                if label == earlier
                or (len(words) == 1 and label.upper() == label and "".join(w[0] for w in earlier.split()).upper() == label)
                or (len(words) == 1 and fold(label) in fold(earlier).split())
            ),
            None,
        )
        if same is None:
            full.append(label)
        result.append(same or label)
    return result


def _heading(flat: Sequence[str], i: int, first_body: int, roles: Sequence[str | None]) -> bool:
    """A short line between paragraphs of prose, ending as no sentence does: a heading within the body."""
    p = flat[i]
    if len(p) > 100 or _prose(p) or p.endswith((".", "!", ";", ":", ",")) or len(p.split()) > 12:
        return False
    if _HEADING_NUMBER.match(p):
        return True
    next_is_prose = i + 1 < len(flat) and _prose(flat[i + 1])
    previous_is_prose = i == first_body or (i > 0 and (_prose(flat[i - 1]) or roles[i - 1] in ("boilerplate", "notes")))
    return next_is_prose and previous_is_prose and (i > first_body or len(p.split()) <= 8)


def _name_alone(paragraph: str) -> str | None:
    """A paragraph that is a person's name and nothing else: 'Chun Yung-woo', or inverted, 'Swanström, Niklas' (read as 'Niklas Swanström')."""
    if len(paragraph) > 60 or paragraph.endswith((".", "?", "!", ":")):
        return None
    inverted = re.fullmatch(r"(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+),\s+(?P<given>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)", paragraph)
    if inverted:
        return f"{inverted['given']} {inverted['surname']}"
    name = clean_name(paragraph)
    if _HEADING_NUMBER.match(paragraph) or _ABOUT_PUBLISHER.match(paragraph):
        return None
    return name if looks_like_name(name) and len(name.split()) <= 4 and not _LABEL.match(name) else None


_SENTENCE_BREAK = re.compile(
    r"(?<!\b[A-Z]\.)(?<!\bMaj\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bDr\.)(?<!\bProf\.)(?<!\bAmb\.)(?<!\bMr\.)(?<!\bMs\.)"
    r"(?<!\bMrs\.)(?<!\bSt\.)(?<!\bNo\.)(?<!\bret\.\))(?<=[.!?])\s+(?=[A-Z*])"
)
"""Between two sentences, not after an initial or an abbreviation: 'Mats Engman, Maj. Gen. (ret.), is …' is one."""


def _bio_people(paragraph: str, people: list[Signer]) -> tuple[list[int], dict[int, str]]:
    """The signers a bio paragraph speaks of, and the affiliation it states for each."""
    owners: list[int] = []
    stated: dict[int, str] = {}
    for sentence in _SENTENCE_BREAK.split(paragraph):  # not after an initial: 'Daniel R. Whitford is …'
        sentence = _RANKS.sub("", sentence.lstrip("—–-*_ "))  # "Lt. Gen. (ret.) Robert Hallworth is …"
        match = _BIO.match(sentence)
        if not match:
            continue
        who = romanized(match.group("who"))
        for n, signer in enumerate(people):
            if who & romanized(signer.name) or fold(match.group("who")) == fold(signer.name):
                owners.append(n)
                what = match.group("aside") or ""
                found = _BIO_AFFILIATION.search(sentence[match.end("who") :])
                if found and not what:
                    what = found.group("what").strip()
                if what and n not in stated:
                    stated[n] = what.strip(" *_")
    return list(dict.fromkeys(owners)), stated


_TITLE_NAME = re.compile(r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.-]+){1,3})(?::\s|\s+on\s)")
"""'Chaesung Chun: …', 'Jane Doe on …': the interviewee at the head of the title (no possessive: 'Beijing’s Patience …' is none)."""
_WITH_NAME = re.compile(
    r"\b(?:interview with|in conversation with|conversation with|q ?& ?a with|talking with|speaks with|questions (?:for|to)|(?:spoke|talked) (?:with|to))\s+(?:(?:Dr|Prof|Gen|Amb)\.?\s+)?"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.’'-]+){1,3}))",
    re.I,
)
_CAPITALIZED_NAME = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2}")
_SPOKE = re.compile(
    r"(?:Dr\.\s+|Prof\.\s+|Professor\s+|Ambassador\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.’'-]+){1,3}),[^.]{0,200}?\b(?:spoke|talked|sat down)\b"
)


def _interviewee(flat: list[str], roles: list[str | None], known_names: Iterable[str], person, answers_as: str | None = None) -> int | None:
    """Who answers: named at the head of the title ('Jane Doe: …', 'Jane Doe on …'), or in the introduction; `answers_as`, the
    label the answers bear ('Kim'), finds the full name the introduction gives ('Kim Min-seo')."""
    head = [i for i, role in enumerate(roles) if role in ("title", "subtitle", None, "introduction") and not any(r == "question" for r in roles[:i])]
    for i in head:
        if roles[i] == "title" and (match := _TITLE_NAME.match(flat[i])) and looks_like_name(match.group("name")) and not _WITH_NAME.search(flat[i]):
            return person(clean_name(match.group("name")))
        if roles[i] in ("title", "subtitle") and (match := _WITH_NAME.search(flat[i])) and looks_like_name(clean_name(match.group("name"))):
            return person(clean_name(match.group("name")))
    text = " ".join(flat[i] for i in head)
    known = [(name, romanized(name)) for name in known_names if len(name.split()) >= 2]
    candidates = [clean_name(candidate) for candidate in _CAPITALIZED_NAME.findall(text)]
    for candidate in candidates:  # a known author, under any spelling of the name ('Lee Sang-soo' is Sangsoo Lee), in any 2 or 3 of its words
        words = candidate.split()
        for window in (" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 2, min(a + 3, len(words)) + 1)):
            readings = romanized(window)
            if readings and any(readings & forms for _, forms in known):
                return person(window)
    if answers_as and len(answers_as.split()) == 1:
        for candidate in candidates:  # the two words around the label: 'Kim Min-seo' out of 'Hanoi Kim Min-seo'
            words = candidate.split()
            at = next((k for k, word in enumerate(words) if fold(word) == fold(answers_as)), None)
            if at is not None:
                named = " ".join(words[at : at + 2] if at + 1 < len(words) else words[at - 1 : at + 1])
                if looks_like_name(named):
                    return person(named)
    for i in head:
        if match := _SPOKE.search(flat[i]):
            return person(clean_name(match.group("name")))
        if roles[i] in (None, "introduction") and (match := _WITH_NAME.search(flat[i])) and looks_like_name(clean_name(match.group("name"))):
            return person(clean_name(match.group("name")))  # "This time we spoke with Dr. Zhang Yifan about …"
        bio = _BIO.match(flat[i].lstrip("—–-*_ ")) if roles[i] in (None, "introduction") else None
        if bio and bio.group("aside") and _AFFILIATION_WORD.search(bio.group("aside")) and looks_like_name(clean_name(bio.group("who"))):
            return person(clean_name(bio.group("who")), bio.group("aside").strip(), i + 1)  # "Lee Sang-hyun, a senior fellow at X, has advised …"
    return None
