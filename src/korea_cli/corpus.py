"""Corpus files -> model, with every problem reported as `file:line: message`.

The YAML and text files are the only source of truth. `validate` reads them
all and collects every problem (what `korea check` reports); `load` is what
queries use and stops at the first, so no answer is ever given from a corpus
that does not hold together.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from korea_cli.errors import CorpusError
from korea_cli.layout import AUTHORS_FILE, CODEBOOK_FILE, ESSAYS_DIR
from korea_cli.model import (
    BASES,
    ROLES,
    ROLES_WITH_AUTHOR,
    Affiliation,
    Author,
    Codebook,
    Corpus,
    Essay,
    Fact,
    Passage,
    Position,
    Precondition,
    Term,
    Topic,
)
from korea_cli.text import fold, normalize_for_quote, paragraph_spans, quote_in
from korea_cli.yamlio import MAX_FILE_BYTES, YamlList, YamlMap, load_yaml

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""What an id looks like: lowercase letters, digits and single hyphens."""
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_FACTS = ("title", "publisher", "date", "url")


Progress = Callable[[int, int], None]
"""Called as essays are read: how many so far, of how many."""


def load(root: Path, progress: Progress | None = None) -> Corpus:
    """The corpus at `root`, or a CorpusError naming its first problem."""
    corpus, problems = validate(root, progress=progress)
    _raise_first(problems)
    assert corpus is not None
    return corpus


def _raise_first(problems: list[CorpusError]) -> None:
    """Queries stop at the first problem, and say how many more `korea check` would list."""
    if problems:
        first = problems[0]
        more = f" ({len(problems)} problems in all; `korea check` lists them)" if len(problems) > 1 else ""
        raise CorpusError(first.message + more, first.file, first.line)


def validate(root: Path, warnings: list[str] | None = None, progress: Progress | None = None) -> tuple[Corpus | None, list[CorpusError]]:
    """Read the whole corpus at `root`; return it (None if unusable) and every problem found.

    Things worth a curator's attention that do not make the corpus wrong are
    appended to `warnings` when it is given.
    """
    reader = _Reader(root)
    corpus = reader.read(progress)
    if warnings is not None:
        warnings.extend(reader.warnings)
    return corpus, reader.problems


@dataclass(frozen=True)
class EssayRead:
    """One essay as `reread` found it: None when its YAML is gone, with its annotations."""

    id: str
    essay: Essay | None
    positions: tuple[Position, ...]
    preconditions: tuple[Precondition, ...]


def reread(root: Path, essay_ids: Iterable[str], known: Callable[[set[str]], dict[str, Passage]]) -> tuple[Corpus, list[EssayRead]]:
    """Only the essays `essay_ids`, validated exactly as `load` would validate them in the whole corpus.

    For an index that holds the rest of a corpus `load` accepted, and whose
    codebook and authors have not changed since: every problem these essays
    have is the problem `load` would stop at. `known(ids)` gives the indexed
    passages the authors file cites, so affiliations are checked too. The
    corpus returned holds the codebook and authors only.
    """
    reader = _Reader(root)
    codebook = reader.read_codebook()
    authors = reader.read_authors()
    found: list[EssayRead] = []
    unreadable: set[str] = set()
    changed = set(essay_ids)
    for essay_id in sorted(changed):
        path = root / ESSAYS_DIR / f"{essay_id}.yaml"
        if not path.is_file():
            found.append(EssayRead(essay_id, None, (), ()))
            continue
        positions: list[Position] = []
        preconditions: list[Precondition] = []
        essay = reader.read_essay(path, codebook, authors, positions, preconditions)
        if essay is None:
            unreadable.add(essay_id)
        found.append(EssayRead(essay_id, essay, tuple(positions), tuple(preconditions)))
    if authors is not None:
        cited = {a.passage for author in authors.values() for a in author.affiliations}
        elsewhere = {passage for passage in cited if passage.rpartition(":")[0] not in changed}  # the index's copy of these essays is stale
        reader.texts = {**known(elsewhere), **reader.texts}
        reader.check_affiliations(authors, unreadable)
    _raise_first(reader.problems)
    assert codebook is not None and authors is not None
    return Corpus(str(root), codebook, authors, {}, (), ()), found


