"""AccuracyPlotWidget: buffered points, refresh, hover text, fixed y range."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from gui.accuracy_plot_widget import AccuracyPlotWidget

TRAIN = [0.1, 0.78, 0.88, 0.90, 0.91, 0.914]
TEST = [0.1, 0.79, 0.885, 0.905, 0.912, 0.9176]


@pytest.fixture
def widget(qtbot) -> AccuracyPlotWidget:
    w = AccuracyPlotWidget()
    qtbot.addWidget(w)
    return w


def fill(widget: AccuracyPlotWidget) -> None:
    for epoch, (train, test) in enumerate(zip(TRAIN, TEST, strict=True)):
        widget.add_epoch(epoch, 600 * epoch, train, test)


def test_white_plot_named_accuracy_plot(widget):
    assert widget.objectName() == "accuracyPlot"
    assert widget.backgroundBrush().color().name() == "#ffffff"
    assert widget.getPlotItem().getAxis("bottom").labelText == "epochs"
    assert widget.train_curve.name() == "train acc"
    assert widget.test_curve.name() == "test acc"


def test_refresh_pushes_the_buffered_points(widget):
    fill(widget)
    assert widget.train_curve.getData() == (None, None)  # nothing drawn before refresh
    widget.refresh()
    epochs = np.arange(len(TRAIN))
    np.testing.assert_array_equal(widget.epochs, epochs)
    np.testing.assert_array_equal(widget.iterations, 600 * epochs)
    np.testing.assert_array_equal(widget.train_acc, TRAIN)
    np.testing.assert_array_equal(widget.test_acc, TEST)
    for curve, values in ((widget.train_curve, TRAIN), (widget.test_curve, TEST)):
        x, y = curve.getData()
        np.testing.assert_array_equal(x, epochs)
        np.testing.assert_array_equal(y, values)


def test_refresh_is_a_no_op_when_nothing_changed(widget, monkeypatch):
    calls = []
    original = widget.train_curve.setData

    def counting(*args, **kwargs):
        calls.append(args)
        original(*args, **kwargs)

    monkeypatch.setattr(widget.train_curve, "setData", counting)
    widget.add_epoch(0, 0, 0.1, 0.1)
    widget.refresh()
    widget.refresh()
    assert len(calls) == 1
    widget.add_epoch(1, 600, 0.8, 0.8)
    widget.refresh()
    assert len(calls) == 2


def test_epochs_must_increase(widget):
    widget.add_epoch(0, 0, 0.1, 0.1)
    with pytest.raises(ValueError, match="does not follow"):
        widget.add_epoch(0, 0, 0.2, 0.2)


def test_hover_text_describes_the_nearest_epoch(widget):
    assert widget.hover_text(0.0) is None  # no data yet
    fill(widget)
    assert widget.hover_text(4.9) == "epoch 5 (iteration 3,000)\ntrain acc 0.9140\ntest acc 0.9176"
    assert widget.hover_text(4.2) == "epoch 4 (iteration 2,400)\ntrain acc 0.9100\ntest acc 0.9120"
    assert widget.hover_text(5.5).startswith("epoch 5 ")
    assert widget.hover_text(5.6) is None
    assert widget.hover_text(-0.7) is None
    assert widget.hover_text(40.0) is None


def test_show_hover_at_shows_and_hides_the_text(widget):
    fill(widget)
    widget.refresh()
    widget.show_hover_at(4.9)
    assert widget.hover_item.isVisible()
    assert widget.hover_item.textItem.toPlainText() == widget.hover_text(4.9)
    assert widget.hover_item.pos().x() == 5
    widget.show_hover_at(30.0)
    assert not widget.hover_item.isVisible()


def test_mouse_move_over_a_point_shows_its_values(widget, qtbot):
    fill(widget)
    widget.refresh()
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.getViewBox()
    view.updateAutoRange()
    widget.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(2.1, 0.5)))
    assert widget.hover_item.isVisible()
    assert widget.hover_item.textItem.toPlainText().startswith("epoch 2 (iteration 1,200)")
    widget.scene().sigMouseMoved.emit(QPointF(-50.0, -50.0))  # outside the plot area
    assert not widget.hover_item.isVisible()


def test_y_stays_zero_to_one_and_x_covers_the_epochs(widget):
    view = widget.getViewBox()
    widget.add_epoch(0, 0, 0.1, 0.1)
    widget.refresh()
    view.updateAutoRange()
    (x_min, x_max), (y_min, y_max) = view.viewRange()
    assert (y_min, y_max) == (0.0, 1.0)
    assert x_min <= 0.0
    assert x_max >= 1.0
    assert view.state["mouseEnabled"] == [True, False]

    for epoch in range(1, 17):
        widget.add_epoch(epoch, 600 * epoch, 0.9, 0.9)
    widget.refresh()
    widget.getPlotItem().autoBtnClicked()  # the "A" button auto-ranges both axes
    view.updateAutoRange()
    (x_min, x_max), (y_min, y_max) = view.viewRange()
    assert x_min <= 0.0
    assert 16.0 <= x_max < 17.0
    assert (y_min, y_max) == (0.0, 1.0)


def test_clear_empties_everything(widget):
    fill(widget)
    widget.refresh()
    widget.show_hover_at(1.0)
    widget.clear()
    assert widget.epochs.size == widget.train_acc.size == widget.test_acc.size == 0
    assert widget.iterations.size == 0
    for curve in (widget.train_curve, widget.test_curve):
        x, y = curve.getData()
        assert x is None or len(x) == 0  # pyqtgraph stores empty data as None
        assert y is None or len(y) == 0
    assert not widget.hover_item.isVisible()
    assert widget.hover_text(1.0) is None
    widget.add_epoch(0, 0, 0.2, 0.2)  # a new run starts at epoch 0 again
    widget.refresh()
    np.testing.assert_array_equal(widget.train_curve.getData()[1], [0.2])


def test_epochs_are_ticked_whole(qtbot):
    widget = AccuracyPlotWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    for epoch in range(5):
        widget.add_epoch(epoch, epoch * 600, 0.5 + epoch / 10, 0.5 + epoch / 10)
    widget.refresh()
    axis = widget.getPlotItem().getAxis("bottom")
    ticks = [value for _, level in axis.tickValues(0, 4, 500) for value in level]
    assert ticks
    assert all(float(value).is_integer() for value in ticks)


# -- language, theme, accessibility ----------------------------------------------------------


def test_texts_follow_the_language_and_come_back(widget):
    from tests.gui.views_i18n import installed

    plot = widget.getPlotItem()
    fill(widget)
    widget.refresh()
    widget.show_hover_at(2.1)
    with installed("zh_CN"):
        assert plot.getAxis("bottom").labelText == "epoch"
        assert plot.getAxis("left").labelText == "识别精度"
        assert plot.legend.getLabel(widget.train_curve).text == "训练数据"
        assert plot.legend.getLabel(widget.test_curve).text == "测试数据"
        assert widget.hover_text(2.1).splitlines()[1] == "训练数据 0.8800"
        assert widget.hover_item.textItem.toPlainText() == widget.hover_text(2.1)
    assert plot.getAxis("left").labelText == "accuracy"
    assert plot.legend.getLabel(widget.train_curve).text == "train acc"
    assert widget.hover_text(2.1).splitlines()[2] == "test acc 0.8850"


def test_overlay_names_follow_the_language(widget):
    from tests.gui.views_i18n import installed, translated

    widget.set_overlays([("run 3", [])])
    label = widget.getPlotItem().legend.getLabel(widget.overlay_curves[0])
    assert label.text == "run 3 (test)"
    with installed("ja"):
        assert label.text == translated("AccuracyPlotWidget", "{name} (test)", "ja").format(
            name="run 3"
        )
        assert label.text != "run 3 (test)"


def test_curve_colours_follow_the_theme_and_keep_their_styles(widget):
    from PySide6.QtCore import Qt

    from gui.appearance import DARK, LIGHT
    from tests.gui.views_i18n import theme

    with theme("dark"):
        assert widget.train_curve.opts["pen"].color().name() == DARK.train.lower()
        assert widget.test_curve.opts["pen"].color().name() == DARK.test.lower()
        assert widget.backgroundBrush().color().name() == DARK.background
    with theme("light"):
        assert widget.train_curve.opts["pen"].color().name() == LIGHT.train.lower()
        assert widget.test_curve.opts["symbolBrush"].color().name() == LIGHT.test.lower()
    assert widget.train_curve.opts["pen"].style() == Qt.PenStyle.SolidLine
    assert widget.test_curve.opts["pen"].style() == Qt.PenStyle.DashLine
    assert (widget.train_curve.opts["symbol"], widget.test_curve.opts["symbol"]) == ("o", "s")


def test_the_plot_has_a_tooltip_and_an_accessible_name(widget):
    assert widget.toolTip()
    assert widget.accessibleName() == "Accuracy plot"


def test_lines_widen_in_presentation_mode(widget):
    from gui.appearance import appearance
    from tests.gui.views_i18n import theme

    widget.set_overlays([("run 3", [])])
    with theme("light"):
        appearance().set_scale(2.0)
        assert widget.train_curve.opts["pen"].widthF() == 4.0
        assert widget.overlay_curves[0].opts["pen"].widthF() == 3.0
    assert widget.train_curve.opts["pen"].widthF() == 2.0
