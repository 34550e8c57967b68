"""Round 109: a list after a counted object names its towns, whether "including", "among
them" or "such as" opens it, and after a capture noun too ("announced the capture of five
more, among them Lukiantsi"). A list opened right after a fight's noun or a time is no
object's ("the offensive, among them P"). Each test runs phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

LUKIANTSI, STRILECHA = 806581, 692451
DAY = dt.date(2024, 5, 13)


@pytest.mark.parametrize("text", [
    "Russian forces on Sunday completed the capture of five villages, including Lukiantsi.",
    "Russian forces on Sunday completed the capture of five more, among them Lukiantsi.",
    "The ministry said its forces had taken five villages, including Strilecha, and on Sunday "
    "Russian troops completed the capture of five more, among them Lukiantsi.",
    "Russian forces on Sunday captured five villages, among them Lukiantsi and Strilecha.",
    "Russian forces on Sunday captured several border villages, such as Lukiantsi.",
    "Russian troops on Sunday completed the capture of a string of villages, such as Lukiantsi.",
])
def test_a_list_after_a_counted_object_names_its_towns(ex, text):
    got = facts(ex, text, DAY)
    assert (LUKIANTSI, "russia", "captured") in got, got


@pytest.mark.parametrize("text", [
    # The list follows the fight's own noun, not a plural object of the capture.
    "Russian forces pressed the offensive on Sunday, among them Lukiantsi.",
    # ... or a time.
    "Russian forces have advanced since the assault began on Friday, among them Lukiantsi.",
])
def test_a_list_after_no_counted_object_is_no_object(ex, text):
    got = facts(ex, text, DAY)
    assert (LUKIANTSI, "russia", "captured") not in got, got
    assert (LUKIANTSI, "russia", "contested") not in got, got
