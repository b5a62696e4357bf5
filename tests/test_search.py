"""Search, core level: the relevance suite (cases/relevance.yaml), parsing, spelling, highlights."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import TESTS
from korea_cli import queries
from korea_cli.errors import UsageError
from korea_cli.index import in_memory
from korea_cli.layout import bundled_corpus
from korea_cli.search import Query, Searcher, normalize_word, parse_query, typo_budget

RELEVANCE = yaml.safe_load((TESTS / "cases" / "relevance.yaml").read_text(encoding="utf-8"))
OPTIONS = ("author", "topic", "essay", "all_roles", "exact")


@pytest.fixture(scope="module")
def corpus():
    return in_memory(Path(bundled_corpus()))


def case_id(case: dict) -> str:
    return case["query"] + "".join(f" {k}={case[k]}" for k in OPTIONS if k in case)


@pytest.mark.parametrize("case", RELEVANCE, ids=[case_id(c) for c in RELEVANCE])
def test_relevance(corpus, case: dict) -> None:
    total, records = queries.search(corpus, case["query"], **{k: case[k] for k in OPTIONS if k in case})
    hits = [h["passage"] for h in records]
    assert total == len(hits)
    if case.get("none"):
        assert hits == []
        return
    if "top" in case:
        assert sorted(hits[: len(case["top"])]) == sorted(case["top"]), hits
    if "first" in case:
        assert hits[:1] == [case["first"]], hits
    for passage in case.get("include", []):
        assert passage in hits
    for passage in case.get("exclude", []):
        assert passage not in hits
    if "count" in case:
        assert len(hits) == case["count"], hits


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ('peace "end of war" -sanctions -"peace treaty"', Query(("peace",), (("end", "of", "war"),), ("sanctions",), (("peace", "treaty"),))),
        ("Peace  REGIME peace", Query(("peace", "regime"))),
        ("BRI strategy", Query(("bri", "strategy"), acronyms=frozenset({"bri"}))),  # capitals, two to five letters: an acronym
        ("PEACE REGIME", Query(("peace", "regime"))),  # a query all in capitals is caps lock, not acronyms
        ("U.S.-ROK exercises", Query(("us", "rok", "exercizes"), acronyms=frozenset({"rok"}))),
        ("Korea’s Swanström", Query(("korea", "swanstrom"))),
    ],
)
def test_parse_query(text: str, query: Query) -> None:
    assert parse_query(text) == query


@pytest.mark.parametrize("text", ["-sanctions", "   ", '""'])
def test_a_query_with_nothing_to_find_is_an_error(text: str) -> None:
    with pytest.raises(UsageError):
        parse_query(text)


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("denuclearisation", "denuclearization"),
        ("organised", "organized"),
        ("neighbouring", "neighboring"),
        ("centre", "center"),
        ("defence", "defense"),
        ("programme", "program"),
        ("U.S.", "us"),
    ],
)
def test_spellings_meet(british: str, american: str) -> None:
    assert normalize_word(british) == normalize_word(american)


def test_a_word_whose_ending_is_not_british_is_never_respelled() -> None:
    """`normalize_word` tries a British pattern only on a word with one of its endings: over every word of the bundled
    essays and words made to end every way, that is what trying every pattern on every word gives."""
    import re

    from korea_cli.search import _BRITISH
    from korea_cli.text import fold

    def every_pattern(word: str) -> str:
        for _, pattern, replacement in _BRITISH:
            word = pattern.sub(replacement, word)
        return word

    essays = (Path(__file__).parent.parent / "corpus" / "essays").glob("*.yaml")
    found = {w for essay in essays for w in re.findall(r"[a-z]+", essay.read_text(encoding="utf-8").lower())}
    made = {
        stem + ending
        for stem in ("organ", "colour", "theat", "ab", "neighbourhood")
        for ending in (
            "",
            "ise",
            "ised",
            "isation",
            "isations",
            "izes",
            "our",
            "ours",
            "oured",
            "ourite",
            "ourites",
            "ouring",
            "ourable",
            "ourly",
            "tre",
            "tres",
            "tred",
            "s",
        )
    }
    words = sorted(found | made)
    assert len(words) > 900
    for word in words:
        folded = fold(word)
        assert normalize_word(word) == every_pattern(folded), word


@pytest.mark.parametrize(("word", "budget"), [("war", 0), ("peace", 1), ("sanction", 1), ("sanctions", 2), ("denuclearization", 2)])
def test_typo_budget_grows_with_length(word: str, budget: int) -> None:
    assert typo_budget(word) == budget


def test_ranking_rules_in_order() -> None:
    searcher = Searcher(
        [
            ("some-words", "The peace was kept."),
            ("typo", "A lasting peace regme."),
            ("far-apart", "Peace, of a kind, some day, for the peninsula, needs a regime."),
            ("adjacent", "A lasting peace regime."),
            ("reversed", "The regime of peace."),
        ]
    )
    assert [h.passage for h in searcher.search(parse_query("peace regime"))] == ["adjacent", "reversed", "far-apart", "typo", "some-words"]
    scores = [h.score for h in searcher.search(parse_query("peace regime"))]
    assert scores == sorted(scores, reverse=True) and scores[0] == 1.0


def test_highlights_are_offsets_into_the_verbatim_text() -> None:
    text = "Niklas Swanström’s “unification” plan for the U.S.-ROK alliance, neighbouring states."
    hit = Searcher([("p", text)]).search(parse_query("swanstroms unification US neighboring"))[0]
    assert [text[a:b] for a, b in hit.matches] == ["Swanström’s", "unification", "U.S.", "neighbouring"]


def test_matches_and_snippet_matches_point_at_the_words(corpus) -> None:
    hits = queries.search(corpus, "North Korea’s “denuclearisation”")[1]
    assert len(hits) >= 5  # not a test of nothing
    for hit in hits:
        words = {hit["text"][a:b] for a, b in hit["matches"]}
        assert all(word.lower().startswith(("north", "korea", "denuclear")) for word in words)
        assert hit["snippet_matches"] and all(hit["snippet"][a:b] in words for a, b in hit["snippet_matches"])


def test_ranking_weighs_only_the_passages_whose_words_stand_near_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty passages hold both words eight apart, five late ones side by side: once the worst kept stands eight apart, the
    source says which passages stand nearer, and the other far ones are never weighed."""
    from korea_cli import search as search_module

    monkeypatch.setattr(search_module, "NARROW_AFTER", 2)
    far = [(f"far{n}", "Sanctions relief one two three four five six seven eight regime talks.") for n in range(40)]
    near = [(f"near{n}", "Talk of sanctions relief regime now.") for n in range(5)]
    searcher = Searcher(far + near)
    weighed = []
    words = searcher.words
    monkeypatch.setattr(searcher, "words", lambda member: weighed.append(member) or words(member))
    query = parse_query("relief regime")
    total, hits = search_module.search(searcher, query, limit=3)
    assert total == 45
    assert [h.passage for h in hits] == ["near0", "near1", "near2"]
    assert [h.passage for h in hits] == [h.passage for h in searcher.search(query)][:3]
    assert len(weighed) < 10  # two far ones, then the five near ones: not the forty


