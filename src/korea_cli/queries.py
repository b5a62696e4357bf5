"""Answers to the questions users ask, as records ready to render.

Each function takes a loaded corpus and returns plain dicts whose keys are
the stable field names documented in docs/output.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from korea_cli.corpus import validate
from korea_cli.errors import CorpusError
from korea_cli.model import Corpus


def who(corpus: Corpus) -> list[dict[str, Any]]:
    """One record per author: names, affiliations as stated, essays, and topics argued."""
    records = []
    for author in corpus.authors.values():
        topics = {p.topic for p in corpus.positions if p.author == author.id}
        records.append(
            {
                "id": author.id,
                "name": author.name,
                "aliases": list(author.aliases),
                "affiliations": [{"text": a.text, "passage": a.passage} for a in author.affiliations],
                "essays": [essay.id for essay in corpus.essays_by(author.id)],
                "topics": [topic for topic in corpus.codebook.topics if topic in topics],
            }
        )
    return records


def check(root: Path) -> dict[str, Any]:
    """The full validation report `korea check` prints: every problem, and what was verified."""
    corpus, problems = validate(root)
    counts: dict[str, int] = {}
    if corpus is not None:
        passages = corpus.passages.values()
        counts = {
            "essays": len(corpus.essays),
            "authors": len(corpus.authors),
            "topics": len(corpus.codebook.topics),
            "passages": len(passages),
            "body_passages": sum(p.role == "body" for p in passages),
            "positions": len(corpus.positions),
            "preconditions": len(corpus.preconditions),
            "quotes_verified": len(corpus.positions) + len(corpus.preconditions),
        }
    return {"corpus": str(root), "ok": not problems, "counts": counts, "problems": [_problem(p) for p in problems]}


def _problem(error: CorpusError) -> dict[str, Any]:
    return {"file": error.file, "line": error.line, "message": error.message, "text": str(error)}
