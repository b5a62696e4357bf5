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

This module says where the index lives and whether it is fresh, and picks
the work a call needs; `index_build` holds the schema and does the writing
(a whole build, an update); `index_search` is what search reads of it; the
bar a long build shows on a terminal is `render.progress_bar`.
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

from korea_cli import journal, watch
from korea_cli.errors import CorpusError, KoreaError
from korea_cli.index_build import FORMAT, Changes, NoRoom, build, build_file, still_named, update
from korea_cli.layout import AUTHORS_DIR, CODEBOOK_FILE, ESSAYS_DIR

if TYPE_CHECKING:
    from korea_cli.corpus import Progress

CACHE_ENV = "XDG_CACHE_HOME"
RACY_NS = 2_000_000_000
"""A file changed this recently may change again within the same timestamp: its stamp alone is not trusted, its entry also
holds a digest of its content (`_Sweep`)."""

WATCHED = "watched"
"""The meta key of the watcher's token the index was last made fresh under (`watch`); the stamps written without it clear it."""

AUTHOR_ORDER = "IFNULL((SELECT r.first FROM author_records r WHERE r.id = authors.id), 1 << 62), authors.id"
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
    build(db, root, _sweep(root).stamps, progress)
    return Index(db, root, None, "built in memory")


class _CacheUnusable(Exception):
    """The cache folder or file cannot be created or written: say why, and work in memory."""


def _open_cached(root: Path, path: Path, rebuild: bool, say: Notice, progress: Progress | None) -> Index:
    """The cached index, fresh: trusted as it is when a watcher (`korea watch`) vouches that nothing changed since it was
    made fresh, or when the sweep finds every file as recorded; else updated or built under the writer lock."""
    token = None if rebuild else watch.token(path, os.path.realpath(root))  # taken before the sweep: see `watch`
    db = None if rebuild else _connect_existing(path)
    if db is not None and token is not None and _recorded(db, WATCHED) == token:
        return Index(db, root, path, "fresh")
    sweep = _sweep(root)
    if db is not None and token is None and sweep.matches(_recorded(db, "stamps")):
        return Index(db, root, path, "fresh")
    if db is not None:
        db.close()  # the writer below makes it fresh (and rebuilds it if it is damaged), and records the token
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _writer_lock(path):
            index = _refresh(root, path, rebuild, say, progress, sweep)
            if token is not None:
                index.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (WATCHED, token))
            return index
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


def _recorded(db: sqlite3.Connection, key: str) -> Any:
    """`_meta`, or None when the file is damaged: the writer finds out, and rebuilds it."""
    try:
        return _meta(db, key)
    except sqlite3.DatabaseError:
        return None


def _meta(db: sqlite3.Connection, key: str) -> Any:
    """A value the index keeps about itself (format, stamps, codebook, updated), or None."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _refresh(root: Path, path: Path, rebuild: bool, say: Notice, progress: Progress | None, sweep: _Sweep) -> Index:
    """Under the writer lock: update the index in place, or build it anew and rename it into place.

    `sweep` was taken before the lock, and before any file is read: a file changed since (by another writer while we waited,
    or by an editor) is read as it is now and recorded with its older stamp, so the next call reads it once more; the index
    is never staler than its stamps. One sweep a call, not two: at 10,000 essays a sweep is 50-75 ms."""
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
                changes = _changes(_stamps(old), marshal.loads(sweep.stamps), root)
                if changes is not None and not still_named(db, changes):  # else a full build, which checks every essay
                    with contextlib.suppress(NoRoom):  # no room means a rebuild, which spaces the keys out again
                        update(db, root, changes, sweep.stamps)
                        return Index(db, root, path, f"updated {len(changes.essays)}")
        except (sqlite3.DatabaseError, _Damaged) as error:  # the file's damage only: a bug in an update is no damage, and shows
            if isinstance(error, sqlite3.OperationalError) and _is_write_failure(error):
                raise
            say(f"rebuilding the index of {root} (it was damaged)")
        if db is not None:
            db.close()
    fresh = build_file(root, path, sweep.stamps, progress)
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


class _Sweep(NamedTuple):
    stamps: bytes
    """Every corpus file with its (mtime, ctime, size, inode), serialized so that equal bytes mean nothing changed.

    The ctime catches a rewrite whose old mtime was put back (`touch -d`, `cp -p`, `rsync -t`): no user can set it. A file
    changed in the last `RACY_NS` could change again within the same clock tick, at the same size, and keep every stamp:
    its entry also holds a digest of its content, as git does for racily clean entries. Such a file is read once; later
    calls within the window digest it (a few KiB) rather than read it again, and the first call after the window, when its
    entry has no digest any more, reads it once more."""

    def matches(self, recorded: bytes | None) -> bool:
        """Whether the index recorded exactly the files there are now, and the content of those that were racy."""
        return recorded == self.stamps


def _sweep(root: Path) -> _Sweep:
    """Stat every corpus file: what the index must have recorded to be fresh.

    Each folder's files are stat'ed relative to the folder's descriptor, which spares the kernel the walk down the corpus's
    path for every one of 20,000 files (a fifth of the sweep at 10,000 essays)."""
    now = time.time_ns()
    entries: list[tuple[Any, ...]] = []
    for folder, suffixes in (("", (CODEBOOK_FILE,)), (AUTHORS_DIR, (".yaml",)), (ESSAYS_DIR, (".yaml", ".txt"))):
        try:
            fd = os.open(root / folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            continue
        try:
            names = [CODEBOOK_FILE] if not folder else [name for name in os.listdir(fd) if name.endswith(suffixes) and not name.startswith(".")]
            prefix = f"{folder}/" if folder else ""
            for name in names:
                try:
                    st = os.stat(name, dir_fd=fd)
                except OSError:
                    continue
                entry: tuple[Any, ...] = (prefix + name, st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)
                if st.st_mtime_ns >= now - RACY_NS or st.st_ctime_ns >= now - RACY_NS:
                    entry += (_digest(f"{root}/{prefix}{name}"),)  # written this recently: it could be written again within the same tick
                entries.append(entry)
        finally:
            os.close(fd)
    return _Sweep(marshal.dumps(tuple(entries), 2))


def _digest(path: str) -> bytes | None:
    """A digest of a file's content (None when it cannot be read: then the entry never matches one that could)."""
    import hashlib  # only a sweep that meets a racy file pays for it

    try:
        with open(path, "rb") as handle:
            return hashlib.blake2b(handle.read(), digest_size=16).digest()
    except OSError:
        return None


def _changes(old: tuple[tuple[Any, ...], ...], new: tuple[tuple[Any, ...], ...], root: Path) -> Changes | None:
    """What changed between two sweeps; None when the codebook changed, which every essay is checked against.

    A file recorded within the racy window carries a digest of its content; once the window has passed its entry has none.
    Its stamps unchanged, its content is digested again and compared: the same, it is unchanged (not read again, and a
    codebook so recorded costs no rebuild); a rewrite in the same clock tick after it was read shows in the digest."""
    before = {name: stamp for name, *stamp in old}
    after = {name: stamp for name, *stamp in new}
    changes = Changes(set(), False, set())
    for name in before.keys() | after.keys():
        stamp = after.get(name)
        if stamp is not None and stamp == before.get(name):
            continue
        was = before.get(name)
        if stamp is not None and was is not None and len(was) == len(stamp) + 1 and was[:-1] == stamp and _digest(f"{root}/{name}") == was[-1]:
            continue  # out of the racy window since it was read, and the same content
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
