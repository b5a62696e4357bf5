"""Every output format, terminal detection and colour, in one place.

Commands hand over records (dicts whose keys are the stable, documented
field names) and the columns a table shows; this module decides how they
look. `Output` is plain injectable state, so tests drive the terminal and
the piped case alike. Rich is imported only when a table is drawn.
"""

from __future__ import annotations

import csv
import enum
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO


class Format(enum.StrEnum):
    """Output formats; `table` on a terminal and `tsv` in a pipe unless asked."""

    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    md = "md"


@dataclass(frozen=True)
class Output:
    """Where output goes and what that place can show."""

    stream: TextIO
    is_tty: bool
    color: bool

    @classmethod
    def detect(cls, no_color: bool = False, stream: TextIO | None = None, environ: Mapping[str, str] = os.environ) -> Output:
        """stdout as it is: colour only on a terminal, and never with NO_COLOR, TERM=dumb or --no-color."""
        stream = stream or sys.stdout
        try:
            is_tty = stream.isatty()
        except (AttributeError, ValueError):
            is_tty = False
        color = is_tty and not no_color and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"
        return cls(stream, is_tty, color)

    def format(self, requested: Format | None) -> Format:
        return requested or (Format.table if self.is_tty else Format.tsv)


@dataclass(frozen=True)
class Column:
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


def render_records(records: Sequence[Mapping[str, Any]], columns: Sequence[Column], fmt: Format, out: Output) -> None:
    """Write `records` to `out` in format `fmt`; JSON forms carry every field."""
    if fmt is Format.json:
        out.stream.write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.jsonl:
        for record in records:
            out.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt is Format.tsv:
        for record in records:
            out.stream.write("\t".join(_tsv_field(_cell(record[c.key])) for c in columns) + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(out.stream, lineterminator="\n")
        writer.writerow([c.key for c in columns])
        writer.writerows([_cell(record[c.key]) for c in columns] for record in records)
    elif fmt is Format.md:
        out.stream.write(_markdown(records, columns))
    else:
        _table(records, columns, out)


def write_text(text: str, out: Output) -> None:
    """Plain text to the data stream, ending in exactly one newline."""
    out.stream.write(text.rstrip("\n") + "\n")


def write_json(value: Any, out: Output) -> None:
    out.stream.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _cell(value: Any) -> str:
    """A field as one string: lists joined by '; ', missing values empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(item) for item in value)
    if isinstance(value, Mapping):
        return str(value.get("text", ""))
    return str(value)


def _tsv_field(text: str) -> str:
    """Escape so that one record stays one line and tabs only separate fields."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _markdown(records: Iterable[Mapping[str, Any]], columns: Sequence[Column]) -> str:
    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")

    lines = ["| " + " | ".join(c.header for c in columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(escape(_cell(record[c.key])) for c in columns) + " |" for record in records]
    return "\n".join(lines) + "\n"


def _table(records: Sequence[Mapping[str, Any]], columns: Sequence[Column], out: Output) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out.stream, force_terminal=out.is_tty, no_color=not out.color, highlight=False, emoji=False, markup=False)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, header_style="bold" if out.color else "", expand=True)
    columns = [column for column in columns if column.in_table]
    for column in columns:
        table.add_column(column.header, style=column.style if out.color else "", ratio=column.ratio, no_wrap=column.no_wrap, overflow="fold")
    for record in records:
        table.add_row(*(_table_cell(record[c.key], c.joiner) for c in columns))
    console.print(table)


def _table_cell(value: Any, joiner: str) -> str:
    if isinstance(value, (list, tuple)):
        return joiner.join(_cell(item) for item in value)
    return _cell(value)
