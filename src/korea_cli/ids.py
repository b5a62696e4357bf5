"""Ids for what `korea add` creates: they read well, say whose and when, and are never cut mid-word.

An essay is `<first author's surname>-<year>-<three words of its title>`
(`lee-2020-sanctions-borders-pandemic`); an author is surname first, as the
corpus writes them (`swanstrom-niklas`, `lee-sang-hyun`). Which word of a
name is the surname is read from how it is written: the one word in
capitals ("CHUN Chae-sung", "Sangsoo LEE"), a Korean or Chinese surname
before a romanized given name ("Lee Sang-hyun", "Kim Jong Un"), else the
last word with its particles ("Jan van der Berg").
"""

from __future__ import annotations

import re

from korea_cli.corpus import MAX_ID_LENGTH
from korea_cli.names import key
from korea_cli.text import NAME_PARTICLES

TITLE_WORDS = 3
"""Words of the title an essay id keeps: enough to tell two essays of one author and year apart."""

_VIETNAMESE_SURNAMES = frozenset(re.findall(r"\w+", "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong"))
"""Vietnamese surnames: a Vietnamese name may have three given names after the surname ('Nguyễn Thị Minh Thư')."""
_EAST_ASIAN_SURNAMES = (
    frozenset(
        re.findall(
            r"\w+",
            """kim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh
        shin shim kwon hwang ahn song ryu yoo hong jeon jun chun ko moon mun yang son bae baek paik heo hur nam noh
        roh kwak sung cha joo woo min koo byun chae won bang hyun ham yeo wang zhang liu chen zhao zhou wu xu zhu guo
        gao lin luo zheng liang xie tang xi deng feng cao shen sun hu ma he yu lu jiang wei dong su pan qian huang
        tan ng goh teo koh ong chua""",
        )
    )
    | _VIETNAMESE_SURNAMES
)
_SUFFIXES = frozenset(
    re.findall(
        r"\w+",
        """jr sr ii iii iv""",
    )
)
_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        """a an the of and or to in on for is are was be with at by from as its it this that not no nor but into over
        after before why how what when where who whether can could will would should must s""",
    )
)


_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ı": "i"})
"""Latin letters that Unicode does not decompose into a base letter and a mark, as an ASCII id spells them ('Đỗ' is 'do', not 'o')."""


def slug(text: str, words: int = 6) -> str:
    """An id from the first words of `text`: ASCII letters and digits only (a Hangul title gives none), never cut mid-word."""
    ascii_words = [w for w in re.split(r"[^a-z0-9]+", key(re.sub(r"(?<=\w)[’'](?=\w)", "", text.translate(_UNDECOMPOSED)))) if w]  # "Isn’t" is one word
    result = "-".join(ascii_words[:words])
    while len(result) > MAX_ID_LENGTH - 10:  # room for a '-2' suffix
        result = result.rpartition("-")[0]
    return result


def surname_first(name: str) -> tuple[str, str]:
    """(surname, given names) of a person's name as written; ('', name) for a one-word name."""
    words = [w for w in name.split() if w.strip(".,").lower() not in _SUFFIXES]
    if len(words) < 2 or re.search(r"\b(?:staff|editors|editorial board|research team|team)$", name.strip(), re.I):
        return "", name.strip()  # and 'Halden Centre Staff', an institution's staff: no person, its name as it stands
    capitals = [n for n, w in enumerate(words) if re.fullmatch(r"[A-Z][A-Z'’-]+", w)]
    if len(capitals) == 1 and len(capitals) < len(words):
        at = capitals[0]
        return words[at], " ".join(words[:at] + words[at + 1 :])
    first, rest = key(words[0].translate(_UNDECOMPOSED)), words[1:]
    given_romanized = (
        "-" in rest[0]
        or (len(rest) == 2 and all(len(w) <= 5 for w in rest))
        or (len(rest) == 1 and key(rest[0]) not in _EAST_ASIAN_SURNAMES)
        or (first in _VIETNAMESE_SURNAMES and len(rest) == 3 and all(len(w) <= 5 for w in rest))  # 'Nguyễn Thị Minh Thư'
    )
    if first in _EAST_ASIAN_SURNAMES and given_romanized:
        return words[0], " ".join(rest)
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return " ".join(words[start:]), " ".join(words[:start])


def author_id(name: str) -> str:
    """A new author's id, surname first: 'Anna Berg' -> 'berg-anna', 'Lee Sang-hyun' -> 'lee-sang-hyun'."""
    surname, given = surname_first(name)
    return slug(f"{surname} {given}", words=5)


def essay_id(author_name: str, date: str | None, title: str | None) -> str:
    """'<surname>-<year>-<title words>', leaving out what is unknown ('' when nothing is in ASCII)."""
    surname = slug(surname_first(author_name)[0] or author_name, words=3)
    words = _without_name(slug(title or "", words=40).split("-"), slug(author_name, words=10).split("-"))
    title_words = [w for w in words if w and w not in _STOPWORDS][:TITLE_WORDS]
    parts = [surname, (date or "")[:4], "-".join(title_words)] if surname else []
    return slug("-".join(part for part in parts if part), words=10)


def _without_name(words: list[str], name: list[str]) -> list[str]:
    """`words` without the author's name where it stands in them ("An interview with Park Ji-won": the id says whose already),
    two or more of its words side by side, in any romanization that splits or joins a given name ('Lee Sang-soo' for Sangsoo
    Lee); a name's word alone is the title's ('Lessons from Ha Noi' by Nguyen Thu Ha)."""
    named = set(name)
    joined = {at for at in range(len(words) - 1) if words[at] + words[at + 1] in named}  # 'sang' 'soo' in the title, 'sangsoo' in the name
    flags = [word in named or at in joined or at - 1 in joined for at, word in enumerate(words)]
    keep = []
    for at, word in enumerate(words):
        beside = (at > 0 and flags[at - 1]) or (at + 1 < len(words) and flags[at + 1])
        if not (flags[at] and beside and len(name) > 1):
            keep.append(word)
    return keep
