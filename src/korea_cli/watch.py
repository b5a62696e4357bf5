"""A watcher of one corpus (`korea watch`): what lets a query skip the sweep of every corpus file.

Every query stats every corpus file to know the index is fresh (`index._sweep`): 20,000 stats, some 50 ms, at 10,000
essays, more than the rest of most answers. A watcher is a background process that asks the kernel (Linux's inotify) to
tell it of every change in the corpus's three folders, and counts them. A query asks it, over a Unix socket beside the
index, for its token (the watcher's start and how many changes it has seen); when the index recorded that very token,
nothing has changed since the index was last made fresh, and no file is stat'ed. Otherwise the query sweeps as always,
and records the token it was given before it swept. This is git's fsmonitor design (core.fsmonitor), for one folder.

Why a query can trust it:
- inotify queues an event within the writer's own write, rename, unlink or chmod call, before that call returns; the
  watcher reads every queued event before it answers, so a change made before the query started is always counted (no
  cookie file is needed, as it is with a monitor whose events come late, such as macOS's FSEvents);
- the token is taken before the sweep: a change during the sweep or after it changes the token, and the next call sweeps;
- each corpus file is watched on its inode too, so a write through another hard link, made before or after the watcher
  started, is counted; whatever the watcher cannot see makes it answer "sweep" instead of a token: a corpus file that is a
  symbolic link (what it points to can be replaced where no watch hears it), a file the kernel would give no more watches
  for (fs.inotify.max_user_watches), a queue that overflowed (counted as a change);
- a folder replaced or moved is watched anew, and counted; the corpus folder gone ends the watcher, and so does its socket
  gone (the cache deleted) or taken over (by a watcher started while this one did not answer);
- a corpus on a network or FUSE file system, whose changes made elsewhere raise no event, is refused at the start;
- no watcher, a dead one, or one that does not answer within a second: the query sweeps.

The client (`token`) is what every query imports: the C socket module alone. The watcher itself (`serve`) runs as
`python -m korea_cli.watch ROOT SOCKET`, started by `start`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from korea_cli.errors import KoreaError, UsageError
from korea_cli.layout import AUTHORS_DIR, CODEBOOK_FILE, ESSAYS_DIR

SUFFIX = ".watch"
ANSWER_SECONDS = 1.0
"""How long a query waits for a watcher's answer before it sweeps instead."""
OWNER_SECONDS = 2
"""How often an idle watcher makes sure the socket is still its own: it ends when the cache folder is deleted, or when a
watcher started while it did not answer (stopped, or too busy) took the socket over."""
SOCKET_PATH_MAX = 107
"""The longest path a Unix socket can be bound to on Linux (108 bytes with the final NUL)."""
FOLDERS = {"": (CODEBOOK_FILE,), AUTHORS_DIR: (".yaml",), ESSAYS_DIR: (".yaml", ".txt")}
"""The folders watched and the files in each that the sweep reads (as `index._sweep` reads them)."""
NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "lustre", "gpfs", "virtiofs", "vboxsf", "ncpfs", "coda"}


class WatchError(KoreaError):
    """A watcher that cannot be started or reached as asked."""


def socket_path(index_path: Path) -> Path:
    """Where the watcher of the corpus whose index is at `index_path` answers: beside the index."""
    return index_path.with_suffix(SUFFIX)


# -- the client: what a query pays --------------------------------------------------------------


def token(index_path: Path, root: str) -> bytes | None:
    """The watcher's token for the corpus at `root` (resolved), or None: no watcher, or one that says to sweep."""
    reply = _ask(socket_path(index_path), b"token " + os.fsencode(root))
    if reply is None or not reply.startswith(b"token "):
        return None
    return reply[len(b"token ") :]


def _ask(path: Path, request: bytes) -> bytes | None:
    """One request, one line of answer; None when no watcher answers (none started, a stale socket, a hung one)."""
    import _socket  # the C module alone: `socket` imports enum, selectors and more

    try:
        connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    except (OSError, AttributeError):  # no Unix sockets here
        return None
    try:
        connection.settimeout(ANSWER_SECONDS)
        connection.connect(os.fspath(path))
        connection.sendall(request + b"\n")
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = connection.recv(4096)
            if not chunk:
                return None
            reply += chunk
        return reply[:-1]
    except OSError:
        return None
    finally:
        connection.close()


