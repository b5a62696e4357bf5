"""A build shared among processes writes exactly the rows one process writes, and reports exactly the same problems."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import corpus_with_sequencing
from korea_cli import corpus as corpus_module
from korea_cli.errors import CorpusError
from korea_cli.index_build import build


def rows(root: Path, workers: int) -> list[str]:
    db = sqlite3.connect(":memory:", isolation_level=None)
    build(db, root, b"stamps", None, workers)
    return [line for line in db.iterdump() if "'updated'" not in line]  # the build's own time aside


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="processes are forked only where they can be")
def test_two_processes_write_the_rows_one_writes(tmp_path_factory: pytest.TempPathFactory) -> None:
    root = corpus_with_sequencing(tmp_path_factory.mktemp("parallel"))
    alone = rows(root, 1)
    assert rows(root, 2) == alone and rows(root, 3) == alone
    assert any(line.startswith('INSERT INTO "passage_topics"') for line in alone)


def test_a_broken_corpus_reports_the_same_problems_read_by_several(tmp_path: Path, bundled: Path) -> None:
    root = Path(shutil.copytree(bundled, tmp_path / "corpus"))
    for essay in (root / "essays").glob("*.yaml"):
        essay.write_text(essay.read_text(encoding="utf-8").replace("stance: supports", "stance: adores", 1), encoding="utf-8")
    (root / "essays" / "zz-missing-text.yaml").write_text((root / "essays" / "eai-2019-chun.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    alone = corpus_module.validate(root, workers=1)[1]
    shared = corpus_module.validate(root, workers=2)[1]
    assert [str(p) for p in shared] == [str(p) for p in alone] and len(alone) >= 3
    with pytest.raises(CorpusError) as one:
        corpus_module.load(root, workers=1)
    with pytest.raises(CorpusError) as two:
        corpus_module.load(root, workers=2)
    assert str(two.value) == str(one.value)


def test_a_build_stops_at_the_first_problem_as_loading_does(tmp_path: Path, bundled: Path) -> None:
    root = Path(shutil.copytree(bundled, tmp_path / "corpus"))
    for essay in (root / "essays").glob("*.yaml"):
        essay.write_text(essay.read_text(encoding="utf-8").replace("stance: supports", "stance: adores", 1), encoding="utf-8")
    with pytest.raises(CorpusError) as loaded:
        corpus_module.load(root)
    for workers in (1, 2):
        with pytest.raises(CorpusError) as built:
            rows(root, workers)
        assert (str(built.value), built.value.file, built.value.line) == (str(loaded.value), loaded.value.file, loaded.value.line)
    (root / "codebook.yaml").write_text("topics: [\n", encoding="utf-8")  # no codebook: nothing can be written, every problem still counted
    with pytest.raises(CorpusError) as loaded:
        corpus_module.load(root)
    with pytest.raises(CorpusError) as built:
        rows(root, 2)
    assert str(built.value) == str(loaded.value)
