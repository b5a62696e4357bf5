"""The plain-data builder (`yamlio._plain_data`) gives exactly what PyYAML's constructors give, lines and all, on every
YAML file the project holds and on documents built to reach each of its edges; anything else is left to PyYAML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import TESTS
from korea_cli import yamlio
from korea_cli.errors import CorpusError

FILES = sorted(
    [*(TESTS.parent / "corpus").rglob("*.yaml"), *(TESTS / "cases" / "sequencing").rglob("*.yaml"), *(TESTS / "cases").glob("formats-fresh5*/*.yaml")]
)


def fast(text: str) -> Any:
    return yamlio.parse_yaml(text, "t", None)


def slow(text: str) -> Any:
    """What PyYAML's constructors build, the plain builder out of the way."""
    original = yamlio._plain_data

    def unusual(*_: Any) -> Any:
        raise yamlio._Unusual

    yamlio._plain_data = unusual
    try:
        return yamlio.parse_yaml(text, "t", None)
    finally:
        yamlio._plain_data = original


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
def test_every_yaml_file_reads_the_same_both_ways(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert outcome(fast, text) == outcome(slow, text)


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
