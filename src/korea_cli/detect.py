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
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month_number>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b"),  # 11/27/2018; 03/04/2019 says no month for sure
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[./](?P<month_number>\d{1,2})[./](?P<day>\d{1,2})\b"),  # 2021.03.15
]
_DATELINE_WORDS = re.compile(
    r"^(?:(?:published|posted|updated|last updated|first published|date|dated|on)\b\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*(?:,|—|–|-{1,2})\s+)?",  # a place: "Seoul, March 4, 2019", "Seoul — March 4, 2019"
    re.I,
)
_AFTER_DATE = re.compile(
    r"^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|\s*[|·•–—-]\s*\d+\s*min(?:ute)?s?\s*read|\s*\(\w+\)"
    r"|\s*[|·•]\s*(?:updated|last updated|modified)\b.*)*\s*[.]?$",
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
    r"(?:(?:Major|Lieutenant|Brigadier|Lt\.?|Maj\.?|Brig\.?)\s+(?:General|Gen\.?)|General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Ambassador|Amb\.|"
    r"Professor|Prof\.|Doctor|Dr\.|Mr\.|Ms\.|Mrs\.|Sir|Rep\.|Sen\.|Hon\.|The Honorable)"
)
_RANKS = re.compile(rf"^(?:{_HONORIFIC}\s+)+(?:\((?:ret|retd|retired)\.?\)\s+)?", re.I)
_RANK_AFTER = re.compile(r"\s*\((?:ret|retd|retired)\.?\)|,?\s+(?:Ph\.?\s?D\.?|M\.?A\.?|MBA|Jr\.|Sr\.|Esq\.)$", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|[a-zà-öø-ÿ][\w'’-]*-[\w'’-]+|van|von|de|der|da|di|bin|al|le|la|del|dos)$")
_BY = re.compile(r"^(?:written\s+by|by|authors?\s*:)\s+(?P<rest>.+)$", re.I)
_AFFILIATION_START = re.compile(r",\s+(?=(?:a|an|the)\s|[A-Z]|[a-z]+\s+(?:of|at|in|for)\b)")


def clean_name(text: str) -> str:
    """A person's name without ranks, honorifics or degrees: 'Major General (ret.) Mats Engman' -> 'Mats Engman'."""
    name = _RANKS.sub("", text.strip().strip("*_ ").strip())
    previous = None
    while previous != name:
        previous = name
        name = _RANK_AFTER.sub("", name).strip()
    return name


