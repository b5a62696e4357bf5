"""The derived index: the corpus files read once into SQLite, and kept fresh on every call.

The YAML and text files stay the only source of truth; the index is a cache
in `$XDG_CACHE_HOME/korea` (default `~/.cache/korea`), one file per corpus
folder, and deleting it loses nothing. Every call stats the corpus files
and compares them with the stamps the index recorded:

- nothing changed: the answer comes from SQLite, and no YAML is parsed;
- essays changed, came or went: only those are re-read and re-validated, in
  one transaction (`corpus.reread`), and the authors with them if any of
  theirs changed (they are few and small); this is what `korea add` leaves;
- the codebook changed, an author's file went while an essay names them,
  another korea version wrote the index, or the file is damaged: it is built
  again from scratch, into a temporary file renamed into place, so a reader
  sees the old index or the new one (and a broken corpus, the error loading
  gives).

Before it looks, every call finishes a change to the corpus that a killed
writer left half done (`journal.settle`), so no index records half a change.

Writers take a lock file, so two processes never update at once; the
second finds the work done. When the cache folder cannot be written, the
index is built in memory for this call and one warning says so.

Passage, position and precondition rowids keep corpus order (`_rowid`), so
`ORDER BY rowid` is the order direct loading gives, and search ranks by it.
What search reads of the index is in `index_search`; the bar a long build
shows on a terminal is `render.progress_bar`.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from korea_cli import __version__, journal
from korea_cli.errors import CorpusError, KoreaError
from korea_cli.layout import AUTHORS_DIR, CODEBOOK_FILE, ESSAYS_DIR

if TYPE_CHECKING:
    from korea_cli.corpus import Progress
    from korea_cli.model import Codebook, Corpus, Essay, Passage, Position, Precondition

FORMAT = f"korea index 7, korea {__version__}"
"""What wrote an index; any other value means rebuild, since the schema or the rules may differ."""

CACHE_ENV = "XDG_CACHE_HOME"
KEY_GAP = 1 << 20
"""Essay keys are spaced this far apart, so an essay added between two gets a key between theirs."""
PASSAGE_BITS = 20
"""A passage's rowid is its essay's key shifted by this, plus its number: rowid order is corpus order."""
RACY_NS = 2_000_000_000
"""A file changed this recently may change again within the same timestamp; its stamp is not trusted."""

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value);
CREATE TABLE authors (id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL);
CREATE TABLE affiliations (rowid INTEGER PRIMARY KEY, author TEXT NOT NULL, text TEXT NOT NULL, passage TEXT NOT NULL);
CREATE INDEX affiliations_by_author ON affiliations (author);
CREATE TABLE essays (key INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, facts TEXT NOT NULL, passages INTEGER NOT NULL, body_passages INTEGER NOT NULL,
                     status TEXT NOT NULL);
CREATE TABLE essay_authors (essay_key INTEGER NOT NULL, seq INTEGER NOT NULL, essay TEXT NOT NULL, author TEXT NOT NULL, PRIMARY KEY (essay_key, seq));
CREATE INDEX essay_authors_by_author ON essay_authors (author);
CREATE TABLE passages (rowid INTEGER PRIMARY KEY, essay TEXT NOT NULL, n INTEGER NOT NULL, role TEXT NOT NULL, author TEXT, text TEXT NOT NULL,
                       suggested_topics TEXT NOT NULL, words TEXT NOT NULL, coauthors TEXT NOT NULL);
CREATE INDEX passages_by_author ON passages (author);
CREATE TABLE positions (rowid INTEGER PRIMARY KEY, essay TEXT NOT NULL, author TEXT NOT NULL, topic TEXT NOT NULL, stance TEXT NOT NULL,
                        summary TEXT NOT NULL, quote TEXT NOT NULL, passage TEXT NOT NULL, suggested INTEGER NOT NULL, series TEXT, ordinal INTEGER);
CREATE INDEX positions_by_topic ON positions (topic);
CREATE INDEX positions_by_author ON positions (author, topic);
CREATE TABLE preconditions (rowid INTEGER PRIMARY KEY, essay TEXT NOT NULL, author TEXT NOT NULL, goal TEXT NOT NULL, condition TEXT NOT NULL,
                            topic TEXT, held_by TEXT NOT NULL, quote TEXT NOT NULL, passage TEXT NOT NULL, suggested INTEGER NOT NULL,
                            series TEXT, ordinal INTEGER);
CREATE INDEX preconditions_by_author ON preconditions (author);
CREATE TABLE passage_topics (topic TEXT NOT NULL, passage INTEGER NOT NULL, PRIMARY KEY (topic, passage)) WITHOUT ROWID;
CREATE INDEX passage_topics_by_passage ON passage_topics (passage);
CREATE TABLE vocab (id INTEGER PRIMARY KEY, word TEXT UNIQUE NOT NULL, length INTEGER NOT NULL);
CREATE INDEX vocab_by_length ON vocab (length);
CREATE VIRTUAL TABLE postings USING fts5 (words, kind, content='', tokenize='ascii');
"""
"""`passages.words` is the passage's search words as vocabulary ids ('w12 w7 …'), what `postings` indexed."""

