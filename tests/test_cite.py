"""`korea cite`: the core's forms of a work (names, APA, Chicago, CSL-JSON, BibTeX, RIS) on works of every shape, each form
read back by a maintained parser or checked against the CSL schema; and the command end to end on the bundled corpus
(its exact outputs are in tests/cases/outputs.yaml)."""

from __future__ import annotations

import json

import bibtexparser
import jsonschema
import pytest
import rispy

from conftest import korea
from csl_schema import CITATION, DATA
from korea_cli import cite
from korea_cli.cite import Cited, Name, Work


@pytest.mark.parametrize(
    ("name", "aliases", "family", "given", "inferred"),
    [
        ("Niklas Swanström", ["Swanström, Niklas", "Niklas Swanstrom"], "Swanström", "Niklas", False),
        ("Chun Chaesung", ["Chaesung Chun", "Dr. Chun"], "Chun", "Chaesung", False),  # 'Dr. Chun' says which word is the surname
        ("Chun Chaesung", [], "Chun", "Chaesung", True),  # a Korean surname first, read so, and marked as korea's reading
        ("Sangsoo Lee", ["Lee Sangsoo", "Lee, Sangsoo"], "Lee", "Sangsoo", False),
        ("Mats Engman", ["Major General (ret.) Mats Engman"], "Engman", "Mats", True),  # 'Major General (ret.) Mats Engman' is no surname alone
        ("Anna van der Berg", [], "van der Berg", "Anna", True),
        ("Kim Min-jung", ["KIM Min-jung"], "Kim", "Min-jung", True),
        ("María de la Cruz Ortega", ["de la Cruz Ortega, María"], "de la Cruz Ortega", "María", False),
        ("Madonna", [], "Madonna", "", True),
    ],
)
def test_an_author_s_surname_is_stated_by_an_alias_or_marked_inferred(name, aliases, family, given, inferred):
    assert cite.name_of(name, aliases) == Name(family, given, inferred)


def _work(**changes) -> Work:
    fields = {
        "id": "park-2021-sanctions-relief",
        "title": "Sanctions Relief Must Come Step by Step",
        "publisher": "Asan Institute",
        "date": "2021-03-04",
        "url": "https://example.org/park",
        "authors": (Name("Park", "Min-jung", False),),
        "inferred": (),
        "status": "reviewed",
    }
    return Work(**{**fields, **changes})


TWO = (Name("Park", "Min-jung", False), Name("Ortiz", "David", False))
THREE = (Name("Swanström", "Niklas", False), Name("Lee", "Sangsoo", False), Name("Engman", "Mats", False))
MANY = tuple(Name(f"Author{i}", "Anna", False) for i in range(1, 23))

# (work, APA reference, APA in text for paragraph 7, Chicago reference, Chicago in text for paragraph 7)
FORMATTED = [
    pytest.param(
        _work(),
        "Park, M.-j. (2021, March 4). Sanctions Relief Must Come Step by Step. Asan Institute. https://example.org/park",
        "(Park, 2021, para. 7)",
        "Park, Min-jung. 2021. “Sanctions Relief Must Come Step by Step.” Asan Institute. https://example.org/park.",
        "(Park 2021, para. 7)",
        id="one author, all stated",
    ),
    pytest.param(
        _work(authors=TWO, date="2020-11", url=None, inferred=("date",)),
        "Park, M.-j., & Ortiz, D. ([2020, November]). Sanctions Relief Must Come Step by Step. Asan Institute.",
        "(Park & Ortiz, [2020], para. 7)",
        "Park, Min-jung, and David Ortiz. [2020]. “Sanctions Relief Must Come Step by Step.” Asan Institute.",
        "(Park and Ortiz [2020], para. 7)",
        id="two authors, inferred date",
    ),
    pytest.param(
        _work(authors=THREE, title="New Dawn or False Hope?", publisher="ISDP", date="2018", url=None, inferred=("publisher", "date")),
        "Swanström, N., Lee, S., & Engman, M. ([2018]). New Dawn or False Hope? [ISDP].",
        "(Swanström et al., [2018], para. 7)",
        "Swanström, Niklas, Sangsoo Lee, and Mats Engman. [2018]. “New Dawn or False Hope?” [ISDP].",
        "(Swanström, Lee, and Engman [2018], para. 7)",
        id="three authors, a title ending in a question mark",
    ),
    pytest.param(
        _work(title=None, date=None, url=None, publisher=None),
        "Park, M.-j. (n.d.). [Untitled essay].",
        "(Park, n.d., para. 7)",
        "Park, Min-jung. n.d. Untitled essay.",
        "(Park n.d., para. 7)",
        id="no title, date or publisher: left out, never invented",
    ),
    pytest.param(
        _work(authors=(), url=None, title="A Peace Regime for the Korean Peninsula", inferred=("title",)),
        "[A Peace Regime for the Korean Peninsula]. (2021, March 4). Asan Institute.",
        "(“A Peace Regime for…”, 2021, para. 7)",
        "“[A Peace Regime for the Korean Peninsula].” 2021. Asan Institute.",
        "(“A Peace Regime for…” 2021, para. 7)",
        id="no author: the title leads",
    ),
    pytest.param(
        _work(authors=(Name("Asan Institute", "", False),), url=None),
        "Asan Institute. (2021, March 4). Sanctions Relief Must Come Step by Step.",
        "(Asan Institute, 2021, para. 7)",
        "Asan Institute. 2021. “Sanctions Relief Must Come Step by Step.” Asan Institute.",
        "(Asan Institute 2021, para. 7)",
        id="an institution as author, the publisher not repeated in APA",
    ),
]


