"""Who wrote what (detect.read): a guest post in someone's newsletter, a response appended to an essay, a statement whose
signatories are listed at its end, a byline with its translator, a PDF's numbered headings among its running lines."""

from __future__ import annotations

from korea_cli import detect

ARGUMENT = (
    "The freeze has to come first and it has to be verified by inspectors on the ground; sanctions relief can then follow in"
    " steps that can be reversed, so that neither side has to trust the other before the other has done anything at all."
    " That is slower than a grand bargain, but every grand bargain so far has ended in recriminations within a year."
)
"""A body paragraph's length and look: some 400 characters of argument."""


def read(*paragraphs: str) -> tuple[list[str], list[list[str]]]:
    reading = detect.read(list(paragraphs))
    return reading.roles, [[reading.people[n].name for n in group] for group in reading.signers]


def test_a_guest_post_is_its_guests_not_the_newsletter_writer_s() -> None:
    roles, names = read(
        "Cross-Strait and Peninsula Notes\nA fortnightly letter on Northeast Asia",
        "Issue #48 · Guest post",
        "The panel that watched the sanctions is gone",
        "Mark Ellery\nMarch 4, 2024",
        "Hi everyone — Mark here. I'm away this week, so I've handed the letter to two people whose work I admire. Over to them.",
        "Guest post by Marta Nowak (Warsaw Institute) and Jun Sato (Keio University)",
        f"When Russia vetoed the panel's mandate, it did more than silence a report. {ARGUMENT}",
        f"The like-minded states can keep part of the record themselves. {ARGUMENT}",
        f"None of this replaces the panel, but it keeps its method alive. {ARGUMENT}",
    )
    assert roles[5] == "byline"
    assert all(names[i] == ["Marta Nowak", "Jun Sato"] for i in (6, 7, 8))


def test_a_response_appended_is_its_responder_s() -> None:
    roles, names = read(
        "Security guarantees first",
        "By Liu Fang",
        f"Pyongyang will not give up what it sees as its only guarantee for a promise. {ARGUMENT}",
        f"Beijing can help write the guarantees, not only sign them. {ARGUMENT}",
        f"A peace regime without China in it would not last a year. {ARGUMENT}",
        "Guarantees without verification are promises to break",
        "Response by Kim Ha-neul\nResearch Fellow, Korea Institute for Peace Studies",
        f"Professor Liu is right about the order but wrong about the guarantor. {ARGUMENT}",
        f"Verification has to be written into the guarantees from the start. {ARGUMENT}",
    )
    assert roles[6] == "byline"
    assert names[2] == names[4] == ["Liu Fang"] and names[7] == names[8] == ["Kim Ha-neul"]


def test_a_statement_signed_at_its_end_is_every_signatory_s() -> None:
    roles, names = read(
        "OPINION",
        "Reopen the hotlines before the next incident",
        "Monday 4 December 2023",
        f"We, the undersigned, are deeply concerned by the end of the military agreement. {ARGUMENT}",
        f"We urge both Koreas to reconnect the military communication lines without conditions. {ARGUMENT}",
        f"We urge the United States and China to support these steps publicly. {ARGUMENT}",
        "Signed:\nDr Anna Berg, Director, Nordic Asia Centre\nAmbassador (ret.) Paul Ortiz, former Ambassador to the Republic of Korea",
    )
    assert roles[6] == "byline"
    assert all(names[i] == ["Anna Berg", "Paul Ortiz"] for i in (3, 4, 5))


def test_a_byline_s_translator_is_credited_no_author() -> None:
    _, names = read(
        "After the rubble, Seoul needs a plan B",
        "By CHOI Min-seo; translated by Alice Ward",
        f"The liaison office is gone, and with it the last illusion of a quick thaw. {ARGUMENT}",
        f"Seoul should keep its own channels open. {ARGUMENT}",
    )
    assert names[2] == names[3] == ["CHOI Min-seo"]


def test_a_pdf_s_numbered_headings_are_headings_and_its_running_lines_furniture() -> None:
    roles, _ = read(
        "BACKGROUND PAPER",
        "Sanctions and Summits: Norway and the Korean Peninsula",
        "Ingrid Dahl\nForeign Affairs Division",
        "1 INTRODUCTION",
        f"In 2017 the Security Council tightened its sanctions three times. {ARGUMENT}",
        "2 NORWAY'S SANCTIONS REGIME",
        f"Norway implements the Council's sanctions by regulation. {ARGUMENT}",
        "STORTING LIBRARY 2 PUBLICATION NO. 2019-04",
        f"Norway has also added measures of its own. {ARGUMENT}",
        "SANCTIONS AND SUMMITS: NORWAY AND THE KOREAN PENINSULA\nSTORTING LIBRARY 3 PUBLICATION NO. 2019-04",
        "3 OUTLOOK",
        f"What Parliament can do is keep the question on its agenda. {ARGUMENT}",
    )
    assert [roles[i] for i in (3, 5, 10)] == ["subtitle"] * 3
    assert roles[7] == roles[9] == "boilerplate"


