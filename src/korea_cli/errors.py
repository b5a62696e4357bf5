"""Small domain errors whose messages are written for users.

The core raises these; the CLI turns each into one line on stderr and the
exit code it carries, so no user-caused failure ever shows a traceback.
"""

from __future__ import annotations

EXIT_NO_RESULTS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


class KoreaError(Exception):
    """A failure the user can fix; `str()` is the whole message."""

    exit_code = EXIT_BAD_INPUT


class CorpusError(KoreaError):
    """The corpus cannot be found or read, or does not validate.

    `file` and `line` say where, when a file is to blame; `check` lists these
    as its problems, and queries stop at the first.
    """

    def __init__(self, message: str, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = self.file or ""
        if where and self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message


class UsageError(KoreaError):
    """An argument or option the user gave cannot be honoured."""
