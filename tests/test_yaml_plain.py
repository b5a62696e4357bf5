"""The two quick readers give exactly what PyYAML's constructors give, lines and all, on every YAML file the project holds,
on documents built to reach each of their edges and on thousands made at random; anything else is left to PyYAML. They
are the plain-data builder over libyaml's nodes (`yamlio._plain_data`) and the reader of the form `korea` writes
(`yamlio._written_data`), which must also take every record in the form the corpus's writers give it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import TESTS
from korea_cli import yamlio
from korea_cli.errors import CorpusError

FILES = sorted(
    [*(TESTS.parent / "corpus").rglob("*.yaml"), *(TESTS / "cases" / "sequencing").rglob("*.yaml"), *(TESTS / "cases").glob("formats-fresh5*/*.yaml")]
)


def fast(text: str) -> Any:
    return yamlio.parse_yaml(text, "t", None)


def slow(text: str) -> Any:
    """What PyYAML's constructors build, both quick readers out of the way."""
    return _without(text, "_written_data", "_plain_data")


def plain(text: str) -> Any:
    """What the plain-data builder makes of libyaml's nodes, the written form's reader out of the way."""
    return _without(text, "_written_data")


def _without(text: str, *readers: str) -> Any:
    originals = {name: getattr(yamlio, name) for name in readers}

    def unusual(*_: Any) -> Any:
        raise yamlio._Unusual

    for name in readers:
        setattr(yamlio, name, unusual)
    try:
        return yamlio.parse_yaml(text, "t", None)
    finally:
        for name, original in originals.items():
            setattr(yamlio, name, original)


def written(text: str) -> Any:
    """What the written form's reader makes of `text`, or None where it leaves the text to libyaml."""
    try:
        return shape(yamlio._written_data(text, yaml.resolver.Resolver.yaml_implicit_resolvers))
    except yamlio._Unusual:
        return None


def shape(value: Any) -> Any:
    """A value with the lines the loader records, to compare."""
    if isinstance(value, yamlio.YamlMap):
        return ("map", value.line, {key: (value.key_lines[key], shape(item)) for key, item in value.items()})
    if isinstance(value, yamlio.YamlList):
        return ("list", value.line, value.item_lines, [shape(item) for item in value])
    return (type(value).__name__, value)


def outcome(parse: Any, text: str) -> Any:
    try:
        return shape(parse(text))
    except CorpusError as error:
        return ("error", str(error))


