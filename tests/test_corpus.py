"""The core: loading, validation and the facts of the bundled corpus."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from conftest import TESTS
from korea_cli.corpus import load, validate
from korea_cli.errors import CorpusError
from korea_cli.layout import locate
from korea_cli.text import fold, paragraph_spans, quote_in, text_layout

SEEDS = TESTS.parents[1] / "shared" / "seeds"
BROKEN_CASES = yaml.safe_load((TESTS / "cases" / "broken_corpus.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def corpus(bundled: Path):
    return load(bundled)


def test_bundled_corpus_is_clean(bundled: Path) -> None:
    corpus, problems = validate(bundled)
    assert [str(p) for p in problems] == []
    assert corpus is not None


def test_counts(corpus) -> None:
    assert sorted(corpus.essays) == ["eai-2019-chun", "isdp-2018-new-dawn"]
    assert sorted(corpus.authors) == ["chun-chaesung", "engman-mats", "lee-sangsoo", "swanstrom-niklas"]
    assert len(corpus.passages) == 16 + 26


SEED_SHA256 = {
    "eai-2019-chun": "dce63214c8e28114485965d8c1afe506947c9749307713e25efcb815f8c8a827",  # ../shared/seeds/000_b27a1d83132a2c04.txt
    "isdp-2018-new-dawn": "6b6623b5af0b45258f02b6d2a270e3a688a117b621557350e94b0a250f4fb912",  # ../shared/seeds/004_42f6b55d0085de7b.txt
}
"""The seeds' own digests, taken from the seed files: the bundled texts must be these bytes, with or without the seeds at hand."""


@pytest.mark.parametrize("name", sorted(SEED_SHA256))
def test_text_is_the_seed_verbatim(bundled: Path, name: str) -> None:
    text = (bundled / "essays" / f"{name}.txt").read_bytes()
    recorded = yaml.safe_load((bundled / "essays" / f"{name}.yaml").read_text(encoding="utf-8"))["text_sha256"]
    assert hashlib.sha256(text).hexdigest() == recorded == SEED_SHA256[name]
    if SEEDS.is_dir():  # beside a checkout of the project: the pinned digests are the seeds' own
        assert SEED_SHA256[name] in {hashlib.sha256(seed.read_bytes()).hexdigest() for seed in SEEDS.glob("*.txt")}


def test_every_paragraph_has_a_role_and_every_body_paragraph_an_author(corpus) -> None:
    for essay in corpus.essays.values():
        for passage in essay.passages:
            if passage.role == "body":
                assert passage.author in essay.authors


def test_what_is_not_an_argument(corpus) -> None:
    roles = {pid: p.role for pid, p in corpus.passages.items()}
    assert roles["eai-2019-chun:1"] == roles["eai-2019-chun:2"] == "editors_note"
    assert roles["eai-2019-chun:15"] == "author_bio"
    assert roles["eai-2019-chun:16"] == "boilerplate"
    assert [roles[f"isdp-2018-new-dawn:{n}"] for n in (1, 2, 3, 26)] == ["title", "caption", "introduction", "disclaimer"]
    assert corpus.passages["isdp-2018-new-dawn:3"].author is None


def test_three_signed_sections(corpus) -> None:
    essay = corpus.essays["isdp-2018-new-dawn"]
    bylines = [(p.n, p.author) for p in essay.passages if p.role == "byline"]
    assert bylines == [(4, "swanstrom-niklas"), (9, "lee-sangsoo"), (17, "engman-mats")]
    for p in essay.passages:
        if p.role == "body":
            section = max(n for n, _ in bylines if n < p.n)
            assert p.author == dict(bylines)[section]


