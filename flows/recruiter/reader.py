"""``read_message``: the kind, the reason, the dates and the people of one message, with
the words that decided each."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from flows.dates import DateProblem, Prefer, When, read_when
from flows.message_dates import (
    DAY_AFTER,
    SOON,
    WEEKDAYS,
    DateHit,
    find_dates,
    find_times,
)
from flows.message_text import Header, MessageParts, fold, split_message
from flows.policy import RefusalReason
from flows.recruiter.body import Body, cue_matches, first_cue, in_conditional
from flows.recruiter.cues import (
    ANSWER,
    CATEGORICAL,
    DECISION,
    FUTURE_ONLY,
    GENERIC_EXPERIENCE,
    INVITATION,
    MISSING_SKILL,
    OFFER,
    OPENING_LATER,
    OTHER_OPENING,
    RECEIVED,
    REFUSAL,
    REQUIRED_SKILL,
    Cues,
)
from flows.recruiter.language import foreign
from flows.recruiter.learned import second_opinion
from flows.recruiter.reading import Criterion, Evidence, Kind, Reading
from flows.recruiter.refusal import months_of, n3_motives, skill_of
from flows.recruiter.senders import alnum, humanise, looks_like_person, read_company, read_recruiter


def _sent_at(
    header: Header, *, now: dt.datetime, zone: ZoneInfo, country: str
) -> dt.datetime | None:
    if not header.date_text:
        return None
    folded = fold(header.date_text)
    local_now = now.astimezone(zone)
    hits = [h for h in find_dates(folded, ref=local_now.date(), country=country) if not h.window]
    if not hits:
        return None
    hit = hits[0]
    day = hit.last
    if not re.search(r"20\d\d", folded) and day > local_now.date():
        day = day.replace(year=day.year - 1)
    time = hit.time
    if time is None:
        times = find_times(folded)
        time = times[0][1] if times else dt.time(12, 0)
    return dt.datetime.combine(day, time, tzinfo=zone)


# "La semaine qui suit", "the following week": after the day said before (ours).
_WEEK_AFTER = re.compile(
    r"\bsemaine (?:qui suit|suivante|d'apres)\b|\b(?:following week|week after)\b"
)
_DEADLINE_WORDS = re.compile(
    r"(?:d'ici|avant|by|before|until|no later than|au plus tard|jusqu'au|jusqu'a)\s+$"
)


def _read_phrase(
    phrase: str, hit: DateHit, *, ref: dt.datetime, zone: ZoneInfo, country: str
) -> tuple[dt.date, dt.date, dt.time | None]:
    """The window of a phrase: by the dates reader (``flows.dates.read_when``) when it takes
    it, else by our own reading of the hit."""
    try:
        when = read_when(phrase, now=ref, tz=str(zone.key), country=country, expect=Prefer.FUTURE)
    except Exception:
        when = DateProblem.UNREADABLE
    if hit.window and re.match(
        r"(?:the |la )?(?:first|second|last|premiere|deuxieme|derniere) (?:week|semaine)",
        fold(phrase),
    ):
        return hit.first, hit.last, hit.time  # "the first week of January": its first seven days
    if hit.window and re.match(
        r"(?:la |the )?(?:semaine (?:commencant|debutant)|week (?:commencing|beginning|starting))",
        fold(phrase),
    ):
        return hit.first, hit.last, hit.time  # "la semaine commençant le 11 janvier" (ours)
    if re.fullmatch(r"(?:[a-z' ]+ )?(?:le|the) \d{1,2}(?:er|st|nd|rd|th)?", fold(phrase).strip()):
        return hit.first, hit.last, hit.time  # "le 15": the month said just before (ours)
    if DAY_AFTER.search(fold(phrase)) or (hit.window and _WEEK_AFTER.search(fold(phrase))):
        return hit.first, hit.last, hit.time  # "le lendemain" of the date said before (ours)
    if hit.window and re.search(r"\d\s?[-–]\s?\d", phrase):
        return hit.first, hit.last, hit.time  # "in 2-3 weeks": the range's far end (ours)
    bare_weekday = re.fullmatch(r"(?:on |le |ce )?([a-z]+)", fold(phrase).strip())
    if (
        bare_weekday
        and WEEKDAYS.get(bare_weekday.group(1)) == ref.weekday()
        and isinstance(when, When)
        and when.end == ref.date()
    ):
        when = DateProblem.UNREADABLE  # "Thursday" said on a Thursday: the next one (ours)
    if isinstance(when, When) and when.end >= ref.date():
        return when.start, when.end, when.time if when.time is not None else hit.time
    return hit.first, hit.last, hit.time


def _near(body: Body, hits: Iterable[DateHit], span: tuple[int, int]) -> list[DateHit]:
    """The date hits in the sentence of a span."""
    s_start, s_end = body.sentence_start(span[0]), body.sentence_end(span[1])
    return [h for h in hits if s_start <= h.start < s_end]


@dataclass
class _Reader:
    body: Body
    ref: dt.datetime
    zone: ZoneInfo
    country: str
    evidence: list[Evidence] = field(default_factory=list)

    def note(self, name: str, start: int, end: int) -> None:
        words = self.body.clause(start, end)
        if words:
            self.evidence.append(Evidence(name, words[:300]))

    def phrase(self, hit: DateHit) -> str:
        """The hit's words, with the "by" or "d'ici" just before it."""
        start = hit.start
        lead = _DEADLINE_WORDS.search(self.body.folded[max(0, start - 25) : start])
        if lead:
            start -= len(lead.group(0))
        return " ".join(self.body.text[start : hit.end].split())

    def window(self, hit: DateHit) -> tuple[dt.date, dt.date, dt.time | None]:
        return _read_phrase(
            self.phrase(hit), hit, ref=self.ref, zone=self.zone, country=self.country
        )


