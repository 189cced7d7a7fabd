"""/export: everything Relance keeps about the user, as JSON, a CSV of the applications that
French Excel opens right, and an .ics calendar of the coming follow-ups and interviews."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from bot.coach.planning import FOLLOW_UP_KINDS, plan_for
from bot.coach.turn import Turn
from flows.catalog import CATALOGS, Text, render
from flows.pipeline import safe_cell
from storage.models import Application, Conversation, Nudge
from storage.nudges import OPEN_STATES, NudgeRepo
from storage.repositories import ApplicationRepo, ConversationRepo

CSV_COLUMNS = (
    "company",
    "role",
    "stage",
    "recruiter",
    "contact",
    "applied_on",
    "last_interview",
    "interviews",
    "follow_ups",
    "last_follow_up",
    "next_step",
    "next_step_on",
    "refusal_reason",
    "archived",
    "notes",
)


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


async def _everything(turn: Turn) -> tuple[list[Application], list[Nudge]]:
    apps = await ApplicationRepo(turn.session).all_of(turn.user.id)
    return apps, await NudgeRepo(turn.session).of_user(turn.user.id)


def export_json(
    turn: Turn, apps: list[Application], nudges: list[Nudge], conversation: Conversation | None
) -> bytes:
    """All the user's data, one JSON document."""
    user = turn.user
    data: dict[str, Any] = {
        "exported_at": _iso(turn.now),
        "user": {
            "telegram_id": user.id,
            "language": user.language,
            "timezone": user.timezone,
            "country": user.country,
            "nudge_hour": user.nudge_hour.strftime("%H:%M"),
            "paused_all": user.paused_all,
            "created_at": _iso(user.created_at),
            "last_seen_at": _iso(user.last_seen_at),
        },
        "applications": [
            {
                "id": a.id,
                "company": a.company,
                "role": a.role,
                "recruiter_name": a.recruiter_name,
                "recruiter_contact": a.recruiter_contact,
                "stage": a.stage.value,
                "archived": a.archived,
                "company_size": a.company_size,
                "urgency": a.urgency,
                "applied_at": _iso(a.applied_at),
                "announced_answer_at": _iso(a.announced_answer_at),
                "announced_answer_from": _iso(a.announced_answer_from),
                "refused_at": _iso(a.refused_at),
                "refusal_channel": a.refusal_channel,
                "refusal_reason": a.refusal_reason,
                "refusal_skill": a.refusal_skill,
                "refusal_proof": a.refusal_proof,
                "opening_in_months": a.opening_in_months,
                "comeback_months": a.comeback_months,
                "interview_count": a.interview_count,
                "notes": a.notes,
                "created_at": _iso(a.created_at),
                "updated_at": _iso(a.updated_at),
                "interviews": [
                    {"round": i.round, "at": _iso(i.at), "notes": i.notes} for i in a.interviews
                ],
                "follow_ups": [
                    {
                        "kind": f.kind,
                        "sent_at": _iso(f.sent_at),
                        "channel": f.channel,
                        "outcome": f.outcome,
                    }
                    for f in a.follow_ups
                ],
            }
            for a in apps
        ],
        "nudges": [
            {
                "id": n.id,
                "application_id": n.application_id,
                "kind": n.kind.value,
                "due_at": _iso(n.due_at),
                "last_useful_at": _iso(n.last_useful_at),
                "state": n.state.value,
                "attempts": n.attempts,
                "sent_at": _iso(n.sent_at),
            }
            for n in nudges
        ],
        "open_dialog": None
        if conversation is None
        else {
            "flow": conversation.flow,
            "state": conversation.state,
            "answers": conversation.answers,
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def export_csv(turn: Turn, apps: list[Application], nudges: list[Nudge]) -> bytes:
    """One row per application. French users get what French Excel expects: UTF-8 with a BOM
    and `;` between cells; formulas are neutralised, phone numbers kept as typed."""
    lang = turn.lang
    french = lang == "fr"
    tz = turn.user.timezone
    upcoming: dict[int, Nudge] = {}
    for nudge in nudges:
        if nudge.application_id is not None and nudge.state in OPEN_STATES:
            upcoming.setdefault(nudge.application_id, nudge)

    def day(moment: dt.datetime | None) -> str:
        if moment is None:
            return ""
        local = moment.astimezone(dt.UTC).astimezone(ZoneInfo(tz))
        return local.strftime("%d/%m/%Y" if french else "%Y-%m-%d")

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if french else ",", lineterminator="\r\n")
    writer.writerow([render(lang, Text(f"csv.{c}")) for c in CSV_COLUMNS])
    for a in apps:
        next_nudge = upcoming.get(a.id)
        row = [
            a.company,
            a.role or "",
            render(lang, Text(f"stage.{a.stage.value}")),
            a.recruiter_name or "",
            a.recruiter_contact or "",
            day(a.applied_at or a.created_at),
            day(a.interviews[-1].at if a.interviews else None),
            str(len(a.interviews)),
            str(len(a.follow_ups)),
            day(a.follow_ups[-1].sent_at if a.follow_ups else None),
            render(lang, Text(f"kind.{next_nudge.kind.value}")) if next_nudge else "",
            day(next_nudge.due_at if next_nudge else None),
            _reason_label(lang, a.refusal_reason),
            render(lang, Text("csv.yes" if a.archived else "csv.no")),
            a.notes or "",
        ]
        writer.writerow([safe_cell(cell) for cell in row])
    text = buffer.getvalue()
    return ("\ufeff" + text).encode("utf-8") if french else text.encode("utf-8")


def _reason_label(lang: str, reason: str | None) -> str:
    """A refusal's reason as the user chose it, in their language (the stored value for one
    that has no label)."""
    if not reason:
        return ""
    key = f"coach.reason.{reason}"
    return render(lang, Text(key)) if key in CATALOGS[lang] else reason


def export_ics(turn: Turn, apps: list[Application], nudges: list[Nudge]) -> bytes:
    """The coming follow-ups and interviews, each with the company, what to do and the draft."""
    lang = turn.lang
    by_id = {a.id: a for a in apps}
    calendar = Calendar()
    calendar.add("prodid", "-//Relance//relance//FR")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", render(lang, Text("ics.name")))
    for nudge in nudges:
        app = by_id.get(nudge.application_id) if nudge.application_id else None
        if nudge.state not in OPEN_STATES or nudge.due_at < turn.now or app is None:
            continue
        what = render(lang, Text(f"kind.{nudge.kind.value}"))
        description = [what]
        if nudge.kind in FOLLOW_UP_KINDS:
            try:
                plan = plan_for(app, turn.user, nudge.due_at)
            except ValueError:
                plan = None
            if plan is not None:
                description.append(plan.why)
                if plan.draft is not None:
                    subject = f"{plan.draft.subject}\n\n" if plan.draft.subject else ""
                    description.append(subject + plan.draft.body)
        summary = f"{app.company} · {what}"
        event = _event(f"nudge-{nudge.id}", turn.now, nudge.due_at, dt.timedelta(minutes=30))
        calendar.add_component(_described(event, summary, "\n\n".join(description)))
    for app in apps:
        for interview in app.interviews:
            if interview.at <= turn.now:
                continue
            event = _event(
                f"interview-{interview.id}", turn.now, interview.at, dt.timedelta(hours=1)
            )
            summary = render(lang, Text("ics.interview", {"company": app.company}))
            calendar.add_component(
                _described(event, summary, render(lang, Text("ics.interview_tip")))
            )
    return calendar.to_ical()


def _event(uid: str, now: dt.datetime, start: dt.datetime, length: dt.timedelta) -> Event:
    """A calendar event at `start` for `length`, made `now`."""
    event = Event()
    event.add("uid", f"{uid}@relance")
    event.add("dtstamp", now)
    event.add("dtstart", start)
    event.add("dtend", start + length)
    return event


def _described(event: Event, summary: str, description: str) -> Event:
    event.add("summary", summary)
    event.add("description", description)
    return event


async def export_files(turn: Turn) -> list[tuple[str, bytes]]:
    """The three files of /export, with their names."""
    apps, nudges = await _everything(turn)
    conversation = await ConversationRepo(turn.session).get(turn.user.id)
    stamp = turn.now.strftime("%Y%m%d")
    return [
        (f"relance-{stamp}.json", export_json(turn, apps, nudges, conversation)),
        (f"relance-{stamp}.csv", export_csv(turn, apps, nudges)),
        (f"relance-{stamp}.ics", export_ics(turn, apps, nudges)),
    ]
