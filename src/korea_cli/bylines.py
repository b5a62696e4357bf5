"""People as essays name them: bylines, ranks and honorifics, affiliations, and the ways one name is written.

'By Dr. Jane Doe, Senior Fellow at X', 'By SANG-SOO LEE & MATS ENGMAN, Maj.
Gen. (ret.)', 'Kim Tae-hoon, Yoon Seo-yeon (Korea Institute …)', a name a
line: `byline_people` reads them into (name, affiliation) pairs, ranks
removed; `romanized` lets 'Chun Chae-sung' and 'Chaesung Chun' meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from korea_cli.dates import date_among, dateline
from korea_cli.looks import ABOUT_PUBLISHER, HEADING_NUMBER, LABEL, LINKS_HEADING, ORCID_ID
from korea_cli.ranks import HONORIFIC as _HONORIFIC
from korea_cli.ranks import RANKS as RANKS
from korea_cli.ranks import RETIRED as _RETIRED
from korea_cli.text import NAME_PARTICLES, fold

_RANK_AFTER = re.compile(rf"\s*{_RETIRED}|,?\s+(?:Ph\.?\s?D\.?|M\.?A\.?|M\.S\.|M\.?Sc\.?|M\.?Phil\.?|MBA|Esq\.)$|,\s+(?:{_HONORIFIC}\s*)+$", re.I)
_POST_BEFORE_NAME = re.compile(
    r"(?:(?:Senior|Junior|Associate|Assistant|Visiting|Principal|Chief|Deputy|Executive|Non-?resident|Distinguished|Research|Programme|Program|Policy)\s+)*"
    r"(?:Fellow|Researcher|Analyst|Director|Professor|Lecturer|Editor|Correspondent|Adviser|Advisor)\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3})"
)
"""A post before the name on a byline's line ('Senior Research Fellow Sanne Verhoeven')."""
_POST_NOMINALS = re.compile(
    r"(?:,?\s+(?:AC|AO|AM|OAM|CSC|CSM|DSC|DSM|DSO|DFC|MC|CVO|LVO|MVO|KCVO|GCVO|CMG|KCMG|GCMG|CB|KCB|GCB|CBE|OBE|MBE|KBE|DBE|GBE|QC|KC|SC|FRS|FBA|FRSA|FAIIA|MP|MEP"
    r"|RAN|RN|RAAF|RAF|RNZN|USN|USMC|USAF|ROKN|PhD|DPhil|DrPH|JD|LLM|MD|M\.D|S\.?J|DDS|FRSE|FREng|FAcSS"
    r"|PVSM|AVSM|UYSM|YSM|VSM|SM|FRUSI|FRGS|FRAS|MM|OSB|OP|OFM|SSND|RSCJ|CSJ))+\.?$"  # a religious order's letters: 'Sr. Theresa Kwon, MM'
)
"""Honours, services and degrees after a name, as Commonwealth and military bylines give them ('Duncan Hartigan AM CSC RAN')."""
_DEGREE = r"(?:Ph\.?\s?D\.?|PH\.?\s?D\.?|D\.?\s?Phil\.?|Fil\.\s?[Dd]r\.|FIL\.\s?DR\.|M\.?A\.?|MBA|LL\.?M\.?|CSc\.|DrSc\.)"
"""A degree written after a name: 'Ph.D.', 'PH.D.', 'D.Phil.', Swedish 'fil. dr.', 'M.A.', 'LL.M.', Czech 'CSc.'."""
_DEGREE_IN_LIST = re.compile(
    rf",\s+{_DEGREE}(?=,?\s+(?:and|&|with)\s)|,\s+(?:Ph\.?\s?D\.?|PH\.?\s?D\.?|D\.?\s?Phil\.?|Fil\.\s?[Dd]r\.|FIL\.\s?DR\.)(?=,\s+(?-i:[A-Z]))"
)
"""A degree after one name of several ('doc. Ing. Tomáš Hrubý, Ph.D., and Mgr. Kateřina Nováková', 'HANNAH LINDQVIST, FIL. DR.,
PARK SO-YEON, …'): no part of the list."""
_DOCTORATE_AFTER = re.compile(r",\s+(?:Ph\.\s?D\.|PH\.\s?D\.|D\.\s?Phil\.|M\.A\.|M\.Sc\.|LL\.M\.)$")
"""A degree after a name that is alone on its line, or the last of several ('Zhao Lingyun, Ph.D.', '… and Kim Ji-won, M.A.'): no
post, and no part of the name."""
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ž][\w.'’-]*|[a-zà-öø-ÿā-ž][\w'’-]*-[\w'’-]+|" + "|".join(sorted(NAME_PARTICLES)) + ")$")
_BY = re.compile(
    r"^(?:[—–-]{1,2}\s*)?(?:written\s+by|(?:byline\s*:\s*)?by(?:\s*:)?|(?-i:Por|POR|Par|PAR)(?=\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž]))|byline\s*:|(?:lead|principal|main|contributing|co-?)\s*authors?\s*:|co-?chairs\s*:|contributors?\s*:|answered\s+by|opinion\s+by|(?:an?\s+)?(?:essay|commentary|column|analysis|op-?ed)\s+by|(?:(?:guest|invited|visiting)\s+)?authors?\s*:|author\(s\)\s*:?|(?:verfasser(?:in|innen)?|autor(?:in|innen|en|a|as|es)?|auteur(?:e|s|es)?)\s*:|authors?(?=\s+(?:Dr\.|Prof\.)?\s*[A-Z]{2,})|authors?(?=\s{3,})|words\s*(?::|by)|text\s*(?::|by)"  # "Words: Eleanor Hartigan", a magazine's
    r"|(?:(?:keynote|opening|closing|special|prepared|public|inaugural|written)\s+)?(?:remarks|speech|address|keynote|lecture|statement|testimony)\s+(?:by|of|from)"
    r"|(?:(?:report|summary)\s+)?(?:prepared|compiled|written)\s+by|rapporteur\s*:|(?:chair[’']?s\s+)?summary\s+by|posted\s+by"
    r"|(?:posted|published)\s+on\s+[\w ,.]{6,30}?\s+by|(?:jointly\s+)?issued\s+by|(?:an?\s+)?(?:exchange|correspondence)(?:\s+of\s+letters)?\s+between|from\s*:|guest\s*:|speaker\s*:|from the desk of|in conversation with(?=\s+[^:]+$)"  # "In conversation with A and B" under the title
    r"|(?:(?:this (?:week|issue)[’']s|today[’']s|an?)\s+)?guest\s+(?:post|column|essay|contribution|piece)\s+(?:is\s+)?by|(?:an?\s+)?(?:response|reply|rejoinder|dissent|dissenting (?:note|view|opinion|statement))\s+(?:by|from)"
    r"|(?:written\s+)?responses\s+of(?=\s+[^\n]{3,60}?\s+to\s+(?:the\s+)?(?:additional\s+|written\s+)?questions\b))"  # a hearing's record
    r"\s+(?P<rest>.+?)(?:\s+to\s+(?:the\s+)?(?:additional\s+|written\s+)?questions\s+(?:submitted|for the record)\b.*)?$",
    re.I,
)
_BY_ALONE = (
    r"(?:by|written by|words by|an essay by|authors?|the authors?|(?:guest )?contributors?|(?:guest )?columnist"
    r"|(?:(?:prepared|written|opening|keynote)\s+)?(?:statement|testimony|remarks|speech|address)\s+(?:of|by|from))"
)
"""A byline's first words alone on their line, over the name: 'By', 'Statement of' over a witness's name and post."""


def says_when(line: str) -> bool:
    """Whether a line under a byline's names says when: a date line, a date among a masthead's parts, or an app's '2d ago'."""
    line = line.strip()
    return bool(dateline(line) or date_among(line) or POSTED_AGO.fullmatch(line))


POSTED_AGO = re.compile(
    r"(?:updated\s+)?\d{1,2}\s*(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago(?:\s*[|·•]\s*\d{1,3}\s*min(?:ute)?s?(?:\s+read)?)?", re.I
)
"""'2d ago · 6 min read': when an app says a piece was posted, as it counts."""
_AFFILIATION_START = re.compile(
    r",\s+(?=(?:a|an|the)\s|[A-Z]|\d{1,3}(?:st|nd|rd|th)\s+[A-Z]|[a-z]+(?:\s+[a-z]+){0,3}\s+(?:of|at|in|for|with)\b|[a-z]+(?:\s+[a-z]+)?(?:\s+\([a-z.]{1,6}\))?$|[a-z]+(?:\s+[a-z]+){0,3},\s+[A-Z])"
    r"|\s+[—–-]\s+(?=(?:a|an|the)\s|[A-Z])"
)  # …, research fellow at X; …, rapporteur; …, generalmajor (ret.); …, associate professor, Graduate School of …; '— Senior Fellow, …';
# '…, 2nd Infantry Division', a soldier's unit
_AFFILIATION_START_AFTER_BY = re.compile(rf"{_AFFILIATION_START.pattern}|,\s+(?=(?:former|retired)\s|[a-z]+(?:\s+[a-z]+){{0,3}}\s+to\s)")
"""After 'By', a post also begins 'former …' or '… to …' ('By Jane Doe, former Ambassador to Korea'); a speaker's line under
no 'By' ('Lee Sang-hyun, welcome to …', 'Lucía Ferreyra, former UN sanctions investigator: “…”') is no byline."""


_SPACING_ACCENT = re.compile(r"(?<=[A-Za-z])\s?([¨´`ˆ˜˚])")
"""An accent a PDF's copy sets apart from its letter ('Swanstro¨m'), as a spacing mark."""
_COMBINING = {"¨": "\u0308", "´": "\u0301", "`": "\u0300", "ˆ": "\u0302", "˜": "\u0303", "˚": "\u030a"}


def _accented(mark: re.Match[str]) -> str:
    return _COMBINING[mark.group(1)]


def _joined_accents(text: str) -> str:
    """'Swanstro¨m' as 'Swanström'."""
    return unicodedata.normalize("NFC", _SPACING_ACCENT.sub(_accented, text)) if _SPACING_ACCENT.search(text) else text


def clean_name(text: str) -> str:
    """A person's name without ranks, honorifics or degrees: 'Major General (ret.) Mats Engman' -> 'Mats Engman'."""
    name = RANKS.sub("", _joined_accents(text).strip().strip("*_ ").rstrip("*†‡¹²³⁴⁵⁶⁷⁸⁹⁰ ").strip())
    name = re.sub(r"(?<=[a-zà-öø-ÿā-ž])\d{1,2}\b", "", name)  # "Niklas Swanstrom1": a superscript's digit, flattened by the copy
    name = _NICKNAME.sub(" ", name)  # 'Thomas “Tad” Whitcombe': the name he goes by, in quotation marks
    name = re.sub(r"\s+ORCID(?:\s+(?:Icon|logo|iD))?\s*$", "", name, flags=re.I)  # "Zhao Lingyun ORCID Icon": a journal's link, copied as words
    previous = None
    while previous != name:
        previous = name
        name = _POST_NOMINALS.sub("", _RANK_AFTER.sub("", name)).strip()
    return name


_NICKNAME = re.compile(r"(?<=\w)\s+[“\"‘'](?-i:[A-Z])[\w.’-]{1,15}[”\"’']\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))")
"""A nickname in quotation marks between a given name and a surname ('Thomas “Tad” Whitcombe')."""
_NOT_NAME_WORDS = frozenset(
    re.findall(
        r"\w+",
        """the of and but yet still thus hence available downloads download unification affairs foreign defense defence interior
        january february september october november december monday tuesday wednesday thursday friday saturday sunday blog blogs
        dear hello sincerely regards
        for in on to a an is with by daily times herald news journal weekly diplomat tribune gazette magazine online media ledger chronicle courier staff syndicate features
        korea korean asia asian china japan europe america north south africa african russia russian american chinese japanese
        european pacific global world press review opinion executive summary key findings introduction conclusion
        conclusions abstract contents recommendations statement statements joint declaration background overview what why how when where which who not no went wrong right next
        now new after before toward towards beyond between against over under ahead home about archive archives contact menu search subscribe
        voices insights perspectives commentary analysis column columns brief report notes digest monitor forum bottom line memorandum
        download pdf print list share page top session congress hearing hearings subcommittee committee witnesses contents
        experts expert react reacts reaction roundup views interview interviews discussion discussions floor panel
        breakfast morning evening tonight today weekend hour show programme program radio podcast broadcast episode talking points
        letter letters lettre newsletter edition dear dossier reader readers mail mailbag bulletin party congress parliament assembly committee spokesperson spokesman
        view outside inside notebook lines outlook commission delegation agency office bureau corps command forces army navy union league
        institute institut institutt instituto istituto institution library foundation stiftung fondation fundación centre center centrum
        zentrum senter council university universitet universität université universidad università academy akademie society
        association department school college
        spokeswoman issues minister ministry state secretary deputy vice prime president chancellor premier monday tuesday wednesday thursday friday saturday sunday
        verification deferred sanctions denuclearization denuclearisation peace regime summit alliance deterrence nuclear missile
        security diplomacy engagement freeze treaty talks policy strategy war deal crisis dialogue
        cannot can could be been being will would must should shall may might written
        through without within across via during since until amid among upon trust sequencing sequence
        peninsula watch focus dispatch briefing former negotiator official diplomat envoy analyst scholar veteran
        power powers shadow shadows great limits lessons stakes risks options choices note dissent dissenting preface members afterword foreword
        my our your their take takes fast quick guest science studies relations affairs economics politics history
        common ground final thoughts closing remarks forward social sharing leverage diminishing rising growing shifting changing
        shrinking fading mounting waiting pressure pressures signal signals interim step steps worth taking
        two three four five six seven eight nine ten retired officers generals scholars analysts diplomats economists economist""",
    )
)
"""Words of a sentence, a masthead ('KOREA JoongAng DAILY') or a section, never of a person's name."""


def looks_like_name(text: str, lowercase_ok: bool = False) -> bool:
    """Two to five words, each capitalized (or all lower case, as some bylines are), with no words of a sentence."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(w.lower() in _NOT_NAME_WORDS for w in words):
        return False
    if any(re.search(r"[’']s$|\w{3}(?:tions|ments|ities|isms|ences|ances)$", word, re.I) for word in words):
        return False  # "NORTH KOREA'S AFRICAN FOOTPRINT", "Realistic Expectations": a possessive, a plural abstract noun: a heading's
    if (ranks := RANKS.match(text.strip() + " ")) and ranks.end() > len(text.strip()):
        return False  # "A Retired U.S. Vice Admiral on Stockholm": a rank, whoever holds it
    if re.match(r"(?:part|chapter|section|session|panel|round|volume|vol|book|annex|appendix)\.?\s+(?:[IVXLC]+|\d+)\b", text, re.I):
        return False  # "Part III · Conversations": a division of a volume, not a person
    if all(w.lower().strip(".,") in _POST_WORDS for w in words):
        return False  # "Senior Columnist", "Associate Professor": a post, whoever holds it
    if lowercase_ok and text == text.lower() and all(re.fullmatch(r"[a-zà-öø-ÿā-ž][\w'’-]*", w) for w in words):
        return True
    return all(_NAME_WORD.match(w) for w in words) and any(w[0].isupper() for w in words)


def split_names(text: str) -> list[str]:
    """'A, B and C' / 'A & B' / 'A; B' / 'A with B' / 'A und B' / 'A vs. B' (a debate's two sides) -> each name, ranks removed ('Jr.' is part of a name; Spanish 'y' may
    join one person's two surnames, so it joins two people only where each side is a whole name of two words or more)."""
    names = [
        clean_name(n)
        for n in re.split(r",\s*(?:and\s+|with\s+)?(?!(?:Jr|Sr)\.?\b)|\s+(?:and|und|et|och|og|vs\.?|versus)\s+|\s*[&;]\s*|\s+with\s+", text, flags=re.I)
        if n.strip()
    ]
    split: list[str] = []
    for name in names:
        halves = re.split(r"\s+y\s+", name)
        split += halves if all(len(half.split()) >= 2 for half in halves) else [name]  # 'Sangsoo Lee y Martín Benítez Giménez', not 'José Ortega y Gasset'
    return split


def romanized(name: str) -> set[tuple[str, str]]:
    """The ways a name can be read as (surname, given names run together): 'Chun Chae Sung', 'Chae-sung Chun' and 'CHUN Chaesung' meet.

    Korean given names are written with a hyphen, a space or neither; the
    surname may come first or last. Different given names stay apart:
    Sang-hyun Lee is not Sangsoo Lee.
    """
    words = [w for w in re.split(r"[\s,]+", fold(clean_name(name)).replace("-", "").replace("'", "").replace("’", "")) if w]
    if len(words) < 2:
        return set()
    readings = {(words[0], "".join(words[1:])), (words[-1], "".join(words[:-1]))}
    named = [w for w in words if not re.fullmatch(r"(?:[a-z]\.)+", w)]  # 'Niklas L.P. Swanstrom' is Niklas Swanström
    if 2 <= len(named) < len(words):
        readings |= {(named[0], "".join(named[1:])), (named[-1], "".join(named[:-1]))}
    return readings


def korean_sounds(name: str) -> set[tuple[str, str]]:
    """`romanized` readings of a Korean name, reduced to how they sound, for the readings whose surname is a Korean one:
    'Jeon Jae-seong' (Revised Romanization) and 'Chun Chaesung' (an older spelling) of 전재성 meet; 'Sang-hyun' and
    'Sangsoo' stay apart. A match here is a likelihood, not a certainty: the caller says so."""
    return {(surname, given) for surname, given in ((_sound(s), _sound(g)) for s, g in romanized(name)) if surname in _KOREAN_SURNAMES}


_INSTITUTION_WORD = (
    r"(?:University|Institute|Institution|Centre|Center|Foundation|Council|Academy|Forum|Society|Association|Agency|Ministry|College|Commission)"
)
_INSTITUTION_NAME = re.compile(
    rf"(?:[A-ZÀ-ÖØ-ÞĀ-ž][\w.&-]*(?:\s+(?:of|for|and|on|&|the|de|für))*\s+)*{_INSTITUTION_WORD}\b"
    r"(?:\s+(?:of|for|on)(?:\s+(?:the|and|&|of|on)?\s*[A-ZÀ-ÖØ-ÞĀ-ž][\w.&-]*)+)?"
)
_POST_OF = re.compile(
    r"^(?:(?:senior|junior|research|executive|deputy|vice|founding|associate|assistant|visiting|distinguished)\s+)*"
    r"(?:director|head|president|chair|chairman|chairwoman|professor|fellow|dean|founder|member|lecturer|researcher|adviser|advisor)\s+(?:of|at)\s+(?:the\s+)?"
)
_TWO_INSTITUTION_WORDS = re.compile(rf"^(.*?\b{_INSTITUTION_WORD.lower()}\b).*\b{_INSTITUTION_WORD.lower()}\b")
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{2,}[a-z]?\b")
_CONNECTORS = frozenset({"of", "for", "and", "on", "&", "the", "de", "für"})
_NOT_INSTITUTIONS = frozenset({"USA", "ROK", "DPRK", "PRC", "USSR", "NATO", "ASEAN", "ICBM", "IAEA", "NPT", "WMD", "THAAD", "CVID", "FFVD", "DMZ", "NLL"})


def institutions(affiliation: str) -> set[str]:
    """The institutions an affiliation names, folded, each also cut after its first institution word ('East Asia Institute’s Center
    for National Security Studies' names 'east asia institute'), and its acronyms ('EAI'): two statements that share one place
    the person at the same institution, whatever else each says of the post. A lone 'Center' or 'University' names none; a name
    also stands for its initials ('institute for security and development policy' for ISDP)."""
    found: set[str] = set()
    for match in _INSTITUTION_NAME.finditer(re.sub(r"[’']s\b", "", affiliation)):
        name = _POST_OF.sub("", re.sub(r"^the\s+", "", fold(match.group())))
        found.add(name)
        if two := _TWO_INSTITUTION_WORDS.match(name):  # 'east asia institute center for …' names 'east asia institute' too
            found.add(two.group(1))
    found = {name for name in found if " " in name}
    initials = {
        "".join(w[0] for w in name.split() if w not in _CONNECTORS).upper() for name in found
    }  # 'institute for security and development policy' is ISDP
    return found | {i for i in initials if len(i) > 2} | {m.group() for m in _ACRONYM.finditer(affiliation) if m.group() not in _NOT_INSTITUTIONS}


_POST_WORDS = frozenset(
    re.findall(
        r"[\w-]+",
        """senior junior chief diplomatic correspondent fellow research researcher professor associate assistant director head editor
        editorial writer columnist analyst adviser advisor visiting distinguished lecturer dean president chair member former deputy
        executive programme program staff reporter principal emeritus nonresident non-resident military major general ret retd maj
        gen col lt dr prof phd""",
    )
)
"""Words of a post or a rank, never of an organisation's name: what `organisations` strips from a run of capitals."""
_CAPITALIZED_RUN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ž][\w’'&.-]*(?:\s+(?:(?:of|for|and|&|the|on)\s+)*[A-ZÀ-ÖØ-ÞĀ-ž][\w’'&.-]*)*")


