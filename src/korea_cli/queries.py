"""Answers to the questions users ask, as records ready to render.

Each function takes an open index (`index.open_index`) and ids already
resolved by `names`, and returns plain dicts whose keys are the stable field
names documented in docs/output.md. Rows come back in corpus order (`ORDER
BY rowid`; see `index`). Nothing here prints, exits or knows about the terminal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from korea_cli.index import AUTHOR_ORDER

if TYPE_CHECKING:
    from korea_cli.errors import CorpusError
    from korea_cli.index import Index


def who(index: Index, author_id: str | None = None) -> list[dict[str, Any]]:
    """One record per author (or just `author_id`): names, affiliations as stated, essays, topics argued.

    Each author's lists are one row of `author_records`, which the index keeps as its essays change."""
    only, wanted = (" WHERE authors.id = ?", (author_id,)) if author_id else ("", ())
    sql = (
        "SELECT authors.id, authors.name, authors.aliases, r.affiliations, r.essays, r.topics"
        f" FROM authors LEFT JOIN author_records r ON r.id = authors.id{only} ORDER BY {AUTHOR_ORDER}"
    )
    return [
        {
            "id": author,
            "name": name,
            "aliases": json.loads(aliases),
            "affiliations": json.loads(affiliations) if affiliations else [],
            "essays": json.loads(essays) if essays else [],
            "topics": json.loads(topics) if topics else [],
        }
        for author, name, aliases, affiliations, essays, topics in index.rows(sql, wanted)
    ]


def topic_order(index: Index) -> list[str]:
    """Topic ids in codebook order, the order every list of topics follows."""
    return [topic["id"] for topic in index.codebook["topics"]]


def profile(index: Index, author_id: str, topic: str | None = None) -> dict[str, Any]:
    """One author in full: the `who` record plus every position (by topic) and every precondition.

    With `topic`, what the author says about it: the positions and preconditions on it, and `passages`, every body passage of
    theirs on it (annotated, or naming it by the codebook's words), so that what is not annotated is not missed.
    """
    record = who(index, author_id)[0]
    order = {topic: i for i, topic in enumerate(topic_order(index))}
    record["positions"] = sorted(positions(index, author=author_id, topic=topic), key=lambda p: order[p["topic"]])
    record["preconditions"] = preconditions(index, author=author_id, topic=topic)
    if topic is not None:
        record["topic"] = topic
        sql = (
            f"{_PASSAGE} JOIN passage_topics t ON t.passage = p.rowid WHERE t.topic = ? AND p.role = 'body'"
            " AND (p.author = ? OR (p.coauthors != '[]' AND p.coauthors LIKE ?)) ORDER BY p.rowid"
        )
        record["passages"] = [_passage_record(row, index) for row in index.rows(sql, (topic, author_id, f'%"{author_id}"%'))]
    return record


_POSITION = (
    "SELECT a.name, p.author, p.essay, p.topic, p.stance, p.summary, p.quote, p.passage, CASE WHEN p.suggested THEN 'suggested' ELSE e.status END,"
    " p.series, p.ordinal FROM positions p JOIN authors a ON a.id = p.author JOIN essays e ON e.id = p.essay"
)
_POSITION_FIELDS = ("author", "author_id", "essay", "topic", "stance", "summary", "quote", "passage", "status", "series", "ordinal")
_PRECONDITION = (
    "SELECT a.name, p.author, p.essay, p.goal, p.condition, p.topic, p.held_by, p.quote, p.passage,"
    " CASE WHEN p.suggested THEN 'suggested' ELSE e.status END, p.series, p.ordinal"
    " FROM preconditions p JOIN authors a ON a.id = p.author JOIN essays e ON e.id = p.essay"
)
_PRECONDITION_FIELDS = ("author", "author_id", "essay", "goal", "condition", "topic", "held_by", "quote", "passage", "status", "series", "ordinal")


