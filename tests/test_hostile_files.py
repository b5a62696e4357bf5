"""Property-based: corpus files broken in any way give an exit code and one line, never a traceback or a hang.

Hypothesis takes a copy of the bundled corpus and breaks one file: a value
swapped for a hostile YAML snippet or arbitrary text, a line dropped or
doubled, text inserted, the file cut short or replaced by arbitrary bytes.
Then the commands a user would run next run in this process, where an
exception escaping `cli.run` is the traceback a user would see.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from korea_cli import cli
from korea_cli.layout import bundled_corpus

FILES = ["codebook.yaml", "authors/lee-sangsoo.yaml", "essays/eai-2019-chun.yaml", "essays/isdp-2018-new-dawn.yaml", "essays/eai-2019-chun.txt"]

SNIPPETS = [
    "!!int abc",
    "!!bool maybe",
    "!!float x",
    "!!python/object/apply:os.system ['true']",
    "!!binary AAA",
    "2018-02-30",
    "2019-03-04",
    "9" * 5000,
    "0x" + "f" * 300,
    "1e400",
    ".nan",
    "~",
    "[]",
    "{}",
    "[" * 300,
    "{a: " * 100,
    "&anchor value",
    "*anchor",
    "'unterminated",
    '"unterminated',
    "|\n  a block",
    ">-\n  folded",
    "? complex key",
    "@reserved",
    "`reserved",
    "- a list\n- in place",
    "a: b: c",
    "\x00",
    "\x1b[2J\x1b]0;pwned\x07",
    "\u202eevil",
    "Swanstro\u0308m",
    "평화",
    "",
]

VALUE = re.compile(r"(?m)(?<=: )\S.*$")

MUTATIONS = st.one_of(
    st.tuples(st.just("value"), st.integers(0, 10_000), st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=30))),
    st.tuples(st.just("drop line"), st.integers(0, 10_000), st.just("")),
    st.tuples(st.just("double line"), st.integers(0, 10_000), st.just("")),
    st.tuples(st.just("insert"), st.integers(0, 100_000), st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=40))),
    st.tuples(st.just("cut"), st.integers(0, 100_000), st.just("")),
    st.tuples(st.just("bytes"), st.integers(0, 0), st.binary(max_size=200).map(lambda b: b.decode("latin-1"))),
)


def mutate(source: str, kind: str, at: int, new: str) -> bytes:
    """`source` broken in one way, as bytes (a 'bytes' mutation may not be UTF-8)."""
    lines = source.splitlines(keepends=True)
    if kind == "value":
        values = list(VALUE.finditer(source))
        if values:
            match = values[at % len(values)]
            source = source[: match.start()] + new + source[match.end() :]
    elif kind == "drop line":
        del lines[at % len(lines)]
        source = "".join(lines)
    elif kind == "double line":
        i = at % len(lines)
        source = "".join([*lines[: i + 1], lines[i], *lines[i + 1 :]])
    elif kind == "insert":
        i = at % (len(source) + 1)
        source = source[:i] + new + source[i:]
    elif kind == "cut":
        source = source[: at % (len(source) + 1)]
    elif kind == "bytes":
        return new.encode("latin-1")
    return source.encode("utf-8", "surrogatepass")


COMMANDS = [["check"], ["who"], ["positions", "--topic", "sanctions"], ["search", "peace regiem"], ["show", "isdp"], ["export", "--format", "csv"]]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(file=st.sampled_from(FILES), mutation=MUTATIONS, command=st.sampled_from(COMMANDS))
def test_a_broken_corpus_file_gives_an_exit_code_and_never_a_traceback(file: str, mutation: tuple[str, int, str], command: list[str], capsys) -> None:
    bundled = bundled_corpus()
    assert bundled is not None
    with tempfile.TemporaryDirectory() as folder:
        root = Path(shutil.copytree(bundled, Path(folder) / "corpus"))
        path = root / file
        path.write_bytes(mutate(path.read_text(encoding="utf-8"), *mutation))
        code = cli.run([*command, "--corpus", str(root)])  # an exception escaping here is the traceback a user would see
        out, err = capsys.readouterr()
    assert code in (0, 1, 2), (file, mutation, command, code, err)
    if code == 2 and command != ["check"]:
        assert err.startswith("korea: ") and err.count("\n") == 1, err
    if command == ["check"] and code == 2:
        assert out.rstrip("\n").endswith(f"in {root}") and err == ""


@pytest.mark.parametrize("kind", ["value", "drop line", "double line", "insert", "cut"])
def test_each_mutation_changes_the_file(kind: str) -> None:
    """The mutations are real: each one, on a real corpus file, gives other bytes (so the property above tests something)."""
    source = (bundled_corpus() / "essays" / "eai-2019-chun.yaml").read_text(encoding="utf-8")
    assert mutate(source, kind, 7, "!!int abc") != source.encode("utf-8")
