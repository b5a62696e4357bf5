"""The program end to end, as users and pipelines run it: real processes, real terminals."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import expected, korea, korea_in_terminal
from korea_cli import __version__, cli
from korea_cli.errors import EXIT_INTERRUPTED

ANSI = re.compile(r"\x1b\[[0-9;]*m")
BOX = re.compile(r"[─━│┃┌┐└┘├┤┬┴┼]")


def screen(text: str) -> list[str]:
    """Lines as a reader sees them: trailing blanks carry nothing."""
    return [line.rstrip() for line in text.splitlines()]


def test_who_piped_is_tab_separated_without_header_or_colour() -> None:
    result = korea("who")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == expected("who.tsv")
    assert not ANSI.search(result.stdout) and not BOX.search(result.stdout)
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["chun-chaesung", "swanstrom-niklas", "lee-sangsoo", "engman-mats"]


def test_who_json() -> None:
    result = korea("who", "--format", "json")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == expected("who.json")
    records = json.loads(result.stdout)
    assert all({"id", "name", "aliases", "affiliations", "essays"} <= set(r) for r in records)
    assert records[1]["aliases"][:1] == ["Swanström Niklas"] and "Niklas Swanstrom" in records[1]["aliases"]


def test_who_on_a_terminal_is_a_table() -> None:
    code, text = korea_in_terminal("who", env={"NO_COLOR": "1"})
    assert code == 0
    assert screen(text) == screen(expected("who.table.txt"))


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["who"], {}, True),
        (["who", "--no-color"], {}, False),
        (["who"], {"NO_COLOR": "1"}, False),
        (["who"], {"TERM": "dumb"}, False),
    ],
)
def test_colour_only_where_wanted(args: list[str], env: dict[str, str], coloured: bool) -> None:
    code, text = korea_in_terminal(*args, env=env)
    assert code == 0
    assert bool(ANSI.search(text)) is coloured
    assert "Chun Chaesung" in text and "\t" not in text
    if env.get("TERM") != "dumb":  # a dumb terminal reports no size, so Rich lays out for 80 columns
        assert screen(ANSI.sub("", text)) == screen(expected("who.table.txt"))


@pytest.mark.parametrize(
    ("fmt", "first_line", "lines"),
    [
        ("csv", "id,name,affiliations,essays,topics", 5),
        ("jsonl", '{"id": "chun-chaesung", "name": "Chun Chaesung", "aliases": ["Chaesung Chun", "Dr. Chun"], ', 4),
        ("md", "| Author | Affiliations | Essays | Topics |", 6),
        ("tsv", "chun-chaesung\tChun Chaesung\tDirector of East Asia Institute’s Center for National Security Studies; ", 4),
    ],
)
def test_who_other_formats(fmt: str, first_line: str, lines: int) -> None:
    result = korea("who", "--format", fmt)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith(first_line)
    assert len(result.stdout.splitlines()) == lines
    if fmt == "jsonl":
        assert [json.loads(line)["id"] for line in result.stdout.splitlines()][-1] == "engman-mats"


def test_format_overrides_the_terminal() -> None:
    code, text = korea_in_terminal("who", "--format", "tsv")
    assert code == 0
    assert text == expected("who.tsv")


def test_check_clean(bundled: Path) -> None:
    result = korea("check")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        f"ok: {bundled}\n"
        "2 essays, 4 authors, 14 topics, 42 passages (31 body, each attributed)\n"
        "58 positions and 38 preconditions, every quote verbatim in its passage\n"
    )


def test_check_json(bundled: Path) -> None:
    result = korea("check", "--format", "json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report == {
        "corpus": str(bundled),
        "ok": True,
        "counts": {
            "essays": 2,
            "authors": 4,
            "topics": 14,
            "passages": 42,
            "body_passages": 31,
            "positions": 58,
            "preconditions": 38,
            "suggested": 0,
            "quotes_verified": 96,
        },
        "problems": [],
        "warnings": [],
    }


@pytest.fixture
def broken_corpus(corpus_copy: Path) -> Path:
    essay = corpus_copy / "essays" / "isdp-2018-new-dawn.yaml"
    text = essay.read_text(encoding="utf-8")
    essay.write_text(
        text.replace("topic: unification\n    stance: observes", "topic: unifcation\n    stance: observes").replace("stance: supports", "stance: favours", 1),
        encoding="utf-8",
    )
    return corpus_copy


def test_check_flags_a_sentence_the_codebook_says_needs_care(corpus_copy: Path) -> None:
    """'Lee supports nuclear-missile-programs' would read as support for the North's weapons: said, not failed."""
    essay = corpus_copy / "essays" / "isdp-2018-new-dawn.yaml"
    old = "    topic: denuclearization\n    stance: supports\n    summary: >-\n      Lee welcomes"
    essay.write_text(essay.read_text(encoding="utf-8").replace(old, old.replace("denuclearization", "nuclear-missile-programs")), encoding="utf-8")
    result = korea("check", "--corpus", str(corpus_copy))
    assert (result.returncode, result.stderr) == (0, "")
    notes = [line for line in result.stdout.splitlines() if line.startswith("note: ")]
    assert len(notes) == 1 and "reads “lee-sangsoo supports nuclear-missile-programs”; the codebook says:" in notes[0]
    report = json.loads(korea("check", "--corpus", str(corpus_copy), "--format", "json").stdout)
    assert report["ok"] is True and report["warnings"] == [notes[0].removeprefix("note: ")]


