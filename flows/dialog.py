"""The dialog engine: `transitions` state machines that take an answer and say what comes next.

A dialog is transport-free. The bot (or the console) keeps its state and answers in the
database, and around each update:

    reply = advance(FLOWS[name], state, answers, context, Answer.choice("FR"))

The engine knows no dialog by name: `flows.registry` lists them (`FLOWS`) and says what each one
is (about one application, or dropped without asking).

`advance` puts a `DialogModel` at `state` on the flow's one static machine, fires the event,
and wipes the model's data, so that two users never share state. Attaching a model
(`add_model`: a trigger, and an `is_<state>` for each state, bound on the model) costs more
than the step itself, so each flow keeps one attached model between steps, holding nothing
but what the machine bound on it; a step that fails detaches its model (`remove_model`), so
none leaks. The returned `Reply` says what to show, what to ask next, what to change and what
to do then (`flows.outcomes`); the caller commits it in the update's one transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from transitions import Machine, MachineError

from flows.catalog import Text
from flows.outcomes import Outcome

# The longest free text a dialog accepts unless a question sets its own bound.
TEXT_LIMIT = 1000
DONE = "done"


@dataclass(frozen=True)
class Choice:
    """One button of a question: the value sent back, and its label."""

    value: str
    label: Text


def choices_of(prefix: str, values: Iterable[str]) -> tuple[Choice, ...]:
    """One button a value, each labelled by the text `prefix.value` ("coach.size" and "small"
    give the button "small" labelled `coach.size.small`). Made once for each list: a question
    is asked again at every answer, and the buttons never change."""
    return _choices(prefix, tuple(values))


@functools.lru_cache(maxsize=256)
def _choices(prefix: str, values: tuple[str, ...]) -> tuple[Choice, ...]:
    return tuple(Choice(value, Text(f"{prefix}.{value}")) for value in values)


@dataclass(frozen=True)
class Question:
    """What to ask: a text, and buttons and/or free text."""

    text: Text
    choices: tuple[Choice, ...] = ()
    free_text: bool = False
    columns: int = 2
    text_limit: int = TEXT_LIMIT

    def choice(self, value: str) -> Choice | None:
        """The button with this value, if the question has it."""
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class Answer:
    """What the user gave: the value of a button, or typed text."""

    kind: str  # "choice", "text", or "read" (a date read from a pasted message)
    value: str

    @classmethod
    def choice(cls, value: str) -> Answer:
        return cls("choice", value)

    @classmethod
    def text(cls, value: str) -> Answer:
        return cls("text", value)

    @classmethod
    def read(cls, value: str) -> Answer:
        """A date Relance read itself from a recruiter's message (an ISO moment, or a window's
        "first~last" days); never built from what a user typed or pressed."""
        return cls("read", value)


@dataclass(frozen=True)
class Profile:
    """What a dialog knows of the user."""

    language: str
    timezone: str
    country: str
    nudge_hour: dt.time
    paused_all: bool = False


@dataclass(frozen=True)
class Context:
    """The user and the moment a dialog step happens (the clock is passed in, never read).

    `application` is what is already known of the application the dialog is about (plain data:
    company, role, size, urgency, stage...), so that a dialog never asks it again.
    """

    profile: Profile
    now: dt.datetime
    application: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Reply:
    """What a dialog step produced."""

    state: str | None
    answers: dict[str, Any]
    question: Question | None = None
    says: list[Text] = field(default_factory=list)
    # How to show the answer just given (the bot edits the question's message with it).
    chosen: Text | None = None
    # The answer was not accepted: say `says`, ask the same question again, change nothing.
    rejected: bool = False
    user_changes: dict[str, Any] = field(default_factory=dict)
    app_changes: dict[str, Any] = field(default_factory=dict)
    # What the bot does once the step is stored, in this order.
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.state is None


class Rejected(Exception):
    """An answer a question cannot take; carries the kind words to say, and the question to ask
    instead of the same one, if any (its choices to pick from: "which day?")."""

    def __init__(self, text: Text, question: Question | None = None) -> None:
        super().__init__(text.key)
        self.text = text
        self.question = question


class DialogModel:
    """The model attached to a flow's machine, given one step's data at a time.

    Subclasses define `states`, `transitions` (on the event `answer`, with conditions over
    `self.value` and `self.answers`), `question(state)`, and `accept(state, answer)` which
    turns the raw answer into `self.value` or raises `Rejected`. Two class properties say how
    the bot treats a dialog: `about_application` (a dialog about one application, with nothing
    left to talk about once it is deleted) and `quiet` (dropped without asking when another
    dialog starts: nothing is lost with it).
    """

    name: ClassVar[str]
    about_application: ClassVar[bool] = False
    quiet: ClassVar[bool] = False
    states: ClassVar[list[str]]
    transitions: ClassVar[list[dict[str, Any]]]
    initial: ClassVar[str]
    _machine: ClassVar[Machine | None] = None

    state: str

    def __init__(self, context: Context, answers: Mapping[str, Any]) -> None:
        self.load(context, answers)

    def load(self, context: Context, answers: Mapping[str, Any]) -> None:
        """Take one step's data (a fresh model, or the flow's attached one, wiped)."""
        self.context = context
        self.answers: dict[str, Any] = dict(answers)
        self.value: Any = None
        self.says: list[Text] = []
        self.user_changes: dict[str, Any] = {}
        self.app_changes: dict[str, Any] = {}
        self.outcomes: list[Outcome] = []

    @property
    def lang(self) -> str:
        return self.context.profile.language

    @classmethod
    def machine(cls) -> Machine:
        """The flow's one static machine, created on first use."""
        if cls.__dict__.get("_machine") is None:
            cls._machine = Machine(
                model=None,
                states=[*cls.states, DONE],
                transitions=cls.transitions,
                initial=None,
                auto_transitions=False,
                queued="model",  # type: ignore[arg-type]  # per-model queues (0.9.1+)
            )
        machine = cls.__dict__["_machine"]
        assert isinstance(machine, Machine)
        return machine

    # Overridden by each flow
    def question(self, state: str) -> Question:
        raise NotImplementedError

    def skip_known(self, state: str) -> str:
        """The first question to ask from `state`: a flow skips those whose answer is known."""
        return state

    @property
    def application(self) -> Mapping[str, Any]:
        return self.context.application

    def accept(self, state: str, answer: Answer) -> Any:
        """Check an answer against the question of `state`; return the value to act on."""
        question = self.question(state)
        if answer.kind == "choice":
            choice = question.choice(answer.value)
            if choice is None:
                raise Rejected(Text("fallback.stale_button"))
            return choice.value
        if not question.free_text:
            raise Rejected(Text("dialog.choose_button"))
        value = " ".join(answer.value.split())
        if not value:
            raise Rejected(Text("dialog.empty_text"))
        if len(value) > question.text_limit:
            raise Rejected(Text("dialog.text_too_long", {"limit": question.text_limit}))
        return self.parse_text(state, value)

    def parse_text(self, state: str, value: str) -> Any:
        """Turn typed text into a value for `state` (default: the text itself)."""
        return value

    def label_of(self, state: str, answer: Answer) -> Text | None:
        """The label of the button pressed; typed text already shows in the chat."""
        if answer.kind == "choice":
            choice = self.question(state).choice(answer.value)
            if choice is not None:
                return choice.label
        return None


