"""Every output format, terminal detection and colour, in one place.

Commands hand over records (dicts whose keys are the stable, documented
field names) and name the view; this module decides how they look. `Output`
is plain injectable state, so tests drive the terminal and the piped case
alike. Rich is imported only when something is drawn for a terminal.

Text from the corpus (and from names, titles and file names) may hold
control characters; every human-readable form passes it through `visible`,
so that they are shown, never executed. JSON stays JSON: it escapes what
`visible` would show, in its own way.
"""

from __future__ import annotations

import csv
import enum
import json
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO, assert_never

from korea_cli.text import SHOWN_AFTER_JSON, counted, visible

if TYPE_CHECKING:
    from korea_cli.environment import Environment

Record = Mapping[str, Any]

_UNSAFE_IN_JSON = re.compile("[" + SHOWN_AFTER_JSON + "]")


def _json(value: Any, indent: int | None = None) -> str:
    """`value` as JSON that is safe on a terminal too: what `json` leaves raw of `visible`'s characters, as \\u escapes.

    `json.dumps` escapes C0 controls always, but with ensure_ascii=False
    (kept so that accents and Hangul stay readable) writes DEL, C1 controls and
    bidi controls raw; a \\u escape is the same string to every JSON reader.
    """
    return _UNSAFE_IN_JSON.sub(_json_escape, json.dumps(value, ensure_ascii=False, indent=indent))


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


class Format(enum.StrEnum):
    """Output formats; `table` on a terminal and `tsv` in a pipe unless asked."""

    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    md = "md"


class Color(enum.StrEnum):
    """`--color`: on a terminal only (auto), always (`| less -R`), or never."""

    auto = "auto"
    always = "always"
    never = "never"


class Output(NamedTuple):
    """Where output goes and what that place can show."""

    stream: TextIO
    is_tty: bool
    color: bool
    width: int | None = None
    """The terminal's width when the run's environment states it; None: Rich asks the terminal."""

    @classmethod
    def detect(cls, env: Environment, no_color: bool = False, color: Color = Color.auto, pager: bool = False) -> Output:
        """The run's stdout as it is. Colour: `--color always|never` and `--no-color` first; else never with NO_COLOR, always with
        FORCE_COLOR or CLICOLOR_FORCE, never with TERM=dumb, and otherwise on a terminal only. With `pager`, long output on a
        terminal goes through $KOREA_PAGER, $PAGER or `less -FRX` (`Paged`)."""
        stream, environ, is_tty = env.stdout, env.environ, env.stdout_is_terminal()
        forced = any(environ.get(name, "") not in ("", "0") for name in ("FORCE_COLOR", "CLICOLOR_FORCE"))
        if no_color or color is Color.never:
            coloured = False
        elif color is Color.always:
            coloured = True
        else:
            coloured = not environ.get("NO_COLOR") and (forced or (is_tty and environ.get("TERM") != "dumb"))
        command = environ.get("KOREA_PAGER", environ.get("PAGER", "less -FRX")).strip()
        if pager and is_tty and command and command != "cat":
            stream = Paged(stream, command, environ)
        return cls(stream, is_tty, coloured, env.columns)

    def format(self, requested: Format | None) -> Format:
        return requested or (Format.table if self.is_tty else Format.tsv)


class Column(NamedTuple):
    """One column of the table, TSV, CSV and Markdown forms of a record."""

    key: str
    header: str
    style: str = ""
    ratio: int | None = None
    no_wrap: bool = False
    joiner: str = ", "
    """How a table joins a list field; TSV and CSV always join with '; '."""
    in_table: bool = True
    """False for fields scripts need but a reader at a terminal does not (ids beside names)."""
    in_delimited: bool = True
    """False for columns only a reader needs (a display form of fields already present): not in TSV or CSV."""
    show: Callable[[Record], Any] | None = None
    """What a table or Markdown shows, when that is not simply the field: a value, or lines as (text, style) pairs."""


STANCE_STYLES = {"supports": "green", "opposes": "red", "conditional": "yellow", "skeptical": "magenta", "observes": "blue"}


def _fact(key: str, missing: str = "—") -> Callable[[Record], str]:
    """An essay's title, publisher or date as a reader should see it: marked when inferred."""

    def show(record: Record) -> str:
        value = record[key]
        if value is None:
            return missing
        return f"{value} (inferred)" if key in record["inferred"] else value

    return show


Lines = list[tuple[str, str]]


def _stacked(*keys: str) -> Callable[[Record], Lines]:
    """Short fields one above the other in one cell: the name bold, a stance in its colour, a list's name and number."""

    def show(record: Record) -> Lines:
        lines = []
        for key in keys:
            value = record.get(key)
            if key == "series" and value:
                lines.append((f"{value} #{record['ordinal']}", "dim"))
            elif value:
                style = "bold cyan" if key == "author" else STANCE_STYLES.get(value, "dim" if key == "held_by" else "")
                lines.append((f"held by {value}" if key == "held_by" else value, style))
        return lines

    return show


def _cited(record: Record) -> Lines:
    """A passage id, and below it in a table what is not yet reviewed: a draft essay's, or a suggestion."""
    status = record.get("status", "reviewed")
    return [(record["passage"], "dim")] + ([(status, "bold yellow")] if status != "reviewed" else [])


