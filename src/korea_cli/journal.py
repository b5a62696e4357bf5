"""Changes to a corpus folder that land whole or not at all, whatever kills the writer.

A change is a set of files to write (relative path -> bytes) or delete
(-> None). The caller prepares and validates it under the lock (the same
code as `korea check`, run on the corpus as the change would leave it);
then:

1. a manifest naming every file is written to `.korea/pending.<id>/`, then
   each new file's content beside its target, as a hidden temporary file
   (`essays/.korea-<id>-<n>`), all flushed to disk: nothing is visible yet,
   and a crash here leaves only what the manifest names, which the next
   command removes once no writer holds the lock;
2. the folder is renamed to `.korea/commit`: one atomic rename is the
   moment the change happens;
3. each temporary file is renamed over its target (a rename within one
   folder: it cannot fail for want of space, permission or device, which
   step 1 would have met), deletions are unlinked, in the manifest's
   order; then the manifest goes.

A process killed during step 3 leaves `.korea/commit`, and the next process
to open the corpus (any command: `settle`) finishes it, under the same lock,
before it reads anything; a reader never answers from half a change. Step 3
is idempotent: a file already moved is not moved again. SIGINT and SIGTERM
are held off from the commit rename to the end, so Ctrl-C cannot cut a
change in two; SIGKILL can, and is what recovery is for. Readers skip
hidden files, so a temporary file is never taken for an essay.

Writers take turns on `.korea/lock`, so two `korea add` at once never lose
each other's work.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import signal
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from korea_cli.errors import CorpusError

STATE_DIR = ".korea"
"""A corpus's private folder: the lock and the journal. Never part of the corpus, never read as it."""
LOCK_NAME = "lock"
COMMIT_NAME = "commit"
PENDING_PREFIX = "pending."
MANIFEST = "manifest.json"

Changes = Mapping[str, bytes | None]
"""Relative path (with '/') -> the new content, or None to delete the file."""


def commit(root: Path, prepare: Callable[[], Changes]) -> Changes:
    """Make the change `prepare()` returns to the corpus at `root`: all of it, or (killed before the commit point) none of it.

    `prepare` runs under the lock, once any interrupted change is settled, so
    it sees the corpus as it is and no other writer can change it before the
    commit; it validates the change (the same code as `korea check`) and
    raises to refuse, with nothing written. Returns the change made.
    """
    with lock(root):
        _recover(root)
        changes = prepare()
        for relative in changes:
            _check_relative(relative)
        state = root / STATE_DIR
        pending = state / f"{PENDING_PREFIX}{os.urandom(6).hex()}"
        try:
            _stage(root, pending, changes)
        except BaseException as error:
            _discard(root, pending)  # not yet committed: as if never begun
            if isinstance(error, OSError):
                raise CorpusError(f"cannot write to the corpus {root}: {error.strerror or error}; nothing was changed") from None
            raise
        with _signals_held():
            os.rename(pending, state / COMMIT_NAME)  # the change happens here
            _fsync_dir(state)
            _finish(root)
    return changes


def settle(root: Path, pending_too: bool = False) -> bool:
    """Finish a change a killed writer left committed, and remove what uncommitted ones left; True if there was any.

    Cheap when there is nothing to do (one directory listing), so every
    command calls it before reading: a reader never sees half a change.
    What an uncommitted change left is invisible to readers, so a reader
    removes it only when no writer holds the lock (it may be that writer's
    work in progress); with `pending_too` (`korea check`) it waits for the
    lock. A corpus that cannot be written (read-only) is left alone: no
    writer can have left anything there.
    """
    state = root / STATE_DIR
    try:
        names = os.listdir(state)
    except OSError:
        return False
    pending = any(name.startswith(PENDING_PREFIX) for name in names)
    if not (COMMIT_NAME in names or pending) or not os.access(state, os.W_OK):
        return False
    try:
        with lock(root, wait=COMMIT_NAME in names or pending_too):
            return _recover(root)
    except _Busy:
        return False


def wait_for_writer(root: Path) -> None:
    """Wait until no writer is at work on the corpus, and settle what one may have left.

    For a reader that found the corpus inconsistent: it may have read in the
    middle of a change, or just after one, and should read again once it is whole.
    """
    try:
        handle = open(root / STATE_DIR / LOCK_NAME, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_SH)  # granted once no writer holds the lock
        fcntl.flock(handle, fcntl.LOCK_UN)
    settle(root)


def leftovers(root: Path) -> list[str]:
    """What an interrupted change left in the journal (for `korea check` to name when it cannot settle it)."""
    try:
        return sorted(name for name in os.listdir(root / STATE_DIR) if name == COMMIT_NAME or name.startswith(PENDING_PREFIX))
    except OSError:
        return []


class _Busy(Exception):
    """Another process holds the lock, and we were not to wait for it."""