def organisations(affiliation: str) -> set[str]:
    """Every organisation an affiliation names, as `institutions` does and by any run of capitalized words that is no post
    ('Senior Diplomatic Correspondent, The Kyunghyang Shinmun' names 'kyunghyang shinmun'), folded: looser, for telling that
    two statements place a person apart, never that they place one together."""
    found = set(institutions(affiliation))
    for run in _CAPITALIZED_RUN.findall(affiliation):
        words = [word.strip(".") for word in fold(run).split()]
        while words and (words[0] in _POST_WORDS or words[0] in _CONNECTORS):
            words = words[1:]
        if len(words) >= 2 and not all(word in _POST_WORDS or word in _CONNECTORS for word in words):
            found.add(" ".join(words))  # two words at least: not 'PhD', nor a city alone
    return found


def only_institutions(text: str) -> bool:
    """Whether `text` names institutions and nothing else ('NUPI Norwegian Institute of International Affairs'), also in capitals
    and with a school's programme ('HALVORSEN SCHOOL OF GLOBAL AFFAIRS | NORTHFIELD UNIVERSITY Program on Korean Peninsula
    Security'): a publisher's name, set apart at the head or the foot of the page."""
    text = re.sub(r"\b[A-ZÀ-ÖØ-ÞĀ-ž]{2,}(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž]{2,})+\b", lambda run: _titled(run.group()), text)
    rest = _ACRONYM.sub("", _PUBLISHER_NAME.sub("", text))
    return len(text.split()) >= 2 and bool(_INSTITUTION_NAME.search(text)) and not re.search(r"\w", re.sub(r"\b(?:the|of|and|&)\b", "", rest, flags=re.I))


