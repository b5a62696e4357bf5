"""Dates as essays state them: 'Seoul, March 4, 2019', '4 March 2019', '2019-03-04', '12.03.2020', '03-11-2021', 'Updated 21:07, 14-Jun-2018'.

`dateline` reads a paragraph that is a date line and nothing more, and
says which date it states (a value `korea check` accepts) and in which words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from korea_cli.page_words import in_english

_MONTHS = {
    m: i
    for i, name in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)
    for m in (name, name[:3], name[:4])
}
_MONTHS.update(
    {
        name: i
        for names in (
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",  # French
            "januar februar märz april mai juni juli august september oktober november dezember",  # German
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # Spanish
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # Portuguese
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # Italian
        )
        for i, name in enumerate(names.split(), 1)
    }
)
"""Months as English names them (and their abbreviations), and as the French, German, Spanish, Portuguese and Italian
editions of a page do: 'Mardi 2 juillet 2019', 'März 2020', '2 de julio de 2019', 'Maio de 2023'."""
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR_FIRST = re.compile(r"\b(?P<year>(?:19|20)\d\d)[./](?P<month_number>\d{1,2})[./](?P<day>\d{1,2})\b")
"""2021.03.15, 2017/7/12: the year first, then the month, as East Asian sites write it; never ambiguous."""
_DATES = [  # the first four state a day, a month and a year in full: `date_within` trusts only them inside a sentence
    re.compile(
        rf"\b{_MONTH}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+|\.)(?P<year>(?:19|20)\d\d)\b", re.I
    ),  # "Sep 21,2018", "Jun.12,2018", "Apr.26.2018" too
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.|er)?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b", re.I
    ),  # "02. Sep 2019", "1er juillet 2019", "2 de julio de 2019" too
    re.compile(rf"\b(?P<day>\d{{1,2}})-{_MONTH}-(?P<year>(?:19|20)\d\d)\b", re.I),  # 14-Jun-2018
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month_number>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})\.{_MONTH}(?P<year>(?:19|20)\d\d)\b", re.I),  # 18.mar.2024, as Brazil's papers write it
    re.compile(rf"\b{_MONTH}\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b", re.I),  # "Maio de 2023"
    re.compile(rf"\b{_MONTH}\s*/\s*[a-z]{{3,9}}\.?\s+(?P<year>(?:19|20)\d\d)\b", re.I),  # "May/June 2020": an issue's first month
    re.compile(
        r"\b(?P<season>spring|summer|fall|autumn|winter)(?:\s*[/–-]\s*(?:spring|summer|fall|autumn|winter))?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),  # "Fall/Winter 2018": the year alone
    re.compile(
        r"\b(?P<first>\d{1,2})(?P<separator>[/.-])(?P<second>\d{1,2})(?P=separator)(?P<year>(?:19|20)\d\d)\b"
    ),  # 11/27/2018; 03/04/2019 says no month for sure
    _YEAR_FIRST,
    re.compile(r"\b(?P<year>(?:19|20)\d\d)\.\s(?P<month_number>\d{1,2})\.\s(?P<day>\d{1,2})\.?"),  # 2024. 03. 18. (Korean style)
    re.compile(r"\b(?P<day>\d{1,2})\.\s(?P<month_number>\d{1,2})\.\s(?P<year>(?:19|20)\d\d)\b"),  # 12. 3. 2024 (Czech, Slovak: the day first)
    re.compile(r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month_number>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"),  # 2019年3月11日, 2019년 3월 4일
    re.compile(r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<short_year>\d\d)\b(?![/.]\d)"),  # 01.13.16: a date line's only, day and month told apart
]
_DATELINE_WORDS = re.compile(
    r"^(?:\([^()]{2,40}\)\s+)?"  # "(People's Daily Online) 16:25, June 25, 2020"
    r"(?:issue\s+\d{1,3}(?:/(?:19|20)\d\d)?\s*[·|•]\s*)?"  # "Issue 3/2019 · Autumn 2019": the magazine's number, then its season
    r"(?:vol(?:ume|\.)\s*\d{1,4}\s*:\s*(?=debated\b))?"  # "Volume 742: debated on Tuesday 5 December 2023": Hansard's record
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+[·|•]\s+(?=(?:published|posted|updated)\b))?"  # "Brussels · Published …"
    r"(?:source\s*:\s*[\w .]{2,40}?\s+(?=published\b|updated\b|(?:19|20)\d\d-\d\d-\d\d\b))?(?:no\.\s*\d+(?:\s*\(\d+\))?,?\s*[–—-]?\s*(?=\d{1,2}\s|[a-z]{3}))?"  # "Source:Global Times Published: …", "No. 108 – 30 August 2022"
    r"(?:(?:published in (?:the )?print edition(?: of)?|(?:(?:transcript|video|audio|recording|text|article|story)\s+)?(?:published|posted|updated|released)(?: online)?(?: on)?|(?:page )?last (?:updated|modified|update)(?: on)?|first published(?: online)?(?: on)?|print edition|date|dated|(?:(?:webinar|event|panel|lecture|podcast|episode|interview|conversation|roundtable|round table|seminar|conference|workshop|meeting|dialogue|symposium)\s+)?(?:held|recorded|convened)(?: virtually| online| in person)?(?: on)?|on|aired|broadcast|recorded|delivered|(?:(?:paper|draft|text|remarks|speech)\s+)?(?:prepared|written)\s+for\s+(?:presentation|delivery|discussion)(?:\s+on)?|presented(?: on)?|debated(?: on)?|streamed(?: live)?(?: on)?|premiered(?: on)?|input(?:ted)?|registered|(?:this )?(?:draft|version)(?: of| dated)?"
    r"|publicerad|publiceret|publisert|julkaistu|ver(?:ö|oe)ffentlicht(?: am)?|erschienen(?: am)?|publi(?:é|e)(?: le)?|publicad[oa](?: el| em| en)?|atualizad[oa](?: em)?|pubblicato(?: il)?|gepubliceerd(?: op)?"
    r"|for (?:immediate )?release|for publication|embargoed(?: until)?)\b\s*(?::|[–—-](?=\s))?\s*)?"  # "Published: …", "Published - October 05, 2024"
    r"(?:\d+\s*(?:minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?)\s+ago\s*[·|•–—-]\s*|just now\s*[·|•–—-]\s*)?"  # "3 hours ago · March 12, 2019"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\.?,?\s+)?"
    r"(?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s+)?"  # "Updated 21:07, 14-Jun-2018"
    r"(?:[A-Z][\w.’'-]*(?:/[A-Z][\w.’'-]*)?(?:\s+[A-Z][\w.’'-]*){0,2}(?:\s+(?:City|Center|Centre|Hall|Hotel|House|Auditorium))?(?:,\s+[A-Z][\w.’'-]*)?\s*(?:,|—|–|-{1,2}|\s/|\s●|\s·)\s+)?"  # a place: "Seoul, March 4, 2019", "Washington, D.C. — March 12, 2019", "Ho Chi Minh City, …", "Stockholm/Nordhavn, …", "Jeju International Convention Center, …"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"  # "Seoul / Fri, November 15, 2019", "Seoul ● Mon, …"
    r"(?:(?-i:[A-Z][a-z]{3,14})\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))?",  # "Politics Jun 21, 2018": the section, then the day
    re.I,
)
_AFTER_DATE = re.compile(
    r"^(?:(?:,|\s+[-–—|·/])?\s*(?:(?:(?:commencing|beginning|starting) )?(?:at|klo|kl\.|um|à|às)\s+|@\s*)?\d{1,2}[:.h]\d\d(?::\d\d)?h?\s*(?:[ap]\.?m\.?)?(?:\s*[–-]\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,4}(?:\s?[+-]\d{1,2}(?::?\d\d)?)?|\s+[+-]\d{4})?"  # "08:12h", as the Balkans write it; "12:05 AM GMT+3", Brazil's "05h00", a feed's "06:15:00 +0000"
    r"|(?<=[ap]\.m\.)\s+[A-Z][\w’'-]+(?:,? [\w’'-]+){0,8}"  # "…, 4:30 p.m.   Press Conference Room, Ministry of Foreign Affairs": where
    r"|(?<=[ap]m),\s+(?:the\s+)?(?-i:[A-Z])[\w’'&.-]+(?:\s+(?-i:[A-Z])[\w’'&.-]+){0,3}"  # "Tuesday October 04 2022, 6.00pm, The Times": the paper
    r"|\s*[|·•–—-]\s*\d+\s*min(?:ute)?s?\s*read|\s*\([^()]{1,30}\)|\s*\[(?:page|p\.?)\s*[A-Z]?\d{1,4}\]"  # "… 2022-06-17 [Page 23]"
    r"|\s*[|·•]\s*[\d,.]+\s*[KkMm]?\s*views"  # "Streamed live on 9 Feb 2021  ·  2,314 views"
    r"|(?<=\d\d)\s+(?-i:[A-Z])[a-z]+(?: (?-i:[A-Z])[a-z]+)? time"  # "2019-07-04 10:21 Beijing time"
    r"|(?<=\d:\d\d)\s+(?-i:[A-Z][a-z]{2,})(?: (?-i:[A-Z][a-z]{2,}))?(?=\s*$)"  # "2023-08-21 18:30 Shanghai": where, after the time
    r"|\s+in\s+(?-i:[A-Z])[\w ,&-]{2,80}?(?=\s*·|\s*$)|\s*·\s*\d+\s+comments?"  # "Posted on 03.04.2021 in Analysis, Korea · 11 comments"
    r"|,\s+(?-i:[A-Z][\w’'.-]*(?:[ -](?:&|of|the|and|de|[A-Z][\w’'.-]*)){0,6})(?=,|\s*$)"  # "Recorded 18 March 2022, Singapore", "…, Owen G Glenn Building, Auckland": where
    r"|\s+[-–—]\s+(?:speech|interview|press release|statement|article|news|op-?ed|commentary)$"  # "07.11.2023 - Speech": what the page is
    r"|\s+[-–—]\s+(?-i:[A-Z][A-Z .’'-]{2,30})(?=\s*$)"  # "Published - October 05, 2024 10:31 pm IST - NEW DELHI": where, in capitals
    r"|,?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"  # Nexis: "September 14, 2023 Thursday", or "27 September 2021, Monday"
    r"|\s+font(?: size)?\s*:?\s*a\+\s*a-"  # "… 10:21    Font size: A+ A-": the page's text-size buttons
    r"|,\s*first published(?: at| on)?\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"  # "Updated May 4 2024 - 6:30am, first published 5:00am": the same day
    r"|\s*[,|·•/–—-]?\s*(?:updated|last updated|last modified|modified)\b.*|\s*[|·•∙/]\s*[^|·•∙]{0,40}"
    r"|,\s*vol(?:ume)?\.?\s*\d+(?:,\s*(?:no|issue)\.?\s*\d+)?|\s*©\s*[\w .&-]{2,30}"  # "No. 87 (1158), 27 June 2018 © PISM"
    r"|\s+(?:source|views|hits|clicks|author|editor|from)\s*[:：]\s*[^:：]{1,40}?(?=\s+(?:source|views|hits|clicks|author|editor|from)\s*[:：]|\s*$))*\s*[.]?$",  # "Fall/Winter 2018, Vol. 72, No. 1."  # "… | 14:00–15:30 CEST | Online webinar", "SEPTEMBER 2022 / 345", "27 Jul 2023|"
    re.I,
)


_CJK_DATE = re.compile(
    r"(?P<words>(?P<year>(?:19|20)\d{2})\s?[年년]\s?(?P<month>1[0-2]|0?[1-9])\s?[月월]\s?(?P<day>3[01]|[12]\d|0?[1-9])\s?[日일])"
    r"(?:\s*[（(][^）)\n]{1,4}[）)])?(?:\s+\d{1,2}:\d\d(?::\d\d)?)?(?:\s*[·|•]\s*[^.!?\n]{0,40})?$"
)
"""A date as Chinese, Japanese and Korean write it, year, month and day marked: '2021年4月15日（木）', '2022년 9월 28일 · 조회 1,204'."""


def dateline(paragraph: str) -> tuple[str | None, str] | None:
    """(YYYY[-MM[-DD]], the words that state it) when the paragraph is a date line and nothing more.

    The value is None for a date written so that day and month could be either ('03/04/2019'): a date line, but no date.
    """
    if len(paragraph) > 120 or re.search(r"(?:^|[·|•]\s*)saved\s", paragraph, re.I):
        return None  # "isdp.eu · Saved Mar 23, 2023": when a reading app kept it, not when it was published
    first_posted = re.fullmatch(
        r"(?:last )?(?:updated|modified)\s*:?\s*.{6,40}?\s+(?P<posted>(?:posted|published|first published|input(?:ted)?)\s*:?\s*.{6,40})", paragraph, re.I
    )
    if first_posted and (posted := dateline(first_posted["posted"])) and posted[0]:
        return posted  # "Updated : 2023-07-31 09:12 Posted : 2023-07-30 16:48": the day it went up, said second
    released = re.search(r"\s[·|•]\s+(?:released|published|aired|posted)\s+(?P<rest>.+)$", paragraph, re.I)
    if released and re.match(r"recorded\s", paragraph, re.I):
        return dateline(released["rest"])  # 'Recorded 21 February 2024 in Stockholm · Released 26 February 2024': when it came out
    if not paragraph.isascii():
        paragraph = in_english(paragraph)  # '입력 2021.10.06 18:12', '公開日：2020.08.17', '来源：东方观察 2019-03-01 09:12:45（北京时间）'
    if paragraph.count(" / ") == 1:
        first, second = (dateline(half.strip()) for half in paragraph.split(" / "))
        if first and second and first[0] and first[0] == second[0]:
            english = [bool(_ENGLISH_MONTH.search(words)) for _, words in (first, second)]
            return second if english == [False, True] else first  # "21 de octubre de 2019 / October 21, 2019": the day in English words
    paragraph = re.sub(r"^\[(.{6,40})\]$|^\((.{6,80})\)$", lambda m: m[1] or m[2], paragraph).strip("*_ ")  # "[2018.06.22]", "*18 April 2013*", "(Published …)"
    if issue := re.fullmatch(r"(?:from |in )?the (?P<when>[\w ,]{4,30}?) (?:issue|edition)\.?", paragraph, re.I):
        return dateline(issue["when"])  # "From the September 2022 issue": a magazine's letters, by the issue's month
    paragraph = re.sub(r"^([A-ZÀ-Ý][\w .’'-]{1,30}),\s+le\s+(?=\d)", r"\1, ", paragraph)  # French: "Paris, le 14 juin 2018"
    paragraph = re.sub(
        r"^(?:[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+)?, )+[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+)? and (?=[A-ZÀ-Ý][\w’'.-]+(?: [A-ZÀ-Ý][\w’'.-]+)?, \d)",
        "",
        paragraph,
    )
    # "Stockholm, Oslo, Geneva, Seoul and Ulaanbaatar, 27 July 2023": the places a joint statement is issued from, the last one kept
    paragraph = re.sub(r"\b((?:19|20)\d{2})(?=\d{1,2}:\d\d)", r"\1 ", paragraph)  # "June 21, 20246:00 AM": a page's year and time run together
    if cjk := _CJK_DATE.match(paragraph):
        after = (
            dateline(re.sub(r"^[\s（(][^）)]{0,4}[）)]|^\s*[·|•]\s*", "", paragraph[cjk.end("words") :]).strip(" ·|•"))
            if cjk.end() > cjk.end("words")
            else None
        )
        if after and after[0] == f"{cjk['year']}-{int(cjk['month']):02d}-{int(cjk['day']):02d}":
            return after  # "2023年4月10日 | 10 April 2023": the same day in the words of the text's own language
        return f"{cjk['year']}-{int(cjk['month']):02d}-{int(cjk['day']):02d}", cjk["words"]  # "2021年4月15日（木）", "2022년 9월 28일"
    event = re.fullmatch(
        r"(?P<what>(?-i:[A-Z])[\w’'–-]*(?:\s+[\w’'–-]+){0,4}\s+(?:panel|round ?table|seminar|conference|symposium|workshop|webinar|lecture|briefing|hearing|discussion|dialogue)|(?:panel|round ?table|seminar|symposium|workshop|webinar))(?:\s+[a-z]+){0,2},\s+(?:[^,]{2,50},\s+){0,2}(?P<where>[^,]{2,30},\s+[^,]{4,30})",
        paragraph,
        re.I,
    )
    if event and (found := dateline(event["where"])):
        return found  # "Panel discussion, India International Centre, New Delhi, 15 February 2023": the event, where and when
    head = _DATELINE_WORDS.match(paragraph)
    start = head.end() if head else 0
    for pattern in _DATES:
        match = pattern.match(paragraph, start)
        after = paragraph[match.end() :] if match else ""
        if match and (_AFTER_DATE.match(after) or (re.match(r"\.\s", after) and _AFTER_DATE.match(after[1:]))):  # "14.02.2025. 07:30", Croatian
            if match.groupdict().get("first"):
                first, second = int(match["first"]), int(match["second"])
                day, month = (first, second) if first > 12 >= second else (second, first) if second > 12 >= first else (None, None)
                year = match["year"] if match.groupdict().get("year") else _century(match["short_year"])
                if day is None and re.search(r"\b(?:[ECMP][SD]T|ET)\b", paragraph) and match["first"] and "/" in match.group(0):
                    day, month = second, first  # '3/8/22 at 6:00 AM EST': a US time zone, a US date (month first)
                elif match.groupdict().get("short_year"):
                    pass  # '01.13.16': with two digits for the year, only a day past 12 tells the order
                elif day is None and (_DAY_FIRST_WORDS.search(paragraph) or _EAST_OF_GREENWICH.search(paragraph) or _DAY_FIRST_PLACE.match(paragraph)):
                    day, month = first, second  # '12/03/2019 - 05h00 | Atualizado …': a language that writes the day first
                elif day is None and match["separator"] in ".-":
                    day, month = first, second  # '12.03.2020', '03-11-2021': dots and dashes are the day-first conventions of Europe and Asia
                elif day is None:  # '04/03/2019 … updated 19/03/2019': another date on the line shows the order
                    for other in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(?:19|20)\d\d\b", paragraph[match.end() :]):
                        if int(other[1]) > 12 >= int(other[2]):
                            day, month = first, second
                        elif int(other[2]) > 12 >= int(other[1]):
                            day, month = second, first
                value = f"{year}-{month:02d}-{day:02d}" if day else None
                return (value if value is None or is_real_date(value) else None), match.group(0)
            value = _normal_date(match)
            rest = paragraph[match.end() :].strip(" |·•()")
            if value is not None and re.search(r"[年년]", match.group(0)) and (english := dateline(rest)) and english[0] == value:
                return english  # "2023年4月10日 | 10 April 2023": the same day, in the words an English reader searches for
            if value is not None:
                return value, match.group(0)
    if (tagged := _SECTION_TAGS.fullmatch(paragraph)) and (found := dateline(tagged["rest"])) and found[0]:
        return found  # "Politics Society Jul 9, 2019": the page's section tags, then the day
    return None


_ENGLISH_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
"""A month's name as only English writes it ('October', not 'octubre' nor 'Oktober')."""