AUTHOR_ORDER = "IFNULL((SELECT min((s.essay_key << 12) + s.seq) FROM essay_authors s WHERE s.author = authors.id), 1 << 62), authors.id"
"""`ORDER BY` for authors: in the order the essays first name them, as `corpus.load` gives them; authors of no essay last."""


Notice = Callable[[str], None]
T = TypeVar("T")


def answering_despite_damage(answer: Callable[[bool], T], notice: Notice, environ: Mapping[str, str]) -> T:
    """`answer(rebuild=False)`; if the index goes bad under it (truncated or replaced mid-query, a damaged value in it), say so
    and `answer(rebuild=True)` once, from an index built anew; if that fails too, an error that says how to start afresh."""
    try:
        return answer(False)
    except (sqlite3.DatabaseError, json.JSONDecodeError) as error:
        notice(f"the index failed mid-query ({error}); rebuilding it")
    try:
        return answer(True)
    except (sqlite3.DatabaseError, json.JSONDecodeError) as error:
        raise IndexUnusable(f"the index cannot be used ({error}); delete the folder {cache_dir(environ)} and try again") from None


class IndexUnusable(KoreaError):
    """The index failed even when built anew: nothing a retry can mend."""


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_CACHE_HOME/korea, or ~/.cache/korea (a relative $XDG_CACHE_HOME is ignored, as the XDG spec says)."""
    base = environ.get(CACHE_ENV, "")
    if not os.path.isabs(base):
        base = os.path.join(environ.get("HOME") or os.path.expanduser("~"), ".cache")
    return Path(base) / "korea"


def cache_file(root: Path, environ: Mapping[str, str] = os.environ) -> Path:
    """Where the index of `root` lives: readable name, and a checksum of the full path to keep folders apart."""
    resolved = str(root.resolve())
    name = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in Path(resolved).name)[:40] or "corpus"
    return cache_dir(environ) / f"{name}-{zlib.crc32(resolved.encode()):08x}.sqlite3"


class Index:
    """An open, fresh index of one corpus: `db` answers queries (see `queries`)."""

    def __init__(self, db: sqlite3.Connection, root: Path, path: Path | None, status: str) -> None:
        self.db = db
        self.root = root
        self.path = path
        """The cache file, or None for an index in memory."""
        self.status = status
        """What this call did to make it fresh: 'fresh', 'updated N', 'built' or 'rebuilt'."""
        self._codebook: dict[str, Any] | None = None

    @property
    def codebook(self) -> dict[str, Any]:
        """The codebook as JSON: `topics` ({id, label, aliases, description}), `stances`, `goals`, `holders` ({id, description,
        label}) and `glossary` (lists of names)."""
        if self._codebook is None:
            self._codebook = json.loads(self.meta("codebook"))
        return self._codebook

    def state(self) -> dict[str, Any]:
        """What `korea index` shows: where the index is, what it holds, and what this call did to it."""
        count = self.rows("SELECT (SELECT count(*) FROM essays), (SELECT count(*) FROM passages), (SELECT count(*) FROM vocab)")[0]
        return {
            "corpus": str(self.root),
            "path": str(self.path) if self.path else None,
            "bytes": self.path.stat().st_size if self.path else 0,
            "status": self.status,
            "format": self.meta("format"),
            "updated": self.meta("updated"),
            "essays": count[0],
            "passages": count[1],
            "words": count[2],
        }

    def meta(self, key: str) -> Any:
        return _meta(self.db, key)

    def rows(self, sql: str, parameters: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, tuple(parameters)).fetchall()


def open_index(
    root: Path, *, rebuild: bool = False, notice: Notice | None = None, progress: Progress | None = None, environ: Mapping[str, str] = os.environ
) -> Index:
    """The index of the corpus at `root`, made fresh first: from the cache file, or in memory when it cannot be written.

    `notice` hears the one line a user should see (a damaged index rebuilt,
    a cache that cannot be written); `progress` follows a long build;
    `environ` says where the cache is.
    """
    say = notice or (lambda message: None)
    path = cache_file(root, environ)
    journal.settle(root)
    try:
        try:
            return _open_cached(root, path, rebuild, say, progress)
        except CorpusError:
            if not (root / journal.STATE_DIR).is_dir():
                raise  # no korea writer has ever changed this corpus: the problem is in its files
            journal.wait_for_writer(root)
            return _open_cached(root, path, rebuild, say, progress)  # we may have read in the middle of a change, or just after: read it whole
    except _CacheUnusable as error:
        say(f"cannot keep an index in {path.parent} ({error}); reading the corpus files directly (set {CACHE_ENV} to a writable folder to speed this up)")
    return in_memory(root, progress)


def in_memory(root: Path, progress: Progress | None = None) -> Index:
    """An index of `root` built in memory for this process alone: the fallback, and what an index on disk must equal."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    _build(db, root, _sweep(root).stamps, progress)
    return Index(db, root, None, "built in memory")


