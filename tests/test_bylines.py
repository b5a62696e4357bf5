"""Bylines as essays write them: each person once, ranks removed, each with the affiliation the line gives them."""

from __future__ import annotations

import pytest

from korea_cli.bylines import byline_people, romanized


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("By Jane Doe", [("Jane Doe", "")]),
        ("by jane doe", [("jane doe", "")]),
        ("By Dr. Jane Doe", [("Jane Doe", "")]),
        ("By Jane Doe, Senior Fellow at X Institute", [("Jane Doe", "Senior Fellow at X Institute")]),
        ("By Major General (ret.) Mats Engman", [("Mats Engman", "")]),
        ("By Min-jung Park and David Ortiz", [("Min-jung Park", ""), ("David Ortiz", "")]),
        ("By SANG-SOO LEE & MATS ENGMAN, Maj. Gen. (ret.)", [("Sang-Soo Lee", ""), ("Mats Engman", "")]),
        ("BY NIKLAS SWANSTROM AND MATS ENGMAN", [("Niklas Swanstrom", ""), ("Mats Engman", "")]),
        ("By Maria de la Cruz with Thomas Whitfield Jr.", [("Maria de la Cruz", ""), ("Thomas Whitfield Jr.", "")]),
        (
            "By Daniel R. Whitford, senior fellow, and Min-jung Park, research associate, Korea Program",
            [("Daniel R. Whitford", "senior fellow"), ("Min-jung Park", "research associate, Korea Program")],
        ),
        (
            "By Tomasz Wierzbicki, Research Fellow for Nuclear Policy, and Dr Yuna Nakagawa, Senior Fellow for Japanese Security and Defence Policy",
            [("Tomasz Wierzbicki", "Research Fellow for Nuclear Policy"), ("Yuna Nakagawa", "Senior Fellow for Japanese Security and Defence Policy")],
        ),
        (
            "By Sang-hyun Lee, research fellow at the Korea Institute for Defense Analyses",
            [("Sang-hyun Lee", "research fellow at the Korea Institute for Defense Analyses")],
        ),
        ("By Park Ji-won (jwpark@heraldcorp.com)", [("Park Ji-won", "")]),
        (
            "By Kenji Watanabe | Professor, Faculty of Law, Kansai Gaikoku University",
            [("Kenji Watanabe", "Professor, Faculty of Law, Kansai Gaikoku University")],
        ),
        (
            "Remarks by Lt. Gen. (ret.) Park Jong-hoon\nFormer Deputy Commander, ROK-U.S. Combined Forces Command",
            [("Park Jong-hoon", "Former Deputy Commander, ROK-U.S. Combined Forces Command")],
        ),
        (
            "FROM: CHUN Chae-sung (Seoul National University / East Asia Institute)\nand YOON Ha-rim (East Asia Institute)",
            [("CHUN Chae-sung", "Seoul National University / East Asia Institute"), ("YOON Ha-rim", "East Asia Institute")],
        ),
        ("Posted by Fiona MacLeod, Communications and Marketing", [("Fiona MacLeod", "Communications and Marketing")]),
        ("By the editors of this newsletter", None),
        ("By the end of the year, talks had stalled.", None),
    ],
)
def test_a_byline_gives_each_person_once(line: str, people: list[tuple[str, str]] | None) -> None:
    assert byline_people(line) == people


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Jane Doe and John Roe", [("Jane Doe", ""), ("John Roe", "")]),
        ("Mats Engman, Major General (ret.)\nSangsoo LEE", [("Mats Engman", ""), ("Sangsoo LEE", "")]),
        (
            "CHUN Chaesung (Seoul National University)\nPARK Ha-eun (The East Asia Institute)",
            [("CHUN Chaesung", "Seoul National University"), ("PARK Ha-eun", "The East Asia Institute")],
        ),
        (
            "Kim Tae-hoon, Yoon Seo-yeon, Cha Min-gyu (Korea Institute for National Unification)",
            [("Kim Tae-hoon", ""), ("Yoon Seo-yeon", ""), ("Cha Min-gyu", "")],
        ),
        ("robert hallworth, ji-yeon moon, and kenji arakawa", [("robert hallworth", ""), ("ji-yeon moon", ""), ("kenji arakawa", "")]),
        ("Guest Column", None),
        ("I. Introduction", None),
        ("Executive Summary", None),
        ("KOREA JoongAng DAILY", None),
    ],
)
def test_names_alone_near_the_top_are_a_byline(line: str, people: list[tuple[str, str]] | None) -> None:
    assert byline_people(line, names_alone=True) == people


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Chun Chae-sung", "Chaesung Chun", True),
        ("CHUN Chae Sung", "Chun Chaesung", True),
        ("Sang-soo Lee", "Sangsoo Lee", True),
        ("Sang Soo Lee", "Lee Sangsoo", True),
        ("Sang-hyun Lee", "Sangsoo Lee", False),
        ("Lee Sang-hoon", "Sangsoo Lee", False),
    ],
)
def test_one_name_written_many_ways(one: str, other: str, same: bool) -> None:
    assert bool(romanized(one) & romanized(other)) is same


@pytest.mark.parametrize(
    "line",
    ["Share on Facebook Share on Twitter Email this article", "Share Facebook Twitter KakaoTalk Email Print", "#North Korea #Denuclearization #Hanoi Summit"],
)
def test_sharing_lines_are_furniture(line: str) -> None:
    from korea_cli.looks import is_boilerplate

    assert is_boilerplate(line)
