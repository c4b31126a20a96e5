"""GUI test fixtures: no dangling threads, no real user settings."""

from __future__ import annotations

import itertools
import traceback
import weakref

import pytest
from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QWidget


@pytest.fixture(autouse=True)
def no_dangling_qthreads(qtbot, monkeypatch):
    """Fail a test that leaves a QThread it started running, and say where it was started."""
    started: list[tuple[weakref.ref, str]] = []
    original_start = QThread.start

    def recording_start(self: QThread, *args) -> None:
        where = "".join(traceback.format_stack(limit=6)[:-1])
        started.append((weakref.ref(self), where))
        original_start(self, *args)

    monkeypatch.setattr(QThread, "start", recording_start)
    yield
    running = [(thread, where) for ref, where in started if _is_running(thread := ref())]
    for thread, _ in running:  # do not leave it for the next test either
        thread.quit()
        thread.wait(5000)
    assert not running, f"test left {len(running)} QThread(s) running, started at:\n" + "\n".join(
        where for _, where in running
    )


def _is_running(thread: QThread | None) -> bool:
    if thread is None:  # collected: it is not running
        return False
    try:
        return thread.isRunning()
    except RuntimeError:  # the C++ object is already deleted: it is not running
        return False


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Point QSettings at tmp_path so tests never read or write the user's settings."""
    settings_dir = tmp_path / "settings"
    settings_dir.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(settings_dir))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(settings_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(settings_dir))
    return settings_dir


@pytest.fixture
def window(qtbot):
    """A shown main window; its training and gradient-check threads end with the test."""
    from gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.gradcheck.stop_and_wait()
    w.stop_thread(5000)
    qtbot.waitUntil(lambda: not w.is_training_thread_running(), timeout=5000)


def overlapping_siblings(root: QWidget) -> list[str]:
    """Pairs of visible sibling widgets under ``root`` whose rectangles intersect in their parent.

    A child entirely outside its parent (a tabbed dock page moved aside) does not count.
    """
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible():
            continue
        children = [
            child
            for child in parent.children()
            if isinstance(child, QWidget)
            and child.isVisible()
            and not child.isWindow()
            and child.geometry().intersects(parent.rect())
        ]
        for a, b in itertools.combinations(children, 2):
            if a.geometry().intersects(b.geometry()):
                found.append(
                    f"in {type(parent).__name__} {parent.objectName()!r}: "
                    f"{type(a).__name__} {a.objectName()!r} {a.geometry().getRect()} and "
                    f"{type(b).__name__} {b.objectName()!r} {b.geometry().getRect()}"
                )
    return found


@pytest.fixture
def overlaps():
    """``overlaps(widget)``: the sibling widgets that draw over each other under it."""
    return overlapping_siblings
