"""The one repeat rule of every scan path (keyboard scanner, camera, command line)."""

from __future__ import annotations

from checkin.core.repeats import REPEAT_WINDOW_S, RepeatFilter


def test_the_same_code_within_3_s_is_one_read():
    repeats = RepeatFilter()
    assert REPEAT_WINDOW_S == 3.0
    assert repeats.admit("BCDEFGHJKNPRSTUVXBCD", 10.0)
    assert not repeats.admit("BCDEFGHJKNPRSTUVXBCD\r\n", 12.9)  # what a scanner adds around it does not count
    assert repeats.admit("BCDEFGHJKNPRSTUVXBCD", 16.0)


def test_a_code_held_before_the_camera_stays_one_read_however_long():
    repeats = RepeatFilter()
    answers = [repeats.admit("KNJKGKBDRXXJGCHGDEKB", 100 + frame / 10) for frame in range(100)]  # 10 s, 10 reads/s
    assert answers == [True] + [False] * 99
    assert repeats.admit("KNJKGKBDRXXJGCHGDEKB", 100 + 9.9 + 3.0)  # taken away for 3 s, shown again


def test_two_badges_in_turn_are_each_one_read():
    repeats = RepeatFilter()
    reads = [repeats.admit(code, 5 + i * 0.2) for i, code in enumerate(["AAAAAA", "BBBBBB"] * 5)]
    assert reads == [True, True] + [False] * 8


def test_forget_lets_the_same_badge_be_scanned_again_at_once():
    repeats = RepeatFilter()
    assert repeats.admit("AAAAAA", 1.0)
    repeats.forget()
    assert repeats.admit("AAAAAA", 1.1)


def test_many_codes_are_pruned_without_forgetting_recent_ones():
    repeats = RepeatFilter()
    for i in range(200):
        assert repeats.admit(f"CODE{i:04d}", i * 0.1)
    assert not repeats.admit("CODE0199", 19.95)
    assert len(repeats._last_seen) <= 64 + 1
