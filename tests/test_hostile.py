"""Hostile corpora, hostile input and faults: no traceback, no corrupted corpus, one line that says why."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TESTS, korea
from korea_cli.corpus import validate
from korea_cli.entry import run
from korea_cli.environment import Environment

FORMATS = ["table", "tsv", "csv", "json", "jsonl", "md"]


def test_an_alias_bomb_is_refused_at_once(corpus_copy: Path) -> None:
    bomb = "bomb:\n  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"  - &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9)
    )
    (corpus_copy / "authors" / "chun-chaesung.yaml").write_text("id: chun-chaesung\n" + bomb, encoding="utf-8")
    started = time.monotonic()
    _, problems = validate(corpus_copy)
    assert time.monotonic() - started < 5
    assert [str(p) for p in problems][:1] == [
        f"{corpus_copy}/authors/chun-chaesung.yaml:3: YAML anchors and aliases (&name, *name) are not allowed in a corpus; write the value out"
    ]


def test_a_huge_file_is_refused_before_it_is_read(corpus_copy: Path) -> None:
    with open(corpus_copy / "codebook.yaml", "ab") as stream:
        stream.truncate(9 * 2**20)  # sparse: nine MiB on paper, nothing on disk
    _, problems = validate(corpus_copy)
    assert str(problems[0]) == f"{corpus_copy}/codebook.yaml: file is 9 MiB; a corpus YAML file may be 8 MiB at most"


@pytest.mark.parametrize("name", ["isdp-2018-new-dawn.txt", "isdp-2018-new-dawn.yaml"])
def test_a_link_out_of_the_corpus_is_refused(corpus_copy: Path, tmp_path: Path, name: str) -> None:
    outside = tmp_path / "secret"
    outside.write_text("id: not-yours\n", encoding="utf-8")
    target = corpus_copy / "essays" / name
    target.unlink()
    target.symlink_to(outside)
    _, problems = validate(corpus_copy)
    assert f"{target}: is a link to a file outside the corpus; copy the file in instead" in [str(p) for p in problems]


def test_a_100_kb_query_is_one_line_exit_2() -> None:
    result = korea("search", "peace " * 17_000)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "korea: the query is 102,000 characters; give at most 1,000, the words you remember\n"


# -- arbitrary strings for every argument ---------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
ARGUMENTS = st.one_of(
    st.tuples(st.just("who"), TEXT),
    st.tuples(st.just("show"), TEXT),
    st.tuples(st.just("quote"), TEXT),
    st.tuples(st.just("search"), TEXT),
    st.tuples(st.just("positions"), st.sampled_from(["--topic", "--author", "--essay", "--stance"]), TEXT),
    st.tuples(st.just("preconditions"), st.sampled_from(["--topic", "--author", "--essay", "--for", "--held-by"]), TEXT),
    st.tuples(st.just("compare"), st.sampled_from(["--topics", "--authors"]), TEXT),
    st.tuples(st.just("search"), st.just("peace"), st.sampled_from(["--author", "--topic", "--essay", "--limit", "--context"]), TEXT),
    st.tuples(st.sampled_from(["who", "essays", "topics", "positions", "check", "index"]), st.sampled_from(["--format", "-f"]), TEXT),
    st.tuples(st.sampled_from(["who", "search", "index"]), st.just("--corpus"), TEXT),
)


def valid_for(fmt: str, out: str) -> bool:
    """stdout is well-formed for the format asked for."""
    if not out:
        return True
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        [json.loads(line) for line in out.splitlines()]
    elif fmt == "csv":
        list(csv.reader(io.StringIO(out)))
    elif fmt == "tsv":
        assert len({line.count("\t") for line in out.splitlines()}) <= 1
    return True


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(arguments=ARGUMENTS, fmt=st.sampled_from(FORMATS))
def test_any_argument_gives_an_exit_code_and_never_a_traceback(arguments: tuple[str, ...], fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = [*arguments]
    if args[0] not in ("check", "index") and "--format" not in args and "-f" not in args:
        args += ["--format", fmt]
    code = run(args, Environment(stdin=io.StringIO("")))  # an exception escaping here is the traceback a user would see
    out, err = capsys.readouterr()
    assert code in (0, 1, 2), (args, code, err)
    assert valid_for(fmt if args[-2:] == ["--format", fmt] else "table", out)  # a format given as an arbitrary string is checked for no shape
    if code == 2:
        assert err.startswith("korea: ") and err.count("\n") == 1, err


# -- faults -------------------------------------------------------------------


@contextlib.contextmanager
def read_only_mount(source: Path, mountpoint: Path) -> Iterator[Path]:
    """`source` seen read-only at `mountpoint` (a bind mount; as root, file permissions alone would not stop a write)."""
    try:
        subprocess.run(["mount", "--bind", str(source), str(mountpoint)], check=True, capture_output=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mountpoint)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as error:
        subprocess.run(["umount", str(mountpoint)], capture_output=True)
        pytest.skip(f"this machine cannot make a read-only mount: {error}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", str(mountpoint)], capture_output=True)


@pytest.fixture
def read_only_corpus(corpus_copy: Path, tmp_path: Path) -> Iterator[Path]:
    """The corpus through a read-only bind mount."""
    mountpoint = tmp_path / "read-only"
    mountpoint.mkdir()
    with read_only_mount(corpus_copy, mountpoint):
        yield mountpoint


def test_a_read_only_corpus_answers_queries_and_refuses_add_in_one_line(read_only_corpus: Path) -> None:
    for args in (["who"], ["search", "peace regime"], ["check"], ["positions", "--topic", "sanctions"]):
        result = korea(*args, "--corpus", str(read_only_corpus))
        assert (result.returncode, result.stderr) == (0, ""), args
    added = korea("add", str(TESTS / "cases" / "essays" / "single-author.txt"), "--corpus", str(read_only_corpus))
    assert (added.returncode, added.stdout) == (2, "")
    assert added.stderr == f"korea: cannot write to the corpus {read_only_corpus}: Read-only file system; check its permissions\n"


# -- what a user's machine can do to a corpus -------------------------------------------------


def korea_without_root_powers(*args: str) -> subprocess.CompletedProcess[str]:
    """Run korea as root without the power to ignore permissions (CAP_DAC_*): what any user meets on a folder it may not read."""
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed")
    drop = "-dac_override,-dac_read_search"
    command = ["setpriv", f"--inh-caps={drop}", f"--bounding-set={drop}", sys.executable, "-m", "korea_cli", *args]
    return subprocess.run(command, capture_output=True, text=True, env=os.environ.copy(), timeout=60)


@pytest.mark.parametrize(
    ("locked", "stderr"),
    [
        (".", "korea: cannot use '{corpus}' (from --corpus) as the corpus: Permission denied; check the path and its permissions\n"),
        ("essays", "korea: {corpus}/essays: cannot read the folder: Permission denied; check its permissions\n"),
        ("authors", "korea: {corpus}/authors: cannot read the folder: Permission denied; check its permissions\n"),
        ("essays/eai-2019-chun.yaml", "korea: {corpus}/essays/eai-2019-chun.yaml: cannot read: Permission denied\n"),
        ("codebook.yaml", "korea: {corpus}/codebook.yaml: cannot read: Permission denied\n"),
    ],
    ids=["the corpus folder", "essays/", "authors/", "an essay's record", "the codebook"],
)
def test_a_corpus_the_user_may_not_read_is_one_line(corpus_copy: Path, locked: str, stderr: str) -> None:
    (corpus_copy / locked).chmod(0o000)
    try:
        for command in (["who"], ["check"]):
            result = korea_without_root_powers(*command, "--corpus", str(corpus_copy))
            assert (result.returncode, result.stdout if command == ["who"] else "") == (2, ""), result
            assert "Traceback" not in result.stderr
            if command == ["who"]:
                assert result.stderr == stderr.format(corpus=corpus_copy)
    finally:
        (corpus_copy / locked).chmod(0o755)


def test_a_read_only_essays_folder_refuses_add_in_one_line(corpus_copy: Path) -> None:
    essays = corpus_copy / "essays"
    with read_only_mount(essays, essays):
        before = {p.name: p.read_bytes() for p in corpus_copy.rglob("*") if p.is_file()}
        result = korea("add", str(TESTS / "cases" / "essays" / "single-author.txt"), "--corpus", str(corpus_copy))
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr == f"korea: cannot write to the corpus {corpus_copy}: Read-only file system; nothing was changed\n"
        assert {p.name: p.read_bytes() for p in corpus_copy.rglob("*") if p.is_file() and p.name != "lock"} == before
        assert korea("check", "--corpus", str(corpus_copy)).returncode == 0


@pytest.mark.parametrize("how", ["--corpus", "KOREA_CORPUS"])
def test_a_corpus_path_longer_than_the_file_system_allows(how: str) -> None:
    name = "/tmp/" + "x" * 5000
    args, env = (["--corpus", name], {}) if how == "--corpus" else ([], {"KOREA_CORPUS": name})
    result = korea("who", *args, env=env)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"korea: cannot use '{name[:200]}…' (from {how}) as the corpus: File name too long; check the path and its permissions\n"


def test_a_search_query_on_strict_stdin_that_is_not_utf8() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "korea_cli", "search", "-"], input=b"peace \xff regime", capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"}
    )
    assert (result.returncode, result.stdout, result.stderr) == (2, b"", b"korea: standard input is not UTF-8 text (byte 6); give the query as UTF-8\n")


def test_korea_add_echoes_no_control_character_from_the_file(corpus_copy: Path, tmp_path: Path) -> None:
    essay = tmp_path / "sneaky.txt"
    essay.write_text("Peace\x1b]0;pwned\x07 Now\n\nBy Jane Doe\n\nTalks should resume\x1b[2J at once.\n", encoding="utf-8")
    result = korea("add", str(essay), "--corpus", str(corpus_copy), "--id", "sneaky")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "  title      Peace\\x1b]0;pwned\\x07 Now\n" in result.stdout
    check = korea("check", "--corpus", str(corpus_copy))
    assert check.returncode == 0
    assert f"note: {corpus_copy}/essays/sneaky.txt:1: the text holds control characters (U+001B); they are shown escaped, never executed\n" in check.stdout