def read_message(
    text: str,
    *,
    now: dt.datetime,
    tz: str = "Europe/Paris",
    country: str = "FR",
    sender: str | None = None,
    sent_at: dt.datetime | None = None,
) -> Reading:
    """What the recruiter's message says (see the module's docstring for how).

    ``sender`` is a name known from elsewhere (a Telegram forward's origin), used when the
    message itself names nobody; ``sent_at`` when the message was sent (a forward's original
    date), used when no forwarded header gives it.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    zone = ZoneInfo(tz)
    country = (country or "FR").upper()
    parts = split_message(text)
    body = Body(parts.body, fold(parts.body))
    header_date = _sent_at(parts.header, now=now, zone=zone, country=country)
    if header_date is None and sent_at is not None:
        header_date = sent_at.astimezone(zone)
    sent_at = header_date
    ref = sent_at or now.astimezone(zone)
    reader = _Reader(body, ref, zone, country)
    if foreign(body.folded):
        # Another language: nothing is read from its words, but its signature names the
        # company and the recruiter as in any message.
        company, recruiter = _senders(reader, parts, sender)
        return Reading(
            kind=Kind.OTHER,
            company=company,
            recruiter=recruiter,
            sent_at=sent_at,
            evidence=tuple(reader.evidence),
        )
    hits = find_dates(body.folded, ref=ref.date(), country=country)
    ahead = [h for h in hits if h.last >= ref.date()]  # an answer is announced, not recalled

    refusal = [m for m in cue_matches(REFUSAL, body) if not LITOTES.match(m.group(0))]
    invitation = [
        m
        for m in cue_matches(INVITATION, body)
        if (
            not (AVAILABILITY.fullmatch(m.group(0)) or CALLBACK.fullmatch(m.group(0)))
            or INTERVIEW_NOUN.search(body.folded)
        )
        and not _BEFORE_INVITING.search(body.folded, max(0, m.start() - 30), m.start())
        and not _SURVEY.search(body.folded, m.end(), body.sentence_end(m.end()))
        and not PAST_MEETING.search(body.folded, body.sentence_start(m.start()), m.start())
        and not _SELECTED_FEW.search(body.folded, max(0, m.start() - 100), m.start())
    ]
    answers = cue_matches(ANSWER, body, hypothetical_ok=True)
    answers = [
        m
        for m in answers
        if not (_UPDATE_NOW.search(body.folded, max(0, m.start() - 30), m.start()))
    ]
    if _answer_hit(body, ahead, answers) is None:
        answers += cue_matches(DECISION, body)
    received = cue_matches(RECEIVED, body)
    criteria, n3 = n3_motives(body)
    offer = first_cue(OFFER, body)

    invitation = [
        m
        for m in invitation
        if not _to_assessment(body, m)
        and not _some_day(body, m)
        and not _with_later_opening(body, m)
        and not _NEGATED.search(body.folded, max(0, m.start() - 40), m.start())
    ]
    weak = [m for m in cue_matches(WEAK_INVITATION, body) if not _to_assessment(body, m)]
    if _BULLETIN.search(body.folded):
        invitation = []  # a newsletter's event, open to all its readers
    elif not invitation and INTERVIEW_NOUN.search(body.folded):
        invitation = list(_CALENDAR.finditer(body.folded))  # an invitation from a calendar
    interview_at, interview_hit = _interview_moment(reader, hits, invitation)
    if invitation and interview_at is None and OUTREACH.search(body.folded):
        invitation = []  # a headhunter's first approach, not an invitation to an interview
    if not invitation and not _BULLETIN.search(body.folded):
        moment, moment_hit = _interview_moment(reader, hits, weak)
        if weak and moment is not None:
            invitation, interview_at, interview_hit = weak, moment, moment_hit
    kind: Kind
    learned_answer: DateHit | None = None
    away = AWAY.search(body.folded)
    if away and not refusal and not invitation:
        kind = Kind.OTHER
        reader.note("kind", *away.span())
    elif (later_slot := NO_NEW_TIME_YET.search(body.folded)) and not refusal:
        kind = Kind.OTHER
        reader.note("kind", *later_slot.span())
    elif (moved := MUST_MOVE.search(body.folded)) and not refusal and interview_at is None:
        kind = Kind.OTHER  # "I need to move our chat: what does next week look like?"
        reader.note("kind", *moved.span())
    elif (
        refusal
        and not (invitation and interview_at)
        and not (
            all(_PAUSE.search(m.group(0)) for m in refusal)
            and _answer_hit(body, ahead, answers) is not None
            and not _openings(body, hypothetical_ok=True)
        )
    ):
        kind = Kind.REFUSAL
        reader.note("kind", *refusal[0].span())
    elif (
        invitation
        and not offer
        and not (interview_at is None and _asks_for_details(body))
        and not (interview_hit is None and _answer_hit(body, ahead, answers) is not None)
    ):
        kind = Kind.INTERVIEW
        reader.note("kind", *invitation[0].span())
    elif offer:
        kind = Kind.OTHER
        reader.note("kind", *offer.span())
    elif categorical := first_cue(CATEGORICAL, body):
        kind = Kind.REFUSAL  # "our decision is final": whatever date it cites
        reader.note("kind", *categorical.span())
    elif (
        (
            later := next(
                (
                    m
                    for m in _openings(body)
                    if not any(a.start() < m.end() and m.start() < a.end() for a in answers)
                ),
                None,
            )
        )
        and not _acknowledged_only(body)
        and not _asks_for_details(body)
        and _answer_hit(body, ahead, answers) is None
    ):
        kind = Kind.REFUSAL  # "no hire now; an opening in a year": a refusal said softly
        reader.note("kind", *later.span())
    else:
        answer_hit = _answer_hit(body, ahead, answers)
        if answer_hit is not None and _conditional_timeline(body, answer_hit):
            answer_hit = None
        if answer_hit is not None and _acknowledges(received) and _vague(body, answer_hit):
            answer_hit = None  # "we've got your application and will reach out in the coming days"
        if answer_hit is not None and not _asks_for_details(body):
            kind = Kind.ANSWER_DATE
        elif (test := _assessment(body)) is not None:
            kind = Kind.OTHER  # a test or an exercise to do: neither an interview nor an answer
            reader.note("kind", *test)
        elif (
            received
            and not n3
            and not REQUEST.search(body.folded)
            and not _missing_skill(body)
            and _required_unmet(body) is None
        ):
            kind = Kind.RECEIVED
            reader.note("kind", *received[0].span())
        elif (
            n3
            or _missing_skill(body)
            or first_cue(GENERIC_EXPERIENCE, body)
            or first_cue(CATEGORICAL, body)
        ):
            kind = Kind.REFUSAL
        elif _asks_for_details(body):
            kind = Kind.OTHER
        elif (negative := _sentence_with(body, NEGATIVE, ABOUT_APPLICATION)) is not None:
            # "Malheureusement, votre profil ne correspond pas" said another way.
            kind = Kind.REFUSAL
            reader.note("kind", *negative)
        elif (unmet := _required_unmet(body)) is not None:
            # "Unfortunately that spot requires a valid CDL Class A": what the post needs, with
            # regret, and nothing else said.
            kind = Kind.REFUSAL
            reader.note("kind", *unmet)
        elif not _set_aside(body) and (guess := second_opinion(body.folded)) is not None:
            # No rule decided: the model learned from the corpus is sure of another kind. Its
            # date is the message's own: the one day (with a time) ahead for an interview, the
            # first day or window ahead for an answer.
            kind = Kind(guess.kind)
            _note_learned(reader, guess.words)
            if kind is Kind.INTERVIEW:
                whole = re.match("", body.folded)
                assert whole is not None
                interview_at, interview_hit = _interview_moment(reader, hits, [whole])
            elif kind is Kind.ANSWER_DATE and ahead:
                learned_answer = ahead[0]
        else:
            kind = Kind.OTHER

    reason: RefusalReason | None = None
    months = None
    skill = None
    answer_by = None
    if kind is Kind.REFUSAL:
        reason, months, skill = _reason(reader, criteria, n3)
        if not criteria:
            criteria = []
    else:
        criteria = []
    if kind is Kind.ANSWER_DATE:
        answer_hit = _answer_hit(body, ahead, answers) or learned_answer
        if answer_hit is not None:
            first_day, answer_by, _ = reader.window(answer_hit)
            answer_by = _working_week_end(reader.phrase(answer_hit), first_day, answer_by, ref)
            reader.note("answer_by", answer_hit.start, answer_hit.end)
    if kind is Kind.INTERVIEW and interview_hit is not None and interview_at is not None:
        reader.note("interview_at", interview_hit.start, interview_hit.end)
    elif kind is not Kind.INTERVIEW:
        interview_at = None

    company, recruiter = _senders(reader, parts, sender)
    return Reading(
        kind=kind,
        reason=reason,
        months=months,
        skill=skill,
        criteria=tuple(criteria),
        answer_by=answer_by,
        interview_at=interview_at,
        company=company,
        recruiter=recruiter,
        sent_at=sent_at,
        evidence=tuple(reader.evidence),
    )


def _senders(
    reader: _Reader, parts: MessageParts, sender: str | None
) -> tuple[str | None, str | None]:
    """The company and the recruiter, their words noted as evidence."""
    body = reader.body
    recruiter, recruiter_line = read_recruiter(parts, body)
    if recruiter is None and sender and looks_like_person(sender):
        recruiter = humanise(sender)
    company, company_words = read_company(parts, body, recruiter_line, recruiter)
    if recruiter and company and alnum(recruiter) == alnum(company):
        company = None
    if company_words:
        reader.evidence.append(Evidence("company", company_words[:200]))
    if recruiter_line:
        reader.evidence.append(Evidence("recruiter", recruiter_line[:200]))
    return company, recruiter


# "On a gelé les recrutements deux semaines… on revient vers toi fin janvier": a pause with a
# date for the answer is a wait, not a refusal.
_PAUSE = re.compile(r"\b(?:gel|suspend|freez|froze|paus|on hold|hold)")
# "We'll reach out to the folks we'd like to meet", "les candidats que nous souhaitons
# rencontrer": an invitation to those chosen later, not to this candidate now.
_SELECTED_FEW = re.compile(
    r"\b(?:folks|people|candidates|applicants|those|ones|profiles|personnes|candidat\w*|profils|"
    r"ceux|celles)\s+(?:(?:that|who|whom|que|qu')\s*)?(?:we|nous|on|i|je)?\s*(?:'d|would|'ll|will)?"
    r"\s*$|"
    # "candidates whose qualifications best match the position will be contacted to schedule"
    r"\b(?:candidates|applicants|those|people|candidats|candidates|profils|personnes|ceux|celles)"
    r"\s+(?:whose|who|that|dont|qui)\b[^.;!?\n]{0,90}$"
)
# "Just to let you know where things stand": news now, not a promise of news.
_UPDATE_NOW = re.compile(
    r"\b(?:just|simply|wanted|want|quick note|short note|writing|juste|simplement|petit mot) "
    r"(?:to |pour )?$"
)


_LATEST = re.compile(
    r"(?:au plus tard|no later than|at the (?:very )?latest|dernier delai)(?:\s+(?:le|the))?\s*$|"
    r"(?:au plus tard|at the (?:very )?latest|dernier delai)\b"
)


_WEEK = re.compile(r"\b(?:semaine|week|weekend|week-end)\b")
_WEEKS_COUNTED = re.compile(
    r"\b(?:\d+|une|un|one|a|deux|two|trois|three|quatre|four|quelques|few|several|plusieurs|"
    r"couple of)\s+(?:\w+\s+)?(?:semaines?|weeks?)\b"
)


def _working_week_end(phrase: str, first: dt.date, last: dt.date, ref: dt.datetime) -> dt.date:
    """A recruiter's week is a working week: "la semaine prochaine", "by the end of the week"
    and "en fin de semaine" are answered by that week's Friday, not its Sunday. A span counted
    in weeks ("sous deux semaines") keeps its last day."""
    friday = last - dt.timedelta(days=2)
    words = fold(phrase)
    if (
        _WEEK.search(words)
        and not _WEEKS_COUNTED.search(words)
        and last.weekday() == 6
        and friday >= max(first, ref.date())
    ):
        return friday
    return last


# "La date limite de dépôt fixée au 15 janvier": the day applications close, not the answer's.
_DEADLINE_FOR_APPLYING = re.compile(
    r"\b(?:date limite|closing date|deadline|cloture des candidatures)\b(?: (?:de|du|des|for|of) "
    r"[\w' ]{0,25}?)?(?: (?:fixee?|est|is|set))?(?: (?:au|le|a|to|on|for))?\s*:?\s*$"
)
# "Passing it over to the hiring manager today": a day said for something else than the answer.
_TODAY_ALONE = re.compile(r"(?:today|aujourd'hui|ce jour)")


# The families whose cues, found but set aside (in a conditional, a denial, a newsletter...),
# mean the rules judged the message: the learned second opinion is not asked then.
_JUDGED = (REFUSAL, INVITATION, ANSWER, RECEIVED, DECISION, CATEGORICAL, OPENING_LATER, OFFER)


def _note_learned(reader: _Reader, words: tuple[str, ...]) -> None:
    """The learned kind's evidence: the clause of the message around the first of the words
    that weighed most that stands in a clause of a few words, else those words."""
    for word in words:
        found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", reader.body.folded)
        if found is not None and len(reader.body.clause(*found.span()).split()) >= 3:
            reader.note("kind", *found.span())
            return
    reader.evidence.append(Evidence("kind", " · ".join(words)))


def _set_aside(body: Body) -> bool:
    """Whether a cue was found in the message and the rules set it aside."""
    return any(body.cues(family) for family in _JUDGED)


def _acknowledges(received: list[re.Match[str]]) -> bool:
    """An acknowledgement of the application itself, not of a later document."""
    return any(
        re.search(r"candidat|application|applying|\bcv\b|resume|postul", m.group(0))
        for m in received
    )


def _vague(body: Body, hit: DateHit) -> bool:
    """ "Dans les prochains jours": a few days, said when no day is fixed."""
    return SOON.match(body.folded, hit.start) is not None


def _answer_hit(body: Body, hits: list[DateHit], answers: list[re.Match[str]]) -> DateHit | None:
    """The date or window the recruiter gives for their answer (not one already past)."""
    hits = [
        h
        for h in hits
        if not (
            _TODAY_ALONE.fullmatch(body.folded[h.start : h.end])
            and not re.search(
                r"(?:by|before|end of|avant|d'ici|fin de|fin d'|au plus tard)\s+(?:the\s+)?$",
                body.folded[max(0, h.start - 20) : h.start],
            )
        )
        and not _DEADLINE_FOR_APPLYING.search(body.folded, max(0, h.start - 45), h.start)
    ]
    # A promise to come back ("we'll be in touch by 8 January") before a bare noun said in a
    # sentence of its own with another day ("the three shortlisted paralegals", "our decision").
    promised = {
        body.sentence_start(m.start())
        for m in answers
        if not _BARE_ANSWER_NOUN.fullmatch(m.group(0))
    }
    first = [m for m in answers if body.sentence_start(m.start()) in promised]
    for group in (first, [m for m in answers if m not in first]):
        found = _answer_hit_of(body, hits, group)
        if found is not None:
            return found
    return None


def _answer_hit_of(body: Body, hits: list[DateHit], answers: list[re.Match[str]]) -> DateHit | None:
    # "La décision sera prise le jeudi 7 janvier. Je vous appellerai dans la foulée, et au plus
    # tard le vendredi 8 janvier": a day said as the latest, with a promise, is the answer's.
    for match in answers:
        for h in _near(body, hits, match.span()):
            if h.start > match.start() and _LATEST.search(
                body.folded, max(0, h.start - 25), h.start
            ):
                return h
    # "…la décision ne pourra être prise qu'à la réouverture. Nous vous apporterons une réponse
    # le lundi 4 janvier": a day said right after a promise is that promise's.
    close = [
        (h.start - match.end(), h)
        for match in answers
        for h in hits
        if 0 <= h.start - match.end() <= 30
        and not re.search(r"[.;!?\n]", body.folded[match.end() : h.start])
        and h.first == h.last
        and not _vague(body, h)
    ]
    if close:
        return min(close, key=lambda pair: pair[0])[1]
    for match in answers:
        near = _near(body, hits, match.span())
        if near:
            # The date said with the promise: the first after it, else the last before it.
            after = [h for h in near if h.start >= match.start()]
            latest = [
                h
                for h in after
                if _LATEST.search(body.folded, max(0, h.start - 25), h.start)
                or _LATEST.match(body.folded, h.end + 1, h.end + 25)
            ]
            if latest:
                return latest[0]  # "courant janvier, au plus tard le 15": the latest day said
            said = [h for h in near if not _vague(body, h)]
            if said and len(said) < len(near):
                near, after = said, [h for h in said if h.start >= match.start()]
            return after[0] if after else near[-1]
    return None


_BARE_ANSWER_NOUN = re.compile(
    r"shortlist\w*|(?:(?:a|our|the|final|notre|une|la|leur|sa|ma) )?decisions?"
)
_OR = re.compile(r"\b(?:ou|or)\b")
_TIMES_OFFERED = re.compile(
    r"\b\d{1,2}(?:[:h.]\d{2}|h)?\s*(?:am|pm)?\s+(?:ou|or)\s+(?:a\s+|at\s+)?\d{1,2}(?:[:h.]\d{2}|h|"
    r"\s*am|\s*pm)"
)
_ZONES = {
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "eastern": "America/New_York", "new york time": "America/New_York",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "gmt": "Europe/London", "bst": "Europe/London",
    "uk time": "Europe/London", "london time": "Europe/London", "heure de londres": "Europe/London",
    "utc": "UTC", "gmt+1": "Europe/Paris", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "paris time": "Europe/Paris",
    "heure de paris": "Europe/Paris", "central european time": "Europe/Paris",
    "french time": "Europe/Paris", "heure francaise": "Europe/Paris",
    "london": "Europe/London", "paris": "Europe/Paris", "heure de montreal": "America/Toronto",
    "heure du quebec": "America/Toronto", "heure de l'est": "America/Toronto",
    "heure normale de l'est": "America/Toronto", "montreal time": "America/Toronto",
    "toronto time": "America/Toronto", "heure de new york": "America/New_York",
    "eastern time": "America/New_York", "pacific time": "America/Los_Angeles",
    "heure du pacifique": "America/Los_Angeles", "heure de bruxelles": "Europe/Brussels",
    "brussels time": "Europe/Brussels", "heure de geneve": "Europe/Zurich",
    "heure de dubai": "Asia/Dubai", "dubai time": "Asia/Dubai",
    "singapore time": "Asia/Singapore", "heure de singapour": "Asia/Singapore",
}  # fmt: skip
# A time with its zone; a range's end ("10:00 – 11:30 CET") belongs to its start.
_ZONED = re.compile(
    r"\b(?P<h>\d{1,2})(?:\s?[:h.](?P<m>\d{2})|\s?h\b)?\s*(?P<ampm>am|pm)?(?:\s*(?:[-–]|to|a)\s*"
    r"\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm)?)?\s*,?\s*\(?\s*(?P<zone>"
    + "|".join(sorted(_ZONES, key=len, reverse=True)).replace(" ", r"\s")
    + r")\b"
)


def _interview_moment(
    reader: _Reader, hits: list[DateHit], invitation: list[re.Match[str]]
) -> tuple[dt.datetime | None, DateHit | None]:
    """The interview's day and time: the one named day with a time (several offered: none)."""
    if not invitation:
        return None, None
    start = reader.body.sentence_start(invitation[0].start())
    days = [h for h in hits if not h.window and h.end > start and h.last >= reader.ref.date()]
    if not days:
        days = [h for h in hits if not h.window and h.last >= reader.ref.date()]
    if not days:
        return None, None
    moved = [h for h in days if MOVED_TO.search(reader.body.folded, max(0, h.start - 30), h.start)]
    days = moved or days
    timed = [h for h in days if h.time is not None]
    if not timed:
        # "Va pour jeudi 14h alors. Je vous attends … À jeudi": the day said with its time earlier
        timed = [
            h for h in hits if not h.window and h.time is not None and h.last >= reader.ref.date()
        ]
        if len({(h.last, h.time) for h in timed}) != 1:
            timed = []
    distinct = {(h.last, h.time) for h in timed}
    if len(distinct) > 1:
        return None, timed[0]  # several slots offered: an interview, its moment not chosen yet
    chosen = timed[0] if timed else days[0]
    if re.match(
        r"[^.;!?\n]{0,25}?\b(?:(?:ou|or)\s+(?:a\s+|at\s+)?\d{1,2}\s?(?:h|:|am|pm)|between\b|"
        r"entre\b|"
        r"anytime|n'importe)",
        reader.body.folded[chosen.end : chosen.end + 40],
    ):
        return None, chosen  # "à 10h ou à 15h": the candidate chooses
    if _TIMES_OFFERED.search(reader.body.folded, max(0, chosen.start - 40), chosen.start):
        return None, chosen  # "would 10:00 or 14:00 on Wednesday suit?"
    if any(
        h is not chosen
        and (
            (0 <= h.start - chosen.end < 40 and _OR.search(reader.body.folded, chosen.end, h.start))
            or (
                0 <= chosen.start - h.end < 40
                and _OR.search(reader.body.folded, h.end, chosen.start)
            )
        )
        for h in hits
        if not h.window and h.last >= reader.ref.date()
    ):
        return None, chosen  # "lundi 14 après-midi ou mercredi 16 matin ?"
    first, last, time = reader.window(chosen)
    zoned = _zoned_time(reader, chosen)
    if time is None:
        # "Date : mardi 15 décembre" then "Heure : 14h30" on the next line.
        times = [t for pos, t in find_times(reader.body.folded) if 0 <= pos - chosen.end < 120]
        if len(set(times)) >= 1:
            time = times[0]
    if zoned is not None and first == last:
        # "Thursday at 3:00 PM (GMT / London time)": that moment, in the user's own time zone
        moment = dt.datetime.combine(last, zoned[0], tzinfo=zoned[1]).astimezone(reader.zone)
        return moment, chosen
    if time is None or first != last:
        return None, chosen
    return dt.datetime.combine(last, time, tzinfo=reader.zone), chosen


