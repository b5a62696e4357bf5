"""Date lines as essays write them, and the date each states (or none, where day and month could be either)."""

from __future__ import annotations

import pytest

from korea_cli.dates import date_among, dateline


@pytest.mark.parametrize(
    ("line", "value", "words"),
    [
        ("Seoul, March 4, 2019", "2019-03-04", "March 4, 2019"),
        ("March 4, 2019", "2019-03-04", "March 4, 2019"),
        ("4 March 2019", "2019-03-04", "4 March 2019"),
        ("2019-03-04", "2019-03-04", "2019-03-04"),
        ("Monday 4 March 2019", "2019-03-04", "4 March 2019"),
        ("March 4th, 2019", "2019-03-04", "March 4th, 2019"),
        ("Mar 4 2019", "2019-03-04", "Mar 4 2019"),
        ("Published: 12.03.2020", "2020-03-12", "12.03.2020"),  # dots: day first
        ("Jul 27, 2023 12:05 AM GMT+3", "2023-07-27", "Jul 27, 2023"),  # a time zone as an offset
        ("Seoul, 2019년 3월 4일", "2019-03-04", "2019년 3월 4일"),  # Korean's year, month and day
        ("Last updated on 27/07/2023", "2023-07-27", "27/07/2023"),
        ("Posted on 03.04.2021 in Analysis, Korea, Nuclear Disarmament · 11 comments", "2021-04-03", "03.04.2021"),  # a blog's categories
        ("Page last updated: 21 September 2005", "2005-09-21", "21 September 2005"),
        ("September 14, 2023 Thursday", "2023-09-14", "September 14, 2023"),  # a database record's weekday after the date
        ("Print edition : Nov 08, 2019", "2019-11-08", "Nov 08, 2019"),
        ("Source: CCNAS    Updated: 2021-05-06 10:21    Font size: A+ A-", "2021-05-06", "2021-05-06"),  # the page's text-size buttons after it
        ("Tokyo, 2019年3月11日 (March 11, 2019)", "2019-03-11", "March 11, 2019"),  # Japanese's, with the English beside it
        ("11.3.2019 klo 8.05 | Päivitetty / Updated 11.3.2019 klo 12.40", "2019-03-11", "11.3.2019"),  # Finnish: 'klo' is 'at'
        ("Published: 01.13.16, 18:42", "2016-01-13", "01.13.16"),  # two digits for the year: a day past 12 tells the order
        ("Posted 25/12/98", "1998-12-25", "25/12/98"),
        ("12.03.16", None, "12.03.16"),  # with a two-digit year, day and month cannot be told apart: a date line, no date
        ("2024. 03. 18.", "2024-03-18", "2024. 03. 18."),
        ("Updated 21:07, 14-Jun-2018", "2018-06-14", "14-Jun-2018"),
        ("Published : Jan. 14, 2020 - 17:05      Updated : Jan. 14, 2020 - 17:05", "2020-01-14", "Jan. 14, 2020"),
        ("Thu 27 Apr 2023 06.00 BST", "2023-04-27", "27 Apr 2023"),
        ("3 hours ago · March 12, 2019", "2019-03-12", "March 12, 2019"),
        ("Input : 2021.06.03 09:12 | Modified : 2021.06.03 11:40", "2021-06-03", "2021.06.03"),  # Korean dailies' English editions
        ("Publicerad 2020-11-02", "2020-11-02", "2020-11-02"),  # Swedish 'published'
        ("Volume 742: debated on Tuesday 5 December 2023", "2023-12-05", "5 December 2023"),  # Hansard's record of a debate
        ("Stockholm · 12 February 2024 · Updated 13 February 2024", "2024-02-12", "12 February 2024"),  # the place, then the day it came out
        ("Praha, 12. 3. 2024", "2024-03-12", "12. 3. 2024"),  # Czech: the day, then the month, each with its full stop
        ("Streamed live on 9 Feb 2021  ·  2,314 views", "2021-02-09", "9 Feb 2021"),  # a video page's
        ("Stockholm, Oslo, Geneva, Seoul and Ulaanbaatar, 27 July 2023", "2023-07-27", "27 July 2023"),  # a joint statement's places
        ("Wednesday, 14 June 2023, commencing at 10:02 a.m.", "2023-06-14", "14 June 2023"),  # a hearing's
        ("Published: 14.02.2025. 07:30 | Updated: 14.02.2025. 09:12", "2025-02-14", "14.02.2025"),  # Croatian: a full stop after the year
        ("On 3/8/22 at 6:00 AM EST", "2022-03-08", "3/8/22"),  # a US time zone: a US date, the month first
        ("Politics Jun 21, 2018", "2018-06-21", "Jun 21, 2018"),  # the section, then the day
        ("No. 87 (1158), 27 June 2018 © PISM", "2018-06-27", "27 June 2018"),  # a bulletin's number, its date, its copyright
        ("Date: 2021-06-15    Source: ECRIA    Views: 2361", "2021-06-15", "2021-06-15"),  # a portal's fields after the date
        ("Veröffentlicht am 5. Mai 2021", "2021-05-05", "5. Mai 2021"),
        ("Tuesday, June 8, 2021, 10:15 a.m.   Briefing Room, Ministry of Foreign Affairs", "2021-06-08", "June 8, 2021"),  # and where
        ("Washington, D.C. — March 12, 2019", "2019-03-12", "March 12, 2019"),
        ("Brussels · Published 04/03/2019 – 09:15 CET · Last updated 19/03/2019", "2019-03-04", "04/03/2019"),  # the other date shows the order
        ("Source:Global Times Published: 2017/9/5 22:48:39", "2017-09-05", "2017/9/5"),
        ("No. 108 – 30 August 2022", "2022-08-30", "30 August 2022"),
        ("May/June 2020", "2020-05", "May/June 2020"),
        ("Wednesday, 22 September 2021 | 14:00–15:30 CEST | Online webinar", "2021-09-22", "22 September 2021"),
        ("Posted on April 22, 2018", "2018-04-22", "April 22, 2018"),
        ("Stockholm/Nordhavn, 18 November 2020", "2020-11-18", "18 November 2020"),  # two cities a slash apart
        ("Posted Tue 19 Dec 2023 at 4:12pm, updated 3 hours ago", "2023-12-19", "19 Dec 2023"),  # the update after a comma
        ("Published 4 March 2024, updated 5 March 2024", "2024-03-04", "4 March 2024"),
        ("Seoul, March 4, 2019 (2019년 3월 4일)", "2019-03-04", "March 4, 2019"),
        ("June 2020", "2020-06", "June 2020"),
        ("03/04/2019", None, "03/04/2019"),  # a date line, but no date: the order is anyone's guess
        ("Published on 03-11-2021", "2021-11-03", "03-11-2021"),  # dashes, as dots: day first (Leiden, Delhi, Copenhagen)
        ("19-03-2012 - 08:15", "2012-03-19", "19-03-2012"),
        ("12-31-2019", "2019-12-31", "12-31-2019"),  # a day past 12 tells the order whatever the convention
        ("Fall/Winter 2018, Vol. 72, No. 1.", "2018", "Fall/Winter 2018"),  # a journal's season: the year alone
        ("Spring 2021", "2021", "Spring 2021"),
        ("Apr.26.2018 2:00AM", "2018-04-26", "Apr.26.2018"),  # Folha's month, day and year run together with dots
        ("Mardi 2 juillet 2019", "2019-07-02", "2 juillet 2019"),  # a French edition's own date
        ("März 2020", "2020-03", "März 2020"),
        ("2 de julio de 2019", "2019-07-02", "2 de julio de 2019"),
        ("Seoul / Fri, November 15, 2019 / 08:41 am", "2019-11-15", "November 15, 2019"),
        ("Seoul   ●   Mon, September 25, 2023", "2023-09-25", "September 25, 2023"),
        ("Thursday, May 16, 2019 10:00 a.m. – 11:30 a.m. EDT", "2019-05-16", "May 16, 2019"),
        ("(Published 12 September 2016, 18:11 IST)", "2016-09-12", "12 September 2016"),  # under the text, in parentheses
        ("From the September 2022 issue", "2022-09", "September 2022"),  # a magazine's letters, by its issue
        ("Paris, le 14 juin 2018", "2018-06-14", "14 juin 2018"),  # French, with its article
        ("Tuesday October 04 2022, 6.00pm, The Times", "2022-10-04", "October 04 2022"),  # the day, the hour, the paper
        ("27 September 2021, Monday", "2021-09-27", "27 September 2021"),  # the weekday after a comma
        ("12/03/2019 - 05h00 | Atualizado 12/03/2019 - 10h27", "2019-03-12", "12/03/2019"),  # Portuguese: the day first, '05h00' an hour
        ("Publié le 04/03/2019 | Mis à jour le 04/03/2019", "2019-03-04", "04/03/2019"),  # French, as well
        ("Recorded 18 March 2022, Singapore", "2022-03-18", "18 March 2022"),  # and where
        ("Recorded 21 February 2024 in Stockholm · Released 26 February 2024", "2024-02-26", "26 February 2024"),  # when it came out
        ("Thursday 19 September 2019, Fisher & Paykel Appliances Auditorium, Owen G Glenn Building, Auckland", "2019-09-19", "19 September 2019"),
        ("07.11.2023 - Speech", "2023-11-07", "07.11.2023"),  # what the page is, after a dash
        ("Published online: 3 November 2020", "2020-11-03", "3 November 2020"),  # a journal's
        ("01/03/2019 08:15 GMT+7", "2019-03-01", "01/03/2019"),  # a time zone east of Greenwich: the day first
        ("Published - October 05, 2024 10:31 pm IST - NEW DELHI", "2024-10-05", "October 05, 2024"),  # a dash after 'Published', the place after
        ("Ho Chi Minh City, 02/10/2025", "2025-10-02", "02/10/2025"),  # a city whose country writes the day first, of four words
        ("Jeju International Convention Center, 26 June 2019, 14:00–15:45", "2019-06-26", "26 June 2019"),  # a venue, then the session's day
        ("Podgorica, 14.10.2023. 08:12h", "2023-10-14", "14.10.2023"),  # the hour as the Balkans write it
        ("Hanoi, 02/10/2025", "2025-10-02", "02/10/2025"),
        ("Washington, 02/10/2025", None, "02/10/2025"),  # no such place: the order stays unknown
        ("Mexico City, March 4, 2019", "2019-03-04", "March 4, 2019"),
        ("Publicado em 23/08/2022", "2022-08-23", "23/08/2022"),  # Portuguese, the day first
        ("Atualizado em 24/08/2022 14:00", "2022-08-24", "24/08/2022"),
        ("Panel discussion, India International Centre, New Delhi, 15 February 2023", "2023-02-15", "15 February 2023"),  # the event, where, when
        ("Held virtually on 9 November 2020", "2020-11-09", "9 November 2020"),
        ("First published on: 22-11-2026 at 05:40 IST", "2026-11-22", "22-11-2026"),
        ("2021年4月15日（木）", "2021-04-15", "2021年4月15日"),  # year, month and day marked, the weekday after
        ("2022년 9월 28일 · 조회 1,204", "2022-09-28", "2022년 9월 28일"),
        ("Maio de 2023", "2023-05", "Maio de 2023"),  # Portuguese and Italian months
        ("15 de maio de 2023", "2023-05-15", "15 de maio de 2023"),
        ("12 giugno 2019", "2019-06-12", "12 giugno 2019"),
        ("Mar 9, 2025 ∙ Paid", "2025-03-09", "Mar 9, 2025"),  # Substack's dot operator between the day and the paywall
        ("Webinar recorded 23 September 2021 · 60 minutes · Online (Zoom)", "2021-09-23", "23 September 2021"),
        ("Roundtable held on 14 September 2023 | ICSA Conference Hall, Chanakyapuri, New Delhi", "2023-09-14", "14 September 2023"),
        ("Updated May 4 2024 - 6:30am, first published 5:00am", "2024-05-04", "May 4 2024"),
        ("Last modified on Wed 13 Jun 2018 09.12 BST", "2018-06-13", "13 Jun 2018"),
        ("Ninth Nordic–Asian Security Roundtable, Helsinki, 15 September 2022", "2022-09-15", "15 September 2022"),
        ("Paper prepared for presentation on 9 October 2024", "2024-10-09", "9 October 2024"),  # a conference paper's day
        ("Presented on 14 May 2021", "2021-05-14", "14 May 2021"),
        ("Updated : 2023-07-31 09:12 Posted : 2023-07-30 16:48", "2023-07-30", "2023-07-30"),  # the day it went up, said second
        ("Erschienen am 14.01.2019", "2019-01-14", "14.01.2019"),  # German: 'published on'
    ],
)
def test_a_date_line_states_its_date(line: str, value: str | None, words: str) -> None:
    assert dateline(line) == (value, words)


