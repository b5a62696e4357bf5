"""Essays exported from news databases and archives (Factiva, LexisNexis, Nexis Uni, ProQuest, JSTOR, EBSCO, Trove): their
field lines read for what they are.

A researcher's copy of an op-ed often comes from a database, not the outlet's page, and carries the database's record:
Factiva's two-letter fields ('HD' headline, 'BY', 'PD' date, 'LP'/'TD' text, 'AN Document …'), LexisNexis's ('BYLINE:',
'SECTION:', 'LENGTH:', 'HIGHLIGHT:', 'LOAD-DATE:' after a header of the outlet, its date and copyright), Nexis Uni's (a
delivery cover, then 'Section:' / 'Length:' / 'Byline:' in one block, 'Body', 'End of Document'), ProQuest's citation line
('Lee, Sang-hoon. The Christian Science Monitor; Boston, Mass. 27 Oct 1994: 19.') and metadata block, JSTOR's cover
sheet and the stamp at the foot of each page it serves, EBSCO's record ('Title:', 'Authors:', 'Source:', 'Accession Number:'),
and Trove's citation line under a newspaper article's headline, with the page's OCR around it; and, as a record of the same
kind, a web page's meta tags copied above it ('author: …', 'og:title: …', 'article:published_time: …').

`record` recognises such an export and says what its fields fix: each paragraph's role, or the text the essay's own
reading should see instead ('HD The six-party gamble' is read as 'The six-party gamble'; 'BYLINE: CHUN Chae-sung' as a
byline), and the date the record states (a load date or a capture date is the database's, not the essay's).
Pure: paragraphs in, a `Record` out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from korea_cli.dates import date_within, dateline, month_number

_FACTIVA = re.compile(r"^(?P<code>HD|BY|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CO|IN|NS|RE|IPC|IPD|PUB|AN|SE|CLM|CR|ART|RF|CT|VOL)(?:\s+|$)(?P<rest>.*)", re.S)
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
    r"^(?P<authors>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?: [\w’'-]+)*, [A-ZÀ-ÖØ-ÞĀ-ž][\w.’' -]+?(?:; [A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?: [\w’'-]+)*, [A-ZÀ-ÖØ-ÞĀ-ž][\w.’' -]+?)*)\."
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
    """The fields of a Factiva (coded or as its article display), LexisNexis (either form), ProQuest or EBSCO export, a JSTOR
    download's cover sheet and page stamps, a Trove article's record or a page's meta tags; None when the text is none of these."""
    flat = [" ".join(p.split()) for p in paragraphs]
    return (
        _factiva(paragraphs, flat)
        or _factiva_display(paragraphs, flat)
        or _lexis(paragraphs, flat)
        or _nexis_uni(paragraphs)
        or _proquest(paragraphs, flat)
        or _jstor(paragraphs)
        or _ebsco(paragraphs)
        or _trove(paragraphs, flat)
        or _page_metadata(paragraphs)
    )


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


def _factiva_display(paragraphs: Sequence[str], flat: list[str]) -> Record | None:
    """Factiva's article display, its fields without their codes: the headline, the byline, '917 words', the date, the source's
    name and code ('China Daily' / 'CHNDLY'), the language, the copyright, the text, and 'Document CHNDLY0020180921ee9l00006'."""
    counted = next((i for i, p in enumerate(flat[:10]) if re.fullmatch(r"[\d,]{1,6} words", p)), None)
    if counted is None or not any(re.fullmatch(r"Document [A-Z0-9]{6,}[a-z0-9]{0,12}", p) for p in flat[-3:]):
        return None
    roles: list[str | None] = [None] * len(flat)
    date = None
    for i in range(counted, min(counted + 7, len(flat))):
        found = _date(flat[i])
        if found and date is None:
            roles[i], date = "dateline", found
        elif len(flat[i]) <= 160:
            roles[i] = "boilerplate"  # the word count, the source's name and code, the language, the copyright
        if re.match(r"(?:copyright|©|\(c\))", flat[i], re.I):
            break
    for i in range(len(flat) - 3, len(flat)):
        if re.fullmatch(r"Document [A-Z0-9]{6,}[a-z0-9]{0,12}", flat[i]):
            roles[i] = "boilerplate"
    return Record(roles, list(paragraphs), date, None)


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
        elif code in ("SE", "CLM"):
            roles[i] = "label"  # the section and the column ('Opinion', 'Insights into the World'): a series label
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
    headline_coded = "HEADLINE" in codes
    for i in range(first if headline_coded else first - 1):  # the header over the headline: the outlet, its date, its copyright, "14 of 87 DOCUMENTS"
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
            views[i] = rest if re.match(r"by\s", rest, re.I) else f"By {rest}"  # "BYLINE: By Alexei Voronin" as well
        elif code == "BODY" and not rest:
            roles[i] = "boilerplate"  # "BODY:" alone, over the text
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