def _zoned_time(reader: _Reader, hit: DateHit) -> tuple[dt.time, dt.tzinfo] | None:
    """The first time given with a time zone near the day ("9:00 AM ET", "14h (heure de Paris)")."""
    folded = reader.body.folded
    # "Would 3pm Paris time on Friday 4 December work?": the zoned time just before the day
    before = [
        m
        for m in _ZONED.finditer(folded, max(reader.body.sentence_start(hit.start), hit.start - 40))
        if m.end() <= hit.start
        and re.fullmatch(r"[\s,]*(?:on|le|ce)?\s*", folded[m.end() : hit.start])
    ]
    for match in [*before, *_ZONED.finditer(folded, hit.start, hit.end + 80)]:
        name = match["zone"]
        said = reader.body.text[match.start("zone") : match.end("zone")]
        if name in ("et", "est") and said != name.upper():
            continue  # the French "et" or "est(-ce)", not Eastern Time
        hour, minute = int(match["h"]), int(match["m"] or 0)
        if match["ampm"] == "pm" and hour < 12:
            hour += 12
        elif match["ampm"] == "am" and hour == 12:
            hour = 0
        offset = _OFFSET.match(reader.body.folded, match.end("zone"))
        zone: dt.tzinfo = ZoneInfo(_ZONES[name])
        if offset is not None and name in ("utc", "gmt"):
            sign = -1 if offset["sign"] == "-" else 1
            zone = dt.timezone(
                sign * dt.timedelta(hours=int(offset["h"]), minutes=int(offset["m"] or 0))
            )
        if 0 <= hour < 24 and 0 <= minute < 60:
            return dt.time(hour, minute), zone
    return None