def test_check_lists_every_problem_and_exits_2(broken_corpus: Path) -> None:
    result = korea("check", "--corpus", str(broken_corpus))
    essay = broken_corpus / "essays" / "isdp-2018-new-dawn.yaml"
    assert (result.returncode, result.stderr) == (2, "")
    assert result.stdout == (
        f"{essay}:123: position at line 122: unknown topic 'unifcation'; add it to codebook.yaml\n"
        f"{essay}:170: position at line 168: unknown stance 'favours'; use one of: supports, opposes, conditional, skeptical, observes\n"
        f"2 problems in {broken_corpus}\n"
    )
    report = json.loads(korea("check", "--corpus", str(broken_corpus), "--format", "json").stdout)
    assert report["ok"] is False
    assert report["problems"][0] == {
        "file": str(essay),
        "line": 123,
        "message": "position at line 122: unknown topic 'unifcation'; add it to codebook.yaml",
        "text": f"{essay}:123: position at line 122: unknown topic 'unifcation'; add it to codebook.yaml",
    }


def test_a_query_on_a_broken_corpus_is_one_line_on_stderr(broken_corpus: Path) -> None:
    result = korea("who", "--corpus", str(broken_corpus))
    essay = broken_corpus / "essays" / "isdp-2018-new-dawn.yaml"
    assert (result.returncode, result.stdout) == (2, "")
    assert (
        result.stderr
        == f"korea: {essay}:123: position at line 122: unknown topic 'unifcation'; add it to codebook.yaml (2 problems in all; `korea check` lists them)\n"
    )