class _CacheUnusable(Exception):
    """The cache folder or file cannot be created or written: say why, and work in memory."""


def _open_cached(root: Path, path: Path, rebuild: bool, say: Notice, progress: Progress | None) -> Index:
    if not rebuild:
        db = _connect_existing(path)
        if db is not None:
            try:
                if _sweep(root).matches(_meta(db, "stamps")):
                    return Index(db, root, path, "fresh")
            except sqlite3.DatabaseError:
                pass  # damaged: the writer below finds out and rebuilds
            db.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _writer_lock(path):
            return _refresh(root, path, rebuild, say, progress)
    except OSError as error:
        raise _CacheUnusable(error.strerror or str(error)) from None
    except sqlite3.OperationalError as error:
        if _is_write_failure(error):
            raise _CacheUnusable(str(error)) from None
        raise


def _connect_existing(path: Path) -> sqlite3.Connection | None:
    """A read connection to an index written by this version, or None to (re)build it."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.OperationalError:
        return None  # no index yet
    try:
        if _meta(db, "format") == FORMAT:
            return db
    except sqlite3.DatabaseError:
        pass
    db.close()
    return None


def _meta(db: sqlite3.Connection, key: str) -> Any:
    """A value the index keeps about itself (format, stamps, codebook, updated), or None."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _refresh(root: Path, path: Path, rebuild: bool, say: Notice, progress: Progress | None) -> Index:
    """Under the writer lock: update the index in place, or build it anew and rename it into place."""
    sweep = _sweep(root)  # again: the files may have changed while we waited for the lock
    existed = path.exists()
    if not rebuild and existed:
        db: sqlite3.Connection | None = None
        try:
            db = sqlite3.connect(path, timeout=30, isolation_level=None)
            written_by = _meta(db, "format")
            if written_by != FORMAT:
                say(f"rebuilding the index of {root} (it was written by {written_by or 'an unknown version'})")
            else:
                old = _meta(db, "stamps")
                if sweep.matches(old):
                    return Index(db, root, path, "fresh")
                changes = _changes(_stamps(old), marshal.loads(sweep.stamps))
                if changes is not None and not _still_named(db, changes):  # else a full build, which checks every essay
                    with contextlib.suppress(_NoRoom):  # no room means a rebuild, which spaces the keys out again
                        _update(db, root, changes, sweep.stamps)
                        return Index(db, root, path, f"updated {len(changes.essays)}")
        except (sqlite3.DatabaseError, _Damaged) as error:  # the file's damage only: a bug in an update is no damage, and shows
            if isinstance(error, sqlite3.OperationalError) and _is_write_failure(error):
                raise
            say(f"rebuilding the index of {root} (it was damaged)")
        if db is not None:
            db.close()
    fresh = _build_file(root, path, sweep.stamps, progress)
    return Index(fresh, root, path, "rebuilt" if existed else "built")


