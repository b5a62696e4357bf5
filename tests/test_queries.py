"""The query core, called directly: filters, grids, citations, topic passages."""

from __future__ import annotations

from pathlib import Path

import pytest

from korea_cli import queries
from korea_cli.index import in_memory
from korea_cli.layout import bundled_corpus


@pytest.fixture(scope="module")
def corpus():
    return in_memory(Path(bundled_corpus()))


def test_every_author_answers_on_sanctions(corpus) -> None:
    authors = {r["author_id"] for r in queries.positions(corpus, topic="sanctions")}
    assert authors == {a["id"] for a in queries.who(corpus)}


def test_every_author_says_what_must_come_before_denuclearization(corpus) -> None:
    authors = {r["author_id"] for r in queries.preconditions(corpus, goal="denuclearization")}
    assert authors == {a["id"] for a in queries.who(corpus)}


def test_filters_combine(corpus) -> None:
    records = queries.positions(corpus, author="swanstrom-niklas", stance="skeptical")
    assert [r["topic"] for r in records] == ["denuclearization", "security-guarantees", "summit-diplomacy", "nuclear-missile-programs"]
    assert queries.positions(corpus, author="lee-sangsoo", topic="peace-regime") == []
    demands = queries.preconditions(corpus, held_by="north-korea", author="engman-mats")
    assert [r["condition"] for r in demands][:2] == [
        "Relevant security guarantees secured for North Korea, Kim's condition for discussing denuclearization",
        "Security guarantees, the crux of what it expects",
    ]


def test_profile_orders_positions_by_codebook_topic(corpus) -> None:
    profile = queries.profile(corpus, "lee-sangsoo")
    order = queries.topic_order(corpus)
    assert [order.index(p["topic"]) for p in profile["positions"]] == sorted(order.index(p["topic"]) for p in profile["positions"])
    assert len(profile["preconditions"]) == 4


def test_compare_has_a_cell_for_every_pair(corpus) -> None:
    cells = queries.compare(corpus, ["lee-sangsoo", "chun-chaesung"], ["peace-regime", "sanctions"])
    assert [(c["author_id"], c["topic"], c["stances"]) for c in cells] == [
        ("lee-sangsoo", "peace-regime", []),
        ("lee-sangsoo", "sanctions", ["conditional"]),
        ("chun-chaesung", "peace-regime", ["supports", "observes"]),
        ("chun-chaesung", "sanctions", ["conditional", "observes"]),
    ]


@pytest.mark.parametrize(
    ("passage", "citation"),
    [
        ("isdp-2018-new-dawn:16", "Sangsoo Lee, “New Dawn or False Hope on the Korean Peninsula?”, ISDP (inferred), 2018 (inferred), isdp-2018-new-dawn:16"),
        ("eai-2019-chun:7", "Chun Chaesung, untitled, East Asia Institute (inferred), 2019 (inferred), eai-2019-chun:7"),
        ("eai-2019-chun:2", "the editors, untitled, East Asia Institute (inferred), 2019 (inferred), eai-2019-chun:2"),
        # the publisher's introduction, where the text does not name the publisher: the editors'
        ("isdp-2018-new-dawn:3", "the editors, “New Dawn or False Hope on the Korean Peninsula?”, ISDP (inferred), 2018 (inferred), isdp-2018-new-dawn:3"),
    ],
)
def test_citations_say_what_is_inferred(corpus, passage: str, citation: str) -> None:
    assert queries.quote(corpus, passage)["citation"] == citation


def topic_passages(corpus, topic: str) -> list[str]:
    """Every author's passages on `topic`, as `korea who NAME --topic TOPIC` gives them."""
    return [p["passage"] for author in queries.who(corpus) for p in queries.profile(corpus, author["id"], topic=topic)["passages"]]


def test_topic_passages_come_from_annotations_and_aliases(corpus) -> None:
    passages = topic_passages(corpus, "peace-regime")
    assert "eai-2019-chun:7" in passages  # cited by a position on the peace regime
    assert "isdp-2018-new-dawn:6" in passages  # "peace treaty", an alias
    roles = {r["passage"]: r["role"] for essay in ("eai-2019-chun", "isdp-2018-new-dawn") for r in queries.passages(corpus, essay)}
    assert all(roles[p] == "body" for p in passages)
    assert "isdp-2018-new-dawn:3" not in topic_passages(corpus, "denuclearization")  # the introduction is nobody's argument
    on_topic = {h["passage"] for h in queries.search(corpus, "the", topic="peace-regime", limit=None, all_roles=True)[1]}
    assert set(passages) <= on_topic  # search --topic reads the same passages