@pytest.mark.parametrize(
    "line",
    [
        "The summit of March 4, 2019 changed little, and the talks that followed changed less.",  # a sentence that holds a date
        "2019-13-45",  # no such date
        "Chapter 4 March",
        "03-11/2021",  # the separators differ: no date
        "On 19 September 2019, North Korea launched a missile over Japan.",  # a sentence after the date, not a place
        "2021年4月15日に発表された報告書",  # a sentence that opens with a date
        "Presented on 14 May 2021 to a hostile audience, the plan sank within the week.",  # a sentence, no paper's day
        "",
    ],
)
def test_what_is_no_date_line(line: str) -> None:
    found = dateline(line)
    assert found is None or found[0] is None


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        ("Thursday, May 16, 2019\n10:00 a.m. – 11:30 a.m. EDT", "Thursday, May 16, 2019\n10:00 a.m. – 11:30 a.m. EDT"),  # an hour of the day
        ("[00:00:04] INGRID FALK: Welcome back.", "INGRID FALK: Welcome back."),  # a transcript's time code
        ("00:12 KIM: Thank you.", "KIM: Thank you."),
    ],
)
def test_a_time_of_day_is_no_transcript_time_code(paragraph: str, read: str) -> None:
    from korea_cli.looks import plain

    assert plain(paragraph) == read


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("This column was originally published in Korean in the Hankook Ilbo on October 12, 2021, and is republished.", ("2021-10-12", "October 12, 2021")),
        ("First published in Japanese on 3 March 2019 by Nikkei.", ("2019-03-03", "3 March 2019")),
        ("Translated from the Korean edition of spring 2019.", None),  # a season and a year: no date to state
        ("By Chun Chae-sung Source:Global Times Published: 2017/7/12 19:08:43", ("2017-07-12", "2017/7/12")),  # the year first
        ("Version 2.3.4 of the draft, 2019.", None),
    ],
)
def test_a_credit_may_state_the_date_in_passing(sentence: str, found: tuple[str, str] | None) -> None:
    from korea_cli.dates import date_within

    assert date_within(sentence) == found