def looks_like_name(text: str, lowercase_ok: bool = False) -> bool:
    """Two to five words, each capitalized (or all lower case, as some bylines are), with no words of a sentence."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(w.lower() in ("the", "of", "and", "for", "in", "on", "to", "a", "an", "is", "with") for w in words):
        return False
    if lowercase_ok and text == text.lower() and all(re.fullmatch(r"[a-zà-öø-ÿ][\w'’-]*", w) for w in words):
        return True
    return all(_NAME_WORD.match(w) for w in words) and any(w[0].isupper() for w in words)


def split_names(text: str) -> list[str]:
    """'A, B and C' / 'A & B' -> each name, ranks removed."""
    return [clean_name(n) for n in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text) if n.strip()]


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
    r"^(?:[\w ]*\b(?:policy brief|issue brief|brief|commentary|analysis|op-?ed|opinion|perspectives?|viewpoint|interview|expert views?|"
    r"special report|working paper|report|essay|column|insight|explainer|q ?& ?a|roundtable|round table|conversations?|dialogues?|symposium|debate|podcast|"
    r"series|in focus|spotlight|briefing|reaction|monitor|newsletter|bulletin|digest|update|issue \d+)\b[\w .#:|/·,-]*|[\w ]+\s*[|·]\s*[\w ,·|]+|\[[\w ]{2,30}\])$",
    re.I,
)
_EDITORS_NOTE = re.compile(
    r"^(?:editor[’']?s[’']? note\b|note from the editors?\b|(?:this interview )?(?:has been |was |is )?(?:edited|condensed|lightly edited)"
    r"(?: and (?:edited|condensed))? for (?:length|clarity|brevity))",
    re.I,
)
_CREDIT = re.compile(
    r"^(?:interview(?:ed)?(?: conducted)? by|translated(?: from [\w ]+)? by|translation by|edited by|reporting by|additional reporting by|illustration by"
    r"|(?:photo |image )?credits?\s*:)",
    re.I,
)
_BOX = re.compile(r"^(?:key (?:points|takeaways|findings)|at a glance|highlights|in brief|summary|abstract|tl;?dr)\b\s*[:•·—-]?", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our)\b")
_CAPTION = re.compile(r"^(?:\(?(?:photo|image|picture|caption|photograph|illustration)(?: credit)?\s*[:：/]|\((?:ap|afp|reuters|getty|yonhap)\b)", re.I)
_CAPTION_END = re.compile(
    r"\((?:photo|image)?\s*:?\s*(?:ap|afp|reuters|getty images|yonhap|epa|kcna)[^)]*\)\.?$|\b(?:photo|image) (?:by|courtesy of|credit)\b[^.]*\.?$", re.I
)
_NOTES_HEAD = re.compile(r"^(?:notes?|end ?notes|foot ?notes|references|sources|bibliography|further reading|works cited)\s*:?(?:\s+(?=\[?\d)|$)", re.I)
_FOOTNOTE = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}\.\s|\d{1,3}\s(?=[A-Z]))")
_BIO_HEAD = re.compile(r"^about (?:the )?authors?\b\s*:?", re.I)
_DISCLAIMER = re.compile(
    r"^(?:the )?(?:views|opinions) (?:expressed|in this)\b|^disclaimer\b|^this (?:article|commentary|essay|piece|brief) (?:reflects|represents)\b"
    r"|^(?:the )?(?:author|authors)[’']? (?:views|opinions)\b",
    re.I,
)
_BOILERPLATE_LINE = re.compile(
    r"^(?:share(?: this)?(?: article| story| post| page)?(?: on \w+)?|share(?: this)?(?: article| story| post| page)?\s*:.*|reading time\s*:?.*|\d+\s*min(?:ute)?s? read"
    r"|you are receiving this (?:e-?mail|newsletter)\b.*|unsubscribe\b.*|(?:manage|update) (?:your )?(?:subscription|preferences)\b.*"
    r"|view (?:this )?(?:e-?mail )?in (?:your |a )?browser|forward (?:this )?to a friend|(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit)(?:\s*[|·•,/]\s*\w+)+|cite this(?: article| brief| page)?|how to cite|tweet|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|reddit|copy link|list|back to top"
    r"|advertisement|comments?|\d+ comments?|subscribe\b.*|sign up\b.*|get our\b.*|newsletter\b.*|read more\b.*|more from\b.*|related(?: articles?| stories| posts| content| reading)?\s*:.*"
    r"|related(?: articles?| stories| posts| reading)?|tags?\s*:.*|topics?\s*:.*|filed under\b.*|follow us\b.*|(?:©|ⓒ|\(c\)|copyright)\s.*|all rights reserved.*"
    r"|we use cookies\b.*|this (?:web)?site uses cookies\b.*|by continuing to (?:browse|use)\b.*|accept (?:all )?cookies.*|cookie (?:policy|settings).*"
    r"|.*\bsign up for (?:our|the)\b.*newsletter.*|.*\bsubscribe to (?:our|the)\b.*|download(?: (?:the )?(?:pdf|full (?:report|brief|text)))?\b.*|print(?: this)?(?: page| article)?"
    r"|save|bookmark|listen(?: to this article)?\b.*|(?:this|the) (?:article|essay|piece|commentary|interview) (?:was )?(?:first|originally) (?:appeared|published)\b.*"
    r"|(?:more|other|all) (?:interviews|articles|essays|commentaries|analysis|briefs) (?:in|from|on|by) (?:our|the|this)\b.{0,80})$",
    re.I,
)
_QUESTION = re.compile(r"^(?:\*\*|__)?(?:q|question)\s*[:.)]\s*(?:\*\*|__)?\s*", re.I)
_ANSWER = re.compile(r"^(?:\*\*|__)?(?:a|answer)\s*[:.)]\s*(?:\*\*|__)?\s*", re.I)
_ITALIC = re.compile(r"^(?:\*[^*].*[^*]\*|_[^_].*[^_]_)[.?!]?$")
_SPEAKER = re.compile(r"^(?P<label>[A-Z][A-Z .’'-]{0,30}[A-Z]|[A-Z]{1,3}|[A-Z][a-z’'-]{1,20})\s*:\s+(?=\S)")
_SECTION = re.compile(r"^(?P<name>[^,]{3,60}?),\s+(?P<affiliation>\S.{2,})$")
_BIO = re.compile(
    r"^\*?(?:(?:Dr|Prof|Gen|Amb|Ambassador|Professor|General)\.?\s+)?(?P<who>[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3})(?:\s+\((?:ret|retd)\.?\))?"
    r"(?:,\s+(?P<aside>[^,]{3,120}),)?\s+(?:is|was|also|serves|served|has been|holds|teaches|leads|directs|heads|writes|works)\b"
)
_BIO_AFFILIATION = re.compile(r"\b(?:is|serves as|works as)\s+(?:(?:a|an|the)\s+)?(?P<what>[^.;]*?)(?:\.|;|,\s+(?:and|where|who)\b|$)")


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


def _byline(paragraph: str, names_alone: bool = False) -> tuple[list[str], str] | None:
    """The names a 'By …' or 'Authors: …' line gives (ranks removed) and the affiliation after them, if it is one.

    With `names_alone`, a line of names and nothing else ('Jane Doe and John Roe') is one too, and so is
    'Jane Doe (Professor, X University)'.
    """
    first_line = paragraph.split("\n")[0]
    first_line = re.split(r"\s+[|·•]\s+", first_line)[0]  # "By Jane Doe | March 3, 2021"
    match = _BY.match(first_line)
    if match:
        rest = match.group("rest").strip()
    elif names_alone and (inside := re.fullmatch(r"(?P<name>[^()]{3,60}?)\s*\((?P<affiliation>[^()]{3,160})\)", first_line)):
        if looks_like_name(clean_name(inside["name"])) and _AFFILIATION_WORD.search(inside["affiliation"]):
            return [_title_case(clean_name(inside["name"]))], inside["affiliation"].strip()
        return None
    elif names_alone and len(first_line) <= 100:
        rest = first_line.strip()
        if not all(looks_like_name(n) for n in split_names(rest)) or any(len(n.split()) < 2 for n in split_names(rest)):
            return None
    else:
        return None
    if len(first_line) > 240:
        return None
    names_part, affiliation = rest, ""
    names = split_names(names_part)
    if not all(looks_like_name(n, lowercase_ok=True) and not _AFFILIATION_WORD.search(n) for n in names):
        # "By Jane Doe, Senior Fellow at X": the names end where the affiliation begins.
        for cut in _AFFILIATION_START.finditer(rest):
            head = rest[: cut.start()]
            names = split_names(head)
            if names and all(looks_like_name(n, lowercase_ok=True) and not _AFFILIATION_WORD.search(n) for n in names):
                names_part, affiliation = head, _RANK_AFTER.sub("", rest[cut.end() :]).strip().rstrip(".")
                break
        else:
            return None
    if re.fullmatch(r"(?:Ph\.?\s?D\.?|M\.?A\.?|MBA|Jr\.|Sr\.)", affiliation, re.I):
        affiliation = ""
    return [_title_case(n) for n in names], affiliation


def _title_case(name: str) -> str:
    """'KIM HYE-RIN' -> 'Kim Hye-rin'; a name in mixed or lower case stays as written."""
    if name != name.upper():
        return name
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in name.split())


def _boilerplate(paragraph: str) -> bool:
    """Every line is site furniture: sharing, related links, tags, copyright, cookies, newsletters (under a 'Related:' heading, any short line)."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    under_heading = len(lines) > 1 and _LINKS_HEADING.match(lines[0])
    if under_heading and (lines[0].lower().startswith(("cite", "how to cite")) or all(len(line) <= 120 and not line.endswith(".") for line in lines[1:])):
        return True
    return bool(lines) and all(len(line) <= 240 and all(_BOILERPLATE_LINE.match(part) for part in re.split(r"\s+[|·•]\s+", line)) for line in lines)


