"""`korea watch`: while a watcher runs, a query skips the sweep of every corpus file, and still never answers from a stale index.

Each change below is made to a watched corpus; after it, the first call must sweep (and answer as a build from the files
does, `test_index.assert_same_as_the_files`), the next must not sweep and answer alike. Changes that inotify cannot see
(a symbolic link, a second hard link) must leave every call sweeping.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import korea_cli.index as indexing
from conftest import korea
from korea_cli import watch
from korea_cli.index import cache_file, in_memory, open_index
from test_index import answers, copy_essay, settle

pytestmark = pytest.mark.skipif(watch.unwatchable("/") is not None, reason="no inotify here")


@pytest.fixture
def watched(corpus_copy: Path) -> Iterator[Path]:
    """A copy of the bundled corpus, indexed, with a watcher running; the watcher is ended after the test whatever it did."""
    open_index(corpus_copy)
    state = watch.start(cache_file(corpus_copy), str(corpus_copy.resolve()))
    yield corpus_copy
    watch.stop(cache_file(corpus_copy), str(corpus_copy.resolve()))
    ended(state["pid"])


def ended(pid: int) -> None:
    """Wait for a watcher this process started to end (and reap it); kill it if it has not within 5 s."""
    for _ in range(100):
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return
        except ChildProcessError:  # reaped already (by subprocess's own clean-up)
            return
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    pytest.fail(f"the watcher {pid} did not end when asked")


@pytest.fixture
def sweeps(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every sweep a call makes, by the corpus it sweeps."""
    made: list[Path] = []
    real = indexing._sweep

    def counted(root: Path) -> indexing._Sweep:
        made.append(root)
        return real(root)

    monkeypatch.setattr(indexing, "_sweep", counted)
    return made


def fresh_after(root: Path, sweeps: list[Path], swept: bool = True) -> None:
    """The first call after a change sweeps (or, with `swept` False, trusts the watcher); the next trusts the watcher; both
    answer as the files do."""
    sweeps.clear()
    assert answers(open_index(root)) == answers(in_memory(root))
    assert len(sweeps) == (2 if swept else 1), "the call after a change sweeps (in_memory sweeps once more)"
    sweeps.clear()
    assert answers(open_index(root)) == answers(in_memory(root))
    assert len(sweeps) == 1, "the call after it trusts the watcher (only in_memory swept)"


def rewrite_in_place(path: Path, old: str, new: str) -> None:
    """Rewrite a file at the same size, in place, and put its modification time back: no stamp but the ctime tells."""
    before = path.stat()
    data = path.read_bytes()
    assert len(old) == len(new) and old.encode() in data
    with open(path, "r+b") as handle:
        handle.seek(data.index(old.encode()))
        handle.write(new.encode())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def replace_the_essays_folder(root: Path) -> None:
    """Swap the essays folder for an edited copy by renames, as a checkout or a sync tool does."""
    shutil.copytree(root / "essays", root / "essays.new")
    yaml = root / "essays.new" / "isdp-2018-new-dawn.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("stance: observes", "stance: supports", 1), encoding="utf-8")
    (root / "essays").rename(root / "essays.old")
    (root / "essays.new").rename(root / "essays")
    rewrite_in_place(root / "essays.old" / "isdp-2018-new-dawn.yaml", "observes", "supports")  # the old folder is watched no more


