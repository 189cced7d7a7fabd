"""The words of the domain, shared by every layer: stages, nudge states and nudge kinds."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """Where an application stands. `archived` is a separate flag, not a stage."""

    APPLIED = "applied"
    INTERVIEW_SCHEDULED = "interview_scheduled"
    WAITING = "waiting"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class NudgeState(StrEnum):
    """The lifecycle of a planned reminder.

    pending -> claimed (lease set, attempts + 1) -> sent, then the user's answer closes it as
    done, answered or stopped, or puts it back to pending ("later"). paused: the user blocked the
    bot; expired: its last useful moment passed; failed: attempts used up.
    """

    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    DONE = "done"
    ANSWERED = "answered"
    STOPPED = "stopped"
    PAUSED = "paused"
    EXPIRED = "expired"
    FAILED = "failed"


class NudgeKind(StrEnum):
    """What a reminder is for: the policy's follow-up kinds, plus the interview reminders."""

    AFTER_INTERVIEW = "after_interview"
    SECOND_FOLLOW_UP = "second_follow_up"
    FEEDBACK_REQUEST = "feedback_request"
    SKILL_CLARIFICATION = "skill_clarification"
    OPENING = "opening"
    OTHER_OPENING = "other_opening"
    COME_BACK = "come_back"
    APPLIED = "applied"
    INTERVIEW_REMINDER = "interview_reminder"
    CHECK_IN = "check_in"
    # Not about one application: the weekly offer to close stale ones, and the warning a month
    # before an account silent for 24 months is deleted.
    STALE_REVIEW = "stale_review"
    ACCOUNT_EXPIRY = "account_expiry"
