"""The command line's own conventions, applied to the arguments before any parser reads them.

Options every command takes may come before the command (`korea --corpus X who`, `korea -f json
who`); a search may exclude a word with an argument of its own after the query (`korea search
'peace' -withdrawal`). Both Typer (`cli`) and the fast path (`fastpath`) read the arguments as
these functions leave them.
"""

from __future__ import annotations

import re

from korea_cli import names
from korea_cli.commands import corpus_index
from korea_cli.errors import KoreaError, UsageError
from korea_cli.fastpath import SPECS, option_value

_GLOBAL_WITH_VALUE = ("--corpus", "--format", "-f", "--color")
_GLOBAL_FLAGS = ("--no-color", "--no-pager")


def options_after_the_command(args: list[str]) -> list[str]:
    """`korea --corpus X who`, `korea -f json who`, `korea --no-color who`: options every command takes, given before it, moved
    after it (before any `--`), where Typer reads them. Anything else before the command stays where it is, for Typer to judge."""
    moved: list[str] = []
    rest = list(args)
    while rest and rest[0].startswith("-") and rest[0] not in ("--", "-"):
        head = rest[0]
        name = head.split("=", 1)[0]
        if (name in _GLOBAL_WITH_VALUE and "=" in head) or (head.startswith("-f") and not head.startswith("--") and len(head) > 2):
            moved.append(rest.pop(0))  # --corpus=X, -fjson
        elif name in _GLOBAL_WITH_VALUE and len(rest) >= 2:
            moved += [rest.pop(0), rest.pop(0)]
        elif name in _GLOBAL_FLAGS:
            moved.append(rest.pop(0))
        else:
            break
    if not moved or not rest:
        return args
    end = rest.index("--") if "--" in rest else len(rest)
    return [*rest[:end], *moved, *rest[end:]]


_SEARCH_OPTIONS = SPECS["search"].options
"""Search's options, from the fast path's table (which tests/test_fastpath.py holds to the Typer app's)."""
_SEARCH_VALUES = {name for name, option in _SEARCH_OPTIONS.items() if option.takes != "flag"}
_SEARCH_SHORT = {
    **{
        name[1]: next(long for long, same in _SEARCH_OPTIONS.items() if long.startswith("--") and same == option)
        for name, option in _SEARCH_OPTIONS.items()
        if len(name) == 2
    },
    "h": "--help",
}
"""Search's one-letter options: an argument that starts with one ('-fjson', '-n10', '-aswanstrom') is that option, never an exclusion."""
_EXCLUSION = re.compile(r"-(?:[^\W\d_][\w'’.-]{2,}|\".*\")")
"""'-armistice', '-"peace treaty"': a word or phrase to exclude, given as its own argument after the query."""


def exclusions_into_the_query(args: list[str]) -> list[str]:
    """`korea search 'peace' -withdrawal`: an exclusion given as an argument of its own (a word of three letters or more) joins the
    query. One that starts with a one-letter option of search is that option when its value is one the option knows exactly
    ('-tsanctions', '-n10'); else ('-armistice': '-a rmistice'?) a one-line error says to put it after --, where every '-word'
    joins the query. Runs after `options_after_the_command`, so the command is the first argument."""
    if not args or args[0] != "search":
        return args
    start = 1
    kept, excluded, query_at, i = args[:start], [], None, start
    while i < len(args):
        arg = args[i]
        if arg == "--":  # after it, every '-word' is an exclusion, whatever letter it starts with
            after = args[i + 1 :]
            excluded += [a for a in after if _EXCLUSION.fullmatch(a)]
            words = [a for a in after if not _EXCLUSION.fullmatch(a)]
            if query_at is None and words:
                query_at = len(kept)
                kept.append(words.pop(0))
            kept += words
            break
        if arg in _SEARCH_VALUES and i + 1 < len(args):
            kept += [arg, args[i + 1]]
            i += 2
            continue
        if _EXCLUSION.fullmatch(arg) and not arg.startswith("--") and not (_a_value_of(arg) or _names_one(args, arg)):
            if arg[1] in _SEARCH_SHORT:  # '-armistice' may be '-a rmistice': say both readings rather than guess
                raise UsageError(
                    f"{arg!r} reads as {arg[:2]} {arg[2:]!r} ({_SEARCH_SHORT[arg[1]]}); to exclude the word, put it after --"
                    f" (korea search -- WORDS {arg}) or inside the query (korea search 'WORDS {arg}')"
                )
            excluded.append(arg)
        else:
            if query_at is None and not arg.startswith("-"):
                query_at = len(kept)
            kept.append(arg)
        i += 1
    if not excluded or query_at is None or kept[query_at] == "-":
        return args
    kept[query_at] = " ".join([kept[query_at], *excluded])
    return kept


def _a_value_of(arg: str) -> bool:
    """Whether '-n10', '-C3' or '-fjson' is that option with a value it takes, read as the fast path reads a value: then it is
    the option, never an exclusion (a name's value, '-tsanctions', is `_names_one`'s to judge)."""
    option = _SEARCH_OPTIONS.get(arg[:2])
    return option is not None and option.takes in ("count", "format") and option_value(option.takes, arg[2:]) is not None


def _names_one(args: list[str], arg: str) -> bool:
    """Whether '-tsanctions', '-aswanstrom' or '-eisdp' is that option with a value it knows exactly: then it is the option."""
    resolver = {"a": names.author, "t": names.topic, "e": names.essay}.get(arg[1])
    if resolver is None:
        return False
    corpus = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "--corpus"), None)
    try:
        return resolver(corpus_index(corpus), arg[2:]).notice is None
    except KoreaError:
        return False
