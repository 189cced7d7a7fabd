"""The coaching dialogs: a new application, after an interview, after a refusal, what's next.

Each is a `transitions` machine over plain data. What a dialog learns goes into its answers;
when it ends, `app_changes` says what to store on the application and `actions` what the bot
does next ("create_application", "plan", "interview", "then:<flow>"...). Dates are kept in the
answers as ISO 8601 strings, so a dialog survives a restart in the database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from flows.catalog import Text, format_moment
from flows.dates import DateProblem, Prefer, parse_moment
from flows.dialog import Answer, Choice, DialogModel, Question, Rejected, register
from flows.domain import Stage
from flows.policy import CompanySize, RefusalReason, Urgency

NAME_LIMIT = 200
NOTES_LIMIT = 1000
SKIP = "skip"
DAYS_AGO = ("d0", "d1", "d2")  # today, yesterday, two days ago


def _skip_choice() -> Choice:
    return Choice(SKIP, Text("dialog.skip"))


def _days_ago_choices() -> tuple[Choice, ...]:
    return tuple(Choice(value, Text(f"coach.{value}")) for value in DAYS_AGO)


class CoachingDialog(DialogModel):
    """What the coaching dialogs share: dates read and confirmed, skippable text, the company."""

    @property
    def company(self) -> str:
        return str(self.answers.get("company") or self.application.get("company") or "")

    def accept(self, state: str, answer: Answer) -> Any:
        """A "today / yesterday / two days ago" button, once checked against the question,
        becomes its moment."""
        value = super().accept(state, answer)
        if answer.kind == "choice" and value in DAYS_AGO:
            return self.moment_from_days_ago(value)
        return value

    def moment_from_days_ago(self, value: str) -> dt.datetime:
        """A button "today / yesterday / two days ago": that day at 12:00 local
        (docs/coaching-rules.md, "Time words")."""
        profile = self.context.profile
        zone = ZoneInfo(profile.timezone)
        day = self.context.now.astimezone(zone).date() - dt.timedelta(days=DAYS_AGO.index(value))
        moment = dt.datetime.combine(day, dt.time(12, 0), tzinfo=zone)
        return min(moment, self.context.now.astimezone(zone))

    def read_date(self, value: str, prefer: Prefer) -> dt.datetime:
        """A typed date, or a kind refusal with an example."""
        profile = self.context.profile
        parsed = parse_moment(
            value,
            tz=profile.timezone,
            country=profile.country,
            now=self.context.now,
            prefer=prefer,
        )
        if isinstance(parsed, DateProblem):
            raise Rejected(Text(f"coach.date.{parsed.value}", {"value": value}))
        return parsed

    def when(self, moment: dt.datetime) -> str:
        """A moment in words, in the user's language and time zone."""
        return format_moment(self.lang, moment, self.context.profile.timezone)

    def confirm_date(self, key: str, moment: dt.datetime) -> None:
        self.says.append(Text(key, {"when": self.when(moment)}))


@register
class NewApplication(CoachingDialog):
    """/new: company, role, recruiter, contact, then where it stands."""

    name = "new"
    states = ["company", "role", "recruiter", "contact", "stage"]
    initial = "company"
    transitions = [
        {"trigger": "answer", "source": "company", "dest": "role", "after": "set_company"},
        {"trigger": "answer", "source": "role", "dest": "recruiter", "after": "set_role"},
        {"trigger": "answer", "source": "recruiter", "dest": "contact", "after": "set_recruiter"},
        {"trigger": "answer", "source": "contact", "dest": "stage", "after": "set_contact"},
        {"trigger": "answer", "source": "stage", "dest": "done", "after": "create"},
    ]
    NEXT = {
        Stage.APPLIED.value: "applied",
        Stage.INTERVIEW_SCHEDULED.value: "scheduled",
        Stage.WAITING.value: "after_interview",
        Stage.REFUSED.value: "refusal",
    }

    def question(self, state: str) -> Question:
        if state == "company":
            return Question(Text("coach.company"), free_text=True, text_limit=NAME_LIMIT)
        if state in ("role", "recruiter", "contact"):
            return Question(
                Text(f"coach.{state}", {"company": self.company}),
                (_skip_choice(),),
                free_text=True,
                text_limit=NAME_LIMIT,
            )
        if state == "stage":
            return Question(
                Text("coach.stage", {"company": self.company}),
                tuple(Choice(value, Text(f"coach.stage.{value}")) for value in self.NEXT),
                columns=1,
            )
        raise KeyError(state)

    def _keep(self, field: str) -> None:
        self.answers[field] = None if self.value == SKIP else self.value

    def set_company(self) -> None:
        self._keep("company")

    def set_role(self) -> None:
        self._keep("role")

    def set_recruiter(self) -> None:
        self._keep("recruiter_name")

    def set_contact(self) -> None:
        self._keep("recruiter_contact")

    def create(self) -> None:
        self.answers["stage"] = self.value
        self.actions.extend(["create_application", f"then:{self.NEXT[self.value]}"])


