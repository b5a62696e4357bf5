"""Hearings, lectures and keynotes: whose words each turn is, when a chair, a committee or an audience asks (detect.read)."""

from __future__ import annotations

import pytest

from korea_cli import detect
from korea_cli.looks import title_text

ANSWER = "the freeze must come first, verified by inspectors, and sanctions relief can follow step by step after that"


def read(*paragraphs: str) -> tuple[list[str], list[list[str]]]:
    reading = detect.read(list(paragraphs))
    names = [[reading.people[n].name.lower() for n in group] for group in reading.signers]  # 'CHUN Chae-sung', as the byline writes it
    return reading.roles, names


def test_a_hearing_s_witnesses_answer_and_its_committee_asks() -> None:
    roles, names = read(
        "Inquiry into Australia's engagement with the Korean Peninsula",
        "Thursday, 14 March 2019",
        "HALLORAN, Dr Fiona, Senior Lecturer in International Security, University of Adelaide\n"
        "SEO, Mr Jae-won, Adjunct Professor, Department of Security Studies, Macquarie University",
        "CHAIR (Mr Pearce): I declare open this public hearing. Would either of you like to make an opening statement?",
        f"Dr Halloran: Thank you, Chair. In my view {ANSWER}.",
        "Senator GRAYSON: Mr Seo, how should Australia use its place on the sanctions committee, and with whom?",
        f"Mr Seo: Carefully. I agree that {ANSWER}.",
        "Ms LIANG: Dr Halloran, should Australia reopen its embassy in Pyongyang? Sweden gets a lot out of being there.",
        f"Dr Halloran: Not yet. First, {ANSWER}.",
    )
    assert roles[3:] == ["question", "body", "question", "body", "question", "body"]
    assert names[4] == names[8] == ["fiona halloran"] and names[6] == ["jae-won seo"]


def test_a_commons_committee_s_witnesses_by_panel_then_named_again() -> None:
    """'Witnesses' over 'I: Major General (retd) Mats Engman, …; and Dr Priya Ramanathan, …' (the first panel), then
    'Examination of witnesses' over 'Witnesses: Mats Engman and Dr Priya Ramanathan.': their byline twice, and the turns theirs."""
    roles, names = read(
        "Oral evidence: Stability on the Korean Peninsula, HC 98",
        "Members present: Helen Marwood (Chair); Anneliese Dorrington; Gareth Pryce.",
        "Witnesses",
        "I: Major General (retd) Mats Engman, Senior Fellow, Institute for Security and Development Policy; and Dr Priya Ramanathan,"
        " Senior Research Fellow, Centre for Arms Control and Non-Proliferation Studies.",
        "Examination of witnesses",
        "Witnesses: Mats Engman and Dr Priya Ramanathan.",
        "Q1 Chair: Good morning. What happened in Stockholm, and does it matter?",
        f"Mats Engman: Thank you, Chair. I was not in the room, but {ANSWER}.",
        f"Dr Ramanathan: I am rather more worried than General Engman, and {ANSWER}.",
        "Q2 Chair: What has changed on the ground since 2018?",
        f"Mats Engman: A good deal, because {ANSWER}.",
    )
    assert roles[2:7] == ["subtitle", "byline", "subtitle", "byline", "question"]
    assert names[3] == names[5] == ["mats engman", "priya ramanathan"]
    assert names[7] == names[10] == ["mats engman"] and names[8] == ["priya ramanathan"]


def test_a_commons_committee_s_witnesses_hard_wrapped_answer_under_rank_and_surname() -> None:
    """'Witnesses: Major General (retd) Mats Engman, …; and Dr Lee' / 'Sang-hoon, …' wrapped over its lines, then turns labelled
    'Major General Engman:' and 'Dr Lee:' under the chair's numbered questions: each witness's own; the committee's name
    over 'Oral evidence: …' its label."""
    roles, names = read(
        "Foreign Affairs Committee",
        "Oral evidence: Korean Peninsula security, HC 1187",
        "Tuesday 14 January 2020",
        "Witnesses: Major General (retd) Mats Engman, Senior Fellow, Institute for\nSecurity and Development Policy, Stockholm; and Dr"
        " Lee\nSang-hoon, Senior Research Fellow, Hanul Institute for Peace Studies, Seoul.",
        "Q1 Chair: Good afternoon. Could I ask you each what changed in Stockholm?",
        f"Major General Engman: Thank you, Chair. Less than it seemed, and {ANSWER}.",
        f"Dr Lee: I agree with the General, and {ANSWER}.",
        "Q2 Chair: And the military agreement?",
        f"Major General Engman: It still holds in part, and {ANSWER}.",
        f"Dr Lee: It should be rebuilt, because {ANSWER}.",
    )
    assert roles[:4] == ["label", "title", "dateline", "byline"]
    assert names[5] == names[8] == ["mats engman"] and names[6] == names[9] == ["lee sang-hoon"]


def test_a_lecture_s_chair_frames_it_and_the_audience_asks() -> None:
    roles, names = read(
        "Between Panmunjom and Singapore: What the 2018 Summits Mean for Japan",
        "HAYASHIDA Tomoko\n(Professor, Graduate School of International Studies, Fukuoka Seiryo University)",
        "Date: Thursday, 22 November 2018, 16:30–18:00",
        "Chair: Professor WATANABE Kenji (Director, Kyushu Institute for Peace Studies)",
        "Watanabe: Good afternoon, everyone, and welcome to the fourteenth lecture in our public series this autumn.",
        f"Hayashida: Thank you, Professor Watanabe. The year of summits changed the mood in Tokyo more than its policy: {ANSWER}.",
        "Question 1 (third-year undergraduate): Should Japan join the talks now, or wait for Washington to move?",
        f"It should prepare now. As I said, {ANSWER}.",
        "Question 2 (member of the public): What about the abductees?",
        f"They cannot wait for a grand bargain, and yet {ANSWER}.",
        "Watanabe: Thank you, Professor Hayashida. Please join me in thanking our speaker.",
    )
    assert roles[4] == roles[10] == "introduction"  # the chair's welcome and thanks
    assert [roles[i] for i in (6, 8)] == ["question", "question"]
    assert all(names[i] == ["hayashida tomoko"] for i in (5, 7, 9))


def test_a_keynote_s_chairman_introduces_it() -> None:
    roles, names = read(
        "The Peninsula after Hanoi",
        "Keynote address by Prof. CHUN Chae-sung",
        "AMBASSADOR LIM WEE LENG (Chairman, CAPS): Excellencies, distinguished guests, ladies and gentlemen, good morning.",
        "Our keynote speaker needs little introduction in this room: he has written on middle powers for twenty years.",
        f"PROF. CHUN: Thank you, Ambassador. Let me be direct: {ANSWER}.",
        f"The alliance matters more than ever, and {ANSWER}.",
        "AMBASSADOR LIM: Thank you, Professor Chun, for a clear and sobering address.",
    )
    assert [roles[i] for i in (2, 3, 6)] == ["introduction"] * 3
    assert roles[4] == roles[5] == "body" and names[4] == names[5] == ["chun chae-sung"]


def test_a_phone_in_s_callers_ask_and_are_never_the_guest() -> None:
    roles, names = read(
        "Drive Time with Aroha Pene",
        "Is the peninsula safer than it looks? Your calls",
        "AROHA PENE: Good afternoon, it's five past four, and after a week of missile tests and threats the phones have not stopped."
        " With me in the studio is Dr Wiremu Hale of Victoria University. Wiremu, what changed this week?",
        f"WIREMU HALE: Less than the headlines say. In my view {ANSWER}.",
        "PENE: Lines are full already. Trevor in Napier, go ahead.",
        "TREVOR (Napier): Afternoon Aroha. I reckon we should just stay out of it and let the big powers sort it out among themselves.",
        f"HALE: I understand Trevor's point, but New Zealand has a stake too, and {ANSWER}.",
        "MEI (Dunedin): Kia ora. My brother works in Seoul, and nobody there seems worried at all. Why is that, do you think?",
        f"HALE: People in Seoul have lived with this for seventy years. Still, {ANSWER}.",
    )
    assert [roles[i] for i in (5, 7)] == ["question", "question"]  # the callers' words, nobody's argument
    assert all(names[i] == ["wiremu hale"] for i in (3, 6, 8))


def test_a_podcast_s_two_hosts_ask_and_the_guest_they_are_joined_by_answers() -> None:
    roles, names = read(
        "Episode 12: The Armistice at Seventy",
        "Hana and Felix are joined by Dr Ines Moreau of Sciences Po to talk about the armistice and what could replace it.",
        "HANA: Hello and welcome to Cold Peace, I'm Hana.",
        "FELIX: And I'm Felix. Our guest this week knows the Military Armistice Commission better than anyone we have had on.",
        "HANA: Ines, let's start with the basics. Why has the armistice lasted seventy years when nobody designed it to?",
        f"INES MOREAU: Because it works just well enough. But {ANSWER}.",
        "FELIX: Right, and that's where a peace declaration comes in. Does it change anything on the ground, or is it symbolic?",
        f"INES MOREAU: On the ground, almost nothing at first; {ANSWER}.",
        "HANA: On that note — Ines Moreau, thank you so much for coming on.",
    )
    assert roles[2:] == ["introduction", "introduction", "question", "body", "question", "body", "introduction"]
    assert names[5] == names[7] == ["ines moreau"]


def test_a_press_secretary_answers_the_reporters_named_with_their_outlets() -> None:
    roles, names = read(
        "Regular Press Conference by the Spokesperson, OKADA Ren",
        "Interpretation: Overseas Press Service. Transcript provisional.",
        f"Okada: Good afternoon. I have two announcements. First, the foreign minister will visit Seoul next week, where {ANSWER}.",
        "Park Ji-ho (KBS): Thank you. Will the minister raise the question of sanctions enforcement at sea?",
        f"Okada: Yes. Japan's view is that {ANSWER}.",
        "Maria Keller (ARD): Is a trilateral meeting planned with Washington and Seoul this month?",
        f"Okada: Nothing has been decided. However, {ANSWER}.",
        "Park: A follow-up, please. Has Pyongyang answered the proposal for talks on the abductions issue?",
        "Okada: I will refrain from commenting on diplomatic exchanges.",
    )
    assert roles[1] == "credit"  # the interpreters: no speaker
    assert [roles[i] for i in (3, 5, 7)] == ["question"] * 3
    assert [roles[i] for i in (2, 4, 6, 8)] == ["body"] * 4 and names[4] == ["okada ren"]


def test_a_speech_s_salutation_is_nobody_s_argument() -> None:
    roles, _ = read(
        "Security in Northeast Asia needs more than deterrence",
        "By B. Altangerel",
        "Excellencies, distinguished delegates, ladies and gentlemen,",
        f"Mongolia has always believed in dialogue. Today I want to argue that {ANSWER}.",
        f"Our experience in the Ulaanbaatar Dialogue shows that {ANSWER}.",
        f"Small states can host talks that large ones cannot, and {ANSWER}.",
        "Bayarsaikhan Altangerel is Minister for Foreign Affairs of Mongolia. This is an edited version of his address.",
    )
    assert roles[2] == "introduction"
    reading = detect.read(
        [
            "Security in Northeast Asia needs more than deterrence",
            "By B. Altangerel",
            f"Mongolia has always believed in dialogue. Today I want to argue that {ANSWER}.",
            "Bayarsaikhan Altangerel is Minister for Foreign Affairs of Mongolia.",
        ]
    )
    assert [person.name for person in reading.people] == ["Bayarsaikhan Altangerel"]  # the bio's whole name, for the byline's initial
    assert reading.roles[-1] == "author_bio"


LONG = f"{ANSWER}; and that is why the order of the steps matters more than the size of any one of them"


def test_two_interviewees_labelled_answer_questions_that_are_not() -> None:
    roles, names = read(
        "«A beginning, not a breakthrough»",
        "Interview: Lukas Meier",
        "For the first time since the war, a North Korean leader crossed into the South. We asked Park Min-jun of Yonsei University"
        " and Martina Keller, a retired major general, what it means.",
        "Mr Park, was Friday a historic day or a well-staged show?",
        f"PARK: Both, and there is nothing wrong with that. {LONG}.",
        "Ms Keller, you look sceptical.",
        f"KELLER: Cautious, not sceptical. {LONG}.",
        "Could Switzerland play a bigger role?",
        f"KELLER: It offers its good offices whenever the parties want them. {LONG}.",
        f"PARK: I disagree a little. {LONG}.",
    )
    assert [roles[i] for i in (3, 5, 7)] == ["question"] * 3
    assert names[4] == names[9] == ["park min-jun"] and names[6] == names[8] == ["martina keller"]


def test_numbered_questions_an_introduction_says_were_put_are_questions() -> None:
    roles, names = read(
        "Beijing's role is to keep the door open",
        "By Li Xiaoyu",
        "President Xi paid a state visit to Pyongyang last week. China Horizon reporter Li Xiaoyu put four questions to Wang Jianmin,"
        " deputy director of the Institute of Peninsula Studies.",
        "1. What message did Beijing want to send with the visit?",
        f"The first message is continuity. {LONG}.",
        "2. Some in Washington say Beijing is using Pyongyang as a bargaining chip. Is that fair?",
        f"This view is not correct. {LONG}.",
        "3. What is China's view on sanctions?",
        f"China implements the resolutions strictly. {LONG}.",
    )
    assert roles[1] == "credit"  # the reporter, no author
    assert [roles[i] for i in (3, 5, 7)] == ["question"] * 3
    assert all(names[i] == ["wang jianmin"] for i in (4, 6, 8))


def test_a_question_that_quotes_a_passage_runs_on_to_the_answer() -> None:
    roles, names = read(
        "“Denuclearization is the end, not the start”",
        "Interview by Irina Koval",
        f"Retired Major General Mats Engman has watched the peninsula for decades. {ANSWER}.",
        "IK: President Trump suspended the exercises. Was that wise?",
        f"Engman: It was a concession given early and for nothing. {LONG}.",
        "IK: Last week in our pages, Professor Dubrovin wrote:",
        f"“The Americans still believe that denuclearization must come first. {ANSWER}.”",
        "Is he right?",
        f"Engman: He is right about the order. {LONG}.",
    )
    assert roles[5:8] == ["question"] * 3  # the quoted professor's words are no answer of Engman's
    assert names[8] == ["mats engman"]


def test_a_published_exchange_of_letters_gives_each_letter_to_its_writer() -> None:
    roles, names = read(
        "CORRESPONDENCE",
        "Deterrence first?",
        f"In August, Seoul offered Pyongyang an 'audacious initiative'. We asked two scholars to write to each other about it. {LONG}; {LONG}.",
        "First letter — PARK Ji-won to Rachel Whitford",
        "Seoul, 19 August 2022",
        "Dear Rachel,",
        f"My concern is the sequencing. {LONG}.",
        "With warm regards from a very humid Seoul,\nJi-won",
        "Second letter — Rachel Whitford to PARK Ji-won",
        "Washington, D.C., 30 August 2022",
        "Dear Ji-won,",
        f"I think they can coexist. {LONG}.",
        "Yours, from a quieter Washington,\nRachel",
    )
    assert roles[3] == roles[8] == "byline" and roles[5] == roles[10] == "body"
    assert names[6] == ["park ji-won"] and names[11] == ["rachel whitford"]


def test_two_interviewees_each_answer_under_their_surname() -> None:
    roles, names = read(
        "“Nobody wants to sign a peace treaty first”",
        "Interview by Katrin Böhme",
        f"The armistice is still in force. We asked Maj. Gen. (ret.) Mats Engman, who served at Panmunjom, and Zhao Lirong, a"
        f" professor at Fudan University, who should sign a treaty. {ANSWER}.",
        "BPJ: General Engman, has the military agreement changed anything?",
        f"Engman: More than people in Europe realize. {LONG}.",
        f"Zhao: I agree, and I would add that these steps were taken by the Koreans themselves. {LONG}.",
        "BPJ: Professor Zhao, should China sign a peace treaty?",
        f"Zhao: Yes, and I think it should. {LONG}.",
    )
    assert roles[3] == roles[6] == "question"
    assert names[4] == ["mats engman"] and names[5] == names[7] == ["zhao lirong"]


def test_a_panel_listed_a_line_each_answers_under_surnames_one_of_them_first() -> None:
    roles, names = read(
        "Is the Korean peace agenda finished?",
        "Moderated by Anton Belyakov",
        "Participants:\nSang-hyun Lee, Senior Research Fellow, Nakdong Institute for Peace Studies, Busan\nGao Peiran, Associate"
        " Professor, School of International Relations, Huadong University, Shanghai",
        "BELYAKOV: Has Pyongyang closed the door on unification for good?",
        f"LEE: For this generation of leadership, yes. {LONG}.",
        f"GAO: Beijing has said very little publicly, and that is significant. {LONG}.",
        "BELYAKOV: What does the Russia–North Korea relationship mean for the sanctions regime?",
        f"GAO: I disagree that sanctions alone were ever the answer. {LONG}.",
    )
    assert roles[3] == roles[6] == "question"
    assert names[4] == ["sang-hyun lee"] and names[5] == names[7] == ["gao peiran"]  # not 'Gao' alone, nor a known Lee


def test_a_panel_written_up_by_someone_credited_under_the_turns_and_a_dek_naming_the_guest() -> None:
    roles, names = read(
        "Military confidence-building after the CMA",
        "Hiroshi Kanemoto, who studies Japan–Korea relations at the Kyushu Institute of Regional Studies, answers our questions",
        "Moderator: Dr Emily Hartcourt, Deputy Director, Southern Cross Centre for Asian Security",
        "Panellists: Maj. Gen. (ret.) Mats Engman, Institute for Security and Development Policy, Stockholm; Dr Priya Raghunathan,"
        " Chennai Centre for Indo-Pacific Studies",
        "EMILY HARTCOURT: Mats, how serious is the loss of the CMA?",
        f"MATS ENGMAN: Very serious. {LONG}.",
        "EMILY HARTCOURT: And what can replace it?",
        f"PRIYA RAGHUNATHAN: Invite Beijing to support a missile-notification regime. {LONG}.",
        "Report prepared by Thomas Nguyen, research assistant, with audio transcription by the Centre’s events team.",
    )
    assert roles[1] == "subtitle" and roles[3] == "byline" and roles[-1] == "credit"
    assert names[5] == ["mats engman"] and names[7] == ["priya raghunathan"]


def test_a_guest_named_after_the_post_in_the_introduction_answers_unlabelled_questions() -> None:
    roles, names = read(
        "“The roadmap is still on the table. Nobody in Washington has read it”",
        "A veteran of the six-party talks on Moscow’s plan for the peninsula, sanctions enforcement, and what Vladivostok changed",
        "12 September 2019",
        f"Russia’s former ambassador-at-large for Korean Peninsula affairs, Andrei Vasilevsky, sat at the Russian table through most"
        f" rounds of the six-party talks. He spoke to us about the roadmap. {ANSWER}.",
        "Five months after Vladivostok, what did Moscow actually get out of the summit?",
        f"More than the Western press admits, less than some of our own commentators claimed. {LONG}.",
        "Does Moscow still support the sanctions it voted for in 2017?",
        f"We support the resolutions, and we comply with them. {LONG}.",
        "Interviewed by Yelena Sokolova. Translated from Russian by the editors.",
    )
    assert roles[4] == roles[6] == "question" and names[5] == names[7] == ["andrei vasilevsky"]


def test_an_interview_s_dek_that_tells_the_guest_s_career_is_no_bio() -> None:
    roles, names = read(
        "INTERVIEW",
        "“Deterrence on the peninsula is holding — but the margins are thinner than ever”",
        "Major General (ret.) Mats Engman spent years inside the Demilitarized Zone as part of the Neutral Nations Supervisory"
        " Commission. He talks about hotlines that no longer ring and what Europe can still offer.",
        "Interview by Pieter van Dalen\n12 February 2024",
        "Major General (ret.) Mats Engman at the Joint Security Area in Panmunjom. Photo: Swedish Armed Forces",
        f"Few Europeans know the inter-Korean border as well as Mats Engman. {ANSWER}.",
        "HSQ: General Engman, is the peninsula more dangerous than it was?",
        f"Mats Engman: I would say it is more fragile than at any time since 2017. {LONG}.",
        "HSQ: You mean the communication channels?",
        f"Mats Engman: Exactly. {LONG}.",
    )
    assert roles[2] == "subtitle" and names[7] == ["mats engman"]


def test_a_guest_the_introduction_names_first_then_says_we_spoke_to_her() -> None:
    roles, names = read(
        "“Moscow no longer pretends to be neutral”",
        "A Russian Korea specialist on what the new treaty between Putin and Kim changes",
        "Interview by Katrin Vogel",
        f"Irina Sokolova has followed the Korean Peninsula from Moscow since the early 2000s. We spoke to her about what Russia wants. {ANSWER}.",
        "What does the treaty change?",
        f"More than Moscow admits. {LONG}.",
        "Does China mind?",
        f"Beijing is uneasy, but it will not say so in public. {LONG}.",
    )
    assert roles[4] == roles[6] == "question" and names[5] == names[7] == ["irina sokolova"]


def test_a_title_that_names_the_guest_by_post_and_surname() -> None:
    _, names = read(
        "Ex-envoy Moriyama: Camp David gives Tokyo room to talk to Pyongyang",
        "August 24, 2023 18:30 JST",
        "Former Ambassador Kenji Moriyama speaks during an interview in Tokyo on Aug. 21. (The Tokai Shimbun)",
        f"The leaders agreed at Camp David to hold trilateral summits every year. {ANSWER}.",
        "Q: How do you assess the Camp David summit?",
        f"A: It is the most important step in trilateral security cooperation since the Cold War. {LONG}.",
        "Q: North Korea calls it an “Asian NATO.” Is that fair?",
        f"A: No. {LONG}.",
        "This interview was conducted by Tokai Shimbun Staff Writer Yuki Tanabe.",
    )
    assert names[5] == names[7] == ["kenji moriyama"]


def test_a_roundtable_s_speakers_by_rank_and_two_surnames_a_chair_who_asks_mid_turn() -> None:
    roles, names = read(
        "The Korean Peninsula after the US Election: Can Diplomacy Restart?",
        "Held virtually on 9 November 2020",
        "Speakers:\nCmde. Arvind Menon (Retd.), Distinguished Fellow, CIPSS\nRicardo Almeida Santos, Senior Fellow, Lisbon Institute",
        "Chair: Amb. Rajiv Khanna (Retd.), former Ambassador of India to the Republic of Korea\nRapporteur: Ishaan Gupta, Research Associate, CIPSS",
        f"Amb. Khanna: Good afternoon, and thank you for joining us. {ANSWER}.",
        "Amb. Khanna: Commodore Menon, how does the military picture look?",
        f"Cmde. Menon: Worse than it did two years ago. {LONG}.",
        "Amb. Khanna: Dr. Almeida Santos, where does Europe fit in all this? We have an embassy in Pyongyang.",
        f"ALMEIDA SANTOS: Europe can keep a channel open. {LONG}.",
    )
    assert roles[1] == "dateline" and roles[3] == "credit" and roles[7] == "question"
    assert names[6] == ["arvind menon"] and names[8] == ["ricardo almeida santos"]


def test_a_podcast_s_turns_under_each_speaker_s_name_and_time() -> None:
    roles, names = read(
        "PARALLEL LINES · EPISODE 47",
        "Can anyone verify a North Korean freeze?",
        "October 20, 2022 · 38 min",
        "Host Maya Goldstein speaks with David Ochoa and Baek Hyun-joo about verification.",
        "Editor’s note: This transcript was produced from the audio recording and has been lightly edited for readability.",
        "TRANSCRIPT",
        f"Maya Goldstein (host) [00:00:04]\nWelcome to Parallel Lines. I’m Maya Goldstein. {ANSWER}.",
        "Maya Goldstein [00:01:22]\nDavid, let’s start with you. What does a verification regime actually need?",
        f"David Ochoa [00:01:38]\nThree things: a declaration, access and time. {LONG}.",
        "Maya Goldstein [00:03:05]\nHyun-joo, how much can satellites tell us?",
        f"Baek Hyun-joo [00:03:12]\nMore than people expect, and much less than we need. {LONG}.",
        "Maya Goldstein [00:04:40]\nSo is a freeze worth pursuing at all?",
        f"Baek Hyun-joo [00:04:44]\nYes, but only as a first step. {LONG}.",
    )
    assert roles[7] == roles[9] == roles[11] == "question"
    assert names[8] == ["david ochoa"] and names[10] == names[12] == ["baek hyun-joo"]


def test_a_guest_the_caption_shows_and_the_introduction_names_answers_a_reporter_s_questions() -> None:
    roles, names = read(
        "# “The armistice is a living thing — and it is ageing badly”",
        "*Seventy years after the guns fell silent in Korea, a Swiss general explains what a peace regime would require.*",
        "By Lukas Ammann · 27 July 2023 · 9 min read",
        "![Urs Brändli](https://example.ch/braendli.jpg)\n*Urs Brändli in Geneva. Photo: Nadia Keller*",
        f"Few Europeans know the Korean armistice from the inside as well as Urs Brändli. {ANSWER}.",
        "**You served at Panmunjom. What does the armistice look like from there?**",
        f"It looks much more fragile than it does from Bern or Washington. {LONG}.",
        "**What would a peace regime require?**",
        f"Patience, and a treaty the armistice's signatories can all accept. {LONG}.",
    )
    assert roles[2] == "credit" and names[6] == names[8] == ["urs brändli"]


def test_a_guest_who_answers_under_the_last_word_of_a_three_word_name() -> None:
    roles, names = read(
        "Five years after the Hanoi summit: “Vietnam’s path is still open to Pyongyang”",
        f"Exactly five years ago, Hanoi hosted the second summit. Looking back, Dr. Đỗ Thanh Bình, deputy director of the Institute"
        f" for Korean Peninsula Studies, spoke to Hanoi Horizon. {ANSWER}.",
        "Reporter: Dr. Bình, how do you remember February 2019?",
        f"Dr. Bình: Hanoi was full of hope. {LONG}.",
        "Reporter: What role can Vietnam play?",
        f"Dr. Bình: Vietnam has good relations with all sides. {LONG}.",
    )
    assert roles[2] == roles[4] == "question"  # 'Reporter: What role …?' asks; it credits no reporter
    assert names[3] == names[5] == ["đỗ thanh bình"]  # the whole name, not 'Thanh Bình'


def test_an_interview_by_e_mail_with_numbered_questions_some_of_them_statements() -> None:
    roles, names = read(
        "DMZ meeting shows the limits of leader-to-leader diplomacy: German scholar",
        "By Zhao Yiran",
        "Published: Jul 02, 2019 07:48 PM",
        "Editor's Note:\nTrump met Kim at Panmunjom on Sunday. How should the meeting be understood? Martin Kessler, senior research"
        " fellow at the Rhine Institute for Asian Affairs, shared his views with China Horizon in a written interview by e-mail.",
        "1. How do you assess the meeting at Panmunjom on Sunday?",
        f"It was a remarkable piece of political theatre. {LONG}.",
        "2. Some observers say the meeting was mostly a photo opportunity for both leaders.",
        f"Domestic politics plays a role on both sides, of course. {LONG}.",
        "3. What role can China play now?",
        f"A larger one than Washington admits. {LONG}.",
    )
    assert roles[1] == "credit" and [roles[i] for i in (4, 6, 8)] == ["question"] * 3
    assert all(names[i] == ["martin kessler"] for i in (5, 7, 9))


def test_the_interviewer_s_bio_under_the_interview_is_no_answer() -> None:
    roles, names = read(
        "“Trust is built in small steps”",
        "Interview by Jana Hirsch",
        f"Retired Major General Mats Engman served with the Neutral Nations Supervisory Commission. {ANSWER}.",
        "JH: What did the military agreement achieve?",
        f"ME: More than the summits did. {LONG}.",
        "JH: And what comes next?",
        f"ME: Verification, which is the hard part. {LONG}.",
        "Jana Hirsch is an editor at Internationale Politik Quarterly.",
    )
    assert roles[-1] == "credit" and names[-1] == []


def test_a_wire_s_report_of_an_expert_s_words_is_his_to_review() -> None:
    reading = detect.read(
        [
            "INTERVIEW",
            "Pyongyang's Christmas warning is no bluff, Russian expert says",
            "4 DEC 2019, 11:52",
            f"According to Yevgeny Kirillov, Washington's refusal to offer anything new could push North Korea back to tests. {ANSWER}.",
            f"“They have told us what they will do, and they usually do it,” Kirillov said. {LONG}.",
            f"Asked whether Moscow could help, he said the channel through Vladivostok was still open. {LONG}.",
        ]
    )
    assert [person.name for person in reading.people] == ["Yevgeny Kirillov"]
    assert any("the expert the report quotes" in note for note in reading.notes)


