"""Who writes which part of a page that carries several voices, and what only frames them (detect.read): a profile in its
subject's quoted words, experts answering one question under their names in bold, a study group's statement signed by
its members' list, a section one co-author writes alone, a debate's rebuttals, letters, a series editor's preface, a
newsletter editor presenting a guest, posts copied one after another, parts signed by name or by bio. Each case is an
essay written for this file, not one of the keyed sets."""

from __future__ import annotations

import pytest

from korea_cli import detect
from korea_cli.bylines import title_case

ANSWER_TEXT = "the freeze must come first, verified by inspectors, and sanctions relief can follow step by step after that"
"""A reported view's substance, as a rapporteur writes it."""
ARGUMENT = (
    "The freeze has to come first and it has to be verified by inspectors on the ground; sanctions relief can then follow in"
    " steps that can be reversed, so that neither side has to trust the other before the other has done anything at all."
    " That is slower than a grand bargain, but every grand bargain so far has ended in recriminations within a year."
)
"""A body paragraph's length and look: some 400 characters of argument."""


def writers(reading: detect.Reading) -> dict[str, int]:
    return {person.name: n for n, person in enumerate(reading.people)}


def signed_by(reading: detect.Reading) -> list[list[str]]:
    """Each paragraph's signers, by name."""
    return [[reading.people[n].name for n in group] for group in reading.signers]


@pytest.mark.parametrize(
    ("tag_one", "tag_two", "tag_three"),
    [
        ("she says", "Okafor says", "she adds"),
        ("said Okafor", "she said", "Adaeze Okafor said"),
        ("she argues", "Okafor argued", "she insists"),
    ],
)
def test_a_profile_in_its_subject_s_quoted_words(tag_one: str, tag_two: str, tag_three: str) -> None:
    reading = detect.read(
        [
            "The Lagos scholar who reads Pyongyang's party papers",
            "By Martin Oyelaran",
            "Adaeze Okafor first went to North Korea in 2012 with a delegation of Nigerian engineers, and has been back six times."
            " She now teaches at the University of Ibadan and is one of very few African academics who follow the peninsula closely.",
            f"“The mistake is to think Pyongyang is waiting for a better offer. It has told us what it wants, and it is recognition"
            f" as a nuclear state, which no one will give it,” {tag_one}. “Policy has to start from that.”",
            "Her view is not popular in Abuja, where the government has backed every Security Council resolution since 2006.",
            f"“Sanctions have bought time, nothing more. If they are never eased in return for anything, they stop being leverage"
            f" and become a wall, and walls do not negotiate,” {tag_two}.",
            "Asked whether the African Union should take a position, she pauses.",
            "“It should say that verification comes before relief, and then stay out of the way. Small players help most when"
            " they are clear about the one thing they believe and quiet about everything else.”",
            f"“The alliance between Washington and Seoul is the reason Seoul can afford to talk at all. Weaken it and the South"
            f" will have to arm instead of negotiate,” {tag_three}.",
            "Martin Oyelaran is our Africa correspondent.",
        ]
    )
    assert list(writers(reading)) == ["Adaeze Okafor"]
    assert reading.roles == [
        "title", "credit", "introduction", "body", "introduction", "body", "question", "body", "body", "credit",
    ]  # fmt: skip


def test_a_report_that_quotes_two_people_stays_the_reporter_s() -> None:
    reading = detect.read(
        [
            "Experts split on what the satellite launch means",
            "By Hana Kobayashi",
            "“This is a military system, whatever Pyongyang calls it,” said Daniel Brenner of the Hudson Center. “It changes what"
            " the North can see of our forces, and that changes deterrence.”",
            "“I would not overstate it. One satellite is a demonstration, not a constellation,” said Li Qiang, a researcher in"
            " Beijing. “The question is whether Russia helped, and what it was paid.”",
            ARGUMENT,
            "“Both things can be true,” Brenner said later.",
        ]
    )
    assert list(writers(reading)) == ["Hana Kobayashi"]
    assert reading.roles[2:] == ["body", "body", "body", "body"]


def test_experts_each_answering_one_question_under_their_name_in_bold() -> None:
    reading = detect.read(
        [
            "ROUND-UP",
            "Is the inter-Korean military agreement worth saving?",
            "Compiled by the Opinion Desk",
            "Q: Seoul has suspended part of the 2018 military agreement. Should it restore it?",
            "**Dr. Helga Marstrand**, Senior Fellow, Danish Institute for Security Studies: Yes, and quickly. " + ARGUMENT,
            ARGUMENT,
            "**Kwon Tae-ho**, Professor of Political Science, Chungnam National University: Not without something in return. " + ARGUMENT,
            "**Prof. Rajiv Menon**, Centre for Strategic Studies, New Delhi: The agreement was always fragile. " + ARGUMENT,
        ]
    )
    named = writers(reading)
    assert set(named) == {"Helga Marstrand", "Kwon Tae-ho", "Rajiv Menon"}
    assert reading.roles[3:] == ["question", "body", "body", "body", "body"]
    assert reading.signers[4:] == [(named["Helga Marstrand"],)] * 2 + [(named["Kwon Tae-ho"],), (named["Rajiv Menon"],)]
    assert reading.people[named["Kwon Tae-ho"]].affiliation == "Professor of Political Science, Chungnam National University"


def test_a_statement_signed_by_its_members_list_with_one_member_s_additional_view() -> None:
    reading = detect.read(
        [
            "Statement",
            "Verification First: A Common Position of the Tokyo–Canberra Working Group",
            "The Tokyo–Canberra Working Group on Nuclear Security brings together former diplomats and researchers from Japan and"
            " Australia. It met four times in 2022. The following statement sets out the positions its members share.",
            "First, " + ARGUMENT,
            "Second, " + ARGUMENT,
            "Third, " + ARGUMENT,
            "Separate View",
            "Fiona McAllister: I endorse the statement but would not link relief to a full declaration. " + ARGUMENT,
            "Members take part in a personal capacity. Affiliations are given for identification only.",
            "Members of the Working Group\nSATO Hiroshi, Professor, Keio University (Co-chair)\nFiona McAllister, former First"
            " Assistant Secretary, Department of Foreign Affairs and Trade (Co-chair)\nNoriko Ishida, Senior Fellow, Japan Forum for"
            " Strategic Studies",
        ]
    )
    named = writers(reading)
    assert set(named) == {"SATO Hiroshi", "Fiona McAllister", "Noriko Ishida"}  # a surname in capitals stays as the list writes it
    everyone = tuple(sorted(named.values()))
    assert reading.roles[2] == "introduction" and reading.roles[8:] == ["disclaimer", "byline"]
    assert [tuple(sorted(group)) for group in reading.signers[3:6]] == [everyone] * 3
    assert reading.signers[7] == (named["Fiona McAllister"],)


def test_a_section_its_note_says_one_co_author_wrote_alone() -> None:
    reading = detect.read(
        [
            "Sanctions After the Panel of Experts",
            "By Park Ji-woo and Thomas Lindgren",
            "1. The end of the monitoring regime",
            ARGUMENT,
            ARGUMENT,
            "2. What Europe should do",
            "(A note from the authors: the analysis above is joint. This section is written by Thomas Lindgren alone; Park Ji-woo"
            " does not share all of its conclusions.)",
            "In my view " + ARGUMENT,
            ARGUMENT,
        ]
    )
    named = writers(reading)
    both = tuple(sorted(named.values()))
    assert [tuple(sorted(group)) for group in reading.signers[3:5]] == [both, both]
    assert reading.signers[7:] == [(named["Thomas Lindgren"],)] * 2


def test_a_bracketed_authors_note_under_the_heading_gives_the_section_to_one() -> None:
    reading = detect.read(
        [
            "Two Views on Relief",
            "By Marta Kowalczyk and Yoon Seo-hyun",
            "Introduction",
            ARGUMENT,
            ARGUMENT,
            "Conclusion",
            "[Authors' note: the conclusion was written by Yoon Seo-hyun alone and does not necessarily reflect the views of Marta Kowalczyk.]",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.roles[6] == "disclaimer"
    assert reading.signers[7] == (named["Yoon Seo-hyun"],)
    assert len(reading.signers[3]) == 2


def test_a_moderator_the_introduction_names_asks_and_is_no_author() -> None:
    reading = detect.read(
        [
            "Roundtable: Seoul, Tokyo and the Bomb",
            "The Centre held a roundtable in Canberra on 3 May. The discussion was chaired by Olivia Trent, deputy director of the"
            " Centre. What follows is an edited transcript.",
            "Olivia Trent: Welcome, and thank you both. Let me begin with the obvious. Is a South Korean bomb still unthinkable?",
            "Hyun Jae-min: Less than it was. " + ARGUMENT,
            "Akiko Mori: I would put it differently. " + ARGUMENT,
            "Olivia Trent: And Japan?",
            "Mori: " + ARGUMENT,
            "Hyun: " + ARGUMENT,
            "Olivia Trent: Thank you both.",
        ]
    )
    assert "Olivia Trent" not in writers(reading)
    assert [reading.roles[i] for i in (2, 5, 8)] == ["question", "question", "introduction"]
    assert [reading.roles[i] for i in (3, 4, 6, 7)] == ["body"] * 4


@pytest.mark.parametrize(
    ("foreword", "framing"),
    [
        (
            [
                "This is the fourth paper in our Korea Series, which brings young European scholars into the debate on the"
                " peninsula. It appears at a time when diplomacy has stalled and attention has moved elsewhere.",
                "The chapters that follow look at the problem from two sides. We thank both authors, and the reviewers who read the drafts with care.",
            ],
            True,
        ),
        (
            [
                "When we began this project the talks were moving fast, and the technical questions that would decide whether"
                " any agreement could hold were left to the end.",
                "I have long believed that Europe's contribution should be technical before it is political. Europe should offer"
                " inspectors and funding the moment the parties agree to let them in.",
            ],
            False,
        ),
    ],
)
def test_a_foreword_that_presents_the_paper_frames_it_one_that_argues_is_its_signer_s(foreword: list[str], framing: bool) -> None:
    reading = detect.read(
        [
            "Beyond the Stalemate",
            "Maria Lindholm and Cho Eun-ji",
            "Foreword",
            *foreword,
            "Jan Eriksen\nSeries Editor\nOslo, March 2021",
            "1. The Problem of Guarantees",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    named = writers(reading)
    if framing:
        assert reading.roles[3:6] == ["introduction", "introduction", "credit"]
        assert "Jan Eriksen" not in {reading.people[n].name for group in reading.signers for n in group}
    else:
        assert reading.roles[3:6] == ["body", "body", "byline"]
        assert reading.signers[3] == (named["Jan Eriksen"],)


def test_a_newsletter_editor_presenting_a_guest_essay() -> None:
    reading = detect.read(
        [
            "View this email in your browser",
            "THE BORDERLINE\nA monthly letter on Korean security from Vienna",
            "Issue No. 52 · Guest Essay",
            "3 March 2023",
            "Dear readers,",
            "The Freedom Shield exercises begin next week, and with them the familiar cycle of threats. " + ARGUMENT,
            "Our guest this month is Dr. Lukas Brandner, who spent four years at the IAEA. He argues that the agency should"
            " prepare now for a mission it may never be asked to carry out.",
            "— Sophie Hallberg, editor",
            "An Inspection Team in Waiting",
            "By Lukas Brandner",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    named = writers(reading)
    assert list(named) == ["Lukas Brandner"]
    assert reading.roles[2] == "label" and reading.roles[5:10] == ["introduction", "introduction", "credit", "title", "byline"]
    assert reading.signers[10:] == [(named["Lukas Brandner"],)] * 2


def test_two_blog_posts_copied_one_after_the_other() -> None:
    reading = detect.read(
        [
            "Panmunjom Notes\nA group blog on Korean affairs",
            "What the Satellite Launch Changes",
            "May 4, 2023",
            "by Ellen Marsh",
            ARGUMENT,
            ARGUMENT,
            "Ellen Marsh worked on export controls at the Commerce Department for a decade. She writes here in a personal capacity.",
            "Share this:\nTwitter\nFacebook",
            "Filed under: Missiles, Sanctions | 2 Comments",
            "Why Seoul Keeps Talking About Railways",
            "April 28, 2023",
            "by Kim Do-hyun",
            ARGUMENT,
            ARGUMENT,
            "← Older posts",
            "Blog at WordPress.com.",
        ]
    )
    named = writers(reading)
    assert set(named) == {"Ellen Marsh", "Kim Do-hyun"}
    assert reading.roles[6] == "author_bio" and reading.roles[9] == "subtitle" and reading.roles[14:] == ["boilerplate", "boilerplate"]
    assert reading.signers[12:14] == [(named["Kim Do-hyun"],)] * 2


def test_a_debate_s_rebuttals_by_surname_are_each_debater_s() -> None:
    reading = detect.read(
        [
            "DEBATE",
            "Should sanctions be eased first?",
            "Opening statement: for",
            "Svetlana Orlova",
            ARGUMENT,
            ARGUMENT,
            "Opening statement: against",
            "Dr. Henrik Aalto",
            ARGUMENT,
            ARGUMENT,
            "Rebuttals",
            "Orlova: My colleague speaks of leverage. " + ARGUMENT,
            "Aalto: Leverage unused is not leverage lost. " + ARGUMENT,
            "Orlova: " + ARGUMENT,
        ]
    )
    named = writers(reading)
    orlova, aalto = named["Svetlana Orlova"], named["Henrik Aalto"]
    assert reading.roles[10] == "subtitle"
    assert reading.signers[11:] == [(orlova,), (aalto,), (orlova,)]


def test_letters_signed_with_the_whole_name_then_the_first_name_and_headed_between() -> None:
    reading = detect.read(
        [
            "Letters on a peace treaty",
            "Editor's note: Over the winter Prof. Liu Yanping of Fudan University and Dr. Anders Holm of Uppsala University wrote to"
            " each other about the armistice. We publish their letters with their permission.",
            "First letter",
            "Dear Anders,\n" + ARGUMENT,
            ARGUMENT,
            "Yours sincerely,\nLiu Yanping",
            "The reply",
            "Dear Yanping,\n" + ARGUMENT,
            "Best wishes,\nAnders",
            "A last word",
            "Dear Anders,\n" + ARGUMENT,
            "Yanping",
        ]
    )
    named = writers(reading)
    liu, holm = named["Liu Yanping"], named["Anders Holm"]
    assert [reading.roles[i] for i in (5, 6, 8, 9, 11)] == ["byline", "subtitle", "byline", "subtitle", "byline"]
    assert reading.signers[3:6] == [(liu,)] * 3 and reading.signers[7] == (holm,) and reading.signers[10] == (liu,)


def test_symposium_parts_signed_by_name_and_post_and_one_by_a_bio() -> None:
    reading = detect.read(
        [
            "FORUM",
            "Can the armistice be retired?",
            "Three specialists answer.",
            "The armistice has outlived every prediction of its end. We asked three scholars whether it can now be replaced.",
            "An overdue step",
            ARGUMENT,
            ARGUMENT,
            "Mirela Dragan, Senior Lecturer, Faculty of Political Science, University of Bucharest",
            "Not before the bomb",
            ARGUMENT,
            ARGUMENT,
            "Kenji Tanabe is a research fellow at the Institute for Peace Policies in Tokyo and a former defence official.",
            "A Chinese view",
            ARGUMENT,
            "Zhou Ming, Professor, School of International Studies, Renmin University",
            "Contributors write in a personal capacity.",
        ]
    )
    named = writers(reading)
    assert set(named) == {"Mirela Dragan", "Kenji Tanabe", "Zhou Ming"}
    assert reading.signers[5:7] == [(named["Mirela Dragan"],)] * 2
    assert reading.signers[9:11] == [(named["Kenji Tanabe"],)] * 2 and reading.roles[11] == "author_bio"
    assert reading.signers[13] == (named["Zhou Ming"],)


def test_guest_columns_signed_by_a_bio_and_a_signature_under_an_editor_s_sign_off() -> None:
    reading = detect.read(
        [
            "NORDIC KOREA LETTER",
            "Issue 12 · Friday 4 October 2019",
            "Two guests on what the Stockholm talks tell us",
            "Dear readers, welcome back. This issue hands the floor to two guests who see the Stockholm talks very differently.",
            "GUEST COLUMN",
            "A failure that was worth having",
            ARGUMENT,
            ARGUMENT,
            "Ingrid Sørensen directs the Asia programme at the Norwegian Peace Forum. She writes in a personal capacity.",
            "GUEST COLUMN",
            "Stop rewarding walk-outs",
            ARGUMENT,
            ARGUMENT,
            "— Paul Verhaegen, senior fellow, Flemish Institute for Security Studies",
            "Until next month,\nMaja Lund\nEditor, Nordic Korea Letter",
        ]
    )
    named = writers(reading)
    assert set(named) == {"Ingrid Sørensen", "Paul Verhaegen"}
    assert reading.signers[6:8] == [(named["Ingrid Sørensen"],)] * 2 and reading.signers[11:13] == [(named["Paul Verhaegen"],)] * 2
    assert reading.roles[8] == "author_bio" and reading.roles[13:] == ["byline", "credit"]


def test_two_experts_labelled_by_surname_whose_whole_names_a_caption_gives() -> None:
    reading = detect.read(
        [
            "Two Korean scholars on the summit",
            "2019/03/06 17:45",
            "Yoon Mi Rae, left, and Park Sang-woo in Seoul on March 4.",
            "The summit ended without a deal. We asked two scholars in Seoul what comes next.",
            "EDN: Why did it fail?",
            "Yoon: " + ARGUMENT,
            "Park: " + ARGUMENT,
            "EDN: What now?",
            "Park: " + ARGUMENT,
            "Yoon: " + ARGUMENT,
        ]
    )
    named = writers(reading)
    assert set(named) == {"Yoon Mi Rae", "Park Sang-woo"}
    yoon, park = named["Yoon Mi Rae"], named["Park Sang-woo"]
    assert [reading.signers[i] for i in (5, 6, 8, 9)] == [(yoon,), (park,), (park,), (yoon,)]


def test_a_brief_with_no_byline_whose_authors_about_the_authors_names() -> None:
    reading = detect.read(
        [
            "HALDEN SCHOOL OF PUBLIC POLICY | LAKESHORE UNIVERSITY\nCenter for Korean Studies",
            "POLICY BRIEF No. 7 | March 2020",
            "A Snapback for the Peninsula",
            ARGUMENT,
            ARGUMENT,
            "ABOUT THE AUTHORS\nMaria J. Okonkwo is Associate Professor of Economics at Lakeshore University.",
            "Choi Min-seok is a Research Fellow at the Korea Development Forum in Seoul.",
        ]
    )
    assert set(writers(reading)) == {"Maria J. Okonkwo", "Choi Min-seok"}
    assert reading.roles[:3] == ["boilerplate", "label", "title"]


def test_an_interviewee_s_bio_in_the_introduction_gives_the_affiliation() -> None:
    reading = detect.read(
        [
            "“The alliance is not a bargaining chip”",
            "Interviewer: Sasaki Ren (Editorial Board)\nTranslated from the Japanese by Mori Aya",
            "Kang Hye-jin is a professor of political science at Yonsei University and a member of the National Unification Advisory Council.",
            "Q: Was the summit a success?",
            "A: " + ARGUMENT,
            "Q: And the alliance?",
            "A: " + ARGUMENT,
        ]
    )
    [person] = reading.people
    assert person.name == "Kang Hye-jin" and person.affiliation.startswith("professor of political science at Yonsei University")
    assert reading.roles[1] == "credit"


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("∙ Paid", "boilerplate"),
        ("This post is for paid subscribers\nSubscribe\nAlready a paid subscriber? Sign in", "boilerplate"),
        ("Below the line for paid subscribers: my notes from the Seoul defence dialogue.", "boilerplate"),
        ("← Older posts", "boilerplate"),
        ("Newer posts →", "boilerplate"),
        ("Blog at WordPress.com.", "boilerplate"),
        ("A few things worth reading this week:\n→ A thread on the launch\n→ The new nuclear forces law, annotated", "boilerplate"),
        ("LATEST COMMENTARY\nWhy Seoul needs a hotline\nThe limits of summitry", "boilerplate"),
        ("The questions were asked by Lena Vogt.", "credit"),
        ("EAB Series Editor: Dr. Omar Haddad | EAB Series Coordinator: Rina Sato", "credit"),
        ("The East Asia Briefs (EAB) series is produced by the Pacific Policy Institute in Honolulu.", "boilerplate"),
        ("Speakers' remarks do not necessarily reflect the position of the Forum.", "disclaimer"),
        ("Members of the Working Group participate in their personal capacities.", "disclaimer"),
        ("Moderator's note: In the vote after the debate, the motion was carried.", "editors_note"),
        ("Change text size\nGift Premium Articles\nto Anyone\nShare", "boilerplate"),
        ("Your Opinion Matters\nShare your experiences and suggestions with us. We're here to listen.", "boilerplate"),
        ("Check out our other content\nSeoul and Jakarta sign a minerals pact\nASEAN at 58", "boilerplate"),
        ("Also watch: 'The Quad is not an Asian NATO'", "boilerplate"),
        ("[00:06:18] This episode of Korea Desk is supported by the Lindqvist Foundation.", "boilerplate"),
        ("Partners: Monash University provides funding as a founding partner of The Current.", "boilerplate"),
        ("Interview and text by Sato Yui, editorial department.", "credit"),
        ("Edited transcript. This transcript has been edited for length and clarity.", "editors_note"),
        ("Acknowledgement of Country\nThe University acknowledges the traditional custodians of the lands on which we work.", "boilerplate"),
        ("Recommended from Medium\nThe end of strategic patience?\nSeven charts on North Korea's economy", "boilerplate"),
        ("Others also viewed\nNorth Korea's new doctrine: A primer · Michael Grant", "boilerplate"),
        ("This is an English version of an essay first published in Swedish in Dagens Nyheter. Translated by Eva Lund.", "credit"),
        ("CORRECTED: An earlier version of this story misstated where the talks were held.", "editors_note"),
        ("SPONSORED\nThis week's letter is brought to you by Baltic Compliance, sanctions screening for shippers.", "boilerplate"),
        ("Information for   Authors   Editors   Librarians   Societies\nCopyright © 2021 Harbour Press   Privacy policy   Cookies", "boilerplate"),
        ("The Pacific Quarterly is published quarterly by the Wellington Society for Public Affairs. Back issues at pq.org.nz.", "boilerplate"),
        ("Facebook   X   KakaoTalk   Email   Copy link   Print   Text size A+ A-", "boilerplate"),
        ("Forums are edited for length. Opinions are those of the contributors and not of the Institute.", "disclaimer"),
        ("The authors declare no competing interests.", "disclaimer"),
        ("[^1]: See the joint statement of 12 June 2018, paragraph 3.", "notes"),
        ("about: Mira Jansen is a doctoral researcher at Leiden University; views are her own.", "author_bio"),
        ("Moderated and edited by Rohan Mehta, Associate Editor.", "credit"),
        ("Forum editor: Claire Dubois", "credit"),
        ("Have an opinion? Letters to the editor may be sent to letters@example.com. Keep them under 250 words.", "boilerplate"),
        ("Lantern Centre Policy Notes present the independent analysis of the authors. They do not speak for the Centre.", "disclaimer"),
        ("Peninsula Notes is reader-funded and free to read. Support independent analysis → Donate", "boilerplate"),
        ("THE HARBOUR TIMES COMMENT POLICY: Be civil. Personal attacks will be removed.", "boilerplate"),
        ("Share   Tweet   Email   Comments (41)", "boilerplate"),
        ("The Korea Evening Post (opinion@kepost.co.kr)", "boilerplate"),
        ("Working draft prepared for the Jeju workshop. Please do not cite or circulate without the authors' permission.", "disclaimer"),
        ("[The discussion with the audience that followed is not included. The transcript has been edited for length.]", "editors_note"),
        ("Contents\n1. Introduction\n2. The sequencing trap\n3. A fund for verification", "boilerplate"),
        ("READER POLL: Should Seoul build its own bomb?  Yes 61%  |  No 30%  |  Not sure 9%  (2,140 votes)", "boilerplate"),
        ("Available Downloads\nDownload the Commentary (210kb)", "boilerplate"),
        ("Today\tNews+\tAudio\tFollowing", "boilerplate"),
        ("Pocket\t← My List\tAa\t☆", "boilerplate"),
        ("Long-press to scan the QR code and follow us for more analysis.", "boilerplate"),
        ("isdp.eu · Saved Mar 23, 2023", "boilerplate"),
        ("The Harbour Observer\nSubscribe for $4.99/month to read every analysis.", "boilerplate"),
        ("Elsewhere this week\n→ Seoul's caretaker government and the NCG\n→ Why Pyongyang has gone quiet", "boilerplate"),
        ("This blog's other posts in 'Inter-Korean'\nWhy the military agreement mattered\nNotes from a seminar", "boilerplate"),
        ("This text has been edited from the transcript of the lecture and approved by the speaker.", "editors_note"),
        ("* Corresponding author: mjansen@example.org. We thank two reviewers for their comments.", "notes"),
        ("Truth in Testimony Disclosure: I am testifying in a personal capacity and receive no federal funds.", "disclaimer"),
        ("Updated 24 December 2019, 09:40 VLAT: an earlier version of this article gave the wrong date of the test.", "editors_note"),
        ("English translation by Emi Sakurai", "credit"),
        ("Independent research depends on readers like you. We accept no government funding. Support our work – donate", "boilerplate"),
        ("POPULAR\n1. Quake evacuees begin moving into temporary housing\n2. Nikkei closes above 40,000", "boilerplate"),
    ],
)
def test_furniture_round_the_argument(paragraph: str, role: str) -> None:
    """Paywalls, reading tools, blog paging, sponsors, partner and library-record lines, credits, disclaimers and notes of the
    pages, apps, podcasts and wires essays are copied from: never the argument."""
    roles = detect.read(["The Long Wait", "By Mira Jansen", ARGUMENT, ARGUMENT, paragraph, ARGUMENT]).roles
    assert roles[4] == role


@pytest.mark.parametrize(
    ("bio", "post"),
    [
        (
            "The author, a retired major general of the Republic of Korea Army, served as defence attaché in Washington.",
            "retired major general of the Republic of Korea Army",
        ),
        ("The writer, who teaches at Ewha Womans University, is a former unification ministry official.", ""),
    ],
)
def test_an_unnamed_author_s_bio_with_an_aside(bio: str, post: str) -> None:
    reading = detect.read(["Deterrence is a daily practice", "By Han Seung-jo", ARGUMENT, ARGUMENT, bio])
    assert reading.roles[4] == "author_bio"


def test_a_shared_bio_of_three_co_authors() -> None:
    reading = detect.read(
        [
            "Why the Freeze Must Come First",
            "By Anna Berg, Kim Ji-won and Tomás Ruiz",
            ARGUMENT,
            ARGUMENT,
            "Anna Berg, Kim Ji-won and Tomás Ruiz are, respectively, a researcher at Lund University, a fellow at the Asan"
            " Institute and a lecturer at the Complutense University of Madrid.",
        ]
    )
    assert reading.roles[4] == "author_bio" and len(reading.signers[4]) == 3


def test_a_name_with_two_particles_signs_the_text() -> None:
    reading = detect.read(["Commentary", "What Europe can verify", "Lotte van der Berg", "6 May 2021", ARGUMENT, ARGUMENT])
    assert [person.name for person in reading.people] == ["Lotte van der Berg"]


def test_a_date_line_whose_year_runs_into_the_time() -> None:
    reading = detect.read(["Putin's pact and Seoul's China channel", "By Lee Ha-neul", "June 21, 20246:00 AM GMT+9Updated 3 hours ago", ARGUMENT])
    assert reading.date == ("2024-06-21", "June 21, 2024") and reading.roles[2] == "dateline"


def test_an_event_report_whose_rapporteur_signs_under_it_and_lists_speakers_a_line_each() -> None:
    reading = detect.read(
        [
            "Event Report",
            "Seoul After the Summit: Can Deterrence and Dialogue Coexist?",
            "4 June 2025",
            "On 3 June the Forum held a closed discussion with three specialists from Germany, South Korea and Japan on whether"
            " deterrence and dialogue can be pursued at once after the summit. Moderator Petra Lindqvist opened the session and"
            " asked each speaker for a short statement before the discussion.",
            "Speakers:\nAnton Kessler, Senior Fellow, Berlin Institute for Strategic Affairs\nPark Min-ho, Professor, Korea"
            " University\nAiko Tanaka, Research Director, Osaka Peace Institute",
            "According to Anton Kessler, " + ARGUMENT,
            "Kessler added that " + ARGUMENT,
            "Park Min-ho argued that " + ARGUMENT,
            "Aiko Tanaka said that " + ARGUMENT,
            "During the discussion that followed, Kessler and Tanaka disagreed on sequencing, while Park urged patience. " + ARGUMENT,
            "Report prepared by Jonas Weber",
        ]
    )
    named = writers(reading)
    kessler, park, tanaka = named["Anton Kessler"], named["Park Min-ho"], named["Aiko Tanaka"]
    assert reading.roles[3] == "introduction" and reading.roles[10] == "credit"
    assert reading.signers[5:9] == [(kessler,), (kessler,), (park,), (tanaka,)]
    assert set(reading.signers[9]) == {kessler, park, tanaka}


def test_a_letters_page_each_letter_signed_under_it_with_a_town() -> None:
    reading = detect.read(
        [
            "LETTERS",
            "Readers on the end-of-war declaration",
            "A declaration costs nothing",
            "Regarding your editorial of May 2: " + ARGUMENT,
            ARGUMENT,
            "MARIA SANTOS\nLisbon",
            "Do not forget the abductees",
            ARGUMENT,
            "TAKESHI ONO\nNiigata",
            "Readers are invited to send letters of no more than 300 words to letters@example.com.",
        ]
    )
    named = writers(reading)
    assert set(named) == {"Maria Santos", "Takeshi Ono"}
    assert reading.signers[3:6] == [(named["Maria Santos"],)] * 3 and reading.signers[7:9] == [(named["Takeshi Ono"],)] * 2
    assert reading.roles[9] == "boilerplate"


def test_a_newsletter_writer_s_letter_then_her_interview_with_a_guest() -> None:
    reading = detect.read(
        [
            "THE DMZ DISPATCH\nIssue #12",
            "A quiet week on the border",
            "Hi all,",
            "It has been a strange week. " + ARGUMENT,
            "My read is that " + ARGUMENT,
            "THREE QUESTIONS FOR... HANNA KORHONEN",
            "Hanna Korhonen is a senior researcher at the Finnish Institute of International Affairs.",
            "LP: What changed this week?",
            "HK: " + ARGUMENT,
            "LP: And what should Helsinki do?",
            "HK: " + ARGUMENT,
            "Until next week,\nLaura Pekkala",
        ]
    )
    named = writers(reading)
    assert set(named) == {"Laura Pekkala", "Hanna Korhonen"}
    assert reading.signers[2:5] == [(named["Laura Pekkala"],)] * 3 and reading.roles[11] == "byline"
    assert [reading.roles[i] for i in (7, 9)] == ["question", "question"] and reading.signers[8] == (named["Hanna Korhonen"],)


def test_a_dissent_one_co_author_signs_under_its_heading() -> None:
    reading = detect.read(
        [
            "Verify first, then talk peace",
            "By Chloé Martin and Ren Takahashi",
            ARGUMENT,
            ARGUMENT,
            "A dissenting note",
            "One of us would go further. " + ARGUMENT,
            "– Ren Takahashi",
        ]
    )
    named = writers(reading)
    assert len(reading.signers[2]) == 2 and reading.signers[5] == (named["Ren Takahashi"],)


def test_a_host_named_as_presenter_asks_and_closes_without_writing() -> None:
    reading = detect.read(
        [
            "World Tonight",
            "After the launch: what now for the peninsula?",
            "Presenter: Clara Hughes   Producer: Tim Ross",
            "CLARA HUGHES: Good evening. Tonight, a satellite and a summit.",
            "CLARA HUGHES: Dr Chen, was this launch a surprise?",
            "DR CHEN WEI: " + ARGUMENT,
            "CLARA HUGHES: And for Seoul?",
            "DR CHEN WEI: " + ARGUMENT,
            "CLARA HUGHES: Dr Chen Wei, thank you so much for joining us.",
            "DR CHEN WEI: Thank you, Clara.",
        ]
    )
    assert "Clara Hughes" not in writers(reading)
    assert [reading.roles[i] for i in (4, 6, 8)] == ["question", "question", "introduction"]


@pytest.mark.parametrize("name", ["Łukasz Zawadzki", "Zuzana Dvořáková", "Anna Kałuża", "Gintarė Šimkutė"])
def test_a_name_in_the_letters_of_central_europe_signs_the_text(name: str) -> None:
    reading = detect.read(["Commentary", "Europe's Korea moment", "12 September 2025", name, ARGUMENT, ARGUMENT])
    assert [person.name for person in reading.people] == [name]


def test_a_forwarder_s_note_in_one_line_and_the_subject_s_title() -> None:
    reading = detect.read(
        [
            "---------- Forwarded message ---------\nFrom: The Harbour Letter <letter@example.com>\nDate: Sat, 7 Nov 2026\nSubject:"
            " #12: The sanctions that still bite",
            "Hi Pieter - this is the one I mentioned, worth a read before Tuesday. S.",
            "The Harbour Letter",
            "#12: The sanctions that still bite",
            "Naledi Khumalo\nNov 7, 2026",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:5] == ["boilerplate", "boilerplate", "label", "title", "byline"]


def test_a_sign_off_by_given_name_whose_bio_gives_the_surname_first() -> None:
    reading = detect.read(
        ["The Yalu Letter", "Issue #9 · Mar 1, 2019", "What Beijing wants", ARGUMENT, ARGUMENT, "Until next time — Wei", "Liang Wei writes from Shanghai."]
    )
    assert [person.name for person in reading.people] == ["Liang Wei"]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("the Joint Comprehensive Plan of Action with Iran.*", "* The JCPOA was concluded in Vienna in July 2015."),
        ("its autonomous sanctions,** which go further than", "** Council Regulation (EU) 2017/1509."),
    ],
)
def test_a_note_marked_with_asterisks_under_the_text(text: str, note: str) -> None:
    roles = detect.read(["The verification gap", "By Ellen Shaw", ARGUMENT + " " + text + " " + ARGUMENT, ARGUMENT, note]).roles
    assert roles[4] == "notes"


def test_a_bullet_under_the_text_that_points_to_nothing_is_no_note() -> None:
    roles = detect.read(["The verification gap", "By Ellen Shaw", ARGUMENT, ARGUMENT, "* Verification must come first, and it must be funded."]).roles
    assert roles[4] != "notes"


def test_a_library_database_s_citation_line_gives_the_writer_and_the_day() -> None:
    reading = detect.read(
        [
            "< Back to results     Document 3 of 9",
            "A handshake is not yet a process",
            "PARK Ji-hoon. The Seoul Ledger, English ed.; Seoul [Seoul]. 14 August 2019: 31.",
            "Full Text",
            ARGUMENT,
            ARGUMENT,
            "Subject: Nuclear weapons; Summit meetings\nPublication title: The Seoul Ledger",
        ]
    )
    assert [person.name for person in reading.people] == ["PARK Ji-hoon"] and reading.roles[2] == "byline"
    assert reading.date == ("2019-08-14", "14 August 2019") and reading.roles[6] == "boilerplate"


def test_a_newsletter_signed_off_with_two_writers_initials_its_footer_names() -> None:
    reading = detect.read(
        [
            "The Harbour Ledger",
            "Why the deadline matters",
            "Nov 14, 2019",
            ARGUMENT,
            ARGUMENT,
            "Until next week,\nA.K. & T.B.",
            "The Harbour Ledger is written by Anna Kowalski, a researcher in Warsaw, and Tomas Berg, a former diplomat.",
        ]
    )
    assert {person.name for person in reading.people} == {"Anna Kowalski", "Tomas Berg"} and reading.roles[5] == "byline"


def test_three_questions_to_a_scholar_answered_under_numbered_questions() -> None:
    reading = detect.read(
        [
            "BLOG",
            "After the summit: Three Questions to Min-ji Kang",
            "12 March 2019",
            "The summit ended without a deal, and Seoul is left to pick up the pieces of its mediation.",
            "Interview conducted by Paul Girard, Research Fellow.",
            "1. Why did the summit fail?",
            ARGUMENT,
            "2. What should Seoul do now?",
            ARGUMENT,
            "3. And Europe?",
            ARGUMENT,
        ]
    )
    assert [person.name for person in reading.people] == ["Min-ji Kang"]
    assert [reading.roles[i] for i in (5, 7, 9)] == ["question"] * 3 and reading.roles[6] == "body"


def test_two_hosts_who_sign_each_paragraph_with_a_first_name() -> None:
    reading = detect.read(
        [
            "The Parallel Line",
            "Friday 5 July 2019",
            "By Ines Moreau and Kwame Mensah",
            "I'll start with the obvious. " + ARGUMENT + " —Ines",
            "Ines is right, and I'd go further. " + ARGUMENT + " — Kwame",
            "Maybe. " + ARGUMENT + " —Ines",
        ]
    )
    named = writers(reading)
    ines, kwame = named["Ines Moreau"], named["Kwame Mensah"]
    assert reading.signers[3:6] == [(ines,), (kwame,), (ines,)]


def test_a_journal_s_letter_and_reply_signed_under_each() -> None:
    reading = detect.read(
        [
            "Correspondence: Sanctions and Their Limits",
            "Jonas Feld and Yoon Ha-eun",
            "To the Editors (Jonas Feld writes):",
            ARGUMENT,
            ARGUMENT,
            "—Jonas Feld\nBoston, Mass.",
            "Yoon Ha-eun Replies:",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.roles[5] == "byline"
    assert reading.signers[3:5] == [(named["Jonas Feld"],)] * 2 and reading.signers[7] == (named["Yoon Ha-eun"],)


def test_a_cover_s_names_wrapped_over_two_lines() -> None:
    reading = detect.read(
        ["POLICY BRIEF 2019/3", "From Freeze to Framework", "Sanna Lind, Jussi Harju\nand Niklas Swanstrom", "September 2019", ARGUMENT, ARGUMENT]
    )
    assert [person.name for person in reading.people] == ["Sanna Lind", "Jussi Harju", "Niklas Swanstrom"]


def test_section_tags_run_into_the_day() -> None:
    reading = detect.read(["Interviews", "“Tokyo cannot sit out”: Scholar Mori Aiko", "Politics Society Jul 9, 2019", ARGUMENT])
    assert reading.date == ("2019-07-09", "Jul 9, 2019")


def test_a_newsletter_letter_that_opens_with_dear_readers_on_its_own_line_is_the_writer_s() -> None:
    reading = detect.read(["Risk Brief", "A new doctrine", "By Sang-hoon Lee", "Dear readers,\n" + ARGUMENT, ARGUMENT])
    assert reading.roles[3] == "body"


def test_a_name_and_post_set_in_italics_keep_no_asterisk_in_the_affiliation() -> None:
    reading = detect.read(
        ["Experts on the summit", "Compiled by the desk", ARGUMENT, "*Mei Ling Tan, professor of politics, National University of Singapore*", ARGUMENT]
    )
    assert [(person.name, person.affiliation) for person in reading.people] == [("Mei Ling Tan", "professor of politics, National University of Singapore")]


def test_a_session_report_with_speakers_in_bold_ranks_and_a_joint_discussion() -> None:
    reading = detect.read(
        [
            "Session Report",
            "Is a Peace Regime Within Reach?",
            "Moscow, 14 November 2018",
            "The session brought together experts from Sweden, Korea and Russia to discuss the peace regime. " + ARGUMENT,
            "**Major General (ret.) Anders Lund**, Senior Fellow, Nordic Security Institute",
            "Lund argued that " + ARGUMENT,
            "**Dr. KIM Soo-ah**, Professor, Pusan National University",
            "Kim Soo-ah focused on sequencing. " + ARGUMENT,
            "**Pavel ORLOV**, Leading Research Fellow, Institute of Far Eastern Studies",
            "Orlov argued that " + ARGUMENT,
            "Discussion",
            "In the discussion that followed, Kim Soo-ah and Pavel Orlov both rejected a suggestion from the floor. " + ARGUMENT,
            "The Council's session reports summarise the views of participants and do not represent the Council.",
        ]
    )
    named = writers(reading)
    assert set(named) == {"Anders Lund", "KIM Soo-ah", "Pavel ORLOV"}  # a surname in capitals stays as the page sets it
    assert set(reading.signers[11]) == {named["KIM Soo-ah"], named["Pavel ORLOV"]} and reading.roles[12] == "disclaimer"


def test_items_signed_by_staff_initials_given_name_first_and_the_paragraphs_over_them() -> None:
    reading = detect.read(
        [
            "WHAT WE'RE WATCHING",
            "Three things this week",
            "By Rachel Obi, Daniel Kwon, and Park Hye-jin",
            "1. What did Hanoi break?",
            ARGUMENT,
            ARGUMENT + " —RO",
            "2. A new face in Seoul",
            ARGUMENT + " —HJP",
        ]
    )
    named = writers(reading)
    assert reading.signers[4:6] == [(named["Rachel Obi"],)] * 2 and reading.signers[7] == (named["Park Hye-jin"],)


def test_comments_signed_under_them_in_italics_after_the_publisher_s_framing() -> None:
    reading = detect.read(
        [
            "What the summit means",
            "2018-04-28",
            "The two leaders met at Panmunjom on Friday. The Daily Herald asked experts from China and Korea what it means.",
            "The declaration is a positive step. " + ARGUMENT,
            "*Shen Yiming, professor at the Center for Korean Studies, Fudan University*",
            "The declaration shows how fast things can move. " + ARGUMENT,
            ARGUMENT,
            "*Park Ji-won, senior fellow, Korea Institute for National Unification*",
            "Washington should respond. " + ARGUMENT,
            "*Gao Wen, research fellow, China Institute of International Studies*",
        ]
    )
    named = writers(reading)
    assert reading.roles[2] == "introduction"
    assert reading.signers[3] == (named["Shen Yiming"],) and reading.signers[5:7] == [(named["Park Ji-won"],)] * 2
    assert reading.signers[8] == (named["Gao Wen"],)


def test_a_column_signed_only_by_a_name_over_the_author_is() -> None:
    reading = detect.read(
        [
            "[Outlook] An audacious initiative needs a patient strategy",
            "Aug 29, 2022",
            ARGUMENT,
            ARGUMENT,
            "Park Soo-min\nThe author is a professor of political science at Korea University.",
        ]
    )
    [person] = reading.people
    assert (person.name, person.affiliation) == ("Park Soo-min", "professor of political science at Korea University")
    assert reading.signers[2:4] == [(0,), (0,)]


def test_a_point_and_counterpoint_with_posts_after_a_slash() -> None:
    reading = detect.read(
        [
            "Should Japan back an end-of-war declaration?",
            "POINT: A declaration costs little",
            "By KENJI MORI/ Professor of international politics at Hokuriku University",
            ARGUMENT,
            ARGUMENT,
            "COUNTERPOINT: Words without verification",
            "By AYA SHIMA/ Senior research fellow at the Tokyo Institute for Strategic Studies",
            ARGUMENT,
            "(These articles were compiled from interviews by staff writer Takeshi Ando.)",
        ]
    )
    named = writers(reading)
    assert reading.signers[3:5] == [(named["Kenji Mori"],)] * 2 and reading.signers[7] == (named["Aya Shima"],)
    assert reading.roles[8] == "credit"


def test_experts_replying_under_their_name_and_post_to_the_introduction_s_question() -> None:
    reading = detect.read(
        [
            "EXPERTS REACT",
            "After the satellite launch: does the military agreement still hold?",
            "We asked four analysts whether the 2018 agreement can survive the North's latest launch.",
            "Kwon Ji-hoon, Senior Fellow, Asan Forum for Policy Studies, Seoul: " + ARGUMENT,
            "Margaret Ellison, Director of the Asia Program, Whitfield Institute, Washington: " + ARGUMENT,
            ARGUMENT,
            "Sun Haoran, Associate Professor, School of International Relations, Nankai University: " + ARGUMENT,
            "Ingrid Solberg, Research Fellow, Norwegian Centre for Security Studies: " + ARGUMENT,
        ]
    )
    named = writers(reading)
    assert list(named) == ["Kwon Ji-hoon", "Margaret Ellison", "Sun Haoran", "Ingrid Solberg"]
    assert reading.roles[2:] == ["introduction", "body", "body", "body", "body", "body"]
    assert reading.signers[3:] == [(0,), (1,), (1,), (2,), (3,)]
    assert reading.people[1].affiliation == "Director of the Asia Program, Whitfield Institute, Washington"


def test_a_sentence_that_names_someone_before_a_colon_is_no_expert_s_reply() -> None:
    reading = detect.read(
        [
            "The Hotline Nobody Answers",
            "By Paula Moreno",
            ARGUMENT,
            "Mats Engman, the retired Swedish general who served at Panmunjom, has argued that the region needs risk reduction even"
            " now: hotlines, notice of exercises, rules for incidents at sea. I agree, and the rest of this essay says why.",
            "Chun Jae-hong, a former vice minister, put the danger bluntly at a seminar last week: the declaration would be spent for"
            " nothing if denuclearization then stalled, and nobody in Seoul has answered him.",
            ARGUMENT,
        ]
    )
    assert list(writers(reading)) == ["Paula Moreno"]
    assert reading.roles[2:] == ["body"] * 4


def test_a_debate_whose_sides_follow_the_names_in_brackets() -> None:
    reading = detect.read(
        [
            "THE HARBOUR DEBATE",
            "Motion: Seoul should build its own deterrent",
            "Two specialists argue the motion, then answer each other.",
            "Opening statements",
            "Tomasz Wierzbicki (for the motion)",
            ARGUMENT,
            ARGUMENT,
            "Kim Na-yeon (against the motion)",
            ARGUMENT,
            "Rebuttals",
            "Tomasz Wierzbicki",
            ARGUMENT,
            "Kim Na-yeon",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    tomasz, kim = named["Tomasz Wierzbicki"], named["Kim Na-yeon"]
    assert [reading.roles[i] for i in (4, 7, 10, 12)] == ["byline"] * 4
    assert [reading.signers[i] for i in (5, 6, 8, 11, 13)] == [(tomasz,), (tomasz,), (kim,), (tomasz,), (kim,)]


def test_a_letter_opening_sir_signed_under_it_and_the_columnist_s_reply() -> None:
    reading = detect.read(
        [
            "LETTERS",
            "A declaration is not a treaty",
            "This letter responds to Hugh Larkin's column of 3 May on the end-of-war declaration.",
            "Sir, — Hugh Larkin argues that a declaration would cost nothing. " + ARGUMENT,
            ARGUMENT,
            "Rosalind Achebe\nFormer lecturer in international law, University of Leeds",
            "Hugh Larkin replies:",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    named = writers(reading)
    achebe, larkin = named["Rosalind Achebe"], named["Hugh Larkin"]
    assert reading.roles[2:6] == ["introduction", "body", "body", "byline"]
    assert reading.signers[3:5] == [(achebe,)] * 2 and reading.signers[7:] == [(larkin,)] * 2


def test_symposium_contributions_signed_on_the_last_line_of_their_last_paragraph() -> None:
    reading = detect.read(
        [
            "Symposium",
            "What should Canberra do about Pyongyang?",
            "Edited by Fiona Hale",
            "We invited three contributors to answer one question in a few hundred words each.",
            "Stay close to Seoul",
            ARGUMENT,
            ARGUMENT + "\n— Duncan Prior, Senior Lecturer, School of Politics, University of Tasmania",
            "Talk to Beijing",
            ARGUMENT + "\n— Li Mengyao, Research Fellow, Centre for China Studies, Monash University",
            "Enforce what exists",
            ARGUMENT,
            "— Caroline Tuck, Adjunct Professor, Strategic Studies Institute, Canberra",
        ]
    )
    named = writers(reading)
    prior, li, tuck = named["Duncan Prior"], named["Li Mengyao"], named["Caroline Tuck"]
    assert reading.roles[3] == "introduction"
    assert [reading.signers[i] for i in (5, 6, 8, 10)] == [(prior,), (prior,), (li,), (tuck,)]
    assert reading.people[li].affiliation == "Research Fellow, Centre for China Studies, Monash University"


def test_a_quick_take_whose_writers_open_their_paragraphs_with_their_surnames() -> None:
    reading = detect.read(
        [
            "QUICK TAKE",
            "The Party Congress and the Bomb",
            "By Anneliese Vogt, Park Do-hyun and Rahul Menon\nMarch 3, 2021",
            "The congress closed on Tuesday with a five-year plan for weapons development and no word on talks.",
            "**Vogt:** " + ARGUMENT,
            "**Park:** " + ARGUMENT,
            ARGUMENT,
            "**Menon:** " + ARGUMENT,
            "Anneliese Vogt is a fellow in the Center's Europe program.",
        ]
    )
    named = writers(reading)
    vogt, park, menon = named["Anneliese Vogt"], named["Park Do-hyun"], named["Rahul Menon"]
    assert reading.roles[3] == "introduction"
    assert reading.signers[4:8] == [(vogt,), (park,), (park,), (menon,)]


def test_a_newsletter_editor_s_own_essay_then_three_questions_for_a_guest() -> None:
    reading = detect.read(
        [
            "THE NORTHERN LETTER\nA weekly briefing on the Koreas from the Oslo Forum for Asian Affairs",
            "Issue 48 | Friday, 6 May 2022",
            "In this issue:\n• The launch nobody condemned\n• Three questions for Tran Minh Duc",
            "The launch nobody condemned",
            "By Sigrid Aas, editor",
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
            "SPONSORED\nThis issue is supported by Polar Freight Analytics, vessel tracking for insurers. Book a demo at polarfreight.no.",
            "Three questions for Tran Minh Duc",
            "Dr. Tran Minh Duc is a senior lecturer at the Diplomatic Academy of Vietnam.",
            "What did Hanoi learn from hosting the summit?",
            ARGUMENT,
            "Does Vietnam enforce the sanctions?",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    aas, tran = named["Sigrid Aas"], named["Tran Minh Duc"]
    assert reading.roles[:5] == ["boilerplate", "dateline", "introduction", "title", "byline"]
    assert reading.signers[5:8] == [(aas,)] * 3 and reading.roles[8] == "boilerplate"
    assert reading.roles[11] == "question" and reading.signers[12] == (tran,) and reading.signers[14] == (tran,)


def test_two_writers_named_under_the_dek_write_each_other_dated_letters() -> None:
    reading = detect.read(
        [
            "Correspondence",
            "Letters across the Sea of Japan",
            "A historian in Niigata and a former diplomat in Busan wrote to each other this winter about what is left of détente.",
            "Haruki Mori and Yoon Ji-ah",
            "We asked two old friends to exchange letters over six weeks; they appear lightly edited.",
            "Niigata, January 12",
            "Dear Ji-ah,",
            ARGUMENT,
            "With warm regards,\nHaruki",
            "Busan, January 30",
            "Dear Haruki,",
            ARGUMENT,
            "Yours,\nJi-ah",
        ]
    )
    named = writers(reading)
    mori, yoon = named["Haruki Mori"], named["Yoon Ji-ah"]
    assert reading.roles[3:6] == ["byline", "introduction", "dateline"] and reading.roles[9] == "dateline"
    assert reading.signers[7] == (mori,) and reading.roles[8] == "byline" and reading.signers[11] == (yoon,) and reading.roles[12] == "byline"


def test_a_press_conference_s_moderator_closing_it_answers_nothing() -> None:
    reading = detect.read(
        [
            "Transcript: Ambassador Orlov's press conference on the Korean Peninsula",
            "Moderator: Irina Pavlova, head of the press centre",
            "Sergei Orlov: Good afternoon. " + ARGUMENT,
            "Question (Yonhap): Will Russia veto a new resolution?",
            "Sergei Orlov: " + ARGUMENT,
            "Question (NHK): What did the ministers discuss?",
            "Sergei Orlov: " + ARGUMENT,
            "Moderator: Thank you, colleagues. Our time is up.",
        ]
    )
    assert reading.roles[-1] == "introduction" and list(writers(reading)) == ["Sergei Orlov"]


def test_notes_as_a_blog_copies_them_a_number_over_each() -> None:
    roles = detect.read(["The Treaty's Fine Print", "By Anton Belov", ARGUMENT, ARGUMENT, "1", "The Russian text says 'legislation'.", "2",
                         "See the Kremlin's statement of 20 June.", "Share", "Leave a comment"]).roles  # fmt: skip
    assert roles[4:8] == ["notes"] * 4


def test_a_journal_page_s_authors_with_their_orcid_icon_and_notes_on_contributors() -> None:
    reading = detect.read(
        [
            "Research Note",
            "Enforcement as Signalling",
            "Wei Shulan ORCID Icon & Peter J. Haskell",
            ARGUMENT,
            ARGUMENT,
            "Disclosure statement",
            "No potential conflict of interest was reported by the author(s).",
            "Notes on contributors",
            "Wei Shulan is an associate professor at Nanjing University.",
            "Peter J. Haskell is a lecturer at the University of Otago.",
        ]
    )
    assert list(writers(reading)) == ["Wei Shulan", "Peter J. Haskell"]
    assert reading.roles[5:] == ["disclaimer", "disclaimer", "author_bio", "author_bio", "author_bio"]


def test_co_written_paragraphs_marked_with_their_drafter_s_initials() -> None:
    reading = detect.read(
        [
            "Two lessons, two authors",
            "Helga Marquardt and Vo Thanh Binh",
            "Editor's note: each paragraph is marked with the initials of the author who drafted it.",
            "[HM/VTB] " + ARGUMENT,
            "[HM] " + ARGUMENT,
            "But Ostpolitik worked inside a firm alliance, and that is the part of the story Seoul should study first. " + ARGUMENT,
            "[VTB] " + ARGUMENT,
            ARGUMENT,
            "[HM/VTB] " + ARGUMENT,
            "Helga Marquardt is a senior researcher at the Hamburg Institute for Asian Studies.",
        ]
    )
    named = writers(reading)
    helga, vo = named["Helga Marquardt"], named["Vo Thanh Binh"]
    assert reading.signers[3:9] == [(helga, vo), (helga,), (helga,), (vo,), (vo,), (helga, vo)]


@pytest.mark.parametrize("heading", ["II. The view from Seoul — Kwak Min-ji", "II. The view from Seoul (Kwak Min-ji)"])
def test_a_heading_that_names_one_co_author_gives_the_section_to_her_alone(heading: str) -> None:
    reading = detect.read(
        ["A View from Two Capitals", "By Daniel Farrow and Kwak Min-ji", "I. Where we start", ARGUMENT, heading, ARGUMENT, ARGUMENT,
         "III. What we agree on", ARGUMENT]
    )  # fmt: skip
    named = writers(reading)
    farrow, kwak = named["Daniel Farrow"], named["Kwak Min-ji"]
    assert reading.roles[4] == "subtitle"
    assert reading.signers[3] == (farrow, kwak) and reading.signers[5:7] == [(kwak,), (kwak,)] and reading.signers[8] == (farrow, kwak)


def test_further_reading_over_books_is_notes_over_links_the_site_s() -> None:
    books = detect.read(
        ["The Long Wait", "By Mira Jansen", ARGUMENT, ARGUMENT, "Further reading",
         "Cha, Victor. The Impossible State: North Korea, Past and Future. New York: Ecco, 2012.",
         "Ministry of Foreign Affairs. “Korea Policy White Paper.” Seoul: MOFA, 2019."]
    ).roles  # fmt: skip
    links = detect.read(["The Long Wait", "By Mira Jansen", ARGUMENT, ARGUMENT, "Further reading", "Why the freeze failed", "Seoul's other channel"]).roles
    assert books[4:] == ["notes"] * 3
    assert links[4:] == ["boilerplate"] * 3


def test_a_podcast_host_the_credits_name_opens_in_capitals_and_asks() -> None:
    reading = detect.read(
        [
            "Harbour Talk, Episode 12: Is the treaty a turning point?",
            "Host: Ruth Okonkwo | Producer: Sam Lee",
            "RUTH OKONKWO: Welcome to Harbour Talk. I'm joined by two guests who disagree about the treaty.",
            "IVAN PETROV: Thank you, Ruth. " + ARGUMENT,
            ARGUMENT,
            "KAREN HOLM: I'd push back on almost all of that. " + ARGUMENT,
            "IVAN PETROV: But a goal everyone knows is unreachable is not a policy. " + ARGUMENT,
            "KAREN HOLM: " + ARGUMENT,
        ]
    )
    assert sorted(writers(reading)) == ["Ivan Petrov", "Karen Holm"]
    assert reading.roles[2] == "introduction" and reading.roles[3:] == ["body"] * 5


def test_a_caption_credited_to_a_press_pool_a_bio_after_a_retired_rank_and_a_date_after_the_byline_s_dash() -> None:
    reading = detect.read(
        [
            "Keep the door open",
            "BY NOAH BRANDT, OPINION CONTRIBUTOR - 06/02/22 8:00 AM ET",
            ARGUMENT,
            "President Moon Jae-in and Chairman Kim Jong-un raise their joined hands on Paektu Mountain on Thursday. (Pyeongyang Press Corps)",
            ARGUMENT,
            ARGUMENT,
            "Gen. (ret.) Noah Brandt headed the Danish contingent in Afghanistan and now lectures at the Royal Danish Defence College.",
        ]
    )
    assert reading.roles[3] == "caption" and reading.roles[6] == "author_bio"
    assert reading.date is not None and reading.date[0] == "2022-06-02"


def test_experts_named_over_their_replies_with_the_post_after_a_colon() -> None:
    reading = detect.read(
        [
            "FAST TAKE",
            "Experts react: Kim says he will talk if Washington drops denuclearization",
            "Kim Jong Un told the Supreme People's Assembly that his country's nuclear status is irreversible. Our experts react.",
            "Laura Pérez: Senior fellow, Asia Security Initiative; former deputy assistant secretary of defense",
            ARGUMENT,
            ARGUMENT,
            "Song Ji-ho: Nonresident fellow, Asia Security Initiative; former adviser to the Blue House",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    perez, song = named["Laura Pérez"], named["Song Ji-ho"]
    assert reading.roles[3] == "byline" and reading.signers[4:6] == [(perez,), (perez,)] and reading.signers[7] == (song,)
    assert reading.people[perez].affiliation.startswith("Senior fellow, Asia Security Initiative")


def test_a_think_tank_page_s_commentary_by_line_over_its_date_and_downloads() -> None:
    reading = detect.read(
        ["Peninsula Perspectives | Commentary", "After Camp David: Can the Three Hold?", "Commentary by Aiko Fujisawa\nPublished August 24, 2023",
         "Available Downloads\nDownload the Commentary (192kb)", ARGUMENT, ARGUMENT]
    )  # fmt: skip
    assert list(writers(reading)) == ["Aiko Fujisawa"]
    assert reading.roles[2:] == ["byline", "boilerplate", "body", "body"] and reading.date is not None and reading.date[0] == "2023-08-24"


def test_a_book_chapter_excerpt_is_its_author_s() -> None:
    reading = detect.read(
        ["Uncorrected proof — not for citation\nFrom Olga Vetrova, The Long Armistice: Moscow and the Korean Question\n(London: Harbour Academic, 2022)",
         "CHAPTER 3", "Guarantees on Paper", ARGUMENT, ARGUMENT, ARGUMENT]
    )  # fmt: skip
    assert list(writers(reading)) == ["Olga Vetrova"] and reading.roles[3:] == ["body"] * 3


def test_a_message_signed_once_at_its_end_by_name_post_and_place() -> None:
    reading = detect.read(
        [
            "NORDIC INSTITUTE OF ASIAN AFFAIRS  |  ANNUAL REPORT 2023",
            "DIRECTOR'S MESSAGE",
            "A Year of Missiles, and of Talks That Did Not Happen",
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
            "Ingrid Solheim\nDirector, Nordic Institute of Asian Affairs\nOslo, March 2024",
            "Annual Report 2023  |  3",
        ]
    )
    assert list(writers(reading)) == ["Ingrid Solheim"]
    assert reading.roles[3:7] == ["body", "body", "body", "byline"] and reading.date is not None and reading.date[0] == "2024-03"


def test_a_memo_from_two_senders_whose_numbered_points_run_past_a_page_footer() -> None:
    reading = detect.read(
        [
            "POLICY MEMORANDUM",
            "TO: Incoming National Security Council Staff",
            "FROM: Rachel Odum, Senior Fellow for Korea Studies\nArjun Bhatt, Fellow, Nonproliferation Program",
            "DATE: January 14, 2021",
            "RE: Restarting Talks Without Rewarding Provocation",
            "Recommendations",
            "1. Send a private message through the New York channel proposing working-level talks. " + ARGUMENT,
            "2. State publicly, with Seoul, that the Singapore statement remains a basis for negotiations. " + ARGUMENT,
            "Potomac Council  |  Policy Memorandum 21-02                       Page 1 of 2",
            "3. Aim for an interim agreement that freezes fissile production. " + ARGUMENT,
            "4. Coordinate closely with Tokyo and Seoul before any announcement. " + ARGUMENT,
        ]
    )
    assert sorted(writers(reading)) == ["Arjun Bhatt", "Rachel Odum"]
    assert reading.roles[6:] == ["body", "body", "boilerplate", "body", "body"]


def test_endnotes_numbered_one_after_another_stay_notes() -> None:
    roles = detect.read(["A Freeze First", "By Tom Ellery", ARGUMENT, ARGUMENT, "Notes", "1. Remarks by a senior official, 12 March 2019.",
                         "2. On the Agreed Framework, see Wit, Poneman and Gallucci, Going Critical (2004).", "3. IAEA, GOV/2019/33."]).roles  # fmt: skip
    assert roles[4:] == ["notes"] * 4


def test_a_written_dialogue_each_turn_under_its_writer_s_name() -> None:
    reading = detect.read(
        [
            "Dialogues",
            "Has the treaty ended denuclearisation?",
            "Pavel Orlov and Han Seo-yeon\n11 October 2024",
            "In June the two leaders signed a treaty that commits each side to assist the other; we asked two scholars to discuss it.",
            "Pavel Orlov\n" + ARGUMENT,
            ARGUMENT,
            "Han Seo-yeon\n" + ARGUMENT,
            "Pavel Orlov\n" + ARGUMENT,
        ]
    )
    named = writers(reading)
    orlov, han = named["Pavel Orlov"], named["Han Seo-yeon"]
    assert reading.roles[2:4] == ["byline", "introduction"]
    assert reading.signers[4:] == [(orlov,), (orlov,), (han,), (orlov,)]


def test_a_debate_s_rebuttals_under_the_debater_s_surname_and_title() -> None:
    reading = detect.read(
        [
            "THE SEOUL QUESTION",
            "YES: Only our own deterrent is credible",
            "By Park Jin-woo",
            ARGUMENT,
            "NO: The bomb would cost Seoul its alliance",
            "By Heike Albers",
            ARGUMENT,
            "REBUTTALS",
            "Park: Washington's promises have an expiry date",
            ARGUMENT,
            "Albers: Fear is not a strategy",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    park, albers = named["Park Jin-woo"], named["Heike Albers"]
    assert reading.roles[8] == "subtitle" and reading.roles[10] == "subtitle"
    assert reading.signers[9] == (park,) and reading.signers[11] == (albers,)


def test_a_parliament_s_verbatim_record_of_a_hearing() -> None:
    reading = detect.read(
        [
            "HEARING",
            "Peace on the Korean Peninsula and the role of the Union",
            "Brussels\nTuesday, 4 December 2018",
            "Chair. - Good afternoon, colleagues. We now come to item 4, an exchange of views on the Korean Peninsula.",
            "Niklas Swanström, Director, Institute for Security and Development Policy. - Thank you, Madam Chair. " + ARGUMENT,
            ARGUMENT,
            "Jens Holmgaard (Renew). - Thank you, Director. Is there not a risk that relief rewards the tests?",
            "Niklas Swanström. - That is a fair question. " + ARGUMENT,
            "Chair. - Thank you. The hearing is closed.",
        ]
    )
    assert list(writers(reading)) == ["Niklas Swanström"]
    assert reading.roles[4:8] == ["body", "body", "question", "body"]


def test_co_authors_bios_marked_with_the_byline_s_stars_at_a_page_s_foot() -> None:
    reading = detect.read(
        [
            "CHAPTER 4",
            "Reform Without Disarmament",
            "Tran Thi Mai* and Hiroshi Kanda**",
            ARGUMENT,
            ARGUMENT,
            "* Tran Thi Mai is Deputy Director of the Institute for Regional Studies, Hanoi.\n** Hiroshi Kanda is Associate"
            " Professor at Rokko University, Kobe.",
            ARGUMENT,
        ]
    )
    assert sorted(writers(reading)) == ["Hiroshi Kanda", "Tran Thi Mai"]
    assert reading.roles == ["label", "title", "byline", "body", "body", "author_bio", "body"]


def test_a_compiled_roundup_each_view_under_its_expert_s_name_in_bold() -> None:
    reading = detect.read(
        [
            "ROUNDUP",
            "After the handshake: five views on what comes next",
            "A month after the meeting at the border, we asked analysts in five capitals what it changed.",
            "**Asha Menon**, senior fellow at the Institute for Indo-Pacific Studies in Bengaluru, argues that " + ARGUMENT,
            "For India, she adds, " + ARGUMENT,
            "**Wu Lijun**, associate professor at Fudan University, sees it differently. " + ARGUMENT,
            "**Peter Hall**, a former State Department official, thinks the meeting was television. " + ARGUMENT,
            "Compiled by Nisha Rao",
        ]
    )
    named = writers(reading)
    menon, wu, hall = named["Asha Menon"], named["Wu Lijun"], named["Peter Hall"]
    assert reading.roles[2] == "introduction" and reading.roles[7] == "credit"
    assert reading.signers[3:7] == [(menon,), (menon,), (wu,), (hall,)]


def test_contributions_signed_by_bare_initials_a_contributors_box_explains() -> None:
    reading = detect.read(
        [
            "Symposium No. 9",
            "A Declaration: Step Forward or Empty Paper?",
            "We asked three contributors for a short answer each.",
            "Words can change behaviour",
            ARGUMENT,
            "K.S.",
            "Verification is not cheap",
            ARGUMENT,
            "M.O'D.",
            "About the contributors\nK.S. — Kim Seo-jin is Professor at Korea University.\nM.O'D. — Maeve O'Dwyer is a Senior Associate at the Dublin"
            " Nonproliferation Initiative.",
        ]
    )
    named = writers(reading)
    assert reading.signers[4] == (named["Kim Seo-jin"],) and reading.signers[7] == (named["Maeve O'Dwyer"],)
    assert reading.roles[5] == "byline" and reading.roles[8] == "byline"


def test_a_forum_s_speakers_in_capitals_with_long_posts_in_brackets() -> None:
    reading = detect.read(
        [
            "Forum",
            "Is a Freeze the New Denuclearization?",
            "Moderated by Dana Whitfield, Korea Program Coordinator",
            "Q1. Should Washington accept a verifiable freeze as an interim goal?",
            "MIN-JI KANG (Senior Research Fellow, Korea Institute for National Unification): " + ARGUMENT,
            "OWEN HARTLEY (former Director for Korea, National Security Council): " + ARGUMENT,
            "Q2. What must Washington not give up?",
            "KANG: The alliance's combined exercises.",
            "HARTLEY: Inspectors, because a deal we cannot verify is worse than no deal.",
        ]
    )
    named = writers(reading)
    assert [reading.signers[i] for i in (4, 5, 7, 8)] == [(named["Min-ji Kang"],), (named["Owen Hartley"],), (named["Min-ji Kang"],), (named["Owen Hartley"],)]


def test_a_newsletter_s_sections_marked_with_its_two_writers_first_names() -> None:
    reading = detect.read(
        [
            "THE BORDER LETTER",
            "Roads blown up, a border redrawn",
            "In this issue\n- The explosions on the roads\n- What Seoul does now",
            "The explosions on the roads",
            "[Joon] " + ARGUMENT,
            ARGUMENT,
            "What Seoul does now",
            "[Freya] " + ARGUMENT,
            "The Border Letter is written by Choi Joon-ho, a former researcher in Seoul, and Freya Lund, who covered Northeast Asia for a Danish broadcaster.",
        ]
    )
    named = writers(reading)
    choi, lund = named["Choi Joon-ho"], named["Freya Lund"]
    assert reading.roles[2:4] == ["introduction", "subtitle"]
    assert reading.signers[4:6] == [(choi,), (choi,)] and reading.signers[7] == (lund,)


def test_a_minister_s_address_the_title_names_and_its_applause() -> None:
    reading = detect.read(
        [
            "Speeches & Remarks",
            "Address by Minister of Foreign Affairs Han Seo-jun at the Jeju Peace Forum",
            "Jeju, 18 September 2024",
            "Check against delivery",
            "Thank you, Ambassador Tan, for that generous introduction. " + ARGUMENT,
            ARGUMENT,
            "Let me close by thanking our hosts once more. I look forward to our discussion. Thank you very much. (Applause)",
        ]
    )
    assert list(writers(reading)) == ["Han Seo-jun"]
    assert reading.roles[4:] == ["body", "body", "body"]


def test_written_testimony_whose_salutation_names_the_committee_s_chair() -> None:
    reading = detect.read(
        [
            "Testimony before the Subcommittee on Asia",
            "Sanctions and Their Limits",
            "Written Statement of Grace J. Holm, Ph.D.\nSenior Fellow for Korea Studies\nHollings Center for Pacific Security",
            "May 15, 2024",
            "Chairman Brandt, Ranking Member Ortiz, and distinguished members of the Subcommittee: thank you for the opportunity to testify"
            " today on the enforcement of sanctions against the Democratic People's Republic of Korea. I will summarize my written"
            " statement and ask that the full text be entered into the record.",
            ARGUMENT,
        ]
    )
    assert list(writers(reading)) == ["Grace J. Holm"]
    assert reading.roles[4:] == ["body", "body"]


def test_a_rapporteur_s_report_gives_each_speaker_the_view_it_reports() -> None:
    reading = detect.read(
        [
            "CONFERENCE REPORT No. 4",
            "Managing the Standoff: Summary of the Harbour Security Dialogue",
            "Rapporteur: Tran Mai Anh, Research Associate, Harbour Centre",
            "The dialogue was held in October with 38 participants. " + ARGUMENT,
            "Opening the first session, Professor Park Ji-hoon of Seoul National University argued that " + ARGUMENT,
            "Dr. Kenji Ota of Kyoto University questioned whether " + ARGUMENT,
            "He also argued that Tokyo would not sign any declaration. " + ARGUMENT,
            "Laura Becker, a former German diplomat, focused on the risk of war by accident. " + ARGUMENT,
            "The discussion that followed showed how far apart the participants remain. " + ARGUMENT,
        ]
    )
    named = writers(reading)
    park, ota, becker = named["Park Ji-hoon"], named["Kenji Ota"], named["Laura Becker"]
    assert reading.signers[4:8] == [(park,), (ota,), (ota,), (becker,)]
    assert named["Tran Mai Anh"] in reading.signers[8]


def test_writers_stacked_over_the_day_a_first_publication_line_and_author_cards() -> None:
    reading = detect.read(
        [
            "Europe's stake in a Korean peace",
            "Sanctions fatigue and the war in Ukraine have pushed the peninsula down the European agenda.",
            "Helena Brandt\nKo Eun-ji\n12 March 2024",
            "First published in Tōa Seikyoku (Tokyo), 14 November 2022.",
            ARGUMENT,
            ARGUMENT,
            "Helena Brandt — Senior Fellow at the Nordic Institute of Asian Affairs, Oslo. Her work covers arms control.",
            "Ko Eun-ji — Research Professor at the Institute for Peace Studies, Seoul.",
        ]
    )
    named = writers(reading)
    assert sorted(named) == ["Helena Brandt", "Ko Eun-ji"]
    assert reading.roles[2:] == ["byline", "dateline", "body", "body", "author_bio", "author_bio"]
    assert reading.date is not None and reading.date[0] == "2024-03-12"


def test_two_co_authors_argue_together_then_disagree_by_surname_their_cards_under_it() -> None:
    reading = detect.read(
        [
            "MERIDIAN NOTES",
            "Trump, Kim, and the Temptation of a Freeze",
            "By Rachel Hollins and Zhou Yiran",
            "January 24, 2025",
            ARGUMENT,
            "The allies' problem",
            ARGUMENT,
            "Where we disagree",
            "Hollins: I would treat a freeze as a first step only. " + ARGUMENT,
            "Zhou: Insisting on denuclearization as the price of talks guarantees there will be none. " + ARGUMENT,
            "Rachel Hollins\nSenior Fellow, Korea Studies\nX: @rhollins",
            "Zhou Yiran\nVisiting Scholar, Meridian Council",
        ]
    )
    named = writers(reading)
    hollins, zhou = named["Rachel Hollins"], named["Zhou Yiran"]
    assert reading.signers[4] == (hollins, zhou) and reading.signers[6] == (hollins, zhou)
    assert reading.signers[8:10] == [(hollins,), (zhou,)]
    assert reading.roles[10:] == ["author_bio", "author_bio"]


@pytest.mark.parametrize(("byline", "name"), [("By: Dr Nur Aisyah Rahman", "Nur Aisyah Rahman"), ("by Xinhua writer Liu Haoran", "Liu Haoran")])
def test_a_byline_with_a_colon_or_the_agency_s_writer_before_the_name(byline: str, name: str) -> None:
    reading = detect.read(["Sanctions alone will not do", byline, ARGUMENT, ARGUMENT])
    assert list(writers(reading)) == [name] and reading.roles == ["title", "byline", "body", "body"]


def test_an_email_interview_whose_guest_the_introduction_says_answered_our_questions() -> None:
    reading = detect.read(
        [
            "THE SUNDAY INTERVIEW",
            "‘Doi Moi was not a gift’",
            "Karthik Subramanian",
            "Five years after Hanoi, the model is still debated. Nguyen Thi Lan Huong, deputy director of the Institute for Regional"
            " Strategic Studies in Hanoi, answered our questions by email. Edited excerpts:",
            "1. How is the Hanoi summit remembered in Vietnam?",
            ARGUMENT,
            "2. What do people outside Vietnam get wrong?",
            ARGUMENT,
        ]
    )
    assert list(writers(reading)) == ["Nguyen Thi Lan Huong"]
    assert reading.roles[2] == "credit" and reading.roles[4:] == ["question", "body", "question", "body"]


def test_a_guest_whose_initials_are_cc_answers_and_is_no_email_header() -> None:
    reading = detect.read(
        [
            "Interview",
            "Claire Carrière on Moscow and Pyongyang",
            "NK: Is the treaty a turning point?",
            "CC: Mostly, yes. " + ARGUMENT,
            "NK: What about denuclearisation?",
            "CC: Denuclearisation is not on anyone's agenda now. " + ARGUMENT,
        ]
    )
    assert reading.roles[2:] == ["question", "body", "question", "body"]


def test_a_debate_s_statements_under_headings_that_name_their_speaker_then_turns() -> None:
    reading = detect.read(
        [
            "THE LAKESIDE DEBATES",
            "Resolved: Seoul should build its own bomb",
            "Recorded 2 May 2023, Helsinki",
            "Moderator: Aino Lehtinen",
            "Opening statement, for the motion: Jae-won Seo",
            "Thank you, Aino. " + ARGUMENT,
            ARGUMENT,
            "Opening statement, against the motion: Annika Brandt",
            "My opponent is right about the threat. " + ARGUMENT,
            "Rebuttals",
            "LEHTINEN: Dr. Seo, how do you answer her on the alliance?",
            "SEO: " + ARGUMENT,
            "LEHTINEN: And Dr. Brandt?",
            "BRANDT: " + ARGUMENT,
        ]
    )
    named = writers(reading)
    seo, brandt = named["Jae-won Seo"], named["Annika Brandt"]
    assert reading.roles[2] == "dateline" and reading.date == ("2023-05-02", "2 May 2023")
    assert reading.roles[4] == "subtitle" and reading.roles[7] == "subtitle"
    assert reading.signers[5:7] == [(seo,), (seo,)] and reading.signers[8] == (brandt,)
    assert reading.roles[10] == "question" and reading.signers[11] == (seo,) and reading.signers[13] == (brandt,)


def test_a_moderator_joined_by_three_panellists_named_in_one_sentence() -> None:
    reading = detect.read(
        [
            "ROUNDTABLE",
            "Can the armistice outlive the hotline?",
            "Posted: 2024-03-11",
            "The Institute convened three specialists in Busan to ask whether the armistice can survive the end of inter-Korean"
            " contact. The conversation was moderated by Mira Holm, the Institute's director. An edited transcript follows.",
            "HOLM: Welcome. I'm joined by Kwame Asante of the Accra Centre, Lin Haoyu of Fudan University, and Rachel Weiss of the Geneva Forum.",
            "HOLM: Is there still anything to talk about?",
            "ASANTE: " + ARGUMENT,
            "LIN: I agree with Dr. Asante on the risk. " + ARGUMENT,
            "WEISS: Let me offer a view from Europe. " + ARGUMENT,
            "HOLM: Dr. Lin, does Russia change China's role?",
            "LIN: It complicates it. " + ARGUMENT,
        ]
    )
    named = writers(reading)
    assert set(named) == {"Kwame Asante", "Lin Haoyu", "Rachel Weiss"}
    assert reading.roles[5] == "question" and reading.roles[9] == "question"
    assert reading.signers[6:9] == [(named["Kwame Asante"],), (named["Lin Haoyu"],), (named["Rachel Weiss"],)]
    assert reading.signers[10] == (named["Lin Haoyu"],)


def test_a_brief_s_last_section_signed_with_dotted_initials_at_its_end() -> None:
    reading = detect.read(
        [
            "Three Roads to Pyongyang",
            "Helen Marsh, Kenji Arai and Tran Thi Mai",
            "Introduction",
            "We wrote this brief in three signed parts. " + ARGUMENT,
            "1. Sanctions (Helen Marsh)",
            ARGUMENT,
            "2. Guarantees",
            "This section was written by Kenji Arai.",
            ARGUMENT,
            "3. What Hanoi teaches",
            ARGUMENT,
            ARGUMENT + " — T.T.M.",
            "Conclusion",
            "We differ on emphasis, but we agree on the sequence. " + ARGUMENT,
        ]
    )
    named = writers(reading)
    everyone = tuple(named.values())
    assert reading.signers[5] == (named["Helen Marsh"],) and reading.signers[8] == (named["Kenji Arai"],)
    assert reading.signers[10:12] == [(named["Tran Thi Mai"],), (named["Tran Thi Mai"],)]
    assert set(reading.signers[13]) == set(everyone)


def test_a_joint_statement_signed_under_its_text_one_signatory_a_line() -> None:
    reading = detect.read(
        [
            "JOINT STATEMENT",
            "Freeze First: A Call for an Interim Agreement",
            "Vienna, 12 May 2023",
            "The following statement was drafted by participants in a closed workshop held in Vienna on 9-10 May 2023. It is"
            " published here with the consent of its three signatories.",
            "We, the undersigned, come from three countries. " + ARGUMENT,
            ARGUMENT,
            "Signed,\nMarta Kowalczyk, Senior Fellow, Warsaw Institute of International Affairs\nHaruto Mori, Professor of Politics,"
            " Kansai University\nDavid Osei, Research Director, Accra Centre for Security Studies",
            "Signatories have signed in a personal capacity. Affiliations are listed for identification purposes only.",
        ]
    )
    named = writers(reading)
    assert list(named) == ["Marta Kowalczyk", "Haruto Mori", "David Osei"]
    assert reading.people[named["Haruto Mori"]].affiliation == "Professor of Politics, Kansai University"
    assert reading.roles[3] == "introduction" and reading.roles[6] == "byline" and reading.roles[7] == "disclaimer"
    assert reading.signers[4] == reading.signers[5] == tuple(named.values())


def test_a_un_special_rapporteur_s_report_numbered_by_paragraph() -> None:
    reading = detect.read(
        [
            "United Nations\tA/HRC/58/12",
            "General Assembly\tDistr.: General\nOriginal: English",
            "4 February 2025",
            "Human Rights Council\nFifty-eighth session\nAgenda item 4",
            "Situation of human rights in the Democratic People's Republic of Korea",
            "Report of the Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea, Ines Carvalho Mendes*",
            "I. Introduction",
            "1. The present report covers the period since August 2024. " + ARGUMENT,
            "2. The Special Rapporteur visited Seoul and Tokyo. " + ARGUMENT,
            "A/HRC/58/12",
            "II. Separated families",
            "3. The Special Rapporteur is alarmed by the end of family reunions. " + ARGUMENT,
            "4. She calls on both Governments to resume them. " + ARGUMENT,
            "GE.25-01873(E)",
        ]
    )
    assert [person.name for person in reading.people] == ["Ines Carvalho Mendes"]
    assert reading.roles[:6] == ["boilerplate", "boilerplate", "dateline", "label", "title", "byline"]
    assert [reading.roles[i] for i in (7, 8, 11, 12)] == ["body"] * 4  # numbered paragraphs across a page's foot, none a note
    assert reading.roles[9] == reading.roles[13] == "boilerplate"


def test_a_rapporteur_reports_views_in_the_verbs_of_a_conference_summary() -> None:
    reading = detect.read(
        [
            "Hanoi Dialogue 2024: Rapporteur's Report",
            "Rapporteur: Pham Thu Trang, Research Fellow, Institute for Strategic Studies",
            "This report was prepared by the rapporteur and reflects her understanding of the discussions.",
            "Session 1: After Hanoi",
            "Dr. Jae-hyun Kim of the Korea Diplomatic Academy opened the session by arguing that " + ARGUMENT,
            "Professor Oleg Markov of MGIMO University restated Moscow's view that " + ARGUMENT,
            "Zhou Yiming of the China Institute of International Studies reiterated that " + ARGUMENT,
            "The discussion that followed was lively. " + ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.roles[2] == "disclaimer"
    assert [reading.signers[i] for i in (4, 5, 6)] == [(named["Jae-hyun Kim"],), (named["Oleg Markov"],), (named["Zhou Yiming"],)]
    assert reading.signers[7] == (named["Pham Thu Trang"],)


def test_an_interview_with_unmarked_questions_billed_by_its_editors_note() -> None:
    reading = detect.read(
        [
            "WORLD / ASIA",
            "‘Tokyo will not be a bystander’: Japanese scholar on the Kishida–Kim channel",
            "Aiko Tanabe of the Osaka Institute of Peace Studies says Japan wants a seat at the table, and a say in any peace regime",
            "Lam Wing-sze\nPublished: 6:30pm, 21 Jun, 2023",
            "Fumio Kishida said in May that he wanted to meet Kim Jong Un without preconditions. " + ARGUMENT,
            "Editor’s note: This interview was conducted in Japanese. It has been translated and condensed.",
            "Why now? Kishida has been in office for more than a year and a half.",
            "Timing is everything here. " + ARGUMENT,
            "Is the channel also about the abductees? Kishida meets their families next week.",
            "Of course the two are connected. " + ARGUMENT,
            "What does Japan actually want from Pyongyang?",
            "Recognition that it is a party to any settlement. " + ARGUMENT,
        ]
    )
    named = writers(reading)
    tanabe = named["Aiko Tanabe"]
    assert [reading.roles[i] for i in (6, 8, 10)] == ["question"] * 3
    assert [reading.signers[i] for i in (7, 9, 11)] == [(tanabe,)] * 3


def test_a_quoted_headline_under_its_interview_tag_is_the_title() -> None:
    reading = detect.read(
        [
            "North Korea",
            "[INTERVIEW] ‘Confidence-building is not a reward. It is insurance.’",
            "Retired Swedish general who served at Panmunjom says both Koreas lose as the military pact unravels",
            "By Kim Ha-neul",
            "Kim: What did the 2018 agreement change on the ground?",
            "Engman: " + ARGUMENT,
            "Kim: And now?",
            "Engman: " + ARGUMENT,
        ]
    )
    assert reading.roles[1:3] == ["title", "subtitle"]


def test_a_brief_by_three_whose_parts_are_signed_under_them() -> None:
    reading = detect.read(
        [
            "ISSUE BRIEF",
            "December 14, 2021",
            "Three Views on Restarting Talks with North Korea",
            "Soo-ah Kim, Lars Berg and Ingrid Holm",
            "Nearly three years after Hanoi, diplomacy remains frozen. " + ARGUMENT,
            "Sequencing: Why an Interim Deal Comes First",
            ARGUMENT,
            ARGUMENT,
            "Soo-ah Kim",
            "Military Confidence-Building After 2018",
            ARGUMENT,
            ARGUMENT,
            "Lars Berg",
            "Europe's Role: More Than a Bystander",
            ARGUMENT,
            "Ingrid Holm",
            "Notes",
        ]
    )
    named = writers(reading)
    assert reading.roles[5] == reading.roles[9] == reading.roles[13] == "subtitle"
    assert reading.signers[6:8] == [(named["Soo-ah Kim"],)] * 2
    assert reading.signers[10:12] == [(named["Lars Berg"],)] * 2
    assert reading.signers[14] == (named["Ingrid Holm"],)


def test_a_co_writer_only_the_bio_names_is_an_author_too() -> None:
    reading = detect.read(
        [
            "Opinion",
            "The liaison office was a message, not a farewell",
            "By Michael Brandt",
            ARGUMENT,
            ARGUMENT,
            "Michael Brandt is a nonresident fellow at the Pacific Rim Policy Institute. This article was co-written with Jeong"
            " Min-seo, a doctoral candidate in North Korean studies at Kyungnam University. The views expressed here are their own.",
        ]
    )
    named = writers(reading)
    assert list(named) == ["Michael Brandt", "Jeong Min-seo"]
    assert reading.people[named["Jeong Min-seo"]].affiliation == "doctoral candidate in North Korean studies at Kyungnam University"
    assert reading.signers[3] == reading.signers[4] == (named["Michael Brandt"], named["Jeong Min-seo"])


def test_point_and_counterpoint_headed_by_their_sides() -> None:
    reading = detect.read(
        [
            "Point/Counterpoint",
            "Should Tokyo back an interim freeze deal?",
            "Published: February 7, 2022",
            "POINT: A freeze is the least bad option",
            "By Takeshi Morimoto",
            ARGUMENT,
            ARGUMENT,
            "COUNTERPOINT: Paying for a freeze rewards the bomb",
            "By Hana Lindqvist",
            ARGUMENT,
            ARGUMENT,
            "What do you think? Send your views to letters@policyreview.example. Selected letters will be published.",
        ]
    )
    named = writers(reading)
    assert reading.roles[1] == "title" and reading.roles[7] == "subtitle" and reading.roles[11] == "boilerplate"
    assert reading.signers[5] == (named["Takeshi Morimoto"],) and reading.signers[10] == (named["Hana Lindqvist"],)


def test_a_series_presenting_its_exchange_of_letters() -> None:
    roles = detect.read(
        [
            "Correspondence",
            "Can the Two Koreas Still Talk? An Exchange",
            "Elena Marchetti and Kim Do-yeon",
            "Published 30 May 2023",
            "In our Correspondence series, two scholars who disagree exchange letters by e-mail over several weeks. This month,"
            " Elena Marchetti and Kim Do-yeon discuss whether inter-Korean relations have a future.",
            "Elena Marchetti",
            "Dear Do-yeon, let me begin with a confession. " + ARGUMENT,
            "Kim Do-yeon",
            "Dear Elena, " + ARGUMENT,
        ]
    ).roles
    assert roles[4] == "introduction" and roles[6] == roles[8] == "body"


def test_a_study_group_s_report_with_one_member_s_dissent() -> None:
    reading = detect.read(
        [
            "Task Force Report No. 7",
            "Sequencing Relief: A Step-for-Step Framework",
            "November 2023",
            "Study Group Members\nYoon Mi-kyung (Chair), former Vice Minister of Unification\nKwon Tae-ho, Professor of Economics,"
            " Chungnam University\nLena Hartmann, Senior Researcher, Institute for Asian Affairs",
            ARGUMENT,
            ARGUMENT,
            "Dissenting View of Kwon Tae-ho",
            "I share my colleagues' assessment but cannot endorse the second recommendation. " + ARGUMENT,
            "Notes",
        ]
    )
    named = writers(reading)
    assert list(named) == ["Yoon Mi-kyung", "Kwon Tae-ho", "Lena Hartmann"]
    assert reading.signers[4] == reading.signers[5] == tuple(named.values())
    assert reading.roles[6] == "subtitle" and reading.signers[7] == (named["Kwon Tae-ho"],)


def test_a_newsletter_s_sections_signed_with_initials_that_keep_a_particle() -> None:
    reading = detect.read(
        [
            "The Demilitarized Letter",
            "By Anneke de Vries and Tran Thi Mai",
            "The panel is gone",
            ARGUMENT,
            ARGUMENT + " - AdV",
            "Unification, rebranded",
            ARGUMENT + " - TTM",
        ]
    )
    named = writers(reading)
    assert reading.signers[3] == reading.signers[4] == (named["Anneke de Vries"],)
    assert reading.signers[6] == (named["Tran Thi Mai"],)


def test_a_tv_transcript_whose_guest_the_credits_name_answers_as_guest() -> None:
    reading = detect.read(
        [
            "ASIA TONIGHT",
            "Will the Summits Come Back?",
            "Aired November 7, 2024 - 21:30   SINGAPORE",
            "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
            "ANCHOR: Melissa Tan\nGUEST: Zhou Yiran, Professor, Center for Northeast Asian Studies, Renmin University",
            "ANCHOR: Good evening and welcome to Asia Tonight. Professor Zhou, does Beijing want the summits back?",
            "GUEST: " + ARGUMENT,
            "(COMMERCIAL BREAK)",
            "ANCHOR: And what would Beijing want in return?",
            "GUEST: " + ARGUMENT,
        ]
    )
    assert [person.name for person in reading.people] == ["Zhou Yiran"]
    assert reading.roles[3] == reading.roles[7] == "boilerplate"
    assert reading.signers[6] == reading.signers[9] == (0,)


def test_an_interview_labelled_by_initials_whose_guest_the_dek_names() -> None:
    reading = detect.read(
        [
            "THE INTERVIEW",
            "“Sanctions Have Become a Habit, Not a Strategy”",
            "Seoul economist Baek Hyun-joo has studied North Korea’s markets for twenty years. She thinks the West keeps punishing the wrong people.",
            "Interview by Katrin Vogel",
            "KV: Professor Baek, is the sanctions regime dead?",
            "BH: " + ARGUMENT,
            "KV: What should replace it?",
            "BH: " + ARGUMENT,
        ]
    )
    assert [person.name for person in reading.people] == ["Baek Hyun-joo"]
    assert reading.roles[4] == reading.roles[6] == "question" and reading.signers[5] == reading.signers[7] == (0,)


def test_a_written_debate_for_and_against_the_motion_closing_by_surname() -> None:
    reading = detect.read(
        [
            "THE WRITTEN DEBATE",
            "Motion: Sanctions on North Korea have failed and should be eased",
            "3 February 2020",
            "Opening statements",
            "For the motion: Konstantin Belyaev",
            ARGUMENT,
            "Against the motion: Meera Raghunathan",
            ARGUMENT,
            "Closing statements",
            "Closing -- Belyaev",
            ARGUMENT,
            "Closing -- Raghunathan",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    belyaev, raghunathan = named["Konstantin Belyaev"], named["Meera Raghunathan"]
    assert [reading.signers[i] for i in (5, 7, 10, 12)] == [(belyaev,), (raghunathan,), (belyaev,), (raghunathan,)]


def test_a_speech_s_moderator_named_with_a_post_chairs_and_asks_and_is_no_author() -> None:
    reading = detect.read(
        [
            "Speech",
            "Sanctions, deterrence and the long road to peace on the Korean Peninsula",
            "Banksia Institute, Sydney\nThursday, 14 May 2026",
            "Moderator: Dr Tom Haldane, Executive Director, Banksia Institute",
            "TOM HALDANE: Good evening, everyone, and welcome. Tonight's lecture is the third in our series.",
            "RACHEL WHITFORD: Thank you, Tom. " + ARGUMENT,
            ARGUMENT,
            "Questions and answers",
            "TOM HALDANE: Thank you, Minister. You said abandoning denuclearisation would send the wrong message. Is it still realistic?",
            "RACHEL WHITFORD: It's a fair challenge, Tom. " + ARGUMENT,
            "QUESTION: Thank you, Minister. Would Australia back a peace treaty before denuclearisation?",
            "RACHEL WHITFORD: A formal end to the war is a matter for the parties. " + ARGUMENT,
            "TOM HALDANE: Please join me in thanking the Minister for her remarks.",
        ]
    )
    assert list(writers(reading)) == ["Rachel Whitford"]
    assert reading.roles[0] == "label"
    assert [reading.roles[i] for i in (4, 8, 12)] == ["introduction", "question", "introduction"]


def test_a_witness_s_greeting_to_the_chairman_names_no_chair() -> None:
    reading = detect.read(
        [
            "Testimony before the Subcommittee on the Indo-Pacific\nCommittee on Foreign Affairs, U.S. House of Representatives",
            "Sanctions, Evasion, and the Limits of Pressure on North Korea",
            "Written Statement of Grace J. Moon, Ph.D.\nSenior Fellow for Korea Studies\nHollings Center for Pacific Security",
            "May 15, 2024",
            "Chairman Brandt, Ranking Member Ortiz, and distinguished members of the\nSubcommittee: thank you for the opportunity to\n"
            "testify today on the enforcement of sanctions against the Democratic People's Republic of\nKorea (DPRK). I will summarize"
            " my written statement and ask that the full\ntext be entered into the record.",
            "I. Where the Sanctions Regime Stands",
            ARGUMENT,
            "II. What Congress Can Do",
            ARGUMENT,
        ]
    )
    assert list(writers(reading)) == ["Grace J. Moon"]
    assert reading.roles[6] == reading.roles[8] == "body"


def test_numbered_headings_of_signed_sections_under_an_editor_s_we_asked() -> None:
    reading = detect.read(
        [
            "Three Views on the Next Round",
            "Published 14 March 2023",
            "Four years after the Hanoi summit, diplomacy remains frozen. We asked three scholars to write a short section each on"
            " one piece of the puzzle. Each section is signed by its writer, and the views are theirs alone.",
            "I. Sanctions are a tool, not a strategy",
            ARGUMENT,
            ARGUMENT,
            "— Chun Chae-sung, Professor of International Relations, Seoul National University",
            "II. A security guarantee Pyongyang could believe",
            ARGUMENT,
            ARGUMENT,
            "— Emily Hartwell, Senior Fellow, Center for Pacific Security",
        ]
    )
    assert reading.roles[3] == reading.roles[7] == "subtitle"
    people = writers(reading)
    assert reading.signers[4] == (people["Chun Chae-sung"],) and reading.signers[8] == (people["Emily Hartwell"],)


def test_a_note_one_co_author_signs_with_the_whole_name_is_that_writer_s() -> None:
    reading = detect.read(
        [
            "Two years after Hanoi, Asia's middle powers should keep the door open",
            "By Meera Raghunathan & Hoang Minh Tuan",
            ARGUMENT,
            ARGUMENT,
            "Note from the second author: I was in Hanoi in February 2019, among the many who lined the streets. Economic"
            " development, not only security, was on their minds. Any future offer should speak to that. — Hoang Minh Tuan",
            "Meera Raghunathan is a retired diplomat. Hoang Minh Tuan is a research fellow in Hanoi.",
        ]
    )
    people = writers(reading)
    assert reading.signers[2] == (people["Meera Raghunathan"], people["Hoang Minh Tuan"])
    assert reading.signers[4] == (people["Hoang Minh Tuan"],)


def test_a_name_in_capitals_takes_the_letters_the_bio_gives_it() -> None:
    reading = detect.read(
        [
            "Seventy years of an armistice",
            "MEHMET KAAN YILMAZ & SEO YEON-HEE",
            ARGUMENT,
            ARGUMENT,
            "Mehmet Kaan Yılmaz is an associate professor at Ankara Yıldırım Kaya University. Seo Yeon-hee is a research fellow.",
        ]
    )
    assert list(writers(reading)) == ["Mehmet Kaan Yılmaz", "Seo Yeon-hee"]


def test_a_writer_who_signs_in_lower_case_is_described_in_lower_case() -> None:
    reading = detect.read(
        [
            "the verification gap nobody in tokyo talks about",
            "by aya kurosawa\nMarch 3, 2024",
            ARGUMENT,
            ARGUMENT,
            "aya kurosawa writes genkai nada notes from Fukuoka. She covered the Six-Party Talks for a Japanese wire service.",
            "Thanks for reading genkai nada notes! Subscribe for free to receive new posts and support my work.",
        ]
    )
    assert reading.roles[4] == "author_bio" and reading.signers[4] == (0,)


def test_an_interview_s_guest_named_where_the_host_introduces_her_not_beside_a_month() -> None:
    reading = detect.read(
        [
            "Deterrence without dialogue? Korea's new normal",
            "Host: Tomáš Novák",
            "Novák: Hello and welcome. In September Kim Jong Un took his armoured train to the Russian Far East. My guest is"
            " Kim Eun-jung, a senior research fellow at the Korea Institute for Peninsula Strategy in Seoul. Welcome.",
            "Kim: Thank you, Tomáš. It's good to be back in Prague.",
            "Novák: How much does the Russia–North Korea relationship change the picture?",
            "Kim: " + ARGUMENT,
            "Novák: And the alliance?",
            "Kim: " + ARGUMENT,
        ]
    )
    assert "Kim Eun-jung" in writers(reading) and "September Kim" not in writers(reading)


def test_an_editor_s_note_that_says_whose_answers_follow() -> None:
    reading = detect.read(
        [
            "THE E-MAIL INTERVIEW",
            'Five years after Singapore: "The joint statement had the order right"',
            "Editor's note: This interview was conducted by e-mail in June. Questions were sent by SSD editor Tan Wei Ling; Dr Sanghoon"
            " Lee's answers appear in full, lightly edited for house style.",
            "1. The Singapore summit took place five years ago this month. What, if anything, survives of the joint statement?",
            "Less than its authors hoped. " + ARGUMENT,
            '2. You have argued that the statement "had the order right". What do you mean?',
            "Read the sequence. " + ARGUMENT,
        ]
    )
    assert list(writers(reading)) == ["Sanghoon Lee"]
    assert reading.roles[3:] == ["question", "body", "question", "body"]


def test_a_guest_s_profile_after_the_interview_named_and_born() -> None:
    roles = detect.read(
        [
            "Former ambassador Michio Fujisawa on Japan and the abductions",
            "Q: How closely did Tokyo follow the 2018 talks?",
            "A: Very closely. " + ARGUMENT,
            "Q: And now?",
            "A: " + ARGUMENT,
            "Michio Fujisawa: Born in Niigata Prefecture in 1948. Joined the Ministry of Foreign Affairs in 1971. Retired in 2010.",
        ]
    ).roles
    assert roles[-1] == "author_bio" and roles[2] == "body"


def test_a_co_writer_s_part_headed_with_the_short_form_of_the_first_name() -> None:
    reading = detect.read(
        [
            "An End-of-War Declaration Is Not a Peace Treaty",
            "By Nguyen Thi Lan and Matthew Harcourt",
            ARGUMENT,
            "Lan: the Vietnamese precedent",
            ARGUMENT,
            "Matt: mind the fine print",
            ARGUMENT,
            "Matthew: security first, markets later",  # a comma in the part's title
            ARGUMENT,
        ]
    )
    people = writers(reading)
    assert reading.signers[4] == (people["Nguyen Thi Lan"],) and reading.signers[6] == reading.signers[8] == (people["Matthew Harcourt"],)


def test_symposium_parts_signed_under_them_one_by_two_after_the_editor_s_framing() -> None:
    reading = detect.read(
        [
            "Is the Vietnam Model Still on Offer to North Korea?",
            "Edited by Phạm Thu Trang",
            "March 10, 2025",
            "In 2019 the two leaders met in our own capital. We asked contributors from India, Australia, South Korea and China whether"
            " that example still holds. Each section is signed by its writer or writers.",
            "I. Pyongyang has already chosen a different patron",
            ARGUMENT,
            "— Rohan Venkataraman, Senior Fellow, Delhi Forum for Eurasian Affairs",  # short enough to look like a heading
            "II. Đổi Mới needed peace first",
            ARGUMENT,
            "— Fiona McAllister, Australian Centre for Indo-Pacific Security, Canberra, and Kim Da-eun, Graduate School of International"
            " Studies, Yonsei University",
            "III. Beijing's reform model came first",
            ARGUMENT,
            "— Zhang Wenqian, Research Professor, Shanghai Institute for Northeast Asian Studies",
        ]
    )
    named = writers(reading)
    assert reading.roles[3] == "introduction" and reading.roles[6] == reading.roles[12] == "byline"
    assert reading.signers[5] == (named["Rohan Venkataraman"],) and reading.signers[11] == (named["Zhang Wenqian"],)
    assert reading.signers[8] == (named["Fiona McAllister"], named["Kim Da-eun"])


def test_a_forum_whose_middle_part_is_signed_under_it_at_a_french_foundation() -> None:
    reading = detect.read(
        [
            "FORUM",
            "What Would Verifying North Korea’s Denuclearization Take?",
            "The Hanoi summit ended without an agreement. We asked three contributors what verification would take.",
            "1. Start with Yongbyon, but do not stop there",
            "SANG-HYUN LEE",
            ARGUMENT,
            ARGUMENT,
            "2. The IAEA cannot do it alone",
            ARGUMENT,
            ARGUMENT,
            "— Hélène Marchetti, Fondation pour les études stratégiques européennes, Paris",
            "3. Verification is a political problem",
            "RUTH ABERNATHY",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.roles[10] == "byline" and reading.signers[8] == reading.signers[9] == (named["Hélène Marchetti"],)
    assert reading.signers[5] == (named["Sang-hyun Lee"],) and reading.signers[13] == (named["Ruth Abernathy"],)


def test_a_dossier_part_two_write_under_their_names_and_rejoinders_that_name_their_writer() -> None:
    reading = detect.read(
        [
            "Seventy Years After the War: Three Views from Afar on Peace in Korea",
            "Edited by Carolina Fuentes Ibarra",
            "I. The liaison office and the limits of symbolism",
            "Mónica Salgado Reyes",
            ARGUMENT,
            "II. Sanctions, sequencing and the view from Tokyo and São Paulo",
            "Kenji Arakawa and Bruna Park Oliveira",
            ARGUMENT,
            ARGUMENT,
            "Rejoinders",
            "Kenji Arakawa replies: " + ARGUMENT,
            "Mónica Salgado Reyes replies: " + ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.roles[6] == "byline" and reading.signers[7] == reading.signers[8] == (named["Kenji Arakawa"], named["Bruna Park Oliveira"])
    assert reading.roles[9] == "subtitle"
    assert reading.signers[10] == (named["Kenji Arakawa"],) and reading.signers[11] == (named["Mónica Salgado Reyes"],)


def test_a_newsletter_signed_off_by_its_writer_s_initials_in_lower_case() -> None:
    reading = detect.read(
        [
            "two hostile states, one peninsula",
            "by irina volkova",
            "jan 16, 2025",
            ARGUMENT,
            ARGUMENT,
            "— i.v.",
            "[1] KCNA, January 16, 2024.",
            "Irina Volkova writes thirty-eighth. She teaches international security at the University of Leeds.",
        ]
    )
    assert reading.roles[5] == "byline" and [p.name for p in reading.people] == ["Irina Volkova"]


def test_the_editors_framing_signed_under_it_over_the_writers_argument() -> None:
    roles = detect.read(
        [
            "Ahmad Faiz bin Rahman\nCentre for Asia-Pacific Dialogue, Kuala Lumpur",
            "Chaiwat Srisuk\nFaculty of Political Science, Chiang Mai University",
            "After Hanoi: the “Vietnam model” was never a blueprint",
            "8 March 2019",
            "The second Trump–Kim summit ended abruptly in Hanoi on 28 February, with no agreement and no joint statement. Vietnam was"
            " chosen as host partly for its symbolism: a former enemy of the United States that reformed its economy without giving"
            " up one-party rule. For this issue of Perspectives we asked three members of the Circle’s research network to consider"
            " what that symbolism was worth. — The Editors",
            ARGUMENT,
            ARGUMENT,
        ]
    ).roles
    assert roles[4] == "introduction" and roles[5] == "body"


def test_numbered_letters_each_under_its_writer_and_place() -> None:
    reading = detect.read(
        [
            "Letters across the Sea of Japan",
            "Irina Volkova and Kenji Morimoto",
            "Published 11.04.2023",
            "Editor's note: This exchange of letters took place in March 2023.",
            "Letter 1 · Irina Volkova, Vladivostok",
            "Dear Kenji,\n" + ARGUMENT,
            ARGUMENT,
            "Letter 2 · Kenji Morimoto, Sapporo",
            "Dear Irina,\n" + ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.roles[4] == reading.roles[7] == "byline"
    assert reading.signers[5] == reading.signers[6] == (named["Irina Volkova"],) and reading.signers[8] == (named["Kenji Morimoto"],)


def test_a_publisher_s_framing_over_a_co_written_piece() -> None:
    roles = detect.read(
        [
            "By Maj. Gen. (ret.) Mats Engman, Niklas Swanstrom, and Layla Haddad",
            "Hotlines Before Handshakes: Gulf Lessons for a Korean Peninsula Without Guardrails",
            "22 March 2024",
            "Al-Mirsad invited three researchers from Stockholm and Doha to consider what the Gulf’s experience of managing incidents at"
            " sea might offer the Korean Peninsula. Their analysis follows.",
            ARGUMENT,
        ]
    ).roles
    assert roles[3] == "introduction" and roles[4] == "body"


def test_a_retired_officer_s_bio_after_the_notes() -> None:
    roles = detect.read(
        [
            "After Stockholm: Why Korea Diplomacy Needs a Military Track",
            "Maj. Gen. (ret.) Mats Engman",
            ARGUMENT,
            "Share this article: Facebook | X | LinkedIn",  # the page's furniture inside the text: the trailing matter may start
            ARGUMENT,
            "[1] “Agreement on the Implementation of the Historic Panmunjom Declaration in the Military Domain,” Pyongyang, September 19, 2018, Articles 1–3.",
            "[2] On the Commission’s history, see Karl-Erik Lindqvist, The Neutral Nations Supervisory Commission, 1953–2013 (Stockholm:"
            " Swedish Armed Forces, 2014).",
            "Maj. Gen. (ret.) Mats Engman is a Distinguished Fellow at ISDP. He previously served as Head of the Swedish delegation.",
        ]
    ).roles
    assert roles[5:] == ["notes", "notes", "author_bio"]


def test_an_interview_s_guest_introduced_first_and_placed_later_in_the_paragraph() -> None:
    reading = detect.read(
        [
            "INTERVIEW",
            "Five years after Hanoi: ‘Walking out was the easy part’",
            "By Tran Minh Duc",
            "Daniel Whitcombe was in the room for part of those negotiations. A career diplomat, he is now a distinguished fellow at"
            " the Pacific Rim Policy Institute in Honolulu.",
            "Q: Looking back, was the Hanoi summit doomed before it began?",
            "A: Not doomed, but badly prepared. " + ARGUMENT,
            "Q: Was walking away the right decision?",
            "A: " + ARGUMENT,
        ]
    )
    assert list(writers(reading)) == ["Daniel Whitcombe"] and reading.roles[2] == "credit"


def test_a_radio_presenter_s_turns_are_questions_not_credits() -> None:
    roles = detect.read(
        [
            "Is Seoul's nuclear debate more than talk?",
            "Presenter: Fiona McAllister",
            "Guest: Lee Sang-hyun, senior research fellow, Seoul Centre for Strategic Studies",
            "PRESENTER: Lee Sang-hyun, welcome to Asia Tonight. Why has this idea gone mainstream now?",
            "LEE SANG-HYUN: Thank you, Fiona. " + ARGUMENT,
            "PRESENTER: What would it cost?",
            "LEE SANG-HYUN: " + ARGUMENT,
        ]
    ).roles
    assert roles[1] == "credit" and roles[3] == roles[5] == "question" and roles[4] == roles[6] == "body"


def test_letters_signed_with_a_closing_a_name_and_a_place() -> None:
    reading = detect.read(
        [
            "Two Letters on the Sequencing Problem",
            "The Review invites two scholars to write to each other on a single question and publishes the exchange as written.",
            "Dear Chae-sung,",
            ARGUMENT,
            ARGUMENT,
            "With warm regards,\nKenji Yoshida\nKyoto",
            "Dear Kenji,",
            ARGUMENT,
            ARGUMENT,
            "Sincerely,\nChun Chae-sung\nSeoul",
            "Kenji Yoshida is professor of international relations at Kyoto University.",
        ]
    )
    people = writers(reading)
    assert set(people) == {"Kenji Yoshida", "Chun Chae-sung"}
    assert reading.roles[5] == reading.roles[9] == "byline"
    assert reading.signers[3] == (people["Kenji Yoshida"],) and reading.signers[7] == (people["Chun Chae-sung"],)


def test_one_writer_s_initials_under_the_last_paragraph_take_only_that_paragraph() -> None:
    reading = detect.read(
        [
            "Tokyo and Washington should stop pretending",
            "By Haruka Nishimura and Daniel Whitcombe",
            ARGUMENT,
            ARGUMENT,
            "I would add one point on which my co-author and I did not fully agree. Arms control will require honesty about extended deterrence. -- D.W.",
        ]
    )
    people = writers(reading)
    assert reading.signers[2] == (people["Haruka Nishimura"], people["Daniel Whitcombe"])
    assert reading.signers[4] == (people["Daniel Whitcombe"],)


def test_a_joint_statement_s_signatories_listed_in_alphabetical_order() -> None:
    reading = detect.read(
        [
            "Joint Statement",
            "Reducing the Risk of War on the Korean Peninsula: A Call from Six Countries",
            "Ulaanbaatar, 14 June 2024",
            "We, the undersigned scholars and former officials, met in Ulaanbaatar on 12–13 June 2024. " + ARGUMENT,
            ARGUMENT,
            "Signatories (in alphabetical order):\nOyunchimeg Batbold, Director, Steppe Institute, Ulaanbaatar\n"
            "Margaret Ellison, former Deputy Assistant Secretary of State for East Asia",
            "Signatories endorse this statement in their personal capacities. Institutional affiliations are listed for identification only.",
        ]
    )
    assert list(writers(reading)) == ["Oyunchimeg Batbold", "Margaret Ellison"]
    assert reading.roles[3:] == ["body", "body", "byline", "disclaimer"]


def test_a_statement_s_signatories_on_one_line_a_clause_each() -> None:
    """'Signatories (…): A, post; B, post; …' on the one line, under a statement its fellows make in the first person ('We, the
    undersigned Fellows …') with no salutation and no byline: the statement is all of theirs."""
    reading = detect.read(
        [
            "Statements",
            "Seventy-One Years Without Peace: A Statement by the Fellows of the Hanbit Peace Institute",
            "Seoul, July 27, 2024",
            "We, the undersigned Fellows of the Hanbit Peace Institute, issue this statement on the seventy-first anniversary. " + ARGUMENT,
            ARGUMENT,
            "Signatories (in alphabetical order, institutional titles for identification only): Anna Berglund-Cho, Senior Fellow,"
            " Hanbit Peace Institute; Han Ji-won, Senior Fellow and Director of Research, Hanbit Peace Institute; Daniel Moreau,"
            " Non-resident Fellow, Hanbit Peace Institute",
            "The signatories endorse this statement in their individual capacities. The Hanbit Peace Institute does not take"
            " institutional positions on policy questions.",
        ]
    )
    assert list(writers(reading)) == ["Anna Berglund-Cho", "Han Ji-won", "Daniel Moreau"]
    assert reading.roles[3:] == ["body", "body", "byline", "disclaimer"]
    assert reading.signers[3] == reading.signers[4] == (0, 1, 2)


def test_a_debate_s_second_side_written_by_two_under_its_own_byline() -> None:
    """'YES: …' / 'By Colin Ferreira-Hale' / his case, then 'NO: …' / 'By Seo Yeon-woo and Gregory Adeyemi' / theirs: the second
    side is the two's, under a side's heading, not the first writer's going on."""
    reading = detect.read(
        [
            "THE MERIDIAN DEBATE",
            "Should Washington Accept a Nuclear North Korea and Negotiate Arms Control?",
            "In each Meridian Debate, we invite contributors to argue opposite sides of a question.",
            "YES: Arms control is the only realistic goal left",
            "By Colin Ferreira-Hale",
            ARGUMENT,
            ARGUMENT,
            "NO: Acceptance would reward proliferation and fracture the alliance",
            "By Seo Yeon-woo and Gregory Adeyemi",
            "Our colleague is right that denuclearization diplomacy has failed. " + ARGUMENT,
            ARGUMENT,
        ]
    )
    people = writers(reading)
    assert reading.roles[3:] == ["subtitle", "byline", "body", "body", "subtitle", "byline", "body", "body"]
    assert reading.signers[5] == (people["Colin Ferreira-Hale"],)
    assert reading.signers[9] == reading.signers[10] == (people["Seo Yeon-woo"], people["Gregory Adeyemi"])


def test_a_debate_s_sides_named_with_their_posts_and_the_rebuttals_labelled_by_side() -> None:
    reading = detect.read(
        [
            "Should Sanctions Relief Come Before Denuclearisation?",
            "Moderated by Ananya Krishnaswamy, Senior Editor, YPF",
            'Motion: "This House believes that the United States should offer sanctions relief first."',
            "For: Elena Marchetti, Associate Professor of International Relations, University of Bologna",
            ARGUMENT,
            "Against: Lee Sang-hyun, Director of Unification Strategy, Mapo Institute for Peace Studies, Seoul",
            ARGUMENT,
            "Rebuttals",
            "Moderator: Professor Marchetti, Mr Lee says snap-back is unenforceable. Is he right?",
            "Marchetti (For): He is right about the veto. " + ARGUMENT,
            "Moderator: Mr Lee, what would an irreversible step look like?",
            "Lee (Against): The dismantlement of the Yongbyon complex. " + ARGUMENT,
        ]
    )
    people = writers(reading)
    assert set(people) == {"Elena Marchetti", "Lee Sang-hyun"}
    assert reading.roles[8] == reading.roles[10] == "question"
    assert reading.signers[9] == (people["Elena Marchetti"],) and reading.signers[11] == (people["Lee Sang-hyun"],)


def test_a_column_around_its_q_and_a_box_is_the_columnist_s() -> None:
    reading = detect.read(
        [
            "The Putin–Kim pact ends the peninsula’s great-power consensus",
            "Meera Venkataraman\nJune 27, 2024 00:15 IST",
            "When Vladimir Putin landed in Pyongyang in June, the images were predictable. " + ARGUMENT,
            ARGUMENT,
            "Q&A | ‘Moscow sees Pyongyang as a supplier, not an ally’",
            "Yekaterina Sokolova, a senior research fellow in Vladivostok, spoke to Meera Venkataraman by phone.",
            "Q: Is the mutual-defence clause real?",
            "A: It is real on paper. " + ARGUMENT,
            "Q: Then what does Russia want?",
            "A: Shells and missiles. " + ARGUMENT,
            "Why should this matter in New Delhi? " + ARGUMENT,
        ]
    )
    people = writers(reading)
    assert reading.roles[1] == "byline"
    assert reading.signers[2] == reading.signers[10] == (people["Meera Venkataraman"],)
    assert reading.signers[7] == reading.signers[9] == (people["Yekaterina Sokolova"],)


@pytest.mark.parametrize(
    "signature",
    [
        "Nguyễn Thị Thu Hà\nDeputy Director, Centre for Northeast Asian Studies, Vietnam Institute of Regional Affairs, Hanoi",
        "Reviewed by Nguyễn Thị Thu Hà\nCentre for Northeast Asian Studies, Vietnam Institute of Regional Affairs, Hanoi",
        "Contributor: Nguyễn Thị Thu Hà, Centre for Northeast Asian Studies, Vietnam Institute of Regional Affairs, Hanoi",
    ],
)
def test_a_text_no_byline_signs_is_signed_under_it(signature: str) -> None:
    reading = detect.read(
        [
            "After the DMZ handshake, Vietnam should offer more than a venue",
            "2019-07-03",
            ARGUMENT,
            ARGUMENT,
            signature,
            "Notes\n[1] The White House, “Remarks by President Trump and Chairman Kim Jong Un”, Panmunjom, 30 June 2019.",
        ]
    )
    assert [person.name for person in reading.people] == ["Nguyễn Thị Thu Hà"]
    assert reading.roles[2:5] == ["body", "body", "byline"] and reading.people[0].affiliation.startswith(("Deputy", "Centre"))


def test_a_book_review_s_head_cites_the_book_and_the_reviewer_signs_under_it() -> None:
    reading = detect.read(
        [
            "BOOK REVIEW",
            "Coercion Without a Theory of Victory",
            "Kenji Okabe, The Sanctions Trap: Coercion and Its Limits on the Korean Peninsula. Ithaca, NY: Cornell University Press, 2023."
            " xiv + 296 pp. $39.95 (paper).",
            "Few instruments of policy toward North Korea have been used as persistently as sanctions. " + ARGUMENT,
            ARGUMENT,
            "Reviewed by Yekaterina V. Morozova\nInstitute of China and Contemporary Asia, Russian Academy of Sciences, Moscow",
        ]
    )
    assert reading.roles[2] == "subtitle" and reading.roles[5] == "byline"
    assert [person.name for person in reading.people] == ["Yekaterina V. Morozova"]


def test_a_podcast_s_list_of_what_the_episode_holds_is_its_introduction() -> None:
    roles = detect.read(
        [
            "Tokyo after Camp David",
            "Released 24 August 2023",
            "In this episode:\n• Why Tokyo was the quiet winner of the Camp David summit\n• Kishida's offer to meet Kim Jong-un",
            "HOLLIS: Welcome to the show. My guest today is Ayaka Morimoto, a senior fellow at the Pacific Centre for Asian Studies.",
            "MORIMOTO: Thank you for having me.",
            "HOLLIS: Was Tokyo the quiet winner at Camp David?",
            "MORIMOTO: " + ARGUMENT,
            "HOLLIS: And the abductions?",
            "MORIMOTO: " + ARGUMENT,
        ]
    ).roles
    assert roles[2] == "introduction"


def test_a_standfirst_that_names_both_writers_is_the_publisher_s() -> None:
    """'…, write Lee Sang-soo and Niklas Swanstrom.' under the byline of both: the wire's standfirst about them."""
    roles = detect.read(
        [
            "COMMENTARY",
            "A pause in Washington is a chance for Europe on Korea",
            "By Lee Sang-soo and Niklas Swanstrom",
            "While the Biden administration reviews its North Korea policy,\nEuropean capitals should prepare the ground for the talks the United\n"
            "States will eventually need, write Lee Sang-soo and Niklas Swanstrom.",
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
        ]
    ).roles
    assert roles[3] == "subtitle"


def test_the_publisher_framing_two_signed_views_under_both_names() -> None:
    """'Mats Engman | Harriet Cole' over the day, then 'RUSI asked two contributors … to assess what has changed', then
    each one's section under their own name: the framing is the publisher's, each section its writer's."""
    reading = detect.read(
        [
            "Commentary",
            "After the Washington Declaration: Two Views on Extended Deterrence in Korea",
            "Mats Engman | Harriet Cole",
            "3 May 2023",
            "On 26 April, Presidents Joe Biden and Yoon Suk Yeol adopted the Washington Declaration, which creates a bilateral Nuclear"
            " Consultative Group and promises more regular visits of US strategic assets to the peninsula. RUSI asked two contributors,"
            " a retired general who served on the Demilitarised Zone and a nuclear policy researcher, to assess what has changed.",
            "Reassured, Not Strengthened",
            "Mats Engman",
            ARGUMENT,
            ARGUMENT,
            "A Committee Is Not a Deterrent",
            "Harriet Cole",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    names = writers(reading)
    assert reading.roles[2:5] == ["byline", "dateline", "introduction"]
    assert [reading.signers[i] for i in (7, 8, 11, 12)] == [(names["Mats Engman"],)] * 2 + [(names["Harriet Cole"],)] * 2


def test_two_scholars_in_conversation_under_their_initials() -> None:
    """'JK: …' and 'SM: …' taking turns, neither asking, the names only in the editor's introduction: each turn its
    speaker's, neither an interviewer."""
    turn = ARGUMENT
    reading = detect.read(
        [
            "Peninsula Dialogues No. 6",
            "Xi in Pyongyang, Trump at the DMZ: Who Holds the Keys Now?",
            "3 July 2019",
            "In the space of ten days in June, Xi Jinping visited Pyongyang and Donald Trump stepped across the demarcation line. We"
            " asked Jia Kaiwen, who studies China's Korea policy in Shanghai, and Sophie Marchand, a research director in Lyon, to"
            " discuss what the two meetings changed.",
            f"JK: {turn}",
            f"SM: {turn}",
            f"JK: {turn}",
            f"SM: {turn}",
            f"JK: {turn}",
        ]
    )
    names = writers(reading)
    assert reading.roles[4:] == ["body"] * 5
    assert [reading.signers[i] for i in range(4, 9)] == [(names["Jia Kaiwen"],), (names["Sophie Marchand"],)] * 2 + [(names["Jia Kaiwen"],)]


def test_a_moderator_s_question_handed_to_a_speaker_by_name_asks() -> None:
    """'Let me begin with the obvious question. Was Hanoi a failure …? Professor Park, you have been critical …': the
    moderator's first turn asks, though it ends as a statement."""
    labelled = detect.read(
        [
            "After Hanoi: A Roundtable",
            "Moderator: Yoon Hae-jin, Senior Editor, Korea Policy Monthly",
            "YOON HAE-JIN: Let me begin with the obvious question. Was Hanoi a failure of preparation or a failure of expectations?"
            " Professor Park, you have been critical of the top-down approach from the start.",
            f"PARK MIN-KYU: {ARGUMENT}",
            "YOON HAE-JIN: Professor Chun, do you agree?",
            f"CHUN CHAE-SUNG: {ARGUMENT}",
        ]
    ).roles
    assert labelled[2:] == ["question", "body", "question", "body"]


def test_a_hearing_s_witnesses_listed_with_their_ranks_answer_under_theirs() -> None:
    """'ENGMAN, Major General Mats (Retired), Senior Fellow …' in the list of witnesses, 'Major Gen. Engman: …' at the
    microphone: he gives evidence, the committee asks."""
    reading = detect.read(
        [
            "JOINT STANDING COMMITTEE ON FOREIGN AFFAIRS, DEFENCE AND TRADE\nForeign Affairs and Aid Subcommittee",
            "Australia's engagement on Korean Peninsula security",
            "(Public)",
            "THURSDAY, 18 AUGUST 2022\nCANBERRA",
            "BY AUTHORITY OF THE PARLIAMENT",
            "ENGMAN, Major General Mats (Retired), Senior Fellow, Institute for Security and Development Policy, Stockholm [by video link]\n"
            "RAGHAVAN, Dr Priya, Senior Lecturer, Coral Bell School of Asia Pacific Affairs, Australian National University",
            "Committee met at 10:02",
            "CHAIR (Mr Whitfield): I declare open this public hearing. I welcome Major General Mats Engman and Dr Priya Raghavan.",
            f"Major Gen. Engman: {ARGUMENT}",
            "CHAIR: Dr Raghavan, would you like to make an opening statement?",
            f"Dr Raghavan: {ARGUMENT}",
            "Senator McKINNON: Major General, isn't the risk that we simply reward bad behaviour?",
            f"Major Gen. Engman: {ARGUMENT}",
        ]
    )
    names = writers(reading)
    assert reading.roles[:7] == ["label", "title", "boilerplate", "dateline", "boilerplate", "byline", "boilerplate"]
    assert [reading.signers[i] for i in (8, 10, 12)] == [(names["Mats Engman"],), (names["Priya Raghavan"],), (names["Mats Engman"],)]
    assert [reading.roles[i] for i in (9, 11)] == ["question", "question"]


def test_a_forum_s_framing_under_the_dek_and_a_book_review_s_reviewer() -> None:
    """The publisher's paragraph naming the lead essay's writer, between the date and his byline, frames the forum; and
    'Reviewed by …' under 'Book Review' and the book's citation is the reviewer's byline."""
    forum = detect.read(
        [
            "FORUM",
            "Put the Peace Regime First",
            "Thirty years of denuclearization-first diplomacy have produced a larger arsenal, not a smaller one.",
            "March 14, 2024",
            "The Bridgeway Forum publishes a lead essay on a contested question, invited responses, and a reply from the author. In"
            " this installment, Thomas Ashdown argues that Washington should stop making denuclearization the price of admission."
            " Sachiko Morimoto and Han Ye-rin respond.",
            "By Thomas Ashdown",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert forum.roles[2:6] == ["subtitle", "dateline", "introduction", "byline"]
    review = detect.read(
        [
            "Book Review",
            "A Peace Regime Without Peacemakers",
            "Daniel H. Seo. The Armistice Generation: Why Korea's War Never Ended. Westmark University Press, 2020. 312 pp.",
            "Reviewed by Anastasia Kuznetsova",
            "Published: 18.06.2021",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert review.roles[3] == "byline"
    assert [person.name for person in review.people] == ["Anastasia Kuznetsova"]


def test_a_newsletter_s_items_each_by_its_contributor() -> None:
    """'— by Nguyen Thi Lan' under each numbered item's heading: each item is its contributor's; the newsletter's line on
    whose views it carries is a disclaimer."""
    reading = detect.read(
        [
            "PENINSULA BRIEF",
            "Issue 47 | 27 April 2023",
            "Welcome to Peninsula Brief. This fortnight two contributors look at opposite ends of the same problem.",
            "1. The Washington Declaration: reassurance, with strings",
            "— by Nguyen Thi Lan",
            ARGUMENT,
            ARGUMENT,
            "2. Who still enforces the sanctions?",
            "— by Tomasz Wiśniewski",
            ARGUMENT,
            ARGUMENT,
            "Peninsula Brief carries the personal views of its contributors, not those of the Straits Centre for Northeast Asian Affairs.",
        ]
    )
    names = writers(reading)
    assert [reading.signers[i] for i in (5, 6, 9, 10)] == [(names["Nguyen Thi Lan"],)] * 2 + [(names["Tomasz Wiśniewski"],)] * 2
    assert reading.roles[11] == "disclaimer"


UN_REPORT = """United Nations                                                    S/2022/187

Security Council                                                  Distr.: General

1 March 2022

Final report of the Panel of Experts submitted pursuant to resolution 2569 (2021)

22-02461 (E)    040322
*2202461*

III. Maritime sanctions evasion

A. Illicit exports of coal

41. The Panel notes that exports of coal from the Democratic People's Republic of Korea, prohibited under paragraph 8 of resolution 2371 (2017), continued throughout the reporting period. Vessels loaded coal at Nampo and Songnim and transferred it to other vessels in the Gulf of Tonkin and off the coast of China, or delivered it directly to ports in the region, in most cases after switching off their automatic identification systems.

42. On the basis of satellite imagery and information provided by a Member State, the Panel estimates that at least 1.2 million tons of coal were exported between January and September 2021.

43. The Panel continues to investigate nine vessels involved in such transfers, several of which switched off their identification systems for extended periods of time.

S/2022/187

B. Recommendations

44. The Panel recommends that Member States, in particular flag States, strengthen the due diligence of their ship registries before they register vessels that have changed their names several times.

45. The Panel recommends that the Committee consider designating the vessels listed in annex 14 for an asset freeze and a port entry ban.
"""


def test_a_report_no_one_signs_is_the_body_s_its_title_names() -> None:
    """'Final report of the Panel of Experts …', signed by no one: the Panel's, said in a note for the reviewer; its symbols
    and job numbers are the page's, 'A. Illicit exports of coal' a heading (no answer), every numbered paragraph the Panel's."""
    from korea_cli import ingest
    from korea_cli.corpus import read_shared
    from korea_cli.layout import bundled_corpus

    drafted = ingest.draft(read_shared(bundled_corpus()), UN_REPORT.encode())
    assert [author.name for author in drafted.authors] == ["Panel of Experts"]
    assert any("which its title names" in note for note in drafted.notes)
    roles = [role for role, _ in drafted.roles]
    assert roles == ["boilerplate", "boilerplate", "dateline", "title", "boilerplate", "subtitle", "subtitle"] + ["body"] * 3 + [
        "boilerplate",
        "subtitle",
        "body",
        "body",
    ]
    assert {whose for role, whose in drafted.roles if role == "body"} == {(drafted.authors[0].id,)}


def test_a_joint_answer_is_both_speakers() -> None:
    """'KIM AND PARK: Arms control, not denuclearisation.' between their own turns: the two at once."""
    reading = detect.read(
        [
            "Two negotiators on guarantees",
            "Interview by Aoi Fujisaki",
            "Kim Hye-won served as director-general at South Korea's foreign ministry; Park Jun-seo, a retired army colonel, sat"
            " on the military talks. We spoke to both in Seoul.",
            "TDQ: You have both said that the word 'guarantee' is misused. What do you mean?",
            f"KIM: {ARGUMENT}",
            f"PARK: {ARGUMENT}",
            "TDQ: Does the Putin treaty change that calculation?",
            f"PARK: {ARGUMENT}",
            f"KIM: {ARGUMENT}",
            "TDQ: So what could Seoul and Washington realistically put on the table?",
            "KIM AND PARK: Arms control, not denuclearisation.",
            f"KIM: {ARGUMENT}",
            f"PARK: {ARGUMENT}",
        ]
    )
    names = writers(reading)
    assert reading.roles[10] == "body"
    assert set(reading.signers[10]) == {names["Kim Hye-won"], names["Park Jun-seo"]}


def test_a_debate_s_chair_sides_and_the_floor() -> None:
    """'Chair: Name, post' credits the chair; 'Proposing the motion: …' over 'Opposing the motion: …' names both debaters;
    'Recorded at …, 22 October 2019' dates it; once a debater has spoken, the chair handing over by name asks."""
    reading = detect.read(
        [
            "Debate Series 2019 · Transcript",
            "“This House would trade sanctions relief for a verified freeze”",
            "Recorded at the House of the Estates, Helsinki, 22 October 2019",
            "Chair: Anna-Kaisa Lindqvist, Director, Helsinki Forum on Asian Security",
            "Proposing the motion: Dr. Yelena Voronova, Senior Researcher, Institute of Oriental Policy, Moscow\n"
            "Opposing the motion: Maj. Gen. (ret.) Mats Engman, Distinguished Fellow, Institute for Security and Development Policy",
            "LINDQVIST: Good evening, and welcome. The question before us is whether the West should accept a freeze. Dr. Voronova, you propose the motion.",
            f"VORONOVA: {ARGUMENT}",
            "LINDQVIST: Thank you. General Engman, the case against.",
            f"ENGMAN: {ARGUMENT}",
            "LINDQVIST: Dr. Voronova, who would verify a freeze?",
            f"VORONOVA: {ARGUMENT}",
        ]
    )
    names = writers(reading)
    assert reading.roles[2:6] == ["dateline", "credit", "byline", "introduction"]
    assert reading.date == ("2019-10-22", "22 October 2019")
    assert reading.roles[7] == "question"
    assert [reading.signers[i] for i in (6, 8, 10)] == [(names["Yelena Voronova"],), (names["Mats Engman"],), (names["Yelena Voronova"],)]


def test_open_letters_to_a_title_and_a_short_name_signed_with_a_post() -> None:
    """'Dear Vice Minister Yoon,' opens the first letter, signed 'With respect and old friendship, / Thomas W. Harlow / Former
    U.S. Deputy Special Representative …'; 'Dear Tom,' opens the reply: each letter is the one it does not address."""
    reading = detect.read(
        [
            "Open Letters",
            "Dear colleague: Two former negotiators argue over the end-of-war declaration",
            "I. From Washington",
            "Dear Vice Minister Yoon,",
            ARGUMENT,
            ARGUMENT,
            "With respect and old friendship,\nThomas W. Harlow\nFormer U.S. Deputy Special Representative for North Korea",
            "II. The reply from Seoul",
            "Dear Tom,",
            ARGUMENT,
            ARGUMENT,
            "With warm regards,\nYoon Seo-yeon\nFormer Vice Minister of Foreign Affairs, Republic of Korea",
        ]
    )
    names = writers(reading)
    assert [reading.signers[i] for i in (4, 5, 9, 10)] == [(names["Thomas W. Harlow"],)] * 2 + [(names["Yoon Seo-yeon"],)] * 2
    assert reading.people[names["Thomas W. Harlow"]].affiliation == "Former U.S. Deputy Special Representative for North Korea"


@pytest.mark.parametrize(
    "bio",
    [
        "The author, Vikram Raghunathan, is a former Indian ambassador to the Republic of Korea.",  # under the text
        "*Vikram Raghunathan is a former Indian ambassador to the Republic of Korea.*",  # in italics, over the headline
    ],
)
def test_a_text_no_byline_signs_is_the_writer_its_bio_names(bio: str) -> None:
    from korea_cli import ingest
    from korea_cli.corpus import read_shared
    from korea_cli.layout import bundled_corpus

    parts = (
        ["Seoul and New Delhi after Hanoi", ARGUMENT, ARGUMENT, bio] if bio.startswith("The") else [bio, "Seoul and New Delhi after Hanoi", ARGUMENT, ARGUMENT]
    )
    drafted = ingest.draft(read_shared(bundled_corpus()), "\n\n".join(parts).encode())
    assert [author.name for author in drafted.authors] == ["Vikram Raghunathan"]
    assert any("whom its bio names" in note for note in drafted.notes)
    assert {whose for role, whose in drafted.roles if role == "body"} == {(drafted.authors[0].id,)}


def test_a_dissent_in_a_co_written_text_is_its_writer_s_alone() -> None:
    """'A dissenting note by Kwon Min-jae' between the three writers' argument and the end: the paragraphs under it his."""
    reading = detect.read(
        [
            "Freeze first, then talk",
            "By Elena Marquez, Haruka Inoue and Kwon Min-jae",
            ARGUMENT,
            ARGUMENT,
            "A dissenting note by Kwon Min-jae",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    names = writers(reading)
    assert len(reading.signers[2]) == 3
    assert reading.signers[5] == reading.signers[6] == (names["Kwon Min-jae"],)


def test_the_writers_come_in_the_order_they_write() -> None:
    """Open letters whose first is the one answered second in the text's names: the first letter's writer first."""
    reading = detect.read(
        [
            "Open Letters",
            "Dear colleague: Two former negotiators argue over the end-of-war declaration",
            "Dear Vice Minister Yoon,",
            ARGUMENT,
            "With respect,\nThomas W. Harlow",
            "Dear Tom,",
            ARGUMENT,
            "With warm regards,\nYoon Seo-yeon",
        ]
    )
    assert [person.name for person in reading.people] == ["Thomas W. Harlow", "Yoon Seo-yeon"]


def test_a_signature_block_gives_the_writer_s_post() -> None:
    """'--' / 'Sang-hyun Lee, Ph.D.' / 'Research Fellow | Yeongnam Institute for Peace Studies' under the text he signed: his post."""
    reading = detect.read(
        [
            "After Stockholm, Don't Let the Military Agreement Wither",
            "By Sang-hyun Lee",
            ARGUMENT,
            ARGUMENT,
            "--\nSang-hyun Lee, Ph.D.\nResearch Fellow | Yeongnam Institute for Peace Studies\nDaegu, Republic of Korea",
        ]
    )
    assert [(p.name, p.affiliation) for p in reading.people] == [("Sang-hyun Lee", "Research Fellow | Yeongnam Institute for Peace Studies")]


def test_a_text_no_byline_signs_is_the_writer_its_standfirst_names_as_arguing_it() -> None:
    """'Chaesung Chun, a professor of … at Seoul National University, argues that …' over the text: his, the known author,
    with his post up to the verb, and a note that says so."""
    from korea_cli import ingest
    from korea_cli.corpus import read_shared
    from korea_cli.layout import bundled_corpus

    parts = [
        "Commentary",
        "The End-of-War Declaration Is a Beginning, Not a Reward",
        "Chaesung Chun, a professor of political science at Seoul National University, argues that Washington should stop"
        " treating a peace declaration as a concession to Pyongyang.",
        "October 14, 2021",
        ARGUMENT,
        ARGUMENT,
    ]
    drafted = ingest.draft(read_shared(bundled_corpus()), "\n\n".join(parts).encode())
    assert [(author.id, author.affiliation) for author in drafted.authors] == [("chun-chaesung", "professor of political science at Seoul National University")]
    assert any("whom its standfirst names" in note for note in drafted.notes)
    assert {whose for role, whose in drafted.roles if role == "body"} == {("chun-chaesung",)}


def test_the_co_written_text_goes_on_after_a_section_one_writer_signs_at_its_foot() -> None:
    """'— Mats Engman' under 'A view from Panmunjom' signs that section his alone; the sections after it are both writers'."""
    reading = detect.read(
        [
            "Lowering the temperature on the 38th parallel",
            "Hanna Virtanen and Mats Engman",
            "Published 3 November 2021",
            ARGUMENT,
            "A view from Panmunjom",
            "I served as head of the Swedish delegation to the Neutral Nations Supervisory Commission, and I want to add a"
            " personal observation to the joint argument: the commission still has access no new body would have for years.",
            ARGUMENT,
            "— Mats Engman",
            "What the two Koreas could do now",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    names = writers(reading)
    both, his = {names["Hanna Virtanen"], names["Mats Engman"]}, {names["Mats Engman"]}
    assert [set(reading.signers[i]) for i in (3, 5, 6, 9, 10)] == [both, his, his, both, both]


def test_the_publisher_presenting_a_guest_column_over_its_byline_is_the_introduction() -> None:
    """'The Review continues its series … We publish his column …' between the headline and 'By Ambassador Lee Sang-hoon',
    no dek between them: the publisher's framing, not the ambassador's argument."""
    reading = detect.read(
        [
            "Guest Column",
            "What Moscow Can Offer the Korean Peninsula — and What It Cannot",
            "The Review continues its series of contributions from foreign diplomats who have served in Russia. Ambassador Lee"
            " Sang-hoon headed the Embassy of the Republic of Korea in Moscow from 2014 to 2017. We publish his column as part"
            " of our discussion of Russia's role in Northeast Asian security.",
            "By Ambassador Lee Sang-hoon",
            "18.05.2021",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:4] == ["introduction", "byline"]


def test_a_signed_part_s_own_title_is_a_heading_inside_the_text() -> None:
    """A point-counterpoint: the page has one headline; 'YES: …' and 'NO: …' head the two signed parts, subtitles as every
    heading inside a text is, and each part is its writer's."""
    reading = detect.read(
        [
            "THE DEBATE",
            "Is It Time to Declare the Korean War Over?",
            "Saturday, October 2, 2021",
            "YES: A declaration costs little and opens doors",
            "By Dr. Nguyen Thi Minh Chau",
            ARGUMENT,
            ARGUMENT,
            "NO: Words without verification invite miscalculation",
            "By Gen. Robert T. Haskins Jr., U.S. Army (Ret.)",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles == ["label", "title", "dateline", "subtitle", "byline", "body", "body", "subtitle", "byline", "body", "body"]
    assert [reading.people[group[0]].name for group in reading.signers if group][-1] == "Robert T. Haskins Jr."


def test_a_host_presenting_a_guest_post_is_the_introduction() -> None:
    """ "Today's post is a guest essay from …" under the guest's byline is the newsletter host's framing, no one's argument."""
    reading = detect.read(
        [
            "GUEST POST",
            "The statues and the sanctions",
            "Tendai Mushonga\nFeb 9, 2025",
            "Today's post is a guest essay from Tendai Mushonga, who researches African security at Stellenbosch University."
            " I've been writing here about sanctions for three years, almost entirely from the Washington end.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3:] == ["introduction", "body", "body"]
    assert reading.signers[3] == ()


def test_written_by_two_at_the_foot_stays_their_byline_and_a_medium_author_box_is_a_bio() -> None:
    """'Written by A and Major General (ret.) B' under the text signs it; 'Written by A' over '1.2K Followers' is Medium's
    author box, a bio."""
    signed = detect.read(["When the Tripwires Go Quiet", ARGUMENT, ARGUMENT, "Written by Niklas Swanstrom and Major General (ret.) Pieter van der Berg"])
    assert signed.roles == ["title", "body", "body", "byline"]
    assert [person.name for person in signed.people] == ["Niklas Swanstrom", "Pieter van der Berg"]
    boxed = detect.read(["When the Tripwires Go Quiet", "By Dana Whitfield", ARGUMENT, ARGUMENT, "Written by Dana Whitfield\n1.2K Followers"])
    assert boxed.roles[-1] == "author_bio"


def test_a_paragraph_a_pdf_s_page_footer_cut_in_two_goes_on_as_the_same_writer_s() -> None:
    """'… leverage that can never be' / '42<tab>Proceedings 2022' / 'spent is not leverage at all.2': one paragraph of the
    writer's, its second piece in lower case after the footer; '3.1<tab>The view from Seoul' is a numbered heading."""
    reading = detect.read(
        [
            "Sequencing Without Trust",
            "3.1\tThe view from Seoul",
            "Park Ji-hoon\nKorea National Diplomatic Academy",
            ARGUMENT,
            ARGUMENT[:-1].rstrip(".") + " and leverage that can never be",
            "42\tNASR Proceedings 2022",
            "spent is not leverage at all.2",
            ARGUMENT,
        ]
    )
    assert reading.roles == ["title", "subtitle", "byline", "body", "body", "boilerplate", "body", "body"]
    assert reading.signers[6] == reading.signers[4] == (0,)


def test_a_substack_s_last_note_over_the_writer_s_bio_is_a_note() -> None:
    """Notes as Substack copies them, '1' alone over the note: the last one stands over the writer's bio, and is a note too;
    a '[1]' note that cites an agency in parentheses is a note, not a photo's caption."""
    reading = detect.read(
        [
            "The statues and the sanctions",
            "By Tendai Mushonga",
            ARGUMENT,
            ARGUMENT,
            "1",
            "See the UN Panel of Experts reports S/2017/150 and S/2018/171.",
            "2",
            "F. W. de Klerk disclosed the programme in a speech to Parliament on 24 March 1993.",
            "Tendai Mushonga is a doctoral researcher in the Africa Security Programme at Stellenbosch University.",
        ]
    )
    assert reading.roles[4:] == ["notes"] * 4 + ["author_bio"]
    cited = detect.read(
        [
            "Verification first",
            "By Haruka Moriyama",
            ARGUMENT,
            ARGUMENT,
            "References",
            "[1] Law on the DPRK’s Policy on Nuclear Forces, adopted on 8 September 2022 (KCNA, 9 September 2022).",
            "[2] International Atomic Energy Agency, Application of Safeguards in the DPRK, GOV/2022/40, August 2022.",
        ]
    )
    assert cited.roles[4:] == ["notes"] * 3


def test_a_forum_s_parts_each_ending_in_its_contributor_s_bio_are_theirs() -> None:
    """No byline: each part, under its heading, ends in its contributor's bio. Each part is the one its bio names."""
    reading = detect.read(
        [
            "[Forum] How should Seoul answer Pyongyang’s “two hostile states” doctrine?",
            "Published 2024.02.05 17:42",
            "Compiled by Kim Soo-jin (sjkim@hanbittimes.co.kr)",
            "Don’t mirror the North’s language",
            ARGUMENT,
            ARGUMENT,
            "Yoon Da-eun is a professor of North Korean studies at Kyungnam Graduate School of Peninsula Affairs.",
            "Accept the reality, keep the door open",
            ARGUMENT,
            "Park Jong-hwan served as director-general for inter-Korean cooperation at the Ministry of Unification.",
        ]
    )
    named = writers(reading)
    assert set(named) == {"Yoon Da-eun", "Park Jong-hwan"}
    assert reading.roles[3:] == ["subtitle", "body", "body", "author_bio", "subtitle", "body", "author_bio"]
    assert reading.signers[4:7] == [(named["Yoon Da-eun"],)] * 3 and reading.signers[8:10] == [(named["Park Jong-hwan"],)] * 2


def test_a_name_alone_over_each_rebuttal_heads_it_as_it_headed_each_statement() -> None:
    """A debate of two writers whose names stand over their parts, rebuttals too: 'Chen Haoran' between two rebuttals heads
    the second (no dash signs the first), which is his alone; '- Catherine Aldous, senior lecturer …' under the last part of
    another debate signs it, a hyphen before her name."""
    reading = detect.read(
        [
            "Can China Be Persuaded to Squeeze Pyongyang?",
            "By Mariana Couto Albuquerque and Chen Haoran",
            "1. Leverage is real",
            "Mariana Couto Albuquerque",
            ARGUMENT,
            "2. Leverage is overrated",
            "Chen Haoran",
            ARGUMENT,
            "3. Rebuttals",
            "Mariana Couto Albuquerque",
            ARGUMENT,
            "Chen Haoran",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.signers[12] == (named["Chen Haoran"],) and reading.signers[10] == (named["Mariana Couto Albuquerque"],)
    signed = detect.read(
        [
            "Freeze first? Two views on an interim deal",
            "THE CASE FOR A FREEZE",
            ARGUMENT,
            "- Sang-hyun Lee, visiting fellow, Korea Institute for Maritime Strategy, Busan",
            "THE CASE AGAINST",
            ARGUMENT,
            "- Catherine Aldous, senior lecturer in strategic studies, Australian Defence Studies Centre, Canberra",
        ]
    )
    assert signed.roles[-1] == "byline"


def test_the_editor_s_own_part_after_the_contributors_is_the_editor_s_who_signs_off() -> None:
    """A newsletter's round: each contributor's part under their name, then the editor's own part under a heading, and the
    editor's sign-off: that part is the editor's, not the last contributor's."""
    reading = detect.read(
        [
            "Who watches the sanctions now? Three readings of the UN panel's demise",
            "Apr 2, 2024",
            "Last Thursday Russia vetoed the renewal of the UN Panel of Experts. We asked three readers who know it well.",
            "AOIFE GALLAGHER\nsanctions counsel, Dublin",
            ARGUMENT,
            "JI-WON BAE\nresearcher, Seoul Center for Sanctions Studies",
            ARGUMENT,
            "TOMÁS FERREYRA\nformer member, UN Panel of Experts",
            ARGUMENT,
            "MY TWO CENTS",
            "Tomás is right that this hurts diplomacy as much as enforcement. " + ARGUMENT,
            "Until next week,\nHannah Sørlie\nEditor, The Peninsula Ledger",
        ]
    )
    named = {person.name.lower(): n for n, person in enumerate(reading.people)}  # the capitals as the text writes them
    assert reading.signers[8] == (named["tomás ferreyra"],) and reading.signers[10] == (named["hannah sørlie"],)
    assert reading.roles[9:] == ["subtitle", "body", "byline"]


def test_a_host_over_a_debate_frames_it_and_the_debaters_write_where_they_agree_together() -> None:
    """A newsletter's host over two signed parts: 'So I asked two people … to argue it out' is the framing; 'Where we agree'
    after the parts is both debaters'."""
    reading = detect.read(
        [
            "A debate: Should Europe help bring North Korea in from the cold?",
            "Hannah Cho\nNov 9, 2023",
            "Every few months a reader asks me whether anyone in Europe still believes in engagement with Pyongyang. So I asked two"
            " people who have thought hard about it to argue it out. Ingrid Solberg sits on the Storting's foreign affairs committee."
            " Douglas Whitcombe spent 26 years at the State Department. Each wrote a section without seeing the other's. — H.C.",
            "Why Europe should keep a door open",
            "By Ingrid Solberg",
            ARGUMENT,
            "Engagement without leverage is a gift",
            "By Douglas R. Whitcombe",
            ARGUMENT,
            "Where we agree",
            "We disagree about timing. But we agree on more than we expected. " + ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.roles[2] == "introduction" and reading.signers[2] == ()
    assert set(reading.signers[10]) == {named["Ingrid Solberg"], named["Douglas R. Whitcombe"]}


def test_an_event_report_s_rapporteur_credits_it_and_each_turn_of_the_discussion_is_its_speaker_s() -> None:
    """'Rapporteur: …' over the speakers' own parts is a credit and the paragraph under it the framing; in the discussion,
    'Dr. Lee: …' and 'Amb. Hang: …' are each speaker's, 'Moderator: …?' asks, 'Discussion' heads them."""
    reading = detect.read(
        [
            "Middle Powers and the Korean Stalemate",
            "Roundtable held on 14 September 2023 | ICSA Conference Hall, New Delhi",
            "Rapporteur: Arjun Mehta, Research Associate, ICSA",
            "On 14 September 2023, the Indraprastha Centre convened a closed roundtable. The speakers' remarks are summarized below.",
            "H.E. Nguyen Thi Thu Hang, former Ambassador of Viet Nam to the DPRK",
            ARGUMENT,
            "Dr. Sang-soo Lee, Head of the Stockholm Korea Center, Institute for Security and Development Policy",
            ARGUMENT,
            "Discussion",
            "Moderator: Is there any realistic prospect of a return to talks before the US election next year?",
            "Dr. Lee: Realistically, no formal negotiations. But informal contacts are possible, and they matter. " + ARGUMENT,
            "Amb. Hang: I agree. I would also say that the DPRK is watching Russia closely. " + ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.roles[1:4] == ["dateline", "credit", "introduction"]
    assert reading.roles[8:10] == ["subtitle", "question"]
    assert reading.signers[10] == (named["Sang-soo Lee"],) and reading.signers[11] == (named["Nguyen Thi Thu Hang"],)


def test_a_chapter_s_affiliation_box_gives_its_writer_with_initials_for_his_given_name() -> None:
    """'C.-S. Chun (*)' over his department, at the foot of a chapter by 'CHUN Chae-sung': the same writer, his given name in
    initials, not a second author; 'J. Doe' is no one the text names in full."""
    reading = detect.read(
        [
            "Chapter 6",
            "The Peace Regime Debate Revisited: Declarations, Treaties and the Order Beneath Them",
            "CHUN Chae-sung",
            ARGUMENT,
            "C.-S. Chun (*)\nDepartment of Political Science and International Relations, Seoul National University, Seoul, Republic of Korea",
            ARGUMENT,
        ]
    )
    assert [p.name for p in reading.people] == ["CHUN Chae-sung"]
    assert reading.signers[3] == reading.signers[5] == (0,)
    assert not detect._abbreviates("J. Doe", "CHUN Chae-sung") and detect._abbreviates("J. D. Smith", "John David Smith")
    assert not detect._abbreviates("J. Smith", "John David Smith")  # one initial for two given names: not told


def test_a_blog_s_host_presents_the_guest_over_her_byline() -> None:
    """'Regular readers will know I have a soft spot for Mongolia. … when Bolormaa Tserendorj offered me a piece …' over 'by
    Bolormaa Tserendorj': the host's introduction, in the first person, naming the guest as someone else; not her argument."""
    reading = detect.read(
        [
            "GUEST POST",
            "Why Ulaanbaatar still matters: small-state venues and the long road back to talks",
            "February 11, 2024",
            "Regular readers will know I have a soft spot for Mongolia. I spent two winters there in the 2000s and watched, from the"
            " margins, as Mongolian officials quietly hosted people who would not sit in the same room anywhere else. So when Bolormaa"
            " Tserendorj offered me a piece on why small-state venues still matter now that Pyongyang has slammed most doors, I said yes"
            " before she finished the sentence.",
            "Bolormaa has worked on the Ulaanbaatar Dialogue since its early years and knows its corridors far better than I do. Her essay"
            " is below, lightly edited for this blog. As ever, guest authors speak for themselves, and I don't agree with every line -"
            " which is rather the point. -- RH",
            "by Bolormaa Tserendorj",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3:8] == ["introduction", "introduction", "byline", "body", "body"]
    assert reading.signers[3] == reading.signers[4] == () and [p.name for p in reading.people] == ["Bolormaa Tserendorj"]


def test_a_section_whose_heading_carries_a_writer_s_initials_is_that_writer_s() -> None:
    """'2. Leaks on the continent [T.D.]': drafted by one of the two, the section is hers to the next heading; the sections
    with no initials, the introduction and the conclusion, stay both writers'."""
    reading = detect.read(
        [
            "Leaky Walls: African Sanctions Enforcement and the Case for Talking to Pyongyang",
            "By Sangsoo Lee and Thandeka Dlamini",
            "1. Introduction",
            ARGUMENT,
            "2. Leaks on the continent [T.D.]",
            ARGUMENT,
            ARGUMENT,
            "3. Enforcement is not a strategy [S.L.]",
            ARGUMENT,
            "4. Conclusion",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    both = {named["Sangsoo Lee"], named["Thandeka Dlamini"]}
    assert set(reading.signers[3]) == set(reading.signers[10]) == both
    assert reading.signers[5] == reading.signers[6] == (named["Thandeka Dlamini"],) and reading.signers[8] == (named["Sangsoo Lee"],)


def test_a_section_whose_heading_names_one_of_the_writers_after_a_bar_is_that_writer_s() -> None:
    """'A View from Tokyo | Hideo Nakamura', in a paper by three: the section under it is his to the next heading, though a bar
    often sets a page's furniture; 'Common Ground' after the parts is everyone's, a heading and no one's name."""
    reading = detect.read(
        [
            "Trilateral Trust after Singapore",
            "By Prof. Chun Jae-sung, Ambassador Hideo Nakamura and Gen. (ret.) Wang Lixin",
            "Introduction",
            ARGUMENT,
            "A View from Seoul | Chun Jae-sung",
            ARGUMENT,
            "A View from Tokyo | Hideo Nakamura",
            ARGUMENT,
            ARGUMENT,
            "Common Ground",
            ARGUMENT,
        ]
    )
    named = writers(reading)
    assert reading.roles[6] == reading.roles[9] == "subtitle"
    assert reading.signers[5] == (named["Chun Jae-sung"],) and reading.signers[7] == reading.signers[8] == (named["Hideo Nakamura"],)
    assert len(reading.signers[10]) == len(reading.signers[3]) == 3 and "Common Ground" not in named


def test_a_name_and_post_with_a_bar_over_the_day_is_the_byline() -> None:
    reading = detect.read(
        [
            "Extended deterrence is a Korean problem",
            "Hannah Whitlock | Senior Fellow, Canberra Institute for Strategic Affairs\n14 November 2023",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1] == "byline" and reading.people[0].affiliation == "Senior Fellow, Canberra Institute for Strategic Affairs"
    assert reading.date is not None and reading.date[0] == "2023-11-14"


@pytest.mark.parametrize("head", ["3 Comments   Sort by: Newest", "Comments (3)   Log in to write a comment"])
def test_readers_comments_under_their_heading_are_the_page_s(head: str) -> None:
    reading = detect.read(
        [
            "Extended deterrence is a Korean problem",
            "By Hannah Whitlock",
            ARGUMENT,
            ARGUMENT,
            "Tags: North Korea, South Korea, Extended deterrence, Alliances",
            head,
            "parkjh88   2022-11-03 19:12\nTwenty missiles in one day and we are talking about peace treaties? The North only understands strength.",
        ]
    )
    assert reading.roles[5:] == ["boilerplate", "boilerplate"]


def test_an_editor_s_line_naming_the_contributor_and_his_post_says_who_wrote_it() -> None:
    """No byline, but 'The following commentary was contributed by Chaesung Chun, Professor of …': his."""
    paragraphs = [
        "Korea between a Stalled Peace Process and a Sharpening US-China Rivalry",
        "2021.04.19",
        "The following commentary was contributed by Chaesung Chun, Professor of Political Science and International Relations at Seoul"
        ' National University, as part of the Forum\'s series "Northeast Asia after the Pandemic." The series invites scholars from'
        " across the region to reflect on how the security environment has changed since 2020.",
        ARGUMENT,
        ARGUMENT,
    ]
    named = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert named is not None and named[0] == "Chaesung Chun"


def test_a_newsletter_s_three_sections_signed_under_them_with_their_writers_places() -> None:
    """An e-mailed letter: its subject names the headline (colon and all), the editor's 'Dear readers,' and note over it
    introduce it, and each numbered section is the writer whose '- Name, City' signs it, the dash read as a list's bullet."""
    reading = detect.read(
        [
            "From: The Panmunjom Letter <letter@leidenasiadesk.nl>\nSent: Thursday, 18 August 2022 07:02\nTo: r.verhoeven@uu-research.nl\n"
            'Subject: #147 - Yoon\'s "audacious initiative": three first reactions',
            "THE PANMUNJOM LETTER\nWeekly notes on the Korean Peninsula from the Leiden Asia Desk",
            "Dear readers,",
            "This week's letter is given over to a single speech. On Monday, in his first Liberation Day address, President Yoon"
            ' offered North Korea what he called an "audacious initiative". We asked three regular contributors for their first'
            " reactions, and each writes in a personal capacity.",
            'Yoon\'s "audacious initiative": three first reactions',
            "1. A bold offer with an old shape",
            ARGUMENT,
            "- Ingrid Solberg, Oslo",
            "2. Tokyo will welcome it quietly",
            ARGUMENT,
            "- Takeshi Morimoto, Tokyo",
        ]
    )
    assert reading.roles[2:5] == ["introduction", "introduction", "title"]
    names = signed_by(reading)
    assert names[6] == names[7] == ["Ingrid Solberg"] and names[9] == names[10] == ["Takeshi Morimoto"]


def test_one_writer_s_postscript_to_a_text_by_two_is_hers_alone() -> None:
    """'Postscript from Min-seo' over a paragraph signed '- Min-seo': her words, not both writers'."""
    reading = detect.read(
        [
            "Do not wait for the summit",
            "By Daniel Okafor and Kim Min-seo",
            ARGUMENT,
            ARGUMENT,
            "Postscript from Min-seo",
            "Daniel and I wrote this together, but I want to add one thing in my own voice. My grandmother was born in Sariwon and"
            " came south in 1950, and for her the question was never deterrence but whether she would see her brother again.",
            "- Min-seo",
        ]
    )
    names = signed_by(reading)
    assert names[2] == ["Daniel Okafor", "Kim Min-seo"] and names[5] == names[6] == ["Kim Min-seo"]
    assert reading.roles[4:] == ["subtitle", "body", "byline"]


def test_a_part_signed_at_its_foot_after_a_part_signed_at_its_head() -> None:
    """'By Mats Engman' heads the first part; the second, under its own heading, is signed '— Yuki Tanabe' at its foot: hers."""
    reading = detect.read(
        [
            "Two hostile states: three readings",
            "Mats Engman, Yuki Tanabe, Olga Sorokina\nFeb 9, 2024 — 11 min read",
            "I. Keep the channels open, even when no one answers",
            "By Mats Engman",
            ARGUMENT,
            ARGUMENT,
            "II. Tokyo hears the speech differently",
            ARGUMENT,
            ARGUMENT,
            "— Yuki Tanabe",
        ]
    )
    names = signed_by(reading)
    assert names[4] == names[5] == ["Mats Engman"] and names[7] == names[8] == names[9] == ["Yuki Tanabe"]


def test_a_reply_s_block_quotations_of_the_essay_it_answers_are_that_writer_s() -> None:
    """'Ashdown's central claim deserves to be quoted in full:' over a paragraph in quotation marks: Rebecca Ashdown's words,
    not the replier's; a state agency's statement ('KCNA put it in plain terms:') is no one's essay quoted."""
    reading = detect.read(
        [
            "Sanctions are not a valve: a response to Rebecca Ashdown",
            "By Dang Thi Thu Ha",
            "Last week in these pages, Rebecca Ashdown, a former analyst with the Office of National Intelligence, made a forceful"
            " case that Australia should expand its surveillance flights against North Korean ship-to-ship transfers. " + ARGUMENT,
            "Ashdown's central claim deserves to be quoted in full:",
            "“The lesson of the past two decades is not that sanctions failed but that they were never enforced long enough to bite."
            " Every time the regime came close to feeling real pain, someone relaxed the pressure.”",
            ARGUMENT,
            "The state news agency, KCNA, put it in characteristically plain terms:",
            "“The test-fire verified the accuracy, safety and effectiveness of the operation of the produced weapon system.”",
            ARGUMENT,
        ]
    )
    names = signed_by(reading)
    assert names[4] == ["Rebecca Ashdown"] and names[5] == names[7] == ["Dang Thi Thu Ha"]


def test_two_writers_who_each_speak_under_their_name_then_write_we_again() -> None:
    reading = detect.read(
        [
            "Yoon's plan, seen from Beijing and Seoul",
            "By Lee Sang-hyun and Wang Lihua",
            ARGUMENT,
            ARGUMENT,
            "Where we still differ",
            f"Lee: I remain convinced that the alliance is the foundation on which any offer must rest. {ARGUMENT}",
            f"Wang: From Beijing's point of view, the problem is that deterrence has become the whole policy. {ARGUMENT}",
            f"We end where we began. A pandemic inside North Korea is a humanitarian emergency and, potentially, an opening. {ARGUMENT}",
        ]
    )
    names = signed_by(reading)
    assert names[5] == ["Lee Sang-hyun"] and names[6] == ["Wang Lihua"] and names[7] == ["Lee Sang-hyun", "Wang Lihua"]


def test_a_letter_s_greeting_on_its_own_line_over_two_sentences_of_the_matter_is_the_writer_s() -> None:
    reading = detect.read(
        [
            '"Without preconditions" should mean exactly that',
            "From the desk of Amb. (ret.) Kenji Matsudaira",
            "Dear readers,\nWhen Prime Minister Kishida told a rally in Tokyo last May that he wanted to meet Kim Jong Un without any"
            " preconditions, several of you wrote to ask whether anything had really changed. Six months on, I can give a clearer"
            " answer: the words have changed, but the policy has not yet caught up with them.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1:3] == ["byline", "body"]


@pytest.mark.parametrize(
    ("named", "writer"),
    [
        (
            "Twenty years of ever-tighter measures have not slowed North Korea’s arsenal by a single warhead. Harriet Oyelaran-Price,"
            " a former Foreign Office sanctions official, argues that Britain should stop pretending otherwise",
            "Harriet Oyelaran-Price",
        ),  # the standfirst's second sentence names who argues it
        (
            "Editor's note: The following commentary was written by Prof. CHUN Chae Sung of the Department of Political Science and"
            " International Relations, Seoul National University, for the Review's series on East Asian security.",
            "CHUN Chae Sung",
        ),
        (
            "Editor’s note: Peninsula Monitor occasionally publishes essays by scholars whose views differ from those of our own"
            " analysts. This week’s is by Olga Merkulova, a senior research fellow at the Center for Korean Studies in Vladivostok.",
            "Olga Merkulova",
        ),  # the editor's note presents this week's guest
    ],
)
def test_a_writer_named_once_over_the_text(named: str, writer: str) -> None:
    paragraphs = ["Comment", "Sanctions on Pyongyang have become a ritual, not a strategy", named, "Tue 14 Mar 2023", ARGUMENT, ARGUMENT]
    assert detect.named_writer(detect.read(paragraphs), paragraphs) is not None
    assert detect.named_writer(detect.read(paragraphs), paragraphs)[0] == writer


@pytest.mark.parametrize(
    ("where", "writer"),
    [
        (
            ["ABOUT THE AUTHOR", "Dr Bronwyn Kettering is a Senior Analyst in the Northeast Asia Program at the Canberra Indo-Pacific Institute."],
            "Bronwyn Kettering",
        ),
        (["* Dr. Sang Soo Lee is a Senior Research Fellow at the Institute for Security and Development Policy, Stockholm."], "Sang Soo Lee"),
        (["The author is Marta Quispe, a lecturer in international law at the Universidad Andina in La Paz."], "Marta Quispe"),
        (["The writer is Kwon Ji-ho, the former chief of the ministry's inter-Korean policy bureau."], "Kwon Ji-ho"),
        (["*— The writer, Chun Chae-sung, is a professor of political science at Seoul National University.*"], "Chun Chae-sung"),
    ],
)
def test_a_writer_named_once_in_a_box_or_a_first_page_note(where: list[str], writer: str) -> None:
    paragraphs = ["Watching the ships", "22 Nov 2022 | 7 min read", ARGUMENT, ARGUMENT, ARGUMENT, *where, ARGUMENT, ARGUMENT]
    assert (detect.named_writer(detect.read(paragraphs), paragraphs) or ("",))[0] == writer


def test_a_statement_s_title_names_its_office_then_its_holder() -> None:
    assert (
        detect._speaker_in_title(
            "Statement by the President of the Southern African Institute for Global Affairs, Dr Thandiwe Mokoena, on the Fifth"
            " Anniversary of the Panmunjom Declaration"
        )
        == "Thandiwe Mokoena"
    )
    assert detect._speaker_in_title("Press briefing by Ambassador Viktor V. Lagutin on the situation on the Korean Peninsula") == "Viktor V. Lagutin"


def test_a_guest_letter_signed_off_by_a_retired_ambassador_over_his_post() -> None:
    reading = detect.read(
        [
            "GUEST LETTER",
            "Pyongyang is listening, even when it says nothing",
            "Dear readers,",
            ARGUMENT,
            ARGUMENT,
            "With warm regards,\nAmb. (Retd.) Arvind Raghunathan\nFormer Ambassador of India to the DPRK (2014–2017)",
        ]
    )
    assert [person.name for person in reading.people] == ["Arvind Raghunathan"] and reading.roles[-1] == "byline"


def test_a_newsletter_by_four_two_named_at_the_top_all_signing_at_the_end_one_dissenting() -> None:
    """'Sang-hyun Lee, Rebecca Thornton, and 2 others' over the day names two of the four who sign '— A, B, C and D' under the
    text, each then with a post: the text is all four's; '(Kenji Watanabe dissents in part: …)' is his alone."""
    reading = detect.read(
        [
            'Our view: Washington should stop saying "complete denuclearization" out loud',
            "Sang-hyun Lee, Rebecca Thornton, and 2 others\nApr 18, 2024",
            ARGUMENT,
            ARGUMENT,
            "(Kenji Watanabe dissents in part: I agree with everything above except the word 'stop'. Tokyo will read any softening"
            " of American language as a signal that Japan's security is negotiable.)",
            ARGUMENT,
            "— Sang-hyun Lee, Rebecca Thornton, Kenji Watanabe and Ana Lucía Ferreyra\n"
            "Sang-hyun Lee – editor, The DMZ Dispatch\n"
            "Rebecca Thornton – former Korea desk officer, U.S. Department of State\n"
            "Kenji Watanabe – contributing writer, Tokyo\n"
            "Ana Lucía Ferreyra – contributing analyst, Buenos Aires",
        ]
    )
    four = {"Sang-hyun Lee", "Rebecca Thornton", "Kenji Watanabe", "Ana Lucía Ferreyra"}
    assert reading.roles[6] == "byline" and set(signed_by(reading)[2]) == set(signed_by(reading)[5]) == four
    assert signed_by(reading)[4] == ["Kenji Watanabe"]
    assert {person.name: person.affiliation for person in reading.people}["Kenji Watanabe"] == "contributing writer, Tokyo"


def test_where_two_writers_agree_after_each_one_s_turn() -> None:
    reading = detect.read(
        [
            "Putin and Kim have changed the board. Tokyo must change its game.",
            "Haruka Inoue — Professor of International Politics, Ritsumeikan University\n"
            "& Alexei Voronin — Visiting Researcher, Slavic-Eurasian Research Center, Hokkaido University",
            ARGUMENT,
            ARGUMENT,
            "Where we differ",
            f"Inoue: I believe normalization with North Korea remains possible. {ARGUMENT}",
            f"Voronin: I take a different view of Moscow. {ARGUMENT}",
            "Where we agree is that waiting is not a policy. The board has changed, and Japan's game has to change with it.",
        ]
    )
    assert signed_by(reading)[5] == ["Haruka Inoue"] and signed_by(reading)[6] == ["Alexei Voronin"]
    assert set(signed_by(reading)[7]) == set(signed_by(reading)[2]) == {"Haruka Inoue", "Alexei Voronin"}


def test_three_writers_each_opening_a_paragraph_with_a_first_name_and_a_city() -> None:
    """'Hana (Tokyo): …' in a text Hana Ishikawa, Tomás de la Fuente and Priya Raghunathan sign together: hers alone, no
    caller's question."""
    reading = detect.read(
        [
            "The watchdog is dead. Long live the watchdogs?",
            "By Hana Ishikawa, Tomás de la Fuente and Priya Raghunathan",
            ARGUMENT,
            "Three capitals, three readings",
            f"Hana (Tokyo): Japan's government will say the right things. {ARGUMENT}",
            f"Tomás (Mexico City): When Mexico sat on the Security Council, things were different. {ARGUMENT}",
            f"Priya (New Delhi): India has always preferred to stay quiet on North Korea. {ARGUMENT}",
            "Where we come out",
            ARGUMENT,
        ]
    )
    assert [signed_by(reading)[i] for i in (4, 5, 6)] == [["Hana Ishikawa"], ["Tomás de la Fuente"], ["Priya Raghunathan"]]
    assert len(signed_by(reading)[8]) == 3


def test_a_box_one_co_author_signs_ends_at_the_next_heading() -> None:
    reading = detect.read(
        [
            "Guardrails after the CMA",
            "By Mats Engman and Liisa Heikkinen",
            ARGUMENT,
            "Box 1. A view from Panmunjom",
            "By Mats Engman",
            f"When I served with the Neutral Nations Supervisory Commission, routine mattered most. {ARGUMENT}",
            "3 Recommendations",
            ARGUMENT,
        ]
    )
    assert reading.roles[3] == "subtitle" and signed_by(reading)[5] == ["Mats Engman"]
    assert set(signed_by(reading)[7]) == {"Mats Engman", "Liisa Heikkinen"}


def test_a_newsletter_signed_by_a_first_name_with_its_writer_s_bio_in_her_own_voice() -> None:
    """'Until Sunday,' / 'Ingrid' under the letter, the masthead's 'A weekly letter … from Ingrid Solberg' and 'About
    Parallel Lines: I'm Ingrid Solberg, a former …' under it: the letter is hers, the last paragraph her bio."""
    reading = detect.read(
        [
            "PARALLEL LINES\nA weekly letter on the two Koreas from Ingrid Solberg",
            "The verification problem nobody wants to talk about",
            "Feb 2, 2025 · Issue 112",
            ARGUMENT,
            ARGUMENT,
            "Until Sunday,\nIngrid",
            "About Parallel Lines: I'm Ingrid Solberg, a former Norwegian diplomat who served in Beijing and Seoul and now writes on"
            " Northeast Asian security from Oslo.",
        ]
    )
    assert signed_by(reading)[3] == ["Ingrid Solberg"] and reading.roles[5:] == ["byline", "author_bio"]


def test_a_dek_that_names_who_argues_is_no_signed_section() -> None:
    roles = detect.read(
        [
            "Britain’s embassy in Pyongyang is a small door. We should keep it open",
            "Helen Marchbanks, a former director for Asia-Pacific at the Foreign Office, argues that London’s quiet channel to the Kim"
            " regime is worth more than another round of sanctions designations",
            "Sun 9 Jun 2019 07.00 BST",
            ARGUMENT,
            ARGUMENT,
        ]
    ).roles
    assert roles[1] == "subtitle"


def test_two_writers_with_their_posts_over_the_day_in_german() -> None:
    reading = detect.read(
        [
            "Kommentar | Asien-Programm",
            "Four launches in two weeks: Europe's quiet stake in Korean Peninsula diplomacy",
            "Dr. Katharina Albrecht, Senior Fellow, Asien-Programm\nKwon Min-seo, Gastwissenschaftlerin, Asien-Programm\n"
            "Veröffentlicht am 19. Januar 2022 · Lesezeit: 7 Minuten",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "byline" and set(signed_by(reading)[3]) == {"Katharina Albrecht", "Kwon Min-seo"}


def test_a_letters_page_each_letter_signed_under_it_by_name_and_town() -> None:
    """Three letters under one headline, each signed 'Margaret Hollis, Katoomba' or by a name over a town: each letter is
    its signer's, the editor's short line over them nobody's, and the page's call for letters furniture."""
    reading = detect.read(
        [
            "Sanctions alone won't talk Pyongyang out of its bombs",
            "Published June 12, 2024 — 5.00am",
            "Readers respond to Saturday's Insight feature on North Korea's growing stock of warheads.",
            ARGUMENT,
            ARGUMENT,
            "Margaret Hollis, Katoomba",
            ARGUMENT,
            "Dr Peter Yoon\nEastwood, New South Wales",
            ARGUMENT,
            "Colin Brereton, Wagga Wagga",
            "Have your say: Send letters to letters@sydneycourier.com.au. Letters must be no longer than 200 words.",
        ]
    )
    assert [signed_by(reading)[i] for i in (3, 4, 6, 8)] == [["Margaret Hollis"], ["Margaret Hollis"], ["Peter Yoon"], ["Colin Brereton"]]
    assert reading.roles[5] == reading.roles[7] == reading.roles[9] == "byline" and reading.roles[10] == "boilerplate"


def test_a_letters_page_signed_by_name_and_town_with_the_paper_s_line_on_the_writer() -> None:
    """'Choi Eun-ji' / 'Gwangju' / 'The writer is a lecturer in political science …': the paper's line on its writer closes
    the signature, which signs the letter above it."""
    reading = detect.read(
        [
            "LETTERS",
            "After Hanoi, where do we go from here?",
            "Friday, March 8, 2019",
            "Sanctions are finally working -- don't blink now",
            ARGUMENT,
            "Robert Haines\nPyeongtaek",
            "Seoul should stop waiting for Washington",
            ARGUMENT,
            ARGUMENT,
            "Choi Eun-ji\nGwangju\nThe writer is a lecturer in political science at Chonnam National University.",
            "'Verification' needs a definition",
            ARGUMENT,
            "Kang Mi-ok\nSokcho",
        ]
    )
    assert [signed_by(reading)[i] for i in (4, 7, 8, 11)] == [["Robert Haines"], ["Choi Eun-ji"], ["Choi Eun-ji"], ["Kang Mi-ok"]]
    assert reading.roles[9] == "byline"


def test_a_letters_page_where_one_writer_signs_with_her_post_and_the_columnist_replies() -> None:
    """Letters each signed under them, by name and town, one by name, post and town ('Dr Kim Soo-yeon, Senior lecturer …,
    Wessex University, Southampton'); then 'Professor Graham Whitlock, Kingsbridge University, replies:' over his reply."""
    short = "A declaration will not reunify Korea, and nobody serious claims it would; it would only end a war in name."
    reading = detect.read(
        [
            "Letters",
            "Don’t dismiss a peace declaration as mere words",
            "Tue 15 Feb 2022 18.21 GMT",
            ARGUMENT,
            "Margaret Hollis, Bath",
            ARGUMENT,
            "Mats Engström, Uppsala, Sweden",
            ARGUMENT,
            short,
            "Dr Kim Soo-yeon, Senior lecturer in East Asian politics, Wessex University, Southampton",
            ARGUMENT,
            "Peter Rawlings, Plymouth",
            "Professor Graham Whitlock, Kingsbridge University, replies:",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    signed = signed_by(reading)
    assert signed[7] == signed[8] == ["Kim Soo-yeon"] and reading.roles[8] == "body" and reading.roles[9] == "byline"
    assert signed[10] == ["Peter Rawlings"] and signed[13] == ["Graham Whitlock"]
    assert reading.people[writers(reading)["Graham Whitlock"]].affiliation == "Kingsbridge University"


def test_an_outlook_forward_of_a_newsletter_is_read_from_the_newsletter() -> None:
    """A forwarder's note and signature, Outlook's rule over its 'From: / Sent: / To: / Subject:' header, the mail server's
    warning: nobody's argument; the newsletter under them is read as if alone."""
    reading = detect.read(
        [
            "Hi all,",
            "Passing this on ahead of Friday's reading group – Niklas's take on the Putin\nvisit, short but useful for session 4.",
            "/Anna",
            "Anna Berglund\nPhD Candidate | Department of Peace and Conflict Research\nUppsala University",
            "________________________________\nFrom: ISDP <info@isdp.example>\nSent: Monday, June 24, 2024 10:02\n"
            "To: Berglund Anna <anna.berglund@uu.example>\nSubject: A Treaty of Convenience",
            "CAUTION: This email originated from outside of the organization. Do not click\nlinks or open attachments unless you"
            " recognize the sender and know the content\nis safe.",
            "A Treaty of Convenience: What the Putin–Kim Pact Means for the Korean Peninsula",
            "By Niklas Swanström",
            "June 24, 2024",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:6] == ["boilerplate"] * 6 and reading.roles[6:9] == ["title", "byline", "dateline"]
    assert signed_by(reading)[9] == ["Niklas Swanström"] and "Anna Berglund" not in writers(reading)


def test_a_newsletter_s_guest_essay_its_writer_named_only_in_the_editor_s_note_under_a_long_greeting() -> None:
    greeting = (
        "Good morning, and welcome back to Peninsula Dispatch. It has been a punishing autumn for anyone who still hoped diplomacy"
        " with Pyongyang might restart before the end of the year, and this week we hand the floor to a guest. As always, hit reply"
        " and tell us where we got it wrong; we read everything, even the angry ones."
    )
    paragraphs = [
        "View this email in your browser | Forward to a friend",
        "PENINSULA DISPATCH",
        "Issue #112 -- Thursday, November 17, 2022",
        greeting,
        "GUEST ESSAY",
        "Sanctions relief should be a dimmer, not a switch",
        "Editor's note: This week's guest essay is by Dr. Han Seo-yeon, who until last year was director-general for North"
        " Korean nuclear affairs at South Korea's Ministry of Foreign Affairs and is now a visiting scholar at the Wexford School.",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
    ]
    named = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert named is not None and named[0] == "Han Seo-yeon"  # the greeting over the note is no argument yet
    reading = detect.read(paragraphs, default_signers=[named[0]])
    assert signed_by(reading)[7:] == [["Han Seo-yeon"]] * 3 and reading.roles[3] == "introduction"


def test_letters_under_their_headlines_one_signed_by_two_each_bio_under_its_signature() -> None:
    """The editor's lines over the first letter's headline; 'Jonathan Reyes' / 'Priya Nandakumar' / 'Cambridge, Mass.', two who
    sign one letter; 'The writer, a retired …' under a signature, that writer's bio, not the next letter's first words."""
    reading = detect.read(
        [
            "LETTERS",
            "A Freeze, a Fig Leaf or a First Step?",
            "June 3, 2019",
            "Mats Engman, a retired Swedish major general, argued last week that military talks should come before a freeze. Readers"
            " responded from Virginia to Yokohama; a selection follows, with his reply.",
            "Don’t mistake a pause for progress",
            ARGUMENT,
            "Harold P. Whitfield\nFalls Church, Va.",
            "The writer, a retired Foreign Service officer, served in Seoul.",
            "Verification can’t be an afterthought",
            ARGUMENT,
            ARGUMENT,
            "Jonathan Reyes\nPriya Nandakumar\nCambridge, Mass.",
            "Remember the abductees",
            ARGUMENT,
            "Keiko Arai\nYokohama, Japan",
            "The Harbour Times welcomes letters from readers. Letters should be no longer than 250 words.",
        ]
    )
    signed = signed_by(reading)
    assert reading.roles[3] == "introduction" and reading.roles[7] == "author_bio" and reading.roles[12] == "subtitle"
    assert signed[5] == ["Harold P. Whitfield"] and signed[9] == signed[10] == ["Jonathan Reyes", "Priya Nandakumar"]
    assert signed[13] == ["Keiko Arai"] and reading.roles[15] == "boilerplate"


def test_a_symposium_s_contribution_by_two_named_with_and_over_their_institute() -> None:
    reading = detect.read(
        [
            "SYMPOSIUM",
            "Is Denuclearization Still the Goal?",
            "Introduction",
            "We invited three contributors, writing from Stockholm, Seoul and Osaka, to answer that question in short essays. They"
            " were asked not to summarize the literature but to take a position, and they disagree with one another on important points.",
            "— Helen Ardmore, Guest Editor",
            "Europe’s Modest Role: Sanctions, Channels and Patience",
            "Niklas Swanström with Erik Dahlgren\nInstitute for Security and Development Policy, Stockholm",
            ARGUMENT,
            ARGUMENT,
            "The View from Seoul",
            "Kwon Tae-hyun\nDaehan Institute of Strategy, Seoul",
            ARGUMENT,
        ]
    )
    signed = signed_by(reading)
    assert reading.roles[4] == "credit" and reading.roles[6] == "byline"
    assert signed[7] == signed[8] == ["Niklas Swanström", "Erik Dahlgren"] and signed[11] == ["Kwon Tae-hyun"]


def test_two_debaters_respond_together_by_surname() -> None:
    reading = detect.read(
        [
            "Should Seoul and Washington sign an end-of-war declaration now?",
            "YES",
            "By Daniel Okafor and Min-ji Seo",
            ARGUMENT,
            "NO",
            "By Rachel Feinberg-Castillo",
            ARGUMENT,
            "THE REBUTTALS",
            "Okafor and Seo respond",
            ARGUMENT,
            "Feinberg-Castillo responds",
            ARGUMENT,
        ]
    )
    signed = signed_by(reading)
    assert reading.roles[8] == "byline" and signed[9] == ["Daniel Okafor", "Min-ji Seo"] and signed[11] == ["Rachel Feinberg-Castillo"]


def test_two_writers_dialogue_by_their_initials_under_their_byline() -> None:
    """'J.K.: …' / 'M.R.: …' under 'Jae-won Kang and Miriam Rosenthal': each turn, and the paragraph that goes on from it, its
    writer's; neither interviews the other, though one of them asks."""
    reading = detect.read(
        [
            "Can Seoul Live With a Nuclear North?",
            "Jae-won Kang and Miriam Rosenthal\nMar 9, 2023",
            f"J.K.: Let me start with the obvious. {ARGUMENT}",
            "The reason is simple. North Korea will not give up what it has, and we should plan for it.",
            f"M.R.: I don’t disagree with the premise, but is planning for it the same as accepting it? {ARGUMENT}",
            f"J.K.: A planning group is a start. {ARGUMENT}",
            f"M.R.: And that is exactly why the alliance matters. {ARGUMENT}",
        ]
    )
    assert signed_by(reading)[2:] == [["Jae-won Kang"], ["Jae-won Kang"], ["Miriam Rosenthal"], ["Jae-won Kang"], ["Miriam Rosenthal"]]
    assert reading.roles[2:] == ["body"] * 5


def test_a_writer_named_only_by_a_bio_under_the_text_with_the_name_again_in_hangul() -> None:
    paragraphs = [
        "Sanctions relief is a tool, not a gift",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
        "Jeon Jae-seong (전재성) is a professor in the Department of Political Science and International Relations at Seoul National"
        " University. This article is adapted from his remarks at a forum on March 4.",
    ]
    reading = detect.read(paragraphs)
    assert reading.roles[4] == "author_bio" and signed_by(reading)[1:4] == [["Jeon Jae-seong"]] * 3


def test_a_writer_named_only_by_an_editor_s_note_with_the_name_again_in_hangul() -> None:
    paragraphs = [
        "Verification before the next summit",
        "Editor's note: This week's letter is written by Kim Hyun-joo (김현주), who served on the Ministry of Unification's team"
        " for the Six-Party Talks and is now a visiting scholar at the Vienna Centre for Nonproliferation Dialogue.",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
    ]
    found = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert found is not None and found[0] == "Kim Hyun-joo"


def test_a_roundtable_s_rebuttal_by_rank_and_surname() -> None:
    reading = detect.read(
        [
            "Is an end-of-war declaration still worth it?",
            "Ambassador (ret.) PARK Eun-kyung\nFormer Deputy Minister for Political Affairs, Ministry of Foreign Affairs",
            ARGUMENT,
            "Dr. Niklas Swanstrom\nDirector, Institute for Security and Development Policy",
            ARGUMENT,
            "Ambassador Park responds",
            ARGUMENT,
        ]
    )
    assert signed_by(reading)[6] == ["PARK Eun-kyung"]


def test_a_short_letters_page_each_letter_signed_by_name_and_town_and_the_columnist_s_reply() -> None:
    """Three short letters under the page's headline and its line on who wrote in, each signed under it by a name and a town,
    then the columnist's 'Jane Doe replies:': the first letter, short as it is, is no subtitle and is its signer's."""
    reading = detect.read(
        [
            'Letters to the Editor: On "Time to End the Sanctions Era"',
            "Last week Jane Doe argued in these pages that the United States should lift most sanctions on North Korea in exchange"
            " for a freeze. Readers responded.",
            "Jane Doe is wrong to assume that sanctions relief will buy a freeze. Every time Pyongyang has been rewarded, it has"
            " pocketed the gains and returned to testing. Sanctions should stay until the North allows inspectors back into Yongbyon.",
            "Harold Pemberton\nCedar Falls, Iowa",
            "As a veteran who served along the DMZ, I welcome the call for a peace regime. A formal end to the war would lower the"
            " risk of an accident turning into a catastrophe. But I would tie any peace declaration to a verifiable missile cap.",
            "Marjorie Ellison\nBangor, Maine",
            "The columnist overlooks the people of North Korea. Sanctions that block food and medicine hurt ordinary families far"
            " more than the elite. Targeted relief for humanitarian goods should come first, whatever happens on denuclearization.",
            "Tomás Reyes\nSanta Fe, New Mexico",
            "Jane Doe replies:",
            "I thank Mr. Pemberton, Ms. Ellison and Mr. Reyes for their letters. To Mr. Pemberton: a freeze is not a reward but a"
            " first step, and sanctions can be snapped back if the North cheats.",
            ARGUMENT,
        ]
    )
    signers = signed_by(reading)
    assert reading.roles[2:8] == ["body", "byline", "body", "byline", "body", "byline"]
    assert [signers[i] for i in (2, 4, 6)] == [["Harold Pemberton"], ["Marjorie Ellison"], ["Tomás Reyes"]]
    assert signers[9] == signers[10] == ["Jane Doe"]


def test_an_expert_roundup_s_answer_by_two_named_on_one_line_with_the_post_they_share() -> None:
    reading = detect.read(
        [
            "EXPERT ROUNDUP",
            "Should Washington settle for a nuclear freeze?",
            "Compiled by Grace Whitford",
            "Since the collapse of the Hanoi summit, we asked four experts whether a freeze should be the goal.",
            "Amanda Kerrigan, former State Department official and nonresident fellow, Whitcomb Center for Global Affairs",
            ARGUMENT,
            "Tomás Rivera and Yuna Park, co-directors, Pacific Nonproliferation Project",
            ARGUMENT,
            ARGUMENT,
            "Responses have been edited for length and clarity.",
        ]
    )
    signers = signed_by(reading)
    assert reading.roles[6] == "byline" and signers[7] == signers[8] == ["Tomás Rivera", "Yuna Park"] and signers[5] == ["Amanda Kerrigan"]
    assert reading.roles[9] == "editors_note"
    assert {p.name: p.affiliation for p in reading.people}["Yuna Park"] == "co-directors, Pacific Nonproliferation Project"


def test_a_letter_s_short_second_paragraph_is_its_signer_s_and_the_writer_s_line_under_the_last_letter_a_bio() -> None:
    reading = detect.read(
        [
            "LETTERS TO THE EDITOR",
            "A peace declaration, the alliance and the limits of trust",
            "Prof. Chun Chae-sung's column of Nov. 8 drew many letters. A selection follows.",
            "Deterrence is not the enemy of peace",
            "Professor Chun is right that a peace declaration signed while North Korea keeps testing missiles would send the"
            " wrong signal. But I would go further. The government's eagerness for a declaration in its final months looks more"
            " like a search for a legacy than a strategy, and a legacy signed over the heads of the allies would not outlast it.",
            "Deterrence is what keeps the peace we actually have. Any declaration should wait until Pyongyang has halted its tests.",
            "Park Min-seo\nBundang, Gyeonggi Province",
            "The armistice is not a treaty",
            "Your columnist and his critics both forget that the armistice was signed by military commanders, not governments. A"
            " declaration that Seoul signs and Washington does not would change nothing on the ground at Panmunjom.",
            "Robert Keane\nSeoul",
            "The writer is a retired U.S. Foreign Service officer.",
        ]
    )
    signers = signed_by(reading)
    assert reading.roles[4:7] == ["body", "body", "byline"] and signers[5] == ["Park Min-seo"]
    assert reading.roles[10] == "author_bio" and signers[10] == ["Robert Keane"]
    assert {p.name: p.affiliation for p in reading.people}["Robert Keane"] == "retired U.S. Foreign Service officer"


def test_a_first_person_piece_as_told_to_a_reporter_is_the_teller_s_whom_the_introduction_names() -> None:
    paragraphs = [
        "FIRST PERSON",
        "I Negotiated With North Korea for a Decade. The Only Deal Left Is a Freeze.",
        "A former South Korean negotiator at the Six-Party Talks on what another summit would have to get right.",
        "As told to Priya Raman",
        "Oh Kyung-min at his home in Bundang, south of Seoul. Photograph by Jae Shin for The Meridian",
        "Oh Kyung-min, 67, spent the better part of a decade across the table from North Korean diplomats. He is now a visiting"
        " professor at the Graduate School of International Studies of Hallyeo University.",
        "The first time I sat across from a North Korean delegation, in 1999, the man opposite me spoke for forty minutes without"
        " looking up from his paper. " + ARGUMENT,
        "I do not believe North Korea will give up its weapons in my lifetime. " + ARGUMENT,
    ]
    reading = detect.read(paragraphs)
    assert reading.roles[0] == "label" and reading.roles[3] == "credit" and not reading.people  # 'FIRST PERSON' is no one
    found = detect.named_writer(reading, paragraphs)
    assert found is not None and found[0] == "Oh Kyung-min"
    signed = detect.read(paragraphs, default_signers=[found[0]])
    assert signed_by(signed)[6:] == [["Oh Kyung-min"]] * 2
    assert signed.people[0].affiliation == "visiting professor at the Graduate School of International Studies of Hallyeo University"


@pytest.mark.parametrize(
    "framing",
    [
        "This as-told-to essay is based on a conversation with Han Mi-kyung, 58, who ran a garment factory at the Kaesong"
        " Industrial Complex from 2007 until its closure. It has been edited for length and clarity.",
        "This account is drawn from two interviews with Han Mi-kyung, who ran a garment factory at Kaesong for nine years.",
    ],
)
def test_an_as_told_to_piece_whose_introduction_says_whose_conversation_it_is(framing: str) -> None:
    """The magazine's note that the essay is based on a conversation with someone: the teller, and the magazine's framing."""
    paragraphs = [
        "PERSONAL HISTORY",
        "I Ran a Factory in Kaesong for Nine Years. Reopening It Is the Cheapest Peace We Can Buy.",
        "As told to Sarah Whitlock",
        framing,
        "On February 10, 2016, I was at my desk in Paju when the news came that Kaesong was closing. " + ARGUMENT,
        "People ask whether I am angry. I was, for a long time, and mostly at my own government. " + ARGUMENT,
    ]
    reading = detect.read(paragraphs)
    found = detect.named_writer(reading, paragraphs)
    assert found is not None and found[0] == "Han Mi-kyung"
    assert detect.read(paragraphs, default_signers=[found[0]]).roles[2:] == ["credit", "introduction", "body", "body"]


def test_numbered_points_a_guest_announces_are_the_guest_s_answer_no_notes() -> None:
    reading = detect.read(
        [
            "“Trust is not a substitute for verification”",
            "Interview by Nadia Dahl",
            "Sangsoo Lee heads the Korea Center at the Institute for Security and Development Policy in Stockholm. We spoke to him"
            " about what Seoul and Pyongyang could do on their own.",
            "**NAD:** You often talk about trust-building. What would it look like?",
            "**Lee:** Trust is not a substitute for verification, of course. But every agreement so far has broken down at the"
            " implementation stage. I would suggest three practical measures that could start even before formal negotiations.",
            "1. Restore the inter-Korean military communication lines and the liaison office channel.\n2. Fully implement the 2018"
            " Comprehensive Military Agreement.\n3. Resume family reunions by video link while travel is impossible.",
            "None of these touch sanctions, and none of them require the United States to move first.",
            "**NAD:** Where does a peace regime fit?",
            "**Lee:** I support an end-of-war declaration, as a political statement, not a legal treaty. " + ARGUMENT,
        ]
    )
    assert reading.roles[5:7] == ["body", "body"] and signed_by(reading)[4:7] == [["Sangsoo Lee"]] * 3


def test_letters_signed_under_a_dash_with_a_town_and_state_a_bracketed_bio_and_the_columnist_s_reply_by_post() -> None:
    letter = (
        "As someone who did two tours at Camp Casey, I can tell you the exercises were never a game. Suspending them while the"
        " North gives nothing in return is a gift, and the soldiers who train there will pay for it in readiness."
    )
    reading = detect.read(
        [
            "OPINION | LETTERS TO THE EDITOR",
            "After Singapore, readers ask what comes next",
            "Readers responded in large numbers to Dana Whitford's June 13 column. A selection of their letters follows.",
            "Give diplomacy a chance",
            "Dana Whitford calls the Singapore meeting a show. Maybe so. But a year ago we were listening to talk of fire and fury"
            " and wondering whether our grandchildren stationed on Guam were safe. I will take a show over a war any day.",
            "— Margaret Olsen, Duluth",
            "The war games were not a bargaining chip",
            letter,
            "— Frank DiMarco, Superior, Wis.",
            "(The writer is a retired U.S. Army first sergeant.)",
            "Process matters more than the summit",
            "From a European vantage point, the summit's value lies in the process it may start, not in the statement it produced."
            " Small and neutral countries have hosted quieter talks before and can again.",
            "— Niklas Swanström, Stockholm, Sweden",
            "Register foreign affairs columnist Dana Whitford responds:",
            "I am grateful for these letters, and for the disagreement in them. Mr. Swanström's point about process is well taken:"
            " the question is whether anyone is willing to do the slow work.",
            "Letters to the editor: Send letters of up to 250 words to letters@eveningregister.com.",
        ]
    )
    signers = signed_by(reading)
    assert [reading.roles[i] for i in (8, 9, 12, 13)] == ["byline", "author_bio", "byline", "byline"]
    assert signers[7] == signers[9] == ["Frank DiMarco"] and signers[11] == ["Niklas Swanström"] and signers[14] == ["Dana Whitford"]
    assert reading.roles[15] == "boilerplate"
    assert {p.name: p.affiliation for p in reading.people}["Frank DiMarco"] == "retired U.S. Army first sergeant"


def test_a_blog_post_s_line_of_writer_categories_and_comments_and_its_sidebar_about_under_the_comments() -> None:
    reading = detect.read(
        [
            "ARMISTICE LINE\nNotes on Korean security from a recovering arms controller",
            "Yongbyon was a better offer than Hanoi admitted",
            "March 9, 2019",
            "Ben Castellanos · North Korea, Sanctions, Verification · 3 Comments",
            ARGUMENT,
            ARGUMENT,
            "3 thoughts on “Yongbyon was a better offer than Hanoi admitted”",
            "Priya Natarajan says:\nMarch 9, 2019 at 4:12 pm\nGood piece, but you underrate how much the enrichment sites matter.",
            "ABOUT\nBen Castellanos spent six years as a nonproliferation analyst at the Department of Energy and is now a doctoral"
            " candidate in Washington. Opinions here are his own.",
            "Blog at WordPress.com.",
        ]
    )
    assert reading.roles[3] == "byline" and signed_by(reading)[4:6] == [["Ben Castellanos"]] * 2
    assert reading.roles[8] == "author_bio"


def test_an_e_mail_interview_answered_jointly_by_two_named_in_the_introduction() -> None:
    reading = detect.read(
        [
            "Counting Backwards: Why a North Korean Freeze Has to Start With an Inventory",
            "Questions by Marcus Feld",
            "May 6, 2024",
            "The same week, the Verification Research Initiative published a report by Ruth Adeyemi, a senior fellow at the"
            " initiative in Geneva, and Kwon Tae-ho, a research fellow at the Korea Nuclear Policy Institute in Daejeon.",
            "This interview was conducted by e-mail. The answers were written jointly by the two authors.",
            "GDM: Your report starts from the premise that a freeze is the realistic next goal. Isn't that a concession?",
            "Adeyemi and Kwon: We don't think so. " + ARGUMENT,
            "GDM: Why start with an inventory?",
            "Adeyemi and Kwon: Because you cannot verify that something has stopped if you do not know what was there. " + ARGUMENT,
        ]
    )
    assert signed_by(reading)[6] == signed_by(reading)[8] == ["Ruth Adeyemi", "Kwon Tae-ho"]


def test_two_writers_signing_once_under_the_text_with_an_ampersand() -> None:
    reading = detect.read(
        [
            "ANALYSIS",
            "Keeping a Door Ajar: What Europe Can Still Do on North Korea",
            "3 March 2025 · 7 min read",
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
            "Niklas Swanström & Sangsoo Lee",
            "Dr. Niklas Swanström is Director of the Institute for Security and Development Policy (ISDP) in Stockholm. Dr. Sangsoo"
            " Lee is Head of ISDP’s Stockholm Korea Center.",
            "Share: Facebook | LinkedIn | X",
        ]
    )
    assert signed_by(reading)[3:7] == [["Niklas Swanström", "Sangsoo Lee"]] * 4 and reading.roles[6] == "byline"


def test_a_markdown_clip_s_bio_with_the_names_in_bold_under_its_footnotes() -> None:
    reading = detect.read(
        [
            "# Verification before trust",
            "By Daniel Whitcombe and Yoon Ji-hye",
            ARGUMENT,
            ARGUMENT,
            "[^1]: See the US State Department's annual compliance report, April 2021.\n[^2]: Ministry of National Defense, press"
            " briefing on the mutual verification of guard post withdrawal, December 12, 2018.",
            "**Daniel Whitcombe** is a senior fellow at the Pacific Security Review. **Yoon Ji-hye** is an assistant professor of"
            " international relations at Dongsan University in Busan.",
            "#northkorea #verification #CMA2018 #clippings",
        ]
    )
    assert reading.roles[4:6] == ["notes", "author_bio"]


def test_an_e_mail_exchange_under_its_headers_the_newsletter_s_writer_asking() -> None:
    reading = detect.read(
        [
            "Is denuclearization dead? An email exchange with Ingrid Halvorsen",
            "Tom Whitford",
            "Apr 11, 2024",
            "Hi all — and a special welcome to the new subscribers. For this issue I asked a researcher I admire to argue with me"
            " by e-mail about whether denuclearization is still the goal. Her answers are below, lightly edited.",
            "From: Tom Whitford\nTo: Ingrid Halvorsen\nDate: Tue, Apr 2, 2024 at 9:14 AM\nSubject: Is denuclearization dead?",
            "Ingrid, thanks for agreeing to do this. Russia has just vetoed the renewal of the UN Panel of Experts. Is"
            " denuclearization dead as a goal, or only as a near-term policy?",
            "From: Ingrid Halvorsen\nTo: Tom Whitford\nDate: Wed, Apr 3, 2024 at 11:52 PM\nSubject: Re: Is denuclearization dead?",
            "Tom, the blunt answer is that it is both. " + ARGUMENT,
            ARGUMENT,
            "From: Tom Whitford\nTo: Ingrid Halvorsen\nDate: Thu, Apr 4, 2024 at 8:02 AM\nSubject: Re: Is denuclearization dead?",
            "The obvious objection, and I hear it a lot, is that a freeze rewards Pyongyang. What do you say to that?",
            "From: Ingrid Halvorsen\nTo: Tom Whitford\nDate: Fri, Apr 5, 2024 at 10:40 PM\nSubject: Re: Is denuclearization dead?",
            "I take the objection seriously, but " + ARGUMENT,
        ]
    )
    signers = signed_by(reading)
    assert reading.roles[1] == "credit" and [reading.roles[i] for i in (4, 6, 9, 11)] == ["credit", "byline", "credit", "byline"]
    assert reading.roles[5] == reading.roles[10] == "question"
    assert signers[7] == signers[8] == signers[12] == ["Ingrid Halvorsen"]


def test_two_writers_parts_each_signed_by_a_first_name_one_a_korean_given_name() -> None:
    reading = detect.read(
        [
            "No more Panel of Experts: who watches the sanctions now?",
            "By Yoon Hye-jin and Callum Reid",
            "Apr 4, 2024",
            "1. What we lose",
            ARGUMENT,
            ARGUMENT,
            "— Hye-jin",
            "2. What comes next",
            "Hye-jin is right about the loss, but " + ARGUMENT,
            ARGUMENT,
            "— Callum",
        ]
    )
    signers = signed_by(reading)
    assert reading.roles[6] == "byline" and signers[4] == signers[5] == ["Yoon Hye-jin"] and signers[8] == ["Callum Reid"]


def test_a_newsletter_s_host_handing_the_issue_to_a_guest_the_bio_under_it_names() -> None:
    reading = detect.read(
        [
            "The Buffer Zone",
            "Issue #52: After the Guard Posts",
            "The military agreement is gone. A guest contributor on what could take its place.",
            "Ingrid Solheim\nMar 3, 2024",
            "Hello again, and welcome to the new readers. This week I'm turning the newsletter over to a guest who knows the DMZ"
            " far better than I do; I asked for a thousand words and got more. Replies reach me as always. – Ingrid",
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
            "Rear Admiral (ret.) Park Jun-seo is a senior fellow at the Haeyang Institute in Busan and served on the Military"
            " Armistice Commission. He writes here in a personal capacity.",
            "Thanks for reading The Buffer Zone! Subscribe for free to receive new posts.",
        ]
    )
    assert [person.name for person in reading.people] == ["Park Jun-seo"]
    assert reading.roles[3] == "credit" and reading.roles[8] == "author_bio" and signed_by(reading)[5:8] == [["Park Jun-seo"]] * 3
    assert reading.people[0].affiliation.startswith("senior fellow at the Haeyang Institute")


def test_a_roundtable_signed_under_each_part_with_rank_and_service_and_the_question_put_to_all() -> None:
    reading = detect.read(
        [
            "ROUNDTABLE",
            "Declare the War Over? Three Answers",
            "October 2, 2021",
            "Seoul has put an end-of-war declaration back on the table. For this roundtable we put one question to three"
            " contributors: should it come before denuclearization or after? Their answers, lightly edited, follow.",
            "We asked each of them: Should a declaration come first, or only at the end?",
            "Lead with peace",
            ARGUMENT,
            "—Amb. Helen Carver (ret.)",
            "Paper will not keep the peace",
            ARGUMENT,
            ARGUMENT,
            "—Lt. Gen. Daniel Okafor, U.S. Army (Ret.)",
            "Sequence less, synchronize more",
            ARGUMENT,
            "—Yuna Sato, professor of international relations, Setouchi University",
        ]
    )
    signers = signed_by(reading)
    assert reading.roles[3:5] == ["introduction", "question"] and reading.roles[11] == "byline"
    assert signers[6] == ["Helen Carver"] and signers[9] == signers[10] == ["Daniel Okafor"] and signers[13] == ["Yuna Sato"]


def test_an_essay_adapted_from_remarks_its_editor_s_note_names_the_speaker_of() -> None:
    paragraphs = [
        "Why Europe must stop waiting for Beijing",
        "Editor’s note: This essay is adapted from a keynote address delivered by Marta Kowalczyk, director of the Warsaw"
        " Centre for Eastern Studies, at our annual security conference on May 14.",
        ARGUMENT,
        ARGUMENT,
    ]
    assert detect.named_writer(detect.read(paragraphs), paragraphs) == (
        "Marta Kowalczyk",
        "no byline: the text is taken as Marta Kowalczyk's, whom its standfirst names as arguing it; check the authors",
    )


def test_an_open_letter_signed_under_its_close_by_several_each_with_a_post() -> None:
    reading = detect.read(
        [
            "It Is Time to Talk: An Open Letter on the Hotlines",
            "Posted on June 25, 2024 by Editorial Staff",
            "On the anniversary of the war's outbreak, the following letter was sent to both presidents. It is published here"
            " with the permission of its signatories.",
            "Dear President Lee and President Harris,",
            ARGUMENT,
            "We therefore urge you to take the following steps:",
            "1. Reopen the military hotlines. " + ARGUMENT,
            "Respectfully,\nIngrid Aas, Professor of Peace Studies, University of Bergen\nPark Jun-seo, Rear Admiral (ret.), Republic of"
            " Korea Navy\nDaniel Okafor, former U.S. Deputy Assistant Secretary of State",
            "Affiliations are listed for identification purposes only.",
        ]
    )
    assert [person.name for person in reading.people] == ["Ingrid Aas", "Park Jun-seo", "Daniel Okafor"]
    assert reading.roles[1:3] == ["dateline", "introduction"] and reading.roles[7] == "byline"
    assert signed_by(reading)[4:7] == [["Ingrid Aas", "Park Jun-seo", "Daniel Okafor"]] * 3


def test_letters_signed_by_name_over_a_town_of_several_words_or_a_post_and_town() -> None:
    reading = detect.read(
        [
            "Letters",
            "Hanoi and after: readers reply",
            "Last week Peter Hale argued here that pressure is the only language Pyongyang respects. A selection of your letters follows.",
            "Sanctions have not failed",
            ARGUMENT,
            "Marta Lind\nBerwick upon Tweed, Northumberland",
            "Remember the families",
            ARGUMENT,
            "Revd Thomas Ashby\nYork",
            "Verification is the whole game",
            ARGUMENT,
            "Dr Helen Price\nFormer IAEA safeguards inspector, Didcot, Oxfordshire",
        ]
    )
    assert reading.roles[2] == "introduction" and [reading.roles[i] for i in (5, 8, 11)] == ["byline"] * 3
    assert signed_by(reading)[4] == ["Marta Lind"] and signed_by(reading)[7] == ["Thomas Ashby"] and signed_by(reading)[10] == ["Helen Price"]


def test_a_symposium_s_parts_signed_under_each_by_a_dash_and_the_writer_s_bio() -> None:
    reading = detect.read(
        [
            "SYMPOSIUM",
            "What Should Replace the Armistice's Machinery?",
            "27 July 2023",
            "For this symposium, the Review invited three officers to consider one practical question. Their answers follow.",
            "1. Keep neutral eyes open",
            ARGUMENT,
            ARGUMENT,
            "—Major General (ret.) Anders Lund, Swedish Armed Forces, headed the\nSwedish delegation to the Neutral Nations Supervisory"
            " Commission at\nPanmunjom. He is a Distinguished Military Fellow at the Institute for\nSecurity and Development Policy in"
            " Stockholm.",
            "2. A command structure, not a signature",
            ARGUMENT,
            "—Colonel Han Jae-won, Republic of Korea Army (ret.), served at the\nMilitary Armistice Commission for six years and is now a"
            " senior\nresearch fellow at the Korea Defense Futures Institute.",
            "The views expressed in this contribution are the author's own.",
            "3. The sea line is the hard part",
            ARGUMENT,
            "—Lieutenant Colonel (ret.) Ewa Nowak, Polish Land Forces, lectures\nat the War Studies University in Warsaw.",
            "Notes",
            "1. The commission's Czechoslovak delegation left in 1993.",
        ]
    )
    assert [reading.roles[i] for i in (7, 10, 14)] == ["byline"] * 3
    assert signed_by(reading)[5] == ["Anders Lund"] and signed_by(reading)[9] == ["Han Jae-won"] and signed_by(reading)[13] == ["Ewa Nowak"]


def test_the_one_question_an_expert_roundup_puts_to_all_set_apart_under_its_introduction() -> None:
    reading = detect.read(
        [
            "THE BIG QUESTION",
            "Should Seoul Build Its Own Bomb?",
            "Polls show that most South Koreans favour an indigenous deterrent, and the debate has reached the president's office."
            " We asked four specialists for their answer to one question. Responses have been edited for length.",
            "Would an independent South Korean deterrent make the peninsula safer?",
            "**Anders Lund**\nSenior Fellow, Nordic Institute for Arms Control",
            "No. " + ARGUMENT,
            "**Kim Soo-ah**\nProfessor of Political Science, Pusan National University",
            "Yes, in time. " + ARGUMENT,
        ]
    )
    assert reading.roles[3] == "question" and signed_by(reading)[5] == ["Anders Lund"]


def test_a_writer_who_has_long_argued_something_is_named_in_the_argument_not_given_a_bio() -> None:
    reading = detect.read(
        [
            "The freeze is not a failure",
            "By Anna Berg, Park Ji-hoon and Kim Min-ho",
            ARGUMENT,
            "Park Ji-hoon has long argued that the security side of any bargain matters as much as the economic one, and we agree. " + ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3] == "body" and signed_by(reading)[3] == ["Anna Berg", "Park Ji-hoon", "Kim Min-ho"]


def test_two_writers_a_standfirst_names_each_by_a_clause_of_bio_as_arguing_together() -> None:
    paragraphs = [
        "Opinion | Guest Essay",
        "Seoul Doesn't Need the Bomb. It Needs a Better Alliance.",
        "Helen Marsh spent a decade negotiating with Pyongyang for the State Department; Choi Dong-jin commanded a destroyer"
        " flotilla and later served on the Joint Chiefs of Staff. Together they argue that Seoul needs a voice, not a warhead.",
        ARGUMENT,
        ARGUMENT,
    ]
    assert detect.named_writers(detect.read(paragraphs), paragraphs) == (
        ("Helen Marsh", "Choi Dong-jin"),
        "no byline: the text is taken as Helen Marsh and Choi Dong-jin's, whom its standfirst names as arguing it together; check the authors",
    )
    reading = detect.read(paragraphs, default_signers=["Helen Marsh", "Choi Dong-jin"])
    assert reading.roles[2] == "subtitle" and signed_by(reading)[3] == ["Helen Marsh", "Choi Dong-jin"]


@pytest.mark.parametrize(
    ("note", "writer"),
    [
        (
            "Editor’s note: This essay is adapted from remarks Marta Kowalczyk, director of the Warsaw Centre for Eastern Studies,"
            " delivered at a closed roundtable in Brussels in January.",
            "Marta Kowalczyk",
        ),  # the speaker before the verb
        (
            "Hi everyone,\nMara here. This week I'm handing the letter to a guest. Dr. Oh Se-jin is a senior research fellow at the"
            " Hanbit Institute and spent eleven years at the Ministry of Unification. He disagrees with me, which is why I asked"
            " him. Over to him. -- M.",
            "Oh Se-jin",
        ),  # the guest the host presents in her own note
        (
            "Editor’s note: I’m away this week, so I’ve handed the letter to an old friend of the Post. Daniel Achterberg spent six"
            " years on the State Department’s Korea desk and now teaches international security at Georgetown.",
            "Daniel Achterberg",
        ),  # the letter handed to a friend, not 'a guest'
    ],
)
def test_a_writer_named_only_where_the_page_presents_the_text(note: str, writer: str) -> None:
    paragraphs = ["Europe's Quiet Channel", note, ARGUMENT, ARGUMENT]
    found = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert found is not None and found[0] == writer


def test_a_newsletter_s_masthead_over_the_greeting_and_the_essay_s_headline_past_a_rule() -> None:
    reading = detect.read(
        [
            "THE BUFFER LETTER\nIssue No. 87 -- a weekly letter on the two Koreas",
            "June 15, 2023",
            "Hi everyone,\nMara here, writing from Seoul. This week I'm doing something new and handing the letter to a guest. Dr. Oh"
            " Se-jin is a senior research fellow at the Hanbit Institute. Over to him. -- M.",
            "* * *",
            "Sanctions Without an Exit Are Just a Habit",
            ARGUMENT,
            ARGUMENT,
        ],
        default_signers=["Oh Se-jin"],
    )
    assert reading.roles[0] == "label" and reading.roles[4] == "title"


def test_a_forum_s_parts_under_their_writers_names_one_with_her_doctorate() -> None:
    reading = detect.read(
        [
            "FORUM",
            "Declaring the War Over? Three Views",
            "July 2, 2018",
            "Edited by Hannah Orloff",
            "Amb. (ret.) Helen Castle",
            ARGUMENT,
            ARGUMENT,
            "CHUN Chae-sung",
            ARGUMENT,
            ARGUMENT,
            "Zhao Lingyun, Ph.D.",
            ARGUMENT,
            ARGUMENT,
            "About the contributors",
            "Helen Castle served as deputy chief of mission in Seoul and is now a nonresident senior fellow at the Whitcombe Center.",
            "CHUN Chae-sung is Professor of Political Science at Seoul National University.",
            "Zhao Lingyun is an associate professor at the Center for Peninsula Studies, Huadong University.",
        ]
    )
    assert reading.roles[10] == "byline" and signed_by(reading)[11] == signed_by(reading)[12] == ["Zhao Lingyun"]
    assert reading.people[0].affiliation == "nonresident senior fellow at the Whitcombe Center"


def test_an_open_letter_s_signatories_under_a_heading_of_their_own_with_long_posts() -> None:
    reading = detect.read(
        [
            "An Open Letter on the Armistice at Seventy",
            "July 27, 2023",
            "Dear President Yoon and President Biden,\n" + ARGUMENT,
            ARGUMENT,
            "Respectfully,\nSignatories (in alphabetical order; affiliations for identification only):\nMaj. Gen. (ret.) Anders Lund,"
            " former Head of the Swedish Delegation to the Neutral Nations Supervisory Commission (NNSC); Senior Fellow, Nordic"
            " Institute for Arms Control\nProf. Kang Do-yeon, Professor Emeritus of Peace Studies, Hanmaeum University, Seoul",
            "Signatories sign in their personal capacity.",
        ]
    )
    assert [person.name for person in reading.people] == ["Anders Lund", "Kang Do-yeon"] and reading.roles[4] == "byline"
    assert signed_by(reading)[2] == signed_by(reading)[3] == ["Anders Lund", "Kang Do-yeon"]


def test_an_exchange_of_letters_each_headed_from_one_writer_to_the_other() -> None:
    reading = detect.read(
        [
            "Correspondence",
            "Can Europe Help Build Peace in Korea?",
            "Over the winter we asked Anders Lund and Kim Ha-na to write to each other about Europe's role.",
            "Anders Lund to Kim Ha-na",
            "Stockholm, 12 February 2024",
            "Dear Ha-na,\n" + ARGUMENT,
            ARGUMENT,
            "Kim Ha-na to Anders Lund",
            "Seoul, 26 February 2024",
            "Dear Anders,\n" + ARGUMENT,
            "Anders Lund to Kim Ha-na",
            "Stockholm, 11 March 2024",
            "Dear Ha-na,\nYou are right that " + ARGUMENT,
            "Kim Ha-na to Anders Lund",
            "Seoul, 25 March 2024",
            "Dear Anders,\nPerhaps we agree more than " + ARGUMENT,
            "Anders Lund directs a Stockholm institute. Kim Ha-na is a research fellow at a Seoul forum.",
        ]
    )
    assert [reading.roles[i] for i in (3, 7, 10, 13)] == ["subtitle"] * 4
    assert signed_by(reading)[5] == ["Anders Lund"] and signed_by(reading)[9] == ["Kim Ha-na"]


def test_a_newsletter_host_s_note_over_the_guests_essay_under_their_byline() -> None:
    reading = detect.read(
        [
            "Guest Essay",
            "A Freeze Is Not a Surrender",
            "By Anders Lund and Kim Ha-na",
            "Apr 17, 2023",
            "Every so often I hand this space to people I argue with. I have been a sceptic of freeze-first proposals since Hanoi;"
            " Anders and Ha-na have been making the opposite case in closed meetings for a year, and I asked them to make it here.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[4] == "introduction" and signed_by(reading)[5] == ["Anders Lund", "Kim Ha-na"]


def test_a_page_posted_by_its_editors_over_a_roundtable_says_when_it_was_posted() -> None:
    """'Posted on 18 September 2024 by NAM Editors' over four signed answers: the editors write none of it, so the line
    is the page's date line, not a credit."""
    reading = detect.read(
        [
            "ROUNDTABLE",
            "Peace Before Denuclearization? Four Experts Weigh In",
            "Posted on 18 September 2024 by NAM Editors",
            "Six years after the inter-Korean summits of 2018, the peninsula is further from peace. We put the same question to two specialists.",
            "CHUN Chaesung\nProfessor, Department of Political Science and International Relations, Seoul National University",
            ARGUMENT,
            "Evelyn Marchetti\nSenior Associate, Carrow Institute for Global Security, Washington",
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "dateline"
    assert reading.date == ("2024-09-18", "18 September 2024")
    assert list(writers(reading)) == ["CHUN Chaesung", "Evelyn Marchetti"]


def test_a_newsletter_signed_by_a_first_name_whose_footer_says_who_writes_it() -> None:
    """No byline; '— Mira' under the letter, and 'The Thirty-Eighth is written by Mira Oyelaran-Kang, a nonresident fellow …'
    in its footer: the letter is hers, and the sign-off her byline."""
    paragraphs = [
        "THE THIRTY-EIGHTH\nIssue #61 · Notes on the two Koreas, every other Sunday",
        "The arch comes down",
        "Mar 3, 2024",
        "Hi all, and a particular welcome to the new readers. " + ARGUMENT,
        ARGUMENT,
        "— Mira",
        "The Thirty-Eighth is written by Mira Oyelaran-Kang, a nonresident fellow at the Pacific Rim Policy Council in Washington, D.C. Views are her own.",
    ]
    reading = detect.read(paragraphs)
    found = detect.named_writer(reading, paragraphs)
    assert found is not None and found[0] == "Mira Oyelaran-Kang"
    signed = detect.read(paragraphs, default_signers=[found[0]])
    assert signed.roles[4:6] == ["body", "byline"]
    assert signed_by(signed)[4] == ["Mira Oyelaran-Kang"]


def test_a_note_its_institution_s_staff_sign_is_theirs() -> None:
    """'Issue Note' over the headline is the series; 'By Halden Centre Staff' names no person: the text is taken as the
    staff's, with a note, and the line is its byline."""
    paragraphs = [
        "Issue Note",
        "Freeze First: Why a Verified Cap Should Come Before a Full Declaration",
        "By Halden Centre Staff",
        "This Issue Note argues that a verified freeze should come first. " + ARGUMENT,
        ARGUMENT,
    ]
    reading = detect.read(paragraphs)
    assert reading.roles[0] == "label" and not reading.people
    found = detect.named_writer(reading, paragraphs)
    assert found is not None and found[0] == "Halden Centre Staff" and "no person signs the text" in found[1]
    signed = detect.read(paragraphs, default_signers=[found[0]])
    assert signed.roles == ["label", "title", "byline", "body", "body"]
    assert signed_by(signed)[3] == ["Halden Centre Staff"]
    assert detect.named_writer(detect.read(["An editorial", "By Our Staff Reporter", ARGUMENT]), ["An editorial", "By Our Staff Reporter", ARGUMENT]) is None


def test_an_open_letter_s_salutation_to_presidents_is_the_letter_s_first_words() -> None:
    """'Dear President Moon, Chairman Kim, President Trump and President Xi,' under the dek and the day: the letter begins, no
    second dek; it is its signatories' as the rest is."""
    reading = detect.read(
        [
            "OPEN LETTER",
            "Seventy years is long enough: replace the Armistice with a peace regime",
            "An open letter to the leaders of the two Koreas, the United States and China",
            "25 June 2020",
            "Dear President Moon, Chairman Kim, President Trump and President Xi,",
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
            "Respectfully,\nSignatories:\nHannah Lindqvist, Senior Fellow, Transpacific Security Forum\n"
            "Park So-yeon, Assistant Professor, Graduate School of International Studies",
        ]
    )
    assert reading.roles[4:8] == ["body", "body", "body", "body"]
    assert signed_by(reading)[4] == ["Hannah Lindqvist", "Park So-yeon"]


def test_a_reader_s_question_in_quotes_under_its_heading_is_asked_not_argued() -> None:
    """'The question' over '"… Would a declaration like that weaken the sanctions?" — Johan B., Malmö': the reader asks; the
    expert 'Answered by' under 'The answer' argues."""
    reading = detect.read(
        [
            "ASK AN EXPERT",
            "Would an end-of-war declaration unravel the sanctions on North Korea?",
            "The question",
            '"I keep reading that South Korea wants the war declared over. Would a declaration like that automatically weaken the UN'
            ' sanctions?" — Johan B., Malmö',
            "The answer",
            "Answered by Dr. Sangsoo Lee",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:] == ["subtitle", "question", "subtitle", "byline", "body", "body"]
    assert signed_by(reading)[6] == ["Sangsoo Lee"]


def test_the_writers_names_under_the_text_over_their_bios_sign_it() -> None:
    """'HANNAH LINDQVIST, FIL. DR., PARK SO-YEON, PH.D., & JAVIER OKONKWO-REYES, LL.M.' under the argument of the three the
    byline named: their signature, no argument of its own."""
    reading = detect.read(
        [
            "Proof before peace",
            "By Hannah Lindqvist, Park So-yeon and Javier Okonkwo-Reyes",
            ARGUMENT,
            ARGUMENT,
            "HANNAH LINDQVIST, FIL. DR., PARK SO-YEON, PH.D., & JAVIER OKONKWO-REYES, LL.M.",
            "Hannah Lindqvist is a senior fellow at the Transpacific Security Forum. Park So-yeon is an assistant professor at Daehan"
            " University. Javier Okonkwo-Reyes is an adjunct fellow at the Forum.",
        ]
    )
    assert reading.roles[4] == "byline"
    assert signed_by(reading)[4] == ["Hannah Lindqvist", "Park So-yeon", "Javier Okonkwo-Reyes"]


def test_a_letter_signed_under_it_then_the_reply_its_writer_is_answered_by() -> None:
    """'In our Winter 2020 issue, Amelia Cho … argued …' (the page's note), a letter signed under it 'JONATHAN REISS' / his post
    / his city, then 'Amelia Cho responds:' and her reply: the letter is his, the reply hers, the note nobody's."""
    reading = detect.read(
        [
            "CORRESPONDENCE",
            "Is Sanctions Relief Appeasement? An Exchange",
            "March 3, 2021",
            "In our Winter 2020 issue, Amelia Cho, an assistant professor at Marlow College, argued that the United States should not"
            " ease sanctions. Jonathan Reiss disagrees. Her reply follows his letter.",
            "Amelia Cho's essay makes a careful case for holding the line on sanctions. " + ARGUMENT,
            ARGUMENT,
            "JONATHAN REISS\nFormer Director for Korea, National Security Council\nWashington, D.C.",
            "Amelia Cho responds:",
            "Jonathan Reiss and I agree on more than his letter suggests. " + ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3:] == ["introduction", "body", "body", "byline", "byline", "body", "body"]
    names = [[name.lower() for name in names] for names in signed_by(reading)]  # 'JONATHAN REISS', as the signature writes him
    assert names[4] == names[5] == ["jonathan reiss"]
    assert names[8] == names[9] == ["amelia cho"]


def test_a_joint_report_s_foreword_signed_by_both_institutes_heads_then_the_authors_report() -> None:
    """'Oh Kyung-sook, President, …' / 'Anders Holm, Director, …' under the foreword, a line each: the two sign it, and the report
    after it is its byline's two authors', whose names the byline wraps in the middle of an institute's."""
    reading = detect.read(
        [
            "JOINT REPORT\nKorea Forum for Peace and Security  x  Copenhagen Institute for Conflict Studies",
            "Rebuilding the Buffer",
            "Jeon Hye-rin (Korea Forum for Peace and Security) and Mikkel Sørensen (Copenhagen\nInstitute for Conflict Studies)",
            "Foreword",
            "When our two institutes first discussed a joint project, the agreement was barely six months old. " + ARGUMENT,
            "Oh Kyung-sook, President, Korea Forum for Peace and Security\nAnders Holm, Director, Copenhagen Institute for Conflict Studies",
            "1. What the agreement achieved",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:3] == ["label", "title", "byline"]
    assert reading.roles[5] == "byline"
    assert signed_by(reading)[4] == ["Oh Kyung-sook", "Anders Holm"]
    assert signed_by(reading)[7] == signed_by(reading)[8] == ["Jeon Hye-rin", "Mikkel Sørensen"]


def test_an_alumni_magazine_s_bio_with_the_writer_s_class_year() -> None:
    """'Lee Sang-su ’96 majored in economics at Carrow …' under the essay: his bio, his class year after his name."""
    reading = detect.read(
        [
            "What Kaesong taught its alumni",
            "By Lee Sang-su ’96",
            ARGUMENT,
            ARGUMENT,
            "Lee Sang-su ’96 majored in economics at Carrow and earned his Ph.D. at the University of Wisconsin. He is a senior research"
            " fellow at the Hanbit Institute for Economic Policy in Seoul.",
        ]
    )
    assert reading.roles == ["title", "byline", "body", "body", "author_bio"]
    assert list(writers(reading)) == ["Lee Sang-su"]


def test_a_newsletter_by_two_its_last_section_signed_by_both_initials() -> None:
    """'-- DP', '-- HK', then '-- HK & DP' under the sections of a newsletter 'By Hannah Kwon and Daniel Pryce': each section its
    signer's, the last both of theirs, and each initials line a byline."""
    reading = detect.read(
        [
            "Kim goes east, Seoul looks inward",
            "By Hannah Kwon and Daniel Pryce",
            "Hello again, and a particular welcome to the several hundred of you who signed up after last month's issue. This week"
            " we have a longer-than-usual dispatch, because the news would not sit still.",
            "1. THE VOSTOCHNY SUMMIT",
            "Kim Jong Un's armored train rolled into the Russian Far East this week. " + ARGUMENT,
            ARGUMENT,
            "-- DP",
            "2. A MINISTRY WITHOUT A MISSION?",
            ARGUMENT,
            "-- HK",
            "3. CAMP DAVID, ONE MONTH ON",
            ARGUMENT,
            "-- HK & DP",
            "The Panmunjom Dispatch is written by Hannah Kwon, a former Seoul correspondent for the Pacific Wire, and Daniel Pryce, a"
            " visiting fellow at the Alder Institute for Asian Security in London.",
        ]
    )
    assert [reading.roles[i] for i in (6, 9, 12)] == ["byline", "byline", "byline"]
    assert signed_by(reading)[5] == ["Daniel Pryce"] and signed_by(reading)[8] == ["Hannah Kwon"]
    assert signed_by(reading)[11] == signed_by(reading)[12] == ["Hannah Kwon", "Daniel Pryce"]


def test_a_roundtable_s_parts_headed_by_each_writer_s_name_and_title() -> None:
    """'## Mats Engman: Start with the armistice, not the treaty' over his part, 'Ha Ji-young: Seoul must not …' over hers,
    under the editors' introduction and no byline, each named again in a bio under the parts: each part its writer's (not 'Phase
    One: Crisis Management', nor 'READ MORE: …', whom no bio names)."""
    reading = detect.read(
        [
            "**ROUNDTABLE**",
            "# Is a Peace Regime Still Possible? Three Views",
            "January 29, 2024 · 14 min read",
            "*Kim Jong Un described South Korea as a primary foe. We asked three contributors whether a peace regime has a future.*",
            "## Mats Engman: Start with the armistice, not the treaty",
            ARGUMENT,
            ARGUMENT,
            "## Ha Ji-young: Seoul must not abandon its own peace agenda",
            ARGUMENT,
            "- **Maj. Gen. (ret.) Mats Engman** is a Distinguished Military Fellow at the Institute for Security and Development"
            " Policy.\n- **Ha Ji-young** is a research fellow at the Korea Institute for Peninsula Strategy in Seoul.",
        ]
    )
    assert reading.roles[4] == reading.roles[7] == "byline"
    assert signed_by(reading)[5] == signed_by(reading)[6] == ["Mats Engman"] and signed_by(reading)[8] == ["Ha Ji-young"]


def test_a_reply_headed_by_its_writer_s_title_and_name_then_responds() -> None:
    """'Dr. Colm Brennock responds' over the second writer's rebuttal, under the first's essay: his byline, and the rebuttal his."""
    reading = detect.read(
        [
            "Should inspectors go back to Yongbyon first?",
            "By Annika Thorsrud",
            ARGUMENT,
            ARGUMENT,
            "Dr. Colm Brennock responds",
            "Thorsrud is right about the reactor, but not about the order of things. " + ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[4] == "byline"
    assert signed_by(reading)[5] == signed_by(reading)[6] == ["Colm Brennock"]


def test_a_reader_s_letter_to_the_columnist_signed_by_name_and_town_then_his_reply() -> None:
    """'Dear Mr Gallagher, …' signed 'Lee Sang-hoon' / 'Gwangju' under the columnist's byline, then 'THE REPLY' and 'Owen
    Gallagher responds:': the letter is the reader's, the reply the columnist's."""
    reading = detect.read(
        [
            "A reader says I'm wrong about sanctions. He's half right",
            "By Owen Gallagher",
            "THE LETTER",
            "Dear Mr Gallagher,\nI have read your column for years and usually agree with it. " + ARGUMENT,
            ARGUMENT,
            "Lee Sang-hoon\nGwangju",
            "THE REPLY",
            "Owen Gallagher responds:",
            "Mr Lee is right about the missiles. " + ARGUMENT,
        ]
    )
    assert signed_by(reading)[3] == signed_by(reading)[4] == ["Lee Sang-hoon"]
    assert reading.roles[5] == "byline" and signed_by(reading)[8] == ["Owen Gallagher"]


def test_a_newsletter_by_two_taking_turns_under_their_first_names() -> None:
    """'HANA' and 'MARCUS' over their turns, in a newsletter 'Hana Seo and Marcus Whitfield' write: each turn its writer's."""
    reading = detect.read(
        [
            "Audacious, or just bold-faced? Seoul's offer meets Pyongyang's new nuclear law",
            "Hana Seo and Marcus Whitfield",
            "Sep 15, 2022",
            "HANA",
            "I'll say it plainly: the Audacious Initiative was dead the day it was announced. " + ARGUMENT,
            ARGUMENT,
            "MARCUS",
            "I'm not so sure, and here is why. " + ARGUMENT,
            "HANA",
            "Marcus is too kind to Seoul. " + ARGUMENT,
        ]
    )
    assert [reading.roles[i] for i in (3, 6, 8)] == ["byline", "byline", "byline"]
    assert signed_by(reading)[4] == signed_by(reading)[5] == signed_by(reading)[9] == ["Hana Seo"]
    assert signed_by(reading)[7] == ["Marcus Whitfield"]


def test_a_newsletter_s_writers_named_only_in_its_closing_line() -> None:
    """'*This issue was written by Hanna Berg and Sangwon Lee.*' under the argument, no byline over it: the two write it, and
    the line is their byline (not a bio)."""
    paragraphs = [
        "Baltic–Pacific Brief",
        "The freeze is the deal",
        "Issue #112 · Mar 17, 2023",
        ARGUMENT,
        ARGUMENT,
        "Next week: Poland's tank deals with Seoul.",
        "*This issue was written by Hanna Berg and Sangwon Lee.*",
        "You're receiving this because you subscribed to Baltic–Pacific Brief. Unsubscribe | Manage preferences",
    ]
    assert detect.named_writers(detect.read(paragraphs), paragraphs) == (
        ("Hanna Berg", "Sangwon Lee"),
        "no byline: the text is taken as Hanna Berg and Sangwon Lee's, whom its line '… was written by …' names; check the authors",
    )
    reading = detect.read(paragraphs, default_signers=["Hanna Berg", "Sangwon Lee"])
    assert reading.roles[6] == "byline" and signed_by(reading)[3] == ["Hanna Berg", "Sangwon Lee"]


def test_a_blog_s_host_posts_and_presents_a_guest_who_writes_it() -> None:
    """'Posted by Peter Hallam on 24 September 2018' over the host's note and 'By Mats Engman, generalmajor (ret.)': the
    post's date line, the host's introduction, and the guest's argument."""
    reading = detect.read(
        [
            "GUEST POST",
            "Making the DMZ boring again",
            "Posted by Peter Hallam on 24 September 2018 · 6 comments",
            "Regular readers will know that I have been more sceptical than most about the Panmunjom Declaration and the summits that"
            " followed it. So when last week's Pyongyang summit produced a military agreement rather than yet another statement of good"
            " intentions, I wanted to hear from someone who has actually worked inside the armistice machinery. I don't agree with every"
            " word of what follows, but I think it is the most useful thing anyone has written about the agreement so far. Over to him. — PH",
            "By Mats Engman, generalmajor (ret.)",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:5] == ["dateline", "introduction", "byline"]
    assert signed_by(reading)[5] == signed_by(reading)[6] == ["Mats Engman"]
    assert reading.date is not None and reading.date[0] == "2018-09-24"


def test_a_consensus_paper_s_drafting_team_writes_it_and_its_issuer_presents_it() -> None:
    """'Drafting team:' over a member a line (a Norwegian doctorate among them, the line read as prose for its 'philos.'), then
    'This paper is issued by the … Group, a Track 2 forum …': the team's paper, the group's framing."""
    reading = detect.read(
        [
            "STOCKHOLM PENINSULA DIALOGUE GROUP\nConsensus Paper 2020/1",
            "Keeping the Humanitarian Door Open: Sanctions, Exemptions and the Pandemic in North Korea",
            "Stockholm, 2 november 2020",
            "Drafting team:\nNiklas Swanstrom (chair) – Institute for Security and Development Policy, Stockholm\n"
            "Dr. philos. Ingrid Halvorsen – Norwegian Institute of Humanitarian Studies, Oslo\n"
            "Park Seo-yeon, Ph.D. – Graduate School of International Studies, Ewha Womans University, Seoul\n"
            "Överste (pens.) Mikael Lindqvist – formerly Swedish Armed Forces Headquarters",
            "This paper is issued by the Stockholm Peninsula Dialogue Group, a Track 2 forum that has brought together officials acting in"
            " a personal capacity and independent experts since 2016. It was discussed at the Group's plenary session in October 2020.",
            "1. Executive summary",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3:5] == ["byline", "introduction"]
    assert signed_by(reading)[6] == ["Niklas Swanstrom", "Ingrid Halvorsen", "Park Seo-yeon", "Mikael Lindqvist"]


def test_a_guest_columnist_s_name_over_guest_columnist_is_her_byline() -> None:
    """'Walter Brandvold' over 'Guest columnist' under the dek: his byline (a column's kind, not a series label)."""
    reading = detect.read(
        [
            "OPINION | GUEST COLUMN",
            "A freeze is not a failure",
            "Washington should bank a verifiable halt to North Korea’s bomb-making instead of holding out for everything at once",
            "Walter Brandvold\nGuest columnist",
            "Published 5:02 a.m. ET July 7, 2019 | Updated 9:40 a.m. ET July 7, 2019",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[3] == "byline" and signed_by(reading)[5] == ["Walter Brandvold"]


def test_an_editorial_signed_by_its_board_then_a_member_s_signed_dissent() -> None:
    """'By the Ledger Editorial Board' over the day signs the editorial as a writer signs a column; the board's bio between it and
    the dissent is its bio; 'By Harold Fenwick' signs the dissent."""
    reading = detect.read(
        [
            "OPINION › EDITORIALS",
            "It’s time to say the Korean War is over",
            "By the Ledger Editorial Board\nOct 3, 2021 Updated Oct 4, 2021",
            ARGUMENT,
            ARGUMENT,
            "The Ledger Editorial Board is Publisher Anne-Marie Cho, Editorial Page Editor Curtis Webb and Senior Editorial Writer Harold Fenwick.",
            "A DISSENT",
            "A declaration without disarmament is a gift to Kim",
            "By Harold Fenwick\nSenior Editorial Writer",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "byline" and reading.roles[5] == "author_bio" and reading.roles[8] == "byline"
    assert signed_by(reading)[3] == ["The Ledger Editorial Board"] and signed_by(reading)[9] == ["Harold Fenwick"]
    assert reading.date is not None and reading.date[0] == "2021-10-03"


def test_a_blog_s_editorial_team_posts_two_guests_named_under_it() -> None:
    """'Posted on March 12, 2019 by Editorial Team · 4 Comments' over 'Sangsu Lee and Hanna Korhonen': the post's date line; the
    argument is the two guests', not the team's too."""
    reading = detect.read(
        [
            "GUEST POST · Series: After Hanoi (3/5)",
            "Freeze First? The Case for an Interim Agreement with North Korea",
            "Posted on March 12, 2019 by Editorial Team · 4 Comments",
            "Sangsu Lee and Hanna Korhonen",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2:4] == ["dateline", "byline"]
    assert signed_by(reading)[4] == signed_by(reading)[5] == ["Sangsu Lee", "Hanna Korhonen"]


def test_a_debate_in_rounds_its_writers_presented_and_its_moderator_asking() -> None:
    """'Mats Engman vs. Rachel Okafor' over the framing that names both ('Arguing yes this week is …'), then each side under
    'MATS ENGMAN — FOR' and 'RACHEL OKAFOR — AGAINST', and the moderator's question between the rounds."""
    reading = detect.read(
        [
            "THE DEBATE",
            "Should Washington Trade Sanctions Relief for a Nuclear Freeze?",
            "Mats Engman vs. Rachel Okafor",
            "June 10, 2024",
            "With talks frozen since 2019, the case for an interim deal is being made again in some quarters. Arguing yes this week is"
            " Maj. Gen. (ret.) Mats Engman, a senior fellow at the Institute for Security and Development Policy. Arguing no is Rachel"
            " Okafor, a senior fellow at the Hamilton Center for National Security. As always, our debaters wrote their openings without"
            " seeing each other's.",
            "ROUND 1: OPENING STATEMENTS",
            "MATS ENGMAN — FOR",
            ARGUMENT,
            "RACHEL OKAFOR — AGAINST",
            ARGUMENT,
            "ROUND 2: REBUTTALS",
            "MODERATOR: Rachel, Mats concedes that relief should be reversible. Isn't a reversible cap better than an uncapped arsenal?",
            "Engman responds",
            ARGUMENT,
            "Okafor responds",
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "byline" and reading.roles[4] == "introduction"
    assert reading.roles[6] == reading.roles[8] == "byline" and reading.roles[11] == "question"
    signed = signed_by(reading)
    assert signed[7] == signed[13] == ["Mats Engman"] and signed[9] == signed[15] == ["Rachel Okafor"]


def test_an_open_letter_presented_by_its_publisher_over_the_letter() -> None:
    """'The following open letter, signed by scholars …, was delivered to …' over 'Dear President …': the publisher's framing."""
    roles = detect.read(
        [
            "Open Letter to President Yoon Suk Yeol and President Joseph R. Biden on Restoring Military Safeguards",
            "July 15, 2024",
            "The following open letter, signed by scholars and former officials from the Republic of Korea, the United States, Japan and"
            " Europe, was delivered to the Office of the President in Seoul and to the White House on July 15, 2024.",
            "Dear President Yoon and President Biden,\n" + ARGUMENT,
            ARGUMENT,
            "Signatories:\nChun Chae-sung, Professor, Seoul National University\nMargaret Ellison, former Deputy Assistant Secretary of State",
        ]
    ).roles
    assert roles[2] == "introduction"


def test_a_column_by_a_pen_name_the_editor_s_note_explains() -> None:
    """'By Bukhansan', a pen name of one word, and the editor's note under it: '“Bukhansan” is the pen name of a former senior
    South Korean official …': the column is Bukhansan's."""
    reading = detect.read(
        [
            "LETTER FROM THE 38TH PARALLEL",
            "What Negotiating With Pyongyang Taught Me About Patience",
            "By Bukhansan",
            "Editor’s note: “Bukhansan” is the pen name of a former senior South Korean official who took part in inter-Korean"
            " negotiations between 2000 and 2018. Meridian has agreed to withhold the writer’s name.",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "byline" and signed_by(reading)[4] == ["Bukhansan"]


def test_a_working_group_s_statement_under_the_group_and_its_chair() -> None:
    """'Working Group on … | Chair: CHUN Chaesung (Seoul National University)' over the statement, and 'Signed on behalf of the
    Working Group: CHUN Chaesung, Chair' under it: the group's and its chair's, a byline each."""
    reading = detect.read(
        [
            "STATEMENT",
            "A Freeze Worth Having: Principles for Renewed Negotiations with North Korea",
            "Working Group on Peninsula Nuclear Diplomacy | Chair: CHUN Chaesung (Seoul National University)",
            "Seoul, 9 November 2021",
            ARGUMENT,
            ARGUMENT,
            "Signed on behalf of the Working Group: CHUN Chaesung, Chair",
        ]
    )
    assert reading.roles[2] == reading.roles[6] == "byline"
    assert signed_by(reading)[4] == ["Working Group on Peninsula Nuclear Diplomacy", "CHUN Chaesung"]


def test_two_legislators_bios_by_surname_under_their_op_ed() -> None:
    """'Whitcombe, a Democrat, represents Oregon …. Aldana, a Republican, represents Arizona …' under the op-ed both sign: their
    bio, each writer by surname alone, as a paper's line on its contributors has them."""
    reading = detect.read(
        [
            "North Korea policy needs more than sanctions — Congress can supply it",
            "BY REP. DANA WHITCOMBE AND REP. GREGORY ALDANA, OPINION CONTRIBUTORS - 03/07/23 10:30 AM ET",
            ARGUMENT,
            ARGUMENT,
            "Whitcombe, a Democrat, represents Oregon and serves on the House Foreign Affairs Committee. Aldana, a Republican, represents"
            " Arizona and serves on the House Armed Services Committee.",
        ]
    )
    assert reading.roles[4] == "author_bio" and signed_by(reading)[4] == ["Dana Whitcombe", "Gregory Aldana"]


def test_a_paper_s_authors_described_under_about_the_authors_over_its_summary() -> None:
    """'About the authors' over 'Dr Ha-eun Choi is …' and 'Commander Liam Fairweather, RAN, is a Visiting Fellow …', before the
    paper: their bios (the second no byline opening a section of his own), and the paper both of theirs."""
    reading = detect.read(
        [
            "Guarantees Before Warheads Go: Security Assurances and the Sequencing of North Korean Denuclearization",
            "Ha-eun Choi and Liam Fairweather",
            "October 2019",
            "Disclaimer: The views expressed in this paper are those of the authors and do not necessarily reflect the official policy"
            " or position of the Tasman Centre or the Australian Government.",
            "About the authors",
            "Dr Ha-eun Choi is a Senior Lecturer in the Tasman Centre for Defence and\nStrategic Studies, where she convenes the Northeast"
            " Asia program. Her\nresearch focuses on nuclear diplomacy on the Korean Peninsula.",
            "Commander Liam Fairweather, RAN, is a Visiting Fellow at the Tasman\nCentre. He served as a staff officer with United Nations"
            " Command in Seoul\nand has commanded a frigate on sanctions-monitoring patrols in the East\nChina Sea.",
            "ii",
            "1. Introduction",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[5:7] == ["author_bio", "author_bio"]
    assert signed_by(reading)[9] == ["Ha-eun Choi", "Liam Fairweather"]


def test_two_writers_sign_off_under_the_text_their_byline_gave_them() -> None:
    """'— Niklas Swanström and Sangsoo Lee, Stockholm' under the text the byline gave both: their sign-off, a byline."""
    reading = detect.read(["After the veto", "By Niklas Swanström and Sangsoo Lee", ARGUMENT, ARGUMENT, "— Niklas Swanström and Sangsoo Lee, Stockholm"])
    assert reading.roles[4] == "byline" and signed_by(reading)[4] == ["Niklas Swanström", "Sangsoo Lee"]


def test_a_coalition_s_statement_it_issued_and_its_bio_with_its_members() -> None:
    """'Issued by the Korea Peace Treaty Coalition' over a statement no person signs: the coalition's; 'About the Coalition'
    over what it is and its members a line each: its bio."""
    paragraphs = [
        "STATEMENT",
        "Seventy Years Is Long Enough: End the Korean War With a Peace Agreement",
        "Issued by the Korea Peace Treaty Coalition",
        "July 27, 2023",
        ARGUMENT,
        ARGUMENT,
        "About the Coalition",
        "The Korea Peace Treaty Coalition is a network of civil society, faith, veterans’ and women’s organizations in Korea and the United States.",
        "Citizens’ Solidarity for Peninsula Peace (Seoul)\nKorean American Families for Reunion (Los Angeles)",
    ]
    assert detect.named_writers(detect.read(paragraphs), paragraphs) == (
        ("Korea Peace Treaty Coalition",),
        "no person signs the text: it is taken as the Korea Peace Treaty Coalition's, which its header says issued it; check the authors",
    )
    reading = detect.read(paragraphs, default_signers=["Korea Peace Treaty Coalition"])
    assert reading.roles[2] == "byline" and reading.roles[6:] == ["author_bio"] * 3
    assert signed_by(reading)[4] == ["Korea Peace Treaty Coalition"]


def test_a_foreword_signed_by_two_directors_a_signature_each_across_a_page_break() -> None:
    """'Foreword' over its paragraphs, a page's number and running head between two of them, then 'Niklas Swanström' /
    'Director' / '…' and 'Kim Hye-won' / 'Director' / '…': the foreword is both directors'."""
    reading = detect.read(
        [
            "Beyond the Hanoi Impasse",
            "Edited by Hanna Sjöberg and Yoo Dong-min",
            "Foreword",
            ARGUMENT,
            "iv",
            "BEYOND THE HANOI IMPASSE",
            ARGUMENT,
            "Niklas Swanström\nDirector\nInstitute for Security and Development Policy",
            "Kim Hye-won\nDirector\nHanbit Peace Foundation",
            "Stockholm and Seoul, 15 September 2021",
        ]
    )
    assert reading.roles[7:9] == ["byline", "byline"] and reading.roles[4] == "boilerplate"
    assert signed_by(reading)[3] == signed_by(reading)[6] == ["Niklas Swanström", "Kim Hye-won"]


def test_a_forum_s_contributors_in_capitals_over_their_posts_each_sign_a_part() -> None:
    """'STAVROS ANAGNOSTOU' / 'Senior Research Fellow, …', 'LEE SANG-JUN' / '…', 'MARGARET O’LEARY' / 'Senior Fellow, …': each
    name over a post opens its writer's part (a post under a name is no turn of a debate), 'O’Leary' written so."""
    reading = detect.read(
        [
            "THE AEGEAN REVIEW · FORUM",
            "After Kaesong: Is There Still a Path to a Peace Regime?",
            "Published 9 July 2020",
            "On 16 June, North Korea blew up the inter-Korean liaison office in Kaesong. We asked three contributors whether a peace"
            " regime on the Korean Peninsula is still within reach, and what it would take.",
            "STAVROS ANAGNOSTOU\nSenior Research Fellow, Aegean Institute of International Affairs (AIIA), Athens",
            ARGUMENT,
            "LEE SANG-JUN\nResearch Fellow, Korea Institute for National Unification, Seoul",
            ARGUMENT,
            "MARGARET O’LEARY\nSenior Fellow, Atlantic Policy Forum, Washington, D.C.",
            ARGUMENT,
        ]
    )
    assert [[name.casefold() for name in names] for names in signed_by(reading)[5::2]] == [
        ["stavros anagnostou"],
        ["lee sang-jun"],
        ["margaret o’leary"],
    ]  # as the text writes them, in capitals
    assert title_case("MARGARET O’LEARY") == "Margaret O’Leary"


def test_a_newsletter_signed_off_by_two_analysts_a_line_each_with_their_posts_and_addresses() -> None:
    """'Until next week,' over 'Hye-jin Kang, Senior Analyst, Northeast Asia -- hkang@…' and 'Tobias Wren, Analyst -- twren@…':
    both sign the issue, each with the post the line gives, the address no part of it."""
    reading = detect.read(
        [
            "KOREA WEEKLY | Issue 143",
            "Sanctions Without Enforcers: Why the Russia Channel Changes Everything",
            ARGUMENT,
            ARGUMENT,
            "Until next week,\nHye-jin Kang, Senior Analyst, Northeast Asia -- hkang@bluestonerisk.com\nTobias Wren, Analyst -- twren@bluestonerisk.com",
            "You are receiving this email because you subscribed to Korea Weekly.",
        ]
    )
    assert reading.roles[4] == "byline"
    assert signed_by(reading)[2] == ["Hye-jin Kang", "Tobias Wren"]
    assert [(p.name, p.affiliation) for p in reading.people] == [("Hye-jin Kang", "Senior Analyst, Northeast Asia"), ("Tobias Wren", "Analyst")]


def test_a_brief_its_research_department_signs_is_the_department_s_of_its_institute() -> None:
    """'Author : Research Department, Hanbit Institute for Peace Studies': no person signs it; the text is taken as the
    department's, and the institute is where it is."""
    paragraphs = [
        "Issue Brief 2020-14",
        "After the Liaison Office: Rebuilding Inter-Korean Trust",
        "Author : Research Department, Hanbit Institute for Peace Studies",
        "Date : 2020.06.25 | Views : 1,284",
        ARGUMENT,
        ARGUMENT,
        "English translation: Jung Ha-eun",
    ]
    found = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert found is not None and found[0] == "Research Department"
    signed = detect.read(paragraphs, default_signers=[found[0]])
    assert signed.roles[2] == "byline" and signed.roles[6] == "credit"
    assert [(p.name, p.affiliation) for p in signed.people] == [("Research Department", "Hanbit Institute for Peace Studies")]


def test_a_commission_s_report_its_co_chairs_draft_and_one_member_s_signed_dissent() -> None:
    """'Final Report of the Commission' names no body the text can be given to; 'Co-Chairs: …' sign the report; its closing
    'SUMMARY OF RECOMMENDATIONS' is theirs, not a digest; the 'DISSENTING NOTE' that one member signs under it is his alone."""
    reading = detect.read(
        [
            "TRANS-PACIFIC COMMISSION ON KOREAN PENINSULA SECURITY",
            "From Armistice to Peace:\nA Roadmap for the Korean Peninsula",
            "Final Report of the Commission",
            "Co-Chairs: Ambassador Helen Marsh and Dr. Park Jin-woo",
            "Washington, D.C. and Seoul  |  9 March 2020",
            "PREFACE",
            ARGUMENT,
            "1. WHERE THINGS STAND",
            ARGUMENT,
            ARGUMENT,
            "2. SEQUENCING A PEACE REGIME",
            ARGUMENT,
            ARGUMENT,
            "SUMMARY OF RECOMMENDATIONS\n1. Open peace-regime talks now, in parallel with nuclear talks.\n2. Conclude a treaty only after verified steps.",
            "MEMBERS OF THE COMMISSION\nHelen Marsh (Co-Chair), Senior Counselor, Halvorsen Group; former U.S. Ambassador to the"
            " Philippines\nPark Jin-woo (Co-Chair), Professor Emeritus, Hanseo Graduate School; former Vice Minister of Unification\n"
            "Sangsoo Lee*, Head, Stockholm Korea Center, Institute for Security and Development Policy\n"
            "Nathan Pryce, former Deputy Assistant Secretary of Defense for East Asia\n* See Dissenting Note.",
            "Commission staff: Emily Tran (Project Director). Copyediting by Ruth Albers.",
            "DISSENTING NOTE",
            "I share the Commission's goal. " + ARGUMENT,
            "That condition repeats the error the report itself identifies. " + ARGUMENT,
            "Sangsoo Lee\nStockholm, February 2020",
        ]
    )
    assert reading.roles[2] == "subtitle" and reading.roles[3] == "byline"
    assert signed_by(reading)[6] == signed_by(reading)[13] == ["Helen Marsh", "Park Jin-woo"]
    assert reading.roles[15] == "credit" and reading.roles[16] == "subtitle"
    assert signed_by(reading)[17] == signed_by(reading)[18] == ["Sangsoo Lee"]


def test_a_blog_two_write_in_turns_each_section_s_heading_marked_with_its_writer_s_initials() -> None:
    """'[MS] The door is shut, …' and '[TL] Calling an empty room …' over each one's paragraphs, under a note that says whose
    marks they are: each section is its writer's, the note the writers' framing, 'Where we agree' both."""
    reading = detect.read(
        [
            "Two cheers for the hotline",
            "Minji Seo and Tom Lindqvist\nJul 3, 2024",
            "This week we’re trying something different, so we wrote this one in turns. Sections marked [MS] are Minji’s; sections"
            " marked [TL] are Tom’s. Where we agree, we say so at the end.",
            "[MS] The door is shut, but the lock can change",
            ARGUMENT,
            ARGUMENT,
            "[TL] Calling an empty room is not a strategy",
            ARGUMENT,
            "[MS] Deterrence and contact are not opposites",
            ARGUMENT,
            "Where we agree",
            "Both of us think the military hotlines matter more than any other channel. " + ARGUMENT,
        ]
    )
    signers = signed_by(reading)
    assert reading.roles[2] == "introduction" and reading.roles[3] == reading.roles[6] == "subtitle"
    assert signers[4] == signers[5] == signers[9] == ["Minji Seo"] and signers[7] == ["Tom Lindqvist"]
    assert signers[11] == ["Minji Seo", "Tom Lindqvist"]


def test_an_exchange_of_letters_its_byline_names_the_writers_one_signs_with_the_given_name_run_together() -> None:
    """'An exchange of letters between Chun Chae-sung and Dana Whitfield': their byline; the letters to 'Dear Dana,' are Chun's,
    signed 'Chaesung' (his given name without its hyphen), and 'II.' alone is the second letter's number."""
    reading = detect.read(
        [
            "CORRESPONDENCE",
            "Is an End-of-War Declaration Worth Having?",
            "An exchange of letters between Chun Chae-sung and Dana Whitfield",
            "I.",
            "Dear Dana,",
            ARGUMENT,
            "With warm regards,\nChaesung",
            "II.",
            "Dear Chaesung,",
            ARGUMENT,
            "With respect and affection,\nDana",
        ]
    )
    assert reading.roles[2] == "byline" and reading.roles[7] == "subtitle"
    assert signed_by(reading)[5] == ["Chun Chae-sung"] and signed_by(reading)[9] == ["Dana Whitfield"]
    assert reading.roles[10] == "byline"


def test_an_op_ed_signed_at_its_foot_by_two_a_name_over_a_post_each() -> None:
    """'Mats Engman' / 'Major General (ret.), …' and 'Karin Sjöholm' / 'Associate Professor …' under the text, no byline over
    it: both sign it."""
    reading = detect.read(
        [
            "DEBATE",
            "Sweden has sat at Panmunjom for 65 years. Now it should help verify the peace",
            "Published 9 October 2018",
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
            "Mats Engman\nMajor General (ret.), Senior Fellow at the Institute for Security and Development Policy (ISDP), Stockholm",
            "Karin Sjöholm\nAssociate Professor of Peace and Conflict Research, Uppsala University",
            "This is a debate article. The opinions expressed are the writers’ own.",
        ]
    )
    assert reading.roles[6] == reading.roles[7] == "byline"
    assert signed_by(reading)[3] == ["Mats Engman", "Karin Sjöholm"]


def test_a_letters_page_s_line_on_its_writer_after_the_name_and_town_is_his_post() -> None:
    """'Frank D. Mallory' / 'Easton, Md.' / 'The writer, a retired Army colonel, served with …': his letter, signed so, and
    that is what he is."""
    reading = detect.read(
        [
            "LETTERS",
            "A peace declaration would not weaken deterrence",
            ARGUMENT,
            "Eunice Cho Whitaker\nTowson, Md.",
            ARGUMENT,
            "Frank D. Mallory\nEaston, Md.\nThe writer, a retired Army colonel, served with the United Nations Command.",
        ]
    )
    assert signed_by(reading)[4] == ["Frank D. Mallory"]
    assert next(p.affiliation for p in reading.people if p.name == "Frank D. Mallory") == "retired Army colonel"


def test_a_report_s_headline_that_reads_as_a_name_over_its_two_authors() -> None:
    """'Freezing First' over the subtitle and 'Sangsoo Lee and Ieva Kalniņa': two words a name could be, but the byline under
    it names others and the text never names it again: the title; a student paper's 'Daniel Hwang, Staff Columnist' over the
    day is no place the day was written in."""
    reading = detect.read(
        [
            "BCASS Report No. 14 | Northeast Asia Programme",
            "Freezing First",
            "A Phased Path to Verifiable Limits on North Korea's Nuclear and Missile Programmes",
            "Sangsoo Lee and Ieva Kalniņa",
            "March 2022",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[:4] == ["label", "title", "subtitle", "byline"]
    column = detect.read(["Opinion", "Why my generation should root for Panmunjom", "Daniel Hwang, Staff Columnist", "May 2, 2018", ARGUMENT, ARGUMENT])
    assert column.roles[2] != "dateline" and column.date is not None and column.date[0] == "2018-05-02"


def test_a_newsletter_column_signed_by_initials_whose_writer_only_its_bio_names() -> None:
    """'Good morning, and welcome …' over 'THE LAST WORD' and the headline, '— T.R.' under the argument, and 'About the
    columnist: Tomas Reinholt spent eleven years …': the column's name and title under the greeting, and the text is
    Tomas Reinholt's, who signs it with his initials."""
    reading = detect.read(
        [
            "PARALLEL LINES\nA weekly letter on the two Koreas and the powers around them",
            "Issue 112 · 3 June 2022",
            "Good morning, and welcome to the 112th issue. A lot of you wrote in after last week's note, and I'm grateful for the"
            " corrections. As always, reply to this email if you want to argue.",
            "THE LAST WORD",
            "The veto that ended an era",
            ARGUMENT,
            ARGUMENT,
            "— T.R.",
            "About the columnist: Tomas Reinholt spent eleven years in the Norwegian foreign service and now writes Parallel Lines from Oslo.",
        ]
    )
    assert reading.roles[3:5] == ["label", "title"] and reading.roles[7] == "byline" and reading.roles[8] == "author_bio"
    assert signed_by(reading)[5] == ["Tomas Reinholt"]


def test_a_page_no_one_signs_whose_title_gives_the_floor_to_its_writer() -> None:
    """'Sangsoo Lee on why a Korean peace process has to start small' over a text in the first person that no one signs and
    no one asks: his, with a note (a title over someone else's words, or an interview, is not so taken)."""
    first_person = "I think we keep starting at the wrong end, and my view is that " + ARGUMENT
    paragraphs = ["PERSPECTIVES", "Sangsoo Lee on why a Korean peace process has to start small", first_person, first_person, first_person]
    found = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert found is not None and found[0] == "Sangsoo Lee" and "first person" in found[1]
    reported = ["NEWS", "Sangsoo Lee on why a Korean peace process has to start small", ARGUMENT, ARGUMENT, ARGUMENT]
    assert detect.named_writer(detect.read(reported), reported) is None


def test_a_blog_s_poster_over_a_guest_post_with_the_day_on_its_own_line() -> None:
    """'Posted by Greg Tanaka-Bell · 3 Comments' under the day, over his note and 'By Mats Engman': the host posts it and
    introduces it; the guest writes it; the 'Host’s note' under it is the host's."""
    reading = detect.read(
        [
            "GUEST POSTS",
            "Without the military agreement, the armistice is all we have left",
            "November 30, 2023",
            "Posted by Greg Tanaka-Bell · 3 Comments",
            "Regular readers will know I've been fretting for a week about the collapse of the 2018 military agreement between the two"
            " Koreas. Rather than fret some more, I asked someone who has actually spent time at Panmunjom. I'm delighted to host this"
            " guest post by Mats Engman, who headed the Swedish delegation to the Neutral Nations Supervisory Commission. – GTB",
            "By Mats Engman",
            ARGUMENT,
            ARGUMENT,
            "Host’s note: Huge thanks to Mats for this. I'll have some thoughts of my own next week. – GTB",
        ]
    )
    assert reading.roles[3] == "credit" and reading.roles[4] == "introduction" and reading.roles[8] == "editors_note"
    assert signed_by(reading)[6] == ["Mats Engman"]


def test_a_word_draft_s_comment_anchor_on_the_writer_s_name() -> None:
    """'Chun Chaesung[CC1]' over his posts, as a Word copy without its comments keeps the anchor: the byline of Chun Chaesung."""
    reading = detect.read(
        [
            "EAI Asia Security Initiative – Working Paper (DRAFT v.3)",
            "Beyond the End-of-War Declaration: Sequencing a Peace Regime on the Korean Peninsula",
            "Chun Chaesung[CC1]\nProfessor, Department of Political Science and International Relations, Seoul National University",
            "Last revised: 7 February 2022",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "byline" and [p.name for p in reading.people] == ["Chun Chaesung"]


def test_an_op_ed_s_bio_by_title_and_surname_under_it() -> None:
    """'Ms Kamau-Oduya served as Kenya's deputy permanent representative …' under an op-ed 'By WANJIRU KAMAU-ODUYA': her bio."""
    reading = detect.read(
        [
            "OPINION",
            "Kenya has a stake in Korean peace, and Nairobi should say so",
            "By WANJIRU KAMAU-ODUYA\nSenior Research Fellow, Africa Centre for Strategic Diplomacy, Nairobi",
            ARGUMENT,
            ARGUMENT,
            "Ms Kamau-Oduya served as Kenya's deputy permanent representative to the United Nations in New York. She writes in her personal capacity.",
        ]
    )
    assert reading.roles[5] == "author_bio"


def test_an_open_letter_s_signatories_a_line_each_that_read_together_as_one_byline() -> None:
    """'Respectfully,' and 'Signatories (…):' over a signer a line ('Margaret O'Donnell-Park, Columbia University' …), which read
    together look like one byline: each line is a signer, the letter from its 'Dear …' on is all of theirs."""
    signers = [
        "Margaret O'Donnell-Park, Columbia University",
        "Kim Hyun-joo, Ewha Womans University",
        "David R. Feldstein, formerly U.S. Department of State",
        "Park Jin-woo, Korea National Diplomatic Academy (emeritus)",
        "Annika Holmberg, Uppsala University",
    ]
    reading = detect.read(
        [
            "OPEN LETTER",
            "An Open Letter to President Biden and President Yoon: Talk to Pyongyang, Without Preconditions",
            "September 7, 2022",
            "Dear President Biden and President Yoon,",
            ARGUMENT,
            ARGUMENT,
            "Respectfully,\nSignatories (institutions listed for identification purposes only):\n" + "\n".join(signers),
        ]
    )
    assert reading.roles[3:7] == ["body", "body", "body", "byline"]
    assert signed_by(reading)[3] == ["Margaret O'Donnell-Park", "Kim Hyun-joo", "David R. Feldstein", "Park Jin-woo", "Annika Holmberg"]


def test_a_working_group_s_report_its_co_chairs_sign_with_a_rapporteur_and_a_member_s_quoted_view() -> None:
    """'Steps Before the Leap: …' over 'Report of the Stockholm Working Group on …' (its dek), 'Co-chairs: …' (its writers) and
    'Rapporteur: …' (who wrote it up, a credit); a member's view in quotation marks signed '-- Mats Engman' is his."""
    reading = detect.read(
        [
            "Working Group Report  |  October 2021",
            "Steps Before the Leap: A Phased Verification Roadmap for the Korean Peninsula",
            "Report of the Stockholm Working Group on Korean Peninsula Security",
            "Co-chairs: Niklas Swanström and Ko Yun-hee",
            "Rapporteur: Emma Ridderstad",
            "Stockholm, 28 October 2021",
            ARGUMENT,
            ARGUMENT,
            "Additional and dissenting views",
            "\"I support the report's central argument that verification must come first, and I endorse most of its"
            " recommendations. Military confidence-building should not be deferred until a verified freeze is in place; it should"
            ' start now."\n-- Mats Engman',
        ]
    )
    assert reading.roles[1:5] == ["title", "subtitle", "byline", "credit"]
    assert signed_by(reading)[6] == ["Niklas Swanström", "Ko Yun-hee"] and signed_by(reading)[9] == ["Mats Engman"]


def test_a_translated_essay_its_translator_introduces_over_the_writer_s_byline() -> None:
    """'Translated and introduced by Sarah Kemper' in the header, her paragraphs over 'By Yoo Myung-sook', her bio under the
    essay: her introduction and her bio; only what stands under the byline is the writer's."""
    reading = detect.read(
        [
            "“Unification Is Not Ours to Abandon”",
            "A former Unification Ministry official answers Kim Jong Un’s ‘two hostile states’",
            "Translated and introduced by Sarah Kemper",
            "Feb 19, 2024",
            "Last month Kim Jong Un told his parliament that the South is a hostile state. " + ARGUMENT,
            "I do not agree with all of what follows, but it deserves to be read in English. " + ARGUMENT,
            "By Yoo Myung-sook",
            ARGUMENT,
            ARGUMENT,
            "Yoo Myung-sook worked at the Ministry of Unification for twenty-six years.",
            "Sarah Kemper is a translator and writer based in Busan.",
        ]
    )
    assert reading.roles[2] == "credit" and reading.roles[4:6] == ["introduction", "introduction"]
    assert signed_by(reading)[7] == ["Yoo Myung-sook"] and reading.roles[10] != "body"


def test_a_column_quoting_a_reader_s_letter_over_several_paragraphs() -> None:
    """'… Dale Brunner spent 22 years in the Army, … at Camp Casey … He wrote:' over three paragraphs that each open with a
    quotation mark, the last closing it: the reader's words, not the columnist's."""
    reading = detect.read(
        [
            "A Korea veteran read my column on ending the war",
            "By Rafael Quintero",
            "Two weeks ago I argued in this space that it was time to end the Korean War on paper. " + ARGUMENT,
            "The most thoughtful note came from a reader who disagreed, and with his permission I want to share a good part of it."
            " Dale Brunner spent 22 years in the Army, including two tours at Camp Casey, north of Seoul. He wrote:",
            "“Mr. Quintero, I read your column twice. I agree with more of it than you might expect, and nobody who has stood a night"
            " watch on the DMZ wants that war to start again.",
            "“But I think you have the order wrong. A declaration will be read in Pyongyang as the first step to getting us out.",
            "“Our troops are there so that nobody in Pyongyang ever thinks he can win a quick one.”",
            "Mr. Brunner’s letter deserves a serious answer. " + ARGUMENT,
        ]
    )
    assert signed_by(reading)[4] == signed_by(reading)[5] == signed_by(reading)[6] == ["Dale Brunner"]
    assert signed_by(reading)[7] == ["Rafael Quintero"]


def test_a_blog_post_its_research_centre_signs_and_a_roundtable_s_reply_in_bold() -> None:
    """'By the Aldgate Centre for Korean Studies': no person, the centre, with a note; '**Niklas Swanström responds**' over a
    reply in a roundtable: his reply, not the last contributor's; 'Oh Jae‑kyung' with a non-breaking hyphen is 'Oh Jae-kyung'."""
    paragraphs = ["PENINSULA NOTES", "After Hanoi: what a working-level deal could look like", "By the Aldgate Centre for Korean Studies", ARGUMENT, ARGUMENT]
    found = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert found is not None and found[0] == "Aldgate Centre for Korean Studies"
    reading = detect.read(
        [
            "ROUNDTABLE",
            "Two hostile states: what now?",
            "Tjaša Vrhovnik\nSenior Researcher, Ljubljana Centre for Asian Studies",
            ARGUMENT,
            "Oh Jae\u2011kyung\nResearch Fellow, Korea Institute for Peninsula Strategy, Seoul",
            ARGUMENT,
            "**Niklas Swanström responds**",
            ARGUMENT,
        ]
    )
    assert signed_by(reading)[3] == ["Tjaša Vrhovnik"] and signed_by(reading)[5] == ["Oh Jae-kyung"]
    assert signed_by(reading)[7] == ["Niklas Swanström"]


def test_a_debate_written_up_under_each_speaker_s_surname_in_capitals() -> None:
    """'Arguing for the motion was Gregory Tallis, …' in the framing, then 'TALLIS' and 'SEO' alone over each one's part, twice:
    each heading signs the argument under it, the framing is the magazine's, and the headings that come back are no running head."""
    reading = detect.read(
        [
            "Should Washington Offer Pyongyang a Peace Treaty Now?",
            "December 4, 2023",
            "On November 21 the debate series took up the motion. Arguing for the motion was Gregory Tallis, a former negotiator who is"
            " now a fellow at the Whitcombe Institute. Arguing against was Seo Min-jae, professor of international relations at Kyung"
            " Hee University. What follows is a condensed version, organized by speaker.",
            "Opening statements",
            "TALLIS",
            ARGUMENT,
            ARGUMENT,
            "SEO",
            ARGUMENT,
            "Rebuttals",
            "TALLIS",
            ARGUMENT,
            "SEO",
            ARGUMENT,
        ]
    )
    signed = signed_by(reading)
    assert reading.roles[2] == "introduction" and reading.roles[4] == reading.roles[7] == "byline"
    assert signed[5] == signed[6] == signed[11] == ["Gregory Tallis"] and signed[8] == signed[13] == ["Seo Min-jae"]


def test_a_note_says_which_co_author_wrote_which_numbered_section() -> None:
    """'* … Section I was written by Kang Do-hyun and Section II by Eleanor Vasquez; the introduction and Section III were
    written jointly.': sections I and II their writer's alone, the rest both's; and the bio paragraph that runs one writer's
    post into the other's ('… in Washington, D.C. Kang Do-hyun is …') gives each their own."""
    reading = detect.read(
        [
            "Reassurance Is Not a Strategy",
            "Eleanor Vasquez and Kang Do-hyun*",
            ARGUMENT,
            "I. The View from Seoul",
            ARGUMENT,
            ARGUMENT,
            "II. The View from Washington",
            ARGUMENT,
            "III. A Shared Agenda",
            ARGUMENT,
            "Eleanor Vasquez is a senior fellow at the Halvorsen Center for Defense Studies in Washington, D.C. Kang Do-hyun is a"
            " research fellow at the Korea Forum for Strategic Studies in Seoul.",
            "* The authors drafted this essay together, but Section I was written by Kang Do-hyun and Section II by Eleanor Vasquez."
            " The introduction and Section III were written jointly.",
        ]
    )
    signed = signed_by(reading)
    assert signed[4] == signed[5] == ["Kang Do-hyun"] and signed[7] == ["Eleanor Vasquez"]
    assert sorted(signed[2]) == sorted(signed[9]) == ["Eleanor Vasquez", "Kang Do-hyun"]
    posts = {p.name: p.affiliation for p in reading.people}
    assert posts["Eleanor Vasquez"].startswith("senior fellow at the Halvorsen Center for Defense Studies in Washington, D.C")
    assert posts["Kang Do-hyun"] == "research fellow at the Korea Forum for Strategic Studies in Seoul" and reading.roles[11] == "notes"


def test_a_post_signed_with_a_handle_the_bio_unmasks() -> None:
    """'panmunjom_observer' under the dek, and 'About the author: panmunjom_observer is the pen name of Mats Engman, …' under
    the post: the handle is his byline."""
    reading = detect.read(
        [
            "The hotline is dead. Now what?",
            "panmunjom_observer",
            "Nov 27, 2023",
            ARGUMENT,
            ARGUMENT,
            "About the author: panmunjom_observer is the pen name of Mats Engman, a retired Swedish major general. He is a senior"
            " fellow at the Institute for Security and Development Policy.",
        ]
    )
    assert reading.roles[1] == "byline" and signed_by(reading)[3] == ["Mats Engman"]


def test_a_letter_with_no_salutation_signed_in_capitals_then_the_writer_s_reply() -> None:
    """A letter that opens on its argument, no 'Dear …', signed 'INGRID FALK-HOLMBERG' / 'Uppsala', the paper's line on her,
    then 'Sangsoo Lee responds:': the letter is hers, the reply his."""
    reading = detect.read(
        [
            "LETTERS TO THE EDITOR",
            "Engagement with Pyongyang needs leverage, not just goodwill",
            "Thursday, May 9, 2019",
            ARGUMENT,
            ARGUMENT,
            "INGRID FALK-HOLMBERG\nUppsala",
            "The writer served as a Swedish diplomat in Seoul and Beijing between 1996 and 2011.",
            "Sangsoo Lee responds:",
            ARGUMENT,
        ]
    )
    signed = signed_by(reading)
    assert reading.roles[5] == "byline" and signed[3] == signed[4] == ["Ingrid Falk-Holmberg"] and signed[8] == ["Sangsoo Lee"]


@pytest.mark.parametrize(
    "quote",
    [
        "'Verified by inspectors on the ground, the freeze has to come first'",  # straight single quotes
        "“The freeze has to come first and it has to be verified by inspectors on the ground” — Walter Brandvold",  # its speaker under it
    ],
)
def test_a_pull_quote_set_between_paragraphs(quote: str) -> None:
    argued = ARGUMENT.replace("The freeze", "Verified by inspectors on the ground, the freeze has to come first. The freeze", 1)
    reading = detect.read(["The freeze comes first", "By Walter Brandvold", argued, ARGUMENT, ARGUMENT, quote, ARGUMENT, ARGUMENT])
    assert reading.roles[5] == "boilerplate"


def test_a_byline_s_post_with_the_date_run_onto_it() -> None:
    """'Maj. Gen. (ret.) Mats Engman' / 'Senior Fellow, …, Stockholm | 21 March 2023': his post, and the day it came out."""
    reading = detect.read(
        [
            "Managing the Armistice",
            "Maj. Gen. (ret.) Mats Engman\nSenior Fellow, Institute for Security and Development Policy, Stockholm | 21 March 2023",
            ARGUMENT,
        ]
    )
    assert reading.date == ("2023-03-21", "21 March 2023")
    assert [(p.name, p.affiliation) for p in reading.people] == [("Mats Engman", "Senior Fellow, Institute for Security and Development Policy, Stockholm")]


def test_four_co_authors_bios_in_one_sentence_split_by_semicolons() -> None:
    reading = detect.read(
        [
            "What Europe has at stake in Korea",
            "By Mats Engberg, Yuna Choi, Daniel Reinholt and Akiko Fujisawa",
            ARGUMENT,
            ARGUMENT,
            "Mats Engberg is a senior policy fellow at the Nordic-Asia Policy Forum in Stockholm; Yuna Choi is a research associate at"
            " the Forum's Seoul office; Daniel Reinholt is an associate fellow at the Forum; and Akiko Fujisawa is a visiting fellow at"
            " the Forum from the University of Tsukuba.",
        ]
    )
    assert [(p.name, p.affiliation) for p in reading.people] == [
        ("Mats Engberg", "senior policy fellow at the Nordic-Asia Policy Forum in Stockholm"),
        ("Yuna Choi", "research associate at the Forum's Seoul office"),
        ("Daniel Reinholt", "associate fellow at the Forum"),
        ("Akiko Fujisawa", "visiting fellow at the Forum from the University of Tsukuba"),
    ]


def test_a_saved_page_whose_writer_only_its_title_and_address_name() -> None:
    """'Kim Buries Unification. Seoul Shouldn't Follow. | Tomasz Wierzbicki | The Parallel Notebook' over the page's address
    '…/tomasz-wierzbicki-kim-buries-unification/' and no byline: the title and the address both name him, so the post is his."""
    reading = detect.read(
        [
            "Kim Buries Unification. Seoul Shouldn't Follow. | Tomasz Wierzbicki | The Parallel Notebook",
            "https://parallelnotebook.blog/2024/01/20/tomasz-wierzbicki-kim-buries-unification/",
            "The Parallel Notebook\nNotes on the two Koreas, irregularly\nHome   About   Archive   Subscribe",
            "Posted on January 20, 2024 in Inter-Korean, Unification",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[0] == "title" and signed_by(reading)[4] == signed_by(reading)[5] == ["Tomasz Wierzbicki"]


def test_a_plain_text_newsletter_s_link_targets_in_angle_brackets() -> None:
    """'By Marcus Heyward <https://links.…>' under 'THE PENINSULA LEDGER' / its tagline / 'Issue No. 112': his byline, the
    masthead a label, and the links inside the argument no part of its words' reading."""
    reading = detect.read(
        [
            "View this email in your browser <https://us14.campaign-archive.com/?e=8f2c1d>",
            "THE PENINSULA LEDGER\nNotes on the two Koreas, every Thursday\nIssue No. 112",
            "Thursday, October 12, 2023",
            "Sanctions are leaking. Here’s what to do about it.",
            "By Marcus Heyward <https://links.peninsulaledger.com/ls/click?upn=u001.Gk7hQ2>",
            ARGUMENT.replace("inspectors", "inspectors\n<https://links.peninsulaledger.com/ls/click?upn=u001.Rq8sN4>\n"),
            ARGUMENT,
        ]
    )
    assert reading.roles[1:5] == ["label", "dateline", "title", "byline"] and signed_by(reading)[5] == ["Marcus Heyward"]


def test_a_roundup_of_quick_takes_each_signed_by_name_and_post_under_it() -> None:
    """'Experts react': each take under its own heading, its writer's name over their post under it; the last one signed
    over the page's further reading. Each take is the one who signs under it, not the next."""
    reading = detect.read(
        [
            "EXPERTS REACT",
            "Experts react: What the Putin–Kim defense pact means for the peninsula",
            "June 20, 2024 • 11 min",
            "Vladimir Putin's first visit to Pyongyang in twenty-four years ended with a treaty. We asked our experts what it means.",
            "Jump to an expert reaction: Mats Engman · Lee Sang-hoon · Marta Kowalczyk",
            "The armistice just lost its last guarantor",
            ARGUMENT,
            "Mats Engman\nDistinguished Fellow, Institute for Security and Development Policy",
            "Moscow is selling what it once refused to sell",
            ARGUMENT,
            "Lee Sang-hoon\nDirector, Center for Russian and Eurasian Studies, Korea Institute for Strategic Affairs",
            "Nobody is counting anymore",
            ARGUMENT,
            ARGUMENT,
            "Marta Kowalczyk\nNonresident Senior Fellow, Economic Statecraft Initiative, Lattimore Council on World Affairs",
            "Further reading\nKim Jong Un's “two hostile states” doctrine, explained\nWhat the Panel of Experts found",
        ]
    )
    signed = signed_by(reading)
    assert reading.roles[4] == "boilerplate" and [reading.roles[i] for i in (7, 10, 14)] == ["byline"] * 3
    assert signed[6] == ["Mats Engman"] and signed[9] == ["Lee Sang-hoon"] and signed[12] == signed[13] == ["Marta Kowalczyk"]


def test_a_letter_whose_dek_names_its_three_writers() -> None:
    """'… quiet channels matter most when summits fail, write Niklas Swanström, Sangsoo Lee and Mats Engman' over a letter
    with no byline: all three write it."""
    reading = detect.read(
        [
            "Letters",
            "Keep the door to Pyongyang open after Hanoi",
            "Sweden's long presence at Panmunjom shows that quiet channels matter\nmost when summits fail, write Niklas Swanström,"
            " Sangsoo Lee and Mats\nEngman",
            "Wed 12 Jun 2019 17.45 BST",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert sorted(signed_by(reading)[4]) == ["Mats Engman", "Niklas Swanström", "Sangsoo Lee"]


def test_a_consensus_statement_signed_by_its_endorsers_and_not_by_the_one_who_abstained() -> None:
    """'Endorsed by the following members of the Commission (affiliations are listed for identification only):' over a member
    a line ('Prof. Chun Chae-sung – Seoul National University', a dash before the post) and 'Abstaining: …': the statement is
    the endorsers', the page's note on how the Commission was convened stays the page's, the abstainer writes nothing."""
    reading = detect.read(
        [
            "Peace First, Not Peace Last: A Consensus Statement on the Korean Peninsula",
            "Oslo and Seoul, 9 November 2023",
            "The Independent Commission on a Korean Peace Regime was convened by the Halvorsen Foundation in 2022 and brings together"
            " former officials, retired officers and scholars from five countries.",
            ARGUMENT,
            ARGUMENT,
            "Endorsed by the following members of the Commission (affiliations are listed for identification only):\n"
            "Ingrid Solheim, Co-Chair – former State Secretary, Norwegian Ministry of Foreign Affairs\n"
            "Prof. Chun Chae-sung – Seoul National University\n"
            "Gen. (ret.) Walter P. Hastings – former Deputy Commander, United Nations Command\n"
            "Abstaining: Amb. (ret.) Richard Conlan*",
        ]
    )
    signed = signed_by(reading)
    assert reading.roles[2:6] == ["introduction", "body", "body", "byline"]
    assert signed[3] == ["Ingrid Solheim", "Chun Chae-sung", "Walter P. Hastings"] and "Richard Conlan" not in writers(reading)


def test_a_newsletter_signed_in_its_e_mail_signature_block() -> None:
    """'Best regards,' / 'Daniel Okafor-Reyes' / 'Senior Analyst, … | Meridian Peninsula Advisory' / 'Washington, DC' / 'T +1 …'
    under a note no byline signs: his, with his post."""
    reading = detect.read(
        [
            "PENINSULA RISK NOTES\nIssue No. 41",
            "Tuesday, 7 May 2024",
            ARGUMENT,
            ARGUMENT,
            "Best regards,\nDaniel Okafor-Reyes\nSenior Analyst, Northeast Asia | Meridian Peninsula Advisory\nWashington, DC\nT +1 202 555 0147",
            "This message and any attachments are confidential and intended solely for the addressee.",
        ]
    )
    assert reading.roles[4:] == ["byline", "disclaimer"] and signed_by(reading)[2] == signed_by(reading)[3] == ["Daniel Okafor-Reyes"]
    assert [(p.name, p.affiliation) for p in reading.people] == [("Daniel Okafor-Reyes", "Senior Analyst, Northeast Asia | Meridian Peninsula Advisory")]


def test_a_column_under_a_pen_name_with_the_writer_s_name_in_brackets() -> None:
    """'By Old Tumen Hand (Min Jae-hoon)', and 'Old Tumen Hand is the pen name of a columnist who …' under the column: the
    column is Min Jae-hoon's, the note his bio."""
    reading = detect.read(
        [
            "The leaky border: why squeezing harder won't work",
            "By Old Tumen Hand (Min Jae-hoon)",
            ARGUMENT,
            ARGUMENT,
            "Old Tumen Hand is the pen name of a columnist who has reported from the China–North Korea border since 2003.",
        ]
    )
    assert signed_by(reading)[2] == ["Min Jae-hoon"] and reading.roles[4] == "author_bio"


def test_a_social_profile_s_handle_is_no_post() -> None:
    """'Niklas Swanström' / '@N_Swanstrom' / 'Follow' / 'Director of …' under a post: the handle is no affiliation."""
    reading = detect.read(
        [
            "Post",
            "Niklas Swanström @N_Swanstrom",
            "Six years after Singapore, Korean diplomacy needs plumbing, not summits",
            ARGUMENT,
            ARGUMENT,
            "9:14 AM · Jun 12, 2024\n·\n48.2K\nViews",
            "Post your reply\nReply",
            "Niklas Swanström\n@N_Swanstrom\n·\nJun 12",
            ARGUMENT,
            "3\n17\n64",
            "Relevant people",
            "Niklas Swanström\n@N_Swanstrom\nFollow\nDirector of the Institute for Security and Development Policy (ISDP), Stockholm.",
        ]
    )
    assert signed_by(reading)[3] == ["Niklas Swanström"] and "@" not in reading.people[0].affiliation


def test_a_joint_statement_signed_a_director_a_line_in_a_file_of_one_paragraph_a_line() -> None:
    """A statement whose signers each stand on a line, and so a paragraph, of their own under it ('Niklas Swanström, Director,
    …'), no byline over it: the statement is all of theirs, the page's note on who issues it the page's, each line its signer's."""
    reading = detect.read(
        [
            "Seventy Years Without Peace: A Joint Statement on the Anniversary of the Armistice",
            "Stockholm, Oslo, Geneva, Seoul and Ulaanbaatar, 27 July 2023",
            "The following statement is issued jointly by the five member institutes of the network, signed by their directors.",
            ARGUMENT,
            ARGUMENT,
            "Niklas Swanström, Director, Institute for Security and Development Policy (ISDP), Stockholm",
            "Ingrid Solbakken, Director, Oslo Centre for Peace and Security Studies",
            "Kang Tae-ho, Director, Korea Peace Forum, Seoul",
            "Download this statement (PDF, 212 KB) | 한국어 | Svenska",
        ]
    )
    signed = signed_by(reading)
    assert reading.date == ("2023-07-27", "27 July 2023") and reading.roles[2] == "introduction" and reading.roles[5:8] == ["byline"] * 3
    assert signed[3] == ["Niklas Swanström", "Ingrid Solbakken", "Kang Tae-ho"] and signed[6] == ["Ingrid Solbakken"]


def test_a_forum_s_contributions_each_headed_by_a_number_a_name_and_the_question_taken_up() -> None:
    """'1. Mats Engman' / 'Can the armistice machinery carry a peace process?' over his contribution, '2. Yoon Da-hae' / 'Why
    should Seoul move first?' over hers: each contribution its writer's, the editors' question over them the page's."""
    reading = detect.read(
        [
            "FORUM",
            "Is It Time for an End-of-War Declaration?",
            "October 5, 2021",
            "President Moon has again asked the United Nations to back a declaration ending the war. We asked two contributors.",
            "1. Mats Engman\nCan the armistice machinery carry a peace process?",
            ARGUMENT,
            ARGUMENT,
            "2. Yoon Da-hae\nWhy should Seoul move first?",
            ARGUMENT,
            "Previous Forum: Can Sanctions Survive the Pandemic?",
        ]
    )
    signed = signed_by(reading)
    assert [reading.roles[i] for i in (4, 7, 9)] == ["byline", "byline", "boilerplate"]
    assert signed[5] == signed[6] == ["Mats Engman"] and signed[8] == ["Yoon Da-hae"]


def test_two_writers_bylined_together_then_taking_turns_under_their_surnames() -> None:
    """'Mats Engman and Hahm Ji-yeon' over 'ENGMAN: …' and 'HAHM: …' in turn, some of Engman's turns asking her something: their
    exchange, each turn its writer's, neither of them interviewed."""
    reading = detect.read(
        [
            "CROSSTALK",
            "After Hanoi, Can the DMZ Still Lead the Way?",
            "Mats Engman and Hahm Ji-yeon",
            "Posted on 22 April 2019",
            f"ENGMAN: Let me start with something we agree on: {ARGUMENT}",
            f"HAHM: I agree that the implementation was uneven, but {ARGUMENT}",
            "ENGMAN: That is a fair worry, but is it not also true that the agreement has held where it mattered?",
            f"HAHM: Partly. {ARGUMENT}",
            f"ENGMAN: Nobody is disarming. {ARGUMENT}",
            f"HAHM: On that we agree. {ARGUMENT}",
        ]
    )
    signed = signed_by(reading)
    assert reading.roles[4:] == ["body"] * 6
    assert signed[4] == signed[6] == signed[8] == ["Mats Engman"] and signed[5] == signed[7] == signed[9] == ["Hahm Ji-yeon"]


def test_a_desk_s_byline_and_the_writers_its_end_note_names() -> None:
    """'By The Peninsula Desk' over a column whose last paragraph says 'The Peninsula Desk is the Ledger's Korea analysis team.
    This column was written by Daniel Cho and Maren Aalto.': the two write it, the desk's line their byline, the note their bio."""
    paragraphs = [
        "After Hanoi, the smart move is to go smaller",
        "By The Peninsula Desk",
        "March 8, 2019 at 6:00 a.m. KST",
        ARGUMENT,
        ARGUMENT,
        "The Peninsula Desk is The Seoul Ledger’s Korea analysis team. This column was written by Daniel Cho and Maren Aalto.",
    ]
    named = detect.named_writers(detect.read(paragraphs), paragraphs)
    assert named is not None and named[0] == ("Daniel Cho", "Maren Aalto")
    reading = detect.read(paragraphs, default_signers=named[0])
    assert reading.roles[1] == "byline" and reading.roles[5] == "author_bio"
    assert signed_by(reading)[1] == signed_by(reading)[3] == signed_by(reading)[4] == ["Daniel Cho", "Maren Aalto"]


def test_a_newsletter_s_guest_author_label_and_its_host_s_note_signed_with_a_first_name() -> None:
    """'Guest author' over the guest's name, then the host's '… So I asked Mats Engman … to write for us. — Alex': the label, and
    the host's introduction, no part of the guest's essay."""
    reading = detect.read(
        [
            "Seventy years of an armistice nobody expected to last",
            "What the neutral supervisors at Panmunjom can teach us about building a peace regime",
            "Guest author",
            "Maj. Gen. (ret.) Mats Engman",
            "Jul 27, 2023",
            "Friends, today marks seventy years since the guns fell silent in Korea. So I asked Mats Engman, who spent years at"
            " Panmunjom, to write for us about what the armistice has been and what might one day replace it. — Alex",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[2] == "label" and reading.roles[5] == "introduction" and signed_by(reading)[5] == []
    assert signed_by(reading)[6] == signed_by(reading)[7] == ["Mats Engman"]


def test_a_guest_s_own_first_paragraph_signed_with_his_name_is_his() -> None:
    """The paragraph under his byline that ends '— Mats' is his own, whatever it says of him: no host's note."""
    reading = detect.read(["A note from Panmunjom", "By Mats Engman", f"I write as Mats Engman, once at Panmunjom. {ARGUMENT} — Mats", ARGUMENT])
    assert reading.roles[2] == "body" and signed_by(reading)[2] == ["Mats Engman"]


def test_a_board_member_s_dissent_under_the_board_s_editorial_is_his() -> None:
    """'Editorial board member Marcus Feld writes:' under the board's editorial: his part to the end, with his post; the line
    'Editorials are the opinion of the … editorial board …' says who the board is."""
    reading = detect.read(
        [
            "In Hanoi, settle for a freeze -- and make it stick",
            "By the Puget Sound Ledger Editorial Board",
            ARGUMENT,
            ARGUMENT,
            "A DISSENTING VIEW",
            "Editorial board member Marcus Feld writes:",
            ARGUMENT,
            ARGUMENT,
            "Editorials are the opinion of the Puget Sound Ledger editorial board, which operates independently of the newsroom.",
        ]
    )
    board = signed_by(reading)[2]
    assert board == signed_by(reading)[3] == ["The Puget Sound Ledger Editorial Board"]
    assert reading.roles[5] == "byline" and signed_by(reading)[6] == signed_by(reading)[7] == ["Marcus Feld"]
    assert reading.roles[8] == "author_bio" and reading.people[writers(reading)["Marcus Feld"]].affiliation == "Editorial board member"


def test_a_column_s_running_head_names_its_writer() -> None:
    """'ON THE PARALLEL' / 'WITH LEE SANG-HOON' over the headline: the column's name, and its writer."""
    reading = detect.read(
        [
            "ON THE PARALLEL",
            "WITH LEE SANG-HOON",
            "Seoul should stop waiting for Washington on the end-of-war declaration",
            "Published : Oct. 14, 2021 - 17:32",
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1] == "byline" and signed_by(reading)[4] == ["Lee Sang-hoon"]


def test_a_chapter_s_note_says_which_co_author_is_responsible_for_which_sections() -> None:
    """'* Sections 1 and 5 were written jointly. Chun Chaesung is responsible for section 2, and Marta Kowalczyk for sections
    3 and 4.' under a chapter by both, its headings numbered without a stop ('2  The armistice …'): each section its writer's."""
    reading = detect.read(
        [
            "From Armistice to Peace Regime",
            "Chun Chaesung and Marta Kowalczyk*",
            "1  Introduction",
            ARGUMENT,
            "* Sections 1 and 5 were written jointly. Chun Chaesung is responsible for section 2, and Marta Kowalczyk for sections 3 and 4.",
            "2  The armistice as an unfinished settlement",
            ARGUMENT,
            "3  Verification before declaration",
            ARGUMENT,
            "4  Sanctions and sequencing",
            ARGUMENT,
            "5  Conclusion",
            ARGUMENT,
        ]
    )
    assert reading.roles[4] == "notes"
    assert signed_by(reading)[3] == signed_by(reading)[12] == ["Chun Chaesung", "Marta Kowalczyk"]
    assert signed_by(reading)[6] == ["Chun Chaesung"] and signed_by(reading)[8] == signed_by(reading)[10] == ["Marta Kowalczyk"]


def test_a_task_force_s_co_chairs_sign_its_report_not_its_director_or_members() -> None:
    """'Co-Chairs' over their names signs the report; 'Project Director' over his name and 'Task Force Members' over theirs,
    under them, are credits; 'About the Co-Chairs' heads their bios."""
    reading = detect.read(
        [
            "Keeping the Door Open: Deterrence, Diplomacy and the Korean Armistice",
            "Co-Chairs\nMaj. Gen. (ret.) Mats Engman\nAmbassador Helen Castellano",
            "Project Director\nDaniel Whitcombe",
            "Stockholm, 15 March 2022",
            "Task Force Members\nAna Bergqvist, Swedish Institute of International Affairs\nKatarina Holm, Uppsala University",
            ARGUMENT,
            ARGUMENT,
            "About the Co-Chairs",
            "Mats Engman is a retired Major General of the Swedish Armed Forces.",
        ]
    )
    assert reading.roles[1:5] == ["byline", "credit", "dateline", "credit"]
    assert signed_by(reading)[5] == signed_by(reading)[6] == ["Mats Engman", "Helen Castellano"]
    assert reading.roles[7] == reading.roles[8] == "author_bio"


def test_an_institution_s_byline_over_a_paper_its_standfirst_gives_two_writers() -> None:
    """'By the Lowmead Centre for Indo-Pacific Strategy' over 'In this paper, Dr Amara Quilliam and Dr Baek Jun-ho argue …': the
    two write it (their bios under it say who they are), and the centre's line is their byline."""
    reading = detect.read(
        [
            "Guarantees Before Warheads: Rethinking Security Assurances on the Korean Peninsula",
            "By the Lowmead Centre for Indo-Pacific Strategy",
            "Canberra, 14 September 2021",
            "In this paper, Dr Amara Quilliam and Dr Baek Jun-ho argue that the stalled nuclear diplomacy with North Korea has been"
            " organised around the wrong question.",
            "1. Introduction",
            ARGUMENT,
            ARGUMENT,
            "About the authors",
            "Dr Amara Quilliam is a Senior Research Fellow in the Korea Programme at the Lowmead Centre for Indo-Pacific Strategy.",
            "Dr Baek Jun-ho is a Visiting Fellow at the Lowmead Centre for Indo-Pacific Strategy.",
        ]
    )
    assert reading.roles[1] == "byline" and signed_by(reading)[1] == signed_by(reading)[5] == ["Amara Quilliam", "Baek Jun-ho"]


def test_a_korean_daily_s_signature_in_angle_brackets_under_the_column() -> None:
    reading = detect.read(
        [
            "[Column] Not peace 'after' denuclearization, but peace 'with' denuclearization",
            "Chun Jae-sung, Professor, Department of Political Science and International Relations, Seoul National University",
            ARGUMENT,
            ARGUMENT,
            "<Chun Jae-sung / Professor, Department of Political Science and International Relations, Seoul National University>",
            "Copyright © Hanbit Ilbo. Unauthorized reproduction and redistribution prohibited",
        ]
    )
    assert reading.roles[4] == "byline" and signed_by(reading)[4] == signed_by(reading)[3] == ["Chun Jae-sung"]


def test_a_research_team_s_byline_and_the_members_its_foot_credits_as_authors() -> None:
    """'By the Kestrel Korea Program Research Team' over the text, 'About the team' under it, each member a line with a part:
    'Lead author; …' and 'Co-author; …' write it (their lines their bios), 'Senior Editor. Editing …' is a credit."""
    paragraphs = [
        "A Cap Before a Cut: The Case for a Verifiable Freeze",
        "By the Kestrel Korea Program Research Team",
        "September 8, 2022",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
        "About the team\nThis commentary was written by members of the Kestrel Institute’s Korea Program. Team members and their roles:",
        "Dr. Anneliese Park — Director, Korea Program. Lead author; overall argument and negotiating strategy.",
        "Kim Do-hyun — Senior Analyst, Korea Program. Co-author; verification and fuel-cycle sections.",
        "Maren Vik — Senior Editor. Editing and fact-checking.",
        "Tomás Reyes — Data Visualization Specialist. Charts and maps.",
    ]
    team = detect.named_writers(detect.read(paragraphs), paragraphs)  # as `korea add` reads it: the team's line names its writer
    assert team is not None
    reading = detect.read(paragraphs, default_signers=team[0])
    assert signed_by(reading)[1] == signed_by(reading)[3] == signed_by(reading)[6] == ["Anneliese Park", "Kim Do-hyun"]
    assert reading.roles[7:] == ["author_bio", "author_bio", "author_bio", "credit", "credit"]
    assert reading.people[writers(reading)["Kim Do-hyun"]].affiliation == "Senior Analyst, Korea Program"


def test_a_debate_s_sides_each_under_for_or_against_the_motion_with_its_statement_and_rebuttal() -> None:
    """'FOR THE MOTION' over her name and post, then 'Opening statement' and 'Rebuttal' over her parts; the same for the other
    side: each side's headings are headings (not a page's running heads, for coming twice), and the parts under them hers."""
    reading = detect.read(
        [
            "Should Washington Declare the Korean War Over Before Pyongyang Disarms?",
            "May 17, 2021",
            "Moderated and edited by Grace Youn",
            "Nearly seven decades after the 1953 Armistice, the Korean War has still not formally ended. Two specialists take"
            " opposite sides on an end-of-war declaration; each wrote an opening statement, then read the other's and replied.",
            'The motion: "The United States should join an end-of-war declaration now."',
            "FOR THE MOTION\nRebecca Aldana\nSenior Fellow, Carrow Center for Diplomacy, Washington",
            "Opening statement",
            f"{ARGUMENT} A declaration is a beginning.",
            "Rebuttal",
            f"{ARGUMENT} Leverage unspent is decoration.",
            "AGAINST THE MOTION\nPark Jun-young\nProfessor of International Security, Hannam Graduate School of Strategic Studies",
            "Opening statement",
            f"{ARGUMENT} The alliance would pay the price.",
            "Rebuttal",
            f"{ARGUMENT} Pyongyang showed little interest.",
            "Peninsula Quarterly publishes debates to inform readers, not to endorse either side.",
        ]
    )
    assert [reading.roles[i] for i in (5, 6, 8, 10, 11, 13, 15)] == ["byline", "subtitle", "subtitle", "byline", "subtitle", "subtitle", "disclaimer"]
    assert signed_by(reading)[7] == signed_by(reading)[9] == ["Rebecca Aldana"] and signed_by(reading)[12] == signed_by(reading)[14] == ["Park Jun-young"]


def test_an_open_letter_s_drafters_sign_it_and_its_signatories_lists_are_credits() -> None:
    reading = detect.read(
        [
            "An Open Letter: Replace the Armistice with a Peace Regime",
            ARGUMENT,
            ARGUMENT,
            "DRAFTING COMMITTEE\nMargaret Ellison, Professor Emerita of History, Carlisle College\nRev. Choi Young-hee, General Secretary,"
            " Hanul Ecumenical Peace Council, Seoul",
            "SIGNATORIES",
            "Scholars and former officials\nAhn Byung-chul, Professor of Sociology, Chonbuk Regional University\nLaura Bettencourt, former"
            " Deputy Assistant Secretary of State (ret.)\nColin Ashdown, Lecturer in Korean Studies, Loughmore University",
        ]
    )
    assert reading.roles[3] == "byline" and reading.roles[5] == "credit"
    assert signed_by(reading)[1] == signed_by(reading)[2] == ["Margaret Ellison", "Choi Young-hee"]


def test_a_symposium_s_editor_s_introduction_signed_by_the_editor_is_its_framing() -> None:
    """'Editor’s introduction' over the editor's paragraphs, signed '— Thomas Wendt, Editor', then four contributions each signed
    by its writer: the editor's paragraphs present them (an introduction), his signature a credit."""
    reading = detect.read(
        [
            "After Hanoi: Is a “Small Deal” Still Possible?",
            "Editor’s introduction",
            "When the two leaders left Hanoi without signing anything, the diplomacy that began in Singapore lost its momentum.",
            "We asked three contributors to answer one question in a few hundred words: is an interim agreement still possible?",
            "— Thomas Wendt, Editor",
            "Talk to the soldiers first",
            ARGUMENT,
            "— Mats Engman, Major General (ret.), Institute for Security and Development Policy",
            "Small deals need big politics",
            ARGUMENT,
            "— Kim Yoo-jin, Professor, Seoul Institute of International Studies",
            "Beijing will not wait",
            ARGUMENT,
            "— Zhang Lin, Senior Fellow, Shanghai Institute for East Asian Studies",
        ]
    )
    assert reading.roles[2:5] == ["introduction", "introduction", "credit"] and "Thomas Wendt" not in writers(reading)
    assert signed_by(reading)[6] == ["Mats Engman"] and signed_by(reading)[9] == ["Kim Yoo-jin"]


def test_a_reply_bylined_with_responds_under_an_editor_s_line_presenting_it() -> None:
    """'Maj. Gen. (ret.) Mats Engman responds' under the headline, then the site's 'Earlier this month Gregory Vance argued …
    Here a former head of the Swedish delegation … replies.': his byline, and the site's framing."""
    reading = detect.read(
        [
            "Don’t Retire the Armistice Before You Have Something to Replace It",
            "Maj. Gen. (ret.) Mats Engman responds",
            "18 November 2021",
            "Earlier this month Gregory Vance argued on this site that the Armistice has outlived its purpose. Here a former head of"
            " the Swedish delegation to the Neutral Nations Supervisory Commission replies.",
            ARGUMENT,
            ARGUMENT,
            ARGUMENT,
        ]
    )
    assert reading.roles[1] == "byline" and reading.roles[3] == "introduction" and signed_by(reading)[4] == ["Mats Engman"]


def test_a_posthumous_column_s_bio_gives_its_writer_s_years() -> None:
    reading = detect.read(
        [
            "The Six-Party Talks Taught Us One Thing",
            "By Walter E. Haldane",
            f"Editor's note: Walter E. Haldane died in December. This is the last column he filed. {ARGUMENT}",
            ARGUMENT,
            ARGUMENT,
            "Walter E. Haldane (1942–2023) was a career Foreign Service officer who served in Seoul, Beijing and Tokyo.",
        ]
    )
    assert reading.roles[5] == "author_bio" and signed_by(reading)[5] == ["Walter E. Haldane"]


def test_a_column_s_headline_naming_its_writer_first_under_its_label() -> None:
    """'[Column]' over 'Chun Chaesung: Seventy years on, a peace regime needs a new grammar', no byline: the columnist is the
    one the headline names first, with a note."""
    paragraphs = [
        "Home > Opinion > Viewpoints",
        "[Column]",
        "Chun Chaesung: Seventy years on, a peace regime needs a new grammar",
        ARGUMENT,
        ARGUMENT,
        ARGUMENT,
    ]
    named = detect.named_writers(detect.read(paragraphs), paragraphs)
    assert named is not None and named[0] == ("Chun Chaesung",)
    plain_headline = ["Opinion", "Chun Chaesung: the man who wrote the roadmap", ARGUMENT, ARGUMENT, ARGUMENT]
    assert detect.named_writers(detect.read(plain_headline), plain_headline) is None  # no column's label: a profile's headline


def test_a_byline_s_slip_of_the_keys_corrected_by_the_bio() -> None:
    """'By Mats Egnman' over a text whose bio says 'Mats Engman is a retired Major General …': one writer, the bio's spelling."""
    reading = detect.read(
        ["The armistice is fraying", "By Mats Egnman", ARGUMENT, ARGUMENT, "Mats Engman is a retired Major General of the Swedish Armed Forces."]
    )
    assert list(writers(reading)) == ["Mats Engman"] and reading.roles[4] == "author_bio" and signed_by(reading)[2] == ["Mats Engman"]
    other = detect.read(["The armistice is fraying", "By Mats Engman", ARGUMENT, ARGUMENT, "Mats Ingman is a retired Major General."])
    assert list(writers(other)) == ["Mats Engman"]  # a different letter in a short name: no slip read into it


def test_a_video_s_description_names_its_presenter_in_an_about_me_bio() -> None:
    """A video's page with no byline, its description's 'About me: Minji Seo is a nonresident fellow …': she presents it."""
    paragraphs = [
        "Is it time to stop demanding that North Korea denuclearize?",
        "Korea Desk\n48.2K subscribers\nSubscribe",
        "About me: Minji Seo is a nonresident fellow at the Harborview Center for Asian Security.",
        ARGUMENT,
        ARGUMENT,
    ]
    named = detect.named_writers(detect.read(paragraphs), paragraphs)
    assert named is not None and named[0] == ("Minji Seo",)


def test_the_author_named_in_the_first_line_of_the_text_signs_it() -> None:
    """'The author is Oh Min-seo, a professor …' in italics as the text's first line, no byline: hers, and the line her bio."""
    paragraphs = [
        "Opinion",
        "A freeze is where talks begin, not where they end",
        "Published: 2023-11-08 19:12",
        "The author is Oh Min-seo, a professor of diplomacy at Hanbit University and a former adviser to the Unification Ministry.",
        ARGUMENT,
        ARGUMENT.replace("The freeze", "A freeze"),
    ]
    named = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert named is not None and named[0] == "Oh Min-seo"
    reading = detect.read(paragraphs, default_signers=[named[0]])
    assert reading.roles[3:] == ["author_bio", "body", "body"] and signed_by(reading)[4:] == [["Oh Min-seo"], ["Oh Min-seo"]]


def test_the_writer_is_a_pharmacist_names_no_one() -> None:
    paragraphs = ["A letter on the freeze", ARGUMENT, ARGUMENT, "The writer is a retired pharmacist, who lived in Busan for thirty years."]
    assert detect.named_writer(detect.read(paragraphs), paragraphs) is None


def test_an_exchange_in_writing_each_contribution_led_by_its_writer_s_initial() -> None:
    """'Kim Hyun-woo and Mats Engman' over an exchange whose contributions open 'K.:' and 'M.:': each the writer whose name
    alone has a word of that initial (Kim's surname, Mats's given name); the editors' framing, which says so, theirs."""
    reading = detect.read(
        [
            "Two views on a peace declaration",
            "Oh Ha-neul and Birgit Lund",
            "In this issue we asked two writers to debate the declaration in writing. Each contribution is marked with the writer's"
            " initial, and the exchange has been lightly edited for length.",
            f"O.: Let me begin with what the declaration is. {ARGUMENT}",
            f"B.: I see it from Panmunjom instead. {ARGUMENT}",
            f"O.: The drafts I have seen answer that. {ARGUMENT}",
            "And the legal structure has proved more resilient than its defenders assume, which is why I am not worried about it.",
            f"B.: That resilience is what I do not want to test. {ARGUMENT}",
            "About the authors\nOh Ha-neul is a research fellow at the Hangang Institute. Birgit Lund is a retired Swedish general.",
        ]
    )
    assert reading.roles[2] == "introduction"
    assert signed_by(reading)[3:8] == [["Oh Ha-neul"], ["Birgit Lund"], ["Oh Ha-neul"], ["Oh Ha-neul"], ["Birgit Lund"]]


def test_initials_that_two_writers_names_share_say_nothing() -> None:
    """'B.:' could be Birgit Lund or Ban Ji-ho: the contributions stay the two writers' together."""
    reading = detect.read(
        [
            "Two views on a peace declaration",
            "Ban Ji-ho and Birgit Lund",
            f"B.: Let me begin with what the declaration is. {ARGUMENT}",
            f"L.: I see it from Panmunjom instead. {ARGUMENT}",
            f"B.: The drafts I have seen answer that. {ARGUMENT}",
            f"L.: That resilience is what I do not want to test. {ARGUMENT}",
        ]
    )
    assert all(sorted(group) == ["Ban Ji-ho", "Birgit Lund"] for group in signed_by(reading)[2:])


def test_a_rapporteur_s_summary_each_speaker_named_with_a_post_then_by_surname() -> None:
    """A rapporteur's summary: what the meeting was is the report's introduction; each speaker's view is theirs from
    'Ambassador (ret.) …, former …, offered …' or 'Prof. … of …, who …, focused …' to the paragraphs that go on by surname
    ('On sanctions, Strand took …', 'Responding to a question …, Sato argued …'); the rapporteur's own observations hers."""
    reading = detect.read(
        [
            "After Hanoi: what now?",
            "Rapporteur: Ingrid Vik, Junior Fellow, Oslo Asia Centre",
            "On 9 May 2019 the Oslo Asia Centre convened a half-day roundtable on diplomacy with North Korea. The meeting was held on"
            " the record, and the remarks of its three speakers are summarised below.",
            f"Dr. Aiko Sato, Director of the Pacific Security Institute, opened by arguing that {ANSWER_TEXT}.",
            f"Sato also stressed that {ANSWER_TEXT}.",
            f"Prof. Pedro Alves of the University of Lisbon, who chairs its Asia programme, focused on the definitions: {ANSWER_TEXT}.",
            f"Alves was sceptical that relief alone could move Pyongyang, and said that {ANSWER_TEXT}.",
            f"Ambassador (ret.) Helga Strand, former head of the Asia Department at the Norwegian Ministry of Foreign Affairs, offered a"
            f" diplomat's view and argued that {ANSWER_TEXT}.",
            f"On sanctions, Strand took a firmer line than the others: {ANSWER_TEXT}.",
            "Discussion",
            f"Responding to a question from the floor about China, Sato argued that {ANSWER_TEXT}.",
            f"In my assessment, the most promising path lies in combining their views, because {ANSWER_TEXT}.",
        ]
    )
    assert reading.roles[2] == "introduction"
    assert signed_by(reading)[3:9] == [["Aiko Sato"], ["Aiko Sato"], ["Pedro Alves"], ["Pedro Alves"], ["Helga Strand"], ["Helga Strand"]]
    assert signed_by(reading)[10:] == [["Aiko Sato"], ["Ingrid Vik"]]
    posts = {person.name: person.affiliation for person in reading.people}
    assert posts["Helga Strand"] == "former head of the Asia Department at the Norwegian Ministry of Foreign Affairs"
    assert posts["Aiko Sato"] == "Director of the Pacific Security Institute"


def test_an_item_signed_with_initials_a_staff_box_spells_out() -> None:
    """'[M.J.K.]' under a notebook's unsigned-looking item, and the staff box under it: 'M.J.K. – Mun Ji-kyung, Seoul
    correspondent; …'. Hers, the initials her signature and the box her bio with her post."""
    paragraphs = [
        "THE HARBOUR LETTER · ASIA NOTEBOOK",
        "After Hanoi, the case for a smaller deal",
        ARGUMENT,
        ARGUMENT.replace("The freeze", "A freeze"),
        "[M.J.K.]",
        "THE NOTEBOOK STAFF\nUnsigned items are by the editors. Initialled items are by: M.J.K. – Mun Ji-kyung, Seoul correspondent;"
        " T.R.O. – Tobias R. Olsen, Tokyo bureau chief. Editor: Jane Ashby.",
    ]
    named = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert named is not None and named[0] == "Mun Ji-kyung"
    reading = detect.read(paragraphs, default_signers=[named[0]])
    assert reading.roles[4:] == ["byline", "author_bio"] and signed_by(reading)[2:4] == [["Mun Ji-kyung"], ["Mun Ji-kyung"]]
    assert reading.people[0].affiliation == "Seoul correspondent"


def test_initials_the_staff_box_gives_no_one_name_no_writer() -> None:
    paragraphs = ["After Hanoi", ARGUMENT, ARGUMENT, "[M.J.K.]", "Initialled items are by: T.R.O. – Tobias R. Olsen, Tokyo bureau chief."]
    assert detect.named_writer(detect.read(paragraphs), paragraphs) is None


@pytest.mark.parametrize(("footer", "writer"), [("Hyun Ji-ah\tKIPS Brief, May 2022\t{page}", "Hyun Ji-ah"), ("KIPS Brief, May 2022\t{page}", None)])
def test_a_pdf_s_running_footers_name_the_writer_nothing_else_names(footer: str, writer: str | None) -> None:
    """'Hyun Ji-ah    KIPS Brief, May 2022    1' at the foot of two pages and more, no byline: hers, with a note saying how."""
    paragraphs = [
        "Korea Institute for Peace Studies",
        "POLICY BRIEF",
        "No. 41 | May 2, 2022",
        "A Freeze Worth Having",
        ARGUMENT,
        footer.format(page=1),
        ARGUMENT.replace("The freeze", "A freeze"),
        footer.format(page=2),
        ARGUMENT.replace("The freeze", "That freeze"),
        footer.format(page=3),
    ]
    named = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert (named[0] if named else None) == writer


def test_a_forum_post_quoting_an_earlier_one_under_the_thread_s_title() -> None:
    """A forum thread's post: 'Re: <the title>' repeats the title; 'Quote' / 'Dana Whitfield wrote: ↑…' and her words are
    hers, not the poster's; his signature under its rule is his bio."""
    reading = detect.read(
        [
            "Board index ‹ Policy & Strategy ‹ Korean Peninsula",
            "Is a freeze-for-relief deal a sellout?",
            "Re: Is a freeze-for-relief deal a sellout?",
            "by Tomas Havel » Sat Jun 08, 2019 11:14 pm",
            "Quote\nDana Whitfield wrote: ↑Fri Jun 07, 2019 6:02 pm\nA freeze just locks in a nuclear North Korea, and you spend the"
            " leverage that took a decade to build. No relief until they give up the weapons.",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
            "_________________\nTomas Havel — former IAEA safeguards inspector, now a consultant on nonproliferation, Vienna",
            "Powered by phpBB® Forum Software © phpBB Limited",
        ]
    )
    assert reading.roles[:4] == ["boilerplate", "title", "boilerplate", "byline"]
    assert signed_by(reading)[4:7] == [["Dana Whitfield"], ["Tomas Havel"], ["Tomas Havel"]]
    assert reading.roles[7:] == ["author_bio", "boilerplate"]


def test_a_page_copied_from_a_screen_reader_with_its_link_marks() -> None:
    """'link Home', 'By link Sangsoo Lee': a screen reader's copy marks each link; read without the marks, the byline is his."""
    reading = detect.read(
        [
            "link Skip to content\nlink Home\nlink Research\nlink Publications",
            "Commentary",
            "Rebuilding the Guardrails: Why the 2018 Military Agreement Still Matters",
            "By link Sangsoo Lee",
            "December 4, 2023",
            ARGUMENT.replace("verified by inspectors", "verified by link IAEA inspectors"),
            ARGUMENT,
        ]
    )
    assert reading.roles[3] == "byline" and writers(reading) == {"Sangsoo Lee": 0}
    assert signed_by(reading)[5:] == [["Sangsoo Lee"], ["Sangsoo Lee"]]


def test_a_translation_s_byline_the_name_run_into_the_post() -> None:
    """'Jeon Jae-seong Professor, Department of …, Seoul National University' under the headline, as a translation tool runs
    the two lines together: his byline, the post his affiliation."""
    reading = detect.read(
        [
            "Translated from Korean\nShow original\nOptions ▾",
            "[Column] The end-of-war declaration should be the entrance, not the exit",
            "Input 2021.10.05 03:00 Modified 2021.10.05 09:14",
            "Jeon Jae-seong Professor, Department of Political Science and Diplomacy, Seoul National University",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
        ]
    )
    assert reading.roles[:4] == ["boilerplate", "title", "dateline", "byline"]
    assert (reading.people[0].name, reading.people[0].affiliation) == (
        "Jeon Jae-seong",
        "Professor, Department of Political Science and Diplomacy, Seoul National University",
    )


def test_a_headline_naming_a_professor_is_no_byline() -> None:
    roles = detect.read(["Kim Min-jun Professor of Sanctions, and Other Titles He Never Held", "By Ana Ruiz", ARGUMENT, ARGUMENT]).roles
    assert roles[:2] == ["title", "byline"]


def test_a_debate_s_two_sides_each_under_its_writer_s_name_and_yes_or_no() -> None:
    """'Hannah Whitcombe' / 'YES - A capped arsenal is safer …' over her side, 'Lee Sang-hoon' / 'NO - …' over his."""
    reading = detect.read(
        [
            "THE DEBATE",
            "Should Washington and Seoul settle for a nuclear freeze?",
            "Hannah Whitcombe\nYES - A capped arsenal is safer than an uncapped one",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
            "Lee Sang-hoon\nNO - A freeze would lock in the arsenal",
            ARGUMENT.replace("The freeze", "That freeze"),
            ARGUMENT.replace("The freeze", "Any freeze"),
        ]
    )
    assert [reading.roles[i] for i in (2, 5)] == ["byline", "byline"]
    assert signed_by(reading)[3:5] == [["Hannah Whitcombe"]] * 2 and signed_by(reading)[6:] == [["Lee Sang-hoon"]] * 2


def test_a_point_and_its_counterpoint_each_headed_by_its_writer_s_name() -> None:
    reading = detect.read(
        [
            "POINT / COUNTERPOINT",
            "Should the allies trade exercises for a freeze?",
            "POINT",
            "Martin Kessel: Pause the drills, and make Pyongyang pay for it",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
            "COUNTERPOINT",
            "Yoon Hae-rin: A pause would be paid for in Seoul, not Pyongyang",
            ARGUMENT.replace("The freeze", "That freeze"),
            ARGUMENT.replace("The freeze", "Any freeze"),
        ]
    )
    assert signed_by(reading)[4:6] == [["Martin Kessel"]] * 2 and signed_by(reading)[8:] == [["Yoon Hae-rin"]] * 2


@pytest.mark.parametrize(
    ("signature", "writers_"),
    [
        ("Lee Sang-soo (Stockholm, Sweden)", ["Lee Sang-soo"]),  # a letter from abroad
        ("— Lee Sang-soo (Stockholm, Sweden)", ["Lee Sang-soo"]),  # the same, signed under a dash
        ("Grace Hahn-Moreno, Walter Kim and Soo-ah Brennan, Tacoma", ["Grace Hahn-Moreno", "Walter Kim", "Soo-ah Brennan"]),
    ],
)
def test_a_letter_signed_from_abroad_or_by_three_from_one_town(signature: str, writers_: list[str]) -> None:
    reading = detect.read(
        [
            "Letters to the Editor",
            "A peace declaration is where disarmament begins",
            "Regarding Gordon Albee's Aug. 2 op-ed: he is right that North Korea has broken its promises, and wrong about what follows.",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
            signature,
        ]
    )
    assert [person.name for person in reading.people] == writers_
    assert reading.roles[5] == "byline" and signed_by(reading)[3] == writers_


def test_a_column_signed_with_a_pen_name_its_bio_explains() -> None:
    """'Ondal' under the headline, 'Ondal is the pen name of a former South Korean diplomat …' under the text: the column is
    signed with the pen name, the only name its writer gives; a draft says so."""
    paragraphs = [
        "Letters from the 38th",
        "Moscow's Veto and the End of the Sanctions Era",
        "Ondal",
        "Apr 2, 2024",
        ARGUMENT,
        ARGUMENT.replace("The freeze", "A freeze"),
        "Ondal is the pen name of a former South Korean diplomat who served in Beijing and Washington.",
    ]
    named = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert named is not None and named[0] == "Ondal" and "pen name" in named[1]


def test_a_pen_name_over_nothing_it_signs_names_no_writer() -> None:
    paragraphs = ["Moscow's Veto", ARGUMENT, ARGUMENT, "Ondal is the pen name of a former South Korean diplomat."]
    assert detect.named_writer(detect.read(paragraphs), paragraphs) is None


def test_two_writers_signing_under_the_text_a_line_each_with_their_posts() -> None:
    reading = detect.read(
        [
            "COMMENTARY",
            "Europe Has a Role in Korean Peace-Building",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
            "Niklas Swanström, Director, Institute for Security and Development Policy (ISDP), Stockholm\n"
            "Ha-eun Yoon, Senior Researcher, Jeju Centre for Regional Cooperation",
            "The views expressed in this commentary are the authors’ own.",
        ]
    )
    assert {p.name: p.affiliation for p in reading.people} == {
        "Niklas Swanström": "Director, Institute for Security and Development Policy (ISDP), Stockholm",
        "Ha-eun Yoon": "Senior Researcher, Jeju Centre for Regional Cooperation",
    }
    assert reading.roles[4] == "byline" and signed_by(reading)[2:5] == [["Niklas Swanström", "Ha-eun Yoon"]] * 3


def test_a_blog_post_s_later_update_signed_in_brackets_by_a_second_writer() -> None:
    reading = detect.read(
        [
            "It’s Time to Say the Quiet Part Out Loud",
            "by Marcus Webb",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
            "Update, October 14 (Rachel Osei): Since Marcus posted this, North Korea has fired hundreds of artillery rounds into the"
            " maritime buffer zones. I share much of his diagnosis but would put the emphasis differently: the immediate risk is the"
            " collapse of the few safeguards that exist.",
            "Marcus Webb is a nonresident fellow at the Pacific Forum.",
            "Rachel Osei co-edits Parallel Lines and is an associate professor of political science at Westbrook College.",
        ]
    )
    assert signed_by(reading)[2:5] == [["Marcus Webb"], ["Marcus Webb"], ["Rachel Osei"]]
    assert reading.roles[4:7] == ["body", "author_bio", "author_bio"] and signed_by(reading)[6] == ["Rachel Osei"]


def test_a_letters_page_whose_letters_have_headlines_and_signatures_with_posts_or_a_name_withheld() -> None:
    letter = ARGUMENT.replace("The freeze", "Your editorial's freeze")
    reading = detect.read(
        [
            "LETTERS TO THE EDITOR",
            "After Hanoi, what now? Readers weigh in",
            "Walking away was the right call",
            letter,
            "Kim Tae-yeon\nProfessor emeritus of political science,\nChonnam National University, Gwangju",
            "Don't let the Yongbyon offer slip away",
            letter.replace("freeze", "offer"),
            "Lee Sang-hun\nRetired captain, Republic of Korea Navy, Changwon",
            "Families cannot wait for a grand bargain",
            letter.replace("freeze", "bargain"),
            "Min-ji, Incheon\nName and address supplied",
            "Sanctions are working; keep them",
            letter.replace("freeze", "pressure"),
            "Robert Hale\nPyeongtaek",
        ]
    )
    assert [reading.roles[i] for i in (4, 7, 10, 13)] == ["byline"] * 4
    assert [signed_by(reading)[i] for i in (3, 6, 9, 12)] == [["Kim Tae-yeon"], ["Lee Sang-hun"], ["Min-ji"], ["Robert Hale"]]


def test_an_unsigned_editorial_over_a_board_member_s_signed_dissent_is_the_board_s() -> None:
    reading = detect.read(
        [
            "EDITORIAL",
            "Five years after Singapore, time to talk about arms control",
            "Monday, June 12, 2023",
            *(ARGUMENT.replace("The freeze", f"Freeze number {k}") for k in range(5)),
            "Editor's note: The Meridian's editorials reflect the majority view of the editorial board.",
            "A DISSENT: Lowering the bar invites a nuclear Asia",
            "By Dr Aileen Goh\nMember of the Editorial Board",
            ARGUMENT.replace("The freeze", "My freeze"),
            ARGUMENT.replace("The freeze", "Their freeze"),
        ]
    )
    assert signed_by(reading)[3:8] == [["Editorial Board"]] * 5
    assert reading.roles[10] == "byline" and signed_by(reading)[11:] == [["Aileen Goh"]] * 2


@pytest.mark.parametrize(
    ("bios", "writers_"),
    [
        (
            ["Jiwon Kim is a Research Fellow at CNAPS.", "Patrick Oduya is a Visiting Fellow at CNAPS."],
            ["Jiwon Kim", "Patrick Oduya"],
        ),  # in full in their bios
        ([], ["J. Kim", "P. Oduya"]),  # the text gives no more
    ],
)
def test_a_byline_of_surnames_and_initials_names_the_writers_the_text_gives_in_full(bios: list[str], writers_: list[str]) -> None:
    reading = detect.read(["CNAPS Issue Brief No. 2019/14", "Sequencing Sanctions Relief", "Kim, J. and Oduya, P.", ARGUMENT, ARGUMENT, *bios])
    assert reading.roles[2] == "byline" and [person.name for person in reading.people] == writers_
    assert signed_by(reading)[3] == writers_


def test_a_roundtable_s_contributors_named_with_long_posts_over_their_headed_parts_sign_no_letters() -> None:
    reading = detect.read(
        [
            "ROUNDTABLE",
            "Peace First or Denuclearization First? Three Views",
            "When Donald Trump stepped across the Military Demarcation Line, he revived an old question. We asked three contributors to"
            " answer it, each in turn, and each from the vantage point of a different profession and a different capital.",
            "Elena Marchetti\nPartner, Marchetti Aubry Avocats, Geneva",
            "A peace regime is a process, not a document",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
            "James T. Whitford\nColonel (ret.), U.S. Army, Arlington",
            "Don't trade the armistice for a promise",
            ARGUMENT.replace("The freeze", "That freeze"),
            ARGUMENT.replace("The freeze", "Any freeze"),
        ]
    )
    assert signed_by(reading)[5:7] == [["Elena Marchetti"]] * 2 and signed_by(reading)[9:] == [["James T. Whitford"]] * 2


def test_a_working_paper_s_first_writer_et_al_names_every_writer_its_marked_note_gives() -> None:
    reading = detect.read(
        [
            "GCSR Working Paper Series\tWP 2021-07",
            "Enforcement Without Consensus",
            "Chen et al.*",
            "12 April 2021",
            ARGUMENT,
            "* Wei Chen is Senior Researcher at the Geneva Centre for Sanctions Research (GCSR). Hana Yoshida is Associate Professor"
            " at the Tokyo Institute for Regional Security. Lee Sang-yoon is a Research Fellow at the Korea Institute for National"
            " Unification. The authors thank two anonymous reviewers for their comments.",
            ARGUMENT.replace("The freeze", "A freeze"),
        ]
    )
    assert {p.name: p.affiliation for p in reading.people} == {
        "Wei Chen": "Senior Researcher at the Geneva Centre for Sanctions Research (GCSR)",
        "Hana Yoshida": "Associate Professor at the Tokyo Institute for Regional Security",
        "Lee Sang-yoon": "Research Fellow at the Korea Institute for National Unification",
    }
    assert reading.roles[2] == "byline" and reading.roles[5] == "author_bio"
    assert signed_by(reading)[4] == signed_by(reading)[6] == ["Wei Chen", "Hana Yoshida", "Lee Sang-yoon"]


def test_an_exchange_of_letters_headed_sender_to_addressee_over_its_place_and_day_and_a_greeting_alone() -> None:
    reading = detect.read(
        [
            "CORRESPONDENCE",
            "Is It Time to Declare the Korean War Over? An Exchange",
            "Published February 18, 2019",
            "In the run-up to the second summit, The Meridian Quarterly invited two longtime observers of the peninsula to debate a"
            " declaration formally ending the Korean War. Margaret Holloway, a former State Department official, and Sangsoo Lee of"
            " the Institute for Security and Development Policy in Stockholm exchanged the letters below in late January and early"
            " February. They have been lightly edited.",
            "Margaret Holloway to Sangsoo Lee",
            "Washington, January 24, 2019",
            "Dear Sangsoo,",
            *(ARGUMENT.replace("The freeze", f"Her freeze {k}") for k in range(5)),
            "With warm regards,\nMargaret",
            "Sangsoo Lee to Margaret Holloway",
            "Stockholm, February 3, 2019",
            "Dear Margaret,",
            *(ARGUMENT.replace("The freeze", f"His freeze {k}") for k in range(5)),
            "With best wishes,\nSangsoo",
            "Margaret Holloway, a former deputy director of the State Department's Office of Korean Affairs, is a senior fellow.",
            "Sangsoo Lee is head of the Korea Center at the Institute for Security and Development Policy in Stockholm.",
        ]
    )
    assert reading.roles[4] == reading.roles[13] == "subtitle"
    assert signed_by(reading)[7] == ["Margaret Holloway"] and signed_by(reading)[16] == ["Sangsoo Lee"]


def test_a_byline_broken_across_two_paragraphs_after_its_and() -> None:
    reading = detect.read(
        [
            "Commentary",
            "After the Military Agreement: Keeping the Armistice Alive Without a Peace",
            "Published 5 December 2023",
            "By Rachel Whitcombe, Park Ji-hoon and",
            "Maj. Gen. (ret.) Mats Engman",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
        ]
    )
    assert reading.roles[3:5] == ["byline", "byline"]
    assert signed_by(reading)[5] == ["Rachel Whitcombe", "Park Ji-hoon", "Mats Engman"]


def test_a_post_by_two_whose_paragraphs_end_with_their_drafters_initials_in_brackets() -> None:
    reading = detect.read(
        [
            "What went wrong on Lidingö?",
            "Posted by Sangsoo Lee and Hanna Dahlberg",
            "9 October 2019",
            "A short note before we begin: we have written this post together, but we do not agree on everything, so each paragraph"
            " is signed with the initials of whoever wrote it. Where we agree, we have both signed. [SL/HD]",
            ARGUMENT + " [SL]",
            ARGUMENT.replace("The freeze", "A freeze") + " [HD]",
            ARGUMENT.replace("The freeze", "That freeze") + " [SL/HD]",
            "Pyongyang has given Washington until the end of the year. I expect more missile tests rather than more meetings. [HD]",
        ]
    )
    assert signed_by(reading)[3:] == [
        ["Sangsoo Lee", "Hanna Dahlberg"],
        ["Sangsoo Lee"],
        ["Hanna Dahlberg"],
        ["Sangsoo Lee", "Hanna Dahlberg"],
        ["Hanna Dahlberg"],
    ]


def test_a_letters_page_signed_by_name_post_and_town_on_lines_of_their_own() -> None:
    letter = ARGUMENT.replace("The freeze", "Your leader's freeze")
    reading = detect.read(
        [
            "Opinion › Letters",
            "Peace on paper, or peace in practice?",
            "Readers respond to our leader of 3 October",
            "1. " + letter,
            "Niklas Swanström\nDirector, Institute for Security and Development Policy, Stockholm",
            "2. " + letter.replace("freeze", "treaty"),
            "Col (retd) Gareth Mayhew\nFormer staff officer, UN Command Military Armistice Commission\nHexham, Northumberland",
            "3. " + letter.replace("freeze", "plan"),
            "Aoife Brennan\nHumanitarian programme officer, Dublin",
            "Write to us at letters@northernchronicle.co.uk. Please include your full postal address.",
        ]
    )
    assert [signed_by(reading)[i] for i in (3, 5, 7)] == [["Niklas Swanström"], ["Gareth Mayhew"], ["Aoife Brennan"]]
    assert [reading.roles[i] for i in (4, 6, 8, 9)] == ["byline", "byline", "byline", "boilerplate"]


def test_a_reader_s_letter_signed_with_name_post_and_town_in_one_line_then_the_editor_s_reply() -> None:
    reading = detect.read(
        [
            "Northeast Asia Quarterly | Correspondence",
            "Step-for-step has been tried. It failed.",
            "Published 22 September 2022",
            "Min-ji Cho’s essay “Small Steps, Real Results” (Summer 2022) makes an appealing case, but the record is against it.",
            ARGUMENT,
            "Jonathan Pryce, former Foreign Office analyst, Leeds",
            "Editor’s reply",
            ARGUMENT.replace("The freeze", "Mr Pryce's freeze"),
            "— Rebecca Halvorsen, Editor",
        ]
    )
    assert signed_by(reading)[3:5] == [["Jonathan Pryce"]] * 2 and reading.roles[5] == "byline"
    assert signed_by(reading)[7] == ["Rebecca Halvorsen"]


def test_a_column_copied_without_its_byline_names_its_writer_in_its_address_and_follow_button() -> None:
    paragraphs = [
        "/opinion/columnists/margaret-oduya/2024/06/21/putin-kim-treaty-sanctions-endgame/",
        "Global Opinions",
        "The Putin-Kim treaty buried the sanctions era. Washington should admit it.",
        "June 21, 2024 at 7:00 a.m. EDT",
        ARGUMENT,
        ARGUMENT.replace("The freeze", "A freeze"),
        "Follow Margaret Oduya's opinions",
    ]
    named = detect.named_writer(detect.read(paragraphs), paragraphs)
    assert named is not None and named[0] == "Margaret Oduya"
    assert detect.read(paragraphs).roles[0] == "boilerplate"
    unconfirmed = [paragraphs[0].replace("margaret-oduya", "staff"), *paragraphs[1:]]  # the button alone, its address naming no one
    assert detect.named_writer(detect.read(unconfirmed), unconfirmed) is None


def test_a_bio_naming_its_writer_with_a_nickname() -> None:
    reading = detect.read(
        [
            "A freeze is not a surrender. It is the only deal left on the table.",
            "By Thomas “Tad” Whitcombe",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
            "Thomas “Tad” Whitcombe, a retired U.S. Navy captain, is a senior fellow at the Meridian Center for Maritime Security.",
        ]
    )
    assert [p.name for p in reading.people] == ["Thomas Whitcombe"] and reading.roles[4] == "author_bio"


def test_a_letter_to_the_editor_signed_by_two_from_two_towns() -> None:
    reading = detect.read(
        [
            "LETTERS TO THE EDITOR",
            "Don’t ease sanctions until Pyongyang shows what it has",
            "Published June 11, 2019 at 6:00 a.m.",
            "To the Editor:\nYour June 4 editorial makes a fair point that the talks have stalled since Hanoi. But it draws the wrong"
            " lesson, and we write to say why.",
            ARGUMENT,
            ARGUMENT.replace("The freeze", "A freeze"),
            "Eun-ji Baek\nAnsan, South Korea\nRobert Kessling\nDuluth, Minn.",
            "The writers taught English together at a high school in Ansan from 2009 to 2012.",
        ]
    )
    assert [p.name for p in reading.people] == ["Eun-ji Baek", "Robert Kessling"]
    assert reading.roles[6:] == ["byline", "author_bio"] and signed_by(reading)[3:6] == [["Eun-ji Baek", "Robert Kessling"]] * 3


def test_a_readers_forum_each_reply_under_the_reader_s_name_and_town_in_bold() -> None:
    reading = detect.read(
        [
            "READERS' FORUM",
            "Should Seoul build the bomb? Readers respond",
            "Saturday, February 18, 2023",
            "Last week's column by our defense correspondent on a South Korean bomb drew more letters than anything we have run this"
            " year. Here are three of them.",
            "**Park Ji-hoon, Suwon**",
            ARGUMENT,
            "**Grace Whitfield, Daegu**",
            ARGUMENT.replace("The freeze", "A freeze"),
            ARGUMENT.replace("The freeze", "That freeze"),
            "**Oh Min-jae, Jeju City**",
            ARGUMENT.replace("The freeze", "Any freeze"),
        ]
    )
    assert signed_by(reading)[5] == ["Park Ji-hoon"] and signed_by(reading)[7:9] == [["Grace Whitfield"]] * 2
    assert signed_by(reading)[10] == ["Oh Min-jae"] and reading.roles[4] == reading.roles[6] == "byline"
