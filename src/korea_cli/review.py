"""Walking a person through a draft: each passage's role and author, each suggestion to keep, correct or drop, then `reviewed`.

The dialogue is plain questions and answers through the `ask` and `say`
the caller gives (a terminal's input and output for `korea review`, a
script in tests), so nothing here prints or reads by itself. Every answer
that changes the record is one `annotate` change: checked as `korea check`
would check it, written at once, and refused (with the reason said, and the
question asked again) when it would not pass.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from korea_cli import annotate
from korea_cli.errors import KoreaError
from korea_cli.suggest import PLACEHOLDER
from korea_cli.text import visible

Ask = Callable[[str], str]
Say = Callable[[str], None]


def walk(root: Path, essay_id: str, record: Callable[[], dict[str, Any]], ask: Ask, say: Say, author_id: Callable[[str], str] = str) -> bool:
    """Review `essay_id` with a person; True when they marked it reviewed. `record()` reads the record as it now is;
    `author_id` turns a name as the person types it ('whitfield', 'Hannah Whitfield') into an author's id."""
    data = record()
    say(f"Reviewing {essay_id}: {data.get('title', {}).get('value') or 'untitled'} — authors: {', '.join(data.get('authors') or [])}")
    _passages(root, essay_id, record, ask, say, author_id)
    for kind in ("positions", "preconditions"):
        _suggestions(root, essay_id, kind, record, ask, say)
    left = sum(entry.get("status") == "suggested" for kind in ("positions", "preconditions") for entry in record().get(kind) or [])
    question = (
        f"Drop the {left} suggestion{'s' if left > 1 else ''} left open and mark the essay reviewed? [y/N] " if left else "Mark the essay reviewed? [y/N] "
    )
    answer = ask(question).strip().lower()
    while answer not in ("", "y", "yes", "n", "no"):
        answer = ask("  y to mark it reviewed, n or Enter to leave it a draft: ").strip().lower()
    if answer in ("y", "yes"):
        return _apply(root, essay_id, annotate.mark("reviewed", drop_open=True), say)
    say("left as a draft")
    return False


def _passages(root: Path, essay_id: str, record: Callable[[], dict[str, Any]], ask: Ask, say: Say, author_id: Callable[[str], str]) -> None:
    say("Passages (n, role, author, first words):")
    for passage in record().get("passages") or []:
        author = ", ".join([passage["author"], *passage.get("coauthors", [])]) if passage.get("author") else ""
        say(f"  {passage['n']:>3}  {passage['role']:<13} {author:<22} {visible(passage.get('starts', ''), keep='')}")
    while True:
        answer = ask("Change a passage? 'N ROLE [AUTHOR …]', or Enter when they are right: ").split()
        if not answer:
            return
        if len(answer) < 2 or not answer[0].isdecimal():
            say("  give the passage number, then its role (and its author for body, byline and author_bio), e.g. '4 body doe-jane'")
            continue
        try:
            ids = record().get("authors") or []
            names = answer[2:] if all(name in ids for name in answer[2:]) else [author_id(" ".join(answer[2:]))]  # ids, or one name as typed
            change = annotate.set_role(int(answer[0]), answer[1], names, len(record().get("passages") or []))
        except KoreaError as error:
            say(f"  {error}")
            continue
        _apply(root, essay_id, change, say)


def _suggestions(root: Path, essay_id: str, kind: str, record: Callable[[], dict[str, Any]], ask: Ask, say: Say) -> None:
    """Each suggestion in turn; one left as it is moves the count on, one kept or dropped takes its number with it, and one whose
    keeping is refused is asked about again."""
    number = 1
    while True:
        suggested = [entry for entry in record().get(kind) or [] if entry.get("status") == "suggested"]
        if number > len(suggested):
            return
        entry = suggested[number - 1]
        what = f"{entry.get('topic', '')} {entry.get('stance', '')}".strip() if kind == "positions" else f"for {entry.get('goal')}: {entry.get('condition')}"
        say(f"Suggested {kind[:-1]} on passage {entry['passage']} by {entry['author']} — {visible(what, keep='')}")
        say(f"  “{visible(entry['quote'], keep='')}”")
        answer = ask("[k]eep, [d]rop, or Enter to leave it a suggestion: ").strip().lower()
        while answer not in ("", "k", "keep", "d", "drop"):
            answer = ask("  k to keep it, d to drop it, or Enter to leave it: ").strip().lower()
        if answer in ("k", "keep"):
            updates = _corrections(kind, entry, ask)
            if not _apply(root, essay_id, annotate.keep_or_drop(kind, number, keep=True, updates=updates, say_renumbered=False), say):
                continue  # refused, and said why (an unknown stance, no summary): the same suggestion again, to correct or leave
        elif answer in ("d", "drop"):
            _apply(root, essay_id, annotate.keep_or_drop(kind, number, keep=False, say_renumbered=False), say)
        else:
            number += 1


def _corrections(kind: str, entry: dict[str, Any], ask: Ask) -> dict[str, str]:
    """What the person corrects as they keep a suggestion: a position's stance and summary, a precondition's condition."""
    updates: dict[str, str] = {}
    if kind == "positions":
        stance = ask(f"  stance [{entry.get('stance')}]: ").strip()
        if stance:
            updates["stance"] = stance
        summary = ask("  summary, in your words: ").strip()
        while not summary and str(entry.get("summary", PLACEHOLDER)).startswith(PLACEHOLDER):  # a kept position says what it holds: asked for, not refused
            summary = ask("  a kept position needs a summary; say it in a few words: ").strip()
        if summary:
            updates["summary"] = summary
    else:
        condition = ask(f"  condition [{entry.get('condition')}]: ").strip()
        if condition:
            updates["condition"] = condition
    return updates


def _apply(root: Path, essay_id: str, change: annotate.Change, say: Say) -> bool:
    try:
        result = annotate.annotate(root, essay_id, change)
    except KoreaError as error:
        say(f"  not changed: {error}")
        return False
    say(f"  {result.done}")
    return True