def test_readers_questions_under_the_writer_s_own_essay_leave_the_essay_his() -> None:
    roles, names = read(
        "Nobody is coming to the table this year",
        "by dan whitcomb",
        "Feb 16, 2020",
        f"Let me start with the obvious: there will be no third summit before the election. {LONG}.",
        f"That doesn't mean the year has to be wasted. {LONG}.",
        f"So here is my unpopular view: Washington should quietly drop the maximalist goal for now. {LONG}.",
        "From the mailbag",
        "Q: Isn't it dangerous to say out loud that denuclearization is off the table? — Mark, Ohio",
        f"A: It's a fair worry, Mark. But I'm not saying take it off the table. {LONG}.",
        "Q: Where can I read the Stockholm piece you keep mentioning? — Priya, Leeds",
        f"A: It's on the institute's website. {LONG}.",
    )
    assert roles[3:7] == ["body", "body", "body", "subtitle"]
    assert names[3] == names[5] == names[8] == ["dan whitcomb"]
    assert roles[7] == roles[9] == "question"


def test_a_speaker_s_remarks_then_the_moderator_s_questions_and_the_students() -> None:
    roles, names = read(
        "Deterrence, diplomacy and the peninsula: a conversation with TAKAHASHI Shinji",
        "March 15, 2023",
        "Speaker: TAKAHASHI Shinji, Secretary General, National Security Secretariat",
        "Moderator: Dr. Rachel Okonkwo-Hale, Senior Fellow, Stimson",
        f"TAKAHASHI: Thank you, Rachel, and thank you to Stimson for the invitation. {LONG}.",
        f"Japan's goal remains the complete denuclearization of North Korea. {LONG}.",
        "OKONKWO-HALE: Thank you. Is a summit with Pyongyang still on the table?",
        f"TAKAHASHI: It is, but not at any price. {LONG}.",
        "STUDENT (Aroha Tipene, MA International Relations): Should sanctions be eased to get talks going?",
        f"TAKAHASHI: Not before verified steps. {LONG}.",
    )
    assert [roles[i] for i in (4, 5, 7, 9)] == ["body"] * 4 and roles[8] == "question"  # his opening remarks are his, not a host's
    assert names[4] == names[9] == ["takahashi shinji"]


def test_a_host_s_one_welcome_before_the_minister_speaks_is_nobody_s() -> None:
    roles, names = read(
        "Why a small country should care about peace in Korea",
        "By Dan Kereama",
        "PROFESSOR HELEN MCALLISTER: Tēnā koutou katoa. It is my pleasure to welcome the minister to the university this evening.",
        f"MINISTER KEREAMA: Thank you, Helen, and thank you all for coming. {LONG}.",
        f"So what can we do? We can keep enforcing the sanctions. {LONG}.",
        "STUDENT (James Liu, Bachelor of Arts): Do the sanctions hurt ordinary North Koreans?",
        f"MINISTER KEREAMA: I worry about that a great deal. {LONG}.",
        "STUDENT (Aroha Tipene, MA International Relations): Should New Zealand reopen an embassy in Pyongyang?",
        f"MINISTER KEREAMA: Not yet. {LONG}.",
    )
    assert roles[2] == "introduction" and roles[5] == roles[7] == "question"
    assert names[3] == names[6] == ["dan kereama"]


def test_the_introduction_names_who_is_interviewed_and_what_she_is() -> None:
    reading = detect.read(
        [
            "“Sanctions alone will not bring Pyongyang back to the table”",
            "Interview by Pieter Jansen",
            "When the leaders parted in Hanoi, the talk turned to enforcement. Dr. Annelies Verhoeven, senior research fellow at the Ghent"
            " Institute for Asian Security and a former adviser to the European Parliament, argues that Europe should prepare for talks.",
            "Q: Was Hanoi a failure?",
            f"A: It was a failure of preparation: {ANSWER}.",
            "Q: Should Brussels keep its sanctions?",
            f"A: For now, yes; {ANSWER}.",
        ]
    )
    assert [(p.name, p.affiliation) for p in reading.people] == [
        ("Annelies Verhoeven", "senior research fellow at the Ghent Institute for Asian Security and a former adviser to the European Parliament")
    ]
    assert reading.signers[4] == reading.signers[6] == (0,)


def test_the_outlet_asked_her_and_the_introduction_says_who_she_is() -> None:
    reading = detect.read(
        [
            'Vladivostok Summit: "Moscow Is Not Offering a Plan"',
            "Interview by Anna Lebedeva. Translated from Russian by Peter Holloway",
            "On 25 April the two leaders met on Russky Island. Vostok Analytica asked Dr. Galina Sorokina, leading research fellow at the"
            " Centre for Korean Studies in Moscow, what the meeting means for the stalled talks.",
            "Q: Was it a failure?",
            f"A: Only if one expected a document; {ANSWER}.",
            "Q: What did Putin mean by guarantees?",
            f"A: An old Russian position: {ANSWER}.",
        ]
    )
    assert [p.name for p in reading.people] == ["Galina Sorokina"]
    assert reading.signers[4] == reading.signers[6] == (0,)


def test_the_dek_gives_the_floor_to_someone_the_introduction_names_again() -> None:
    """'Former ambassador to Seoul Vikram Raghavan on …': the name, not 'Seoul Vikram Raghavan'; the bare name over the date is
    the interviewer's credit."""
    reading = detect.read(
        [
            "'Singapore gave us a photograph, not a road map'",
            "Former ambassador to Seoul Vikram Raghavan on what the Trump-Kim summit means for denuclearisation",
            "Arjun Mehta",
            "NEW DELHI, JUNE 20, 2018 11:42 IST",
            "A week after the summit, Vikram Raghavan, who served as India's ambassador to the Republic of Korea, tells us that the hard"
            " part has not begun. Excerpts:",
            "**Was Singapore a success?**",
            f"As a piece of theatre, certainly; {ANSWER}.",
            "**Was suspending the exercises a concession too far?**",
            f"It was given away too cheaply; {ANSWER}.",
            "(This interview has been edited and condensed.)",
        ]
    )
    assert [p.name for p in reading.people] == ["Vikram Raghavan"]
    assert reading.roles[2] == "credit" and reading.roles[-1] == "editors_note"
    assert reading.signers[6] == reading.signers[8] == (0,)


def test_a_radio_programme_s_header_over_its_transcript() -> None:
    """The programme's name, its episode's headline, the guest, and a transcript that is all turns: no open paragraph of prose
    is left to end the header on."""
    roles, _ = read(
        "Southern Cross Radio | Listen Live | Programs | Podcasts | Schedule",
        "The Indo-Pacific Hour",
        "'A new strategic weapon': what Kim Jong Un's New Year warning means",
        "Broadcast: Sunday 12 January 2020, 5:30pm",
        "Presenter: Catherine Doyle",
        "Guest:\nMajor General (retd) Mats Engman\nDistinguished Fellow, Institute for Security and Development Policy",
        "CATHERINE DOYLE: Hello and welcome to the Indo-Pacific Hour. What did Kim mean, and is the moratorium over?",
        f"MATS ENGMAN: He meant that {ANSWER}.",
        "CATHERINE DOYLE: And the talks?",
        f"MATS ENGMAN: They are stalled, and {ANSWER}.",
        "This is not a verbatim transcript.",
    )
    assert roles[1:3] == ["label", "title"]
    assert roles[-1] == "disclaimer"


@pytest.mark.parametrize(
    ("header", "asks", "answers", "who"),
    [
        (  # the dek says who talks about it
            [
                "“Sanctions alone will not bring Pyongyang back”",
                "Two months after Hanoi, Korea specialist Annelies Verhoeven talks about pressure.",
                "Interview by Pieter Jansen",
            ],
            "Q:",
            "A:",
            "annelies verhoeven",
        ),
        (  # 'X in conversation with Y': X answers, Y asks
            ["Deterrence is a team sport", "Air Vice-Marshal Graham Pettigrew AO CSC (Retd) in conversation with Rachel Tan"],
            "ASM:",
            "Pettigrew:",
            "graham pettigrew",
        ),
        (  # the introduction 'spoke with' her, titles and all
            [
                "'Vietnam can host the summit, it cannot sell its model'",
                "Ahead of the Hanoi summit, VnExpress International spoke with Assoc. Prof. Dr. Nguyen Thi Thu Ha, deputy director of the"
                " Institute for Northeast Asian Studies, who studied in Pyongyang in the late 1980s.",
            ],
            "Q:",
            "A:",
            "nguyen thi thu ha",
        ),
        (  # the dek says he says it, his office before his name; the byline over the interview is the reporter's
            [
                "'An end-of-war declaration without a road map is just a photo'",
                "Former vice foreign minister Kim Hae-jin says Seoul's push for a declaration needs U.S. buy-in",
                "By Park Ji-won\nDiplomatic correspondent",
            ],
            "Q:",
            "A:",
            "kim hae-jin",
        ),
        (  # the dek names her after her university's possessive
            ["[INTERVIEW] 'Blowing up the liaison office was a message'", "Kyungnam University's Yoon Hye-rin says Seoul must stop waiting", "Choi Min-jae"],
            "Q.",
            "A.",
            "yoon hye-rin",
        ),
        (  # an expert the introduction says answered readers' questions
            [
                "Will Hanoi bring a peace treaty? An expert answers your questions",
                "We asked readers what they wanted to know. Ellen Park Whitfield, a senior fellow at the Pacific Rim Policy Institute, answered a selection.",
            ],
            "Dan Reilly of Tacoma asks:",
            "",
            "ellen park whitfield",
        ),
        (  # the outlet 'sat down with' him, after a forum whose name is no one's
            [
                'D.Ulziibayar: "Mongolia can offer the room, not the solution"',
                "Ahead of this year's Ulaanbaatar Dialogue on Northeast Asian Security, which brought officials to the capital, The UB"
                " Post sat down with Dr. Dashzeveg Ulziibayar, a senior researcher at the Institute for Strategic Studies.",
            ],
            "UB Post:",
            "D.Ulziibayar:",
            "dashzeveg ulziibayar",
        ),
        (  # a title that names no one ('A Former Negotiator'), and a dek that names her with her title
            [
                "\"Don't Start From Zero\": A Former Negotiator on Biden's North Korea Inheritance",
                "Ambassador Margaret Holloway says the new administration should build on Singapore.",
                "Interview by Daniel Reyes",
            ],
            "Q:",
            "A:",
            "margaret holloway",
        ),
        (  # a wire's lead: its date, and whom it interviewed
            [
                "Russian expert: 'Talks will not resume while sanctions only tighten'",
                "MOSCOW, December 21, 2021. /Eurasia Today/. North Korea will not return to talks, Pavel Kostin, leading research fellow at"
                " the Center for Korean Studies, said in an interview with Eurasia Today.",
            ],
            "Q:",
            "A:",
            "pavel kostin",
        ),
        (  # questions by the outlet, 'A&D:'
            ["“Trust Is Built in Small Steps”: Mats Engman on the DMZ", "Interview by Rachel Okafor"],
            "A&D:",
            "Engman:",
            "mats engman",
        ),
        (  # questions put to her by e-mail
            [
                "Three questions on sanctions",
                "To find out whether the new measures can bite, we put a few questions by email to Baek Seo-yeon, a research fellow at"
                " the Korea Development Institute.",
            ],
            "Q:",
            "A:",
            "baek seo-yeon",
        ),
    ],
    ids=["dek", "in-conversation", "spoke-with", "says", "possessive", "answered", "sat-down-with", "former", "wire-lead", "ampersand", "by-email"],
)
def test_the_header_says_who_answers(header: list[str], asks: str, answers: str, who: str) -> None:
    turns = [
        f"{asks} What did the summit change?",
        f"{answers} Less than Seoul hoped; {ANSWER}.".strip(),
        f"{asks} And next?",
        f"{answers} More talks; {ANSWER}.".strip(),
    ]
    roles, names = read(*header, *turns)
    first = len(header) + 1
    assert roles[first] == roles[first + 2] == "body"
    assert names[first] == names[first + 2] == [who]


def test_an_answer_two_guests_give_together_is_both_of_theirs() -> None:
    roles, names = read(
        "'The DMZ handshake bought time, not a deal'",
        "Hong Kong, July 8, 2019",
        "Asia Times asked two people who know the Joint Security Area well what the meeting means: Maj. Gen. (ret.) Mats Engman, a"
        " distinguished fellow at ISDP, and Dr. Kang Min-ji, a research fellow at the Korea Institute for Defense Analyses.",
        "Q: Was the meeting substance or theater?",
        f"Engman: Both; {ANSWER}.",
        "Q: How does it look from Seoul?",
        f"Kang: With relief, but {ANSWER}.",
        "Q: What should the working-level talks do first?",
        f"Engman and Kang: We agree that {ANSWER}.",
    )
    assert roles[4::2] == ["body", "body", "body"]
    assert names[4] == ["mats engman"] and names[6] == ["kang min-ji"] and names[8] == ["mats engman", "kang min-ji"]


def test_five_numbered_questions_by_email_are_the_questions() -> None:
    """'Five questions for …', 'agreed to answer five questions by email': numbered questions, answers without a mark."""
    roles, names = read(
        "Kim's deadline is a negotiating tactic — and a real one",
        "Five questions for Niklas Swanstrom on Pyongyang's year-end ultimatum",
        "Pieter Jansen",
        "Dec 10, 2019",
        "Welcome back. Dr Niklas Swanstrom, director of the Institute for Security and Development Policy in Stockholm, kindly agreed"
        " to answer five questions by email. His replies are reproduced below with only light edits.",
        "1. North Korea says the US has until the end of the year to change its approach. Is this deadline real?",
        f"It is real in the sense that {ANSWER}.",
        "2. What do you expect if the deadline passes without a breakthrough?",
        f"Most likely a satellite launch, because {ANSWER}.",
        "3. Has the summit diplomacy been a mistake?",
        f"No, but it has been incomplete: {ANSWER}.",
    )
    assert roles[:2] == ["title", "subtitle"]
    assert roles[5:] == ["question", "body"] * 3
    assert names[6] == names[10] == ["niklas swanstrom"]


def test_a_press_conference_s_moderator_named_in_parentheses_opens_it() -> None:
    roles, names = read(
        "Russian and Chinese experts: 'double freeze' still the only road map",
        "MOSCOW, December 18, 2019",
        "Two specialists, Professor Vadim Kurbatov of the Institute of Far Eastern Studies and Professor Wang Lihua of Peking"
        " University, answered questions from journalists.",
        "Transcript prepared by Olga Serebryakova. Edited by Dmitry Pavlov.",
        "MODERATOR (Irina Volkova): Good afternoon, colleagues. Our guests need no introduction. Let us go straight to your questions.",
        "QUESTION (Lee Sang-hoon, Yonhap News Agency): Should we expect a return to ICBM tests in January?",
        f"KURBATOV: I would not exclude it, but {ANSWER}.",
        f"WANG: I would add that {ANSWER}.",
        "QUESTION (Interfax): What of the draft resolution?",
        f"KURBATOV: It is a modest document; {ANSWER}.",
    )
    assert roles[3:6] == ["credit", "introduction", "question"]
    assert names[6] == names[9] == ["vadim kurbatov"] and names[7] == ["wang lihua"]


@pytest.mark.parametrize(
    "lead",
    [
        "SINGAPORE: Hours before the summit, Asia Tonight spoke to Dr Lee Sang-soo, a senior research fellow in Stockholm, about what it can deliver.",
        "Copyright: Korea Oral History Project. Extracts may be quoted with acknowledgement of the project and the interviewee.",
    ],
    ids=["a-wire-s-place", "a-copyright-line"],
)
def test_a_line_that_only_looks_like_a_turn_is_no_speaker(lead: str) -> None:
    """'SINGAPORE: …' and 'Copyright: …' before the first turn name no one who speaks: the first speaker is still the one who asks."""
    roles, names = read(
        "'Singapore can only be a beginning'",
        lead,
        "Grace Lim: Dr Lee, thank you for joining us. What is the best realistic outcome tomorrow?",
        f"Dr Lee: Thank you, Grace. A short statement of principles, and then {ANSWER}.",
        "Grace Lim: Critics say the president is giving Kim Jong Un a summit in exchange for words. Are they right?",
        f"Dr Lee: There is some truth in that, but {ANSWER}.",
        "Grace Lim: What does North Korea actually want in return?",
        f"Dr Lee: Above all, security; and {ANSWER}.",
    )
    assert roles[2:] == ["question", "body"] * 3
    assert names[3] == names[5] == names[7] != [] and names[2] == names[4] == names[6] == []  # the guest's answers, the host's questions


def test_an_e_mail_exchange_the_title_names_is_its_guest_s_answers() -> None:
    """'…: an e-mail exchange with Yekaterina Morozova' over 'Q:'/'A:' and no byline: the answers are hers (her post stated
    only in the editor's note under them), the questions nobody's."""
    roles, names = read(
        "Q&A",
        "'Moscow is not Pyongyang's patron. It is its customer': an e-mail exchange with Yekaterina Morozova",
        "15 July 2024",
        "Q: The treaty signed in Pyongyang on 19 June includes a mutual-assistance clause. How significant is it?",
        f"A: It is the most important document in Russian-North Korean relations since 1961; {ANSWER}.",
        "Q: Does this bury the UN sanctions regime?",
        f"A: Russia has stopped pretending to enforce it; {ANSWER}.",
        "Editor's note: We invited Dr Yekaterina Morozova, senior researcher at the Vladivostok Institute of Pacific Affairs,"
        " to answer our questions by e-mail.",
    )
    assert roles[3:7] == ["question", "body", "question", "body"]
    assert names[4] == names[6] == ["yekaterina morozova"]


@pytest.mark.parametrize(
    "introduction",
    [
        "The comparison is back in the news. Dr Nguyen Thi Lan Huong, deputy director of the Institute for Northeast Asian"
        " Studies in Hanoi, followed the summit closely. She spoke to the Review about reform and sanctions.",
        "Is this a genuine détente? Ambassador (Retd.) Ashok K. Raghavan, who served as India’s ambassador to the Republic of Korea, shares his assessment.",
    ],
)
def test_the_guest_an_introduction_presents_with_a_post_answers_a_q_dash_interview(introduction: str) -> None:
    """No byline, the guest named only in the introduction by a name and a post (or a clause saying what they were); 'Q -'
    and 'A -' mark the turns, and a question that runs on into a paragraph of its own is still the question."""
    roles, names = read(
        "IN CONVERSATION",
        "After Hanoi: can the Vietnam model still tempt Kim Jong-un?",
        introduction,
        "Q - Let’s begin with the summit itself. Vietnam hosted it with a great deal of pride.",
        "Did he see what Hanoi hoped he would see?",
        f"A - Partly. {ANSWER}.",
        "Q - Who was being unrealistic?",
        f"A - Both sides, in different ways; {ANSWER}.",
    )
    assert roles[3:8] == ["question", "question", "body", "question", "body"]
    assert names[5] == names[7] != [] and len(names[5]) == 1


def test_a_podcast_guest_who_answers_by_her_initials_after_a_title_in_the_show_notes() -> None:
    """'NMC:' are the initials of 'Dr Nguyen Minh Chau', three names after a title, as the show notes give her; the host's
    'JW:' asks. No byline signs it: her initials do."""
    roles, names = read(
        "CROSSROADS PODCAST - EPISODE 87",
        "What Hanoi can and can't teach Pyongyang",
        "March 2023",
        "In this episode, host Jess Whitfield talks with Dr Nguyen Minh Chau, deputy director of the Institute for East Sea"
        " and Northeast Asian Studies in Hanoi, about the Vietnam model.",
        "JW: Was the Vietnam model ever a serious offer to North Korea, or only a slogan for the summit?",
        f"NMC: It was meant seriously, but {ANSWER}.",
        "JW: So the sequence was wrong?",
        f"NMC: The sequence, and the premise: {ANSWER}.",
        "JW: What about sanctions? Vietnam lived under an embargo until 1994.",
        f"NMC: Yes, and {ANSWER}.",
    )
    assert roles[4:] == ["question", "body"] * 3
    assert [names[i] for i in (5, 7, 9)] == [["nguyen minh chau"]] * 3


def test_a_panellist_whose_surname_comes_first_answers_as_her_surname_in_capitals() -> None:
    """'NGUYỄN:' is the Nguyễn Thị Minh Thư the list of panellists names, surname first with three given names; each
    panellist's turns are their own, not the first panellist's."""
    _, names = read(
        "Lessons from Pelindaba? Military Confidence-Building and the Korean Peninsula",
        "Cape Town, 14 November 2019",
        "Panellists:\nMaj. Gen. (ret.) Mats Engman, Institute for Security and Development Policy, Stockholm\n"
        "Ambassador Nomvula Khumalo, former South African Governor on the IAEA Board\n"
        "Dr. Nguyễn Thị Minh Thư, Institute for East Asian Studies, Hanoi",
        "Moderator: Sipho Dlamini, Director, Northeast Asia Programme, CISD",
        "DLAMINI: General Engman, let me start with you. Is the Stockholm process dead?",
        f"ENGMAN: Not dead, in intensive care: {ANSWER}.",
        f"KHUMALO: South Africa's experience says {ANSWER}.",
        f"NGUYỄN: In Hanoi we learned that {ANSWER}.",
        "DLAMINI: What can countries outside the region contribute?",
        f"NGUYỄN: Mostly venues and experience, and {ANSWER}.",
    )
    assert [names[i] for i in (5, 6, 7, 9)] == [["mats engman"], ["nomvula khumalo"], ["nguyễn thị minh thư"], ["nguyễn thị minh thư"]]


def test_a_press_conference_s_chair_asks_and_the_guest_s_opening_statement_is_his() -> None:
    """'MODERATOR: …' between the 'Q:'/'A:' turns is the chair's, no answer; 'AMB. KWON: Thank you …' under 'OPENING
    REMARKS', and the paragraphs under it, is the guest's statement: the Kwon Tae-ho the title gives the floor to, past his
    post ('Special Representative'), and 'QUESTIONS AND ANSWERS' is a heading, no one who replies."""
    roles, names = read(
        "Press Conference Transcript",
        '"No deal is not the end of the deal" -- Special Representative Kwon Tae-ho on the road after Hanoi',
        "Thursday, March 7, 2019 | Press Center, Seoul",
        "Moderator: Helena Marsh-Yoo, SFCC President",
        "OPENING REMARKS",
        f"AMB. KWON: Thank you, Helena. Let me say first that {ANSWER}.",
        f"Let me start with what happened in Hanoi: {ANSWER}.",
        "QUESTIONS AND ANSWERS",
        "MODERATOR: Thank you, Ambassador. We have about forty minutes. Please state your name and outlet.",
        "Q: Jonas Lindqvist, Nordic Press Agency. You said the gap can be bridged. Bridged how, concretely?",
        f"A: I will not get ahead of the discussions, but {ANSWER}.",
        "Q: Kenji Watanabe, Toyo Shimbun. Is there daylight between Seoul and Washington?",
        f"A: There is discussion, which is normal between allies, and {ANSWER}.",
        "MODERATOR: Ambassador Kwon, thank you for your time and for your candour.",
    )
    assert roles[4:] == ["subtitle", "body", "body", "subtitle", "introduction", "question", "body", "question", "body", "introduction"]
    assert {tuple(group) for group in names if group} == {("kwon tae-ho",)}


def test_a_guest_whose_surname_comes_first_answers_as_her_surname_with_both_given_names() -> None:
    """'TAN:' is the Tan Wei Ling the anchor names, surname first: all three words, not 'Tan Wei'."""
    _, names = read(
        "ASIA TONIGHT",
        "Hwasong-15: Has North Korea crossed the line?",
        "Aired November 29, 2017 - 21:00",
        "RACHEL GOH, ANCHOR: Good evening. North Korea says it has tested a new ICBM. With me is Dr. Tan Wei Ling of the Straits Institute.",
        "GOH: How significant is tonight's launch?",
        f"TAN: Technically, very: {ANSWER}.",
        "GOH: What can Washington do now?",
        f"TAN: Realistically, three things, and {ANSWER}.",
    )
    assert names[5] == names[7] == ["tan wei ling"]


def test_a_guest_answering_as_her_surname_is_named_with_all_her_given_names() -> None:
    """'Nguyen:' is the Nguyen Thi Lan Huong the introduction names: four words, the surname first."""
    _, names = read(
        "INTERVIEWS",
        'Vietnam\'s former envoy to Pyongyang: "Hanoi was a missed chance, not a failure"',
        "By Rachel Okafor March 14, 2022",
        "Few people watched the 2019 summit with more personal interest than Nguyen Thi Lan Huong. A career diplomat, she served"
        " as Vietnam's ambassador in Pyongyang. The Ledger spoke with her.",
        "Peninsula Ledger: Why did North Korea agree to meet in Hanoi?",
        f"Nguyen: For Pyongyang, Vietnam was a message, and {ANSWER}.",
        "Peninsula Ledger: Most people remember Hanoi as a failure. Do you?",
        f"Nguyen: I would call it a missed chance: {ANSWER}.",
    )
    assert names[5] == names[7] == ["nguyen thi lan huong"]


def test_a_question_with_no_mark_over_a_marked_answer_is_a_question() -> None:
    """The questions are marked only at first ('The Yokohama Diplomat: …?'), the answers always ('Chun: …'): a short
    paragraph that asks, with no mark, over a marked answer is a question, not a heading nor the guest's words."""
    roles, _ = read(
        "Interview",
        "Chun Chae-sung on Yoon's 'audacious initiative'",
        "Interview by Aya Morimoto",
        "On Aug. 15, South Korean President Yoon Suk Yeol offered North Korea large-scale aid in exchange for denuclearization.",
        "The Yokohama Diplomat: Were you surprised by how quickly Pyongyang rejected the offer?",
        f"Chun: Not at all, {ANSWER}.",
        "Then what would a credible offer look like?",
        f"Chun: It has to begin with the security dilemma, and {ANSWER}.",
        "Tokyo and Seoul have been moving closer on security since Yoon took office. Is that sustainable?",
        f"Chun: I hope so, but {ANSWER}.",
    )
    assert roles[4:] == ["question", "body"] * 3


def test_an_interview_titled_with_what_its_guest_says_is_the_guest_s() -> None:
    """'INTERVIEW' over '… has run its course, says Chaesung Chun': the one asked, not a writer the dek names."""
    roles, names = read(
        "THE SEOUL LEDGER\nHome | Politics | North Korea | Economy | Opinion",
        "INTERVIEW",
        "“Denuclearization first” has run its course, says Chaesung Chun",
        "Seoul National University scholar says the allies should put arms control on the table before asking for warheads",
        "Interview by Park Ji-won",
        "Posted : 2023-03-14 17:42",
        "Q: Why has the old formula failed?",
        f"A: Because {ANSWER}.",
        "Q: What should Seoul offer instead?",
        f"A: Arms control first: {ANSWER}.",
    )
    assert roles[2] == "title" and names[7] == names[9] == ["chaesung chun"]


def test_the_guest_the_questions_address_is_the_one_the_bio_names() -> None:
    """'Q: Ms Haller, …?' and 'Beatrice Haller, a retired major general …' under the interview: she answers."""
    _, names = read(
        "Interview",
        "“Verification on the peninsula starts with people who talk to each other”",
        "Interview by Matthias Kröger",
        "03.08.2023",
        "Q: Ms Haller, seventy years on, what does the NNSC actually still do?",
        f"A: Less than it was designed for: {ANSWER}.",
        "Q: You were at Panmunjom in April 2018. Did you believe then that a peace regime was close?",
        f"A: I believed the atmosphere had changed, and {ANSWER}.",
        "Beatrice Haller, a retired major general of the Swiss Armed Forces, headed the Swiss delegation to the NNSC.",
    )
    assert names[5] == names[7] == ["beatrice haller"]


def test_an_e_mail_interview_under_its_section_s_label_asks_in_numbered_questions() -> None:
    """'INTERVIEWS' over the headline says what the page is, as 'Interview' does: its numbered questions ask, the paragraphs
    under each answer, and the guest is the one the headline and the introduction name."""
    roles, names = read(
        "INTERVIEWS",
        "‘Denuclearisation has become a slogan without a road map’: Chun Chae-sung",
        "By Our Staff Reporter",
        "New Delhi | Updated: 03 Feb 2023, 11:42 IST",
        "Chun Chae-sung is professor of political science at Seoul National University. We sent him our questions by e-mail;"
        " his answers have been edited for length.",
        "1. President Yoon has offered Pyongyang an “audacious initiative” — economic help in return for denuclearisation. Is it audacious?",
        f"It is audacious in its words rather than its content: {ANSWER}.",
        "2. Is denuclearisation still a realistic goal?",
        f"As a long-term goal it must remain, and {ANSWER}.",
        f"A freeze is not acceptance; {ANSWER}.",
        "3. Finally, are you optimistic?",
        f"In the short term, no. Still, {ANSWER}.",
    )
    assert roles[2] == "credit"
    assert roles[5:] == ["question", "body", "question", "body", "body", "question", "body"]
    assert names[6] == names[8] == names[11] == ["chun chae-sung"]