def test_metadata_is_stated_or_inferred_never_invented(corpus) -> None:
    eai, isdp = corpus.essays["eai-2019-chun"], corpus.essays["isdp-2018-new-dawn"]
    assert eai.title.value is None and eai.title.reason
    assert (isdp.title.value, isdp.title.basis) == ("New Dawn or False Hope on the Korean Peninsula?", "stated")
    assert (eai.date.value, eai.date.basis) == ("2019", "inferred") and "Hanoi" in eai.date.reason
    assert (isdp.date.value, isdp.date.basis) == ("2018", "inferred") and "Olympics" in isdp.date.reason
    assert eai.publisher.basis == isdp.publisher.basis == "inferred"  # neither text names its publisher; both are read from the authors' posts
    assert "ISDP’s Korea experts" in isdp.publisher.reason
    assert eai.url.value is None and isdp.url.value is None


def test_authors_are_the_signatories_not_the_people_mentioned(corpus) -> None:
    names = {fold(name) for a in corpus.authors.values() for name in (a.name, *a.aliases)}
    assert {"chun chaesung", "chaesung chun", "niklas swanstrom", "sangsoo lee", "mats engman"} <= names
    for mentioned in ("kim jong un", "donald trump", "moon", "vincent brooks"):
        assert mentioned not in names


@pytest.mark.parametrize("topic", ["sanctions", "security-guarantees"])
def test_every_author_takes_a_position_on(corpus, topic: str) -> None:
    assert {p.author for p in corpus.positions if p.topic == topic} == set(corpus.authors)


def test_the_four_numbered_preconditions_of_the_eai_essay(corpus) -> None:
    numbered = [p.quote.split(",")[0] for p in corpus.preconditions if p.essay == "eai-2019-chun" and re.match(r"(First|Second|Third|Fourth),", p.quote)]
    assert numbered == ["First", "Second", "Third", "Fourth"]


@pytest.mark.parametrize(
    ("author", "phrase"),
    [("swanstrom-niklas", "far-reaching concessions"), ("engman-mats", "security guarantees"), ("lee-sangsoo", "phased roadmap")],
)
def test_isdp_preconditions(corpus, author: str, phrase: str) -> None:
    assert any(phrase in p.quote for p in corpus.preconditions if p.author == author)


def test_every_annotation_quote_is_verbatim_in_its_passage(corpus) -> None:
    for note in (*corpus.positions, *corpus.preconditions):
        assert quote_in(note.quote, corpus.passages[note.passage].text), note


@pytest.mark.parametrize("case", BROKEN_CASES, ids=[c["name"] for c in BROKEN_CASES])
def test_broken_corpus_is_reported(corpus_copy: Path, case: dict) -> None:
    path = corpus_copy / case["file"]
    source = path.read_text(encoding="utf-8")
    if "whole" in case:
        path.write_text(case["whole"], encoding="utf-8")
        line = 1
    else:
        old, new = case["replace"]
        assert source.count(old) == 1, "the case must change exactly one place"
        path.write_text(source.replace(old, new), encoding="utf-8")
        line = source[: source.index(old)].count("\n") + 1

    def fill(template: str) -> str:
        template = template.replace("{file}", str(path)).replace("{root}", str(corpus_copy))
        return re.sub(r"\{line([+-]\d+)?\}", lambda m: str(line + int(m.group(1) or 0)), template)

    _, problems = validate(corpus_copy)
    assert [str(p) for p in problems] == [fill(e) for e in case["expect"]]
    assert not (corpus_copy / "pwned").exists() and not Path("pwned").exists()


def test_load_stops_at_the_first_problem_and_counts_the_rest(corpus_copy: Path) -> None:
    essay = corpus_copy / "essays" / "eai-2019-chun.yaml"
    essay.write_text(essay.read_text(encoding="utf-8").replace("stance: observes", "stance: notes"), encoding="utf-8")
    with pytest.raises(CorpusError) as raised:
        load(corpus_copy)
    assert str(raised.value).endswith(
        "unknown stance 'notes'; use one of: supports, opposes, conditional, skeptical, observes (6 problems in all; `korea check` lists them)"
    )
    assert raised.value.file == str(essay)


def test_missing_text_file(corpus_copy: Path) -> None:
    (corpus_copy / "essays" / "eai-2019-chun.txt").unlink()
    _, problems = validate(corpus_copy)
    assert [p.message for p in problems][:1] == ["its text eai-2019-chun.txt is missing; put the essay text beside the YAML"]