_OFFSET = re.compile(r"\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::(?P<m>\d{2}))?")


# "Your application to the Bilingual Customer Success role": a job's title, not a skill.
_JOB_TITLE = re.compile(r"\b(?:role|position|poste|job|vacancy|post)\s*$")
_APPLIED_TO = re.compile(
    r"\b(?:application|applying|applied|candidature|postule)\b[^.;!?\n]{0,30}\b(?:to|for|au|pour)"
    r"\b[^.;!?\n]*$"
)
# "The position of Bilingual Executive Assistant": a word of the job's title, not a skill.
_TITLE_BEFORE = re.compile(
    r"\b(?:position|role|poste|job|post|vacancy|offre) (?:of|de|d'|as)\s*"
    r"(?:(?!(?:demande|requiert|exige|necessite|attend\w*|implique|suppose|requires?|needs?|"
    r"calls|involves|demands|is|was|est|etait)\b)[\w'-]+\s+){0,4}$"
)
_LEVEL_IN_TITLE = re.compile(r"(?:bilingu\w*|fluent|native|courant|fluide)\b")
# "It was a pleasure to learn more about your background": interest, not a gap.
_CURIOUS = re.compile(
    r"\b(?:learn|learning|hear|hearing|know|knowing|discover|discovering|decouvrir|savoir|"
    r"connaitre|en apprendre|apprendre)\s+(?:a bit |a little |un peu )?$"
)


