"""Essays exported from news databases and archives (Factiva, LexisNexis, Nexis Uni, ProQuest, JSTOR): their field lines
read for what they are.

A researcher's copy of an op-ed often comes from a database, not the outlet's page, and carries the database's record:
Factiva's two-letter fields ('HD' headline, 'BY', 'PD' date, 'LP'/'TD' text, 'AN Document …'), LexisNexis's ('BYLINE:',
'SECTION:', 'LENGTH:', 'HIGHLIGHT:', 'LOAD-DATE:' after a header of the outlet, its date and copyright), Nexis Uni's (a
delivery cover, then 'Section:' / 'Length:' / 'Byline:' in one block, 'Body', 'End of Document'), ProQuest's citation line
('Lee, Sang-hoon. The Christian Science Monitor; Boston, Mass. 27 Oct 1994: 19.') and metadata block, and JSTOR's cover
sheet and the stamp at the foot of each page it serves.

`record` recognises such an export and says what its fields fix: each paragraph's role, or the text the essay's own
reading should see instead ('HD The six-party gamble' is read as 'The six-party gamble'; 'BYLINE: CHUN Chae-sung' as a
byline), and the date the record states (a load date or a capture date is the database's, not the essay's).
Pure: paragraphs in, a `Record` out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from korea_cli.dates import date_within, dateline

_FACTIVA = re.compile(r"^(?P<code>HD|BY|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CO|IN|NS|RE|IPC|IPD|PUB|AN|SE|CR|ART|RF|CT|VOL)(?:\s+|$)(?P<rest>.*)", re.S)
_LEXIS_FIELDS = (
    "BYLINE", "SECTION", "LENGTH", "HIGHLIGHT", "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "DATELINE", "GRAPHIC", "TYPE", "SERIES",
    "CORRECTION-DATE", "DOCUMENT-TYPE", "JOURNAL-CODE", "EDITION", "DISTRIBUTION", "NOTES", "COLUMN", "SUBJECT", "GEOGRAPHIC",
    "ORGANIZATION", "PERSON", "COMPANY", "INDUSTRY",
)  # fmt: skip
"""The fields LexisNexis writes in both its forms: 'BYLINE:' in capitals (LexisNexis Academic), 'Byline:' (Nexis Uni)."""
_LEXIS = re.compile(rf"^(?P<code>{'|'.join((*_LEXIS_FIELDS, 'HEADLINE', 'ACC-NO', 'SOURCE', 'URL', 'BODY'))})\s*:\s*(?P<rest>.*)", re.S)
_PROQUEST_FIELD = re.compile(
    r"^(?:Subject|Location|People|Company / organization|Publication title|Pages|First page|Number of pages|Publication year|Publication date"
    r"|Section|Publisher|Place of publication|Country of publication|Publication subject|ISSN|Source type|Language of publication"
    r"|Document type|ProQuest document ID|Document URL|Copyright|Last updated|Database|Dateline|Credit|Identifier / keyword)\s*:",
)
_PROQUEST_CITATION = re.compile(
    r"^(?P<authors>[A-ZÀ-ÖØ-Þ][\w’'-]+(?: [\w’'-]+)*, [A-ZÀ-ÖØ-Þ][\w.’' -]+?(?:; [A-ZÀ-ÖØ-Þ][\w’'-]+(?: [\w’'-]+)*, [A-ZÀ-ÖØ-Þ][\w.’' -]+?)*)\."
    r"\s+(?P<source>[^.]{3,120}?)[;.].*\b(?:19|20)\d\d\b.*$"
)
"""'Lee, Sang-hoon. The Christian Science Monitor; Boston, Mass. [Boston, Mass]. 27 Oct 1994: 19.': authors, source, date, page."""
_DOCUMENTS = re.compile(r"^\d+\s+of\s+\d+\s+documents?$", re.I)
_NEXIS_UNI_FIELD = re.compile(rf"^(?P<code>{'|'.join(_LEXIS_FIELDS)})\s*:\s*(?P<rest>.*)$", re.I)
_NEXIS_UNI_COVER = re.compile(
    r"^(?:user name|date and time|job number|client/matter|search terms|search type|narrowed by|content type)\s*:|^documents \(\d+\)$"
    r"|^\|?\s*about lexisnexis\b|^end of document$",
    re.I,
)
"""Nexis Uni's delivery page: the job's header ('User Name:', 'Job Number:'), the list of results, its footer, 'End of Document'."""


@dataclass
class Record:
    """What a database export's fields fix: for each paragraph a role (None: read it as any essay's, as `views` gives it)."""

    roles: list[str | None]
    views: list[str]
    """Each paragraph as the essay's reading should see it: a field's code taken off, a byline field as 'By NAME'."""
    date: tuple[str, str] | None
    """The publication date the record states, and its words."""
    title: str | None
    """The headline the record states, without its field code or a database's suffix ('[ALL Edition]')."""


