"""A dismissible strip above the plots that says what happened and what to do."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from core.events import DivergedEvent


class MessageBanner(QFrame):
    """A warning strip: ``show_message(text)`` shows it, the close button hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setStyleSheet(
            "#messageBanner { background: #fff4ce; border: 1px solid #e0b000; border-radius: 4px; }"
        )
        self.label = QLabel()
        self.label.setObjectName("messageBannerText")
        self.label.setWordWrap(True)
        self.close_button = close = QToolButton()
        close.setObjectName("messageBannerClose")
        close.setText("✕")
        close.setToolTip("Dismiss")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` (plain text) until dismissed or replaced."""
        self.label.setText(text)
        self.show()

    @property
    def text(self) -> str:
        """The message shown, or "" when hidden."""
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""


def divergence_advice(event: DivergedEvent) -> str:
    """What happened when the loss blew up, the learning rate that did it, and what to do."""
    return (
        f"Training paused at iteration {event.iteration + 1:,}: {event.reason}. The learning "
        f"rate {event.learning_rate:g} is too large: the weights have grown so far that the "
        "sigmoid units saturate, and the network cannot recover by itself. Reset and start "
        "again with a smaller rate (the book uses 0.1), or lower the rate and Resume to watch "
        "what happens."
    )