_COUNTS = ("n", "n3", "n4", "n5", "n6")
_NO_NEED = re.compile(r"\b(?:no need|pas (?:la )?peine|pas besoin|inutile)\b")


# What a requirement is followed by when the candidate lacks it: "…, ce qui n'est pas votre
# cas", "which we couldn't see on your CV", "que nous n'avons pas retrouvé dans votre parcours".
_GAP_TAIL = re.compile(
    r"\b(?:ce qui|ce que|chose qui|which|something|that)\b[^.;!?\n]{0,30}?\b(?:n'est pas "
    r"(?:encore |vraiment |tout a fait )?(?:votre|ton|le votre|le tien) cas|n'apparai\w+ pas|"
    r"ne ressort pas|"
    r"(?:vous|tu|nous|on|je) n'(?:avez|as|avons|a|ai) pas (?:encore )?(?:retrouve|vu|trouve|"
    r"identifie|constate)|(?:vous|tu) n'(?:avez|as) pas|(?:isn't|is not|wasn't|was not) (?:yet )?"
    r"(?:the case|something you|in your|on your|evident|apparent)|(?:we|i) (?:couldn't|could not|"
    r"didn't|did not|can't|cannot) (?:see|find|spot)|you (?:don't|do not|didn't|did not) "
    r"(?:yet )?(?:have|hold|show))"
)


def _required_gap(body: Body) -> re.Match[str] | None:
    """A requirement said, then said not met in the same sentence."""
    for match in cue_matches(REQUIRED_SKILL, body):
        end = body.sentence_end(match.end())
        if _GAP_TAIL.search(body.folded, match.end(), end):
            return match
    return None


def _missing_skill(body: Body, *, hypothetical_ok: bool = False) -> re.Match[str] | None:
    """The first missing-skill cue that is one: not interest in a background ("learn more
    about your background"), not the title of the job applied to; else a requirement said
    not met."""
    return _missing_skill_cue(body, hypothetical_ok=hypothetical_ok) or _required_gap(body)


def _missing_skill_cue(body: Body, *, hypothetical_ok: bool = False) -> re.Match[str] | None:
    return next(
        (
            m
            for m in cue_matches(MISSING_SKILL, body, hypothetical_ok=hypothetical_ok)
            if not _CURIOUS.search(body.folded, max(0, m.start() - 25), m.start())
            and not (
                _JOB_TITLE.search(m.group(0))
                and _APPLIED_TO.search(body.folded, max(0, m.start() - 40), m.start())
            )
            and not (
                _LEVEL_IN_TITLE.match(m.group(0))
                and _TITLE_BEFORE.search(body.folded, max(0, m.start() - 60), m.start())
            )
        ),
        None,
    )


def _reason(
    reader: _Reader, criteria: list[Criterion], n3: list[re.Match[str]]
) -> tuple[RefusalReason, int | None, str | None]:
    body = reader.body
    if n3:
        reader.note("reason", *n3[0].span())
        return RefusalReason.DISCRIMINATORY, None, None
    openings = _openings(body, hypothetical_ok=True)
    # A number of months said outright wins over a season or a quarter said elsewhere.
    counted = [m for m in openings if any(m.groupdict().get(k) for k in _COUNTS)]
    categorical = first_cue(CATEGORICAL, body)
    if categorical is not None and not (counted and _NO_NEED.search(categorical.group(0))):
        # "No need to reapply, we'll reach out": not final when a reopening is counted in months
        reader.note("reason", *categorical.span())
        return RefusalReason.CATEGORICAL, None, None
    # A post said to be planned gives no date: one said elsewhere ("en mars") gives it.
    dated = [m for m in openings if months_of(m, reader.ref.date()) is not None]
    later = next(iter(counted or dated or openings), None)
    skill_match = _missing_skill(body, hypothetical_ok=True)
    if later is not None and not (
        skill_match is not None
        and re.match(
            r"\b(?:recontact|reven|reprendre|get|reach|reapply|"
            r"apply|contact)",
            later.group(0),
        )
    ):
        reader.note("reason", *later.span())
        return RefusalReason.OPENING_LATER, months_of(later, reader.ref.date()), None
    for other in cue_matches(OTHER_OPENING, body):
        start = body.sentence_start(other.start())
        if FUTURE_ONLY.search(body.folded[start : body.sentence_end(other.end())]):
            continue
        if NO_OPENING.search(body.folded, start, other.start() + 1):
            continue
        reader.note("reason", *other.span())
        return RefusalReason.OTHER_OPENING, None, None
    required = [
        (m, s) for m in cue_matches(REQUIRED_SKILL, body) if (s := skill_of(body, m)) is not None
    ]
    if skill_match is None and required:
        skill_match = required[0][0]
    if skill_match is not None:
        skill = skill_of(body, skill_match)
        fuller = [s for _, s in required if skill is None or s.startswith(skill + " ")]
        skill = fuller[0] if fuller else skill  # "permis" said missing, "le permis B" required
        reader.note("reason", *skill_match.span())
        return RefusalReason.MISSING_SKILLS, None, skill
    generic = first_cue(GENERIC_EXPERIENCE, body)
    if generic is not None:
        reader.note("reason", *generic.span())
        return RefusalReason.MISSING_SKILLS, None, None
    lacking = _sentence_with(body, LACKING, SKILL_NOUN)
    if lacking is not None:
        reader.note("reason", *lacking)
        return RefusalReason.MISSING_SKILLS, None, None
    return RefusalReason.NONE, None, None


# "Nous avons été ravis de vous rencontrer", "it was great to meet you": a meeting past.
PAST_MEETING = re.compile(
    r"\b(?:ete|eu) (?:tres |vraiment |si |le )?(?:ravie?s?|heureu\w+|plaisir|content\w*|"
    r"enchante\w*|interesse\w*)\b[^.;!?\n]{0,25}$|"
    r"\b(?:was|were|been) (?:so |really |very )?(?:great|nice|lovely|good|a pleasure|pleased|glad|"
    r"happy|delighted)\b[^.;!?\n]{0,25}$|\b(?:enjoyed|loved)\b[^.;!?\n]{0,25}$|"
    # "Tout le monde a adoré te rencontrer", "merci pour votre participation au second entretien",
    # "thanks so much for coming in to meet the team"
    r"\b(?:a|avons|ai|ont|have|has|'ve) (?:tous |toutes |beaucoup |vraiment |bien |all |really )?"
    r"(?:adore|apprecie|aime|enjoyed|loved)\b[^.;!?\n]{0,25}$|"
    r"\b(?:merci|thanks|thank you|remercie\w*|grateful)\b[^.;!?\n,]{0,30}\b(?:participation|venue|"
    r"presence|passage|visite|coming|came|attending|taking part|d'etre (?:venue?s?|passee?s?)|"
    r"d'avoir (?:participe|rencontre|echange|pris le temps))\b[^.;!?\n,]{0,50}$"
)
# "déplacé au lundi 14 décembre": the moment an interview is moved to.
MOVED_TO = re.compile(
    r"\b(?:deplace|decale|reporte|avance|moved|rescheduled|postponed|pushed back|changed)\w* "
    r"(?:au|a|to|for|pour|on) (?:le )?$|\b(?:move|push|shift|decaler|deplacer|reporter) "
    r"(?:it|this|that|ca|le|la|l') ?(?:back )?(?:to|au|a|for|on) (?:le )?$"
)

