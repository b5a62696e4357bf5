"""`korea quote --verify`: when a quotation is verbatim (exactly, with elisions, or in other typography), what its nearest
passage is when it is not, and the command's answers and exit codes end to end on the bundled corpus."""

from __future__ import annotations

import json

import pytest

from conftest import korea
from korea_cli import verify

TEXT = "Trust between the two Koreas, the United States, and China must be built first — and “verification” can’t wait."

# (quotation, how it stands in TEXT: exact, typography or None)
CASES = [
    ("the two Koreas, the United States, and China", "exact"),
    ("Trust between the two Koreas ... must be built first", "exact"),  # an elision
    ("Trust between the two Koreas … China must be built first", "exact"),
    ("Trust between the two Koreas [...] must be built first", "exact"),
    ("…the two Koreas, the United States", "exact"),  # a leading elision is no part
    ('built first -- and "verification" can\'t wait', "typography"),  # straight quotes and a typewriter's dash
    ("built first - and “verification” can’t wait", "typography"),
    ("trust between  the two\nKoreas", "typography"),  # the first letter's case, spaces and a line break
    ("Koreas, the United States, and Japan", None),  # one word changed
    ("must be built first ... Trust between the two Koreas", None),  # parts out of order
    ("the two koreas, the United States", None),  # case inside the quotation is the source's
    ("rust between the two Koreas", None),  # a word cut at either end stands in no passage, as `korea check` holds quotes
    ("the two Koreas, the United St", None),
    ("Trust between the two Kor ... must be built first", None),
    ("“Trust between the two Koreas”", "exact"),  # the quoting writer's quotation marks around the whole are not the source's
    ("'the two Koreas, the United States'", "exact"),
    ("«the two Koreas, the United States»", "exact"),
    ("the two Koreas, the United States.", "typography"),  # the quotation ends its own sentence where the source goes on
    ("“China must be built first.”", "typography"),
    ("the two Koreas, the United States, and China should", None),  # a word the source does not have
    ("the two Koreas; the United States", None),  # punctuation inside the quotation is the source's
]


@pytest.mark.parametrize(("quotation", "how"), CASES)
def test_a_quotation_is_verbatim_exactly_in_typography_or_not_at_all(quotation, how):
    held = verify.verbatim(quotation, TEXT)
    assert (held[0] if held else None) == how
    if held:  # what is shown is the passage's own words, from the first part to the last
        assert held[1] in TEXT and held[1].split()[-1].strip(".,’'”\"").lower() == verify.parts(quotation)[-1].split()[-1].strip(".,’'”\"").lower()


def test_the_nearest_passage_is_never_called_100_percent_alike_unless_verbatim():
    result = korea("quote", "--verify", "rust between the two Koreas", "-f", "json")
    (record,) = json.loads(result.stdout)
    assert (result.returncode, record["match"], record["similarity"], record["diff"]) == (1, "close", 99, "[-Trust-]{+rust+} between the two Koreas")


def test_differences_are_the_words_that_differ_punctuation_around_them_aside():
    pairs, line = verify.differences(
        "The peace regime lies at the heart of concluding any peace treaty", "The peace regime lies at the very heart of concluding a peace treaty,"
    )
    assert pairs == [{"corpus": "very", "quotation": ""}, {"corpus": "a", "quotation": "any"}]
    assert line == "The peace regime lies at the [-very-] heart of concluding [-a-]{+any+} peace treaty"


VERBATIM = "Denuclearization and the creation of a peace regime must be pursued ... as they are both key"


def test_a_verbatim_quotation_names_its_passage_author_and_status():
    result = korea("quote", "--verify", VERBATIM, "-f", "json")
    assert (result.returncode, result.stderr) == (0, "")
    (record,) = json.loads(result.stdout)
    assert {k: record[k] for k in ("match", "elided", "passage", "author", "role", "status", "differences")} == {
        "match": "exact",
        "elided": True,
        "passage": "eai-2019-chun:7",
        "author": "Chun Chaesung",
        "role": "body",
        "status": "reviewed",
        "differences": [],
    }
    assert record["found"] == "Denuclearization and the creation of a peace regime must be pursued in parallel as they are both key"
    assert record["found"] in record["text"]


def test_a_close_quotation_shows_the_nearest_passage_and_exits_1():
    result = korea("quote", "--verify", "the peace regime lies at the heart of concluding any peace treaty")
    assert result.returncode == 1
    assert result.stdout == (
        "close\tfalse\t92\teai-2019-chun:7\tChun Chaesung\treviewed\tThe peace regime lies at the very heart of concluding a peace treaty,"
        "\tthe peace regime lies at the [-very-] heart of concluding [-a-]{+any+} peace treaty\n"
    )
    assert result.stderr == "korea: not verbatim in the corpus: the nearest passage, eai-2019-chun:7, is 92% alike (close); the differences are shown\n"


def test_a_quotation_from_nowhere_is_not_found():
    result = korea("quote", "--verify", "Sanctions on fisheries exports have hurt coastal towns the most", "-f", "json")
    assert result.returncode == 1
    (record,) = json.loads(result.stdout)
    assert record["match"] == "none" and record["similarity"] < verify.CLOSE


def test_the_quotation_can_come_from_stdin():
    result = korea("quote", "--verify", "-", stdin=VERBATIM + "\n")
    assert result.returncode == 0 and result.stdout.startswith("exact\ttrue\t100\teai-2019-chun:7\t")


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["--verify", "peace regime"], "korea: give at least 3 words of the quotation to verify; fewer stand in too many passages to say anything\n"),
        (["--verify", "… …"], "korea: give at least 3 words of the quotation to verify; fewer stand in too many passages to say anything\n"),
        (
            ["--verify", "the … peace … regime"],
            "korea: each part of an elided quotation ('… … …') needs two words or more; one word between elisions stands in any passage\n",
        ),
        (["eai:7", "--verify", VERBATIM], "korea: --verify checks a quotation against the whole corpus; give it alone, without a passage id or --cite\n"),
        ([], "korea: give a passage id (<essay-id>:<n>, e.g. isdp-2018-new-dawn:16) or --verify TEXT\n"),
    ],
)
def test_bad_input_is_refused_with_exit_2(args, stderr):
    result = korea("quote", *args)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", stderr)
