"""View > Language, Theme, presentation size and Reset layout.

The language switches at once (``gui.i18n.switcher``), the theme and the
presentation scale through ``gui.appearance``; each choice is remembered in
the window's ``QSettings`` and put back at the next launch
(``restore_view_choices``, ``start_language``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabBar

from gui import i18n
from gui.appearance import SCALE_KEY, SCALES, THEME_KEY, THEMES, appearance

if TYPE_CHECKING:
    from gui.main_window import MainWindow

log = logging.getLogger(__name__)

ZOOM_IN_KEYS = ("Ctrl++", "Ctrl+=")
ZOOM_OUT_KEYS = ("Ctrl+-",)
NORMAL_SIZE_KEYS = ("Ctrl+Shift+0",)  # Ctrl+0 fits the loss plot


def start_language(settings: QSettings, requested: str | None = None) -> str:
    """Install the language of this launch: ``requested``, else the remembered, else the system's.

    A missing catalogue leaves English (logged); returns the language installed.
    """
    language = requested or i18n.remembered_language(settings) or i18n.system_language()
    try:
        i18n.switcher().set_language(language)
    except ValueError as exc:
        log.warning("%s; the window stays in English", exc)
        i18n.switcher().set_language(i18n.SOURCE_LANGUAGE)
    return i18n.switcher().language


def restore_view_choices(settings: QSettings) -> None:
    """Put back the remembered theme and presentation scale (if any)."""
    look = appearance()
    theme = settings.value(THEME_KEY)
    if isinstance(theme, str) and theme in THEMES and theme != look.theme:
        look.set_theme(theme)
    try:
        scale = float(settings.value(SCALE_KEY, look.scale))
    except (TypeError, ValueError):
        scale = look.scale
    if abs(scale - look.scale) > 1e-9:
        look.set_scale(scale)


class ViewActions(QObject):
    """The View menu's language, theme, text size and layout actions of one window.

    Parameters
    ----------
    window : MainWindow
        Its ``_settings`` remember the choices; ``reset_layout`` and
        ``_show_message`` are called from here.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.language_menu = QMenu(window, objectName="languageMenu")
        self.theme_menu = QMenu(window, objectName="themeMenu")
        self.languages = QActionGroup(self, exclusive=True)
        self.language_actions: dict[str, QAction] = {}
        for language, own_name in i18n.LANGUAGES.items():
            action = QAction(own_name, self.languages, checkable=True)
            action.setObjectName(f"language-{language}")
            action.triggered.connect(lambda _=False, lang=language: self.choose_language(lang))
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.themes = QActionGroup(self, exclusive=True)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = QAction(self.themes, checkable=True)
            action.setObjectName(f"theme-{theme}")
            action.triggered.connect(lambda _=False, name=theme: self.choose_theme(name))
            self.theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.zoom_in = self._action("zoomInAction", ZOOM_IN_KEYS, self.larger_text)
        self.zoom_out = self._action("zoomOutAction", ZOOM_OUT_KEYS, self.smaller_text)
        self.normal_size = self._action("normalSizeAction", NORMAL_SIZE_KEYS, self.normal_text)
        self.reset_layout = self._action("resetLayoutAction", (), window.reset_layout)
        i18n.switcher().language_changed.connect(self._check_current)
        appearance().changed.connect(self._check_current)
        self._check_current()

    def _action(self, name: str, keys: tuple[str, ...], slot: object) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(lambda: slot())  # type: ignore[operator]
        self._window.addAction(action)
        return action

    def retranslate(self) -> None:
        """Set the menus' and actions' texts in the current language."""
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_menu.setToolTip(self.tr("The language of the window"))
        self.theme_menu.setTitle(self.tr("T&heme"))
        theme_texts = {
            "system": (self.tr("&System"), self.tr("Follow the system's light or dark scheme")),
            "light": (self.tr("&Light"), self.tr("Dark text on light backgrounds")),
            "dark": (self.tr("&Dark"), self.tr("Light text on dark backgrounds")),
        }
        for theme, (text, tip) in theme_texts.items():
            self.theme_actions[theme].setText(text)
            self.theme_actions[theme].setToolTip(tip)
        for action, text, tip in (
            (
                self.zoom_in,
                self.tr("Lar&ger text"),
                self.tr("Larger text and lines, for a projector"),
            ),
            (self.zoom_out, self.tr("S&maller text"), self.tr("Smaller text and lines")),
            (
                self.normal_size,
                self.tr("&Normal size"),
                self.tr("Text and lines at their normal size"),
            ),
            (
                self.reset_layout,
                self.tr("&Reset layout"),
                self.tr("Put every panel back where it was at the first launch"),
            ),
        ):
            action.setText(text)
            action.setToolTip(tip)
        for language, action in self.language_actions.items():
            action.setToolTip(i18n.LANGUAGES[language])

    def _check_current(self, *_: object) -> None:
        language_action = self.language_actions.get(i18n.switcher().language)
        if language_action is not None:
            language_action.setChecked(True)
        self.theme_actions[appearance().theme].setChecked(True)
        scale = appearance().scale
        self.zoom_in.setEnabled(scale < SCALES[-1] - 1e-9)
        self.zoom_out.setEnabled(scale > SCALES[0] + 1e-9)

    # -- the choices -----------------------------------------------------------------------

    def choose_language(self, language: str) -> bool:
        """Show the window in ``language`` now and remember it; False if it cannot be loaded."""
        try:
            i18n.switcher().set_language(language)
        except ValueError as exc:
            log.warning("%s", exc)
            self._check_current()
            self._window._show_message(
                self.tr("Language not available"),
                self.tr(
                    "The {language} translation is missing from this installation; "
                    "the window stays in the current language."
                ).format(language=i18n.LANGUAGES[language]),
            )
            return False
        i18n.remember_language(self._window._settings, language)
        return True

    def choose_theme(self, theme: str) -> None:
        """Follow the system's scheme, or force light or dark; remembered."""
        appearance().set_theme(theme)
        self._window._settings.setValue(THEME_KEY, theme)

    def larger_text(self) -> None:
        """The next larger presentation scale (remembered)."""
        appearance().zoom_in()
        self._remember_scale()

    def smaller_text(self) -> None:
        """The next smaller presentation scale (remembered)."""
        appearance().zoom_out()
        self._remember_scale()

    def normal_text(self) -> None:
        """Back to the normal size (remembered)."""
        appearance().set_scale(1.0)
        self._remember_scale()

    def _remember_scale(self) -> None:
        self._window._settings.setValue(SCALE_KEY, appearance().scale)


def build_view_menu(menu: QMenu, actions: ViewActions) -> None:
    """Add the language, theme, text size and layout entries to the View menu ``menu``."""
    menu.addSeparator()
    menu.addAction(actions.zoom_in)
    menu.addAction(actions.zoom_out)
    menu.addAction(actions.normal_size)
    menu.addSeparator()
    menu.addMenu(actions.theme_menu)
    menu.addMenu(actions.language_menu)
    menu.addSeparator()
    menu.addAction(actions.reset_layout)


def show_whole_tab_titles(window: QMainWindow) -> None:
    """The tabbed docks' titles in full, with scroll arrows when they do not fit.

    Qt cuts them to fit by default, which at 1000 px made two tabs "勾…"
    (勾配確認 and 勾配) that a learner could not tell apart.
    """
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window:  # the docks' tab bars, not a tab widget's
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