def test_a_written_debate_s_statements_open_with_their_writers_names_on_a_line_of_their_own() -> None:
    """'TRAN MINH CHAU (for the motion)' over the statement, in the same paragraph: that debater's turn, as 'TRAN MINH CHAU:'
    would be; the moderator's prompts ask."""
    roles, names = read(
        "Is it time to give up on North Korean denuclearisation?",
        "Moderated by James Whitlow",
        "30 November 2022",
        "ROUND ONE: OPENING STATEMENTS",
        "MODERATOR: In September North Korea passed a law saying its nuclear status is irreversible. Dr Tran, you propose the motion;"
        " Professor Nakagawa, you oppose it. Why?",
        f"TRAN MINH CHAU (for the motion)\nFor thirty years we have said {ANSWER}.",
        f"HIROKO NAKAGAWA (against the motion)\nDr Tran describes a ritual. I would say {ANSWER}.",
        "ROUND TWO: REBUTTALS",
        "MODERATOR: Professor Nakagawa, Dr Tran says Vietnam normalised with Washington without giving anything up. Does the analogy hold?",
        f"HIROKO NAKAGAWA\nOnly partly, since {ANSWER}.",
        f"TRAN MINH CHAU\nThat danger is real, but {ANSWER}.",
    )
    assert roles[4:] == ["question", "body", "body", "subtitle", "question", "body", "body"]
    assert names[5] == names[10] == ["tran minh chau"] and names[6] == names[9] == ["hiroko nakagawa"]


def test_a_panel_s_answer_that_runs_on_is_no_question_for_the_next_panellist() -> None:
    """Two guests answering each numbered question under their names: a paragraph between one's turn and the other's that
    neither asks nor names the next is the first guest's answer going on; the panellists' bios sit under their heading."""
    roles, names = read(
        "Five questions on an end-of-war declaration",
        "Moderated by Rebecca Thornbury, Director, Indo-Pacific Program",
        "1. Is an end-of-war declaration worth pursuing?",
        f"Chun Chae-sung: Yes, but we should be modest about what it can do: {ANSWER}.",
        "At the same time, I worry about the timing. President Moon has only a few months left in office. A declaration signed in"
        " a hurry, without a road map for what follows, risks becoming one more document both sides read differently.",
        f"Gu Xiaoyan: From Beijing's point of view, {ANSWER}.",
        "2. Should it be linked to denuclearisation?",
        f"Chun Chae-sung: I think it must be, since {ANSWER}.",
        f"Gu Xiaoyan: Here I disagree: {ANSWER}.",
        "About the panellists",
        "Chun Chae-sung is Professor in the Department of Political Science and International Relations at Seoul National University.",
        "Gu Xiaoyan is Associate Professor at the School of International Studies, Renmin University of China.",
    )
    assert roles[2:9] == ["question", "body", "body", "body", "question", "body", "body"]
    assert names[4] == names[3] and names[5] != names[3]
    assert roles[9] == "author_bio"


def test_a_guest_the_dek_names_surname_first_answers_as_her_given_name() -> None:
    """'Vietnamese scholar Nguyen Thu Ha on what …' over answers marked 'Ha:': the guest is Nguyen Thu Ha, all three words."""
    _, names = read(
        "“Vietnam did not wait for permission”",
        "Vietnamese scholar Nguyen Thu Ha on what Vietnam’s path from war to normalisation can teach North Korea",
        "Interview by Marcus Tan",
        "SPR: Was the “Vietnam model” ever a serious offer?",
        f"Ha: It was serious as a message and naive as a plan; {ANSWER}.",
        "SPR: And sanctions?",
        f"Ha: Sanctions relief without security is money without safety, and {ANSWER}.",
    )
    assert names[4] == names[6] == ["nguyen thu ha"]


def test_a_guest_who_spoke_to_the_interviewer_is_the_guest() -> None:
    """'She spoke to Tom Reddan by phone in June': the one who spoke is the guest, the one spoken to asks."""
    roles, names = read(
        "The patrol planes and the paper trail",
        "Interview by Tom Reddan",
        "Since 2018 the air force has flown patrol aircraft out of Japan to watch for tankers meeting at sea. Fiona McAllister, a"
        " senior lecturer in strategic studies at Moreton Bay University, has spent two years studying what happens to that"
        " evidence. She spoke to Tom Reddan by phone in June. The interview has been edited and condensed.",
        "Why does Australia care about North Korean oil imports?",
        f"Partly alliance management, of course. But {ANSWER}.",
        "What do the flights actually find?",
        f"Quite a lot: {ANSWER}.",
    )
    assert roles[3:] == ["question", "body", "question", "body"]
    assert names[4] == names[6] == ["fiona mcallister"]


def test_a_newsletter_s_interview_whose_questions_bear_the_outlet_s_number_label() -> None:
    """'38P: …?' asks (a label that opens with a digit is no speaker's name) and 'SHIN: …' answers: the one label is the
    guest's; and the dek's 'Daniel Whitcomb' is the introduction's 'Daniel R. Whitcomb', the longer name kept."""
    roles, names = read(
        "“Trust on the DMZ is built one guard post at a time”",
        "A conversation with retired Col. Shin Dong-hoon on what the collapse of the 2018 military agreement means",
        "Caroline Mendez\nMar 02, 2024",
        "Welcome back to the letter. This week I talked to Shin Dong-hoon, a retired ROK Army colonel who sat on the South Korean"
        " side of the table at the general-level talks. Our conversation has been edited for length and clarity.",
        "38P: Let’s start with the basics. What did the CMA actually do on the ground?",
        f"SHIN: More than people remember: {ANSWER}.",
        "38P: So why did it fall apart?",
        f"SHIN: Because it was never connected to anything else, and {ANSWER}.",
    )
    assert roles[4:] == ["question", "body", "question", "body"]
    assert names[5] == names[7] == ["shin dong-hoon"]
    _, names = read(
        "Daniel Whitcomb says Washington must stop treating denuclearization as the opening price of talks",
        "By Yoon Seo-yeon",
        "Daniel R. Whitcomb spent eleven years on North Korea files at the U.S. State Department. Now a senior fellow at the Harlan"
        " Center, he spoke to us about the next round.",
        "Q: Where do talks start?",
        f"A: With a freeze. {ANSWER}.",
        "Q: And sanctions?",
        f"A: Relief in steps, since {ANSWER}.",
    )
    assert names[4] == names[6] == ["daniel r. whitcomb"]


def test_a_guest_the_dek_names_with_a_long_career_before_says_answers_unlabelled_questions() -> None:
    """'Eleanor Whitcombe, a former North Asia analyst at … and now professor at …, says …': the dek's long apposition
    still names the guest, the reporter's byline over the day credits the one who asks, and a short objection between two
    answers, a statement, asks too."""
    roles, names = read(
        "Q&A",
        "Why Canberra should care about a Korean peace declaration",
        "Eleanor Whitcombe, a former North Asia analyst at the Department of Foreign Affairs and Trade and now professor at the"
        " Southern Cross Institute for Asian Security, says Australia has more at stake on the Korean Peninsula than it admits.",
        "By Liam Farrow\nThursday 7 April 2022 — 5.00am",
        "Should Australia have backed the end-of-war declaration more openly?",
        f"I think we should at least have said something, because {ANSWER}. We kept very quiet, largely because Washington was"
        " lukewarm, and a gesture that costs us very little is worth trying when every other door is shut.",
        "There are still thousands of North Korean workers abroad, although the Security Council requires them to be sent home.",
        f"The numbers have fallen sharply, from more than 30,000 at the peak to about 11,000 last year, and {ANSWER}; sending"
        " them home does more to hurt families than the regime.",
        "What can Australia actually do?",
        f"More than people think: {ANSWER}.",
    )
    assert roles[3:] == ["credit", "question", "body", "question", "body", "question", "body"]
    assert names[5] == names[7] == names[9] == ["eleanor whitcombe"]


def test_an_interview_s_furniture_in_two_languages_and_the_guest_s_profile() -> None:
    """'Foto: …' is a caption; 'Nota del editor / Editor's note: …' an editor's note and 'Entrevista realizada por /
    Interview by: …' a credit, read by their English labels; 'PROFILE: Name' over 'Born in 1951 …' is the guest's bio."""
    roles, _ = read(
        "What Hanoi taught Pyongyang — and what it didn't",
        "Foto: Kim Jong Un y Donald Trump en el hotel Metropole de Hanói, 27 de febrero de 2019. (Archivo / Agencias)",
        "Nota del editor / Editor's note: This interview was conducted in English and Spanish and has been translated and edited"
        " for length. Una versión en español está disponible en la edición impresa del Boletín.",
        "To understand what Hanoi means for Pyongyang, we spoke with Dr. Do Thi Thanh Huong, senior researcher at the Vietnam"
        " Institute of Regional Economics in Hanoi.",
        "Q. Was Vietnam ever a model North Korea could follow?",
        f"A. As a message, yes; as a plan, no, because {ANSWER}.",
        "Q. Will there be a third summit?",
        f"A. Probably, because both leaders need it, but {ANSWER}.",
        "PROFILE: Do Thi Thanh Huong\nBorn in 1968 in Hai Phong. Joined the Vietnam Institute of Regional Economics in 1995"
        " after graduating from Hanoi University.",
        "Entrevista realizada por / Interview by: Mariana Ocampo Riquelme, coordinadora del Boletín OPS.",
    )
    assert roles[1:3] == ["caption", "editors_note"] and roles[-2:] == ["author_bio", "credit"]


def test_a_round_table_s_speaker_labelled_by_her_given_name_after_her_whole_name() -> None:
    """'NGUYỄN THỊ THU HÀ:' first, then 'THU HÀ:': the given name of two words is the same speaker, not a new one."""
    _, names = read(
        "Could North Korea Take the Vietnamese Road?",
        "Moderated by Elif Kaya Demirci, Asia Programme, MAFES",
        "KAYA DEMİRCİ: Dr. Thu Hà, Vietnam fought the United States and now welcomes its aircraft carriers. Could Pyongyang follow?",
        f"NGUYỄN THỊ THU HÀ: Vietnam's road had two parts, and {ANSWER}.",
        "KAYA DEMİRCİ: Ambassador, how did South Koreans see this debate?",
        f"MEHMET ARSLANOĞLU: They wanted the same thing, and {ANSWER}.",
        "KAYA DEMİRCİ: Is the problem that Pyongyang does not want the road, or that nobody is offering it?",
        f"ARSLANOĞLU: Both, but mostly the first, and {ANSWER}.",
        f"THU HÀ: I would put more weight on the second, because {ANSWER}.",
    )
    assert names[3] == names[8] == ["nguyễn thị thu hà"] and names[7] == ["mehmet arslanoğlu"]


@pytest.mark.parametrize("stamp", ["name_then_time", "time_before_label"])
def test_a_transcription_service_s_turns_with_their_times(stamp: str) -> None:
    """'Katharina Vogt  00:41' over what she says (Otter, Zoom), or '[00:12:03] HOST: …': the times say when, the names who."""

    def turn(name: str, time: str, said: str) -> str:
        return f"{name}  {time}\n{said}" if stamp == "name_then_time" else f"[00:{time}] {name.upper()}: {said}"

    roles, names = read(
        "‘Two Hostile States’: Kim Jong Un’s Break with Unification and What Comes Next",
        "In this episode, research fellow Katharina Vogt talks to Lee Sang-hoon, associate professor of political science at Pusan"
        " National University, about Pyongyang’s decision to abandon the goal of unification.",
        turn("Katharina Vogt", "00:41", "So, Professor Lee, is this rhetoric, or is this a real change in doctrine?"),
        turn("Lee Sang-hoon", "00:48", f"I think it is a real change, and {ANSWER}."),
        turn("Katharina Vogt", "02:15", "Why now?"),
        turn("Lee Sang-hoon", "02:19", f"There are several reasons, and {ANSWER}."),
    )
    assert roles[2:] == ["question", "body", "question", "body"]
    assert [n.lower() for n in names[3]] == [n.lower() for n in names[5]] == ["lee sang-hoon"]


def test_a_podcast_s_guest_named_only_in_its_show_notes() -> None:
    """'Show notes' over '… Host Jasmine Koh talks to Dr Dmitri Safonov, visiting senior fellow …': the notes introduce the
    episode, and the turns labelled 'GUEST:' are his."""
    roles, names = read(
        "Moscow and Pyongyang Sign a Pact. Who Blinks First?",
        "Show notes\nOn 19 June, Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang. Host Jasmine Koh talks to Dr Dmitri"
        " Safonov, visiting senior fellow at the Straits Strategic Review, about what Moscow wants from the deal.",
        "HOST: Let's start with Article 4, the mutual-defence clause. Is this a real alliance?",
        f"GUEST: It's closer to a real alliance than anything since 1961, and {ANSWER}.",
        "HOST: What's each side actually getting?",
        f"GUEST: Shells for technology, mostly, and {ANSWER}.",
    )
    assert roles[1:] == ["introduction", "question", "body", "question", "body"]
    assert names[3] == names[5] == ["dmitri safonov"]
    roles, names = read(  # the heading a paragraph of its own: a heading, over the notes
        "Moscow and Pyongyang Sign a Pact. Who Blinks First?",
        "Show notes",
        "On 19 June, Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang. Host Jasmine Koh talks to Dr Dmitri Safonov,"
        " visiting senior fellow at the Straits Strategic Review, about what Moscow wants from the deal.",
        "HOST: Let's start with Article 4, the mutual-defence clause. Is this a real alliance?",
        f"GUEST: It's closer to a real alliance than anything since 1961, and {ANSWER}.",
        "HOST: What's each side actually getting?",
        f"GUEST: Shells for technology, mostly, and {ANSWER}.",
    )
    assert roles[1:] == ["subtitle", "introduction", "question", "body", "question", "body"]
    assert names[4] == names[6] == ["dmitri safonov"]


def test_a_round_table_s_labels_by_surnames_with_particles_and_by_given_names() -> None:
    """'VAN DER BERG:' is the Pieter van der Berg the list of participants names, 'AHMAD FAIZ:' its Ahmad Faiz bin Abdullah."""
    _, names = read(
        "Europe and the Korean Peninsula after the Biden review",
        "Participants\nAmb. (ret.) Pieter van der Berg, former Netherlands ambassador to the Republic of Korea\n"
        "Datuk Ahmad Faiz bin Abdullah, former deputy secretary-general, Ministry of Foreign Affairs of Malaysia",
        "Moderator: Dr. Ingrid van Leeuwen, Director, Asia Programme, Binnenhof Centre",
        "VAN LEEUWEN: Is there anything for Europe to do here?",
        f"VAN DER BERG: There is more for Europe to do than Europeans usually admit, and {ANSWER}.",
        f"AHMAD FAIZ: From Kuala Lumpur the view is similar: {ANSWER}.",
        "VAN LEEUWEN: And sanctions? Should Europe keep its own, or follow the Security Council alone?",
        f"VAN DER BERG: Keep them, but say what would lift them, because {ANSWER}.",
        f"AHMAD FAIZ: ASEAN has no sanctions of its own, and {ANSWER}.",
    )
    assert names[4] == names[7] == ["pieter van der berg"] and names[5] == names[8] == ["ahmad faiz bin abdullah"]


def test_a_video_transcript_s_speakers_named_over_what_they_say() -> None:
    """'AMB. TRAN QUOC HUNG' over 'Thank you, it is a pleasure to be here in Seoul.': his turn, however short, and his name
    without the rank."""
    roles, names = read(
        "Could North Korea Take the Vietnam Road?",
        "The Korea Ledger TV\n148K subscribers\nSubscribe",
        "31,204 views  Nov 9, 2023  #NorthKorea",
        "Four years after the Hanoi summit, a former Vietnamese ambassador to Pyongyang on what North Korea saw in Vietnam.",
        "Chapters\n0:00 Introduction\n1:12 What the delegation saw\n6:40 The road not taken",
        "Transcript",
        "YOON SEO-YEON\nHello and welcome to Peninsula Brief, I'm Yoon Seo-yeon. My guest today served as Vietnam's ambassador in Pyongyang.",
        "AMB. TRAN QUOC HUNG\nThank you, it is a pleasure to be here in Seoul.",
        "YOON SEO-YEON\nAmbassador, when the North Korean delegation came to Hanoi in 2019, what were they looking at?",
        f"AMB. TRAN QUOC HUNG\nThey were looking very carefully, I can tell you, and {ANSWER}.",
        "YOON SEO-YEON\nCould Pyongyang follow the same road?",
        f"AMB. TRAN QUOC HUNG\nNot without the Americans, because {ANSWER}.",
    )
    assert roles[8::2] == ["question", "question"] and names[9] == names[11] == ["tran quoc hung"]


def test_an_audience_member_s_question_named_in_brackets_within_brackets_and_a_guest_s_short_first_turn() -> None:
    roles, _ = read(
        "Extended deterrence after the Washington Declaration",
        "Speakers: Professor CHUN Chae-sung, Seoul National University; Dr. Meera Iyer, Observer Research Foundation",
        "Moderator: Amb. K. Raghunathan",
        "AMB. RAGHUNATHAN: Professor Chun, does the Nuclear Consultative Group settle the debate in Seoul?",
        f"CHUN: It settles it for the government, not for the public, and {ANSWER}.",
        "QUESTION (Col. Harpreet Sandhu (Retd.), United Service Institution): Professor Chun, would Washington really sanction an ally?",
        f"CHUN: It would have to, because {ANSWER}.",
    )
    assert roles[5] == "question"
    roles, names = read(
        "Moscow and Pyongyang Sign a Pact. Who Blinks First?",
        "Host Jasmine Koh talks to Dr Dmitri Safonov, visiting senior fellow at the Straits Strategic Review, about the treaty.",
        "HOST: Hello and welcome to Crosscurrents, I'm Jasmine Koh. Dmitri, thank you for joining us.",
        "GUEST: Thank you, Jasmine, it's a pleasure.",
        "HOST: Let's start with Article 4, the mutual-defence clause. Is this a real alliance?",
        f"GUEST: It's closer to a real alliance than anything since 1961, and {ANSWER}.",
        "HOST: What's each side actually getting?",
        f"GUEST: Shells for technology, mostly, and {ANSWER}.",
    )
    assert roles[3] == "body" and names[3] == ["dmitri safonov"]


def test_a_guest_the_dek_names_once_with_his_institute_answers_not_the_reporter_who_signs() -> None:
    """'Prof. Zhang Weiming of the Beijing Institute … on what Beijing wants': the guest, named nowhere else; 'By Hannah
    Okafor' asked. A reporter's sign-off after the answers ('Kim Da-eun  daeun.kim@…', or the address alone) credits her."""
    reading = detect.read(
        [
            "China's patience with Pyongyang has limits",
            "Prof. Zhang Weiming of the Beijing Institute of Regional Security on what Beijing wants from North Korea — and what it will not do",
            "By Hannah Okafor",
            "Q: Beijing has said almost nothing about Kim's new line on the South. Why?",
            f"A: Because it is uncomfortable with it, and {ANSWER}.",
            "Q: So, sanctions?",
            f"A: China voted for all the resolutions, and {ANSWER}.",
            "Hannah Okafor  hannah.okafor@yaludispatch.news",
        ]
    )
    assert reading.roles[3:] == ["question", "body", "question", "body", "credit"]
    assert {(reading.people[n].name, reading.people[n].affiliation) for n in reading.signers[4] + reading.signers[6]} == {
        ("Zhang Weiming", "Beijing Institute of Regional Security")
    }
    roles, _ = read("Zhou: Beijing's quiet hand", "Q: Why?", f"A: Because {ANSWER}.", "Q: And now?", f"A: Still, {ANSWER}.", "daeun.kim@hanbitherald.co.kr")
    assert roles[-1] == "credit"


def test_a_guest_titled_with_her_post_over_what_she_says_and_her_bold_questions() -> None:
    """'Lucía Ferreyra, former UN sanctions investigator: “The ships are where the story is”' is a headline naming the guest,
    no byline; under a masthead whose tagline ends in '| English edition' over 'Leer en español'."""
    roles, names = read(
        "HORIZONTE ASIA\nRevista de análisis sobre Asia-Pacífico | English edition\nLeer en español",
        "Lucía Ferreyra, former UN sanctions investigator: “The ships are where the story is”",
        "A former member of the UN Panel of Experts explains how North Korea keeps trading despite the sanctions.",
        "**How would you describe the state of sanctions enforcement today?**",
        f"Patchy, and getting worse, because {ANSWER}.",
        "**Who is doing this?**",
        f"Networks, not governments, and {ANSWER}.",
    )
    assert roles[:2] == ["label", "title"] and roles[3:] == ["question", "body", "question", "body"]
    assert names[4] == names[6] == ["lucía ferreyra"]


def test_an_interviewer_credited_after_the_turns_and_a_guest_s_bio_ending_in_edited_excerpts() -> None:
    """'Interviewer: Omori Takeshi (KIGA editorial staff). The interview was conducted online …' after the last answer is the
    credit, not a turn; 'Niklas Swanstrom, director of …, has spent two decades … He was … Edited excerpts:' introduces him."""
    roles, names = read(
        "Japan should talk to Beijing about Pyongyang",
        "Swedish security expert Dr. Niklas Swanstrom on the Russia-North Korea treaty and what India should watch",
        "Anirban Bhattacharya\nNEW DELHI",
        "Niklas Swanstrom, director of the Institute for Security and Development Policy in Stockholm, has spent two decades"
        " running dialogues with both Koreas. He was in New Delhi this week for a conference. Edited excerpts:",
        "Question: Is Beijing still the key?",
        f"Answer: Less than it was, and {ANSWER}.",
        "Question: Finally, what should readers watch for?",
        f"Answer: A seventh nuclear test, and {ANSWER}.",
        "Interviewer: Omori Takeshi (KIGA editorial staff). The interview was conducted online on June 8, 2022.",
    )
    assert roles[3:] == ["introduction", "question", "body", "question", "body", "credit"]
    assert names[5] == names[7] == ["niklas swanstrom"]


def test_a_debate_s_first_question_sets_out_the_debate_at_length() -> None:
    long_question = (
        "Denuclearisation of the Korean peninsula is still the official goal of the UN Security Council, Washington, Seoul and Tokyo."
        " Pyongyang wrote its nuclear status into its constitution last year. Is denuclearisation still a realistic objective, or"
        " should the West now pursue arms control with a nuclear North Korea?"
    )
    roles, names = read(
        "Is it time to accept a nuclear North Korea?",
        "Every month in Head to Head, two writers take opposite sides of the same question. This month we asked Anastasia Kuznetsova"
        " and Vikram Sehgal whether the goal of denuclearisation still makes sense.",
        "Moderated by Eleanor Fitch, Deputy Editor",
        long_question,
        f"ANASTASIA KUZNETSOVA: Realism begins with facts, and {ANSWER}.",
        f"VIKRAM SEHGAL: I understand the appeal of that argument, but {ANSWER}.",
        "Each of you now gets a reply. Anastasia, what do you make of the proliferation argument?",
        f"ANASTASIA KUZNETSOVA: It is real, and {ANSWER}.",
        f"VIKRAM SEHGAL: Then we agree on more than it seems: {ANSWER}.",
    )
    assert roles[3:] == ["question", "body", "body", "question", "body", "body"]
    assert names[4] == ["anastasia kuznetsova"] and names[5] == ["vikram sehgal"]


def test_an_interviewer_s_own_essay_then_her_questions_to_the_guest_the_initials_name() -> None:
    """'By Lan Anh Nguyen' over her essay, then 'LN: …?' / 'PH: …' under 'The Conversation': the essay is hers, the answers the
    guest's ('A Conversation with Lt. Gen. Patricia Hollowell (Ret.)'), and the paragraph handing over to her introduces it."""
    roles, names = read(
        "Deterrence Is Not a Korea Policy: A Conversation with Lt. Gen. Patricia Hollowell (Ret.)",
        "By Lan Anh Nguyen\nApril 28, 2023",
        f"The Washington Declaration was, above all, a reassurance exercise. I think {ANSWER}. It promises more visits by strategic assets.",
        f"That bargain was needed, and yet {ANSWER}. An alliance in which the junior partner doubts the senior one is not stable.",
        f"But the declaration also says very little about North Korea itself, and {ANSWER}. Reassurance is not a strategy.",
        "To test that worry against someone who has planned for war on the peninsula, I called Patricia Hollowell, who served as chief"
        " of staff of United Nations Command. Our conversation has been lightly edited.",
        "The Conversation",
        "LN: Is the Washington Declaration more than symbolism?",
        f"PH: Symbolism is not nothing in deterrence, and {ANSWER}.",
        "LN: And North Korea?",
        f"PH: You're right that the document is thin on the North, and {ANSWER}.",
    )
    assert roles[2:] == ["body", "body", "body", "introduction", "subtitle", "question", "body", "question", "body"]
    assert names[2] == ["lan anh nguyen"] and names[8] == names[10] == ["patricia hollowell"]


def test_a_guest_the_dek_gives_with_post_and_subject_and_a_statement_put_as_a_question() -> None:
    """'Ambassador Rodrigo Sampaio Lemos, Brazil’s envoy to the DPRK from 2012 to 2016, on isolation, …' is a dek naming the
    guest, no byline; 'The Biden administration has just completed its review. It speaks of …' between two answers asks."""
    reading = detect.read(
        [
            "Conversations",
            "“In Pyongyang, you learn that patience is a policy”",
            "Ambassador Rodrigo Sampaio Lemos, Brazil’s envoy to the DPRK from 2012 to 2016, on isolation, sanctions and what countries of"
            " the Global South can offer the Korean Peninsula",
            "Editor’s note: This conversation took place in Portuguese by video call in May. It was translated by the editors and shortened.",
            "You arrived in Pyongyang in 2012, a few months after Kim Jong Un came to power. What struck you first?",
            f"The silence. Pyongyang in 2012 had very few cars, and {ANSWER}, which is what I told Brasília at the time, more than once.",
            "Then is denuclearization a fantasy?",
            f"As an immediate objective, yes. As a long-term horizon it should stay, because {ANSWER}; abandoning it would send a terrible"
            " signal to other countries that are tempted, and the sequence has to change.",
            "The Biden administration has just completed its policy review. It speaks of a “calibrated, practical approach.”",
            f"A good phrase. It now needs content, and {ANSWER}; but the North Koreans have closed their border because of the pandemic,"
            " and nobody is answering the telephone in Pyongyang. Even our own embassy has had to send its staff home.",
            "And sanctions?",
            f"They should stay, but {ANSWER}.",
        ]
    )
    assert reading.roles[2:] == ["subtitle", "editors_note", "question", "body", "question", "body", "question", "body", "question", "body"]
    assert {(reading.people[n].name, reading.people[n].affiliation) for n in reading.signers[5]} == {
        ("Rodrigo Sampaio Lemos", "Brazil’s envoy to the DPRK from 2012 to 2016")
    }


def test_an_outlet_s_first_turn_that_asks_before_it_comments_is_a_question() -> None:
    roles, names = read(
        "Chun Chae-sung: Seoul should not answer Pyongyang in kind",
        "By Yoon Seo-yeon\nJan. 30, 2024 — 06:00 KST",
        "Peninsula Pulse: How new is this? North Korea has threatened Seoul many times before.",
        f"Chun: The threats are not new. What is new is the doctrine, and {ANSWER}.",
        "Peninsula Pulse: What should Seoul do?",
        f"Chun: Nothing in kind, because {ANSWER}.",
    )
    assert roles[2:] == ["question", "body", "question", "body"] and names[3] == names[5] == ["chun chae-sung"]


def test_guests_named_with_a_post_before_the_name_or_only_in_the_bios_at_the_end() -> None:
    """'Former Ambassador to Mongolia Hiroshi Kanazawa, who …, says …': Mongolia is where he served, no part of his name.
    'LEE:' and 'NGUYEN:' are the Lee Sang-soo and the Nguyen Thi Thu Ha the contributors' note at the end names, whole."""
    roles, names = read(
        "Interview: Former envoy sees a narrow opening with Pyongyang",
        "Former Ambassador to Mongolia Hiroshi Kanazawa, who spent two decades on North Korea policy at the Foreign Ministry, says Tokyo"
        " should stop treating the abduction issue and the nuclear issue as one locked door",
        "Morita: The prime minister says “without preconditions.” Is that realistic?",
        f"Kanazawa: It is realistic as an opening phrase, and {ANSWER}.",
        "Morita: And the abductions?",
        f"Kanazawa: They stay on the table, but {ANSWER}.",
    )
    assert roles[2:] == ["question", "body", "question", "body"] and names[3] == names[5] == ["hiroshi kanazawa"]
    roles, names = read(
        "Can Pyongyang take the Hanoi road?",
        "Editor’s note: Both guests answered our questions separately. In Dr Nguyen’s case, the answers were translated from Vietnamese.",
        "Q: Start with the summit. What went wrong?",
        f"LEE: The two sides came with incompatible definitions of a deal, and {ANSWER}.",
        f"NGUYEN: From Hanoi it looked a little different, because {ANSWER}.",
        "Q: Why not?",
        f"LEE: Because {ANSWER}.",
        f"NGUYEN: I agree that {ANSWER}.",
        "About the contributors\nDr Lee Sang-soo heads the Stockholm Korea Center at the Institute for Security and Development Policy.\n"
        "Dr Nguyen Thi Thu Ha is a senior researcher at the Institute for Regional Economic Studies, Hanoi.",
    )
    assert names[3] == names[6] == ["lee sang-soo"] and names[4] == names[7] == ["nguyen thi thu ha"]


