"""A recruiter's message as pasted or forwarded, cut down to the words the recruiter wrote.

``split_message(text)`` turns what a candidate pastes (plain text, an email's HTML, Markdown
from a chat) into a ``MessageParts``: the forwarded header's sender and date when there is one,
the body of the first message only (a quoted thread, a reply's quote and an earlier forward are
cut off), and the signature apart from the body (the company and the recruiter's name are read
from it, the coaching cues never are). Disclaimers ("Ce message et ses pièces jointes sont
confidentiels...") are dropped. Every step is a plain rule over lines; no library is needed
for the shapes that mail clients produce (Gmail, Outlook, Apple Mail, Thunderbird, in French and
English).

``fold(text)`` lowercases and strips accents character by character, so an index in the folded
text is the same index in the text shown back as evidence.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, cast

from flows.first_names import is_first_name


class _LazyPattern:
    """A regular expression compiled on its first use, so that importing the reader compiles
    none (most of them serve only some messages, and the bot's start waits for the import)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance lacks: on first use, the compiled pattern's methods
        # become the instance's own, found as fast as a compiled pattern's afterwards.
        compiled = re.compile(self.pattern, self._flags)
        for method in _PATTERN_METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_PATTERN_METHODS = (
    "match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "flags",
    "groups", "groupindex",
)  # fmt: skip


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, deferred to the pattern's first use."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


# Longest text read: a long thread is cut to its first message anyway.
MAX_CHARS = 12_000

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\t"), " ")
_QUOTES = {ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'", ord("`"): "'"}


class _FoldTable(dict[int, str]):
    """One character in, one character out: lower case without its accent."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        folded = base.lower() if len(base) == 1 else char.lower()
        if len(folded) != 1:
            folded = char
        self[code] = folded
        return folded


_FOLD = _FoldTable({**_QUOTES})


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes made plain; same length as ``text``."""
    return text.translate(_FOLD)


_HTML_HINT = lazy_compile(
    r"<\s*/?\s*(br|p|div|html|body|span|table|td|tr|a|b|strong|i|em|blockquote|ul|ol|li|font|h\d)"
    r"(?:\s[^>]*)?/?>",
    re.I,
)
# Tags that lay out blocks: a text with none of them (only "<br>", "<b>", a link) is plain text
# with a few tags left in it, and its own line breaks are real.
_HTML_BLOCK = lazy_compile(
    r"<\s*/?\s*(p|div|html|body|table|td|tr|blockquote|ul|ol|li|h\d)(?:\s[^>]*)?/?>", re.I
)
_HTML_DROP = lazy_compile(r"<(head|style|script|title)\b.*?</\1\s*>", re.I | re.S)
_HTML_BREAK = lazy_compile(r"<\s*(br|/p|/div|/li|/tr|/h\d|/table|hr)\b[^>]*>", re.I)
_HTML_QUOTE = lazy_compile(r"<\s*blockquote\b[^>]*>", re.I)
_HTML_ITEM = lazy_compile(r"<\s*li\b[^>]*>", re.I)
_HTML_TAG = lazy_compile(r"<[^>]{0,2000}>")
_MD_LINK = lazy_compile(r"!?\[([^\]\n]{0,300})\]\([^)\s]{0,2000}\)")
_MD_EMPHASIS = lazy_compile(r"(\*{1,3}|_{2,3}|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_UNDERSCORE = lazy_compile(r"(?<![\w@.])_(?=\S)((?:[^_\n@]|\s@\s){1,200}?)(?<=\S)_(?![\w@])")
_MD_HEADING = lazy_compile(r"^\s{0,3}#{1,6}\s+", re.M)
_MD_CODE = lazy_compile(r"`{1,3}")


def to_plain(text: str) -> str:
    """HTML or Markdown made plain text; invisible characters and odd spaces normalised."""
    text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_SPACES)
    if _HTML_HINT.search(text):
        text = _HTML_DROP.sub(" ", text)
        if _HTML_BLOCK.search(text) or "\n\n" not in text:
            text = text.replace("\n", " ")
        text = _HTML_QUOTE.sub("\n> ", text)
        text = _HTML_ITEM.sub("\n- ", text)
        text = _HTML_BREAK.sub("\n", text)
        text = _HTML_TAG.sub("", text)
    text = html.unescape(text).translate(_SPACES).translate(_INVISIBLE)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_UNDERSCORE.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_CODE.sub("", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines).strip()


# Forwarded and quoted messages

_FORWARD_MARK = lazy_compile(
    r"^[-_=* ]*(message transf[ée]r[ée]|forwarded message|original message|message d'origine|"
    r"message original|mail transf[ée]r[ée]|e-?mail transf[ée]r[ée])[-_=* :]*$|"
    r"^(d[ée]but du message (r[ée]exp[ée]di[ée]|transf[ée]r[ée])|begin forwarded message|"
    r"forwarded message)\s*:?\s*$|^-{3,}\s*(forwarded|transf[ée]r[ée])\b.*$",
    re.I,
)
_HEADER = lazy_compile(
    r"^[*>\s]*(de|from|exp[ée]diteur|date|envoy[ée]( le)?|sent|objet|subject|sujet|[àa]|to|"
    r"destinataires?|cc|cci|bcc|reply-to|r[ée]pondre [àa])\s*:\s*(.*)$",
    re.I,
)
_SENDER_FIELDS = {"de", "from", "expediteur", "expéditeur"}
_DATE_FIELDS = {"date", "envoyé", "envoye", "envoyé le", "envoye le", "sent"}
_SUBJECT_FIELDS = {"objet", "subject", "sujet"}
_WROTE = lazy_compile(
    r"^(le|on|el|am)\b.{4,300}\b(a [ée]crit|wrote|escribi[óo]|schrieb)\s*:?\s*$", re.I
)
_WROTE_TAIL = lazy_compile(r"^.{0,120}\b(a [ée]crit|wrote)\s*:\s*$", re.I)
_RULE_LINE = lazy_compile(r"^[_\-=]{8,}$")
_SIGNATURE_MARK = lazy_compile(r"^(--|—|__|-- )$")
_CLOSING = lazy_compile(
    r"^(bien |tr[èe]s |tr[èe]s bien |sinc[èe]res |meilleures |mes meilleures |avec mes |"
    r"avec nos |nos |mes |best |kind |warm |warmest |many |"
    r"with (?:best |kind |warm |warmest |many |all good )?|all the |yours )?"
    r"(cordialement|cordiales salutations|[àa] vous|salutations|sentiments|respectueusement|"
    r"regards|wishes|sincerely|thanks|thank you|merci|cheers|best|amiti[ée]s|remerciements|"
    r"bonne journ[ée]e|belle journ[ée]e|bonne soir[ée]e|bonne continuation|bon courage|"
    r"belle continuation|bonne fin de journ[ée]e|belle fin de journ[ée]e|bonne semaine|"
    r"belle semaine|bonne fin de semaine|take care|speak soon|talk soon|good luck|"
    r"best of luck|sportivement|bises|sorry|d[ée]sol[ée]e?|encore merci|thanks again|"
    r"salutations distingu[ée]es|meilleures salutations|[aà] (?:tr[èe]s )?(?:bient[ôo]t|vite)|"
    r"cdt|cdlt|bien [àa] toi|bonne chance|bisous|bon week-?end|bonnes? f[êe]tes|"
    r"belles f[êe]tes|joyeuses f[êe]tes|all the best|have a (?:good|great|nice|lovely) "
    r"(?:day|weekend|week|evening|one)|[aà] ?\+|[aà] plus|(?:keep|stay) in touch|"
    r"merci (?:pour|de) (?:ta|votre) patience|thanks for (?:your patience|bearing with us)|"
    # The closings of a message in another language: German, Spanish, Italian, Portuguese, Dutch.
    r"(?:mit )?(?:freundlichen|besten|herzlichen|sch[öo]nen|viele|liebe|beste) gr[üu](?:ß|ss)en?|"
    r"freundliche gr[üu](?:ß|ss)e|(?:un )?(?:cordial )?saludos?(?: cordiales)?|atentamente|"
    r"cordialmente|un abrazo|(?:cordiali|distinti|cari) saluti|saluti|"
    r"(?:com os )?(?:melhores )?cumprimentos|atenciosamente|abra[çc]os?|"
    r"met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en|jes)?)"
    r"[\s,.!🙂😊]*$",
    re.I,
)
_DISCLAIMER = lazy_compile(
    r"^(ce (message|courriel|mail|e-mail|email)|le pr[ée]sent (message|courriel)|"
    r"this (e-?mail|message|communication)|the information (contained|in)|confidential|"
    r"confidentialit[ée]|avis de confidentialit|avertissement|disclaimer|"
    r"p ?pensez|pensez [àa] l'environnement|please consider the environment|"
    r"merci de penser|before printing|avant d'imprimer|"
    r"si vous (avez re[çc]u|n'[êe]tes pas le destinataire)|if you (have received|are not the)|"
    r"envoy[ée] (de|depuis) mon|sent from my|get outlook for|"
    r"(envoy[ée]|sent) (avec|with|via) \w+\s*$|"
    # A note on personal data under the signature: "Vos données personnelles sont traitées
    # conformément au RGPD", "Your personal data is processed in accordance with …".
    r"(vos|your) (donn[ée]es personnelles|personal data|personal information) (sont|is|are|will)|"
    r"conform[ée]ment au rgpd|in accordance with (the )?gdpr)",
    re.I,
)


@dataclass(frozen=True)
class Header:
    """What a forwarded header (or a pasted one) says."""

    sender_name: str | None = None
    sender_email: str | None = None
    date_text: str | None = None
    subject: str | None = None


@dataclass(frozen=True)
class MessageParts:
    """The parts of a pasted message that matter."""

    body: str
    signature: tuple[str, ...]
    header: Header
    forwarded: bool
    # The quoted messages below the first one, as pasted: where a short reply's company shows.
    quoted: str = ""


_ADDRESS = lazy_compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+")


def _sender(value: str) -> tuple[str | None, str | None]:
    """'Sophie Durand <sophie.durand@lumen.fr>' -> name, email."""
    email_match = _ADDRESS.search(value)
    email = email_match.group(0).lower() if email_match else None
    name = value
    if email_match:
        name = value[: email_match.start()] + value[email_match.end() :]
    name = re.sub(r"[<>\[\]()\"]|mailto:", " ", name)
    name = " ".join(name.split()).strip(" ,;:'")
    return (name or None), email


def _read_header(lines: list[str], start: int) -> tuple[Header, int]:
    """Reads header lines from ``start``; returns the header and the first body line."""
    fields: dict[str, str] = {}
    index = start
    seen = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            if seen and index + 1 < len(lines) and _HEADER.match(lines[index + 1]):
                index += 1
                continue
            if seen:
                break
            index += 1
            continue
        match = _HEADER.match(line)
        if not match:
            break
        name = match.group(1).lower()
        fields.setdefault(name, match.group(3).strip())
        seen += 1
        index += 1
    sender_name = sender_email = None
    for key in fields:
        if key in _SENDER_FIELDS:
            sender_name, sender_email = _sender(fields[key])
            break
    date_text = next((fields[k] for k in fields if k in _DATE_FIELDS), None)
    subject = next((fields[k] for k in fields if k in _SUBJECT_FIELDS), None)
    return Header(sender_name, sender_email, date_text, subject), index


def _quote_starts(lines: list[str], index: int) -> bool:
    """Does a quoted or earlier message start at this line?"""
    line = lines[index]
    if line.startswith(">") or _FORWARD_MARK.match(line) or _RULE_LINE.match(line):
        return True
    if _WROTE.match(line):
        return True
    if index + 1 < len(lines) and re.match(r"^(le|on)\b", line, re.I):
        joined = f"{line} {lines[index + 1]}"
        if _WROTE.match(joined) and len(line) < 200:
            return True
    match = _HEADER.match(line)
    if match and match.group(1).lower() in _SENDER_FIELDS:
        # An Outlook reply header: "De : X" then "Envoyé :", "Date :", "Objet :" close by.
        following = [_HEADER.match(other) for other in lines[index + 1 : index + 4]]
        return any(m and m.group(1).lower() not in _SENDER_FIELDS for m in following)
    return False


# Outlook writes this above the message replied to (and above a forwarded one).
_REPLY_MARK = lazy_compile(r"original message|message d'origine|message original", re.I)


def _is_a_message(lines: list[str]) -> bool:
    """Lines that are a message of their own, not a note above a forward ("FYI")."""
    worded = [line for line in lines if re.search(r"[^\W\d_]{3}", line)]
    return len(worded) >= 3 or sum(len(line) for line in worded) >= 120


# An invitation pasted between two rules (Teams, Zoom, Meet, Webex) inside the message: the
# message, signature and all, goes on below it.
_MEETING_BLOCK = lazy_compile(
    r"(?i:microsoft teams|\bteams meeting|r[ée]union teams|\bzoom\b|google meet|\bwebex\b)"
)


def _skip_meeting_block(lines: list[str], index: int) -> int | None:
    """The rule line closing a meeting invitation opened at this rule line, if there is one."""
    for end in range(index + 1, min(len(lines), index + 16)):
        if _RULE_LINE.match(lines[end]):
            inside = lines[index + 1 : end]
            return end if any(_MEETING_BLOCK.search(line) for line in inside[:3]) else None
    return None


def _cut_quotes(lines: list[str]) -> tuple[list[str], list[str]]:
    """The first message's lines, and the quoted lines below them."""
    index = 0
    while index < len(lines):
        if _RULE_LINE.match(lines[index]):
            end = _skip_meeting_block(lines, index)
            if end is not None:
                lines = lines[:index] + lines[end + 1 :]
                continue
        index += 1
    for index in range(len(lines)):
        if _quote_starts(lines, index):
            if (when := _appointment_at(lines, index)) is not None:
                # Outlook's "-----Original Appointment-----" under the message: the meeting's
                # own details ("Subject:", "When:", "Where:"), kept with the message; its
                # sender and its guests ("From:", "To:") dropped.
                return [*lines[:index], "", *lines[when:]], []
            return lines[:index], lines[index:]
    return lines, []


_APPOINTMENT_FIELD = lazy_compile(r"^(?:subject|objet|when|quand)\s*:", re.I)


def _appointment_at(lines: list[str], index: int) -> int | None:
    """Where an appointment's details start, when the header at this line opens a meeting sent
    with the message (its "When:" among the header's lines) rather than an earlier message."""
    head = lines[index : index + 7]
    if not any(re.match(r"^(?:when|quand)\s*:", line.strip(), re.I) for line in head):
        return None
    return next(i for i in range(index, index + 7) if _APPOINTMENT_FIELD.match(lines[i].strip()))


def _has_words(lines: list[str]) -> bool:
    return any(re.search(r"[^\W\d_]{3}", line) for line in lines)


# An automatic notice under the signature: "Ceci est un message automatique, merci de ne pas y
# répondre.", "* This is an automated notification from Workday. *"; not a message that is only
# that notice ("This is an automated message to confirm that we have received your application").
_NOTICE = lazy_compile(
    r"^\W*(this is an automated|ceci est un (message|e-?mail|courriel) automati(que|s[ée])|"
    r"(merci de )?ne pas (y )?r[ée]pondre|(please )?do not reply|replies to this|"
    r"this (mailbox|inbox|e-?mail address|address) is (not |un)monitored|"
    r"cette (adresse|bo[îi]te)( (e-?mail|mail|aux lettres))? n'est pas (consult[ée]e|relev[ée]e)|"
    r"(cet|ce) (e-?mail|message|courriel) (est|a [ée]t[ée]) (g[ée]n[ée]r[ée]|envoy[ée]) "
    r"automatiquement)",
    re.I,
)
_NOTICE_SAYS = lazy_compile(r"(?i:candidature|application|re[çc]u|received|confirm)")


def _drop_disclaimers(lines: list[str]) -> list[str]:
    """Drops each paragraph that opens like a legal disclaimer."""
    kept: list[str] = []
    skipping = False
    for line in lines:
        if not line.strip():
            skipping = False
            kept.append(line)
            continue
        notice = _NOTICE.match(line) and not _NOTICE_SAYS.search(line) and len(line) <= 160
        if _DISCLAIMER.match(line) or notice:
            skipping = True
        if not skipping:
            kept.append(line)
    return kept


_DETAIL_LINE = lazy_compile(
    r"^[^\w]*(date|jour|heure|horaire|lieu|adresse|time|when|where|location|quand|o[uù]|"
    r"lien|link|format|dur[ée]e|duration|avec|with)\b",
    re.I,
)


_CLOSING_WORDS = _CLOSING.pattern[1:].split(r"[\s,.!")[0]
_INLINE_CLOSING = lazy_compile(
    _CLOSING_WORDS + r"(?:\s+distingu[ée]es|\s+les meilleures|\s+cordiales)?\s*[,.!]*\s+", re.I
)
_SENTENCE_END = lazy_compile(
    r"(?<!\b[A-Z])[.!?…]+\s+|(?<=\b[A-Z])[!?…]+\s+|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*"
)
_NOT_A_SIGNATURE = lazy_compile(
    r"\b(?:vous|votre|vos|tu|ton|ta|te|nous|notre|nos|je|j'|me|moi|you|your|we|our|us|i|me|my|"
    r"please|merci de|n'h[ée]sitez|feel free|let me|let us|hope|looking forward|is|are|was|will|"
    r"est|sont|sera|serons)\b|\d|[?:;]$",
    re.I,
)


def _inline_signature(line: str) -> tuple[str, list[str]] | None:
    """A sign-off on the message's last line: "… Cordialement, Sophie Durand, Lumen Conseil",
    "… Thanks! Anna", "… Belle journée, Claire Dumas – Talentis". The tail after the last
    sentence is a signature when it is short, opens with a closing formula or follows a
    sentence, and speaks to no one (no "vous", no verb of a sentence)."""
    text = line.rstrip().rstrip('"»”')  # a message quoted whole by a job board
    if not text or text[-1] in ".!?:;,":
        return None
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if end.end() < len(text):
            start = end.end()
    tail = text[start:]
    closing = _INLINE_CLOSING.match(tail)
    if closing:
        tail = tail[closing.end() :]
    elif start == 0:
        return None
    tail = tail.strip(" -–—,")
    words = tail.split()
    # A number at the end of the company's piece is its département ("– Assist'Domicile 95"),
    # or the city's district ("– The Lantern Kitchen, Paris 11e").
    checked = re.sub(
        r"(\s[|–—-]\s.+|,\s[A-ZÀ-Þ][\w' -]+)\s(?:\d{1,3}|\d{1,2}(?:e|er|eme|ème)|\d{5})$",
        r"\1",
        tail,
    )
    if not words or len(words) > 10 or len(tail) > 110 or _NOT_A_SIGNATURE.search(checked):
        return None
    if _closing_line(tail):
        return None  # "… pour cette fois. Bonne soirée": a closing, no one signs
    if not (tail[:1].isupper() or tail[:2] in ("L'", "d'")):
        return None
    pieces = [p.strip() for p in re.split(r",\s+|\s+[|–—-]\s+|\s+de chez\s+", tail)]
    kept = (text[:start] + (closing.group(0).strip() if closing else "")).rstrip()
    return kept, [p for p in pieces if p]


# A message typed in one run, with no stop: "… je ne vous oublie pas bonne soirée Fabien Marchetti
# Métallerie Marchetti", "… je garde votre CV bonne journée Nadine Roux". After the last closing
# words, a known first name and its surname sign, and capitalised words after them are the
# company.
_RUN_ON_CLOSING = lazy_compile(
    r"(?i:\b(?:bonne (?:journ[ée]e|soir[ée]e|fin de journ[ée]e|continuation)|cordialement|merci|"
    r"[àa] bient[ôo]t|bien [àa] vous|best regards|regards|thanks|cheers))[\s,]+(?=[A-ZÀ-Þ])"
)
_SMALL_WORDS = {"de", "du", "des", "la", "le", "les", "et", "&", "of", "the", "and", "d'", "l'"}


def _run_on_signature(text: str) -> tuple[str, list[str]] | None:
    closings = [m for m in _RUN_ON_CLOSING.finditer(text) if len(text) - m.end() <= 110]
    if not closings:
        return None
    rest = text[closings[-1].end() :].strip()
    words = rest.split()
    if not 2 <= len(words) <= 8 or not is_first_name(fold(words[0])):
        return None
    if not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words[:2]):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return None
    if _NOT_A_SIGNATURE.search(" ".join(w for w in words if not w.isdigit())):
        return None
    person, company = " ".join(words[:2]), " ".join(words[2:])
    return text[: closings[-1].end()].rstrip(" ,"), [person, company] if company else [person]


_TEAM_SIGNS = lazy_compile(
    r"^(?:[Ll]'[ée]quipe|[Ll]es [ée]quipes|[Tt]he [\w&' -]{2,40} [Tt]eam|[Tt]eam )\b[^.!?]*$"
)


def _split_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    """The body, and the signature lines after the closing ("Cordialement,") or a "--"."""
    body, signature = _split_lines(lines)
    if signature or not body:
        return body, signature
    # A platform's footer below the last line is not the recruiter's ("– Derek" above "View
    # message on Indeed").
    last = max(
        (i for i, line in enumerate(body) if line.strip() and not is_footer(line)),
        default=-1,
    )
    if last < 0:
        return body, signature
    # A team signs on its own line near the end, with no closing above it ("L'équipe Marque
    # employeur" over "Groupe Vernet"): the signature starts there.
    for index in range(last, max(last - 3, 0) - 1, -1):
        above = body[index - 1] if index > 0 else "."
        team = _TEAM_SIGNS.match(body[index].strip()) and len(body[index].strip()) <= 60
        if team and index > 0 and (not above.strip() or re.search(r"[.!?:]\s*$", above)):
            return body[:index], [line for line in body[index : last + 1] if line.strip()]
    inline = _inline_signature(body[last]) or _run_on_signature(body[last].rstrip())
    if inline is None:
        return body, signature
    kept, pieces = inline
    return [*body[:last], kept], pieces


# A wish that closes the message, said at more length: "Bonne chance pour la suite", "Belle
# suite à toi", "Good luck with your search", "All the best for the future".
_WISH = lazy_compile(
    r"^(?:bonne chance|bon courage|bonne continuation|belle continuation|belle suite|bonne suite|"
    r"good luck|best of luck|all the best|best wishes)\b[^.?;:]{0,50}[\s.!]*$"
    # A season's wish closes as well: "Bonne fête de fin d'année", "Belle année 2027", "Joyeux
    # Noël", "Happy holidays", "Season's greetings".
    r"|^(?:bonnes? f[êe]tes?|belles? f[êe]tes?|joyeuses f[êe]tes|joyeux no[ëe]l|"
    r"(?:tr[èe]s )?(?:bonne|belle|heureuse) (?:ann[ée]e|fin d'ann[ée]e)|meilleurs v[œo]e?ux|"
    r"happy (?:holidays|new year)|merry christmas|season'?s greetings|bon r[ée]veillon|"
    r"passez? (?:de )?(?:bonnes|belles|joyeuses) f[êe]tes|"
    r"have an? (?:good|great|nice|lovely|wonderful|happy|fantastic|restful) \w+|"
    r"plein de (?:bonnes choses|courage|r[ée]ussite)|all good things)"
    r"\b[^.?;:]{0,40}[\s.!]*$",
    re.I,
)


def _closing_line(line: str) -> bool:
    """ "Cordialement,", "Bonne continuation 🚀", "Bises et bonne journée", "Merci et bonne
    soirée": a closing formula alone, or two joined; a paragraph that ends on the formal French
    closing ("… et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.")."""
    closing = _without_symbols(line).strip()
    if _CLOSING.match(closing) or _FORMAL_CLOSING.match(closing) or _WISH.match(closing):
        return True
    if _FORMAL_TAIL.search(closing):
        return True
    pieces = re.split(r"\s+(?:et|and|&)\s+|,\s+|\s+/\s+", closing)
    return len(pieces) > 1 and all(_CLOSING.match(piece) for piece in pieces)


# "Cheers, Dana", "Best, Oliver Grant", "Cordialement, Sophie Durand – Lumen": a closing and the
# signer on one line.
_CLOSING_THEN_NAME = lazy_compile(r"^(?P<closing>[^,]{2,40}?),\s+(?P<rest>[A-ZÀ-Þ][^,]{1,80})$")


# What a calendar's or a job board's buttons say.
_BUTTON = (
    r"accept|accepter|decline|d[ée]cliner|refuser|tentative|maybe|peut-[êe]tre|yes|no|oui|non|"
    r"annuler|cancel|reprogrammer|reschedule|replanifier|r[ée]pondre|reply|respond|signaler|"
    r"report|rsvp|join|rejoindre|modifier|edit|change|propose|proposer|more options|"
    r"plus d'options|view|voir|unsubscribe|manage|g[ée]rer|se d[ée]sinscrire|d[ée]sinscription"
)
# What a job board or an applicant-tracking system prints under the recruiter's signature: why
# the mail came, how to reply or stop it ("You are receiving this email because you applied…",
# "Reply on Indeed · Report this message", "Manage your data · Unsubscribe").
_PLATFORM_FOOTER = lazy_compile(
    r"^\W*(?:you(?: are|'re) receiving|vous recevez|you received this|"
    r"(?:this|cet?) (?:e-?mail|message|courriel) (?:was|a [ée]t[ée]) (?:sent|envoy[ée])|"
    r"(?:message |e-?mail )?(?:sent|envoy[ée]e?) (?:via|with|by|from|avec|par|depuis)|powered by|"
    r"propuls[ée] par|"
    r"reply (?:on|via|in)|r[ée]pondre (?:sur|via|dans)|report this|signaler|unsubscribe|"
    r"(?:se )?d[ée]sabonner|d[ée]sinscri|manage (?:your|my|alerts|preferences|notifications)|"
    r"g[ée]rer (?:mes|vos|les)|suivre mes|view (?:our|the) privacy|privacy (?:policy|notice)|"
    r"politique de confidentialit[ée]|to stop receiving|pour ne plus recevoir|"
    r"(?:indeed|linkedin|hellowork|welcome to the jungle) (?:never|ne vous)|"
    r"(?:invitation|invited) (?:from|de|via) google|invitation de google|"
    r"view (?:the )?(?:message|application|job|conversation)|"
    r"voir (?:le message|la candidature|l'offre|la conversation)|r[ée]pondre\s*[|·•]|"
    r"reply\s*[|·•]|\w+ (?:vous envoie|sends you) (?:cet?|this)|"
    # A row of buttons, a question ahead of them or not: "Accept | Tentative | Decline", "Besoin
    # de modifier l'événement ? Annuler | Reprogrammer", "Répondre à l'employeur | Signaler".
    r"(?:[^|?\n]{0,80}\?\s*)?(?:"
    + _BUTTON
    + r")\b[^|·•\n]{0,30}(?:\s*[|·•]\s*(?:"
    + _BUTTON
    + r")\b[^|·•\n]{0,30})+$)",
    re.I,
)


_FOR_EMPLOYER = lazy_compile(
    r"(?i:\bon behalf of|\bpour le compte d)|"
    r"(?i:\b(?:sent|envoy[ée]e?)\s+(?:via|depuis|par|with|from|by)\s+\w+\s+(?:pour|for))\s+"
    r"(?!(?i:android|iphone|ipad|ios|windows|mac)\b)[A-ZÀ-Þ]"
)


def is_footer(line: str) -> bool:
    """A platform's footer line; not one that names the employer it sends for ("Sent via
    Teamtailor on behalf of Galeries Lafayette")."""
    return bool(_PLATFORM_FOOTER.match(line)) and not _FOR_EMPLOYER.search(line)


def _footer_only(lines: list[str]) -> bool:
    """Lines that are only a platform's footer, none written by the recruiter."""
    worded = [line for line in lines if line.strip()]
    return bool(worded) and all(map(is_footer, worded))


def _split_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    body, signature = _split_at_closing(lines)
    while len(signature) > 2 and is_footer(signature[-1]):
        signature = signature[:-1]  # a platform's footer under the recruiter's signature
    if _footer_only(signature) or not signature:
        # Only a platform's footer below the closing or the "--": the recruiter signed above it.
        end = len(lines)
        while end and (not lines[end - 1].strip() or is_footer(lines[end - 1])):
            end -= 1
        if _has_words(lines[:end]):
            above, signed = _split_at_closing(lines[:end])
            # With no signature at all, only a name signed alone above the footer ("— Liam").
            alone = len(signed) == 1 and re.fullmatch(
                r"[-–—]?\s*[A-ZÀ-Þ][\w'-]+(?: [A-ZÀ-Þ][\w'-]+)?", signed[0].strip()
            )
            if signed and (signature or alone):
                return above, signed
            if signature:
                return lines[:end], []  # read for a signature on its last line
    return body, signature


def _split_at_closing(lines: list[str]) -> tuple[list[str], list[str]]:
    for index, line in enumerate(lines):
        if _SIGNATURE_MARK.match(line.strip()):
            below = [s for s in lines[index + 1 :] if s.strip()]
            if below:
                return lines[:index], below
            # A mark above nothing (its footer dropped, "Sent with Teamtailor"): the signature
            # is read above it.
            lines = lines[:index]
            break
    filled = [i for i, line in enumerate(lines) if line.strip()]
    opening = filled[0] if filled else -1
    for index in range(len(lines) - 1, -1, -1):
        # "Happy new year Sienna!" above the message is a greeting, not its closing; so are
        # "Meilleurs voeux pour 2027 !" under "Bonjour Maël," and the sentences that follow.
        wish = index in filled[1:2] and any(
            len(line) > 80 and len(_LOWER_WORD.findall(line)) >= 8 for line in lines[index + 1 :]
        )
        if (
            _closing_line(lines[index])
            and (index != opening or index == len(lines) - 1)
            and not wish
        ):
            rest = [s for s in lines[index + 1 :] if s.strip()]
            return lines[: index + 1], rest
        joined = _CLOSING_THEN_NAME.match(_without_symbols(lines[index]).strip())
        if (
            joined
            and len(lines) - index <= 6
            and _CLOSING.match(joined.group("closing"))
            and not _NOT_A_SIGNATURE.search(joined.group("rest"))
        ):
            rest = [s for s in lines[index + 1 :] if s.strip()]
            return [*lines[:index], joined.group("closing") + ","], [joined.group("rest"), *rest]
    # No closing: a short tail of lines that are not sentences (a name, a company).
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    index = len(lines)
    while index > 0 and len(lines) - index < 6:
        line = lines[index - 1].strip()
        if not line:
            index -= 1
            continue
        if (
            len(line) > 80
            or (re.search(r"[.!?;:,]\s*$", line) and not _LEGAL_DOT.search(line))
            or re.search(r"\s(vous|you|we|nous)\s", line)
            or _DETAIL_LINE.match(line)
            or _LOWER_SENTENCE.match(line)
            or _SPOKEN.search(line)
            or _closing_line(line)
            or len(_LOWER_WORD.findall(re.split(r"\s[|–—]\s", line)[0])) >= 6
        ):
            break
        index -= 1
    if 0 < index < len(lines) and _has_words(lines[:index]):
        return lines[:index], [s for s in lines[index:] if s.strip()]
    return lines, []


# A company's legal form abbreviated at the end of its line ("Boiseries Gagné inc.", "Harwood
# & Co.", "Marston Ltd."): no sentence ends there.
# A surname by its initial ends a signer's line the same way: "Rachid B.".
_LEGAL_DOT = re.compile(
    r"\s(?i:inc|ltd|ltée|ltee|co|corp|cie|bros|s\.a|s\.a\.s)\.$|^[A-ZÀ-Þ][\w'-]{2,20}\s[A-Z]\.$"
)


# "Keep in touch et on se croise sûrement à un meetup": many words in lower case make a
# sentence; a signature's line names (a public body's "de la fonction publique territoriale").
_LOWER_WORD = lazy_compile(
    r"(?<![\w'’-])(?!(?:de|des|du|la|le|les|et|en|sur|d|l|of|the|and|for|to|in|à|au|aux)\b)"
    r"[a-zà-ÿ][\w'’-]*"
)
# "le poste est pourvu, merci": a sentence typed in lower case, not a signature's line.
_LOWER_SENTENCE = lazy_compile(r"^[a-zà-ÿ][\w'’-]*(?:\s+[\w'’,-]+){2,}$")
# "Dis moi si c'est ok", "Let me know": a line that speaks to someone, not a signature's line.
_SPOKEN = lazy_compile(r"(?i:\b(?:moi|toi|me|let me|let us|je|tu|you|your|dis|dites)\b)\s+\S")
# The formal French closing, a sentence of its own: "Veuillez agréer, Madame, l'expression de mes
# salutations distinguées.", "Je vous prie de croire, Maître, en mes sentiments les meilleurs."
_FORMAL_CLOSING = lazy_compile(
    r"^(?:(?:je|nous) vous (?:prie|prions)|veuillez|recevez|croyez|je vous adresse|"
    r"nous vous adressons)\b.{0,160}\b(?:salutations|sentiments|consid[ée]ration|respect|"
    r"meilleurs)\b[^.!?]{0,40}[.!]?$",
    re.I,
)


# The formal closing at the end of a longer sentence: "Nous vous remercions de votre intérêt et
# vous prions d'agréer, Madame, l'expression de nos salutations distinguées."
_FORMAL_TAIL = lazy_compile(
    r"\b(?:vous (?:prie|prions)|veuillez)\s+(?:de |d')?(?:agr[ée]er|recevoir|croire)\b"
    r"[^.!?]{0,160}\b(?:salutations|sentiments|consid[ée]ration|respect)\b[^.!?]{0,40}[.!]?$",
    re.I,
)


def _attribution(line: str) -> Header | None:
    """ "Le lun. 7 déc. 2026 à 09:40, Arnaud Péron <arnaud@sensorea.fr> a écrit :" read as a
    header: the date, the sender's name and address."""
    match = _WROTE.match(line.strip())
    address = _ADDRESS.search(line)
    if not match or not address:
        return None
    before = line[: address.start()].rstrip(" <[(\"'")
    name = re.search(r"((?:[A-ZÀ-Þ][a-zà-ÿ'’.-]+\s+){0,3}[A-ZÀ-Þ][a-zà-ÿ'’-]+)$", before)
    date_text = before[: name.start()] if name else before
    date_text = re.sub(r"^\s*(le|on|el|am)\b", "", date_text, flags=re.I).strip(" ,")
    return Header(
        sender_name=name.group(1) if name else None,
        sender_email=address.group(0).lower(),
        date_text=date_text or None,
    )


def _without_symbols(line: str) -> str:
    """A signature line without its emoji and pictographs ("Bea 🌸")."""
    kept = "".join(
        c for c in line if unicodedata.category(c) not in ("So", "Sk", "Cs", "Co", "Cn", "Mn")
    )
    return " ".join(kept.split())


def _note_above_header(lines: list[str]) -> int | None:
    """Where an Outlook header starts below a short note ("Pour info, entretien calé !", a rule,
    then "De : … Envoyé : … Objet : …"): the note forwards the message below it."""
    for index in range(len(lines)):
        if not _quote_starts(lines, index):
            continue
        start = index
        if _RULE_LINE.match(lines[index]):
            start = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), index)
        match = _HEADER.match(lines[start])
        if not match or match.group(1).lower() not in _SENDER_FIELDS:
            return None
        following = [_HEADER.match(other) for other in lines[start + 1 : start + 4]]
        if not any(m and m.group(1).lower() not in _SENDER_FIELDS for m in following):
            return None
        return None if _is_a_message(lines[:index]) else start
    return None


