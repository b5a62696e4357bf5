"""A page's furniture words in other languages, put in English (page_words): what date lines, labels and furniture read."""

from __future__ import annotations

import pytest

from korea_cli.page_words import head_in_english, in_english


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("입력 2021.10.06 18:12", "Published 2021.10.06 18:12"),
        ("来源：东方观察 2019-03-01 09:12:45（北京时间）", "Source: 东方观察 2019-03-01 09:12:45 (Beijing time)"),
        ("公開日：2020.08.17", "Published: 2020.08.17"),
        ("Teilen: Facebook · Drucken", "Share: Facebook · Print"),
        ("Notas relacionadas › Corea del Sur", "Related articles › Corea del Sur"),
        ("A reporter's notes from Seoul", "A reporter's notes from Seoul"),  # English stays as it is
        ("Teilenehmer", "Teilenehmer"),  # a word is put in English whole, never a part of another
    ],
)
def test_furniture_words_in_english(text: str, english: str) -> None:
    assert in_english(text) == english


def test_only_the_opening_words_of_a_paragraph() -> None:
    assert head_in_english("À propos de l'auteure Claire Dubreuil est chercheuse. Teilen") == ("About the author Claire Dubreuil est chercheuse. Teilen")
    assert head_in_english("Claire Dubreuil est chercheuse.") == "Claire Dubreuil est chercheuse."