def test_a_moderator_who_thanks_then_asks_and_hands_over_puts_the_first_question() -> None:
    roles, _ = read(
        "Seventy years of armistice: a panel",
        "Moderator: Ricardo Alves Pinto, Director of Asia Programs, CEBRA",
        "Panelists:\nSang-hyun Lee, Senior Research Fellow, Sejong Institute\nMariana Figueiredo, Professor, Federal University of Minas Gerais",
        "RICARDO ALVES PINTO: Thank you all for being here. Let me start with the simplest question, which is also the hardest. Seventy"
        " years on, why has nobody managed to replace the armistice with a peace treaty? Dr Lee, please.",
        f"SANG-HYUN LEE: Because every time the parties came close, {ANSWER}.",
        f"MARIANA FIGUEIREDO: I see it differently: {ANSWER}.",
        "RICARDO ALVES PINTO: What would you do first?",
        f"SANG-HYUN LEE: The hotlines, since {ANSWER}.",
    )
    assert roles[3:] == ["question", "body", "body", "question", "body"]


def test_a_round_table_of_retired_officers_labelled_by_rank_and_surname() -> None:
    """'Maj. Gen. Engman:', 'Lt. Gen. Yoon:', 'Sr. Col. Zhao:' are turns, each its officer's, under a title whose 'Four Retired
    Officers on …' names no one; 'Moderator: Ambassador (ret.) Hélène Vasseur, …' credits who asks."""
    roles, names = read(
        "Deterrence and Dialogue After Camp David: Four Retired Officers on Military Risk in Korea",
        "Participants\nMaj. Gen. (ret.) Mats Engman, Senior Fellow, Institute for Security and Development Policy\n"
        "Lt. Gen. (ret.) Yoon Tae-seok, former Deputy Chief of Staff, Republic of Korea Army\n"
        "Senior Col. (ret.) Zhao Liwei, former Research Fellow, PLA Academy of Military Science",
        "Moderator: Ambassador (ret.) Hélène Vasseur, former Director for Asia and Oceania, French Ministry for Europe and Foreign Affairs",
        "Amb. Vasseur: General Engman, let me begin with you. How would you describe the military situation today?",
        f"Maj. Gen. Engman: Worse, and {ANSWER}.",
        "Amb. Vasseur: General Yoon, does the Washington Declaration change the calculation in Pyongyang?",
        f"Lt. Gen. Yoon: It changes Seoul's more than Pyongyang's, and {ANSWER}.",
        "Amb. Vasseur: Colonel Zhao, how does Beijing read it?",
        f"Sr. Col. Zhao: As a reason for caution, because {ANSWER}.",
    )
    assert roles[2] == "credit" and roles[3:] == ["question", "body", "question", "body", "question", "body"]
    assert names[4] == ["mats engman"] and names[6] == ["yoon tae-seok"] and names[8] == ["zhao liwei"]


def test_a_guest_the_title_calls_by_occupation_and_one_labelled_by_dotted_initials() -> None:
    roles, names = read(
        "“Sanctions made North Korea poorer, not weaker”: Economist Lee Sang-hoon on Pyongyang’s turn to Moscow",
        "Interview by AOKI Mariko, Senior Writer",
        "— Sanctions have been in place at roughly their current level since 2017. Have they worked?",
        f"Lee: It depends what you mean by “worked,” and {ANSWER}.",
        "— And Moscow?",
        f"Lee: Moscow changed the arithmetic, and {ANSWER}.",
    )
    assert names[3] == names[5] == ["lee sang-hoon"]
    roles, names = read(
        "Moscow, Pyongyang and the Unravelling of the UN Sanctions Regime",
        "Russian scholar Irina Sokolova on what the June treaty between Russia and North Korea means for the Korean Peninsula, and for Africa",
        "W.M.: How should we read the treaty signed in Pyongyang in June? Is it a real alliance?",
        f"I.S.: On paper, yes, and {ANSWER}.",
        "W.M.: What does it mean for Africa?",
        f"I.S.: Less than it seems, because {ANSWER}.",
    )
    assert roles[2:] == ["question", "body", "question", "body"] and names[3] == names[5] == ["irina sokolova"]


def test_a_statement_answered_with_yes_is_a_question_after_a_short_last_paragraph() -> None:
    roles, _ = read(
        "Hanoi, five years on: Could Vietnam still be a model for North Korea?",
        "Thursday, 28/02/2024, 08:15 (GMT+7)",
        f"Five years ago this week, Hanoi hosted the second summit between Donald Trump and Kim Jong Un. {ANSWER}. We asked Nguyen Van Hai, a former"
        " ambassador who served in Pyongyang, what Vietnam's experience can and cannot teach.",
        "Looking back, why did the Hanoi summit fail?",
        f"Both sides came with expectations that were too far apart, and {ANSWER}. The working-level negotiators had agreed nothing.",
        "Finally, verification was never really discussed. Without answers, any deal would have been fragile.",
        "During the summit, Secretary of State Mike Pompeo said North Korea could repeat Vietnam’s “miracle.”",
        f"Yes, and we Vietnamese were flattered. But the comparison has limits, because {ANSWER}; we had no nuclear weapons in 1986.",
        "What would you tell Pyongyang?",
        f"That reform is slow, and {ANSWER}. Our Party did not fear opening as much as theirs does, and it still took a decade.",
    )
    assert roles[3:] == ["question", "body", "body", "question", "body", "question", "body"]


def test_a_guest_a_dek_introduces_by_his_deeds() -> None:
    roles, names = read(
        "Eyes over the East China Sea: an RAAF veteran on watching North Korea's smugglers",
        "Retired Air Vice-Marshal Warren Kessick commanded maritime patrol forces when Australia first sent P-8A Poseidons to Japan."
        " He talks about what surveillance can and can't do.",
        "2 August 2022",
        "Since 2018 Australia has regularly deployed aircraft to the waters around Japan under Operation ARGOS, its contribution to"
        " monitoring the UN sanctions on North Korea. We asked someone who helped plan the early deployments why they matter.",
        "**What exactly are the crews looking for?**",
        f"Ship-to-ship transfers, mostly, and {ANSWER}.",
        "**Does it work?**",
        f"Partly, because {ANSWER}.",
    )
    assert roles[4:] == ["question", "body", "question", "body"] and names[5] == names[7] == ["warren kessick"]


def test_a_panel_s_remarks_telling_what_its_moderator_did() -> None:
    """'Prof. van der Merwe opened the session by recalling …' and '… then asked the panellists whether …', told in the third
    person under 'Moderator: Prof. Pieter van der Merwe': the event's framing and its question, no panellist's words."""
    roles, names = read(
        "Pelindaba and Pyongyang: Lessons of a Disarmament",
        "Cape Town, November 2022",
        "Moderator: Prof. Pieter van der Merwe, Director, SAINPS",
        "Panellists:\nAmbassador Thandiwe Mokoena, former Deputy Permanent Representative of South Africa to the IAEA\n"
        "Major General (ret.) Mats Engman, Distinguished Military Fellow, ISDP",
        "Editor's note: The remarks below were transcribed from the session recording and have been shortened and lightly edited.",
        "Prof. van der Merwe opened the session by recalling that South Africa remains the only state to have built nuclear weapons"
        " and then dismantled them entirely. Nearly thirty years after the IAEA confirmed that dismantlement, he asked the panel"
        " whether that history holds any lesson for the Korean Peninsula, where the opposite has happened. The panellists answered"
        " in turn.",
        "Ambassador Thandiwe Mokoena",
        f"Thank you, Pieter. Let me begin with a warning against easy analogies, because {ANSWER}.",
        "Major General (ret.) Mats Engman",
        f"I spent a good part of my career looking at the peninsula from the inside, and {ANSWER}.",
        "Prof. van der Merwe then asked the panellists whether any outside actor could realistically help.",
        f"ENGMAN: Small countries cannot bring the parties together by force of will, but {ANSWER}.",
    )
    assert roles[5] == "introduction" and roles[10] == "question" and names[11] == ["mats engman"]


def test_a_podcast_s_guest_line_that_is_his_bio_and_a_host_with_time_codes() -> None:
    """'Guest: Major General (ret.) Mats Engman is a senior fellow …' over the transcript is his bio, no turn of a speaker
    called 'Guest': the host, labelled with her time codes, asks, and he answers."""
    roles, names = read(
        "Episode 47: Reading the signals from Pyongyang, with Mats Engman",
        "Published 4 April 2024 · 15 min listen",
        "Guest: Major General (ret.) Mats Engman is a senior fellow at the Institute for Security and Development Policy (ISDP) in"
        " Stockholm. He previously headed the Swedish delegation to the Neutral Nations Supervisory Commission at Panmunjom.",
        "Transcript",
        "[00:00:04] BRONWYN TULLY: G'day and welcome to The Northern Line. I'm Bronwyn Tully, and my guest this week served at Panmunjom.",
        "[00:00:58] BRONWYN TULLY: Let's start with Tuesday's launch. How much should we read into it?",
        f"[00:01:10] MATS ENGMAN: Thanks, Bronwyn. Quite a lot, because {ANSWER}.",
        "[00:02:41] BRONWYN TULLY: So is denuclearisation off the table?",
        f"[00:02:45] MATS ENGMAN: As an immediate goal, yes. Still, {ANSWER}.",
        "[00:04:20] BRONWYN TULLY: What does the view from the DMZ teach you about risk?",
        f"[00:04:27] MATS ENGMAN: That incidents happen faster than politics, and {ANSWER}.",
    )
    assert roles[2] == "author_bio" and names[2] == ["mats engman"]
    assert roles[5:] == ["question", "body", "question", "body", "question", "body"] and names[6] == ["mats engman"]


def test_a_news_channel_s_transcript_with_a_reporter_s_package_between_its_stage_directions() -> None:
    """'PAUL HWANG, CWN CORRESPONDENT (voice-over): …' between '(BEGIN VIDEOTAPE)' and '(END VIDEOTAPE)' is the channel's
    report, framing the interview, no answer; a bare '[18:21:07]', the stage directions and the transcript provider's line
    are the page's; the title loses its 'Aired 6-7p ET'."""
    paragraphs = [
        "North Korea Fires Missiles Days After New U.S. Sanctions; Former Negotiator Marcus Delaney on What Comes Next. Aired 6-7p ET",
        "Aired January 14, 2022 - 18:00   ET",
        "[18:21:07]",
        "ANCHOR: North Korea fired two short-range ballistic missiles from a train today, its third launch this month.",
        "(BEGIN VIDEOTAPE)",
        "PAUL HWANG, CWN CORRESPONDENT (voice-over): The missiles were launched from a rail car in North Pyongan province and"
        " flew about 430 kilometers before splashing into the sea, according to South Korea's Joint Chiefs of Staff.",
        "(END VIDEOTAPE)",
        "ANCHOR: Joining me now is Marcus Delaney, a former deputy special representative for North Korea. Marcus, thanks for being here.",
        "ANCHOR: Three launches in two weeks. Is this Kim Jong Un answering the sanctions?",
        f"DELANEY: Honestly, both, because {ANSWER}.",
        "ANCHOR: So were the sanctions a mistake?",
        f"DELANEY: No, I wouldn't say a mistake, but {ANSWER}.",
        "TOP OF PAGE\nTranscript provider: ClearCaption Media Services. © 2022 Cable World Network. All Rights Reserved.",
    ]
    reading = detect.read(paragraphs)
    assert reading.roles[2] == reading.roles[4] == reading.roles[6] == reading.roles[12] == "boilerplate"
    assert reading.roles[5] == "introduction" and reading.roles[7] == "introduction"
    assert [reading.people[n].name for n in reading.signers[9]] == ["Marcus Delaney"]
    assert title_text(paragraphs[0]) == "North Korea Fires Missiles Days After New U.S. Sanctions; Former Negotiator Marcus Delaney on What Comes Next"


def test_a_guest_the_introduction_says_was_reached_by_video_call_answers_bold_questions() -> None:
    roles, names = read(
        "“Moscow is not Pyongyang’s ally in the old Soviet sense”",
        "Rafael Monteiro, from São Paulo",
        "*When Vladimir Putin landed in Pyongyang, he left with a treaty whose fourth article promises “military and other"
        " assistance”. To understand what it means, Horizonte Sul spoke by video call with Yevgenia Sokolova, a senior researcher"
        " at the Primorye Institute of Asia-Pacific Studies in Vladivostok.*",
        "**Is this treaty a return to the 1961 alliance?**",
        f"On paper, it looks very similar, but {ANSWER}.",
        "**Would Russia really fight for North Korea?**",
        f"I doubt it, and {ANSWER}.",
        "Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico"
        " ou impresso, sem autorização escrita da Folha Sul Comunicação.",
    )
    assert roles[1] == "credit" and roles[3:7] == ["question", "body", "question", "body"] and names[4] == ["yevgenia sokolova"]
    assert roles[7] == "boilerplate"


def test_the_guest_s_card_under_the_answers_and_a_translator_s_note_over_them() -> None:
    """'CHUN Chae-sung' over his post under the last answer is the guest's bio, no signature; '[Translator’s note] This
    interview was conducted in Korean …' over the text is the note on the text; a caption credits its photographer '[Kim Da-eun]'."""
    roles, names = read(
        "Chun Chae-sung: “Hanoi failed on sequencing, not on goodwill”",
        "[Translator’s note] This interview was conducted in Korean and first appeared in the Oct. 8 print edition. Words in"
        " square brackets have been added by the translator.",
        "Chun Chae-sung, professor at Seoul National University, speaks with the Hanbit Ilbo at his office on Oct. 7. [Kim Da-eun]",
        "――Why did Hanoi fail?",
        f"Because the two sides never agreed on sequencing, and {ANSWER}.",
        "――What should Seoul do now?",
        f"Close its own gap with Washington first, because {ANSWER}.",
        "CHUN Chae-sung\nProfessor, Department of Political Science and International Relations, Seoul National University.",
    )
    assert roles[1] == "editors_note" and roles[2] == "caption"
    assert roles[7] == "author_bio" and names[7] == ["chun chae-sung"] and names[6] == ["chun chae-sung"]


def test_a_ministry_s_briefing_its_spokesperson_s_statement_then_reporters_questions() -> None:
    """'Deputy Spokesperson Yoon Ha-jin: Good morning. …', then 'Reporter (Outlet): …?' and 'Yoon: …' in turn: the
    spokesperson answers (her office no part of her name), the reporters ask; the provisional translation's note is a disclaimer."""
    roles, names = read(
        "Regular Briefing by the Deputy Spokesperson (Transcript)",
        "Date: 2023.07.17 (Mon) 10:30   Department: Spokesperson's Office   Views: 1,482",
        "※ This is a provisional English translation prepared for reference only. In case of any discrepancy, the Korean original shall prevail.",
        f"Deputy Spokesperson Yoon Ha-jin: Good morning. I will begin with two announcements. First, {ANSWER}.",
        "Reporter (Yonhap News Agency): You said the door remains open. Does the Ministry have any concrete plan to restore the lines?",
        f"Yoon: We have continued to place calls through the liaison channel, and {ANSWER}.",
        "Reporter (NHK): What role does the Ministry of Unification play in the Nuclear Consultative Group?",
        f"Yoon: The group falls under the Ministry of National Defense, but {ANSWER}.",
        "Reporter (Yonhap News Agency): A follow-up. Has the Minister's instruction been conveyed to the North in any form?",
        f"Yoon: There has been no separate message at this stage, and {ANSWER}.",
    )
    assert roles[2] == "disclaimer" and roles[3:] == ["body", "question", "body", "question", "body", "question", "body"]
    assert names[3] == names[5] == ["yoon ha-jin"]


def test_a_reporter_s_package_named_by_the_credit_with_a_soundbite_inside_it() -> None:
    """'Reporter: Tom Gallacher' over the transcript: his turns, and a voice heard once between two of them, are the
    programme's report; the presenter then asks the guest."""
    roles, names = read(
        "Putin in Pyongyang: an alliance of convenience or a new axis?",
        "Broadcast: 19/06/2024",
        "Reporter: Tom Gallacher",
        "LAURA BINNS, PRESENTER: Vladimir Putin has landed in Pyongyang for his first visit in 24 years. Tom Gallacher reports.",
        "TOM GALLACHER, REPORTER: The welcome was lavish even by Pyongyang's standards, and the treaty signed was far-reaching.",
        "TOM GALLACHER: Western and South Korean officials say the deal formalises a trade already under way.",
        "MARK DELANEY, FORMER US STATE DEPARTMENT NEGOTIATOR: Five years ago Russia voted for every one of these sanctions resolutions.",
        "TOM GALLACHER: In March, Russia vetoed the renewal of the UN panel of experts that monitored sanctions on North Korea.",
        "LAURA BINNS: Priya Raghavan directs the Centre for Indo-Pacific Strategy. She joined me from Canberra.",
        "LAURA BINNS: Priya Raghavan, is this an alliance in the real sense?",
        f"PRIYA RAGHAVAN, CENTRE FOR INDO-PACIFIC STRATEGY: I'd be cautious, because {ANSWER}.",
        "LAURA BINNS: What does that mean for sanctions?",
        f"RAGHAVAN: Frankly, the regime is finished as a tool of pressure, and {ANSWER}.",
        "Do you have a story tip? Contact Nightwatch confidentially.",
    )
    assert roles[4:8] == ["introduction"] * 4 and roles[9:13] == ["question", "body", "question", "body"]
    assert names[10] == names[12] == ["priya raghavan"] and roles[13] == "boilerplate"


def test_a_podcast_s_transcript_heading_music_cue_and_a_note_on_the_transcript_that_disclaims() -> None:
    roles, _ = read(
        "Episode 112: Armistice lessons",
        "Eleanor Pryce talks to retired Swedish Major General Mats Engman about what four decades of armistice management teach us"
        " about avoiding war by accident.",
        "Transcript",
        "[00:00:00] (MUSIC)",
        "[00:00:09] ELEANOR PRYCE: Hello and welcome to Kingsway Conversations. What does the armistice teach us?",
        f"[00:00:48] MATS ENGMAN: Thank you, Eleanor. Mostly that {ANSWER}.",
        "[00:05:10] ELEANOR PRYCE: And what should Seoul do now?",
        f"[00:05:20] MATS ENGMAN: Keep the channels open, because {ANSWER}.",
        "This transcript was generated automatically and lightly edited. Please check against the audio before quoting. Guests'"
        " views are their own and do not represent the Kingsway Institute.",
    )
    assert roles[2:4] == ["subtitle", "boilerplate"] and roles[8] == "disclaimer"


def test_an_interviewer_s_own_essay_over_her_interview_under_her_byline() -> None:
    """'By HARUKA ISHIDA/ Senior Staff Writer' over three paragraphs of her own, a heading, then 'Ishida: …?' / 'Zhao: …': the
    essay is hers (her byline stays one), the line that hands over introduces the interview, the answers are his."""
    roles, names = read(
        "After Hanoi, Beijing holds the cards — and knows it",
        "By HARUKA ISHIDA/ Senior Staff Writer",
        "March 22, 2019 at 07:00 JST",
        f"BEIJING — When Donald Trump walked out of the summit without a deal, the most relieved capital may have been Beijing. {ANSWER}.",
        f"The collapse of the talks is widely blamed on a mismatch of expectations, and the mismatch has not gone away. {ANSWER}.",
        f"That is where China comes in: Kim has now visited Beijing four times, and its enforcement has loosened. {ANSWER}.",
        "To understand how Beijing sees its role, I spoke with one of China’s most experienced Korea watchers.",
        "‘Beijing wants stability, not a winner’",
        "Zhao Minghui is a professor at the Shanghai Institute for East Asian Affairs. The interview took place in his office.",
        "Ishida: Was China relieved when the Hanoi summit failed?",
        f"Zhao: “Relieved” is too strong. China wants the talks to continue, because {ANSWER}.",
        "Ishida: Does Beijing agree that sanctions must stay?",
        f"Zhao: We have implemented the resolutions, but {ANSWER}.",
    )
    assert roles[1] == "byline" and roles[3:6] == ["body"] * 3 and names[3] == ["haruka ishida"]
    assert roles[6] == roles[8] == "introduction" and names[10] == names[12] == ["zhao minghui"]


def test_the_same_numbered_questions_put_to_each_writer_in_turn() -> None:
    roles, _ = read(
        "Sanctions relief for a freeze? Two views",
        "LEE SANG-HOON\nSenior Research Fellow, Korea Institute for Peninsula Affairs, Seoul",
        "1. Would offering sanctions relief in exchange for a verifiable freeze bring Pyongyang back to the table?",
        f"Not on its own, because {ANSWER}.",
        "2. Should a declaration ending the Korean War come before or after denuclearization steps?",
        f"After, or at least in step with concrete actions, because {ANSWER}.",
        "IRINA VOLKOVA\nLeading Researcher, Centre for Korean Studies, Moscow",
        "1. Would offering sanctions relief in exchange for a verifiable freeze bring Pyongyang back to the table?",
        f"Yes, though not quickly, because {ANSWER}.",
        "2. Should a declaration ending the Korean War come before or after denuclearization steps?",
        f"Before, because {ANSWER}.",
    )
    assert roles[4] == roles[9] == "question" and "body" not in (roles[2], roles[7])


def test_a_spokesperson_labelled_by_office_and_surname_whom_the_title_names_in_full() -> None:
    roles, names = read(
        "Regular Press Briefing by Spokesperson Koo Hyun-jin (September 7, 2023)",
        "Date : 2023-09-07    Hit : 1482",
        "Spokesperson Koo: Good afternoon. I will start with two announcements.",
        f"First, the First Vice Minister will visit Hanoi, and {ANSWER}.",
        "Q: Foreign media have reported that Chairman Kim Jong Un may travel to Russia this month. What is the Government's view?",
        f"Spokesperson Koo: We are aware of the reports, and {ANSWER}.",
        "Q: Will the Government raise the matter with Moscow directly?",
        f"Spokesperson Koo: We are in close communication with our partners, and {ANSWER}.",
    )
    assert roles[4:] == ["question", "body", "question", "body"] and names[5] == names[7] == ["koo hyun-jin"]


def test_a_panel_s_list_names_its_moderator_and_panelists_and_its_labels_give_rank_and_surname() -> None:
    """'PARTICIPANTS:' over 'Moderator:' and 'Panelists:', each name over its post, then 'AMBASSADOR KANG:', 'GENERAL ENGMAN:',
    'DR. ZHAO:' (a Chinese name in the list, the surname first) and a 'QUESTIONER:' from the floor: the moderator and the floor
    ask, each panelist's turns are theirs."""
    roles, names = read(
        "AFTER HANOI: IS THERE A PATH BACK TO THE TABLE?",
        "Hwabaek International Convention Center\nGyeongju, Republic of Korea\nThursday, June 27, 2019",
        "PARTICIPANTS:\nModerator:\nKANG HEE-JUNG\nFormer Ambassador of the Republic of Korea to the Netherlands\nPanelists:\nMATS ENGMAN\n"
        "Major General (ret.), Senior Fellow, Institute for Security and Development\nPolicy (ISDP), Stockholm\nZHAO WENJUN\n"
        "Senior Fellow, Shanghai Academy of Global Strategy",
        "AMBASSADOR KANG: Good afternoon. General Engman, you served at Panmunjom. What has the military agreement achieved?",
        f"GENERAL ENGMAN: More than the summits did. {ANSWER}.",
        "AMBASSADOR KANG: Dr. Zhao, President Xi has just been to Pyongyang. What was Beijing's message?",
        f"DR. ZHAO: That China intends to be present, and that {ANSWER}.",
        "QUESTIONER: Thank you. Choi Yun-ah from Kyungpook National University. Is the armistice finished as an institution?",
        f"GENERAL ENGMAN: It is not finished. {ANSWER}.",
    )
    assert roles == ["title", "dateline", "byline", "question", "body", "question", "body", "question", "body"]
    assert names[4] == names[8] == ["mats engman"] and names[6] == ["zhao wenjun"]


def test_an_introduction_gives_the_guest_s_post_between_dashes_and_the_questions_are_put_as_tasks() -> None:
    """'This conversation with Jeon Jae-seong – professor … at Seoul National University … – is …': the guest and his post
    (here the known Chun Chaesung, by his university), and 'Explain …', 'Assess …': the interviewer's questions."""
    reading = detect.read(
        [
            "After Pyongyang: Can ‘Corresponding Measures’ Break the Deadlock?",
            "By Anneliese Brandt",
            "October 02, 2018",
            "The Pacific Ledger’s Anneliese Brandt regularly engages experts for their insights into the security of the Korean Peninsula."
            " This conversation with Jeon Jae-seong – professor in the Department of Political Science and International Relations at"
            " Seoul National University – is the 142nd in “Peninsula Perspectives.”",
            "Explain the significance of the September Pyongyang Joint Declaration for the denuclearization process.",
            f"The joint declaration matters because {ANSWER}.",
            f"That is still far from denuclearization, but {ANSWER}.",
            "Assess North Korea’s demand for “corresponding measures” from the United States.",
            f"In the short term, two things: {ANSWER}.",
            "How would an end-of-war declaration affect the alliance?",
            f"Much less than its critics claim, because {ANSWER}.",
            "What should Washington and Seoul prioritize before the next summit?",
            f"A working-level agreement on a road map, since {ANSWER}.",
            "Are you optimistic?",
            f"Cautiously. In Pyongyang, {ANSWER}.",
        ],
        known_names=["Chun Chaesung"],
    )
    assert reading.roles[4:] == ["question", "body", "body", "question", "body"] + ["question", "body"] * 3
    guest = reading.people[reading.signers[5][0]]
    assert guest.name == "Jeon Jae-seong" and "Seoul National University" in guest.affiliation


def test_a_short_statement_in_italics_between_answers_asks() -> None:
    """'*You sound pessimistic.*' among italic questions: the interviewer's turn, though no question mark says so."""
    roles, _ = read(
        "The Case Against Making Peace Too Early",
        "Interview by Caleb Strand",
        "Margaret Dunleavy spent two decades on the North Korea file. We spoke over two long afternoons in her office.",
        "*Let’s start with the phrase everyone uses now: a step-by-step approach. What do you hear?*",
        f"Margaret Dunleavy: I hear a sensible phrase that hides the hard part, which is that {ANSWER}.",
        "*Does the alliance have a role in this, or is it an obstacle?*",
        f"Both, and people forget the first. {ANSWER}.",
        "*You sound pessimistic.*",
        f"I’m a realist who has been surprised before. {ANSWER}.",
        "*And human rights? They rarely come up.*",
        f"They should come up every time, because {ANSWER}.",
    )
    assert roles[7] == "question" and roles[8] == "body"


def test_a_select_committee_s_numbered_questions_ask() -> None:
    roles, names = read(
        "Oral evidence: Security on the Korean Peninsula",
        "Tuesday 19 November 2019",
        "Ordered by the House of Commons to be published on 19 November 2019.",
        "Watch the meeting",
        "Members present: Helen Ashworth (Chair); Ian Caldecott; Priya Sandhu.",
        "Questions 45 - 47",
        "Witnesses\nI: Major General Mats Engman (retd), Senior Fellow, Institute for Security and Development Policy, Stockholm; and"
        " Dr Catherine Moorcroft, Senior Lecturer in International Security, University of Leeds.",
        "Q45 Chair: Good afternoon, and welcome to our two witnesses. Where are we, six weeks after the talks in Stockholm?",
        f"Major General Engman: A stalemate that is becoming more dangerous. {ANSWER}.",
        f"Dr Moorcroft: I agree, and {ANSWER}.",
        "Q46 Ian Caldecott: Major General Engman, is the military agreement still holding?",
        f"Major General Engman: More than people think, and {ANSWER}.",
        "Q47 Priya Sandhu: Dr Moorcroft, is there anything left to trade?",
        f"Dr Moorcroft: Yes, in principle, but {ANSWER}.",
    )
    assert roles[2:6] == ["dateline", "boilerplate", "credit", "boilerplate"]
    assert [roles[i] for i in (7, 10, 12)] == ["question"] * 3
    assert names[8] == names[11] == ["mats engman"] and names[9][0].endswith("moorcroft") and names[13][0].endswith("moorcroft")


def test_a_roundup_s_answers_each_opened_by_a_name_and_a_post_in_lower_case() -> None:
    reading = detect.read(
        [
            "After the Hwasong-17: Five experts on what Seoul, Washington and Beijing should do next",
            "Compiled by Sofia Lindgren",
            "We put the same question to specialists in Stockholm, Seoul and Washington. Their answers have been edited for length.",
            "The question: After the latest ICBM launch, what is the single most important thing governments should do now?",
            f"Niklas Swanström, director of the Institute for Security and Development Policy in Stockholm: {ANSWER}.",
            f"Europe can help here, because {ANSWER}.",
            f"Lee Sang-jun, research fellow at the Korea Institute for Defense Analyses: Deterrence has to come first, and {ANSWER}.",
            f"Jonathan Esterly, former U.S. deputy negotiator at the Six-Party Talks: Washington should make an offer; {ANSWER}.",
        ]
    )
    signed = [[reading.people[n].name for n in group] for group in reading.signers]
    assert signed[4:] == [["Niklas Swanström"], ["Niklas Swanström"], ["Lee Sang-jun"], ["Jonathan Esterly"]]
    assert reading.people[reading.signers[7][0]].affiliation == "former U.S. deputy negotiator at the Six-Party Talks"


