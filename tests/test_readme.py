"""The README tells the truth: its quick start is two commands, and every example prints what it shows.

A `console` block holds `$ command` lines, each followed by its output. A
command with no pipe runs on a 100-column pseudo-terminal, as a user at a
terminal would see it; one with a pipe or `;` runs in a shell.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import korea_on_screen

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def console_examples() -> list[tuple[str, str]]:
    examples = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output))
    return examples


def quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, flags=re.S)
    assert block, "the quick start has a sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_is_two_commands_install_and_run_then_test() -> None:
    first, second = quick_start()
    assert "pip install" in first and first.endswith("korea who")
    assert "pytest" in second


def shown(command: str) -> str:
    """What a user sees for `command`: on a terminal, or from a shell pipeline (stderr included)."""
    if "|" in command or ";" in command:
        bindir = str(Path(sys.executable).parent)
        env = {**os.environ, "PATH": bindir + os.pathsep + os.environ["PATH"]}
        result = subprocess.run(["bash", "-c", command], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO, env=env, timeout=60)
        return result.stdout
    args = shlex.split(command)
    assert args[0] == "korea"
    return korea_on_screen(*args[1:], env={"NO_COLOR": "1"})[1]


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


@pytest.mark.parametrize(("command", "output"), console_examples(), ids=[c for c, _ in console_examples()])
def test_readme_example(command: str, output: str) -> None:
    if "jq" in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    assert lines(shown(command)) == lines(output)


if __name__ == "__main__":
    # Rewrite every example's output with what it prints now; read the diff before committing.
    def fill(block: re.Match[str]) -> str:
        commands = re.findall(r"^\$ (.*)$", block.group(1), flags=re.M)
        return "```console\n" + "".join(f"$ {c}\n" + "".join(line + "\n" for line in lines(shown(c))) for c in commands) + "```"

    (REPO / "README.md").write_text(re.sub(r"```console\n(.*?)```", fill, README, flags=re.S), encoding="utf-8")
    print("rewrote README.md examples")