class _Damaged(Exception):
    """A value the index keeps about itself that cannot be read back: the file was damaged, and is built anew."""


def _stamps(value: Any) -> Any:
    """The stamps the index was written with, as `_changes` reads them; `_Damaged` when they do not unmarshal."""
    try:
        return marshal.loads(value)
    except (ValueError, EOFError, TypeError) as error:  # truncated, garbled, or not bytes at all
        raise _Damaged(str(error)) from error


def _is_write_failure(error: sqlite3.OperationalError) -> bool:
    message = str(error).lower()
    return any(word in message for word in ("readonly", "read-only", "disk is full", "unable to open", "disk i/o"))


@contextlib.contextmanager
def _writer_lock(path: Path) -> Iterator[None]:
    """One writer at a time per index, across processes; the lock goes with the process that holds it."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Unix: SQLite's own locking still keeps the file whole
        yield
        return
    with open(path.with_suffix(".lock"), "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


# -- what changed ---------------------------------------------------------------------------


_RACY = -1
"""The mtime recorded for a file changed too recently to trust its stamp."""


class _Sweep(NamedTuple):
    stamps: bytes
    """Every corpus file with its (mtime, ctime, size, inode), serialized so that equal bytes mean nothing changed.

    The ctime catches a rewrite whose old mtime was put back (`touch -d`, `cp -p`, `rsync -t`): no user can set it."""
    settled: bool
    """No file changed so recently that its stamp could hide a change."""

    def matches(self, recorded: bytes | None) -> bool:
        """Whether the index recorded exactly the files there are now, and can trust that."""
        return self.settled and recorded == self.stamps


def _sweep(root: Path) -> _Sweep:
    """Stat every corpus file: what the index must have recorded to be fresh."""
    now = time.time_ns()
    entries: list[tuple[str, int, int, int, int]] = []
    names = [CODEBOOK_FILE]
    for folder, suffixes in ((AUTHORS_DIR, (".yaml",)), (ESSAYS_DIR, (".yaml", ".txt"))):
        with contextlib.suppress(OSError):
            names += [f"{folder}/{name}" for name in os.listdir(root / folder) if name.endswith(suffixes) and not name.startswith(".")]
    base = f"{root}/"
    for name in names:
        try:
            st = os.stat(base + name)
        except OSError:
            continue
        # A file written this recently could be written again within the same timestamp: re-read it next time too.
        mtime = st.st_mtime_ns if st.st_mtime_ns < now - RACY_NS else _RACY
        entries.append((name, mtime, st.st_ctime_ns, st.st_size, st.st_ino))
    return _Sweep(marshal.dumps(tuple(entries), 2), all(entry[1] != _RACY for entry in entries))


class _Changes(NamedTuple):
    essays: set[str]
    """Ids of the essays whose files changed, came or went."""
    authors: bool
    """Whether any author's file changed, came or went (all are read again: they are few and small)."""
    authors_gone: set[str]
    """Ids of the authors whose files went: if an indexed essay still names one, only a full build gives the error loading gives."""


