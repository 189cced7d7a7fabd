"""The coaching dialogs: a new application, after an interview, after a refusal, what's next.

Each is a `transitions` machine over plain data. What a dialog learns goes into its answers;
when it ends, `app_changes` says what to store on the application and `outcomes` what the bot
does next (`CreateApplication`, `MakePlan`, `PlanInterview`, `Then(flow)`...). Dates are kept in the
answers as ISO 8601 strings, so a dialog survives a restart in the database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from flows import outcomes
from flows.business_calendar import WorkCalendar
from flows.catalog import Text, describe_window, format_day, format_moment
from flows.dates import DateProblem, Prefer, When, read_when
from flows.dialog import (
    Answer,
    Choice,
    DialogModel,
    Question,
    Rejected,
    TwoButtons,
    branches,
    choices_of,
    on_answer,
)
from flows.domain import Stage
from flows.policy import CompanySize, RefusalReason, Urgency

NAME_LIMIT = 200
NOTES_LIMIT = 1000
DATE_LIMIT = 100  # a typed date
SKIP = "skip"
DAYS_AGO = ("d0", "d1", "d2")  # today, yesterday, two days ago
# A button that names one day (and maybe a time) of a window or of an ambiguous phrase:
# "day:2026-12-01" or "day:2026-12-01T14:30". It carries its own date, so it stays valid
# whatever the question it came with.
DAY_CHOICE = "day:"
PASTE = "paste"  # "where does it stand?": the recruiter's message will say
WINDOW_SEPARATOR = "~"
# A window with more business days than this is not offered as buttons: the user types the day.
MOST_DAY_BUTTONS = 7
# What the "I couldn't read it" reply gives as examples, by the kind of date asked.
UNREADABLE = {Prefer.PAST: "coach.date.unreadable", Prefer.FUTURE: "coach.date.unreadable_future"}


def _skip_choice() -> Choice:
    return Choice(SKIP, Text("dialog.skip"))


def _days_ago_choices() -> tuple[Choice, ...]:
    return choices_of("coach", DAYS_AGO)


class CoachingDialog(DialogModel):
    """What the coaching dialogs share: dates read and confirmed, skippable text, the company."""

    @property
    def company(self) -> str:
        return str(self.answers.get("company") or self.application.get("company") or "")

    # Which way each typed-date state looks, and which take a window as it is; the flows with
    # dates override them.
    DATE_STATES: dict[str, Prefer] = {}
    WINDOW_STATES: frozenset[str] = frozenset()

    def accept(self, state: str, answer: Answer) -> Any:
        """A "today / yesterday / two days ago" button, once checked against the question,
        becomes its moment; a day button ("which day?") becomes that day's moment."""
        if answer.kind == "choice" and answer.value.startswith(DAY_CHOICE):
            if state not in self.DATE_STATES:
                raise Rejected(Text("fallback.stale_button"))
            return self.moment_of_day_choice(state, answer.value)
        if answer.kind == "read":
            return self.accept_read(state, answer.value)
        value = super().accept(state, answer)
        if answer.kind == "choice" and value in DAYS_AGO:
            return self.moment_from_days_ago(value)
        return value

    def date_question(self, state: str, text: Text) -> Question:
        """The question of a date: typed, with "today / yesterday / two days ago" buttons for
        a date in the past."""
        if self.DATE_STATES[state] is Prefer.PAST:
            return Question(
                text, _days_ago_choices(), free_text=True, columns=3, text_limit=DATE_LIMIT
            )
        return Question(text, free_text=True, text_limit=DATE_LIMIT)

    def parse_text(self, state: str, value: str) -> Any:
        """A date typed for a date state; other text as it is."""
        if state in self.DATE_STATES:
            return self.read_date(value, state)
        return value

    def accept_read(self, state: str, value: str) -> dt.datetime | When:
        """A date read from a recruiter's message: a moment as it is, a window where the
        question takes one, a one-day window as that day's moment."""
        if state not in self.DATE_STATES:
            raise Rejected(Text("fallback.stale_button"))
        start, _, end = value.partition(WINDOW_SEPARATOR)
        try:
            if not end:
                return dt.datetime.fromisoformat(start)
            window = When(dt.date.fromisoformat(start), dt.date.fromisoformat(end), None)
        except ValueError:
            raise Rejected(Text("fallback.stale_button")) from None
        if window.is_window and state in self.WINDOW_STATES:
            return window
        return self.moment_of(When(window.end, window.end, None), self.DATE_STATES[state])

    def label_of(self, state: str, answer: Answer) -> Text | None:
        if answer.kind == "choice" and answer.value.startswith(DAY_CHOICE):
            return Text("dialog.raw", {"value": self.day_label(answer.value)})
        return super().label_of(state, answer)

    def moment_of_day_choice(self, state: str, value: str) -> dt.datetime | When:
        """A day button (or a window's, "day:2026-12-08~2026-12-09"), read again as typed so
        that the same checks apply. A window only where the question takes one."""
        start, _, end = value.removeprefix(DAY_CHOICE).partition(WINDOW_SEPARATOR)
        typed = f"{start} au {end}" if end else start.replace("T", " ")
        found = self.reading(typed, state)
        if not isinstance(found, When) or (found.is_window and state not in self.WINDOW_STATES):
            raise Rejected(Text("fallback.stale_button"))
        if found.is_window:
            return found
        return self.moment_of(found, self.DATE_STATES[state])

    def day_label(self, value: str) -> str:
        text = value.removeprefix(DAY_CHOICE)
        start, _, end = text.partition(WINDOW_SEPARATOR)
        try:
            day = dt.date.fromisoformat(start[:10])
            last = dt.date.fromisoformat(end) if end else None
        except ValueError:
            return text
        label = format_day(self.lang, day)
        if last is not None:
            return f"{label} – {format_day(self.lang, last)}"
        return f"{label} {start[11:16]}" if len(start) > 10 else label

    def reading(self, value: str, state: str) -> When | DateProblem:
        """What the text typed for `state` means (flows with an anchor override it)."""
        profile = self.context.profile
        return read_when(
            value,
            now=self.context.now,
            tz=profile.timezone,
            country=profile.country,
            expect=self.DATE_STATES.get(state, Prefer.PAST),
        )

    def moment_from_days_ago(self, value: str) -> dt.datetime:
        """A button "today / yesterday / two days ago": that day at 12:00 local
        (docs/coaching-rules.md, "Time words")."""
        profile = self.context.profile
        zone = ZoneInfo(profile.timezone)
        day = self.context.now.astimezone(zone).date() - dt.timedelta(days=DAYS_AGO.index(value))
        moment = dt.datetime.combine(day, dt.time(12, 0), tzinfo=zone)
        return min(moment, self.context.now.astimezone(zone))

    def read_date(self, value: str, state: str) -> dt.datetime | When:
        """A typed date as a moment, or a kind refusal with examples that fit the question.

        A window ("la semaine dernière") asks which day, with a button for each of its business
        days; an ambiguous phrase ("vendredi prochain" on a Thursday) offers its readings as
        buttons. In a state of `WINDOW_STATES` a window is taken as it is (an announced answer).
        """
        prefer = self.DATE_STATES[state]
        window_ok = state in self.WINDOW_STATES
        found = self.reading(value, state)
        if isinstance(found, DateProblem):
            key = UNREADABLE[prefer] if found is DateProblem.UNREADABLE else None
            raise Rejected(Text(key or f"coach.date.{found.value}", {"value": value}))
        if found.alternatives and (window_ok or not found.is_window):
            raise Rejected(
                Text("coach.date.which_reading", {"value": value}),
                question=self.pick_question(
                    state, tuple(sorted((found, *found.alternatives), key=lambda r: r.start))
                ),
            )
        if found.is_window:
            if window_ok:
                return found
            days = self.business_days(found)
            if not days or len(days) > MOST_DAY_BUTTONS:
                example = format_day(self.lang, found.end if prefer is Prefer.PAST else found.start)
                raise Rejected(
                    Text("coach.date.which_day_typed", {"value": value, "example": example})
                )
            readings = tuple(When(day, day, found.time) for day in days)
            raise Rejected(
                Text("coach.date.which_day", {"value": value}),
                question=self.pick_question(state, readings),
            )
        return self.moment_of(found, prefer)

    def business_days(self, window: When) -> list[dt.date]:
        profile = self.context.profile
        calendar = WorkCalendar.for_user(profile.timezone, profile.country, profile.nudge_hour)
        days = (
            window.start + dt.timedelta(days=n) for n in range((window.end - window.start).days + 1)
        )
        return [day for day in days if calendar.is_business_day(day)]

    def pick_question(self, state: str, readings: tuple[When, ...]) -> Question:
        """The question of `state` again, with one button per reading, and free text."""
        asked = self.question(state)
        buttons = tuple(
            Choice(choice_value, Text("dialog.raw", {"value": self.day_label(choice_value)}))
            for choice_value in (self.day_choice(r) for r in readings)
        )
        return Question(asked.text, buttons, free_text=True, columns=1, text_limit=asked.text_limit)

    @staticmethod
    def day_choice(reading: When) -> str:
        if reading.is_window:
            return f"{DAY_CHOICE}{reading.start}{WINDOW_SEPARATOR}{reading.end}"
        time = f"T{reading.time:%H:%M}" if reading.time else ""
        return f"{DAY_CHOICE}{reading.start.isoformat()}{time}"

    def moment_of(self, found: When, prefer: Prefer) -> dt.datetime:
        """A day at its time, 12:00 without one (coaching rules); "today" for a past event is now at
        the latest."""
        moment = found.moment(self.context.profile.timezone)
        if prefer is Prefer.PAST and found.time is None:
            now = self.context.now.astimezone(moment.tzinfo).replace(second=0, microsecond=0)
            return min(moment, now)
        return moment

    def when(self, moment: dt.datetime) -> str:
        """A moment in words, in the user's language and time zone."""
        return format_moment(self.lang, moment, self.context.profile.timezone)

    def confirm_date(self, key: str, moment: dt.datetime) -> None:
        self.says.append(Text(key, {"when": self.when(moment)}))

    def schedule_interview(self) -> None:
        """The interview's moment is the answer: the stage, its confirmation, its reminders."""
        self.app_changes["stage"] = Stage.INTERVIEW_SCHEDULED
        self.answers["interview_at"] = self.value.isoformat()
        self.confirm_date("coach.scheduled_ok", self.value)
        self.outcomes.append(outcomes.PlanInterview())


