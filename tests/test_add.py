"""`korea add`: essays written for the tests (cases/essays/) become valid, searchable corpus entries."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TESTS, korea
from korea_cli.corpus import load, validate

ESSAYS = TESTS / "cases" / "essays"


def snapshot(root: Path) -> dict[str, str]:
    """Every file under the corpus and its digest, to prove nothing was written (the writers' lock file aside: taking it writes nothing)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file() and p.name != "lock"}


def add(corpus: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return korea("add", *args, "--corpus", str(corpus), stdin=stdin)


def roles(corpus: Path, essay_id: str) -> list[tuple[str, str | None]]:
    return [(p.role, p.author) for p in load(corpus).essays[essay_id].passages]


def test_single_author_with_date_and_boilerplate(corpus_copy: Path) -> None:
    result = add(corpus_copy, str(ESSAYS / "single-author.txt"))
    assert (result.returncode, result.stderr) == (0, "")
    essays = corpus_copy / "essays"
    assert result.stdout == (
        "added doe-2019-sanctions-relief-wait\n"
        "  title      Why Sanctions Relief Must Wait\n"
        "  date       2019-03-12\n"
        "  publisher  —\n"
        "  authors    Jane Doe (new: doe-jane)\n"
        "  passages   10: 1 title, 1 byline, 1 dateline, 1 caption, 3 body, 1 author_bio, 2 boilerplate\n"
        "  suggested  8 topics, 2 positions, 3 preconditions to review\n"
        f"  wrote      {corpus_copy}/authors/doe-jane.yaml, {essays}/doe-2019-sanctions-relief-wait.txt, {essays}/doe-2019-sanctions-relief-wait.yaml\n"
    )
    assert (essays / "doe-2019-sanctions-relief-wait.txt").read_bytes() == (ESSAYS / "single-author.txt").read_bytes()
    assert roles(corpus_copy, "doe-2019-sanctions-relief-wait") == [
        ("title", None),
        ("byline", "doe-jane"),
        ("dateline", None),
        ("caption", None),
        ("body", "doe-jane"),
        ("body", "doe-jane"),
        ("body", "doe-jane"),
        ("author_bio", "doe-jane"),
        ("boilerplate", None),
        ("boilerplate", None),
    ]
    essay = load(corpus_copy).essays["doe-2019-sanctions-relief-wait"]
    assert (essay.date.value, essay.date.basis, essay.date.evidence) == ("2019-03-12", "stated", "March 12, 2019")
    assert essay.publisher.value is None and essay.url.value is None


def test_signed_sections_reuse_a_known_author_and_keep_a_similar_name_apart(corpus_copy: Path) -> None:
    result = add(corpus_copy, str(ESSAYS / "signed-sections.txt"), "--publisher", "Korea Forum", "--date", "2020-05")
    assert result.returncode == 0, result.stderr
    assert "  authors    Anna Berg (new: berg-anna), Sang-hyun Lee (new: lee-sang-hyun), Sangsoo Lee (known: lee-sangsoo)\n" in result.stdout
    assert roles(corpus_copy, "berg-2020-three-views-peace") == [
        ("title", None),
        ("introduction", None),
        ("byline", "berg-anna"),
        ("body", "berg-anna"),
        ("body", "berg-anna"),
        ("byline", "lee-sang-hyun"),
        ("body", "lee-sang-hyun"),
        ("byline", "lee-sangsoo"),
        ("body", "lee-sangsoo"),
        ("disclaimer", None),
    ]
    corpus = load(corpus_copy)
    assert [(a.text, a.passage) for a in corpus.authors["berg-anna"].affiliations] == [
        ("Senior Fellow at the Nordic Institute of Asian Affairs", "berg-2020-three-views-peace:3")
    ]
    assert corpus.authors["lee-sang-hyun"].aliases == ("Lee Sang-hyun",)
    assert [e.id for e in corpus.essays.values() if "lee-sangsoo" in e.authors] == ["berg-2020-three-views-peace", "isdp-2018-new-dawn"]
    essay = corpus.essays["berg-2020-three-views-peace"]
    assert (essay.publisher.value, essay.publisher.basis) == ("Korea Forum", "stated")  # "The Korea Forum asked …"
    assert (essay.date.value, essay.date.basis) == ("2020-05", "inferred")


def test_an_author_already_in_the_corpus_given_without_diacritics(corpus_copy: Path) -> None:
    authors_before = snapshot(corpus_copy / "authors")
    result = add(corpus_copy, str(ESSAYS / "known-author.txt"), "--author", "Niklas Swanstrom")
    assert result.returncode == 0, result.stderr
    assert "  authors    Niklas Swanström (known: swanstrom-niklas)\n" in result.stdout
    assert roles(corpus_copy, "swanstrom-long-road-deal") == [
        ("editors_note", None),
        ("editors_note", None),
        ("title", None),
        ("body", "swanstrom-niklas"),
        ("body", "swanstrom-niklas"),
        ("author_bio", "swanstrom-niklas"),
        ("boilerplate", None),
    ]
    assert snapshot(corpus_copy / "authors") == authors_before  # reused, not added again


def test_suggestions_wait_for_review(corpus_copy: Path) -> None:
    add(corpus_copy, str(ESSAYS / "single-author.txt"))
    plain = korea("preconditions", "--author", "jane doe", "--corpus", str(corpus_copy))
    assert (plain.returncode, plain.stdout, plain.stderr) == (
        1,
        "",
        "korea: no preconditions match; 3 suggested, not yet reviewed: --include-suggested shows them\n",
    )
    reviewed_only = korea("preconditions", "--author", "jane doe", "--reviewed", "--corpus", str(corpus_copy))
    assert reviewed_only.stderr == "korea: no preconditions match\n"  # --reviewed asks for none of a draft's
    suggested = json.loads(korea("preconditions", "--author", "jane doe", "--include-suggested", "--format", "json", "--corpus", str(corpus_copy)).stdout)
    assert [(p["condition"], p["status"]) for p in suggested] == [
        ("it receives credible security guarantees from the United States", "suggested"),
        ("Pyongyang takes verifiable steps toward denuclearization, such as a full declaration of its nuclear facilities", "suggested"),
        ("verification", "suggested"),  # "Without verification, there can be no lasting deal."
    ]
    assert suggested[0]["topic"] == "security-guarantees"
    check = korea("check", "--corpus", str(corpus_copy))
    assert check.returncode == 0 and "5 suggested positions and preconditions await review" in check.stdout
    # Keeping one is deleting its status line; the corpus stays valid either way. It stays a draft's until the essay is reviewed.
    record = corpus_copy / "essays" / "doe-2019-sanctions-relief-wait.yaml"
    head, marker, preconditions = record.read_text(encoding="utf-8").partition("\npreconditions:\n")
    record.write_text(head + marker + preconditions.replace("  status: suggested\n", "", 1), encoding="utf-8")
    kept = korea("preconditions", "--author", "jane doe", "--corpus", str(corpus_copy))
    assert kept.returncode == 0 and kept.stdout.count("\n") == 1 and kept.stdout.split("\t")[8] == "draft"
    assert korea("preconditions", "--author", "jane doe", "--reviewed", "--corpus", str(corpus_copy)).returncode == 1
    record.write_text(record.read_text(encoding="utf-8").replace("review: draft\n", "review: reviewed\n", 1), encoding="utf-8")
    reviewed = korea("preconditions", "--author", "jane doe", "--reviewed", "--corpus", str(corpus_copy))
    assert reviewed.returncode == 0 and reviewed.stdout.split("\t")[8] == "reviewed"


def test_the_new_essay_is_searchable_at_once(corpus_copy: Path) -> None:
    add(corpus_copy, str(ESSAYS / "signed-sections.txt"))
    result = korea("search", "end of war declaration", "--corpus", str(corpus_copy))
    assert result.stdout.split("\t")[:2] == ["berg-three-views-peace:7", "Sang-hyun Lee"]


def test_dry_run_writes_nothing(corpus_copy: Path) -> None:
    before = snapshot(corpus_copy)
    result = add(corpus_copy, str(ESSAYS / "single-author.txt"), "--dry-run")
    assert result.returncode == 0 and result.stdout.startswith("would add doe-2019-sanctions-relief-wait\n")
    assert result.stdout.endswith("  (dry run: nothing written)\n")
    assert snapshot(corpus_copy) == before


def test_never_overwrites_without_force(corpus_copy: Path, tmp_path: Path) -> None:
    assert add(corpus_copy, str(ESSAYS / "known-author.txt"), "--author", "Swanstrom", "--id", "road").returncode == 0
    before = snapshot(corpus_copy)
    again = add(corpus_copy, str(ESSAYS / "known-author.txt"), "--author", "Swanstrom", "--id", "road")
    assert (again.returncode, again.stdout) == (2, "")
    assert again.stderr == f"korea: essay road already exists in {corpus_copy}/essays; pass --force to replace it, or --id for another id\n"
    assert snapshot(corpus_copy) == before
    forced = add(corpus_copy, str(ESSAYS / "known-author.txt"), "--author", "Swanstrom", "--id", "road", "--force")
    assert forced.returncode == 0
    # The same text under another id is refused: it is in the corpus already.
    again = add(corpus_copy, str(ESSAYS / "known-author.txt"), "--author", "Swanstrom")
    assert (again.returncode, again.stdout) == (2, "")
    assert again.stderr == "korea: this text is already in the corpus, as essay road; nothing was written (to replace that essay: --id road --force)\n"
    # Without --id, another text whose title gives a taken id gets a suffix rather than replacing anything.
    text = (ESSAYS / "known-author.txt").read_text(encoding="utf-8")
    for n in (1, 2, 3):
        (tmp_path / f"v{n}.txt").write_text(text.replace("no summit alone", f"no summit alone (version {n})"), encoding="utf-8")
    assert add(corpus_copy, str(tmp_path / "v1.txt"), "--author", "Swanstrom").stdout.startswith("added swanstrom-long-road-deal\n")
    second = add(corpus_copy, str(tmp_path / "v2.txt"), "--author", "Swanstrom").stdout
    assert second.startswith("added swanstrom-long-road-deal-2\n")
    assert (
        "  note       the id swanstrom-long-road-deal is another essay's, so this one is swanstrom-long-road-deal-2; to choose another, add again with --id\n"
        "  note       2 of its 3 long paragraphs are also in essay swanstrom-long-road-deal: if this is that essay again, replace it instead"
        " (--id swanstrom-long-road-deal --force)\n"
    ) in second
    # With --force and no --id, the essay of the same id is replaced, and the report says so.
    assert add(corpus_copy, str(tmp_path / "v3.txt"), "--author", "Swanstrom", "--force").stdout.startswith("replaced swanstrom-long-road-deal\n")


def test_force_never_throws_away_review_work_silently(corpus_copy: Path, tmp_path: Path) -> None:
    text = (ESSAYS / "known-author.txt").read_text(encoding="utf-8")
    before = snapshot(corpus_copy)
    result = add(corpus_copy, str(ESSAYS / "known-author.txt"), "--author", "Swanstrom", "--id", "isdp-2018-new-dawn", "--force")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "korea: essay isdp-2018-new-dawn holds review work (marked reviewed, 34 positions kept, 16 preconditions kept)"
        " that --force would throw away; add --discard-review to replace it all the same\n"
    )
    assert snapshot(corpus_copy) == before
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    forced = add(corpus_copy, str(tmp_path / "t.txt"), "--author", "Swanstrom", "--id", "isdp-2018-new-dawn", "--force", "--discard-review")
    assert forced.returncode == 0, forced.stderr


@pytest.mark.parametrize(
    ("make", "stderr"),
    [
        (lambda d: d / "missing.txt", "korea: no such file: {path}\n"),
        (lambda d: d, "korea: {path} is a directory; give the essay's text file\n"),
        (lambda d: _write(d / "empty.txt", b"  \n\n"), "korea: {path} is empty; give the essay's text\n"),
        (lambda d: _write(d / "latin1.txt", "Swanstr\xf6m wrote this.\n".encode("latin-1")), "korea: {path} is not UTF-8 text (byte 7); save it as UTF-8\n"),
        (
            lambda d: _write(d / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            "korea: {path} looks binary (it has NUL bytes); give the essay as plain text\n",
        ),
        (
            lambda d: _write(d / "nobody.txt", b"A Title\n\nA paragraph with no byline at all, so nobody is known to have written it.\n"),
            "korea: found no byline (such as 'By Jane Doe'); say who wrote it with --author NAME\n",
        ),
        (
            lambda d: _write(
                d / "editorial.txt",
                b"EDITORIAL\n\nKeep the patrols flying\n\nThe Editorial Board\nUpdated 14 August 2023\n\n"
                b"Australia's patrols against North Korean sanctions-busting are small, unglamorous and worth every dollar.\n",
            ),
            "korea: found no byline naming a person ('The Editorial Board' signs it); say who wrote it with --author NAME\n",
        ),  # an outlet's board is no author the corpus could tell from another outlet's
        (
            lambda d: _write(d / "page.html", b"<!DOCTYPE html>\n<html><head><title>After Hanoi</title></head><body><p>By Jane Doe</p></body></html>\n"),
            "korea: {path} is HTML, not the essay's text; save the page as plain text (or copy the text from the browser)\n",
        ),
    ],
    ids=["missing", "directory", "empty", "not-utf8", "binary", "no-byline", "editorial-board", "html"],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(corpus_copy: Path, tmp_path: Path, make, stderr: str) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    path = make(inputs)
    before = snapshot(corpus_copy)
    result = add(corpus_copy, str(path))
    assert (result.returncode, result.stdout, result.stderr) == (2, "", stderr.format(path=path))
    assert snapshot(corpus_copy) == before


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_web_address_is_said_to_be_no_file(corpus_copy: Path) -> None:
    result = add(corpus_copy, "https://example.org/after-hanoi")
    assert (result.returncode, result.stderr) == (
        2,
        "korea: no such file: https://example.org/after-hanoi; korea add reads a saved text, not a web address: save the page as text first\n",
    )


def test_co_authors_of_one_byline_are_both_authors_of_every_paragraph_under_it(corpus_copy: Path, tmp_path: Path) -> None:
    essay = tmp_path / "pair.txt"
    essay.write_text("A Joint View\n\nBy Jane Doe and John Roe\n\nTalks can resume only if both sides freeze their exercises.\n", encoding="utf-8")
    result = add(corpus_copy, str(essay))
    assert result.returncode == 0, result.stderr
    assert "  authors    Jane Doe (new: doe-jane), John Roe (new: roe-john)\n" in result.stdout
    corpus = load(corpus_copy)
    body = corpus.essays["doe-joint-view"].passages[2]
    assert (body.role, body.author, body.coauthors) == ("body", "doe-jane", ("roe-john",))
    assert corpus.essays["doe-joint-view"].authors == ("doe-jane", "roe-john")
    roe = korea("search", "freeze exercises", "--author", "john roe", "--corpus", str(corpus_copy))
    assert roe.stdout.split("\t")[:2] == ["doe-joint-view:3", "Jane Doe and John Roe"]  # named with both, found under either


INDENTED = (
    "Kaesong is not a reward\n\nBy Kim Hye-won, professor of North Korean studies at Dongrim University\n\n"
    "    In his New Year's address, Kim Jong-un said he was ready to resume\noperations at the Kaesong complex without preconditions.\n"
    "    I want to argue for a different view. The projects are not a reward\nto be handed over once denuclearization is complete.\n"
    "    Consider what Kaesong was. For more than a decade, workers from the\nNorth came every day to factories run on South Korean rules.\n"
    "    Seoul should request sanctions exemptions together with Washington,\nnot against it.\n"
)


def test_paragraphs_set_with_an_indent_each_become_a_passage(corpus_copy: Path, tmp_path: Path) -> None:
    essay = _write(tmp_path / "indented.txt", INDENTED.encode())
    result = add(corpus_copy, str(essay), "--id", "indented")
    assert result.returncode == 0, result.stderr
    assert "\nparagraphs: indented\n" in (corpus_copy / "essays" / "indented.yaml").read_text(encoding="utf-8")
    essay_read = load(corpus_copy).essays["indented"]
    assert [(p.role, p.author) for p in essay_read.passages] == [("title", None), ("byline", "kim-hye-won")] + [("body", "kim-hye-won")] * 4
    assert essay_read.passages[3].text.startswith("I want to argue for a different view.")  # verbatim from its first word, the indent left out
    assert korea("check", "--corpus", str(corpus_copy)).returncode == 0


def test_reads_standard_input(corpus_copy: Path) -> None:
    text = (ESSAYS / "single-author.txt").read_text(encoding="utf-8")
    result = add(corpus_copy, "-", "--id", "from-stdin", stdin=text)
    assert result.returncode == 0, result.stderr
    assert (corpus_copy / "essays" / "from-stdin.txt").read_text(encoding="utf-8") == text


def test_options_override_what_is_detected(corpus_copy: Path) -> None:
    result = add(
        corpus_copy, str(ESSAYS / "single-author.txt"), "--author", "Janet Roe", "--date", "2019-03-12", "--url", "https://example.org/a", "--id", "roe"
    )
    assert result.returncode == 0, result.stderr
    essay = load(corpus_copy).essays["roe"]
    assert essay.authors == ("roe-janet",)
    assert (essay.date.basis, essay.date.evidence) == ("stated", "March 12, 2019")  # the given date is the one the text states
    assert (essay.url.value, essay.url.basis) == ("https://example.org/a", "inferred")


@pytest.mark.parametrize(
    "text",
    [
        "A Title\n\nA paragraph with no byline at all, so nobody is known to have written it.\n",
        (  # a bio under 'About the author' that detection does not read as one: --author still says who wrote the body
            "After Singapore: The Verification Gap Nobody Negotiated\n\n"
            "The joint statement signed on Sentosa island this morning is, by the standards of arms control, a remarkably thin document.\n\n"
            "That is not necessarily a failure. Summits between adversaries rarely produce detail; they produce permission to negotiate it.\n\n"
            "About the author\n\nMats Engman\nMajor General (Retd) Mats Engman is a Senior Fellow at the Institute for Security and Development Policy.\n"
        ),
    ],
    ids=["nobody-named", "bio-read-as-a-credit"],
)
def test_the_refusals_advice_works_author_says_who_wrote_a_text_with_no_byline(corpus_copy: Path, tmp_path: Path, text: str) -> None:
    essay = _write(tmp_path / "unsigned.txt", text.encode())
    assert add(corpus_copy, str(essay)).stderr == "korea: found no byline (such as 'By Jane Doe'); say who wrote it with --author NAME\n"
    result = add(corpus_copy, str(essay), "--author", "Jane Roe", "--id", "unsigned")
    assert result.returncode == 0, result.stderr
    essay_ = load(corpus_copy).essays["unsigned"]
    assert essay_.authors == ("roe-jane",)
    assert [p.author for p in essay_.passages if p.role == "body"] == ["roe-jane"] * len([p for p in essay_.passages if p.role == "body"]) != []


def test_authors_given_for_the_sections_detected_keep_each_section_its_own(corpus_copy: Path, tmp_path: Path) -> None:
    """--author names the people detection found, in order; it never makes every section everyone's (nor one writer's)."""
    parts = [
        ("Corresponding measures are now Washington's homework", "Park Min-ji, research fellow at the Korea Institute for National Unification"),
        ("The military agreement is the real breakthrough", "Mats Engman, former Head of the Swedish Delegation to the NNSC"),
    ]
    text = "Two views on the Pyongyang Declaration\n\nWe asked two experts what the declaration asks of each side, and what comes next for Seoul.\n\n"
    argument = (
        "The freeze has to come first and it has to be verified by inspectors on the ground; sanctions relief can then follow in steps"
        " that can be reversed, so that neither side has to trust the other before the other has done anything at all."
    )
    text += "".join(f"{title}\n\n{argument}\n\n— {signature}\n\n" for title, signature in parts)
    essay = _write(tmp_path / "views.txt", text.encode())
    result = add(corpus_copy, str(essay), "--author", "Park Min-ji", "--author", "Mats Engman", "--id", "views")
    assert result.returncode == 0, result.stderr
    passages = load(corpus_copy).essays["views"].passages
    assert [(p.role, p.author, p.coauthors) for p in passages if p.role in ("body", "byline")] == [
        ("body", "park-min-ji", ()),
        ("byline", "park-min-ji", ()),
        ("body", "engman-mats", ()),
        ("byline", "engman-mats", ()),
    ]
    one = add(corpus_copy, str(essay), "--author", "Park Min-ji", "--dry-run")
    assert (one.returncode, one.stderr) == (2, "korea: found 2 authors (Park Min-ji, Mats Engman) but 1 --author; give one --author per author, in order\n")


def test_a_namesake_of_a_known_author_is_said_and_can_be_kept_apart(corpus_copy: Path, tmp_path: Path) -> None:
    """'Lee Sang-soo, correspondent at a newspaper' reads as the corpus's Sangsoo Lee (ISDP): the draft says the places differ,
    and --new-author makes them two people; a --new-author the essay does not name is refused."""
    text = (
        "Seoul should stop pretending sanctions still bite\n\nBy Lee Sang-soo, Senior Diplomatic Correspondent, The Kyunghyang Shinmun\n\n"
        "Everyone in Seoul knows the sanctions are leaking, and no one wants to say so aloud. The ships still sail, the coal still moves,"
        " and the panel that counted them has been disbanded; pretending otherwise only delays the policy we need.\n"
    )
    essay = _write(tmp_path / "namesake.txt", text.encode())
    merged = add(corpus_copy, str(essay), "--dry-run")
    assert "  authors    Sangsoo Lee (known: lee-sangsoo)\n" in merged.stdout
    assert (
        "  note       Lee Sang-soo is taken as Sangsoo Lee (lee-sangsoo) by the name, but the essay places them at 'Senior Diplomatic"
        " Correspondent, The Kyunghyang Shinmun', which Sangsoo Lee's record never names; if another person, add again with"
        " --new-author 'Lee Sang-soo'\n"
    ) in merged.stdout
    apart = add(corpus_copy, str(essay), "--dry-run", "--new-author", "Lee Sang-soo")
    assert "  authors    Lee Sang-soo (new: lee-sang-soo)\n" in apart.stdout, apart.stdout
    wrong = add(corpus_copy, str(essay), "--dry-run", "--new-author", "Kim Min-jun")
    assert (wrong.returncode, wrong.stderr) == (
        2,
        "korea: --new-author 'Kim Min-jun' is no one the essay names (Lee Sang-soo); give a name as the essay writes it\n",
    )


def test_the_bundled_corpus_is_never_written_to() -> None:
    result = korea("add", str(ESSAYS / "single-author.txt"))
    assert (result.returncode, result.stderr) == (2, "korea: say which corpus to add to with --corpus DIR or $KOREA_CORPUS (the bundled corpus is read-only)\n")


def test_two_adds_at_once_lose_nothing(corpus_copy: Path, tmp_path: Path) -> None:
    # Two essays by the same new author, added at the same moment: one author record, both essays, a valid corpus.
    first = tmp_path / "first.txt"
    second = tmp_path / "second.txt"
    first.write_text("A First View\n\nBy Kim Ha-na\n\nPeace needs patience and trust on both sides of the border.\n", encoding="utf-8")
    second.write_text("A Second View\n\nBy Kim Ha-na\n\nSanctions relief should come only if verification is agreed.\n", encoding="utf-8")
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "korea_cli", "add", str(path), "--corpus", str(corpus_copy)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=os.environ.copy(),
        )
        for path in (first, second)
    ]
    results = [(*p.communicate(timeout=60), p.returncode) for p in processes]
    assert [r[2] for r in results] == [0, 0], results
    corpus, problems = validate(corpus_copy)
    assert problems == []
    assert {"kim-first-view", "kim-second-view"} <= set(corpus.essays)
    assert [a for a in corpus.authors if a.startswith("kim-ha-na")] == ["kim-ha-na"]
    assert [e.id for e in corpus.essays.values() if "kim-ha-na" in e.authors] == ["kim-first-view", "kim-second-view"]


def test_a_near_duplicate_is_reported_and_a_different_essay_is_not(corpus_copy: Path, tmp_path: Path) -> None:
    # The ISDP essay again, re-wrapped at 60 columns, with a site's footer and one paragraph reworded: much of it is that essay.
    import textwrap

    original = (corpus_copy / "essays" / "isdp-2018-new-dawn.txt").read_text(encoding="utf-8")
    paragraphs = original.split("\n\n")
    paragraphs[12] = "A reworded paragraph that no essay holds, about sanctions and summits and the peace regime, long enough to probe."
    copy = "\n\n".join(textwrap.fill(p, 60) for p in paragraphs) + "\n\nShare this article\n\n© 2024 Someone\n"
    (tmp_path / "copy.txt").write_text(copy, encoding="utf-8")
    result = add(corpus_copy, str(tmp_path / "copy.txt"), "--dry-run")
    assert result.returncode == 0, result.stderr
    notes = re.findall(
        r"  note       (\d+) of its (\d+) long paragraphs are also in essay (\S+): if this is that essay again, replace it instead", result.stdout
    )
    assert [essay for _, _, essay in notes] == ["isdp-2018-new-dawn"]
    shared, probed = int(notes[0][0]), int(notes[0][1])
    assert probed - 2 <= shared < probed  # every long paragraph but the reworded one (and a probe across a re-wrapped dash, perhaps)
    unrelated = add(corpus_copy, str(ESSAYS / "single-author.txt"), "--dry-run")
    assert "also in essay" not in unrelated.stdout


def test_a_one_word_author_is_the_one_known_author_of_that_name(corpus_copy: Path) -> None:
    result = add(corpus_copy, str(ESSAYS / "known-author.txt"), "--author", "swanstrom", "--dry-run")
    assert "  authors    Niklas Swanström (known: swanstrom-niklas)\n" in result.stdout
    assert "  note       swanstrom is taken as Niklas Swanström (swanstrom-niklas), the one known author of that name" in result.stdout


@pytest.mark.parametrize(
    ("text", "note"),
    [
        pytest.param(
            "A Quiet Talk\n\nBy Jane Doe\n\nQ: What now?\n\nWe should talk, and sanctions should stay until verification begins.\n\n"
            "Q: And then?\n\nThen the peace regime can follow, step by step, with guarantees on both sides.\n",
            "the answers are taken as Jane Doe's, the first person the text names: it does not say who is interviewed; check the authors",
            id="an interview that names no interviewee",
        ),
        pytest.param(
            "A Quiet Talk\n\nSanctions should stay in place until verification begins in earnest, and talks should resume.\n\n"
            "The peace regime can follow, step by step, with guarantees on both sides and a freeze first.\n\n"
            "Jane Doe is a senior fellow at the Nordic Institute.\n",
            "no byline: Jane Doe is taken as the author from the bio at paragraph 4",
            id="an author known only from a bio",
        ),
        pytest.param(
            "A Quiet Talk\n\nInterview by Karin Holm\n\nQ: What now?\n\nSwanström: We should talk, and sanctions should stay until verification begins.\n\n"
            "Q: And then?\n\nSwanström: Then the peace regime can follow, step by step, with guarantees on both sides.\n",
            "the answers are taken as Niklas Swanström's, the one known author called Swanström: the text gives no fuller name; check the authors",
            id="an interviewee named by surname alone",
        ),
        pytest.param(
            "A Quiet Talk\n\nMarch 4, 2019\n\n"
            + "Sanctions should stay in place until verification begins in earnest, and talks should resume soon. " * 4
            + "\n\nPrime Minister Shinzo Abe has been right to press the abduction issue, and he should go on doing so now.\n\n"
            + "The peace regime can follow, step by step, with guarantees on both sides and a freeze first. " * 4
            + "\n\nProfile: Jane Doe is a professor of international politics at Kanazawa University.\n",
            "no byline: Jane Doe is taken as the author from the bio at paragraph 6",
            id="a bio under a label, a politician in the argument",
        ),
    ],
)
def test_what_detection_guessed_is_said(corpus_copy: Path, tmp_path: Path, text: str, note: str) -> None:
    (tmp_path / "essay.txt").write_text(text, encoding="utf-8")
    result = add(corpus_copy, str(tmp_path / "essay.txt"), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert f"  note       {note}\n" in result.stdout


def test_the_same_text_but_for_whitespace_is_refused_too(corpus_copy: Path, tmp_path: Path) -> None:
    text = (ESSAYS / "known-author.txt").read_text(encoding="utf-8")
    add(corpus_copy, str(ESSAYS / "known-author.txt"), "--author", "Swanstrom", "--id", "road")
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8") + b"\r\n")
    again = add(corpus_copy, str(tmp_path / "crlf.txt"), "--author", "Swanstrom")
    assert (again.returncode, again.stderr) == (
        2,
        "korea: this text is already in the corpus, as essay road; nothing was written (to replace that essay: --id road --force)\n",
    )


def test_a_given_date_the_text_states_more_finely_is_stated(corpus_copy: Path) -> None:
    result = korea("add", str(ESSAYS / "single-author.txt"), "--date", "2019-03", "--format", "json", "--dry-run", "--corpus", str(corpus_copy))
    assert result.returncode == 0, result.stderr
    record = corpus_copy / "essays"
    assert json.loads(result.stdout)["date"] == "2019-03"
    drafted = ingest_draft(corpus_copy, ESSAYS / "single-author.txt", date="2019-03")
    assert drafted.facts["date"] == {"value": "2019-03", "basis": "stated", "evidence": "March 12, 2019"}
    assert not list(record.glob("doe-*"))


def ingest_draft(root: Path, path: Path, **options: str):
    from korea_cli import ingest
    from korea_cli.corpus import read_shared

    return ingest.draft(read_shared(root), path.read_bytes(), **options)


@pytest.mark.parametrize(
    ("name", "note"),
    [
        (
            "Swanstorm",
            "Swanstorm is taken as a new author, one word long; if you meant Niklas Swanström (swanstrom-niklas), add again with --author 'Niklas Swanström'",
        ),
        ("Jane", "Jane is taken as a new author, one word long: if that is not the whole name, add again with --author 'FULL NAME'"),
    ],
)
def test_a_one_word_author_the_corpus_does_not_know_is_said(corpus_copy: Path, name: str, note: str) -> None:
    result = add(corpus_copy, str(ESSAYS / "known-author.txt"), "--author", name, "--dry-run")
    assert f"  note       {note}\n" in result.stdout


def test_an_author_with_nothing_annotated_is_shown_and_said(corpus_copy: Path) -> None:
    """`korea who doe` after `add`: the author's record in a table and JSON; in TSV and CSV, one row per annotation, no row but
    the same columns as ever (a pipeline reads the same fields whoever it asks about); and a line saying there is nothing yet."""
    assert add(corpus_copy, str(ESSAYS / "single-author.txt")).returncode == 0
    said = "korea: no positions or preconditions annotated for Jane Doe (doe-jane) yet; the author's record is shown\n"
    no_row = "korea: no positions or preconditions annotated for Jane Doe (doe-jane) yet; no row (a table or --format json shows the author's record)\n"
    piped = korea("who", "doe", "--corpus", str(corpus_copy))
    assert (piped.returncode, piped.stdout, piped.stderr) == (0, "", no_row)
    as_csv = korea("who", "doe", "--format", "csv", "--corpus", str(corpus_copy))
    assert (as_csv.returncode, as_csv.stdout, as_csv.stderr) == (0, "kind,topic,stance,goal,held_by,text,quote,passage,series,ordinal\n", no_row)
    as_json = korea("who", "doe", "--format", "json", "--corpus", str(corpus_copy))
    assert (as_json.returncode, as_json.stderr) == (0, said)
    record = json.loads(as_json.stdout)[0]
    assert (record["id"], record["positions"], record["preconditions"]) == ("doe-jane", [], [])


def test_a_sentence_said_twice_is_suggested_once(corpus_copy: Path, tmp_path: Path) -> None:
    """A refrain (or a copy that repeats a line) gave two identical suggestions, which `korea check` refuses as a repeat."""
    refrain = "Sanctions should stay in place until verification begins in earnest."
    text = f"A Quiet Talk\n\nBy Jane Doe\n\n{refrain} The talks should resume.\n\nA long way remains. {refrain}\n"
    (tmp_path / "essay.txt").write_text(text, encoding="utf-8")
    result = add(corpus_copy, str(tmp_path / "essay.txt"))
    assert (result.returncode, result.stderr) == (0, "")
    assert korea("check", "--corpus", str(corpus_copy)).returncode == 0
    quotes = [position.quote for position in load(corpus_copy).positions if position.essay == "doe-quiet-talk"]
    assert quotes.count(refrain) == 1


@pytest.mark.parametrize(
    ("text", "note"),
    [
        pytest.param(
            "The Thaw That Wasn't\n\nBy Daniel Kessler\n\nMay 24, 2021\n\n"
            + "Sanctions should stay in place until verification begins in earnest, and the talks should resume soon after. " * 3
            + "\n\n"
            + "The peace regime can follow, step by step, with guarantees on both sides and a freeze on fissile material first. " * 3
            + "\n\nUntil next week,\nDan\n",
            None,
            id="a sign-off by a short first name",
        ),
        pytest.param(
            "Freeze First\n\nBy\nDr Ayesha Farooq\nResearch Fellow\nArms Control and Disarmament Centre, ISSI\n\nJanuary 28, 2021\n\n"
            "Sanctions should stay in place until verification begins in earnest, and the talks should resume soon after.\n\n"
            "The peace regime can follow, step by step, with guarantees on both sides and a freeze on fissile material first.\n",
            "Ayesha Farooq's affiliation is not recorded: paragraph 2 states it over several lines",
            id="an affiliation over several lines",
        ),
        pytest.param(
            "Keeping the channels open\n\nBy Mats Engman\n\nStockholm, [Deleted: 15][Inserted: 22] May 2023\n\n"
            "The freeze has to come first, and it has to be verified by inspectors on the ground; relief can follow in steps.\n\n"
            "The peace regime can follow, step by step, with guarantees on both sides and a freeze on fissile material first.\n",
            None,
            id="a date line with a tracked change",
        ),
        pytest.param(
            "Keeping the channels open\n\nBy Mats Engman\n\nJune 21, 20246:00 AM GMT+9\n\n"
            "The freeze has to come first, and it has to be verified by inspectors on the ground; relief can follow in steps.\n\n"
            "The peace regime can follow, step by step, with guarantees on both sides and a freeze on fissile material first.\n",
            None,
            id="a date glued to its time",
        ),
    ],
)
def test_what_detection_reads_is_always_a_draft_check_accepts(corpus_copy: Path, tmp_path: Path, text: str, note: str | None) -> None:
    """No byline without an author who writes, no affiliation that is not the text's own words: `korea add` never refuses its draft."""
    (tmp_path / "essay.txt").write_text(text, encoding="utf-8")
    result = add(corpus_copy, str(tmp_path / "essay.txt"))
    assert (result.returncode, result.stderr) == (0, "")
    assert korea("check", "--corpus", str(corpus_copy)).returncode == 0
    assert note is None or note in result.stdout


@pytest.mark.parametrize("spelled", ["Niklas Swanstroem", "Niklas Swanstrom", "Niklas Swanström", "SWANSTROEM Niklas"])
def test_a_known_name_s_umlaut_spelled_out_is_the_known_author(corpus_copy: Path, tmp_path: Path, spelled: str) -> None:
    """German writes 'ö' as 'oe' where it cannot print it: 'Swanstroem' is Swanström as surely as 'Swanstrom' is."""
    body = "Sanctions relief should follow a verified freeze, step by step, and each step should be reversible if the other side cheats."
    (tmp_path / "essay.txt").write_text(f"After Hanoi\n\nBy {spelled}\n\n{body}\n\n{body}\n", encoding="utf-8")
    drafted = ingest_draft(corpus_copy, tmp_path / "essay.txt")
    assert [(a.id, a.new) for a in drafted.authors] == [("swanstrom-niklas", False)]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Nik Swanström", ("swanstrom-niklas", False)),  # the short form of his given name
        ("Sang Lee", ("lee-sang", True)),  # a Korean name's first syllable is no short form of Sangsoo
        ("Ni Swanström", ("swanstrom-ni", True)),  # two letters are too few to be his
        ("N. Swanström", ("swanstrom-niklas", False)),  # his initial
        ("S. Lee", ("lee-s", True)),  # no initial stands for a Korean given name
    ],
)
def test_a_known_author_under_a_short_form_of_the_given_name(corpus_copy: Path, tmp_path: Path, byline: str, author: tuple[str, bool]) -> None:
    body = "Sanctions relief should follow a verified freeze, step by step, and each step should be reversible if the other side cheats."
    (tmp_path / "essay.txt").write_text(f"After Hanoi\n\nBy {byline}\n\n{body}\n\n{body}\n", encoding="utf-8")
    drafted = ingest_draft(corpus_copy, tmp_path / "essay.txt")
    assert [(a.id, a.new) for a in drafted.authors] == [author]