_DAY_FIRST_WORDS = re.compile(
    r"\b(?:atualizad[oa]|actualizad[oa]|publicad[oa]|mis à jour|publié|aktualisiert|veröffentlicht|oppdatert|publisert|uppdaterad|publicerad"
    r"|aggiornato|pubblicato|bijgewerkt|gepubliceerd)\b|\b\d{1,2}h\d\d\b",
    re.I,
)
"""'Updated' and 'published' in languages whose dates put the day first, and their hours ('10h32', as Brazil and France write
the time): a slashed date beside them is day/month."""

_EAST_OF_GREENWICH = re.compile(r"\b(?:GMT|UTC)\s?\+\s?\d{1,2}(?::?\d\d)?\b|\b(?:KST|JST|ICT|WIB|SGT|MYT|PHT|HKT|IST|CET|CEST|EET|EEST|MSK|AEST|AEDT)\b")
"""A time zone east of Greenwich, where dates are written day first: '01/03/2019 08:15 GMT+7' is the first of March."""

_DAY_FIRST_PLACE = re.compile(
    r"(?:Hanoi|Ho Chi Minh City|Jakarta|Kuala Lumpur|Bangkok|Singapore|New Delhi|Delhi|Mumbai|Dhaka|Islamabad|Canberra|Sydney|Melbourne"
    r"|Wellington|London|Paris|Berlin|Brussels|Vienna|Geneva|Rome|Madrid|Lisbon|Moscow|Stockholm|Oslo|Helsinki|Copenhagen|Warsaw|Prague)\b"
)
"""A place-and-date line's city, where dates are written day first: 'Ho Chi Minh City, 02/10/2025' is the second of October."""

