"""What the query commands do once their arguments are parsed, and what every command shares: the run's output,
the corpus's index, names resolved with their notices, and one call's errors turned into a line and an exit code.

Nothing here imports Typer: `cli` (Typer, the definition of the command line) and `fastpath` (the common
queries, parsed without it) both call these functions with the same arguments, so a query answers alike
whichever parsed it. Each command returns its exit code: 0 with results, 1 with none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from korea_cli import names, queries, render
from korea_cli.environment import Environment, current, running_in
from korea_cli.errors import EXIT_INTERRUPTED, EXIT_NO_RESULTS, KoreaError, UsageError
from korea_cli.index import Index, answering_despite_damage, open_index
from korea_cli.layout import CORPUS_ENV, locate
from korea_cli.render import Color, Format, Output

# -- one call -----------------------------------------------------------------------------------


def answer(env: Environment, call: Callable[[], Any]) -> int:
    """Run `call` in `env` and return its exit code: every expected failure becomes one line on the environment's stderr;
    if the index goes bad under the call, it runs once more on an index built anew."""

    def attempt(rebuild: bool) -> Any:
        with running_in(env.replace(rebuild_index=rebuild)):
            return call()

    with running_in(env):
        try:
            result = answering_despite_damage(attempt, notice=say, environ=env.environ)
        except KoreaError as error:
            if str(error):
                say(str(error))
            return error.exit_code
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED
    return result if isinstance(result, int) else 0


class NoResults(KoreaError):
    """Nothing matched: exit 1, with the reason on stderr (none when the answer itself, a count of 0, says it)."""

    exit_code = EXIT_NO_RESULTS


def say(message: str) -> None:
    """Errors and notices: one line on stderr, never mixed with the data on stdout; control characters (from a name or file) shown, never sent."""
    print(f"korea: {render.visible(message, keep='')}", file=current().stderr)


def output(no_color: bool = False, color: Color = Color.auto, pager: bool = False) -> Output:
    """The run's stdout, with what it can show."""
    return Output.detect(current(), no_color, color=color, pager=pager)


def located(option: str | None) -> Path:
    """The corpus folder: --corpus, else the run's $KOREA_CORPUS, else the bundled one."""
    return locate(option, current().environ)


def corpus_index(option: str | None, rebuild: bool = False) -> Index:
    """The fresh index of the corpus the command line points at; a long build shows a bar on a terminal."""
    env = current()
    return open_index(located(option), rebuild=rebuild or env.rebuild_index, notice=say, progress=render.progress_bar(env), environ=env.environ)


def writable_corpus(option: str | None, doing: str) -> Path:
    """The corpus a write goes to: one named with --corpus or $KOREA_CORPUS, never the bundled one by default."""
    if option is None and not current().environ.get(CORPUS_ENV, "").strip():
        raise UsageError(f"say which corpus to {doing} with --corpus DIR or $KOREA_CORPUS (the bundled corpus is read-only)")
    return located(option)


def resolve(resolver: Callable[[Index, str], names.Resolved], index: Index, query: str | None, exact: bool = False) -> str | None:
    """The id `query` names (None for no filter); a typo correction is said on stderr. With `exact` (a change to the corpus),
    a typo is refused rather than corrected: a question may guess, a write may not."""
    if query is None:
        return None
    resolved = resolver(index, query)
    if exact and resolved.guessed:
        raise UsageError(f"{resolved.notice}? nothing was written: a change to the corpus takes no guesses, so give the name exactly")
    if resolved.notice:
        say(resolved.notice)
    return resolved.id


def resolve_list(resolver: Callable[[Index, str], names.Resolved], index: Index, queries_: str | None) -> list[str] | None:
    """The ids a comma-separated list names, each once, in the order given."""
    if queries_ is None:
        return None
    parts = [part for part in queries_.split(",") if part.strip()]
    if not parts:
        raise UsageError("give at least one name, separated by commas")
    return list(dict.fromkeys(resolve(resolver, index, part) for part in parts))


def essay_in(option: str | None, essay: str, exact: bool = False) -> tuple[Index, str]:
    """The fresh index of the corpus the command line points at, and the id of the essay `essay` names there (`exact`: as `resolve`)."""
    data = corpus_index(option)
    essay_id = resolve(names.essay, data, essay, exact)
    assert essay_id is not None  # a name always resolves to an id, or raises
    return data, essay_id


def nothing(what: str, view: tuple[render.Column, ...] | None = None, fmt: Format | None = None, out: Output | None = None) -> NoReturn:
    """Exit 1 saying there is nothing; a program reading JSON or CSV still gets a valid empty answer (`[]`, the header line)."""
    if view is not None and out is not None:
        render.render_empty(view, out.format(fmt), out)
    raise NoResults(f"no {what}")


def render_list(records: list[dict[str, Any]], view: tuple[render.Column, ...], fmt: Format | None, out: Output, none: str) -> int:
    """Records in a view, or exit 1 saying there are none."""
    if not records:
        nothing(none, view, fmt, out)
    render.render_records(records, view, out.format(fmt), out)
    return 0


