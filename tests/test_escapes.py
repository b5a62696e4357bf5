"""Control characters in corpus text are shown, never executed: `render.visible` and every output path, core and end to end."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import korea, korea_on_screen
from korea_cli import render
from korea_cli.render import Format, Output, visible

# Every kind of character `visible` shows, but NUL (which a corpus refuses in essay texts; `test_visible` covers it).
HOSTILE = "A\x1b]0;pwned\x07 B\x1b[2J C\x1b[8mhidden\x1b[0m D\x08\x08 E\x07 F\x9b31m G\x7f H\u202eevil\u202c I\u2066x\u2069 J\U000e0041 K\rL\u2028N"
HOSTILE_SHOWN = (
    "A\\x1b]0;pwned\\x07 B\\x1b[2J C\\x1b[8mhidden\\x1b[0m D\\x08\\x08 E\\x07 F\\x9b31m G\\x7f H\\u202eevil\\u202c I\\u2066x\\u2069 J\\U000e0041 K\\rL\\u2028N"
)
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\U000e0000-\U000e007f]")
"""What must never reach a terminal raw: every control but tab and newline, and the characters that reorder or hide text."""
SGR = re.compile(r"\x1b\[[0-9;]*m")
"""Rich's own colour and style codes: the only escape sequences a coloured table may hold."""


@pytest.mark.parametrize(
    ("text", "keep", "shown"),
    [
        ("plain text, ünïcödé, 한국어", "\t\n", "plain text, ünïcödé, 한국어"),
        ("title\x1b]0;pwned\x07", "\t\n", "title\\x1b]0;pwned\\x07"),
        ("\x1b[2J\x1b[8mhidden", "\t\n", "\\x1b[2J\\x1b[8mhidden"),
        ("abc\x08\x08\x08xyz", "\t\n", "abc\\x08\\x08\\x08xyz"),
        ("over\rwrite", "\t\n", "over\\rwrite"),
        ("windows\r\nline", "\t\n", "windows\r\nline"),
        ("windows\r\nline", "", "windows\\r\\nline"),
        ("tab\tnew\nline", "\t\n", "tab\tnew\nline"),
        ("tab\tnew\nline", "", "tab\\tnew\\nline"),
        ("tab\tnew\nline", "\n", "tab\\tnew\nline"),
        ("nul\x00 vt\x0b ff\x0c esc\x1b us\x1f del\x7f", "\t\n", "nul\\x00 vt\\x0b ff\\x0c esc\\x1b us\\x1f del\\x7f"),
        ("c1 \x80 \x85 \x9b \x9d \x9f", "\t\n", "c1 \\x80 \\x85 \\x9b \\x9d \\x9f"),
        ("nbsp\xa0 and soft\xadhyphen stay", "\t\n", "nbsp\xa0 and soft\xadhyphen stay"),
        ("bidi \u202a\u202b\u202c\u202d\u202e \u2066\u2067\u2068\u2069", "\t\n", "bidi \\u202a\\u202b\\u202c\\u202d\\u202e \\u2066\\u2067\\u2068\\u2069"),
        ("marks \u200e\u200f\u061c", "\t\n", "marks \\u200e\\u200f\\u061c"),
        ("separators \u2028\u2029", "\t\n", "separators \\u2028\\u2029"),
        ("tags \U000e0001\U000e0068\U000e007f", "\t\n", "tags \\U000e0001\\U000e0068\\U000e007f"),
        ("zero\u200bwidth and emoji 👍🏽 stay", "\t\n", "zero\u200bwidth and emoji 👍🏽 stay"),
        ("a backslash \\x1b stays one", "\t\n", "a backslash \\x1b stays one"),
        (HOSTILE, "\t\n", HOSTILE_SHOWN),
    ],
)
def test_visible(text: str, keep: str, shown: str) -> None:
    assert visible(text, keep) == shown
    assert not UNSAFE.search(visible(text, keep).replace("\r\n", "\n"))


def test_visible_writes_what_repr_writes() -> None:
    # One notation, Python's own: a character `visible` escapes reads as it does in repr().
    for ch in map(chr, [*range(0x20), *range(0x7F, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x2028, 0x202F), *range(0x2066, 0x206A), 0xE0041]):
        assert visible(ch, keep="") == repr(ch)[1:-1]


def test_visible_returns_clean_text_itself() -> None:
    text = "Peace regime, 평화체제 — “verbatim”"
    assert visible(text) is text