def positions(
    index: Index,
    topic: str | None = None,
    author: str | None = None,
    essay: str | None = None,
    stance: str | None = None,
    reviewed: bool = False,
    include_suggested: bool = False,
    series: str | None = None,
    mentions: str | None = None,
) -> list[dict[str, Any]]:
    """Positions matching every filter given, in corpus order; suggestions only when asked for, after the others.

    `reviewed`: only from essays a person has reviewed, and never a suggestion. `series`: one list, in its own order.
    `mentions`: only those whose passage names these words (as `mentioning` reads them).
    """
    suggested = 0 if reviewed or not include_suggested else None
    where, parameters = _where(reviewed, topic=topic, author=author, essay=essay, stance=stance, suggested=suggested, series=series)
    records = [dict(zip(_POSITION_FIELDS, row, strict=True)) for row in index.rows(f"{_POSITION}{where} {_order(series)}", parameters)]
    return _mentioning(index, records, mentions) if mentions else records


def preconditions(
    index: Index,
    author: str | None = None,
    topic: str | None = None,
    goal: str | None = None,
    essay: str | None = None,
    held_by: str | None = None,
    include_suggested: bool = False,
    reviewed: bool = False,
    series: str | None = None,
    mentions: str | None = None,
) -> list[dict[str, Any]]:
    """Preconditions matching every filter given, in corpus order; suggestions only when asked for, after the others.

    `reviewed`: only from essays a person has reviewed, and never a suggestion. `series`: one list, in its own order.
    `mentions`: only those whose passage names these words.
    """
    suggested = 0 if reviewed or not include_suggested else None
    where, parameters = _where(reviewed, author=author, topic=topic, goal=goal, essay=essay, held_by=held_by, suggested=suggested, series=series)
    sql = f"{_PRECONDITION}{where} {_order(series)}"
    records = [dict(zip(_PRECONDITION_FIELDS, row, strict=True)) for row in index.rows(sql, parameters)]
    return _mentioning(index, records, mentions) if mentions else records


def precondition_graph(
    index: Index, author: str | None = None, goal: str | None = None, held_by: str | None = None, reviewed: bool = False, include_suggested: bool = False
) -> dict[str, Any]:
    """The preconditions as a graph, conditions → goals (`graph.build`); with `goal`, only the chains that end in it."""
    from korea_cli import graph

    records = preconditions(index, author=author, held_by=held_by, reviewed=reviewed, include_suggested=include_suggested)
    drawn = graph.build(records, index.codebook)
    return graph.leading_to(drawn, goal) if goal else drawn


def conflicts(
    index: Index, author: str | None = None, topic: str | None = None, reviewed: bool = False, include_suggested: bool = False
) -> list[dict[str, Any]]:
    """Where two voices order the same two things oppositely (`graph.conflicts`): both sides, numbered alike.

    `author`: only conflicts one side of which is theirs; `topic`: only those over it.
    """
    from korea_cli import graph

    sides = graph.conflicts(graph.build(preconditions(index, reviewed=reviewed, include_suggested=include_suggested), index.codebook))
    pairs = [sides[i : i + 2] for i in range(0, len(sides), 2)]  # numbered over the whole corpus: a filter keeps a conflict's number
    return [
        side
        for pair in pairs
        if (author is None or author in {s["author_id"] for s in pair}) and (topic is None or topic in {pair[0]["first"], pair[0]["then"]})
        for side in pair
    ]


