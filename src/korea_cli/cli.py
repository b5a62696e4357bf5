"""The command line as Typer defines it: every command's arguments, options, help and completion.

The query commands' work is in `commands` (which `fastpath` calls too, without Typer); the others'
is here, over the same helpers. `run` (called by `entry.main` when the fast path passes) reads the
arguments as `arguments` leaves them, and `commands.answer` turns every expected failure into a
line on stderr and an exit code: 0 results, 1 no results, 2 bad usage or input, 130 interrupted.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from korea_cli import __version__, commands, names, queries, render
from korea_cli.arguments import exclusions_into_the_query, options_after_the_command
from korea_cli.commands import (
    corpus_index,
    essay_in,
    located,
    nothing,
    output,
    read_stdin_text,
    render_list,
    resolve,
    resolve_list,
    say,
    writable_corpus,
)
from korea_cli.environment import Environment, current
from korea_cli.errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_NO_RESULTS, KoreaError, UsageError
from korea_cli.index import Index
from korea_cli.render import Color, Format

HELP = {"help_option_names": ["-h", "--help"]}
APP_SETTINGS: dict[str, Any] = {"name": "korea", "no_args_is_help": True, "pretty_exceptions_enable": False, "rich_markup_mode": None, "context_settings": HELP}
app = typer.Typer(**APP_SETTINGS)
"""The whole command line: what help, completion and the docs describe. A call runs `_app_for` its command."""

COMMANDS: dict[str, Callable[..., Any]] = {}
GROUPS: dict[str, typer.Typer] = {}
"""Each command's function and each group by name, kept as they are defined (`_command`, `_group`), for `_app_for`."""


