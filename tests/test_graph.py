"""The precondition graph (`korea graph`) and its conflicts (`korea conflicts`): the core over records, the writers parsed back."""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import pydot
import pytest

from conftest import corpus_with_sequencing, korea
from korea_cli import graph

CODEBOOK = {
    "topics": [{"id": t, "label": t.title()} for t in ("sanctions", "freeze", "peace-regime", "denuclearization", "trust")],
    "goals": [{"id": g, "label": f"goal {g}"} for g in ("freeze", "peace-regime", "denuclearization", "agreement")],
}


def precondition(author: str, before: str | None, after: str, held_by: str = "author", n: int = 1, condition: str = "") -> dict[str, Any]:
    return {
        "author": author.title(),
        "author_id": author,
        "held_by": held_by,
        "condition": condition or f"{before} first",
        "topic": before,
        "goal": after,
        "quote": f"{before} before {after}",
        "passage": f"e:{n}",
        "essay": "e",
        "status": "reviewed",
        "series": None,
        "ordinal": None,
    }


def orders(sides: list[dict[str, Any]]) -> list[tuple[int, str, str, str, int]]:
    return [(s["conflict"], s["voice"], s["first"], s["then"], len(s["quotes"])) for s in sides]


def test_nodes_in_codebook_order_a_shared_id_one_node_labelled_as_a_goal() -> None:
    drawn = graph.build([precondition("kim", "denuclearization", "peace-regime"), precondition("kim", "sanctions", "denuclearization")], CODEBOOK)
    assert [(n["id"], n["label"], n["kinds"]) for n in drawn["nodes"]] == [
        ("sanctions", "Sanctions", ["topic"]),
        ("peace-regime", "goal peace-regime", ["topic", "goal"]),
        ("denuclearization", "goal denuclearization", ["topic", "goal"]),
    ]
    assert [(e["from"], e["to"]) for e in drawn["edges"]] == [("denuclearization", "peace-regime"), ("sanctions", "denuclearization")]


def test_a_condition_without_a_topic_is_a_node_of_its_own_words() -> None:
    records = [precondition("kim", None, "agreement", condition="Talks resume"), precondition("lee", None, "agreement", condition="Talks resume")]
    drawn = graph.build(records, CODEBOOK)
    assert [(n["id"], n["label"], n["kinds"]) for n in drawn["nodes"]] == [
        ("agreement", "goal agreement", ["goal"]),
        ("condition-1", "Talks resume", ["condition"]),
    ]
    assert {e["from"] for e in drawn["edges"]} == {"condition-1"}


def test_leading_to_keeps_every_chain_into_the_goal_and_nothing_else() -> None:
    records = [
        precondition("kim", "trust", "freeze"),
        precondition("kim", "freeze", "denuclearization"),
        precondition("lee", "sanctions", "agreement"),
        precondition("lee", "denuclearization", "peace-regime"),
    ]
    chained = graph.leading_to(graph.build(records, CODEBOOK), "denuclearization")
    assert [(e["from"], e["to"]) for e in chained["edges"]] == [("trust", "freeze"), ("freeze", "denuclearization")]
    assert [n["id"] for n in chained["nodes"]] == ["freeze", "denuclearization", "trust"]


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        pytest.param(
            [precondition("kim", "denuclearization", "peace-regime"), precondition("lee", "peace-regime", "denuclearization", n=2)],
            [(1, "Kim", "denuclearization", "peace-regime", 1), (1, "Lee", "peace-regime", "denuclearization", 1)],
            id="two authors, direct",
        ),
        pytest.param(
            [precondition("kim", "denuclearization", "peace-regime"), precondition("kim", "peace-regime", "denuclearization", held_by="north-korea")],
            [(1, "Kim", "denuclearization", "peace-regime", 1), (1, "north-korea, per Kim", "peace-regime", "denuclearization", 1)],
            id="an author against the party they report",
        ),
        pytest.param(
            [precondition("kim", "denuclearization", "peace-regime"), precondition("kim", "peace-regime", "denuclearization", n=2)],
            [],
            id="one voice both ways is no conflict between voices",
        ),
        pytest.param(
            [precondition("kim", "denuclearization", "peace-regime"), precondition("lee", "denuclearization", "peace-regime")],
            [],
            id="the same order",
        ),
        pytest.param(
            [precondition("kim", "denuclearization", "denuclearization"), precondition("lee", "denuclearization", "denuclearization")],
            [],
            id="a loop orders nothing",
        ),
        pytest.param(
            [
                precondition("kim", "freeze", "peace-regime"),
                precondition("kim", "peace-regime", "denuclearization"),
                precondition("lee", "denuclearization", "freeze"),
            ],
            [
                (1, "Kim", "freeze", "denuclearization", 2),
                (1, "Lee", "denuclearization", "freeze", 1),
            ],
            id="a chain of one voice's own edges",
        ),
        pytest.param(
            [
                precondition("kim", "freeze", "peace-regime"),
                precondition("lee", "peace-regime", "denuclearization"),
                precondition("park", "denuclearization", "freeze"),
            ],
            [],
            id="a chain across voices is nobody's order",
        ),
    ],
)
def test_conflicts(records: list[dict[str, Any]], expected: list[tuple[Any, ...]]) -> None:
    assert orders(graph.conflicts(graph.build(records, CODEBOOK))) == expected


