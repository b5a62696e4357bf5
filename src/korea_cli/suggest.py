"""Candidate annotations for a new essay, found by cue phrases: suggestions for a person to keep, change or drop, never facts.

A position is a body sentence that names a codebook topic and carries a
cue of judgement ("should", "must", "I doubt", "will not work", "a
mistake"), with a stance guessed from the cue. A precondition is a sentence
that states a condition: the condition is the side of the cue that must
come first ("A must happen before B": A; "B only if A", "B unless A": A),
and the goal is guessed from the other side. Both are written with
`status: suggested`, and queries leave them out until a person keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from korea_cli.text import fold

PLACEHOLDER = "(suggested: write the position in your words)"
"""How a suggested position's summary begins until a person writes it: a kept position must not keep it."""
MAX_SUGGESTIONS = 100
"""Of each kind, per essay: more than a person would review one by one (the rest are found by reading), and a bound on a huge text's draft."""

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[”’\"']?|$)")
_CONDITION_AFTER = re.compile(
    r"\b(?:only if|only when|only after|unless|until|as a precondition|precondition for|as a condition|on condition that|provided that|as long as|in exchange for)\b",
    re.I,
)
_BEFORE = re.compile(r"\b(?:must|should|has to|have to|needs? to)\b(?P<first>.{3,160}?)\b(?:before|prior to)\b(?P<then>.{3,200})", re.I)
_NOT_BEFORE = re.compile(
    r"(?P<then>.{3,160}?)\b(?:cannot|can not|can't|must not|should not|will not|may not) (?:come|happen|be signed|be concluded|be agreed|precede|go)\b[^.]{0,40}?"
    r"\bbefore\b(?P<first>.{3,200})",
    re.I,
)
_WITHOUT_NO = re.compile(r"\bwithout\b(?P<first>.{1,160}?),?\s*(?:there (?:can|will) be )?\b(?:no|not|never)\b", re.I)

_STANCES: list[tuple[str, re.Pattern[str]]] = [
    ("conditional", re.compile(r"\b(?:only if|only when|unless|provided that|on condition that|as long as|in exchange for)\b", re.I)),
    (
        "skeptical",
        re.compile(
            r"\b(?:i doubt|doubtful|unlikely|will not work|won't work|cannot work|is not enough|are not enough|not sufficient|insufficient|illusion|"
            r"skeptical|sceptical|unrealistic|not realistic|will not last|won't last|cannot deliver|is not a strategy|"
            r"no reason to (?:believe|expect)|naive|little chance|wishful|premature|will not (?:give up|denuclearize|abandon|trade))\b",
            re.I,
        ),
    ),
    ("opposes", re.compile(r"\b(?:should not|must not|ought not|oppose|a mistake|is wrong|reject|against|should stop|must stop|would be a mistake)\b", re.I)),
    (
        "supports",
        re.compile(
            r"\b(?:should|must|need(?:s)? to|ought to|it is (?:necessary|essential|vital|crucial)|is essential|is necessary|we welcome|welcome|support|is right|"
            r"the right (?:one|approach|choice)|deserves?|has to|have to|is worth)\b",
            re.I,
        ),
    ),
]

_GOALS = (
    ("peace-regime", ("peace regime", "peace treaty", "end-of-war", "end of war")),
    ("denuclearization", ("denuclear", "nuclear weapons", "dismantl")),
    ("agreement", ("deal", "agreement", "accord", "settlement")),
    ("negotiations", ("talks", "negotiation", "dialogue", "summit")),
)


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences, each without a note's mark or a turn's label before it ('[3] Japan …', 'A: China must …'):
    a quote is the author's words, verbatim, and no more."""
    found = (_MARK_BEFORE.sub("", " ".join(match.group().split())) for match in _SENTENCE.finditer(paragraph) if match.group().strip())
    return [sentence for sentence in found if sentence]