def test_a_rapporteur_s_report_whose_speakers_are_named_in_bios_under_it() -> None:
    """No list of speakers over the report, their bios under it ('ABOUT THE SPEAKERS'): each paragraph is the words of the
    speaker it reports, 'Both Okafor and Hwang …' both of theirs, and what the participants said together, or the report's
    conclusions under a numbered heading, nobody's."""
    roles, names = read(
        "Sanctions, Aid and the Closed Border",
        "Rapporteur: Sofia Lindqvist, Programme Officer, Geneva Forum for Humanitarian Security",
        "1. INTRODUCTION\nOn 14–15 March 2023 the Forum convened a closed roundtable of some twenty former diplomats, sanctions experts,"
        " humanitarian practitioners and scholars from Europe, Asia and North America to examine the state of the UN sanctions regime"
        " on the DPRK. The first day was held under the Chatham House Rule; on the second, speakers agreed to be named.",
        f"2. SESSION I: IS THE SANCTIONS REGIME STILL MULTILATERAL?\nAmbassador (ret.) Hwang Dong-ik opened the session by arguing that"
        f" the regime created by the Council's resolutions since 2006 had lost the political foundation on which it rested. In his view"
        f" {ANSWER}, and the decisive moment was May 2022, when China and Russia vetoed a draft resolution on oil imports.",
        f"Dr Alexei Voronin offered a sharply different account. He argued that {ANSWER}.",
        "In the discussion that followed, several participants questioned whether Moscow's position reflected concern for the North"
        " Korean population or its own strategic alignment with Pyongyang. Others noted that Chinese enforcement, which had been strict"
        " in 2018, had visibly weakened even before the pandemic. There was broad agreement that no new Council measures were likely.",
        f"Dr Margaret Okafor argued that the debate over exemptions had been overtaken by events, and that {ANSWER}.",
        f"Both Okafor and Hwang stressed, in response to a question from the floor, that {ANSWER}.",
        "5. CONCLUSIONS\nThe roundtable did not seek consensus, and none emerged on the central question of whether sanctions should"
        " be preserved, eased or traded. Participants did, however, converge on three practical points: that humanitarian engagement"
        " should be insulated from the nuclear negotiation, that enforcement data should be shared, and that any relief be reversible."
        " A fuller record of the second day's discussion is available to participants on request from the Forum's secretariat.",
        "ABOUT THE SPEAKERS\nHwang Dong-ik is a former Ambassador of the Republic of Korea.\nAlexei Voronin is a Senior Research Fellow"
        " at the Centre for Asia-\nPacific Studies, Moscow.\nMargaret Okafor is a former UN Deputy Humanitarian Coordinator.",
    )
    assert roles[1] == "credit" and roles[2] == "introduction" and roles[5] == roles[8] == "introduction"
    assert names[3] == ["hwang dong-ik"] and names[4] == ["alexei voronin"] and names[6] == ["margaret okafor"]
    assert sorted(names[7]) == ["hwang dong-ik", "margaret okafor"]


def test_a_news_channel_s_transcript_labels_each_guest_by_name_and_post_in_capitals() -> None:
    roles, names = read(
        "Singapore Summit: Breakthrough or Photo Op?",
        "Aired June 12, 2018 - 21:00   ET",
        "FIONA GALBRAITH, MERIDIAN NEWS 24 ANCHOR: Good evening. Joining me: in Seoul, Choi Min-seo, a former vice minister; here,"
        " retired Lieutenant General Walter Denholm. Minister Choi, breakthrough or photo op?",
        f"CHOI MIN-SEO, FORMER SOUTH KOREAN VICE MINISTER OF UNIFICATION (via Skype): Neither, Fiona. {ANSWER}.",
        "GALBRAITH: General Denholm, what did you make of the president's announcement on exercises?",
        f"WALTER DENHOLM, LT. GEN., U.S. ARMY (RET.), FORMER DEPUTY COMMANDER, U.S. FORCES KOREA: I was stunned. {ANSWER}.",
        "(CROSSTALK)",
        "GALBRAITH: Minister Choi, does the statement change anything?",
        f"CHOI: I believe it does. {ANSWER}.",
        "END",
    )
    assert roles[2:] == ["question", "body", "question", "body", "boilerplate", "question", "body", "boilerplate"]
    assert names[3] == names[8] and names[5][0].endswith("denholm")


def test_a_briefing_s_moderator_asks_and_each_briefer_answers() -> None:
    roles, names = read(
        "Briefing on the Korean Peninsula Following Consultations in Seoul and Tokyo",
        "Special Briefing",
        "Ellen Marchetti, Deputy Special Representative for North Korea\n"
        "Raymond Osei, Acting Assistant Secretary, Bureau of Arms Control, Verification and Compliance",
        "Via Teleconference\nJanuary 16, 2020",
        "MODERATOR: Thank you, and good morning, everyone. We'll hear from both briefers and then take your questions.",
        f"MS. MARCHETTI: Thanks, Jack. {ANSWER}.",
        f"MR. OSEI: Thank you, Ellen. {ANSWER}.",
        "MODERATOR: Great. Operator, can we open the line?",
        "QUESTION: Hi, thank you for doing this. Did you discuss the exercises?",
        f"MS. MARCHETTI: We did discuss it. {ANSWER}.",
        "QUESTION: Thanks. Laura Whitford with Reuters. What would verification of a freeze look like?",
        f"MR. OSEI: Laura, I'd put it this way: {ANSWER}.",
    )
    assert roles[0] == "title" and roles[2:] == ["byline", "dateline", "introduction", "body", "body", "question", "question", "body", "question", "body"]
    assert names[5] == names[9] == ["ellen marchetti"] and names[6] == names[11] == ["raymond osei"]


def test_a_session_s_presenters_each_named_over_their_paper_before_the_floor_asks() -> None:
    roles, names = read(
        "From Armistice to Peace Regime: Sequencing the Steps",
        "Wednesday, 27 June 2018, 14:00–15:45",
        "Presenters\nHAN Seung-woo, Professor of International Relations, Pusan National University\n"
        "LEE Sang-su, Senior Research Fellow, Korea Institute for Peninsula Strategy",
        "Session Summary\nTwo months after the Panmunjom Declaration, the session asked how the Armistice should give way to a peace"
        " regime, and in what order.",
        "HAN Seung-woo\nPusan National University",
        f"Thank you, Professor Park. Let me begin with a simple proposition: {ANSWER}; a declaration can come early, and {ANSWER}.",
        f"Critics say that the North will pocket a declaration and give nothing. But {ANSWER}; nothing in it binds us otherwise, and {ANSWER}.",
        "LEE Sang-su\nKorea Institute for Peninsula Strategy",
        f"I agree with Professor Han on the goal, not the order. {ANSWER}; the alliance needs its exercises, and {ANSWER}.",
        "Floor Discussion",
        "Question (CHOI Yoon-jeong, Korea JoongAng Daily): Would Seoul sign a declaration without Washington?",
        f"Han Seung-woo: Seoul would say no, because {ANSWER}.",
        "Question (Daniel SOKOLOV, Carnegie Moscow Center): Where does Russia fit in your sequence?",
        f"Lee Sang-su: It may not be a party, but {ANSWER}.",
    )
    assert roles[5:7] == ["body", "body"] and roles[8] == "body"
    assert names[5] == names[6] == ["han seung-woo"] and names[8] == ["lee sang-su"]


def test_a_list_of_participants_marks_its_moderator_and_her_turns_ask() -> None:
    roles, names = read(
        "Beyond Hanoi: Can a Freeze Buy Time?",
        "Thursday, April 11, 2019",
        "Participants",
        "Karen Whitlock (moderator)\nSenior Fellow and Director, Korea Program, Harwell Institute",
        "Robert Ashdown\nFormer Deputy Assistant Secretary of State for East Asian and Pacific Affairs",
        "Yoon Ji-hye\nProfessor, Graduate School of International Studies, Korea University",
        "KAREN WHITLOCK: Good morning, everyone. Bob, is a freeze worth paying for?",
        f"ROBERT ASHDOWN: Thanks, Karen. {ANSWER}.",
        "WHITLOCK: Ji-hye, the view from Seoul?",
        f"YOON JI-HYE: Thank you, Karen. {ANSWER}.",
        "WHITLOCK: Where does China fit in?",
        f"YOON: Quiet, but not absent. {ANSWER}.",
    )
    assert roles[2:4] == ["subtitle", "credit"] and [roles[i] for i in (6, 8, 10)] == ["question"] * 3
    assert names[7] == ["robert ashdown"] and names[9] == names[11] == ["yoon ji-hye"]


def test_speakers_on_one_line_over_their_turns_are_its_byline_over_a_rapporteur_s_report_a_credit() -> None:
    speakers = (
        "Speakers: Prof. Zhao Minghui (赵明辉), Professor, School of International Studies, Jinghai University; Prof. Lee Sang-woo,"
        " Professor of Security Studies, Korea National Defense University"
    )
    roles, names = read(
        "Great Powers and the Peninsula",
        speakers,
        "Moderator: Rachel Ambrose, Senior Fellow, Transpacific Policy Institute",
        "AMBROSE: Professor Zhao, let me start with you. Can Beijing and Washington still cooperate?",
        f"ZHAO: On North Korea, less than before. {ANSWER}.",
        "AMBROSE: Professor Lee?",
        f"LEE: I am more hopeful. {ANSWER}.",
        "AMBROSE: And on sanctions?",
        f"ZHAO: {ANSWER}.",
    )
    assert roles[1] == "byline" and names[4] == names[8] == ["zhao minghui"] and names[6] == ["lee sang-woo"]


def test_a_transcript_s_participants_in_paragraphs_a_panelist_s_label_with_a_letter_outside_ascii() -> None:
    """'PARTICIPANTS:' over 'Moderator:' / 'THOMAS REILLY' / his post, 'Panelists:' / 'NIKLAS SWANSTRÖM' / his post and
    'EVELYN PARK' / hers, each a paragraph; then 'MR. REILLY:', 'DR. SWANSTRÖM:', 'DR. PARK:'."""
    roles, names = read(
        "NORTH KOREA'S NEW NUCLEAR DOCTRINE:\nWHAT CAN EUROPE AND AMERICA DO?",
        "Washington, D.C.\nWednesday, October 19, 2022",
        "PARTICIPANTS:",
        "Moderator:\nTHOMAS REILLY\nVice President and Director, Foreign Policy Program\nThe Bayard Center for International Affairs",
        "Panelists:\nNIKLAS SWANSTRÖM\nDirector, Institute for Security and Development Policy, Stockholm",
        "EVELYN PARK\nSenior Fellow and Korea Chair\nThe Bayard Center for International Affairs",
        "MR. REILLY: Good morning. Niklas, what does the new law tell us about Pyongyang's intentions?",
        f"DR. SWANSTRÖM: Thank you, Tom. {ANSWER}.",
        "MR. REILLY: Evelyn, how should Washington respond?",
        f"DR. PARK: Carefully. {ANSWER}.",
        "MR. REILLY: And Europe?",
        f"DR. SWANSTRÖM: Europe has a role, because {ANSWER}.",
    )
    assert roles[:6] == ["title", "dateline", "subtitle", "credit", "byline", "byline"]
    assert names[7] == names[11] == ["niklas swanström"] and names[9] == ["evelyn park"]


def test_answers_by_initials_of_a_guest_given_once_with_a_middle_initial() -> None:
    """'ME: …' answering 'AQ: …' (the magazine's initials), the guest named 'Margaret Ellison' after a sentence's first word and
    'Margaret H. Ellison' in the caption: her answers, not the interviewer's whose byline is over the page."""
    roles, names = read(
        "‘Extended deterrence is a promise you have to keep renewing’",
        "By Sarah Kwon",
        "May 22, 2023",
        "When Margaret Ellison arrived in Seoul in 1994 as a junior political officer, the first North Korean nuclear crisis was at"
        " its height. Over the next three decades she returned to Korea three times, the last as deputy chief of mission.",
        "Margaret H. Ellison at the Carrow Institute in Washington, D.C., on May 9, 2023. (Photo: Daniel Reyes)",
        "We spoke with her in Washington shortly after the state visit. The conversation has been condensed and edited.",
        "AQ: The Washington Declaration was billed as the most significant upgrade to extended deterrence in decades. Was it?",
        f"ME: It was significant, yes. {ANSWER}.",
        "AQ: Buys time for what?",
        f"ME: For the alliance to show it can {ANSWER}.",
        "AQ: And the nuclear debate in Seoul?",
        f"ME: It will not go away, because {ANSWER}.",
    )
    assert roles[1] == "credit" and names[7] == names[9] == ["margaret h. ellison"]


def test_a_congressional_hearing_s_printed_record_speakers_with_a_full_stop_and_statements_of_witnesses() -> None:
    """'Mr. Holloway. …' for 'Mr. Holloway: …', as the US Congress prints its hearings; 'STATEMENT OF ROBERT J. TANNER, …' over
    each witness's testimony: the witnesses answer (named in full by their statements), the members ask or frame."""
    roles, names = read(
        "[House Hearing, 116 Congress]\n[From the U.S. Government Publishing Office]",
        "NORTH KOREA AFTER HANOI: RESETTING THE DIPLOMATIC TRACK",
        "HEARING\nBEFORE THE\nSUBCOMMITTEE ON ASIA, THE PACIFIC, AND NONPROLIFERATION\nOF THE\nCOMMITTEE ON FOREIGN AFFAIRS",
        "MARCH 27, 2019",
        "Serial No. 116-21",
        "The subcommittee met, pursuant to notice, at 2:04 p.m., in room 2172 Rayburn House Office Building, Hon. Daniel Holloway"
        " (chairman of the subcommittee) presiding.",
        "Mr. Holloway. The subcommittee will come to order. Four weeks ago the President walked away from his second summit.",
        "Mr. Pruitt. Thank you, Mr. Chairman, and thank you to our witnesses for being here. I yield back.",
        "STATEMENT OF ELEANOR WHITCOMBE, Ph.D., SENIOR FELLOW FOR KOREA STUDIES, PACIFIC POLICY COUNCIL",
        f"Dr. Whitcombe. Thank you, Chairman Holloway. {ANSWER}.",
        "STATEMENT OF ROBERT J. TANNER, FORMER DIRECTOR FOR KOREA, NATIONAL SECURITY COUNCIL",
        f"Mr. Tanner. Chairman Holloway, Ranking Member Pruitt, {ANSWER}.",
        "Mr. Holloway. Thank you all. Dr. Whitcombe, is the freeze still worth buying?",
        f"Dr. Whitcombe. I think it remains worth it, because {ANSWER}.",
        "Ms. Castellanos. Thank you. Mr. Tanner, what would it cost us in readiness?",
        f"Mr. Tanner. Some readiness, yes, though {ANSWER}.",
        "[Whereupon, at 3:41 p.m., the subcommittee was adjourned.]",
    )
    assert roles[:2] == ["boilerplate", "title"] and roles[-1] == "boilerplate"
    assert [roles[i] for i in (8, 10)] == ["byline", "byline"] and [roles[i] for i in (12, 14)] == ["question", "question"]
    assert names[9] == names[13] == ["eleanor whitcombe"] and names[11] == names[15] == ["robert j. tanner"] and not names[7]


def test_a_panel_s_moderator_listed_by_name_over_moderator_and_her_post_asks() -> None:
    """'Mr. Daniel Whitcombe' over 'Moderator; Senior Editor, …' in the list of participants: a credit, and his turns ask."""
    roles, names = read(
        "Sanctions, Sequencing and the Peace Regime: A Panel Discussion",
        "Transcript of a panel held at the Harbor Institute for Asian Affairs, 14 March 2024.",
        "Participants:",
        "Mr. Daniel Whitcombe\nModerator; Senior Editor, Pacific Review",
        "Dr. Min-ji Kwon\nResearch Fellow, Seoul Center for Strategic Studies",
        "Ms. Helena Varga\nDirector of Nonproliferation Programs, Atlantic Security Forum",
        "MR. WHITCOMBE: Welcome, everyone. Let me start with the obvious question. After years of maximum pressure, should"
        " Washington and Seoul offer sanctions relief before Pyongyang takes concrete steps toward denuclearization?",
        f"DR. KWON: I think the answer is a qualified yes: {ANSWER}.",
        f"MS. VARGA: I disagree. Relief offered up front is relief the North pockets, and {ANSWER}.",
        "MR. WHITCOMBE: Dr. Kwon, what about a peace regime? Some argue a declaration ending the war would build trust.",
        f"DR. KWON: A peace regime should run in parallel with denuclearization, and {ANSWER}.",
    )
    assert roles[3:6] == ["credit", "byline", "byline"]  # the one who asks, then the two who answer
    assert roles[6] == roles[9] == "question"
    assert names[7] == names[10] == ["min-ji kwon"] and names[8] == ["helena varga"]


def test_a_newsletter_s_guest_who_kindly_agreed_answers_its_italic_questions() -> None:
    """'… and Ingrid Solheim, who served on the U.N. Panel of Experts …, kindly agreed.': she answers, the writer asks."""
    _, names = read(
        "Sanctions on autopilot",
        "A former U.N. sanctions monitor on why the North Korea regime is fraying",
        "Hannah Moreau",
        "Mar 3, 2023",
        "Hello, and a warm welcome to the new subscribers. This week is something different. For a long time I’ve wanted to run a"
        " long conversation with someone who has done the unglamorous work of tracing how sanctions get evaded, and Ingrid Solheim,"
        " who served on the U.N. Panel of Experts on North Korea from 2017 to 2021 and now teaches at the Bergen School of"
        " International Affairs, kindly agreed. We spoke by video last week; the transcript has been lightly edited.",
        "*Let’s start with your first year on the panel. What did enforcement look like in 2017?*",
        f"It looked, for a brief moment, like it might work. {LONG}.",
        "*And then?*",
        f"And then the evasion industry adapted faster than the enforcement did. {LONG}.",
    )
    assert names[6] == names[8] == ["ingrid solheim"]


def test_a_radio_host_s_station_ident_between_answers_asks_nothing() -> None:
    roles, names = read(
        "Asia Desk: Mats Engman on the armistice",
        "KARIN AHLGREN: Good evening. My guest tonight is Major General Mats Engman. General, what has changed since Hanoi?",
        f"MATS ENGMAN: A great deal, and {ANSWER}.",
        "KARIN AHLGREN: And what should Europe do about it?",
        f"MATS ENGMAN: Stay in the room. {ANSWER}.",
        "KARIN AHLGREN: You're listening to Asia Desk on RNI World Service. I'm Karin Ahlgren, and my guest is Major General Mats"
        " Engman of the Institute for Security and Development Policy.",
        "KARIN AHLGREN: General, is a peace treaty possible without denuclearization first?",
        f"MATS ENGMAN: Not a treaty, but a declaration is. {ANSWER}.",
    )
    assert roles[5] == "introduction" and roles[6] == "question" and names[7] == ["mats engman"]


def test_a_newsletter_s_italic_thanks_after_the_last_answer_is_its_introduction() -> None:
    roles, _ = read(
        "Sanctions on autopilot",
        "Hannah Moreau",
        "Mar 3, 2023",
        f"Hello, and welcome. This week I spoke with Ingrid Solheim, who served on the U.N. Panel of Experts. {ANSWER}.",
        "*What did enforcement look like in 2017?*",
        f"It looked, for a brief moment, like it might work. {LONG}.",
        "*Is there any way back?*",
        f"Not in the current climate. {LONG}.",
        "*Thank you, Ingrid. This was fascinating.*",
    )
    assert roles[8] == "introduction"


def test_speakers_listed_with_their_posts_and_the_chair_then_their_turns_by_initials() -> None:
    roles, names = read(
        "Korea after the Washington Declaration: deterrence, dialogue and the role of Europe",
        "Online discussion, 3 May 2023",
        "Speakers: Dr Hwang Seo-yeon, Senior Research Fellow, Korea Institute for Peace Strategy, Seoul; Dr Niklas Swanström,"
        " Director, Institute for Security and Development Policy (ISDP), Stockholm. Chair: Rachel Ashdown, Senior Fellow, Centre"
        " for Asian Futures.",
        "RA: Seo-yeon, let me start with you. Does the Washington Declaration make the peninsula safer?",
        f"HSY: In the short run, yes. {ANSWER}.",
        "RA: Niklas, how does it look from Stockholm?",
        f"NS: I understand why Seoul wanted it, but {ANSWER}.",
        "RA: Is there anyone in Pyongyang to talk to?",
        f"NS: Not in the formal sense. {ANSWER}.",
        f"HSY: I would add one thing: {ANSWER}.",
    )
    assert names[4] == names[9] == ["hwang seo-yeon"] and names[6] == names[8] == ["niklas swanström"]
    assert roles[3] == roles[5] == roles[7] == "question"


def test_a_press_conference_s_speakers_by_office_and_surname_named_in_full_by_its_introduction() -> None:
    _, names = read(
        "Joint Press Conference by the Special Representatives of the Republic of Korea and the United States for North Korea",
        "Seoul, June 3, 2022",
        "Ambassador Ahn Jae-hyuk, Special Representative for Korean Peninsula Peace and Security Affairs of the Republic of Korea,"
        " and Ambassador Daniel Weller, U.S. Special Representative for North Korea, held a joint press conference.",
        "MODERATOR: Good afternoon, ladies and gentlemen. Special Representative Ahn, please.",
        f"SPECIAL REPRESENTATIVE AHN: Thank you. {ANSWER}.",
        f"AMBASSADOR WELLER: Thank you, Special Representative Ahn. {ANSWER}.",
        "MODERATOR: We will take questions. Yonhap, please.",
        "QUESTION (Yonhap): Will the allies resume large-scale exercises this summer?",
        f"SPECIAL REPRESENTATIVE AHN: We are consulting closely. {ANSWER}.",
    )
    assert names[4] == names[8] == ["ahn jae-hyuk"] and names[5] == ["daniel weller"]


def test_an_interview_s_first_words_under_its_credit_and_photo_are_its_introduction_no_dek() -> None:
    roles, _ = read(
        "Chun Chae-sung: ‘Hanoi did not kill diplomacy. It exposed its limits.’",
        "June 2, 2019 at 07:00 JST",
        "Interview by KENJI MORITA/ Senior Staff Writer",
        "Photo/Illustration: Chun Chae-sung, a professor at Seoul National University, speaks during an interview in Seoul on May 24.",
        "Three months after U.S. President Donald Trump walked out of his second summit with North Korean leader Kim Jong Un in"
        " Hanoi, the diplomacy that began in 2018 appears to have stalled. Pyongyang has resumed short-range missile launches.",
        "The Chubu Shimpo spoke with Chun Chae-sung, a professor of political science and international relations at Seoul"
        " National University, about what went wrong and what Japan can do. Excerpts follow:",
        "Question: Did Hanoi kill the diplomacy of 2018?",
        f"Chun: No. {ANSWER}.",
        "Question: What can Japan do?",
        f"Chun: More than it thinks. {ANSWER}.",
    )
    assert roles[4] == roles[5] == "introduction"


def test_a_news_channel_s_two_anchors_ask_and_the_guest_answers() -> None:
    roles, names = read(
        "Beyond the Armistice: Former Truce Monitor on What Comes Next",
        "Aired March 12, 2019 - 21:00",
        "RACHEL OKAFOR, MNN ANCHOR: Welcome back. Tonight we look at the armistice that has kept the peace in Korea since 1953.",
        "DAVID LIM, MNN ANCHOR: And while the diplomats argue about declarations, the soldiers on the border still keep the truce.",
        "OKAFOR: Joining us now from Stockholm is Major General Mats Engman. General, what has the truce commission done lately?",
        f"MAJ. GEN. MATS ENGMAN (RET.), FORMER HEAD, SWEDISH DELEGATION TO THE NNSC: More than people think, and {ANSWER}.",
        "LIM: But General, critics here in Seoul say the commission is a relic of the Cold War.",
        f"ENGMAN: I understand the argument, but {ANSWER}.",
        "OKAFOR: So where would you put the first step, General?",
        f"ENGMAN: I would separate three things, and {ANSWER}.",
        "LIM: Let's talk about the alliance, and what a peace declaration would do to it.",
        f"ENGMAN: It can survive one, if it goes step by step, and {ANSWER}.",
        "OKAFOR: And on sanctions, some say relief should come first. Where do you stand?",
        f"ENGMAN: I am a military man, so I would say only this: {ANSWER}.",
    )
    assert roles[6] == roles[10] == "question" and names[7] == names[11] == names[13] == ["mats engman"]


def test_a_briefing_under_its_spokesperson_s_office_and_name() -> None:
    roles, names = read(
        "Spokesperson's Regular Briefing (Sept. 28, 2021)",
        "Date 2021-09-28 | Office of the Spokesperson | Hit 1,204",
        "Spokesperson Yoon Seo-yeon",
        "[Opening Remarks]",
        f"Good morning. I will begin today's briefing with the government's position: {ANSWER}.",
        "Q (Hanbit Ilbo): Does the ministry still see sincerity in the statements?",
        f"A: The assessment of the launch is being made by the relevant authorities, but {ANSWER}.",
    )
    assert roles[2] == "byline" and names[4] == names[6] == ["yoon seo-yeon"]


def test_a_forum_s_session_its_moderator_first_then_its_panelists_wrapped_and_its_day_by_session() -> None:
    roles, names = read(
        "From Armistice to Peace Regime: What Comes First?",
        "Session 4 | Friday, 14 October 2022 | 14:00–15:30 | BEXCO Convention Hall 2,\nBusan",
        "Moderator: Karen Whitfield, former U.S. Deputy Assistant Secretary of State\nfor Korea and Japan\nPanelists:\n"
        "Park Hye-jin, Senior Research Fellow, Institute for Korean Peninsula\nStrategy, Seoul\n"
        "Zhou Weiming, Professor, Shanghai Academy of International Affairs",
        "Note: This transcript has been edited for clarity and approved by the speakers. Views expressed are those of the"
        " individual speakers and do not represent the positions of the Forum.",
        "WHITFIELD: Good afternoon. Dr. Park, let me start with you. Is the audacious initiative still alive?",
        f"PARK: Thank you, Ambassador. {ANSWER}.",
        "WHITFIELD: Professor Zhou, how does Beijing see it?",
        f"ZHOU: Thank you. {ANSWER}.",
        "[END OF SESSION 4]",
    )
    assert roles[1:4] == ["dateline", "byline", "disclaimer"] and roles[8] == "boilerplate"
    assert names[5] == ["park hye-jin"] and names[7] == ["zhou weiming"]


def test_a_pull_quote_between_an_answer_and_a_short_question() -> None:
    roles, _ = read(
        "“Trust is built in small rooms”",
        "Interview by Clara Voss",
        "Sangsoo Lee heads the Korea Center at the Institute for Security and Development Policy in Stockholm.",
        "CV: Where would trust-building start?",
        f"SL: It starts with very modest things. But trust is built in small rooms, long before it shows up in big ones. {LONG}.",
        "“Trust is built in small rooms, long before it shows up in big ones.”",
        "CV: Finally, what can a small country like Sweden do on the peninsula that the great powers themselves cannot do?",
        f"SL: Precisely because the great powers are where they are, {LONG}.",
    )
    assert roles[5] == "boilerplate"


def test_a_headline_that_quotes_its_guest_under_a_label_in_the_site_s_language() -> None:
    roles, names = read(
        "Inicio / Entrevistas / Corea",
        "ENTREVISTA",
        "Sangsoo Lee: “Pyongyang has written its nuclear status into law. Diplomacy has to start from that fact.”",
        "Entrevista de Lucía Ferrer Alcalde",
        "Madrid, 21 de septiembre de 2022",
        "What does the new nuclear forces law change?",
        f"In one sense, not much. {LONG}.",
        "And Seoul's audacious initiative?",
        f"It is a serious offer, but {LONG}.",
    )
    assert roles[1:4] == ["label", "title", "credit"] and names[6] == names[8] == ["sangsoo lee"]


def test_a_podcast_s_host_named_by_its_credits_asks_between_time_codes() -> None:
    roles, names = read(
        "Across the Line: Conversations on Korean Security\nEpisode 41",
        "Why the Hotline Matters More Than the Summit",
        "June 2, 2024 · 38 min",
        "Can the two Koreas keep talking when they no longer agree on anything? Two guests who have sat at the table explain.",
        "Host and producer: Maren Holt. Sound: Kwon Da-eun.",
        "[00:00:12] MAREN HOLT: Welcome to Across the Line. Both of you have used the hotline. Why does it matter so much?",
        f"[00:00:40] PARK JUN-SEO: Because without it every incident becomes a crisis, and {ANSWER}.",
        f"[00:02:05] And I would add that {ANSWER}.",
        "[00:03:10] MAREN HOLT: Ingrid, you were in Panmunjom in 2018. What did the line do then that a summit could not?",
        f"[00:03:22] INGRID AAS: It made the small things routine, and {ANSWER}.",
    )
    assert roles[:2] == ["label", "title"] and roles[4] == "credit"
    assert roles[5] == roles[8] == "question" and names[6] == names[7] == ["park jun-seo"] and names[9] == ["ingrid aas"]