_LINKS_HEADING = re.compile(
    r"^(?:related(?: articles?| stories| posts| content| reading| publications| research)?|more from [\w ]+|read (?:more|next)|see also|recommended"
    r"|cite this(?: article| brief| page)?|how to cite)\s*:?$",
    re.I,
)
_AFFILIATION_WORD = re.compile(
    r"\b(?:University|Institute|Institution|Center|Centre|Council|Forum|Foundation|School|College|Academy|Program|Programme|Project|Fellow|Professor|"
    r"Director|Head|Chair|Adviser|Advisor|Analyst|Researcher|Scholar|Editor|Minister|Ambassador|President|Dean|Lecturer|Correspondent|Member)\b"
)


def _prose(paragraph: str) -> bool:
    """Sentences, not a heading: long, or ending as a statement does with more than a few words (a title may well ask a question)."""
    return len(paragraph) > 200 or (len(paragraph.split()) >= 8 and paragraph.rstrip("”’\"')*").endswith((".", "!")))


def read(paragraphs: Sequence[str], known_names: Iterable[str] = (), default_signers: Sequence[str] = ()) -> Reading:
    """Roles and signers for `paragraphs` (each paragraph's lines joined by '\\n', spaces folded).

    `known_names`: every name and alias of the corpus's authors, so an
    interviewee the introduction names can be recognised. `default_signers`:
    who wrote the body when the text names nobody (`korea add --author`).
    """
    count = len(paragraphs)
    roles: list[str | None] = [None] * count
    people: list[Signer] = []
    signers: list[tuple[int, ...]] = [()] * count
    date: tuple[str, str] | None = None
    flat = [" ".join(p.split()) for p in paragraphs]

    def person(name: str, affiliation: str = "", stated_in: int = 0) -> int:
        for i, known in enumerate(people):
            if romanized(known.name) & romanized(name) or fold(known.name) == fold(name):
                if affiliation and not known.affiliation:
                    known.affiliation, known.stated_in = affiliation, stated_in
                return i
        people.append(Signer(name, affiliation, stated_in))
        return len(people) - 1

    # 1. Each paragraph by its own look.
    sections: dict[int, int] = {}  # paragraph -> signer who opens a section there
    bylines: dict[int, tuple[int, ...]] = {}
    questions = answers = 0
    speakers: list[tuple[int, str]] = []
    for i, p in enumerate(flat):
        lines = paragraphs[i].split("\n")
        if _EDITORS_NOTE.match(p) or (i and roles[i - 1] == "editors_note" and len(flat[i - 1]) < 30):  # a heading alone, then the note
            roles[i] = "editors_note"
        elif _CREDIT.match(p) and len(p) <= 160:
            roles[i] = "credit"
            if i and roles[i - 1] is None and len(flat[i - 1]) <= 200 and _CREDIT.match(p).group(0).lower().strip(" :").endswith("credit"):
                roles[i - 1] = "caption"  # a photo's caption, then its credit
        elif by := _byline(paragraphs[i], names_alone=0 < i < 6 and not any(roles[j] is None and _prose(flat[j]) for j in range(i))):
            names, affiliation = by
            roles[i] = "byline"
            bylines[i] = tuple(person(n, affiliation if len(names) == 1 else "", i + 1 if affiliation and len(names) == 1 else 0) for n in names)
            for part in [*re.split(r"\s+[|·•]\s+", lines[0])[1:], *lines[1:]]:  # "By Jane Doe | March 3, 2021", "By Jane Doe\n10 Feb 2023"
                found = dateline(" ".join(part.split()))
                if found and found[0]:
                    date = date or found
        elif found := dateline(p):
            roles[i] = "dateline"
            if found[0]:
                date = date or found
        elif _boilerplate(paragraphs[i]):
            roles[i] = "boilerplate"
        elif _DISCLAIMER.match(p):
            roles[i] = "disclaimer"
        elif _NOTES_HEAD.match(p):
            roles[i] = "notes"
        elif _BIO_HEAD.match(p):
            roles[i] = "author_bio"
        elif _CAPTION.match(p) and len(p) <= 40 and i and roles[i - 1] is None and len(flat[i - 1]) <= 200:
            roles[i], roles[i - 1] = "credit", "caption"  # "Photo: Yonhap" under the caption it credits
        elif _CAPTION.match(p) or (len(p) <= 300 and _CAPTION_END.search(p)):
            roles[i] = "caption"
        elif _QUESTION.match(p) or (_ITALIC.match(p) and p.rstrip("*_. ").endswith("?")):
            roles[i] = "question"
            questions += 1
        elif _ANSWER.match(p):
            roles[i] = "answer"
            answers += 1
        elif (speaker := _SPEAKER.match(p)) and len(p) > len(speaker.group(0)) + 10:
            speakers.append((i, speaker.group("label").strip()))
        elif (
            i > 0
            and len(p) <= 200
            and not p.rstrip("*_ ").endswith((".", "!", ";", "?"))
            and (section := _SECTION.match(p))
            and looks_like_name(clean_name(section.group("name")))
            and _AFFILIATION_WORD.search(section.group("affiliation"))
        ):
            roles[i] = "byline"
            sections[i] = person(clean_name(section.group("name")), section.group("affiliation").strip(), i + 1)
        elif i > 0 and i + 1 < count and (alone := _name_alone(p)) and any(_prose(flat[j]) for j in range(i)):
            roles[i] = "byline"  # a signed section opened by its author's name alone ("Swanström, Niklas")
            sections[i] = person(alone)

    # 2. Interviews: questions and answers, or two speakers taking turns.
    labels = [label for _, label in speakers]
    interview = questions >= 2 or answers >= 2 or (len(set(labels)) == 2 and len(labels) >= 4)
    if interview and speakers:
        asker = labels[0]
        for i, label in speakers:
            roles[i] = "question" if label == asker else "answer"
        for i, names in list(bylines.items()):  # "By Kang Hye-won" over "Kang: …" questions: the interviewer, credited, no author
            if all(fold(asker) in fold(people[n].name).split() for n in names):
                roles[i] = "credit"
                del bylines[i]

    # 3. Where each paragraph stands: the header, the body, trailing matter. The header runs to the last byline, date line,
    # credit or label near the top (a title may read like a sentence), or else to the first paragraph of prose.
    marked = 0
    for i in range(min(count, 8)):
        if len(flat[i]) > 320 and roles[i] is None:
            break
        if i in bylines or roles[i] in ("dateline", "credit"):
            marked = i + 1
        elif roles[i] is None and i < 2 and len(flat[i]) <= 60 and _LABEL.match(flat[i]):
            # a series label: the title comes after it, and the label may carry the date ("Monitor · Issue 31 · 29 November 2023")
            title_next = i + 1 < count and roles[i + 1] is None and len(flat[i + 1]) <= 220 and not _prose(flat[i + 1])
            marked = max(marked, i + 2 if title_next else i + 1)
            for part in re.split(r"\s*[|·•]\s*", flat[i])[1:]:
                found = dateline(part)
                if found and found[0]:
                    date = date or found
    first_prose = next((i for i in range(count) if roles[i] in (None, "answer", "question") and _prose(flat[i])), None)
    first_body = marked or (first_prose if first_prose is not None else min(1, count - 1))
    if sections:
        first_body = min(first_body, min(sections))
    header = range(first_body)
    title = None
    for i in header:
        if roles[i] is None and title is None and len(flat[i]) <= 200 and _LABEL.match(flat[i]) and len(flat[i]) <= 60 and i + 1 < count:
            roles[i] = "label"
        elif roles[i] is None and title is None and len(flat[i]) <= 220:
            roles[i] = "title"
            title = i
        elif roles[i] is None and title is not None and len(flat[i]) <= 320:
            roles[i] = "subtitle"
    trailing = False
    for i in range(first_body, count):
        role = roles[i]
        if role in ("notes", "author_bio") or (role in ("boilerplate", "disclaimer") and i > first_body):
            trailing = True
        if role is None and trailing:
            previous = next((roles[j] for j in range(i - 1, first_body - 1, -1) if roles[j] not in (None,)), None)
            if _BIO.match(flat[i].lstrip("—–-*_ ")) and not _FOOTNOTE.match(flat[i]):
                pass  # a bio after the notes: step 5 finds whose
            elif previous == "notes" and (_FOOTNOTE.match(flat[i]) or len(flat[i]) <= 300):
                roles[i] = "notes"
            elif previous == "author_bio":
                roles[i] = "author_bio"
        if roles[i] is None and i and roles[i - 1] == "boilerplate" and re.match(r"^(?:cite this|how to cite)", flat[i - 1], re.I) and len(flat[i]) <= 400:
            roles[i] = "boilerplate"  # the citation under "Cite this article"
        if roles[i] is None and i > first_body and _FOOTNOTE.match(flat[i]) and re.match(r"^\[\d", flat[i]):
            roles[i] = "notes"
        if roles[i] is None and _CAPTION_END.search(flat[i]) and len(flat[i]) <= 300:
            roles[i] = "caption"

    # 4. Whose words: bylines, sections, interviews.
    interviewee = _interviewee(flat, roles, known_names, person) if interview else None
    if interview and interviewee is None and people:
        interviewee = 0
    current: tuple[int, ...] = ()
    byline_signers = next(iter(bylines.values()), ())
    if not people and default_signers:
        byline_signers = tuple(person(name) for name in default_signers)
    if not people:
        for i in range(count - 1, first_body, -1):
            if roles[i] is None and (bio := _BIO.match(flat[i].lstrip("—–-*_ "))) and looks_like_name(clean_name(bio.group("who"))):
                byline_signers = (person(clean_name(bio.group("who"))),)
                break
    for i in range(count):
        role = roles[i]
        if i in sections:
            current = (sections[i],)
            signers[i] = current
        elif i in bylines:
            signers[i] = bylines[i]
            if not sections:
                current = bylines[i]
        elif role == "answer":
            roles[i] = "body"
            signers[i] = (interviewee,) if interviewee is not None else ()
            current = signers[i]
        elif role is None:
            if interview:
                # Before the first question, the publication frames the interview; after one, the interviewee answers.
                asked = any(roles[j] == "question" for j in range(i))
                roles[i] = "body" if asked and interviewee is not None else "introduction"
                signers[i] = (interviewee,) if asked and interviewee is not None else ()
            elif i - 1 in sections and not _prose(flat[i]) and len(flat[i]) <= 120 and not flat[i].endswith((".", "!", ";", ":")):
                roles[i] = "title"  # a section's own title, under its author's name
            elif _BOX.match(flat[i]) and not _FIRST_PERSON.search(flat[i]) and i <= first_body + 1:
                roles[i] = "introduction"  # "Key points": the publisher's summary of the piece
            elif sections and not current:
                roles[i] = "introduction"
            else:
                owner = current or byline_signers
                roles[i] = "body" if owner else "introduction"
                signers[i] = owner
        elif role == "author_bio":
            signers[i] = ()

    # 5. Bios: "Jane Doe is a senior fellow at X" near the end, with the affiliation it states.
    for i in range(count):
        if roles[i] not in ("body", "author_bio") or (roles[i] == "body" and (i < count / 2 or len(flat[i]) > 600)):
            continue
        owners, stated = _bio_people(flat[i], people)
        if roles[i] == "body" and not (owners and _BIO.match(flat[i].lstrip("—–-*_ "))):
            continue
        roles[i] = "author_bio"
        signers[i] = tuple(owners)
        for owner, affiliation in stated.items():
            if affiliation and not people[owner].affiliation:
                people[owner].affiliation, people[owner].stated_in = affiliation, i + 1
    bios = [i for i in range(count) if roles[i] == "author_bio"]
    for i in bios:  # an "About the author(s)" heading belongs to the people of the bios under it
        if not signers[i]:
            following = [signers[j] for j in bios if j > i and signers[j]]
            signers[i] = tuple(dict.fromkeys(s for group in following for s in group)) or tuple(range(len(people)))

    final = [role or "body" for role in roles]
    used = sorted({n for group in signers for n in group})  # people named but signing nothing (an interviewer's byline) are no authors
    renumber = {old: new for new, old in enumerate(used)}
    return Reading(final, [tuple(renumber[n] for n in group) for group in signers], [people[n] for n in used], date)


