"""Answers to the questions users ask, as records ready to render.

Each function takes a loaded corpus and ids already resolved by `names`, and
returns plain dicts whose keys are the stable field names documented in
docs/output.md. Nothing here prints, exits or knows about the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from korea_cli.corpus import validate
from korea_cli.errors import CorpusError
from korea_cli.model import Corpus, Essay, Fact, Passage, Position, Precondition
from korea_cli.text import fold, phrases_pattern


def who(corpus: Corpus, author_id: str | None = None) -> list[dict[str, Any]]:
    """One record per author (or just `author_id`): names, affiliations as stated, essays, topics argued."""
    topics_of: dict[str, set[str]] = {}
    for p in corpus.positions:
        topics_of.setdefault(p.author, set()).add(p.topic)
    essays_of: dict[str, list[str]] = {}
    for essay in corpus.essays.values():
        for signer in essay.authors:
            essays_of.setdefault(signer, []).append(essay.id)
    return [
        {
            "id": author.id,
            "name": author.name,
            "aliases": list(author.aliases),
            "affiliations": [{"text": a.text, "passage": a.passage} for a in author.affiliations],
            "essays": essays_of.get(author.id, []),
            "topics": [topic for topic in corpus.codebook.topics if topic in topics_of.get(author.id, ())],
        }
        for author in corpus.authors.values()
        if author_id is None or author.id == author_id
    ]


def profile(corpus: Corpus, author_id: str) -> dict[str, Any]:
    """One author in full: the `who` record plus every position (by topic) and every precondition."""
    record = who(corpus, author_id)[0]
    order = list(corpus.codebook.topics)
    mine = sorted((p for p in corpus.positions if p.author == author_id), key=lambda p: order.index(p.topic))
    record["positions"] = [position_record(corpus, p) for p in mine]
    record["preconditions"] = [precondition_record(corpus, p) for p in corpus.preconditions if p.author == author_id]
    return record


def positions(
    corpus: Corpus,
    topic: str | None = None,
    author: str | None = None,
    essay: str | None = None,
    stance: str | None = None,
) -> list[dict[str, Any]]:
    """Positions matching every filter given, in corpus order."""
    chosen = _matching(corpus.positions, topic=topic, author=author, essay=essay, stance=stance)
    return [position_record(corpus, p) for p in chosen]


def preconditions(
    corpus: Corpus,
    author: str | None = None,
    topic: str | None = None,
    goal: str | None = None,
    essay: str | None = None,
    held_by: str | None = None,
    include_suggested: bool = False,
) -> list[dict[str, Any]]:
    """Preconditions matching every filter given, in corpus order; suggestions only when asked for."""
    pool = (*corpus.preconditions, *corpus.suggested) if include_suggested else corpus.preconditions
    chosen = _matching(pool, author=author, topic=topic, goal=goal, essay=essay, held_by=held_by)
    return [precondition_record(corpus, p) for p in chosen]


def _matching(items: Iterable[Any], **filters: str | None) -> list[Any]:
    """The items whose every filtered attribute equals its filter; a filter of None lets all through."""
    wanted = {name: value for name, value in filters.items() if value is not None}
    return [item for item in items if all(getattr(item, name) == value for name, value in wanted.items())]


def position_record(corpus: Corpus, p: Position) -> dict[str, Any]:
    return {
        "author": corpus.authors[p.author].name,
        "author_id": p.author,
        "essay": p.essay,
        "topic": p.topic,
        "stance": p.stance,
        "summary": p.summary,
        "quote": p.quote,
        "passage": p.passage,
    }


def precondition_record(corpus: Corpus, p: Precondition) -> dict[str, Any]:
    return {
        "author": corpus.authors[p.author].name,
        "author_id": p.author,
        "essay": p.essay,
        "goal": p.goal,
        "condition": p.condition,
        "topic": p.topic,
        "held_by": p.held_by,
        "quote": p.quote,
        "passage": p.passage,
        "status": "suggested" if p.suggested else "reviewed",
    }


def essays(corpus: Corpus) -> list[dict[str, Any]]:
    """One record per essay: its metadata with provenance, authors and size."""
    return [essay_record(corpus, essay) for essay in corpus.essays.values()]


def essay_record(corpus: Corpus, essay: Essay) -> dict[str, Any]:
    return {
        "id": essay.id,
        "title": essay.title.value,
        "publisher": essay.publisher.value,
        "date": essay.date.value,
        "url": essay.url.value,
        "inferred": [name for name, fact in _facts(essay) if fact.inferred],
        "notes": {name: fact.reason for name, fact in _facts(essay) if fact.reason},
        "authors": [corpus.authors[a].name for a in essay.authors],
        "author_ids": list(essay.authors),
        "passages": len(essay.passages),
        "body_passages": sum(p.role == "body" for p in essay.passages),
    }


def _facts(essay: Essay) -> list[tuple[str, Fact]]:
    return [("title", essay.title), ("publisher", essay.publisher), ("date", essay.date), ("url", essay.url)]


def topics(corpus: Corpus) -> list[dict[str, Any]]:
    """The codebook, each topic with how much of the corpus carries it."""
    records = []
    for topic in corpus.codebook.topics.values():
        records.append(
            {
                "id": topic.id,
                "label": topic.label,
                "aliases": list(topic.aliases),
                "description": topic.description,
                "positions": sum(p.topic == topic.id for p in corpus.positions),
                "preconditions": sum(p.topic == topic.id for p in corpus.preconditions),
                "passages": len(topic_passages(corpus, topic.id)),
            }
        )
    return records


def topic_passages(corpus: Corpus, topic_id: str) -> list[str]:
    """Body passages that carry a topic: cited by an annotation on it, or naming it (label or alias)."""
    cited = {n.passage for n in (*corpus.positions, *corpus.preconditions) if n.topic == topic_id}
    topic = corpus.codebook.topics[topic_id]
    pattern = phrases_pattern((topic.label, *topic.aliases))
    return [pid for pid, p in corpus.passages.items() if p.role == "body" and (pid in cited or pattern.search(fold(p.text)))]


def passages(corpus: Corpus, essay_id: str, n: int | None = None) -> list[dict[str, Any]]:
    """An essay's passages (or one), each with its role and author."""
    return [passage_record(corpus, p) for p in corpus.essays[essay_id].passages if n is None or p.n == n]


