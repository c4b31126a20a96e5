"""The race, the experiments and the optimizer lab in Japanese and in the dark theme.

A Japanese translator is compiled from this part's fragment
(``gui/translations/fragments/race.json``) with ``pyside6-lrelease``; installing it
makes Qt send ``LanguageChange`` to every widget, whose ``retranslate`` re-sets
its texts. The English labels saved with the runs must not change.
"""

# Japanese texts use full-width punctuation.
# ruff: noqa: RUF001
from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSlider, QWidget

from core.config import TrainConfig
from core.experiments import EXPERIMENTS, settings_text
from core.race import RACE_COLORS, difference_labels, make_race
from core.session import TrainingSession
from gui.appearance import DARK, LIGHT, appearance
from tests.gui.catalogue import compiled

BASE = TrainConfig(hidden_sizes=(20, 20), activation="relu", weight_init_std="he", iters_num=500)


@pytest.fixture
def japanese(qtbot, tmp_path):
    """Installs the fragment's Japanese translator; a function that waits for ``check``."""
    translator = QTranslator()
    assert translator.load(str(compiled(tmp_path, "ja")))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


@pytest.fixture
def dark_theme():
    appearance().set_theme("dark")
    yield
    appearance().set_theme("system")


def race(count: int = 2):
    configs = [
        dataclasses.replace(BASE, optimizer="sgd", learning_rate=0.01),
        dataclasses.replace(BASE, optimizer="adam", learning_rate=0.001, weight_decay_lambda=0.1),
    ]
    contestants = make_race(configs[:count], batch_seed=7)
    sessions = []
    for contestant in contestants:
        session = TrainingSession()
        session.start(contestant.config)
        sessions.append(session)
    return contestants, sessions


@pytest.fixture
def race_view(qtbot):
    from gui.race_view_widget import RaceViewWidget

    view = RaceViewWidget()
    qtbot.addWidget(view)
    contestants, sessions = race()
    view.set_race(contestants, sessions)
    view.refresh()
    return view, contestants


def _headers(table) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_the_race_view_switches_to_japanese_and_keeps_the_english_labels(
    qtbot, race_view, japanese
):
    view, contestants = race_view
    qtbot.waitUntil(lambda: view.loss_plot.plot_item.getAxis("bottom").labelText == "繰り返し回数")
    assert view.loss_plot.plot_item.getAxis("left").labelText == "損失"
    assert view.accuracy_plot.getPlotItem().getAxis("left").labelText == "認識精度"
    assert view.loss_plot.raw_check.text() == "生の損失"
    expected = ["SGD 学習率 0.01、Weight decay 0", "Adam 学習率 0.001、Weight decay 0.1"]
    assert view.loss_plot.legend_texts() == expected
    accuracy_legend = [label.text for _, label in view.accuracy_plot.getPlotItem().legend.items]
    assert accuracy_legend == [*expected, "訓練", "テスト"]
    assert _headers(view.table)[:3] == ["出場者", "更新手法", "学習率"]
    assert "状態" in _headers(view.table)
    row = view.table_row(1)
    assert row["label"] == expected[1]
    assert row["status"] == "実行中"
    assert row["settings"]["weight_decay_lambda"] == "0.1"
    assert "パラメータ" in row["tooltip"]
    # The labels saved with the runs, and core's, stay English.
    assert [c.label for c in contestants] == [
        "SGD lr 0.01, weight decay 0",
        "Adam lr 0.001, weight decay 0.1",
    ]
    assert difference_labels([c.config for c in contestants]) == [c.label for c in contestants]


def test_back_in_english_the_race_view_shows_core_labels_again(qtbot, race_view, tmp_path):
    view, contestants = race_view
    translator = QTranslator()
    assert translator.load(str(compiled(tmp_path, "ja")))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    qtbot.waitUntil(lambda: view.table_row(0)["status"] == "実行中")
    app.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.table_row(0)["status"] == "running")
    assert view.loss_plot.legend_texts() == [c.label for c in contestants]
    assert _headers(view.table)[:3] == ["Contestant", "Optimizer", "lr"]
    assert view.loss_plot.plot_item.getAxis("bottom").labelText == "iteration"


def test_the_race_view_follows_the_theme(qtbot, race_view):
    view, _ = race_view
    appearance().set_theme("light")
    try:
        assert view.loss_plot.plot_widget.backgroundBrush().color().name() == LIGHT.background
        pen = view.loss_plot.lines[0].smooth.opts["pen"]
        assert pen.color().name() == RACE_COLORS[0].lower()
        assert view.table.item(0, 1).background().color().name() == LIGHT.highlight
        appearance().set_theme("dark")
        assert view.loss_plot.plot_widget.backgroundBrush().color().name() == DARK.background
        assert view.accuracy_plot.backgroundBrush().color().name() == DARK.background
        # Okabe-Ito's blue is too dark on the dark plots: its sky blue stands in.
        pen = view.loss_plot.lines[0].smooth.opts["pen"]
        assert pen.color().name() == "#56b4e9"
        train, _ = view.accuracy_plot.curves[1]
        assert train.opts["pen"].color().name() == RACE_COLORS[1].lower()
        assert view.table.item(0, 1).background().color().name() == DARK.highlight
        assert view.table_row(0)["highlighted"] == [
            "optimizer",
            "learning_rate",
            "weight_decay_lambda",
        ]
        axis = view.loss_plot.plot_item.getAxis("left")
        assert axis.textPen().color().name() == DARK.foreground
    finally:
        appearance().set_theme("system")


