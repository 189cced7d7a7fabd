"""The pipeline's rules that are not advice: when an application is stale, the order of stages,
how a spreadsheet cell is made safe, and the figures of /stats. Pure functions of plain data."""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flows.domain import Stage

# How long an application may go without news and without a planned step before it is stale.
STALE_AFTER: dict[Stage, dt.timedelta] = {
    Stage.APPLIED: dt.timedelta(days=21),
    Stage.INTERVIEW_SCHEDULED: dt.timedelta(days=14),
    Stage.WAITING: dt.timedelta(days=12),
    Stage.OFFER: dt.timedelta(days=10),
}
# Stages in the order /list shows them; closed ones last.
STAGE_ORDER: tuple[Stage, ...] = (
    Stage.OFFER,
    Stage.INTERVIEW_SCHEDULED,
    Stage.WAITING,
    Stage.APPLIED,
    Stage.ACCEPTED,
    Stage.REFUSED,
    Stage.WITHDRAWN,
)
OPEN_STAGES = frozenset(STALE_AFTER)
PAGE_SIZE = 10
# The weekly offer to close stale applications comes on this weekday (Monday), at the nudge hour.
STALE_REVIEW_WEEKDAY = 0
# An account silent this long is deleted, after a warning this long before.
RETENTION = dt.timedelta(days=730)
RETENTION_WARNING = dt.timedelta(days=30)


def is_stale(
    stage: Stage, last_news_at: dt.datetime, has_planned_step: bool, now: dt.datetime
) -> bool:
    """No news and no planned step for longer than the stage's silence threshold."""
    threshold = STALE_AFTER.get(stage)
    if threshold is None or has_planned_step:
        return False
    return now - last_news_at > threshold


_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A spreadsheet cell that never runs as a formula.

    A value starting with = + - @ (or a tab or carriage return) gets a leading apostrophe,
    except a phone number such as "+33 6 12 34 56 78": digits and separators only, it can
    call nothing, and it stays as typed.
    """
    if value.startswith(_FORMULA_START) and not _PHONE.match(value):
        return "'" + value
    return value


@dataclass(frozen=True)
class AppFacts:
    """What /stats needs of one application."""

    stage: Stage
    company_size: str | None
    started_at: dt.datetime
    interviews: int
    answered_at: dt.datetime | None
    follow_ups: int
    follow_ups_answered: int


@dataclass(frozen=True)
class Stats:
    """The figures of /stats."""

    total: int
    per_stage: dict[Stage, int]
    interview_rate: float | None
    answer_rate_after_follow_up: float | None
    median_days_to_answer: float | None
    per_size: dict[str, tuple[int, float | None]]  # size: (applications, interview rate)


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def compute_stats(apps: Sequence[AppFacts]) -> Stats:
    """Applications per stage, interview rate, answer rate after a follow-up, median days to an
    answer, and the interview rate by company size."""
    per_stage = Counter(a.stage for a in apps)
    with_interview = sum(1 for a in apps if a.interviews > 0)
    follow_ups = sum(a.follow_ups for a in apps)
    answered = sum(a.follow_ups_answered for a in apps)
    days = [
        (a.answered_at - a.started_at).total_seconds() / 86400
        for a in apps
        if a.answered_at is not None and a.answered_at >= a.started_at
    ]
    sizes: dict[str, list[AppFacts]] = {}
    for app in apps:
        sizes.setdefault(app.company_size or "unknown", []).append(app)
    return Stats(
        total=len(apps),
        per_stage={stage: per_stage.get(stage, 0) for stage in STAGE_ORDER},
        interview_rate=_rate(with_interview, len(apps)),
        answer_rate_after_follow_up=_rate(answered, follow_ups),
        median_days_to_answer=round(statistics.median(days), 1) if days else None,
        per_size={
            size: (len(group), _rate(sum(1 for a in group if a.interviews > 0), len(group)))
            for size, group in sorted(sizes.items())
        },
    )


def pages(count: int, size: int = PAGE_SIZE) -> int:
    """How many pages of `size` items `count` items fill (at least one)."""
    return max(1, -(-count // size))


def ordered_by_stage(items: Iterable[tuple[Stage, str]]) -> list[tuple[Stage, str]]:
    """Items grouped in the stage order of /list, each group in the order given."""
    rank = {stage: index for index, stage in enumerate(STAGE_ORDER)}
    return sorted(items, key=lambda item: rank[item[0]])