class _Reader:
    """One pass over a corpus folder, collecting problems instead of stopping at them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[CorpusError] = []
        self.warnings: list[str] = []
        self.texts: dict[str, Passage] = {}
        self.affiliation_lines: dict[tuple[str, int], int] = {}

    # -- reporting --------------------------------------------------------

    def display(self, relative: str) -> str:
        return str(self.root / relative)

    def problem(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(CorpusError(message, file, line))

    def inside(self, relative: str) -> bool:
        """Whether a corpus file really is in the corpus: a link out of it (to ~/.ssh, /etc) is refused."""
        path = self.root / relative
        if path.resolve().is_relative_to(self.root.resolve()):
            return True
        self.problem(self.display(relative), None, "is a link to a file outside the corpus; copy the file in instead")
        return False

    def parse(self, relative: str) -> Any:
        if not self.inside(relative):
            return None
        try:
            return load_yaml(self.root / relative, self.display(relative))
        except CorpusError as error:
            self.problems.append(error)
            return None

    def fields(
        self,
        file: str,
        record: Any,
        what: str,
        required: Mapping[str, type | tuple[type, ...]],
        optional: Mapping[str, type | tuple[type, ...]] = {},
        line: int | None = None,
    ) -> bool:
        """Check a record's keys and value types; True when it can be used."""
        if not isinstance(record, YamlMap):
            self.problem(file, line, f"{what} must be a mapping of fields")
            return False
        usable = True
        known = {**required, **optional}
        for key in record:
            if key not in known:
                self.problem(file, record.line_of(key), f"unknown field {key!r} in {what} (expected: {', '.join(known)})")
        for key, kind in known.items():
            if key not in record:
                if key in required:
                    self.problem(file, record.line, f"{what} has no {key!r}")
                    usable = False
                continue
            value = record[key]
            if isinstance(value, bool) or not isinstance(value, kind):
                self.problem(file, record.line_of(key), f"{key!r} in {what} must be {_kind_name(kind)}, not {_kind_name(type(value))}")
                usable = False
            elif isinstance(value, str) and not value.strip() and key in required:
                self.problem(file, record.line_of(key), f"{key!r} in {what} is empty")
                usable = False
        return usable

    def records(self, file: str, data: Any, key: str) -> list[tuple[int, Any, int]]:
        """The items of list `key` in a top-level mapping, each with its index and line."""
        value = data.get(key) if isinstance(data, YamlMap) else None
        if value is None:
            return []
        if not isinstance(value, YamlList):
            self.problem(file, data.line_of(key), f"{key!r} must be a list")
            return []
        return [(i, item, value.item_lines[i]) for i, item in enumerate(value)]

    def check_id(self, file: str, line: int, value: str, what: str, seen: set[str]) -> bool:
        if not ID_PATTERN.match(value):
            self.problem(file, line, f"{what} id {value!r} must be lowercase letters, digits and single hyphens")
            return False
        if value in seen:
            self.problem(file, line, f"duplicate {what} id {value!r}")
            return False
        seen.add(value)
        return True

    # -- the whole corpus ---------------------------------------------------

    def read(self, progress: Progress | None = None) -> Corpus | None:
        codebook = self.read_codebook()
        authors = self.read_authors()
        essays: dict[str, Essay] = {}
        positions: list[Position] = []
        preconditions: list[Precondition] = []
        essays_dir = self.root / ESSAYS_DIR
        if not essays_dir.is_dir():
            self.problem(self.display(ESSAYS_DIR), None, "no essays folder; create it and add <essay-id>.yaml and .txt files")
            paths: list[Path] = []
        else:
            paths = sorted(essays_dir.glob("*.yaml"))
            self.report_orphan_texts(essays_dir)
        unreadable: set[str] = set()
        for done, path in enumerate(paths):
            if progress is not None:
                progress(done, len(paths))
            essay = self.read_essay(path, codebook, authors, positions, preconditions)
            if essay is None:
                unreadable.add(path.stem)
                continue
            if essay.id in essays:
                self.problem(self.display(f"{ESSAYS_DIR}/{path.name}"), None, f"duplicate essay id {essay.id!r}")
            essays[essay.id] = essay
        if authors is not None:
            self.check_affiliations(authors, unreadable)
        if codebook is None or authors is None:
            return None
        return Corpus(
            root=str(self.root),
            codebook=codebook,
            authors=authors,
            essays=essays,
            positions=tuple(positions),
            preconditions=tuple(p for p in preconditions if not p.suggested),
            suggested=tuple(p for p in preconditions if p.suggested),
        )

    def report_orphan_texts(self, essays_dir: Path) -> None:
        """A text without its YAML is not yet an essay (an add cut short leaves one): worth a word, not an error."""
        for text in sorted(essays_dir.glob("*.txt")):
            if not text.with_suffix(".yaml").exists():
                self.warnings.append(
                    f"{self.display(f'{ESSAYS_DIR}/{text.name}')}: a text without {text.stem}.yaml is not part of the corpus; add its YAML or remove it"
                )

    # -- codebook.yaml ----------------------------------------------------

    def read_codebook(self) -> Codebook | None:
        file = self.display(CODEBOOK_FILE)
        data = self.parse(CODEBOOK_FILE)
        if data is None:
            return None
        if not self.fields(file, data, "the codebook", {"topics": list, "stances": list, "goals": list, "holders": list}, line=1):
            return None
        topics: dict[str, Topic] = {}
        names: dict[str, str] = {}
        for _, item, line in self.records(file, data, "topics"):
            what = f"topic at line {line}"
            if not self.fields(file, item, what, {"id": str, "label": str, "description": str}, {"aliases": list}, line):
                continue
            if not self.check_id(file, item.line_of("id"), item["id"], "topic", set(topics)):
                continue
            aliases = self.strings(file, item, "aliases", what)
            topic = Topic(item["id"], item["label"].strip(), aliases, " ".join(item["description"].split()))
            for name in (topic.id, topic.label, *aliases):
                folded = fold(name)
                owner = names.setdefault(folded, topic.id)
                if owner != topic.id:
                    self.problem(file, item.line, f"topic name {name!r} of {topic.id!r} also names {owner!r}; a name must lead to one topic")
            topics[topic.id] = topic
        return Codebook(
            topics=topics,
            stances=self.read_terms(file, data, "stances"),
            goals=self.read_terms(file, data, "goals", labelled=True),
            holders=self.read_terms(file, data, "holders"),
        )

    def read_terms(self, file: str, data: YamlMap, key: str, labelled: bool = False) -> dict[str, Term]:
        terms: dict[str, Term] = {}
        required: dict[str, type] = {"id": str, "description": str}
        if labelled:
            required["label"] = str
        for _, item, line in self.records(file, data, key):
            if not self.fields(file, item, f"{key[:-1]} at line {line}", required, line=line):
                continue
            if self.check_id(file, item.line_of("id"), item["id"], key[:-1], set(terms)):
                terms[item["id"]] = Term(item["id"], item["description"].strip(), item.get("label", "").strip())
        if not terms:
            self.problem(file, data.line_of(key), f"the codebook lists no {key}")
        return terms

    def strings(self, file: str, record: YamlMap, key: str, what: str) -> tuple[str, ...]:
        values = record.get(key) or []
        if not all(isinstance(value, str) and value.strip() for value in values):
            self.problem(file, record.line_of(key), f"{key!r} in {what} must be a list of non-empty strings")
            return ()
        return tuple(value.strip() for value in values)

    # -- authors.yaml -----------------------------------------------------

    def read_authors(self) -> dict[str, Author] | None:
        """The author records; None when the file cannot be read, so nothing is checked against it."""
        file = self.display(AUTHORS_FILE)
        data = self.parse(AUTHORS_FILE)
        authors: dict[str, Author] = {}
        if data is None or not self.fields(file, data, "the authors file", {"authors": list}, line=1):
            return None
        names: dict[str, str] = {}
        for _, item, line in self.records(file, data, "authors"):
            what = f"author at line {line}"
            if not self.fields(file, item, what, {"id": str, "name": str}, {"aliases": list, "affiliations": list}, line):
                continue
            if not self.check_id(file, item.line_of("id"), item["id"], "author", set(authors)):
                continue
            aliases = self.strings(file, item, "aliases", what)
            for name in (item["name"], *aliases):
                owner = names.setdefault(fold(name), item["id"])
                if owner != item["id"]:
                    self.problem(file, item.line, f"author name {name!r} of {item['id']!r} also names {owner!r}; a name must lead to one author")
            affiliations = []
            for i, entry in enumerate(item.get("affiliations") or []):
                entry_line = item["affiliations"].item_lines[i]
                if self.fields(file, entry, f"affiliation of {item['id']!r}", {"text": str, "passage": str}, line=entry_line):
                    self.affiliation_lines[(item["id"], len(affiliations))] = entry.line
                    affiliations.append(Affiliation(entry["text"].strip(), entry["passage"].strip()))
            authors[item["id"]] = Author(item["id"], item["name"].strip(), aliases, tuple(affiliations))
        return authors

    def check_affiliations(self, authors: dict[str, Author], unreadable: set[str]) -> None:
        """Each affiliation must stand verbatim in the passage it cites (unless that essay is already reported)."""
        file = self.display(AUTHORS_FILE)
        for author in authors.values():
            for i, affiliation in enumerate(author.affiliations):
                line = self.affiliation_lines.get((author.id, i))
                passage = self.texts.get(affiliation.passage)
                if affiliation.passage.rpartition(":")[0] in unreadable:
                    continue
                if passage is None:
                    self.problem(file, line, f"affiliation of {author.id!r} cites unknown passage {affiliation.passage!r}")
                elif not quote_in(affiliation.text, passage.text):
                    self.problem(file, line, f"affiliation of {author.id!r} is not verbatim in {affiliation.passage}: {affiliation.text!r}")

    # -- essays/<id>.yaml + <id>.txt ------------------------------------

    def read_essay(
        self,
        path: Path,
        codebook: Codebook | None,
        authors: Mapping[str, Author] | None,
        positions: list[Position],
        preconditions: list[Precondition],
    ) -> Essay | None:
        relative = f"{ESSAYS_DIR}/{path.name}"
        file = self.display(relative)
        data = self.parse(relative)
        if data is None:
            return None
        required = {"id": str, "authors": list, "passages": list, **{fact: YamlMap for fact in _FACTS}}
        optional = {"text_sha256": str, "positions": list, "preconditions": list}
        if not self.fields(file, data, "the essay", required, optional, line=1):
            return None
        essay_id = data["id"]
        if not self.check_id(file, data.line_of("id"), essay_id, "essay", set()):
            return None
        if essay_id != path.stem:
            self.problem(file, data.line_of("id"), f"essay id {essay_id!r} must match its file name {path.stem!r}")
        text = self.read_text(path.with_suffix(".txt"), file, data)
        if text is None:
            return None

        facts = {name: self.read_fact(file, data, name, text) for name in _FACTS}
        essay_authors = self.strings(file, data, "authors", "the essay")
        for author_id in essay_authors:
            if authors is not None and author_id not in authors:
                self.problem(file, data.line_of("authors"), f"unknown author {author_id!r}; add it to {AUTHORS_FILE}")
        passages = self.read_passages(file, data, essay_id, text, essay_authors, codebook)
        for passage in passages:
            self.texts[passage.id] = passage

        if codebook is not None:
            by_n = {p.n: p for p in passages}
            context = _EssayContext(file, essay_id, essay_authors, by_n, codebook)
            positions.extend(self.read_positions(data, context))
            preconditions.extend(self.read_preconditions(data, context))
        return Essay(
            id=essay_id,
            title=facts["title"],
            publisher=facts["publisher"],
            date=facts["date"],
            url=facts["url"],
            authors=essay_authors,
            passages=tuple(passages),
        )

    def read_text(self, path: Path, file: str, data: YamlMap) -> str | None:
        text_file = self.display(f"{ESSAYS_DIR}/{path.name}")
        if path.exists() and not self.inside(f"{ESSAYS_DIR}/{path.name}"):
            return None
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                self.problem(text_file, None, f"text is {size / 2**20:.0f} MiB; an essay's text may be {MAX_FILE_BYTES // 2**20} MiB at most")
                return None
            raw = path.read_bytes()
        except FileNotFoundError:
            self.problem(file, 1, f"its text {path.name} is missing; put the essay text beside the YAML")
            return None
        except OSError as error:
            self.problem(text_file, None, f"cannot read: {error.strerror or error}")
            return None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            self.problem(text_file, None, f"not UTF-8 text (byte {error.start}); save it as UTF-8")
            return None
        expected = data.get("text_sha256")
        if expected is not None and hashlib.sha256(raw).hexdigest() != expected:
            self.problem(file, data.line_of("text_sha256"), f"{path.name} has changed since it was recorded (sha256 differs); the text must stay verbatim")
        return text

    def read_fact(self, file: str, data: YamlMap, name: str, text: str) -> Fact:
        record = data[name]
        what = f"{name!r}"
        if not self.fields(file, record, what, {"value": (str, type(None))}, {"basis": str, "reason": str, "evidence": str}, data.line_of(name)):
            return Fact(None)
        value, basis, reason = record["value"], record.get("basis"), " ".join(record.get("reason", "").split())
        evidence = record.get("evidence", "")
        if value is None:
            if basis is not None:
                self.problem(file, record.line_of("basis"), f"{what} has no value, so it takes no basis; give the reason instead")
            return Fact(None, None, reason)
        if basis not in BASES:
            self.problem(file, record.line_of("basis"), f"{what} needs a basis: {' or '.join(BASES)}")
        elif basis == "inferred" and not reason:
            self.problem(file, record.line, f"{what} is inferred, so it needs a reason")
        elif basis == "stated" and not quote_in(evidence or value, text):
            stated = "evidence" if evidence else "value"
            self.problem(file, record.line_of(stated), f"{what} is marked stated but {evidence or value!r} is not in the text; mark it inferred with a reason")
        if name == "date" and not _DATE.match(value):
            self.problem(file, record.line_of("value"), f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        return Fact(value.strip(), basis, reason, evidence)

    def read_passages(self, file: str, data: YamlMap, essay_id: str, text: str, essay_authors: tuple[str, ...], codebook: Codebook | None) -> list[Passage]:
        spans = paragraph_spans(text)
        passages: list[Passage] = []
        authored: set[str] = set()
        records = self.records(file, data, "passages")
        if len(records) != len(spans):
            self.problem(
                file, data.line_of("passages"), f"the text has {len(spans)} paragraphs but {len(records)} passages are listed; give every paragraph a role"
            )
        for i, item, line in records:
            what = f"passage at line {line}"
            if not self.fields(file, item, what, {"n": int, "role": str}, {"author": str, "starts": str, "suggested_topics": list}, line):
                continue
            n, role, author = item["n"], item["role"], item.get("author")
            if n != i + 1:
                self.problem(file, item.line_of("n"), f"passages must be numbered 1, 2, 3 … in order; expected {i + 1}, found {n}")
                continue
            if n > len(spans):
                continue
            start, end = spans[n - 1]
            body = text[start:end]
            if role not in ROLES:
                self.problem(file, item.line_of("role"), f"unknown role {role!r}; use one of: {', '.join(ROLES)}")
            elif role in ROLES_WITH_AUTHOR and author is None:
                self.problem(file, item.line, f"passage {n} is {role} and needs its author")
            elif role not in ROLES_WITH_AUTHOR and author is not None:
                self.problem(file, item.line_of("author"), f"passage {n} is {role}, which is no author's; remove its author")
            if author is not None and author not in essay_authors:
                self.problem(file, item.line_of("author"), f"passage {n} names author {author!r}, who is not among the essay's authors")
            if role == "body" and author:
                authored.add(author)
            starts = item.get("starts")
            if starts is not None and not normalize_for_quote(body).startswith(normalize_for_quote(starts)):
                self.problem(file, item.line_of("starts"), f"passage {n} starts {body[:40]!r}, not {starts!r}; is a paragraph missing or extra?")
            suggested = self.strings(file, item, "suggested_topics", what)
            unknown = [t for t in suggested if codebook is not None and t not in codebook.topics]
            if unknown:
                self.problem(file, item.line_of("suggested_topics"), f"passage {n} suggests unknown topics {unknown}; use ids from {CODEBOOK_FILE}")
            passages.append(Passage(essay_id, n, role, author, body, suggested))
        for author_id in essay_authors:
            if author_id not in authored and len(records) == len(spans):
                self.problem(file, data.line_of("authors"), f"author {author_id!r} is listed but writes no body passage")
        return passages

    def annotation(self, item: Any, line: int, what: str, context: _EssayContext, required: dict[str, type], optional: dict[str, type]) -> Passage | None:
        """Shared checks for positions and preconditions; the cited passage if all hold."""
        file = context.file
        if not self.fields(file, item, what, {"author": str, "quote": str, "passage": int, **required}, optional, line):
            return None
        ok = True
        if item["author"] not in context.authors:
            self.problem(file, item.line_of("author"), f"{what}: author {item['author']!r} is not among the essay's authors")
            ok = False
        topic = item.get("topic")
        if topic is not None and topic not in context.codebook.topics:
            self.problem(file, item.line_of("topic"), f"{what}: unknown topic {topic!r}; add it to {CODEBOOK_FILE}")
            ok = False
        passage = context.passages.get(item["passage"])
        if passage is None:
            self.problem(file, item.line_of("passage"), f"{what}: unknown passage {context.essay}:{item['passage']}")
            return None
        if passage.role != "body" or passage.author != item["author"]:
            self.problem(file, item.line_of("passage"), f"{what}: passage {passage.id} is not a body passage by {item['author']!r}")
            ok = False
        if not quote_in(item["quote"], passage.text):
            self.problem(file, item.line_of("quote"), f"{what}: quote is not verbatim in passage {passage.id}: {_clip(item['quote'])!r}")
            ok = False
        return passage if ok else None

    def read_positions(self, data: YamlMap, context: _EssayContext) -> list[Position]:
        positions = []
        for _, item, line in self.records(context.file, data, "positions"):
            what = f"position at line {line}"
            passage = self.annotation(item, line, what, context, {"topic": str, "stance": str, "summary": str}, {})
            if passage is None:
                continue
            if item["stance"] not in context.codebook.stances:
                self.problem(
                    context.file, item.line_of("stance"), f"{what}: unknown stance {item['stance']!r}; use one of: {', '.join(context.codebook.stances)}"
                )
                continue
            positions.append(
                Position(
                    essay=context.essay,
                    author=item["author"],
                    topic=item["topic"],
                    stance=item["stance"],
                    summary=" ".join(item["summary"].split()),
                    quote=item["quote"].strip(),
                    passage=passage.id,
                )
            )
        return positions

    def read_preconditions(self, data: YamlMap, context: _EssayContext) -> list[Precondition]:
        preconditions = []
        for _, item, line in self.records(context.file, data, "preconditions"):
            what = f"precondition at line {line}"
            passage = self.annotation(item, line, what, context, {"goal": str, "condition": str}, {"topic": str, "held_by": str, "status": str})
            if passage is None:
                continue
            held_by = item.get("held_by", "author")
            if item["goal"] not in context.codebook.goals:
                self.problem(context.file, item.line_of("goal"), f"{what}: unknown goal {item['goal']!r}; use one of: {', '.join(context.codebook.goals)}")
                continue
            if item.get("status", "suggested") != "suggested":
                self.problem(context.file, item.line_of("status"), f"{what}: status can only be 'suggested'; to keep the precondition, delete the status line")
                continue
            if held_by not in context.codebook.holders:
                self.problem(context.file, item.line_of("held_by"), f"{what}: unknown holder {held_by!r}; use one of: {', '.join(context.codebook.holders)}")
                continue
            preconditions.append(
                Precondition(
                    essay=context.essay,
                    author=item["author"],
                    goal=item["goal"],
                    condition=" ".join(item["condition"].split()),
                    topic=item.get("topic"),
                    held_by=held_by,
                    quote=item["quote"].strip(),
                    passage=passage.id,
                    suggested="status" in item,
                )
            )
        return preconditions


@dataclass(frozen=True)
class _EssayContext:
    """What annotation checks need to know about the essay they sit in."""

    file: str
    essay: str
    authors: tuple[str, ...]
    passages: dict[int, Passage]
    codebook: Codebook


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {
        str: "text",
        int: "a whole number",
        list: "a list",
        YamlList: "a list",
        dict: "a mapping",
        YamlMap: "a mapping",
        type(None): "empty",
        bool: "true/false",
        float: "a number",
    }
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
