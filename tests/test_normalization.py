"""Unicode forms that look alike match alike: composed or decomposed accents, fullwidth letters, invisible characters."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import expected, korea, korea_on_screen
from korea_cli import text as text_rules
from korea_cli.names import Named, key, resolve
from korea_cli.search import Searcher, Token, parse_query, tokenize, words
from korea_cli.text import fold, word_view

DECOMPOSED = "Swanstro\u0308m"  # o + COMBINING DIAERESIS, as macOS file names and some web pages store it


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Swanström", "swanstrom"),
        (DECOMPOSED, "swanstrom"),
        ("Swan\u200bström", "swanstrom"),  # ZERO WIDTH SPACE
        ("Swan\u200cstr\u200döm", "swanstrom"),  # ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER
        ("Swan\u2060ström\ufeff", "swanstrom"),  # WORD JOINER, BYTE ORDER MARK
        ("denucleari\u00adzation", "denuclearization"),  # SOFT HYPHEN
        ("\u202epeace\u202c regime", "peace regime"),  # bidi controls
        ("ｐｅａｃｅ\u3000ＲＥＧＩＭＥ", "peace regime"),  # fullwidth letters, ideographic space
        ("ﬁnal ﬂag", "final flag"),  # ligatures
        ("Kim Jong\u2009Un", "kim jong un"),  # thin space
        ("Korea’s “peace”", 'korea\'s "peace"'),
        ("Peace  REGIME ", "peace regime"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_its_ascii_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    # An ASCII string has nothing to normalize: fold must not pay for NFKD.
    def refuse(form: str, text: str) -> str:
        raise AssertionError(f"normalized {text!r}")

    monkeypatch.setattr(text_rules, "unicodedata", SimpleNamespace(normalize=refuse))
    assert fold("Peace  REGIME, U.S.-ROK") == "peace regime, u.s.-rok"


SPACES = [chr(code) for code in range(0x110000) if chr(code).isspace()]


@pytest.mark.parametrize("space", SPACES, ids=[f"U+{ord(space):04X}" for space in SPACES])
def test_one_spaced_makes_every_whitespace_one_space(space: str) -> None:
    # Its quick check trusts that ' ' is the only printable whitespace: every other one, alone or in a run, is changed.
    for text in (f"peace{space}regime", f"peace {space}regime", f"{space}peace regime{space}", f"peace{space * 3}regime"):
        assert text_rules.one_spaced(text) == "peace regime"
    assert text_rules.one_spaced("peace  regime") == text_rules.one_spaced(" peace regime ") == "peace regime"
    assert text_rules.one_spaced("denucleari\u00adzation\u200b now") == "denucleari\u00adzation\u200b now"  # not spaces: kept


@pytest.mark.parametrize("text", ["peace regime", "Korea’s “peace” — 평화", "\u00a0no\u00a0marks\u00a0here"])
def test_word_view_is_the_text_itself_when_nothing_joins_words(text: str) -> None:
    assert word_view(text) is text


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Swanström said", [Token("swanstrom", 0, 9), Token("said", 10, 14)]),
        (f"{DECOMPOSED} said", [Token("swanstrom", 0, 10), Token("said", 11, 15)]),
        ("Swan\u200bström said", [Token("swanstrom", 0, 10), Token("said", 11, 15)]),
        ("peace\u200b regime", [Token("peace", 0, 6), Token("regime", 7, 13)]),
        ("\ufeffpeace", [Token("peace", 0, 6)]),
        ("a \u200b b", [Token("a", 0, 1), Token("b", 4, 5)]),  # an invisible character alone is no word
        ("ｐｅａｃｅ\u3000ｒｅｇｉｍｅ", [Token("peace", 0, 5), Token("regime", 6, 12)]),
        ("हिंदी पाठ", [Token("हिंदी", 0, 5), Token("पाठ", 6, 9)]),  # vowel signs (Mc, Mn) are inside words
    ],
)
def test_tokenize(text: str, tokens: list[Token]) -> None:
    assert tokenize(text) == tokens
    assert words(text) == [t.word for t in tokens]


@pytest.mark.parametrize(
    ("variant", "query"),
    [
        (DECOMPOSED, "Swanström"),
        ("Swan\u200bström", "Swanström"),
        ("peace\u200b regime", "peace regime"),
        ("peace\u00ad regime\u2060", "peace regime"),
        ("ｐｅａｃｅ ｒｅｇｉｍｅ", "peace regime"),
        (f'"{DECOMPOSED} said" -ｓａｎｃｔｉｏｎｓ', '"Swanström said" -sanctions'),
    ],
)
def test_queries_that_look_alike_are_alike(variant: str, query: str) -> None:
    assert parse_query(variant) == parse_query(query)


def test_search_ranks_and_highlights_decomposed_text_as_composed() -> None:
    composed = "Niklas Swanström argues for a peace regime."
    decomposed = f"Niklas {DECOMPOSED} argues for a peace\u200b regime."
    searcher = Searcher([("e:1", composed), ("e:2", decomposed)])
    for query in ("swanstrom peace regime", f"{DECOMPOSED} peace regime", "Swan\u200bström peace\u200b regime"):
        first, second = searcher.search(parse_query(query))
        assert (first.passage, second.passage) == ("e:1", "e:2")
        assert (first.score, first.typos, first.distance, first.phrase) == (second.score, second.typos, second.distance, second.phrase)
        assert [composed[a:b] for a, b in first.matches] == ["Swanström", "peace", "regime"]
        assert [decomposed[a:b] for a, b in second.matches] == [DECOMPOSED, "peace\u200b", "regime"]


AUTHORS = [
    Named("swanstrom-niklas", "Niklas Swanström (swanstrom-niklas)", ("swanstrom-niklas", "Niklas Swanström")),
    Named("engman-mats", "Mats Engman (engman-mats)", ("engman-mats", "Mats Engman")),
]


@pytest.mark.parametrize(
    "name", ["Swanström", DECOMPOSED, "Swan\u200bström", "Swan\u200bstrom", "ＳＷＡＮＳＴＲＯＭ", "niklas\u00a0swan\u00adström", "\ufeffSwanstrom"]
)
def test_names_that_look_alike_resolve_alike(name: str) -> None:
    assert resolve("author", name, AUTHORS, "`korea who` lists them")[:2] == ("swanstrom-niklas", None)  # no typo notice: nothing was mistyped


@pytest.mark.parametrize(
    ("name", "reduced"), [("Chun, Chaesung", "chun chaesung"), (f"Niklas {DECOMPOSED}", "niklas swanstrom"), ("foo_bar-baz", "foo bar baz")]
)
def test_key(name: str, reduced: str) -> None:
    assert key(name) == reduced


# -- end to end ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("variant", "query"),
    [
        (DECOMPOSED, "Swanström"),
        ("Swan\u200bström director", "Swanström director"),
        ("peace\u200b regime", "peace regime"),
        ("denucleari\u00adsation roadmap", "denuclearisation roadmap"),
        ("ｐｅａｃｅ ｒｅｇｉｅｍ", "peace regiem"),
    ],
)
@pytest.mark.parametrize("options", [[], ["--all", "--explain", "--format", "jsonl"]], ids=["tsv", "jsonl"])
def test_search_gives_the_same_bytes_for_forms_that_look_alike(variant: str, query: str, options: list[str]) -> None:
    wanted = korea("search", query, *options)
    assert korea("search", variant, *options).stdout == wanted.stdout


@pytest.mark.parametrize("name", ["Swan\u200bstrom", DECOMPOSED, "ＳＷＡＮＳＴＲＯＭ"])
def test_who_and_filters_take_names_that_look_alike(name: str) -> None:
    result = korea("preconditions", "--author", name)
    assert (result.returncode, result.stderr, result.stdout) == (0, "", expected("preconditions-swanstrom.tsv"))
    code, screen = korea_on_screen("who", name, env={"NO_COLOR": "1"})
    assert code == 0
    assert [line.rstrip() for line in screen.splitlines()] == expected("who-swanstrom.table").splitlines()


def test_a_decomposed_essay_text_is_searched_as_composed(corpus_copy: Path) -> None:
    # The byline 'Niklas Swanström, Director of ISDP' saved decomposed, as a copy from macOS may be (its `starts` and sha256 to match).
    composed = korea("search", "swanstrom director", "--all", "--corpus", str(corpus_copy))
    assert composed.returncode == 0 and composed.stdout
    (essay,) = [p for p in corpus_copy.rglob("*.txt") if "Swanström" in p.read_text(encoding="utf-8")]
    before = essay.read_bytes()
    essay.write_text(essay.read_text(encoding="utf-8").replace("Swanström", DECOMPOSED), encoding="utf-8")
    digests = hashlib.sha256(before).hexdigest(), hashlib.sha256(essay.read_bytes()).hexdigest()
    for record in corpus_copy.rglob("*.yaml"):
        if digests[0] in (yaml := record.read_text(encoding="utf-8")):
            record.write_text(yaml.replace(*digests).replace("Swanström, Director", f"{DECOMPOSED}, Director"), encoding="utf-8")
    for query in ("swanstrom director", "Swanström director", f"{DECOMPOSED} director"):
        decomposed = korea("search", query, "--all", "--corpus", str(corpus_copy))
        assert (decomposed.returncode, decomposed.stderr) == (0, "")
        assert unicodedata.normalize("NFC", decomposed.stdout) == composed.stdout  # same hits, same scores, same order
    code, screen = korea_on_screen("search", "swanstrom director", "--all", "--limit", "1", "--corpus", str(corpus_copy))
    assert code == 0
    assert f"\x1b[1;33m{DECOMPOSED}\x1b[0m" in screen  # the highlight covers the whole word, its mark too


@pytest.mark.parametrize(
    ("quote", "found"),
    [
        ("Sanctions must stay", True),
        ("sanctions must stay", False),  # a quote is the author's words as written: case counts
        ("“Sanctions must stay”", False),
        ("Sanctions  must\nstay", True),  # whitespace is not a word
        ("declares its programme.", True),
        ("in place.", False),  # no full stop there
        ("anctions must", False),  # cut mid-word at the start
        ("Sanctions mus", False),  # or at the end
        ("must", True),
        ("a", False),  # the letter inside 'place' and 'Pyongyang' is no word of the passage
        ("", False),
    ],
)
def test_a_quote_is_whole_words_of_its_passage(quote: str, found: bool) -> None:
    from korea_cli.text import quote_in

    assert quote_in(quote, "Sanctions must stay in place until Pyongyang declares its programme.") is found