def record(paragraphs: Sequence[str]) -> Record | None:
    """The fields of a Factiva, LexisNexis (either form) or ProQuest export, or a JSTOR download's cover sheet and page
    stamps, or None when the text is none of these."""
    flat = [" ".join(p.split()) for p in paragraphs]
    return _factiva(paragraphs, flat) or _lexis(paragraphs, flat) or _nexis_uni(paragraphs) or _proquest(paragraphs, flat) or _jstor(paragraphs)


_JSTOR_STAMP = re.compile(r"^(?:this content downloaded from\b.*|all use subject to https?://about\.jstor\.org/terms\.?)$", re.I)
"""The line JSTOR prints at the foot of every page it serves ('This content downloaded from 130.232.0.17 on …')."""


def _jstor(paragraphs: Sequence[str]) -> Record | None:
    """A PDF from JSTOR: its cover sheet ('Report Title:', 'Stable URL: https://www.jstor.org/stable/…', what JSTOR is, the
    licence) is the archive's, and so is the stamp at the foot of each page; the document itself is read as it is."""
    cover_end = next((i for i, p in enumerate(paragraphs[:12]) if any(_JSTOR_STAMP.match(line.strip()) for line in p.split("\n"))), None)  # page 1's stamp
    if cover_end is None or not any(re.search(r"stable url\s*:\s*https?://www\.jstor\.org/", p, re.I) for p in paragraphs[: cover_end + 1]):
        return None
    roles: list[str | None] = ["boilerplate"] * (cover_end + 1) + [None] * (len(paragraphs) - cover_end - 1)
    views = list(paragraphs)
    for i in range(cover_end + 1, len(paragraphs)):
        kept = [line for line in paragraphs[i].split("\n") if not _JSTOR_STAMP.match(line.strip())]
        if not any(line.strip() for line in kept):
            roles[i] = "boilerplate"
        views[i] = "\n".join(kept)
    return Record(roles, views, None, None)


def _factiva(paragraphs: Sequence[str], flat: list[str]) -> Record | None:
    coded = [_FACTIVA.match(p) for p in flat]
    codes = {m["code"] for m in coded if m}
    if sum(m is not None for m in coded) < 5 or "HD" not in codes or not codes & {"LP", "TD"}:
        return None
    roles: list[str | None] = [None] * len(flat)
    views = list(paragraphs)
    date: tuple[str, str] | None = None
    title: str | None = None
    for i, match in enumerate(coded):
        if match is None:
            continue
        code, rest = match["code"], match["rest"].strip()
        views[i] = rest
        if code == "HD":
            title = title or rest
        elif code == "BY":
            views[i] = f"By {rest}"
        elif code == "PD":
            roles[i], date = "dateline", date or _date(rest)
        elif code not in ("LP", "TD"):
            roles[i] = "boilerplate"  # word count, source, language, copyright, subject codes, the document's number
    first = next(i for i, m in enumerate(coded) if m)
    for i, text in enumerate(flat):
        if (i < first and len(text) <= 40) or text.lower().startswith("search summary"):
            roles[i] = "boilerplate"  # 'Factiva' over the record; the search that found it, under
    return Record(roles, views, date, title)


def _lexis(paragraphs: Sequence[str], flat: list[str]) -> Record | None:
    coded = [_LEXIS.match(p) for p in flat]
    codes = {m["code"] for m in coded if m}
    if sum(m is not None for m in coded) < 3 or not codes & {"LENGTH", "LOAD-DATE", "SECTION"}:
        return None
    first = next(i for i, m in enumerate(coded) if m)
    roles: list[str | None] = [None] * len(flat)
    views = list(paragraphs)
    date = None
    title: str | None = None
    for i in range(first - 1):  # the header over the headline: the outlet, its date, its copyright, "14 of 87 DOCUMENTS"
        found = dateline(_weekday_dropped(flat[i]))
        if found and found[0] and date is None:
            roles[i], date = "dateline", (found[0], found[1])
        else:
            roles[i] = "boilerplate"
    for i, match in enumerate(coded):
        if match is None:
            continue
        code, rest = match["code"], match["rest"].strip()
        if code == "HEADLINE":
            views[i], title = rest, title or rest  # "HEADLINE: Korea Crisis Is About Leverage, Not War"
        elif code == "BYLINE":
            views[i] = f"By {rest}"
        elif code == "HIGHLIGHT":
            roles[i] = "introduction"  # the database's or paper's summary of the piece
        elif code == "BODY":
            views[i] = rest
        else:
            roles[i] = "boilerplate"
    return Record(roles, views, date, title)  # a headline with no code is read as any title ('[Viewpoint] …' and all)


