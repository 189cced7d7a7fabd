"""The command-line tool that prints the follow-up plan for a situation: for support, for the docs,
for checking the advice. It is run as ``python -m flows.plan`` (``flows/plan.py`` starts it).

    python -m flows.plan --situation application --applied-at 2026-11-23T10:00 [common flags]
    python -m flows.plan --situation interview --interview-at 2026-11-24T10:00 \\
        [--size large|medium|small|startup] [--urgency urgent|normal|unknown] \\
        [--announced-at 2026-12-11] [common flags]
    python -m flows.plan --situation refusal --refused-at 2026-11-23T10:00 --reason REASON \\
        [--opening-in-months N] [--skill TEXT] [--comeback-months 6|12] [--interviews N] \\
        [common flags]
    REASON: none, skill-misunderstanding, opening-later, other-opening, missing-skills,
        categorical, discriminatory
    common flags: [--followups-unanswered N] [--last-followup-at T] [--company NAME] [--role ROLE]
        [--recruiter NAME] [--notes TEXT] [--now T] [--tz Europe/Paris] [--country FR]
        [--nudge-hour 09:00] [--lang fr|en] [--json]

A time without an offset is local to ``--tz``; a date without a time counts as 12:00. ``--json``
prints one JSON object on one line; without it, the plan is printed for a person to read. A flag
that does not fit the situation, or a value that cannot be right, exits 2 with a one-line error
on stderr. ``.env`` is not read.

This is an entry point: without ``--now`` it reads the wall clock, in ``wall_clock`` only (the
policy itself never does: docs/architecture.md, "Time").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO
from zoneinfo import ZoneInfo

from flows.business_calendar import load_time_zone
from flows.catalog import LANGUAGES, written_date
from flows.drafts import Draft
from flows.plan_texts import plan_text
from flows.policy import (
    POLICY,
    CompanySize,
    Plan,
    RefusalReason,
    Situation,
    SituationKind,
    Urgency,
    plan_follow_up,
)

NOON = dt.time(12, 0)

# The flags each situation accepts; a flag of another situation is an error.
_SITUATION_FLAGS: dict[SituationKind, tuple[str, ...]] = {
    SituationKind.APPLICATION: ("applied_at",),
    SituationKind.INTERVIEW: ("interview_at", "size", "urgency", "announced_at"),
    SituationKind.REFUSAL: (
        "refused_at",
        "reason",
        "opening_in_months",
        "skill",
        "comeback_months",
        "interviews",
    ),
}
_EVENT_FLAG = {
    SituationKind.APPLICATION: "applied_at",
    SituationKind.INTERVIEW: "interview_at",
    SituationKind.REFUSAL: "refused_at",
}
# Refusal flags that only fit some reasons.
_REASON_FLAGS: dict[str, tuple[RefusalReason, ...]] = {
    "opening_in_months": (RefusalReason.OPENING_LATER,),
    "skill": (RefusalReason.SKILL_MISUNDERSTANDING, RefusalReason.MISSING_SKILLS),
    "comeback_months": (RefusalReason.MISSING_SKILLS,),
}


class UsageError(Exception):
    """A flag or value the command cannot accept; reported on one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are exceptions, so ``main`` prints them on one line."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _flag(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def _hyphenated(values: Sequence[str]) -> list[str]:
    return [value.replace("_", "-") for value in values]


def build_parser() -> argparse.ArgumentParser:
    """The command line, as fixed by the issue."""
    parser = _Parser(prog="python -m flows.plan", description="Print a follow-up plan.")
    add = parser.add_argument
    add("--situation", required=True, choices=[kind.value for kind in SituationKind])
    add("--applied-at", metavar="T")
    add("--interview-at", metavar="T")
    add("--refused-at", metavar="T")
    add("--size", choices=[size.value for size in CompanySize])
    add("--urgency", choices=[urgency.value for urgency in Urgency])
    add("--announced-at", metavar="DATE")
    add("--reason", choices=_hyphenated([reason.value for reason in RefusalReason]))
    add("--opening-in-months", type=int, metavar="N")
    add("--skill", metavar="TEXT")
    add("--comeback-months", type=int, choices=POLICY.come_back_months)
    add("--interviews", type=int, metavar="N")
    add("--followups-unanswered", type=int, default=0, metavar="N")
    add("--last-followup-at", metavar="T")
    add("--company", metavar="NAME")
    add("--role", metavar="ROLE")
    add("--recruiter", metavar="NAME")
    add("--notes", metavar="TEXT")
    add("--now", metavar="T")
    add("--tz", default="Europe/Paris")
    add("--country", default="FR")
    add("--nudge-hour", default=POLICY.default_nudge_hour.strftime("%H:%M"), metavar="HH:MM")
    add("--lang", default="fr", choices=LANGUAGES)
    add("--json", action="store_true")
    return parser


