"""A dismissible strip above the plots that says what happened and what to do."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


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
