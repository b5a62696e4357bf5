"""The output contract, for every command in every format: valid, complete, uncoloured in a pipe, quiet when cut short."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import korea
from korea_cli.render import Format

COMMANDS = [
    ["who"],
    ["who", "engman"],
    ["essays"],
    ["topics"],
    ["show", "isdp"],
    ["quote", "eai:7", "--cite"],
    ["positions"],
    ["preconditions"],
    ["search", "peace regiem"],
    ["compare"],
]
FORMATS = ["table", "tsv", "csv", "json", "jsonl", "md"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_in_every_format(args: list[str], fmt: str) -> None:
    result = korea(*args, "--format", fmt)
    assert (result.returncode, result.stderr) == (0, "")
    out = result.stdout
    assert out.endswith("\n") and "\x1b[" not in out
    if fmt == "json":
        assert isinstance(json.loads(out), list) and json.loads(out)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len(rows) >= 2 and len({len(row) for row in rows}) == 1
    elif fmt == "tsv":
        widths = {len(line.split("\t")) for line in out.splitlines()}
        assert len(widths) == 1 and widths.pop() >= 2
    elif fmt == "md":
        assert out.lstrip("#").strip() and "|---|" in out


def test_tsv_fields_escape_tabs_newlines_and_backslashes(corpus_copy) -> None:
    # A hard-wrapped paragraph keeps its line breaks verbatim; in TSV they must not end the record.
    essay = corpus_copy / "essays" / "isdp-2018-new-dawn"
    text = essay.with_suffix(".txt").read_text(encoding="utf-8")
    essay.with_suffix(".txt").write_text(text.replace("Joint Security Area North Korea and", "Joint Security Area\tNorth\\Korea\nand", 1), encoding="utf-8")
    record = essay.with_suffix(".yaml").read_text(encoding="utf-8")
    essay.with_suffix(".yaml").write_text(record.replace("text_sha256:", "# text_sha256:"), encoding="utf-8")
    result = korea("show", "isdp", "--passage", "2", "--corpus", str(corpus_copy))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "isdp-2018-new-dawn:2\tcaption\t\tJoint Security Area\\tNorth\\\\Korea\\nand South Korea border\treviewed\n"


def test_json_field_names_are_stable() -> None:
    position = json.loads(korea("positions", "--format", "json").stdout)[0]
    assert list(position) == ["author", "author_id", "essay", "topic", "stance", "summary", "quote", "passage", "status", "series", "ordinal"]
    precondition = json.loads(korea("preconditions", "--format", "json").stdout)[0]
    assert list(precondition) == ["author", "author_id", "essay", "goal", "condition", "topic", "held_by", "quote", "passage", "status", "series", "ordinal"]


@pytest.mark.parametrize("command", ["korea positions | head -1", "korea export --format json | head -c 100", "korea show eai | head -0"])
def test_closed_pipe_prints_no_traceback(command: str) -> None:
    bindir = os.path.dirname(sys.executable)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ["PATH"]}
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {command} > /dev/null"], capture_output=True, text=True, env=env, timeout=60)
    assert result.stderr == ""
    assert result.returncode in (0, 141)  # 141: ended by SIGPIPE, like any Unix filter


@pytest.mark.parametrize(
    ("args", "imported"),
    [
        (["positions", "--topic", "sanctions"], {"rich": False, "rapidfuzz": False, "snowballstemmer.english_stemmer": False}),
        (["search", "withdraw", "--count"], {"rich": False, "snowballstemmer.english_stemmer": True}),  # its English stemmer alone
        (["positions", "--topic", "sanctons"], {"rich": False, "rapidfuzz": True}),
        (["who", "--format", "table"], {"rich": True, "rapidfuzz": False}),
        (["--version"], {"rich": False, "rapidfuzz": False, "yaml": False}),
    ],
)
def test_heavy_modules_load_only_where_needed(args: list[str], imported: dict[str, bool]) -> None:
    probe = f"import sys; from korea_cli.cli import run; run({args!r}); print({{m: m in sys.modules for m in {list(imported)!r}}}, file=sys.stderr)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stderr.splitlines()[-1] == repr(imported)


def test_shell_completion_offers_ids() -> None:
    def complete(words: str) -> list[str]:
        env = {**os.environ, "_KOREA_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        result = subprocess.run([sys.executable, "-m", "korea_cli"], capture_output=True, text=True, env=env, timeout=60)
        return result.stdout.split()

    assert complete("korea positions --author sw") == ["swanstrom-niklas"]
    assert complete("korea positions --topic peace") == ["peace-regime"]
    assert complete("korea show is") == ["isdp-2018-new-dawn"]
    assert complete("korea who e") == ["engman-mats"]


def test_search_highlights_matches_in_colour_on_a_terminal() -> None:
    from conftest import korea_in_terminal

    code, coloured = korea_in_terminal("search", "peace regiem", "--limit", "1")
    assert code == 0
    assert "\x1b[1;33mpeace\x1b[0m \x1b[1;33mregime\x1b[0m" in coloured
    code, plain = korea_in_terminal("search", "peace regiem", "--limit", "1", "--no-color")
    assert "\x1b[" not in plain and "peace regime" in plain


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_has_its_own_writer(fmt: Format) -> None:
    """The dispatch is exhaustive: each format writes in its own way, and a format without a writer fails here."""
    from korea_cli import render

    stream = io.StringIO()
    render.render_records([{"id": "x", "name": "X"}], (render.Column("id", "ID"), render.Column("name", "Name")), fmt, render.Output(stream, False, False))
    written = stream.getvalue()
    expected_start = {"json": "[", "jsonl": "{", "tsv": "x\tX", "csv": "id,name", "md": "| ID |", "table": " ID"}
    assert written.startswith(expected_start[fmt.value])


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        (Format.tsv, "lee\tSangsoo Lee\tHead, Stockholm Korea Center; ISDP\ta; b; c\t\n"),  # no topics: the last field empty
        (Format.csv, "Head, Stockholm Korea Center; ISDP"),
        (Format.md, "Head, Stockholm Korea Center<br>ISDP"),
        (Format.jsonl, '"passage": "c:1"'),  # JSON keeps every statement, each with its passage
    ],
)
def test_an_affiliation_stated_in_many_essays_is_shown_once(fmt: Format, shown: str) -> None:
    """Each affiliation is stated with its passage; a cell shows only the text, so the same text from three essays is one."""
    from korea_cli import render

    affiliations = [{"text": "Head, Stockholm Korea Center", "passage": p} for p in ("a:2", "b:1", "c:1")] + [{"text": "ISDP", "passage": "c:1"}]
    record = {"id": "lee", "name": "Sangsoo Lee", "affiliations": affiliations, "essays": ["a", "b", "c"], "topics": []}
    stream = io.StringIO()
    render.render_records([record], render.WHO, fmt, render.Output(stream, False, False))
    assert shown in stream.getvalue()
    assert stream.getvalue().count("Stockholm Korea Center") == (3 if fmt is Format.jsonl else 1)