@pytest.mark.parametrize(
    ("masthead", "found"),
    [
        ("ANN | Seoul | November 10, 2025 11:42 pm", ("2025-11-10", "November 10, 2025")),
        ("GLOBAL TIMES Friday, September 21, 2018 OPINION 15", ("2018-09-21", "September 21, 2018")),  # a printed page's head, folded
        ("Seoul | Apr.26.2018 2:00AM", ("2018-04-26", "Apr.26.2018")),
        ("The summit of March 4, 2019 changed little", None),  # a sentence, not a head
        ("Seoul Review Friday, September 21, 2018 Opinion 15", None),  # words in lower case: not set as a page's head is
        (
            "The Korean Journal of Peninsula Affairs\nVol. 32, No. 2 (June 2020), pp. 145–172\nhttps://doi.org/10.22883/kjpa.2020.32.2.145",
            ("2020-06", "June 2020"),
        ),  # a journal's issue, its pages after it
        ("Issue 147 - Thursday, 18 August 2022", ("2022-08-18", "18 August 2022")),  # a newsletter's issue, a hyphen between
        ("Issue 147 – 18 August 2022", ("2022-08-18", "18 August 2022")),
        ("Issue 62 -- Thursday, 14 November 2019", ("2019-11-14", "14 November 2019")),
    ],
)
def test_a_masthead_states_its_date_among_its_parts(masthead: str, found: tuple[str, str] | None) -> None:
    assert date_among(masthead) == found


