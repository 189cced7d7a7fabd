"""The registry of dialogs: every flow listed once, by its name, with its class properties."""

from __future__ import annotations

from flows import registry
from flows.dialog import DialogModel
from flows.registry import ALL, FLOWS

# Dialogs about one application, and dialogs dropped without asking, as the coach has known them.
APPLICATION_FLOWS = {
    "applied",
    "scheduled",
    "after_interview",
    "refusal",
    "good_news",
    "answer",
    "note",
    "edit",
    "paste_keep",
}
QUIET_FLOWS = {"settings", "forget", "switch", "paste_keep"}


def _named_flows(base: type[DialogModel]) -> set[type[DialogModel]]:
    """Every subclass of `base` that names a flow (the shared bases name none)."""
    found: set[type[DialogModel]] = set()
    for sub in base.__subclasses__():
        if "name" in sub.__dict__:
            found.add(sub)
        found |= _named_flows(sub)
    return found


def test_every_flow_is_registered_once_by_its_name() -> None:
    assert len(ALL) == len(set(ALL)) == len(FLOWS)
    assert all(FLOWS[flow.name] is flow for flow in ALL)
    assert set(ALL) == _named_flows(DialogModel)


def test_the_flows_about_one_application() -> None:
    assert {name for name, flow in FLOWS.items() if flow.about_application} == APPLICATION_FLOWS
    assert all(registry.about_application(name) for name in APPLICATION_FLOWS)


def test_the_quiet_flows() -> None:
    assert {name for name, flow in FLOWS.items() if flow.quiet} == QUIET_FLOWS
    assert all(registry.is_quiet(name) for name in QUIET_FLOWS)


def test_a_name_relance_does_not_have_is_neither() -> None:
    for name in ("no_such_flow", "", None):
        assert not registry.about_application(name)
        assert not registry.is_quiet(name)