@register
class Applied(CoachingDialog):
    """Applied, no answer yet: when the application went out, then A1's plan."""

    name = "applied"
    states = ["when"]
    initial = "when"
    transitions = [{"trigger": "answer", "source": "when", "dest": "done", "after": "finish"}]

    def question(self, state: str) -> Question:
        return Question(
            Text("coach.applied_when", {"company": self.company}),
            _days_ago_choices(),
            free_text=True,
            columns=3,
            text_limit=100,
        )

    def parse_text(self, state: str, value: str) -> Any:
        return self.read_date(value, Prefer.PAST)

    def finish(self) -> None:
        self.app_changes["applied_at"] = self.value
        self.app_changes["stage"] = Stage.APPLIED
        self.actions.append("plan")


@register
class Scheduled(CoachingDialog):
    """An interview is scheduled: its date and time, for the reminder and the check-in."""

    name = "scheduled"
    states = ["when"]
    initial = "when"
    transitions = [{"trigger": "answer", "source": "when", "dest": "done", "after": "finish"}]

    def question(self, state: str) -> Question:
        return Question(
            Text("coach.scheduled_when", {"company": self.company}),
            free_text=True,
            text_limit=100,
        )

    def parse_text(self, state: str, value: str) -> Any:
        return self.read_date(value, Prefer.FUTURE)

    def finish(self) -> None:
        self.app_changes["stage"] = Stage.INTERVIEW_SCHEDULED
        self.answers["interview_at"] = self.value.isoformat()
        self.confirm_date("coach.scheduled_ok", self.value)
        self.actions.append("interview")