# "Aucun poste n'est à pourvoir actuellement": openings denied, not offered.
NO_OPENING = re.compile(r"\b(?:aucune?|pas de|pas d'|no|none|not any)\b[^.;!?\n,]{0,40}$")

# A calendar's invitation: "When: Wednesday, December 2, 2026 9:00 AM-10:00 AM", "Date/heure :
# 10:00 - 10:30, vendredi 4 décembre 2026".
_CALENDAR = re.compile(
    r"(?m)^[ \t>*•-]*(?:when|quand|date/heure|date et heure|date & heure|date/time|date and time|"
    r"date & time|horaire|date/hora)\s*:"
)
# A newsletter or a job alert: its events are for every reader, not an invitation.
_BULLETIN = re.compile(
    r"\b(?:newsletter|lettre d'information|se desabonner|desabonnez-vous|unsubscribe|"
    r"vous recevez (?:cet|ce) (?:e-?mail|courriel|message) car vous (?:etes|vous etes) "
    r"(?:inscrite?|abonnee?))"
)

# A headhunter's first approach about a role the candidate never applied to.
OUTREACH = re.compile(
    r"\b(?:(?:un|une|l'un|l'une) de nos clients?|(?:one|some) of our (?:[\w-]+ )?clients|"
    r"pour (?:le compte d'"
    r")?un (?:de nos )?clients?|a client of ours|on behalf of (?:a|one of our) clients?)\b"
    r"|\b(?:a l'ecoute du marche|open to new (?:opportunities|roles)|ouverte? a (?:de nouvelles|"
    r"une nouvelle) opportunite|tell you about (?:a|an|this) (?:[\w-]+ )?(?:role|position|"
    r"opportunity))\b|\b(?:i'm|i am|we're|we are) "
    r"(?:partnering|working) with (?:a|an|one)\b|\b(?:j'accompagne|nous accompagnons|je travaille "
    r"avec|nous travaillons avec) (?:un|une) (?:[\w-]+ ){0,3}(?:client|entreprise|societe|"
    r"start-up|startup|scale-up|groupe|pme|eti)\b"
)

# A request for a document or a detail: the candidate has something to do, not to wait for.
REQUEST = re.compile(
    r"\b(?:please|kindly) (?:send|share|provide|complete|fill|upload|forward)\b|"
    r"\b(?:could|can|would) you (?:please )?(?:also )?(?:send|share|provide|complete|tell|confirm|"
    r"let)\b|\bplease could you\b|\b(?:we )?need (?:a (?:couple|few) (?:more|of) )?(?:more )?"
    r"details\b|"
    r"\b(?:merci de|pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|(?:est-ce que|est ce que) "
    r"(?:tu pourrais|vous pourriez|tu peux|vous pouvez)) (?:nous |me |m')?(?:bien vouloir )?"
    r"(?:[\w'-]+ )?"
    r"(?:envoyer|transmettre|indiquer|communiquer|completer|remplir|faire parvenir|preciser|"
    r"dire|renvoyer|faire suivre)\b|\b(?:peux-tu|pouvez-vous|pourriez-vous) (?:nous |me )?"
    r"(?:dire|preciser)\b|\b(?:pretentions salariales|salary expectations|"
    r"(?:duree de (?:votre|ton) )?preavis|notice period)\b|"
    # "Quick question before I put you forward", "deux petites questions avant de vous proposer"
    r"\b(?:questions?|precisions?) (?:rapides? )?(?:before|avant (?:de|d'|que))\b|"
    r"\b(?:are you|would you be|etes-vous|seriez-vous|es-tu|serais-tu) (?:open|willing|prepared|"
    r"ok|okay|happy|ouverte?|prete?|d'accord) (?:to|a|pour) (?:relocat\w*|move|travel|commute|"
    r"demenager|vous deplacer|travailler|work)\b|"
    r"\b(?:avez-vous|as-tu|do you (?:have|hold)|have you got) (?:le |un |une |a |the |your )?"
    r"(?:permis|vehicule|voiture|driving licen[cs]e|car|right to work)\b|"
    r"\b(?:a partir de quelle date|from what date|when could you start|quand pourriez-vous "
    r"(?:commencer|demarrer)|date de (?:prise de poste|demarrage|disponibilite))\b"
)

# A timeline that holds only if the candidate is selected, or that says silence means no ("si
# votre candidature est retenue, nous vous contacterons sous 15 jours", "if you don't hear from
# us within 3 weeks"): an acknowledgement, not a date for an answer.
CONDITIONAL_TIMELINE = re.compile(
    r"\b(?:si|s'il|if|should|en cas de|au cas ou|dans le cas ou)\b[^.;!?\n]{0,60}?\b(?:retenue?s?|"
    r"retient|retiennent|selectionnee?s?|shortlisted|selected|successful|suite favorable|"
    r"reponse positive|retour positif|correspond\w*|match\w*|meets?|fits?|interests? us|"
    r"shortlisted for|"
    r"interesse\w*|convien\w*|not contacted|"
    # the candidate's silence, not the recruiter's ("I'll chase if I haven't heard by then")
    r"n'avez pas|you (?:don't|do not|haven't|have not|did not|didn't|had not|hadn't|not) hear\w*|"
    r"pas de (?:nouvelles|reponse))\b|"
    r"\b(?:sans|faute de|en l'absence de) (?:nouvelles?|reponse|retour)\b|\bpasse ce delai\b|"
    r"\b(?:assume|consider)\b[^.;!?\n]{0,50}\bunsuccessful\b|"
    r"\bconsiderer?z?\b[^.;!?\n]{0,50}\bpas (?:ete )?retenue?\b|"
    r"\b(?:candidats|candidates|applicants|personnes|people|folks|those|profils) (?:que nous|"
    r"qu'on|we|that we) ?(?:souhait\w+|voudr\w+|aimer\w+|'d like|would like|want|wish) (?:to )?"
    r"(?:rencontrer|recevoir|meet|interview|voir|see)\b|"
    r"\b(?:dont (?:le profil|la candidature|le dossier)|(?:candidates|applicants|those) (?:who|"
    r"whose) "
    r"(?:are|have been|will be|applications? (?:are|is))) (?:[\w'-]+ )?(?:retenue?s?|shortlisted|"
    r"selected|"
    r"successful)\b"
)
# "Pour vous dire si vous êtes retenue", "to let you know if": a question the answer settles.
_ASKED = re.compile(
    r"\b(?:indiquer|dire|savoir|confirmer|preciser|informer|know|tell you|confirm|inform you)"
    r"(?: (?:vous|you))?\s*$"
)


