"""The derived index never answers differently from the files: after edits, additions, deletions, damage and races.

Every comparison is against `index.in_memory`, an index built from scratch
from the files in this process, which the expected outputs of
test_outputs.py pin to what direct loading answered before the index.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import korea
from korea_cli import bitmaps, queries
from korea_cli.corpus import load
from korea_cli.errors import CorpusError, UsageError
from korea_cli.index import Index, IndexUnusable, answering_despite_damage, cache_file, in_memory, open_index
from korea_cli.index_search import IndexSource
from korea_cli.search import Searcher, parse_query, search

ESSAYS = ("eai-2019-chun", "isdp-2018-new-dawn")

ANSWERS: dict[str, Callable[[Index], Any]] = {
    "who": queries.who,
    "profile": lambda i: [queries.profile(i, a["id"]) for a in queries.who(i)],
    "essays": queries.essays,
    "topics": queries.topics,
    "an author's passages on each topic": lambda i: [queries.profile(i, a["id"], topic=t["id"])["passages"] for a in queries.who(i) for t in queries.topics(i)],
    "positions": queries.positions,
    "positions on sanctions": lambda i: queries.positions(i, topic="sanctions"),
    "preconditions": lambda i: queries.preconditions(i, include_suggested=True),
    "passages and quotes": lambda i: [queries.quote(i, p["passage"]) for e in queries.essays(i) for p in queries.passages(i, e["id"])],
    "compare": queries.compare,
    "export": queries.export,
    "search": lambda i: queries.search(i, "peace regiem", limit=None),
    "search limited": lambda i: queries.search(i, "north korea sanctons -china", limit=3),
    "search phrase": lambda i: queries.search(i, '"security guarantees" denuclearisation', all_roles=True),
    "search by author": lambda i: queries.search(i, "alliance", author="engman-mats"),
    "search by topic and essay": lambda i: queries.search(i, "korea", topic="sanctions", essay="isdp-2018-new-dawn"),
}


def answers(index: Index) -> dict[str, Any]:
    return {name: answer(index) for name, answer in ANSWERS.items()}


def assert_same_as_the_files(root: Path) -> Index:
    """Open the cached index (updating it) and check every answer against a fresh build from the files."""
    cached = open_index(root)
    assert answers(cached) == answers(in_memory(root))
    return cached


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    settle(path)


def settle(*paths: Path) -> None:
    """Date a write 10 s back: past the window in which a stamp is not trusted, so only this change is re-read."""
    for path in paths:
        then = time.time_ns() - 10_000_000_000
        os.utime(path, ns=(then, then))


def copy_essay(root: Path, source: str, new_id: str) -> None:
    essays = root / "essays"
    shutil.copy(essays / f"{source}.txt", essays / f"{new_id}.txt")
    text = (essays / f"{source}.yaml").read_text(encoding="utf-8").replace(f"id: {source}\n", f"id: {new_id}\n", 1)
    (essays / f"{new_id}.yaml").write_text(text, encoding="utf-8")
    settle(essays / f"{new_id}.txt", essays / f"{new_id}.yaml")


def test_a_fresh_index_is_used_as_it_is(corpus_copy: Path) -> None:
    assert open_index(corpus_copy).status == "built"
    assert assert_same_as_the_files(corpus_copy).status == "fresh"
    assert cache_file(corpus_copy).is_file()


@pytest.mark.parametrize("segment_bits", [13, 2])
def test_edits_additions_and_deletions_reindex_only_those_essays(corpus_copy: Path, monkeypatch: pytest.MonkeyPatch, segment_bits: int) -> None:
    """Every answer after each change as a fresh build gives it; with segments of 4 passages too, so that postings span many
    segments and an essay added between others takes slots out of corpus order."""
    monkeypatch.setattr(bitmaps, "SEGMENT_BITS", segment_bits)
    open_index(corpus_copy)
    essays = corpus_copy / "essays"

    edit(essays / "isdp-2018-new-dawn.yaml", "stance: skeptical", "stance: observes")
    assert assert_same_as_the_files(corpus_copy).status == "updated 1"

    edit(essays / "isdp-2018-new-dawn.yaml", "- author: swanstrom-niklas\n    topic: unification", "- author: swanstrom-niklas\n    topic: verification")
    assert "verification" in assert_same_as_the_files(corpus_copy).rows("SELECT topics FROM author_records WHERE id = 'swanstrom-niklas'")[0][0]

    copy_essay(corpus_copy, "eai-2019-chun", "aaa-first")  # sorts before every essay: a key below the first
    copy_essay(corpus_copy, "eai-2019-chun", "zzz-last")  # after every essay
    copy_essay(corpus_copy, "eai-2019-chun", "fff-between")  # between the two seeds
    assert assert_same_as_the_files(corpus_copy).status == "updated 3"
    assert [e["id"] for e in queries.essays(open_index(corpus_copy))] == ["aaa-first", "eai-2019-chun", "fff-between", "isdp-2018-new-dawn", "zzz-last"]

    (essays / "fff-between.yaml").unlink()
    (essays / "fff-between.txt").unlink()
    assert assert_same_as_the_files(corpus_copy).status == "updated 1"

    (corpus_copy / "authors" / "kim-ha-na.yaml").write_text('id: kim-ha-na\nname: "Kim Ha-na"\n', encoding="utf-8")  # what `korea add` writes
    settle(corpus_copy / "authors" / "kim-ha-na.yaml")
    assert assert_same_as_the_files(corpus_copy).status == "updated 0"

    edit(corpus_copy / "authors" / "engman-mats.yaml", 'name: "Mats Engman"', 'name: "Mats G. Engman"')
    assert assert_same_as_the_files(corpus_copy).status == "updated 0"  # the authors, read again; no essay

    (corpus_copy / "authors" / "kim-ha-na.yaml").unlink()  # named by no essay
    assert assert_same_as_the_files(corpus_copy).status == "updated 0"

    edit(corpus_copy / "codebook.yaml", "label: Sanctions", "label: Sanctions regime")
    assert assert_same_as_the_files(corpus_copy).status == "rebuilt"


def test_a_rewrite_within_the_same_timestamp_is_still_seen(corpus_copy: Path) -> None:
    """Stamps of files changed in the last 2 s are not trusted: a same-size rewrite in the same clock tick is re-read."""
    essay = corpus_copy / "essays" / "isdp-2018-new-dawn.yaml"
    essay.write_text(essay.read_text(encoding="utf-8"), encoding="utf-8")  # just written: its stamp is not to be trusted
    open_index(corpus_copy)
    stamp = essay.stat()
    text = essay.read_text(encoding="utf-8")
    essay.write_text(text.replace("stance: observes", "stance: supports", 1), encoding="utf-8")  # same size
    os.utime(essay, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # and, as a coarse clock would, the same mtime
    assert assert_same_as_the_files(corpus_copy).status == "updated 1"


def test_a_file_just_written_is_read_once_and_then_trusted_by_its_content(corpus_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Within the racy window a changed essay is read once, not on every call; a same-size rewrite in the same clock tick,
    with every stamp equal, is still seen by its content; and once the window has passed, its content is digested once more
    and, the same, not read again."""
    import korea_cli.index as indexing

    open_index(corpus_copy)
    essay = corpus_copy / "essays" / "isdp-2018-new-dawn.yaml"
    essay.write_text(essay.read_text(encoding="utf-8"), encoding="utf-8")
    assert open_index(corpus_copy).status == "updated 1"
    assert open_index(corpus_copy).status == "fresh"  # within the window: digested, not read again
    frozen = essay.stat()
    real_stat = os.stat

    def same_stamps(path: Any, *args: Any, **kwargs: Any) -> Any:
        return frozen if str(path) == str(essay) else real_stat(path, *args, **kwargs)

    monkeypatch.setattr(indexing.os, "stat", same_stamps)  # a coarse clock: the rewrite keeps mtime, ctime, size and inode
    text = essay.read_text(encoding="utf-8")
    essay.write_text(text.replace("stance: observes", "stance: supports", 1), encoding="utf-8")
    assert assert_same_as_the_files(corpus_copy).status == "updated 1"
    later = time.time_ns() + 3 * indexing.RACY_NS
    monkeypatch.setattr(indexing.time, "time_ns", lambda: later)
    # Past the window an entry has no digest any more: every file of the fresh copy was in the window (the codebook too), and
    # each is digested once more and found the same, so nothing is read again (before, that was a rebuild).
    assert open_index(corpus_copy).status == "updated 0"
    assert assert_same_as_the_files(corpus_copy).status == "fresh"