def test_a_podcast_s_guests_line_long_with_ranks_and_posts_names_each_guest() -> None:
    reading = detect.read(
        [
            "Why the Hotline Matters More Than the Summit",
            "June 2, 2024 · 38 min",
            "Guests: Rear Adm. (ret.) Park Jun-seo, senior fellow at the Haeyang Institute for Maritime Security in Busan and former"
            " chief of the Republic of Korea Navy's delegation to general-officer talks at Panmunjom; Dr. Ingrid Aas, associate"
            " professor of international relations at the University of Bergen.",
            "Host: Maren Holt",
            "[00:00:12] MAREN HOLT: Welcome to Across the Line. Both of you have used the hotline. Why does it matter so much?",
            f"[00:00:40] PARK JUN-SEO: Because without it every incident becomes a crisis, and {ANSWER}.",
            f"[00:03:22] INGRID AAS: It made the small things routine, and {ANSWER}.",
        ]
    )
    assert reading.roles[2] == "byline" and [(p.name, p.affiliation[:24]) for p in reading.people] == [
        ("Park Jun-seo", "senior fellow at the Hae"),
        ("Ingrid Aas", "associate professor of i"),
    ]


def test_an_event_s_participants_list_headed_in_one_paragraph_with_its_moderator_first() -> None:
    roles, names = read(
        "After Hanoi: Is a Freeze Still on the Table?",
        "Washington, D.C.\nThursday, March 14, 2019",
        "PARTICIPANTS:\nModerator:\nGRACE PARK\nSenior Fellow, Korea Program\nCenter for Pacific Security",
        "Speakers:\nINGRID HALVORSEN\nAssociate Professor, University of Bergen",
        "GRACE PARK: Good afternoon, and welcome. Ingrid, what did Hanoi teach us about sequencing?",
        f"INGRID HALVORSEN: That {ANSWER}.",
        "GRACE PARK: And can a freeze be verified without inspectors?",
        f"INGRID HALVORSEN: Only in part, because {ANSWER}.",
    )
    assert roles[2] == "credit" and roles[4] == roles[6] == "question" and names[5] == names[7] == ["ingrid halvorsen"]


def test_a_lecturer_labelled_by_his_first_surname_is_the_one_the_byline_names_in_full() -> None:
    reading = detect.read(
        [
            "Who Watches the Sanctions Now?",
            "Public lecture by Ambassador (ret.) Tomás Errázuriz Vial, moderated by Prof. Camila Fuentes Rojas",
            "Santiago, 5 June 2024",
            "CAMILA FUENTES: Good evening and welcome. Ambassador, the floor is yours.",
            f"TOMÁS ERRÁZURIZ: Thank you, Camila. {ANSWER}.",
            f"Since then, {ANSWER}.",
            "CAMILA FUENTES: What can Chile do?",
            f"TOMÁS ERRÁZURIZ: More than you would think: {ANSWER}.",
        ]
    )
    assert [person.name for person in reading.people] == ["Tomás Errázuriz Vial"] and reading.roles[1] == "byline"
    assert reading.signers[4] == reading.signers[5] == reading.signers[7] == (0,)


def test_a_briefing_s_spokesperson_labelled_by_office_alone_is_the_one_the_title_names() -> None:
    reading = detect.read(
        [
            "Home > News > Press Briefings",
            "Regular Press Briefing by Spokesperson Shin Hye-rim",
            "Date : 2019-03-14",
            "Spokesperson Shin Hye-rim held a regular press briefing at 11:00 a.m. on Thursday in the Ministry's briefing room.",
            "□ Opening Remarks",
            f"Spokesperson : Good morning. I will begin with one announcement. {ANSWER}.",
            "□ Questions and Answers",
            "Q (Seoul Economic Daily) : Washington has said since Hanoi that there will be no partial sanctions relief. Does the"
            " Government still believe that partial relief in exchange for Yongbyon is a reasonable outcome?",
            f"Spokesperson : The Government's view is that {ANSWER}.",
            "Q (Yonhap News Agency) : Is the First Vice Minister's visit to Stockholm related to the North Korean issue?",
            f"Spokesperson : The visit is a regular strategic dialogue, but {ANSWER}.",
        ]
    )
    assert [person.name for person in reading.people] == ["Shin Hye-rim"] and reading.roles[7] == reading.roles[9] == "question"
    assert reading.signers[5] == reading.signers[8] == (0,)


def test_a_senate_hearing_s_witnesses_listed_surname_first_answer_under_rank_and_surname() -> None:
    reading = detect.read(
        [
            "COMMONWEALTH OF AUSTRALIA\nProof Committee Hansard\nSENATE\nFOREIGN AFFAIRS, DEFENCE AND TRADE REFERENCES COMMITTEE",
            "Australia's role in security and stability on the Korean Peninsula",
            "WEDNESDAY, 19 AUGUST 2020\nCANBERRA",
            "LUND, Rear Admiral (Retd) Anders, Nordic Institute for Arms Control,\nStockholm [by video link]\nPRICE, Dr Helen,"
            " Director, Pacific Security Program, Tasman Strategic Forum",
            "CHAIR (Senator Kerrigan): I declare open this public hearing. I welcome Rear Admiral Lund and Dr Price.",
            f"Rear Adm. Lund: Thank you, Chair. {ANSWER}.",
            "CHAIR: Thank you. Dr Price.",
            f"Dr Price: Thank you, Chair. {ANSWER}.",
            "Senator FAIRWEATHER: Rear Admiral Lund, is the neutral nations commission still of any use?",
            f"Rear Adm. Lund: It is a fair question, and {ANSWER}.",
        ]
    )
    assert reading.roles[:2] == ["label", "title"] and reading.roles[3] == "byline" and reading.roles[8] == "question"
    assert [(p.name, p.affiliation[:18]) for p in reading.people] == [("Anders Lund", "Nordic Institute f"), ("Helen Price", "Director, Pacific ")]
    assert reading.signers[5] == reading.signers[9] == (0,) and reading.signers[7] == (1,)


def test_officials_labelled_by_office_and_surname_are_the_ones_the_introduction_names() -> None:
    reading = detect.read(
        [
            "Joint Press Availability Following the Fourth Senior Consultation on North Korea",
            "Date : 2022-11-18",
            "SEOUL, November 18 -- First Vice Foreign Minister Park Seo-yun and U.S. Special Representative for North Korea Daniel R."
            " Whitaker held a joint press availability at the Ministry this afternoon.",
            "MODERATOR: Good afternoon. The Vice Minister and the Ambassador will each make brief remarks.",
            f"VICE MINISTER PARK: Thank you. {ANSWER}.",
            f"AMBASSADOR WHITAKER: Thank you, Vice Minister. {ANSWER}.",
            "MODERATOR: We'll take the first question. Reporter from Yonhap, please.",
            "QUESTION: Is the door to dialogue still open?",
            f"VICE MINISTER PARK: It is, and {ANSWER}.",
        ]
    )
    assert sorted(person.name for person in reading.people) == ["Daniel R. Whitaker", "Park Seo-yun"]


def test_an_audience_member_under_speaker_asks_the_panel() -> None:
    """A think tank's transcript labels its audience 'SPEAKER:' and has each say who they are: a question, no guest's answer,
    and no credit (as 'Speakers: A, B' over an event is)."""
    roles, names = read(
        "THE WHITFIELD CENTER FOR ASIAN SECURITY\nKOREA PROGRAM EVENT SERIES",
        "AFTER HANOI: CAN A PEACE REGIME COME BEFORE DENUCLEARIZATION?",
        "PARTICIPANTS:",
        "Moderator:\nELLEN MARCHETTI\nSenior Fellow and Director, Korea Program",
        "Opening Remarks:\nCHUN CHAESUNG\nProfessor of Political Science and International Relations\nSeoul National University",
        "Discussant:\nGRACE YOON-HARPER\nNonresident Fellow, The Whitfield Center for Asian Security",
        "P R O C E E D I N G S",
        "MS. MARCHETTI: Good afternoon, everyone, and welcome. We are very lucky to have with us Professor Chun Chaesung of Seoul"
        " National University, and Grace Yoon-Harper will respond. Professor Chun, the floor is yours.",
        f"PROFESSOR CHUN: Thank you, Ellen. Let me start with Hanoi, because {ANSWER}.",
        f"MS. YOON-HARPER: I agree with most of that, and {ANSWER}.",
        "MS. MARCHETTI: Let's open it up to the audience. Yes, in the front?",
        "SPEAKER: Thank you. Ken Ishida, Nichiyo Shimbun. Professor Chun, what about Japan? Doesn't a parallel process leave it behind?",
        f"PROFESSOR CHUN: Japan has to be part of it from the start, because {ANSWER}.",
    )
    assert roles[10:] == ["question", "question", "body"]
    assert names[8] == names[12] == ["chun chaesung"] and names[9] == ["grace yoon-harper"]


def test_an_interview_s_guest_named_only_in_the_editor_s_note_over_it() -> None:
    """'Editor's note: Lt. Gen. (Ret.) Baek Seung-hoon served 36 years … He spoke to MDW on October 11.' over plain questions
    and answers under 'Interview by …': the answers are his."""
    roles, names = read(
        "INTERVIEW",
        "‘We have to live next to a nuclear state without ever accepting it’",
        "Interview by Hannes Ekdahl",
        "Editor’s note: Lt. Gen. (Ret.) Baek Seung-hoon served 36 years in the Republic of Korea Army. He is now a visiting professor"
        " at Chungwon University in Seoul. He spoke to MDW on October 11. The interview has been condensed and edited for clarity.",
        "In September North Korea passed a law declaring its nuclear status irreversible. How significant is that?",
        f"Very significant, though not because it tells us anything new, and {ANSWER}.",
        "Does that mean denuclearization is finished as a goal?",
        f"As a near-term goal, yes, and {ANSWER}.",
    )
    assert roles[4:] == ["question", "body", "question", "body"]
    assert names[5] == names[7] == ["baek seung-hoon"]


def test_a_podcast_s_two_hosts_credited_on_one_line_ask_and_its_guest_answers() -> None:
    """'Hosts: Dana Whitcombe (…) and Ravi Menon (…), Kestrel Institute.' over turns under each speaker's name and time code:
    both hosts ask, whatever their turns look like, and the guest's turns are his."""
    roles, names = read(
        "An end-of-war declaration: first step or false start?",
        "Guest: Dr. Sangsoo Lee is head of the Korea Center at the Institute for Security and Development Policy in Stockholm.",
        "Hosts: Dana Whitcombe (Senior Fellow, Northeast Asia) and Ravi Menon (Research Associate, Nonproliferation), Kestrel Institute.",
        "Dana Whitcombe  00:00:34\nSo let's start with the basics. What would a declaration actually do?",
        f"Sangsoo Lee  00:00:41\nIt would be a political statement, not a treaty, and {ANSWER}.",
        "Ravi Menon  00:01:18\nAnd you think that's realistic?",
        f"Sangsoo Lee  00:01:22\nI do, because {ANSWER}.",
        "Dana Whitcombe  00:02:05\nKim Yo-jong's statements have been mixed. How do you read them?",
        f"Sangsoo Lee  00:02:12\nAs an opening, and {ANSWER}.",
        "Ravi Menon  00:02:47\nRight. Let's talk about the sanctions, then.",
        f"Sangsoo Lee  00:02:58\nThey stay, and {ANSWER}.",
    )
    assert roles[2] == "credit"
    assert roles[3:] == ["question", "body", "question", "body", "question", "body", "question", "body"]
    assert names[4] == names[6] == names[8] == names[10] == ["sangsoo lee"]


def test_a_ministry_briefing_answered_under_a_and_asked_under_q_by_outlet() -> None:
    """'Regular Press Briefing by Spokesperson Yoon Seo-jin' over 'Q. (Yonhap News Agency) …?' and 'A. …': the answers are the
    spokesperson's, whom the title names."""
    roles, names = read(
        "Regular Press Briefing by Spokesperson Yoon Seo-jin",
        "Date 2023.07.17",
        "□ Q&A",
        "Q. (Yonhap News Agency) Has the North responded in any way to the proposal on separated families?",
        f"A. As of this morning, there has been no response, and {ANSWER}.",
        "Q. (KBS) Some argue that the emphasis on human rights has made dialogue harder. How do you respond?",
        f"A. We do not see human rights and dialogue as being in conflict, and {ANSWER}.",
    )
    assert roles[3:] == ["question", "body", "question", "body"]
    assert names[4] == names[6] == ["yoon seo-jin"]


def test_a_keynote_s_transcript_under_its_one_speaker_s_line() -> None:
    """'Speaker: Prof. CHUN Chaesung, Department of …' over a keynote with no turns: his byline, and the address his; 'Speakers:'
    over several names stays the event's credit."""
    roles, names = read(
        "Hanbando Future Forum 2023 | Session 1 | Keynote Address",
        "Navigating a Fractured Order: The Korean Peninsula between Washington, Beijing and Moscow",
        "Speaker: Prof. CHUN Chaesung, Department of Political Science and International Relations, Seoul National University",
        "Seoul, October 12, 2023",
        f"Thank you very much for the kind introduction. I want to argue that {ANSWER}.",
        f"Let me begin with a simple observation: {ANSWER}.",
    )
    assert roles[2:] == ["byline", "dateline", "body", "body"]
    assert names[4] == names[5] == ["chun chaesung"]


def test_a_lecture_s_questions_from_students_its_chair_credited_with_a_long_post() -> None:
    """'Chair: Dr Margit Halvorsen, Senior Lecturer in …' (the post past eighty characters) and 'DR HALVORSEN:' turns: the chair's,
    asking nothing of her own; the answers under 'PROF. CHUN:' are the lecturer's whom 'Speaker: Professor CHUN Chaesung' names,
    not the series' ('Distinguished Lecture Series on Northeast Asia', a label over the title)."""
    roles, names = read(
        "Distinguished Lecture Series on Northeast Asia",
        "Can a Middle Power Make Peace? Korea between the Great Powers",
        "Speaker: Professor CHUN Chaesung, Department of Political Science and International Relations, Seoul National University",
        "Chair: Dr Margit Halvorsen, Senior Lecturer in East Asian Politics, Northbridge University",
        "DR HALVORSEN: Thank you, Professor Chun, for a lecture that has given us a great deal to argue about. Yes – at the back.",
        "STUDENT (Jonas, MSc International Security): You said denuclearization is a long-term goal. Isn't that accepting a nuclear North?",
        f"PROF. CHUN: It is a very fair question. I think {ANSWER}.",
        "STUDENT (Amara, BA Politics): What about unification? Is it still a realistic goal?",
        f"PROF. CHUN: Surveys do show less attachment among the young, and {ANSWER}.",
        "DR HALVORSEN: Time for one last, quick question.",
        "STUDENT (Hannah, MA International Relations): What should the next generation of Korea specialists focus on?",
        f"PROF. CHUN: Learn the history, and {ANSWER}.",
    )
    assert roles[:4] == ["label", "title", "byline", "credit"]
    assert [role for role in roles[4:]] == ["introduction", "question", "body", "question", "body", "introduction", "question", "body"]
    assert names[6] == names[8] == names[11] == ["chun chaesung"]


def test_a_fireside_chat_s_moderator_under_a_heading_of_her_own_asks() -> None:
    """'Moderator' alone over 'Caroline Ashby-Nakamura, Senior Fellow …' is a credit, not a second speaker's byline: her turns
    under 'CAROLINE:' ask, and the speaker's under 'ENGMAN:' answer."""
    roles, names = read(
        "FIRESIDE CHAT",
        "Seventy Years at the Line: A Conversation on the Armistice and the Road to a Peace Regime",
        "Thursday, 27 July 2023 | 16:00–17:15 CEST | Kestrel Institute, Brussels & online",
        "Seventy years after the signing of the Korean Armistice Agreement, the peninsula remains technically at war, inter-Korean "
        "liaison and military lines have gone unanswered since April, and North Korea's missile testing has reached record levels. "
        "Kestrel's Asia Programme hosted a former head of the Swedish delegation to the Neutral Nations Supervisory Commission at "
        "Panmunjom for a conversation on what the armistice has achieved, where it has failed, and whether a peace regime is still conceivable.",
        "Speaker\nMaj. Gen. (ret.) Mats Engman, Distinguished Fellow, Institute for Security and Development Policy (ISDP); former Head "
        "of the Swedish Delegation to the NNSC",
        "Moderator\nCaroline Ashby-Nakamura, Senior Fellow and Head of the Asia Programme, Kestrel Institute",
        "The following transcript has been edited for length and clarity.",
        "CAROLINE: Good afternoon, and welcome to those of you here in Brussels and the several hundred joining online. Today is the "
        "seventieth anniversary of the signing of the armistice at Panmunjom, and I can't think of anyone better to reflect on it with "
        "than our guest. Mats, thank you for coming. Let me start simply: has the armistice worked?",
        "ENGMAN: Thank you, Caroline. The honest answer is yes and no. The armistice has done the one thing it was designed to do, which "
        "is to stop a war and keep it stopped. But it was never meant to last seventy years. It was meant to be a military arrangement, "
        "replaced within months by a political settlement. The Geneva conference of 1954 failed, and we have been living in the temporary ever since.",
        "CAROLINE: And the NNSC – the commission you served on – what does it actually do today? I suspect many people in this room are "
        "surprised it still exists.",
        "ENGMAN: Many people in Korea are surprised too. Today it is Sweden and Switzerland on the southern side, and North Korea no "
        "longer recognises the commission. But I would not underestimate the value of neutrality. We observe exercises and take part in "
        "special investigations of incidents in the Demilitarized Zone. In a crisis that matters, because somebody has to be trusted.",
    )
    assert roles[3:] == ["introduction", "byline", "credit", "editors_note", "question", "body", "question", "body"]
    assert names[8] == names[10] == ["mats engman"]


def test_a_breakfast_show_s_two_presenters_ask_named_with_the_programme_and_in_its_credits() -> None:
    """'RN Breakfast with Tom Ashdown and Priya Raman' over the segment's headline: the programme (a label) and its two
    presenters, whose turns ask, as 'Credits' under the transcript says ('Priya Raman, Presenter'); the guest answers."""
    roles, names = read(
        "RN Breakfast with Tom Ashdown and Priya Raman",
        "Singapore handshake: what did the Trump–Kim statement actually buy?",
        "Broadcast Wed 13 Jun 2018 at 7:41am",
        "Guest:\nNiklas Swanström, Director, Institute for Security and Development Policy (ISDP), Stockholm",
        "TOM ASHDOWN: Niklas Swanström joins us from Stockholm. Good morning. Was this a breakthrough?",
        f"NIKLAS SWANSTRÖM: Good evening, yes, it's evening here. I would say {ANSWER}.",
        "PRIYA RAMAN: Vague how? Because the President says the process will start very, very quickly.",
        f"NIKLAS SWANSTRÖM: Well, look at what is not in it: {ANSWER}.",
        "TOM ASHDOWN: So was the President outmanoeuvred?",
        f"NIKLAS SWANSTRÖM: I wouldn't say outmanoeuvred, but {ANSWER}.",
        "PRIYA RAMAN: Let's talk sanctions, because the President said they stay for now. Do they?",
        f"NIKLAS SWANSTRÖM: For now, yes, and {ANSWER}.",
        "Credits\nTom Ashdown, Presenter\nPriya Raman, Presenter\nMel Okafor, Producer",
    )
    assert roles[0] == "label" and roles[1] == "title"
    assert roles[5:] == ["body", "question", "body", "question", "body", "question", "body", "credit"]
    assert {name for group in names for name in group} == {"niklas swanström"}


def test_a_guest_named_with_a_foreign_degree_in_the_introduction_answers_plain_questions() -> None:
    """'Lt. Gen. (ret.) Viktor S. Orlov, Cand. Sc. (Military), spent much of his career … The interview was conducted in Moscow
    …' over questions with no marks: the answers are his (the degree's stops end no sentence)."""
    roles, names = read(
        "INTERVIEW",
        "“Sanctions Have Reached the Limit of What They Can Do”",
        "Interview by Natalia Ershova | Translated from the Russian by Daniel Kroll",
        "3 October 2022",
        "Lt. Gen. (ret.) Viktor S. Orlov, Cand. Sc. (Military), spent much of his career in the General Staff’s main operations "
        "directorate. He is now a professor at the Centre for Military-Political Studies. The interview was conducted in Moscow in "
        "mid-September and has been edited for length and clarity.",
        "In May, Russia and China vetoed a US-drafted resolution that would have tightened sanctions on North Korea. Why?",
        f"Because the sanctions have reached the limit of what they can do. In my view {ANSWER}, and another resolution would change nothing.",
        "So the exercises are the problem?",
        f"They are one part of the problem. From Pyongyang’s point of view {ANSWER}, whatever we think of that view.",
        "Is denuclearization still a realistic goal?",
        f"As a final goal, it should remain on paper. As a practical objective for the next ten years, no: {ANSWER}.",
    )
    assert roles[4:] == ["introduction", "question", "body", "question", "body", "question", "body"]
    assert names[6] == names[8] == names[10] == ["viktor s. orlov"]


def test_a_commons_committee_s_first_panel_under_witnesses_in_one_paragraph() -> None:
    """'Witnesses' and 'I: Dr Sangsoo Lee, Head, …; and Professor Helen Marchbank, …' in one paragraph: their byline, each with a post."""
    reading = detect.read(
        [
            "Oral evidence: Engaging North Korea, HC 2417",
            "Witnesses\nI: Dr Sangsoo Lee, Head, Stockholm Korea Center, Institute for Security and Development Policy; and "
            "Professor Helen Marchbank, Professor of International Security, Durham University.",
            "Examination of witnesses",
            "Q1 Chair: Good morning. Dr Lee, what happened in Stockholm, and does it matter?",
            f"Dr Lee: Thank you, Chair. It matters a great deal, because {ANSWER}.",
            f"Professor Marchbank: If I may add to that, {ANSWER}.",
        ]
    )
    assert reading.roles[1] == "byline"
    assert [(p.name, p.affiliation) for p in reading.people] == [
        ("Sangsoo Lee", "Head, Stockholm Korea Center, Institute for Security and Development Policy"),
        ("Helen Marchbank", "Professor of International Security, Durham University"),
    ]


def test_a_guest_named_after_his_rank_with_two_given_names_answers_under_his_surname() -> None:
    """'my guests today are Ambassador Jose Antonio Reyes, who served as …' and his turns under 'AMB. REYES:': his whole name,
    both given names (a run of three capitalized words after the rank would cut it to 'Antonio Reyes')."""
    _, names = read(
        "CROSSROADS CONVERSATIONS | Episode 47",
        "Under the Umbrella: What the Washington Declaration Means for Southeast Asia",
        "In this episode, host Carmela Villanueva talks with a retired Philippine ambassador to Seoul and a Korean scholar about the deal.",
        "[00:00:14] CARMELA VILLANUEVA: Welcome to Crossroads Conversations. I'm Carmela Villanueva. My guests today are Ambassador Jose"
        " Antonio Reyes, who served as Philippine ambassador to the Republic of Korea, and Dr. Park Hye-jin, a visiting fellow at the"
        " Pacific Crossroads Institute. Ambassador, what did Seoul get out of the declaration?",
        f"[00:01:02] AMB. REYES: Thank you, Carmela. In short, Seoul got a seat at the table, and {ANSWER}.",
        "[00:02:21] VILLANUEVA: Dr. Park, is that how it was seen in Seoul?",
        f"[00:02:30] DR. PARK: Partly. The government sold it as a win, but {ANSWER}.",
        "[00:04:10] VILLANUEVA: Ambassador, does ASEAN have a role here?",
        f"[00:04:20] AMB. REYES: A modest one, and {ANSWER}.",
    )
    assert names[4] == names[8] == ["jose antonio reyes"] and names[6] == ["park hye-jin"]


def test_a_tv_panel_s_guests_named_in_screen_captions_answer_the_anchor() -> None:
    """'[CAPTION: KWON DO-HYUN | Former Vice Minister of Unification]' over a guest's first turn: the guest's byline, with the
    post on screen."""
    roles, names = read(
        "After the Launch, Is a Freeze Deal Back on the Table?",
        "Aired: Thursday, November 14, 2024 | 22:10 KST",
        "[BEGIN VIDEOTAPE]",
        "YOON HAE-RIN, ANCHOR: Good evening and welcome to Peninsula Tonight. North Korea has tested another missile. With me tonight,"
        " a former vice minister and an American analyst.",
        "[CAPTION: KWON DO-HYUN | Former Vice Minister of Unification]",
        "YOON: Vice Minister Kwon, let me start with you. After a launch like this one, is there any space left for talks?",
        f"KWON: There is space, but it is shrinking, and {ANSWER}.",
        "[CAPTION: DR. EMILY HARTWELL | Senior Fellow, Halstead Center for Strategic Studies (Washington)]",
        "YOON: Dr. Hartwell, in Washington, does that sound realistic?",
        f"HARTWELL: It sounds like something we have tried before, and {ANSWER}.",
        "YOON: So verification before relief, not after?",
        f"HARTWELL: Verification before relief, and relief that can be reversed, because {ANSWER}.",
        "YOON: Vice Minister Kwon, a last word?",
        f"KWON: Only that {ANSWER}.",
    )
    assert roles[4] == roles[7] == "byline"
    assert [roles[k] for k in (5, 8, 10, 12)] == ["question"] * 4
    assert names[6] == names[13] == ["kwon do-hyun"] and names[9] == names[11] == ["emily hartwell"]


def test_a_members_call_s_presider_credited_under_her_heading_asks() -> None:
    """'Presider' over 'Margaret Ellison, Diplomatic Correspondent, …' is a credit, as 'Moderator' is: her turns under 'ELLISON:'
    ask, and the speakers' answer."""
    roles, names = read(
        "Members Only\nConference Call",
        "Sanctions After the Panel of Experts",
        "Speakers\nLee Sang-hoon, Senior Research Fellow, Korea Institute for Strategic Studies\nDaniel Whitaker, Senior Fellow, Meridian Council",
        "Presider\nMargaret Ellison, Diplomatic Correspondent, The Atlantic Ledger",
        "ELLISON: Thank you, and good afternoon. Dr. Lee, you're in Seoul. How much does the end of the panel matter?",
        f"LEE: A great deal, because {ANSWER}.",
        "ELLISON: Dan, is there room for a new monitoring mechanism outside the Security Council?",
        f"WHITAKER: There is, but {ANSWER}.",
    )
    assert roles[3] == "credit" and roles[4::2] == ["question", "question"]
    assert names[5] == ["lee sang-hoon"] and names[7] == ["daniel whitaker"]


def test_an_unmarked_interview_s_guest_is_the_one_the_closing_bio_and_the_dek_name() -> None:
    """A magazine's long interview: the dek and the portrait name her ('Seo Eun-jae spent three decades …'), the questions bear
    no marks, and the bio under the last answer says who she is, beside the interviewer's: the answers are hers, and the dek,
    which states no post, stays a dek."""
    roles, names = read(
        "THE LONG INTERVIEW",
        "The Last Optimist of Panmunjom",
        "Seo Eun-jae spent three decades trying to talk to the North. She still thinks it can work.",
        "Interview by Martin Kessler",
        "Published 3 November 2025",
        "The tea house Seo Eun-jae has chosen sits at the end of a lane in Seochon. She arrives early, orders for both of us, and"
        " apologizes for the rain as though it were a failure of planning on her part, which is how she talks about most things.",
        "You’ve said you’re “the last optimist.” What is there left to be optimistic about?",
        f"Less than there was, I admit. But {ANSWER}, and I still think contact works better than its absence.",
        "Kim slammed the door quite loudly.",
        f"He did, and I take it seriously. Still, {ANSWER}, even if the line is only a phone nobody picks up.",
        "What about sanctions? Should they be eased?",
        f"I am not a sanctions abolitionist. {ANSWER}, in specific pieces for specific steps.",
        "Where does the United States fit in this picture? Some of your former colleagues on the left would like Seoul to put more"
        " distance between itself and Washington.",
        f"I am not one of them. The alliance is the reason Seoul can take risks for peace at all, and {ANSWER}.",
        "This interview has been edited and condensed for clarity.",
        "Seo Eun-jae is a visiting professor at the Namsan Institute for Peace Studies.\nMartin Kessler is a contributing editor at The Lantern Quarterly.",
        "You’ve read 2 of your 3 free articles this month. Subscribe for unlimited access.",
    )
    assert roles[2] == "subtitle"
    assert roles[6:14] == ["question", "body", "question", "body", "question", "body", "question", "body"]
    assert names[7] == names[13] == ["seo eun-jae"]
    assert roles[16] == "boilerplate"