# The head of a calendar's invitation pasted under a message: its subject and its time ("Subject:
# …" over "When: …", "Invitation : Entretien … @ mar. 15 déc. 2026 10:00", "Quand : jeudi …").
_INVITATION_HEAD = lazy_compile(
    r"^(?:invitation(?: mise [àa] jour| updated)?\s*:.*@|updated invitation\s*:.*@|"
    r"(?:subject|objet|sujet|event|[ée]v[ée]nement|when|quand)\s*:)",
    re.I,
)
_INVITATION_TIME = lazy_compile(r"^(?:when|quand|date|heure|time)\s*:", re.I)
_SHORT_RULE = lazy_compile(
    r"^[-_=*]{3,}(?:\s*(?:original\s+)?(?:invitation|meeting|r[ée]union|appointment|rendez-vous)"
    r"\s*[-_=*]*)?$",
    re.I,
)


def _invitation_below(lines: list[str]) -> int | None:
    """Where a calendar's invitation starts below the message's words, or None."""
    for index, line in enumerate(lines):
        head = line.strip()
        if not _INVITATION_HEAD.match(head) or not _has_words(lines[:index]):
            continue
        timed = head.endswith(")") and "@" in head
        if not timed and not any(
            _INVITATION_TIME.match(o.strip()) for o in lines[index : index + 4]
        ):
            continue
        start = index
        while start > 0 and (not lines[start - 1].strip() or _SHORT_RULE.match(lines[start - 1])):
            start -= 1
        return start if start < index or not lines[index - 1].strip() else None
    return None