def _argued(text_key: str) -> Callable[[Record], Lines]:
    """Our words, then theirs: a summary or condition above the verbatim quote."""
    return lambda record: [(record[text_key], ""), (f"“{record['quote']}”", "italic")]


WHO = (
    Column("id", "ID", in_table=False),
    Column("name", "Author", style="bold cyan", no_wrap=True),
    Column("affiliations", "Affiliations", ratio=3, joiner="\n"),
    Column("essays", "Essays", no_wrap=True, joiner="\n"),
    Column("topics", "Topics", ratio=3),
)
POSITIONS = (
    Column("author_id", "Author ID", in_table=False),
    Column("author", "Author", in_table=False),
    Column("topic", "Topic", in_table=False),
    Column("stance", "Stance", in_table=False),
    Column("summary", "Summary", in_table=False),
    Column("quote", "Quote", in_table=False),
    Column("who", "Author · topic · stance", no_wrap=True, in_delimited=False, show=_stacked("author", "topic", "stance", "series")),
    Column("position", "Position, then its quote", ratio=1, in_delimited=False, show=_argued("summary")),
    Column("passage", "Passage", style="dim", no_wrap=True, show=_cited),
    Column("status", "Status", in_table=False),
    Column("series", "Series", in_table=False),
    Column("ordinal", "Ordinal", in_table=False),
)
PRECONDITIONS = (
    Column("author_id", "Author ID", in_table=False),
    Column("author", "Author", in_table=False),
    Column("goal", "For", in_table=False),
    Column("condition", "Condition", in_table=False),
    Column("held_by", "Held by", in_table=False),
    Column("topic", "Topic", in_table=False),
    Column("quote", "Quote", in_table=False),
    Column("who", "Author · for · view", no_wrap=True, in_delimited=False, show=_stacked("author", "goal", "held_by", "series")),
    Column("precondition", "Condition, then its quote", ratio=1, in_delimited=False, show=_argued("condition")),
    Column("passage", "Passage", style="dim", no_wrap=True, show=_cited),
    Column("status", "Status", in_table=False),
    Column("series", "Series", in_table=False),
    Column("ordinal", "Ordinal", in_table=False),
)
PROFILE_POSITIONS = (
    Column("who", "Topic · stance", no_wrap=True, show=_stacked("topic", "stance", "series")),
    Column("position", "Position, then its quote", ratio=1, show=_argued("summary")),
    Column("passage", "Passage", style="dim", no_wrap=True, show=_cited),
)
PROFILE_PRECONDITIONS = (
    Column("who", "For · view", no_wrap=True, show=_stacked("goal", "held_by", "series")),
    Column("precondition", "Condition, then its quote", ratio=1, show=_argued("condition")),
    Column("passage", "Passage", style="dim", no_wrap=True, show=_cited),
)
PROFILE_PASSAGES = (
    Column("passage", "Passage", style="dim", no_wrap=True, show=_cited),
    Column("text", "Text", ratio=1),
)
ESSAYS = (
    Column("id", "ID", style="bold", no_wrap=True, show=lambda r: [(r["id"], "bold")] + ([(r["status"], "bold yellow")] if r["status"] != "reviewed" else [])),
    Column("title", "Title", ratio=3, show=_fact("title", "untitled")),
    Column("publisher", "Publisher", ratio=2, show=_fact("publisher")),
    Column("date", "Date", no_wrap=True, show=_fact("date")),
    Column("inferred", "Inferred", in_table=False),
    Column("authors", "Authors", no_wrap=True, joiner="\n"),
    Column("passages", "Passages", no_wrap=True),
    Column("status", "Status", in_table=False),
)
TOPICS = (
    Column("id", "Topic", style="bold", no_wrap=True),
    Column("label", "Label", in_table=False),
    Column("positions", "Positions", no_wrap=True),
    Column("preconditions", "Precond.", no_wrap=True),
    Column("passages", "Passages", no_wrap=True),
    Column("aliases", "Label, then aliases", ratio=1, show=lambda r: [(r["label"], ""), (", ".join(r["aliases"]), "dim")]),
)
PASSAGES = (
    Column("passage", "Passage", style="dim", no_wrap=True),
    Column("role", "Role", in_table=False),
    Column("author_id", "Author ID", in_table=False),
    Column("voice", "Role · author", no_wrap=True, in_delimited=False, show=lambda r: [(r["role"], "dim"), (r["author"] or "", "bold cyan")]),
    Column("text", "Text", ratio=4),
    Column("status", "Status", in_table=False),
)
QUOTE = (
    Column("passage", "Passage", style="dim", no_wrap=True, show=_cited),
    Column("author", "Author", style="bold cyan"),
    Column("text", "Text", ratio=4),
    Column("citation", "Citation", ratio=2),
    Column("status", "Status", in_table=False),
)
VERIFY = (
    Column("match", "Match", style="bold", no_wrap=True, show=lambda r: f"{r['match']}, elided" if r["elided"] else r["match"]),
    Column("elided", "Elided", in_table=False),
    Column("similarity", "Similarity", no_wrap=True, in_table=False),
    Column("passage", "Passage", style="dim", no_wrap=True, show=_cited),
    Column("author", "Author", style="bold cyan"),
    Column("status", "Status", in_table=False),
    Column("found", "Found", ratio=3),
    Column("diff", "[-corpus-]{+quotation+}", ratio=3),
)
COMPARE = (
    Column("author_id", "Author ID"),
    Column("author", "Author"),
    Column("topic", "Topic"),
    Column("stances", "Stances"),
    Column("passages", "Passages"),
    Column("status", "Status"),
)