CHANGES: dict[str, Callable[[Path], None]] = {
    "a same-size rewrite in place, its mtime put back": lambda root: rewrite_in_place(root / "essays" / "isdp-2018-new-dawn.yaml", "observes", "supports"),
    "an essay added": lambda root: copy_essay(root, "eai-2019-chun", "zzz-last"),
    "an essay removed": lambda root: [(root / "essays" / f"eai-2019-chun.{kind}").unlink() for kind in ("yaml", "txt")],
    "an author's file edited": lambda root: (root / "authors" / "engman-mats.yaml").write_text('id: engman-mats\nname: "Mats G. Engman"\n', encoding="utf-8"),
    "the codebook edited": lambda root: rewrite_in_place(root / "codebook.yaml", "label: Sanctions", "label: Sanctionz"),
    "an essay's times set back, as touch -d does": lambda root: settle(root / "essays" / "eai-2019-chun.yaml"),
    "the essays folder replaced by a rename": replace_the_essays_folder,
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_watched_corpus_is_swept_after_a_change_and_only_then(watched: Path, sweeps: list[Path], change: Callable[[Path], None]) -> None:
    fresh_after(watched, sweeps)  # the watcher's first token is recorded
    fresh_after(watched, sweeps, swept=False)
    change(watched)
    fresh_after(watched, sweeps)


def test_changes_in_a_row_each_make_one_sweep(watched: Path, sweeps: list[Path]) -> None:
    fresh_after(watched, sweeps)
    for number in range(3):
        copy_essay(watched, "eai-2019-chun", f"copy-{number}")
        fresh_after(watched, sweeps)


def test_a_symbolically_linked_corpus_file_keeps_every_call_sweeping(watched: Path, sweeps: list[Path]) -> None:
    """What a link points to can be replaced where no watch hears it: while one is in the corpus, every call sweeps."""
    (watched / "shared").mkdir()  # inside the corpus (a link out of it is refused), but in no folder the watcher watches
    outside = watched / "shared" / "elsewhere.yaml"
    essay = watched / "essays" / "isdp-2018-new-dawn.yaml"
    shutil.move(essay, outside)
    essay.symlink_to(outside)
    state = watch.status(cache_file(watched), str(watched.resolve()))
    assert state["sweeping"] == "essays/isdp-2018-new-dawn.yaml is a symbolic link"
    for _ in range(2):
        sweeps.clear()
        assert answers(open_index(watched)) == answers(in_memory(watched))
        assert len(sweeps) == 2
    rewrite_in_place(outside, "observes", "supports")  # under the other name: no event in the corpus's folders
    assert answers(open_index(watched)) == answers(in_memory(watched))


@pytest.mark.parametrize("made", ["before the watcher", "after the watcher"])
def test_a_write_through_another_hard_link_is_counted(corpus_copy: Path, sweeps: list[Path], tmp_path: Path, made: str) -> None:
    """Each corpus file is watched on its inode: a write under a name outside the corpus, by a link made before the watcher
    started or after (which raises no event in the corpus's folders), is counted, and the next call sweeps."""
    essay = corpus_copy / "essays" / "isdp-2018-new-dawn.yaml"
    other = tmp_path / "elsewhere.yaml"
    if made == "before the watcher":
        os.link(essay, other)
    open_index(corpus_copy)
    state = watch.start(cache_file(corpus_copy), str(corpus_copy.resolve()))
    try:
        if made == "after the watcher":
            os.link(essay, other)
        fresh_after(corpus_copy, sweeps)
        assert watch.status(cache_file(corpus_copy), str(corpus_copy.resolve()))["sweeping"] is None
        rewrite_in_place(other, "observes", "supports")
        fresh_after(corpus_copy, sweeps)
        other.unlink()
        fresh_after(corpus_copy, sweeps)
    finally:
        watch.stop(cache_file(corpus_copy), str(corpus_copy.resolve()))
        ended(state["pid"])


def test_a_watcher_ends_when_its_corpus_folder_goes(watched: Path) -> None:
    socket = watch.socket_path(cache_file(watched))
    assert socket.exists()
    shutil.rmtree(watched)
    for _ in range(200):
        if not socket.exists():
            break
        time.sleep(0.01)
    assert not socket.exists()


def test_a_dead_watchers_socket_means_sweeping_and_a_new_watcher_replaces_it(watched: Path, sweeps: list[Path]) -> None:
    index, root = cache_file(watched), str(watched.resolve())
    os.kill(watch.status(index, root)["pid"], signal.SIGKILL)
    time.sleep(0.1)
    assert watch.socket_path(index).exists()  # left behind
    copy_essay(watched, "eai-2019-chun", "zzz-last")
    fresh_after_sweeps = []
    for _ in range(2):
        sweeps.clear()
        assert answers(open_index(watched)) == answers(in_memory(watched))
        fresh_after_sweeps.append(len(sweeps))
    assert fresh_after_sweeps == [2, 2]
    assert watch.start(index, root)["started"] is True
    fresh_after(watched, sweeps)


def test_a_token_for_another_corpus_is_no_token(watched: Path, tmp_path: Path) -> None:
    assert watch.token(cache_file(watched), str(watched.resolve())) is not None
    assert watch.token(cache_file(watched), str(tmp_path)) is None


MOUNTS = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
40 27 0:50 / /mnt/team rw,relatime - nfs4 server:/export rw
41 40 0:51 / /mnt/team/local rw,relatime - ext4 /dev/vdb rw
42 27 0:52 / /home/me/remote\\040box rw - fuse.sshfs me@box: rw
"""


@pytest.mark.parametrize(
    ("path", "kind", "refused"),
    [
        ("/home/me/corpus", "ext4", False),
        ("/mnt/team/corpus", "nfs4", True),
        ("/mnt/team/local/corpus", "ext4", False),
        ("/mnt/teamwork", "ext4", False),
        ("/home/me/remote box/corpus", "fuse.sshfs", True),
    ],
)
def test_a_corpus_on_a_network_or_fuse_file_system_is_not_watched(tmp_path: Path, path: str, kind: str, refused: bool) -> None:
    mounts = tmp_path / "mountinfo"
    mounts.write_text(MOUNTS)
    assert watch.file_system(path, str(mounts)) == kind
    problem = watch.unwatchable(path, str(mounts))
    assert (problem is not None) == refused
    if refused:
        assert problem == f"{path} is on a {kind} file system, whose changes made elsewhere raise no event; queries go on sweeping the corpus"


# -- the command line --------------------------------------------------------------------------


def test_watch_starts_reports_and_stops_a_watcher(corpus_copy: Path) -> None:
    corpus = str(corpus_copy.resolve())
    absent = korea("watch", "--status", "--corpus", corpus)
    assert (absent.returncode, absent.stdout, absent.stderr) == (1, f"no watcher of {corpus} is running; 'korea watch' starts one\n", "")
    try:
        started = korea("watch", "--corpus", corpus)
        assert started.returncode == 0, started.stderr
        assert re.fullmatch(
            rf"watching {re.escape(corpus)} \(pid \d+, since \d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{{4}}\)\n"
            r"0 file events seen\n"
            r"queries ask the watcher instead of checking every file; 'korea watch --stop' ends it\n",
            started.stdout,
        ), started.stdout
        again = korea("watch", "--corpus", corpus)
        assert again.stdout.startswith(f"already watching {corpus} (pid ")
        copy_essay(corpus_copy, "eai-2019-chun", "zzz-last")
        status = json.loads(korea("watch", "--status", "--corpus", corpus, "--format", "json").stdout)
        assert (status["corpus"], status["watching"], status["events"] >= 2, status["sweeping"]) == (corpus, True, True, None)
        assert korea("who", "--corpus", corpus).returncode == 0
    finally:
        stopped = korea("watch", "--stop", "--corpus", corpus)
    assert (stopped.returncode, stopped.stdout, stopped.stderr) == (0, f"stopped watching {corpus} (pid {status['pid']})\n", "")
    assert korea("watch", "--stop", "--corpus", corpus).stdout == f"no watcher of {corpus} was running\n"
    assert not watch.socket_path(cache_file(corpus_copy)).exists()


def test_watch_refuses_both_stop_and_status(corpus_copy: Path) -> None:
    result = korea("watch", "--stop", "--status", "--corpus", str(corpus_copy))
    assert (result.returncode, result.stdout, result.stderr) == (2, "", "korea: --stop and --status ask different things; give one\n")


def test_watch_refuses_a_socket_path_too_long(corpus_copy: Path, tmp_path: Path) -> None:
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    result = korea("watch", "--corpus", str(corpus_copy), env={"XDG_CACHE_HOME": str(deep)})
    assert result.returncode == 2
    assert re.fullmatch(
        r"korea: the index's folder \S+ is too long a path for a socket \(\d+ bytes of 107\); set XDG_CACHE_HOME to a shorter one\n", result.stderr
    ), result.stderr


def test_a_watcher_ends_when_its_socket_is_deleted_with_the_cache(watched: Path) -> None:
    """Deleting the cache loses nothing: a watcher whose socket went ends, so that no watcher runs that --stop cannot reach."""
    index, root = cache_file(watched), str(watched.resolve())
    pid = watch.status(index, root)["pid"]
    shutil.rmtree(index.parent)
    ended(pid)
    assert not watch.status(index, root)["watching"]


def test_a_watcher_that_did_not_answer_ends_when_another_takes_its_socket(watched: Path) -> None:
    """A watcher stopped (SIGSTOP) or too busy to answer in time: queries sweep, `korea watch` starts another in its place,
    and the first ends as soon as it runs again, so that only one watches and --stop reaches it."""
    index, root = cache_file(watched), str(watched.resolve())
    frozen = watch.status(index, root)["pid"]
    os.kill(frozen, signal.SIGSTOP)
    try:
        assert watch.token(index, root) is None
        second = watch.start(index, root)
        assert second["started"] and second["pid"] != frozen
    finally:
        os.kill(frozen, signal.SIGCONT)
    ended(frozen)
    assert watch.status(index, root)["pid"] == second["pid"]


def test_watch_says_when_the_cache_folder_cannot_be_made(corpus_copy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    result = korea("watch", "--corpus", str(corpus_copy), env={"XDG_CACHE_HOME": str(blocker)})
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        f"korea: cannot keep the watcher's socket in {blocker}/korea (Not a directory); set XDG_CACHE_HOME to a writable folder"
    )