_SECTION_TAGS = re.compile(r"(?:(?-i:[A-Z][a-z&’'-]+)\s+){1,3}(?P<rest>(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2},\s+(?:19|20)\d\d)")
"""Section tags run into the day under a headline: 'Politics Society Jul 9, 2019'."""


def _century(short_year: str) -> str:
    """A two-digit year read as essays on the Peninsula use them: '16' is 2016, '98' is 1998."""
    return f"20{short_year}" if int(short_year) <= 40 else f"19{short_year}"


def date_among(paragraph: str) -> tuple[str, str] | None:
    """The date a short masthead states among its other parts, each short: 'ANN | Seoul | November 10, 2025 11:42 pm',
    'The Japan Times: Tuesday, Feb. 15, 2005', 'Toda Peace Institute   Policy Brief No. 61   November 2019', a printed
    page's head in capitals around its date ('GLOBAL TIMES Friday, September 21, 2018 OPINION 15'), or a
    newsletter's masthead of a few lines, the last 'No. 57 | 19 February 2013'. The last part that is a date line wins."""
    if len(paragraph) > 200:
        return None
    inside = date_within(paragraph) if len(paragraph) <= 100 else None
    if inside:  # 'GLOBAL TIMES Friday, September 21, 2018 OPINION 15': a printed page's head, its spacing folded away
        rest = re.sub(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?", " ", paragraph.replace(inside[1], " "), flags=re.I)
        if re.search(r"[A-Z]{2}", rest) and re.fullmatch(r"[\sA-Z0-9&|·•/.,:-]*", rest):
            return inside
    barred = [part.strip() for part in re.split(r"\s+(?:[|·•∙●◆/—–-]|--)\s+|\s{3,}|\t+|\n", paragraph) if part.strip()]  # a tab: a wide gap kept
    colons = [piece.strip() for part in barred for piece in re.split(r"(?<=[a-z]):\s+", part) if piece.strip()]  # 'The Japan Times: Tuesday, …'
    if len(colons) == 1 and len(paragraph) <= 100 and re.search(r"\b(?:no\.|vol\.|issue)\s*\d+\s", paragraph, re.I):
        # a series label whose parts' spacing was folded away: 'Toda Peace Institute Policy Brief No. 61 November 2019'
        words = paragraph.split()
        colons = [" ".join(words[:-k]) for k in (2, 3, 4) if len(words) > k] and [" ".join(words[-k:]) for k in (4, 3, 2) if len(words) > k]
    for parts in (barred, colons):  # the parts between bars first ('Received: … | Accepted: … | Published: 7 February 2020'), then colons
        if 2 <= len(parts) <= 5 and all(len(part) <= 70 for part in parts) and (found := _last_date(parts)):
            return found
    return None


def _last_date(parts: Sequence[str]) -> tuple[str, str] | None:
    """The last of a masthead's parts that is a date line, with its value."""
    for part in reversed(parts):
        found = dateline(part)
        bracketed = re.search(r"\(([^()]{6,30})\)(?:,?\s*pp?\.\s*\d+\s*[–-]\s*\d+)?\s*$", part)  # "No. 2020-17 (September 2020)", "…(June 2020), pp. 145–172"
        found = found if found and found[0] else dateline(bracketed.group(1)) if bracketed else None
        if found and found[0]:
            return found[0], found[1]
    return None


def date_within(sentence: str) -> tuple[str, str] | None:
    """The first full date a sentence states ('… originally published in Korean on October 12, 2021, and …'), as
    `dateline` gives it; for a text whose only date is the one its credit gives."""
    for pattern in (*_DATES[:4], _YEAR_FIRST):  # day, month and year: a month alone in a sentence is too loose
        for match in pattern.finditer(sentence):
            value = _normal_date(match)
            if value is not None:
                return value, match.group(0)
    return None


def is_real_date(value: str) -> bool:
    """Whether YYYY[-MM[-DD]] is a day of the calendar (as `korea check` reads a date)."""
    from korea_cli.corpus import is_date

    return is_date(value)


def month_number(name: str) -> int:
    """A month's number from its name or abbreviation, in any language `_MONTHS` knows ('Nov', 'juillet', 'Sept.')."""
    return _MONTHS[name.lower().rstrip(".")]


def _normal_date(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    if parts.get("season"):
        return parts["year"]  # a journal's season says no month
    month = int(parts["month_number"]) if parts.get("month_number") else month_number(parts["month"])
    day = parts.get("day")
    value = f"{parts['year']}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    return value if is_real_date(value) else None