def test_korea_corpus_environment_and_option(corpus_copy: Path, bundled: Path) -> None:
    author = corpus_copy / "authors" / "engman-mats.yaml"
    author.write_text(author.read_text(encoding="utf-8").replace('name: "Mats Engman"', 'name: "Mats Engman (copy)"'), encoding="utf-8")
    from_env = korea("who", env={"KOREA_CORPUS": str(corpus_copy)})
    assert from_env.stdout.splitlines()[-1].split("\t")[1] == "Mats Engman (copy)"
    overridden = korea("who", "--corpus", str(bundled), env={"KOREA_CORPUS": str(corpus_copy)})
    assert overridden.stdout.splitlines()[-1].split("\t")[1] == "Mats Engman"


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["who", "--bogus"], "korea: No such option: --bogus (Possible options: --corpus) (see 'korea who --help')\n"),
        (
            ["who", "-f", "jsn"],
            "korea: Invalid value for '--format' / '-f': 'jsn' is not one of 'table', 'tsv', 'csv', 'json', 'jsonl', 'md'. (see 'korea who --help')\n",
        ),
        (["nosuch"], "korea: No such command 'nosuch'. (see 'korea --help')\n"),
        (["who", "chun", "extra"], "korea: Got unexpected extra argument(s) (extra) (see 'korea who --help')\n"),
        (["check", "-f", "tsv"], "korea: Invalid value for '--format' / '-f': 'tsv' is not one of 'text', 'json'. (see 'korea check --help')\n"),
        (
            ["who", "--corpus", "/nonexistent/corpus"],
            "korea: corpus directory '/nonexistent/corpus' (from --corpus) does not exist; pass a folder that holds codebook.yaml\n",
        ),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(args: list[str], stderr: str) -> None:
    result = korea(*args)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", stderr)


def test_version() -> None:
    assert korea("--version").stdout == f"korea {__version__}\n"


def test_bare_korea_shows_help_and_exits_2() -> None:
    result = korea()
    assert result.returncode == 2 and result.stdout.startswith("Usage: korea [OPTIONS] COMMAND [ARGS]...")


def test_runs_from_any_directory_with_the_bundled_corpus(tmp_path: Path) -> None:
    result = korea("who", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, expected("who.tsv"))


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "korea"
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert result.stdout == f"korea {__version__}\n"