# A professional network's headline: "Talent Acquisition Lead – Osprey Freight", "Founder at
# Pebble Studio", "Senior Talent Partner at Northgate Search".
_HEADLINE = re.compile(r"\S.*(?:\s(?:at|chez|@|[|–—-])\s|@)\S")
# What a network prints after its member's name: the degree of connection, the time ("Anthony
# Mercier · 1er", "Priya Ramanathan · 2nd", "Tom Hale · Fri 13:24").
_NETWORK_MARK = re.compile(
    r"\s+[·•]\s+(?:\d+(?:er|re|e|st|nd|rd|th)\+?|[^·•]{0,20}\d{1,2}[:h]\d{2}(?:\s?[AaPp][Mm])?)$"
)
# A chat's time stamp under the headline: "· 2:27 PM", "14:05", "Fri 13:24".
_CHAT_TIME = re.compile(
    r"^[·•]?\s*(?:[^\W\d_]{2,9}\.?,?\s+)?\d{1,2}[:h]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$"
)


_NAME_AND_HEADLINE = re.compile(
    r"^(?P<n>[A-ZÀ-Þ][\w'-]+(?: [A-ZÀ-Þ][\w'-]+){1,2})\s+[·•|]\s+(?P<h>[^·•|\n]{4,80})$"
)


