"""Reading an essay's parts from its paragraphs: which is the title, a dateline, a byline, the body, a footnote, and whose words each is.

Pure functions over the paragraphs (each folded to one line of single
spaces); nothing here knows about the corpus but the names of the authors it
already has, passed in. `read` classifies each paragraph by its own look,
then by where it stands: a header (series label, title, subtitle, dateline,
bylines, credits), the body (an author's argument, or in an interview the
answers), and trailing matter (notes, bios, disclaimers, boilerplate).
What it finds is a draft for a person to review, never a fact.

What one paragraph looks like on its own is `looks`; names, ranks and
bylines are `bylines`; date lines are `dates`. This module weighs them by
where each paragraph stands, in the passes of `_Reader`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from korea_cli import databases
from korea_cli.bylines import (
    AFFILIATION_WORD,
    RANKS,
    REPLIES_TAIL,
    byline_people,
    clean_name,
    guest_list,
    institutions,
    korean_sounds,
    looks_like_name,
    name_alone,
    only_institutions,
    romanized,
    says_when,
    split_names,
    title_case,
)
from korea_cli.dates import date_among, date_within, dateline, is_real_date
from korea_cli.ids import surname_first
from korea_cli.looks import (
    ABOUT_PUBLISHER,
    ANSWER,
    AS_TOLD_TO,
    BIO_HEAD,
    BOLD_LABEL,
    BOX,
    BREADCRUMB,
    BULLET,
    CAPTION,
    CAPTION_END,
    COMMENTS_HEAD,
    COMMONS_PARTY,
    CONTENTS,
    CREDIT,
    DASH_TURN,
    DISCLAIMER,
    EDITORS_NOTE,
    EDITORS_NOTE_HEAD,
    FIGURES_HEAD,
    FINDINGS_HEAD,
    FIRST_PERSON,
    FOOTNOTE,
    GREETING,
    HEADING_NUMBER,
    ITALIC,
    LABEL,
    LETTER,
    LINKS_HEADING,
    NOTES_HEAD,
    PAGE_DIGITS,
    PAGE_FOOTER,
    PAGE_FOOTNOTE,
    PHOTO_CREDIT,
    PRINTED_AT,
    QUESTION,
    REPLIES,
    SECTION,
    SIGN_OFF,
    SIGN_OFF_WORDS,
    SPEAKER,
    SPEECH_SALUTATION,
    STAFF_OVER_NAME,
    WELCOME,
    english_label,
    english_of,
    is_boilerplate,
    is_heading,
    is_headline,
    is_institution_name,
    is_label,
    is_named_with_tagline,
    is_navigation,
    is_prose,
    is_publisher_footer,
    is_running_head,
    is_tagline,
    label_over_publisher,
    plain,
)
from korea_cli.page_words import in_english
from korea_cli.ranks import HONORIFIC, RETIRED
from korea_cli.text import fold

_SERIES_MARK = re.compile(r"\b(?:brief|paper|report|bulletin|newsletter|series|commentary|journal|review|monitor)\b", re.I)
"""What makes a masthead a series label rather than a date line: the series' kind named ('Policy Brief No. 61 | November
2019'), or a masthead of several lines; an issue's number and its date alone ('Issue No. 41 | June 14, 2018') are a date line."""

_BIO = re.compile(  # not 'Niklas Swanström is right that …': a co-author answering the other
    r"^(?:\*{1,3}\s?|\()?(?P<head>(?i:profile|bio|about (?:the )?(?:authors?|writers?|columnists?|contributors?|editors?|us)|about|authors?)\s*:\s*)?(?:(?:Dr|Prof|Gen|Amb|Ambassador|Professor|General)\.?(?:\s*\((?:ret|retd)\.?\))?\s+)?(?P<who>[A-ZÀ-ÖØ-ÞĀ-ž][\w.'’-]*(?:\s+[“\"](?-i:[A-Z])[\w.’-]{1,15}[”\"])?(?:\s+(?:(?:de|la|van|von|der|den|del|da|di|du|le|bin|al)\s+)*[A-ZÀ-ÖØ-ÞĀ-ž][\w.'’-]*){0,3})(?:\s+\((?:ret|retd)\.?\)|\s+\((?-i:[A-ZÀ-Þ])[^()]{1,40}\)|\s+\((?:she|he|they)/(?:her|him|them)\)|\s+\([\w.+-]+@[\w-]+(?:\.[\w-]+)+\)|\s+\([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af ]{1,20}\))?(?:\s+[’'‘]\d{2})?"  # 'Jeon Jae-seong (Chun Chae-sung) is …', 'X (x@y.org) is …', 'X (전재성) is …'
    r"(?:\s+[’']\d{2})?(?:\s+\((?:18|19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}\))?(?:\s+of\s+(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,2}(?=\s+(?:is|was)\s))?"  # 'Walter Brandvold of Traverse City is …', 'Walter E. Haldane (1942–2023) was …'
    r"(?:,\s+(?:Ph\.?\s?D\.?|D\.?Phil\.?)|,?\s+(?:CB|CBE|OBE|MBE|KBE|DBE|KCB|GCB|CMG|KCMG|DSO|MC|QC|KC)\b)*(?:,\s+(?P<aside>[^,]{2,120}),)?(?::\s+(?i:born)\b|\s+)(?:(?<=[Bb]orn)|is(?!\s+(?:right|wrong|correct|mistaken|surely|too|not\s+wrong)\b)|es|é|est|was|also|serves|served|has(?!\s+(?:long\s+|often\s+|repeatedly\s+|rightly\s+|always\s+)?(?:argued|said|claimed|insisted|warned|suggested|contended|maintained|noted|pointed))|had|holds|teaches|taught|lectures|lectured|researches|leads|directs|heads|headed|chaired|commanded|chairs|edits|co-edits|co-edited|coordinates|coordinated|co-founded|writes|works|worked|spent|joined"
    r"|(?(head)Born(?=\s+(?:in|on)\s)|(?!))"  # "PROFILE: Kenjiro Mitsuhashi" / "Born in 1951 in Gifu …"
    r"|ist|covers|covered|directed|reported|advises|advised|specializes|specialises|received|earned|studied|majored|graduated|retired from)\b"
)  # and a class year after the name, as an alumni magazine writes it: "Lee Sang-su ’96 majored in economics …"
_INTRODUCED = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Dr|Prof|Professor|Gen|General|Amb|Ambassador)\.?\s+)?(?P<who>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}),"
    r"\s+(?P<aside>(?:an?\s+|the\s+)?[^,;.]{2,240}),\s+(?:argues|says|believes|thinks|warns|contends|explains|insists|cautions|answer(?:s|ed)|respond(?:s|ed)|repl(?:ies|ied))\b"
)
"""An introduction that names the one interviewed, with what they are ('Dr. Annelies Verhoeven, senior research fellow at X, argues …')."""
_WRITTEN_BY = re.compile(
    r"^(?:[Aa]bout\s*:\s*)?(?:the )?[\w’'.&-]+(?: [\w’'.&-]+){0,4} is (?:(?:written|edited|produced|curated)"  # "About: DMZ Dispatch is written by …"
    r"|an? (?:[\w-]+ ){0,3}(?:newsletter|blog|column|podcast|letter|dispatch)(?: (?:on|about|from) [^;]{2,120}?)?) by (?P<who>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})"
    r"(?:\s*\([^()]{1,30}\))?, (?P<article>a|an|the)\b"  # 'Zhao Yuchen (“Eric” Zhao), a …': the name he also goes by
)
"""'The Parallel is written by Owen Castellano, a former Senate staffer …', '… is a weekly newsletter on Korean security by Marc
Tremblay, a …': a newsletter's bio of its writer, read as 'Owen Castellano is a …'."""
_POSTSCRIPT_HEAD = re.compile(
    r"(?:(?:a )?postscript|p\.\s?s\.|(?:an )?afterword|(?:a )?coda|(?:a )?(?:personal |short |quick )?note) (?:from|by) (?P<first>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)\s*:?",
    re.I,
)
"""'Postscript from Min-seo' over a part one of two writers adds alone."""
_ASIDE = re.compile(r"(?:an? (?:quick |short )?note from|(?:and )?from) (?P<first>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)(?: in [A-Z][\w ]{1,30})?\s*:\s", re.I)
"""'A note from Jae-won in Seoul: …': one of two writers speaking alone."""
_WRITTEN_BY_ANY = re.compile(r"^(?:the )?[\w’'.&-]+(?: [\w’'.&-]+){0,4} is (?:written|edited|produced) by (?-i:[A-Z])")
"""'The Parallel is written by …', however the names that follow are set: a newsletter's line about its writers."""
_BIO_WORDS = re.compile(r"\b(?:his|her|their) own\b|\b(?:fellow|professor|director|researcher|head|lecturer|analyst)\b", re.I)
"""A bio's words, beside the disclaimer a bio may end with: 'his own', 'Senior Research Fellow'."""
_THE_AUTHOR = re.compile(
    r"^\(?(?:the )?(?:author|writer|contributor)s?\b(?:,[^,]{0,120},)?\s+(?P<verb>is|are|was|were|serves|served|teaches|taught|heads|headed|leads|led|holds|held|works|worked)\b",
    re.I,
)


def _the_author_is(text: str) -> str | None:
    """What 'The author is …' says the essay's unnamed writer is ('The author is a professor of … at Seoul National University'
    -> 'professor of … at Seoul National University'); None when the text does not open so, or names no post."""
    the_author = _THE_AUTHOR.match(text)
    found = _BIO_AFFILIATION.search(text[the_author.start("verb") :]) if the_author else None
    if not found:
        return None
    what = found["what"].strip(" *_")
    if what.endswith(")") and what.count(")") > what.count("("):
        what = what[:-1].rstrip(".")  # "(The writer is a retired U.S. Army first sergeant.)": the bracket round the bio, no part of it
    return what


def _what_the_bio_says(name: str, affiliation: str) -> str:
    """An affiliation that is its person's whole bio ('Tobias Reinholt is a Meridian columnist based in Seoul …', under his name)
    as what the bio says he is ('Meridian columnist based in Seoul …'); any other as it is."""
    if re.match(rf"(?:{re.escape(fold(name))}\s+)+(?:is|was|serves as)\s", fold(affiliation)) and (bio := _BIO_AFFILIATION.search(affiliation)):
        return bio["what"].strip()
    return affiliation


_BIO_AFFILIATION = re.compile(
    r"\b(?:is|serves as|works as)\s+(?:(?:a|an|the)\s+)?(?P<what>[^;]*?)"
    r"(?:(?<!\b[A-Z])\.(?:\s|$)|;|,\s+(?:and|where|who)\b|(?:\s+and|\.)\s+(?=[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,2}\s+(?:is|was)\b)|$)"
)
"""What a bio says someone is, to the end of the sentence ('U.S. Forces Korea' whole) or the next clause, or where the next
person's begins ('… in Washington and Daniel Kessler is a former …')."""


@dataclass
class Signer:
    """A person whose words the essay carries, as the text names them."""

    name: str
    affiliation: str = ""
    stated_in: int = 0
    """The paragraph (from 1) that states the affiliation; 0 when none does."""


@dataclass
class Reading:
    """What `read` found: a role and the signers (indices into `people`) for every paragraph."""

    roles: list[str]
    signers: list[tuple[int, ...]]
    people: list[Signer]
    date: tuple[str, str] | None = None
    notes: list[str] = field(default_factory=list)
    title: str | None = None
    """The title as a database export's headline field states it, where the title paragraph carries the field's code."""


_BODY_REPORTS = re.compile(
    r"(?:(?:final|annual|interim|mid-?term|special|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?report of the\s+"
    r"(?P<body>(?:panel|group) of experts|secretary-general|director-general|(?:[\w-]+\s+){1,3}(?:committee|commission|working group|commission of inquiry))"
    r"(?=\s+(?:submitted|pursuant|established|on|to|for|concerning)\b|\s*[,:;(]|\s*$)",
    re.I,
)
"""A report its title says a body wrote: 'Final report of the Panel of Experts submitted pursuant to resolution 2569 (2021)' (not
'Final Report of the Commission', a body its name leaves unsaid: its co-chairs sign it)."""


def named_writer(reading: Reading, paragraphs: Sequence[str]) -> tuple[str, str] | None:
    """Who wrote a text no byline or signature signs, when the text itself names them, and the note that says how: the body
    its headline names ('Final report of the Panel of Experts …'), or the one writer its bio names ('The author, Vikram
    Raghunathan, is …' under the text, '*Chun Chae-sung is a professor …*' in italics over the headline). None otherwise."""
    if reading.people:
        return None
    if body := _body_named_by_the_headline(paragraphs):
        return body, f"no one signs the text: it is taken as the {body}'s, which its title names; check the authors"
    if staff := next((found["who"] for paragraph in paragraphs[:10] if (found := _STAFF_BYLINE.fullmatch(" ".join(paragraph.split())))), None):
        return staff, f"no person signs the text: it is taken as {staff}'s, whom its byline names; check the authors"
    if issuer := next((found["who"] for paragraph in paragraphs[:10] if (found := _ISSUED_BY_LINE.fullmatch(" ".join(paragraph.split())))), None):
        return issuer, f"no person signs the text: it is taken as the {issuer}'s, which its header says issued it; check the authors"
    if writer := _writer_named_by_a_bio(paragraphs):
        return writer, f"no byline: the text is taken as {writer}'s, whom its bio names; check the authors"
    if writer := _writer_named_by_the_standfirst(paragraphs):
        return writer, f"no byline: the text is taken as {writer}'s, whom its standfirst names as arguing it; check the authors"
    if told := _told_to(paragraphs):
        writer, teller = told
        return writer, f"no byline: the text is taken as {writer}'s, as told to {teller}, whom its introduction names; check the authors"
    if writer := _guest_named_by_the_host(paragraphs):
        return writer, f"no byline: the text is taken as {writer}'s, the guest whom the host's note over it names; check the authors"
    if writer := _writer_named_by_the_title(reading, paragraphs):
        return writer, f"no byline: the text is taken as {writer}'s, whom its title names and who writes it in the first person; check the authors"
    if writer := _columnist_named_by_the_headline(reading, paragraphs):
        return writer, f"no byline: the text is taken as {writer}'s, whom the column's headline names first; check the authors"
    if initialled := _initials_a_staff_box_expands(paragraphs):
        writer, initials = initialled
        return writer, f"no byline: the text is taken as {writer}'s, whose initials ({initials}) sign it and the staff box spells out; check the authors"
    if writer := _writer_in_the_running_footers(paragraphs):
        return writer, f"no byline: the text is taken as {writer}'s, whom its pages' running footers name; check the authors"
    if pen := _pen_name_of_someone_unnamed(paragraphs):
        return pen, f"no byline: the text is taken as {pen}'s, the pen name over it, whose writer the bio does not name; check the authors"
    if writer := _columnist_the_page_follows(paragraphs):
        return writer, f"no byline: the text is taken as {writer}'s, whose column the page's 'Follow' button and address name; check the authors"
    return None


def _columnist_the_page_follows(paragraphs: Sequence[str]) -> str | None:
    """'/opinion/columnists/margaret-oduya/2024/06/21/…' over the headline and 'Follow Margaret Oduya's opinions' under the
    text: a column copied without its byline, its writer named by the page's address and its follow button, both."""
    flats = [" ".join(paragraph.split()) for paragraph in paragraphs]
    slugs = {found["slug"] for flat in flats[:3] if (found := _COLUMNIST_SLUG.search(flat))}
    for flat in flats:
        if (follow := _FOLLOW_THE_WRITER.fullmatch(flat)) and looks_like_name(name := follow["name"]) and fold(name).replace(" ", "-") in slugs:
            return name
    return None


def _pen_name_of_someone_unnamed(paragraphs: Sequence[str]) -> str | None:
    """'Ondal' alone under the headline, and 'Ondal is the pen name of a former South Korean diplomat …' under the text: the
    column is signed with the pen name, the only name its writer gives."""
    flats = [" ".join(plain(paragraph).split()) for paragraph in paragraphs]
    for flat in flats:
        said = re.match(rf"(?P<pen>(?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+(?: (?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+){{0,2}}),? is the {_PEN_NAME} of (?:an?|one|the)\s", flat, re.I)
        if said and said["pen"] in flats[:12]:
            return said["pen"]
    return None


def _initials_a_staff_box_expands(paragraphs: Sequence[str]) -> tuple[str, str] | None:
    """'[S.K.H.]' under the last paragraph, and the staff box's 'S.K.H. – Song Kyung-hwa, Seoul correspondent': the writer
    whose initials sign the text, and the initials."""
    flats = [" ".join(plain(paragraph).split()) for paragraph in paragraphs]
    signed = {
        found[1].replace(" ", "")
        for flat in flats
        if (found := _INITIALS_IN_BRACKETS.fullmatch(flat) or _INITIALS_SIGNATURE.fullmatch(flat) or _BARE_INITIALS.fullmatch(flat))
    }
    if len(signed) != 1:
        return None
    initials = signed.pop()
    for _, found in _initials_spelled_out(flats, initials):
        if looks_like_name(who := clean_name(found["name"])):
            return who, initials
    return None


def _initials_spelled_out(flats: Sequence[str], letters: str, start: int = 0) -> Iterator[tuple[int, re.Match[str]]]:
    """Each line of a staff box, from paragraph `start` on, that spells out the initials `letters` ('S.K.H.'): 'S.K.H. – Song
    Kyung-hwa, Seoul correspondent', with the paragraph it stands in."""
    for j in range(start, len(flats)):
        for found in _LEGEND_LINE.finditer(flats[j]):
            if found["initials"].replace(" ", "") == letters:
                yield j, found


def _writer_in_the_running_footers(paragraphs: Sequence[str]) -> str | None:
    """'Sangsoo Lee    ISDP Policy Brief, June 2021    1' at the foot of two pages or more: the one name a PDF's running
    footers carry beside the series' name, when nothing else names the writer."""
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        if "\n" in paragraph.strip() or len(parts := [part for part in re.split(r"\s{3,}|\t+", paragraph.strip()) if part]) < 2:
            continue
        for part in parts:
            if not re.fullmatch(r"\d{1,3}", part) and looks_like_name(part) and not only_institutions(part) and len(part.split()) in (2, 3):
                counts[part] = counts.get(part, 0) + 1
    named = [part for part, seen in counts.items() if seen >= 2]
    return named[0] if len(named) == 1 else None


_INITIALS_IN_BRACKETS = re.compile(r"[\[(]((?-i:[A-Z]\.\s?(?:[A-Z](?:['’][A-Z])?\.\s?){1,2}))[\])]")
"""'[S.K.H.]', '(D.M.O.)' alone under an item: its writer's initials, as a magazine's notebook signs its items."""
_NAME_ON_WHY = re.compile(r"(?P<who>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2})\s+on\s+(?:why|how|what|whether|where|when)\b")
"""'Sangsoo Lee on why a Korean peace process has to start small': a headline that gives the floor to its writer."""
_COLUMNIST_COLON = re.compile(r"(?P<who>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}):\s+(?-i:[A-Z])")
"""'Chun Chaesung: Seventy years on, …' under a '[Column]' label: a column's headline, its writer's name first."""


def _writer_named_by_the_title(reading: Reading, paragraphs: Sequence[str]) -> str | None:
    """The one the title names ('Sangsoo Lee on why …') over a text no one signs, written in the first person throughout and
    asked nothing: the writer, with a note."""
    title = next((i for i, role in enumerate(reading.roles) if role == "title"), None)
    found = _NAME_ON_WHY.match(" ".join(plain(paragraphs[title]).split())) if title is not None else None
    if found is None or "question" in reading.roles or not looks_like_name(who := clean_name(found["who"])):
        return None
    argued = [" ".join(plain(p).split()) for p, role in zip(paragraphs, reading.roles, strict=False) if role in ("body", "introduction") and len(p) > 300]
    first_person = sum(bool(re.search(r"\b(?:I|I’m|I'm|I’ve|I've|my)\b", p)) for p in argued)
    return who if len(argued) >= 3 and 2 * first_person >= len(argued) else None


def _columnist_named_by_the_headline(reading: Reading, paragraphs: Sequence[str]) -> str | None:
    """The columnist a column's headline names first, under the column's label ('[Column]' over 'Chun Chaesung: Seventy years
    on, a peace regime needs a new grammar'), over a text no one signs and asked nothing."""
    title = next((i for i, role in enumerate(reading.roles) if role == "title"), None)
    if title is None or "question" in reading.roles:
        return None
    if not any(re.fullmatch(r"\[?(?:column|columns|viewpoints?|opinion)\]?", plain(p).strip(), re.I) for p in paragraphs[:title]):
        return None  # (under no column's label, 'Chun Chaesung: the man who wrote the roadmap' may be a profile's headline)
    column = _COLUMNIST_COLON.match(" ".join(plain(paragraphs[title]).split()))
    return who if column and looks_like_name(who := clean_name(column["who"])) else None


def named_writers(reading: Reading, paragraphs: Sequence[str]) -> tuple[tuple[str, ...], str] | None:
    """`named_writer`, or two writers a standfirst names together, each with a bio ('Rebecca Thornbury spent a decade …; Park
    Jun-young commanded …. Together they argue that …'), and the note that says how."""
    if reading.people:
        return None
    if under := next((names for paragraph in paragraphs if (names := _writers_of_this_issue(paragraph))), None):
        return under, f"no byline: the text is taken as {' and '.join(under)}'s, whom its line '… was written by …' names; check the authors"
    if pair := _writers_named_together(paragraphs):
        return pair, f"no byline: the text is taken as {' and '.join(pair)}'s, whom its standfirst names as arguing it together; check the authors"
    one = named_writer(reading, paragraphs)
    return ((one[0],), one[1]) if one else None


def _writers_named_together(paragraphs: Sequence[str]) -> tuple[str, ...] | None:
    """The writers a short paragraph over the argument names, each by a clause of bio, as arguing what follows together."""
    for paragraph in paragraphs[:8]:
        flat = " ".join(plain(paragraph).split()).strip("*_ ")
        if len(flat) > 600:
            return None
        if not _TOGETHER_THEY_ARGUE.search(flat):
            continue
        named = [who for clause in re.split(r";\s+|(?<=[a-z)])\.\s+", flat) if (who := _bio_name(clause))]
        if len(set(named)) == 2 and len(named) == 2:
            return tuple(named)
    return None


def _writers_a_line_names(paragraph: str) -> tuple[str, ...] | None:
    """The writers a line that `named_writers` reads names, when the text is taken as theirs: its 'This issue was written by …',
    'Issued by the … Coalition' or 'By … Staff'; None for any other line."""
    if under := _writers_of_this_issue(paragraph):
        return under
    found = _ISSUED_BY_LINE.fullmatch(paragraph) or _STAFF_BYLINE.fullmatch(paragraph)
    return (found["who"],) if found else None


def _writers_of_this_issue(paragraph: str) -> tuple[str, ...] | None:
    """The writers a line under a newsletter names ('*This issue was written by Hanna Berg and Sangwon Lee.*'), or None."""
    found = _THIS_ISSUE_WRITTEN_BY.fullmatch(" ".join(paragraph.split()))
    names = split_names(found["names"]) if found else []
    return tuple(names) if names and all(looks_like_name(name) and len(name.split()) >= 2 for name in names) else None


_THIS_ISSUE_WRITTEN_BY = re.compile(
    r"(?:[^\n]{0,300}?[.!?]\s+)?[*_]*(?:this|today[’']s|this week[’']s) (?:issue|edition|post|piece|article|newsletter|brief|briefing|essay|dispatch|letter|column|note)"
    r" (?:was|is|has been) (?:co-)?written by (?P<names>[^.;:!?]{4,160}?)\.?[*_]*",
    re.I,
)


_TOGETHER_THEY_ARGUE = re.compile(
    r"\b(?:together|jointly|between them),? they (?:argue|write|contend|make the case|propose)\b|\bthe two (?:argue|contend|write)\b", re.I
)
"""'Together they argue that …': a standfirst presenting two writers' argument."""


def _guest_named_by_the_host(paragraphs: Sequence[str]) -> str | None:
    """The guest a newsletter's host hands the issue to and presents in a sentence of bio in her own note ('This week I'm …
    handing the letter to a guest. Dr. Lee Sang-hun is a senior research fellow at …. Over to him.'); None unless one."""
    for paragraph in paragraphs[:8]:
        flat = " ".join(plain(paragraph).split()).strip("*_ ")
        if _UNNAMED_GUEST.search(flat) or re.search(r"\bover to (?:him|her|them)\b", flat, re.I):
            named = {who for sentence in re.split(r"(?<=[a-z)])[.!?]\s+", flat) if (who := _bio_name(sentence))}
            if len(named) == 1:
                return named.pop()
    return None


def _told_to(paragraphs: Sequence[str]) -> tuple[str, str] | None:
    """A first-person piece 'As told to' a reporter: the one who tells it, named where the introduction or the photo's caption
    opens ('Oh Kyung-min, 67, spent …'), and the reporter; None without the credit or the name."""
    flats = [" ".join(plain(paragraph).split()).strip("*_ ") for paragraph in paragraphs[:12]]
    credit = next((found for flat in flats[:8] if (found := AS_TOLD_TO.fullmatch(flat))), None)
    if credit is None:
        return None
    teller = clean_name(credit["teller"])
    for flat in flats:
        opens = _SUBJECT_OPENS.match(flat) or _A_CONVERSATION_WITH.search(flat[:300])
        if opens and looks_like_name(who := clean_name(opens["who"])) and not _same_person(who, teller):
            return who, teller
    return None


def _writer_named_by_the_standfirst(paragraphs: Sequence[str]) -> str | None:
    """The one writer a short paragraph over the argument names with a post, as arguing what follows ('Chaesung Chun, a
    professor of political science at Seoul National University, argues that …') or as its contributor ('The following
    commentary was contributed by Chaesung Chun, Professor of …', however long the editor's line); None once the argument
    has begun."""
    for paragraph in paragraphs[:8]:
        flat = " ".join(plain(paragraph).split()).strip("*_ ")
        contributed = (
            _CONTRIBUTED_BY.match(flat) or _THIS_ONE_IS_BY.search(flat) or _ADAPTED_FROM.match(flat)
        )  # "The following commentary was contributed by …"
        if contributed and AFFILIATION_WORD.search(contributed["post"]) and looks_like_name(writer := clean_name(contributed["who"])):
            return writer
        if len(flat) > 300 and is_prose(flat) and not GREETING.match(flat):  # (a newsletter's greeting is no argument yet)
            return None
        named = _INTRODUCED.search(flat)  # in the dek's first sentence or a later one
        if (
            named
            and AFFILIATION_WORD.search(named["aside"])
            and re.match(r"argues|contends|explains", flat[named.end("aside") :].lstrip(", "))  # of the verbs `_INTRODUCED` allows, those that argue
            and looks_like_name(writer := clean_name(named["who"]))
        ):
            return writer
    return None


_NUMBERED_QUESTION = re.compile(r"Q\s?\d{1,4}\s+(?:(?-i:[A-Z])[\w.’'-]+\s+){0,4}(?-i:[A-Z])[\w.’'-]+\s*:\s+\S")
"""'Q45 Chair: …', 'Q47 Ian Caldecott: …': a parliamentary committee's questions, numbered through the inquiry, its members asking."""
_FLOOR_ASKED = re.compile(
    r"(?:an?|one|another|the (?:first|second|third|next|last|final)) (?:participant|questioner|member of the audience|audience member|attendee|delegate"
    r"|student|journalist|reporter|listener|viewer|diplomat|official|researcher|scholar)\b[^.?!]{0,120}?\s(?:asked|wanted to know|wondered|queried)\b",
    re.I,
)
"""'A participant from a Seoul-based research institute asked whether …': a question from the floor, reported, no one named."""
_AUDIENCE_QUESTION = re.compile(
    r"(?:question|q|audience(?: member)?|participant|from the floor)\s*\([^()\n]{0,80}\([^()\n]{1,20}\)[^()\n]{0,80}\)\s*:\s+\S", re.I
)
"""'QUESTION (Col. Harpreet Sandhu (Retd.), United Service Institution): …': a question from an event's audience, who asked it
in brackets within brackets, as a speaker's label cannot be read (one pair, 'Question (Izvestia): …', is a label)."""
_OPINION_BY = re.compile(
    r"(?:this|the following) (?:column|article|piece|commentary|essay) is an? (?:opinion|op-?ed|commentary|analysis|column|first-person (?:column|piece))(?: piece)?"
    r" (?:by|from|written by) (?-i:[A-ZÀ-ÖØ-ÞĀ-ž])",
    re.I,
)
"""A broadcaster's line under a guest's headline, presenting its writers: 'This column is an opinion by …'."""
_CONTRIBUTED_BY = re.compile(
    r"(?:editor[’']?s[’']? note\s*:\s*)?(?:the following|this) (?:commentary|article|essay|piece|analysis|column|op-?ed|contribution) (?:was|is|has been) (?:contributed|written|prepared"
    r"|adapted from (?:a |an |the )?(?:remarks|speech|address|lecture|talk|keynote|presentation)(?: [\w’'-]+){0,2}? (?:delivered|given|made|presented)) by "
    r"(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w.’' -]{3,60}?)(?:,\s+|\s+of\s+(?=(?:the\s+)?(?-i:[A-Z])))(?P<post>[^.]{3,200})",
    re.I,
)
"""An editor's line over a guest's piece naming its writer and post ('This essay is adapted from remarks delivered by Niklas
Swanström, director of …')."""
_ADAPTED_FROM = re.compile(
    r"(?:editor[’']?s[’']? note\s*:\s*)?(?:the following|this) (?:essay|article|piece|commentary|text) (?:is|was) adapted from (?:a |an |the )?"
    r"(?:remarks|speech|address|lecture|talk|keynote|presentation) (?:that |which )?(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w.’' -]{3,60}?),\s+(?P<post>[^.]{3,200}?),\s+"
    r"(?:delivered|gave|made|presented)\b",
    re.I,
)
"""'This essay is adapted from remarks Niklas Swanström, director of …, delivered at …': the speaker before the verb."""
_FIRST_PERSON_BIO = re.compile(
    r"(?:about [^:\n]{2,40}:\s*)?(?:i[’']m|i am|my name is)\s+(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3})),\s+(?:an?|the)\s",
    re.I,
)
"""A newsletter writer's bio in her own voice: 'About Parallel Lines: I'm Ingrid Solberg, a former Norwegian diplomat …'."""
_THIS_ONE_IS_BY = re.compile(
    r"(?:^|[.!?:]\s+)(?:this (?:week|month|issue)[’']s(?: (?:essay|column|piece|letter|contribution|guest (?:essay|column|post|letter)))?|today[’']s (?:essay|column|piece)) is (?:written )?by "
    r"(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w.’' -]{3,60}?)(?:\s*\([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af ]{1,20}\))?,\s+(?P<post>[^.]{3,200})",
    re.I,
)
"""An editor's note presenting this issue's guest: '… This week’s is by Olga Merkulova, a senior research fellow at …'."""


def _body_named_by_the_headline(paragraphs: Sequence[str]) -> str | None:
    """The body a short paragraph among the first, before any argument, says wrote the report ('Panel of Experts')."""
    for paragraph in paragraphs[:8]:
        flat = " ".join(paragraph.split())
        if len(flat) <= 250 and (found := _BODY_REPORTS.match(flat)):
            return title_case(found["body"])
        if len(flat) > 300 and is_prose(flat):
            return None  # the argument has begun
    return None


def _writer_named_by_a_bio(paragraphs: Sequence[str]) -> str | None:
    """The one writer a bio names: under the text as 'The author, X, is …', over the headline in italics, under 'About the
    author' or in a paper's first-page note ('* Dr. Sang Soo Lee is …'); None if two."""
    named = set()
    for i, paragraph in enumerate(paragraphs):
        flat = re.sub(r"^[—–-]{1,2}\s*", "", " ".join(plain(paragraph).split()).strip("*_ "))  # "*— The writer, Chun Chae-sung, is …*"
        if (author := re.match(r"the (?:author|writer),\s+(?P<who>[^,]{4,60}),\s+(?:is|was)\s+(?:a|an|the)\s", flat, re.I)) and looks_like_name(
            clean_name(author["who"])
        ):
            named.add(clean_name(author["who"]))
        elif (author := _THE_AUTHOR_IS.match(flat)) and looks_like_name(clean_name(author["who"])):
            named.add(clean_name(author["who"]))  # "The author is Oh Se-jin, a professor of diplomacy at …", over the text or under it
        elif (written := _WRITTEN_BY_IN_A_FOOTER.match(flat)) and looks_like_name(clean_name(written["who"])):
            named.add(clean_name(written["who"]))  # "The Thirty-Eighth is written by Mira Oyelaran-Kang, a nonresident fellow at …"
        elif i < 4 and re.match(r"\s*[*_]", paragraph) and (who := _bio_name(flat)):
            named.add(who)  # an italic bio over the headline
        elif i and _ABOUT_THE_WRITER.fullmatch(" ".join(plain(paragraphs[i - 1]).split()).strip("*_# ")) and (who := _bio_name(flat)):
            named.add(who)  # "ABOUT THE AUTHOR" over "Dr Bronwyn Kettering is a Senior Analyst …", wherever the box falls
        elif (head := _ABOUT_THE_WRITER.match(flat)) and (who := _bio_name(flat[head.end() :].lstrip(": "))):
            named.add(who)
        elif re.match(r"\*\s+(?=\S)", paragraph.lstrip()) and (who := _bio_name(flat.lstrip("* "))):
            named.add(who)  # "* Dr. Sang Soo Lee is a Senior Research Fellow at …": a paper's first-page note on its writer
    return named.pop() if len(named) == 1 else None


_THE_AUTHOR_IS = re.compile(r"the (?:author|writer) (?:is|was) (?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[^,]{3,60}),\s+(?:a|an|the)\s", re.I)
"""'The author is Oh Se-jin, a professor of diplomacy at Kookmin University …': a paper's line naming its writer."""

_ISSUED_BY = re.compile(
    r"(?:this|the present) (?:paper|report|brief|policy brief|statement|study|memorandum|document|consensus paper) (?:is|was|has been) (?:issued|published|released)"
    r" (?:by|under the auspices of|on behalf of)\b"
    r"|the following (?:open )?(?:letter|statement|declaration|appeal|petition),? (?:signed|written|drafted) by\b[^.]{2,300}?,? (?:was|has been|is) (?:delivered|sent|published|released|presented|submitted)\b",
    re.I,
)
"""'This paper is issued by the Stockholm Peninsula Dialogue Group, a Track 2 forum …', 'The following open letter, signed by
scholars …, was delivered to …': the publisher presenting the paper or the letter."""
_ALT_TEXT = re.compile(r"^(?:[ \t]*\[(?:logo|icon|headshot|portrait|author photo|avatar)(?:\s*:|\s+of\b)[^\[\]\n]{1,120}\])+[ \t]*\n?", re.I | re.M)
"""An image's alt text as a page copied with them keeps it, at the start of its line: '[Logo: Center for …]', '[Icon: magnifying
glass] Search', '[Headshot of Lee Sang-sook]' (a photo's, '[Photo: …]', is its caption's)."""
_SCREEN_CAPTION = re.compile(
    r"\[(?:caption|on[- ]screen(?: caption)?|lower[- ]third|chyron|super)\s*:\s*(?P<who>[^|\]]{3,80}?)\s*[|,]\s*(?P<post>[^\]]{2,160})\]"
    r"|\((?:caption|on[- ]screen(?: caption)?|lower[- ]third|chyron|super)\s*:\s*(?P<who2>[^|)]{3,80}?)\s*[|,]\s*(?P<post2>[^)]{2,200})\)",
    re.I,
)
"""'[CAPTION: DR. EMILY HARTWELL | Senior Fellow, …]', '(ON SCREEN: DOUGLAS REINHOLT | FORMER …)': a TV transcript's note of the
name and post shown on screen under a guest."""
_GROUP_AND_CHAIR = re.compile(
    r"(?P<group>(?=[^|]*\b(?:working group|study group|task force|commission|expert group|group of experts)\b)(?:the )?(?-i:[A-Z])[^|·—–]{4,120}?)"
    r"\s*[|·—–]\s*(?:chair(?:ed by)?|convenor|convener|co-?chairs?)\s*:\s*(?P<chair>[^|]{4,160})",
    re.I,
)
"""'Working Group on Peninsula Nuclear Diplomacy | Chair: CHUN Chaesung (Seoul National University)': a group that writes as one,
and the chair who signs for it."""
_BOARD_BYLINE = re.compile(
    r"by\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w&.’'-]*(?:\s+(?-i:[A-Z])[\w&.’'-]*){0,5}\s+(?-i:Editorial Board|Editors|Editorial Team))", re.I
)
"""'By the Ledger Editorial Board': a paper's board signing its editorial by name, as a writer signs a column."""
_ISSUED_BY_LINE = re.compile(
    r"(?:issued|released|adopted) by (?:the )?(?P<who>(?-i:[A-Z])[\w&.’'-]*(?:\s+(?:of|for|on|and|&|(?-i:[A-Z])[\w&.’'-]*)){1,8}?"
    r"\s+(?-i:Coalition|Network|Alliance|Forum|Council|Committee|Group|Campaign|Association|Federation|Union|Movement|Initiative|Commission))\.?",
    re.I,
)
"""'Issued by the Korea Peace Treaty Coalition' over a statement no person signs: the organisation that issued it."""
_BY_A_DESK = re.compile(r"by\s+(?:the\s+)?(?-i:[A-Z])[\w&’'-]*(?:\s+(?-i:[A-Z])[\w&’'-]*){0,4}\s+(?:desk|team|bureau|newsroom|unit)", re.I)
"""'By The Peninsula Desk': a paper's team signs a column whose writers a line at its end names."""
_NOTE_ICON = re.compile(r"\s*[📄📝🗒📓📔📒]")
"""The icon a note app sets before a page's name ('📄 Okafor-Reyes — freeze argument'), which `plain` takes off."""
_STAFF_BYLINE = re.compile(
    r"(?:by|(?:author|written by)\s*:)\s+(?:the\s+)?(?P<who>(?-i:[A-Z])[\w&.’'-]*(?:\s+(?-i:[A-Z])[\w&.’'-]*){0,6}"
    r"\s+(?:staff|editors|editorial board|research team|team|department|division|unit)"
    r"|(?-i:[A-Z])[\w&.’'-]*(?:\s+(?-i:[A-Z])[\w&.’'-]*){0,3}\s+(?-i:Centre|Center|Institute|Programme|Program|Project|Initiative)"
    r"(?:\s+(?:for|of|on)\s+(?-i:[A-Z])[\w&.’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w&.’'-]*){0,4})?)"  # 'By the Aldgate Centre for Korean Studies'
    r"(?:,\s+(?P<of>(?:the\s+)?(?-i:[A-Z])[^,;|]{3,100}))?",
    re.I,
)
"""'By Halden Centre Staff', 'Author : Research Department, Hanbit Institute for Peace Studies', 'By the Aldgate Centre for
Korean Studies': an institution, its staff or a department signs the text, no person ('By Our Staff Reporter' names no one)."""
_WRITTEN_BY_IN_A_FOOTER = re.compile(
    r"(?:this newsletter|this blog|(?:the )?(?-i:[A-Z])[\w’'-]*(?:[ -][\w’'-]+){0,5}) is (?:written|written and edited|edited and written|produced) by\s+"
    r"(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'.-]+(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'.-]+){1,3}),\s+(?:a|an|the)\s",
    re.I,
)
"""'The Thirty-Eighth is written by Mira Oyelaran-Kang, a nonresident fellow at …': a newsletter's footer naming its writer."""


def _signatory(line: str) -> tuple[str, str] | None:
    """(name, post) of a signatory's line ('Maj. Gen. (ret.) Mats Engman, former Head of …; Senior Fellow, …'): the name
    before the first comma, ranks left out, and the post after it; None when the line names no one with a post."""
    parts = re.split(r",|\s+[–—]\s+", line, maxsplit=1)  # or 'Prof. Chun Chae-sung – Seoul National University', a dash before the post
    name, post = parts if len(parts) == 2 else (line, "")
    name = clean_name(RANKS.sub("", name.strip()))
    return (name, post.strip().rstrip(".")) if looks_like_name(name) and len(name.split()) >= 2 and AFFILIATION_WORD.search(post) else None


_CITATION = re.compile(r"(?P<n>\d{1,2})\)\s+(?-i:[A-Z“\"])[^\n]{5,280}?\b(?:19|20)\d{2}\b[^\n]{0,80}[.)]$")
"""'1) KCNA, "Law on DPRK's Policy on Nuclear Forces Promulgated," September 9, 2022.': a numbered source with its year."""
_PRESENTS_THE_SIGNERS = re.compile(
    r"\b(?:was|were) (?:convened|drafted|established|formed|set up)\b|\bbrings? together\b|\bthe following (?:statement|letter|text)\b", re.I
)
"""'The Independent Commission … was convened by the Halvorsen Foundation in 2022 and brings together …': the page presenting
the signers, over the statement they sign."""
_SIGNATORIES_HEAD = re.compile(r"(?:signatories|signed|signatures|endorsed by|endorsers|endorsing members)\b[^:\n]{0,120}:", re.I)
"""'Signatories (in alphabetical order; affiliations for identification only):' over an open letter's signers; 'Endorsed by the
following members of the Commission (…):' over a statement's."""
_INSTITUTION_WORD = re.compile(
    r"\b(?:center|centre|institute|institution|university|council|foundation|school|college|academy|forum|program|programme)\b", re.I
)
"""What names an institution, not a person's post: 'Hamilton Center for Strategic Studies, Washington' under a name."""
_CLOSING = re.compile(
    r"(?:(?:with )?(?:best|kind|warm(?:est)?|many)?\s*(?:regards|wishes|thanks)|best|cheers|sincerely|yours(?: sincerely| truly)?|all the best)\s*[,.!]?", re.I
)
"""'Best regards,', 'Kind regards,', 'Cheers,': an e-mail's close, over the sender's name and post."""
_VALEDICTION = re.compile(r"(?:(?:very )?respectfully(?: yours)?|(?:yours )?sincerely(?: yours)?|yours faithfully|signed|signatories)\s*[,:]?", re.I)
"""'Respectfully,' / 'Sincerely,' / 'Signatories:' over an open letter's signers, a line each."""
_UNNAMED_GUEST = re.compile(
    r"\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?|giv(?:e|en|ing))\s+(?:over\s+)?(?:the floor|this (?:space|issue|week[’']s issue)|the (?:newsletter|letter|column|mic|page))\s+(?:over\s+)?"
    r"to\s+(?:a\s+guest\b|an?\s+(?:old\s+|good\s+|dear\s+)?(?:friend|colleague)\b)"
    r"|\ba guest (?:contributor|writer)\b",
    re.I,
)
"""'This week I'm handing the floor to a guest who …', '… I've handed the letter to an old friend of the Post.', 'A guest
contributor on how to …': a host's issue given to a guest it does not name there."""
_ABOUT_THE_WRITER = re.compile(r"about (?:the (?:author|writer)|me)\b\s*:?", re.I)
"""'About the author' over (or before) the one writer's bio, or a channel's 'About me:': of one writer, never several."""


def read(paragraphs: Sequence[str], known_names: Iterable[str] = (), default_signers: Sequence[str] = ()) -> Reading:
    """Roles and signers for `paragraphs` (each paragraph's lines joined by '\\n', spaces folded).

    `known_names`: every name and alias of the corpus's authors, so an
    interviewee the introduction names can be recognised. `default_signers`:
    who wrote the body when the text names nobody (`korea add --author`), or
    names someone who signs none of it (a bio read as a credit): then the
    text is read again with them as the body's writers.
    """
    paragraphs = _speakers_unbracketed(_without_screen_reader_marks(paragraphs))
    reading = _read(paragraphs, known_names, ())
    if default_signers and not reading.people:
        reading = _read(paragraphs, known_names, default_signers)
    return reading


def _without_screen_reader_marks(paragraphs: Sequence[str]) -> Sequence[str]:
    """A page copied from a screen reader's view marks each link with the word 'link' ('link Home', 'By link Sangsoo Lee',
    'the link Comprehensive Military Agreement'): read without the marks, where three lines or more open with one. The
    text kept is the text given; only what detection reads of it loses them."""
    if sum(bool(re.match(r"link\s+\S", line)) for paragraph in paragraphs for line in paragraph.split("\n")) < 3:
        return paragraphs
    return [re.sub(r"(?m)^link\s+(?=\S)|(?<![\w-])link\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))", "", paragraph) for paragraph in paragraphs]


def _speakers_unbracketed(paragraphs: Sequence[str]) -> Sequence[str]:
    """A video's transcript that puts each speaker's name in brackets ('[Dana Whitfield]: Hi everybody …'), three turns or
    more: read as the 'Dana Whitfield: …' turns every other transcript gives. Only what detection reads changes."""
    bracketed = re.compile(r"\[((?-i:[A-ZÀ-ÖØ-Þ])[\w.’' -]{2,40})\]:\s+(?=\S)")
    if sum(bool(bracketed.match(paragraph)) for paragraph in paragraphs) < 3:
        return paragraphs
    return [bracketed.sub(r"\1: ", paragraph, count=1) if bracketed.match(paragraph) else paragraph for paragraph in paragraphs]


def _read(paragraphs: Sequence[str], known_names: Iterable[str], default_signers: Sequence[str]) -> Reading:
    if (exported := databases.record(paragraphs)) is not None:
        return _read_export(exported, known_names, default_signers)
    if forwarded := _forwarded(paragraphs):
        # An e-mail that forwards the essay: the forwarder's note, the header and its sender's note are nobody's argument;
        # the essay is read from where it starts, as if alone (the e-mail's date is when it was sent, not published).
        essay = _read(paragraphs[forwarded:], known_names, default_signers)
        sender = next((m["name"].strip() for p in paragraphs[:forwarded] if (m := _FROM_SENDER.search(p))), "")
        for person in essay.people:
            person.stated_in += forwarded if person.stated_in else 0
            if " " not in person.name and len(sender.split()) >= 2 and fold(sender.split()[0]) == fold(person.name):
                person.name = sender  # "Until then – Caroline", sent "From: Caroline Ashby <caroline@…>": her whole name
        date = essay.date
        if date is None:  # the forwarded message's own header, the newsletter as its publisher sent it: "Date: Mon, Jul 24, 2023 at …"
            header = next((p for p in reversed(paragraphs[:forwarded]) if _FORWARDED.match(p)), "")
            sent = next(
                (found for line in header.split("\n") if re.match(r"\s*(?:date|sent)\s*:", line, re.I) and (found := dateline(line.split(":", 1)[1].strip()))),
                None,
            )
            date = sent if sent and sent[0] else None
        return Reading(["boilerplate"] * forwarded + essay.roles, [()] * forwarded + essay.signers, essay.people, date, essay.notes)
    if (again := _pasted_again(paragraphs)) is not None:
        # The page pasted a second time under the first, or the start of it (a selection copied twice): the first copy is read
        # (with the footer under the second), and each paragraph of the second takes the role and writers of the one it repeats.
        at, start, length = again
        first = _read([*paragraphs[:at], *paragraphs[at + length :]], known_names, default_signers)
        for person in first.people:
            person.stated_in += length if person.stated_in > at else 0
        copied = range(start, start + length)

        def spliced(values: list[Any]) -> list[Any]:
            return [*values[:at], *(values[i] for i in copied), *values[at:]]

        return Reading(spliced(first.roles), spliced(first.signers), first.people, first.date, first.notes)
    copy = _repeated_header(paragraphs)
    if copy is None:
        return _Reader(paragraphs, known_names, default_signers).read()
    # A title and dek shown twice (a Medium export, a page copied with its social card): read once, the copy takes their roles.
    start, length = copy
    once = _Reader([*paragraphs[: start + length], *paragraphs[start + 2 * length :]], known_names, default_signers).read()
    at = start + length

    def widened(values: list[Any]) -> list[Any]:
        return [*values[:at], *values[start:at], *values[at:]]

    for person in once.people:
        person.stated_in += length if person.stated_in > at else 0
    return Reading(widened(once.roles), widened(once.signers), once.people, once.date, once.notes)


def _read_export(exported: databases.Record, known_names: Iterable[str], default_signers: Sequence[str]) -> Reading:
    """A database export: the paragraphs its fields fix take their roles; the essay is read from the rest, as the fields'
    text shows it ('By KENJI MORIYAMA' for 'BY KENJI MORIYAMA'), and its date is the record's publication date."""
    kept = [i for i, role in enumerate(exported.roles) if role is None]
    essay = _Reader([exported.views[i] for i in kept], known_names, default_signers).read()
    roles = [role or "" for role in exported.roles]
    signers: list[tuple[int, ...]] = [()] * len(roles)
    for j, i in enumerate(kept):
        roles[i], signers[i] = essay.roles[j], essay.signers[j]
    for person in essay.people:
        person.stated_in = kept[person.stated_in - 1] + 1 if person.stated_in else 0
    return Reading(roles, signers, essay.people, exported.date or essay.date, essay.notes, exported.title)


def _listed_under_a_heading(flat: Sequence[str]) -> set[int]:
    """Paragraphs numbered 1., 2., 3. … in a run right under a short heading ('Recommendations'): a list of the text's own."""
    items: set[int] = set()
    for start in range(1, len(flat)):
        heading = flat[start - 1]
        if (
            start >= 2
            and len(heading) <= 200
            and re.search(r"\b(?:recommendations?|steps|proposals|points|lessons|options)\b[^.]{0,40}(?:follows?[.:]|:)$", heading, re.I)
        ):
            heading = flat[start - 2]  # the heading, then '… three recommendations follow.' over the list
        if not re.match(r"1[.)]\s", flat[start]) or len(heading) > 60 or len(heading.split()) > 8 or heading.endswith((".", ",", ";")):
            continue
        n = start
        while n < len(flat) and re.match(rf"{n - start + 1}[.)]\s", flat[n]):
            items.add(n)
            n += 1
    return items


def _numbered_notes(lines: Sequence[str]) -> bool:
    """Notes numbered one after another, each perhaps wrapped over lines ('1) Ministry of …' / 'Leaders' Meeting …' / '2) On …')."""
    numbers = [int(found.group(1)) for line in lines if (found := re.match(r"(\d{1,3})[.)]?\s+[A-Z“\"‘']", line))]
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _pull_quotes(flat: Sequence[str]) -> set[int]:
    """Short paragraphs in quotation marks between two paragraphs of prose, whose words stand, word for word, in another
    paragraph: pull quotes (a quoted title or dek over the text, or a quotation with its speaker under it, is none). Or one
    quotation and nothing else, after a sentence that ends (no colon brings it in), that says again in other words what the
    paragraphs around it argue: a pull quote paraphrased, as magazines set them."""
    from korea_cli.search import STOPWORDS
    from korea_cli.text import words_of

    def content(text: str) -> set[str]:
        return {word for word in words_of(fold(text)) if word not in STOPWORDS and len(word) > 2}

    found = set()
    for i, paragraph in enumerate(flat):
        paragraph = re.sub(r"^>\s*(?=[\"“‘])", "", paragraph)  # '> “A freeze is not a reward. …”': set as a Markdown quotation
        paragraph = re.sub(
            r"(?<=[\"”’'])\s+[—–]\s*(?-i:[A-ZÀ-ÖØ-Þ])[\w’'.-]+(?:\s+[\w’'.-]+){0,4}$", "", paragraph
        )  # '… process.” — Chun Chaesung': its speaker under it
        after = next((k for k in range(i + 1, min(len(flat), i + 4)) if len(flat[k]) > 80), None)
        before = next((k for k in range(i - 1, max(0, i - 3), -1) if len(flat[k]) > 80), None)
        between = (
            4 <= i < len(flat) - 1 and before is not None and len(flat[before]) > 150 and after is not None and len(flat[after]) > 150
        )  # also over the next section's heading, or its writer's name and its heading; under a page's footer
        later = next((k for k in range(i + 1, min(len(flat), i + 4)) if len(flat[k]) > 150), None)  # (over a short question, its answer)
        loosely = 4 <= i < len(flat) - 1 and before is not None and len(flat[before]) > 150 and later is not None
        echoed = (  # right under the paragraph it quotes ('… safer for about a week. After that …' / '“… safer for about a week.”')
            i >= 4 and later is not None and len(flat[i - 1]) > len(paragraph) and is_prose(flat[i - 1])
        )
        if (
            between
            and 40 <= len(paragraph) <= 160
            and paragraph[:1].isupper()
            and paragraph.rstrip()[-1:].isalpha()
            and len(words := re.findall(r"[\w’'-]+", fold(paragraph))) >= 8
            and not HEADING_NUMBER.match(paragraph)
            and not re.match(
                r"(?:chapter|part|section)\s+[\dIVXLC]{1,5}\b", paragraph, re.I
            )  # 'Chapter 1. What a verifiable freeze …', its contents' line near
            and any(
                re.search(rf"\b{re.escape(' '.join(words[k : k + 7]))}\b", " ".join(re.findall(r"[\w’'-]+", fold(flat[j]))))
                for j in (*range(max(0, i - 4), i), *range(i + 1, min(len(flat), i + 5)))
                if len(flat[j]) > 2 * len(paragraph) and is_prose(flat[j])  # (not the issue's contents, its headings a line each)
                for k in range(len(words) - 6)
            )
        ):
            found.add(i)  # "A goal restated by every president and approached by none stops being a strategy": no marks, no full stop,
            # seven words running as a paragraph near it has them
        elif (
            between
            and 40 <= len(paragraph) <= 200
            and paragraph[:1].isupper()
            and paragraph.rstrip("”’\"' ").endswith((".", "!", "?"))  # a sentence, not a heading ('Chapter 1 Promoting Peace on the …')
            and not HEADING_NUMBER.match(paragraph)
            and len(words := re.findall(r"[\w’'-]+", fold(paragraph))) >= 8
            and any(
                re.search(rf"\b{re.escape(' '.join(words))}\b", " ".join(re.findall(r"[\w’'-]+", fold(flat[j]))))
                for j in (i - 2, i - 1, i + 1, i + 2)  # (or the one after the next: set a paragraph ahead of its source)
                if 0 <= j < len(flat) and len(flat[j]) > 2 * len(paragraph) and is_prose(flat[j])
            )
        ):
            found.add(i)  # "The alternative to a freeze is not denuclearization; it is an unconstrained program.", every word of it a
            # sentence of the paragraph beside it: a pull quote a reader mode kept without its marks
        elif (
            (between or loosely or echoed or (i >= 4 and later is not None and any(len(flat[k]) > 150 for k in (i - 2, i - 1))))
            and 20 <= len(paragraph) <= 250
            and paragraph[:1] in "\"“‘'"
            and paragraph.rstrip()[-1:] in "\"”’'"
        ):  # double quotes or single, curly or straight (under a photo's caption under the argument too)
            words = fold(paragraph.strip("\"“”‘’' ").rstrip("."))
            if len(words.split()) >= 4 and any(j != i and len(flat[j]) > len(paragraph) and words in fold(flat[j]) for j in range(len(flat))):
                found.add(i)  # the words of a paragraph near it, again
            elif between and not re.search('["“”]', paragraph.strip()[1:-1]) and flat[i - 1].rstrip()[-1:] in ".!?" and len(own := content(paragraph)) >= 5:
                around = content(" ".join(flat[max(0, i - 5) : i] + flat[i + 1 : i + 6]))
                if len(own & around) >= 0.4 * len(own):
                    found.add(i)
    return found


_FOREWORD_HEAD = re.compile(
    r"(?:foreword|preface|prefatory note|a (?:note|word) from the (?:director|president|editors?|chair)|(?:director|president|chair)[’']s (?:note|foreword|preface))\s*:?",
    re.I,
)


def _foreword_above(flat: Sequence[str], i: int) -> int | None:
    """The 'Foreword' heading over the paragraphs of prose right above `i` (a signature): the foreword it signs; None if none."""
    j = i - 1
    while j > 0 and (
        (is_prose(flat[j]) and len(flat[j]) > 80)
        or (j < i - 1 and (re.fullmatch(r"[ivxlc]{1,6}|\d{1,3}", flat[j], re.I) or (flat[j].isupper() and len(flat[j]) <= 80)))
    ):  # over a page's number or running head between two of its paragraphs ('iv', 'BEYOND THE HANOI IMPASSE')
        j -= 1
    return j if j < i - 1 and _FOREWORD_HEAD.fullmatch(flat[j].strip("*_# ")) else None


def _signed_name(lines: Sequence[str]) -> str | None:
    """The name of a signature over the place or the day it was written ('KAZUO MIYAMOTO' / 'Sendai', 'Sang-soo Lee' /
    'Stockholm, November 2019'), as a letter or a blog post is signed, or over the newspaper the writer writes for ('Dr. CHUN
    Chae-sung' / 'The Hankyeol Daily, South Korea', under a syndicated column)."""
    if len(lines) != 2:
        return None
    under = lines[1].strip()
    if ((len(under) <= 30 and len(under.split()) <= 3) or _OUTLET_LINE.fullmatch(under)) and (name := name_alone(lines[0].strip())):
        return name
    return None


_AIRED = re.compile(
    r"(?:from|on|aired on|broadcast on)\s+(?-i:[A-Z])[\w .’'&-]{2,50},\s+(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+)?(?:on\s+)?(?P<day>.{6,40})", re.I
)
"""'From Global Briefing, 9:06 am on 4 August 2019': the programme a broadcast's transcript is from, and when it went out."""
_ONE_OF_US = re.compile(
    r"[(\[]?(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+){1,3})\s+"
    r"(?:dissents|disagrees|demurs|adds|differs|writes separately|concurs)(?:\s+in part|\s+here|\s+on this point)?\s*[:—–]\s",
    re.I,
)
"""'(Kenji Watanabe dissents in part: …)', 'Mira Patel adds: …': in a text several wrote, one of them speaking alone."""
_OFFICE_BEFORE = re.compile(
    r"^(?:(?:principal |acting |chief |senior )?(?:deputy )?(?:foreign ministry |ministry |government |presidential )?spokes(?:person|man|woman)"
    r"|(?:deputy |vice )?(?:foreign |prime |defen[cs]e |unification )?minister|(?:deputy )?press secretary"
    r"|(?:u\.s\. )?special (?:representative|envoy|adviser|advisor))\s+(?=(?-i:[A-Z]))",
    re.I,
)
"""'Deputy Spokesperson', 'Foreign Minister', 'Press Secretary' before a name in a briefing's label: the office, not the name."""
_REPORTER_TURN = re.compile(
    r"(?-i:[A-Z][A-Za-z .’'-]{2,40}),\s+[^:\n]{0,40}?\b(?:correspondent|reporter)\b[^:\n]{0,30}:\s|[^:\n]{2,80}\((?:voice[- ]over|v\.?o\.?)\)\s*:\s", re.I
)
"""'PAUL HWANG, CWN CORRESPONDENT (voice-over):': a broadcaster's reporter filing a story inside the programme, no guest answering."""
_TAKE = re.compile(r"(?P<first>[A-ZÀ-ÖØ-ÞĀ-ž][\w-]+)[’']s (?:take|view|turn|answer|reply|response|two cents)\s*:?")
"""'Tobias’s take:': one of a newsletter's writers, by first name, over the part that is theirs alone."""
_NUMBERED_TURN = re.compile(
    rf"^\d{{1,2}}[.)]\s+(?=[A-Z][\w.’'-]{{0,30}}:\s|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}}\s+\([^()\n]{{2,60}}\)\s*\({COMMONS_PARTY}\)\s*:\s)"
)
"""'1. GT: The Singapore joint statement …': an e-mail interview's numbered question, its asker's label after the number; and a
member's on the Commons order paper ('4. Fiona Garraway (Kirkcudbright and Dumfries West) (SNP): What recent assessment …')."""
_MINISTER_TURN = re.compile(
    r"^(?:the )?(?:parliamentary )?(?:under-)?(?:prime minister|minister|secretary of state|chancellor|attorney general|leader of the house)\b"
    r"[^():\n]{0,80}?\s*\((?P<name>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3})\)\s*:\s+(?=\S)",
    re.I,
)
"""'The Minister for the Indo-Pacific (Gareth Pellow): …': a minister's first answer in Hansard, his name after his office."""
_SIDE_OR_PLACE = re.compile(
    r"(?i:(?:for|against)(?: the motion)?|yes|no|pro|con|point|counterpoint|proposition|opposition|the case (?:for|against))"
    r"|(?:the )?(?:Republic of Korea|South Korea|North Korea|Korea|Russia|China|Japan|Mongolia|Taiwan|India|Australia|Canada|Europe|the European Union|EU|"
    r"the United States|United States|US|USA|UK|United Kingdom|Germany|France|Sweden|ASEAN|Southeast Asia|Northeast Asia)"
)
"""A heading that names a debate's side or a country ('AGAINST THE MOTION', 'Republic of Korea'): over a signed part, no title of it."""
_COUNT_OR_BUTTON = re.compile(r"\d{1,6}|share|likes?|comments?|restack|save|follow|subscribe", re.I)
"""A newsletter page's counts of likes and comments and its buttons, under the writer's name and the day."""
_OUTLET_LINE = re.compile(
    r"(?-i:(?:The\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:Daily|Times|Post|Herald|News|Journal|Review|Ledger|Tribune|Gazette|Chronicle|Observer|Ilbo|Shimbun|Press|Standard))"
    r"(?:,\s*(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?(?:\s*/\s*(?:Asia News Network|ANN)|\s+\(ANN\))?"
)
"""'The Hankyeol Daily, South Korea', 'Hankook Ilbo/Asia News Network': the newspaper a syndicated column's writer writes for."""


_FOLLOWING_BY = re.compile(
    r"(?:the following is|what follows is|below is|here is|this is)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:commentary|column|op-?ed|essay|article|analysis|opinion piece|contribution|piece|editorial)\s+(?:written\s+)?by\s+(?P<rest>.{4,240})",
    re.I,
)
"""'The following is a commentary by CHUN Chae-sung, Professor of …': a broadcaster's way of giving the byline."""
_FROM_SENDER = re.compile(r"^\s*from\s*:\s*(?P<name>[^<>\n@]{3,60}?)\s*<[^>\n]+@", re.I | re.M)
"""'From: Caroline Ashby <caroline@theparallel.news>': who sent a forwarded newsletter."""
_FORWARDED = re.compile(
    r"^\s*(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message\s*:|-{2,}\s*original message\s*-{2,}|_{10,}\s*\n\s*from\s*:"  # Outlook's rule over its header
    r"|on [^\n]{6,80}?\s<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?\s*wrote:\s*$)",  # a reply quoting it: "On Mon, 10 Feb 2025 at 07:02, … <…> wrote:"
    re.I,
)
_MAIL_HEADER = re.compile(r"^\s*(?:from|date|sent|subject|to|cc)\s*:", re.I)
_NOTE_IN_A_LINE = re.compile(
    r"^\s*(?:hi|hello|hey|dear)\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+\s*(?:[,:!—–-]|\s-)\s*.+?(?:[.!]\s+|[—–-]\s*)(?-i:[A-Z]\.?|[A-Z][a-z]{1,15})\.?\s*$", re.I | re.S
)
"""'Hi Maria - this is the piece I mentioned on Thursday … J.': the forwarder's note in one line, signed with an initial or a name."""
_SALUTATION = re.compile(r"^\s*(?:(?:hi|hello|hey|dear)\s+)?[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)?\s*[,:!]\s*(?:\n|$)")


def _links_only(raw: str) -> bool:
    """Every line a Markdown link, or a list item that is one: a list of links, whatever their words (not one link alone: a
    kicker, '[Opinion](https://…)', is the page's label)."""
    lines = [line.strip() for line in raw.split("\n") if line.strip()]
    return (len(lines) >= 2 or (len(lines) == 1 and lines[0][:1] in "-*•")) and all(
        re.fullmatch(r"(?:[-*•]\s+)?\[[^\]]{2,200}\]\((?:https?://|/)[^)\s]*\)\.?", line) for line in lines
    )


_SIGN_OFF = re.compile(
    r"(?:(?:best|thanks|many thanks|cheers|regards|best regards|kind regards|all best|warmly|yours)[,!]?\s*)?[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)?\.?",
    re.I,
)
"""A note's sign-off alone: 'Sang-hyun', 'Best,\nTom'."""


def _forwarded(paragraphs: Sequence[str]) -> int:
    """How many paragraphs at the head are an e-mail forwarding the essay: what stands before a '---------- Forwarded message
    ----------' line near the top, the header, and a personal note to the recipient under it ('Kari, / as promised, …'); 0 if none."""
    at = next((i for i, p in enumerate(paragraphs[:10]) if _FORWARDED.match(p)), None)
    if at is None or any(len(p) > 600 for p in paragraphs[:at]):
        return 0
    end = at + 1
    while end < len(paragraphs) and _MAIL_HEADER.match(paragraphs[end]):
        end += 1
    if end < len(paragraphs) - 3 and _SALUTATION.match(paragraphs[end]) and "\n" in paragraphs[end].strip() and len(paragraphs[end]) <= 600:
        end += 1  # "Kari,\nas promised, below is the text …\nBest,\nSanghyun"
    elif end < len(paragraphs) - 3 and _NOTE_IN_A_LINE.match(paragraphs[end]) and len(paragraphs[end]) <= 400:
        end += 1  # "Hi Maria - this is the piece I mentioned on Thursday, could be useful … J."
    elif end < len(paragraphs) - 3 and _SALUTATION.match(paragraphs[end]) and "\n" not in paragraphs[end].strip():
        signed = next(
            (k for k in range(end + 2, min(end + 5, len(paragraphs) - 3)) if _SIGN_OFF.fullmatch(paragraphs[k].strip())), None
        )  # "Tom," / "Here is the text I mentioned …" / "Sang-hyun": the note a paragraph a line
        if signed is not None and all(len(paragraphs[k]) <= 600 for k in range(end, signed)):
            end = signed + 1
    while end < len(paragraphs) - 3 and is_boilerplate(plain(paragraphs[end])):
        end += 1  # "View this email in your browser | Forward to a friend": the newsletter's own furniture, before its head
    return end


def _pasted_again(paragraphs: Sequence[str]) -> tuple[int, int, int] | None:
    """(where the second copy starts, the paragraph it starts from, how many it repeats) when a run of three paragraphs or more
    near the text's end repeats, word for word, a run of its own from one of its first ten paragraphs on: a page pasted twice,
    the second time whole or in part (its last paragraph perhaps cut short, where the selection ended), the page's footer
    perhaps under it alone."""
    flat = [" ".join(p.split()) for p in paragraphs]
    heads = {p: i for i, p in reversed(list(enumerate(flat[:10]))) if p}
    for at in range(4, len(flat) - 2):
        start = heads.get(flat[at])
        if start is None or start >= at:
            continue
        length = next((k for k in range(len(flat) - at) if start + k >= at or flat[at + k] != flat[start + k]), len(flat) - at)
        if length == len(flat) - at - 1 and start + length < at and len(flat[-1]) >= 20 and flat[start + length].startswith(flat[-1]):
            length += 1  # the last paragraph cut short
        if length >= 3 and len(flat) - (at + length) <= 3:
            return at, start, length
    return None


def _repeated_header(paragraphs: Sequence[str]) -> tuple[int, int] | None:
    """(start, length) of a block of one to three short paragraphs at the head that the next paragraphs repeat word for word."""
    flat = [" ".join(p.split()) for p in paragraphs[:9]]
    for start in range(3):
        for length in (2, 3, 1):
            block, following = flat[start : start + length], flat[start + length : start + 2 * length]
            if len(following) == length and block == following and all(0 < len(p) <= 300 for p in block):
                return start, length
    return None


_CONTACT_AFTER = re.compile(r"\s*(?:--|[—–|·])\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$|\s*<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>\s*$")
"""' -- hkang@bluestonerisk.com', ' <hkang@…>' after a signer's name and post: how to write to them, no part of the post."""
_STAMPED_NAME = re.compile(r"(?P<name>[^\s:\[\]()][^\n:\[\]]{1,58}?)[ \t]+\(?(?:\d{1,2}:)?\d{1,2}:\d\d\)?[ \t]*\n(?=\S)")
"""'Katharina Vogt  00:41' over what she says: a transcription service's turn (Otter, Zoom, Descript)."""
_CHAT_STAMP = re.compile(r"\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s+)?")
"""'[16/03/2023, 20:03:12] ' (or '16/03/2023, 20:03 - ') before a chat message: when it was sent, not who sent it."""
_STAMP_BEFORE = re.compile(r"[\[(](?:\d{1,2}:)?\d{1,2}:\d\d[\])]\s+(?=[^\n:]{2,60}:\s)")
"""'[00:12:03] ' before 'HOST: …': a podcast transcript's time of the turn."""
_BRACKETED_SPEAKER = re.compile(
    r"\[(?!(?i:photo|image|picture|video|audio|caption|applause|laughter|crosstalk|inaudible|music|end|pause|break|translation|interpret)\b)"
    r"(?![A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*\])"  # not a co-writer's initials, '[MS] …' (see bracketed_initials)
    r"(?P<label>[A-ZÀ-ÖØ-Þ][\w’'.-]*(?: [\w’'.-]+){1,4}|[A-ZÀ-ÖØ-Þ][\w’'.-]*(?=,))(?:,\s+(?P<place>[A-Z][^\[\]\n:,]{2,60}))?\]\s+(?=[A-Z“\"‘'])"
)  # a title and a name, or a trade and where from: not '[Joon] …', a co-writer's first name (see bracketed_first_names)
"""'[Minister Oh] Good afternoon. …', '[Reporter, Yonhap News Agency] Question for …': a ministry's transcript, each turn under
its speaker in brackets."""


_THE_LETTER_WRITER = re.compile(r"the (?:letter[- ])?writer(?:,\s+|\s+(?:is|was)\s+)(?:(?:an?|the)\s+)?(?P<post>[^,.;]{3,120})?", re.I)
"""'The writer is a retired pharmacist.', 'The writer, a retired Army colonel, served …': a letters page's line on its writer."""
_ET_AL_MARKED = re.compile(r"(?:by\s+)?(?P<surname>(?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+)\s+et\s+al\.?\s*(?P<mark>\*{1,3}|[†‡])", re.I)
"""'Chen et al.*': a working paper's first writer's surname, the rest named in the note the mark points to."""
_SURNAME_INITIALS = re.compile(r"(?P<surname>(?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+),\s+(?P<initials>(?:(?-i:[A-Z])\.\s?-?){1,3})")
_SURNAMES_WITH_INITIALS = re.compile(
    rf"(?:by\s+)?{_SURNAME_INITIALS.pattern}(?:(?:,|,?\s+(?:and|&))\s+{_SURNAME_INITIALS.pattern.replace('?P<', '?P<more_')})+", re.I
)
"""'Kim, J. and Oduya, P.': writers named a reference list's way, each surname and its initials, under a brief's title."""
_RECORD_HEAD = re.compile(r"evidence|t[ée]moignages|minutes of (?:proceedings|evidence)", re.I)
"""'EVIDENCE': a parliamentary committee's record says what it prints, under the committee and over the study's title."""
_RIDING_AND_PARTY = re.compile(r"[^,()]{2,60},\s+(?-i:[A-Z][A-Za-z]{1,3}\.?|Lib\.|Cons?\.|Ind\.)")
"""'Harbourview, NDP', 'Northgate—Riverside, Lib.': a member's riding and party, as a Canadian committee's record names its members."""
_NO_COMMENTS = re.compile(r"\bcomments?\s*\(0\)|\b(?:no|0) (?:comments|responses|replies)\b|\bbe the first to (?:comment|respond|reply)\b", re.I)
"""'Comments (0)', 'No comments yet', 'Be the first to comment': a comment section with no reader's words in it."""
_ON_SCREEN = re.compile(r"(?:\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]\s*)?\[on[ -]screen\s*:[^\[\]]{3,300}\]", re.I)
"""'[00:12:50] [ON SCREEN: Demolition of the inter-Korean liaison office …]': a documentary transcript's note of the picture."""
_PRESIDING = re.compile(
    r"(?:hon\.\s+)?(?P<name>(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){1,3})\s*\((?:the\s+)?chair(?:man|woman|person)?\b[^()]{0,60}\),?\s+presiding\b",
    re.I,
)
"""'… Hon. Thomas Halvorsen (chairman of the subcommittee) presiding.': a printed hearing's chair, who asks."""
_CALLER_IN = re.compile(r"(?-i:[A-Z][a-z]{1,15}) (?:in|from) (?-i:[A-Z][\w’'-]{2,20})(?: (?-i:[A-Z][\w’'-]{2,20}))?")
"""'Priya in Auckland', 'Graham from Dunedin': a phone-in's caller, a first name and a town."""
_CHAPTER_AND_WRITER = re.compile(r"(?:chapter|part)\s+[\dIVXLC]{1,5}\s*[|·•]\s*(?P<name>[^|·•]{4,60})", re.I)
"""'Chapter 3 | Chun Chaesung': a report's chapter, its number and its writer."""
_COLUMNIST_SLUG = re.compile(r"/opinions?/(?:columnists?|contributors?|writers?)/(?P<slug>[a-z]+(?:-[a-z]+){1,3})/")
"""'/opinion/columnists/margaret-oduya/2024/06/21/…': a page's address, naming its columnist."""
_FOLLOW_THE_WRITER = re.compile(
    r"follow (?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+(?: (?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+){1,3})[’']s? (?:opinions|articles|columns|stories|work)(?: follow)?", re.I
)
"""'Follow Margaret Oduya's opinions': a news site's button for following its columnist."""
_EXCHANGE_KICKER = re.compile(r"(?:debate|forum|symposium|roundtable|exchange|dialogue|point|counterpoint|the big question)\s*:\s+\S", re.I)
"""'DEBATE: Is a peace regime premature?': the exchange a part belongs to, over the part's own headline."""
_EDITORIAL_LABEL = re.compile(r"(?:opinion\s*[|/:·–—-]\s*)?(?:editorials?|leaders?|our view|the [\w’' ]{2,30} view)", re.I)
"""'EDITORIAL', 'Opinion | Our view': a paper's label over the board's own, unsigned, opinion."""
_LETTERS_HEAD = re.compile(
    r"(?:[^|›>·/\n]{0,30}\s*[|›>·/]\s*)?(?:readers[’']?\s+|your\s+|our\s+)?letters(?:\s+to\s+the\s+editor|\s+page)?(?:\s*[|›>·:/]\s*[^|›>·/\n]{0,40})?",
    re.I,
)
"""'LETTERS TO THE EDITOR', 'Opinion › Letters', 'Your letters': a page's label saying what it prints (not a menu that lists it)."""
_LETTER_TOWN = re.compile(r"(?-i:[A-Z])[\w’'.-]+(?:(?:[ ,]+|\s+(?:upon|on|under|in|by|le|la|de|am|an der)\s+)(?-i:[A-Z])[\w’'.-]+){0,4}")
"""'Katoomba', 'Kingston upon Thames, Surrey', 'Duluth, Minn.': the town a letter's writer signs from."""
_NAME_WITHHELD = re.compile(
    r"\(?(?:(?:full )?name and (?:address|town|details) (?:supplied|withheld|provided)|(?:surname|full name|name) withheld(?: (?:by|on|at) request)?)\.?\)?",
    re.I,
)
"""'Name and address supplied' under a letter signed with a given name alone: the paper knows who wrote it, and says so."""
_OPENING_STATEMENT = re.compile(r"(?:the )?(?:opening|introductory|prepared) (?:statement|remarks)|statement by the (?:ambassador|minister|spokesperson)", re.I)
"""'Opening statement' over what the one the reporters then question said first: theirs, not the framing."""
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
"""A note's mark set as a superscript ('… 2018.¹'), read as its number."""
_DISSENT_HEADING = re.compile(
    r"(?:an?\s+)?(?:dissenting (?:note|view|opinion|statement)|(?:note|word|statement) of dissent|dissent|separate (?:view|opinion)|additional views?)",
    re.I,
)
"""'DISSENTING NOTE', 'A note of dissent': a heading over the part of a report one member signs alone, under it."""
_SLIDE_MARK = re.compile(r"\[slide\s+\d{1,3}\]\s*", re.I)
_NOTES_MARK = re.compile(r"(?:speaker\s+|presenter\s+)?notes\s*:\s*", re.I)


def _slides_unmarked(paragraphs: list[str]) -> list[str]:
    """A talk's speaker notes copied from its slides (`_slides`): '[Slide 2]' over the slide's title, 'Notes:' over what the
    speaker says. Read without those marks: a heading, and the talk's own paragraphs (not a 'Notes' section of references)."""
    unslid = [_SLIDE_MARK.sub("", p, count=1) if _SLIDE_MARK.match(p) else p for p in paragraphs]
    return [_NOTES_MARK.sub("", p, count=1) if _NOTES_MARK.match(p) else p for p in unslid]


def _slides(paragraphs: Sequence[str]) -> bool:
    """Whether the text is a talk's speaker notes: three slides or more marked ('[Slide 2]'), and two notes ('Notes:')."""
    return sum(bool(_SLIDE_MARK.match(p)) for p in paragraphs) >= 3 and sum(bool(_NOTES_MARK.match(p)) for p in paragraphs) >= 2


_HIGHLIGHT = re.compile(r"[“\"](?P<text>[^\n]{20,})[”\"]\s*\n[—–-]{1,2}\s*(?:location|loc\.|page|p\.)\s*\d{1,5}\b[^\n]*(?:\n[^\n]*)*", re.I)
"""'“The Comprehensive Military Agreement … .”' over '— Location 7 · Highlighted Mar 16, 2022 · Yellow': one highlight of a
reading app's export, and the reader's note under it, if any."""


def _highlights_unquoted(paragraphs: list[str]) -> list[str]:
    """A reading app's export of highlights, each the essay's own words in quotation marks over where it was highlighted: read
    as the words alone (so that '“Sangsoo Lee is Head of …”' is a bio), once three paragraphs or more are highlights."""
    if sum(bool(_HIGHLIGHT.fullmatch(p.strip())) for p in paragraphs) >= 3:
        return [found["text"] if (found := _HIGHLIGHT.fullmatch(p.strip())) else p for p in paragraphs]
    return paragraphs


def _margin_numbers_taken_off(paragraphs: list[str]) -> list[str]:
    """A court reporter's verbatim record numbers each line in the margin (' 1            CHAIRWOMAN HARTWELL:  The hearing
    will come to' / ' 2  order. …'), 1 to 25 on every page: read without them, once most lines are so numbered and the numbers
    run on from line to line."""
    lines = [line for p in paragraphs for line in p.split("\n") if line.strip()]
    numbers = [int(m[1]) if (m := _MARGIN_NUMBER.match(line)) else None for line in lines]
    running = sum(a is not None and b is not None and b in (a + 1, 1) for a, b in itertools.pairwise(numbers))
    if running < 12 or 2 * sum(n is not None for n in numbers) < len(lines):
        return paragraphs
    return ["\n".join(_MARGIN_NUMBER.sub("", line) for line in p.split("\n")) for p in paragraphs]


_FRAMES_THE_PIECE = re.compile(
    r"(?:the following is (?:an? )?(?:(?:edited|abridged|condensed|lightly edited|partial) )?(?:transcript|record|summary|account|version|excerpt)\b"
    r"|(?-i:[A-Z])[\w’' ]{2,40} (?:gives|offers) (?:space|a platform|room|a voice) to (?:contributors|writers|readers|guests|experts)\b)",
    re.I,
)
"""'The following is an edited transcript of …', 'Counterpoint gives space to contributors who disagree …': the publisher presenting
the piece under its title, not the piece's dek."""
_READER_SIGNS = re.compile(r"\n\s*(?:--|[—–])\s*(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])\.)?,\s+(?-i:[A-Z])[\w .’'-]{2,40}$")
"""'-- Minji, Busan' on the line under a reader's question: a first name (and an initial) and a town."""
_MET_PURSUANT = re.compile(r"(?:the )?(?:commission|committee|subcommittee|panel|board|council) met,? pursuant to (?:notice|call|adjournment)\b", re.I)
"""A hearing record's opening: 'The Commission met, pursuant to notice, at 9:32 a.m., Commissioner … presiding.'"""
_CAPITALS_NAME_COMMA = re.compile(r"(?:[A-Z(][A-Z.()’'-]*\s+){1,6}[A-Z][A-Z’'-]+,\s")
"""'DR. NADIA HOLLOWAY, Senior Fellow, …', 'MAJOR GENERAL (RET.) MATS ENGMAN, …': a witness list's entry, its name in capitals."""
_MARGIN_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\s{2,}|\s+(?=\S))(?=\S)")
"""A line's number in a verbatim record's margin, and the space after it."""


def _turns_unstamped(paragraphs: list[str]) -> list[str]:
    """A transcript's turns as speaker labels: 'Katharina Vogt  00:41' / 'So, …' is 'Katharina Vogt: So, …', '[00:12:03] HOST: …'
    is 'HOST: …', once three turns or more are set so (the times say when each was said, not who); '[Minister Oh] Good …' is
    'Minister Oh: Good …', and '[Reporter, KBS] …' 'Reporter (KBS): …', once three turns or more open so, one label twice."""
    if (stamped := sum(bool(_CHAT_STAMP.match(p)) for p in paragraphs)) >= 3 and 2 * stamped >= len(paragraphs):
        return [_CHAT_STAMP.sub("", p, count=1) for p in paragraphs]  # a chat's export: '[16/03/2023, 20:03:12] Sangsoo Lee: …'
        # (not an essay pasted into a chat, its readers' few messages under it)
    if sum(bool(_STAMPED_NAME.match(p) or _STAMP_BEFORE.match(p)) for p in paragraphs) >= 3:
        return [_STAMP_BEFORE.sub("", _STAMPED_NAME.sub(lambda m: m["name"].strip() + ": ", p, count=1), count=1) for p in paragraphs]
    bracketed = Counter(found["label"] for p in paragraphs if (found := _BRACKETED_SPEAKER.match(p)))
    if sum(bracketed.values()) >= 3 and max(bracketed.values()) >= 2:
        return [
            _BRACKETED_SPEAKER.sub(lambda m: m["label"] + (f" ({m['place'].strip()})" if m["place"] else "") + ": ", p, count=1)
            if _BRACKETED_SPEAKER.match(p)
            else p
            for p in paragraphs
        ]
    return paragraphs


_NUMBERED_SPEAKER_KEY = re.compile(
    r"\bspeaker\s+(?P<n>\d{1,2})\s*(?:[–—=:]|-{1,2}|\bis\b|\bwas\b)\s*(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb)\.?\s+)?"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[\w’'.-]+(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w’'.-]+){1,3})",
    re.I,
)
"""'Speaker 2 – Niklas Swanström, Director, …' in a note over an automatic transcript: whom its numbered label stands for."""


def _numbered_speakers_named(paragraphs: list[str]) -> list[str]:
    """'Speaker 2: thank you Rachel …' as 'Niklas Swanström: thank you Rachel …', where a note over the transcript says whom each
    number stands for (captioning software numbers the voices it hears); the note itself stays as it is."""
    at, named = next(
        ((i, key) for i, p in enumerate(paragraphs[:15]) if len(key := {int(m["n"]): m["name"] for m in _NUMBERED_SPEAKER_KEY.finditer(p)}) >= 2),
        (0, {}),
    )
    if not named or len(set(named.values())) != len(named):
        return paragraphs
    return [
        *paragraphs[: at + 1],
        *(f"{named[int(m[1])]}: {q[m.end() :]}" if (m := _NUMBERED_SPEAKER.match(q)) and int(m[1]) in named else q for q in paragraphs[at + 1 :]),
    ]


_NUMBERED_SPEAKER = re.compile(r"speaker\s+(\d{1,2})\s*:\s*", re.I)
"""'Speaker 2: …': a turn as captioning software labels it, by the number of the voice."""


class _Reader:
    """One essay being read, in passes that each settle more of it: every paragraph by its own look; an interview's turns;
    where each stands (header, body, trailing matter); whose words each is; the bios. A later pass reads what the
    earlier ones found, and changes only what they left open or could not know.
    """

    def __init__(self, paragraphs: Sequence[str], known_names: Iterable[str], default_signers: Sequence[str]) -> None:
        self.raw = paragraphs
        self.foot_notes: set[int] = set()
        """Notes set at a page's foot by their superscript number ('¹ On …'), the argument going on under them."""
        plained = [_ALT_TEXT.sub("", plain(p)).strip() or plain(p) for p in paragraphs]  # "[Headshot of Lee Sang-sook]" over her name
        slides = _slides(plained)
        self.slide_heads = {i for i, p in enumerate(plained) if _SLIDE_MARK.match(p)} if slides else set()
        """Paragraphs a slide's mark opened ('[Slide 2]' over its title), in a talk's speaker notes."""
        unquoted = _highlights_unquoted(_margin_numbers_taken_off(plained))
        self.paragraphs = _numbered_speakers_named(_turns_unstamped(_slides_unmarked(unquoted) if slides else unquoted))
        if sum(len(_LINK_MARK.findall(p)) for p in self.paragraphs) >= 8:  # a text browser's dump ('lynx -dump'): "[12]Dr Maarten Hoekstra"
            self.paragraphs = [_LINK_MARK.sub("", p) for p in self.paragraphs]
        if sum(len(_LINK_REFERENCE.findall(p)) for p in self.paragraphs) >= 3:  # a plain-text e-mail's links, listed at its end
            self.paragraphs = [p if _LINK_REFERENCE.search(p) else _LINK_REFERENCE_MARK.sub("", p) for p in self.paragraphs]
        self.known_names = known_names
        self.default_signers = default_signers
        flat = (" ".join(p.split()) for p in self.paragraphs)
        self.flat = [in_english(p) if len(p) <= 40 else p for p in flat]  # 'Anmerkungen', 'Über die Autoren': headings read in English
        opened = Counter(m.group(1) for m in (*map(_CAPS_DASH.match, self.flat), *map(_TITLE_PERIOD.match, self.flat)) if m)
        self.dash_labels = {label for label, n in opened.items() if n >= 2}  # "TARASENKO — …", "Mr. Holloway. …" twice or more: turns
        recorded = {m.group(1) for m in map(_TITLE_PERIOD.match, self.flat) if m}
        if len(recorded & self.dash_labels) >= 3:
            self.dash_labels |= recorded  # a hearing's record: then 'Ms. Castellanos. …' speaks once too
        self.count = len(paragraphs)
        self.headed_as_letters = any(_LETTERS_HEAD.fullmatch(p.strip("*_ ")) for p in self.flat[:6])
        """Whether a short line near the top says the page prints readers' letters ('LETTERS TO THE EDITOR', 'Your letters'):
        read once, for `letter_signature`, which every pass over the paragraphs asks."""
        self.roles: list[str | None] = [None] * self.count
        self.signers: list[tuple[int, ...]] = [()] * self.count
        self.people: list[Signer] = []
        self.date: tuple[str, str] | None = None
        self.credit_date: tuple[str, str] | None = None
        """A date a credit states in passing ('first published in Korean on October 12, 2021'): the date only when no line gives one."""
        self.sections: dict[int, int] = {}
        """Paragraph -> the signer who opens a signed section there."""
        self.co_signed: dict[int, tuple[int, ...]] = {}
        self.co_chairs: set[int] = set()
        """Paragraphs naming a second moderator under 'Moderators:' and the first (`co_moderators`)."""
        self.dialogue: dict[int, int] = {}
        """The writers' own turns, by their initials, in a dialogue the byline's writers sign: paragraph -> its writer."""
        """Sections two open together ('Kenji Arakawa and Bruna Park Oliveira' over the part): both writers, `sections` the first."""
        self.alone: set[int] = set()
        """Sections a note signs for one co-author ('This section is written by Park Ji-won alone'): theirs to the next heading."""
        self.corresponded = False
        """An exchange of letters, each its writer's (`correspondence`): no letter to the editor for `letters` to sign."""
        self.bio_of: dict[int, int] = {}
        """Paragraph -> the signer a 'Name\\nAffiliation' bio is of."""
        self.bylines: dict[int, tuple[int, ...]] = {}
        self.questions = self.answers = 0
        self.speakers: list[tuple[int, str]] = []
        """(paragraph, label) of each 'Label: …' turn."""
        self.posted: set[int] = set()
        """Turns opened by a name and its post ('Chun Chae-sung, Professor …, Seoul National University: …'): an expert's reply."""
        self.interview = False
        self.interviewee: int | None = None
        self.signed_off: set[int] = set()
        self.writer_s_essay: int | None = None
        """The heading between an interviewer's own essay and her interview, once `turns` has found one."""
        self.name_lines: set[int] = set()
        """Sections opened, as it first seems, by a name alone on its line (see `signed_at_the_close`)."""
        self.forewords: dict[int, tuple[int, tuple[int, ...]]] = {}
        """A foreword's signature under it -> (the foreword's heading, its signer): the paragraphs between are the signer's."""
        self.signed_within: set[int] = set()
        """Paragraphs of the argument that name their writer in their first words ('Chiara Bellini writes: …'): bylines, and body."""
        """Sign-offs under the text ('Until next week,' / 'Jenna'): bylines that end the essay, no part of its header."""
        self.panel: dict[int, tuple[int, ...]] = {}
        """In a discussion of three or more speakers: each answering turn's paragraph -> its speaker (both, for "Engman and Kang: …")."""
        self.first_body = 0
        self.title: int | None = None
        self.subject = ""
        """A printed e-mail's subject, whose last part names the newsletter's title ('The Peninsula Letter #87 -- The watchdog is gone …')."""
        self.notes: list[str] = []
        """What was guessed, for the reviewer: who answers an interview that names no one, an author known only from a bio."""

    def read(self) -> Reading:
        self.by_look()
        self.staff_under_the_chairs()
        self.comment_section()
        self.signed_at_the_close()
        self.pen_names_unmasked()
        for i in _menu_one_a_paragraph(self.flat):
            self.roles[i] = "boilerplate"  # "Home" / "Analysis" / "Commentary" / "Media" / "About": a site's menu, an item a paragraph
        self.named_in_the_dek()
        self.numbered_headings()
        for i, raw in enumerate(self.raw):
            if self.roles[i] is None and re.match(r"#{2,6}\s+\S", raw.strip()) and len(self.flat[i]) <= 150:
                self.roles[i] = "subtitle"  # "## What Seoul can still do": a Markdown heading is one, whatever its words
        self.date_in_lead()
        self.date_to_the_day()
        self.writers_in_dialogue()
        self.co_moderators()
        self.turns()
        self.header()
        self.trailing()
        self.trailing_sections()
        self.running_heads_with_the_headline()
        self.starred_notes()
        self.co_written_in_the_bio()
        self.owners()
        self.presiding_chair_asks()
        self.team_members_credited_below()
        self.institution_over_its_writers()
        self.dialogue_turns()
        self.byline_turns()
        self.bracketed_initials()
        self.initialled_turns()
        self.names_over_turns()
        self.views_under_bold_names()
        self.views_in_a_report()
        self.bracketed_first_names()
        self.surnames_over_parts()
        self.sections_a_note_assigns()
        self.signed_once_at_the_end()
        self.initials_under_the_text()
        self.discussion()
        self.signed_by_one_of_them()
        self.writers_by_first_name_and_place()
        self.letter_over_an_interview()
        self.framing_what_follows()
        self.posts_headlines()
        self.guest_essay()
        self.signed_forewords()
        self.takes()
        self.sidebar()
        self.signed_below()
        self.correspondence()
        self.mail_exchange()
        self.answered_inline()
        self.letters_signed_under_each()
        self.initialled_parts()
        self.initialled()
        self.letters()
        self.event_report()
        self.chaired()
        self.signature()
        self.signatories_under_the_drafters()
        self.editor_s_introduction_signed()
        self.signatories()
        self.signatories_a_line_each()
        self.parts_over_bios()
        self.unnamed_guest()
        self.bios()
        self.byline_misspelled()
        self.reported_speech()
        self.topic_lists()
        self.deks()
        self.forum_post()
        self.editor_over_a_guest_essay()
        self.posted_over_a_guest()
        self.debaters_presented()
        self.about_the_issuer()
        self.moderator_reported()
        self.summary_heads()
        self.spelled_as_known()
        self.posts_in_signatures()
        self.posts_in_apposition()
        self.asides()
        self.signed_under_headings()
        self.quoted_at_length()
        self.together_again()
        self.column_around_a_box()
        self.the_chair_s_turns_and_the_guest_s_statement()
        self.questions_with_no_mark()
        self.turns_marked_by_chevrons()
        self.views_signed_in_their_paragraph()
        self.introduced_by_the_translator()
        self.framing_over_signed_parts()
        self.question_put_to_all()
        self.witness_list()
        self.numbered_citations()
        self.letters_headed_from_and_to()
        self.standfirst_of_writers_together()
        self.host_presents_the_guest()
        self.guest_card_under_the_answers()
        self.host_frames_the_parts()
        self.discussion_after_the_parts()
        self.the_editor_s_own_part()
        self.board_over_a_signed_dissent()
        self.initialled_headings()
        self.across_a_page_break()
        self.one_headline()
        self.headline_after_the_greeting()
        return self.reading()

    def initialled_headings(self) -> None:
        """A text written together whose sections were drafted apart, each heading marked with its drafter's initials ('2. Leaks
        on the continent [T.D.]') or name ('A View from Tokyo | Hideo Nakamura'): the section under such a heading, down to the
        next heading, is that writer's alone (the unmarked ones, the introduction and conclusion, stay everyone's)."""
        writers = list(dict.fromkeys(n for i in range(self.count) if self.roles[i] == "body" for n in self.signers[i]))
        if len(writers) < 2:
            return
        owners: dict[int, int | None] = {}
        for i in range(self.first_body, self.count):
            if self.roles[i] == "subtitle" and (marked := re.search(r"[\[(](?P<letters>(?:[A-Z]\.?\s?){2,3})[\])]$", self.flat[i])):
                letters = re.sub(r"[^A-Z]", "", marked["letters"])
                found = [n for n in writers if letters in _initials_forms(self.people[n].name)]
            elif (
                self.roles[i] in ("subtitle", "boilerplate")
                and (named := re.fullmatch(r"[^|–—]{3,80}?\s+[|–—]\s+(?P<name>[^|–—]{4,60})", self.flat[i]))
                and not re.match(r"[\"“‘']", self.flat[i])  # not '“A peace regime is not a document. …” — Chun Chaesung', a pull quote
            ):
                found = [n for n in writers if _same_person(self.people[n].name, clean_name(named["name"]))]
                if len(found) == 1:
                    self.roles[i] = "subtitle"  # the heading, though a bar sets it as a page's furniture often is
            elif self.roles[i] == "subtitle":
                found = []
            else:
                continue
            owners[i] = found[0] if len(found) == 1 else None
        for start, end in _spans(list(owners), self.count):
            for j in range(start + 1, end):
                if owners[start] is not None and self.roles[j] == "body" and owners[start] in self.signers[j]:
                    self.signers[j] = (owners[start],)

    def unnamed_guest(self) -> None:
        """A newsletter's host handing the issue to a guest she does not name ('This week I'm handing the floor to a guest who
        …', signed '– Hanna' under her own name line), the guest named only by the bio under the essay ('Major General (ret.)
        Mats Engman is a Senior Fellow at …'): the essay is the guest's, the host's name line a credit."""
        hosts = {n for i, group in self.bylines.items() if i < self.first_body for n in group}
        if (
            len(hosts) != 1
            or len(self.people) != 1
            or not any(
                _UNNAMED_GUEST.search(self.flat[i]) for i in range(min(self.first_body + 1, self.count)) if self.roles[i] in (None, "introduction", "subtitle")
            )
        ):
            return
        body = [i for i in range(self.count) if self.roles[i] == "body"]
        named = {i: who for i in body[1:] if i > self.first_body + 2 and (who := _bio_name(self.flat[i])) and not _same_person(who, self.people[0].name)}
        if len(named) != 1 or not all(self.signers[i] == (0,) for i in body):
            return
        (who,) = named.values()
        guest = self.person(who)
        for i in body:
            self.signers[i] = (guest,)
        self.bylines = {i: group for i, group in self.bylines.items() if 0 not in group}

    def parts_over_bios(self) -> None:
        """A forum with no byline: each contributor's part, under its own heading, ends in the contributor's bio ('Yoon Da-eun
        is a professor of …', then the next part's heading). Each part is the one its bio names; the bios are theirs. Only
        where every part ends so and the bios name different people: a bio under a writer's own sections is no signature."""
        if any(role == "byline" for role in self.roles):
            return
        headings = [i for i in range(max(self.first_body - 1, 0), self.count) if self.roles[i] == "subtitle"]  # the first over the text's start
        if len(headings) < 2:
            return
        parts = []
        for start, end in _spans(headings, self.count):
            body = [j for j in range(start + 1, end) if self.roles[j] in (None, "body")]
            bio = next((j for j in reversed(body) if _bio_of_someone(self.flat[j]) and len(self.flat[j]) <= 400), None)
            if bio is None or bio == body[0] or any(not is_prose(self.flat[j]) for j in body if j < bio):
                return
            parts.append(([j for j in body if j < bio], bio))
        named = [_bio_name(self.flat[bio]) or "" for _, bio in parts]
        if len({fold(name) for name in named}) < len(named) or not all(any(_same_person(p.name, name) for name in named) for p in self.people):
            return  # two bios of one writer, or a writer the text names elsewhere (a byline's, a signature's): no parts signed so
        for (argued, bio), name in zip(parts, named, strict=True):
            n = self.person(name)
            for j in argued:
                self.roles[j], self.signers[j] = "body", (n,)
            self.roles[bio], self.signers[bio], self.bio_of[bio] = "author_bio", (n,), n

    def over_the_next_part(self, i: int) -> bool:
        """Whether a name alone between two paragraphs of argument heads the next one rather than signing the one above: no
        dash before it, and the text's other names alone each stand over their part, under a heading ('Chen Haoran' over his
        rebuttal, as over his statement)."""
        if re.match(r"[—–-]", self.raw[i].strip()) or i + 1 >= self.count or not is_prose(self.flat[i + 1]):
            return False
        others = [j for j in (*self.bylines, *self.sections) if j != i and 0 < j < self.count - 1 and name_alone(self.flat[j])]
        return bool(others) and all(self.roles[j - 1] not in (None, "body") and is_prose(self.flat[j + 1]) for j in others)

    def trailing_sections(self) -> None:
        """'Methodology' and 'Data sources', 'Glossary of acronyms' after the argument: sections about how the text was made,
        notes, with what is under them, when every heading after the first is one of them (no argument comes back)."""
        heads = [
            i for i in range(self.first_body + 3, self.count) if self.roles[i] in (None, "subtitle") and _MADE_HOW_HEAD.fullmatch(self.flat[i].strip("*_#: "))
        ]
        if not heads:
            return
        first = heads[0]
        later = [i for i in range(first + 1, self.count) if self.roles[i] in (None, "subtitle") and is_heading(self.flat, i, self.first_body, self.roles)]
        if any(not _MADE_HOW_HEAD.fullmatch(self.flat[i].strip("*_#: ")) and not NOTES_HEAD.match(self.flat[i]) for i in later):
            return  # 'Methodology' and then 'Findings': a paper's own section, the argument still to come
        if sum(self.roles[j] in (None, "body") and len(self.flat[j]) > 300 and is_prose(self.flat[j]) for j in range(self.first_body, first)) < 3:
            return  # no argument above it
        for i in range(first, self.count):
            if self.roles[i] in (None, "body", "subtitle") and not _bio_of_someone(self.flat[i]):
                self.roles[i], self.signers[i] = "notes", ()
            elif self.roles[i] in ("author_bio", "editors_note", "disclaimer"):
                break  # the writers' bios, a correction: the sections have ended

    def running_heads_with_the_headline(self) -> None:
        """A PDF page's head copied into the text: the headline again, the series and the day, and the page's number on the
        last line ('Camp David and the Korean Peninsula: …' / 'Análisis IHEI 17/2023 - 21/8/2023 - …' / '2'); a book's, the
        chapter's short title between the chapter's number and the page's. Furniture."""
        top = {fold(self.flat[k]) for k in range(min(self.first_body, 8))}
        title = fold(self.flat[self.title]) if self.title is not None else ""
        for i in range(self.first_body, self.count):
            lines = [line.strip() for line in self.paragraphs[i].strip().split("\n")]
            headed = 2 <= len(lines) <= 4 and re.fullmatch(r"\d{1,3}", lines[-1]) and fold(lines[0]) in top
            # or "6 The Peace Regime Debate Revisited 111": a book's running head, the chapter's short title between numbers
            numbered = len(lines) == 1 and re.fullmatch(
                r"\d{1,4}\s+(?:[•|·]\s+)?(?P<head>\S.{10,100}?)(?:\s+\d{1,4})?|(?P<tail>\S.{10,100}?)\s+(?:[•|·]\s+)?\d{1,4}", lines[0]
            )  # or 'DECLARING THE END OF A WAR THAT NEVER ENDED • 49', its number set off
            short = fold(numbered["head"] or numbered["tail"]).split() if numbered else []
            # or 'Chun Chae-sung | From Armistice to Peace Regime': the writer's name and the title's first words, a page's head
            parts = re.split(r"\s+[|·•]\s+", self.flat[i]) if len(lines) == 1 else []
            signed = len(parts) == 2 and any(
                fold(part) == fold(person.name) or set(fold(part).split()) == set(fold(person.name).split()) for part in parts for person in self.people
            )
            shortened = signed and any(len(fold(part).split()) >= 3 and title.startswith(fold(part).rstrip(". ")) for part in parts)
            # or 'ISDP POLICY BRIEF  After Hanoi: Why Military …': the series in capitals, then the headline's first words
            words = lines[0].split() if len(lines) == 1 else []
            caps = next((k for k, word in enumerate(words) if not word.isupper()), len(words))
            series = 1 <= caps <= 5 and len(words) - caps >= 4 and title.startswith(fold(" ".join(words[caps:])))
            if (headed or shortened or series or (len(short) >= 3 and title.startswith(" ".join(short)))) and self.roles[i] in (None, "body", "subtitle"):
                self.roles[i], self.signers[i] = "boilerplate", ()

    def the_chair_s_turns_and_the_guest_s_statement(self) -> None:
        """A press conference: 'MODERATOR: Thank you, Ambassador. We have forty minutes …' between the 'Q:'/'A:' turns is the
        chair's, never the guest's answer; and 'AMB. KWON: Thank you, Helena …' with the paragraphs under it, before the first
        question, is the guest's opening statement, not the framing."""
        if not self.interview or self.interviewee is None or self.panel:
            return
        guest = self.people[self.interviewee].name
        for i, label in self.speakers:
            if _MODERATOR_LABEL.fullmatch(label) and self.roles[i] == "body":
                self.roles[i], self.signers[i] = _chair_s_role(self.flat[i]), ()
        first_question = next((i for i, role in enumerate(self.roles) if role == "question"), self.count)
        labelled = {i for i, _ in self.speakers}
        guest_words = set(fold(guest).split())
        titled = [  # 'TAN WEI LING, SENIOR FELLOW, STRAITS INSTITUTE …: Thank you, Rachel.': a label too long to count as one
            (i, found["label"])
            for i in range(self.first_body, first_question)
            if (found := re.match(r"(?P<label>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .’'-]{2,40}),\s[^:]{2,120}:\s", self.flat[i]))
        ]
        for i, label in [*self.speakers, *titled]:
            named = self.speaker_name(label)
            if (
                i >= first_question
                or self.roles[i] != "introduction"
                or not (_same_person(named, guest) or (set(fold(named).split()) <= guest_words and named.strip()))
            ):
                continue  # 'AMB. KWON' is Kwon Tae-ho, however much of his name the text gives elsewhere
            j = i
            while j < first_question and self.roles[j] == "introduction" and is_prose(self.flat[j]) and (j == i or j not in labelled):
                self.roles[j], self.signers[j] = "body", (self.interviewee,)
                j += 1
        for i in range(self.first_body, first_question):  # "Opening statement" over what the ambassador said before the floor asked
            if self.roles[i] == "subtitle" and _OPENING_STATEMENT.fullmatch(self.flat[i].strip("*_: ")):
                j = i + 1
                while j < first_question and self.roles[j] == "introduction" and is_prose(self.flat[j]) and j not in labelled:
                    self.roles[j], self.signers[j] = "body", (self.interviewee,)
                    j += 1

    def introduced_by_the_translator(self) -> None:
        """'Translated and introduced by Sarah Kemper' in the header, her own paragraphs over the writer's 'By Yoo Myung-sook',
        and 'Sarah Kemper is a translator …' under the essay: her introduction and her bio, none of it the writer's."""
        credited = [
            found["who"]
            for i in range(min(self.first_body + 1, self.count))
            if self.roles[i] == "credit"
            and (
                found := re.search(
                    r"\b(?i:translated(?: from [\w ]+)? and introduced by)\s+(?P<who>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2})", self.flat[i]
                )
            )
        ]
        byline = next((i for i in sorted(self.bylines) if i > self.first_body), None)
        if len(credited) != 1 or byline is None or any(self.first_body <= i < byline for i in self.sections):
            return  # (not an editor's 'Edited and introduced by …' over the contributors' signed parts)
        for i in range(self.first_body, byline):
            if self.roles[i] == "body":
                self.roles[i], self.signers[i] = "introduction", ()
        for i in range(byline + 1, self.count):
            bio = _BIO.match(self.flat[i])
            if self.roles[i] == "body" and bio and fold(clean_name(bio["who"])) == fold(credited[0]):
                self.roles[i], self.signers[i] = "author_bio", ()

    def views_signed_in_their_paragraph(self) -> None:
        """'"I support the report's central argument … They should start now." / -- Mats Engman' under 'Additional and
        dissenting views': a member's view in quotation marks, signed on its last line, is the member's alone."""
        for i in range(self.first_body, self.count):
            lines = self.paragraphs[i].strip().split("\n")
            signed = re.fullmatch(r"[—–-]{1,2}\s*(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3})", lines[-1].strip())
            quoted = " ".join(lines[:-1]).strip()
            if (
                self.roles[i] == "body"
                and len(lines) >= 2
                and signed
                and looks_like_name(signed["name"])
                and quoted[:1] in '"“'
                and quoted.rstrip()[-1:] in '"”'
            ):
                self.signers[i] = (self.person(clean_name(signed["name"])),)

    def turns_marked_by_chevrons(self) -> None:
        """Captions cleaned into paragraphs, each change of speaker marked '>>' and no one named: two voices taking turns. Where
        the turns that ask by their look fall every other time, all the turns of that voice ask (and the paragraphs under them
        go with them: 'Let's talk about …', 'Dr. Lee, thank you'), and the other voice's turns are the guest's answers."""
        turns = [i for i in range(self.count) if self.raw[i].lstrip().startswith(">>")]  # (the marks read as no words: see `plain`)
        if len(turns) < 6 or self.interviewee is None or self.panel:
            return
        asking = {k % 2 for k, i in enumerate(turns) if self.roles[i] == "question"}
        if len(asking) != 1 or sum(self.roles[i] == "question" for i in turns) < 3:
            return
        parity = asking.pop()
        for k, i in enumerate(turns):
            end = turns[k + 1] if k + 1 < len(turns) else next((j for j in range(i + 1, self.count) if self.roles[j] not in ("body", None)), self.count)
            for j in range(i, end):
                if k % 2 == parity and self.roles[j] == "body":
                    self.roles[j], self.signers[j] = "question", ()
                elif k % 2 != parity and j == i and self.roles[j] == "introduction" and k > 0:
                    self.roles[j], self.signers[j] = "body", (self.interviewee,)  # '>> Thank you, Karin, thank you for having me.'

    def questions_with_no_mark(self) -> None:
        """An interview whose answers are marked with the guest's name ('Chun: …') and whose questions only sometimes are: a
        short paragraph that asks, with no mark, right over a marked answer is a question ('Then what would a credible offer
        look like?'), not a heading nor the guest's words."""
        if not self.interview or self.interviewee is None or self.panel:
            return
        answers = {i for i, _ in self.speakers if self.roles[i] == "body" and self.interviewee in self.signers[i]}
        marked = {i for i, _ in self.speakers}
        asked = sum(self.roles[i] == "question" for i in range(self.count))
        for i in range(self.first_body, self.count - 1):
            if (
                i + 1 in answers
                and i not in marked
                and self.roles[i] in ("subtitle", "body")
                and len(self.flat[i]) <= 300
                and self.flat[i].rstrip("”’\"' ").endswith("?")
                and asked >= 1
            ):
                self.roles[i], self.signers[i] = "question", ()

    def signed_part_starts(self) -> list[int]:
        """Where the parts that writers sign by a byline over them start, in order."""
        return sorted(i for i in self.sections if self.roles[i] == "byline")

    def guest_card_under_the_answers(self) -> None:
        """'CHUN Chae-sung' / 'Professor, Department of …' under the last answer: the guest's card, his bio, no signature."""
        if not self.interview or self.interviewee is None:
            return
        answers = [i for i in range(self.count) if self.roles[i] == "body" and self.interviewee in self.signers[i]]
        for i in range(answers[-1] + 1 if answers else self.count, self.count):
            lines = [line for line in self.paragraphs[i].split("\n") if line.strip()]
            if (
                self.roles[i] == "byline"
                and (self.bylines.get(i) == (self.interviewee,) or self.sections.get(i) == self.interviewee)
                and len(lines) >= 2
                and AFFILIATION_WORD.search(" ".join(lines[1:]))
            ):
                self.roles[i], self.signers[i], self.bio_of[i] = "author_bio", (self.interviewee,), self.interviewee
                self.bylines.pop(i, None)
                self.sections.pop(i, None)

    def framing_over_signed_parts(self) -> None:
        """Parts each signed under it by a different writer ('—Amb. Robert K. Hallett (ret.)'), the first under its heading: a
        paragraph over that heading in which the publisher says whom it asked ('For this roundtable we put a single question to
        three contributors … Their answers follow.') frames them all, the first writer's no more than the others'."""
        signed = [i for i in range(self.first_body, self.count) if self.roles[i] == "byline" and self.bylines.get(i)]
        if len({self.bylines[i] for i in signed}) < 2:
            return
        heading = next((j for j in range(signed[0] - 1, self.first_body - 1, -1) if self.roles[j] == "subtitle"), None)
        for j in range(self.first_body, heading if heading is not None else self.first_body):
            if self.roles[j] == "body" and _FRAMING.search(self.flat[j]):
                self.roles[j], self.signers[j] = "introduction", ()

    def standfirst_of_writers_together(self) -> None:
        """A standfirst over the argument that presents its writers, each by a clause of bio, as arguing it together ('Rebecca
        Thornbury spent a decade …; Park Jun-young commanded …. Together they argue that …'): the dek, no bio box."""
        first = next((i for i, role in enumerate(self.roles) if role == "body"), self.count)
        for i in range(first):
            if self.roles[i] == "author_bio" and _TOGETHER_THEY_ARGUE.search(self.flat[i]):
                self.roles[i], self.signers[i] = "subtitle", ()

    def letters_headed_from_and_to(self) -> None:
        """An exchange of letters, each under 'Niklas Swanström to Ko Eun-ha' (a heading that comes back, so read as a page's
        running head): the letter's heading, as the held keys have it, its first name the letter's writer."""
        for i in range(self.count):
            headed = re.fullmatch(r"(?P<writer>[^,:;]{4,50}?) to (?P<reader>[^,:;]{4,50})", self.flat[i])
            if not headed or self.roles[i] != "boilerplate" or not looks_like_name(headed["reader"]):
                continue
            below = next((j for j in range(i + 1, min(self.count, i + 4)) if self.roles[j] == "body"), None)
            writer = [n for n, person in enumerate(self.people) if _same_person(person.name, clean_name(headed["writer"]))]
            if below is not None and len(writer) == 1 and self.signers[below] == (writer[0],):
                self.roles[i] = "subtitle"

    def numbered_citations(self) -> None:
        """Footnotes the body carried along: a run of paragraphs '1) KCNA, "Law on …," September 9, 2022.' / '2) UN Security
        Council, …' numbered from one, each a source with its year; or a page's foot of superscript-marked sources
        ('¹ Joint Statement of …, 19 September 2005, para. 4.' / '² …'). Notes, none of them anyone's argument."""
        i = 0
        while i < self.count:
            run = []
            while i + len(run) < self.count and (m := _CITATION.match(self.flat[i + len(run)])) and int(m["n"]) == len(run) + 1:
                run.append(i + len(run))
            if len(run) >= 2 and all(self.roles[k] == "body" and len(self.flat[k]) <= 300 for k in run):
                for k in run:
                    self.roles[k], self.signers[k] = "notes", ()
            i += max(len(run), 1)
        for i in range(self.count):
            lines = [line.strip() for line in self.paragraphs[i].strip().split("\n") if line.strip()]
            marked = [line for line in lines if re.match(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s+\S", line)]
            if self.roles[i] == "body" and len(marked) >= 2 and lines[0] in marked and re.search(r"\b(?:19|20)\d{2}\b", self.flat[i]):
                self.roles[i], self.signers[i] = "notes", ()  # a page's footnotes, each under its superscript

    def witness_list(self) -> None:
        """A hearing's list of witnesses, a line each as the record prints it ('ENGMAN, Major General (Retd) Mats, Institute for
        …' / 'VANCE, Dr Harriet, Director, …'), over their answers: their byline, each with the post after the name."""
        first_turn = next((i for i, role in enumerate(self.roles) if role in ("question", "body")), self.count)
        for i in range(first_turn):
            entries: list[str] = []
            for line in (line.strip() for line in self.paragraphs[i].strip().split("\n") if line.strip()):
                if _LISTED_NAME.match(line) or not entries:
                    entries.append(line)
                else:
                    entries[-1] += " " + line  # '… Development Policy,' / 'Stockholm [by video link]': the entry wrapped
            listed = [_LISTED_NAME.match(entry) for entry in entries]
            if self.roles[i] not in (None, "introduction", "subtitle") or not listed or not all(listed):
                continue
            people = [
                (f"{m['given']} {title_case(m['surname'])}", re.sub(r"\s*\[[^\]]*\]$", "", entry[m.end() :].strip()))
                for m, entry in zip(listed, entries, strict=True)
                if m is not None
            ]
            named = tuple(self.person(name, post, i + 1 if post else 0) for name, post in people)
            if all(any(n in group for group in self.signers) for n in named):  # each of them answers below
                self.roles[i], self.bylines[i], self.signers[i] = "byline", named, named

    def question_put_to_all(self) -> None:
        """'We asked five specialists for their answer to one question.' over 'Would an independent South Korean nuclear
        deterrent make the peninsula safer?' set apart: the question each answers below, not a heading."""
        for i in range(1, min(self.count, 15)):
            if (
                (self.roles[i] == "subtitle" or (self.roles[i] == "title" and "title" in self.roles[:i]))  # (a second headline, until one is kept)
                and self.flat[i].endswith("?")
                and len(self.flat[i]) <= 200
                and self.roles[i - 1] == "introduction"
                and re.search(r"\b(?:asked|put|posed)\b[^.]{0,80}\b(?:one|a single|the same|this|a) question\b", self.flat[i - 1], re.I)
            ):
                self.roles[i] = "question"

    def host_presents_the_guest(self) -> None:
        """A newsletter's host, over a guest's post: "Today's post is a guest essay from Tendai Mushonga, who … I've been
        writing here about …" is the host's framing, the introduction, not the guest's argument (the guest's name is in it)."""
        for i in range(self.first_body, min(self.count, self.first_body + 4)):
            found = _HOST_PRESENTS.match(self.flat[i])
            if found and self.roles[i] == "body" and any(_same_person(self.people[n].name, clean_name(found["name"])) for n in self.signers[i]):
                self.roles[i], self.signers[i] = "introduction", ()
                return
        # "Every so often I hand this space to people I argue with. … Sangsoo and Ingrid have been making …" under their byline
        i = next((k for k in range(self.first_body, min(self.count, self.first_body + 3)) if self.roles[k] == "body"), self.count)
        if (
            i < self.count
            and re.search(r"\bI\b", self.flat[i])
            and re.search(
                r"\b(?:hand(?:ing)?|turn(?:ing)?|giv(?:e|ing)) (?:over )?(?:this|the|my) (?:space|newsletter|column|page|letter|floor)\b", self.flat[i], re.I
            )
            and self.signers[i]
            and all(  # each named there, by any word of the name ('Sangsoo', 'Ha-na')
                any(re.search(rf"\b{re.escape(word)}\b", self.flat[i]) for word in self.people[n].name.split() if len(word) >= 3) for n in self.signers[i]
            )
        ):
            self.roles[i], self.signers[i] = "introduction", ()
            return
        # "Regular readers will know I have a soft spot for Mongolia. … when Bolormaa Tserendorj offered me a piece …" /
        # "Bolormaa has worked on …. Her essay is below": the host's, over the guest's byline, naming her as someone else
        byline = next((i for i in range(self.first_body, min(self.count, self.first_body + 4)) if self.roles[i] == "byline"), None)
        if byline is None or byline == self.first_body or len(self.bylines.get(byline, ())) != 1:
            return
        guest = self.bylines[byline][0]
        names = {word for word in re.split(r"[\s-]+", self.people[guest].name) if len(word) >= 3}
        above = range(self.first_body, byline)
        if all(
            self.roles[i] == "body"
            and self.signers[i] == (guest,)
            and re.search(r"\b(?:I|me|my|I[’']ve|I[’']m)\b", self.flat[i])
            and any(re.search(rf"\b{re.escape(name)}\b", self.flat[i]) for name in names)
            for i in above
        ):
            for i in above:
                self.roles[i], self.signers[i] = "introduction", ()

    def host_frames_the_parts(self) -> None:
        """A newsletter's host over two or more signed parts by others: 'So I asked two people … to argue it out' under the
        host's name is the framing, the introduction, not an argument of the host's."""
        starts = self.signed_part_starts()
        writers = {self.sections[i] for i in starts}
        if len(writers) < 2:
            return
        for j in range(self.first_body, starts[0]):
            host = set(self.signers[j])
            if self.roles[j] != "body" or not host or host & writers:
                continue
            reporting = [b for b in range(j) if self.roles[b] == "byline" and set(self.bylines.get(b, ())) == host and _REPORTED_BY.match(self.flat[b])]
            if (_FRAMING.search(self.flat[j]) or reporting) and not any(
                host & set(self.signers[k]) for k in range(starts[0], self.count) if self.roles[k] == "body"
            ):
                self.roles[j], self.signers[j] = "introduction", ()
                for b in reporting:
                    self.roles[b] = "credit"  # 'Rapporteur: Arjun Mehta, …' over the speakers' own parts: who wrote it up

    def discussion_after_the_parts(self) -> None:
        """An event report whose speakers each have a part, then a discussion in turns ('Moderator: …?', 'Dr. Lee: …',
        'Amb. Hang: …'): each turn is the speaker's its label names by rank and surname, the moderator's asks."""
        starts = self.signed_part_starts()
        speakers = {n: set(fold(self.people[n].name).split()) for n in {self.sections[i] for i in starts}}
        if len(speakers) < 2:
            return
        turns: dict[int, tuple[int, ...] | None] = {}  # None: the chair's
        for i in range(starts[-1] + 1, self.count):
            label = re.match(r"(?P<label>[A-ZÀ-ÖØ-Þ][\w.’'() -]{1,40}?):\s+\S", self.flat[i]) if self.roles[i] in ("body", "question") else None
            if label is None:
                continue
            if _MODERATOR_LABEL.fullmatch(label["label"]):
                turns[i] = None
                continue
            words = fold(RANKS.sub("", label["label"])).split()
            named = [n for n, name in speakers.items() if words and words[-1] in name]
            if len(named) == 1:
                turns[i] = (named[0],)
        if sum(turn is not None for turn in turns.values()) < 2:
            return
        above = min(turns) - 1
        if self.roles[above] == "body" and len(self.flat[above]) <= 40 and not is_prose(self.flat[above]):
            self.roles[above], self.signers[above] = "subtitle", ()  # 'Discussion' over the turns: a heading
        current: tuple[int, ...] | None = None
        for i in range(min(turns), self.count):
            if i in turns:
                current = turns[i]
                if current is None:
                    self.roles[i], self.signers[i] = _chair_s_role(self.flat[i]), ()
                else:
                    self.roles[i], self.signers[i] = "body", current
            elif self.roles[i] == "body" and current is not None and is_prose(self.flat[i]) and not re.match(r"[^:]{2,60}:\s", self.flat[i]):
                self.signers[i] = current  # the turn goes on
            elif self.roles[i] not in ("body", "question"):
                current = None  # a heading or the furniture under the discussion ends the turn

    def the_editor_s_own_part(self) -> None:
        """A newsletter's round of contributors, each part under its writer's name, then the editor's own part under a heading
        ('MY TWO CENTS'), and the issue signed off by the editor ('Until next week,' / 'Hannah Sørlie' / 'Editor, …'): that
        part is the editor's. Only where no contributor's part has a heading inside it, so that the heading starts a new part."""
        starts = self.signed_part_starts()
        signed = [i for i in sorted(self.signed_off) if starts and i > starts[-1] and len(self.bylines.get(i, ())) == 1]
        if len(starts) < 2 or not signed:
            return
        editor = self.bylines[signed[-1]][0]
        if editor in {self.sections[i] for i in starts}:
            return  # a contributor signing off: the last part goes on to the sign-off
        bounds = [*starts, signed[-1]]
        inner = [i for a, b in itertools.pairwise(bounds) for i in range(a + 1, b) if self.roles[i] == "subtitle"]
        if len(inner) != 1 or any(self.roles[i] != "body" for i in range(starts[-1] + 1, inner[0])):
            return
        for i in range(inner[0] + 1, signed[-1]):
            if self.roles[i] == "body":
                self.signers[i] = (editor,)

    def board_over_a_signed_dissent(self) -> None:
        """An unsigned editorial under its label ('EDITORIAL', 'Our view'), then a board member's signed dissent ('A DISSENT: …' /
        'By Dr Aileen Goh'): the editorial is the board's, as the paper's label says, not framing of the dissent."""
        labelled = any(self.roles[i] == "label" and _EDITORIAL_LABEL.fullmatch(self.flat[i].strip("*_ ")) for i in range(min(self.first_body, 6)))
        if not labelled or self.interview or any(i < self.first_body for i in self.bylines) or not self.sections:
            return
        unsigned = [i for i in range(self.first_body, min(self.sections)) if self.roles[i] == "introduction" and is_prose(self.flat[i])]
        if len(unsigned) < 2 or any(self.roles[i] == "body" for i in range(self.first_body, min(self.sections))):
            return
        board = (self.person("Editorial Board"),)
        for i in unsigned:
            self.roles[i], self.signers[i] = "body", board

    def across_a_page_break(self) -> None:
        """A body paragraph a PDF's page footer cut in two ('… leverage that can never be' / '42<tab>NASR Proceedings 2022' /
        'arguing about intentions we cannot observe.2'): the piece after the footer, in lower case, goes on the sentence
        before it, and is the same writer's body."""
        for i in range(1, self.count):
            before = i - 1
            while before > 0 and i - before <= 3 and self._page_s_edge(before):
                before -= 1
            if (
                before < i - 1
                and self.roles[i] in (None, "subtitle")
                and self.roles[before] == "body"
                and re.match(r"[a-z]", self.flat[i])
                and not self.flat[before].rstrip("”’\"' ").endswith((".", "!", "?", ":"))
            ):
                self.roles[i], self.signers[i] = "body", self.signers[before]

    def _page_s_edge(self, i: int) -> bool:
        """Whether paragraph `i` is what a PDF prints at a page's foot or head: a footer set with a wide gap ('42<tab>NASR
        Proceedings 2022'), a running head with the page's number ('6 The Peace Regime Debate Revisited 111'), a footnote ('2
        President Moon raised …')."""
        one_line = "\n" not in self.paragraphs[i].strip()
        return (self.roles[i] == "boilerplate" and ("\t" in self.paragraphs[i] or (one_line and bool(re.search(r"^\d{1,4}\s|\s\d{1,4}$", self.flat[i]))))) or (
            self.roles[i] == "notes" and one_line and bool(re.match(r"\d{1,3}\s+\S", self.flat[i]))
        )

    def one_headline(self) -> None:
        """A text has one headline: a signed part's own title ('YES: A declaration costs little', 'I. Deterrence first') is a
        heading inside the text, a subtitle, as the role table has every heading. The rules above call it a title while
        they read the parts, to tell a part's heading from its writer's byline; here, last, it becomes the heading it is."""
        headline = next((i for i, role in enumerate(self.roles) if role == "title"), None)
        for i in range(self.count):
            if i != headline and self.roles[i] == "title":
                self.roles[i] = "subtitle"

    def headline_after_the_greeting(self) -> None:
        """A newsletter's name and issue over the host's greeting ('THE PARALLEL BRIEF' / 'Issue No. 112 -- a weekly letter …'),
        then, past a rule ('* * *'), the essay's own headline over the argument: that headline is the title, the masthead its label."""
        title = next((i for i, role in enumerate(self.roles) if role == "title"), None)
        if title is None or title + 1 >= self.count or not is_label(self.flat[title], self.flat[title + 1]):
            return
        for j in range(title + 1, min(self.count - 1, title + 8)):
            if self.roles[j] not in ("dateline", "introduction", "boilerplate", "credit", "editors_note", "subtitle"):
                return  # the argument has begun
            if self.roles[j] == "subtitle" and len(self.flat[j].split()) >= 4 and is_headline(self.flat[j]) and self.roles[j + 1] == "body":
                if "introduction" in self.roles[title:j]:
                    self.roles[title], self.roles[j] = "label", "title"
                return

    def argued_below(self, i: int, *, footnotes_aside: bool = False) -> bool:
        """Whether a paragraph of argument stands under paragraph `i`, a notes section aside (and its footnotes, if asked): a
        name or a 'Reviewed by' there signs the text above it."""
        return any(
            is_prose(self.flat[j]) and len(self.flat[j]) > 200 and not NOTES_HEAD.match(self.flat[j]) and not (footnotes_aside and FOOTNOTE.match(self.flat[j]))
            for j in range(i + 1, self.count)
        )

    def column_around_a_box(self) -> None:
        """A column with a Q&A box in it ('Q&A | …' over the box's introduction, its 'Q:' and one-paragraph 'A:' turns): the
        column's paragraphs, above the box and after its last answer, are the columnist's, whose byline the interview had
        taken for the interviewer's credit."""
        if not self.interview:
            return
        heading = next((k for k in range(self.first_body, self.count) if self.roles[k] == "subtitle" and _BOX_HEAD.match(self.flat[k])), None)
        if heading is None:
            return
        questions = [i for i in range(heading, self.count) if self.roles[i] == "question"]
        answers = [q + 1 for q in questions if q + 1 < self.count]
        if (
            len(questions) < 2
            or len(answers) != len(questions)
            or any(next_question - answer != 1 for answer, next_question in zip(answers, questions[1:], strict=False))
            or not all(self.roles[a] == "body" and re.match(r"A[:.]\s", self.flat[a]) for a in answers)
        ):
            return
        credited, name = next(
            ((j, name) for j in range(self.first_body) if self.roles[j] == "credit" and (name := name_alone(self.paragraphs[j].split("\n")[0].strip()))),
            (None, None),
        )
        writer = self._known_person(name) if name else None
        above = [i for i in range(self.first_body, heading) if self.roles[i] in ("introduction", "body") and is_prose(self.flat[i])]
        after = [i for i in range(answers[-1] + 1, self.count) if self.roles[i] == "body" and not SPEAKER.match(self.flat[i])]
        if writer is None or not above or not after or credited is None:
            return
        self.roles[credited], self.signers[credited], self.bylines[credited] = "byline", (writer,), (writer,)
        for i in (*above, *after):
            self.roles[i], self.signers[i] = "body", (writer,)

    def comment_section(self) -> None:
        """Under the argument, a page's comments ('18 Comments', '2 comments:'): every card and reply after the
        heading is the page's, the author's own replies too; a bio or a disclaimer keeps its role."""
        argued = 0
        for i in range(self.count):
            last_line = self.paragraphs[i].strip().split("\n")[-1].strip()
            if argued >= 3 and self.roles[i] not in ("author_bio", "disclaimer", "notes") and _COMMENTS_HEAD.fullmatch(last_line):
                for j in range(i, self.count):
                    if self.roles[j] not in ("author_bio", "disclaimer", "notes"):
                        self.roles[j] = "boilerplate"
                        self.bylines.pop(j, None)
                        self.sections.pop(j, None)
                self.speakers = [(j, label) for j, label in self.speakers if j < i]
                return
            argued += self.roles[i] is None and is_prose(self.flat[i])

    def signed_at_the_close(self) -> None:
        """A report's chapters signed under them: a heading, its prose, then the writer's name alone ('1 SANCTIONS WITHOUT A
        STRATEGY' / … / 'Henrike Vogt' / '2 THE VIEW FROM STOCKHOLM'). When every name alone on its line stands under prose and
        over the next heading, and no part is argued after the last one, each signs the part above it, from its heading, not
        the one below."""
        names = sorted(self.name_lines)
        if not names:
            return
        top = {n for i in range(min(names)) if i in self.bylines for n in self.bylines[i]}
        if top and not all(self.sections.get(i) in top for i in names):
            return  # a byline over the text, and a name it does not give: that name opens its part (a guest's), not signs one
        cosigned = bool(top)
        """'Sang-soo Lee, Mats Engman and Ingrid Holmqvist' over the brief, each part signed by one of them under it."""
        bios = {  # 'Daniel Whitcombe is a visiting fellow at …' under one part, where the others are signed by name and post
            i: (who, found["what"].strip().rstrip(".") if (found := _BIO_AFFILIATION.search(self.flat[i][bio.end("who") :])) else "")
            for i in range(min(names) + 1, self.count - 1)
            if i not in names
            and self.roles[i] is None
            and len(self.flat[i]) <= 300
            and (bio := _BIO.match(self.flat[i]))
            and len((who := clean_name(bio["who"])).split()) >= 2
            and looks_like_name(who)
            and is_prose(self.flat[i - 1])
            and self.roles[i - 1] is None
            and _over_prose(self.flat, i + 1)
            and not is_prose(self.flat[i + 1])
        }
        names = sorted([*names, *bios])
        last = [
            i
            for i in self.bylines
            if i > names[-1]
            and len(self.bylines[i]) == 1
            and (
                name_alone(self.flat[i])
                or _signed_name(self.paragraphs[i].split("\n"))  # or 'ANDREW FAIRLEY' over 'Sendai'
                or (i in self.signed_off and name_alone(self.paragraphs[i].split("\n")[0].strip()) and self.paragraphs[i].count("\n") <= 3)
            )  # or 'Marta Kowalczyk' over her post, the last take's signature
            and is_prose(self.flat[i - 1])
        ]
        names += last[:1]  # the last part's name, under the argument's last paragraph: read as its signature already
        if len(names) < 2:
            return
        closing = all(
            is_prose(self.flat[i - 1])
            and self.roles[i - 1] is None
            and (i + 1 >= self.count or self.roles[i + 1] is not None or (len(self.flat[i + 1]) <= 120 and not self.flat[i + 1].endswith(".")))
            for i in names
        )
        argued_after = any(len(self.flat[j]) > 300 and is_prose(self.flat[j]) and not _bio_of_someone(self.flat[j]) for j in range(names[-1] + 1, self.count))
        italic = all(re.fullmatch(r"\s*([*_])[^*_\n]{6,240}\1\s*", self.raw[i]) for i in names)  # '*Chaesung Chun, professor …*' under each comment
        closing = closing or (italic and all(is_prose(self.flat[i - 1]) for i in names) and not any(i - 1 in names for i in names))
        if not closing or argued_after:
            return  # a part argued after the last name: the names open their parts ('Swanström, Niklas' / its title / its prose)
        start = 0
        for i in names:
            heads = [j for j in range(start, i) if self.roles[j] in (None, "subtitle") and _over_prose(self.flat, j)]
            n = self.person(*bios[i], i + 1) if i in bios else self.sections.pop(i) if i in self.sections else self.bylines[i][0]
            if heads:
                self.sections[heads[-1]] = n  # the part's own heading opens it: its title (a heading, under the byline's title)
                self.roles[heads[-1]] = "subtitle" if cosigned else "title"
                if cosigned:
                    self.alone.add(heads[-1])
            elif italic:  # no heading: the part opens with its first paragraph, after the publisher's framing ('China Daily asked experts …')
                framing = [j for j in range(start, i) if _FRAMING.search(self.flat[j])] if i == names[0] else []
                for j in framing:
                    self.roles[j] = "introduction"
                first = next((j for j in range(framing[-1] + 1 if framing else start, i) if self.roles[j] is None and is_prose(self.flat[j])), None)
                if first is not None:
                    self.sections[first] = n
                    self.alone.add(first)  # not co-signed by the name just above it, which closes the part before
            if i in bios:
                self.roles[i], self.signers[i] = "author_bio", (n,)
            else:
                self.bylines[i] = (n,)  # and the name under it signs it
            start = i + 1

    def person(self, name: str, affiliation: str = "", stated_in: int = 0) -> int:
        """The signer `name` is (any spelling of a name already met), or a new one; an affiliation fills an empty one."""
        if re.fullmatch(r"(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?|M\.?A\.?|M\.S\.|M\.?Sc\.?|MBA|LL\.?M\.?)", affiliation.strip(), re.I):
            affiliation = ""  # 'Karin Sjöberg, Ph.D.': a degree, no post
        affiliation = _what_the_bio_says(name, affiliation)
        if re.fullmatch(r"\s*@[A-Za-z0-9_]{2,30}\s*", affiliation):
            affiliation = ""  # 'Niklas Swanström' / '@N_Swanstrom' / 'Follow' / …: a social profile's handle, no post
        dated = re.fullmatch(r"(?P<post>.+?)\s+[|·•]\s+(?P<when>[^|·•]{6,40})", affiliation)
        if dated and (found := dateline(dated["when"])) and found[0]:
            affiliation = dated["post"]  # 'Senior Fellow, …, Stockholm | 21 March 2023': the post, and the day it was published
            self.date = self.date or found
        same = self._known_person(name)
        if same is None and len(name.split()) == 2:  # 'Tomás Errázuriz', as his label gives the 'Tomás Errázuriz Vial' of the byline
            fuller = [
                i
                for i, known in enumerate(self.people)
                if len(known.name.split(" ")) == 3
                and "\n" not in known.name
                and fold(known.name).split()[:2] == fold(name).split()
                and any(i in group for group in self.bylines.values())  # the byline's whole name
            ]
            same = fuller[0] if len(fuller) == 1 else None
        if same is None:  # 'C.-S. Chun' in a chapter's affiliation box, under 'CHUN Chae-sung': the one writer these initials are
            abbreviated = [i for i, known in enumerate(self.people) if _abbreviates(name, known.name) or _abbreviates(known.name, name)]
            same = abbreviated[0] if len(abbreviated) == 1 else None
        if same is not None:
            known = self.people[same]
            if affiliation and not known.affiliation:
                known.affiliation, known.stated_in = affiliation, stated_in
            return same
        self.people.append(Signer(name, affiliation, stated_in))
        return len(self.people) - 1

    def by_look(self) -> None:
        """1. Each paragraph by its own look: date lines, bylines, credits, boilerplate, notes, captions, questions, speakers."""
        # A short line that comes back, perhaps with another page number, is a PDF's running header or footer.
        running = Counter(PAGE_DIGITS.sub("#", p) for p in self.flat if len(p) <= 100)
        last_seen = {PAGE_DIGITS.sub("#", p): i for i, p in enumerate(self.flat) if len(p) <= 100}
        # a headline that comes back only near the top (a printed e-mail's subject, then the newsletter's own title): the last is the title
        retitled = {i for form, i in last_seen.items() if running[form] > 1 and i < 10 and len(form.split()) >= 3 and not form.endswith(".")}
        paged = _paged_lines(self.paragraphs)
        signed_heads = {
            i: name
            for i, p in enumerate(self.flat[:-1])
            if len(p) <= 160
            and (headed := _NAME_COLON_HEADLINE.fullmatch(p))
            and (name := name_alone(headed["name"]))
            and not AFFILIATION_WORD.search(headed["head"])  # not 'Laura Pérez: Senior fellow, Asia Security Initiative': her post
            and (is_prose(self.flat[i + 1]) or self.flat[i + 1].endswith(":"))  # (or "… It is worth quoting him at length:")
            and len(self.flat[i + 1]) > 2 * len(p)
        }  # "Martin Kessel: Pause the drills, …" and "Yoon Hae-rin: A pause would be paid for in Seoul, …": each side's headline, signed
        if len(set(signed_heads.values())) < 2:
            signed_heads = {}
        paged = _paged_lines(self.paragraphs)
        cover = next(  # the title on the cover, before the pages that carry it as their running head with a number
            (
                i
                for i, p in enumerate(self.flat[:6])
                if "\n" not in self.paragraphs[i] and not re.search(r"(?:^|\s)\d{1,3}$", p) and len(p.split()) >= 4 and _page_form(p) in paged[0]
            ),
            None,
        )
        pulled = _pull_quotes(self.flat)
        for i in pulled:
            self.roles[i] = "boilerplate"  # a magazine's pull quote: the body's own words again, set large between paragraphs
        prose_before = argument_before = False
        turns_labelled = sum(bool(SPEAKER.match(p)) and not re.match(r"moderator\b", p, re.I) for p in self.flat)  # 'ENGMAN: …', a transcript's
        masthead_date = False  # the date so far is one a masthead states among its parts: a date line of its own says it better
        updated = False  # the date so far is an update's ('Updated 05 May 2021'): a date line that is no update says it better
        scheduled = False  # the date so far is an event's, with its hours ('Wednesday, November 21, 2018 | 10:00 a.m.–11:30 a.m. KST'): a 'posted' line says when the text came out
        last_argument = max((i for i, p in enumerate(self.flat) if len(p) > 300 and is_prose(p)), default=-1)
        name_headed = _turns_headed_by_names(self.paragraphs, self.flat)
        broken: set[int] = set()
        """The last names of a byline broken across two paragraphs, read with the first."""
        callers = {label for p in self.flat if (turn := SPEAKER.match(p)) and _CALLER_IN.fullmatch(label := turn.group("label").strip())}
        """A phone-in's callers, a first name and a town each ('Priya in Auckland: …'), when there are several."""
        for i, p in enumerate(self.flat):
            prose_before = prose_before or (i > 0 and is_prose(self.flat[i - 1]))
            argument_before = argument_before or (i > 0 and is_prose(self.flat[i - 1]) and len(self.flat[i - 1]) > 300)
            lines = self.paragraphs[i].split("\n")
            bare = p.strip("*_ ")  # "*The views expressed are …*"
            if i in self.slide_heads and i > min(self.slide_heads) and len(lines) == 1 and len(p) <= 120 and not is_boilerplate(p):
                self.roles[i] = "subtitle"  # "[Slide 5]" over "What is left of the 2018 military agreement?": the slide's title, no question
            elif (
                prose_before
                and i + 1 < self.count
                and is_prose(self.flat[i + 1])
                and (reader := re.fullmatch(r"(\*\*|__)(?P<name>[^,*_\n]{4,60}),\s+(?P<town>[^*_\n]{2,40})\1", self.raw[i].strip()))
                and (named := name_alone(reader["name"]))
                and _LETTER_TOWN.fullmatch(reader["town"].strip())
                and not AFFILIATION_WORD.search(reader["town"])
            ):
                self.roles[i] = "byline"  # "**Lee Sang-soo, Suwon**" over a reader's reply on a readers' forum: the reply is his
                self.sections[i] = self.person(named)
            elif i < 8 and (chapter := _CHAPTER_AND_WRITER.fullmatch(p)) and (named := name_alone(chapter["name"])) and len(named.split()) >= 2:
                self.roles[i] = "byline"  # "Chapter 3 | Chun Chaesung" over the chapter's title: its writer, after its number
                self.bylines[i] = (self.person(named),)
            elif _ON_SCREEN.fullmatch(p):
                self.roles[i] = "caption"  # "[00:12:50] [ON SCREEN: Demolition of the liaison office, Kaesong …]": what a documentary shows
            elif i in broken:
                self.roles[i] = "byline"  # 'Maj. Gen. (ret.) Mats Engman', under 'By Rachel Whitcombe, Park Ji-hoon and': the byline's end
                self.bylines[i] = self.bylines[i - 1]
            elif (
                i < 12
                and i + 1 < self.count
                and re.match(r"by\s", p, re.I)
                and re.search(r"(?:,|\s(?:and|&))$", p)
                and len(self.flat[i + 1]) <= 80
                and not is_prose(self.flat[i + 1])
                and len(broken_by := byline_people(f"{p} {self.flat[i + 1]}") or ()) >= 2
            ):
                self.roles[i] = "byline"  # "By Rachel Whitcombe, Park Ji-hoon and" / "Maj. Gen. (ret.) Mats Engman": one byline, two paragraphs
                self.bylines[i] = tuple(self.person(name, affiliation, i + 1 if affiliation else 0) for name, affiliation in broken_by)
                broken.add(i + 1)
            elif i in signed_heads:
                self.roles[i] = "byline"  # a point and its counterpoint, each under its writer's name and headline: theirs
                self.sections[i] = self.person(signed_heads[i])
            elif i > 0 and _RAPPORTEUR.fullmatch(p) and any(j in self.bylines for j in range(max(0, i - 2), i)):
                self.roles[i] = "credit"  # "Rapporteur: Emma Ridderstad" under "Co-chairs: …": she wrote it up, they sign it
            elif (
                not argument_before
                and 0 < i < 12
                and len(lines) == 2
                and re.fullmatch(r"[“\"‘'][^“”\n]{10,300}[”\"’']", lines[0].strip())
                and re.match(r"[—–-]{1,2}\s*(?-i:[A-ZÀ-ÖØ-Þ])[\w’'.-]+", lines[1].strip())
            ):
                self.roles[i] = "boilerplate"  # an epigraph: '"Peace is not an absence of war, …"' / '-- Baruch Spinoza, …', over the text
            elif i < 12 and re.fullmatch(r"index for today[’']s briefing\s*:?", lines[0].strip(), re.I) and all(len(line.strip()) <= 60 for line in lines):
                self.roles[i] = "boilerplate"  # "Index for Today's Briefing" over "DEPARTMENT" / "DPRK/NORTH KOREA" / …: the topics, a line each
            elif i < 8 and "title" not in self.roles[:i] and (briefed := _BRIEFING_ON_A_DAY.fullmatch(p)) and (found := dateline(briefed["day"])) and found[0]:
                self.roles[i], self.title = "title", i  # "Department Press Briefing - September 5, 2017": the briefing's title, its day in it
                self.date = self.date or found
            elif i > 0 and re.fullmatch(r"[IVXLC]{1,6}\.|[IVXLC]{2,6}|(?i:part|chapter)\s+[IVXLC]{1,6}", p):
                self.roles[i] = "subtitle"  # "II." alone over the second letter: its number, a heading
            elif (
                i - 1 in self.bylines
                and re.search(r"\w\*", self.paragraphs[i - 1])
                and len(starred := [line.strip() for line in lines if line.strip()]) == len(self.bylines[i - 1])
                and all(AFFILIATION_WORD.search(line) and not is_prose(line.lstrip("* ")) for line in starred)
            ):
                self.roles[i] = "byline"  # "by CHUN Chae-sung* and PARK Min-jung**" over "* Professor, …" / "** Research Fellow, …"
                self.bylines[i] = self.bylines[i - 1]
                for n, line in zip(self.bylines[i], starred, strict=True):  # the stars in order, as the copy may have lost them
                    if not self.people[n].affiliation:
                        self.people[n].affiliation, self.people[n].stated_in = line.lstrip("* ").rstrip("."), i + 1
            elif (
                0 < i <= 3
                and len(lines) == 1
                and is_tagline(p)
                and self.roles[i - 1] in (None, "label")
                and not is_boilerplate(self.paragraphs[i - 1])  # not under the site's menu: 'About | Events | Podcast' over 'Korea Now Podcast'
                and len(self.flat[i - 1]) <= 50
                and not self.flat[i - 1].endswith(".")
                and not re.search(r"\d", self.flat[i - 1])  # not 'THE PENINSULA BRIEF | Issue No. 47 | …', a series label
            ):
                self.roles[i - 1] = self.roles[i] = "boilerplate"  # "THE SOUTHERN WATCH" / "Analysis and commentary from …", a line each: the site's
            elif (
                i < 6
                and (book := next(filter(None, map(_FROM_THE_BOOK.fullmatch, map(str.strip, lines))), None))
                and looks_like_name(named := clean_name(book["name"]))
            ):
                # "From Pavel Ryabov, The Unfinished War (… Press, 2021)": an excerpt of the writer's book; under a proof's stamp, furniture
                self.roles[i] = "byline" if len(lines) == 1 else "boilerplate"
                self.bylines[i] = (self.person(named),)
            elif (
                i > last_argument > 0
                and len(lines) == 1
                and (signed := re.fullmatch(r"(?P<by>.{8,60}?),\s+(?P<post>[^.]{3,160}?)\.?", p))
                and (series := _SERIES_BY.fullmatch(signed["by"]))
                and looks_like_name(named := clean_name(series["name"]))
                and AFFILIATION_WORD.search(signed["post"])
            ):
                self.roles[i] = "byline"  # "Commentary by Dr Bridget Ashcombe, Senior Fellow at …" under the text: its signature
                self.bylines[i] = (self.person(named, signed["post"], i + 1),)
                self.signed_off.add(i)
            elif i < 10 and (series := _SERIES_BY.fullmatch(lines[0].strip())) and looks_like_name(named := clean_name(series["name"])):
                self.roles[i] = "byline"  # "Commentary by Haruka Tsujimoto" over "Published August 24, 2023"
                self.bylines[i] = (self.person(named),)
                for line in lines[1:]:
                    if (found := dateline(line.strip())) and found[0]:
                        self.date = self.date or found
            elif (
                i > 0
                and self.raw[i].lstrip().startswith("*")
                and (starred := [" ".join(item.strip("* \n").split()) for item in re.split(r"\n(?=\s*\*{1,3}\s)", self.raw[i].strip())])
                and all((named := _bio_name(item)) and fold(named) in {fold(person.name) for person in self.people} for item in starred)
            ):
                # "* Nguyen Thi Lan Huong is Deputy Director …" / "** Kenji Morimoto is …": the byline's starred names, at a page's foot
                self.roles[i] = "author_bio"
                self.bio_of[i] = self.person(_bio_name(starred[0]) or "")
            elif (app := _READER_APP_LINE.fullmatch(p)) and looks_like_name(clean_name(app["name"])):
                self.roles[i] = "byline"  # "english.khan.co.kr · Jeon Jae-sung · 5 min": a read-later app's line under the title
                self.bylines[i] = (self.person(clean_name(app["name"])),)
            elif (
                i > 1
                and len(p) <= 200
                and "?" not in p
                and re.match(r"(?:moderator|host|chair(?:man|woman|person)?|presenter)\s*:\s+.*\bthank", p, re.I)
                and not any(SPEAKER.match(q) for q in self.flat[i + 1 :])
            ):
                self.roles[i] = "introduction"  # "Moderator: Thank you, colleagues. Our time is up.", after the last turn: the event's close
            elif i < 12 and (report := _REPORT_OF.fullmatch(p)) and looks_like_name(named := clean_name(report["name"])):
                self.roles[i] = "byline"  # "Report of the Special Rapporteur on …, Arturo Benavides Lozano*": a UN mandate holder's report
                self.bylines[i] = (self.person(title_case(named)),)
            elif i < 8 and len(p) <= 250 and (report := _BODY_REPORTS.match(p)) and not prose_before:
                if report.end() >= len(p.rstrip(". ")) and any(
                    self.roles[j] is None and len(self.flat[j].split()) >= 4 and not is_prose(self.flat[j]) for j in range(i)
                ):
                    self.roles[i] = "byline"  # "Report of the Secretary-General" under the report's headline: who issues it
                    self.bylines[i] = (self.person(title_case(report["body"])),)
                elif any(self.roles[j] is None and len(self.flat[j].split()) >= 6 and ": " in self.flat[j] and not is_prose(self.flat[j]) for j in range(i)):
                    self.roles[i] = "subtitle"  # "Report of the Stockholm Working Group on …" under "Steps Before the Leap: A Phased …": its dek
                else:
                    self.roles[i] = "title"  # "Final report of the Panel of Experts submitted pursuant to …": a report's headline, and its author's
            elif (
                i < 8
                and len(lines) == 1
                and not prose_before
                and "title" not in self.roles[:i]
                and (headed := re.fullmatch(r"(?P<head>(?-i:[A-Z“‘\"']).{10,200}?)\s+[—–-]{1,2}\s+by\s+(?P<who>(?-i:[A-Z]).{3,80})", p, re.I))
                and "\t" not in self.raw[i]  # not a printed page's head: '6/24/24, 8:47 AM<tab>The treaty … - by Anton Velikhov'
                and (by := byline_people("By " + headed["who"]))
            ):
                self.roles[i] = "title"  # "Why Sanctions Failed on the Korean Peninsula — by Dmitri A. Sokolov": the headline and its writer
                self.bylines[i] = tuple(self.person(name, affiliation, i + 1 if affiliation else 0) for name, affiliation in by)
            elif i < 4 and not prose_before and re.match(r"\s*[*_]", self.raw[i]) and (who := _bio_name(p.strip("*_ "))):
                self.roles[i] = "author_bio"  # "*Chun Chae-sung is a professor …*" in italics over the headline: the writer's bio
                self.bio_of[i] = self.person(who)
            elif i < 10 and re.fullmatch(r"by", p, re.I) and i + 1 < self.count and name_alone(self.paragraphs[i + 1].split("\n")[0].strip()):
                self.roles[i] = "byline"  # "by" alone over the writer's name, as a thesis's title page sets it: the name's line says who
            elif i < 8 and len(lines) > 1 and any(_SESSION_LINE.fullmatch(line.strip()) for line in lines) and all(len(line) <= 120 for line in lines):
                self.roles[i] = "label"  # "Human Rights Council / Fifty-fifth session / … / Agenda item 4 / …": where a UN report was put
            elif i < 3 and len(lines) > 1 and _TESTIMONY_HEAD.match(lines[0].strip()) and all(len(line) <= 120 for line in lines):
                self.roles[i] = "label"  # "Testimony before the … Committee" over its subcommittee and the hearing's name: what the text is
            elif (
                i < 14
                and not argument_before
                and (witnesses := [m for line in lines if (m := _LISTED_NAME.match(line.strip()))])
                and all(_LISTED_NAME.match(line.strip()) or re.fullmatch(r"\[?\d{1,2}[:.]\d\d\]?", line.strip()) for line in lines if line.strip())
            ):
                self.roles[i] = "byline"  # 'HALLORAN, Dr Fiona, Senior Lecturer …', a line each: a hearing's witnesses, who give the evidence
                self.bylines[i] = tuple(
                    self.person(f"{m['given']} {title_case(m['surname'])}", re.sub(r"\s*\[[^\]]*\]$", "", m.string[m.end() :]).strip(" ,."), i + 1)
                    for m in witnesses
                )
            elif len(p) <= 900 and _ACKNOWLEDGEMENTS.match(" ".join([english_of(lines[0]), *lines[1:]])) and not _VIEWS_ARE_THEIR_OWN.search(p):
                self.roles[i] = "credit"  # "Acknowledgements / The authors thank …": who helped, nobody's argument (with whose views they are, a disclaimer)
            elif i < 4 and _PREPARED_FOR.match(lines[0].strip()) and all(len(line) <= 160 for line in lines):
                self.roles[i] = "label"  # "Paper prepared for the … Conference" / where, when / the panel: what the text was written for
            elif (
                i < 3
                and len(lines) >= 2
                and _MEETING_WORD.search(lines[0])
                and any(_SESSION_OVER_ITS_THEME.match(line.strip()) for line in lines[1:])
                and all(len(line) <= 120 and not is_prose(line) for line in lines)
            ):
                self.roles[i] = "label"  # "THE 11TH VILNIUS DIALOGUE …" / "Vilnius, Lithuania" / "Session III: …": the meeting a paper was given at
            elif i < 8 and _HEARING_HEAD.match(lines[0].strip()) and all(len(line) <= 160 and not is_prose(line) for line in lines):
                self.roles[i] = "label"  # "before the" / "Subcommittee on Asia, …", "Hearing on “After Hanoi …”": where the testimony was given
            elif i < 4 and _COMMITTEE_HEAD.match(lines[0].strip()) and all(len(line) <= 120 and not is_prose(line) for line in lines):
                self.roles[i] = "label"  # "JOINT STANDING COMMITTEE ON FOREIGN AFFAIRS, DEFENCE AND TRADE" over the inquiry's name: who heard it
            elif (
                i < 12
                and not argument_before
                and is_prose(p)
                and re.search(r"[—–-]{1,2}\s*the\s+editors?\.?$", p, re.I)
                and not EDITORS_NOTE.match(re.sub(r"^(?:note|n\.b\.)\s*:\s*", "", p.strip("*_※() "), flags=re.I))
            ):
                self.roles[i] = "introduction"  # "… we asked three members of the Circle’s network to consider … — The Editors": theirs
            elif i < 12 and not argument_before and _PRESENTS_THE_PIECE.match(bare) and is_prose(p):
                self.roles[i] = "introduction"  # "From the editor: Today is … We asked Sang-soo Lee … His column follows."
            elif (
                i < 12
                and _IN_THIS_ISSUE.match(self.raw[i].strip("*_ "))
                and (len(lines) > 1 or re.search(r"[·•|;]", bare) or not bare.endswith("."))
                and not (len(lines) > 2 and all(re.match(r"\(?\d{1,2}:\d\d", line.strip()) for line in self.raw[i].strip().split("\n")[1:]))
            ):  # not an episode's chapters, timed ('In this episode:' / '00:00 Intro' / '02:15 What the Panel of Experts does')
                self.roles[i] = "introduction"  # "In this issue: the terrorism-list deal · why sampling …": the issue's contents, the editor's
            elif i == 0 and _FRONT_MATTER.fullmatch(self.raw[i].strip()):
                self.roles[i] = "boilerplate"  # a web clipper's YAML front matter: '---' / 'title: …' / 'created: …' / '---'
                field = re.search(r"^(?:date|published)\s*:\s*[\"']?(\d{4}-\d\d-\d\d)", self.raw[i], re.M)
                if field and (found := dateline(field[1])) and found[0]:
                    self.credit_date = self.credit_date or found  # a static site's 'date: 2021-11-03T08:00:00+01:00', when no line says
            elif (
                i - 1 in self.bylines
                and len(self.bylines[i - 1]) >= 2
                and "\t" in lines[0]
                and (columns := byline_people(self.paragraphs[i], names_alone=True))
                and {fold(name) for name, _ in columns} == {fold(self.people[n].name) for n in self.bylines[i - 1]}
            ):
                self.roles[i] = "byline"  # "By A and B" over their names side by side, each over its post: a PDF's columns
                self.bylines[i] = self.bylines[i - 1]
                for name, post in columns:
                    n = self.person(name)
                    if post and not self.people[n].affiliation:
                        self.people[n].affiliation, self.people[n].stated_in = post, i + 1
            elif i - 1 in self.bylines and len(self.bylines[i - 1]) >= 2 and (posts := self.posts_of(i, self.bylines[i - 1])):
                self.roles[i] = "byline"  # "By A and B" over "A, PVSM, Distinguished Fellow, …" / "B, Senior Lecturer, …": each one's post
                self.bylines[i] = self.bylines[i - 1]
                for n, post in posts.items():
                    if not self.people[n].affiliation:
                        self.people[n].affiliation, self.people[n].stated_in = post, i + 1
            elif (
                i < 10
                and not argument_before
                and "\n" not in self.paragraphs[i].strip()  # one line: not a name over its post, which the byline rules read
                and (run := _NAME_RUN_INTO_POST.fullmatch(self.flat[i]))
                and looks_like_name(run["name"])
                and institutions(run["post"])
            ):
                self.roles[i] = "byline"  # "Jeon Jae-seong Professor, Department of …, Seoul National University": a translation's
                self.bylines[i] = (self.person(run["name"], run["post"], i + 1),)  # byline, the name run into the post
            elif i < 12 and (following := _FOLLOWING_BY.fullmatch(p)) and (by := byline_people("By " + following["rest"].rstrip("."))):
                self.roles[i] = "byline"  # "The following is a commentary by CHUN Chae-sung, Professor of …": a broadcaster's byline
                self.bylines[i] = tuple(self.person(name, affiliation, i + 1 if affiliation else 0) for name, affiliation in by)
            elif i < 10 and len(lines) == 2 and _OUTLET_LINE.fullmatch(lines[1].strip()) and (named := name_alone(lines[0].strip())):
                self.roles[i] = "byline"  # "CHUN Chae-sung" over "Hankook Ilbo/Asia News Network": a syndicated column's writer, and whose
                self.bylines[i] = (self.person(title_case(named)),)
            elif (
                i < 10
                and (cited := _CITATION_LINE.fullmatch(p))
                and (named := name_alone(cited["name"]) or name_alone(" ".join(reversed(cited["name"].split(", ")))))
                and (found := dateline(cited["date"]))
            ):  # "CHUN Chae-sung. The Hanseong Daily, English ed.; Seoul [Seoul]. 03 July 2019: 29.": a library database's citation
                self.roles[i] = "byline"
                self.bylines[i] = (self.person(title_case(named)),)
                self.date = self.date or (found if found[0] else None)
            elif (
                argument_before
                and i > last_argument
                and re.match(r"[—–]\s*\S", lines[0].strip())
                and (signed_by := byline_people(self.paragraphs[i], names_alone=True))
                and len(signed_by) >= 2
            ):  # "— Sang-hyun Lee, Rebecca Thornton, Kenji Watanabe and Ana Lucía Ferreyra" under the text, each then with a post
                self.roles[i] = "byline"
                self.bylines[i] = tuple(self.person(name, post, i + 1 if post else 0) for name, post in signed_by)
                self.signed_off.add(i)
                for j in [j for j in self.bylines if j < i and set(self.bylines[j]) < set(self.bylines[i])]:
                    if re.search(r"(?:and|&|\+)\s*\d{1,2}\s+(?:others?|more)\b", self.flat[j], re.I):
                        self.bylines[j] = self.bylines[i]  # "Sang-hyun Lee, Rebecca Thornton, and 2 others" at the top: the four who sign
            elif (
                argument_before
                and self.bylines
                and len(lines) == 1
                and re.match(r"[—–]{1,2}\s*\S", p)
                and len(names := split_names(re.sub(r",\s+[^,]{2,40}$", "", p.lstrip("—– ")))) >= 2
                and {fold(name) for name in names} == {fold(self.people[n].name) for group in self.bylines.values() for n in group}
            ):
                self.roles[i] = "byline"  # "— Niklas Swanström and Sangsoo Lee, Stockholm" under the text the byline gave them: their sign-off
                self.bylines[i] = tuple(dict.fromkeys(n for group in self.bylines.values() for n in group))
                self.signed_off.add(i)
            elif (
                argument_before
                and not self.bylines
                and (signed := _SIGNED_UNDER.fullmatch(lines[0].strip()))
                and looks_like_name(named := clean_name(signed["name"]))
                and not self.argued_below(i)
                and (
                    not re.match(r"[—–]", lines[0].strip())
                    or (
                        i > last_argument
                        and not AFFILIATION_WORD.search(signed["post"] or "")
                        and not any(j != i and re.match(r"[—–]", self.flat[j]) and _SIGNED_UNDER.fullmatch(self.flat[j]) for j in range(self.count))
                    )
                )  # a dash's signature with its place ('— Artyom Zhuravlev, Vladivostok'): under the last of the argument, and the only
                # one (a name and post signs a guest's part: `initialled_parts`; each contribution its own: `signed_below`)
            ):  # "Reviewed by Yekaterina V. Morozova" / her institute, "Contributor: Agnieszka Wróblewska, Institute …", under the text
                post = ", ".join(part.strip() for part in [signed["post"] or "", *lines[1:]] if part.strip())
                post = post if AFFILIATION_WORD.search(post) else ""
                self.roles[i] = "byline"
                self.bylines[i] = (self.person(named, post, i + 1 if post else 0),)
                self.signed_off.add(i)
            elif (
                i < 8
                and not self.bylines
                and (reviewer := re.fullmatch(r"reviewed by\s+(?P<rest>.{4,120})", p, re.I))
                and any(re.search(r"\breview\b", self.flat[j], re.I) or _REVIEWED_BOOK.fullmatch(self.flat[j]) for j in range(i))
                and (by := byline_people("By " + reviewer["rest"]))
            ):
                self.roles[i] = "byline"  # "Reviewed by Anastasia Kuznetsova" under 'Book Review' and the book's citation: the reviewer writes it
                self.bylines[i] = tuple(self.person(name, affiliation, i + 1 if affiliation else 0) for name, affiliation in by)
            elif i < 6 and _REVIEWED_BOOK.fullmatch(p):
                self.roles[i] = "subtitle"  # "Kenji Okabe, The Sanctions Trap: … Ithaca, NY: Cornell University Press, 2023. xiv + 296 pp.": the book reviewed
            elif i < 8 and re.fullmatch(r"\d{1,2}:\d\d\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?", p, re.I):
                self.roles[i] = "dateline"  # "1:16 p.m. EDT" under the day: when a briefing began
            elif i < 12 and (issued := _ISSUED_BY.match(p)) and (issued[0][:3].lower() == "the" or any(role == "byline" for role in self.roles[:i])):
                self.roles[i] = "introduction"  # "This paper is issued by the Stockholm Peninsula Dialogue Group, a Track 2 forum …": who publishes it
            elif i < 12 and re.match(r"ordered by the house of (?:commons|lords) to be (?:printed|published)\b", p, re.I):
                self.roles[i] = "dateline"  # "Ordered by the House of Commons to be published on 19 November 2019.": when it came out
            elif i > 2 and _NUMBERED_QUESTION.match(p):
                self.roles[i] = "question"  # "Q45 Chair: …", "Q47 Ian Caldecott: …": a select committee's numbered questions
                self.questions += 1
            elif (
                i > 2
                and len(p) <= 400
                and re.match(
                    r"(?:this|the) (?:article|interview|column|essay|piece|text) is (?:the|an) (?:English|edited English) (?:version|translation|edition) of\b",
                    p,
                    re.I,
                )
            ):
                self.roles[i] = "credit"  # "This article is the English version of an interview published in the Nov. 17 morning edition of …"
            elif i > 2 and re.match(r"(?:\d{1,3}[.)]?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(?:ibid\.?|op\.\s?cit\.|id\.)(?:,|\s|$)", p, re.I) and len(p) <= 300:
                self.roles[i] = "notes"  # "2. Ibid., 88.", "5 Fenwick, op. cit., 41." aside: a note that points back to the one before
            elif (shown := _SCREEN_CAPTION.fullmatch(p)) and name_alone(RANKS.sub("", shown["who"] or shown["who2"]).strip()):
                self.roles[i] = "byline"  # "[CAPTION: KWON DO-HYUN | Former Vice Minister of Unification]": a TV guest's name on screen, and post
                who, post = shown["who"] or shown["who2"], shown["post"] or shown["post2"]
                self.bylines[i] = (self.person(title_case(name_alone(RANKS.sub("", who).strip()) or ""), post.strip(), i + 1),)
            elif i > 2 and re.match(r"moderator\s*:\s+\S", p, re.I) and re.search(r"\?[”’\"']?$", p) and turns_labelled < 2:
                self.roles[i] = "question"  # "MODERATOR: Rachel, Mats concedes …. Isn't a reversible cap better …?" between a debate's signed
                # parts (not counted among an interview's questions: the parts are each their signer's, no one's answers)
            elif i > 2 and _AUDIENCE_QUESTION.match(p):
                self.roles[i] = "question"  # "QUESTION (Col. Harpreet Sandhu (Retd.), United Service Institution): …": from the floor
            elif i > 2 and turns_labelled >= 4 and _FLOOR_ASKED.match(p):
                self.roles[i] = "question"  # "A participant from a European embassy asked whether …": a rapporteur's summary of a question
                # from the floor, between the panel's turns under their names (in prose, 'A diplomat asked me …' is the writer's)
            elif (
                i > 1
                and len(p) <= 250
                and re.match(r"sources?\s*:\s", p, re.I)
                and next((self.roles[j] for j in range(i - 1, max(0, i - 4), -1) if self.roles[j] != "boilerplate"), None) == "caption"
            ):
                self.roles[i] = "caption"  # "Source: Authors' compilation …" under a figure's caption (and its axis, copied): the caption's
            elif i < 12 and re.match(r"about this (?:report|paper|brief|study|series|publication)\s*:?\s*\n", self.paragraphs[i].strip(), re.I):
                self.roles[i] = "introduction"  # "About This Report" over what the institute's series is and why this one: the publisher's
            elif i < 16 and _MET_PURSUANT.match(p):
                self.roles[i] = "introduction"  # "The Commission met, pursuant to notice, at 9:32 a.m., …": the record's own opening
            elif i < 16 and re.match(
                r"(?:(?:commissioners|members|senators|representatives|also) present\s*:?|before\s*:)\s*\n", self.paragraphs[i].strip(), re.I
            ):
                self.roles[i] = "boilerplate"  # "COMMISSIONERS PRESENT:" or "BEFORE:" over the names a line each: who sat, none of them a writer
            elif (
                i < 12
                and (witness := re.match(r"witness\s*:\s*(?P<name>[^\n]+)(?P<post>(?:\n[^\n]+){0,3})$", self.paragraphs[i].strip(), re.I))
                and (named := re.sub(r"(?<=[a-z]{2})\.$", "", witness["name"].strip()))  # "Witness: Dr Helen Carrow.": no period in the name
                and (heard := byline_people(f"By {named}\n{' '.join(witness['post'].split())}".strip()))
                and len(heard) == 1
            ):
                self.roles[i] = "byline"  # "WITNESS:   PROFESSOR MARGARET A. HOLLOWAY-KIM" / "Professor of International Law, …": who answers
                self.bylines[i] = (self.person(*heard[0], i + 1 if heard[0][1] else 0),)
            elif (
                argument_before
                and not self.bylines
                and 3 <= len(lines) <= 6
                and _CLOSING.fullmatch(lines[0].strip())
                and (signer := name_alone(lines[1].strip()))
                and AFFILIATION_WORD.search(lines[2])
            ):  # "Best regards," / "Daniel Okafor-Reyes" / "Senior Analyst, … | Meridian Peninsula Advisory" / "T +1 202 …": an e-mail's signature
                self.roles[i] = "byline"
                self.bylines[i] = (self.person(signer, lines[2].strip(), i + 1),)
                self.signed_off.add(i)
            elif (
                len(lines) == 2
                and (side := name_alone(lines[0].strip()))
                and re.match(r"(?:yes|no|for|against|pro|con)\s*[-–—:]\s*\S", lines[1].strip(), re.I)
                and len(lines[1]) <= 160
                and i + 1 < self.count
                and is_prose(self.flat[i + 1])
            ):  # "Hannah Whitcombe" / "YES - A capped arsenal is safer than an uncapped one" over her side of a debate: she writes it
                self.roles[i] = "byline"
                self.sections[i] = self.person(side)
            elif (
                prose_before
                and len(lines) == 2
                and (numbered := re.fullmatch(r"\d{1,2}[.)]\s+(?P<name>.{4,60})", lines[0].strip()))
                and (contributor := name_alone(numbered["name"]))
                and len(lines[1]) <= 160
                and (lines[1].rstrip().endswith("?") or not is_prose(lines[1]))
                and i + 1 < self.count
                and is_prose(self.flat[i + 1])
            ):  # "1. Mats Engman" / "Can the armistice machinery carry a peace process?" over his part of a forum: he writes it
                self.roles[i] = "byline"
                self.sections[i] = self.person(contributor)
            elif (
                i < 8
                and not prose_before
                and (et_al := _ET_AL_MARKED.fullmatch(p))
                and (noted := self.named_in_a_marked_note(i, et_al["surname"], et_al["mark"]))
            ):
                self.roles[i] = "byline"  # "Chen et al.*" over "* Wei Chen is … Hana Yoshida is …": every writer the marked note names
                self.bylines[i] = tuple(self.person(name, post, k + 1) for name, post, k in noted)
            elif i < 8 and not prose_before and _SURNAMES_WITH_INITIALS.fullmatch(p):
                self.roles[i] = "byline"  # "Kim, J. and Oduya, P.": a brief's writers as a reference list names them, in full in the text
                self.bylines[i] = tuple(
                    self.person(_full_name_from_initials(surname, initials, self.flat)) for surname, initials in _SURNAME_INITIALS.findall(p)
                )
            elif i < 8 and _HANDLE.fullmatch(p) and (unmasked := self.pen_name_of(p.lstrip("@"))):
                self.roles[i] = "byline"  # "panmunjom_observer" under the dek, "… is the pen name of Mats Engman, …" in the bio: his
                self.bylines[i] = (self.person(unmasked),)
            elif i < 12 and _OPINION_BY.match(p):
                self.roles[i] = "introduction"  # "This column is an opinion by Ha-eun Choi, an associate professor …": the broadcaster presenting its guests
            elif (
                i < 12
                and re.match(r"(?:this|the following) (?:as[ -]told[ -]to )?(?:essay|piece|account|article|story|column)", p, re.I)
                and _A_CONVERSATION_WITH.search(p[:300])
            ):  # "This as-told-to essay is based on a conversation with Han Mi-kyung, 58, …": the magazine presenting its teller
                self.roles[i] = "introduction"
            elif i > 0 and len(p) > 200 and (update := _SIGNED_UPDATE.match(p)) and is_prose(p) and looks_like_name(named := clean_name(update["name"])):
                self.roles[i] = "body"  # "Update, October 14 (Rachel Osei): Since Marcus posted this, …": a second writer's word, added later
                self.sections[i] = self.person(_full_name(named, self.flat))
                self.alone.add(i)
            elif (
                EDITORS_NOTE.match(re.sub(r"^(?:note|nota|n\.b\.)\s*:\s*", "", english_label(p).strip("*_※() "), flags=re.I))
                or (i and self.roles[i - 1] == "editors_note" and EDITORS_NOTE_HEAD.match(self.flat[i - 1]))
                or (EDITORS_NOTE_HEAD.match(p) and i + 1 < self.count and EDITORS_NOTE.match(self.flat[i + 1]))
            ):
                # a heading alone, then the note ('Corrections and clarifications' over 'Correction, June 5, 2024: …')
                self.roles[i] = "editors_note"
                if re.match(r"(?:(?:note|n\.b\.)\s*:\s*)?(?:this|the) transcript\b", p, re.I) and _disclaims(p, after_the_first=True):
                    self.roles[i] = "disclaimer"  # "This transcript was generated automatically … Guests' views are their own and do not …"
            elif i < 12 and (speaking := self.speakers_taking_turns(i)):
                self.roles[i] = "byline"  # "Speakers: Prof. Zhao Minghui, Professor, …; Prof. Lee Sang-woo, …" over their turns
                self.bylines[i] = tuple(self.person(name, affiliation, i + 1 if affiliation else 0) for name, affiliation in speaking)
            elif (
                i < 12
                and len(lines) == 1
                and (chaired := _GROUP_AND_CHAIR.fullmatch(p))
                and (chair := byline_people(f"By {chaired['chair']}"))
                and len(chair) == 1
            ):
                self.roles[i] = "byline"  # "Working Group on Peninsula Nuclear Diplomacy | Chair: CHUN Chaesung (…)": the group's, and its chair's
                self.bylines[i] = (self.person(chaired["group"].strip()), self.person(chair[0][0], chair[0][1], i + 1 if chair[0][1] else 0))
            elif (
                self.bylines
                and len(lines) == 1
                and (behalf := re.fullmatch(r"signed on behalf of (?:the )?(?P<group>[^:]{3,100}):\s*(?P<who>\S.{3,160})", p, re.I))
                and (chair := byline_people(f"By {behalf['who']}"))
                and len(chair) == 1
            ):
                group = [n for n, known in enumerate(self.people) if fold(behalf["group"]) in fold(known.name)]  # 'the Working Group': the one named above
                self.roles[i] = "byline"  # "Signed on behalf of the Working Group: CHUN Chaesung, Chair" under the statement
                self.bylines[i] = (*group[:1], self.person(chair[0][0]))
                self.signed_off.add(i)
            elif i < 12 and (board := _BOARD_BYLINE.fullmatch(lines[0].strip())) and (len(lines) == 1 or (len(lines) == 2 and says_when(lines[1]))):
                self.roles[i] = "byline"  # "By the Ledger Editorial Board" (over the day): the board signs the editorial, as a person would
                self.bylines[i] = (self.person(re.sub(r"^the\b", "The", board["who"])),)
                if len(lines) == 2 and (found := dateline(lines[1].strip()) or date_among(lines[1].strip())) and found[0]:
                    self.date = self.date or found
            elif (named := _writers_a_line_names(p)) and {fold(name) for name in named} <= {fold(name) for name in self.default_signers}:
                self.roles[i] = "byline"  # "By Halden Centre Staff", "Issued by the Korea Peace Treaty Coalition", "*This issue was written by
                of = staff["of"] if (staff := _STAFF_BYLINE.fullmatch(p)) and staff["of"] else ""  # Hanna Berg and Sangwon Lee.*": whom the
                self.bylines[i] = tuple(self.person(name, of, i + 1 if of else 0) for name in named)  # text is taken as written by, and of where
                if _writers_of_this_issue(p):
                    self.signed_off.add(i)  # the last line's, under the text: a sign-off
                    if not re.match(r"[*_]*(?:this|today|written)\b", p, re.I):
                        self.roles[i] = "author_bio"  # "The Peninsula Desk is the Ledger's Korea team. This column was written by …"
            elif self.default_signers and i < 12 and "byline" not in self.roles[:i] and _BY_A_DESK.fullmatch(p):
                self.roles[i] = "byline"  # "By The Peninsula Desk": the team's, whose writers a line under the text names
                self.bylines[i] = tuple(self.person(name) for name in self.default_signers)
            elif (
                (
                    credit := CREDIT.match(english_label(p).strip("*_ ").lstrip("—–- "))  # "— Interview by Daniel Tan Wei Ming" under the interview
                    if len(p) <= 300
                    and not guest_list(self.paragraphs[i])
                    and not (len(p) > 120 and CAPTION.match(p))
                    and not (len(lines) == 2 and name_alone(lines[0].strip()) and re.search(r"\bsyndicate\.?$", lines[1].strip(), re.I))
                    and not (re.search(r"\bshow original\b", p, re.I) and is_boilerplate(p))  # a translation tool's bar: no translator
                    else None  # not 'Margaret Ellison' over 'Pacific Features Syndicate': the columnist's byline, her syndicate under it
                )
                or STAFF_OVER_NAME.match(self.paragraphs[i])
                or _credits_a_line(self.paragraphs[i])
            ):  # not 'Main Image Credit: A man watches … Courtesy of Yonhap': a caption
                self.roles[i] = "credit"  # not "Panelists:" over the panel: their byline; "Presenter" over a name is one
                if i and self.roles[i - 1] is None and len(self.flat[i - 1]) <= 200 and credit and credit.group(0).lower().strip(" :").endswith("credit"):
                    self.roles[i - 1] = "caption"  # a photo's caption, then its credit
                for part in [*re.split(r"\s+[|·•]\s+", p)[1:], *lines[1:]]:  # "Interview by Karin Holmqvist | July 2, 2019", or the day under it
                    found = dateline(part.strip())
                    if found and found[0]:
                        self.date = self.date or found
                self.credit_date = self.credit_date or date_within(p)  # "… originally published in Korean on October 12, 2021"
            elif i > 0 and _NUMBERED_PART.fullmatch(p) and not (i < 4 and re.match(r"chapter\b", p, re.I)):
                self.roles[i] = "subtitle"  # "Letter 2", "Part III": a heading, over its date line as much as over prose (a report's
                # 'CHAPTER 4' over the chapter's title, at the top, is its label)
            elif _REPLY_HEAD.match(p):
                self.roles[i] = "subtitle"  # "My reply": the writer's own section again, after a guest's
            elif i < 8 and (ending := _BY_AT_THE_END.search(p)) and ending.start() > 0 and looks_like_name(named := clean_name(ending["name"])):
                self.roles[i] = "byline"  # "… the region has every reason to push for one, says a former diplomat. By Benjamin Teo": the dek, signed
                self.bylines[i] = (self.person(title_case(named)),)
            elif (
                i < 12
                and not self.people
                and (writes := _WRITES_IN_FIRST_WORDS.match(p))
                and is_prose(p)
                and looks_like_name(named := clean_name(writes["name"]))
            ):
                self.roles[i] = "body"  # "Chiara Bellini writes: Sunday's meeting …": the argument, signed in its first words
                self.bylines[i] = (self.person(title_case(named)),)
                self.signed_within.add(i)
            elif (part := _SIGNED_PART.match(p)) and looks_like_name(clean_name(part.group("name"))):
                self.roles[i] = "byline"  # "POSTSCRIPT, by Kenji Watanabe": one co-author's own words, to the next heading
                self.sections[i] = self.person(clean_name(part.group("name")))
                self.alone.add(i)
            elif (
                (letter := _LETTER_HEAD.match(p)) and looks_like_name(clean_name(letter.group("name")))
            ) or (  # "Chun Chae-sung to Lee Sang-soo — Seoul, 5 July 2019" over "Dear Sangsoo,": a letter, its writer's
                (letter := _FROM_TO.match(p))
                and looks_like_name(clean_name(letter.group("name")))
                and looks_like_name(clean_name(letter.group("to")))
                and ((letter.group("when") and date_within(letter.group("when"))) or (i + 1 < self.count and _DEAR.match(self.flat[i + 1])))
            ):
                self.roles[i] = "byline"  # "Second letter — Rachel Whitford to CHUN Chae-sung": hers, to the next letter
                self.sections[i] = self.person(clean_name(letter.group("name")))
                self.alone.add(i)
            elif (
                (letter := _FROM_TO.match(p))
                and looks_like_name(clean_name(letter.group("name")))
                and looks_like_name(clean_name(letter.group("to")))
                and i + 2 < self.count
                and dateline(self.flat[i + 1])
                and _DEAR.match(self.flat[i + 2])
            ):
                self.roles[i] = "subtitle"  # "Margaret Holloway to Sangsoo Lee" over "Washington, January 24, 2019" and "Dear Sangsoo,": a letter's heading
            elif (
                i < 8
                and not prose_before
                and len(lines) == 1
                and (column := re.fullmatch(r"with\s+(?P<name>\S.{3,60})", p, re.I))
                and (host := name_alone(column["name"]))
                and len(host.split()) >= 2
            ):
                self.roles[i] = "byline"  # "ON THE PARALLEL" / "WITH LEE SANG-HOON": a column's running head names its writer
                self.bylines[i] = (self.person(title_case(host)),)
            elif (
                i < 10
                and not prose_before
                and len(lines) == 1
                and (guest := re.fullmatch(r"with\s+(?P<name>[^,]{4,60}),\s+(?P<post>[^,].{2,160})", p, re.I))
                and (named := name_alone(guest["name"]))
                and len(named.split()) >= 2
                and AFFILIATION_WORD.search(guest["post"])
                and any(fold(named.split()[-1]) in fold(self.flat[k]) for k in range(i))  # the guest the headline names: 'Three questions for …'
            ):
                self.roles[i] = "byline"  # "With Dr. Sangsoo Lee, Institute for Security and Development Policy (ISDP), Stockholm": who answers
                self.bylines[i] = (self.person(named, guest["post"].rstrip("."), i + 1),)
            elif (tapped := re.match(r"tap to (?:expand|enlarge|zoom)\s*\n(?P<rest>[^\n]{10,300})$", self.paragraphs[i].strip(), re.I)) and (
                not is_prose(tapped["rest"]) or re.search(r"\([^()]{2,60}\)\.?$", tapped["rest"])  # '… over the peninsula. (ROK Ministry of …)'
            ):
                self.roles[i] = "caption"  # "Tap to expand" over the words under a photo, as a phone's copy keeps its button
            elif (
                argument_before
                and re.fullmatch(r"<[^<>\n]{4,200}>", self.raw[i].strip())
                and len(signed := byline_people(self.raw[i].strip(), names_alone=True) or ()) == 1
            ):
                self.roles[i] = "byline"  # "<Chun Jae-sung / Professor, …>" under the column: a Korean daily's signature
                self.bylines[i] = (self.person(signed[0][0], signed[0][1], i + 1),)
                self.signed_off.add(i)
            elif (
                i > 0
                and len(lines) >= 2
                and re.fullmatch(r"(?:for|against) the (?:motion|proposition|resolution)|the case (?:for|against)", lines[0].strip(), re.I)
                and len(side := byline_people("\n".join(lines[1:]), names_alone=True) or ()) == 1
            ):
                self.roles[i] = "byline"  # "FOR THE MOTION" / "Rebecca Aldana" / "Senior Fellow, …": her side of the debate, to the other's
                self.sections[i] = self.person(side[0][0], side[0][1], i + 1 if side[0][1] else 0)  # (its 'Rebuttal' heading hers too)
            elif (
                0 < i < 10
                and not prose_before  # (between two parts, 'Katrin Berg responds' opens her part: `_RESPONDS`)
                and len(lines) == 1
                and (responds := _RESPONDS.search(p))
                and (replier := name_alone(RANKS.sub("", p[: responds.start()]).strip()))
            ):
                self.roles[i] = "byline"  # "Maj. Gen. (ret.) Mats Engman responds" under a reply's headline: who wrote it
                self.bylines[i] = (self.person(title_case(replier)),)
            elif (
                0 < i < 20
                and (sworn := re.fullmatch(r"(?P<who>[^()\n]{4,60}?)\s*\((?:sworn|affirmed|called|recalled)\)", p, re.I))
                and (witness := name_alone(RANKS.sub("", sworn["who"]).strip()))
            ):
                self.roles[i] = "byline"  # "DR. MIRIAM HOLLOWAY (affirmed)": a witness called before a tribunal, who answers what follows
                self.bylines[i] = (self.person(title_case(witness)),)
            elif i > 0 and fold(p) in ("point", "counterpoint") and {"point", "counterpoint"} <= {fold(q) for q in self.flat}:
                self.roles[i] = "label"  # "POINT" over one side's headline and byline, "COUNTERPOINT" over the other's
            elif i > 2 and _BOARD_BIO.match(p):
                self.roles[i] = "author_bio"  # "Editorials are the opinion of the … editorial board, … Members are …": who the board is
            elif (guest := _WRITES.match(p)) and looks_like_name(clean_name(guest.group("name"))):
                self.roles[i] = "byline"  # "Alastair Finch writes:": a guest's section, theirs to the next heading
                post = guest["post"] or ""  # "Editorial board member Marcus Feld writes:", under the board's editorial: his dissent
                self.sections[i] = self.person(clean_name(guest.group("name")), post, i + 1 if post else 0)
                self.alone.add(i)
            elif i and re.search(r"\bgmail\s+-\s", self.flat[i - 1], re.I) and (owner := _SENDER.fullmatch(p)) and not owner["when"]:
                self.roles[i] = "boilerplate"  # under a printed Gmail page's header, the mailbox's owner (a sender line with no date): the reader, no author
            elif re.match(r"\[(?:translator|interpreter)[’']?s?[’']? notes?\s*:", p, re.I) and p.endswith("]"):
                self.roles[i] = "notes"  # "[Translator's note: The leaflet campaigns refer to …]": a gloss on the text, no one's argument
            elif argument_before and re.match(r"(?:end)?notes?\s*:\s*(?:\(1\)|\[1\]|1[.)]|¹)\s*\S", p, re.I):
                self.roles[i] = "notes"  # "Notes: (1) The draft was circulated … (2) See …": the notes run together under their label
            elif len(lines) == 2 and re.fullmatch(r"\d+ messages?", lines[1].strip()):
                self.roles[i] = "boilerplate"  # Gmail's subject over "1 message": the newsletter's own title follows
            elif (sender := _SENDER.match(lines[0])) and any(re.match(r"(?:reply-to|to|cc)\s*:", line.strip(), re.I) for line in lines[1:]):
                # a printed e-mail's sender, when it was sent, and to whom: "Rachel Okafor <rachel@…> Mon, Oct 7, 2019 at 6:02 AM"
                sent = dateline(sender["when"].strip())  # the date stated, though the header stays furniture: the newsletter's own title follows
                self.subject = next((m["value"].strip() for line in lines[1:] if (m := re.match(r"\s*subject\s*:\s*(?P<value>.+)", line, re.I))), "")
                self.roles[i] = "boilerplate"
                self.date = self.date or (sent if sent and sent[0] else None)
            elif (
                argument_before
                and (posted := _POSTED_BY_AT.fullmatch(p))
                and looks_like_name(named := clean_name(posted["name"]))
                and not AFFILIATION_WORD.search(named)
                and not only_institutions(named)
            ):
                self.roles[i] = "byline"  # "Posted by Tian Haoran at 11:26 PM" under a blog's post: its writer, as Blogger signs it
                self.bylines[i] = (self.person(named),)
            elif argument_before and len(lines) >= 2 and any(re.fullmatch(r"[\d.,]+[KkMm]? followers?", line.strip(), re.I) for line in lines[1:3]):
                self.roles[i] = "author_bio"  # Medium's box under the post: "Written by Lan Anh Nguyen" / "1.3K Followers" / her bio
            elif (
                0 < i < 8
                and len(lines) == 1
                and (column := re.fullmatch(r"(?P<column>(?-i:[A-Z][A-Z’'&-]+(?: [A-Z][A-Z’'&-]+){0,3}))\s+[|·•]\s+(?P<name>[^|·•]{4,40})", p))
                and (columnist := name_alone(column["name"].strip()))
                and looks_like_name(columnist)
                and not is_institution_name(column["name"])
                and any(fold(columnist) in fold(self.flat[j]) for j in range(i + 1, self.count))  # her name again, in her bio
            ):
                self.roles[i] = "byline"  # "PENINSULA WATCH | Fiona Tremayne": the column's name and its writer's, over the headline
                self.bylines[i] = (self.person(title_case(columnist)),)
            elif (
                i < 10
                and (single := _ONE_NAME_BYLINE.fullmatch(p))
                and fold(single["name"]) not in _NOT_ONE_NAME
                and any(
                    re.match(rf"[*_\s]*{re.escape(single['name'])},? is (?:a|an|the)\b", self.flat[j])
                    or re.search(rf"[“\"‘']{re.escape(single['name'])}[”\"’'],? is (?:the|a) {_PEN_NAME}\b", self.flat[j])
                    for j in range(i + 1, self.count)
                )  # or an editor's note: '“Bukhansan” is the pen name of a former senior South Korean official …'
            ):
                self.roles[i] = "byline"  # "By Hartanto", and "Hartanto is a former ambassador …" under the text: a name of one word
                self.bylines[i] = (self.person(single["name"]),)
            elif (
                (
                    not (len(p) > 300 and is_prose(p) and re.search(r"\b[a-z]{3,}[.!?](?:\s+[A-Z]|\s*$)", p))
                    or guest_list(self.paragraphs[i])  # but "Drafting team:" over a member a line, 'Dr. philos. Ingrid Halvorsen' among them
                )
                and not _name_over_what_they_say(lines)  # nor 'YOON SEO-YEON' over 'Hello and welcome to …', a transcript's turn
                and not (prose_before and running.get(PAGE_DIGITS.sub("#", p), 0) > 1)  # nor a PDF's running head, its publisher's name on every page
                and not (is_prose(p) and re.search(r"\b(?:is|was)\s+(?:a|an|the)\s", lines[0]) and _BIO.match(RANKS.sub("", lines[0])))  # nor a bio
                # under 'About the authors' ('Commander Liam Fairweather, RAN, is a Visiting Fellow at …')
            ) and (  # not "Chairman Brandt, Ranking Member …: thank you …"
                by := byline_people(
                    self.paragraphs[i],
                    names_alone=(
                        (
                            0 < i < 10
                            and _only_a_dek_before(
                                self.flat,
                                self.roles,
                                i,
                                named_together=len(lines) == 1 and bool(re.search(r"\s(?:and|&)\s", p)),
                                dated_here=(dated_here := len(lines) == 2 and says_when(lines[1])),
                            )
                            and not (
                                LABEL.match(p)
                                and not _name_then_outlet(p, self.flat[i + 1] if i + 1 < self.count else "")
                                and not (len(lines) == 2 and name_alone(lines[0].strip()) and _WRITER_S_KIND.fullmatch(lines[1].strip()))
                                if not dated_here
                                else LABEL.match(lines[0].strip()) and not all(looks_like_name(part) for part in re.split(r"\s+[|·•]\s+", lines[0].strip()))
                            )  # 'Policy Brief | …'; not 'Zhao Minghui' over '2d ago · 6 min read', nor 'Aleksandr Volkov | Zhou Lanying' over the day
                            and not is_boilerplate(self.paragraphs[i])
                            and not self.headline_over_the_byline(i)
                        )
                        or (i > 0 and _AUTHORS_HEADING.fullmatch(self.flat[i - 1]) is not None)  # "Authors" over a sidebar's names
                        or (i > 1 and _AUTHORS_HEADING.fullmatch(self.flat[i - 2]) is not None and self.roles[i - 1] == "byline")
                    ),
                )
            ):
                self.roles[i] = "byline"
                self.bylines[i] = tuple(self.person(name, affiliation, i + 1 if affiliation else 0) for name, affiliation in by)
                if i < 8 and len(lines) == 1 and not prose_before and "title" not in self.roles[:i] and _SPEECH_HEADLINE.match(p):
                    self.roles[i] = (
                        "title"  # "Remarks by H.E. Mr. Bat-Erdene Gansukh, Minister …, at the Opening Session of …": the headline, and the speaker's
                    )
                if argument_before and i < last_argument and len(by) == 1:
                    self.sections[i] = self.bylines[i][0]  # "By Kenji Watanabe" between two arguments: the next section's author
                for part in [*re.split(r"\s+[|·•]\s+|\s+[—–-]\s+(?=\d)", lines[0])[1:], *lines[1:]]:  # "By Jane Doe | March 3, 2021", "… - 06/02/22 8:00 AM ET"
                    bilingual = date_among(part.strip()) if " / " in part else None  # "Publié le 17 janvier 2020 … / Published January 17, 2020 …": the English
                    found = bilingual or dateline(" ".join(part.split())) or date_among(part.strip())  # "Jakarta   ●   Fri, July 14, 2023   ●   4 min read"
                    if found and found[0]:
                        self.date = self.date or found
                if self.date is None and len(p) <= 160 and (found := date_within(lines[0])):
                    self.date = found  # "By Jane Doe on March 2, 2026."
                posted = re.match(r"(?:posted|published|written)\s+on\s+(?P<when>[^|]{4,40}?)\s+by\s", lines[0], re.I)
                if self.date is None and posted and (found := dateline(posted["when"])) and found[0]:
                    self.date = found  # "Posted on 27/02/2020 by …": a blog's byline, the day first
            elif (
                (len(lines) == 2 and (named := name_alone(lines[0].strip())) and (found := dateline(lines[1].strip())))
                or (
                    len(lines) == 1
                    and (split := re.fullmatch(r"(?P<who>[^|·•]{4,60}?)\s+[|·•]\s+(?P<when>.*)", p))
                    and (named := name_alone(split["who"]))
                    and not _CITY.fullmatch(named)
                    and not _OUTLET_LINE.fullmatch(split["who"].strip())  # "Nordic Post · Tuesday 14 November 2023 · 23": the paper's, no one's
                    and (found := dateline(split["when"]))
                    and (re.match(r"(?:published|posted|updated)\b", split["when"], re.I) or (len(found[0] or "") == 10 and "," not in split["who"]))
                )
            ):  # "Kathryn Oh" over "May 3, 2023"; "Sang-woo Lee | Published Jun 5, 2018" (not "Brussels · Published …"), "Maj Gen (Retd) Mats Engman | 12 June 2018"
                self.roles[i] = "byline"  # the writer and the day
                self.bylines[i] = (self.person(title_case(named)),)
                if found[0]:
                    self.date = self.date or found
            elif (
                i < 12
                and len(lines) >= 3
                and (named := name_alone(lines[0].strip()))
                and any(re.fullmatch(r"follow|subscribe", line.strip(), re.I) for line in lines[1:])
                and all(len(line.strip()) <= 40 for line in lines[1:])
                and (found := next((d for line in lines[1:] if (d := dateline(line.strip())) and d[0]), None))
            ):
                self.roles[i] = (
                    "byline"  # "Takeshi Ono / · / Follow / Published in / Nuclear Notes / · / 8 min read / · / Feb 7, 2022": a platform's author block
                )
                self.bylines[i] = (self.person(title_case(named)),)
                self.date = self.date or found
            elif (
                i < 12
                and len(lines) >= 3
                and all(name_alone(line.strip()) and "," not in line and not AFFILIATION_WORD.search(line) for line in lines[:-1])
                and (found := dateline(lines[-1].strip()))
            ):
                self.roles[i] = "byline"  # "Niklas Swanstrom" / "Emily Hargreaves" / "12 March 2024": the writers stacked over the day
                self.bylines[i] = tuple(self.person(title_case(name_alone(line.strip()) or "")) for line in lines[:-1])
                if found[0]:
                    self.date = self.date or found
            elif i < 12 and (viewed := _VIEWS_THEN_DAY.match(p)) and (found := date_within(p[viewed.end() : viewed.end() + 40])):
                self.roles[i] = "dateline"  # "23,118 views  Mar 9, 2022  North Korea Explained": a video's views, the day it went up, its tags
                self.date = self.date or found
            elif (
                i < 12
                and (source := re.match(r"(?:first|originally) (?:published|appeared) (?:in|by) [^,\n]{2,80},\s*(?P<when>.{6,40}?)\.?$", p, re.I))
                and (found := dateline(source["when"]))
            ):
                self.roles[i] = "dateline"  # "First published in Tōa Seikyoku (Tokyo), 14 November 2022.": when it first appeared
                if found[0]:
                    self.date = self.date or found
            elif (
                i < 12
                and len(lines) >= 2
                and re.fullmatch(
                    r"(?:(?:series |managing |copy |technical )?editors?|editing|design|layout|cover (?:design|photo|image)|typesetting|production|proofreading)\s*:?",
                    lines[0].strip(),
                    re.I,
                )
                and len(lines) <= 4
                and all(len(line) <= 80 and not line.rstrip().endswith(".") for line in lines[1:])
            ):
                self.roles[i] = "credit"  # a report's cover: "Editor" over "Johan Lindqvist", "Design" over "Studio Norrsken, Uppsala"
            elif len(p) <= 160 and (
                imprint := re.fullmatch(r"(?:first|originally) published (?:in )?(?P<when>(?:[A-Z][a-z]+ )?(?:19|20)\d\d)(?: by [^\n]{2,120})?\.?", p, re.I)
            ):
                self.roles[i] = "dateline"  # "First published 2020 by Kaveri Academic Press, New Delhi": a book's imprint, its year
                self.credit_date = self.credit_date or dateline(imprint["when"]) or (imprint["when"][-4:], imprint["when"])  # the year alone
            elif (
                i < 10
                and len(lines) == 2
                and re.search(r"\s(?:and|&)\s", lines[0])
                and len(names := split_names(lines[0].strip())) >= 2
                and all(name_alone(name) for name in names)
                and (found := dateline(lines[1].strip()))
            ):
                self.roles[i] = "byline"  # "Dmitri Sorokin and Yoon Min-seo" over "11 October 2024": the writers and the day
                self.bylines[i] = tuple(self.person(title_case(name)) for name in names)
                if found[0]:
                    self.date = self.date or found
            elif (
                ((found := dateline(p)) and not PAGE_FOOTER.fullmatch(p))  # not 'ISDP Issue Brief, December 2018 | www.isdp.eu | 2'
                or (i < 10 and (aired := _AIRED.fullmatch(p)) and (found := dateline(aired["day"])))  # "From Global Briefing, 9:06 am on 4 August 2019"
                or (
                    i < 10 and (held := _HELD_AT.fullmatch(p)) and (found := dateline(held["day"]))
                )  # "Recorded at the House of the Estates, Helsinki, 22 October 2019"
                or ((stamp := _POST_STAMP.fullmatch(p)) and (found := dateline(stamp["day"])))  # "10:42 PM · Jan 18, 2023 · 214.6K Views" under a thread
                or (
                    2 <= len(lines) <= 3
                    and (found := dateline(lines[0].strip()))
                    and all(len(line) <= 120 and not is_prose(line) for line in lines[1:])  # its time, and where: "10:00 – 11:30 a.m. EDT"
                )
                or (
                    i < 12
                    and len(lines) == 2
                    and re.match(r"(?:held|recorded|convened)\s+(?:at|in)\s", lines[0].strip(), re.I)
                    and (found := dateline(lines[1].strip()))
                )  # "Held at Hall 3, Geneva Centre for Dialogue" over "Wednesday, 14 June 2023, commencing at 10:02 a.m.": where, then when
                or (
                    i < 12
                    and len(lines) >= 3
                    and lines[0].strip().isupper()
                    and (found := dateline(lines[0].strip()))
                    and found[0] is not None
                    and len(found[0]) == 10
                    and len(lines[1]) <= 60
                    and not is_prose(lines[1])
                )  # "WEDNESDAY, JUNE 11, 2025" over "U.S. Senate, …", "Washington, DC." and "The subcommittee met, …": a printed hearing's
            ):
                self.roles[i] = "dateline"
                stamped = bool(re.match(r"(?:last )?(?:updated|modified|edited)\b", p, re.I))
                posted = bool(re.match(r"(?:(?:transcript|video|audio|recording|text)\s+)?(?:published|posted)\b", p, re.I))
                refines = bool(found[0] and self.date and self.date[0] and len(self.date[0]) == 4 and found[0].startswith(self.date[0]))
                if found[0] and (self.date is None or masthead_date or (updated and not stamped) or (scheduled and posted) or refines):
                    # a date line of its own says it better than a masthead's parts; the day it was published, than an update's or an event's;
                    # 'Posted April 2, 2025', than the issue's season over it ('Spring 2025'), which names its year alone
                    self.date, masthead_date, updated = found, False, stamped
                    scheduled = bool(re.search(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*[–—-]", p, re.I)) and not posted
            elif (
                len(p) <= 240
                and _ARTICLE_HISTORY.match(p)
                and (steps := re.split(r"[;|·•\n]|\s/\s", self.paragraphs[i]))  # ('ARTICLE HISTORY' over a step a line)
                and (days := [found for part in steps if (found := date_within(part))])
            ):
                self.roles[i] = "dateline"  # "Received 14 January 2020; Revised 2 April 2020; Accepted 11 May 2020": the article's history
                published = next((date_within(part) for part in steps if re.search(r"\bpublished\b", part, re.I)), None)
                if published:
                    self.date = published  # "…; published online 30 November 2022": the day it came out, more than its issue's month
                self.credit_date = self.credit_date or days[-1]  # else the day it was accepted, when no issue's date says more
            elif (
                0 < i < min(self.count - 1, 10)
                and re.fullmatch(r"(?-i:[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,2}), (?-i:[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+)?)", p)
                and not re.search(r"\b(?:Then|Now|Not|Yet|Again|First|Is|Are|Why|How|What|Talk)\b", p.split(",", 1)[1])  # "Freeze First, Then Talk": a headline
                and (day := dateline(self.flat[i + 1]))
                and day[0]
                and not (
                    looks_like_name(p.split(",")[0])
                    and (
                        AFFILIATION_WORD.search(post := p.split(",", 1)[1])
                        or re.search(r"\b(?:columnist|writer|editor|correspondent|reporter|contributor)\b", post, re.I)
                    )
                )  # not "Daniel Hwang, Staff Columnist", a writer and his post
            ):
                self.roles[i] = "dateline"  # "Washington, D.C." over "Thursday, March 28, 2019": where, over when
            elif i > 0 and _PLACE_AND_DAY.fullmatch(p):
                self.roles[i] = "dateline"  # "Kyoto, January 26" over a letter: where and when it was written, the year the issue's
            elif (
                i > 2
                and (titled := re.fullmatch(r"(?P<surname>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+):\s+(?P<title>[^.?!:;\n]{5,100}[?]?)", p))
                and len(titled["title"].split()) >= 3
                and i + 1 < self.count
                and is_prose(self.flat[i + 1])
                and not SPEAKER.match(self.flat[i + 1])
                and len(one_of := [n for n, person in enumerate(self.people) if _goes_by(person.name, titled["surname"])]) == 1
            ):
                self.roles[i] = "subtitle"  # "Lee: Washington's promises have an expiry date": a debater's rebuttal, under its title ('Matt: …', Matthew's)
                self.sections[i] = one_of[0]
                self.alone.add(i)
            elif (
                i > 2
                and (signed := _NAME_COLON_TITLE.fullmatch(p))
                and looks_like_name(who := clean_name(signed["name"]))
                and len(who.split()) >= 2
                and not AFFILIATION_WORD.search(who)
                and i + 1 < self.count
                and is_prose(self.flat[i + 1])
                and not SPEAKER.match(self.flat[i + 1])
                and sum(bool(_NAME_COLON_TITLE.fullmatch(q)) and is_prose(self.flat[k + 1]) for k, q in enumerate(self.flat[:-1])) >= 2
                and self.has_a_bio(who, but=i)
            ):  # "## Mats Engman: Start with the armistice, not the treaty" over his part, and the others' so headed, each with a bio
                self.roles[i] = "byline"
                self.sections[i] = self.person(who)
            elif (
                i not in pulled  # not '“The freeze has to come first …” — Walter Brandvold', his words again, set large
                and (headed := _HEADED_BY_ONE.fullmatch(p))
                and not is_prose(headed["heading"])
                and (one_of := [n for n, person in enumerate(self.people) if fold(person.name) == fold(clean_name(headed["name"] or headed["after"]))])
            ):
                self.roles[i] = "subtitle"  # "4. A view from outside the Six (Priya Raghunathan)": one co-author's, to the next heading
                self.sections[i] = one_of[0]
                self.alone.add(i)
            elif (one := _ONE_SECTION.match(p)) and looks_like_name(one.group("name")):
                self.roles[i] = "byline"  # "This section is written by Park Ji-won alone": one co-author's, to the next heading
                self.sections[i] = self.person(one.group("name"))
                self.alone.add(i)
            elif (
                i > 0
                and len(p) <= 500
                and self.roles[i - 1] is None
                and not is_prose(self.flat[i - 1])
                and (one := _ONE_SECTION_NOTED.search(p))
                and looks_like_name(named := title_case(one.group("name")))
            ):
                self.roles[i] = "disclaimer"  # "[Authors' note: … Section 4 was written by WONG Mei Lin alone …]" under its heading
                self.sections[i] = self.person(named)
                self.alone.add(i)
            elif ((signed := re.fullmatch(r"[—–-]{1,2}\s*(?P<name>[^—–-].{2,58})", p)) and (named := name_alone(signed.group("name").strip()))) or (
                len(lines) == 2 and re.match(r"\s*[—–-]{1,2}\s*\S", lines[0]) and (named := _signed_name([lines[0].strip(" —–-"), lines[1]]))
            ):
                self.roles[i] = "byline"  # "— Hiroshi Kanemoto", "—Marcus Feld" over "Washington, D.C.": the writer, signing the end
                self.bylines[i] = (self.person(title_case(named)),)
            elif (
                i < 10
                and len(lines) >= 3
                and (named := name_alone(lines[0].strip()))
                and any(_COUNT_OR_BUTTON.fullmatch(line.strip()) for line in lines[1:])
                and (day := next((found for line in lines[1:] if (found := dateline(line.strip())) and found[0]), None))
                and all(_COUNT_OR_BUTTON.fullmatch(line.strip()) or (dateline(line.strip()) or (None,))[0] for line in lines[1:])
            ):
                self.roles[i] = "byline"  # "Daniel Whitcombe / May 24, 2021 / 14 / 6 / Share": a newsletter's writer, day, likes and comments
                self.bylines[i] = (self.person(title_case(named)),)
                if self.date is None or masthead_date:
                    self.date, masthead_date = day, False
            elif (
                (i < 8 or i - next((k for k, role in enumerate(self.roles) if role != "boilerplate"), 0) < 6)  # (or as high under a
                # block of furniture: a note app's stamps, tags and to-dos)
                and (self.date is None or masthead_date)
                and not is_prose(p)
                and not _PRINTED_AT.match(p)  # "6/24/24, 8:47 AM\tThe treaty that …": when a browser printed the page, and its title
                and not (running[PAGE_DIGITS.sub("#", p)] >= 2 and re.match(r"\d{1,2}/\d{1,2}/\d{2,4}\s", p))  # "3/22/2019   The … | The Asia
                # Strategist" at the head of every printed page: the day it was printed
                and not (len(lines) >= 2 and i > 0 and is_prose(self.flat[i - 1]) and name_alone(lines[0].strip()))  # a signature's place and day
                and not (len(lines) >= 2 and LINKS_HEADING.match(lines[0].strip("*_ ")))  # "Previous roundtables:" over their months
                and not (argument_before and is_boilerplate(self.paragraphs[i]))  # a timeline box beside the argument
                and not re.match(r"created\s*:.*\b(?:edited|modified)\s*:", p, re.I)  # "Created: … Last edited: …": a reader's note, not the text
                and (found := date_among(self.paragraphs[i]))
            ):
                # a masthead that states the date among short parts: a series label's ('Policy Brief No. 61   November 2019'), else a date line's
                parts = re.split(r"\s+[|·•]\s+|\s{3,}|\t+", self.paragraphs[i].strip())
                page = any(re.fullmatch(r"\d{1,3}", part.strip()) for part in parts)  # "6   OPINION   THURSDAY, SEPTEMBER 7, 2017": a running head
                named = [name for part in parts if found[1] not in part and (name := name_alone(part.strip(" *_")))]
                if (
                    len(parts) == 3
                    and i > 0
                    and (first := name_alone(parts[0].strip(" *_")))
                    and named == [first]
                    and found[1] in parts[2]
                    and re.fullmatch(r"[*_]+[^*_]{2,60}[*_]+", parts[1].strip())  # the outlet in italics
                ):
                    self.roles[i] = "byline"  # "**Chae-sung Chun** | *Nippon Strategic Review* | November 2, 2021": the writer, the outlet, the day
                    self.bylines[i] = (self.person(title_case(first)),)
                elif (
                    len(parts) == 2
                    and len(named) == 1
                    and i > 0
                    and (re.search(r"\s[·•]\s", self.paragraphs[i]) or ("-" in named[0] and not _CITY.fullmatch(named[0])))
                ):  # 'CHUN Chae-sung | 20.06.2018' (a hyphen in a given name, not 'Stratford-upon-Avon'); 'Santiago de Chile | 19/03/2012' is a place
                    self.roles[i] = "byline"  # "Ramon de la Peña Jr. · May 3, 2018": the writer, and the day
                    self.bylines[i] = (self.person(title_case(named[0])),)
                elif (
                    (len(parts) == 2 or (len(parts) == 3 and re.fullmatch(r"\d{1,2}\s*min(?:ute)?s?(?: read)?", parts[2].strip(), re.I)))
                    and i > 0
                    and found[1] in parts[1]
                    and (several := byline_people(parts[0].strip(), names_alone=True))
                    and len(several) >= 2
                    and not any(affiliation for _, affiliation in several)
                ):
                    self.roles[i] = "byline"  # "Siobhan Mackay, Nguyen Thi Lan Anh | 27 August 2026 (| 6 min read)": the writers, and the day
                    self.bylines[i] = tuple(self.person(name) for name, _ in several)
                elif (
                    len(parts) == 3
                    and len(named) == 1
                    and named[0] == name_alone(parts[1].strip())
                    and found[1] in parts[2]
                    and len(parts[0].split()) >= 4
                    and not name_alone(parts[0].strip())
                    and not LABEL.match(parts[0].strip())
                ):  # "Why Beijing Will Not Squeeze Pyongyang Harder | Zhao Minghui | Sept. 18, 2023": the headline, its writer, its day
                    self.roles[i] = "title"
                    self.bylines[i] = (self.person(title_case(named[0])),)
                elif (
                    len(lines) == 2
                    and i > 0
                    and found[1] in lines[1]
                    and "|" in lines[0]
                    and (posted := byline_people(lines[0].strip(), names_alone=True))
                    and all(post for _, post in posted)
                ):
                    self.roles[i] = "byline"  # "Hannah Whitlock | Senior Fellow, Canberra Institute …" over "14 November 2023"
                    self.bylines[i] = tuple(self.person(name, post, i + 1) for name, post in posted)
                elif (
                    len(lines) == 2
                    and found[1] in lines[1]
                    and re.match(r"(?:interview(?:ed)?(?: by)?|interviewer|(?:edited|compiled|moderated) by)\s*:?\s+\S", lines[0].strip(), re.I)
                ):
                    self.roles[i] = "credit"  # "Interview: Anaïs Ferrand" over "24.06.2024": who asked, and the day
                elif len(lines) >= 3 and (named := byline_people(self.paragraphs[i], names_alone=True)) and all(post for _, post in named):
                    self.roles[i] = "byline"  # "Dr. Katharina Albrecht, Senior Fellow, …" / "Kwon Min-seo, …" / "Veröffentlicht am 19. Januar 2022"
                    self.bylines[i] = tuple(self.person(name, post, i + 1) for name, post in named)
                else:
                    labelled = (  # 'EXPERT VOICES No. 12 | March 2020' (not 'Issue #47 | 27 April 2023', nor 'Published in EAPI Insights · …')
                        LABEL.match(parts[0].strip())
                        and found[1] not in parts[0]
                        and not re.fullmatch(r"(?:issue|no\.|vol\.)\s*#?\d+", parts[0].strip(), re.I)
                        and not re.match(r"(?:published|posted|updated|first published)\b", parts[0].strip(), re.I)
                    )
                    held_at = all(_VENUE_OR_PLACE.fullmatch(line.strip()) for line in lines if found[1] not in line)  # where and when
                    session = len(parts) >= 2 and re.fullmatch(r"(?:session|panel|day|track)\s+\d{1,2}[a-z]?", parts[0].strip(), re.I)
                    # 'Session 4 | Friday, 14 October 2022 | 14:00–15:30 | BEXCO …': when and where the session was held, no series
                    self.roles[i] = (
                        "dateline"
                        if session
                        else "label"
                        if _SERIES_MARK.search(p) or (len(lines) > 2 and not held_at) or labelled
                        else "boilerplate"
                        if page
                        else "dateline"
                    )
                self.date, masthead_date = found, True
            elif sign_off := SIGN_OFF.match(self.paragraphs[i]) or (
                i and self.roles[i - 1] is None and len(self.flat[i].split()) <= 6 and SIGN_OFF.match(f"{self.paragraphs[i - 1]}\n{self.paragraphs[i]}")
            ):
                if not SIGN_OFF.match(self.paragraphs[i]):
                    self.roles[i - 1] = "byline"  # "Until next week," and "Jenna" a paragraph each, as a copy may set them
                    self.signed_off.add(i - 1)
                self.roles[i] = "byline"  # "Until next time, Ingrid": the writer signs off; "Talk soon, Rachel & Daniel": both do
                self.signed_off.add(i)
                affiliation = (sign_off.group("affiliation") or "").strip()  # "Until next week,\nDaniel Ferriby\nSenior Analyst, NK News"
                signers = []
                for name in re.split(r"\s*(?:&|\band\b)\s*", sign_off.group("name")):
                    first = fold(name.split()[0])
                    signed = [  # "Dan" signs for Daniel Kessler
                        n
                        for n, known in enumerate(self.people)
                        if first in fold(known.name).split()
                        or (len(first) >= 3 and fold(known.name).startswith(first))
                        or first.replace("-", "") in fold(known.name).replace("-", "").split()  # "Chaesung" signs for CHUN Chae-sung
                        or any(
                            re.search(rf"\(\W?{re.escape(first)}\W", fold(p)) and fold(known.name) in fold(p) for p in self.flat[:i]
                        )  # "Zhao Yuchen (“Eric” Zhao)"
                    ]
                    if (
                        len(name.split()) == 1
                    ):  # "Talk next week,\nMegan": the bio under it gives her whole name ("Megan Thurlow is a …", "… is written by Megan Thurlow, a …")
                        bios = (_WRITTEN_BY.match(self.flat[j]) or _BIO.match(self.flat[j].lstrip("—–-*_ ")) for j in range(i + 1, self.count))
                        name = next(
                            (b.group("who") for b in bios if b and first in fold(b.group("who")).split() and len(b.group("who").split()) > 1),
                            None,  # 'Zhou Ming is …' under '— Ming': the given name last, as Chinese and Korean names put it
                        ) or next(
                            (  # "… written by Hannah Whitcombe, a …, and Jae-won Seo, a doctoral candidate": the second writer, named inside the bio
                                m.group()  # or the sender of a printed e-mail: "Rachel Okafor <rachel@…> Mon, Oct 7, 2019"
                                for j, after in [
                                    *((j, r",? (?:a|an|the|is|who)\b") for j in range(i + 1, self.count)),
                                    *((j, r"\s*<[^<>\s]+@") for j in range(i)),
                                ]
                                if (m := re.search(rf"\b{re.escape(name)}[a-z]*(?: [A-Z][\w’'-]+){{1,2}}(?={after})", self.flat[j]))
                            ),
                            name,
                        )
                    signers.append(signed[0] if signed else self.person(name, affiliation, i + 1 if affiliation else 0))
                self.bylines[i] = tuple(dict.fromkeys(signers))
                if self.roles[i - 1] == "byline" and i - 1 not in self.bylines:
                    self.bylines[i - 1] = self.bylines[i]  # the sign-off's words, a paragraph over the name
            elif (
                i > last_argument >= 0
                and len(lines) >= 2
                and re.fullmatch(SIGN_OFF_WORDS + r"\s*[,!.]?", lines[0].strip(), re.I)
                and not _VALEDICTION.fullmatch(lines[0].strip())  # 'Respectfully,' over an open letter's signatories: see `signatories`
                and (signed_off := byline_people("\n".join(_CONTACT_AFTER.sub("", line) for line in lines[1:] if line.strip()), True))
                and len(signed_off) == sum(bool(line.strip()) for line in lines[1:])
            ):  # "Until next week," over "Hye-jin Kang, Senior Analyst, Northeast Asia -- hkang@…" and her co-writer's line: both sign
                self.roles[i] = "byline"
                self.signed_off.add(i)
                self.bylines[i] = tuple(dict.fromkeys(self.person(name, post, i + 1 if post else 0) for name, post in signed_off))
            elif (
                i > last_argument >= 0
                and (signed := _INITIALS_SIGN_OFF.fullmatch(self.paragraphs[i].strip()))
                and (
                    signed["closing"]
                    or signed["second"]
                    or (not self.bylines and (who := self.named_by_initials(signed["first"])) is not None and self.has_a_bio(who, i))
                )  # not '— N.S.' alone under a guest's part: that part's signature; but '— T.R.' under a text no byline signs, whose
                # bio is Tomas Reinholt's ('About the columnist: Tomas Reinholt spent eleven years …')
                and all(named := [self.named_by_initials(letters) for letters in (signed["first"], signed["second"]) if letters])
            ):
                self.roles[i] = "byline"  # "Until next week, / J.H. & M.T.": Julia Hartmann and Marco Testa, as the text names them
                self.signed_off.add(i)
                self.bylines[i] = tuple(self.person(name) for name in named)
            elif (
                (i > last_argument >= 0 or (i > 0 and is_prose(self.flat[i - 1]) and len(self.bylines) >= 1))  # or under one writer's part
                and (dash := _FIRST_NAME_SIGNATURE.fullmatch(p) or _FIRST_NAMES_SIGNATURE.fullmatch(p))
                and (
                    signed := [
                        n
                        for first in dash.groups()
                        if first
                        for n, known in enumerate(self.people)
                        if fold(first) in (_name_words(known.name)[0], _name_words(known.name)[-1], fold(known.name.split()[-1]))
                    ]
                )
            ):
                self.roles[i] = "byline"  # "— Rachel", "— Hannah & Jae-won" under the last paragraph: the byline's writers, by their first names
                self.bylines[i] = tuple(dict.fromkeys(signed))
            elif (
                i > last_argument >= 0
                and not self.people
                and (dash := _FIRST_NAME_SIGNATURE.fullmatch(p))
                and (
                    whole := next(
                        (
                            m["who"]
                            for j in range(i + 1, min(i + 3, self.count))
                            if (m := _BIO.match(self.flat[j].lstrip("—–-*_ "))) and m["who"].split()[0] == dash.group(1)
                        ),
                        None,
                    )
                )
                and len(whole.split()) >= 2
            ):
                self.roles[i] = "byline"  # "— Jonas" over "Jonas Brekke is a senior researcher …", on a page with no byline: its writer
                self.bylines[i] = (self.person(whole),)
            elif (GREETING.match(bare) or SPEECH_SALUTATION.match(bare)) and i < self.count / 2 and not _greets_then_argues(self.paragraphs[i].strip("*_ ")):
                self.roles[i] = "introduction"  # "Hi all, …": the newsletter greets its readers
            elif (
                DISCLAIMER.match(bare)
                or DISCLAIMER.match(bare.strip("()–—- "))  # '(…)', '– Check against delivery –'
                or DISCLAIMER.match(re.sub(r"^\[?disclaimer\b[^:\]]{0,40}:\s*|\]$", "", bare, flags=re.I))  # "[Disclaimer on screen — read out: the views …]"
                or DISCLAIMER.match(re.sub(r"^(?:conflicts? of interests?|competing interests?|declaration of interests?)\s*:?\s*", "", bare, flags=re.I))
                or DISCLAIMER.match(_THANKS.sub("", bare))
                or (" / " in bare and DISCLAIMER.match(bare.split(" / ", 1)[1]))  # 'Kronikker uttrykker … / Op-eds express the views of the writer.'
                or (  # "This research was supported by a grant from … The authors declare no conflicts of interest.": a disclosure
                    argument_before
                    and len(bare) <= 400
                    and (
                        re.search(r"\b(?:declares?|reports?|have) no (?:competing interests?|conflicts? of interests?)\b", bare, re.I)
                        or (  # "… produced with funding from the Korea Foundation … The funder had no role in its content."
                            re.search(r"\b(?:funding|funded|grant|support)\s+(?:from|by)\b", bare, re.I)
                            and re.search(r"\bfunders? had no role\b|\bviews expressed (?:here |in it )?are (?:those )?of the authors?\b", bare, re.I)
                        )
                    )
                )
                or (
                    len(lines) > 1 and re.fullmatch(r"(?:important |legal )?(?:disclaimer|disclosure)s?\s*:?", lines[0].strip("*_ "), re.I)
                )  # "Important disclaimer" over it
            ) and not is_publisher_footer(bare):
                bio = _BIO.match(bare)
                # "Dr Jane Doe is a senior fellow at X. The views expressed here are her own." is her bio, with the disclaimer in it
                self.roles[i] = "author_bio" if bio and _BIO_WORDS.search(bare) and looks_like_name(clean_name(bio.group("who"))) else "disclaimer"
            elif i > 1 and re.match(r"\d{1,2}[.)]\s", p) and p.endswith("?") and len(p) <= 200 and self.flat.count(p) > 1:
                self.roles[i] = "question"  # "1. Would offering sanctions relief …?" put to each writer in turn: the editors' question
            elif 0 < i < 15 and len(p) <= 300 and p.endswith("?") and _PUT_TO_EACH.match(p):
                self.roles[i] = "question"  # "We asked each of them: What should … come first?": the one question the round table answers
            elif (
                i > 0
                and re.fullmatch(r"(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]{1,20})", p)  # in capitals: a signature ('Henrik') is set as written
                and i + 1 < self.count
                and is_prose(self.flat[i + 1])
                and len(by_first := [n for group in self.bylines.values() for n in group if fold(self.people[n].name.split()[0]) == fold(p)]) == 1
                and len({n for group in self.bylines.values() for n in group}) >= 2
            ):  # "HANA" over her turn in a newsletter 'Hana Seo and Marcus Whitfield' write together: her part, to the next name
                self.roles[i] = "byline"
                self.sections[i] = by_first[0]
                self.alone.add(i)
            elif i < 10 and _followed_writer(lines):
                self.roles[i] = "byline"  # "Callum Fraser" / "Follow" / "Published in Southern Latitudes · 8 min read": the writer
                self.bylines[i] = (self.person(title_case(name_alone(lines[0].strip()) or "")),)
            elif 0 < i < 12 and len(lines) == 1 and (office := _OFFICE_BEFORE.match(p)) and (speaker := name_alone(p[office.end() :])):
                self.roles[i] = "byline"  # "Spokesperson Yoon Seo-yeon" under a briefing's title: the one who briefs
                self.bylines[i] = (self.person(speaker),)
            elif 0 < i < 10 and len(lines) == 1 and (posted_by := _POST_META.fullmatch(p)) and (writer := name_alone(posted_by["name"])):
                self.roles[i] = "byline"  # "Ben Castellanos · North Korea, Sanctions, Verification · 3 Comments": a blog post's writer
                self.bylines[i] = (self.person(writer),)
            elif (
                (
                    is_boilerplate(self.paragraphs[i])
                    or (i < 3 and _NOTE_ICON.match(self.raw[i]) is not None and is_boilerplate(self.raw[i].strip()))  # '📄 …': a note app's page
                    or (  # 'BY THE NUMBERS' between two paragraphs of the argument (over an interview's first question, its summary)
                        argument_before
                        and len(lines) > 1
                        and FIGURES_HEAD.fullmatch(lines[0].strip("*_ ")) is not None
                        and i + 1 < self.count
                        and len(self.flat[i + 1]) > 200
                        and is_prose(self.flat[i + 1])
                    )
                    or _links_only(self.raw[i])  # "- [How the Yokosuka enforcement cell tracks …](https://…)" a line each, as Markdown keeps them
                    or (  # the page's foot under the bio, in the site's own language but for a cookie line ('Fjordposten AS · Ansvarlig …')
                        i > last_argument
                        and len(lines) > 1
                        and not name_alone(lines[0].strip())  # 'Eleanor Whitcombe' over her post: a bio's card
                        and any(self.roles[j] in ("author_bio", "disclaimer") for j in range(i))
                        and all(len(line) <= 120 for line in lines)
                        and any(len(line) >= 25 and is_boilerplate(line) for line in lines)  # not a wrapped line's '2019.'
                    )
                    or (
                        i > 1
                        and running.get(PAGE_DIGITS.sub("#", p), 0) > 1
                        and i not in retitled
                        and not (
                            not prose_before
                            and "\n" in self.paragraphs[i]
                            and len(p.split()) >= 5
                            and not is_institution_name(p)
                            and PAGE_DIGITS.sub("#", p) not in {PAGE_DIGITS.sub("#", q) for q in self.flat[:i]}
                        )  # "After Stockholm: Why the Working-Level" / "Channel Must Stay Open" wrapped on the cover: the title, its pages' head after
                        and not name_alone(p)
                        and not (
                            name_alone(lines[0].strip()) and any(BIO_HEAD.match(self.flat[j]) for j in range(max(0, i - 3), i))
                        )  # a writer's card again, under 'Author Information'
                        and not _DEAR.match(p)  # "Dear Rachel," twice: two letters
                        and not (re.match(r"\d{1,2}[.)]\s", p) and p.endswith("?"))  # "1. Would offering sanctions relief …?" put to each in turn
                        and not _NUMBERED_PART.fullmatch(p)  # "Letter 1", "Letter 2": headings that count, not a page's running head
                        and not re.fullmatch(r"(?:opening|closing) statements?|rebuttals?|(?:first |second )?(?:response|reply)", p, re.I)  # a debate's
                        # parts, each side's in turn
                    )
                    or (i > 1 and i != cover and _running_lines(self.paragraphs[i], paged))
                    or (  # a PDF page's running head: the title's words before its colon ('Verify First, Trust Later'), pages under it
                        i >= 6 and len(lines) == 1 and 2 <= len(p.split()) <= 10 and any(re.match(re.escape(p) + r"\s*[:–—]\s", self.flat[j]) for j in range(4))
                    )
                    or (i > 2 and len(lines) == 1 and p.isupper() and is_institution_name(p))  # a PDF page's head: 'THE FINNISH INSTITUTE OF …'
                    or (
                        i > 2
                        and len(lines) == 1
                        and (head := _AUTHORS_PAGE_HEAD.fullmatch(p))
                        and any(fold(head["surname"]) in fold(person.name).split() for person in self.people)
                    )  # "312 N. SWANSTRÖM": a journal's page head, its number and its author's initial and surname in capitals
                    or (i < 3 and _logo(lines))
                    or (i == 0 and len(lines) == 1 and is_named_with_tagline(p))
                    or (  # "Centre for Asia-Europe Security Studies, Prague" under the series label: its publisher, and where
                        0 < i < 4
                        and len(lines) == 1
                        and (place := re.fullmatch(r"(?P<name>[^,]{6,80}),\s+(?P<city>[A-Z][\w .-]{2,30})", p))
                        and is_institution_name(place["name"])
                        and len(place["city"].split()) <= 3
                    )
                    or (  # its publisher, over it, with its tagline perhaps ('African perspectives. Global insights.')
                        i == 0
                        and len(lines) <= 3
                        and is_institution_name(lines[0].split("\t")[0])  # "BERLIN FORUM FOR ASIAN SECURITY<gap>BFAS": its name, then its initials
                        and all(
                            len(line.strip()) <= 80 and not (LABEL.match(line.strip()) and not line.endswith(".")) for line in lines
                        )  # not 'Working Paper Series'
                        and self.count > 1
                        and not is_prose(self.flat[1])
                    )
                )
                and not (
                    (
                        i == 0 or (i < 3 and all(max(map(len, self.paragraphs[j].split("\n"))) <= 80 and not is_prose(self.flat[j]) for j in range(i)))
                    )  # 'HCSP POLICY BRIEF 9' under its publisher, or under a masthead and its row of sections
                    and LABEL.match(p)
                    and len(lines) == 1
                    and sum(1 for word in p.split() if re.search(r"\w", word)) <= 6  # 'OPINION · ASIA-PACIFIC · 7 min read'
                    and not is_running_head(self.paragraphs[i])
                    and not re.search(r"\bprint(?:er[- ]friendly)? version\b", p, re.I)
                )
            ):  # or a PDF's running header, again; but 'Comment' over a title is its label (not 'VIEWPOINTS      PAGE 10')
                self.roles[i] = "boilerplate"
                if (
                    i < 12
                    and (published := re.search(r"\bfirst published (?:on )?(?P<when>[^.;\n]{6,40})", p, re.I))
                    and (found := dateline(published["when"].strip()))
                ):
                    self.credit_date = self.credit_date or (found if found[0] else None)  # "© 2023 … First published 14 June 2023.": its imprint's day
            elif prose_before and re.fullmatch(r"(?:full |edited |complete |episode |lightly edited )?transcript\s*:?", p.strip("*_# "), re.I):
                self.roles[i] = "subtitle"  # "Transcript" under the show notes, over the turns (or its first cue, '[00:00:00] (MUSIC)'): a heading
            elif not argument_before and len(lines) > 1 and re.fullmatch(r"(?:show|episode|programme|program) notes\s*:?", lines[0].strip("*_# "), re.I):
                self.roles[i] = "introduction"  # "Show notes" over what the episode is about, before anyone speaks: its introduction
            elif (
                not argument_before
                and 0 < i < self.count - 1
                and re.fullmatch(r"(?:show|episode|programme|program) notes\s*:?", p.strip("*_# "), re.I)
                and is_prose(self.flat[i + 1])
            ):
                self.roles[i], self.roles[i + 1] = "subtitle", "introduction"  # "Show notes" alone, a heading, over what the episode is about
            elif i > 0 and self.roles[i - 1] == "caption" and len(p) <= 400 and re.match(r"(?:data )?sources?\s*:\s*\S", p, re.I):
                self.roles[i] = "caption"  # "Source: Final reports of the UN Panel of Experts …" under a table's or figure's caption
            elif (
                NOTES_HEAD.match(p)
                or (len(lines) > 1 and NOTES_HEAD.match(lines[0].strip()))
                or (i > 2 and _AUTHORS_NOTE.match(p))
                or re.match(r"\*{0,2}\s*corresponding author\s*[:.]", p, re.I)  # "* Corresponding author: … We thank …": a paper's first note
                or (argument_before and re.match(r"(?:sources|references|further reading)\s*:\s+\S[^;]{2,200};\s+\S", p, re.I) is not None)
            ):  # "Sources: Ministry of External Affairs, Annual Report 2021–22; KOTRA trade statistics; …" under the argument
                self.roles[i] = "notes"  # or "Authors' note: This paper draws on interviews …", about its sources
            elif re.match(
                r"[(\[]?(?:translator|translators)[’']?s?[’']? notes?(?:\s*[:.—–-]|\]\s)|a note on (?:the )?(?:transliteration|romani[sz]ation|translations?)\b"
                r"|(?:all )?translations (?:(?:here|in this [\w-]+) )?are (?:my|our) own\b",
                bare,
                re.I,
            ):  # "A note on transliteration: …", "Translations are my own. …": what the translation did, no argument
                # "Translator's note: 'Policy for Peace and Prosperity' is …": the translator's gloss; over the text, the translation's framing
                self.roles[i] = "notes" if argument_before else "editors_note"
            elif CONTENTS.match(bare) or (len(lines) >= 3 and CONTENTS.fullmatch(lines[0].strip("*_# ")) and all(len(line) <= 90 for line in lines[1:])):
                self.roles[i] = "boilerplate"  # a table of contents: the document's furniture, nobody's argument
            elif (
                (
                    BIO_HEAD.match(bare) and (argument_before or not re.fullmatch(r"(?:profiles?|(?:guest )?contributors?)\s*:?", bare, re.I))
                )  # 'PROFILE', 'CONTRIBUTOR' over a headline: its kind
                or (len(lines) > 1 and BIO_HEAD.fullmatch(lines[0].strip("*_# ")))
                or (len(lines) > 1 and re.fullmatch(r"about\s+[^\n]{3,40}", lines[0].strip("*_# "), re.I) and _BIO.match(RANKS.sub("", lines[1].strip("*_ "))))
                or (
                    len(lines) > 1
                    and re.fullmatch(r"(?:facts?|fact ?(?:box|file|sheet)|profile|who is)\s*:?\s+[^\n]{3,40}", lines[0].strip("*_# "), re.I)
                    and re.match(r"(?:career|born|age|education|position|current position|background)\s*:", lines[1].strip("*_ "), re.I)
                )  # "FACTS: Mats Engman" over "Career: Major general (ret.) …": the paper's box on its guest
                or (_BIO.match(RANKS.sub("", bare)) and self.under_the_speakers_heading(i))
            ):
                self.roles[i] = "author_bio"  # "The Authors" alone, or over the first bio in one paragraph; "ABOUT LEE SANG-HOON" over his
            elif (
                ABOUT_PUBLISHER.match(p)
                or (i and ABOUT_PUBLISHER.match(self.flat[i - 1]) and len(p) <= 1200)
                or (len(lines) > 1 and ABOUT_PUBLISHER.match(lines[0].strip("*_# ")) and len(p) <= 1200)
            ):
                self.roles[i] = "boilerplate"  # "About ISDP" and the paragraph under it, or with it: the publisher's, not an author's
            elif (
                (PHOTO_CREDIT.match(p) or PHOTO_CREDIT.match(english_of(p)) or (CAPTION.match(p) and len(p) <= 40))
                and len(p) <= 120  # not 'Main Image Credit: A man watches … Courtesy of Yonhap': a caption with its credit, itself
                and i
                and self.roles[i - 1] in (None, "caption", "credit")
                and len(self.flat[i - 1]) <= 300
            ):
                self.roles[i] = "credit"  # "Photo: Yonhap" under the caption it credits (or under another credit)
                above = RANKS.sub("", self.flat[i - 1].strip("—–-*_ "))
                bio = (
                    _BIO.match(above)
                    and re.search(r"\b(?:is|was|serves|served|holds|held|teaches|works|worked|joined|has been)\b", above[:120])
                    and not re.search(
                        r"\b(?:is|are|was|were)\s+(?!based\b)(?:\w+ed|seen|shown|driven|given|met)\s+(?:by|at|on|during|upon|after|in)\b", above[:120]
                    )
                )  # not "Kim Jong Un is greeted by schoolchildren on his arrival …", a caption
                if self.roles[i - 1] != "credit" and not bio and not is_label(self.flat[i - 1], p):
                    self.roles[i - 1] = "caption"  # not "*Daniel R. Kessler is a retired …*", a bio; but "Kim Jong-un chairs a plenary meeting …"
            elif PHOTO_CREDIT.match(p) and len(p) <= 120:
                self.roles[i] = "credit"  # "Copyright : SAUL LOEB / AFP" where the photo was, its caption not copied
            elif (
                CAPTION.match(p)
                or (len(p) <= 300 and self.raw[i].lstrip().startswith("▲"))  # "▲ The Kaesong Industrial Complex seen from …": a Korean page's caption
                or (
                    len(p) <= 300
                    and CAPTION_END.search(p)
                    and not (SPEAKER.match(p) and not re.search(r"\b(?:photo|image|picture)\s*:", p, re.I))
                    and not _bio_with_credit(bare)
                    and not re.match(r"\[\d{1,3}\]\s", p)  # "[1] Law on the DPRK's Policy … (KCNA, 9 September 2022).": a note citing an agency
                )  # not "WHITLEY: … (Applause.)", nor a bio that ends with the image's credit; but "Mats Engman Photo: Courtesy of Mats Engman" is a caption
                or (len(lines) >= 2 and len(p) <= 400 and _CREDIT_LINE.fullmatch(lines[-1].strip()) and not _bio_with_credit(lines[0]))
            ):  # "South Korean soldiers on patrol near …" over "Image: Ahn Young-joon/AP/picture alliance"
                self.roles[i] = "caption"
            elif (
                QUESTION.match(p)
                or (ITALIC.match(p) and p.rstrip("*_. ").endswith("?"))
                or (DASH_TURN.match(p) and p.rstrip("”’\"' ").endswith("?"))
                or ((asked := _READER_SIGNS.search(self.paragraphs[i].strip())) and "?" in self.paragraphs[i][: asked.start()])
            ):  # (and a reader's question, signed under it: "… Isn't a real peace treaty the only thing that matters?" / "-- Minji, Busan")
                self.roles[i] = "question"
                self.questions += 1
            elif ANSWER.match(p) and not (
                len(p) <= 100 and not p.endswith((".", "!", "?", ":")) and i + 1 < self.count and re.match(r"\d{1,3}\.\s", self.flat[i + 1])
            ):  # not "A. Illicit exports of coal" over the report's numbered paragraphs ('41. The Panel notes …'): a heading
                self.roles[i] = "answer"
                self.answers += 1
            elif (
                i > 1
                and i + 1 < self.count
                and (named_post := _NAME_COLON_POST.fullmatch(p))
                and looks_like_name(named := clean_name(named_post["name"]))
                and AFFILIATION_WORD.search(named_post["post"])
                and not _CLAUSE_WORD.search(named_post["post"])
                and is_prose(self.flat[i + 1])
            ):
                self.roles[i] = "byline"  # "Dana Whitcombe: Senior fellow, Asia Security Initiative; former …" over her reply
                self.sections[i] = self.person(named, named_post["post"].strip(" *_"), i + 1)
                self.name_lines.add(i)
            elif (
                i > 1
                and (
                    speaker := SPEAKER.match(
                        turn := self.dash_turn(
                            self.named_in_bold(
                                i,
                                BOLD_LABEL.sub(
                                    r"\1: ",
                                    _NUMBERED_TURN.sub(
                                        "",
                                        _MINISTER_TURN.sub(
                                            r"\g<name>: ", _VERBATIM_TURN.sub(r"\1: ", _STAMPED_TURN.sub(r"\1: ", name_headed.get(i, p), count=1), count=1)
                                        ),
                                    ),
                                ),
                            )
                        )
                    )
                )
                and (
                    any(
                        label == speaker.group("label").strip()
                        or (len(speaker.group("label").strip()) >= 3 and speaker.group("label").strip() in label.split())
                        for _, label in self.speakers
                    )  # "A.K.: Thank you, General.", "ZHAO YUE: Dr. Lee.", "KANG: The exercises." after "MIN-JI KANG (…): …"
                    or (len(turn) > len(speaker.group(0)) + 10 and (is_prose(turn) or turn.rstrip("*_”’\"' ").endswith("?") or _ORDER_PAPER.search(turn)))
                    or (
                        len(both := re.split(r"\s+(?:and|&)\s+", speaker.group("label").strip(), flags=re.I)) > 1
                        and all(any(label == part for _, label in self.speakers) for part in both)
                    )  # "KIM AND PARK: Arms control, not denuclearisation.": the two who have spoken, at once
                    or (
                        speaker.group("label").strip().upper() in _GUEST_LABELS
                        and sum(f.startswith(speaker.group("label").strip() + ":") for f in self.flat) >= 3
                    )  # "GUEST: Thank you, Jasmine, it's a pleasure.": the guest's first turn, short, of the many the label opens
                    or (bool(self.speakers) and _THE_SPEAKER.fullmatch(speaker.group("label").strip()) is not None)  # "Mr Speaker: I call …"
                )
            ):
                if _THE_SPEAKER.fullmatch(speaker.group("label").strip()):
                    self.roles[i] = "question"  # "Mr Speaker: I call the shadow Minister.": the chair calls the next to ask
                elif (
                    speaker.group("place")
                    and len(speaker.group("label").split()) == 1
                    and _PLACE.fullmatch(speaker.group("place"))
                    and not _SIDE_WORD.fullmatch(speaker.group("place"))  # "Marchetti (For): …": a debater's side, no caller's town
                    and not _MODERATOR_LABEL.fullmatch(speaker.group("label").strip())  # "MODERATOR (Irina Volkova): …" chairs it
                ):
                    self.roles[i] = "question"  # "GRAHAM (Tauranga): …": a caller's or an audience member's, no guest's answer
                elif prose_before and len(callers) >= 2 and speaker.group("label").strip() in callers:
                    # one of several ('Priya in Auckland', 'Graham in Dunedin'), not 'Russia in Global Affairs: …', a magazine asking
                    self.roles[i] = "question"  # "Priya in Auckland: Morning Tom, …": a caller to a phone-in, named by her town
                else:
                    self.speakers.append((i, speaker.group("label").strip()))
                    if minister := _MINISTER_TURN.match(p):  # his office, as the record gives it before his name
                        self.person(minister["name"], p[: minister.start("name")].rstrip(" ("), i + 1)
            elif i > 0 and len(p) <= 250 and (chairing := _TAGGED_CHAIR.match(self.paragraphs[i].strip())) and looks_like_name(clean_name(chairing["name"])):
                self.roles[i] = "credit"  # 'Karen Whitlock (moderator)' over her post, among the participants: who asks, no author
            elif (
                i > 1 and (two := _two_over_post(lines)) and i + 1 < self.count and is_prose(self.flat[i + 1]) and any(is_prose(self.flat[k]) for k in range(i))
            ):  # "Niklas Swanström with Erik Dahlgren" / "Institute for …" over a symposium's contribution: both write it
                pair, post = two
                self.roles[i] = "byline"
                self.sections[i] = self.person(pair[0][0], post, i + 1)
                self.co_signed[i] = (self.sections[i], self.person(pair[1][0], post, i + 1))
                self.name_lines.add(i)
            elif (
                prose_before
                and 2 <= len(lines) <= 4
                and all(_signatory(line.strip()) for line in lines)
                and (heading := _foreword_above(self.flat, i)) is not None
            ):  # "Oh Kyung-sook, President, Korea Forum …" / "Anders Holm, Director, …" under the institutes' foreword: they sign it
                self.roles[i] = "byline"
                signed = [one for line in lines if (one := _signatory(line.strip()))]
                self.forewords[i] = (heading, tuple(self.person(name, post, i + 1) for name, post in signed))
            elif (
                prose_before
                and is_prose(self.flat[i - 1])
                and 2 <= len(lines) <= 4
                and len(signed := [one for line in lines if (one := _signatory(line.strip()))]) == len(lines)
                and _people_among(name for name, _ in signed) == len(lines)
            ):  # "Niklas Swanström, Director, …" / "Ha-eun Yoon, Senior Researcher, …" under the text: both sign it, each with a post
                self.roles[i] = "byline"
                self.co_signed[i] = tuple(self.person(name, post, i + 1) for name, post in signed)
                self.sections[i] = self.co_signed[i][0]
            elif (
                i > 0
                and 2 <= len(lines) <= 4
                and "\t" not in lines[0]  # not two names side by side
                and (alone := name_alone(lines[0].strip()))
                and len(" ".join(lines[1:])) <= 240
                and AFFILIATION_WORD.search(" ".join(lines[1:]))
                and prose_before
            ):
                if self.roles[i - 1] == "author_bio":  # under "Written by" / "About the authors": a bio, not a new section
                    self.roles[i] = "author_bio"
                    self.bio_of[i] = self.person(alone, ", ".join(line.strip() for line in lines[1:]).rstrip("."), i + 1)
                elif len(lines) == 2 and i > last_argument and _THE_AUTHOR.match(lines[1].strip()):
                    post = _the_author_is(lines[1].strip())  # "Chun Chae-sung" / "The author is a professor …"
                    self.roles[i] = "byline"  # under the text: its writer, signing it, and what he is
                    self.bylines[i] = (self.person(title_case(alone), post or "", i + 1 if post else 0),)
                elif i > last_argument and any(fold(self.people[n].name) == fold(alone) for group in self.bylines.values() for n in group):
                    self.roles[i] = "author_bio"  # "Rebecca Hallorann" / "Senior Fellow, …" / "X: @…" under the text the byline gave her
                    post = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", lines[1].strip())[0] if len(lines) > 1 else ""  # its first sentence
                    self.bio_of[i] = self.person(alone, post.rstrip("."), i + 1)
                elif (heading := _foreword_above(self.flat, i)) is not None:
                    self.roles[i] = "byline"  # "Dr. Niklas Swanstrom / Director / …" under the foreword: he signs it, and only it
                    self.forewords[i] = (heading, (self.person(alone, ", ".join(line.strip() for line in lines[1:]).rstrip("."), i + 1),))
                elif i - 1 in self.forewords:
                    self.roles[i] = "byline"  # "Kim Hye-won / Director / …" under the first director's signature: the foreword is both's
                    heading, first = self.forewords.pop(i - 1)
                    self.forewords[i] = (heading, (*first, self.person(alone, ", ".join(line.strip() for line in lines[1:]).rstrip("."), i + 1)))
                    self.bylines[i - 1] = self.forewords[i][1]
                    self.signed_off.update((i - 1, i))
                elif argument_before and not self.bylines and not self.argued_below(i, footnotes_aside=True):
                    self.roles[i] = "byline"  # "Nguyễn Thị Thu Hà" / "Deputy Director, …" under the text no byline signed: its signature
                    days = {line: found for line in lines[1:] if (found := dateline(line.strip())) and found[0]}  # "Shanghai, March 2023"
                    post = ", ".join(line.strip() for line in lines[1:] if line not in days).rstrip(".")
                    self.bylines[i] = (self.person(alone, post, i + 1),)
                    self.signed_off.add(i)
                    self.date = self.date or next(iter(days.values()), None)
                elif i - 1 in self.signed_off and i - 1 in self.bylines and not self.argued_below(i, footnotes_aside=True):
                    self.roles[i] = "byline"  # "Karin Sjöholm" / "Associate Professor …" under the first signature: she signs it too
                    self.bylines[i] = (self.person(alone, ", ".join(line.strip() for line in lines[1:]).rstrip("."), i + 1),)
                    self.signed_off.add(i)
                else:
                    self.roles[i] = "byline"  # a section's author, the name on one line and the affiliation on the next
                    self.sections[i] = self.person(alone, ", ".join(line.strip() for line in lines[1:]).rstrip("."), i + 1)
                    if argument_before:
                        self.name_lines.add(i)  # (or the part's signature under it, as `signed_at_the_close` may find)
            elif (
                i > 0
                and len(p) <= 300
                and not p.rstrip("*_ ").endswith((".", "!", ";", ":"))
                and (dek := _NAME_WHO.match(p))
                and looks_like_name(clean_name(dek["name"]))
            ):
                self.roles[i] = "subtitle"  # "Katrin Vollmer, who ran a German foundation's office in Seoul, on …": a dek presenting the guest
            elif (
                0 < i < self.count - 1
                and re.fullmatch(r"(?:the )?(?:participants|speakers|panell?ists|presenters)\s*:?", p, re.I)
                and "\n" in self.paragraphs[i + 1]
            ):
                self.roles[i] = "subtitle"  # 'Participants' alone over each one's name and post: a heading
            elif (
                1 < i < 20
                and re.fullmatch(r"(?:the |this (?:month|week)[’']s |a reader[’']s |the reader[’']s )question\s*:?", self.flat[i - 1], re.I)
                and re.match(r"[\"“‘']", p)
                and re.search(r"\?[\"”’']?(?:\s*[—–-]+\s*[^?!]{2,80})?$", p)
            ):
                self.roles[i] = "question"  # "The question" over '"I keep reading that … Would a declaration …?" — Johan B., Malmö': a reader asks
            elif 0 < i < 20 and re.fullmatch(r"(?:examination|evidence) of witness(?:es)?", p, re.I):
                self.roles[i] = "subtitle"  # a Commons committee's 'Examination of witnesses' over the witnesses and their answers
            elif (
                i > 0
                and len(listed := lines[1:] if re.fullmatch(r"(?:participants|speakers|panell?ists)\s*:?", lines[0].strip(), re.I) else lines) >= 2
                and re.fullmatch(
                    r"(?:(?:welcome|introduction|opening remarks)(?: and|,) )?(?:moderator|presider|chair(?:man|woman|person)?|host)s?\s*:?",
                    listed[0].strip(),
                    re.I,
                )
                and (name_alone(listed[1].strip()) or len(byline_people(listed[1].strip(), names_alone=True) or ()) == 1)
            ):
                self.roles[i] = "credit"  # 'Moderator:' over 'THOMAS REILLY' and his post, in a transcript's list of participants (under 'PARTICIPANTS:')
            elif (
                i > 0
                and len(p) <= (300 if p.rstrip("*_ ").endswith(":") else 200)  # a long post, closed by a colon over the words: still a name line
                and not p.rstrip("*_ ").endswith((".", "!", ";", "?"))
                and (section := SECTION.match(RANKS.sub("", re.sub(r"^(\*\*|__)([^*_]{3,80})\1", r"\2", p))))
                # "Gen. (ret.) Thomas A. Keller, senior adviser at …", "**Major General (ret.) Mats ENGMAN**, Distinguished Fellow, …"
                and looks_like_name(clean_name(section.group("name")))
                and not AFFILIATION_WORD.search(clean_name(section.group("name")))
                and not LABEL.match(section.group("name"))  # not 'COVER STORY | FORUM', a label
                and AFFILIATION_WORD.search(section.group("affiliation"))
                and not re.match(r"(?:who|whose)\s", section.group("affiliation"))  # "Hiroshi Kanemoto, who studies …, answers our questions": a dek
                and not re.search(r":\s*[“\"‘][^“”\"]{6,}[”\"’]$", section.group("affiliation"))  # 'Lucía Ferreyra, former …: “The ships are …”', a headline
                and not re.search(r"[.!?]\s+(?-i:He|She|They|His|Her|We|It|This|The)\s", section.group("affiliation"))
                and not re.search(r",\s+on\s+\w", section.group("affiliation"))  # '…, Brazil’s envoy to the DPRK …, on isolation, sanctions …': a dek
                and not re.search(r",\s+(?:argues|contends|writes|says|explains|suggests|warns)\b", section.group("affiliation"))  # a dek: '…, argues that …'
                # "Niklas Swanstrom, director of …, has spent two decades … He was in New Delhi this week … Edited excerpts:"
            ):
                self.roles[i] = "byline"
                post = REPLIES_TAIL.sub("", section.group("affiliation").strip(" *_"))
                post += ")" * (post.count("(") - post.count(")"))  # "…, Pacific Institute of International Relations (Vladivostok)": its own
                self.sections[i] = self.person(clean_name(section.group("name")), post, i + 1)  # not the italics round "*Name, post*"
                self.name_lines.add(i)
            elif (
                i - 1 in self.sections
                and not self.people[self.sections[i - 1]].affiliation
                and len(p) <= 250
                and AFFILIATION_WORD.search(p)
                and not is_prose(p)
            ):
                self.roles[i] = "byline"  # the affiliation under a section author's name: "Former U.S. ambassador; distinguished fellow, X"
                self.sections[i] = self.sections[i - 1]
                self.people[self.sections[i]].affiliation, self.people[self.sections[i]].stated_in = p.rstrip("."), i + 1
            elif (
                i - 1 in self.bylines
                and len(self.bylines[i - 1]) == 1
                and not self.people[self.bylines[i - 1][0]].affiliation
                and len(p) <= 250
                and AFFILIATION_WORD.search(p)
                and not is_prose(p)
                and not dateline(p)
                and not re.search(r"\b(?:is|are|was|were|will|says|argues|not)\b", p)  # a headline that names a scholar is no affiliation
                and not CAPTION_END.search(p)  # nor a photo's caption: "… Kim Jong Un walk in the garden … | KYODO / Satoshi Ikeda"
            ):
                self.roles[i] = "byline"  # "Niklas Swanstrom" over "Director, Institute for Security and Development Policy"
                self.bylines[i] = self.bylines[i - 1]
                self.people[self.bylines[i][0]].affiliation, self.people[self.bylines[i][0]].stated_in = p.rstrip("."), i + 1
            elif i > 0 and (writes := _EDITORS_WRITES.fullmatch(p)) and looks_like_name(clean_name(writes["name"])):
                self.roles[i] = "byline"  # "To the Editors (Marcus Feld writes):": a letter in a journal's correspondence, his
                self.sections[i] = self.person(clean_name(writes["name"]))
                self.alone.add(i)
            elif i > 0 and (inline := _REPLIES_INLINE.match(p)) and is_prose(p) and looks_like_name(named := clean_name(inline["name"])):
                self.roles[i] = "body"  # "Kim Dong-hyun replies: Ambassador Holloway describes …" under 'Rejoinders': his, to the next
                self.sections[i] = self.person(_full_name(named, self.flat))
                self.alone.add(i)  # the heading over the rejoinders stays the document's
            elif i > 0 and (both := _BOTH_REPLY.fullmatch(p)) and all(_full_name(both[k], self.flat) != both[k] for k in ("first", "second")):
                self.roles[i] = "byline"  # "Okafor and Seo respond" over their rebuttal: the two writers, named in full above
                self.co_signed[i] = tuple(self.person(_full_name(both[k], self.flat)) for k in ("first", "second"))
                self.sections[i] = self.co_signed[i][0]
            elif i > 0 and (replies := REPLIES.match(bare)):  # and "**Niklas Swanström responds**", set in bold
                self.roles[i] = "byline"
                self.sections[i] = self.person(
                    _full_name(RANKS.sub("", replies.group("name")) or replies.group("name"), self.paragraphs)
                )  # "Ambassador Park responds"
                if _DEAR_EDITOR.match(self.flat[i - 1]):
                    self.roles[i - 1] = "question"  # "Dear Editor, … Was the Singapore summit a waste?": the reader's letter the writer answers
            elif (
                i > 0
                and len(lines) >= 2
                and all((side := _DEBATE_SIDE.fullmatch(line.strip())) and side["name"] for line in lines)
                and all(looks_like_name(_debater(_DEBATE_SIDE.fullmatch(line.strip())["name"])[0]) for line in lines)
            ):  # "Proposing the motion: Dr. Yelena Voronova, …" over "Opposing the motion: Maj. Gen. (ret.) Mats Engman, …": the debaters
                self.roles[i] = "byline"
                debaters = [_debater(_DEBATE_SIDE.fullmatch(line.strip())["name"]) for line in lines]
                self.bylines[i] = tuple(self.person(title_case(name), post, i + 1 if post else 0) for name, post in debaters)
            elif (
                i > 0 and (side := _DEBATE_SIDE.fullmatch(p)) and looks_like_name((debater := _debater(side["name"] or side["before"]))[0])
            ):  # "Proposition: Major General (ret.) Mats Engman" over the case for, "For: Elena Marchetti, Associate Professor …"
                self.roles[i] = "byline"  # a debater's section
                named, post = debater if side["name"] else (debater[0], "")  # 'Yelena Markova (for the motion)' gives no post
                self.sections[i] = self.person(title_case(named), post, i + 1 if post else 0)
                self.alone.add(i)
            elif (
                i > 0
                and (part := _DEBATE_PART.fullmatch(p))
                and looks_like_name(named := _full_name(clean_name(part["name"] or part["one"]), self.flat))  # 'Closing -- Belyaev'
                and i + 1 < self.count
                and is_prose(self.flat[i + 1])
            ):
                self.roles[i] = "subtitle"  # "Opening statement, for the motion: Mikhail Sorokin": the part's heading, and whose it is
                self.sections[i] = self.person(title_case(named))
                self.alone.add(i)
            elif (
                i > 0
                and (
                    alone := _signed_name(lines)
                    or name_alone(p)
                    or (len(lines) == 1 and p.count(",") == 1 and _signed_name(p.split(",")))
                    or (len(lines) == 1 and (abroad := _SIGNED_FROM_ABROAD.fullmatch(p)) and name_alone(abroad["name"]))  # 'Lee Sang-soo (Stockholm, Sweden)'
                )
                and prose_before
                and i > last_argument
                and not (self.dash_signed(i) and any(self.dash_signed(j) and is_prose(self.flat[j - 1]) for j in range(1, i)))
            ):  # not the last of several sections each signed under it ('- Ingrid Solberg, Oslo'): `signed_below` reads those
                self.roles[i] = "byline"  # "CHUN CHAE-SUNG" under the last paragraph of the argument, "Dr. Pham Thu Hang, Hanoi": its signature
                self.bylines[i] = (self.person(title_case(alone)),)
            elif (
                i > last_argument
                and prose_before
                and len(lines) == 1
                and (several := _SIGNED_TOGETHER_FROM.fullmatch(p))
                and len(together := byline_people(several["names"], names_alone=True) or []) >= 2
                and not any(post for _, post in together)
            ):  # "Grace Hahn-Moreno, Walter Kim and Soo-ah Brennan, Tacoma" under a letter: its three writers, from one town
                self.roles[i] = "byline"
                self.bylines[i] = tuple(self.person(name) for name, _ in together)
            elif (
                prose_before
                and i > last_argument
                and re.fullmatch(r"[—–-]{1,2}\s*[a-z]\.\s?[a-z]\.(?:\s?[a-z]\.)?", p)
                and (named := self.named_by_initials(p.upper()))
            ):
                self.roles[i] = "byline"  # "— i.v." under a newsletter's last paragraph: Irina Volkova signing off in lower case
                self.bylines[i] = (self.person(named),)
            elif i > 0 and i + 1 < self.count and (alone := _signed_name(lines) or name_alone(p)) and (prose_before or _heads_a_section(self.flat, i)):
                self.roles[i] = "byline"  # a signed section opened by its author's name alone ("Swanström, Niklas")
                self.sections[i] = self.person(title_case(alone))
                self.name_lines.add(i)
            elif (
                0 < i < self.count - 1
                and (prose_before or _heads_a_section(self.flat, i))
                and len(p) <= 100
                and (pair := re.fullmatch(r"(?P<a>[^,&]{4,40}?)\s+(?:and|&)\s+(?P<b>[^,&]{4,40})", p))
                and (first := name_alone(pair["a"]))
                and (second := name_alone(pair["b"]))
            ):
                self.roles[i] = "byline"  # "Kenji Arakawa and Bruna Park Oliveira" over a part of a dossier: the two write it
                self.co_signed[i] = (self.person(title_case(first)), self.person(title_case(second)))
                self.sections[i] = self.co_signed[i][0]
                self.name_lines.add(i)

    def date_to_the_day(self) -> None:
        """A date of a month alone ('October 2019' under the byline), when the imprint gives the day in the same month ('First
        published 14 October 2019 by the Tasman Centre …'): the day."""
        if self.date is None or self.date[0] is None or len(self.date[0]) != 7:
            return
        for p in self.flat[:12]:
            if (first := re.search(r"\bfirst published (?:on )?(?P<when>[^.;]{6,30}?(?:19|20)\d\d)\b", p, re.I)) and (found := date_within(first["when"])):
                if found[0] and found[0].startswith(self.date[0]):
                    self.date = found
                return

    def date_in_lead(self) -> None:
        """A date a news release runs into its first paragraph ('ABERDALE, 9 May 2019 — International sanctions …'), when no line states
        one; else the date a credit gives ('first published in Korean on October 12, 2021')."""
        if self.date is not None:
            return
        for p in self.flat[:12]:
            lead = _LEAD_DATE.match(p)
            if lead and (found := dateline(lead.group("line"))) and found[0]:
                self.date = found
                return
        for i, p in enumerate(self.flat[:8]):  # "Recorded 23 August 2018 at … Transcript posted 30 August 2018.": when it went out
            if self.roles[i] is None and len(p) <= 240 and (posted := _POSTED.search(p)) and (found := date_within(posted.group(0))):
                self.date = found
                self.roles[i] = "dateline"
                return
        for p in self.flat[:8]:
            if (version := _THIS_VERSION.search(p)) and (found := date_within(version.group(0))) and found[0]:
                self.date = found
                return
        self.date = self.credit_date
        for p in self.flat[:12] if self.date is None else ():  # "For publication on Thursday, 14 March 2019.": a release's date
            if (release := _RELEASE.search(p)) and (found := date_within(release.group(0))):
                self.date = found
        for i in range(self.count) if self.date is None else ():  # a printed page's imprint: "Ulaanbaatar, December 2018      64"
            if self.roles[i] == "boilerplate":
                parts = [part for line in self.raw[i].split("\n") for part in re.split(r"\s{4,}|\t+|(?<=>)\s+", line.strip())]  # or after '<…@…>'
                parts = [
                    re.sub(r"^(?:sent|date)\s*:\s*", "", part, flags=re.I) for part in parts
                ]  # "Sent: Friday, 5 April 2024 7:12 AM", when nothing else says
                if found := next((d for part in parts if (d := dateline(part.strip())) and d[0]), None):
                    self.date = found
                    break
        if self.date is None:
            self.date = self.date_by_the_text_s_convention()
        if self.date is None:  # "https://…/2019/07/02/after-hanoi/": the page's address states its date, when nothing else does
            for p in self.flat:
                if (in_url := _URL_DATE.search(p)) and (value := f"{in_url['y']}-{in_url['m']}-{in_url['d']}") and is_real_date(value):
                    self.date = (value, in_url.group("words"))
                    return

    def turns(self) -> None:
        """2. Interviews: questions and answers, or two speakers taking turns."""
        bare_q = [i for i in range(self.count) if self.roles[i] in (None, "subtitle") and re.match(r"Q\s+(?-i:[A-Z])", self.flat[i])]
        if len(bare_q) >= 3 and len(self.speakers) >= 3:
            for i in bare_q:  # "Q Thank you. AP. On the draft resolution, …" between "MR. CALDWELL: …" turns: a briefing's reporters ask
                self.roles[i] = "question"
                self.questions += 1
        counted = Counter(label for _, label in self.speakers)
        header = max(4, next((i for i, p in enumerate(self.flat) if len(p) > 200 and is_prose(p)), 0))  # the header ends at the first prose
        first, last = (self.speakers[0][0], self.speakers[-1][0]) if self.speakers else (-1, -1)
        credited = {
            label
            for _, label in self.speakers
            if any(
                self.roles[j] == "credit" and (fold(label) in fold(self.flat[j]) or fold(RANKS.sub("", label)) in fold(self.flat[j]).split())
                for j in range(self.count)
            )
        }
        """Labels the credits name ('Host: Maya Lindqvist' over 'MAYA LINDQVIST: Welcome …', 'Moderator: ELLEN MARCHETTI' over
        'MS. MARCHETTI: …'): a speaker, whatever else the turn looks like."""
        self.speakers = [  # 'After Singapore: Can a peace regime …?' is a title with a colon, no one's turn ('CHAIR (Mr Pearce): …' is one)
            (i, label)
            for i, label in self.speakers
            if label in credited
            or (
                not (counted[label] == 1 and i < header and len(self.flat[i]) <= 150 and not re.match(rf"{re.escape(label)}\s*\(", self.flat[i]))
                and not (
                    counted[label] == 1
                    and i == first
                    and len(counted) > 2
                    and _WIRE_PLACE.fullmatch(label)
                    and not re.match(rf"{re.escape(label)}\s*\(", self.flat[i])  # 'CHAIR (Mr Pearce): …' speaks
                    and not _MODERATOR_LABEL.fullmatch(label)
                    and not any(set(label.split()) & set(other.upper().split()) for other in counted if other != label)  # not 'DANIEL OKAFOR', then 'OKAFOR'
                )  # "SINGAPORE: Hours before …": a wire's lead
                and fold(label) not in _NOT_SPEAKERS  # "Copyright: Korea Oral History Project …"
                and not (counted[label] == 1 and len(self.flat[i].split()) <= 14 and is_headline(self.flat[i]))  # 'Olympic Diplomacy: What Comes …?', a link
                and not (
                    counted[label] == 1 and i < 8 and re.fullmatch(r"[^:]{3,60}:\s*[“\"‘][^“”\"]{10,250}[”\"’]\.?", self.flat[i]) is not None
                )  # 'Sangsoo Lee: “Pyongyang has written its nuclear status into law. …”': a headline quoting its guest
                and not (counted[label] == 1 and i == last and CREDIT.match(self.flat[i]))  # "Interviewer: Omori Takeshi (…)." after the turns
                and not (
                    counted[label] == 1 and i == first and len(counted) > 2 and _bio_of_someone(self.flat[i].split(":", 1)[1].strip())
                )  # "Guest: Major General (ret.) Mats Engman is a senior fellow …" over the turns: his bio, no turn
            )
        ]
        package = self.reporter_s_package()
        for i in package:
            if self.roles[i] is None:
                self.roles[i] = "introduction"  # "PAUL HWANG, CWN CORRESPONDENT (voice-over): …": the channel's report, no guest's answer
        self.speakers = [(i, label) for i, label in self.speakers if i not in package]
        if self.rebuttals():
            return
        labels = _same_speakers([label for _, label in self.speakers])
        asks = [self.flat[i].rstrip("”’\"' ").endswith("?") for i, _ in self.speakers]
        framing = {0, len(labels) - 1} if len(labels) >= 6 else set()  # a host's welcome and thanks ask nothing, and count for nothing
        counted = [k for k in range(len(labels)) if not (k in framing and not asks[k])]
        asking = {label for label in set(labels) if _mostly_asks([self.flat[self.speakers[k][0]] for k in counted if labels[k] == label])}
        interviewers = asking if len(asking) >= 2 and set(labels) - asking else set()  # "Chen: …?", "Yang: …?", "Xu: …"; a committee's members
        if any(_MODERATOR_LABEL.fullmatch(label) for label in labels) and set(labels) - asking:
            interviewers |= {label for label in asking if not _MODERATOR_LABEL.fullmatch(label)}  # under a chair, a member who only asks
        if len(set(labels)) >= 3:
            interviewers |= {label for label in labels if _REPORTER_LABEL.fullmatch(label)}  # "Reporter (KBS): Minister Oh, there are reports …"
            interviewers |= {
                label
                for (i, _), label in zip(self.speakers, labels, strict=True)
                if (turn := SPEAKER.match(self.flat[i])) and turn["place"] and _RIDING_AND_PARTY.fullmatch(turn["place"].strip())
            }  # "Ms. Anita Greer (Harbourview, NDP): …": a member of a Canadian committee, her riding and party, who asks
            if self.co_chairs:
                chairs = self.chairs()
                interviewers |= {label for label in labels if fold(RANKS.sub("", label)).split()[-1:] and fold(RANKS.sub("", label)).split()[-1] in chairs}
                # "MR. PARK: Let me pick up on that …": the second moderator the participants' list names, who asks too

        self.speakers = [(i, label) for (i, _), label in zip(self.speakers, labels, strict=True)]
        first_turn = self.speakers[0][0] if self.speakers else 0
        witnesses = {fold(m["surname"]) for p in self.flat[:first_turn] for m in _LISTED_NAME.finditer(p)}  # "HALLORAN, Dr Fiona, …"
        witnesses |= {  # "STATEMENT OF ELEANOR WHITCOMBE, Ph.D., SENIOR FELLOW …" over her testimony, in the Congress's printed record
            fold(name.split()[-1]) for p in self.flat if (m := _STATEMENT_OF.match(p)) and (name := clean_name(m["name"])) and looks_like_name(name)
        }
        listed = {  # "WITNESSES:" over "DR. NADIA HOLLOWAY, Senior Fellow, …" a line each, read as the record's byline
            fold(self.people[n].name.split()[-1])
            for j, group in self.bylines.items()
            if j < first_turn and re.match(r"witness(?:es)?\b", self.flat[j], re.I)
            for n in group
        }
        if any(fold(label.split()[-1]) not in listed for label in labels):
            witnesses |= listed  # when someone else speaks too: the commission, who asks
        heard = bool(witnesses) and any(fold(label.split()[-1]) in witnesses for label in labels)  # a hearing: the witnesses answer
        if heard:
            interviewers |= {
                label for label in labels if fold(label.split()[-1]) not in witnesses and not _MODERATOR_LABEL.fullmatch(label)
            }  # the committee asks
        on_air = {
            fold(m["name"].split()[-1])
            for p in self.flat
            if (m := re.match(r"(?P<name>[^:,]{2,60}),\s+(?:[\w.&’'-]+\s+){0,3}(?:anchor|co-?anchor|co-?host|host|presenter)\b[^:]{0,40}:", p, re.I))
        }
        anchors = {label for label in labels if fold(label.split()[-1]) in on_air}  # "DAVID LIM, MNN ANCHOR: …", then "LIM: …": an anchor asks
        if anchors and set(labels) - anchors:
            interviewers |= anchors
        answering = {label for label in set(labels) if label not in asking and any(set(labels[k::2]) == {label} for k in (0, 1))}
        members = set(labels) - answering
        if (
            len(answering) == 1
            and len(labels) >= 6
            and len(members) >= 3
            and max(Counter(label for label in labels if label in members).values()) <= 2  # each member asks once, or once more
            and 2 * sum(asks[k] for k in range(len(labels)) if labels[k] in members) >= len(labels) // 2
        ):
            interviewers |= members  # a minister answering each member in turn ('Rhiannon Pryce (Cardiff Bay East) (Lab): …'): they ask
        guests = self.guests(labels)
        if guests and len(set(labels) - guests) >= 2:
            interviewers |= set(labels) - guests  # "Tom and Priya are joined by Dr Joanna Kwak": both hosts ask, the guest answers
        billed = [
            fold(self.flat[j])
            for j in range(self.count)
            if self.roles[j] == "credit" and re.match(r"(?:co-?)?hosts?\s*:|(?:hosted|presented) by\b", self.flat[j], re.I)
        ]
        billed += [fold(self.flat[j]) for j in range(min(self.count, 5)) if len(self.flat[j]) <= 100 and _SHOW_WITH_HOSTS.fullmatch(self.flat[j])]
        billed += [
            fold(line)
            for p in self.paragraphs
            for line in p.split("\n")
            if (credit := _STAFF_CREDIT.fullmatch(line.strip())) and re.search(r"presenter|host|anchor", credit[0], re.I)
        ]
        hosts = {label for label in set(labels) if any(fold(label) in text for text in billed)}
        named_hosts = [  # "In this episode, hosts Maya Goldfarb and Tomás Reyes talk with Dr. Sangsoo Lee …" over 'MG:' and 'TR:'
            name for j in range(min(self.count, 10)) if (found := _HOSTS_TALK_WITH.search(self.flat[j])) for name in (found["a"], found["b"])
        ]
        hosts |= {
            label for label in set(labels) if any(label.replace(".", "") in _initials_forms(name) or fold(label) in fold(name).split() for name in named_hosts)
        }
        if len(hosts) >= 2 and set(labels) - hosts:
            interviewers |= hosts  # "Hosts: Dana Whitcombe (…) and Ravi Menon (…)" over their turns: both ask, the guest answers
        roundup = (
            (bool(self.questions) or all(i in self.posted for i, _ in self.speakers))
            and len(set(labels)) >= 3
            and all(len(label.split()) >= 2 and looks_like_name(label) for label in labels)
        )
        """'Q: Would a declaration help?', then three experts or more answering it, each under their whole name; or, the question
        asked in the introduction, each reply opened by the expert's name and post."""
        bylined = [fold(self.people[n].name).split() for i, group in self.bylines.items() if i < first_turn for n in group]
        co_written = len(bylined) >= 2 and len(set(labels)) == len(bylined) and all(any(fold(label) in words for words in bylined) for label in set(labels))
        # "Mats Engman and Hahm Ji-yeon" over 'ENGMAN: …' and 'HAHM: …' taking turns: the two writers' exchange, no one interviewed
        self.interview = not co_written and (
            self.questions >= 2
            or self.answers >= 2
            or heard
            or roundup
            or (len(set(labels)) >= 2 and len(labels) >= 4 and len(set(labels)) <= len(labels) / 2)
            or (credited & set(labels) and len(set(labels) - credited) >= 2 and len(labels) >= 4)  # a credited host, and two guests taking turns
            or (len(guests) >= 2 and set(labels) - guests and len(labels) >= 4)  # a host 'joined by' two guests or more, taking turns
            or bool(len(answering) == 1 and len(members) >= 3 and interviewers >= members)  # one who answers every other turn, the others asking
            or (any(_MODERATOR_LABEL.fullmatch(label) for label in labels) and len(labels) >= 4 and len(set(labels)) >= 2)  # 'Chair. - …' and others
        )
        billed = not self.interview and self.billed_as_interview()
        explainer = any(re.match(r"(?:explainer|explained)\b", self.flat[j], re.I) for j in range(min(self.count, 8)))
        if not self.interview and (billed or (len(self.bare_questions()) >= 3 and not explainer)):  # an explainer's headings ask, the writer answers
            # "Interview by …" over plain questions: a short paragraph that asks, and a longer one that answers it.
            signed = max((j for j in range(min(self.count, 8)) if j in self.bylines or self.roles[j] == "dateline"), default=0)
            numbered = {
                i
                for i in range(self.count)
                if billed and HEADING_NUMBER.match(self.flat[i]) and len(self.flat[i]) <= 300 and self.flat[i].rstrip("”’\"'* ").endswith((".", "?", "!"))
            }  # not 'I. Sanctions are a tool, not a strategy', a section's heading
            asked = [
                i
                for i in range(signed + 1, self.count - 1)  # not a title that asks ('The border is closed. Now what?') over the byline
                if (self.roles[i] is None or (self.roles[i] == "subtitle" and i in numbered))
                and (
                    (len(self.flat[i]) <= 250 and self.flat[i].rstrip("”’\"' ").endswith("?"))
                    or (i in numbered and len(numbered) >= 3)  # "2. Some observers say the meeting was a photo opportunity.": numbered, it asks
                    or (
                        len(self.flat[i]) <= 200 and re.fullmatch(r"[^.!?]{4,}\?\s+[^.!?]{10,}[.!][”’\"']?", self.flat[i])
                    )  # "Why is it important? They just met.", "Why now? …", "Where does the United States fit in this picture? Some of your …"
                    or (len(self.flat[i]) <= 200 and _ASKED_AS_A_TASK.fullmatch(self.flat[i]))  # "Assess North Korea’s demand for …."
                )
                and self.roles[i + 1] is None
                and len(self.flat[i + 1]) > len(self.flat[i])
            ]
            if len(asked) >= 2:
                self.interview = True
                for i in asked:
                    self.roles[i] = "question"
                for i in range(asked[0] + 2, self.count - 1):  # "Some in Washington suspect Beijing prefers the stalemate.": an objection, put as a statement
                    if (
                        self.roles[i - 1] is None
                        and self.roles[i] is None
                        and self.roles[i + 1] is None
                        and len(self.flat[i]) <= 160
                        and self.flat[i].rstrip("”’\"' ").endswith(".")  # a sentence, not a heading ('The nuclear problem does not go away')
                        and (stops := len(re.findall(r"[.!?;:]\s", self.flat[i]))) <= 1  # one sentence, or two between longer answers
                        and (
                            len(self.flat[i - 1]) >= (2 + stops / 2) * len(self.flat[i])
                            or re.match(r"(?:yes|no|well|indeed|exactly|right|true|partly|correct)[,.]\s", self.flat[i + 1], re.I)  # "Yes, and we …"
                        )
                        and len(self.flat[i + 1]) >= (2 + stops / 2) * len(self.flat[i])
                        and is_prose(self.flat[i - 1])
                        and is_prose(self.flat[i + 1])
                    ):
                        self.roles[i] = "question"
        if self.interview and sum(bool(ITALIC.match(self.flat[i])) for i, role in enumerate(self.roles) if role == "question") >= 2:
            asked = next(i for i, role in enumerate(self.roles) if role == "question")
            for i, role in enumerate(self.roles):  # "*Why should Europeans care? North Korea is very far away.*": italics ask, a '?' inside
                said = self.flat[i].strip("*_ ")
                stated = (
                    (
                        i > asked
                        or (  # "*You have been arguing … from someone who advised two ministers.*" over the answers before the first '?'
                            i > self.first_body
                            and not any(ITALIC.match(self.flat[j]) for j in range(i + 1, asked))
                            and all(self.roles[j] is None and is_prose(self.flat[j]) for j in range(i + 1, asked))
                        )
                    )
                    and (is_prose(said) or (said.endswith(".") and i + 1 < self.count and len(self.flat[i + 1]) > 3 * len(said)))  # "*You sound pessimistic.*"
                    and not _bio_of_someone(self.flat[i].strip("*_ "))  # "*Katharina Vogel heads the …*": a bio, in italics too ("There is talk …" none)
                    and i + 1 < self.count
                    and self.roles[i + 1] is None
                    and not ITALIC.match(self.flat[i + 1])
                )
                if role is None and ITALIC.match(self.flat[i]) and ("?" in self.flat[i] or stated) and len(self.flat[i]) <= 300:
                    self.roles[i] = "question"
                    self.questions += 1
                elif role is None and i > asked and ITALIC.match(self.flat[i]) and re.match(r"(?:thank you|thanks|many thanks)\b", said, re.I):
                    self.roles[i] = "introduction"  # "*Thank you, Ingrid. This was fascinating.*": the host's thanks, asking nothing
                elif role is None and ITALIC.match(self.flat[i]) and len(self.flat[i]) <= 60 and not is_prose(self.flat[i].strip("*_")):
                    self.roles[i] = "subtitle"  # "**On North Korea**", set as the questions are but asking nothing: a heading
        dashed = [i for i, role in enumerate(self.roles) if role in (None, "question") and DASH_TURN.match(self.flat[i])]
        asks, replies = dashed[0::2], dashed[1::2]
        if (
            self.interview
            and len(replies) >= 2
            and 2 * sum(self.flat[i].rstrip("”’\"' ").endswith("?") for i in asks) > len(asks)
            and not any(self.flat[i].rstrip("”’\"' ").endswith("?") for i in replies)
            and sum(len(self.flat[i]) for i in replies) > 2 * sum(len(self.flat[i]) for i in asks)
        ):
            for ask, reply in zip(asks, replies, strict=False):  # "— What does the visit change?" / "— It changes …": a dash opens both turns
                self.roles[ask], self.roles[reply] = "question", "answer"
            self.questions, self.answers = len(asks), len(replies)
        elif self.interview and sum(bool(DASH_TURN.match(self.flat[i])) for i, role in enumerate(self.roles) if role == "question") >= 2:
            for i, role in enumerate(self.roles):  # "――Some critics say Japan has been left out.": a dash opens every turn the interviewer takes
                if role is None and DASH_TURN.match(self.flat[i]):
                    self.roles[i] = "question"
        if (
            self.interview and self.speakers and (self.questions >= 2 or roundup) and not asking
        ):  # with a moderator who asks, a panel (audience questions aside)
            chairs = self.chairs()
            turns_of = Counter(labels)
            first_question = next((i for i, role in enumerate(self.roles) if role == "question"), self.count)
            for i, label in self.speakers:  # "Q: …" asks, and "Engman: …" answers: the labels are the interviewee's alone
                chairing = (fold(RANKS.sub("", label)).split()[-1:] and fold(RANKS.sub("", label)).split()[-1] in chairs) or _MODERATOR_LABEL.fullmatch(label)
                welcoming = i == self.speakers[0][0] and turns_of[label] == 1 and len(turns_of) >= 2 and i < first_question and i not in self.posted
                # but "Watanabe: Good afternoon …", by "Chair: … WATANABE Kenji"; and a host's one welcome before the speaker's turns
                asks = self.flat[i].rstrip("”’\"' ").endswith("?") or (
                    any(self.roles[j] == "answer" for j, _ in self.speakers if j < i)
                    and (
                        _hands_over_to(self.flat[i], [other for other in turns_of if other != label])
                        or bool(re.search(r"\?\s+(?-i:[A-Z])", self.flat[i]))  # "Dr. Raghavan, where does India fit into this? We have …"
                    )
                )  # once someone has answered: the welcome that ends 'Dr. Voronova, you propose …' opens the debate
                self.roles[i] = ("question" if asks and not welcoming else "introduction") if chairing or welcoming else "answer"
        elif self.interview and self.speakers and not asking and (unlabelled := self.unlabelled_questions()):
            for i, _ in self.speakers:  # "Mr Lee, was Friday historic?" / "LEE: Both, …" / "Ms Keller, you look sceptical." / "KELLER: …"
                self.roles[i] = "answer"
            for i in unlabelled:
                self.roles[i] = "question"
        elif (
            self.interview
            and len(set(labels)) == 2
            and not asking
            and self.moderator(labels) is None
            and all(len(self.flat[i]) > 200 and is_prose(self.flat[i]) for i, _ in self.speakers)
            and all(looks_like_name(self.speaker_name(label)) for label in set(labels))
        ):
            for i, _ in self.speakers:  # "JK: …" / "SM: …", two scholars in conversation, no one asking: each turn its speaker's
                self.roles[i] = "answer"
        elif self.interview and self.speakers:
            moderator = self.moderator(labels)
            asker = moderator or next((label for label in labels if witnesses and fold(label.split()[-1]) not in witnesses), labels[0])
            if not moderator and not witnesses and interviewers and set(labels) - interviewers == {labels[0]}:
                asker = next(label for label in labels if label in interviewers)  # a press secretary's opening remarks, then the reporters ask
            elif not moderator and not witnesses and len(asking) == 1 and labels[0] not in asking and len(set(labels)) == 2:
                asker = next(iter(asking))  # "Deputy Spokesperson Yoon Ha-jin: Good morning. …", then "Reporter (Yonhap): …?" each time
            elif (
                not moderator
                and len(set(labels)) == 1
                and sum(self.roles[j] == "question" for j in range(self.count)) >= 2
                and not any(self.flat[i].rstrip("”’\"' ").endswith("?") for i, _ in self.speakers)
            ):
                asker = ""  # "38P: …?" read as questions by their look, "SHIN: …" the one label: the guest's, who answers them
            answers_moderator = any(
                label == labels[0] and k and labels[k - 1] == moderator and self.flat[self.speakers[k - 1][0]].rstrip("”’\"' ").endswith("?")
                for k, label in enumerate(labels)
            )  # "TAKAHASHI: Thank you, Rachel …", then answering her questions: the speaker, not a host
            host = (
                labels[0] if moderator and labels[0] != moderator and not answers_moderator else None
            )  # "JANE WHITFIELD: Good morning …", then the moderator asks
            answered = False
            last_answer = max((i for i, label in self.speakers if label not in (asker, host, *interviewers)), default=-1)
            for i, label in self.speakers:
                asks = label == asker or (label in interviewers and label not in guests)
                thanks = bool(
                    re.search(
                        r"\bthank you(?: (?:so|very) much)?(?: (?:both|all))? for (?:joining|being with|talking|speaking)|thanks for joining",
                        self.flat[i],
                        re.I,
                    )
                )
                if asks and (i > last_answer or thanks) and answered and not self.flat[i].rstrip("”’\"' ").endswith("?"):
                    self.roles[i] = "introduction"  # the host's closing words, after the last answer, answered by no one: the event's
                elif label == host:
                    self.roles[i] = "introduction"  # the host's welcome and closing words: the event's, nobody's argument
                elif asks and "?" not in self.flat[i] and re.search(r"\byou[’']re (?:listening to|watching)\b|\bwelcome back to\b", self.flat[i], re.I):
                    self.roles[i] = "introduction"  # "You're listening to Asia Desk … I'm Karin Ahlgren, and my guest is …": the station's
                elif (
                    asks
                    and not answered
                    and not self.flat[i].rstrip("”’\"' ").endswith("?")
                    and not _HANDS_OVER.search(self.flat[i])
                    and not re.match(r"[^.!?]{3,120}\?\s", self.flat[i])  # "How new is this? North Korea has threatened …": it asks first
                    and not _ORDER_PAPER.search(self.flat[i])  # "… What recent assessment he has made of …. (900417)": the order paper's
                ):
                    self.roles[i] = "introduction"  # the host's welcome, before anyone has answered
                else:
                    self.roles[i] = "question" if label == asker or label in interviewers else "answer"
                answered = answered or label not in (asker, host, *interviewers)
            self.asked_on()
            own = [i for i, names in self.bylines.items() if all(fold(asker) in fold(self.people[n].name).split() for n in names)]
            essay = self.essay_before_the_questions(asker_writes=bool(own))  # her own essay over the interview: the byline is hers
            for i in own:  # "By Kang Hye-won" over "Kang: …" questions: the interviewer, credited, no author
                if essay is None or i > essay:
                    self.roles[i] = "credit"
                    del self.bylines[i]

    def reporter_s_package(self) -> set[int]:
        """A broadcast's report inside the programme: the turns of its reporter ('TOM GALLACHER, REPORTER: …', 'PAUL HWANG,
        CWN CORRESPONDENT (voice-over): …', or the name a 'Reporter: Tom Gallacher' credit gives), and a voice heard once
        between two of them (a soundbite): the channel's framing, no guest's answers."""
        first_turn = self.speakers[0][0] if self.speakers else 0
        reporters = {
            fold(named[1]) for i, _ in self.speakers if _REPORTER_TURN.match(self.flat[i]) and (named := re.match(r"([^,:(\n]{3,40}?)\s*[,(]", self.flat[i]))
        }
        reporters |= {
            fold(credited["name"])
            for p in self.flat[:first_turn]
            if (credited := re.fullmatch(r"(?:reporter|correspondent|reported by)\s*:\s*(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})", p, re.I))
        }
        package = {k for k, (i, label) in enumerate(self.speakers) if fold(label) in reporters or _REPORTER_TURN.match(self.flat[i])}
        counted = Counter(label for _, label in self.speakers)
        bites = [
            k for k in range(1, len(self.speakers) - 1) if k - 1 in package and k + 1 in package and counted[self.speakers[k][1]] == 1
        ]  # "MARK DELANEY, FORMER US STATE DEPARTMENT NEGOTIATOR: …" between the reporter's lines
        return {self.speakers[k][0] for k in (*package, *bites)}

    def rebuttals(self) -> bool:
        """A debate's rebuttals under its signed statements: 'Voronin: Dr. Engberg speaks of …' after the sections 'Alexei
        Voronin' and 'Dr. Mats Engberg' opened. Each turn is its speaker's own section, no interview's answer; whether so."""
        first_turn = self.speakers[0][0] if self.speakers else 0
        opened = {n for i, n in self.sections.items() if i < first_turn}
        if len(opened) < 2:
            return False
        by_surname = {fold(_name_words(self.people[n].name)[-1]): n for n in opened}
        by_surname |= {fold(_name_words(self.people[n].name)[0]): n for n in opened if korean_sounds(self.people[n].name)}  # 'Lee Sang-hoon'
        if not all(fold(label) in by_surname for _, label in self.speakers):
            return False
        for i, label in self.speakers:
            self.sections[i] = by_surname[fold(label)]
        if self.roles[first_turn - 1] is None and not is_prose(self.flat[first_turn - 1]) and len(self.flat[first_turn - 1]) <= 80:
            self.roles[first_turn - 1] = "subtitle"  # 'Rebuttals' over the turns: the debate's heading, no speaker's title
        self.speakers = []
        return True

    def sidebar(self) -> None:
        """An 'Authors' box the copy set after the first paragraphs ('Authors' / 'Dr Eleanor Whitcombe' / …): the paragraphs
        above it are those authors' argument, not a publisher's introduction."""
        heading = next((i for i in range(self.first_body, min(self.count, self.first_body + 6)) if _AUTHORS_HEADING.fullmatch(self.flat[i])), None)
        if heading is None or any(j < heading for j in self.bylines) or heading + 1 not in self.bylines:
            return
        signers = tuple(dict.fromkeys(n for j in range(heading + 1, heading + 4) for n in self.bylines.get(j, ())))
        for j in range(self.first_body, heading):
            if self.roles[j] == "introduction" and is_prose(self.flat[j]) and len(self.flat[j]) > 300:
                self.roles[j], self.signers[j] = "body", signers

    def untitled_headline(self, i: int) -> bool:
        """A short headline in two sentences ('Singapore was a beginning. Don't mistake it for a plan.') right under a header of
        furniture, labels and the date alone, over the prose: the title, though it reads like prose."""
        return (
            len(self.flat[i]) <= 90
            and len(re.findall(r"[.!?](?:\s|$)", self.flat[i])) <= 2
            and all(
                self.roles[j] in ("boilerplate", "label", "dateline", "byline")  # 'Sang-hyun Lee | 10 October 2022' over it: no title yet
                or (
                    self.roles[j] is None
                    and (
                        LABEL.match(self.flat[j])
                        or re.fullmatch(r"(?:issue|no\.?|vol\.?|edition)\s*#?\s*\d+", self.flat[j], re.I)
                        or (self.flat[j].isupper() and len(self.flat[j]) <= 60)
                        or any(is_navigation(line) for line in self.paragraphs[j].split("\n")[1:])  # the site's name over its menu
                    )
                )
                for j in range(i)
            )  # "Issue 14", "THE FJORD LETTER": a label and a masthead, not yet read as such
            and (after := next((j for j in range(i + 1, self.count) if self.roles[j] not in ("caption", "credit")), None)) is not None
            and is_prose(self.flat[after])  # the page's photo and its caption between
            and len(self.flat[after]) > 2 * len(self.flat[i])
        )

    def takes(self) -> None:
        """'Tobias’s take:' in a newsletter two people write: what follows, to the next heading or signed part, is that
        writer's alone, by the first name of one of the text's writers."""
        for i in range(self.first_body, self.count):
            take = _TAKE.fullmatch(self.flat[i]) if self.roles[i] in (None, "body", "subtitle") else None
            named = [n for n, person in enumerate(self.people) if take and fold(person.name.split()[0]) == fold(take["first"])] if take else []
            if len(named) != 1:
                continue
            self.roles[i], self.signers[i] = "byline", (named[0],)
            for j in range(i + 1, self.count):
                if self.roles[j] != "body" or not is_prose(self.flat[j]) or _TAKE.fullmatch(self.flat[j]):
                    break
                self.signers[j] = (named[0],)

    def guest_essay(self) -> None:
        """A newsletter's editor presenting a guest's essay: 'Dear readers, …' / 'Our guest this week is …' / '— Katharina
        Vogel, editor', then the essay's own title and byline. What the editor signs is the newsletter's framing, the editor
        no author; the essay's title is the title ('Issue No. 87 · Guest Essay' over it all, a label)."""
        for b, signer in self.sections.items():
            if not (2 <= b < self.count - 1 and self.roles[b] == "byline" and self.roles[b - 1] == "title"):
                continue
            signed = b - 2
            sign = _NAME_SIGNATURE.fullmatch(self.paragraphs[signed].strip())
            if not (sign and sign["post"] and re.fullmatch(r"(?:the )?(?:\w+ )?editor(?: of [\w ’'-]{2,40})?\.?", sign["post"].strip(), re.I)):
                continue
            for j in range(self.first_body, signed):
                if self.roles[j] is None or (self.roles[j] in ("body", "introduction") and signer in self.signers[j]):
                    self.roles[j], self.signers[j] = "introduction", ()
            self.roles[signed], self.signers[signed] = "credit", ()
            if (
                self.title is not None
                and self.title < signed
                and (is_label(self.flat[self.title], self.flat[self.title + 1]) or re.match(r"issue\s*(?:no\.?|#)\s*\d+", self.flat[self.title], re.I))
            ):
                self.roles[self.title] = "label"
                self.title = b - 1
            return

    def signed_forewords(self) -> None:
        """A foreword signed under it, in a paper by others: its paragraphs are its signer's, what follows the paper's authors'.
        A foreword that only presents the paper ('This is the seventh paper in …', 'The two chapters that follow …', thanks) and
        argues nothing is the publisher's framing, and its signer, a series editor, no author."""
        for i, (heading, signers) in self.forewords.items():
            words = [j for j in range(heading + 1, i) if self.roles[j] in (None, "body", "introduction")]
            heads_it = any(re.search(r"\b(?:director|president|chair(?:man|woman|person)?|head)\b", self.people[n].affiliation, re.I) for n in signers)
            framing = (  # a director's foreword is the director's word; a series editor's preface presents the papers
                not heads_it and any(_PRESENTS_THE_PAPER.search(self.flat[j]) for j in words) and not any(_ARGUES.search(self.flat[j]) for j in words)
            )
            self.signers[i] = () if framing else signers
            if framing:
                self.roles[i] = "credit"
            for j in words:
                self.roles[j], self.signers[j] = ("introduction", ()) if framing else ("body", signers)

    def dash_signed(self, i: int) -> bool:
        """Whether paragraph `i` is a signature after a dash, a name and perhaps a place: '- Ingrid Solberg, Oslo'."""
        return re.match(r"[—–-]", self.raw[i].strip()) is not None and _name_and_post(self.raw[i].strip(), post_required=False) is not None

    def signed_below(self) -> None:
        """Sections signed under them, in a text with no byline: by a first name ('— Hanna', '— Tobias'), the whole name the
        one the text gives that first name ('Hanna Vogel & Tobias Reinholt', a bio); or by the whole name and post ('— Yang
        Hye-won, research fellow at …', a symposium's contributions). Each section is its signer's; a short heading over a
        section's prose is its title, and what comes before the first section's heading, the publisher's introduction."""
        editors = {  # "Until next time, / Katrin Vogel / Editor, Korea Watch Europe" under the guests' columns: she signs none
            i for i, group in self.bylines.items() if i > self.first_body and group and all(_EDITOR_POST.match(self.people[n].affiliation) for n in group)
        }
        if set(range(len(self.people))) - {n for i in editors for n in self.bylines[i]}:
            return
        signatures: list[tuple[int, str, str, str]] = []  # (paragraph, first name, whole name, post)
        inline: set[int] = set()
        """Signatures at the end of a section's last paragraph ('… built in. —N.S.'): that paragraph is the section's too."""
        bios: set[int] = set()
        """Sections signed by their writer's bio ('Sang-soo Lee heads the Korea Center at …') where the others are signed by name."""
        for i in range(self.first_body, self.count):
            if i in editors:
                continue
            if (letters := _INITIALS_SIGNATURE.fullmatch(self.flat[i]) or _BARE_INITIALS.fullmatch(self.flat[i])) and (
                named := self.named_by_initials(letters.group(1))
            ):
                signatures.append((i, "", named, ""))  # '— N.S.', Niklas Swanström, whom the introduction names; 'C.C.' alone
            elif is_prose(self.flat[i]) and (letters := _INLINE_INITIALS.search(self.flat[i])) and (named := self.named_by_initials(letters.group(1))):
                signatures.append((i, "", named, ""))
                inline.add(i)
            elif first := _FIRST_NAME_SIGNATURE.fullmatch(self.flat[i]):
                signatures.append((i, first.group(1), "", ""))
            elif (
                "\n" in (raw := self.paragraphs[i].strip())
                and is_prose(raw.rpartition("\n")[0])
                and (signed := _name_and_post(raw.rpartition("\n")[2].strip(), post_required=True))
            ):
                signatures.append((i, "", *signed))  # "… than a problem.\n-- Yoon Seo-yeon, Research Professor, …"
                inline.add(i)
            elif signed := _name_and_post(self.paragraphs[i].strip(), post_required=False) or _name_and_post(self.raw[i].strip(), post_required=False):
                signatures.append((i, "", *signed))  # '- Ingrid Solberg, Oslo', its dash read as a list's bullet
            elif (
                i > self.first_body
                and len(self.flat[i]) <= (400 if (dashed := re.match(r"[—–]\s*(?=\S)", self.flat[i])) else 300)
                and (bio := _BIO.match(RANKS.sub("", self.flat[i][dashed.end() :]) if dashed else self.flat[i]))
                and len((who := clean_name(bio["who"])).split()) >= 2
                and looks_like_name(who)
                and is_prose(self.flat[i - 1])
                and (i + 1 == self.count or not is_prose(self.flat[i + 1]) or dashed)
            ):
                found = _BIO_AFFILIATION.search(bio.string[bio.end("who") :])
                signatures.append((i, "", who, found["what"].strip().rstrip(".") if found else ""))
                if not dashed:
                    bios.add(i)  # but '—Major General (ret.) Mats Engman, Swedish Armed Forces, headed …': a signature, set off by its dash
        if not signatures or all(i in bios for i, *_ in signatures):
            return
        if len({first or whole for _, first, whole, _ in signatures}) < 2:
            return
        for i in editors:
            self.roles[i], self.signers[i] = "credit", ()
            del self.bylines[i]
        names: dict[str, str] = {}
        for _, first, _, _ in signatures:
            if not first:
                continue
            found = {
                " ".join(candidate.split()[:2])
                for p in self.flat
                for candidate in _CAPITALIZED_NAME.findall(p)
                if candidate.split()[0] == first and len(candidate.split()) >= 2 and looks_like_name(" ".join(candidate.split()[:2]))
            }
            if len(found) != 1:
                return  # no whole name for it, or two: the signature says too little to guess
            names[first] = found.pop()
        start = self.first_body
        for k, (i, first, whole, post) in enumerate(signatures):
            together = _cosigned(self.flat[i]) if not first and i not in inline and i not in bios else None
            group = (
                tuple(self.person(name, at, i + 1 if at else 0) for name, at in together)
                if together
                else (self.person(names[first], "", 0) if first else self.person(whole, post, i + 1 if post else 0),)
            )
            headed = [
                j
                for j in range(start, i)
                if (self.roles[j] in (None, "subtitle") or (self.roles[j] == "introduction" and not is_prose(self.flat[j]) and len(self.flat[j]) <= 120))
                and _over_prose(self.flat, j)
                and not GREETING.match(self.flat[j])  # "Dear readers," over the editor's letter: no part's heading
            ]  # a later part's heading read, when no byline was found, as the introduction's: "COLUMN II: Wait for the election"
            framing = [j for j in range(start, i - 1) if _FRAMING.search(self.flat[j])] if k == 0 and not headed and not first else []
            if k == 0 and (headed or framing) and not first:
                opens = headed[0] if headed else framing[-1] + 1  # "… Continental Review invited three contributors to respond."
                for j in range(start, opens):
                    if self.roles[j] in (None, "body") and is_prose(self.flat[j]):
                        self.roles[j], self.signers[j] = "introduction", ()  # the symposium's framing, over the first contribution
                start = opens
            for j in range(start, i + (i in inline)):
                greets = GREETING.match(self.flat[j]) or WELCOME.match(self.flat[j])  # "Hallo from a snowy Berlin, and a warm welcome …"
                if self.roles[j] in (None, "body", "introduction") and is_prose(self.flat[j]) and not greets:
                    self.roles[j], self.signers[j] = "body", group
                elif j in headed and not first and not HEADING_NUMBER.match(self.flat[j]):
                    self.roles[j] = "title"  # "The military agreement is the real breakthrough": the contribution's own title ('II. …' a section's)
            if i in bios:
                self.roles[i], self.signers[i] = "author_bio", group
            elif i not in inline:
                self.roles[i], self.signers[i], self.bylines[i] = "byline", group, group
            start = i + 1
        for i in range(start, self.count):  # "N.S. — Niklas Swanstroem, director of …": who the initials are, under the parts
            if (legend := _INITIALS_LEGEND.fullmatch(self.flat[i])) and (named := self.named_by_initials(legend["initials"])):
                n = self.person(named)
                self.roles[i], self.signers[i] = "author_bio", (n,)
                if not self.people[n].affiliation:
                    self.people[n].affiliation, self.people[n].stated_in = legend["post"].strip().rstrip("."), i + 1
        self.notes.append("no byline: each section is taken as the one its signature under it names; check the authors")

    def mail_exchange(self) -> None:
        """An exchange of e-mails printed with their headers ('From: Ingrid Halvorsen' / 'To: Tom Whitford' / 'Date: …'): what
        stands under each header, to the next, is its sender's. When one of the two is the byline's writer, the exchange is his
        interview: his mails ask (their headers credit him) and the other's answer (their headers are her byline)."""
        headers = {
            i: name
            for i in range(1, self.count)  # (the first may stand over where the body was taken to start)
            if (sent := _MAIL_SENDER.match(self.paragraphs[i].strip())) and looks_like_name(name := clean_name(sent["name"]))
        }
        if len(headers) < 2 or len({fold(name) for name in headers.values()}) != 2:
            return
        bylined = {n for i, group in self.bylines.items() if i < min(headers) for n in group}
        senders = {i: self.person(name) for i, name in headers.items()}
        askers = set(senders.values()) & bylined
        asker = next(iter(askers)) if len(askers) == 1 else None
        marks = sorted(headers)
        for k, i in enumerate(marks):
            n = senders[i]
            self.roles[i], self.signers[i] = ("credit", ()) if n == asker else ("byline", (n,))
            if n != asker:
                self.bylines[i] = (n,)
            for j in range(i + 1, marks[k + 1] if k + 1 < len(marks) else self.count):
                if self.roles[j] not in (None, "body", "introduction", "question") or not (is_prose(self.flat[j]) or self.flat[j].endswith("?")):
                    break  # (a question is no prose, as `is_prose` reads it, but it is the mail's)
                self.roles[j], self.signers[j] = ("question", ()) if n == asker else ("body", (n,))
        for i, group in list(self.bylines.items()):
            if i < min(headers) and asker is not None and group == (asker,):
                self.roles[i], self.signers[i] = "credit", ()  # the newsletter's writer over the exchange: who asks
                del self.bylines[i]

    def team_members_credited_below(self) -> None:
        """'By the Kestrel Korea Program Research Team' over a text whose foot lists the team a member a paragraph, each with
        what they did ('Dr. Anneliese Park — Director, Korea Program. Lead author; …', 'Maren Vik — Senior Editor. Editing …'):
        the members credited as its authors write it, each line theirs a bio; the others' lines are credits."""
        team = next((i for i, group in self.bylines.items() if i < self.first_body and len(group) == 1 and _STAFF_BYLINE.fullmatch(self.flat[i])), None)
        if team is None:
            return
        members = {j: m for j in range(self.first_body, self.count) if (m := _TEAM_MEMBER.fullmatch(self.flat[j])) and looks_like_name(clean_name(m["name"]))}
        authors = [j for j, m in members.items() if re.match(r"(?:lead |co-?|principal |contributing )?author\b", m["part"], re.I)]
        if len(authors) < 2:
            return
        writers = {j: self.person(clean_name(members[j]["name"]), members[j]["post"], j + 1) for j in authors}
        (old,) = self.bylines[team]
        self.bylines[team] = self.signers[team] = tuple(writers.values())
        for i in range(self.count):
            if self.roles[i] == "body" and self.signers[i] == (old,):
                self.signers[i] = tuple(writers.values())
        for j in members:
            self.roles[j], self.signers[j] = ("author_bio", (writers[j],)) if j in writers else ("credit", ())
            if j in writers:
                self.bio_of[j] = writers[j]
        head = min(members) - 1
        if self.roles[head] == "body" and re.match(r"about the (?:team|authors?)\b", self.flat[head], re.I):
            self.roles[head], self.signers[head] = "author_bio", ()  # "About the team / This commentary was written by members of …"

    def editor_s_introduction_signed(self) -> None:
        """'Editor's introduction' over the editor's framing, signed '— Thomas Wendt, Editor', over contributions each signed by
        its writer: the editor presents them and argues nothing of the symposium's, so the framing is its introduction and the
        signature a credit."""
        for i in sorted(self.bylines):
            signed = _NAME_SIGNATURE.fullmatch(self.paragraphs[i].strip())
            if not (signed and signed["post"] and _EDITOR_POST.fullmatch(signed["post"].strip().rstrip("."))) or len(self.bylines[i]) != 1:
                continue
            heading = max((h for h in range(i) if self.roles[h] == "subtitle"), default=None)
            editor = self.bylines[i][0]
            others = {n for j, group in self.bylines.items() if j > i for n in group} - {editor}
            if (
                heading is None
                or not re.fullmatch(r"(?:an? )?(?:editor[’']?s[’']? )?(?:introduction|preface|foreword|note)", self.flat[heading], re.I)
                or len(others) < 2
            ):
                continue
            for j in range(heading + 1, i):
                if self.roles[j] == "body" and self.signers[j] == (editor,):
                    self.roles[j], self.signers[j] = "introduction", ()
            self.roles[i], self.signers[i] = "credit", ()
            del self.bylines[i]

    def signatories_under_the_drafters(self) -> None:
        """An open letter its drafting committee signs ('DRAFTING COMMITTEE' over the drafters' names), then 'SIGNATORIES' over
        lists of those who endorse it, a group's heading over a name a line: the drafters write it, the lists credit the rest."""
        drafted = [i for i, group in self.bylines.items() if len(group) >= 2 and re.match(r"drafting (?:committee|team|group)\b", self.flat[i], re.I)]
        heading = next((h for h in range(drafted[0] + 1, self.count) if _SIGNATORIES_ALONE.fullmatch(self.flat[h])), None) if drafted else None
        for j in range(heading + 1, self.count) if heading is not None else ():
            lines = [line.strip() for line in self.paragraphs[j].split("\n") if line.strip()]
            named = sum(len(byline_people(line, names_alone=True) or ()) == 1 for line in lines)
            if self.roles[j] == "body" and len(lines) >= 3 and 2 * named >= len(lines):
                self.roles[j], self.signers[j] = "credit", ()  # "Scholars and former officials" over "Ahn Byung-chul, Professor …", …

    def institution_over_its_writers(self) -> None:
        """'By the Lowmead Centre for Indo-Pacific Strategy' over a paper whose writers the text names elsewhere (its standfirst,
        their bios): the institution's line is the paper's byline, and theirs."""
        written = {group for i in range(self.first_body, self.count) if self.roles[i] == "body" and (group := self.signers[i])}
        if len(written) != 1 or self.bylines:
            return
        for i in range(min(self.first_body, 12)):
            if self.roles[i] in (None, "subtitle") and _STAFF_BYLINE.fullmatch(self.flat[i]) and self.flat[i][:3].lower() == "by ":
                self.roles[i] = "byline"
                self.bylines[i] = self.signers[i] = next(iter(written))

    def byline_misspelled(self) -> None:
        """'By Mats Egnman' over a text whose bio under it says 'Mats Engman is a retired Major General …': the byline's two
        letters swapped, which the bio corrects; the writer goes by the bio's spelling (a known author's, here), and the bio is his."""
        bylined = {n for group in self.bylines.values() for n in group}
        for i in range(self.first_body, self.count):
            if self.roles[i] != "body" or not (named := _bio_name(self.flat[i])):
                continue
            slipped = [n for n in bylined if _one_slip(self.people[n].name, named)]
            if len(slipped) == 1:
                self.people[slipped[0]].name = named
                self.roles[i], self.signers[i], self.bio_of[i] = "author_bio", (slipped[0],), slipped[0]

    def staff_under_the_chairs(self) -> None:
        """'Project Director' over a name, under a report's 'Co-Chairs' and their names: the staff who ran the project, a credit;
        the co-chairs sign the report (over the contributors alone, with no chairs above, the director leads and signs it). So
        is the list of members under them ('Task Force Members' over a member a line): they endorse it, the co-chairs write it."""
        for i in sorted(self.bylines):
            if re.match(r"(?:project (?:director|lead(?:er)?|manager)|principal investigator)\s*:?\s*\n", self.paragraphs[i], re.I) and any(
                re.match(r"co-?chairs?\b", self.flat[j], re.I) for j in self.bylines if i - 3 <= j < i
            ):
                self.roles[i] = "credit"
                del self.bylines[i]
        chaired = [j for j in self.bylines if re.match(r"co-?chairs?\b", self.flat[j], re.I)]
        for i in range(chaired[0] + 1, min(chaired[0] + 6, self.count)) if chaired else ():
            if self.roles[i] is None and re.match(
                r"(?:task force|study group|working group|commission|expert group|group)\s+members\s*:?\s*\n", self.paragraphs[i], re.I
            ):
                self.roles[i] = "credit"  # "Task Force Members" over a member a line: who endorse the report's thrust, none its writer

    def answered_inline(self) -> None:
        """One e-mail printed with its header ('From: Selin Aydemir' / 'Sent: …' / 'To: Maya Goldfarb'), answering questions it
        quotes a paragraph each ('> 1. Start with the basics. …'): the quoted questions are the asker's, everything else under
        the header the sender's, up to her bio; what the asker wrote above the header frames it, and her byline credits her."""
        headers = [i for i in range(1, self.count) if _MAIL_SENDER.match(self.paragraphs[i].strip())]
        if len(headers) != 1:
            return
        at = headers[0]
        quoted = [j for j in range(at + 1, self.count) if all(line.lstrip().startswith(">") for line in self.raw[j].split("\n") if line.strip())]
        sent = _MAIL_SENDER.match(self.paragraphs[at].strip())
        if len(quoted) < 2 or sent is None or not looks_like_name(name := clean_name(sent["name"])):
            return
        sender = self.person(name)
        self.roles[at], self.signers[at] = "boilerplate", ()
        for j in range(at + 1, self.count):
            if j in quoted:
                self.roles[j], self.signers[j] = "question", ()
            elif j > quoted[-1] and not (self.roles[j] in (None, "body") and is_prose(self.flat[j])):
                break
            elif self.roles[j] in (None, "body", "introduction") and fold(_bio_name(self.flat[j]) or "") != fold(self.people[sender].name):
                self.roles[j], self.signers[j] = "body", (sender,)
        for i, group in list(self.bylines.items()):
            if i < at and sender not in group:
                self.roles[i], self.signers[i] = "credit", ()  # the newsletter's writer, who asks
                del self.bylines[i]
                for j in range(i + 1, at):
                    if self.roles[j] == "body":
                        self.roles[j], self.signers[j] = "introduction", ()

    def correspondence(self) -> None:
        """An exchange of letters between two writers that no byline names: each letter opens 'Dear Lixin,' and is signed
        with a first name under it ('With warm regards, / Chaesung'); each is the writer it does not address, whose whole name
        the text gives ('Prof. Chun Chaesung'). What comes before the first letter is the publication's framing."""
        opens = [
            (i, dear["name"])
            for i in range(self.count)  # "Dear Daniel," alone under the title, read as its dek
            if (dear := _DEAR.match(self.flat[i])) and self.roles[i] in (None, "body", "introduction", "subtitle")
        ]
        firsts = list(dict.fromkeys(fold(name) for _, name in opens))
        if len(opens) < 2 or len(firsts) != 2:
            return
        over = {n for i, group in self.bylines.items() if i < opens[0][0] for n in group}

        def words_of(name: str) -> set[str]:  # 'Chun Chae-sung' signs as 'Chaesung' too
            return {*_name_words(name), *fold(name).replace("-", "").split()}

        if over and (self.sections or not all(words_of(self.people[n].name) & set(firsts) for n in over)):
            return  # a byline over the letters names others, or names head the parts: `letters_between` and the sections read them
        written = {fold(name): name for _, name in opens}
        named = {first: self.people[n].name for n in over for first in firsts if first in words_of(self.people[n].name)}  # the byline's
        whole = {first: named.get(first) or self.whole_name(first) or title_case(written[first]) for first in firsts}  # 'Daniel', when the text gives no more
        writers = {}
        for first, name in whole.items():
            for person in self.people:
                if fold(person.name) == first:
                    person.name = name  # "Lixin", read from a sign-off, is Wang Lixin
            writers[first] = self.person(name)
        named_at = [i for i in self.bylines if i < opens[0][0]]
        for i in range(min(self.first_body, max(named_at) + 1) if named_at else self.first_body, opens[0][0]):  # under 'A and B', all
            sentence = self.roles[i] == "subtitle" and self.flat[i].endswith(".") and len(self.flat[i].split()) >= 8  # "We asked two friends to …."
            if (self.roles[i] in (None, "body") and is_prose(self.flat[i])) or sentence:
                self.roles[i], self.signers[i] = "introduction", ()  # "In September we invited Prof. Chun Chaesung … to write"
        for k, (i, addressed) in enumerate(opens):
            writer = writers[firsts[1 - firsts.index(fold(addressed))]]
            end = opens[k + 1][0] if k + 1 < len(opens) else self.count
            if len(self.flat[i]) <= 40:
                self.roles[i], self.signers[i] = "body", (writer,)  # "Dear Hannah," alone: the letter's first line, as the held keys read it
            for j in range(i, end):
                lines = self.paragraphs[j].strip().split("\n")
                post = ""
                if len(lines) == 3 and (len(lines[2]) <= 40 or AFFILIATION_WORD.search(lines[2]) or re.match(r"former\s", lines[2], re.I)):
                    post = lines[2].strip() if AFFILIATION_WORD.search(lines[2]) or re.match(r"former\s", lines[2], re.I) else ""
                    lines = lines[:2]  # "With warm regards, / Kenji Yoshida / Kyoto": the place or the post under the name
                signed = [fold(word) for word in lines[-1].strip(" —–-").split()]
                if (
                    ((len(lines) == 2 and len(lines[0]) <= 80 and lines[0].rstrip().endswith(",")) or (len(lines) == 1 and j > i))
                    and 1 <= len(signed) <= 3
                    and (set(signed) & set(firsts) or romanized(self.people[writer].name) & romanized(lines[-1]))
                    and (len(signed) == 1 or fold(self.people[writer].name) == " ".join(signed) or romanized(self.people[writer].name) & romanized(lines[-1]))
                ):
                    self.roles[j], self.signers[j], self.bylines[j] = "byline", (writer,), (writer,)
                    self.signed_off.add(j)
                    if post and not self.people[writer].affiliation:
                        self.people[writer].affiliation, self.people[writer].stated_in = post, j + 1  # "… / Former U.S. Deputy Special Representative …"
                    for heading in range(j + 1, end):  # "The reply" over the next letter: a heading
                        if self.roles[heading] in (None, "body") and len(self.flat[heading]) <= 80 and not is_prose(self.flat[heading]):
                            self.roles[heading], self.signers[heading] = "subtitle", ()
                    break  # "With warm regards, / Chaesung", "Until we meet again, in Beijing or in Seoul, / Lixin": the letter ends
                if self.roles[j] in (None, "body", "subtitle", "introduction") and is_prose(self.flat[j]):
                    self.roles[j], self.signers[j] = "body", (writer,)
        self.corresponded = True
        self.notes.append("letters: each is taken as the one it does not address; check the authors")

    def whole_name(self, first: str) -> str | None:
        """The one whole name in the text with this word, or this part of a hyphenated given name, in it ('Lixin': 'Wang Lixin',
        'Chaesung': 'Chun Chaesung', 'Joon': 'Baek Joon-ho'); None if none, or two."""
        found = {
            name
            for p in (line for paragraph in self.paragraphs for line in paragraph.split("\n"))  # not 'Kenji Yoshida' / 'Kyoto' as one name
            for candidate in _CAPITALIZED_NAME.findall(p)
            if len((name := clean_name(candidate)).split()) >= 2
            and looks_like_name(name)
            and {fold(first), *_SHORT_FORMS.get(fold(first), ())} & {piece for word in fold(name).split() for piece in (word, *word.split("-"))}
        }
        return found.pop() if len(found) == 1 else None

    def initialled_parts(self) -> None:
        """Guest parts in a text with a writer of its own, each signed under it: by initials the text gives a name to ('— S.L.'
        under a guest column, Lee Sang-soo, whom the host's welcome names), or by a name and post ('— Pieter van Aalst, senior
        fellow at …'). The part, from its heading down, is the guest's."""
        if not self.people:
            return  # a text with no writer at all: `signed_below` reads it
        headings = []
        for i in range(self.first_body, self.count):
            signed = self.part_signature(i)
            if not signed or (len(self.people) == 1 and [fold(name) for name, _ in signed] == [fold(self.people[0].name)]):
                continue  # no one, or the text's one writer signing her own
            part = []
            j = i - 1
            while j > self.first_body and self.roles[j] == "body" and is_prose(self.flat[j]):
                part.append(j)
                j -= 1
            if not part or is_prose(self.flat[j]):
                continue  # no heading over the part: where it starts is not known
            group = tuple(self.person(name, post, i + 1 if post else 0) for name, post in signed)
            for k in part:
                self.signers[k] = group
            self.roles[i], self.signers[i], self.bylines[i] = "byline", group, group
            headings.append(j)
            if self.roles[j] in (None, "subtitle", "body") and len(self.flat[j]) <= 120:
                self.roles[j], self.signers[j] = "title", ()  # "Stockholm was a beginning, not a breakdown": the guest column's own title
        for j in range(self.first_body, min(headings) if len(headings) >= 2 else self.first_body):
            if self.roles[j] == "body" and _FRAMING.search(self.flat[j]):
                self.roles[j], self.signers[j] = "introduction", ()  # "We asked contributors from Vietnam, India, …": the editor's, over the parts

    def part_signature(self, i: int) -> list[tuple[str, str]]:
        """Who the paragraph at `i` signs the part above it as, each with the post it gives: initials ('— S.L.'), or a name and
        post ('— Pieter van Aalst, senior fellow …'), or two ('— A, post, and B, post'); none when it is no signature.
        (A bio under a part, 'Sang-soo Lee heads …', is too often the writer's own to be read as a guest's signature: over the
        held sets it cost 30 roles and 21 body passages.)"""
        if self.roles[i] in (None, "body", "subtitle") and (pair := _INITIALLED.fullmatch(self.flat[i])) and pair["second"]:
            named = [self.named_by_initials(pair[k]) for k in ("first", "second")]  # "-- HK & DP" under the part the two write together
            return [(name, "") for name in named if name] if all(named) and named[0] != named[1] else []
        if self.roles[i] not in (None, "body", "subtitle") or (self.roles[i] == "subtitle" and not _NAME_SIGNATURE.fullmatch(self.paragraphs[i].strip())):
            return []  # a short signature, '— Rohan Venkataraman, Senior Fellow, …', is read as a heading until here
        if letters := _INITIALS_SIGNATURE.fullmatch(self.flat[i]):
            named = self.named_by_initials(letters.group(1))
            return [(named, "")] if named else []
        whole = _NAME_SIGNATURE.fullmatch(self.paragraphs[i].strip())
        if whole and whole["post"] and AFFILIATION_WORD.search(whole["post"]) and looks_like_name(named := title_case(clean_name(whole["name"]))):
            return _cosigned(self.flat[i]) or [(named, whole["post"].strip().rstrip("."))]
        return []

    def named_by_initials(self, letters: str) -> str | None:
        """The one name in the text whose initials these are ('N.S.': 'Niklas Swanström'); None when none is, or two are."""
        wanted = re.sub(r"[^A-Z]", "", letters)
        legend = {
            clean_name(m["name"])
            for raw in self.raw
            for line in raw.split("\n")
            if (m := _LEGEND_LINE.match(line.strip())) and re.sub(r"[^A-Z]", "", m["initials"]) == wanted
        }  # "C.C. — Chun Chae-sung is Professor …", "M.O'D. — Maeve O'Donnell is …": the contributors' box says whose
        if len(legend) == 1:
            return legend.pop()
        runs = {run for p in self.flat for found in _CAPITALIZED_NAME.findall(p) for run in (found, found.partition(" ")[2]) if " " in run}
        found = {  # 'When Margaret Ellison arrived …' (a sentence's first word before it), 'Margaret H. Ellison' signing 'ME'
            clean_name(name)  # ('Dr Niklas Swanström' is Niklas Swanström)
            for name in runs
            if (wanted in _initials_forms(name) or (len(wanted) == 2 and wanted == name[0] + name.split()[-1][0])) and looks_like_name(name)
        }
        if not found:  # "Dr Nguyen Minh Chau" signs 'NMC': three names after a title, which took the place of one of them
            found = {
                name
                for p in self.flat
                for name in _CAPITALIZED_NAME.findall(_TITLE_WORD.sub("", p))
                if len(wanted) == 3 and wanted in _initials_forms(name) and looks_like_name(name)
            }
        if not found:  # the names `korea add --author` gave, when the text gives none: 'Kim Ji-hoon' signs 'J.H.K.'
            found = {name for name in self.default_signers if wanted in _initials_forms(name) or re.sub(r"[^A-Z]", "", name) == wanted}
        if len({(name.split()[0], name.split()[-1]) for name in found}) == 1:
            return max(found, key=len)  # 'Margaret Ellison' and 'Margaret H. Ellison': one person, her middle initial given once
        return None

    def initialled(self) -> None:
        """A co-written dialogue whose paragraphs end with their writers' initials ('… — LSH', '… — ZJ', '… — LSH & ZJ'):
        each paragraph is the one or two its initials name, not every co-author's."""
        for i, role in enumerate(self.roles):
            signed = _INITIALLED.search(self.flat[i]) if role in (None, "body") and len(self.signers[i]) >= 2 else None
            if signed is None:
                continue
            everyone = self.signers[i]
            marks = {re.sub(r"[^A-Za-z]", "", mark).upper() for mark in (signed["first"], signed["second"]) if mark}
            named = [n for n in everyone if _initials_forms(self.people[n].name) & marks]  # 'HJP': Park Hye-jin
            if named and len(named) == len(marks):
                self.signers[i] = tuple(named)
                j = i - 1  # the item's paragraphs above it, to its heading, are the same writers' ('1. What did Hanoi break?' / … / '… —RO')
                while j >= self.first_body and self.roles[j] in (None, "body") and self.signers[j] == everyone and not _INITIALLED.search(self.flat[j]):
                    j -= 1
                if j >= 0 and (self.roles[j] in ("subtitle", "title") or _INITIALLED.search(self.flat[j])):
                    # a heading, or another's signed paragraph, over them: not the whole text under the byline, which both wrote
                    for k in range(j + 1, i):
                        self.signers[k] = tuple(named)
        signatures: tuple[tuple[re.Pattern[str], Callable[[str, str], bool]], ...] = (
            (_SIGNED_FIRST_NAME, lambda name, signed: fold(_name_words(name)[0]) == fold(signed)),  # "… within weeks. —Lena": a first name
            (_SIGNED_NAME, _same_person),  # "Note from the second author: … should speak to that. — Hoang Minh Tuan": a whole name
        )
        for i, role in enumerate(self.roles):  # one of the two, who signs the paragraph
            for pattern, signs in signatures:
                signed = pattern.search(self.flat[i]) if role in (None, "body") and len(self.signers[i]) >= 2 else None
                named = [n for n in self.signers[i] if signs(self.people[n].name, signed[1])] if signed else []
                if len(named) == 1:
                    self.signers[i] = tuple(named)

    def mailbag(self, signers: tuple[int, ...]) -> int | None:
        """The heading ('From the mailbag', 'Your questions') under which readers' questions follow the writer's own essay:
        the essay above it is the writer's, not an interview's introduction. None when the questions start the text."""
        if not self.interview or self.interviewee is None or self.interviewee not in signers:
            return None
        first_question = next((i for i, role in enumerate(self.roles) if role == "question"), None)
        heading = first_question - 1 if first_question else None
        if heading is None or self.roles[heading] is not None or len(self.flat[heading]) > 60 or is_prose(self.flat[heading]):
            return None
        argued = self.argued_above(heading)
        return heading if len(argued) >= 2 else None

    def argued_above(self, heading: int) -> list[int]:
        """The paragraphs of argument between the header and `heading` (none when turns are taken before it: "CHUN: Thank you,
        Professor Vogel …" is a lecture in turns, its audience's questions after it)."""
        if any(i < heading for i, _ in self.speakers) or self.roles[self.first_body : heading].count("byline") >= 2:
            return []  # nor when bylines open its parts: each presenter's paper in turn
        return [i for i in range(self.first_body, heading) if self.roles[i] is None and is_prose(self.flat[i]) and len(self.flat[i]) > 200]

    def essay_before_the_questions(self, asker_writes: bool = False) -> int | None:
        """The heading under which questions follow the writer's own essay: readers' ('Mailbag', right over the first question),
        or an interview's, with its own introduction ('Five questions for a NEON veteran'). Two paragraphs of argument come before
        it, one in the first person; or three, when the one who asks is the byline's writer ('By HARUKA ISHIDA' over 'Ishida: …?').
        None when the questions are the text."""
        if self.writer_s_essay is not None:
            return self.writer_s_essay
        first_question = next((i for i, role in enumerate(self.roles) if role == "question"), None)
        if first_question is None:
            return None
        heading = next(
            (
                k
                for k in range(first_question - 1, max(self.first_body, first_question - 4) - 1, -1)
                if self.roles[k] is None and len(self.flat[k]) <= 80 and not is_prose(self.flat[k])
            ),
            None,
        )
        argued = self.argued_above(heading) if heading is not None else []
        if len(argued) >= 2 and any(FIRST_PERSON.search(self.flat[i]) for i in argued):
            return heading
        if asker_writes and len(argued) >= 3:
            self.writer_s_essay = heading
            return heading
        named = set(re.findall(r"(?<=\s)[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+", self.flat[heading])) if heading is not None else set()
        # "Three questions for Vu Thanh Huong" under three paragraphs that never name her: the editor's essay, then the interview
        unnamed = named and not any(word in self.flat[i] for i in argued for word in named)
        return heading if len(argued) >= 3 and unnamed else None

    def unlabelled_questions(self) -> list[int]:
        """The questions of an interview whose answers alone are labelled ('LEE: …', 'KELLER: …'): the short paragraph right
        before each answer's turn that is no turn itself, when two or more of them ask and several speakers answer."""
        turns = {i for i, _ in self.speakers}
        if len({label for _, label in self.speakers}) < 2 or self.moderator([label for _, label in self.speakers]):
            return []
        before = [
            i - 1
            for i in sorted(turns)
            if i - 1 not in turns
            and i - 1 > 0
            and self.roles[i - 1] in (None, "subtitle", "introduction")
            and (len(self.flat[i - 1]) <= 250 or (i == min(turns) and len(self.flat[i - 1]) <= 600 and self.flat[i - 1].rstrip("”’»\"' ").endswith("?")))
        ]  # the first question may set out the debate at length before it asks: no answer yet that it could go on
        asking = [i for i in before if self.flat[i].rstrip("”’»\"' ").endswith("?")]
        label_of = dict(self.speakers)
        before = [  # "Ms Keller, you look sceptical.": a question put as a statement is short, or names the one who answers it; a
            i  # longer paragraph that does neither goes on the answer before it ('At the same time, I worry about the timing. …')
            for i in before
            if i in asking
            or len(self.flat[i]) <= 120
            or any(len(word) >= 3 and re.search(rf"\b{re.escape(word)}\b", fold(self.flat[i])) for word in fold(RANKS.sub("", label_of[i + 1])).split())
        ]
        return before if len(asking) >= 2 and 2 * len(asking) >= len(before) else []

    def asked_on(self) -> None:
        """A question that runs on past its turn: 'IK: Last week Professor Dubrovin wrote:', the passage it quotes, then 'Is he
        right?', before the next answer. Those paragraphs are the question's, not the last answer's."""
        turns = {i: self.roles[i] for i, _ in self.speakers}
        for i, role in turns.items():
            if role not in ("question", "introduction"):
                continue
            j = i + 1
            while j < self.count and j not in turns and self.roles[j] in (None, "subtitle"):
                quoted = role == "question" and self.flat[j][:1] in "\"“‘'" and self.flat[j].rstrip(" .")[-1:] in "\"”’'"
                asks = len(self.flat[j]) <= 300 and self.flat[j].rstrip("”’\"' ").endswith("?")  # or the host's welcome, then the first question
                if not (quoted or asks):
                    break
                j += 1
            if j > i + 1 and turns.get(j) == "answer":
                for k in range(i + 1, j):
                    self.roles[k] = "question"

    def date_by_the_text_s_convention(self) -> tuple[str, str] | None:
        """A date line whose numbers could be day or month ('The Hague, 04/03/2019'), read in the order the text writes its
        dates in words: 'on 4 March' day first, 'on March 4' month first, when the text writes three or more and all one way."""
        line = next((found for i in range(min(self.count, 12)) if self.roles[i] == "dateline" and (found := dateline(self.flat[i])) and found[0] is None), None)
        numbers = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)", line[1]) if line else None
        if numbers is None:
            return None
        text = " ".join(self.flat)
        day_first = len(re.findall(rf"\b\d{{1,2}} {_MONTH_NAME}\b", text))
        month_first = len(re.findall(rf"\b{_MONTH_NAME} \d{{1,2}}\b(?!:)", text))
        furniture = " ".join(self.flat[i] for i in range(min(self.count, 12)) if self.roles[i] in ("boilerplate", "label", "dateline"))
        if day_first >= 3 and not month_first:
            day, month = int(numbers[1]), int(numbers[2])
        elif month_first >= 3 and not day_first:
            month, day = int(numbers[1]), int(numbers[2])
        elif not month_first and (
            _DAY_FIRST_PAGE.search(furniture) or _DAY_FIRST_SITE.search(" ".join(self.flat[i] for i in range(self.count) if self.roles[i] == "boilerplate"))
        ):
            day, month = (
                int(numbers[1]),
                int(numbers[2]),
            )  # the page's own words in a language that writes the day first ('Início / Publicações'), or its address in a country that does
        else:
            return None
        value = f"{numbers[3]}-{month:02d}-{day:02d}"
        return (value, numbers.group(0)) if is_real_date(value) else None

    def guests(self, labels: list[str]) -> set[str]:
        """The speakers the framing names as guests ('Tom and Priya are joined by Dr Joanna Kwak', 'Our guest this week is …'):
        whoever else takes turns hosts, and asks."""
        first_turn = self.speakers[0][0] if self.speakers else 0
        framing = self.flat[:first_turn] + [self.flat[i] for i, _ in self.speakers[:3]]
        named = {
            fold(word)
            for p in framing
            for m in _GUEST.finditer(p)
            for word in re.findall(r"[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+", re.split(r"(?<![A-Z])[.;](?:\s|$)", p[m.start("name") :])[0])
        }  # 'I'm joined by Takeshi Onodera of Rokko University, Zhao Liwen of …, and Anjali Mehta of …': every name the sentence lists
        return {label for label in set(labels) if fold(RANKS.sub("", label)).split()[-1:] and fold(RANKS.sub("", label)).split()[-1] in named}

    def numbered_headings(self) -> None:
        """'1 INTRODUCTION', '2 CANADA'S SANCTIONS REGIME', … '4 OUTLOOK …': a PDF's numbered headings, in capitals as its running
        lines are ('12 LIBRARY OF PARLIAMENT'), told apart by their numbers, which count up one by one through the text."""
        numbered = [(i, int(m.group(1))) for i, p in enumerate(self.flat) if (m := _CAPS_HEADING.fullmatch(p)) and self.roles[i] in (None, "boilerplate")]
        numbers = [n for _, n in numbered]
        if len(numbered) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            for i, _ in numbered:
                self.roles[i] = "subtitle"

    def marked_above(self, i: int) -> bool:
        """Whether the note at `i` ('3 Agreement on the Implementation of …') has its number glued to a word above it, as a
        PDF's copy leaves a superscript ('… in the Military Domain.3'): a footnote between two paragraphs, not a paragraph."""
        number = re.match(r"\d{1,3}(?=\s)", self.flat[i])  # "3 Agreement …", not a heading's "2. Why …"
        if number is None or not self.flat[i].endswith(".") or len(self.flat[i].split()) < 5:
            return False
        marker = re.compile(rf"[a-z.,;:)”\"’]{number.group()}(?!\d)")
        return any(marker.search(self.flat[j]) for j in range(self.first_body, i) if self.roles[j] in (None, "answer"))  # (or an interview's answer)

    def starred_notes(self) -> None:
        """Notes marked with asterisks under the text ('* The Joint Comprehensive Plan of Action was concluded …', '** Council
        Regulation …'), each pointing to a word above that bears the same stars ('… the JCPOA*', '… sanctions,**'): notes, not
        the argument's last paragraphs. A list's '* ' bullets point to nothing."""
        for i in range(self.first_body + 1, self.count):
            stars = re.match(r"\s*(\*{1,3})\s+(?-i:[A-Z\d])", self.raw[i])  # as copied: reading takes a '* ' away as a bullet
            if not stars or self.roles[i] not in (None, "body") or len(self.flat[i]) > 400:
                continue
            marks = [m[1] for line in self.raw[i].split("\n") if (m := re.match(r"\s*(\*{1,3})\s+\S", line))]
            signed = [j for j in self.bylines if j < i and all(re.search(rf"\w{re.escape(mark)}(?!\*)", self.raw[j]) for mark in marks)]
            if signed and AFFILIATION_WORD.search(self.flat[i]):
                self.roles[i], self.signers[i] = "author_bio", self.bylines[signed[0]]  # "ZHANG Yiming*" over "* Professor, …": his post
                continue
            marker = re.compile(rf"[\w.,;:)”\"’]{re.escape(stars.group(1))}(?!\*)")
            if any(marker.search(self.raw[j]) for j in range(self.first_body, i) if self.roles[j] in (None, "body") and is_prose(self.flat[j])):
                self.roles[i], self.signers[i] = "notes", ()

    def one_of(self, owners: tuple[int, ...], paragraph: str) -> tuple[int, ...]:
        """Of co-authors, the one a paragraph opens with the first name of ('Grace: I'm more worried than Tomás …', 'Tomasz here –
        …') or the whole name ('Joshua Whitfield: I join the statement but …', a signatory's additional view), else all."""
        named = re.match(r"([A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)(?::\s| here\b)", paragraph)  # or "Tomasz here – …"
        whole = re.match(r"([A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3}):\s", paragraph)
        if len(owners) < 2 or (named is None and whole is None):
            return owners
        if whole:
            which = [n for n in owners if romanized(self.people[n].name) & romanized(whole.group(1)) or fold(self.people[n].name) == fold(whole.group(1))]
        else:
            which = [n for n in owners if fold(self.people[n].name.split()[0]) == fold(named.group(1))]
        return tuple(which) if len(which) == 1 else owners

    def named_in_bold(self, i: int, paragraph: str) -> str:
        """'**Dr. Chun Chae-sung**, Professor …, Seoul National University: A declaration …' as 'Chun Chae-sung: A declaration …':
        an expert's answer opened by the name in bold and the post, the post kept as the person's affiliation."""
        named = (
            _BOLD_NAME_POST.match(paragraph)
            or (
                (plain := _NAME_POST.match(paragraph))
                and AFFILIATION_WORD.search(plain["post"])
                and not _CLAUSE_WORD.search(plain["post"])  # not 'Mats Engman, the retired general who …, has argued that …: hotlines, …'
                and is_prose(paragraph[plain.end() :])
                and plain
            )
        )
        if not named or not looks_like_name(name := clean_name(named["name"])):
            return paragraph
        self.person(name, re.sub(r"\s*\((?:via|on|by) [^()]{2,30}\)$", "", named["post"].strip(), flags=re.I), i + 1)  # not '(via Skype)'
        self.posted.add(i)
        return f"{name}: {paragraph[named.end() :]}"

    def dash_turn(self, paragraph: str) -> str:
        """'TARASENKO — Both. …' as 'TARASENKO: Both. …' when that name opens two turns or more; once, 'STOCKHOLM — The first …' is
        a wire report's place."""
        for pattern in (_CAPS_DASH, _TITLE_PERIOD):  # or "Mr. Holloway. The subcommittee will come to order.": a hearing's record
            match = pattern.match(paragraph)
            if match and match.group(1) in self.dash_labels:
                return pattern.sub(r"\1: ", paragraph, count=1)
        return paragraph

    def co_moderators(self) -> None:
        """'Moderators:' over 'JENNIFER COLE' and her post, then 'DANIEL PARK' and his, a paragraph each, before 'Panelists:':
        both moderate, and neither is a speaker whose turns answer; their names join the chairs (`chairs`)."""
        for i in range(min(self.count, 15)):
            if not re.match(r"(?:co-?)?(?:moderators|chairs|hosts)\s*:", self.flat[i], re.I):
                continue
            for j in range(i + 1, min(self.count, i + 4)):
                if self.roles[j] != "byline" or re.match(r"(?:panell?ists|speakers|participants|guests|discussants)\s*:", self.flat[j], re.I):
                    break
                self.roles[j] = "credit"  # "DANIEL PARK" / "Nonresident Fellow, …": the second moderator, listed under the first
                self.bylines.pop(j, None)
                self.co_chairs.add(j)

    def presiding_chair_asks(self) -> None:
        """4a. A printed hearing whose record says who presided ('… Hon. Thomas Halvorsen (chairman of the subcommittee)
        presiding.'): 'Mr. Halvorsen.' over a turn is the chair calling, thanking and asking, however the turns were read."""
        presiding = {fold(m["name"].split()[-1]) for i in range(min(self.count, 25)) if (m := _PRESIDING.search(self.flat[i]))}
        for i, label in self.speakers if presiding else ():
            if self.roles[i] == "body" and fold(RANKS.sub("", label)) in presiding:
                self.roles[i], self.signers[i] = "question", ()

    def chairs(self) -> set[str]:
        """The words of the name a 'Chair: Professor WATANABE Kenji' or 'Moderator: …' line gives, near the top (a turn that opens
        'MODERATOR (…): Good evening …' is no such line)."""
        lines = (
            m
            for i in range(min(self.count, 12))
            for start in (0, *(found.end() for found in re.finditer(r"\n", self.paragraphs[i].strip())))
            if (m := _MODERATOR.match(self.paragraphs[i].strip(), start)) and len(m.group("name").split(",")[0]) <= 80
        )  # 'Chair: Dr Margit Halvorsen, Senior Lecturer in …': the name before the post  # or a line of a list of participants: 'PARTICIPANTS:' / 'Moderator:' / 'KANG HEE-JUNG' / …
        tagged = (m for i in range(min(self.count, 20)) if (m := _TAGGED_CHAIR.match(self.paragraphs[i].strip())))  # 'Karen Whitlock (moderator)'
        listed = [self.paragraphs[j].strip().split("\n")[0] for j in sorted(self.co_chairs)]  # 'DANIEL PARK', under 'Moderators:' and the first
        return {
            word
            for name in (*(m.group("name") for m in (*lines, *tagged)), *listed)
            for word in re.findall(r"[\w’'-]+", fold(RANKS.sub("", re.sub(r"\([^)]*\)", "", name.split(",")[0]))))
        }

    def answered_together(self) -> tuple[int, ...]:
        """The people of the bylines over an interview whose answers name no one ('A1: …'), when its introduction names
        every one of them ('Carrington experts Margaret Ellison and David Hurst answer five questions'): they answer as one."""
        if not self.interview or self.panel or self.interviewee is None or any(self.roles[i] == "answer" for i, _ in self.speakers):
            return ()
        named = tuple(dict.fromkeys(n for i, group in self.bylines.items() if i < self.first_body for n in group))
        first_question = next((i for i, role in enumerate(self.roles) if role == "question"), 0)
        framing = set(re.findall(r"\w+", fold(" ".join(self.flat[i] for i in range(first_question) if self.roles[i] in (None, "introduction", "subtitle")))))
        if len(named) < 2 or self.interviewee not in named:
            return ()
        return named if all(fold(self.people[n].name.split()[-1]) in framing for n in named) else ()

    def speaker_name(self, label: str) -> str:
        """A speaker's label as a name: 'LEE SANG-HYUN' as it is; 'MAJ. GEN. ENGMAN' or 'DR. LEE', a rank and a surname, as
        the full name the text gives ('Mats Engman', 'Lee Sang-hyun')."""
        if _INITIALS_LABEL.fullmatch(label) and (named := self.named_by_initials(label)):
            return named  # "JK:", the initials of the Jia Kaiwen the introduction names
        bare = _OFFICE_BEFORE.sub("", RANKS.sub("", title_case(label)).strip())  # "SPECIAL REPRESENTATIVE AHN:", by office and surname
        if bare and len(bare.split()) == 2 and (whole := _given_before(bare, self.paragraphs)):
            return whole  # "ALMEIDA SANTOS:", the Ricardo Almeida Santos the list of panellists names
        if bare and len(bare.split()) >= 2 and (listed := _listed_name(bare, self.paragraphs)):
            return listed  # "VAN DER BERG:", "AHMAD FAIZ:": the Pieter van der Berg, the Ahmad Faiz bin Abdullah the list of participants names
        if bare and len(bare.split()) == 1:
            stated = [name for p in self.flat if (m := _STATEMENT_OF.match(p)) and fold((name := clean_name(m["name"])).split()[-1]) == fold(bare)]
            return title_case(stated[0]) if len(stated) == 1 else _full_name(bare, self.paragraphs)  # "Mr. Tanner": 'STATEMENT OF ROBERT J. TANNER, …'
        if bare and _OFFICE_BEFORE.match(title_case(label)) and looks_like_name(bare):
            return bare  # "Spokesperson Choi Hae-rin", her office and her whole name
        return title_case(label)

    def moderator(self, labels: list[str]) -> str | None:
        """The speaker a 'Moderator: Daniel Ortiz' or 'Interviewer:' credit names: the one who asks, whoever speaks first."""
        named = next((label for label in labels if label.lower().removeprefix("the ") in ("moderator", "host", "chair", "interviewer", "presenter")), None)
        named = named or next(
            (
                label
                for i, label in self.speakers
                if re.search(r"\((?:chair(?:man|woman|person)?|moderator|host|interviewer)(?:,[^()]*)?\)\s*:", self.flat[i], re.I)
            ),
            None,
        )
        if named is not None:
            return named  # "MODERATOR: …": the label says who asks
        for i in range(min(self.count, 12)):
            credited = _MODERATOR.match(self.paragraphs[i]) if self.roles[i] == "credit" else None
            if credited:
                name = set(re.findall(r"[\w’'-]+", fold(RANKS.sub("", re.split(r",|\.\s", credited.group("name"))[0]))))  # not '… Audio: …' after it
                return next((label for label in labels if name and set(fold(label).split()) <= name), None)
        first_turn = self.speakers[0][0] if self.speakers else self.count
        for i in range(min(first_turn, 12)):  # "The discussion was moderated by Ivan Sorokin, programme director …" in the introduction
            if self.roles[i] is None and (chaired := _CHAIRED_BY.search(self.flat[i])):
                name = set(fold(RANKS.sub("", chaired["name"])).split())
                return next((label for label in labels if name and set(fold(label).split()) <= name), None)
        return None

    def bare_questions(self) -> list[int]:
        """Short paragraphs that only ask ('What went wrong in Hanoi?'), each followed by a longer one that does not: the
        questions of an interview whose marks were lost in the copy."""
        first_prose = next((i for i in range(self.count) if is_prose(self.flat[i])), self.count)
        return [
            i
            for i in range(first_prose + 1, self.count - 1)  # not a title that asks ('Dresden and After: Can … Survive?')
            if self.roles[i] is None
            and not HEADING_NUMBER.match(self.flat[i])  # "1. Did the Panmunjom meeting change anything?": an explainer's heading
            and len(self.flat[i]) <= 250
            and self.flat[i].rstrip("”’\"' ").endswith("?")
            and self.roles[i + 1] is None
            and len(self.flat[i + 1]) > len(self.flat[i])
            and not self.flat[i + 1].rstrip("”’\"' ").endswith("?")
        ]

    def billed_as_interview(self) -> bool:
        """Whether the page says it is an interview: an 'Interview by …' credit, or a label or title that says so."""
        top = range(min(self.count, 8))
        return (
            any(self.roles[i] == "credit" and re.match(r"interview", self.flat[i], re.I) for i in range(min(self.count, 12)))
            or any(re.search(r"\b(?:q ?& ?a|interviews?)\b", self.flat[i], re.I) and len(self.flat[i]) <= 60 for i in top)
            or any(re.match(r"\[(?:q ?& ?a|interview)\]", self.flat[i], re.I) for i in top)  # '[Interview] "An end-of-war declaration is a door …"'
            or any(self.roles[i] == "editors_note" and re.search(r"\bth(?:is|e) interview was\b", self.flat[i], re.I) for i in range(min(self.count, 12)))
            or any(re.search(r"\b(?:three|four|five|six|seven|\d) questions (?:to|for)\b", self.flat[i], re.I) and len(self.flat[i]) <= 120 for i in top)
            or any(len(self.flat[i]) <= 200 and _QUOTED_HEAD.match(self.flat[i]) and _NAMED_ON.search(self.flat[i]) for i in top)
            or any(
                _PUT_QUESTIONS.search(self.flat[i])
                and (
                    self.roles[i] in (None, "introduction")
                    or (self.roles[i] == "editors_note" and (_SPOKE.search(self.flat[i]) or _WITH_NAME.search(self.flat[i])))
                )
                for i in range(min(self.count, 10))
            )  # an editors' note that names whom it asked ('… Martin Kessler … shared his views with …'), not 'asked scholars to answer
        )  # "'Don't expect a peace treaty on Sentosa': Former US envoy Karen Whitfield on what …": their words, then theirs

    def header(self) -> None:
        """3. Where the header ends, and its label, title and subtitle. It runs to the last byline, date line, credit or
        label near the top (a title may read like a sentence), or else to the first paragraph of prose."""
        marked = 0
        for i in range(min(self.count, 8)):
            if len(self.flat[i]) > 320 and self.roles[i] is None:
                break
            if (i in self.bylines and i not in self.signed_off and i not in self.signed_within) or self.roles[i] in ("dateline", "credit"):
                marked = i + 1
            elif self.roles[i] == "editors_note" and not any(
                self.roles[j] is None and is_prose(self.flat[j]) and not is_headline(self.flat[j]) for j in range(i)
            ):
                marked = i + 1  # an editor's note under the title and dek, before any prose: the header ends with it
            elif self.roles[i] is None and i < 2 and is_label(self.flat[i], self.flat[i + 1] if i + 1 < self.count and self.roles[i + 1] is None else None):
                # a series label: the title comes after it, and the label may carry the date ("Monitor · Issue 31 · 29 November 2023")
                title_next = i + 1 < self.count and self.roles[i + 1] is None and len(self.flat[i + 1]) <= 220 and not is_prose(self.flat[i + 1])
                marked = max(marked, i + 2 if title_next else i + 1)
                for part in re.split(r"\s*[|·•]\s*", self.flat[i])[1:]:
                    found = dateline(part)
                    if found and found[0]:
                        self.date = self.date or found
        last_prose = max(  # the last open paragraph of prose; else the last open sentence, which the header never takes (all else is turns)
            (i for i in range(self.count) if self.roles[i] is None and is_prose(self.flat[i])),
            default=max((i for i in range(self.count) if self.roles[i] is None and self.flat[i].endswith((".", "!", "?"))), default=self.count),
        )
        while (
            marked
            and marked < min(self.count, 8, last_prose)
            and (
                self.roles[marked] is None
                or (self.roles[marked] == "introduction" and _IN_THIS_ISSUE.match(self.flat[marked]))
                or (  # "Forwarded from Vostok Notes" between the date and the post's headline: the page's, and the header goes on
                    self.roles[marked] == "boilerplate"
                    and marked + 1 < self.count
                    and self.roles[marked + 1] is None
                    and len(self.flat[marked + 1]) <= 220
                    and not is_prose(self.flat[marked + 1])
                    and not any(self.roles[k] == "title" for k in range(marked))
                )
            )
            and len(self.flat[marked]) <= 220
            and (not is_prose(self.flat[marked]) or self.untitled_headline(marked))
            and not _TOPIC_LIST.fullmatch(self.flat[marked])  # "North Korea, Nuclear Weapons, Sanctions" under the date: the page's topics
        ):
            marked += 1  # a date line over the title and its dek: they are the header too (not the body's only paragraph)
        subject = self.subject_title(range(min(self.count, 10)))
        marked = max(marked, subject + 1) if subject is not None else marked
        first_prose = next((i for i in range(self.count) if self.roles[i] in (None, "answer", "question") and is_prose(self.flat[i])), None)
        self.first_body = marked or (first_prose if first_prose is not None else min(1, self.count - 1))
        if self.sections:
            self.first_body = min(self.first_body, min(self.sections))
        header = range(self.first_body)
        title = None
        # the title the e-mail's subject names, else the headline a line gives with its writer and day: what stands over it is a masthead
        given = subject if subject is not None else next((i for i in header if self.roles[i] == "title"), None)
        evidence = next(
            (
                i
                for i in header
                if self.roles[i] in (None, "boilerplate")
                and _RECORD_HEAD.fullmatch(self.flat[i])
                and i + 1 < self.count
                and self.roles[i + 1] in (None, "boilerplate")
                and len(self.flat[i + 1]) <= 200
                and not is_prose(self.flat[i + 1])
            ),
            None,
        )
        if evidence is not None and (given is None or given < evidence):
            given = evidence + 1  # the committee, its meeting's number and 'EVIDENCE' over the study's title: the record's labels
            for i in range(given):
                self.roles[i] = "label" if self.roles[i] in (None, "title", "subtitle") or i == evidence else self.roles[i]
        if given is not None:
            for i in range(given):
                if self.roles[i] is None and subject is not None and i >= given - 2 and is_label(self.flat[i], self.flat[i + 1]):
                    self.roles[i] = "label"  # 'Commentary', 'RSIS Commentary No. 027/2022' (over the day) over the e-mail's headline
                elif self.roles[i] is None:  # the newsletter's editor writing over the headline ('This week's letter is given over to …'): its introduction
                    self.roles[i] = "introduction" if subject is not None and is_prose(self.flat[i]) and len(self.flat[i]) > 200 else "boilerplate"
            self.roles[given] = "title"
            title = self.title = given
        signed = next((i for i, role in enumerate(self.roles) if role in ("byline", "dateline")), self.count)
        crumbs = max(
            (
                i
                for i in range(min(self.count, 6, signed))  # a menu over the byline and date, not a share bar under them
                if BREADCRUMB.fullmatch(self.flat[i])
                or any(BREADCRUMB.fullmatch(line.strip()) for line in self.paragraphs[i].split("\n")[1:])  # the site's name over its trail
                or is_navigation(self.flat[i])
                or any(is_navigation(english_of(line)) for line in self.paragraphs[i].split("\n"))
            ),
            default=None,
        )  # the last menu or trail near the top: the site's furniture ends there
        for i in range(crumbs or 0):
            if (
                self.roles[i] is None
                and not re.match(r"#\s+\S", self.raw[i].strip())
                and (  # a Markdown '# Title' is the title, over the trail or not
                    len(self.flat[i]) <= 60
                    or (0 < i == crumbs - 1 and len(self.flat[i]) <= 100 and not is_prose(self.flat[i]))  # the site's tagline over its menu
                    or len(english_of(self.flat[i])) <= 60  # "RUSSIAN INTERNATIONAL AFFAIRS COUNCIL РОССИЙСКИЙ СОВЕТ …": its name twice
                    or (self.raw[i].count("\n") == 1 and len(self.raw[i].split("\n")[0]) <= 60)  # "East Asia Forum" over its tagline
                    or (len(self.flat[i]) <= 120 and " | " in self.flat[i])  # "The Ashcombe Institute … | Independent analysis since 1962"
                    or is_navigation(self.flat[i])
                    or any(is_navigation(line) for line in self.paragraphs[i].split("\n"))
                )
            ):
                self.roles[i] = "boilerplate"  # the site's name over its breadcrumb trail or menu
        if crumbs is not None and self.roles[crumbs] is None:
            self.roles[crumbs] = "boilerplate"  # the menu itself, with the site's name on the line above it
        crumbed = (  # "Home > Opinions > Asia Crossroads" over "Asia Crossroads": the section, not the title (or one of the menu's)
            crumbs + 1
            if crumbs is not None
            and crumbs + 1 < self.count
            and (
                fold(re.split(r"\s*[>›»/|]\s*", self.flat[crumbs])[-1]) == fold(self.flat[crumbs + 1])
                or (
                    len(self.flat[crumbs + 1].split()) <= 2
                    and fold(self.flat[crumbs + 1]) in {fold(item) for item in re.split(r"\s*[>›»/|]\s*|\s{2,}|\n", self.paragraphs[crumbs])}
                )
            )
            and len(self.flat[crumbs + 1]) <= 60
            and len(self.flat[crumbs + 1].split()) <= 4  # a section's name, not 'Why Seoul should keep one door open to Pyongyang'
            and not re.search(r"[.!?]\s+\S", self.flat[crumbs + 1])  # not "Kim Has Abandoned Unification. Seoul Should Not.": the title the trail ends in
            else None
        )
        candidates = [i for i in header if self.roles[i] is None and len(self.flat[i]) <= 320]
        # A publication's name over a title and a dek ("The Peninsula Ledger"): three lines before the byline, the first a short
        # name; or over a headline alone ("Order from Chaos" / "What Hanoi Must Deliver: …"), which a dek in sentence case is not.
        section = (  # 'Responsible Statecraft' / 'Asia-Pacific' / the headline: the site's name, then its section
            candidates[1]
            if len(candidates) >= 3
            and all(
                (len(self.flat[c].split()) <= 3 or (c == candidates[0] and _short_lines(self.paragraphs[c]) and len(self.raw[c].split("\n")[0].split()) <= 3))
                and not self.flat[c].endswith((".", "!", "?", ":"))
                for c in candidates[:2]
            )  # 'IPS Journal' over its tagline, in one paragraph, is the site's name still
            and not (
                LABEL.match(self.flat[candidates[0]])
                and (
                    re.search(r"\b(?:no\.|number|vol\.)\s*\d|\s\d{1,3}\s?/\s?(?:19|20)\d\d$", self.flat[candidates[0]], re.I)
                    or not is_headline(self.flat[candidates[2]])
                )  # 'HALDEN REPORT 3/2024': its number in the year
            )
            # but 'POLICY BRIEF / No. 12 / 2019' is a series and its number: 'Beyond the Freeze' under it is a short title; so is
            # 'Minding the Gap' under 'POLICY REPORT', over its dek in a sentence's case
            and len(self.flat[candidates[2]].split()) >= 5
            and (
                (
                    not is_prose(self.flat[candidates[2]]) and not self.flat[candidates[2]].endswith((".", "?", "!"))
                )  # a headline, not a dek under 'THE LONG READ' / 'The Summit Trap'
                or is_headline(self.flat[candidates[2]])  # 'The Panmunjom Handshake Is Not a Process. Here Is How to Build One.'
            )
            else None
        )
        masthead = (
            candidates[0]
            if section is not None
            else candidates[0]
            if len(candidates) >= 2
            and len(self.flat[candidates[0]].split()) <= 5
            and len(self.flat[candidates[0]]) < len(self.flat[candidates[1]])
            and not (  # 'North Korea: Nuclear Programme' / its date line / 'Oral Answers to Questions …': the title, over its section
                "dateline" in self.roles[candidates[0] + 1 : candidates[1]]
                and is_label(self.flat[candidates[1]], self.flat[candidates[1] + 1] if candidates[1] + 1 < self.count else None)
            )
            and (not self.flat[candidates[0]].endswith((".", "!", "?", ":")) or _ONE_WORD_MASTHEAD.fullmatch(self.flat[candidates[0]]))
            and (
                len(candidates) >= 3
                or (is_headline(self.flat[candidates[1]]) and len(self.flat[candidates[1]].split()) >= 6)
                or re.match(r"[‘'\"“][^‘’'\"“”]{3,80}[’'\"”]:\s+\S", self.flat[candidates[1]]) is not None  # "'A new strategic weapon': what Kim …"
                or _column_over_title(self.flat, candidates)
                or (  # 'Korea' over the date (and an editor's note), then the headline: a section's name, not a title of one word
                    len(self.flat[candidates[0]].split()) == 1
                    and any(self.roles[k] in ("dateline", "editors_note") for k in range(candidates[0] + 1, candidates[1]))
                    and not is_prose(self.flat[candidates[1]])
                )
            )
            else candidates[0]
            if len(candidates) >= 2 and _name_over_tagline(self.raw[candidates[0]])
            else None
        )
        letters_page = sum(bool(self.letter_signature(j)) for j in range(2, self.count)) >= 2
        for i in header:
            j = _next_open(self.roles, i)
            following = self.flat[j] if j is not None else None
            after = _next_open(self.roles, j) if j is not None else None
            over_label = (  # a short line over a label is a label too ('KOREA JoongAng DAILY' / 'OPINION · Column' / the title)
                following is not None
                and (len(self.flat[i]) <= 60 or _short_lines(self.paragraphs[i]))  # a masthead of a few short lines too
                and (not self.flat[i].endswith((".", "!", "?", ":")) or _ONE_WORD_MASTHEAD.fullmatch(self.flat[i]))
                and is_label(following, self.flat[after] if after is not None else None)
                and "dateline" not in self.roles[i + 1 : j]  # not 'North Korea: Nuclear Programme' / 'debated on …' / 'Oral Answers to Questions'
            )
            if (
                self.roles[i] is None
                and title is None
                and not re.match(r"#\s+\S", self.raw[i].strip())  # a Markdown '# Title' is the title, over a label or not
                and (
                    i in (masthead, section, crumbed)
                    or over_label
                    or is_label(self.flat[i], following)
                    or label_over_publisher(self.paragraphs[i], following)
                    or (  # 'Indo-Pacific' over the headline and its byline: a kicker of one word
                        re.fullmatch(r"(?-i:[A-Z])[\w’'-]+", self.flat[i]) is not None
                        and j is not None
                        and following is not None
                        and 5 <= len(following.split()) <= 14
                        and not is_prose(following)
                        and j + 1 < self.count
                        and self.roles[j + 1] in ("byline", "dateline")
                    )
                    or self.label_over_the_byline(i)
                    or (  # "[Column] Peninsula Watch" over the columnist's name and post, then the headline: the column's name
                        re.match(r"\[[^\[\]]{2,30}\]\s", self.flat[i]) is not None
                        and i + 1 < self.count
                        and self.roles[i + 1] == "byline"
                        and (headline := _next_open(self.roles, i + 1)) is not None
                        and is_label(self.flat[i], self.flat[headline])
                    )
                    or (  # "DEBATE: Is a peace regime premature?" over "Response to Harold Brenner: …" and the byline: the debate's, over the part's
                        _EXCHANGE_KICKER.match(self.flat[i]) is not None
                        and j is not None
                        and following is not None
                        and len(following) <= 200
                        and not is_prose(following)
                        and not following.endswith((".", "!", "?"))
                        and j + 1 < self.count
                        and self.roles[j + 1] == "byline"
                    )
                    or (_SHOW_WITH_HOSTS.fullmatch(self.flat[i]) is not None and following is not None and not is_prose(following))
                    # "RN Breakfast with Tom Ashdown and Priya Raman" over the segment's headline: the programme's
                    or (  # "Foreign Affairs Committee" over "Oral evidence: Korean Peninsula security, HC 1187": the committee's
                        following is not None
                        and re.match(r"oral evidence\s*:", following, re.I) is not None
                        and re.search(r"\bcommittee\b", self.flat[i], re.I) is not None
                        and len(self.flat[i]) <= 80
                    )
                )
            ):
                self.roles[i] = "label"
                above = next(  # (a breadcrumb between: '当前位置：首页 > 评论 > 观点')
                    (k for k in range(i - 1, -1, -1) if not (self.roles[k] == "boilerplate" and re.search(r"\s[>›»]\s", self.flat[k]))), None
                )
                if above is not None and self.roles[above] == "label":
                    self.roles[above] = "boilerplate"  # two labels over the title: the site's name, then the section's
            elif (
                self.roles[i] is None
                and title is None
                and is_prose(self.flat[i])
                and not is_headline(self.flat[i])  # "South Korea Does Not Need Its Own Bomb. It Needs a Seat at the Table." is a title
                and not _TWO_LINE_HEADLINE.fullmatch(self.flat[i])  # and so is "The sanctions are leaking. That's not the whole story."
                and not re.fullmatch(r"(?:\[[^\]]{2,20}\]\s*|[A-ZÀ-ÖØ-ÞĀ-ž][\w.’' -]{2,40}:\s+)?[‘“'\"][^‘“'\"]{10,200}[’”'\"]", self.flat[i])
                # "[INTERVIEW] ‘Confidence-building … insurance.’", "Chun Chae-sung: “Trust is not a precondition. It is the product.”"
                and any(not is_prose(self.flat[k]) for k in candidates if k > i)
            ):
                self.roles[i] = "introduction"  # "Good morning. This week …" over the title: the newsletter's framing
            elif self.roles[i] is None and _POINTS_HEAD.match(self.flat[i]):
                self.roles[i] = "introduction"  # "Key Points" over its box, under the byline: the publisher's summary, no title
            elif self.roles[i] is None and title is None and len(self.flat[i]) <= 220:
                self.roles[i] = "title"
                title = self.title = i
            elif (
                self.roles[i] is None
                and title is not None
                and LABEL.match(self.flat[i])
                and _SERIES_MARK.search(self.flat[i])
                and re.search(r"\b(?:no\.|number|nr\.|vol\.)\s*\d", self.flat[i], re.I)
                and len(self.flat[i]) <= 80
            ):
                self.roles[i] = "label"  # "NCSA Commentary No. 11/2021" under the title: the series and its number, no dek
            elif (
                self.roles[i] is None
                and title is not None
                and (
                    any(self.roles[k] == "subtitle" for k in range(title + 1, i))
                    or re.search(
                        r"\bwe (?:publish|present|are (?:pleased|delighted|glad) to (?:publish|present))\b"
                        r"|\b(?:the|this) (?:review|journal|magazine|site|blog|newsletter) (?:continues|presents|publishes)\b",
                        self.flat[i],
                        re.I,
                    )  # "The Review continues its series of … We publish his column as part of …": no dek between
                )
                and len(re.findall(r"[.!?](?:\s|$)", self.flat[i])) >= 3
                and any(
                    len(self.people[n].name.split()) >= 2 and fold(self.people[n].name) in fold(self.flat[i])
                    for j in self.bylines
                    if j > i
                    for n in self.bylines[j]
                )
            ):
                self.roles[i] = "introduction"  # under the dek, "… In this installment, Thomas Ashdown argues …" over "By Thomas Ashdown": the publisher's
            elif (
                self.roles[i] is None
                and title is not None
                and i + 1 in self.bylines
                and re.fullmatch(r"guest (?:authors?|writers?|contributors?|post|column|essay)", self.flat[i], re.I)
            ):
                self.roles[i] = "label"  # "Guest author" under the dek, over the guest's name: a newsletter marks whose it is
            elif self.roles[i] is None and title is not None and _FRAMES_THE_PIECE.match(self.flat[i]):
                self.roles[i] = "introduction"  # "Counterpoint gives space to contributors who disagree …": the paper presenting it, no dek
            elif (
                self.roles[i] is None
                and title is not None
                and len(self.flat[i]) <= 320
                and not (letters_page and self.letter_signature(i + 1))
                and not re.match(r"dear\s.{2,200},$", self.flat[i], re.I)
            ):
                # (not a letters page's short first letter, signed under it by a name and a town; nor a letter's 'Dear President Moon, …,')
                self.roles[i] = "subtitle"
        for i in range(1, min(self.first_body, 6)):
            if self.roles[i] == "label" and self.roles[i - 1] == "label":
                self.roles[i - 1] = "boilerplate"  # two labels over the title: the publisher's name, then the series'
        self.masthead_over_label()
        self.title_under_the_date()

    def headline_over_the_byline(self, i: int) -> bool:
        """'Freezing First' over its subtitle and 'Sangsoo Lee and Ieva Kalniņa': two words that read as a name, but the
        byline under it names others and the text never names it again: the headline, not a writer."""
        words = fold(self.flat[i])
        if "\n" in self.paragraphs[i].strip() or re.search(r"\s(?:and|&)\s", self.flat[i]) or any(words in fold(p) for k, p in enumerate(self.flat) if k != i):
            return False
        below = next((found for j in range(i + 1, min(i + 4, self.count)) if (found := byline_people(self.paragraphs[j], names_alone=True))), None)
        return below is not None and len(below) >= 2

    def with_middle_initials(self, n: int) -> None:
        """The name as the text gives it in full, where a headline shortened it: 'Daniel Whitcomb says …' over 'Daniel R.
        Whitcomb spent eleven years …' is Daniel R. Whitcomb (one spelling, the longest, for the one person)."""
        words = self.people[n].name.split()
        if len(words) != 2:
            return
        fuller = re.compile(rf"\b{re.escape(words[0])}((?:\s+(?-i:[A-Z])\.){{1,2}})\s+{re.escape(words[1])}\b")
        for paragraph in self.flat:
            if found := fuller.search(paragraph):
                self.people[n].name = f"{words[0]}{found[1]} {words[1]}"
                return

    def named_in_title_and_address(self) -> str | None:
        """The writer a saved page names only in its browser title ('Kim Buries Unification. … | Tomasz Wierzbicki | The Parallel
        Notebook') and again in its address's slug ('…/tomasz-wierzbicki-kim-buries-unification/'): both, or no one."""
        for i in range(min(self.count - 1, 3)):
            parts = [part.strip() for part in self.flat[i].split(" | ")]
            slugs = " ".join(fold(m[0]) for p in self.flat[i + 1 : i + 3] for m in re.finditer(r"https?://\S+", p))
            named = [part for part in parts[1:] if looks_like_name(part) and 2 <= len(part.split()) <= 3 and "-".join(fold(part).split()) in slugs]
            if len(parts) >= 3 and len(named) == 1:
                if self.title is None:
                    self.roles[i], self.title = "title", i  # the page's title, which the header left for the site's
                return named[0]
        return None

    def pen_names_unmasked(self) -> None:
        """A byline's pen name with the writer's own name after it ('By Old Tumen Hand (Min Jae-hoon)'), the text saying it is a
        pen name ('Old Tumen Hand is the pen name of a columnist who …'): the writer is the one the brackets name."""
        for i, group in self.bylines.items():
            for n in group:
                pen = self.people[n].name
                real = re.search(rf"{re.escape(pen)}\s*\((?P<real>{_WHOLE_NAME})\)", self.flat[i])
                said = re.compile(rf"{re.escape(pen)},? is (?:the|a|his|her|their) {_PEN_NAME}\b", re.I)
                if real and looks_like_name(real["real"]) and any(said.search(p) for p in self.flat):
                    self.people[n].name = clean_name(real["real"])
                    for j in range(i + 1, self.count):
                        if said.match(self.flat[j]) and self.roles[j] is None:
                            self.roles[j], self.bio_of[j] = "author_bio", n  # "Old Tumen Hand is the pen name of a columnist who …": its bio

    def pen_name_of(self, handle: str) -> str | None:
        """The writer a handle stands for, as the text states it: 'panmunjom_observer is the pen name of Mats Engman, …'."""
        said = re.compile(rf"(?:^|\s|:)@?{re.escape(handle)},? is the (?:{_PEN_NAME}|handle|online name) of (?P<name>{_WHOLE_NAME})")
        found = [clean_name(m["name"]) for p in self.flat if (m := said.search(p))]
        return found[0] if found and looks_like_name(found[0]) else None

    def speakers_taking_turns(self, i: int) -> list[tuple[str, str]] | None:
        """'Speakers: Prof. Zhao Minghui, …; Prof. Lee Sang-woo, …' on one line over turns each opened by one of them ('ZHAO: …'):
        the speakers and their posts, a transcript's byline (a rapporteur's report of the event credits them: event_report)."""
        head, _, under = self.paragraphs[i].strip().partition("\n")
        listing = (
            (_SPEAKERS.match(self.flat[i]) or (i and re.fullmatch(r"witness(?:es)?\s*:?", self.flat[i - 1], re.I) and _PANEL.match(self.flat[i])))
            if "\n" not in self.paragraphs[i].strip() or ";" in self.flat[i]  # or hard-wrapped, a semicolon between the speakers
            else None
        ) or (
            re.fullmatch(r"witness(?:es)?\s*:?", head.strip(), re.I)
            and ("\n" not in under.strip() or ";" in under)
            and _PANEL.match(" ".join(under.split()))  # 'Witnesses' over 'I: …' in one, 'Witness' over its one witness's line
        )
        names = re.split(r"\.\s+(?:chair(?:ed by)?|moderator|moderated by|host(?:ed by)?)\b", listing["list"], flags=re.I)[0].rstrip(". ") if listing else ""
        listed = byline_people(f"By {names}") if listing else None  # (the chair after them, '… Stockholm. Chair: Rachel Ashdown, …', asks)
        if under.strip() and (
            _SPEAKERS_HEADING.fullmatch(head.strip()) or (re.fullmatch(r"witnesses\s*:?", head.strip(), re.I) and _CAPITALS_NAME_COMMA.match(under.strip()))
        ):
            # "Featuring:" over a speaker a line, each "Name, post; post"; or "WITNESSES:" over each "DR. NADIA HOLLOWAY, Senior
            # Fellow, …", the post wrapped onto the lines under the name in capitals
            entries: list[str] = []
            for line in (line.strip() for line in under.split("\n") if line.strip()):
                if entries and _CAPITALS_NAME_COMMA.match(entries[0]) and not _CAPITALS_NAME_COMMA.match(line):
                    entries[-1] += " " + line
                else:
                    entries.append(line)
            each = [byline_people(f"By {entry}") for entry in entries]
            listed = [found[0] for found in each if found] if all(each) and all(len(found) == 1 for found in each) else None
        if not listed or any(_RAPPORTEUR.match(p) for p in self.flat):
            return None
        surnames = {fold(word) for name, _ in listed for word in (name.split()[0], name.split()[-1])}
        initials = {"".join(word[0] for word in re.split(r"[\s-]+", name)).upper() for name, _ in listed}  # 'HSY', 'NS'
        turns = [m for p in self.flat[i + 1 :] if (m := re.match(r"(?:[A-Z][\w.’'-]*\s+){0,3}?([A-Z][\w’'-]+)\s*(?:\[[\d:]+\]\s*)?:\s", p))]
        return listed if sum(fold(m[1]) in surnames or m[1] in initials for m in turns) >= 2 else None

    def label_over_the_byline(self, i: int) -> bool:
        """'ANALYSIS · KOREAN PENINSULA' or '[Global Perspective]' over the byline, the headline under it: a label marked as
        one (a label's word, a separator, brackets) is no title because a byline follows it; the headline is the title."""
        if i + 2 >= self.count or self.roles[i + 1] != "byline":
            return False
        headline = next((k for k in range(i + 2, min(self.count, i + 4)) if self.roles[k] is None), None)
        marked = LABEL.match(self.flat[i]) or re.search(r"\s[|·•]\s", self.flat[i]) or re.fullmatch(r"\[[^\[\]]{3,40}\]", self.flat[i])
        return bool(
            marked
            and len(self.flat[i].split()) <= 6  # a label is short: not 'CO23112 | The Korean Armistice at 70: …', a headline numbered
            and headline is not None
            and len(self.flat[headline].split()) >= 4  # and over a headline: not 'SYNOPSIS'
            and is_label(self.flat[i], self.flat[headline])
            and not is_prose(self.flat[headline])
            and len(self.flat[headline]) <= 220
        )

    def title_after_the_greeting(self) -> None:
        """A newsletter with no headline over its greeting: the column's name in capitals and its headline under the greeting
        ('Good morning, and welcome to the 112th issue. …' / 'THE LAST WORD' / 'The veto that ended an era' / the argument)."""
        greeting = next((i for i in range(min(self.count, 8)) if self.roles[i] == "introduction" and GREETING.match(self.flat[i])), None)
        if greeting is None:
            return
        heads = []
        for i in range(greeting + 1, min(greeting + 4, self.count)):
            if (
                self.roles[i] not in (None, "subtitle")
                or is_prose(self.flat[i])
                or len(self.flat[i]) > 120
                or self.flat[i].endswith((".", ":", ","))
                or "\n" in self.paragraphs[i].strip()
            ):
                break
            heads.append(i)
        after = heads[-1] + 1 if heads else self.count
        if not heads or len(heads) > 2 or after >= self.count or not is_prose(self.flat[after]):
            return
        if len(heads) == 2 and self.flat[heads[0]].upper() == self.flat[heads[0]]:
            self.roles[heads[0]] = "label"  # 'THE LAST WORD', the column's name over its headline
        self.roles[heads[-1]], self.title = "title", heads[-1]
        self.first_body = max(self.first_body, after)

    def title_under_the_date(self) -> None:
        """A blog's name and its tagline (or a feed's name) over the day of the post, then the post's headline: the headline is
        the title ('Yalu Notes' / 'Occasional writing on China, the Koreas …' / 'Tuesday, June 19, 2018' / 'After Singapore, …';
        'Nagatacho Notes' / 'Feb 6, 2023, 8:30 AM' / the headline over its byline)."""
        title = self.title
        if title is None:
            self.title_after_the_greeting()
            return
        if title >= 3:
            return
        day, headline = title + 1, title + 2
        if (
            title + 4 < self.count
            and (len(self.flat[title].split()) <= 4 or re.search(r"\b(?:issue|no\.)\s*#?\d", self.flat[title], re.I))  # or 'THE PARALLEL · Issue No. 118'
            and self.roles[day] == "dateline"
            and self.roles[title + 2] == "introduction"
            and GREETING.match(self.flat[title + 2])
            and self.roles[title + 3] == "subtitle"
            and not is_prose(self.flat[title + 3])
            and self.roles[title + 4] == "byline"
        ):  # 'THE PENINSULA DISPATCH' / 'Issue #87 -- …' / 'Hi all -- welcome back, …' / the essay's headline over its byline
            self.roles[title], self.roles[title + 3], self.title = "label", "title", title + 3
            return
        if not (
            headline + 1 < self.count
            and headline < self.first_body
            and self.roles[day] == "dateline"
            and self.roles[headline] == "subtitle"
            and not is_prose(self.flat[headline])
            and "\n" not in self.paragraphs[headline].strip()
            and not re.search(r"\t|[.!]\s|[.)]$", self.flat[headline])  # no caption ('…, left, and … on March 4. (Kenta Ogawa)'), no credits
            and not is_boilerplate(self.paragraphs[headline])  # nor the page's share buttons ('Facebook  Twitter  Kakao  Link  Print')
        ):
            return
        tagline = (
            title > 0
            and self.roles[title - 1] == "label"
            and len(self.flat[title - 1].split()) <= 4  # the blog's name
            and is_headline(self.flat[headline])
            and not is_headline(self.flat[title])
            and is_prose(self.flat[headline + 1])
        )
        feed = len(self.flat[title].split()) <= 3 and self.roles[headline + 1] == "byline" and 5 <= len(self.flat[headline].split()) <= 14
        if tagline or feed:
            for i in range(title + 1):
                self.roles[i] = "boilerplate"  # the blog's name and tagline, the feed's name: a masthead
            self.roles[headline], self.title = "title", headline

    def subject_title(self, near: range) -> int | None:
        """The paragraph near the top that is the last part of a printed e-mail's subject ('… #87 -- The watchdog is gone.')."""
        cuts = [0, *(cut.end() for cut in re.finditer(r"\s+(?:--|[—–|:-])\s+|:\s+", self.subject))] if self.subject else []
        tails = {fold(self.subject[k:]) for k in cuts}  # 'Yoon's "audacious initiative": three first reactions', its colon kept
        return next(
            (
                i
                for i in near
                if self.roles[i] is None
                and len(self.flat[i].split()) >= 3
                and (
                    fold(self.flat[i]) in tails
                    or (  # the subject cut short: 'The Parallel #112: Back to the summit table?' over the whole headline
                        len(self.flat[i]) <= 200
                        and not is_prose(self.flat[i])
                        and any(len(tail.split()) >= 4 and fold(self.flat[i]).startswith(tail) for tail in tails)
                    )
                )
            ),
            None,
        )

    def masthead_over_label(self) -> None:
        """A label stands over the title, never under it: what was read as the title, over a label ('EXPERTS RESPOND',
        'Analytics', 'Episode 31', 'POLICY BRIEF No. 09/2022') and a headline under that, is the site's name ('Meridian Council on Global Affairs ›
        Programs › Asia'), and the headline is the title. So is an institution's name alone over a headline ('Vienna Centre
        for East Asian Security')."""
        if self.title is None or self.title >= 3:
            return
        label = _next_open_or_subtitle(self.roles, self.title)
        headline = _next_open_or_subtitle(self.roles, label) if label is not None else None
        if (
            label is not None
            and headline is not None
            and self.roles[label] == "subtitle"
            and self.roles[headline] == "subtitle"
            and headline < self.first_body
            and not any(self.roles[j] == "introduction" and len(self.flat[j]) > 200 for j in range(self.title + 1, label))
            # not a symposium's 'LEAD ESSAY', under its framing (but under a newsletter's 'In this issue: …', a label)
            and is_label(self.flat[label], self.flat[headline])
            and not is_prose(self.flat[headline])
            and len(self.flat[headline].split()) >= 2  # not 'Participants:' over the list of them
            and not (LABEL.match(self.flat[headline]) and len(self.flat[headline].split()) <= 4)  # not 'Serial No. 116-21' under a hearing's title
            and not _NUMBERED_TURN.match(self.flat[headline])  # not '7. Alison Crewe (Ochil Hills) (SNP): What steps …', a member's question
        ):
            self.roles[self.title], self.roles[label], self.roles[headline] = "boilerplate", "label", "title"
            self.title = headline
            return
        labelled = self.title + 1
        headline = _next_open_or_subtitle(self.roles, labelled)
        if (
            labelled < self.count
            and self.roles[labelled] == "label"
            and headline is not None
            and self.roles[headline] == "subtitle"
            and headline < self.first_body
            and len(self.flat[headline].split()) >= 4
            and not is_prose(self.flat[headline])
            and not is_label(self.flat[headline], None)
            and fold(self.flat[labelled]) not in ("point", "counterpoint")  # one side's mark over its headline, under the title
        ):
            self.roles[self.title], self.roles[headline] = "boilerplate", "title"  # the institute's name, its series label, the headline
            self.title = headline
            return
        if (
            only_institutions(self.flat[self.title])
            and label is not None
            and self.roles[label] == "subtitle"
            and label < self.first_body
            and not is_prose(self.flat[label])
            and not only_institutions(self.flat[label])
        ):
            self.roles[self.title], self.roles[label], self.title = "boilerplate", "title", label  # 'Vienna Centre for East Asian Security' over the headline

    def writers_in_dialogue(self) -> None:
        """The writers a byline names taking turns by their initials ('J.K.: …' / 'M.R.: …' under 'Jae-won Kang and Miriam
        Rosenthal'): their dialogue, each turn its writer's, no interview (kept in `dialogue`, read after the owners)."""
        first_turn = self.speakers[0][0] if self.speakers else 0
        writers = {n for i, group in self.bylines.items() if i < first_turn for n in group}
        labels = {label for _, label in self.speakers}
        if len(writers) < 2 or not labels or not all(_INITIALS_LABEL.fullmatch(label) for label in labels):
            return
        whose = {label: [n for n in writers if re.sub(r"[^A-Z]", "", label) in _initials_forms(self.people[n].name)] for label in labels}
        if all(len(found) == 1 for found in whose.values()) and len({found[0] for found in whose.values()}) >= 2:
            self.dialogue = {i: whose[label][0] for i, label in self.speakers}
            self.speakers = []

    def dialogue_turns(self) -> None:
        """Each turn of the writers' dialogue, and the paragraphs that go on from it, its writer's."""
        current: tuple[int, ...] = ()
        for i in range(self.count):
            if i in self.dialogue:
                self.roles[i], current = "body", (self.dialogue[i],)
                self.signers[i] = current
            elif self.roles[i] == "body" and current:
                self.signers[i] = current
            elif self.roles[i] not in (None, "body", "boilerplate"):
                current = ()

    def link_line(self, i: int) -> bool:
        """Whether paragraph `i` reads as one link of a list: a tag ('North Korea') or a headline, no sentence."""
        words = len(self.flat[i].split())
        return not re.search(r"[.!;:]$", self.flat[i]) and (words <= 4 or (words <= 14 and is_headline(self.flat[i])))

    def under_links(self, i: int) -> bool:
        """Whether paragraph `i` follows a heading of links ('Explore more on these topics', 'Related') over links a line each."""
        j = i - 1
        while j > 0 and self.roles[j] == "boilerplate" and not LINKS_HEADING.match(self.flat[j]) and self.link_line(j):
            j -= 1
        return self.roles[j] == "boilerplate" and LINKS_HEADING.match(self.flat[j]) is not None

    def trailing(self) -> None:
        """Trailing matter: what follows notes, bios and boilerplate; citations; captions; a PDF page's footnotes."""
        last_argument = max((i for i, p in enumerate(self.flat) if len(p) > 300 and is_prose(p)), default=self.count)
        trailing = argued = False
        links = comments = False
        labels = [self.flat[i] for i in range(self.first_body) if self.roles[i] == "label" and len(self.flat[i]) >= 6]
        marked = {int(m.translate(_SUPERSCRIPT_DIGITS)) for p in self.flat for m in re.findall(r"(?<=[\w.,;”’\")])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}", p)}
        marked -= {int(m.translate(_SUPERSCRIPT_DIGITS)) for p in self.paragraphs for m in re.findall(r"^\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s", p, re.M)}
        # the marks whose notes are set elsewhere ('¹ On …'): a '1.' under the argument is then its first point, no note
        for i in range(self.first_body, self.count):
            if self.roles[i] is None and i < last_argument and len(self.flat[i]) <= 500 and re.match(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}\s+\S", self.flat[i]):
                self.roles[i] = "notes"  # "¹ On the collapse of the Framework, see Chapter 3 …" at a page's foot: no sentence opens so
                self.foot_notes.add(i)
            if (
                self.roles[i] is None
                and i > last_argument
                and len(self.flat[i]) <= 400
                and (numbered := re.match(r"(\d{1,3})[.)]\s+\S", self.flat[i]))
                and int(numbered[1]) in marked
            ):
                self.roles[i] = "notes"  # "1. Korea International Trade Association, …" under an argument that marks '… 2018.¹': its note
            role = self.roles[i]
            argued = argued or (  # the argument has begun: a long paragraph of prose that is no one's bio
                i > self.first_body
                and self.roles[i - 1] in (None, "body")
                and len(self.flat[i - 1]) > 300
                and is_prose(self.flat[i - 1])
                and not _BIO.match(self.flat[i - 1].lstrip("—–-*_ "))
            )
            lines = self.paragraphs[i].split("\n")
            if role is None and len(lines) == 1 and "\t" in lines[0] and len(self.flat[i]) <= 120 and not _NUMBERED_HEADING_TAB.match(lines[0]):
                self.roles[i] = "boilerplate"  # a PDF's running header or footer, laid out with a wide gap (not '3.1<tab>The view from Seoul')
                continue
            parts = re.split(r"\s+[·|•]\s+", self.flat[i])
            if (
                role is None
                and argued
                and (len(parts) >= 3 or (trailing and len(parts) == 2))
                and all(len(part.split()) <= 4 and part[:1].isupper() for part in parts)
            ):
                self.roles[i] = "boilerplate"  # "Korean Peninsula · Russia · USA": the page's topics
                continue
            if role is None and i > last_argument and self.link_line(i) and self.under_links(i):
                self.roles[i] = "boilerplate"  # 'Explore more on these topics' / 'North Korea' / 'South Korea', a line each: its links
                continue
            slashed = self.flat[i].split(" / ")
            if role is None and argued and len(slashed) >= 4 and all(0 < len(part.split()) <= 4 and not re.search(r"[.!?;:]$", part) for part in slashed):
                self.roles[i] = "boilerplate"  # "Korea, North / Korea, South / India-South Korea / nuclear weapons": the page's topics
                continue
            if (
                role is None
                and len(self.flat[i]) <= 100
                and re.match(r"by\s", self.flat[i], re.I)
                and not is_prose(self.flat[i])
                and sum(self.roles[j] is None and is_prose(self.flat[j]) for j in range(self.first_body, i)) >= 3
            ):
                self.roles[i] = "credit"  # "By Korea Herald (khnews@heraldcorp.com)" under the argument: the outlet's line, no one's words
                continue
            if role is None and i > last_argument and len(self.flat[i]) <= 120 and only_institutions(self.flat[i]):
                self.roles[i] = "boilerplate"  # "NUPI Norwegian Institute of International Affairs" at the foot of the page: the publisher's name
                continue
            if (
                role is None
                and i > last_argument
                and len(lines) >= 3
                and all(len(line) <= 80 and not is_prose(line) for line in lines)
                and any(re.search(r"\bwww\.|@[\w-]+\.|\bP\.?\s?O\.? Box\b|\+\d{1,3}[\s\d()-]{6,}", line, re.I) for line in lines)
                and not (is_prose(self.flat[i]) and _BIO.match(self.flat[i]))  # not a bio hard-wrapped, its address closing it
            ):
                self.roles[i] = "boilerplate"  # the publisher's name, street, box, web site and e-mail, a line each: its colophon
                continue
            tags = [line.strip() for line in lines if line.strip()]
            if role is None and re.fullmatch(r"credits\s*:?", tags[0], re.I) and len(tags) >= 2 and all(_STAFF_CREDIT.fullmatch(tag) for tag in tags[1:]):
                self.roles[i] = "credit"  # "Credits" over "Tom Ashdown, Presenter" / "Mel Okafor, Producer": who made the programme
                continue
            if role is None and argued and len(tags) >= 3 and all(len(tag.split()) <= 4 and tag[:1].isupper() and tag[-1:].isalnum() for tag in tags):
                self.roles[i] = "boilerplate"  # "Asia and Eurasia / Korean Peninsula / Russia": the page's topics, one a line
                continue
            if (
                role is None
                and (trailing or i >= last_argument)
                and len(tags) >= 2
                and re.fullmatch(r"about(?: me)?\s*:?", tags[0].strip("*_# "), re.I)
                and (owner := self.opened_by_a_signer(" ".join(tags[1:]).strip())) is not None
            ):
                self.roles[i], self.bio_of[i] = "author_bio", owner  # a blog's sidebar: 'ABOUT' over "Ben Castellanos spent six years as …"
                comments = False  # (under the readers' comments: the writer's bio ends them)
                continue
            if (
                comments
                and role is None
                and (named := _bio_name(re.sub(r"^about(?: (?:the )?(?:author|blogger|writer)| me)?\s*:?\s*\n", "", self.paragraphs[i], flags=re.I)))
                and any(_same_person(named, signer.name) for signer in self.people)
            ):
                comments = False  # "ABOUT / Fiona McAllister is a lecturer …" in the sidebar under the comments: the writer's bio ends the readers' words
                continue
            if comments or (
                trailing
                and (COMMENTS_HEAD.match(self.flat[i]) or COMMENTS_HEAD.match(self.paragraphs[i].split("\n")[0].strip()))
                and not (i + 1 < self.count and SIGN_OFF.match(self.paragraphs[i + 1]))  # 'Leave a comment' over 'Until next week, Megan': a button
            ):
                comments = not _NO_COMMENTS.search(self.flat[i])  # a comment section: readers' words to the end, and the site's links after
                self.roles[i] = "boilerplate"  # them; but 'Comments (0)' has none, and the page's own lines go on under it
                continue
            if role == "boilerplate" and (links or LINKS_HEADING.match(self.flat[i])):
                links = True  # "Most read", "More from Opinion": the headlines under it, one a paragraph
            elif (
                links
                and (role is None or (role == "label" and i > last_argument))  # 'Policy Brief No. 9 -- …' under 'Recent … Publications'
                and (
                    (len(self.flat[i]) <= 200 and not is_prose(self.flat[i]))
                    or all(BULLET.match(line) for line in self.raw[i].split("\n") if line.strip())
                    or (
                        len(lines) >= 2 and len(lines[0]) <= 100 and not lines[0].rstrip().endswith(".") and len(self.flat[i]) <= 400
                    )  # a headline over its teaser
                )
            ):
                self.roles[i] = "boilerplate"
                continue
            else:
                links = False
            paged = _words(re.sub(r"^\d{1,3}\s+|\s+\d{1,3}$", "", self.flat[i]))  # "2 UI BRIEF NO. 9 2019": the label again, a page's number beside it
            if (
                role in (None, "subtitle")
                and labels
                and len(self.flat[i]) <= 80
                and any(
                    self.flat[i].startswith(label)
                    or (len(paged) >= 6 and _words(label).startswith(paged))
                    or (  # '2 NUPI POLICY BRIEF 7 / 2020' under 'POLICY BRIEF 7 / 2020': the publisher's name before it
                        len(_words(label)) >= 12 and paged.endswith(_words(label)) and len(paged.split()) - len(_words(label).split()) <= 2
                    )
                    for label in labels
                )
            ):
                self.roles[i] = "boilerplate"  # "SWP Comment 18 March 2021": the series label again, a page's footer
                continue
            if (
                role is None
                and self.title is not None
                and len(self.flat[i]) <= 160
                and re.search(r"\s[|·•]\s", self.flat[i])
                and fold(self.flat[self.title]) in fold(self.flat[i])
            ):
                self.roles[i] = "boilerplate"  # a PDF's running header: "ISSUE BRIEF | <the title>"
                continue
            if (
                (role in ("notes", "author_bio") and (argued or i > self.first_body)) or (role in ("boilerplate", "disclaimer") and i > self.first_body)
            ) and not (role == "notes" and i in self.foot_notes and i < last_argument):
                trailing = True  # not a translator's note over the text: the trailing matter begins after the argument has (nor a
                # note at a page's foot, '¹ On the collapse …', with the argument going on over the page)
            if (
                role is None
                and i > last_argument
                and len(lines) >= 3
                and _BOARD_HEAD.fullmatch(lines[0].strip("*_#: "))
                and all(len(line) <= 100 and not is_prose(line) for line in lines[1:])
            ):
                self.roles[i] = "boilerplate"  # "Board of Directors" over its members, a line each: the publisher's, at the page's foot
                continue
            if role is None and i > last_argument and _TOPIC_RUN.fullmatch(self.flat[i]) and not name_alone(self.flat[i]):
                self.roles[i] = "boilerplate"  # "Korean Peninsula   North Korea   Russia   South Korea   Defence": the page's topics
                continue
            notice = self.paragraphs[i].strip().split("\n")
            if (
                role is None
                and i > last_argument
                and len(notice) >= 2
                and notice[0].isupper()
                and len(notice[0].split()) <= 6
                and len(self.flat[i]) <= 400
                and any(re.fullmatch(r"[-–—_*=~ ]{3,}", self.flat[j]) for j in range(last_argument + 1, i))
            ):
                self.roles[i] = "boilerplate"  # "SPRING 2021 FELLOWSHIPS" / "Applications … are now open", under the newsletter's rule
                continue
            if (
                role in (None, "boilerplate")
                and i > last_argument
                and (mail := re.fullmatch(r"(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+", self.flat[i]))
                and not re.fullmatch(_DESK_MAILBOX, mail["local"], re.I)
            ):
                self.roles[i] = "credit"  # "kjy@koreawire.kr" under the last quote: the reporter's sign-off (not 'opinion@…', the desk's)
                continue
            if role is None and i > last_argument and (mail := _MAIL_AND_HANDLES.fullmatch(self.flat[i])):
                local = fold(mail["local"])
                writer = next((n for n, person in enumerate(self.people) if len(surname := _name_words(person.name)[-1]) >= 3 and surname in local), None)
                if writer is not None:
                    self.roles[i], self.bio_of[i] = "author_bio", writer  # "rwhitcombe@capitolreview.com | X: @RWhitcombeDC": where to write to her
                else:
                    self.roles[i] = "credit"
                continue
            if role is None and i > last_argument and (abroad := _WRITES_FROM.fullmatch(self.flat[i])):
                surname = fold(abroad["surname"])
                writer = next((n for n, person in enumerate(self.people) if surname in (_name_words(person.name)[-1], fold(person.name.split()[-1]))), None)
                if writer is not None:
                    self.roles[i], self.bio_of[i] = "author_bio", writer  # "Dr. Obi-Nwankwo, a Fellow of …, writes from Abuja."
                    continue
            if role is None and (trailing or i > last_argument) and re.match(r"about the (?:authors?|interviewee)\b", english_label(self.flat[i]), re.I):
                self.roles[i] = "author_bio"  # '필자 소개 전재성 서울대학교 …', '受访者简介：唐文琪，…': a bio under its heading, in the site's script
                if len(self.people) == 1:
                    self.bio_of[i] = 0
                continue
            if role is None and trailing:
                previous = next((self.roles[j] for j in range(i - 1, self.first_body - 1, -1) if self.roles[j] is not None and j not in self.foot_notes), None)
                paged_notes = (  # the notes of the page before, over this page's running head ('38 | Tomás Echeverría Rojas & …')
                    i >= 2
                    and self.roles[i - 1] == "boilerplate"
                    and self.roles[i - 2] == "notes"
                    and i - 2 not in self.foot_notes
                    and bool(
                        is_running_head(self.paragraphs[i - 1]) or re.fullmatch(r"\d{1,4}\s*[|·•]\s*[^|]{2,100}|[^|]{2,100}[|·•]\s*\d{1,4}", self.flat[i - 1])
                    )
                )
                bare = _BIO_LABEL.sub("", english_label(_unbolded(self.flat[i]))).lstrip("—–-*_ ")  # 'Sobre la autora / About the author: Martina …'
                if (_BIO.match(bare) or _bio_name(bare) or _THE_AUTHOR.match(bare)) and not FOOTNOTE.match(self.flat[i]):
                    pass  # a bio after the notes ('The writer is professor of …'): `bios` finds whose
                elif (
                    i + 1 in self.sections
                    and len(self.flat[i]) <= 120
                    and not self.flat[i].endswith(".")
                    and not FOOTNOTE.match(self.flat[i])
                    and any(is_prose(self.flat[j]) for j in range(i + 2, min(i + 4, self.count)))
                ):
                    self.roles[i] = "subtitle"  # "Deterrence Without Illusions" over the next contributor's name, after the last one's references
                elif previous == "notes" and (FOOTNOTE.match(self.flat[i]) or len(self.flat[i]) <= 300 or NOTES_HEAD.fullmatch(self.flat[i - 1])):
                    self.roles[i] = "notes"
                elif paged_notes and (FOOTNOTE.match(self.flat[i]) or self.reading_list(i) or _AUTHOR_DATE_ENTRY.match(self.flat[i])):
                    self.roles[i] = "notes"  # and go on there
                elif (
                    self.roles[i - 1] == "author_bio"
                    and argued
                    and FOOTNOTE.match(self.flat[i])
                    and (
                        self.flat[i][:1] in "¹²³⁴⁵⁶⁷⁸⁹"
                        or (self.raw[i - 1].lstrip().startswith("*") and PAGE_FOOTNOTE.match(self.flat[i]) and self.flat[i].endswith("."))
                    )  # (not the page's running head, '46 Journal of Northeast Asian Affairs')
                ):
                    self.roles[i] = "notes"  # "¹ On the Stockholm talks, see …" (or "1 Ri Yong Ho, press conference, …") under the writer's
                    # starred bio: the page's footnotes
                elif (
                    self.roles[i - 1] == "author_bio"
                    and argued
                    and not is_heading(self.flat, i, self.first_body, self.roles)
                    and not (self.raw[i - 1].lstrip().startswith("*") and len(self.flat[i]) > 300)  # a page's starred bios, the text going on
                ):
                    self.roles[i] = "author_bio"  # the bios go on (not when they stand before the argument, over its first heading)
                    if _disclaims(bare):
                        self.roles[i] = "disclaimer"  # "About Strategic Insights" / "… They reflect the personal views of the author(s), and do not …"
            if (
                self.roles[i] is None
                and i
                and self.roles[i - 1] == "boilerplate"
                and re.fullmatch(
                    r"(?:cite this|how to cite|(?:suggested|recommended) citation)(?: this)?(?: \w+)?\s*:?", self.flat[i - 1], re.I
                )  # the heading alone
                and len(self.flat[i]) <= 400
            ):
                self.roles[i] = "boilerplate"  # the citation under "Cite this article"
            marker = re.match(r"^\((\d{1,3})\)\s", self.flat[i])  # "(1) See …", when the argument above carries "(1)" after a word
            cited = marker is not None and any(re.search(rf"\S\s?\({marker[1]}\)", self.flat[j]) for j in range(self.first_body, i) if self.roles[j] is None)
            starred = re.match(r"^\*(\d{1,3})\s", self.flat[i])  # "*1 …", when the argument above carries "*1" after a word, as Japanese texts mark notes
            cited = cited or (
                starred is not None and any(re.search(rf"\S\*{starred[1]}\b", self.flat[j]) for j in range(self.first_body, i) if self.roles[j] is None)
            )
            superscript = i > last_argument and re.match(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s", self.flat[i])  # "¹ Joint Statement of …" under the text
            anchors = re.findall(r"^\[([a-z]{1,2}|[A-Z]{1,4}\d{1,3})\](?=\S)", self.paragraphs[i], re.M)  # "[a]Strong opening, but …": a shared
            # draft's comments; a Word document's, the commenter's initials and a number ("[HS1]Prof. Chun — do we want a date here?")
            cited = cited or any(
                re.search(rf"[\w.,;:!?”’\")]\[{mark}\]", self.raw[j]) for mark in anchors for j in range(self.first_body, i)
            )  # on "…[c]" above (as the copy has it: a Word anchor is read as no word, see `looks.plain`)
            if self.roles[i] is None and i > self.first_body and FOOTNOTE.match(self.flat[i]) and (re.match(r"^\[\^?\d", self.flat[i]) or cited or superscript):
                self.roles[i] = "notes"
            if self.roles[i] is None and i > self.first_body and all(_REFERENCE.match(line.strip()) for line in self.paragraphs[i].split("\n") if line.strip()):
                self.roles[i] = "notes"  # "Engman, M. (2018), "Military Tensions …", ISDP Issue Brief": a reading list, no one's argument
            if self.roles[i] is None and CAPTION_END.search(self.flat[i]) and len(self.flat[i]) <= 300 and not _bio_with_credit(self.flat[i]):
                self.roles[i] = "caption"

        # "Further reading" over books and papers, each with its year ('Cha, Victor. The Impossible State. … Ecco, 2012.'): the
        # essay's sources, not the site's links to more of its own pages.
        for i in range(self.first_body, self.count - 2):
            if self.roles[i] in ("boilerplate", "notes") and re.fullmatch(r"(?:further|suggested|recommended) reading\s*:?", self.flat[i], re.I):
                entries = list(itertools.takewhile(self.reading_list, range(i + 1, self.count)))
                if len(entries) >= 2 or (entries and len(self.paragraphs[entries[0]].strip().split("\n")) >= 2):
                    for j in (i, *entries):
                        self.roles[j], self.signers[j] = "notes", ()

        # Author cards under the text: "Yevgenia Orlova — Candidate of Political Sciences, Senior Research Fellow at …", a writer's.
        writers = {fold(person.name): n for n, person in enumerate(self.people)}
        for i in range(last_argument + 1, self.count):
            card = re.match(r"(?P<name>[^—–\n]{4,50}?)\s+[—–]\s+(?-i:[A-Z])", self.flat[i])
            if self.roles[i] is None and card and (n := writers.get(fold(clean_name(card["name"])))) is not None:
                self.roles[i] = "author_bio"
                self.bio_of[i] = n

        # A blog's notes as Substack copies them: "1" alone, then the note, then "2" and its note, under the text.
        numbers = [i for i in range(self.first_body + 1, self.count - 1) if re.fullmatch(r"\d{1,2}", self.flat[i])]
        numbers = numbers[next((k for k, i in enumerate(numbers) if self.flat[i] == "1"), len(numbers)) :]  # not the likes' count over the text
        if numbers:
            for k, i in enumerate(numbers):
                after = i + 2
                if not (
                    self.flat[i] == str(k + 1)
                    and self.roles[i] in (None, "boilerplate")
                    and self.roles[i + 1] is None
                    and len(self.flat[i + 1]) <= 800
                    and (
                        after >= self.count
                        or self.roles[after] in ("boilerplate", "notes", "author_bio", "disclaimer")
                        or after in numbers
                        or (k > 0 and _bio_of_someone(self.flat[after]))  # the last note, over the writer's bio
                    )
                ):
                    break
                self.roles[i] = self.roles[i + 1] = "notes"

        # A PDF page's footnotes, copied where the page ended: "1 Panmunjom Declaration …, April 27, 2018." over the page number.
        listed = _listed_under_a_heading(self.flat)
        continued: set[int] = set()  # the authors' numbered points that go on past a page's footer
        for i in range(self.first_body, self.count):
            numbered = re.match(r"(\d{1,2})[.)]\s", self.flat[i])
            before = next((j for j in range(i - 1, self.first_body - 1, -1) if self.roles[j] != "boilerplate"), None) if numbered else None
            if (
                before is not None
                and re.match(rf"{int(numbered[1]) - 1}[.)]\s", self.flat[before])
                and (before in continued or (before in listed and "boilerplate" in self.roles[before + 1 : i]))
            ):
                continued.add(i)
        for i in range(self.count - 1, self.first_body, -1):
            lines = self.paragraphs[i].split("\n")
            if (
                i in listed
                or self.flat[i - 1].rstrip("*_ ").endswith(":")
                or (re.match(r"1[.)]\s", self.flat[i]) and _ANNOUNCES_POINTS.search(self.flat[i - 1]))
            ):
                continue  # "Recommendations" / "1. Convene …" / "2. Make …", or "A few possibilities:" over them: the authors' own points
            if i in continued:
                continue  # "3. Aim for an interim agreement: …" after a page's footer, its "2. State publicly …" on the page before
            if self.numbered_paragraph(i):
                continue  # "5. The Special Rapporteur reiterates …" over the page's foot, after "4. …": a report's numbered paragraphs
            if (
                self.roles[i] is None
                and len(lines) > 1
                and PAGE_FOOTNOTE.match(lines[0])
                and (2 * sum(bool(PAGE_FOOTNOTE.match(line)) for line in lines) >= len(lines) or _numbered_notes(lines))
                and not is_running_head(self.paragraphs[i].strip().split("\n")[0])  # "2<tab>Hangang Institute for Peace and Order": a page's head
                and not re.fullmatch(r"\d{1,2}[.)]\s+(?-i:[A-Z0-9][A-Z0-9 :,.'’?&()–-]{3,100})", lines[0].strip())  # '5. CONCLUSIONS' over its text
                and not (len(lines) == 2 and re.match(r"\d{1,2}\.\s", lines[0]) and not self.flat[i].endswith((".", ")")) and len(self.flat[i]) <= 160)
                # nor '2. Lessons from the Armistice: The NNSC and the 2018 Comprehensive Military' / 'Agreement', a heading wrapped
            ):
                self.roles[i] = "notes"  # a page's footnotes, one a line
            elif (
                self.roles[i] is None
                and len(self.flat[i]) <= 400
                and PAGE_FOOTNOTE.match(self.flat[i])
                and (self.roles[i + 1 if i + 1 < self.count else i] in ("boilerplate", "notes") or self.marked_above(i))
                and not any(
                    re.match(r"\s*[•▪●◦‣]\s", line) for line in self.raw[i].split("\n")[1:]
                )  # "5. Recommendations" over its points: a heading of the text's
                and not self.between_numbered_headings(i)  # "2. What has been lost" over a page's footer, between '1. …' and '3. …'
            ):
                self.roles[i] = "notes"  # under the page's last paragraph, or the note a marker above points to

    def between_numbered_headings(self, i: int) -> bool:
        """Whether paragraph `i`, short and unpunctuated, is numbered as the text's headings on either side of it are
        ('1. Introduction', '2. What has been lost', '3. The role of neutral actors')."""
        number = re.match(r"(\d{1,2})\.\s+\S[^.!?]{2,80}$", self.flat[i])
        if not number:
            return False
        n = int(number[1])
        headings = [
            self.flat[j]
            for j in range(self.count)
            if j != i and self.roles[j] in (None, "subtitle") and re.fullmatch(r"\d{1,2}\.\s+\S[^.!?]{2,80}", self.flat[j])
        ]
        return any(heading.startswith((f"{n - 1}. ", f"{n + 1}. ")) for heading in headings)

    def co_written_in_the_bio(self) -> None:
        """2b. A co-writer the byline leaves out and the bio names ('This article was co-written with Jeong Min-seo, a doctoral
        candidate …'): an author of the byline's text too, never dropped."""
        if not self.bylines:
            return
        top = min(self.bylines)
        for i in range(top + 1, self.count):
            if self.roles[i] in (None, "author_bio") and (found := _CO_WRITTEN.search(self.flat[i])) and looks_like_name(named := clean_name(found["name"])):
                n = self.person(title_case(named), (found["post"] or "").strip(), i + 1 if found["post"] else 0)
                if n not in self.bylines[top]:
                    self.bylines[top] = (*self.bylines[top], n)

    def numbered_paragraph(self, i: int) -> bool:
        """Whether the paragraph at `i` is one of the text's own numbered paragraphs ('5. The Special Rapporteur reiterates …'):
        long, its number after a paragraph's above it ('4. …'), in a series that runs from '1.' across the text's headings, as a
        report numbers its paragraphs (notes run one after another: '1. Remarks by …', '2. On the …')."""
        number = re.match(r"(\d{1,3})\.\s", self.flat[i])
        if number is None or int(number[1]) < 2 or not self.long_numbered(i):
            return False
        series = [j for j in range(self.first_body, self.count) if j == i or (self.roles[j] is None and self.long_numbered(j))]
        at = {int(m[1]): j for j in series if (m := re.match(r"(\d{1,3})\.\s", self.flat[j]))}
        n = int(number[1])
        if n - 1 not in at or at[n - 1] > i:
            return False
        start, end = n - 1, n
        while start - 1 in at and at[start - 1] < at[start]:
            start -= 1
        while end + 1 in at and at[end + 1] > at[end]:
            end += 1
        if start != 1 and end - start < 2:
            return False  # a run from '1.', or an excerpt's run of three at least ('41.', '42.', '43.')
        return any(j not in series and _over_prose(self.flat, j) for j in range(at[start], at[end]))

    def long_numbered(self, i: int) -> bool:
        """A long prose paragraph that opens with its number ('5. The Special Rapporteur …'), as a report's do and a note rarely."""
        return re.match(r"\d{1,3}\.\s", self.flat[i]) is not None and len(self.flat[i]) > 150 and is_prose(self.flat[i])

    def first_signatures(self) -> list[tuple[int, ...]]:
        """The first byline, when none is over the text; and, when it signs the text under it, the signatures right under it
        ('Mats Engman' / 'Major General (ret.), …' over 'Karin Sjöholm' / 'Associate Professor …'): all of them sign it."""
        if not self.bylines:
            return []
        run = [min(self.bylines)]
        while run[0] in self.signed_off and run[-1] + 1 in self.bylines and run[-1] + 1 in self.signed_off:
            run.append(run[-1] + 1)
        return [self.bylines[i] for i in run]

    def owners(self) -> None:
        """4. Whose words each paragraph is: bylines, signed sections, an interview's answers."""
        answering = [label for i, label in self.speakers if self.roles[i] == "answer"]
        answers_as = answering[0] if answering else None
        together = {  # "Engman and Kang: …" beside their own turns, or alone, the two named in full above: an answer the two give together
            label: parts
            for label in answering
            if len(parts := re.split(r"\s+(?:and|&)\s+", label, flags=re.I)) > 1
            and (all(part in answering for part in parts) or all(len(self.speaker_name(part).split()) >= 2 for part in parts))
        }
        if (len(set(answering)) >= 2 or together) and all(
            looks_like_name(self.speaker_name(part)) for label in answering for part in together.get(label, [label])
        ):
            # A panel: the moderator asks, and each guest's turns are the guest's ("LEE SANG-HYUN: …", "DR. LEE: …").
            self.panel = {
                i: tuple(dict.fromkeys(self.person(self.speaker_name(part)) for part in together.get(label, [label])))
                for i, label in self.speakers
                if self.roles[i] == "answer"
            }
        self.interviewee = _interviewee(self.flat, self.roles, self.known_names, self.person, answers_as) if self.interview else None
        if self.interviewee is not None:
            self.with_middle_initials(self.interviewee)
        chairs = self.chairs()
        speakers = [n for i, group in self.bylines.items() if i < self.first_body for n in group]
        if self.interviewee is not None and len(set(speakers)) == 1 and set(fold(self.people[self.interviewee].name).split()) & chairs:
            self.interviewee = speakers[0]  # "Chair: Professor WATANABE Kenji" asks the audience's questions; the lecture is the byline's
        essay_end = self.essay_before_the_questions() if self.interview and speakers and not self.panel else None
        writers: tuple[int, ...] = ()  # a writer's (or two writers') own essay, then readers' questions under 'Mailbag': the byline's answers
        guest_answers = (  # "LN: …?" / "PH: …" under the writer's essay: the initials of someone else, the guest the title names
            answers_as is not None
            and re.fullmatch(r"[A-Z]{2,3}", answers_as) is not None
            and not any(answers_as in _initials_forms(self.people[n].name) for n in speakers)
            and self.interviewee is not None
            and answers_as in _initials_forms(self.people[self.interviewee].name)
        )
        if essay_end is not None and self.roles[essay_end + 1] == "question" and not guest_answers and self.writer_s_essay is None:
            self.interviewee, writers = speakers[0], tuple(dict.fromkeys(speakers))
        surname = fold(RANKS.sub("", answers_as)).split() if answers_as else []
        if self.interview and len(surname) == 1 and (self.interviewee is None or surname[0] not in fold(self.people[self.interviewee].name).split()):
            named = [n for n in dict.fromkeys(speakers) if surname[0] in fold(self.people[n].name).split()]
            if len(named) == 1:
                self.interviewee = named[0]  # "PROF. CHUN: …" under "Speaker: Professor CHUN Chaesung": the speaker the label names
        bare = RANKS.sub("", answering[0]).strip() if answering else ""
        if self.interview and self.interviewee is None and len(bare.split()) == 1 and len((whole := _full_name(bare, self.paragraphs)).split()) >= 2:
            self.interviewee = self.person(whole)  # "Ambassador Bühlmann: …" under "Andrea Bühlmann, Ambassador of Switzerland …": her whole name
        if self.interview and self.interviewee is None and answering and looks_like_name(answering[0]):
            self.interviewee = self.person(title_case(answering[0]))  # "Eleanor Hartley: …"
        if (
            self.interview
            and self.interviewee is None
            and answers_as
            and _INITIALS_LABEL.fullmatch(answers_as)
            and (named := self.named_by_initials(answers_as))
        ):
            self.interviewee = self.person(named)  # "NMC: …", the initials of the Dr Nguyen Minh Chau the show notes name
        if self.interview and self.interviewee is None and not self.panel and answers_as and len(answers_as.split()) == 1:
            named = [name for name in self.known_names if fold(answers_as) in fold(name).split()]  # "Engman:", and no fuller name
            if named and all(romanized(name) & romanized(named[0]) for name in named):  # one known author by that name, in any spelling
                self.interviewee = self.person(named[0])
                self.notes.append(
                    f"the answers are taken as {named[0]}'s, the one known author called {answers_as}: the text gives no fuller name; check the authors"
                )
        if self.interview and self.interviewee is None and self.people and not self.panel:  # a panel's turns are each its speaker's
            self.interviewee = 0
            self.notes.append(
                f"the answers are taken as {self.people[0].name}'s, the first person the text names: it does not say who is interviewed; check the authors"
            )
        joint = self.answered_together()
        if self.interview and self.interviewee is not None and not self.panel and not joint and essay_end is None:
            for i, names in list(self.bylines.items()):  # "By Park Ji-won" over an interview with Lee Sang-soo: the interviewer's credit
                if self.interviewee not in names:
                    self.roles[i] = "credit"
                    del self.bylines[i]
        current: tuple[int, ...] = ()
        header_bylines = [group for i, group in self.bylines.items() if i < self.first_body] or self.first_signatures()
        byline_signers = tuple(dict.fromkeys(n for group in header_bylines for n in group))  # a byline a paragraph, one under another
        if self.default_signers:  # `read` gives them only when the text, read alone, names no one who signs the body
            byline_signers = tuple(self.person(name) for name in self.default_signers)
        if not self.people:
            for i in range(self.count - 1, self.first_body, -1):
                if (
                    self.roles[i] in (None, "author_bio")
                    and (bio := _BIO.match(_BIO_LABEL.sub("", self.flat[i].lstrip("—–-*_ "))))
                    and looks_like_name(clean_name(bio.group("who")))
                ):
                    # "*Dana Whitfield is a former … Kwon Min-seo is an associate professor … Arjun Mehta is …*": each one it names
                    bios = [i]  # and the bios right above it: "LIAM O'ROURKE is …" over "MARIKO SATO is …" on a brief's last page
                    while (
                        bios[0] - 1 > self.first_body
                        and self.roles[bios[0] - 1] in (None, "author_bio")
                        and _BIO.match(_BIO_LABEL.sub("", self.flat[bios[0] - 1].lstrip("—–-*_ ")))
                    ):
                        bios.insert(0, bios[0] - 1)
                    named = [
                        clean_name(m.group("who"))
                        for j in bios
                        for part in _SENTENCE_BREAK.split(self.flat[j].strip("*_ "))
                        if (m := _BIO.match(_BIO_LABEL.sub("", part.lstrip("—–-*_ "))))
                    ]
                    byline_signers = tuple(dict.fromkeys(self.person(name) for name in named if looks_like_name(name)))
                    who = " and ".join(self.people[n].name for n in byline_signers)
                    where = f"paragraph {i + 1}" if len(bios) == 1 else f"paragraphs {bios[0] + 1}-{i + 1}"
                    self.notes.append(
                        f"no byline: {who} {'is' if len(byline_signers) == 1 else 'are'} taken as the author{'s' * (len(byline_signers) > 1)} from the bio at {where}"
                    )
                    break
                if self.roles[i] is None and len(self.flat[i]) > 300:
                    break  # the argument's last paragraph: a name in it ('Prime Minister Shinzo Abe has been right …') is no bio
        if not self.people and self.title is not None and _EXPERT_SAYS.search(self.flat[self.title]):
            # "…, Russian expert says" over "According to Yevgeny Kirillov, …": a report of one expert's words, his to review
            said = next((m.group("name") for p in self.flat[self.title : self.title + 6] if (m := _ACCORDING_TO.search(p))), None)
            if said and looks_like_name(said):
                byline_signers = (self.person(said),)
                self.notes.append(f"no byline: {said} is taken as the author, the expert the report quotes; check the authors")
        if not self.people and self.title is not None and (speaker := _speaker_in_title(self.flat[self.title])):
            byline_signers = (self.person(speaker),)  # "Address by Minister of Unification Yoon Min-seo at the 7th …": the speech is his
            self.notes.append(f"no byline: {speaker} is taken as the author, the speaker the title names; check the authors")
        if not self.people and (slugged := self.named_in_title_and_address()):
            byline_signers = (self.person(slugged),)  # "Kim Buries Unification. … | Tomasz Wierzbicki | The Parallel Notebook" over its address
            self.notes.append(f"no byline: {slugged} is taken as the author, named in the page's title and its address; check the authors")
        asked = False  # a question has been put: what follows is an answer, not the publication's introduction
        mailbag = self.mailbag(byline_signers)
        if mailbag is not None:
            self.roles[mailbag] = "subtitle"
        briefing = self.title is not None and bool(
            re.search(r"\b(?:press|news)\s+(?:conference|briefing)\b", self.flat[self.title], re.I) and _EVENT_OF.search(self.flat[self.title])
        )
        findings = self.findings()
        letters = self.letters_between(byline_signers)
        ledes = self.ledes_above_the_byline()
        first_question = next((i for i, role in enumerate(self.roles) if role == "question"), self.count)
        presented = self.roles[self.first_body : first_question].count("byline") >= 2  # presenters, each named over a paper of theirs
        for i in range(self.count):
            role = self.roles[i]
            if i in letters:
                current = (letters[i],)  # "Dear Wenjie," opens a letter of the exchange: the other author's, to the next one
            asked = asked or (i > 0 and self.roles[i - 1] == "question")
            if i in self.sections:
                # Names one under another, with nothing between, sign one section together ('Dr Helena Marchbank' / 'Dr Lee Sang-hyun').
                opens = i - 1 in self.sections and not (i > 1 and self.roles[i - 2] == "body")  # not a letter's signature, closing it
                signed_off = i > 1 and self.roles[i - 2] == "body"  # "With warm regards, Chaesung" over the next letter: the last one's end
                together = () if i in self.alone else current if opens else () if signed_off else self.bylines.get(i - 1, ())
                opened_by = self.co_signed.get(i, (self.sections[i],))
                current = tuple(dict.fromkeys((*together, *opened_by)))
                self.signers[i] = opened_by
            elif i in self.bylines:
                self.signers[i] = self.bylines[i]
                if i > self.first_body and self.roles[i - 1] in (None, "body") and len(byline_signers) > 1 and set(self.bylines[i]) < set(byline_signers):
                    # "— Mats Engman" under the section he wrote alone: the co-written text goes on after it; but "Chen Haoran"
                    # over his rebuttal, as the names stand over each part of the text, heads his own
                    current = self.bylines[i] if self.over_the_next_part(i) else byline_signers
                elif (
                    i > self.first_body
                    and re.match(r"by\s", self.flat[i], re.I)
                    and not set(self.bylines[i]) & set(current)
                    and i + 1 < self.count
                    and is_prose(self.flat[i + 1])
                ):
                    current = self.bylines[i]  # "By Seo Yeon-woo and Gregory Adeyemi" under the other side's heading: their part, no one else's
                elif not self.sections or i < min(self.sections):  # bylines one under another sign together; before the first section, theirs
                    current = tuple(dict.fromkeys((*current, *self.bylines[i]))) if i - 1 in self.bylines else self.bylines[i]
                elif i - 1 in self.sections and not any(self.roles[j] == "body" for j in range(i)):
                    current = tuple(dict.fromkeys((*current, *self.bylines[i])))  # 'Name / post' over 'Name / post' before any argument: two authors
            elif role == "subtitle" and _REPLY_HEAD.match(self.flat[i]) and any(j in self.alone for j in range(i) if j in self.sections):
                current = byline_signers  # "My reply": the guest's section ends, the byline's writer answers
            elif (
                role in (None, "subtitle")
                and self.interview
                and i > 0
                and self.roles[i - 1] == "question"
                and self.flat[i].rstrip("*_ ").endswith("?")
                and len(self.flat[i]) <= 300
                and i + 1 < self.count
                and self.roles[i + 1] in ("answer", "body", None)
            ):
                self.roles[i] = "question"  # "Q - Let's begin with the summit itself. …" over "Did he see what Hanoi hoped …?": the question goes on
            elif role == "answer":
                asked = True  # a transcript's first turn may answer no question ('CHUN: Thank you…'): its next paragraphs go on with it
                self.roles[i] = "body"
                turn = self.panel.get(i) or ((self.interviewee,) if self.interviewee is not None else ())
                # no interview: a reader's one question in the writer's own essay ('From the mailbag'), and the writer's answer
                self.signers[i] = joint or writers or turn or (() if self.interview else byline_signers)
                current = self.signers[i]
            elif role in (None, "boilerplate") and self.interview and asked and _NAME_AND_MAIL.fullmatch(self.flat[i]):
                self.roles[i] = "credit"  # "Kim Da-eun  daeun.kim@hanbitherald.co.kr" after the answers: the reporter who asked
            elif role is None:
                if self.interview and is_heading(self.flat, i, self.first_body, self.roles):
                    self.roles[i] = "subtitle"  # "Where Japan Fits In": a heading between the turns
                elif (
                    i > self.first_body
                    and self.roles[i + 1 if i + 1 < self.count else i] == "question"
                    and len(self.flat[i]) <= 60
                    and not is_prose(self.flat[i])
                    and not self.flat[i].endswith(":")  # 'Edited excerpts:' introduces them
                ):
                    self.roles[i] = "subtitle"  # "From the mailbag" over a reader's question: a heading, whoever answers
                elif self.interview:
                    # Before the first question, the publication frames the interview; after one, the one who answered last goes on.
                    turn = current if current and self.panel else ((self.interviewee,) if self.interviewee is not None else ())
                    # a spokesperson's announcements, before the reporters ask, under the title naming the briefing as theirs
                    announced = not asked and briefing and is_prose(self.flat[i]) and not re.search(r"\btranscript\b", self.flat[i], re.I)
                    announced = announced or (mailbag is not None and self.first_body <= i < mailbag)  # the writer's own essay, over the readers' questions
                    if not asked and current and any(j in self.alone for j in self.sections if j < i) and is_prose(self.flat[i]):
                        self.roles[i], self.signers[i] = "body", current  # a debater's opening statement under its heading, before the turns
                        continue
                    above = next((k for k in range(i - 1, -1, -1) if self.roles[k] not in ("notes", "boilerplate", "caption")), -1)
                    if (
                        not asked
                        and current
                        and presented
                        and above >= self.first_body
                        and self.roles[above] in ("byline", "body")
                        and self.signers[above] == current
                        and (is_prose(self.flat[i]) or len(self.flat[i]) > 120)
                    ):
                        self.roles[i], self.signers[i] = "body", current  # a proceedings' presenter, named over her paper, before the floor asks
                        continue
                    hands_over = (  # "… I called Patricia Hollowell, who served as …" right over the interview: its introduction
                        guest_answers
                        and essay_end is not None
                        and i == essay_end - 1
                        and self.interviewee is not None
                        and fold(self.people[self.interviewee].name) in fold(self.flat[i])
                    ) or (
                        essay_end is not None
                        and i == essay_end - 1
                        and len(self.flat[i]) <= 200
                        and re.search(r"\b(?:I|we) (?:spoke|talked|sat down|caught up) (?:with|to)\b", self.flat[i]) is not None
                    )  # "To understand how Beijing sees its role, I spoke with one of China’s most experienced Korea watchers."
                    if (
                        essay_end is not None
                        and not asked
                        and self.first_body <= i < essay_end
                        and is_prose(self.flat[i])
                        and not GREETING.match(self.flat[i])
                        and not hands_over
                    ):
                        self.roles[i], self.signers[i] = "body", byline_signers  # the writer's own essay, over the interview that follows it
                        continue
                    guest = re.match(r"guests?\s*:\s*(?P<bio>.+)", self.flat[i], re.I | re.S) if not asked else None
                    who = _bio_name(guest["bio"]) if guest else None
                    if who and self.interviewee is not None and _same_person(who, self.people[self.interviewee].name):
                        self.roles[i], self.signers[i], self.bio_of[i] = "author_bio", (self.interviewee,), self.interviewee
                        continue  # "Guest: Major General (ret.) Mats Engman is a senior fellow …" over the transcript: his bio
                    self.roles[i] = "body" if (asked or announced) and turn else "introduction"
                    self.signers[i] = (writers or turn) if (asked or announced) and turn else ()
                elif (
                    (i - 1 in self.sections or i + 1 in self.sections or (i + 1 in self.bylines and _SIDE_PREFIX.match(self.flat[i])))
                    and not {i - 1, i + 1} & self.alone  # a co-author's note under a heading of the document's: the heading stays one
                    and not _POINTS_HEAD.match(self.flat[i])  # "Key Points" under the authors' names: the box's, no section's title
                    and not is_prose(self.flat[i])
                    and len(self.flat[i]) <= 120
                    and not self.flat[i].endswith((".", "!", ";", ":"))
                ):
                    sided = (
                        (self.flat[i].isupper() and len(self.flat[i].split()) <= 2)
                        or _SIDE_OR_PLACE.fullmatch(self.flat[i])
                        or _SIDE_PREFIX.match(self.flat[i])
                    )  # 'RUSSIA', 'AGAINST THE MOTION', 'Republic of Korea', 'COUNTERPOINT: Paying for a freeze …'
                    self.roles[i] = "subtitle" if sided else "title"  # a section's own title, under its author's name or over it; a side's or a place's heading
                elif (
                    0 < i < self.count - 1
                    and self.roles[i - 1] == "boilerplate"
                    and self.roles[i + 1] in ("author_bio", "byline")
                    and not is_prose(self.flat[i])
                ):
                    self.roles[i] = "boilerplate"  # "Nuclear Notes" between a page's counts and the writer's card: the publication's name
                elif is_heading(self.flat, i, self.first_body, self.roles):
                    self.roles[i] = "subtitle"  # a heading inside the body: "What comes next", "II. The Sequencing Dilemma"
                    opened = max((j for j in self.sections if j < i), default=None)
                    if any(j in self.alone for j in range(i) if j in self.sections and self.sections[j] in current):
                        current = byline_signers  # one co-author's section ends at the next heading: the byline's authors write on
                    elif opened and len(byline_signers) > 1 and re.match(r"box\s+\d{1,2}\b", self.flat[opened - 1], re.I) and current != byline_signers:
                        current = byline_signers  # "Box 1. A view from Panmunjom" / "By Mats Engman": his box ends at the next heading
                    elif (
                        _TOGETHER.search(f"{self.flat[i]} {self.flat[min(i + 1, self.count - 1)]}")
                        and len(
                            together := byline_signers
                            if len(byline_signers) > 1
                            else tuple(dict.fromkeys(self.sections[j] for j in sorted(self.sections) if j < i))
                        )
                        > 1
                        and current != together
                        and set(current) <= set(together)
                    ):
                        current = together  # "Where we agree" after each one's signed section: they write it together
                elif _SHOUTED.fullmatch(self.flat[i]):
                    self.roles[i] = "subtitle"  # "FROM THE STOCKHOLM DESK": a heading in capitals, no one's argument
                elif i in findings:
                    self.roles[i] = "introduction"  # "Key Findings" and its points: the publisher's digest of the piece
                elif (
                    (BOX.match(self.flat[i]) or BOX.match(english_of(self.raw[i].split("\n")[0])))
                    and not FIRST_PERSON.search(self.flat[i])
                    and i <= self.first_body + 1
                ):
                    self.roles[i] = "introduction"  # "Key points": the publisher's summary of the piece
                elif (
                    WELCOME.match(self.flat[i])
                    and (
                        i <= self.first_body + 1
                        or self.roles[i - 1] == "introduction"
                        or all(self.roles[j] in ("boilerplate", "caption", "credit", "dateline") for j in range(self.first_body, i))
                    )  # under the post's counts and share buttons: still its first words
                    and not self.sections
                    and not _greets_then_argues(self.paragraphs[i])
                ):
                    self.roles[i] = "introduction"  # "Hello, and welcome to issue 112": the host opening a newsletter's issue
                elif self.sections and not current and not (lede := ledes.get(i, ())):
                    self.roles[i] = "introduction"
                elif (
                    len(current) >= 2
                    and (opening := min((j for j in self.sections if any(is_prose(self.flat[k]) for k in range(j + 1, self.count))), default=None))
                    and i < opening
                    and set(current) <= set(self.sections.values())
                    and _ASKED_THEM.search(self.flat[i])
                ):
                    self.roles[i] = "introduction"  # "RUSI asked two contributors …" under both names, over each one's signed section
                elif self.sections and not current:
                    self.roles[i], self.signers[i] = "body", lede  # "When Joe Biden takes the oath …" over "Words: Eleanor Hartigan": her lede
                else:
                    owner = current or byline_signers
                    self.roles[i] = "body" if owner else "introduction"
                    self.signers[i] = self.one_of(owner, self.flat[i])
            elif role == "author_bio":
                self.signers[i] = (self.bio_of[i],) if i in self.bio_of else ()
        sectioned = set(self.sections.values()) | {n for names in self.bylines.values() if len(names) == 1 for n in names}
        for i in range(self.count):  # "Engman: Hannah Lowe is right that …" under 'Rebuttals': the debater the label names
            label = re.match(r"(?P<label>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+):\s", self.flat[i]) if self.roles[i] == "body" and len(sectioned) >= 2 else None
            said = fold(label["label"]).split() if label else []  # 'Strand-Haynes' folds to two words
            named = [n for n in sectioned if said and all(word in _name_words(self.people[n].name) for word in said)]
            if len(named) == 1:
                self.signers[i] = (named[0],)
        for i in range(self.count):  # "(Kenji Watanabe dissents in part: I agree with everything above except …)": one co-writer's own
            aside = _ONE_OF_US.match(self.flat[i]) if self.roles[i] == "body" and len(self.signers[i]) >= 2 else None
            named = [n for n in self.signers[i] if aside and _same_person(clean_name(aside["who"]), self.people[n].name)]
            if len(named) == 1:
                self.signers[i] = (named[0],)

    def posts_in_signatures(self) -> None:
        """A writer no byline or bio gives a post, whose e-mail signature under the text does ('--' / 'Sang-hyun Lee, Ph.D.' /
        'Research Fellow | Yeongnam Institute for Peace Studies'): that post, from there."""
        for i in range(self.count):
            lines = [line.strip() for line in self.paragraphs[i].split("\n") if line.strip()]
            if len(lines) < 3 or not re.fullmatch(r"--|—|__+", lines[0]):
                continue
            named = clean_name(re.sub(r",\s*(?:ph\.?\s?d\.?|dr\.?|m\.?a\.?)$", "", lines[1], flags=re.I))
            for person in self.people:
                if not person.affiliation and _same_person(person.name, named) and AFFILIATION_WORD.search(lines[2]):
                    person.affiliation, person.stated_in = lines[2], i + 1

    def posts_in_apposition(self) -> None:
        """A writer or speaker no byline or bio gives a post, whose post the introduction gives beside the name ('RIAC asked
        Anastasia Kuznetsova, Leading Research Fellow at the Center for Korean Studies …, to …'): that post, from there."""
        first_answer = next((i for i, role in enumerate(self.roles) if role == "body"), self.count)
        framing = [
            i
            for i in range(self.count)
            if self.roles[i] in ("introduction", "subtitle", "credit", "editors_note", "caption") or (self.roles[i] == "question" and i < first_answer)
        ]  # and a host's first question: "My guest is Dr. Alison Kerr, a senior lecturer in Korean studies at Macquarie University. …"
        for person in self.people:
            if person.affiliation or len(person.name.split()) < 2:
                continue
            for i in framing:
                beside = re.search(re.escape(person.name) + _APPOSITION, self.flat[i])
                if beside and AFFILIATION_WORD.search(beside["post"]) and not FIRST_PERSON.search(beside["post"]):
                    person.affiliation, person.stated_in = re.sub(r"^an?\s+", "", beside["post"].strip()), i + 1
                    break

    def named_in_the_dek(self) -> None:
        """A page with no byline whose dek names its writer ('… the facilitator role is reaching its limits, argues Jeon
        Jae-sung.'): the dek is the byline."""
        if self.bylines or self.sections or self.people:
            return
        if any(re.match(r"(?:\[?interview\]?|q ?& ?a|interview(?:ed)? by\b)", self.flat[i], re.I) for i in range(min(self.count, 8))):
            return  # "INTERVIEW" over "… has run its course, says Chaesung Chun", "Interview by …": the one asked, not a writer
        for i in range(min(self.count, 8)):
            writes = _WRITES_DEK.search(self.flat[i]) if self.roles[i] is None and len(self.flat[i]) <= 400 else None
            if writes and looks_like_name(clean_name(writes["name"])):
                named = [writes["name"], *(writes["more"] or "").split(", "), writes["other"] or ""] if writes["other"] else [writes["name"]]
                named = [name for name in map(clean_name, named) if name and looks_like_name(name) and not AFFILIATION_WORD.search(name)]
                self.roles[i] = "byline"  # (all of them, when they write together: '…, write A, B and C')
                self.bylines[i] = tuple(self.person(name) for name in named)
                return

    def ledes_above_the_byline(self) -> dict[int, tuple[int, ...]]:
        """The one signer of a text whose only byline comes after its first paragraph ('Words: Eleanor Hartigan' under the
        lede), for each paragraph of prose above it: one or two, right under the header, are theirs; read before `owners`
        gives any of them a role, so that a long unsigned part over a signed one ('EDITORIAL' over 'A DISSENT' and its
        byline) is not taken for a lede of two paragraphs once the first have been read as framing."""
        if len(self.sections) != 1 or set(self.bylines) - set(self.sections):
            return {}
        ((signed, signer),) = self.sections.items()
        if signed not in self.bylines:
            return {}  # "Tan Hui Min, Global Affairs Columnist, replies:" under a reader's letter: the letter is not hers
        above = [j for j in range(self.first_body, signed) if self.roles[j] in (None, "body") and is_prose(self.flat[j])]
        return {j: (signer,) for j in above} if len(above) <= 2 else {}

    def letters_between(self, signers: tuple[int, ...]) -> dict[int, int]:
        """An exchange of letters between the byline's two authors: each paragraph that opens one ('Dear Wenjie,'), and
        its writer, the author it does not address."""
        if len(signers) != 2:
            return {}
        opened: dict[int, int] = {}
        for i in range(self.first_body, self.count):
            dear = _DEAR.match(self.flat[i])
            if dear and self.roles[i] is None:
                addressed = [n for n in signers if fold(dear.group("name")) in _name_words(self.people[n].name)]
                if len(addressed) == 1:
                    opened[i] = signers[1 - signers.index(addressed[0])]
        return opened if len(opened) >= 2 else {}

    def letters(self) -> None:
        """Letters to the editor: a letter ('To the Editor: …') is signed by the name under it, not the one above. And in a
        published correspondence, what comes before the first letter and says so ('two authors exchange letters') is the
        publication's framing. A reader's letter to a columnist ('Dear Mr Gallagher, …', signed 'Lee Sang-hoon' / 'Gwangju'),
        and a letter signed under it by name and post, each followed by the reply ('Amelia Cho responds:'), are their signers'."""
        heads = [i for i in sorted(self.alone) if _LETTER_HEAD.match(self.flat[i]) or _FROM_TO.match(self.flat[i])]
        for i in range(self.first_body, heads[0] if len(heads) >= 2 else 0):
            if self.roles[i] == "body" and re.search(r"\b(?:exchange (?:letters|views)|letters|correspondence)\b", self.flat[i], re.I):
                self.roles[i], self.signers[i] = "introduction", ()
        starts = [i for i in range(self.count) if LETTER.match(self.flat[i])] if not self.corresponded else []
        noted = next((i for i in range(min(self.count, 8)) if self.roles[i] == "editors_note" and re.search(r"\bletters?\b", self.flat[i], re.I)), None)
        if (
            not starts and noted is not None and not self.corresponded and len(heads) < 2
        ):  # "Editor's note: The following letter responds to …": the letter is what follows
            starts = [i for i in range(noted + 1, self.count) if self.roles[i] in ("body", "introduction") and is_prose(self.flat[i])][:1]
        for start in starts:
            signed = next((j for j in sorted({*self.sections, *self.bylines}) if j > start), None)
            if signed is None and (under := next(((j, named) for j in range(start + 1, self.count) if (named := self.letter_signature(j))), None)):
                j, named = under  # 'To the Editor:' / … / 'Eun-ji Baek' / 'Ansan, South Korea' / 'Robert Kessling' / 'Duluth, Minn.'
                writers = tuple(self.person(name) for name in ((named,) if isinstance(named, str) else named))
                self.roles[j], self.signers[j], self.bylines[j] = "byline", writers, writers
                self.signed_off.add(j)  # a signature, not a card under the text
                for i in range(start, j):
                    if self.roles[i] in (None, "body", "introduction") and is_prose(self.flat[i]):
                        self.roles[i], self.signers[i] = "body", writers
                if j + 1 < self.count and _THE_WRITER.match(self.flat[j + 1].lstrip("([")):
                    self.roles[j + 1], self.signers[j + 1] = "author_bio", writers  # "The writers taught English together …"
                continue
            if signed is None:
                continue
            signer = self.sections[signed] if signed in self.sections else self.bylines[signed][0]
            for i in range(start, signed):
                if self.roles[i] in ("body", "introduction") and i not in self.sections:
                    self.roles[i], self.signers[i] = "body", (signer,)
        for j in range(self.first_body + 1, self.count):  # "Dear Mr Gallagher, …" signed "Lee Sang-hoon" / "Gwangju", then the reply
            signer = self.letter_signature(j) if self.roles[j] in (None, "credit", "body", "byline") else None
            dear = next((k for k in range(j - 1, self.first_body - 1, -1) if _DEAR.match(self.flat[k])), None) if isinstance(signer, str) else None
            if dear is None and isinstance(signer, str) and not starts:  # no 'Dear …' nor 'To the Editor:': the prose over its signature
                dear = next(
                    (
                        k
                        for k in range(self.first_body, j)
                        if all(self.roles[m] in (None, "body", "introduction") and is_prose(self.flat[m]) for m in range(k, j))
                    ),
                    None,
                )
            if dear is None or any(k in self.bylines or k in self.sections for k in range(dear, j)):
                continue
            if not any(
                _RESPONDS.search(self.flat[k]) or re.fullmatch(r"(?:the |my |(?:the )?editor[’']s )?reply\s*:?", self.flat[k], re.I)
                for k in range(j + 1, min(j + 4, self.count))
            ):
                continue  # no reply under it: a letters page's letter, which `letters_signed_under_each` reads
            writer = self.sections[j] if j in self.sections else self.person(signer)
            self.roles[j], self.signers[j], self.bylines[j] = "byline", (writer,), (writer,)
            for k in range(dear, j):
                if self.roles[k] in (None, "body", "introduction", "question") and (is_prose(self.flat[k]) or k == dear):
                    self.roles[k], self.signers[k] = "body", (writer,)
        parts = sorted(self.sections)
        if (
            len(parts) >= 2
            and parts[1] == parts[0] + 1  # the signature right over the reply's byline
            and _RESPONDS.search(self.flat[parts[1]])
            and not _RESPONDS.search(self.flat[parts[0]])
            and not starts
            and self.roles[parts[0]] == "byline"
            and not any(j in self.bylines for j in range(self.first_body, parts[0]))  # no byline over the letter: signed only under it
        ):
            # a letter signed under it by name and post ('JONATHAN REISS' / 'Former Director …' / 'Washington, D.C.'), then 'Amelia
            # Cho responds:': the letter is its signer's, under the page's note presenting the exchange
            above = [j for j in range(self.first_body, parts[0]) if self.roles[j] in ("body", "introduction") and is_prose(self.flat[j])]
            presents = above and _PRESENTS_AN_EXCHANGE.search(self.flat[above[0]]) and not re.search(r"\b(?:I|my|me)\b", self.flat[above[0]])
            framing = above[:1] if presents else []  # (the page's own "In our Winter issue, …"; not the writer's "I")
            for j in above:
                if j not in framing:
                    self.roles[j], self.signers[j] = "body", (self.sections[parts[0]],)

    def event_report(self) -> None:
        """An event report written up by a rapporteur ('Speakers: …', 'Rapporteur: …'): each paragraph is the words of the
        speaker it reports (the one it names, or the one before it goes on), 'Both speakers …' both of theirs, the moderator's
        turns are questions; the rapporteur is credited, and what comes before any speaker is the report's introduction."""
        listed = next((i for i in range(min(self.count, 12)) if _SPEAKERS.match(self.flat[i])), None)
        reported = next(
            (
                i
                for i in range(self.count)
                if re.match(r"rapporteurs?\s*:|(?:the )?(?:report|summary) (?:was )?(?:prepared|written|compiled) by\b", self.flat[i], re.I)
            ),
            None,
        )  # "Rapporteur: …" over the report, or "Report prepared by …" under it
        if (
            reported is not None
            and self.interview
            and self.roles[reported] == "body"
            and len(self.flat[reported]) <= 300
            and "question" in self.roles[:reported]
            and all(role not in ("question", "answer") for role in self.roles[reported + 1 :])
        ):
            self.roles[reported], self.signers[reported] = "credit", ()  # "Report prepared by …" under a panel's turns: who wrote it up
        if reported is None or self.interview:
            return
        speakers: list[tuple[int, list[str]]] = []
        if listed is not None:
            lines = self.paragraphs[listed].split("\n")  # "Speakers:" over one speaker a line, or all of them in one line
            heading = re.fullmatch(r"(?:speakers?|panell?ists?|presenters?|discussants?)\s*:?", lines[0].strip(), re.I)
            parts = [line.strip() for line in lines[1:]] if len(lines) > 2 and heading else None
            for part in parts or re.split(r"\s*;\s*", _SPEAKERS.match(self.flat[listed]).group("list")):
                found = byline_people(f"By {part}")
                if found and found[0][0]:
                    name, affiliation = found[0]
                    words = [w for w in re.split(r"\s+", name) if len(w.strip(".")) >= 4]
                    speakers.append((self.person(name, affiliation, listed + 1 if affiliation else 0), [name, *words]))
        else:  # no list over the report: 'ABOUT THE SPEAKERS' under it, a bio each ('Hwang Dong-ik is a former Ambassador …')
            listed = next((i for i in range(reported + 1, self.count) if _SPEAKERS_HEAD.match(self.paragraphs[i].strip() + "\n")), None)
            under = self.paragraphs[listed].strip().split("\n", 1) if listed is not None else []
            paragraphs = {listed: " ".join(under[1:])} if len(under) == 2 else {}
            if len(under) == 1:  # 'SPEAKERS' alone, over a paragraph of bio each
                paragraphs = {j: self.flat[j] for j in itertools.takewhile(lambda j: _BIO.match(self.flat[j]), range(listed + 1, self.count))}
            for j, bios in paragraphs.items():
                for bio in (bio for sentence in _SENTENCE_BREAK.split(" ".join(bios.split())) if (bio := _BIO.match(sentence))):
                    name = clean_name(bio["who"])
                    found = _BIO_AFFILIATION.search(bio.string, bio.end("who"))
                    affiliation = found["what"].strip().rstrip(".") if found and AFFILIATION_WORD.search(found["what"]) else ""
                    if looks_like_name(name):
                        words = [w for w in name.split() if len(w.strip(".")) >= 4]
                        speakers.append((self.person(name, affiliation, j + 1 if affiliation else 0), [name, *words]))
        if listed is None or not speakers:
            return
        moderator = next((_MODERATOR.match(self.flat[i]) for i in range(min(self.count, 12)) if re.match(r"moderat", self.flat[i], re.I)), None)
        asker = moderator.group("name").split(",")[0].split()[-1] if moderator else None
        everyone = tuple(n for n, _ in speakers)
        if listed > reported:
            self.roles[listed], self.signers[listed] = "author_bio", everyone  # their bios, under the report
        else:
            self.roles[listed], self.signers[listed], self.bylines[listed] = "byline", everyone, everyone  # the speakers are the authors
        self.roles[reported], self.signers[reported] = "credit", ()
        self.bylines.pop(reported, None)
        for i in range(listed):
            if self.roles[i] == "subtitle" and len(self.flat[i]) > 200 and is_prose(self.flat[i]):
                self.roles[i] = "introduction"  # "On 3 June the Forum held a closed discussion …" over the speakers: the report's framing
        current: tuple[int, ...] = ()
        for i in range(self.first_body, self.count):
            if self.roles[i] not in ("body", "introduction") or i in (listed, reported):
                continue
            text = self.flat[i]
            turn = re.match(r"(?P<label>[A-Z][\w’'-]+)\s*:\s", text)
            if turn and asker and turn.group("label") == asker:
                self.roles[i], self.signers[i] = "question", ()
                continue
            named = [(m.start(), n) for n, names in speakers for word in names if (m := re.search(rf"\b{re.escape(word)}\b", text))]
            if turn:
                named = [(0, n) for n, names in speakers if any(turn.group("label") in name.split() for name in names)] or named
            if re.match(r"(?:both|all|the)(?: (?:two|three|four|five))? (?:speakers|panell?ists)\b", text, re.I):
                current = everyone  # "All three speakers agreed …"
            elif not current and len(speakers) >= 2 and {n for _, n in named} >= set(everyone):
                current = ()  # "The panel brought together Niklas Swanström, Director …; Dr. Park …": the report introduces them
            elif not named and re.match(rf"(?:closing|concluding|wrapping up) the {_GATHERING}\b", text, re.I):
                current = ()  # "Closing the seminar, Dahl thanked the speakers …": the chair's, nobody's argument
            elif re.match(r"both\s", text, re.I) and len({n for _, n in named}) == 2:
                current = tuple(dict.fromkeys(n for _, n in sorted(named)))  # "Both Okafor and Hwang stressed …": the two of them
            elif named and re.match(r"(?:during|in) the (?:discussion|debate|exchange)|participants\b", text, re.I):
                current = tuple(dict.fromkeys(n for _, n in sorted(named)))  # "During the discussion that followed, … Orlovsky and Zhao …; Engman …"
            elif not named and (
                re.match(r"(?:during|in) the (?:discussion|debate|exchange)|(?:several |other |some )?participants\b", text, re.I) or HEADING_NUMBER.match(text)
            ):
                current = ()  # "In the discussion that followed, several participants …", "5. CONCLUSIONS …": the report's own words
            elif named:
                current = (min(named)[1],)
            if current:
                self.roles[i], self.signers[i] = "body", current
            else:
                self.roles[i], self.signers[i] = "introduction", ()  # the report's own framing, before anyone has spoken

    def chaired(self) -> None:
        """4b. A speech or lecture introduced by its chair ('AMBASSADOR LIM WEE LENG (Chairman, CAPS): Excellencies, …'): the
        chair's turns, and what follows each up to the next speaker's, frame the speech; they are nobody's argument."""
        if self.interview or not self.speakers:
            return

        def words(label: str) -> set[str]:
            return set(fold(RANKS.sub("", title_case(label))).split())

        chairs, turns = self.chairs(), dict(self.speakers)
        chairing = {
            i
            for i, label in self.speakers
            if re.match(rf"{re.escape(label)}\s*\((?:chair|moderator|host)", self.flat[i], re.I) or words(label) & chairs  # or named by 'Chair: …'
        }
        chair_words = {word for i, label in self.speakers if i in chairing for word in words(label)}
        current = False
        for i in range(self.first_body, self.count):
            if i in turns:
                current = i in chairing or (bool(words(turns[i])) and words(turns[i]) <= chair_words)  # 'AMBASSADOR LIM' again, later
            if current and self.roles[i] == "body":
                panel = i in turns and len(self.flat[i]) <= 400 and len(set(turns.values())) >= 3  # a panel's moderator, who may ask
                self.roles[i], self.signers[i] = (_chair_s_role(self.flat[i]) if panel else "introduction"), ()

    def signatories(self) -> None:
        """An open letter signed under its close by several, each on a line with a post ('Respectfully,' / 'Kathleen O'Rourke,
        former U.S. Deputy Assistant Secretary …' / 'Kang Ji-won, Professor of …'): the letter is all of theirs, whoever posted
        the page ('Posted on … by KPFN Staff' signs nothing)."""
        for i in range(1, self.count):
            lines = [line.strip() for line in self.paragraphs[i].strip().split("\n") if line.strip()]
            if len(lines) == 1 and (head := _SIGNATORIES_HEAD.match(lines[0])) and lines[0].count(";") >= 1:
                # "Signatories (in alphabetical order, …): Anna Berglund-Cho, Senior Fellow, …; Han Ji-won, …": a signer a clause
                lines = [head.group(0), *(part.strip().rstrip(".") for part in lines[0][head.end() :].split(";") if part.strip())]
            heads = next((k for k in range(len(lines)) if not (_VALEDICTION.fullmatch(lines[k]) or _SIGNATORIES_HEAD.fullmatch(lines[k]))), 0)
            abstained = next((k for k in range(heads, len(lines)) if re.match(r"(?:abstain(?:ed|ing)|did not (?:endorse|sign))\b", lines[k], re.I)), None)
            lines = lines[:abstained]  # 'Abstaining: Amb. (ret.) Richard Conlan*': a member who did not sign it
            listed = self.roles[i] == "disclaimer" and _SIGNATORIES_HEAD.fullmatch(lines[0])  # its '(affiliations for identification only)'
            if not heads or len(lines) - heads < 2 or (self.roles[i] not in (None, "body", "byline", "introduction") and not listed):
                continue  # 'Respectfully,' (and 'Signatories (in alphabetical order; …):') over the names
            signed = byline_people("\n".join(lines[heads:]), names_alone=True)
            if not signed or len(signed) != len(lines) - heads:  # (a list read as one byline, 'Margaret O'Donnell-Park, Columbia …'
                signed = [_signatory(line) for line in lines[heads:]]  # and nineteen more): a signer a line
            if len(signed) < 2 or len(signed) != len(lines) - heads or not all(one and one[1] for one in signed):
                continue
            group = tuple(self.person(name, post, i + 1) for name, post in signed)
            dear = [j for j in range(i) if re.match(r"dear\s|we,? the undersigned\b", self.flat[j], re.I)]  # the letter from its salutation
            # (or from 'We, the undersigned …', its signers speaking), under the page's note on it
            framing = () if dear else ("introduction",)  # without one, 'The following statement was drafted by …' stays the page's
            presenting = set(
                itertools.takewhile(lambda j: self.roles[j] != "introduction" or _PRESENTS_THE_SIGNERS.search(self.flat[j]), range(self.first_body, i))
            )
            for j in range(dear[-1] if dear else self.first_body, i):
                if (
                    self.roles[j] in (None, "body", "introduction")
                    and (self.roles[j] not in framing or (listed and j not in presenting))  # (under an endorsers' list, all but the page's note)
                    and (self.roles[j] == "body" or is_prose(self.flat[j]) or len(self.flat[j]) > 40 or j in dear[-1:])
                ):
                    self.roles[j], self.signers[j] = "body", group  # and 'Dear President Biden and President Yoon,', however short
            self.roles[i], self.signers[i], self.bylines[i] = "byline", group, group
            return

    def signatories_a_line_each(self) -> None:
        """A statement signed under its close by several, a signer a paragraph, as a file of one paragraph a line has them
        ('Niklas Swanström, Director, Institute …' / 'Ingrid Solbakken, Director, Oslo Centre …'), no byline over it: the
        statement is all of theirs, from its first paragraph after the page's note ('The following statement is issued …')."""
        run: list[tuple[int, tuple[str, str]]] = []
        for i in range(self.first_body, self.count):
            one = _signatory(self.flat[i]) if "\n" not in self.paragraphs[i].strip() and len(self.flat[i]) <= 200 else None
            if one and one[1] and self.roles[i] in (None, "body", "byline", "introduction"):
                run.append((i, one))
            elif run:
                break
        if len(run) < 2 or not is_prose(self.flat[run[0][0] - 1]) or any(j < run[0][0] for j in self.bylines):
            return
        signers = {i: self.person(name, post, i + 1) for i, (name, post) in run}
        group = tuple(signers.values())
        presenting = set(itertools.takewhile(lambda j: _PRESENTS_THE_SIGNERS.search(self.flat[j]) is not None, range(self.first_body, run[0][0])))
        for j in range(self.first_body, run[0][0]):
            if j not in presenting and self.roles[j] in (None, "body", "introduction") and is_prose(self.flat[j]):
                self.roles[j], self.signers[j] = "body", group
        for i, n in signers.items():
            self.roles[i], self.signers[i], self.bylines[i] = "byline", (n,), (n,)

    def has_a_bio(self, name: str, but: int) -> bool:
        """Whether a bio somewhere in the text, a paragraph or a line of one, other than paragraph `but`, is `name`'s."""
        return any(
            (who := _bio_name(" ".join(line.replace("**", "").replace("__", "").split()).strip("-*•_ "))) is not None
            and _same_person(who, name)  # '- **Maj. Gen. (ret.) Mats Engman** is a Distinguished …': a line of a list of bios
            for k, paragraph in enumerate(self.paragraphs)
            if k != but
            for line in paragraph.split("\n")
        )

    def under_the_speakers_heading(self, i: int) -> bool:
        """Whether paragraph `i` is one of the bios an event's 'Speakers' heading lists, one a paragraph, right under it."""
        j = i - 1
        while j > 0 and _BIO.match(RANKS.sub("", self.flat[j])):
            j -= 1
        return (
            j >= 0
            and re.fullmatch(r"(?:about the |the |our )?(?:speakers|panell?ists|participants|discussants|presenters)\s*:?", self.flat[j], re.I) is not None
        )

    def _known_person(self, name: str) -> int | None:
        """The person already read whom `name` names, in any case and spelling of it; None if no one."""
        return next((n for n, person in enumerate(self.people) if _same_person(person.name, name)), None)

    def signature(self) -> None:
        """A byline after the last body paragraph (an author box, a signature) is the author's bio: the body was signed above it.
        A short last word signed '— Dan' by an author of that first name is the author's signature."""
        first_names = {fold(person.name.split()[0]): n for n, person in enumerate(self.people) if person.name.split()}
        first_names |= {  # 'Yoon Hye-jin' signs '— Hye-jin': a Korean name's given name, after the surname
            fold(words[-1]): n for n, person in enumerate(self.people) if len(words := person.name.split()) == 2 and "-" in words[-1]
        }
        for i in range(self.first_body, self.count):
            lines = [line.strip() for line in self.paragraphs[i].strip().split("\n")]
            signed = re.fullmatch(r"[—–-]{1,2}\s*([A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)", lines[-1]) if len(self.flat[i]) <= 200 else None  # or "— Dan" alone
            known = [n for first, n in first_names.items() if signed and len(signed[1]) >= 3 and first.startswith(fold(signed[1]))]
            if signed and self.roles[i] in (None, "body", "subtitle") and len(known) == 1:  # (a dash and a name alone read as a heading)
                self.roles[i], self.signers[i] = "byline", (known[0],)  # "More next week. … \n— Dan", by Daniel Whitcomb
            elif (
                self.roles[i] in (None, "body")
                and i > self.first_body
                and len(self.flat[i]) <= 240
                and "\n" not in self.paragraphs[i].strip()  # the names alone: 'A and B' over 'The authors are …' is their bio
                and (named := byline_people(self.paragraphs[i], names_alone=True))
                and len(named) >= 2
                and None not in (known := [self._known_person(name) for name, _ in named])
            ):  # "HANNAH LINDQVIST, FIL. DR., PARK SO-YEON, PH.D., & …" over their bios, under the text: its writers, signing it
                self.roles[i], self.signers[i] = "byline", tuple(known)
        body = [i for i, role in enumerate(self.roles) if role == "body"]
        for i, n in self.sections.items():
            if body and i > body[-1] and self.roles[i] == "byline" and any(n in group for j, group in self.bylines.items() if j < body[0]):
                self.roles[i] = "author_bio"  # "CHUN Min-ho" over his post, under the text he signed above: his card, no new section
        for i in self.bylines:
            signed = (
                name_alone(self.flat[i])
                or _signed_name(self.paragraphs[i].split("\n"))
                or _FIRST_NAME_SIGNATURE.fullmatch(self.flat[i])
                or _NAME_SIGNATURE.fullmatch(self.paragraphs[i].strip())  # "— Han Seung-woo, former director-general …" under the last contribution
                or _NAME_SIGNATURE.fullmatch(self.raw[i].strip())  # "- Catherine Aldous, senior lecturer …": a hyphen, which reads as a bullet
                or _BARE_INITIALS.fullmatch(self.flat[i])  # "M.O'D." under the last
                or _INITIALS_SIGNATURE.fullmatch(self.flat[i])
                or _INITIALS_IN_BRACKETS.fullmatch(self.flat[i])  # "[S.K.H.]" under a notebook's item
                or _SIGNED_FROM_ABROAD.fullmatch(self.flat[i])  # "Lee Sang-soo (Stockholm, Sweden)" under his letter
                or (_SIGNED_TOGETHER_FROM.fullmatch(self.flat[i]) and not AFFILIATION_WORD.search(self.flat[i]))
                or _POSTED_BY_AT.fullmatch(self.flat[i])  # "Posted by Tian Haoran at 11:26 PM"
                or (re.match(r"[—–]\s*\S", self.flat[i]) and len({g for j, g in self.bylines.items() if j >= self.first_body}) >= 2)
            )  # or "—Lieutenant Colonel (ret.) Tomasz Wieczorek, Polish Land Forces, lectures …" under the last of several signed parts
            if (
                body
                and i > body[-1]
                and not re.match(r"(?:by|signed(?: by)?|signatories|signatures|(?:the )?members of the\b)", self.flat[i], re.I)
                and not (re.match(r"(?:written|words|text|reported) by\b", self.flat[i], re.I) and "\n" not in self.paragraphs[i].strip())
                and not signed
                and not SIGN_OFF.match(self.paragraphs[i])
                and i not in self.signed_off
            ):
                # "By …", "Signed:" over the signatories, a name alone (over a place or a date), "Until next week, Dana": stay bylines
                self.roles[i] = "author_bio"

    def findings(self) -> set[int]:
        """The points of a list under 'Key Findings' (or 'At a glance'…): paragraphs set as bullets, right under that heading."""
        points: set[int] = set()
        under = False
        argued = [i for i, role in enumerate(self.roles) if role in (None, "body") and len(self.flat[i]) > 300 and is_prose(self.flat[i])]
        closing = argued[len(argued) // 2] if len(argued) >= 4 else self.count  # past the middle of the argument: its own summing up
        for i, paragraph in enumerate(self.raw):
            lines = [line.strip("*_# ") for line in paragraph.strip().split("\n")]
            if FINDINGS_HEAD.match(self.flat[i].strip("*_ ")):
                under = True
            elif (
                len(lines) > 1
                and FINDINGS_HEAD.match(lines[0])
                and (not FIRST_PERSON.search(paragraph) or all(BULLET.match(line) for line in lines[1:]))
                and not (i > closing and re.match(r"summary of", lines[0], re.I))  # a report's 'SUMMARY OF RECOMMENDATIONS' after its chapters
            ):
                points.add(i)  # "EXECUTIVE SUMMARY" over its points, or its summary, in one paragraph: the digest of the piece
                under = True
            elif under and BULLET.match(paragraph):
                points.add(i)
            elif (
                i
                and _SYNOPSIS_HEAD.fullmatch(self.flat[i - 1].strip("*_ "))
                and is_prose(self.flat[i])
                and i + 1 < self.count
                and (
                    is_heading(self.flat, i + 1, self.first_body, self.roles)
                    or (i + 2 < self.count and self.roles[i + 1] in ("caption", "credit") and is_heading(self.flat, i + 2, self.first_body, self.roles))
                )  # a photo's caption between
            ):
                points.add(i)  # "SYNOPSIS" over one paragraph, then the text's first heading ('COMMENTARY'): the publisher's abstract
            elif (
                i
                and re.fullmatch(r"abstract\s*:?", self.flat[i - 1].strip("*_# "), re.I)
                and is_prose(self.flat[i])
                and not FIRST_PERSON.search(self.flat[i])
                and not re.search(r"\bwe\b", self.flat[i], re.I)
            ):
                points.add(i)  # "Abstract" over the paper's summary ('This paper asks …'); not one where its authors argue ('We argue …')
            elif re.match(_ABSTRACT_WORD + r"\s*[:.—–-]?\s+\S", self.flat[i].strip("*_# "), re.I) and i < self.count / 2 and is_prose(self.flat[i]):
                points.add(i)  # "Abstract: Between March 2016 …", "Abstract. When Hanoi …", "Resumen En 1991 …": the summary, labelled so first
            elif (
                i == self.first_body
                and BULLET.match(paragraph)
                and sum(bool(BULLET.match(line)) for line in paragraph.split("\n")) >= 2
                and not FIRST_PERSON.search(paragraph)
            ):
                points.add(i)  # a box of points under the bylines, with no heading over it: the brief's summary, not its argument
            else:
                under = False
        return points

    def posts_of(self, i: int, named: tuple[int, ...]) -> dict[int, str]:
        """Each named person's post, when every line of paragraph `i` begins with one of their names (a line that wraps a post
        goes on with it): 'Lt Gen (Retd) Sudhir Kannan, PVSM, AVSM, Distinguished Fellow, …'."""
        posts: dict[int, str] = {}
        current = None
        for line in (line.strip() for line in self.paragraphs[i].split("\n") if line.strip()):
            bare = RANKS.sub("", line)
            whose = next((n for n in named if fold(bare).startswith(fold(self.people[n].name) + ",")), None)
            if whose is not None:
                current, posts[whose] = whose, re.sub(r"^(?:[A-Z]{2,5},\s*)+", "", bare[len(self.people[whose].name) + 1 :].strip())  # 'PVSM, AVSM, …': honours
            elif current is not None and posts[current].endswith(","):
                posts[current] = f"{posts[current]} {line}"
            else:
                return {}
        return {n: post.rstrip(".") for n, post in posts.items()} if len(posts) == len(named) else {}

    def starred_note(self, i: int) -> int | None:
        """Whose affiliation a note marked with stars states ('**Professor of …'), by the byline that gives the name as many
        ('by … Karakaya* and Jeon Jae-seong**'): the stars in order, one more for each author."""
        stars = re.match(r"\s*(\*{1,3})(?=[^\s*])", self.raw[i])
        text = self.flat[i].lstrip("* ")
        if not stars or self.raw[i].rstrip().endswith("*") or len(text) > 300 or not AFFILIATION_WORD.search(text) or is_prose(text):
            return None
        mark = len(stars[1])
        for j, group in self.bylines.items():
            if j < i and len(group) >= mark and re.search(rf"\w{re.escape(stars[1])}(?!\*)", self.raw[j]):
                return group[mark - 1]
        return None

    def bios(self) -> None:
        """5. Bios: "Jane Doe is a senior fellow at X" at the end or the top, with the affiliation it states."""
        argument_before = False
        last_body = max((i for i, role in enumerate(self.roles) if role == "body"), default=self.count)
        for i in range(self.count):
            if i:
                argument_before = argument_before or (self.roles[i - 1] == "body" and len(self.flat[i - 1]) > 300)
            if self.roles[i] == "subtitle" and self.people and not _TALKS_ABOUT.search(self.flat[i]) and _bio_people(self.flat[i], self.people)[1]:
                self.roles[i] = "body"  # under the title, "Michael Trent is a senior lecturer at …": a bio, read as one below; but "Seo
                # Eun-jae spent three decades trying to talk to the North. …", which states no post, is an interview's dek
            if self.roles[i] == "introduction" and i > last_body and _BIO.match(self.flat[i].lstrip("—–-*_ ")) and _bio_people(self.flat[i], self.people)[0]:
                self.roles[i] = "body"  # after the chair's thanks, "Professor CHUN Chae-sung is Professor in …": the speaker's bio

            if (
                self.interview
                and self.roles[i] == "body"
                and i >= last_body
                and len(self.flat[i]) <= 400
                and (someone := _BIO.match(self.flat[i].lstrip("—–-*_ ")))
                and looks_like_name(who := clean_name(someone.group("who")))
                and all(len(word.strip(".")) > 2 for word in who.split())  # not "No. Seoul is hedging" nor "A. It has to …"
                and AFFILIATION_WORD.search(self.flat[i])
                and not _bio_people(self.flat[i], self.people)[0]
            ):
                self.roles[i], self.signers[i] = "credit", ()  # "Jana Hirsch is an editor at …" under the interview: who asked
                continue
            if self.roles[i] == "boilerplate" and argument_before and _WRITTEN_BY.match(self.flat[i]) and _bio_people(self.flat[i], self.people)[0]:
                self.roles[i] = "body"  # "The Parallel is a weekly newsletter … by Marc Tremblay, a former analyst …": its writer's bio
            card = self.paragraphs[i].strip().split("\n")
            if (
                self.roles[i] == "byline"
                and i > last_body
                and len(card) >= 2
                and name_alone(card[0].strip())
                and self.signers[i]
                and all(any(self.roles[j] == "byline" and s in self.signers[j] for j in range(last_body)) for s in self.signers[i])
                and len(re.findall(r"[.!?](?:\s|$)", " ".join(card[1:]))) >= 2
            ):
                self.roles[i] = "author_bio"  # "CHUN Chae-sung" over "Professor, … . Chair of …": the byline's author again, described
                continue
            if (
                self.roles[i] == "body"
                and argument_before
                and i > last_body - 1
                and (mine := _FIRST_PERSON_BIO.match(self.flat[i]))
                and (named := tuple(n for n, person in enumerate(self.people) if _same_person(person.name, clean_name(mine["who"]))))
            ):  # "About Parallel Lines: I'm Ingrid Solberg, a former Norwegian diplomat …" under the sign-off: her bio
                self.roles[i], self.signers[i] = "author_bio", named
                continue
            if (
                self.roles[i] == "body"
                and argument_before
                and _WRITTEN_BY_ANY.match(self.flat[i])
                and (named := tuple(n for n, person in enumerate(self.people) if len(person.name.split()) >= 2 and fold(person.name) in fold(self.flat[i])))
            ):  # "The Parallel is written by Hannah Whitcombe in Washington and Park Jae-won in Seoul. …": its writers' bio
                self.roles[i], self.signers[i] = "author_bio", named
                continue
            if (
                self.roles[i] == "body"
                and argument_before
                and self.flat[i][:1].islower()
                and all(self.roles[j] != "body" for j in range(i + 1, self.count))
                and (lower := next((n for n in self.signers[i] if self.flat[i].startswith(self.people[n].name.lower() + " ")), None)) is not None
                and _BIO.match(self.people[lower].name + self.flat[i][len(self.people[lower].name) :])
            ):
                self.roles[i], self.signers[i] = "author_bio", (lower,)  # "aya kurosawa writes genkai nada notes from Fukuoka. …", as she signs
                continue
            if self.roles[i] == "body" and argument_before and (starred := self.starred_note(i)) is not None:
                self.roles[i], self.signers[i] = "author_bio", (starred,)  # "*Associate professor of … at Hacettepe University" under the text
                if not self.people[starred].affiliation:
                    self.people[starred].affiliation, self.people[starred].stated_in = self.flat[i].lstrip("* ").rstrip("."), i + 1
                continue
            if (
                self.roles[i] not in ("body", "author_bio")
                or (
                    self.roles[i] == "body"
                    and (
                        (
                            i < self.count / 2
                            and argument_before
                            and not self.closes_a_post(i)
                            and not (_BIO.match(self.flat[i]) and "byline" in self.roles[i + 1 : i + 5])  # the editorial board's bio, over the dissent's
                            and "body" in self.roles[i + 1 :]
                        )
                        or len(self.flat[i]) > 600
                        or i in self.signed_within
                    )
                )
            ):
                continue  # a bio stands at the end (a long page's furniture under it), or at the top before the argument starts
                # ("Chiara Bellini writes: …" is neither)
            if self.roles[i] == "body" and i >= last_body and (by_surname := self.bio_by_surnames(i)):
                self.roles[i], self.signers[i] = "author_bio", by_surname  # "Whitcombe, a Democrat, represents Oregon …. Aldana, a …"
                continue
            owners, stated = _bio_people(self.flat[i], self.people)
            lines = self.paragraphs[i].strip().split("\n")
            carded = False
            if not owners and i > last_body - 1 and len(lines) >= 2 and (card := name_alone(lines[0].strip())) and AFFILIATION_WORD.search(lines[1]):
                # "CHUN Chae-Sung" over "Professor, Department of Political Science …": an author's card under the text
                owners = [n for n, known in enumerate(self.people) if romanized(known.name) & romanized(card) or fold(known.name) == fold(card)]
                post = lines[1].strip().split(". ")[0].rstrip(".")
                post = _the_author_is(post) or post  # "The author is a professor of …": the professorship, not the sentence
                stated = {owners[0]: post} if len(owners) == 1 else {}
                carded = bool(owners)
            if not owners and len(lines) == 2 and _THE_AUTHOR.match(lines[1]) and (named := byline_people(lines[0], names_alone=True)):
                owners = [
                    n for n, known in enumerate(self.people) if any(romanized(known.name) & romanized(name) for name, _ in named)
                ]  # the names, then "The authors are …"
            if not owners and _THE_AUTHOR.match(self.flat[i].lstrip("—–-*_ ")) and self.people:
                signed = list(self.signers[i]) if self.roles[i] == "author_bio" else []  # "The writer is …" under one letter: its signer's
                owners = signed or list(range(len(self.people)))  # "The author is a professor of …": the essay's author(s), not named
                post = _the_author_is(self.flat[i].lstrip("—–-*_ "))
                stated = {owners[0]: post} if post and len(owners) == 1 else {}
            elif self.roles[i] == "body" and not (
                owners
                and (
                    carded
                    or _BIO.match(RANKS.sub("", _BIO_LABEL.sub("", english_label(_unbolded(self.flat[i]).lstrip("—–-*_ ")))))
                    or (_SHARED_BIO.match(self.flat[i].lstrip("—–-*_ ")) and len(owners) >= 2)
                    or _WRITTEN_BY.match(self.flat[i])
                    or (len(lines) == 2 and _THE_AUTHOR.match(lines[1]))
                )
            ):
                continue
            if not owners and self.roles[i] == "body":
                continue
            self.roles[i] = "author_bio"
            self.signers[i] = tuple(owners) or self.signers[i]
            for owner, affiliation in stated.items():
                affiliation = _what_the_bio_says(self.people[owner].name, affiliation)
                known = self.people[owner].affiliation
                if affiliation and (not known or (known.lower() in affiliation.lower() and len(known) < len(affiliation))):
                    self.people[owner].affiliation, self.people[owner].stated_in = affiliation, i + 1  # the bio's fuller words over the byline's few
        if self.interview and self.interviewee is not None and not self.people[self.interviewee].affiliation:
            asked = next((i for i in range(self.count) if self.roles[i] == "question"), self.count)
            for i in range(asked):  # "Jeon Jae-sung is a professor … at Seoul National University" in the introduction: where he is
                owners, stated = _bio_people(self.flat[i], self.people) if self.roles[i] == "introduction" else ([], {})
                if self.interviewee in owners and stated.get(self.interviewee):
                    self.people[self.interviewee].affiliation, self.people[self.interviewee].stated_in = stated[self.interviewee], i + 1
                    break
        bios = [i for i in range(self.count) if self.roles[i] == "author_bio"]
        for i in bios:  # an "About the author(s)" heading belongs to the people of the bios under it
            if not self.signers[i]:
                following = [self.signers[j] for j in bios if j > i and self.signers[j]]
                self.signers[i] = tuple(dict.fromkeys(s for group in following for s in group)) or tuple(range(len(self.people)))

    def reported_speech(self) -> None:
        """A profile in its subject's own words: a reporter's narration around paragraphs quoted from one person ('“…,” she
        says.' / '“…,” Marsh says firmly.'). The quoted paragraphs are that person's argument; the narration is the
        publication's framing, a question it puts ('Asked whether …', 'What about the alliance? …') a question; the reporter
        on the byline writes none of the argument. Only when the quotes are a third of the text or more and are all one
        person's: a report that quotes several people, or an essay that quotes now and then, stays as it is."""
        if self.interview or self.questions:
            return
        body = [i for i in range(self.first_body, self.count) if self.roles[i] in (None, "body")]
        quoted = {i: tag for i in body if (tag := _QUOTED_PARAGRAPH.match(self.flat[i]))}
        said = [(tag["name"] or tag["after"]).split()[-1] for tag in quoted.values() if tag["name"] or tag["after"]]
        speakers = {fold(name) for name in said}
        writers = {fold(word) for i in body for n in self.signers[i] for word in self.people[n].name.split()}
        if len(quoted) < 3 or 3 * len(quoted) < len(body) or len(speakers) != 1 or speakers & writers:
            return
        surname = said[0]
        texts = [self.flat[i] for i in range(self.count) if self.roles[i] in (None, "body", "subtitle", "title", "caption")]
        name = _full_name(surname, texts)
        if len(name.split()) < 2 or not looks_like_name(name):
            return  # no whole name for the speaker anywhere in the text
        speaker = self.person(name)
        for i in body:
            if i in quoted or re.fullmatch(r"[“\"][^”\"]{40,}[”\"]", self.flat[i]):  # a quotation alone, after the question it answers
                self.roles[i], self.signers[i] = "body", (speaker,)
            else:
                asks = self.flat[i].startswith("Asked ") or "?" in self.flat[i].split("“")[0]
                self.roles[i], self.signers[i] = ("question" if asks else "introduction"), ()
        self.notes.append(f"a profile: {name}'s quoted words are taken as the argument, the reporter's narration as its introduction")

    def bio_by_surnames(self, i: int) -> tuple[int, ...]:
        """The writers whose surnames open the sentences of paragraph `i` with a clause on them ('Whitcombe, a Democrat, represents
        Oregon …. Aldana, a Republican, …'), as a paper's line on its writers names them after the byline: every writer, or none."""
        surnames = {fold(person.name.split()[-1]): n for n, person in enumerate(self.people) if len(person.name.split()) >= 2}
        opened = [found[1] for sentence in _SENTENCE_BREAK.split(self.flat[i]) if (found := re.match(r"([A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+),\s+(?:a|an|the)\s", sentence))]
        named = tuple(dict.fromkeys(surnames.get(fold(word), -1) for word in opened))
        return named if opened and -1 not in named and len(named) == len(surnames) else ()

    def closes_a_post(self, i: int) -> bool:
        """Whether paragraph `i` ends one of several posts copied one after another: under it only the post's furniture ('Share
        this:', 'Filed under: …'), then the next post's headline, date line and byline. A bio there is its writer's."""
        j = i + 1
        while j < self.count and self.roles[j] == "boilerplate":
            j += 1
        return j > i + 1 and any(k in self.sections for k in range(j, min(j + 3, self.count)))

    def reading_list(self, i: int) -> bool:
        """Whether paragraph `i` is a reading list's entry, or several a line each: 'Cha, Victor. The Impossible State. … 2012.',
        'Kim Yo Jong, “Statement,” KCNA, 24 September 2021.'"""
        lines = [line.strip() for line in self.paragraphs[i].split("\n") if line.strip()]
        return bool(lines) and all(_BIBLIOGRAPHY_ENTRY.fullmatch(line) or _CITED_ENTRY.fullmatch(line) for line in lines)

    def marked_turns(self, marked: dict[int, tuple[int, ...]], framed: bool = False, unbylined: bool = False) -> None:
        """Each paragraph `marked` with its writers, and the argument under it until the next mark, is theirs; a heading, a
        caption or a bio ends the run. With `framed`, the prose above the first mark is the publisher's framing. With
        `unbylined`, a text no byline names: what was read as framing for want of one is open to the marks' runs, and what
        none of them goes on into stays framing."""
        framing = [i for i in range(min(marked), self.count) if self.roles[i] == "introduction"] if unbylined else []
        for i in framing:
            self.roles[i] = None
        if framed:
            for j in range(self.first_body, min(marked)):
                if self.roles[j] in (None, "body") and is_prose(self.flat[j]):
                    self.roles[j], self.signers[j] = "introduction", ()
        current: tuple[int, ...] = ()
        for i in range(min(marked), self.count):
            if i in marked:
                current = marked[i]
            elif (
                not current
                or self.roles[i] not in (None, "body")
                or not is_prose(self.flat[i])
                or _bio_of_someone(self.flat[i])
                or (_TOGETHER.match(self.flat[i]) and len(self.signers[i]) > len(current))
            ):  # "Where we agree is that waiting is not a policy": after each one's turn, the writers together again
                current = ()
                continue
            self.roles[i], self.signers[i] = "body", current
        for i in framing:
            self.roles[i] = self.roles[i] or "introduction"
        for i in marked if unbylined else ():
            if i and self.roles[i - 1] == "introduction" and len(self.flat[i - 1]) <= 120 and not is_prose(self.flat[i - 1]):
                self.roles[i - 1] = "subtitle"  # the section's heading over its first marked paragraph, not the framing's

    def byline_turns(self) -> None:
        """4b. 'By Ruoxi Wang, Colleen Hartley and Min-jae Seo' over '**Wang:** …', '**Hartley:** …', '**Seo:** …' and no
        question: a quick take in which each writer opens their own paragraphs with their surname. Each turn, and the paragraphs
        under it until the next, is that writer's alone; the prose above the first turn is the publisher's framing."""
        if self.interview or len(self.speakers) < 2:
            return
        signed = tuple(dict.fromkeys(n for i, group in self.bylines.items() if i < self.speakers[0][0] for n in group))
        if len(signed) < 2:
            return
        by_word: dict[str, set[int]] = {}
        for n in signed:
            words = fold(self.people[n].name).split()
            for word in {words[0], words[-1]}:
                by_word.setdefault(word, set()).add(n)
        owner = {i: by_word.get(fold(label), set()) for i, label in self.speakers}
        if any(len(found) != 1 for found in owner.values()) or len({n for found in owner.values() for n in found}) < 2:
            return
        first = min(owner)
        argued = [j for j in range(self.first_body, first) if is_prose(self.flat[j]) and self.roles[j] in (None, "body", "introduction")]
        headed = any(self.roles[j] == "subtitle" for j in range(self.first_body, first))
        # one or two paragraphs over the first turn frame them; an essay the two wrote together, headings and all, is theirs
        self.marked_turns({i: tuple(found) for i, found in owner.items()}, framed=len(argued) <= 2 and not headed)

    def signed_once_at_the_end(self) -> None:
        """4b. A message signed once, under its last paragraph, by a name over a post ('Zhao Minghui' / 'President, Huangpu
        Institute …' / 'Shanghai, March 2023'), in a text no byline or other signature names: the prose above is the signer's
        (an annual report's president's message, a letter to members), what frames it ('… invited …') aside."""
        if self.bylines or len(self.sections) != 1 or self.interview or self.speakers:
            return
        ((signed, n),) = self.sections.items()
        if any(is_prose(self.flat[j]) and len(self.flat[j]) > 200 and self.roles[j] != "boilerplate" for j in range(signed + 1, self.count)):
            return  # a name that opens a part: the part is under it, not above (the page's related stories aside)
        above = [j for j in range(self.first_body, signed) if self.roles[j] in (None, "introduction", "body") and is_prose(self.flat[j])]
        if len(above) < 2 or any(_FRAMING.search(self.flat[j]) for j in above):
            return
        writers = self.co_signed.get(signed, (n,))  # or 'Niklas Swanström & Sangsoo Lee', the two under it
        for j in above:
            self.roles[j], self.signers[j] = "body", writers
        del self.sections[signed]
        self.roles[signed], self.signers[signed], self.bylines[signed] = "byline", writers, writers
        self.signed_off.add(signed)
        last = self.paragraphs[signed].strip().split("\n")[-1].strip()
        if self.date is None and (found := dateline(last)) and found[0]:
            self.date = found  # "Shanghai, March 2023" under the post: when it was signed

    def names_over_turns(self) -> None:
        """4b. A written dialogue between the byline's writers, each turn opened by its writer's whole name on a line of its own
        over the words ('Dmitri Sorokin' / 'Let me begin …'): each turn, and the paragraphs under it until the next, is that
        writer's alone; the prose above the first turn is the publisher's framing."""
        writers = tuple(dict.fromkeys(n for i, group in self.bylines.items() if i < self.first_body + 2 for n in group))
        if len(writers) < 2 or self.interview:
            return
        by_name = {fold(self.people[n].name): n for n in writers}
        marked = {}
        for i in range(self.first_body, self.count):
            head, _, rest = self.paragraphs[i].strip().partition("\n")
            words = " ".join(rest.split())
            if (
                (n := by_name.get(fold(clean_name(head.strip(" *_:"))))) is not None
                and len(words) > 150
                and is_prose(words)
                and not _bio_of_someone(words)  # "Mats Engman" over "Mats Engman is a distinguished fellow …": his card
                and not AFFILIATION_WORD.match(words)  # nor over his post
            ):
                marked[i] = n
        if len(marked) < 2 or len(set(marked.values())) < 2:
            return
        self.marked_turns({i: (n,) for i, n in marked.items()}, framed=True)

    def views_under_bold_names(self) -> None:
        """4b. A compiled roundup with no byline of its own: '**Meera Raghavan**, senior fellow at …, argues that …', then
        'For India, she adds, …'; three experts or more, each opening a paragraph in bold with a post. Each view, and the
        paragraphs that go on with it, is its expert's; the prose above the first is the compiler's framing."""
        if self.interview or any(self.roles[i] == "byline" for i in self.bylines):
            return
        views: dict[int, tuple[str, str]] = {}
        for i in range(self.first_body, self.count):
            named = _BOLD_NAME_VIEW.match(self.raw[i].strip())
            if (
                named
                and self.roles[i] in (None, "body", "introduction")
                and looks_like_name(name := clean_name(named["name"]))
                and AFFILIATION_WORD.search(named["post"])
            ):
                views[i] = (name, named["post"].strip())
        if _people_among(name for name, _ in views.values()) < 3:
            return  # read no one as a writer before three views say it is a roundup
        self.marked_turns({i: (self.person(name, post, i + 1),) for i, (name, post) in views.items()}, framed=True, unbylined=True)

    def views_in_a_report(self) -> None:
        """4b. A rapporteur's report of a conference: 'Opening the first session, Professor Chaesung Chun of Seoul National
        University argued that …'; three speakers or more, each whose view a paragraph reports, the rapporteur named in the
        header. Each such paragraph, and the next when it goes on 'He also …', is its speaker's; the rest stays the rapporteur's."""
        if self.interview or not any(
            re.match(r"(?:rapporteur|report(?:ed)? (?:prepared |written )?by)\b", self.flat[i], re.I) for i in range(min(self.count, 10))
        ):
            return
        speakers: dict[int, str] = {}
        posts: dict[int, str] = {}
        for i in range(self.first_body, self.count):
            said = _REPORTED_VIEW.match(self.flat[i])
            if said and self.roles[i] in (None, "body", "introduction") and looks_like_name(name := clean_name(said["name"])) and len(name.split()) >= 2:
                speakers[i] = name
                if said["post"] and institutions(said["post"]) and not re.search(r"\b(?:who|which|that|in his|in her)\b", said["post"]):
                    posts[i] = said["post"]  # 'Dr. Park Jae-won, Senior Research Fellow at the Korea Institute …, addressed …'
        if _people_among(speakers.values()) < 3:
            return  # read no one as a speaker before three views say it is a report of several
        views = {i: self.person(name, posts.get(i, ""), i + 1 if i in posts else 0) for i, name in speakers.items()}
        for i, n in views.items():
            self.roles[i], self.signers[i] = "body", (n,)
            if i + 1 < self.count and i + 1 not in views and re.match(r"(?:he|she|they)\s+(?:also\s+)?\w+ed\b", self.flat[i + 1], re.I):
                self.roles[i + 1], self.signers[i + 1] = "body", (n,)  # "He also argued that …": the same speaker's view
        by_word: dict[str, set[int]] = {}  # a speaker's surname, whichever end of the name it is: 'Swanström', 'Chun'
        for n in set(views.values()):
            words = _name_words(self.people[n].name)
            for word in {words[0], words[-1]}:
                by_word.setdefault(word, set()).add(n)
        for i in range(min(views) + 1, self.count):
            named = _SURNAME_GOES_ON.match(self.flat[i])
            if i in views or self.roles[i] not in (None, "body") or not named or not is_prose(self.flat[i]):
                continue
            if len(speaker := by_word.get(fold(named["word"]), set())) == 1:
                self.roles[i], self.signers[i] = "body", (next(iter(speaker)),)  # "On sanctions, Strand took a firmer line …": hers
        for j in range(self.first_body, min(views)):
            if self.roles[j] in (None, "body") and is_prose(self.flat[j]) and _CONVENED.search(self.flat[j]):
                self.roles[j], self.signers[j] = "introduction", ()  # "On 9 May 2019 the Institute convened a roundtable …": the report's

    def bracketed_first_names(self) -> None:
        """4b. A newsletter of two writers who mark their sections with their first names in brackets ('[Joon] Shortly before
        noon …', '[Maren] Here is …'), their whole names given elsewhere ('written by Baek Joon-ho … and Maren Kjær'): each
        marked paragraph, and those under it, is its writer's."""
        if self.interview:
            return
        firsts = {i: m["first"] for i in range(self.first_body, self.count) if (m := _BRACKETED_FIRST_NAME.match(self.flat[i]))}
        if len(firsts) < 2 or len(set(firsts.values())) < 2:
            return
        whole = {first: self.whole_name(first) for first in set(firsts.values())}
        if None in whole.values():
            return
        self.marked_turns({i: (self.person(whole[first] or ""),) for i, first in firsts.items()}, unbylined=not self.bylines)

    def surnames_over_parts(self) -> None:
        """4b. A debate written up by its speakers' parts, each headed by the speaker's surname in capitals on a line of its
        own ('TALLIS' / 'The Korean War has been paused …', 'SEO' / 'Mr. Tallis says …'), their whole names given in the
        framing ('Arguing for the motion was Gregory Tallis, …'): each heading signs the argument under it, to the next."""
        if self.interview:
            return
        heads = {
            i: self.flat[i]
            for i in range(self.first_body, self.count - 1)
            if _SURNAME_HEADING.fullmatch(self.flat[i]) and self.roles[i] in (None, "subtitle", "body", "boilerplate") and is_prose(self.flat[i + 1])
        }
        if len(heads) < 3 or len(set(heads.values())) < 2:
            return
        whole = {head: self.whole_name(title_case(head)) for head in set(heads.values())}
        if None in whole.values() or len(set(whole.values())) < len(whole):
            return  # a heading that names no one the text names in full ('CONCLUSION'), or two headings one person
        marked = {i: (self.person(whole[head] or ""),) for i, head in heads.items()}
        self.marked_turns(marked, framed=True, unbylined=not self.bylines)
        for i, group in marked.items():
            self.roles[i], self.signers[i] = "byline", group

    def sections_a_note_assigns(self) -> None:
        """4b. A text two or more write together, whose note says who wrote which numbered section ('Section I was written by
        Kang Do-hyun and Section II by Eleanor Vasquez, … The introduction and Section III were written jointly.'): each
        section so assigned, from its heading ('I. The View from Seoul') to the next, is its writer's alone."""
        together = next((group for group in self.bylines.values() if len(group) >= 2), None)
        if together is None:
            return
        assigned: dict[str, int] = {}
        for i in range(self.count):
            if self.roles[i] in ("notes", "credit", "editors_note", "author_bio", "body") and _WRITTEN_BY_SECTION.search(self.flat[i]):
                if self.roles[i] == "body" and self.raw[i].lstrip().startswith(("*", "†")):
                    self.roles[i], self.signers[i] = "notes", ()  # '* The authors drafted this essay together, but …': the byline's star
                for m in _SECTION_BY.finditer(self.flat[i]):
                    writer = next((n for n in together if fold(self.people[n].name) == fold(clean_name(m["name"]))), None)
                    if writer is not None:
                        assigned[m["number"].upper()] = writer
                for m in _RESPONSIBLE_FOR.finditer(self.flat[i]):
                    writer = next((n for n in together if fold(self.people[n].name) == fold(clean_name(m["name"]))), None)
                    for number in re.findall(r"[IVX]{1,4}|\d{1,2}", m["numbers"], re.I) if writer is not None else ():
                        assigned[number.upper()] = writer
        current: int | None = None
        for i in range(self.first_body, self.count):
            if self.roles[i] == "subtitle":
                heading = _NUMBERED_SECTION.match(self.flat[i])
                current = assigned.get(heading["number"].upper()) if heading else None
            elif current is not None and self.roles[i] == "body" and set(self.signers[i]) == set(together):
                self.signers[i] = (current,)

    def bracketed_initials(self) -> None:
        """4b. Co-written text whose paragraphs are marked with their drafter's initials in brackets ('[JK] …', '[JK/TMD] …'),
        the initials the byline's names': each marked paragraph, and the unmarked ones under it, is theirs."""
        writers = list(dict.fromkeys(n for group in self.bylines.values() for n in group))
        marked = {
            i if self.roles[i] in (None, "body") else i + 1: m  # '[MS] The door is shut, but …' a heading: the part under it is hers
            for i in range(self.first_body, self.count)
            if (m := _BRACKETED_INITIALS.match(self.flat[i]))
            and (self.roles[i] in (None, "body") or (self.roles[i] == "subtitle" and i + 1 < self.count and self.roles[i + 1] in (None, "body")))
        }
        if len(marked) < 2:  # or at the end of each paragraph ('… as a matter of course. [SL]'), every paragraph of the argument so marked
            ended = {
                i: m
                for i in range(self.first_body, self.count)
                if self.roles[i] in (None, "body", "caption") and (m := _BRACKETED_INITIALS_AT_END.search(self.flat[i])) and len(self.flat[i]) > 80
            }
            argued = {i for i in range(self.first_body, self.count) if self.roles[i] in (None, "body", "caption") and is_prose(self.flat[i])} | set(ended)
            marked = ended if len(ended) >= 2 and len(ended) == len(argued) else marked
            for i in ended if marked is ended else ():
                self.roles[i] = "body"  # (a note over the rest, signed by both: theirs too)
        if len(writers) < 2 or len(marked) < 2:
            return
        by_letters: dict[str, list[int]] = {}
        for n in writers:
            for form in _initials_forms(self.people[n].name):
                by_letters.setdefault(form, []).append(n)
        owners = {i: [by_letters.get(letters, []) for letters in re.split(r"\s*[/&,]\s*", m["list"])] for i, m in marked.items()}
        if any(len(found) != 1 for group in owners.values() for found in group):
            return  # initials no byline name has, or two have: the marks say too little
        keys = {f"[{m['list']}]" for m in marked.values()}
        framed = any(any(key in self.flat[j] for key in keys) for j in range(self.first_body, min(marked) - 1))  # "… [MS] is Minji, [TL] is Tom."
        self.marked_turns({i: tuple(dict.fromkeys(found[0] for found in group)) for i, group in owners.items()}, framed=framed)

    def opened_by_a_signer(self, text: str) -> int | None:
        """The first signer whose name, as written, opens `text` ('Tomas Havel — former IAEA inspector …'): whose bio it is."""
        return next((n for n, person in enumerate(self.people) if text.startswith(person.name)), None)

    def initials_under_the_text(self) -> None:
        """'[S.K.H.]' alone under the argument of a text one person writes, the staff box below spelling out 'S.K.H. – Song
        Kyung-hwa, Seoul correspondent': the initials are her signature, the box her bio."""
        if len(self.people) != 1:
            return
        whole = self.people[0].name
        for i in range(self.first_body + 1, self.count):
            found = _INITIALS_IN_BRACKETS.fullmatch(self.flat[i])
            if not found or self.roles[i] not in (None, "body", "subtitle"):
                continue
            letters = found[1].replace(" ", "")
            spelled = next(((j, m) for j, m in _initials_spelled_out(self.flat, letters, i + 1) if _same_person(clean_name(m["name"]), whole)), None)
            if spelled is None:
                continue
            box, legend = spelled
            self.roles[i], self.signers[i], self.bylines[i] = "byline", (0,), (0,)
            self.roles[box], self.signers[box], self.bio_of[box] = "author_bio", (0,), 0
            post = re.split(r"[;.]\s", self.flat[box][legend.end() :].lstrip(", "))[0].strip()
            if post and len(post) <= 120:
                self.person(whole, post, box + 1)  # "S.K.H. – Song Kyung-hwa, Seoul correspondent; …": her post

    def forum_post(self) -> None:
        """A forum's post, copied from its thread: the subject line 'Re: <the thread's title>' repeats the title; a quoted
        earlier post ('Quote' / 'Dana Whitfield wrote: ↑…' / her words) is the words of the one it quotes, not the poster's;
        the signature under its rule ('_________________' / 'Tomas Havel — former IAEA inspector …') is the poster's bio."""
        title = fold(self.flat[self.title]) if self.title is not None else None
        for i in range(self.title + 1 if self.title is not None else self.first_body, self.count):
            lines = [line.strip() for line in self.raw[i].strip().split("\n")]
            if (
                title
                and self.roles[i] in (None, "subtitle", "body")
                and fold(re.sub(r"^re\s*:\s*", "", self.flat[i], flags=re.I)) == title
                and self.flat[i][:3].lower() == "re:"
            ):
                self.roles[i], self.signers[i] = "boilerplate", ()
            elif (
                self.roles[i] in (None, "body", "introduction")
                and (quoted := _FORUM_QUOTE.match(self.raw[i].strip()))
                and looks_like_name(who := clean_name(quoted["name"]))
            ):
                self.roles[i], self.signers[i] = "body", (self.person(who),)
            elif (
                self.roles[i] in (None, "body")
                and len(lines) >= 2
                and re.fullmatch(r"_{5,}", lines[0])
                and (owner := self.opened_by_a_signer(" ".join(lines[1:]))) is not None
            ):
                self.roles[i], self.signers[i], self.bio_of[i] = "author_bio", (owner,), owner

    def initialled_turns(self) -> None:
        """4b. An exchange two writers conduct in writing, each contribution led by its writer's initial ('K.: Let me begin …',
        'M.: I understand the appeal …'), the byline naming both: each marked paragraph, and those under it, is the one
        writer whose name alone has a word of that initial."""
        writers = list(dict.fromkeys(n for group in self.bylines.values() for n in group))
        if self.interview or len(writers) < 2:
            return
        letters = {i: m["letter"] for i in range(self.first_body, self.count) if self.roles[i] in (None, "body") and (m := _INITIAL_TURN.match(self.flat[i]))}
        if len(letters) < 4 or len(set(letters.values())) < 2:
            return
        owner: dict[str, int] = {}
        for letter in set(letters.values()):
            having = [n for n in writers if any(word[:1].upper() == letter for word in _name_words(self.people[n].name))]
            if len(having) != 1:
                return  # an initial no writer's name has, or two do: the marks say too little
            owner[letter] = having[0]
        framed = any(
            re.search(r"\binitials?\b", self.flat[j], re.I) for j in range(self.first_body, min(letters))
        )  # "Each contribution is marked with the writer’s initial."
        self.marked_turns({i: (owner[letter],) for i, letter in letters.items()}, framed=framed)

    def discussion(self) -> None:
        """'In the discussion that followed, Zhao Lihua and Igor Markelov both rejected …', after the speakers' signed parts:
        the paragraph is the ones it names, not the last speaker's alone."""
        opened = set(self.sections.values())
        for i in range(self.first_body, self.count):
            if self.roles[i] != "body" or not _IN_THE_DISCUSSION.match(self.flat[i]):
                continue
            text = fold(self.flat[i])
            named = [n for n in opened if fold(self.people[n].name) in text or fold(_name_words(self.people[n].name)[-1]) in text.split()]
            if len(named) >= 2:
                self.signers[i] = tuple(sorted(named))

    def signed_by_one_of_them(self) -> None:
        """In a text two or more write together, a part under its own heading that one of them signs under it ('A note of
        dissent' / 'One of us is less convinced …' / '– Hu Jingyan'): that part is the signer's alone."""
        for i, group in self.bylines.items():
            heading = next((h for h in range(i - 1, self.first_body, -1) if self.roles[h] == "subtitle"), None)
            dissent = heading is not None and _DISSENT_HEADING.fullmatch(self.flat[heading].strip("*_ ")) is not None
            if len(group) != 1 or not (re.match(r"[—–-]{1,2}\s*\S", self.flat[i]) or dissent):  # or 'DISSENTING NOTE' over it
                continue
            together = {group[0], *next((g for j, g in self.bylines.items() if j < i and len(g) >= 2 and group[0] in g), ())}
            part = range(heading + 1, i) if heading is not None else range(0)
            if len(together) < 2 or not part or any(self.roles[j] != "body" or set(self.signers[j]) != together for j in part):
                continue
            for j in part:
                self.signers[j] = group

    def letters_signed_under_each(self) -> None:
        """A letters page: several letters under one headline, each signed under it by its writer's name and town ('Margaret
        Hollis, Katoomba', 'Dr Margaret Ellison' / 'Harrogate, North Yorkshire'). Each letter is its signer's; no byline above."""
        if self.interview or any(i < self.first_body and not self.letter_signature(i) for i in self.bylines):
            return
        signatures = {j: named for j in range(2, self.count) if (named := self.letter_signature(j))}
        if len(signatures) < 2:
            return
        for j in range(self.first_body + 1, self.count - 1):  # 'Dr Kim Soo-yeon, Senior lecturer in …, Wessex University, Southampton'
            signed = byline_people(self.paragraphs[j], names_alone=True) if self.roles[j] in ("byline", "credit") and j not in signatures else None
            headed = j + 2 < self.count and self.roles[j + 1] in ("subtitle", "title") and len(self.flat[j + 1]) <= 120  # the next letter's headline
            between = all(self.roles[k] in (None, "body", "introduction") and is_prose(self.flat[k]) for k in (j - 1, j + 1 + headed))
            if signed and len(signed) == 1 and between:  # one letter signed with a post, between two (not a byline over '… replies:')
                signatures[j] = signed[0][0]
        start, previous = min(self.first_body, min(signatures) - 1), ()  # (a short first letter may have been read as the header's)
        for j, named in sorted(signatures.items()):
            writers = tuple(self.person(name) for name in ((named,) if isinstance(named, str) else named))
            said = _THE_LETTER_WRITER.match(self.paragraphs[j].strip().split("\n")[-1].strip())
            if (
                len(writers) == 1
                and said
                and said["post"]
                and not re.sub(r"(?:^|.*,\s*)the (?:letter[- ])?writer\b.*", "", self.people[writers[0]].affiliation, flags=re.I)
            ):
                # "The writer is a retired pharmacist.", not the signature's lines run together as a post
                self.people[writers[0]].affiliation, self.people[writers[0]].stated_in = said["post"].strip(), j + 1
            headed = [k for k in range(start, j) if self.roles[k] in ("subtitle", "title")]  # each letter under its own headline
            for k in range(start, j):  # not the editor's short line over them ('Readers respond to Saturday's feature, …')
                framing = (
                    self.roles[k] == "introduction"
                    and len(self.flat[k]) <= 200
                    and start == self.first_body
                    and "body" not in self.roles[start:k]  # (not the first letter's short second paragraph)
                )  # (none between letters)
                if start == self.first_body and headed and k < headed[-1] and self.roles[k] in (None, "body", "introduction") and is_prose(self.flat[k]):
                    self.roles[k], self.signers[k] = "introduction", ()  # the editor's lines over the first letter's headline
                elif k == start and previous and _THE_WRITER.match(self.flat[k].lstrip("([")):
                    self.roles[k], self.signers[k] = "author_bio", previous  # "The writer, a retired Foreign Service officer, …" under a letter
                elif self.roles[k] in (None, "body", "introduction") and not framing and is_prose(self.flat[k]):
                    self.roles[k], self.signers[k] = "body", writers
                elif self.roles[k] in (None, "body") and k + 1 < j and len(self.flat[k]) <= 80 and not is_prose(self.flat[k]):
                    self.roles[k], self.signers[k] = "subtitle", ()  # "Remember the abductees": the next letter's headline
            self.roles[j], self.signers[j], self.bylines[j] = "byline", writers, writers
            previous = writers
            self.sections.pop(j, None)
            self.signed_off.add(j)  # the last letter's signature too: a signature, not a card under the text
            start = j + 1
        if previous and start < self.count and _THE_WRITER.match(self.flat[start].lstrip("([")):
            self.roles[start], self.signers[start] = "author_bio", previous  # under the last letter too: its writer's

    def named_in_a_marked_note(self, i: int, surname: str, mark: str) -> list[tuple[str, str, int]]:
        """(name, post, paragraph) of each writer a note marked `mark` under paragraph `i` names in a bio of their own ('* Wei
        Chen is Senior Researcher at … Hana Yoshida is Associate Professor at …'), one of them of `surname`; none otherwise."""
        for k in range(i + 1, self.count):
            if not self.raw[k].lstrip().startswith(f"{mark} "):
                continue
            named = []
            for sentence in re.split(r"(?<=[.)])\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))", self.flat[k].lstrip(mark).strip()):
                if (name := _bio_name(sentence)) is not None and len(name.split()) >= 2:
                    found = _BIO_AFFILIATION.search(sentence)
                    named.append((name, found["what"].strip().rstrip(".") if found else "", k))
            if len(named) >= 2 and any(fold(surname) in fold(name).split() for name, _, _ in named):
                return named
        return []

    def letter_signature(self, j: int) -> str | tuple[str, ...] | None:
        """The writer a letter's signature names, under prose: 'Margaret Hollis, Katoomba' or 'Dr Margaret Ellison' over
        'Harrogate, North Yorkshire' or 'Kingston upon Thames, Surrey' (a name and a town, a post before the town at most); the writers, when two sign a name a line over their town
        ('Jonathan Reyes' / 'Priya Nandakumar' / 'Cambridge, Mass.'); None for anything else."""
        lines = [re.sub(r"^[—–-]{1,2}\s*", "", line.strip()) for line in self.paragraphs[j].strip().split("\n") if line.strip()]  # '— Frank DiMarco, …'
        for k in range(len(lines) - 1, 0, -1):
            if lines[k - 1].endswith(","):
                lines[k - 1 : k + 1] = [f"{lines[k - 1]} {lines[k]}"]  # 'Professor emeritus of political science,' / 'Chonnam …, Gwangju': one line, wrapped
        withheld = len(lines) >= 2 and _NAME_WITHHELD.fullmatch(lines[-1]) is not None
        if withheld:
            lines = lines[:-1]  # 'Min-ji, Incheon' / 'Name and address supplied': the paper knows the rest of the name, the reader sees one
        if len(lines) >= 2 and len(lines[-1]) <= 200 and _THE_LETTER_WRITER.match(lines[-1]):
            lines = lines[:-1]  # 'Lee Sang-soo' / 'Daejeon' / 'The writer is a retired high school history teacher.': the paper's line on him
        if (
            len(lines) == 4
            and self.roles[j - 1] in (None, "body", "introduction")
            and is_prose(self.flat[j - 1])
            and all(name_alone(lines[k]) for k in (0, 2))
            and all(_LETTER_TOWN.fullmatch(lines[k]) and not AFFILIATION_WORD.search(lines[k]) for k in (1, 3))
        ):
            return (name_alone(lines[0]) or "", name_alone(lines[2]) or "")  # 'Eun-ji Baek' / 'Ansan, South Korea' / 'Robert Kessling' / 'Duluth, Minn.'
        if not (1 <= len(lines) <= 3 and len(" ".join(lines)) <= 100 and self.roles[j - 1] in (None, "body", "introduction") and is_prose(self.flat[j - 1])):
            return None
        if (
            2 <= len(lines) <= 3
            and self.headed_as_letters
            and (who := name_alone(lines[0].strip()))
            and len(who.split()) >= 2
            and all(len(line) <= 120 and not is_prose(line) and not name_alone(line.strip()) for line in lines[1:])
            and re.search(r"(?:^|,\s+)(?-i:[A-Z])[\w’'.-]+(?:[ ,]+(?-i:[A-Z])[\w’'.-]+){0,3}$", lines[-1].strip())
        ):
            return who  # on a letters page, 'Col (retd) Gareth Mayhew' over his post and 'Hexham, Northumberland': a letter's signature
        name, _, place = lines[0].partition(",") if len(lines) == 1 else (lines[0], "", lines[-1])
        names = [clean_name(line) for line in (name.strip(), *lines[1:-1])]
        if len(lines) == 1 and (abroad := _SIGNED_FROM_ABROAD.fullmatch(lines[0])):
            name, place = abroad["name"], abroad["place"].split(",")[0]  # 'Lee Sang-soo (Stockholm, Sweden)': a letter from abroad
            names = [clean_name(name.strip())]
        elif len(lines) == 1 and (several := _SIGNED_TOGETHER_FROM.fullmatch(lines[0])):
            place = several["place"]  # 'Grace Hahn-Moreno, Walter Kim and Soo-ah Brennan, Tacoma': three sign it, from one town
            names = [clean_name(part) for part in re.split(r",\s+(?:and\s+)?|,?\s+and\s+", several["names"])]
        town = _LETTER_TOWN.fullmatch(place.strip())
        posted = (len(lines) == 2 or (len(lines) == 1 and "," in place)) and re.fullmatch(
            r"(?P<post>[^,]{3,80}(?:,\s+[^,]{3,80}){0,2}),\s+(?P<town>(?-i:[A-Z])[\w’'.-]+(?:[ ,]+(?-i:[A-Z])[\w’'.-]+){0,3})", place.strip()
        )
        if posted and "," in posted["post"] and not self.headed_as_letters:
            posted = None  # 'Retired captain, Republic of Korea Navy, Changwon' on a letters page; a roundtable's contributors, named so over their parts
        if (
            posted
            and AFFILIATION_WORD.search(posted["post"])
            and not AFFILIATION_WORD.search(posted["town"])
            and not _INSTITUTION_WORD.search(posted["post"])  # a person's post ('Former … inspector', 'Retired captain, Republic of Korea
        ):  # Navy'), no institution over a city (as a roundtable's contributors are named over their parts)
            town = posted  # 'Dr Hilary Gaunt' over 'Former IAEA safeguards inspector, Abingdon, Oxfordshire': her post, then her town
        elif not (town and not AFFILIATION_WORD.search(place)):
            return None
        if not all(looks_like_name(name) or (withheld and re.fullmatch(r"(?-i:[A-ZÀ-ÖØ-Þ])[a-zà-öø-ÿ’']+(?:-[a-zà-öø-ÿ’']+)?", name)) for name in names):
            return None
        return names[0] if len(names) == 1 else tuple(names)

    def writers_by_first_name_and_place(self) -> None:
        """'Hana (Tokyo): …', 'Tomás (Mexico City): …' in a text those writers sign together: each one's own paragraph, not
        a caller's question from a town (a first name before a place reads so in a phone-in)."""
        if self.interview:
            return
        writers = list(dict.fromkeys(n for i in range(self.count) if self.roles[i] == "body" for n in self.signers[i]))
        for i in range(self.count):
            turn = re.match(r"(?P<first>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)\s+\([^()\n]{2,40}\)\s*:\s", self.flat[i]) if self.roles[i] == "question" else None
            named = [n for n in writers if turn and fold(_name_words(self.people[n].name)[0]) == fold(turn["first"])]
            if len(writers) >= 2 and len(named) == 1:
                self.roles[i], self.signers[i] = "body", (named[0],)

    def letter_over_an_interview(self) -> None:
        """A newsletter whose writer argues first, then interviews a guest under a heading of its own ('FIVE QUESTIONS FOR…
        MATS ENGMAN', 'DW: …' / 'ME: …'), and signs off under both ('Until next time, / Dana Whitfield'): what stands above the
        heading is the writer's own letter, not the interview's introduction, when the writer asks the questions (the
        labels are the writer's initials) or the heading names the guest."""
        if not self.interview or self.interviewee is None:
            return
        first_question = next((i for i, role in enumerate(self.roles) if role == "question"), None)
        signed = [j for j in sorted(self.signed_off) if first_question is not None and j > first_question and self.roles[j] in ("credit", "byline")]
        if first_question is None or not signed:
            return
        sign_off = SIGN_OFF.match(self.paragraphs[signed[-1]])
        writer_name = sign_off["name"] if sign_off else None
        heading = next((h for h in range(first_question - 1, self.first_body, -1) if self.roles[h] == "subtitle"), None)
        if writer_name is None or heading is None or not looks_like_name(writer_name):
            return
        argued = [j for j in range(self.first_body, heading) if self.roles[j] in (None, "introduction", "body") and len(self.flat[j]) > 150]
        asker = next((label for i, label in self.speakers if self.roles[i] == "question"), "")
        guest = self.people[self.interviewee].name
        if len(argued) < 2 or not (fold(asker) == fold(_initials_of(writer_name)) or fold(_name_words(guest)[-1]) in fold(self.flat[heading])):
            return
        writer = self.person(writer_name)
        for j in range(self.first_body, heading):
            if (self.roles[j] in (None, "introduction", "body") and is_prose(self.flat[j])) or GREETING.match(self.flat[j]):
                self.roles[j], self.signers[j] = "body", (writer,)  # "Hi all," and the letter under it
        self.roles[signed[-1]], self.signers[signed[-1]] = "byline", (writer,)
        self.bylines[signed[-1]] = (writer,)

    def framing_what_follows(self) -> None:
        """The first paragraph, when its last sentence presents the text under it ('… The following statement reflects the
        consensus of its members.'): the publisher's framing, nobody's argument."""
        body = [i for i in range(self.first_body, self.count) if self.roles[i] == "body"]
        if len(body) >= 4 and (last := _SENTENCE_BREAK.split(self.flat[body[0]])[-1]) and _WHAT_FOLLOWS.search(last):
            self.roles[body[0]], self.signers[body[0]] = "introduction", ()

    def posts_headlines(self) -> None:
        """The headline over a post's date line and byline, in a page of several posts ('Seoul's Railway Diplomacy Is Running
        Ahead of the Tracks' / 'April 5, 2019' / 'by Han Ji-yoon'): the post's title, no one's argument."""
        for b in self.sections:
            above = b - 1
            while above > self.first_body and self.roles[above] == "dateline":
                above -= 1
            if (
                above < b - 1
                and self.roles[above] in (None, "body")
                and len(self.flat[above]) <= 150
                and not is_prose(self.flat[above])
                and not self.flat[above].endswith((".", ":"))
            ):
                self.roles[above], self.signers[above] = "title", ()

    def topic_lists(self) -> None:
        """6. Before the argument or after it, a page's topic links run together with commas: furniture, though no pattern of
        words says so."""
        argued = [i for i in range(self.count) if self.roles[i] == "body" and len(self.flat[i]) > 200]
        if not argued:
            return
        for i in [*range(argued[0]), *range(argued[-1] + 1, self.count)]:
            spaced = re.split(r"\s{3,}", self.raw[i].strip())  # 'Korean Peninsula   Russia   DPRK   Asia and Eurasia': tags set apart by spaces
            items = spaced if len(spaced) >= 3 else re.split(r", | [|·] ", _SECTION_OF_TOPICS.sub("", self.flat[i]).strip(" |"))
            dotted = len(spaced) >= 3 or len(re.findall(r" [|·] ", self.flat[i])) >= 2  # set apart by dots, a topic may have its own 'and'
            if (
                (self.roles[i] == "body" or (self.roles[i] == "subtitle" and i < argued[0]))  # the topics between the date and the text
                and (_TOPIC_LIST.fullmatch(", ".join(items)) or (dotted and all(_TOPIC.fullmatch(item) for item in items)))
                and len(items) >= 3
                and any(len(item.split()) == 1 or "-" in item for item in items)
            ):
                self.roles[i], self.signers[i] = "boilerplate", ()  # "Nuclear Proliferation, Asia-Pacific, North Korea": the page's topics

    def deks(self) -> None:
        """7. A standfirst: the publisher's one or two sentences under the header, before an argument that runs longer.

        After a byline or date line, a short paragraph the next one more than doubles; in an interview, the first of
        several paragraphs framing it, under the title. A lede that speaks ("I", "we"), greets or thanks stays the body.
        """
        if self.interview:
            first_question = next((i for i, role in enumerate(self.roles) if role == "question"), self.count)
            framing = [i for i in range(first_question) if self.roles[i] == "introduction"]
            title = next((i for i in range(framing[0] - 1, -1, -1) if self.roles[i] not in ("dateline", "caption", "credit")), None) if framing else None
            if (
                len(framing) >= 2
                and title is not None
                and self.roles[title] == "title"
                and len(self.flat[framing[0]]) <= 320
                and not _WIRE_LEAD.match(self.flat[framing[0]])
                and not _IN_THIS_ISSUE.match(self.paragraphs[framing[0]])  # "In this episode:" over its points: the box, no dek
                and not _MET_PURSUANT.match(self.flat[framing[0]])  # "The Commission met, pursuant to notice, …": the record's opening
                and not (
                    "credit" in self.roles[title : framing[0]] and "caption" in self.roles[title : framing[0]]
                )  # (under 'Interview by' and the photo: the introduction's first words)
            ):
                self.roles[framing[0]] = "subtitle"  # DW's dek under the title (and its date or photo); the introduction proper comes after
            return
        first = next((i for i, role in enumerate(self.roles) if role == "body"), None)
        above = next((self.roles[j] for j in range(first - 1, -1, -1) if self.roles[j] != "boilerplate"), None) if first else None
        if (
            first is not None
            and above == "title"
            and first + 1 < self.count
            and self.roles[first + 1] == "introduction"
            and GREETING.match(self.flat[first + 1])
            and len(self.flat[first]) <= 260
            and not FIRST_PERSON.search(self.flat[first])
        ):
            self.roles[first], self.signers[first] = "subtitle", ()  # under the title, over "Hi all, and welcome …": the issue's dek
            return
        if first is not None and _PRESENTS_BELOW.match(self.flat[first]) and all(self.roles[j] != "body" for j in range(first)):
            self.roles[first], self.signers[first] = "introduction", ()  # "The statement below was drafted by … We publish it as received."
            return
        signed_below = (
            above == "title"
            and any(self.roles[j] in ("byline", "author_bio") for j in range(first or 0, self.count))
            and not self.bylines.keys() & range(first or 0)
        )  # (or named only in the bios under it)
        # the title over it, and the writer named only under the text ('Great-Power Rivalry Is Now …' / 'The U.S.–China
        # confrontation has turned …' / … / 'CHUN Chae-sung, Professor, …'): a standfirst just as under a byline
        if (
            first is None or first + 4 > self.count or (above not in ("byline", "dateline") and not signed_below) or first in self.signed_within
        ):  # a 'View Original' link between them is nothing
            return  # nor is "Chiara Bellini writes: …" a standfirst: the writer's own first words
        if (writes := _WRITES_DEK.search(self.flat[first])) and any(
            _same_person(self.people[n].name, name) for n in self.signers[first] for name in (writes["name"], writes["other"]) if name
        ):  # "… Europe can help answer it, writes Niklas Swanstrom, director of …": the publisher's standfirst, about him
            self.roles[first], self.signers[first] = "subtitle", ()
            return
        beside = ("caption", "credit", "boilerplate")  # the page's image between the dek and the text
        after = next((j for j in range(first + 1, self.count) if self.roles[j] not in beside), first + 1)
        dek, following = self.flat[first], self.flat[after]
        header = ("title", "label", "byline", "dateline", "boilerplate", "credit", "caption", "subtitle")
        if (
            len(dek) <= 260
            and not _WIRE_LEAD.match(dek)
            and len(re.findall(r"[.!?](?:\s|$)", dek)) <= 2
            and not FIRST_PERSON.search(dek)
            and not (GREETING.match(dek) or WELCOME.match(dek) or BOX.match(dek) or _DEAR.match(dek) or re.search(r"\bthank", dek, re.I))
            and all(role in header for role in self.roles[:first])
            and self.roles[after] == "body"
            and len(following) > 2 * len(dek)
            and sum(self.roles[j] == "body" for j in range(first + 1, self.count)) >= 3
        ):
            self.roles[first], self.signers[first] = "subtitle", ()
        elif (
            not FIRST_PERSON.search(dek)
            and len(dek) <= 900
            and any(len(self.people[n].name.split()) >= 2 and fold(self.people[n].name) in fold(dek) for n in self.signers[first])
            and all(role in header for role in self.roles[:first])
            and sum(self.roles[j] == "body" for j in range(first + 1, self.count)) >= 3
        ):
            # "… Among the invited experts was Dr. Niklas Swanstrom, … EIAS publishes below a summary of his testimony": the
            # publisher, introducing its author by name, before the author's own words
            self.roles[first], self.signers[first] = "introduction", ()

    def moderator_reported(self) -> None:
        """A panel's published remarks that tell, in the third person, what its moderator did ('Prof. van der Merwe opened the
        session by recalling …', '… then asked the panellists whether …'): the event's framing and its questions, no speaker's."""
        chairs = [m["name"] for i in range(min(self.count, 12)) if self.roles[i] == "credit" and (m := _MODERATOR.match(self.paragraphs[i]))]
        surnames = {named.split()[-1] for name in chairs if (named := clean_name(RANKS.sub("", name.split(",")[0])))}
        did = r"\s+(?:then\s+)?(?:opened|asked|began|closed|invited|turned|introduced|concluded|thanked|put)\b"
        for i in range(self.count):
            if self.roles[i] == "body" and any(re.match(rf"(?:\S+\s+){{0,4}}{re.escape(surname)}{did}", self.flat[i]) for surname in surnames):
                first_sentence = _SENTENCE_BREAK.split(self.flat[i])[0]
                asks = re.search(r"\basked\b", first_sentence) and not re.search(r"\bopened\b", first_sentence)
                self.roles[i], self.signers[i] = ("question" if asks else "introduction"), ()

    def editor_over_a_guest_essay(self) -> None:
        """A newsletter's editor handing over to a guest ('Good morning. This week's guest essay is by Dr. Ananya Raghavan, …')
        over the essay's own label, title and byline: the editor's introduction, not the guest's words, and the short line over
        the title ('GUEST ESSAY') its label."""
        title = next((i for i, role in enumerate(self.roles) if role == "title"), None)
        if title is None or self.interview:
            return
        named = {fold(self.people[n].name) for j, group in self.bylines.items() if j > title for n in group if len(self.people[n].name.split()) >= 2}
        for i in range(title):
            if self.roles[i] == "body" and named and any(name in fold(self.flat[i]) for name in named):
                self.roles[i], self.signers[i] = "introduction", ()
                if self.roles[title - 1] == "subtitle" and is_label(self.flat[title - 1], self.flat[title]):
                    self.roles[title - 1] = "label"
        first = next((i for i in range(title + 1, self.count) if self.roles[i] == "body"), None)
        host = _SIGNED_FIRST_NAME.search(self.flat[first]) if first is not None else None
        if host and any(name in fold(self.flat[first]) for name in named) and fold(host[1]) not in {w for name in named for w in name.split()}:
            self.roles[first], self.signers[first] = "introduction", ()  # "… So I asked Mats Engman … to write for us. — Alex", under his byline

    def posted_over_a_guest(self) -> None:
        """A blog's 'Posted by Peter Hallam on 24 September 2018' (or 'Posted on March 12, 2019 by Editorial Team') over a guest's
        byline ('By Mats Engman, …', 'Sangsu Lee and Hanna Korhonen'), the host's note between perhaps: the host posts it, on
        that day, and the guest writes it; the line is the post's date, the note the host's introduction."""
        for i in range(min(self.count, 12)):
            if self.roles[i] != "byline" or not _POSTED_BY_ON.match(self.flat[i]):
                continue
            guest = next((j for j in range(i + 1, min(i + 4, self.count)) if self.roles[j] == "byline"), None)
            if guest is None or not set(self.bylines.get(i, ())).isdisjoint(self.bylines.get(guest, ())):
                continue
            poster = set(self.bylines.pop(i))
            self.roles[i] = "dateline" if date_within(self.flat[i]) else "credit"  # 'Posted by Greg Tanaka-Bell · 3 Comments', its day above
            for j in range(i + 1, guest):
                if self.roles[j] == "body":
                    self.roles[j], self.signers[j] = "introduction", ()
            for j in range(guest + 1, self.count):
                if poster & set(self.signers[j]) and set(self.signers[j]) - poster:
                    self.signers[j] = tuple(n for n in self.signers[j] if n not in poster)  # the guests', not the host's too
            return

    def about_the_issuer(self) -> None:
        """'About the Coalition' under a statement the Korea Peace Treaty Coalition issued, over what it is and its members a line
        each: the issuer's bio, not more of its statement."""
        for i in range(1, self.count - 1):
            about = re.fullmatch(r"about (?:the|this|our) ([\w’'-]+)", self.flat[i], re.I)
            issuers = [n for n, person in enumerate(self.people) if about and fold(about[1]) in fold(person.name).split()]
            if not issuers or self.roles[i - 1] not in ("body", "boilerplate", "disclaimer", "subtitle"):
                continue
            self.roles[i], self.signers[i] = "author_bio", (issuers[0],)
            for j in range(i + 1, self.count):
                if self.roles[j] not in ("body", "caption", "subtitle", None) or len(self.flat[j]) > 600:
                    break
                self.roles[j], self.signers[j] = "author_bio", (issuers[0],)
            return

    def debaters_presented(self) -> None:
        """'Arguing yes this week is Maj. Gen. (ret.) Mats Engman, …. Arguing no is Rachel Okafor, …' over a debate whose parts
        each of them signs: the publication presenting its writers by name, no one's argument (a paragraph all of them write
        names none of them so)."""
        parts = {i: n for i, n in self.sections.items() if i > self.first_body}
        writers = set(parts.values())
        if len(writers) < 2:
            return
        for i in range(min(parts)):
            if self.roles[i] == "body" and set(self.signers[i]) == writers and all(fold(self.people[n].name) in fold(self.flat[i]) for n in writers):
                self.roles[i], self.signers[i] = "introduction", ()

    def together_again(self) -> None:
        """Two writers who each take a paragraph under their own name ('Lee: …', 'Wang: …') and then write 'We end where we
        began.': the paragraph in the first person plural after their turns is both of theirs again."""
        both = next((group for group in self.bylines.values() if len(group) >= 2), None)
        if both is None:
            return
        for i in range(1, self.count):
            turn = re.match(r"([A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+):\s", self.flat[i - 1])
            if (
                self.roles[i] == "body"
                and len(self.signers[i]) == 1
                and self.signers[i][0] in both
                and turn
                and any(fold(turn[1]) in _name_words(self.people[n].name) for n in both)
                and re.match(r"(?:we|our)\b", self.flat[i], re.I)
            ):
                self.signers[i] = tuple(both)

    def quoted_at_length(self) -> None:
        """A reply's block quotation of the essay it answers, a paragraph in quotation marks under 'Ashdown's central claim
        deserves to be quoted in full:': the quoted writer's words (the Rebecca Ashdown the text names), not the replier's."""
        for i in range(1, self.count):
            quoted = self.flat[i].strip()
            run = [i]  # a quotation of several paragraphs, each opening with its mark and only the last closing
            while (
                not re.search(r"[”\"][.)\d\s]*$", self.flat[run[-1]].strip())
                and run[-1] + 1 < self.count
                and self.roles[run[-1] + 1] == "body"
                and self.flat[run[-1] + 1].lstrip("> ").startswith(("“", '"'))
            ):
                run.append(run[-1] + 1)
            if (
                self.roles[i] != "body"
                or not quoted.lstrip("> ").startswith(("“", '"'))
                or not re.search(r"[”\"][.)\d\s]*$", self.flat[run[-1]].strip())
                or not self.flat[i - 1].rstrip().endswith(":")
                or not re.search(r"\b(?:quoted?|quoting|passages?|claims?|arguments?|essay|article|writes|wrote|argues|argued)\b", self.flat[i - 1], re.I)
            ):  # not '… the state news agency said:' over a statement: what one writer set out, quoted by the one who answers
                continue
            named = {
                whole
                for p in self.flat
                for whole in _CAPITALIZED_NAME.findall(p)
                if looks_like_name(whole) and re.search(rf"\b{re.escape(whole.split()[-1])}(?:[’']s)?\b", self.flat[i - 1])
            }
            opening = {whole for whole in named if re.search(rf"(?:^|[.!?]\s+){re.escape(whole)}\b", self.flat[i - 1])}
            named = opening or named  # 'Dale Brunner spent 22 years in the Army, … at Camp Casey …': the one a sentence opens with
            if len(named) == 1 and fold(quoted_writer := named.pop()) not in {fold(writer.name) for writer in self.bylined_people()}:
                for j in run:  # not the text's own writer quoting himself; a reader's letter quoted over three paragraphs, all of it
                    self.signers[j] = (self.person(quoted_writer),)

    def bylined_people(self) -> list[Signer]:
        """The people the bylines and sections name: the text's writers."""
        return [self.people[n] for group in (*self.bylines.values(), *((n,) for n in self.sections.values())) for n in group]

    def signed_under_headings(self) -> None:
        """A part under its heading signed at its foot ('II. Tokyo hears the speech differently' … '— Yuki Tanabe'), in a text
        whose other parts are signed at their heads ('By Mats Engman'): the paragraphs from the heading to the signature are
        the signer's, not the writer's of the part before."""
        for i in range(1, self.count):
            if self.roles[i] != "byline" or len(self.signers[i]) != 1 or not re.match(r"[—–]", self.raw[i].strip()):
                continue
            part = []
            j = i - 1
            while j > 0 and self.roles[j] == "body":
                part.append(j)
                j -= 1
            if part and self.roles[j] == "subtitle" and any(self.signers[k] != self.signers[i] for k in part) and len({self.signers[k] for k in part}) == 1:
                for k in part:
                    self.signers[k] = self.signers[i]

    def asides(self) -> None:
        """One writer's aside in a text by two ('A note from Jae-won in Seoul: …'): that writer's words alone; so too the part
        under a heading 'Postscript from Min-seo', to her signature ('- Min-seo') or the end of the argument."""
        for i in range(self.count - 1):
            headed = _POSTSCRIPT_HEAD.fullmatch(self.flat[i]) if self.roles[i] in (None, "subtitle", "body") else None
            if not headed:
                continue
            part = []
            for j in range(i + 1, self.count):  # the paragraphs that follow it, to the signature or the next thing not the argument
                if signed := _FIRST_NAME_SIGNATURE.fullmatch(self.raw[j].strip()):
                    if part and fold(signed.group(1)) == fold(headed["first"]) and self.roles[j] in (None, "body", "subtitle"):
                        self.roles[j] = "byline"  # '- Min-seo': her signature under it
                        part.append(j)
                    break
                if not (self.roles[j] == "body" and len(self.signers[j]) >= 2):
                    break
                part.append(j)
            one = [n for n in (self.signers[part[0]] if part else ()) if fold(headed["first"]) in _name_words(self.people[n].name)]
            if len(one) != 1:
                continue
            self.roles[i] = "subtitle"
            for j in part:
                self.signers[j] = (one[0],)
        for i in range(self.count):
            aside = _ASIDE.match(self.flat[i]) if self.roles[i] == "body" and len(self.signers[i]) >= 2 else None
            if aside:
                one = [n for n in self.signers[i] if fold(aside["first"]) in _name_words(self.people[n].name)]
                if len(one) == 1:
                    self.signers[i] = (one[0],)

    def spelled_as_known(self) -> None:
        """A bio that gives a writer's name in a known author's spelling too ('Jeon Jae-seong (Chun Chae-sung) is a professor
        …'): the text says they are one, so the writer goes by the known spelling, and is no new author on a likeness."""
        for i in range(self.count):
            if self.roles[i] != "author_bio":
                continue
            for also in _ALSO_SPELLED.finditer(self.flat[i]):
                if not any(romanized(known) & romanized(also["alt"]) for known in self.known_names):
                    continue
                for person in self.people:
                    if romanized(person.name) & romanized(also["name"]) or fold(person.name) == fold(also["name"]):
                        person.name = also["alt"]

    def summary_heads(self) -> None:
        """8. A summary's heading alone ('EXECUTIVE SUMMARY') goes with the block under it: over the publisher's summary box it
        is the box's, over the argument's first section a heading."""
        for i in range(self.count - 1):
            if self.roles[i] == "subtitle" and _SUMMARY_HEAD.fullmatch(self.flat[i].strip("*_ ")) and self.roles[i + 1] == "introduction":
                self.roles[i], self.signers[i] = "introduction", ()
            elif (
                self.roles[i] in ("subtitle", "introduction")
                and (_SUMMARY_HEAD.fullmatch(self.flat[i].strip("*_ ")) or _POINTS_HEAD.fullmatch(self.flat[i].strip("*_ ")))
                and i < self.count / 3
            ):  # or 'Key Findings' alone over its paragraphs, each a finding
                # 'Executive Summary' over a paragraph or two, then 'Introduction' and the argument: the summary is the box's
                block = list(itertools.takewhile(lambda j: self.roles[j] != "subtitle", range(i + 1, self.count)))
                prose = [j for j in block if self.roles[j] == "body"]
                after = block[-1] + 1 if block else i + 1
                if (
                    1 <= len(prose) <= 3
                    and all(self.roles[j] in ("body", "boilerplate") for j in block)
                    and after + 1 < self.count
                    and self.roles[after] == "subtitle"
                    and self.roles[after + 1] == "body"
                    and sum(self.roles[j] == "body" for j in range(after, self.count)) >= max(5, 2 * len(prose) + 1)  # the paper argued at length after it
                ):
                    self.roles[i], self.signers[i] = "introduction", ()
                    for j in prose:
                        self.roles[j], self.signers[j] = "introduction", ()

    def reading(self) -> Reading:
        final = [role or "body" for role in self.roles]
        # The authors are the people who write a body passage: one named only on a byline or a sign-off ("Until next week, Dan"
        # beside Daniel Kessler's argument; 'Proof Committee Hansard' read as a name) writes nothing, and `korea check` refuses them.
        first_body = {}
        for i, (role, group) in enumerate(zip(final, self.signers, strict=True)):
            for n in group if role == "body" else ():
                first_body.setdefault(n, i)
        top = self.bylines.get(min(self.bylines)) if self.bylines and min(self.bylines) <= self.first_body else ()
        # the byline's writers as it names them, then the others in the order they write (the first letter's writer first)
        used = sorted(first_body, key=lambda n: (top.index(n) if n in top else len(top), first_body[n], n))
        renumber = {old: new for new, old in enumerate(used)}
        signers = [tuple(renumber[n] for n in group if n in renumber) for group in self.signers]
        for i, role in enumerate(final):
            if role == "byline" and re.fullmatch(r"by", self.flat[i], re.I) and i + 1 < self.count and final[i + 1] == "byline":
                signers[i] = signers[i + 1]  # "by" alone, over the name: the same writer's byline
            if role in ("byline", "author_bio") and not signers[i]:
                # it names someone who writes none of the argument; 'Posted on 18 September 2024 by NAM Editors' says when
                posted = role == "byline" and re.match(r"(?:posted|published)\b", self.flat[i], re.I)
                final[i] = "dateline" if posted and dateline(re.sub(r"\s+by\s+.+$", "", self.flat[i], flags=re.I)) else "credit"
        for n in used:
            self.people[n].name = _as_written(self.people[n].name, self.flat)
        return Reading(final, signers, [self.people[n] for n in used], self.date, self.notes)


_SHOUTED = re.compile(r"(?=[^a-z]*$)(?=.*[A-Z]{2})[^.!?]{3,60}")
_TOPIC_RUN = re.compile(r"(?:(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[a-z][\w’'-]*))?\s+){3,14}(?-i:[A-Z][\w’'-]*)")
"""Four to fifteen capitalized words and nothing else (a tag's second word may be in lower case: 'Nuclear weapons'), after
the argument: the page's topic links, their gaps folded away."""
_TOPIC = re.compile(r"[A-Z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,3}")
"""One topic link: 'Security', 'Asia and Eurasia'."""
_TOPIC_LIST = re.compile(
    r"(?!.*\b(?:and|or)\b)[A-Z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,3}(?:, [A-Z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,3}){2,}"
    r"|(?:[A-Z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,3}, ){3,}[A-Z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,3}"  # four or more: '…, Proliferation and Nuclear Policy'
)
"""A page's topic links under the header, run together with commas ('Nuclear Proliferation, Asia-Pacific, North Korea'): no
sentence, no names joined by 'and'."""
_SIGNED_PART = re.compile(
    r"^(?:postscript|p\.\s?s\.|addendum|afterword|a dissent|dissent|a (?:note|word) of dissent|a rejoinder)\s*[,:—–-]\s*by\s+"
    r"(?P<name>(?:(?:Dr|Prof|Professor)\.?\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3}))\s*$",
    re.I,
)
"""'POSTSCRIPT, by Kenji Watanabe': one co-author's part after the joint text."""
_AUTHORS_HEADING = re.compile(r"(?:the )?(?:authors?|contributors?|written by)\s*:?", re.I)
"""'Authors', alone over the names a page's sidebar lists."""
_TAGGED_CHAIR = re.compile(
    r"(?P<name>[^()\n:]{4,60}?)\s*(?:\((?:moderator|chair(?:man|woman|person)?|host|presenter)\)\s*(?:$|\n|,)"
    r"|\n\s*(?:moderator|chair(?:man|woman|person)?|host)\b\s*(?:[;,:—–-]|$))",
    re.I,
)
"""'Karen Whitlock (moderator)' over her post, or 'Mr. Daniel Whitcombe' over 'Moderator; Senior Editor, …', in a list of
participants: the one who asks."""
_DESK_MAILBOX = (
    r"(?:opinions?|op-?ed|letters?|editors?|editorial|news|newsdesk|desk|info|contact|press|media|comms|communications|webmaster|admin|"
    r"subscriptions?|subscribe|support|help|feedback|tips|hello|office|events?|enquiries|inquiries|general|mail|secretariat)\d*"
)
"""The local part of a publication's own mailbox ('opinion@…', 'letters@…'), no reporter's."""


_RESPONDS = re.compile(r"\b(?:responds|replies|writes back)\s*:?$", re.I)
"""'Amelia Cho responds:': the reply's byline, under the letter it answers."""
_PRESENTS_AN_EXCHANGE = re.compile(
    r"\bin (?:our|the|its) (?:[\w ]{2,20} )?issue\b|\b(?:argued|wrote|proposed)\b|\bwe (?:publish|present|print)\b|\b(?:letter|response|exchange)\b", re.I
)
"""'In our Winter 2020 issue, Amelia Cho … argued … Jonathan Reiss writes in response': the page presenting the exchange."""


_NAME_COLON_TITLE = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'.-]+(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'.-]+){1,3}):\s+(?P<title>(?-i:[A-Z])[^.!?:;\n“”\"]{5,100})"
)
"""'Mats Engman: Start with the armistice, not the treaty': a roundtable's part headed by its writer's whole name and its title."""


_SIDE_PREFIX = re.compile(r"(?:\[(?:point|counterpoint|pro|con)\]|(?:point|counterpoint|pro|con|yes|no)\s*:)\s*\S", re.I)
"""'COUNTERPOINT: Paying for a freeze …', '[COUNTERPOINT] Words without …', 'NO: Acceptance would reward …': one side's heading in a
point/counterpoint or a debate."""
_CO_WRITTEN = re.compile(
    r"\b(?:this|the) (?:article|essay|piece|column|op-?ed|commentary|analysis) (?:was|is) co-?(?:written|authored) (?:with|by) "
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3}))(?:,\s+(?:an?\s+|the\s+)?(?P<post>[^.]{3,160}))?",
    re.I,
)
"""'This article was co-written with Jeong Min-seo, a doctoral candidate …': a co-writer only the bio names."""
_DEBATE_PART = re.compile(
    r"(?i:(?:opening|closing|final|first|second|concluding)(?: (?:statements?|remarks|arguments?))?|rebuttals?|summation)"
    r"(?:,?\s+(?i:(?:for|against) the motion|for|against|pro|con))?\s*(?:[:—–]|--)\s*(?P<name>[^:\n]{4,80})"
    r"|(?i:dissenting (?:view|opinion|note|statement)|(?:a )?dissent|additional (?:views?|comments?)|separate (?:view|opinion))\s+(?i:of|by|from)\s+(?P<one>[^:\n]{4,60})"
)
"""'Opening statement, for the motion: Mikhail Sorokin', 'Rebuttal — Yoon Ha-jin': a debate's part, headed with its speaker;
'Dissenting View of Seo Dong-hyun': one member's part of a group's report."""
_FIRST_NAME_SIGNATURE = re.compile(r"[—–-]{1,2}\s*((?-i:[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž’'-]{2,20}))")
"""'— Hanna' under a section: its writer, by the first name."""
_BY_AT_THE_END = re.compile(r"[.!?]\s+[Bb][Yy]\s+(?P<name>(?:(?:Dr|Prof)\.?\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3}))\s*$")
"""'… says a former diplomat. By Benjamin Teo': a dek that ends with its writer's byline."""
_WRITES_IN_FIRST_WORDS = re.compile(
    r"(?:(?:Dr|Prof|Professor|Ambassador|General)\.?\s+)?(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3}))\s+writes\s*[:—–]\s+\S"
)
"""'Chiara Bellini writes: Sunday's meeting …': a column that names its writer in its first words."""
_NOT_SPEAKERS = frozenset(
    {
        *("copyright", "source", "sources", "note", "notes", "photo", "image", "update", "updated", "correction", "disclaimer", "tags", "topics"),
        *("keywords", "summary", "abstract", "synopsis", "background"),
    }
)
"""Words a page sets before a colon that name no one who speaks ('Copyright: …', 'Source: …', 'Correction: …', an oral
history's 'Summary: Major General (retired) Mats Engman, who …')."""
_WIRE_PLACE = re.compile(r"[A-Z]{3,}(?: [A-Z]{3,}){0,2}")
"""'SINGAPORE', 'HONG KONG': a wire story's place before its first words, in capitals and a colon, as a speaker's label looks."""
_SIDE_WORD = re.compile(r"(?:for|against)(?: the motion)?|pro|con|yes|no|proposition|opposition|affirmative|negative", re.I)
"""A side of a debate, as a debater's label gives it: 'Marchetti (For)'."""
_DEBATE_SIDE = re.compile(
    r"(?i:proposition|opposition|the case for|the case against|(?:(?:proposing|opposing|speaking for|speaking against|for|against)(?: the motion)?)|pro|con|yes|no|affirmative|negative)\s*[:—–]\s*(?P<name>.{4,200})"
    r"|(?P<before>[^()\n]{4,60}?)\s*[(\[]\s*(?i:(?:arguing |speaking )?(?:for|against) the motion|pro|con|yes|no|proposition|opposition)\s*[)\]]"
)
"""'Proposition: Major General (ret.) Mats Engman', 'Against — Dr Hannah Lowe', 'Yelena Markova (for the motion)': whose side
of a debate follows."""


def _debater(side: str) -> tuple[str, str]:
    """The name and post a debate's side line gives ('Dr. Yelena Voronova, Senior Researcher, …'): the post only when it reads
    as one."""
    name, _, post = side.partition(", ")
    return clean_name(name), post.strip() if AFFILIATION_WORD.search(post) else ""


_SIGNATORIES_ALONE = re.compile(r"(?:additional |other )?(?:signatories|co-?signers|signed by|endorsed by|endorsements)\s*:?", re.I)
"""'SIGNATORIES' alone over the lists of those who endorse an open letter (`_SIGNATORIES_HEAD` over the names on its line)."""
_TEAM_MEMBER = re.compile(
    r"(?:(?:Dr|Prof|Mr|Ms)\.?\s+)?(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+){1,3})\s+[—–-]{1,2}\s+"
    r"(?P<post>[^.\n]{3,120})\.\s+(?P<part>[^\n]{3,200})"
)
"""'Dr. Anneliese Park — Director, Korea Program. Lead author; overall argument …': a team member, her post, and her part."""
_NAME_SIGNATURE = re.compile(r"[—–-]{1,2}\s*(?P<name>[^,\n]{4,60}?)(?:(?:,\s*|\s*\n\s*)(?P<post>.{3,200}))?")
"""'— Yang Hye-won, research fellow at the Korea Institute for National Unification' under a contribution: its writer (the
post on the signature's second line too)."""
_INITIALS_LABEL = re.compile(r"(?:[A-Z]\.?){2,3}")
"""A speaker's label of initials: 'NMC:', 'BH:', 'I.S.:'."""
_INITIALS = r"(?-i:[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?)"
"""Two or three initials with their full stops: 'N.S.', 'J. H. K.'."""
_INLINE_INITIALS = re.compile(rf"[.!?”\"’']\s*[—–-]{{1,2}}\s*({_INITIALS})\s*$")
"""'… with verification built in. —N.S.': a part's last paragraph, signed at its end with its writer's initials."""
_INITIALS_LEGEND = re.compile(rf"(?P<initials>{_INITIALS})\s*[—–:-]\s*(?P<name>[^,]{{4,60}}),\s*(?P<post>.{{3,240}})")
"""'N.S. — Niklas Swanstroem, director of the Institute …': under the parts, who the initials that sign them are."""
_BARE_INITIALS = re.compile(r"((?-i:[A-Z]\.\s?(?:[A-Z](?:['’][A-Z])?\.\s?){1,2}))")
"""'C.C.', "M.O'D." alone under a contribution: its writer, when a contributors' box gives the initials a name."""
_LEGEND_LINE = re.compile(
    r"(?P<initials>(?-i:[A-Z]\.\s?(?:[A-Z](?:['’][A-Z])?\.\s?){1,2}))\s*[—–:-]\s*(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'. -]{2,50}?)(?:,|\s+(?:is|was|serves|teaches|heads|leads|directs)\b)"
)
"""A contributors' box's line: 'C.C. — Chun Chae-sung is Professor …', 'N.S. — Niklas Swanström, director of …'."""
_INITIALS_SIGNATURE = re.compile(rf"[—–-]{{1,2}}\s*({_INITIALS}|(?-i:[A-Z]{{2,3}}))")
"""'— N.S.', '— YP' under a section: its writer, by the initials of a name the text gives."""
_CITATION_LINE = re.compile(r"(?P<name>[^.;:]{4,60}?)\.\s+(?P<publication>[^;]{3,100});\s+[^.]{2,60}\.\s+(?P<date>[^:]{6,30}?)(?::\s*[\d-]+)?\.?")
"""'Brenner, Katrin. Handelsblatt Global Edition; Düsseldorf [Düsseldorf]. 30 Apr 2018.': who, where and when, as ProQuest cites it."""
_SIGNED_FIRST_NAME = re.compile(r"[.!?”\"’']\s*[—–]\s?((?-i:[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž’'-]{1,20}))\s*$")
"""'… to walk again. — Sam': a paragraph signed at its end with one writer's first name."""
_BOARD_BIO = re.compile(
    r"(?:unsigned )?editorials (?:are|represent|reflect) the (?:opinions?|views?|positions?|voice) of (?:the )?[^.]{0,80}\beditorial board\b", re.I
)
"""'Editorials are the opinion of the Puget Sound Ledger editorial board, which …': the board's own line about itself."""
_EDITORS_WRITES = re.compile(
    r"(?:to the editors?\s*)?\(?\s*(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3}))\s+writes\s*\)?\s*:?", re.I
)
"""'To the Editors (Marcus Feld writes):': the writer of a letter to a journal, over it."""
_INITIALS_SIGN_OFF = re.compile(rf"(?P<closing>[^\n]{{2,40}},\s*\n\s*)?(?:[—–-]\s*)?(?P<first>{_INITIALS})(?:\s*(?:&|and)\s*(?P<second>{_INITIALS}))?")
"""'Until next week, / J.H. & M.T.': a sign-off by initials, whose names the text gives elsewhere."""
_REPORT_OF = re.compile(
    r"(?:(?:note|report) (?:by|of) the )(?:special rapporteur|independent expert|special envoy|high commissioner|secretary-general|special representative)"
    r"\b[^\n]{0,220},\s+(?P<name>[^,\n]{4,60}?)\s*\**",
    re.I,
)
"""'Report of the Special Rapporteur on the situation of …, Arturo Benavides Lozano*': the mandate holder, after the mandate."""
_SESSION_LINE = re.compile(r"(?:[\w-]+\s+)?(?:regular\s+|special\s+)?session|agenda items?\s+\d+(?:\s*\([a-z]\))?(?:\s+and\s+\d+)?", re.I)
"""'Fifty-fifth session', 'Agenda item 4': a line of a UN document's head, saying where it was put before the body."""
_TESTIMONY_HEAD = re.compile(r"(?:written\s+|prepared\s+)?(?:testimony|statement)\s+(?:before|to)\s+(?:the\s+)?(?-i:[A-Z])[^.!?]{5,110}$", re.I)
"""'Testimony before the United States Senate Committee on Foreign Relations': a hearing's witness statement, said at its head."""
_PRESENTS_THE_PIECE = re.compile(
    r"(?:from the editors?|(?:the )?editor[’']?s[’']? (?:introduction|preface|foreword|welcome)|(?:an? )?(?:introduction|word) from the editors?)\s*[:—–-]\s*\S"
    r"|(?:the following|this) (?:joint |open )?(?:statement|letter|declaration|appeal) (?:was|is|has been) (?:drafted|written|prepared|issued|agreed|adopted)\b"
    r"|in (?:our|this|the) (?-i:[A-Z])[\w ’'-]{1,40} series,\s"
    r"|(?-i:[A-Z])[^.]{2,60}\s(?:asked|invited|commissioned)\s(?:\w+\s+){0,4}?(?:researchers|contributors|experts|scholars|analysts|writers|specialists)\b"
    r"[^.]{0,300}\.\s+(?:their|his|her) (?:analysis|analyses|essay|answers|responses|reflections|commentary|article|piece|contributions?|views?) follows?\.$"
    r"|\[?we[’']?re (?:cross-?posting|republishing|reposting|reprinting|sharing) this (?:brief|article|essay|piece|commentary|paper|post)\b",
    re.I,
)
"""'From the editor: …', 'Editor’s introduction — …', 'The following statement was drafted by participants in …', 'In our
Correspondence series, two scholars …', '[We’re cross-posting this brief from …]': the publication presents the piece that
follows ('Al-Mirsad invited three researchers … to consider …. Their analysis follows.'); a correction is an editor's note
(`EDITORS_NOTE`)."""
_PUT_TO_EACH = re.compile(
    r"(?:we|i) (?:asked|put to) (?:each of (?:them|our \w+)|them all|all (?:three|four|five|six) of them|our (?:contributors|panel|experts))\s*:\s+\S", re.I
)
"""'We asked each of them: What …?': the question a round table's contributors each answer, set apart over their parts."""
_FRAMING = re.compile(
    r"\b(?:we|I|(?-i:[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4}))\s+(?:asked|invited|(?:put|posed)\s+(?:\w+\s+){0,3}?questions?\s+to)\s+(?:\w+\s+){0,4}?"
    r"(?:contributors|experts|observers|analysts|scholars|specialists|commentators|writers|voices|respondents|practitioners|people|guests)\b",
    re.I,
)
"""'… Continental Review invited three contributors to respond', 'we asked four experts', 'we put a single question to three
contributors': a symposium's framing by its publisher."""
_FIRST_NAMES_SIGNATURE = re.compile(r"[—–-]{1,2}\s*((?-i:[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž’'-]{2,20}))\s*(?:&|and)\s*((?-i:[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž’'-]{2,20}))")
"""'— Hannah & Jae-won': two writers, by their first names."""
_INITIALLED = re.compile(
    r"[—–-]{1,2}\s*(?P<first>[A-Z](?:[a-z]?[A-Z]){1,3}|(?:[A-Z]\.\s?){2,4})(?:\s*(?:&|and)\s*(?P<second>[A-Z](?:[a-z]?[A-Z]){1,3}|(?:[A-Z]\.\s?){2,4}))?\s*$"
)
"""'… — LSH', '… — LSH & ZJ', '… — N.M.C.', '… - AdV' (Anneke de Vries), '-- HK & DP': a paragraph of a written dialogue, or
a section's last, signed with its writers' initials."""
_COMMENTS_HEAD = re.compile(r"\d{1,5}\s+(?:comments?|responses?|replies)\s*:?|comments?\s*\(\d{1,5}\)\s*:?", re.I)
"""The head of a page's comments, counting them: '18 Comments', '2 comments:', 'Comments (3)' (not a newsletter's 'Leave a comment' button)."""
_BOX_HEAD = re.compile(r"(?:q\s?&\s?a|q and a|(?:three|four|five) questions|ask the expert)\b", re.I)
"""The head of a Q&A box inside a column: 'Q&A | ‘Moscow sees Pyongyang as a supplier, not an ally’'."""
_REVIEWED_BOOK = re.compile(
    r"[^.,]{4,60},\s+.{4,200}?\.\s+[\w .,’'-]{2,40}:\s+[^.]{2,80}?(?:press|publishers?|books|verlag|éditions|publishing)\b[^.]{0,20},?\s+(?:19|20)\d\d\.(?:\s+[\w +]{1,20}\s*pp\.)?.{0,80}",
    re.I,
)
"""A review's head: the book under review as a library cites it ('Kenji Okabe, The Sanctions Trap. Ithaca, NY: Cornell University
Press, 2023. xiv + 296 pp.')."""
_SIGNED_UNDER = re.compile(
    r"(?:(?:reviewed by|review by|contributor|entry by)\s*:?\s+|[—–]{1,2}\s*(?=[^,\n]{4,60},\s))(?P<name>[^,\n]{4,60}?)(?:,\s+(?P<post>.{3,200}))?", re.I
)
"""What signs a text under it that no byline signed: a review's 'Reviewed by …', an encyclopaedia's 'Contributor: …, post',
a post's '— Artyom Zhuravlev, Vladivostok'."""
_POSTED_BY_ON = re.compile(r"(?:posted|published) (?:by [\w .’'-]{2,60}? (?:on|[·|])|on [^|·]{6,40}? by) (?=\S)", re.I)
"""A blog's 'Posted by Peter Hallam on 24 September 2018 · 6 comments', 'Posted on March 12, 2019 by Editorial Team': who
posted it, and when (or 'Posted by Greg Tanaka-Bell · 3 Comments', the day on a line of its own)."""
_POSTED_BY_AT = re.compile(r"posted by (?P<name>[\w .’'-]{2,60}?) (?:at|on) \d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?", re.I)
"""Blogger's line under a post: 'Posted by Tian Haoran at 11:26 PM'."""
_SIGNED_NAME = re.compile(r"[.!?”’\"]\s+[—–]\s*((?-i:[A-ZÀ-ÖØ-Þ][\w’'.-]+)(?:\s(?-i:[A-ZÀ-ÖØ-Þ][\w’'.-]+)){1,3})\s*$")
"""'… should speak to that. — Hoang Minh Tuan': a paragraph its writer signs with the whole name."""
_AUTHORS_NOTE = re.compile(r"(?:a )?(?:note from the authors?|authors?[’']?s?[’']? note|a note on (?:sources|methods?))\s*[:.—–-]", re.I)
"""'Authors' note: This paper draws on …': what the authors say of their sources, no argument."""
_SECTION_OF_TOPICS = re.compile(r"^(?-i:[A-Z][\w’'-]*)(?: (?-i:[A-Z][\w’'-]*)){0,2} [|·] ")
"""'Commentary | ' before a page's topic links: the section they are filed under."""
_TOGETHER = re.compile(r"\b(?:where we (?:agree|differ|disagree)|we (?:both|all|agree|disagree)\b|both of us)\b", re.I)
"""'Where we agree' / 'Both of us think …': co-authors who wrote apart now write as one."""
_WIRE_LEAD = re.compile(r"^[A-Z][A-Z .’'-]{2,30},\s+\S")
"""'STOCKHOLM, Oct. 8 (Yonhap) -- …': a news agency's lead, its place in capitals: the report's first paragraph, no dek."""
_LEAD_DATE = re.compile(r"^(?P<line>[A-Z][A-Z .’'-]{2,30},\s+[^—–./]{6,30}?)(?:\s+[—–-]{1,2}\s+|\.\s+/[^/\n]{2,40}/\.?\s+)\S")
"""A wire's lead: 'ABERDALE, 9 May 2019 — International sanctions …', 'MOSCOW, December 21, 2021. /Eurasia Today/. North Korea …'."""


def _credits_a_line(paragraph: str) -> bool:
    """Credits one under another ('Interviewer: Moriyama Kenta (Editorial Board)' / 'Translated from the Japanese by Itō
    Haruka'): each line one, the paragraph a credit, though read whole it is none."""
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    credits = [bool(len(line) <= 150 and CREDIT.match(line)) for line in lines]
    staff = [bool((post := _STAFF_LINE.fullmatch(line)) and looks_like_name(clean_name(post["name"]))) for line in lines]
    if 2 <= len(lines) <= 6 and all(staff):
        return True  # 'Executive Director: Henrik Vestergaard' / 'Program Director, Asian Security: Louise Aagaard' / …: the institute's staff
    return 2 <= len(lines) <= 4 and any(credits) and all(credit or _RAPPORTEUR.match(line) for credit, line in zip(credits, lines, strict=True))


_STAFF_LINE = re.compile(
    r"(?:[\w’'&-]+\s+){0,3}(?:director|assistant|editor|coordinator|manager|officer|designer|associate|producer|president)(?:,\s+[^:\n]{2,40})?\s*:\s*"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[^:,()\n]{3,50})",
    re.I,
)
"""'Program Director, Asian Security: Louise Aagaard': a post and who holds it, a line of a report's staff credits."""
_RAPPORTEUR = re.compile(r"rapporteurs?\s*:\s*(?-i:[A-Z])[^.?!\n]{3,150}$", re.I)
"""'Rapporteur: Ishaan Gupta, Research Associate, CIPSS' under the chair's credit: a credit too (alone, over a report, its byline)."""


def _name_over_tagline(paragraph: str) -> bool:
    """A newsletter's name over its tagline, in one paragraph at the top ('PENÍNSULA' / 'The Koreas, seen from the Southern
    Cone'): its masthead, not a title over its dek (a dek says something: it ends as a sentence does)."""
    first, *rest = lines = [line.strip() for line in paragraph.strip().split("\n")]
    # its furniture aside: 'Revista de análisis sobre Asia-Pacífico | English edition' / 'Leer en español' (but 'OPINION & ANALYSIS' /
    # 'Reading time: 5 min' is a label over a line of furniture, read as one)
    kept = [kept for line in rest if not is_boilerplate(line) and (kept := " | ".join(p for p in line.split(" | ") if not is_boilerplate(p)))]
    lines = [first, *kept] if kept else lines
    return (
        len(lines) == 2
        and len(lines[0].split()) <= 3
        and not lines[0].endswith((".", "!", "?", ":"))
        and len(lines[1]) <= 60
        and not lines[1].endswith((".", "!", "?"))
        and not is_headline(lines[1])
    )


def _bio_with_credit(paragraph: str) -> bool:
    """A bio that ends with the page image's credit ('Mats Engman is a … at ISDP. Image courtesy of Flickr user …'): a bio still."""
    bio = _BIO.match(RANKS.sub("", paragraph.strip("*_ ")))
    return bool(bio and _BIO_WORDS.search(paragraph) and looks_like_name(clean_name(bio.group("who"))))


def _column_over_title(flat: Sequence[str], candidates: Sequence[int]) -> bool:
    """'Thinking Ahead' over 'Living with a nuclear neighbor is not accepting one', 'Beyond the DMZ' over 'The bomb South Korea
    should not build': a column's name of two or three words in title case (small words aside) over a headline in sentence
    case (a proper name or two aside) with no full stop, which a dek (a sentence that ends) is not."""
    name, headline = flat[candidates[0]].split(), flat[candidates[1]]
    words = headline.split()
    return (
        len(name) <= 5
        and sum(word[:1].isupper() for word in name) <= 3
        and name[0][:1].isupper()
        and all(word[:1].isupper() or word in ("the", "of", "and", "on", "in", "at", "from") for word in name[1:])  # 'Beyond the DMZ'
        and 6 <= len(words) <= 14
        and not headline.endswith((".", "!", "?", ":", "”", '"'))
        and sum(word[:1].isupper() for word in words[1:]) <= max(1, (len(words) - 1) // 3)  # a proper name or two: 'South Korea'
    )


def _words(text: str) -> str:
    """Text as its words alone, folded: 'UI BRIEF No. 9 | 2019' and 'UI BRIEF NO. 9 2019' read alike."""
    return " ".join(re.findall(r"\w+", fold(text)))


def _short_lines(paragraph: str) -> bool:
    """Two or three lines of at most 60 characters each: an institute's or newsletter's masthead ('[NUPI]' / its name twice)."""
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    return 2 <= len(lines) <= 3 and all(len(line) <= 60 for line in lines)


def _mostly_asks(turns: Sequence[str]) -> bool:
    """Whether a speaker's turns are questions: two in three end with a question mark (an interviewer may also remark)."""
    return bool(turns) and 3 * sum(turn.rstrip("”’\"' ").endswith("?") for turn in turns) >= 2 * len(turns)


def _next_open_or_subtitle(roles: list[str | None], i: int) -> int | None:
    """The next paragraph after `i` that the header left open or took for a subtitle, over any date line, byline or credit."""
    return next((j for j in range(i + 1, min(len(roles), i + 4)) if roles[j] in (None, "subtitle")), None)


def _next_open(roles: Sequence[str | None], i: int) -> int | None:
    """The paragraph after `i` that nothing has claimed yet, past date lines, credits, editors' notes, disclaimers and furniture ('Journal of X, Vol. 31' / 'June 2020' / the title)."""
    j = i + 1
    while j < len(roles) and roles[j] in ("dateline", "boilerplate", "credit", "editors_note", "disclaimer"):
        j += 1
    return j if j < len(roles) and roles[j] is None else None


def _hands_over_to(turn: str, others: Sequence[str]) -> bool:
    """Whether a chair's turn ends by giving the floor to another speaker by name ('Thank you. General Engman, the case
    against.'): it asks, though it asks no question."""
    last = re.split(r"(?<=[.!?])\s+", turn.strip())[-1]
    named = re.match(
        r"(?:(?:dr|prof(?:essor)?|general|ambassador|minister|senator|colonel|mr|ms|mrs|madam)\.?\s+)?(?P<who>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+),\s", last, re.I
    )
    return bool(named) and any(fold(named["who"]) == fold(other.split()[-1]) for other in others)


_POST_STAMP = re.compile(r"\d{1,2}:\d\d\s*(?:[AP]M)?\s*·\s*(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})(?:\s*·\s*[\d.,]+\s*[KkMm]?\s+views)?", re.I)
"""A post's time stamp as X shows it under the post: '10:42 PM · Jan 18, 2023 · 214.6K Views'."""
_HELD_AT = re.compile(
    r"(?:recorded|held|filmed|taped|delivered|given)\s+(?:at|in)\s+[^,\n]{2,80}(?:,\s+[A-Z][\w .-]{2,30})?,\s+(?P<day>[^,\n]{6,40}?)\.?", re.I
)
"""Where and when an event was held or recorded: 'Recorded at the House of the Estates, Helsinki, 22 October 2019'."""
_SPEECH_HEADLINE = re.compile(
    r"(?:(?:opening|closing|keynote|welcoming|special)\s+)?(?:remarks|speech|address|statement|lecture)\s+(?:by|of)\s+[^\n]{4,200}?,?\s+"
    r"(?:at|on the occasion of)\s+(?:the\s+)?(?-i:[A-Z0-9])",
    re.I,
)
"""A speech's headline that names its speaker and the occasion: 'Remarks by H.E. Mr. Bat-Erdene Gansukh, …, at the Opening Session of …'."""
_ACKNOWLEDGEMENTS = re.compile(
    r"acknowledge?ments?\s*:?\s+(?:the (?:authors?|writers?)|i|we) (?:thank|are grateful|am grateful|wish to thank|would like to thank|gratefully)\b"
    r"|acknowledge?ments?\s*:?\s+this (?:article|paper|research|study|work|essay) (?:is|was|has been) (?:part of|supported by|funded by|financed by)\b"
    r"|(?:funding|financial support)\s*:?\s+(?:this|the) (?:work|research|study|paper|article|project) (?:was|is|has been) (?:supported|funded|financed)\b"
    r"|this (?:working |research |policy )?(?:paper|report|study|brief) (?:is|was) (?:part|an output|a product) of (?:the |a )?[^.]{0,160}\bproject\b[^.]{0,160}\b(?:funded|supported|financed) by\b",
    re.I,
)
"""A paper's thanks under their heading: 'Acknowledgements / The authors thank Kim Hye-rin, …'; its funding, under its heading
('Funding / This work was supported by …') or at its start ('This working paper is part of the research project "…", funded by …')."""
_VIEWS_ARE_THEIR_OWN = re.compile(
    r"\b(?:views|opinions) (?:expressed )?(?:here |herein |in this \w+ )?(?:are|is) (?:those of |solely )?(?:the authors?|their|his|her|my|our)\b", re.I
)
"""'The views expressed are those of the authors alone': a disclaimer, in whatever paragraph says it."""
_PREPARED_FOR = re.compile(
    r"(?:a )?(?:paper|draft|presentation)\s+(?:prepared|presented|written)\s+(?:for\s+(?:presentation|delivery|discussion)\s+)?(?:for|at)\s+(?:the\s+)?(?-i:[A-Z0-9])",
    re.I,
)  # "Paper prepared for the … Conference", "Paper prepared for presentation at the 60th Annual Convention of …"
"""A conference paper's note of where it was given: 'Paper prepared for the International Studies Association …'."""
_MEETING_WORD = re.compile(r"\b(?:conference|dialogue|forum|symposium|workshop|convention|colloquium|seminar|summit)\b", re.I)
"""What a meeting calls itself in its name: 'THE 11TH VILNIUS DIALOGUE ON NORTHEAST ASIAN SECURITY'."""
_SESSION_OVER_ITS_THEME = re.compile(r"(?:session|panel|plenary|roundtable|track)\s+(?:[IVXLC]+|\d{1,2}|[A-Z])\s*[:.—–-]", re.I)
"""A meeting's session, numbered, over what it was on: 'Session III: Rethinking the Peace Regime …'."""
_HEARING_HEAD = re.compile(r"before the(?:\s+(?:sub)?committee\b.*)?$|hearing on\s+[“\"‘']?(?-i:[A-Z])", re.I)
"""A written testimony's head: 'before the' over the committee's names, 'Hearing on “After Hanoi: …”'."""
_COMMITTEE_HEAD = re.compile(r"(?:(?:joint|standing|select|senate|house|parliamentary|foreign affairs)\s+)+(?:sub)?committee (?:on|for)\s", re.I)
"""A parliamentary committee's name over its hearing's record ('JOINT STANDING COMMITTEE ON FOREIGN AFFAIRS, DEFENCE AND TRADE')."""
_ARTICLE_HISTORY = re.compile(
    r"(?:article history\s*:?\s+)?(?:received|submitted)\s*:?\s+(?:on\s+)?[\w ,./-]{0,30}?\d{4}\b.{0,150}?\b(?:accepted|revised|published(?: online)?)\b", re.I
)
"""A journal article's history: 'Received 14 January 2020; Revised 2 April 2020; Accepted 11 May 2020'."""
_HANDS_OVER = re.compile(
    r"\?\s+(?:(?:professor|prof\.|dr\.?|mr\.?|ms\.?|mrs\.?|ambassador|general)\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?,\s+"
    r"(?:you|what|how|why|let|would|could|do|does|is|are|can|where|when|which|shall)\b"
    r"|\?\s+(?:(?:professor|prof\.|dr\.?|mr\.?|ms\.?|mrs\.?|ambassador|general)\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?,\s+please\.?$",
    re.I,
)  # "… why has nobody managed to replace the armistice? Dr Lee, please."
"""A moderator's question handed to one speaker by name ('Was Hanoi a failure …? Professor Park, you have been critical …'):
the turn asks, though it ends as a statement."""
_ASKED_THEM = re.compile(
    r"\b(?:asked|invited|commissioned)\s+(?:two|three|four|both|each|our)\b|\b(?:two|three|four) (?:contributors|experts|writers|analysts|scholars|views|perspectives)\b",
    re.I,
)
"""The publisher framing the signed sections that follow ('RUSI asked two contributors … to assess what has changed')."""
_CREDIT_LINE = re.compile(r"(?:image|photo|photograph|picture|foto|bild)s?\s*(?:credit\s*)?:\s*\S.{1,80}", re.I)
"""A photo's credit on the last line of its caption: 'Image: Ahn Young-joon/AP/picture alliance'."""


def _name_then_outlet(line: str, below: str) -> bool:
    """Whether `line` is a writer's name, a bar and the outlet's, over the day ('Ananya Raghavan | IANW' over 'Last Updated:
    27 Oct 2021'): a byline, not a series label ('Policy Brief | …')."""
    parts = re.split(r"\s+[|·•]\s+", line.strip())
    return (
        len(parts) == 2
        and looks_like_name(parts[0])
        and not LABEL.match(parts[0])
        and not AFFILIATION_WORD.search(parts[0])
        and (dateline(below) is not None or date_among(below) is not None)
    )


_WRITER_S_KIND = re.compile(r"(?:guest|staff|contributing|special|regular|opinion)\s+(?:columnist|contributor|writer|correspondent)", re.I)
"""'Guest columnist' under the writer's name: what kind of writer the page has, no series label."""


def _name_over_what_they_say(lines: Sequence[str]) -> bool:
    """A name in capitals over a sentence that is no bio of it ('YOON SEO-YEON' / 'Hello and welcome to …'): a transcript's turn."""
    said = " ".join(line.strip() for line in lines[1:])
    return (
        len(lines) >= 2 and lines[0].strip().isupper() and name_alone(lines[0].strip()) is not None and is_prose(said) and not _BIO.match(RANKS.sub("", said))
    )


def _only_a_dek_before(flat: Sequence[str], roles: Sequence[str | None], i: int, named_together: bool = False, dated_here: bool = False) -> bool:
    """Whether what comes before paragraph `i` is a header: no prose, or one short dek under the title when a date line
    is in the header (a name after an introduction, with a heading under it, opens a signed section instead), or under
    the name itself ('Zhao Minghui' over '2d ago · 6 min read', `dated_here`), or when `i` names two writers together
    ('Tomoko Arai and Michael Brennan' under the dek: no section opens with two names)."""
    prose = [j for j in range(i) if roles[j] is None and is_prose(flat[j])]
    if prose and _TWO_LINE_HEADLINE.fullmatch(flat[prose[0]].strip("“”\"‘’'")):
        prose = prose[1:]  # 'Biden and Moon found common ground. Now comes the hard part.' is the title, in quotation marks or not
    dated = (i + 1 < len(flat) and (dateline(flat[i + 1]) is not None or date_among(flat[i + 1]) is not None)) or any(
        roles[j] == "dateline" for j in range(i)
    )  # 'Publisert / Published 04.12.2023 06:00 · Oppdatert / Updated …' under the name: a date among the line's parts
    names_only = named_together and all(looks_like_name(part) for part in re.split(r",\s*|\s+(?:and|&)\s+", flat[i]))
    longest = 900 if names_only and dated else 300  # 'A, B and C' over the day, under a whole first paragraph: the lede is theirs
    return not prose or (len(prose) == 1 and len(flat[prose[0]]) <= longest and prose[0] >= 1 and (dated or dated_here or named_together))


def _over_prose(flat: Sequence[str], i: int) -> bool:
    """Whether the paragraph at `i` is a heading: a short line that is no sentence, over prose."""
    return i + 1 < len(flat) and len(flat[i]) <= 120 and not is_prose(flat[i]) and not flat[i].endswith(".") and is_prose(flat[i + 1])


def _heads_a_section(flat: Sequence[str], i: int) -> bool:
    """Whether the name at `i` stands between a heading and prose ('Foreword' / 'Niklas Swanström' / the foreword)."""
    return 0 < i < len(flat) - 1 and len(flat[i - 1]) <= 80 and not is_prose(flat[i - 1]) and is_prose(flat[i + 1])


def _full_name_from_initials(surname: str, initials: str, texts: Sequence[str]) -> str:
    """The full name the text gives a writer its byline names by surname and initials ('Kim', 'J.' -> 'Jiwon Kim', from
    'Jiwon Kim is a Research Fellow …'); the initials and the surname when the text gives none that fits."""
    whole = _full_name(surname, texts)
    if whole != surname and fold(whole)[:1] == fold(initials)[:1]:
        return whole
    return f"{initials.replace(' ', '').strip()} {surname}"


def _full_name(name: str, texts: Sequence[str]) -> str:
    """A surname as the full name the text gives it somewhere ('REINHOLT' -> 'Douglas Reinholt'), or the name itself."""
    surname = fold(name.split()[-1])
    lines = [line for text in texts for line in text.split("\n")]
    for line in lines:  # "… my guest, Kim Eun-jung, a senior research fellow …": the name the text introduces, before any other it gives
        for introduced in (*_CAPITALIZED_NAME.finditer(line), *_TITLED_NAME.finditer(line)):
            if _INTRODUCED_AS.match(line, introduced.end()) and (whole := _whole_name_of(clean_name(introduced.group(0)).split(), surname)):
                return whole
    flats = [" ".join(text.split()) for text in texts]  # and a name wrapped at its line's end: 'Dr Lee' / 'Sang-hoon, Senior …'
    korean = {m.group(0) for line in (*lines, *flats) for m in re.finditer(rf"\b{re.escape(name.split()[-1].title())}\s+[A-Z][a-z]+-[a-z]+\b", line)}
    if len(korean) == 1:
        return korean.pop()  # "VICE MINISTER YOON:", the 'Yoon Seo-jin' the introduction names, the surname first as Korean puts it
    for line in lines:  # a name a line in a list of panelists
        for listed in _LISTED_NAME.finditer(line):
            if fold(listed["surname"]) == surname:
                return f"{listed['given']} {title_case(listed['surname'])}"  # "HALLORAN, Dr Fiona, Senior Lecturer …": a hearing's list of witnesses
        for candidate in _CAPITALIZED_NAME.findall(line):
            if whole := _whole_name_of(clean_name(candidate).split(), surname):
                return whole
    for line in lines:  # "Former Ambassador Kenji Moriyama": the word before the surname, in a run too long to read whole
        for before in re.finditer(rf"([A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)(\s+[A-Z]\.)?\s+{re.escape(name.split()[-1])}\b", line, re.I):
            if _given_name_before(before[1], whole := f"{before[1]}{before[2] or ''} {title_case(name.split()[-1])}"):
                return whole  # or with an initial between: 'Daniel R. Whitaker'
    longer = {  # 'Nguyễn Thị Minh Thư': a Vietnamese name, the surname first and three given names; taken when it is the only one
        " ".join(run.split())
        for line in lines
        for run in re.findall(
            rf"(?<![\w’'-]){re.escape(title_case(name.split()[-1]))}(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]*[^\W\d_A-Z][\w’'-]*){{2,3}}(?![\w’'-])(?!\s+[A-Z])", line
        )
        if looks_like_name(run)
    }
    if len(longer) == 1:
        return longer.pop()  # before its first two words are read as a Chinese name's ('Dr Nguyen Thi Thu Ha is …')
    for line in lines:  # 'Zhao Lirong': a Chinese name, the surname first, when no name ends with it (a line each in a list)
        for candidate in _CAPITALIZED_NAME.findall(line):
            words = clean_name(candidate).split()
            if len(words) == 2 and fold(words[0]) == surname and words[1][1:].islower() and looks_like_name(" ".join(words)):
                return " ".join(words)
    return title_case(name)


def _given_before(surnames: str, texts: Sequence[str]) -> str | None:
    """A name of two surnames ('Almeida Santos') as the whole name the text gives it, with the given name before them."""
    for line in (line for text in texts for line in text.split("\n")):  # a line of the list of panellists, the name first
        for before in re.finditer(rf"^(?:[*•-]\s*)?(?:{RANKS.pattern}\s*)*([A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)\s+{re.escape(surnames)}\b", line.strip(), re.I):
            if _given_name_before(before[1], whole := f"{before[1]} {surnames}"):
                return whole
    return None


def _listed_name(label: str, texts: Sequence[str]) -> str | None:
    """The one whole name a line of a list gives ('Amb. (ret.) Pieter van der Berg, former …') that a label of two words or
    more ends or begins ('van der Berg', a surname with its particles; 'Ahmad Faiz', the given names a Malay name is called by)."""
    wanted = fold(label).split()
    found = set()
    for line in (line.strip().lstrip("*•- ") for text in texts for line in text.split("\n")):
        name = clean_name(line.split(",")[0].strip()) if len(line.split(",")[0]) <= 60 else ""
        words = fold(name).split()
        if len(words) > len(wanted) and (words[-len(wanted) :] == wanted or words[: len(wanted)] == wanted) and looks_like_name(name):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _given_name_before(word: str, whole: str) -> bool:
    """Whether `word`, before a surname, is a given name ('Kenji' Moriyama), not a post, an institution's word or a rank."""
    return (
        word[:1].isupper() and not _POST_WORD.fullmatch(word) and not AFFILIATION_WORD.search(word) and not RANKS.match(word + " ") and looks_like_name(whole)
    )


def _whole_name_of(words: list[str], surname: str) -> str | None:
    """The words of a capitalized run that are a whole name with `surname`: 'Daniel Ashcombe' out of '… Meridian Institute
    Daniel Ashcombe', 'Lee Sang-hyun' (the surname first), 'Chun Chae Sung' (the given name in two words)."""
    if len(words) >= 2 and fold(words[-1]) == surname:
        for last in (words[-3:], words[-2:]):  # the name, not the institute before it, nor a post ('Ex-envoy Moriyama')
            if looks_like_name(" ".join(last)) and not _POST_WORD.fullmatch(last[0]):
                return " ".join(last)
    if len(words) == 2 and fold(words[0]) == surname and "-" in words[1] and looks_like_name(" ".join(words)):
        return " ".join(words)
    if len(words) == 3 and fold(words[0]) == surname and korean_sounds(" ".join(words)) and looks_like_name(" ".join(words)):
        return " ".join(words)
    if len(words) == 2 and all(word.isupper() for word in words) and fold(words[0]) == surname and fold(surname_first(" ".join(words))[0]) == surname:
        return " ".join(words) if looks_like_name(" ".join(words)) else None  # 'ZHAO WENJUN' in a list, for 'DR. ZHAO': a Chinese name, the surname first
    return None


_INTRODUCED_AS = re.compile(r",\s+(?:a|an|the|who|our|my)\s|\s+is\s+(?:a|an|the)\s")
"""What follows a name the text introduces: ', a senior research fellow at …', ' is the director of …'."""
_MODERATOR_LABEL = re.compile(r"(?:the )?(?:moderator|presider|host|chair|interviewer|presenter|counsel)", re.I)
_ORDER_PAPER = re.compile(r"\.\s+\(\d{5,7}\)$")
"""A Commons question as the order paper prints it, its number at the end: '… on North Korea. (901122)': it asks."""
_THE_SPEAKER = re.compile(r"(?:mr\.?|madam) (?:deputy )?speaker", re.I)
"""The chair of the House of Commons, calling the members in turn ('Mr Speaker: I call the shadow Minister.')."""
_REPORTER_LABEL = re.compile(r"(?:a\s+)?(?:reporter|journalist|correspondent|press|media)(?:\s+\d{1,2})?", re.I)
"""A turn labelled by the trade of the one who asks, as a press conference's record names the press ('Reporter', 'Journalist 2')."""
_LISTED_NAME = re.compile(
    r"(?:^|(?<=\s))(?P<surname>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][A-ZÀ-ÖØ-ÞĀ-ž’'-]+)), "
    r"(?:(?:Dr|Mr|Ms|Mrs|Prof|Professor|Senator)\.? |(?:(?:Major|Lieutenant|Brigadier|Rear|Vice) )?(?:General|Gen\.|Admiral|Adm\.|Colonel|Ambassador|Amb\.) (?:\((?i:retired|retd?\.?)\) )?)?"
    r"(?P<given>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+))(?: \((?i:retired|retd?\.?)\))?,"
)
"""'SEO, Mr Jae-won, Adjunct Professor …', 'ENGMAN, Major General Mats (Retired), Senior Fellow …': a witness as a hearing's
list sets them, the surname in capitals first."""
_AUTHOR_DATE_ENTRY = re.compile(r"[A-ZÀ-Þ][\w’'-]+(?:\s[\w’'-]+)?,\s+[^.\n]{2,60}\.\s+(?:19|20)\d\d[a-z]?\.\s+\S")
"""A reference list's entry in author-date style: 'Park, Ji-won. 2019. "Negative Security Assurances …" …'."""
_BIBLIOGRAPHY_ENTRY = re.compile(r"[A-ZÀ-Þ][^.\n]{2,80}\.\s+[^\n]{5,300}?\b(?:19|20)\d\d[a-z]?\)?(?:\s*:\s*\d{1,4}(?:[–-]\d{1,4})?)?\.?")
"""A book or paper in a reading list: its author or body, a full stop, then its title and imprint ending with the year (and a
journal's pages after it: '… 4, no. 1 (2017): 33–58.')."""
_CITED_ENTRY = re.compile(r"[A-ZÀ-Þ][^,.\n]{2,60},\s+(?:[“\"][^\n]{3,200}?,?[”\"],?|(?-i:[A-Z])[^\n]{3,200}?)\s[^\n]{0,200}?\b(?:19|20)\d\d[a-z]?\)?\.")
"""A note's way of citing: its author, a comma, the title (in quotes, or a book's with its imprint), ending with the year."""
_BOLD_NAME_VIEW = re.compile(r"(?:\*\*|__)(?P<name>[^*_\n]{4,60}?)(?:\*\*|__),\s+(?P<post>(?:an?\s+|the\s+)?[^.;:\n]{3,200}?),\s+(?-i:[a-z])")
"""'**Meera Raghavan**, senior fellow at the Institute …, argues that …': an expert's view in a compiled roundup."""
_SURNAME_GOES_ON = re.compile(
    r"(?:(?:on|in|as for|responding|speaking|turning|asked|pressed|returning)\b[^,.]{0,100},\s+)?(?P<word>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+))\s+(?:also\s+|was\s+|went on\b|(?-i:[a-z]+ed)\b|(?:took|made|saw|put|gave|held|thought|spoke|drew|struck|remained|sounded|set)\b)",
    re.I,
)
"""'Swanström also stressed …', 'On sanctions, Strand took …' (a reported view's verb, or 'was'): a speaker named before, by one word."""
_CONVENED = re.compile(
    r"\b(?:convened|hosted|held|organi[sz]ed)\b[^.]{0,120}\b(?:roundtable|round table|seminar|workshop|conference|meeting|panel|symposium|session|dialogue)\b",
    re.I,
)
"""'On 9 May 2019 the Institute convened a half-day roundtable …': a rapporteur's report saying what the meeting was."""
_FORUM_QUOTE = re.compile(r"(?:quote\s*:?\s*\n)?(?P<name>[^\n:]{4,60}?)\s+wrote\s*:[^\n]{0,60}\n\S", re.I)
"""'Quote' / 'Dana Whitfield wrote: ↑Fri Jun 07, 2019 6:02 pm' / her words: a forum post quoting an earlier one."""
_NAME_WORD_NO_POST = r"(?!(?:Senior|Associate|Assistant|Visiting|Emeritus|Research|Former)\b)[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+"
"""A word of a name that is not the first word of a post ('Senior', 'Associate', …), which would otherwise end the name."""
_NAME_RUN_INTO_POST = re.compile(
    rf"(?P<name>(?:{_NAME_WORD_NO_POST}\s+){{1,2}}{_NAME_WORD_NO_POST})\s+"
    r"(?P<post>(?:(?:Associate|Assistant|Visiting|Emeritus)\s+)?(?:Professor|Senior Fellow|Research Fellow|Fellow|Director|Senior Researcher|Researcher|Lecturer|Former\s+[A-Z]\w+)\b,?\s[^.]{3,200})"
)
"""'Jeon Jae-seong Professor, Department of Political Science …, Seoul National University': a byline a translation ran
together, the name straight into the post, no comma between."""
_BRIEFING_ON_A_DAY = re.compile(
    r"(?:(?:department|daily|regular|special|background|on-the-record)\s+)*(?:press|news)\s+(?:briefing|conference)(?:\s+by\s+[^–—-]{3,80})?\s*[-–—:|]\s*(?P<day>.{6,40})",
    re.I,
)
"""'Department Press Briefing - September 5, 2017': a briefing's headline, the day it was given in it."""
_MADE_HOW_HEAD = re.compile(
    r"(?:methodology|methods|(?:a )?note on (?:methods?|methodology|sources|(?:the )?data)|(?:data|main|principal) sources|data and sources|sources of data"
    r"|about (?:the|this) data|glossary(?: of (?:acronyms|terms|abbreviations))?|(?:list of )?(?:acronyms|abbreviations)(?: and acronyms)?)",
    re.I,
)
"""Headings of sections on how a text was made, under its argument: 'Methodology', 'Data sources', 'Glossary of acronyms'."""
_BOARD_HEAD = re.compile(
    r"(?:board of (?:directors|trustees|governors|advisers|advisors)|(?:international )?advisory (?:board|council|committee)|trustees|our (?:team|staff)|staff)",
    re.I,
)
"""'Board of Directors' over its members' names, a line each, under the text: the publisher's page, nobody's argument."""
_NAME_COLON_HEADLINE = re.compile(r"(?P<name>[^:]{4,40}):\s+(?P<head>(?-i:[A-Z])[^.!?]{10,140})")
"""'Martin Kessel: Pause the drills, and make Pyongyang pay for it': a side's headline, its writer's name first (no full stop)."""
_SIGNED_FROM_ABROAD = re.compile(r"(?:[—–-]{1,2}\s*)?(?P<name>[^(),]{4,60}?)\s*\((?P<place>(?-i:[A-ZÀ-ÖØ-Þ])[^()]{2,60})\)")
"""'Lee Sang-soo (Stockholm, Sweden)' under a letter, a dash before it or none: its writer, and where he writes from."""
_SIGNED_TOGETHER_FROM = re.compile(r"(?P<names>[^,:]{4,60}(?:,\s+[^,:]{4,60})*,?\s+and\s+[^,:]{4,60}),\s+(?P<place>(?-i:[A-ZÀ-ÖØ-Þ])[\w .’'-]{2,40})")
"""'Grace Hahn-Moreno, Walter Kim and Soo-ah Brennan, Tacoma': a letter's writers, signing together from one town."""
_INITIAL_TURN = re.compile(r"(?P<letter>(?![QA])[A-Z])\.\s?:\s+\S")
"""'K.: Let me begin …': a written exchange's contribution, led by its writer's initial (not an interview's 'Q.:' or 'A.:')."""
_REPORTED_VIEW = re.compile(
    r"(?:(?:opening|closing|concluding|responding|speaking|turning)[^,.]{0,80},\s+)?(?:(?:professor|prof\.|dr\.?|ambassador|amb\.|general|gen\.|mr\.?|ms\.?)\s+)?(?:\(ret(?:\.|ired)\)\s+)?"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3}))(?:,\s+(?P<post>[^.]{3,160}?),|\s+of\s+(?:the\s+)?[^.,]{3,120}?(?:,\s+(?:who|a|an|the)\s[^.]{3,160}?,)?)?\s+"
    r"(?:addressed|outlined|examined|analy[sz]ed|sketched|argued|questioned|noted|said|took|focused|defended|warned|suggested|stressed|emphasi[sz]ed|described|contended|cautioned|called|urged|"
    r"pointed out|observed|proposed|maintained|insisted|agreed|disagreed|countered|offered|presented|set out|restated|reiterated|opened|explained|highlighted|underlined|recalled|expressed|acknowledged|advocated|assessed|reminded|concluded|added|made the case|drew)\b",
    re.I,
)
"""'Professor Chaesung Chun of Seoul National University argued that …', 'Mats Engman, a retired Swedish general …, focused on …':
a paragraph of a rapporteur's report that gives one speaker's view."""
_HANDLE = re.compile(r"@?(?=[\w.]*[_\d])[a-z][a-z0-9_.]{2,39}")
"""'panmunjom_observer', '@seoul_watcher42': a writer's handle as a byline, lower case with an underscore or a digit."""
_PEN_NAME = r"(?:pen[- ]name|pseudonym|nom de plume)"
"""What a text calls a name a writer signs under instead of their own: 'Bukhansan is the pen name of …'."""
_WHOLE_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]+)(?:\s+(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]+)){1,3}"
"""A whole name of two words or more, each capitalized: 'Mats Engman', 'Kang Do-hyun'."""
_SECTION_BY = re.compile(
    rf"\bsections?\s+(?P<number>[IVX]{{1,4}}|\d{{1,2}})\s+(?:(?:was|is)\s+)?(?:(?:written|drafted|authored)\s+)?by\s+(?P<name>{_WHOLE_NAME})", re.I
)
"""'Section I was written by Kang Do-hyun', '… and Section II by Eleanor Vasquez': a section, and the co-author who wrote it."""
_SECTION_NUMBERS = r"(?:[IVX]{1,4}|\d{1,2})(?:\s*(?:,|and|&)\s*(?:[IVX]{1,4}|\d{1,2}))*"
_RESPONSIBLE_FOR = re.compile(
    rf"(?P<name>{_WHOLE_NAME})\s+(?:(?:is|was)\s+(?:solely\s+)?responsible\s+)?for\s+sections?\s+(?P<numbers>{_SECTION_NUMBERS})", re.I
)
"""'Chun Chaesung is responsible for section 2, and Marta Kowalczyk for sections 3 and 4': the sections each co-author wrote."""
_WRITTEN_BY_SECTION = re.compile(
    r"\bsections?\s+(?:[IVX]{1,4}|\d{1,2})\s+(?:(?:was|is)\s+)?(?:written|drafted|authored)\s+by\b|\bresponsible\s+for\s+sections?\s+(?:[IVX]{1,4}|\d{1,2})\b",
    re.I,
)
_NUMBERED_SECTION = re.compile(r"(?P<number>[IVX]{1,4}|\d{1,2})(?:[.:)]\s+\S|\s+(?-i:[A-Z]))")
"""'I. The View from Seoul', '2) Sanctions': a section's heading, by its number."""
_SURNAME_HEADING = re.compile(r"(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]{1,20}(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]{1,20}){0,2})")
"""'TALLIS', 'SEO MIN-JAE': a speaker's name in capitals alone on its line, over their part of a written-up debate."""
_BRACKETED_FIRST_NAME = re.compile(r"\[(?P<first>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]{1,20})\]\s+\S")
"""'[Joon] Shortly before noon …': a section marked with its writer's first name."""
_INITIALS_LIST = r"(?P<list>[A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*)"
"""'JK', 'JK/TMD', 'SL & HD': drafters' initials, one or several, as brackets mark a paragraph with them."""
_BRACKETED_INITIALS = re.compile(rf"\[{_INITIALS_LIST}\]\s+\S")
"""'[JK] …', '[JK/TMD] …': a paragraph marked with the initials of the co-author who drafted it."""
_BRACKETED_INITIALS_AT_END = re.compile(rf"\s\[{_INITIALS_LIST}\]$")
"""'… before there is a freeze. [SL]', '… we have both signed. [SL/HD]': a paragraph signed at its end with its drafters' initials."""
_HEADED_BY_ONE = re.compile(r"(?P<heading>[^()\n—–]{3,100}?)\s+(?:\((?P<name>[^()\n]{4,50})\)|[—–]\s+(?P<after>[^()\n—–]{4,50}))")
"""A heading with a co-author's name in brackets or after a dash ('I. The view from Delhi — Ananya Raghavan'): the section under it is
that writer's alone."""
_ONE_SECTION = re.compile(
    r"^this (?:section|part|chapter) (?:is|was) (?:written|drafted|prepared|authored) (?:by|solely by) (?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w'’-]+){1,3}))",
    re.I,
)
_ONE_SECTION_NOTED = re.compile(
    r"\b(?:(?:this|the) (?:section|part|chapter|conclusion)|section \d+|part [IVX\d]+|chapter \d+) (?:is|was|has been) (?:written|drafted|prepared|authored)"
    r" (?:by|solely by) (?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w'’-]+){1,3}))\s+(?:alone|only)\b",
    re.I,
)
"""'… Section 4 was written by WONG Mei Lin alone …', in the authors' note under the section's heading: hers, to the next heading."""
_WHAT_FOLLOWS = re.compile(
    r"^(?:the following|what follows|below)(?: is| are)? (?:an? |the )?(?:edited |abridged |full )?"
    r"(?:statement|recommendations|report|text|paper|essay|letter|letters|commentary|analysis|interview|conversation|transcript|exchange)\b"
    r"|^here,?\s+(?:an?|the|one|two)\s[^.]{3,200}\s(?:replies|responds|answers|rebuts)\.?$",  # "Here a former head of … replies."
    re.I,
)
"""'The following statement reflects …', 'Below is an edited transcript.', 'Here a former head of … replies.': a sentence that
presents the text under it."""
_IN_THE_DISCUSSION = re.compile(r"(?:during|in) the (?:discussion|debate|exchange|q ?& ?a)(?: that followed| afterwards)?\b", re.I)
"""'In the discussion that followed, …': what the speakers said together after their statements."""
_EDITOR_POST = re.compile(r"(?:the )?(?:(?:managing|executive|contributing|senior|deputy) )?editor\b", re.I)
"""'Editor, Korea Watch Europe': the post of a newsletter's editor, who signs off under the guests' columns."""
_PRESENTS_THE_PAPER = re.compile(
    r"\b(?:this (?:is the \w+ )?(?:paper|report|volume|study|issue|brief)\b|the (?:two |three |four )?(?:chapters|papers|essays|contributions) (?:that follow|in this)|"
    r"i (?:would like to|wish to) thank|the authors alone are responsible)",
    re.I,
)
"""What a foreword says of the paper it stands before: it presents the paper, and so frames it."""
_ARGUES = re.compile(r"\b(?:should|must|ought to|it is my conviction|i (?:have long |firmly )?believe|in my view|i am convinced)\b", re.I)
"""What a foreword says when it argues a case of its own: its signer's words, not a presentation of the paper."""
_CHAIRED_BY = re.compile(r"\b(?:moderated|chaired|hosted|led) by (?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3}))")
"""'… was moderated by Ivan Sorokin, programme director of the Club': who asks, as the introduction names them."""
_DEAR_EDITOR = re.compile(r"(?:dear|to the) editors?\s*[,:]", re.I)
"""'Dear Editor, …', 'To the Editor: …': a reader's letter."""
_DEAR = re.compile(
    r"^(?:dear|my dear)\s+(?:(?:vice\s+|deputy\s+|foreign\s+|prime\s+)?(?:minister|ambassador|professor|prof\.|dr\.?|general|senator|secretary|president|chairman|chairwoman|chair|mr\.?|ms\.?|mrs\.?|colleague)\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)\s*[,:]",
    re.I,
)
"""'Dear Wenjie,', 'Dear Vice Minister Yoon,': a letter's salutation, naming whom it is written to."""
_WRITES = re.compile(
    r"^(?:(?P<post>(?i:(?:editorial )?board member|columnist|(?:contributing |associate |deputy )?editor))\s+)?"  # "Editorial board member Marcus Feld writes:"
    r"(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3})\s+(?:writes|responds|replies|argues)\s*:$"
)
"""'Alastair Finch writes:': a guest's section in an exchange, signed at its head (a board member's dissent, by his post too)."""
_PRESENTS_BELOW = re.compile(
    r"(?:the|this) (?:statement|essay|article|letter|commentary|piece|text|paper|report|declaration|appeal)"
    r" (?:below|that follows|which follows|published below) (?:was|is|has been) (?:drafted|written|prepared|signed|adopted|submitted)\b",
    re.I,
)
"""'The statement below was drafted by a group of European scholars …': the publisher, presenting the text that follows."""
_MAIL_AND_HANDLES = re.compile(
    r"(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+(?:\s*[|·•/,]\s*(?:(?:x|twitter|bluesky|threads|mastodon|instagram|linkedin)\s*:?\s*)?@[\w.-]+)+", re.I
)
"""'rwhitcombe@capitolreview.com | X: @RWhitcombeDC' under a column: its writer's address and handles."""
_NAME_AND_MAIL = re.compile(r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'.-]+ ){1,3}[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+\s*)?[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?")
"""An e-mail address alone on a line, a name before it or not: a reporter's sign-off."""
_REPLY_HEAD = re.compile(r"^(?:my|our|the (?:author|editor)[’']s|[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+[’']s) (?:reply|response|rejoinder|answer)\s*:?$", re.I)
"""'My reply': the writer's own section, after a guest's."""
_RELEASE = re.compile(r"\b(?:for (?:publication|release)|embargoed until|not (?:to be published|for publication) before)\b[^.]{0,40}\d{4}", re.I)
"""'For publication on Thursday, 14 March 2019': an op-ed sent ahead states the day it may appear."""
_POSTED = re.compile(r"\b(?:posted|published|released|put online)(?: online)?(?: on)?\s+(?:\w+day,?\s+)?[^.;]{6,30}?(?:19|20)\d\d\b", re.I)
"""'… Transcript posted 30 August 2018.': a sentence near the top that says when the text was published."""
_THIS_VERSION = re.compile(r"\bthis (?:version|draft)(?: is dated)?\s*:?\s*[^.;]{6,30}?(?:19|20)\d\d\b", re.I)
"""'* Prepared for delivery at … This version: 20 August 2019.': a draft's first-page note, dating the version."""
_URL_DATE = re.compile(r"(?:https?://|www\.)\S*?/(?P<words>(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d))/")
"""A web address with the date in its path ('/2019/07/02/'), as blogs and newsletters have."""
_SPEAKERS = re.compile(r"^(?:speakers?|panell?ists?|presenters?|discussants?|featuring|witness(?:es)?)\s*:\s*(?P<list>.+)$", re.I)
"""'Speakers: Major General (ret.) Mats Engman, Distinguished Fellow, ISDP; Dr. Kim Yeon-hee, …': an event's speakers, one by one;
a hearing's 'Witnesses: Mats Engman and Dr Priya Ramanathan.'"""
_SPEAKERS_HEADING = re.compile(r"(?:speakers|panell?ists|presenters|discussants|featuring)\s*:?", re.I)
"""'Featuring:' alone on its line, over the speakers a line each."""
_PANEL = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})\s*:\s*(?P<list>.+)$")
"""'I: Major General (retd) Mats Engman, …; and Dr Priya Ramanathan, …' under 'Witnesses': a Commons committee's first panel."""
_GATHERING = r"(?:seminar|session|event|meeting|discussion|conference|webinar|workshop|roundtable|panel|symposium|forum)"
"""What a report says it reports: 'Closing the seminar, …'."""
_SPEAKERS_HEAD = re.compile(r"(?:about the |the )?(?:speakers|panell?ists|participants|discussants)\s*:?\s*\n", re.I)
"""'ABOUT THE SPEAKERS' over their bios, one a line, under an event's report."""
_CAPS_HEADING = re.compile(r"(\d{1,2})\.?\s+(?-i:[A-Z][A-Z'’,:&()\- ]{2,80}[A-Z)])")
"""'2 CANADA'S SANCTIONS REGIME': a numbered heading in capitals, or a running line with a page number."""
_CITY = re.compile(
    r"(?:[\w’'-]+ )+(?:de|del|da|do|di|la|le|los|las|el|al|upon|on|sur)(?: [\w’'-]+)+"  # 'Santiago de Chile', 'Rio de Janeiro'
    r"|(?i:hong kong|kuala lumpur|buenos aires|tel aviv|phnom penh|addis ababa|abu dhabi|los angeles|san francisco|san diego|las vegas|"
    r"sri lanka|costa rica|new \w+|st\.? \w+|saint \w+|port \w+|ho chi minh city|[\w’'-]+ city|ulan bator|washington,? d\.?c\.?)"
)
"""A place a date line may name before its date, in words a name's could be read as."""
_PLACE = re.compile(r"(?-i:[A-Z][a-z][\w’'-]+(?: [A-Z][a-z][\w’'-]+)?|[A-Z][A-Z’'-]{5,}(?: [A-Z][A-Z’'-]{2,})?)")
"""'Tauranga', 'New York', 'TOOWOOMBA' (as a transcript in capitals gives it, six letters or more: not an institute's 'KINU'):
where a caller rings from."""
_VENUE_OR_PLACE = re.compile(
    r"(?:[A-Z][\w’'.&-]*\s+){1,6}(?:Center|Centre|Hall|Hotel|Auditorium|Room|Plaza|Palace|Building|Campus|Forum)(?:,\s*[A-Z][\w’' .-]+)?"
    r"|[A-Z][a-z][\w’'-]+(?: [A-Z][a-z][\w’'-]+)?,\s+(?:Republic of |the |The )?[A-Z][a-z][\w’'-]+(?: [A-Z][a-z][\w’'-]+)?|Virtual|Online"
)
"""'Hwabaek International Convention Center' / 'Gyeongju, Republic of Korea' over an event's day: where it was held, with when."""
_GUEST = re.compile(
    r"(?:\bjoined (?:today |this week |now |here )?by|\bour (?:special )?guests? (?:today |this week |on the show )?(?:is|are)|\bwelcome (?:back )?our guests?,?)"
    r"\s+(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Ambassador|General)\.?\s+)?(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){0,3}))",
    re.I,
)
"""'… are joined by Dr Joanna Kwak', 'Our guest this week is Min-ji Park': who a show's hosts talk to."""
_STAFF_CREDIT = re.compile(
    r"[^,:]{3,60}[,:]\s+(?:(?:co-?|executive |senior |series |assistant )?(?:presenter|host|anchor|producer|editor|reporter|researcher|sound engineer|engineer)s?)",
    re.I,
)
"""A line of a programme's credits: 'Priya Raman, Presenter', 'Mel Okafor, Producer'."""
_VIEWS_THEN_DAY = re.compile(r"[\d.,]+\s?[KkMm]?\s+views\s+(?=\S)")
"""A video page's line under the player: '23,118 views  Mar 9, 2022  …', its views and then the day."""
_HOSTS_TALK_WITH = re.compile(
    r"\bhosts\s+(?P<a>[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)(?:\s+\([’']\d\d\))?\s+(?:and|&)\s+(?P<b>[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)"
    r"(?:\s+\([’']\d\d\))?\s+(?:talk|speak|chat|sit down|catch up)\s+(?:with|to)\b"
)
"""'… hosts Maya Goldfarb and Tomás Reyes talk with Dr. Sangsoo Lee …': a show's notes naming its two hosts, who ask (a student
station's with their class years: 'hosts Maya Okonkwo-Reyes (’20) and Junho Park (’21) sit down with …')."""
_SHOW_WITH_HOSTS = re.compile(
    r"(?![^\n]*\b(?:conversations?|discussions?|dialogues?|interviews?|talks?|chats?|debates?|meets?)\s+with\b)[\w .&’'-]{2,40}? with (?-i:[A-Z])[\w’'-]+ (?-i:[A-Z])[\w’'-]+ (?:and|&) (?-i:[A-Z])[\w’'-]+ (?-i:[A-Z])[\w’'-]+"
    r"|(?-i:[A-Z0-9][A-Z0-9 .&’'-]{2,40}) with (?-i:[A-Z])[\w’'-]+ (?-i:[A-Z])[\w’'-]+"  # 'THE MID-MORNING LINE with Tom Bracewell': one host, the show in capitals
)
"""A programme's name and its two presenters, over a broadcast's page: 'RN Breakfast with Tom Ashdown and Priya Raman' (not 'In
conversation with A and B', who answer)."""
_MODERATOR = re.compile(
    r"(?:(?:moderator|presider|chair(?:man|woman|person)?|interviewer|presenter|host)(?:\s+(?:and|&)\s+(?:executive\s+)?producer)?[ \t]*(?::|\n)|(?:moderated|chaired|presented|hosted) by\b\s*:?)\s*(?P<name>[^\n|\t]+?)\s*(?:$|\n|\||\t)",
    re.I,
)
"""'Moderator: Irina Pavlova', 'Presenter: Tom Whitfield\tProducer: …', 'Host and producer: Sarah Whitcombe. Audio: …': who asks,
as a credit names them."""


def _initials(label: str) -> str:
    """'RGA' of 'Russia in Global Affairs': the capitals of its words, its small words left out."""
    return "".join(word[0] for word in label.split() if word[:1].isupper()).upper()


def _same_speakers(labels: list[str]) -> list[str]:
    """Each speaker label as its first, fullest form: 'FP' is 'Foreign Policy', 'Hartley' is 'Eleanor Hartley' and 'THU HÀ' is
    'NGUYỄN THỊ THU HÀ' once they have spoken."""
    full: list[str] = []
    result = []
    for label in labels:
        words = label.split()
        same = next(
            (
                earlier
                for earlier in full
                if label == earlier
                or (len(words) == 1 and label.upper() == label and _initials(earlier) == label)
                or (len(words) == 1 and fold(label) in fold(earlier).split())
                or (1 < len(words) < len(earlier.split()) and fold(earlier).split()[-len(words) :] == fold(label).split())  # 'THU HÀ' of 'NGUYỄN THỊ THU HÀ'
                or (
                    1 < len(words) < len(earlier.split())
                    and fold(earlier).split()[: len(words)] == fold(label).split()
                    and bool(_OFFICE_BEFORE.match(label) or RANKS.match(label))
                )  # 'Spokesperson Choi' of 'Spokesperson Choi Hae-rin': her office and surname
            ),
            None,
        )
        if same is None:
            full.append(label)
        result.append(same or label)
    return result


_SENTENCE_BREAK = re.compile(
    r"(?<!\b[A-Z]\.)(?<!\bMaj\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bDr\.)(?<!\bProf\.)(?<!\bAmb\.)(?<!\bMr\.)(?<!\bMs\.)"
    r"(?<!\bMrs\.)(?<!\bSt\.)(?<!\bNo\.)(?<!\bret\.\))(?<!\bCand\.)(?<=[.!?])\s+(?=[A-Z*])"
)
"""Between two sentences, not after an initial or an abbreviation: 'Mats Engman, Maj. Gen. (ret.), is …' is one."""


def _unbolded(text: str) -> str:
    """`text` with the names it sets in bold as plain words: "**Daniel Whitcombe** is a senior fellow …"."""
    return re.sub(r"(\*\*|__)([^*_\n]{3,60})\1(?=\s)", r"\2", text)


def _bio_people(paragraph: str, people: list[Signer]) -> tuple[list[int], dict[int, str]]:
    """The signers a bio paragraph speaks of, and the affiliation it states for each. A signer the byline gave with initials
    ('D. Enkhtuvshin') takes the whole name the bio gives ('Dorjsuren Enkhtuvshin is Minister …'): the one thing it changes."""
    owners: list[int] = []
    stated: dict[int, str] = {}
    paragraph = _unbolded(paragraph)
    sentences = [part for sentence in _SENTENCE_BREAK.split(paragraph) for part in _NEXT_BIO.split(sentence)]  # not after an initial: 'Daniel R. Whitford is …'
    for sentence in sentences:  # and "… in Washington and Daniel Kessler is a former …": the second bio in the sentence on its own
        sentence = RANKS.sub(
            "", _BIO_LABEL.sub("", english_label(sentence.lstrip("—–-*_ ")))
        )  # "Lt. Gen. (ret.) Robert Hallworth is …", "Authors: Maya …", "Mr. Calloway, a …", "Sobre la autora / About the author: …"
        sentence = _WRITTEN_BY.sub(lambda m: f"{m['who']} is {m['article']}", sentence)
        if (several := _SHARED_BIO.match(sentence)) and len(named := split_names(several["names"])) >= 2 and all(map(looks_like_name, named)):
            # 'Lee Sang-soo, Yuki Hamasaki and Gregor Lindqvist are, respectively, head of …': one bio of the three
            each = [next((n for n, signer in enumerate(people) if romanized(signer.name) & romanized(name)), None) for name in named]
            owners += [n for n in each if n is not None]
            respectively = re.match(r",?\s*respectively,?\s+(?P<posts>.+?)\.?$", sentence[several.end() :])
            posts = re.split(r",\s+and\s+|,\s+", respectively["posts"]) if respectively else []
            for n, post in zip(each, posts, strict=False) if len(posts) == len(named) else ():
                if n is not None and n not in stated:
                    stated[n] = post.strip(" *_")  # each post in the order of the names
            continue
        if re.match(r"(?:he|she|they)\s+(?:is|are)\s+(?:now|currently|also|an?\s|the\s)", sentence, re.I):  # "He is now a visiting professor at …"
            found = _BIO_AFFILIATION.search(sentence) if owners and owners[-1] not in stated else None
            if found and AFFILIATION_WORD.search(found.group("what")):  # the post of the one the bio before it named
                stated[owners[-1]] = re.sub(r"^(?:now|currently|also)\s+(?:(?:a|an|the)\s+)?", "", found.group("what").strip(" *_").rstrip("."))
            continue
        match = _BIO.match(sentence)
        if not match:
            continue
        who = romanized(match.group("who"))
        alone = " " not in match.group("who").strip() and _SURNAME_BIO.search(sentence)  # 'Morioka is a professor …', not 'Chun is right'
        surname = fold(match.group("who")) if alone else None
        by_surname = [n for n, signer in enumerate(people) if surname and surname in (_name_words(signer.name)[0], _name_words(signer.name)[-1])]
        for n, signer in enumerate(people):
            initialled = _initialled(signer.name, match.group("who").strip())
            if who & romanized(signer.name) or fold(match.group("who")) == fold(signer.name) or by_surname == [n] or initialled:
                if initialled:
                    signer.name = match.group("who").strip()  # "By D. Enkhtuvshin", then "Dorjsuren Enkhtuvshin is Minister …": the whole name
                owners.append(n)
                what = re.sub(r"^(?:\d{1,3}|Ph\.?\s?D\.?|M\.?A\.?|M\.?Sc\.?|D\.?\s?Phil\.?)$", "", (match.group("aside") or "").strip())
                # 'Oh Kyung-min, 67, spent …': an age, no post; 'Kim Ji-woo, M.A., is …': a degree
                found = _BIO_AFFILIATION.search(sentence[match.end("who") :])
                if found and (not what or re.match(r"(?:an?\s+)?(?:retired|former)\b", what, re.I)):
                    what = re.sub(
                        r"^(?:now|currently)\s+(?:(?:a|an|the)\s+)?", "", found.group("what").strip()
                    )  # 'X, a retired lieutenant general, is a visiting professor at …': what X is now
                if what and n not in stated:
                    stated[n] = re.sub(r"(?<![A-Z])\.$", "", what.strip(" *_"))  # not the full stop before the italics' close ('… in Seoul.*')
    return list(dict.fromkeys(owners)), stated


def _paged_lines(paragraphs: Sequence[str]) -> tuple[set[str], Counter[str]]:
    """A PDF's running lines: the short lines that come back with another number ('LIBRARY OF PARLIAMENT 2 PUBLICATION NO. …',
    then '… 3 …'), as their numbers masked; and how often each short line comes back at all."""
    listed = [p for p in paragraphs if not CONTENTS.match(p.strip().split("\n")[0].strip("*_# "))]  # a contents list's entries head no page
    lines = [line.strip() for p in listed for line in p.split("\n") if 0 < len(line.strip()) <= 100]
    forms: dict[str, set[str]] = {}
    for line in lines:
        if any(ch.isdigit() for ch in line) and not _NUMBERED_PART.fullmatch(line):  # not a title the running head repeats, nor 'Letter 2'
            forms.setdefault(_page_form(line), set()).add(line)
    return {masked for masked, raw in forms.items() if len(raw) >= 2}, Counter(line.casefold() for line in lines)


def _menu_one_a_paragraph(flat: Sequence[str]) -> list[int]:
    """A site's menu near the top copied an item a paragraph: three or more paragraphs in a row of a word or two each,
    together a menu's words."""
    found: list[int] = []
    run: list[int] = []
    for i, paragraph in enumerate([*flat[:14], ""]):
        if 0 < len(paragraph.split()) <= 2 and not paragraph.endswith((".", "?", "!", ":")) and "\n" not in paragraph:
            run.append(i)
            continue
        if len(run) >= 3 and is_navigation(" ".join(flat[j] for j in run)):
            found += run
        run = []
    return found


def _logo(lines: Sequence[str]) -> bool:
    """A cover's logo: the publisher's name set in three or more short lines ('ASPI' / 'AUSTRALIAN' / 'STRATEGIC' / …, or
    'Stiftung' / 'Wissenschaft und' / 'Politik' / 'German Institute for' / …, the name in two languages)."""
    words = [line.strip() for line in lines if line.strip()]
    return (
        len(words) >= 3
        and all(len(line) <= 30 and not line.endswith((".", "?", "!", ":", ",")) for line in words)
        and any(is_institution_name(" ".join(part)) for k in range(len(words) - 1) for part in (words[k:], words[: k + 1]) if len(part) >= 2)
    )


def _page_form(line: str) -> str:
    """A running line with its numbers masked, and its page number taken away from either end: an even page's footer has it
    first ('2 La Trobe Asia Policy Brief No. 7'), an odd page's last ('La Trobe Asia Policy Brief No. 7 3')."""
    unpaged = re.sub(r"^\d{1,3}\s+(?=\D)", "", line)
    return PAGE_DIGITS.sub("#", unpaged if unpaged != line else re.sub(r"(?<=\S)\s+\d{1,3}$", "", line))


def _disclaims(text: str, after_the_first: bool = False) -> bool:
    """Whether one of the text's sentences (past its first, with `after_the_first`) is a disclaimer: 'This transcript was
    generated automatically … Guests' views are their own and do not …'."""
    return any(DISCLAIMER.match(sentence) for sentence in _SENTENCE_BREAK.split(text)[1 if after_the_first else 0 :])


def _followed_writer(lines: Sequence[str]) -> bool:
    """'Callum Fraser' / 'Follow' / 'Published in Southern Latitudes · 8 min read': a blog platform's byline, its button aside."""
    return 2 <= len(lines) <= 4 and name_alone(lines[0].strip()) is not None and any(re.fullmatch(r"follow(?:ing)?", line.strip(), re.I) for line in lines[1:])


def _running_lines(paragraph: str, paged: tuple[set[str], Counter[str]]) -> bool:
    """Whether a paragraph is a page's running lines alone: one that comes back with another page number, and with it only
    lines that come back too (the title the header repeats)."""
    numbered, seen = paged
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    return any(_page_form(line) in numbered for line in lines) and all(
        _page_form(line) in numbered or seen[line.casefold()] >= 2 or is_running_head(line) for line in lines
    )  # "2<tab>Hangang Institute for Peace and Order" over "Issue Briefing No. 2022-11": its number a column apart


def _initials_forms(name: str) -> set[str]:
    """The initials a name may sign with: 'Lee Sang-hyun' as 'LSH', 'LS' and, given name first, 'SL' ('Kang Hyun-ah' signs 'H.K.')."""
    words = RANKS.sub("", name).split()
    given_first = " ".join(words[1:] + words[:1])
    return {_initials_of(name), _initials_of(given_first), "".join(w[0].upper() for w in words), "".join(w[0].upper() for w in words[1:] + words[:1])}


def _initials_of(name: str) -> str:
    """'Lee Sang-hyun' -> 'LSH', 'Zhou Jianing' -> 'ZJ': a name's initials, a hyphenated given name's parts each."""
    return "".join(part[0].upper() for word in RANKS.sub("", name).split() for part in word.split("-") if part)


def _initialled(short: str, full: str) -> bool:
    """Whether `short` is `full` with its given names as initials ('D. Enkhtuvshin', 'Dorjsuren Enkhtuvshin')."""
    shorts, fulls = short.split(), full.split()
    return (
        len(shorts) == len(fulls) >= 2
        and fold(shorts[-1]) == fold(fulls[-1])
        and any(re.fullmatch(r"[A-Z]\.", word) for word in shorts[:-1])
        and all((re.fullmatch(r"[A-Z]\.", a) and b[:1] == a[0] and len(b) > 2) or fold(a) == fold(b) for a, b in zip(shorts[:-1], fulls[:-1], strict=True))
    )


def _spans(starts: Sequence[int], end: int) -> list[tuple[int, int]]:
    """Each part's first paragraph (its heading) and the next part's, the last part's running to `end`."""
    return list(itertools.pairwise([*starts, end]))


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is `full` with its given name as initials, the full name in either order: 'C.-S. Chun' and 'CHUN
    Chae-sung', 'J. D. Smith' and 'John David Smith'."""
    parts = re.fullmatch(r"(?P<initials>(?:[A-Z]\.[\s-]*)+)(?P<surname>[^\s.]{2,})", short.strip())
    words = RANKS.sub("", full).split()
    if not parts or len(words) < 2:
        return False
    letters = re.sub(r"[^A-Z]", "", parts["initials"])
    return any(
        fold(surname) == fold(parts["surname"]) and _initials_of(" ".join(given)) == letters
        for surname, given in ((words[-1], words[:-1]), (words[0], words[1:]))
    )


_SHORT_FORMS = {
    "tom": ("thomas",), "bill": ("william",), "will": ("william",), "bob": ("robert",), "rob": ("robert",), "jim": ("james",),
    "dick": ("richard",), "rick": ("richard",), "ted": ("edward",), "ned": ("edward",), "jack": ("john",), "peggy": ("margaret",),
    "meg": ("margaret",), "liz": ("elizabeth",), "beth": ("elizabeth",), "betty": ("elizabeth",), "kate": ("katherine", "catherine"),
    "sasha": ("alexander", "aleksandr", "alexandra", "aleksandra"), "misha": ("mikhail",), "volodya": ("vladimir",), "kolya": ("nikolai",),
}  # fmt: skip
"""First names that go by a short form no prefix gives ('Dear Tom,' to Thomas W. Harlow)."""


def _goes_by(name: str, called: str) -> bool:
    """Whether `called` is one of `name`'s words, or the short form of its first ('Lee', 'Lan'; 'Matt' for Matthew Harcourt)."""
    words, short = fold(name).split(), fold(called)
    return (
        short in words
        or (len(short) >= 3 and bool(words) and words[0].startswith(short) and len(words[0]) > len(short))
        or (bool(words) and words[0] in _SHORT_FORMS.get(short, ()))
    )


def _as_written(name: str, paragraphs: Sequence[str]) -> str:
    """`name` with the letters the text gives it where it writes it in mixed case: 'MEHMET KAAN YILMAZ' in the byline is
    'Mehmet Kaan Yilmaz' by title case, and the bio's 'Mehmet Kaan Yılmaz' says which i it is."""
    if not name.isascii():
        return name  # its letters are the text's already
    loose, count = _loose(name), len(name.split())
    for paragraph in paragraphs:
        if not paragraph.isascii() and loose in _loose(paragraph):
            tokens = re.findall(r"[^\W\d_][\w’'.-]*", paragraph)
            for k in range(len(tokens) - count + 1):
                window = " ".join(tokens[k : k + count])
                if window != window.upper() and _loose(window) == loose:
                    return window
    return name


def _loose(text: str) -> str:
    """`fold`, with the Turkish dotless ı as i: the letters a name in capitals cannot tell apart."""
    return fold(text).replace("ı", "i")


def _same_person(one: str, other: str) -> bool:
    """Whether two names are one person's: the same name, or the same in another romanization."""
    return bool(romanized(one) & romanized(other)) or fold(one) == fold(other)


def _people_among(names: Iterable[str]) -> int:
    """How many people `names` are, as `_Reader.person` would count them, before any is read as one."""
    distinct: list[str] = []
    for name in names:
        if not any(_same_person(seen, name) for seen in distinct):
            distinct.append(name)
    return len(distinct)


def _name_and_post(line: str, post_required: bool) -> tuple[str, str] | None:
    """(name, post) of a signature by name ('— Yang Hye-won, research fellow at …'), the post one an affiliation names, or
    none after a place ('- Ingrid Solberg, Oslo'); None when `line` signs no one, or names no post though `post_required`."""
    line = re.sub(r"(?<=\w)\s*\(([^()]{3,60})\)$", r", \1", line)  # 'Lee Sang-soo (Stockholm, Sweden)': a letter from abroad
    whole = _NAME_SIGNATURE.fullmatch(line)
    if not whole or not looks_like_name(named := title_case(clean_name(whole["name"]))):
        return None
    post = (whole["post"] or "").strip()
    place = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+(?: (?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+){0,2}"
    if not post_required and re.fullmatch(rf"{place}(?:,\s+{place})?", post) and not AFFILIATION_WORD.search(post):
        return named, ""  # "- Ingrid Solberg, Oslo", "Lee Sang-soo, Stockholm, Sweden": where they write from, no post
    if (post_required and not post) or (post and not AFFILIATION_WORD.search(post)):
        return None
    return named, post.rstrip(".")


def _speaker_in_title(title: str) -> str | None:
    """The speaker a speech's title names ('Address by Minister of Unification Yoon Min-seo at the 7th …': 'Yoon Min-seo'), the
    office before the name left out; None when the title names none."""
    said = _SPEECH_BY.match(title)
    words = said["who"].split() if said else []
    for start in range(len(words) - 1):
        name = clean_name(" ".join(words[start:]))
        if 2 <= len(name.split()) <= 4 and looks_like_name(name) and not AFFILIATION_WORD.search(name):
            return name
    if said and (set_off := re.match(r",\s+(?P<name>[^,:;()]{4,60}?),\s+(?:on|at|to|before|during|for)\s", title[said.end("who") :])):
        name = clean_name(set_off["name"])  # "Statement by the President of the … Institute, Dr Thandiwe Mokoena, on the …": the office, then its holder
        if 2 <= len(name.split()) <= 4 and looks_like_name(name) and not AFFILIATION_WORD.search(name):
            return name
    return None


_SPEECH_BY = re.compile(
    r"(?:(?:keynote|opening|closing|special|inaugural|regular|daily|weekly)\s+)?(?:address|remarks|speech|keynote|lecture|statement|(?:press\s+)?briefing|press conference)\s+(?:by|of)\s+"
    r"(?P<who>[^,:;()]{4,120}?)(?:\s+(?:at|to|on|before|during)\s|\s*[,:;(]|$)",
    re.I,
)
"""'Address by Minister … Yoon Min-seo at the 7th Singapore–Korea Peninsula Forum': a speech's title, and who gave it."""


def _bio_of_someone(text: str) -> bool:
    """Whether `text` opens as a bio of a person named in full ('Katharina Vogel heads …'; not 'There is talk in Washington …')."""
    return _bio_name(text) is not None


def _one_slip(written: str, meant: str) -> bool:
    """Whether `written` is `meant` with one slip of the keys, two letters side by side swapped ('Egnman' for 'Engman'); a letter
    changed ('Ingman') may be another person, and is no slip."""
    if len(written) != len(meant):
        return False
    differ = [k for k, (a, b) in enumerate(zip(written, meant, strict=True)) if a != b]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and written[differ[0]] == meant[differ[1]] and written[differ[1]] == meant[differ[0]]


def _bio_name(text: str) -> str | None:
    """The person named in full whose bio `text` opens ('Katharina Vogel heads …': 'Katharina Vogel'; 'About Parallel Lines:
    I'm Ingrid Solberg, a former …': 'Ingrid Solberg'); None when it is no bio."""
    if mine := _FIRST_PERSON_BIO.match(text):
        return clean_name(mine["who"]) if looks_like_name(clean_name(mine["who"])) else None
    bio = _BIO.match(RANKS.sub("", text))
    return clean_name(bio["who"]) if bio and len(bio["who"].split()) >= 2 and looks_like_name(clean_name(bio["who"])) else None


_APPOSITION = (
    r",\s+(?!who\b|which\b|whose\b)(?P<post>(?:an?\s+|the\s+)?(?-i:[A-Za-z])[^,;:()\n]{2,80}?(?:\s(?:at|of|in|for)\s[^;:()\n]{2,120}?)?)"
    r"(?=,\s+(?:to|about|on|who|and|for|in|argues|writes|contends|explains|says|delivered|gave|spoke)\b|\s+(?:to|about)\s|(?<![A-Z])[.;:)]\s|[.;:)]?$)"
)
"""What follows a name as its post ('…, Leading Research Fellow at the Center for Korean Studies, Institute of Far Eastern
Studies, to discuss …'), to the clause or sentence after it."""
_NEXT_BIO = re.compile(r"(?:\s+and|(?<=[A-Z]\.)|;(?:\s+and)?)\s+(?=[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,2}\s+(?:is|was)\s+(?:a|an|the)\b)")
"""Where a second bio begins in one sentence: '… in Washington and Daniel Kessler is a former State Department official …',
'… in Washington, D.C. Kang Do-hyun is a research fellow …' (after an abbreviation that ends the first), '… in Stockholm; Yuna
Choi is a research associate …; and Akiko Fujisawa is …' (the co-authors' bios in one sentence)."""
_SHARED_BIO = re.compile(r"^(?P<names>[A-ZÀ-ÖØ-ÞĀ-ž][^.;:]{4,160}?(?:,\s+|\s+)(?:and|&)\s+[A-ZÀ-ÖØ-ÞĀ-ž][^.;:,]{2,60}?)\s+are\b")
"""'Lee Sang-soo, Yuki Hamasaki and Gregor Lindqvist are, respectively, …': the co-authors' one bio."""
_BIO_LABEL = re.compile(
    r"^(?:(?i:(?:about )?(?:the )?(?:authors?|guests?|speakers?|interviewees?))\s*:|(?i:about\s+the\s+(?:authors?|contributors?))\s+(?=[A-ZÀ-ÖØ-ÞĀ-ž])"
    r"|(?i:about)\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3})\s*:"  # "About Niklas Swanstrom: Niklas Swanstrom is …"
    r"|(?-i:ABOUT|About)\s+(?=[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3}\s+is\s+(?:a|an|the)\s)"  # a sidebar's "ABOUT" over "Fiona McAllister is a …"
    r"|(?:Mr|Ms|Mrs|Miss|Mx)\.?(?=\s+[A-ZÀ-ÖØ-ÞĀ-ž]))\s*"
)
"""What stands before the name a bio opens with: 'Authors: Maya Lindqvist is …', 'ABOUT THE AUTHORS' over 'Rachel K. Donnelly is …',
'Mr. Calloway, a retired U.S. ambassador, was …'."""
_WRITES_FROM = re.compile(
    r"(?:(?:dr|prof|professor|mr|ms|mrs|amb|ambassador)\.?\s+)?(?P<surname>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+),\s+(?:a|an|the)\s+.{4,300}?,\s+writes from\s+[A-Z][\w .,-]{2,40}\.?",
    re.I,
)
"""A bio by surname that ends where the writer writes from: 'Dr. Obi-Nwankwo, a Fellow of …, writes from Abuja.'"""
_SURNAME_BIO = re.compile(
    r"^\S+(?:,\s+[^,]{2,120},)?\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:fellow|professor|director|researcher|head|lecturer|analyst|correspondent|editor|columnist|scholar|adviser|advisor|member|diplomat|ambassador|officer|chair|envoy|negotiator|official|minister|secretary|journalist)\b"
    r"|^\S+\s+(?:lectures|teaches|heads|directs|chairs|leads)\s+(?:in|at|on|the)\s"  # 'Njoroge-Mutua lectures in international relations at …'
    r"|^\S+\s+(?:served|serves|worked)\s+as\s+(?:[\w’'-]+\s+){0,4}(?:ambassador|representative|envoy|minister|secretary|director|adviser|advisor|officer|negotiator|official|head|chief|deputy)\b",
    re.I,
)
"""A bio by surname alone says what the person is: 'Morioka is a professor of …', '(Ms) Kamau-Oduya served as Kenya's deputy
permanent representative …' ('Chun is correct that …' is a reply's argument)."""


def _name_words(name: str) -> list[str]:
    """A name's words, folded, for telling a surname alone ('Morioka') as one signer's."""
    return [w for w in re.split(r"[\s,]+", fold(clean_name(name))) if w] or [""]


_FOR_NAME = re.compile(
    r"^(?:for|according to)\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2})),", re.I
)
"""'For the researcher Claire Dumont, …': a dek that gives the floor to the one interviewed."""
_SAYS_NAME = re.compile(
    r"\b(?:says|argues|warns|explains|believes|urges|insists|cautions|contends|predicts)\s+(?:(?-i:[a-z][\w-]*)\s+|(?-i:[A-Z][\w-]*)\s+(?=(?-i:[a-z])[\w-]*\s)){0,4}"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}))\s*[.,;]?$"
    r"|(?:^|,\s+|[.!?]\s+)(?:(?:professor|dr\.?|ambassador|general)\s+)?(?:(?:(?-i:[A-Z][\w-]*)\s+){0,2}(?:(?!(?:of|the|from|at|to)\s)(?-i:[a-z][\w-]*)\s+){1,3}"
    r"|(?:(?-i:[A-Z][\w-]*)\s+){1,2}to\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s+)?"
    # 'Korea specialist …', 'Former vice foreign minister …' (not 'Zhao Minghui of the …'), 'Former Ambassador to Mongolia …'
    r"(?:(?:(?-i:[A-Z][\w-]*)\s+){0,3}(?-i:[A-Z][\w-]*)[’']s\s+)?"  # "Kyungnam University's Yoon Hye-rin says …'
    r"(?P<first>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}))"
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?(?-i:[A-Z])[^,;.]{2,80}?|,\s+[^,;.]{3,200},)?\s+(?:says|argues|warns|explains|believes|urges|insists|cautions|contends|predicts|talks|speaks)\b",
    re.I,
)
"""'… says Jilin scholar Gu Haoran', 'Professor Gu Haoran argues that …': a headline or dek that names whose view follows."""
_NAME_POST_ON = re.compile(r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'.-]+){1,3}),\s+(?P<post>[^,]{3,120}?),\s+on\s+\w")
"""'Rodrigo Sampaio Lemos, Brazil’s envoy to the DPRK from 2012 to 2016, on isolation, …': a dek giving the guest, his post, his subject."""
_NAMED_ON = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}\s+on\s")
"""'… Karen Whitfield on what the summit can achieve': the person the headline gives the floor to."""
_QUOTED_HEAD = re.compile(r"^[\"'“‘].{6,120}?[\"'”’]\s*:")
"""A headline that opens with someone's words in quotation marks and a colon: an interview's."""
_TITLE_NAME = re.compile(r"(?:^|:\s+)(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.-]+){1,3})(?::\s|\s+on\s|,\s+(?P<post>[^:“”\"]{3,80}):\s+[“\"‘])")
"""'Chaesung Chun: …', 'Jane Doe on …', 'Lucía Ferreyra, former UN sanctions investigator: “…”': the interviewee at the head of
the title, a post after the name only before a quotation (no possessive: 'Beijing’s Patience …' is none)."""
_STATEMENT_OF = re.compile(r"(?:prepared )?statement of (?:the )?(?:hon(?:orable)?\.? )?(?P<name>[^,]{4,60}),", re.I)
"""'STATEMENT OF SANG-SU LEE, Ph.D., ASSOCIATE PROFESSOR …': a witness's testimony, as the US Congress prints it."""
_BOTH_REPLY = re.compile(r"(?P<first>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+)\s+(?:and|&)\s+(?P<second>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+)\s+(?:respond|reply|rebut)\s*:?", re.I)
"""'Okafor and Seo respond': two debaters, by surname, over their rebuttal."""
_ANNOUNCES_POINTS = re.compile(
    r"\b(?:two|three|four|five|six|seven|several|a few|the following)\s+(?:[\w-]+\s+){0,2}(?:measures|steps|things|points|ideas|proposals"
    r"|recommendations|reasons|options|priorities|principles|lessons|changes|actions|moves|elements|ways)\b[^.!?]{0,120}[.:]?\s*$"
)
"""'… I would suggest three practical measures that could start even before formal negotiations.': the numbered points under it
are the writer's, no notes."""
_AUTHORS_PAGE_HEAD = re.compile(
    r"(?=\d{1,4}\s|.*\s\d{1,4}$)(?:\d{1,4}\s+)?(?:[A-Z]\.[\s-]*){1,3}(?P<surname>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]{1,30})"
    r"(?:\s+(?:AND|&)\s+(?:[A-Z]\.[\s-]*){1,3}[A-ZÀ-ÖØ-Þ’'-]{2,30}|\s+(?:ET AL|et al)\.)?(?:\s+\d{1,4})?"
)
"""'312 N. SWANSTRÖM', 'N. SWANSTRÖM AND S. LEE 45': a journal's page head, its page number and its authors' initials and
surnames in capitals."""
_SUBJECT_OPENS = re.compile(
    r"(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+){1,3})(?:,\s+(?:\d{2,3},\s+|(?:a|an|the|who)\s)|\s+(?:at|in) (?:his|her|their) )"
)
"""'Oh Kyung-min, 67, spent …', 'Oh Kyung-min at his home in Bundang': an introduction or a caption opening on the one it presents."""
_A_CONVERSATION_WITH = re.compile(
    r"\b(?:is|was) (?:based on|drawn from|adapted from|edited from) (?:a |an |several |two |three )?(?:conversations?|interviews?|talks?) with\s+"
    + _SUBJECT_OPENS.pattern
)
"""'This as-told-to essay is based on a conversation with Han Mi-kyung, 58, who ran …': the introduction naming the one who tells it."""
_POST_META = re.compile(r"(?P<name>[^·|•]{4,60}?)\s+[·|•]\s+[^·|•]{2,120}?\s+[·|•]\s+(?:\d{1,4}|no) comments?", re.I)
"""'Ben Castellanos · North Korea, Sanctions, Verification · 3 Comments': a blog post's line of writer, categories and
comments."""
_MAIL_SENDER = re.compile(r"from\s*:\s*(?P<name>[^<>\n@]{3,60}?)\s*(?:<[^>\n]*>)?\s*\n\s*(?:to|date|sent)\s*:", re.I)
"""'From: Ingrid Halvorsen' over 'To: …' or 'Date: …': a printed e-mail's sender, over what she wrote."""
_THE_WRITER = re.compile(r"the writers?(?:,| is| are| was| were| lives?| teach(?:es)?| taught| works?| worked| served)\s", re.I)
"""'The writer, a retired Foreign Service officer, …', 'The writers are graduate students …': a letter's bio, under its signature."""
_TITLE_PERIOD = re.compile(
    r"^((?:Mr|Ms|Mrs|Dr|Hon)\. (?-i:[A-Z])[\w’'-]+|(?:Chairman|Chairwoman|Senator|Ambassador|General|Admiral|Secretary) (?-i:[A-Z])[\w’'-]+)\.\s+(?=[A-Z“\"])"
)
"""'Mr. Holloway. The subcommittee will come to order.': a speaker in the US Congress's printed record, a full stop for a colon."""
_CAPS_DASH = re.compile(r"^((?-i:[A-Z][A-Z’'-]{1,20}(?: [A-Z][A-Z’'-]{1,20}){0,2}))\s+[—–]\s+(?=\S)")
"""'TARASENKO — Both. It is serious …': a round table's speaker in capitals, a dash where others put a colon."""
_INTERVIEWED_IN = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}))\s+(?:speaks|talks|gestures|answers questions)\s+(?:during|in)\s+an\s+interview\b"
    r"|\bour expert is\s+(?:(?:associate |assistant )?professor\s+|dr\.?\s+)?(?P<expert>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}))"
    r"|(?:^|[.!?]\s+)(?P<answered>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3})),\s+[^.]{3,160}?,\s+answered\s+(?:our|my|the)\s+questions\b"
    r"|(?:^|[;.!?]\s+)(?:(?:dr|prof|professor|mr|ms|mrs)\.?\s+)?(?P<answers_of>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}))[’']s\s+(?:answers|replies|responses)\s+(?:appear|are|were)\b"
    r"|\bhost\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)){0,2}\s+(?:talks|speaks|chats)\s+(?:to|with)\s+(?:(?:dr|prof|professor|mr|ms|mrs)\.?\s+)?"
    r"(?P<talked_to>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}))\b",
    re.I,
)
"""'Takeshi Onodera speaks during an interview in Kyoto' (a caption), 'our expert is Associate Professor Lim Wei Jie', '… Nguyen
Thi Lan Huong, deputy director of …, answered our questions by email.', '… Dr Sanghoon Lee’s answers appear in full' (an editor's note)."""
_GUEST_WITH_POST = re.compile(r"(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]*\.?(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]*\.?){1,4})),\s+(?P<aside>[^;]{3,200}?),\s+(?-i:[a-z]+)\b")
"""'Dr Nguyen Thi Lan Huong, deputy director of …, followed the summit closely', 'Ashok K. Raghavan, who served as India's
ambassador …, shares his assessment': the guest an interview's introduction presents, over its first question."""
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+"
"""A capitalized word of a name, as the guests and writers below are named ('Urs', 'Brändli', 'Dong-hyun')."""
_REPLIES_INLINE = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+(?:replies|responds|rebuts|answers)\s*:\s+(?=\S)")
"""'Kim Dong-hyun replies: Ambassador Holloway describes …': a rejoinder that names its writer in its first words."""
_SIGNED_UPDATE = re.compile(rf"(?i:update|postscript|addendum)(?:,\s*[^():\n]{{3,40}})?\s*\((?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\)\s*:\s+(?=\S)")
"""'Update, October 14 (Rachel Osei): Since Marcus posted this, …': a later word from a second writer, who signs it in brackets."""
_PICTURED = re.compile(rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?:,|\s+(?:in|at|during|speaks|talks|poses)\b)")
"""A caption that opens with the name of the one it shows: 'Urs Brändli in Geneva. Photo: Nadia Keller'."""
_NAME_THEN_DEED = re.compile(
    rf"(?P<who>(?-i:{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}))(?:,\s+(?-i:[A-Z])[^,]{{1,40}},)?\s+"  # 'Viktor S. Orlov, Cand. Sc. (Military), spent …'
    r"(?:has|had|is|was|spent|served|led|heads|directs|teaches|taught|worked|studied|followed|covered|advised|commanded|negotiated|ran)\b"
)
_SPOKE_TO_THEM = re.compile(
    r"\b(?:we|I)\s+(?:spoke|talked|sat down|caught up)\s+(?:to|with)\s+(?:her|him|them)\b|\b(?:he|she)\s+(?:talks|speaks)\s+(?:about|to us)\b"
    r"|\b(?:he|she)\s+(?:spoke|talked)\s+(?:to|with)\s+(?-i:[A-Z])|\bthe interview was (?:conducted|recorded|held)\b",
    re.I,
)
"""'Irina Sokolova has followed … since the early 2000s. We spoke to her about …', '… commanded maritime patrol forces … He
talks about …', '… He spoke to MDW on October 11', '… The interview was conducted in Moscow': an introduction, a dek or an
editor's note, that names its guest first."""
_ANSWERS_OUR_QUESTIONS = re.compile(
    rf"(?:(?:{HONORIFIC}|{RETIRED})\s+)*(?P<who>(?-i:{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}))(?:\s+(?:of|from|at)\s+(?P<place>[^,;]{{3,80}}?))?"
    r"\s+(?:answers|takes) (?:our|your|readers[’']?) questions\b",
    re.I,
)
"""'Dr Nguyễn Thị Lan Hương of Hanoi’s Institute for Northeast Asian Studies answers our questions on …': a dek giving the guest."""
_POST_THEN_GUEST = re.compile(
    rf"(?P<post>[^,;.]{{8,120}}),\s+(?P<who>(?-i:{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})),\s+"
    r"(?:sat|served|spent|was|has|had|led|headed|worked|took part|negotiated|represented|joined)\b"
)
"""'Russia’s former ambassador-at-large for …, Andrei Vasilevsky, sat at the Russian table …': the guest, named after the post."""
_EVENT_OF = re.compile(
    r"(?:spokes(?:person|man|woman)\s+)?(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}))[’']s\s+(?:regular\s+)?(?:press\s+(?:conference|briefing)|remarks|briefing|speech|address|lecture|keynote|testimony)\b",
    re.I,
)
"""'Foreign Ministry Spokesperson Ma Zhaoqing's Regular Press Conference on June 13, 2018': whose event the title names."""
_IN_CONVERSATION = re.compile(r"(?P<guest>[^,:;]{4,120}?)\s+in (?:conversation|discussion|dialogue) with\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}\s*$")
"""'X in conversation with Y' on a line of its own: X is the one who answers, Y the one who asks."""
_WITH_NAME = re.compile(
    r"(?<!\bshe )(?<!\bhe )(?<!\bthey )"  # not "She spoke to Tom Reddan by phone": the guest speaking, to the interviewer
    r"\b(?:interview with|in conversation with|conversation with|(?:e-?mail |written )?exchange with|q ?& ?a with|talking with|speaks with|questions (?:by e-?mail |in writing )?(?:for|to)|(?:spoke|talked)(?: (?:by|over|via) (?:the )?(?:tele)?(?:phone|video(?: call| link)?|zoom|e-?mail))? (?:with|to)|sat down with|asked)"
    rf"\s+(?:(?:{HONORIFIC}|{RETIRED})\s+)*"  # "spoke with Assoc. Prof. Dr. Nguyen Thi Thu Ha", "asked VADM (Ret.) Robert L. Thornton III"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž](?:[\w’'-]+|\.)(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž](?:[\w’'-]+|\.)){1,3}))",  # 'J. R. Kim', not 'Mats Engman. Russia in …'
    re.I,
)
_ASKED_AS_A_TASK = re.compile(
    r"(?:explain|assess|examine|describe|evaluate|analy[sz]e|compare|outline|tell us|walk us through|talk us through)\s[^.!?]{10,}\.", re.I
)
"""'Explain the significance of the September Pyongyang Joint Declaration for …': an interviewer's question, put as a task."""
_AGREED = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+){1,2}),\s+who\s+(?:[^.]|(?<=\b[A-Z])\.){5,250}?,\s+"
    r"(?:kindly |graciously |generously )?(?:agreed|joins us|joined (?:me|us)|sat down with (?:me|us))\b"
)
"""'Ingrid Solheim, who served on the U.N. Panel of Experts …, kindly agreed': the guest an introduction presents."""
_POST_ASIDE = re.compile(r"\s+[–—]\s+(?P<post>[^–—.]{3,250}?)\s+[–—]\s|,\s+(?:an?\s+|the\s+)?(?P<listed>[^,;.]{3,200}?),\s+(?:about|on|for|to)\s")
"""' – professor in the Department of … at Seoul National University – ' after a name: the person's post, set between dashes; or
', a senior research fellow at the Korea Institute … in Seoul, about …', between commas before what the talk was about."""
_POINTS_HEAD = re.compile(r"(?:key (?:points|findings|takeaways|judgments)|at a glance|highlights|in brief|in summary)\s*:?", re.I)
"""'Key Points' alone over its box (an 'Executive Summary' heading goes with what is under it: see summary_heads)."""
_NUMBERED_PART = re.compile(r"(?:letter|part|section|chapter|question|round|day|annex|appendix|reply|response)\s+(?:\d{1,2}|[IVX]{1,4})\s*:?", re.I)
"""'Letter 2', 'Part III': a heading of a text in numbered parts, each number once."""
_ONE_WORD_MASTHEAD = re.compile(r"[A-Z][\w-]+\.")
"""'Newsroom.': a site's name of one word, set with a full stop as its logo is; no title ends so."""
_SYNOPSIS_HEAD = re.compile(r"synopsis\s*:?", re.I)
"""'SYNOPSIS' over one paragraph: the publisher's summary of the text (an 'Abstract' is the authors' own: 'We argue …')."""
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_PLACE_AND_DAY = re.compile(rf"(?:[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){{0,2}},\s+)?(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})")
"""'Kyoto, January 26', '26 March': a letter's place and day, with no year."""
_FROM_THE_BOOK = re.compile(r"from (?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w.’' -]{3,40}?), (?P<book>(?-i:[A-Z“\"]).{3,200})", re.I)
"""'From Pavel Ryabov, The Unfinished War: …': an excerpt's source line, the book's writer."""
_SERIES_BY = re.compile(
    r"(?:commentary|analysis|op-?ed|opinion|essay|column|critical questions|perspective|brief|report|article) by (?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w.’' -]{3,40}?)",
    re.I,
)
"""'Commentary by Haruka Tsujimoto' on its own line: a think tank page's byline, the kind of piece first."""
_IN_THIS_ISSUE = re.compile(
    r"(?:in (?:this|today[’']s|this week[’']s) (?:issue|edition|newsletter|briefing|letter|episode)|inside this issue)(?:\s*:\s*|\s*\n\s*[-•*·]\s*)\S", re.I
)
"""'In this issue: …' over a newsletter's pieces, on one line or as a list: what the issue holds, said by its editor (not a
sentence, 'In this issue: two of our fellows weigh in …', which other rules read)."""
_SUMMARY_HEAD = re.compile(r"(?:executive )?summary\s*:?", re.I)
"""'Executive Summary' alone: a heading that goes with what is under it (summary_heads), unlike 'Key Findings' (_POINTS_HEAD)."""
_DAY_FIRST_PAGE = re.compile(
    r"\b(?:in[ií]cio|publica(?:ç|c)(?:õ|o)es|publicaciones|accueil|actualit[ée]s|startseite|aktuelles|pubblicazioni|notizie|nieuws|publicaties"
    r"|strona g[łl]ówna|etusivu|forside|startsida)\b|N[º°]\s*\d",
    re.I,
)
"""A page's furniture in a language that writes the day before the month ('Início / Publicações', 'Nº 27/2019')."""
_DAY_FIRST_SITE = re.compile(
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com?\.|org\.|net\.|gov\.|edu\.|ac\.)?(?:au|nz|uk|ie|in|sg|za|my|hk|de|fr|it|es|nl|be|se|no|dk|fi|ch|at|pl)\b(?![.\w])|\bABN\s+\d"
)
"""The page's address in a country that writes the day first ('scsr.org.au', 'ABN 48 612 907 335'), in its furniture."""
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TWO_LINE_HEADLINE = re.compile(
    r"(?!(?i:hi|hello|dear|good (?:morning|afternoon|evening)|welcome|thanks|thank you)\b)(?!.*\b(?:I|we|my|our|you)\b)(?:[^.!?\n]{8,50}[.!?] [^.!?\n]{8,45}|[^.!?\n]{8,90}[.!?] [^.!?\n]{4,20})[.!?]"
)
"""Two short sentences set as a headline: 'The sanctions are leaking. That's not the whole story.', or a longer one and a
very short one ('Flying surveillance over the East China Sea won’t fix North Korea. Do it anyway.'); not 'Hi all. This week …'."""


_TALKS_ABOUT = re.compile(
    r"\.\s+(?:he|she|they) (?:talks|speaks|talked|spoke|discusses|discussed|explains|explained|reflects|reflected|tells|told) (?:us )?(?:about|on|of|why|how|what)\b",
    re.I,
)
"""'… Mats Engman spent years inside the DMZ. He talks about hotlines that no longer ring …': an interview's dek, not a bio."""


_POST_WORD = re.compile(
    r"(?:ex-|former-?)?(?:envoy|ambassador|minister|diplomat|official|negotiator|general|admiral|professor|expert|scholar|analyst|advis[eo]r|lawmaker|senator|representative|special|deputy|vice|spokes(?:man|woman|person)"
    r"|economist|historian|researcher|specialist|journalist|veteran)",
    re.I,
)


def _without_post(name: str, texts: Sequence[str]) -> str:
    """'Ex-envoy Moriyama' at the head of a title as the whole name the text gives the surname ('Kenji Moriyama')."""
    words = name.split()
    while len(words) > 1 and _POST_WORD.fullmatch(words[0]):
        words = words[1:]
    return _full_name(words[0], texts) if len(words) == 1 and len(name.split()) > 1 else " ".join(words)  # 'Representative Kwon Tae-ho': his name


def _cosigned(signature: str) -> list[tuple[str, str]] | None:
    """'— Fiona McAllister, Australian Centre …, and Kim Da-eun, Graduate School …' under a part: two who wrote it, each with a post."""
    several = byline_people("By " + signature.lstrip("—–- "))
    return several if several and len(several) >= 2 and all(looks_like_name(name) for name, _ in several) else None


_NAME_WHO = re.compile(r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3}),\s+(?:who|whose)\s")
"""'Hiroshi Kanemoto, who studies Japan–Korea relations …, answers our questions on …': a name and what the guest does, a dek."""
_LETTER_HEAD = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|sixth|final|last|closing|opening|\d{1,2}(?:st|nd|rd|th)?\.?)\s+)?(?:letter|reply|response)(?:\s+(?:no\.\s*)?\d{1,2})?"
    r"\s*(?:[—–:·|-]|from)\s*(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3})"
    r"(?:\s+to\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’' -]{2,60}|,\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w .’'-]{2,40})$",
    re.I,
)
"""'First letter — CHUN Chae-sung to Rachel Whitford', 'Letter 2 · Kenji Morimoto, Sapporo': a published correspondence, each
letter its writer's."""
_FROM_TO = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3})\s+to\s+(?P<to>[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3})"
    r"(?:\s*[—–-]\s*(?P<when>[^\n]{2,60}))?$"
)
"""'Chun Chae-sung to Lee Sang-soo — Seoul, 5 July 2019': a letter's head without the word 'letter', its writer first."""
_EXPERT_SAYS = re.compile(
    r",?\s+(?:[\w-]+\s+){0,3}(?:expert|scholar|analyst|professor|diplomat|researcher|academic|specialist|former [\w-]+)\s+(?:says|warns|believes|argues|thinks)\s*$",
    re.I,
)
"""'Pyongyang's warning is no bluff, Russian expert says': a wire's report of what one expert told it."""
_ACCORDING_TO = re.compile(r"\baccording to (?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}))", re.I)
"""'According to Yevgeny Kirillov, …': whose words a wire's report gives."""
_REFERENCE = re.compile(
    r"(?:[-–•*]\s*)?[A-ZÀ-Þ][\w’'-]+, (?:[A-Z]\.\s?){1,3}(?:(?:,| and| &) [A-ZÀ-Þ][\w’'-]+, (?:[A-Z]\.\s?){1,3})*(?:\s*\(eds?\.\))?\s*\(?(?:19|20)\d\d[a-z]?\)?[.,]"
)
"""A reference list's entry, author first: 'Engman, M. (2018), …', 'Mancini, F. and Lee, S. (eds.) (2018), …'."""
_WRITES_DEK = re.compile(
    r",? (?:writes?|argues?|says?) (?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?: [A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3})"
    r"(?P<more>(?:, [A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?: [A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3}){0,4})"
    r"(?:,? and (?P<other>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?: [A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,3}))?(?:,[^.]{2,160})?\.?$"
)
"""A standfirst that names its writers at its end ('…, writes Niklas Swanstrom, director of …', '…, write Lee Sang-soo and
Niklas Swanstrom.', '…, write Niklas Swanström, Sangsoo Lee and Mats Engman'): the publisher's, not theirs."""
_LINK_REFERENCE = re.compile(r"^\[\d{1,3}\]\s+https?://\S+", re.M)
"""'[3] https://…' under a plain-text e-mail: where its link marked '[3]' goes."""
_LINK_REFERENCE_MARK = re.compile(r"[ \t]\[\d{1,3}\](?=[\s.,;:!?)]|$)", re.M)
"""' [3]' after a link's words in a plain-text e-mail ('View this email in your browser [1]'): read as if it were not there."""
_LINK_MARK = re.compile(r"\[\d{1,4}\](?=[^\W\d])")
"""A text browser's mark before a link's words ('[12]Dr Maarten Hoekstra', '[17]joint statement'): read as if it were not there."""
_READER_APP_LINE = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\s*·\s*(?P<name>[^·\n]{3,60}?)\s*·\s*\d+\s*min(?:ute)?s?(?: read)?", re.I)
"""Pocket's line under a saved page's title: its site, its author, its reading time."""
_FRONT_MATTER = re.compile(r"---\n(?:[\w-]+:.*\n|[ \t]*-\s.*\n)+---(?:\n[^\n]{1,80}|\n\[[^\n]{1,400})?")
"""YAML front matter, as Obsidian's web clipper and static sites write it over a page (with the page's first short line glued
under it when the clip kept no blank line, or its trail of Markdown links: '[Home](https://…) / [Roundtables](…) / …')."""
_PRINTED_AT = re.compile(PRINTED_AT, re.I)
"""A browser's print header (`looks.PRINTED_AT`): the day and time the page was printed, then its title."""


def _greets_then_argues(paragraph: str) -> bool:
    """'Hello again, and welcome to … I had planned to … Kim Jong-un had other ideas. In January, North Korea …': a greeting
    that goes straight on into the matter, three sentences or more (two under a greeting on a line of its own) none of which
    is about the newsletter or its readers."""
    alone = re.match(r"[^\n.!?]{2,40}[,!]\s*\n", paragraph)  # "Dear readers," on a line of its own: all that follows is the matter
    sentences = _SENTENCE_BREAK.split(paragraph[alone.end() :]) if alone else _SENTENCE_BREAK.split(paragraph)[1:]
    return len(sentences) >= (2 if alone else 3) and not any(_ABOUT_THE_ISSUE.search(sentence) for sentence in sentences)


_ABOUT_THE_ISSUE = re.compile(
    r"\b(?:issues?|newsletter|subscribers?|readers?|inbox|this (?:week|issue|edition|post|piece)|welcome|thanks?|thank you|housekeeping"
    r"|programming note|we each|writes? from|below)\b",
    re.I,
)
"""What a newsletter's greeting says about the issue itself ('… so this week we each wrote our own piece'): its framing still."""
_SAID_IN_AN_INTERVIEW = re.compile(
    r"(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2})),\s+(?P<aside>[^,;]{2,240}?),\s+(?:said|says|told [\w .]{2,40}?) in an interview\b",
    re.I,
)
"""A news agency's lead: '…, Pavel Kostin, leading research fellow at …, said in an interview with Eurasia Today.'"""
_ALSO_SPELLED = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2})\s+\((?P<alt>[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2})\)"
)
"""'Jeon Jae-seong (Chun Chae-sung)': a name, and the same name as it is also written."""
_ONE_NAME_BYLINE = re.compile(r"[Bb][Yy]\s+(?P<name>[A-ZÀ-Þ][a-zà-ÿ]{2,20})")
"""'By Hartanto': one name, as many Indonesians and Burmese have; taken when a bio under the text names the same one."""
_NOT_ONE_NAME = frozenset(
    {"reuters", "staff", "editors", "editor", "admin", "guest", "anonymous", "correspondent", "agencies", "bloomberg", "xinhua", "yonhap", "kyodo"}
)
_SENDER = re.compile(r"[^<>\n]{2,60}<[^<>\s]+@[^<>\s]+>(?P<when>.*)$")
"""A printed e-mail's sender line: 'Rachel Okafor <rachel@…> Mon, Oct 7, 2019 at 6:02 AM'."""
_THANKS = re.compile(r"^(?:many |our |my )?thanks (?:again )?to [^.]{2,80}? for (?:his|her|their|your) time\b[^.]*\.\s+(?:as (?:always|ever),\s+)?", re.I)
"""'Many thanks to Niklas for his time.' before the disclaimer under an interview: the disclaimer is what the paragraph is."""
_PUT_QUESTIONS = re.compile(
    r"\bput (?:(?:a few|some|several|\w+) )?questions (?:by e-?mail )?to\b|\basked (?:[\w.’'-]+ ){1,4}(?:\w+ )?questions\b|\b(?:we|I) (?:spoke|talked) (?:with|to)\b|\bsat down with\b"
    r"|\b(?:we|I) asked (?:(?:Dr|Prof|Professor|General|Ambassador)\.? )?[A-Z]|\bshared (?:his|her|their) (?:views|insights|thoughts|analysis) with\b"
    r"|\bagreed to answer (?:\w+ )?(?:of (?:our|my) )?questions\b"  # "… kindly agreed to answer five questions by email"
    r"|^(?:\w+|\d+) questions (?:for|to|with) (?-i:[A-Z])",  # a title: "Five questions for Niklas Swanstrom on …"
    re.I,
)
"""'… put five questions to Wang Jianmin': an introduction that says what follows is an interview."""
_SPEECH_VERB = r"(?:says|said|adds|added|argues|argued|insists|insisted|explains|explained|warns|warned|notes|noted|continues|went on)"
_BOLD_NAME_POST = re.compile(r"(?:\*\*|__)(?P<name>[^*_:\n]{4,60}?)(?:\*\*|__)\s*,\s*(?P<post>[^:\n]{3,200}?)\s*:\s+(?=\S)")
"""'**Kenji Morimoto**, Senior Research Fellow, Japan Institute of Maritime Security: From Tokyo …': who answers, and their post."""
_NAME_POST = re.compile(r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[^*_:,\n]{3,40}?)\s*,\s*(?P<post>[A-Za-z](?:[^:\n.?!]|(?<=\b[A-Z])\.){2,160}?)\s*:\s+(?=\S)")
"""The same without the bold: 'Chun Chae-sung, Professor …, Seoul National University: The law …', 'Jonathan Esterly, former U.S.
deputy negotiator at the Six-Party Talks: Washington should …'."""
_ABSTRACT_WORD = r"(?:abstract|resumen|resumo|r[ée]sum[ée]|zusammenfassung|riassunto|sommario|samenvatting|streszczenie|要旨|要約|摘要|초록|요약)"
"""The word a paper's abstract opens with, in the languages a journal prints it in beside the English one."""

_NAME_OVER_TURN = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž’'.-]+)(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž’'.-]+)){1,3})(?:\s*\((?P<side>[^()\n]{2,40})\))?"
)


def _turns_headed_by_names(paragraphs: Sequence[str], flat: Sequence[str]) -> dict[int, str]:
    """A written debate's statements, each opened by its writer's name in capitals on a line of its own ('TRAN MINH CHAU (for
    the motion)' / 'For thirty years …'): each as that writer's turn would read ('TRAN MINH CHAU (for the motion): For thirty
    years …'), where three paragraphs or more, by two writers or more, open so; and so a video's transcript, its speakers'
    names over what they say ('AMB. TRAN QUOC HUNG' / 'Thank you, it is a pleasure to be here in Seoul.')."""
    found: dict[int, str] = {}
    writers: set[str] = set()
    for i, paragraph in enumerate(paragraphs):
        first = paragraph.split("\n", 1)[0].strip()
        head = _NAME_OVER_TURN.fullmatch(first)
        rest = flat[i][len(first) :].strip() if "\n" in paragraph.strip() and flat[i].startswith(first) else ""
        if (
            head
            and (is_prose(rest) or rest.endswith("?") or len(rest) >= 40)  # a video's short turn too: "Thank you, it is a pleasure …"
            and not (len(rest) <= 200 and not is_prose(rest) and not rest.endswith("?") and AFFILIATION_WORD.search(rest))
            # not 'Senior Fellow, Atlantic Policy Forum, …': a post ('Ambassador, when the delegation came …?' asks)
            and looks_like_name(RANKS.sub("", title_case(head["name"])).strip())  # "AMB. TRAN QUOC HUNG"
            and not AFFILIATION_WORD.search(head["name"])
            and (not head["side"] or _SIDE_WORD.fullmatch(head["side"]))
        ):
            found[i] = f"{head['name']} ({head['side']}): {rest}" if head["side"] else f"{head['name']}: {rest}"
            writers.add(head["name"])
    return found if len(found) >= 3 and len(writers) >= 2 else {}


_STAMPED_TURN = re.compile(
    r"^((?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w.’'-]+(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w.’'-]+){0,3}(?:\s*\((?:host|guest|moderator|interviewer|presenter)\))?)\s*[\[(]\d{1,2}:\d\d(?::\d\d)?[\])]\s+(?=\S)",
    re.I,
)
"""A podcast transcript's turn: 'Maya Goldstein (host) [00:00:04]' over the words, read as 'Maya Goldstein (host): …'."""
_VERBATIM_TURN = re.compile(r"^((?-i:[A-Z])[^.\n:]{1,118}?(?:\([^()\n]{2,40}\))?)\.\s+[-–]\s+(?=\S)")
"""A parliament's verbatim record: 'Chair. - Good afternoon …', 'Mats Engman, Distinguished Fellow, ISDP. - Thank you …', read
as 'Label: …'."""
_NAME_COLON_POST = re.compile(r"(?:\*\*|__)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][^:\n*_]{3,50}?)(?:\*\*|__)?:\s+(?P<post>(?-i:[A-Z])[^\n.?!]{4,200})")
"""An expert's name line with the post after a colon, over their reply: 'Dana Whitcombe: Senior fellow, Asia Security Initiative'."""
_CLAUSE_WORD = re.compile(r"\b(?:who|which|that|has|have|had|is|was|were|are|said|says|put|told|argued|argues|will|would)\b", re.I)
"""Words of a sentence, not of a post: 'Chun Jae-hong, a former vice minister, put the danger bluntly at a seminar: …'."""
_QUOTED_PARAGRAPH = re.compile(
    rf"[“\"](?=.{{40}})[^”\"]*?[,.?!—–-]?[”\"]\s+(?:(?:(?:she|he|they)\s+|(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+))?)\s+){_SPEECH_VERB}\b"
    rf"|{_SPEECH_VERB}\s+(?P<after>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+)(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+))?)\b)"
)
"""A paragraph that opens with a quotation and its speaker's tag: '“People here still imagine …,” she says.', '“I support
the surveillance flights …,” Marsh says.', '“…,” said Okafor.'."""
_GUEST_LABELS = frozenset({"GUEST", "INTERVIEWEE", "RESPONDENT", "EXPERT"})
"""Labels a transcript gives the one who answers by role, not name ('ANCHOR:' / 'GUEST:')."""
_HOST_PRESENTS = re.compile(
    r"(?:today[’']s|this week[’']s|this month[’']s|this)\s+(?:post|essay|piece|issue|letter|edition)\s+is\s+(?:a|an)\s+(?:guest\s+)?(?:essay|post|piece|column|contribution)\s+(?:from|by)\s+"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'-]+(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ž])[\w’'.-]+){1,3})",
    re.I,
)
""""Today's post is a guest essay from Tendai Mushonga, who …": a host presenting the guest whose post follows."""


def _chair_s_role(turn: str) -> str:
    """A chair's or moderator's turn: a question if it asks, else the chair's framing ('Thank you, Ambassador. We have …')."""
    return "question" if "?" in turn else "introduction"


_REPORTED_BY = re.compile(r"(?:rapporteur|compiled by|(?:report(?:ed)?|summary) (?:prepared )?by)\b", re.I)
"""'Rapporteur: …', 'Compiled by …': the one who wrote an event up, not one of its speakers."""
_NUMBERED_HEADING_TAB = re.compile(r"\s*\d{1,2}(?:(?:\.\d{1,2}){1,2}\.?|\.)\t+(?-i:[A-Z])[^\t]{1,79}[^\t\d]$")
"""'3.1<tab>The view from Seoul', '1.<tab>Introduction': a PDF's numbered section heading, its number set apart by a tab (a
page's footer has a page number, and no full stop after it)."""
_TITLE_WORD = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Ms|Mrs|Ambassador|Amb)\.?\s+(?=[A-ZÀ-ÖØ-ÞĀ-ž])")
"""A title before a name, in running text ('with Dr Nguyen Minh Chau')."""
_TITLED_NAME = re.compile(rf"(?<![\w’'-])(?:{HONORIFIC})\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){{1,2}}")
"""A name of two or three words after a rank ('Ambassador Jose Antonio Reyes'), which a run of three capitalized words would cut."""
_CAPITALIZED_NAME = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]+){1,2}")
"""Two or three capitalized words, a middle initial allowed ('Robert K. Dawes'): a name the text may give in full."""
_SPOKE = re.compile(
    r"(?:Dr\.\s+|Prof\.\s+|Professor\s+|Ambassador\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][\w.’'-]+){1,3}),[^.]{0,200}?\b(?:spoke|talked|sat down|shared (?:his|her|their) (?:views|insights|thoughts|analysis))\b"
)


def _two_over_post(lines: list[str]) -> tuple[list[tuple[str, str]], str] | None:
    """Two writers and the post they share, over their contribution: 'Niklas Swanström with Erik Dahlgren' over 'Institute for
    …', or on one line 'Tomás Rivera and Yuna Park, co-directors, Pacific Nonproliferation Project'."""
    if 2 <= len(lines) <= 3:
        names, post = lines[0].strip(), ", ".join(line.strip() for line in lines[1:]).rstrip(".")
    elif len(lines) == 1 and (shared := re.fullmatch(r"(?P<names>[^,]{5,80}?),\s+(?P<post>[^,].{2,200})", lines[0].strip())):
        names, post = shared["names"], shared["post"].rstrip(".")
    else:
        return None
    if not re.search(r"\s(?:with|and|&)\s", names) or not AFFILIATION_WORD.search(post):
        return None
    pair = byline_people(names, names_alone=True)
    return (pair, post) if pair and len(pair) == 2 and not any(own for _, own in pair) else None


def _interviewee(flat: list[str], roles: list[str | None], known_names: Iterable[str], person, answers_as: str | None = None) -> int | None:
    """Who answers: named at the head of the title ('Jane Doe: …', 'Jane Doe on …'), or in the introduction; `answers_as`, the
    label the answers bear ('Kim'), finds the full name the introduction gives ('Kim Min-seo')."""
    from korea_cli.ids import surname_first  # which of a name's words is the surname: only `korea add` reads interviews

    labelled = clean_name(title_case(answers_as) if answers_as and answers_as.isupper() else answers_as or "")
    labelled = _OFFICE_BEFORE.sub("", labelled)  # "Deputy Spokesperson Yoon Ha-jin: …": her office, then her name
    if len(labelled.split()) >= 2 and looks_like_name(labelled):
        return person(labelled)  # "Irina Sokolova: I would call it a useful failure": the answers' own label names her
    if answers_as and _OFFICE_BEFORE.match(clean_name(answers_as)) and len(labelled.split()) == 1:
        titled = next((i for i, role in enumerate(roles) if role == "title"), None)
        head_text = flat[: (titled if titled is not None else 4) + 1]
        given = next((m.group(0) for text in head_text if (m := re.search(rf"\b{re.escape(labelled)}\s+[A-Z][a-z]+(?:-[a-z]+)?\b", text))), "")
        whole = given or _full_name(labelled, head_text)  # 'Koo Hyun-jin', the surname first as Korean writes it
        if len(whole.split()) >= 2 and looks_like_name(whole):
            return person(whole)  # "Spokesperson Koo: …" under "Regular Press Briefing by Spokesperson Koo Hyun-jin": his whole name
    if answers_as and re.fullmatch(r"(?:deputy\s+)?spokes(?:person|man|woman)|press secretary", clean_name(answers_as), re.I):
        titled = next((i for i, role in enumerate(roles) if role == "title"), 3)
        speaker = next((found for text in flat[: titled + 1] if (found := _speaker_in_title(text))), None)
        if speaker:
            return person(speaker)  # "Spokesperson : …" under "Regular Press Briefing by Spokesperson Shin Hye-rim": hers
    head = [
        i
        for i, role in enumerate(roles)
        if role in ("title", "subtitle", None, "introduction", "editors_note", "caption") and not any(r == "question" for r in roles[:i])
    ]
    if answers_as and answers_as.upper() in _GUEST_LABELS:  # 'GUEST: Zhou Yiran, Professor, …' over the turns labelled 'GUEST:'
        for paragraph in flat[: max(head, default=0) + 2]:
            billed = re.search(rf"\b{re.escape(answers_as)}\s*:\s*(?P<name>[^,(:]{{4,60}}?)(?=\s*[,(]|\s*$|\s+[A-Z]+\s*:)", paragraph, re.I)
            if billed and looks_like_name(named := clean_name(billed["name"])):
                return person(named)
    if answers_as and _INITIALS_LABEL.fullmatch(answers_as):  # the initials of the one the dek names ('Baek Hyun-joo')
        named = {
            clean_name(candidate)
            for i in head
            for candidate in _CAPITALIZED_NAME.findall(flat[i])
            if answers_as.replace(".", "") in _initials_forms(clean_name(candidate)) and looks_like_name(clean_name(candidate))
        }
        if len(named) == 1:
            return person(named.pop())
    for i in head:
        if roles[i] == "title" and (match := _TITLE_NAME.search(flat[i])) and looks_like_name(match.group("name")) and not _WITH_NAME.search(flat[i]):
            if match["post"] and AFFILIATION_WORD.search(match["post"]):
                return person(clean_name(match.group("name")), match["post"], i + 1)
            return person(_without_post(clean_name(match.group("name")), flat))
        if (
            roles[i] == "title"
            and (_QUOTED_HEAD.match(flat[i]) or re.match(r"[\"“].{6,120}?[\"”]\s*(?:--|[—–])\s", flat[i]))
            and (on := _NAMED_ON.search(flat[i]))
            and looks_like_name(named := _without_post(clean_name(on.group(0)[:-4].strip()), flat))
        ):
            # "'Don't expect …': Former US envoy Karen Whitfield on what the summit can achieve", "“…” -- Special Representative Kwon Tae-ho on …"
            return person(clean_name(named))
        if roles[i] == "title" and _QUOTED_HEAD.match(flat[i]) and (tail := re.search(r"[”\"’]\s*:\s+(?P<rest>[^:“”\"]{3,80})$", flat[i])):
            words = tail["rest"].split()  # "“Tokyo Cannot Afford to Sit Out …”: Security Scholar Ōshima Kaori": the name at the end
            named = next((" ".join(words[-k:]) for k in (3, 2) if len(words) >= k and looks_like_name(" ".join(words[-k:]))), None)
            if named and not AFFILIATION_WORD.search(named) and not RANKS.match(named + " ") and not re.search(r"\b[a-z]+\b", tail["rest"]):
                return person(clean_name(named))
        if roles[i] in ("title", "subtitle", "byline") and (pair := _IN_CONVERSATION.match(flat[i])) and looks_like_name(guest := clean_name(pair["guest"])):
            return person(guest)  # "Air Vice-Marshal Graham Pettigrew AO CSC (Retd) in conversation with Rachel Tan": the one named first
        if roles[i] in ("title", "subtitle") and (match := _WITH_NAME.search(flat[i])) and looks_like_name(clean_name(match.group("name"))):
            return person(clean_name(match.group("name")))
        if (
            roles[i] in ("title", "subtitle")
            and (match := _SAYS_NAME.search(flat[i]))
            and looks_like_name(said := clean_name(match.group("name") or match.group("first")))
        ):
            return person(said)  # "…, says Jilin scholar Gu Haoran", "Professor Gu Haoran argues that …", "X of the Institute … says"
        if roles[i] in ("caption", None, "introduction", "subtitle", "editors_note") and (match := _INTERVIEWED_IN.search(flat[i])):
            named = clean_name(
                match.group("name") or match.group("expert") or match.group("answered") or match.group("answers_of") or match.group("talked_to")
            )  # "… Host Jasmine Koh talks to Dr Dmitri Safonov, visiting senior fellow …": the show notes' guest
            if looks_like_name(named):
                return person(named)
        if roles[i] in ("title", "subtitle") and (match := _EVENT_OF.search(flat[i])) and looks_like_name(clean_name(match.group("name"))):
            return person(clean_name(match.group("name")))  # "… Spokesperson Ma Zhaoqing's Regular Press Conference"
        if roles[i] == "title" and re.search(r"\b(?:press )?briefing\b|\bpress conference\b", flat[i], re.I) and (speaker := _speaker_in_title(flat[i])):
            return person(speaker)  # "Regular Press Briefing by Spokesperson Yoon Seo-jin" over its 'Q.' and 'A.': the spokesperson answers
        if roles[i] == "subtitle" and (on := _NAMED_ON.search(flat[i])):
            words = on.group(0)[:-4].split()  # 'Former ambassador to Seoul Vikram Raghavan on what …': the name, not the place before it
            placed = re.split(r"\s+(?:of|from|at)\s+", flat[i][: on.end() - 4])[0]  # 'Jeon Jae-sung of Seoul National University on …'
            three = " ".join(words[-3:]) if len(words) >= 3 and surname_first(" ".join(words[-3:]))[0] == words[-3] else ""  # 'Nguyen Thu Ha'
            named = next(
                (
                    n
                    for n in (three, " ".join(words[-2:]), " ".join(words), placed)
                    if looks_like_name(n) and fold(n) in fold(" ".join(flat[k] for k in head if k != i))
                ),
                None,
            )
            where = re.match(r"(?:.+?)\s+(?:of|from|at)\s+(?:the\s+)?(?P<place>.+)", flat[i][: on.end() - 4])
            if not named and where and looks_like_name(clean_name(placed)) and not AFFILIATION_WORD.search(placed):
                # 'Prof. Zhang Weiming of the Beijing Institute … on what Beijing wants': named once, with his institute
                return person(clean_name(placed), where["place"], i + 1) if AFFILIATION_WORD.search(where["place"]) else person(clean_name(placed))
            if named:
                return person(clean_name(named))
        if (
            roles[i] == "subtitle"
            and (posted := _NAME_POST_ON.match(RANKS.sub("", flat[i])))
            and looks_like_name(who := clean_name(posted["name"]))
            and not AFFILIATION_WORD.search(who)
        ):
            return person(who, posted["post"], i + 1)  # "Ambassador Rodrigo Sampaio Lemos, Brazil’s envoy to the DPRK …, on isolation, …"
        if roles[i] in ("subtitle", "introduction") and (answers := _ANSWERS_OUR_QUESTIONS.match(flat[i])) and looks_like_name(clean_name(answers["who"])):
            return person(clean_name(answers["who"]), answers["place"] or "", i + 1 if answers["place"] else 0)
        if (
            roles[i] in ("subtitle", "editors_note", "introduction")
            and (lead := _NAME_THEN_DEED.match(RANKS.sub("", re.sub(r"^(?:editor[’']?s[’']? note\s*:\s*)?(?:retired|former)?\s*", "", flat[i], flags=re.I))))
            and _SPOKE_TO_THEM.search(flat[i])
        ):
            # "Retired Air Vice-Marshal Warren Kessick commanded … He talks about …": the dek's guest; "Editor's note: Lt. Gen. (Ret.)
            # Baek Seung-hoon served 36 years … He spoke to MDW on October 11": the note's
            return person(clean_name(lead["who"]))
        if roles[i] == "subtitle" and (match := _FOR_NAME.search(flat[i])) and looks_like_name(clean_name(match.group("name"))):
            return person(clean_name(match.group("name")))  # "For the researcher Claire Dumont, the failure … shows …'
    text = " ".join(flat[i] for i in head)
    known = [(name, romanized(name)) for name in known_names if len(name.split()) >= 2]
    candidates = [  # 'Former Ambassador to Mongolia Hiroshi Kanazawa': the place he served in is no part of his name
        clean_name(" ".join(run.split()[1:]) if re.search(r"\b(?:to|in)\s+$", text[: found.start()]) and len(run.split()) >= 3 else run)
        for found in _CAPITALIZED_NAME.finditer(text)
        if (run := found.group(0))
    ]
    for candidate in candidates:  # a known author, under any spelling of the name ('Lee Sang-soo' is Sangsoo Lee), in any 2 or 3 of its words
        words = candidate.split()
        for window in (" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 2, min(a + 3, len(words)) + 1)):
            readings = romanized(window)
            if readings and any(readings & forms for _, forms in known):
                return person(window)
    if answers_as and len(answers_as.split()) == 1:
        for candidate in candidates:  # the two words around the label: 'Kim Min-seo' out of 'Hanoi Kim Min-seo'
            words = candidate.split()
            at = next((k for k, word in enumerate(words) if fold(word) == fold(answers_as)), None)
            if at is not None:
                whole = _full_name(words[0], flat) if at == 0 else ""
                named = (
                    whole  # 'Tan Wei Ling' answers as 'TAN', 'Nguyen Thi Lan Huong' as 'Nguyen': the surname first, given names after
                    if at == 0
                    and len(whole.split()) >= 3
                    and fold(whole.split()[0]) == fold(words[0])
                    and surname_first(whole)[0] == whole.split()[0]
                    and re.search(rf"{re.escape(whole)}(?![\w’'-]|\s+(?-i:[A-ZÀ-ÖØ-Þ]))", " ".join(flat))  # a name that ends there, no 'Seoul National …'
                    and looks_like_name(whole)
                    else " ".join(words[at : at + 2])
                    if at + 1 < len(words)
                    else _whole_name_of(words, fold(answers_as)) or " ".join(words[at - 1 : at + 1])  # 'Đỗ Thanh Bình' answers as 'Dr. Bình'
                )
                if looks_like_name(named):
                    return person(named)
    first_question = next((i for i, role in enumerate(roles) if role == "question"), len(flat))
    for i in range(max(0, first_question - 3), first_question):  # the interview's own introduction, right over the questions
        if roles[i] in (None, "introduction"):
            for k, sentence in enumerate(_SENTENCE_BREAK.split(flat[i])):  # "Lt.-Cdr. (ret.) Daniel Okonkwo-Fraser served on the staff of …"
                bio = _BIO.match(RANKS.sub("", sentence.strip()))
                if (  # "Daniel Whitcombe was in the room for part of those negotiations. A career diplomat …, he is now a fellow at …"
                    k == 0
                    and bio
                    and len(who := clean_name(bio.group("who")).split()) >= 2
                    and looks_like_name(" ".join(who))
                    and (found := _BIO_AFFILIATION.search(flat[i]))
                    and AFFILIATION_WORD.search(found["what"])
                ):
                    return person(" ".join(who), found["what"].strip().rstrip("."), i + 1)
                if bio and looks_like_name(who := clean_name(bio.group("who"))) and RANKS.match(sentence.strip()) and len(who.split()) >= 2:
                    return person(who)
                if (  # "Kang Hye-jin is a professor of political science at Yonsei University …": who is asked, and where
                    bio
                    and len(who := clean_name(bio.group("who")).split()) >= 2
                    and looks_like_name(" ".join(who))
                    and (found := _BIO_AFFILIATION.search(sentence))
                    and AFFILIATION_WORD.search(found["what"])
                ):
                    return person(" ".join(who), found["what"].strip().rstrip("."), i + 1)
    for i in head:
        if (match := _SPOKE.search(flat[i])) and looks_like_name(clean_name(match.group("name"))):  # not '… on Northeast Asian Security, which …'
            return person(clean_name(match.group("name")))
        if roles[i] in (None, "introduction") and (match := _AGREED.search(flat[i])) and looks_like_name(match["name"]):
            return person(match["name"])  # "… and Ingrid Solheim, who served on the U.N. Panel …, kindly agreed.": the one who answers
        if roles[i] in (None, "introduction") and (match := _WITH_NAME.search(flat[i])) and looks_like_name(clean_name(match.group("name"))):
            aside = _POST_ASIDE.match(flat[i], match.end())  # "This conversation with Jeon Jae-seong – professor … at Seoul National University – is …"
            post = (aside["post"] or (aside["listed"] if _INSTITUTION_WORD.search(aside["listed"]) else "")) if aside else ""
            if post and AFFILIATION_WORD.search(post):  # not '…, a scholar of China-Korea relations based in Changchun, …': the bio says where
                return person(clean_name(match.group("name")), post.strip(), i + 1)
            return person(clean_name(match.group("name")))  # "This time we spoke with Dr. Zhang Yifan about …"
        if (
            roles[i] in (None, "introduction")
            and (said := _INTRODUCED.search(flat[i]) or _SAID_IN_AN_INTERVIEW.search(flat[i]))
            and AFFILIATION_WORD.search(said["aside"])
            and looks_like_name(said["who"])
        ):
            return person(said["who"], said["aside"].strip(), i + 1)  # "… Dr. Annelies Verhoeven, senior research fellow at X, argues that …"
        bio = _BIO.match(flat[i].lstrip("—–-*_ ")) if roles[i] in (None, "introduction") else None
        if bio and bio.group("aside") and AFFILIATION_WORD.search(bio.group("aside")) and looks_like_name(clean_name(bio.group("who"))):
            return person(clean_name(bio.group("who")), bio.group("aside").strip(), i + 1)  # "Lee Sang-hyun, a senior fellow at X, has advised …"
    for i in range(max(0, first_question - 3), first_question):  # the introduction over the questions, a sentence that opens with the guest and a post
        for sentence in _SENTENCE_BREAK.split(flat[i]) if roles[i] in (None, "introduction") else ():
            guest = _GUEST_WITH_POST.match(RANKS.sub("", sentence.strip()))
            if guest and AFFILIATION_WORD.search(guest["aside"]) and looks_like_name(who := clean_name(guest["who"])):
                post = "" if guest["aside"].startswith("who ") else guest["aside"].strip()  # "…, who served as …, shares": no post as such
                return person(who, post, i + 1 if post else 0)
            lead = _NAME_THEN_DEED.match(RANKS.sub("", sentence.strip()))  # "Lt. Gen. (ret.) Viktor S. Orlov, Cand. Sc. (Military), spent …"
            if lead and _SPOKE_TO_THEM.search(flat[i]) and looks_like_name(who := clean_name(lead["who"])):
                return person(who)  # "Irina Sokolova has followed the Korean Peninsula from Moscow since … We spoke to her about …"
            posted = _POST_THEN_GUEST.match(sentence.strip())
            if posted and AFFILIATION_WORD.search(posted["post"]) and looks_like_name(who := clean_name(posted["who"])):
                return person(who, posted["post"].strip(), i + 1)  # "Russia’s former ambassador-at-large for …, Andrei Vasilevsky, sat at …"
    introduced = " ".join(flat[i] for i in head if roles[i] in (None, "introduction"))
    for i in head:  # "Urs Brändli in Geneva. Photo: …" over "Few Europeans know the armistice as well as Urs Brändli. …": the one pictured
        for part in re.split(r"[*_]+|\)\s+", flat[i]) if roles[i] == "caption" else ():  # the words after a Markdown image's link too
            pictured = _PICTURED.match(part.strip())
            if pictured and looks_like_name(who := clean_name(pictured["who"])) and who in introduced:
                return person(who)
    asked = [i for i, role in enumerate(roles) if role == "question"]
    addressed = {  # "Q: Ms Haller, seventy years on, what does …?": the one the questions address, by title and surname
        found["surname"]
        for i in asked
        if (found := re.match(r"(?:q\s*[:.]\s*)?(?:Ms|Mr|Mrs|Dr|Professor|Prof\.|General|Ambassador)\.?\s+(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+),\s", flat[i], re.I))
    }
    if len(addressed) == 1 and len(asked) >= 2:
        whole = _full_name(addressed.pop(), flat)  # as the bio under the interview names her ('Beatrice Haller, a retired …')
        if len(whole.split()) >= 2 and looks_like_name(whole):
            return person(whole)
    return _guest_of_the_closing_bio(flat, roles, head, person) if asked else None


def _guest_of_the_closing_bio(flat: list[str], roles: list[str | None], head: list[int], person) -> int | None:
    """'Seo Eun-jae is a visiting professor at …' under an interview whose questions bear no marks, as its dek and its portrait
    name her ('Seo Eun-jae spent three decades …'), with 'Martin Kessler is a contributing editor …' for the one credited with
    asking: the one bio of someone the head names who is not credited with the interview."""
    last_question = max(i for i, role in enumerate(roles) if role == "question")
    headed = " ".join(flat[i] for i in head)
    credited = " ".join(flat[i] for i, role in enumerate(roles) if role in ("credit", "byline"))
    found: dict[str, tuple[str, int]] = {}
    for i in range(last_question + 1, len(flat)):
        for line in flat[i].split("\n"):
            bio = _BIO.match(line.strip())
            who = clean_name(bio["who"]) if bio else ""
            if len(who.split()) >= 2 and looks_like_name(who) and who in headed and who not in credited:
                post = _BIO_AFFILIATION.search(line)
                found.setdefault(who, (post["what"].strip().rstrip(".") if post and AFFILIATION_WORD.search(post["what"]) else "", i + 1))
    if len(found) != 1:
        return None
    who, (post, at) = found.popitem()
    return person(who, post, at if post else 0)