def _contrast(a: str, b: str) -> float:
    def luminance(color: str) -> float:
        channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_race_colours_read_on_the_dark_background_and_stay_distinct():
    from gui.race_plots import DARK_RACE_COLORS, display_color

    assert _contrast("#0072B2", DARK.background) < 4.5  # why the dark theme swaps it
    assert all(_contrast(c, DARK.background) >= 4.5 for c in DARK_RACE_COLORS)
    assert len(set(DARK_RACE_COLORS)) == len(RACE_COLORS)
    assert [display_color(c, dark=False) for c in RACE_COLORS] == list(RACE_COLORS)
    assert [display_color(c, dark=True) for c in RACE_COLORS] == list(DARK_RACE_COLORS)


def _controls(widget: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QSlider)
    return [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(widget)
        and not w.objectName().startswith("qt_")  # Qt's own parts (a table's corner)
    ]


def test_every_control_has_a_tooltip_and_an_accessible_name(qtbot):
    from gui.histogram_choice_dialog import HistogramChoiceDialog
    from gui.optimizer_lab_widget import OptimizerLabWidget
    from gui.race_setup_widget import RaceSetupWidget
    from gui.race_view_widget import RaceViewWidget
    from gui.search_view_widget import SearchViewWidget

    for kind in (
        RaceSetupWidget,
        RaceViewWidget,
        OptimizerLabWidget,
        HistogramChoiceDialog,
        SearchViewWidget,
    ):
        widget = kind()
        qtbot.addWidget(widget)
        controls = _controls(widget)
        assert controls or kind is SearchViewWidget
        for control in controls:
            assert control.toolTip(), f"{kind.__name__}: {control.objectName()} has no tooltip"
            assert control.accessibleName(), f"{kind.__name__}: {control.objectName()}"
    setup = RaceSetupWidget()
    qtbot.addWidget(setup)
    assert setup.list.toolTip()
    assert setup.list.accessibleName()
    results = SearchViewWidget()
    qtbot.addWidget(results)
    assert results.best_table.toolTip()
    assert results.best_table.accessibleName()
    view = RaceViewWidget()
    qtbot.addWidget(view)
    assert view.table.toolTip()
    assert view.table.accessibleName()


def test_setup_list_keys_delete_and_open_a_contestant(qtbot):
    from gui.race_setup_widget import RaceSetupWidget

    setup = RaceSetupWidget()
    qtbot.addWidget(setup)
    configs = [dataclasses.replace(BASE, learning_rate=lr) for lr in (0.1, 0.2, 0.3)]
    for config in configs:
        setup.add(config)
    setup.list.setCurrentRow(1)
    with qtbot.waitSignal(setup.contestant_opened) as opened:
        qtbot.keyClick(setup.list, Qt.Key.Key_Return)
    assert opened.args == [configs[1]]
    qtbot.keyClick(setup.list, Qt.Key.Key_Delete)
    assert setup.configs == [configs[0], configs[2]]
    assert setup.labels() == ["SGD lr 0.1", "SGD lr 0.3"]
    assert setup.list.currentRow() == 1  # the next one is selected, ready for another Delete
    setup.set_locked(True)
    qtbot.keyClick(setup.list, Qt.Key.Key_Delete)
    assert len(setup.configs) == 2  # not while a race holds the window


def test_setup_list_in_japanese(qtbot, japanese):
    from gui.race_setup_widget import RaceSetupWidget

    setup = RaceSetupWidget()
    qtbot.addWidget(setup)
    setup.add(dataclasses.replace(BASE, use_batchnorm=True))
    assert setup.labels() == ["784-20-20-10、ReLU、He、SGD 学習率 0.1、Batch Norm あり"]
    setup.add(BASE)
    assert setup.labels() == ["Batch Norm あり", "Batch Norm なし"]
    assert setup.start_button.text() == "レース開始"
    assert setup.start_button.accessibleName() == "レース開始"


def test_lab_sliders_and_points_answer_the_keyboard(qtbot):
    from gui.optimizer_lab_widget import OptimizerLabWidget

    lab = OptimizerLabWidget()
    qtbot.addWidget(lab)
    slider = lab.sliders["sgd"]
    before = lab.lrs["sgd"]
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert lab.lrs["sgd"] > before
    qtbot.keyClick(slider, Qt.Key.Key_PageDown)
    assert lab.lrs["sgd"] < before
    assert lab.plot_widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(lab.plot_widget, Qt.Key.Key_Right)  # the first path's first step
    assert lab.detail_label.text().startswith("SGD, step 1 (lr ")
    qtbot.keyClick(lab.plot_widget, Qt.Key.Key_Down)  # the same step of the next path
    assert lab.detail_label.text().startswith("Momentum, step 1 (lr 0.1, momentum 0.9)")
    qtbot.keyClick(lab.plot_widget, Qt.Key.Key_Left)
    assert lab.detail_label.text().startswith("Start: W = (x, y) = (-7, 2)")


