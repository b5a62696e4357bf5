"""`korea review`: a person walks a draft on a terminal to a reviewed entry; tested in a real pseudo-terminal and with a scripted dialogue."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from conftest import TESTS, korea
from korea_cli import review
from korea_cli.corpus import CorpusFiles, load
from korea_cli.yamlio import parse_yaml

ESSAY = TESTS / "cases" / "essays" / "signed-sections.txt"


@pytest.fixture
def drafted(corpus_copy: Path) -> Path:
    assert korea("add", str(ESSAY), "--id", "views", "--corpus", str(corpus_copy)).returncode == 0
    return corpus_copy


def on_a_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run korea on a pseudo-terminal, typing `answers` one line each, and return the exit code and the screen."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 160, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "korea_cli", *args], stdin=slave, stdout=slave, stderr=slave, env={**os.environ, "TERM": "dumb"})
    os.close(slave)
    os.write(master, "".join(answer + "\n" for answer in answers).encode())  # the terminal holds the lines until each question reads one
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_a_draft_is_walked_to_a_reviewed_entry_on_a_terminal(drafted: Path) -> None:
    answers = [
        "3 body",  # refused: a body passage is someone's
        "",  # the passages are right
        "k", "", "Sanctions must stay until Pyongyang declares its programme.",  # position 1 kept, stance as guessed
        "d",  # position 2 dropped
        "",  # position 3 left a suggestion
        "k", "",  # precondition 1 kept as found
        "",  # precondition 2 left a suggestion
        "y",  # reviewed
    ]  # fmt: skip
    code, screen = on_a_terminal(["review", "views", "--corpus", str(drafted)], answers)
    assert code == 0, screen
    assert "Reviewing views: Three Views on a Peace Regime — authors: berg-anna, lee-sang-hyun, lee-sangsoo\n" in screen
    assert "    4  body          berg-anna              A peace treaty cannot come before\n" in screen
    assert "  a body passage is someone's: say whose with --author\n" in screen
    assert "  suggested position 1 kept (passage 4)\n" in screen
    assert "  suggested position 1 dropped (passage 5)\n" in screen
    assert "  suggested precondition 1 kept (passage 4)\n" in screen
    assert (
        "Drop the 2 suggestions left open and mark the essay reviewed? [y/N]   marked reviewed (1 suggested position and 1 suggested precondition dropped)\n"
        in screen
    )
    essay = load(drafted)
    assert essay.essays["views"].review == "reviewed"
    kept = [p for p in essay.positions if p.essay == "views" and not p.suggested]
    assert [(p.topic, p.stance, p.summary) for p in kept] == [("sanctions", "supports", "Sanctions must stay until Pyongyang declares its programme.")]
    assert [p.topic for p in essay.positions if p.essay == "views" and p.suggested] == []  # the one left open went as the essay was marked reviewed


def test_review_needs_a_terminal(drafted: Path) -> None:
    result = korea("review", "views", "--corpus", str(drafted))
    assert (result.returncode, result.stderr) == (2, "korea: korea review asks questions: run it on a terminal, or use `korea annotate` in a script\n")


def test_the_walk_with_a_scripted_dialogue(drafted: Path) -> None:
    answers = iter(["2 byline berg-anna", "", "", "", "", "d", "", "n"])  # a passage, done; three positions left; preconditions: drop, leave; not reviewed
    said: list[str] = []

    def record() -> dict:
        return parse_yaml(CorpusFiles(drafted).read("essays/views.yaml") or b"", "views")

    assert review.walk(drafted, "views", record, lambda question: next(answers), said.append) is False
    assert "  passage 2 is now byline by berg-anna" in said  # changed, and checked: it still passes
    assert "  suggested precondition 1 dropped (passage 4)" in said
    assert said[-1] == "left as a draft"
    assert load(drafted).essays["views"].passages[1].role == "byline"


def test_an_author_is_named_as_a_person_types_it_and_a_wrong_answer_is_asked_again(drafted: Path) -> None:
    answers = iter(["2 byline Anna Berg", "", "x", "", "", "", "", "", "n"])  # a name, not an id; 'x' is no answer: asked again
    questions: list[str] = []
    said: list[str] = []

    def ask(question: str) -> str:
        questions.append(question)
        return next(answers)

    def record() -> dict:
        return parse_yaml(CorpusFiles(drafted).read("essays/views.yaml") or b"", "views")

    names = {"anna berg": "berg-anna"}
    assert review.walk(drafted, "views", record, ask, said.append, author_id=lambda name: names[name.lower()]) is False
    assert "  passage 2 is now byline by berg-anna" in said
    assert "  k to keep it, d to drop it, or Enter to leave it: " in questions


def test_a_keep_that_is_refused_asks_about_the_same_suggestion_again(drafted: Path) -> None:
    """An unknown stance typed at the prompt: said, and the same suggestion comes back (it was skipped, left as it was)."""
    # no passage change; position 1: keep with stance 'nope' (refused), then drop it; the two positions left, the preconditions: left
    answers = iter(["", "k", "nope", "A summary.", "d", "", "", "", "", "n"])
    said: list[str] = []

    def record() -> dict:
        return parse_yaml(CorpusFiles(drafted).read("essays/views.yaml") or b"", "views")

    assert review.walk(drafted, "views", record, lambda question: next(answers), said.append) is False
    refused = next(i for i, line in enumerate(said) if line.startswith("  not changed:"))
    assert "nope" in said[refused]
    assert said[refused + 1] == said[refused - 2]  # the same suggestion, shown again
    assert "  suggested position 1 dropped (passage 4)" in said


def test_a_kept_position_without_a_summary_and_an_unclear_last_answer_are_asked_again(drafted: Path) -> None:
    """Enter where a summary is needed asks for one (in words, not a flag's name); '?' at the last question asks it again,
    rather than taking it for no."""
    first = iter(["", "k", "", "", "Sanctions should stay until talks resume."])  # no passage change; keep position 1, no summary at first
    last = iter(["?", "y"])
    questions: list[str] = []

    def ask(question: str) -> str:
        questions.append(question)
        if "reviewed?" in question or question.startswith("  y to mark"):
            return next(last)
        return next(first, "")  # every other suggestion: left as it is

    def record() -> dict:
        return parse_yaml(CorpusFiles(drafted).read("essays/views.yaml") or b"", "views")

    assert review.walk(drafted, "views", record, ask, lambda line: None) is True
    assert "  a kept position needs a summary; say it in a few words: " in questions
    assert questions[-1] == "  y to mark it reviewed, n or Enter to leave it a draft: "
    assert load(drafted).essays["views"].review == "reviewed"
