"""The Training dock in other languages, themes and by keyboard: checked on its texts and data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.config import TrainConfig
from core.session import Phase
from gui.appearance import appearance
from gui.controls_widget import ControlsWidget
from gui.settings_messages import ERROR_DARK, ERROR_LIGHT
from tests.gui.translators import MARK_OPEN, CatalogueTranslator, PseudoTranslator, installed

NARROW = 300
"""The widest the Training dock's contents may need to be (px)."""
BOOK_NAMES = {"SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam", "ReLU", "tanh"}
BOOK_NAMES |= {"Xavier", "He"}
"""Combo texts that stay as the book writes them in every language."""
CONTROLS = (QAbstractSpinBox, QComboBox, QCheckBox, QLineEdit, QPushButton)


@pytest.fixture
def controls(qtbot) -> ControlsWidget:
    widget = ControlsWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def light_theme():
    yield appearance()
    appearance().set_theme("system")


def inputs(widget: QWidget) -> list[QWidget]:
    """The controls a user acts on (not Qt's inner parts, such as a spin box's line edit)."""
    return [
        w
        for kind in CONTROLS
        for w in widget.findChildren(kind)
        if w.objectName() and not w.objectName().startswith("qt_")
    ]


def visible_texts(widget: QWidget) -> dict[str, str]:
    """Every text a user can see or hear in ``widget``, by where it is."""
    texts: dict[str, str] = {}
    for box in widget.findChildren(QGroupBox):
        texts[f"{box.objectName()} title"] = box.title()
    for label in widget.findChildren(QLabel):
        if label.text():
            texts[f"{label.objectName()} text"] = label.text()
    for button in widget.findChildren(QAbstractButton):
        if button.text() and not button.objectName().startswith("qt_"):
            texts[f"{button.objectName()} text"] = button.text()
    for control in inputs(widget):
        texts[f"{control.objectName()} tooltip"] = control.toolTip()
        texts[f"{control.objectName()} accessible name"] = control.accessibleName()
        if isinstance(control, QComboBox):
            for index in range(control.count()):
                if control.itemText(index) not in BOOK_NAMES:
                    texts[f"{control.objectName()} item {index}"] = control.itemText(index)
        if isinstance(control, QAbstractSpinBox) and control.specialValueText():
            texts[f"{control.objectName()} special value"] = control.specialValueText()
    return texts


def test_every_control_has_a_tooltip_and_an_accessible_name(controls):
    found = inputs(controls)
    assert len(found) >= 20
    for control in found:
        assert control.toolTip(), control.objectName()
        assert control.accessibleName(), control.objectName()


def test_every_text_goes_through_tr(controls):
    controls.set_config(TrainConfig(weight_decay_lambda=0.1))  # the summary has more parts
    english = visible_texts(controls)
    with installed(PseudoTranslator(keep={"ReLU", "tanh"})):
        marked = visible_texts(controls)
        untranslated = {k: v for k, v in marked.items() if MARK_OPEN not in v}
        assert untranslated == {}
        assert marked.keys() == english.keys()
    assert visible_texts(controls) == english  # back in English once the translator goes


def test_japanese_texts_keep_the_choices(controls):
    config = TrainConfig(
        hidden_sizes=(100, 100),
        activation="relu",
        weight_init_std="he",
        optimizer="adam",
        learning_rate=0.001,
        sampling="shuffle",
        train_size=300,
    )
    controls.set_config(config)
    controls.set_state(Phase.PAUSED)
    with installed(CatalogueTranslator("ja")):
        assert controls.config() == config
        assert controls.network.title() == "ネットワーク"
        assert controls.start_button.text() == "開始"
        assert controls.pause_button.text() == "再開"
        assert controls.findChild(QComboBox, "samplingCombo").currentText() == (
            "エポックごとにシャッフル"
        )
        assert controls.findChild(QComboBox, "samplingCombo").currentData() == "shuffle"
        assert controls.summary_label.text() == (
            "784-100-100-10, ReLU, He, Adam 学習率 0.001: パラメータ 89,610 個"
        )
        assert controls.epoch_hint.text() == "1エポックあたり 3 回、全体で 3,333.3 エポック"
        assert controls.learning_rate_spin.accessibleName() == "学習率"
        controls.set_state(Phase.STOPPED)  # a state change words the buttons in Japanese too
        assert controls.start_button.text() == "続行"
    assert controls.config() == config
    assert controls.start_button.text() == "Continue"
    assert controls.summary_label.text().endswith(": 89,610 parameters")