@pytest.mark.parametrize("path", FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_yaml_file_reads_the_same_every_way(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert outcome(fast, text) == outcome(plain, text) == outcome(slow, text)


def as_written(data: Any) -> str:
    """`data` in the form `korea add` writes a record (and the benchmarks' corpora theirs)."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)


@pytest.mark.parametrize("path", FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_record_as_written_is_read_by_the_quick_reader(path: Path) -> None:
    text = as_written(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert written(text) is not None, "the form korea writes was left to libyaml"
    assert written(text) == outcome(slow, text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 010\nb: 1_000\nc: yes\nd: 2019-03-04\ne: 1.5\nf: ~\ng: [1, -2, +3, 0]\nh: {x: 'y'}\n",  # octal, underscores, dates, floats: PyYAML's
        "x: &a [1]\ny: *a\n",  # an alias: refused
        "a: 1\na: 2\n",  # a duplicate key: the same line and message
        "? [1, 2]\n: x\n",  # a key that is no plain value
        "<<: {a: 1}\nb: 2\n",  # a merge key
        "a: !!str 12\nb: !!int '7'\nc: !!binary aGk=\n",  # explicit tags
        "a: TRUE\nb: False\nc: null\nd: ''\ne: |\n  text\n  more\n",
        "a:\n" + "".join("  " * depth + "- \n" for depth in range(1, 80)),  # deeper than a corpus may nest
        "- 1\n- [2, [3, {k: v}]]\n",
    ],
)
def test_edges_read_the_same_both_ways(text: str) -> None:
    assert outcome(fast, text) == outcome(slow, text)


@pytest.mark.parametrize(
    "text",
    [
        "a: b #c\n",  # a comment after a value
        "a: 'x' # c\n",
        "a:\n  text on the next line\n",
        "a:\n  text\n  continued\n",  # a plain value over two lines
        "a: text\n  continued\n",
        "- n: 1\n  r: x\n- n: 2\n",
        "-   n: 1\n    r: x\n",  # a wider dash
        "a:\n- x\n- y\nb: 1\n",  # a list at its key's indent, as PyYAML writes it
        "a:\n  - x\n  - y\n",  # and indented, as people write it
        "- a:\n  - x\n  b: 2\n",
        "a: yes\nb: off\nc: ~\nd: Null\ne: TRUE\n",
        "on: 1\n",  # a key that reads as true
        "n: 1\ny: 2\n",  # which PyYAML reads as text
        "a: 'it''s'\nb: ''\nc: '''q'''\n",
        'a: "q"\nb: "x\\ty"\nc: ""\n',
        "a: []\nb: {}\nc: [ ]\nd: [1]\ne: {b: 1}\n",
        "- \n",
        "-\n  a: 1\n",
        "a:\n\n  b: 1\n",  # a blank line between a key and its value
        "# c\na: 1\n# d\nb:\n  # e\n  c: 2\n",
        "a: 1\n b: 2\n",
        "a:\n  b: 1\n c: 2\n",
        "a: x\nb:\n",
        "key with space: 1\n",
        "a: -1\nb: +1\nc: 0\nd: 010\ne: 1_000\nf: 12:30\ng: 2019-03-04\nh: .5\ni: 1e3\n",
        "a: é\nb: 한국\nc: x: y\nd: x:\ne: http://x.y/z?q=1#f\nf: a - b, [c] {d}\n",
        "a: 'x'y\n",
        "a: 'unterminated\n  more'\n",
        "a: 'x''\n",
        " a: 1\n",
        "- a\n- b\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "a:   b\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "a: b\u2028c\n",
        "\ufeffa: 1\n",
        "a: b\x85\n",
        "- - a\n",
        "a:\n  -\n",
        "a: #\n",
        "a: |\n  x\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: 1\na: 2\n",
        "a: 1\nb:\n  c: 1\n  c: 2\n",
        "just text\n",
        "# only a comment\n",
        "",
        "".join("  " * depth + f"k{depth}:\n" for depth in range(80)),  # deeper than a corpus may nest
        "a:b\n",
        "a: x \n",  # a trailing space
        "%YAML 1.1\n---\na: 1\n",
        "a: ? x\nb: - y\n",
    ],
)
def test_the_written_form_s_reader_reads_as_libyaml_or_leaves_it(text: str) -> None:
    taken = written(text)
    assert taken is None or taken == outcome(slow, text)
    assert outcome(fast, text) == outcome(slow, text)


_PIECES = ["a", "b c", "x: y", "x:", "#", " #h", "'", "''", '"', "\\", "-", "- ", "? ", "&a", "*a", "!t", "|", ">", "[", "]", "{", "}", ","]
_PIECES += ["%", "@", "`", "1", "0", "+1", "-1", "1.5", "010", "yes", "no", "on", "null", "~", "true", "2019-03-04", "é", "한", " ", "  "]


def _random_value(rng: random.Random) -> str:
    """A value as a writer writes one (half the time), or made of pieces that mean something to YAML."""
    if rng.random() < 0.5:
        return rng.choice(["Jane Doe", "it's 'so'", "a, b [c]", "x-y", "12", "'2019'", "null", "true", "''", "'a: b'", "[]", "{}", '"q"'])
    text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 3)))
    form = rng.random()
    if form < 0.2:
        return "'" + text.replace("'", rng.choice(["''", "'"])) + "'"
    if form < 0.3:
        return '"' + text + '"'
    return text


def _random_document(rng: random.Random, depth: int = 0) -> list[str]:
    """Lines of a document shaped like a corpus record (keys, lists of mappings, lists of values), with odd values, and now
    and then a line no writer would write."""
    lines: list[str] = []
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(["id", "n", "role", "text", "on", "y", "a b", "starts", "authors"])
        kind = rng.random() if depth < 3 else 0
        if kind < 0.5:
            lines.append(f"{key}: {_random_value(rng)}".rstrip(" ") if rng.random() < 0.9 else f"{key}:")
        elif kind < 0.75:
            lines.append(f"{key}:")
            lines += ["  " + line for line in _random_document(rng, depth + 1)]
        else:
            lines.append(f"{key}:")
            indent = rng.choice(["", "  "])
            for _ in range(rng.randint(0, 3)):
                if rng.random() < 0.5:
                    lines.append(f"{indent}- {_random_value(rng)}")
                else:
                    inner = _random_document(rng, depth + 1)
                    lines += [f"{indent}- {inner[0]}", *(f"{indent}  {line}" for line in inner[1:])]
        if rng.random() < 0.05:
            lines.append(rng.choice(["# a comment", "", " stray", "  - stray", "---"]))
    return lines


@pytest.mark.parametrize("seed", range(20))
def test_documents_made_at_random_read_the_same(seed: int) -> None:
    rng = random.Random(seed)
    taken = 0
    for _ in range(150):
        text = "\n".join(_random_document(rng)) + "\n"
        reading = written(text)
        if reading is not None:
            taken += 1
            assert reading == outcome(slow, text), text
    assert taken >= 10, "most documents should be of the written form, for the test to test its reader"