def _unreviewed(record: Record) -> Lines:
    return [(record["status"], "bold yellow")] if record["status"] != "reviewed" else []


CONFLICTS = tuple(
    Column(key, header)
    for key, header in (
        ("conflict", "#"),
        ("first", "First"),
        ("then", "Then"),
        ("voice", "Whose"),
        ("author", "Author"),
        ("author_id", "Author ID"),
        ("held_by", "Held by"),
        ("conditions", "Conditions"),
        ("quotes", "Quotes"),
        ("passages", "Passages"),
        ("status", "Status"),
    )
)
"""A conflict's side as a record, for tools; `render_conflicts` sets the two sides side by side for a reader."""


SEARCH = (
    Column("passage", "Passage", style="dim", no_wrap=True),
    Column("author", "Author", style="bold cyan", no_wrap=True),
    Column("score", "Score", no_wrap=True),
    Column("text", "Text", ratio=1),
    Column("status", "Status", in_table=False),
    Column("missing", "Missing", in_table=False),
)
SIMILAR = (
    Column("passage", "Passage", style="dim", no_wrap=True, show=_cited),
    Column("author", "Author", style="bold cyan"),
    Column("author_id", "Author ID", in_table=False),
    Column("role", "Role", in_table=False),
    Column("score", "Score", no_wrap=True),
    Column("shared", "Shared words", ratio=1),
    Column("text", "Text", ratio=3),
    Column("status", "Status", in_table=False),
)
WHY = Column("why", "Why", ratio=2)
"""With `--explain`: why a hit ranks where it does, in words (its last column)."""
PROFILE_ROWS = (
    Column("kind", "Kind"),
    Column("topic", "Topic"),
    Column("stance", "Stance"),
    Column("goal", "For"),
    Column("held_by", "Held by"),
    Column("text", "Summary or condition"),
    Column("quote", "Quote"),
    Column("passage", "Passage"),
    Column("series", "Series", in_table=False),
    Column("ordinal", "Ordinal", in_table=False),
)


class Paged:
    """A terminal's stream that holds what is written and, when the command is done (`finish`, run at exit), shows it: as it is
    when it fits the screen, else through the pager, as `git` and `gh` do. A pager that cannot start, or is quit early, is no error."""

    def __init__(self, terminal: TextIO, command: str, environ: Mapping[str, str]) -> None:
        import atexit

        self.terminal = terminal
        self.command = command
        self.environ = environ
        self.parts: list[str] = []
        atexit.register(self.finish)

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.terminal.fileno()  # where the terminal's size is read

    @property
    def encoding(self) -> str:
        return getattr(self.terminal, "encoding", "utf-8") or "utf-8"

    def finish(self) -> None:
        import shlex
        import shutil
        import subprocess

        text, self.parts = "".join(self.parts), []
        if not text:
            return
        if text.count("\n") < shutil.get_terminal_size().lines - 1:
            self.terminal.write(text)
            self.terminal.flush()
            return
        import signal

        environ = {**self.environ, "LESS": self.environ.get("LESS", "FRX")}  # as git does: `less` shows colour and quits on a short text
        piping = getattr(signal, "SIGPIPE", None)
        previous = signal.signal(piping, signal.SIG_IGN) if piping is not None else None  # a pager quit early is no error
        try:
            subprocess.run(shlex.split(self.command), input=text, text=True, check=False, env=environ)
        except (OSError, ValueError):  # no such pager, or a command line that does not parse: the text as it is
            self.terminal.write(text)
            self.terminal.flush()
        except KeyboardInterrupt:
            pass
        finally:
            if piping is not None and previous is not None:
                signal.signal(piping, previous)


def progress_bar(env: Environment) -> Callable[[int, int], None] | None:
    """A one-line bar on stderr while a large index builds; nothing when stderr is not a terminal."""
    if not env.stderr_is_terminal():
        return None
    stream = env.stderr
    last = [0.0]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if total < 200 or (now - last[0] < 0.1 and done + 1 < total):
            return
        last[0] = now
        width = 30
        filled = width * (done + 1) // total
        end = "\n" if done + 1 == total else ""
        stream.write(f"\rkorea: indexing the corpus [{'#' * filled}{'.' * (width - filled)}] {100 * (done + 1) // total:3d}%{end}")
        stream.flush()

    return show


def render_records(records: Sequence[Record], columns: Sequence[Column], fmt: Format, out: Output, title: str | None = None) -> None:
    """Write `records` to `out` in format `fmt`; JSON forms carry every field, the rest the view's columns.

    One exhaustive dispatch: a format added to `Format` and forgotten here fails (`assert_never`), never falls to a table."""
    match fmt:
        case Format.json:
            write_json(list(records), out)
        case Format.jsonl:
            for record in records:
                out.stream.write(_json(record) + "\n")
        case Format.tsv:
            delimited = [c for c in columns if c.in_delimited]
            keys = [c.key for c in delimited]
            out.stream.writelines(_tsv_line([_cell(record[key]) for key in keys]) for record in records)
        case Format.csv:
            writer = csv.writer(out.stream, lineterminator="\n")
            delimited = [c for c in columns if c.in_delimited]
            writer.writerow([c.key for c in delimited])
            writer.writerows([visible(_cell(record[c.key])) for c in delimited] for record in records)
        case Format.md:
            if title:
                out.stream.write(f"## {visible(title)}\n\n")
            out.stream.write(_markdown(records, columns))
        case Format.table:
            console = _console(out)
            if title:
                console.print(visible(title), style="bold" if out.color else "")
            console.print(_table(records, columns, out))
        case _:
            assert_never(fmt)


