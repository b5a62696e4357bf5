"""The documentation is true: the CLI reference is the app's own help, and the documented fields are the real ones.

After changing a command's help: `python tests/test_docs.py` rewrites docs/cli.md.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import corpus_with_sequencing, korea
from korea_cli import cli

REPO = Path(__file__).resolve().parents[1]
CLI_REFERENCE = REPO / "docs" / "cli.md"
OUTPUT_DOC = (REPO / "docs" / "output.md").read_text(encoding="utf-8")
README = (REPO / "README.md").read_text(encoding="utf-8")


def defined_commands() -> list[str]:
    """Every command the app defines, in the order it defines them: its commands, then its groups (`annotate`)."""
    return [*cli.COMMANDS, *cli.GROUPS]


def listed_commands() -> list[str]:
    """The commands `korea --help` lists, in its order."""
    listed = korea("--help", env={"COLUMNS": "80"}).stdout.split("Commands:\n", 1)[1]
    return [line.split()[0] for line in listed.splitlines() if line.startswith("  ") and not line.startswith("   ")]


COMMANDS = defined_commands()


def cli_reference() -> str:
    sections = ["# CLI reference\n\nGenerated from `korea --help`; `python tests/test_docs.py` rewrites it.\n"]
    for args in ([], *([command] for command in COMMANDS)):
        title = " ".join(["korea", *args])
        sections.append(f"## `{title}`\n\n```text\n{korea(*args, '--help', env={'COLUMNS': '80'}).stdout.rstrip()}\n```\n")
    return "\n".join(sections)


def test_cli_reference_is_the_apps_help() -> None:
    assert CLI_REFERENCE.read_text(encoding="utf-8") == cli_reference(), "docs/cli.md is stale: run `python tests/test_docs.py`"


def test_every_command_is_listed_and_summarised_in_one_line() -> None:
    assert listed_commands() == COMMANDS and len(COMMANDS) >= 17
    summaries = korea("--help", env={"COLUMNS": "80"}).stdout.split("Commands:\n", 1)[1].splitlines()
    assert all(line.strip() and not line.endswith("...") for line in summaries)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_examples_and_a_tour_stop(command: str) -> None:
    help_text = korea(command, "--help").stdout
    assert "Examples:\n" in help_text and f"korea {command}" in help_text.split("Examples:", 1)[1]
    assert re.search(rf"^\$ korea {command}\b", README, flags=re.M), f"the README tour has no example of `korea {command}`"


@pytest.mark.parametrize(
    ("command", "section"),
    [
        (["who", "--format", "json"], "korea who"),
        (["who", "lee", "--format", "json"], "korea who NAME"),
        (["essays", "--format", "json"], "korea essays"),
        (["topics", "--format", "json"], "korea topics"),
        (["show", "isdp", "--format", "json"], "korea show"),
        (["quote", "isdp:5", "--cite", "--format", "json"], "korea quote"),
        (["quote", "--verify", "the peace regime lies at the heart of any peace treaty", "--format", "json"], "korea quote --verify"),
        (["positions", "--format", "json"], "korea positions"),
        (["preconditions", "--format", "json"], "korea preconditions"),
        (["search", "peace regiem", "--explain", "--format", "json"], "korea search"),
        (["compare", "--format", "json"], "korea compare"),
        (["graph", "--format", "json"], "korea graph"),
        (["conflicts", "--format", "json", "SEQUENCING"], "korea conflicts"),
        (["similar", "eai-2019-chun:7", "--format", "json"], "korea similar"),
        (["versus", "chun", "swanstrom", "--format", "json"], "korea versus"),
        (["coverage", "--format", "json"], "korea coverage"),
        (["check", "--format", "json"], "korea check"),
        (["index", "--format", "json"], "korea index"),
        (
            ["add", str(REPO / "tests" / "cases" / "essays" / "single-author.txt"), "--corpus", str(REPO / "corpus"), "--dry-run", "--format", "json"],
            "korea add",
        ),
    ],
)
def test_every_json_field_is_documented(command: list[str], section: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    if "SEQUENCING" in command:  # a corpus in which the command has something to say
        command = [*command[:-1], "--corpus", str(corpus_with_sequencing(tmp_path_factory.getbasetemp()))]
    records = json.loads(korea(*command).stdout)
    assert records, f"{command} answers nothing: no field is checked"
    records = records if isinstance(records, list) else [records]
    documented = OUTPUT_DOC.split(f"## `{section}`", 1)[1].split("\n## ", 1)[0]
    fields = {key for record in records for key in record}
    missing = sorted(f for f in fields if f"`{f}`" not in documented)
    assert not missing, f"fields of `{section}` not in docs/output.md: {missing}"


if __name__ == "__main__":
    CLI_REFERENCE.write_text(cli_reference(), encoding="utf-8")
    print(f"wrote {CLI_REFERENCE}")


def test_every_test_the_reliability_table_cites_exists() -> None:
    table = (REPO / "docs" / "reliability.md").read_text(encoding="utf-8")
    cited = re.findall(r"`(tests/[\w/]+\.py)::(\w+)", table)
    assert len(cited) >= 15
    for path, name in cited:
        assert re.search(rf"^def {name}\(", (REPO / path).read_text(encoding="utf-8"), flags=re.M), (
            f"{path}::{name} is cited in docs/reliability.md but does not exist"
        )


CORPUS_DOC = (REPO / "docs" / "corpus.md").read_text(encoding="utf-8")
SECTIONS = {
    "codebook.yaml": ("codebook", "topic", "stance", "goal", "holder"),
    "authors/": ("author",),
    "essays/&lt;essay-id&gt;.yaml": ("essay", "fact", "passage", "affiliation", "position", "precondition"),
}


@pytest.mark.parametrize("section", SECTIONS)
def test_every_field_of_the_corpus_schema_is_documented_where_its_file_is(section: str) -> None:
    from korea_cli.corpus import SCHEMA

    text = CORPUS_DOC.split(f"\n## {section}", 1)[1].split("\n## ", 1)[0]
    missing = [f"{kind}.{name}" for kind in SECTIONS[section] for name in SCHEMA[kind].names() if f"`{name}`" not in text and f"{name}:" not in text]
    assert not missing, f"fields not in the {section} section of docs/corpus.md: {missing}"
    assert {kind for kinds in SECTIONS.values() for kind in kinds} == set(SCHEMA)