@register
class AfterInterview(CoachingDialog):
    """After an interview with no news: when, size, urgency, announced date, notes; the plan."""

    name = "after_interview"
    states = ["when", "size", "urgency", "announced", "announced_date", "notes"]
    initial = "when"
    transitions = [
        {
            "trigger": "answer",
            "source": "when",
            "dest": "size",
            "conditions": "size_unknown",
            "after": "set_when",
        },
        {
            "trigger": "answer",
            "source": "when",
            "dest": "urgency",
            "conditions": "urgency_unknown",
            "after": "set_when",
        },
        {"trigger": "answer", "source": "when", "dest": "announced", "after": "set_when"},
        {
            "trigger": "answer",
            "source": "size",
            "dest": "urgency",
            "conditions": "urgency_unknown",
            "after": "set_size",
        },
        {"trigger": "answer", "source": "size", "dest": "announced", "after": "set_size"},
        {"trigger": "answer", "source": "urgency", "dest": "announced", "after": "set_urgency"},
        {
            "trigger": "answer",
            "source": "announced",
            "dest": "announced_date",
            "conditions": "said_yes",
        },
        {"trigger": "answer", "source": "announced", "dest": "notes", "after": "set_announced"},
        {
            "trigger": "answer",
            "source": "announced_date",
            "dest": "notes",
            "conditions": "notes_unknown",
            "after": "set_announced_date",
        },
        {
            "trigger": "answer",
            "source": "announced_date",
            "dest": "done",
            "after": ["set_announced_date", "finish"],
        },
        {"trigger": "answer", "source": "notes", "dest": "done", "after": ["set_notes", "finish"]},
    ]

    # What is known already (from the application, or answered in this dialog)
    def size_unknown(self) -> bool:
        return not (self.answers.get("size") or self.application.get("company_size"))

    def urgency_unknown(self) -> bool:
        return not (self.answers.get("urgency") or self.application.get("urgency"))

    def notes_unknown(self) -> bool:
        return not (self.answers.get("notes") or self.application.get("interview_notes"))

    def said_yes(self) -> bool:
        return bool(self.value == "yes")

    def interview_at(self) -> dt.datetime | None:
        text = self.answers.get("interview_at") or self.application.get("interview_at")
        return dt.datetime.fromisoformat(text) if text else None

    def question(self, state: str) -> Question:
        company = {"company": self.company}
        if state == "when":
            return Question(
                Text("coach.interview_when", company),
                _days_ago_choices(),
                free_text=True,
                columns=3,
                text_limit=100,
            )
        if state == "size":
            return Question(
                Text("coach.size", company),
                tuple(Choice(s.value, Text(f"coach.size.{s.value}")) for s in CompanySize),
            )
        if state == "urgency":
            return Question(
                Text("coach.urgency"),
                tuple(Choice(u.value, Text(f"coach.urgency.{u.value}")) for u in Urgency),
                columns=3,
            )
        if state == "announced":
            return Question(
                Text("coach.announced"),
                tuple(Choice(v, Text(f"coach.announced.{v}")) for v in ("yes", "no", "didnt_ask")),
                columns=1,
            )
        if state == "announced_date":
            return Question(Text("coach.announced_date"), free_text=True, text_limit=100)
        if state == "notes":
            return Question(
                Text("coach.notes"), (_skip_choice(),), free_text=True, text_limit=NOTES_LIMIT
            )
        raise KeyError(state)

    def parse_text(self, state: str, value: str) -> Any:
        if state == "when":
            return self.read_date(value, Prefer.PAST)
        if state == "announced_date":
            # "le 21": the next 21st from the interview on (an answer date comes after it).
            interview = self.interview_at() or self.context.now
            parsed = parse_moment(
                value,
                tz=self.context.profile.timezone,
                country=self.context.profile.country,
                now=interview,
                prefer=Prefer.FUTURE,
            )
            if parsed is DateProblem.IN_PAST:
                raise Rejected(Text("coach.date.before_interview", {"when": self.when(interview)}))
            if isinstance(parsed, DateProblem):
                raise Rejected(Text(f"coach.date.{parsed.value}", {"value": value}))
            return parsed
        return value

    def set_when(self) -> None:
        self.answers["interview_at"] = self.value.isoformat()
        self.confirm_date("coach.interview_ok", self.value)

    def set_size(self) -> None:
        self.answers["size"] = self.value

    def set_urgency(self) -> None:
        self.answers["urgency"] = self.value

    def set_announced(self) -> None:
        if self.value == "didnt_ask":
            self.says.append(Text("coach.I1_next_time"))
        self.answers["announced_at"] = None

    def set_announced_date(self) -> None:
        self.answers["announced_at"] = self.value.isoformat()
        self.confirm_date("coach.announced_ok", self.value)

    def set_notes(self) -> None:
        self.answers["notes"] = None if self.value == SKIP else self.value

    def finish(self) -> None:
        changes = self.app_changes
        changes["stage"] = Stage.WAITING
        if self.answers.get("size"):
            changes["company_size"] = self.answers["size"]
        if self.answers.get("urgency"):
            changes["urgency"] = self.answers["urgency"]
        if "announced_at" in self.answers:
            announced = self.answers["announced_at"]
            changes["announced_answer_at"] = (
                dt.datetime.fromisoformat(announced) if announced else None
            )
        self.actions.extend(["interview_done", "plan"])