def _name_alone(paragraph: str) -> str | None:
    """A paragraph that is a person's name and nothing else: 'Chun Yung-woo', or inverted, 'Swanström, Niklas' (read as 'Niklas Swanström')."""
    if len(paragraph) > 60 or paragraph.endswith((".", "?", "!", ":")):
        return None
    inverted = re.fullmatch(r"(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+),\s+(?P<given>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)", paragraph)
    if inverted:
        return f"{inverted['given']} {inverted['surname']}"
    name = clean_name(paragraph)
    return name if looks_like_name(name) and len(name.split()) <= 4 and not _LABEL.match(name) else None


def _bio_people(paragraph: str, people: list[Signer]) -> tuple[list[int], dict[int, str]]:
    """The signers a bio paragraph speaks of, and the affiliation it states for each."""
    owners: list[int] = []
    stated: dict[int, str] = {}
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z*])", paragraph):
        match = _BIO.match(sentence.lstrip("—–-*_ "))
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


_TITLE_NAME = re.compile(r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.’'-]+){1,3})(?::\s|\s+on\s)")
_WITH_NAME = re.compile(
    r"\b(?:interview with|in conversation with|conversation with|q ?& ?a with|talking with|speaks with)\s+(?:(?:Dr|Prof|Gen|Amb)\.?\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.’'-]+){1,3})",
    re.I,
)
_CAPITALIZED_NAME = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2}")
_SPOKE = re.compile(
    r"(?:Dr\.\s+|Prof\.\s+|Professor\s+|Ambassador\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.’'-]+){1,3}),[^.]{0,200}?\b(?:spoke|talked|sat down)\b"
)


def _interviewee(flat: list[str], roles: list[str | None], known_names: Iterable[str], person) -> int | None:
    """Who answers: named at the head of the title ('Jane Doe: …', 'Jane Doe on …'), or in the introduction."""
    head = [i for i, role in enumerate(roles) if role in ("title", "subtitle", None, "introduction") and not any(r == "question" for r in roles[:i])]
    for i in head:
        if roles[i] == "title" and (match := _TITLE_NAME.match(flat[i])) and looks_like_name(match.group("name")):
            return person(clean_name(match.group("name")))
        if roles[i] in ("title", "subtitle") and (match := _WITH_NAME.search(flat[i])) and looks_like_name(clean_name(match.group("name"))):
            return person(clean_name(match.group("name")))
    text = " ".join(flat[i] for i in head)
    known = [(name, romanized(name)) for name in known_names if len(name.split()) >= 2]
    for candidate in _CAPITALIZED_NAME.findall(text):  # a known author, under any spelling of the name ('Lee Sang-soo' is Sangsoo Lee)
        readings = romanized(candidate)
        if readings and any(readings & forms for _, forms in known):
            return person(clean_name(candidate))
    for i in head:
        if match := _SPOKE.search(flat[i]):
            return person(clean_name(match.group("name")))
    return None