def test_a_chain_longer_than_max_chain_orders_nothing() -> None:
    ids = ["sanctions", "trust", "freeze", "peace-regime", "denuclearization"]
    chain = [precondition("kim", a, b) for a, b in itertools.pairwise(ids)]
    codebook = {"topics": CODEBOOK["topics"], "goals": [{"id": i, "label": i} for i in ids]}
    back = precondition("lee", "denuclearization", "sanctions")
    assert graph.MAX_CHAIN == 3 and len(chain) == 4
    assert orders(graph.conflicts(graph.build([*chain, back], codebook))) == []
    assert [s["first"] for s in graph.conflicts(graph.build([*chain[1:], precondition("lee", "denuclearization", "trust")], codebook))] == [
        "trust",
        "denuclearization",
    ]


def test_a_draft_side_says_so() -> None:
    draft = {**precondition("lee", "peace-regime", "denuclearization"), "status": "draft"}
    sides = graph.conflicts(graph.build([precondition("kim", "denuclearization", "peace-regime"), draft], CODEBOOK))
    assert [s["status"] for s in sides] == ["reviewed", "draft"]


HOSTILE = precondition("o'neil", "sanctions", "agreement", condition='The "freeze" | end --> now; a \\ slash #1 <b>')


@pytest.mark.filterwarnings("ignore:.*deprecated:DeprecationWarning")  # pydot 4 calls pyparsing 3.3's old names
def test_dot_parses_back_with_every_node_edge_and_label() -> None:
    records = [precondition("kim", "denuclearization", "peace-regime"), precondition("lee", "peace-regime", "denuclearization", "north-korea"), HOSTILE]
    drawn = graph.build(records, CODEBOOK)
    (parsed,) = pydot.graph_from_dot_data(graph.dot(drawn))
    nodes = {n.get_name().strip('"'): n.get_label() for n in parsed.get_nodes() if n.get_name() not in ("node", "edge")}
    assert nodes == {n["id"]: f'"{n["label"]}"' for n in drawn["nodes"]}
    edges = [(e.get_source().strip('"'), e.get_destination().strip('"'), e.get_style(), e.get("passage")) for e in parsed.get_edges()]
    assert edges == [
        ("denuclearization", "peace-regime", '"solid"', '"e:1"'),
        ("peace-regime", "denuclearization", '"dashed"', '"e:1"'),
        ("sanctions", "agreement", '"solid"', '"e:1"'),
    ]
    label = parsed.get_edges()[2].get_label()
    assert label == '"O\'Neil: The \\"freeze\\" | end --> now; a \\\\ slash #1 <b>\\ne:1"'