def read_stdin_text() -> str:
    """Standard input as text, whatever its declared encoding: UTF-8 or a one-line error, never a decoding traceback."""
    data = current().stdin_bytes(MAX_STDIN_BYTES + 1)
    if len(data) > MAX_STDIN_BYTES:
        raise UsageError(f"standard input holds more than {MAX_STDIN_BYTES:,} bytes; a query is a few words")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(f"standard input is not UTF-8 text (byte {error.start}); give the query as UTF-8") from None


MAX_STDIN_BYTES = 1_000_000
"""A query read from stdin beyond this is a mistake (a file piped in by accident), refused without reading it all."""


# -- the query commands -------------------------------------------------------------------------


def who(
    name: str | None = None,
    topic: str | None = None,
    corpus: str | None = None,
    fmt: Format | None = None,
    no_color: bool = False,
    color: Color = Color.auto,
    no_pager: bool = False,
) -> int:
    """`korea who [NAME]`: the authors, or one author's profile (with a topic: what they say about it)."""
    out = output(no_color, color=color, pager=not no_pager)
    data = corpus_index(corpus)
    author_id = resolve(names.author, data, name)
    topic_id = resolve(names.topic, data, topic)
    if author_id is not None:
        profile = queries.profile(data, author_id, topic_id)
        if not profile["positions"] and not profile["preconditions"] and not profile.get("passages"):
            on = f" on {topic_id}" if topic_id else " yet"
            # The record is the answer (a table and JSON show it); TSV and CSV, one row per annotation, have no row but keep their
            # columns, so that a pipeline reads the same fields whoever it asks about.
            shown = (
                "no row (a table or --format json shows the author's record)" if out.format(fmt) in (Format.tsv, Format.csv) else "the author's record is shown"
            )
            say(f"no positions or preconditions annotated for {profile['name']} ({author_id}){on}; {shown}")
        render.render_profile(profile, out.format(fmt), out)
        return 0
    authors = [a for a in queries.who(data) if topic_id is None or topic_id in a["topics"]]
    return render_list(authors, render.WHO, fmt, out, f"author takes a position on {topic_id}" if topic_id else "authors in this corpus")


def essays(corpus: str | None = None, fmt: Format | None = None, no_color: bool = False, color: Color = Color.auto, no_pager: bool = False) -> int:
    """`korea essays`."""
    out = output(no_color, color=color, pager=not no_pager)
    return render_list(queries.essays(corpus_index(corpus)), render.ESSAYS, fmt, out, "essays in this corpus")


def topics(corpus: str | None = None, fmt: Format | None = None, no_color: bool = False, color: Color = Color.auto, no_pager: bool = False) -> int:
    """`korea topics`."""
    out = output(no_color, color=color, pager=not no_pager)
    return render_list(queries.topics(corpus_index(corpus)), render.TOPICS, fmt, out, "topics in this codebook")


def positions(
    topic: str | None = None,
    author: str | None = None,
    essay: str | None = None,
    stance: str | None = None,
    series: str | None = None,
    mentions: str | None = None,
    include_suggested: bool = False,
    reviewed: bool = False,
    corpus: str | None = None,
    fmt: Format | None = None,
    no_color: bool = False,
    color: Color = Color.auto,
    no_pager: bool = False,
) -> int:
    """`korea positions`."""
    out = output(no_color, color=color, pager=not no_pager)
    data = corpus_index(corpus)
    filters = _annotation_filters(data, topic, author, essay, series, mentions)
    stance_id = resolve(names.stance, data, stance)
    records = queries.positions(data, **filters, stance=stance_id, reviewed=reviewed, include_suggested=include_suggested)
    waiting = 0 if records or include_suggested or reviewed else len(queries.positions(data, **filters, stance=stance_id, include_suggested=True))
    return _annotations(records, "positions", "preconditions", render.POSITIONS, series, fmt, out, waiting)


def preconditions(
    author: str | None = None,
    topic: str | None = None,
    goal: str | None = None,
    held_by: str | None = None,
    essay: str | None = None,
    series: str | None = None,
    mentions: str | None = None,
    include_suggested: bool = False,
    reviewed: bool = False,
    corpus: str | None = None,
    fmt: Format | None = None,
    no_color: bool = False,
    color: Color = Color.auto,
    no_pager: bool = False,
) -> int:
    """`korea preconditions`."""
    out = output(no_color, color=color, pager=not no_pager)
    data = corpus_index(corpus)
    filters = _annotation_filters(data, topic, author, essay, series, mentions)
    goal_id, holder = resolve(names.goal, data, goal), resolve(names.holder, data, held_by)
    records = queries.preconditions(data, **filters, goal=goal_id, held_by=holder, reviewed=reviewed, include_suggested=include_suggested)
    waiting = (
        0 if records or include_suggested or reviewed else len(queries.preconditions(data, **filters, goal=goal_id, held_by=holder, include_suggested=True))
    )
    return _annotations(records, "preconditions", "positions", render.PRECONDITIONS, series, fmt, out, waiting)


