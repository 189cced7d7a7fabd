"""The first names that tell a signer from a company."""

from __future__ import annotations

import pytest

from flows.first_names import is_first_name
from flows.recruiter.senders import looks_like_person


@pytest.mark.parametrize("name", ["sophie", "cindy", "meghan", "josee", "ginette", "katarzyna"])
def test_a_common_first_name_is_known(name: str) -> None:
    assert is_first_name(name)


@pytest.mark.parametrize("word", ["may", "august", "france", "hope", "major", "entrepots", "lumen"])
def test_a_word_that_is_mostly_something_else_is_not(word: str) -> None:
    assert not is_first_name(word)


def test_a_compound_first_name_is_known_by_its_parts() -> None:
    assert is_first_name("anne-cindy")
    assert not is_first_name("anne-entrepots")


def test_a_shop_named_like_a_person_then_its_town_is_no_person() -> None:
    assert looks_like_person("Cindy Lopes")
    assert not looks_like_person("Leroy Merlin Lorient")
