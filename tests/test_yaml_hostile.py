"""Hostile YAML and hostile files: one line naming the file (and line) and the fix, never a traceback or a hang.

Core cases call `load_yaml` and `read_regular_file` directly, each YAML case
through both the C loader and the pure-Python one, since they fail differently;
a few run end to end through the real program.
"""

from __future__ import annotations

import datetime
import functools
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import korea
from korea_cli import yamlio
from korea_cli.errors import CorpusError
from korea_cli.yamlio import MAX_DEPTH, load_yaml, parse_yaml, read_regular_file

DEEP = 5000

BAD_VALUES = [
    pytest.param("a: !!int abc\n", "1: 'abc' is not an integer; correct it, or remove the !!int tag to keep it as text", id="int-tag-on-word"),
    pytest.param("a: !!int ''\n", "1: '' is not an integer; correct it, or remove the !!int tag to keep it as text", id="int-tag-on-nothing"),
    pytest.param("a: !!bool maybe\n", "1: 'maybe' is not true or false; correct it, or remove the !!bool tag to keep it as text", id="bool-tag-on-maybe"),
    pytest.param("a: !!float x\n", "1: 'x' is not a number; correct it, or remove the !!float tag to keep it as text", id="float-tag-on-word"),
    pytest.param("a: !!float ''\n", "1: '' is not a number; correct it, or remove the !!float tag to keep it as text", id="float-tag-on-nothing"),
    pytest.param(
        "a: !!float '1" + ":5" * 400 + "'\n",
        "1: '1:5:5:5:5:5:5:5:5:5:5:5:5:5:5:…' is not a number; correct it, or remove the !!float tag to keep it as text",
        id="sexagesimal-float-overflow",
    ),
    pytest.param(
        "ok: 1\ndate: 2018-02-30\n",
        "2: '2018-02-30' is not a date (day is out of range for month); correct it, or quote it to keep it as text",
        id="unquoted-impossible-date",
    ),
    pytest.param(
        "a: !!timestamp nonsense\n", "1: 'nonsense' is not a date; correct it, or remove the !!timestamp tag to keep it as text", id="timestamp-tag-on-word"
    ),
    pytest.param(
        "a: 2001-12-14t21:59:43.10-99:99\n",
        "1: '2001-12-14t21:59:43.10-99:99' is not a date; correct it, or quote it to keep it as text",
        id="timestamp-offset-out-of-range",
    ),
    pytest.param(
        "a:\n  - " + "9" * 5000 + "\n",
        "2: '999999999999999999999999999999…' is a number 5,000 characters long; correct it, or quote it to keep it as text",
        id="5000-digit-integer",
    ),
    pytest.param(
        "a: 0x" + "f" * 5000 + "\n",
        "1: '0xffffffffffffffffffffffffffff…' is a number 5,002 characters long; correct it, or quote it to keep it as text",
        id="5000-digit-hex-integer",
    ),
    pytest.param(
        "a: 1" + ":59" * 3000 + "\n",
        "1: '1:59:59:59:59:59:59:59:59:59:5…' is a number 9,001 characters long; correct it, or quote it to keep it as text",
        id="huge-sexagesimal-integer",
    ),
    pytest.param("a: !!binary 'abc'\n", "1: YAML syntax error: failed to decode base64 data: Incorrect padding", id="binary-bad-base64"),
    pytest.param("a: !!map abc\n", "1: a !!map tag on a single value; remove the tag", id="map-tag-on-scalar"),
    pytest.param("a: !!map [x, y]\n", "1: a !!map tag on a list; remove the tag", id="map-tag-on-list"),
    pytest.param("a: !!seq abc\n", "1: a !!seq tag on a single value; remove the tag", id="seq-tag-on-scalar"),
    pytest.param("a: !!str {b: c}\n", "1: YAML syntax error: expected a scalar node, but found mapping", id="str-tag-on-mapping"),
    pytest.param("a: b\x00\n", "1: YAML error: character U+0000 is not allowed in YAML; remove it", id="nul-character"),
    pytest.param("a: b\n\nc: d\x07\n", "3: YAML error: character U+0007 is not allowed in YAML; remove it", id="control-character"),
    pytest.param(
        "[" * DEEP + "]" * DEEP + "\n",
        f"1: nested more than {MAX_DEPTH} levels deep; a corpus file needs a few, so check its brackets and indentation",
        id="deep-list",
    ),
    pytest.param(
        "{a: " * DEEP + "1" + "}" * DEEP + "\n",
        f"1: nested more than {MAX_DEPTH} levels deep; a corpus file needs a few, so check its brackets and indentation",
        id="deep-mapping",
    ),
    pytest.param(
        "".join("  " * i + "a:\n" for i in range(500)),
        f"{MAX_DEPTH + 1}: nested more than {MAX_DEPTH} levels deep; a corpus file needs a few, so check its brackets and indentation",
        id="deep-block-mapping",
    ),
    pytest.param(
        "? " * 100 + "a\n", f"1: nested more than {MAX_DEPTH} levels deep; a corpus file needs a few, so check its brackets and indentation", id="deep-keys"
    ),
    pytest.param("", "is empty (or holds only comments); it must be a mapping of fields", id="empty"),
    pytest.param("# nothing yet\n\n   \n", "is empty (or holds only comments); it must be a mapping of fields", id="only-comments"),
    pytest.param("~\n", "holds only null; it must be a mapping of fields", id="only-null"),
    pytest.param("a: &x [*x]\n", "1: YAML anchors and aliases (&name, *name) are not allowed in a corpus; write the value out", id="recursive-alias"),
]


