"""News-database exports (Factiva, LexisNexis, ProQuest, EBSCO, Trove): their field lines read for what they are, in the variants the
databases write (fields inline or on a line of their own, one author or two, with or without a summary)."""

from __future__ import annotations

import pytest

from korea_cli import databases, detect

BODY = (
    "Sanctions alone will not bring Pyongyang back to the table, and a freeze that cannot be verified is no freeze at all. "
    "Seoul and Washington should offer a phased roadmap in which each step of relief follows a verified step of disarmament."
)

FACTIVA_INLINE = [
    "SE Opinion",
    "HD Freeze first, then talk",
    "BY JANE DOE",
    "WC 812 words",
    "PD 4 March 2019",
    "SN The Korea Herald",
    "SC KORHER",
    "LA English",
    "CY Copyright 2019 The Korea Herald.",
    f"LP {BODY}",
    f"TD {BODY}",
    BODY,
    "NS gcat : Political/General News",
    "AN Document KORHER0020190304ef340000b",
]
FACTIVA_OWN_LINES = [  # the same record as Factiva's printer-friendly page sets it: each code on its own line over its text
    "HD\nFreeze first, then talk",
    "BY\nJane Doe",
    "WC\n812 words",
    "PD\n4 March 2019",
    "SN\nThe Korea Herald",
    "LA\nEnglish",
    f"LP\n{BODY}",
    f"TD\n{BODY}",
    "AN\nDocument KORHER0020190304ef340000b",
]
LEXIS = [
    "3 of 12 DOCUMENTS",
    "The Korea Herald",
    "March 4, 2019 Monday",
    "Copyright 2019 The Korea Herald\nAll Rights Reserved",
    "Freeze first, then talk",
    "BYLINE: Jane Doe and John Roe",
    "SECTION: OPINION; Pg. 15",
    "LENGTH: 812 words",
    BODY,
    BODY,
    "LOAD-DATE: March 5, 2019",
    "LANGUAGE: ENGLISH",
    "PUBLICATION-TYPE: Newspaper",
]
NEXIS_UNI = [  # Nexis Uni's delivery: the job's cover, the headline over the outlet and its date, the fields in one block
    "User Name: =\nDate and Time: = Thursday, July 2, 2020 9:14:00 AM EEST\nJob Number: 118846221",
    "Documents (1)\n1. Freeze first, then talk\nClient/Matter: -None-\nSearch Terms: sanctions",
    "| About LexisNexis | Privacy Policy | Terms & Conditions | Copyright © 2020 LexisNexis",
    "Freeze first, then talk",
    "The Korea Herald\nMarch 4, 2019 Monday",
    "Copyright 2019 The Korea Herald All Rights Reserved",
    "Section: OPINION\nLength: 812 words\nByline: Jane Doe, The Korea Herald/Asia News Network",
    "Body",
    BODY,
    BODY,
    "Load-Date: March 5, 2019",
    "End of Document",
]
PROQUEST = [
    "Freeze first, then talk: [FINAL Edition]",
    "Doe, Jane; Roe, John. The Korea Herald; Seoul [Seoul]. 04 Mar 2019: A15.",
    "Full Text",
    BODY,
    BODY,
    "Subject: Nuclear weapons; Sanctions\nPublication title: The Korea Herald; Seoul\nPublication year: 2019\n"
    "Publication date: Mar 4, 2019\nSection: OPINION\nISSN: 12345678\nProQuest document ID: 123456789\nDatabase: ProQuest Central",
]

LEXIS_OLDER = [  # LexisNexis Academic's older form: the date right over the fields, the headline coded, 'BYLINE: By …', 'BODY:'
    "1 of 1 DOCUMENT",
    "Copyright 2013 The Korea Herald\nAll Rights Reserved",
    "The Korea Herald",
    "March 4, 2019 Monday",
    "SECTION: OPINION; No. 512",
    "LENGTH: 812 words",
    "HEADLINE: Freeze first, then talk",
    "BYLINE: By Jane Doe",
    "BODY:",
    BODY,
    BODY,
]
FACTIVA_DISPLAY = [  # Factiva's article display: the fields without their codes
    "Freeze first, then talk",
    "Jane Doe\nSenior Fellow, Asan Institute for Policy Studies",
    "812 words",
    "4 March 2019",
    "The Korea Herald",
    "KORHER",
    "English",
    "Copyright 2019 The Korea Herald. All rights reserved.",
    BODY,
    BODY,
    "Document KORHER0020190304ef340000b",
]
EBSCO = [  # an EBSCO record over the text of a brief
    "Title:\nFreeze first, then talk.",
    "Authors:\nDoe, Jane\nRoe, John",
    "Source:\nAsan Issue Brief. Mar2019, Issue 4, p1-6. 6p.",
    "Document Type:\nReport\nSubject Terms:\n*ECONOMIC sanctions",
    "Abstract:\nThe authors argue for a phased roadmap.",
    "Accession Number:\n123456789\nDatabase:\nAcademic Search Complete",
    "Freeze first, then talk",
    BODY,
    BODY,
]
TROVE = [  # a newspaper article from Trove, with its OCR
    "FREEZE FIRST, THEN TALK",
    "The Canberra Times (ACT : 1926 - 1995) Tuesday 25 October 1994 p 11 Article",
    "Print    Cite    Fix this text    Add tag    Add to list",
    "Article text\nText corrected by 0 users. This text was generated automatically from the page image and may contain errors.",
    "ll THE CANBERRA TlMES, TUESDAY, 0CTOBER 25, l994",
    "By JANE DOE",
    BODY,
    BODY,
    "Cite this article\nPersistent link: http://nla.gov.au/nla.news-article1",
]


