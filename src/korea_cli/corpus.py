"""Corpus files -> model, with every problem reported as `file:line: message`.

The YAML and text files are the only source of truth. `validate` reads them
all and collects every problem (what `korea check` reports); `load` is what
queries use and stops at the first, so no answer is ever given from a corpus
that does not hold together. `validate_change` runs the same checks on the
corpus as a pending change would leave it, before any of it is written.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

from korea_cli.errors import CorpusError
from korea_cli.layout import AUTHORS_DIR, CODEBOOK_FILE, ESSAYS_DIR, OLD_AUTHORS_FILE
from korea_cli.model import (
    BASES,
    REVIEW_STATES,
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
from korea_cli.text import LAYOUTS, STEERING, fold, normalize_for_quote, paragraph_spans, quote_in, visible
from korea_cli.yamlio import MAX_FILE_BYTES, YamlList, YamlMap, parse_yaml, read_regular_file

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""What an id looks like: lowercase letters, digits and single hyphens (always matched whole: `fullmatch`)."""
MAX_ID_LENGTH = 120
"""An id is a file name too: well under any file system's limit of 255 bytes, with room for '.yaml'."""
_FACTS = ("title", "publisher", "date", "url")


class Fields(NamedTuple):
    """The fields of one kind of record in the corpus files: each required or optional, with the type its value must have.
    `_Reader.fields` checks a record against one (unknown, missing, mistyped or empty fields, each at its line); the checks
    no table can say (an id's form, a quote verbatim in its passage) follow it in the reader."""

    required: Mapping[str, type | tuple[type, ...]]
    optional: Mapping[str, type | tuple[type, ...]] = {}

    def names(self) -> list[str]:
        return [*self.required, *self.optional]


_ANNOTATION = {"author": str, "quote": str, "passage": int}
_IN_A_LIST = {"series": str, "ordinal": int}
"""An annotation's optional place in a list its source enumerates."""

SCHEMA: dict[str, Fields] = {
    "codebook": Fields({"topics": list, "stances": list, "goals": list, "holders": list}, {"glossary": list}),
    "topic": Fields({"id": str, "label": str, "description": str}, {"aliases": list, "terms": list, "care": YamlMap}),
    "stance": Fields({"id": str, "description": str}),
    "goal": Fields({"id": str, "label": str, "description": str}),
    "holder": Fields({"id": str, "description": str}),
    "author": Fields({"id": str, "name": str}, {"aliases": list}),
    "essay": Fields(
        {"id": str, "authors": list, "passages": list, **{fact: YamlMap for fact in _FACTS}},
        {"review": str, "text_sha256": str, "paragraphs": str, "affiliations": list, "positions": list, "preconditions": list},
    ),
    "fact": Fields({"value": (str, type(None))}, {"basis": str, "reason": str, "evidence": str}),
    "passage": Fields({"n": int, "role": str}, {"author": str, "coauthors": list, "starts": str, "suggested_topics": list}),
    "affiliation": Fields({"author": str, "text": str, "passage": int}),
    "position": Fields({**_ANNOTATION, "topic": str, "stance": str, "summary": str}, {"status": str, **_IN_A_LIST, "care": str}),
    "precondition": Fields({**_ANNOTATION, "goal": str, "condition": str}, {"topic": str, "held_by": str, "status": str, **_IN_A_LIST}),
}
"""Every kind of record the corpus files hold, by name: the one table of their fields (docs/corpus.md documents each)."""


def is_id(value: str) -> bool:
    """Whether `value` is a well-formed id, whole (a trailing newline is not allowed)."""
    return len(value) <= MAX_ID_LENGTH and ID_PATTERN.fullmatch(value) is not None