_PUBLISHER_NAME = re.compile(
    rf"(?:[A-ZÀ-ÖØ-ÞĀ-ž][\w.&-]*(?:\s+(?:of|for|and|on|&|the|de|für))*\s+)*(?:{_INSTITUTION_WORD}|School|Program|Programme|Department|Faculty)\b"
    r"(?:\s+(?:of|for|on)(?:\s+(?:the|and|&|of|on)?\s*[A-ZÀ-ÖØ-ÞĀ-ž][\w.&-]*)+)?"
)
"""An institution's name or one of its parts, as a publisher's masthead gives it."""


def _titled(run: str) -> str:
    """A run of capitals as a name is written ('SCHOOL OF GLOBAL AFFAIRS' is 'School of Global Affairs'), so that the patterns of
    names read it."""
    return " ".join(word.lower() if word.lower() in _CONNECTORS else _capitalized(word) for word in run.split())


def _sound(word: str) -> str:
    """A romanized Korean word as it sounds: ㅓ written eo, u or o; ㅈ/ㅊ written j or ch; voiced and unvoiced stops alike."""
    word = _LEE.get(word, word)
    word = re.sub(r"r(?=[^aeiouwy]|$)", "", word)  # 'Park' is 'Pak'
    for written, sound in (
        ("eo", "o"),
        ("eu", "u"),
        ("oo", "u"),
        ("ee", "i"),
        ("sh", "s"),
        ("ch", "c"),
        ("j", "c"),
        ("g", "k"),
        ("d", "t"),
        ("b", "p"),
        ("r", "l"),
    ):
        word = word.replace(written, sound)
    return word.replace("u", "o").replace("wo", "o")


_LEE = {"yi": "lee", "i": "lee", "rhee": "lee", "ri": "lee", "rhie": "lee"}
"""이, the one surname whose spellings share no sound rule."""
_KOREAN_SURNAMES = {
    _sound(s)
    for s in [
        "kim",
        "lee",
        "yi",
        "rhee",
        "park",
        "pak",
        "bak",
        "choi",
        "choe",
        "jung",
        "chung",
        "jeong",
        "kang",
        "cho",
        "jo",
        "yoon",
        "yun",
        "jang",
        "chang",
        "lim",
        "im",
        "han",
        "oh",
        "seo",
        "suh",
        "shin",
        "sin",
        "kwon",
        "hwang",
        "ahn",
        "an",
        "song",
        "jeon",
        "chun",
        "jun",
        "chon",
        "cheon",
        "hong",
        "yoo",
        "yu",
        "ko",
        "go",
        "moon",
        "mun",
        "yang",
        "son",
        "sohn",
        "bae",
        "pae",
        "baek",
        "paik",
        "heo",
        "huh",
        "nam",
        "noh",
        "roh",
        "ha",
        "kwak",
        "sung",
        "seong",
        "cha",
        "joo",
        "ju",
        "woo",
        "koo",
        "gu",
        "min",
        "ryu",
        "na",
        "jin",
        "ji",
        "um",
        "eom",
        "chae",
        "won",
        "bang",
        "hyun",
        "byun",
        "byeon",
        "wi",
        "ok",
        "pyo",
        "sim",
        "shim",
        "yeom",
        "gil",
    ]
}
"""Korean surnames, as they sound: only a name with one of these is read for another romanization."""


def _without_date(rest: str) -> str:
    """A byline's names without the date after them ('Jane Doe on March 2, 2026.', 'Jane Doe, 2 March 2026', a forum's 'Jane Doe »
    Sat Jun 08, 2019 11:14 pm'): no one's affiliation."""
    for cut in re.finditer(r"(?P<mark>,|\s+on|\s+[–—-]|\s+[»›])?\s+", rest):  # and "by Niklas Swanstrom December 20, 2021", the day run on
        after = rest[cut.end() :].rstrip(". ")
        found = dateline(after)
        if found and found[0] and (cut["mark"] or after.startswith(found[1])):  # run on, the date itself, not "Swanstrom December …"
            return rest[: cut.start()]
    return rest


_NAME_IN_SCRIPT = re.compile(
    r"\s*[(（]?[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0400-\u04ff]+(?:(?:\.\s*|\s+)[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0400-\u04ff]+)*[)）]?"
    r"(?:\s*$|(?=\s+[|·•]\s)|(?<=[)）])(?=[,;]|\s+(?:and|&)\s))"
)
"""A name written again in Chinese characters, kana, Hangul or Cyrillic after its romanization: '黃薇婷', '(김태훈)', '(Виктор А.
Седов)', at the line's end, before a bar and what follows it ('Author: ZHANG Weimin 张伟民 | Source: …') or before the next name
('Kim Dong-hwan (김동환) and Dr. Akiko Fujimura (藤村明子)')."""


REPLIES_TAIL = re.compile(r",?\s+(?:replies|responds|writes|answers)\s*:$|(?<=\))\s+(?:replies|responds)$")  # or '… (USA, ret.) responds'
"""', replies:' closing a name line over the reply ('Professor Graham Whitlock, Kingsbridge University, replies:'): no post."""


PRONOUNS = re.compile(r"\s*\((?:she|he|they|ze|xe)/(?:her|hers|him|his|them|theirs|zir|xem)\)", re.I)
"""A writer's pronouns after the name ('Rachel Ahn-Whitaker (she/her)'): no part of the name, and no post."""


_AFFILIATION_MARKS = re.compile(r"(?<=[a-zà-öø-ÿā-ž])(?:[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?:\s?,\s?[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})*\*{0,3}|\*{1,3})(?=\s*(?:,|\band\b|&|$))")
"""The marks after a name that point to its affiliation and the corresponding author, as a copy flattens them: 'Baek1*',
'Solberg2', 'Reyes-Aldana1,3'."""


