"""Writing the corpus: `korea add` refuses what `korea check` would reject, never edits a file it did not create, and survives any kill.

Each accepted case ends with the corpus passing the same validation `korea
check` runs; each refused case is one line on stderr, exit 2, and not a
byte written.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import TESTS, korea
from korea_cli import ingest, journal, queries
from korea_cli.corpus import load
from korea_cli.errors import UsageError

ESSAYS = TESTS / "cases" / "essays"


def snapshot(root: Path) -> dict[str, str]:
    """Every file under the corpus (hidden ones too, so residue shows) and its digest; the lock aside."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.relative_to(root) != Path(journal.STATE_DIR, journal.LOCK_NAME)
    }


def passes_check(root: Path) -> None:
    """What `korea check` says: no problem, no residue of a write (an author of no essay, a text without its record, a journal)."""
    report = queries.check(root)
    assert report["problems"] == [], report["problems"]
    assert not [w for w in report["warnings"] if "signs no essay" in w or "text without" in w or "interrupted change" in w], report["warnings"]
    hidden = [p for folder in ("authors", "essays") for p in (root / folder).iterdir() if p.name.startswith(".")]
    assert hidden == [], hidden
    state = root / journal.STATE_DIR
    assert not state.exists() or sorted(os.listdir(state)) in ([], [journal.LOCK_NAME])