@contextlib.contextmanager
def lock(root: Path, wait: bool = True) -> Iterator[None]:
    """One writer at a time on a corpus, across processes; the lock dies with the process that holds it."""
    state = root / STATE_DIR
    try:
        state.mkdir(exist_ok=True)
        handle = open(state / LOCK_NAME, "a")  # noqa: SIM115 - held for the whole block
    except OSError as error:
        if state.exists() and not state.is_dir():
            raise CorpusError(f"cannot write to the corpus {root}: {state} is not a folder; move it away") from None
        raise CorpusError(f"cannot write to the corpus {root}: {error.strerror or error}; check its permissions") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _Busy from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _check_relative(relative: str) -> None:
    """A change names files inside the corpus, never the journal or anything outside."""
    if not isinstance(relative, str):
        raise ValueError(f"not a corpus file: {relative!r}")
    parts = relative.split("/")
    if not relative or relative.startswith("/") or any(part in ("", ".", "..") for part in parts) or parts[0] == STATE_DIR:
        raise ValueError(f"not a corpus file: {relative!r}")


def _stage(root: Path, pending: Path, changes: Changes) -> None:
    """The manifest, then every new file's content beside its target: on disk before anything is visible."""
    pending.mkdir()
    token = pending.name[len(PENDING_PREFIX) :]
    entries = []
    for number, (relative, data) in enumerate(changes.items()):
        folder, _, _ = relative.rpartition("/")
        temporary = f"{folder}/.korea-{token}-{number}" if folder else f".korea-{token}-{number}"
        entries.append({"path": relative, "data": None if data is None else temporary})
    _write_durably(pending / MANIFEST, json.dumps(entries).encode("utf-8"))
    _fsync_dir(pending)
    for entry, data in zip(entries, changes.values(), strict=True):
        if data is not None:
            target = root / entry["data"]
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_durably(target, data)
    for folder in {(root / entry["path"]).parent for entry in entries}:
        _fsync_dir(folder)


def _write_durably(path: Path, data: bytes) -> None:
    with open(path, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def _manifest(folder: Path) -> list[dict[str, Any]] | None:
    """A journal folder's manifest; None when it was never written whole (then no temporary file exists either).

    Every path in it is checked to name a file inside the corpus, and every temporary file to stand beside its
    target under the name `_stage` gives it: a manifest written by anything else is refused, never followed.
    """
    try:
        with open(folder / MANIFEST, encoding="utf-8") as stream:
            entries = json.load(stream)
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        if folder.name == COMMIT_NAME:
            raise CorpusError(f"the journal {folder} cannot be read; remove it (the change it held is lost)") from None
        return None  # an uncommitted change cut off while its manifest was written: no temporary file exists yet
    token = folder.name[len(PENDING_PREFIX) :] if folder.name.startswith(PENDING_PREFIX) else None
    try:
        for number, entry in enumerate(entries):
            path, data = entry["path"], entry["data"]
            _check_relative(path)
            parent = path.rpartition("/")[0]
            expected = re.compile(rf"{re.escape(parent + '/' if parent else '')}\.korea-{re.escape(token) if token else '[0-9a-f]+'}-{number}")
            if data is not None and not (isinstance(data, str) and expected.fullmatch(data)):
                raise ValueError(data)
    except (TypeError, KeyError, ValueError):
        raise CorpusError(f"the journal {folder / MANIFEST} is not one korea wrote; remove {folder}") from None
    return entries


def _apply(root: Path, committed: Path) -> None:
    """Move a committed change into place; safe to run again on a change that was half applied."""
    import shutil

    entries = _manifest(committed)
    if entries is not None:
        for entry in entries:
            target = root / entry["path"]
            if entry["data"] is None:
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
                continue
            with contextlib.suppress(FileNotFoundError):  # gone: moved by an earlier, interrupted run
                os.replace(root / entry["data"], target)
        for folder in {(root / entry["path"]).parent for entry in entries}:
            _fsync_dir(folder)
        (committed / MANIFEST).unlink()  # from here on, the change is wholly in place
    shutil.rmtree(committed, ignore_errors=True)


def _discard(root: Path, pending: Path) -> None:
    """Remove an uncommitted change: the temporary files its manifest names, then the manifest."""
    import shutil

    if not pending.is_dir():
        with contextlib.suppress(OSError):
            pending.unlink()
        return
    for entry in _manifest(pending) or []:
        if entry["data"] is not None:
            with contextlib.suppress(OSError):
                (root / entry["data"]).unlink()
    shutil.rmtree(pending, ignore_errors=True)


def _recover(root: Path) -> bool:
    """Under the lock: finish the committed change, drop uncommitted ones; True if anything was there."""
    state = root / STATE_DIR
    try:
        names = os.listdir(state)
    except FileNotFoundError:
        return False
    found = False
    for name in names:
        if name.startswith(PENDING_PREFIX):
            _discard(root, state / name)
            found = True
    if COMMIT_NAME in names:
        with _signals_held():
            _finish(root)
        found = True
    return found


def _finish(root: Path) -> None:
    """Apply the committed change; one that cannot be applied now stays committed, for the next process to finish."""
    if not (root / STATE_DIR / COMMIT_NAME).is_dir():
        raise CorpusError(f"{root / STATE_DIR / COMMIT_NAME} is not a journal korea wrote (it is not a folder); remove it")
    try:
        _apply(root, root / STATE_DIR / COMMIT_NAME)
    except OSError as error:
        raise CorpusError(
            f"a change to the corpus {root} is recorded but cannot be put in place ({error.strerror or error}); fix that and run `korea check` to finish it"
        ) from None


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block is done, then take effect: a change is never cut in two by them."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):  # pragma: no cover - not on this platform, or not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (a no-op where directories cannot be opened)."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError as error:  # pragma: no cover - some file systems refuse fsync on a directory
        if error.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(descriptor)