def test_a_ministry_s_joint_press_conference_with_its_speakers_in_brackets() -> None:
    """'[Minister Oh] …', '[Minister Ekdahl] …', '[Reporter, KBS] …' under the spokesperson's '[Spokesperson Choi Hae-rin]
    Good afternoon …': each minister answers for herself, the reporters ask, the spokesperson chairs; the title gives the
    ministers' whole names."""
    roles, names = read(
        "Transcript of Joint Press Conference by Minister of Foreign Affairs Oh Yun-ju and Swedish Minister for Foreign Affairs Karin Ekdahl",
        "Date 2025-05-27",
        "[Spokesperson Choi Hae-rin] Good afternoon. We will now begin the joint press conference. Minister Oh will first deliver"
        " opening remarks, followed by Minister Ekdahl.",
        f"[Minister Oh] Good afternoon. I warmly welcome Minister Ekdahl. We agreed that {ANSWER}.",
        f"[Minister Ekdahl] Thank you, Minister Oh. Sweden believes that {ANSWER}.",
        "[Spokesperson Choi] Thank you. We will now take questions.",
        "[Reporter, Yonhap News Agency] Question for Minister Oh. Pyongyang has rejected every offer. Why make another one?",
        f"[Minister Oh] I understand the frustration behind the question, but {ANSWER}.",
        "[Reporter, KBS] Minister Ekdahl, does Sweden want a role as a mediator?",
        f"[Minister Ekdahl] Sweden does not seek a role for its own sake; {ANSWER}.",
        "[Spokesperson Choi] This concludes the joint press conference. Thank you.",
    )
    assert roles[6] == roles[8] == "question"
    assert names[3] == names[7] == ["oh yun-ju"] and names[4] == names[9] == ["karin ekdahl"]
    assert all(role != "body" for role in (roles[2], roles[5], roles[10]))


def test_a_written_interview_s_guest_named_in_the_introduction_with_his_post_between_commas() -> None:
    """'… put questions in writing to Dr. Lee Sang-hoon, a senior research fellow at the Korea Institute for National
    Unification (KINU) in Seoul, about …': the answers are his, and that is his post."""
    reading = detect.read(
        [
            "Korean Peninsula expert: “Small states can open doors that great powers have closed”",
            "Ahead of the Ulaanbaatar Dialogue, The Steppe Times put questions in writing to Dr. Lee Sang-hoon, a senior research fellow"
            " at the Korea Institute for National Unification (KINU) in Seoul, about the stalled diplomacy. His answers have been"
            " lightly edited.",
            "**1. Dr. Lee, why has diplomacy stalled for so long?**",
            f"There are three reasons, and the first is that {ANSWER}.",
            "**2. What would a more realistic entry point look like?**",
            f"I would propose an approach in stages: {ANSWER}.",
        ]
    )
    assert [(p.name, p.affiliation) for p in reading.people] == [
        ("Lee Sang-hoon", "senior research fellow at the Korea Institute for National Unification (KINU) in Seoul")
    ]
    assert reading.roles[3] == reading.roles[5] == "body"
    described = detect.read(  # '…, a scholar of China-Korea relations based in Changchun, about …' names no institution: the bio does
        [
            "Beijing’s patience with Pyongyang",
            "The border has been sealed for eighteen months. I spoke with Liang Wenjie, a scholar of China-Korea relations based in"
            " Changchun, about what Beijing wants from Pyongyang now.",
            "Q: What does Beijing want?",
            f"A: Stability first, and {ANSWER}.",
            "Q: Will it enforce the sanctions?",
            f"A: Selectively, because {ANSWER}.",
            "Liang Wenjie is an associate professor at the Tumen River Institute of International Studies in Changchun.",
        ]
    )
    assert [(p.name, p.affiliation) for p in described.people] == [
        ("Liang Wenjie", "associate professor at the Tumen River Institute of International Studies in Changchun")
    ]


def test_a_breakfast_show_s_two_presenters_named_in_its_presented_by_line_both_ask() -> None:
    """'Presented by Tom Ashby and Priya Nandakumar' over their turns: a credit, and both presenters' turns are questions,
    whoever asks more; the guest answers."""
    roles, names = read(
        "BREAKFAST LIVE",
        "‘Freeze first, talk later’: former negotiator says Washington must cap Pyongyang’s arsenal",
        "Presented by Tom Ashby and Priya Nandakumar",
        "TOM ASHBY: Joining us from Washington is Dr. Helen Marchetti. Helen, what is Kim Jong Un telling us?",
        f"HELEN MARCHETTI: Good morning. He is telling us the program is no longer an experiment, and {ANSWER}.",
        "PRIYA NANDAKUMAR: So does that mean denuclearization is dead?",
        f"HELEN MARCHETTI: As an end state, no. But {ANSWER}.",
        "PRIYA NANDAKUMAR: Helen, a lot of people watching will say that’s just rewarding bad behaviour.",
        f"HELEN MARCHETTI: I hear that a lot. But {ANSWER}.",
        "TOM ASHBY: Would Pyongyang ever let inspectors in?",
        f"HELEN MARCHETTI: That is the whole ballgame: {ANSWER}.",
    )
    assert roles[2] == "credit"
    assert roles[3:11] == ["question", "body", "question", "body", "question", "body", "question", "body"]
    assert names[4] == ["helen marchetti"]


def test_a_printed_hearing_s_day_over_the_committee_and_the_responses_for_the_record() -> None:
    """'WEDNESDAY, JUNE 11, 2025' over 'U.S. Senate, …', 'Washington, DC.' and 'The subcommittee met, …': the hearing's day; the
    record's 'Responses of Dr. Celia Brandt to Questions Submitted by Senator Whitfield' is her byline over her written answer."""
    reading = detect.read(
        [
            "A FREEZE, A DEAL, OR DETERRENCE ALONE? U.S. POLICY TOWARD NORTH KOREA'S NUCLEAR PROGRAM",
            "=" * 71,
            "WEDNESDAY, JUNE 11, 2025\nU.S. Senate,\nSubcommittee on East Asia and the Pacific,\nWashington, DC.\nThe subcommittee"
            " met, pursuant to notice, at 10:02 a.m., in room SD-419, Hon. Ralph Garrity presiding.",
            "Senator Garrity. The subcommittee will come to order. We welcome Dr. Brandt.",
            "STATEMENT OF DR. CELIA BRANDT, DISTINGUISHED FELLOW, HARWOOD\nCENTER FOR STRATEGIC POLICY, WASHINGTON, DC",
            f"Dr. Brandt. Chairman Garrity, thank you. My argument is simple: {ANSWER}.",
            "Senator Garrity. Why would they agree to a freeze?",
            f"Dr. Brandt. They may not, Mr. Chairman, but {ANSWER}.",
            "[Whereupon, at 11:34 a.m., the hearing was adjourned.]",
            "ADDITIONAL MATERIAL SUBMITTED FOR THE RECORD",
            "Responses of Dr. Celia Brandt to Questions Submitted by Senator Whitfield",
            "Question. What role should China play in any freeze arrangement?",
            f"Answer. China has a strong interest in avoiding war, and {ANSWER}.",
            "[all]",
        ]
    )
    assert reading.date is not None and reading.date[0] == "2025-06-11"
    assert reading.roles[1] == reading.roles[13] == "boilerplate" and reading.roles[2] == "dateline"
    assert reading.roles[10] == "byline" and reading.roles[12] == "body"


def test_a_talkback_show_s_callers_in_capitals_ask_and_the_host_s_guest_has_her_post() -> None:
    """'BEV (TOOWOOMBA): …' is a caller, in capitals as the transcript sets every name: she asks; the host's 'My guest is Dr.
    Alison Kerr, a senior lecturer in Korean studies at Macquarie University' gives the guest's post."""
    reading = detect.read(
        [
            "TALKBACK",
            "Can anyone still stop North Korea’s bomb?",
            "Aired Thursday 21 August 2025, 9:05pm AEST",
            "GUS FENWICK: Good evening. My guest is Dr. Alison Kerr, a senior lecturer in Korean studies at Macquarie University."
            " Alison, is the goal still getting rid of the bomb?",
            f"ALISON KERR: Thanks, Gus. Officially, yes, and {ANSWER}.",
            "GUS FENWICK: Phones are running hot. Bev is in Toowoomba. Bev, you’re on Nightline.",
            "BEV (TOOWOOMBA): Hi Gus, love the show. Why are we still sending our planes up there? It’s not our fight.",
            f"ALISON KERR: It’s a fair question, Bev. I’d say {ANSWER}.",
            "TREVOR (BENDIGO): Thanks Gus. Shouldn’t Trump just meet him again?",
            f"ALISON KERR: There’s something to that, Trevor, but {ANSWER}.",
        ]
    )
    assert reading.roles[6] == reading.roles[8] == "question"
    assert [(p.name, p.affiliation) for p in reading.people] == [("Alison Kerr", "senior lecturer in Korean studies at Macquarie University")]


def test_a_webinar_s_featuring_list_a_speaker_a_line_is_its_byline() -> None:
    """'Featuring:' over 'CHUN Chaesung, Professor, …; Chair, …' and 'Rebecca Thornquist, Senior Fellow …', a line each, over
    their turns: both speakers, each with the post the line gives (a semicolon inside one post)."""
    reading = detect.read(
        [
            "Is a Korean Peace Regime Still Possible?",
            "Tuesday, September 9, 2025 | 9:00 – 10:15 a.m. EDT",
            "Featuring:\nCHUN Chaesung, Professor, Department of Political Science, Seoul National University; Chair, Asia Security"
            " Initiative, East Asia Institute (EAI)\nRebecca Thornquist, Senior Fellow for Korea Studies, Ridgeway Forum",
            "Moderated by:\nKaren Holloway, Director, Asia Program, Ridgeway Forum",
            "KAREN HOLLOWAY: Welcome. Professor Chun, is a peace regime still possible?",
            f"CHUN CHAESUNG: Thank you, Karen. I think {ANSWER}.",
            "KAREN HOLLOWAY: Rebecca, do you agree?",
            f"REBECCA THORNQUIST: Partly. {ANSWER}.",
        ]
    )
    assert reading.roles[2] == "byline"
    assert [p.name for p in reading.people] == ["CHUN Chaesung", "Rebecca Thornquist"]
    assert reading.people[1].affiliation == "Senior Fellow for Korea Studies, Ridgeway Forum"


def test_a_talk_s_speaker_notes_copied_from_its_slides() -> None:
    """'[Slide 2]' over the slide's title, 'Notes:' over what the speaker says: the titles are headings (one that asks is
    no interviewer's question), the notes the speaker's argument, no 'Notes' section of references."""
    roles, names = read(
        "Engman_KoreaPeaceForum_27Jul2023_FINAL_v4.pptx — Notes (copied from Presenter View)",
        "[Slide 1]\nFrom Armistice to Peace: Lessons from Seventy Years at Panmunjom",
        "Maj. Gen. (ret.) Mats Engman\nInstitute for Security and Development Policy (ISDP)",
        "Korea Peace Forum · Stockholm · 27 July 2023",
        f"Notes:\nThank you, Madam Chair. Seventy years ago today the armistice was signed, and {ANSWER}.",
        "[Slide 2]\nWhy the armistice still matters",
        f"Notes:\n(click) Three facts on the slide. No general war since 1953, and {ANSWER}.",
        f"But an armistice is a ceasefire, not a peace: {ANSWER}. [PAUSE]",
        "[Slide 3]\nWhat is left of the 2018 military agreement?",
        f"Notes:\nThe Comprehensive Military Agreement is, in my view, the most important measure since the armistice; {ANSWER}.",
        "[Slide 4]\nThank you — Questions?",
        "Notes:\n(Leave up during Q&A. Hand out printed copies of slide 9.)",
    )
    assert roles[0] == "boilerplate" and roles[1] == "title"
    assert roles[4:10] == ["body", "subtitle", "body", "body", "subtitle", "body"]
    assert names[4] == names[7] == ["mats engman"]
    assert roles[10] == roles[11] == "boilerplate"


def test_a_reading_app_s_highlights_export_keeps_the_bio_and_the_disclaimer_apart() -> None:
    """Each highlight in quotation marks over '— Location 35 · Highlighted …': the essay's words, read without the marks, so
    '“Sangsoo Lee is Head of …”' is the writer's bio and '“The opinions expressed …”' the disclaimer, no argument."""
    roles, names = read(
        "Marginal — Highlights export",
        "What Seoul’s Next Government Should Keep From the Moon Years",
        "Sangsoo Lee",
        "Nordic Asia Review · March 15, 2022",
        f"“The election result will be read in Pyongyang as a verdict on engagement, but {ANSWER}.”\n— Location 3 · Highlighted Mar 16, 2022 · Yellow",
        f"“Trust on the peninsula has never been built by grand bargains; {ANSWER}.”\n— Location 9 · Highlighted Mar 16, 2022 · Blue",
        f"“Denuclearization should remain the stated goal. Yet {ANSWER}.”\n— Location 17 · Highlighted Mar 17, 2022 · Yellow\nNote: compare Hanoi",
        "“Sangsoo Lee is Head of the Korea Center at the Institute for Security and Development Policy (ISDP) in Stockholm.”\n— Location 35 ·"
        " Highlighted Mar 17, 2022 · Blue",
        "“The opinions expressed in this article are the author’s own and do not reflect the editorial position of the Nordic Asia"
        " Review.”\n— Location 36 · Highlighted Mar 17, 2022 · Blue",
    )
    assert roles[0] == "boilerplate" and roles[4:7] == ["body", "body", "body"] and names[4] == names[6] == ["sangsoo lee"]
    assert roles[7] == "author_bio" and roles[8] == "disclaimer"


def test_an_ambassador_s_briefing_her_opening_statement_and_her_answers_under_her_rank_and_surname() -> None:
    """'Andrea Bühlmann, Ambassador of Switzerland …' over 'Opening statement' and the floor's questions, answered under
    'Ambassador Bühlmann:': her whole name; the statement under its heading is hers too; 'Last update …' and the page's
    'Contact' block are no one's."""
    roles, names = read(
        "Transcript: Ambassador’s press briefing ahead of the 70th anniversary of the Armistice",
        "Seoul, 25.07.2023",
        "Andrea Bühlmann, Ambassador of Switzerland to the Republic of Korea, briefed journalists at the Embassy.",
        "Opening statement",
        f"Good morning, and thank you all for coming. Let me be direct: {ANSWER}.",
        f"Switzerland’s position is simple. We believe {ANSWER}.",
        "Questions from the floor",
        "Lukas Pfister (Moderator): We have about twenty minutes. Please say who you are.",
        "Reporter (Yonhap News Agency): North Korea expelled the Swiss officers in 1995. Why stay?",
        f"Ambassador Bühlmann: It is a fair question, and {ANSWER}.",
        "Reporter (NHK): Could Switzerland host talks?",
        f"Ambassador Bühlmann: Our good offices are always available; {ANSWER}.",
        "Reporter (Agence France-Presse): Does Switzerland apply every sanction the Security Council has adopted?",
        f"Ambassador Bühlmann: Switzerland implements all of them, and {ANSWER}.",
        "Last update 26.07.2023",
        "Contact\nEmbassy of Switzerland in the Republic of Korea\nContact form | Location and opening hours",
    )
    assert names[4] == names[5] == names[9] == names[11] == names[13] == ["andrea bühlmann"]
    assert roles[8] == roles[10] == roles[12] == "question" and roles[14] == "dateline" and roles[15] == "boilerplate"


def test_a_podcast_s_two_hosts_by_initials_named_in_the_episode_notes() -> None:
    """'In this episode, hosts Maya Goldfarb and Tomás Reyes talk with Dr. Sangsoo Lee …' over 'MG: …' and 'TR: …': both hosts
    ask, whoever of them asks more; the guest answers."""
    roles, names = read(
        "After the Nuclear Forces Law: Is Denuclearization Still the Goal?",
        "In this episode, hosts Maya Goldfarb and Tomás Reyes talk with Dr. Sangsoo Lee, head of the Korea Center at the Institute"
        " for Security and Development Policy in Stockholm, about North Korea’s new law.",
        "MG: Welcome to The Peninsula Brief, I’m Maya Goldfarb.",
        "TR: And I’m Tomás Reyes. North Korea has passed a law on its nuclear forces. Sangsoo, welcome back.",
        f"SL: Thank you, Tomás. I think {ANSWER}.",
        "MG: So let’s start with the law itself. How significant is it, really?",
        f"SL: Very significant, and {ANSWER}.",
        "TR: Let’s talk about the alliance side. Washington and Seoul have resumed large-scale field training.",
        f"SL: I understand why Seoul wants reassurance, but {ANSWER}.",
        "TR: Where does Europe fit in?",
        f"SL: Europe is no party to the conflict, so {ANSWER}.",
        "TR: Dr. Sangsoo Lee of ISDP, thank you so much.",
        "SL: Thank you both.",
    )
    assert roles[7] == roles[9] == "question" and roles[5] == "question"
    assert names[4] == names[8] == names[10] == ["sangsoo lee"] and names[11] == []


def test_captions_cleaned_into_paragraphs_with_each_change_of_speaker_marked() -> None:
    """'>>' before each turn and no name: the voice whose turns ask by their look every other time asks all its turns (a
    remark that leads into a topic, the closing thanks); the other voice is the guest's, its first short thanks too."""
    roles, names = read(
        "North Korea, Russia and the New Alliance | Interview with Dr. Lee Sang-soo (ISDP)",
        "In this episode of Nordic Asia Dialogue, journalist Karin Ahlgren talks to Dr. Lee Sang-soo, Head of the Korea Center at ISDP.",
        ">> Hello and welcome to Nordic Asia Dialogue, I'm Karin Ahlgren. Putin was in Pyongyang last week. Dr. Lee, welcome.",
        ">> Thank you, Karin, thank you for having me.",
        ">> So how big a deal is this treaty?",
        f">> I think it's very big, because {ANSWER}.",
        ">> What does that mean for sanctions?",
        f">> That was really symbolic: {ANSWER}.",
        ">> Let's talk about the inter-Korean side, because Kim has declared the South a hostile state and torn down the arch in"
        " Pyongyang that stood for reunification.",
        f">> It's very worrying, and {ANSWER}.",
        ">> Finally, Europe. Is there anything it can do?",
        f">> Europe has limited leverage, but {ANSWER}.",
        ">> Dr. Lee Sang-soo, thank you so much for joining us.",
        ">> Thank you.",
    )
    assert roles[8] == roles[12] == "question"
    assert names[3] == names[9] == names[13] == ["lee sang-soo"]


def test_question_time_in_hansard_the_minister_answers_each_member() -> None:
    """Hansard's oral questions: the member's numbered question on the order paper, the minister's answer under his office
    ('The Minister for Asia (Harold Finch): …'), then each member by constituency and party ('(Lab)') and the minister again:
    the members and the Speaker ask, the minister's answers are his, and the debate's title sits over its date line."""
    reading = detect.read(
        [
            "Hansard\nUK Parliament\nHome   Commons   Lords",
            "Korean Peninsula: Sanctions",
            "Volume 750: debated on Monday 4 March 2024",
            "Oral Answers to Questions\nForeign, Commonwealth and Development Office",
            "7. Alison Crewe (Ochil Hills) (SNP): What steps he is taking to enforce sanctions on North Korea. (901122)",
            f"The Minister for Asia (Harold Finch): We act with our partners, and {ANSWER}.",
            "Mr Speaker: I call the shadow Minister.",
            "Dev Sandhu (Leeds Kirkgate) (Lab): Will the Minister say what he is doing about the ships that carry the oil?",
            f"Harold Finch: The hon. Gentleman is right to ask, and {ANSWER}.",
            "Margaret Rowe (Fenland North) (Con): Does my right hon. Friend agree that the inspectors must go back first?",
            f"Harold Finch: I do agree, because {ANSWER}.",
            "Owen Price (Bath Abbey) (LD): What is the Government doing about the humanitarian exemptions that take months?",
            f"Harold Finch: We take that seriously, and {ANSWER}.",
            "Previous debate: Gaza\nNext debate: Topical Questions",
        ]
    )
    roles, names = reading.roles, [[reading.people[n].name.lower() for n in group] for group in reading.signers]
    assert roles[1:3] == ["title", "dateline"] and reading.date == ("2024-03-04", "4 March 2024")
    assert roles[4:] == ["question", "body", "question", "question", "body", "question", "body", "question", "body", "boilerplate"]
    assert names[5] == names[8] == names[10] == names[12] == ["harold finch"]
    assert [(p.name, p.affiliation) for p in reading.people] == [("Harold Finch", "The Minister for Asia")]


def test_a_court_reporter_s_record_numbers_its_lines_in_the_margin() -> None:
    """A verbatim record with each line numbered in the margin, 1 to 25 a page, and the reporter's footer between pages: read
    without the numbers, the witnesses listed in capitals under 'WITNESSES:' answer, the chair asks, the record opens and closes."""
    numbered = iter(range(1, 200))

    def lines(*texts: str) -> str:
        return "\n".join(f"{(next(numbered) - 1) % 25 + 1:2}  {text}" for text in texts)

    reading = detect.read(
        [
            "SECURITY REVIEW COMMISSION",
            '"VERIFYING A FREEZE IN NORTH KOREA"',
            "THURSDAY, JUNE 20, 2019",
            "The Commission met, pursuant to notice, at 9:32 a.m., Commissioner Ruth Keller presiding.",
            "COMMISSIONERS PRESENT:\nRUTH KELLER, Hearing Chair\nSAMUEL OKAFOR",
            "WITNESSES:\nDR. NADIA HOLLOWAY, Senior Fellow, Center for Nuclear\nVerification Studies\n"
            "MAJOR GENERAL (RET.) MATS ENGMAN, Distinguished Fellow,\nInstitute for Security and Development Policy",
            lines("          CHAIR KELLER:  The hearing will come to", "order. Dr. Holloway, the floor is yours."),
            lines("          DR. HOLLOWAY:  Thank you. I have three points,", "and the first is that the freeze must come first,", "verified by inspectors."),
            lines(
                "          Second, sanctions relief can follow step by",
                "step, and only after the inspectors are on site.",
                "That is what the record of the last deal shows.",
            ),
            lines("          CHAIR KELLER:  Thank you. General Engman.", "What would you add?"),
            lines(
                "          GENERAL ENGMAN:  Thank you. I agree that the",
                "freeze must come first, verified by inspectors, and",
                "that relief can follow step by step after that.",
            ),
            "Capitol Verbatim Reporting, LLC  (202) 555-0176\n4",
            lines("          COMMISSIONER OKAFOR:  Dr. Holloway, is a freeze", "enough if the enrichment sites stay hidden?"),
            lines(
                "          DR. HOLLOWAY:  It is a beginning. The freeze",
                "must come first, verified by inspectors, and the",
                "hidden sites are for the second phase of the talks.",
            ),
            lines(
                "          GENERAL ENGMAN:  I would add that the armistice",
                "shows how inspection without political buy-in fails,",
                "which is why the freeze must be verified on site.",
            ),
            "Capitol Verbatim Reporting, LLC  (202) 555-0176\n5",
            "CERTIFICATE OF REPORTER\nI, Janet Kowalczyk, the officer before whom the foregoing proceedings were taken, do hereby certify"
            " that the proceedings were recorded by me.",
        ]
    )
    roles, names = reading.roles, [[reading.people[n].name.lower() for n in group] for group in reading.signers]
    assert roles[2:6] == ["dateline", "introduction", "boilerplate", "byline"] and roles[-1] == "boilerplate"
    assert [roles[i] for i in (9, 12)] == ["question", "question"] and roles[11] == roles[15] == "boilerplate"
    assert names[7] == names[8] == names[13] == ["nadia holloway"] and names[10] == names[14] == ["mats engman"]
    assert ("Nadia Holloway", "Senior Fellow, Center for Nuclear Verification Studies") in [(p.name, p.affiliation) for p in reading.people]


def test_an_event_report_whose_speakers_bios_come_a_paragraph_each_under_its_heading() -> None:
    """A rapporteur's report in the third person: its framing names all three speakers, each paragraph is the speaker it
    reports ('Okafor opened by …', 'She …'), 'All three speakers agreed' is theirs together, the chair's thanks nobody's, and
    'SPEAKERS' alone over a bio a paragraph gives their whole names and posts."""
    roles, names = read(
        "After Hanoi: Can Step-by-Step Diplomacy Survive?",
        "Seminar held 14 March 2019, Copenhagen",
        "On 14 March 2019 the Forum hosted a seminar. The panel brought together Adaeze Okafor, Director of the Lagos Centre;"
        " Dr. Lena Berglund, Professor at Uppsala University; and Tomas Reyes, a former ambassador. Eva Dahl moderated.",
        "Framing the discussion",
        f'Okafor opened by arguing that {ANSWER}. "Summits should crown agreements," Okafor said.',
        f"Berglund focused on the alliance, and argued that {ANSWER}.",
        f"She was nonetheless firm, Berglund said, that {ANSWER}.",
        f"Reyes was the most sceptical of the three, and argued that {ANSWER}.",
        f"All three speakers agreed that {ANSWER}.",
        "Closing the seminar, Dahl thanked the speakers and noted that the Forum will publish a brief later this spring.",
        "Rapporteur: Sofie Brandt, Research Assistant",
        "SPEAKERS",
        "Adaeze Okafor is Director of the Lagos Centre for Strategic Studies.",
        "Dr. Lena Berglund is Professor of Peace Studies at Uppsala University.",
        "Tomas Reyes served as Chile's ambassador to the Republic of Korea.",
    )
    assert roles[2] == "introduction" and roles[9:11] == ["introduction", "credit"]
    assert names[4] == ["adaeze okafor"] and names[5] == names[6] == ["lena berglund"] and names[7] == ["tomas reyes"]
    assert sorted(names[8]) == ["adaeze okafor", "lena berglund", "tomas reyes"]


def test_an_interview_tagged_in_its_headline_whose_numbered_questions_the_guest_s_surname_answers() -> None:
    """'[Interview] "…"' over the reporter's byline and introduction, then numbered questions ('1. President Moon …?') each
    answered by 'Lee: …' and a paragraph more: the questions the paper's, the answers the guest's."""
    roles, names = read(
        '[Interview] "An end-of-war declaration is a door, not a house"',
        "By Yoon Ha-eun",
        "Sangsoo Lee heads the Stockholm Korea Center at the Institute for Security and Development Policy. The Ledger met him last"
        " week. The following has been edited for length and clarity.",
        "1. President Moon proposed an end-of-war declaration again. Is there real momentum here?",
        f"Lee: There is some, but {ANSWER}.",
        f"Still, I would not dismiss it, because {ANSWER}.",
        "2. Critics say a declaration would undermine the UN Command. How do you answer them?",
        f"Lee: I understand the concern, but {ANSWER}.",
        "3. North Korea tested a hypersonic missile last week. How does that square with talk of peace?",
        f"Lee: Uncomfortably. Still, {ANSWER}.",
    )
    assert [roles[i] for i in (3, 6, 8)] == ["question", "question", "question"] and roles[1] == "credit"
    assert names[4] == names[5] == names[7] == names[9] == ["sangsoo lee"]


def test_a_podcast_host_s_sponsor_read_between_the_guest_s_answers() -> None:
    """'00:02:31   Maya Ortiz: Before we go further, a quick word from our supporters. …' in the middle of the transcript:
    the show's appeal, nobody's argument, while her questions round it stay questions."""
    roles, names = read(
        "The Peninsula Brief, Episode 87",
        "In this episode, host Maya Ortiz talks with Professor Chun Chaesung of Seoul National University.",
        "00:00:04   Maya Ortiz: Professor Chun, why did Kim Jong Un drop unification now?",
        f"00:00:52   Chun Chaesung: It is a long story, but {ANSWER}.",
        "00:02:31   Maya Ortiz: Before we go further, a quick word from our supporters. The Peninsula Brief is made possible by"
        " listeners like you. Please consider becoming a member.",
        "00:02:58   Maya Ortiz: Professor Chun, how should Seoul respond?",
        f"00:03:10   Chun Chaesung: Calmly. {ANSWER}.",
    )
    assert roles[2:] == ["question", "body", "boilerplate", "question", "body"] and names[6] == ["chun chaesung"]


def test_a_hearing_record_whose_witness_only_its_header_names_answers_q_and_a() -> None:
    """'WITNESS: PROFESSOR MARGARET A. HOLLOWAY-KIM' / her post, under 'Held at …' / the day and 'BEFORE:' the panel, then
    'Q.' and 'A.' with the chair's and counsel's labelled turns between: every 'A.' hers, the chair and counsel asking."""
    reading = detect.read(
        [
            "INDEPENDENT COMMISSION ON THE KOREAN ARMISTICE\nPublic Hearings -- Session 6",
            "The Armistice, the United Nations Command and the Path to a Peace Treaty",
            "Held at Hall 3, Geneva Centre for Dialogue\nWednesday, 14 June 2023, commencing at 10:02 a.m.",
            "BEFORE:\nTHE CHAIR (Ms Hélène Marchetti-Roux)\nCOMMISSIONER O. ADEYEMI",
            "WITNESS:   PROFESSOR MARGARET A. HOLLOWAY-KIM\nProfessor of International Law,\nNorthfield University School of Law",
            "Counsel to the Commission: Mr Daniel Osei-Brandt",
            "(The witness, having affirmed, was examined as follows.)",
            "Q.   Professor, what, in law, is the Armistice Agreement of 27 July 1953?",
            f"A.   It is a military agreement between commanders. In my view {ANSWER}.",
            "Q.   What would an end-of-war declaration change?",
            f"A.   Very little, in law. Still, {ANSWER}.",
            "THE CHAIR:   Professor, forgive me. Commissioner Adeyemi has a question on the same point. Would it touch the Command?",
            f"A.   Not directly, because {ANSWER}.",
        ]
    )
    roles, names = reading.roles, [[reading.people[n].name.lower() for n in group] for group in reading.signers]
    assert roles[2:8] == ["dateline", "boilerplate", "byline", "credit", "boilerplate", "question"] and reading.date == ("2023-06-14", "14 June 2023")
    assert names[8] == names[10] == names[12] == ["margaret a. holloway-kim"] and roles[11] == "question"
    assert [(p.name, p.affiliation) for p in reading.people] == [
        ("Margaret A. Holloway-Kim", "Professor of International Law, Northfield University School of Law")
    ]


