"""What one run of korea reads and writes besides its arguments, in one value that a caller can replace.

The process's own streams, terminal and environment variables by default; a test (or any program that
embeds korea) gives its own to `cli.run`, as httpie does with its `Environment`, and the same code paths
run without a child process. `run` makes the value current for the length of one invocation only
(a `ContextVar`, reset when the call returns), so nothing of one run steers the next.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import IO, TextIO


def _isatty(stream: IO[str] | IO[bytes]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no such method, or a closed stream
        return False


@dataclass(frozen=True)
class Environment:
    """Streams, whether they are terminals, the terminal's width, and the environment variables of one run."""

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    stdin_isatty: bool | None = None
    """None: ask the stream. A test says True to stand for a person at a keyboard."""
    stdout_isatty: bool | None = None
    stderr_isatty: bool | None = None
    columns: int | None = None
    """The terminal's width; None: as the terminal (or COLUMNS) says."""
    rebuild_index: bool = False
    """Build the index anew before answering: set when a first try found it damaged under the query."""

    def stdin_is_terminal(self) -> bool:
        return _isatty(self.stdin) if self.stdin_isatty is None else self.stdin_isatty

    def stdout_is_terminal(self) -> bool:
        return _isatty(self.stdout) if self.stdout_isatty is None else self.stdout_isatty

    def stderr_is_terminal(self) -> bool:
        return _isatty(self.stderr) if self.stderr_isatty is None else self.stderr_isatty

    def stdin_bytes(self, limit: int) -> bytes:
        """Up to `limit` bytes of standard input, as bytes whatever the stream's declared encoding."""
        buffer = getattr(self.stdin, "buffer", None)
        if buffer is not None:
            return buffer.read(limit)
        return self.stdin.read(limit).encode("utf-8", "surrogateescape")


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
