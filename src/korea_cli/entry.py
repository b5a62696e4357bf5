"""The process entry point: signals and the exit code, set up before anything heavy is imported.

A Ctrl-C while Typer, Rich or PyYAML are still loading must end the process
as quietly as one during a query, so this module imports nothing heavy, and
the CLI only inside the guard: the fast path first, Typer only when it passes.
"""

import signal
import sys

from korea_cli.errors import EXIT_INTERRUPTED  # constants and small classes only


def main():  # -> NoReturn
    """The `korea` console script and `python -m korea_cli`."""
    try:
        if hasattr(signal, "SIGPIPE"):
            # Like any Unix filter: a closed pipe (`korea who | head -1`) ends us quietly.
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        code = run(sys.argv[1:])
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    sys.exit(code)


def run(argv: list[str], env=None) -> int:  # env: environment.Environment | None
    """A common query on the fast path when it understands every argument (no Typer import), else Typer."""
    from korea_cli.fastpath import answer

    code = answer(argv, env)
    if code is None:
        from korea_cli.cli import run as run_typer

        code = run_typer(argv, env)
    return code
