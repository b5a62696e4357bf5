"""A new essay's plain text -> a draft corpus entry, and writing it safely.

Detection reads paragraph by paragraph: the title, a dateline, bylines
("By Jane Doe", or "Name, Title at Institution" opening a signed section),
captions, an editor's note, the publisher's introduction, author bios,
disclaimers and site boilerplate. What it finds is a draft for a curator:
topics a passage names and precondition candidates (cue phrases such as
"only if" and "unless") are stored as suggestions, never as facts.

Writing holds a lock on the corpus and moves through states that each pass
`korea check`: new authors first (without affiliations), then the text,
then the essay's YAML, then the new authors' affiliations.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from korea_cli.corpus import ID_PATTERN, load
from korea_cli.errors import CorpusError, UsageError
from korea_cli.layout import AUTHORS_FILE, ESSAYS_DIR
from korea_cli.model import Corpus
from korea_cli.names import key, words_key
from korea_cli.text import fold, paragraph_spans, phrases_pattern

LOCK_FILE = ".korea.lock"

_MONTHS = {
    m: i
    for i, name in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)
    for m in (name, name[:3], name[:4])
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})", re.I),
    re.compile(rf"(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>\d{{4}})", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<month_number>\d{2})-(?P<day>\d{2})"),
    re.compile(rf"{_MONTH}\s+(?P<year>\d{{4}})", re.I),
]
_DATELINE_PREFIX = re.compile(r"^(?:published|posted|updated|date|dated|on)?\s*:?\s*", re.I)
_BOILERPLATE = re.compile(
    r"^(?:share(?: this)?(?: article| story| post| page)?|tweet|print|e-?mail|list|back to top|advertisement|comments?|\d+ comments?"
    r"|subscribe\b.*|sign up\b.*|read more\b.*|related(?: articles?| stories| posts| content)?\s*:.*|related(?: articles?| stories)?"
    r"|tags?\s*:.*|filed under\b.*|follow us\b.*|(?:©|copyright)\b.*|all rights reserved.*)$",
    re.I,
)
_DISCLAIMER = re.compile(r"^(?:the )?(?:views|opinions) expressed\b|^disclaimer\b|^this (?:article|commentary|essay|piece) (?:reflects|represents)\b", re.I)
_EDITORS_NOTE = re.compile(r"^editor[’']?s[’']? note\b", re.I)
_CAPTION = re.compile(r"^(?:photo|image|picture|caption|credit|photograph)\s*(?:credit)?\s*[:：]", re.I)
_BY = re.compile(r"^by\s+(?P<names>.+)$", re.I)
_RANK = re.compile(
    r"^(?:(?:Major|Lieutenant|Brigadier)\s+General|General|Admiral|Colonel|Ambassador|Professor|Prof\.|Dr\.|Mr\.|Ms\.|Mrs\.)\s+(?:\(ret\.?\)\s+)?"
)
_SECTION = re.compile(r"^(?P<name>[^,]{3,80}?),\s+(?P<affiliation>\S.{2,})$")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|van|von|de|der|da|di|bin|al|le|la)$")
_BIO = re.compile(
    r"^(?:Dr\.?\s+|Professor\s+)?(?P<who>[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3})\s+(?:is|was|also|serves|served|received|has|holds|teaches|leads)\b"
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[”’\"']?|$)")
_CUES = re.compile(
    r"\b(?:only if|unless|until|as a precondition|precondition for|as a condition|on condition that|provided that|must first|in exchange for|before)\b", re.I
)
_WITHOUT_NO = re.compile(r"\bwithout\b.{1,160}?\b(?:no|not|never)\b", re.I)


@dataclass
class DraftAuthor:
    """An author of the new essay: one already in the corpus, or a new record."""

    id: str
    name: str
    new: bool
    aliases: list[str] = field(default_factory=list)
    affiliation: str = ""
    byline: int = 0


@dataclass
class Draft:
    essay_id: str
    raw: bytes
    roles: list[tuple[str, str | None]]
    """Per paragraph: its role and its author's id (None where it is no author's)."""
    authors: list[DraftAuthor]
    facts: dict[str, dict[str, Any]]
    suggested_topics: dict[int, list[str]]
    suggestions: list[dict[str, Any]]
    starts: list[str]
    notes: list[str] = field(default_factory=list)
    """What the curator should know that the record cannot say, such as a second name in one byline."""

    def essay_yaml(self) -> str:
        """The essay's record, ready for review."""
        record: dict[str, Any] = {
            "id": self.essay_id,
            "text_sha256": hashlib.sha256(self.raw).hexdigest(),
            **self.facts,
            "authors": [a.id for a in self.authors],
            "passages": [
                {
                    "n": n,
                    "role": role,
                    **({"author": author} if author else {}),
                    "starts": self.starts[n - 1],
                    **({"suggested_topics": self.suggested_topics[n]} if self.suggested_topics.get(n) else {}),
                }
                for n, (role, author) in enumerate(self.roles, 1)
            ],
            "positions": [],
            "preconditions": self.suggestions,
        }
        header = (
            f"# Drafted by `korea add`. Review the roles, the authors and the facts against {self.essay_id}.txt.\n"
            "# Preconditions marked `status: suggested` were found by cue phrases: delete the status line to keep one,\n"
            "# or the whole entry to drop it. `suggested_topics` are the codebook topics a passage names.\n\n"
        )
        return header + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=120)

    def report(self) -> dict[str, Any]:
        """What was detected, for the user to check at a glance."""
        counts: dict[str, int] = {}
        for role, _ in self.roles:
            counts[role] = counts.get(role, 0) + 1
        return {
            "essay": self.essay_id,
            "title": self.facts["title"]["value"],
            "date": self.facts["date"]["value"],
            "publisher": self.facts["publisher"]["value"],
            "url": self.facts["url"]["value"],
            "authors": [{"id": a.id, "name": a.name, "new": a.new, "affiliation": a.affiliation or None} for a in self.authors],
            "passages": len(self.roles),
            "roles": counts,
            "suggested_topics": sum(len(t) for t in self.suggested_topics.values()),
            "suggested_preconditions": len(self.suggestions),
            "notes": self.notes,
        }


