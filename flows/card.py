"""The small dialogs of an application's card: record an answer, add a note, edit a field."""

from __future__ import annotations

from typing import Any

from flows import outcomes
from flows.catalog import Text
from flows.dialog import Choice, DialogModel, Question, TwoButtons, choices_of, on_answer

FIELD_LIMIT = 200
NOTE_LIMIT = 1000
# The fields a user may edit, and the application attribute each one sets.
EDITABLE = {
    "company": "company",
    "role": "role",
    "recruiter": "recruiter_name",
    "contact": "recruiter_contact",
}


class RecordAnswer(TwoButtons):
    """The recruiter answered: good news (what comes next) or a no (the refusal coaching)."""

    name = "answer"
    about_application = True
    states = ["kind"]
    first = Choice("good", Text("nudge.btn.good"))
    second = Choice("no", Text("nudge.btn.refused"))

    def asking(self) -> Text:
        return Text("card.answer", {"company": str(self.application.get("company") or "")})

    def on_first(self) -> None:
        self.outcomes.append(outcomes.Then("good_news"))

    def on_second(self) -> None:
        self.outcomes.append(outcomes.Then("refusal"))


class AddNote(DialogModel):
    """A note on the application, added to those it has."""

    name = "note"
    about_application = True
    states = ["text"]
    initial = "text"
    transitions = [on_answer("text", "done", after="keep")]

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
        on_answer("field", "value", after="choose"),
        on_answer("value", "done", after="set_value"),
    ]

    def question(self, state: str) -> Question:
        if state == "field":
            return Question(
                Text("card.edit"),
                choices_of("card.field", EDITABLE),
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
