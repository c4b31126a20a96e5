"""My digits: the learner's own drawings, and how well every model reads them.

A gallery of the saved drawings with their true labels, and a table of scores:
the live network (the one the window shows) and each saved run. Choosing a
row marks every drawing of the gallery ✓ or ✗ by that model's reading.

The set is read again when its file changes (the reader's "Save to my
digits" writes it); the live network is rescored when its weights change,
the saved runs when the tab comes into view or the drawings change. Runs are
scored off the GUI thread (``core.my_digits_score.RunScorer``: loading a model
file takes tens of milliseconds), one job at a time; import and export too.
Nothing is computed while the tab is behind another.

The gallery is ``gui.my_digits_gallery``, the scores table ``gui.my_digits_scores``,
the background jobs ``gui.my_digits_jobs``; this widget ties them together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.architecture import Network
from core.my_digits import DigitSet, MyDigitsError, MyDigitsStore
from core.my_digits_score import RunScore, Score, score
from core.phrase import message
from core.run_store import runs_dir
from gui.core_text import shown
from gui.i18n import Retranslating
from gui.my_digits_gallery import MyDigitsGalleryColumn, summary_text
from gui.my_digits_jobs import Message, RunScoring, export_digits, import_digits
from gui.my_digits_scores import MyDigitsScores

REFRESH_MS = 500


class MyDigitsWidget(Retranslating, QWidget):
    """The gallery of My digits and the scores of every model on them.

    Parameters
    ----------
    parent : QWidget, optional
    store : MyDigitsStore, optional
        The set; the user's (``MyDigitsStore()``) by default.
    runs_root : callable returning a Path, optional
        The runs folder whose runs are scored (asked each time); ``runs_dir()`` by default.
    """

    runs_scored = Signal()
    """The saved runs' scores are in the table."""
    files_done = Signal(str)
    """An import or export ended; the message shown."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        store: MyDigitsStore | None = None,
        runs_root: Callable[[], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myDigits")
        self.store = store if store is not None else MyDigitsStore()
        self._runs_root = runs_root or runs_dir
        self._live_key: Callable[[], object] = lambda: None
        self._live_network: Callable[[], Network | None] = lambda: None
        self._shown_live_key: object = ()
        self._run_scoring = RunScoring(lambda: self.digits, self._runs_root, self._on_runs_scored)
        self._file_stamp: tuple[int, int] | None = None
        self._was_on_screen = False
        self.digits = DigitSet.empty()
        self.live_score: Score | None = None
        self.run_scores: list[RunScore] = []
        self._message: Callable[[], str] = lambda: ""
        self._details = ""

        self._column = MyDigitsGalleryColumn()
        self.gallery = self._column.gallery
        self.summary = self._column.summary
        self.message = self._column.message
        self.export_button = self._column.export_button
        self.import_button = self._column.import_button
        self.remove_button = self._column.remove_button
        self.gallery.delete_pressed.connect(self.ask_remove_selected)
        self.scores = MyDigitsScores()
        self.scores.itemSelectionChanged.connect(self._show_marks)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.remove_button.clicked.connect(self.ask_remove_selected)
        self.gallery.itemSelectionChanged.connect(self._update_buttons)
        self._build_layout()
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()
        self.reload()

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="myDigitsSplitter")
        splitter.addWidget(self._column)
        splitter.addWidget(self.scores)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        for first, second in (
            (self.gallery, self.import_button),
            (self.import_button, self.export_button),
            (self.export_button, self.remove_button),
            (self.remove_button, self.scores),
        ):
            self.setTabOrder(first, second)

    def retranslate(self) -> None:
        self._column.retranslate()
        self.scores.retranslate()
        self._show_summary()
        self._fill_scores()
        self.message.setText(self._message())

    # -- sources ------------------------------------------------------------------------

    def set_live_source(
        self, key: Callable[[], object], network: Callable[[], Network | None]
    ) -> None:
        """Score ``network()`` whenever ``key()`` changes (the shown run and its weights)."""
        self._live_key, self._live_network = key, network
        self._shown_live_key = ()
        self.refresh_live()

    # -- refreshing ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        QTimer.singleShot(0, self.refresh)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        self._was_on_screen = False
        super().hideEvent(event)

    def on_screen(self) -> bool:
        """True if some of the widget can be seen (a tab behind another is "visible" to Qt)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def refresh(self) -> None:
        """While on screen: reread a changed set, rescore a changed live network, and the runs
        when the tab has just come into view."""
        if not self.on_screen():
            self._was_on_screen = False
            return
        if self._stamp() != self._file_stamp:
            self.reload()
        else:
            self.refresh_live()
        if not self._was_on_screen:
            self._was_on_screen = True
            self.score_runs()

    def _stamp(self) -> tuple[int, int] | None:
        try:
            status = self.store.path.stat()
        except OSError:
            return None
        return status.st_mtime_ns, status.st_size

    def reload(self) -> None:
        """Read the set again, redraw the gallery and rescore every model."""
        self._file_stamp = self._stamp()
        try:
            self.digits = self.store.load()
        except MyDigitsError as exc:
            self.digits = DigitSet.empty()
            problem = message(exc)
            self._say(
                lambda: self.tr("Could not read My digits: {error}").format(error=shown(problem))
            )
        self.gallery.show_digits(self.digits, self.devicePixelRatioF())
        self._show_summary()
        self._shown_live_key = ()
        self.refresh_live()
        self.score_runs()

    def refresh_live(self) -> None:
        """Score the live network if it changed since it was last scored."""
        key = self._live_key()
        if key == self._shown_live_key:
            return
        self._shown_live_key = key
        network = self._live_network()
        x, t = self.digits.arrays()
        self.live_score = None if network is None else score(network, x, t)
        self._fill_scores()

    def score_runs(self) -> None:
        """Score every saved run on the set, in the background (again later if one is running)."""
        self._run_scoring.start()

    @property
    def scoring(self) -> bool:
        """True while saved runs are being scored."""
        return self._run_scoring.running

    def _on_runs_scored(self, result: list[RunScore] | None, error: BaseException | None) -> None:
        if error is not None:
            self._say(
                lambda: self.tr("Could not score the saved runs: {error}").format(
                    error=shown(error)
                )
            )
        self.run_scores = result or []
        self._fill_scores()
        self.runs_scored.emit()

    # -- showing -----------------------------------------------------------------------------

    def _show_summary(self) -> None:
        self.summary.setText(summary_text(self.digits))

    def _fill_scores(self) -> None:
        self.scores.fill(self.live_score, self.run_scores)
        self._show_marks()

    def selected_row(self) -> int:
        """The row of the model whose readings the gallery marks (0: the live network)."""
        return self.scores.selected_row()

    def shown_score(self) -> Score | None:
        """The score the gallery's marks show, if that model has one for the current set."""
        result = self.scores.selected_score(self.live_score, self.run_scores)
        return result if result is not None and result.n == len(self.digits) else None

    def _show_marks(self) -> None:
        self.gallery.show_marks(self.digits, self.shown_score())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(len(self.digits) > 0)
        self.remove_button.setEnabled(bool(self.gallery.selectedItems()))

    def _say(self, message: Message, details: str = "") -> None:
        """Show ``message()`` (re-rendered on a language change) under the buttons."""
        self._message = message
        self.message.setText(message())
        self.message.setToolTip(details)

    # -- removing ----------------------------------------------------------------------------

    def ask_remove_selected(self) -> None:
        """Remove the selected drawings, after the user confirms."""
        ids = self.gallery.selected_ids()
        if not ids:
            return
        question = self.tr("Remove the selected drawings from My digits ({count})?").format(
            count=len(ids)
        )
        if self._confirm(question):
            self.remove(ids)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove drawings"), question)
        return answer == QMessageBox.StandardButton.Yes

    def remove(self, ids: list[int]) -> None:
        """Remove the drawings with these ids, now."""
        try:
            removed = self.store.remove(ids)
        except MyDigitsError as exc:
            problem = message(exc)
            self._say(lambda: self.tr("Could not remove: {error}").format(error=shown(problem)))
            return
        self._say(lambda: self.tr("Removed drawings: {count}").format(count=removed))
        self.reload()

    # -- files -------------------------------------------------------------------------------

    def _on_export_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export my digits into a new or empty folder")
        )
        if folder:
            self.export_to(folder)

    def _on_import_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import digits from a folder of PNGs")
        )
        if folder:
            self.import_from(folder)

    def export_to(self, folder: str | Path) -> None:
        """Write the set into ``folder`` in the background; ``files_done`` follows."""
        export_digits(self.digits, folder, self._on_files_done)

    def import_from(self, folder: str | Path) -> None:
        """Add the usable PNGs of ``folder`` in the background; ``files_done`` follows."""
        import_digits(self.store, folder, self._on_files_done)

    def _on_files_done(self, message: Message, details: str, changed: bool) -> None:
        self._say(message, details)
        if changed:
            self.reload()
        self.files_done.emit(self.message.text())
