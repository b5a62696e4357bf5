"""The process entry point: signals and the exit code, set up before anything heavy is imported.

A Ctrl-C while Typer, Rich or PyYAML are still loading must end the process
as quietly as one during a query, so this module imports nothing heavy, and
the CLI only inside the guard: the fast path first, Typer only when it passes.
"""

import contextlib
import os
import signal
import sys

from korea_cli.errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED  # constants and small classes only


def main():  # -> NoReturn
    """The `korea` console script and `python -m korea_cli`."""
    try:
        if hasattr(signal, "SIGPIPE"):
            # Like any Unix filter: a closed pipe (`korea who | head -1`) ends us quietly.
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        if sys.stdout is None:  # `korea who >&-`: nowhere to write, as to /dev/null
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
        code = run(sys.argv[1:])
        sys.stdout.flush()  # here, where a failure to write is ours to report, not at exit
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except RuntimeError as error:  # a Ctrl-C while a class is being built arrives wrapped ('Error calling __set_name__ …')
        if not isinstance(error.__cause__, KeyboardInterrupt):
            raise
        code = EXIT_INTERRUPTED
    except OSError as error:  # stdout on a full disk (`> /dev/full`), or a device that fails: one line, not a traceback
        code = _cannot_write(error)
    sys.exit(code)


def _cannot_write(error: OSError) -> int:
    """The output could not be written: say so on stderr (if it can be written) and exit 2; nothing is flushed again at exit."""
    with contextlib.suppress(OSError):
        sys.stderr.write(f"korea: cannot write the output ({error.strerror or error}); check where it goes\n")
        sys.stderr.flush()
    with contextlib.suppress(OSError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the failed buffer is dropped, not written again at exit
    return EXIT_BAD_INPUT


def run(argv: list[str], env=None) -> int:  # env: environment.Environment | None
    """A common query on the fast path when it understands every argument (no Typer import), else Typer."""
    from korea_cli.fastpath import answer

    code = answer(argv, env)
    if code is None:
        from korea_cli.cli import run as run_typer

        code = run_typer(argv, env)
    return code