# -- starting, stopping, asking -----------------------------------------------------------------


def status(index_path: Path, root: str) -> dict[str, Any]:
    """What `korea watch --status` shows: whether a watcher answers for this corpus, and what it has seen."""
    import json

    reply = _ask(socket_path(index_path), b"status " + os.fsencode(root))
    state: dict[str, Any] = {"corpus": root, "watching": False, "pid": None, "since": None, "events": None, "sweeping": None}
    if reply is not None and reply.startswith(b"status "):
        state.update(json.loads(reply[len(b"status ") :]), watching=True)
    return state


def start(index_path: Path, root: str) -> dict[str, Any]:
    """Start a watcher in the background (unless one answers already) and return its status once it answers."""
    import subprocess
    import sys
    import time

    if not Path(root).is_dir():
        raise UsageError(f"no corpus folder at {root}")
    problem = unwatchable(root)
    if problem:
        raise WatchError(problem)
    path = socket_path(index_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WatchError(f"cannot keep the watcher's socket in {path.parent} ({error.strerror or error}); set XDG_CACHE_HOME to a writable folder") from None
    if len(os.fsencode(path)) > SOCKET_PATH_MAX:
        raise WatchError(
            f"the index's folder {path.parent} is too long a path for a socket ({len(os.fsencode(path))} bytes of {SOCKET_PATH_MAX}); set XDG_CACHE_HOME to a shorter one"
        )
    state = status(index_path, root)
    if state["watching"]:
        return {**state, "started": False}
    process = subprocess.Popen(
        [sys.executable, "-m", "korea_cli.watch", root, os.fspath(path)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # not ended by the terminal's Ctrl-C or hang-up
        close_fds=True,
        cwd="/",  # holds no folder of the user's open (the paths it is given are absolute)
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        state = status(index_path, root)
        if state["watching"]:
            assert process.stderr is not None
            process.stderr.close()
            return {**state, "started": True}
        if process.poll() is not None:
            assert process.stderr is not None
            why = process.stderr.read().decode(errors="replace").strip().splitlines()
            raise WatchError(f"the watcher could not start: {why[-1] if why else f'it exited with {process.returncode}'}")
        time.sleep(0.02)
    process.kill()
    raise WatchError("the watcher did not answer within 10 seconds; queries go on sweeping the corpus")


def stop(index_path: Path, root: str) -> dict[str, Any]:
    """Ask the corpus's watcher to end, and wait until it has; the status it had (watching False when there was none)."""
    import time

    state = status(index_path, root)
    if not state["watching"]:
        return state
    _ask(socket_path(index_path), b"stop " + os.fsencode(root))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and socket_path(index_path).exists():
        time.sleep(0.01)
    return state


def unwatchable(root: str, mountinfo: str = "/proc/self/mountinfo") -> str | None:
    """Why no watcher can be trusted with the corpus at `root` (None when one can): not Linux, or a file system whose changes
    made elsewhere raise no event."""
    try:
        _inotify()
    except (OSError, AttributeError):
        return "watching needs Linux's inotify, which this system does not have; queries go on sweeping the corpus"
    kind = file_system(root, mountinfo)
    if kind is not None and (kind in NETWORK_FILE_SYSTEMS or kind.startswith("fuse")):
        return f"{root} is on a {kind} file system, whose changes made elsewhere raise no event; queries go on sweeping the corpus"
    return None


def file_system(path: str, mountinfo: str = "/proc/self/mountinfo") -> str | None:
    """The type of the file system `path` is on (`ext4`, `nfs4`, `fuse.sshfs`), from the mount table; None if unknown."""
    best, kind = "", None
    try:
        with open(mountinfo, encoding="utf-8", errors="replace") as mounts:
            for line in mounts:
                fields, _, rest = line.partition(" - ")
                mount_point = fields.split()[4].replace("\\040", " ")
                inside = path == mount_point or path.startswith(mount_point.rstrip("/") + "/")
                if inside and len(mount_point) >= len(best):
                    best, kind = mount_point, rest.split()[0]
    except (OSError, IndexError):
        return None
    return kind


# -- the watcher ---------------------------------------------------------------------------------

IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE = 0x2, 0x4, 0x8
IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE = 0x40, 0x80, 0x100, 0x200
IN_DELETE_SELF, IN_MOVE_SELF = 0x400, 0x800
IN_UNMOUNT, IN_Q_OVERFLOW, IN_IGNORED = 0x2000, 0x4000, 0x8000
IN_ONLYDIR, IN_NONBLOCK, IN_CLOEXEC = 0x01000000, 0o4000, 0o2000000
EVENTS = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF
FILE_EVENTS = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE
"""On a file's own inode: written or touched, or linked or unlinked (its link count is an attribute), under any name."""
GONE = IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_IGNORED
"""The watched folder itself went (removed, moved, unmounted): watch what is at its path now."""


def _folder_of(key: str) -> str:
    """The watched folder of a corpus file's key ('essays/x.txt' → 'essays', 'codebook.yaml' → '')."""
    folder, slash, _ = key.partition("/")
    return folder if slash else ""


def _inotify() -> Any:
    """libc's inotify calls, through ctypes (AttributeError where libc has none)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.inotify_init1.argtypes = [ctypes.c_int]
    libc.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
    libc.inotify_rm_watch.argtypes = [ctypes.c_int, ctypes.c_int]
    return libc


class _Watcher:
    """The corpus's folders and each of its files under inotify, the count of changes seen, and what would make a token
    untrustworthy.

    A folder's watch hears of files made, removed, renamed, written or touched under their names in it; each file's own
    watch, on its inode, hears of a write or a new link through any other name too (a hard link made from elsewhere)."""

    def __init__(self, root: str) -> None:
        import ctypes
        import time

        self.root = root
        self.libc = _inotify()
        self.fd = self.libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), f"inotify_init1: {os.strerror(ctypes.get_errno())}")
        self.start = f"{os.getpid()}.{time.time_ns()}"
        self.since = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        self.events = 0
        self.folders: dict[int, str] = {}
        """Watch descriptor → the folder it watches ('' for the corpus folder itself)."""
        self.files: dict[str, int] = {}
        """Corpus file ('essays/x.txt', 'codebook.yaml') → the watch on its inode (two hard links in the corpus share one)."""
        self.untrusted: dict[str, str] = {}
        """Corpus file → why a change to it could go unseen (a symbolic link, a watch the kernel would not give)."""
        self.ended = False
        for folder in FOLDERS:
            self._watch(folder)
        if "" not in self.folders.values():
            raise OSError(f"cannot watch {root}")

    def _watch(self, folder: str) -> None:
        """Watch `folder` as it is now (again, after it was replaced), and each of its corpus files."""
        for descriptor, watched in list(self.folders.items()):
            if watched == folder:
                self.libc.inotify_rm_watch(self.fd, descriptor)
                del self.folders[descriptor]
        for key in [key for key in self.files if _folder_of(key) == folder]:
            self._unwatch_file(key)
        self.untrusted = {key: why for key, why in self.untrusted.items() if _folder_of(key) != folder}
        path = os.path.join(self.root, folder) if folder else self.root
        descriptor = self.libc.inotify_add_watch(self.fd, os.fsencode(path), EVENTS | IN_ONLYDIR)
        if descriptor < 0:
            return  # not there (yet): the corpus folder's own events say when it comes
        self.folders[descriptor] = folder
        try:
            names = os.listdir(path)
        except OSError:
            return
        for name in names:
            self._watch_file(folder, name)

    def _watch_file(self, folder: str, name: str) -> None:
        """Watch one corpus file's inode (again: a new file, or a new file under an old name), or note why it cannot be."""
        import ctypes
        import errno

        if not name.endswith(FOLDERS[folder]) or name.startswith("."):
            return
        key = f"{folder}/{name}" if folder else name
        self._unwatch_file(key)
        self.untrusted.pop(key, None)
        path = os.path.join(self.root, folder, name)
        try:
            if os.path.islink(path):
                self.untrusted[key] = f"{key} is a symbolic link"  # what it points to can be replaced where no watch hears it
                return
        except OSError:
            return
        descriptor = self.libc.inotify_add_watch(self.fd, os.fsencode(path), FILE_EVENTS)
        if descriptor >= 0:
            self.files[key] = descriptor
        elif ctypes.get_errno() == errno.ENOSPC:
            self.untrusted[key] = f"the kernel allows no more watches than fs.inotify.max_user_watches, and {key} needs one"

    def _unwatch_file(self, key: str) -> None:
        descriptor = self.files.pop(key, None)
        if descriptor is not None and descriptor not in self.files.values():
            self.libc.inotify_rm_watch(self.fd, descriptor)

    def read_events(self) -> None:
        """Read every event queued so far (the queue is non-blocking) and count the ones that matter to the sweep."""
        import struct

        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return
            offset = 0
            while offset < len(data):
                descriptor, mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                name = os.fsdecode(data[offset + 16 : offset + 16 + length].rstrip(b"\0"))
                offset += 16 + length
                self._event(descriptor, mask, name)

    def _event(self, descriptor: int, mask: int, name: str) -> None:
        if mask & IN_Q_OVERFLOW:
            self.events += 1  # events were lost: the next query sweeps
            return
        folder = self.folders.get(descriptor)
        if folder is None:
            if descriptor in self.files.values() and not mask & IN_IGNORED:
                self.events += 1  # a corpus file written, touched or linked, under any of its names
            return  # or a watch already replaced
        if mask & GONE:
            if folder == "":
                self.ended = True  # the corpus folder itself went: nothing left to watch
            else:
                self._watch(folder)
            self.events += 1
            return
        if folder == "" and name in (AUTHORS_DIR, ESSAYS_DIR):
            self._watch(name)  # the folder was created, removed, or replaced by a rename
            self.events += 1
        elif name.endswith(FOLDERS[folder]) and not name.startswith("."):
            key = f"{folder}/{name}" if folder else name
            if mask & (IN_DELETE | IN_MOVED_FROM):
                self._unwatch_file(key)
                self.untrusted.pop(key, None)
            elif mask & (IN_CREATE | IN_MOVED_TO):
                self._watch_file(folder, name)  # a new file, or another file put in its place
            self.events += 1

    def answer(self, request: bytes) -> tuple[bytes, bool]:
        """The reply to one request, and whether to stop after it."""
        import json

        verb, _, root = request.partition(b" ")
        self.read_events()
        if os.fsdecode(root) != self.root:
            return b"other " + os.fsencode(self.root), False
        if verb == b"token":
            if self.untrusted:
                return b"sweep " + next(iter(self.untrusted.values())).encode(), False
            return f"token {self.start}.{self.events}".encode(), False
        if verb == b"status":
            state = {"pid": os.getpid(), "since": self.since, "events": self.events, "sweeping": next(iter(self.untrusted.values()), None)}
            return b"status " + json.dumps(state).encode(), False
        if verb == b"stop":
            return b"stopping", True
        return b"unknown request", False


def serve(root: str, path: str) -> int:
    """Watch `root` and answer on the socket at `path` until asked to stop, the corpus folder goes, or another watcher
    takes the socket."""
    import contextlib
    import select
    import signal
    import socket
    import sys

    watcher = _Watcher(root)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    temporary = f"{path}.{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temporary)
    listener.bind(temporary)
    os.replace(temporary, path)  # a stale socket of a dead watcher is replaced whole
    listener.listen(16)
    mine = os.stat(path).st_ino
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # out of select at once; the socket goes in `finally`
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        while not watcher.ended:
            ready, _, _ = select.select([watcher.fd, listener], [], [], OWNER_SECONDS)
            if watcher.fd in ready:
                watcher.read_events()
            if listener in ready:
                connection, _ = listener.accept()
                with connection:
                    connection.settimeout(ANSWER_SECONDS)
                    try:
                        request = b""
                        while not request.endswith(b"\n"):
                            chunk = connection.recv(4096)
                            if not chunk:
                                break
                            request += chunk
                        reply, ending = watcher.answer(request.rstrip(b"\n"))
                        connection.sendall(reply + b"\n")
                    except OSError:
                        continue  # a client that went away
                    if ending:
                        break
            try:  # still the socket's owner? Not when the cache was deleted, or another watcher took the socket over
                if os.stat(path).st_ino != mine:
                    break
            except OSError:
                break
    finally:
        try:
            if os.stat(path).st_ino == mine:
                os.unlink(path)
        except OSError:
            pass
        listener.close()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(serve(sys.argv[1], sys.argv[2]))
