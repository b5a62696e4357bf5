"""The benchmark corpus generator writes a valid corpus, the same one every time; compare.py times two trees alike."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from korea_cli.corpus import validate

MAKE_CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "make_corpus.py"


def make(out: Path, essays: int = 12) -> None:
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--essays", str(essays), str(out)], check=True, capture_output=True, timeout=120)


def test_synthetic_corpus_passes_check(tmp_path: Path) -> None:
    make(tmp_path / "corpus")
    corpus, problems = validate(tmp_path / "corpus")
    assert [str(p) for p in problems] == []
    assert corpus is not None and len(corpus.essays) == 12
    assert all(1 <= len(essay.authors) <= 4 for essay in corpus.essays.values())
    assert corpus.positions and corpus.preconditions


def test_synthetic_corpus_is_deterministic(tmp_path: Path) -> None:
    make(tmp_path / "a")
    make(tmp_path / "b")
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert files and all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)


def test_a_realistic_vocabulary_has_many_rare_words_and_still_passes_check(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(MAKE_CORPUS), "--essays", "40", "--vocabulary", "realistic", str(tmp_path / "real")], check=True, capture_output=True, timeout=120
    )
    make(tmp_path / "seed", essays=40)
    corpus, problems = validate(tmp_path / "real")
    assert [str(p) for p in problems] == [] and corpus is not None

    def words(root: Path) -> set[str]:
        return {word for path in (root / "essays").glob("*.txt") for word in re.findall(r"[a-z]+", path.read_text(encoding="utf-8").lower())}

    assert len(words(tmp_path / "real")) > 2 * len(words(tmp_path / "seed"))


def test_compare_times_two_trees_and_checks_they_answer_alike(tmp_path: Path) -> None:
    """benchmarks/compare.py on the bundled corpus, one round, the same tree on both sides: a table, and the same output."""
    from korea_cli.layout import bundled_corpus

    compare = Path(__file__).resolve().parents[1] / "benchmarks" / "compare.py"
    src = str(Path(__file__).resolve().parents[1] / "src")
    done = subprocess.run(
        [sys.executable, str(compare), src, src, "--size", str(bundled_corpus()), "--runs", "1", "--cache", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ") and not line.startswith("| query")]
    assert [row.split(" | ")[0].strip("| ") for row in rows] == ["who", "positions", "search"]
    assert all(row.rstrip(" |").endswith("yes") for row in rows)