def essay(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


TWO_SECTIONS_BY_ONE = (
    "Two Sections\n\nJane Doe, Senior Fellow at X Institute\n\nFirst, sanctions.\n\nJane Doe, Senior Fellow at X Institute\n\nSecond, talks.\n"
)
REVERSED = "Reversed\n\nLee Sang, Fellow at Y Center\n\nOne view of the peace regime.\n\nSang Lee, Fellow at Y Center\n\nAnother view.\n"
HANGUL = "평화 체제\n\n한반도 평화 체제에 대한 글입니다.\n"


@pytest.mark.parametrize(
    ("text", "args", "authors", "essay_id"),
    [
        pytest.param(TWO_SECTIONS_BY_ONE, [], {"doe-jane": "Jane Doe"}, "doe-two-sections", id="one new author signing two sections"),
        pytest.param(REVERSED, [], {"lee-sang": "Lee Sang"}, "lee-reversed", id="names that are the same words reversed"),
        pytest.param(HANGUL, ["--author", "김정은"], {"author": "김정은"}, "hangul", id="a Hangul title and author name"),
        pytest.param(HANGUL, ["--author", "Kim Jong-un", "--id", "kim-2019"], {"kim-jong-un": "Kim Jong-un"}, "kim-2019", id="a Hangul title with --id"),
        pytest.param(
            "\ufeffA Title After a Byte-Order Mark\n\nBy Jane Doe\n\nTalks should resume at once, and sanctions should stay.\n",
            [],
            {"doe-jane": "Jane Doe"},
            "doe-title-byte-order",
            id="a text that starts with a byte-order mark",
        ),
    ],
)
def test_what_used_to_break_the_corpus_now_passes_check(corpus_copy: Path, tmp_path: Path, text: str, args: list[str], authors: dict, essay_id: str) -> None:
    before = snapshot(corpus_copy)
    result = korea("add", str(essay(tmp_path, "hangul.txt" if text == HANGUL else "essay.txt", text)), *args, "--corpus", str(corpus_copy))
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    passes_check(corpus_copy)
    corpus = load(corpus_copy)
    assert {a: corpus.authors[a].name for a in authors} == authors
    assert corpus.essays[essay_id].authors == tuple(authors)
    after = snapshot(corpus_copy)
    assert {k: v for k, v in after.items() if k in before} == before  # an addition edits no file that was there
    assert sorted(set(after) - set(before)) == sorted([f"essays/{essay_id}.txt", f"essays/{essay_id}.yaml", *(f"authors/{a}.yaml" for a in authors)])


@pytest.mark.parametrize(
    ("text", "args", "stderr"),
    [
        pytest.param(
            "A Title\n\nBy Jane Doe\n", [], "korea: found no body text, only a title, bylines, an abstract or notes; give the whole essay\n", id="byline only"
        ),
        pytest.param(
            TWO_SECTIONS_BY_ONE,
            ["--date", "2019-13-45"],
            "korea: --date '2019-13-45' must be a real date written YYYY, YYYY-MM or YYYY-MM-DD\n",
            id="a date not on the calendar",
        ),
        pytest.param(
            TWO_SECTIONS_BY_ONE,
            ["--date", "2019-02-30"],
            "korea: --date '2019-02-30' must be a real date written YYYY, YYYY-MM or YYYY-MM-DD\n",
            id="the 30th of February",
        ),
        pytest.param(
            TWO_SECTIONS_BY_ONE,
            ["--id", "two-sections\n"],
            "korea: --id 'two-sections\\n' must be lowercase letters, digits and single hyphens, at most 120 characters, e.g. isdp-2018-new-dawn\n",
            id="an id with a trailing newline",
        ),
        pytest.param(
            TWO_SECTIONS_BY_ONE,
            ["--id", "a" * 300],
            f"korea: --id '{'a' * 300}' must be lowercase letters, digits and single hyphens, at most 120 characters, e.g. isdp-2018-new-dawn\n",
            id="an id longer than a file name may be",
        ),
        pytest.param(
            TWO_SECTIONS_BY_ONE,
            ["--publisher", "Korea\x1b]0;pwned\x07 Forum"],
            "korea: --publisher 'Korea\\x1b]0;pwned\\x07 Forum' holds a line break or control character; give it on one line\n",
            id="a control character in --publisher",
        ),
        pytest.param(
            "A Title\n\nSome body text with no byline at all.\n",
            ["--author", "Jane\nDoe"],
            "korea: --author 'Jane\\nDoe' holds a line break or control character; give it on one line\n",
            id="a newline in --author",
        ),
    ],
)
def test_what_check_would_reject_is_refused_and_nothing_written(corpus_copy: Path, tmp_path: Path, text: str, args: list[str], stderr: str) -> None:
    before = snapshot(corpus_copy)
    result = korea("add", str(essay(tmp_path, "essay.txt", text)), *args, "--corpus", str(corpus_copy))
    assert (result.returncode, result.stdout, result.stderr) == (2, "", stderr)
    assert snapshot(corpus_copy) == before


@pytest.mark.parametrize("option", ["--publisher", "--author"])
def test_invalid_utf8_in_an_argument_is_refused(corpus_copy: Path, option: str) -> None:
    before = snapshot(corpus_copy)
    argv = [sys.executable.encode(), b"-m", b"korea_cli", b"add", str(ESSAYS / "single-author.txt").encode(), option.encode(), b"Korea \xff\xfe Forum"]
    result = subprocess.run([*argv, b"--corpus", str(corpus_copy).encode()], capture_output=True, timeout=60)
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr == f"korea: {option} is not valid UTF-8 text; give it as UTF-8\n".encode()
    assert snapshot(corpus_copy) == before


def test_an_essay_over_the_size_limit_is_refused(corpus_copy: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as stream:
        stream.write(b"A Title\n\nBy Jane Doe\n\n")
        stream.truncate(8 * 2**20 + 1)  # sparse; its NULs are never reached: the size refuses it first
    result = korea("add", str(big), "--corpus", str(corpus_copy))
    assert (result.returncode, result.stderr) == (2, f"korea: {big}: file is more than 8 MiB; an essay's text may be 8 MiB at most\n")
    with pytest.raises(UsageError, match="an essay's text may be 8 MiB at most"):
        ingest.add(corpus_copy, b"A Title\n\nBy Jane Doe\n\n" + b"words " * 2**21)  # however it arrives


@pytest.mark.parametrize("source", ["/dev/zero", "fifo"])
def test_a_device_or_a_fifo_given_to_add_is_refused_at_once(corpus_copy: Path, tmp_path: Path, source: str) -> None:
    if source == "fifo":
        source = str(tmp_path / "essay.fifo")
        os.mkfifo(source)
    started = time.monotonic()
    result = korea("add", source, "--corpus", str(corpus_copy))
    assert time.monotonic() - started < 30
    kind = "a FIFO" if source.endswith("fifo") else "a character device"
    assert (result.returncode, result.stderr) == (2, f"korea: {source}: is not a regular file ({kind}); an essay's text must be a plain file\n")


@pytest.mark.parametrize(
    ("args", "env", "stderr"),
    [
        (["--corpus", ""], {}, "korea: --corpus is empty; give the corpus folder (an unset shell variable?)\n"),
        ([], {"KOREA_CORPUS": ""}, "korea: say which corpus to add to with --corpus DIR or $KOREA_CORPUS (the bundled corpus is read-only)\n"),
        ([], {"KOREA_CORPUS": " "}, "korea: say which corpus to add to with --corpus DIR or $KOREA_CORPUS (the bundled corpus is read-only)\n"),
    ],
    ids=["--corpus empty", "KOREA_CORPUS empty", "KOREA_CORPUS blank"],
)
def test_an_empty_corpus_name_never_means_the_bundled_corpus(bundled: Path, args: list[str], env: dict[str, str], stderr: str) -> None:
    before = snapshot(bundled)
    result = korea("add", str(ESSAYS / "single-author.txt"), *args, env=env)
    assert (result.returncode, result.stderr) == (2, stderr)
    assert snapshot(bundled) == before


def test_the_bundled_corpus_is_refused_by_the_core_too(bundled: Path) -> None:
    with pytest.raises(UsageError, match="the bundled corpus is read-only"):
        ingest.add(bundled, (ESSAYS / "single-author.txt").read_bytes())


def test_force_replaces_an_essay_and_the_affiliations_it_states(corpus_copy: Path, tmp_path: Path) -> None:
    # Once, `--force` over an essay whose passages authors.yaml cited broke the corpus; affiliations now live in the essay.
    first = korea("add", str(ESSAYS / "signed-sections.txt"), "--id", "views", "--corpus", str(corpus_copy))
    assert first.returncode == 0, first.stderr
    assert [a.text for a in load(corpus_copy).authors["berg-anna"].affiliations] == ["Senior Fellow at the Nordic Institute of Asian Affairs"]
    changed = (ESSAYS / "signed-sections.txt").read_text(encoding="utf-8").replace("Senior Fellow at the Nordic", "Director at the Nordic")
    forced = korea("add", str(essay(tmp_path, "views.txt", changed)), "--id", "views", "--force", "--corpus", str(corpus_copy))
    assert forced.returncode == 0, forced.stderr
    passes_check(corpus_copy)
    assert [a.text for a in load(corpus_copy).authors["berg-anna"].affiliations] == ["Director at the Nordic Institute of Asian Affairs"]


def test_a_known_author_signing_with_an_affiliation_gets_it_recorded(corpus_copy: Path) -> None:
    korea("add", str(ESSAYS / "signed-sections.txt"), "--corpus", str(corpus_copy))
    lee = load(corpus_copy).authors["lee-sangsoo"]
    assert [(a.text, a.passage) for a in lee.affiliations] == [
        ("Head of ISDP’s Korea Project", "berg-three-views-peace:8"),
        ("Head of ISDP’s Korea Project", "isdp-2018-new-dawn:9"),
    ]


def old_layout(root: Path, into: Path) -> Path:
    """The corpus at `root` as korea 0.1 laid it out: every author, with their affiliations, in one authors.yaml."""
    shutil.copytree(root, into)
    corpus = load(root)
    lines = ["authors:"]
    for author in corpus.authors.values():
        lines += [f"  - id: {author.id}", f"    name: {author.name}", f"    aliases: {list(author.aliases)}", "    affiliations:"]
        lines += [f"      - text: {a.text}\n        passage: {a.passage}" for a in author.affiliations]
    (into / "authors.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(into / "authors")
    for record in (into / "essays").glob("*.yaml"):
        text = record.read_text(encoding="utf-8")
        start = text.index("\naffiliations:\n")
        record.write_text(text[:start] + text[text.index("\n\n", start + 1) :], encoding="utf-8")
    return into


def test_a_corpus_of_another_layout_is_told_to_migrate(corpus_copy: Path, tmp_path: Path) -> None:
    old = old_layout(corpus_copy, tmp_path / "old")
    result = korea("who", "--corpus", str(old))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"korea: {old}/authors.yaml: this corpus keeps its authors in one file, as korea 0.1 did;"
        f" run `korea migrate --corpus {old}` to give each its own file in authors/\n"
    )
    migrated = korea("migrate", "--corpus", str(old))
    assert (migrated.returncode, migrated.stderr) == (0, "")
    assert migrated.stdout == f"migrated {old}: 4 author files written, affiliations moved into 2 essays, authors.yaml removed\n"
    passes_check(old)
    assert korea("who", "--corpus", str(old)).stdout == korea("who", "--corpus", str(corpus_copy)).stdout
    again = korea("migrate", "--corpus", str(old))
    assert (again.returncode, again.stderr) == (2, f"korea: {old} has no authors.yaml: it is already in today's layout, one file per author in authors/\n")


# -- a kill at any instant -------------------------------------------------------------------------


STEPS = ("mkdir", "fsync", "rename", "replace", "unlink", "rmdir")
"""The calls by which a write changes the file system (a file written is counted at its fsync): a crash can land before any of them."""


def patch_steps(monkeypatch: pytest.MonkeyPatch, crash_at: int | None = None) -> list[int]:
    """Count a write's file-system steps; from step `crash_at` on, each raises Killed (a dead process does nothing more)."""
    count = [0]
    for name in STEPS:
        real = getattr(os, name)

        def step(*args: object, _real=real, **kwargs: object) -> object:
            count[0] += 1
            if crash_at is not None and count[0] >= crash_at:
                raise Killed
            return _real(*args, **kwargs)

        monkeypatch.setattr(os, name, step)
    return count


class Killed(BaseException):
    """A stand-in for SIGKILL: nothing after it runs, not even `except Exception` handlers."""


@pytest.mark.parametrize("force", [False, True], ids=["add", "add --force"])
def test_a_crash_at_every_step_leaves_the_old_or_the_new_essay_whole(corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: bool) -> None:
    old = (ESSAYS / "signed-sections.txt").read_bytes()
    new = old.replace(b"Senior Fellow at the Nordic", b"Director at the Nordic")
    if force:
        ingest.add(corpus_copy, old, essay_id="views")
    # The near-duplicate lookup reads the index (a cache, crash-safe on its own, tests/test_index.py) before the change
    # begins; left out here so that every run takes the same steps and each is crashed at exactly once.
    monkeypatch.setattr(ingest, "near_duplicates", lambda root, raw: [])
    counting = shutil.copytree(corpus_copy, tmp_path / "counted")
    with pytest.MonkeyPatch.context() as steps_patch:
        counted = patch_steps(steps_patch)
        ingest.add(counting, new, essay_id="views", force=force)
    steps = counted[0]
    assert steps >= 8
    for step in range(1, steps + 1):
        root = shutil.copytree(corpus_copy, tmp_path / f"crash-{step}")
        with pytest.MonkeyPatch.context() as steps_patch, pytest.raises(Killed):
            patch_steps(steps_patch, crash_at=step)
            ingest.add(root, new, essay_id="views", force=force)
        passes_check(root)  # `korea check` settles what the crash left, as every command does first
        text = (root / "essays" / "views.txt").read_bytes() if (root / "essays" / "views.txt").exists() else None
        assert text in (old if force else None, new), f"crash at step {step}"
        if text is None:
            assert not (root / "authors" / "berg-anna.yaml").exists(), f"crash at step {step}: an author without the essay"


def test_korea_add_killed_at_random_instants_leaves_the_old_or_the_new_essay_whole(corpus_copy: Path, tmp_path: Path) -> None:
    """SIGKILL, SIGTERM and SIGINT at random instants of real processes, 60 times, adding and replacing."""
    texts = {
        "old": (ESSAYS / "signed-sections.txt").read_bytes(),
        "new": (ESSAYS / "signed-sections.txt").read_bytes().replace(b"Senior Fellow at the Nordic", b"Director at the Nordic"),
    }
    files = {name: essay(tmp_path, f"{name}.txt", text) for name, text in texts.items()}
    assert korea("add", str(files["old"]), "--id", "views", "--corpus", str(corpus_copy)).returncode == 0

    def run(*args: str) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "korea_cli", "add", *args, "--corpus", str(corpus_copy)]
        return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())

    def another(name: str) -> tuple[Path, bytes]:
        """A text of its own (the corpus refuses a text it holds already)."""
        text = texts["new"] + f"\nWritten for {name}.\n".encode()
        return essay(tmp_path, f"{name}.txt", text), text

    started = time.monotonic()
    run(str(another("timing")[0]), "--id", "timing").wait(timeout=60)
    whole = time.monotonic() - started  # kill anywhere from start-up to just after the write
    rng = random.Random(11)
    signals = [signal.SIGKILL, signal.SIGTERM, signal.SIGINT]
    for attempt in range(60):
        replacing = attempt % 2 == 0
        if replacing:
            version = rng.choice(["old", "new"])
            path, text = files[version], texts[version]
            process = run(str(path), "--id", "views", "--force")
        else:
            path, text = another(f"added-{attempt}")
            process = run(str(path), "--id", f"added-{attempt}")
        time.sleep(rng.uniform(0.4, 1.05) * whole)
        process.send_signal(signals[attempt % 3])
        process.wait(timeout=60)
        passes_check(corpus_copy)
        assert (corpus_copy / "essays" / "views.txt").read_bytes() in texts.values(), f"attempt {attempt}"
        if not replacing and (corpus_copy / "essays" / f"added-{attempt}.txt").exists():
            assert (corpus_copy / "essays" / f"added-{attempt}.txt").read_bytes() == text
    assert korea("add", str(another("after")[0]), "--id", "after-the-kills", "--corpus", str(corpus_copy)).returncode == 0
    passes_check(corpus_copy)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda old: (old / "authors").mkdir() or (old / "authors" / "lee-sangsoo.yaml").write_text("id: lee-sangsoo\nname: Lee S\n"), "exists already"),
        (lambda old: _replace_in(old / "authors.yaml", "id: lee-sangsoo", "id: ../../evil"), "without a well-formed id"),
        (
            lambda old: _replace_in(
                old / "authors.yaml",
                "      - text: Head of ISDP’s Korea Project\n        passage: isdp-2018-new-dawn:9",
                "      - Head of ISDP’s Korea Project",
            ),
            "must be a list of",
        ),
    ],
    ids=["an author file already there", "an id that is a path", "an affiliation that is a string"],
)
def test_migrate_refuses_what_it_cannot_move_whole(corpus_copy: Path, tmp_path: Path, edit, message: str) -> None:
    old = old_layout(corpus_copy, tmp_path / "old")
    edit(old)
    before = snapshot(old)
    result = korea("migrate", "--corpus", str(old))
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert snapshot(old) == before


