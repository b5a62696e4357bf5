"""Every command end to end, in a pipe and on a terminal: cases as data in cases/outputs.yaml."""

from __future__ import annotations

import os

import pytest
import yaml

from conftest import EXPECTED, TESTS, corpus_with_sequencing, korea, korea_on_screen

CASES = yaml.safe_load((TESTS / "cases" / "outputs.yaml").read_text(encoding="utf-8"))
UPDATE = os.environ.get("KOREA_UPDATE_EXPECTED") == "1"


def screen(text: str) -> list[str]:
    """Lines as a reader sees them: trailing blanks carry nothing."""
    return [line.rstrip() for line in text.splitlines()]


@pytest.mark.parametrize(
    "case", CASES, ids=[" ".join(c["args"]) + (f" (terminal, {c.get('columns', 100)} columns)" if c.get("terminal") else "") for c in CASES]
)
def test_output(case: dict, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = EXPECTED / case["name"]
    args = case["args"]
    if case.get("corpus") == "sequencing":  # the bundled corpus with tests/cases/sequencing added
        args = [*args, "--corpus", str(corpus_with_sequencing(tmp_path_factory.getbasetemp()))]
    if case.get("terminal"):
        code, stdout = korea_on_screen(*args, columns=case.get("columns", 100), env={"NO_COLOR": "1"})
        assert code == case.get("exit", 0)
        if UPDATE:
            path.write_text("".join(line + "\n" for line in screen(stdout)), encoding="utf-8")
        assert screen(stdout) == screen(path.read_text(encoding="utf-8"))
        return
    result = korea(*args, stdin=case.get("stdin", ""))
    assert (result.returncode, result.stderr) == (case.get("exit", 0), case.get("stderr", ""))
    if UPDATE and case["name"] != "empty":
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")
    assert "\x1b[" not in result.stdout