def _changes(old: tuple[tuple[Any, ...], ...], new: tuple[tuple[Any, ...], ...]) -> _Changes | None:
    """What changed between two sweeps; None when the codebook changed, which every essay is checked against."""
    before = {name: stamp for name, *stamp in old}
    after = {name: stamp for name, *stamp in new}
    changes = _Changes(set(), False, set())
    for name in before.keys() | after.keys():
        stamp = after.get(name)
        if stamp is not None and stamp == before.get(name) and stamp[0] != _RACY:
            continue
        folder, _, file = name.partition("/")
        if folder == AUTHORS_DIR:
            changes = changes._replace(authors=True)
            if stamp is None:
                changes.authors_gone.add(file.rpartition(".")[0])
        elif folder == ESSAYS_DIR:
            changes.essays.add(file.rpartition(".")[0])
        else:
            return None
    return changes


# -- writing ----------------------------------------------------------------------------------


def _build_file(root: Path, path: Path, stamps: bytes, progress: Progress | None) -> sqlite3.Connection:
    """Build the whole index into a temporary file beside `path`, then rename it into place."""
    import tempfile  # imports random and hashlib: only a build pays for them

    handle, temporary = tempfile.mkstemp(prefix=path.stem + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        db = sqlite3.connect(temporary, isolation_level=None)
        try:
            _build(db, root, stamps, progress)
        finally:
            db.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}-journal")  # a crashed update's journal belongs to the file being replaced
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return sqlite3.connect(path, timeout=30, isolation_level=None)


def _build(db: sqlite3.Connection, root: Path, stamps: bytes, progress: Progress | None) -> None:
    """Every row from a fresh read of the corpus; progress counts reading, then writing, each essay."""
    from korea_cli.corpus import load

    halves = (lambda done, total: progress(done, 2 * total)) if progress else None
    corpus = load(root, halves)
    db.execute("PRAGMA journal_mode = OFF")  # a new file, renamed into place only when whole
    db.execute("PRAGMA synchronous = OFF")
    db.executescript(_SCHEMA)
    db.execute("BEGIN")
    writer = _Writer(db, corpus)
    writer.write_codebook_and_authors()
    annotations: dict[str, tuple[list[Position], list[Precondition]]] = {essay_id: ([], []) for essay_id in corpus.essays}
    for position in corpus.positions:
        annotations[position.essay][0].append(position)
    for precondition in (*corpus.preconditions, *corpus.suggested):
        annotations[precondition.essay][1].append(precondition)
    count = len(corpus.essays)
    for rank, essay in enumerate(corpus.essays.values(), start=1):
        if progress:
            progress(count + rank - 1, 2 * count)
        writer.write_essay(rank * KEY_GAP, essay, annotations[essay.id])
    _set_meta(db, stamps)
    db.execute("COMMIT")


def _set_meta(db: sqlite3.Connection, stamps: bytes) -> None:
    db.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [("format", FORMAT), ("stamps", stamps), ("updated", time.strftime("%Y-%m-%dT%H:%M:%S%z"))],
    )


def _still_named(db: sqlite3.Connection, changes: _Changes) -> bool:
    """Whether an essay that is not being re-read names an author whose file went."""
    if not changes.authors_gone:
        return False
    gone, essays = sorted(changes.authors_gone), sorted(changes.essays)
    sql = f"SELECT 1 FROM essay_authors WHERE author IN ({','.join('?' * len(gone))}) AND essay NOT IN ({','.join('?' * len(essays))}) LIMIT 1"
    return db.execute(sql, (*gone, *essays)).fetchone() is not None


