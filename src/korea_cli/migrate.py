"""A corpus in korea 0.1's layout -> today's: one file per author, affiliations in the essays that state them.

korea 0.1 kept every author in one `authors.yaml`, which each `korea add`
had to edit in place; an addition now only creates files. The migration
is one journaled change, validated whole before it is written, so a corpus
is migrated entirely or not at all.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from korea_cli.corpus import Changes, CorpusFiles, is_id, validate_change
from korea_cli.errors import CorpusError
from korea_cli.layout import AUTHORS_DIR, ESSAYS_DIR, OLD_AUTHORS_FILE, refuse_bundled
from korea_cli.yamlio import YamlMap, parse_yaml

_AUTHORS_LINE = re.compile(r"^authors:[^\n]*\n", re.M)


def plan(root: Path) -> Changes:
    """The change that migrates the corpus at `root`: new author files, essays with their affiliations, and no authors.yaml.

    Raises CorpusError when there is nothing to migrate, when authors.yaml
    cannot be read, or when the migrated corpus would not pass `korea check`.
    """
    files = CorpusFiles(root)
    display = files.display(OLD_AUTHORS_FILE)
    raw = files.read(OLD_AUTHORS_FILE)
    if raw is None:
        raise CorpusError(f"{root} has no {OLD_AUTHORS_FILE}: it is already in today's layout, one file per author in {AUTHORS_DIR}/")
    refuse_bundled(root, "migrate")
    data = parse_yaml(raw, display)
    records = data.get("authors") if isinstance(data, YamlMap) else None
    if not isinstance(records, list):
        raise CorpusError("has no list 'authors'; fix it by hand, then migrate", display)
    changes: dict[str, bytes | None] = {OLD_AUTHORS_FILE: None}
    stated: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        line = getattr(record, "line", None)
        if not isinstance(record, YamlMap) or not isinstance(record.get("id"), str) or not is_id(record["id"]):
            raise CorpusError("an author without a well-formed id (lowercase letters, digits, single hyphens); fix it by hand, then migrate", display, line)
        author_id = record["id"]
        target = f"{AUTHORS_DIR}/{author_id}.yaml"
        if files.exists(target) or target in changes:
            raise CorpusError(
                f"{target} exists already (or the id is listed twice); merge it into {OLD_AUTHORS_FILE} by hand, or remove it, then migrate", display, line
            )
        affiliations = record.get("affiliations") or []
        if not isinstance(affiliations, list) or not all(isinstance(a, YamlMap) and isinstance(a.get("text"), str) for a in affiliations):
            raise CorpusError(f"the affiliations of {author_id!r} must be a list of {{text, passage}}; fix them by hand, then migrate", display, line)
        changes[target] = _author_file(record).encode("utf-8")
        for affiliation in affiliations:
            essay, _, n = str(affiliation.get("passage", "")).rpartition(":")
            if not n.isdecimal() or not n.isascii():
                raise CorpusError(f"affiliation of {author_id!r} cites {affiliation.get('passage')!r}, not <essay-id>:<n>", display, affiliation.line)
            if not is_id(essay):
                raise CorpusError(f"affiliation of {author_id!r} cites {affiliation.get('passage')!r}, not <essay-id>:<n>", display, affiliation.line)
            stated.setdefault(essay, []).append({"author": author_id, "text": affiliation.get("text"), "passage": int(n)})
    for essay, stated_here in stated.items():
        relative = f"{ESSAYS_DIR}/{essay}.yaml"
        source = files.read(relative)
        if source is None:
            raise CorpusError(f"an affiliation cites essay {essay!r}, which has no {relative}", display)
        changes[relative] = _with_affiliations(source.decode("utf-8"), stated_here).encode("utf-8")
    problems = validate_change(root, changes, whole=True)
    if problems:
        raise CorpusError(f"nothing was changed: the migrated corpus would not pass `korea check`: {problems[0]}")
    return changes


def _author_file(record: YamlMap) -> str:
    """An author's own file, in the style the bundled corpus uses (JSON strings are YAML strings)."""
    lines = [f"id: {record['id']}", f"name: {json.dumps(record.get('name'), ensure_ascii=False)}"]
    aliases = record.get("aliases") or []
    if aliases:
        lines.append("aliases:")
        lines += [f"  - {json.dumps(alias, ensure_ascii=False)}" for alias in aliases]
    return "\n".join(lines) + "\n"


def _with_affiliations(source: str, affiliations: list[dict[str, Any]]) -> str:
    """The essay's YAML with an `affiliations:` list after its `authors:` line (or at the end), its comments kept."""
    block = "\naffiliations:\n" + "".join(
        f"  - author: {a['author']}\n    text: {json.dumps(a['text'], ensure_ascii=False)}\n    passage: {a['passage']}\n" for a in affiliations
    )
    line = _AUTHORS_LINE.search(source)
    if line is not None and line.group().rstrip().endswith("]"):  # a one-line flow list: the block can follow it
        return source[: line.end()] + block + source[line.end() :]
    return source.rstrip("\n") + "\n" + block
