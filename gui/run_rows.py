"""The rows of the Runs panel's table: one ``RunInfo`` as sortable, translated cells.

Each cell keeps a language-free sort key (``SORT_ROLE``: dates, numbers) and the
run folder (``PATH_ROLE``), so ``fill_texts`` can word a row again in another
language without reading the runs folder.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidgetItem

from core.path_display import escape_controls, show_path
from core.run_store import RunInfo
from gui.core_text import shown as shown_text
from gui.network_text import run_text
from gui.text_formats import format_duration

translate = QCoreApplication.translate
COLUMNS = (
    QT_TRANSLATE_NOOP("RunsWidget", "Name"),
    QT_TRANSLATE_NOOP("RunsWidget", "Date"),
    QT_TRANSLATE_NOOP("RunsWidget", "Network"),
    QT_TRANSLATE_NOOP("RunsWidget", "Test acc"),
    QT_TRANSLATE_NOOP("RunsWidget", "Duration"),
    QT_TRANSLATE_NOOP("RunsWidget", "Status"),
)
"""The column headers in English (``translate("RunsWidget", ...)`` shows them)."""
NAME, DATE, NETWORK, TEST_ACC, DURATION, STATUS = range(len(COLUMNS))
PATH_ROLE = Qt.ItemDataRole.UserRole  # str(run folder) on column 0
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a comparable key on every column
STATUS_TITLES = {
    "finished": QT_TRANSLATE_NOOP("RunsWidget", "finished"),
    "stopped": QT_TRANSLATE_NOOP("RunsWidget", "stopped"),
    "diverged": QT_TRANSLATE_NOOP("RunsWidget", "diverged"),
    "failed": QT_TRANSLATE_NOOP("RunsWidget", "failed"),
    "running": QT_TRANSLATE_NOOP("RunsWidget", "running"),
    "interrupted": QT_TRANSLATE_NOOP("RunsWidget", "interrupted"),
    "unknown": QT_TRANSLATE_NOOP("RunsWidget", "unknown"),
    "unreadable": QT_TRANSLATE_NOOP("RunsWidget", "unreadable"),
    "incomplete": QT_TRANSLATE_NOOP("RunsWidget", "incomplete"),
}
"""The statuses a run can have (``core.run_list.RunInfo.status``), to be translated."""


def column_title(column: int) -> str:
    """The header of ``column`` in the user's language."""
    return translate("RunsWidget", COLUMNS[column])


def status_title(status: str) -> str:
    """A run's status in the user's language (an unknown word as it is)."""
    return translate("RunsWidget", STATUS_TITLES.get(status, status))


class RunItem(QTreeWidgetItem):
    """A row that sorts by its ``SORT_ROLE`` keys (dates, numbers), not by its texts."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        return self.data(column, SORT_ROLE) < other.data(column, SORT_ROLE)


def row_for(info: RunInfo) -> RunItem:
    """A table row for ``info``: sort keys, the run's folder and every text."""
    acc = info.final_test_acc
    name = escape_controls(info.name)  # a name from run.json may hold a line break
    keys: list[Any] = [
        name.casefold(),
        info.created.timestamp(),
        run_text(info),
        -1.0 if acc is None else acc,
        -1.0 if info.duration_s is None else info.duration_s,
        info.status,
    ]
    item = RunItem()
    for column, key in enumerate(keys):
        item.setData(column, SORT_ROLE, key)
    item.setData(NAME, PATH_ROLE, str(info.path))
    if info.group is not None:
        item.setForeground(NAME, QColor(info.group.color))
    fill_texts(item, info)
    return item


def fill_texts(item: QTreeWidgetItem, info: RunInfo) -> None:
    """Set the texts and tooltips of ``item`` in the user's language."""
    acc = info.final_test_acc
    name = escape_controls(info.name)
    shown = name
    if info.group is not None:  # a race's contestant: the race and what tells it apart
        shown = f"{name} ({escape_controls(info.group.name)}: {escape_controls(info.group.label)})"
    network = run_text(info)
    texts = [
        shown,
        info.created.strftime("%Y-%m-%d %H:%M"),
        network,
        "-" if acc is None else f"{acc:.4f}",
        format_duration(info.duration_s),
        status_title(info.status),
    ]
    for column, text in enumerate(texts):
        item.setText(column, text)
    item.setToolTip(NAME, f"{name}\n{show_path(info.path)}")
    item.setToolTip(NETWORK, network)
    if info.problem:
        item.setToolTip(STATUS, escape_controls(shown_text(info.problem)))
