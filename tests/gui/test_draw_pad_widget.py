"""DrawPadWidget: strokes land where the mouse went, in canvas coordinates, without gaps."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

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
    display_pixmap,
    qimage_to_array,
)
from gui.image_loading import DECODE_SIDE, decode_ink

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
    assert canvas.max() == 1.0
    assert canvas.min() == 0.0
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
    assert pad.is_empty()
    assert not pad.canvas_array().any()


def test_a_wide_widget_shows_the_canvas_in_a_centred_square(qtbot, pad):
    pad.resize(600, 300)  # the square is x 150..450, y 0..300; scale 280/300
    draw(qtbot, pad, [(150, 150), (450, 150)])
    assert_ink_follows(pad.canvas_array(), [(0, 140), (280, 140)])


@pytest.mark.parametrize("how", ["right_click", "escape", "delete", "backspace", "clear"])
def test_clearing_empties_and_emits_cleared(qtbot, pad, how):
    draw(qtbot, pad, [(100, 100), (300, 300)])
    keys = {"escape": Qt.Key.Key_Escape, "delete": Qt.Key.Key_Delete}
    keys["backspace"] = Qt.Key.Key_Backspace
    with qtbot.waitSignals([pad.cleared, pad.drawing_changed]):
        if how == "right_click":
            qtbot.mouseClick(pad, Qt.MouseButton.RightButton, pos=QPoint(200, 200))
        elif how in keys:
            qtbot.keyClick(pad, keys[how])
        else:
            pad.clear()
    assert pad.is_empty()
    assert not pad.canvas_array().any()


def test_set_canvas_scales_a_28x28_digit_smoothly_to_fit(qtbot, pad):
    digit = np.zeros((28, 28))
    digit[4:24, 13:15] = 1.0  # a vertical bar: canvas rows 40-240, columns 130-150
    with qtbot.waitSignal(pad.drawing_changed):
        pad.set_canvas(digit)
    canvas = pad.canvas_array()
    assert canvas[50:230, 135:145].min() > 0.9  # bilinear: the outer columns are grey
    assert canvas[:30].max() == 0
    assert canvas[250:].max() == 0
    assert canvas[:, :120].max() == 0
    assert canvas[:, 160:].max() == 0
    assert np.count_nonzero((canvas > 0.05) & (canvas < 0.95)) > 0  # smooth, grey edges
    assert not pad.is_empty()


def test_set_canvas_keeps_aspect_ratio_and_centres(pad):
    pad.set_canvas(np.ones((10, 20)))  # 280 wide, 140 tall: rows 70-210
    canvas = pad.canvas_array()
    assert canvas[75:205].min() > 0.99
    assert canvas[:65].max() == 0
    assert canvas[215:].max() == 0


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
    assert canvas[:, :110].max() < 0.05
    assert canvas[:, 170:].max() < 0.05


def test_load_image_file_rejects_a_non_image(pad, tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    with pytest.raises(ValueError, match=r"notes\.png: it is not an image this app can read"):
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
    assert image.format() == QImage.Format.Format_Grayscale8
    assert image.bytesPerLine() == 32
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


def test_dropping_an_image_file_loads_it(qtbot, pad, tmp_path):
    path = save_digit_png(tmp_path / "digit.png", QColor("black"), QColor("white"))
    enter, drop, _data = drag_events(path)
    QApplication.sendEvent(pad, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(pad.image_loaded) as blocker:
        QApplication.sendEvent(pad, drop)
    assert blocker.args == [path]
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


# -- loading images: robust, in the background -------------------------------------------


def draw_something(qtbot, pad) -> np.ndarray:
    draw(qtbot, pad, [(100, 100), (300, 300)])
    return pad.canvas_array()


def load_and_wait(qtbot, pad, path) -> str:
    """start_loading(path); the message of load_failed (fails if the image loads instead)."""
    loaded = []
    pad.image_loaded.connect(loaded.append)
    with qtbot.waitSignal(pad.load_failed, timeout=10_000) as blocker:
        pad.start_loading(str(path))
    assert not loaded
    return blocker.args[0]


def save_gray(path, gray: np.ndarray, alpha: np.ndarray | None = None) -> str:
    """Save (H, W) gray levels 0-255 (and an alpha) as a PNG."""
    h, w = gray.shape
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba[:, :, :3] = np.asarray(gray, dtype=np.uint8)[:, :, None]
    rgba[:, :, 3] = 255 if alpha is None else alpha
    image = QImage(rgba.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
    assert image.save(str(path))
    return str(path)


@pytest.mark.parametrize(
    ("gray", "alpha"),
    [
        (np.full((40, 40), 255), None),  # all white
        (np.full((40, 40), 0), None),  # all black
        (np.full((40, 40), 128), None),  # uniform grey
        (np.full((40, 40), 255), np.zeros((40, 40))),  # fully transparent
        (np.full((1, 1), 0), None),  # 1x1
        (np.full((1, 1), 255), None),
    ],
)
def test_an_image_without_a_digit_keeps_the_drawing_and_says_so(qtbot, pad, tmp_path, gray, alpha):
    drawing = draw_something(qtbot, pad)
    message = load_and_wait(qtbot, pad, save_gray(tmp_path / "blank.png", gray, alpha))
    assert "No digit in" in message
    assert "blank.png" in message
    assert "keeps your drawing" in message
    np.testing.assert_array_equal(pad.canvas_array(), drawing)
    assert not pad.is_empty()
    with pytest.raises(ValueError, match="No digit"):  # the blocking path too
        pad.load_image_file(save_gray(tmp_path / "white.png", np.full((9, 9), 255)))
    np.testing.assert_array_equal(pad.canvas_array(), drawing)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking_and_the_pad_stays_usable(qtbot, pad, tmp_path):
    path = tmp_path / "pipe.png"
    os.mkfifo(path)
    drawing = draw_something(qtbot, pad)
    message = load_and_wait(qtbot, pad, path)
    assert "pipe.png" in message
    assert "named pipe" in message
    np.testing.assert_array_equal(pad.canvas_array(), drawing)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda folder: folder / "gone.png", "no such file"),
        (lambda folder: (folder / "album.png").mkdir() or folder / "album.png", "is a folder"),
        (lambda folder: (folder / "x.png").write_text("text") and folder / "x.png", "not an image"),
    ],
)
def test_files_that_cannot_be_loaded_say_why(qtbot, pad, tmp_path, make, expected):
    message = load_and_wait(qtbot, pad, make(tmp_path))
    assert expected in message
    assert "\n" not in message
    assert pad.is_empty()


def test_a_file_without_permission_says_permission(qtbot, pad, tmp_path, monkeypatch):
    path = Path(save_digit_png(tmp_path / "secret.png", QColor("white"), QColor("black")))
    path.chmod(0)
    if os.geteuid() == 0:  # root reads it anyway: refuse it as the kernel would for a user
        real_open = os.open

        def refusing_open(name, flags, *args, **kwargs):
            if os.fspath(name) == str(path):
                raise PermissionError(13, "Permission denied", os.fspath(name))
            return real_open(name, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
    message = load_and_wait(qtbot, pad, path)
    assert "secret.png" in message
    assert "permission" in message.lower()
    assert "not found" not in message
    assert "no such file" not in message


def test_a_path_with_a_newline_is_shown_on_one_line(qtbot, pad, tmp_path):
    message = load_and_wait(qtbot, pad, tmp_path / "line\nbreak.png")
    assert "line\\nbreak.png" in message
    assert "\n" not in message


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares width x height pixels but holds almost no pixel data."""
    fields = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    pixels = zlib.compress(bytes(100))
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", fields)
        + png_chunk(b"IDAT", pixels)
        + png_chunk(b"IEND", b"")
    )


