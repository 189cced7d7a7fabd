"""An application with no answer (A1) and follow-ups without an answer (N2); France, by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from flows.domain import NudgeKind
from flows.drafts import DraftKind
from flows.policy import POLICY, Channel, Plan, Situation, SituationKind, plan_follow_up

PARIS = ZoneInfo("Europe/Paris")


def paris(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


def plan(
    kind: SituationKind, at: dt.datetime, now: dt.datetime | None = None, **fields: Any
) -> Plan:
    now = now if now is not None else at + dt.timedelta(hours=1)
    return plan_follow_up(Situation(kind=kind, at=at, now=now, **fields))


# A1


def test_A1_application_follow_up_after_ten_business_days() -> None:
    # Mon 23 Nov 2026 + 10 business days = Mon 7 Dec 2026, at the nudge hour.
    result = plan(SituationKind.APPLICATION, paris(2026, 11, 23))
    assert result.follow_up
    assert result.due == paris(2026, 12, 7, 9)
    assert result.last_useful is None
    assert result.channel is Channel.EMAIL
    assert result.rules == ("A1", "T1", "T2")
    assert result.follow_up_kind is NudgeKind.APPLIED
    assert result.draft is not None and result.draft.kind is DraftKind.APPLIED


def test_A1_counts_french_holidays() -> None:
    # Mon 2 Nov 2026: Wed 11 Nov (Armistice) does not count, so 10 business days = Tue 17 Nov.
    result = plan(SituationKind.APPLICATION, paris(2026, 11, 2))
    assert result.due == paris(2026, 11, 17, 9)


def test_A1_has_no_ceiling() -> None:
    result = plan(SituationKind.APPLICATION, paris(2026, 11, 2), paris(2026, 12, 10, 15))
    assert result.follow_up
    assert result.due == paris(2026, 12, 10, 15)
    assert result.rules == ("A1", "T3")


# N2


def test_N2_second_follow_up_five_business_days_after_the_first() -> None:
    # Last follow-up Thu 3 Dec 2026: Fri 4, Mon 7, Tue 8, Wed 9, Thu 10 Dec at 09:00.
    result = plan(
        SituationKind.INTERVIEW,
        paris(2026, 11, 24),
        paris(2026, 12, 3, 11),
        followups_unanswered=1,
        last_followup_at=paris(2026, 12, 3),
    )
    assert result.follow_up
    assert result.due == paris(2026, 12, 10, 9)
    assert result.rules == ("N2", "T1", "T2")
    assert result.last_useful is None
    assert result.follow_up_kind is NudgeKind.SECOND_FOLLOW_UP
    assert result.draft is not None and result.draft.kind is DraftKind.SECOND_FOLLOW_UP


@pytest.mark.parametrize(
    ("kind", "at", "now", "last_followup_at", "due", "rules"),
    [
        # Applied Mon 23 Nov, followed up Mon 7 Dec: Tue 8 ... Mon 14 Dec.
        pytest.param(
            SituationKind.APPLICATION,
            paris(2026, 11, 23),
            paris(2026, 12, 7, 12),
            paris(2026, 12, 7, 9, 30),
            paris(2026, 12, 14, 9),
            ("N2", "T1", "T2"),
            id="then_A1_for_an_application",
        ),
        # The gap has no ceiling.
        pytest.param(
            SituationKind.INTERVIEW,
            paris(2026, 11, 24),
            paris(2027, 1, 20, 16),
            paris(2026, 12, 3),
            paris(2027, 1, 20, 16),
            ("N2", "T3"),
            id="the_gap_has_no_ceiling",
        ),
        # Without the last date, it counts from now: Mon 30 Nov, so Tue 1, Wed 2, Thu 3, Fri 4,
        # Mon 7 Dec.
        pytest.param(
            SituationKind.INTERVIEW,
            paris(2026, 11, 24),
            paris(2026, 11, 30),
            None,
            paris(2026, 12, 7, 9),
            None,
            id="without_the_last_date_counts_from_now",
        ),
    ],
)
def test_N2_when_the_second_follow_up_is_due(
    kind: SituationKind,
    at: dt.datetime,
    now: dt.datetime,
    last_followup_at: dt.datetime | None,
    due: dt.datetime,
    rules: tuple[str, ...] | None,
) -> None:
    result = plan(kind, at, now, followups_unanswered=1, last_followup_at=last_followup_at)
    assert result.due == due
    if rules is not None:
        assert result.rules == rules


@pytest.mark.parametrize("kind", list(SituationKind))
@pytest.mark.parametrize("language", ["fr", "en"])
def test_N2_after_two_unanswered_follow_ups_move_on(kind: SituationKind, language: str) -> None:
    result = plan(
        kind,
        paris(2026, 11, 2),
        paris(2026, 12, 1),
        followups_unanswered=POLICY.max_follow_ups,
        last_followup_at=paris(2026, 11, 20),
        language=language,
    )
    assert not result.follow_up
    assert result.due is None and result.draft is None
    assert result.channel is Channel.NONE
    assert result.rules == ("N2",)
    assert ("autre chose" if language == "fr" else "move on") in result.why


def test_N2_last_follow_up_needs_a_count_and_comes_after_the_event() -> None:
    with pytest.raises(ValueError, match="unanswered"):
        plan(SituationKind.INTERVIEW, paris(2026, 11, 24), last_followup_at=paris(2026, 11, 25))
    with pytest.raises(ValueError, match="before"):
        plan(
            SituationKind.INTERVIEW,
            paris(2026, 11, 24),
            followups_unanswered=1,
            last_followup_at=paris(2026, 11, 20),
        )
