"""`korea annotate`: a draft becomes a reviewed entry without opening its YAML; every change is checked, comments are kept."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import TESTS, korea
from korea_cli.corpus import load

ESSAY = TESTS / "cases" / "essays" / "signed-sections.txt"


@pytest.fixture
def drafted(corpus_copy: Path) -> Path:
    """The corpus with a draft of the signed-sections essay, as `korea add` wrote it."""
    assert korea("add", str(ESSAY), "--id", "views", "--corpus", str(corpus_copy)).returncode == 0
    return corpus_copy


def annotate(corpus: Path, *args: str):
    return korea("annotate", *args, "--corpus", str(corpus))


def test_a_draft_becomes_a_reviewed_entry_without_opening_its_yaml(drafted: Path) -> None:
    record = drafted / "essays" / "views.yaml"
    steps = [
        (["keep", "views", "positions", "1", "--summary", "Sanctions must stay until Pyongyang declares its programme."], "suggested position 1 kept (passage 4; those after it are now 1 to 2)"),
        (["drop", "views", "positions", "1"], "suggested position 1 dropped (passage 5; the one after it is now 1)"),
        (["drop", "views", "positions", "1"], "suggested position 1 dropped (passage 7; no suggested positions left)"),
        (
            ["position", "views", "4", "--topic", "peace-regime", "--stance", "opposes", "--summary", "A treaty must wait for denuclearization.",
             "--quote", "A peace treaty cannot come before denuclearization."],
            "position added on passage 4",
        ),
        (
            ["precondition", "views", "9", "--for", "agreement", "--condition", "a phased roadmap with reciprocity",
             "--quote", "Only a phased roadmap with reciprocity can move both sides forward."],
            "precondition added on passage 9",
        ),
        (["keep", "views", "preconditions", "1"], "suggested precondition 1 kept (passage 4; the one after it is now 1)"),
        (["mark", "views", "reviewed", "--drop-suggestions"], "marked reviewed (1 suggested precondition dropped)"),
    ]  # fmt: skip
    for args, said in steps:
        result = annotate(drafted, *args)
        assert (result.returncode, result.stdout, result.stderr) == (0, f"{said}: {record}\n", ""), args
    essay = load(drafted).essays["views"]
    assert essay.review == "reviewed"
    positions = korea("positions", "--essay", "views", "--reviewed", "--format", "tsv", "--corpus", str(drafted)).stdout.splitlines()
    assert [line.split("\t")[2:4] + line.split("\t")[6:8] for line in positions] == [
        ["sanctions", "supports", "views:4", "reviewed"],
        ["peace-regime", "opposes", "views:4", "reviewed"],
    ]
    preconditions = korea("preconditions", "--essay", "views", "--reviewed", "--corpus", str(drafted)).stdout.splitlines()
    assert [line.split("\t")[7:9] for line in preconditions] == [["views:4", "reviewed"], ["views:9", "reviewed"]]
    assert record.read_text(encoding="utf-8").startswith("# Drafted by `korea add`.")  # the record's comments are kept
    assert korea("check", "--corpus", str(drafted)).returncode == 0


def test_a_change_on_a_hand_written_record_keeps_its_comments_and_layout(corpus_copy: Path) -> None:
    record = corpus_copy / "essays" / "eai-2019-chun.yaml"
    before = record.read_text(encoding="utf-8")
    assert annotate(corpus_copy, "mark", "eai", "draft").returncode == 0
    after = record.read_text(encoding="utf-8")
    assert after == before.replace("review: reviewed\n", "review: draft\n", 1)  # nothing else moved


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (
            ["position", "views", "4", "--topic", "sanctions", "--stance", "supports", "--summary", "s", "--quote", "Sanctions must go"],
            "quote is not verbatim in passage views:4: 'Sanctions must go'",
        ),
        (["position", "views", "2", "--topic", "sanctions", "--stance", "supports", "--summary", "s", "--quote", "Senior Fellow"], "is not a body passage by"),
        (["role", "views", "2", "body"], "korea: a body passage is someone's: say whose with --author\n"),
        (["role", "views", "2", "lede"], "korea: unknown role 'lede'; use one of: label, title, subtitle"),
        (["role", "views", "99", "notes"], "korea: the essay has passages 1 to 10, not 99\n"),
        (["role", "views", "99", "body"], "korea: the essay has passages 1 to 10, not 99\n"),
        (["keep", "views", "positions", "9"], "korea: the essay has 3 suggested positions; give a number from 1 to 3"),
        (["mark", "views", "approved"], "Invalid value for 'STATE'"),
        (["keep", "views", "positions", "1"], "korea: say the position in your words to keep it: --summary"),
        (["mark", "views", "reviewed"], "korea: 3 suggested positions and 2 suggested preconditions still open: keep or drop each"),
        (["position", "views", "4", "--topic", "sanctions", "--stance", "supports", "--summary", "s", "--quote", "anctions mus"], "quote is not verbatim"),
        (
            ["precondition", "views", "4", "--for", "agreement", "--condition", "c", "--quote", "A peace treaty", "--series", "steps"],
            "korea: --series and --ordinal go together: give both (the list's name and the number in it) or neither\n",
        ),
        (
            ["precondition", "views", "4", "--for", "agreement", "--condition", "c", "--quote", "A peace treaty", "--series", "steps", "--ordinal", "2"],
            "preconditions of series 'steps' are numbered [2]; number a list 1 to 1, each once",
        ),
        (
            ["position", "views", "4", "--topic", "sanctions", "--stance", "supports", "--summary", "s", "--quote", "Sanctions must stay", "--care", " "],
            "korea: --care says why the sentence holds, in words; leave it out if there is nothing to say\n",
        ),
        (
            ["position", "views", "4", "--topic", "sanctons", "--stance", "supports", "--summary", "s", "--quote", "Sanctions must stay"],
            "korea: topic 'sanctons' → sanctions? nothing was written: a change to the corpus takes no guesses, so give the name exactly\n",
        ),
        (
            ["position", "views", "4", "--topic", "sanctions", "--stance", "suports", "--summary", "s", "--quote", "Sanctions must stay"],
            "korea: stance 'suports' → supports? nothing was written: a change to the corpus takes no guesses, so give the name exactly\n",
        ),
    ],
    ids=[
        "quote not verbatim",
        "not a body passage",
        "body needs its author",
        "unknown role",
        "no such passage",
        "no such passage, before whose",
        "no such suggestion",
        "bad state",
        "kept without a summary",
        "reviewed with suggestions open",
        "quote cut mid-word",
        "a list's name without its number",
        "a list that does not start at 1",
        "a blank --care",
        "a topic's typo",
        "a stance's typo",
    ],
)
def test_what_check_would_reject_is_refused_and_nothing_written(drafted: Path, args: list[str], stderr: str) -> None:
    record = drafted / "essays" / "views.yaml"
    before = hashlib.sha256(record.read_bytes()).hexdigest()
    result = annotate(drafted, *args)
    assert (result.returncode, result.stdout) == (2, "")
    assert stderr in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert hashlib.sha256(record.read_bytes()).hexdigest() == before


def test_a_change_on_a_draft_keeps_the_lists_as_add_wrote_them(drafted: Path) -> None:
    record = drafted / "essays" / "views.yaml"
    before = record.read_text(encoding="utf-8").splitlines()
    assert annotate(drafted, "role", "views", "2", "credit").returncode == 0
    after = record.read_text(encoding="utf-8").splitlines()
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changed == [("  role: introduction", "  role: credit")]  # nothing re-indented, no line refolded


def test_the_bundled_corpus_is_never_annotated(bundled: Path) -> None:
    result = korea("annotate", "mark", "eai", "draft", "--corpus", str(bundled))
    assert result.returncode == 2


def test_a_list_is_annotated_item_by_item_and_comes_out_in_its_order(drafted: Path) -> None:
    """Two conditions Anna Berg states, as a list, numbered as they are added (a list is never left with a gap)."""
    second = ["--for", "agreement", "--condition", "sanctions kept until the declaration", "--quote", "Sanctions must stay in place"]
    first = ["--for", "agreement", "--condition", "denuclearization before a treaty", "--quote", "A peace treaty cannot come before denuclearization."]
    assert annotate(drafted, "precondition", "views", "4", *first, "--series", "berg-order", "--ordinal", "1").returncode == 0
    assert annotate(drafted, "precondition", "views", "4", *second, "--series", "berg-order", "--ordinal", "2").returncode == 0
    listed = korea("preconditions", "--series", "berg", "--corpus", str(drafted))
    assert listed.returncode == 0
    assert [line.split("\t")[3:4] + line.split("\t")[9:] for line in listed.stdout.splitlines()] == [
        ["denuclearization before a treaty", "berg-order", "1"],
        ["sanctions kept until the declaration", "berg-order", "2"],
    ]
    assert korea("check", "--corpus", str(drafted)).returncode == 0


def test_compare_says_which_stances_no_one_has_reviewed(drafted: Path) -> None:
    """A position added to a draft is compared beside reviewed ones, marked as a draft in every format, until the essay is reviewed."""
    position = ["position", "views", "4", "--topic", "peace-regime", "--stance", "opposes", "--summary", "A treaty must wait."]
    assert annotate(drafted, *position, "--quote", "A peace treaty cannot come before denuclearization.").returncode == 0
    author = load(drafted).essays["views"].passages[3].author

    def compared(*args: str) -> str:
        return korea("compare", "--authors", author, "--topics", "peace-regime", *args, "--corpus", str(drafted)).stdout

    assert compared("--format", "tsv").rstrip("\n").split("\t")[3:] == ["opposes", "views:4", "draft"]
    assert '"status": "draft"' in compared("--format", "json")
    assert "(draft)" in compared("--format", "table")
    reviewed_only = korea("compare", "--authors", author, "--topics", "peace-regime", "--reviewed", "--corpus", str(drafted))
    assert (reviewed_only.returncode, reviewed_only.stdout) == (1, "")  # with --reviewed, not there at all
