"""Name resolution, core level: cases as data in cases/names.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import TESTS
from korea_cli import names
from korea_cli.errors import UsageError
from korea_cli.index import in_memory

CASES = yaml.safe_load((TESTS / "cases" / "names.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus():
    from korea_cli.layout import bundled_corpus

    return in_memory(Path(bundled_corpus()))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}:{c['query']}" for c in CASES])
def test_resolve(corpus, case: dict) -> None:
    resolver = getattr(names, case["kind"])
    if "error" in case or "error_start" in case:
        with pytest.raises(UsageError) as raised:
            resolver(corpus, case["query"])
        if "error" in case:
            assert str(raised.value) == case["error"]
        else:
            assert str(raised.value).startswith(case["error_start"]) and str(raised.value).endswith("--mentions finds passages that name a term)")
    else:
        found = resolver(corpus, case["query"])
        assert (found.id, found.notice) == (case["id"], case.get("notice"))


@pytest.mark.parametrize(
    ("kind", "query", "guessed"),
    [
        ("topic", "sanctons", True),
        ("author", "swanstorm", True),
        ("topic", "peace treaty", False),
        ("topic", "sanctions", False),
        ("author", "swanstrom", False),
    ],
)
def test_only_a_typo_is_a_guess(corpus, kind: str, query: str, guessed: bool) -> None:
    """What a write refuses (`commands.resolve(exact=True)`): a name read past a typo, not an alias or a name's start."""
    assert getattr(names, kind)(corpus, query).guessed is guessed


def test_people_with_similar_names_are_not_merged() -> None:
    people = [names.Named("lee-sangsoo", "Sangsoo Lee", ("Sangsoo Lee",)), names.Named("lee-sanghyun", "Sang-hyun Lee", ("Sang-hyun Lee",))]
    assert names.resolve("author", "sang hyun lee", people, "")[:2] == ("lee-sanghyun", None)
    assert names.resolve("author", "Sangsoo Lee", people, "")[:2] == ("lee-sangsoo", None)
    with pytest.raises(UsageError, match=r"^author 'lee' is ambiguous: Sangsoo Lee, Sang-hyun Lee; give more of the name \(x\)$"):
        names.resolve("author", "lee", people, "x")


@pytest.mark.parametrize(
    ("query", "result"),
    [
        ("isdp-2018-new-dawn:5", ("isdp-2018-new-dawn:5", None)),
        ("isdp:16", ("isdp-2018-new-dawn:16", None)),
        ("eai-2019-chun: 7", ("eai-2019-chun:7", None)),
        ("isdp-2018-new-dwan:5", ("isdp-2018-new-dawn:5", "essay 'isdp-2018-new-dwan' → isdp-2018-new-dawn")),
    ],
)
def test_passage_ids(corpus, query: str, result: tuple[str, str | None]) -> None:
    assert names.passage(corpus, query) == result


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ("isdp-2018-new-dawn", "passage 'isdp-2018-new-dawn' is not of the form <essay-id>:<n>, e.g. isdp-2018-new-dawn:5"),
        ("isdp:x", "passage 'isdp:x' is not of the form <essay-id>:<n>, e.g. isdp-2018-new-dawn:5"),
        ("isdp:99", "essay isdp-2018-new-dawn has passages 1 to 26, not 99 (`korea show isdp-2018-new-dawn` shows them)"),
    ],
)
def test_bad_passage_ids(corpus, query: str, error: str) -> None:
    with pytest.raises(UsageError) as raised:
        names.passage(corpus, query)
    assert str(raised.value) == error
