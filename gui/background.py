"""Running one slow call (reading or writing a file) off the GUI thread.

``call_in_background(fn, on_done)`` runs ``fn()`` in a Python thread and calls
``on_done(result, error)`` back in the GUI thread, through a queued signal of
a ``QObject`` that lives there. Nothing in ``fn`` may touch a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Brings a background call's outcome back to the GUI thread.

    Its own method is the slot: a plain function connected to ``finished``
    would run in the emitting (background) thread.
    """

    finished = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, on_done: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self.finished.connect(self._deliver)

    def _deliver(self, result: object, error: object) -> None:
        _running.discard(self)
        self._on_done(result, error)  # type: ignore[arg-type]


_running: set[_Relay] = set()  # relays whose call has not come back yet


def call_in_background(
    fn: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None], name: str
) -> None:
    """Run ``fn()`` in a thread named ``name``; then ``on_done(result, error)`` in this thread.

    Must be called from the GUI thread (the relay lives where it is made).
    """
    relay = _Relay(on_done)
    _running.add(relay)

    def work() -> None:
        try:
            result = fn()
        except Exception as exc:
            relay.finished.emit(None, exc)
        else:
            relay.finished.emit(result, None)

    threading.Thread(target=work, name=name, daemon=True).start()
