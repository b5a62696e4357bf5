"""The fast path reads the common queries exactly as Typer does, or leaves them to Typer.

Its option table is compared with the Typer app's, option by option; then every documented
invocation (the README's, the help's examples, the expected-output cases) and a list of awkward
ones are parsed both ways, and the `commands` function each path calls must get the same arguments.
"""

from __future__ import annotations

import inspect
import io
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main
import yaml

from korea_cli import cli, commands, fastpath
from korea_cli.environment import Environment
from korea_cli.render import Color, Format

REPO = Path(__file__).resolve().parents[1]


def typer_options(command: str) -> tuple[dict[str, tuple[str, str]], list[str], int]:
    """The options of a Typer command as the fast path's table states them, its arguments, and how many are required."""
    params = typer.main.get_group(cli.app).commands[command].params
    options: dict[str, tuple[str, str]] = {}
    arguments = [p.name for p in params if p.param_type_name == "argument"]
    for param in params:
        if param.param_type_name != "option" or param.name == "help":
            continue
        kind = type(param.type).__name__
        takes = "flag" if param.is_flag else {"IntRange": "count", "STRING": "text", "StringParamType": "text"}.get(kind, kind)
        if kind.endswith("Choice"):  # the fast path knows two choices: the formats and the colour modes, case-insensitive
            choices = [getattr(c, "value", c) for c in param.type.choices]
            takes = {tuple(Format): "format", tuple(Color): "color"}.get(tuple(choices), f"choice of {choices}")
            assert not param.type.case_sensitive
        for name in (*param.opts, *param.secondary_opts):
            options[name] = (param.name, takes)
    required = sum(1 for p in params if p.param_type_name == "argument" and p.required)
    return options, arguments, required


@pytest.mark.parametrize("command", fastpath.SPECS)
def test_the_fast_paths_table_is_the_typer_apps(command: str) -> None:
    spec = fastpath.SPECS[command]
    options, arguments, required = typer_options(command)
    assert {name: tuple(option) for name, option in spec.options.items()} == options
    assert (list(spec.arguments), spec.required) == (arguments, required)


def test_the_fast_path_serves_the_query_commands_and_no_other() -> None:
    assert set(fastpath.SPECS) == set(commands.QUERIES) <= set(cli.COMMANDS)


def documented_invocations() -> list[list[str]]:
    """Every `korea …` the README, the help's examples and the expected-output cases show, as argument lists."""
    found: list[str] = []
    for text in ((REPO / "README.md").read_text(encoding="utf-8"), (REPO / "docs" / "cli.md").read_text(encoding="utf-8")):
        found += [m.group(1) for m in re.finditer(r"^\s*(?:\$ |[|] |)korea ((?:[^|\n])+)", text, flags=re.M)]
    invocations = []
    for line in found:
        try:
            invocations.append(shlex.split(line.split(" | ")[0].split(" > ")[0]))
        except ValueError:
            continue
    cases = yaml.safe_load((REPO / "tests" / "cases" / "outputs.yaml").read_text(encoding="utf-8"))
    invocations += [case["args"] for case in cases]
    return [args for args in invocations if args]


AWKWARD = [
    ["who", "--format=json"],
    ["who", "-fjson"],
    ["who", "-f=json"],
    ["who", "-f", "JSON"],
    ["who", "--format", "xml"],
    ["--corpus", "corpus", "who"],
    ["-f", "json", "who", "lee"],
    ["who", "lee", "swanstrom"],
    ["who", "--topic", "sanctions", "--topic", "peace-regime"],
    ["who", "--topic"],
    ["who", "--topic", "-x"],
    ["who", "--help"],
    ["who", "-h"],
    ["who", "--", "lee"],
    ["positions", "--reviewed=yes"],
    ["positions", "-s", "skeptical", "-a", "swanstrom", "-m", "CVID"],
    ["positions", "--color", "NEVER", "--no-pager", "--no-color"],
    ["preconditions", "--for", "denuclearization", "--held-by", "author", "--series", "four-tasks"],
    ["search"],
    ["search", "peace", "regime"],
    ["search", "peace", "-n", "0", "-C", "3", "--count", "--exact", "--explain", "--full", "--all", "--reviewed"],
    ["search", "peace", "--limit", "-1"],
    ["search", "peace", "--limit", "+5"],
    ["search", "peace", "--limit", "٣"],
    ["search", "peace", "-withdrawal"],
    ["search", "-", "--count"],
    ["search", "--", "-peace"],
    ["search", "peace", "--nonesuch"],
    ["essays", "extra"],
    ["topics", "--corpus=corpus", "--format=md"],
]


def recorded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any]]]:
    """Replace each query command with one that records the arguments it got (defaults filled in) and answers 0."""
    calls: list[tuple[str, dict[str, Any]]] = []
    for name, function in list(commands.QUERIES.items()):

        def record(*args: Any, _name: str = name, _function: Any = function, **kwargs: Any) -> int:
            bound = inspect.signature(_function).bind(*args, **kwargs)
            bound.apply_defaults()
            calls.append((_name, dict(bound.arguments)))
            return 0

        monkeypatch.setitem(commands.QUERIES, name, record)
        monkeypatch.setattr(commands, name, record)
    return calls


def quiet() -> Environment:
    return Environment(stdin=io.StringIO("peace"), stdout=io.StringIO(), stderr=io.StringIO(), stdin_isatty=False, stdout_isatty=False, stderr_isatty=False)


@pytest.mark.parametrize("args", documented_invocations() + AWKWARD, ids=lambda args: " ".join(args))
def test_a_fast_answer_is_the_answer_typer_gives(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    calls = recorded(monkeypatch)
    fast = fastpath.answer(args, quiet())
    fast_calls = list(calls)
    calls.clear()
    typer_code = cli.run(args, quiet())
    capsys.readouterr()
    if fast is None:
        assert fast_calls == []
        return
    assert (fast, fast_calls) == (typer_code, calls)


def test_most_documented_queries_take_the_fast_path() -> None:
    queries = [args for args in documented_invocations() if args[0] in fastpath.SPECS]
    fast = [args for args in queries if fastpath.parse(args) is not None]
    assert len(queries) >= 40 and len(fast) >= 0.8 * len(queries), [args for args in queries if fastpath.parse(args) is None]


@pytest.mark.parametrize(
    "args", [["who"], ["positions", "--topic", "sanctions"], ["search", "peace regiem"], ["search", "withdrawal"], ["essays", "-f", "json"]]
)
def test_a_common_query_on_a_warm_index_imports_no_typer_rich_or_yaml(args: list[str]) -> None:
    """Nor `dataclasses` (it imports `inspect`) or Snowball's other languages: each a tenth of a query's start-up."""
    subprocess.run([sys.executable, "-m", "korea_cli", "index"], capture_output=True, timeout=60, check=True)  # warm: a build reads YAML
    heavy = ("typer", "click", "rich", "yaml", "dataclasses", "snowballstemmer.french_stemmer")
    probe = f"import sys; from korea_cli.entry import run; code = run({args!r}); print(code, sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stderr.splitlines()[-1] == "0 []", result.stderr