def test_export_holds_every_record(corpus) -> None:
    types = [r["type"] for r in queries.export(corpus)]
    assert {t: types.count(t) for t in dict.fromkeys(types)} == {"author": 4, "topic": 14, "essay": 2, "passage": 42, "position": 58, "precondition": 38}


def test_a_list_comes_out_in_its_own_order(corpus) -> None:
    """Chun's four tasks by a query, in the order he counts them; Engman's three factors though the file lists them 3, 2, 1."""
    tasks = queries.preconditions(corpus, series="four-tasks")
    assert [(r["ordinal"], r["passage"]) for r in tasks] == [(1, "eai-2019-chun:7"), (2, "eai-2019-chun:8"), (3, "eai-2019-chun:10"), (4, "eai-2019-chun:12")]
    assert tasks[0]["condition"] == "Reaffirm the basic principles of the denuclearization roadmap"
    factors = queries.positions(corpus, series="three-factors")
    assert [(r["ordinal"], r["topic"]) for r in factors] == [(1, "inter-korean-relations"), (2, "us-policy"), (3, "sanctions")]
    assert queries.positions(corpus, series="four-tasks") == []  # a list of preconditions, not of positions
    assert {r["series"] for r in queries.positions(corpus, author="swanstrom-niklas")} == {None}


def test_the_audited_errors_stay_corrected(corpus) -> None:
    """Issue 13's audit: no one 'supports' sanctions they only tolerate, or the North's weapons; Lee speaks on the freeze."""
    assert queries.positions(corpus, topic="sanctions", stance="supports") == []
    assert queries.positions(corpus, topic="nuclear-missile-programs", stance="supports") == []
    freeze = [r["author_id"] for r in queries.positions(corpus, topic="denuclearization") if "freez" in r["quote"]]
    assert "lee-sangsoo" in freeze
    engman_18 = [r["summary"] for r in queries.positions(corpus, author="engman-mats") if r["passage"] == "isdp-2018-new-dawn:18"]
    assert not any("skilled diplomat" in summary for summary in engman_18)  # that is :25's, with its own position
    assert any(r["passage"] == "isdp-2018-new-dawn:25" and "skilled diplomat" in r["summary"] for r in queries.positions(corpus, author="engman-mats"))


@pytest.mark.parametrize(
    ("words", "passages"),
    [
        ("freeze", ["eai-2019-chun:14", "isdp-2018-new-dawn:7"]),  # whole words: 'freezing' (isdp:11) is another word
        (
            "Kim Jong-un",
            [
                "eai-2019-chun:4",
                "eai-2019-chun:9",
                "isdp-2018-new-dawn:7",
                "isdp-2018-new-dawn:8",
                "isdp-2018-new-dawn:12",
                "isdp-2018-new-dawn:18",
                "isdp-2018-new-dawn:25",
            ],
        ),
        ("CVID", []),
    ],
)
def test_mentions_finds_what_a_passage_names(corpus, words: str, passages: list[str]) -> None:
    """`--mentions`: the annotations whose passage names the words, whatever the case or the punctuation between them."""
    found = queries.positions(corpus, mentions=words)
    assert sorted({r["passage"] for r in found}, key=lambda p: (p.split(":")[0], int(p.split(":")[1]))) == passages
    assert all(r["topic"] == "denuclearization" for r in queries.positions(corpus, mentions=words, topic="denuclearization"))


def test_mentions_reads_as_search_reads_and_knows_the_glossary(corpus) -> None:
    """'US' is 'U.S.'; 'DPRK' finds the passages that say North Korea, as search does."""

    def passages(words: str) -> set[str]:
        return {r["passage"] for r in queries.positions(corpus, mentions=words)}

    assert passages("US") == passages("U.S.") and passages("US") >= {"isdp-2018-new-dawn:11", "eai-2019-chun:3"}
    assert passages("DPRK") == passages("North Korea") and "eai-2019-chun:6" in passages("DPRK")
    assert passages("Kim Jongun") == passages("Kim Jong Un")
