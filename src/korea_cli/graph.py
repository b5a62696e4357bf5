"""Preconditions as a graph of what must come before what, and the conflicts in it.

Each precondition is an edge from its condition to its goal: from the condition's topic (the codebook's
`topics`) to what it is for (the codebook's `goals`). An id that is both a topic and a goal
(`denuclearization`, `peace-regime`) is one node, so chains form: trust-building → peace-regime →
denuclearization. A condition with no topic is a node of its own, labelled with its words.

Whose an ordering is matters: a *voice* is an author speaking for a holder (the author's own view, or
what the author says North Korea demands). Two voices conflict where one puts A before B and the other
B before A, directly or through a chain of that voice's own edges.

Pure: precondition records (`queries.preconditions`) and the codebook in, records and text out. The
writers (`dot`, `mermaid`) make text Graphviz and Mermaid read; JSON is `render`'s.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Record = dict[str, Any]

MAX_CHAIN = 3
"""The most edges of one voice a chain may take to put one thing before another: longer chains read as accidents of coding."""

PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666")
"""One colour per author, in the order authors first appear (ColorBrewer's Dark2: tells eight apart, in print too)."""

_EDGE_FIELDS = ("author", "author_id", "held_by", "condition", "topic", "goal", "quote", "passage", "essay", "status", "series", "ordinal")


def build(preconditions: Sequence[Mapping[str, Any]], codebook: Mapping[str, Any]) -> Record:
    """The graph of these preconditions: `nodes` (id, label, kinds) in codebook order, `edges` in the order given."""
    goals = {goal["id"]: goal.get("label") or goal["id"] for goal in codebook["goals"]}
    topics = {topic["id"]: topic["label"] for topic in codebook["topics"]}
    untopical: dict[str, str] = {}  # a condition without a topic: its words → its node id
    edges = []
    for record in preconditions:
        before = record["topic"] or untopical.setdefault(record["condition"], f"condition-{len(untopical) + 1}")
        edges.append({"from": before, "to": record["goal"], **{field: record.get(field) for field in _EDGE_FIELDS}})
    used = {edge["from"] for edge in edges} | {edge["to"] for edge in edges}
    nodes = []
    for node in [*topics, *(goal for goal in goals if goal not in topics), *untopical.values()]:
        if node in used:
            kinds = [kind for kind, ids in (("topic", topics), ("goal", goals)) if node in ids] or ["condition"]
            words = {ident: text for text, ident in untopical.items()}
            nodes.append({"id": node, "label": goals.get(node) or topics.get(node) or words[node], "kinds": kinds})
    return {"nodes": nodes, "edges": edges}


def leading_to(graph: Record, goal: str) -> Record:
    """Only the edges on a chain that ends in `goal` (what must come before it, and before that), and their nodes."""
    into: dict[str, list[Record]] = {}
    for edge in graph["edges"]:
        into.setdefault(edge["to"], []).append(edge)
    reached, queue = {goal}, deque([goal])
    while queue:
        for edge in into.get(queue.popleft(), []):
            if edge["from"] not in reached:
                reached.add(edge["from"])
                queue.append(edge["from"])
    edges = [edge for edge in graph["edges"] if edge["to"] in reached]
    used = {edge["from"] for edge in edges} | {edge["to"] for edge in edges}
    return {"nodes": [node for node in graph["nodes"] if node["id"] in used], "edges": edges}


def voice(edge: Mapping[str, Any]) -> str:
    """Whose ordering an edge is, as a reader says it: 'Chun Chaesung' (his own view), or 'north-korea, per Chun Chaesung'."""
    if edge["held_by"] == "author":
        return edge["author"]
    return f"{edge['held_by']}, per {edge['author']}"


def conflicts(graph: Record) -> list[Record]:
    """Every pair of voices that order two things oppositely: two records per conflict (one per side), numbered alike.

    A side's order is a direct edge or a chain of up to `MAX_CHAIN` of its voice's own edges (the shortest, the first
    found in corpus order); each side carries every step's condition, quote and passage.
    """
    orders: dict[tuple[str, str], dict[tuple[str, str], list[Record]]] = {}
    for edge in graph["edges"]:
        orders.setdefault((edge["author_id"], edge["held_by"]), {})
    for key in orders:
        orders[key] = _chains([edge for edge in graph["edges"] if (edge["author_id"], edge["held_by"]) == key])
    found: list[Record] = []
    voices = list(orders)
    for i, one in enumerate(voices):
        for other in voices[i + 1 :]:
            for (first, then), steps in orders[one].items():
                opposite = orders[other].get((then, first))
                if opposite is not None:
                    number = len(found) // 2 + 1
                    found += [_side(number, first, then, steps), _side(number, then, first, opposite)]
    return found


def _chains(edges: Sequence[Record]) -> dict[tuple[str, str], list[Record]]:
    """For one voice: every (A, B) it puts A before B, A ≠ B, with the shortest chain of its edges that says so."""
    out_of: dict[str, list[Record]] = {}
    for edge in edges:
        if edge["from"] != edge["to"]:
            out_of.setdefault(edge["from"], []).append(edge)
    chains: dict[tuple[str, str], list[Record]] = {}
    for start in out_of:
        queue: deque[tuple[str, list[Record]]] = deque([(start, [])])
        while queue:
            node, path = queue.popleft()
            if len(path) == MAX_CHAIN:
                continue
            for edge in out_of.get(node, []):
                end, steps = edge["to"], [*path, edge]
                if end != start and (start, end) not in chains:
                    chains[(start, end)] = steps
                    queue.append((end, steps))
    return chains


def _side(number: int, first: str, then: str, steps: Sequence[Record]) -> Record:
    edge = steps[0]
    drafts = [step["status"] for step in steps if step["status"] != "reviewed"]
    return {
        "conflict": number,
        "first": first,
        "then": then,
        "voice": voice(edge),
        "author": edge["author"],
        "author_id": edge["author_id"],
        "held_by": edge["held_by"],
        "conditions": [step["condition"] for step in steps],
        "quotes": [step["quote"] for step in steps],
        "passages": [step["passage"] for step in steps],
        "status": drafts[0] if drafts else "reviewed",
    }


# -- the graph written for Graphviz and Mermaid -------------------------------------------------------


def colours(edges: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Each author's colour, in the order authors first appear."""
    authors = list(dict.fromkeys(edge["author_id"] for edge in edges))
    return {author: PALETTE[i % len(PALETTE)] for i, author in enumerate(authors)}


def edge_label(edge: Mapping[str, Any]) -> tuple[str, str]:
    """Whose and what, then where: 'Chun Chaesung: <condition>', and the passage (with 'draft' or 'suggested' when not reviewed)."""
    where = edge["passage"] if edge["status"] == "reviewed" else f"{edge['passage']} ({edge['status']})"
    return f"{voice(edge)}: {edge['condition']}", where


LEGEND = (
    "Preconditions from the korea corpus: each edge is one precondition, from its condition to what it is for.",
    "A solid edge is the author's own view; a dashed one what the author says another party holds; a grey one is not yet reviewed.",
)


def dot(graph: Record) -> str:
    """The graph in Graphviz's DOT language (`korea graph | dot -Tsvg > graph.svg`): a quote as each edge's tooltip."""
    palette = colours(graph["edges"])
    lines = [*(f"// {line}" for line in LEGEND), "digraph preconditions {", "  rankdir=LR;", '  node [shape=box, style=rounded, fontname="Helvetica"];']
    lines.append('  edge [fontname="Helvetica", fontsize=10];')
    for node in graph["nodes"]:
        extra = ", peripheries=2" if "goal" in node["kinds"] else ""
        lines.append(f"  {_dot_string(node['id'])} [label={_dot_string(node['label'])}{extra}];")
    for edge in graph["edges"]:
        attributes = {
            "label": "\n".join(edge_label(edge)),
            "tooltip": f"“{edge['quote']}”",
            "color": palette[edge["author_id"]] if edge["status"] == "reviewed" else "grey60",
            "style": "solid" if edge["held_by"] == "author" else "dashed",
            "passage": edge["passage"],
        }
        listed = ", ".join(f"{name}={_dot_string(value)}" for name, value in attributes.items())
        lines.append(f"  {_dot_string(edge['from'])} -> {_dot_string(edge['to'])} [{listed}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_string(text: str) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, a line break as DOT's centred `\\n`."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n") + '"'


_MERMAID_WORDS = frozenset({"end", "graph", "flowchart", "subgraph", "style", "class", "classdef", "click", "linkstyle", "direction", "default"})


def mermaid(graph: Record) -> str:
    """The graph as a Mermaid flowchart (GitHub and GitLab draw it in Markdown): goals as stadiums, edges coloured by author."""
    ids: dict[str, str] = {}
    for node in graph["nodes"]:
        name = re.sub(r"\W", "_", node["id"], flags=re.ASCII) or "node"
        if name.lower() in _MERMAID_WORDS or name[0].isdigit():
            name = f"n_{name}"
        while name in ids.values():
            name += "_"
        ids[node["id"]] = name
    palette = colours(graph["edges"])
    lines = [*(f"%% {line}" for line in LEGEND), "flowchart LR"]
    for node in graph["nodes"]:
        shape = '(["{}"])' if "goal" in node["kinds"] else '["{}"]'
        lines.append(f"  {ids[node['id']]}{shape.format(_mermaid_text(node['label']))}")
    for edge in graph["edges"]:
        arrow = "-->" if edge["held_by"] == "author" else "-.->"
        label = "<br>".join(_mermaid_text(part) for part in edge_label(edge))
        lines.append(f'  {ids[edge["from"]]} {arrow}|"{label}"| {ids[edge["to"]]}')
    for number, edge in enumerate(graph["edges"]):
        colour = palette[edge["author_id"]] if edge["status"] == "reviewed" else "#999999"
        lines.append(f"  linkStyle {number} stroke:{colour}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    """Text inside a Mermaid label's quotes: its markup characters as Mermaid's entity codes (`#quot;`), so none ends the label."""
    text = text.replace("#", "#35;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")
    return text.replace("|", "#124;").replace("\r", " ").replace("\n", " ")
