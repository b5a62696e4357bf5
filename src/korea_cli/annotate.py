"""Annotating an essay's record without opening it: set a passage's role, add a position or precondition, keep or drop a suggestion, mark it reviewed.

Each change is made on the record as a person wrote it (comments, order and
layout kept: a round-trip YAML edit), then checked by the same code as
`korea check` on the corpus as it would be, and written as one journaled
change, only if the record on disk is still the one the change began from.
A quote that is not verbatim in its passage is refused as `check` refuses it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from korea_cli import journal
from korea_cli.corpus import CorpusFiles, validate_change
from korea_cli.errors import CorpusError, UsageError
from korea_cli.layout import ESSAYS_DIR, refuse_bundled
from korea_cli.model import ROLES, ROLES_WITH_AUTHOR
from korea_cli.suggest import PLACEHOLDER

Change = Callable[[Any], str]
"""Edits the loaded record in place and says, in a few words, what it did."""


@dataclass(frozen=True)
class Annotated:
    path: Path
    done: str


def annotate(root: Path, essay_id: str, change: Change) -> Annotated:
    """Apply `change` to the record of `essay_id` and write it, if the corpus would still pass `korea check`."""
    refuse_bundled(root, "annotate")
    relative = f"{ESSAYS_DIR}/{essay_id}.yaml"
    done: list[str] = []

    def prepare() -> dict[str, bytes]:
        original = CorpusFiles(root).read(relative)
        if original is None:
            raise UsageError(f"essay {essay_id} has no record {root / relative}")
        text = original.decode("utf-8")
        yaml = _round_trip(text)
        record = yaml.load(text)
        done.append(change(record))
        stream = io.StringIO()
        yaml.dump(record, stream)
        updated = stream.getvalue().encode("utf-8")
        problems = validate_change(root, {relative: updated})
        if problems:
            raise CorpusError(f"nothing was written: the record would not pass `korea check`: {problems[0]}")
        return {relative: updated}

    journal.commit(root, prepare)  # under the lock: read, changed, checked and written with no other writer in between
    return Annotated(root / relative, done[-1])


def _round_trip(text: str) -> Any:
    """A YAML reader and writer that gives back `text` as it was but for the change: comments, key order, quotes, and
    the lists' indentation (`korea add` writes '- ' under a key, a person may write '  - ')."""
    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip: comments, key order, flow style and quotes as they were
    yaml.width = 100_000  # never rewrap a line a person wrote
    yaml.preserve_quotes = True
    flush = re.search(r"^[^\s#][^\n]*:\n- ", text, re.M) is not None
    indented = re.search(r"^[^\s#][^\n]*:\n  - ", text, re.M) is not None
    if flush and not indented:
        yaml.indent(mapping=2, sequence=2, offset=0)
    else:
        yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null"))
    return yaml


# -- the changes ------------------------------------------------------------------------------------


def _passage(record: Any, n: int) -> Any:
    passages = record.get("passages") or []
    if not 1 <= n <= len(passages):
        raise UsageError(f"the essay has passages 1 to {len(passages)}, not {n}")
    return passages[n - 1]


def set_role(n: int, role: str, authors: list[str], passages: int | None = None) -> Change:
    """Passage `n` becomes `role`, by `authors` (its first author, then co-authors) where the role is an author's. Given the
    essay's number of passages, a passage that is not there is the first thing said."""
    if passages is not None and not 1 <= n <= passages:
        raise UsageError(f"the essay has passages 1 to {passages}, not {n}")
    if role not in ROLES:
        raise UsageError(f"unknown role {role!r}; use one of: {', '.join(ROLES)}")
    if role in ROLES_WITH_AUTHOR and not authors:
        raise UsageError(f"a {role} passage is someone's: say whose with --author")
    if role not in ROLES_WITH_AUTHOR and authors:
        raise UsageError(f"a {role} passage is no author's: leave out --author")

    def change(record: Any) -> str:
        passage = _passage(record, n)
        passage["role"] = role
        for key in ("author", "coauthors"):
            passage.pop(key, None)
        if authors:
            passage.insert(2, "author", authors[0])
            if authors[1:]:
                passage.insert(3, "coauthors", list(authors[1:]))
        for name in authors:
            if name not in (record.get("authors") or []):
                raise UsageError(f"{name!r} is not among the essay's authors ({', '.join(record.get('authors') or [])})")
        return f"passage {n} is now {role}" + (f" by {', '.join(authors)}" if authors else "")

    return change


