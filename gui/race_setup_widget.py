"""The race being set up: the contestants added so far, and the button that starts them.

**Add to race** takes the Training dock's current settings as a contestant; the
list names each contestant by what differs from the others (``core.race``) in
its race colour. Double-clicking a contestant (or Enter) shows its settings in
the dock, to change one and add it again; Delete removes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.config import TrainConfig
from core.race import MAX_CONTESTANTS, MIN_CONTESTANTS, RACE_COLORS
from gui.appearance import appearance
from gui.i18n import Retranslating
from gui.race_plots import display_color
from gui.race_texts import contestant_labels, network_name, network_text


class RaceSetupWidget(Retranslating, QWidget):
    """Contestants of the next race (2 to 6), with Add, Remove, Clear and Start race.

    Signals
    -------
    add_requested()
        The learner wants the dock's settings added (the window calls ``add``).
    start_requested()
        Start the race of ``configs``.
    contestant_opened(object)
        Show this ``TrainConfig`` in the Training dock.
    """

    add_requested = Signal()
    start_requested = Signal()
    contestant_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raceSetup")
        self.configs: list[TrainConfig] = []
        self.list = QListWidget(objectName="raceContestantList")
        self.list.setMaximumHeight(110)
        self.list.installEventFilter(self)
        self.add_button = QPushButton(objectName="addToRaceButton")
        self.remove_button = QPushButton(objectName="removeFromRaceButton")
        self.clear_button = QPushButton(objectName="clearRaceButton")
        self.start_button = QPushButton(objectName="startRaceButton")
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.clear_button, 1, 0)
        buttons.addWidget(self.start_button, 1, 1)
        self.box = QGroupBox(objectName="raceBox")
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.list)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)

        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.clear_button.clicked.connect(self.clear)
        self.start_button.clicked.connect(self.start_requested)
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self.list.currentRowChanged.connect(self._update_buttons)
        appearance().changed.connect(self._refresh)
        self._locked = False
        self.retranslate()

    def retranslate(self) -> None:
        """Every text, tooltip and accessible name in the current language."""
        self.box.setTitle(self.tr("Race"))
        self.list.setToolTip(
            self.tr(
                "The contestants of the next race, named by what differs between them; "
                "double-click one or press Enter to show its settings in the dock, "
                "Delete to remove it"
            )
        )
        self.list.setAccessibleName(self.tr("Race contestants"))
        texts = (
            (self.add_button, self.tr("Add to race"),
             self.tr("Add the settings above as a contestant (2 to 6)")),
            (self.remove_button, self.tr("Remove"), self.tr("Remove the selected contestant")),
            (self.clear_button, self.tr("Clear"), self.tr("Remove every contestant")),
            (self.start_button, self.tr("Start race"),
             self.tr("Train every contestant at once, on the same minibatches, each in its own "
                     "process; Pause, Step, Stop and Reset then act on the whole race")),
        )  # fmt: skip
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", ""))
        self._refresh()

    def add(self, config: TrainConfig) -> bool:
        """Add ``config`` as a contestant; False (nothing added) when the race is full."""
        if len(self.configs) >= MAX_CONTESTANTS:
            return False
        self.configs.append(config)
        self._refresh()
        return True

    def set_configs(self, configs: list[TrainConfig]) -> None:
        """Make ``configs`` the contestants (an experiment's, say)."""
        self.configs = list(configs[:MAX_CONTESTANTS])
        self._refresh()

    def clear(self) -> None:
        """Remove every contestant."""
        self.configs = []
        self._refresh()

    def set_locked(self, locked: bool) -> None:
        """Lock the list while a race (or a run) holds the window."""
        self._locked = locked
        self._update_buttons()

    def labels(self) -> list[str]:
        """The contestants' labels as the list shows them."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _refresh(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        labels = contestant_labels(self.configs) if len(self.configs) > 1 else []
        for index, config in enumerate(self.configs):
            text = labels[index] if labels else network_name(config)
            item = QListWidgetItem(text)
            item.setForeground(QColor(display_color(RACE_COLORS[index])))
            item.setToolTip(network_text(config))
            self.list.addItem(item)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete removes the current contestant; Enter shows its settings."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            row = self.list.currentRow()
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and row >= 0:
                if not self._locked:
                    self._on_remove_button_clicked()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
                self._on_list_item_double_clicked(self.list.item(row))
                return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        count = len(self.configs)
        self.add_button.setEnabled(not self._locked and count < MAX_CONTESTANTS)
        self.remove_button.setEnabled(not self._locked and self.list.currentRow() >= 0)
        self.clear_button.setEnabled(not self._locked and count > 0)
        self.start_button.setEnabled(not self._locked and count >= MIN_CONTESTANTS)

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.configs):
            del self.configs[row]
            self._refresh()
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if not self._locked:
            self.contestant_opened.emit(self.configs[row])
