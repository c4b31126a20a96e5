"""The Runs panel in other languages and by keyboard: checked on its texts, signals and files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QTreeWidget

from gui.runs_widget import COLUMNS, NAME, NETWORK, STATUS, RunsWidget
from tests.gui.catalogue import catalogue
from tests.gui.test_runs_widget import write_run
from tests.gui.translators import MARK_OPEN, CatalogueTranslator, PseudoTranslator, installed

NARROW = 300


@pytest.fixture
def root(tmp_path) -> Path:
    root = tmp_path / "runs"
    write_run(root, "20250101-090000", "2025-01-01T09:00:00", losses=np.array([2.0, 1.0]))
    write_run(root, "20250102-100000", "2025-01-02T10:00:00")
    return root


@pytest.fixture
def panel(qtbot, root):
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return True

    widget = RunsWidget(root=root, confirm=confirm)
    widget.asked = asked
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def headers(table: QTreeWidget) -> list[str]:
    return [table.headerItem().text(column) for column in range(len(COLUMNS))]


def test_every_button_and_the_table_have_a_tooltip_and_an_accessible_name(panel):
    for control in [*panel.buttons(), panel.table]:
        assert control.toolTip(), control.objectName()
        assert control.accessibleName(), control.objectName()
    names = [action.objectName() for action in panel.table.actions()]
    assert names == [
        "openRunAction",
        "selectRaceAction",
        "renameRunAction",
        "deleteRunsAction",
        "refreshRunsAction",
    ]
    assert panel.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_headers_rows_buttons_and_messages_follow_the_language(qtbot, panel):
    table = panel.table
    panel.table.topLevelItem(0).setSelected(True)
    qtbot.waitUntil(lambda: not panel.reading)
    panel.open_selected()  # no model.npz: a message that names the run
    english_message = panel.message.text()
    assert english_message.startswith("20250102-100000 has no saved model")
    with installed(CatalogueTranslator("ja")):
        japanese = ["名前", "日時", "ネットワーク", "テスト認識精度", "所要時間", "状態"]
        assert headers(table) == japanese
        item = table.topLevelItem(0)
        assert item.text(STATUS) == "完了"
        assert item.text(NETWORK) == "784-50-10、学習率 0.1、ミニバッチ 100、10,000 回更新"
        assert item.text(NAME) == "20250102-100000"
        assert panel.open_button.text() == "開く"
        assert panel.open_action.text() == "開く"
        assert panel.message.text().startswith("20250102-100000 には保存されたモデルがありません")
        folder_text = catalogue()["RunsWidget"]["Runs folder: {folder}"]["ja"]
        assert panel.folder_label.text().startswith(folder_text.split("{folder}")[0])
        assert item.isSelected()  # the selection stays
    assert headers(table) == list(COLUMNS)
    assert table.topLevelItem(0).text(STATUS) == "finished"
    assert panel.message.text() == english_message


def test_every_text_of_the_panel_goes_through_tr(panel):
    with installed(PseudoTranslator()):
        texts = [
            *headers(panel.table),
            panel.table.topLevelItem(0).text(STATUS),
            panel.table.toolTip(),
            panel.table.accessibleName(),
            panel.folder_label.text(),
            *(button.text() for button in panel.buttons()),
            *(button.toolTip() for button in panel.buttons()),
            *(action.text() for action in panel.table.actions()),
        ]
        assert [text for text in texts if MARK_OPEN not in text] == []


def test_the_panel_stays_narrow_in_every_language(panel):
    widths = {"en": panel.minimumSizeHint().width()}
    for language in ("ja", "zh_CN", "ko"):
        with installed(CatalogueTranslator(language)):
            widths[language] = panel.minimumSizeHint().width()
    assert all(width <= NARROW for width in widths.values()), widths


def focus_table(qtbot, panel, row: int) -> None:
    panel.activateWindow()
    panel.table.setFocus()
    panel.table.clearSelection()
    panel.table.setCurrentItem(panel.table.topLevelItem(row))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    qtbot.waitUntil(lambda: not panel.reading)


def test_the_delete_key_deletes_the_selected_run_after_asking(qtbot, panel, root):
    focus_table(qtbot, panel, 0)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.asked == ["Delete 1 run? This cannot be undone."]
    assert sorted(p.name for p in root.iterdir()) == ["20250101-090000"]


def test_enter_opens_the_selected_runs_model(qtbot, panel, root):
    (root / "20250101-090000" / "model.npz").write_bytes(b"not read here")
    focus_table(qtbot, panel, 1)
    with qtbot.waitSignal(panel.open_requested) as blocker:
        QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert blocker.args == [root / "20250101-090000" / "model.npz"]


def test_f5_lists_the_folder_again(qtbot, panel, root):
    focus_table(qtbot, panel, 0)
    write_run(root, "20250103-080000", "2025-01-03T08:00:00")
    QTest.keyClick(panel.table, Qt.Key.Key_F5)
    assert panel.table.topLevelItemCount() == 3


def test_actions_follow_the_selection_like_their_buttons(panel):
    panel.table.clearSelection()
    QCoreApplication.processEvents()
    for action in panel.table.actions():
        button = panel.findChild(QPushButton, action.objectName().replace("Action", "Button"))
        assert button is not None, action.objectName()
        assert action.isEnabled() == button.isEnabled(), action.objectName()
    assert not panel.delete_action.isEnabled()
    assert panel.refresh_action.isEnabled()