Callbacks = str | list[str]


def on_answer(
    source: str, dest: str, *, conditions: Callbacks | None = None, after: Callbacks | None = None
) -> dict[str, Any]:
    """The transition an answer to `source` takes to `dest`: only where the model's methods
    named in `conditions` all hold, and running those named in `after` once taken. A state's
    transitions are tried in the order they are listed."""
    transition: dict[str, Any] = {"trigger": "answer", "source": source, "dest": dest}
    if conditions is not None:
        transition["conditions"] = conditions
    if after is not None:
        transition["after"] = after
    return transition


def branches(
    source: str, *ways: tuple[str, str], otherwise: str, after: Callbacks | None = None
) -> list[dict[str, Any]]:
    """The transitions of `source` that go to the first `(condition, dest)` of `ways` whose
    condition holds, else to `otherwise`, running `after` whichever is taken."""
    return [
        *(on_answer(source, dest, conditions=condition, after=after) for condition, dest in ways),
        on_answer(source, otherwise, after=after),
    ]


class TwoButtons(DialogModel):
    """A dialog of one question and two buttons: the first runs `on_first`, the second
    `on_second`, and the dialog ends.

    A subclass names its one state in `states` (it is stored with an open dialog), its two
    buttons, and the question's text (`asking`).
    """

    first: ClassVar[Choice]
    second: ClassVar[Choice]
    columns: ClassVar[int] = 2

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        (state,) = cls.states
        cls.initial = state
        cls.transitions = [
            on_answer(state, DONE, conditions="is_first", after="on_first"),
            on_answer(state, DONE, after="on_second"),
        ]

    def asking(self) -> Text:
        raise NotImplementedError

    def question(self, state: str) -> Question:
        return Question(self.asking(), (self.first, self.second), columns=self.columns)

    def is_first(self) -> bool:
        return bool(self.value == self.first.value)

    def on_first(self) -> None:
        raise NotImplementedError

    def on_second(self) -> None:
        raise NotImplementedError


