"""The parts of a page around the argument (detect.read): a header's label and headline, a summary box's heading, notes
numbered '(1)', a bio set as a card, a newsletter's bio of its writer, a date told by the text's
own convention."""

from __future__ import annotations

import pytest

from korea_cli import detect

ARGUMENT = (
    "The freeze has to come first and it has to be verified by inspectors on the ground; sanctions relief can then follow in"
    " steps that can be reversed, so that neither side has to trust the other before the other has done anything at all."
    " That is slower than a grand bargain, but every grand bargain so far has ended in recriminations within a year."
)
"""A body paragraph's length and look: some 400 characters of argument."""


def roles_of(*paragraphs: str) -> list[str]:
    return detect.read(list(paragraphs)).roles


def test_a_section_path_over_the_title_is_its_label() -> None:
    roles = roles_of(
        "Expert Opinions / Asia and Eurasia",
        "Vladivostok will not replace Hanoi",
        "By Irina Sokolova",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:2] == ["label", "title"]


@pytest.mark.parametrize(
    "label",
    ["[CHUN Chae-sung's Diplomatic Notebook]", "SESSION III", "Panel 2", "Análisis IHEI 17/2023 (English version)"],
)
def test_a_column_s_name_in_brackets_or_a_session_s_number_over_the_title_is_its_label(label: str) -> None:
    """A column named after its writer, in brackets, and a proceedings' session: labels, not the headline, nor a writer."""
    reading = detect.read([label, "The peninsula in an age of rivalry", "By Chun Chae-sung", ARGUMENT, ARGUMENT])
    assert reading.roles[:3] == ["label", "title", "byline"]
    assert [person.name for person in reading.people] == ["Chun Chae-sung"]