def search(
    query: str,
    author: str | None = None,
    topic: str | None = None,
    essay: str | None = None,
    limit: int = 20,
    context: int = 15,
    count: bool = False,
    exact: bool = False,
    explain: bool = False,
    full: bool = False,
    all_roles: bool = False,
    reviewed: bool = False,
    corpus: str | None = None,
    fmt: Format | None = None,
    no_color: bool = False,
    color: Color = Color.auto,
    no_pager: bool = False,
) -> int:
    """`korea search QUERY`."""
    from korea_cli import search as engine

    out = output(no_color, color=color, pager=not no_pager)
    if query == "-":
        query = read_stdin_text()
    if not query.strip():
        raise UsageError('empty query; give words to search for, e.g. korea search "peace regime"')
    data = corpus_index(corpus)
    author_id, topic_id, essay_id = resolve(names.author, data, author), resolve(names.topic, data, topic), resolve(names.essay, data, essay)
    total, hits = queries.search(
        data,
        query,
        author=author_id,
        topic=topic_id,
        essay=essay_id,
        all_roles=all_roles,
        exact=exact,
        context=context,
        limit=1 if count else (limit or None),  # --count needs only the best hit (does it hold every word?); --limit 0 means all
        reviewed=reviewed,
    )
    for way, how in queries.glossary_ways(data, query, exact):  # the query was read wider than typed: said, as a topic's alias is
        say(f"also searched as {way!r} (the glossary: {how})")
    if count:
        if hits and hits[0]["missing"]:  # hits with every word rank first: the best lacking one, none has them all
            say("no passage holds every word; the count is of passages that hold some")
        print(total, file=current().stdout)
        return 0 if total else EXIT_NO_RESULTS
    if not hits:
        words = [w for w in engine.parse_query(query).words if w not in engine.STOPWORDS]
        # A passage must hold half the words or more: said, so that a user does not wonder why fewer words find something.
        nothing("passage holds half of these words or more; fewer words find more" if len(words) >= 3 else "passages match", render.SEARCH, fmt, out)
    if hits[0]["missing"]:  # hits with every word rank first: the best lacking one, none has them all
        say("no passage holds every word; each hit is shown with the words it lacks")
    render.render_search(hits, out.format(fmt), out, full=full, explain=explain)
    if total > len(hits):
        say(f"{len(hits)} of {total} hits shown; --limit 0 shows them all")
    return 0


QUERIES: dict[str, Callable[..., int]] = {
    "who": who,
    "essays": essays,
    "topics": topics,
    "positions": positions,
    "preconditions": preconditions,
    "search": search,
}
"""The commands defined here, by name: the ones the fast path may answer."""


def _annotation_filters(data: Index, topic: str | None, author: str | None, essay: str | None, series: str | None, mentions: str | None) -> dict[str, Any]:
    """The filters positions and preconditions share, resolved to ids (each correction said, in the order the options come)."""
    return {
        "topic": resolve(names.topic, data, topic),
        "author": resolve(names.author, data, author),
        "essay": resolve(names.essay, data, essay),
        "series": resolve(names.series, data, series),
        "mentions": _words_for(mentions),
    }


def _annotations(
    records: list[dict[str, Any]],
    kind: str,
    other: str,
    view: tuple[render.Column, ...],
    series: str | None,
    fmt: Format | None,
    out: Output,
    waiting: int = 0,
) -> int:
    """Positions or preconditions in their view, with what --series needs said, or exit 1 saying there are none (and how many
    suggestions of a draft, `waiting`, the same filters would show with --include-suggested)."""
    _say_of_lists(records, kind, other, series)
    shown = f"; {waiting} suggested, not yet reviewed: --include-suggested shows {'it' if waiting == 1 else 'them'}" if waiting else ""
    return render_list(records, view, fmt, out, f"{kind} match{shown}")


def _say_of_lists(records: list[dict[str, Any]], kind: str, other: str, series: str | None) -> None:
    """With --series: when the name is a list of the other kind, say so; when several essays hold a list of that name, say that
    each is numbered on its own (--essay picks one)."""
    if series is None:
        return
    if not records:
        say(f"series lists are numbered apart for positions and preconditions; try `korea {other} --series …` if {series!r} is a list of {other}")
        return
    found = list(dict.fromkeys(r["essay"] for r in records))
    if len(found) > 1:
        say(f"{len(found)} essays hold a list named {series!r}, each numbered on its own: {', '.join(found)} (--essay picks one)")


def _words_for(mentions: str | None) -> str | None:
    """--mentions as given, or a one-line error when it holds no word (an unset shell variable must not list everything)."""
    if mentions is not None and not any(ch.isalnum() for ch in mentions):
        raise UsageError("--mentions needs a word or words the passages name, e.g. --mentions CVID")
    return mentions