def test_a_journal_s_received_accepted_and_published_days() -> None:
    assert date_among("Received: 12 November 2019 | Accepted: 20 January 2020 | Published: 7 February 2020") == ("2020-02-07", "7 February 2020")


def test_a_day_and_time_in_a_city_s_time() -> None:
    assert dateline("Updated: 2019-07-04 10:21 Beijing time") == ("2019-07-04", "2019-07-04")
    assert dateline("2023-08-21 18:30 Shanghai") == ("2023-08-21", "2023-08-21")  # where, after the time
    assert dateline("2023-08-21 18:30 Shanghai and beyond") is None


def test_a_draft_s_first_page_note_dates_its_version() -> None:
    from korea_cli import detect

    reading = detect.read(
        [
            "Beyond the End-of-War Declaration: Sequencing a Peace Regime on the Korean Peninsula",
            "CHUN Chae-sung*\nProfessor, Department of Political Science and International Relations\nSeoul National University",
            "I. Introduction",
            "The year 2018 raised expectations that the Korean War, suspended by an armistice since July 1953, might at last be formally"
            " ended, and this paper asks why the declaration that was to end it never came, and what should come first instead.",
            "* Prepared for delivery at the 2019 Annual Meeting of the American Political Science Association, Washington, DC, August"
            " 29–September 1, 2019. This version: 20 August 2019. Draft; please do not cite or circulate without the author's permission.",
        ]
    )
    assert reading.date == ("2019-08-20", "20 August 2019")