def render_empty(columns: Sequence[Column], fmt: Format, out: Output) -> None:
    """An answer with no records, as a program reading the format expects it: `[]` in JSON, the header line in CSV;
    nothing in JSONL, TSV, Markdown or a table (the reason goes to stderr)."""
    match fmt:
        case Format.json | Format.csv:
            render_records([], columns, fmt, out)
        case Format.jsonl | Format.tsv | Format.md | Format.table:
            pass
        case _:
            assert_never(fmt)


def render_profile(profile: Record, fmt: Format, out: Output) -> None:
    """One author in full: a heading and two tables for readers, one row per annotation for tools."""
    match fmt:
        case Format.json | Format.jsonl:
            out.stream.write(_json([profile] if fmt is Format.json else profile, indent=2 if fmt is Format.json else None) + "\n")
        case Format.tsv | Format.csv:
            render_records(_profile_rows(profile), PROFILE_ROWS, fmt, out)
        case Format.md:
            heading = _profile_heading(profile)
            out.stream.write(f"# {heading[0]}\n\n" + "".join(f"- {line}\n" for line in heading[1:]))
            for title, records, columns in _profile_sections(profile):
                out.stream.write("\n")
                render_records(records, columns, fmt, out, title=title)
        case Format.table:
            heading = _profile_heading(profile)
            console = _console(out)
            console.print(heading[0], style="bold cyan" if out.color else "")
            for line in heading[1:]:
                console.print(line)
            for title, records, columns in _profile_sections(profile):
                console.print()
                console.print(f"{title} ({len(records)})", style="bold" if out.color else "")
                if records:
                    console.print(_table(records, columns, out))
        case _:
            assert_never(fmt)


def _profile_heading(profile: Record) -> list[str]:
    """Name and id, each affiliation with its passage, the essays."""
    heading = [f"{profile['name']} ({profile['id']})"]
    heading += [f"{a['text']} [{a['passage']}]" for a in profile["affiliations"]]
    heading.append("Essays: " + ", ".join(profile["essays"]))
    return [visible(line) for line in heading]


def _profile_sections(profile: Record) -> list[tuple[str, Sequence[Record], Sequence[Column]]]:
    """Positions, preconditions and, with a topic, every passage of theirs on it (annotated or not)."""
    sections = [("Positions", profile["positions"], PROFILE_POSITIONS), ("Preconditions", profile["preconditions"], PROFILE_PRECONDITIONS)]
    if profile.get("passages") is not None:
        sections.append((f"Passages on {profile['topic']}", profile["passages"], PROFILE_PASSAGES))
    return sections


def _profile_rows(profile: Record) -> list[Record]:
    """One row per position, precondition and passage on the topic, for TSV and CSV."""
    rows = [{"kind": "position", **p, "goal": "", "held_by": "", "text": p["summary"]} for p in profile["positions"]]
    rows += [{"kind": "precondition", **p, "stance": "", "text": p["condition"]} for p in profile["preconditions"]]
    rows += [
        {"kind": "passage", **p, "topic": profile["topic"], "stance": "", "goal": "", "held_by": "", "quote": "", "series": None, "ordinal": None}
        for p in profile.get("passages") or []
    ]
    return rows


def render_essay(essay: Record, passages: Sequence[Record], fmt: Format, out: Output) -> None:
    """An essay's text, passage by passage, headed by its metadata on a terminal and in Markdown."""
    if fmt not in (Format.table, Format.md):
        render_records(passages, PASSAGES, fmt, out)
        return
    facts = [_fact("title", "untitled")(essay), _fact("publisher", "no publisher stated")(essay), _fact("date", "undated")(essay)]
    title = " · ".join([essay["id"], *facts, *(["draft: not yet reviewed"] if essay["status"] != "reviewed" else [])])
    if fmt is Format.md:
        out.stream.write(f"# {visible(title)}\n\n")
        render_records(passages, PASSAGES, fmt, out)
        return
    render_records(passages, PASSAGES, fmt, out, title=title)


def render_quote(record: Record, fmt: Format | None, out: Output, cite: bool) -> None:
    """A passage to read or paste, with its citation line when asked for: as text unless a format is asked for (so that
    `korea quote ID --cite > q.txt` holds the quotable text). JSON is an array of the one record, as every command's is."""
    columns = QUOTE if cite else tuple(c for c in QUOTE if c.key != "citation")
    if fmt not in (None, Format.table):
        render_records([record], columns, fmt, out)
        return
    if not out.is_tty:  # plain lines, unwrapped: the text as it stands in the passage
        out.stream.write(visible(record["text"]) + "\n" + (f"\n— {visible(record['citation'])}\n" if cite else ""))
        return
    console = _console(out)
    console.print(visible(record["text"]))
    if cite:
        console.print()
        console.print(visible(f"— {record['citation']}"), style="dim" if out.color else "")