HISTORY = "_history"
BACK = "_back"


def _with_back(question: Question, answers: Mapping[str, Any]) -> Question:
    """Add the "back" button to a question that has a question before it."""
    if not answers.get(HISTORY):
        return question
    back = Choice(BACK, Text("dialog.back"))
    return Question(
        question.text,
        (*question.choices, back),
        question.free_text,
        question.columns,
        question.text_limit,
    )


def _reply(model: DialogModel, state: str, *, chosen: Text | None = None) -> Reply:
    finished = state == DONE
    return Reply(
        state=None if finished else state,
        answers=model.answers,
        question=None if finished else _with_back(model.question(state), model.answers),
        says=model.says,
        chosen=chosen,
        user_changes=model.user_changes,
        app_changes=model.app_changes,
        outcomes=model.outcomes,
    )


# Each flow's model attached to its machine, idle between two steps.
_IDLE: dict[type[DialogModel], DialogModel] = {}
# What the machine binds on a model of each flow (kept when the model is wiped).
_BOUND: dict[type[DialogModel], tuple[str, ...]] = {}


def _with_model(
    flow: type[DialogModel],
    state: str,
    context: Context,
    answers: Mapping[str, Any],
    step: Callable[[DialogModel], Reply],
) -> Reply:
    machine = flow.machine()
    model = _IDLE.pop(flow, None)
    if model is None:
        model = flow(context, answers)
        own = set(vars(model))
        machine.add_model(model, initial=state)
        if flow not in _BOUND:
            _BOUND[flow] = tuple(
                name for name in vars(model) if name not in own and name != machine.model_attribute
            )
    else:
        model.load(context, answers)
    try:
        machine.set_state(state, model)  # an unknown state: ValueError, as add_model raises
        reply = step(model)
    except BaseException:
        machine.remove_model(model)
        raise
    data = vars(model)
    bound = {name: data[name] for name in _BOUND[flow]}
    data.clear()
    data.update(bound)
    if flow in _IDLE:  # another step of this flow ran meanwhile and left its model idle
        machine.remove_model(model)
    else:
        _IDLE[flow] = model
    return reply


def start(
    flow: type[DialogModel],
    context: Context,
    answers: Mapping[str, Any] | None = None,
    *,
    state: str | None = None,
) -> Reply:
    """Open the dialog `flow` at its first question (or at `state`)."""
    first_state = state or flow.initial

    def first(model: DialogModel) -> Reply:
        return _reply(model, model.skip_known(first_state))

    return _with_model(flow, first_state, context, answers or {}, first)


def advance(
    flow: type[DialogModel],
    state: str,
    answers: Mapping[str, Any],
    context: Context,
    answer: Answer,
) -> Reply:
    """Take the user's answer to the question of `state` and move the dialog on."""

    def step(model: DialogModel) -> Reply:
        history = list(model.answers.get(HISTORY, []))
        if answer == Answer.choice(BACK) and history:
            # Back to the previous question, its answer kept until given again.
            previous = history.pop()
            model.answers[HISTORY] = history
            return _reply(model, previous, chosen=Text("dialog.back"))
        try:
            model.value = model.accept(state, answer)
        except Rejected as rejected:
            return Reply(
                state=state,
                answers=dict(answers),
                question=_with_back(rejected.question or model.question(state), answers),
                says=[rejected.text],
                rejected=True,
            )
        chosen = model.label_of(state, answer)
        if not model.may_answer():  # type: ignore[attr-defined]
            raise MachineError(f"{flow.name}: no transition from {state!r} for {model.value!r}")
        model.answer()  # type: ignore[attr-defined]
        if model.state != DONE and model.state != state:
            model.answers[HISTORY] = [*history, state]
        return _reply(model, model.state, chosen=chosen)

    return _with_model(flow, state, context, answers, step)


def current_question(
    flow: type[DialogModel], state: str, answers: Mapping[str, Any], context: Context
) -> Question:
    """The question of `state`, to ask it again (after a restart, or a word out of place)."""
    if state == DONE:
        return Question(Text("fallback.stale_button"))
    # Asking fires no event: the model needs no machine.
    flow.machine().get_state(state)  # an unknown state: ValueError, as add_model raises
    model = flow(context, answers)
    model.state = state
    return _with_back(model.question(state), model.answers)
