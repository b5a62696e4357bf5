"""Hostile arguments to name resolution: digits that are not ASCII, numbers too long for `int`, names too long to repeat."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import korea
from korea_cli import names
from korea_cli.errors import UsageError
from korea_cli.index import in_memory

NOT_A_PASSAGE = "is not of the form <essay-id>:<n>, e.g. isdp-2018-new-dawn:5"
CHUN_PASSAGES = "essay eai-2019-chun has passages 1 to 16"
SHOW_CHUN = "(`korea show eai-2019-chun` shows them)"


@pytest.fixture(scope="module")
def corpus():
    from korea_cli.layout import bundled_corpus

    return in_memory(Path(bundled_corpus()))


@pytest.mark.parametrize(
    ("query", "error"),
    [
        pytest.param("eai-2019-chun:²", f"passage 'eai-2019-chun:²' {NOT_A_PASSAGE}", id="superscript-two"),
        pytest.param("eai-2019-chun:٣", f"passage 'eai-2019-chun:٣' {NOT_A_PASSAGE}", id="arabic-indic-three"),
        pytest.param("eai-2019-chun:５", f"passage 'eai-2019-chun:５' {NOT_A_PASSAGE}", id="fullwidth-five"),
        pytest.param("eai-2019-chun:-1", f"passage 'eai-2019-chun:-1' {NOT_A_PASSAGE}", id="negative"),
        pytest.param("eai-2019-chun:+1", f"passage 'eai-2019-chun:+1' {NOT_A_PASSAGE}", id="plus-sign"),
        pytest.param("eai-2019-chun:1_0", f"passage 'eai-2019-chun:1_0' {NOT_A_PASSAGE}", id="underscore"),
        pytest.param("eai-2019-chun:0", f"{CHUN_PASSAGES}, not 0 {SHOW_CHUN}", id="zero"),
        pytest.param("eai-2019-chun:" + "9" * 20, f"{CHUN_PASSAGES}, not {'9' * 20} {SHOW_CHUN}", id="20-digits"),
        pytest.param("eai-2019-chun:" + "9" * 21, f"{CHUN_PASSAGES}, not a number of 21 digits {SHOW_CHUN}", id="21-digits"),
        pytest.param("eai-2019-chun:" + "7" * 5000, f"{CHUN_PASSAGES}, not a number of 5,000 digits {SHOW_CHUN}", id="5000-digits"),
        pytest.param(
            "eai-2019-chun:" + "٣" * 5000,
            f"passage 'eai-2019-chun:{'٣' * 65}…' {NOT_A_PASSAGE}",
            id="5000-arabic-indic-digits",
        ),
    ],
)
def test_a_bad_passage_number_is_a_usage_error(corpus, query: str, error: str) -> None:
    with pytest.raises(UsageError) as raised:
        names.passage(corpus, query)
    assert str(raised.value) == error


@pytest.mark.parametrize(
    ("query", "result"),
    [
        pytest.param("eai-2019-chun:0003", ("eai-2019-chun:3", None), id="leading-zeros"),
        pytest.param("eai-2019-chun:" + "0" * 5000 + "3", ("eai-2019-chun:3", None), id="5000-leading-zeros"),
        pytest.param("eai-2019-chun:16 ", ("eai-2019-chun:16", None), id="trailing-space"),
    ],
)
def test_a_passage_number_with_zeros_in_front(corpus, query: str, result: tuple[str, None]) -> None:
    assert names.passage(corpus, query) == result


def test_a_long_name_is_clipped_in_the_message() -> None:
    people = [names.Named("x", "X", ("X",))]
    with pytest.raises(UsageError) as raised:
        names.resolve("author", "q" * 100_000, people, "`korea who` lists them")
    assert str(raised.value) == f"unknown author '{'q' * 79}…' (`korea who` lists them)"


@pytest.mark.parametrize(
    ("argument", "stderr"),
    [
        pytest.param("eai-2019-chun:²", f"korea: passage 'eai-2019-chun:²' {NOT_A_PASSAGE}\n", id="superscript-two"),
        pytest.param("eai-2019-chun:" + "7" * 5000, f"korea: {CHUN_PASSAGES}, not a number of 5,000 digits {SHOW_CHUN}\n", id="5000-digits"),
    ],
)
def test_quote_refuses_a_bad_passage_in_one_line(argument: str, stderr: str) -> None:
    result = korea("quote", argument)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", stderr)