def parse_moment(text: str, zone: ZoneInfo, flag: str) -> dt.datetime:
    """An ISO 8601 moment; without an offset it is local to ``zone``, a bare date is 12:00."""
    text = text.strip()
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        pass
    else:
        return dt.datetime.combine(day, NOON, tzinfo=zone)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag}: not an ISO 8601 date or time: {text!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _check_flags(args: argparse.Namespace, kind: SituationKind) -> None:
    """Rejects flags of another situation or reason; requires the ones the situation needs."""
    for other, flags in _SITUATION_FLAGS.items():
        for dest in flags:
            if other is not kind and getattr(args, dest) is not None:
                raise UsageError(f"{_flag(dest)} does not fit --situation {kind.value}")
    if getattr(args, _EVENT_FLAG[kind]) is None:
        raise UsageError(f"{_flag(_EVENT_FLAG[kind])} is required with --situation {kind.value}")
    if kind is not SituationKind.REFUSAL:
        return
    if args.reason is None:
        raise UsageError("--reason is required with --situation refusal")
    reason = RefusalReason(args.reason.replace("-", "_"))
    if reason is RefusalReason.OPENING_LATER and args.opening_in_months is None:
        raise UsageError("--opening-in-months is required with --reason opening-later")
    for dest, reasons in _REASON_FLAGS.items():
        if getattr(args, dest) is not None and reason not in reasons:
            raise UsageError(f"{_flag(dest)} does not fit --reason {args.reason}")


def situation_from_args(args: argparse.Namespace, clock: Callable[[], dt.datetime]) -> Situation:
    """The situation the flags describe (``clock`` gives now without --now); UsageError if wrong."""
    kind = SituationKind(args.situation)
    _check_flags(args, kind)
    try:
        zone = load_time_zone(args.tz)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    try:
        nudge_hour = dt.time.fromisoformat(args.nudge_hour)
    except ValueError:
        raise UsageError(f"--nudge-hour: not a time: {args.nudge_hour!r}") from None

    def moment(dest: str) -> dt.datetime | None:
        value = getattr(args, dest)
        return None if value is None else parse_moment(value, zone, _flag(dest))

    announced = moment("announced_at")
    fields: dict[str, Any] = {
        "kind": kind,
        "at": moment(_EVENT_FLAG[kind]),
        "now": moment("now") or clock(),
        "announced_on": None if announced is None else announced.astimezone(zone).date(),
        "opening_in_months": args.opening_in_months,
        "skill": args.skill,
        "followups_unanswered": args.followups_unanswered,
        "last_followup_at": moment("last_followup_at"),
        "company": args.company,
        "role": args.role,
        "recruiter": args.recruiter,
        "notes": args.notes,
        "tz": args.tz,
        "country": args.country,
        "nudge_hour": nudge_hour,
        "language": args.lang,
    }
    # Flags left out keep the policy's defaults.
    if args.size is not None:
        fields["size"] = CompanySize(args.size)
    if args.urgency is not None:
        fields["urgency"] = Urgency(args.urgency)
    if args.reason is not None:
        fields["reason"] = RefusalReason(args.reason.replace("-", "_"))
    if args.comeback_months is not None:
        fields["comeback_months"] = args.comeback_months
    if args.interviews is not None:
        fields["interviews"] = args.interviews
    try:
        return Situation(**fields)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _when(moment: dt.datetime, language: str) -> str:
    return plan_text(
        language,
        "label.at",
        date=written_date(moment.date(), "full", language),
        time=moment.strftime("%H:%M"),
    )


def render_plan(plan: Plan, language: str) -> str:
    """The plan as text for a person to read, in ``language``."""

    def line(label: str, value: str) -> str:
        return plan_text(language, "label.line", label=plan_text(language, label), value=value)

    answer = "answer.yes" if plan.follow_up else "answer.no"
    lines = [line("label.follow_up", plan_text(language, answer))]
    if plan.due is not None:
        lines.append(line("label.due", f"{_when(plan.due, language)} ({plan.due.tzinfo})"))
    if plan.last_useful is not None:
        lines.append(line("label.last_useful", _when(plan.last_useful, language)))
    lines.append(line("label.channel", plan_text(language, f"channel.{plan.channel.value}")))
    lines.append(line("label.why", plan.why))
    lines.append(line("label.rules", ", ".join(plan.rules)))
    if plan.check_in is not None:
        lines.append(line("label.check_in", _when(plan.check_in, language)))

    def draft_block(label: str, draft: Draft) -> list[str]:
        channel = plan_text(language, f"channel.{draft.channel.value}")
        title = plan_text(
            language, "label.draft_line", label=plan_text(language, label), channel=channel
        )
        block = ["", f"--- {title} ---"]
        if draft.subject is not None:
            block += [line("label.subject", draft.subject), ""]
        return [*block, draft.body]

    if plan.draft is not None:
        lines += draft_block("label.draft", plan.draft)
    for alternative in plan.alternatives:
        lines += draft_block("label.alternative", alternative)
    return "\n".join(lines)


def wall_clock() -> dt.datetime:
    """The real current time, for a missing --now.

    This command-line entry point is the one place in flows/ that reads the clock; everything
    below it takes "now" as an argument.
    """
    return dt.datetime.now(dt.UTC)


def main(
    argv: Sequence[str] | None = None,
    clock: Callable[[], dt.datetime] = wall_clock,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Runs the command; returns the exit status (0, or 2 on a usage error)."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        plan = plan_follow_up(situation_from_args(args, clock))
    except UsageError as exc:
        message = " ".join(str(exc).split())
        print(f"{parser.prog}: error: {message}", file=err)
        return 2
    if args.json:
        print(json.dumps(plan.as_dict(), ensure_ascii=False), file=out)
    else:
        print(render_plan(plan, args.lang), file=out)
    return 0
