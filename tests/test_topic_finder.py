"""The topics a body passage names, as the index records them: one finder asked once a passage for every topic
(`text.PhrasesFinder`) names exactly what each topic's own whole-word pattern (`text.phrases_pattern`) finds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from korea_cli.text import PhrasesFinder, fold, phrases_pattern, words_of

_TOPIC_LISTS = [
    ("sanctions", ["sanctions", "maximum pressure", "secondary sanctions"]),
    ("guarantees", ["security guarantees", "security guarantee", "non-aggression"]),
    ("signs", ["+", "c++"]),  # a phrase of signs alone: no word tells, the pattern is searched
    ("peace", ["peace regime", "peace treaty", "peace"]),
    ("none", []),
]
_FINDER_WORDS = ["sanctions", "maximum", "pressure", "secondary", "security", "guarantees", "guarantee", "non", "aggression", "peace", "regime",
                 "treaty", "c", "+", "-", " ", "  ", "\n", "c++", "securityguarantees", "peaceful"]  # fmt: skip


@given(st.lists(st.sampled_from(_FINDER_WORDS), max_size=12).map(" ".join))
def test_the_topics_finder_names_what_each_topic_s_pattern_finds(text: str) -> None:
    """`PhrasesFinder` asks once a passage for every topic, skipping patterns whose words the passage lacks: it must name
    exactly the topics whose own `phrases_pattern` finds something in the folded text."""
    finder = PhrasesFinder(_TOPIC_LISTS)
    folded = fold(text)
    expected = [name for name, phrases in _TOPIC_LISTS if phrases and phrases_pattern(phrases).search(folded)]
    assert finder(folded) == expected
    assert finder(folded, words_of(folded)) == expected


def test_the_topics_finder_names_the_bundled_passages_topics_as_their_patterns_do(bundled: Path) -> None:
    from korea_cli.corpus import load

    corpus = load(bundled)
    topics = [(t.id, list(t.words)) for t in corpus.codebook.topics.values()]
    finder = PhrasesFinder(topics)
    named = 0
    for essay in corpus.essays.values():
        for passage in essay.passages:
            folded = fold(passage.text)
            expected = [name for name, phrases in topics if phrases and phrases_pattern(phrases).search(folded)]
            assert finder(folded) == expected, passage.id
            named += bool(expected)
    assert named > 20
