"""A worker's thread: the worker runs there, and is destroyed back in the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal

from gui.worker_thread import thread_for


class _Worker(QObject):
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ran_in: int | None = None

    def run(self) -> None:
        self.ran_in = threading.get_ident()
        self.finished.emit()


def test_the_worker_runs_in_its_thread_and_is_destroyed_in_the_gui_thread(qtbot):
    """Destroyed in its own thread, a PySide object can deadlock with the GUI thread.

    (PySide's destructor waits for the GIL while it holds a Qt signal-slot mutex.)
    """
    worker = _Worker()
    destroyed_in: list[int] = []
    worker.destroyed.connect(
        lambda *_: destroyed_in.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    thread = thread_for(worker, "testWorker")
    ran_in = []
    worker.finished.connect(
        lambda: ran_in.append(worker.ran_in), Qt.ConnectionType.DirectConnection
    )
    thread.start()
    qtbot.waitUntil(lambda: destroyed_in != [], timeout=5000)
    qtbot.waitUntil(thread.isFinished, timeout=5000)
    assert ran_in[0] != threading.get_ident()
    assert destroyed_in == [threading.get_ident()]
    thread.deleteLater()
