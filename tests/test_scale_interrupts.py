"""Ctrl-C during a corpus run is never lost, even when a finaliser swallows it."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from geo.batch.interrupts import ctrl_c_checkpoint


class _SendsCtrlC:
    """A finaliser that gets Ctrl-C while it runs, as Dask's futures may."""

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # the handler runs between bytecodes, here, inside __del__
            pass


class _Fails:
    def __del__(self) -> None:
        raise ValueError("a finaliser's own error")


def test_a_ctrl_c_during_a_finaliser_is_seen_at_the_next_check(monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: reported.append(u.exc_type))
    with ctrl_c_checkpoint() as check:
        check()  # nothing pressed yet
        _SendsCtrlC()  # collected at once: the first Ctrl-C raises nothing inside it
        # ... and no traceback reaches stderr: the run stops with its own one-line message.
        assert reported == []
        with pytest.raises(KeyboardInterrupt):
            check()


def test_a_second_ctrl_c_in_a_finaliser_is_kept_off_stderr(monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: reported.append(u.exc_type))
    with ctrl_c_checkpoint() as check:
        os.kill(os.getpid(), signal.SIGINT)
        _SendsCtrlC()  # the second press raises inside the finaliser, which Python swallows
        assert reported == []
        with pytest.raises(KeyboardInterrupt):
            check()


def test_other_errors_of_finalisers_are_still_reported_and_the_hook_comes_back(monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: reported.append(u.exc_type))
    before = sys.unraisablehook
    with ctrl_c_checkpoint():
        _Fails()
    assert reported == [ValueError]
    assert sys.unraisablehook is before


def test_the_previous_handler_comes_back():
    before = signal.getsignal(signal.SIGINT)
    with ctrl_c_checkpoint():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before


def test_a_first_ctrl_c_waits_for_the_check_and_a_second_interrupts_at_once():
    with ctrl_c_checkpoint() as check:
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):
            pass  # the handler has run: nothing raised mid-batch
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):
                pass
        with pytest.raises(KeyboardInterrupt):
            check()
