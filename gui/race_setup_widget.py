"""The race being set up: the contestants added so far, and the button that starts them.

**Add to race** takes the Training dock's current settings as a contestant; the
list names each contestant by what differs from the others (``core.race``) in
its race colour. Double-clicking a contestant shows its settings in the dock,
to change one and add it again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
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
from core.network_summary import describe_network
from core.race import MAX_CONTESTANTS, MIN_CONTESTANTS, RACE_COLORS, difference_labels


class RaceSetupWidget(QWidget):
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
        self.list.setToolTip(
            "The contestants of the next race, named by what differs between them; "
            "double-click one to show its settings in the dock"
        )
        self.list.setMaximumHeight(110)
        self.add_button = self._button(
            "addToRaceButton", "Add to race", "Add the settings above as a contestant (2 to 6)"
        )
        self.remove_button = self._button(
            "removeFromRaceButton", "Remove", "Remove the selected contestant"
        )
        self.clear_button = self._button("clearRaceButton", "Clear", "Remove every contestant")
        self.start_button = self._button(
            "startRaceButton",
            "Start race",
            "Train every contestant at once, on the same minibatches, each in its own "
            "process; Pause, Step, Stop and Reset then act on the whole race",
        )
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.clear_button, 1, 0)
        buttons.addWidget(self.start_button, 1, 1)
        box = QGroupBox("Race")
        inner = QVBoxLayout(box)
        inner.addWidget(self.list)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.clear_button.clicked.connect(self.clear)
        self.start_button.clicked.connect(self.start_requested)
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._locked = False
        self._refresh()

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(tip)
        return button

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
        self.list.clear()
        labels = difference_labels(self.configs) if len(self.configs) > 1 else []
        for index, config in enumerate(self.configs):
            text = labels[index] if labels else describe_network(config).split(":")[0]
            item = QListWidgetItem(text)
            item.setForeground(QColor(RACE_COLORS[index]))
            item.setToolTip(describe_network(config))
            self.list.addItem(item)
        self._update_buttons()

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

    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if not self._locked:
            self.contestant_opened.emit(self.configs[row])
