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
from collections.abc import Callable, Mapping
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


def _fill(writer: _Writer, spec: str) -> str:
    """One filled piece of a draft: ``key`` (a sentence), ``notes:key`` (weaving in the user's
    notes), ``skill:key`` (naming the skill) or ``subject:key`` (naming the role)."""
    how, _, key = spec.rpartition(":")
    fill = {
        "": writer.sentence,
        "notes": writer.with_notes,
        "skill": writer.with_skill,
        "subject": writer.subject,
    }[how]
    return fill(key)


@dataclass(frozen=True)
class _Layout:
    """A draft as its subject (none for a call script), its body's template and the pieces that
    fill the body's placeholders, each written as ``_fill`` reads it."""

    subject: str | None
    body: str
    parts: Mapping[str, str]

    def __call__(self, writer: _Writer, **extra: str) -> tuple[str | None, str]:
        subject = _fill(writer, self.subject) if self.subject else None
        pieces = {name: _fill(writer, spec) for name, spec in self.parts.items()}
        return subject, writer.body(self.body, **pieces, **extra)


def _second_follow_up(writer: _Writer) -> tuple[str | None, str]:
    # N2: the last follow-up, courteous whatever the silence (I7).
    topic = writer.facts.topic
    subject = "subject.interview" if topic == "interview" else "subject.application"
    layout = _Layout(
        f"subject:{subject}",
        "second.body",
        {
            "opening": f"second.opening.{topic}",
            "motivation": "second.motivation",
            "close": f"second.close.{topic}",
        },
    )
    return layout(writer)


# F2: argues with proof; never asks for a new interview.
_SKILL_PARTS = {"point": "skill:skill.point", "claim": "skill.claim", "respect": "skill.respect"}


def _skill_proof(writer: _Writer) -> str:
    if writer.facts.notes:
        return writer.text("skill.proof.notes", notes=writer.facts.notes)
    return writer.sentence("skill.proof.plain")


def _skill_email(writer: _Writer) -> tuple[str | None, str]:
    parts = {"thanks": "skill.thanks", **_SKILL_PARTS}
    layout = _Layout("skill:skill.subject", "skill.body", parts)
    return layout(writer, proof=_skill_proof(writer))


def _skill_call(writer: _Writer) -> tuple[str | None, str]:
    layout = _Layout(None, "skill_call.body", {"intro": "skill_call.intro", **_SKILL_PARTS})
    return layout(writer, proof=_skill_proof(writer))


def _opening(writer: _Writer) -> tuple[str | None, str]:
    # F3a: writes again before the opening and proposes a meeting.
    opening_date = writer.facts.opening_date
    if opening_date is None:
        recall = writer.sentence("opening.recall.undated")
    else:
        month = written_date(opening_date, "MMMM y", writer.facts.language)
        recall = writer.text("opening.recall.dated", **writer.common, month=month)
    layout = _Layout(
        "subject:opening.subject",
        "opening.body",
        {"motivation": "opening.motivation", "meeting": "opening.meeting"},
    )
    return layout(writer, recall=recall)


def _other_opening(writer: _Writer) -> tuple[str | None, str]:
    # F3b: applies to another opening, naming the earlier contact; the reader may be someone else,
    # so the greeting is neutral and the contact is named in the third person.
    recruiter = writer.facts.recruiter
    contact = (
        writer.text("other.contact.named", **writer.common, recruiter=recruiter)
        if recruiter
        else writer.sentence("other.contact.unnamed")
    )
    layout = _Layout(
        "other.subject",
        "other.body",
        {"motivation": "other.motivation", "apply": "other.apply"},
    )
    return layout(writer, greeting=writer.text("greeting.neutral"), contact=contact)


_COMPOSERS: dict[tuple[DraftKind, DraftChannel], _Composer] = {
    # I6: renews motivation and reuses what was discussed; does not only ask for news.
    (DraftKind.AFTER_INTERVIEW, DraftChannel.EMAIL): _Layout(
        "subject:subject.interview",
        "after_interview.body",
        {
            "thanks": "after_interview.thanks",
            "motivation": "notes:after_interview.motivation",
            "offer": "after_interview.offer",
            "ask": "after_interview.ask",
        },
    ),
    (DraftKind.SECOND_FOLLOW_UP, DraftChannel.EMAIL): _second_follow_up,
    # I5: short, no apology for the delay and no count of days.
    (DraftKind.LATE_NOTE, DraftChannel.EMAIL): _Layout(
        "subject:subject.interview",
        "late.body",
        {"thanks": "late.thanks", "motivation": "notes:late.motivation", "ask": "late.ask"},
    ),
    # I8: thanks for the time given and renews the wish to work for the company.
    (DraftKind.THANK_YOU, DraftChannel.EMAIL): _Layout(
        "thank_you.subject",
        "thank_you.body",
        {"thanks": "thank_you.thanks", "regret": "thank_you.regret", "future": "thank_you.future"},
    ),
    # F1: asks why, ready to hear criticism; or the same request as a phone script.
    (DraftKind.FEEDBACK_REQUEST, DraftChannel.EMAIL): _Layout(
        "feedback.subject",
        "feedback.body",
        {"thanks": "feedback.thanks", "ask": "feedback.ask", "offer": "feedback.offer"},
    ),
    (DraftKind.FEEDBACK_REQUEST, DraftChannel.CALL): _Layout(
        None,
        "feedback_call.body",
        {
            "intro": "feedback_call.intro",
            "ask": "feedback_call.ask",
            "listen": "feedback_call.listen",
            "close": "feedback_call.close",
        },
    ),
    (DraftKind.SKILL_CLARIFICATION, DraftChannel.EMAIL): _skill_email,
    (DraftKind.SKILL_CLARIFICATION, DraftChannel.CALL): _skill_call,
    (DraftKind.OPENING, DraftChannel.EMAIL): _opening,
    (DraftKind.OTHER_OPENING, DraftChannel.EMAIL): _other_opening,
    # F4: to the person met, updated CV, earlier application not retained, profile evolved.
    (DraftKind.COME_BACK, DraftChannel.EMAIL): _Layout(
        "subject:come_back.subject",
        "come_back.body",
        {
            "recall": "come_back.recall",
            "not_retained": "skill:come_back.not_retained",
            "evolved": "skill:come_back.evolved",
            "ask": "come_back.ask",
        },
    ),
    # A1: one short follow-up that adds something (interest, availability), not only a request.
    (DraftKind.APPLIED, DraftChannel.EMAIL): _Layout(
        "subject:subject.application",
        "applied.body",
        {
            "sent": "applied.sent",
            "motivation": "notes:applied.motivation",
            "offer": "applied.offer",
        },
    ),
    # Polite and short: another offer was accepted; thanks, and the door left open.
    (DraftKind.WITHDRAWAL, DraftChannel.EMAIL): _Layout(
        "subject:withdrawal.subject",
        "withdrawal.body",
        {"news": "withdrawal.news", "thanks": "withdrawal.thanks"},
    ),
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
