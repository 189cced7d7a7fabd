"""Ready-to-send follow-up drafts, in the user's language.

A draft is plain text (subject and body); ``Draft.as_html()`` escapes it for Telegram's HTML
parse mode, so user text (company, role, notes, names) can never inject markup. Missing optional
facts give other, complete sentences: never "None", never an empty slot. Usage::

    facts = DraftFacts(language="fr", topic="interview", event_date=date(2026, 11, 24),
                       role="Data Engineer", recruiter="Mme Martin", notes="la migration cloud")
    draft = write_draft(DraftKind.AFTER_INTERVIEW, facts)
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from flows.catalog import LANGUAGES, written_date
from flows.draft_texts import DRAFT_TEXTS

Topic = Literal["application", "interview", "refusal"]
"""What a second follow-up follows: an application, an interview, or a message after a refusal."""


class DraftKind(StrEnum):
    """The drafts Relance writes."""

    AFTER_INTERVIEW = "after_interview"  # I6
    SECOND_FOLLOW_UP = "second_follow_up"  # N2
    LATE_NOTE = "late_note"  # I5
    THANK_YOU = "thank_you"  # I8
    FEEDBACK_REQUEST = "feedback_request"  # F1
    SKILL_CLARIFICATION = "skill_clarification"  # F2
    OPENING = "opening"  # F3a
    OTHER_OPENING = "other_opening"  # F3b
    COME_BACK = "come_back"  # F4
    APPLIED = "applied"  # A1
    WITHDRAWAL = "withdrawal"  # after accepting another offer


class DraftChannel(StrEnum):
    """How a draft is delivered: a written email, or a script to read on the phone."""

    EMAIL = "email"
    CALL = "call"


@dataclass(frozen=True)
class Draft:
    """One draft: a subject (None for a call script) and a plain-text body."""

    kind: DraftKind
    channel: DraftChannel
    subject: str | None
    body: str

    def as_html(self) -> str:
        """The draft for HTML parse mode: every character of user text escaped."""
        body = html.escape(self.body)
        if self.subject is None:
            return body
        return f"<b>{html.escape(self.subject)}</b>\n\n{body}"

    def to_dict(self) -> dict[str, str | None]:
        """The draft as plain JSON-ready data."""
        return {
            "kind": self.kind.value,
            "channel": self.channel.value,
            "subject": self.subject,
            "body": self.body,
        }


def _clean(text: str | None) -> str | None:
    """Collapses whitespace (a sentence holds no line break); an empty text counts as missing."""
    if text is None:
        return None
    cleaned = " ".join(text.split())
    return cleaned or None


@dataclass(frozen=True, kw_only=True)
class DraftFacts:
    """What a draft may mention. Only ``language``, ``topic`` and ``event_date`` are required.

    ``event_date`` is the local date of the application, interview or refusal; ``notes`` are the
    user's interview notes (I6), or for a skill clarification the proof of the skill (F2).
    """

    language: str
    topic: Topic
    event_date: dt.date
    company: str | None = None
    role: str | None = None
    recruiter: str | None = None
    notes: str | None = None
    skill: str | None = None
    opening_date: dt.date | None = None

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unsupported language: {self.language!r}")
        for name in ("company", "role", "recruiter", "skill"):
            object.__setattr__(self, name, _clean(getattr(self, name)))
        # The notes end a sentence whose full stop is in the template.
        notes = _clean(self.notes)
        if notes is not None:
            notes = notes.rstrip(" .;,:") or None
        object.__setattr__(self, "notes", notes)


class _Writer:
    """Fills the catalog's templates for one set of facts."""

    def __init__(self, facts: DraftFacts) -> None:
        self.facts = facts
        self.texts = DRAFT_TEXTS[facts.language]
        self.common = {
            "greeting": self.either("greeting", "recruiter", facts.recruiter),
            "role_phrase": self.either("role", "role", facts.role),
            "at_company": self.either("at_company", "company", facts.company),
            "team": self.either("team", "company", facts.company),
            "date": self.long_date(facts.event_date),
            "sign_off": self.text("sign_off"),
        }

    def text(self, key: str, **values: str) -> str:
        """One template, filled."""
        return self.texts[key].format_map(values)

    def either(self, base: str, name: str, value: str | None) -> str:
        """``base.named`` filled with ``value``, or ``base.unnamed`` (``base.neutral``)."""
        if value:
            return self.text(f"{base}.named", **{name: value})
        neutral = f"{base}.neutral" if f"{base}.neutral" in self.texts else f"{base}.unnamed"
        return self.text(neutral)

    def sentence(self, key: str) -> str:
        """A sentence that only uses the shared values."""
        return self.text(key, **self.common)

    def long_date(self, day: dt.date) -> str:
        """The date written out in the user's language (Babel)."""
        return written_date(day, "long", self.facts.language)

    def subject(self, base: str) -> str:
        """``base.named`` with the role, or ``base.unnamed``."""
        role = self.facts.role
        key = f"{base}.named" if role else f"{base}.unnamed"
        return self.text(key, role=role or "", date=self.common["date"])

    def body(self, key: str, **parts: str) -> str:
        """Assembles a body from its already filled sentences."""
        return self.text(key, **{**self.common, **parts})

    def with_notes(self, base: str) -> str:
        """``base.notes`` weaving in the user's notes, or ``base.plain`` without them."""
        if self.facts.notes:
            return self.text(f"{base}.notes", **self.common, notes=self.facts.notes)
        return self.sentence(f"{base}.plain")

    def with_skill(self, base: str) -> str:
        """``base.named`` naming the skill, or ``base.unnamed``."""
        if self.facts.skill:
            return self.text(f"{base}.named", **self.common, skill=self.facts.skill)
        return self.sentence(f"{base}.unnamed")


