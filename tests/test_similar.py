"""`korea similar`: passages whose likeness is known (tests/cases/sequencing/essays/test-2021-inspections.txt) ranked as they should be."""

from __future__ import annotations

import json

import pytest

from conftest import corpus_with_sequencing, korea
from korea_cli import queries, similar
from korea_cli.index import in_memory

ESSAY = "test-2021-inspections"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    return in_memory(corpus_with_sequencing(tmp_path_factory.mktemp("similar")))


def found(index, n: int, **options) -> list[tuple[str, int, list[str]]]:
    return [(r["passage"], r["score"], r["shared"]) for r in queries.similar(index, f"{ESSAY}:{n}", **options)]


def test_the_passage_on_the_same_thing_comes_first_with_the_words_that_say_why(index) -> None:
    best, *rest = found(index, 3)
    assert best[0] == f"{ESSAY}:4" and best[1] >= 30
    assert best[2] == ["reactor", "inspections", "inspectors", "yongbyon", "verified"]  # 'inspection' in 4: one term, as 3 writes it
    assert all(score < best[1] / 3 for _, score, _ in rest)


def test_never_itself_never_a_word_that_tells_nothing_never_a_passage_sharing_nothing(index) -> None:
    everything = found(index, 3, limit=None)
    assert f"{ESSAY}:3" not in [p for p, _, _ in everything]
    assert f"{ESSAY}:5" not in [p for p, _, _ in everything]  # rice cakes and children share no word with inspections
    assert not {word for _, _, shared in everything for word in shared} & similar.FUNCTION_WORDS
    assert found(index, 6) == []  # 'So it was, and so it will be.'


def test_scores_are_ranked_and_bounded(index) -> None:
    everything = found(index, 4, limit=None)
    scores = [score for _, score, _ in everything]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 100 for s in scores)
    assert len(found(index, 4, limit=2)) == 2


def test_body_only_unless_all_roles_and_an_author_narrows(index) -> None:
    assert {r["role"] for r in queries.similar(index, f"{ESSAY}:3", limit=None)} == {"body"}
    mine = queries.similar(index, f"{ESSAY}:3", limit=None, author="ortiz-daniel")
    assert mine and {r["author_id"] for r in mine} == {"ortiz-daniel"}
    title = queries.similar(index, f"{ESSAY}:3", limit=None, all_roles=True)
    assert f"{ESSAY}:1" in [r["passage"] for r in title]  # 'Inspections First', the title, is no argument but shares a word


def test_the_command_in_a_pipe_and_its_errors(tmp_path_factory: pytest.TempPathFactory) -> None:
    corpus = str(corpus_with_sequencing(tmp_path_factory.getbasetemp()))
    result = korea("similar", f"{ESSAY}:3", "-n", "1", "--format", "json", "--corpus", corpus)
    (record,) = json.loads(result.stdout)
    assert (result.returncode, record["passage"], record["author"]) == (0, f"{ESSAY}:4", "Daniel Ortiz")
    none = korea("similar", f"{ESSAY}:6", "--corpus", corpus)
    assert (none.returncode, none.stdout, none.stderr) == (1, "", f"korea: no passage shares a telling word with {ESSAY}:6\n")
    typo = korea("similar", "test-2021-inspectoins:3", "-n", "1", "--corpus", corpus)
    assert (typo.returncode, typo.stderr) == (0, f"korea: essay 'test-2021-inspectoins' → {ESSAY}\n")
    bad = korea("similar", f"{ESSAY}:99", "--corpus", corpus)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and bad.stderr.count("\n") == 1