def byline_people(paragraph: str, names_alone: bool = False) -> list[tuple[str, str]] | None:
    """The people a 'By …' or 'Authors: …' line names (ranks removed), each with the affiliation it gives them ('' for none).

    'By Jane Doe, Senior Fellow at X' gives Jane Doe that affiliation; 'By Jane Doe, senior fellow, and John Roe, research
    associate' gives each their own; one affiliation after several names is no single one's. An affiliation alone on the
    byline's second line is its one author's. With `names_alone`, a line of names and nothing else ('Jane Doe and John Roe',
    or one name a line) is one too, and so is 'Jane Doe (Professor, X University)'.
    """
    if sum(bool(re.match(r"(?:sent|to|subject|cc|date)\s*:", line.strip(), re.I)) for line in paragraph.split("\n")) >= 2:
        return None  # "From: … / Sent: … / To: … / Subject: …": an e-mail's header, not a byline
    if re.match(r"\s*gmail\s", paragraph, re.I):
        return None  # "Gmail    Julia Brandt <julia@…>": a printed e-mail's header names the mailbox's owner, no author
    if names_alone and (starred := _starred_names([_EMAIL.sub("", line).strip() for line in paragraph.split("\n")])):
        return starred  # its stars read before the lines lose them
    if names_alone and (lettered := _lettered_affiliations(paragraph)):
        return lettered
    lines = [
        _without_initials_tag(_HANDLE.sub("", _EMAIL.sub("", _ORCID_LINK.sub("", PRONOUNS.sub("", line)))).strip()).rstrip("|·• ").strip().strip("*_").strip()
        for line in paragraph.split("\n")
    ]  # "By Park Ji-won (jwpark@heraldcorp.com)", "**By Dmitry Kostin**", "Priya Raghunathan¹ https://orcid.org/0000-…"
    lines = [re.sub(r"\s*\[(?:profile|bio|more)\]$|(?<=\w)\[[a-z]{1,2}\]$", "", line, flags=re.I) for line in lines]  # "Tsukamoto Haruka [Profile]"
    # and "Hendrik Vos and Yekaterina Sorokina[a]", a shared draft's comment anchored on the name
    lines = [_SPECIAL_TO.sub("", line) for line in lines]
    lines = [_AFFILIATION_MARKS.sub("", line) for line in lines]  # "Hyun-woo Baek1*, Ingrid Solberg2 and …": the superscripts, flattened
    lines = [re.sub(r"^<([^<>]{4,200})>$", r"\1", line) for line in lines]  # "<Chun Jae-sung / Professor, …>": a Korean daily's signature
    lines[0] = re.sub(r"^[^\s/:]{2,14}\s*/\s*(?=by\s*:)", "", lines[0], flags=re.I)  # "Piše / By: Lee Sang-hoon": 'By' in two languages
    if (kicker := re.match(r"(?P<label>[^|·•]{2,40}?)\s+[|·•]\s+(?=by\s)", lines[0], re.I)) and LABEL.fullmatch(kicker["label"].strip()):
        lines[0] = lines[0][kicker.end() :]  # "OPINION | By Miriam Castellanos": the section's label, then the byline
    lines = [
        line for line in lines if not re.fullmatch(r"\[(?:headshot|portrait|photo|image|picture|author photo)(?: of)?\b[^\[\]]{0,80}\]", line, re.I)
    ] or lines  # "[Headshot of Lee Sang-sook]" over her name, an image's alt text as a page copied with them keeps it
    joined: list[str] = []
    for line in lines:  # "… and Mikkel Sørensen (Copenhagen" / "Institute for Conflict Studies)": one line, wrapped; and
        # "Helen Marwick (Department of …," / "University of Sheffield) and Park Ji-hoon (Hallam Centre for" / "Asia-Pacific …)"
        if joined and joined[-1].count("(") > joined[-1].count(")") and line.count(")") > 0:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    lines = joined
    for k in range(len(lines) - 1, 1, -1):  # 'Professor emeritus of political science,' / 'Chonnam National University, Gwangju': a post, wrapped
        if lines[k - 1].endswith(",") and not _one_name(lines[k]) and AFFILIATION_WORD.search(lines[k - 1]):
            lines[k - 1 : k + 1] = [f"{lines[k - 1]} {lines[k]}"]
    lines = [line.replace("&amp;", "&") for line in lines]  # "By Sangsoo Lee &amp; Niklas Swanström": an ampersand as HTML escapes it
    if _BY.match(lines[0]) and (cells := re.split(r"\s*\t+\s*", lines[0].strip())) and 2 <= len(cells) <= 3 and cells[0].endswith(":"):
        lines[0] = f"{cells[0]} {', '.join(cells[1:])}"  # 'Author:<tab>Mats Engman<tab><tab>Institute …': a cover's table, a cell each
    lines[0] = REPLIES_TAIL.sub("", lines[0])
    lines[0] = re.sub(
        r"(?:,?\s+(?:and|&)\s+(?:colleagues|others|co-?authors|team|(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:(?-i:staff)|(?:bureau|desk|newsroom)(?:\s+(?-i:staff))?))|,?\s+et\s+al\.?)$",
        "",
        lines[0],
        flags=re.I,
    )  # 'By Miriam Osei-Bonsu and colleagues', 'By Grace Haldane and Seoul Bureau staff'
    lines[0] = re.sub(
        r"^((?:by|written by)\s+)([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af ]{1,20}?)\s*\(([A-Z][^()]{2,40})\)$", r"\1\3 (\2)", lines[0], flags=re.I
    )  # 'By 정세린 (Jeong Se-rin)': the name in Hangul, then in the Latin alphabet, read as 'By Jeong Se-rin (정세린)'
    lines[0] = re.sub(
        r"^([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af ]{1,20}?)\s*\(((?-i:[A-Z])[^()]{2,40})\)(?=\s*[|·–—])", r"\2", lines[0]
    )  # '전재성 (Chun Chae-sung) | Professor, …': the name in Hangul, then as the text's readers read it, then the post
    if (
        len(lines) == 2
        and _BY.match(lines[0])
        and re.search(r"\s(?:and|&|with)\s+(?:\S+\s+){0,3}[A-ZÀ-ÖØ-Þ][\w’'-]+$", lines[0])
        and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w’'-]+(?:,\s+(?:M\.?A\.?|M\.?Sc\.?|Ph\.?\s?D\.?|D\.?Phil\.?))?", lines[1])
    ):
        lines = [f"{lines[0]} {lines[1]}"]  # 'By …, with Anton' / 'Belyaev', '… and Kim' / 'Ji-woo, M.A.': the last name wrapped onto the next line
    if (
        len(lines) == 2
        and (joined := re.search(r"\s(?:and|und|et|och|og|&)(?P<ranks>(?:\s+\S+)*)$", lines[0]))
        and (not joined["ranks"] or RANKS.fullmatch(joined["ranks"].strip() + " "))
        and (_one_name(RANKS.sub("", lines[1])) or _name_line(lines[1]))
    ):
        lines = [f"{lines[0]} {lines[1]}"]  # 'Dr. rer. pol. Katharina Vogel und Oberstleutnant i.G.' / 'Dipl.-Ing. Matthias Brenner': wrapped after the join
        # (or 'Sangsoo Lee (ISDP), Katarina Holm (Uppsala University) and' / 'Seo Min-jun (Hanbit Institute for Peace Studies)')
    if (
        len(lines) == 2
        and _BY.match(lines[0])
        and "," in lines[0]
        and re.sub(r"[^A-Za-z]|Ph\.?\s?D\.?", "", lines[0] + lines[1]).isupper()
        and not _BY.match(lines[1])
    ):
        lines = [f"{lines[0]} {lines[1]}"]  # 'STATEMENT OF ROBERT J. TANNER, FORMER DIRECTOR FOR KOREA, NATIONAL' / 'SECURITY COUNCIL'
    if len(lines) > 1 and all(_BY.match(line) for line in lines):  # 'Lead author: Mats Engman' / 'Contributing authors: A and B'
        each = [byline_people(line) for line in lines]
        return [person for people in each for person in people or ()] if all(each) else None
    lines[0] = re.sub(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\s]*\s(?=[A-Z][a-z])", "", lines[0])
    # "森本 遥 Haruka Morimoto": the name in its own script, then as the English edition spells it
    if len(lines) >= 3 and says_when(lines[-1]):
        lines = lines[:-1]  # "A, post" / "B, post" / "Veröffentlicht am 19. Januar 2022 · Lesezeit: 7 Minuten": the day under the names
    lines[0] = re.sub(r",?\s+(?:and|&|\+)\s*\d{1,2}\s+(?:others?|more)$", "", lines[0], flags=re.I)  # Substack's "A, B, and 2 others": the rest sign below
    if names_alone and (signed := re.match(r"[—–]\s*(?=\S)", lines[0])):
        lines[0] = lines[0][signed.end() :]  # "— A, B, C and D": the names signed under the text
        listed, each = byline_people(lines[0], names_alone), byline_people("\n".join(lines[1:]), names_alone) if len(lines) >= 2 else None
        if listed and each and {fold(name) for name, _ in listed} == {fold(name) for name, _ in each}:
            return each  # over "A – editor, …" a line each: the names, then each one's post
    lines = [_SERVICE_AFTER.sub("", line) for line in lines]  # "Lt. Gen. Thomas R. Brannigan, USA (Ret.)": his service, no name or post
    lines = [
        f"{slashed['who']}, {slashed['post']}" if (slashed := _SLASHED_POST.fullmatch(line)) and AFFILIATION_WORD.search(slashed["post"]) else line
        for line in lines
    ]  # "By KENJI MORIYAMA/ Professor of international politics at …": the post after a slash, as after a comma
    if (
        len(lines) >= 3
        and re.fullmatch(r"(?:written by|by|authors?|author\(s\)|contributors?)\s*:?", lines[0], re.I)
        and (listed := byline_people("\n".join(lines[1:]), names_alone=True))
        and len(listed) == len(lines) - 1
    ):
        return listed  # "Written by:" (or "By") over "Amb. Nguyễn Văn Thảo – former Ambassador …" / "Dr. Trần Thị Minh Châu – …", a line each
    if (
        len(lines) == 2
        and re.fullmatch(r"(?:project (?:director|lead(?:er)?)|principal investigator|lead (?:author|researcher))\s*:?", lines[0], re.I)
        and (led := byline_people(lines[1], names_alone=True))
        and len(led) == 1
    ):
        return led  # "Project Director" over "Dr. Helena Varga", on a report's cover over its contributors
    if len(lines) >= 2 and all(re.match(r"(?:and|&)\s+\S", line) for line in lines[1:]):
        each = [byline_people(re.sub(r"^(?:and|&)\s+", "", line), names_alone=names_alone or k > 0) for k, line in enumerate(lines)]
        if all(one and len(one) == 1 and one[0][1] for one in each):
            return [one[0] for one in each if one]  # "Haruka Inoue — Professor …" / "& Alexei Voronin — Visiting Researcher, …": a line each
    if (by_pairs := _names_over_posts(lines)) is not None:
        return by_pairs  # "By Lee Sang-soo" / his post / "and Niklas Swanstrom" / his post
    for k in range(len(lines) - 1, 0, -1):  # "Sanna Virtanen, Jussi Hallikainen" / "and Niklas Swanstrom": one line of names, wrapped
        if re.match(r"(?:and|&)\s+\S", lines[k]) and lines[k - 1].endswith(tuple("abcdefghijklmnopqrstuvwxyz")) and "," in lines[k - 1]:
            lines[k - 1 : k + 1] = [f"{lines[k - 1]}, {lines[k]}"]  # "…, Meridian Center" / "and Daniel Whitcomb, …": after a comma
        elif (second := re.fullmatch(r"(?:and|&)\s+(\S.*)", lines[k])) and (
            (_one_name(first := re.sub(r"^by\s+", "", lines[k - 1], flags=re.I)) and _one_name(second[1]))
            or ("(" in first and _name_line(first) and _name_line(second[1]))
        ):
            lines[k - 1 : k + 1] = [f"{lines[k - 1]} {lines[k]}"]  # "Ong Wei Lin" / "and Sang-hyun Lee": two names, a column's line apart
            # (or "Lee Sang-soo (ISDP, Stockholm)" / "and Akiko Fujisawa (Japan Council …)", each with its institution)
        elif re.match(r"with\s+(?-i:[A-Z])", lines[k]) and _one_name(re.sub(r"^by\s+", "", lines[k - 1], flags=re.I)):
            lines[k - 1 : k + 1] = [f"{lines[k - 1]} {lines[k]}"]  # "Catherine Holloway" / "with Park Min-seo and Arjun Pillai": the chapter's three
        elif lines[k - 1].endswith(",") and lines[k - 1].count(",") >= 2 and re.search(r"\s(?:and|&)\s", lines[k]) and k == len(lines) - 1:
            lines[k - 1 : k + 1] = [f"{lines[k - 1]} {lines[k]}"]  # "A, B, C," / "D and E": a list of names the line broke after a comma
    lines = [re.sub(r"\s+[’'‘]\d{2}$", "", line) for line in lines]  # "By Thomas Whitcomb '79": an alumnus's class year
    lines[0] = re.sub(r"^(?:posted|published|written)\s+on\s+[^|]{4,40}?\s+by\s+(?=\S)", "By ", lines[0], flags=re.I)  # "Posted on 27/02/2020 by …": a blog's
    lines[0] = re.sub(r"^(by\s+\S.*?)\s+in\s+(?-i:[A-Z])[\w.’'-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w.’'-]+){0,2}$", r"\1", lines[0], flags=re.I)
    # "By Hana Kobayashi in Seoul": where a reporter files from, no part of the name
    if (
        (filed := re.search(r",?\s+(?:reporting\s+)?from\s+(?P<place>(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){0,2})$", lines[0]))
        and not AFFILIATION_WORD.search(filed["place"])
        and looks_like_name(clean_name(re.sub(r"^by\s+", "", lines[0][: filed.start()], flags=re.I)))
    ):  # not "A response from Sang-hyun Lee"
        lines[0] = lines[0][: filed.start()]  # "Rafael Monteiro, from São Paulo", "By Ana Ruiz, reporting from Seoul": where, not a post
    if names_alone:  # "A and B in conversation with Rachel Tan": the two who answer, not the one who asks
        lines[0] = re.sub(r"\s+in (?:conversation|discussion|dialogue) with\s+(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){1,3}$", "", lines[0])
    if names_alone:  # "Niklas Swanstrom and Nguyen Thi Thu Ha, Guest Editors": the writers of a symposium's introduction
        lines[0] = re.sub(r",\s+(?:guest |co-|special issue |symposium )?editors?$", "", lines[0], flags=re.I)
    if len(lines) >= 2 and re.fullmatch(_BY_ALONE, lines[0].strip(), re.I):
        if alone := _one_name(lines[1]):
            return [(title_case(alone), ", ".join(line.strip() for line in lines[2:4]))]  # "By" (or "WRITTEN BY") alone, over the name and its affiliation
        if under := byline_people("\n".join(lines[1:]), names_alone=True):
            return under  # "Written by" over one name a line, each with its post
    lines = [_NAME_IN_SCRIPT.sub("", line) for line in lines]  # "By Huang Wei-ting 黃薇婷": the name again, in its own script
    lines = [
        re.sub(r",?\s+before the\s+(?:\w+\s+){0,3}(?:sub)?committee\b.*$|,\s+before the\s.*$", "", line) for line in lines
    ]  # a testimony's hearing  # "Kenji Morioka / Special to The Daily Yomiuri": the outlet's, no affiliation
    if guest_list(paragraph):
        return [named for line in _guests(lines) if (named := _name_line(line))]  # "Guests:" over one guest a line
    if (
        len(lines) == 1
        and (billed := _GUESTS_IN_A_LINE.fullmatch(lines[0]))
        and not re.search(r"(?<![A-Za-z])[a-z]{3,}[.!?](?:\s|$)", billed["rest"].rstrip("."))
    ):
        return byline_people(f"By {billed['rest']}")  # "Guest: Ji-hoon Seo, associate professor, …", "Panellists: A, X; B, Y": whose answers follow
    if (
        names_alone
        and len(lines) == 1
        and (shared := re.fullmatch(r"(?P<names>[^|/]{4,60}(?:\s/\s[^|/]{4,60})+?)\s+\|\s+(?P<post>[^|/]{3,200})", lines[0]))
        and all(len(name.split()) >= 2 and looks_like_name(name) for name in shared["names"].split(" / "))
    ):
        return [
            (title_case(name.strip()), "") for name in shared["names"].split(" / ")
        ]  # "Lee Sang-hoon / Cho Mi-ra | Research Fellows, …": one post for both, no one's
    if names_alone and (posted := _a_line_each(lines, _NAME_SLASH_POST)):
        return posted  # "MORITA Kenji / Staff Writer, Tokyo", a line each
    if names_alone and len(lines) == 1 and (listed := _SURNAMES_FIRST.fullmatch(lines[0])):
        return [(f"{given.strip()} {title_case(surname)}", "") for surname, given in re.findall(r"([^,;]+),\s*([^;]+)", listed["names"])]
    if names_alone and len(lines) >= 3 and "|" in lines[0]:  # "Lee Sang-soo | Senior Research Fellow, Institute for … Policy" / "(ISDP), Stockholm"
        unwrapped: list[str] = []
        for line in lines:
            if unwrapped and not ("|" in line and _one_name(line.split("|")[0])):
                unwrapped[-1] = f"{unwrapped[-1]} {line}"  # a line a PDF wrapped, under the name's
            else:
                unwrapped.append(line)
        if len(unwrapped) < len(lines) and (posted := _a_line_each(unwrapped, _NAME_BAR_POST)):
            return posted
    if len([line for line in lines if line]) >= 2 and (posted := _a_line_each(lines, _NAME_BAR_POST)):
        return posted  # "Ma. Cristina Dela Rosa | Senior Fellow, …", "Mats Engman – Major General (ret.), …", a line each
    if names_alone and len(lines) == 2 and says_when(lines[1]):
        lines = lines[:1]  # "Aleksandr Volkov | Zhou Lanying" over "Published: 2023-10-04 | 7 min read", "Zhao Minghui" over "2d ago": when
    first_line, *after_bar = re.split(r"\s+[|·•]\s+", lines[0])  # "By Jane Doe | March 3, 2021", "By Kenji Watanabe | Professor, X"
    if (
        names_alone
        and len(lines) == 1
        and after_bar
        and all(looks_like_name(part.strip()) and not AFFILIATION_WORD.search(part) and not dateline(part) for part in (first_line, *after_bar))
    ):
        return [(title_case(part.strip()), "") for part in (first_line, *after_bar)]  # "Katrin Vogel | Jae-won Shin": two names, a bar between
    if (
        names_alone
        and len(lines) == 2
        and after_bar
        and all(looks_like_name(part.strip()) and not AFFILIATION_WORD.search(part) for part in (first_line, *after_bar))
        and len(posts := re.split(r"\s+[|·•]\s+", lines[1])) == 1 + len(after_bar)
        and all(AFFILIATION_WORD.search(post) for post in posts)
    ):  # "Andrei Volkov · Lee Sang-hoon" over "Leading Research Fellow, … · Research Fellow, …": each name over its post
        return [(title_case(part.strip()), post.strip()) for part, post in zip((first_line, *after_bar), posts, strict=True)]
    match = _BY.match(first_line)
    if (
        match
        and len(lines) == 1
        and len(after_bar) >= 2
        and all((one := _one_name(part)) and len(one.split()) >= 2 and not dateline(part) for part in (match.group("rest"), *after_bar))
    ):
        return [(title_case(clean_name(part)), "") for part in (match.group("rest"), *after_bar)]  # "By Chun Chae-sung · Hamada Yuko · Zhao Lin": a dot between
    if match:
        rest = match.group("rest").strip()
        rest = re.sub(r"\s+(?:in|on)\s+(?=[A-Z0-9]).*$", "", rest) if re.match(r"posted\s+by", first_line, re.I) else rest  # "Posted by X in Alliance"
        rest = _DEGREE_IN_LIST.sub("", _without_date(rest))
        if (shared := _SHARED_SURNAME.fullmatch(rest)) and _sound(fold(shared["given"])) not in _KOREAN_SURNAMES:
            rest = f"{shared['first']} {shared['surname']} and {shared['given']} {shared['surname']}"  # 'By Anna and Tomas Lindqvist': both Lindqvists
        if (reader := re.fullmatch(r"(?P<name>[^,]{3,60}),\s+\d{1,3}(?:,\s+(?:of|from)\s+(?P<town>(?-i:[A-Z])[\w .’'-]{2,40}))?", rest)) and not (
            reader["town"] and AFFILIATION_WORD.search(reader["town"])
        ):
            rest = reader["name"]  # "By Young-ja Kim, 81, of Fort Lee": a reader's age and town, no post
        rest = re.sub(r"(\s(?:and|&)\s[^,]{3,40}),\s+(?:Ph\.\s?D\.|M\.A\.|M\.Sc\.|D\.Phil\.)$", r"\1", rest)  # '… and Kim Ji-woo, M.A.': the last one's degree
        posted = re.match(r"(?:[\w.]+\s+){0,3}?(?:staff\s+|senior\s+)?(?:writer|correspondent|reporter)s?(?=\s+(?-i:[A-Z]))", rest, flags=re.I)
        if posted:  # "by Xinhua writer Liu Haoran", "By North Asia correspondent Sangwoo Lee in Seoul" (where the correspondent writes from)
            rest = re.sub(r"\s+in\s+(?-i:[A-Z])[\w -]+$", "", rest[posted.end() :].strip())
            rest += "" if "," in rest else ", " + posted[0]
        rest = re.sub(r"\s+(?:editors?|source|translators?|views)\s*[:：].*$", "", rest, flags=re.I)  # "Author: ZHANG Wei    Editor: LI Na"
        rest = re.sub(r",?\s+(?:moderated|chaired|hosted|introduced) by\s.*$", "", rest, flags=re.I)  # "Public lecture by X, moderated by Y": the chair asks
        rest = re.sub(r",?\s+as told to\s.*$", "", rest, flags=re.I)  # "By Bae Jun-young, as told to Clara Voss": the teller writes, the reporter took it down
        rest = re.sub(
            r"\s*[;,]\s*(?:with\s+(?:an?\s+)?)?(?:translated|translation|trans\.)(?:\s+from\s+[\w ]+?)?\s+by\s.*$", "", rest, flags=re.I
        )  # "By X; translated by Y", "By X, with translation by Y": the translator, no author
        rest = re.sub(
            r"\s*[;,|·]\s*(?:and\s+)?(?:photos?|photographs?|photography|pictures?|images?|illustrations?|video|graphics?)\s+(?:by|:)\s.*$",
            "",
            rest,
            flags=re.I,
        )  # "Words by X, photos by Y": the photographer, no author
        for line in lines[1:]:  # "FROM: CHUN Chae-sung (…)\nand YOON Ha-rim (…)", "By A, X;\nB, Y;\nand C, Z": the names go on
            if also := re.match(r"(?:contributing|co-?|additional|other)\s*authors?\s*:\s*(?P<names>\S.*)", line.strip(), re.I):
                rest += "; " + also["names"]  # "Lead author: Dr Lim Wei Ling, Senior Fellow" over "Contributing authors: Bae Hyun-joo, …"
                continue
            name, _, post = line.partition(",")
            if re.match(r"from\s*:", first_line, re.I) and looks_like_name(name.strip()) and AFFILIATION_WORD.search(post):
                rest += "; " + line  # a memo's "FROM:" field, its second sender and post under the first's
                continue
            if not (re.match(r"(?:and|&)\s", line, re.I) or rest.endswith((";", ",")) or re.search(r"\s(?:and|&)$", rest)):  # "By A (X) and\nB (Y)"
                break
            rest += (", " if re.match(r"(?:and|&)\s", line, re.I) and not rest.endswith((",", ";")) else " ") + line  # "…, Meridian Center" / "and B, …"
    elif (
        names_alone
        and "(" in first_line
        and len(lines) == 1
        and (pairs := _names_in_parentheses(first_line, lambda n: looks_like_name(n) and not AFFILIATION_WORD.search(n)))
    ):
        return [(title_case(name), affiliation) for name, affiliation in pairs]  # "TANABE Yuki (Senior Fellow, JFSA) and LEE Sang-soo (Head, …)"
    elif names_alone and (columns := _name_columns(lines)):
        return columns  # "Sang-soo Lee      Marieke van Dijk" over their affiliations, side by side as a PDF sets them
    elif names_alone and 1 < len(lines) <= 12 and all(len(line) <= 160 and _name_line(line) for line in lines):
        return [_name_line(line) or ("", "") for line in lines]  # one name a line, perhaps with an affiliation after it
    elif names_alone and (blocks := _name_blocks(lines)):
        return blocks  # "Johanna Lindqvist / Senior Research Fellow / The Finnish Institute … / Park Ji-won / …": each over their lines
    elif (
        names_alone
        and (inside := re.fullmatch(r"(?P<name>[^()]{3,60}?)\s*\((?P<affiliation>[^()]{3,160})\)", first_line))
        and (names := split_names(inside["name"]))
        and all(looks_like_name(name) for name in names)
        and AFFILIATION_WORD.search(inside["affiliation"])
    ):
        shared = inside["affiliation"].strip() if len(names) == 1 else ""  # one affiliation after several names is no single one's
        return [(title_case(name), shared) for name in names]
    elif (
        names_alone
        and any(dateline(part) for part in after_bar)
        and not (RANKS.match(first_line) and _one_name(first_line))
        and not ((posted := _name_line(first_line)) and posted[1])
    ):
        return None  # "Santiago de Chile | 19/03/2012 - 08:15": a place over its date, a date line; but "Maj Gen (Retd) Mats Engman | 12 June 2018"
    elif (
        names_alone
        and len(lines) == 1
        and (titled := _POST_BEFORE_NAME.fullmatch(re.sub(r",\s+(?P<at>.{3,160})$", "", first_line.strip())))
        and len(titled["name"].split()) >= 2
        and looks_like_name(titled["name"])
    ):
        at = first_line.strip()[len(titled.group()) :].lstrip(", ")
        return [
            (title_case(titled["name"]), at if AFFILIATION_WORD.search(at) else "")
        ]  # "Senior Research Fellow Sanne Verhoeven[, Institute …]": her post first, as some sites set it
    elif names_alone and len(first_line) <= 240 and not HEADING_NUMBER.match(first_line) and not LABEL.match(first_line):
        rest = _POST_NOMINALS.sub("", _DEGREE_IN_LIST.sub("", first_line.strip())).strip()  # "Brig Arvind Kaushik (Retd), VSM": its letters are no name
        rest = re.sub(rf",\s+(?:{_DEGREE}|J\.D\.|M\.Sc\.|M\.S\.)(?=\s*;)", "", rest)  # "Yoo Hana, Ph.D.; Marcus Feld, J.D.; …": each one's degree
        rest = _DOCTORATE_AFTER.sub("", rest)  # "Zhao Lingyun, Ph.D." over her part: her degree, no post
        lowercase = rest == rest.lower()  # "robert hallworth, ji-yeon moon, and kenji arakawa"
        names = [RANKS.sub("", n) for n in split_names(rest)]  # "Dr. phil. Jonas Brandtner" among them: his doctorate, no name
        if not all(looks_like_name(n, lowercase_ok=lowercase) for n in names) or any(len(n.split()) < 2 for n in names):
            posted = _names_and_affiliations(rest)
            if not (
                posted
                and ((len(posted) == 1 and len(first_line) <= 100) or (len(posted) >= 2 and re.search(r",\s+(?:and|&)\s+", rest)))
                and all(len(name.split()) >= 2 and looks_like_name(name) and AFFILIATION_WORD.search(post) for name, post in posted)
            ):
                return None  # but "Lee Sang-hyun, Sejong Institute": a name alone, then its affiliation after a comma; or two, "…, and B, Y"
        elif len(first_line) > 100 and len(split_names(rest)) < 3:
            return None  # a long line of one or two 'names' is a sentence; of three or more, each a name, a list ('Prof. Dr. A, Dr. B, C, …')
    else:
        return None
    if len(first_line) > (600 if match and rest.count(";") >= 1 else 240):  # but "By A, post; B, post; and C, post": one entry each
        return None
    people = _names_and_affiliations(rest, after_by=bool(match))
    if people is None:
        return None
    second = lines[1].strip() if len(lines) > 1 else " | ".join(part for part in after_bar if not dateline(part))
    if len(people) == 1 and not people[0][1] and second and len(second) <= 200 and AFFILIATION_WORD.search(second) and not dateline(second):
        people = [(people[0][0], second.rstrip("."))]  # "Remarks by Gen. Park Jong-hoon\nFormer Deputy Commander, …"
    return [(title_case(name), affiliation) for name, affiliation in people]