def test_a_rewrite_in_the_same_tick_after_the_last_call_is_seen_past_the_window(corpus_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A same-size rewrite that keeps every stamp, made after the last call within the window: the call after the window
    digests the file again, finds other content, and reads it."""
    import korea_cli.index as indexing

    open_index(corpus_copy)
    essay = corpus_copy / "essays" / "isdp-2018-new-dawn.yaml"
    essay.write_text(essay.read_text(encoding="utf-8"), encoding="utf-8")
    assert open_index(corpus_copy).status == "updated 1"
    frozen = essay.stat()
    real_stat = os.stat

    def same_stamps(path: Any, *args: Any, **kwargs: Any) -> Any:
        return frozen if str(path) == str(essay) else real_stat(path, *args, **kwargs)

    monkeypatch.setattr(indexing.os, "stat", same_stamps)
    text = essay.read_text(encoding="utf-8")
    essay.write_text(text.replace("stance: observes", "stance: supports", 1), encoding="utf-8")  # no call sees it in the window
    later = time.time_ns() + 3 * indexing.RACY_NS
    monkeypatch.setattr(indexing.time, "time_ns", lambda: later)
    assert assert_same_as_the_files(corpus_copy).status == "updated 1"


def test_an_edit_that_breaks_an_essay_is_the_error_direct_loading_gives(corpus_copy: Path) -> None:
    open_index(corpus_copy)
    edit(corpus_copy / "essays" / "eai-2019-chun.yaml", 'quote: "There is not necessarily', 'quote: "There is certainly')
    with pytest.raises(CorpusError) as from_files:
        load(corpus_copy)
    with pytest.raises(CorpusError) as from_index:
        open_index(corpus_copy)
    assert str(from_index.value) == str(from_files.value)
    edit(corpus_copy / "essays" / "eai-2019-chun.yaml", 'quote: "There is certainly', 'quote: "There is not necessarily')
    assert_same_as_the_files(corpus_copy)


def test_deleting_an_essay_takes_its_affiliations_with_it(corpus_copy: Path) -> None:
    open_index(corpus_copy)
    for suffix in (".yaml", ".txt"):
        (corpus_copy / "essays" / f"eai-2019-chun{suffix}").unlink()
    cached = assert_same_as_the_files(corpus_copy)
    assert cached.status == "updated 1"
    assert queries.who(cached, "chun-chaesung")[0]["affiliations"] == []  # an author of no essay: `korea check` says so


def test_deleting_an_author_an_essay_names_is_the_error_direct_loading_gives(corpus_copy: Path) -> None:
    open_index(corpus_copy)
    (corpus_copy / "authors" / "chun-chaesung.yaml").unlink()
    with pytest.raises(CorpusError) as from_files:
        load(corpus_copy)
    with pytest.raises(CorpusError) as from_index:
        open_index(corpus_copy)
    assert str(from_index.value) == str(from_files.value)
    assert "unknown author 'chun-chaesung'; add it as authors/chun-chaesung.yaml" in str(from_index.value)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda path: path.write_bytes(b"not a database at all" * 100), id="garbage"),
        pytest.param(lambda path: os.truncate(path, path.stat().st_size // 2), id="truncated"),
        pytest.param(lambda path: os.truncate(path, 0), id="empty"),
        pytest.param(lambda path: _set_meta(path, "format", "korea index 0, korea 0.0.1"), id="another version"),
        pytest.param(lambda path: _set_meta(path, "stamps", b"\x00junk"), id="bad stamps"),
    ],
)
def test_a_damaged_or_foreign_index_is_rebuilt_with_one_notice(corpus_copy: Path, damage: Callable[[Path], None]) -> None:
    clean = korea("who", "--corpus", str(corpus_copy))
    damage(cache_file(corpus_copy))
    result = korea("who", "--corpus", str(corpus_copy))
    assert (result.returncode, result.stdout) == (0, clean.stdout)
    notice = result.stderr.splitlines()
    assert len(notice) == 1 and notice[0].startswith(f"korea: rebuilding the index of {corpus_copy} (")
    assert korea("who", "--corpus", str(corpus_copy)).stderr == ""


def test_a_bug_in_an_update_is_not_taken_for_damage(corpus_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the file's own damage means 'rebuild it': an error in the code that updates the index shows as the error it is."""
    from korea_cli import index as indexing

    open_index(corpus_copy).db.close()
    essay = corpus_copy / "essays" / "eai-2019-chun.yaml"
    essay.write_text(essay.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    time.sleep(0.05)

    def broken(*args: object) -> None:
        raise TypeError("a bug in the update")

    monkeypatch.setattr(indexing, "update", broken)
    with pytest.raises(TypeError, match="a bug in the update"):
        open_index(corpus_copy)


@pytest.mark.parametrize(
    ("command", "sql"),
    [
        (["who"], "UPDATE authors SET aliases = '[\"Chaesung'"),
        (["essays"], "UPDATE essays SET facts = '{\"title\": [' WHERE id = 'eai-2019-chun'"),
        (["topics"], "UPDATE meta SET value = '{\"topics\": [[' WHERE key = 'codebook'"),
    ],
    ids=["an author's aliases", "an essay's facts", "the codebook"],
)
def test_damaged_json_inside_the_index_is_rebuilt_with_one_notice(corpus_copy: Path, command: list[str], sql: str) -> None:
    clean = korea(*command, "--corpus", str(corpus_copy))
    with sqlite3.connect(cache_file(corpus_copy)) as db:
        db.execute(sql)  # the stamps stay as they were: nothing says the index is stale
    db.close()
    result = korea(*command, "--corpus", str(corpus_copy))
    assert (result.returncode, result.stdout) == (0, clean.stdout)
    notice = result.stderr.splitlines()
    assert len(notice) == 1 and notice[0].startswith("korea: the index failed mid-query ("), result.stderr
    assert korea(*command, "--corpus", str(corpus_copy)).stderr == ""


def test_a_rewrite_with_its_old_modification_time_restored_is_seen(corpus_copy: Path) -> None:
    essay = corpus_copy / "essays" / "isdp-2018-new-dawn.yaml"
    settle(essay)
    open_index(corpus_copy)
    before = essay.stat()
    time.sleep(0.01)  # the next change time is another clock tick
    essay.write_text(essay.read_text(encoding="utf-8").replace("stance: observes", "stance: supports", 1), encoding="utf-8")  # same size
    os.utime(essay, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p`, `rsync -t` or `touch -d` would
    assert (essay.stat().st_mtime_ns, essay.stat().st_size) == (before.st_mtime_ns, before.st_size)
    assert assert_same_as_the_files(corpus_copy).status == "updated 1"


def _set_meta(path: Path, key: str, value: object) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    db.close()


def test_an_unwritable_cache_falls_back_to_the_files_with_one_warning(corpus_copy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    clean = korea("who", "--corpus", str(corpus_copy))
    result = korea("who", "--corpus", str(corpus_copy), env={"XDG_CACHE_HOME": str(blocker)})
    assert (result.returncode, result.stdout) == (0, clean.stdout)
    assert result.stderr.splitlines() == [
        f"korea: cannot keep an index in {blocker}/korea (Not a directory); reading the corpus files directly"
        " (set XDG_CACHE_HOME to a writable folder to speed this up)"
    ]


def test_a_full_cache_disk_falls_back_to_the_files(corpus_copy: Path, tmp_path: Path) -> None:
    """A 64 KiB tmpfs fills up mid-build; the answer still comes, from memory, with one warning."""
    full = tmp_path / "full"
    full.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(full)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"this machine cannot mount a small tmpfs: {mounted.stderr.strip()}")
    try:
        clean = korea("who", "--corpus", str(corpus_copy))
        result = korea("who", "--corpus", str(corpus_copy), env={"XDG_CACHE_HOME": str(full)})
        assert (result.returncode, result.stdout) == (0, clean.stdout)
        warning = result.stderr.splitlines()
        assert len(warning) == 1 and warning[0].startswith(f"korea: cannot keep an index in {full}/korea (")
        assert "full" in warning[0]
        assert [p.name for p in (full / "korea").iterdir() if p.suffix != ".lock"] == []  # no half-written index left behind
    finally:
        subprocess.run(["umount", str(full)], capture_output=True)


def test_an_index_truncated_mid_query_is_rebuilt_and_the_query_answered(corpus_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from korea_cli import cli

    open_index(corpus_copy)
    original = queries.positions
    calls = []

    def truncate_then_answer(index: Index, **filters: Any) -> Any:
        if not calls:
            index.db.execute("PRAGMA cache_size = 0")
            os.truncate(cache_file(corpus_copy), 1024)  # another process cut the file short under us
        calls.append(filters)
        return original(index, **filters)

    monkeypatch.setattr(queries, "positions", truncate_then_answer)
    assert cli.run(["positions", "--topic", "sanctions", "--corpus", str(corpus_copy), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert len(calls) == 2
    assert [p["passage"] for p in json.loads(out)] == [p["passage"] for p in queries.positions(in_memory(corpus_copy), topic="sanctions")]
    assert err.startswith("korea: the index failed mid-query (") and err.endswith("); rebuilding it\n")


def test_an_index_that_fails_again_when_built_anew_is_one_error_naming_the_folder(tmp_path: Path) -> None:
    tries, notices = [], []

    def always_damaged(rebuild: bool) -> None:
        tries.append(rebuild)
        raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.raises(IndexUnusable) as raised:
        answering_despite_damage(always_damaged, notices.append, {"XDG_CACHE_HOME": str(tmp_path)})
    assert tries == [False, True] and notices == ["the index failed mid-query (database disk image is malformed); rebuilding it"]
    assert str(raised.value) == f"the index cannot be used (database disk image is malformed); delete the folder {tmp_path / 'korea'} and try again"
    assert raised.value.exit_code == 2
    assert answering_despite_damage(lambda rebuild: "answer", notices.append, {}) == "answer" and len(notices) == 1


def test_an_index_deleted_mid_use_keeps_answering(corpus_copy: Path) -> None:
    index = open_index(corpus_copy)
    cache_file(corpus_copy).unlink()
    assert queries.who(index) == queries.who(in_memory(corpus_copy))
    assert open_index(corpus_copy).status == "built"


def test_processes_racing_to_build_and_update_all_answer_alike(corpus_copy: Path) -> None:
    def race() -> list[subprocess.CompletedProcess[str]]:
        command = [sys.executable, "-m", "korea_cli", "positions", "--topic", "sanctions", "--corpus", str(corpus_copy), "--format", "json"]
        running = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(6)]
        return [subprocess.CompletedProcess(command, p.wait(timeout=60), *p.communicate()) for p in running]

    expected = json.dumps(queries.positions(in_memory(corpus_copy), topic="sanctions"), ensure_ascii=False, indent=2)
    for _ in range(2):
        results = race()
        assert [(r.returncode, r.stderr) for r in results] == [(0, "")] * 6
        assert {r.stdout.strip() for r in results} == {expected}
        edit(corpus_copy / "essays" / "isdp-2018-new-dawn.yaml", "stance: skeptical", "stance: observes")
        expected = json.dumps(queries.positions(in_memory(corpus_copy), topic="sanctions"), ensure_ascii=False, indent=2)
    assert open_index(corpus_copy).status in ("fresh", "updated 1")


def test_index_command_shows_the_state_and_rebuilds(corpus_copy: Path) -> None:
    first = json.loads(korea("index", "--corpus", str(corpus_copy), "--format", "json").stdout)
    assert (first["status"], first["essays"], first["passages"], first["path"]) == ("built", 2, 42, str(cache_file(corpus_copy)))
    assert json.loads(korea("index", "--corpus", str(corpus_copy), "--format", "json").stdout)["status"] == "fresh"
    rebuilt = korea("index", "--rebuild", "--corpus", str(corpus_copy))
    assert rebuilt.returncode == 0 and rebuilt.stderr == ""
    assert rebuilt.stdout.splitlines()[2] == "state   rebuilt"


def test_a_warm_index_parses_no_yaml(corpus_copy: Path) -> None:
    korea("who", "--corpus", str(corpus_copy))
    for args in (["who"], ["positions", "--topic", "sanctions"], ["search", "peace regiem"], ["show", "eai"]):
        argv = [*args, "--corpus", str(corpus_copy)]
        probe = f"import sys; from korea_cli.cli import run; run({argv!r}); print(sorted(m for m in ('yaml', 'korea_cli.corpus', 'korea_cli.model', 'rich') if m in sys.modules), file=sys.stderr)"
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
        assert result.stderr.splitlines()[-1] == "[]", args


# -- search: the index's postings agree with the plain in-memory definition -------------------------


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Index, Searcher, list[str]]:
    """The bundled corpus as an index and as an in-memory Searcher over the same passages, with its vocabulary."""
    from korea_cli.layout import bundled_corpus

    root = bundled_corpus()
    assert root is not None
    index = in_memory(root)
    passages = [(p["passage"], p["text"]) for e in ESSAYS for p in queries.passages(index, e) if p["role"] == "body"]
    vocabulary = sorted({w for (w,) in index.rows("SELECT word FROM vocab")})
    return index, Searcher(passages), vocabulary


@pytest.mark.parametrize("text", ["include ardift adrift challenge"])
def test_rankings_hypothesis_once_found_wrong_stay_right(both, text: str) -> None:
    """A typo beside its word ('ardift adrift') matched one word of the text and stood -1 apart: a score above its bound."""
    index, searcher, _ = both
    for limit in (None, 1, 2):
        _same(index, searcher, text, limit)


def _same(index: Index, searcher: Searcher, text: str, limit: int | None) -> None:
    query = parse_query(text)
    total, hits = search(IndexSource(index, all_roles=False), query, limit=limit)
    expected_total, expected = search(searcher, query, limit=None)  # the plain way: score every candidate
    assert total == expected_total == len(expected)
    got = [(h.passage, h.score, h.matches, h.explain()) for h in hits]
    assert got == [(h.passage, h.score, h.matches, h.explain()) for h in expected][: len(got)]
    assert len(got) == (len(expected) if limit is None else min(limit, len(expected)))


def test_the_relevance_suite_ranks_alike_with_and_without_the_index(both) -> None:
    import yaml

    from conftest import TESTS

    index, searcher, _ = both
    for case in yaml.safe_load((TESTS / "cases" / "relevance.yaml").read_text(encoding="utf-8")):
        if not any(k in case for k in ("author", "topic", "essay", "all_roles", "exact")):
            for limit in (None, 1, 3, 20):
                _same(index, searcher, case["query"], limit)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_early_stopping_never_changes_the_ranking(both, data) -> None:
    """Queries of corpus words, misspelt, quoted and excluded at random: the best `limit` are always the plain ranking's first `limit`."""
    index, searcher, vocabulary = both
    words = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=4))
    parts, kinds = [], []
    for word in words:
        kind = data.draw(st.sampled_from(["plain", "plain", "typo", "exclude", "phrase"]))
        kinds.append(kind)
        if kind == "typo" and len(word) > 4:
            at = data.draw(st.integers(1, len(word) - 2))
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        parts.append({"exclude": f"-{word}", "phrase": f'"{word} {data.draw(st.sampled_from(vocabulary))}"'}.get(kind, word))
    text = " ".join(parts)
    if all(kind == "exclude" for kind in kinds):
        with pytest.raises(UsageError, match="at least one word"):  # only exclusions: refused, as the CLI would
            parse_query(text)
        return
    _same(index, searcher, text, data.draw(st.sampled_from([None, 1, 2, 5, 20])))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_asking_which_passages_stand_near_never_changes_the_ranking(both, data, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ranking asks the source which passages stand near enough once it has weighed many (`search.NARROW_AFTER`); asked after
    every passage here, queries of words a passage holds near each other (misspelt at random) still rank as the plain way."""
    from korea_cli import search as search_module

    monkeypatch.setattr(search_module, "NARROW_AFTER", 1)
    index, searcher, _ = both
    words = data.draw(st.sampled_from([w for w in searcher.words_of if len(w) >= 6]))
    start = data.draw(st.integers(0, len(words) - 2))
    picked = [words[start]]
    for _ in range(data.draw(st.integers(1, 3))):
        start = min(len(words) - 1, start + data.draw(st.integers(1, 4)))
        picked.append(words[start])
    if data.draw(st.booleans()):
        k = data.draw(st.integers(0, len(picked) - 1))
        word = picked[k]
        if len(word) > 4:
            picked[k] = word[:2] + word[3] + word[2] + word[4:]
    _same(index, searcher, " ".join(picked), data.draw(st.sampled_from([1, 2, 3, 5])))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_index_finds_the_passages_whose_words_stand_near_as_the_plain_way(both, data) -> None:
    """`IndexSource.near` (FTS5's NEAR over the index's word tokens) against the in-memory definition."""
    index, searcher, vocabulary = both
    source = IndexSource(index, all_roles=False)
    words = data.draw(st.sampled_from(searcher.words_of))  # words of one passage, and now and then any word of the corpus
    forms = st.lists(st.sampled_from(words) | st.sampled_from(vocabulary), min_size=1, max_size=2, unique=True)
    pairs = [(left, [w for w in data.draw(forms) if w not in left]) for left in data.draw(st.lists(forms, min_size=1, max_size=2))]
    pairs = [(left, right) for left, right in pairs if right]
    within = data.draw(st.integers(0, 6))

    def passages(source: Any, bits: int) -> set[str]:
        return {source.passage(member)[0] for member in bitmaps.members(bits)}

    assert passages(source, source.near(pairs, within)) == passages(searcher, searcher.near(pairs, within))


def test_an_essay_with_no_key_left_between_its_neighbours_means_a_quiet_rebuild(corpus_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from korea_cli import index_build

    monkeypatch.setattr(index_build, "KEY_GAP", 1)  # keys 1 and 2: nothing fits between the two seeds
    open_index(corpus_copy)
    copy_essay(corpus_copy, "eai-2019-chun", "fff-between")
    assert assert_same_as_the_files(corpus_copy).status == "rebuilt"


@pytest.mark.parametrize("text", ["DPRK sanctions", "north korea sanctons", "the North denuclearization", "US ROK alliance", "DPRK -china"])
def test_a_query_read_several_ways_ranks_its_best_alike_with_a_limit(both, text: str) -> None:
    """Each way ranked only to the limit, then merged: the same best as every passage scored by every way."""
    index, _, _ = both
    total, everything = queries.search(index, text, limit=None)
    assert len(everything) == total > 0
    for limit in (1, 3, 20):
        limited_total, limited = queries.search(index, text, limit=limit)
        assert limited_total == total
        assert limited == everything[:limit]