def test_lab_in_japanese_keeps_the_formulas(qtbot, japanese):
    from gui.optimizer_lab_widget import OptimizerLabWidget

    lab = OptimizerLabWidget()
    qtbot.addWidget(lab)
    assert lab.value_labels["sgd"].text() == "学習率 0.95"
    legend = lab.plot_widget.getPlotItem().legend
    assert legend.getLabel(lab.curves["adam"]).text == "Adam 学習率 0.3"
    qtbot.keyClick(lab.plot_widget, Qt.Key.Key_Right)
    lines = lab.detail_label.text().splitlines()
    assert lines[0] == "SGD、1 回目の更新（lr 0.95）"
    assert lines[1] == "W = (x, y) = (-7, 2)"
    assert lines[3].startswith("W = W - 0.95 * dL/dW")
    assert "学習率" in lab.sliders["sgd"].toolTip()


def test_figures_are_drawn_in_the_current_language_on_white(qtbot, japanese, dark_theme):
    from core.activation_histograms import run_activation_histograms
    from core.events import EpochEvent
    from gui.experiment_figures import accuracy_figure_plot, loss_figure_plot
    from gui.special_figures import build_histograms_figure, figure_plots

    init = EXPERIMENTS["weight-init-compare"]
    figure = loss_figure_plot(init, init.labels, [np.linspace(2, 1, 50) for _ in init.labels])
    plot = figure.widget.getPlotItem()
    assert plot.getAxis("bottom").labelText == "繰り返し回数"
    assert plot.getAxis("left").labelText == "損失"
    assert [label.text for _, label in plot.legend.items] == ["標準偏差=0.01", "Xavier", "He"]
    assert set(figure.lines) == set(init.labels)  # the series keep their English keys
    assert figure.widget.backgroundBrush().color().name() == "#ffffff"
    overfit = EXPERIMENTS["overfit"]
    epochs = [EpochEvent(i, 3 * i, 0.5, 0.4) for i in range(5)]
    legend = accuracy_figure_plot(overfit, epochs).widget.getPlotItem().legend
    assert [label.text for _, label in legend.items] == ["訓練データ", "テストデータ"]
    histograms = build_histograms_figure(run_activation_histograms("sigmoid", "0.01"))
    assert [p.titleLabel.text for p in figure_plots(histograms)][:2] == ["1層目", "2層目"]
    assert histograms.backgroundBrush().color().name() == "#ffffff"


def test_experiment_texts_are_cores_in_english_and_translated_in_japanese(qtbot, tmp_path):
    from gui.experiment_texts import experiment_settings_text, experiment_title

    for experiment in EXPERIMENTS.values():
        assert experiment_title(experiment) == experiment.title
        assert experiment_settings_text(experiment) == settings_text(experiment)
    translator = QTranslator()
    assert translator.load(str(compiled(tmp_path, "ja")))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        compare = EXPERIMENTS["optimizer-compare"]
        assert experiment_title(compare) == "MNIST データセットによる更新手法の比較"
        text = experiment_settings_text(compare)
        assert text.startswith("MNIST データセットによる更新手法の比較（本の ch06/")
        assert "パラメータ" in text
        assert "ミニバッチ" in text
        dropout = experiment_settings_text(EXPERIMENTS["dropout"])
        assert "  Dropout 0.2: 784-100-100-100-100-100-100-10、ReLU、He" in dropout
    finally:
        app.removeTranslator(translator)


def test_search_view_retranslates_its_status_and_headers(qtbot, japanese):
    from core.hyperparameter_search import Trial
    from gui.search_view_widget import SearchViewWidget

    view = SearchViewWidget()
    qtbot.addWidget(view)
    assert view.status_text() == "まだ結果はありません。"
    view.show_search(planned=5)
    view.add_trial(Trial(0, 1e-3, 1e-6, (0.1, 0.5), (0.1, 0.6)))
    assert view.status_text().startswith("ハイパーパラメータの探索：5 回中 1 回")
    headers = [view.best_table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["順位", "検証精度", "学習率", "Weight decay", "試行"]
    assert view.scatter_plot.getAxis("bottom").labelText == "学習率"


def test_histogram_dialog_translates_items_and_keeps_the_choice(qtbot, tmp_path):
    from gui.histogram_choice_dialog import HistogramChoiceDialog

    dialog = HistogramChoiceDialog()
    qtbot.addWidget(dialog)
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData("0.01"))
    translator = QTranslator()
    assert translator.load(str(compiled(tmp_path, "ja")))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "アクティベーション分布")
        assert dialog.scale_combo.currentText() == "標準偏差 0.01"
        assert dialog.choice() == ("relu", "0.01")
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Activation histograms")
    assert dialog.scale_combo.currentText() == "std 0.01"