_GUESTS = re.compile(
    r"(?:guests?|authors?|contributors?|co-?chairs|panel(?:l?ists?)?|speakers?|presenters?|participants?|discussants?|signed(?: by)?|signatories|signatures"
    r"|(?:opening|closing|keynote|welcoming|introductory) (?:remarks|address|speech)|keynote(?: speaker)?"  # a programme's 'Opening Remarks:' over its speaker
    r"|(?:the )?members(?: of the [\w ’'-]{2,60})?|(?:study|working|expert) group members|drafting (?:team|committee|group)(?: members)?|(?:the )?undersigned)(?:\s*\([^()]{2,40}\))?\s*[:,]?",  # "Members of the Study Group" under a statement, "Signed,", "Signatories (in alphabetical order):"
    re.I,
)


_SHARED_SURNAME = re.compile(
    r"(?P<first>(?-i:[A-ZÀ-ÖØ-Þ])[a-zà-öø-ÿ’'-]+)\s+(?:and|&)\s+(?P<given>(?-i:[A-ZÀ-ÖØ-Þ])[a-zà-öø-ÿ’'-]+)\s+(?P<surname>(?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+)"
)
"""'Anna and Tomas Lindqvist' after 'By': two writers of one surname, the first given name alone (not 'Min-ji and Kim Tae-yeon',
a Korean name's surname first)."""


