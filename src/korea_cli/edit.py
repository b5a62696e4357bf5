"""Editing an essay's record by hand, safely: the `kubectl edit` loop.

The record is copied to a temporary file for the editor. When the editor
exits, the new record is checked by the same code as `korea check`, on the
corpus as it would be; a record that does not pass is handed back to the
editor with the problems written at its top as comments, until it passes
or the person gives up (saves it unchanged, or empties it). A passing
record is written as one journaled change, and only if the record on disk
is still the one the edit began from: an edit never overwrites another.
"""

from __future__ import annotations

import enum
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from korea_cli import journal
from korea_cli.corpus import CorpusFiles, validate_change
from korea_cli.errors import CorpusError, UsageError
from korea_cli.layout import ESSAYS_DIR, refuse_bundled

PROBLEM_PREFIX = "# korea: "
"""Lines the loop writes at the top of a record that did not pass; they are removed before the record is checked again."""


class Outcome(enum.StrEnum):
    saved = "saved"
    unchanged = "unchanged"
    abandoned = "abandoned"


@dataclass(frozen=True)
class Edited:
    outcome: Outcome
    path: Path
    """The record in the corpus."""
    rounds: int
    """How many times the editor was opened."""
    kept: Path | None = None
    """Where the abandoned edit was kept, so no one's typing is lost."""


Editor = Callable[[Path], None]
"""Opens a file for a person to edit, and returns when they are done (raises UsageError if the editor fails)."""


def edit(root: Path, essay_id: str, editor: Editor) -> Edited:
    """Edit `essay_id`'s record with `editor` until it passes `korea check` or is abandoned; write it if it changed."""
    refuse_bundled(root, "edit")
    relative = f"{ESSAYS_DIR}/{essay_id}.yaml"
    original = CorpusFiles(root).read(relative)
    if original is None:
        raise UsageError(f"essay {essay_id} has no record {root / relative}")
    handle, name = tempfile.mkstemp(prefix=f"korea-{essay_id}-", suffix=".yaml")
    scratch = Path(name)
    with os.fdopen(handle, "wb") as stream:
        stream.write(original)
    shown = original
    rounds = 0
    try:
        while True:
            editor(scratch)
            rounds += 1
            written = scratch.read_bytes()
            if not written.strip():
                return Edited(Outcome.abandoned, root / relative, rounds)
            if written == shown:  # saved as it was shown: nothing more to do, or given up
                if shown == original:
                    return Edited(Outcome.unchanged, root / relative, rounds)
                return Edited(Outcome.abandoned, root / relative, rounds, _keep(scratch))
            record = _without_problems(written)
            if record == original:
                return Edited(Outcome.unchanged, root / relative, rounds)
            problems = validate_change(root, {relative: record})
            if not problems:
                journal.commit(root, lambda checked=record: _unchanged_since(root, relative, original, checked))
                return Edited(Outcome.saved, root / relative, rounds)
            shown = _with_problems(record, [str(problem) for problem in problems], root)
            scratch.write_bytes(shown)
    finally:
        scratch.unlink(missing_ok=True)


def _unchanged_since(root: Path, relative: str, original: bytes, record: bytes) -> dict[str, bytes]:
    """Under the lock: the change, if the record on disk is still the one the edit began from, and it still passes."""
    if CorpusFiles(root).read(relative) != original:
        raise UsageError(f"{root / relative} changed while you edited it; nothing was written: edit it again")
    problems = validate_change(root, {relative: record})
    if problems:
        raise CorpusError(f"nothing was written: the corpus changed while you edited, and the record no longer passes: {problems[0]}")
    return {relative: record}


def _without_problems(text: bytes) -> bytes:
    lines = text.split(b"\n")
    while lines and lines[0].startswith(PROBLEM_PREFIX.encode()):
        lines.pop(0)
    return b"\n".join(lines)


def _with_problems(record: bytes, problems: list[str], root: Path) -> bytes:
    """The record with its problems on top, as comments, each naming the line it means in the record as saved."""
    shown = [f"{PROBLEM_PREFIX}{problem.replace(str(root) + '/', '')}" for problem in problems]
    shown.append(f"{PROBLEM_PREFIX}lines count from the first line after these comments; fix the record and save to try again;")
    shown.append(f"{PROBLEM_PREFIX}save it unchanged, or empty it, to give up")
    return ("\n".join(shown) + "\n").encode("utf-8") + record


def _keep(scratch: Path) -> Path:
    """Keep an abandoned edit beside the others in the temporary folder, where the person can find it."""
    kept = scratch.with_name(scratch.stem + "-abandoned.yaml")
    kept.write_bytes(scratch.read_bytes())
    return kept
