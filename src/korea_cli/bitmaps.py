"""Sets of passages as Python ints, one bit a passage: what search's postings are, as Meilisearch's are roaring bitmaps.

An int's `&`, `|` and `& ~` run in C over machine words, so intersecting the postings of 'peace' and 'regime' at 10,000
essays (37,000 passages) costs microseconds where sets of ints cost tens of milliseconds; `int.bit_count` counts them. In
the index a word's bitmap is kept in segments of 2**`SEGMENT_BITS` passages, each compressed, so that a rare word costs a
few bytes and an update rewrites only the segments it touches.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator
from itertools import accumulate, count
from operator import add

SEGMENT_BITS = 13
"""A segment holds 2**13 passages' bits: 1 KiB at most."""


def of(members: Iterable[int]) -> int:
    """The bitmap of these members: a few (most words' in a segment) ORed in one at a time, many set as characters of a
    binary numeral, which is then read at once (each way some three times the faster where it is used)."""
    listed = list(members)
    if len(listed) <= _FEW:
        bits = 0
        for member in listed:
            bits |= 1 << member
        return bits
    numeral = bytearray(b"0") * (max(listed) + 1)
    for member in listed:
        numeral[member] = 49  # '1'
    return int(numeral[::-1], 2)


_FEW = 200
"""Up to this many members, ORing each costs less than writing a numeral as long as the highest."""


def members(bits: int) -> list[int]:
    """Every member, lowest first: the gaps between the ones of the bits as a string, summed in C (some 3 ms for 30,000)."""
    gaps = bin(bits)[:1:-1].split("1")[:-1]
    return list(map(add, accumulate(map(len, gaps)), count()))


def lowest(bits: int) -> Iterator[int]:
    """Members lowest first, one at a time: for a caller that usually stops after a few (a step costs the int's length, so
    past the first few the rest are listed at once)."""
    for _ in range(64):
        if not bits:
            return
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low
    yield from members(bits)


def pack(bits: int) -> bytes:
    """A segment's bits as stored: a few members listed (`pack_members`), else its bytes compressed."""
    if bits.bit_count() <= _LISTED and bits.bit_length() <= 1 << 16:  # every member below 65,536: two bytes each
        return pack_members(members(bits))
    return zlib.compress(bits.to_bytes((bits.bit_length() + 7) // 8, "little"), 1)


def pack_members(ordered: list[int]) -> bytes:
    """`pack` of the bitmap of these members, lowest first, without making it: a build has them so, and most words of a
    segment have one to three, which cost less as their numbers (two bytes each, little-endian, after a zero byte, which no
    compressed form starts with) than as an int compressed (a third of a cold build's writing went to `of` and zlib)."""
    if len(ordered) > _LISTED or (ordered and ordered[-1] >= 1 << 16):
        return pack(of(ordered))
    listed = array("H", ordered)
    if sys.byteorder != "little":
        listed.byteswap()
    return b"\0" + listed.tobytes()


def unpack(blob: bytes) -> int:
    if blob[:1] == b"\0":
        listed = array("H", blob[1:])
        if sys.byteorder != "little":
            listed.byteswap()
        return of(listed)
    return int.from_bytes(zlib.decompress(blob), "little")


_LISTED = 32
"""Up to this many members a segment's bits are stored as their list: about as small as compressed, and quicker both ways."""
