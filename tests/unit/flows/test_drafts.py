"""The drafts, in French and English: filled, escaped, courteous (I5-I8, F1-F4, A1, N2)."""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import Any

import pytest

from flows import drafts
from flows.draft_texts import DRAFT_TEXTS
from flows.drafts import DRAFT_VARIANTS, DraftChannel, DraftKind, Topic, write_draft
from flows.plan_texts import PLAN_TEXTS

LANGUAGES = ("fr", "en")
TOPICS: tuple[Topic, ...] = ("application", "interview", "refusal")
INTERVIEW_DAY = dt.date(2026, 11, 24)

FULL: dict[str, Any] = {
    "company": "Acme",
    "role": "Data Engineer",
    "recruiter": "Mme Martin",
    "notes": "la migration vers le cloud, l'équipe produit.",
    "skill": "SQL",
    "opening_date": dt.date(2027, 2, 23),
}
HOSTILE: dict[str, Any] = {
    "company": "<b>Acme</b> & Sons",
    "role": "Dev <script>alert(1)</script>",
    "recruiter": "Tom & Jerry",
    "notes": 'a <i>"great"</i> chat',
    "skill": "C<++>",
}


def facts(language: str, topic: Topic = "interview", **fields: Any) -> drafts.DraftFacts:
    return drafts.DraftFacts(language=language, topic=topic, event_date=INTERVIEW_DAY, **fields)


def every_draft(language: str, **fields: Any) -> list[drafts.Draft]:
    return [
        write_draft(kind, facts(language, topic, **fields), channel)
        for kind, channel in DRAFT_VARIANTS
        for topic in TOPICS
    ]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# The catalogs


@pytest.mark.parametrize("catalog", [DRAFT_TEXTS, PLAN_TEXTS], ids=["drafts", "plans"])
def test_both_languages_hold_the_same_keys_and_placeholders(
    catalog: dict[str, dict[str, str]],
) -> None:
    assert set(catalog["fr"]) == set(catalog["en"])
    for key in catalog["fr"]:
        assert _placeholders(catalog["fr"][key]) == _placeholders(catalog["en"][key]), key


def test_every_kind_has_an_email_and_f1_f2_have_a_call_script() -> None:
    assert {kind for kind, channel in DRAFT_VARIANTS if channel is DraftChannel.EMAIL} == set(
        DraftKind
    )
    calls = {kind for kind, channel in DRAFT_VARIANTS if channel is DraftChannel.CALL}
    assert calls == {DraftKind.FEEDBACK_REQUEST, DraftKind.SKILL_CLARIFICATION}


def test_an_unknown_variant_is_refused() -> None:
    with pytest.raises(ValueError, match="no call draft"):
        write_draft(DraftKind.THANK_YOU, facts("fr"), DraftChannel.CALL)


# Every placeholder filled, with or without the optional facts


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("fields", [FULL, {}], ids=["all-facts", "no-optional-facts"])
def test_every_placeholder_is_filled_in_natural_sentences(
    language: str, fields: dict[str, Any]
) -> None:
    for draft in every_draft(language, **fields):
        for text in (draft.subject or "", draft.body):
            assert "None" not in text, draft
            assert "{" not in text and "}" not in text, draft
            assert "  " not in text, draft
            assert not re.search(r" [.,]|\.\.|\(\)|\[|\]", text), (draft, text)
        assert draft.body.strip() == draft.body
        assert (draft.subject is None) is (draft.channel is DraftChannel.CALL)


@pytest.mark.parametrize("language", LANGUAGES)
def test_optional_facts_are_used_when_given(language: str) -> None:
    for draft in every_draft(language, **FULL):
        assert "Data Engineer" in draft.body, draft
        assert "Acme" in draft.body, draft


