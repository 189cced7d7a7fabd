"""``python -m flows.plan``: the fixed interface, through ``main`` and as a real process."""

from __future__ import annotations

import datetime as dt
import io
import json
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest

from flows.plan import main
from testkit.process import ROOT, run_module

KEYS = {"follow_up", "due", "last_useful", "channel", "rules", "why", "draft", "alternatives"}
DRAFT_KEYS = {"kind", "channel", "subject", "body"}


def frozen_clock() -> dt.datetime:
    """Mon 23 Nov 2026 09:00 UTC (10:00 in Paris)."""
    return dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def run(command: str) -> tuple[int, str, str]:
    """Runs ``main`` on a command line (the part after ``python -m flows.plan``)."""
    out, err = io.StringIO(), io.StringIO()
    status = main(shlex.split(command), clock=frozen_clock, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def run_json(command: str) -> dict[str, Any]:
    status, out, err = run(f"{command} --json")
    assert status == 0, err
    assert out.endswith("\n") and out.count("\n") == 1  # one object on one line
    result: dict[str, Any] = json.loads(out)
    assert set(result) == KEYS
    return result


def plan_of(command: str, *, draft_kind: str | None = None, **expected: Any) -> dict[str, Any]:
    """The plan `command` prints as JSON, checked to hold the `expected` values (under its keys)
    and, if named, a draft of `draft_kind`."""
    plan = run_json(command)
    assert {key: plan[key] for key in expected} == expected
    if draft_kind is not None:
        assert plan["draft"]["kind"] == draft_kind
    return plan


# The three plans of the issue


def test_I2_urgent_start_up() -> None:
    plan = plan_of(
        "--situation interview --interview-at 2026-11-24T10:00 --size startup --urgency urgent "
        "--now 2026-11-24T11:00",
        follow_up=True,
        due="2026-11-26T10:00:00+01:00",
        last_useful="2026-12-04T10:00:00+01:00",
        channel="email",
        rules=["I2"],
        why="start-up, poste urgent : relancez dès 48 h après l'entretien",
        draft_kind="after_interview",
    )
    assert set(plan["draft"]) == DRAFT_KEYS
    assert plan["draft"]["subject"] == "Notre entretien du 24 novembre 2026"
    assert plan["alternatives"] == []


def test_I3_large_group_before_a_holiday() -> None:
    plan_of(
        "--situation interview --interview-at 2026-12-21T10:00 --size large --urgency normal "
        "--now 2026-12-21T12:00",
        due="2026-12-28T09:00:00+01:00",
        last_useful="2026-12-31T10:00:00+01:00",
        rules=["I3", "I4", "T1", "T2"],
        why="grand groupe, poste non urgent : 4 jours ouvrés",
    )


def test_N3_discriminatory_refusal() -> None:
    plan = run_json(
        "--situation refusal --refused-at 2026-11-23T10:00 --reason discriminatory "
        "--now 2026-11-23T11:00"
    )
    assert plan == {
        "follow_up": False,
        "due": None,
        "last_useful": None,
        "channel": "none",
        "rules": ["N3"],
        "why": (
            "motif de refus interdit par la loi : ne relancez pas ; vous pouvez saisir le "
            "Défenseur des droits (defenseurdesdroits.fr)"
        ),
        "draft": None,
        "alternatives": [],
    }


# Other situations


def test_A1_application_in_english() -> None:
    plan = plan_of(
        "--situation application --applied-at 2026-11-23T10:00 --lang en --role 'Data Engineer'",
        due="2026-12-07T09:00:00+01:00",
        rules=["A1", "T1", "T2"],
    )
    assert plan["draft"]["subject"] == "Application for the Data Engineer position"


def test_F1_refusal_with_call_script_alternative() -> None:
    plan = plan_of(
        "--situation refusal --refused-at 2026-11-20T19:30 --reason none --now 2026-11-20T19:45",
        due="2026-11-23T09:00:00+01:00",
        last_useful="2026-11-25T18:00:00+01:00",
        channel="email_or_call",
    )
    kinds = [(draft["kind"], draft["channel"]) for draft in plan["alternatives"]]
    assert kinds == [("feedback_request", "call"), ("thank_you", "email")]
    assert plan["alternatives"][0]["subject"] is None


def test_F3_opening_later_and_F4_come_back() -> None:
    plan_of(
        "--situation refusal --refused-at 2027-01-31T10:00 --reason opening-later "
        "--opening-in-months 1 --now 2027-01-31T11:00",
        due="2027-02-08T09:00:00+01:00",
        draft_kind="opening",
    )
    plan_of(
        "--situation refusal --refused-at 2026-11-23T10:00 --reason missing-skills "
        "--skill anglais --comeback-months 12",
        due="2027-11-23T10:00:00+01:00",
        channel="email",
    )


def test_N2_follow_ups_without_answer() -> None:
    plan_of(
        "--situation interview --interview-at 2026-11-24T10:00 --now 2026-12-03T11:00 "
        "--followups-unanswered 1 --last-followup-at 2026-12-03",
        due="2026-12-10T09:00:00+01:00",
        draft_kind="second_follow_up",
    )
    plan_of(
        "--situation interview --interview-at 2026-11-24T10:00 --followups-unanswered 2",
        follow_up=False,
        rules=["N2"],
    )


def test_N1_categorical_with_interviews() -> None:
    plan = plan_of(
        "--situation refusal --refused-at 2026-11-23T10:00 --reason categorical --interviews 3",
        follow_up=False,
        draft_kind="thank_you",
    )
    assert "3 entretiens" in plan["why"]


def test_user_text_flags_reach_the_draft() -> None:
    plan = run_json(
        "--situation interview --interview-at 2026-11-24T10:00 --company 'Acme & Co' "
        "--role 'Data Engineer' --recruiter 'Mme Martin' --notes 'la migration cloud'"
    )
    body = plan["draft"]["body"]
    assert body.startswith("Bonjour Mme Martin,")
    assert "Acme & Co" in body and "Data Engineer" in body and "la migration cloud" in body


# Times


def test_now_defaults_to_the_clock() -> None:
    # The frozen clock says Mon 23 Nov 10:00 in Paris: the skill clarification is due then.
    plan_of(
        "--situation refusal --refused-at 2026-11-23T09:30 --reason skill-misunderstanding",
        due="2026-11-23T10:00:00+01:00",
    )


def test_a_date_alone_counts_as_noon_and_a_time_without_offset_is_local() -> None:
    plan_of(
        "--situation interview --interview-at 2026-11-24 --urgency urgent --now 2026-11-24",
        due="2026-11-26T12:00:00+01:00",
    )


def test_moments_are_printed_in_the_users_time_zone_at_seconds_precision() -> None:
    # 09:00:30 UTC + 48 h = Thu 26 Nov 04:00:30 in New York, Thanksgiving: Fri 27 Nov 09:00.
    plan_of(
        "--situation interview --interview-at 2026-11-24T09:00:30.123+00:00 --urgency urgent "
        "--now 2026-11-24T11:00Z --tz America/New_York --country US --lang en",
        due="2026-11-27T09:00:00-05:00",
        last_useful="2026-12-04T04:00:30-05:00",
        rules=["I2", "T1", "T2"],
    )


def test_nudge_hour_flag() -> None:
    plan_of(
        "--situation interview --interview-at 2026-11-24T10:00 --nudge-hour 08:15",
        due="2026-11-30T08:15:00+01:00",
    )


# Errors

INTERVIEW = "--situation interview --interview-at 2026-11-24T10:00"
REFUSAL = "--situation refusal --refused-at 2026-11-23T10:00"


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (f"{INTERVIEW} --reason none", "--reason does not fit --situation interview"),
        (f"{REFUSAL} --reason none --size large", "--size does not fit --situation refusal"),
        (
            "--situation application --interview-at 2026-11-24T10:00",
            "--interview-at does not fit --situation application",
        ),
        (REFUSAL, "--reason is required with --situation refusal"),
        (f"{REFUSAL} --reason opening-later", "--opening-in-months is required"),
        (
            f"{REFUSAL} --reason none --opening-in-months 3",
            "--opening-in-months does not fit --reason none",
        ),
        (f"{INTERVIEW} --announced-at 2026-11-20", "announced answer date is before the interview"),
        (f"{INTERVIEW} --tz Mars/Olympus", "unknown time zone"),
        (f"{INTERVIEW} --country ZZ", "unknown country"),
        ("--situation interview", "--interview-at is required"),
        ("--situation interview --interview-at yesterday", "not an ISO 8601"),
        (f"{INTERVIEW} --size huge", "invalid choice"),
        (f"{REFUSAL} --reason missing-skills --comeback-months 9", "invalid choice"),
        ("--interview-at 2026-11-24T10:00", "--situation"),
    ],
)
def test_bad_input_exits_2_with_a_one_line_error(command: str, message: str) -> None:
    status, out, err = run(f"{command} --json")
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("python -m flows.plan: error: ")
    assert message in err