def render_search(hits: Sequence[Record], fmt: Format, out: Output, full: bool = False, explain: bool = False) -> None:
    """Hits best first: on a terminal each with its matches highlighted, cropped unless `full`."""
    if fmt is not Format.table:
        if explain and fmt in (Format.tsv, Format.csv, Format.md):  # the reasons in words where JSON has its `explain` object
            render_records([{**hit, "why": _explanation(hit["explain"]).strip().removeprefix("why: ")} for hit in hits], (*SEARCH, WHY), fmt, out)
        else:
            render_records(hits if explain else [{k: v for k, v in hit.items() if k != "explain"} for hit in hits], SEARCH, fmt, out)
        return
    from rich.text import Text

    console = _console(out)
    for i, hit in enumerate(hits):
        if i:
            console.print()
        heading = Text()
        heading.append(visible(hit["passage"]), style="dim" if out.color else "")
        if hit["author"]:
            heading.append("  ")
            heading.append(visible(hit["author"]), style="bold cyan" if out.color else "")
        heading.append(f"  {hit['score']:.2f}")
        if hit.get("status", "reviewed") != "reviewed":
            heading.append(f"  {visible(hit['status'])}", style="bold yellow" if out.color else "")
        if hit.get("missing"):
            heading.append(f"  lacks {visible(', '.join(hit['missing']))}", style="magenta" if out.color else "")
        console.print(heading)
        text, spans = (hit["text"], hit["matches"]) if full else (hit["snippet"], hit["snippet_matches"])
        console.print(_highlighted(text, spans if out.color else []))
        if explain:
            console.print(visible(_explanation(hit["explain"])), style="dim" if out.color else "")


def _highlighted(text: str, spans: Sequence[tuple[int, int]]):
    """`text` made `visible` piece by piece, so that the match spans (offsets into the raw text) still mark the matches."""
    from rich.text import Text

    body = Text()
    at = 0
    for start, end in sorted(spans):
        start = max(start, at)  # a phrase's span may cover a word's
        if end <= start:
            continue
        body.append(visible(text[at:start]))
        body.append(visible(text[start:end]), style="bold yellow")
        at = end
    body.append(visible(text[at:]))
    return body


def _explanation(explain: Record) -> str:
    """Why a hit ranks where it does, in the order the ranking rules apply."""
    words = []
    for query, how in explain["matched"].items():
        forms = ", ".join(f for f in how["as"] if f != query)
        way = {"prefix": "its start", "stem": "another form of the word"}.get(how.get("how", ""), f"{how['typos']} typo{'s' * (how['typos'] != 1)}")
        words.append(f"{query} (as {forms}, {way})" if forms else query)
    words += [f"“{phrase}”" for phrase in explain["phrases"]]
    parts = [f"matched {', '.join(words)}"]
    if explain.get("glossary"):
        parts.append(f"by the glossary, {explain['glossary']}")
    if explain["missing"]:
        parts.append(f"missing {', '.join(explain['missing'])}")
    parts.append(f"typos {explain['typos']}")
    if len(explain["matched"]) + len(explain["missing"]) > 1:  # word order only means something for two words or more
        parts.append(f"distance {explain['distance']}")
        parts.append("the exact phrase" if explain["exact_phrase"] else "not the exact phrase")
    return "  why: " + "; ".join(parts)


def render_compare(cells: Sequence[Record], fmt: Format, out: Output) -> None:
    """Topics down, authors across, stances in the cells; one record per cell for tools."""
    if fmt not in (Format.table, Format.md):
        render_records(cells, COMPARE, fmt, out)
        return
    authors = list(dict.fromkeys(c["author"] for c in cells))
    rows: dict[str, dict[str, Any]] = {}
    for cell in cells:
        drafted = ["(draft)"] if cell["status"] == "draft" else []  # a stance a person has not yet reviewed says so
        rows.setdefault(cell["topic"], {"topic": cell["topic"]})[cell["author"]] = cell["stances"] + drafted
    columns = [Column("topic", "Topic", style="bold", no_wrap=True)]
    columns += [Column(author, author, ratio=1, joiner="\n", show=_stances(author)) for author in authors]
    if fmt is Format.md:
        out.stream.write(_markdown(list(rows.values()), columns))
        return
    _console(out).print(_table(list(rows.values()), columns, out))


VERSUS_FIELDS = ("stances", "quotes", "passages", "status")


def versus_view(first: str, second: str) -> tuple[Column, ...]:
    """Topic and verdict, then each author's positions on it: the stance, the quote, the passage."""
    columns = [
        Column("topic", "Topic", style="bold", no_wrap=True, in_table=False),
        Column("verdict", "Verdict", in_table=False),
        Column(
            "cell",
            "Topic · verdict",
            no_wrap=True,
            in_delimited=False,
            show=lambda r: [(r["topic"], "bold"), (_verdict_words(r), VERDICT_STYLES[r["verdict"]])],
        ),
    ]
    for prefix, name in (("", first), ("other_", second)):
        columns += [Column(f"{prefix}author", "Author", in_table=False), Column(f"{prefix}author_id", "Author ID", in_table=False)]
        columns += [Column(f"{prefix}{field}", field.title(), in_table=False) for field in VERSUS_FIELDS]
        columns.append(Column(f"{prefix}said", name, ratio=1, in_delimited=False, show=_said(prefix)))
    return tuple(columns)