@pytest.mark.parametrize("text", ["a\\tb", "back\\slash\t\\n", HOSTILE, "\\x1b is not \x1b", "\r\n\\r\\n"])
def test_tsv_fields_read_back(text: str) -> None:
    # TSV doubles backslashes first, so its escapes (visible's notation) decode to the original text.
    field = render._tsv_field(text)
    assert "\t" not in field and "\n" not in field and not UNSAFE.search(field)
    assert codecs.decode(field.encode("ascii", "backslashreplace"), "unicode_escape") == text


@pytest.mark.parametrize(
    "cells",
    [["plain", "text", "평화체제 — “verbatim”"], ["a\tb", "c"], ["back\\slash", "x"], [HOSTILE, "y"], ["one\r\ntwo", ""], ["", "", ""], ["\u202e", "z"]],
)
def test_a_tsv_line_is_its_fields_escaped_one_by_one(cells: list[str]) -> None:
    # The whole line is looked at once when no field needs escaping; the line is the same as escaping each field.
    assert render._tsv_line(cells) == "\t".join(map(render._tsv_field, cells)) + "\n"


# -- every output path, fed records whose every string holds control characters --


def poisoned(value: Any) -> Any:
    """`value` with HOSTILE after every string in it (after, so that match offsets stay true)."""
    if isinstance(value, str):
        return value + HOSTILE
    if isinstance(value, list):
        return [poisoned(v) for v in value]
    if isinstance(value, dict):
        return {k: poisoned(v) for k, v in value.items()}
    return value


AFFILIATIONS = [{"passage": "e:2", "text": "Director"}]
POSITION = {
    "author": "Kim",
    "author_id": "kim",
    "essay": "e",
    "passage": "e:3",
    "quote": "q",
    "stance": "supports",
    "summary": "s",
    "topic": "t",
    "status": "draft",
    "series": "list",
    "ordinal": 2,
}
PRECONDITION = {**POSITION, "condition": "c", "goal": "g", "held_by": "author", "status": "suggested"}
PASSAGE = {"passage": "e:3", "essay": "e", "n": 3, "role": "body", "author": "Kim", "author_id": "kim", "text": "peace regime", "status": "draft"}
PROFILE = {"id": "kim", "name": "Kim", "aliases": ["K"], "affiliations": AFFILIATIONS, "essays": ["e"], "topics": ["t"]}
ESSAY = {
    "id": "e",
    "title": "T",
    "publisher": "P",
    "date": "2019",
    "url": None,
    "inferred": ["date"],
    "authors": ["Kim"],
    "author_ids": ["kim"],
    "status": "draft",
}
HIT = {
    **PASSAGE,
    "score": 1.0,
    "missing": ["umbrella"],
    "matches": [[0, 5], [6, 12], [0, 12]],
    "snippet": "peace regime",
    "snippet_matches": [[0, 5], [6, 12]],
    "explain": {
        "matched": {"peace": {"as": ["peace"], "typos": 0}},
        "phrases": ["peace regime"],
        "missing": ["x"],
        "typos": 0,
        "distance": 0,
        "exact_phrase": True,
    },
}
VIEWS = {
    "who": lambda fmt, out: render.render_records(poisoned([{**PROFILE}]), render.WHO, fmt, out),
    "profile": lambda fmt, out: render.render_profile(poisoned({**PROFILE, "positions": [POSITION], "preconditions": [PRECONDITION]}), fmt, out),
    "essays": lambda fmt, out: render.render_records(poisoned([{**ESSAY, "passages": 3}]), render.ESSAYS, fmt, out, title="Essays" + HOSTILE),
    "topics": lambda fmt, out: render.render_records(
        poisoned([{"id": "t", "label": "T", "aliases": ["a"], "positions": 1, "preconditions": 1, "passages": 1}]), render.TOPICS, fmt, out
    ),
    "show": lambda fmt, out: render.render_essay(poisoned(ESSAY), poisoned([PASSAGE]), fmt, out),
    "quote": lambda fmt, out: render.render_quote(poisoned({**PASSAGE, "citation": "T, P, e:3"}), fmt, out, cite=True),
    "positions": lambda fmt, out: render.render_records(poisoned([POSITION]), render.POSITIONS, fmt, out),
    "preconditions": lambda fmt, out: render.render_records(poisoned([PRECONDITION]), render.PRECONDITIONS, fmt, out),
    "search": lambda fmt, out: render.render_search(poisoned([HIT]), fmt, out, explain=True),
    "search --full": lambda fmt, out: render.render_search(poisoned([HIT]), fmt, out, full=True),
    "compare": lambda fmt, out: render.render_compare(
        poisoned([{"author": "Kim", "author_id": "kim", "topic": "t", "stances": ["supports"], "passages": ["e:3"], "status": "draft"}]), fmt, out
    ),
}


