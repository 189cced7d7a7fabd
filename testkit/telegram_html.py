"""Telegram's message formatting, as the fake checks it: HTML, MarkdownV2 and legacy Markdown
parsed into the text a user reads and its entities (UTF-16 offsets), with Telegram's refusals
("can't parse entities") for what it would refuse."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from testkit.botapi import ApiError, ParsedText

# --------------------------------------------------------------------------------------------
# Entity parsing (HTML, MarkdownV2, legacy Markdown)
# --------------------------------------------------------------------------------------------


def _u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _entities_error(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: can't parse entities: {detail}")


_HTML_TAGS: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_HTML_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8}));")
_HTML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_SPECIAL_RE = re.compile(r"[<&]")
_TAG_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTR_NAME_RE = re.compile(r"[A-Za-z0-9_-]+")


@dataclass
class _OpenTag:
    name: str
    attrs: dict[str, str]
    start16: int
    index: int


@dataclass
class _Output:
    """What a parser has written so far: the plain text, its length in UTF-16 code units (the
    offsets of entities), the tags still open and the entities closed."""

    out: list[str] = field(default_factory=list)
    pos16: int = 0
    stack: list[_OpenTag] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)

    def emit(self, chunk: str) -> None:
        self.out.append(chunk)
        self.pos16 += _u16(chunk)


def _html_unescape(text: str, base: int, whole: str) -> str:
    """Decode the 4 named + numeric entities; anything else with ``&`` is an error."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] != "&":
            out.append(text[i])
            i += 1
            continue
        match = _HTML_ENTITY_RE.match(text, i)
        if match is None:
            raise _entities_error(
                f"Unsupported HTML entity at byte offset {_byte_offset(whole, base + i)}"
            )
        out.append(_decode_entity(match, whole, base + i))
        i = match.end()
    return "".join(out)


def _decode_entity(match: re.Match[str], whole: str, index: int) -> str:
    named, dec, hexa = match.groups()
    if named:
        return _HTML_NAMED[named]
    code = int(dec) if dec else int(hexa, 16)
    if code <= 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise _entities_error(
            f"Unsupported HTML entity at byte offset {_byte_offset(whole, index)}"
        )
    return chr(code)


