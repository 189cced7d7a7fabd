"""A recruiter's message, pasted or forwarded: what was understood, which application, confirm.

Two dialogs and the plain data between them and the usual coaching dialogs:

- ``paste_text`` waits for the message (after ``/paste`` or the "📋" button of /new);
- ``paste`` shows nothing itself (the bot leads with ``summary(reading)``), asks which
  application the message belongs to (those of the same company first, beside "a new one"),
  the company if a new one has none, then a one-tap confirmation; for a missing skill it asks
  "do you have it?" (F2 or F4: the text alone cannot tell a misunderstanding from a gap).
- ``handover(...)`` turns the confirmed reading into the usual dialog, its answers, and the
  answers to give it in order (``Answer.read`` for the dates already read), so the coaching is
  the one the buttons give; the questions the message does not answer are then asked as usual.

The dialog keeps the reading's fields, and the message's text (bounded to what a note can
hold) only in its own row, for the one-tap "📝 keep the message as a note" that follows the
confirmation (``paste_keep``); the text goes with the row when the dialog ends either way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from flows import outcomes
from flows.catalog import Text, format_day, format_moment
from flows.coaching import NAME_LIMIT, WINDOW_SEPARATOR
from flows.dialog import Answer, Choice, DialogModel, Question, branches, choices_of, on_answer
from flows.domain import Stage
from flows.policy import RefusalReason
from flows.recruiter_message import Kind, Reading

# What Relance reads of a pasted text at most (Telegram cuts a message at 4096 characters;
# a forwarded thread is longer, and only its first message counts).
PASTE_LIMIT = 20_000
NEW = "new"
# Applications offered at the "which one?" question.
MOST_APPLICATIONS = 6
# What of the message's text the dialogs hold, for "📝 keep it as a note" (notes are this long).
NOTE_TEXT_LIMIT = 4000
# In a dialog's answers: the message's text, until the user keeps it as a note or not.
PASTE_NOTE = "_paste_note"
# Months the refusal dialog offers as buttons (F3a); others are typed.
MONTH_BUTTONS = frozenset({1, 2, 3, 6, 12})


def reading_answers(reading: Reading) -> dict[str, Any]:
    """The reading as a dialog keeps it: its fields, without the message's words."""
    return {
        "kind": reading.kind.value,
        "reason": reading.reason.value if reading.reason else None,
        "months": reading.months,
        "skill": reading.skill,
        "criteria": [c.value for c in reading.criteria],
        "answer_by": reading.answer_by.isoformat() if reading.answer_by else None,
        "interview_at": reading.interview_at.isoformat() if reading.interview_at else None,
        "company": reading.company,
        "recruiter": reading.recruiter,
        "sent_at": reading.sent_at.isoformat() if reading.sent_at else None,
    }


def summary(reading: Reading, lang: str, tz: str) -> list[Text]:
    """What was understood, a line a field, each with the recruiter's words quoted."""
    lines = [Text("paste.understood"), Text(f"paste.kind.{reading.kind.value}")]
    quoted = set()

    def quote(field: str) -> None:
        words = reading.words(field)
        if words and words not in quoted:
            quoted.add(words)
            lines.append(Text("paste.quote", {"words": words[:300]}))

    if reading.kind is Kind.REFUSAL:
        quote("kind")
    if reading.reason is not None:
        reason = reading.reason.value
        if reading.reason is RefusalReason.DISCRIMINATORY:
            named = [Text(f"paste.criterion.{c.value}") for c in reading.criteria[:2]]
            if len(named) == 2:
                lines.append(
                    Text("paste.reason.discriminatory_two", {"a": named[0], "b": named[1]})
                )
            elif named:
                lines.append(Text("paste.reason.discriminatory", {"criterion": named[0]}))
            else:
                lines.append(Text("paste.reason.discriminatory_unnamed"))
        elif reading.reason is RefusalReason.MISSING_SKILLS and reading.skill:
            lines.append(Text("paste.reason.missing_skill", {"skill": reading.skill}))
        elif reading.reason is RefusalReason.OPENING_LATER and reading.months:
            lines.append(Text("paste.reason.opening_in", {"months": reading.months}))
        else:
            lines.append(Text(f"paste.reason.{reason}"))
        quote("reason")
    if reading.answer_by is not None:
        lines.append(Text("paste.answer_by", {"day": format_day(lang, reading.answer_by)}))
        quote("answer_by")
    if reading.interview_at is not None:
        moment = format_moment(lang, reading.interview_at, tz)
        lines.append(Text("paste.interview_at", {"moment": moment}))
        quote("interview_at")
    elif reading.kind is Kind.INTERVIEW:
        quote("kind")
    if reading.company:
        lines.append(Text("paste.company", {"company": reading.company}))
    if reading.recruiter:
        lines.append(Text("paste.recruiter", {"name": reading.recruiter}))
    lines.append(Text("paste.not_kept"))
    return lines