def test_greeting_names_the_recruiter_or_stays_neutral() -> None:
    named = write_draft(DraftKind.AFTER_INTERVIEW, facts("fr", recruiter="Mme Martin"))
    assert named.body.startswith("Bonjour Mme Martin,\n")
    assert write_draft(DraftKind.AFTER_INTERVIEW, facts("fr")).body.startswith("Bonjour,\n")
    assert write_draft(DraftKind.AFTER_INTERVIEW, facts("en")).body.startswith("Hello,\n")


def test_blank_user_text_counts_as_missing() -> None:
    draft = write_draft(DraftKind.AFTER_INTERVIEW, facts("en", recruiter="  ", notes=" \n "))
    assert draft.body.startswith("Hello,\n")
    assert draft == write_draft(DraftKind.AFTER_INTERVIEW, facts("en"))


# HTML


@pytest.mark.parametrize("language", LANGUAGES)
def test_user_text_is_escaped_when_rendered_as_html(language: str) -> None:
    for draft in every_draft(language, **HOSTILE):
        rendered = draft.as_html()
        assert "<script>" not in rendered and "<i>" not in rendered
        assert "<b>Acme</b>" not in rendered
        assert "&lt;b&gt;Acme&lt;/b&gt; &amp; Sons" in rendered
        if "Tom & Jerry" in draft.body:
            assert "Tom &amp; Jerry" in rendered
        if draft.subject is not None:
            assert rendered.startswith("<b>")


def test_plain_text_keeps_user_text_as_typed() -> None:
    draft = write_draft(DraftKind.THANK_YOU, facts("en", **HOSTILE))
    assert "<b>Acme</b> & Sons" in draft.body
    assert draft.to_dict() == {
        "kind": "thank_you",
        "channel": "email",
        "subject": draft.subject,
        "body": draft.body,
    }


# I5, I6, I7, I8


@pytest.mark.parametrize(
    ("language", "written_date"), [("fr", "24 novembre 2026"), ("en", "November 24, 2026")]
)
def test_I6_after_interview_weaves_in_notes_role_date_and_recruiter(
    language: str, written_date: str
) -> None:
    draft = write_draft(DraftKind.AFTER_INTERVIEW, facts(language, **FULL))
    assert "la migration vers le cloud, l'équipe produit." in draft.body  # one full stop only
    assert "Data Engineer" in draft.body and "Data Engineer" in (draft.subject or "")
    assert written_date in draft.body and written_date in (draft.subject or "")
    assert "Mme Martin" in draft.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_I6_without_notes_the_draft_still_renews_motivation(language: str) -> None:
    draft = write_draft(DraftKind.AFTER_INTERVIEW, facts(language))
    assert ("envie de rejoindre" if language == "fr" else "wish to join") in draft.body