def test_text_that_is_not_utf8(corpus_copy: Path) -> None:
    (corpus_copy / "essays" / "eai-2019-chun.txt").write_bytes(b"Editor\xe2s Note\n")
    _, problems = validate(corpus_copy)
    assert [str(p) for p in problems][:1] == [f"{corpus_copy}/essays/eai-2019-chun.txt: not UTF-8 text (byte 6); save it as UTF-8"]


def test_a_text_without_its_yaml_is_a_warning_not_a_problem(corpus_copy: Path) -> None:
    # What an add cut short between its two renames leaves: not yet an essay, and no harm done.
    (corpus_copy / "essays" / "stray.txt").write_text("A paragraph.\n", encoding="utf-8")
    warnings: list[str] = []
    _, problems = validate(corpus_copy, warnings)
    assert problems == []
    assert warnings == [f"{corpus_copy}/essays/stray.txt: a text without stray.yaml is not part of the corpus; add its YAML or remove it"]


def test_locate_prefers_option_then_environment_then_bundled(tmp_path: Path, corpus_copy: Path, bundled: Path) -> None:
    assert locate(str(corpus_copy), {"KOREA_CORPUS": "/nowhere"}) == corpus_copy
    assert locate(None, {"KOREA_CORPUS": str(corpus_copy)}) == corpus_copy
    assert locate(None, {}) == bundled
    with pytest.raises(CorpusError, match=r"corpus directory '/nowhere' \(from KOREA_CORPUS\) does not exist"):
        locate(None, {"KOREA_CORPUS": "/nowhere"})
    with pytest.raises(CorpusError, match=r"is not a korea corpus: it has no codebook.yaml"):
        locate(str(tmp_path / "corpus" / "essays"), {})


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("One.\n\nTwo.\n", [(0, 4), (6, 10)]),
        ("One\ncontinued.\n \u00a0\nTwo.", [(0, 14), (18, 22)]),
        ("\n\n", []),
        ("Title\r\n\r\nBody\r\n", [(0, 5), (9, 13)]),
    ],
)
def test_paragraph_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert paragraph_spans(text) == spans


def test_an_indented_first_line_begins_a_paragraph_in_the_indented_layout() -> None:
    text = "Title\n\n  One goes\non.\n  Two.\n\tThree\nends.\n"
    assert [text[a:b] for a, b in paragraph_spans(text, "indented")] == ["Title", "One goes\non.", "Two.", "Three\nends."]
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["Title", "  One goes\non.\n  Two.\n\tThree\nends."]


_WRAPPED = "    The first paragraph opens\nwith an indent and goes on.\n"


@pytest.mark.parametrize(
    ("text", "layout"),
    [
        ("Title\n\n" + _WRAPPED * 4, "indented"),  # a first line indented, the paragraph's other lines not
        ("Title\n\n" + "A paragraph.\n\n" * 4, "blank-lines"),
        ("Title\n" + ("x" * 200 + "\n") * 3, "lines"),  # long lines no hard wrap would leave, no blank line between
        (  # a transcript's participants, indented under 'Moderator:': no paragraph each
            "PARTICIPANTS:\nOpening Remarks:\n     MARGARET ELLERY\n     President\nModerator:\n     DANIEL OKONJO\n     Correspondent\n"
            "Panelists:\n     NIKLAS SWANSTRÖM\n     Director\n\n" + "A paragraph of the discussion.\n\n" * 6,
            "blank-lines",
        ),
        ("Items:\n" + "• Sanctions must stay.\n  They work.\n" * 4 + "Done.\n", "blank-lines"),  # a list's hanging indent
    ],
    ids=["indented", "blank-lines", "lines", "participants", "hanging-list"],
)
def test_a_text_s_layout_is_read_from_how_it_marks_its_paragraphs(text: str, layout: str) -> None:
    assert text_layout(text) == layout


