"""The small dialogs of an application's card: record an answer, add a note, edit a field."""

from __future__ import annotations

from typing import Any

from flows import outcomes
from flows.catalog import Text
from flows.dialog import Choice, DialogModel, Question

FIELD_LIMIT = 200
NOTE_LIMIT = 1000
# The fields a user may edit, and the application attribute each one sets.
EDITABLE = {
    "company": "company",
    "role": "role",
    "recruiter": "recruiter_name",
    "contact": "recruiter_contact",
}


class RecordAnswer(DialogModel):
    """The recruiter answered: good news (what comes next) or a no (the refusal coaching)."""

    name = "answer"
    about_application = True
    states = ["kind"]
    initial = "kind"
    transitions = [
        {
            "trigger": "answer",
            "source": "kind",
            "dest": "done",
            "conditions": "is_good",
            "after": "good",
        },
        {"trigger": "answer", "source": "kind", "dest": "done", "after": "refused"},
    ]

    def question(self, state: str) -> Question:
        company = str(self.application.get("company") or "")
        return Question(
            Text("card.answer", {"company": company}),
            (
                Choice("good", Text("nudge.btn.good")),
                Choice("no", Text("nudge.btn.refused")),
            ),
        )

    def is_good(self) -> bool:
        return bool(self.value == "good")

    def good(self) -> None:
        self.outcomes.append(outcomes.Then("good_news"))

    def refused(self) -> None:
        self.outcomes.append(outcomes.Then("refusal"))


class AddNote(DialogModel):
    """A note on the application, added to those it has."""

    name = "note"
    about_application = True
    states = ["text"]
    initial = "text"
    transitions = [{"trigger": "answer", "source": "text", "dest": "done", "after": "keep"}]

    def question(self, state: str) -> Question:
        return Question(Text("card.note"), free_text=True, text_limit=NOTE_LIMIT)

    def keep(self) -> None:
        self.outcomes.append(outcomes.AddNote())
        self.answers["note"] = self.value
        self.says.append(Text("card.note_saved"))


class EditField(DialogModel):
    """Edit one field of the application: which, then its new value."""

    name = "edit"
    about_application = True
    states = ["field", "value"]
    initial = "field"
    transitions = [
        {"trigger": "answer", "source": "field", "dest": "value", "after": "choose"},
        {"trigger": "answer", "source": "value", "dest": "done", "after": "set_value"},
    ]

    def question(self, state: str) -> Question:
        if state == "field":
            return Question(
                Text("card.edit"),
                tuple(Choice(name, Text(f"card.field.{name}")) for name in EDITABLE),
            )
        field = self.answers.get("field", "company")
        current = self.application.get(EDITABLE.get(field, field)) or "—"
        return Question(
            Text("card.edit_value", {"field": Text(f"card.field.{field}"), "current": current}),
            free_text=True,
            text_limit=FIELD_LIMIT,
        )

    def choose(self) -> None:
        self.answers["field"] = self.value

    def set_value(self) -> None:
        self.app_changes[EDITABLE[self.answers["field"]]] = self.value
        self.says.append(Text("settings.saved"))

    def parse_text(self, state: str, value: str) -> Any:
        return value