def read_essay_file(source: str, stdin: Any = None) -> bytes:
    """The bytes of the essay to add, or a UsageError naming what is wrong with it."""
    if source == "-":
        data = stdin.read() if stdin is not None else b""
        name = "standard input"
    else:
        path = Path(source)
        if path.is_dir():
            raise UsageError(f"{source} is a directory; give the essay's text file")
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise UsageError(f"no such file: {source}") from None
        except OSError as error:
            raise UsageError(f"cannot read {source}: {error.strerror or error}") from None
        name = source
    if b"\x00" in data:
        raise UsageError(f"{name} looks binary (it has NUL bytes); give the essay as plain text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(f"{name} is not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    if not text.strip():
        raise UsageError(f"{name} is empty; give the essay's text")
    return data


def draft(
    corpus: Corpus,
    raw: bytes,
    essay_id: str | None = None,
    publisher: str | None = None,
    date: str | None = None,
    url: str | None = None,
    author_names: list[str] | None = None,
    fallback_id: str = "essay",
) -> Draft:
    """Detect the parts of an essay and who wrote what; options override what is detected."""
    text = raw.decode("utf-8")
    paragraphs = [" ".join(text[a:b].split()) for a, b in paragraph_spans(text)]
    found = _detect(paragraphs)
    names = [name for name, _, _ in found.sections]
    if author_names:
        if names and len(author_names) != len(names):
            raise UsageError(f"found {len(names)} bylines ({', '.join(names)}) but {len(author_names)} --author; give one --author per byline, in order")
        names = list(author_names)
    if not names:
        raise UsageError("found no byline (such as 'By Jane Doe'); say who wrote it with --author NAME")

    authors = _authors(corpus, names, found.sections)
    section_starts = {n: authors[i] for i, (_, _, n) in enumerate(found.sections)}
    roles: list[tuple[str, str | None]] = []
    current = None if found.sections else authors[0]
    for n, role in enumerate(found.roles, 1):
        current = section_starts.get(n, current)
        paragraph = paragraphs[n - 1]
        if role == "byline":
            roles.append(("byline", current.id if current else None))
        elif role == "body" and (owner := _bio_owner(paragraph, authors)) and n > len(paragraphs) / 2 and len(paragraph) <= 600:
            roles.append(("author_bio", owner.id))
        elif role == "body":
            roles.append(("body", current.id) if current else ("introduction", None))
        else:
            roles.append((role, None))

    title = paragraphs[found.roles.index("title")] if "title" in found.roles else None
    if essay_id is not None and not ID_PATTERN.match(essay_id):
        raise UsageError(f"--id {essay_id!r} must be lowercase letters, digits and single hyphens, e.g. isdp-2018-new-dawn")
    new_id = essay_id or _slug(title or fallback_id)
    facts = {
        "title": {"value": title, "basis": "stated"} if title else {"value": None, "reason": "No title was detected in the text."},
        "publisher": _given("publisher", publisher, text),
        "date": _date_fact(date, found.date),
        "url": _given("url", url, text),
    }
    body = [n for n, (role, _) in enumerate(roles, 1) if role == "body"]
    topics = corpus.codebook.topics.values()
    patterns = {t.id: phrases_pattern((t.label, *t.aliases)) for t in topics}
    suggested_topics = {n: [tid for tid, pattern in patterns.items() if pattern.search(fold(paragraphs[n - 1]))] for n in body}
    suggestions = _precondition_candidates(text, roles, patterns)
    starts = [" ".join(p.split()[:6]) for p in paragraphs]
    notes = [f"the byline {byline!r} names {len(names)} people; korea gives each paragraph one author, so it is {names[0]}'s" for byline, names in found.shared]
    return Draft(new_id, raw, roles, authors, facts, suggested_topics, suggestions, starts, notes)


@dataclass
class _Found:
    roles: list[str]
    sections: list[tuple[str, str, int]]  # (author name, affiliation or "", byline paragraph number)
    date: tuple[str, str] | None  # (YYYY[-MM[-DD]], the words that state it)
    shared: list[tuple[str, list[str]]]  # bylines that name several people: (the byline, its names)


def _detect(paragraphs: list[str]) -> _Found:
    """Roles by the look of each paragraph; body is what is left (bios are told apart once the authors are known)."""
    roles: list[str] = []
    sections: list[tuple[str, str, int]] = []
    date = None
    shared: list[tuple[str, list[str]]] = []
    editors_heading = False
    for n, p in enumerate(paragraphs, 1):
        short = len(p) <= 200 and not p.endswith((".", "!", ";"))
        first = not any(r in ("title", "byline", "body", "introduction") for r in roles)  # notes and datelines may come before a title
        if _EDITORS_NOTE.match(p):
            roles.append("editors_note")
            editors_heading = len(p) < 30
            continue
        if editors_heading:
            roles.append("editors_note")
            editors_heading = False
            continue
        if len(p) <= 120 and _BOILERPLATE.match(p):
            roles.append("boilerplate")
        elif _DISCLAIMER.match(p):
            roles.append("disclaimer")
        elif len(p) <= 80 and (found := _dateline(p)):
            roles.append("dateline")
            date = date or found
        elif len(p) <= 120 and (by := _BY.match(p)) and all(_looks_like_name(x) for x in _split_names(by.group("names"))):
            roles.append("byline")
            names = _split_names(by.group("names"))
            sections.append((names[0], "", n))
            if len(names) > 1:
                shared.append((p, names))
        elif (
            short
            and (section := _SECTION.match(p))
            and _looks_like_name(_RANK.sub("", section.group("name")))
            and re.search(r"[A-Z]", section.group("affiliation"))
        ):
            roles.append("byline")
            sections.append((_RANK.sub("", section.group("name")).strip(), section.group("affiliation").strip(), n))
        elif _CAPTION.match(p):
            roles.append("caption")
        elif first and short:
            roles.append("title")
        elif roles and roles[-1] == "title" and len(p) <= 120 and not p.endswith((".", "!", "?", ":")):
            roles.append("caption")
        else:
            roles.append("body")
    # "By Jane Doe" pieces have one section that starts at their byline; body before it is the author's too.
    if len(sections) == 1 and not sections[0][1]:
        sections = [(sections[0][0], "", 1)]
    return _Found(roles, sections, date, shared)


def _dateline(paragraph: str) -> tuple[str, str] | None:
    rest = _DATELINE_PREFIX.sub("", paragraph, count=1)
    for pattern in _DATES:
        match = pattern.fullmatch(rest.strip().rstrip(".")) or pattern.fullmatch(rest.strip())
        if match:
            return _normal_date(match), match.group(0)
    return None


def _normal_date(match: re.Match[str]) -> str:
    parts = match.groupdict()
    month = int(parts["month_number"]) if parts.get("month_number") else _MONTHS[parts["month"].lower().rstrip(".")]
    day = parts.get("day")
    return f"{parts['year']}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def _split_names(names: str) -> list[str]:
    return [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", names) if n.strip()]


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and not any(w.lower() in ("the", "of", "and") for w in words)


def _bio_owner(paragraph: str, authors: list[DraftAuthor]) -> DraftAuthor | None:
    match = _BIO.match(paragraph)
    if not match:
        return None
    who = set(key(match.group("who")).split())
    return next((a for a in authors if who and who <= set(key(a.name).split())), None)


def _authors(corpus: Corpus, names: list[str], sections: list[tuple[str, str, int]]) -> list[DraftAuthor]:
    """Reuse an author already in the corpus when it is the same person; otherwise a new record.

    Same person means the same words in any order, without regard to case or
    diacritics — never a fuzzy match: Sangsoo Lee is not Sang-hyun Lee.
    """
    taken = set(corpus.authors)
    known = {}
    for author in corpus.authors.values():
        for name in (author.name, *author.aliases):
            known.setdefault(words_key(name), author)
    affiliations = {i: (aff, n) for i, (_, aff, n) in enumerate(sections)}
    result: list[DraftAuthor] = []
    for i, name in enumerate(names):
        existing = known.get(words_key(name))
        affiliation, byline = affiliations.get(i, ("", 0))
        if existing:
            result.append(DraftAuthor(existing.id, existing.name, new=False, affiliation=affiliation, byline=byline))
            continue
        new_id = base = "-".join(key(name).split()) or "author"
        suffix = 2
        while new_id in taken:
            new_id, suffix = f"{base}-{suffix}", suffix + 1
        taken.add(new_id)
        words = name.split()
        aliases = [" ".join([words[-1], *words[:-1]])] if len(words) > 1 else []
        if fold(name) != name.lower() and key(name) != name.lower():
            aliases.append(" ".join(fold(w) if w.lower() != fold(w) else w for w in words))
        aliases = [a for a in aliases if words_key(a) not in known and a != name]
        result.append(DraftAuthor(new_id, name, new=True, aliases=list(dict.fromkeys(aliases)), affiliation=affiliation, byline=byline))
    return result


def _given(name: str, value: str | None, text: str) -> dict[str, Any]:
    if not value:
        return {"value": None, "reason": f"No {name} was detected in the text."}
    if fold(value) in fold(text):
        return {"value": value, "basis": "stated"}
    return {"value": value, "basis": "inferred", "reason": f"Given with `korea add --{name}`; not stated in the text."}


def _date_fact(given: str | None, found: tuple[str, str] | None) -> dict[str, Any]:
    if given:
        if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", given):
            raise UsageError(f"--date {given!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        if found and found[0] == given:
            return {"value": given, "basis": "stated", "evidence": found[1]}
        return {"value": given, "basis": "inferred", "reason": "Given with `korea add --date`; not stated in the text."}
    if found:
        return {"value": found[0], "basis": "stated", "evidence": found[1]}
    return {"value": None, "reason": "No date was detected in the text."}


def _precondition_candidates(text: str, roles: list[tuple[str, str | None]], patterns: dict[str, re.Pattern[str]]) -> list[dict[str, Any]]:
    """Sentences that state a condition ("only if", "unless", "without … no"), as suggestions to review."""
    candidates = []
    for n, ((role, author), (start, end)) in enumerate(zip(roles, paragraph_spans(text), strict=True), 1):
        if role != "body":
            continue
        for match in _SENTENCE.finditer(text[start:end]):
            sentence = " ".join(match.group().split())
            cue = _CUES.search(sentence) or _WITHOUT_NO.search(sentence)
            if not cue or len(sentence) < 30:
                continue
            condition = sentence[cue.end() :].strip(" ,;.”’\"'") if _CUES.search(sentence) else sentence
            topics = [topic for topic, pattern in patterns.items() if pattern.search(fold(sentence))]
            candidates.append(
                {
                    "author": author,
                    "goal": _goal(sentence),
                    "condition": (condition[:117] + "…") if len(condition) > 120 else condition or sentence[:120],
                    **({"topic": topics[0]} if topics else {}),
                    "quote": sentence,
                    "passage": n,
                    "status": "suggested",
                }
            )
    return candidates


def _goal(sentence: str) -> str:
    folded = fold(sentence)
    for goal, words in (
        ("peace-regime", ("peace regime", "peace treaty")),
        ("denuclearization", ("denuclear",)),
        ("agreement", ("deal", "agreement")),
        ("negotiations", ("talks", "negotiation")),
    ):
        if any(w in folded for w in words):
            return goal
    return "denuclearization"


def _slug(text: str) -> str:
    words = key(text).split()[:6]
    return "-".join(words) or "essay"


# -- writing ------------------------------------------------------------------


@contextlib.contextmanager
def corpus_lock(root: Path) -> Iterator[None]:
    """One writer at a time: two `korea add` runs at once take turns, and neither loses the other's work."""
    try:
        handle = open(root / LOCK_FILE, "a")  # noqa: SIM115 - held for the whole block
    except OSError as error:
        raise CorpusError(f"cannot write to the corpus {root}: {error.strerror or error}; check its permissions") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def add(root: Path, raw: bytes, force: bool = False, dry_run: bool = False, **options: Any) -> tuple[Draft, list[Path]]:
    """Draft the essay against the corpus as it is now and, unless `dry_run`, write it; return what was written."""
    entry = _prepare(root, raw, options)  # any fault in the input shows here, before the corpus is touched
    if dry_run:
        return entry, []
    with corpus_lock(root):
        entry = _prepare(root, raw, options)  # again, now that no other add can land in between
        essays = root / ESSAYS_DIR
        text_path, yaml_path = essays / f"{entry.essay_id}.txt", essays / f"{entry.essay_id}.yaml"
        if not force and (text_path.exists() or yaml_path.exists()):
            raise UsageError(f"essay {entry.essay_id} already exists in {essays}; pass --force to replace it, or --id for another id")
        authors_path = root / AUTHORS_FILE
        original_authors = authors_path.read_bytes()
        new = [a for a in entry.authors if a.new]
        written: list[Path] = []
        try:
            # Each step leaves a corpus that passes `korea check`: authors with no essays yet are fine,
            # a text without its YAML is not yet an essay, and affiliations come once their passage exists.
            if new:
                _replace(authors_path, original_authors + _author_records(new, entry.essay_id, with_affiliations=False))
                written.append(authors_path)
            _replace(text_path, raw)
            written.append(text_path)
            _replace(yaml_path, entry.essay_yaml().encode("utf-8"))
            written.append(yaml_path)
            if any(a.affiliation for a in new):
                _replace(authors_path, original_authors + _author_records(new, entry.essay_id, with_affiliations=True))
        except BaseException:
            for path in (yaml_path, text_path):
                if path in written:
                    path.unlink(missing_ok=True)
            if authors_path in written:
                _replace(authors_path, original_authors)
            raise
    return entry, written


def _prepare(root: Path, raw: bytes, options: dict[str, Any]) -> Draft:
    entry = draft(load(root), raw, **options)
    if not options.get("essay_id"):
        entry.essay_id = _free_id(root, entry.essay_id)
    return entry


def _free_id(root: Path, wanted: str) -> str:
    essay_id, suffix = wanted, 2
    while (root / ESSAYS_DIR / f"{essay_id}.yaml").exists() or (root / ESSAYS_DIR / f"{essay_id}.txt").exists():
        essay_id, suffix = f"{wanted}-{suffix}", suffix + 1
    return essay_id


def _author_records(authors: list[DraftAuthor], essay_id: str, with_affiliations: bool) -> bytes:
    """New entries for the `authors:` list, as text appended to the file so its comments survive."""
    records = []
    for a in authors:
        record: dict[str, Any] = {"id": a.id, "name": a.name, "aliases": a.aliases}
        if with_affiliations and a.affiliation:
            record["affiliations"] = [{"text": a.affiliation, "passage": f"{essay_id}:{a.byline}"}]
        records.append(record)
    dumped = yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=120)
    indented = "".join(f"  {line}" if line.strip() else line for line in dumped.splitlines(keepends=True))
    return ("\n  # added by `korea add` with " + essay_id + "\n" + indented).encode("utf-8")


def _replace(path: Path, data: bytes) -> None:
    """Write `data` to `path` all at once: a temporary file beside it, flushed, then renamed over it."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