def test_a_place_and_a_day_set_apart_by_bullets() -> None:
    assert date_among("Jakarta ● Mon, July 17, 2023 ● 06:12 am") == ("2023-07-17", "July 17, 2023")


def test_a_slashed_day_by_an_hour_written_as_brazil_and_france_write_it() -> None:
    assert dateline("02/07/2024 - 10h32 | Updated 02/07/2024 - 14h05") == ("2024-07-02", "02/07/2024")
    assert dateline("02/07/2024 - 10:32") == (None, "02/07/2024")  # no convention told: no date


def test_a_magazine_s_issue_number_before_its_season() -> None:
    assert dateline("Issue 3/2019 · Autumn 2019") == ("2019", "Autumn 2019")


def test_a_day_a_month_s_abbreviation_and_a_year_run_together_by_dots() -> None:
    assert dateline("Brasília, 18.mar.2024 às 07h00") == ("2024-03-18", "18.mar.2024")  # as Brazil's papers write it, 'às' its 'at'


@pytest.mark.parametrize(
    ("line", "value", "words"),
    [
        ("입력 2021.10.06 18:12", "2021-10-06", "2021.10.06"),  # Korean: 'posted'
        ("입력 2021.10.06 18:12 | 수정 2021.10.07 09:00", "2021-10-06", "2021.10.06"),  # and 'modified'
        ("公開日：2020.08.17 更新日：2020.08.20", "2020-08-17", "2020.08.17"),  # Japanese: 'published', 'updated'
        ("来源：东方观察 2019-03-01 09:12:45（北京时间）", "2019-03-01", "2019-03-01"),  # Chinese: 'source', 'Beijing time'
    ],
)
def test_a_date_line_in_the_site_s_own_language(line: str, value: str, words: str) -> None:
    assert dateline(line) == (value, words)


def test_a_date_in_two_languages_is_read_in_english() -> None:
    assert dateline("21 de octubre de 2019 / October 21, 2019") == ("2019-10-21", "October 21, 2019")


@pytest.mark.parametrize(
    ("posted", "date"),
    [
        ("Transcript posted 26 November 2018", ("2018-11-26", "26 November 2018")),  # when the text came out, not the event
        ("Published 26 November 2018", ("2018-11-26", "26 November 2018")),
        ("Updated 26 November 2018", ("2018-11-21", "November 21, 2018")),  # an update's day says less than the event's
    ],
)
def test_an_event_s_day_and_hours_then_the_day_its_transcript_was_posted(posted: str, date: tuple[str, str]) -> None:
    from korea_cli import detect

    reading = detect.read(
        [
            "After the Military Agreement: Can Arms Control Come Before Denuclearization?",
            "Wednesday, November 21, 2018 | 10:00 a.m.–11:30 a.m. KST\nNamsan Conference Hall, Seoul",
            posted,
            "PAUL SATO: Professor Chun, can arms control come first?",
            "CHUN CHAESUNG: It can, and the military agreement shows how. Both sides pulled back guard posts and cleared mines, and"
            " neither had to give up a single warhead to do it; that is what arms control before denuclearization looks like.",
        ]
    )
    assert reading.date == date
