"""The paste dialogs and the handover to the usual coaching dialogs (pure flows)."""

from __future__ import annotations

import datetime as dt

from flows import dialog
from flows.dialog import Answer, Context, Profile
from flows.domain import Stage
from flows.outcomes import MakePlan, PasteApply, PlanInterview
from flows.paste import NEW, handover, rank_applications, reading_answers, summary
from flows.policy import RefusalReason
from flows.recruiter_message import read_message
from flows.registry import FLOWS

PARIS = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 12, 10, 10, 0, tzinfo=PARIS)
CONTEXT = Context(
    profile=Profile(language="fr", timezone="Europe/Paris", country="FR", nudge_hour=dt.time(9)),
    now=NOW,
)


def _reading(text: str) -> dict[str, object]:
    return reading_answers(read_message(text, now=NOW))


def _run(flow: str, answers: dict[str, object], known: tuple[tuple[str, Answer], ...]):
    reply = dialog.start(FLOWS[flow], CONTEXT, answers)
    for state, answer in known:
        assert reply.state == state
        reply = dialog.advance(FLOWS[flow], state, reply.answers, CONTEXT, answer)
        assert not reply.rejected
    return reply


def test_F3a_handover_gives_the_refusal_dialog_its_months() -> None:
    reading = _reading(
        "Nous ne donnerons pas suite. Un poste équivalent devrait s'ouvrir dans 6 mois."
    )
    hand = handover(reading, now=NOW, have_skill=None)
    assert (hand.flow, hand.stage) == ("refusal", Stage.REFUSED)
    reply = _run(hand.flow, hand.answers, hand.known)
    assert reply.finished and MakePlan() in reply.outcomes
    assert reply.app_changes["refusal_reason"] == RefusalReason.OPENING_LATER
    assert reply.app_changes["opening_in_months"] == 6
    assert reply.app_changes["refusal_channel"] == "email"


def test_F2_and_F4_depend_on_whether_the_candidate_has_the_skill() -> None:
    reading = _reading(
        "Votre candidature n'a pas été retenue : il vous manque une expérience en SQL."
    )
    assert reading["skill"] == "SQL"
    contested = handover(reading, now=NOW, have_skill=True)
    reply = _run(contested.flow, contested.answers, contested.known)
    assert reply.state == "proof"  # F2: the proof is still asked
    assert reply.answers["reason"] == RefusalReason.SKILL_MISUNDERSTANDING
    gap = handover(reading, now=NOW, have_skill=False)
    reply = _run(gap.flow, gap.answers, gap.known)
    assert reply.state == "comeback"  # F4: 6 or 12 months is the user's choice
    assert reply.answers["skill"] == "SQL"


def test_N3_handover_finishes_without_a_question() -> None:
    reading = _reading("Nous recherchons quelqu'un de plus jeune pour ce poste.")
    hand = handover(reading, now=NOW, have_skill=None)
    reply = _run(hand.flow, hand.answers, hand.known)
    assert reply.finished
    assert reply.app_changes["refusal_reason"] == RefusalReason.DISCRIMINATORY


def test_N1_handover_still_asks_the_number_of_interviews() -> None:
    reading = _reading("Votre candidature n'est pas retenue et notre décision est définitive.")
    hand = handover(reading, now=NOW, have_skill=None)
    assert _run(hand.flow, hand.answers, hand.known).state == "interviews"


def test_I1_announced_window_is_waited_for() -> None:
    reading = _reading("Nous reviendrons vers vous d'ici la fin de la semaine prochaine.")
    hand = handover(reading, now=NOW, have_skill=None)
    assert hand.flow == "after_interview"
    reply = dialog.start(FLOWS[hand.flow], CONTEXT, hand.answers)
    reply = dialog.advance(FLOWS[hand.flow], "when", reply.answers, CONTEXT, Answer.choice("d1"))
    for state in ("size", "urgency"):
        reply = dialog.advance(
            FLOWS[hand.flow],
            state,
            reply.answers,
            CONTEXT,
            Answer.choice(
                reply.question.choices[0].value  # type: ignore[union-attr]
            ),
        )
    for state, answer in hand.known:
        assert reply.state == state
        reply = dialog.advance(FLOWS[hand.flow], state, reply.answers, CONTEXT, answer)
    # Next week is a working week: its Friday; I1 then waits for the Monday after it.
    assert reply.answers["announced_at"].startswith("2026-12-18")


