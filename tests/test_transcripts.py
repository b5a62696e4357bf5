"""Hearings, lectures and keynotes: whose words each turn is, when a chair, a committee or an audience asks (detect.read)."""

from __future__ import annotations

from korea_cli import detect

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
