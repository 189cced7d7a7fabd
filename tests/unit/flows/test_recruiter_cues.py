"""How a family of cues is searched: joined to find where to start, then each alone."""

from __future__ import annotations

from flows.recruiter.cues import Cues


def _spans(cues: Cues, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in cues.finditer(text)]


def test_each_cue_is_found_from_the_first_place_one_starts() -> None:
    cues = Cues(r"\bpourvu\b", r"\bautre candidat\b")
    text = "le poste est pourvu par un autre candidat"
    assert _spans(cues, text) == [(13, 19), (27, 41)]


def test_a_cue_that_opens_with_a_lookbehind_keeps_it() -> None:
    # The joined search leaves the lookbehind out; the cue alone still honours it.
    cues = Cues(r"(?<!\bune\x20)\bdecision definitive\b", r"\bregret\b")
    assert _spans(cues, "une decision definitive") == []
    assert _spans(cues, "notre decision definitive") == [(6, 25)]
    assert _spans(cues, "avec regret, notre decision definitive") == [(5, 11), (19, 38)]


def test_a_guarded_cue_runs_only_where_its_words_are() -> None:
    guarded = r"(?#needs:indispensable)(?:^|[.,] ?)le (?P<skill>[a-z ]{2,20}?) est indispensable"
    cues = Cues(guarded, r"\bregret\b")
    text = "bonjour. le permis c est indispensable"
    found = cues.finditer(text)
    assert [m.group("skill") for m in found if m.groupdict().get("skill")] == ["permis c"]
    assert cues.finditer("bonjour. le permis c est utile") == []


def test_a_guarded_cue_alone_in_its_family_is_still_found() -> None:
    cues = Cues(r"(?#needs:must)(?:^|[.] )(?P<skill>\w+) is a must")
    assert [m.group("skill") for m in cues.finditer("sql is a must")] == ["sql"]
    assert cues.finditer("sql is nice") == []


def test_a_guard_keeps_its_cue_from_running_at_all() -> None:
    # The guard is the cue's contract: without its words, the cue is not tried, even where it
    # would match.
    cues = Cues(r"(?#needs:indispensable)\ble permis\b", r"\bregret\b")
    assert cues.finditer("le permis c") == []
    assert [m.group(0) for m in cues.finditer("le permis c, indispensable")] == ["le permis"]