_COLUMNS_BODY = "Sanctions relief should follow a verified freeze, step by step, and each step should be reversible if the other side cheats."


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (  # a Word document's tabs, a tab after a bullet the space it stands for
            "Small Steps on Firm Ground\n\nSang-soo Lee\t\tMarieke de Vries\n"
            "Senior Research Fellow, ISDP\tAssistant Professor, Leiden University\n\nSeptember 2019\n\n"
            f"•\t{_COLUMNS_BODY}\n\n{_COLUMNS_BODY}\n\n{_COLUMNS_BODY}\n",
            ["Sangsoo Lee", "Marieke de Vries"],
        ),
        (  # pdftotext's layout: under their byline, a wide gap of spaces between the columns
            "   Calibrated, Practical and Patient?\n\n   What the Biden administration's North Korea review means for Seoul, for Pyongyang"
            " and for Europe, which has tools of its own to offer.\n\n   By Sang-yoon Lee and Katarzyna Nowicka\n\n"
            "   Sang-yoon Lee                                  Katarzyna Nowicka\n"
            "   Korea Foundation Visiting Fellow,              Associate Fellow,\n"
            "   Berlin Forum for Asian Security                Warsaw Centre for Arms Control\n\n"
            f"   {_COLUMNS_BODY}\n\n   {_COLUMNS_BODY}\n",
            ["Sang-yoon Lee", "Katarzyna Nowicka"],
        ),
    ],
    ids=["word-tabs", "pdftotext-layout"],
)
def test_two_authors_side_by_side_in_columns_are_two(corpus_copy: Path, tmp_path: Path, text: str, authors: list[str]) -> None:
    """The gap between two columns is no space in one long name: two people, each over their post."""
    (tmp_path / "essay.txt").write_text(text, encoding="utf-8")
    assert [a.name for a in ingest_draft(corpus_copy, tmp_path / "essay.txt").authors] == authors


