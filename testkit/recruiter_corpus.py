"""A labelled corpus of recruiter messages, written for Relance's reader.

The messages live in `recruiter_corpus.jsonl`, beside this module, one a line: an id, the text
as a candidate would paste or forward it, and every field of the command line's answer (kind,
reason, months, skill, answer_by, interview_at, company, recruiter), with the N3 criteria of a
discriminatory refusal, and the reading's ``now``, time zone and country. ``now`` is Thursday
10 December 2026, 10:00 in Paris, unless an entry says otherwise; a forwarded message's dates
count from the day it was sent. `CORPUS` holds them in the file's order; `OPEN` holds, from
`recruiter_corpus_open.jsonl`, labelled messages the reader still misreads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NOW = "2026-12-10T10:00:00+01:00"
PATH = Path(__file__).with_name("recruiter_corpus.jsonl")


@dataclass(frozen=True)
class Labelled:
    id: str
    text: str
    kind: str
    reason: str | None = None
    months: int | None = None
    skill: str | None = None
    answer_by: str | None = None
    interview_at: str | None = None
    company: str | None = None
    recruiter: str | None = None
    criteria: tuple[str, ...] = ()
    now: str = NOW
    tz: str = "Europe/Paris"
    country: str = "FR"
    extra: dict[str, Any] = field(default_factory=dict)

    def expected(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "reason": self.reason,
            "months": self.months,
            "skill": self.skill,
            "answer_by": self.answer_by,
            "interview_at": self.interview_at,
            "company": self.company,
            "recruiter": self.recruiter,
        }


def _labelled(row: dict[str, Any]) -> Labelled:
    return Labelled(
        **{
            **row,
            "criteria": tuple(row.get("criteria") or ()),
            "now": row.get("now") or NOW,
            "tz": row.get("tz") or "Europe/Paris",
            "country": row.get("country") or "FR",
        }
    )


def load(path: Path = PATH) -> tuple[Labelled, ...]:
    """The labelled messages of a JSON-lines file, in its order."""
    with path.open(encoding="utf-8") as lines:
        return tuple(_labelled(json.loads(line)) for line in lines if line.strip())


CORPUS: tuple[Labelled, ...] = load()
OPEN: tuple[Labelled, ...] = load(PATH.with_name("recruiter_corpus_open.jsonl"))
"""Labelled messages the reader does not yet read right in every field: the next work."""