def _update(db: sqlite3.Connection, root: Path, changes: _Changes, stamps: bytes) -> None:
    """Re-read the changed essays (and the authors, if theirs changed) and swap their rows, all in one transaction (a reader sees before or after)."""
    from korea_cli.corpus import reread

    corpus, found = reread(root, changes.essays)
    db.execute("BEGIN IMMEDIATE")
    try:
        writer = _Writer(db, corpus)
        if changes.authors:
            db.execute("DELETE FROM authors")
            writer.write_authors()
        for entry in found:
            old_key = writer.delete_essay(entry.id)
            if entry.essay is not None:
                key = old_key if old_key is not None else _key_between(db, entry.id)
                writer.write_essay(key, entry.essay, (list(entry.positions), list(entry.preconditions)))
        _set_meta(db, stamps)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _key_between(db: sqlite3.Connection, essay_id: str) -> int:
    """A key for a new essay that sorts it among the others by id; renumbering is a rebuild's job."""
    before = db.execute("SELECT max(key) FROM essays WHERE id < ?", (essay_id,)).fetchone()[0] or 0
    after = db.execute("SELECT min(key) FROM essays WHERE id > ?", (essay_id,)).fetchone()[0]
    if after is None:
        return before + KEY_GAP
    if after - before < 2:
        raise _NoRoom  # after 20 halvings of one gap: rare, and a rebuild spaces the keys out again
    return (before + after) // 2


class _NoRoom(Exception):
    """No key is left between two essays' keys for one added between them."""


def _rowid(key: int, n: int) -> int:
    if n >= 1 << PASSAGE_BITS:
        raise CorpusError(f"essay has {n:,} passages or annotations; at most {(1 << PASSAGE_BITS) - 1:,} can be indexed")
    return (key << PASSAGE_BITS) | n