def test_limit_keeps_the_count(corpus) -> None:
    total, records = queries.search(corpus, "sanctions", limit=2)
    assert total > 2 and len(records) == 2
    assert queries.search(corpus, "sanctions", limit=0) == (total, [])


def test_topic_filter_agrees_with_positions(corpus) -> None:
    searched = {h["passage"] for h in queries.search(corpus, "sanctions", topic="sanctions")[1]}
    cited = {p["passage"] for p in queries.positions(corpus, topic="sanctions")}
    assert cited and cited <= searched


def test_forms_of_a_word_rank_below_the_word_and_its_typos() -> None:
    """The word itself, then a typo of it, then another form of it (its stem); the last word typed may also be a longer word's start."""
    searcher = Searcher([("stem", "A withdrawal now."), ("word", "They withdraw now."), ("typo", "They withdraq now.")])
    hits = searcher.search(parse_query("withdraw now"))  # not the last word: no prefix
    assert [h.passage for h in hits] == ["word", "typo", "stem"]
    assert [h.words[0].how for h in hits] == ["word", "typo", "stem"]
    assert hits[0].score > hits[1].score > hits[2].score
    searcher = Searcher([("longer", "A lasting peace regimen."), ("word", "A lasting peace regime.")])
    hits = searcher.search(parse_query("peace regime"))  # the last word: also the start of a longer word, ranked below the word
    assert [(h.passage, h.words[1].how) for h in hits] == [("word", "word"), ("longer", "prefix")]
    assert hits[0].score > hits[1].score


