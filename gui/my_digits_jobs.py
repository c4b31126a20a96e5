"""The slow work of My digits, off the GUI thread (``gui.background``).

``RunScoring`` scores every saved run on the set, one job at a time: a request
while one runs is served when it ends, and scores of a set that has changed
meanwhile are thrown away and computed again (loading a model file takes tens
of milliseconds). ``export_digits`` and ``import_digits`` write and read
folders of PNGs and hand back what to tell the user, as a callable so that it
is written again in the current language; those texts keep the translation
context of ``MyDigitsWidget``, where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.my_digits import DigitSet, MyDigitsStore
from core.my_digits_files import ImportReport, export_folder, import_folder
from core.my_digits_score import RunScore, RunScorer
from core.path_display import show_path
from gui.background import call_in_background
from gui.core_text import shown

Message = Callable[[], str]
"""A message to the user, rendered in the current language each time it is called."""


class RunScoring:
    """Scores the saved runs of ``root()`` on ``digits()`` in the background.

    Parameters
    ----------
    digits : callable returning a DigitSet
        The current set (asked when a job starts and when it ends).
    root : callable returning a Path
        The runs folder (asked when a job starts).
    done : callable ``(scores, error)``
        Called in the GUI thread with the scores of the current set, or the error.
    """

    def __init__(
        self,
        digits: Callable[[], DigitSet],
        root: Callable[[], Path],
        done: Callable[[list[RunScore] | None, BaseException | None], None],
    ) -> None:
        self._digits, self._root, self._done = digits, root, done
        self._scorer = RunScorer()
        self.running = False
        self._again = False

    def start(self) -> None:
        """Score every saved run, in the background (again later if a job is running)."""
        if self.running:
            self._again = True
            return
        self.running, self._again = True, False
        digits, root, scorer = self._digits(), self._root(), self._scorer
        x, t = digits.arrays()
        call_in_background(
            lambda: scorer.score_root(root, x, t),
            lambda result, error: self._on_scored(digits, result, error),
            "my-digits-scores",
        )

    def _on_scored(
        self, digits: DigitSet, result: list[RunScore] | None, error: BaseException | None
    ) -> None:
        self.running = False
        if self._again or digits is not self._digits():
            self.start()  # the set changed meanwhile: these scores are of the old one
            return
        self._done(result, error)


def export_digits(
    digits: DigitSet, folder: str | Path, done: Callable[[Message, str, bool], None]
) -> None:
    """Write ``digits`` into ``folder`` in the background; then ``done(message, "", False)``."""
    call_in_background(
        lambda: export_folder(digits, folder),
        lambda result, error: done(_exported(folder, result, error), "", False),
        "my-digits-export",
    )


def _exported(folder: str | Path, result: list | None, error: BaseException | None) -> Message:
    if error is not None:
        return lambda: QCoreApplication.translate(
            "MyDigitsWidget", "Could not export: {error}"
        ).format(error=shown(error))
    count = len(result or [])
    return lambda: QCoreApplication.translate(
        "MyDigitsWidget", "Exported {count} drawings to {folder}"
    ).format(count=count, folder=show_path(folder))


def import_digits(
    store: MyDigitsStore, folder: str | Path, done: Callable[[Message, str, bool], None]
) -> None:
    """Add the usable PNGs of ``folder`` to ``store`` in the background.

    Then ``done(message, details, changed)``: the skipped files in ``details``,
    ``changed`` True when the import ran (the set must be read again).
    """
    call_in_background(
        lambda: import_folder(store, folder),
        lambda report, error: _on_imported(report, error, done),
        "my-digits-import",
    )


def _on_imported(
    report: ImportReport | None,
    error: BaseException | None,
    done: Callable[[Message, str, bool], None],
) -> None:
    if error is not None or report is None:
        done(
            lambda: QCoreApplication.translate(
                "MyDigitsWidget", "Could not import: {error}"
            ).format(error=shown(error)),
            "",
            False,
        )
        return
    details = "\n".join(f"{item.name}: {shown(item.reason)}" for item in report.skipped)
    done(
        lambda: QCoreApplication.translate(
            "MyDigitsWidget", "Added {added} drawings; skipped {skipped} files."
        ).format(added=report.added, skipped=len(report.skipped)),
        details,
        True,
    )