@register
class Refusal(CoachingDialog):
    """After a refusal: when, how, why; then the advice (F1-F4, N1-N3)."""

    name = "refusal"
    states = ["when", "channel", "reason", "skill", "proof", "comeback", "interviews", "months"]
    initial = "when"
    transitions = [
        {"trigger": "answer", "source": "when", "dest": "channel", "after": "set_when"},
        {"trigger": "answer", "source": "channel", "dest": "reason", "after": "set_channel"},
        {
            "trigger": "answer",
            "source": "reason",
            "dest": "skill",
            "conditions": "needs_skill",
            "after": "set_reason",
        },
        {
            "trigger": "answer",
            "source": "reason",
            "dest": "interviews",
            "conditions": "is_categorical",
            "after": "set_reason",
        },
        {
            "trigger": "answer",
            "source": "reason",
            "dest": "months",
            "conditions": "is_opening_later",
            "after": "set_reason",
        },
        {
            "trigger": "answer",
            "source": "reason",
            "dest": "done",
            "after": ["set_reason", "finish"],
        },
        {
            "trigger": "answer",
            "source": "skill",
            "dest": "proof",
            "conditions": "contested",
            "after": "set_skill",
        },
        {"trigger": "answer", "source": "skill", "dest": "comeback", "after": "set_skill"},
        {"trigger": "answer", "source": "proof", "dest": "done", "after": ["set_proof", "finish"]},
        {
            "trigger": "answer",
            "source": "comeback",
            "dest": "done",
            "after": ["set_comeback", "finish"],
        },
        {
            "trigger": "answer",
            "source": "interviews",
            "dest": "done",
            "after": ["set_interviews", "finish"],
        },
        {
            "trigger": "answer",
            "source": "months",
            "dest": "done",
            "after": ["set_months", "finish"],
        },
    ]

    def skip_known(self, state: str) -> str:
        # "It's a no" from a reminder: the refusal came now, only how and why are asked.
        if state == "when" and self.answers.get("refused_at"):
            return "channel"
        return state

    def needs_skill(self) -> bool:
        return self.value in (RefusalReason.SKILL_MISUNDERSTANDING, RefusalReason.MISSING_SKILLS)

    def contested(self) -> bool:
        return self.answers.get("reason") == RefusalReason.SKILL_MISUNDERSTANDING

    def is_categorical(self) -> bool:
        return bool(self.value == RefusalReason.CATEGORICAL)

    def is_opening_later(self) -> bool:
        return bool(self.value == RefusalReason.OPENING_LATER)

    def question(self, state: str) -> Question:
        company = {"company": self.company}
        if state == "when":
            return Question(
                Text("coach.refused_when", company),
                _days_ago_choices(),
                free_text=True,
                columns=3,
                text_limit=100,
            )
        if state == "channel":
            return Question(
                Text("coach.refused_channel"),
                (
                    Choice("call", Text("coach.channel.call")),
                    Choice("email", Text("coach.channel.email")),
                ),
            )
        if state == "reason":
            return Question(
                Text("coach.reason"),
                tuple(Choice(r.value, Text(f"coach.reason.{r.value}")) for r in RefusalReason),
                columns=1,
            )
        if state == "skill":
            key = "coach.skill_contested" if self.contested() else "coach.skill_missing"
            return Question(Text(key), free_text=True, text_limit=NAME_LIMIT)
        if state == "proof":
            return Question(Text("coach.proof"), free_text=True, text_limit=NOTES_LIMIT)
        if state == "comeback":
            return Question(
                Text("coach.comeback"),
                (Choice("6", Text("coach.comeback.6")), Choice("12", Text("coach.comeback.12"))),
            )
        if state == "interviews":
            return Question(
                Text("coach.interviews"),
                tuple(
                    Choice(str(n), Text("dialog.raw", {"value": label}))
                    for n, label in ((1, "1"), (2, "2"), (3, "3+"))
                ),
                columns=3,
            )
        if state == "months":
            return Question(
                Text("coach.months"),
                tuple(Choice(str(n), Text("coach.months.n", {"n": n})) for n in (1, 2, 3, 6, 12)),
                free_text=True,
                columns=5,
                text_limit=10,
            )
        raise KeyError(state)

    def parse_text(self, state: str, value: str) -> Any:
        if state == "when":
            return self.read_date(value, Prefer.PAST)
        if state == "months":
            digits = value.strip().split()[0] if value.strip() else ""
            if not digits.isdecimal() or not 1 <= int(digits) <= 24:
                raise Rejected(Text("coach.months_invalid", {"value": value}))
            return digits
        return value

    def set_when(self) -> None:
        self.answers["refused_at"] = self.value.isoformat()

    def set_channel(self) -> None:
        self.answers["channel"] = self.value

    def set_reason(self) -> None:
        self.answers["reason"] = self.value
        # A reason chosen again (after "back") forgets what the earlier one asked.
        for key in ("skill", "proof", "comeback", "interviews", "months"):
            self.answers.pop(key, None)

    def set_skill(self) -> None:
        self.answers["skill"] = self.value

    def set_proof(self) -> None:
        self.answers["proof"] = self.value

    def set_comeback(self) -> None:
        self.answers["comeback"] = int(self.value)

    def set_interviews(self) -> None:
        self.answers["interviews"] = int(self.value)

    def set_months(self) -> None:
        self.answers["months"] = int(self.value)

    def finish(self) -> None:
        a, changes = self.answers, self.app_changes
        changes.update(
            stage=Stage.REFUSED,
            refused_at=dt.datetime.fromisoformat(a["refused_at"]),
            refusal_channel=a.get("channel"),
            refusal_reason=a.get("reason"),
            refusal_skill=a.get("skill"),
            refusal_proof=a.get("proof"),
            comeback_months=a.get("comeback"),
            opening_in_months=a.get("months"),
        )
        if a.get("interviews"):
            changes["interview_count"] = a["interviews"]
        self.actions.append("plan")