def test_closed_pipe_is_quiet() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before we write a byte, as with `| head -0`
    process = subprocess.Popen([sys.executable, "-m", "korea_cli", "who", "--format", "json"], stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    _, stderr = process.communicate(timeout=60)
    assert stderr == b""
    assert process.returncode == -signal.SIGPIPE


@pytest.mark.parametrize("delay", [0.05, 0.1, 0.15, 0.2, 0.3, 0.6])
def test_ctrl_c_exits_130_without_traceback(delay: float) -> None:
    # After the interpreter's own start-up (~20 ms, before any code of ours runs and so beyond our reach), a real SIGINT lands
    # while Typer loads, while the index opens, or while the query waits for its words on stdin, which this test holds open:
    # the command cannot have finished before the signal, so the only right answers are ours (130) and, when the signal lands
    # in interpreter start-up or teardown, the default action (-SIGINT; a shell reports 130 for both).
    process = subprocess.Popen([sys.executable, "-m", "korea_cli", "search", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    if stderr.startswith(b"Could not import runpy module") and stdout == b"":
        return  # on a loaded machine the signal can land while CPython itself still imports `runpy` for `-m`: its own start-up
    assert b"Traceback" not in stderr
    assert (process.returncode, stdout) in ((EXIT_INTERRUPTED, b""), (-signal.SIGINT, b""))


def test_ctrl_c_while_heavy_modules_load_exits_130() -> None:
    # Deterministic: the interrupt arrives exactly as Typer is being imported.
    probe = (
        "import builtins\n"
        "real = builtins.__import__\n"
        "def importing(name, *args, **kwargs):\n"
        "    if name == 'typer':\n"
        "        raise KeyboardInterrupt\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = importing\n"
        "from korea_cli.entry import main\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (EXIT_INTERRUPTED, "", "")


def test_interrupt_during_a_command_exits_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.queries, "who", interrupted)
    assert cli.run(["who"]) == 130
    assert capsys.readouterr().err == ""


# -- conventions users reach for (issue 14) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (["--corpus", "{corpus}", "who"], ["who", "--corpus", "{corpus}"]),
        (["--no-color", "who"], ["who", "--no-color"]),
        (["-f", "json", "who"], ["who", "-f", "json"]),
        (["--format=csv", "essays"], ["essays", "--format=csv"]),
        (["-fjson", "who"], ["who", "-fjson"]),
        (["-f", "json", "search", "peace regime", "--limit", "2"], ["search", "peace regime", "--limit", "2", "-f", "json"]),
    ],
)
def test_options_every_command_takes_go_before_it_too(bundled: Path, before: list[str], after: list[str]) -> None:
    fill = [arg.replace("{corpus}", str(bundled)) for arg in before], [arg.replace("{corpus}", str(bundled)) for arg in after]
    first, second = korea(*fill[0]), korea(*fill[1])
    assert (first.returncode, first.stdout, first.stderr) == (second.returncode, second.stdout, second.stderr)
    assert first.returncode == 0


def test_short_help_and_version() -> None:
    assert korea("-V").stdout == korea("--version").stdout
    assert korea("-h").stdout == korea("--help").stdout and korea("-h").returncode == 0
    assert korea("who", "-h").stdout == korea("who", "--help").stdout


def test_a_quote_in_a_file_is_its_text() -> None:
    cited = korea("quote", "isdp:16", "--cite")
    text = cited.stdout.split("\n")
    assert text[0].startswith("The next couple of months are crucial.") and "\t" not in cited.stdout
    assert text[1:] == ["", "— Sangsoo Lee, “New Dawn or False Hope on the Korean Peninsula?”, ISDP (inferred), 2018 (inferred), isdp-2018-new-dawn:16", ""]
    record = json.loads(korea("quote", "eai-2019-chun:7", "--format", "json").stdout)[0]  # an array, as for every command
    assert record["citation"].startswith("Chun Chaesung, untitled") and record["passage"] == "eai-2019-chun:7"
    assert korea("quote", "isdp:16", "--format", "tsv").stdout.startswith("isdp-2018-new-dawn:16\tSangsoo Lee\t")


def test_an_exclusion_after_the_query_is_part_of_it() -> None:
    """An exclusion given as its own argument joins the query; one that reads as a short option too ('-armistice': '-a rmistice')
    is a clear error that says to put it after --, where it joins the query; a short option with a value it knows stays one."""
    together = korea("search", '"peace treaty" -armistice')
    after = korea("search", "--", '"peace treaty"', "-armistice")
    assert (after.returncode, after.stdout, after.stderr) == (0, together.stdout, "")
    assert [line.split("\t")[0] for line in after.stdout.splitlines()] == ["eai-2019-chun:7"]
    ambiguous = korea("search", '"peace treaty"', "-armistice")
    assert ambiguous.returncode == 2 and ambiguous.stdout == ""
    assert ambiguous.stderr.startswith("korea: '-armistice' reads as -a 'rmistice' (--author); to exclude the word, put it after --")
    assert korea("search", "peace", "-withdrawal", "--count").stdout == korea("search", "peace -withdrawal", "--count").stdout
    assert korea("search", "peace", "-a", "lee", "--count").stdout == "1\n"  # a real option still is one
    assert korea("search", "peace", "-tsanctions", "--count").stdout == korea("search", "peace", "-t", "sanctions", "--count").stdout
    assert korea("search", "peace", "-n1").stdout.count("\n") == 1


def test_explain_keeps_its_reasons_in_tsv() -> None:
    line = korea("search", "withdraw troops", "--limit", "1", "--explain").stdout.rstrip("\n")
    assert line.split("\t")[6] == "matched withdraw (as withdrawal, another form of the word), troops; typos 0; distance 2; not the exact phrase"


def test_what_an_author_says_about_a_topic_in_one_answer() -> None:
    result = korea("who", "lee", "--topic", "sanctions")
    assert result.returncode == 0
    assert [line.split("\t")[:2] + line.split("\t")[7:8] for line in result.stdout.splitlines()] == [
        ["position", "sanctions", "isdp-2018-new-dawn:15"],
        ["precondition", "sanctions", "isdp-2018-new-dawn:15"],
        ["passage", "sanctions", "isdp-2018-new-dawn:15"],
    ]
    record = json.loads(korea("who", "engman", "--topic", "sanctions", "--format", "json").stdout)[0]
    assert record["topic"] == "sanctions" and {p["passage"] for p in record["passages"]} >= {p["passage"] for p in record["positions"]}
    assert [line.split("\t")[0] for line in korea("who", "--topic", "unification").stdout.splitlines()] == ["swanstrom-niklas"]


@pytest.mark.parametrize(
    ("complete", "typed", "offered"),
    [
        ("authors", "niklas", ["swanstrom-niklas"]),  # by any form of the name
        ("authors", "sangsoo l", ["lee-sangsoo"]),
        ("passages", "isdp-2018-new-dawn:2", ["isdp-2018-new-dawn:2", "isdp-2018-new-dawn:20", "isdp-2018-new-dawn:21", "isdp-2018-new-dawn:22",
                                              "isdp-2018-new-dawn:23", "isdp-2018-new-dawn:24", "isdp-2018-new-dawn:25", "isdp-2018-new-dawn:26"]),
        ("stances", "s", ["supports", "skeptical"]),
        ("goals", "pe", ["peace-regime"]),
        ("holders", "n", ["north-korea"]),
    ],
)  # fmt: skip
def test_completion_offers_what_each_value_can_be(complete: str, typed: str, offered: list[str]) -> None:
    from korea_cli import cli, names

    assert cli._completer(getattr(names, complete))(_NoOptions(), typed) == offered


def test_completion_of_a_comma_list_completes_its_last_item() -> None:
    from korea_cli import cli, names

    assert cli._completer(names.topics, commas=True)(_NoOptions(), "sanctions,pea") == ["sanctions,peace-regime"]
    assert cli._completer(names.authors, commas=True)(_NoOptions(), "lee,eng") == ["lee,engman-mats"]


class _NoOptions:
    """A command line with no options given yet, as a shell asks for completions: the bundled corpus."""

    def __init__(self) -> None:
        self.params: dict[str, str] = {}


@pytest.mark.parametrize(
    ("args", "paged"),
    [
        (["positions"], True),  # longer than the 50-line screen
        (["positions", "--no-pager"], False),
        (["essays"], False),  # it fits: printed as it is
    ],
)
def test_long_output_on_a_terminal_goes_through_the_pager(tmp_path: Path, args: list[str], paged: bool) -> None:
    mark = tmp_path / "paged"
    pager = f"{sys.executable} -c \"import sys; open(sys.argv[1], 'w').write(sys.stdin.read())\" {mark}"
    code, text = korea_in_terminal(*args, env={"KOREA_PAGER": pager, "NO_COLOR": "1"})
    assert code == 0
    assert mark.exists() is paged
    shown = mark.read_text(encoding="utf-8") if paged else text
    assert "eai-2019-chun" in shown and ("eai-2019-chun" not in text if paged else True)


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["who", "--format", "table", "--color", "always"], {}, True),  # for `| less -R`
        (["who", "--format", "table"], {"FORCE_COLOR": "1"}, True),
        (["who", "--format", "table"], {"CLICOLOR_FORCE": "1"}, True),
        (["who", "--format", "table", "--color", "never"], {"FORCE_COLOR": "1"}, False),
        (["who", "--format", "table"], {}, False),
    ],
)
def test_colour_in_a_pipe_only_when_asked(args: list[str], env: dict[str, str], coloured: bool) -> None:
    result = korea(*args, env=env)
    assert result.returncode == 0 and bool(ANSI.search(result.stdout)) is coloured