VERDICT_STYLES = {
    "agree": "green",
    "disagree": "red",
    "mixed": "yellow",
    "differ": "yellow",
    "both-observe": "blue",
    "only-first": "dim",
    "only-second": "dim",
    "neither": "dim",
}


def _verdict_words(record: Record) -> str:
    """The verdict as a reader says it: 'only Chun Chaesung' rather than 'only-first'."""
    match record["verdict"]:
        case "only-first":
            return f"only {record['author']}"
        case "only-second":
            return f"only {record['other_author']}"
        case "both-observe":
            return "both observe"
        case verdict:
            return verdict


def _said(prefix: str) -> Callable[[Record], Lines]:
    """One author's side of a topic: each position's stance, its quote, its passage; or that they are silent on it."""

    def show(record: Record) -> Lines:
        lines: Lines = [(record[f"{prefix}status"], "bold yellow")] if record[f"{prefix}status"] not in ("reviewed", None) else []
        for stance, quote, passage in zip(record[f"{prefix}stances"], record[f"{prefix}quotes"], record[f"{prefix}passages"], strict=True):
            lines += [(stance, STANCE_STYLES[stance]), (f"“{quote}”", "italic"), (passage, "dim")]
        return lines or [("silent", "dim")]

    return show


COVERAGE = (
    Column("author", "Author"),
    Column("author_id", "Author ID"),
    Column("essay", "Essay"),
    Column("topic", "Topic"),
    Column("coverage", "Coverage"),
    Column("positions", "Positions"),
    Column("preconditions", "Preconditions"),
    Column("passages", "Passages"),
    Column("drafts", "Drafts"),
)
COVERAGE_STYLES = {"argued": "green", "mentioned": "yellow", "silent": "dim"}


def render_conflicts(sides: Sequence[Record], fmt: Format, out: Output) -> None:
    """A conflict's two sides side by side on a terminal or in Markdown, each with its order, voice and quotes; one record per
    side for tools (numbered alike)."""
    if fmt not in (Format.table, Format.md):
        render_records(sides, CONFLICTS, fmt, out)
        return
    rows = [{"conflict": first["conflict"], "one": first, "other": second} for first, second in zip(sides[::2], sides[1::2], strict=True)]
    columns = [
        Column("conflict", "#", style="bold", no_wrap=True),
        Column("one", "One voice puts…", ratio=1, show=lambda r: _side(r["one"])),
        Column("other", "…and another the other way", ratio=1, show=lambda r: _side(r["other"])),
    ]
    if fmt is Format.md:
        out.stream.write(_markdown(rows, columns))
        return
    _console(out).print(_table(rows, columns, out))


def _side(side: Record) -> Lines:
    """One side of a conflict: its order, whose it is, then each step's condition, quote and passage."""
    lines: Lines = [(f"{side['first']} before {side['then']}", "bold"), (side["voice"], "bold cyan"), *_unreviewed(side)]
    for condition, quote, passage in zip(side["conditions"], side["quotes"], side["passages"], strict=True):
        lines += [(condition, ""), (f"“{quote}”", "italic"), (passage, "dim")]
    return lines


def render_coverage(cells: Sequence[Record], by: str, fmt: Format, out: Output) -> None:
    """Topics down, authors (or essays) across, how each addresses each in the cells, silences named; one record per cell for tools."""
    if fmt not in (Format.table, Format.md):
        render_records(cells, tuple(c for c in COVERAGE if c.key in cells[0]), fmt, out)
        return
    rows: dict[str, dict[str, Any]] = {}
    for cell in cells:
        rows.setdefault(cell["topic"], {"topic": cell["topic"]})[cell[by]] = cell
    heads = list(dict.fromkeys(cell[by] for cell in cells))
    columns = [Column("topic", "Topic", style="bold", no_wrap=True)]
    columns += [Column(head, head, ratio=1, show=_covered(head)) for head in heads]
    if fmt is Format.md:
        out.stream.write(_markdown(list(rows.values()), columns))
        return
    console = _console(out)
    console.print(_table(list(rows.values()), columns, out))
    legend = "argued (N positions and preconditions) · mentioned (N passages, none annotated) · silent (neither)"
    console.print(legend, style="dim" if out.color else "", markup=False, highlight=False)


def _covered(head: str) -> Callable[[Record], Lines]:
    def show(row: Record) -> Lines:
        cell = row[head]
        count = cell["positions"] + cell["preconditions"] if cell["coverage"] == "argued" else cell["passages"]
        drafts = f", {cell['drafts']} draft" if cell["drafts"] else ""
        text = "silent" if cell["coverage"] == "silent" else f"{cell['coverage']} ({count}{drafts})"
        return [(text, COVERAGE_STYLES[cell["coverage"]])]

    return show


def _stances(author: str) -> Callable[[Record], str]:
    return lambda row: "\n".join(row.get(author) or ["·"])


def render_graph(graph: Record, fmt: str, out: Output) -> None:
    """The precondition graph as Graphviz DOT, a Mermaid flowchart, or one JSON object (`nodes`, `edges`)."""
    from korea_cli import graph as drawing

    match fmt:
        case "dot":
            write_text(drawing.dot(graph), out)
        case "mermaid":
            write_text(drawing.mermaid(graph), out)
        case _:
            write_json(graph, out)