_EBSCO_FIELD = re.compile(
    r"^(?P<code>Title|Authors?|Source|Document Type|Subject Terms|Geographic Terms|Company/Entity|People|Abstract|Author Affiliations"
    r"|Full Text Word Count|ISSN|ISBN|DOI|Accession Number|Database|Publication Type|Language|Lexile|Reviews & Products|NAICS/Industry Codes)\s*:\s*(?P<rest>.*)$"
)
"""EBSCO's record, one field a line or its name alone over its value ('Title:' / 'Verify first, reward later? …')."""
_EBSCO_DATE = re.compile(r"\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?P<day>\d{1,2})?,?\s?(?P<year>(?:19|20)\d\d)\b")
"""'Nov2018', 'Nov2018, Issue 27': EBSCO's source line glues the month to the year."""


def _ebsco(paragraphs: Sequence[str]) -> Record | None:
    """An EBSCO record over the text ('Title:', 'Authors:', 'Source: EUISS Brief. Nov2018, Issue 27, p1-8.', 'Abstract:', 'Accession
    Number:', 'Database:'): the record's title and date are the essay's, its authors a byline, its abstract the database's summary."""
    fields = [[_EBSCO_FIELD.match(line.strip()) for line in p.split("\n")] for p in paragraphs]
    codes = {m["code"] for block in fields[:16] for m in block if m}
    if len(codes) < 4 or not codes & {"Accession Number", "Database"} or not (fields and fields[0] and fields[0][0]):
        return None
    last = max(i for i, block in enumerate(fields[:16]) if any(block))
    roles: list[str | None] = ["boilerplate"] * (last + 1) + [None] * (len(paragraphs) - last - 1)
    views = list(paragraphs)
    title = date = None
    for i in range(last + 1):
        lines = [line.strip() for line in paragraphs[i].split("\n") if line.strip()]
        code = fields[i][0]["code"] if fields[i][0] else None
        value = [fields[i][0]["rest"], *lines[1:]] if fields[i][0] else lines
        value = [part for part in value if part and not _EBSCO_FIELD.match(part)]
        if code == "Title":
            roles[i], title = "title", " ".join(value).rstrip(".")
        elif code in ("Author", "Authors"):
            names = [" ".join(reversed([part.strip() for part in name.split(",", 1)])) for name in value]
            roles[i], views[i] = None, "By " + " and ".join(names)  # "Lee, Sang-hoon" / "Kirchner, Anna"
        elif code == "Source" and (found := _EBSCO_DATE.search(" ".join(value))):
            month = f"{month_number(found['month']):02d}"
            stamp = f"{found['year']}-{month}" + (f"-{int(found['day']):02d}" if found["day"] else "")
            roles[i], date = "dateline", (stamp, found.group(0))
            stated = (re.search(rf"\b{found['month']}[a-z]*\.?\s+{found['year']}\b", p) for p in paragraphs[last + 1 : last + 6])
            if not found["day"] and (words := next((m.group(0) for m in stated if m), None)):
                date = (stamp, words)  # 'November 2018' on the document's own first page says it in full
        elif code == "Abstract":
            roles[i] = "introduction"  # the database's summary of the piece
    return Record(roles, views, date, title)


_TROVE_CITATION = re.compile(
    r"^(?P<paper>[^()]{3,80}?) \([^()]{0,40}:\s*\d{4}\s*-\s*\d{4}\)\s+(?:[A-Z][a-z]+day\s+)?(?P<date>\d{1,2} [A-Z][a-z]+ \d{4})\s+p\s*\d+\s+\w+$"
)
"""Trove's line under a newspaper article's headline: 'The Canberra Times (ACT : 1926 - 1995) Tuesday 25 October 1994 p 11 Article'."""
_TROVE_FURNITURE = re.compile(r"^(?:print\s+cite\b|article text\b|text corrected by\b|cite this article\b|advertising$)", re.I)