_MARK_BEFORE = re.compile(r"^(?:\[\d{1,3}\]\s*|[QA]\s*[:.]\s+|[A-Z][\w’'-]{1,20}\s*:\s+(?=[A-Z]))")
"""'[3] ', 'A: ', 'Engman: ': what stands before a sentence and is no part of it."""


def stance(sentence: str) -> str | None:
    """The stance a sentence's cue suggests, or None when it has no cue of judgement."""
    return next((name for name, cue in _STANCES if cue.search(sentence)), None)


def positions(paragraphs: Sequence[str], roles: Sequence[tuple[str, tuple[str, ...]]], topics_of: Callable[[str], list[str]]) -> list[dict[str, Any]]:
    """One suggested position per body sentence with a cue and a topic (the first topic it names), by the passage's first author."""
    found: list[dict[str, Any]] = []
    for n, author, sentence in _body_sentences(paragraphs, roles):
        if len(found) == MAX_SUGGESTIONS:
            break
        guess = stance(sentence)
        topics = topics_of(sentence)
        if guess is None or not topics:
            continue
        found.append(
            {
                "author": author,
                "topic": topics[0],
                "stance": guess,
                "summary": f"{PLACEHOLDER} {_clip(sentence)}",
                "quote": sentence,
                "passage": n,
                "status": "suggested",
            }
        )
    return found


def preconditions(paragraphs: Sequence[str], roles: Sequence[tuple[str, tuple[str, ...]]], topics_of: Callable[[str], list[str]]) -> list[dict[str, Any]]:
    """Sentences that state a condition, with the condition taken from the side of the cue that must come first."""
    found: list[dict[str, Any]] = []
    for n, author, sentence in _body_sentences(paragraphs, roles):
        if len(found) == MAX_SUGGESTIONS:
            break
        parts = _condition(sentence)
        if parts is None:
            continue
        condition, rest = parts
        topics = topics_of(sentence)
        found.append(
            {
                "author": author,
                "goal": _goal(rest) or _goal(sentence) or "agreement",
                "condition": _clip(condition) or _clip(sentence),
                **({"topic": topics[0]} if topics else {}),
                "quote": sentence,
                "passage": n,
                "status": "suggested",
            }
        )
    return found


def _body_sentences(paragraphs: Sequence[str], roles: Sequence[tuple[str, tuple[str, ...]]]) -> Iterator[tuple[int, str, str]]:
    """(passage number, its first author, sentence) for every sentence of 30 characters or more in a body passage, once: a
    sentence said again (a refrain, a copy's repeated line) would suggest what `korea check` refuses as a repeat."""
    said: set[tuple[str, str]] = set()
    for n, ((role, authors), paragraph) in enumerate(zip(roles, paragraphs, strict=True), 1):
        if role == "body" and authors:
            for sentence in sentences(paragraph):
                if len(sentence) >= 30 and (authors[0], sentence) not in said:
                    said.add((authors[0], sentence))
                    yield n, authors[0], sentence


def _condition(sentence: str) -> tuple[str, str] | None:
    """(what must come first, the rest) when the sentence states a condition."""
    if not_before := _NOT_BEFORE.search(sentence):  # "A treaty cannot come before denuclearization": denuclearization comes first
        return _tidy(not_before["first"]), not_before["then"]
    if before := _BEFORE.search(sentence):
        subject = sentence[: before.start()].strip(" ,;")
        return _tidy(f"{subject} {before.group(0).split()[0]} {before['first']}".strip()), before["then"]
    if cue := _CONDITION_AFTER.search(sentence):
        return _tidy(sentence[cue.end() :]), sentence[: cue.start()]
    if without := _WITHOUT_NO.search(sentence):
        return _tidy(without["first"]), sentence[without.end() :]
    return None


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(" ,;.”’\"'")


def _goal(text: str) -> str | None:
    folded = fold(text)
    return next((goal for goal, words in _GOALS if any(word in folded for word in words)), None)


def _clip(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