_Composer = Callable[[_Writer], tuple[str | None, str]]


def _after_interview(writer: _Writer) -> tuple[str | None, str]:
    # I6: renews motivation and reuses what was discussed; does not only ask for news.
    return writer.subject("subject.interview"), writer.body(
        "after_interview.body",
        thanks=writer.sentence("after_interview.thanks"),
        motivation=writer.with_notes("after_interview.motivation"),
        offer=writer.sentence("after_interview.offer"),
        ask=writer.sentence("after_interview.ask"),
    )


def _second_follow_up(writer: _Writer) -> tuple[str | None, str]:
    # N2: the last follow-up, courteous whatever the silence (I7).
    topic = writer.facts.topic
    subject = writer.subject("subject.interview" if topic == "interview" else "subject.application")
    return subject, writer.body(
        "second.body",
        opening=writer.sentence(f"second.opening.{topic}"),
        motivation=writer.sentence("second.motivation"),
        close=writer.sentence(f"second.close.{topic}"),
    )


def _late_note(writer: _Writer) -> tuple[str | None, str]:
    # I5: short, no apology for the delay and no count of days.
    return writer.subject("subject.interview"), writer.body(
        "late.body",
        thanks=writer.sentence("late.thanks"),
        motivation=writer.with_notes("late.motivation"),
        ask=writer.sentence("late.ask"),
    )


def _thank_you(writer: _Writer) -> tuple[str | None, str]:
    # I8: thanks for the time given and renews the wish to work for the company.
    return writer.sentence("thank_you.subject"), writer.body(
        "thank_you.body",
        thanks=writer.sentence("thank_you.thanks"),
        regret=writer.sentence("thank_you.regret"),
        future=writer.sentence("thank_you.future"),
    )


def _feedback_email(writer: _Writer) -> tuple[str | None, str]:
    # F1: asks why, ready to hear criticism.
    return writer.sentence("feedback.subject"), writer.body(
        "feedback.body",
        thanks=writer.sentence("feedback.thanks"),
        ask=writer.sentence("feedback.ask"),
        offer=writer.sentence("feedback.offer"),
    )


def _feedback_call(writer: _Writer) -> tuple[str | None, str]:
    # F1: the same request as a phone script.
    return None, writer.body(
        "feedback_call.body",
        intro=writer.sentence("feedback_call.intro"),
        ask=writer.sentence("feedback_call.ask"),
        listen=writer.sentence("feedback_call.listen"),
        close=writer.sentence("feedback_call.close"),
    )


def _skill_parts(writer: _Writer) -> dict[str, str]:
    # F2: argues with proof; never asks for a new interview.
    proof = (
        writer.text("skill.proof.notes", notes=writer.facts.notes)
        if writer.facts.notes
        else writer.sentence("skill.proof.plain")
    )
    return {
        "point": writer.with_skill("skill.point"),
        "claim": writer.sentence("skill.claim"),
        "proof": proof,
        "respect": writer.sentence("skill.respect"),
    }


def _skill_email(writer: _Writer) -> tuple[str | None, str]:
    subject = writer.with_skill("skill.subject")
    return subject, writer.body(
        "skill.body", thanks=writer.sentence("skill.thanks"), **_skill_parts(writer)
    )


def _skill_call(writer: _Writer) -> tuple[str | None, str]:
    return None, writer.body(
        "skill_call.body", intro=writer.sentence("skill_call.intro"), **_skill_parts(writer)
    )