FORBIDDEN = [
    r"\d+\s*(jours?|days?|semaines?|weeks?)",
    r"toujours pas",
    r"sans (réponse|nouvelles)",
    r"\bstill (no|not|haven)",
    r"no (answer|reply|news)",
    r"\brelanc",
    r"just checking in",
    r"je me permets de revenir vers vous",
    r"impatien",
    r"\bdéçu|disappoint",
    r"malheureusement|unfortunately",
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("fields", [FULL, {}], ids=["all-facts", "no-optional-facts"])
def test_I7_no_draft_reproaches_or_counts_the_days(language: str, fields: dict[str, Any]) -> None:
    for draft in every_draft(language, **fields):
        text = f"{draft.subject or ''}\n{draft.body}".lower()
        for pattern in FORBIDDEN:
            assert not re.search(pattern, text), (pattern, draft)


@pytest.mark.parametrize("language", LANGUAGES)
def test_I5_late_note_is_short_and_recalls_the_interview(language: str) -> None:
    late = write_draft(DraftKind.LATE_NOTE, facts(language, **FULL))
    full = write_draft(DraftKind.AFTER_INTERVIEW, facts(language, **FULL))
    assert len(late.body) < len(full.body)
    assert ("24 novembre 2026" if language == "fr" else "November 24, 2026") in late.body


@pytest.mark.parametrize(("language", "thanks"), [("fr", "Merci"), ("en", "Thank you")])
def test_I8_thank_you_thanks_for_the_time_and_renews_the_wish(language: str, thanks: str) -> None:
    draft = write_draft(DraftKind.THANK_YOU, facts(language, "refusal", **FULL))
    assert draft.body.split("\n\n")[1].startswith(thanks)
    assert ("temps" if language == "fr" else "time") in draft.body
    assert ("travailler avec Acme" if language == "fr" else "work with Acme") in draft.body


# F1-F4, A1, N2


@pytest.mark.parametrize("language", LANGUAGES)
def test_F1_feedback_request_by_email_and_by_phone(language: str) -> None:
    email = write_draft(DraftKind.FEEDBACK_REQUEST, facts(language, "refusal"))
    call = write_draft(DraftKind.FEEDBACK_REQUEST, facts(language, "refusal"), DraftChannel.CALL)
    assert email.subject and call.subject is None
    word = "critique" if language == "fr" else "critical"
    assert word in email.body and word in call.body


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("channel", list(DraftChannel))
def test_F2_skill_clarification_never_asks_for_a_new_interview(
    language: str, channel: DraftChannel
) -> None:
    for fields in (FULL, {}):
        draft = write_draft(
            DraftKind.SKILL_CLARIFICATION, facts(language, "refusal", **fields), channel
        )
        text = draft.body.lower()
        for asked in (
            "nouvel entretien",
            "revoir",
            "rencontrer",
            "new interview",
            "meet again",
            "second interview",
            "another interview",
            "meet",
        ):
            assert asked not in text, (asked, draft)
    with_proof = write_draft(DraftKind.SKILL_CLARIFICATION, facts(language, "refusal", **FULL))
    assert "SQL" in with_proof.body and "la migration vers le cloud" in with_proof.body


@pytest.mark.parametrize(("language", "meet"), [("fr", "rencontrer"), ("en", "meet")])
def test_F3_opening_note_proposes_a_meeting(language: str, meet: str) -> None:
    draft = write_draft(DraftKind.OPENING, facts(language, "refusal", **FULL))
    assert meet in draft.body
    assert ("février 2027" if language == "fr" else "February 2027") in draft.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_F3_other_opening_names_the_earlier_contact(language: str) -> None:
    draft = write_draft(DraftKind.OTHER_OPENING, facts(language, "refusal", **FULL))
    assert "Mme Martin" in draft.body
    assert draft.body.startswith("Bonjour,\n" if language == "fr" else "Hello,\n")
    unnamed = write_draft(DraftKind.OTHER_OPENING, facts(language, "refusal"))
    assert ("équipe de recrutement" if language == "fr" else "recruiting team") in unnamed.body


@pytest.mark.parametrize(
    ("language", "not_retained", "evolved"),
    [
        ("fr", "pas été retenue", "mon profil a évolué"),
        ("en", "not retained", "my profile has evolved"),
    ],
)
def test_F4_come_back_with_an_updated_cv(language: str, not_retained: str, evolved: str) -> None:
    for fields in (FULL, {}):
        draft = write_draft(DraftKind.COME_BACK, facts(language, "refusal", **fields))
        assert not_retained in draft.body
        assert evolved in draft.body.lower()
        assert "CV" in draft.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_A1_applied_recalls_the_application_date(language: str) -> None:
    draft = write_draft(DraftKind.APPLIED, facts(language, "application", **FULL))
    assert ("24 novembre 2026" if language == "fr" else "November 24, 2026") in draft.body


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", TOPICS)
def test_N2_second_follow_up_fits_what_it_follows(language: str, topic: Topic) -> None:
    draft = write_draft(DraftKind.SECOND_FOLLOW_UP, facts(language, topic, **FULL))
    last = "une dernière fois" if language == "fr" else "one last time"
    assert last in draft.body