def test_an_absurdly_large_image_is_refused_before_decoding(qtbot, pad, tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header(100_000, 100_000))  # 10 gigapixels in 80 bytes
    message = load_and_wait(qtbot, pad, path)
    assert "bomb.png" in message
    assert "100,000 x 100,000 pixels" in message
    assert pad.is_empty()


def test_a_large_image_is_decoded_scaled_down_keeping_its_aspect(tmp_path):
    gray = np.full((1000, 3000), 255, dtype=np.uint8)
    gray[100:900, 1400:1600] = 0  # a dark bar on white: 800 x 200
    path = save_gray(tmp_path / "wide.png", gray)
    ink = decode_ink(Path(path).read_bytes(), path)
    assert ink.shape == (round(DECODE_SIDE / 3), DECODE_SIDE)  # 3000 x 1000 -> 560 x 187
    rows, cols = np.nonzero(ink > 0.5)
    assert rows.min() == pytest.approx(100 * DECODE_SIDE / 3000, abs=1.5)
    assert cols.min() == pytest.approx(1400 * DECODE_SIDE / 3000, abs=1.5)


def test_loading_runs_in_the_background_and_reports_once(qtbot, pad, tmp_path):
    path = save_digit_png(tmp_path / "digit.png", QColor("white"), QColor("black"))
    with qtbot.waitSignal(pad.image_loaded) as blocker:
        pad.start_loading(path)
        assert pad.is_loading()
        assert pad.is_empty()
    assert blocker.args == [path]
    assert not pad.is_loading()
    assert pad.canvas_array()[50:230, 125:155].min() > 0.95


