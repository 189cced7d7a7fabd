"""bench.dialogs: the rounds' medians and the issue's targets, judged honestly."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from bench.dialogs import (
    SimUser,
    UpdateRecord,
    combine,
    dialog_targets,
    local_server_cpu_s,
    pace_floor_s,
)
from bot.telegram.pacing import CHAT_BURST, CHAT_INTERVAL_S
from testkit.botapi import ApiCall, FakeUser


def round_figures(**overrides: Any) -> dict[str, Any]:
    figures: dict[str, Any] = {
        "updates_per_s": 200.0,
        "echo_updates_per_s": 250.0,
        "ratio_vs_echo": 0.8,
        "p99_ms": 30.0,
        "echo_p99_ms": 20.0,
        "p99_vs_echo": 1.5,
        "cpu_ms_per_update": 3.0,
        "echo_cpu_ms_per_update": 1.5,
        "replies_lost": 0,
        "errors": 0,
        "refused": 0,
        "flood_429": 0,
        "unanswered_queries": 0,
        "first_errors": [],
        "refusals": [],
        "timed_out": False,
        "database": "sqlite",
        "relance_transport": "aiohttp",
        "echo_transport": "aiohttp",
        "pace_bound": False,
    }
    figures.update(overrides)
    return figures


def test_medians_spread_and_summed_failures() -> None:
    rounds = [
        round_figures(ratio_vs_echo=0.5, replies_lost=1),
        round_figures(ratio_vs_echo=0.9),
        round_figures(ratio_vs_echo=0.7, timed_out=True),
    ]
    result = combine(rounds)
    assert result["ratio_vs_echo"] == 0.7
    assert result["spread"]["ratio_vs_echo"] == [0.5, 0.9]
    assert result["replies_lost"] == 1  # a loss in any round counts
    assert result["timed_out"] is True
    assert [r["ratio_vs_echo"] for r in result["rounds"]] == [0.5, 0.9, 0.7]


def test_targets() -> None:
    assert dialog_targets(combine([round_figures()]), 100)
    assert not dialog_targets(combine([round_figures(ratio_vs_echo=0.6)]), 100)
    assert not dialog_targets(combine([round_figures(p99_vs_echo=2.5)]), 100)
    # The echo was quick (p99 < 25 ms): 50 ms is the ceiling even within twice its p99.
    assert not dialog_targets(combine([round_figures(p99_ms=55.0, echo_p99_ms=24.0)]), 100)
    assert dialog_targets(combine([round_figures(p99_ms=55.0, echo_p99_ms=30.0)]), 100)
    assert not dialog_targets(combine([round_figures(echo_transport="httpx")]), 100)
    assert not dialog_targets(combine([round_figures()]), 50)  # not the offered load asked


def test_a_round_bounded_by_the_chat_pace_does_not_meet_the_target() -> None:
    # Any round whose length the per-chat pace decided: its throughput says nothing of the cost.
    paced = [round_figures(), round_figures(pace_bound=True), round_figures()]
    assert not dialog_targets(combine(paced), 100)


def test_pace_floor_counts_the_busiest_users_new_messages() -> None:
    busy = SimUser(FakeUser(id=1, first_name="A"), ())
    calm = SimUser(FakeUser(id=2, first_name="B"), ())
    send = ApiCall("sendMessage", {})
    edit = ApiCall("editMessageText", {})
    answer = ApiCall("answerCallbackQuery", {})
    records = [UpdateRecord(busy, i, 0.0, calls=[send, edit, answer]) for i in range(11)]
    records += [UpdateRecord(calm, i, 0.0, calls=[edit, answer]) for i in range(11)]
    # Edits and callback answers are not paced: 11 new messages, a burst, then the interval.
    assert pace_floor_s(records) == (11 - CHAT_BURST) * CHAT_INTERVAL_S
    assert pace_floor_s(records[11:]) == 0.0


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Linux's /proc")
def test_local_server_cpu_counts_the_named_processes() -> None:
    me = Path("/proc/self/comm").read_text().strip()
    before = local_server_cpu_s(me)
    deadline = time.process_time() + 0.05
    while time.process_time() < deadline:
        pass
    assert local_server_cpu_s(me) > before
    assert local_server_cpu_s("no-such-process-name") == 0.0
