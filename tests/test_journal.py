"""The journal: a change to the corpus lands whole or not at all, and what a killed writer left is settled by the next process."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from conftest import korea
from korea_cli import journal
from korea_cli.corpus import validate
from korea_cli.errors import CorpusError

CHANGE = {
    "authors/kim-ha-na.yaml": b'id: kim-ha-na\nname: "Kim Ha-na"\n',
    "essays/a-view.txt": b"A View\n\nBy Kim Ha-na\n\nPeace needs patience and trust on both sides of the border.\n",
    "essays/a-view.yaml": b"",  # filled in by the fixture: a record that passes check
}


def snapshot(root: Path) -> dict[str, str]:
    """Every corpus file and its digest (the journal's own folder aside); hidden files count, so residue shows."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and journal.STATE_DIR not in p.relative_to(root).parts
    }


@pytest.fixture
def change(corpus_copy: Path) -> dict[str, bytes]:
    """A valid addition: a new author, an essay's text and its record."""
    text = CHANGE["essays/a-view.txt"]
    record = (
        "id: a-view\n"
        f"text_sha256: {hashlib.sha256(text).hexdigest()}\n"
        "title: {value: A View, basis: stated}\n"
        "publisher: {value: null}\ndate: {value: null}\nurl: {value: null}\n"
        "authors: [kim-ha-na]\n"
        "passages:\n"
        "  - {n: 1, role: title}\n  - {n: 2, role: byline, author: kim-ha-na}\n  - {n: 3, role: body, author: kim-ha-na}\n"
    )
    return {**CHANGE, "essays/a-view.yaml": record.encode()}


def test_a_change_lands_whole(corpus_copy: Path, change: dict[str, bytes]) -> None:
    made = journal.commit(corpus_copy, lambda: change)
    assert made == change
    assert all((corpus_copy / path).read_bytes() == data for path, data in change.items())
    assert validate(corpus_copy)[1] == []
    assert os.listdir(corpus_copy / journal.STATE_DIR) == [journal.LOCK_NAME]  # no residue


def test_a_refused_change_writes_nothing(corpus_copy: Path, change: dict[str, bytes]) -> None:
    before = snapshot(corpus_copy)

    def refuse() -> dict[str, bytes]:
        raise ValueError("refused")

    with pytest.raises(ValueError, match="refused"):
        journal.commit(corpus_copy, refuse)
    assert snapshot(corpus_copy) == before


