"""Typer commands only: parse, call the core, hand the result to `render`.

`main` is the one place where errors become a line on stderr and an exit
code: 0 results, 1 no results, 2 bad usage or input, 130 interrupted.
"""

from __future__ import annotations

import enum
import signal
import sys
from collections.abc import Sequence
from typing import Annotated, NoReturn

import typer

from korea_cli import __version__, queries
from korea_cli.corpus import load, locate
from korea_cli.errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_NO_RESULTS, KoreaError
from korea_cli.model import Corpus
from korea_cli.render import Column, Format, Output, render_records, write_json, write_text

app = typer.Typer(
    name="korea",
    help="Query a corpus of expert essays on the Korean Peninsula: who argues what, on which conditions, in whose words.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

CorpusOption = Annotated[
    str | None,
    typer.Option("--corpus", metavar="DIR", show_default=False, help="Corpus folder. Default: $KOREA_CORPUS, then the bundled corpus."),
]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False, help="table, tsv, csv, json, jsonl or md. Default: table on a terminal, tsv in a pipe."
    ),
]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="Never colour the output (also: NO_COLOR, TERM=dumb).")]


class CheckFormat(enum.StrEnum):
    text = "text"
    json = "json"


WHO_COLUMNS = (
    Column("id", "ID", in_table=False),
    Column("name", "Author", style="bold cyan", no_wrap=True),
    Column("affiliations", "Affiliations", ratio=3, joiner="\n"),
    Column("essays", "Essays", no_wrap=True, joiner="\n"),
    Column("topics", "Topics", ratio=3),
)


def _version(value: bool) -> None:
    if value:
        print(f"korea {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Query a corpus of expert essays on the Korean Peninsula: who argues what, on which conditions, in whose words."""


def _corpus(option: str | None) -> Corpus:
    return load(locate(option))


@app.command()
def who(corpus: CorpusOption = None, fmt: FormatOption = None, no_color: NoColorOption = False) -> None:
    """List the authors: affiliations as stated, essays, topics argued.

    Example: korea who --format json | jq -r '.[].name'
    """
    out = Output.detect(no_color)
    records = queries.who(_corpus(corpus))
    if not records:
        raise typer.Exit(EXIT_NO_RESULTS)
    render_records(records, WHO_COLUMNS, out.format(fmt), out)


@app.command()
def check(
    corpus: CorpusOption = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", case_sensitive=False, help="text (a report) or json (for tools).")] = CheckFormat.text,
) -> None:
    """Validate the corpus: schema, references, verbatim quotes.

    Checks every id, every reference, and that every quote stands word for
    word in its passage and every body paragraph has its author.

    Exits 0 when clean, 2 with the problems listed.
    Example: korea check --corpus ./my-corpus
    """
    out = Output.detect()
    report = queries.check(locate(corpus))
    if fmt is CheckFormat.json:
        write_json(report, out)
    else:
        write_text(_check_text(report), out)
    if not report["ok"]:
        raise typer.Exit(EXIT_BAD_INPUT)


def _check_text(report: dict) -> str:
    if not report["ok"]:
        lines = [problem["text"] for problem in report["problems"]]
        count = len(lines)
        lines.append(f"{count} problem{'s' * (count != 1)} in {report['corpus']}")
        return "\n".join(lines)
    c = report["counts"]
    return (
        f"ok: {report['corpus']}\n"
        f"{c['essays']} essays, {c['authors']} authors, {c['topics']} topics, "
        f"{c['passages']} passages ({c['body_passages']} body, each attributed)\n"
        f"{c['positions']} positions and {c['preconditions']} preconditions, "
        f"every quote verbatim in its passage"
    )


def run(argv: Sequence[str] | None = None) -> int:
    """Run the app on `argv` and return the exit code; every expected failure becomes one line on stderr."""
    try:
        result = app(args=list(argv) if argv is not None else None, prog_name="korea", standalone_mode=False)
    except KoreaError as error:
        _fail(str(error))
        return error.exit_code
    except typer.TyperException as error:
        return _usage_error(error)
    except (typer.Abort, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else 0


def _usage_error(error: typer.TyperException) -> int:
    """Bad flags and arguments: one line naming the problem and where the help is."""
    ctx = getattr(error, "ctx", None)
    if type(error).__name__ == "NoArgsIsHelpError" and ctx is not None:
        # A bare `korea` (or a group without its command) shows the help, as users expect.
        print(ctx.get_help())
        return EXIT_BAD_INPUT
    message = " ".join(error.format_message().split()).replace("Value error, ", "")
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    _fail(f"{message}{hint}")
    return EXIT_BAD_INPUT


def _fail(message: str) -> None:
    print(f"korea: {message}", file=sys.stderr)


def main() -> NoReturn:
    """The `korea` console script."""
    if hasattr(signal, "SIGPIPE"):
        # Like any Unix filter: a closed pipe (`korea who | head -1`) ends us quietly.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        code = run()
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    sys.exit(code)
