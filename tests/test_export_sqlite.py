"""`korea export --format sqlite FILE`: the corpus as a documented database that Datasette and any SQL client open."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from conftest import TESTS, korea
from korea_cli import export_sqlite

TABLES = {"author": "authors", "topic": "topics", "essay": "essays", "passage": "passages", "position": "positions", "precondition": "preconditions"}

# Datasette's own test for a table with full-text search (datasette/utils/__init__.py, detect_fts_sql), transcribed.
DATASETTE_DETECT_FTS = """
    select name from sqlite_master where rootpage = 0 and (
        sql like '%VIRTUAL TABLE%USING FTS%content="{table}"%' or sql like '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
        or (tbl_name = "{table}" and sql like '%VIRTUAL TABLE%USING FTS%'))
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[sqlite3.Connection, list[dict]]:
    path = tmp_path_factory.mktemp("export") / "corpus.db"
    result = korea("export", "--format", "sqlite", str(path))
    assert (result.returncode, result.stdout) == (0, "")
    records = [json.loads(line) for line in korea("export").stdout.splitlines()]
    return sqlite3.connect(path), records


def test_every_record_is_a_row_and_said_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    result = korea("export", "-f", "sqlite", str(path))
    assert result.stderr == (
        f"korea: wrote {path}: 4 authors, 14 topics, 2 essays, 4 essay authors, 42 passages, 6 affiliations, 58 positions, 38 preconditions\n"
    )


def test_each_table_holds_exactly_the_records_of_its_type(exported) -> None:
    db, records = exported
    for kind, table in TABLES.items():
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == sum(r["type"] == kind for r in records), table
    passages = {r["passage"]: r for r in records if r["type"] == "passage"}
    for pid, essay, n, role, author, coauthors, text, status in db.execute("SELECT * FROM passages"):
        r = passages[pid]
        assert (essay, n, role, author, json.loads(coauthors), text, status) == (
            r["essay"],
            r["n"],
            r["role"],
            r["author_id"],
            r["coauthor_ids"],
            r["text"],
            r["status"],
        )
    wanted = [(r["author_id"], r["topic"], r["stance"], r["quote"], r["passage"]) for r in records if r["type"] == "position"]
    assert db.execute("SELECT author, topic, stance, quote, passage FROM positions ORDER BY id").fetchall() == wanted
    wanted = [(r["author_id"], r["goal"], r["condition"], r["held_by"], r["series"], r["ordinal"]) for r in records if r["type"] == "precondition"]
    assert db.execute("SELECT author, goal, condition, held_by, series, ordinal FROM preconditions ORDER BY id").fetchall() == wanted
    essays = [(r["id"], r["title"], r["date"], json.dumps(r["inferred"])) for r in records if r["type"] == "essay"]
    assert db.execute("SELECT id, title, date, inferred FROM essays").fetchall() == essays


def test_every_reference_resolves(exported) -> None:
    db, _ = exported
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM essay_authors").fetchone()[0] == 4


def test_datasette_finds_the_full_text_search_and_it_answers(exported) -> None:
    db, _ = exported
    assert db.execute(DATASETTE_DETECT_FTS.format(table="passages")).fetchall() == [("passages_fts",)]
    sql = "SELECT p.id FROM passages_fts f JOIN passages p ON p.rowid = f.rowid WHERE passages_fts MATCH ? ORDER BY rank"
    assert db.execute(sql, ("armistice",)).fetchall() == [("isdp-2018-new-dawn:6",)]
    assert db.execute("SELECT json_array_length(aliases) FROM authors WHERE id = 'lee-sangsoo'").fetchone() == (2,)


def test_the_documented_schema_is_the_schema() -> None:
    docs = (TESTS.parent / "docs" / "output.md").read_text(encoding="utf-8")
    block = re.search(r"## `korea export --format sqlite`.*?```sql\n(.*?)```", docs, re.S)
    assert block is not None, "docs/output.md shows the export's schema in a ```sql block"
    assert block.group(1) == export_sqlite.SCHEMA


def test_an_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    path.write_text("mine")
    refused = korea("export", "-f", "sqlite", str(path))
    assert (refused.returncode, refused.stderr, path.read_text()) == (2, f"korea: {path} exists; give --force to replace it, or another name\n", "mine")
    assert korea("export", "-f", "sqlite", str(path), "--force").returncode == 0
    assert sqlite3.connect(path).execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == ("korea export 1",)
    assert [p.name for p in tmp_path.iterdir()] == ["c.db"]  # no partial file left beside it


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["-f", "sqlite"], "korea: --format sqlite writes a database file, not a stream: give its name (korea export --format sqlite corpus.db)\n"),
        (
            ["-f", "sqlite", "x.db", "--only", "passage"],
            "korea: --only is for the record formats; a database holds every table (select from the one you need)\n",
        ),
        (["x.json"], "korea: FILE is for --format sqlite; --format jsonl writes to stdout (korea export --format jsonl > x.json)\n"),
        (["-f", "sqlite", "no/such/folder/x.db"], "korea: cannot write no/such/folder/x.db: its folder does not exist\n"),
        (["-f", "sqlite", "."], "korea: . exists; give --force to replace it, or another name\n"),
        (["-f", "sqlite", ".", "--force"], "korea: cannot write .: it is a folder\n"),
    ],
)
def test_bad_requests_are_one_line_and_exit_2(args: list[str], stderr: str, tmp_path: Path) -> None:
    result = korea("export", *args, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", stderr)
    assert list(tmp_path.iterdir()) == []


def test_a_database_is_no_stream_and_is_as_readable_as_the_users_files(tmp_path: Path) -> None:
    dash = korea("export", "-f", "sqlite", "-", cwd=tmp_path)
    assert dash.returncode == 2 and "not a stream" in dash.stderr and list(tmp_path.iterdir()) == []
    path = tmp_path / "c.db"
    old = os.umask(0o022)
    try:
        assert korea("export", "-f", "sqlite", str(path)).returncode == 0
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