_GUESTS_IN_A_LINE = re.compile(r"(?:guests?|panell?ists?|interviewees?|in (?:the )?studio)\s*:\s*(?P<rest>\S.{3,400})", re.I)
"""'Guest: Ji-hoon Seo, associate professor, …' on one line: a transcript's guest, named as a byline names its writer."""


_NOT_GUESTS = re.compile(r"(?:moderator|presider|moderated by|presided over by|chair(?:ed by)?|host(?:ed by)?|interviewer|rapporteur)\s*:", re.I)
"""Who leads a panel, under its list of guests: no guest, and whose turns ask."""


_NAME_SLASH_POST = re.compile(r"(?P<who>[^/,|]{4,60}?)\s+/\s+(?P<post>[A-Za-z][^/]{3,120})")
"""'MORITA Kenji / Staff Writer, Tokyo': a name and its post, a slash between, as Japanese dailies set their writers."""
_NAME_BAR_POST = re.compile(r"(?P<who>[^|–—]{4,60}?)\s+[|–—]\s+(?P<post>[^|]{3,160})")
"""'Ma. Cristina Dela Rosa | Senior Fellow, …', 'Mats Engman – Major General (ret.), …': a name and its post, a bar or a dash between."""


_SURNAME_COMMA_GIVEN = r"(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+),\s+(?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+)(?:\s+(?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+))?"
_SURNAMES_FIRST = re.compile(rf"(?P<names>{_SURNAME_COMMA_GIVEN}(?:\s*;\s*{_SURNAME_COMMA_GIVEN})+)\s*(?:\([^()]{{3,160}}\))?")
"""'QUINTERO, Rafael; OYARZÚN, Camila (Observatorio …, Lima)': writers a library catalogue's way, the surname in capitals
first, a semicolon between them; the one affiliation after them is no single one's."""


def _a_line_each(lines: Sequence[str], pattern: re.Pattern[str]) -> list[tuple[str, str]] | None:
    """Writers a line each, every line a name and its post as `pattern` splits them; None when any line is not one."""
    found = [pattern.fullmatch(line) for line in lines if line]
    if not found or not all(m and looks_like_name(clean_name(m["who"])) and AFFILIATION_WORD.search(m["post"]) for m in found):
        return None
    return [(title_case(clean_name(m["who"])), m["post"].strip()) for m in found if m]


_SLASHED_POST = re.compile(r"(?P<who>(?:[—–-]{1,2}\s*)?(?:(?i:written|words)\s+)?(?i:by|and|&)\s+[^/,]{3,60}?)\s*/\s*(?P<post>[A-Za-z][^/]{3,200})")
"""'By AYAKO SHIMIZU/ Senior research fellow at …': a Japanese daily's byline, the post after a slash (and a second writer's
line under it, 'and Rachel HOLLOWAY / Senior Fellow, …')."""


def _starred_names(lines: Sequence[str]) -> list[tuple[str, str]] | None:
    """'Carlos Ibarra Quintero*' / 'Lee Sang-hyun**' over '* Universidad de Guadalajara, México. Correo electrónico: …' / '**
    Hankuk University …': a journal's names, each marked, over their affiliations marked the same way, or in the same order
    where the copy lost the marks that opened the lines (the address and iD cut)."""
    lines = [line for line in lines if line]
    names: list[tuple[str, str]] = []
    while len(names) < len(lines) and (named := re.fullmatch(r"(.+?)\s*(\*{1,3}|[¹²³⁴])", lines[len(names)])) and (name := _one_name(named[1])):
        names.append((title_case(name), named[2]))
    notes = lines[len(names) :]
    if not names or not notes or len({mark for _, mark in names}) < len(names) or any(len(note) > 250 for note in notes):
        return None
    marked = [re.fullmatch(r"(\*{1,3}|[¹²³⁴])\s*(\S.*)", note) for note in notes]
    if all(marked):
        by_mark = {m[1]: m[2] for m in marked if m}
    elif len(notes) == len(names) and not any(marked):
        by_mark = {mark: note for (_, mark), note in zip(names, notes, strict=True)}
    else:
        return None
    return [(name, _CONTACT.split(by_mark.get(mark, ""))[0].strip(" .,;")) for name, mark in names]


_CONTACT = re.compile(r"[.;,]?\s+(?:correo electr[oó]nico|e-?mail|courriel|orcid(?: id| iD)?|tel(?:ephone)?\.?)\s*:", re.I)
"""Where an affiliation's note turns to its contact details: 'Universidad de Guadalajara, México. Correo electrónico: …'."""