def test_readers_questions_signed_with_first_name_and_town_put_to_an_expert() -> None:
    """'Ask the expert': each reader's question signed under it ('-- Minji, Busan'), the fellow's answers under each."""
    roles, names = read(
        "ASK THE EXPERT",
        "Would an End-of-War Declaration Make War Less Likely?",
        "Dr. Ahn Ji-won\nSenior Research Fellow, Center for Peninsula Security",
        "Every other month one of our fellows takes questions sent in by readers of the newsletter. This time we asked Dr. Ahn"
        " Ji-won to answer your questions about the proposal for a declaration ending the Korean War.",
        "The declaration is only a piece of paper. Why does everyone in Seoul get so excited about it?\n-- Minji, Busan",
        f"You're right that it is a piece of paper. Still, {ANSWER}.",
        f"But I would not dismiss paper, because {ANSWER}.",
        "If the war is declared over, won't North Korea demand that US troops leave?\n-- Daniel, Toronto",
        f"They may well demand it; they demand it already. {ANSWER}.",
    )
    assert roles[3:] == ["introduction", "question", "body", "body", "question", "body"]
    assert names[5] == names[8] == ["ahn ji-won"]


def test_two_student_hosts_named_with_their_class_years_ask_the_professor() -> None:
    """'… hosts Maya Okonkwo-Reyes (’20) and Junho Park (’21) sit down with Professor Lee Sang-hoon …': 'MAYA:' and 'JUNHO:'
    both ask, and 'And I'm Junho' names no one; 'PROF. LEE:' answers."""
    roles, names = read(
        "The 38th Parallel, Ep. 14: Are Seoul and Pyongyang Still Talking?",
        "On this episode, hosts Maya Okonkwo-Reyes (’20) and Junho Park (’21) sit down with Professor Lee Sang-hoon, visiting"
        " professor of political science, to talk about the Hanoi summit.",
        "MAYA: Hi everyone, welcome back to The 38th Parallel. I’m Maya.",
        "JUNHO: And I’m Junho. Today we want to ask what Hanoi means for Seoul. Professor Lee, welcome. What happened?",
        f"PROF. LEE: Thank you, it’s nice to be here. {ANSWER}.",
        "JUNHO: Okay, so for Seoul. President Moon put a lot of his presidency on the summits last year.",
        f"PROF. LEE: In a difficult position, then. {ANSWER}.",
        "MAYA: So was it a mistake to hold the summit at all?",
        f"PROF. LEE: Not to hold it, but to hold it unprepared. {ANSWER}.",
        "JUNHO: Wait, but that sounds kind of circular to me.",
        f"PROF. LEE: Yes, and {ANSWER}.",
    )
    assert [roles[i] for i in (5, 7, 9)] == ["question"] * 3 and names[4] == names[6] == names[8] == names[10] == ["lee sang-hoon"]
    assert {n for group in names for n in group} == {"lee sang-hoon"}


def test_a_debate_held_in_a_chat_group_and_exported_with_its_time_stamps() -> None:
    """A chat's export: each message '[16/03/2023, 20:03:12] Sangsoo Lee: …', the group's own lines ('… created group', '…
    added …', 'image omitted', 'This message was deleted.') and a message's second line unstamped: the moderator asks, each
    guest's messages are theirs, the chat's own lines nobody's."""
    roles, names = read(
        "[16/03/2023, 19:58:41] Ledger Live: Is a freeze a trap?: \u200eMessages and calls are end-to-end encrypted. No one outside"
        " of this chat can read them.",
        "[16/03/2023, 19:58:41] \u200eHannah Cho created group “Ledger Live: Is a freeze a trap?”",
        "[16/03/2023, 19:59:02] \u200eHannah Cho added Sangsoo Lee and Lee Sang-hun",
        "[16/03/2023, 20:00:07] Hannah Cho: Good evening, and welcome to Ledger Live. With us are Sangsoo Lee, head of the Stockholm"
        " Korea Center, and Lee Sang-hun, a senior research fellow in Seoul.",
        "[16/03/2023, 20:00:51] Hannah Cho: Sangsoo, you first. Is a freeze realistic, and is it wise?",
        f"[16/03/2023, 20:03:12] Sangsoo Lee: Realistic, not yet. Wise, yes: {ANSWER}.",
        f"But the freeze is a first step, and {ANSWER}.",
        f"[16/03/2023, 20:05:58] Lee Sang-hun: My worry is simple. Every freeze we negotiated was abandoned, so {ANSWER}.",
        "[16/03/2023, 20:06:30] Hannah Cho: Sangsoo, what about verification?",
        f"[16/03/2023, 20:09:14] Sangsoo Lee: Verification is the hard part. Still, {ANSWER}.",
        "[16/03/2023, 20:09:31] Sangsoo Lee: \u200eimage omitted",
        "[16/03/2023, 20:16:10] Lee Sang-hun: \u200eThis message was deleted.",
        f"[16/03/2023, 20:17:48] Lee Sang-hun: On relief, I could accept humanitarian easing, but {ANSWER}.",
    )
    assert roles[:3] == ["boilerplate"] * 3 and roles[10:12] == ["boilerplate"] * 2 and roles[4] == roles[8] == "question"
    assert names[5] == names[6] == names[9] == ["sangsoo lee"] and names[7] == names[12] == ["lee sang-hun"]


def test_a_commons_witness_heading_over_her_line_then_named_again_with_a_full_stop() -> None:
    """'Witness' over 'I: Dr Helen Carrow, Director, …, and Chair, …' in one paragraph, then 'Witness: Dr Helen Carrow.': her byline
    twice (the full stop no part of her name), and the answers hers."""
    roles, names = read(
        "Oral evidence: The UK and security on the Korean Peninsula, HC 1187",
        "Members present: Sir Malcolm Pryde (Chair); Tom Ashworth; Bethan Lloyd.",
        "Witness\nI: Dr Helen Carrow, Director, Korea Programme, Westbridge Institute for International Affairs, and Chair, Peninsula Verification Network.",
        "Examination of witness",
        "Witness: Dr Helen Carrow.",
        "Q41 Chair: Good afternoon, Dr Carrow. What does the Government's tilt mean on the Peninsula?",
        f"Dr Carrow: Less than the language suggests, because {ANSWER}.",
        "Q42 Bethan Lloyd: Even given the arms transfers to Russia?",
        f"Dr Carrow: Especially given them: {ANSWER}.",
    )
    assert roles[2:6] == ["byline", "subtitle", "byline", "question"] and roles[6:] == ["body", "question", "body"]
    assert names[2] == names[4] == names[6] == names[8] == ["helen carrow"]


def test_a_rapporteur_s_summary_of_a_question_from_the_floor_is_a_question() -> None:
    """'A participant from a European embassy asked whether …' between the panel's turns under their surnames: no one's answer."""
    roles, names = read(
        "After Hanoi: Is a Freeze Still a Stepping Stone?",
        "Chair: Ambassador (ret.) Ingrid Holm, former Ambassador of Sweden to the Republic of Korea",
        "Panellists: Dr. Niklas Swanström, Director, ISDP; Dr. Lee Sang-hoon, Senior Research Fellow, Hanbit Institute; Prof. Carla"
        " Márquez, Center for Nonproliferation Policy",
        "CHAIR: Welcome. Four months ago in Hanoi the two leaders walked away without a deal. Is a freeze still the first step?",
        f"MÁRQUEZ: Only a freeze that covers enrichment: {ANSWER}.",
        f"LEE: Not as an opening demand, no; {ANSWER}.",
        f"SWANSTRÖM: Which is why I keep coming back to China: {ANSWER}.",
        "A participant from a European embassy asked whether the panel was too optimistic: North Korea has refused inspectors since"
        " 2009, so was a verified freeze anything more than a wish?",
        f"SWANSTRÖM: It is more than a wish if {ANSWER}.",
        f"LEE: I agree, with one addition: {ANSWER}.",
    )
    assert roles[7] == "question" and names[7] == []
    assert names[6] == names[8] == ["niklas swanström"] and names[5] == names[9] == ["lee sang-hoon"]


def test_an_automatic_transcript_s_numbered_speakers_are_the_people_its_note_names() -> None:
    """'Speaker 2: …' under a note that says 'Speaker 1 – Rachel Imbert, … (moderator); Speaker 2 – Niklas Swanström, …': his."""
    roles, names = read(
        "Pricing a Freeze: What Would Sanctions Relief Buy?",
        "Editor's note: This transcript was generated from Zoom's automatic captions. The software identified voices by number;"
        " they are: Speaker 1 – Rachel Imbert, Senior Director for Asia Programs (moderator); Speaker 2 – Niklas Swanström,"
        " Director, Institute for Security and Development Policy; Speaker 3 – Dr. Obiora Nwankwo, Senior Fellow, Halcyon Center.",
        "[00:00:06] Speaker 1: good afternoon and welcome. Niklas, let me start with you: is a freeze still worth pursuing?",
        f"[00:07:22] Speaker 2: thank you Rachel. my view is that {ANSWER}.",
        "[00:17:25] Speaker 1: Obi, you've written that pricing is the wrong word. Why?",
        f"[00:17:54] Speaker 3: yeah thanks Rachel. because {ANSWER}.",
        f"[00:23:13] Speaker 3: the second principle is that {ANSWER}.",
        "[00:38:16] Speaker 1: let me push on the seventh test. Obi, if it happens, does this whole conversation go away?",
        f"[00:38:48] Speaker 3: for a while, yes, but {ANSWER}.",
        f"[00:43:48] Speaker 2: can I add to that. I think {ANSWER}.",
    )
    assert roles[1] == "editors_note" and roles[4] == roles[7] == "question"
    assert names[3] == names[9] == ["niklas swanström"] and names[5] == names[6] == names[8] == ["obiora nwankwo"]


def test_an_e_mail_answering_questions_it_quotes_inline_is_its_sender_s() -> None:
    """A newsletter prints a reply ('From: Selin Aydemir' / 'Sent: …' / 'To: Maya Goldfarb') that answers its writer's questions
    quoted with '>': the quoted questions are Maya's, the rest Selin's; Maya's byline credits her, her greeting frames it."""
    paragraphs = [
        "What an end-of-war declaration would — and wouldn't — do",
        "By Maya Goldfarb",
        "Hi all, and welcome to the new subscribers. This week I put six questions to an international lawyer about the declaration.",
        "From: Selin Aydemir\nSent: Tuesday, November 30, 2021 10:14 PM\nTo: Maya Goldfarb\nSubject: Re: six questions",
        "Hi Maya – answers inline below. Short version: a declaration is a promise about the past, and such promises are cheap.",
        "> 1. Start with the basics. Who is actually party to the Korean War armistice,\n> and what does it legally do?",
        f"The Armistice Agreement was signed by military commanders, and {ANSWER}.",
        "> 2. So what would an end-of-war declaration change?",
        f"On its own, very little in law: {ANSWER}.",
        f"I don't dismiss symbols, though: {ANSWER}.",
        "Selin Aydemir is associate professor of international law at Northmoor University.",
    ]
    reading = detect.read(paragraphs)
    names = [[reading.people[n].name for n in group] for group in reading.signers]
    assert reading.roles[1:4] == ["credit", "introduction", "boilerplate"]
    assert reading.roles[5] == reading.roles[7] == "question" and reading.roles[10] == "author_bio"
    assert names[4] == names[6] == names[8] == names[9] == ["Selin Aydemir"]
    assert [person.name for person in reading.people] == ["Selin Aydemir"]


def test_a_tv_guest_s_name_and_post_on_screen_in_parentheses_is_his_byline() -> None:
    """'(ON SCREEN: DOUGLAS REINHOLT | FORMER DEPUTY ASSISTANT SECRETARY OF DEFENSE …)' under the anchor's first question: the
    name and post the broadcast shows, his byline, no words of his."""
    roles, names = read(
        "North Korea Drops Unification, Declares South a Hostile State",
        "Aired January 16, 2024 - 21:00 ET",
        "ANCHOR: North Korea's leader told his parliament this week that the South is a hostile state. What does it mean?",
        "(ON SCREEN: DOUGLAS REINHOLT | FORMER DEPUTY ASSISTANT SECRETARY OF DEFENSE FOR EAST ASIA)",
        f"DOUGLAS REINHOLT, FORMER DEPUTY ASSISTANT SECRETARY OF DEFENSE: It means {ANSWER}.",
        "ANCHOR: Why now, though?",
        f"REINHOLT: Two things, because {ANSWER}.",
    )
    assert roles[3] == "byline" and names[3] == names[4] == names[6] == ["douglas reinholt"]


def test_a_tribunal_s_witness_called_under_her_name_and_affirmed() -> None:
    """'DR. MIRIAM HOLLOWAY (affirmed)' under counsel's 'I call Dr. Miriam Holloway.': the witness whose answers follow."""
    roles, names = read(
        "Transcript of Proceedings -- Day 2 (Morning Session)",
        "THE PRESIDING MEMBER: Good morning. We resume with Question Three.",
        "MR. ADEYEMI: Thank you, Madam Presiding Member. I call Dr. Miriam Holloway.",
        "DR. MIRIAM HOLLOWAY (affirmed)",
        "Examination by MR. ADEYEMI",
        "Q. Dr. Holloway, should the Armistice be replaced by a peace treaty?",
        f"A. Not yet, because {ANSWER}.",
        "Q. What would have to come first?",
        f"A. A freeze: {ANSWER}.",
    )
    assert roles[3] == "byline" and names[6] == names[8] == ["miriam holloway"]


def test_a_magazine_s_first_question_in_italics_is_a_statement_put_to_the_guest() -> None:
    """'*You have been arguing … That is a provocative claim from someone who advised two ministers.*' over two answers,
    then questions in italics that end with '?': the first, a statement put to him, asks too; the answers are his."""
    roles, names = read(
        "INTERVIEWS",
        "A Freeze Is Not a Failure If You Price It Right",
        "The Seoul analyst Ahn Do-hyun on why Washington should stop treating partial deals with Pyongyang as betrayals.",
        "Interview by Clara Whitfield",
        "Ahn Do-hyun has spent three decades thinking about how to talk to North Korea, first as an aide at the Unification"
        " Ministry and later as an adviser to two ministers. We spoke in Seoul in February.",
        "*You have been arguing that complete denuclearization has become an obstacle. That is a provocative claim from someone"
        " who advised two unification ministers.*",
        f"It is provocative only if you think the goal is doing any work. Look at the record: {ANSWER}, and every year of waiting has made the arsenal larger.",
        f"I want to be careful here, because people hear this and think I am saying we should accept a nuclear North. I am not: {ANSWER}.",
        "*What would the first step look like, concretely?*",
        f"A freeze, priced correctly. Concretely, {ANSWER}, and the inspectors would have to be back at Yongbyon within months.",
        "*Why would verification be any different this time?*",
        f"It may not be, and anyone who tells you otherwise is selling something. But {ANSWER}.",
    )
    assert [roles[i] for i in (5, 8, 10)] == ["question"] * 3
    assert names[6] == names[7] == names[9] == names[11] == ["ahn do-hyun"]


def test_a_briefing_s_reporters_ask_after_a_bare_q() -> None:
    """A State Department briefing as its transcript prints it: the headline with the day in it, the day's index of topics,
    and reporters' turns marked 'Q' alone (no colon), between the spokesperson's: the questions are no one's argument."""
    roles, names = read(
        "Department Press Briefing - September 5, 2017",
        "Thomas Caldwell\nDeputy Department Spokesperson",
        "Index for Today's Briefing\nDEPARTMENT\nDPRK/NORTH KOREA\nCHINA",
        f"MR. CALDWELL: Good afternoon, everyone. I'd like to start with North Korea: {ANSWER}.",
        "Q Thank you. AP. On the draft resolution, does it include an oil embargo? Because President Putin said today that more sanctions are useless.",
        f"MR. CALDWELL: I'm not going to get into a draft still being negotiated. What I can tell you is that {ANSWER}.",
        "Q But just to follow up, if they veto —",
        f"MR. CALDWELL: I'm not going to speculate about a vote that hasn't happened yet. {ANSWER}.",
        "Q NHK. On China, does the Department believe Beijing is doing enough.",
        f"MR. CALDWELL: China has taken some important steps, and {ANSWER}.",
    )
    assert roles[:3] == ["title", "byline", "boilerplate"]
    assert [roles[i] for i in (4, 6, 8)] == ["question"] * 3
    assert all(names[i] == ["thomas caldwell"] for i in (3, 5, 7, 9))


def test_a_q_that_names_a_street_is_no_reporter() -> None:
    roles, _ = read("After Hanoi", "By Ana Ruiz", f"Q Street lobbyists have their own view: {ANSWER}.", ANSWER, ANSWER)
    assert roles[2] == "body"


def test_a_video_transcript_whose_speakers_are_named_in_brackets() -> None:
    """'[Dana Whitfield]: Hi everybody …' and '[Thomas Kessler]: Thanks, Dana …': a video's transcript, its speakers'
    names in brackets; read as any transcript's turns, the host asking and the guest answering."""
    roles, names = read(
        "Is extended deterrence still credible?",
        "Korea Watch Live · Episode 41",
        "[Dana Whitfield]: Hi everybody, welcome back to Korea Watch Live. My guest today is Thomas Kessler. Tom, is deterrence still credible?",
        f"[Thomas Kessler]: Thanks, Dana. Happy to be here. It is, but {ANSWER}.",
        "[Dana Whitfield]: Okay, Tom. So what should Seoul ask for?",
        f"[Thomas Kessler]: More visible commitments. Whether that means nuclear sharing is another question: {ANSWER}.",
        "[Dana Whitfield]: But isn't that exactly what Pyongyang wants us to argue about?",
        f"[Thomas Kessler]: Maybe. Still, {ANSWER}.",
    )
    assert [roles[i] for i in (4, 6)] == ["question", "question"]
    assert all(names[i] == ["thomas kessler"] for i in (3, 5, 7))


def test_an_oral_history_s_summary_line_is_no_speaker_and_the_interviewer_s_initials_ask() -> None:
    roles, names = read(
        "NORDIC CENTRE FOR KOREAN STUDIES\nORAL HISTORY PROGRAMME: SWEDEN AND THE KOREAN ARMISTICE",
        "Interview No. 14",
        "“We were the ones who stayed”: Mats Engman on the Neutral Nations Supervisory Commission and the unfinished peace",
        "Interviewee: Maj. Gen. (ret.) Mats Engman",
        "Interviewer: Karin Holm",
        "Date of interview: 22 November 2022 · Place: Stockholm",
        "Editor's note: Square brackets mark the interviewer's or transcriber's notes ([laughs], [pause], [inaudible]).",
        "Summary: Major General (retired) Mats Engman, who headed the Swedish\ndelegation to the Neutral Nations Supervisory"
        " Commission (NNSC) at\nPanmunjom, reflects on daily life in the Joint Security Area, the 2018 thaw\nand what a peace"
        " regime on the Korean Peninsula would have to include. The\ninterview is part of the programme's series on Swedish"
        " involvement in Korea\nsince 1953.",
        "KH: Let's start at the beginning. How did you end up in Panmunjom?",
        "ME: [laughs] Not by planning, I can tell you that. " + " ".join([ANSWER.capitalize() + "."] * 4),
        "KH: And what was the job?",
        "ME: On paper, the commission supervises the armistice. " + " ".join([ANSWER.capitalize() + "."] * 4),
    )
    assert roles[8:] == ["question", "body", "question", "body"]
    assert names[9] == names[11] == ["mats engman"]


def test_a_canadian_committee_s_evidence_its_chair_its_witnesses_and_its_members_by_riding_and_party() -> None:
    statement = "The freeze must come first, verified by inspectors, and sanctions relief can follow step by step after that. " * 3
    roles, names = read(
        "House of Commons\nStanding Committee on Foreign Affairs and International Security",
        "FAIS • NUMBER 031 • 2nd SESSION • 42nd PARLIAMENT",
        "EVIDENCE",
        "Peace, Sanctions and Denuclearization on the Korean Peninsula",
        "Tuesday, May 14, 2019",
        "The Chair (Ms. Ruth Calder (Northgate—Riverside, Lib.)): Good morning, everyone. We have two witnesses today. Dr. Swanström, please begin.",
        "Dr. Niklas Swanström (Director, Institute for Security and Development Policy,\nAs an Individual): Thank you, Madam Chair. " + statement,
        "The Chair: Thank you very much, Dr. Swanström. Dr. Marsh, please go ahead.",
        "Dr. Helen Marsh (Senior Fellow, Halden Institute for Arms Control, As an\nIndividual): Thank you, Madam Chair. " + statement,
        "2 FAIS-31 May 14, 2019",
        "The Chair: Mr. Okafor.",
        "Mr. Daniel Okafor (Eastbridge, CPC): Thank you, Madam Chair. Why should we talk to a regime that cheats?",
        "Dr. Niklas Swanström: That is a fair concern, and I share part of it. " + statement,
        "The Chair: Thank you. Ms. Greer, you have six minutes.",
        "Ms. Anita Greer (Harbourview, NDP): Thank you, Madam Chair. Dr. Swanström, the humanitarian exemptions take months.",
        "Dr. Niklas Swanström: The humanitarian exemption procedure at the Security Council has improved. " + statement,
        "Published under the authority of the Speaker of the House of Commons\nSPEAKER'S PERMISSION\nThe proceedings of the House of"
        " Commons and its committees are hereby made\navailable to provide greater public access.",
    )
    assert roles[2:4] == ["label", "title"] and roles[9] == roles[16] == "boilerplate"
    assert roles[11] == roles[14] == "question"
    assert names[6] == names[12] == names[15] == ["niklas swanström"] and names[8] == ["helen marsh"]


def test_a_footnote_between_an_interview_s_turns_marked_in_an_answer_above() -> None:
    long_answer = " ".join(["The freeze must come first, verified by inspectors, and sanctions relief can follow step by step after that."] * 3)
    roles, names = read(
        "Interview No. 14",
        "Mats Engman on the Neutral Nations Supervisory Commission",
        "Interviewee: Maj. Gen. (ret.) Mats Engman",
        "Interviewer: Karin Holm",
        "KH: You were there during 2018. What was that like?",
        "ME: Extraordinary. Then came the military agreement in September,1 which was the most practical document. " + long_answer,
        "1 Agreement on the Implementation of the Historic Panmunjom Declaration in the Military Domain, signed in Pyongyang on 19 September 2018.",
        "KH: And yet it didn't last. Why?",
        "ME: No. " + long_answer,
    )
    assert roles[6] == "notes" and names[5] == names[8] == ["mats engman"]


def test_a_newsletter_s_three_questions_for_a_guest_named_with_his_post_under_the_headline() -> None:
    roles, names = read(
        "THE PENINSULA POST\nA fortnightly letter from the Nordic Korea Network",
        "Three questions for Sangsoo Lee: Can anyone still talk to Pyongyang?",
        "With Dr. Sangsoo Lee, Institute for Security and Development Policy (ISDP), Stockholm",
        "Question 1 (from a reader in Malmö)\nAre the UN sanctions now effectively dead?",
        ANSWER.capitalize() + ". " + ANSWER.capitalize() + ".",
        "Question 2 (from a reader in Busan)\nIs there any point in Seoul continuing to offer dialogue?",
        "There is a point. " + ANSWER.capitalize() + ".",
    )
    assert roles[2] == "byline" and names[4] == names[6] == ["sangsoo lee"]


def test_a_phone_in_s_callers_named_by_first_name_and_town_ask_and_the_guest_in_the_studio_answers() -> None:
    answer = " ".join([ANSWER.capitalize() + "."] * 3)
    roles, names = read(
        "THE MID-MORNING LINE with Tom Bracewell",
        "Talkback: Why should New Zealand care about North Korea's bomb?",
        "Broadcast Tuesday 14 March 2023, 10:06am",
        "In the studio: Dr Rachel Ngata-Hume, senior lecturer in security studies at Te Awa University, Hamilton",
        "TOM BRACEWELL: Kia ora, good morning, you're on the Mid-Morning Line. Last month North Korea fired another"
        " intercontinental ballistic missile into the sea off Japan, and a lot of you have been texting in asking the same thing:"
        " is this our problem? My guest this morning has spent twenty years on it. Doctor, how worried should we be?",
        "DR RACHEL NGATA-HUME: Morena Tom. " + answer,
        "BRACEWELL: But we're a long way away. Does any of that actually reach New Zealand?",
        "NGATA-HUME: Not the missiles, no. " + answer,
        "BRACEWELL: The lines are open. Let's go first to Priya in Auckland. Morning, Priya.",
        "Priya in Auckland: Morning Tom. I'm a bit sceptical. We've had sanctions for seventeen years. Have they done anything?",
        "NGATA-HUME: " + answer,
        "Graham in Dunedin: Yeah, gidday. Why don't we just stay out of it?",
        "NGATA-HUME: Because " + answer,
        "Coming up after the 10:30 news: the great Otago cheese-roll debate, and your calls on the new speed limits.",
    )
    assert roles[0] == "label" and roles[3] == "byline" and roles[9] == roles[11] == "question" and roles[13] == "boilerplate"
    assert names[5] == names[10] == names[12] == ["rachel ngata-hume"]


def test_an_event_s_two_moderators_listed_before_the_panellists_both_ask() -> None:
    answer = " ".join([ANSWER.capitalize() + "."] * 3)
    roles, names = read(
        "THE CARROW INSTITUTE FOR GLOBAL AFFAIRS",
        "AFTER HANOI: CAN A FREEZE BUY TIME FOR DENUCLEARIZATION?",
        "Washington, D.C.\nThursday, April 11, 2019",
        "PARTICIPANTS:",
        "Moderators:\nJENNIFER COLE\nSenior Fellow and Director, Korea Program\nThe Carrow Institute",
        "DANIEL PARK\nNonresident Fellow, Foreign Policy\nThe Carrow Institute",
        "Panelists:\nNIKLAS SWANSTRÖM\nDirector\nInstitute for Security and Development Policy",
        "HYUN SOO-AH\nResearch Fellow\nSeoul Forum for Strategy",
        "MS. COLE: Good afternoon, and welcome to the Carrow Institute. Niklas, let me start with you. What did Hanoi teach us?",
        "DR. SWANSTROM: Thank you, Jenny. " + answer,
        "MR. PARK: Let me pick up on that and bring in Dr. Hyun. Is a freeze enough for Seoul?",
        "DR. HYUN: Thank you, Dan. " + answer,
        "MR. PARK: Niklas, let me come back to you on exactly who would verify it.",
        "DR. SWANSTROM: " + answer,
        "MS. COLE: Dr. Hyun, a last word?",
        "DR. HYUN: " + answer,
    )
    assert roles[5] == "credit" and roles[10] == roles[12] == "question"
    assert names[11] == names[15] == ["hyun soo-ah"] and names[13] == ["niklas swanström"]


def test_a_printed_hearing_s_presiding_chair_calls_and_asks_and_the_witness_answers() -> None:
    statement = " ".join([ANSWER.capitalize() + "."] * 4)
    roles, names = read(
        "THE NORTH KOREA FREEZE: WHAT WOULD IT TAKE TO VERIFY?",
        "TUESDAY, JUNE 25, 2019",
        "House of Representatives, Subcommittee on East Asia and Strategic Security, Committee on Foreign Affairs, Washington, DC.",
        "The subcommittee met, pursuant to notice, at 2:04 p.m., in room 2172 Rayburn House Office Building, Hon. Thomas Halvorsen"
        " (chairman of the subcommittee) presiding.",
        "Mr. Halvorsen. The subcommittee will come to order. Four months ago the President walked away from the table in Hanoi. Our"
        " witness today is Dr. Margaret O'Toole, who has worked on verification for two decades. Dr. O'Toole, the floor is yours.",
        "STATEMENT OF MARGARET A. O'TOOLE, PH.D., SENIOR FELLOW FOR NONPROLIFERATION, THE HADLEY CENTER FOR ARMS CONTROL POLICY",
        "Dr. O'Toole. Thank you, Mr. Chairman. " + statement,
        statement,
        "Mr. Halvorsen. Thank you, Dr. O'Toole. I will recognize myself for 5 minutes. Should the President meet Kim Jong Un again?",
        "Dr. O'Toole. Only when there is something to sign. " + statement,
        "Mr. Halvorsen. The Chair recognizes the ranking member, Ms. Abernathy.",
        "Ms. Abernathy. Thank you, Mr. Chairman. Where are you on an end-of-war declaration?",
        "Dr. O'Toole. I am not opposed to it. " + statement,
        "Mr. Halvorsen. Thank you. I want to thank Dr. O'Toole for her testimony. With that, the hearing is adjourned.",
    )
    assert [roles[i] for i in (8, 10)] == ["question"] * 2 and roles[4] != "body" and roles[13] != "body"
    assert all(not names[i] for i in (4, 8, 10, 13))
    assert names[6] == names[9] == names[12] == ["margaret a. o'toole"]