def add_annotation(kind: str, entry: dict[str, Any]) -> Change:
    """A position or precondition, as the record lists them; `check` then holds its quote to its passage."""

    def change(record: Any) -> str:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        if entry.get("author") is None:
            authors = record.get("authors") or []
            passage = _passage(record, entry["passage"])
            entry["author"] = passage.get("author") or (authors[0] if authors else None)
        if kind not in record or record[kind] is None:
            record[kind] = CommentedSeq()
        record[kind].append(CommentedMap(entry))
        return f"{kind[:-1]} added on passage {entry['passage']}"

    return change


def keep_or_drop(kind: str, number: int, keep: bool, updates: dict[str, str] | None = None, say_renumbered: bool = True) -> Change:
    """The `number`-th suggestion among the record's `kind`: kept (its status line goes, `updates` set) or dropped (the entry goes).
    `say_renumbered`: the message says how the suggestions after it are now numbered (a walk that numbers them itself need not)."""

    def change(record: Any) -> str:
        entries = record.get(kind) or []
        suggested = [i for i, entry in enumerate(entries) if entry.get("status") == "suggested"]
        if not 1 <= number <= len(suggested):
            which = f"give a number from 1 to {len(suggested)}" if suggested else "there is none to keep or drop"
            raise UsageError(f"the essay has {len(suggested)} suggested {kind}; {which} (`korea {kind} --essay … --include-suggested` lists them)")
        index = suggested[number - 1]
        if keep:
            del entries[index]["status"]
            for key, value in (updates or {}).items():
                entries[index][key] = value
            if str(entries[index].get("summary", "")).startswith(PLACEHOLDER):
                raise UsageError(f'say the position in your words to keep it: --summary "…" (its summary is still the suggestion\'s {PLACEHOLDER!r})')
            after = _renumbered(kind, number, len(suggested)) if say_renumbered else ""
            return f"suggested {kind[:-1]} {number} kept (passage {entries[index]['passage']}{after})"
        removed = entries.pop(index)
        after = _renumbered(kind, number, len(suggested)) if say_renumbered else ""
        return f"suggested {kind[:-1]} {number} dropped (passage {removed['passage']}{after})"

    return change


def _renumbered(kind: str, number: int, before: int) -> str:
    """What a keep or drop did to the numbers of the suggestions after it: they move up, and a script run twice must know."""
    if number < before:
        return f"; those after it are now {number} to {before - 1}" if before - number > 1 else f"; the one after it is now {number}"
    return f"; no suggested {kind} left" if before == 1 else ""


def mark(review: str, drop_open: bool = False) -> Change:
    """The essay's review status. `reviewed` wants every suggestion kept or dropped first (`drop_open` drops those left)."""

    def change(record: Any) -> str:
        dropped = ""
        if review == "reviewed":
            open_ = {kind: [e for e in record.get(kind) or [] if e.get("status") == "suggested"] for kind in ("positions", "preconditions")}
            counts = " and ".join(f"{len(entries)} suggested {kind if len(entries) > 1 else kind[:-1]}" for kind, entries in open_.items() if entries)
            if counts and not drop_open:
                raise UsageError(f"{counts} still open: keep or drop each (korea annotate keep|drop), or add --drop-suggestions to drop them all")
            for kind, entries in open_.items():
                for entry in entries:
                    record[kind].remove(entry)
            dropped = f" ({counts} dropped)" if counts else ""
        if "review" in record:
            record["review"] = review
        else:
            record.insert(1, "review", review)
        return f"marked {review}{dropped}"

    return change