def _command(name: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`@app.command()`, keeping the function by its name for `_app_for`."""

    def define(function: Callable[..., Any]) -> Callable[..., Any]:
        COMMANDS[name or function.__name__] = function
        return app.command(name)(function)

    return define


def _group(group: typer.Typer) -> None:
    """`app.add_typer(group)`, keeping the group by its name for `_app_for`."""
    assert group.info.name is not None
    GROUPS[group.info.name] = group
    app.add_typer(group)


def _completer(kind: Callable[[Index], list[names.Named]], commas: bool = False) -> Callable[[typer.Context, str], list[str]]:
    """Shell completion of ids from the corpus the command line points at, from any form of a name ('swan', 'niklas', 'sangsoo
    l'); with `commas`, of the last item of a comma list ('sanctions,pea' → 'sanctions,peace-regime')."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            index = corpus_index(ctx.params.get("corpus"))
        except KoreaError:
            return []
        done, _, last = incomplete.rpartition(",") if commas else ("", "", incomplete)
        typed = names.key(last)
        found = [e.id for e in kind(index) if e.id.startswith(last.lower()) or (typed and any(names.key(n).startswith(typed) for n in e.names))]
        return [f"{done}," + found_id if done else found_id for found_id in found]

    return complete


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
ColorOption = Annotated[
    Color, typer.Option("--color", case_sensitive=False, help="auto (on a terminal), always (for less -R), or never; FORCE_COLOR, CLICOLOR_FORCE honoured.")
]
NoPagerOption = Annotated[bool, typer.Option("--no-pager", help="Never page long output on a terminal (default pager: $KOREA_PAGER, $PAGER, less -FRX).")]
AuthorOption = Annotated[
    str | None,
    typer.Option("--author", "-a", show_default=False, autocompletion=_completer(names.authors), help="Only this author (any name form, typos forgiven)."),
]
TopicOption = Annotated[
    str | None,
    typer.Option(
        "--topic", "-t", show_default=False, autocompletion=_completer(names.topics), help="Only this topic (id, label or alias, e.g. 'peace treaty')."
    ),
]
MentionsOption = Annotated[
    str | None,
    typer.Option("--mentions", "-m", show_default=False, help="Only those whose passage names these words (CVID, Yongbyon, 'Kim Jong Un'), as whole words."),
]
SeriesOption = Annotated[
    str | None,
    typer.Option(
        "--series",
        show_default=False,
        autocompletion=_completer(names.lists),
        help='Only the list a source enumerates under this name ("First, … Second, …"), in its order.',
    ),
]
ListOption = Annotated[
    str | None, typer.Option("--series", show_default=False, help="The list the source enumerates it in (a name such as four-tasks), with --ordinal.")
]
OrdinalOption = Annotated[int | None, typer.Option("--ordinal", min=1, show_default=False, help="Its number in that list, from 1.")]
ReviewedOption = Annotated[bool, typer.Option("--reviewed", help="Only what comes from essays a person has reviewed, not drafts `korea add` wrote.")]
GoalOption = Annotated[
    str | None,
    typer.Option(
        "--for",
        show_default=False,
        autocompletion=_completer(names.goals),
        help="What it is a precondition for: denuclearization, agreement, peace-regime, negotiations.",
    ),
]
HeldByOption = Annotated[
    str | None,
    typer.Option(
        "--held-by",
        show_default=False,
        autocompletion=_completer(names.holders),
        help="author (the author's own view) or north-korea (what the author says North Korea demands).",
    ),
]
SuggestedOption = Annotated[bool, typer.Option("--include-suggested", help="Also take candidates `korea add` found, not yet reviewed.")]


def _topics_option(help_text: str) -> Any:
    """`--topics`, a comma list of topics completed from the corpus, with what the command does without it."""
    return Annotated[str | None, typer.Option("--topics", show_default=False, autocompletion=_completer(names.topics, commas=True), help=help_text)]


CompareTopicsOption = _topics_option("Topics to compare, comma-separated. Default: every topic with a position.")
VersusTopicsOption = _topics_option("Topics to set side by side, comma-separated. Default: every topic either takes a position on.")
CoverageTopicsOption = _topics_option("Topics to report, comma-separated. Default: all.")
EssayOption = Annotated[
    str | None,
    typer.Option("--essay", "-e", show_default=False, autocompletion=_completer(names.essays), help="Only this essay (id or title)."),
]


EssayArgument = Annotated[str, typer.Argument(metavar="ESSAY", show_default=False, autocompletion=_completer(names.essays), help="The essay (id or title).")]
PassageArgument = Annotated[int, typer.Argument(metavar="N", min=1, show_default=False, help="The passage number.")]
AuthorsOption = Annotated[
    list[str] | None, typer.Option("--author", show_default=False, help="Whose it is (any name form); repeat for co-authors, the first first.")
]


class CheckFormat(enum.StrEnum):
    """`--format` of the commands that report (check, add, index): text for a reader, json for a tool."""

    text = "text"
    json = "json"


class ExportFormat(enum.StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    sqlite = "sqlite"


class CiteStyle(enum.StrEnum):
    apa = "apa"
    chicago = "chicago"
    csl_json = "csl-json"
    bibtex = "bibtex"
    ris = "ris"


class GraphFormat(enum.StrEnum):
    dot = "dot"
    mermaid = "mermaid"
    json = "json"


class RecordType(enum.StrEnum):
    author = "author"
    topic = "topic"
    essay = "essay"
    passage = "passage"
    position = "position"
    precondition = "precondition"


def _version(value: bool) -> None:
    if value:
        print(f"korea {__version__}", file=current().stdout)
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Query a corpus of expert essays on the Korean Peninsula: who argues what, on which conditions, in whose words."""


@_command()
def who(
    name: Annotated[
        str | None, typer.Argument(metavar="NAME", show_default=False, autocompletion=_completer(names.authors), help="One author's profile.")
    ] = None,
    topic: TopicOption = None,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """List the authors, or one author's full profile.

    Each author with affiliations as the essays state them, essays, and the
    topics argued. With NAME, one author's profile: affiliations, essays, every position by
    topic and every precondition, each with its passage. With NAME and
    --topic, what that author says about it: positions, preconditions, and
    every passage of theirs on it, annotated or not. With --topic alone, the
    authors who take a position on it.

    \b
    Examples:
      korea who
      korea who "chaesung chun"
      korea who lee --topic sanctions
      korea who --format json | jq -r '.[].name'
    """
    return commands.who(name, topic, corpus, fmt, no_color, color, no_pager)


@_command()
def essays(
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """List the essays with title, publisher, date and authors.

    A value the text does not state is shown as missing, and one inferred
    from the text is marked so (JSON: `inferred` and `notes`).

    \b
    Examples:
      korea essays
      korea essays --format json | jq '.[] | {id, date, inferred}'
    """
    return commands.essays(corpus, fmt, no_color, color, no_pager)


@_command()
def topics(
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """List the topics, with counts of positions and passages.

    A topic's passages are the body passages an annotation on it cites or
    that name it by its label or an alias.

    \b
    Examples:
      korea topics
      korea topics | cut -f1,3
    """
    return commands.topics(corpus, fmt, no_color, color, no_pager)


@_command()
def show(
    essay: Annotated[str, typer.Argument(metavar="ESSAY", show_default=False, autocompletion=_completer(names.essays), help="The essay (id or title).")],
    passage: Annotated[int | None, typer.Option("--passage", "-p", min=1, show_default=False, help="Only passage N.")] = None,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> None:
    """Show an essay passage by passage, with who wrote each.

    \b
    Examples:
      korea show isdp-2018-new-dawn
      korea show eai --passage 7
    """
    out = output(no_color, color=color, pager=not no_pager)
    data, essay_id = essay_in(corpus, essay)
    if passage is not None:
        names.passage(data, f"{essay_id}:{passage}")  # says which passages exist if N is not one
    records = queries.passages(data, essay_id, passage)
    render.render_essay(queries.essays(data, essay_id)[0], records, out.format(fmt), out)


@_command()
def quote(
    passage_id: Annotated[
        str | None,
        typer.Argument(metavar="PASSAGE_ID", show_default=False, autocompletion=_completer(names.passages), help="A passage id, <essay-id>:<n>."),
    ] = None,
    cite: Annotated[bool, typer.Option("--cite", help="Add the citation: author, title, publisher, date, passage id.")] = False,
    verify: Annotated[
        str | None,
        typer.Option(
            "--verify",
            metavar="TEXT",
            show_default=False,
            help="Check a quotation instead: is it verbatim in the corpus, by whom, where? Exit 0 verbatim, 1 only close. - reads stdin.",
        ),
    ] = None,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """Print a passage verbatim, or verify a quotation (--verify).

    --verify finds every passage that holds the quotation as given (its
    elisions, '…', standing for words left out): exact, or differing only in
    typography (quotes, dashes, spaces, the first letter's case). If none
    does, it shows the nearest passage and the words that differ.

    \b
    Examples:
      korea quote isdp-2018-new-dawn:16 --cite
      korea quote eai-2019-chun:7 --format json | jq -r '.[0].citation'
      korea quote --verify "the peace regime lies at the very heart of concluding a peace treaty"
    """
    out = output(no_color, color=color, pager=not no_pager)
    if verify is not None:
        if passage_id is not None or cite:
            raise UsageError("--verify checks a quotation against the whole corpus; give it alone, without a passage id or --cite")
        return _verify(verify, corpus, fmt, out)
    if passage_id is None:
        raise UsageError("give a passage id (<essay-id>:<n>, e.g. isdp-2018-new-dawn:16) or --verify TEXT")
    data = corpus_index(corpus)
    resolved, notice = names.passage(data, passage_id)
    if notice:
        say(notice)
    record = queries.quote(data, resolved)
    if record["status"] != "reviewed":
        say(_draft_notice(record["essay"]))
    render.render_quote(record, fmt, out, cite)
    return 0


def _draft_notice(essay: str) -> str:
    return f"{essay} is a draft: what it says of its passages is korea add's reading, not yet reviewed (`korea review {essay}`)"


def _verify(quotation: str, corpus: str | None, fmt: Format | None, out: render.Output) -> int:
    """`quote --verify`: exit 0 when the quotation is verbatim in a passage, 1 when only close or nothing is near."""
    from korea_cli import verify

    if quotation == "-":
        quotation = read_stdin_text()
    if trouble := verify.problem(quotation):
        raise UsageError(trouble)
    found = verify.verify(corpus_index(corpus), quotation)
    if not found:
        nothing("passage shares a word with this quotation", render.VERIFY, fmt, out)
    render.render_records(found, render.VERIFY, out.format(fmt), out)
    if found[0]["match"] in verify.VERBATIM:
        return 0
    nearest = found[0]
    say(
        f"not verbatim in the corpus: the nearest passage, {nearest['passage']}, is {nearest['similarity']}% alike ({nearest['match']}); the differences are shown"
    )
    return EXIT_NO_RESULTS


@_command()
def cite(
    ids: Annotated[
        list[str],
        typer.Argument(
            metavar="ID...",
            show_default=False,
            autocompletion=_completer(names.passages),
            help="Passage ids (<essay-id>:<n>) or essays; - reads them from stdin.",
        ),
    ],
    style: Annotated[
        CiteStyle, typer.Option("--style", "-s", case_sensitive=False, help="apa, chicago (author-date), csl-json, bibtex or ris.")
    ] = CiteStyle.apa,
    corpus: CorpusOption = None,
) -> None:
    """Cite passages or essays: APA, Chicago, CSL, BibTeX, RIS.

    A passage is cited as its essay with the paragraph as the locator. What
    the text does not state is left out; what korea inferred is marked:
    [in brackets] in APA and Chicago, in a note in CSL-JSON, BibTeX and RIS.

    \b
    Examples:
      korea cite isdp-2018-new-dawn:16
      korea cite eai-2019-chun --style bibtex >> refs.bib
      korea search "peace regime" -f jsonl | jq -r .passage | korea cite - -s csl-json
    """
    from korea_cli import cite as citing

    out = output()
    data = corpus_index(corpus)
    wanted = read_stdin_text().split() if ids == ["-"] else ids
    if not wanted:
        raise UsageError("no ids on standard input; give passage ids (<essay-id>:<n>) or essay ids, one per line")
    people = queries.author_names(data)
    works: dict[str, citing.Work] = {}
    cited = []
    for given in wanted:
        essay_id, paragraph = _cited(data, given)
        if essay_id not in works:
            works[essay_id] = citing.work(queries.essays(data, essay_id)[0], people)
        cited.append(citing.Cited(works[essay_id], paragraph))
    for work in works.values():
        if work.status == "draft":
            say(_draft_notice(work.id))
    render.write_text(citing.write(cited, style.value), out)


def _cited(data: Index, given: str) -> tuple[str, int | None]:
    """The essay and paragraph an id names: '<essay>:<n>' a passage, anything else an essay (a typo corrected and said)."""
    if ":" in given:
        passage_id, notice = names.passage(data, given)
        if notice:
            say(notice)
        essay_id, _, n = passage_id.rpartition(":")
        return essay_id, int(n)
    essay_id = resolve(names.essay, data, given)
    assert essay_id is not None  # a name always resolves to an id, or raises
    return essay_id, None


@_command()
def positions(
    topic: TopicOption = None,
    author: AuthorOption = None,
    essay: EssayOption = None,
    stance: Annotated[
        str | None,
        typer.Option(
            "--stance", "-s", show_default=False, autocompletion=_completer(names.stances), help="supports, opposes, conditional, skeptical or observes."
        ),
    ] = None,
    series: SeriesOption = None,
    mentions: MentionsOption = None,
    include_suggested: Annotated[bool, typer.Option("--include-suggested", help="Also list candidates `korea add` found, not yet reviewed.")] = False,
    reviewed: ReviewedOption = False,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """List positions: stance, summary, quote and passage.

    One row per position an author takes on a topic, with our one-sentence
    summary and the author's words verbatim.

    \b
    Examples:
      korea positions --topic sanctions
      korea positions --author swanstrom --stance skeptical
      korea positions --topic denuclearization --mentions freeze
      korea positions --topic "peace treaty" --format json | jq -r '.[].quote'
    """
    return commands.positions(topic, author, essay, stance, series, mentions, include_suggested, reviewed, corpus, fmt, no_color, color, no_pager)


@_command()
def preconditions(
    author: AuthorOption = None,
    topic: TopicOption = None,
    goal: GoalOption = None,
    held_by: HeldByOption = None,
    essay: EssayOption = None,
    series: SeriesOption = None,
    mentions: MentionsOption = None,
    include_suggested: SuggestedOption = False,
    reviewed: ReviewedOption = False,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """List what authors say must happen first, and for what.

    Each precondition says what it is for (--for), whose view it is
    (--held-by: the author's own, or what North Korea demands), and quotes
    the author verbatim.

    \b
    Examples:
      korea preconditions --author swanstrom
      korea preconditions --for denuclearization --held-by author
      korea preconditions --series four-tasks
      korea preconditions --topic sanctions | cut -f2,4
    """
    return commands.preconditions(author, topic, goal, held_by, essay, series, mentions, include_suggested, reviewed, corpus, fmt, no_color, color, no_pager)


@_command()
def graph(
    author: AuthorOption = None,
    goal: GoalOption = None,
    held_by: HeldByOption = None,
    include_suggested: SuggestedOption = False,
    reviewed: ReviewedOption = False,
    corpus: CorpusOption = None,
    fmt: Annotated[GraphFormat, typer.Option("--format", "-f", case_sensitive=False, help="dot (Graphviz), mermaid or json.")] = GraphFormat.dot,
) -> None:
    """Draw the preconditions as a graph: conditions → goals.

    Each edge is one precondition, from its condition's topic to what it is
    for, labelled with whose it is and its passage (the quote is the edge's
    tooltip in DOT). An id that is both a topic and a goal is one node, so
    chains show: --for GOAL keeps only the chains that end in GOAL. Solid:
    the author's own view; dashed: what the author says North Korea holds;
    grey: not yet reviewed.

    \b
    Examples:
      korea graph | dot -Tsvg > preconditions.svg
      korea graph --for peace-regime --format mermaid
      korea graph --author chun --format json | jq '.edges | length'
    """
    out = output()
    data = corpus_index(corpus)
    wanted = {
        "author": resolve(names.author, data, author),
        "goal": resolve(names.goal, data, goal),
        "held_by": resolve(names.holder, data, held_by),
    }
    drawn = queries.precondition_graph(data, **wanted, reviewed=reviewed, include_suggested=include_suggested)
    render.render_graph(drawn, fmt.value, out)  # an empty graph too: still valid DOT, Mermaid or JSON for the tool reading it
    if not drawn["edges"]:
        nothing("preconditions to draw")


@_command()
def conflicts(
    author: Annotated[
        str | None,
        typer.Option("--author", "-a", show_default=False, autocompletion=_completer(names.authors), help="Only conflicts one side of which is this author's."),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option("--topic", "-t", show_default=False, autocompletion=_completer(names.topics), help="Only conflicts over this topic or goal."),
    ] = None,
    include_suggested: SuggestedOption = False,
    reviewed: ReviewedOption = False,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """List opposite orderings: A before B against B before A.

    A voice is an author speaking for a holder: their own view, or what they
    say North Korea demands. Two voices conflict where their preconditions
    order the same two things oppositely, directly or through a chain of up
    to three of that voice's own preconditions. A table sets the two sides
    side by side, each step with its quote and passage; piped, each conflict
    is two records, one per side, numbered alike.

    \b
    Examples:
      korea conflicts
      korea conflicts --topic denuclearization --format json
    """
    out = output(no_color, color=color, pager=not no_pager)
    data = corpus_index(corpus)
    who, over = resolve(names.author, data, author), _topic_or_goal(data, topic)
    sides = queries.conflicts(data, who, over, reviewed, include_suggested)
    if not sides:
        among = " ".join(part for part in (f"involving {who}" if who else "", f"over {over}" if over else "") if part)
        nothing(
            f"sequencing conflicts {among}" if among else "sequencing conflicts: no voice puts two things in the opposite order to another",
            render.CONFLICTS,
            fmt,
            out,
        )
    render.render_conflicts(sides, out.format(fmt), out)
    return 0


def _topic_or_goal(data: Index, query: str | None) -> str | None:
    """A node of the precondition graph: a goal by its id or label ('an agreement'), else a topic as `--topic` reads one."""
    if query is None:
        return None
    if any(query.strip().lower() in (goal["id"], (goal.get("label") or "").lower()) for goal in data.codebook["goals"]):
        return resolve(names.goal, data, query)
    return resolve(names.topic_only, data, query)


@_command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY", show_default=False, help='Words as you remember them; "a phrase" must occur as is; -word excludes. - reads the query from stdin.'
        ),
    ],
    author: AuthorOption = None,
    topic: TopicOption = None,
    essay: EssayOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="At most N hits (0: all).")] = 20,
    context: Annotated[int, typer.Option("--context", "-C", min=0, help="Words shown either side of the match on a terminal.")] = 15,
    count: Annotated[bool, typer.Option("--count", help="Print only the number of hits.")] = False,
    exact: Annotated[bool, typer.Option("--exact", help="Each word as typed: no typos, prefixes or other forms of it.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Say why each hit ranks where it does.")] = False,
    full: Annotated[bool, typer.Option("--full", help="Show whole passages on a terminal, not cropped.")] = False,
    all_roles: Annotated[bool, typer.Option("--all", help="Search every passage, not only body text (bylines, captions, notes, boilerplate too).")] = False,
    reviewed: ReviewedOption = False,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """Find passages by words as you remember them, typos and all.

    Hits with all the words come first, then fewer typos, then words close
    together and in order, then the exact phrase. Piped: passage, author,
    score and text, tab-separated.

    \b
    Examples:
      korea search "peace regiem"
      korea search '"peace treaty" -armistice' --explain
      korea search "denuclearisation roadmap" --author lee --format json | jq -r '.[].passage'
      echo "security guarantees" | korea search - --count
    """
    return commands.search(
        query, author, topic, essay, limit, context, count, exact, explain, full, all_roles, reviewed, corpus, fmt, no_color, color, no_pager
    )


@_command()
def similar(
    passage_id: Annotated[
        str, typer.Argument(metavar="PASSAGE_ID", show_default=False, autocompletion=_completer(names.passages), help="A passage id, <essay-id>:<n>.")
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="Show at most this many (0: all).")] = 10,
    author: AuthorOption = None,
    all_roles: Annotated[bool, typer.Option("--all-roles", help="Compare with every passage, not only body text (arguments).")] = False,
    reviewed: ReviewedOption = False,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """Find the passages closest in content to a passage.

    The passage's most telling words (frequent in it, rare in the corpus)
    are looked for in every other passage and weighed as search weighs them
    (BM25). The score is how much of the passage's own score on those words
    the other reaches (100: as alike as the passage to itself); the shared
    words say why.

    \b
    Examples:
      korea similar eai-2019-chun:7
      korea similar isdp:6 --author lee --format json | jq -r '.[].passage'
    """
    out = output(no_color, color=color, pager=not no_pager)
    data = corpus_index(corpus)
    resolved, notice = names.passage(data, passage_id)
    if notice:
        say(notice)
    records = queries.similar(data, resolved, limit or None, resolve(names.author, data, author), all_roles, reviewed)
    return render_list(records, render.SIMILAR, fmt, out, f"passage shares a telling word with {resolved}")


@_command()
def compare(
    topics_: CompareTopicsOption = None,
    authors: Annotated[
        str | None,
        typer.Option(
            "--authors", show_default=False, autocompletion=_completer(names.authors, commas=True), help="Authors to compare, comma-separated. Default: all."
        ),
    ] = None,
    reviewed: ReviewedOption = False,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> None:
    """Compare authors' stances across topics.

    On a terminal a coloured grid; piped or as JSON, one record per cell.

    \b
    Examples:
      korea compare --topics sanctions,security-guarantees
      korea compare --authors lee,engman --format json
    """
    out = output(no_color, color=color, pager=not no_pager)
    data = corpus_index(corpus)
    cells = queries.compare(data, resolve_list(names.author, data, authors), resolve_list(names.topic_only, data, topics_), reviewed=reviewed)
    if not any(cell["stances"] for cell in cells):
        nothing("positions on these topics by these authors", render.COMPARE, fmt, out)
    render.render_compare(cells, out.format(fmt), out)


@_command()
def versus(
    first: Annotated[str, typer.Argument(metavar="AUTHOR", show_default=False, autocompletion=_completer(names.authors), help="One author (any name form).")],
    second: Annotated[str, typer.Argument(metavar="OTHER", show_default=False, autocompletion=_completer(names.authors), help="The other author.")],
    topics_: VersusTopicsOption = None,
    reviewed: ReviewedOption = False,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """Set two authors side by side: agree, disagree, or silent.

    Topic by topic, each author's positions with their quotes. The verdict
    is read from the stances, not the words: agree (a stance in common, none
    opposed), disagree (opposed: supports against opposes or skeptical,
    conditional against opposes), mixed (both), differ (neither), both
    observe (neither argues), only one of them, or neither.

    \b
    Examples:
      korea versus chun swanstrom
      korea versus lee engman --topics sanctions,security-guarantees --format json
    """
    out = output(no_color, color=color, pager=not no_pager)
    data = corpus_index(corpus)
    one, other = resolve(names.author, data, first), resolve(names.author, data, second)
    assert one is not None and other is not None  # a name always resolves to an id, or raises
    if one == other:
        raise UsageError(f"both names are {one}; give two different authors (`korea who` lists them)")
    records = queries.versus(data, one, other, resolve_list(names.topic_only, data, topics_), reviewed)
    view = render.versus_view(*_names(data, one, other))
    if all(record["verdict"] == "neither" for record in records):
        nothing(f"positions by {one} or {other}" + (" on these topics" if topics_ else ""), view, fmt, out)
    return render_list(records, view, fmt, out, f"positions by {one} or {other}")


def _names(data: Index, *author_ids: str) -> list[str]:
    people = queries.author_names(data)
    return [people[author][0] for author in author_ids]


class CoverageBy(enum.StrEnum):
    author = "author"
    essay = "essay"


@_command()
def coverage(
    by: Annotated[
        CoverageBy, typer.Option("--by", case_sensitive=False, help="author (the default) or essay: whose coverage each column is.")
    ] = CoverageBy.author,
    topics_: CoverageTopicsOption = None,
    reviewed: ReviewedOption = False,
    corpus: CorpusOption = None,
    fmt: FormatOption = None,
    no_color: NoColorOption = False,
    color: ColorOption = Color.auto,
    no_pager: NoPagerOption = False,
) -> int:
    """Report who addresses which topics, silences named.

    Each cell says how: argued (positions or preconditions on it), mentioned
    (body passages name it, none annotated), or silent (neither). A silence
    is information: the corpus holds nothing of theirs on the topic.

    \b
    Examples:
      korea coverage
      korea coverage --by essay --format json | jq -r '.[] | select(.coverage == "silent") | .topic'
    """
    out = output(no_color, color=color, pager=not no_pager)
    data = corpus_index(corpus)
    cells = queries.coverage(data, by.value, resolve_list(names.topic_only, data, topics_), reviewed)
    if not cells:
        nothing("essays to report on" if by is CoverageBy.essay else "authors to report on", render.COVERAGE, fmt, out)
    render.render_coverage(cells, by.value, out.format(fmt), out)
    return 0


@_command()
def export(
    file: Annotated[
        Path | None,
        typer.Argument(metavar="[FILE]", show_default=False, help="Where --format sqlite writes the database (the other formats write to stdout)."),
    ] = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", case_sensitive=False, help="jsonl (default), json, csv or sqlite.")] = ExportFormat.jsonl,
    only: Annotated[
        list[RecordType] | None, typer.Option("--only", case_sensitive=False, show_default=False, help="Only records of this type (repeatable).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    corpus: CorpusOption = None,
) -> None:
    """Export the whole corpus as JSONL, JSON, CSV or SQLite.

    For pandas, Datasette or a search engine.
    Every record has a `type`: author, topic, essay, passage, position or
    precondition. CSV is one table whose columns are the union of the fields.
    SQLite is a database of one table per type, with full-text search on the
    passages (docs/output.md has its schema): `datasette corpus.db` opens it.

    \b
    Examples:
      korea export > corpus.jsonl
      korea export --format csv --only passage > passages.csv
      korea export --format sqlite corpus.db && sqlite3 corpus.db 'SELECT count(*) FROM passages'
    """
    if fmt is ExportFormat.sqlite:
        _export_sqlite(file, only, force, corpus)
        return
    if file is not None:
        raise UsageError(f"FILE is for --format sqlite; --format {fmt.value} writes to stdout (korea export --format {fmt.value} > {file})")
    out = output()
    records = queries.export(corpus_index(corpus))
    if only:
        records = [r for r in records if r["type"] in set(only)]
    render.render_export(records, Format(fmt.value), out)


def _export_sqlite(file: Path | None, only: list[RecordType] | None, force: bool, corpus: str | None) -> None:
    """Write the database, then say on stderr what it holds: stdout stays empty, as for any command that writes a file."""
    from korea_cli import export_sqlite

    if file is None or str(file) == "-":
        raise UsageError("--format sqlite writes a database file, not a stream: give its name (korea export --format sqlite corpus.db)")
    if only:
        raise UsageError("--only is for the record formats; a database holds every table (select from the one you need)")
    if file.exists() and not force:
        raise UsageError(f"{file} exists; give --force to replace it, or another name")
    if file.is_dir() or not file.parent.is_dir():
        raise UsageError(f"cannot write {file}: {'it is a folder' if file.is_dir() else 'its folder does not exist'}")
    try:
        counts = export_sqlite.write(queries.export(corpus_index(corpus)), file)
    except OSError as error:
        raise UsageError(f"cannot write {file}: {error.strerror or error}") from None
    say(f"wrote {file}: " + ", ".join(f"{count} {table.replace('_', ' ')}" for table, count in counts.items()))


@_command()
def add(
    file: Annotated[str, typer.Argument(metavar="FILE", show_default=False, help="The essay as plain UTF-8 text; - reads standard input.")],
    essay_id: Annotated[str | None, typer.Option("--id", show_default=False, help="The essay id (default: from the title).")] = None,
    publisher: Annotated[str | None, typer.Option("--publisher", show_default=False, help="Who published it.")] = None,
    date: Annotated[str | None, typer.Option("--date", metavar="YYYY[-MM[-DD]]", show_default=False, help="When it was published.")] = None,
    url: Annotated[str | None, typer.Option("--url", show_default=False, help="Where it was published.")] = None,
    authors: Annotated[list[str] | None, typer.Option("--author", show_default=False, help="Who wrote it, one per byline, in order (repeatable).")] = None,
    new_authors: Annotated[
        list[str] | None,
        typer.Option("--new-author", show_default=False, help="A name the essay gives that is not the known author of that name (repeatable)."),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be added; write nothing.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace the essay with the same id (from --id, or the title).")] = False,
    discard_review: Annotated[
        bool, typer.Option("--discard-review", help="With --force: replace an essay even when a person has reviewed it or kept annotations.")
    ] = False,
    corpus: CorpusOption = None,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", "-f", case_sensitive=False, help="text or json, for the report of what was detected.")
    ] = CheckFormat.text,
) -> None:
    """Add an essay: its text verbatim, and a draft to review.

    Detects series labels, the title and subtitle, date lines, bylines ('By
    Dr. Jane Doe, Fellow at X', 'By A and B', signed sections, a bio at the
    end), interviews (questions are nobody's argument; answers are the
    interviewee's), captions, credits, notes and footnotes, bios,
    disclaimers and site boilerplate. Authors already in the corpus are
    reused under other spellings (Chun Chae-sung is Chun Chaesung). The essay
    is a draft until a person sets `review: reviewed`: every answer from it
    says so. Topics and precondition candidates are suggestions. A text
    already in the corpus is refused. Options override what is detected.
    Needs --corpus or $KOREA_CORPUS: the bundled corpus is not written to.

    \b
    Examples:
      korea add op-ed.txt --corpus ./my-corpus --dry-run
      korea add expert-views.txt --publisher ISDP --date 2018-03 --corpus ./my-corpus
      pbpaste | korea add - --author "Jane Doe" --corpus ./my-corpus
    """
    from korea_cli import ingest

    root = writable_corpus(corpus, "add to")
    raw = ingest.read_essay_file(file, current().stdin_binary())
    corpus_index(corpus)  # the corpus must pass `korea check` before anything is added to it; and the index stays warm
    entry, written = ingest.add(
        root,
        raw,
        force=force,
        dry_run=dry_run,
        discard_review=discard_review,
        essay_id=essay_id,
        publisher=publisher,
        date=date,
        url=url,
        author_names=authors,
        new_authors=new_authors,
        fallback_id=Path(file).stem if file != "-" else "essay",
    )
    report = {**entry.report(), "written": [str(path) for path in written], "dry_run": dry_run}
    out = output()
    if fmt is CheckFormat.json:
        render.write_json(report, out)
    else:
        render.write_text(render.add_text(report), out)


@_command()
def review(essay: EssayArgument, corpus: CorpusOption = None) -> None:
    """Walk through a draft on a terminal, then mark it reviewed.

    Shows each passage's detected role and author (change any with 'N ROLE
    AUTHOR'), then each suggested position and precondition to keep (with
    your stance, summary or condition), drop or leave, and asks whether to
    mark the essay reviewed. Every answer is checked as `korea check` would
    check it and saved at once; Ctrl-D stops, keeping what was saved. In
    scripts, `korea annotate` does the same, one change a call.

    \b
    Examples:
      korea review three-views-on-a-peace-regime --corpus ./my-corpus
    """
    from korea_cli import review as reviewing
    from korea_cli.corpus import CorpusFiles
    from korea_cli.yamlio import parse_yaml

    writable_corpus(corpus, "review")
    env = current()
    if not env.stdin_is_terminal():
        raise UsageError("korea review asks questions: run it on a terminal, or use `korea annotate` in a script")
    data, essay_id = essay_in(corpus, essay, exact=True)
    relative = f"essays/{essay_id}.yaml"

    def record() -> dict[str, Any]:
        return parse_yaml(CorpusFiles(data.root).read(relative) or b"", str(data.root / relative))

    try:
        reviewing.walk(data.root, essay_id, record, _ask, _tell, author_id=lambda name: resolve(names.author, data, name, exact=True) or name)
    except EOFError:
        _tell()
        say("stopped; every change made so far is saved")
        raise typer.Exit(EXIT_NO_RESULTS) from None


@_command()
def edit(
    essay: Annotated[str, typer.Argument(metavar="ESSAY", show_default=False, autocompletion=_completer(names.essays), help="The essay (id or title).")],
    corpus: CorpusOption = None,
) -> None:
    """Edit an essay's record in $EDITOR, checked before saving.

    Opens the record (roles, authors, facts, annotations, `review`) in
    $VISUAL or $EDITOR. When you save, it is checked as `korea check` would
    check it; if it does not pass, the editor opens again with the problems
    at the top, until it passes or you give up (save it unchanged, or empty
    it). It is written only if no one changed it meanwhile.

    \b
    Examples:
      korea edit three-views-on-a-peace-regime --corpus ./my-corpus
      EDITOR=nano korea edit eai --corpus ./my-corpus
    """
    from korea_cli import edit as editing

    writable_corpus(corpus, "edit")
    _editor_command()  # no editor to run is said before anything else
    data, essay_id = essay_in(corpus, essay, exact=True)
    result = editing.edit(data.root, essay_id, _run_editor)
    if result.outcome is editing.Outcome.abandoned:  # no record written: said on stderr, as every outcome without a result is
        say(f"gave up: nothing written to {result.path}" + (f"; your edit is kept in {result.kept}" if result.kept else ""))
        raise typer.Exit(EXIT_NO_RESULTS)
    render.write_text(f"saved {result.path}" if result.outcome is editing.Outcome.saved else f"no change to {result.path}", output())


def _editor_command() -> str:
    """$VISUAL, else $EDITOR, else vi on a terminal; with no terminal and neither set, an error rather than a vi no one can see."""
    env = current()
    command = env.environ.get("VISUAL") or env.environ.get("EDITOR")
    if command:
        return command
    if env.stdin_is_terminal() and env.stdout_is_terminal():
        return "vi"
    raise UsageError("no editor: set $EDITOR (or $VISUAL) to the command that edits a file, e.g. EDITOR=nano")


def _run_editor(path: Path) -> None:
    """The editor on `path`, attached to this terminal; a one-line error if it cannot run or fails."""
    import shlex
    import subprocess

    command = _editor_command()
    try:
        status = subprocess.call([*shlex.split(command), str(path)], env=dict(current().environ))
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot run the editor {command!r} ({error}); set $EDITOR to one that works") from None
    if status != 0:
        raise UsageError(f"the editor {command!r} exited with status {status}; nothing was written")


annotate_app = typer.Typer(
    name="annotate",
    no_args_is_help=True,
    context_settings=HELP,
    help="""Annotate an essay's record without opening it.

    Set a passage's role and author, add positions and preconditions, keep or
    drop suggestions, and mark the essay reviewed.

    Each change is checked as `korea check` would check it before it is
    written (a quote must stand word for word in its passage), and keeps the
    record's comments and layout.

    \b
    Examples:
      korea annotate role my-essay 4 body --author doe-jane --corpus ./my-corpus
      korea annotate position my-essay 5 --topic sanctions --stance supports --summary "…" --quote "…" --corpus ./my-corpus
      korea annotate keep my-essay positions 1 --corpus ./my-corpus
      korea annotate mark my-essay reviewed --corpus ./my-corpus
    """,
)
_group(annotate_app)


def _annotate(corpus: str | None, essay: str, make: Callable[[Index, str], Any]) -> None:
    """Resolve the essay, build the change (from the index and the essay's id) with names resolved against the corpus, apply it, and say what was done."""
    from korea_cli import annotate as annotating

    writable_corpus(corpus, "annotate")
    data, essay_id = essay_in(corpus, essay, exact=True)
    result = annotating.annotate(data.root, essay_id, make(data, essay_id))
    render.write_text(f"{result.done}: {result.path}", output())


@annotate_app.command("role")
def annotate_role(
    essay: EssayArgument,
    n: PassageArgument,
    role: Annotated[str, typer.Argument(metavar="ROLE", show_default=False, help="body, byline, title, question, notes, boilerplate … (docs/corpus.md).")],
    authors: AuthorsOption = None,
    corpus: CorpusOption = None,
) -> None:
    """Set a passage's role, and whose it is."""
    from korea_cli import annotate as annotating
    from korea_cli import queries

    _annotate(
        corpus,
        essay,
        lambda data, essay_id: annotating.set_role(
            n, role, [resolve(names.author, data, a, exact=True) for a in authors or []], len(queries.passages(data, essay_id))
        ),
    )


@annotate_app.command("position")
def annotate_position(
    essay: EssayArgument,
    n: PassageArgument,
    topic: Annotated[str, typer.Option("--topic", "-t", show_default=False, help="The topic (id, label or alias).")],
    stance: Annotated[str, typer.Option("--stance", "-s", show_default=False, help="supports, opposes, conditional, skeptical or observes.")],
    summary: Annotated[str, typer.Option("--summary", show_default=False, help="The position in one sentence, in your words.")],
    quote: Annotated[str, typer.Option("--quote", show_default=False, help="The author's words, verbatim from the passage.")],
    author: Annotated[str | None, typer.Option("--author", show_default=False, help="Whose position (default: the passage's author).")] = None,
    series: ListOption = None,
    ordinal: OrdinalOption = None,
    care: Annotated[
        str | None, typer.Option("--care", show_default=False, help="Why 'AUTHOR stance TOPIC' holds, where the codebook marks the combination.")
    ] = None,
    corpus: CorpusOption = None,
) -> None:
    """Add a position an author takes in a passage."""

    def fields(data: Index) -> dict[str, Any]:
        if care is not None and not care.strip():
            raise UsageError("--care says why the sentence holds, in words; leave it out if there is nothing to say")
        said = {"care": care.strip()} if care else {}
        return {"topic": resolve(names.topic, data, topic, exact=True), "stance": resolve(names.stance, data, stance, exact=True), "summary": summary, **said}

    _add_annotation(corpus, essay, "positions", n, author, quote, fields, _listed(series, ordinal))


@annotate_app.command("precondition")
def annotate_precondition(
    essay: EssayArgument,
    n: PassageArgument,
    goal: Annotated[
        str, typer.Option("--for", show_default=False, help="What it is a precondition for: denuclearization, agreement, peace-regime, negotiations.")
    ],
    condition: Annotated[str, typer.Option("--condition", show_default=False, help="What must happen first, in a short phrase.")],
    quote: Annotated[str, typer.Option("--quote", show_default=False, help="The author's words, verbatim from the passage.")],
    topic: Annotated[str | None, typer.Option("--topic", "-t", show_default=False, help="The topic it bears on.")] = None,
    held_by: Annotated[str, typer.Option("--held-by", help="author, or north-korea (what the author says North Korea demands).")] = "author",
    author: Annotated[str | None, typer.Option("--author", show_default=False, help="Whose (default: the passage's author).")] = None,
    series: ListOption = None,
    ordinal: OrdinalOption = None,
    corpus: CorpusOption = None,
) -> None:
    """Add a precondition an author states in a passage."""

    def fields(data: Index) -> dict[str, Any]:
        return {
            "goal": resolve(names.goal, data, goal, exact=True),
            "condition": condition,
            **({"topic": resolve(names.topic, data, topic, exact=True)} if topic else {}),
            "held_by": resolve(names.holder, data, held_by, exact=True),
        }

    _add_annotation(corpus, essay, "preconditions", n, author, quote, fields, _listed(series, ordinal))


def _listed(series: str | None, ordinal: int | None) -> dict[str, Any]:
    if (series is None) != (ordinal is None):
        raise UsageError("--series and --ordinal go together: give both (the list's name and the number in it) or neither")
    return {"series": series, "ordinal": ordinal} if series is not None else {}


def _add_annotation(
    corpus: str | None, essay: str, kind: str, n: int, author: str | None, quote: str, fields: Callable[[Index], dict[str, Any]], listed: dict[str, Any]
) -> None:
    """A position or precondition: its author (resolved), its own fields, then the quote, the passage and its place in a list, in the record's order."""
    from korea_cli import annotate as annotating

    _annotate(
        corpus,
        essay,
        lambda data, _essay_id: annotating.add_annotation(
            kind, {"author": resolve(names.author, data, author, exact=True), **fields(data), "quote": quote, "passage": n, **listed}
        ),
    )


class SuggestionKind(enum.StrEnum):
    positions = "positions"
    preconditions = "preconditions"


SuggestionArguments = (
    Annotated[SuggestionKind, typer.Argument(metavar="KIND", case_sensitive=False, help="positions or preconditions.")],
    Annotated[
        int, typer.Argument(metavar="N", min=1, show_default=False, help="Which suggestion: the Nth of the essay's, as `--include-suggested` lists them.")
    ],
)


@annotate_app.command("keep")
def annotate_keep(
    essay: EssayArgument,
    kind: SuggestionArguments[0],
    number: SuggestionArguments[1],
    summary: Annotated[str | None, typer.Option("--summary", show_default=False, help="A position's summary, in your words.")] = None,
    stance: Annotated[str | None, typer.Option("--stance", "-s", show_default=False, help="A position's stance, where the guess is wrong.")] = None,
    condition: Annotated[str | None, typer.Option("--condition", show_default=False, help="A precondition's condition, in a short phrase.")] = None,
    care: Annotated[
        str | None, typer.Option("--care", show_default=False, help="Why 'AUTHOR stance TOPIC' holds, where the codebook marks the combination.")
    ] = None,
    corpus: CorpusOption = None,
) -> None:
    """Keep a suggestion `korea add` made, corrected as you say: it becomes an annotation.

    The suggestions after it move up one number: the next one is now this
    number (the output says so).
    """
    from korea_cli import annotate as annotating

    if care is not None and not care.strip():
        raise UsageError("--care says why the sentence holds, in words; leave it out if there is nothing to say")

    def make(data: Index, _essay_id: str) -> Any:
        updates = {"summary": summary, "stance": resolve(names.stance, data, stance, exact=True), "condition": condition, "care": (care or "").strip()}
        return annotating.keep_or_drop(kind.value, number, keep=True, updates={k: v for k, v in updates.items() if v})

    _annotate(corpus, essay, make)


@annotate_app.command("drop")
def annotate_drop(essay: EssayArgument, kind: SuggestionArguments[0], number: SuggestionArguments[1], corpus: CorpusOption = None) -> None:
    """Drop a suggestion `korea add` made."""
    from korea_cli import annotate as annotating

    _annotate(corpus, essay, lambda _data, _essay_id: annotating.keep_or_drop(kind.value, number, keep=False))


class ReviewState(enum.StrEnum):
    reviewed = "reviewed"
    draft = "draft"


@annotate_app.command("mark")
def annotate_mark(
    essay: EssayArgument,
    state: Annotated[ReviewState, typer.Argument(metavar="STATE", case_sensitive=False, help="reviewed or draft.")],
    drop_suggestions: Annotated[bool, typer.Option("--drop-suggestions", help="Drop the suggestions not yet kept or dropped.")] = False,
    corpus: CorpusOption = None,
) -> None:
    """Mark an essay reviewed (a person has checked it, and kept or dropped every suggestion) or a draft."""
    from korea_cli import annotate as annotating

    _annotate(corpus, essay, lambda _data, _essay_id: annotating.mark(state.value, drop_open=drop_suggestions))


@_command()
def migrate(corpus: CorpusOption = None) -> None:
    """Move a corpus from korea 0.1's layout to today's.

    korea 0.1 kept every author in one authors.yaml; now each author has a
    file in authors/, and each affiliation sits in the essay that states
    it, so adding an essay only ever creates files. The whole corpus is
    checked as it would be before anything is changed, and the change is
    made at once: all of it or none.

    \b
    Examples:
      korea migrate --corpus ./my-corpus
    """
    from korea_cli import journal
    from korea_cli import migrate as migration

    root = writable_corpus(corpus, "migrate")
    migration.plan(root)  # nothing to migrate, or a corpus that would not pass: said before the corpus is touched
    changes = journal.commit(root, lambda: migration.plan(root))
    authors = sum(path.startswith("authors/") for path in changes)
    essays = sum(path.startswith("essays/") for path in changes)
    render.write_text(f"migrated {root}: {authors} author files written, affiliations moved into {essays} essays, authors.yaml removed", output())


@_command()
def check(
    corpus: CorpusOption = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", case_sensitive=False, help="text (a report) or json (for tools).")] = CheckFormat.text,
) -> None:
    """Validate the corpus: schema, references, quotes.

    Checks every id, every reference, and that every quote stands word for
    word in its passage and every body paragraph has its author. Exits 0
    when clean, 2 with the problems listed.

    \b
    Examples:
      korea check
      korea check --corpus ./my-corpus --format json
    """
    out = output()
    report = queries.check(located(corpus))
    if fmt is CheckFormat.json:
        render.write_json(report, out)
    else:
        render.write_text(render.check_text(report), out)
    if not report["ok"]:
        raise typer.Exit(EXIT_BAD_INPUT)


@_command("index")
def index_command(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Build the index again from the corpus files.")] = False,
    corpus: CorpusOption = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", case_sensitive=False, help="text or json.")] = CheckFormat.text,
) -> None:
    """Show where the index is and what it holds.

    Every command keeps the index fresh by itself: it re-reads the essays
    whose files changed and rebuilds the whole when the codebook or authors
    change. The corpus files stay the only source of truth; deleting the
    index (in $XDG_CACHE_HOME/korea) loses nothing.

    \b
    Examples:
      korea index
      korea index --rebuild --corpus ./my-corpus
    """
    out = output()
    state = corpus_index(corpus, rebuild).state()
    if fmt is CheckFormat.json:
        render.write_json(state, out)
    else:
        render.write_text(render.index_text(state), out)


class WatchAction(enum.StrEnum):
    start = "start"
    status = "status"
    stop = "stop"


@_command("watch")
def watch_command(
    stop: Annotated[bool, typer.Option("--stop", help="End the corpus's watcher.")] = False,
    status: Annotated[bool, typer.Option("--status", help="Say whether a watcher runs, and what it has seen.")] = False,
    corpus: CorpusOption = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", case_sensitive=False, help="text or json.")] = CheckFormat.text,
) -> None:
    """Watch the corpus, so that queries need not check its files.

    Every query makes sure the index is fresh by looking at every corpus
    file: some 50 ms at 10,000 essays. A watcher (Linux only) hears of every
    change from the kernel; while it runs, a query asks it instead, and
    looks at the files only after a change. It runs until --stop, or until
    the corpus folder goes. Exits 1 on --status when none runs.

    \b
    Examples:
      korea watch --corpus ./my-corpus
      korea watch --status --corpus ./my-corpus
      korea watch --stop --corpus ./my-corpus
    """
    from korea_cli import watch
    from korea_cli.index import cache_file

    if stop and status:
        raise UsageError("--stop and --status ask different things; give one")
    root = located(corpus)
    resolved, index_path = str(root.resolve()), cache_file(root, current().environ)
    action = WatchAction.stop if stop else WatchAction.status if status else WatchAction.start
    if action is WatchAction.start:
        corpus_index(corpus)  # a corpus that does not load is said before a watcher starts
        state = watch.start(index_path, resolved)
        corpus_index(corpus)  # and the index records the watcher's first token: the next query need not sweep
    else:
        state = (watch.stop if stop else watch.status)(index_path, resolved)
    out = output()
    if fmt is CheckFormat.json:
        render.write_json(state, out)
    else:
        render.write_text(render.watch_text(state, action.value), out)
    if action is WatchAction.status and not state["watching"]:
        raise typer.Exit(EXIT_NO_RESULTS)


def run(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Run the app on `argv` in `env` (the process's own by default) and return the exit code; every expected failure becomes
    one line on the environment's stderr (`commands.answer`), a bad flag or argument too (`_usage_error`)."""
    args = list(argv) if argv is not None else sys.argv[1:]

    def call() -> Any:
        read = exclusions_into_the_query(options_after_the_command(args))
        try:
            return _app_for(read)(args=read, prog_name="korea", standalone_mode=False)
        except typer.TyperException as error:
            return _usage_error(error)
        except typer.Abort:
            return EXIT_INTERRUPTED

    return commands.answer(env or Environment(), call)


def _app_for(args: list[str]) -> typer.Typer:
    """An app of the one command `args` name, built with Typer's public API: Typer builds every registered command's options on
    each call, and a call needs one. Help, --version, and a name that is no command get the whole app, which lists them.
    tests/test_cli.py checks that each command's help and behaviour are the same either way."""
    name = next((arg for arg in args if not arg.startswith("-")), None)
    if name not in COMMANDS and name not in GROUPS:
        return app
    narrowed = typer.Typer(**APP_SETTINGS)
    narrowed.callback()(_root)
    if name in GROUPS:
        narrowed.add_typer(GROUPS[name])
    else:
        narrowed.command(name)(COMMANDS[name])
    return narrowed


def _usage_error(error: typer.TyperException) -> int:
    """Bad flags and arguments: one line naming the problem and where the help is."""
    ctx = getattr(error, "ctx", None)
    if type(error).__name__ == "NoArgsIsHelpError" and ctx is not None:
        # A bare `korea` (or a group without its command) shows the help, as users expect.
        print(ctx.get_help(), file=current().stdout)
        return EXIT_BAD_INPUT
    message = " ".join(error.format_message().split())
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    say(f"{message}{hint}")
    return EXIT_BAD_INPUT


def _tell(text: str = "") -> None:
    """A line of a dialogue (`korea review`) on the run's stdout."""
    print(text, file=current().stdout)


def _ask(prompt: str) -> str:
    """One answer from the run's stdin, after `prompt`; EOFError at its end (Ctrl-D), as `input` gives."""
    env = current()
    if env.stdin is sys.stdin and env.stdout is sys.stdout:
        return input(prompt)  # line editing on a real terminal
    env.stdout.write(prompt)
    env.stdout.flush()
    line = env.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\n")
