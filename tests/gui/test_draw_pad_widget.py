"""DrawPadWidget: strokes land where the mouse went, in canvas coordinates, without gaps."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QPainter,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtWidgets import QApplication

from gui.draw_pad_widget import (
    CANVAS_SIZE,
    PEN_WIDTH,
    DrawPadWidget,
    array_to_qimage,
    qimage_to_array,
)

RADIUS = PEN_WIDTH / 2
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def pad(qtbot):
    widget = DrawPadWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 400)  # not 280: widget and canvas coordinates differ by 0.7
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def draw(qtbot, widget, points: list[tuple[int, int]]) -> None:
    """Press at the first point, move through the rest with the left button held, release."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for point in points[1:]:  # QTest remembers the pressed button for moves
        qtbot.mouseMove(widget, QPoint(*point))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def distance_to_polyline(points: list[tuple[float, float]]) -> np.ndarray:
    """(280, 280) distance of each canvas pixel centre to the polyline through (x, y) points."""
    rows, cols = np.mgrid[0:CANVAS_SIZE, 0:CANVAS_SIZE] + 0.5
    best = np.full((CANVAS_SIZE, CANVAS_SIZE), np.inf)
    for (x0, y0), (x1, y1) in zip(points, points[1:] or points, strict=False):
        dx, dy = x1 - x0, y1 - y0
        t = ((cols - x0) * dx + (rows - y0) * dy) / max(dx * dx + dy * dy, 1e-9)
        t = np.clip(t, 0.0, 1.0)
        best = np.minimum(best, np.hypot(cols - x0 - t * dx, rows - y0 - t * dy))
    return best


def assert_ink_follows(canvas: np.ndarray, canvas_points: list[tuple[float, float]]) -> None:
    distance = distance_to_polyline(canvas_points)
    assert canvas[distance < RADIUS - 1.5].min() > 0.9, "a gap in the stroke"
    assert canvas[distance > RADIUS + 1.5].max() == 0.0, "ink far from the stroke"


def test_empty_canvas_shape_dtype_range(pad):
    canvas = pad.canvas_array()
    assert canvas.shape == (CANVAS_SIZE, CANVAS_SIZE)
    assert canvas.dtype == np.float32
    assert not canvas.any()
    assert pad.is_empty()
    assert pad.objectName() == "drawPad"
    assert pad.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_hint_is_painted_but_not_on_the_canvas(pad):
    pad.grab()  # runs paintEvent, hint included
    assert not pad.canvas_array().any()


def test_one_far_move_draws_a_continuous_line_in_canvas_coordinates(qtbot, pad):
    with qtbot.waitSignal(pad.drawing_changed):
        draw(qtbot, pad, [(50, 100), (350, 300)])
    canvas = pad.canvas_array()
    assert canvas.max() == 1.0 and canvas.min() == 0.0
    assert_ink_follows(canvas, [(35, 70), (245, 210)])  # widget x 0.7
    assert not pad.is_empty()


def test_two_far_apart_moves_draw_a_joined_polyline(qtbot, pad):
    draw(qtbot, pad, [(60, 60), (340, 60), (100, 360)])  # a "7"
    assert_ink_follows(pad.canvas_array(), [(42, 42), (238, 42), (70, 252)])


def test_each_move_emits_drawing_changed(qtbot, pad):
    emitted = []
    pad.drawing_changed.connect(lambda: emitted.append(1))
    draw(qtbot, pad, [(100, 100), (200, 120), (300, 140)])
    assert len(emitted) == 3  # the press's dot and two line segments


def test_a_click_without_move_leaves_a_dot(qtbot, pad):
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    assert_ink_follows(pad.canvas_array(), [(140, 70)])


def test_moves_without_a_button_do_not_draw(qtbot, pad):
    qtbot.mouseMove(pad, QPoint(100, 100))
    qtbot.mouseMove(pad, QPoint(300, 300))
    assert pad.is_empty() and not pad.canvas_array().any()


def test_a_wide_widget_shows_the_canvas_in_a_centred_square(qtbot, pad):
    pad.resize(600, 300)  # the square is x 150..450, y 0..300; scale 280/300
    draw(qtbot, pad, [(150, 150), (450, 150)])
    assert_ink_follows(pad.canvas_array(), [(0, 140), (280, 140)])


@pytest.mark.parametrize("how", ["right_click", "escape", "clear"])
def test_clearing_empties_and_emits_cleared(qtbot, pad, how):
    draw(qtbot, pad, [(100, 100), (300, 300)])
    with qtbot.waitSignals([pad.cleared, pad.drawing_changed]):
        if how == "right_click":
            qtbot.mouseClick(pad, Qt.MouseButton.RightButton, pos=QPoint(200, 200))
        elif how == "escape":
            qtbot.keyClick(pad, Qt.Key.Key_Escape)
        else:
            pad.clear()
    assert pad.is_empty() and not pad.canvas_array().any()


def test_set_canvas_scales_a_28x28_digit_smoothly_to_fit(qtbot, pad):
    digit = np.zeros((28, 28))
    digit[4:24, 13:15] = 1.0  # a vertical bar: canvas rows 40-240, columns 130-150
    with qtbot.waitSignal(pad.drawing_changed):
        pad.set_canvas(digit)
    canvas = pad.canvas_array()
    assert canvas[50:230, 135:145].min() > 0.9  # bilinear: the outer columns are grey
    assert canvas[:30].max() == 0 and canvas[250:].max() == 0
    assert canvas[:, :120].max() == 0 and canvas[:, 160:].max() == 0
    assert 0 < np.count_nonzero((canvas > 0.05) & (canvas < 0.95))  # smooth, grey edges
    assert not pad.is_empty()