def _nexis_uni(paragraphs: Sequence[str]) -> Record | None:
    """Nexis Uni's form: the headline, the outlet over its date ('June 22, 2020 Monday'), the copyright, then a block of
    fields in title case, one a line ('Section: OPINION' / 'Length: 941 words' / 'Byline: …'), 'Body', the text, 'Load-Date:'."""
    lines = [[line.strip() for line in p.split("\n") if line.strip()] for p in paragraphs]
    fields = [[_NEXIS_UNI_FIELD.match(line) for line in block] for block in lines]
    codes = {m["code"].lower() for block in fields for m in block if m}
    if "length" not in codes or not any(sum(m is not None for m in block) >= 2 for block in fields):
        return None  # the fields come as a block, 'Section:' over 'Length:' over 'Byline:'; a field's name alone in prose is none
    roles: list[str | None] = [None] * len(paragraphs)
    views = list(paragraphs)
    date = None
    first_field = next(i for i, block in enumerate(fields) if any(block))
    for i, block in enumerate(lines):
        if block and (_NEXIS_UNI_COVER.match(block[0]) or block[0].lower() == "body"):
            roles[i] = "boilerplate"  # the job's header, the result list, the page's footer, 'Body', 'End of Document'
        elif (
            i < first_field
            and date is None
            and (found := next((dateline(_weekday_dropped(line)) for line in block[1:] if dateline(_weekday_dropped(line))), None))
        ):
            roles[i], date = "dateline", (found[0], found[1]) if found[0] else None  # "The Jakarta Post" over "June 22, 2020 Monday"
        elif i < first_field and re.match(r"copyright\b|©", block[0] if block else "", re.I):
            roles[i] = "boilerplate"
        elif any(fields[i]):
            byline = next((m["rest"] for m in fields[i] if m and m["code"].lower() == "byline"), None)
            highlight = next((m["rest"] for m in fields[i] if m and m["code"].lower() == "highlight"), None)
            if byline:
                views[i] = f"By {byline}"  # "Section: OPINION / Length: 941 words / Byline: CHUN Chae-sung, …": the byline's block
            elif highlight and len(fields[i]) == 1:
                roles[i] = "introduction"  # the paper's summary of the piece
            else:
                roles[i] = "boilerplate"  # 'Load-Date:', 'Language:', 'Subject:' …
    return Record(roles, views, date, None)


def _proquest(paragraphs: Sequence[str], flat: list[str]) -> Record | None:
    block = [i for i, p in enumerate(paragraphs) if sum(bool(_PROQUEST_FIELD.match(line.strip())) for line in p.split("\n")) >= 4]
    at = next((i for i in range(1, min(len(flat), 4)) if _PROQUEST_CITATION.match(flat[i])), None)  # under the headline ('ProQuest' over it)
    if not block or at is None:
        return None
    citation = _PROQUEST_CITATION.match(flat[at])
    assert citation is not None
    roles: list[str | None] = [None] * len(flat)
    views = list(paragraphs)
    for i in block:
        roles[i] = "boilerplate"  # Subject, Location, Publication title, ISSN, ProQuest document ID …
    names = [" ".join(reversed([part.strip() for part in author.split(",", 1)])) for author in citation["authors"].split("; ")]
    views[at] = "By " + " and ".join(names)
    date = date_within(flat[at])
    for i, text in enumerate(flat):
        if i < at - 1 or text.lower() in ("full text", "abstract: none available.", "abstract: none available", "proquest document link"):
            roles[i] = "boilerplate"  # 'ProQuest' over the headline, 'Full Text', 'ProQuest document link'
        elif text.lower().startswith("abstract") and i < len(flat) // 2:
            roles[i] = "introduction"  # "Abstract" and the database's summary under it
    title = re.sub(r"\s*:\s*\[[\w ]+ edition\]$", "", flat[at - 1], flags=re.I)
    return Record(roles, views, date, title)


def _date(text: str) -> tuple[str, str] | None:
    found = dateline(_weekday_dropped(text))
    return (found[0], found[1]) if found and found[0] else None


def _weekday_dropped(text: str) -> str:
    """'May 27, 2010 Thursday', as LexisNexis writes a date: the weekday after the date, which a date line has before it."""
    return re.sub(r"\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$", "", text, flags=re.I)
