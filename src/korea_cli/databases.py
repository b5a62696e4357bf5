"""Essays exported from news databases (Factiva, LexisNexis, ProQuest): their field lines read for what they are.

A researcher's copy of an op-ed often comes from a database, not the outlet's page, and carries the database's record:
Factiva's two-letter fields ('HD' headline, 'BY', 'PD' date, 'LP'/'TD' text, 'AN Document …'), LexisNexis's ('BYLINE:',
'SECTION:', 'LENGTH:', 'HIGHLIGHT:', 'LOAD-DATE:' after a header of the outlet, its date and copyright), ProQuest's
citation line ('Lee, Sang-hoon. The Christian Science Monitor; Boston, Mass. 27 Oct 1994: 19.') and metadata block.

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
_LEXIS = re.compile(
    r"^(?P<code>BYLINE|SECTION|LENGTH|HIGHLIGHT|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|DATELINE|GRAPHIC|TYPE|SERIES|CORRECTION-DATE|DOCUMENT-TYPE"
    r"|JOURNAL-CODE|ACC-NO|SOURCE|URL|EDITION|DISTRIBUTION|NOTES|COLUMN|SUBJECT|GEOGRAPHIC|ORGANIZATION|PERSON|COMPANY|INDUSTRY|BODY)\s*:\s*(?P<rest>.*)",
    re.S,
)
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
    """The fields of a Factiva, LexisNexis or ProQuest export, or None when the text is none."""
    flat = [" ".join(p.split()) for p in paragraphs]
    return _factiva(paragraphs, flat) or _lexis(paragraphs, flat) or _proquest(paragraphs, flat)


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
        if code == "BYLINE":
            views[i] = f"By {rest}"
        elif code == "HIGHLIGHT":
            roles[i] = "introduction"  # the database's or paper's summary of the piece
        elif code == "BODY":
            views[i] = rest
        else:
            roles[i] = "boilerplate"
    return Record(roles, views, date, None)  # the headline carries no code: read as any title ('[Viewpoint] …' and all)


def _proquest(paragraphs: Sequence[str], flat: list[str]) -> Record | None:
    block = [i for i, p in enumerate(paragraphs) if sum(bool(_PROQUEST_FIELD.match(line.strip())) for line in p.split("\n")) >= 4]
    citation = _PROQUEST_CITATION.match(flat[1]) if len(flat) > 1 else None
    if not block or citation is None:
        return None
    roles: list[str | None] = [None] * len(flat)
    views = list(paragraphs)
    for i in block:
        roles[i] = "boilerplate"  # Subject, Location, Publication title, ISSN, ProQuest document ID …
    names = [" ".join(reversed([part.strip() for part in author.split(",", 1)])) for author in citation["authors"].split("; ")]
    views[1] = "By " + " and ".join(names)
    date = date_within(flat[1])
    for i, text in enumerate(flat):
        if text.lower() in ("full text", "abstract: none available.", "abstract: none available"):
            roles[i] = "boilerplate"
        elif text.lower().startswith("abstract") and i < len(flat) // 2:
            roles[i] = "introduction"  # "Abstract" and the database's summary under it
    title = re.sub(r"\s*:\s*\[[\w ]+ edition\]$", "", flat[0], flags=re.I)
    return Record(roles, views, date, title)


def _date(text: str) -> tuple[str, str] | None:
    found = dateline(_weekday_dropped(text))
    return (found[0], found[1]) if found and found[0] else None


def _weekday_dropped(text: str) -> str:
    """'May 27, 2010 Thursday', as LexisNexis writes a date: the weekday after the date, which a date line has before it."""
    return re.sub(r"\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$", "", text, flags=re.I)