def _profile_head(body: list[str], signature: list[str]) -> tuple[list[str], list[str]]:
    """A message from a professional network opens on its writer's profile: the name, then the
    headline ("Nikhil Bose" over "Talent Acquisition Lead – Osprey Freight"), and is signed by
    the same name, or by no one. The headline is the signature's."""
    lines = [line.strip() for line in body]
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return body, signature
    # The name and the headline on one line: "Léa Moreau · Talent Partner @ Quillo".
    one_line = _NAME_AND_HEADLINE.match(lines[first])
    if one_line and not signature and is_first_name(fold(one_line.group("n").split()[0])):
        head, headline = one_line.group("n"), one_line.group("h")
        if _HEADLINE.match(headline) and len(lines) > first + 1:
            body = [*body[:first], head, headline, *body[first + 1 :]]
            lines = [*lines[:first], head, headline, *lines[first + 1 :]]
    name = _NETWORK_MARK.sub("", lines[first])
    if signature:
        signer = signature[0].strip()
        if not (name == signer or (name.split()[0] == signer and len(name.split()) <= 4)):
            return body, signature
    else:
        # Unsigned: a known first name and a surname, over a headline.
        words = name.split()
        below = lines[first + 1] if first + 1 < len(lines) else ""
        if not (
            2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and is_first_name(fold(words[0]))
            and _HEADLINE.match(below)
        ):
            return body, signature
    end = first + 1
    while end < len(lines) and lines[end] and end - first <= 2:
        if _CHAT_TIME.match(lines[end]):
            break
        if len(lines[end]) > 80 or re.search(r"[.!?:;,]$", lines[end]):
            break
        end += 1
    if end < len(lines) and _CHAT_TIME.match(lines[end]):
        body = [*body[:end], *body[end + 1 :]]
        lines = [*lines[:end], *lines[end + 1 :]]
    if end == first + 1 or end >= len(lines) or not _has_words(lines[end:]):
        return body, signature
    return [*body[:first], "", *body[end:]], [name, *lines[first + 1 : end], *signature[1:]]


