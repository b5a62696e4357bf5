"""Bitmaps, the sets search's postings are (bitmaps.py): an int, one bit a passage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from korea_cli import bitmaps


@given(st.sets(st.integers(0, 5000)))
def test_a_bitmap_holds_exactly_its_members_in_order(members: set[int]) -> None:
    bits = bitmaps.of(members)
    assert bits.bit_count() == len(members)
    assert bitmaps.members(bits) == sorted(members)
    assert list(bitmaps.lowest(bits)) == sorted(members)  # one at a time, then the rest at once: the same order
    assert bitmaps.unpack(bitmaps.pack(bits)) == bits


@given(st.sets(st.integers(0, (1 << 16) + 50)))
def test_a_segment_stored_from_its_members_reads_back_as_their_bitmap(members: set[int]) -> None:
    ordered = sorted(members)
    blob = bitmaps.pack_members(ordered)
    assert bitmaps.unpack(blob) == bitmaps.of(ordered) == bitmaps.unpack(bitmaps.pack(bitmaps.of(ordered)))
    listed = len(ordered) <= 32 and all(m < 1 << 16 for m in ordered)
    assert (blob[:1] == b"\0") == listed == (bitmaps.pack(bitmaps.of(ordered))[:1] == b"\0")  # a few members listed; many, or past two bytes, compressed
    if listed:
        assert len(blob) == 1 + 2 * len(ordered)


@given(st.sets(st.integers(0, 3000)), st.sets(st.integers(0, 3000)))
def test_set_algebra_is_int_algebra(one: set[int], other: set[int]) -> None:
    a, b = bitmaps.of(one), bitmaps.of(other)
    assert bitmaps.members(a & b) == sorted(one & other)
    assert bitmaps.members(a | b) == sorted(one | other)
    assert bitmaps.members(a & ~b) == sorted(one - other)


@pytest.mark.parametrize("members", [[], [0], [7, 8], [1 << 20], list(range(0, 8192, 3)), list(range(199)), list(range(201)), [*range(300), 1 << 16]])
def test_edges(members: list[int]) -> None:
    assert bitmaps.members(bitmaps.of(members)) == members
