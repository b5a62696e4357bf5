"""Fixtures shared by the core and CLI tests.

Every test runs with HOME and the XDG folders in a temporary directory and
without the user's KOREA_CORPUS or colour settings, so no test reads or
writes anything of the user's.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import pty
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
from collections.abc import Iterator
from pathlib import Path

import pytest

from korea_cli.entry import run
from korea_cli.environment import Environment
from korea_cli.layout import bundled_corpus

TESTS = Path(__file__).resolve().parent
EXPECTED = TESTS / "expected"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    for name in ("KOREA_CORPUS", "NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "COLUMNS", "LINES", "TYPER_STANDARD_TRACEBACK", "EDITOR", "VISUAL", "PAGER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KOREA_PAGER", "cat")  # a screen is read whole: no pager waits for a key (tests/test_cli.py tries the pager itself)
    scratch = tmp_path_factory.mktemp("tmp")  # what korea writes to the temporary folder (an abandoned edit) stays in the test's
    monkeypatch.setenv("TMPDIR", str(scratch))  # for child processes
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # for this one, which read $TMPDIR once, long ago
    yield
    stop_watchers(home / ".cache" / "korea")


def stop_watchers(cache: Path) -> None:
    """End every watcher (`korea watch`) a test left running in its cache, whatever corpus it watches: none outlives its test."""
    from korea_cli import watch

    for socket in cache.glob(f"*{watch.SUFFIX}"):
        reply = watch._ask(socket, b"status ")  # names no corpus: the watcher answers with the one it watches
        if reply is not None and reply.startswith(b"other "):
            watch._ask(socket, b"stop " + reply[len(b"other ") :])


@pytest.fixture
def bundled() -> Path:
    path = bundled_corpus()
    assert path is not None, "the bundled corpus is missing from the installed package"
    return path


@pytest.fixture
def corpus_copy(tmp_path: Path, bundled: Path) -> Path:
    """A writable copy of the bundled corpus, for tests that break or change it."""
    return Path(shutil.copytree(bundled, tmp_path / "corpus"))


SEQUENCING = TESTS / "cases" / "sequencing"
"""An invented essay whose two authors order peace and denuclearization oppositely, for conflicts, graph and compare."""


def corpus_with_sequencing(folder: Path) -> Path:
    """The bundled corpus with tests/cases/sequencing beside it, in `folder` (made once; its index builds on first use)."""
    corpus = folder / "sequencing-corpus"
    if not corpus.exists():
        bundled = bundled_corpus()
        assert bundled is not None
        shutil.copytree(bundled, corpus)
        shutil.copytree(SEQUENCING, corpus, dirs_exist_ok=True)
    return corpus


def korea(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run korea as a shell pipeline would (stdin, stdout and stderr not terminals), in this process: `cli.run` with an
    `Environment` of its own, the code path of the program without a child process's start-up. Where the process is the
    point (signals, a closed pipe, start-up imports, the entry point), use `korea_process`."""
    out, err = io.StringIO(), io.StringIO()
    environment = Environment(
        stdin=io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8", "surrogateescape")), encoding="utf-8"),
        stdout=out,
        stderr=err,
        environ={**os.environ, **(env or {})},
        stdin_isatty=False,
        stdout_isatty=False,
        stderr_isatty=False,
    )
    with contextlib.chdir(cwd or Path.cwd()), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):  # what Typer writes itself
        code = run(list(args), environment)
    return subprocess.CompletedProcess(["korea", *args], code, out.getvalue(), err.getvalue())


def korea_on_screen(*args: str, columns: int = 100, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run korea as on a terminal `columns` wide (stdout and stderr on one screen), in this process; `korea_in_terminal` runs
    it on a real pseudo-terminal."""
    screen = io.StringIO()
    environment = Environment(
        stdin=io.StringIO(),
        stdout=screen,
        stderr=screen,
        environ={**os.environ, "TERM": "xterm-256color", **(env or {})},
        stdin_isatty=True,
        stdout_isatty=True,
        stderr_isatty=True,
        columns=columns,
    )
    with contextlib.redirect_stdout(screen), contextlib.redirect_stderr(screen):
        code = run(list(args), environment)
    return code, screen.getvalue()


def korea_process(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run the real program in a child process, piped, as a shell pipeline would."""
    environ = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "korea_cli", *args], input=stdin, capture_output=True, text=True, env=environ, cwd=cwd, timeout=60)


def korea_in_terminal(*args: str, columns: int = 100, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run the real program on a pseudo-terminal of `columns` width; return its exit code and screen text."""
    environ = {**os.environ, "TERM": "xterm-256color", **(env or {})}
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "korea_cli", *args], stdin=slave, stdout=slave, stderr=slave, env=environ)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    code = process.wait(timeout=60)
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def expected(name: str) -> str:
    return (EXPECTED / name).read_text(encoding="utf-8")