def passage_record(corpus: Corpus, p: Passage) -> dict[str, Any]:
    return {
        "passage": p.id,
        "essay": p.essay,
        "n": p.n,
        "role": p.role,
        "author": corpus.authors[p.author].name if p.author else None,
        "author_id": p.author,
        "text": p.text,
    }


def quote(corpus: Corpus, passage_id: str) -> dict[str, Any]:
    """A passage with the citation a reader needs to cite it."""
    p = corpus.passages[passage_id]
    return {**passage_record(corpus, p), "citation": citation(corpus, p)}


def citation(corpus: Corpus, p: Passage) -> str:
    """Author, title, publisher, date, passage id; missing parts left out, inferred ones marked."""
    essay = corpus.essays[p.essay]
    who_ = corpus.authors[p.author].name if p.author else _voice(p.role, essay)
    parts = [who_] if who_ else []
    if essay.title.value:
        parts.append(f"“{essay.title.value}”")
    else:
        parts.append("untitled")
    for fact in (essay.publisher, essay.date):
        if fact.value:
            parts.append(f"{fact.value} (inferred)" if fact.inferred else fact.value)
    parts.append(p.id)
    return ", ".join(parts)


def _voice(role: str, essay: Essay) -> str:
    """Whose words a passage without an author are."""
    if role == "editors_note":
        return "the editors"
    if role == "introduction" and essay.publisher.value:
        return essay.publisher.value
    return ""


def search(
    corpus: Corpus,
    text: str,
    author: str | None = None,
    topic: str | None = None,
    essay: str | None = None,
    all_roles: bool = False,
    exact: bool = False,
    context: int = 15,
    limit: int | None = None,
) -> tuple[int, list[dict[str, Any]]]:
    """How many passages match a typo-tolerant query, and the best `limit` (None: all) with matches and a snippet."""
    from korea_cli.search import Searcher, crop, parse_query

    query = parse_query(text)
    allowed = set(topic_passages(corpus, topic)) if topic else None
    pool = [
        p
        for p in corpus.passages.values()
        if (all_roles or p.role == "body")
        and (author is None or p.author == author)
        and (essay is None or p.essay == essay)
        and (allowed is None or p.id in allowed)
    ]
    searcher = Searcher((p.id, p.text) for p in pool)
    hits = searcher.search(query, exact=exact)
    records = []
    for hit in hits[:limit]:
        p = corpus.passages[hit.passage]
        snippet, snippet_matches = crop(p.text, hit, context)
        records.append(
            {
                "passage": p.id,
                "essay": p.essay,
                "author": corpus.authors[p.author].name if p.author else None,
                "author_id": p.author,
                "role": p.role,
                "score": hit.score,
                "text": p.text,
                "matches": [list(span) for span in hit.matches],
                "snippet": snippet,
                "snippet_matches": [list(span) for span in snippet_matches],
                "explain": hit.explain(),
            }
        )
    return len(hits), records


def compare(corpus: Corpus, author_ids: list[str] | None = None, topic_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """One record per author × topic cell: the stances taken there and where."""
    by_cell: dict[tuple[str, str], list[Position]] = {}
    for p in corpus.positions:
        by_cell.setdefault((p.author, p.topic), []).append(p)
    authors = author_ids or list(corpus.authors)
    argued = {topic for _, topic in by_cell}
    topic_list = topic_ids or [t for t in corpus.codebook.topics if t in argued]
    cells = []
    for author_id in authors:
        for topic_id in topic_list:
            here = by_cell.get((author_id, topic_id), [])
            cells.append(
                {
                    "author": corpus.authors[author_id].name,
                    "author_id": author_id,
                    "topic": topic_id,
                    "stances": list(dict.fromkeys(p.stance for p in here)),
                    "passages": [p.passage for p in here],
                }
            )
    return cells


def export(corpus: Corpus) -> list[dict[str, Any]]:
    """The whole corpus as typed records: authors, topics, essays, passages, positions, preconditions."""
    records: list[dict[str, Any]] = []
    records += [{"type": "author", **r} for r in who(corpus)]
    records += [{"type": "topic", **r} for r in topics(corpus)]
    records += [{"type": "essay", **r} for r in essays(corpus)]
    records += [{"type": "passage", **passage_record(corpus, p)} for p in corpus.passages.values()]
    records += [{"type": "position", **position_record(corpus, p)} for p in corpus.positions]
    records += [{"type": "precondition", **precondition_record(corpus, p)} for p in (*corpus.preconditions, *corpus.suggested)]
    return records


def check(root: Path) -> dict[str, Any]:
    """The full validation report `korea check` prints: every problem, what was verified, and what to look at."""
    warnings: list[str] = []
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
            "positions": len(corpus.positions),
            "preconditions": len(corpus.preconditions),
            "suggested": len(corpus.suggested),
            "quotes_verified": len(corpus.positions) + len(corpus.preconditions) + len(corpus.suggested),
        }
    return {"corpus": str(root), "ok": not problems, "counts": counts, "problems": [_problem(p) for p in problems], "warnings": warnings}


def _problem(error: CorpusError) -> dict[str, Any]:
    return {"file": error.file, "line": error.line, "message": error.message, "text": str(error)}