@pytest.mark.parametrize(
    ("query", "found", "not_found"),
    [
        ("withdraw troops", "a withdrawal of American troops", None),  # stems: the examples
        ("ending war", "an end to the war", None),
        ("BRI", "China's BRI strategy", "a bright future"),  # an acronym is itself only: not 'bright', not 'bring'
        ("bri", "a bright future", None),  # typed in lower case it is a word's start like any other
        ("withdraw", "withdrawal", None),
    ],
)
def test_word_forms_and_acronyms(query: str, found: str, not_found: str | None) -> None:
    searcher = Searcher([("found", found), *([("other", not_found)] if not_found else [])])
    assert [h.passage for h in searcher.search(parse_query(query))] == ["found"]


def test_exact_takes_each_word_as_typed() -> None:
    searcher = Searcher([("stem", "The withdrawal was announced."), ("word", "They withdraw now.")])
    assert [h.passage for h in searcher.search(parse_query("withdraw"), exact=True)] == ["word"]


GLOSSARY = [["DPRK", "North Korea"], ["Kim Jong Un", "Kim Jong-un", "Kim Jongun"]]


@pytest.mark.parametrize(
    ("query", "ways"),
    [
        ("DPRK sanctions", ["DPRK sanctions", '"North Korea" sanctions']),  # a name of several words asked for whole
        ("D.P.R.K. sanctions", ["D.P.R.K. sanctions", '"North Korea" sanctions']),
        ('"DPRK sanctions"', ['"DPRK sanctions"', '"North Korea sanctions"']),  # inside a phrase, the name goes in as it is
        ("north korea", ["north korea", "DPRK"]),
        ("kim jongun summit", ["kim jongun summit", '"Kim Jong Un" summit']),  # 'Kim Jongun' is how it was typed: no second search
        ("peace regime", ["peace regime"]),  # nothing of the glossary: as typed only
        ("dprkish", ["dprkish"]),  # a word that only starts like a name is not it
    ],
)
def test_glossary_ways_of_a_query(query: str, ways: list[str]) -> None:
    from korea_cli.glossary import variants

    assert [way for way, _ in variants(query, GLOSSARY)] == ways


def test_a_name_is_looked_for_only_in_queries_that_may_hold_it() -> None:
    """The cheap test before a name's pattern is compiled never turns away a query the pattern would match: every name of
    the bundled codebook's glossary, written every way a query may write it, inside other words and alone."""
    from korea_cli.glossary import _SEPARATORS, _may_hold, _pattern
    from korea_cli.text import fold

    codebook = yaml.safe_load((Path(__file__).parent.parent / "corpus" / "codebook.yaml").read_text(encoding="utf-8"))
    names = [name for names in codebook["glossary"] for name in names] + ["DPRK", "Kim Jong Un", "U.S.-ROK"]
    assert len(names) > 40
    writings = [
        lambda n: n,
        str.lower,
        str.upper,
        lambda n: n.replace(" ", "-"),
        lambda n: n.replace(" ", ""),
        lambda n: ".".join(n.replace(" ", "")) + ".",
        lambda n: " . ".join(n.split()),
        lambda n: n.replace(" ", "\u2010"),
    ]
    queries_of = [f"{write(name)}" for name in names for write in writings]
    queries_of += [f"sanctions on {q} now" for q in queries_of] + ["peace regime", "dprkish", "Kelvin \u212a", "Stra\u00dfe"]
    for query in queries_of:
        folded = fold(query)
        for name in names:
            if _pattern(name).search(folded):
                assert _may_hold(_SEPARATORS.sub("", folded), name), (query, name)
    assert not _may_hold(_SEPARATORS.sub("", fold("peace regime")), "DPRK")  # and it does turn the others away


def test_search_finds_a_thing_by_any_of_its_names_and_says_so(corpus) -> None:
    total, hits = queries.search(corpus, "DPRK denuclearize", limit=None)
    by_glossary = [h for h in hits if "glossary" in h["explain"]]
    assert by_glossary and all(h["explain"]["glossary"] == "DPRK → North Korea" for h in by_glossary)
    assert total == len(hits) and len(hits) > len(queries.search(corpus, "DPRK denuclearize", exact=True)[1])
    assert {h["passage"] for h in queries.search(corpus, "north korea denuclearize", limit=None)[1]} >= {h["passage"] for h in by_glossary}