def _replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_index_updated_after_adds_orders_essays_as_a_fresh_build(corpus_copy: Path, tmp_path: Path) -> None:
    # 'x-2.yaml' sorts before 'x.yaml' as file names, after 'x' as ids: both the build and the update use ids.
    text = (ESSAYS / "single-author.txt").read_text(encoding="utf-8")
    korea("who", "--corpus", str(corpus_copy))
    for essay_id in ("x-2", "x"):
        assert korea("add", str(essay(tmp_path, f"{essay_id}.txt", text + f"\n{essay_id}\n")), "--id", essay_id, "--corpus", str(corpus_copy)).returncode == 0
    updated = korea("essays", "--corpus", str(corpus_copy)).stdout
    assert korea("index", "--rebuild", "--corpus", str(corpus_copy)).returncode == 0
    assert korea("essays", "--corpus", str(corpus_copy)).stdout == updated
    assert [line.split("\t")[0] for line in updated.splitlines()] == ["eai-2019-chun", "isdp-2018-new-dawn", "x", "x-2"]


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["--date", "２０１９"], "korea: --date '２０１９' must be a real date written YYYY, YYYY-MM or YYYY-MM-DD\n"),
        (["--date", "0000"], "korea: --date '0000' must be a real date written YYYY, YYYY-MM or YYYY-MM-DD\n"),
    ],
    ids=["fullwidth digits", "year zero"],
)
def test_dates_are_ascii_and_on_the_calendar(corpus_copy: Path, args: list[str], stderr: str) -> None:
    result = korea("add", str(ESSAYS / "single-author.txt"), *args, "--corpus", str(corpus_copy))
    assert (result.returncode, result.stderr) == (2, stderr)


