"""core.phrase: English text that the window can translate, template by template."""

from __future__ import annotations

from core.gradcheck_hints import USUAL_CAUSES, cause_text
from core.phrase import Phrase, render

FAKE = {
    ("C", "{count} of {units} units saturated"): "{units} 個中 {count} 個が飽和",
    ("C", "Check failed: {why}"): "失敗: {why}",
    ("C", "a sign error"): "符号の誤り",
}


def translate(context: str, text: str) -> str:
    return FAKE.get((context, text), text)


def test_a_phrase_is_its_english_text_and_renders_translated():
    phrase = Phrase("C", "{count} of {units} units saturated", count=3, units=50)
    assert phrase == "3 of 50 units saturated"
    assert isinstance(phrase, str)
    assert phrase.render(translate) == "50 個中 3 個が飽和"
    assert phrase.render(lambda _c, text: text) == phrase


def test_nested_and_joined_phrases_translate_every_part():
    inner = Phrase("C", "a sign error")
    outer = Phrase("C", "Check failed: {why}", why=inner)
    assert outer == "Check failed: a sign error"
    assert outer.render(translate) == "失敗: 符号の誤り"
    lines = Phrase.join(["x = 1", outer, ""], "\n")  # empty parts are left out
    assert lines == "x = 1\nCheck failed: a sign error"
    assert render(lines, translate) == "x = 1\n失敗: 符号の誤り"
    assert render("plain", translate) == "plain"
    assert render(None, translate) is None


def test_usual_causes_are_phrases_of_their_english_text():
    for cause, text in USUAL_CAUSES.items():
        phrase = cause_text(cause)
        assert phrase == text
        assert (phrase.context, phrase.template) == ("GradCheckHints", text)
