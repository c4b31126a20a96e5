"""My digits and the book-format export in the main window (installed by ``MainWindow``).

``install_my_digits(window)`` adds the My digits tab (a ``LazyPage``, built when
first brought into view) beside the other look-inside tabs, fed the network
the window shows (``window.shown_session()``) and the runs folder
(``window.runs_root``). ``add_book_params_action(window, menu)`` adds File >
Export for the book's scripts…, which writes the shown network's ``params`` as
the pickle of the book's ``save_params`` (``core.book_params``).

Both keep their own texts in the current language: Qt sends a
``LanguageChange`` event to every widget, which ``_Retitle`` watches for on the
dock and on the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from core.architecture import Network
from core.book_params import BookParamsError, write_book_params
from core.my_digits_score import MNIST, dataset_of
from core.path_display import show_path
from gui.background import call_in_background
from gui.lazy_page import LazyPage
from gui.my_digits_widget import MyDigitsWidget

if TYPE_CHECKING:
    from gui.main_window import MainWindow

CONTEXT = "MyDigitsWindow"  # the translation context of this module's texts


class _Retitle(QObject):
    """Calls ``apply()`` now and whenever ``watched`` hears of a language change."""

    def __init__(self, watched: QObject, apply: Callable[[], None]) -> None:
        super().__init__(watched)
        self._apply = apply
        watched.installEventFilter(self)
        apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._apply()
        return False


# -- My digits -------------------------------------------------------------------------------


def _live_key(window: MainWindow) -> object:
    session = window.shown_session()
    return id(session), session.params_iteration


def _live_network(window: MainWindow) -> Network | None:
    session = window.shown_session()
    if session.params is None or dataset_of(session.config) != MNIST:
        return None
    return session.network()


def _build(window: MainWindow) -> MyDigitsWidget:
    widget = MyDigitsWidget(runs_root=lambda: window.runs_root)
    widget.set_live_source(lambda: _live_key(window), lambda: _live_network(window))
    return widget


def install_my_digits(window: MainWindow) -> QDockWidget:
    """Add the My digits tab behind the Backprop tab; it is in the View menu's list of docks."""
    page = LazyPage(lambda: _build(window), "myDigitsPage")
    dock = QDockWidget(window, objectName="myDigitsDock")
    dock.setWidget(page)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(window.backprop_dock, dock)
    page.follow(dock)  # the window titles it with the other docks (MainWindow.retranslate)
    window.my_digits_page = page  # type: ignore[attr-defined]
    window.my_digits_dock = dock  # type: ignore[attr-defined]
    window.docks.append(dock)
    return dock


def my_digits_of(window: MainWindow) -> MyDigitsWidget:
    """The window's My digits view, built now if it was not yet."""
    return cast(MyDigitsWidget, window.my_digits_page.widget())  # type: ignore[attr-defined]


# -- the book's format -----------------------------------------------------------------------


def add_book_params_action(window: MainWindow, menu: QMenu) -> QAction:
    """Add File > Export for the book's scripts… (``exportBookParamsAction``) to ``menu``."""
    action = QAction(window, objectName="exportBookParamsAction")
    action.triggered.connect(lambda: ask_export_book_params(window))

    def retranslate() -> None:
        action.setText(
            QCoreApplication.translate("MyDigitsWindow", "Export for the &book's scripts…")
        )
        action.setToolTip(
            QCoreApplication.translate(
                "MyDigitsWindow",
                "Write the network's params as the book's save_params does (a pickle): "
                "only for the book's own scripts",
            )
        )

    _Retitle(window, retranslate)
    menu.addAction(action)
    return action


def ask_export_book_params(window: MainWindow) -> None:
    """Ask for a file, then write the shown network's params in the book's format to it."""
    session = window.shown_session()
    if session.params is None:
        window._show_message(
            QCoreApplication.translate("MyDigitsWindow", "Nothing to export"),
            QCoreApplication.translate("MyDigitsWindow", "Train a network first (Start or Step)."),
        )
        return
    path = window.dialogs.save_path(
        "models",
        QCoreApplication.translate("MyDigitsWindow", "Export for the book's scripts"),
        "params.pkl",
        QCoreApplication.translate("MyDigitsWindow", "Pickle for the book's scripts (*.pkl)"),
        ".pkl",
    )
    if path:
        export_book_params(window, path)


def export_book_params(window: MainWindow, path: str) -> None:
    """Write the shown network's params to ``path`` in the background; a message follows."""
    session = window.shown_session()
    params, config = session.params, session.config
    if params is None or config is None:
        return
    params = {key: value.copy() for key, value in params.items()}

    def done(_: object, error: BaseException | None) -> None:
        if error is None:
            window.status.showMessage(
                QCoreApplication.translate(
                    "MyDigitsWindow", "Saved {file} for the book's scripts"
                ).format(file=show_path(path)),
                5000,
            )
            if config.use_batchnorm:
                window._show_message(
                    QCoreApplication.translate("MyDigitsWindow", "Batch Normalization"),
                    QCoreApplication.translate(
                        "MyDigitsWindow",
                        "The book's params hold gamma and beta but not the running mean and "
                        "variance of Batch Normalization, which the book's scripts build only "
                        "while training: right after loading, their predictions are off.",
                    ),
                )
            window.file_saved.emit(path)
            return
        reason = str(error) if isinstance(error, BookParamsError) else repr(error)
        text = QCoreApplication.translate(
            "MyDigitsWindow", "Could not write {file}: {error}"
        ).format(file=show_path(path), error=reason)
        window._show_message(QCoreApplication.translate("MyDigitsWindow", "Could not save"), text)
        window.file_save_failed.emit(text)

    call_in_background(lambda: write_book_params(path, params, config), done, "book-params")