def _parse_html(text: str) -> ParsedText:
    written = _Output()
    stack, entities, emit = written.stack, written.entities, written.emit
    n = len(text)
    i = 0

    while i < n:
        char = text[i]
        if char == "&":
            match = _HTML_ENTITY_RE.match(text, i)
            if match is None:
                raise _entities_error(
                    f"Unsupported HTML entity at byte offset {_byte_offset(text, i)}"
                )
            emit(_decode_entity(match, text, i))
            i = match.end()
            continue
        if char != "<":
            special = _HTML_SPECIAL_RE.search(text, i)
            end = special.start() if special is not None else n
            emit(text[i:end])
            i = end
            continue
        if i + 1 < n and text[i + 1] == "/":
            i = _html_end_tag(text, i, stack, entities, written.pos16)
            continue
        name_match = _TAG_NAME_RE.match(text, i + 1)
        if name_match is None:
            raise _entities_error(
                f'Unsupported start tag "" at byte offset {_byte_offset(text, i)}'
            )
        name = name_match.group(0).lower()
        if name not in _HTML_TAGS:
            raise _entities_error(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, i)}'
            )
        attrs, j = _html_attributes(text, name_match.end(), i, name)
        _check_start_tag(text, i, name, attrs)
        stack.append(_OpenTag(name, attrs, written.pos16, i))
        i = j
    if stack:
        raise _entities_error(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return ParsedText("".join(written.out), _sorted_entities(entities))


def _html_attributes(text: str, j: int, tag_index: int, name: str) -> tuple[dict[str, str], int]:
    """Parse the attributes of a start tag; returns them and the index after ``>``."""
    n = len(text)
    attrs: dict[str, str] = {}
    while True:
        while j < n and text[j].isspace():
            j += 1
        if j >= n:
            raise _entities_error(
                f"Unclosed start tag at byte offset {_byte_offset(text, tag_index)}"
            )
        if text[j] == ">":
            return attrs, j + 1
        attr_match = _ATTR_NAME_RE.match(text, j)
        if attr_match is None:
            raise _entities_error(
                f'Empty attribute name in the tag "{name}" at byte offset {_byte_offset(text, j)}'
            )
        attr = attr_match.group(0).lower()
        j = attr_match.end()
        while j < n and text[j].isspace():
            j += 1
        if j < n and text[j] == "=":
            j += 1
            while j < n and text[j].isspace():
                j += 1
            if j >= n:
                raise _entities_error(
                    f"Unclosed start tag at byte offset {_byte_offset(text, tag_index)}"
                )
            if text[j] in "\"'":
                quote = text[j]
                end = text.find(quote, j + 1)
                if end < 0:
                    raise _entities_error(
                        f'Unclosed end of attribute value of the tag "{name}" at byte offset '
                        f"{_byte_offset(text, j)}"
                    )
                raw = text[j + 1 : end]
                value_start = j + 1
                j = end + 1
            else:
                value_start = j
                while j < n and not text[j].isspace() and text[j] != ">":
                    j += 1
                raw = text[value_start:j]
            attrs[attr] = _html_unescape(raw, value_start, text)
        else:
            attrs[attr] = ""


def _check_start_tag(text: str, index: int, name: str, attrs: dict[str, str]) -> None:
    where = f"at byte offset {_byte_offset(text, index)}"
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise _entities_error(f'Tag "span" must have class "tg-spoiler" {where}')
    if name == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
        raise _entities_error(f'Tag "tg-emoji" must have a numeric attribute "emoji-id" {where}')


def _html_end_tag(
    text: str,
    i: int,
    stack: list[_OpenTag],
    entities: list[dict[str, Any]],
    pos16: int,
) -> int:
    where = f"at byte offset {_byte_offset(text, i)}"
    end = text.find(">", i)
    if end < 0:
        raise _entities_error(f"Unclosed end tag {where}")
    name = text[i + 2 : end].strip().lower()
    if not stack:
        raise _entities_error(f"Unexpected end tag {where}")
    top = stack[-1]
    if name != top.name:
        raise _entities_error(
            f'Unmatched end tag {where}, expected "</{top.name}>", found "</{name}>"'
        )
    stack.pop()
    length = pos16 - top.start16
    if length > 0:
        entity = _html_entity(top, length, stack, entities)
        if entity is not None:
            entities.append(entity)
    return end + 1


def _html_entity(
    tag: _OpenTag, length: int, stack: list[_OpenTag], entities: list[dict[str, Any]]
) -> dict[str, Any] | None:
    kind = _HTML_TAGS[tag.name]
    entity: dict[str, Any] = {"type": kind, "offset": tag.start16, "length": length}
    if kind == "code" and stack and stack[-1].name == "pre":
        language = tag.attrs.get("class", "")
        if language.startswith("language-") and len(language) > len("language-"):
            stack[-1].attrs.setdefault("_language", language[len("language-") :])
        return None  # <pre><code> is a single pre entity
    inside = {t.name for t in stack}
    if inside & {"code", "pre"}:
        return None  # Telegram silently drops entities nested in code/pre
    if kind == "blockquote" and "blockquote" in inside:
        return None  # and nested blockquotes
    if kind == "text_link":
        href = tag.attrs.get("href", "").strip()
        if not href:
            return None
        entity["url"] = href
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = tag.attrs["emoji-id"]
    elif kind == "blockquote" and "expandable" in tag.attrs:
        entity["type"] = "expandable_blockquote"
    elif kind == "pre" and tag.attrs.get("_language"):
        entity["language"] = tag.attrs["_language"]
    return entity


_MD2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_MD_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "PreCode",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}