@pytest.mark.parametrize("how", ["clear", "set_canvas"])
def test_a_newer_drawing_supersedes_an_image_still_loading(qtbot, pad, tmp_path, how):
    path = save_digit_png(tmp_path / "digit.png", QColor("white"), QColor("black"))
    reported = []
    pad.image_loaded.connect(reported.append)
    pad.load_failed.connect(reported.append)
    pad.start_loading(path)
    if how == "clear":
        pad.clear()
    else:
        pad.set_canvas(np.eye(28))
    expected = pad.canvas_array()
    assert pad.wait_for_loading(10_000)
    QApplication.processEvents()  # deliver the worker's result: it must be dropped
    assert reported == []
    assert not pad.is_loading()
    np.testing.assert_array_equal(pad.canvas_array(), expected)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_dropping_a_fifo_named_like_an_image_is_refused(qtbot, pad, tmp_path):
    path = tmp_path / "pipe.png"
    os.mkfifo(path)
    enter, drop, _data = drag_events(str(path))
    QApplication.sendEvent(pad, enter)
    with qtbot.waitSignal(pad.load_failed, timeout=10_000) as blocker:
        QApplication.sendEvent(pad, drop)
    assert "named pipe" in blocker.args[0]


def test_a_speck_that_fades_away_when_fitted_keeps_the_drawing(qtbot, pad, tmp_path):
    gray = np.zeros((2000, 2000), dtype=np.uint8)
    gray[1000, 1000] = 255  # one pixel: faint once 2000 px are scaled to the 280-px canvas
    path = save_gray(tmp_path / "speck.png", gray)
    drawing = draw_something(qtbot, pad)
    message = load_and_wait(qtbot, pad, path)
    assert "No digit in" in message
    assert "speck.png" in message
    np.testing.assert_array_equal(pad.canvas_array(), drawing)


# -- keyboard, language, theme, 200% scale -------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_or_space_asks_for_a_reading(qtbot, pad, key):
    with qtbot.waitSignal(pad.read_requested, timeout=1000):
        qtbot.keyClick(pad, key)


def test_another_key_asks_for_nothing(qtbot, pad):
    asked = []
    pad.read_requested.connect(lambda: asked.append(True))
    pad.cleared.connect(lambda: asked.append(False))
    qtbot.keyClick(pad, Qt.Key.Key_A)
    assert asked == []


def test_the_display_pixmap_has_the_device_pixels_of_the_ratio():
    canvas = QImage(CANVAS_SIZE, CANVAS_SIZE, QImage.Format.Format_Grayscale8)
    canvas.fill(255)
    for ratio, side, pixels in ((1.0, 300, 300), (2.0, 300, 600), (1.5, 201, 302)):
        pixmap = display_pixmap(canvas, side, ratio)
        assert pixmap.devicePixelRatio() == ratio
        assert (pixmap.width(), pixmap.height()) == (pixels, pixels)
        assert pixmap.deviceIndependentSize().width() == pytest.approx(side, abs=0.5)


def test_the_pad_paints_at_its_screens_ratio(qtbot, pad, monkeypatch):
    side = min(pad.width(), pad.height())
    assert pad.shown_pixmap().width() == side
    monkeypatch.setattr(pad, "devicePixelRatioF", lambda: 2.0)
    pixmap = pad.shown_pixmap()
    assert (pixmap.width(), pixmap.devicePixelRatio()) == (2 * side, 2.0)


def test_the_shown_pixmap_follows_the_drawing(qtbot, pad):
    before = pad.shown_pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    draw(qtbot, pad, [(100, 100), (300, 300)])
    after = pad.shown_pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    assert before.pixel(200, 200) != after.pixel(200, 200)


def test_the_frame_follows_the_theme_and_shows_the_focus(qtbot, pad):
    from gui.appearance import DARK, LIGHT
    from tests.gui.views_i18n import theme

    pad.clearFocus()
    with theme("dark"):
        assert pad.frame_color().name() == DARK.pad_frame
    with theme("light"):
        assert pad.frame_color().name() == LIGHT.pad_frame
        pad.activateWindow()
        pad.setFocus()
        qtbot.waitUntil(pad.hasFocus)
        assert pad.frame_color() == pad.palette().color(pad.palette().ColorRole.Highlight)


def test_tooltip_and_accessible_name_follow_the_language(pad):
    from tests.gui.views_i18n import installed, translated

    assert pad.accessibleName() == "Digit drawing pad"
    assert "Delete" in pad.toolTip()
    with installed("ja"):
        assert pad.accessibleName() == translated("DrawPadWidget", "Digit drawing pad", "ja")
        assert pad.toolTip().startswith("マウス")
    assert pad.accessibleName() == "Digit drawing pad"