class _Writer:
    """Rows for the codebook, the authors and each essay, with their search words."""

    def __init__(self, db: sqlite3.Connection, corpus: Corpus) -> None:
        from korea_cli.text import phrases_finder

        self.db = db
        self.corpus = corpus
        self.topic_finders = {t.id: phrases_finder(t.words) for t in corpus.codebook.topics.values()}
        self.tokens: dict[str, str] = {word: f"w{i}" for word, i in db.execute("SELECT word, id FROM vocab")}

    def write_codebook_and_authors(self) -> None:
        self.db.execute("INSERT INTO meta (key, value) VALUES ('codebook', ?)", (json.dumps(_codebook_lists(self.corpus.codebook)),))
        self.write_authors()

    def write_authors(self) -> None:
        """The authors' names; their affiliations come with the essays that state them."""
        self.db.executemany(
            "INSERT INTO authors (id, name, aliases) VALUES (?, ?, ?)", [(a.id, a.name, json.dumps(a.aliases)) for a in self.corpus.authors.values()]
        )

    def delete_essay(self, essay_id: str) -> int | None:
        """Remove an essay's rows; its key, to reuse, or None if it was not indexed."""
        row = self.db.execute("SELECT key FROM essays WHERE id = ?", (essay_id,)).fetchone()
        if row is None:
            return None
        key = row[0]
        low, high = key << PASSAGE_BITS, (key + 1) << PASSAGE_BITS
        for rowid, role, words in self.db.execute("SELECT rowid, role, words FROM passages WHERE rowid >= ? AND rowid < ?", (low, high)).fetchall():
            self.db.execute("INSERT INTO postings (postings, rowid, words, kind) VALUES ('delete', ?, ?, ?)", (rowid, words, _kind(role)))
        for table in ("passages", "positions", "preconditions", "affiliations"):
            self.db.execute(f"DELETE FROM {table} WHERE rowid >= ? AND rowid < ?", (low, high))  # table names are ours, not input
        self.db.execute("DELETE FROM passage_topics WHERE passage >= ? AND passage < ?", (low, high))
        self.db.execute("DELETE FROM essay_authors WHERE essay_key = ?", (key,))
        self.db.execute("DELETE FROM essays WHERE key = ?", (key,))
        return key

    def write_essay(self, key: int, essay: Essay, annotations: tuple[list[Position], list[Precondition]]) -> None:
        from korea_cli.search import words as search_words

        positions, preconditions = annotations
        facts = {
            name: {"value": f.value, "basis": f.basis, "reason": f.reason, "evidence": f.evidence}
            for name, f in (("title", essay.title), ("publisher", essay.publisher), ("date", essay.date), ("url", essay.url))
        }
        body = sum(p.role == "body" for p in essay.passages)
        self.db.execute(
            "INSERT INTO essays (key, id, facts, passages, body_passages, status) VALUES (?, ?, ?, ?, ?, ?)",
            (key, essay.id, json.dumps(facts), len(essay.passages), body, essay.review),
        )
        self.db.executemany(
            "INSERT INTO essay_authors (essay_key, seq, essay, author) VALUES (?, ?, ?, ?)", [(key, i, essay.id, a) for i, a in enumerate(essay.authors)]
        )
        rowid_of = {p.id: _rowid(key, p.n) for p in essay.passages}
        cited: dict[str, set[str]] = {}
        for note in (*(p for p in positions if not p.suggested), *(p for p in preconditions if not p.suggested)):
            if note.topic is not None:
                cited.setdefault(note.passage, set()).add(note.topic)
        passage_rows, posting_rows, topic_rows = [], [], []
        for p in essay.passages:
            rowid = rowid_of[p.id]
            words = " ".join([self.token(word) for word in search_words(p.text)])
            passage_rows.append((rowid, p.essay, p.n, p.role, p.author, p.text, json.dumps(p.suggested_topics), words, json.dumps(p.coauthors)))
            posting_rows.append((rowid, words, _kind(p.role)))
            if p.role == "body":
                topic_rows += [(topic, rowid) for topic in self.topics_of(p, cited.get(p.id, set()))]
        self.db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", passage_rows)
        self.db.executemany("INSERT INTO postings (rowid, words, kind) VALUES (?, ?, ?)", posting_rows)
        self.db.executemany("INSERT INTO passage_topics (topic, passage) VALUES (?, ?)", topic_rows)
        self.db.executemany(
            "INSERT INTO affiliations (rowid, author, text, passage) VALUES (?, ?, ?, ?)",
            [(_rowid(key, i), a.author, a.text, a.passage) for i, a in enumerate(essay.affiliations)],
        )
        self.db.executemany(
            "INSERT INTO positions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (_rowid(key, i), p.essay, p.author, p.topic, p.stance, p.summary, p.quote, p.passage, int(p.suggested), p.series, p.ordinal)
                for i, p in enumerate(positions)
            ],
        )
        self.db.executemany(
            "INSERT INTO preconditions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (_rowid(key, i), p.essay, p.author, p.goal, p.condition, p.topic, p.held_by, p.quote, p.passage, int(p.suggested), p.series, p.ordinal)
                for i, p in enumerate(preconditions)
            ],
        )

    def topics_of(self, passage: Passage, cited: set[str]) -> list[str]:
        """The topics a body passage carries: cited by an annotation on it, or named by label or alias."""
        from korea_cli.text import fold

        folded = fold(passage.text)
        return [topic for topic, names in self.topic_finders.items() if topic in cited or names(folded)]

    def token(self, word: str) -> str:
        """The postings token of a word ('w' and its vocabulary id), added to the vocabulary if new."""
        found = self.tokens.get(word)
        if found is None:
            found = self.tokens[word] = f"w{self.db.execute('INSERT INTO vocab (word, length) VALUES (?, ?)', (word, len(word))).lastrowid}"
        return found


def _kind(role: str) -> str:
    """What the postings' `kind` column holds: plain search looks at body text only."""
    return "body" if role == "body" else "other"


def _codebook_lists(codebook: Codebook) -> dict[str, list[Any]]:
    return {
        "topics": [{"id": t.id, "label": t.label, "aliases": list(t.aliases), "description": t.description} for t in codebook.topics.values()],
        **{
            kind: [{"id": t.id, "description": t.description, "label": t.label} for t in getattr(codebook, kind).values()]
            for kind in ("stances", "goals", "holders")
        },
        "glossary": [list(forms) for forms in codebook.glossary],
    }