# "Employers typically respond within 1-2 weeks": a habit, not a promise.
_HABIT = re.compile(
    r"\b(?:typically|generally|usually|normally|on average|in most cases|en general|"
    r"generalement|habituellement|en moyenne|dans la plupart des cas|d'ordinaire)\b"
)
# A test or an exercise the candidate is asked to do.
ASSESSMENT = re.compile(
    r"\b(?:(?:online |technical |coding |written )?(?:assessments?(?! (?:centre|center|day))|"
    r"tests? (?:en ligne|technique|"
    r"ecrit|de personnalite|psychotechniques?|de logique|de niveau|d'aptitudes?|de competences|"
    r"d'evaluation|de raisonnement|de connaissances)|"
    r"(?:aptitude|skills?|cognitive|ability|reasoning|numerical|verbal) tests?|"
    r"exercices? (?:technique|"
    r"pratique|ecrit|a (?:realiser|faire))|etude de cas|case study|coding challenge|"
    r"take-home|home assignment|questionnaire|quiz|personality test|psychometric|"
    r"video (?:interview )?(?:questionnaire|recording)|hirevue))\b"
)
_MAYBE = re.compile(
    r"\b(?:may|might|could|pourr\w+|peut-etre|eventuel\w*|si|if|thank you for|thanks for|merci "
    r"(?:pour|d'avoir)|after|apres|suite a|completed|attended|realise|passe)\b"
)


# "Nous serions heureux de vous proposer un échange à ce moment-là": a meeting some day.
_SOME_DAY = re.compile(
    r"\b(?:a ce moment-la|a ce moment la|le moment venu|at that (?:point|time)|when the time comes|"
    r"when (?:it|the role|the position) (?:opens|reopens))\b"
)


# "Il ne souhaite donc pas vous rencontrer": an invitation denied.
_NEGATED = re.compile(
    r"\b(?:ne|n')\s*(?:[\w']+\s+){0,3}(?:pas|plus|jamais)\s+(?:[\w']+\s+)?(?:ni\s+)?$|"
    r"(?:\bnot|n't|\bnever|\bunable to|\bno longer)\s+(?:[\w']+\s+){0,4}$"
)


def _some_day(body: Body, match: re.Match[str]) -> bool:
    start, end = body.sentence_start(match.start()), body.sentence_end(match.end())
    return bool(_SOME_DAY.search(body.folded, match.end(), end)) and start >= 0


def _with_later_opening(body: Body, match: re.Match[str]) -> bool:
    """ "We're expanding the team in six months and I'd love to talk then": a meeting tied to
    an opening to come."""
    start, end = body.sentence_start(match.start()), body.sentence_end(match.end())
    return any(start <= m.start() < end for m in _openings(body, hypothetical_ok=True))


def _to_assessment(body: Body, match: re.Match[str]) -> bool:
    """An invitation to a test ("we invite you to complete our online assessment")."""
    start, end = body.sentence_start(match.start()), body.sentence_end(match.end())
    return bool(ASSESSMENT.search(body.folded, match.start(), end)) and not INTERVIEW_NOUN.search(
        body.folded, start, end
    )


def _assessment(body: Body) -> tuple[int, int] | None:
    """A test or exercise asked for, not merely possible."""
    for match in ASSESSMENT.finditer(body.folded):
        start = body.sentence_start(match.start())
        if not _MAYBE.search(body.folded, start, match.start()):
            return match.span()
    return None


def _acknowledged_only(body: Body) -> bool:
    """An acknowledgement that mentions openings to come ("nous conservons votre CV")."""
    return not NEGATIVE.search(body.folded) and bool(cue_matches(RECEIVED, body))


def _conditional_timeline(body: Body, hit: DateHit) -> bool:
    start, end = body.sentence_start(hit.start), body.sentence_end(hit.end)
    after = body.sentence_end(min(len(body.text), end + 1))
    if _HABIT.search(body.folded, start, end):
        return True
    # The next sentence counts only when it says what silence means ("If you don't hear from us
    # by then…"): "If successful, the final round would be in December" is the step after the
    # answer, not a condition on it.
    return any(
        not _ASKED.search(body.folded, max(0, match.start() - 25), match.start())
        and (match.start() < body.sentence_end(hit.start) or _SILENCE.search(match.group(0)))
        for match in CONDITIONAL_TIMELINE.finditer(body.folded, start, after)
    )


_SILENCE = re.compile(
    r"n'avez pas|hear|pas de (?:nouvelles|reponse)|sans|faute|absence|passe ce delai|assume|"
    r"consider|not contacted"
)


_SLOT = re.compile(
    r"\b(?:disponibilites?|creneaux?|slots?|times?|availability|dates?|moment|convien\w*|"
    r"works best|"
    r"which of these|laquelle|lequel|celui qui|celle qui|"
    r"suits? you|works? for you|qui vous va|vous arrange)\b"
)


# "À partir de quelle date seriez-vous disponible pour une prise de poste": the day the job
# would start, not a slot to meet.
_START_DATE = re.compile(
    r"\b(?:prise de poste|start date|date de (?:debut|demarrage)|a partir de quelle date|"
    r"when could you start|commencer|demarrer|to start)\b"
)
# "Merci pour ces précisions sur votre préavis": a detail already given, not asked for.
_DETAIL_NOUN = re.compile(r"pretentions|salary|preavis|notice")
_THANKED = re.compile(
    r"\b(?:merci|thanks|thank you|bien recu|noted|note|received|reception)\b|\b(?:votre|your) "
    r"(?:retour|reply|answer|reponse)\b"
)


def _asks_for_details(body: Body) -> bool:
    """A request for documents or details, not for a slot to meet."""
    for match in REQUEST.finditer(body.folded):
        start, end = body.sentence_start(match.start()), body.sentence_end(match.end())
        given = _THANKED.search(body.folded, start, match.start())
        if _DETAIL_NOUN.match(match.group(0)) and given:
            continue
        if not _SLOT.search(body.folded, start, end) or _START_DATE.search(body.folded, start, end):
            return True
    return False


# "Pour un entretien" invites only with a moment ("nous reviendrons vers les candidats retenus
# pour un entretien d'ici le 20" announces an answer).
WEAK_INVITATION = Cues(
    r"\b(?:pour|pr|for) (?:un|une|a|an) (?:premier |premiere |first |second |seconde |deuxieme |"
    r"2e |"
    r"dernier |final |last )?(?:entretien|interview|rencontre|echange)\b",
    r"\b(?:next|final|last) (?:step|round|stage)\b|\b(?:prochaine|derniere|ultime) etape\b|"
    r"\betape (?:suivante|finale)\b",
    # "Pouvez-vous venir le 5/01 à 11h ?", "Let's move it to Monday at 9:30", "Does Wednesday at
    # 2pm work?": a moment proposed to meet.
    r"\b(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|pouvez vous|pourriez vous|can you|"
    r"could you|would you be able to) (?:[\w'-]+ ){0,2}(?:venir|passer|come|pop|drop)\b",
    r"\blet's (?:move|meet|say|do|make|pencil|book|schedule|plan|go for|speak|talk|chat)\b|"
    r"\b(?:pouvez[- ]vous|pourriez[- ]vous|merci de|je vous invite a) vous presenter\b|"
    r"\b(?:are you|would you be) (?:ok|okay|free|around|available) (?:for|on|at|this|next|"
    r"tomorrow)\b|"
    r"\b(?:je|on|nous) (?:vous|t'|te) (?:appelle|appellerai|appellerons|telephone|rappelle) "
    r"(?!pour (?:vous|te) (?:dire|donner))|\b(?:i'll|i will|we'll|we will) give you a "
    r"(?:call|ring|buzz)\b|\b(?:i'll|i will|we'll|we will) (?:call|ring|phone) "
    r"you\b(?! (?:back )?(?:to|with) (?:let|tell|give|share|an?|the|our|my) )|"
    r"\b(?:es-tu|etes-vous|tu es|vous etes|t'es) (?:ok|dispo|disponible|libre)s? (?:pour|le|ce|"
    r"demain)\b|"
    r"\b(?:can|could) you do (?:a |an )?(?:quick )?(?:call|chat|interview)\b|"
    r"\bpropose (?:qu'on|que nous|de) (?:dejeune|dejeunions|dejeuner|prenne|prenions|prendre|"
    r"se voie|nous voyions|voir|discute|discutions)\b|\b(?:lunch|coffee|dejeuner|cafe) "
    r"(?:ensemble|together)\b|"
    r"\b(?:on se voit|on se dit|(?:alors |donc )?on dit|disons|va pour|rendez-vous|rdv)\b|"
    r"\b(?:does|would|will|could) (?:[^\s?.!]+ ){1,8}(?:work|suit)\b[^?.!\n]{0,100}\?",
    r"(?<!\ble\x20)(?<!\bla\x20)(?<!\bles\x20)(?<!\bl')"
    r"\b(?:passe|passez|venez|viens) (?:me |nous )?(?:voir|demain|au|a l'|a la|ce|cet|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche)\b|\b(?:vous pouvez|tu peux|pouvez-vous|peux-tu) "
    r"(?:passer|venir)\b|\bcome (?:and )?(?:see|meet) (?:me|us)\b",
)
# "Ne manquerai pas de revenir vers vous", "n'hésitez pas": a negation that is a courtesy.
LITOTES = re.compile(
    r"(?:ne|n') ?(?:[\w']+ )?(?:pas |jamais )?(?:manqu|hesit|oubli|vous oubli|t'oubli)"
)