def is_date(value: str) -> bool:
    """Whether `value` is YYYY, YYYY-MM or YYYY-MM-DD, and a real day of the calendar."""
    if not re.fullmatch(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", value) or value[:4] == "0000":  # ASCII digits only: not '２０１９'
        return False
    try:
        datetime.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


Changes = Mapping[str, bytes | None]
"""A pending change: relative path -> new content, or None for a file to delete (as `journal.commit` takes it)."""


class CorpusFiles:
    """The files of a corpus folder as a reader sees them: on disk, or as a pending change would leave them."""

    def __init__(self, root: Path, changes: Changes | None = None) -> None:
        self.root = root
        self.changes = dict(changes or {})
        self.resolved_root = Path(os.path.realpath(root))
        self._folders_inside: dict[str, bool] = {}

    def display(self, relative: str) -> str:
        """A file's path for a message: a control character in a file name is shown, so a problem stays one line."""
        return visible(str(self.root / relative), keep="")

    def names(self, folder: str, suffix: str) -> list[str] | None:
        """The names of the files in `folder` ending in `suffix`, sorted; None when the folder cannot be listed."""
        try:
            found = {name for name in os.listdir(self.root / folder) if name.endswith(suffix) and not name.startswith(".")}
        except OSError:
            found = None
        for relative, data in self.changes.items():
            parent, _, name = relative.rpartition("/")
            if parent == folder and name.endswith(suffix):
                found = found if found is not None else set()
                (found.add if data is not None else found.discard)(name)
        return sorted(found) if found is not None else None

    def folder_error(self, folder: str) -> str | None:
        """Why `folder` cannot be listed, if it cannot."""
        try:
            os.listdir(self.root / folder)
        except FileNotFoundError:
            return None if any(r.startswith(folder + "/") for r in self.changes) else "missing"
        except OSError as error:
            return error.strerror or str(error)
        return None

    def _inside(self, path: Path, folder: str) -> bool:
        """Whether a file really is in the corpus: a link out of it (to ~/.ssh, /etc), or in a linked folder, is refused."""
        if folder not in self._folders_inside:
            self._folders_inside[folder] = Path(os.path.realpath(self.root / folder)).is_relative_to(self.resolved_root)
        # realpath, not resolve: a link that loops is no error here, and reading it says what it is.
        return self._folders_inside[folder] and (not os.path.islink(path) or Path(os.path.realpath(path)).is_relative_to(self.resolved_root))

    def exists(self, relative: str) -> bool:
        if relative in self.changes:
            return self.changes[relative] is not None
        return os.path.lexists(self.root / relative)

    def read(self, relative: str, limit: int = MAX_FILE_BYTES) -> bytes | None:
        """A file's bytes (None when there is no such file); a CorpusError when it cannot be a corpus file."""
        what = "an essay's text" if relative.endswith(".txt") else "a corpus YAML file"
        if relative in self.changes:
            data = self.changes[relative]
            if data is not None and len(data) > limit:
                raise CorpusError(f"file is {len(data) / 2**20:.0f} MiB; {what} may be {limit // 2**20} MiB at most", self.display(relative))
            return data
        path = self.root / relative
        if not os.path.lexists(path):
            return None
        if not self._inside(path, relative.rpartition("/")[0]):
            raise CorpusError("is a link to a file outside the corpus; copy the file in instead", self.display(relative))
        try:
            return read_regular_file(path, self.display(relative), limit, what)
        except FileNotFoundError:  # removed since we looked
            return None


Progress = Callable[[int, int], None]
"""Called as essays are read: how many so far, of how many."""


PARALLEL_FROM = 400
"""From this many essays a whole read is shared among processes, one a core: below it, starting them costs more than they save."""


def _workers(essays: int) -> int:
    """How many processes read `essays` essays: one a core (at most four) for a large corpus where processes can be forked."""
    import multiprocessing

    if essays < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


StreamedEssay = tuple["Essay", list["Position"], list["Precondition"], Any]
"""An essay as a whole read yields it: the essay, its positions and preconditions (suggestions too) in file order, and what the
reader's `derive` made of it (None without one)."""
Derive = Callable[["Essay", "Codebook"], Any]
"""What a reader also computes from each essay it reads, in the process that reads it (a build's search words and topics)."""


_shared: tuple[Codebook | None, Mapping[str, Author] | None] = (None, None)
"""In a worker process: the codebook and authors the parent read, inherited when it forked (reading them again for every
run cost a run the whole authors folder, 833 files at 10,000 essays: a build's reading grew as the square of the corpus)."""


def _share(codebook: Codebook | None, authors: Mapping[str, Author] | None) -> None:
    global _shared
    _shared = codebook, authors


def _read_run(root: str, essay_ids: list[str], derive: Derive | None) -> tuple[list[StreamedEssay], list[CorpusError], list[str]]:
    """In a worker process: a run of essays read as `_Reader.essays_in_order` reads them, with the parent's codebook and
    authors (their own problems are the parent's to report)."""
    reader = _Reader(CorpusFiles(Path(root)))
    codebook, authors = _shared
    found = list(reader.each_essay(essay_ids, codebook, authors, derive))
    return found, reader.problems, reader.warnings


def _opens_with(body: str, starts: str) -> bool:
    """Whether a passage opens with `starts`, quotes and spaces made plain: its opening read, not the whole passage, unless
    the opening's spaces shrink it below `starts` (normalizing only ever shortens text)."""
    wanted = normalize_for_quote(str(starts))
    head = normalize_for_quote(body[: 2 * len(wanted) + 64])
    return head.startswith(wanted) if len(head) > len(wanted) or len(body) <= 2 * len(wanted) + 64 else normalize_for_quote(body).startswith(wanted)


class EssayStream:
    """The corpus read essay by essay, in id order, for a build that writes each essay as it comes and never holds them all:
    the codebook and authors first, then the essays (read by several processes for a large corpus), then every problem found,
    the same as `validate` finds and in the same order."""

    def __init__(self, root: Path, workers: int | None = None, derive: Derive | None = None, progress: Progress | None = None) -> None:
        self.reader = _Reader(CorpusFiles(root))
        self.codebook = self.reader.read_codebook()
        self.authors = self.reader.read_authors()
        self.essay_ids = self.reader.listing(ESSAYS_DIR, ".yaml", "no essays folder; create it and add <essay-id>.yaml and .txt files")
        if self.essay_ids:
            self.reader.report_orphan_texts(self.essay_ids)
        self.workers, self.derive, self.progress = workers, derive, progress

    def __iter__(self) -> Iterator[StreamedEssay]:
        return self.reader.essays_in_order(self.essay_ids, self.codebook, self.authors, self.workers, self.progress, self.derive)

    def raise_first(self) -> None:
        """Stop as `load` stops, at the first problem of the whole read (call it once the stream is read)."""
        _raise_first(self.reader.problems)


def load(root: Path, progress: Progress | None = None, workers: int | None = None) -> Corpus:
    """The corpus at `root`, or a CorpusError naming its first problem."""
    corpus, problems = validate(root, progress=progress, workers=workers)
    _raise_first(problems)
    assert corpus is not None
    return corpus


def _raise_first(problems: list[CorpusError]) -> None:
    """Queries stop at the first problem, and say how many more `korea check` would list."""
    if problems:
        first = problems[0]
        more = f" ({len(problems)} problems in all; `korea check` lists them)" if len(problems) > 1 else ""
        raise CorpusError(first.message + more, first.file, first.line)


def validate(
    root: Path, warnings: list[str] | None = None, progress: Progress | None = None, workers: int | None = None
) -> tuple[Corpus | None, list[CorpusError]]:
    """Read the whole corpus at `root`; return it (None if unusable) and every problem found.

    Things worth a curator's attention that do not make the corpus wrong are
    appended to `warnings` when it is given.
    """
    reader = _Reader(CorpusFiles(root))
    corpus = reader.read(progress, workers)
    if warnings is not None:
        warnings.extend(reader.warnings)
    return corpus, reader.problems


def validate_change(root: Path, changes: Changes, whole: bool = False) -> list[CorpusError]:
    """Every problem `korea check` would find in what `changes` touch, were they written: empty means safe to write.

    Essays depend on nothing but the codebook, the authors and themselves (an
    affiliation cites a passage of the essay that states it), so a change
    that only adds or rewrites essays and adds authors is checked by reading
    the codebook, every author, and the essays it touches. Any other change
    (to the codebook, or an author changed or removed), or one asked to be
    checked `whole`, is checked whole.
    """
    files = CorpusFiles(root, changes)
    reader = _Reader(files)
    touches_shared = any(
        path == CODEBOOK_FILE or (path.startswith(f"{AUTHORS_DIR}/") and (data is None or (root / path).exists())) for path, data in changes.items()
    )
    if touches_shared or whole:
        reader.read()
        return reader.problems
    codebook = reader.read_codebook()
    authors = reader.read_authors()
    essays = {path.rpartition("/")[2].rpartition(".")[0] for path in changes if path.startswith(f"{ESSAYS_DIR}/")}
    for essay_id in sorted(essays):
        if files.changes.get(f"{ESSAYS_DIR}/{essay_id}.yaml", b"") is None:
            continue  # the essay is being removed
        reader.read_essay(essay_id, codebook, authors, [], [])
    return reader.problems


def read_shared(root: Path) -> Corpus:
    """The codebook and the authors alone (what drafting an essay needs), or a CorpusError naming the first problem."""
    reader = _Reader(CorpusFiles(root))
    codebook = reader.read_codebook()
    authors = reader.read_authors()
    _raise_first(reader.problems)
    assert codebook is not None and authors is not None
    return Corpus(str(root), codebook, authors, {}, (), ())


def stated_affiliations(root: Path, author_id: str) -> list[str]:
    """What the corpus's essays state of one author's affiliations, read from the files themselves: `read_shared` leaves the
    essays unread, and drafting asks this only of the rare new name that may be a known author. A file that cannot be read
    or parsed states nothing here; `korea check` is where it is reported."""
    files = CorpusFiles(root)
    found: list[str] = []
    for name in files.names(ESSAYS_DIR, ".yaml") or []:
        try:
            data = read_regular_file(root / ESSAYS_DIR / name, name)
            if author_id.encode() not in data:
                continue
            essay = parse_yaml(data, name)
        except (OSError, CorpusError):
            continue
        statements = essay.get("affiliations") if isinstance(essay, dict) else None
        found += [a["text"] for a in statements or [] if isinstance(a, dict) and a.get("author") == author_id and isinstance(a.get("text"), str)]
    return found


@dataclass(frozen=True)
class EssayRead:
    """One essay as `reread` found it: None when its YAML is gone, with its annotations."""

    id: str
    essay: Essay | None
    positions: tuple[Position, ...]
    preconditions: tuple[Precondition, ...]


def reread(root: Path, essay_ids: Iterable[str], author_ids: Collection[str] | None = None) -> tuple[Corpus, list[EssayRead]]:
    """Only the essays `essay_ids`, validated exactly as `load` would validate them in the whole corpus.

    For an index that holds the rest of a corpus `load` accepted, and whose
    codebook has not changed since: every problem these essays (or the
    authors, all read again) have is the problem `load` would stop at. The
    corpus returned holds the codebook and the authors, without affiliations.
    With `author_ids` (the authors the index holds, when no author's file
    changed), the authors' files are not read again: an essay needs only to
    name authors that exist, and the corpus returned holds none.
    """
    files = CorpusFiles(root)
    reader = _Reader(files)
    codebook = reader.read_codebook()
    authors: Mapping[str, Author] | Collection[str] | None = reader.read_authors() if author_ids is None else author_ids
    found: list[EssayRead] = []
    for essay_id in sorted(set(essay_ids)):
        if not files.exists(f"{ESSAYS_DIR}/{essay_id}.yaml"):
            found.append(EssayRead(essay_id, None, (), ()))
            continue
        positions: list[Position] = []
        preconditions: list[Precondition] = []
        essay = reader.read_essay(essay_id, codebook, authors, positions, preconditions)
        found.append(EssayRead(essay_id, essay, tuple(positions), tuple(preconditions)))
    _raise_first(reader.problems)
    assert codebook is not None and authors is not None
    return Corpus(str(root), codebook, authors if isinstance(authors, Mapping) else {}, {}, (), ()), found


class _Reader:
    """One pass over a corpus folder, collecting problems instead of stopping at them."""

    def __init__(self, files: CorpusFiles) -> None:
        self.files = files
        self.root = files.root
        self.problems: list[CorpusError] = []
        self.warnings: list[str] = []

    # -- reporting --------------------------------------------------------

    def display(self, relative: str) -> str:
        return self.files.display(relative)

    def problem(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(CorpusError(message, file, line))

    def parse(self, relative: str) -> Any:
        """A corpus YAML file's data; None (with its problem recorded) when it is missing or cannot be parsed."""
        try:
            data = self.files.read(relative)
            if data is None:
                raise CorpusError("is missing", self.display(relative))
            return parse_yaml(data, self.display(relative))
        except CorpusError as error:
            self.problems.append(error)
            return None

    def fields(self, file: str, record: Any, what: str, kind: Fields, line: int | None = None) -> bool:
        """Check a record's keys and value types against its kind's fields; True when it can be used."""
        if not isinstance(record, YamlMap):
            self.problem(file, line, f"{what} must be a mapping of fields")
            return False
        usable = True
        required = kind.required
        known = {**required, **kind.optional}
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
        if not is_id(value):
            self.problem(file, line, f"{what} id {value!r} must be lowercase letters, digits and single hyphens, at most {MAX_ID_LENGTH} characters")
            return False
        if value in seen:
            self.problem(file, line, f"duplicate {what} id {value!r}")
            return False
        seen.add(value)
        return True

    # -- the whole corpus ---------------------------------------------------

    def read(self, progress: Progress | None = None, workers: int | None = None) -> Corpus | None:
        """The whole corpus; its essays read by `workers` processes (None: as many as `_workers` says pay off)."""
        codebook = self.read_codebook()
        authors = self.read_authors()
        essays: dict[str, Essay] = {}
        positions: list[Position] = []
        preconditions: list[Precondition] = []
        essay_ids = self.listing(ESSAYS_DIR, ".yaml", "no essays folder; create it and add <essay-id>.yaml and .txt files")
        if essay_ids:
            self.report_orphan_texts(essay_ids)
        for essay, its_positions, its_preconditions, _ in self.essays_in_order(essay_ids, codebook, authors, workers, progress):
            essays[essay.id] = essay
            positions += its_positions
            preconditions += its_preconditions
        if codebook is None or authors is None:
            return None
        return Corpus(
            root=str(self.root),
            codebook=codebook,
            authors=self.in_corpus_order(authors, essays),
            essays=essays,
            positions=tuple(positions),
            preconditions=tuple(p for p in preconditions if not p.suggested),
            suggested=tuple(p for p in preconditions if p.suggested),
        )

    def essays_in_order(
        self,
        essay_ids: list[str],
        codebook: Codebook | None,
        authors: Mapping[str, Author] | None,
        workers: int | None,
        progress: Progress | None,
        derive: Derive | None = None,
    ) -> Iterator[StreamedEssay]:
        """Each essay that reads without a fatal problem, in id order, its problems recorded as they are met: read here, or
        by `workers` forked processes in runs of consecutive ids (the same essays and problems, in the same order)."""
        count = _workers(len(essay_ids)) if workers is None else workers
        if count <= 1 or len(essay_ids) <= 1 or self.files.changes:  # a pending change is only this process's to see
            for done, essay_id in enumerate(essay_ids):
                if progress is not None:
                    progress(done, len(essay_ids))
                yield from self.each_essay([essay_id], codebook, authors, derive)
            return
        yield from self.read_in_parallel(essay_ids, (codebook, authors), count, progress, derive)

    def each_essay(
        self, essay_ids: list[str], codebook: Codebook | None, authors: Mapping[str, Author] | None, derive: Derive | None
    ) -> Iterator[StreamedEssay]:
        for essay_id in essay_ids:
            positions: list[Position] = []
            preconditions: list[Precondition] = []
            essay = self.read_essay(essay_id, codebook, authors, positions, preconditions)
            if essay is not None:
                yield essay, positions, preconditions, (derive(essay, codebook) if derive is not None and codebook is not None else None)

    def read_in_parallel(
        self,
        essay_ids: list[str],
        shared: tuple[Codebook | None, Mapping[str, Author] | None],
        workers: int,
        progress: Progress | None,
        derive: Derive | None,
    ) -> Iterator[StreamedEssay]:
        """The essays read by `workers` forked processes, in runs of consecutive ids, a few runs ahead of the one read here
        (so that a slow consumer, a build writing rows, never has the whole corpus waiting in memory); each worker is handed
        the `shared` codebook and authors once, as it starts."""
        import collections
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        size = max(1, min(64, len(essay_ids) // (workers * 4)))
        runs = collections.deque(essay_ids[start : start + size] for start in range(0, len(essay_ids), size))
        done = 0
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_share, initargs=shared) as pool:
            pending: collections.deque = collections.deque()
            while runs or pending:
                while runs and len(pending) < 2 * workers:
                    run = runs.popleft()
                    pending.append((run, pool.submit(_read_run, str(self.root), run, derive)))
                run, future = pending.popleft()
                found, problems, warnings = future.result()
                self.problems += problems
                self.warnings += warnings
                yield from found
                done += len(run)
                if progress is not None:
                    progress(done, len(essay_ids))

    def listing(self, folder: str, suffix: str, missing: str) -> list[str]:
        """The ids of the files in a corpus folder, in id order (the index's order too); a problem when the folder is missing or unreadable."""
        names = self.files.names(folder, suffix)
        if names is None:
            reason = self.files.folder_error(folder)
            self.problem(self.display(folder), None, missing if reason == "missing" else f"cannot read the folder: {reason}; check its permissions")
            return []
        return sorted(name[: -len(suffix)] for name in names)

    def report_orphan_texts(self, essay_ids: list[str]) -> None:
        """A text without its YAML is not yet an essay: worth a word, not an error."""
        for name in self.files.names(ESSAYS_DIR, ".txt") or []:
            if name[:-4] not in essay_ids:
                self.warnings.append(
                    f"{self.display(f'{ESSAYS_DIR}/{name}')}: a text without {name[:-4]}.yaml is not part of the corpus; add its YAML or remove it"
                )

    def in_corpus_order(self, authors: dict[str, Author], essays: dict[str, Essay]) -> dict[str, Author]:
        """Authors in the order the essays first name them (the order of `korea who`), with their affiliations; others last, and noted."""
        stated: dict[str, list[Affiliation]] = {}
        for essay in essays.values():
            for affiliation in essay.affiliations:
                stated.setdefault(affiliation.author, []).append(affiliation)
        order = list(dict.fromkeys(a for essay in essays.values() for a in essay.authors if a in authors))
        for author_id in authors:
            if author_id not in order:
                order.append(author_id)
                self.warnings.append(
                    f"{self.display(f'{AUTHORS_DIR}/{author_id}.yaml')}: author {author_id!r} signs no essay; remove the file if no essay is coming"
                )
        return {a: replace(authors[a], affiliations=tuple(stated.get(a, ()))) for a in order}

    # -- codebook.yaml ----------------------------------------------------

    def read_codebook(self) -> Codebook | None:
        file = self.display(CODEBOOK_FILE)
        data = self.parse(CODEBOOK_FILE)
        if data is None:
            return None
        if not self.fields(file, data, "the codebook", SCHEMA["codebook"], line=1):
            return None
        topics: dict[str, Topic] = {}
        names: dict[str, str] = {}
        for _, item, line in self.records(file, data, "topics"):
            what = f"topic at line {line}"
            if not self.fields(file, item, what, SCHEMA["topic"], line):
                continue
            if not self.check_id(file, item.line_of("id"), item["id"], "topic", set(topics)):
                continue
            aliases = self.strings(file, item, "aliases", what)
            care = tuple((stance, " ".join(str(why).split())) for stance, why in (item.get("care") or {}).items())
            topic = Topic(item["id"], item["label"].strip(), aliases, " ".join(item["description"].split()), care, self.strings(file, item, "terms", what))
            for name in (topic.id, topic.label, *aliases):
                folded = fold(name)
                owner = names.setdefault(folded, topic.id)
                if owner != topic.id:
                    self.problem(file, item.line, f"topic name {name!r} of {topic.id!r} also names {owner!r}; a name must lead to one topic")
            topics[topic.id] = topic
        stances = self.read_terms(file, data, "stances")
        for _, item, _ in self.records(file, data, "topics"):
            care = item.get("care") if isinstance(item, YamlMap) else None
            for stance, why in (care or {}).items() if isinstance(care, YamlMap) else ():
                if stance not in stances or not isinstance(why, str) or not why.strip():
                    self.problem(
                        file, care.line_of(stance), f"care of topic {item['id']!r} maps a stance ({', '.join(stances)}) to why it needs care, not {stance!r}"
                    )
        return Codebook(
            topics=topics,
            stances=stances,
            goals=self.read_terms(file, data, "goals"),
            holders=self.read_terms(file, data, "holders"),
            glossary=self.read_glossary(file, data),
        )

    def read_glossary(self, file: str, data: YamlMap) -> tuple[tuple[str, ...], ...]:
        """Each entry a list of two names or more of one thing; a name in one entry only (else search could not say which)."""
        entries: list[tuple[str, ...]] = []
        seen: dict[str, int] = {}
        for n, item, line in self.records(file, data, "glossary"):
            forms = tuple(form.strip() for form in item) if isinstance(item, YamlList) and all(isinstance(f, str) and f.strip() for f in item) else ()
            if len(forms) < 2:
                self.problem(file, line, f"glossary entry at line {line} must list two names or more of one thing, e.g. [DPRK, North Korea]")
                continue
            for form in forms:
                if seen.setdefault(fold(form), n) != n:
                    self.problem(file, line, f"glossary name {form!r} is in two entries; a name belongs to one")
            entries.append(forms)
        return tuple(entries)

    def read_terms(self, file: str, data: YamlMap, key: str) -> dict[str, Term]:
        terms: dict[str, Term] = {}
        for _, item, line in self.records(file, data, key):
            if not self.fields(file, item, f"{key[:-1]} at line {line}", SCHEMA[key[:-1]], line=line):
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

    # -- authors/<id>.yaml ------------------------------------------------

    def read_authors(self) -> dict[str, Author] | None:
        """The author records, by id (affiliations come from the essays); None when the folder cannot be read."""
        if self.files.exists(OLD_AUTHORS_FILE):
            self.problem(
                self.display(OLD_AUTHORS_FILE),
                None,
                f"this corpus keeps its authors in one file, as korea 0.1 did; run `korea migrate --corpus {self.root}` to give each its own file in {AUTHORS_DIR}/",
            )
            return None
        ids = self.listing(AUTHORS_DIR, ".yaml", f"no {AUTHORS_DIR} folder; create it, with one <author-id>.yaml per author")
        if self.files.names(AUTHORS_DIR, ".yaml") is None:
            return None
        authors: dict[str, Author] = {}
        own: list[tuple[str, str, str, int]] = []  # (name, author id, file, line)
        other: list[tuple[str, str, str, int]] = []  # the same, for aliases
        for author_id in ids:
            relative = f"{AUTHORS_DIR}/{author_id}.yaml"
            file = self.display(relative)
            item = self.parse(relative)
            if item is None or not self.fields(file, item, "the author", SCHEMA["author"], line=1):
                continue
            if not self.check_id(file, item.line_of("id"), item["id"], "author", set(authors)):
                continue
            if item["id"] != author_id:
                self.problem(file, item.line_of("id"), f"author id {item['id']!r} must match its file name {author_id!r}")
                continue
            aliases = self.strings(file, item, "aliases", "the author")
            own.append((item["name"], author_id, file, item.line_of("name")))
            alias_lines = item["aliases"].item_lines if aliases else []
            other += [(alias, author_id, file, line) for alias, line in zip(aliases, alias_lines, strict=True)]
            self.check_controls(file, item.line_of("name"), " ".join((item["name"], *aliases)), "the author's names")
            authors[author_id] = Author(author_id, " ".join(item["name"].split()), aliases, ())
        owners: dict[str, str] = {}
        for name, author_id, file, line in own + other:  # an author's own name wins over another's alias, wherever the files sort
            owner = owners.setdefault(fold(name), author_id)
            if owner != author_id:
                self.problem(file, line, f"author name {name!r} of {author_id!r} also names {owner!r}; a name must lead to one author")
        return authors

    def check_controls(self, file: str, line: int | None, text: str, what: str) -> None:
        """Control characters in a name or title: shown escaped, but worth a curator's look."""
        found = sorted({f"U+{ord(ch):04X}" for ch in STEERING.findall(text)})
        if found:
            self.warnings.append(f"{file}:{line}: {what} hold control characters ({', '.join(found)}); they are shown escaped, remove them if not meant")

    # -- essays/<id>.yaml + <id>.txt ------------------------------------

    def read_essay(
        self,
        essay_id: str,
        codebook: Codebook | None,
        authors: Mapping[str, Author] | Collection[str] | None,
        positions: list[Position],
        preconditions: list[Precondition],
    ) -> Essay | None:
        relative = f"{ESSAYS_DIR}/{essay_id}.yaml"
        file = self.display(relative)
        data = self.parse(relative)
        if data is None:
            return None
        if not self.fields(file, data, "the essay", SCHEMA["essay"], line=1):
            return None
        if not self.check_id(file, data.line_of("id"), data["id"], "essay", set()):
            return None
        if data["id"] != essay_id:
            self.problem(file, data.line_of("id"), f"essay id {data['id']!r} must match its file name {essay_id!r}")
            return None
        review = data.get("review", "draft")
        if review not in REVIEW_STATES:
            self.problem(file, data.line_of("review"), f"review {review!r} must be one of: {', '.join(REVIEW_STATES)}")
        text = self.read_text(essay_id, file, data)
        if text is None:
            return None

        facts = {name: self.read_fact(file, data, name, text) for name in _FACTS}
        essay_authors = self.strings(file, data, "authors", "the essay")
        for author_id in essay_authors:
            if authors is not None and author_id not in authors:
                self.problem(file, data.line_of("authors"), f"unknown author {author_id!r}; add it as {AUTHORS_DIR}/{author_id}.yaml")
        if len(set(essay_authors)) != len(essay_authors):
            self.problem(file, data.line_of("authors"), "an author is listed twice; list each author once")
        passages = self.read_passages(file, data, essay_id, text, essay_authors, codebook)
        by_n = {p.n: p for p in passages}
        affiliations = self.read_affiliations(file, data, essay_id, essay_authors, by_n)

        if codebook is not None:
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
            affiliations=tuple(affiliations),
            review=review if review in REVIEW_STATES else "draft",
        )

    def read_text(self, essay_id: str, file: str, data: YamlMap) -> str | None:
        relative = f"{ESSAYS_DIR}/{essay_id}.txt"
        text_file = self.display(relative)
        try:
            raw = self.files.read(relative)
        except CorpusError as error:
            self.problems.append(error)
            return None
        if raw is None:
            self.problem(file, 1, f"its text {essay_id}.txt is missing; put the essay text beside the YAML")
            return None
        try:
            text = raw.decode("utf-8-sig")  # a byte-order mark marks the encoding; it is no part of the first passage
        except UnicodeDecodeError as error:
            self.problem(text_file, None, f"not UTF-8 text (byte {error.start}); save it as UTF-8")
            return None
        if "\x00" in text:
            self.problem(text_file, text.count("\n", 0, text.index("\x00")) + 1, "holds a NUL character, which no essay text has; remove it")
            return None
        expected = data.get("text_sha256")
        if expected is not None and hashlib.sha256(raw).hexdigest() != expected:
            self.problem(file, data.line_of("text_sha256"), f"{essay_id}.txt has changed since it was recorded (sha256 differs); the text must stay verbatim")
        if (found := STEERING.search(text)) is not None:
            line = text.count("\n", 0, found.start()) + 1
            self.warnings.append(f"{text_file}:{line}: the text holds control characters (U+{ord(found.group()):04X}); they are shown escaped, never executed")
        return text

    def read_affiliations(self, file: str, data: YamlMap, essay_id: str, essay_authors: tuple[str, ...], by_n: dict[int, Passage]) -> list[Affiliation]:
        """Affiliations the essay states: verbatim in one of its own passages, of one of its authors."""
        found = []
        for _, item, line in self.records(file, data, "affiliations"):
            what = f"affiliation at line {line}"
            if not self.fields(file, item, what, SCHEMA["affiliation"], line=line):
                continue
            if item["author"] not in essay_authors:
                self.problem(file, item.line_of("author"), f"{what}: author {item['author']!r} is not among the essay's authors")
                continue
            passage = by_n.get(item["passage"])
            if passage is None:
                self.problem(file, item.line_of("passage"), f"{what}: unknown passage {essay_id}:{item['passage']}")
            elif not quote_in(item["text"], passage.text):
                self.problem(file, item.line_of("text"), f"{what} is not verbatim in {passage.id}: {_clip(item['text'])!r}")
            else:
                found.append(Affiliation(item["author"], " ".join(item["text"].split()), passage.id))
        return found

    def read_fact(self, file: str, data: YamlMap, name: str, text: str) -> Fact:
        record = data[name]
        what = f"{name!r}"
        if not self.fields(file, record, what, SCHEMA["fact"], data.line_of(name)):
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
        if name == "date" and not is_date(value):
            self.problem(file, record.line_of("value"), f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD, and a real date")
        return Fact(value.strip(), basis, reason, evidence)

    def read_passages(self, file: str, data: YamlMap, essay_id: str, text: str, essay_authors: tuple[str, ...], codebook: Codebook | None) -> list[Passage]:
        layout = data.get("paragraphs", "blank-lines")
        if layout not in LAYOUTS:
            self.problem(
                file,
                data.line_of("paragraphs"),
                f"paragraphs {layout!r} must be 'blank-lines' (the default), 'lines' (one paragraph a line) or 'indented' (a first line indented)",
            )
        spans = paragraph_spans(text, layout if layout in LAYOUTS else "blank-lines")
        passages: list[Passage] = []
        authored: set[str] = set()
        records = self.records(file, data, "passages")
        if len(records) != len(spans):
            self.problem(
                file, data.line_of("passages"), f"the text has {len(spans)} paragraphs but {len(records)} passages are listed; give every paragraph a role"
            )
        for i, item, line in records:
            what = f"passage at line {line}"
            if not self.fields(file, item, what, SCHEMA["passage"], line):
                continue
            coauthors = self.strings(file, item, "coauthors", what)
            n, role, author = item["n"], item["role"], item.get("author")
            if n != i + 1:
                self.problem(file, item.line_of("n"), f"passages must be numbered 1, 2, 3 … in order; expected {i + 1}, found {n}")
                continue
            if n > len(spans):
                continue
            start, end = spans[n - 1]
            body = text[start:end]
            if role not in ROLES:
                self.problem(file, item.line_of("role"), _unknown("role", role, ROLES))
            elif role in ROLES_WITH_AUTHOR and author is None:
                self.problem(file, item.line, f"passage {n} is {role} and needs its author")
            elif role not in ROLES_WITH_AUTHOR and author is not None:
                self.problem(file, item.line_of("author"), f"passage {n} is {role}, which is no author's; remove its author")
            if author is not None and author not in essay_authors:
                self.problem(file, item.line_of("author"), f"passage {n} names author {author!r}, who is not among the essay's authors")
            for coauthor in coauthors:
                if author is None or coauthor not in essay_authors or coauthor == author:
                    self.problem(
                        file,
                        item.line_of("coauthors"),
                        f"passage {n} names co-author {coauthor!r}: co-authors are other authors of the essay, beside its author",
                    )
            if role == "body" and author:
                authored.update((author, *coauthors))
            starts = item.get("starts")
            if starts is not None and not _opens_with(body, starts):
                self.problem(file, item.line_of("starts"), f"passage {n} starts {body[:40]!r}, not {starts!r}; is a paragraph missing or extra?")
            suggested = self.strings(file, item, "suggested_topics", what)
            unknown = [t for t in suggested if codebook is not None and t not in codebook.topics]
            if unknown:
                self.problem(file, item.line_of("suggested_topics"), f"passage {n} suggests unknown topics {unknown}; use ids from {CODEBOOK_FILE}")
            passages.append(Passage(essay_id, n, role, author, body, suggested, coauthors))
        for author_id in essay_authors:
            if author_id not in authored and len(records) == len(spans):
                self.problem(file, data.line_of("authors"), f"author {author_id!r} is listed but writes no body passage")
        return passages

    def annotation(self, item: Any, line: int, what: str, context: _EssayContext, kind: Fields) -> Passage | None:
        """Shared checks for positions and preconditions; the cited passage if all hold."""
        file = context.file
        if not self.fields(file, item, what, kind, line):
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
        if passage.role != "body" or item["author"] not in passage.signers:
            self.problem(file, item.line_of("passage"), f"{what}: passage {passage.id} is not a body passage by {item['author']!r}")
            ok = False
        if not quote_in(item["quote"], passage.text):
            self.problem(file, item.line_of("quote"), f"{what}: quote is not verbatim in passage {passage.id}: {_clip(item['quote'])!r}")
            ok = False
        return passage if ok else None

    def read_positions(self, data: YamlMap, context: _EssayContext) -> list[Position]:
        positions: list[Position] = []
        lists: dict[str, list[tuple[int, int]]] = {}
        seen: dict[tuple[str, ...], int] = {}
        for _, item, line in self.records(context.file, data, "positions"):
            what = f"position at line {line}"
            passage = self.annotation(item, line, what, context, SCHEMA["position"])
            if passage is None:
                continue
            if item.get("status", "suggested") != "suggested":
                self.problem(context.file, item.line_of("status"), f"{what}: status can only be 'suggested'; to keep the position, delete the status line")
                continue
            if item["stance"] not in context.codebook.stances:
                self.problem(context.file, item.line_of("stance"), f"{what}: {_unknown('stance', item['stance'], context.codebook.stances)}")
                continue
            if (first := seen.setdefault((item["author"], item["topic"], item["stance"], " ".join(item["quote"].split()), str(passage.n)), line)) != line:
                self.problem(context.file, line, f"{what} repeats the position at line {first} (same author, topic, stance and quote); remove one")
                continue
            care = " ".join(item.get("care", "").split())
            why = dict(context.codebook.topics[item["topic"]].care).get(item["stance"])
            if why and not care and "status" not in item:
                self.warnings.append(
                    f"{context.file}:{item.line_of('stance')}: {what}: reads “{item['author']} {item['stance']} {item['topic']}”; the codebook says:"
                    f" {why} If the sentence holds, say why in the position's `care:`"
                )
            positions.append(
                Position(
                    essay=context.essay,
                    author=item["author"],
                    topic=item["topic"],
                    stance=item["stance"],
                    summary=" ".join(item["summary"].split()),
                    quote=item["quote"].strip(),
                    passage=passage.id,
                    suggested="status" in item,
                    **self.listed(item, what, context, lists),
                    care=care,
                )
            )
        self.check_lists(context.file, "positions", lists)
        return positions

    def read_preconditions(self, data: YamlMap, context: _EssayContext) -> list[Precondition]:
        preconditions: list[Precondition] = []
        lists: dict[str, list[tuple[int, int]]] = {}
        seen: dict[tuple[str, ...], int] = {}
        for _, item, line in self.records(context.file, data, "preconditions"):
            what = f"precondition at line {line}"
            passage = self.annotation(item, line, what, context, SCHEMA["precondition"])
            if passage is None:
                continue
            held_by = item.get("held_by", "author")
            same = (item["author"], item["goal"], held_by, " ".join(item["condition"].split()), " ".join(item["quote"].split()), str(passage.n))
            if (first := seen.setdefault(same, line)) != line:
                self.problem(context.file, line, f"{what} repeats the precondition at line {first} (same author, goal, condition and quote); remove one")
                continue
            if item["goal"] not in context.codebook.goals:
                self.problem(context.file, item.line_of("goal"), f"{what}: {_unknown('goal', item['goal'], context.codebook.goals)}")
                continue
            if item.get("status", "suggested") != "suggested":
                self.problem(context.file, item.line_of("status"), f"{what}: status can only be 'suggested'; to keep the precondition, delete the status line")
                continue
            if held_by not in context.codebook.holders:
                self.problem(context.file, item.line_of("held_by"), f"{what}: {_unknown('holder', held_by, context.codebook.holders)}")
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
                    **self.listed(item, what, context, lists),
                )
            )
        self.check_lists(context.file, "preconditions", lists)
        return preconditions

    def listed(self, item: YamlMap, what: str, context: _EssayContext, lists: dict[str, list[tuple[int, int]]]) -> dict[str, Any]:
        """An annotation's place in a list the source enumerates: `series` (an id) and `ordinal` (from 1), both or neither."""
        series, ordinal = item.get("series"), item.get("ordinal")
        if series is None and ordinal is None:
            return {}
        if series is None or ordinal is None:
            self.problem(
                context.file, item.line_of("series" if series is not None else "ordinal"), f"{what}: `series` and `ordinal` go together; give both or neither"
            )
            return {}
        if not is_id(series):
            self.problem(context.file, item.line_of("series"), f"{what}: series {series!r} must be lowercase letters, digits and single hyphens")
            return {}
        lists.setdefault(series, []).append((ordinal, item.line_of("ordinal")))
        return {"series": series, "ordinal": ordinal}

    def check_lists(self, file: str, kind: str, lists: dict[str, list[tuple[int, int]]]) -> None:
        """A list is numbered 1, 2, … N within its essay, each number once, as the source counts it."""
        for series, places in lists.items():
            numbers = sorted(ordinal for ordinal, _ in places)
            if numbers != list(range(1, len(numbers) + 1)):
                line = max(line for _, line in places)
                self.problem(file, line, f"{kind} of series {series!r} are numbered {numbers}; number a list 1 to {len(numbers)}, each once")


@dataclass(frozen=True)
class _EssayContext:
    """What annotation checks need to know about the essay they sit in."""

    file: str
    essay: str
    authors: tuple[str, ...]
    passages: dict[int, Passage]
    codebook: Codebook


def _unknown(kind: str, value: object, known: Iterable[str]) -> str:
    """A value outside its vocabulary, and the vocabulary: one wording for roles, stances, goals and holders."""
    return f"unknown {kind} {value!r}; use one of: {', '.join(known)}"


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