# Readable output


def test_without_json_the_plan_reads_like_text() -> None:
    status, out, _ = run(
        "--situation interview --interview-at 2026-12-21T10:00 --size large --urgency normal "
        "--now 2026-12-21T12:00 --company '<Acme>'"
    )
    assert status == 0
    assert "Relancer : oui" in out
    assert "Quand : lundi 28 décembre 2026 à 09:00 (Europe/Paris)" in out
    assert "Pourquoi : grand groupe, poste non urgent : 4 jours ouvrés" in out
    assert "Règles : I3, I4, T1, T2" in out
    assert "Objet : Notre entretien du 21 décembre 2026" in out
    assert "<Acme>" in out  # plain text, as typed


def test_without_json_in_english_with_a_check_in() -> None:
    status, out, _ = run(
        "--situation refusal --refused-at 2026-11-23T10:00 --reason missing-skills --lang en"
    )
    assert status == 0
    assert "Follow up: yes" in out
    assert "When: Monday, May 24, 2027 at 09:00 (Europe/Paris)" in out
    assert "Progress check: Tuesday, February 23, 2027 at 10:00" in out
    assert "--- Alternative (email) ---" in out


# As a real process


def process(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_module("flows.plan", *shlex.split(command), cwd=cwd)


def test_runs_as_a_module_and_prints_one_json_line() -> None:
    completed = process(
        "--situation interview --interview-at 2026-11-24T10:00 --size startup --urgency urgent "
        "--json --now 2026-11-24T11:00",
        ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["due"] == "2026-11-26T10:00:00+01:00"


def test_as_a_process_bad_input_exits_2_and_env_file_is_not_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DEFAULT_TIMEZONE=Asia/Tokyo\nDEFAULT_COUNTRY=JP\n")
    command = (
        "--situation interview --interview-at 2026-12-21T10:00 --size large "
        "--now 2026-12-21T12:00 --json"
    )
    ok = process(command, tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["due"] == "2026-12-28T09:00:00+01:00"
    bad = process(f"{command} --country ZZ", tmp_path)
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr.splitlines() == ["python -m flows.plan: error: unknown country: 'ZZ'"]