@pytest.mark.parametrize("fmt", list(Format))
@pytest.mark.parametrize("view", VIEWS)
def test_every_view_writes_every_format(view: str, fmt: Format) -> None:
    """A format added to `Format` that a view's dispatch forgets fails here (`assert_never`), never falls through to a table."""
    stream = io.StringIO()
    VIEWS[view](fmt, Output(stream, is_tty=False, color=False))
    assert stream.getvalue().strip()
    render.render_empty(render.WHO, fmt, Output(stream, is_tty=False, color=False))  # an empty answer is decided for every format too


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
@pytest.mark.parametrize("fmt", [Format.table, Format.tsv, Format.csv, Format.md])
@pytest.mark.parametrize("view", VIEWS)
def test_no_control_character_reaches_the_terminal(view: str, fmt: Format, color: bool) -> None:
    stream = io.StringIO()
    VIEWS[view](fmt, Output(stream, is_tty=True, color=color))
    written = stream.getvalue()
    assert not UNSAFE.search(SGR.sub("", written) if color and fmt is Format.table else written)
    assert ("\\\\x1b]0;pwned\\\\x07" if fmt is Format.md else "\\x1b]0;pwned\\x07") in written  # shown, not dropped (Markdown escapes the backslash)
    if not color or fmt is not Format.table:
        assert "\x1b" not in written


JSON_VIEWS = {
    "records": (lambda out: render.render_records(poisoned([POSITION]), render.POSITIONS, Format.json, out), [POSITION]),
    "records jsonl": (lambda out: render.render_records(poisoned([POSITION, PRECONDITION]), render.POSITIONS, Format.jsonl, out), [POSITION, PRECONDITION]),
    "profile": (lambda out: render.render_profile(poisoned(PROFILE), Format.json, out), [PROFILE]),
    "profile jsonl": (lambda out: render.render_profile(poisoned(PROFILE), Format.jsonl, out), [PROFILE]),
    "search": (lambda out: render.render_search(poisoned([HIT]), Format.json, out, explain=True), [HIT]),
    "export": (lambda out: render.render_export(poisoned([PROFILE]), Format.json, out), [PROFILE]),
    "write_json": (lambda out: render.write_json(poisoned({"problems": [PASSAGE]}), out), {"problems": [PASSAGE]}),
}


@pytest.mark.parametrize("view", JSON_VIEWS)
def test_json_keeps_the_characters_and_escapes_them(view: str) -> None:
    write, value = JSON_VIEWS[view]
    stream = io.StringIO()
    write(Output(stream, is_tty=True, color=True))
    written = stream.getvalue()
    parsed = [json.loads(line) for line in written.splitlines()] if "jsonl" in view else json.loads(written)
    assert parsed == poisoned(value)  # the original characters, to any JSON reader
    assert not UNSAFE.search(written)  # C0 by json itself; DEL, C1, bidi and tags as \u escapes


def test_json_escapes_only_what_json_left_raw() -> None:
    # json.dumps escapes C0 whatever ensure_ascii says, but leaves C1 raw unless ensure_ascii: the case `_json` closes.
    assert json.dumps("\x1b\x9b", ensure_ascii=False) == '"\\u001b\x9b"'
    assert json.dumps("\x1b\x9b\u202e", ensure_ascii=True) == render._json("\x1b\x9b\u202e") == '"\\u001b\\u009b\\u202e"'
    assert render._json("\U000e0041 한 ünï") == '"\\udb40\\udc41 한 ünï"'  # readable text stays as it is


def test_csv_export_keeps_nested_json_valid() -> None:
    stream = io.StringIO()
    render.render_export(poisoned([PROFILE]), Format.csv, Output(stream, is_tty=False, color=False))
    header, row = csv.reader(io.StringIO(stream.getvalue()))
    assert json.loads(row[header.index("affiliations")]) == poisoned(AFFILIATIONS)
    assert row[header.index("name")] == "Kim" + HOSTILE_SHOWN
    assert not UNSAFE.search(stream.getvalue())


