"""Citations of an essay, or of one paragraph of it, in the forms reference managers and style guides read: CSL-JSON,
BibTeX, RIS, APA (7th edition) and Chicago (17th edition, author-date).

Pure: a `Work` (what the corpus states of an essay, and what it only infers) in, text out. What the text does not state
stays out of every form; what korea inferred is marked as inferred in each form's own way (a note and a `custom` list in
CSL-JSON, a `note` in BibTeX and RIS, square brackets in APA and Chicago, as both style guides do for supplied
information). A paragraph is a locator on the work, never a work of its own.

The two formatted styles are written here rather than through a CSL processor: korea cites one kind of work (an essay
by people, put out by a publisher, perhaps at an address), and the rules for it fit in a page; citeproc-py would bring
lxml and a style file to get the same strings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

STYLES = ("csl-json", "bibtex", "ris", "apa", "chicago")
"""What `korea cite --style` writes."""

CSL_CITATION_SCHEMA = "https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


@dataclass(frozen=True, slots=True)
class Name:
    """A person's name as cited: surname and given names, and whether the split is only korea's reading of the name."""

    family: str
    given: str
    inferred: bool

    @property
    def initials(self) -> str:
        """APA's initials: 'Chaesung' -> 'C.', 'Sang-soo' -> 'S.-s.', 'Mats Erik' -> 'M. E.'."""
        return " ".join("-".join(f"{part[0]}." for part in word.split("-") if part) for word in self.given.split())

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}".strip()


@dataclass(frozen=True, slots=True)
class Work:
    """An essay as a citation needs it. `inferred` names the facts korea inferred (title, publisher, date, url)."""

    id: str
    title: str | None
    publisher: str | None
    date: str | None
    url: str | None
    authors: tuple[Name, ...]
    inferred: tuple[str, ...]
    status: str

    def marked(self, fact: str) -> bool:
        return fact in self.inferred

    @property
    def inferred_names(self) -> bool:
        return any(name.inferred for name in self.authors)


@dataclass(frozen=True, slots=True)
class Cited:
    """What one citation points at: a work, and the paragraph (a passage's number) when a passage is cited."""

    work: Work
    paragraph: int | None = None

    @property
    def id(self) -> str:
        return f"{self.work.id}:{self.paragraph}" if self.paragraph is not None else self.work.id


def work(essay: dict[str, Any], people: dict[str, tuple[str, list[str]]]) -> Work:
    """A `queries.essays` record as a work, its authors' names read from `people` (id -> name, aliases)."""
    authors = tuple(name_of(*people[author]) for author in essay["author_ids"])
    return Work(essay["id"], essay["title"], essay["publisher"], essay["date"], essay["url"], authors, tuple(essay["inferred"]), essay["status"])


def name_of(name: str, aliases: Sequence[str]) -> Name:
    """The surname and given names of an author: stated where an alias writes the name 'Surname, Given' or 'Dr. Surname';
    otherwise korea's reading of the name (`ids.surname_first`: a capitalised or an East Asian surname first, else the last
    word), marked inferred."""
    from korea_cli.ids import surname_first
    from korea_cli.ranks import RANKS
    from korea_cli.text import fold

    words = name.split()
    folded = [fold(w) for w in words]
    for alias in aliases:
        family, comma, given = alias.partition(",")
        if comma and sorted(fold(w) for w in f"{family} {given}".split()) == sorted(folded):
            family_words = family.split()
            return Name(
                " ".join(words[folded.index(fold(w))] for w in family_words), " ".join(w for w in words if fold(w) not in map(fold, family_words)), False
            )
        rest = RANKS.sub("", alias).strip()
        if rest != alias.strip() and len(rest.split()) == 1 and fold(rest) in folded and len(words) > 1:
            at = folded.index(fold(rest))
            return Name(words[at], " ".join(words[:at] + words[at + 1 :]), False)
    family, given = surname_first(name)
    return Name(family or name, given if family else "", True)