def rank_applications(
    company: str | None, applications: list[tuple[int, str, str | None]]
) -> list[list[Any]]:
    """The applications to offer, [id, company, role]: those of the message's company first."""

    def same(name: str) -> bool:
        a = "".join(ch for ch in name.casefold() if ch.isalnum())
        b = "".join(ch for ch in (company or "").casefold() if ch.isalnum())
        return bool(a and b) and (a in b or b in a)

    matching = [app for app in applications if same(app[1])]
    others = [app for app in applications if not same(app[1])]
    return [list(app) for app in (matching + others)[:MOST_APPLICATIONS]]


class PasteText(DialogModel):
    """/paste: waits for the recruiter's message."""

    name = "paste_text"
    states = ["text"]
    initial = "text"
    transitions = [on_answer("text", "done", after="finish")]

    def question(self, state: str) -> Question:
        return Question(Text("paste.ask"), free_text=True, text_limit=PASTE_LIMIT)

    def accept(self, state: str, answer: Answer) -> Any:
        if answer.kind == "text" and answer.value.strip():
            # Kept as typed (its lines matter), only bounded.
            return answer.value[:PASTE_LIMIT]
        return super().accept(state, answer)

    def finish(self) -> None:
        self.answers["text"] = self.value
        self.outcomes.append(outcomes.PasteRead())


class Paste(DialogModel):
    """Which application, a company for a new one, then "✅ C'est ça" or "✏️ Corriger"."""

    name = "paste"
    states = ["which", "company", "confirm", "have_skill"]
    initial = "which"
    transitions = [
        *branches("which", ("needs_company", "company"), otherwise="confirm", after="set_which"),
        on_answer("company", "confirm", after="set_company"),
        on_answer("confirm", "have_skill", conditions=["confirmed", "asks_skill"]),
        on_answer("confirm", "done", conditions="confirmed", after="apply"),
        on_answer("confirm", "done", after="correct"),
        on_answer("have_skill", "done", after=["set_have_skill", "apply"]),
    ]

    @property
    def reading(self) -> dict[str, Any]:
        return dict(self.answers.get("reading") or {})

    def skip_known(self, state: str) -> str:
        if state == "which" and not self.answers.get("apps"):
            self.answers["app"] = NEW
            return "company" if self.needs_company() else "confirm"
        return state

    def needs_company(self) -> bool:
        draft = self.answers.get("draft") or {}
        chosen = self.value if self.value is not None else self.answers.get("app")
        return chosen == NEW and not (draft.get("company") or self.reading.get("company"))

    def confirmed(self) -> bool:
        return bool(self.value == "yes")

    def asks_skill(self) -> bool:
        return self.reading.get("reason") == RefusalReason.MISSING_SKILLS.value

    def question(self, state: str) -> Question:
        if state == "which":
            choices = [
                Choice(
                    str(app_id),
                    Text("dialog.raw", {"value": f"{company} · {role}" if role else company}),
                )
                for app_id, company, role in self.answers.get("apps") or []
            ]
            choices.append(Choice(NEW, Text("paste.new_application")))
            return Question(Text("paste.which"), tuple(choices), columns=1)
        if state == "company":
            return Question(Text("paste.company_ask"), free_text=True, text_limit=NAME_LIMIT)
        if state == "confirm":
            return Question(
                Text("paste.confirm"),
                (Choice("yes", Text("paste.yes")), Choice("fix", Text("paste.fix"))),
            )
        if state == "have_skill":
            skill = self.reading.get("skill")
            key = "paste.have_skill" if skill else "paste.have_skill_unnamed"
            return Question(
                Text(key, {"skill": skill or ""}),
                choices_of("paste.have_skill", ("yes", "no")),
                columns=1,
            )
        raise KeyError(state)

    def set_which(self) -> None:
        self.answers["app"] = self.value

    def set_company(self) -> None:
        draft = dict(self.answers.get("draft") or {})
        draft["company"] = self.value
        self.answers["draft"] = draft

    def set_have_skill(self) -> None:
        self.answers["have_skill"] = self.value == "yes"

    def apply(self) -> None:
        self.outcomes.append(outcomes.PasteApply())

    def correct(self) -> None:
        self.outcomes.append(outcomes.PasteFix())


