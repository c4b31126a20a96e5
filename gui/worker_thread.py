"""Moving a worker ``QObject`` to a new ``QThread``, wired the way that cannot deadlock."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread


def thread_for(worker: QObject, name: str) -> QThread:
    """A new, not yet started thread that runs ``worker.run`` and quits when it finishes.

    ``worker`` needs a ``run`` slot and a ``finished`` signal. The caller connects
    the other signals, keeps references to both until ``thread.finished``, and
    calls ``thread.start()``.

    The worker goes back to the caller's thread when it finishes, and is deleted
    there once the thread has finished (never in the worker thread: see below).
    The caller must not call the worker's Qt methods once ``thread.finished``
    has been emitted; what it needs from the worker has to arrive through its
    signals. The thread
    itself lives in the caller's thread: the caller deletes it (``deleteLater``)
    after ``finished``.
    """
    thread = QThread()
    thread.setObjectName(name)
    home = worker.thread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: QThread.quit is thread-safe, and a queued quit would wait for the GUI
    # thread, which may itself be waiting for this thread (a deadlock).
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    # Back home before the thread ends, so that it is destroyed in the GUI thread.
    # Destroyed in its own thread, PySide's destructor waits for the GIL while it
    # holds one of Qt's signal-slot mutexes; the GUI thread, holding the GIL, may
    # be waiting for that mutex in QObject.connect: both wait for good.
    worker.finished.connect(
        lambda *_: worker.moveToThread(home), Qt.ConnectionType.DirectConnection
    )
    thread.finished.connect(worker.deleteLater)
    # One delete path only: Qt's. If the caller dropped the last Python reference
    # while the deferred delete is still pending, PySide would delete the object
    # too, from the GUI thread (a double free). This connection holds a reference
    # to the wrapper until Qt has destroyed the object and drops its connections.
    worker.destroyed.connect(lambda *_, keep=worker: None)
    return thread