def test_a_publisher_is_stated_only_by_its_own_words(corpus_copy: Path) -> None:
    assert korea("add", str(ESSAYS / "single-author.txt"), "--publisher", "ab", "--id", "pub", "--corpus", str(corpus_copy)).returncode == 0
    essay_ = load(corpus_copy).essays["pub"]
    assert (essay_.publisher.value, essay_.publisher.basis) == ("ab", "inferred")  # "ab" stands inside "about", not as a word


def test_a_reader_that_read_in_the_middle_of_an_add_reads_again(corpus_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An add lands between a reader's listing of the authors and its listing of the essays: the reader sees an essay whose
    author it did not see, and must read again rather than call the corpus broken."""
    from korea_cli import corpus as corpus_module
    from korea_cli.index import open_index

    raw = b"Race\n\nBy Racer Number Person\n\nSanctions should stay until talks resume.\n"
    real = corpus_module._Reader.read_authors
    landed: list[bool] = []

    def read_authors_then_an_add_lands(self):  # stands in for the method
        authors = real(self)
        if not landed:
            landed.append(True)
            ingest.add(corpus_copy, raw)
        return authors

    monkeypatch.setattr(corpus_module._Reader, "read_authors", read_authors_then_an_add_lands)
    index = open_index(corpus_copy)  # a first build: every file is read
    assert landed and "person-race" in [e["id"] for e in queries.essays(index)]
    assert queries.who(index, "person-racer-number")[0]["essays"] == ["person-race"]
    report = queries.check(corpus_copy)
    assert report["ok"], report["problems"]
