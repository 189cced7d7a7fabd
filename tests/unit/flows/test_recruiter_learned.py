"""The learned second opinion on a message's kind (`flows.recruiter.learned`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.message_text import fold
from flows.recruiter import learned
from flows.recruiter.learned import KindModel, build, features, second_opinion
from flows.recruiter.reader import read_message
from flows.recruiter.reading import Kind

NOW = dt.datetime(2026, 12, 10, 10, 0, tzinfo=dt.UTC)
CORPUS = Path(__file__).resolve().parents[3] / "testkit" / "recruiter_corpus.jsonl"

# A small world: "zorblax" is how its recruiters turn a candidate down, "plim" how they invite.
TOY = [
    *({"kind": "refusal", "text": f"Bonjour,\nzorblax, poste {i}.\nPaul"} for i in range(20)),
    *(
        {"kind": "interview", "text": f"Bonjour,\nplim {i} mardi 15 décembre à 14h.\nPaul"}
        for i in range(4)
    ),
    *({"kind": "other", "text": f"Bonjour,\nnotre lettre numéro {i}.\nPaul"} for i in range(20)),
]


def toy_model() -> KindModel:
    data = build(TOY)
    return KindModel(data["messages"], data["counts"])


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(learned, "model", toy_model)
    yield


def test_the_model_file_is_the_one_the_corpus_gives() -> None:
    """A labelled message added to the corpus is learned by `--build`; this says when to."""
    with CORPUS.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    stored = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    assert stored == json.loads(learned.dump(build(rows))), (
        "run python -m flows.recruiter.learned --build"
    )


def test_features_are_words_and_pairs_present() -> None:
    assert features("nous ne pourrons pas nous") == {
        "nous",
        "ne",
        "pourrons",
        "pas",
        "nous ne",
        "ne pourrons",
        "pourrons pas",
        "pas nous",
    }


def test_only_features_of_several_messages_are_kept() -> None:
    counts = build(TOY)["counts"]
    assert "zorblax" in counts and counts["zorblax"] == [20, 0, 0, 0, 0]
    assert "plim 3" not in counts  # in one message only: not kept


def test_guess_is_sure_of_a_kind_seen_often_and_names_its_words(toy: None) -> None:
    guess = learned.model().guess(fold("Bonjour, zorblax. Paul"))
    assert guess.kind == "refusal" and guess.probability >= learned.SURE
    assert "zorblax" in guess.words


def test_no_second_opinion_for_other_or_unsure(toy: None) -> None:
    assert second_opinion(fold("Bonjour, notre lettre. Paul")) is None  # other
    assert second_opinion(fold("Guten Tag, wir melden uns.")) is None  # nothing it knows


def test_F1_a_refusal_no_rule_reads_is_a_refusal_by_the_model(toy: None) -> None:
    reading = read_message("Bonjour,\nzorblax pour vous, avec nos regrets.\nPaul Martin", now=NOW)
    assert reading.kind is Kind.REFUSAL
    # The evidence is the message's own clause around the word that weighed most.
    assert reading.words("kind") == "zorblax pour vous"
    assert reading.to_json()["reason"] == "none"


def test_an_invitation_by_the_model_takes_the_messages_day_and_time(toy: None) -> None:
    text = "Bonjour,\nplim jeudi 17 décembre à 10h30, merci de nous le confirmer.\nPaul"
    reading = read_message(text, now=NOW)
    assert reading.kind is Kind.INTERVIEW
    assert reading.interview_at is not None
    assert reading.interview_at.strftime("%Y-%m-%dT%H:%M") == "2026-12-17T10:30"


def test_F1_a_cue_the_rules_set_aside_is_not_overruled(toy: None) -> None:
    # A conditional refusal: the rules found the cue and judged it; the model is not asked.
    text = "Si votre candidature n'est pas retenue, nous conserverons votre CV. zorblax"
    assert read_message(text, now=NOW).kind is not Kind.REFUSAL


def test_a_message_no_rule_reads_stays_other_when_the_model_is_unsure(toy: None) -> None:
    assert read_message("Hallo,\nwir melden uns.\nPaul", now=NOW).kind is Kind.OTHER


def test_a_message_in_another_language_gets_no_second_opinion(toy: None) -> None:
    # The model knows the word, but the message is not French or English: left to the rules.
    folded = fold("Guten Tag, zorblax für die Stelle. Mit freundlichen Grüßen, Paul")
    assert learned.model().guess(folded).kind == "refusal"
    assert second_opinion(folded) is None
