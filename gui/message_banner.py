"""A dismissible strip above the plots that says what happened and what to do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from core.events import DivergedEvent
from gui.i18n import Retranslating

Message = str | Callable[[], str]
"""A text, or a function that writes it in the current language (re-run on a language change)."""


class MessageBanner(Retranslating, QFrame):
    """A warning strip: ``show_message(text)`` shows it, the close button hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        # Dark text on a light yellow whatever the theme: the strip carries its own colours.
        self.setStyleSheet(
            "#messageBanner { background: #fff4ce; border: 1px solid #e0b000; border-radius: 4px; }"
            " #messageBanner QLabel, #messageBanner QToolButton { color: #202020; }"
        )
        self._message: Message = ""
        self.label = QLabel()
        self.label.setObjectName("messageBannerText")
        self.label.setWordWrap(True)
        self.close_button = close = QToolButton()
        close.setObjectName("messageBannerClose")
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """The close button's tooltip and the message, in the current language."""
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.label.setAccessibleName(self.tr("Message"))
        self.label.setText(self._message() if callable(self._message) else self._message)

    def show_message(self, message: Message) -> None:
        """Show ``message`` (plain text, or a function writing it) until dismissed or replaced."""
        self._message = message
        self.label.setText(message() if callable(message) else message)
        self.show()

    @property
    def text(self) -> str:
        """The message shown, or "" when hidden."""
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""


def divergence_advice(event: DivergedEvent) -> str:
    """What happened when the loss blew up, the learning rate that did it, and what to do."""
    return QCoreApplication.translate(
        "MessageBanner",
        "Training paused at iteration {iteration}: {reason}. The learning rate {rate} is too "
        "large: the weights have grown so far that the sigmoid units saturate, and the network "
        "cannot recover by itself. Reset and start again with a smaller rate (the book uses "
        "0.1), or lower the rate and Resume to watch what happens.",
    ).format(
        iteration=f"{event.iteration + 1:,}", reason=event.reason, rate=f"{event.learning_rate:g}"
    )