def test_a_bio_naming_every_author_is_the_byline_a_page_left_out() -> None:
    reading = detect.read(
        [
            "The armistice needs a caretaker",
            f"The military agreement of 2018 is gone. {ARGUMENT}",
            f"What remains is the armistice itself. {ARGUMENT}",
            f"Someone has to keep it working. {ARGUMENT}",
            "*Dana Whitfield is a former State Department official. Kwon Min-seo is an associate professor at Yonsei University."
            " Arjun Mehta is a postdoctoral fellow at the Belfer Center. The views expressed are their own.*",
        ]
    )
    names = [[reading.people[n].name for n in group] for group in reading.signers]
    assert names[1] == names[3] == ["Dana Whitfield", "Kwon Min-seo", "Arjun Mehta"]
    assert any("taken as the authors from the bio" in note for note in reading.notes)


def test_one_co_author_s_aside_in_a_joint_text_is_theirs() -> None:
    _, names = read(
        "Twenty steps into North Korea",
        "Rachel Ostrander, with Tomasz Wierzbicki\nJul 3, 2019",
        f"Sunday's handshake changed less than the pictures suggest. {ARGUMENT}",
        f"Tomasz here – a note from Warsaw on how this looked from Europe. {ARGUMENT}",
        f"What comes next depends on the working level. {ARGUMENT}",
    )
    assert names[2] == names[4] == ["Rachel Ostrander", "Tomasz Wierzbicki"] and names[3] == ["Tomasz Wierzbicki"]


def test_a_postscript_signed_by_one_co_author_is_his_alone() -> None:
    _, names = read(
        "An end-of-war declaration can wait",
        "By Tan Wei Ming and Kenji Watanabe",
        f"Singapore and Tokyo see the peninsula alike on most things. {ARGUMENT}",
        f"Both of us think the freeze comes first. {ARGUMENT}",
        f"And both of us think sanctions relief must be reversible. {ARGUMENT}",
        "POSTSCRIPT, by Kenji Watanabe",
        f"Where I part company with my co-author is the declaration. {ARGUMENT}",
    )
    assert names[2] == ["Tan Wei Ming", "Kenji Watanabe"] and names[6] == ["Kenji Watanabe"]


def test_an_authors_box_set_after_the_first_paragraph_signs_it_too() -> None:
    _, names = read(
        "Commentary",
        "Calibrated and practical: what the review means for enforcement at sea",
        "17 May 2021",
        f"After a three-month review, the administration has settled on a calibrated, practical approach. {ARGUMENT}",
        "Authors",
        "Dr Eleanor Whitcombe\nSenior Research Fellow, Proliferation and Nuclear Policy",
        "Rahul Menon\nResearch Analyst, International Security Studies",
        f"The review leaves enforcement at sea to allies. {ARGUMENT}",
    )
    assert names[3] == names[7] == ["Eleanor Whitcombe", "Rahul Menon"]


def test_two_bios_on_a_brief_s_last_page_name_both_authors() -> None:
    reading = detect.read(
        [
            "Sanctions and the sea",
            f"Enforcement at sea depends on patrols that few states can afford. {ARGUMENT}",
            f"A regional arrangement would share the cost. {ARGUMENT}",
            f"Japan and Australia are the natural core of such an arrangement. {ARGUMENT}",
            "LIAM O'ROURKE is a Senior Research Fellow at the Toda Peace Institute.",
            "MARIKO SATO is Associate Professor at Hiroshima University.",
        ]
    )
    names = [[reading.people[n].name for n in group] for group in reading.signers]
    assert len(names[1]) == 2 and names[1] == names[3]
    assert any("from the bio at paragraphs 5-6" in note for note in reading.notes)


def test_a_dialogue_signed_paragraph_by_paragraph_with_initials() -> None:
    _, names = read(
        "Two views from the region",
        "Lee Sang-hyun\nResearch Fellow, Sejong Institute",
        "Zhou Jianing\nAssociate Professor, Fudan University",
        f"Seoul reads the treaty as a threat. {ARGUMENT} — LSH",
        f"Beijing reads it as an opportunity to be managed. {ARGUMENT} — ZJ",
        f"We agree that the freeze comes first. {ARGUMENT} — LSH & ZJ",
    )
    assert names[3] == ["Lee Sang-hyun"] and names[4] == ["Zhou Jianing"] and names[5] == ["Lee Sang-hyun", "Zhou Jianing"]


def test_sections_signed_under_them_with_first_names_are_each_signer_s() -> None:
    reading = detect.read(
        [
            "THE PARALLEL · Issue 112",
            "Party Congress, Day Six",
            "10 January 2021",
            "1. The weapons wish list",
            f"The most striking document so far is not a speech but a list. {ARGUMENT}",
            "— Hanna",
            "2. The economy",
            f"Tobias here. The other headline is the admission that the plan fell short. {ARGUMENT}",
            "— Tobias",
            "Hanna Vogel & Tobias Reinholt",
        ]
    )
    names = [[reading.people[n].name for n in group] for group in reading.signers]
    assert names[4] == ["Hanna Vogel"] and names[7] == ["Tobias Reinholt"]
    assert reading.roles[5] == reading.roles[8] == "byline"


def test_a_newsletter_signed_with_the_first_name_alone_on_its_line() -> None:
    roles, names = read(
        "Nobody is coming to the table",
        "by dan whitcomb",
        f"Let me start with the obvious. {ARGUMENT}",
        f"That doesn't mean the year is wasted. {ARGUMENT}",
        "— Dan",
    )
    assert roles[-1] == "byline" and names[-1] == ["Dan Whitcomb"]
