"""The French and English catalogs hold the same keys and placeholders, and escape user text."""

from __future__ import annotations

import string

import pytest

from flows.catalog import CATALOGS, EN, FR, Markup, Text, language_for, render, t


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_catalogs_hold_the_same_keys() -> None:
    assert set(FR) == set(EN)


@pytest.mark.parametrize("key", sorted(FR))
def test_both_catalogs_hold_the_same_placeholders(key: str) -> None:
    assert _placeholders(FR[key]) == _placeholders(EN[key])


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_every_text_fills_with_its_placeholders(lang: str) -> None:
    for key, template in CATALOGS[lang].items():
        params = {name: "x" for name in _placeholders(template)}
        assert "{" not in t(lang, key, **params).replace("{{", ""), key


def test_user_text_is_html_escaped_but_markup_is_not() -> None:
    text = t("en", "start.welcome", name="<b>Eve</b> & co")
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; co" in text
    assert t("en", "dialog.raw", value=Markup("<b>ok</b>")) == "<b>ok</b>"


def test_nested_texts_render_in_the_same_language() -> None:
    assert render("fr", Text("dialog.chosen", {"choice": Text("country.CH")})) == "→ <b>Suisse</b>"
    assert (
        render("en", Text("dialog.chosen", {"choice": Text("country.CH")}))
        == "→ <b>Switzerland</b>"
    )


@pytest.mark.parametrize(
    ("code", "default", "expected"),
    [
        ("fr", "en", "fr"),
        ("fr-CA", "en", "fr"),
        ("de", "fr", "en"),
        (None, "fr", "fr"),
        (None, "en", "en"),
        ("", "fr", "fr"),
    ],
)
def test_language_from_telegram_code(code: str | None, default: str, expected: str) -> None:
    assert language_for(code, default) == expected


def test_written_dates_are_babels_and_remembered() -> None:
    import datetime as dt

    from babel.dates import format_date

    from flows.catalog import written_date

    day = dt.date(2026, 12, 18)
    for form, locale in (
        ("long", "fr"),
        ("full", "en"),
        ("EEEE d MMMM", "fr_FR"),
        ("MMMM y", "en"),
    ):
        assert written_date(day, form, locale) == format_date(day, form, locale=locale)
    assert written_date(day, "long", "fr") == "18 décembre 2026"
    assert written_date(day, "long", "en") == "December 18, 2026"
    hits = written_date.cache_info().hits
    written_date(day, "long", "fr")
    assert written_date.cache_info().hits == hits + 1