def test_a_write_failing_before_the_commit_point_leaves_nothing(corpus_copy: Path, change: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(corpus_copy)
    real_fsync = os.fsync
    calls = []

    def disk_full(descriptor: int) -> None:
        calls.append(descriptor)
        if len(calls) == 2:  # the second file staged
            raise OSError(28, "No space left on device")
        real_fsync(descriptor)

    monkeypatch.setattr(journal.os, "fsync", disk_full)
    with pytest.raises(CorpusError, match="No space left on device; nothing was changed"):
        journal.commit(corpus_copy, lambda: change)
    assert snapshot(corpus_copy) == before
    assert os.listdir(corpus_copy / journal.STATE_DIR) == [journal.LOCK_NAME]


def test_a_change_cut_after_the_commit_point_is_finished_by_the_next_reader(
    corpus_copy: Path, change: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace
    moves = []

    def killed(source: str, target: str) -> None:
        moves.append(target)
        if len(moves) == 2:  # the author and the text are in place, the record is not
            raise SystemExit("killed")
        real_replace(source, target)

    monkeypatch.setattr(journal.os, "replace", killed)
    with pytest.raises(SystemExit):
        journal.commit(corpus_copy, lambda: change)
    monkeypatch.setattr(journal.os, "replace", real_replace)
    assert (corpus_copy / journal.STATE_DIR / journal.COMMIT_NAME).is_dir()
    assert not (corpus_copy / "essays/a-view.txt").exists()
    assert journal.settle(corpus_copy) is True  # what every command does first
    assert all((corpus_copy / path).read_bytes() == data for path, data in change.items())
    assert validate(corpus_copy)[1] == []
    assert journal.settle(corpus_copy) is False  # and then there is nothing left to do


def test_settling_twice_is_harmless(corpus_copy: Path, change: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    # Killed while settling: the second settle finds some files moved and some not, and finishes the rest.
    monkeypatch.setattr(journal, "_apply", lambda root, committed: None)
    journal.commit(corpus_copy, lambda: change)
    monkeypatch.undo()
    (staged,) = [name for name in os.listdir(corpus_copy / "authors") if name.startswith(".korea-")]
    os.replace(corpus_copy / "authors" / staged, corpus_copy / "authors/kim-ha-na.yaml")  # one file moved before the kill
    assert journal.settle(corpus_copy) is True
    assert all((corpus_copy / path).read_bytes() == data for path, data in change.items())


def test_a_pending_change_is_dropped_once_no_writer_is_at_work(corpus_copy: Path, change: dict[str, bytes]) -> None:
    pending = corpus_copy / journal.STATE_DIR / f"{journal.PENDING_PREFIX}dead"
    pending.mkdir(parents=True)
    (pending / journal.MANIFEST).write_text('[{"path": "essays/x.txt", "data": "essays/.korea-dead-0"}]', encoding="utf-8")
    staged = corpus_copy / "essays" / ".korea-dead-0"
    staged.write_bytes(b"half")
    with journal.lock(corpus_copy):  # a writer at work: what it staged is its own, and invisible to readers
        assert journal.settle(corpus_copy) is False
    assert pending.exists() and staged.exists()
    assert journal.settle(corpus_copy) is True  # no writer: any command clears it
    assert not pending.exists() and not staged.exists()


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ('[{"path": "../victim.txt", "data": null}]', "is not one korea wrote"),
        ('[{"path": "essays/stolen.txt", "data": "/tmp/victim.txt"}]', "is not one korea wrote"),
        ('[{"path": "essays/x.txt", "data": "../victim.txt"}]', "is not one korea wrote"),
        ('[{"path": ".korea/lock", "data": null}]', "is not one korea wrote"),
        ('["x"]', "is not one korea wrote"),
        ('{"a": 1}', "is not one korea wrote"),
        ("[null]", "is not one korea wrote"),
        ("5", "is not one korea wrote"),
        ("{not json", "cannot be read"),
    ],
    ids=["delete outside", "move in from outside", "move out", "the lock", "a string", "a mapping", "null", "a number", "not JSON"],
)
def test_a_journal_korea_did_not_write_is_refused_never_followed(corpus_copy: Path, tmp_path: Path, manifest: str, message: str) -> None:
    victim = corpus_copy.parent / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    committed = corpus_copy / journal.STATE_DIR / journal.COMMIT_NAME
    committed.mkdir(parents=True)
    (committed / journal.MANIFEST).write_text(manifest, encoding="utf-8")
    before = snapshot(corpus_copy)
    with pytest.raises(CorpusError, match=message):
        journal.settle(corpus_copy)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert snapshot(corpus_copy) == before
    result = korea("who", "--corpus", str(corpus_copy))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("korea: the journal ") and result.stderr.count("\n") == 1


def test_a_file_where_the_journal_folder_belongs_is_one_line(corpus_copy: Path) -> None:
    (corpus_copy / journal.STATE_DIR).mkdir()
    (corpus_copy / journal.STATE_DIR / journal.COMMIT_NAME).write_text("not a folder", encoding="utf-8")
    result = korea("who", "--corpus", str(corpus_copy))
    assert (result.returncode, result.stderr) == (2, f"korea: {corpus_copy}/.korea/commit is not a journal korea wrote (it is not a folder); remove it\n")


@pytest.mark.parametrize("path", ["../outside.txt", "/etc/passwd", ".korea/lock", "essays/./x.txt", ""])
def test_a_change_names_only_corpus_files(corpus_copy: Path, path: str) -> None:
    with pytest.raises(ValueError, match="not a corpus file"):
        journal.commit(corpus_copy, lambda: {path: b"x"})
    assert not (corpus_copy.parent / "outside.txt").exists()