def _opening(writer: _Writer) -> tuple[str | None, str]:
    # F3a: writes again before the opening and proposes a meeting.
    opening_date = writer.facts.opening_date
    if opening_date is None:
        recall = writer.sentence("opening.recall.undated")
    else:
        month = written_date(opening_date, "MMMM y", writer.facts.language)
        recall = writer.text("opening.recall.dated", **writer.common, month=month)
    return writer.subject("opening.subject"), writer.body(
        "opening.body",
        recall=recall,
        motivation=writer.sentence("opening.motivation"),
        meeting=writer.sentence("opening.meeting"),
    )


def _other_opening(writer: _Writer) -> tuple[str | None, str]:
    # F3b: applies to another opening, naming the earlier contact; the reader may be someone else,
    # so the greeting is neutral and the contact is named in the third person.
    recruiter = writer.facts.recruiter
    contact = (
        writer.text("other.contact.named", **writer.common, recruiter=recruiter)
        if recruiter
        else writer.sentence("other.contact.unnamed")
    )
    return writer.sentence("other.subject"), writer.body(
        "other.body",
        greeting=writer.text("greeting.neutral"),
        contact=contact,
        motivation=writer.sentence("other.motivation"),
        apply=writer.sentence("other.apply"),
    )


def _come_back(writer: _Writer) -> tuple[str | None, str]:
    # F4: to the person met, updated CV, earlier application not retained, profile evolved.
    return writer.subject("come_back.subject"), writer.body(
        "come_back.body",
        recall=writer.sentence("come_back.recall"),
        not_retained=writer.with_skill("come_back.not_retained"),
        evolved=writer.with_skill("come_back.evolved"),
        ask=writer.sentence("come_back.ask"),
    )


def _applied(writer: _Writer) -> tuple[str | None, str]:
    # A1: one short follow-up that adds something (interest, availability), not only a request.
    return writer.subject("subject.application"), writer.body(
        "applied.body",
        sent=writer.sentence("applied.sent"),
        motivation=writer.with_notes("applied.motivation"),
        offer=writer.sentence("applied.offer"),
    )


def _withdrawal(writer: _Writer) -> tuple[str | None, str]:
    # Polite and short: another offer was accepted; thanks, and the door left open.
    return writer.subject("withdrawal.subject"), writer.body(
        "withdrawal.body",
        news=writer.sentence("withdrawal.news"),
        thanks=writer.sentence("withdrawal.thanks"),
    )


_COMPOSERS: dict[tuple[DraftKind, DraftChannel], _Composer] = {
    (DraftKind.AFTER_INTERVIEW, DraftChannel.EMAIL): _after_interview,
    (DraftKind.SECOND_FOLLOW_UP, DraftChannel.EMAIL): _second_follow_up,
    (DraftKind.LATE_NOTE, DraftChannel.EMAIL): _late_note,
    (DraftKind.THANK_YOU, DraftChannel.EMAIL): _thank_you,
    (DraftKind.FEEDBACK_REQUEST, DraftChannel.EMAIL): _feedback_email,
    (DraftKind.FEEDBACK_REQUEST, DraftChannel.CALL): _feedback_call,
    (DraftKind.SKILL_CLARIFICATION, DraftChannel.EMAIL): _skill_email,
    (DraftKind.SKILL_CLARIFICATION, DraftChannel.CALL): _skill_call,
    (DraftKind.OPENING, DraftChannel.EMAIL): _opening,
    (DraftKind.OTHER_OPENING, DraftChannel.EMAIL): _other_opening,
    (DraftKind.COME_BACK, DraftChannel.EMAIL): _come_back,
    (DraftKind.APPLIED, DraftChannel.EMAIL): _applied,
    (DraftKind.WITHDRAWAL, DraftChannel.EMAIL): _withdrawal,
}

DRAFT_VARIANTS: tuple[tuple[DraftKind, DraftChannel], ...] = tuple(_COMPOSERS)
"""Every (kind, channel) pair ``write_draft`` accepts."""


def write_draft(
    kind: DraftKind, facts: DraftFacts, channel: DraftChannel = DraftChannel.EMAIL
) -> Draft:
    """Writes the draft of ``kind`` for ``channel`` from ``facts``, in ``facts.language``."""
    try:
        compose = _COMPOSERS[(kind, channel)]
    except KeyError:
        raise ValueError(f"no {channel.value} draft for {kind.value}") from None
    subject, body = compose(_Writer(facts))
    return Draft(kind=kind, channel=channel, subject=subject, body=body)