def _names_over_posts(lines: Sequence[str]) -> list[tuple[str, str]] | None:
    """'By Lee Sang-soo' / 'Senior Research Fellow, ISDP' / 'and Niklas Swanstrom' / 'Director, ISDP': each name over its post,
    the first after 'By', the next after 'and'; None for any other shape."""
    if len(lines) not in (4, 6) or not re.match(r"by\s+\S", lines[0], re.I):
        return None
    people = []
    for k in range(0, len(lines), 2):
        name = _one_name(re.sub(r"^(?:by|and|&)\s+", "", lines[k], flags=re.I))
        if not name or not re.match(r"(?:by|and|&)\s", lines[k], re.I) or not AFFILIATION_WORD.search(lines[k + 1]) or looks_like_name(lines[k + 1]):
            return None
        people.append((title_case(name), lines[k + 1].strip().rstrip(".")))
    return people


def _lettered_affiliations(paragraph: str) -> list[tuple[str, str]] | None:
    """A journal's authors, each marked with a letter its affiliation takes under them ('Rebecca Hallström a and Dae-hyun
    Yoon b' / 'a Nordic Centre for …, Uppsala, Sweden; b Department of …'): each name with its own; None for anything else."""
    paragraph = re.sub(r"\(([a-e])\)", r"\1", paragraph)  # or in parentheses: 'Da-hye Yoon (a) and …' / '(a) Department of …; (b) …'
    first, _, rest = paragraph.strip().partition("\n")
    marked = re.findall(r"([^,&]+?)\s([a-e])(?=\s*(?:,|&|\band\b|$))", re.sub(r"\s+(?:and|&)\s+", ", ", first.strip()))
    if len(marked) < 2 or not rest.strip().startswith(marked[0][1] + " "):
        return None
    places = dict(re.findall(r"(?:^|;\s*)([a-e])\s+([^;]+)", " ".join(rest.split())))
    people = [(clean_name(name.strip(" ,")), places.get(letter, "").strip().rstrip(".")) for name, letter in marked]
    return people if all(looks_like_name(name) for name, _ in people) else None


def guest_list(paragraph: str) -> bool:
    """'Guests:' or 'Panelists:' over one person a line, each with an affiliation or not: the people whose words follow."""
    lines = [_without_initials_tag(_EMAIL.sub("", line).strip()) for line in paragraph.split("\n")]
    headed = bool(_GUESTS.fullmatch(lines[0])) or (
        len(lines) > 2 and bool(_NOT_GUESTS.match(lines[0])) and any(_GUESTS.fullmatch(line) and line.endswith(":") for line in lines[1:])
    )  # or "Moderator: Karen Whitfield, …" first, then "Panelists:" over the guests
    return len(lines) > 1 and headed and all(_name_line(line) for line in _guests(lines)) and bool(_guests(lines))


def _guests(lines: list[str]) -> list[str]:
    """The lines under a list's heading that name its guests: not the "Moderator:" under them, nor anyone after. A line that
    names no one goes on the line over it, as a PDF wraps a long post ('… Institute for Security and' / 'Development Policy')."""
    guests: list[str] = []
    leading = bool(_NOT_GUESTS.match(lines[0]))  # under "Moderator:", until a heading of guests ("Panelists:") takes the list up again
    for line in lines[1:]:
        if _NOT_GUESTS.match(line):
            leading = True
        elif _GUESTS.fullmatch(line) and line.endswith(":") and (leading or not guests):
            leading = False  # "Participants:" / "Moderator:" / … / "Panelists:" over the guests
        elif leading:
            continue
        elif guests and line and _name_line(line) is None and (named := _name_line(guests[-1])) is not None and not line.endswith(":"):
            joint = ", " if not named[1] and line[:1].isupper() else " "  # 'MATS ENGMAN' over 'Major General (ret.), Senior Fellow, …'
            guests[-1] = f"{guests[-1]}{joint}{line}"
        else:
            guests.append(line)
    return guests


_INITIALS_TAG = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<tag>[A-Z]{2,3})\)(?=\s+[–—-]\s)")


def _without_initials_tag(line: str) -> str:
    """'Prof. Wang Lixin (WL) – Senior Fellow, …' without '(WL)': the initials a transcript labels her turns with, no part of
    the name or post (only the name's own initials: 'CHUN Chae-sung (EAI) – Seoul' names his institute)."""
    tagged = _INITIALS_TAG.match(line)
    if tagged and tagged["tag"] == "".join(word[0].upper() for word in RANKS.sub("", tagged["name"].strip()).split()):
        return tagged["name"] + line[tagged.end() :]
    return line


_HANDLE = re.compile(r"\s*[(\[]?(?<![\w.])@[A-Za-z0-9_]{2,30}\b[)\]]?")
"""'Mark Ostrowski (@m_ostrowski)': the writer's handle on a social network, no part of the name."""
_SPECIAL_TO = re.compile(
    r"\s*(?:[/|,]|\s[–—-])\s*(?:special|exclusive)\s+(?:to|for)\s+(?:the\s+)?[A-Z][\w .’'-]*$"
    r"|\s*/\s*(?:(?:senior |chief |special |foreign |diplomatic )?(?:staff writer|staff reporter|correspondent|writer|reporter)s?)$"  # "KENTA ISHIHARA/ Staff Writer"
    r"|\s*\((?:[^()]{2,60}?\s*/\s*)?(?:ANN|Asia News Network)\)$|\s*,\s*[^,]{2,60}?\s*/\s*(?:ANN|Asia News Network)$",  # "Chun Chae-sung (Korea JoongAng Daily/ANN)": where the piece came from
    re.I,
)
"""A newspaper's note that a contributor writes for it ('/ Special to The Daily Yomiuri') or where it syndicated the piece
from ('(Korea JoongAng Daily/ANN)'): said of the piece, not of the person."""
_SERVICE_AFTER = re.compile(
    r",\s+(?-i:USA|USAF|USN|USMC|USCG|USSF)(?:\s*\((?:ret|retd|retired)\.?\))?(?=\s*(?:,|;|\band\b|$))"
    r"|,\s+(?-i:[A-Z]{2,4})(?:,\s+(?-i:[A-Z]{2,4}))*\s*\((?:ret|retd|rtd|retired)\.?\)(?=\s*(?:\(|,|;|&|\band\b|$))"  # 'Col. Arjun Mehta, SM (Retd.) (…)': his medal
    r"|\s*\((?-i:USA|USAF|USN|USMC|USCG|ROKA|ROKN|ROKAF),\s*(?:ret|retd|retired)\.?\)(?=\s*(?:,|;|&|\band\b|$))",  # 'Col. Thomas E. Whitcombe (USA, Ret.)'
    re.I,
)
"""A US officer's service after the name ('…, USA (Ret.)', '…, USN'), as the Pentagon styles it."""
_ORCID_LINK = re.compile(rf"\s*[(\[]?(?:https?://)?orcid\.org/{ORCID_ID}[)\]]?", re.I)
"""An author's ORCID iD as a journal prints it after the name: no part of the name."""
_EMAIL = re.compile(r"\s*[(<\[]?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[)>\]]?")


def _name_columns(lines: Sequence[str]) -> list[tuple[str, str]] | None:
    """Two or three people side by side, each name over its affiliation in its own column (the columns a wide gap apart, a tab
    as `ingest` keeps it): each name with its column's lines, a wrapped affiliation joined again."""
    names = [_one_name(part) for part in re.split(r"\t+", lines[0].strip())]
    if not 2 <= len(names) <= 3 or not all(names):
        return None
    affiliations: list[list[str]] = [[] for _ in names]
    for line in lines[1:4]:
        parts = re.split(r"\t+", line.strip())
        if len(parts) != len(names):
            break
        for column, part in zip(affiliations, parts, strict=True):
            column.append(part.strip())
    return [(title_case(name), " ".join(column).strip(" ,")) for name, column in zip(names, affiliations, strict=True) if name]


def _name_blocks(lines: Sequence[str]) -> list[tuple[str, str]] | None:
    """Two people or more, each a name alone on a line over one to three lines of affiliation, as a PDF's cover sets them."""
    if not 4 <= len(lines) <= 12:
        return None
    people: list[tuple[str, list[str]]] = []
    for line in lines:
        if (name := _one_name(line)) and not AFFILIATION_WORD.search(line):
            people.append((title_case(name), []))
        elif people and len(people[-1][1]) < 3 and len(line) <= 120:
            people[-1][1].append(line.strip())
        else:
            return None
    if len(people) < 2 or not all(affiliation for _, affiliation in people):
        return None
    return [(name, ", ".join(affiliation)) for name, affiliation in people]


def _name_line(line: str) -> tuple[str, str] | None:
    """A line of a byline that names one person, and what follows the name: 'J. R. Kim, Senior Fellow, X' -> ('J. R. Kim', 'Senior Fellow, X');
    a part in the group in brackets after the name is no affiliation ('Yoon Mi-kyung (Chair), former Vice Minister …')."""
    line = re.sub(
        r"\s*\((?:co-?)?(?:chair(?:man|woman|person)?|rapporteur|convenor|convener|lead author|project director)\)(?=,|\s+[–—-]\s)", "", line, flags=re.I
    )
    line = re.sub(
        r",\s+(?:Ph\.?\s?D\.?|D\.?Phil\.?|M\.?Sc\.?|M\.?A\.?)(?=\s+[–—]\s)", "", line
    )  # "Park Seo-yeon, Ph.D. – Graduate School …": her degree, no post
    if (name := _one_name(line)) and len(line) <= 80:
        return title_case(name), ""
    if (inside := re.fullmatch(r"(?P<name>[^()]{3,60}?)\s*\((?P<affiliation>[^()]{3,160})\)", line)) and (name := _one_name(inside["name"])):
        return title_case(name), inside["affiliation"].strip()  # "CHUN Chaesung (Seoul National University)"
    head, _, rest = line.partition(", ")
    if rest and (name := _one_name(head)) and AFFILIATION_WORD.search(rest):
        return title_case(name), rest.strip().rstrip(".")
    head, _, rest = line.partition(" – ") if " – " in line else line.partition(" — ")
    if rest and (name := _one_name(head)) and AFFILIATION_WORD.search(rest):
        return title_case(name), rest.strip().rstrip(".")  # "Dr Sang-hyun Lee – Senior Fellow, Korea Institute …": a dash between
    return None


def _one_name(line: str) -> str | None:
    """A line that is one person's name, perhaps with a rank after it ('Mats Engman, Major General (ret.)')."""
    name = clean_name(line)
    return name if looks_like_name(name) and len(name.split()) <= 4 and not AFFILIATION_WORD.search(name) else None