def render_export(records: Sequence[Record], fmt: Format, out: Output) -> None:
    """Typed records for other tools: JSON as they are; CSV as one table over the union of fields."""
    if fmt is not Format.csv:
        render_records(records, (), fmt, out)
        return
    fields = list(dict.fromkeys(key for record in records for key in record))
    writer = csv.writer(out.stream, lineterminator="\n")
    writer.writerow(fields)
    for record in records:
        writer.writerow([visible(_flat(record.get(key))) for key in fields])


def _flat(value: Any) -> str:
    """A CSV cell: lists of plain values joined by '; ', anything nested as JSON."""
    if isinstance(value, Mapping) or (isinstance(value, (list, tuple)) and any(isinstance(v, Mapping) for v in value)):
        return _json(value)
    return _cell(value)


def write_text(text: str, out: Output) -> None:
    """Plain text to the data stream, ending in exactly one newline, its control characters `visible`."""
    out.stream.write(visible(text).rstrip("\n") + "\n")


def write_json(value: Any, out: Output) -> None:
    out.stream.write(_json(value, indent=2) + "\n")


def _cell(value: Any) -> str:
    """A field as one string: lists joined by '; ', missing values empty, an affiliation as its text."""
    if type(value) is str:
        return value  # the most common cell, first
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"  # as JSON writes it
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell_items(value))
    if isinstance(value, Mapping):
        return str(value.get("text", ""))
    return str(value)


def _cell_items(values: Sequence[Any]) -> list[str]:
    """A list's items as a cell shows them. An affiliation shows its text alone, so the same text stated in twenty essays
    is one item, not twenty (the JSON keeps each statement, with its passage)."""
    if all(type(item) is str for item in values):
        return list(values)  # ids and topics: as they are, without a call an item (an author of 40 essays at 10,000)
    if all(type(item) is dict for item in values):  # affiliations: each one's text, once (ten thousand at 10,000 essays)
        return list(dict.fromkeys([str(item.get("text", "")) for item in values]))
    items = [_cell(item) for item in values]
    return list(dict.fromkeys(items)) if any(isinstance(item, Mapping) for item in values) else items


def _lines(record: Record, column: Column) -> Lines:
    """A field as a table or Markdown cell shows it: lines with their styles."""
    value = column.show(record) if column.show else record[column.key]
    if isinstance(value, list) and all(isinstance(v, tuple) for v in value):
        return value
    if isinstance(value, (list, tuple)):
        value = column.joiner.join(_cell_items(value))
    text = _cell(value)
    stance = STANCE_STYLES.get(text, "")
    return [(line, stance) for line in text.replace("\r\n", "\n").split("\n")]  # a Windows line end ends a line too


def _tsv_line(cells: list[str]) -> str:
    """One record as a TSV line. Nearly no field holds a tab, a backslash or a control character: then one look at the whole
    line stands for a look at each field (7,000 records of ten fields at 10,000 essays), and the fields join as they are."""
    line = "\t".join(cells)
    spaced = line.replace("\t", " ")
    if line.count("\t") == len(cells) - 1 and "\\" not in line and visible(spaced) is spaced:  # `visible` hands back what it need not change
        return line + "\n"
    return "\t".join(map(_tsv_field, cells)) + "\n"


def _tsv_field(text: str) -> str:
    """Escape so that one record stays one line, tabs only separate fields, and no control character reaches a terminal.

    Backslashes are doubled first, so every escape `visible` writes can be read back.
    """
    return visible(text.replace("\\", "\\\\"), keep="")


def _markdown(records: Iterable[Record], columns: Sequence[Column]) -> str:
    def escape(text: str) -> str:
        return visible(text.replace("\r\n", "\n")).replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")

    columns = [c for c in columns if c.in_table]
    lines = ["| " + " | ".join(escape(c.header) for c in columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(escape("\n".join(text for text, _ in _lines(record, c))) for c in columns) + " |" for record in records]
    return "\n".join(lines) + "\n"


def _console(out: Output):
    import shutil

    from rich.console import Console

    width = out.width or shutil.get_terminal_size().columns  # COLUMNS=0 or junk: the terminal's own width, else 80 (Rich would draw nothing)
    return Console(file=out.stream, width=width, force_terminal=out.is_tty or out.color, no_color=not out.color, highlight=False, emoji=False, markup=False)


def _table(records: Sequence[Record], columns: Sequence[Column], out: Output):
    """A table where the terminal is wide enough for every column without breaking a word or cutting an id; else the records
    one under another, each field under its name (as `psql \\x` or `kubectl describe` do): nothing is ever dropped or cut."""
    from rich import box
    from rich.table import Table

    columns = [column for column in columns if column.in_table]
    widths = _widths(records, columns, _console(out).width)
    if widths is None:
        return _records_stacked(records, columns, out)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, leading=1, header_style="bold" if out.color else "", expand=False)
    for column, width in zip(columns, widths, strict=True):
        table.add_column(visible(column.header), style=column.style if out.color else "", width=width, no_wrap=column.no_wrap, overflow="fold")
    for record in records:
        table.add_row(*(_cell_text(record, column, out) for column in columns))
    return table


def _cell_text(record: Record, column: Column, out: Output):
    from rich.text import Text

    return Text("\n").join(Text(visible(text), style=style if out.color else "") for text, style in _lines(record, column))


_GAP = 3
"""What a table spends between two columns (a space either side, and the rule's), beside their widths."""