def _trove(paragraphs: Sequence[str], flat: list[str]) -> Record | None:
    """A newspaper article from the National Library of Australia's Trove: its headline, the citation line with the paper and
    the day, the page's tools ('Print  Cite  Fix this text'), the OCR notice, the page's running head as OCR read it, and
    the citation at the foot; the article is read from its OCR text, a capital I or O that OCR read as 'l' or '0' restored
    in the lines set in capitals ('OPlNlON' reads 'OPINION'), which only the reading sees."""
    at = next((i for i in (1, 2) if i < len(flat) and _TROVE_CITATION.match(flat[i])), None)
    if at is None:
        return None
    citation = _TROVE_CITATION.match(flat[at])
    assert citation is not None
    roles: list[str | None] = ["boilerplate"] * at + ["dateline"] + [None] * (len(flat) - at - 1)
    roles[at - 1] = "title"
    views = [_capitals_restored(p) for p in paragraphs]
    paper = _capitals_restored(citation["paper"]).upper()
    for i in range(at + 1, len(flat)):
        first_line = paragraphs[i].strip().split("\n")[0].strip()
        if _TROVE_FURNITURE.match(first_line) or (i <= at + 4 and paper in _capitals_restored(flat[i]).upper() and len(flat[i]) <= 120):
            roles[i] = "boilerplate"  # the page's tools, the OCR notice, the running head ('ll THE CANBERRA TlMES, TUESDAY, …'), an ad
    return Record(roles, views, _date(citation["date"]), flat[at - 1])


def _capitals_restored(text: str) -> str:
    """Words set in capitals as OCR reads them, 'l' for I and '0' for O ('OPlNlON', '0CTOBER'), spelled again."""

    def restore(word: re.Match[str]) -> str:
        w = word.group(0)
        letters = re.sub(r"[l0]", "", w)
        return w.replace("l", "I").replace("0", "O") if len(letters) >= 2 and letters.isupper() and re.search(r"[A-Z]", w) else w

    return re.sub(r"\b[A-Za-z0]*[A-Z][A-Za-z0]*\b", restore, text)


def _date(text: str) -> tuple[str, str] | None:
    found = dateline(_weekday_dropped(text))
    return (found[0], found[1]) if found and found[0] else None


def _weekday_dropped(text: str) -> str:
    """'May 27, 2010 Thursday', as LexisNexis writes a date: the weekday after the date, which a date line has before it."""
    return re.sub(r"\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$", "", text, flags=re.I)


_META_TAG = re.compile(
    r"^(?P<code>title|author|authors|description|keywords|date|url|canonical|language|lang|image|robots|viewport|charset"
    r"|(?:og|article|twitter|dc|dcterms|citation|parsely|fb|al|sailthru|prism)[:.-][\w:.-]+)\s*:\s*(?P<rest>.*)$",
    re.I,
)
"""A meta tag copied as a line: 'og:title: …', 'article:published_time: …', 'author: Rebecca Stahl', 'description: …'."""


def _page_metadata(paragraphs: Sequence[str]) -> Record | None:
    """A page copied with its meta tags above it, a tag a line: the tags are the page's, not the essay's, but for 'author:',
    read as a byline ('By Rebecca Stahl': it may be the only line that names the writer); the site's name, a line of its own
    under the tags ('Meridian Policy Review', as 'og:site_name' gives it), is the page's masthead. Only a run of four tags or
    more, one at least a namespaced one ('og:', 'article:', 'twitter:'), is such a head: 'Title: …' over 'Author: …' is a
    cover page's."""
    lines = [(i, line.strip()) for i, p in enumerate(paragraphs[:40]) for line in p.split("\n") if line.strip()]
    tags = []
    for i, line in lines:
        if not (tag := _META_TAG.match(line)):
            break
        tags.append((i, tag["code"].lower(), tag["rest"].strip()))
    if len(tags) < 4 or not any(re.match(r"[a-z]+[:.-]", code) for _, code, _ in tags):
        return None
    last = tags[-1][0]
    if any(not _META_TAG.match(line.strip()) for p in paragraphs[: last + 1] for line in p.split("\n") if line.strip()):
        return None  # a paragraph that is tags and prose
    roles: list[str | None] = ["boilerplate"] * (last + 1) + [None] * (len(paragraphs) - last - 1)
    views = list(paragraphs)
    for i, code, value in tags:
        if code in ("author", "authors", "article:author") and value and not re.match(r"https?://", value) and paragraphs[i].count("\n") == 0:
            roles[i], views[i] = None, f"By {value}"
    site = next((value for _, code, value in tags if code == "og:site_name"), "")
    for i in range(last + 1, min(last + 8, len(paragraphs))):
        if site and " ".join(paragraphs[i].split()) == site:
            roles[i] = "boilerplate"
    return Record(roles, views, None, None)