def _names_and_affiliations(rest: str, after_by: bool = False) -> list[tuple[str, str]] | None:
    """What follows 'By' (`after_by`) or opens a line of names: names, each with what the line says of it."""
    lowercase_ok = rest == rest.lower()  # "by jane doe"; in a byline with capitals, "senior fellow" is no name

    def is_name(text: str) -> bool:
        return looks_like_name(text, lowercase_ok=lowercase_ok) and not AFFILIATION_WORD.search(text)

    names = split_names(rest)
    if names and all(is_name(n) for n in names):
        return [(n, "") for n in names]
    if ";" in rest:  # "Lt. Gen. (ret.) Park Jin-ho, former deputy commander, X; Dr. Emily Carter, senior fellow, Y; and Prof. Kenji Morita, Z"
        entries = [entry.strip() for entry in re.split(r";\s*(?:and\s+)?", rest) if entry.strip()]
        named = [(clean_name(head), tail.strip().rstrip(".")) for head, _, tail in (entry.partition(", ") for entry in entries)]
        if len(named) > 1 and all(is_name(name) for name, _ in named):
            return named
    if named := _names_in_parentheses(rest, is_name):
        return named
    if (
        (shared := re.fullmatch(r"(?P<names>[^()]{3,160}?)\s*\((?P<affiliation>[^()]{2,160})\)", rest))
        and len(names := split_names(shared["names"])) >= 2
        and all(is_name(n) for n in names)
        and (AFFILIATION_WORD.search(shared["affiliation"]) or re.fullmatch(r"[A-Z]{2,8}", shared["affiliation"].strip()))
    ):
        return [(n, "") for n in names]  # "Mats Engman and Sangsoo Lee (Institute for …)": one affiliation after several names is no single one's
    # "By Jane Doe, Senior Fellow at X": the names end where the affiliation begins.
    for cut in (_AFFILIATION_START_AFTER_BY if after_by else _AFFILIATION_START).finditer(rest):
        head = rest[: cut.start()]
        names = split_names(head)
        if names and all(is_name(n) for n in names):
            if not _AFFILIATION_START.match(rest, cut.start()) and (
                not AFFILIATION_WORD.search(rest[cut.end() :]) or re.search(r"[.?!]\s", RANKS.sub("", rest))
            ):
                continue  # 'By Lee Sang-hyun, welcome to Asia Tonight. Why …': a presenter's greeting, no post (a rank's stop no sentence's)
            affiliation = re.sub(r"^(?:Ph\.?\s?D\.?|M\.?D\.?|J\.?D\.?),\s+", "", _RANK_AFTER.sub("", rest[cut.end() :]).strip().rstrip("."))  # not 'Ph.D., …'
            if re.fullmatch(r"(?:Ph\.?\s?D\.?|M\.?A\.?|MBA|Jr\.|Sr\.)", affiliation, re.I) or _POST_NOMINALS.fullmatch(f" {affiliation}"):
                affiliation = ""  # "John Smith, S.J.", "Ami Bera, M.D.": letters after the name, no affiliation
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


def _names_in_parentheses(text: str, is_name: Callable[[str], bool]) -> list[tuple[str, str]] | None:
    """'CHUN Chae-sung (Seoul National University) and YOON Ha-rim (EAI)': each name with the affiliation in its parentheses."""
    text = re.sub(r"\s*\((?:ret|retd|rtd|retired)\.?\)", "", text, flags=re.I)  # "Maj. Gen. (ret.) Mats Engman (ISDP)": the rank's, no affiliation
    pairs = re.findall(r"\s*(?:,|\band\b|&|/)?\s*([^()/]+?)\s*\(([^()]+)\)", text, flags=re.I)

    def bare(part: str) -> str:
        return re.sub(r"\s|,|\band\b|&|/", "", part, flags=re.I)  # "A (Research Fellow, …) / B (…)": a slash between them too

    if not pairs or bare("".join(f"{n}({a})" for n, a in pairs)) != bare(text):  # the pairs are the whole line
        return None
    named = [(clean_name(re.sub(r"^(?:and|&)\s+", "", n, flags=re.I)), a.strip()) for n, a in pairs]
    # "Wang Wei (Tony Wang)": the name the writer also goes by, no affiliation
    named = [(n, "" if is_name(a) and {w.lower() for w in a.split()} & {w.lower() for w in n.split()} else a) for n, a in named]
    return named if all(is_name(n) for n, _ in named) else None


def _names_interleaved(affiliation: str, is_name) -> bool:
    """Whether an affiliation read after one name holds further names ('senior fellow, and Min-jung Park, research associate')."""
    return any(
        is_name(clean_name(piece)) for piece in re.split(r",\s*(?:and\s+)?", affiliation) if piece.strip()
    )  # 'Political Science and International Relations' is one


def title_case(name: str) -> str:
    """'KIM HYE-RIN' -> 'Kim Hye-rin', 'owen prescott' -> 'Owen Prescott'; a name in mixed case stays as written ('Ha-joon van Dam')."""
    if name != name.upper() and name != name.lower():
        return name
    return " ".join(_hyphenated(word) for word in name.split())


def _hyphenated(word: str) -> str:
    """'HYE-RIN' -> 'Hye-rin' (a Korean given name's syllables), 'SMITH-JONES' -> 'Smith-Jones' (two names joined)."""
    parts = word.split("-")
    if len(parts) == 2 and all(len(part) <= 4 for part in parts):
        return _capitalized(word)
    return "-".join(_capitalized(part) for part in parts)


def _capitalized(word: str) -> str:
    """'DEMİRTAŞ' -> 'Demirtaş': Turkish capital İ is i in lower case (Python's lower() adds a combining dot to it); 'O’LEARY' ->
    'O’Leary', an Irish name's letter after the apostrophe a capital too."""
    word = word.capitalize().replace("i\u0307", "i")
    return re.sub(r"^([OD][’'])(\w)", lambda m: m[1] + m[2].upper(), word)


AFFILIATION_WORD = re.compile(
    r"\b(?:University|Institute|Institution|Center|Centre|Council|Forum|Foundation|School|College|Academy|Program|Programme|Project|Fellow|Professor|"
    r"Director|Head|Chair|Adviser|Advisor|Analyst|Researcher|Scholar|Editor|Minister|Ambassador|President|Dean|Lecturer|Correspondent|Member|Commander|Secretary|Envoy|Officer|Representative|Negotiator|Official|"
    r"Staff Writer|Senior Writer|(?:Editorial|Contributing|Guest) Writer|Reporter|"
    r"Chief|Deputy|Former|Retired|Visiting|Associate|Assistant|Research|Specialist|Economist|Strategist|Consultant|Coordinator|Network|Association|Journalist|Commentator|"
    r"Fondation|Fundaci[óo]n|Funda[çc][ãa]o|Fondazione|Stiftung|Institut|Instituto|Istituto|Universit[éeäà]t?|Universidad|Universidade|Hochschule|Akademie|Acad[ée]mie|"
    r"Chercheu(?:r|se)|Professeure?|Directeur|Directrice|Investigador[a]?|Profesor[a]?|Pesquisador[a]?|Professor[a]|Forscher(?:in)?|Wissenschaftler(?:in)?"
    r"|Leiter(?:in)?|Referent(?:in)?|Gastwissenschaftler(?:in)?|Programm|Army|Navy|Air Force|Marine Corps"
    r"|Ambassad(?:eur|rice)|Embajador[a]?|Botschafter(?:in)?|Formerly|Ministry|Armed Forces|Headquarters"  # 'Ambassadrice de France (h.)'
    r"|Partner|Attorney|Lawyer|Counsel|Barrister|Solicitor|Avocats?|LLP)\b",  # a law firm's: 'Partner, Marchetti Aubry Avocats, Geneva'
    re.I,  # "former French ambassador to …", "senior fellow": an affiliation in lower case too; "Fondation pour les études …"
)


def name_alone(paragraph: str) -> str | None:
    """A paragraph that is a person's name and nothing else: 'Chun Yung-woo', or inverted, 'Swanström, Niklas' (read as 'Niklas Swanström');
    a doctorate after it is no part of it ('Zhao Lingyun, Ph.D.'), nor the side a debater takes ('MATS ENGMAN — FOR')."""
    paragraph = _SIDE_AFTER.sub("", _DOCTORATE_AFTER.sub("", paragraph))
    if len(paragraph) > 60 or (paragraph.endswith((".", "?", "!", ":")) and not re.search(r"\b(?:Jr|Sr)\.$", paragraph)):
        return None  # 'Ramon de la Peña Jr.' ends in a full stop, and is a name
    hangul = r"[\u3131-\ud7a3\u4e00-\u9fff\u3040-\u30ff]+(?:\s+[\u3131-\ud7a3\u4e00-\u9fff\u3040-\u30ff]+)*"
    paragraph = (
        re.sub(rf"^{hangul}\s+(?=[A-Z])|^{hangul}\s*\((?=[A-Z][^()]{{2,50}}\)$)", "", paragraph).rstrip(")") if re.match(hangul, paragraph) else paragraph
    )
    # '하은 Ha-eun Yoon', '하은 (Ha-eun Yoon)': the name in Hangul, then in Latin letters
    paragraph = _NAME_IN_SCRIPT.sub("", paragraph).strip() or paragraph  # 'ZHAO Minghui (赵明辉)', 'Viktor A. Sedov (Виктор А. Седов)'
    inverted = re.fullmatch(r"(?P<surname>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+),\s+(?P<given>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)?)", paragraph)
    if inverted and looks_like_name(f"{inverted['given']} {inverted['surname']}"):  # not 'Pressure, Not Provocation'
        return f"{inverted['given']} {inverted['surname']}"
    if inverted:
        return None
    name = clean_name(paragraph)
    if HEADING_NUMBER.match(paragraph) or ABOUT_PUBLISHER.match(paragraph) or LINKS_HEADING.fullmatch(paragraph.strip()):
        return None  # nor 'Related Links' over a list of them
    core = [word for word in name.split() if word.lower().rstrip(".") not in _PARTICLES]  # 'Ramon de la Peña Jr.' is three words of name
    return name if looks_like_name(name) and len(core) <= 4 and not LABEL.match(name) else None


_PARTICLES = NAME_PARTICLES | {"jr", "sr"}
_SIDE_AFTER = re.compile(r"\s*[—–]\s*(?:for|against|yes|no|pro|con)(?: the motion)?$", re.I)
"""'— FOR' after a debater's name over the part: the side taken, no part of the name."""
