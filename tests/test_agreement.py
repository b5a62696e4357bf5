"""Agreement across authors: `korea versus` (two authors topic by topic) and `korea coverage` (who addresses what, silences named)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import TESTS, corpus_with_sequencing, korea
from korea_cli import queries
from korea_cli.index import in_memory
from korea_cli.layout import bundled_corpus


@pytest.fixture(scope="module")
def bundled_index():
    return in_memory(Path(bundled_corpus()))


@pytest.fixture(scope="module")
def sequencing_index(tmp_path_factory: pytest.TempPathFactory):
    return in_memory(corpus_with_sequencing(tmp_path_factory.mktemp("agreement")))


@pytest.mark.parametrize(
    ("mine", "theirs", "verdict"),
    [
        (["supports"], ["supports"], "agree"),
        (["conditional", "observes"], ["conditional"], "agree"),
        (["supports"], ["opposes"], "disagree"),
        (["supports"], ["skeptical", "observes"], "disagree"),
        (["opposes"], ["conditional"], "disagree"),
        (["supports", "skeptical"], ["supports", "opposes"], "mixed"),
        (["conditional"], ["supports"], "differ"),
        (["skeptical"], ["opposes"], "differ"),  # doubting it works and arguing against it are not opposed
        (["observes"], ["supports"], "differ"),
        (["observes"], ["observes", "observes"], "both-observe"),
        (["supports"], [], "only-first"),
        ([], ["observes"], "only-second"),
        ([], [], "neither"),
    ],
)
def test_the_verdict_is_read_from_the_stances(mine: list[str], theirs: list[str], verdict: str) -> None:
    assert queries._verdict(mine, theirs) == verdict


def test_versus_keeps_each_position_with_its_stance_quote_and_passage(sequencing_index) -> None:
    records = queries.versus(sequencing_index, "kim-hana", "ortiz-daniel")
    assert [(r["topic"], r["verdict"]) for r in records] == [("sanctions", "disagree"), ("peace-regime", "differ")]
    sanctions = records[0]
    assert (sanctions["stances"], sanctions["quotes"], sanctions["passages"]) == (
        ["supports"],
        ["Sanctions should stay in place until then."],
        ["test-2020-which-first:3"],
    )
    assert (sanctions["other_author"], sanctions["other_stances"]) == ("Daniel Ortiz", ["opposes"])


def test_versus_every_quote_is_one_the_positions_hold(bundled_index) -> None:
    for record in queries.versus(bundled_index, "chun-chaesung", "swanstrom-niklas"):
        for prefix, author in (("", "chun-chaesung"), ("other_", "swanstrom-niklas")):
            held = {(p["stance"], p["quote"], p["passage"]) for p in queries.positions(bundled_index, topic=record["topic"], author=author)}
            assert set(zip(record[f"{prefix}stances"], record[f"{prefix}quotes"], record[f"{prefix}passages"], strict=True)) == held


def test_a_topic_asked_for_that_neither_speaks_to_is_said_so(bundled_index) -> None:
    (record,) = queries.versus(bundled_index, "lee-sangsoo", "engman-mats", ["verification"])
    assert (record["verdict"], record["quotes"], record["other_quotes"]) == ("neither", [], [])


def test_coverage_counts_what_the_other_commands_list(bundled_index) -> None:
    cells = queries.coverage(bundled_index)
    assert len(cells) == 4 * 14
    for cell in cells:
        positions = queries.positions(bundled_index, topic=cell["topic"], author=cell["author_id"])
        preconditions = queries.preconditions(bundled_index, topic=cell["topic"], author=cell["author_id"])
        assert (cell["positions"], cell["preconditions"]) == (len(positions), len(preconditions))
        assert cell["coverage"] == ("argued" if positions or preconditions else "mentioned" if cell["passages"] else "silent")
    silences = {(c["author_id"], c["topic"]) for c in cells if c["coverage"] == "silent"}
    assert ("lee-sangsoo", "peace-regime") in silences and ("chun-chaesung", "unification") in silences


def test_coverage_by_essay_and_for_the_topics_asked(sequencing_index) -> None:
    cells = queries.coverage(sequencing_index, by="essay", topic_ids=["verification", "peace-regime"])
    assert [(c["essay"], c["topic"], c["coverage"]) for c in cells] == [
        ("eai-2019-chun", "verification", "argued"),
        ("eai-2019-chun", "peace-regime", "argued"),
        ("isdp-2018-new-dawn", "verification", "silent"),
        ("isdp-2018-new-dawn", "peace-regime", "argued"),
        ("test-2020-which-first", "verification", "silent"),  # 'verifiably' is none of the codebook's words for it
        ("test-2020-which-first", "peace-regime", "argued"),
        ("test-2021-inspections", "verification", "mentioned"),  # 'verified', twice; nothing annotated
        ("test-2021-inspections", "peace-regime", "silent"),
    ]


@pytest.mark.parametrize(
    ("args", "code", "stderr"),
    [
        (["versus", "chun", "chaesung chun"], 2, "korea: both names are chun-chaesung; give two different authors (`korea who` lists them)\n"),
        (["versus", "chun"], 2, "Missing argument 'OTHER'"),
        (["versus", "chun", "nobody-at-all"], 2, "korea: unknown author 'nobody-at-all'"),
        (["coverage", "--by", "topic"], 2, "'topic' is not one of 'author', 'essay'"),
        (["coverage", "--topics", "weather"], 2, "korea: unknown topic 'weather'"),
    ],
)
def test_bad_input(args: list[str], code: int, stderr: str) -> None:
    result = korea(*args)
    assert result.returncode == code and stderr in result.stderr and "Traceback" not in result.stderr


def test_a_pipe_gets_records_and_json_keeps_the_lists(tmp_path_factory: pytest.TempPathFactory) -> None:
    corpus = str(corpus_with_sequencing(tmp_path_factory.getbasetemp()))
    (first, second) = json.loads(korea("versus", "kim", "ortiz", "--format", "json", "--corpus", corpus).stdout)
    assert (first["verdict"], second["verdict"], second["other_passages"]) == ("disagree", "differ", ["test-2020-which-first:4"])
    lines = korea("coverage", "--by", "essay", "--topics", "verification", "--corpus", corpus).stdout.splitlines()
    assert lines == [
        "eai-2019-chun\tverification\targued\t1\t1\t3\t0",
        "isdp-2018-new-dawn\tverification\tsilent\t0\t0\t0\t0",
        "test-2020-which-first\tverification\tsilent\t0\t0\t0\t0",
        "test-2021-inspections\tverification\tmentioned\t0\t0\t2\t0",
    ]


def test_a_silent_side_has_no_status_and_all_silent_is_exit_1(bundled_index) -> None:
    (record,) = queries.versus(bundled_index, "chun-chaesung", "lee-sangsoo", ["verification"])
    assert (record["verdict"], record["status"], record["other_status"]) == ("only-first", "reviewed", None)
    result = korea("versus", "lee", "engman", "--topics", "verification")
    assert (result.returncode, result.stdout, result.stderr) == (1, "", "korea: no positions by lee-sangsoo or engman-mats on these topics\n")


def test_coverage_says_what_comes_from_drafts_and_reviewed_makes_up_no_silence(tmp_path: Path, bundled: Path) -> None:
    import shutil

    corpus = shutil.copytree(bundled, tmp_path / "corpus")
    added = korea("add", str(TESTS / "cases" / "essays" / "signed-sections.txt"), "--id", "views", "--corpus", str(corpus))
    assert added.returncode == 0, added.stderr
    positions = korea(
        "annotate",
        "position",
        "views",
        "4",
        "--topic",
        "sanctions",
        "--stance",
        "supports",
        "--summary",
        "Keep them.",
        "--quote",
        "A peace treaty cannot come before denuclearization.",
        "--corpus",
        str(corpus),
    )
    assert positions.returncode == 0, positions.stderr
    cells = json.loads(korea("coverage", "--topics", "sanctions", "--format", "json", "--corpus", str(corpus)).stdout)
    berg = next(c for c in cells if c["author_id"] == "berg-anna")
    assert (berg["coverage"], berg["positions"], berg["drafts"]) == ("argued", 1, 1)
    reviewed = json.loads(korea("coverage", "--reviewed", "--format", "json", "--corpus", str(corpus)).stdout)
    assert "berg-anna" not in {c["author_id"] for c in reviewed}  # her only essay is a draft: she is not silent, she is unreviewed