def test_A1_acknowledgement_gives_the_application_its_date() -> None:
    reading = _reading("Nous avons bien reçu votre candidature et l'étudierons avec attention.")
    hand = handover(reading, now=NOW, have_skill=None)
    reply = _run(hand.flow, hand.answers, hand.known)
    assert reply.finished and reply.app_changes["stage"] == Stage.APPLIED


def test_interview_handover_schedules_the_moment() -> None:
    reading = _reading("Nous souhaiterions vous rencontrer le mardi 15 décembre à 14h30.")
    hand = handover(reading, now=NOW, have_skill=None)
    reply = _run(hand.flow, hand.answers, hand.known)
    assert reply.finished and PlanInterview() in reply.outcomes
    assert reply.answers["interview_at"].startswith("2026-12-15T14:30")


def test_a_read_answer_is_refused_where_no_date_is_asked() -> None:
    reply = dialog.start(FLOWS["refusal"], CONTEXT, {"refused_at": NOW.isoformat()})
    refused = dialog.advance(FLOWS["refusal"], "channel", reply.answers, CONTEXT, Answer.read("x"))
    assert refused.rejected


def test_same_company_first_and_at_most_six() -> None:
    apps = [(i, f"Company {i}", None) for i in range(10)] + [(42, "Lumen Conseil SA", "PM")]
    ranked = rank_applications("Lumen Conseil", apps)
    assert ranked[0] == [42, "Lumen Conseil SA", "PM"] and len(ranked) == 6


def test_paste_dialog_which_then_confirm_then_apply() -> None:
    reading = _reading("Nous ne donnerons pas suite à votre candidature.\nCordialement,\nAcme")
    answers = {"reading": reading, "apps": [[7, "Acme", None]], "draft": {}}
    reply = dialog.start(FLOWS["paste"], CONTEXT, answers)
    assert reply.state == "which"
    assert [c.value for c in reply.question.choices] == ["7", NEW]  # type: ignore[union-attr]
    reply = dialog.advance(FLOWS["paste"], "which", reply.answers, CONTEXT, Answer.choice("7"))
    assert reply.state == "confirm"
    reply = dialog.advance(FLOWS["paste"], "confirm", reply.answers, CONTEXT, Answer.choice("yes"))
    assert reply.finished and reply.outcomes == [PasteApply()] and reply.answers["app"] == "7"
    forged = dialog.advance(FLOWS["paste"], "which", answers, CONTEXT, Answer.choice("99"))
    assert forged.rejected  # an application the question did not offer


def test_paste_dialog_asks_a_company_for_a_new_application_without_one() -> None:
    reading = _reading("Nous ne donnerons pas suite à votre candidature.")
    reply = dialog.start(FLOWS["paste"], CONTEXT, {"reading": reading, "apps": [], "draft": {}})
    assert reply.state == "company" and reply.answers["app"] == NEW
    reply = dialog.advance(FLOWS["paste"], "company", reply.answers, CONTEXT, Answer.text("Globex"))
    assert reply.state == "confirm"


def test_N3_summary_names_the_criterion_and_quotes_the_words() -> None:
    reading = read_message("Nous recherchons quelqu'un de plus jeune pour ce poste.", now=NOW)
    keys = [text.key for text in summary(reading, "fr", "Europe/Paris")]
    assert "paste.reason.discriminatory" in keys and "paste.quote" in keys
    assert "paste.not_kept" in keys