def test_a_headline_of_two_short_sentences_is_the_title() -> None:
    reading = detect.read(
        [
            "The sanctions are leaking. That's not the whole story.",
            "A seized coal ship, two missile tests and the question nobody in Washington wants to answer",
            "Tom Reyes\nMay 2, 2023",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:2] == ["title", "subtitle"]


def test_a_key_points_heading_under_two_authors_is_the_box_s() -> None:
    roles = roles_of(
        "POLICY BRIEF No. 151 • June 2019",
        "From Freeze to Framework",
        "Lee Sang-hyun, Sejong Institute",
        "Margaret Hollis, Centre for International Governance Innovation",
        "Key Points",
        "• The summit failed because the parties had not agreed on sequencing.\n• A phased roadmap would keep leverage.",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[4] == "introduction"


def test_notes_numbered_in_parentheses_are_notes_when_the_text_cites_them() -> None:
    roles = roles_of(
        "After the summit",
        "By Claire Dumont",
        f"Beijing's view has not changed since 2017 (1). {ARGUMENT}",
        f"Washington's has, and more than once (2). {ARGUMENT}",
        '(1) See Hélène Marchal, "Beijing\'s quiet diplomacy", Le Monde diplomatique, March 2017.',
        "(2) Statement by the US Pacific Command, 14 March 2017.",
    )
    assert roles[4:] == ["notes", "notes"]


def test_an_author_s_card_under_the_text_is_the_bio_with_the_affiliation() -> None:
    reading = detect.read(
        [
            "Japan and Korea at a crossroads",
            "Prof. CHUN Min-ho",
            ARGUMENT,
            ARGUMENT,
            "CHUN Min-ho\nProfessor, Department of Political Science, Hanbit University. Specializes in alliance politics.",
        ]
    )
    assert reading.roles[-1] == "author_bio"
    assert reading.people[0].affiliation.startswith("Professor, Department of Political Science, Hanbit University")


def test_a_newsletter_s_line_about_itself_and_its_writer_is_her_bio() -> None:
    roles = roles_of(
        "Ship-to-ship",
        "Clara Mendel",
        ARGUMENT,
        ARGUMENT,
        "Peninsula Notes is a weekly newsletter on Korea, nuclear diplomacy and U.S. alliances in Asia by Clara Mendel, a former"
        " analyst at the State Department.",
    )
    assert roles[-1] == "author_bio"


def test_a_date_whose_order_only_the_text_s_convention_tells() -> None:
    written_day_first = f"On 27 February the talks broke down; on 28 February the leaders left; by 4 March nothing had moved. {ARGUMENT}"
    reading = detect.read(["Policy Brief No. 14", "After Hanoi", "By Anna de Vries", "The Hague, 04/03/2019", written_day_first, ARGUMENT])
    assert reading.date == ("2019-03-04", "04/03/2019")
    written_month_first = f"On February 27 the talks broke down; on February 28 the leaders left; by March 4 nothing had moved. {ARGUMENT}"
    reading = detect.read(["After Hanoi", "By Anna Berg", "04/03/2019", written_month_first, ARGUMENT])
    assert reading.date == ("2019-04-03", "04/03/2019")
    reading = detect.read(["After Hanoi", "By Anna Berg", "04/03/2019", ARGUMENT, ARGUMENT])
    assert reading.date is None  # no dates in words: the order is not known, and no date is made up
    reading = detect.read(
        ["After Hanoi", "By Anna Berg", "04/03/2019 | 7 min read", ARGUMENT, ARGUMENT, "© 2019 Harbour Review · harbourreview.org.au · Privacy"]
    )
    assert reading.date == ("2019-03-04", "04/03/2019")  # a page whose address is in a country that writes the day first
    reading = detect.read(["After Hanoi", "By Anna Berg", "04/03/2019 | 7 min read", ARGUMENT, ARGUMENT, "© 2019 Harbour Review · harbourreview.com · Privacy"])
    assert reading.date is None


def test_a_page_s_parts_in_their_own_words() -> None:
    roles = roles_of(
        "Seoul's quiet diplomacy",
        "By Catherine Whitlock",
        "7 March 2019",
        "North Korea, Nuclear Weapons, Sanctions, Asia-Pacific",  # the page's topics, between the date and the text
        "South Korean President Moon Jae-in addresses the nation in Seoul. | POOL / VIA REUTERS",
        ARGUMENT,
        ARGUMENT,
        "The views and opinions of authors expressed herein do not necessarily state or reflect those of the Club.",
        "The responsibility for the views expressed ultimately rests with the authors.",
        "Banner image: Courtesy of The White House",
    )
    assert roles[3:5] == ["boilerplate", "caption"]
    assert roles[7:] == ["disclaimer", "disclaimer", "credit"]


def test_who_published_hosted_or_edited_it_is_a_credit() -> None:
    roles = roles_of(
        "After Pyongyang",
        "By Marta Zielinska",
        ARGUMENT,
        ARGUMENT,
        "This article first appeared in Korea JoongAng Daily, a member of Asia News Network.",
        "Beyond the DMZ is hosted by Kate Morrow and produced by Sam Ortiz.",
        "Editors: Piotr Kowal (Director), Joanna Nowicka (Managing Editor), Tomasz Gajewski, Agnieszka Rutkowska, Paweł Szymański",
    )
    assert roles[4:] == ["credit", "credit", "credit"]


def test_a_title_in_capitals_over_a_dek_in_one_paragraph_is_the_first_line() -> None:
    from korea_cli.looks import title_text

    assert title_text("Declaring an End to the Korean War\nWhat an end-of-war declaration can, and cannot, do for peace") == (
        "Declaring an End to the Korean War"
    )
    assert title_text("From Freeze to Framework: Sequencing Sanctions\nRelief and Verification") == (
        "From Freeze to Framework: Sequencing Sanctions Relief and Verification"  # a title wrapped over two lines is both
    )


def test_a_correction_an_authors_note_and_a_heading_under_a_page_footer() -> None:
    roles = roles_of(
        "A phased approach",
        "By Anna Korhonen",
        ARGUMENT,
        ARGUMENT,
        "4                                   FEBRUARY 2021  |  BRIEFING PAPER",
        "Conclusion",
        ARGUMENT,
        "Correction, July 28, 2023: An earlier version of this article misstated the date of the Hanoi summit.",
        "Authors' note: This paper draws on some twenty background interviews with officials in Seoul and Brussels.",
    )
    assert roles[5] == "subtitle"
    assert roles[7:] == ["editors_note", "notes"]


def test_credits_for_a_translation_a_distributor_and_a_second_paper() -> None:
    roles = roles_of(
        "The alliance after the summit",
        "By Chun Min-ho",
        ARGUMENT,
        ARGUMENT,
        "This article was translated from the Korean by Park Min-ji.",
        "Distributed by Asia News Network.",
        "This column was published simultaneously in the JoongAng Ilbo and the Asahi Shimbun.",
    )
    assert roles[4:] == ["credit", "credit", "credit"]


def test_a_heading_after_a_paragraph_ending_in_a_footnote_number() -> None:
    roles = roles_of(
        "Sanctions at sea",
        "By Thandeka Nkosi",
        f"Diplomats have used their immunity to move goods across borders.5 {ARGUMENT}"[:-1] + " borders.5",
        "Why enforcement is weak",
        ARGUMENT,
    )
    assert roles[3] == "subtitle"


def test_superscript_notes_a_citation_line_and_a_caption_with_its_photo_credit() -> None:
    roles = roles_of(
        "Vladivostok was not Hanoi",
        "By Yevgeny Sorokin",
        "Mats Engman Photo: Courtesy of Mats Engman",
        ARGUMENT,
        ARGUMENT,
        "¹ Joint Statement of the Ministries of Foreign Affairs of Russia and China, 4 July 2017.",
        "² The Six-Party Talks (China, DPRK, Japan, ROK, Russia, US) last met in December 2008.",
        "For citation: Sorokin Ye. “Vladivostok Was Not Hanoi.” Eurasian Affairs Review 3 (2019): 44-51.",
    )
    assert roles[2] == "caption"
    assert roles[5:] == ["notes", "notes", "boilerplate"]


def test_a_credit_that_says_the_essay_was_first_written_in_another_language() -> None:
    roles = roles_of(
        "The peninsula after Hanoi",
        "By CHUN Min-ho",
        ARGUMENT,
        ARGUMENT,
        "(Originally written in Korean and published on September 5, 2019. Translated by Kenji Ota.)",
    )
    assert roles[-1] == "credit"


def test_a_trail_that_ends_in_the_title_leaves_the_title_a_title() -> None:
    roles = roles_of(
        "Australian Institute of International Affairs",
        "Home › Australian Outlook › Kim Has Abandoned Unification. Seoul Should Not.",
        "Kim Has Abandoned Unification. Seoul Should Not.",
        "By Lee Sang-hoon",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[1:3] == ["boilerplate", "title"]


def test_a_site_and_its_column_over_a_headline_of_two_sentences() -> None:
    """The title-cased headline ends in a full stop like a dek, but it is set as a headline: the site and column sit over it."""
    reading = detect.read(
        [
            "The Meridian Review",
            "Korea Watch",
            "The Panmunjom Handshake Is Not a Process. Here Is How to Build One.",
            "by Maj. Gen. Mats Engman (Ret.)",
            ARGUMENT,
            ARGUMENT,
            "*Maj. Gen. (ret.) Mats Engman is a senior fellow at the Institute for Security and Development Policy.*",
            "Image: Reuters",
        ]
    )
    assert reading.roles[:3] == ["boilerplate", "label", "title"]
    assert reading.roles[-2:] == ["author_bio", "credit"]  # a bio with the author's rank before his name, over the page's image credit


def test_an_institute_named_in_two_languages_under_the_series_label() -> None:
    roles = roles_of(
        "NUPI POLICY BRIEF\n4 / 2019",
        "Norsk Utenrikspolitisk Institutt\nNorwegian Institute of International Affairs",
        "Freeze First, Peace Later? Sequencing Options after Hanoi",
        "April 2019",
        "Ingrid Holm Vatne\nSenior Research Fellow, Norwegian Institute of International Affairs (NUPI)",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:4] == ["label", "boilerplate", "title", "dateline"]


def test_a_title_in_capitals_that_ends_in_a_label_s_word_is_the_title() -> None:
    """'Dialogue' names a series in 'Korea Dialogue', not in 'Deterrence Without Dialogue' over its subtitle in capitals."""
    roles = roles_of(
        "FIIA BRIEFING PAPER 362",
        "MAY 2023",
        "DETERRENCE WITHOUT DIALOGUE",
        "THE WASHINGTON DECLARATION AND EUROPE'S STAKE IN KOREAN PENINSULA SECURITY",
        "KAISA LINDROOS\nSenior Research Fellow\nThe Finnish Institute of International Affairs",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:4] == ["label", "dateline", "title", "subtitle"]


def test_a_site_s_name_of_one_word_with_a_full_stop_is_no_title() -> None:
    reading = detect.read(["Newsroom.", "Panmunjom's handshake is only the first step – NZ should help with the next", "Hamish Te Rangi", ARGUMENT, ARGUMENT])
    assert reading.roles[:2] == ["label", "title"]


def test_a_pdf_s_running_footer_with_the_page_number_on_either_side() -> None:
    """An even page's footer has its number first, an odd page's last: both are the footer (the series' number in it, '7',
    stays), and a title the running head repeats with its page's number is still the title."""
    roles = roles_of(
        "Sequencing After Hanoi",
        "By Lee Sang-soo and Hannah Kowalczyk",
        ARGUMENT,
        "2 La Trobe Asia Policy Brief No. 7",
        ARGUMENT,
        "La Trobe Asia Policy Brief No. 7 3",
        ARGUMENT,
        "Sequencing After Hanoi 4",
        ARGUMENT,
    )
    assert roles[0] == "title"
    assert roles[3] == roles[5] == "boilerplate"


def test_an_executive_summary_heading_goes_with_the_block_under_it() -> None:
    box = "• The summit failed over sequencing.\n• A phased roadmap would keep leverage."
    over_box = roles_of(
        "FIIA BRIEFING PAPER 261 | MARCH 2019", "After Hanoi", "By Sanghyun Lee and Hanna Virtanen", "EXECUTIVE SUMMARY", box, ARGUMENT, ARGUMENT
    )
    assert over_box[3:5] == ["introduction", "introduction"]
    over_argument = roles_of("After Hanoi", "By Sanghyun Lee", "Executive Summary", ARGUMENT, ARGUMENT, ARGUMENT)
    assert over_argument[2] == "subtitle"


def test_a_name_alone_under_a_headline_of_two_sentences_and_a_dek_is_the_byline() -> None:
    reading = detect.read(
        [
            "Biden and Moon found common ground. Now comes the hard part.",
            "Friday’s summit closed the gap between Washington and Seoul on North Korea. It did not close the gap with Pyongyang.",
            "Dana Whitcomb",
            "May 24, 2021",
            "Welcome back to The Peninsula Memo, and a special hello to the hundred or so of you who signed up after last week’s panel.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:5] == ["byline", "dateline", "introduction"]


def test_two_names_a_line_under_a_quoted_headline_of_two_sentences_and_a_dek_are_the_byline() -> None:
    reading = detect.read(
        [
            "NORDISK DAGBLAD · English edition\nNews   Opinion   Business   Culture",
            "DEBATE",
            "“Sweden has a seat at Panmunjom. It should start using it.”",
            "Four years after the Stockholm talks, diplomacy has fallen silent. Europe can keep the doors open, write Niklas Swanstrom and Sang-soo Lee.",
            "Niklas Swanstrom, Director, Institute for Security and Development Policy (ISDP)\nSang-soo Lee, Head of the Stockholm Korea Center, ISDP",
            "Published 2023-10-05 06:00 · Updated 2023-10-05 09:41",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:6] == ["title", "subtitle", "byline", "dateline"]
    assert [reading.people[n].name for n in reading.signers[6]] == ["Niklas Swanstrom", "Sang-soo Lee"]


def test_a_guest_s_words_as_the_headline_over_the_dek() -> None:
    roles = roles_of(
        "THE TOKYO DIPLOMATIC REVIEW\nPolitics | Security | Economy | Asia | Interviews",
        "Interview",
        "Chun Chae-sung: “Trust is not a precondition. It is the product.”",
        "The Seoul National University political scientist on the long pause after Hanoi and the limits of sanctions",
        "Interview by Haruka Mori",
        "February 3, 2020",
        ARGUMENT,
    )
    assert roles[2:4] == ["title", "subtitle"]


def test_a_blog_s_byline_posted_on_a_day_by_two() -> None:
    reading = detect.read(["A Vietnamese Road for Pyongyang?", "Posted on 27/02/2020 by Nguyen Thi Lan and Chen Jiahui", ARGUMENT, ARGUMENT])
    assert reading.roles[1] == "byline" and [p.name for p in reading.people] == ["Nguyen Thi Lan", "Chen Jiahui"]
    assert reading.date == ("2020-02-27", "27/02/2020")


def test_starred_names_over_starred_posts_and_a_title_that_returns_as_the_pages_running_head() -> None:
    reading = detect.read(
        [
            "NEAS Working Paper No. 2026-03",
            "Keeping the Guardrails: Military Confidence-Building after 2022",
            "ZHANG Yiming*\nHOANG Thi Thu Ha**",
            "October 2026",
            ARGUMENT,
            "* Professor, Centre for Northeast Asian Studies, Dalian University of Foreign Affairs.\n** Researcher, Vietnam Academy of Social Sciences",
            ARGUMENT,
            "Keeping the Guardrails: Military Confidence-Building after 2022          3",
            ARGUMENT,
        ]
    )
    assert reading.roles[1] == "title" and reading.roles[5] == "author_bio" and reading.roles[7] == "boilerplate"


def test_a_citation_given_inline_leaves_the_bio_under_it_a_bio() -> None:
    roles = roles_of(
        "Moscow’s Quiet Exit from the North Korea Sanctions Regime",
        "By Anastasia V. Koroleva",
        ARGUMENT,
        ARGUMENT,
        "Cite this article: Koroleva, Anastasia V. “Moscow’s Quiet Exit from the North Korea Sanctions Regime.” Peninsula Ledger, May 2, 2024.",
        "Anastasia V. Koroleva is a non-resident fellow at Peninsula Ledger and a former researcher at the Center for Korean Studies in Moscow.",
    )
    assert roles[4:] == ["boilerplate", "author_bio"]


def test_a_site_s_tagline_over_its_menu_is_the_site_s() -> None:
    roles = roles_of(
        "East Asia Forum",
        "Economics, Politics and Public Policy in East Asia and the Pacific",
        "Home | About | Topics | Countries | EAF Quarterly | Newsletter | Search",
        "Why the Korean military agreement deserves more attention than the summits",
        "Author: Major General (retd) Mats Engman, ISDP",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:4] == ["boilerplate", "boilerplate", "boilerplate", "title"]


def test_a_reader_s_question_in_a_newsletter_is_answered_by_its_writer() -> None:
    reading = detect.read(
        [
            "Why Beijing wants to talk about sanctions relief now",
            "Zhao Lan",
            "Dec 20, 2019",
            ARGUMENT,
            ARGUMENT,
            "From the mailbag",
            "Q: A reader in Seoul asks whether China would ever support a peace treaty that left US troops in South Korea.",
            "A: Officially, no; in practice, it might, if the troops' role changed and the treaty said so in terms Beijing could accept.",
            "Until next week,\nZhao Lan",
        ]
    )
    assert reading.roles[6:8] == ["question", "body"]
    assert [reading.people[n].name for n in reading.signers[7]] == ["Zhao Lan"]


def test_a_caption_credited_to_an_agency_s_photo_after_a_slash() -> None:
    roles = roles_of(
        "After the Panmunjom handshake, the hard work begins",
        "Niklas Swanstrom",
        "U.S. President Donald Trump and DPRK leader Kim Jong Un meet at the Demilitarized Zone in Panmunjom, June 30, 2019. /Xinhua Photo",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[2] == "caption"


@pytest.mark.parametrize("sign_off", ["Until next week,\nAyu", "Sampai jumpa minggu depan,\nAyu", "Bis bald,\nAyu", "Hasta la próxima,\nAyu"])
def test_a_newsletter_s_sign_off_in_any_language_is_its_byline(sign_off: str) -> None:
    reading = detect.read(["Jakarta Letters", "Why ASEAN should talk to Pyongyang", "Ayu Lestari", ARGUMENT, ARGUMENT, sign_off])
    assert reading.roles[-1] == "byline"
    assert [reading.people[n].name for n in reading.signers[-1]] == ["Ayu Lestari"]


def test_a_box_of_points_under_the_bylines_with_no_heading_is_the_summary() -> None:
    box = "• After two summits, diplomacy has been frozen for a year.\n• An interim arrangement is more realistic than a grand bargain."
    roles = roles_of(
        "BEYOND ALL OR NOTHING", "Anni Kervinen\nResearch Fellow\nThe Finnish Institute of International Affairs", box, ARGUMENT, ARGUMENT, ARGUMENT
    )
    assert roles[2] == "introduction"


def test_a_series_label_over_its_publisher_s_name_in_one_block() -> None:
    roles = roles_of(
        "CENTRE OF GRAVITY SERIES\nPaper #71\nStrategic & Defence Studies Centre\nANU College of Asia & the Pacific",
        "November 2023",
        "Extended deterrence after Washington: What the Nuclear Consultative Group means for Australia",
        "Rebecca Hollis and Sanghoon Lee",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[0] == "label" and roles[2] == "title"


def test_a_name_and_its_publication_date_on_one_line_is_the_byline() -> None:
    reading = detect.read(["Why the summit must not be the end", "Sang-woo Lee | Published Jun 5, 2018, 5:00 AM SGT", ARGUMENT, ARGUMENT])
    assert reading.roles[1] == "byline" and [p.name for p in reading.people] == ["Sang-woo Lee"]
    assert reading.date == ("2018-06-05", "Jun 5, 2018")


def test_the_author_s_card_again_under_the_text_is_a_bio() -> None:
    reading = detect.read(
        [
            "The Korean Peninsula after Hanoi",
            "CHUN Chae-sung, Professor, Department of Political Science and International Relations, Seoul National University",
            ARGUMENT,
            ARGUMENT,
            "CHUN Chae-sung\nProfessor, Seoul National University. Chair of the Security Studies Center, East Asia Institute (EAI). Specializes in security.",
        ]
    )
    assert reading.roles[-1] == "author_bio"


@pytest.mark.parametrize(
    "greeting",
    [
        "Happy Friday, and a warm welcome to the new subscribers.",
        "Olá, friends. Quick note before we start.",
        "Magandang umaga from Quezon City, and welcome to the new readers.",
    ],
)
def test_a_newsletter_s_greeting_greets_its_readers(greeting: str) -> None:
    roles = roles_of("Why the alliance needs an offer", "By Megan Thurlow", greeting, ARGUMENT, ARGUMENT)
    assert roles[2] == "introduction"


def test_a_trail_that_ends_in_a_quoted_title() -> None:
    roles = roles_of(
        "Home / Publications / Interviews / “Engagement is not a reward”",
        "Interview",
        "“Engagement is not a reward”",
        "By Karin Holmqvist",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:3] == ["boilerplate", "label", "title"]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("EXPERT VOICES No. 12 | March 2020", "label"),  # a series, its number and its month
        ("Issue #47 | 27 April 2023", "dateline"),  # a newsletter's issue number and its day
        ("Strategic Comments (2021-09)", "label"),
    ],
)
def test_a_series_label_or_a_date_line_over_the_title(paragraph: str, role: str) -> None:
    assert roles_of(paragraph, "After Hanoi, a freeze first", "By Jane Doe", ARGUMENT, ARGUMENT)[0] == role


def test_a_site_s_name_over_its_tagline_in_one_paragraph_then_its_section() -> None:
    roles = roles_of(
        "IPS Journal\nInternational Politics and Society",
        "Asia",
        "After Singapore, Seoul must lead",
        "CHUN Chae-sung | 20.06.2018",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:4] == ["boilerplate", "label", "title", "byline"]


def test_two_headings_one_under_the_other() -> None:
    roles = roles_of("Landmines and Loudspeakers", "By Jane Doe", ARGUMENT, "Commentary", 'From landmines to a "quasi-state of war"', ARGUMENT, ARGUMENT)
    assert roles[3:5] == ["subtitle", "subtitle"]


@pytest.mark.parametrize(
    ("under", "people"),
    [
        (  # starred as the byline stars them
            ["by CHUN Chae-sung* and PARK Min-jung**", "* Professor, Seoul National University\n** Research Fellow, Korea Institute for Defense Analyses"],
            [("CHUN Chae-sung", "Professor, Seoul National University"), ("PARK Min-jung", "Research Fellow, Korea Institute for Defense Analyses")],
        ),
        (  # one a line, each name again with its honours, a post wrapped over two lines
            [
                "By Lt Gen (Retd) Sudhir Kannan and Dr Ahmad Faris bin Zainal Abidin",
                "Lt Gen (Retd) Sudhir Kannan, PVSM, AVSM, Distinguished Fellow, Indo-Pacific Strategy Centre, New Delhi\n"
                "Dr Ahmad Faris bin Zainal Abidin, Senior Lecturer, Institute of Malaysian and International Studies (IKMAS),\n"
                "Universiti Kebangsaan Malaysia",
            ],
            [
                ("Sudhir Kannan", "Distinguished Fellow, Indo-Pacific Strategy Centre, New Delhi"),
                ("Ahmad Faris bin Zainal Abidin", "Senior Lecturer, Institute of Malaysian and International Studies (IKMAS), Universiti Kebangsaan Malaysia"),
            ],
        ),
    ],
    ids=["starred", "one-a-line"],
)
def test_each_author_s_post_under_a_byline_of_two(under: list[str], people: list[tuple[str, str]]) -> None:
    reading = detect.read(["Biden and Moon agreed on the words", *under, "MAY 24, 2021", ARGUMENT, ARGUMENT])
    assert reading.roles[2] == "byline"
    assert [(p.name, p.affiliation) for p in reading.people] == people


def test_a_publisher_s_name_over_its_brief_s_label_that_the_footers_repeat() -> None:
    roles = roles_of(
        "HELSINKI CENTRE FOR SECURITY POLICY",
        "HCSP POLICY BRIEF 9",
        "OCTOBER 2022",
        "SANCTIONS WITHOUT CONSENSUS",
        "Aino Lehtinen\nSenior Research Fellow, Helsinki Centre for Security Policy",
        ARGUMENT,
        "HCSP POLICY BRIEF 9",
        ARGUMENT,
    )
    assert roles[:4] == ["boilerplate", "label", "dateline", "title"]


def test_an_exchange_of_letters_numbered_and_a_footer_that_names_its_publisher_first() -> None:
    reading = detect.read(
        [
            "POLICY BRIEF   7 / 2020",
            "Dear Colleague: A Stockholm–Shanghai Exchange on North Korea",
            "Niklas Swanstrom\nInstitute for Security and Development Policy",
            "Letter 1",
            "Stockholm, 2 November 2020",
            "Dear Wenjie,\n" + ARGUMENT,
            "2   NUPI POLICY BRIEF 7 / 2020",
            ARGUMENT,
            "Letter 2",
            "Shanghai, 16 November 2020",
            "Dear Niklas,\n" + ARGUMENT,
        ]
    )
    assert reading.roles[3] == reading.roles[8] == "subtitle"  # headings that count, not a page's running head
    assert reading.roles[6] == "boilerplate"


def test_a_publisher_and_its_tagline_over_a_brief_and_its_authors_in_capitals() -> None:
    reading = detect.read(
        [
            "SOUTH AFRICAN INSTITUTE OF INTERNATIONAL AFFAIRS\nAfrican perspectives. Global insights.",
            "POLICY BRIEFING 152",
            "June 2016",
            "Closing the African Loophole: Enforcing UN Sanctions on North Korea",
            "THANDEKA MOKOENA\nSouth African Institute of International Affairs",
            "LEE SANG-SOO\nInstitute for Security and Development Policy, Stockholm",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:6] == ["boilerplate", "label", "dateline", "title", "byline", "byline"]
    assert [p.name for p in reading.people] == ["Thandeka Mokoena", "Lee Sang-soo"]


def test_a_synopsis_over_the_commentary_is_the_publisher_s_abstract() -> None:
    roles = roles_of(
        "RSIS Commentary No. 027/2022",
        "Yoon Suk-yeol and North Korea: Deterrence First, Dialogue Later",
        "By Ong Wei Xiang",
        "SYNOPSIS",
        "South Korea’s president-elect has promised a tougher line on North Korea. He will find that deterrence alone does not settle it.",
        "COMMENTARY",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[3:6] == ["subtitle", "introduction", "subtitle"]


def test_a_dek_under_the_date_and_a_link_to_the_original() -> None:
    roles = roles_of(
        "Europe Should Stop Outsourcing Its Korea Policy",
        "By Niklas Swanstrom and Lee Sang-hoon",
        "Jun 24, 2020 · 7 min read",
        "View Original",
        "The demolition of the liaison office is a warning. Europe has more to offer than statements of concern.",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[4] == "subtitle"


def test_a_bio_that_carries_the_disclaimer_names_the_author_of_an_unsigned_page() -> None:
    reading = detect.read(
        [
            "Home › Opinion",
            "Seoul's 'trustpolitik' needs patience, not illusions",
            ARGUMENT,
            ARGUMENT,
            "Chun Chae-sung is a professor of political science at Seoul National University. The views expressed are his own.",
        ]
    )
    assert [p.name for p in reading.people] == ["Chun Chae-sung"]
    assert reading.roles[2:] == ["body", "body", "author_bio"]


def test_a_newsletter_s_name_over_its_tagline_then_its_issue_and_title() -> None:
    reading = detect.read(
        [
            "View this email in your browser",
            "PENÍNSULA\nThe Koreas, seen from the Southern Cone",
            "Issue #112 · 14 July 2025",
            "The loudspeakers are off. Now what?",
            "Hola a todos, and a special welcome to the new subscribers who found us after the panel last month.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1] == "label" and reading.roles[3] == "title"


def test_a_printed_e_mail_s_subject_then_the_newsletter_s_own_title_and_the_date_it_was_sent() -> None:
    reading = detect.read(
        [
            "4/2/24, 8:47 AM    Gmail - The panel is dead. Long live the panel?",
            "Gmail    Julia Brandt <julia.brandt.research@gmail.com>",
            "The panel is dead. Long live the panel?",
            "1 message",
            "Demilitarized from Owen Castellanos <owencastellanos@substack.com> Tue, Apr 2, 2024 at 7:02 AM\n"
            "Reply-To: Demilitarized from Owen Castellanos <reply+2mh4kq@substack.com>\nTo: julia.brandt.research@gmail.com",
            "The panel is dead. Long live the panel?",
            "OWEN CASTELLANOS\nAPR 2",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "boilerplate" and reading.roles[5] == "title"
    assert reading.date == ("2024-04-02", "Apr 2, 2024")


def test_a_greeting_in_another_language_then_a_welcome() -> None:
    roles = roles_of("Pyongyang's loudest autumn", "By Aistė Vaitkutė", "Labas! Welcome to the 58th letter, and hello to our new readers.", ARGUMENT, ARGUMENT)
    assert roles[2] == "introduction"


def test_a_section_s_one_word_name_over_the_date_and_the_headline() -> None:
    roles = roles_of(
        "Korea", "Mar 8, 2012", "Editor's note: This is the second in a series.", "Pyongyang's leap of faith", "By Lee Sang-hoon", ARGUMENT, ARGUMENT
    )
    assert roles[0] == "label" and roles[3] == "title"


def test_a_caption_that_begins_as_a_credit_under_the_dek() -> None:
    roles = roles_of(
        "After the Fifth Test: Europe Cannot Outsource Its North Korea Policy",
        "Dr Helena Marsh",
        "12 October 2016",
        "Pyongyang's latest nuclear test is a reminder that European security is at stake.",
        "Main Image Credit: A man watches a television news report on North Korea's fifth nuclear test at Seoul Railway Station, 9"
        " September 2016. Courtesy of Yonhap/PA Images",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[3:5] == ["subtitle", "caption"]


def test_a_page_s_topics_under_the_date_or_after_the_text() -> None:
    tags = "Nuclear Weapons, North Korea, Sanctions, Proliferation and Nuclear Policy"  # the last topic's own 'and'
    assert roles_of("Hanoi's Empty Table", "Dr Helena Marsh", "1 March 2019", tags, ARGUMENT, ARGUMENT)[3] == "boilerplate"
    spaced = "Korean Peninsula   Russia   DPRK   Asia and Eurasia"  # set apart by spaces, not commas
    assert roles_of("Hanoi's Empty Table", "Dr Helena Marsh", ARGUMENT, ARGUMENT, spaced)[-1] == "boilerplate"


def test_a_date_that_could_be_either_way_on_a_page_in_portuguese() -> None:
    reading = detect.read(
        [
            "Início / Publicações / Commentary / Segurança Internacional",
            "Commentary | International Security Programme | Nº 27/2019",
            "What Stockholm taught us",
            "Rio de Janeiro, 04/11/2019",
            "Ana Beatriz Costa",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.date == ("2019-11-04", "04/11/2019")


def test_a_newsletter_essay_then_an_interview_it_introduces() -> None:
    """The writer's essay is hers; the interview under its own heading and introduction is the guest's; her byline stays one."""
    essay = "I don't think the message is hard to read, and I have said so before: " + ARGUMENT
    reading = detect.read(
        [
            "The Maple Leaf Brief",
            "Why NEON matters",
            "Geneviève Arsenault-Park",
            "Jan 14, 2022",
            "Bonjour and happy new year to the 2,300 of you who now get this letter.",
            essay,
            essay,
            "Five questions for a NEON veteran",
            "To understand what the mission does, our editor spoke to a retired naval officer who helped plan it. Lt.-Cdr. (ret.) Daniel"
            " Okonkwo-Fraser served on the staff of the Canadian Joint Operations Command.",
            "Q: What does a typical patrol look like?",
            f"A: Long hours of looking at ships; {ARGUMENT}",
            "Q: Should Canada stay in?",
            f"A: Absolutely; {ARGUMENT}",
        ]
    )
    assert [p.name for p in reading.people] == ["Geneviève Arsenault-Park", "Daniel Okonkwo-Fraser"]
    assert reading.roles[2] == "byline" and reading.roles[4] == "introduction"
    assert reading.signers[5] == reading.signers[6] == (0,)
    assert reading.signers[10] == reading.signers[12] == (1,)


UNDER_THE_TEXT = [  # (the byline's name, a paragraph under the argument, what it is)
    ("Jane Doe", "This column is adapted from a lecture given at Aalto University in November 2018.", "credit"),
    ("Jane Doe", "This column originally appeared in the Korean edition of the Hankyeol Daily. Translated by Choi Min-ji.", "credit"),
    ("Jane Doe", "Main Image Credit US President Donald Trump and Kim Jong-un in Hanoi. Courtesy of White House/Shealah Craighead", "caption"),
    ("Lim Wei Jie", "The opinions of the participants may not coincide with those of the Club.", "disclaimer"),
    ("Lim Wei Jie", "The transcript has been abridged. Translated from the Russian by the editors.", "editors_note"),
    ("Lim Wei Jie", "Associate Professor Lim Wei Jie heads the Korea programme at the Institute of Policy Studies.", "author_bio"),
    ("Mats Engman", "Mats Engman is a distinguished senior fellow at ISDP. Image courtesy of Flickr user Republic of Korea.", "author_bio"),
    ("Mats Engman", "Note: This is an English translation of a paper originally published in Japanese on September 30, 2021.", "editors_note"),
    ("Mats Engman", "※ This commentary is an English translation of an essay first published in Korean.", "editors_note"),
    ("Ong Wei Xiang", "ECASS Policy Briefs present the views of their authors and not necessarily those of the Centre.", "disclaimer"),
    (
        "Ong Wei Xiang",
        "RSIS Commentaries offer timely and, where appropriate, policy-relevant analysis. The views expressed are those of the authors."
        " Commentaries may be reproduced with prior permission.",
        "disclaimer",
    ),
    ("Aistė Vaitkutė", "Le opinioni espresse sono esclusivamente quelle dell'autore.", "disclaimer"),
    ("Aistė Vaitkutė", "Have an Opinion? This article is an Op-Ed and the opinions expressed are those of the author.", "disclaimer"),
    ("Aistė Vaitkutė", "Iki kito karto – until next time,\nAistė Vaitkutė\nEditor, The Vilnius Asia Letter", "byline"),
    ("Zhao Yuchen", "The views in The Yalu Letter are mine alone and do not represent those of my employer.", "disclaimer"),
    ("Zhao Yuchen", "Views here are my own and not my employer's.", "disclaimer"),
    ("Jane Doe", "Many thanks to Niklas for his time. As always, views expressed by guests are their own and not those of The Brief.", "disclaimer"),
    (
        "Jane Doe",
        "Important disclaimer\nThis publication is designed to provide accurate and authoritative in-\nformation in relation to the subject matter covered.",
        "disclaimer",
    ),  # the heading says what the paragraph is, though no sentence under it does
    ("Jane Doe", "This article is published jointly with the East Asia Institute's Korea Peace Dialogue series.", "credit"),
    ("Jane Doe", "Until next week, Jane", "byline"),  # a sign-off on one line
    ("Jane Doe", "[Translator's note: The leaflet campaigns refer to balloons that defector groups launch across the border.]", "notes"),
    ("Jane Doe", "The research for this article was funded by a Korea Foundation policy-oriented research grant.", "credit"),
    ("Jane Doe", "The author would like to thank Mats Engström and Giulia Bassi for their comments on an earlier draft.", "credit"),
    ("Jane Doe", "Peer review: Ricardo Tavares Lins | Editing: Camila Okabe", "credit"),
    ("Jane Doe", "VCRSS Perspectives present the personal views of the authors and not those of the Centre.", "disclaimer"),
    ("Jane Doe", "Doe, a retired career diplomat and former envoy to several Asian countries, is a senior research fellow at X.", "author_bio"),
    ("Jane Doe", "Jane Doe, 56, received her Ph.D. from Seoul National University and teaches at Korea University.", "author_bio"),
    ("Jane Doe", "Thanks to Maria Castellanos, who edits this newsletter and caught at least three errors.", "credit"),
    ("Jane Doe", "All FIIA publications undergo peer review and professional language checking and editing.", "disclaimer"),
    ("Jane Doe", "Dr. D.Ulziibayar at the Institute for Strategic Studies in Ulaanbaatar. Photo by B.Khulan/The UB Post", "caption"),
    ("Jane Doe", "Trump and Kim shake hands at the demarcation line in Panmunjom on June 30, 2019. (Pool photo/Kyodo) ==Kyodo", "caption"),
    ("Jane Doe", "About: The Brief is written by Jane Doe, a former sanctions analyst at the US Treasury. Views are her own.", "author_bio"),
    ("Jane Doe", "Mancini, F. and Lee, S. (eds.) (2018), The Korean Peninsula after Pyeongchang, Milan: ISPI.\nEngman, M. (2018), ISDP.", "notes"),
    ("Jane Doe", "With love and prayers from Paju,\nSr. Jane", "byline"),  # a nun's sign-off, her title before her first name
    ("Jane Doe", "This column was originally published in the Korean edition of the Kyunghyang Shinmun on June 22. Translated by Lee Sang-hyun.", "credit"),
]
"""What a page says under its argument, in the many ways outlets say it: credits, captions, disclaimers, notes, bios, a sign-off."""


@pytest.mark.parametrize(("author", "paragraph", "role"), UNDER_THE_TEXT)
def test_what_a_paragraph_under_the_text_is(author: str, paragraph: str, role: str) -> None:
    assert roles_of("Freeze first", f"By {author}", ARGUMENT, ARGUMENT, paragraph)[-1] == role


@pytest.mark.parametrize("headline", ["CALIBRATED, PRACTICAL – AND PATIENT?", "Kim says the South is no longer family. Believe him — partly."])
def test_a_headline_with_a_dash_is_no_series_label(headline: str) -> None:
    """A sentence, or a question, set apart by a dash is a headline; a series label ('Analysis — Korea') says no such thing."""
    assert roles_of(headline, "THE BIDEN ADMINISTRATION’S NORTH KOREA POLICY", "By Anni Heikkilä", ARGUMENT, ARGUMENT)[0] == "title"


def test_a_pdf_page_s_head_naming_its_publisher_then_a_heading() -> None:
    roles = roles_of(
        "Engagement after Hanoi",
        "By Anni Heikkilä",
        ARGUMENT,
        "THE FINNISH INSTITUTE OF INTERNATIONAL AFFAIRS",
        "From maximum pressure to calibrated practicality",
        ARGUMENT,
    )
    assert roles[3:5] == ["boilerplate", "subtitle"]


def test_a_newsletter_by_a_writer_who_also_goes_by_another_first_name() -> None:
    reading = detect.read(
        [
            "The Yalu Letter",
            "What Beijing heard in Hanoi",
            "By Zhao Yuchen (“Eric” Zhao)",
            ARGUMENT,
            ARGUMENT,
            "Until next week,\nEric",
            "The Yalu Letter is written by Zhao Yuchen (“Eric” Zhao), a Beijing-based researcher on Northeast Asian security.",
        ]
    )
    assert [p.name for p in reading.people] == ["Zhao Yuchen"]
    assert reading.roles[5:] == ["byline", "author_bio"] and reading.signers[5] == reading.signers[6] == (0,)


def test_a_trail_that_ends_in_a_headline_of_many_words() -> None:
    roles = roles_of(
        "Home » Korean Peninsula » Why Seoul should keep one door open to Pyongyang",
        "Why Seoul should keep one door open to Pyongyang",
        "Lee Sang-hoon\nKorea Institute for Defense Analyses",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:2] == ["boilerplate", "title"]


def test_a_series_label_over_the_cover_photo_s_credit_stays_a_label() -> None:
    roles = roles_of(
        "NUPI POLICY BRIEF 7 / 2020", "Photo: Jung Yeon-je / AFP / NTB", "After Hanoi: Sequencing a Korean Peace Regime", "By Sang-Soo Lee", ARGUMENT, ARGUMENT
    )
    assert roles[:3] == ["label", "credit", "title"]


def test_a_recommended_story_under_its_heading_is_the_site_s() -> None:
    roles = roles_of(
        "Engman: the military talks matter",
        "By Anna Schmidt",
        ARGUMENT,
        ARGUMENT,
        "DW RECOMMENDS",
        "Trump and Kim to meet in Hanoi for second summit\nThe White House confirmed the second meeting of the two leaders will take place in"
        " Vietnam's capital at the end of February.",
    )
    assert roles[-2:] == ["boilerplate", "boilerplate"]


def test_a_page_s_four_topics_one_with_an_and_of_its_own() -> None:
    tags = "Proliferation and Nuclear Policy, Asia-Pacific, North Korea, Sanctions"
    assert roles_of("Hanoi's Empty Table", "Dr Helena Marsh", "1 March 2019", tags, ARGUMENT, ARGUMENT)[3] == "boilerplate"


def test_two_writers_sign_by_their_first_names_and_the_bio_names_both() -> None:
    reading = detect.read(
        [
            "RIDGELINE · Issue #58",
            "The Biden–Moon statement buried the lede",
            "May 24, 2021",
            ARGUMENT,
            ARGUMENT,
            "Until next Monday,\nHannah & Jae-won",
            "Ridgeline is written by Hannah Whitcombe, a former Korea analyst at the Australian Strategic Policy Institute, and Jae-won"
            " Seo, a doctoral candidate in political science at the University of Toronto. Views are our own.",
        ]
    )
    assert [p.name for p in reading.people] == ["Hannah Whitcombe", "Jae-won Seo"]
    assert reading.signers[3] == reading.signers[4] == (0, 1)


def test_a_newsletter_printed_from_gmail_is_its_sender_s() -> None:
    """The mailbox's owner and the subject over '1 message' are Gmail's; the sender's name completes the sign-off's; the dek
    under the title, over 'Hi all', is no argument."""
    reading = detect.read(
        [
            "10/8/19, 9:14 AM Gmail - The Demarcation Line #41: After Stockholm, the clock is Pyongyang's",
            "Daniel Hirsch <d.hirsch@example.edu>",
            "The Demarcation Line #41: After Stockholm, the clock is Pyongyang's\n1 message",
            "Rachel Okafor <rachel@demarcationline.example> Mon, Oct 7, 2019 at 6:02 AM\nTo: d.hirsch@example.edu",
            "THE DEMARCATION LINE | Issue #41",
            "After Stockholm, the clock is Pyongyang's",
            "The working-level talks lasted one day. What North Korea's walkout says about the deadline it has set for Washington.",
            "Hi all, and welcome to the new subscribers who signed up after last week's panel.",
            ARGUMENT,
            ARGUMENT,
            "Until next week, Rachel",
        ]
    )
    assert reading.roles[1:4] == ["boilerplate", "boilerplate", "boilerplate"]
    assert reading.roles[5:8] == ["title", "subtitle", "introduction"]
    assert reading.date == ("2019-10-07", "Oct 7, 2019")
    assert [p.name for p in reading.people] == ["Rachel Okafor"]
    assert reading.roles[-1] == "byline" and reading.signers[8] == (0,)


def test_a_brief_s_cover_its_logo_a_line_a_word_and_its_title_again_on_every_page() -> None:
    reading = detect.read(
        [
            "ASPI\nAUSTRALIAN\nSTRATEGIC\nPOLICY\nINSTITUTE",
            "STRATEGIC INSIGHTS",
            "Watching the water: Australia and North Korea sanctions enforcement at sea",
            "By Hannah Cresswell (ASPI) and\nSang-woo Lee (Korea Institute for Defense Analyses)",
            "June 2019",
            ARGUMENT,
            "2 Watching the water: Australia and North Korea sanctions enforcement at sea",
            ARGUMENT,
            "Watching the water: Australia and North Korea sanctions enforcement at sea 3",
            ARGUMENT,
        ]
    )
    assert reading.roles[:5] == ["boilerplate", "label", "title", "byline", "dateline"]
    assert reading.roles[6] == reading.roles[8] == "boilerplate"
    assert [p.name for p in reading.people] == ["Hannah Cresswell", "Sang-woo Lee"]


def test_the_title_s_words_before_its_colon_head_the_later_pages() -> None:
    roles = roles_of(
        "ISSUE BRIEF",
        "Verify First, Trust Later: What India's Safeguards Experience Offers Korea",
        "By Jane Doe",
        "November 14, 2022",
        ARGUMENT,
        ARGUMENT,
        "Verify First, Trust Later",
        "Trust Through Sequencing",
        ARGUMENT,
        "5. Recommendations\n• Washington and Pyongyang should agree on a written definition of denuclearization.\n• A monitored freeze first.",
        "3 Ibid.; see also Agreed Framework, 21 October 1994.\n4 On the 2008 breakdown, see Kim and Lee (2019).",
    )
    assert roles[6:9] == ["boilerplate", "subtitle", "body"]
    assert roles[9:] == ["body", "notes"]  # the authors' points under their numbered heading, then the page's note


def test_topics_set_apart_by_dots_one_with_an_and_of_its_own() -> None:
    roles = roles_of(
        "Expert Opinions",
        "After Stockholm: Why the Korean Process Needs a Multilateral Frame",
        "14.10.2019",
        "Authors:\nCHUN Chae-sung, Professor of Political Science, Seoul National University\nYekaterina Volkova, Senior Research Fellow, IMEMO",
        "Asia and Eurasia · Security · Korean Peninsula",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[4] == "boilerplate"


def test_notes_starred_as_the_byline_stars_its_authors_are_their_bios() -> None:
    reading = detect.read(
        [
            "Seventy years after the armistice, Türkiye should help build Korea's peace",
            "by Doç. Dr. Mehmet Emin Karakaya* and Jeon Jae-seong**",
            "Jul 27, 2023 12:05 AM GMT+3",
            ARGUMENT,
            ARGUMENT,
            "*Associate professor of international relations at Hacettepe University, Ankara",
            "**Professor of political science at Seoul National University",
        ]
    )
    assert reading.roles[-2:] == ["author_bio", "author_bio"]
    assert reading.signers[-2:] == [(0,), (1,)]
    assert [(p.name, p.affiliation) for p in reading.people] == [
        ("Mehmet Emin Karakaya", "Associate professor of international relations at Hacettepe University, Ankara"),
        ("Jeon Jae-seong", "Professor of political science at Seoul National University"),
    ]


def test_a_headline_with_a_dash_in_its_sentence_is_the_title_not_a_label() -> None:
    roles = roles_of("Kim's deadline is a negotiating tactic — and a real one", "Why Pyongyang set a date", "By Jane Doe", ARGUMENT, ARGUMENT)
    assert roles[:2] == ["title", "subtitle"]


def test_the_page_s_keywords_under_their_heading_are_furniture() -> None:
    roles = roles_of("Hanoi was not the end", "By Jane Doe", ARGUMENT, ARGUMENT, "KEYWORDS", "North Korea, South Korea, Japan, U.S., Kim Jong Un, sanctions")
    assert roles[-2:] == ["boilerplate", "boilerplate"]


def test_a_byline_after_the_lede_signs_the_lede_too() -> None:
    reading = detect.read(
        [
            "Commentary",
            "Biden inherits a peninsula that has moved on",
            "Kim Jong Un's party congress set out a five-year weapons plan. Washington's policy review should start there.",
            ARGUMENT,
            "Words: Eleanor Hartigan\nSenior Lecturer in Asian Security, Australian National University",
            "19 January 2021",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3] == reading.roles[6] == "body"
    assert reading.signers[3] == reading.signers[6] == (0,)


@pytest.mark.parametrize("byline", ["Words: Sang-hyun Lee", "Words by Sang-hyun Lee"])
def test_a_magazine_s_words_line_of_one_name_is_the_byline(byline: str) -> None:
    """'Words: Sang-hyun Lee' alone over the date: the writer's byline ('Text: …' over an interview stays its credit)."""
    reading = detect.read(["Seoul’s bomb debate is Canberra’s business too", byline, "7 September 2023", ARGUMENT, ARGUMENT])
    assert reading.roles[:3] == ["title", "byline", "dateline"]
    assert [person.name for person in reading.people] == ["Sang-hyun Lee"] and reading.signers[3] == (0,)


def test_an_exchange_of_letters_headed_from_one_writer_to_the_other() -> None:
    reading = detect.read(
        [
            "After Panmunjom: is the peace regime the road or the destination?",
            "By CHUN Chae-sung and LEE Sang-soo",
            "Published 15.07.2019",
            "In our Correspondence series, two authors exchange letters on a question that divides them. " + ARGUMENT,
            "Chun Chae-sung to Lee Sang-soo — Seoul, 5 July 2019",
            "Dear Sangsoo,\n" + ARGUMENT,
            "Lee Sang-soo to Chun Chae-sung — Stockholm, 9 July 2019",
            "Dear Chaesung,\n" + ARGUMENT,
        ]
    )
    assert reading.roles[3:] == ["introduction", "byline", "body", "byline", "body"]
    assert reading.signers[5] == (0,) and reading.signers[7] == (1,)


def test_a_one_word_kicker_over_a_quoted_headline() -> None:
    roles = roles_of(
        "BERLIN POLICY JOURNAL", "Korea", '"Soldiers Talk First"', "A retired general on why the militaries must meet.", "By Jane Doe", ARGUMENT, ARGUMENT
    )
    assert roles[:3] == ["boilerplate", "label", "title"]


def test_a_reader_s_letter_and_the_columnist_s_reply() -> None:
    reading = detect.read(
        [
            "After Hanoi, is the Singapore process dead?",
            "Published Mar 6, 2019, 5:00 AM SGT",
            "Once a month, our global affairs columnist takes up a question sent in by a reader.",
            "Dear Editor, less than a year ago my children stood on Sentosa waving at motorcades. Was the Singapore summit a waste?",
            "Tan Hui Min, Global Affairs Columnist, replies:",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3:5] == ["question", "byline"]
    assert [p.name for p in reading.people] == ["Tan Hui Min"] and reading.signers[5] == (0,)


def test_a_page_saved_to_pocket_and_one_clipped_to_obsidian() -> None:
    pocket = roles_of(
        "[Column] A peace process that must outlive its summits",
        "english.khan.co.kr · Jeon Jae-sung · 5 min",
        "View Original",
        "Opinion › Column",
        "Posted : 2019-10-08 17:22:10",
        ARGUMENT,
        ARGUMENT,
    )
    assert pocket[:2] == ["title", "byline"]
    clipped = roles_of(
        '---\ntitle: "Why Moscow Still Wants a Multilateral Table"\nauthor:\n- "[[Yekaterina Sidorenko]]"\ncreated: 2024-03-02\n---',
        "# Why Moscow Still Wants a Multilateral Table",
        "[Valdai Club](https://valdaiclub.com/) › [Highlights](https://valdaiclub.com/a/highlights/)",
        "By Yekaterina Sidorenko",
        "11.02.2020",
        ARGUMENT,
        ARGUMENT,
    )
    assert clipped[:3] == ["boilerplate", "title", "boilerplate"]


def test_a_standfirst_that_names_its_writer_at_its_end_is_the_publisher_s() -> None:
    roles = roles_of(
        "Opinion / Debate",
        "DEBATE. This is an opinion piece. The views expressed in the text are the writer's own.",
        "Europe must stop watching the Korea talks from the stands",
        "Niklas Swanstrom",
        "Published 15 Feb 2019",
        "With the second summit set for Hanoi, the question is whether diplomacy can be made to last. Europe can help answer it,"
        " writes Niklas Swanstrom, director of the Institute for Security and Development Policy.",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:6] == ["label", "disclaimer", "title", "byline", "dateline", "subtitle"]


def test_a_numbered_list_the_text_announces_is_its_own() -> None:
    roles = roles_of(
        "What comes after the panel",
        "By Jane Doe",
        ARGUMENT,
        "So what happens now? A few possibilities, in roughly descending order of likelihood:",
        "1. A coalition of the willing builds a substitute outside the UN.\n2. The General Assembly tries something.\n3. Nothing replaces it.",
        ARGUMENT,
        "Sources\n- UN Security Council, meeting coverage, 28 March 2024",
    )
    assert roles[4] == "body"


def test_a_writer_of_one_name_whom_the_bio_names_again() -> None:
    reading = detect.read(
        ["Panmunjom shows Asia can solve Asian problems", "By Hartanto", ARGUMENT, ARGUMENT, "*Hartanto is a former ambassador and a lecturer.*"]
    )
    assert reading.roles[1] == "byline" and [p.name for p in reading.people] == ["Hartanto"] and reading.signers[2] == (0,)


def test_a_bio_that_gives_the_known_spelling_of_the_name_in_parentheses() -> None:
    reading = detect.read(
        [
            "Seventy years after the armistice",
            "By Jeon Jae-seong and Khalid bin Saud Al-Harbi",
            ARGUMENT,
            ARGUMENT,
            "Jeon Jae-seong (Chun Chae-sung) is a professor at Seoul National University.",
            "Khalid bin Saud Al-Harbi is a senior fellow at the Gulf Centre for Strategic Dialogue.",
        ],
        known_names=["Chun Chaesung"],
    )
    assert [p.name for p in reading.people] == ["Chun Chae-sung", "Khalid bin Saud Al-Harbi"]


def test_a_photo_s_caption_under_the_byline_is_no_affiliation() -> None:
    reading = detect.read(
        [
            "After Hanoi, Tokyo must stop hoping for failure",
            "by Mayumi Tsuchiya",
            "U.S. President Donald Trump and North Korean leader Kim Jong Un walk in the garden in Hanoi on Feb. 28. | KYODO / Satoshi Ikeda",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "caption" and reading.people[0].affiliation == ""


def test_a_caption_between_paragraphs_over_its_photo_credit() -> None:
    roles = roles_of(
        "Biden's calibrated approach",
        "By Jane Doe",
        ARGUMENT,
        "Kim Jong-un chairs a plenary meeting of the Workers' Party Central Committee in Pyongyang.",
        "Photo: KCNA via Reuters",
        ARGUMENT,
    )
    assert roles[3:5] == ["caption", "credit"]


@pytest.mark.parametrize(
    ("greeting", "role"),
    [
        (
            "Hi all. If you spent Sunday night refreshing a livestream of an empty doorway at Panmunjom, you were not alone. President Trump"
            " stepped over the line. By the time Air Force One left Osan, the two sides had agreed to restart talks.",
            "body",
        ),
        (
            "Hi everyone, and welcome to the 47th issue. The policy review is the talk of Washington, and the two of us don't agree on it."
            " So we each wrote our own piece this week. We meet again at the end.",
            "introduction",
        ),
    ],
    ids=["goes-on-to-the-matter", "frames-the-issue"],
)
def test_a_greeting_that_goes_straight_on_into_the_matter_is_the_argument(greeting: str, role: str) -> None:
    assert roles_of("Twenty steps into North Korea", "By Dana Whitfield", greeting, ARGUMENT, ARGUMENT)[2] == role


def test_a_sign_off_split_over_two_paragraphs_names_the_writer_of_an_unsigned_newsletter() -> None:
    reading = detect.read(
        ["PENINSULA WEEKLY", "Why the Six-Party Talks Aren't Coming Back", "May 2, 2024", "Hi friends,", ARGUMENT, ARGUMENT, "Until next week,", "Jenna"]
    )
    assert reading.roles[-2:] == ["byline", "byline"]
    assert [p.name for p in reading.people] == ["Jenna"] and reading.signers[4] == reading.signers[5] == (0,)


def test_a_joint_bio_gives_the_first_writer_her_post_and_no_more() -> None:
    reading = detect.read(
        [
            "A freeze first",
            "By Margaret Okafor and Daniel Kessler",
            ARGUMENT,
            ARGUMENT,
            "*Margaret Okafor is a senior fellow at the Center for Peace and Diplomacy in Washington and Daniel Kessler is a former"
            " State Department official.*",
        ]
    )
    assert reading.people[0].affiliation == "senior fellow at the Center for Peace and Diplomacy in Washington"


def test_a_site_s_menu_an_item_a_paragraph_and_a_section_its_menu_names() -> None:
    menu = roles_of(
        "STEPPE SECURITY NOTES — independent analysis from Almaty",
        "Home",
        "Analysis",
        "Commentary",
        "Media",
        "About",
        "Contact",
        "The Kazakh model for North Korea: a useful story, a poor template",
        "By Aidos Zhaksylykov",
        ARGUMENT,
        ARGUMENT,
    )
    assert menu[1:7] == ["boilerplate"] * 6 and menu[7] == "title"
    section = roles_of(
        "RESPONSIBLE STATECRAFT\nAsia-Pacific  |  Diplomacy  |  Washington Politics  |  Donate",
        "Asia-Pacific",
        "Why Beijing wants to ease North Korea sanctions now",
        "Ding Haoran\nProfessor, Fudan University",
        ARGUMENT,
        ARGUMENT,
    )
    assert section[1:3] == ["label", "title"]


def test_two_writers_sign_with_a_dash_and_one_writes_an_aside() -> None:
    reading = detect.read(
        [
            "Biden's review, from both ends",
            "By Hannah Whitcombe and Park Jae-won",
            ARGUMENT,
            "A note from Jae-won in Seoul: I spent last week talking to officials here, and the mood is close to desperate. " + ARGUMENT,
            ARGUMENT,
            "— Hannah & Jae-won",
            "The Parallel is written by Hannah Whitcombe in Washington and Park Jae-won in Seoul.",
        ]
    )
    assert reading.signers[2] == (0, 1) and reading.signers[3] == (1,)
    assert reading.roles[5:] == ["byline", "author_bio"]


def test_a_page_with_no_byline_whose_dek_names_its_writer() -> None:
    reading = detect.read(
        [
            "Seoul cannot mediate forever",
            "Moon's Oslo speech was about peace for ordinary people. But the facilitator role is reaching its limits, argues Jeon Jae-sung.",
            "Published: 18 Jun. 2019, 19:32",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1] == "byline" and [p.name for p in reading.people] == ["Jeon Jae-sung"] and reading.signers[3] == (0,)


def test_a_series_label_that_counts_its_parts() -> None:
    roles = roles_of(
        "AFTER HANOI: A SERIES (2 of 3)",
        "Tokyo should stop treating the Korea talks as someone else's negotiation",
        "BY GREGORY S. HALLORAN",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:2] == ["label", "title"]


def test_a_writer_signs_by_first_name_over_the_bio_that_gives_the_whole_name() -> None:
    reading = detect.read(["Six tests and no exit ramp", "September 8th, 2017", ARGUMENT, ARGUMENT, "— Jonas", "Jonas Brekke is a senior researcher at PRIO."])
    assert reading.roles[4] == "byline" and [p.name for p in reading.people] == ["Jonas Brekke"] and reading.signers[2] == (0,)


def test_a_text_browser_s_link_marks_are_read_as_if_not_there() -> None:
    reading = detect.read(
        [
            "[1]Skip to main content",
            "[2]NIAPA - Netherlands Institute for Asia-Pacific Affairs",
            "[9]Home > [10]Publications > [11]Commentary",
            "Singapore was a beginning, not a breakthrough",
            "20 June 2018",
            "[12]Dr Maarten Hoekstra",
            "[13]Twitter [14]LinkedIn [15]Email [16]Print",
            "The four-point [17]joint statement is thin. " + ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[5] == "byline" and [p.name for p in reading.people] == ["Maarten Hoekstra"]


def test_a_publisher_and_its_city_under_the_series_label() -> None:
    roles = roles_of(
        "CAESS POLICY BRIEF  |  No. 3/2021",
        "Centre for Asia-Europe Security Studies, Prague",
        "Calibrated, Practical – and Patient?",
        "By Jana Horáková",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:3] == ["label", "boilerplate", "title"]


def test_two_writers_sign_by_short_names_that_the_bio_gives_whole() -> None:
    reading = detect.read(
        [
            "The alliance will survive the bill",
            "Nov 30, 2020",
            ARGUMENT,
            ARGUMENT,
            "Until next week,\nRachel & Dev",
            "The Letter is written by Rachel Kim, who covered the peninsula for a wire service, and Devin Marsh, a former Senate staffer.",
        ]
    )
    assert [p.name for p in reading.people] == ["Rachel Kim", "Devin Marsh"] and reading.signers[2] == (0, 1)


@pytest.mark.parametrize(
    ("paragraphs", "roles", "writers"),
    [
        (  # a dek that ends with its writer's byline
            ("After Hanoi, Asia cannot give up", "A phased deal is still within reach, says a former diplomat. By Benjamin Teo", ARGUMENT, ARGUMENT),
            ["title", "byline", "body", "body"],
            ["Benjamin Teo"],
        ),
        (  # a column that names its writer in its first words
            ("After Panmunjom: A Handshake Is Not a Process", "2 July 2019", "Chiara Bellini writes: " + ARGUMENT, ARGUMENT),
            ["title", "dateline", "body", "body"],
            ["Chiara Bellini"],
        ),
        (  # a name, a rank before it, and the day, on one line
            ("After Singapore: The Verification Gap", "Maj Gen (Retd) Mats Engman | 12 June 2018", ARGUMENT, ARGUMENT),
            ["title", "byline", "body", "body"],
            ["Mats Engman"],
        ),
        (  # a debate: each side's name line, then the rebuttals by surname
            (
                "Debate",
                "Is a Declaration Worth Signing?",
                "Proposition: Major General (ret.) Mats Engman",
                ARGUMENT,
                "Opposition: Dr Hannah Lowe",
                ARGUMENT,
                "Rebuttals",
                "Engman: " + ARGUMENT,
            ),
            ["label", "title", "byline", "body", "byline", "body", "subtitle", "body"],
            ["Mats Engman", "Hannah Lowe"],
        ),
        (  # a symposium whose contributions are signed under them, each with its own title
            (
                "What the Pyongyang Declaration asks of Seoul",
                "The leaders signed the declaration on Sept. 19. We asked two experts what it asks of each side, and what comes next for Seoul.",
                "Corresponding measures are now Washington's homework",
                ARGUMENT,
                "— Yang Hye-won, research fellow at the Korea Institute for National Unification",
                "The military agreement is the real breakthrough",
                ARGUMENT,
                "— Han Seung-woo, former director-general for arms control at the Ministry of National Defense",
            ),
            ["title", "introduction", "subtitle", "body", "byline", "subtitle", "body", "byline"],
            ["Yang Hye-won", "Han Seung-woo"],
        ),
        (  # a report's chapters, each signed by its writer's name alone under it (not over the next one)
            (
                "Policy Report",
                "Europe and the Peninsula after 2022",
                "December 2022",
                "This paper brings together three short contributions prepared for a closed workshop in Seoul; each states its author's views.",
                "Sanctions without a strategy",
                ARGUMENT,
                ARGUMENT,
                "Henrike Vogt",
                "The view from Stockholm",
                ARGUMENT,
                "Lee Sangsoo",
                "The audacious initiative",
                ARGUMENT,
                "Park Seo-yeon",
                "About the authors",
                "Henrike Vogt is a senior fellow at the Institute.",
            ),
            [
                "label",
                "title",
                "dateline",
                "introduction",
                *["subtitle", "body", "body", "byline"],
                *["subtitle", "body", "byline"] * 2,
                "author_bio",
                "author_bio",
            ],
            ["Henrike Vogt", "Lee Sangsoo", "Park Seo-yeon"],
        ),
        (  # a symposium signed under each part with the name over the post, its publisher's framing first
            (
                "Symposium",
                "Freeze First? Two Nordic Views",
                "Baltic Quarterly asked two observers whether a freeze should come before a peace declaration. " + ARGUMENT,
                ARGUMENT,
                "— Sigrid Aalto\nSenior Researcher, Helsinki Centre for Security Studies",
                ARGUMENT,
                "— Col. (ret.) Anders Wikström\nFormer member of the Neutral Nations Supervisory Commission",
            ),
            ["label", "title", "introduction", "body", "byline", "body", "byline"],
            ["Sigrid Aalto", "Anders Wikström"],
        ),
        (  # guest columns signed with initials, the names given in the host's introduction
            (
                "Two takes on the launches",
                "Guest columns from Oslo and Amman, and what I am reading",
                "Jan 14, 2022",
                "Hi all. Three launches in ten days, and new designations from the Treasury on Wednesday. Rather than give you my own"
                " take again, I asked two people I have learned a lot from to write short guest columns: Dr. Petra Lindgren directs the"
                " Nordic Peace Institute; Omar Haddad covered the peninsula for a decade. They do not agree, which is the point. — Mia",
                "COLUMN I: Tests are a plan, not a signal",
                ARGUMENT,
                "— P.L.",
                "COLUMN II: Wait for the election",
                ARGUMENT,
                "— O.H.",
            ),
            ["title", "subtitle", "dateline", "introduction", "subtitle", "body", "byline", "subtitle", "body", "byline"],
            ["Petra Lindgren", "Omar Haddad"],
        ),
        (  # a debate whose first side is the byline, each side under a one-word heading in capitals, rebuttals by a double surname
            (
                "Should Seoul build its own bomb?",
                "FOR",
                "KATRIN MØLLER-HAYES",
                ARGUMENT,
                "AGAINST",
                "AMBASSADOR (RETD) TOMAS BERG",
                ARGUMENT,
                "REBUTTALS",
                "Møller-Hayes: " + ARGUMENT,
                "Berg: " + ARGUMENT,
            ),
            ["title", "subtitle", "byline", "body", "subtitle", "byline", "body", "subtitle", "body", "body"],
            ["Katrin Møller-Hayes", "Tomas Berg"],
        ),
        (  # a syndicated column signed at its end, the writer's name over the newspaper's
            ("Seoul needs a plan for the long winter", ARGUMENT, ARGUMENT, "Prof. PARK Ji-hoon\nThe Daegu Daily Herald, South Korea"),
            ["title", "body", "body", "byline"],
            ["PARK Ji-hoon"],  # as written: a surname in capitals is the text's convention, kept
        ),
        (  # a newsletter page: the writer's name over the day, the likes, the comments and a button
            ("After the parade", "Nothing new was shown; that is the news.", "Rosa Lindqvist\nMar 3, 2023\n21\n4\nShare", ARGUMENT, ARGUMENT),
            ["title", "subtitle", "byline", "body", "body"],
            ["Rosa Lindqvist"],
        ),
        (  # a report by two, its foreword signed under it by a third
            (
                "Verification Before Relief",
                "Ingrid Solberg\nHwang Min-jae",
                "Foreword",
                ARGUMENT,
                "Dr. Erik Dahlgren\nDirector\nNordic Peace Institute",
                "Introduction",
                ARGUMENT,
            ),
            ["title", "byline", "subtitle", "body", "byline", "subtitle", "body"],
            ["Ingrid Solberg", "Hwang Min-jae", "Erik Dahlgren"],
        ),
    ],
    ids=[
        "by-at-the-end-of-the-dek",
        "writes-in-first-words",
        "rank-name-bar-date",
        "debate-sides",
        "signed-under-each-part",
        "name-alone-under-each-chapter",
        "name-over-post-under-each-part",
        "initials-under-each-column",
        "debate-under-side-headings",
        "syndicated-signature-over-the-paper",
        "newsletter-name-day-and-counts",
        "foreword-signed-under-it",
    ],
)
def test_where_a_byline_stands_unusually(paragraphs: tuple[str, ...], roles: list[str], writers: list[str]) -> None:
    read = detect.read(list(paragraphs))
    assert read.roles == roles
    assert [person.name for person in read.people] == writers
    if paragraphs[-1].startswith("Engman: "):
        assert read.signers[-1] == (0,)  # "Engman: …" under 'Rebuttals' is his, not the last section's
    if paragraphs[0] == "Policy Report":
        assert [read.signers[i] for i in (5, 6, 9, 12)] == [(0,), (0,), (1,), (2,)]  # each chapter's prose, its signer's
    if paragraphs[-1].startswith("Berg: "):
        assert read.signers[-2:] == [(0,), (1,)]  # "Møller-Hayes: …" is hers, though her name is the byline, not a section
    if paragraphs[2] == "Foreword":
        assert (read.signers[3], read.signers[6]) == ((2,), (0, 1))  # the foreword its signer's, the paper its two authors'
    if paragraphs[-1] == "— O.H.":
        assert (read.signers[5], read.signers[8]) == ((0,), (1,))


def test_a_site_s_name_over_its_trail_then_a_transcript_s_headline() -> None:
    """'Center for Strategic Dialogue' over 'Events > Transcripts' is the site's furniture; 'TRANSCRIPT: Sanctions, Summits …' is
    the title ('Transcript: Rev.com', a name alone, is a credit)."""
    roles = roles_of(
        "Center for Strategic Dialogue\nEvents > Transcripts",
        "TRANSCRIPT: Sanctions, Summits and the Next Nuclear Test — A Panel on North Korea",
        "Event date: October 5, 2022",
        "By Karen Holt",
        ARGUMENT,
        ARGUMENT,
        "Transcript: Rev.com",
    )
    assert roles[:2] == ["boilerplate", "title"] and roles[-1] == "credit"


def test_an_outlet_s_by_line_under_the_argument_is_no_one_s_words() -> None:
    roles = roles_of("Seoul must lead", "By Jeon Jae-seong", ARGUMENT, ARGUMENT, ARGUMENT, "By Korea Herald (khnews@heraldcorp.com)")
    assert roles == ["title", "byline", "body", "body", "body", "credit"]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("We and our 212 partners store and/or access information on your device, such as cookies.\nAccept all     Manage choices", "boilerplate"),
        ("Oslo Peace Forum uses cookies to make the site work. Do you accept these cookies?\nAccept     Only necessary", "boilerplate"),
        ("Get The Fjord Brief\nOur best reads on Asia, every Monday. No spam.\nEmail address     Subscribe", "boilerplate"),
        ("The Harbour Daily Briefing: the morning's news in English, every weekday at 6am. Sign up free", "boilerplate"),
        ("Nordic Peace Institute  ·  Kungsgatan 4, Uppsala\nPrivacy   Cookies   Accessibility\n© 2021 Nordic Peace Institute", "boilerplate"),
        ("Discover more from The Ridge\nA letter on the Koreas, every other week.\nType your email...     Subscribe", "boilerplate"),
        ("Were you forwarded this email? Subscribe here.", "boilerplate"),
        ("Have a view on this article? Write to us at letters@harbourdaily.no", "boilerplate"),
        ("Appeared in the May 4, 2022, print edition as 'Kim Holds the Cards.'", "boilerplate"),
        ("#North Korea   #Sanctions   #Nordic diplomacy", "boilerplate"),
        ("Who won the argument? Vote in our readers' poll and join the discussion below.", "boilerplate"),
        ("Views are our own and not those of our employers.", "disclaimer"),
    ],
)
def test_what_a_select_all_copies_with_the_essay_is_no_one_s_argument(paragraph: str, role: str) -> None:
    """A page copied whole brings its cookie banner, sign-up boxes, footer, tags and polls: never the argument."""
    roles = roles_of("Freeze first", "By Ingrid Solberg", ARGUMENT, paragraph, ARGUMENT)
    assert roles[3] == role


def test_a_host_s_welcome_back_is_the_introduction() -> None:
    roles = roles_of(
        "The Ridge #40", "By Mia Kask", "Welcome back, and welcome to the forty of you who joined this week. One topic only today.", ARGUMENT, ARGUMENT
    )
    assert roles[2] == "introduction"


@pytest.mark.parametrize(
    "bio",
    [
        "Authors: Ingrid Solberg is a senior fellow at the Nordic Peace Institute. Hwang Min-jae is a lecturer at Pusan National University.",
        "*Ms. Solberg, a former Norwegian diplomat, was an envoy to the Six-Party Talks.*",
    ],
)
def test_a_bio_after_a_label_or_an_honorific_is_the_author_s(bio: str) -> None:
    reading = detect.read(["Freeze first", "By Ingrid Solberg and Hwang Min-jae", ARGUMENT, ARGUMENT, bio])
    assert reading.roles[-1] == "author_bio" and 0 in reading.signers[-1]


def test_an_e_mail_interview_s_numbered_questions_and_its_guest_named_by_the_answers() -> None:
    reading = detect.read(
        [
            "Verification is the price: Nordic scholar",
            "Editor's Note:\nThe Harbour Daily (HD) put five questions to a scholar by e-mail.",
            "1. HD: Is the freeze worth pursuing?",
            "Ingrid Solberg: " + ARGUMENT,
            "2. HD: And sanctions?",
            "Solberg: " + ARGUMENT,
        ]
    )
    assert reading.roles[2:] == ["question", "body", "question", "body"]
    assert [person.name for person in reading.people] == ["Ingrid Solberg"]


def test_an_italic_statement_between_answers_is_a_question_where_the_questions_are_italic() -> None:
    roles = roles_of(
        "Interview: the freeze",
        "By Tor Ness",
        "*Is the freeze still possible?*",
        ARGUMENT,
        "*There is talk in Oslo of a second channel.*",
        ARGUMENT,
        "*What comes next?*",
        ARGUMENT,
    )
    assert roles[2:] == ["question", "body"] * 3


def test_a_broadcast_s_programme_and_hour_state_the_day() -> None:
    reading = detect.read(["Can the talks survive?", "From Morning Report, 7:12 am on 3 March 2020", "HOST: Welcome.", "GUEST: " + ARGUMENT])
    assert reading.roles[1] == "dateline" and reading.date == ("2020-03-03", "3 March 2020")


def test_a_newsletter_s_guest_columns_signed_by_initials_in_a_text_with_its_own_writer() -> None:
    """The host writes her own part; each guest column under her welcome is signed '— S.L.' under it, the initials of a
    name the welcome gives: the column, from its title down, is the guest's; the rest stays the host's."""
    reading = detect.read(
        [
            "The Fjord Letter — Issue No. 12",
            "After Oslo: two guest columns",
            "Dear readers, this week Sigrid Lund and Kenji Mori write for you, and I add a few words of my own. " + ARGUMENT,
            "MY TAKE",
            ARGUMENT,
            "GUEST COLUMN",
            "Oslo was a beginning",
            ARGUMENT,
            ARGUMENT,
            "— S.L.",
            "GUEST COLUMN",
            "Tokyo should not wait",
            ARGUMENT,
            "— K.M.",
            "Until next Thursday,\nMia",
            "The Fjord Letter is written by Mia Berg, a Bergen-based analyst of Korean affairs.",
        ]
    )
    names = [person.name for person in reading.people]
    assert "Sigrid Lund" in names and "Kenji Mori" in names and "My Take" not in names
    lund, mori = names.index("Sigrid Lund"), names.index("Kenji Mori")
    assert reading.signers[7:10] == [(lund,), (lund,), (lund,)] and reading.roles[9] == "byline"
    assert (reading.signers[12], reading.signers[13], reading.roles[6], reading.roles[11]) == ((mori,), (mori,), "subtitle", "subtitle")
    assert lund not in reading.signers[4] and mori not in reading.signers[4]


def test_parts_signed_at_their_end_by_initials_that_a_legend_under_them_names() -> None:
    reading = detect.read(
        [
            "Three takes on the handshake",
            "Hello from Oslo, where the pictures from the border are still on every screen.",
            "1. Theatre with a purpose",
            ARGUMENT + " —S.A.",
            "2. A photo is not a policy",
            ARGUMENT + " —T.N.",
            "WHO WROTE WHAT",
            "S.A. — Sigrid Aalto, senior researcher at the Helsinki Centre for Security Studies.",
            "T.N. — Tor Ness, former Norwegian diplomat.",
        ]
    )
    assert [person.name for person in reading.people] == ["Sigrid Aalto", "Tor Ness"]
    assert (reading.roles[3], reading.signers[3], reading.signers[5]) == ("body", (0,), (1,))
    assert (
        reading.roles[7:] == ["author_bio", "author_bio"] and reading.people[0].affiliation == "senior researcher at the Helsinki Centre for Security Studies"
    )


def test_an_exchange_of_letters_signed_with_first_names() -> None:
    reading = detect.read(
        [
            "Dear Ingrid, Dear Min-jae: Letters on a Stalled Peace",
            "In May we invited Prof. Hwang Min-jae of Pusan National University and Dr. Ingrid Solberg of the Nordic Peace Institute to"
            " write to each other about what is left of the 2018 peace process, and what their countries owe it. They exchanged four"
            " letters over the month; we publish them as they were written, with only light editing for length.",
            "Busan, 2 May 2019",
            "Dear Ingrid,\n" + ARGUMENT,
            ARGUMENT,
            "With warm regards,\nMin-jae",
            "Oslo, 9 May 2019",
            "Dear Min-jae,\n" + ARGUMENT,
            "Until we meet again, in Oslo or in Busan,\nIngrid",
        ]
    )
    writers = {person.name: n for n, person in enumerate(reading.people)}
    assert set(writers) == {"Hwang Min-jae", "Ingrid Solberg"}
    hwang, solberg = writers["Hwang Min-jae"], writers["Ingrid Solberg"]
    assert reading.roles == ["title", "introduction", "dateline", "body", "body", "byline", "dateline", "body", "byline"]
    assert reading.signers[3:6] == [(hwang,), (hwang,), (hwang,)] and reading.signers[7:9] == [(solberg,), (solberg,)]


@pytest.mark.parametrize(
    ("paragraphs", "headings"),
    [
        (
            (
                "Views from the region",
                "The summit, seen from four capitals",
                "China",
                "Sun Yan\nAssociate Professor, Peking University",
                ARGUMENT,
                "Japan",
                "Kenji Mori\nSenior Fellow, Tokyo Institute",
                ARGUMENT,
            ),
            (2, 5),
        ),
        (
            (
                "Should Seoul go nuclear?",
                "FOR THE MOTION",
                "Katrin Berg\nSenior Fellow, Nordic Peace Institute",
                ARGUMENT,
                "AGAINST THE MOTION",
                "Tor Ness\nFormer Ambassador",
                ARGUMENT,
            ),
            (1, 4),
        ),
    ],
    ids=["country-headings", "sides-of-a-motion"],
)
def test_a_country_s_or_a_side_s_heading_over_a_signed_part_is_no_title_of_it(paragraphs: tuple[str, ...], headings: tuple[int, int]) -> None:
    roles = roles_of(*paragraphs)
    assert [roles[i] for i in headings] == ["subtitle", "subtitle"]


def test_a_rebuttal_opened_by_name_responds_is_that_writer_s() -> None:
    reading = detect.read(
        ["Should Seoul go nuclear?", "By Katrin Berg and Tor Ness", "Katrin Berg", ARGUMENT, "Tor Ness", ARGUMENT, "Katrin Berg responds", ARGUMENT]
    )
    assert reading.roles[6] == "byline" and reading.signers[5:] == [(1,), (0,), (0,)]


def test_a_syndicated_column_s_writer_over_the_paper_at_the_top() -> None:
    reading = detect.read(
        ["Commentary", "After Hanoi, Seoul must choose", "PARK Ji-hoon\nDaegu Ilbo/Asia News Network", "Seoul | Wed, March 6, 2019", ARGUMENT, ARGUMENT]
    )
    assert reading.roles[2] == "byline" and [person.name for person in reading.people] == ["PARK Ji-hoon"]


def test_a_short_headline_in_two_sentences_under_a_newsletter_s_masthead_is_the_title() -> None:
    reading = detect.read(
        [
            "View this email in your browser",
            "THE FJORD LETTER",
            "Issue 14",
            "Sunday 17 June 2018",
            "Oslo was a beginning. Don't mistake it for a plan.",
            "Hi everyone,\n" + ARGUMENT,
            ARGUMENT,
            "Until next time,\nMia Berg",
        ]
    )
    assert reading.roles[4] == "title"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Share this post\nThe Fjord Letter\nOslo was a beginning\nCopy link\nFacebook\nEmail",
        "Ready for more?\nSubscribe",
        "Enjoying The Fjord Letter? Forward it to a friend who follows Korea.",
        "Share your experiences, suggestions, and any issues you've encountered on The Harbour Daily. We're here to listen.",
        "Source: NORDIC WIRE/ab(cd)",
        "Bookmark   Share   A A",
        "Your privacy choices: We and our 14 partners store and access information on your device for analytics. I accept | Customise",
        "NPI\nNordic Peace Institute\nKungsgatan 4\nPO Box 7024, NO-0130 Oslo, Norway\nwww.npi.no | post@npi.no\nEstablished in 1959, the Nordic Peace Institute is an independent research institute.",
    ],
)
def test_more_of_what_a_page_wraps_round_the_essay(paragraph: str) -> None:
    roles = roles_of("Freeze first", "By Ingrid Solberg", ARGUMENT, paragraph, ARGUMENT)
    assert roles[3] == "boilerplate"


def test_a_guest_s_bio_under_about_the_guest_is_theirs() -> None:
    reading = detect.read(
        [
            "Ingrid Solberg on the freeze",
            "Q: Is it over?",
            "A: " + ARGUMENT,
            "Q: What next?",
            "A: " + ARGUMENT,
            "About the guest: Dr. Ingrid Solberg is a senior fellow at the Nordic Peace Institute.",
        ]
    )
    assert reading.roles[-1] == "author_bio"


def test_letters_whose_writers_the_text_names_by_first_names_alone() -> None:
    """'Dear Daniel,' on a line of its own, 'Yours, / Hannah' under the letter: each letter is the one it does not address,
    named as the text names them."""
    reading = detect.read(
        [
            "An Exchange on the Peace Regime",
            "Dear Daniel,",
            ARGUMENT,
            "I hope you will reconsider.",
            "Yours,\nHannah",
            "Dear Hannah,",
            ARGUMENT,
            "With warm regards,\nDaniel",
        ]
    )
    assert [person.name for person in reading.people] == ["Hannah", "Daniel"]
    assert reading.roles == ["title", "body", "body", "body", "byline", "body", "body", "byline"]
    assert reading.signers[1:] == [(0,), (0,), (0,), (0,), (1,), (1,), (1,)]


def test_parts_signed_by_initials_of_the_names_add_was_given() -> None:
    """A bulletin that names its two writers only by initials under their parts: with `korea add --author` naming them,
    each part is the one its initials are ('J.H.K.' is Kim Ji-hoon, given name first), not both writers'."""
    paragraphs = [
        "PENINSULA WATCH — Monthly Bulletin\nIssue 47 | March 2024",
        "In this issue: two of our fellows weigh in on whether the sanctions regime still serves its purpose.",
        "Sanctions Without a Strategy",
        ARGUMENT,
        ARGUMENT,
        "— J.H.K.",
        "Enforcement Is the Strategy",
        ARGUMENT,
        "— S.M.P.",
    ]
    reading = detect.read(paragraphs, default_signers=["Kim Ji-hoon", "Park Soo-min"])
    assert [person.name for person in reading.people] == ["Kim Ji-hoon", "Park Soo-min"]
    assert reading.roles[2:] == ["title", "body", "body", "byline", "subtitle", "body", "byline"]
    assert reading.signers[3:6] == [(0,), (0,), (0,)] and reading.signers[7:9] == [(1,), (1,)]


def test_a_forwarded_newsletter_signed_with_a_first_name_is_its_sender_s() -> None:
    reading = detect.read(
        [
            "---------- Forwarded message ---------\nFrom: Caroline Ashby <caroline@parallel.news>\nDate: Fri, Jan 10, 2020\nSubject: #31",
            "View this email in your browser",
            "THE PARALLEL\nA weekly letter on the two Koreas",
            "Issue #31 · January 10, 2020",
            "The deadline came and went. Now what?",
            ARGUMENT,
            ARGUMENT,
            "Until then –\nCaroline",
        ]
    )
    assert [person.name for person in reading.people] == ["Caroline Ashby"]


def test_a_broadcaster_s_sentence_that_gives_the_commentary_s_writer_is_the_byline() -> None:
    reading = detect.read(
        [
            "News Commentary",
            "Pyongyang Puts Military Trust First",
            "The following is a commentary by PARK Ji-hoon, Professor at Pusan National University.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "byline" and reading.people[0].affiliation == "Professor at Pusan National University"


def test_one_of_two_writers_take_under_their_first_name_is_theirs_alone() -> None:
    reading = detect.read(
        [
            "Peninsula Notes · Issue #47",
            "The Christmas deadline",
            ARGUMENT,
            "Tobias’s take:",
            ARGUMENT,
            "Maren’s take:",
            ARGUMENT,
            "Until January,\n— Maren & Tobias",
            "Peninsula Notes is written by Maren Albrecht, a freelance analyst in Berlin, and Tobias Kwon, a former congressional staffer.",
        ]
    )
    names = [person.name for person in reading.people]
    maren, tobias = names.index("Maren Albrecht"), names.index("Tobias Kwon")
    assert reading.roles[3] == "byline" and reading.signers[4] == (tobias,) and reading.signers[6] == (maren,)
    assert set(reading.signers[2]) == {maren, tobias}


def test_an_interviewee_named_with_the_institution_in_the_dek() -> None:
    reading = detect.read(
        [
            "“Seoul is not choosing between Washington and Pyongyang”",
            "Ingrid Solberg of the Nordic Peace Institute on the Pyongyang Declaration and middle powers",
            "Ingrid Solberg is a senior fellow at the Nordic Peace Institute.",
            "―― How do you evaluate the summit?",
            ARGUMENT,
            "―― And the peace regime?",
            ARGUMENT,
        ]
    )
    assert [person.name for person in reading.people] == ["Ingrid Solberg"] and reading.roles[3:] == ["question", "body", "question", "body"]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("Next: Event recap: AUKUS at two →", "boilerplate"),
        ("Site Index About Harbour Wire Careers Advertise Contact", "boilerplate"),
        ("▶ Play    03:58    Download    Share    Print", "boilerplate"),
        ("Other Commentaries\nLiaison Office Opens\nSummit in Hanoi", "boilerplate"),
        ("Editing by Marguerite Olsson", "credit"),
    ],
)
def test_a_wire_s_and_a_broadcaster_s_page_furniture(paragraph: str, role: str) -> None:
    roles = roles_of("Freeze first", "By Ingrid Solberg", ARGUMENT, ARGUMENT, paragraph)
    assert roles[4] == role


def test_a_kicker_under_a_masthead_and_its_row_of_sections_is_a_label() -> None:
    roles = roles_of(
        "DIARIO DEL SUR | English Edition\nHome   Chile   World   Business   Opinion   Culture   Subscribe",
        "OPINION · ASIA-PACIFIC · 7 min read",
        "What the Andes can teach Pyongyang",
        "BY CAMILA ROJAS",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:4] == ["boilerplate", "label", "title", "byline"]


def test_a_name_in_capitals_over_its_rank_under_the_dek_is_the_byline() -> None:
    reading = detect.read(
        [
            "FJORDPOSTEN International",
            "KRONIKK / OPINION",
            "The peninsula has lost its seatbelt",
            "With the military agreement in pieces, an accident could turn into a war. Neutral nations know how to keep a ceasefire.",
            "INGRID HAUGEN\nRear Admiral (ret.), Royal Norwegian Navy",
            "Publisert / Published 04.12.2023 06:00 · Oppdatert / Updated 04.12.2023 07:42 · Lesetid 5 min",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert [person.name for person in reading.people] == ["Ingrid Haugen"]
    assert reading.roles[4] == "byline" and reading.date == ("2023-12-04", "04.12.2023")


def test_the_foot_of_a_page_in_two_languages() -> None:
    roles = roles_of(
        "Ice and inspectors",
        "By Lars Nygaard",
        "From the editor: Today the treaty turns thirty. We asked Lars Nygaard, who negotiated it, what it means for Korea. His column follows.",
        ARGUMENT,
        ARGUMENT,
        "Lars Nygaard is a retired diplomat and a senior fellow at the Arctic Institute in Tromsø.",
        "Kronikker uttrykker skribentens egne meninger. / Op-eds express the views of the writer.",
        "Fjordposten AS · Ansvarlig redaktør: Ingrid Solheim\nFjordposten arbeider etter Vær Varsom-plakatens regler.\n"
        "We use cookies to improve your experience. Read our privacy policy.",
    )
    assert roles == ["title", "byline", "introduction", "body", "body", "author_bio", "disclaimer", "boilerplate"]


def test_a_witness_statement_s_head_and_its_summary_of_recommendations() -> None:
    roles = roles_of(
        "Testimony before the United States Senate Committee on Foreign Relations\nSubcommittee on East Asia and the Pacific\n"
        'Hearing: "North Korea After Hanoi"',
        "A Freeze Worth Having: U.S. Policy Toward North Korea",
        "Written Statement of\nMargaret L. Osei, Ph.D.\nSenior Fellow for Korea Studies\nHarbor Institute",
        "March 14, 2023",
        "Summary of Recommendations",
        "• Replace the demand for complete denuclearization up front with a staged framework that starts with a freeze.",
        "• Pair any sanctions relief with snapback provisions written into a Security Council resolution.",
        "Chairman Whitmore, Ranking Member Okafor, and distinguished members of the Subcommittee: thank you for inviting me.",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:7] == ["label", "title", "byline", "dateline", "subtitle", "introduction", "introduction"]  # the box under its heading
    assert roles[8:] == ["body", "body"]


def test_a_minister_s_speech_named_in_its_title_checked_against_delivery() -> None:
    reading = detect.read(
        [
            "Speech",
            "Speech by Minister of State Jonas Falk at the Nordic–Korean Forum on Peace, Seoul",
            "07.11.2023 - Speech",
            "– Check against delivery –",
            "It is a great pleasure to be back in Seoul. " + ARGUMENT,
            ARGUMENT,
            "(Applause)",
            "Top of page",
        ]
    )
    assert [person.name for person in reading.people] == ["Jonas Falk"]
    assert reading.roles[2:4] == ["dateline", "disclaimer"] and reading.roles[-1] == "boilerplate"
    assert reading.date == ("2023-11-07", "07.11.2023")


def test_a_reading_app_s_byline_and_its_trailing_matter() -> None:
    reading = detect.read(
        [
            "OPINION",
            "Beijing’s Korea dilemma is sharper than it looks",
            "China wants a quiet peninsula. Pyongyang’s new friendship with Moscow makes that much harder to get",
            "Zhao Minghui\n2d ago · 6 min read",
            "Chinese and North Korean leaders in Pyongyang in June 2019. PHOTO: REUTERS",
            "💬 23 comments   🔊 Listen to this article",
            ARGUMENT,
            "A satellite image of Yongbyon, March 2022. Photo: Maxar Technologies",
            "What an inspector would need",
            "ADVERTISEMENT\n" + ARGUMENT,
            "END OF ARTICLE",
            "The opinion of the editorial board may not coincide with the opinion of the author.",
        ]
    )
    assert [person.name for person in reading.people] == ["Zhao Minghui"]
    assert reading.roles[3] == "byline" and reading.roles[5] == "boilerplate"
    assert reading.roles[8] == "subtitle"  # a heading under a photo's caption
    assert reading.roles[9] == "body" and reading.roles[10] == "boilerplate" and reading.roles[11] == "disclaimer"


def test_a_translator_s_credit_for_one_speaker_s_remarks() -> None:
    roles = roles_of("Roundtable", "By Lena Hart", ARGUMENT, ARGUMENT, "Remarks by Alexei Gromov translated from the Russian by Pavel Orlov.")
    assert roles[-1] == "credit"


def test_a_guest_op_ed_signed_with_the_writer_s_city_and_a_bio_after_its_notes() -> None:
    roles = roles_of(
        "After Hanoi, patience",
        "From the editor: we asked a Hanoi scholar what the summit's host can still offer. Her column follows.",
        ARGUMENT,
        ARGUMENT,
        "Dr. Pham Thu Hang, Hanoi",
        "Notes",
        "[1] Report of the Panel of Experts, S/2019/171, 5 March 2019.",
        "The writer is professor of Korean studies at the Centre for East Asian Studies,\nJawaharlal Nehru University, New Delhi.",
        "Views expressed are personal.",
    )
    assert roles[4] == "byline" and roles[7] == "author_bio"


def test_an_obsidian_clip_s_front_matter_with_the_page_s_label_glued_under_it() -> None:
    reading = detect.read(
        [
            '---\ntitle: "Why Moscow Will Not Sign"\nauthor:\n  - "[[Dmitry Kostin]]"\npublished: 2022-09-15\n---\nAnalytics · Asia-Pacific',
            "# Why Moscow Will Not Sign",
            "**By Dmitry Kostin**",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:3] == ["boilerplate", "title", "byline"]
    assert [person.name for person in reading.people] == ["Dmitry Kostin"]


def test_a_translator_s_note_over_the_text_is_no_start_of_its_trailing_matter() -> None:
    roles = roles_of(
        "Beyond the slogan",
        "By Zhao Minghui",
        "Translator's note: Zhao's essay first appeared in Chinese in October 2022. It is translated here in full.",
        ARGUMENT,
        "I. A law that closes a door",
        ARGUMENT,
        "II. Why more sanctions are the wrong answer",
        ARGUMENT,
        "Translator's notes",
        "1. The law's Chinese title is given in the original.",
    )
    assert roles[4] == roles[6] == "subtitle" and roles[8] == roles[9] == "notes"


def test_a_newsletter_printed_from_the_mail_its_subject_names_the_title() -> None:
    reading = detect.read(
        [
            "From: Callum Whitford <callum@peninsulaletter.net>\nSent: Friday, 5 April 2024 7:12 AM\nTo: subscribers@peninsulaletter.net\n"
            "Subject: The Peninsula Letter #87 -- The watchdog is gone. Who counts the ships now?",
            "THE PENINSULA LETTER\nKorea, the bomb and the people who argue about it. Every second Friday, from Canberra.",
            "The watchdog is gone. Who counts the ships now?",
            ARGUMENT,
            ARGUMENT,
            "Until next time,\nCallum",
        ]
    )
    assert reading.roles[:3] == ["boilerplate", "boilerplate", "title"]
    assert reading.date is not None and reading.date[0] == "2024-04-05"


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("Tokyo Institute for Strategic Dialogue — Issue Brief No. 47 — page 2", "boilerplate"),
        ("Chart: North Korean ballistic missile launches by year, 2017–2022. Data: CSIS Missile Defense Project.", "caption"),
        ("Share   Facebook   X   LinkedIn   Email   Save   17 comments", "boilerplate"),
        ("DPF research and analyses now available on Telegram! Click here to access our curated content — blogs and interviews.", "boilerplate"),
        ("The author's opinion may not coincide with the position of the editorial board.", "disclaimer"),
        ("Highlights (2)\n“Deterrence is a policy for keeping a bad situation from getting worse.”\n“Resolving the issue is a condition.”", "boilerplate"),
    ],
)
def test_page_parts_between_and_after_the_argument(paragraph: str, role: str) -> None:
    roles = roles_of("Counting what cannot be seen", "By Yuki Tanabe", ARGUMENT, paragraph, ARGUMENT, "Yuki Tanabe is a senior fellow at TISD.")
    assert roles[3] == role


def test_a_byline_over_its_place_and_day_between_round_marks() -> None:
    reading = detect.read(
        [
            "ASEAN's last open line to Pyongyang",
            "Lee Sang-hoon (The Nusantara Tribune)\nJakarta   ●   Fri, July 14, 2023   ●   4 min read",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1] == "byline" and reading.date is not None and reading.date[0] == "2023-07-14"


@pytest.mark.parametrize(
    "heading",
    [
        "Realistic Expectations",
        "Objections and answers",  # no writer called Objections who answers
    ],
)
def test_a_heading_of_two_capitalized_words_after_the_argument_is_no_signature(heading: str) -> None:
    roles = roles_of("Kishida's offer", "By Tanabe Haruka", ARGUMENT, ARGUMENT, heading, ARGUMENT, ARGUMENT)
    assert roles[4] == "subtitle" and roles[5] == "body"


def test_a_section_run_into_the_headline_over_its_dek_is_the_title() -> None:
    reading = detect.read(
        [
            "Opinion | Singapore summit: A handshake is not a settlement",
            "Kim and Trump have changed the mood on the peninsula. The hard bargaining over North Korea's arsenal has not yet begun",
            "By Anand Krishnaswamy\nJun 14, 2018",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:2] == ["title", "subtitle"]


def test_a_translation_s_framing_note_its_update_and_its_licence() -> None:
    roles = roles_of(
        "Beyond the slogan",
        "By Zhao Minghui",
        "Translator's note: Zhao's essay first appeared in Chinese in October 2022. It is translated here in full.",
        ARGUMENT,
        "Update, Jan 7: An earlier version of this post said the plenum lasted three days. It ran for four. Thanks to the readers who wrote in.",
        ARGUMENT,
        "Translator's note: 'Policy for Peace and Prosperity' is the government's own name for the programme.",
        "Translations on this site are published under a CC BY-NC 4.0 licence unless otherwise stated.",
    )
    assert [roles[i] for i in (2, 4, 6, 7)] == ["editors_note", "editors_note", "notes", "boilerplate"]


@pytest.mark.parametrize(
    ("kind", "role"),
    [("PROFILE", "label"), ("Policy Paper 3/2023", "label"), ("Speech", "label"), ("Three Questions", "label")],
)
def test_a_kind_of_piece_over_the_headline_is_its_label(kind: str, role: str) -> None:
    reading = detect.read([kind, "The Last Negotiator", "By Caleb Marston", ARGUMENT, ARGUMENT])
    assert reading.roles[:2] == [role, "title"]


def test_a_headline_whose_dash_goes_on_in_lower_case_is_no_label() -> None:
    reading = detect.read(
        [
            "Issue #37",
            "An End-of-War Declaration Is Not a Peace Treaty — and That Is Its Point",
            "What Hanoi and Washington learned in the 1990s about sequencing, and why Seoul should take note",
            "By Nguyen Thi Lan and Matthew Harcourt",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1] == "title"


def test_a_newsletter_s_contents_then_its_item_s_label_and_headline() -> None:
    reading = detect.read(
        [
            "View this email in your browser",
            "Issue No. 147 · Monday, 3 March 2025",
            "In this issue: Five questions on Korea · The ASEAN calendar · What we're reading",
            "FIVE QUESTIONS FOR…",
            "Trần Minh Khoa on why Pyongyang still looks at Hanoi",
            "Six years after the Hanoi summit, Vietnam's road is still held up as a model. We put five quick questions to Trần Minh Khoa,"
            " senior researcher at the Institute for Northeast Asian Studies.",
            '1. Why does the "Vietnam model" keep coming up?',
            "Because it is the only example we have. " + ARGUMENT,
            "2. Is the comparison fair?",
            "Only partly. " + ARGUMENT,
        ]
    )
    assert reading.roles[3:5] == ["label", "title"]


def test_a_platform_s_author_block_its_publication_and_its_comments() -> None:
    reading = detect.read(
        [
            "Verification Is the Whole Game",
            "Takeshi Ono\n·\nFollow\nPublished in\nNuclear Notes\n·\n8 min read\n·\nFeb 7, 2022",
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
            "247",
            "Nuclear Notes",
            "Written by Takeshi Ono\n412 Followers\n·\nWriter for\nNuclear Notes\nFormer IAEA safeguards inspector. Writing on arms control"
            " and East Asian security from Vienna and Osaka.",
            "142\n18 Comments",
            "Jonas Lindqvist\nResearcher, Swedish Defence Research Agency\n1y",
            "Very useful, Takeshi. The point about benchmarks is underrated, and the sampling history deserves a longer treatment.",
        ]
    )
    assert reading.roles[1] == "byline" and reading.date is not None and reading.date[0] == "2022-02-07"
    assert reading.roles[6] == "boilerplate" and reading.roles[7] == "author_bio"
    assert reading.roles[8:] == ["boilerplate"] * 3
    assert [person.name for person in reading.people] == ["Takeshi Ono"]


def test_a_blogger_post_under_the_blog_s_name_and_its_day_signed_posted_by() -> None:
    reading = detect.read(
        [
            "Yalu Notes",
            "Occasional writing on China, the Koreas and the region, in English",
            "Tuesday, June 19, 2018",
            'After Singapore, Beijing: Why the "Dual Suspension" Won',
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
            "Posted by Tian Haoran at 11:26 PM",
            "2 comments:",
            "Robert K said...\nInteresting take. But isn't the freeze exactly what Washington refused for a decade?",
            "June 20, 2018 at 8:03 AM",
        ]
    )
    assert reading.roles[:4] == ["boilerplate", "boilerplate", "dateline", "title"]
    assert reading.roles[4:8] == ["body", "body", "body", "byline"] and reading.roles[8:] == ["boilerplate"] * 3
    assert [person.name for person in reading.people] == ["Tian Haoran"]


def test_a_faculty_blog_s_name_over_its_trail_is_no_writer() -> None:
    reading = detect.read(
        [
            "School of Sociology, Politics and International Studies",
            "SPAIS Blog",
            "Home > SPAIS Blog > International Security",
            "Balloons, Loudspeakers and the End of the 2018 Military Agreement",
            "Posted by Dr Sang-hyun Lee, Lecturer in East Asian Security, on 18 June 2024",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3] == "title" and [person.name for person in reading.people] == ["Sang-hyun Lee"]


def test_a_masthead_dated_by_its_issue_and_month() -> None:
    reading = detect.read(["Die Brücke Quarterly", "Issue 3/2022 — September 2022", "Sanctions have become a habit", "By Anna Weber", ARGUMENT])
    assert reading.date is not None and reading.date[0] == "2022-09"


def test_a_notion_export_its_title_over_a_label_its_callout_and_its_contents() -> None:
    reading = detect.read(
        [
            "# Sequencing Security Guarantees on the Korean Peninsula",
            "Policy Brief No. 23-07",
            "Tan Mei Ling and Nguyen Minh Quan",
            "Published: 14 September 2023",
            "**Contents**\n1. [Key points](#key-points)\n2. [Introduction](#1-introduction)\n3. [A phased package](#2-a-phased-package)",
            "<aside>\n💡 **Key points**\n- Guarantees are a bundle of demands.\n- They should come in three phases.\n</aside>",
            "## 1. Introduction",
            ARGUMENT,
            "## 2. A phased package",
            ARGUMENT,
        ]
    )
    assert reading.roles[:2] == ["title", "label"]
    assert reading.roles[5] == "introduction" and reading.roles[6] == reading.roles[8] == "subtitle"


def test_a_feed_s_name_over_the_day_and_a_kicker_of_one_word() -> None:
    feed = detect.read(
        ["Nagatacho Notes", "Feb 6, 2023, 8:30 AM", "Tokyo's North Korea problem is really a Seoul opportunity", "by haruka mizuno", ARGUMENT, ARGUMENT]
    )
    assert feed.roles[:4] == ["boilerplate", "dateline", "title", "byline"]
    kicker = detect.read(["Indo-Pacific", "The Washington Declaration buys Seoul time, not certainty", "By Sang-hyun Lee\n27 Apr 2023", ARGUMENT])
    assert kicker.roles[:2] == ["label", "title"]


@pytest.mark.parametrize(
    ("byline", "day", "evidence"),
    [
        ("By Lim Shu Fen - March 21, 2021 @ 11:02am", "2021-03-21", "March 21, 2021"),
        ("By Claire Vasseur\nPublié le 17 janvier 2020 à 08h30 / Published January 17, 2020 at 8:30 am", "2020-01-17", "January 17, 2020"),
    ],
)
def test_a_byline_s_day_with_its_time_or_in_two_languages(byline: str, day: str, evidence: str) -> None:
    reading = detect.read(["Four years after klia2, Malaysia's break with Pyongyang", byline, ARGUMENT, ARGUMENT])
    assert reading.roles[1] == "byline" and reading.date == (day, evidence)


def test_an_abstract_under_its_heading_frames_the_paper_unless_its_authors_argue() -> None:
    framing = roles_of(
        "Neutral verification", "By Urs Baumgartner", "Abstract", "This paper asks what the Commission's history can teach inspectors.", ARGUMENT
    )
    arguing = roles_of("Neutral verification", "By Urs Baumgartner", "Abstract", "We argue that the Commission's history should teach inspectors.", ARGUMENT)
    assert framing[3] == "introduction" and arguing[3] == "body"


def test_a_key_points_box_that_says_our() -> None:
    roles = roles_of(
        "Verification first",
        "By Anna Weber, Keiko Matsuda and Tom Rees",
        "KEY POINTS\n• Verification decides whether any deal lasts.\n• One author dissents from our second recommendation.",
        ARGUMENT,
    )
    assert roles[2] == "introduction"


@pytest.mark.parametrize("kicker", ["[Contributors’ Column]", "Northeast Asia"])
def test_a_column_s_name_or_a_region_over_the_headline_is_its_label(kicker: str) -> None:
    reading = detect.read([kicker, "An end-of-war declaration is a door, not a destination", "By Priya Raman & Callum Fitzgerald", ARGUMENT])
    assert reading.roles[:2] == ["label", "title"]


def test_a_blog_s_note_that_it_cross_posts_the_brief_frames_it() -> None:
    roles = roles_of(
        "Moscow, Camp David and the End of the Old Order",
        "August 22, 2023",
        "Guest post by Ananya Raghavan",
        "[We’re cross-posting this brief from the Delhi Council for Strategic Affairs, where it appeared last week as Issue Brief No. 47."
        " Our thanks to DCSA and to Ananya for permission. It’s a useful view from a capital that rarely features in our debates. — J.H.]",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[3] == "introduction"


def test_an_abstract_labelled_in_its_first_word_frames_the_paper() -> None:
    roles = roles_of(
        "Sanctions leakage after 2017",
        "By Hamish Carrington",
        "Abstract: Between March 2016 and December 2017 the Security Council adopted five resolutions. I argue that enforcement, not design, failed.",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[2] == "introduction"


def test_a_newsletter_s_name_in_lower_case_with_what_it_is_over_the_headline() -> None:
    reading = detect.read(
        ["the long view — a newsletter on asia’s quiet diplomacy", "What Hanoi Can — and Cannot — Teach Pyongyang", "by tran minh chau", ARGUMENT]
    )
    assert reading.roles[:2] == ["boilerplate", "title"]


def test_a_headline_its_writer_and_its_day_on_one_line_under_the_site_s_name() -> None:
    reading = detect.read(
        [
            "PUDONG FORUM ON GLOBAL AFFAIRS  浦东全球事务论坛",
            "Why Beijing Will Not Squeeze Pyongyang Harder | Zhao Minghui | Sept. 18, 2023",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:2] == ["boilerplate", "title"] and reading.date == ("2023-09-18", "Sept. 18, 2023")
    assert [person.name for person in reading.people] == ["Zhao Minghui"]


def test_a_letters_invitation_after_the_argument() -> None:
    roles = roles_of(
        "After Hanoi",
        "By Jane Doe",
        ARGUMENT,
        ARGUMENT,
        "Have an opinion about this issue? Send a letter to the editor at letters@harrisburgledger.com. Letters should be short.",
    )
    assert roles[4] == "boilerplate"


@pytest.mark.parametrize(
    "sentence",
    [
        "Online polls suggest most South Koreans now favour a bomb of their own, and the government has noticed.",
        "Pyongyang's state media are now on YouTube, where a teenager in Seoul can watch them without a VPN.",
    ],
)
def test_an_argument_that_uses_the_furniture_s_words_stays_the_argument(sentence: str) -> None:
    roles = roles_of("After Hanoi", "By Jane Doe", ARGUMENT, sentence + " " + ARGUMENT[:120], ARGUMENT)
    assert roles[3] == "body"


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("Margaret Ellery at her home in Norwich, Vt., in March. Photograph by Hannah Reyes for The Meridian", "caption"),
        ("You are receiving The Red River Dispatch because you subscribed at hcrs.org.vn. Forward to a colleague · Unsubscribe", "boilerplate"),
        ("Hanoi Centre for Regional Studies · 18 Liễu Giai, Ba Đình, Hà Nội, Việt Nam", "boilerplate"),
        ("Die Brücke Quarterly appears four times a year. Subscribe from €38 · Gift subscriptions · Digital archive", "boilerplate"),
        ("(Interviewer: Shota Ishibashi, NSW staff writer)", "credit"),
        ("Weitere Beiträge zum Thema: Korea | Rüstungskontrolle | China\nImpressum · Datenschutz · © Berliner Sicherheitsrevue 2021", "boilerplate"),
        ("Email This\nBlogThis!\nShare to Twitter\nShare to Facebook\nShare to Pinterest", "boilerplate"),
        ("Labels: China, DPRK, Singapore summit, US-China relations", "boilerplate"),
        ("Blog Archive\n► 2019 (6)\n▼ 2018 (9)", "boilerplate"),
        ("Simple theme. Powered by Blogger.", "boilerplate"),
        ("File picture of the North Korean embassy in Kuala Lumpur, which diplomats were ordered to vacate. - Ledger file pic", "caption"),
        ("Previous roundtables:\nOctober 2021 — Can AUKUS and ASEAN centrality coexist?\nSeptember 2021 — What does the Taliban's return mean?", "boilerplate"),
        ("Audience poll (online, 412 votes) — Before: For 34%, Against 52% · After: For 41%, Against 50%", "boilerplate"),
        ("Cite this symposium: Wang Lixin, ed., “Unification after Hanoi”, Fudan Korea Review 12, no. 3 (2023).", "boilerplate"),
        ("Published in the print edition of 7 March 2019", "dateline"),
        ("IAPSS Commentaries may be reproduced with prior permission from IAPSS and due recognition to the author(s) and IAPSS.", "boilerplate"),
        ("Korea JoongAng Daily is a member of the Asia News Network, an alliance of 20 newspapers in the region.", "boilerplate"),
        ("Click here to have Eurasia Dispatch’s newsletter delivered to your inbox.", "boilerplate"),
        ("To cite this note: Lee, Sang-woo. “Freezing Yongbyon.” Korean Security Notes 7 (2020): 1–9.", "boilerplate"),
        ("Source: This article was published by NCRS as NCRS Commentary No. 219/2019.", "credit"),
        ("The original Russian version of this interview is available here.", "boilerplate"),
        ("[Share]  f  𝕏  LINE  Hatena  ✉  🔗", "boilerplate"),
        ("Tweet Share WhatsApp Telegram Copy link", "boilerplate"),
        ("(With inputs from agencies)", "credit"),
        (
            "- [How the Yokosuka enforcement cell tracks transfers](https://example.org/a)\n- [North Korea's crypto heists](https://example.org/b)",
            "boilerplate",
        ),
        ("Video of the full debate is available on the Forum’s website. The Debate Series is supported by the Ministry for Foreign Affairs.", "boilerplate"),
        ("Do you agree? Write to us at letters@harbourtimes.hk. Letters may be edited for length.", "boilerplate"),
        (
            "1. Introduction .............................................................. 1\n2. The Hanoi Summit ............................... 1",
            "boilerplate",
        ),
        ("This document was prepared by the Congressional Research Service (CRS). CRS serves as nonpartisan shared staff.", "disclaimer"),
        ("This work has been prepared to support the work of the Australian Parliament using information available at the time.", "disclaimer"),
        ("Any concerns or complaints should be directed to the Parliamentary Librarian.", "boilerplate"),
        ("Daniel Whitfield\nThank you, Professor — very clear. Do you think Beijing is comfortable with this sequence?\nLike · Reply · 6y", "boilerplate"),
        ("Most relevant", "boilerplate"),
        ("View more comments", "boilerplate"),
        ("[28/11/2023, 08:10] Seo Min-ji: Very sobering read\n[28/11/2023, 08:13] Park Dong-wook: 👍👍", "boilerplate"),
        ("Shared from Apple News", "boilerplate"),
        (
            "◀ Previous   Inter-Korean Relations After the “Two Hostile States” Line\n▶ Next   China’s Calculus on the Korean Peninsula in 2024\nList",
            "boilerplate",
        ),
        ("Related Q&As\nExpert Q&A: The Kim–Putin Summit and Japan’s Security\nExpert Q&A: Can the Abductions Issue Be Solved?", "boilerplate"),
        ("SISA Commentaries are intended to provide timely and policy-relevant commentary. The authors’ views are their own.", "disclaimer"),
        ("These are my personal views, not those of Seoul National University, where I teach.", "disclaimer"),
        ("※ 이 글은 개인적인 의견이며 소속 기관의 입장과 무관합니다. / This post reflects my personal opinion only, not that of my university.", "disclaimer"),
        ("👁 18.7K  edited  14:06", "boilerplate"),
        ("지훈\nGreat summary, thanks! Sharing this with my seminar 👍\n2024. 1. 17. 12:05  답글", "boilerplate"),
        ("482 Reposts   61 Quotes   1,904 Likes   377 Bookmarks", "boilerplate"),
        ("Post your reply\nReply", "boilerplate"),
        (
            "Links: what I read this week\n• A careful reconstruction of the last morning at the Metropole\n• Why the Yongbyon offer was not as small",
            "boilerplate",
        ),
        ("▲ The Kaesong Industrial Complex seen from the Dora Observatory, autumn 2015 (my photo)", "caption"),
        ("First published 2020 by Kaveri Academic Press, New Delhi", "dateline"),
        ("Posted 19 Dec 2023, updated 19 Dec 2023", "dateline"),
        ("Kim Jong Un watches the launch of a Hwasong-18 on Monday. (Supplied: KCNA)", "caption"),
        ("South Korean soldiers on patrol near the Demilitarized Zone in Paju\nImage: Ahn Young-joon/AP/picture alliance", "caption"),
        ("List\nPrev   Policy Brief No. 2021-16 | Biden's Review Six Months On\nNext   Policy Brief No. 2021-18 | Humanitarian Cooperation", "boilerplate"),
        ("0 Comments    MIAA    🔒 Disqus' Privacy Policy    Login\n♡ Favorite    Tweet    Share    Sort by Best\nStart the discussion…", "boilerplate"),
        ("3 Comments   Join the discussion\nSign in to comment", "boilerplate"),
        ("Type your email…", "boilerplate"),
        ("Enjoying the dispatch? It’s free, and it always will be. Forward it to a colleague.", "boilerplate"),
        ("Opinions of experts published in this section may not coincide with the position of the editorial board.", "disclaimer"),
        ("— Interview by Daniel Tan Wei Ming", "credit"),
        ("No comments:\nPost a Comment", "boilerplate"),
        ("Newer Post    Older Post    Home\nSubscribe to: Post Comments (Atom)", "boilerplate"),
        ("Access options\nPurchase this article: USD 36.00\nLog in via your institution", "boilerplate"),
        ("List   |   Prev: CO 19-13 The Hanoi Aftermath   |   Next: CO 19-15 Food Insecurity in North Korea", "boilerplate"),
        ("TIMELINE\n• Mar. 24, 2022 — North Korea fires an ICBM\n• Sep. 8, 2022 — a law on nuclear forces policy", "boilerplate"),
        ("GLOSSARY\nPanel of Experts: a UN body created in 2009 to monitor sanctions on North Korea.", "boilerplate"),
        ("READER POLL\nLast issue we asked: Should Seoul develop its own nuclear weapons?\nYes 54% / No 46%", "boilerplate"),
        (
            "※ This Policy Brief is based on the author's presentation at the expert roundtable of March 1, 2019. The contents are the"
            " author's own and do not represent the official position of the Korea Institute for Unification Policy.",
            "disclaimer",
        ),
        ("Commentary by Dr Yuki Tanabe, Senior Fellow at the Coral Sea Centre for Strategic Studies, Canberra.", "byline"),
        ("This dialogue appears in the April 2019 issue of The Kasumigaseki Review. Reproduction without permission is prohibited.", "boilerplate"),
        ("Schlagworte: Korea, Wiedervereinigung, Ostpolitik, Nordkorea", "boilerplate"),
        (
            "About Yuki Tanabe\nMajor General (ret.) Yuki Tanabe is a Distinguished Military Fellow at the Institute for Security and Development Policy.",
            "author_bio",
        ),
        ("See you next week. As always, replies to this email come straight to me.", "boilerplate"),
        ("UPCOMING EVENTS\n6 May – Webinar: Pandemic diplomacy and the DPRK (online)\n20 May – Book talk: The Korean War at seventy", "boilerplate"),
        ("NEW PUBLICATIONS\n“Sanctions exemptions in a pandemic” – Working Paper 2020/3", "boilerplate"),
        ("[PDF] Download this commentary (312KB)\n< Back to Commentary List", "boilerplate"),
        ("Korea, North / Korea, South / India-South Korea / nuclear weapons / diplomacy", "boilerplate"),
        ("Share   Facebook   X   KakaoTalk   Link   Print   A+ A-", "boilerplate"),
        ("The Center for Pacific Dialogue works to strengthen relations between the United States and Asia through research and exchange.", "boilerplate"),
        ("This roundtable is part of Hanbando Review’s series “Peninsula 2021.” Previous installments: The Moon government’s last year", "boilerplate"),
        ("Transcription by Lee Ji-eun. Edited by Kang Hye-won.", "credit"),
        ("Dr. Tanabe writes in a personal capacity. The views expressed do not represent those of the Korea Institute for Defense Analyses.", "disclaimer"),
        ("Sources: Ministry of External Affairs, Annual Report 2021–22; KOTRA trade statistics; Panmunjom Declaration (27 April 2018).", "notes"),
        ("Pacific Lens articles are published under a Creative Commons Attribution-NoDerivatives 4.0 licence and may be republished.", "boilerplate"),
        ("Prof. em. Dr. Yuki Tanabe taught international relations at the Universität Mittelrhein in Koblenz until 2019.", "author_bio"),
        ("— End of transcript —", "boilerplate"),
        ("[END OF INTERVIEW]", "boilerplate"),
        ("CIPS Working Papers are circulated for discussion and comment. They have not been peer reviewed. © 2023 the authors.", "boilerplate"),
        ("Eurasia Conversations is the interview series of the Danube Institute for Eurasian Studies. © DIES Wien 2024", "boilerplate"),
        ("Đỗ Quang Minh, a research fellow at the same institute, translated this article from the Vietnamese.", "credit"),
        ("Translations are my own. The Korean texts follow the versions KCNA published on 19 August and 9 September.", "notes"),
        ("Chapters\n0:00 Introduction\n1:12 Why Kishida wants a summit\n6:40 The abduction issue", "boilerplate"),
        ("Catch all the Latest Opinion, World News and Breaking News on The National Ledger. Download the app for daily updates.", "boilerplate"),
        ("Boletín semanal — Receive our weekly analysis of the Global South in your inbox. [Suscríbase]", "boilerplate"),
        ("The Digest publishes expert opinions; the editorial board does not necessarily share them. Republishing is permitted.", "disclaimer"),
        ("Citation: CHUN Chae-sung, “After Unification: Reading Pyongyang’s Doctrine,” Northeast Asia Security Digest, 19 February 2024.", "boilerplate"),
        ("Enjoying the Nordic Asia Letter? Get every issue in your inbox — sign up here. It's free.", "boilerplate"),
        ("Reply to this article? Send your response of no more than 3,500 characters to debate@nordiskdagblad.se", "boilerplate"),
        ("This interview is part of our series “Beyond the Six Parties,” on the middle powers that shape diplomacy in Korea.", "boilerplate"),
        ("Get the Peninsula Dispatch Daily Brief — the day’s top Korea stories, in your inbox by 7 a.m. KST.\n[Email address]  [Sign up]", "boilerplate"),
        ("Referencias / References\n¹ Joint Statement at the Singapore Summit, 12 June 2018.\n² Treaty of Tlatelolco, 1967.", "notes"),
        ("This debate was conducted by video link on 5 November 2020 and has been edited for length and clarity.", "editors_note"),
        ("Excerpts. The interview was conducted in English and has been edited for length and clarity.", "editors_note"),
        ("This interview was conducted by Tokai Shimbun Staff Writer Yuki Tanabe.", "credit"),
        ("How to cite: Salgado Reyes, M. and Arakawa, K. (2020). “Seventy Years After the War”. Cuadernos de Asia Oriental, No. 11.", "boilerplate"),
        ("Licencia Creative Commons BY-NC 4.0 · Universidad de Santiago del Sur · Av. Libertador 3363, Santiago, Chile", "boilerplate"),
        (
            "Sources and further reading\n- Panmunjom Declaration, 27 April 2018\n- Joint Declaration on the Denuclearization of the Korean Peninsula, 1992",
            "notes",
        ),
        ("Southern Cross Policy Review publishes a range of views. Contributors write in a personal capacity.", "disclaimer"),
        ("Lancaster House Forum is a registered charity in England and Wales (No. 1187342). (c) 2021", "boilerplate"),
        ("Like Loading...", "boilerplate"),
        ("The Lookout is the digital magazine of the Australian Institute for Indo-Pacific Affairs. © AIIPA 2024. ABN 51 622 308 914", "boilerplate"),
        (
            "CIPSS, 4th Floor, Lodhi Estate Annexe, New Delhi 110003 | +91 11 2464 3107 | info@cipss.org.in\nFollow us: X | LinkedIn\n© 2020 CIPSS",
            "boilerplate",
        ),
        ("Who do you think is right? Write to us at letters@straitspolicymonitor.sg. Letters may be edited for length.", "boilerplate"),
        ("Also in this issue: The Quad after Tokyo · Sri Lanka’s debt trap, revisited · Reading the PLA’s Taiwan drills", "boilerplate"),
        ("Cono Sur publishes under a Creative Commons BY-NC 4.0 licence. Av. Nueva Providencia 1881, Santiago, Chile.", "boilerplate"),
        ("The views here are mine alone and don't represent those of any former employer.", "disclaimer"),
        ("[Download PDF]\t[Print]\t[Share]", "boilerplate"),
        (
            "A tanker believed to be carrying refined petroleum lies off the coast of Nampo in a commercial satellite image taken in"
            " November 2024. (Planet Labs PBC)",
            "caption",
        ),
        ("Soldiers stand guard at the Joint Security Area in Panmunjom. Photo: Shutterstock / J. Kim", "caption"),
        ("A Hwasong-18 solid-fuel intercontinental ballistic missile on parade in Pyongyang in February 2023. Picture: KCNA via AAP", "caption"),
        ("FROM PAGE 10\nKim meets Putin", "boilerplate"),
        ("Ásia em Foco é uma publicação trimestral do Centro\nde Estudos Asiáticos, São Paulo. ISSN 2318-4417.\nTodos os direitos reservados.", "boilerplate"),
        ("Participants of the online discussion. Screenshot: Eurasia Dialogue Club", "caption"),
        ("Want to respond? The Canberra Strategic Review welcomes replies of up to 800 words. Email debates@csreview.org.au", "boilerplate"),
        ("Transcript edited for length and clarity. Please check against the audio recording before quoting.", "editors_note"),
        ("Vostochny Vestnik retains copyright of the original text. Eurasia in Translation publishes translations under agreement.", "boilerplate"),
        ("Translations reflect the views of the original authors and interviewees, not those of the Tartu Centre or its funders.", "disclaimer"),
        ("Related from the Centre", "boilerplate"),
        ("Related Conversations\nNo. 40 — Ambassador (ret.) Fumiko Sato on ASEAN\nNo. 39 — Yun Ji-hoon on chips", "boilerplate"),
        ("[00:08:45] [SPONSOR MESSAGE] This episode is supported by the Aravalli Foundation. Learn more at aravallifoundation.org.in.", "boilerplate"),
        ("Southern Cross Institute for Asian Affairs · ABN 51 824 753 119 · Acknowledgement of Country: we acknowledge the Ngunnawal peoples.", "boilerplate"),
        ("Suggested citation\nEder, Katharina. Counting What Cannot Be Seen. CACEAS Occasional Paper 2021/3. Vienna, June 2021.", "boilerplate"),
        ("JAPAN from page 9", "boilerplate"),
        ("Korea Institute for Peace and Unification Studies | 217 Banpo-daero, Seoul 06578 | Tel. 02-2023-8000 | www.kipus.re.kr", "boilerplate"),
        ("Save\tShare\tGift this article", "boilerplate"),
        ("A South Korean soldier stands guard at the truce village of Panmunjom. | HERALD FILE PHOTO", "caption"),
        ("ELSEWHERE: The recording of our 14 June webinar, 'ASEAN and the Korean Peninsula after Singapore', is now online. Watch it here.", "boilerplate"),
        ("Like what you read? Get Hemisferio Sur’s Asia-Pacific briefing in your inbox every Friday. Sign up here »", "boilerplate"),
        ("A full recording of this webinar is available on the KIGS YouTube channel.", "boilerplate"),
        ("Speakers' remarks are their own and do not represent the positions of KIGS or of their institutions.", "disclaimer"),
        ("Andrei Volkov's views are his own and do not represent Far Eastern Federal University.", "disclaimer"),
        ("Suscribite al Boletín: estudioscoreanos@uap.edu.ar · Seguinos en Instagram @coreanos.uap", "boilerplate"),
        (
            "Declaration of Conflicting Interests\nThe authors declared no potential conflicts of interest with respect to the research,"
            " authorship and/or publication of this article.",
            "disclaimer",
        ),  # a journal's statement under its heading, in the past tense
        ("THE VERDICT SO FAR\nFor the motion: 41%   Against: 59%   (2,318 votes)\nVoting closes 14 December. Log in to vote.", "boilerplate"),
        (
            "Cómo citar este artículo: Ibarra Quintero, C. y Lee, S. (2020). From Tlatelolco to Panmunjom. Revista Transpacífica de"
            " Relaciones Internacionales, 11(2), 67-94. https://doi.org/10.32870/rtri.v11n2.2041",
            "boilerplate",
        ),  # how to cite it, in Spanish
        ("Este artículo se publica bajo una licencia Creative Commons Atribución-NoComercial 4.0 Internacional (CC BY-NC 4.0).", "boilerplate"),
        (
            "[a]Yekaterina Sorokina: Affiliations here or only in the bio at the end? What's LCSA house style?\n"
            '[b]Hendrik Vos: We need a source for "several dozen" – SIPRI Yearbook 2023?',
            "boilerplate",
        ),  # a shared draft's comments, exported under it
        ("-END-", "boilerplate"),  # a press release's end
        (
            "CORRECTION\nLast week's issue said the liaison office in Kaesong was demolished in July 2020. It was demolished on 16 June 2020."
            " We regret the error.",
            "editors_note",
        ),
        ("Funding\nThis work was supported by the National Research Foundation of Korea (NRF-2020S1A5A2A01041287).", "credit"),  # as thanks are
        ("[End of transcript. Video of the full event is available on the Centre's YouTube channel.]", "boilerplate"),
        (
            "Dispatch Pro members get our full interview archive, the North Korea missile database and the weekly Pyongyang leadership tracker."
            " Start your free trial.",
            "boilerplate",
        ),  # a paywall's pitch
        ("Interpretation (Korean–Spanish): Lee Min-ji. English translation: Tomás Villaseñor.", "credit"),
        (
            "You've reached your free article limit for this month. Subscribe to Peninsula Wire Pro for unlimited access to our sanctions tracker.",
            "boilerplate",
        ),
        ("Have your say: Should the Korean War be formally declared over?  [ Yes ]  [ No ]  [ Not yet ]", "boilerplate"),  # a reader poll
        ("after newsletter promotion", "boilerplate"),
        ("This conversation took place over Zoom on 12 September and has been edited for length and clarity.", "editors_note"),
        (
            "The authors express their personal views. ISPH Comments are subject to internal\npeer review but do not represent a position of the Institute.",
            "disclaimer",
        ),
        (
            "This issue brief was produced with support from the Korea Futures Initiative. The Council does not take institutional positions;"
            " the views expressed here are solely those of the authors.",
            "disclaimer",
        ),
        ("The Panmunjom Dispatch · 14 Calthorpe Mews · London N1 2QT · United Kingdom", "boilerplate"),  # its address
        ("Brussels · 14 March 2023 · 6 min read", "dateline"),  # a day, not a street number
        ("You have read 3 of 5 free articles this month. Subscribe from €1 for the first month.", "boilerplate"),
        ("Este artículo se publica bajo licencia Creative Commons Atribución-NoComercial 4.0.", "boilerplate"),
        ("Este artículo también está disponible en español.", "boilerplate"),
        ("Related coverage\n• What was really agreed in Singapore\n• Why Hanoi failed", "boilerplate"),
        ("ALSO IN INTERVIEWS\n“Lithium is the new oil, and Asia knows it” — Chilean economist Rodrigo Salas", "boilerplate"),
        (
            "This brief is part of a joint project of KISD and ISDP supported by the Japan Foundation. The views expressed are those of"
            " the authors alone and do not necessarily reflect those of KISD, ISDP or the Japan Foundation.",
            "disclaimer",
        ),  # funding thanks with whose views they are: a disclaimer
    ],
)
def test_what_a_page_sets_under_the_argument(paragraph: str, role: str) -> None:
    """Captions, credits, date lines and the furniture of sites, newsletters and syndication, under two paragraphs of argument."""
    roles = roles_of("Counting what cannot be seen", "By Yuki Tanabe", ARGUMENT, ARGUMENT, paragraph)
    assert roles[4] == role


def test_a_caption_with_its_credit_under_the_byline_is_no_dek() -> None:
    """A broadcaster's photo between the byline and the text: its caption ends with the credit ('(Supplied: KCNA)') or
    carries it on a line of its own ('Image: …')."""
    for caption in (
        "North Korean state media released images of what it said was a Hwasong-18 launch on Monday. (Supplied: KCNA)",
        "South Korean soldiers on patrol near the Demilitarized Zone in Paju, close to the border\nImage: Ahn Young-joon/AP/picture alliance",
    ):
        roles = roles_of("Analysis", "A solid-fuel ICBM changes the maths on the Korean Peninsula", "By Sangwoo Lee", caption, ARGUMENT, ARGUMENT)
        assert roles[3] == "caption", caption


def test_a_writer_and_the_outlet_over_the_day_in_a_text_of_one_paragraph_a_line() -> None:
    """'Ananya Raghavan | IANW' over 'Last Updated: …', under the title and its dek: her byline, not a series label."""
    reading = detect.read(
        [
            "IANW | Indo-Asian News Wire",
            "EXPLAINER",
            "Explained: What is the 'end-of-war declaration' Moon Jae-in wants, and why is it stuck?",
            "South Korea's president has made a formal end to the Korean War his last big push before leaving office. Washington is cautious.",
            "Ananya Raghavan | IANW",
            "Last Updated: 27 Oct 2021, 06:48 PM IST",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[4:6] == ["byline", "dateline"]
    assert [person.name for person in reading.people] == ["Ananya Raghavan"]


def test_an_explainer_s_headings_ask_and_its_writer_answers() -> None:
    """An explainer's headings are questions ('What exactly is being proposed?'), each over the writer's answer: headings
    and her argument, not an interview."""
    roles = roles_of(
        "EXPLAINER",
        "Explained: What is the end-of-war declaration, and why is it stuck?",
        "By Ananya Raghavan",
        ARGUMENT,
        "What exactly is being proposed?",
        ARGUMENT,
        "Why is Washington hesitant?",
        ARGUMENT,
        "What does North Korea say?",
        ARGUMENT,
    )
    assert roles[3:] == ["body", "subtitle", "body", "subtitle", "body", "subtitle", "body"]


def test_a_heading_in_lower_case_over_a_short_first_sentence() -> None:
    """'what changed my mind (a bit)' between two paragraphs, its section opening 'Two things.': a blog's heading."""
    roles = roles_of("the end-of-war declaration, revisited", "by sang-hyun lee", ARGUMENT, "what changed my mind (a bit)", "Two things.", ARGUMENT)
    assert roles[3:] == ["subtitle", "body", "body"]


def _journal_article(history: str) -> detect.Reading:
    return detect.read(
        [
            "The Korean Journal of Peninsula Affairs\nVol. 32, No. 2 (June 2020), pp. 145–172\nhttps://doi.org/10.22883/kjpa.2020.32.2.145",
            "RESEARCH ARTICLE",
            "Sequencing Without Trust: Reciprocal Steps and the\nLimits of Phased Denuclearization on the Korean Peninsula",
            "Chae-sung Chun\nDepartment of Political Science and International Relations,\nSeoul National University, Seoul, Republic of Korea\n"
            "E-mail: chaesung.chun@snu.ac.kr",
            "Tomasz Wierzbicki (corresponding author)\nInstitute of International Relations, University of Warsaw, Poland\nE-mail: t.wierzbicki@uw.edu.pl",
            history,
            "1. Introduction",
            ARGUMENT,
            ARGUMENT,
        ]
    )


def test_a_journal_article_s_first_page() -> None:
    """Each author's block (name, department wrapped over two lines, e-mail) is a byline, not a page's furniture; the
    article's history is a date line; the issue's month is the date, unless the history says when it was published."""
    reading = _journal_article("Received 14 January 2020; Revised 2 April 2020; Accepted 11 May 2020")
    assert reading.roles[2:6] == ["title", "byline", "byline", "dateline"]
    assert sorted(person.name for person in reading.people) == ["Chae-sung Chun", "Tomasz Wierzbicki"]
    assert reading.date == ("2020-06", "June 2020")
    published = _journal_article("Received 14 March 2020; revised 2 April 2020; accepted 11 May 2020; published online 30 June 2020")
    assert published.date == ("2020-06-30", "30 June 2020")


def test_a_thesis_s_title_page_and_its_chapter_headings() -> None:
    """'by' alone over the student's name, the degree it was submitted for, the supervisors, the declaration of own work:
    a title page; 'Chapter 3', its title and '3.1 Introduction' are headings."""
    reading = detect.read(
        [
            "WASEDA UNIVERSITY\nGraduate School of Asia-Pacific Studies",
            "Leverage and Its Limits: Sanctions, Summits and the Search for a Settlement on the Korean Peninsula, 2016-2019",
            "by",
            "Nguyen Thi Lan Anh\nStudent ID: 4018C025-7",
            "A thesis submitted in partial fulfilment of the requirements for the degree of Master of Arts in International Relations",
            "Supervisor: Professor TANABE Hiroshi\nSecond reader: Associate Professor Kwon Ji-yeon",
            "January 2020",
            "Declaration: I hereby declare that this thesis is my own work and that, to the best of my knowledge, it contains no"
            " material previously published or written by another person except where due acknowledgement is made in the text.",
            "Chapter 3",
            'From "Maximum Pressure" to Singapore: Did Sanctions Bring Pyongyang to the Table?',
            "3.1 Introduction",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:11] == ["byline", "byline", "boilerplate", "credit", "dateline", "disclaimer", "subtitle", "subtitle", "subtitle"]


def test_a_conference_paper_s_head_and_a_working_paper_s_thanks() -> None:
    """'DRAFT — please do not cite' and 'Paper prepared for the … Conference' over the title; 'Acknowledgements / The authors
    thank …' under it: none of it anyone's argument."""
    roles = roles_of(
        "DRAFT — please do not cite",
        "Paper prepared for the International Studies Association Asia-Pacific Conference\nNational University of Singapore, 4-6 July 2019",
        "Guarantees Without Guarantors? Security Assurances and the North Korean Nuclear Question",
        "Sang-hyun Lee\nKorea Institute for National Security Strategy",
        "Acknowledgements\nThe author thanks Kim Hye-rin and two anonymous reviewers for comments on earlier drafts, and the participants in"
        " the research seminar of November 2018 for their questions.",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:5] == ["boilerplate", "label", "title", "byline", "credit"]


def test_a_speech_s_headline_names_its_speaker_and_the_occasion() -> None:
    """'Remarks by H.E. Mr. Bat-Erdene Gansukh, Minister …, at the Opening Session of …' under the ministry's breadcrumb: the
    headline, and the speaker's."""
    reading = detect.read(
        [
            "MINISTRY OF FOREIGN AFFAIRS OF MONGOLIA",
            "News / Speeches and Statements",
            "Remarks by H.E. Mr. Bat-Erdene Gansukh, Minister for Foreign Affairs of Mongolia, at the Opening Session of the Eighth"
            " Ulaanbaatar Dialogue on Northeast Asian Security",
            "Published: 2023-06-15 11:40 | Ulaanbaatar",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:4] == ["boilerplate", "boilerplate", "title", "dateline"]
    assert [person.name for person in reading.people] == ["Bat-Erdene Gansukh"]


def test_a_thread_copied_from_x_is_dated_by_its_stamp_under_it() -> None:
    """'Post' over the handle, the numbered posts, then '10:42 PM · Jan 18, 2023 · 214.6K Views' and the counts: the posts are
    the argument, the stamp its date, the last post's '/END' no photo credit."""
    reading = detect.read(
        [
            "Post",
            "Sang-hyun Lee\n@sanghyun_lee",
            f"1/ {ARGUMENT}",
            f"2/ {ARGUMENT}",
            "3/3 If you read this far: the question isn't whether Korea should go nuclear. It's what the alliance would have to look like. /END",
            "10:42 PM · Jan 18, 2023 · 214.6K Views",
            "482 Reposts   61 Quotes   1,904 Likes   377 Bookmarks",
            "Post your reply\nReply",
        ]
    )
    assert reading.roles == ["boilerplate", "byline", "body", "body", "body", "dateline", "boilerplate", "boilerplate"]
    assert reading.date == ("2023-01-18", "Jan 18, 2023")


def test_a_word_file_s_fields_and_a_feed_reader_s_head() -> None:
    """'Byline:' and 'Word count:' fields over a submission; a feed's name with its section ('EU–Asia Security Monitor » Korea
    Desk') and 'Published: Tue, 09 Jul 2024 06:15:00 +0000' over the title."""
    word = roles_of(
        "KOREA DEFENSE FORUM — OPINION SUBMISSION",
        "Verification Is the Whole Game",
        "Byline: Lt. Gen. (ret.) Hwang In-seop",
        "Date: 11 November 2019",
        "Word count: 861 (excluding bio)",
        ARGUMENT,
        ARGUMENT,
    )
    assert word[2:5] == ["byline", "dateline", "boilerplate"]
    feed = detect.read(
        [
            "EU–Asia Security Monitor » Korea Desk",
            "Published: Tue, 09 Jul 2024 06:15:00 +0000",
            "After the Panel: Europe Can Keep Watch on North Korea's Sanctions Evasion",
            "By Margarethe Kessler, Senior Fellow at the Brussels Institute for Asian Security",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert feed.roles[:4] == ["boilerplate", "dateline", "title", "byline"]
    assert feed.date == ("2024-07-09", "09 Jul 2024")


def test_a_page_break_inside_a_paragraph_of_a_pdf() -> None:
    """The paragraph's end after the page's furniture ('contain it is now higher than … since 2017.[4]') is no heading, and
    the heading under it is one."""
    roles = roles_of(
        "A Peace Regime Before Denuclearization",
        "By Lee Sang-soo and Johanna Lindqvist",
        ARGUMENT,
        ARGUMENT[:-1] + " and the risk that nobody can",
        "www.isdp.eu",
        "contain it is now higher than at any time since 2017.[4]",
        "A Three-Phase Approach",
        ARGUMENT,
    )
    assert roles[5:] == ["body", "subtitle", "body"]


def test_a_forwarded_e_mail_and_the_writer_s_own_note_a_paragraph_a_line() -> None:
    """The forwarder's note, the forwarded message's header, then the writer's note to him ('Tom,' / its words / 'Sang-hyun'):
    all of it mail, none of it the essay under its title."""
    roles = roles_of(
        "Hi Mirae,",
        "Forwarding Sang-hyun's piece as promised. Worth a read before Thursday's roundtable.",
        "Best,\nTom",
        "---------- Forwarded message ---------\nFrom: Sang-hyun Lee <shlee@yips.re.kr>\nDate: Mon, Oct 14, 2019 at 8:47 AM\n"
        "Subject: op-ed text - After Stockholm\nTo: Thomas Aldridge <t.aldridge@pacificbridge.org>",
        "Tom,",
        "Here is the text I mentioned on the phone. Feel free to share it with your group; comments welcome before it runs.",
        "Sang-hyun",
        "After Stockholm, Don't Let the Military Agreement Wither",
        "By Sang-hyun Lee",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:9] == ["boilerplate"] * 7 + ["title", "byline"]


def test_official_heads_a_report_a_testimony_and_a_library_s_paper() -> None:
    """'Report of the Secretary-General' under the report's headline is who issues it; 'before the' / the committee, and
    'Hearing on …', over a written testimony's own title are where it was given; a parliament's and its library's names
    over a research paper are the page's."""
    report = detect.read(
        [
            "United Nations    S/2020/412",
            "Humanitarian implications of the measures imposed by the Security Council",
            "Report of the Secretary-General",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert report.roles[:3] == ["boilerplate", "title", "byline"]
    assert [person.name for person in report.people] == ["Secretary-General"]
    testimony = roles_of(
        "Written testimony of Chaesung Chun\nSenior Non-Resident Fellow, Harbor Institute for Strategic Studies",
        "before the\nSubcommittee on Asia, the Pacific, and Nonproliferation\nCommittee on Foreign Affairs",
        "Hearing on “After Hanoi: Prospects for Denuclearization and Peace on the Korean Peninsula”",
        "May 22, 2019",
        "Breaking the All-or-Nothing Trap: A Phased Approach to the North Korea Problem",
        ARGUMENT,
        ARGUMENT,
    )
    assert testimony[2:5] == ["label", "dateline", "title"]
    paper = roles_of(
        "Parliament of Australia\nDepartment of Parliamentary Services",
        "RESEARCH PAPER SERIES, 2018–19\nResearch Paper No. 7",
        "18 October 2018",
        "Denuclearising North Korea: sanctions, summitry and Australia's role",
        "Sang-hyun Lee\nForeign Affairs, Defence and Security Section",
        ARGUMENT,
        ARGUMENT,
    )
    assert paper[0] == "boilerplate" and paper[3] == "title"


def test_a_channel_s_post_signed_with_the_writer_s_city() -> None:
    """A Telegram channel's header and 'Forwarded from …' over the post's headline; '— Artyom Zhuravlev, Vladivostok' under
    the post: its writer, from where he writes."""
    reading = detect.read(
        [
            "Korea Desk 🇰🇵🇰🇷\n48 213 subscribers",
            "April 30, 2024",
            "Forwarded from Vostok Notes",
            "🔻 The sanctions regime on North Korea did not collapse. It was switched off",
            ARGUMENT,
            ARGUMENT,
            "— Artyom Zhuravlev, Vladivostok",
            "#DPRK #sanctions #UNSC #Russia",
            "👁 18.7K  edited  14:06",
        ]
    )
    assert reading.roles == ["boilerplate", "dateline", "boilerplate", "title", "body", "body", "byline", "boilerplate", "boilerplate"]
    assert [person.name for person in reading.people] == ["Artyom Zhuravlev"]


def test_a_headline_with_its_writer_after_a_dash_and_a_paywall_under_the_excerpt() -> None:
    """'Why Sanctions Failed on the Korean Peninsula — by Dmitri A. Sokolov' is the headline and its writer; 'Continue
    reading' and the paywall's notice under the excerpt are the page's."""
    reading = detect.read(
        [
            "Why Sanctions Failed on the Korean Peninsula — by Dmitri A. Sokolov",
            ARGUMENT,
            ARGUMENT,
            "Continue reading",
            "This article is for subscribers only\nYou have read 3 of 3 free articles this month. Subscribe now.",
        ]
    )
    assert reading.roles == ["title", "body", "body", "boilerplate", "boilerplate"]
    assert [person.name for person in reading.people] == ["Dmitri A. Sokolov"]


def test_a_newsletter_s_notices_under_its_rule_and_a_bio_that_writes_from_a_city() -> None:
    """Under the argument, a rule, then 'SPRING 2021 FELLOWSHIPS' over its notice: the newsletter's; 'Dr. Obi-Nwankwo, a
    Fellow of …, writes from Abuja.' under a text by him: his bio."""
    reading = detect.read(
        [
            "Africa and the Korean Peninsula",
            "By Dr. Chinedu Obi-Nwankwo, PhD, FNIIA",
            ARGUMENT,
            ARGUMENT,
            "Dr. Obi-Nwankwo, a Fellow of the Nigerian Institute of International Affairs and former lecturer in strategic studies, writes from Abuja.",
            "---",
            "SPRING 2021 FELLOWSHIPS\nApplications for the Center's spring visiting fellowships are now open. Deadline: December 15, 2020.",
        ]
    )
    assert reading.roles[4:] == ["author_bio", "boilerplate", "boilerplate"]


def test_an_institute_s_name_then_its_series_label_then_the_headline() -> None:
    """An institute's name ending in its legal form ('e.V.') is no sentence, and a label stands over the title, never under
    it: the name over 'POLICY BRIEF No. 09/2022' is the masthead, the headline under the label the title, and the names over
    their posts under it the byline."""
    roles = roles_of(
        "BERLIN FORUM FOR EAST ASIAN AFFAIRS\nBerliner Forum für Ostasienpolitik e.V.",
        "POLICY BRIEF No. 09/2022",
        "Small Steps on a Narrow Bridge: Reviving Military Confidence-Building on the Korean Peninsula",
        "Chun Chae-sung\nProfessor, Seoul National University\nKatharina Ulbrich\nHead of the Korea Programme, Berlin Forum for East Asian Affairs",
        "Berlin, September 2022",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:5] == ["boilerplate", "label", "title", "byline", "dateline"]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("* Corresponding author. Email: ml.hsu@cascadia-ips.ca. The authors thank two anonymous reviewers.", "notes"),
        ("A note on transliteration: Russian names follow the Library of Congress system, without diacritics.", "editors_note"),
        ("Interview: Anaïs Ferrand\n24.06.2024", "credit"),
        ("Reporter : Sarah Jung", "credit"),
        ("WHY IT MATTERS\nFor fifteen years a UN panel has documented how North Korea evades sanctions; its end leaves no one to.", "introduction"),
        ("Interview: Jonas Brettschneider\nTranslation from the German: Ostasien Perspektiven editorial team", "credit"),
        ("Debate coordinated by Lucía Ferreyra Olmos", "credit"),
        ("Share   Facebook   X   KakaoTalk   Print   Text size  A+  A-", "boilerplate"),
        (
            "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen.\nAlle akzeptieren    Nur notwendige    Einstellungen",
            "boilerplate",
        ),
        ("Former diplomat Yuko Moriyama, left, and Professor Kwon Tae-hoon speak in Tokyo’s Chiyoda Ward on Feb. 21. (Emi Takeda)", "caption"),
        ("A South Korean navy patrol vessel near Yeonpyeong Island, close to the Northern Limit Line. (File photo: Yonhap)", "caption"),
        ("Programming note: no letter next Saturday, I'll be in Seoul for a track-two meeting. Paid subscribers get the notes after.", "editors_note"),
        ("Ninth Nordic–Asian Security Roundtable, Helsinki, 15 September 2022", "dateline"),
        ("Updated May 4 2024 - 6:30am, first published 5:00am", "dateline"),
        ("Last modified on Wed 13 Jun 2018 09.12 BST", "dateline"),
        (
            "Original: «Санкционного режима в отношении КНДР больше нет», Vostochny Vestnik, 11 July 2024. Interview by Grigory Ankudinov.\n"
            "Translated from the Russian by Liisa Mäkelä.",
            "credit",
        ),
        ("Original: https://www.ips-journal.eu/interviews/nobody-walked-away-from-the-table-for-good-3312/", "boilerplate"),  # a link, no credit
        ("By Our Staff Reporter", "credit"),  # a byline that names no one
        ("Palabras clave: Corea del Norte, Corea del Sur, ABACC, desnuclearización, verificación", "boilerplate"),  # the keywords, in Spanish
        (
            "Resumen\nEn 1991 Argentina y Brasil, rivales nucleares durante dos décadas, crearon la Agencia Brasileño-Argentina de"
            " Contabilidad y Control de Materiales Nucleares, un mecanismo de verificación mutua que sigue funcionando hoy.",
            "introduction",
        ),  # the abstract, in Spanish
        ("Key words: Japan-DPRK relations, Russia, summit diplomacy", "boilerplate"),
        ("Draft of 14 March 2019", "dateline"),
        ("Mexico City | October 22, 2023", "dateline"),  # a city of two words, no writer's name
        ("Interview: Martín Echeverría | Translated from the Spanish by Lucía Ferraro", "credit"),
        ("Sang-hyun Lee, senior research fellow at the Korea Institute for Peninsula Strategy. File photo: Special Arrangement", "caption"),
        ("Niklas Swanstrom speaking at a seminar in Stockholm, 2019. | Photo: ISDP", "caption"),
        ("Police officers stand guard outside the Sofitel Legend Metropole in Hanoi on February 28, 2019. LEDGER FILE PHOTO", "caption"),
        (
            "A RAAF P-8A Poseidon maritime patrol aircraft. Australian aircraft have watched ship-to-ship transfers since 2018. Credit: Department of Defence",
            "caption",
        ),
        ("Save\nShare\nNormal text size\nLarger text size\nVery large text size", "boilerplate"),  # the page's buttons
        (
            "This working paper is part of the research project “Confidence, Compliance and Nuclear Restraint in Northeast Asia”"
            " (2021-2024), funded by the Swedish Research Council, grant no. 2020-04118.",
            "credit",
        ),
    ],
)
def test_what_a_page_sets_over_the_argument(paragraph: str, role: str) -> None:
    """A paper's starred note on its corresponding author, a translation's note on its spelling, and who asked over the day."""
    roles = roles_of("Counting what cannot be seen", "By Yuki Tanabe", paragraph, ARGUMENT, ARGUMENT)
    assert roles[2] == role


@pytest.mark.parametrize(
    ("credit", "day"),
    [("Interview: Anaïs Ferrand\n24.06.2024", "2024-06-24"), ("Interview by Pham Quynh Anh\nTuesday, 27/02/2024 09:15 (GMT+7)", "2024-02-27")],
)
def test_the_interviewer_s_credit_over_the_day_states_the_date(credit: str, day: str) -> None:
    reading = detect.read(["Eurasia Conversations No. 31", "“Moscow is not going to police Pyongyang”", credit, ARGUMENT, ARGUMENT])
    assert reading.roles[2] == "credit"
    assert reading.date is not None and reading.date[0] == day


def test_the_writer_s_bio_in_the_sidebar_under_the_comments_is_her_bio() -> None:
    """Readers' comments run to the page's end, but for the sidebar's 'ABOUT' over the writer's bio: hers, not a comment."""
    roles = roles_of(
        "“No bargaining chip”: reading Pyongyang’s answer",
        "Posted on 14 September 2022 by Fiona McAllister",
        ARGUMENT,
        ARGUMENT,
        "Tags: audacious initiative, Kim Yo Jong, KCNA, translation",
        "Share this:\nTwitter   Facebook   Email   Print",
        "2 thoughts on “No bargaining chip”",
        "Hyun-woo P. says:\n15 September 2022 at 9:41 am\nGreat point about the word order.\nReply",
        "Leave a Reply\nYour email address will not be published. Required fields are marked *",
        "ABOUT\nFiona McAllister is a lecturer in Korean Studies at Tasman Coast University in Hobart.",
    )
    assert roles[4:] == ["boilerplate"] * 5 + ["author_bio"]


def test_a_heading_under_prose_that_ends_asking() -> None:
    """'… the practical question. What would it take …?' is prose though it ends with a question: the short line under it heads a section."""
    roles = roles_of(
        "Verifying a freeze",
        "By Yuki Tanabe",
        ARGUMENT,
        "Both sides tend to skip the practical question. What would it take to verify a freeze, and who would do it?",
        "Freeze first, but verify",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[3:5] == ["body", "subtitle"]


def test_two_writers_and_the_day_on_one_line_then_a_caption_over_its_credit() -> None:
    """'Siobhan Mackay, Nguyen Thi Lan Anh | 27 August 2026' names both writers and the day; a sentence in the passive over
    'Photo: …' is the photo's caption ('Kim Jong Un is greeted by …' is no bio of Kim Jong Un)."""
    reading = detect.read(
        [
            "The Vietnam model is not a template",
            "Hanoi’s path from war and embargo to growth is a tempting story to tell Pyongyang.",
            "Siobhan Mackay, Nguyen Thi Lan Anh | 27 August 2026",
            "Kim Jong Un is greeted by schoolchildren on his arrival in Hanoi for his 2019 summit with Donald Trump.",
            "Photo: Kham/Pool/Getty Images",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:5] == ["byline", "caption", "credit"]
    assert [person.name for person in reading.people] == ["Siobhan Mackay", "Nguyen Thi Lan Anh"]
    assert reading.date is not None and reading.date[0] == "2026-08-27"


def test_a_site_s_name_over_its_tagline_a_line_each_then_the_headline() -> None:
    """A file of one paragraph a line: 'THE SOUTHERN WATCH' over 'Analysis and commentary from …' is the site's, and the
    headline under them the title; but 'Korea Now Podcast' under the site's menu is the series' name over its episode."""
    roles = roles_of(
        "THE SOUTHERN WATCH",
        "Analysis and commentary from the Australian Centre for Indo-Pacific Security",
        "The verification gap in any North Korea deal—and who could help fill it",
        "By Priya Raghavan and Tom Whitcombe",
        "28 Nov 2022",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:4] == ["boilerplate", "boilerplate", "title", "byline"]
    roles = roles_of(
        "About | Events | Podcast | Fellowships | Give", "Korea Now Podcast", "Episode 27: Keeping the Peace at Panmunjom", "Posted June 25, 2020", ARGUMENT
    )
    assert roles[1:3] == ["label", "title"]


def test_a_synopsis_over_a_caption_and_a_pull_quote_in_single_quotes() -> None:
    """'SYNOPSIS' over one paragraph is the publisher's abstract though a photo's caption stands between it and the first
    heading; a line in single quotation marks whose words stand in a paragraph of the text is a pull quote."""
    quoted = "Talking to Pyongyang is not a reward. It is how you find out what it wants"
    roles = roles_of(
        "SISS Perspectives No. 041/2026",
        "The summit channel is still open",
        "By Kwa Chong Wei",
        "12 June 2026",
        "SYNOPSIS",
        "Eight years after the Singapore summit its promises lie unfulfilled. Yet with renewed talk of a meeting, the"
        " leader-to-leader channel may still be the only one that works, and Singapore should say so.",
        "The Capella Hotel on Sentosa, venue of the June 2018 summit. Photo: SISS file",
        "COMMENTARY",
        ARGUMENT,
        f"‘{quoted}’",
        f"{ARGUMENT} {quoted}, and that is worth knowing before anyone offers anything.",
        ARGUMENT,
    )
    assert roles[4:8] == ["subtitle", "introduction", "caption", "subtitle"]
    assert roles[9] == "boilerplate"


@pytest.mark.parametrize("label", ["Security / Korean Peninsula", "COVER STORY | FORUM", "Rapid Response"])
def test_a_section_path_or_a_kind_over_the_headline_is_its_label(label: str) -> None:
    roles = roles_of(
        "THE KASUMIGASEKI REVIEW",
        label,
        "Counterstrike and the Korean Peninsula: Japan’s new posture needs a diplomatic track",
        "By Yuki Tanabe",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[1:3] == ["label", "title"]


def test_a_journal_s_author_blocks_with_orcid_ids_and_its_history_separated_by_slashes() -> None:
    """Each author's name over the department and 'ORCID: https://orcid.org/…' is a byline (a link, but the author's); the
    article's history, its parts between slashes, gives the day it was published online."""
    reading = detect.read(
        [
            "RESEARCH ARTICLE",
            "Sequencing Without Trust: Security Guarantees and the Stalled Denuclearization of North Korea",
            "CHUN Chae-sung\nDepartment of Political Science and International Relations, Seoul National University\n"
            "ORCID: https://orcid.org/0000-0002-4781-3306",
            "OKADA Yusuke\nSchool of Policy Studies, Kwansei Gakuin University\nORCID: https://orcid.org/0000-0003-1952-8840",
            "Received: 14 March 2022 / Revised: 22 July 2022 / Accepted: 2 September 2022 / Published\nonline: 19 October 2022",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:5] == ["byline", "byline", "dateline"]
    assert [person.name for person in reading.people] == ["CHUN Chae-sung", "OKADA Yusuke"]
    assert reading.date is not None and reading.date[0] == "2022-10-19"


def test_a_box_of_figures_beside_the_argument_is_furniture_over_an_interview_its_summary() -> None:
    """'BY THE NUMBERS' between two paragraphs of the argument is the page's; over an interview's first question, under its
    introduction, it sums up what the interview is about (as a box of key points does)."""
    box = "BY THE NUMBERS\nNorth Korea’s missile tests, 2022: 69\nMissiles overflying Japan, 2022: 1 (first since 2017)"
    assert roles_of("Counterstrike and the peninsula", "By Yuki Tanabe", ARGUMENT, box, ARGUMENT, ARGUMENT)[3] == "boilerplate"
    roles = roles_of("The last neutral inspectors", "Interview by Lukas Meier", ARGUMENT, box, "Q: What is the mood along the border?", f"A: Calm. {ARGUMENT}")
    assert roles[3] == "introduction"


def test_a_pdf_page_s_head_with_the_headline_and_the_page_number_is_furniture() -> None:
    """'Camp David and the Korean Peninsula: …' / 'Análisis IHEI 17/2023 - 21/8/2023 - …' / '2' in the text: the page's head,
    and the numbered heading under it is a heading ('(2) Pyongyang’s reading')."""
    roles = roles_of(
        "Camp David and the Korean Peninsula: deterrence first, diplomacy later?",
        "By Álvaro Ruiz-Castellanos",
        "(1) What was agreed at Camp David",
        ARGUMENT,
        ARGUMENT,
        "Camp David and the Korean Peninsula: deterrence first, diplomacy later?\nAnálisis IHEI 17/2023 - 21/8/2023 - Instituto Hispano de Estudios Internacionales\n2",
        "(2) Pyongyang’s reading",
        ARGUMENT,
    )
    assert roles[5:] == ["boilerplate", "subtitle", "body"]


def test_an_issue_number_over_a_headline_of_sentences_is_the_title() -> None:
    """'Issue #112: Sanctions fatigue is real. So is the alternative.': a newsletter's headline with its number, not a label."""
    roles = roles_of(
        "Northern Lines\nA weekly letter on the two Koreas",
        "Subscribe\tSign in",
        "Issue #112: Sanctions fatigue is real. So is the alternative.",
        "Mar 9, 2025",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[2:4] == ["title", "dateline"]


def test_names_together_under_a_whole_first_paragraph_and_over_the_day_are_the_byline() -> None:
    """'A, B and C' between the lede and the date line: the byline, the lede theirs; 'Director, Institute for Security and
    Development Policy' after a name is no second writer."""
    reading = detect.read(
        ["Neutral Ground, Shrinking", ARGUMENT + " " + ARGUMENT, "Mats Engman, Hanna Virtanen and Tomasz Wrzesiński", "2 October 2024", ARGUMENT]
    )
    assert reading.roles == ["title", "body", "byline", "dateline", "body"]
    assert len(reading.people) == 3 and reading.signers[1] == reading.signers[4] == (0, 1, 2)


def test_a_numbered_list_under_its_heading_and_a_line_that_introduces_it_is_the_text_s_own() -> None:
    """'5. Recommendations' / '… three recommendations follow.' / '1. Ask for a declaration early …': the writer's points,
    not notes."""
    roles = roles_of(
        "Lessons from Pelindaba",
        "By Thandiwe Mokoena",
        ARGUMENT,
        ARGUMENT,
        "5. Recommendations",
        "For negotiators in Washington, Seoul and elsewhere, three recommendations follow.",
        "1. Ask for a declaration early, verify it gradually. A declaration should be an early element of any agreement.",
        "2. Pair denuclearization with security change. Without credible guarantees Pyongyang will have no reason to disarm.",
        "3. Draw on the Pelindaba community. States party to the treaty have expertise in dismantlement and safeguards.",
        "JCNS Policy Brief No. 2022/07\t3",
        "References",
        "Albright, D. (1994). South Africa and the Affordable Bomb. Bulletin of the Atomic Scientists, 50(4), 37-47.",
    )
    assert roles[6:9] == ["body", "body", "body"]


def test_a_book_s_running_head_and_a_footnote_between_the_halves_of_a_paragraph() -> None:
    """'6 The Peace Regime Debate Revisited 111' is the page's head, the chapter's short title between numbers; the paragraph
    it and a footnote cut in two goes on after them, in lower case, the writer's still."""
    roles = roles_of(
        "The Peace Regime Debate Revisited: Declarations, Treaties and the Order Beneath Them",
        "By Chun Chae-sung",
        ARGUMENT,
        "When President Moon proposed an end-of-war declaration in 2020,2 his critics said it would cost little and change little. " + ARGUMENT,
        "A declaration would have cost little, but it would not have made the security",
        "2 President Moon raised the proposal before the UN General Assembly in September 2020 and again in September 2021.",
        "6 The Peace Regime Debate Revisited 111",
        "guarantees credible without the permanent threat of nuclear use on either side.3",
        ARGUMENT,
    )
    assert roles[3:8] == ["body", "body", "notes", "boilerplate", "body"]


def test_a_box_of_key_recommendations_under_its_heading_is_the_summary() -> None:
    roles = roles_of(
        "Minding the Gap",
        "By Daniel Whitcombe and Guo Ruilin",
        "Executive summary",
        ARGUMENT,
        ARGUMENT,
        "Key recommendations\n• Australia should continue its maritime surveillance contribution to sanctions monitoring.\n"
        "• Canberra should support an interim arrangement that trades a verified freeze for limited sanctions relief.",
        "Banksia Institute | Minding the Gap                                                  1",
        "1. Introduction",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[5] == "introduction" and roles[8:] == ["body", "body"]


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (
            [
                "BANKSIA INSTITUTE FOR INTERNATIONAL AFFAIRS",
                "POLICY REPORT",
                "Minding the Gap",
                "Australia, deterrence and the search for a Korean peace regime",
                "DANIEL WHITCOMBE AND GUO RUILIN",
                "November 2020",
            ],
            ["boilerplate", "label", "title", "subtitle", "byline", "dateline"],
        ),  # a short title under its series label, over a dek in a sentence's case: not a site's name, its section and a headline
        (
            [
                "HALDEN INSTITUTE FOR PEACE AND SECURITY",
                "HALDEN REPORT 3/2024",
                "Beyond the Freeze",
                "A Phased Roadmap for Verification and Security Assurances on the Korean Peninsula",
                "Baek Jun-ho\nCaroline Ashdown-Reyes\nTomas Rydén",
            ],
            ["boilerplate", "label", "title", "subtitle", "byline"],
        ),  # the series and its number in the year, then a short title over a dek in a headline's case
        (
            [
                "SOUTHERN AFRICA INSTITUTE FOR NON-PROLIFERATION AND DISARMAMENT\nSAIND Policy Brief 07/2021",
                "Pretoria, 14 June 2021",
                "No Pelindaba on the Yalu: What South Africa’s Nuclear Rollback\nCan and Cannot Teach Pyongyang",
                "Lindiwe Mahlangu",
            ],
            ["label", "dateline", "title", "byline"],
        ),  # the publisher over its series label, in one block: a label, not the title
        (
            [
                "THE WHITFIELD CENTER FOR ASIAN SECURITY\nKOREA PROGRAM EVENT SERIES",
                "AFTER HANOI: CAN A PEACE REGIME COME BEFORE DENUCLEARIZATION?",
                "Washington, D.C.",
                "Thursday, March 28, 2019",
                "PARTICIPANTS:",
                "Welcome and Moderator:\nELLEN MARCHETTI\nSenior Fellow and Director, Korea Program",
                "Opening Remarks:\nCHUN CHAESUNG\nProfessor of Political Science and International Relations\nSeoul National University",
                "Discussant:\nGRACE YOON-HARPER\nNonresident Fellow, The Whitfield Center for Asian Security",
            ],
            ["label", "title", "dateline", "dateline", "subtitle", "credit", "byline", "byline"],
        ),  # an event's transcript: the place over the day, who moderates (credit) and who speaks, each under the part they play
        (
            [
                "THE STRAITS REVIEW | WEDNESDAY, JUNE 13, 2018 | A21",
                "OPINION",
                "A HANDSHAKE, NOT A BLUEPRINT",
                "The Singapore summit bought time. Whether it\nbuys peace depends on the working-level talks\nthat must now follow",
                "Ong Wei Lin\nand Sang-hyun Lee\nFor The Straits Review",
            ],
            ["boilerplate", "label", "title", "subtitle", "byline"],
        ),  # a line in capitals with a headline's clauses, over a dek of sentences: the headline, not a second label
        (
            [
                "Paper prepared for presentation at the 60th Annual Convention of the International Studies Association (ISA), Toronto,"
                " 27–30 March 2019.\nDraft: please do not cite or circulate without the author’s permission. Comments welcome.",
                "Beyond the Summit Photo-Op: Sequencing, Trust and the Korean Peace Process",
                "By Chun Chae-sung",
            ],
            ["label", "title", "byline"],
        ),  # what a conference paper was prepared for
        *(
            (
                [
                    "Journal of Northeast Asian Political Economy\nVol. 14, No. 2 (2021), pp. 113–141\nhttps://doi.org/10.31877/jnape.2021.14.2.113",
                    kind,
                    "Leaky by Design? Ship-to-Ship Transfers and the Erosion of UN Sanctions on North Korea, 2017–2020",
                    "Min-jung Baek and Thomas Reinholt",
                ],
                ["boilerplate", "label", "title", "byline"],
            )  # a journal's kind of article: no one's name, however much it looks like one in capitals
            for kind in ("ORIGINAL ARTICLE", "Research Note", "Book Review")
        ),
        (
            ["Opinion", "Lead", "Time for a Korean peace declaration, and for India to speak up", "Arjun Mehra"],
            ["boilerplate", "label", "title", "byline"],
        ),  # the page's slot for its lead op-ed, under the section's name
        *(
            (
                [
                    "THE HANBIT DAILY | English Edition",
                    label,
                    "By Chun Chae Sung",
                    "The end of 'one nation' and what Seoul should do next",
                    "Published : 2024-02-14 19:32",
                ],
                ["boilerplate", "label", "byline", "title", "dateline"],
            )  # a label over the byline, the headline under it
            for label in ("ANALYSIS · KOREAN PENINSULA", "[Global Perspective]")
        ),
    ],
)
def test_a_header_s_parts(header: list[str], roles: list[str]) -> None:
    """Labels, titles, deks and bylines in the orders pages set them, over two paragraphs of argument."""
    assert roles_of(*header, ARGUMENT, ARGUMENT)[: len(roles)] == roles


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (
            [
                "Indraprastha Strategic Notes — independent commentary on Asian security from New Delhi",
                "Home · Archive · Contributors · Submit a piece · Newsletter",
                "VIEWPOINT",
                "Rubble at Kaesong: What the Liaison Office Demolition Says About Pyongyang’s Seoul Policy",
                "Ananya Raghunathan",
                "22 June 2020 · 6 min read",
            ],
            ["boilerplate", "boilerplate", "label", "title", "byline", "dateline"],
        ),  # the site's name and its tagline on one line, a dash between: a masthead, over its menu
        (
            [
                "Policy Brief No. 2019-04",
                "After Hanoi: Sequencing Sanctions Relief and Verification",
                "Fiona McAllister and Tomasz Wieczorek\nCanberra, 4 March 2019",
                "Estimated reading time: 8 minutes",
            ],
            ["label", "title", "byline", "boilerplate"],
        ),
        (
            [
                "ANALYSIS",
                "Seoul's nuclear debate and the limits of reassurance",
                "By Hana Kobayashi in Seoul\n24 November 2022, 07:15 GMT | Last updated: 24 November 2022, 11:02 GMT",
            ],
            ["label", "title", "byline"],
        ),  # where the reporter files from is no part of her name
    ],
)
def test_a_header_s_parts_a_second_variety(header: list[str], roles: list[str]) -> None:
    assert roles_of(*header, ARGUMENT, ARGUMENT)[: len(roles)] == roles


def test_a_commentary_s_foot_its_site_and_its_call_for_pitches_are_furniture() -> None:
    roles = roles_of(
        "Verification after Stockholm",
        "By Sang-hoon Lee",
        ARGUMENT,
        ARGUMENT,
        "Sang-hoon Lee is an Associate Research Fellow in the Regional Security Architecture Programme at SISA.",
        "Nothing in this commentary should be read as representing the official views of SISA or of any government. SISA"
        " Commentaries are intended to stimulate discussion and are the authors’ own.",
        "Pacific Rim Forum is the commentary site of the Centre for Indo-Pacific Security Studies. Articles are published under a"
        " Creative Commons Attribution-NoDerivs licence and may be republished with attribution.",
        "The Southern Meridian publishes analysis from contributors around the world. Pitches are welcome at editor@southernmeridian.org.au",
    )
    assert roles[4:] == ["author_bio", "disclaimer", "boilerplate", "boilerplate"]


def test_a_foot_in_the_outlet_s_own_language_is_furniture_and_its_bio_a_bio() -> None:
    """'Leia também', 'Lire aussi', 'Читайте также', 'Související články' over their links, 'Comentários (3)', a thanks for
    reading, a disclaimer in Portuguese or Russian, and 'X es profesora-investigadora del …': none of it the writer's argument."""
    roles = roles_of(
        "Sanctions Have Reached Their Limit in Korea",
        "Por Valeria Cordero Ibáñez",
        *[ARGUMENT] * 8,
        "Valeria Cordero Ibáñez es profesora-investigadora del Centro de Estudios Internacionales de El Colegio de México.",
        "Os artigos assinados não refletem necessariamente a opinião da Diplomacia Austral.",
        "Мнение автора может не совпадать с позицией редакции.",
        "Leia também\nCoreia do Sul e Mercosul: um acordo em ponto morto\nO Brasil e o TNP, 25 anos depois",
        "Lire aussi :\n— Minerais critiques : ce que Séoul attend de l’Afrique",
        "Читайте также:\nКорея и Центральная Азия: от диалога к партнёрству",
        "Související články\n• Seoul’s 155mm dilemma: why South Korean shells matter to Ukraine",
        "Comentários (3)\nFaça login para comentar.",
        "Vinaka for reading. Support independent Pacific journalism - become a member from FJ$5 a month.",
    )
    assert roles[1:] == ["byline", *["body"] * 8, "author_bio", "disclaimer", "disclaimer", *["boilerplate"] * 6]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("[Figure 1 – map]\nFigure 1. Reported North Korean construction and arms-related activity in African states, 2016–2023.", "caption"),
        ("OP-ED SUBMISSION — The Osaka Shimpo (English Edition), Opinion Desk\nExclusive to The Osaka Shimpo | approx. 820 words", "boilerplate"),
        ("Contact for the editors: jypark@hanbit-ips.kr | +82 2 555 0192", "boilerplate"),
        ("Interview: Florencia Agüero. Translation from the Spanish: Lucía Ferraro.", "credit"),
        ("Credits\nPresenter: Kathryn Doyle\nProducer: Tom Albrecht", "credit"),
        (
            "MAFES roundtables are held on the record with the participants' agreement. Speakers take part in a personal capacity;"
            " their remarks do not represent the views of their governments or institutions.",
            "disclaimer",
        ),
        (
            "About us: Sang-hyun Lee is a former Republic of Korea Navy officer and a research fellow at the Busan Institute for"
            " Maritime Strategy. Trần Minh Khoa lectures on international relations at the Diplomatic Academy of Vietnam.",
            "author_bio",
        ),
    ],
)
def test_what_a_page_adds_around_an_essay(paragraph: str, role: str) -> None:
    position = 3 if role == "caption" else 4
    parts = ["After Hanoi", "By Sang-hyun Lee and Trần Minh Khoa", ARGUMENT, ARGUMENT, ARGUMENT]
    parts.insert(position, paragraph)
    assert roles_of(*parts)[position] == role


@pytest.mark.parametrize(
    "paragraph",
    [
        "Más en Voces de Asia\nJapan’s defence debate after Abe\nVietnam, the South China Sea and the limits of hedging",
        "WATCH | Related videos\nSouth Korea president's nuclear remarks spark alarm 2:07\nInside the DMZ: 70 years after the armistice 5:41",
        "Watch: Satellite images show rail traffic surge at North Korea-Russia border crossing\nVideo 02:14",
        "Do you have a strong opinion that could add insight or change how people think about an issue? We want to hear from you. Here's how to pitch to us.",
        '"Verification First: A Phased Roadmap for Denuclearization" is an Asia Paper published by the Institute for Security and'
        " Development Policy. The Asia Papers Series is the Occasional Paper series of the Institute's Asia Program.",
        "______________________________",
        "Asia This Week airs every Saturday at 9:10 a.m. on KPB Radio Japan and is available as a podcast.",
        "Esta obra está bajo una licencia de Creative Commons Reconocimiento-NoComercial-CompartirIgual 4.0 Internacional.",
        "ELSEWHERE THIS FORTNIGHT\n* Our own Tom Hadley on why the GSOMIA deadline matters for Canberra\n* The Banksia podcast: what happened in Stockholm",
        "Social Sharing",
    ],
)
def test_a_broadcaster_s_a_journal_s_and_a_newsletter_s_furniture(paragraph: str) -> None:
    from korea_cli.looks import is_boilerplate

    assert is_boilerplate(paragraph)


def test_a_broadcaster_s_op_ed_its_presenting_line_its_share_heading_and_its_writer_s_card() -> None:
    roles = roles_of(
        "South Korea doesn't need its own bomb. It needs a promise it can believe",
        "By Ha-eun Choi and Rafael Ortega | for DBC News\nPosted: Feb 11, 2023 4:00 AM EST",
        "Social Sharing",
        "This column is an opinion by Ha-eun Choi, an associate professor of political science at the University of Manitoba, and"
        " Rafael Ortega, a former Canadian diplomat who served in Seoul and Beijing.",
        *[ARGUMENT] * 6,
        "DIMINISHING LEVERAGE",
        ARGUMENT,
        ARGUMENT,
        "Rafael Ortega\nSeoul-based journalist covering the two Koreas",
    )
    assert roles[2:4] == ["boilerplate", "introduction"] and roles[10] == "subtitle" and roles[-1] == "author_bio"
    assert roles[11:13] == ["body", "body"]


def test_voices_of_asia_in_two_languages_over_the_headline_is_its_label() -> None:
    from korea_cli.looks import is_label, is_navigation

    assert is_label("Voces de Asia / Asian Voices", "After the Nuclear Law: Rethinking a Peace Regime for Korea in an Age of Rivalry")
    assert is_navigation("Inicio · Análisis · Entrevistas · Publicaciones · Quiénes somos · ES | EN")


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        (
            "Agradecimientos / Acknowledgements\nThis article is part of the research project PAPIIT IN302119, funded by the Dirección"
            " General de Asuntos del Personal Académico, UNAM.",
            "credit",
        ),
        (
            "The Coral Sea Strategic Forum is an independent, non-partisan think tank. It does not take institutional positions; the"
            " views expressed in this report are those of the authors alone.",
            "disclaimer",
        ),
        ("The conversation was recorded on 27 November 2023. The transcript has been edited for clarity and length.", "editors_note"),
    ],
)
def test_a_report_s_and_a_podcast_s_notes(paragraph: str, role: str) -> None:
    parts = ["After Hanoi", "By Sang-hyun Lee and Trần Minh Khoa", ARGUMENT, ARGUMENT, ARGUMENT, paragraph]
    assert roles_of(*parts)[5] == role


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("Institute for Security & Development Policy - Issue Brief, October 12, 2018 - 2", "boilerplate"),  # a PDF page's foot
        ("Zhou Wenhao speaks at a forum on Northeast Asian security in Seoul in November 2019. Courtesy of Zhou Wenhao", "caption"),
    ],
)
def test_a_pdf_page_s_foot_and_a_caption_with_its_courtesy_between_the_parts(paragraph: str, role: str) -> None:
    roles = roles_of("From Armistice to Peace Regime", "By Sang-soo Lee", ARGUMENT, paragraph, "Keeping the tracks apart", ARGUMENT)
    assert roles[2:] == ["body", role, "subtitle", "body"]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("Hanbit Institute for Peace Strategy · 37 Samcheong-ro, Jongno-gu, Seoul · © 2024 HIPS. All rights reserved.", "boilerplate"),
        ("Share Facebook Twitter LinkedIn Email Print Gift this article", "boilerplate"),
        (
            "ALSO THIS WEEK\n→ Manila and Tokyo edge closer to a reciprocal access agreement\n→ Podcast: What Indonesia's election means for ASEAN",
            "boilerplate",
        ),
        (
            "Written by Lan Anh Nguyen\n1.3K Followers\nPhD candidate in international relations at the Diplomatic Academy of Vietnam. I write"
            " about Vietnam and the Koreas. Views my own.",
            "author_bio",
        ),  # Medium's box under the post
        ("Get an email whenever Lan Anh Nguyen publishes.\nSubscribe", "boilerplate"),
        (
            "Notes: (1) The draft was circulated by China and Russia in the Security Council on 16 December 2019. (2) See the final reports of"
            " the Panel of Experts, in particular S/2019/171.",
            "notes",
        ),
        (
            "This research was supported by a grant from the Korea Foundation (KF-2018-CISS-02). The authors declare no conflicts of interest.",
            "disclaimer",
        ),
    ],
)
def test_a_page_s_foot_in_its_everyday_shapes(paragraph: str, role: str) -> None:
    parts = ["After Hanoi", "By Sang-hyun Lee and Trần Minh Khoa", ARGUMENT, ARGUMENT, ARGUMENT, paragraph]
    assert roles_of(*parts)[5] == role


def test_also_this_week_alone_heads_the_newsletter_s_own_text() -> None:
    roles = roles_of(
        "The Ridgeline",
        "By Hannah Whitcombe",
        ARGUMENT,
        ARGUMENT,
        "Also this week",
        "KCNA has been notably restrained since the summit, with no commentary on the statement as of Sunday night. We read this as"
        " Pyongyang waiting to see whether the reference turns into anything tangible.",
    )
    assert roles[4:] == ["subtitle", "body"]


def test_headers_that_put_the_writer_last_or_over_the_headline() -> None:
    """A standfirst under the title when the writer signs only at the end; a headline in two sentences under 'Name | date' (and
    the site's name over its menu), over the photo's caption; a caption credited 'Yonhap / … photo desk' under the byline."""
    roles = roles_of(
        "Great-Power Rivalry Is Now the Main Obstacle to Peace on the Peninsula",
        "The U.S.–China confrontation has turned the North Korea question from a nonproliferation problem into a piece of a larger"
        " contest. Seoul needs a strategy that takes this into account.",
        f"{ARGUMENT} {ARGUMENT}",
        ARGUMENT,
        ARGUMENT,
        "CHUN Chae-sung\nProfessor, Department of Political Science and International Relations, Seoul National University",
    )
    assert roles[:3] == ["title", "subtitle", "body"]
    roles = roles_of(
        "CAASD — Centre for Afro-Asian Strategic Dialogue\nHome | Programmes | Insights | Events | People | Donate",
        "Insights › Asia Programme",
        "Sang-hyun Lee | 10 October 2022",
        "Africa is the weak link in North Korea sanctions. It need not be.",
        "The African Renaissance Monument in Dakar, Senegal, built by North Korea’s Mansudae Overseas Projects. (Photo: Wikimedia Commons)",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[2:6] == ["byline", "title", "caption", "body"]
    roles = roles_of(
        "Hanoi was not the end",
        "By Chaesung Chun\nSeoul, March 4, 2019",
        "President Donald Trump and North Korean leader Kim Jong Un walk in the garden of the Sofitel Legend Metropole hotel in Hanoi,"
        " Feb. 28, 2019. Yonhap / Korea Chronicle photo desk",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[1:] == ["byline", "caption", "body", "body"]


def test_the_publisher_presenting_a_statement_is_no_signatory_s_argument() -> None:
    roles = roles_of(
        "Seventy Years After the Armistice: A Call for a Peace Process on the Korean Peninsula",
        "Strasbourg, 27 July 2023",
        "The statement below was drafted by a group of European scholars of Korean affairs at a workshop hosted by the Foundation in"
        " Strasbourg in June 2023. We publish it as received. The signatories speak in their personal capacities.",
        ARGUMENT,
        ARGUMENT,
        "Signed,\nDr. Anna Keller, University of Basel\nProf. Jean Moreau, Sciences Po",
    )
    assert roles[2:5] == ["introduction", "body", "body"]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("Former Ambassador Hiroshi Kanazawa at his home in Yokohama on Aug. 9 (Yuki Morita)", "caption"),
        (
            "A television screen at Seoul Station shows a news broadcast of a North Korean missile launch on March 9. Ahn Young-joon/The Associated Press",
            "caption",
        ),
        ("Two hands exchanging a key across a divided table: an illustration of mutual inspection. Illustration by Tomás Herrera.", "caption"),
        (
            "President Donald Trump and North Korean leader Kim Jong Un walk in the garden of the Metropole hotel in Hanoi, Feb. 28, 2019."
            " Yonhap / Korea Chronicle photo desk",
            "caption",
        ),
        ("Open this photo in gallery:", "boilerplate"),
        (
            "President Moon Jae-in and North Korean leader Kim Jong-un raise their joined hands at the summit of Mount Paektu on Thursday."
            " / Pyongyang Press Corps",
            "caption",
        ),
    ],
)
def test_captions_and_their_credits_under_the_byline(paragraph: str, role: str) -> None:
    roles = roles_of("Hanoi was not the end", "By Chaesung Chun\nSeoul, March 4, 2019", paragraph, ARGUMENT, ARGUMENT)
    assert roles[2:] == [role, "body", "body"]


def test_headers_a_reader_view_and_a_markdown_note_keep() -> None:
    """'dominionledger.ca' over the headline is the site's; '**Chae-sung Chun** | *Nippon Strategic Review* | November 2,
    2021' the writer, the outlet in italics and the day; 'MARITIME SECURITY / KOREAN PENINSULA' a section's label, no
    artist's credit."""
    roles = roles_of("dominionledger.ca", "Canada can’t keep treating North Korea as somebody else’s problem", "By Priya Raman", ARGUMENT, ARGUMENT)
    assert roles[:2] == ["boilerplate", "title"]
    reading = detect.read(
        [
            "# The End-of-War Declaration and the Limits of Sequencing",
            "> Seoul wants a symbolic first step. The trouble is that the order of the steps was never the real problem.",
            "**Chae-sung Chun** | *Nippon Strategic Review* | November 2, 2021",
            f"{ARGUMENT} {ARGUMENT}",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:4] == ["title", "subtitle", "byline", "body"] and reading.date == ("2021-11-02", "November 2, 2021")
    assert [person.name for person in reading.people] == ["Chae-sung Chun"]
    roles = roles_of("MARITIME SECURITY / KOREAN PENINSULA", "Sanctions at sea are leaking", "By Rear Adm. Kenji Matsuda", ARGUMENT, ARGUMENT)
    assert roles[:3] == ["label", "title", "byline"]


def test_a_brief_s_pages_copied_from_a_pdf() -> None:
    """A numbered recommendation a page break cut short ('3. Financial intelligence units should receive the Panel's lists of
    front') is the list's next item, no heading; 'Chun Chae-sung | From Armistice to Peace Regime', the page's head; a table's
    'Source: …' line, its caption's; 'Related Issue Briefs' over their titles, the page's."""
    roles = roles_of(
        "From Armistice to Peace Regime: What an End-of-War Declaration Can Do",
        "By Chun Chae-sung",
        ARGUMENT,
        "Recommendations",
        "1. The African Union should establish a small technical facility, funded by willing partners, to help member states draft"
        " and submit implementation reports.",
        "2. Regional economic communities should add DPRK-related red flags to their customs training programmes, with a focus on dual-use goods.",
        "3. Financial intelligence units should receive the Panel's lists of front",
        "Chun Chae-sung | From Armistice to Peace Regime",
        "companies and vessels in a usable format, and share them with domestic banks.",
        "Table 1: Selected indicators of sanctions evasion reported to the Security Council, 2019–2021",
        "Source: Final reports of the UN Panel of Experts (S/2020/151, S/2021/211); authors’ tabulation. Estimates for 2021 are partial.",
        ARGUMENT,
        "Related Issue Briefs\nThe Quad and the Korean Peninsula: A Missing Agenda?\nIndia’s Quiet Diplomacy in Pyongyang, 1973–2020",
    )
    assert roles[3:] == ["subtitle", "body", "body", "body", "boilerplate", "body", "caption", "caption", "body", "boilerplate"]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        (
            "This Insight was produced with funding from the Korea Foundation as part of the Korean Peninsula Dialogue Series. The funder"
            " had no role in its content. The views expressed are those of the authors alone.",
            "disclaimer",
        ),
        ("Palabras clave / Keywords: North Korea; sanctions; economic reform; Đổi Mới; Cuba; denuclearization", "boilerplate"),
        (
            "Sobre la autora / About the author: Martina Fuentes Aravena holds a PhD in international studies from Seoul National"
            " University and is Assistant Professor at IDEAP.",
            "author_bio",
        ),
    ],
)
def test_a_working_paper_s_foot_in_two_languages(paragraph: str, role: str) -> None:
    parts = ["Sanctions, Reform and the ‘Vietnam Model’", "By Martina Fuentes Aravena", ARGUMENT, ARGUMENT, ARGUMENT, "References"]
    parts += ["Haggard, S., & Noland, M. (2017). Hard Target. Stanford, CA: Stanford University Press.", paragraph]
    assert roles_of(*parts)[7] == role


def test_a_newsletter_s_editor_hands_over_to_a_guest_essay() -> None:
    """'Good morning. This week's guest essay is by Dr. Ananya Raghavan, …' over 'GUEST ESSAY', the title and 'By Dr. Ananya
    Raghavan, …': the editor's introduction, the essay's label, and the guest's essay."""
    roles = roles_of(
        "THE 38TH PARALLEL BRIEF\nNews and analysis on the two Koreas, every Monday",
        "Monday, March 3, 2025",
        "Good morning. This week's guest essay is by Dr. Ananya Raghavan, an associate professor of international relations at the"
        " Kalinga Institute for Strategic Affairs, who has spent the past decade writing about India's ties with both Koreas. Most of"
        " you will know that India is one of a handful of countries that kept an embassy in Pyongyang.",
        "GUEST ESSAY",
        "India never really left Pyongyang. It is time New Delhi used that",
        "By Dr. Ananya Raghavan, Associate Professor of International Relations, Kalinga Institute for Strategic Affairs",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[2:6] == ["introduction", "label", "title", "byline"]


def test_a_column_s_name_beside_its_writer_and_a_letters_page() -> None:
    roles = roles_of(
        "The Canberra Ledger\nPolitics   World   Business   Opinion   Culture   Sport   |   Subscribe   Log in",
        "PENINSULA WATCH | Fiona Tremayne",
        "The North Korea sanctions regime now runs on an honour system. Canberra should say so",
        ARGUMENT,
        ARGUMENT,
        "Fiona Tremayne is a former Australian diplomat who writes Peninsula Watch every fortnight.",
    )
    assert roles[1:4] == ["byline", "title", "body"]
    roles = roles_of(
        "THE WESSEX CHRONICLE",
        "Letters to the Editor",
        "Engaging North Korea does not mean rewarding it",
        f"Sir, {ARGUMENT}",
        ARGUMENT,
        "ALISTAIR PENGELLY\nLaunceston, Cornwall",
        "More letters\nBus cuts will leave rural Dorset stranded\nThe Salisbury bypass: a reply",
    )
    assert roles[1:3] == ["label", "title"] and roles[-1] == "boilerplate"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Keep reading\n• Japan’s defence transformation: a European reading\n• China and the Korean Peninsula after Ukraine",
        "Hanoi Forum for Regional Affairs | 15 Phan Chu Trinh, Hoàn Kiếm, Hà Nội | hfra.org.vn\nCommentaries are circulated for discussion."
        " Reproduction with attribution is permitted.",
    ],
)
def test_more_of_a_page_s_foot(paragraph: str) -> None:
    parts = ["After Hanoi", "By Sang-hyun Lee and Trần Minh Khoa", ARGUMENT, ARGUMENT, ARGUMENT, paragraph]
    assert roles_of(*parts)[5] == "boilerplate"


@pytest.mark.parametrize(
    "paragraph",
    [
        "This publication is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License (CC BY-NC 4.0).",
        "Min-ji Oh\nFeb 12\nAgree on the working-level point, but isn’t a bad summit still better than no contact at all?\nReply",
    ],
)
def test_a_licence_and_a_reader_s_comment_under_a_post(paragraph: str) -> None:
    parts = ["Summits are not a strategy", "By Sang-hyun Lee", ARGUMENT, ARGUMENT, ARGUMENT, paragraph]
    assert roles_of(*parts)[5] == "boilerplate"


def test_a_pdf_s_title_wrapped_on_its_cover_comes_back_as_its_pages_head() -> None:
    """'After Stockholm: Why the Working-Level' / 'Channel Must Stay Open' on the cover, then again over a page: the title on
    the cover, the page's running head after the argument has begun."""
    reading = detect.read(
        [
            "Institute for Security & Development Policy",
            "ISSUE BRIEF",
            "October 2019",
            "After Stockholm: Why the Working-Level\nChannel Must Stay Open",
            "Sang-soo Lee and Mats Engman",
            "Introduction",
            ARGUMENT,
            ARGUMENT,
            "What Went Wrong at Elfvik",
            ARGUMENT,
            "ISDP Issue Brief – October 2019                                            1",
            "After Stockholm: Why the Working-Level Channel Must Stay Open",
            ARGUMENT,
            "Interim Steps Worth Taking",
            ARGUMENT,
        ]
    )
    assert reading.roles[3] == "title" and reading.roles[11] == "boilerplate" and reading.roles[13] == "subtitle"
    assert {reading.people[n].name for n in reading.signers[14]} == {"Sang-soo Lee", "Mats Engman"}


@pytest.mark.parametrize(
    "furniture",
    [
        "Opinions published in this section are the sole responsibility of their authors.",
        "Which side convinced you? Join the debate on Twitter with #BFASdebate or write to us at debate@bfas-berlin.example.",
        "A+ A- Print Mail Share",
    ],
)
def test_a_section_s_disclaimer_a_call_to_debate_and_a_row_of_buttons_are_no_argument(furniture: str) -> None:
    roles = roles_of("Seoul cannot outsource peace", "By Martina Echeverría", ARGUMENT, ARGUMENT, furniture)
    assert roles[4] in ("disclaimer", "boilerplate")


def test_a_reading_list_under_its_heading_in_one_paragraph_and_a_bio_of_what_the_writer_covers() -> None:
    roles = roles_of(
        "The end-of-war declaration, revisited",
        "By Nguyễn Thu Hằng",
        ARGUMENT,
        ARGUMENT,
        "Further reading",
        "Kim Yo Jong, “Statement,” KCNA, 24 September 2021.\n"
        "Oh Tae-hyung, “Ending a War That Never Ended,” The Southern Peninsula, 12 March 2021.\n"
        "Christopher Sandler, Peace Without a Treaty: The Korean Armistice at Seventy (Melbourne: Arden Press, 2020).",
        "Nguyễn Thu Hằng covers diplomacy and security for Mekong Strategic Review from Hanoi.",
    )
    assert roles[4:] == ["notes", "notes", "author_bio"]


def test_a_brief_s_imprint_its_numbered_heading_over_a_page_footer_and_its_wrapped_bio() -> None:
    """'Published in September 2021 by …' / '© SACDS 2021. …' / 'ISBN …' is the imprint; '2. What has been lost' over a page's
    footer is the heading numbered between '1. …' and '3. …', no footnote; a bio's wrapped line with a full stop in it is
    no menu."""
    roles = roles_of(
        "After the Comprehensive Military Agreement",
        "Thandiwe Mokoena and Lee Sang-hoon",
        "Published in September 2021 by the Southern African Centre for Disarmament Studies.\n"
        "© SACDS 2021. All rights reserved. Material may not be reproduced without permission.\nISBN: 978-1-928332-87-4",
        "1. Introduction",
        ARGUMENT,
        "2. What has been lost",
        "Binnenhof Institute | Policy Brief 03/2024                                    2",
        ARGUMENT,
        "3. The role of neutral actors",
        ARGUMENT,
        "About the Authors\nThandiwe Mokoena is Professor in the Department of Political Science and International\n"
        "Relations at Seoul National University. His research covers international relations\ntheory and security in East Asia.",
    )
    assert roles[2] == "boilerplate" and roles[5] == "subtitle" and roles[6] == "boilerplate"
    assert roles[10] == "author_bio"


def test_a_page_s_head_with_its_number_a_column_apart_over_the_series_line() -> None:
    """'2<tab>Hangang Institute for Peace and Order' over 'Issue Briefing No. 2022-11', the series line the next page repeats
    with its number: the page's head, no footnote numbered 2."""
    roles = roles_of(
        "HANGANG INSTITUTE FOR PEACE AND ORDER",
        "Issue Briefing No. 2022-11",
        "After Hanoi, After Ukraine: Rethinking the Sequencing of Denuclearization",
        "CHUN Chaesung\nProfessor, Department of Political Science and International Relations,\nSeoul National University",
        "November 2022",
        "I. Introduction",
        ARGUMENT,
        ARGUMENT,
        "2\tHangang Institute for Peace and Order\nIssue Briefing No. 2022-11",  # a wide gap, as ingest keeps it
        "II. Why Sequencing Failed",
        ARGUMENT,
        "1 Korean Central News Agency, “Law on DPRK’s Policy on Nuclear Forces Promulgated,” September 9, 2022.",
        "Issue Briefing No. 2022-11\t3",
        ARGUMENT,
    )
    assert roles[8] == roles[12] == "boilerplate" and roles[11] == "notes"


@pytest.mark.parametrize(
    "disclaimer",
    [
        "This report is the product of research conducted by the author. Its contents do not represent the official views of TIMSA.",
        "About Strategic Insights\nStrategic Insights are shorter studies intended to provide expert perspectives on topical policy issues."
        " They reflect the personal views of the author(s), and do not in any way express or reflect the views of the Government.",
    ],
)
def test_what_a_report_s_contents_do_not_represent_is_its_disclaimer(disclaimer: str) -> None:
    roles = roles_of(
        "Watching the waters",
        "By Nguyen Minh Chau",
        ARGUMENT,
        ARGUMENT,
        "About the author\nNguyen Minh Chau is a senior analyst at the Southern Cross Strategic Policy Centre.",
        disclaimer,
    )
    assert roles[5] == "disclaimer"


@pytest.mark.parametrize(
    "furniture",
    [
        "Теги: #КНДР #ядерноеоружие #Семей #нераспространение",  # Russian: 'tags'
        "اقرأ أيضا سلطنة عُمان تستضيف جولة جديدة من المحادثات",  # Arabic: 'read also'
        "Receba a newsletter do Diário do Planalto no seu e-mail\n[ Cadastre-se ]",  # Portuguese: 'get the newsletter', 'sign up'
        "Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community"
        " guidelines for posting your comments.",
    ],
)
def test_a_page_s_furniture_in_its_own_language(furniture: str) -> None:
    roles = roles_of("Quiet mediation from Muscat", "By Salim al-Harthy", ARGUMENT, ARGUMENT, furniture)
    assert roles[4] == "boilerplate"


@pytest.mark.parametrize(
    "furniture",
    [
        "글자크기 가 가 | 공유하기 |",  # Korean: 'font size', 'share'
        "字号：大 中 小 | 分享到：微信 微博",  # Chinese: 'font size', 'share to'
        "Teilen: Facebook LinkedIn X E-Mail Drucken",  # German: 'share', 'print'
        "관련기사\n[Editorial] Don't rush the end-of-war declaration\nU.S. open to exploring end-of-war declaration, Sullivan says",  # 'related articles'
        "Dieser Beitrag steht unter der Lizenz CC BY-NC-ND 4.0.",  # German: a licence
        "¿Te gustó esta nota? Suscribite a nuestro boletín semanal.",  # Spanish: a newsletter's prompt
        "Most Read World 1. Ukraine war: talks stall 2. Markets slide 3. Storm hits coast",  # ranked headlines
        "CIPS Commentaries are published to stimulate debate on strategic issues in the Indo-Pacific. They may be reproduced with"
        " prior permission.",  # a series' standing line
    ],
)
def test_more_furniture_in_the_site_s_own_language_and_in_english(furniture: str) -> None:
    roles = roles_of("Quiet mediation from Muscat", "By Salim al-Harthy", ARGUMENT, ARGUMENT, furniture)
    assert roles[4] == "boilerplate"


@pytest.mark.parametrize(
    "disclaimer",
    [
        "※ 본 칼럼은 필자 개인의 의견이며 본지의 편집 방향과 다를 수 있습니다.",  # Korean: 'this column is the writer's own opinion'
        "Die in diesem Beitrag geäußerten Ansichten sind die der Autoren und nicht notwendigerweise die des Instituts.",  # German
    ],
)
def test_a_disclaimer_in_the_site_s_own_language(disclaimer: str) -> None:
    roles = roles_of("The end of the war, declared", "By Lee Sang-hoon", ARGUMENT, ARGUMENT, disclaimer)
    assert roles[4] == "disclaimer"


def test_german_headings_over_the_notes_and_the_bios() -> None:
    roles = roles_of(
        "Abschreckung ist keine Strategie",
        "Sang-soo Lee und Niklas Swanstrom",
        ARGUMENT,
        ARGUMENT,
        "Anmerkungen",
        "[1] Ministry of Unification, White Paper on Korean Unification 2023 (Seoul, 2023), p. 14.",
        "Über die Autoren",
        "Dr. Sang-soo Lee ist Senior Research Fellow am Institute for Security and Development Policy in Stockholm.",
    )
    assert roles[4:] == ["notes", "notes", "author_bio", "author_bio"]


@pytest.mark.parametrize(
    "caption",
    [
        "President Moon Jae-in addresses the 76th session of the U.N. General Assembly in New York on Sept. 21. [사진 청와대 제공]",
        "2月28日，朝美领导人第二次会晤在越南河内举行。（东方观察记者 陈浩 摄）",
        "El general retirado Mats Engman durante un seminario en Estocolmo. (Foto: gentileza ISDP)",
        "Figure 3.1: Known and suspected fissile-material facilities in North Korea.\nSource: SCISA analysis of commercial satellite imagery.",
    ],
)
def test_captions_credited_as_papers_in_other_languages_credit_them(caption: str) -> None:
    roles = roles_of("The end of the war, declared", "By Lee Sang-hoon", ARGUMENT, caption, ARGUMENT)
    assert roles[3] == "caption"


def test_a_blog_platform_s_headline_its_writer_with_a_follow_button_and_its_recommendations() -> None:
    roles = roles_of(
        "Quill\nOpen in app\nSign up    Sign in\nWrite",
        "Flying surveillance over the East China Sea won’t fix North Korea. Do it anyway.",
        "Why Australia’s quiet sanctions patrols matter — and why they are nowhere near enough",
        "Callum Fraser\nFollow\nPublished in Southern Latitudes · 8 min read · 3 hours ago",
        ARGUMENT,
        ARGUMENT,
        "Recommended from Quill\nThe Korean War never ended. Here’s what that means in 2024.\nI read every North Korean missile launch report",
    )
    assert roles[1:4] == ["title", "subtitle", "byline"] and roles[6] == "boilerplate"


def test_a_column_signed_with_its_writer_s_post_over_the_page_s_related_stories() -> None:
    roles = roles_of(
        "A buffer zone is worth more than a point of pride",
        "Posted on : Nov.23,2023 17:06 KST",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
        "Ahn Kyung-soo, editorial writer",
        "Related stories\nN. Korea says it will restore all military measures halted under 2018 pact\nSeoul suspends part of inter-Korean"
        " military accord after North's satellite launch\nDefense ministry says border guard posts are being rebuilt along the DMZ\n"
        "Opposition calls for restoring the 2018 agreement in full, citing risk of clashes",
    )
    assert roles[2:6] == ["body", "body", "body", "byline"]


def test_a_bio_under_its_heading_in_the_site_s_script_and_a_part_s_heading() -> None:
    """'필자 소개 전재성 서울대학교 …' ('about the writer') and '受访者简介：…' ('about the interviewee') under the text: bios,
    however their names are written; 'Part 2: …' over an interview's second half is its heading, no link to a series."""
    roles = roles_of(
        "The end of the war, declared",
        "By Chun Chae-sung",
        ARGUMENT,
        "Part 2: Seoul's role and the road ahead",
        ARGUMENT,
        "필자 소개 전재성 서울대학교 정치외교학부 교수.",
    )
    assert roles[3] == "subtitle" and roles[5] == "author_bio"


@pytest.mark.parametrize(
    "line",
    [
        "印刷する | ツイート | シェア |",  # Japanese: 'print', 'tweet', 'share'
        "Este contenido se publica bajo licencia Creative Commons BY-NC-ND 4.0.",  # Spanish: a licence
        "Comentarios (0) Deja un comentario. Tu dirección de correo electrónico no será publicada.",  # Spanish: the comments box
        "Самое читаемое\n1. Итоги Восточного экономического форума\n2. Рубль укрепился",  # Russian: 'most read'
    ],
)
def test_still_more_furniture_in_the_site_s_own_language(line: str) -> None:
    roles = roles_of("Quiet mediation from Muscat", "By Salim al-Harthy", ARGUMENT, ARGUMENT, line)
    assert roles[4] == "boilerplate"


@pytest.mark.parametrize(
    "disclaimer",
    [
        "※ 외부 필자의 칼럼은 본지의 편집 방향과 다를 수 있습니다.",  # Korean: 'an outside writer's column may differ from the paper's'
        "（本文仅代表受访者个人观点，不代表本网立场。）",  # Chinese: 'the interviewee's own view'
        "Os artigos assinados não traduzem necessariamente a opinião do jornal.",  # Portuguese
        "Peninsula Perspectives presents the views of individual authors and does not represent the positions of Hartwell University.",
        "Мнение авторов может не совпадать с позицией редакции.",  # Russian
    ],
)
def test_more_disclaimers_in_the_site_s_own_language(disclaimer: str) -> None:
    roles = roles_of("The end of the war, declared", "By Lee Sang-hoon", ARGUMENT, ARGUMENT, disclaimer)
    assert roles[4] == "disclaimer"


def test_key_findings_alone_over_three_paragraphs_then_the_argument() -> None:
    """'Key Findings' alone over three short paragraphs, then 'I. Introduction' and the paper: the findings are the
    publisher's summary, nobody's argument, as an 'Executive Summary' over a paragraph or two is."""
    short = "North Korea launched roughly 70 ballistic missiles in 2022, about three times its previous annual record, and it will go on."
    roles = roles_of(
        "Early Warning after the Missile Surge",
        "ISHIZUKA Haruka\nSenior Fellow, Japan Forum for National Security Affairs",
        "January 2023",
        "Key Findings",
        short,
        short,
        short,
        "I. Introduction",
        ARGUMENT,
        ARGUMENT,
        "II. The warning gap",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[4:7] == ["introduction"] * 3 and roles[8] == "body"


def test_a_pull_quote_in_other_words_between_a_section_s_paragraphs() -> None:
    """One quotation and nothing else, after a sentence that ends, saying again in other words what the paragraphs round it
    argue: a pull quote set by the page (a quotation a colon brings in, or with its speaker inside it, is none)."""
    before = (
        "The debate about an end-of-war declaration has been framed too narrowly. A political declaration would not replace the"
        " Armistice Agreement, would not dissolve the United Nations Command and would not change anything on the ground."
    )
    after = (
        "The risk is that the declaration becomes an end in itself. Its value lies entirely in what follows: a process that"
        " Pyongyang can see opening, with military talks on the ground and a declaration that ends the war in name first."
    )
    roles = roles_of(
        "Is an end-of-war declaration still worth pursuing?",
        "By Niklas Swanström",
        ARGUMENT,
        before,
        "“A declaration that ends nothing on the ground will change nothing in Pyongyang — but one that opens a process could.”",
        after,
        ARGUMENT,
    )
    assert roles[4] == "boilerplate" and roles[3] == roles[5] == "body"
    quoted = roles_of(
        "Is an end-of-war declaration still worth pursuing?",
        "By Niklas Swanström",
        ARGUMENT,
        before.replace("anything on the ground.", "anything on the ground. As the minister put it:"),
        "“A declaration that ends nothing on the ground will change nothing in Pyongyang — but one that opens a process could.”",
        after,
    )
    assert quoted[4] == "body"  # brought in by a colon: the writer quoting someone


def test_where_and_when_an_event_was_held_is_its_date_line() -> None:
    roles = roles_of(
        "AFTER HANOI: IS THERE A PATH BACK TO THE TABLE?",
        "Hwabaek International Convention Center\nGyeongju, Republic of Korea\nThursday, June 27, 2019",
        "By Mats Engman",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:2] == ["title", "dateline"]


def test_a_show_s_name_over_a_headline_that_opens_with_a_quotation() -> None:
    roles = roles_of(
        "Southern Cross Radio | Listen Live | Programs | Podcasts | Schedule",
        "The Indo-Pacific Hour",
        "'A new strategic weapon': what Kim Jong Un's New Year warning means",
        "Broadcast: Sunday 12 January 2020, 5:30pm",
        "Guest: Major General (retd) Mats Engman\nDistinguished Fellow, Institute for Security and Development Policy, Stockholm",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[1:3] == ["label", "title"]


def test_a_heading_over_a_sentence_that_brings_in_a_list() -> None:
    roles = roles_of(
        "The alliance is not a lease",
        "By Tomas Reyes",
        ARGUMENT,
        ARGUMENT,
        "What Seoul should offer instead",
        "So what should Seoul bring to the table? Three things, none of them primarily about cash:",
        "1. A multi-year commitment to co-develop missile defence.\n2. A larger share of the alliance's planning.\n3. Basing rights.",
        ARGUMENT,
    )
    assert roles[4] == "subtitle"


@pytest.mark.parametrize(
    ("greeting", "role"),
    [
        (
            "Hello from a steamy, typhoon-season Seoul, and a special welcome to the nearly 300 of you who signed up after last week’s"
            " issue on the drills — this newsletter now reaches more than 6,000 readers in 40 countries, which still amazes me. A"
            " reminder that I write the Dispatch in my own time and that the views are mine alone.",
            "introduction",
        ),
        (
            "Hello again from Washington, where the week began with the images everyone has now seen: a president stepping over the"
            " curb at Panmunjom. I have spent two days reading the readouts. Here is my attempt to separate the handshake from the hangover.",
            "body",
        ),  # the letter's own news, after a greeting: the writer's
    ],
)
def test_a_newsletter_s_hello_from_a_city_welcomes_its_readers(greeting: str, role: str) -> None:
    roles = roles_of(
        "View this email in your browser",
        "THE PANMUNJOM DISPATCH\nIssue #112",
        "Corn cake and cold shoulders: why the “audacious initiative” was dead on arrival",
        "By Marcus Reinholt",
        "Seoul · Thursday, 25 August 2022",
        greeting,
        "The big picture",
        *[ARGUMENT] * 5,
    )
    assert roles[5] == role


def test_a_bio_with_the_writer_s_e_mail_after_the_name() -> None:
    reading = detect.read(
        [
            "Seoul and Washington finally agree on North Korea",
            "By Daniel Ortiz-Baek",
            ARGUMENT,
            ARGUMENT,
            "Daniel Ortiz-Baek (dortiz@psforum.org) is a resident fellow at the Pacific Strategy Forum in Honolulu.",
        ]
    )
    assert reading.roles[4] == "author_bio" and reading.people[0].affiliation == "resident fellow at the Pacific Strategy Forum in Honolulu"


def test_a_newsletter_s_masthead_and_issue_over_the_greeting_then_the_essay_s_headline() -> None:
    roles = roles_of(
        "View this email in your browser",
        "THE PENINSULA DISPATCH",
        "Issue #87 -- Thursday, November 9, 2023",
        "Hi all -- welcome back, and a special hello to the many new subscribers who found us after last month's panel in Seoul.",
        "The nuclear debate Seoul can't afford to lose -- and how Washington can help",
        "By Rachel Osei, with Kang Min-ho",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[1:6] == ["label", "dateline", "introduction", "title", "byline"]


def test_a_report_s_chapter_its_number_its_lead_and_contributing_authors_and_a_figure_in_brackets() -> None:
    reading = detect.read(
        [
            "CHAPTER 4",
            "From Armistice to Peace: What the\nNeutral Nations Supervisory Commission\nCan Teach a Future Peace Regime",
            "Lead author: Maj. Gen. (ret.) Mats Engman\nContributing authors: Linnea Bergqvist and Yoon Se-ra",
            ARGUMENT,
            "[Figure 4.1 Number of reported armistice violations investigated with NNSC participation, 2000-2020. Source: NNSC\n"
            "annual reports; authors' compilation.]",
            ARGUMENT,
        ]
    )
    assert reading.roles == ["label", "title", "byline", "body", "caption", "body"]
    assert [person.name for person in reading.people] == ["Mats Engman", "Linnea Bergqvist", "Yoon Se-ra"]


def test_an_episode_s_timed_chapters_are_furniture_not_its_introduction() -> None:
    roles = roles_of(
        "Sanctions after the Panel",
        "Guest: Ethan Sadowski, former member of the UN Panel of Experts",
        "In this episode:\n00:00 Intro\n02:15 What the Panel of Experts actually does\n09:40 Oil, coal and the ship-to-ship game",
        "Jess: Welcome back. What did the panel actually do?",
        f"Ethan Sadowski: More than people think. {ARGUMENT}",
        "Jess: And now that it is gone?",
        f"Ethan Sadowski: Now nobody is looking. {ARGUMENT}",
    )
    assert roles[2] == "boilerplate"


def test_a_pull_quote_under_which_the_next_writer_s_name_and_heading_stand() -> None:
    """A roundtable's pull quote at the end of one section, over the next writer's name and post and his section's heading:
    the page's, not the argument (its words stand in the paragraph above)."""
    roles = roles_of(
        "After the Summit: Three Views",
        "Sangsoo Lee\nSenior Research Fellow, ISDP",
        ARGUMENT,
        ARGUMENT,
        "Europe also has a role. Sweden, which has hosted informal meetings between the two sides, can offer neutral venues and"
        " technical expertise. Trust will not come from Washington and Seoul alone; it needs a wider circle of actors.",
        "“Trust will not come from Washington and Seoul alone.”",
        "Lee Sang-hyun\nSenior Fellow, Sejong Institute",
        "The view from Seoul",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[5] == "boilerplate"


def test_a_page_s_topics_a_line_each_under_their_heading_in_a_file_of_lines() -> None:
    roles = roles_of(
        "The military pact deserves a second life",
        "By Rupert Hale",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
        "Rupert Hale is a former British diplomat who served in Seoul and Pyongyang",
        "Share on Facebook",
        "Explore more on these topics",
        "North Korea",
        "South Korea",
        "Asia Pacific",
        "Reuse this content",
    )
    assert roles[7:] == ["boilerplate"] * 5


def test_a_dek_under_the_title_of_a_page_whose_writers_only_its_bios_name() -> None:
    roles = roles_of(
        "Verify First, Bargain Later: Designing Inspections for North Korea Before the Talks Resume",
        "The next negotiation with Pyongyang will not fail for lack of summits. It will fail, as past ones did, over what inspectors can see and when.",
        "Download PDF  |  Print  |  Share",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
        "About the authors\nRichard A. Elling is a senior fellow at the Hollis Institute. Priya Raghunathan is a research fellow at the Hollis Institute.",
    )
    assert roles[1] == "subtitle" and roles[3] == "body"


def test_a_line_by_the_outlet_s_editors_credits_them() -> None:
    roles = roles_of(
        "Korea Pulse",
        "“Two states is Pyongyang’s answer to a question Seoul stopped asking”",
        "By Korea Pulse Editors",
        "March 3, 2024 · 9 min read",
        "Korea Pulse: What changed in Pyongyang's language this year?",
        f"Sangsoo Lee: {ARGUMENT}",
        "Korea Pulse: And what should Seoul do?",
        f"Sangsoo Lee: {ARGUMENT}",
    )
    assert roles[2] == "credit"


def test_a_newsletter_a_line_a_paragraph_its_masthead_with_the_issue_number_and_a_greeting_in_spanish() -> None:
    roles = roles_of(
        "View this email in your browser | Forward to a friend",
        "THE PARALLEL · Issue No. 118",
        "Friday, November 24, 2023",
        "Hola, and welcome back to The Parallel. A special hello to the more than two hundred of you who signed up after last"
        " month’s panel – this week, instead of the usual roundup, one longer argument. As always, hit reply.",
        "The agreement nobody will miss – until they do",
        "By Mariana Castillo Ortega",
        *[ARGUMENT] * 6,
    )
    assert roles[1:6] == ["label", "dateline", "introduction", "title", "byline"]


def test_two_writers_the_day_and_the_reading_time_on_one_line() -> None:
    reading = detect.read(
        [
            "Korean Peninsula, Security, Nuclear weapons",
            "Deterrence is not a strategy: why the Korean Peninsula needs arms control talks now",
            "Hannah Whitcombe and Sangsoo Lee | 14 October 2022 | 6 min read",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:3] == ["label", "title", "byline"] and [p.name for p in reading.people] == ["Hannah Whitcombe", "Sangsoo Lee"]


def test_a_heading_over_a_line_that_brings_in_the_numbered_recommendations() -> None:
    roles = roles_of(
        "India and the Peninsula: Quiet Leverage",
        "By Meera Raghavan",
        ARGUMENT,
        ARGUMENT,
        "Recommendations",
        "The Government of India should consider the following steps:",
        "1. Continue full implementation of UN Security Council sanctions, and publish an annual report on enforcement.",
        "2. Offer New Delhi as a venue for working-level talks.",
    )
    assert roles[4] == "subtitle"


def test_a_panel_s_kind_its_place_and_day_on_one_line_is_its_date_line() -> None:
    roles = roles_of(
        "After Pyongyang: What Now for the Peninsula?",
        "Panel discussion · Helsinki, 4 October 2018",
        "Speakers: Niklas Swanström, Director, ISDP; Sangsoo Lee, Head, Korea Center, ISDP",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[1] == "dateline"


def test_a_shared_draft_s_comments_under_its_notes_and_a_briefing_s_hour() -> None:
    roles = roles_of(
        "Parallel Tracks",
        "Eleanor Marsh and Cho Hyun-woo",
        ARGUMENT,
        ARGUMENT.replace("within a year.", "within weeks.[c] The administration will have to choose."),
        "________________\n[1] Joint Statement of President Donald J. Trump and Chairman Kim Jong Un, June 12, 2018.",
        "[a]Strong opening, but the editors will want a concrete hook.\n[b]Hyun-woo: should we say who chairs these?\n[c]Careful – source?",
    )
    assert roles[5] == "notes"  # the comments the draft carries, anchored in the text: no one's argument
    briefing = roles_of(
        "Department Press Briefing – November 4, 2022",
        "Marisa Kellerman, Deputy Department Spokesperson",
        "Washington, DC\nNovember 4, 2022",
        "1:16 p.m. EDT",
        f"MS KELLERMAN: Good afternoon. {ARGUMENT}",
        "QUESTION: Thank you. Can I ask about the launches?",
        f"MS KELLERMAN: {ARGUMENT}",
    )
    assert briefing[3] == "dateline"


def test_a_station_s_other_stories_a_line_each_under_its_heading_no_speaker_s_turn() -> None:
    roles = roles_of(
        "Sweden's man in Pyongyang",
        "Guest: Niklas Swanström, director of the Institute for Security and Development Policy",
        f"WHITFIELD: Niklas, what does Sweden bring? {ARGUMENT}",
        f"SWANSTRÖM: A channel. {ARGUMENT}",
        "WHITFIELD: And China?",
        f"SWANSTRÖM: China is watching. {ARGUMENT}",
        "More Stories From First Light",
        "Trump Accepts Invitation To Meet Kim Jong Un, South Korean Envoy Says",
        "Olympic Diplomacy: What Comes After The Closing Ceremony?",
    )
    assert roles[6:] == ["boilerplate"] * 3


def test_a_pull_quote_under_a_page_s_footer() -> None:
    """A PDF's pull quote set under the page's running footer, in the middle of an answer: the page's, its words the answer's."""
    answer = (
        "A. Readiness is perishable. A unit that has not trained together in a year is a unit on paper. Our soldiers rotate"
        " through Korea on nine- or twelve-month tours, so a brigade that arrived after the summer may go home without a full exercise."
    )
    roles = roles_of(
        "“Readiness is perishable”",
        "Interview by Dana Whitfield",
        "Q. Should the exercises stay suspended?",
        answer,
        "Alliance Quarterly  |  Summer 2019                                        41",
        '"Readiness is perishable. A unit that has not trained together in a year is a unit on paper."',
        "So my view is that the suspension can continue as long as talks are moving and the moratorium on testing holds. But we"
        " should be honest that every additional month has a cost, and at some point we owe it to the soldiers to resume training.",
        "Q. Is the transfer of wartime operational control realistic?",
        ARGUMENT,
    )
    assert roles[5] == "boilerplate"


def test_a_report_s_figure_caption_numbered_by_chapter_without_a_colon() -> None:
    """'Figure 4.1 Declared and suspected …': a PDF's caption, its number then its words, no colon between."""
    roles = roles_of(
        "Verifying a freeze",
        "By Mats Engman",
        ARGUMENT,
        "Figure 4.1 Declared and suspected fissile-material production sites in North\nKorea. Source: Authors' compilation from"
        " open-source satellite imagery and\nIAEA reports.",
        ARGUMENT,
    )
    assert roles[3] == "caption" and roles[2] == roles[4] == "body"


def test_a_journal_s_page_head_its_number_and_its_author_s_initial_and_surname() -> None:
    """'312 N. SWANSTRÖM' between two halves of a paragraph the page broke: the journal's page head, no heading."""
    roles = roles_of(
        "The Pyongyang–Moscow Axis and the End of Denuclearization",
        "Niklas Swanström\nInstitute for Security and Development Policy, Stockholm, Sweden",
        ARGUMENT,
        ARGUMENT,
        "312 N. SWANSTRÖM",
        "members of the Security Council. That leaves the sanctions committee without the consensus it needs to list anyone, and"
        " the panel that watched over it has gone.",
        ARGUMENT,
    )
    assert roles[4] == "boilerplate" and roles[5] == "body"


def test_footnotes_under_the_writer_s_starred_bio_on_a_journal_s_first_page() -> None:
    roles = roles_of(
        "Middle Power Diplomacy after Hanoi",
        "CHUN Chaesung*",
        ARGUMENT,
        ARGUMENT,
        "* CHUN Chaesung is Professor in the Department of Political Science and International Relations, Seoul National University.",
        "¹ On the Stockholm talks, see Institute for Peninsula Affairs, Peninsula Trends 2019 (Seoul: IPA, 2019), pp. 41–47.\n"
        "² For a representative account, see Han (2019) and Mallory (2019).",
        ARGUMENT,
    )
    assert roles[4] == "author_bio" and roles[5] == "notes"


def test_about_this_report_over_the_institute_s_words_and_a_source_under_a_figure() -> None:
    roles = roles_of(
        "ATLANTIC-PACIFIC POLICY INSTITUTE",
        "SPECIAL REPORT NO. 41",
        "Assurance Without Proliferation",
        "Rebecca Halloran, Daniel Okafor, and Seo Min-ji",
        "January 2023",
        "About This Report\nThe Atlantic-Pacific Policy Institute's Special Reports examine emerging challenges for U.S. alliances"
        " in Europe and Asia. This report, produced under the Institute's Nuclear Futures Project, responds to the renewed debate.",
        ARGUMENT,
        "Figure 1: Estimated North Korean fissile material stockpile (warhead\nequivalents), 2006–2022, low and high estimates",
        "70\n60\n50\n40\n30\n20\n10\n0",
        "Source: Authors' compilation of open-source estimates; see note 1.",
        ARGUMENT,
    )
    assert roles[5] == "introduction" and roles[6] == "body"
    assert roles[7] == roles[9] == "caption" and roles[10] == "body"


def test_a_bio_halfway_down_a_long_page_of_one_line_furniture_is_a_bio() -> None:
    """The writer's bio under the last argued paragraph, with more of the page's furniture under it than argument above: a
    bio still, and 'Related Insights' over its headlines the page's."""
    roles = roles_of(
        "The Armistice at 70: Why the Neutral Nations Still Matter",
        "Maj. Gen. (ret.) Mats Engman | 27 July 2023",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
        "Maj. Gen. (ret.) Mats Engman is a Senior Research Fellow at the Institute for Security and Development Policy (ISDP) in"
        " Stockholm. He was formerly Head of the Swedish Delegation to the Neutral Nations Supervisory Commission in Panmunjom.",
        "Tags: Korean Peninsula | Armistice | NNSC | Peace regime",
        "Share this article:",
        "Facebook",
        "LinkedIn",
        "Related Insights",
        "Beyond the NLL: Managing Maritime Incidents in the Yellow Sea",
        "Extended Deterrence After the Washington Declaration",
        "Leave a comment",
        "Stay informed: subscribe to the BFSD newsletter.",
        "About us | Team | Careers",
        "© 2023 Berlin Forum for Security Dialogue",
        "Back to top",
    )
    assert roles[5] == "author_bio" and roles[10:13] == ["boilerplate"] * 3


def test_a_heading_over_a_table_s_caption_under_a_page_s_footer() -> None:
    roles = roles_of(
        "From denuclearisation to risk reduction",
        "By Hannah Whitcombe and Niklas Svensson",
        ARGUMENT,
        ARGUMENT,
        "STRATEGIC INSIGHT  From denuclearisation to risk reduction                  4",
        "A risk-reduction agenda",
        "Table 1: Elements of a risk-reduction agenda",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[4:7] == ["boilerplate", "subtitle", "caption"]


def test_a_french_journal_s_name_over_its_menu_is_the_page_s() -> None:
    roles = roles_of(
        "Cahiers de l'Asie orientale\nRevue en ligne de l'Observatoire de l'Asie\n"
        "Accueil    Numéros    Analyses    Dossiers    Entretiens    À propos    S'abonner    FR / EN",
        "Accueil › Analyses › Péninsule coréenne",
        "The Sanctions Regime Is Leaking. Relief Now Would Sink It.",
        "Par Hélène Marchetti et Olivier Dang",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[0] == "boilerplate" and roles[2] == "title"


def test_a_newsletter_s_headline_its_e_mail_subject_gives_cut_short() -> None:
    roles = roles_of(
        "From: The Parallel <theparallel@cpss-dc.org>\nDate: Thu, Feb 6, 2025 at 7:02 AM\n"
        "Subject: The Parallel #112: Back to the summit table?\nTo: <subscribers@lists.cpss-dc.org>",
        "View this email in your browser <https://cpss-dc.org/parallel/112>",
        "THE PARALLEL\nA weekly briefing on the Korean Peninsula\nfrom the Center for Pacific Security Studies\nIssue #112",
        "Back to the summit table? What a second Trump-Kim round could -- and\nshould not -- look like",
        "By Marisol Grant",
        "Washington, D.C. | February 6, 2025",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[2] == "boilerplate" and roles[3] == "title"


def test_a_forwarded_newsletter_dated_by_its_own_header_not_the_forward_s() -> None:
    reading = detect.read(
        [
            "From: Minseo Kang <minseo.kang@hanmail.net>\nDate: Wed, Jul 26, 2023 at 11:41 PM\n"
            "Subject: Fwd: The armistice at 70: a peace declaration is not a peace\nTo: Jiwoo Ahn <jiwoo.ahn@gmail.com>",
            "Jiwoo - worth reading before Thursday's call, esp. the part on the UNC. M.",
            "---------- Forwarded message ---------\nFrom: The Armistice Line <armisticeline@mail.beehiiv.com>\n"
            "Date: Mon, Jul 24, 2023 at 6:02 AM\nSubject: The armistice at 70: a peace declaration is not a peace\n"
            "To: <minseo.kang@hanmail.net>",
            "THE ARMISTICE LINE | Issue 41",
            "The armistice at 70: a peace declaration is not a peace",
            "By Helen Park",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.date is not None and reading.date[0] == "2023-07-24"


def test_a_pull_quote_set_without_marks_in_other_words_than_the_paragraph_it_repeats() -> None:
    roles = roles_of(
        "Washington should stop pretending",
        "By Daniel Whitcombe",
        ARGUMENT,
        "Every American administration since Bill Clinton's has said the same thing, and every one has left office with the"
        " North's arsenal larger than it found it. At some point a goal that is restated by every president and approached by"
        " none stops being a strategy and becomes a ritual.",
        "A goal restated by every president and approached by none stops being a strategy",
        ARGUMENT,
        "46 D. WHITCOMBE AND D.-H. YOON",
        ARGUMENT,
    )
    assert roles[4] == "boilerplate" and roles[3] == "body"
    assert roles[6] == "boilerplate"  # the journal's page head, the second author's initials hyphenated


def test_a_journal_s_running_head_in_capitals_with_its_page_number_set_off() -> None:
    roles = roles_of(
        "Verifying a Freeze Without Inspectors:\nWhat Satellites Can and Cannot See",
        "Yuna Sato",
        ARGUMENT,
        ARGUMENT,
        "VERIFYING A FREEZE WITHOUT INSPECTORS • 113",
        ARGUMENT,
        "114 | PACIFIC SECURITY QUARTERLY",
    )
    assert roles[4] == "boilerplate" and roles[2:4] == ["body", "body"]


def test_an_outlet_s_name_on_the_date_line_is_no_writer() -> None:
    reading = detect.read(
        [
            "INTERVIEW",
            "Why the armistice is fraying, and what could replace it",
            "Baltic Chronicle · 14 March 2023 · 5 min read",
            "Seventy years after the armistice was signed, Swedish officers still serve on the commission set up to supervise it."
            " Maj. Gen. (ret.) Mats Engman, who led the Swedish delegation at Panmunjom and is now a senior fellow at the Institute"
            " for Security and Development Policy in Stockholm, talks about why the armistice is fraying.",
            "Interview by Karin Holmqvist",
            "Mats Engman in Stockholm. Photo: Erik Lundell",
            "Is the armistice still working?",
            "Barely. " + ARGUMENT,
            "So is a peace declaration just a symbol?",
            "Symbols matter. " + ARGUMENT,
        ]
    )
    assert reading.roles[2] == "dateline" and reading.date is not None and reading.date[0] == "2023-03-14"
    assert [person.name for person in reading.people] == ["Mats Engman"]


def test_a_writer_s_name_over_the_bio_that_names_him_again_gives_what_the_bio_says_he_is() -> None:
    reading = detect.read(
        [
            "The sanctions wall is crumbling",
            "By Oskar Lind",
            ARGUMENT,
            ARGUMENT,
            "(The opinions expressed here are those of the author.)",
            "Editing by Hanna Berg",
            "Our Standards: The Harbor Wire Trust Principles., opens new tab",
            "Oskar Lind\nOskar Lind is a Harbor Wire columnist based in Busan who writes about shipping and sanctions. He was previously a"
            " correspondent in Tokyo.",
            "Read Next",
        ]
    )
    assert reading.roles[7] == "author_bio" and reading.people[0].affiliation.startswith("Harbor Wire columnist based in Busan")


@pytest.mark.parametrize(
    ("bio", "affiliation"),
    [
        (
            "Han Seo-yeon, a retired brigadier general of the Republic of Korea Air Force, is a visiting professor at the Korea National Defense University.",
            "visiting professor at the Korea National Defense University",
        ),  # what she is now, not what she was
        (
            "Han Seo-yeon, M.A., is a research associate at the Busan Centre for Maritime Security.",
            "research associate at the Busan Centre for Maritime Security",
        ),  # her degree, no post
        (
            "Col. (Ret.) Han Seo-yeon served 28 years in the Republic of Korea Air Force, including at the Military Armistice"
            " Commission. She is a Visiting Fellow at the Busan Centre for Maritime Security.",
            "Visiting Fellow at the Busan Centre for Maritime Security",
        ),  # the post in the bio's second sentence
    ],
)
def test_a_bio_under_the_text_gives_the_writer_s_present_post(bio: str, affiliation: str) -> None:
    reading = detect.read(["The hotline is the last guardrail", "By Han Seo-yeon", ARGUMENT, ARGUMENT, ARGUMENT, bio])
    assert reading.roles[5] == "author_bio" and reading.people[0].affiliation == affiliation


def test_a_pdf_s_running_head_the_series_in_capitals_over_the_headline_s_first_words() -> None:
    roles = roles_of(
        "Institute for Security and Development Policy",
        "Policy Brief\nNo. 241",
        "After Hanoi: Why Military Confidence-Building Should Not Wait for a Nuclear Deal",
        "By Anna Berg",
        ARGUMENT,
        ARGUMENT,
        "ISDP POLICY BRIEF  After Hanoi: Why Military Confidence-Building Should Not Wait",
        ARGUMENT,
    )
    assert roles[6] == "boilerplate" and roles[7] == "body"


def test_numbered_sources_after_the_argument_and_a_page_s_superscript_footnotes_are_notes() -> None:
    roles = roles_of(
        "Extended Deterrence After the Nuclear Forces Law",
        "By Kim Ha-na",
        ARGUMENT,
        "¹ Joint Statement of the Fourth Round of the Six-Party Talks, Beijing,\n19 September 2005, para. 4.\n² Joint Statement of"
        " the Singapore Summit, 12 June 2018.",
        ARGUMENT,
        ARGUMENT,
        '1) KCNA, "Law on DPRK\'s Policy on Nuclear Forces Promulgated," September 9, 2022.',
        "2) UN Security Council, meeting record of May 26, 2022.",
        "3) Joint Statement on the Third Extended Deterrence Strategy and Consultation Group Meeting, September 16, 2022.",
    )
    assert roles[3] == "notes" and roles[6:9] == ["notes"] * 3 and roles[4:6] == ["body", "body"]


def test_a_pull_quote_right_under_the_paragraph_it_quotes() -> None:
    roles = roles_of(
        "Seoul Doesn't Need the Bomb",
        "By Kim Ha-na",
        ARGUMENT,
        "A nuclear-armed South Korea would be safer for about a week. After that it would be poorer and more isolated.",
        "“A nuclear-armed South Korea would be safer for about a week.”",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[4] == "boilerplate" and roles[3] == "body"


def test_about_the_publisher_over_its_description_in_one_paragraph_is_boilerplate() -> None:
    """The think tank's 'About …' box under a brief, its heading on the paragraph's first line: the publisher's, nobody's argument."""
    roles = roles_of(
        "Extended deterrence under strain",
        "By Nguyen Lan Anh",
        ARGUMENT,
        ARGUMENT,
        "About the Southern Cross Strategic Policy Centre\nThe Southern Cross Strategic Policy Centre was established in 2004 as an"
        " independent,\nnon-partisan think tank. Its core aim is to provide the Australian Government and the\npublic with fresh ideas.",
    )
    assert roles == ["title", "byline", "body", "body", "boilerplate"]


@pytest.mark.parametrize(
    ("box", "role"),
    [
        (
            "FACTS: Mats Engman\nCareer: Major general (ret.) in the Swedish Armed Forces. Former head of the Swedish delegation to the NNSC.",
            "author_bio",
        ),
        ("Fact file: Lee Sang-hyun\nBorn: 1968, Busan. Education: Korea Naval Academy.", "author_bio"),
        ("Facts: the armistice\nThe armistice was signed in 1953, and no peace treaty has followed it in seventy years since.", "body"),
    ],
)
def test_a_fact_box_on_the_guest_is_a_bio(box: str, role: str) -> None:
    """A paper's box on its guest, a heading with the name over 'Career:' or 'Born:': a bio, not the guest's answer."""
    roles = roles_of("Sweden's general at the DMZ", "By Karin Holm", ARGUMENT, ARGUMENT, box)
    assert roles[-1] == role


def test_a_contribution_s_title_after_the_last_one_s_references_is_a_heading() -> None:
    """A journal forum: each contribution its title, its writer and institute, its argument and its references; the next
    title, after the references, heads the next writer's part, no reference."""
    reading = detect.read(
        [
            "FORUM",
            "After the Armistice Order? Deterrence, Sanctions and Inter-Korean\nRelations in a Divided World",
            "Sanctions Without Consensus",
            "Niklas Swanström\nInstitute for Security and Development Policy, Stockholm",
            ARGUMENT,
            ARGUMENT,
            'References\nSwanström, N. (2022). "China, Russia and the Limits of Coercion." Asian Affairs Quarterly 18(3): 211–229.',
            "Deterrence Without Illusions",
            "Ingrid Solberg-Hahn\nBergen Centre for Strategic Studies",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles == ["label", "title", "subtitle", "byline", "body", "body", "notes", "subtitle", "byline", "body", "body"]
    assert [person.name for person in reading.people] == ["Niklas Swanström", "Ingrid Solberg-Hahn"]


@pytest.mark.parametrize(("mail", "role"), [("kjy@koreawire.kr", "credit"), ("opinion@globaltimes.com.cn", "boilerplate")])
def test_an_address_alone_under_the_argument_is_the_reporter_s_sign_off_or_the_desk_s(mail: str, role: str) -> None:
    """A reporter signs off with her address ('kjy@koreawire.kr'): a credit; the paper's own mailbox is its furniture."""
    roles = roles_of("Experts split on sanctions relief", "By Lindiwe Mahlangu", ARGUMENT, ARGUMENT, mail, "Most Read")
    assert roles[4] == role


def test_a_heading_over_a_sentence_that_brings_in_a_list_of_recommendations() -> None:
    """'Recommendations' over 'The United States and the Republic of Korea should:' and its items (their bullets gone, each
    closed by a semicolon): a heading, no argument."""
    roles = roles_of(
        "Verification first",
        "By Lindiwe Mahlangu",
        ARGUMENT,
        ARGUMENT,
        "Recommendations",
        "The United States and the Republic of Korea should:",
        "Make the return of IAEA inspectors to Yongbyon the entry point of any interim deal;",
        "Offer limited, reversible relief only in proportion to verified steps.",
    )
    assert roles[4] == "subtitle"


def test_an_event_s_speakers_listed_a_bio_a_paragraph_under_their_heading() -> None:
    """'Speakers' over 'Niklas Swanström is Director of …', 'Dr. Cho Min-jung is a Senior Research Fellow …': each a bio,
    nobody's argument, before the event's turns."""
    roles = roles_of(
        "EVENT RECAP · WEBINAR",
        '"Two Hostile States"? Inter-Korean Relations After Pyongyang\'s Turn',
        "In January, Kim Jong Un told the Supreme People's Assembly that South Korea was the North's primary foe. " + ARGUMENT,
        "Speakers",
        "Niklas Swanström is Director of the Institute for Security and Development Policy (ISDP) in Stockholm.",
        "Dr. Cho Min-jung is a Senior Research Fellow at the Institute for Peninsula Futures in Seoul.",
        "Moderated by Helen Varga, Director of the Asia Programme, Transatlantic Asia Forum.",
        "Helen Varga: Niklas, let me start with you. Is this a real break, or rhetoric?",
        "Niklas Swanström: It is a real break, and " + ARGUMENT,
        "Helen Varga: Dr. Cho, how does Seoul read it?",
        "Cho Min-jung: As a break too, and " + ARGUMENT,
    )
    assert roles[4:6] == ["author_bio", "author_bio"]


def test_a_web_clipper_s_front_matter_with_the_page_s_trail_of_links_glued_under_it() -> None:
    """Obsidian's front matter, the page's Markdown trail on the line under its '---': the clipper's, and the header follows."""
    roles = roles_of(
        '---\ntitle: "Is a Peace Regime Still Possible? Three Views | East Sea Quarterly"\nsource: "https://www.eastseaquarterly.org/r"\n'
        'description: "After Pyongyang declared the South its primary foe, three contributors ask whether the peace regime has a'
        ' future."\npublished: 2024-01-29\ntags:\n  - "clippings"\n---\n[Home](https://www.eastseaquarterly.org/) / [Roundtables]'
        "(https://www.eastseaquarterly.org/roundtables/) / Is a Peace Regime Still Possible?",
        "**ROUNDTABLE**",
        "# Is a Peace Regime Still Possible? Three Views",
        "January 29, 2024 · 14 min read",
        "## Mats Engman: Start with the armistice, not the treaty",
        ARGUMENT,
        "## Ha Ji-young: Seoul must not abandon its own peace agenda",
        ARGUMENT,
    )
    assert roles[:4] == ["boilerplate", "label", "title", "dateline"]


@pytest.mark.parametrize(
    ("furniture", "role"),
    [
        ("Support independent analysis – become a member from €5 a month.", "boilerplate"),  # a magazine's appeal
        ("/End/", "boilerplate"),  # a ministry release's last line
        ("Attachment 20210728_regular_briefing_eng.pdf (142KB)", "boilerplate"),  # the file the release links
        ("41.2K subscribers", "boilerplate"),  # a video page's channel
        ("Show less", "boilerplate"),  # its description's button
        ("Posted by: MANAS Secretariat | Category: Speeches, Ulaanbaatar Dialogue", "boilerplate"),  # who posted it, its category
        ("Institute for Northeast Asian Security and Cooperation · Ulaanbaatar, Mongolia\n· © INASC 2021", "boilerplate"),  # the publisher's foot
        ("Centre for Korean Studies, School of Global Affairs, Northbridge University · Privacy · Accessibility · © Northbridge University", "boilerplate"),
        (
            "South Korean and U.S. soldiers stand guard at the Joint Security Area in\nPanmunjom. Credit: U.S. Army photo by Sgt. D. Ortiz",
            "caption",
        ),  # a photo's caption, its credit after it in the same paragraph
        ("Mats Engman at a regional security dialogue in Kuala Lumpur last week. — Picture by Hafiz Sohaimi", "caption"),  # a Malaysian daily's
        ("The Independence Memorial Museum in Windhoek, built by North Korea's Mansudae Overseas Projects. PHOTO | FILE", "caption"),
        (
            "Letters policy: The Courier-Ledger welcomes letters of up to 250 words from readers in our coverage area. Email letters@courierledger.com.",
            "boilerplate",
        ),
        ("Submit a letter to the editor at tidewaterledger.com/letters.", "boilerplate"),
        ("Want to respond? The Record accepts letters and op-eds from students, faculty and staff. Email opinion@marlowerecord.org.", "boilerplate"),
        ("Responses to this exchange are welcome. Write to letters@koreapolicyreview.org.", "boilerplate"),
        (
            "This report has been prepared by the Assembly Policy Research Office to support the legislative activities of Members of the"
            " National Assembly. It does not represent the official position of the National Assembly.",
            "disclaimer",
        ),  # a parliament's research office on its report
        (
            "The papers of the Parliamentary Research Service do not represent the views of Parliament, of any of its bodies or of the"
            " parliamentary administration. They are the professional responsibility of their authors and of the head of division.",
            "disclaimer",
        ),
        (
            "*Walter Brandvold of Traverse City is a retired U.S. Army colonel who served two tours in South Korea. His guest column appears"
            " on the last Sunday of each month.*",
            "author_bio",
        ),  # a bio that places its writer in a town before it says who he is
        ("[END VIDEOTAPE]", "boilerplate"),  # a TV transcript's mark
        ("iv", "boilerplate"),  # a front matter's page number
        (
            "Os artigos de opinião publicados no Diário do Atlântico são da exclusiva responsabilidade dos seus autores e não refletem"
            " necessariamente a posição do jornal.",
            "disclaimer",
        ),  # a Portuguese paper's
        (
            "This article is the English version of an interview published in the Nov. 17 morning edition of The Niigata Coastal Shimbun.",
            "credit",
        ),
        (
            "Tags: North Korea South Korea Japan-South Korea relations Camp David Interview\nShare f X LINE Hatena ✉\nMOST READ\n1. Sado gold"
            " mine: prefecture prepares for UNESCO decision\n2. Joetsu shinkansen delays as first snow reaches Yuzawa\n3. ‘Deterrence is"
            " necessary, but it is not a strategy’: A Seoul scholar on Pyongyang\nRelated: Abductee families renew appeal on 46th anniversary",
            "boilerplate",
        ),  # tags, a share bar and the most-read list, one paragraph
        ("Most read this month\nThe Washington Declaration, annotated\nYoon's Japan gamble, six weeks on", "boilerplate"),
        ("Vladimir Putin and Kim Jong Un at the signing ceremony in Pyongyang last week. Photo / KCNA via Reuters", "caption"),
        ("Members-only content is provided for the personal use of CAPP members and may not be forwarded without permission.", "boilerplate"),
        ("[07:55, 14/10/2019] Kim Hye-rin (KF seminar): his point about the NNSC could be good for our panel 2?", "boilerplate"),  # a chat's
        (
            "This conference call is part of the Members Conference Call Series. This is an uncorrected transcript and is not for"
            " attribution outside the membership without the speakers' consent.",
            "disclaimer",
        ),
        ("You’ve read 2 of your 3 free articles this month. Subscribe for unlimited\naccess.", "boilerplate"),  # a paywall, 'You’ve'
        ("=" * 71, "boilerplate"),  # a printed hearing's rule
        ("[all]", "boilerplate"),  # the Government Publishing Office's last mark
        ("Nightline with Gus Fenwick airs weeknights from 9pm on Harbour City Radio 94.1 and on the HCR app.", "boilerplate"),
        ("Call the Nightline talkback line on 1300 941 941 or text 0400 941 941. Standard call rates apply.", "boilerplate"),
        ("Keep in touch! Update your contact details to keep receiving Gwanak Alumni Magazine. Update now »", "boilerplate"),
        ("English translation: Jung Ha-eun", "credit"),
        (
            'Prev | Issue Brief 2020-13 | The 2020 Defense White Paper and the "Main Enemy" Debate\nNext | Issue Brief 2020-15 | COVID-19'
            " and the North Korean Border Economy\nList",
            "boilerplate",
        ),  # a board's links to the series' neighbours
        ("See PENINSULA, Page A6", "boilerplate"),  # a column's jump to another page
        ("INSIDE: Typhoon Lingling cleanup continues in South\nChungcheong, A4 | Exporters brace for another weak\nquarter, B1 | Weather, A20", "boilerplate"),
        ("This essay was told to Laura Whitfield, a staff editor in Opinion, and has been condensed and edited for clarity.", "credit"),
        ("2\nISDP Policy Brief No. 287 – June 28, 2021", "boilerplate"),  # a page's number over the series' running foot
        ("Engman_KoreaPeaceForum_27Jul2023_FINAL_v4.pptx — Notes (copied from Presenter View)", "boilerplate"),
        ("Thank you — Questions?", "boilerplate"),  # a talk's last slide
        ("(Leave up during Q&A. Hand out printed copies of slide 9.)", "boilerplate"),  # a speaker's note to self
        ("[Disclaimer on screen — read out: the views in this talk are my own and do not represent ISDP or the Swedish Armed Forces.]", "disclaimer"),
        ("[Exported with suggestions: insertions shown as [+text+], deletions as [-text-]. Comments listed at end.]", "boilerplate"),
        ("RELATED  N. Korea fires several cruise missiles off west coast: JCS\nRead more ›", "boilerplate"),  # a phone's box
        ("f 𝕏 K 🔗 가- 가+", "boilerplate"),  # a phone's share and text-size buttons
        ("Commission staff: Emily Tran (Project Director); Daniel Okoro (Research Associate). Copyediting by Ruth Albers.", "credit"),
        ("The forum was compiled by Liisa Kask and Andres Rebane of the Baltic Security Review editorial board.", "credit"),
        ("[End of excerpt]", "boilerplate"),
        (
            "The Long Armistice is available in hardback, paperback and ebook from ashgrovepress.example. Use code LONGARM30 for 30% off"
            " until 31 December 2022.",
            "boilerplate",
        ),
        ("Read the most recent article written by Helen Treharne MP – The Welsh steel towns deserve more than a press release", "boilerplate"),
        (
            "Write to us: Letters should be no more than 250 words and must include the writer's full name, home address and daytime"
            " telephone number. Letters may be edited for length and clarity. Email letters@chesapeaketribune.com.",
            "boilerplate",
        ),
        ("Have something to say? Submit a My View of 650 words or fewer to myview@cvstandard.com.", "boilerplate"),
        ("Letters to the editor: Share your view in 200 words or fewer at northfieldledger.com/letters.", "boilerplate"),
        ("This article appeared on page 4 of the Oct. 12 print edition of The Daejeon Herald.", "boilerplate"),
        ("Baltic Security Review welcomes responses to this forum. Letters of up to 600 words may be sent to editors@balticsecurityreview.ee.", "boilerplate"),
        ("Contact\nEmbassy of Switzerland in the Republic of Korea\nContact form | Location and opening hours", "boilerplate"),
        ("Want to weigh in? Submit a guest commentary of up to 750 words to opinion@cascadetribune.com.", "boilerplate"),
        ("Have your say. Send letters to the editor to letters@nairobichronicle.co.ke", "boilerplate"),
        ("【Large Medium Small】 Print Close", "boilerplate"),  # a ministry's page: its text sizes
        ("Share to:", "boilerplate"),
        ("Have a response to this letter? Peninsula Monitor welcomes replies of up to 800 words. Write to letters@peninsulamonitor.org.", "boilerplate"),
        ("This letter is also available in Korean (한국어판) and Norwegian (norsk utgave). Links in the web version.", "boilerplate"),
        ("Translations: 한국어  |  日本語  |  Svenska   Download the full report (PDF, 1.1 MB)   Share  in  X  ✉", "boilerplate"),
        ("Jean-Marc Favre, soldier and diplomat, born 2 June 1950; died 31 October 2022", "boilerplate"),  # an obituary's dates
        ("Do you like the content of this article?", "boilerplate"),
        ("Found a typo? Select the text and press Ctrl+Enter", "boilerplate"),
        ("Statistics\nStatistic cookies help website owners to understand how visitors interact with websites.", "boilerplate"),
        ("Share\u200b Twitter LinkedIn Email Print", "boilerplate"),  # a zero-width space the copy kept
        ("Links mentioned in this episode\nFull text of the leader's speech (KCNA Watch)\nThe Washington Declaration (White House)", "boilerplate"),
        ("Previous debate: Israel and Gaza: Humanitarian Access\nNext debate: Topical Questions", "boilerplate"),  # Hansard's
        ("Contains Parliamentary information licensed under the Open Parliament Licence v3.0.", "boilerplate"),
        ('Chicago: Brandvold, Walter. "The Freeze Comes First." Commentary no. 112. Malmö: Öresund Institute, March 21, 2023.', "boilerplate"),
        ("Did you find this article insightful? Yes No", "boilerplate"),
        ("Letters to The Weekly Meridian may be sent to letters@weeklymeridian.com. We reserve the right to edit for length.", "boilerplate"),
        ("Watch the full debate on our YouTube channel ▸", "boilerplate"),
        ("Watch THE ASIA HOUR weeknights at 8 p.m. Singapore time on Meridian News and stream on Meridian+.", "boilerplate"),
        ("Comments are turned off for this video.", "boilerplate"),
        ("Up next\n▶ Peninsula in Ten Minutes: Kim's Eighth Party Congress, Decoded (12:05)", "boilerplate"),
        ("[STATION ID: You’re listening to KWRC 90.3 FM, Westbrook. Student radio since 1971.]", "boilerplate"),
        ("(Applause.)", "boilerplate"),
        ("[SFX: WIND ACROSS OPEN GROUND; A FLAG HALYARD KNOCKING AGAINST A METAL POLE]", "boilerplate"),  # a radio script's
        ("(Luncheon adjournment at 12:41 p.m.)", "boilerplate"),
        ("CERTIFICATE OF TRANSCRIBER -- I certify that the foregoing is a true and accurate record of the proceedings.", "boilerplate"),
        ("Korea Press Digest translates selected Korean-language journalism for English-speaking readers.", "boilerplate"),
        ("Read on our website<https://www.isdp.eu/a-treaty-of-convenience-putin-kim/>", "boilerplate"),  # an e-mail's link
        ("Sign in or register to comment.", "boilerplate"),
        ("Also in The Borderlands: “Dandong after the bridge” · “What the Rason traders know” · “Counting ships off Nampo”", "boilerplate"),
        ("Jump to an expert reaction: Mats Engman · Lee Sang-hoon · Rebecca Thornbury", "boilerplate"),
        ("-------------- next part --------------\nAn HTML attachment was scrubbed...\nURL: <http://lists.example.org/attachment.html>", "boilerplate"),
        ("Previous message (by thread): [peninsula-l] Reading list\nNext message (by thread): [peninsula-l] Fwd: Now what?", "boilerplate"),
        ("More information about the peninsula-l mailing list", "boilerplate"),
        ("Read the series: Part 1 | Part 2 | Part 3 | Part 4", "boilerplate"),
        ("This exchange is part of our Correspondence series, in which two writers debate a question by letter.", "boilerplate"),
        ("🎧 Audio version available · Listen (24 min)", "boilerplate"),
        ("▶ PODCAST · On The Lantern Review Podcast, two editors debate a treaty. Episode 41 · 36:02 · Apple · Spotify · RSS", "boilerplate"),
        ("¿Le interesa la seguridad internacional? Suscríbase a nuestro boletín mensual.", "boilerplate"),
        ("Lindholm Foundation for Peace and Conflict Studies | Bern | Impressum | Data protection", "boilerplate"),
        ("READ THE ORIGINAL\nEurope Can Break the Korean Deadlock\nNiklas Swanström | January 14, 2020", "boilerplate"),
        ('Also published in print in Vltava Papers 3/2024 under the headline "Europe\'s Korea Problem" · ISSN 2570-8812', "boilerplate"),
        (
            "CERTIFICATE OF REPORTER\nI, Janet M. Kowalczyk, the officer before whom the foregoing proceedings were taken, do hereby"
            " certify that the proceedings were recorded by me stenographically.",
            "boilerplate",
        ),
        ("Walter Brandvold (he/him) is a retired U.S. Army colonel who served two tours in South Korea.", "author_bio"),  # his pronouns
        ("This post reflects the collective view of the Centre's research staff and not an official position of the University.", "disclaimer"),
        ("This roundtable has been edited for length and clarity.", "editors_note"),
        ("Conflict of interest\nNo potential conflict of interest was reported by the authors.", "disclaimer"),
        ("Author contributions\nH.M. and A.L. jointly conceived the study. H.M. drafted sections 1, 2 and 4; A.L. drafted sections 3 and 5.", "credit"),
        (
            "Participants took part in their personal capacity; affiliations are for identification only.\nNiklas Swanström (co-chair),"
            " Institute for Security and Development Policy\nKo Yun-hee (co-chair), Seoul Forum for Peace Studies",
            "disclaimer",
        ),
    ],
)
def test_furniture_under_an_argument_met_for_the_first_time(furniture: str, role: str) -> None:
    roles = roles_of("The freeze comes first", "By Walter Brandvold", ARGUMENT, ARGUMENT, ARGUMENT, ARGUMENT, furniture)
    assert roles[6] == role


def test_a_column_s_jump_to_another_page_and_the_page_it_continues_on() -> None:
    """'See PENINSULA, Page A6' and the front page's 'INSIDE: …' teasers, then 'A6 THE HANGANG HERALD OPINION' over the rest of
    the column: the printed paper's furniture between two parts of one argument, no one's words."""
    roles = roles_of(
        "The freeze comes first",
        "By Walter Brandvold",
        ARGUMENT,
        "See PENINSULA, Page A6",
        "INSIDE: Typhoon Lingling cleanup continues in South\nChungcheong, A4 | Exporters brace for another weak\nquarter, B1 | Weather, A20",
        "A6 THE HANGANG HERALD OPINION",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[3:6] == ["boilerplate", "boilerplate", "boilerplate"] and roles[6] == "body"


def test_a_news_app_s_share_text_over_the_page_is_no_introduction() -> None:
    """'Check out this article from The Pacific Courier: “…”' and its tracking link, over the copied page: the app's, not the paper's."""
    roles = roles_of(
        "Check out this article from The Pacific Courier: “Opinion | A Peace Declaration Is the Deal Hanoi Can Actually Deliver”\n"
        "https://www.pacificcourier.com/2019/02/25/opinion/peace-declaration.html?smid=pc-android-share&utm_source=app_share",
        "Opinion | Guest Essay",
        "A Peace Declaration Is the Deal Hanoi Can Actually Deliver",
        "By Rachel Okafor and Thomas Brandt",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[0] == "boilerplate"


def test_a_printed_page_s_head_with_the_day_it_was_printed_is_no_date_line() -> None:
    """'3/22/2019   The Peace Treaty Trap | The Asia Strategist' at the head of every printed page: the day of printing, not of
    publishing; the date is the one under the byline."""
    head = "3/22/2019                          The Peace Treaty Trap | The Asia Strategist"
    reading = detect.read([head, "The Peace Treaty Trap", "By Michael T. Harlow", "March 18, 2019", ARGUMENT, ARGUMENT, head, ARGUMENT, head, ARGUMENT])
    assert reading.roles[0] == "boilerplate" and reading.roles[3] == "dateline"
    assert reading.date is not None and reading.date[0] == "2019-03-18"


def test_a_word_document_s_comments_under_the_text_are_notes() -> None:
    """'[HS1]Prof. Chun — do we want a date here?' under the text, its anchor '[HS1]' in the argument: an editor's comment in
    the exported document, no one's argument."""
    roles = roles_of(
        "After Hanoi: Seoul Needs Its Own Strategy",
        "By Chaesung Chun",
        ARGUMENT.replace("at all.", "at all.[HS1]"),
        ARGUMENT.replace("a year.", "a year.[CC2]"),
        "[HS1]Prof. Chun — do we want a date here? Readers abroad may not remember that Hanoi was 27–28 Feb.\n"
        "[CC2]Keep — this is the point I most want to make.",
    )
    assert roles[4] == "notes"


def test_a_video_page_s_views_and_day_are_its_date_line() -> None:
    """'23,118 views  Mar 9, 2022  North Korea Explained' under the video's title and channel: the day it went up."""
    reading = detect.read(
        [
            "Why a Nuclear Freeze Isn't Surrender",
            "Dan Okonjo-Reyes",
            "41.2K subscribers",
            "23,118 views  Mar 9, 2022  North Korea Explained",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:4] == ["boilerplate", "dateline"]
    assert reading.date is not None and reading.date[0] == "2022-03-09"


def test_a_research_service_s_paper_its_contents_in_two_languages_and_its_notes_at_the_foot_of_each_page() -> None:
    """A German parliament's paper copied from its PDF: 'Verfasserin: …' its byline; its contents list ('Inhaltsverzeichnis /
    Table of contents') no page's running lines, so '1.<tab>Introduction' is a heading; the page's head, on every page, no
    byline; and the notes under a page, their numbers set apart by a gap, notes."""
    head = "Parlamentarischer Forschungsdienst        Ausarbeitung\n                    PFD-AS 2 – 3000 – 041/21\n                              Seite {}"
    reading = detect.read(
        [
            "Parlamentarischer Forschungsdienst\nAusarbeitung",
            "A Peace Regime on the Korean Peninsula",
            "Verfasserin: Dr. Katrin Vollmer",
            "Abschluss der Arbeit: 09.04.2021",
            "The papers of the Parliamentary Research Service do not represent the views of Parliament, of any of its bodies or of the"
            " parliamentary administration. They are the professional responsibility of their authors and of the head of division.",
            "Inhaltsverzeichnis / Table of contents\n1.     Introduction      4\n2.     The Armistice Agreement of 1953 and its limits      4",
            head.format(4),
            "1.     Introduction",
            ARGUMENT.replace("at all.", "at all.1"),
            "2.     The Armistice Agreement of 1953 and its limits",
            ARGUMENT.replace("a year.", "a year.2"),
            "1     The request was received on 15 March 2021. On the NNSC see section 4 below.\n"
            "2     Agreement between the Commander-in-Chief, United Nations Command, on the one hand, and the Supreme\n"
            "Commander of the Korean People's Army, concerning a military armistice in Korea, 27 July 1953.",
            head.format(5),
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "byline" and [p.name for p in reading.people] == ["Katrin Vollmer"]
    assert reading.roles[4] == "disclaimer" and reading.roles[6] == reading.roles[12] == "boilerplate"
    assert reading.roles[7] == reading.roles[9] == "subtitle" and reading.roles[11] == "notes"


def test_a_special_paper_s_label_and_a_chapter_s_heading_wrapped_over_two_lines() -> None:
    """'SPECIAL PAPER' over the day is the series' label, no writer; '2. Lessons from the Armistice: The NNSC and the 2018
    Comprehensive Military' / 'Agreement' over a chapter's writer is its heading, not a page's notes."""
    reading = detect.read(
        [
            "Institute for Security & Development Policy\nKorea Peace Forum",
            "SPECIAL PAPER",
            "June 27, 2022",
            "Building Blocks for a Peace Regime:\nMilitary Confidence-Building and Risk Reduction on the Korean Peninsula",
            "Niklas Swanström\nMats Engman",
            "1. The Problem",
            "Niklas Swanström",
            ARGUMENT,
            ARGUMENT,
            "2. Lessons from the Armistice: The NNSC and the 2018 Comprehensive Military\nAgreement",
            "Mats Engman",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1] == "label" and reading.roles[9] == "subtitle"
    assert [p.name for p in reading.people] == ["Niklas Swanström", "Mats Engman"]


def test_a_symposium_s_title_over_its_framing_and_the_lead_essay_s_own_title() -> None:
    """'Is Denuclearization Still the Right Goal?' over the day and the framing, then 'LEAD ESSAY' over the lead essay's own
    headline: the symposium's title stays the title ('LEAD ESSAY' comes under the framing, no label over the title)."""
    reading = detect.read(
        [
            "INDO-PACIFIC DIALOGUE\nIssues   Forum   Podcasts   Events   About   Donate",
            "SYMPOSIUM",
            "Is Denuclearization Still the Right Goal?",
            "April 22, 2024",
            "For three decades, the stated aim of US and South Korean policy has been the complete denuclearization of North Korea."
            " Pyongyang has since written its nuclear status into its constitution, and a growing number of analysts in Washington argue"
            " that the goal has become an obstacle to any diplomacy at all. In our lead essay, Marcus Feld makes the case for shifting to"
            " an arms-control agenda. We asked four scholars in Seoul, Shanghai and Tokyo to respond. — The Editors",
            "LEAD ESSAY",
            "Time to Talk Arms Control With Pyongyang",
            "Marcus Feld\nSenior Fellow, Center for Strategic Stability, Washington, D.C.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1:3] == ["label", "title"] and reading.roles[6] == "subtitle"


def test_a_journal_page_s_notes_numbered_plainly_under_the_writer_s_starred_note() -> None:
    """'* Chun Chae-sung is Professor …' at the foot of a journal's first page, then '1 Ri Yong Ho, press conference, …': the
    writer's note, then the page's footnotes (not more of the bio)."""
    roles = roles_of(
        "Sequencing Denuclearization and a Peace Regime",
        "Chun Chae-sung*",
        ARGUMENT.replace("at all.", "at all.1"),
        ARGUMENT,
        "* Chun Chae-sung is Professor in the Department of Political Science and International Relations at Seoul National University.",
        "1 Ri Yong Ho, press conference, Hanoi, 1 March 2019. The five resolutions he referred to were 2270 (2016) and 2321 (2016).",
        ARGUMENT,
    )
    assert roles[4:6] == ["author_bio", "notes"]
    roles = roles_of(  # but the page's running head under the note, its number first, is none
        "Sequencing Denuclearization and a Peace Regime",
        "Chun Chae-sung*",
        ARGUMENT,
        ARGUMENT,
        "* Chun Chae-sung is Professor in the Department of Political Science and International Relations at Seoul National University.",
        "46 Journal of Northeast Asian Affairs",
        "II. The Logic of Dual Suspension",
        ARGUMENT,
    )
    assert "notes" not in roles[5:7]


def test_a_pull_quote_without_its_marks_repeats_a_sentence_of_the_paragraph_over_it() -> None:
    """'The alternative to a freeze is not denuclearization; it is an unconstrained program.' as a paragraph of its own, a reader
    mode having dropped its marks, every word of it a sentence of the paragraph above: a pull quote, no argument of its own."""
    above = (
        "Each of these objections deserves a serious answer, but none of them describes the choice actually available. The"
        " alternative to a freeze is not denuclearization; it is an unconstrained program that adds enough fissile material for"
        " several warheads every year. A cap on that growth is not a reward."
    )
    roles = roles_of(
        "The freeze is the deal",
        "By Jane Doe",
        ARGUMENT,
        ARGUMENT,
        above,
        "The alternative to a freeze is not denuclearization; it is an unconstrained program.",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[5] == "boilerplate" and roles[4] == "body"


def test_a_journal_article_s_notes_with_ibid_and_its_further_reading_with_pages() -> None:
    """'2. Ibid., 88.' among the notes is a note (the notes go on under it); under 'Further reading', a journal article's entry
    that ends with its pages ('… 4, no. 1 (2017): 33–58.') is a reading list's."""
    roles = roles_of(
        "Sequencing Without Illusions",
        "By Da-hye Yoon",
        ARGUMENT,
        ARGUMENT,
        "Notes",
        "1. Jae-won Kim, The Long Freeze: Yongbyon and the Agreed Framework (Seoul: Dongbang Press, 2016), 44–61.",
        "2. Ibid., 88.",
        "3. On the 2002 revelation, see Ruth Fenwick, “October 2002 Revisited,” Nonproliferation Quarterly 11, no. 3 (2012): 27–49.",
    )
    assert roles[4:] == ["notes"] * 4
    roles = roles_of(
        "Hotline first",
        "By Mats Engman",
        ARGUMENT,
        ARGUMENT,
        "Further reading",
        "Bailey, Sydney D. The Korean Armistice. Basingstoke: Macmillan, 1992.\nHalvorsen, Ingrid. “Neutral Eyes: The NNSC and the Limits of"
        " Supervision, 1953–2003.” Nordic Defence Review 4, no. 1 (2017): 33–58.",
        "© 2021 Nordic Defence Review",
    )
    assert roles[4:6] == ["notes", "notes"]


def test_the_day_an_imprint_gives_makes_a_month_s_date_exact() -> None:
    """'October 2019' under the byline, and the imprint's 'First published 14 October 2019 by …': the date is the 14th."""
    reading = detect.read(
        [
            "Guarantees Before Warheads Go",
            "Ha-eun Choi and Liam Fairweather",
            "October 2019",
            "© Tasman Centre for Defence and Strategic Studies 2019\nFirst published 14 October 2019 by the Tasman Centre for Defence and"
            " Strategic Studies, Canberra.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.date == ("2019-10-14", "14 October 2019")


def test_a_reference_list_goes_on_over_a_page_s_running_head() -> None:
    """'References' and its entries, then '38 | Tomás Echeverría Rojas & Valentina Soto Araya' (the page's head), then more
    entries: the list goes on over the page break."""
    roles = roles_of(
        "From Tlatelolco to Panmunjom",
        "By Tomás Echeverría Rojas and Valentina Soto Araya",
        ARGUMENT,
        ARGUMENT,
        "References",
        'Kim, Dong-hyun. 2021. "Why the Joint Nuclear Control Commission Failed." Journal of\nNortheast Asian Security 9 (1): 41–63.',
        "38 | Tomás Echeverría Rojas & Valentina Soto Araya",
        'Park, Ji-won. 2019. "Negative Security Assurances and the Korean Peninsula." Korean\nJournal of Security Studies 14 (2): 77–101.',
        "© 2023 The authors.",
    )
    assert roles[4:8] == ["notes", "notes", "boilerplate", "notes"]


def test_a_chapter_s_footnote_at_a_page_s_foot_and_the_heading_after_a_sentence_its_mark_ends() -> None:
    """'¹ On the collapse of the Framework, see Chapter 3 …' between two pages of a chapter: a note, no one's argument (no
    sentence opens with a superscript); over the next page's head, 'Sequencing: what comes first' under a paragraph that ends
    '… ever accepted.²' is a heading."""
    roles = roles_of(
        "Verification Before Trust?",
        "By Sun-hee Park and Tomáš Novák",
        ARGUMENT,
        "¹ On the collapse of the Framework, see Chapter 3 in this volume.",
        "94 SUN-HEE PARK AND TOMÁŠ NOVÁK",
        "factory gate and, over thirteen years, the most intrusive on-site inspection arrangement the Soviet Union had ever accepted.²",
        "Sequencing: what comes first",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[3] == "notes" and roles[5] == "body" and roles[6] == "subtitle"


def test_an_alumni_magazine_s_caption_and_the_day_it_posted_the_issue_s_interview() -> None:
    """'ALUMNI VOICES / Spring 2025' over the headline, 'Posted April 2, 2025' under the dek: the day, not the season's year;
    'Photo caption: Professor Chun … in his office' is a caption."""
    reading = detect.read(
        [
            "ALUMNI VOICES / Spring 2025",
            "“Peace Needs Architects, Not Just Deterrence”",
            "Posted April 2, 2025",
            "Interview by Kim Do-yeon",
            "Photo caption: Professor Chun Chae-sung in his office at Gwanak, March 2025.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.date is not None and reading.date[0] == "2025-04-02"
    assert reading.roles[4] == "caption"


def test_a_brief_s_notes_numbered_under_it_for_the_marks_in_its_argument() -> None:
    """'1. Korea International Trade Association, …' under an argument that marks '… 2018.¹' and gives the note nowhere else:
    its notes; where the notes are set at the pages' feet ('¹ …'), a '1.' under the argument is its first point."""
    marked = ARGUMENT.replace("at all.", "at all.¹", 1)
    roles = roles_of(
        "Markets, not missiles",
        "By Lee Sang-su",
        marked,
        ARGUMENT.replace("at all.", "at all.²", 1),
        ARGUMENT,
        "1. Korea International Trade Association, analysis of Chinese customs statistics, 2019.",
        "2. Ministry of Unification, White Paper on Korean Unification, 2016.",
    )
    assert roles[5:7] == ["notes", "notes"]
    points = roles_of(
        "Early warning, together",
        "By Lee Sang-su",
        marked,
        "¹ Ministry of Defense, press release, 4 October 2022.",
        ARGUMENT,
        "We recommend three steps:",
        "1. Establish a permanent trilateral data-link node, operated jointly by the three forces.",
    )
    assert points[6] == "body"


def test_a_static_site_s_front_matter_dates_the_page_that_states_no_day() -> None:
    """'date: 2021-11-03T08:00:00+01:00' in the YAML front matter over a Markdown page that gives no date line: its day."""
    reading = detect.read(
        [
            '---\ntitle: "Sweden\'s Quiet Channel"\ndate: 2021-11-03T08:00:00+01:00\nauthors:\n  - niklas-swanstrom\ndraft: false\n---',
            "# Sweden's Quiet Channel: Can Track 1.5 Diplomacy Revive Talks with Pyongyang?",
            "*By Niklas Swanström and Sangsoo Lee*",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[0] == "boilerplate" and reading.date is not None and reading.date[0] == "2021-11-03"


def test_a_plain_text_newsletter_s_link_marks_and_its_list_of_links() -> None:
    """'View this email in your browser [1]' and '… sign up here [2].' with '[1] https://…' listed under 'Links:' at the end:
    the marks are read as if they were not there (the browser line is furniture), and the list is no one's words."""
    roles = roles_of(
        "View this email in your browser [1]",
        "THE 38TH PARALLEL DISPATCH\nA weekly letter on Korea, alliances and the bomb",
        "Issue No. 112 | Thursday, 16 November 2023",
        "Don't Sell the Sanctions Twice",
        "By Daniel Whitcombe",
        ARGUMENT + " If someone forwarded it to you, you can sign up here [2].",
        ARGUMENT,
        "Links:\n------\n[1] https://us12.campaign-archive.com/?u=7f3c2a9e41b8d\n[2] https://harcourtcenter.org/dispatch/subscribe\n"
        "[3] https://harcourtcenter.org/r/?u=a1f0e9&l=ncg",
    )
    assert roles[0] == "boilerplate" and roles[3] == "title" and roles[7] == "boilerplate"


def test_an_asterism_between_two_parts_of_an_argument_is_no_heading() -> None:
    roles = roles_of("The case for a good declaration", "By Maren Solbakk", ARGUMENT, ARGUMENT, "⁂", ARGUMENT, ARGUMENT)
    assert roles[4] == "boilerplate" and roles[5] == "body"


def test_an_author_box_with_a_qr_code_s_caption_and_follow_buttons() -> None:
    """'[QR code]' / 'Scan to follow Tomasz Wierzbicki in The Interlocutor app' / 'Tomasz Wierzbicki' / 'Follow' / his bio, then
    'Ana Lucía Ferreyra' / 'Follow' / hers: each writer's bio, its post theirs, the buttons no part of it."""
    reading = detect.read(
        [
            "A seat at the table",
            "By Tomasz Wierzbicki and Ana Lucía Ferreyra",
            ARGUMENT,
            ARGUMENT,
            "[QR code]\nScan to follow Tomasz Wierzbicki in The Interlocutor app\nTomasz Wierzbicki\nFollow\nTomasz Wierzbicki is a"
            " nonresident senior fellow at the Vistula Forum for Security Studies in Warsaw.",
            "Ana Lucía Ferreyra\nFollow\nAna Lucía Ferreyra is a research associate at the Vistula Forum for Security Studies.",
        ]
    )
    assert reading.roles[4:] == ["author_bio", "author_bio"]
    assert [(p.name, p.affiliation) for p in reading.people] == [
        ("Tomasz Wierzbicki", "nonresident senior fellow at the Vistula Forum for Security Studies in Warsaw"),
        ("Ana Lucía Ferreyra", "research associate at the Vistula Forum for Security Studies"),
    ]


def test_a_magazine_s_masthead_and_contents_strip_copied_over_the_article() -> None:
    roles = roles_of(
        "TIDEWATER QUARTERLY  |  Issue 38 · Autumn 2024\nIN THIS ISSUE  ›  The Long Armistice, p. 14  ·  Sanctions Without End?, p. 22"
        "  ·  Letters from Dandong, p. 31  ·  The Kaesong Archive, p. 40  ·  Reviews, p. 58  ·  Subscribe from £9/quarter",
        "FEATURES / KOREAN PENINSULA",
        "Sanctions Without End?",
        "Seven years after the last major UN resolution, the pressure campaign has become a habit rather than a strategy.",
        "Words by Walter Brandvold\nPublished 9 October 2024  ·  Listen to this article · 8 min",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[0] == "boilerplate" and roles[2:5] == ["title", "subtitle", "byline"]


@pytest.mark.parametrize(
    "framing",
    [
        "Counterpoint gives space to contributors who disagree with a position taken by this newspaper's editorial board. On Monday"
        " we argued for a declaration; today a former soldier replies.",
        "The following is an edited transcript of the second session of the Steppe Dialogue, held in Ulaanbaatar.",
    ],
)
def test_the_publisher_presenting_the_piece_under_its_dek(framing: str) -> None:
    roles = roles_of(
        "COUNTERPOINT",
        "A declaration that ends nothing",
        "Our editorial board wants Seoul to secure an end-of-war declaration\nbefore the election. A former soldier explains why",
        framing,
        "By Walter Brandvold",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:5] == ["label", "title", "subtitle", "introduction", "byline"]


def test_a_page_pasted_twice_the_second_time_cut_short() -> None:
    """The page, then its label, title, dek, byline and the first paragraphs again, the last cut where the selection ended:
    the first copy read as the page, each paragraph of the second as the one it repeats (no running head, no second title)."""
    page = [
        "Menu    Search    Subscribe    Sign in",
        "OPINION | ASIA",
        "Europe Cannot Outsource Its Korea Policy to Washington",
        "With the UN's sanctions monitors gone and Moscow courting Pyongyang, European capitals need their own tools",
        "By Niklas Swanström, with Oskar Lindgren",
        "May 27, 2024 6:00 am CEST",
        ARGUMENT,
        ARGUMENT.replace("freeze", "pause"),
        "© 2024 The Continental Post. All rights reserved.",
    ]
    roles = roles_of(*page, *page[1:7], ARGUMENT.replace("freeze", "pause")[:90])
    assert roles[1:6] == ["label", "title", "subtitle", "byline", "dateline"] and roles[9:] == roles[1:8]
    roles = roles_of(*page[:-1], *page[1:8], "Privacy | Terms | Contact us")  # the whole page again, then the site's footer once
    assert roles[1:6] == ["label", "title", "subtitle", "byline", "dateline"] and roles[8:15] == roles[1:8] and roles[15] == "boilerplate"


def test_a_photo_credited_as_the_times_sets_it_under_its_caption() -> None:
    roles = roles_of(
        "A Declaration Won't End the Korean War",
        "By Chun Chae-sung",
        ARGUMENT,
        "South Korean soldiers at the truce village of Panmunjom, inside the Demilitarized Zone, in 2019.",
        "Credit...Park Ji-hoon/Agence France-Presse — Getty Images",
        ARGUMENT,
    )
    assert roles[3:5] == ["caption", "credit"]


def test_a_word_document_copied_with_its_tracked_changes_and_comments() -> None:
    """'Stockholm, [Deleted: 15][Inserted: 22] May 2023' reads as the changes accepted, '[Comment [HB1]: Mats – can we …]' as
    the editor's note it is, 'Formatted: Font: …' as nothing."""
    reading = detect.read(
        [
            "Keeping the channels open",
            "By Mats Engman",
            "Stockholm, [Deleted: 15][Inserted: 22] May 2023",
            ARGUMENT,
            "[Comment [HB1]: Mats – can we add one concrete example here, e.g. the August 2015 landmine crisis? – Hanna]",
            "The [Deleted: old ]armistice machinery is still there",
            ARGUMENT,
            "Formatted: Font: (Default) Calibri, 11 pt, English (United Kingdom)",
        ]
    )
    assert reading.date == ("2023-05-22", "22 May 2023") and [reading.roles[i] for i in (2, 4, 7)] == ["dateline", "editors_note", "boilerplate"]


def test_an_essay_kept_in_a_note_app_with_its_reader_s_tags_stamps_and_to_dos() -> None:
    """A reader's note around the essay: its page's name under the app's icon, tags, source, the note's own 'Created: … Last
    edited: …' stamps and '- [ ] …' to-dos are the reader's, no part of the essay; its date is the essay's own line's."""
    paragraphs = [
        "📄 Okafor-Reyes — freeze argument (CPS) — for ch. 3",
        "Tags: #DPRK #arms-control #freeze #to-cite",
        "Source: https://www.cps-review.org/commentary/2024/01/freeze-is-not-a-failure",
        "Created: February 11, 2024 9:14 PM   Last edited: February 12, 2024 8:02 AM",
        "- [x] read once",
        "- [ ] pull quotes for lit review",
        "- [ ] check warhead estimate against SIPRI yearbook",
        "Commentary",
        "Why a Freeze Is Not a Failure",
        "The case for capping North Korea's arsenal before we talk about ending it",
        "By Daniel Okafor-Reyes, Senior Fellow, Center for Pacific Strategy",
        "Washington, D.C. | January 30, 2024",
        ARGUMENT,
        '- [ ] verify "50 warheads" — SIPRI 2023 says ~30 assembled?',
        ARGUMENT,
    ]
    reading = detect.read(paragraphs)
    assert reading.roles[:7] == ["boilerplate"] * 7 and reading.roles[13] == "boilerplate"
    assert reading.roles[7:12] == ["label", "title", "subtitle", "byline", "dateline"]
    assert reading.date == ("2024-01-30", "January 30, 2024")


def test_a_headline_with_a_comma_over_the_day_is_no_place() -> None:
    """'Freeze First, Then Talk' under the byline, over 'September 27, 2022': a headline, not 'Washington, D.C.' over its day."""
    assert roles_of("By Rebecca Stahl", "Freeze First, Then Talk", "September 27, 2022", ARGUMENT, ARGUMENT)[1] != "dateline"
    assert roles_of("By Rebecca Stahl", "Washington, D.C.", "September 27, 2022", ARGUMENT, ARGUMENT)[1] == "dateline"


def test_an_institute_named_in_capitals_with_its_acronym_over_its_series_label() -> None:
    """'CENTRO DE ESTUDIOS ESTRATÉGICOS DE CENTROAMÉRICA (CEECA)' over 'Policy Brief No. 7/2022 · …' in one block: a label."""
    roles = roles_of(
        "CENTRO DE ESTUDIOS ESTRATÉGICOS DE CENTROAMÉRICA (CEECA)\nPolicy Brief No. 7/2022 · Programa de Seguridad Marítima",
        "Flags of Convenience, Sanctions of Inconvenience:\nCentral America and the Enforcement Gap on North Korea",
        "Ana Lucía Zelaya Paz\nResearch Coordinator, Maritime Security Programme, CEECA",
        "Tegucigalpa, M.D.C., 19 September 2022",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:4] == ["label", "title", "byline", "dateline"]


def test_point_and_counterpoint_label_each_side_s_headline() -> None:
    roles = roles_of(
        "POINT / COUNTERPOINT",
        "Sanctions Relief for a Freeze: Pragmatism or Capitulation?",
        "POINT",
        "A freeze is the only realistic first step",
        "SANGSOO LEE",
        ARGUMENT,
        ARGUMENT,
        "COUNTERPOINT",
        "Relief now would reward the arsenal",
        "MARGARET ELLERY-QUINN",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[2] == roles[7] == "label" and roles[3] == roles[8] == "subtitle"


def test_a_pull_quote_set_a_paragraph_ahead_of_the_sentence_it_repeats() -> None:
    """'Trust is not the starting point of a peace process. …' between two paragraphs, the paragraph after the next opening
    with the same words: the page's pull quote, no passage of the argument."""
    pulled = "Trust is not the starting point of a peace process. It is the residue of a great many small promises kept."
    roles = roles_of("A peace built on small promises", "By Hanna Berg", ARGUMENT, ARGUMENT, ARGUMENT, pulled, ARGUMENT, f"{pulled} {ARGUMENT}")
    assert roles[5] == "boilerplate" and roles[7] == "body"


def test_a_reader_s_my_turn_with_age_and_town_in_the_byline() -> None:
    roles = roles_of(
        "My Turn",
        "My brother is 85 and lives an hour from the DMZ. I may never see him again.",
        "By Young-ja Kim, 81, of Fort Lee",
        "Sunday, June 11, 2023",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:4] == ["label", "title", "byline", "dateline"]


def test_a_spanish_page_s_notes_and_about_the_authors_headings_and_its_nota() -> None:
    """'Notas' over the notes and 'Sobre los autores' over the bios, as the English headings; 'Nota: This transcript has been
    edited …' an editor's note, and 'Transcripción y traducción: …' a credit."""
    roles = roles_of(
        "Reducing Risk on a Divided Peninsula",
        "Por Sangsoo Lee y Martín Benítez Giménez",
        "Nota: This transcript has been edited for length and clarity.",
        "Transcripción y traducción: Sofía Méndez Rivero",
        ARGUMENT,
        ARGUMENT,
        "Notas",
        "1. Korean Central News Agency, 15 January 2024.",
        "Sobre los autores",
        "Sangsoo Lee is head of the Korea Center at ISDP. Martín Benítez Giménez is a researcher at IPRI.",
    )
    assert roles[1:4] == ["byline", "editors_note", "credit"] and roles[6:9] == ["notes", "notes", "author_bio"]


def test_a_site_s_name_over_a_breadcrumb_and_the_section_s_label_is_the_site_s() -> None:
    """'东方观察 EASTERN OBSERVER' over its menu, the breadcrumb '当前位置：首页 > 评论 > 观点', then 'OPINION' over the
    headline: two labels over the title, the first the site's name; but a newsletter's name over 'Subscribe' stays its label."""
    roles = roles_of(
        "东方观察 EASTERN OBSERVER\n首页 | 国际 | 评论 | 财经 | 视频 | 专题 | English Edition",
        "当前位置：首页 > 评论 > 观点",
        "OPINION",
        "After Hanoi, the way forward is phased and synchronized",
        "By Zhao Minghui",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:4] == ["boilerplate", "boilerplate", "label", "title"]
    roles = roles_of("Peninsula Notes\nby Robert Ainsley", "Subscribe", "GUEST ESSAY", "What Extended Deterrence Can't Buy", "By Mats Engman", ARGUMENT)
    assert roles[:4] == ["label", "boilerplate", "label", "title"]


def test_a_page_copied_with_its_images_alt_texts() -> None:
    """'[Logo: …]' over the menu, '[Icon: magnifying glass] Search', '[Headshot of Lee Sang-sook]' over her name and day,
    '[Icon: X] [Icon: Facebook] … Share this': the images' words are the page's, and the name under the headshot her byline."""
    roles = roles_of(
        "[Logo: Center for Northeast Asian Futures]\nHome  Research  Experts  Events  Commentary  About  Donate",
        "[Icon: magnifying glass] Search",
        "Commentary  |  Alliances & Deterrence",
        "Seoul Does Not Need the Bomb. It Needs a Seat at the Table.",
        "[Headshot of Lee Sang-sook]\nLee Sang-sook\nMarch 27, 2024",
        ARGUMENT,
        ARGUMENT,
        "[Icon: X] [Icon: Facebook] [Icon: LinkedIn] [Icon: envelope] Share this",
    )
    assert roles[:5] == ["boilerplate", "boilerplate", "label", "title", "byline"] and roles[7] == "boilerplate"


def test_a_phone_s_tap_to_expand_over_a_photo_s_words_is_its_caption() -> None:
    roles = roles_of(
        "Relief for a freeze is a bad bargain",
        "By Daniel Whitcombe",
        ARGUMENT,
        "Tap to expand\nSouth Korean and U.S. Air Force jets fly in formation during a combined drill. (ROK Ministry of National Defense)",
        ARGUMENT,
    )
    assert roles[3] == "caption"


def test_a_report_s_cover_credits_and_its_imprint_s_day() -> None:
    """'Authors' over the writers, 'Editor' and 'Design' over theirs: the writers' byline and two credits; the day is the one
    its imprint gives ('© 2023 … First published 14 June 2023.'), with no date line of its own."""
    reading = detect.read(
        [
            "UPPSALA FORUM ON PEACE AND SECURITY",
            "Special Report No. 7",
            "Between Freeze and Rollback: Sequencing Sanctions Relief and Verification on the Korean Peninsula",
            "Authors\nSangsoo Lee\nKarin Ekdahl",
            "Editor\nJohan Lindqvist",
            "Design\nStudio Norrsken, Uppsala",
            "© 2023 Uppsala Forum on Peace and Security. First published 14 June 2023.\nAll rights reserved.",
            "1. Introduction",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3:6] == ["byline", "credit", "credit"] and reading.date == ("2023-06-14", "14 June 2023")


def test_a_journal_article_s_history_under_its_heading_dates_it_by_its_publication() -> None:
    reading = detect.read(
        [
            "Middle Powers and the North Korean Problem",
            "Lee Min-ji and Paolo Ferri",
            "ARTICLE HISTORY\nReceived 14 November 2022\nAccepted 9 May 2023\nPublished online 30 May 2023",
            "Introduction",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:4] == ["dateline", "subtitle"] and reading.date == ("2023-05-30", "30 May 2023")


def test_a_conference_paper_s_meeting_its_draft_warning_and_the_day_it_was_given() -> None:
    """The meeting's name over its place and session, a warning not to cite the draft, then the paper's own title; the day
    it was given, under the writer, is its date."""
    reading = detect.read(
        [
            "THE 7TH TALLINN FORUM ON PACIFIC SECURITY\nTallinn, Estonia\nPanel 4: Deterrence and Its Discontents",
            "DRAFT -- NOT FOR CITATION",
            "Two Deterrents, One Peninsula: Extended Deterrence after the Washington Declaration",
            "Kadri Saar\nSenior Researcher, Estonian Centre for Asian Studies",
            "Paper prepared for presentation on 12 June 2024",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:5] == ["label", "boilerplate", "title", "byline", "dateline"]  # the warning as 'DRAFT — please do not cite'
    assert reading.date == ("2024-06-12", "12 June 2024")


def test_a_meeting_s_name_with_no_session_under_it_is_still_the_title() -> None:
    roles = roles_of("The Forum That Never Met\nWhy Seoul and Tokyo stopped talking", "By Kadri Saar", ARGUMENT, ARGUMENT)
    assert roles[:2] == ["title", "byline"]


def test_a_corrections_heading_over_the_dated_correction_is_the_editors_note() -> None:
    roles = roles_of(
        "Why the hotline matters more than the summit",
        "By Leona Fairbairn",
        ARGUMENT,
        ARGUMENT,
        "Leona Fairbairn is a former Australian defence attaché in Seoul.",
        "Clarification",
        "Correction, 3 March 2023: An earlier version of this article gave the wrong year for the closure of the liaison office.",
        "© 2023 The Harbour Review",
    )
    assert roles[5:7] == ["editors_note", "editors_note"]


def test_headlines_under_more_from_a_section_and_an_institute_s_recent_publications_are_its_links() -> None:
    roles = roles_of(
        "A treaty nobody will sign",
        "By Leona Fairbairn",
        ARGUMENT,
        ARGUMENT,
        "More from Northeast Asia",
        "Tokyo’s Quiet Rearmament Is Not So Quiet Anymore\nWhat Mongolia Wants From Both Koreas",
        "Recent Harbour Institute Publications",
        'Policy Brief No. 9 -- Leona Fairbairn, "Hotlines and Their Limits",\n12 January 2023',
        'Occasional Paper No. 3 -- Tom Reyes, "Shipping, Sanctions and the Sea of Japan",\n4 November 2022',
    )
    assert roles[4:] == ["boilerplate"] * 5


def test_a_column_s_name_over_a_headline_in_sentence_case_that_names_a_country() -> None:
    """'Letters from the Border' (small words in lower case) over a sentence-case headline naming South Korea: the column
    and its headline, not a headline and its dek."""
    roles = roles_of("Letters from the Border", "The summit South Korea cannot afford to skip", "By Leona Fairbairn", ARGUMENT, ARGUMENT)
    assert roles[:3] == ["label", "title", "byline"]


def test_a_title_over_its_dek_that_ends_a_sentence_stays_the_title() -> None:
    roles = roles_of("Beyond the Summit", "Why the next round of talks in Seoul must begin with verification.", "By Leona Fairbairn", ARGUMENT, ARGUMENT)
    assert roles[:2] == ["title", "subtitle"]


@pytest.mark.parametrize(
    ("contact", "role"),
    [
        ("lfairbairn@harbourreview.com  |  X: @LFairbairnSyd", "author_bio"),  # her address and handle, under her column
        ("opinion@harbourreview.com | Bluesky: @harbourreview.bsky.social", "credit"),  # the desk's, no writer's
    ],
)
def test_an_address_and_a_handle_under_the_text(contact: str, role: str) -> None:
    reading = detect.read(["A treaty nobody will sign", "By Leona Fairbairn", ARGUMENT, ARGUMENT, contact])
    assert reading.roles[4] == role
    assert reading.signers[4] == ((0,) if role == "author_bio" else ())


def test_a_pull_quote_under_a_photo_s_caption_between_the_answers() -> None:
    """A magazine's pull quote set under a photo's caption, its words an answer's: furniture, not a paragraph of argument."""
    answer = (
        "More than ever. The question is not whether Pyongyang keeps a bomb next year. It is how many it has in 2035, and what"
        " we did in the meantime to keep that number small, which is the only measure of a policy that matters now."
    )
    roles = roles_of(
        "A Freeze Is Not a Failure",
        "By Clara Whitfield",
        ARGUMENT,
        ARGUMENT.replace("The freeze", "A freeze"),
        "Ahn Do-hyun in his office near Jongno, Seoul, in February. Photograph by Jun Seo-yeon for The Review",
        "“The question is not whether Pyongyang keeps a bomb next year. It is how many it has in 2035.”",
        "Critics in Seoul say any relief now rewards two years of launches. How do you answer them?",
        answer,
        ARGUMENT.replace("The freeze", "That freeze"),
    )
    assert roles[4:6] == ["caption", "boilerplate"]


@pytest.mark.parametrize(
    ("tail", "roles"),
    [
        (
            ["Methodology", ARGUMENT.replace("The freeze", "We coded each case; the freeze"), "Data sources", "UN Panel of Experts reports, 2018-2023."],
            ["notes"] * 4,
        ),
        (["Glossary of acronyms", "CVID\tComplete, verifiable and irreversible dismantlement\nNNSC\tNeutral Nations Supervisory Commission"], ["notes"] * 2),
        (["Methodology", ARGUMENT.replace("The freeze", "We coded each case; the freeze"), "Findings", ARGUMENT], ["subtitle", "body", "subtitle", "body"]),
    ],
)
def test_sections_on_how_a_text_was_made_under_its_argument_are_notes(tail: list[str], roles: list[str]) -> None:
    """'Methodology', 'Data sources', 'Glossary of acronyms' after the argument are notes, with what is under them; a paper
    whose 'Methodology' is followed by 'Findings' is still arguing."""
    found = roles_of("Where the oil goes", "By Priya Raman", ARGUMENT, ARGUMENT.replace("The freeze", "A freeze"), ARGUMENT, *tail)
    assert found[5:] == roles


def test_an_epigraph_over_the_argument_and_a_board_under_it() -> None:
    roles = roles_of(
        "Singapore's thin paper",
        "By Chun Chae-sung",
        '"Peace is not an absence of war, it is a virtue, a state of mind, a disposition for benevolence."\n-- Baruch Spinoza, Tractatus Politicus',
        ARGUMENT,
        ARGUMENT.replace("The freeze", "A freeze"),
        "Board of Directors\nProf. Helena Saarinen (Chair), University of Helsinki\nDr. Mirja Kallio, Åbo Akademi University\nJussi Heinonen",
    )
    assert roles[2] == "boilerplate" and roles[-1] == "boilerplate"


def test_a_paper_s_name_and_the_day_over_the_headline_sign_nothing() -> None:
    """'Nordic Post · Tuesday 14 November 2023 · 23': the paper, its day and its page, over an op-ed whose writer's name
    opens its first paragraph in capitals: no one called 'Nordic Post'."""
    reading = detect.read(["Nordic Post · Tuesday 14 November 2023 · 23", "COMMENT & DEBATE", "Europe must stop pretending", ARGUMENT, ARGUMENT])
    assert "Nordic Post" not in [person.name for person in reading.people]


@pytest.mark.parametrize(
    ("kicker", "headline", "roles"),
    [
        ("DEBATE: Is a peace regime premature?", "Response to Harold Brenner: A Peace Regime Is Not a Reward", ["label", "title"]),
        ("FORUM: After Hanoi", "The Freeze We Can Still Verify", ["label", "title"]),
        ("DEBATE: Is a peace regime premature?", "Two experts answer the question our readers ask most.", ["title", "subtitle"]),  # a dek
    ],
)
def test_an_exchange_s_kicker_over_a_part_s_own_headline_is_a_label(kicker: str, headline: str, roles: list[str]) -> None:
    assert roles_of(kicker, headline, "By Dr. Lee Sang-soo", ARGUMENT, ARGUMENT)[:2] == roles


def test_a_suggested_citation_heading_alone_over_the_citation() -> None:
    roles = roles_of(
        "Beyond the Armistice",
        "By Chun Chaesung and Min-jeong Park",
        ARGUMENT,
        ARGUMENT,
        "Suggested citation:",
        "Chun, Chaesung, and Min-jeong Park. 2021. Beyond the Armistice: Sequencing a Peace Regime on the Korean Peninsula."
        " Peace Regime Project Report 2021-03. Seoul: Namsan Institute for Peace Studies.",
    )
    assert roles[4:] == ["boilerplate", "boilerplate"]


def test_an_empty_comment_section_ends_nothing_under_it() -> None:
    """'Comments (0)' over the page's own lines: no reader's words follow, and the disclaimer under it is one."""
    roles = roles_of(
        "Seoul's alliance choice",
        "By Chun Chaesung",
        ARGUMENT,
        ARGUMENT,
        "Tags: South Korea · North Korea · Nuclear weapons",
        "Comments (0)\nYou must be logged in to post a comment.",
        "The opinions published in this section are the sole responsibility of their authors and do not reflect the editorial line of Equador Diário.",
    )
    assert roles[4:] == ["boilerplate", "boilerplate", "disclaimer"]


def test_a_running_footer_with_a_month_and_a_page_number_is_no_date_line() -> None:
    roles = roles_of(
        "ISSUE BRIEF",
        "December 10, 2018",
        "Europe's Quiet Channel",
        "By Niklas Swanström",
        ARGUMENT,
        "ISDP Issue Brief, December 2018 | www.isdp.eu | 2",
        ARGUMENT,
    )
    assert roles[5] == "boilerplate"


def test_an_e_reader_s_locations_highlights_notes_and_citation_around_a_chapter() -> None:
    roles = roles_of(
        "Chapter 7",
        "Beyond Denuclearization First",
        "CHUN Chaesung",
        ARGUMENT,
        "Location 1224",
        ARGUMENT.replace("The freeze", "A freeze"),
        "Highlight (yellow) | Location 1,231\nit announced that its nuclear status was irreversible",
        "Note | Location 1,238\nKEY ARGUMENT — compare Engman, ch. 4",
        "A Layered Strategy",
        "Location 1246",
        ARGUMENT.replace("The freeze", "That freeze"),
        "Marsh, Eleanor; Yoon, Ji-hye. The Korean Peninsula in a Multipolar Age: Strategies for Middle Powers (p. 143). Harbor Academic Press. Kindle Edition.",
    )
    assert roles[6:10] == ["boilerplate", "boilerplate", "subtitle", "boilerplate"] and roles[11] == "boilerplate"


def test_a_tagged_column_name_over_the_columnist_and_the_headline_is_a_label() -> None:
    roles = roles_of(
        "The Seoul Ledger\nHome > Opinion > Columns",
        "[Column] Peninsula Watch",
        "Seo Dong-hyuk\nFormer deputy director-general for North Korean nuclear affairs, Ministry of Foreign Affairs",
        "A freeze is not a surrender. It is the only door still open",
        "Posted : 2023-11-14 17:32",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[1:4] == ["label", "byline", "title"]


@pytest.mark.parametrize(
    ("credits", "role"),
    [
        ("Executive Director: Henrik Vestergaard\nProgram Director, Asian Security: Louise Aagaard\nResearch Assistant: Park Seo-jun", "credit"),
        ("Director: none of this was planned\nAssistant: nor was the rest", "subtitle"),  # no names: no staff box
    ],
)
def test_a_report_s_staff_credits_a_post_and_a_name_a_line(credits: str, role: str) -> None:
    roles = roles_of(
        "SPECIAL REPORT · NO. 11", "Keeping the Armistice Alive", "Mats Engman and Yoon Ha-rin", "Copenhagen, 27 May 2024", credits, ARGUMENT, ARGUMENT
    )
    assert roles[4] == role


@pytest.mark.parametrize(
    ("chapter", "role"),
    [("Chapter 3 | Chun Chaesung", "byline"), ("Chapter 3 | Sequencing", "label")],  # its writer; or its short name, no one's
)
def test_a_chapter_s_number_and_its_writer_after_a_bar(chapter: str, role: str) -> None:
    roles = roles_of("EAI Special Report", chapter, 'Beyond "Denuclearization First": Sequencing Peace and Disarmament', ARGUMENT, ARGUMENT)
    assert roles[1] == role


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ('Ashton in Belize City writes: "You keep saying Seoul should not build a bomb. Why should they trust a promise?"', "question"),
        ('Ashton in Belize City writes: "You keep saying Seoul should not build a bomb, and I agree."', "body"),  # no question: his view
    ],
)
def test_a_newsletter_reader_s_question_by_first_name_and_town(paragraph: str, role: str) -> None:
    roles = roles_of("THE FAR SHORE", "Notes on the world from Belize", "By Dorian Castillo-Young", ARGUMENT, "From the mailbag", paragraph, ARGUMENT)
    assert roles[5] == role


def test_a_site_s_name_section_and_region_over_the_headline_are_its_label() -> None:
    roles = roles_of(
        "Te Lumaga Review | Commentary | Asia-Pacific Security",
        "An End-of-War Declaration Would Not End the War. Pass It Anyway.",
        "By Sangsoo Lee and Niklas Swanström",
        ARGUMENT,
        ARGUMENT,
    )
    assert roles[:2] == ["label", "title"]


def test_a_documentary_transcript_s_on_screen_notes_are_captions() -> None:
    roles = roles_of(
        "THE LONG CEASEFIRE",
        "A documentary transcript",
        "[00:00:09] [ON SCREEN: Panmunjom, Joint Security Area, 2023.]",
        "[00:00:15] NARRATOR: For seventy years, a line has divided the peninsula.",
        "[00:00:40] KIM SOO-MIN: " + ARGUMENT,
        "[00:12:50] [ON SCREEN: Demolition of the inter-Korean liaison office, Kaesong, 16 June 2020. KCNA footage.]",
        "[00:12:58] KIM SOO-MIN: " + ARGUMENT,
    )
    assert roles[2] == roles[5] == "caption"