@pytest.fixture(params=["c", "pure"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with the C loader (where PyYAML has one) and again with the pure-Python loader."""
    if request.param == "pure":
        line_loader = yamlio._line_loader
        monkeypatch.setattr(yamlio, "_line_loader", lambda: line_loader(pure=True))
    return request.param


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize(("text", "message"), BAD_VALUES)
def test_a_bad_document_is_one_line_naming_file_and_line(tmp_path: Path, loader: str, text: str, message: str) -> None:
    path = _write(tmp_path / "bad.yaml", text)
    started = time.monotonic()
    with pytest.raises(CorpusError) as raised:
        load_yaml(path, "bad.yaml")
    assert time.monotonic() - started < 5
    assert str(raised.value) == f"bad.yaml:{message}" if message[0].isdigit() else f"bad.yaml: {message}"


@pytest.mark.parametrize(
    ("text", "data"),
    [
        pytest.param("date: 2019-03-04\n", {"date": datetime.date(2019, 3, 4)}, id="a-real-date-is-a-date"),
        pytest.param("n: " + "9" * yamlio.MAX_NUMBER_CHARS + "\n", {"n": int("9" * yamlio.MAX_NUMBER_CHARS)}, id="longest-number"),
        pytest.param("[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n", functools.reduce(lambda inner, _: [inner], range(MAX_DEPTH - 1), []), id="deepest-allowed"),
        pytest.param("a: !!binary aGk=\n", {"a": b"hi"}, id="binary"),
    ],
)
def test_odd_but_readable_values_load(tmp_path: Path, loader: str, text: str, data: object) -> None:
    """The loader builds them; the schema check then says which field must be text."""
    assert load_yaml(_write(tmp_path / "odd.yaml", text), "odd.yaml") == data


def test_an_empty_document_is_none_when_the_caller_allows_it(tmp_path: Path) -> None:
    assert load_yaml(_write(tmp_path / "empty.yaml", "# none\n"), "empty.yaml", expected=None) is None
    assert parse_yaml(b"", "empty.yaml", expected=None) is None


def test_parse_yaml_names_what_it_expects_and_refuses_non_utf8() -> None:
    with pytest.raises(CorpusError, match=r"^x\.yaml: is empty \(or holds only comments\); it must be one author's record$"):
        parse_yaml("", "x.yaml", expected="one author's record")
    with pytest.raises(CorpusError, match=r"^x\.yaml: not UTF-8 text \(byte 3\); save it as UTF-8$"):
        parse_yaml(b"a: \xff\n", "x.yaml")


# -- files that are not plain files -------------------------------------------


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _socket(path: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays
    return path


def _link_to_nothing(path: Path) -> Path:
    path.symlink_to(path.with_name("nothing-here"))
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(_fifo, "is not a regular file (a FIFO); a corpus file must be a plain file", id="fifo"),
        pytest.param(_socket, "is not a regular file (a socket); a corpus file must be a plain file", id="socket"),
        pytest.param(_directory, "is not a regular file (a directory); a corpus file must be a plain file", id="directory"),
        pytest.param(_link_to_nothing, "is a link to a file that does not exist; fix or remove the link", id="broken-link"),
        pytest.param(lambda path: Path("/dev/zero"), "is not a regular file (a character device); a corpus file must be a plain file", id="dev-zero"),
    ],
)
def test_only_a_regular_file_is_read(tmp_path: Path, make, message: str) -> None:
    """Checked in a child with a timeout: opening a FIFO for reading would otherwise wait for a writer forever."""
    path = make(tmp_path / "f")
    script = (
        "import sys; from pathlib import Path; from korea_cli.yamlio import read_regular_file; from korea_cli.errors import CorpusError\n"
        "try: read_regular_file(Path(sys.argv[1]), 'f')\n"
        "except CorpusError as error: print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=20)
    assert (result.stdout, result.stderr) == (f"f: {message}\n", "")


def test_an_essay_text_is_refused_in_its_own_words() -> None:
    with pytest.raises(CorpusError, match=r"^zero: is not a regular file \(a character device\); an essay's text must be a plain file$"):
        read_regular_file(Path("/dev/zero"), "zero", what="an essay's text")


def test_a_missing_file_is_left_to_the_caller(tmp_path: Path) -> None:
    """Each caller words a missing file its own way ("its text is missing", "no such file")."""
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "absent.yaml", "absent.yaml")
    with pytest.raises(CorpusError, match=r"^absent\.yaml: cannot read: No such file or directory$"):
        load_yaml(tmp_path / "absent.yaml", "absent.yaml")


@pytest.mark.parametrize(
    ("size", "limit", "message"),
    [
        pytest.param(9 * 2**20, yamlio.MAX_FILE_BYTES, "file is 9 MiB; a corpus file may be 8 MiB at most", id="9-MiB"),
        pytest.param(2**23 + 1, yamlio.MAX_FILE_BYTES, "file is more than 8 MiB; a corpus file may be 8 MiB at most", id="one-byte-over"),
        pytest.param(1536, 1024, "file is 1.5 KiB; a corpus file may be 1 KiB at most", id="kib"),
        pytest.param(11, 10, "file is 11 bytes; a corpus file may be 10 bytes at most", id="bytes"),
    ],
)
def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path, size: int, limit: int, message: str) -> None:
    path = tmp_path / "big"
    with open(path, "wb") as stream:
        stream.truncate(size)  # sparse: nothing on disk
    with pytest.raises(CorpusError) as raised:
        read_regular_file(path, "big", limit)
    assert str(raised.value) == f"big: {message}"


def test_reading_stops_at_the_limit_when_the_size_lies(tmp_path: Path) -> None:
    """/proc files say they are empty and are not: the same as a file that grows while read."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        pytest.skip("needs Linux /proc")
    with pytest.raises(CorpusError, match=r"^maps: file grew past 10 bytes while it was read; a corpus file may be 10 bytes at most$"):
        read_regular_file(maps, "maps", 10)


def test_a_plain_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "plain.yaml"
    path.write_bytes(b"a: 1\r\n" * 1000)
    assert read_regular_file(path, "plain.yaml", limit=6000) == b"a: 1\r\n" * 1000


def test_a_path_too_long_for_the_file_system(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"^long: cannot read: File name too long; give a shorter path$"):
        load_yaml(tmp_path / ("a" * 300 + ".yaml"), "long")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "locked.yaml", "a: 1\n")
    path.chmod(0)
    with pytest.raises(CorpusError, match=r"^locked\.yaml: cannot read: Permission denied$"):
        load_yaml(path, "locked.yaml")


# -- end to end ---------------------------------------------------------------


def _replace(path: Path, old: str, new: str) -> int:
    """Replace the one `old` in `path` with `new`; the line where it began."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        pytest.param(
            "codebook.yaml",
            "  - id: supports\n",
            "  - id: !!int abc\n",
            "'abc' is not an integer; correct it, or remove the !!int tag to keep it as text",
            id="int-tag-in-codebook",
        ),
        pytest.param(
            "essays/eai-2019-chun.yaml",
            "authors: [chun-chaesung]\n",
            "written: 2018-02-30\nauthors: [chun-chaesung]\n",
            "'2018-02-30' is not a date (day is out of range for month); correct it, or quote it to keep it as text",
            id="impossible-date-in-essay",
        ),
        pytest.param(
            "essays/eai-2019-chun.yaml",
            "authors: [chun-chaesung]\n",
            "authors: " + "[" * DEEP + "]" * DEEP + "\n",
            f"nested more than {MAX_DEPTH} levels deep; a corpus file needs a few, so check its brackets and indentation",
            id="deep-nesting-in-essay",
        ),
    ],
)
def test_check_reports_a_bad_value_at_its_line(corpus_copy: Path, file: str, old: str, new: str, message: str) -> None:
    line = _replace(corpus_copy / file, old, new)
    result = korea("check", "--corpus", str(corpus_copy))
    assert (result.returncode, result.stderr) == (2, "")
    assert result.stdout == f"{corpus_copy}/{file}:{line}: {message}\n1 problem in {corpus_copy}\n"


def test_a_query_stops_at_a_bad_value_with_one_line(corpus_copy: Path) -> None:
    line = _replace(corpus_copy / "codebook.yaml", "  - id: supports\n", "  - id: !!bool maybe\n")
    result = korea("topics", "--corpus", str(corpus_copy))
    assert (result.returncode, result.stdout) == (2, "")
    assert (
        result.stderr == f"korea: {corpus_copy}/codebook.yaml:{line}: 'maybe' is not true or false; correct it, or remove the !!bool tag to keep it as text\n"
    )


def test_check_reports_an_empty_codebook(corpus_copy: Path) -> None:
    (corpus_copy / "codebook.yaml").write_text("# to do\n", encoding="utf-8")
    result = korea("check", "--corpus", str(corpus_copy))
    assert (result.returncode, result.stderr) == (2, "")
    assert result.stdout.splitlines()[0] == f"{corpus_copy}/codebook.yaml: is empty (or holds only comments); it must be a mapping of fields"


@pytest.mark.parametrize(("name", "what"), [("eai-2019-chun.yaml", "a corpus YAML file"), ("eai-2019-chun.txt", "an essay's text")])
def test_a_fifo_in_the_corpus_is_refused_at_once(corpus_copy: Path, name: str, what: str) -> None:
    target = corpus_copy / "essays" / name
    target.unlink()
    os.mkfifo(target)
    started = time.monotonic()
    result = korea("check", "--corpus", str(corpus_copy))  # a hang would end in TimeoutExpired
    assert time.monotonic() - started < 30
    assert (result.returncode, result.stderr) == (2, "")
    assert result.stdout == f"{target}: is not a regular file (a FIFO); {what} must be a plain file\n1 problem in {corpus_copy}\n"