def test_exact_forms() -> None:
    def written(write) -> str:
        stream = io.StringIO()
        write(Output(stream, is_tty=True, color=False))
        return stream.getvalue()

    record = {**PASSAGE, "text": "peace\x1b[2J\tregime\n\x9bnext"}
    assert (
        written(lambda out: render.render_records([record], render.PASSAGES, Format.tsv, out)) == "e:3\tbody\tkim\tpeace\\x1b[2J\\tregime\\n\\x9bnext\tdraft\n"
    )
    assert written(lambda out: render.render_records([record], render.PASSAGES, Format.csv, out)) == (
        'passage,role,author_id,text,status\ne:3,body,kim,"peace\\x1b[2J\tregime\n\\x9bnext",draft\n'
    )
    assert written(lambda out: render.render_records([record], render.PASSAGES, Format.md, out)) == (
        "| Passage | Role · author | Text |\n|---|---|---|\n| e:3 | body<br>Kim | peace\\\\x1b[2J\tregime<br>\\\\x9bnext |\n"
    )
    assert written(lambda out: render.render_quote(record, Format.table, out, cite=False)) == "peace\\x1b[2J    regime\n\\x9bnext\n"
    windows = {**PASSAGE, "text": "one\r\ntwo\rthree"}  # a Windows line end is a line end; a lone CR is shown
    assert written(lambda out: render.render_records([windows], render.PASSAGES, Format.md, out)).endswith("| one<br>two\\\\rthree |\n")
    assert [line.split()[-1] for line in written(lambda out: render.render_records([windows], render.PASSAGES, Format.table, out)).splitlines()[-2:]] == [
        "one",
        "two\\rthree",
    ]
    assert written(lambda out: render.write_text("1 problem in e.txt\x1b[2J\r\n", out)) == "1 problem in e.txt\\x1b[2J\r\n"
    assert written(lambda out: render.write_text(f"checked 2 essays\n{HOSTILE}\n\n", out)) == f"checked 2 essays\n{HOSTILE_SHOWN}\n"


# -- end to end: a passage of a corpus holding control characters --------------


def rewrite_text(corpus: Path, old: str, new: str) -> None:
    """Replace `old` by `new` in the essay text that holds it, and record the text's new sha256 wherever the old one was."""
    (path,) = [p for p in corpus.rglob("*.txt") if old in p.read_text(encoding="utf-8")]
    before = path.read_bytes()
    path.write_bytes(before.replace(old.encode(), new.encode(), 1))
    digests = hashlib.sha256(before).hexdigest(), hashlib.sha256(path.read_bytes()).hexdigest()
    for record in corpus.rglob("*.yaml"):
        if digests[0] in (text := record.read_text(encoding="utf-8")):
            record.write_text(text.replace(*digests), encoding="utf-8")


@pytest.fixture
def hostile_corpus(corpus_copy: Path) -> Path:
    rewrite_text(corpus_copy, "North Korea and South Korea border", "North Korea and South Korea border" + HOSTILE)
    return corpus_copy


CAPTION = "Joint Security Area North Korea and South Korea border"


TERMINAL_CASES = [
    (["quote", "isdp:2"], f"{CAPTION}{HOSTILE_SHOWN}\n"),
    (["show", "isdp", "--passage", "2", "--format", "tsv"], f"isdp-2018-new-dawn:2\tcaption\t\t{CAPTION}{HOSTILE_SHOWN}\treviewed\n"),
    (["show", "isdp", "--passage", "2", "--format", "md"], None),
    (["show", "isdp", "--passage", "2"], None),
    (["search", "pwned", "--all"], None),
    (["search", "pwned", "--all", "--format", "tsv"], None),
    (["search", "pwned", "--all", "--format", "md"], None),
]


@pytest.mark.parametrize(("args", "shown"), TERMINAL_CASES, ids=[" ".join(args) for args, _ in TERMINAL_CASES])
@pytest.mark.parametrize("no_color", [True, False], ids=["no-color", "colour"])
def test_a_hostile_passage_on_a_terminal(hostile_corpus: Path, args: list[str], shown: str | None, no_color: bool) -> None:
    code, screen = korea_on_screen(*args, "--corpus", str(hostile_corpus), *(["--no-color"] if no_color else []), columns=400)
    assert code == 0, screen
    plain = SGR.sub("", screen)
    assert not UNSAFE.search(plain)
    assert ("\\\\x1b]0;pwned\\\\x07" if "md" in args else "\\x1b]0;pwned\\x07") in plain  # shown, not dropped (Markdown escapes the backslash)
    if no_color:
        assert screen == plain
    if shown is not None and no_color:
        assert screen == shown


def test_a_hostile_passage_in_a_pipe_stays_json(hostile_corpus: Path) -> None:
    result = korea("quote", "isdp:2", "--format", "json", "--corpus", str(hostile_corpus))
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout)[0]["text"] == CAPTION + HOSTILE
    assert not UNSAFE.search(result.stdout)