def test_mermaid_escapes_what_would_end_a_label_and_renames_its_keywords() -> None:
    records = [precondition("kim", "end", "agreement", condition="x"), HOSTILE]
    codebook = {"topics": [{"id": "end", "label": "The end"}, *CODEBOOK["topics"]], "goals": CODEBOOK["goals"]}
    text = graph.mermaid(graph.build(records, codebook))
    assert '  n_end["The end"]' in text.splitlines()
    edge = next(line for line in text.splitlines() if line.startswith("  sanctions "))
    assert edge == '  sanctions -->|"O\'Neil: The #quot;freeze#quot; #124; end --#gt; now; a \\ slash #35;1 #lt;b#gt;<br>e:1"| agreement'
    for line in text.splitlines()[3:]:  # after the legend and the header, every line is a node, an edge or a link style
        assert re.fullmatch(r'  (\w+(\["[^"]*"\]|\(\["[^"]*"\]\))|\w+ (-->|-\.->)\|"[^"]*"\| \w+|linkStyle \d+ stroke:#[0-9a-f]{6})', line), line


def test_graph_json_is_the_whole_graph_and_no_edges_exit_1(tmp_path_factory: pytest.TempPathFactory) -> None:
    corpus = str(corpus_with_sequencing(tmp_path_factory.getbasetemp()))
    drawn = json.loads(korea("graph", "--format", "json", "--corpus", corpus).stdout)
    everything = json.loads(korea("preconditions", "--format", "json", "--corpus", corpus).stdout)
    assert [(e["passage"], e["condition"]) for e in drawn["edges"]] == [(p["passage"], p["condition"]) for p in everything]
    assert {e["from"] for e in drawn["edges"]} | {e["to"] for e in drawn["edges"]} == {n["id"] for n in drawn["nodes"]}
    result = korea("graph", "--author", "kim", "--for", "agreement", "--format", "json", "--corpus", corpus)
    assert (result.returncode, json.loads(result.stdout), result.stderr) == (1, {"nodes": [], "edges": []}, "korea: no preconditions to draw\n")


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["graph", "--format", "svg"], "'svg' is not one of 'dot', 'mermaid', 'json'"),
        (["graph", "--for", "lunch"], "korea: unknown goal 'lunch'"),
        (["conflicts", "--topic", "weather"], "korea: unknown topic 'weather'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], stderr: str) -> None:
    result = korea(*args)
    assert result.returncode == 2 and stderr in result.stderr and "Traceback" not in result.stderr


def test_conflicts_take_a_goal_by_its_label(tmp_path_factory: pytest.TempPathFactory) -> None:
    corpus = str(corpus_with_sequencing(tmp_path_factory.getbasetemp()))
    by_label = korea("conflicts", "--topic", "The peace regime", "--corpus", corpus)
    assert by_label.returncode == 0 and by_label.stdout == korea("conflicts", "--corpus", corpus).stdout


@pytest.mark.parametrize(
    ("fmt", "empty"), [("json", '{\n  "nodes": [],\n  "edges": []\n}\n'), ("mermaid", "flowchart LR\n"), ("dot", "digraph preconditions {")]
)
def test_an_empty_graph_is_still_valid_in_its_format_and_exit_1(fmt: str, empty: str) -> None:
    result = korea("graph", "--for", "agreement", "--author", "lee", "--format", fmt)
    assert (result.returncode, result.stderr) == (1, "korea: no preconditions to draw\n")
    assert empty in result.stdout
    if fmt == "dot":
        (parsed,) = pydot.graph_from_dot_data(result.stdout)
        assert parsed.get_edges() == []


def test_a_conflict_keeps_its_number_under_a_filter_and_an_empty_filter_says_which(tmp_path_factory: pytest.TempPathFactory) -> None:
    corpus = str(corpus_with_sequencing(tmp_path_factory.getbasetemp()))
    every = korea("conflicts", "--format", "json", "--corpus", corpus)
    swanstrom = korea("conflicts", "--author", "swanstrom", "--format", "json", "--corpus", corpus)
    numbered = {(s["conflict"], s["voice"]) for s in json.loads(every.stdout)}
    assert {(s["conflict"], s["voice"]) for s in json.loads(swanstrom.stdout)} <= numbered
    assert [s["conflict"] for s in json.loads(swanstrom.stdout)] == [2, 2]
    none = korea("conflicts", "--author", "engman", "--corpus", corpus)
    assert (none.returncode, none.stderr) == (1, "korea: no sequencing conflicts involving engman-mats\n")
    unknown = korea("conflicts", "--topic", "CVID")
    assert unknown.returncode == 2 and "--mentions" not in unknown.stderr  # conflicts has no --mentions to offer