@pytest.mark.parametrize(
    ("quote", "passage", "found"),
    [
        ("Korea's regime", "North Korea’s regime", True),
        ("a “unification” process", 'a "unification"  process', True),
        ("line\nbreak", "line break", True),
        ("North Korea's regime", "North Korea regime", False),
        ("", "anything", False),
    ],
)
def test_quote_matching_allows_only_whitespace_and_typographic_quotes(quote: str, passage: str, found: bool) -> None:
    assert quote_in(quote, passage) is found


# -- the audit (issue 13): lists are data, and the codebook's sentences hold ------------------------


def test_a_list_the_source_enumerates_is_data(corpus) -> None:
    """Chun's four tasks ("First, … Fourth, …") and Engman's three factors carry their list's name and number."""
    tasks = sorted((p.ordinal, p.passage) for p in corpus.preconditions if p.series == "four-tasks")
    assert tasks == [(1, "eai-2019-chun:7"), (2, "eai-2019-chun:8"), (3, "eai-2019-chun:10"), (4, "eai-2019-chun:12")]
    factors = sorted((p.ordinal, p.passage) for p in corpus.positions if p.series == "three-factors")
    assert factors == [(1, "isdp-2018-new-dawn:20"), (2, "isdp-2018-new-dawn:21"), (3, "isdp-2018-new-dawn:22")]
    assert all((p.series is None) == (p.ordinal is None) for p in (*corpus.positions, *corpus.preconditions))


def _break(corpus_copy: Path, file: str, old: str, new: str) -> tuple[Path, int]:
    path = corpus_copy / file
    source = path.read_text(encoding="utf-8")
    assert source.count(old) == 1
    path.write_text(source.replace(old, new), encoding="utf-8")
    return path, source[: source.index(old)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "messages"),
    [
        pytest.param(
            "    series: four-tasks\n    ordinal: 3\n",
            "    series: four-tasks\n",
            ["{line}: precondition at line {at}: `series` and `ordinal` go together; give both or neither",
             "{last}: preconditions of series 'four-tasks' are numbered [1, 2, 4]; number a list 1 to 3, each once"],
            id="a series without its number",
        ),
        pytest.param(
            "    series: four-tasks\n    ordinal: 3\n",
            "    series: four-tasks\n    ordinal: 2\n",
            ["{last}: preconditions of series 'four-tasks' are numbered [1, 2, 2, 4]; number a list 1 to 4, each once"],
            id="a number given twice",
        ),
        pytest.param(
            "    series: four-tasks\n    ordinal: 3\n",
            "    series: Four Tasks\n    ordinal: 3\n",
            ["{line}: precondition at line {at}: series 'Four Tasks' must be lowercase letters, digits and single hyphens",
             "{last}: preconditions of series 'four-tasks' are numbered [1, 2, 4]; number a list 1 to 3, each once"],
            id="a series name that is not an id",
        ),
        pytest.param(
            "    series: four-tasks\n    ordinal: 3\n",
            "    series: four-tasks\n    ordinal: three\n",
            ["{line+1}: 'ordinal' in precondition at line {at} must be a whole number, not text",
             "{last}: preconditions of series 'four-tasks' are numbered [1, 2, 4]; number a list 1 to 3, each once"],
            id="a number in words",
        ),
    ],
)  # fmt: skip
def test_a_broken_list_is_reported(corpus_copy: Path, old: str, new: str, messages: list[str]) -> None:
    path, line = _break(corpus_copy, "essays/eai-2019-chun.yaml", old, new)
    text = path.read_text(encoding="utf-8").splitlines()
    at = max(n for n in range(line) if text[n - 1].startswith("  - author:"))
    last = max(n for n, row in enumerate(text, 1) if row == "    ordinal: 4")

    def fill(template: str) -> str:
        filled = template.replace("{at}", str(at)).replace("{last}", str(last)).replace("{line+1}", str(line + 1)).replace("{line}", str(line))
        return f"{path}:{filled}"

    _, problems = validate(corpus_copy)
    assert [str(p) for p in problems] == [fill(m) for m in messages]