def _parse_markdown_v2(text: str) -> ParsedText:
    """An approximation of Telegram's MarkdownV2 parser (escaping and balancing rules)."""
    written = _Output()
    stack, entities, emit = written.stack, written.entities, written.emit
    n = len(text)
    i = 0

    def close(kind: str, extra: dict[str, Any] | None = None) -> None:
        top = stack.pop()
        if top.name != kind:
            raise _entities_error(
                f"Can't find end of {_MD_NAMES[top.name]} entity at byte offset "
                f"{_byte_offset(text, top.index)}"
            )
        if written.pos16 > top.start16:
            entity: dict[str, Any] = {
                "type": kind,
                "offset": top.start16,
                "length": written.pos16 - top.start16,
            }
            entity.update(extra or {})
            entities.append(entity)

    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            emit(text[i + 1])
            i += 2
            continue
        top_kind = stack[-1].name if stack else None
        if top_kind == "pre":
            if text.startswith("```", i):
                language = stack[-1].attrs.get("language")
                close("pre", {"language": language} if language else None)
                i += 3
            else:
                emit(char)
                i += 1
            continue
        if top_kind == "code":
            if char == "`":
                close("code")
            else:
                emit(char)
            i += 1
            continue
        if char not in _MD2_RESERVED:
            emit(char)
            i += 1
            continue
        kind: str | None = None
        width = 1
        if text.startswith("```", i):
            newline = text.find("\n", i + 3)
            attrs: dict[str, str] = {}
            width = 3
            if newline >= 0:
                language = text[i + 3 : newline].strip()
                if language and " " not in language:
                    attrs["language"] = language
                    width = newline + 1 - i
            stack.append(_OpenTag("pre", attrs, written.pos16, i))
            i += width
            continue
        if char == "`":
            kind = "code"
        elif char == "*":
            kind = "bold"
        elif char == "~":
            kind = "strikethrough"
        elif char == "_":
            if text.startswith("__", i) and top_kind != "italic":
                kind, width = "underline", 2
            else:
                kind = "italic"
        elif text.startswith("||", i):
            kind, width = "spoiler", 2
        elif char == "[" or (char == "!" and text.startswith("![", i)):
            link_kind = "text_link" if char == "[" else "custom_emoji"
            stack.append(_OpenTag(link_kind, {}, written.pos16, i))
            i += 1 if char == "[" else 2
            continue
        elif char == "]" and top_kind in ("text_link", "custom_emoji"):
            i = _md2_link_end(text, i, stack, entities, written.pos16)
            continue
        elif char == ">" and (i == 0 or text[i - 1] == "\n"):
            i += 1  # blockquote line marker
            continue
        if kind is None:
            raise _entities_error(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        if top_kind == kind:
            close(kind)
        elif any(t.name == kind for t in stack):
            close(kind)  # raises: the innermost entity is not closed
        else:
            stack.append(_OpenTag(kind, {}, written.pos16, i))
        i += width
    if stack:
        top = stack[-1]
        raise _entities_error(
            f"Can't find end of {_MD_NAMES[top.name]} entity at byte offset "
            f"{_byte_offset(text, top.index)}"
        )
    return ParsedText("".join(written.out), _sorted_entities(entities))


def _md2_link_end(
    text: str, i: int, stack: list[_OpenTag], entities: list[dict[str, Any]], pos16: int
) -> int:
    top = stack.pop()
    j = i + 1
    url = ""
    if j < len(text) and text[j] == "(":
        j += 1
        chars: list[str] = []
        while j < len(text) and text[j] != ")":
            if text[j] == "\\" and j + 1 < len(text):
                j += 1
            chars.append(text[j])
            j += 1
        if j >= len(text):
            raise _entities_error(
                f"Can't find end of a URL at byte offset {_byte_offset(text, i + 1)}"
            )
        url = "".join(chars)
        j += 1
    length = pos16 - top.start16
    if url and length > 0:
        if top.name == "custom_emoji":
            emoji_id = url.removeprefix("tg://emoji?id=")
            if not emoji_id.isdigit():
                raise _entities_error(
                    f"Custom emoji entity must contain a tg://emoji URL at byte offset "
                    f"{_byte_offset(text, top.index)}"
                )
            entities.append(
                {
                    "type": "custom_emoji",
                    "offset": top.start16,
                    "length": length,
                    "custom_emoji_id": emoji_id,
                }
            )
        else:
            entities.append(
                {"type": "text_link", "offset": top.start16, "length": length, "url": url}
            )
    return j


def _parse_markdown_legacy(text: str) -> ParsedText:
    """Telegram's legacy ``Markdown``: ``*bold*``, ``_italic_``, code, pre, ``[text](url)``."""
    out: list[str] = []
    pos16 = 0
    entities: list[dict[str, Any]] = []
    n = len(text)
    i = 0
    markers = {"*": "bold", "_": "italic", "`": "code"}
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.append(text[i + 1])
            pos16 += 1
            i += 2
            continue
        if char in markers or char == "[":
            start = i
            if text.startswith("```", i):
                end = text.find("```", i + 3)
                body_start, skip = i + 3, 3
                kind = "pre"
            elif char == "[":
                end = text.find("]", i + 1)
                body_start, skip, kind = i + 1, 1, "text_link"
            else:
                end = text.find(char, i + 1)
                body_start, skip, kind = i + 1, 1, markers[char]
            if end < 0:
                raise _entities_error(
                    "Can't find end of the entity starting at byte offset "
                    f"{_byte_offset(text, start)}"
                )
            body = text[body_start:end]
            i = end + skip
            entity: dict[str, Any] = {"type": kind, "offset": pos16, "length": _u16(body)}
            if kind == "text_link":
                if i < n and text[i] == "(":
                    close = text.find(")", i)
                    if close < 0:
                        raise _entities_error(
                            "Can't find end of the entity starting at byte offset "
                            f"{_byte_offset(text, start)}"
                        )
                    entity["url"] = text[i + 1 : close]
                    i = close + 1
                else:
                    body = text[start : end + 1]
                    entity = {}
            out.append(body)
            pos16 += _u16(body)
            if entity and entity["length"] > 0:
                entities.append(entity)
            continue
        out.append(char)
        pos16 += _u16(char)
        i += 1
    return ParsedText("".join(out), entities)


def parse_entities(text: str, parse_mode: str | None) -> ParsedText:
    """Parse ``text`` like Telegram does for ``parse_mode``; raises :class:`ApiError` (400).

    The returned text has leading/trailing whitespace removed (entities adjusted), as Telegram
    does. For HTML only Telegram's tags are accepted, tags must nest and close properly, and
    only ``&lt; &gt; &amp; &quot;`` and numeric character references are accepted.
    """
    mode = (parse_mode or "").lower()
    if not mode:
        parsed = ParsedText(text, [])
    elif mode == "html":
        parsed = _parse_html(text)
    elif mode == "markdownv2":
        parsed = _parse_markdown_v2(text)
    elif mode == "markdown":
        parsed = _parse_markdown_legacy(text)
    else:
        raise ApiError(400, f'Bad Request: unsupported parse_mode "{parse_mode}"')
    return _strip(parsed)


def _sorted_entities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Telegram's order: by offset, longer first; for equal spans the outer (closed last)
    first. Entities are produced innermost-first, hence the reversed index."""
    ranked = sorted(enumerate(entities), key=lambda p: (p[1]["offset"], -p[1]["length"], -p[0]))
    return [entity for _, entity in ranked]


def _strip(parsed: ParsedText) -> ParsedText:
    plain = parsed.text
    stripped = plain.strip()
    if stripped == plain:
        return parsed
    lead16 = _u16(plain[: len(plain) - len(plain.lstrip())])
    total16 = _u16(stripped)
    entities = []
    for entity in parsed.entities:
        start = max(entity["offset"] - lead16, 0)
        end = min(entity["offset"] + entity["length"] - lead16, total16)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return ParsedText(stripped, entities)