def test_a_search_read_wider_by_the_glossary_says_so() -> None:
    result = korea("search", "DPRK missile", "--count")
    assert result.stdout == "24\n"
    assert result.stderr == (
        "korea: also searched as '\"North Korea\" missile' (the glossary: DPRK → North Korea)\n"
        "korea: also searched as '\"Democratic People\\'s Republic of Korea\" missile' (the glossary: DPRK → Democratic People's Republic of Korea)\n"
    )
    assert "also searched" not in korea("search", "DPRK missile", "--count", "--exact").stderr  # each word as typed: no other names either


def test_count_says_when_no_passage_holds_every_word() -> None:
    result = korea("search", "nuclear umbrella", "--count")
    assert (result.returncode, result.stdout, result.stderr) == (0, "13\n", "korea: no passage holds every word; the count is of passages that hold some\n")


def test_an_acronym_is_written_in_capitals_in_the_passage_too() -> None:
    """'UN' is the UN (isdp:22, 'the UN Security Council'), not the 'Un' of Kim Jong Un."""
    assert korea("search", "UN", "--limit", "0").stdout.split("\t")[0] == "isdp-2018-new-dawn:22"
    assert korea("search", "UN", "--count").stdout == "1\n"


@pytest.mark.parametrize("words", ["", "   ", "-"])
def test_mentions_with_no_word_is_an_error(words: str) -> None:
    result = korea("positions", "--mentions", words)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "korea: --mentions needs a word or words the passages name, e.g. --mentions CVID\n"