def test_a_panelist_sharing_a_known_author_s_surname_is_read_from_the_panel_without_a_guess(corpus_copy: Path, tmp_path: Path) -> None:
    """'LEE:' among a panel's listed guests is the Sang-hyun Lee the list names, and no note says it was taken as Sangsoo Lee."""
    answer = "For this generation of leadership, yes, and the door will stay shut until Seoul and Washington offer something new."
    (tmp_path / "essay.txt").write_text(
        "Is the Korean peace agenda finished?\n\nModerated by Anton Belyakov\n\nParticipants:\n"
        "Sang-hyun Lee, Senior Research Fellow, Nakdong Institute for Peace Studies, Busan\n"
        "Gao Peiran, Associate Professor, School of International Relations, Huadong University, Shanghai\n\n"
        f"BELYAKOV: Has Pyongyang closed the door on unification?\n\nLEE: {answer}\n\nGAO: Beijing has said little. {answer}\n\n"
        f"BELYAKOV: And the sanctions?\n\nGAO: I disagree that sanctions were ever the answer. {answer}\n",
        encoding="utf-8",
    )
    drafted = ingest_draft(corpus_copy, tmp_path / "essay.txt")
    assert [a.name for a in drafted.authors] == ["Sang-hyun Lee", "Gao Peiran"]
    assert not [note for note in drafted.notes if "Sangsoo Lee's" in note]


