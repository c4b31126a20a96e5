"""RunsWidget: listing, selection overlays, rename and delete, checked on data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget

from core import run_files
from core.trainer import EpochEvent, TrainConfig
from gui.runs_widget import COLUMNS, DATE, NAME, RunsWidget, format_duration


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
    tree = table(widget)
    tree.clearSelection()
    for r in row_indexes:
        tree.topLevelItem(r).setSelected(True)


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
        "62:05",
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
    assert renamed is not None and renamed.name == "wide net"
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
    (root / "20250103-120500" / run_files.RUN_JSON).unlink()  # no longer a run folder
    assert widget.delete_selected() == 1
    message = label_text(widget, "runsMessage")
    assert "Could not delete 20250103-120500" in message and "not a run folder" in message
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
    assert "20250104-080000" in message and "loss.csv" in message


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
