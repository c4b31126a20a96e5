"""Moving a worker ``QObject`` to a new ``QThread``, wired the way that cannot deadlock."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread


def thread_for(worker: QObject, name: str) -> QThread:
    """A new, not yet started thread that runs ``worker.run`` and quits when it finishes.

    ``worker`` needs a ``run`` slot and a ``finished`` signal. The caller connects
    the other signals, keeps references to both until ``thread.finished``, and
    calls ``thread.start()``.
    """
    thread = QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: QThread.quit is thread-safe, and a queued quit would wait for the GUI
    # thread, which may itself be waiting for this thread (a deadlock).
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    return thread
