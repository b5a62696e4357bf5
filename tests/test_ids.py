"""Ids `korea add` gives: surname first for people, '<surname>-<year>-<title words>' for essays, never cut mid-word."""

from __future__ import annotations

import pytest

from korea_cli import ids


@pytest.mark.parametrize(
    ("name", "author_id"),
    [
        ("Anna Berg", "berg-anna"),
        ("Sang-hyun Lee", "lee-sang-hyun"),
        ("Lee Sang-hyun", "lee-sang-hyun"),  # Korean order: a surname before a romanized given name
        ("CHUN Chae-sung", "chun-chae-sung"),  # the one word in capitals is the surname
        ("Sangsoo LEE", "lee-sangsoo"),
        ("Chun Chae Sung", "chun-chae-sung"),
        ("Kim Jong Un", "kim-jong-un"),
        ("Kim Ha-na", "kim-ha-na"),
        ("Mats Engman", "engman-mats"),
        ("Niklas Swanström", "swanstrom-niklas"),
        ("Jan van der Berg", "van-der-berg-jan"),
        ("David A. Smith", "smith-david-a"),  # an initial is not a surname in capitals
        ("Martin Luther King Jr.", "king-martin-luther"),
        ("JANE DOE", "doe-jane"),
        ("Prince", "prince"),
        ("Shen Yiming", "shen-yiming"),  # a Chinese surname before a given name in one word
        ("Nguyen Thu Ha", "nguyen-thu-ha"),  # a Vietnamese name, surname first
        ("Đỗ Thanh Bình", "do-thanh-binh"),  # 'Đ' has no mark to drop: it is a D, and a surname first
        ("Nguyễn Thị Minh Thư", "nguyen-thi-minh-thu"),  # three given names after a Vietnamese surname
        ("Tran Van Long Bao Anh", "anh-tran-van-long-bao"),  # four are not a Vietnamese name's: the last word is the surname
        ("Søren Kierkegaard", "kierkegaard-soren"),
        ("Tan Wei Ming", "tan-wei-ming"),
        ("Ho-jin Lee", "lee-ho-jin"),  # a given name that is also a surname elsewhere
        ("Halden Centre Staff", "halden-centre-staff"),  # an institution's staff: no person, no surname
        ("김정은", ""),  # nothing in ASCII: the caller falls back
    ],
)
def test_author_ids_put_the_surname_first(name: str, author_id: str) -> None:
    assert ids.author_id(name) == author_id


@pytest.mark.parametrize(
    ("author", "date", "title", "essay_id"),
    [
        ("Sangsoo Lee", "2020-06", "Sanctions, Borders and the Pandemic: Keeping Humanitarian Channels Open", "lee-2020-sanctions-borders-pandemic"),
        ("Lee Sang-soo", "2021-10-01", "“An End-of-War Declaration Is a Door, Not a Destination”", "lee-2021-end-war-declaration"),
        ("Anna Berg", None, "Three Views on a Peace Regime", "berg-three-views-peace"),
        ("Anna Berg", "2019", None, "berg-2019"),
        ("Park Ji-won", "2019", "An interview with Park Ji-won, professor of international relations", "park-2019-interview-professor-international"),
        ("Nguyen Thu Ha", "2021", "Lessons from Ha Noi for Sequencing", "nguyen-2021-lessons-ha-noi"),  # one word of the name is the title's
        ("Sangsoo Lee", "2023", "INTERVIEW/ Lee Sang-soo: 'Pyongyang no longer needs to choose'", "lee-2023-interview-pyongyang-longer"),  # his name, split
        ("Eleanor Hartley", "2018-11-08", "‘Pyongyang Isn’t Going to Give Up Its Weapons’", "hartley-2018-pyongyang-isnt-going"),
        ("Seán O’Brien", "2020", "Korea’s Choice", "obrien-2020-koreas-choice"),
        ("Anna Berg", "2019", "평화 체제", "berg-2019"),
        ("김정은", "2019", "Peace", ""),  # no ASCII surname: the caller falls back to the title
        ("Halden Centre Staff", None, "Freeze First: Why a Verified Cap Should Come First", "halden-centre-staff-freeze-first-verified"),
    ],
)
def test_essay_ids_say_whose_when_and_what(author: str, date: str | None, title: str | None, essay_id: str) -> None:
    assert ids.essay_id(author, date, title) == essay_id


def test_a_long_title_is_cut_between_words() -> None:
    assert ids.slug("word " * 200) == "-".join(["word"] * 6)
    assert ids.slug("a" * 300) == ""  # one word longer than an id may be: no id rather than half a word