def test_every_answer_names_each_author_of_a_co_written_passage(corpus_copy: Path, tmp_path: Path) -> None:
    """`show`, `search` and `quote --cite` name both writers of a passage two signed, not the first alone."""
    body = "Sanctions relief should follow a verified freeze, step by step, and each step should be reversible if the other side cheats."
    (tmp_path / "essay.txt").write_text(
        f"A freeze first\n\nBy Margaret Okafor and Daniel Kessler\n\nJune 25, 2020\n\n{body}\n\n{body} Again.\n", encoding="utf-8"
    )
    assert add(corpus_copy, str(tmp_path / "essay.txt")).returncode == 0
    shown = json.loads(korea("show", "okafor-2020-freeze-first", "--format", "json", "--corpus", str(corpus_copy)).stdout)
    assert [record["author"] for record in shown if record["role"] == "body"] == ["Margaret Okafor and Daniel Kessler"] * 2
    found = korea("search", "verified freeze", "--corpus", str(corpus_copy)).stdout.splitlines()
    assert found[0].split("\t")[1] == "Margaret Okafor and Daniel Kessler"
    cited = korea("quote", "okafor-2020-freeze-first:4", "--cite", "--corpus", str(corpus_copy)).stdout
    assert "— Margaret Okafor and Daniel Kessler, “A freeze first”" in cited