def test_set_canvas_keeps_aspect_ratio_and_centres(pad):
    pad.set_canvas(np.ones((10, 20)))  # 280 wide, 140 tall: rows 70-210
    canvas = pad.canvas_array()
    assert canvas[75:205].min() > 0.99
    assert canvas[:65].max() == 0 and canvas[215:].max() == 0


def test_set_canvas_of_zeros_is_empty_and_bad_shapes_raise(pad):
    pad.set_canvas(np.zeros((28, 28)))
    assert pad.is_empty()
    with pytest.raises(ValueError, match="2-D"):
        pad.set_canvas(np.zeros(784))


def save_digit_png(path, ink: QColor, background: QColor) -> str:
    image = QImage(56, 56, QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.fillRect(24, 8, 8, 40, ink)  # a vertical bar in the middle
    painter.end()
    assert image.save(str(path))
    return str(path)


@pytest.mark.parametrize(
    ("ink", "background"),
    [
        (QColor("white"), QColor("black")),  # MNIST's polarity: kept
        (QColor("black"), QColor("white")),  # a scanned page: inverted
        (QColor("black"), QColor(0, 0, 0, 0)),  # dark ink on transparency
        (QColor("white"), QColor(255, 255, 255, 0)),  # light ink on transparency
    ],
)
def test_load_image_file_gives_ink_high(pad, tmp_path, ink, background):
    pad.load_image_file(save_digit_png(tmp_path / "digit.png", ink, background))
    canvas = pad.canvas_array()  # 56 -> 280 is x5: the bar is columns 120-160, rows 40-240
    assert canvas[50:230, 125:155].min() > 0.95
    assert canvas[:, :110].max() < 0.05 and canvas[:, 170:].max() < 0.05


def test_load_image_file_rejects_a_non_image(pad, tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    with pytest.raises(ValueError, match=r"could not read .*notes\.png as an image"):
        pad.load_image_file(str(path))
    assert pad.is_empty()


def test_qimage_to_array_skips_row_padding():
    image = QImage(30, 30, QImage.Format.Format_Grayscale8)
    assert image.bytesPerLine() == 32  # rows are 4-byte aligned: 2 bytes of padding
    image.fill(0)
    for row in range(30):
        image.setPixel(row, row, 0xFFFFFFFF)  # a diagonal survives only with the right stride
    assert np.array_equal(qimage_to_array(image), np.eye(30, dtype=np.float32))


def test_array_to_qimage_round_trips_through_padded_rows():
    array = np.random.default_rng(0).random((30, 30))
    image = array_to_qimage(array)
    assert image.format() == QImage.Format.Format_Grayscale8 and image.bytesPerLine() == 32
    np.testing.assert_allclose(qimage_to_array(image), array, atol=0.5 / 255 + 1e-6)


def drag_events(path: str) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(path)])
    args = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return QDragEnterEvent(QPoint(10, 10), *args), QDropEvent(QPointF(10, 10), *args), data


def test_dropping_an_image_file_loads_it(pad, tmp_path):
    path = save_digit_png(tmp_path / "digit.png", QColor("black"), QColor("white"))
    enter, drop, _data = drag_events(path)
    QApplication.sendEvent(pad, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(pad, drop)
    assert pad.canvas_array()[50:230, 125:155].min() > 0.95


def test_dragging_a_non_image_file_is_refused(pad, tmp_path):
    enter, _drop, _data = drag_events(str(tmp_path / "notes.txt"))
    QApplication.sendEvent(pad, enter)
    assert not enter.isAccepted()


def test_dropping_an_unreadable_image_emits_load_failed(qtbot, pad, tmp_path):
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\x00garbage")
    enter, drop, _data = drag_events(str(path))
    QApplication.sendEvent(pad, enter)  # Qt delivers a drop only after an accepted enter
    with qtbot.waitSignal(pad.load_failed) as blocker:
        QApplication.sendEvent(pad, drop)
    assert "broken.jpg" in blocker.args[0]
    assert pad.is_empty()


def send_tablet(widget, kind: QTabletEvent.Type, x: float, y: float, pressure: float) -> None:
    position = QPointF(x, y)
    held = Qt.MouseButton.NoButton if kind == QTabletEvent.Type.TabletRelease else LEFT
    device = QPointingDevice.primaryPointingDevice()
    global_position = QPointF(widget.mapToGlobal(position))
    no_tilt_rotation_or_z = (0.0,) * 5
    event = QTabletEvent(
        kind,
        device,
        position,
        global_position,
        pressure,
        *no_tilt_rotation_or_z,
        Qt.KeyboardModifier.NoModifier,
        LEFT,
        held,
    )
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()  # an ignored one comes back as a synthesized mouse event


def test_a_tablet_pen_draws_like_the_mouse(pad):
    send_tablet(pad, QTabletEvent.Type.TabletPress, 100, 200, 0.5)
    send_tablet(pad, QTabletEvent.Type.TabletMove, 300, 200, 0.5)
    send_tablet(pad, QTabletEvent.Type.TabletRelease, 300, 200, 0.0)
    assert_ink_follows(pad.canvas_array(), [(70, 140), (210, 140)])  # 1x width at half pressure
