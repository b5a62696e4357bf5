"""The corpus as one SQLite database that Datasette, sqlite-utils or any SQL client opens as it is: `korea export --format sqlite FILE`.

Not the index (whose layout is korea's own and changes with it): a schema documented in docs/output.md and
kept stable, foreign keys declared (Datasette links rows and labels them by `name`/`title`), and passages
searchable through an FTS5 table declared `content="passages"`, the form Datasette detects. Lists are
JSON arrays, as SQLite's json functions read them.

Takes the typed records `queries.export` makes; writes a file beside FILE and renames it into place, so a
reader never sees half a database.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from korea_cli import __version__

SCHEMA = """\
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE authors (id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL);
CREATE TABLE topics (id TEXT PRIMARY KEY, label TEXT NOT NULL, description TEXT, aliases TEXT NOT NULL);
CREATE TABLE essays (id TEXT PRIMARY KEY, title TEXT, publisher TEXT, date TEXT, url TEXT, inferred TEXT NOT NULL, notes TEXT NOT NULL,
                     status TEXT NOT NULL, passages INTEGER NOT NULL, body_passages INTEGER NOT NULL);
CREATE TABLE essay_authors (essay TEXT NOT NULL REFERENCES essays (id), seq INTEGER NOT NULL, author TEXT NOT NULL REFERENCES authors (id),
                            PRIMARY KEY (essay, seq));
CREATE TABLE passages (id TEXT PRIMARY KEY, essay TEXT NOT NULL REFERENCES essays (id), n INTEGER NOT NULL, role TEXT NOT NULL,
                       author TEXT REFERENCES authors (id), coauthors TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL);
CREATE VIRTUAL TABLE passages_fts USING fts5 (text, content="passages");
CREATE TABLE affiliations (author TEXT NOT NULL REFERENCES authors (id), text TEXT NOT NULL, passage TEXT NOT NULL REFERENCES passages (id));
CREATE TABLE positions (id INTEGER PRIMARY KEY, essay TEXT NOT NULL REFERENCES essays (id), author TEXT NOT NULL REFERENCES authors (id),
                        topic TEXT NOT NULL REFERENCES topics (id), stance TEXT NOT NULL, summary TEXT NOT NULL, quote TEXT NOT NULL,
                        passage TEXT NOT NULL REFERENCES passages (id), status TEXT NOT NULL, series TEXT, ordinal INTEGER);
CREATE TABLE preconditions (id INTEGER PRIMARY KEY, essay TEXT NOT NULL REFERENCES essays (id), author TEXT NOT NULL REFERENCES authors (id),
                            goal TEXT NOT NULL, condition TEXT NOT NULL, topic TEXT REFERENCES topics (id), held_by TEXT NOT NULL,
                            quote TEXT NOT NULL, passage TEXT NOT NULL REFERENCES passages (id), status TEXT NOT NULL, series TEXT, ordinal INTEGER);
"""
"""The whole schema, as docs/output.md shows it (a test holds the two alike)."""


def write(records: Iterable[Mapping[str, Any]], path: Path) -> dict[str, int]:
    """The records as a database at `path` (replacing what is there); how many rows each table got."""
    by_type: dict[str, list[Mapping[str, Any]]] = {}
    for record in records:
        by_type.setdefault(record["type"], []).append(record)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    try:
        db = sqlite3.connect(temporary, isolation_level=None)
        try:
            db.execute("BEGIN")
            for statement in SCHEMA.split(";\n"):
                if statement.strip():
                    db.execute(statement)
            counts = _fill(db, by_type)
            db.execute("INSERT INTO passages_fts (passages_fts) VALUES ('rebuild')")
            db.execute("COMMIT")
            db.execute("VACUUM")
        finally:
            db.close()
        mask = os.umask(0)  # mkstemp makes the file private; an export is as readable as any file the user writes
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return counts


def _fill(db: sqlite3.Connection, by_type: Mapping[str, list[Mapping[str, Any]]]) -> dict[str, int]:
    rows: dict[str, list[tuple[Any, ...]]] = {
        "meta": [("korea_version", __version__), ("schema", "korea export 1")],
        "authors": [(a["id"], a["name"], _json(a["aliases"])) for a in by_type.get("author", [])],
        "topics": [(t["id"], t["label"], t.get("description"), _json(t.get("aliases", []))) for t in by_type.get("topic", [])],
        "essays": [
            (e["id"], e["title"], e["publisher"], e["date"], e["url"], _json(e["inferred"]), _json(e["notes"]), e["status"], e["passages"], e["body_passages"])
            for e in by_type.get("essay", [])
        ],
        "essay_authors": [(e["id"], seq, author) for e in by_type.get("essay", []) for seq, author in enumerate(e["author_ids"], 1)],
        "passages": [
            (p["passage"], p["essay"], p["n"], p["role"], p["author_id"], _json(p["coauthor_ids"]), p["text"], p["status"]) for p in by_type.get("passage", [])
        ],
        "affiliations": [(a["id"], f["text"], f["passage"]) for a in by_type.get("author", []) for f in a["affiliations"]],
        "positions": [
            (None, p["essay"], p["author_id"], p["topic"], p["stance"], p["summary"], p["quote"], p["passage"], p["status"], p["series"], p["ordinal"])
            for p in by_type.get("position", [])
        ],
        "preconditions": [
            (
                None,
                p["essay"],
                p["author_id"],
                p["goal"],
                p["condition"],
                p["topic"],
                p["held_by"],
                p["quote"],
                p["passage"],
                p["status"],
                p["series"],
                p["ordinal"],
            )
            for p in by_type.get("precondition", [])
        ],
    }
    for table, values in rows.items():
        if values:
            db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(values[0]))})", values)
    return {table: len(values) for table, values in rows.items() if table != "meta"}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