@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        ("It lapsed in 1999.[3] Japan and Russia should be consulted first.", ["It lapsed in 1999.", "Japan and Russia should be consulted first."]),
        ("A: China must be part of any verification arrangement.", ["China must be part of any verification arrangement."]),
        ("Engman: We must freeze first.", ["We must freeze first."]),
    ],
)
def test_a_suggested_quote_leaves_out_a_note_s_mark_and_a_turn_s_label(paragraph: str, quotes: list[str]) -> None:
    from korea_cli.suggest import sentences

    assert sentences(paragraph) == quotes


@pytest.mark.parametrize(("n", "said"), [(0, "0 positions"), (1, "1 position"), (2, "2 positions")])
def test_a_count_agrees_with_its_noun(n: int, said: str) -> None:
    from korea_cli.text import counted

    assert counted(n, "position") == said


def test_a_known_author_whose_record_says_no_place_is_reused_with_a_note(corpus_copy: Path, tmp_path: Path) -> None:
    """An author added from an essay that said nowhere where she works, then named again by an essay that places her at an
    institute: taken as the same by the name alone, which the draft says (she may be another person)."""
    first = _write(tmp_path / "first.txt", b"A First View\n\nBy Kim Ha-na\n\nPeace needs patience and trust on both sides of the border.\n")
    assert add(corpus_copy, str(first)).returncode == 0
    second = _write(
        tmp_path / "second.txt",
        b"A Second View\n\nBy Kim Ha-na, Senior Fellow, Busan Institute for Peace Studies\n\nSanctions relief should come only if verification is agreed.\n",
    )
    again = add(corpus_copy, str(second), "--dry-run")
    assert "  authors    Kim Ha-na (known: kim-ha-na)\n" in again.stdout, again.stdout
    assert (
        "  note       Kim Ha-na is taken as Kim Ha-na (kim-ha-na) by the name alone: the essay places them at 'Senior Fellow, Busan"
        " Institute for Peace Studies', and no essay in the corpus says where Kim Ha-na works; if another person, add again with"
        " --new-author 'Kim Ha-na'\n"
    ) in again.stdout, again.stdout