@pytest.mark.parametrize(("work", "apa", "apa_in_text", "chicago", "chicago_in_text"), FORMATTED)
def test_apa_and_chicago_follow_their_style_guides(work, apa, apa_in_text, chicago, chicago_in_text):
    assert cite.apa_reference(work) == apa
    assert cite.apa_in_text(Cited(work, 7)) == apa_in_text
    assert cite.chicago_reference(work) == chicago
    assert cite.chicago_in_text(Cited(work, 7)) == chicago_in_text


def test_long_author_lists_are_shortened_as_each_style_says():
    work = _work(authors=MANY, url=None)
    apa = cite.apa_reference(work)
    assert apa.startswith("Author1, A., Author2, A.,") and ", Author19, A., . . . Author22, A. (2021" in apa and "Author20" not in apa  # APA 7 §9.8
    chicago = cite.chicago_reference(work)
    assert chicago.startswith("Author1, Anna, Anna Author2,") and "Anna Author7, et al. 2021." in chicago and "Author8" not in chicago  # CMOS 15.9
    assert cite.chicago_in_text(Cited(_work(authors=MANY[:4]), 2)) == "(Author1 et al. 2021, para. 2)"


WORKS = [p.values[0] for p in FORMATTED] + [
    _work(authors=MANY),
    _work(title="Sanctions & the 50% Rule: {Braces}, $, #, _, ~ and ^ \\ in a Title", status="draft", inferred=("url",)),
]


@pytest.mark.parametrize("work", WORKS)
def test_csl_json_of_essays_is_a_valid_bibliography(work):
    data = json.loads(cite.write([Cited(work)], "csl-json"))
    jsonschema.validate(data, DATA)
    item = data[0]
    assert item["id"] == work.id
    assert item.get("title") == work.title  # missing stays missing
    assert ("issued" in item) == bool(work.date)
    inferred = item["custom"].get("inferred", [])
    assert ("issued" in inferred) == ("date" in work.inferred) and ("publisher" in inferred) == ("publisher" in work.inferred)
    assert ("note" in item) == bool(work.inferred or work.status == "draft" or any(n.inferred for n in work.authors))


def test_csl_json_of_passages_is_a_valid_citation_with_the_paragraph_as_locator():
    first, second = WORKS[0], WORKS[2]
    citation = json.loads(cite.write([Cited(first, 7), Cited(second), Cited(first, 9)], "csl-json"))
    jsonschema.validate(citation, CITATION)
    items = citation["citationItems"]
    assert [(i["id"], i.get("locator"), i.get("label")) for i in items] == [(first.id, "7", "paragraph"), (second.id, None, None), (first.id, "9", "paragraph")]
    for item in items:
        jsonschema.validate([item["itemData"]], DATA)


def test_the_schema_check_can_fail():
    """The schema is strict where CSL is: a field CSL does not define, or a label it has no name for, is refused."""
    item = json.loads(cite.write([Cited(WORKS[0])], "csl-json"))[0]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{**item, "paragraph": 7}], DATA)
    citation = json.loads(cite.write([Cited(WORKS[0], 7)], "csl-json"))
    citation["citationItems"][0]["label"] = "para"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(citation, CITATION)


@pytest.mark.parametrize("work", WORKS)
def test_bibtex_parses_back_to_the_work(work):
    library = bibtexparser.parse_string(cite.write([Cited(work, 3)], "bibtex"))
    assert not library.failed_blocks
    (entry,) = library.entries
    assert entry.key == work.id
    assert entry.entry_type == ("online" if work.url else "misc")
    fields = {field.key: field.value for field in entry.fields}
    expected_authors = " and ".join(f"{n.family}, {n.given}" if n.given else f"{{{n.family}}}" for n in work.authors)
    assert fields.get("author") == (expected_authors or None)
    if work.title and "&" not in work.title:
        assert fields["title"] == "{" + work.title + "}"
    assert ("title" in fields) == bool(work.title)
    assert fields.get("year") == (work.date[:4] if work.date else None)
    assert ("note" in fields) == bool(work.inferred or work.status == "draft")
    assert any("para.~3" in comment.comment for comment in library.comments)