def test_a_pager_that_quits_early_is_no_error() -> None:
    code, _ = korea_in_terminal("positions", env={"KOREA_PAGER": "true"})
    assert code == 0


def test_a_series_name_says_where_to_look() -> None:
    result = korea("positions", "--series", "four-tasks")
    assert result.returncode == 1
    assert result.stderr.startswith("korea: series lists are numbered apart for positions and preconditions; try `korea preconditions --series …`")


@pytest.mark.parametrize("command", [*cli.COMMANDS, *cli.GROUPS])
def test_a_call_builds_only_its_command_and_it_is_the_command_the_app_defines(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    import typer.main

    narrowed = cli._app_for([command, "--corpus", "x"])
    assert list(typer.main.get_group(narrowed).commands) == [command]
    assert set(typer.main.get_group(cli.app).commands) == {*cli.COMMANDS, *cli.GROUPS}  # every command is kept for `_app_for`
    helps = []
    for whole in (cli.app, narrowed):
        assert whole(args=[command, "--help"], prog_name="korea", standalone_mode=False) in (0, None)
        helps.append(capsys.readouterr().out)
    assert helps[0] == helps[1] and f"Usage: korea {command} " in helps[0]


@pytest.mark.parametrize("args", [[], ["--help"], ["-V"], ["nonesuch"], ["--corpus"]])
def test_a_call_that_names_no_command_gets_the_whole_app(args: list[str]) -> None:
    assert cli._app_for(args) is cli.app


def test_output_that_cannot_be_written_is_one_line_and_exit_2() -> None:
    for args in (["who"], ["who", "--help"], ["check"]):
        with open("/dev/full", "w") as full:
            result = subprocess.run([sys.executable, "-m", "korea_cli", *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
        assert (result.returncode, result.stderr.splitlines()[-1:]) == (2, ["korea: cannot write the output (No space left on device); check where it goes"])
        assert "Traceback" not in result.stderr
    closed = subprocess.run(
        [sys.executable, "-m", "korea_cli", "who"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=60, close_fds=True
    )
    assert "Traceback" not in closed.stderr


def test_a_width_that_is_no_width_falls_back_to_the_terminals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "0")
    result = korea("essays", "--format", "table")
    assert result.returncode == 0 and "eai-2019-chun" in result.stdout


@pytest.mark.parametrize(("word", "option"), [("-hanoi", "--help"), ("-nuclear", "--limit"), ("-freeze", "--format"), ("-armistice", "--author")])
def test_an_exclusion_that_reads_as_a_one_letter_option_is_said_never_guessed(word: str, option: str) -> None:
    result = korea("search", "peace", word)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"korea: {word!r} reads as {word[:2]} {word[2:]!r} ({option}); to exclude the word, put it after --")


def test_a_query_no_passage_holds_half_of_says_fewer_words_find_more() -> None:
    result = korea("search", "sanctions regional umbrella")
    assert (result.returncode, result.stdout, result.stderr) == (1, "", "korea: no passage holds half of these words or more; fewer words find more\n")
