"""The common queries answered without importing Typer, which costs more than the query itself.

`korea who`, `essays`, `topics`, `positions`, `preconditions` and `search` with the options they
document, given as Typer reads them (`--opt VALUE`, `--opt=VALUE`), parse here in microseconds and
call the same `commands` functions Typer would call, with the same arguments. Anything this parser
does not fully understand (help, completion, an unknown or repeated option, a joined short option
such as `-fjson`, an option's value that starts with '-', `--`, a missing or extra argument, a value
out of range) is left to Typer, which says what is wrong. `SPECS` is checked against the Typer app
by tests/test_fastpath.py, option by option, and every documented invocation is parsed both ways.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from korea_cli.render import Color, Format


class Option(NamedTuple):
    dest: str
    """The `commands` function's parameter it sets."""
    takes: str
    """flag (no value), text, count (a whole number, 0 or more), format, or color."""


class Spec(NamedTuple):
    arguments: tuple[str, ...]
    """The parameters the positional arguments set, in order."""
    required: int
    """How many of them must be given."""
    options: dict[str, Option]


_COMMON = {
    "--corpus": Option("corpus", "text"),
    "--format": Option("fmt", "format"),
    "-f": Option("fmt", "format"),
    "--no-color": Option("no_color", "flag"),
    "--color": Option("color", "color"),
    "--no-pager": Option("no_pager", "flag"),
}
_AUTHOR = {"--author": Option("author", "text"), "-a": Option("author", "text")}
_TOPIC = {"--topic": Option("topic", "text"), "-t": Option("topic", "text")}
_ESSAY = {"--essay": Option("essay", "text"), "-e": Option("essay", "text")}
_ANNOTATIONS = {
    "--series": Option("series", "text"),
    "--mentions": Option("mentions", "text"),
    "-m": Option("mentions", "text"),
    "--include-suggested": Option("include_suggested", "flag"),
    "--reviewed": Option("reviewed", "flag"),
}

SPECS: dict[str, Spec] = {
    "who": Spec(("name",), 0, {**_TOPIC, **_COMMON}),
    "essays": Spec((), 0, _COMMON),
    "topics": Spec((), 0, _COMMON),
    "positions": Spec((), 0, {**_TOPIC, **_AUTHOR, **_ESSAY, "--stance": Option("stance", "text"), "-s": Option("stance", "text"), **_ANNOTATIONS, **_COMMON}),
    "preconditions": Spec(
        (), 0, {**_AUTHOR, **_TOPIC, "--for": Option("goal", "text"), "--held-by": Option("held_by", "text"), **_ESSAY, **_ANNOTATIONS, **_COMMON}
    ),
    "search": Spec(
        ("query",),
        1,
        {
            **_AUTHOR,
            **_TOPIC,
            **_ESSAY,
            "--limit": Option("limit", "count"),
            "-n": Option("limit", "count"),
            "--context": Option("context", "count"),
            "-C": Option("context", "count"),
            "--count": Option("count", "flag"),
            "--exact": Option("exact", "flag"),
            "--explain": Option("explain", "flag"),
            "--full": Option("full", "flag"),
            "--all": Option("all_roles", "flag"),
            "--reviewed": Option("reviewed", "flag"),
            **_COMMON,
        },
    ),
}
"""Each command the fast path answers: its arguments and every option it documents (not -h/--help: Typer shows the help)."""


def parse(args: Sequence[str]) -> tuple[str, dict[str, Any]] | None:
    """The command and the arguments of its `commands` function, or None when any argument is not plainly one Typer would read
    the same way."""
    if not args or args[0] not in SPECS:
        return None
    spec = SPECS[args[0]]
    values: dict[str, Any] = {}
    positional: list[str] = []
    rest = list(args[1:])
    while rest:
        arg = rest.pop(0)
        if arg == "-" or not arg.startswith("-"):
            positional.append(arg)
            continue
        name, equals, inline = arg.partition("=")
        option = spec.options.get(name) if (name.startswith("--") or not equals) else None
        if option is None or option.dest in values:
            return None  # unknown, help, '--', '-fjson', '-f=json', or given twice: Typer's to judge
        if option.takes == "flag":
            if equals:
                return None
            values[option.dest] = True
            continue
        if not equals:
            if not rest or (rest[0].startswith("-") and rest[0] != "-"):
                return None
            inline = rest.pop(0)
        value = option_value(option.takes, inline)
        if value is None:
            return None
        values[option.dest] = value
    if not spec.required <= len(positional) <= len(spec.arguments):
        return None
    values.update(zip(spec.arguments, positional, strict=False))
    return args[0], values


def option_value(takes: str, text: str) -> Any:
    """An option's value as Typer converts it, or None when Typer should judge it."""
    if takes == "text":
        return text
    if takes == "count":
        return int(text) if text.isascii() and text.isdigit() else None
    choices = Format if takes == "format" else Color
    return next((choice for choice in choices if choice.value == text.lower()), None)


def answer(argv: Sequence[str], env: Any = None) -> int | None:
    """The exit code of a common query answered here, or None to hand the call to Typer (`cli.run`)."""
    from korea_cli.arguments import options_after_the_command
    from korea_cli.environment import Environment

    env = env or Environment()
    if env.environ.get("_KOREA_COMPLETE"):
        return None  # shell completion is Typer's
    parsed = parse(options_after_the_command(list(argv)))
    if parsed is None:
        return None
    from korea_cli import commands

    command, values = parsed
    return commands.answer(env, lambda: commands.QUERIES[command](**values))