def write(cited: Sequence[Cited], style: str) -> str:
    """`cited` in one of `STYLES`, as the text to print."""
    match style:
        case "csl-json":
            return csl_json(cited)
        case "bibtex":
            return bibtex(cited)
        case "ris":
            return ris(cited)
        case "apa":
            return formatted(cited, apa_reference, apa_in_text)
        case "chicago":
            return formatted(cited, chicago_reference, chicago_in_text)
    raise ValueError(style)


def inferred_note(work: Work) -> str:
    """What every form with a note carries when korea inferred something (which facts: the text does not state them), and
    when the essay is a draft."""
    facts = [fact for fact in ("title", "publisher", "date", "url") if work.marked(fact)]
    if work.inferred_names:
        facts.append("the order of " + ("the author's names" if len(work.authors) == 1 else "the authors' names"))
    draft = "A draft: korea add's reading of the text, not yet reviewed by a person." if work.status == "draft" else ""
    if not facts:
        return draft
    listed = facts[0] if len(facts) == 1 else ", ".join(facts[:-1]) + " and " + facts[-1]
    return f"Inferred by korea, not stated in the text: {listed}." + (f" {draft}" if draft else "")


# -- CSL-JSON -----------------------------------------------------------------------------------


def csl_item(work: Work) -> dict[str, object]:
    """The work as a CSL data item: only what is known, with what is inferred named in `note` and `custom.inferred`."""
    item: dict[str, object] = {"id": work.id, "type": "webpage" if work.url else "article"}
    if work.title:
        item["title"] = work.title
    if work.authors:
        item["author"] = [{"family": n.family, "given": n.given} if n.given else {"literal": n.family} for n in work.authors]
    if work.publisher:
        item["publisher"] = work.publisher
    if work.date:
        item["issued"] = {"date-parts": [[int(part) for part in work.date.split("-")]]}
    if work.url:
        item["URL"] = work.url
    inferred = [_CSL_NAMES.get(fact, fact) for fact in work.inferred] + (["author"] if work.inferred_names else [])
    if note := inferred_note(work):
        item["note"] = note
    item["custom"] = {"korea-review": work.status, **({"inferred": inferred} if inferred else {})}
    return item


_CSL_NAMES = {"date": "issued", "url": "URL"}


def csl_json(cited: Sequence[Cited]) -> str:
    """Essays alone: a CSL data array (what Zotero, pandoc and citeproc read as a bibliography). With a passage among them: a
    CSL citation, one item per id, a passage's paragraph as its locator (`"label": "paragraph"`), each with its item data."""
    if all(c.paragraph is None for c in cited):
        return json.dumps([csl_item(w) for w in _works(cited)], ensure_ascii=False, indent=2) + "\n"
    items = []
    for c in cited:
        item: dict[str, object] = {"id": c.work.id, "itemData": csl_item(c.work)}
        if c.paragraph is not None:
            item |= {"locator": str(c.paragraph), "label": "paragraph"}
        items.append(item)
    citation = {"schema": CSL_CITATION_SCHEMA, "citationID": " ".join(c.id for c in cited), "citationItems": items, "properties": {"noteIndex": 0}}
    return json.dumps(citation, ensure_ascii=False, indent=2) + "\n"


def _works(cited: Sequence[Cited]) -> list[Work]:
    """Each work cited, once, in the order first cited."""
    return list({c.work.id: c.work for c in cited}.values())


# -- BibTeX and RIS -----------------------------------------------------------------------------

_BIBTEX_SPECIAL = re.compile(r"([&%$#_{}~^\\])")