@register
class GoodNews(CoachingDialog):
    """ "They answered" with good news: another interview (its date), or an offer."""

    name = "good_news"
    states = ["next", "when"]
    initial = "next"
    transitions = [
        {"trigger": "answer", "source": "next", "dest": "when", "conditions": "is_interview"},
        {"trigger": "answer", "source": "next", "dest": "done", "after": "offer"},
        {"trigger": "answer", "source": "when", "dest": "done", "after": "interview"},
    ]

    def is_interview(self) -> bool:
        return bool(self.value == "interview")

    def question(self, state: str) -> Question:
        if state == "next":
            return Question(
                Text("coach.good_next", {"company": self.company}),
                (
                    Choice("interview", Text("coach.good.interview")),
                    Choice("offer", Text("coach.good.offer")),
                ),
                columns=1,
            )
        return Question(
            Text("coach.scheduled_when", {"company": self.company}), free_text=True, text_limit=100
        )

    def parse_text(self, state: str, value: str) -> Any:
        return self.read_date(value, Prefer.FUTURE)

    def offer(self) -> None:
        self.app_changes["stage"] = Stage.OFFER
        self.says.append(Text("coach.offer_congrats", {"company": self.company}))

    def interview(self) -> None:
        self.app_changes["stage"] = Stage.INTERVIEW_SCHEDULED
        self.answers["interview_at"] = self.value.isoformat()
        self.confirm_date("coach.scheduled_ok", self.value)
        self.actions.append("interview")


@register
class Switch(DialogModel):
    """A new dialog while one is open: drop the open one, or go back to it?"""

    name = "switch"
    states = ["confirm"]
    initial = "confirm"
    transitions = [
        {
            "trigger": "answer",
            "source": "confirm",
            "dest": "done",
            "conditions": "is_drop",
            "after": "drop",
        },
        {"trigger": "answer", "source": "confirm", "dest": "done", "after": "resume"},
    ]

    def question(self, state: str) -> Question:
        return Question(
            Text("coach.switch"),
            (
                Choice("drop", Text("coach.switch.drop")),
                Choice("resume", Text("coach.switch.resume")),
            ),
            columns=1,
        )

    def is_drop(self) -> bool:
        return bool(self.value == "drop")

    def drop(self) -> None:
        self.actions.append("switch:drop")

    def resume(self) -> None:
        self.actions.append("switch:resume")