@pytest.mark.parametrize(
    ("paragraphs", "title", "date", "authors"),
    [
        (FACTIVA_INLINE, "Freeze first, then talk", "2019-03-04", ["JANE DOE"]),
        (FACTIVA_OWN_LINES, "Freeze first, then talk", "2019-03-04", ["Jane Doe"]),
        (LEXIS, None, "2019-03-04", ["Jane Doe", "John Roe"]),  # the headline carries no code: read as any title
        (NEXIS_UNI, None, "2019-03-04", ["Jane Doe"]),  # the syndication after the name is no part of it
        (PROQUEST, "Freeze first, then talk", "2019-03-04", ["Jane Doe", "John Roe"]),
        (LEXIS_OLDER, "Freeze first, then talk", "2019-03-04", ["Jane Doe"]),
        (FACTIVA_DISPLAY, None, "2019-03-04", ["Jane Doe"]),
        (EBSCO, "Freeze first, then talk", "2019-03", ["Jane Doe", "John Roe"]),
        (TROVE, "FREEZE FIRST, THEN TALK", "1994-10-25", ["Jane Doe"]),
    ],
    ids=["factiva", "factiva-own-lines", "lexisnexis", "nexis-uni", "proquest", "lexisnexis-older", "factiva-display", "ebsco", "trove"],
)
def test_an_export_is_read_for_its_title_date_authors_and_text(paragraphs: list[str], title: str | None, date: str, authors: list[str]) -> None:
    record = databases.record(paragraphs)
    assert record is not None and record.title == title and record.date is not None and record.date[0] == date
    reading = detect.read(paragraphs)
    assert [person.name.upper() for person in reading.people] == [name.upper() for name in authors]
    assert reading.date is not None and reading.date[0] == date
    for paragraph, role in zip(paragraphs, reading.roles, strict=True):
        if BODY in paragraph:
            assert role == "body", paragraph[:40]
        elif role == "body":
            pytest.fail(f"a field read as an argument: {paragraph[:40]!r}")  # no field, count or copyright is searchable as anyone's words
    assert "title" in reading.roles


def test_factiva_s_section_and_column_are_series_labels() -> None:
    reading = detect.read(["SE\tOpinion", "CLM\tInsights into the World", *FACTIVA_INLINE[1:]])
    assert reading.roles[:3] == ["label", "label", "title"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["HD is what this essay calls high definition", "By Jane Doe", BODY, BODY],  # one code-like word is no record
        ["Section: Opinion", "By Jane Doe", BODY, "Length: 800 words"],  # field names in prose case, too few
        ["Doe, Jane. A note on sources.", BODY, BODY],  # a citation-like line without a database's metadata block
    ],
)
def test_an_ordinary_essay_is_no_export(paragraphs: list[str]) -> None:
    assert databases.record(paragraphs) is None


def test_a_jstor_download_loses_its_cover_sheet_and_page_stamps() -> None:
    stamp = "This content downloaded from 130.232.0.17 on Tue, 03 Mar 2020 11:02:17 UTC\nAll use subject to https://about.jstor.org/terms"
    paragraphs = [
        "Finnish Institute of International Affairs",
        "Report Title: FREEZE FIRST\nReport Author(s): Jane Doe\nStable URL: https://www.jstor.org/stable/resrep19812",
        "JSTOR is a not-for-profit service that helps scholars discover, use, and build upon a wide range of content.",
        f"Finnish Institute of International Affairs is collaborating with JSTOR to digitize this content.\n{stamp}",
        "FIIA BRIEFING PAPER\nJANUARY 2019 / 251",
        "Freeze First, Then Talk",
        "By Jane Doe",
        BODY,
        f"FIIA BRIEFING PAPER   JANUARY 2019   2\n{stamp}",
        BODY,
        stamp,
    ]
    found = databases.record(paragraphs)
    assert found is not None and found.roles[:4] == ["boilerplate"] * 4 and found.roles[-1] == "boilerplate"
    assert "jstor" not in found.views[8].lower()
    reading = detect.read(paragraphs)
    assert [person.name for person in reading.people] == ["Jane Doe"]
    assert [i for i, role in enumerate(reading.roles) if role == "body"] == [7, 9]
    assert reading.roles[5] == "title"


def test_a_page_s_meta_tags_copied_over_it_are_the_page_s_and_name_its_writer() -> None:
    """'author: …', 'og:title: …', 'article:published_time: …' a line each above the page: no argument, but 'author:' names the
    writer the page itself never bylines, and the site's name under them ('og:site_name') is its masthead."""
    paragraphs = [
        "title: Freeze First, Then Talk | Meridian Policy Review",
        "author: Rebecca Stahl",
        "description: The UN sanctions regime has stopped growing.",
        "og:title: Freeze First, Then Talk",
        "og:site_name: Meridian Policy Review",
        "article:published_time: 2022-09-27T08:30:00-04:00",
        "Meridian Policy Review",
        "Freeze First, Then Talk",
        "September 27, 2022 · 9 min read",
        BODY,
        BODY,
    ]
    found = databases.record(paragraphs)
    assert found is not None and found.views[1] == "By Rebecca Stahl" and found.roles[6] == "boilerplate"
    reading = detect.read(paragraphs)
    assert [person.name for person in reading.people] == ["Rebecca Stahl"]
    assert reading.roles[:7] == ["boilerplate", "byline", *["boilerplate"] * 5] and reading.roles[7] == "title"
    assert [i for i, role in enumerate(reading.roles) if role == "body"] == [9, 10]


def test_a_cover_page_s_title_and_author_fields_are_no_meta_tags() -> None:
    assert databases.record(["Title: Freeze First", "Author: Jane Doe", "Date: 2019", "Keywords: freeze", BODY]) is None  # no 'og:' tag