def _bib(text: str) -> str:
    """A field's text with BibTeX's special characters escaped (UTF-8 kept: biber and bibtexparser read it)."""
    return _BIBTEX_SPECIAL.sub(lambda m: {"~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}.get(m[1], "\\" + m[1]), text)


def bibtex(cited: Sequence[Cited]) -> str:
    """One entry per work: @online when it has an address, else @misc; a cited paragraph is a comment line above its entry
    (biblatex's \\autocite[para.~7]{key}), since a paragraph is where in the work, not a work."""
    blocks = []
    for work in _works(cited):
        paragraphs = [c.paragraph for c in cited if c.work.id == work.id and c.paragraph is not None]
        fields: list[tuple[str, str]] = []
        if work.authors:
            fields.append(("author", " and ".join(f"{_bib(n.family)}, {_bib(n.given)}" if n.given else f"{{{_bib(n.family)}}}" for n in work.authors)))
        if work.title:
            fields.append(("title", f"{{{_bib(work.title)}}}"))  # braced twice: the title's capitals are the author's
        if work.publisher:
            fields.append(("organization" if work.url else "howpublished", _bib(work.publisher)))
        if work.date:
            fields.append(("year", work.date[:4]))
            if len(work.date) > 4:
                fields.append(("date", work.date))  # biblatex's; BibTeX reads the year
        if work.url:
            fields.append(("url", _bib(work.url)))
        if note := inferred_note(work):
            fields.append(("note", _bib(note)))
        lines = [f"% {work.id}:{p}: \\autocite[para.~{p}]{{{work.id}}}" for p in paragraphs]
        lines.append(f"@{'online' if work.url else 'misc'}{{{work.id},")
        lines += [f"  {name} = {{{value}}}," for name, value in fields]
        lines.append("}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def ris(cited: Sequence[Cited]) -> str:
    """One record per work (ELEC with an address, else GEN), each paragraph cited in an N1, inferred facts named in N1."""
    records = []
    for work, group in _by_work(cited):
        lines = [("TY", "ELEC" if work.url else "GEN"), ("ID", work.id)]
        lines += [("AU", f"{n.family}, {n.given}" if n.given else n.family) for n in work.authors]
        if work.title:
            lines.append(("TI", work.title))
        if work.publisher:
            lines.append(("PB", work.publisher))
        if work.date:
            parts = work.date.split("-")
            lines.append(("PY", parts[0]))
            lines.append(("DA", "/".join(parts + [""] * (3 - len(parts))) + "/"))
        if work.url:
            lines.append(("UR", work.url))
        lines += [("N1", f"Paragraph {c.paragraph} (korea passage {c.id}).") for c in group if c.paragraph is not None]
        if note := inferred_note(work):
            lines.append(("N1", note))
        lines.append(("ER", ""))
        records.append("\n".join(f"{tag}  - {value}".rstrip() if tag == "ER" else f"{tag}  - {value}" for tag, value in lines))
    return "\n\n".join(records) + "\n"


# -- APA and Chicago ----------------------------------------------------------------------------


def formatted(cited: Sequence[Cited], reference: Callable[[Work], str], in_text: Callable[[Cited], str]) -> str:
    """For each id in turn: the reference-list entry, and for a passage the in-text citation with its paragraph."""
    blocks = []
    for work, group in _by_work(cited):
        blocks.append("\n".join([reference(work), *(in_text(c) for c in group if c.paragraph is not None)]))
    return "\n\n".join(blocks) + "\n"


def _by_work(cited: Sequence[Cited]) -> list[tuple[Work, list[Cited]]]:
    """The works cited, each once, in the order first cited, with the citations of each: a reference list names a work once."""
    groups: dict[str, tuple[Work, list[Cited]]] = {}
    for c in cited:
        groups.setdefault(c.work.id, (c.work, []))[1].append(c)
    return list(groups.values())


def _supplied(text: str, inferred: bool) -> str:
    """Information korea supplied rather than read: in square brackets, as APA and Chicago mark it."""
    return f"[{text}]" if inferred else text


def _end(text: str) -> str:
    """A sentence of a reference ends with one full stop, not after '?', '!' or one it has."""
    return text if text.endswith((".", "?", "!")) else text + "."


def _year(work: Work) -> str:
    return _supplied(work.date[:4], work.marked("date")) if work.date else "n.d."


def _listed(names: Sequence[str], conjunction: str) -> str:
    """'A', 'A and B', 'A, B, and C'."""
    if len(names) <= 2:
        return f" {conjunction} ".join(names)
    return ", ".join(names[:-1]) + f", {conjunction} " + names[-1]


def apa_reference(work: Work) -> str:
    """APA 7 (§9.8, 10.16): Surname, I. (Year, Month Day). Title. Publisher. URL"""
    names = [f"{n.family}, {n.initials}" if n.given else n.family for n in work.authors]
    if len(names) > 20:  # the first nineteen, an ellipsis, the last (§9.8)
        authors = ", ".join(names[:19]) + ", . . . " + names[-1]
    else:
        authors = ", ".join(names[:-1]) + (", & " if len(names) > 1 else "") + names[-1] if names else ""
    when = _year(work)
    if work.date and len(work.date) > 4:
        parts = work.date.split("-")
        when = _supplied(parts[0] + ", " + _MONTHS[int(parts[1]) - 1] + (f" {int(parts[2])}" if len(parts) == 3 else ""), work.marked("date"))
    title = _supplied(work.title, work.marked("title")) if work.title else "[Untitled essay]"
    parts = [f"({when})."]
    if authors:
        parts.insert(0, _end(authors))
    else:  # no author: the title moves to the author's place (§9.12)
        parts.insert(0, _end(title))
    if authors:
        parts.append(_end(title))
    if work.publisher and work.publisher not in (n.full for n in work.authors):
        parts.append(_end(_supplied(work.publisher, work.marked("publisher"))))
    if work.url:
        parts.append(work.url)
    return " ".join(parts)


def apa_in_text(cited: Cited) -> str:
    """APA 7 (§8.17, 8.13): (Surname, Year, para. N); two authors joined by &, three or more as the first et al."""
    families = [n.family for n in cited.work.authors]
    who = families[0] + " et al." if len(families) > 2 else " & ".join(families)
    who = who or _short_title(cited.work)
    return f"({who}, {_year(cited.work)}, para. {cited.paragraph})"


def chicago_reference(work: Work) -> str:
    """Chicago 17 author-date (§15.9): Surname, Given, and Given Surname. Year. “Title.” Publisher. URL."""
    people = list(work.authors[:7] if len(work.authors) > 10 else work.authors)  # more than ten: the first seven, et al.
    names = [f"{n.family}, {n.given}" if n.given else n.family for n in people[:1]] + [n.full for n in people[1:]]
    # The first name inverted, so a comma before 'and' even between two ("Ward, Geoffrey C., and Ken Burns").
    authors = (names[0] + ", and " + names[1] if len(names) == 2 else _listed(names, "and")) + (", et al" if len(work.authors) > 10 else "")
    title = work.title and _supplied(work.title, work.marked("title"))
    quoted = f"“{_end(title)}”" if title else "Untitled essay."
    parts = [_end(authors)] if authors else []
    year = _end(_year(work))
    parts += [year, quoted] if authors else [quoted, year]
    if work.publisher:
        parts.append(_end(_supplied(work.publisher, work.marked("publisher"))))
    if work.url:
        parts.append(_end(work.url))
    return " ".join(parts)


def chicago_in_text(cited: Cited) -> str:
    """Chicago 17 author-date (§15.23, 15.28): (Surname Year, para. N); up to three surnames, four or more the first et al."""
    families = [n.family for n in cited.work.authors]
    who = families[0] + " et al." if len(families) > 3 else _listed(families, "and")
    who = who or _short_title(cited.work)
    return f"({who} {_year(cited.work)}, para. {cited.paragraph})"


def _short_title(work: Work) -> str:
    """An authorless work is cited by the first words of its title."""
    if not work.title:
        return "[Untitled essay]"
    words = work.title.split()
    return "“" + " ".join(words[:4]) + ("…" if len(words) > 4 else "") + "”"
