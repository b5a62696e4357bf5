"""What one run of korea reads and writes besides its arguments, in one value that a caller can replace.

The process's own streams, terminal and environment variables by default; a test (or any program that
embeds korea) gives its own to `entry.run`, as httpie does with its `Environment`, and the same code
paths run without a child process. `commands.answer` makes the value current for the length of one
invocation only (a `ContextVar`, reset when the call returns), so nothing of one run steers the next.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import IO, BinaryIO, TextIO


def _isatty(stream: IO[str] | IO[bytes]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no such method, or a closed stream
        return False


class Environment:
    """Streams, whether they are terminals, the terminal's width, and the environment variables of one run.

    A plain class rather than a dataclass: `dataclasses` imports `inspect`, a tenth of a query's start-up."""

    __slots__ = ("columns", "environ", "rebuild_index", "stderr", "stderr_isatty", "stdin", "stdin_isatty", "stdout", "stdout_isatty")

    def __init__(
        self,
        *,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
        environ: Mapping[str, str] | None = None,
        stdin_isatty: bool | None = None,
        stdout_isatty: bool | None = None,
        stderr_isatty: bool | None = None,
        columns: int | None = None,
        rebuild_index: bool = False,
    ) -> None:
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self.environ = environ if environ is not None else os.environ
        self.stdin_isatty = stdin_isatty
        """None: ask the stream. A test says True to stand for a person at a keyboard."""
        self.stdout_isatty = stdout_isatty
        self.stderr_isatty = stderr_isatty
        self.columns = columns
        """The terminal's width; None: as the terminal (or COLUMNS) says."""
        self.rebuild_index = rebuild_index
        """Build the index anew before answering: set when a first try found it damaged under the query."""

    def replace(self, **changes: object) -> Environment:
        """A copy with `changes`."""
        return Environment(**{**{name: getattr(self, name) for name in self.__slots__}, **changes})  # type: ignore[arg-type]

    def stdin_is_terminal(self) -> bool:
        return _isatty(self.stdin) if self.stdin_isatty is None else self.stdin_isatty

    def stdout_is_terminal(self) -> bool:
        return _isatty(self.stdout) if self.stdout_isatty is None else self.stdout_isatty

    def stderr_is_terminal(self) -> bool:
        return _isatty(self.stderr) if self.stderr_isatty is None else self.stderr_isatty

    def stdin_binary(self) -> BinaryIO:
        """Standard input as bytes, whatever the stream's declared encoding (`korea add -`)."""
        return getattr(self.stdin, "buffer", None) or io.BytesIO(self.stdin.read().encode("utf-8", "surrogateescape"))

    def stdin_bytes(self, limit: int) -> bytes:
        """Up to `limit` bytes of standard input (`korea search -`)."""
        return self.stdin_binary().read(limit)


_CURRENT: ContextVar[Environment | None] = ContextVar("korea_environment", default=None)


def current() -> Environment:
    """The environment of the run in progress, or the process's own outside one."""
    return _CURRENT.get() or Environment()


@contextmanager
def running_in(env: Environment) -> Iterator[Environment]:
    """Make `env` current for one invocation; the previous one (usually none) comes back when it ends."""
    token = _CURRENT.set(env)
    try:
        yield env
    finally:
        _CURRENT.reset(token)