def test_an_invalid_setting_is_explained_in_the_language_shown(controls):
    controls.hidden_layers_edit.setText("50, x")
    english = controls.settings_error()
    assert english.startswith("Hidden layers: write 1 to 10 sizes of 1 to 2,000")
    with installed(CatalogueTranslator("ko")):
        assert controls.settings_error() == (
            "은닉층: 1~2,000 사이의 크기를 1~10개, 쉼표로 구분해 쓰세요 (예: 100, 100)"
        )
        assert controls.summary_label.text() == controls.settings_error()
        assert controls.hidden_layers_edit.toolTip().startswith("은닉층:")
        controls.hidden_layers_edit.setText("50")
        controls.findChild(QWidget, "trainSizeSpin").setValue(50)
        assert controls.settings_error() == (
            "미니배치 크기 100이(가) 훈련 데이터(50장)보다 큽니다. 50 이하로 하세요"
        )
        assert controls.epoch_hint.text() == controls.settings_error()
    assert controls.settings_error() == (
        "batch_size 100 is larger than the training set (50 images); choose at most 50"
    )


def test_the_dock_stays_narrow_in_every_language(controls):
    widths = {"en": controls.minimumSizeHint().width()}
    for language in ("ja", "zh_CN", "ko"):
        with installed(CatalogueTranslator(language)):
            widths[language] = controls.minimumSizeHint().width()
    with installed(PseudoTranslator()):  # every text half as long again
        widths["long"] = controls.minimumSizeHint().width()
    assert all(width <= NARROW for width in widths.values()), widths
    controls.resize(NARROW, 500)  # and at that width nothing is cut off sideways
    QCoreApplication.processEvents()
    assert controls.scroll.widget().width() <= controls.scroll.viewport().width()


def test_a_language_change_event_words_the_dock_again(controls):
    translator = PseudoTranslator()
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        controls.start_button.setText("stale")
        QCoreApplication.sendEvent(controls, QEvent(QEvent.Type.LanguageChange))
        assert controls.start_button.text().startswith(MARK_OPEN)
    finally:
        app.removeTranslator(translator)
    QCoreApplication.processEvents()  # Qt posts the language change to the windows
    assert controls.start_button.text() == "Start"


def test_tab_follows_the_layout_top_to_bottom(controls):
    expected = [w for w in controls.focus_order() if w.isVisibleTo(controls)]
    names = [w.objectName() for w in expected]
    assert names[:2] == ["hiddenLayersEdit", "activationCombo"]
    assert names[-6:] == [
        "bookSettingsButton",
        "startButton",
        "pauseButton",
        "stepButton",
        "stopButton",
        "resetButton",
    ]
    walked: list[QWidget] = []
    widget = expected[0]
    while len(walked) < len(expected):
        if widget in expected and widget not in walked:
            walked.append(widget)
        widget = widget.nextInFocusChain()
        assert widget is not expected[0], [w.objectName() for w in walked]
    assert walked == expected


def test_the_invalid_red_follows_the_theme(controls, light_theme):
    controls.hidden_layers_edit.setText("x")
    light_theme.set_theme("light")
    assert ERROR_LIGHT in controls.hidden_layers_edit.styleSheet()
    assert ERROR_LIGHT in controls.summary_label.styleSheet()
    light_theme.set_theme("dark")
    assert ERROR_DARK in controls.hidden_layers_edit.styleSheet()
    assert ERROR_DARK in controls.summary_label.styleSheet()
    controls.hidden_layers_edit.setText("50")
    assert controls.summary_label.styleSheet() == ""
    assert controls.hidden_layers_edit.styleSheet() == ""