def _mentioning(index: Index, records: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    """The records whose passage names `words`: as whole words, in order, read as search reads them (any case or accents, U.S.
    as US, 'Kim Jong-un' as 'Kim Jong Un'), and by any other name the glossary gives the thing ('DPRK', 'North Korea')."""
    from korea_cli import glossary
    from korea_cli.search import words as search_words

    forms = [f" {' '.join(search_words(way.replace(chr(34), '')))} " for way, _ in glossary.variants(words, index.codebook.get("glossary", []))]
    forms = [form for form in forms if form.strip()]
    if not forms:
        return records
    passages = {r["passage"] for r in records}
    cited = sorted({r["essay"] for r in records})  # only the essays the records cite are read, not every passage of the corpus
    sql = f"SELECT essay, n, text FROM passages WHERE essay IN ({', '.join('?' * len(cited))})"
    texts = {f"{essay}:{n}": text for essay, n, text in index.rows(sql, cited) if f"{essay}:{n}" in passages}
    spoken = {passage: f" {' '.join(search_words(text))} " for passage, text in texts.items()}
    return [r for r in records if any(form in spoken.get(r["passage"], "") for form in forms)]


def _order(series: str | None) -> str:
    """Corpus order; a list's members in the order their source counts them (essay by essay, suggestions last)."""
    return "ORDER BY p.suggested, e.key, p.ordinal, p.rowid" if series else "ORDER BY p.suggested, p.rowid"


def _where(reviewed: bool = False, **filters: str | int | None) -> tuple[str, list[Any]]:
    """A WHERE clause on the annotation `p` for every filter that is not None (and on its essay `e`, for `reviewed`)."""
    wanted = {name: value for name, value in filters.items() if value is not None}
    clauses = [f"p.{name} = ?" for name in wanted] + (["e.status = 'reviewed'"] if reviewed else [])
    if not clauses:
        return "", []
    return " WHERE " + " AND ".join(clauses), list(wanted.values())


def essays(index: Index, essay_id: str | None = None) -> list[dict[str, Any]]:
    """One record per essay (or just `essay_id`): its metadata with provenance, authors and size."""
    only = " WHERE e.id = ?" if essay_id else ""
    wanted = (essay_id,) if essay_id else ()
    names = dict(index.rows("SELECT id, name FROM authors"))
    signers: dict[str, list[str]] = {}
    for essay, author in index.rows(
        f"SELECT e.id, s.author FROM essay_authors s JOIN essays e ON e.key = s.essay_key{only} ORDER BY s.essay_key, s.seq", wanted
    ):
        signers.setdefault(essay, []).append(author)
    records = []
    for essay, facts_json, count, body, status in index.rows(
        f"SELECT e.id, e.facts, e.passages, e.body_passages, e.status FROM essays e{only} ORDER BY e.key", wanted
    ):
        facts = json.loads(facts_json)
        authors = signers.get(essay, [])
        records.append(
            {
                "id": essay,
                "title": facts["title"]["value"],
                "publisher": facts["publisher"]["value"],
                "date": facts["date"]["value"],
                "url": facts["url"]["value"],
                "inferred": [name for name, fact in facts.items() if fact["basis"] == "inferred"],
                "notes": {name: fact["reason"] for name, fact in facts.items() if fact["reason"]},
                "authors": [names[a] for a in authors],
                "author_ids": authors,
                "passages": count,
                "body_passages": body,
                "status": status,
            }
        )
    return records


def author_names(index: Index) -> dict[str, tuple[str, list[str]]]:
    """Every author's name and aliases, by id: what a citation reads a surname from."""
    return {author: (name, json.loads(aliases)) for author, name, aliases in index.rows("SELECT id, name, aliases FROM authors")}


def topics(index: Index) -> list[dict[str, Any]]:
    """The codebook, each topic with how much of the corpus carries it."""
    counts = {
        what: dict(index.rows(sql))
        for what, sql in (
            ("positions", "SELECT topic, count(*) FROM positions WHERE NOT suggested GROUP BY topic"),
            ("preconditions", "SELECT topic, count(*) FROM preconditions WHERE NOT suggested GROUP BY topic"),
            ("passages", "SELECT topic, count(*) FROM passage_topics GROUP BY topic"),
        )
    }
    return [{**topic, **{what: found.get(topic["id"], 0) for what, found in counts.items()}} for topic in index.codebook["topics"]]


_PASSAGE = (
    "SELECT p.essay, p.n, p.role, a.name, p.author, p.text, e.status, p.coauthors"
    " FROM passages p LEFT JOIN authors a ON a.id = p.author JOIN essays e ON e.id = p.essay"
)


def passages(index: Index, essay_id: str, n: int | None = None) -> list[dict[str, Any]]:
    """An essay's passages (or one), each with its role and author."""
    from korea_cli.index_search import essay_rowids

    low, high = essay_rowids(index, essay_id)
    if n is not None:
        low, high = low + n, low + n + 1
    return [_passage_record(row, index) for row in index.rows(f"{_PASSAGE} WHERE p.rowid >= ? AND p.rowid < ? ORDER BY p.rowid", (low, high))]


def _passage_record(row: tuple[Any, ...], index: Index) -> dict[str, Any]:
    essay, n, role, name, author, text, status, coauthors = row
    coauthor_ids = json.loads(coauthors)
    name = written_by(index, name, coauthor_ids)
    record = {"passage": f"{essay}:{n}", "essay": essay, "n": n, "role": role, "author": name, "author_id": author, "text": text, "status": status}
    return {**record, "coauthor_ids": coauthor_ids}


def written_by(index: Index, name: str | None, coauthor_ids: list[str]) -> str | None:
    """Everyone who wrote a passage, by name ('Daniel Okafor and Yoon Seo-hyun'): a co-author is never left out of an answer."""
    if not coauthor_ids:
        return name
    names = dict(index.rows(f"SELECT id, name FROM authors WHERE id IN ({', '.join('?' * len(coauthor_ids))})", tuple(coauthor_ids)))
    everyone = [name, *(names.get(coauthor, coauthor) for coauthor in coauthor_ids)]
    return everyone[0] if len(everyone) == 1 else f"{', '.join(everyone[:-1])} and {everyone[-1]}"


def similar(
    index: Index, passage_id: str, limit: int | None = 10, author: str | None = None, all_roles: bool = False, reviewed: bool = False
) -> list[dict[str, Any]]:
    """The passages closest in content to `passage_id` (`similar.similar`), each with its score and the telling words shared.

    `author`: only passages of theirs; `reviewed`: only passages of reviewed essays.
    """
    from korea_cli import similar as similarity
    from korea_cli.index_search import essay_rowids

    essay, _, n = passage_id.rpartition(":")
    rowid = essay_rowids(index, essay)[0] + int(n)
    pool = None
    if author is not None:
        pool = {r for (r,) in index.rows("SELECT rowid FROM passages WHERE author = ? OR (coauthors != '[]' AND coauthors LIKE ?)", (author, f'%"{author}"%'))}
    if reviewed:
        checked = {r for (r,) in index.rows("SELECT p.rowid FROM passages p JOIN essays e ON e.id = p.essay WHERE e.status = 'reviewed'")}
        pool = checked if pool is None else pool & checked
    records = []
    for found in similarity.similar(index, rowid, limit, all_roles, pool):
        record = _passage_record(index.rows(f"{_PASSAGE} WHERE p.rowid = ?", (found.rowid,))[0], index)
        records.append({**record, "score": found.score, "shared": found.shared})
    return records


def quote(index: Index, passage_id: str) -> dict[str, Any]:
    """A passage with the citation a reader needs to cite it."""
    essay, _, n = passage_id.rpartition(":")
    record = passages(index, essay, int(n))[0]
    return {**record, "citation": citation(index, record)}


def citation(index: Index, passage: dict[str, Any]) -> str:
    """Author, title, publisher, date, passage id; missing parts left out, inferred ones marked."""
    facts = json.loads(index.rows("SELECT facts FROM essays WHERE id = ?", (passage["essay"],))[0][0])
    publisher, basis = facts["publisher"]["value"], facts["publisher"]["basis"]
    who_ = passage["author"] or _voice(passage["role"], publisher if basis == "stated" else None)
    parts = [who_] if who_ else []
    title = facts["title"]["value"]
    parts.append(f"“{title}”" if title else "untitled")
    for value, basis in ((facts[name]["value"], facts[name]["basis"]) for name in ("publisher", "date")):
        if value:
            parts.append(f"{value} (inferred)" if basis == "inferred" else value)
    parts.append(passage["passage"] if passage["status"] == "reviewed" else f"{passage['passage']} (draft, not yet reviewed)")
    return ", ".join(parts)


def _voice(role: str, publisher: str | None) -> str:
    """Whose words a passage without an author are: the publisher's, named only where the text states it."""
    if role == "introduction" and publisher:
        return publisher
    if role in ("editors_note", "introduction"):
        return "the editors"
    return ""


def search(
    index: Index,
    text: str,
    author: str | None = None,
    topic: str | None = None,
    essay: str | None = None,
    all_roles: bool = False,
    exact: bool = False,
    context: int = 15,
    limit: int | None = None,
    reviewed: bool = False,
) -> tuple[int, list[dict[str, Any]]]:
    """How many passages match a typo-tolerant query, and the best `limit` (None: all) with matches and a snippet.

    `reviewed`: only passages of essays a person has reviewed.
    """
    from korea_cli import search as engine
    from korea_cli.index_search import IndexSource, essay_slots, slots

    query = engine.parse_query(text)
    pool = -1  # every passage: a bitmap of all ones
    if author is not None:
        sql = "SELECT slot FROM passages WHERE author = ? OR (coauthors != '[]' AND coauthors LIKE ?)"  # ids hold no LIKE wildcards
        pool &= slots(index, sql, (author, f'%"{author}"%'))
    if topic is not None:
        pool &= slots(index, "SELECT p.slot FROM passage_topics t JOIN passages p ON p.rowid = t.passage WHERE t.topic = ?", (topic,))
    if reviewed:
        pool &= slots(index, "SELECT p.slot FROM passages p JOIN essays e ON e.id = p.essay WHERE e.status = 'reviewed'")
    if essay:
        pool &= essay_slots(index, essay)
    source = IndexSource(index, all_roles, None if pool == -1 else pool)
    found_by: dict[int, str] = {}
    ways = glossary_ways(index, text, exact)
    if not ways:
        total, hits = engine.search(source, query, exact=exact, limit=limit)
    else:  # 'DPRK' finds 'North Korea' too: each passage at its best score over every way
        total, found = engine.search_ways(source, [query, *(engine.parse_query(rewritten) for rewritten, _ in ways)], exact=exact, limit=limit)
        hits = [hit for hit, _ in found]
        found_by = {hit.order: ways[way - 1][1] for hit, way in found if way}
    records = []
    for hit in hits:
        essay_id, _, role, name, author_id, passage_text, status, coauthors = index.rows(f"{_PASSAGE} WHERE p.rowid = ?", (hit.order,))[0]
        name = written_by(index, name, json.loads(coauthors))
        snippet, snippet_matches = engine.crop(passage_text, hit, context)
        records.append(
            {
                "passage": hit.passage,
                "essay": essay_id,
                "author": name,
                "author_id": author_id,
                "role": role,
                "score": hit.score,
                "text": passage_text,
                "matches": [list(span) for span in hit.matches],
                "snippet": snippet,
                "snippet_matches": [list(span) for span in snippet_matches],
                "explain": {**hit.explain(), **({"glossary": found_by[hit.order]} if hit.order in found_by else {})},
                "status": status,
                "missing": list(hit.missing),
                "coauthor_ids": json.loads(coauthors),
            }
        )
    return total, records


def glossary_ways(index: Index, text: str, exact: bool = False) -> list[tuple[str, str]]:
    """The other ways `search` reads a query by the codebook's glossary ('DPRK sanctions' → 'North Korea sanctions'), each with
    what it replaced; none with `exact`."""
    from korea_cli import glossary

    return [] if exact else [(way, how) for way, how in glossary.variants(text, index.codebook.get("glossary", []))[1:] if how]


def compare(index: Index, author_ids: list[str] | None = None, topic_ids: list[str] | None = None, reviewed: bool = False) -> list[dict[str, Any]]:
    """One record per author × topic cell: the stances taken there and where, and whether any is from a draft (`reviewed`: only
    from reviewed essays)."""
    by_cell: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    only = " AND e.status = 'reviewed'" if reviewed else ""
    query = (
        f"SELECT p.author, p.topic, p.stance, p.passage, e.status FROM positions p JOIN essays e ON e.id = p.essay WHERE NOT p.suggested{only} ORDER BY p.rowid"
    )
    for author, topic, stance, passage, status in index.rows(query):
        by_cell.setdefault((author, topic), []).append((stance, passage, status))
    names = dict(index.rows(f"SELECT id, name FROM authors ORDER BY {AUTHOR_ORDER}"))
    argued = {topic for _, topic in by_cell}
    topic_list = topic_ids or [t for t in topic_order(index) if t in argued]
    cells = []
    for author_id in author_ids or list(names):
        for topic_id in topic_list:
            here = by_cell.get((author_id, topic_id), [])
            cells.append(
                {
                    "author": names[author_id],
                    "author_id": author_id,
                    "topic": topic_id,
                    "stances": list(dict.fromkeys(stance for stance, _, _ in here)),
                    "passages": list(dict.fromkeys(passage for _, passage, _ in here)),  # each once, where two positions cite one passage
                    "status": ("draft" if any(status != "reviewed" for _, _, status in here) else "reviewed") if here else None,
                }
            )
    return cells


OPPOSED = frozenset({("supports", "opposes"), ("supports", "skeptical"), ("conditional", "opposes")})
"""Stances that cannot both be true of one thing: for it against it, for it against doubting it works, for it on conditions against it."""


def versus(index: Index, first: str, second: str, topic_ids: list[str] | None = None, reviewed: bool = False) -> list[dict[str, Any]]:
    """Two authors topic by topic: where they agree, disagree or only one speaks, with every position on each side (its stance,
    quote and passage, three lists in step).

    The verdict is read from the stances (`OPPOSED`), never from the words: `agree` (a stance in common, none opposed),
    `disagree` (opposed, none in common), `mixed` (both), `differ` (neither: 'conditional' beside 'supports'), `both-observe`
    (neither argues), `only-first`/`only-second`, and `neither` for a topic asked for that neither takes a position on.
    """
    sides = {author: positions(index, author=author, reviewed=reviewed) for author in (first, second)}
    names = dict(index.rows("SELECT id, name FROM authors WHERE id IN (?, ?)", (first, second)))
    spoken = {p["topic"] for side in sides.values() for p in side}
    records = []
    for topic in topic_ids or [t for t in topic_order(index) if t in spoken]:
        mine, theirs = ([p for p in sides[author] if p["topic"] == topic] for author in (first, second))
        record: dict[str, Any] = {"topic": topic, "verdict": _verdict([p["stance"] for p in mine], [p["stance"] for p in theirs])}
        for prefix, author, said in (("", first, mine), ("other_", second, theirs)):
            record |= {
                f"{prefix}author": names[author],
                f"{prefix}author_id": author,
                f"{prefix}stances": [p["stance"] for p in said],
                f"{prefix}quotes": [p["quote"] for p in said],
                f"{prefix}passages": [p["passage"] for p in said],
                f"{prefix}status": next((p["status"] for p in said if p["status"] != "reviewed"), "reviewed") if said else None,
            }
        records.append(record)
    return records


def _verdict(mine: list[str], theirs: list[str]) -> str:
    if not mine or not theirs:
        return "neither" if not mine and not theirs else "only-second" if not mine else "only-first"
    argued, other = set(mine) - {"observes"}, set(theirs) - {"observes"}
    if not argued and not other:
        return "both-observe"
    shared = bool(argued & other)
    opposed = any((a, b) in OPPOSED or (b, a) in OPPOSED for a in argued for b in other)
    return "mixed" if shared and opposed else "agree" if shared else "disagree" if opposed else "differ"


def coverage(index: Index, by: str = "author", topic_ids: list[str] | None = None, reviewed: bool = False) -> list[dict[str, Any]]:
    """Which topics each author (or essay) addresses, and how, one record per cell, silences included.

    `argued`: a position or precondition on it; `mentioned`: body passages on it (naming it by the codebook's words) but no
    annotation; `silent`: neither. An empty cell is information: it says the corpus holds nothing of theirs on the topic.
    `drafts`: how many of the positions and preconditions counted come from essays not yet reviewed.
    """
    only = " AND e.status = 'reviewed'" if reviewed else ""
    column = "p.author" if by == "author" else "p.essay"
    counts: dict[str, dict[tuple[str, str], int]] = {"drafts": {}}
    for what, table in (("positions", "positions"), ("preconditions", "preconditions")):
        sql = (
            f"SELECT {column}, p.topic, count(*), total(e.status != 'reviewed') FROM {table} p JOIN essays e ON e.id = p.essay"
            f" WHERE NOT p.suggested AND p.topic IS NOT NULL{only} GROUP BY 1, 2"
        )
        counts[what] = {}
        for who_, topic, n, drafts in index.rows(sql):
            counts[what][(who_, topic)] = n
            counts["drafts"][(who_, topic)] = counts["drafts"].get((who_, topic), 0) + int(drafts)
    sql = (
        f"SELECT {column}, t.topic, count(*) FROM passage_topics t JOIN passages p ON p.rowid = t.passage JOIN essays e ON e.id = p.essay"
        f" WHERE p.role = 'body'{only} GROUP BY 1, 2"
    )
    counts["passages"] = {(who_, topic): n for who_, topic, n in index.rows(sql)}
    if by == "author" and reviewed:  # only authors something reviewed is by: no silence is made up for the author of a draft
        rows = index.rows(
            f"SELECT id, name FROM authors WHERE id IN (SELECT s.author FROM essay_authors s JOIN essays e ON e.key = s.essay_key WHERE 1{only})"
            f" ORDER BY {AUTHOR_ORDER}"
        )
    elif by == "author":
        rows = index.rows(f"SELECT id, name FROM authors ORDER BY {AUTHOR_ORDER}")
    else:
        rows = index.rows(f"SELECT id, id FROM essays e WHERE 1{only} ORDER BY key")
    records = []
    for ident, name in rows:
        for topic in topic_ids or topic_order(index):
            found = {what: counts[what].get((ident, topic), 0) for what in ("positions", "preconditions", "passages", "drafts")}
            how = "argued" if found["positions"] or found["preconditions"] else "mentioned" if found["passages"] else "silent"
            records.append({by: name, **({"author_id": ident} if by == "author" else {}), "topic": topic, "coverage": how, **found})
    return records


def export(index: Index) -> list[dict[str, Any]]:
    """The whole corpus as typed records: authors, topics, essays, passages, positions, preconditions."""
    records: list[dict[str, Any]] = []
    records += [{"type": "author", **r} for r in who(index)]
    records += [{"type": "topic", **r} for r in topics(index)]
    records += [{"type": "essay", **r} for r in essays(index)]
    records += [{"type": "passage", **_passage_record(row, index)} for row in index.rows(f"{_PASSAGE} ORDER BY p.rowid")]
    records += [{"type": "position", **r} for r in positions(index, include_suggested=True)]
    records += [{"type": "precondition", **r} for r in preconditions(index, include_suggested=True)]
    return records


def check(root: Path) -> dict[str, Any]:
    """The full validation report `korea check` prints: every problem, what was verified, and what to look at.

    It reads the files themselves, not the index: a check is for finding every problem, and the index holds only a corpus without any.
    """
    from korea_cli import journal
    from korea_cli.corpus import validate

    journal.settle(root, pending_too=True)  # a change a killed writer left: finished or undone, never reported as the corpus
    leftovers = [
        f"{root / journal.STATE_DIR / name}: an interrupted change to the corpus that could not be settled; it is not part of the corpus"
        for name in journal.leftovers(root)
    ]
    warnings = list(leftovers)
    corpus, problems = validate(root, warnings)
    if problems and (root / journal.STATE_DIR).is_dir():
        journal.wait_for_writer(root)  # a writer may have changed the corpus while we read it: read it once more, whole
        warnings = list(leftovers)
        corpus, problems = validate(root, warnings)
    counts: dict[str, int] = {}
    if corpus is not None:
        all_passages = corpus.passages.values()
        counts = {
            "essays": len(corpus.essays),
            "authors": len(corpus.authors),
            "topics": len(corpus.codebook.topics),
            "passages": len(all_passages),
            "body_passages": sum(p.role == "body" for p in all_passages),
            "positions": sum(not p.suggested for p in corpus.positions),
            "preconditions": len(corpus.preconditions),
            "suggested": len(corpus.suggested) + sum(p.suggested for p in corpus.positions),
            "quotes_verified": len(corpus.positions) + len(corpus.preconditions) + len(corpus.suggested),
        }
    return {"corpus": str(root), "ok": not problems, "counts": counts, "problems": [_problem(p) for p in problems], "warnings": warnings}


def _problem(error: CorpusError) -> dict[str, Any]:
    return {"file": error.file, "line": error.line, "message": error.message, "text": str(error)}