def _widths(records: Sequence[Record], columns: Sequence[Column], width: int) -> list[int] | None:
    """Each column's width in a table `width` wide, or None when no table that wide holds every id and short field whole on its
    line with no word broken. A column that does not wrap is as wide as its widest line; one that wraps is at least its longest
    word, and shares what is left by its ratio, as the table fills the terminal."""
    least = []
    for column in columns:
        lines = [visible(text) for record in records for text, _ in _lines(record, column)]
        if column.no_wrap:
            least.append(max([len(column.header), *map(len, lines)]))
        else:
            least.append(max([len(word) for text in [column.header, *lines] for word in text.split()] or [1]))
    spare = width - _GAP * (len(columns) - 1) - 2 - sum(least)
    if spare < 0:
        return None
    ratios = [0 if column.no_wrap else (column.ratio or 1) for column in columns]
    if not any(ratios):
        return least
    shares = [spare * ratio // sum(ratios) for ratio in ratios]
    last = max(i for i, ratio in enumerate(ratios) if ratio)
    shares[last] += spare - sum(shares)
    return [least_ + share for least_, share in zip(least, shares, strict=True)]


def _records_stacked(records: Sequence[Record], columns: Sequence[Column], out: Output):
    """Each record as its fields one under another: the field's name, then its value indented under it, as wide as the terminal."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    parts: list[Any] = []
    for n, record in enumerate(records):
        if n:
            parts.append(Text(""))
        for column in columns:
            parts.append(Text(visible(column.header), style="bold" if out.color else ""))
            parts.append(Padding(_cell_text(record, column, out), (0, 0, 0, 2)))
    return Group(*parts)


# -- the reports of the commands that write or check, as text --------------------------------------


def add_text(report: dict[str, Any]) -> str:
    """What `korea add` did, for a reader: the essay, what was detected, the notes on its guesses, what was written."""
    authors = ", ".join(f"{a['name']} ({'new: ' if a['new'] else 'known: '}{a['id']})" for a in report["authors"])
    roles = ", ".join(f"{count} {role}" for role, count in report["roles"].items())
    lines = [
        f"{('would replace' if report['replaces'] else 'would add') if report['dry_run'] else ('replaced' if report['replaces'] else 'added')} {report['essay']}",
        f"  title      {report['title'] or '—'}",
        f"  date       {report['date'] or '—'}",
        f"  publisher  {report['publisher'] or '—'}",
        f"  authors    {authors}",
        f"  passages   {report['passages']}: {roles}",
        f"  suggested  {counted(report['suggested_topics'], 'topic')}, {counted(report['suggested_positions'], 'position')},"
        f" {counted(report['suggested_preconditions'], 'precondition')} to review",
    ]
    lines += [f"  note       {note}" for note in report["notes"]]
    if report["written"]:
        lines.append("  wrote      " + ", ".join(report["written"]))
    else:
        lines.append("  (dry run: nothing written)")
    return "\n".join(lines)


def check_text(report: dict[str, Any]) -> str:
    """`korea check`'s report for a reader: every problem a line, or what was verified and the notes."""
    if not report["ok"]:
        lines = [problem["text"] for problem in report["problems"]]
        count = len(lines)
        lines.append(f"{count} problem{'s' * (count != 1)} in {report['corpus']}")
        return "\n".join(lines)
    c = report["counts"]
    lines = [
        f"ok: {report['corpus']}",
        f"{c['essays']} essays, {c['authors']} authors, {c['topics']} topics, {c['passages']} passages ({c['body_passages']} body, each attributed)",
        f"{c['positions']} positions and {c['preconditions']} preconditions, every quote verbatim in its passage",
    ]
    if c["suggested"]:
        lines.append(f"{c['suggested']} suggested positions and preconditions await review (`--include-suggested` lists them)")
    lines += [f"note: {warning}" for warning in report["warnings"]]
    return "\n".join(lines)


def watch_text(state: dict[str, Any], action: str) -> str:
    """`korea watch`'s answer: what was started, stopped, or is running for the corpus."""
    corpus, pid = state["corpus"], state["pid"]
    if action == "stop":
        return f"stopped watching {corpus} (pid {pid})" if state["watching"] else f"no watcher of {corpus} was running"
    if not state["watching"]:
        return f"no watcher of {corpus} is running; 'korea watch' starts one"
    lines = [
        f"{'watching' if action == 'status' or state.get('started') else 'already watching'} {corpus} (pid {pid}, since {state['since']})",
        f"{state['events']:,} file events seen",
    ]
    if state["sweeping"]:
        lines.append(f"queries still check every file: {state['sweeping']}")
    else:
        lines.append("queries ask the watcher instead of checking every file; 'korea watch --stop' ends it")
    return "\n".join(lines)


def index_text(state: dict[str, Any]) -> str:
    """`korea index`'s four lines: where the index is, the corpus, what this call did, what the index holds."""
    where = f"{state['path']} ({state['bytes'] / 2**20:,.1f} MiB)" if state["path"] else "in memory only (the cache folder cannot be written)"
    return "\n".join(
        [
            f"index   {where}",
            f"corpus  {state['corpus']}",
            f"state   {state['status']}",
            f"holds   {state['essays']:,} essays, {state['passages']:,} passages, {state['words']:,} distinct words",
        ]
    )
