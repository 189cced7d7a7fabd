"""Whether a message is in a language the reader does not read."""

from __future__ import annotations

import pytest

from flows.message_text import fold
from flows.recruiter.language import foreign


@pytest.mark.parametrize(
    "text",
    [
        "Estimado Sr. Ruiz: le agradecemos su interés en el puesto. Lamentamos comunicarle que "
        "hemos decidido continuar con otros candidatos. Atentamente, Javier",
        "Sehr geehrte Frau Keller, vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für eine andere Kandidatur entschieden haben.",
        "Beste Lotte, bedankt voor je sollicitatie. Helaas hebben we voor een andere kandidaat "
        "gekozen. Met vriendelijke groet, Sanne",
    ],
)
def test_a_message_in_another_language_is_foreign(text: str) -> None:
    assert foreign(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, nous avons bien reçu votre candidature au puesto de Clínica Sonrisas, merci.",
        "Dear Anna, thank you for your application. We will get back to you next week. "
        "Mit freundlichen Grüßen, Jens Albrecht, Hartmann Logistik GmbH",
        "Salut, c'est pris dsl. Bonne continuation !",
    ],
)
def test_french_or_english_with_a_foreign_name_or_signature_is_not(text: str) -> None:
    assert not foreign(fold(text))