def test_a_combination_the_codebook_marks_is_flagged_until_its_care_is_said(corpus_copy: Path) -> None:
    """'Lee supports nuclear-missile-programs' reads as support for the North's weapons: `check` says so, without failing."""
    old = "  - author: lee-sangsoo\n    topic: denuclearization\n    stance: supports\n    summary: >-\n      Lee welcomes"
    path, line = _break(corpus_copy, "essays/isdp-2018-new-dawn.yaml", old, old.replace("denuclearization", "nuclear-missile-programs"))
    warnings: list[str] = []
    corpus, problems = validate(corpus_copy, warnings)
    assert problems == [] and corpus is not None
    assert warnings == [
        f"{path}:{line + 2}: position at line {line}: reads “lee-sangsoo supports nuclear-missile-programs”; the codebook says:"
        ' "AUTHOR supports nuclear-missile-programs" means the author argues for North Korea\'s weapons programs. Welcoming a freeze,'
        " a test moratorium or a dismantling is a position on denuclearization. If the sentence holds, say why in the position's `care:`"
    ]
    _break(
        corpus_copy,
        "essays/isdp-2018-new-dawn.yaml",
        "    stance: supports\n    summary: >-\n      Lee welcomes",
        "    stance: supports\n    care: as a test\n    summary: >-\n      Lee welcomes",
    )
    warnings = []
    validate(corpus_copy, warnings)
    assert warnings == []


def test_the_codebook_marks_care_with_stances_it_knows(corpus_copy: Path) -> None:
    path, line = _break(
        corpus_copy,
        "codebook.yaml",
        '    care:\n      supports: >-\n        "AUTHOR supports sanctions"',
        '    care:\n      backs: >-\n        "AUTHOR supports sanctions"',
    )
    _, problems = validate(corpus_copy)
    assert [str(p) for p in problems] == [
        f"{path}:{line + 1}: care of topic 'sanctions' maps a stance (supports, opposes, conditional, skeptical, observes) to why it needs care, not 'backs'"
    ]


def test_no_annotation_of_the_bundled_corpus_needs_care(bundled: Path) -> None:
    warnings: list[str] = []
    validate(bundled, warnings)
    assert warnings == []


@pytest.mark.parametrize(
    ("glossary", "message"),
    [
        ("glossary:\n  - [DPRK]\n", "glossary entry at line {line} must list two names or more of one thing, e.g. [DPRK, North Korea]"),
        ("glossary:\n  - [DPRK, North Korea]\n  - [North Korea, the North]\n", "glossary name 'North Korea' is in two entries; a name belongs to one"),
    ],
)
def test_a_glossary_entry_names_one_thing_several_ways(corpus_copy: Path, glossary: str, message: str) -> None:
    codebook = corpus_copy / "codebook.yaml"
    text = codebook.read_text(encoding="utf-8")
    text = text[: text.index("glossary:\n")] + glossary
    codebook.write_text(text, encoding="utf-8")
    line = text.count("\n") - glossary.count("\n") + glossary.count("\n")  # the last entry's line
    _, problems = validate(corpus_copy)
    assert [str(p) for p in problems] == [f"{codebook}:{line}: {message.replace('{line}', str(line))}"]


def test_the_same_annotation_twice_is_a_problem(corpus_copy: Path) -> None:
    """Running an annotation script twice must not double the data: the second copy is reported, not counted."""
    essay = corpus_copy / "essays" / "eai-2019-chun.yaml"
    text = essay.read_text(encoding="utf-8")
    block = text[text.index("  - author: chun-chaesung\n    topic: sanctions\n    stance: conditional\n") :]
    block = block[: block.index("\n\n") + 1]
    line = text.index(block) and text[: text.index(block)].count("\n") + 1
    essay.write_text(text.replace(block, block + "\n" + block, 1), encoding="utf-8")
    _, problems = validate(corpus_copy)
    repeated = line + block.count("\n") + 1
    assert [str(p) for p in problems] == [
        f"{essay}:{repeated}: position at line {repeated} repeats the position at line {line} (same author, topic, stance and quote); remove one"
    ]
