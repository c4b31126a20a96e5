"""RunsWidget: listing, selection overlays, rename and delete, checked on data."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QTreeWidget

from core import run_files, run_store, run_trash
from core.run_store import writer_marker
from core.trainer import EpochEvent, TrainConfig
from gui.runs_widget import (
    COLUMNS,
    DATE,
    ELIDED_COLUMNS,
    NAME,
    NETWORK,
    STATUS,
    RunsWidget,
    format_duration,
)


def write_run(
    root: Path,
    folder: str,
    created: str,
    *,
    losses: np.ndarray | None = None,
    test_acc: float = 0.9461,
    duration_s: float = 75.4,
) -> Path:
    """A finished run folder as the run writer leaves it (without model and chart)."""
    out = root / folder
    out.mkdir(parents=True)
    losses = np.array([2.3, 1.1, 0.5]) if losses is None else losses
    epochs = [EpochEvent(0, 0, 0.1, 0.11), EpochEvent(1, 600, 0.9, test_acc)]
    run_files.write_loss_csv(out / run_files.LOSS_CSV, losses)
    run_files.write_accuracy_csv(out / run_files.ACCURACY_CSV, epochs)
    summary = {
        "status": "finished",
        "iterations_done": 10_000,
        "final_test_acc": test_acc,
        "duration_s": duration_s,
    }
    run_files.write_run_json(out / run_files.RUN_JSON, TrainConfig(), summary)
    record = json.loads((out / run_files.RUN_JSON).read_text())
    record["created"] = created
    (out / run_files.RUN_JSON).write_text(json.dumps(record))
    return out


@pytest.fixture
def root(tmp_path) -> Path:
    root = tmp_path / "runs"
    write_run(root, "20250101-090000", "2025-01-01T09:00:00", losses=np.array([2.0, 1.0]))
    write_run(root, "20250103-120500", "2025-01-03T12:05:00", test_acc=0.97, duration_s=605)
    write_run(root, "20250102-100000", "2025-01-02T10:00:00", losses=np.array([3.0, 2.0, 1.0]))
    return root


def make_widget(qtbot, root: Path | None, answer: bool = True, asked: list | None = None):
    def confirm(question: str) -> bool:
        if asked is not None:
            asked.append(question)
        return answer

    widget = RunsWidget(root=root, confirm=confirm)
    qtbot.addWidget(widget)
    return widget


def table(widget: RunsWidget) -> QTreeWidget:
    return widget.findChild(QTreeWidget, "runsTable")


def button(widget: RunsWidget, name: str) -> QPushButton:
    return widget.findChild(QPushButton, name)


def label_text(widget: RunsWidget, name: str) -> str:
    return widget.findChild(QLabel, name).text()


def rows(widget: RunsWidget) -> list[list[str]]:
    tree = table(widget)
    return [
        [tree.topLevelItem(r).text(c) for c in range(len(COLUMNS))]
        for r in range(tree.topLevelItemCount())
    ]


def select(widget: RunsWidget, *row_indexes: int) -> None:
    """Select these rows, and wait for their curves (read in the background)."""
    tree = table(widget)
    tree.clearSelection()
    for r in row_indexes:
        tree.topLevelItem(r).setSelected(True)
    for _ in range(1000):
        if not widget.reading:
            break
        QTest.qWait(10)


def test_runs_are_listed_newest_first_with_their_texts(qtbot, root):
    widget = make_widget(qtbot, root)
    assert widget.objectName() == "runsPanel"
    assert rows(widget) == [
        [
            "20250103-120500",
            "2025-01-03 12:05",
            "784-50-10, lr 0.1, batch 100, 10,000 iterations",
            "0.9700",
            "10:05",
            "finished",
        ],
        ["20250102-100000", "2025-01-02 10:00", rows(widget)[1][2], "0.9461", "1:15", "finished"],
        ["20250101-090000", "2025-01-01 09:00", rows(widget)[2][2], "0.9461", "1:15", "finished"],
    ]
    assert str(root) in label_text(widget, "runsFolderLabel")
    assert widget.findChild(QLabel, "runsFolderLabel").toolTip() == str(root)


def test_columns_sort_by_value_not_by_text(qtbot, root):
    widget = make_widget(qtbot, root)
    table(widget).sortByColumn(COLUMNS.index("Duration"), Qt.SortOrder.AscendingOrder)
    assert [row[4] for row in rows(widget)] == ["1:15", "1:15", "10:05"]  # not "10:05" < "1:15"
    table(widget).sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert rows(widget)[0][NAME] == "20250101-090000"


def test_format_duration():
    assert [format_duration(s) for s in (None, 0, 59.6, 75.4, 3725)] == [
        "-",
        "0:00",
        "1:00",
        "1:15",
        "1:02:05",
    ]


def test_selecting_two_runs_overlays_their_losses_and_epochs(qtbot, root):
    widget = make_widget(qtbot, root)
    select(widget, 1)
    with qtbot.waitSignal(widget.overlay_changed) as blocker:
        table(widget).topLevelItem(2).setSelected(True)
    (info_a, losses_a, epochs_a), (info_b, losses_b, epochs_b) = blocker.args[0]
    assert [info_a.name, info_b.name] == ["20250102-100000", "20250101-090000"]
    np.testing.assert_allclose(losses_a, [3.0, 2.0, 1.0])
    np.testing.assert_allclose(losses_b, [2.0, 1.0])
    assert epochs_a[-1] == epochs_b[-1] == EpochEvent(1, 600, 0.9, 0.9461)
    assert [r.name for r in widget.selected_runs()] == ["20250102-100000", "20250101-090000"]


def test_a_runs_curves_are_read_off_the_gui_thread_and_once(qtbot, root, monkeypatch):
    widget = make_widget(qtbot, root)
    threads = []
    original = run_store.load_run_metrics

    def spy(path):
        threads.append(threading.current_thread())
        return original(path)

    monkeypatch.setattr(run_store, "load_run_metrics", spy)
    with qtbot.waitSignal(widget.overlay_changed, timeout=10_000):
        table(widget).topLevelItem(1).setSelected(True)
        assert widget.reading  # the selection came back at once; the file is still being read
    assert threads
    assert threading.main_thread() not in threads
    table(widget).clearSelection()
    table(widget).topLevelItem(1).setSelected(True)
    assert not widget.reading
    assert len(threads) == 1


def test_buttons_follow_the_selection(qtbot, root):
    widget = make_widget(qtbot, root)
    rename, delete = button(widget, "renameRunButton"), button(widget, "deleteRunsButton")
    assert button(widget, "refreshRunsButton").isEnabled()
    states = []
    for selection in [(), (0,), (0, 2)]:
        select(widget, *selection)
        states.append((rename.isEnabled(), delete.isEnabled()))
    assert states == [(False, False), (True, True), (False, True)]


def test_rename_changes_the_name_column_and_run_json(qtbot, root):
    widget = make_widget(qtbot, root)
    select(widget, 0)
    renamed = widget.rename_selected("  wide net ")
    assert renamed is not None
    assert renamed.name == "wide net"
    assert rows(widget)[0][NAME] == "wide net"
    record = json.loads((root / "20250103-120500" / run_files.RUN_JSON).read_text())
    assert record["name"] == "wide net"
    assert [r.name for r in widget.selected_runs()] == ["wide net"]  # still selected


def test_rename_to_an_empty_name_is_explained_not_raised(qtbot, root):
    widget = make_widget(qtbot, root)
    select(widget, 0)
    assert widget.rename_selected("   ") is None
    assert "empty" in label_text(widget, "runsMessage")
    assert "Traceback" not in label_text(widget, "runsMessage")
    assert rows(widget)[0][NAME] == "20250103-120500"


def test_delete_after_yes_removes_the_folders_and_rows(qtbot, root):
    asked: list[str] = []
    widget = make_widget(qtbot, root, answer=True, asked=asked)
    select(widget, 0, 2)
    with qtbot.waitSignal(widget.overlay_changed) as blocker:
        assert widget.delete_selected() == 2
    assert asked == ["Delete 2 runs? This cannot be undone."]
    assert blocker.args == [[]]  # the overlays of the deleted runs go away
    assert [row[NAME] for row in rows(widget)] == ["20250102-100000"]
    assert sorted(p.name for p in root.iterdir()) == ["20250102-100000"]


def test_delete_after_no_keeps_everything(qtbot, root):
    asked: list[str] = []
    widget = make_widget(qtbot, root, answer=False, asked=asked)
    select(widget, 0, 1)
    assert widget.delete_selected() == 0
    assert "2 runs" in asked[0]
    assert len(rows(widget)) == 3
    assert len(list(root.iterdir())) == 3
    assert len(widget.selected_runs()) == 2


def test_a_failed_delete_is_explained_and_the_rest_still_deleted(qtbot, root):
    widget = make_widget(qtbot, root)
    select(widget, 0, 1)
    not_a_run = root / "20250103-120500"
    (not_a_run / run_files.RUN_JSON).unlink()
    (not_a_run / "holiday.jpg").write_bytes(b"x")  # a file MNIST Trainer never writes
    assert widget.delete_selected() == 1
    message = label_text(widget, "runsMessage")
    assert "Could not delete 20250103-120500" in message
    assert "not a run folder" in message
    assert "Traceback" not in message
    assert sorted(p.name for p in root.iterdir()) == ["20250101-090000", "20250103-120500"]


def test_a_corrupt_run_is_listed_as_unreadable_and_does_not_break_overlay(qtbot, root):
    broken = write_run(root, "20250104-080000", "2025-01-04T08:00:00")
    (broken / run_files.RUN_JSON).write_text("{not json")
    (broken / run_files.LOSS_CSV).write_text("garbage\n")
    widget = make_widget(qtbot, root)
    statuses = {row[NAME]: row[5] for row in rows(widget)}
    assert statuses["20250104-080000"] == "unreadable"
    assert len(statuses) == 4
    broken_row = [row[NAME] for row in rows(widget)].index("20250104-080000")
    good_row = [row[NAME] for row in rows(widget)].index("20250103-120500")
    select(widget, good_row)
    with qtbot.waitSignal(widget.overlay_changed) as blocker:
        table(widget).topLevelItem(broken_row).setSelected(True)
    assert [info.name for info, *_ in blocker.args[0]] == ["20250103-120500"]
    message = label_text(widget, "runsMessage")
    assert "20250104-080000" in message
    assert "loss.csv" in message


def test_refresh_lists_new_runs_and_keeps_the_selection(qtbot, root):
    widget = make_widget(qtbot, root)
    select(widget, 1)
    write_run(root, "20250105-080000", "2025-01-05T08:00:00")
    button(widget, "refreshRunsButton").click()
    assert rows(widget)[0][NAME] == "20250105-080000"
    assert [r.name for r in widget.selected_runs()] == ["20250102-100000"]


@pytest.mark.parametrize("make_root", ["missing", "empty", "none"])
def test_no_runs_shows_an_empty_table_and_a_hint(qtbot, tmp_path, make_root):
    folder = tmp_path / "runs"
    if make_root == "empty":
        folder.mkdir()
    widget = make_widget(qtbot, None if make_root == "none" else folder)
    assert rows(widget) == []
    assert label_text(widget, "runsMessage")  # a hint, not silence
    assert not button(widget, "deleteRunsButton").isEnabled()
    assert not button(widget, "renameRunButton").isEnabled()


# -- problem runs, the folder, the table's columns, the confirmation ---------------------------


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=60)
    return child.pid


def status_of(widget: RunsWidget, name: str) -> str:
    return {row[NAME]: row[STATUS] for row in rows(widget)}[name]


def select_name(widget: RunsWidget, name: str) -> None:
    select(widget, [row[NAME] for row in rows(widget)].index(name))


def test_a_deeply_nested_run_json_is_listed_and_explained(qtbot, root):
    nested = root / "20250104-080000"
    nested.mkdir()
    (nested / run_files.RUN_JSON).write_text("[" * 100_000, encoding="utf-8")
    widget = make_widget(qtbot, root)  # the panel (and so the window) can be made
    assert len(rows(widget)) == 4
    assert status_of(widget, "20250104-080000") == "unreadable"
    select_name(widget, "20250104-080000")
    message = label_text(widget, "runsMessage")
    assert "20250104-080000 (unreadable): run.json cannot be read: it is nested" in message
    assert "Traceback" not in message


def test_incomplete_and_interrupted_runs_are_listed_explained_and_deletable(qtbot, root):
    (root / "20250104-080000").mkdir()
    (root / "20250104-080000" / ".run.json.k2j4h5g6.tmp").write_text("{", encoding="utf-8")
    killed = write_run(root, "20250105-080000", "2025-01-05T08:00:00")
    record = json.loads((killed / run_files.RUN_JSON).read_text())
    record["summary"]["status"] = "running"
    record["writer"] = {**writer_marker(), "pid": dead_pid()}
    (killed / run_files.RUN_JSON).write_text(json.dumps(record))
    widget = make_widget(qtbot, root)
    assert status_of(widget, "20250104-080000") == "incomplete"
    assert status_of(widget, "20250105-080000") == "interrupted"
    select_name(widget, "20250104-080000")
    assert "run.json is missing" in label_text(widget, "runsMessage")
    select_name(widget, "20250105-080000")
    assert "stopped before the run ended" in label_text(widget, "runsMessage")
    select(widget, 0, 1)
    assert widget.delete_selected() == 2
    assert sorted(p.name for p in root.iterdir()) == [
        "20250101-090000",
        "20250102-100000",
        "20250103-120500",
    ]


def test_a_runs_path_that_is_a_file_is_called_a_file(qtbot, tmp_path):
    file = tmp_path / "runs"
    file.write_text("x", encoding="utf-8")
    widget = make_widget(qtbot, file)
    assert rows(widget) == []
    message = label_text(widget, "runsMessage")
    assert "is a file, not a folder" in message
    assert "does not exist" not in message


def test_names_and_paths_with_line_breaks_stay_on_one_line(qtbot, tmp_path):
    root = tmp_path / "new\nline"
    path = write_run(root, "20250101-090000", "2025-01-01T09:00:00")
    record = json.loads((path / run_files.RUN_JSON).read_text())
    record["name"] = "two\nlines"
    (path / run_files.RUN_JSON).write_text(json.dumps(record))
    widget = make_widget(qtbot, root)
    assert rows(widget)[0][NAME] == "two\\nlines"
    assert "\n" not in label_text(widget, "runsFolderLabel")
    select(widget, 0)
    assert widget.rename_selected("one\nmore") is None
    message = label_text(widget, "runsMessage")
    assert "\n" not in message
    assert "two\\nlines" in message


def test_a_delete_that_cannot_move_the_run_deletes_nothing(qtbot, root, monkeypatch):
    widget = make_widget(qtbot, root)
    select(widget, 0)

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(source))

    monkeypatch.setattr(run_trash.os, "rename", refuse)
    assert widget.delete_selected() == 0
    message = label_text(widget, "runsMessage")
    assert "Permission denied" in message
    assert "nothing was deleted" in message
    assert len(rows(widget)) == 3
    assert sorted(p.name for p in (root / "20250103-120500").iterdir()) == [
        run_files.ACCURACY_CSV,
        run_files.LOSS_CSV,
        run_files.RUN_JSON,
    ]


def test_columns_fit_their_contents_and_long_names_elide_with_a_tooltip(qtbot, root):
    path = root / "20250103-120500"
    record = json.loads((path / run_files.RUN_JSON).read_text())
    long_name = "a very long name " * 20
    record["name"] = long_name
    (path / run_files.RUN_JSON).write_text(json.dumps(record))
    widget = make_widget(qtbot, root)
    tree = table(widget)
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    for column in range(len(COLUMNS)):
        if column not in ELIDED_COLUMNS:
            assert tree.columnWidth(column) >= tree.sizeHintForColumn(column)
    assert tree.columnWidth(NAME) < tree.sizeHintForColumn(NAME)  # capped: elided
    item = tree.topLevelItem(0)
    assert item.text(NAME) == long_name.strip()
    assert item.toolTip(NAME).startswith(long_name.strip())
    assert item.toolTip(NETWORK) == item.text(NETWORK)


def test_the_delete_confirmation_defaults_to_no(qtbot, root):
    widget = RunsWidget(root=root)  # the real Yes/No box
    qtbot.addWidget(widget)
    box = widget.delete_confirmation("Delete 1 run?")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.deleteLater()
    select(widget, 0)

    asked = []

    def press_enter(tries_left: int = 1000) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            asked.append(dialog.text())
            QTest.keyClick(dialog, Qt.Key.Key_Return)
        elif tries_left:
            QTimer.singleShot(1, lambda: press_enter(tries_left - 1))

    QTimer.singleShot(0, press_enter)
    assert widget.delete_selected() == 0  # Enter answered No
    assert asked == ["Delete 1 run? This cannot be undone."]
    assert len(list(root.iterdir())) == 3
