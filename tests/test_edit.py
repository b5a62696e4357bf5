"""`korea edit`: a hand-edited record is checked before it is saved, reopened with its problems until it passes or is given up."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from conftest import korea
from korea_cli import edit as editing
from korea_cli.corpus import load
from korea_cli.errors import UsageError

RECORD = "essays/eai-2019-chun.yaml"


def editor_script(tmp_path: Path, *steps: str) -> str:
    """An $EDITOR that, on its n-th run, applies step n: 'A=>B' replaces A by B, 'keep' saves unchanged, 'empty' empties the file."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        f"steps = {list(steps)!r}\n"
        f"count = pathlib.Path({str(tmp_path / 'runs')!r})\n"
        "n = int(count.read_text()) if count.exists() else 0\n"
        "count.write_text(str(n + 1))\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "step = steps[n]\n"
        "if step == 'empty':\n    path.write_text('')\n"
        "elif step != 'keep':\n    old, new = step.split('=>')\n    path.write_text(path.read_text().replace(old, new, 1))\n",
        encoding="utf-8",
    )
    return f"{sys.executable} {script}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_valid_edit_is_saved(corpus_copy: Path, tmp_path: Path) -> None:
    result = korea("edit", "eai", "--corpus", str(corpus_copy), env={"EDITOR": editor_script(tmp_path, "review: reviewed=>review: draft")})
    assert (result.returncode, result.stdout, result.stderr) == (0, f"saved {corpus_copy / RECORD}\n", "")
    assert load(corpus_copy).essays["eai-2019-chun"].review == "draft"
    positions = korea("positions", "--author", "chun", "--format", "tsv", "--corpus", str(corpus_copy)).stdout
    assert all(line.split("\t")[7] == "draft" for line in positions.splitlines())


def test_a_broken_edit_is_reopened_with_its_problems_until_fixed(corpus_copy: Path, tmp_path: Path) -> None:
    seen = tmp_path / "seen.yaml"
    script = editor_script(tmp_path, "stance: conditional=>stance: maybe", "stance: maybe=>stance: skeptical")
    # The second run keeps a copy of what the editor was shown, then fixes the stance.
    wrapper = tmp_path / "wrapper.sh"
    wrapper.write_text(f'#!/bin/sh\nif [ "$(cat {tmp_path}/runs 2>/dev/null)" = 1 ]; then cp "$1" {seen}; fi\nexec {script} "$1"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    result = korea("edit", "eai", "--corpus", str(corpus_copy), env={"EDITOR": str(wrapper)})
    assert (result.returncode, result.stdout, result.stderr) == (0, f"saved {corpus_copy / RECORD}\n", "")
    shown = seen.read_text(encoding="utf-8").splitlines()
    assert shown[0] == (
        "# korea: essays/eai-2019-chun.yaml:63: position at line 61: unknown stance 'maybe'; use one of: supports, opposes, conditional, skeptical, observes"
    )
    assert shown[1].startswith("# korea: lines count from the first line after these comments")
    assert "stance: skeptical" in (corpus_copy / RECORD).read_text(encoding="utf-8")
    assert "# korea:" not in (corpus_copy / RECORD).read_text(encoding="utf-8")


@pytest.mark.parametrize("give_up", ["keep", "empty"])
def test_giving_up_writes_nothing(corpus_copy: Path, tmp_path: Path, give_up: str) -> None:
    before = digest(corpus_copy / RECORD)
    result = korea("edit", "eai", "--corpus", str(corpus_copy), env={"EDITOR": editor_script(tmp_path, "stance: conditional=>stance: maybe", give_up)})
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith(f"korea: gave up: nothing written to {corpus_copy / RECORD}")
    if give_up == "keep":  # the edit is kept where the person can find it, in the temporary folder (the test's own)
        kept = result.stderr.strip().rpartition("; your edit is kept in ")[2]
        assert Path(kept).read_text(encoding="utf-8").count("stance: maybe") == 1
    assert result.stderr.count("\n") == 1
    assert digest(corpus_copy / RECORD) == before


def test_an_edit_that_changes_nothing_says_so(corpus_copy: Path, tmp_path: Path) -> None:
    result = korea("edit", "eai", "--corpus", str(corpus_copy), env={"EDITOR": editor_script(tmp_path, "keep")})
    assert (result.returncode, result.stdout) == (0, f"no change to {corpus_copy / RECORD}\n")


def test_an_edit_never_overwrites_a_change_made_meanwhile(corpus_copy: Path) -> None:
    record = corpus_copy / RECORD

    def editor(path: Path) -> None:
        record.write_text(record.read_text(encoding="utf-8").replace("stance: observes", "stance: skeptical", 1), encoding="utf-8")  # someone else
        path.write_text(path.read_text(encoding="utf-8").replace("review: reviewed", "review: draft"), encoding="utf-8")

    with pytest.raises(UsageError, match="changed while you edited it; nothing was written"):
        editing.edit(corpus_copy, "eai-2019-chun", editor)
    assert "review: reviewed" in record.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("editor", "stderr"),
    [
        (
            "/nonexistent/editor",
            "korea: cannot run the editor '/nonexistent/editor' ([Errno 2] No such file or directory: '/nonexistent/editor'); set $EDITOR to one that works\n",
        ),
        ("false", "korea: the editor 'false' exited with status 1; nothing was written\n"),
    ],
    ids=["missing", "failing"],
)
def test_an_editor_that_cannot_run_is_one_line(corpus_copy: Path, editor: str, stderr: str) -> None:
    before = digest(corpus_copy / RECORD)
    result = korea("edit", "eai", "--corpus", str(corpus_copy), env={"EDITOR": editor, "VISUAL": ""})
    assert (result.returncode, result.stdout, result.stderr) == (2, "", stderr)
    assert digest(corpus_copy / RECORD) == before
    assert not [name for name in os.listdir(corpus_copy / "essays") if name.startswith(".")]
