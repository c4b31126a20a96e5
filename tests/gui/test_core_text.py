"""core's error messages in the window's language: models, images, runs (``gui.core_text``)."""

from __future__ import annotations

import pytest

from core.image_file import ImageFileError
from core.model_archive import HOW_TO_GET_ONE
from core.model_file import ModelFileError, load_model_file
from core.phrase import Phrase
from core.run_store import read_run_info
from gui.core_text import shown
from gui.runs_messages import problems_text
from tests.gui.views_i18n import installed, translated


def ja(context: str, source: str) -> str:
    text = translated(context, source, "ja")
    assert text, source
    assert text != source
    return text


def test_shown_renders_phrases_and_passes_plain_text(tmp_path):
    path = tmp_path / "bad.npz"
    path.write_text("hello")
    with pytest.raises(ModelFileError) as caught:
        load_model_file(path)
    assert isinstance(caught.value.args[0], Phrase)
    assert shown(caught.value) == str(caught.value)  # English without a translator
    assert shown(ValueError("plain")) == "plain"
    assert shown("plain text") == "plain text"
    assert shown(None) == ""
    with installed("ja"):
        text = shown(caught.value)
        assert shown("plain text") == "plain text"
    expected = ja("ModelFile", "{path} is not a model file ({what}); {fix}").format(
        path=str(path),
        what=ja("ModelFile", "it is a text file"),
        fix=ja("ModelFile", HOW_TO_GET_ONE),
    )
    assert text == expected
    assert str(path) in text
    assert "ファイル > モデルを保存" in text


def test_a_non_model_file_opened_in_the_window_is_explained_in_japanese(qtbot, window, tmp_path):
    path = tmp_path / "bad.npz"
    path.write_text("not a model\n")
    with installed("ja"):
        with qtbot.waitSignal(window.open_failed, timeout=10_000) as blocker:
            window.open_model(str(path))
        box = window.message_box
        assert box.text().startswith(f"{path} はモデルファイルではありません")
        assert ja("ModelFile", "it is a text file") in box.text()
        assert blocker.args[0] == box.text()
        box.close()
    with qtbot.waitSignal(window.open_failed, timeout=10_000):
        window.open_model(str(path))
    assert window.message_box.text() == english_error(path)
    window.message_box.close()


def english_error(path) -> str:
    with pytest.raises(ModelFileError) as caught:
        load_model_file(path)
    return str(caught.value)


def test_an_unreadable_image_on_the_reader_is_explained_in_the_current_language(qtbot, tmp_path):
    from gui.digit_reader_widget import DigitReaderWidget

    reader = DigitReaderWidget(test_set_loader=lambda: None)
    qtbot.addWidget(reader)
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    with installed("ja"):
        with qtbot.waitSignal(reader.load_failed, timeout=10_000) as blocker:
            reader.open_image(str(path))
        template = "Cannot open {path}: it is not an image this app can read; " + (
            "choose a PNG, JPEG, BMP or GIF file."
        )
        expected = ja("ImageFile", template).format(path=str(path))
        assert blocker.args[0] == expected
        assert reader.message_label.text() == expected
    # Back in English, the message is worded again.
    assert reader.message_label.text() == template.format(path=str(path))


def test_an_image_error_keeps_its_english_text():
    error = ImageFileError(Phrase("ImageFile", "Cannot open {path}: x", path="/a"))
    assert str(error) == "Cannot open /a: x"


def test_a_runs_problem_is_in_the_current_language(tmp_path):
    run = tmp_path / "20250101-120000"
    run.mkdir()
    (run / "run.json").write_text("[1, 2]")
    info = read_run_info(run)
    english = problems_text([info], {str(run): ([], [])})
    assert "run.json cannot be read: it holds no JSON object" in english
    with installed("ja"):
        text = problems_text([info], {str(run): ([], [])})
    assert ja("RunStore", "it holds no JSON object") in text
    assert ja("RunStore", "run.json cannot be read: {problem}; {fix}").split("{")[0] in text
