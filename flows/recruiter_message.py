"""What a recruiter's message says, read from its own words, in French and English.

``read_message(text, now=..., tz=..., country=...)`` returns a ``Reading``: the kind of
message (a refusal, an announced answer date, an interview invitation, an acknowledgement, or
something else), for a refusal its reason as the policy's ``RefusalReason`` (with the months of
F3a, the skill of a missing-skill refusal and the criteria of an N3 motive), the last day of an
announced answer window, the interview's moment, the company and the recruiter's name, and for
each of them the exact words that decided it. It is pure: no clock, no I/O.

How it reads, in order:

1. ``message_text.split_message`` keeps the first message only (forwarded header read for its
   sender and date, quoted replies and disclaimers cut off, the signature set apart).
2. Cues are regular expressions over the folded body (lower case, no accents; an index in it
   is an index in the text, so the evidence is the recruiter's own words). A cue inside a
   conditional ("si votre profil est retenu...", "if you have not heard from us...") or
   inside an equal-opportunity statement ("sans distinction d'âge...") does not count.
3. The kind: a refusal cue wins, unless an interview is offered with its moment; then an
   invitation; then an answer promised with a date; then an acknowledgement; a refusal's reason
   cue alone (an N3 motive, a missing skill...) still makes a refusal.
4. The reason, strongest first: N3 (a motive the law forbids: the twelve criteria below), F3a
   (an opening in N months), F3b (other openings now), a missing skill, N1 (categorical), and
   F1 (none given) otherwise.
5. The dates are read relative to the day the message was sent (the forwarded header's date,
   else ``now``): ``message_dates`` finds the phrase in the text, ``flows.dates.read_when``
   says what it means (the same reader as the dialogs'), and ``message_dates``' own reading
   stands for a phrase ``read_when`` does not take.

Command line (one JSON object a line in, one out, flushed; never stops on a bad line)::

    echo '{"text": "...", "now": "2026-12-10T10:00:00+01:00", "tz": "Europe/Paris", \
"country": "FR"}' | python -m flows.recruiter_message --json
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from flows.plan_cli import wall_clock
from flows.recruiter.reader import read_message
from flows.recruiter.reading import Criterion, Evidence, Kind, Reading

__all__ = ["Criterion", "Evidence", "Kind", "Reading", "main", "read_message"]


def _moment(value: object, zone: ZoneInfo, clock: Callable[[], dt.datetime]) -> dt.datetime | None:
    """The request's "now": an ISO moment; one without an offset (or a bare day) is taken in the
    user's time zone, as the dates command line does; none at all is the clock's present."""
    if value is None or value == "":
        return clock().astimezone(zone)
    if not isinstance(value, str):
        return None
    try:
        now = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return now if now.tzinfo is not None else now.replace(tzinfo=zone)


def _reading_line(line: str, clock: Callable[[], dt.datetime]) -> dict[str, Any]:
    try:
        request = json.loads(line)
    except ValueError:
        return {"error": "bad_json"}
    if not isinstance(request, dict):
        return {"error": "not_an_object"}
    text = request.get("text")
    if not isinstance(text, str):
        return {"error": "text_missing"}
    tz = request.get("tz") or "Europe/Paris"
    country = request.get("country") or "FR"
    if not isinstance(tz, str) or not isinstance(country, str):
        return {"error": "bad_tz_or_country"}
    try:
        zone = ZoneInfo(tz)
    except (ValueError, KeyError, OSError):
        return {"error": "bad_tz"}
    now = _moment(request.get("now"), zone, clock)
    if now is None:
        return {"error": "bad_now"}
    try:
        return read_message(text, now=now, tz=tz, country=country).to_json()
    except Exception:
        return {"error": "unreadable"}


def main(
    argv: list[str] | None = None,
    *,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    clock: Callable[[], dt.datetime] = wall_clock,
) -> int:
    """``--json``: one request a line in, one reading a line out, until the end of input."""
    args = sys.argv[1:] if argv is None else argv
    source = stdin or sys.stdin
    sink = out or sys.stdout
    if args != ["--json"]:
        print("usage: python -m flows.recruiter_message --json < requests.jsonl", file=sys.stderr)
        return 2
    for line in source:
        if not line.strip():
            continue
        sink.write(json.dumps(_reading_line(line, clock), ensure_ascii=False) + "\n")
        sink.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