def split_message(text: str) -> MessageParts:
    """The first message's body, its signature and its forwarded header, from what was pasted."""
    lines = to_plain(text).split("\n")
    header = Header()
    forwarded = False
    marked = False
    for index, line in enumerate(lines):
        if _FORWARD_MARK.match(line.strip()):
            if _REPLY_MARK.search(line) and _is_a_message(lines[:index]):
                break  # Outlook's reply: the first message is the one above the mark
            header, start = _read_header(lines, index + 1)
            lines = lines[start:]
            forwarded = marked = True
            break
    # A header pasted on top (the reply forwarded, its own replies quoted below it).
    if not marked:
        first = next((i for i, line in enumerate(lines) if line.strip()), 0)
        match = _HEADER.match(lines[first]) if lines else None
        if match and match.group(1).lower() in _SENDER_FIELDS | _DATE_FIELDS | _SUBJECT_FIELDS:
            header, start = _read_header(lines, first)
            lines = lines[start:]
            forwarded = True
        elif (note := _note_above_header(lines)) is not None:
            header, start = _read_header(lines, note)
            lines = lines[start:]
            forwarded = True
    first_message, quoted = _cut_quotes(lines)
    if not _has_words(first_message):
        quoted = []
        # Everything quoted (a message pasted as a chat quote): read it unquoted.
        unquoted = [re.sub(r"^(>\s?)+", "", line) for line in lines]
        for index, line in enumerate(unquoted[:4]):
            attribution = _attribution(line)
            if attribution is not None:
                if header == Header():
                    header, forwarded = attribution, True
                unquoted = unquoted[index + 1 :]
                break
        first_message, quoted = _cut_quotes(unquoted)
        if not _has_words(first_message):
            first_message, quoted = unquoted, []
    first_message = _drop_disclaimers(first_message)
    body, signature = _split_signature(first_message)
    invitation = _invitation_below(first_message)
    if invitation is not None:
        # The message and its signature, then the calendar's invitation pasted under them: the
        # signature is the one above the invitation, whose date stays with the body.
        above, signed = _split_signature(first_message[:invitation])
        if signed:
            body, signature = [*above, "", *first_message[invitation:]], signed
    body, signature = _profile_head(body, signature)
    return MessageParts(
        body="\n".join(body).strip(),
        signature=tuple(
            cleaned for line in signature[:12] if (cleaned := _without_symbols(line).strip())
        ),
        header=header,
        forwarded=forwarded,
        quoted="\n".join(quoted[:200]),
    )
