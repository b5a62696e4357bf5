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


@given(st.sets(st.integers(0, 3000)), st.sets(st.integers(0, 3000)))
def test_set_algebra_is_int_algebra(one: set[int], other: set[int]) -> None:
    a, b = bitmaps.of(one), bitmaps.of(other)
    assert bitmaps.members(a & b) == sorted(one & other)
    assert bitmaps.members(a | b) == sorted(one | other)
    assert bitmaps.members(a & ~b) == sorted(one - other)


@pytest.mark.parametrize("members", [[], [0], [7, 8], [1 << 20], list(range(0, 8192, 3)), list(range(199)), list(range(201)), [*range(300), 1 << 16]])
def test_edges(members: list[int]) -> None:
    assert bitmaps.members(bitmaps.of(members)) == members