class OneDate(CoachingDialog):
    """A dialog of one question, a date (`when`): `finish` takes it. A subclass says which way
    it looks (`DATE_STATES`) and the question's text (`asking`)."""

    states = ["when"]
    initial = "when"
    transitions = [on_answer("when", "done", after="finish")]

    def asking(self) -> Text:
        raise NotImplementedError

    def question(self, state: str) -> Question:
        return self.date_question(state, self.asking())

    def finish(self) -> None:
        raise NotImplementedError


class NewApplication(CoachingDialog):
    """/new: company, role, recruiter, contact, then where it stands."""

    name = "new"
    states = ["company", "role", "recruiter", "contact", "stage"]
    initial = "company"
    transitions = [
        on_answer("company", "role", after="set_company"),
        on_answer("role", "recruiter", after="set_role"),
        on_answer("recruiter", "contact", after="set_recruiter"),
        on_answer("contact", "stage", after="set_contact"),
        on_answer("stage", "done", conditions="is_paste", after="to_paste"),
        on_answer("stage", "done", after="create"),
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
                choices_of("coach.stage", (*self.NEXT, PASTE)),
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

    def is_paste(self) -> bool:
        return bool(self.value == PASTE)

    def to_paste(self) -> None:
        """The recruiter's message will say where it stands: nothing is created before it is
        read and confirmed."""
        self.outcomes.append(outcomes.PastePrompt())

    def create(self) -> None:
        self.answers["stage"] = self.value
        self.outcomes.extend([outcomes.CreateApplication(), outcomes.Then(self.NEXT[self.value])])


class Applied(OneDate):
    """Applied, no answer yet: when the application went out, then A1's plan."""

    name = "applied"
    about_application = True
    DATE_STATES = {"when": Prefer.PAST}

    def asking(self) -> Text:
        return Text("coach.applied_when", {"company": self.company})

    def finish(self) -> None:
        self.app_changes["applied_at"] = self.value
        self.app_changes["stage"] = Stage.APPLIED
        self.outcomes.append(outcomes.MakePlan())


class Scheduled(OneDate):
    """An interview is scheduled: its date and time, for the reminder and the check-in."""

    name = "scheduled"
    about_application = True
    DATE_STATES = {"when": Prefer.FUTURE}

    def asking(self) -> Text:
        return Text("coach.scheduled_when", {"company": self.company})

    def finish(self) -> None:
        self.schedule_interview()


class AfterInterview(CoachingDialog):
    """After an interview with no news: when, size, urgency, announced date, notes; the plan."""

    name = "after_interview"
    about_application = True
    states = ["when", "size", "urgency", "announced", "announced_date", "notes"]
    DATE_STATES = {"when": Prefer.PAST, "announced_date": Prefer.FUTURE}
    WINDOW_STATES = frozenset({"announced_date"})
    initial = "when"
    transitions = [
        *branches(
            "when",
            ("size_unknown", "size"),
            ("urgency_unknown", "urgency"),
            otherwise="announced",
            after="set_when",
        ),
        *branches("size", ("urgency_unknown", "urgency"), otherwise="announced", after="set_size"),
        on_answer("urgency", "announced", after="set_urgency"),
        on_answer("announced", "announced_date", conditions="said_yes"),
        on_answer("announced", "notes", after="set_announced"),
        on_answer(
            "announced_date", "notes", conditions="notes_unknown", after="set_announced_date"
        ),
        on_answer("announced_date", "done", after=["set_announced_date", "finish"]),
        on_answer("notes", "done", after=["set_notes", "finish"]),
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
            return self.date_question(state, Text("coach.interview_when", company))
        if state == "size":
            return Question(
                Text("coach.size", company),
                choices_of("coach.size", (s.value for s in CompanySize)),
            )
        if state == "urgency":
            return Question(
                Text("coach.urgency"),
                choices_of("coach.urgency", (u.value for u in Urgency)),
                columns=3,
            )
        if state == "announced":
            return Question(
                Text("coach.announced"),
                choices_of("coach.announced", ("yes", "no", "didnt_ask")),
                columns=1,
            )
        if state == "announced_date":
            return self.date_question(state, Text("coach.announced_date"))
        if state == "notes":
            return Question(
                Text("coach.notes"), (_skip_choice(),), free_text=True, text_limit=NOTES_LIMIT
            )
        raise KeyError(state)

    def reading(self, value: str, state: str) -> When | DateProblem:
        """The announced answer date is read from the interview on: "le 21" is the next 21st
        after it, "sous 15 jours" counts from it (an answer date comes after the interview)."""
        if state != "announced_date":
            return super().reading(value, state)
        interview = self.interview_at() or self.context.now
        profile = self.context.profile
        return read_when(
            value,
            now=interview,
            tz=profile.timezone,
            country=profile.country,
            expect=Prefer.FUTURE,
            anchor=interview,
        )

    def parse_text(self, state: str, value: str) -> Any:
        if state == "announced_date":
            found = self.reading(value, state)
            if found is DateProblem.IN_PAST:
                interview = self.interview_at() or self.context.now
                raise Rejected(Text("coach.date.before_interview", {"when": self.when(interview)}))
            if found is DateProblem.UNREADABLE:
                raise Rejected(Text("coach.date.unreadable_answer", {"value": value}))
        return super().parse_text(state, value)

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
        self.answers["announced_from"] = None

    def set_announced_date(self) -> None:
        """A day, or a window whose last day is the one to wait for (I1)."""
        if not isinstance(self.value, When):
            self.answers["announced_at"] = self.value.isoformat()
            self.answers["announced_from"] = None
            self.confirm_date("coach.announced_ok", self.value)
            return
        tz = self.context.profile.timezone
        window = self.value
        self.answers["announced_at"] = window.moment(tz, last=True).isoformat()
        self.answers["announced_from"] = window.moment(tz).isoformat()
        today = self.context.now.astimezone(ZoneInfo(tz)).date()
        words = describe_window(self.lang, window.start, window.end, today)
        self.says.append(
            Text(
                "coach.announced_window_ok",
                {"window": words, "when": format_day(self.lang, window.end)},
            )
        )

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
            # A window's first day; a new announced date without one clears it (bot/conversation).
            announced_from = self.answers.get("announced_from")
            if announced and announced_from:
                changes["announced_answer_from"] = dt.datetime.fromisoformat(announced_from)
        self.outcomes.extend([outcomes.RecordInterview(), outcomes.MakePlan()])


class Refusal(CoachingDialog):
    """After a refusal: when, how, why; then the advice (F1-F4, N1-N3)."""

    name = "refusal"
    about_application = True
    states = ["when", "channel", "reason", "skill", "proof", "comeback", "interviews", "months"]
    DATE_STATES = {"when": Prefer.PAST}
    initial = "when"
    transitions = [
        on_answer("when", "channel", after="set_when"),
        on_answer("channel", "reason", after="set_channel"),
        on_answer("reason", "skill", conditions="needs_skill", after="set_reason"),
        on_answer("reason", "interviews", conditions="is_categorical", after="set_reason"),
        on_answer("reason", "months", conditions="is_opening_later", after="set_reason"),
        on_answer("reason", "done", after=["set_reason", "finish"]),
        *branches("skill", ("contested", "proof"), otherwise="comeback", after="set_skill"),
        on_answer("proof", "done", after=["set_proof", "finish"]),
        on_answer("comeback", "done", after=["set_comeback", "finish"]),
        on_answer("interviews", "done", after=["set_interviews", "finish"]),
        on_answer("months", "done", after=["set_months", "finish"]),
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
        if state == "when":
            return self.date_question(state, Text("coach.refused_when", {"company": self.company}))
        if state == "channel":
            return Question(
                Text("coach.refused_channel"),
                choices_of("coach.channel", ("call", "email")),
            )
        if state == "reason":
            return Question(
                Text("coach.reason"),
                choices_of("coach.reason", (r.value for r in RefusalReason)),
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
                choices_of("coach.comeback", ("6", "12")),
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
        if state == "months":
            digits = value.strip().split()[0] if value.strip() else ""
            if not digits.isdecimal() or not 1 <= int(digits) <= 24:
                raise Rejected(Text("coach.months_invalid", {"value": value}))
            return digits
        return super().parse_text(state, value)

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
        self.outcomes.append(outcomes.MakePlan())


class GoodNews(CoachingDialog):
    """ "They answered" with good news: another interview (its date), or an offer."""

    name = "good_news"
    about_application = True
    states = ["next", "when"]
    DATE_STATES = {"when": Prefer.FUTURE}
    initial = "next"
    transitions = [
        on_answer("next", "when", conditions="is_interview"),
        on_answer("next", "done", after="offer"),
        on_answer("when", "done", after="schedule_interview"),
    ]

    def is_interview(self) -> bool:
        return bool(self.value == "interview")

    def question(self, state: str) -> Question:
        if state == "next":
            return Question(
                Text("coach.good_next", {"company": self.company}),
                choices_of("coach.good", ("interview", "offer")),
                columns=1,
            )
        return self.date_question(state, Text("coach.scheduled_when", {"company": self.company}))

    def offer(self) -> None:
        self.app_changes["stage"] = Stage.OFFER
        # An offer ends the waiting: no follow-up or interview reminder for it any more.
        self.outcomes.append(outcomes.StopReminders())
        self.says.append(Text("coach.offer_congrats", {"company": self.company}))


class MoveReminder(OneDate):
    """A reminder moved from /agenda to a typed date ("lundi 9h", "dans 3 jours")."""

    name = "move_reminder"
    DATE_STATES = {"when": Prefer.FUTURE}

    def asking(self) -> Text:
        what = Text(f"kind.{self.answers.get('kind', 'check_in')}")
        return Text("coach.move_when", {"what": what, "company": self.company})

    def finish(self) -> None:
        self.answers["move_to"] = self.value.isoformat()
        self.outcomes.append(outcomes.MoveNudge())


class Switch(TwoButtons):
    """A new dialog while one is open: drop the open one, or go back to it?"""

    name = "switch"
    quiet = True
    states = ["confirm"]
    first = Choice("drop", Text("coach.switch.drop"))
    second = Choice("resume", Text("coach.switch.resume"))
    columns = 1

    def asking(self) -> Text:
        return Text("coach.switch")

    def on_first(self) -> None:
        self.outcomes.append(outcomes.SwitchDrop())

    def on_second(self) -> None:
        self.outcomes.append(outcomes.SwitchResume())