def test_bibtex_escapes_what_latex_would_read_as_commands():
    text = cite.write([Cited(WORKS[-1])], "bibtex")
    assert r"{{Sanctions \& the 50\% Rule: \{Braces\}, \$, \#, \_, \textasciitilde{} and \textasciicircum{} \textbackslash{} in a Title}}" in text
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks and len(library.entries) == 1


@pytest.mark.parametrize("work", WORKS)
def test_ris_parses_back_to_the_work(work):
    (record,) = rispy.loads(cite.write([Cited(work, 5)], "ris"))
    assert record["type_of_reference"] == ("ELEC" if work.url else "GEN")
    assert record.get("authors", []) == [f"{n.family}, {n.given}" if n.given else n.family for n in work.authors]
    assert record.get("title") == work.title
    assert record.get("publisher") == work.publisher
    assert record.get("year") == (work.date[:4] if work.date else None)
    assert record.get("urls") == ([work.url] if work.url else None)
    assert "Paragraph 5" in record["notes"][0]


def test_inferred_facts_are_named_in_every_note():
    work = _work(inferred=("publisher", "date"), authors=(Name("Chun", "Chaesung", True),), status="draft")
    note = cite.inferred_note(work)
    assert note == (
        "Inferred by korea, not stated in the text: publisher, date and the order of the author's names."
        " A draft: korea add's reading of the text, not yet reviewed by a person."
    )
    for style in ("bibtex", "ris", "csl-json"):
        assert "publisher, date and the order" in cite.write([Cited(work)], style)


# -- the command --------------------------------------------------------------------------------


def test_cite_reads_ids_from_a_pipeline():
    search = korea("search", "peace regime", "--limit", "2", "-f", "jsonl")
    ids = "\n".join(json.loads(line)["passage"] for line in search.stdout.splitlines())
    result = korea("cite", "-", "--style", "csl-json", stdin=ids)
    assert result.returncode == 0, result.stderr
    citation = json.loads(result.stdout)
    jsonschema.validate(citation, CITATION)
    assert [f"{i['id']}:{i['locator']}" for i in citation["citationItems"]] == ids.split()


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["cite", "nosuch-essay"], "korea: unknown essay 'nosuch-essay'"),
        (["cite", "isdp:99"], "korea: essay isdp-2018-new-dawn has passages 1 to 26, not 99"),
        (
            ["cite", "isdp:16", "--style", "mla"],
            "korea: Invalid value for '--style' / '-s': 'mla' is not one of 'apa', 'chicago', 'csl-json', 'bibtex', 'ris'.",
        ),
    ],
)
def test_cite_refuses_what_it_cannot_cite(args, stderr):
    result = korea(*args)
    assert result.returncode == 2
    assert result.stderr.startswith(stderr) and result.stdout == ""


def test_cite_of_empty_stdin_is_a_usage_error():
    result = korea("cite", "-", stdin="\n")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "korea: no ids on standard input; give passage ids (<essay-id>:<n>) or essay ids, one per line\n"


def test_a_work_cited_at_two_paragraphs_is_one_reference_with_two_citations() -> None:
    apa = korea("cite", "isdp:6", "eai:7", "isdp:7").stdout
    assert apa.count("New Dawn or False Hope") == 1 and apa.count("Chun, C.") == 1
    assert apa.splitlines()[1:3] == ["(Swanström et al., [2018], para. 6)", "(Swanström et al., [2018], para. 7)"]
    records = rispy.loads(korea("cite", "isdp:6", "isdp:7", "--style", "ris").stdout)
    assert len(records) == 1 and records[0]["notes"][:2] == [
        "Paragraph 6 (korea passage isdp-2018-new-dawn:6).",
        "Paragraph 7 (korea passage isdp-2018-new-dawn:7).",
    ]


def test_a_draft_passage_quoted_says_it_is_a_draft(corpus_copy) -> None:
    from conftest import TESTS

    assert korea("add", str(TESTS / "cases" / "essays" / "signed-sections.txt"), "--id", "views", "--corpus", str(corpus_copy)).returncode == 0
    quoted = korea("quote", "views:4", "--cite", "--corpus", str(corpus_copy))
    assert quoted.returncode == 0 and quoted.stdout.rstrip().endswith("views:4 (draft, not yet reviewed)")
    assert quoted.stderr == "korea: views is a draft: what it says of its passages is korea add's reading, not yet reviewed (`korea review views`)\n"
    (record,) = json.loads(korea("quote", "views:4", "--format", "json", "--corpus", str(corpus_copy)).stdout)
    assert record["status"] == "draft"