class PasteParts(DialogModel):
    """A message Telegram cut into parts, while its parts arrive: the row holds them (``parts``),
    and the bot reads them as one message once the last (shorter) part arrives or after a
    quiet delay (``bot.coach.paste``). Nothing is asked meanwhile; this question is only a
    fallback."""

    name = "paste_parts"
    states = ["more"]
    initial = "more"
    transitions = [on_answer("more", "more")]

    def question(self, state: str) -> Question:
        return Question(Text("paste.parts_wait"), free_text=True, text_limit=PASTE_LIMIT)


class PasteKeep(DialogModel):
    """After the coaching of a confirmed message: keep its text as the application's note? The
    text is dropped with the dialog whatever the answer (not kept unless asked)."""

    name = "paste_keep"
    about_application = True
    quiet = True
    states = ["keep"]
    initial = "keep"
    transitions = [on_answer("keep", "done", after="finish")]

    def question(self, state: str) -> Question:
        return Question(
            Text("paste.keep_ask"),
            (Choice("keep", Text("paste.keep")), Choice("drop", Text("paste.keep_no"))),
            columns=1,
        )

    def finish(self) -> None:
        text = str(self.answers.pop(PASTE_NOTE, None) or "").strip()
        if self.value == "keep" and text:
            self.answers["note"] = text[:NOTE_TEXT_LIMIT]
            self.outcomes.append(outcomes.AddNote())
            self.says.append(Text("paste.kept"))
        else:
            self.says.append(Text("paste.dropped"))


@dataclass(frozen=True)
class Handover:
    """The usual dialog that coaches from a confirmed reading."""

    flow: str
    answers: dict[str, Any]
    known: tuple[tuple[str, Answer], ...]
    stage: Stage  # of a new application, until the dialog sets it


def _moment(iso: str | None, fallback: dt.datetime) -> str:
    return iso or fallback.isoformat()


def handover(reading: dict[str, Any], *, now: dt.datetime, have_skill: bool | None) -> Handover:
    """The dialog, its first answers and the answers already known, for a confirmed reading.

    A refusal's date is the message's (else now), its channel an email, its reason the one
    read (F2 or F4 as the user said for a missing skill), with the skill and the months of
    F3a; an acknowledgement's date is the application's (A1); an invitation gives the interview
    its moment; an announced answer gives the date or window to wait for (I1).
    """
    kind = reading.get("kind")
    sent = _moment(reading.get("sent_at"), now)
    if kind == Kind.REFUSAL.value:
        reason = reading.get("reason") or RefusalReason.NONE.value
        if reason == RefusalReason.MISSING_SKILLS.value and have_skill:
            reason = RefusalReason.SKILL_MISUNDERSTANDING.value
        known: list[tuple[str, Answer]] = [
            ("channel", Answer.choice("email")),
            ("reason", Answer.choice(reason)),
        ]
        if reading.get("skill"):
            known.append(("skill", Answer.text(str(reading["skill"]))))
        months = reading.get("months")
        if isinstance(months, int) and 1 <= months <= 24:
            answer = Answer.choice(str(months)) if months in MONTH_BUTTONS else None
            known.append(("months", answer or Answer.text(str(months))))
        return Handover("refusal", {"refused_at": sent}, tuple(known), Stage.REFUSED)
    if kind == Kind.INTERVIEW.value:
        known = []
        if reading.get("interview_at"):
            known.append(("when", Answer.read(reading["interview_at"])))
        return Handover("scheduled", {}, tuple(known), Stage.INTERVIEW_SCHEDULED)
    if kind == Kind.ANSWER_DATE.value:
        known = [("announced", Answer.choice("yes"))]
        if reading.get("answer_by"):
            sent_day = dt.datetime.fromisoformat(sent).date().isoformat()
            start = min(sent_day, reading["answer_by"])
            known.append(
                ("announced_date", Answer.read(f"{start}{WINDOW_SEPARATOR}{reading['answer_by']}"))
            )
        return Handover("after_interview", {}, tuple(known), Stage.WAITING)
    return Handover("applied", {}, (("when", Answer.read(sent)),), Stage.APPLIED)