# "Vos disponibilités" asks for an interview only where one is named; so does "pouvez-vous me
# rappeler", a call back about anything.
AVAILABILITY = re.compile(r"vos disponibilites|your availability")
CALLBACK = re.compile(
    r"(?:pouvez-vous|pourriez-vous|merci de|can you|could you|please) (?:me |us )?"
    r"(?:rappeler|recontacter|call|ring)(?: back)?"
)
# "We invite you to complete a short, optional survey": not an interview.
_SURVEY = re.compile(
    r"\b(?:survey|sondage|enquete|self-identification|auto-identification|diversity|diversite)\b"
)
# "Deux petites questions avant de vous proposer un rendez-vous": an invitation still to come.
_BEFORE_INVITING = re.compile(r"\b(?:avant de|avant d'|before)\s+(?:[\w']+\s+){0,2}$")
# The recruiter has to move the meeting and gives no new moment yet.
MUST_MOVE = re.compile(
    r"\b(?:need|have|must|got|'ll have|will have|obliged|dois|devons|doit|vais devoir|"
    r"allons devoir|"
    r"suis oblige\w*|sommes oblige\w*|contraint\w*) (?:to |de |d')?(?:move|reschedule|postpone|"
    r"push back|shift|cancel|decaler|reporter|deplacer|annuler) (?:our|the|your|notre|votre|ton|"
    r"l'|le|la|ce|cet|cette|this)\s?(?:[\w-]+ ){0,2}(?:interview|call|chat|meeting|catch-up|"
    r"entretien|appel|echange|rendez-vous|rdv|visio|rencontre)\b"
)
INTERVIEW_NOUN = re.compile(
    r"\b(?:entretien|interview|echange|rencontre|call|chat|meeting|rendez-vous|rdv|appel|visio|"
    r"screening)\b"
)

# An automatic "out of office" reply says nothing of the application.
# "I need to move our call; I'll come back to you with a new time": no moment yet.
NO_NEW_TIME_YET = re.compile(
    r"\b(?:come back to you|get back to you|revien\w* vers (?:vous|toi)|te recontacte|vous "
    r"recontacte) (?:[\w'-]+ ){0,3}(?:with|avec|pour) (?:a |an |un |une |some |de |des )?(?:new|"
    r"nouveaux?|"
    r"nouvelles?|"
    r"autre) (?:time|slot|date|creneaux?|horaire|moment|option|disponibilite|proposition)s?\b"
)
AWAY = re.compile(
    r"\b(?:request|wish|decision|decided|chosen|asked) to withdraw (?:your|my|the) "
    r"(?:application|candidacy)\b|\b(?:retrait|desistement) de (?:votre|ta|ma) candidature\b|"
    r"\b(?:souhaitez|souhaites|souhait de|demande de|decision de|decide de|choisi de) retirer "
    r"(?:votre|ta|ma) "
    r"candidature\b|"
    r"\b(?:i am|i'm|i will be|i'll be|currently|je suis|je serai)\s+(?:currently\s+)?out of "
    r"(?:the )?office\b|^\W*out of (?:the )?office\b|\bautomatic reply\b|\bauto-?reply\b|"
    r"\breponse automatique\b|"
    r"\babsente? du bureau\b|\bje suis (?:actuellement )?absente?\b|\bi am (?:currently )?away\b"
)

# Sentences where two kinds of words meet: what no single phrase above says, said in a way
# of its own ("nous avons estimé que votre niveau technique restait un peu léger").
NEGATIVE = re.compile(
    r"\b(?:malheureusement|unfortunately|regret\w*|desole\w*|sorry|helas|afraid)\b|"
    r"\bne\b[^.;!?\n]{0,30}\b(?:pas|plus)\b|\b(?:not|n't|no longer)\b"
)
ABOUT_APPLICATION = re.compile(
    r"\b(?:candidature|profil|dossier|application|candidacy|profile|cv|resume|suite|"
    r"retenue?|selected|successful|forward|further|proceed\w*|progress\w*|offer)\b"
)
LACKING = re.compile(
    r"\b(?:manqu\w+|insuffisant\w*|pas assez|trop (?:juste|leger|limite)\w*|leger\w*|"
    # "votre parcours est encore un peu court pour ce niveau", "a little too junior"
    r"(?:un peu|trop|encore|bit|too|rather|still) (?:courte?|short|junior|jeune|recente?)|"
    r"limite\w*|lack\w*|insufficient|not enough|limited|stronger|deeper|"
    r"not (?:yet |quite )?at the level|en dessous|below (?:the|our))\b"
)
SKILL_NOUN = re.compile(
    r"\b(?:experience|competences?|connaissances?|maitrise|niveau|expertise|skills?|knowledge|"
    r"background|certification|diplome|qualification\w*|proficiency|fluency|savoir-faire)\b"
)


# The candidate's own time, not the post's: "as you are not due to sit it until next year".
_CANDIDATE_TIME = re.compile(
    r"\b(?:you are|you're|you will|you'll|vous etes|vous serez|tu es|tu seras)\b"
)


def _openings(body: Body, *, hypothetical_ok: bool = False) -> list[re.Match[str]]:
    """A later opening's cues, without those that time the candidate."""
    return [
        m
        for m in cue_matches(OPENING_LATER, body, hypothetical_ok=hypothetical_ok)
        if not _CANDIDATE_TIME.search(m.group(0))
    ]


_REGRET = re.compile(
    r"\b(?:malheureusement|unfortunately|sadly|regrettably|helas|desole\w*|sorry)\b"
)


def _required_unmet(body: Body) -> tuple[int, int] | None:
    """A skill the post requires, said with regret in the same sentence."""
    for match in cue_matches(REQUIRED_SKILL, body):
        start, end = body.sentence_start(match.start()), body.sentence_end(match.end())
        if _REGRET.search(body.folded, start, end) and skill_of(body, match) is not None:
            return match.start(), match.end()
    return None


def _sentence_with(
    body: Body, first: re.Pattern[str], second: re.Pattern[str]
) -> tuple[int, int] | None:
    """The span of the first sentence (not a hypothesis) where both kinds of words occur."""
    for match in first.finditer(body.folded):
        start, end = body.sentence_start(match.start()), body.sentence_end(match.end())
        if in_conditional(body, match.start()) or LITOTES.match(match.group(0)):
            continue
        if second.search(body.folded, start, end):
            return match.start(), match.end()
    return None