def test_an_abstract_page_with_no_argument_is_refused_for_what_it_lacks(corpus_copy: Path, tmp_path: Path) -> None:
    """A journal's abstract page has a byline but no argument: the refusal says so, not that the byline is missing."""
    text = (
        "Research Article\n\nSequencing Relief: Verification and the Yongbyon Question\n\n"
        "Sang-hoon Lee (Korea Institute for Peninsula Studies, Seoul) and Aleksandra Nowak (Jagiellonian University, Kraków)\n\n"
        "Abstract\nMost proposals for a phased deal with North Korea treat sanctions relief and verification as separate ledgers."
        " We argue that they must be negotiated together, step by step, or neither will hold.\n\n"
        "Keywords: North Korea; sanctions relief; verification\n"
    )
    essay = _write(tmp_path / "abstract.txt", text.encode())
    assert add(corpus_copy, str(essay)).stderr == "korea: found no body text, only a title, bylines, an abstract or notes; give the whole essay\n"


@pytest.mark.parametrize(
    ("line", "evidence"),
    [
        ("Stockholm, [Deleted: 15][Inserted: 22] May 2023", "Stockholm, [Deleted: 15][Inserted: 22] May 2023"),  # the changes accepted
        ("Published June 22, 20236:00 AM GMT+9", "June 22, 20236:00"),  # the year glued to the time
    ],
)
def test_a_date_read_from_a_line_the_copy_changed_cites_the_line_as_written(corpus_copy: Path, tmp_path: Path, line: str, evidence: str) -> None:
    """The date the reading finds, but not in these words: the draft states it with the text's own words around it."""
    body = "Sanctions relief should follow a verified freeze, step by step, and each step should be reversible if the other side cheats."
    (tmp_path / "essay.txt").write_text(f"After Hanoi\n\nBy Mats Engman\n\n{line}\n\n{body}\n\n{body}\n", encoding="utf-8")
    drafted = ingest_draft(corpus_copy, tmp_path / "essay.txt")
    assert drafted.facts["date"] == {"value": "2023-05-22" if "May" in line else "2023-06-22", "basis": "stated", "evidence": evidence}
