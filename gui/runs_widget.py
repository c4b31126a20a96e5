"""The saved runs of a runs folder as a sortable table: open, rename, delete, overlay.

Selecting runs emits ``overlay_changed`` with each run's losses and epochs, which
the main window draws over its loss and accuracy plots, and shows the problem of
a run that has one (``RunInfo.problem``) below the table. Everything on disk goes
through ``core.run_store``; this widget only shows it and forwards the user's intent.
Every action is a button, an entry of the table's context menu and a key while the
table has the focus (Enter opens, F2 renames, Delete deletes, F5 refreshes).

The table, opening and overlaying are here. The actions and their buttons are in
``gui.runs_actions``, the curves read in the background in ``gui.runs_curves``,
renaming and deleting in ``gui.runs_editing``, the rows in ``gui.run_rows`` and
the messages in ``gui.runs_messages``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import run_store
from core.path_display import escape_controls, show_path
from core.run_store import RunInfo
from gui.elided_label import ElidedLabel
from gui.i18n import Retranslating
from gui.run_rows import (
    COLUMNS,
    DATE,
    DURATION,
    NAME,
    NETWORK,
    PATH_ROLE,
    STATUS,
    TEST_ACC,
    column_title,
    fill_texts,
    row_for,
)
from gui.runs_actions import RunsActions
from gui.runs_curves import RunsCurves
from gui.runs_editing import RunsEditing
from gui.runs_messages import folder_hint, problems_text
from gui.text_formats import format_duration

__all__ = [
    "COLUMNS",
    "DATE",
    "DURATION",
    "ELIDED_COLUMNS",
    "NAME",
    "NETWORK",
    "STATUS",
    "TEST_ACC",
    "RunsWidget",
    "format_duration",
]

ELIDED_COLUMNS = (NAME, NETWORK)  # free text: capped in width, elided in the middle
WIDEST_ELIDED = 40  # characters an elided column shows at most before it elides
BUTTON_COLUMNS = 3  # the buttons in rows of three: the panel stays narrow


class RunsWidget(Retranslating, RunsEditing, QWidget):
    """Lists the runs in a folder, newest first; opens, renames, deletes and overlays them.

    Parameters
    ----------
    parent : QWidget, optional
        The Qt parent.
    root : Path, optional
        The runs folder; can be set later with ``set_root``.
    confirm : callable, optional
        ``confirm(question) -> bool`` asks the user before deleting; the default
        is the Yes/No box of ``delete_confirmation``, whose default button is No.

    Signals
    -------
    overlay_changed(list)
        The selection changed: one ``(RunInfo, losses (N,) float, epochs list[EpochEvent])``
        per selected run whose metrics could be read.
    """

    overlay_changed = Signal(list)
    open_requested = Signal(object)  # the model file (Path) of the run to open and resume

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        root: Path | None = None,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runsPanel")
        self._root: Path | None = None
        self._confirm = confirm or self._ask_yes_no
        self._runs: dict[str, RunInfo] = {}
        self._curves = RunsCurves()
        self._message: Callable[[], str] = str  # words the message again in a new language

        self.folder_label = ElidedLabel()
        self.folder_label.setObjectName("runsFolderLabel")
        self.table = QTreeWidget()
        self.table.setObjectName("runsTable")
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.message = ElidedLabel(min_lines=2)
        self.message.setObjectName("runsMessage")
        self._actions = RunsActions(
            self.table,
            open_run=self.open_selected,
            select_race=self.select_race,
            rename=self._on_rename_clicked,
            delete=self.delete_selected,
            refresh=self.refresh,
        )
        self.open_action = self._actions.open_action
        self.race_action = self._actions.race_action
        self.rename_action = self._actions.rename_action
        self.delete_action = self._actions.delete_action
        self.refresh_action = self._actions.refresh_action
        self.open_button = self._actions.open_button
        self.race_button = self._actions.race_button
        self.refresh_button = self._actions.refresh_button
        self.rename_button = self._actions.rename_button
        self.delete_button = self._actions.delete_button
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.open_selected())

        buttons = QGridLayout()
        for index, button in enumerate(self.buttons()):
            buttons.addWidget(button, *divmod(index, BUTTON_COLUMNS))
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.set_root(root)
        self.retranslate()

    def buttons(self) -> list[QPushButton]:
        """The buttons in the order of the layout (and of Tab)."""
        return self._actions.buttons()

    def retranslate(self) -> None:
        """Set every text in the current language: headers, buttons, menu, rows, messages."""
        self.table.setHeaderLabels([column_title(column) for column in range(len(COLUMNS))])
        self.table.setToolTip(
            self.tr(
                "The saved runs; select some to draw their curves over the plots. "
                "Enter opens, F2 renames, Delete deletes, F5 refreshes; right-click or "
                "the Menu key for more"
            )
        )
        self.table.setAccessibleName(self.tr("Saved runs"))
        self._actions.retranslate()
        self._show_folder()
        for item in self._items():
            info = self._runs.get(item.data(NAME, PATH_ROLE))
            if info is not None:
                fill_texts(item, info)
        self._fit_columns()  # the headers and statuses have new widths
        self.message.setText(self._message())

    def _show_message(self, make: Callable[[], str]) -> None:
        """Show ``make()`` below the table, and again after a change of language."""
        self._message = make
        self.message.setText(make())

    @property
    def reading(self) -> bool:
        """True while the selected runs' curves are being read in the background."""
        return self._curves.reading

    @property
    def root(self) -> Path | None:
        """The runs folder shown, or None."""
        return self._root

    def set_root(self, root: Path | None) -> None:
        """Show the runs in ``root`` (None: no folder, an empty table)."""
        self._root = None if root is None else Path(root)
        self._show_folder()
        self.refresh()

    def _show_folder(self) -> None:
        shown = self.tr("(no runs folder)") if self._root is None else show_path(self._root)
        self.folder_label.setText(self.tr("Runs folder: {folder}").format(folder=shown))
        self.folder_label.setToolTip(shown)  # the whole path, however narrow the panel
        self.folder_label.setAccessibleName(self.folder_label.text())

    def refresh(self) -> None:
        """List the runs again, keeping the selected runs selected where they still exist."""
        selected = {str(info.path) for info in self.selected_runs()}
        runs = run_store.list_runs(self._root) if self._root is not None else []
        self._runs = {str(info.path): info for info in runs}
        self._curves.clear()
        with QSignalBlocker(self.table):
            self.table.clear()
            self.table.addTopLevelItems([row_for(info) for info in runs])
            for item in self._items():
                item.setSelected(item.data(NAME, PATH_ROLE) in selected)
        self._fit_columns()
        self._show_message((lambda: folder_hint(self._root)) if not runs else str)
        self._on_table_selection_changed()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents; free-text columns capped, then elided."""
        widest = self.table.fontMetrics().horizontalAdvance("m" * WIDEST_ELIDED)
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)
            if column in ELIDED_COLUMNS and self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]

    def selected_runs(self) -> list[RunInfo]:
        """The selected runs, in the table's order."""
        paths = [item.data(NAME, PATH_ROLE) for item in self._items() if item.isSelected()]
        return [self._runs[path] for path in paths if path in self._runs]

    def select_race(self) -> None:
        """Select every run of the races the selected runs are contestants of."""
        groups = {info.group.id for info in self.selected_runs() if info.group is not None}
        if not groups:
            return
        with QSignalBlocker(self.table):
            for item in self._items():
                info = self._runs.get(item.data(NAME, PATH_ROLE))
                item.setSelected(
                    info is not None and info.group is not None and info.group.id in groups
                )
        self._on_table_selection_changed()

    def open_selected(self) -> None:
        """Ask to open the model of the one selected run (``open_requested``)."""
        runs = self.selected_runs()
        if len(runs) != 1:
            return
        model = runs[0].path / "model.npz"
        if not model.is_file():
            name = escape_controls(runs[0].name)
            self._show_message(
                lambda: self.tr("{name} has no saved model ({file} is missing).").format(
                    name=name, file=show_path(model)
                )
            )
            return
        self.open_requested.emit(model)

    def _on_table_selection_changed(self) -> None:
        runs = self.selected_runs()
        self._actions.enable_for(runs)
        if self._curves.select(runs, lambda: self._emit_overlays(self.selected_runs())):
            self._emit_overlays(runs)
        else:
            self._show_message(lambda: self.tr("Reading the selected runs…"))

    def _emit_overlays(self, runs: list[RunInfo]) -> None:
        overlays = self._curves.overlays(runs)
        if runs:
            self._show_message(lambda: problems_text(runs, self._curves.metrics))
        self.overlay_changed.emit(overlays)
