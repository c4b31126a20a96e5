"""View > Language, Theme, text size and Reset layout; mnist-trainer --lang."""

from __future__ import annotations

import subprocess
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from gui import app as app_module
from gui import i18n
from gui.appearance import SCALE_KEY, THEME_KEY, appearance
from gui.main_window import MainWindow
from gui.window_settings import open_settings
from tests.gui.catalogue import compiled

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context><name>WindowActions</name>
<message><source>&amp;File</source><translation>ファイル(&amp;F)</translation></message>
<message><source>&amp;View</source><translation>表示(&amp;V)</translation></message>
</context>
<context><name>MainWindow</name>
<message><source>Training</source><translation>学習</translation></message>
</context>
<context><name>RunStatus</name>
<message><source>Ready</source><translation>準備完了</translation></message>
</context>
</TS>
"""


@pytest.fixture
def japanese_catalogue(tmp_path, monkeypatch):
    """A tiny compiled ``mnist_trainer_ja.qm`` where ``gui.i18n`` looks for catalogues."""
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = folder / "mnist_trainer_ja.ts"
    ts.write_text(TINY_TS, encoding="utf-8")
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(folder / "mnist_trainer_ja.qm")],
        check=True,
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


@pytest.fixture(autouse=True)
def english_and_plain_afterwards():
    """Every test leaves the application in English, following the system, at scale 1."""
    yield
    i18n.switcher().set_language(i18n.SOURCE_LANGUAGE)
    appearance().set_theme("system")
    appearance().set_scale(1.0)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def reopened_settings() -> QSettings:
    return open_settings()


# -- language ----------------------------------------------------------------------------------


def test_the_language_menu_has_one_exclusive_action_per_language_in_its_own_name(window):
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    names = [action.objectName() for action in menu.actions()]
    assert names == ["language-en", "language-ja", "language-zh_CN", "language-ko"]
    texts = [action.text() for action in menu.actions()]
    assert texts == ["English", "日本語", "简体中文", "한국어"]
    assert all(action.isCheckable() for action in menu.actions())
    group = menu.actions()[0].actionGroup()
    assert isinstance(group, QActionGroup)
    assert group.isExclusive()
    assert window.findChild(QAction, "language-en").isChecked()


def test_choosing_a_language_retranslates_the_window_at_once_and_is_remembered(
    qtbot, window, japanese_catalogue
):
    assert menu_titles(window)[:1] == ["&File"]
    window.findChild(QAction, "language-ja").trigger()
    assert i18n.switcher().language == "ja"
    # Qt posts QEvent.LanguageChange to the windows: it arrives at the next event loop turn.
    qtbot.waitUntil(lambda: menu_titles(window)[0] != "&File", timeout=2000)
    titles = menu_titles(window)
    assert titles[0] == "ファイル(&F)"
    assert titles[3] == "表示(&V)"
    assert window.controls_dock.windowTitle() == "学習"
    assert window.status.fields["phase"].text() == "準備完了"
    assert window.findChild(QAction, "language-ja").isChecked()
    window._settings.sync()
    assert i18n.remembered_language(reopened_settings()) == "ja"

    window.findChild(QAction, "language-en").trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File", timeout=2000)
    assert window.status.fields["phase"].text() == "Ready"
    window._settings.sync()
    assert i18n.remembered_language(reopened_settings()) == "en"


def test_a_missing_catalogue_says_so_and_keeps_the_current_language(
    qtbot, window, tmp_path, monkeypatch
):
    empty = tmp_path / "no-translations"
    empty.mkdir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: empty)
    window.findChild(QAction, "language-ko").trigger()
    assert i18n.switcher().language == "en"
    assert window.findChild(QAction, "language-en").isChecked()
    assert not window.findChild(QAction, "language-ko").isChecked()
    assert "한국어" in window.message_box.text()
    assert menu_titles(window)[0] == "&File"
    window._settings.sync()
    assert i18n.remembered_language(reopened_settings()) is None


def test_the_start_language_is_the_requested_then_the_remembered_then_the_systems(
    japanese_catalogue, monkeypatch
):
    from gui.window_view import start_language

    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    settings = open_settings()
    assert start_language(settings) == "en"
    i18n.remember_language(settings, "ja")
    assert start_language(settings) == "ja"
    assert start_language(settings, "en") == "en"
    monkeypatch.setattr(i18n, "system_language", lambda: "ja")
    i18n.remember_language(settings, None)
    assert start_language(settings) == "ja"
    assert QCoreApplication.translate("WindowActions", "&File") == "ファイル(&F)"


def test_a_language_without_a_catalogue_starts_in_english(tmp_path, monkeypatch):
    from gui.window_view import start_language

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert start_language(open_settings(), "zh_CN") == "en"


# -- mnist-trainer --lang ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "language", "rest"),
    [
        (["--lang", "ja"], "ja", []),
        (["--lang=zh_CN"], "zh_CN", []),
        (["model.npz", "--lang", "ko"], "ko", ["model.npz"]),
        (["-platform", "offscreen", "--lang=en"], "en", ["-platform", "offscreen"]),
        ([], None, []),
    ],
)
def test_lang_is_taken_out_of_the_arguments(argv, language, rest):
    assert app_module.take_language(argv) == (language, rest)


def test_lang_chooses_the_language_of_the_launch(monkeypatch):
    calls = []
    monkeypatch.setattr(
        app_module, "run_window", lambda argv, **options: calls.append((argv, options)) or 0
    )
    assert app_module.main(["--lang", "ja"]) == 0
    assert app_module.main(["m.npz", "--lang=ko"]) == 0
    assert calls == [([], {"language": "ja"}), ([], {"model_path": "m.npz", "language": "ko"})]


@pytest.mark.parametrize("argv", [["--lang", "xx"], ["--lang"], ["--lang=JA"], ["--lang="]])
def test_a_bad_lang_is_one_english_line_listing_the_choices(argv, capsys):
    assert app_module.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "en, ja, zh_CN, ko" in err
    assert tuple(i18n.LANGUAGES) == app_module.LANGUAGE_CHOICES


def test_the_subcommands_take_no_lang(capsys):
    assert app_module.main(["--lang", "ja", "train"]) == 2
    assert "English" in capsys.readouterr().err


# -- theme and text size -----------------------------------------------------------------------


def test_the_theme_menu_forces_light_or_dark_and_is_remembered(qtbot, window):
    menu = window.findChild(QMenu, "themeMenu")
    names = [action.objectName() for action in menu.actions()]
    assert names == ["theme-system", "theme-light", "theme-dark"]
    assert [action.text() for action in menu.actions()] == ["&System", "&Light", "&Dark"]
    assert window.findChild(QAction, "theme-system").isChecked()
    window.findChild(QAction, "theme-dark").trigger()
    assert appearance().theme == "dark"
    assert appearance().palette.dark
    window.findChild(QAction, "theme-light").trigger()
    assert not appearance().palette.dark
    assert window.findChild(QAction, "theme-light").isChecked()
    window._settings.sync()
    assert reopened_settings().value(THEME_KEY) == "light"

    window.findChild(QAction, "theme-dark").trigger()
    appearance().set_theme("system")  # as at a new launch
    second = MainWindow()
    qtbot.addWidget(second)
    assert appearance().theme == "dark"
    assert second.findChild(QAction, "theme-dark").isChecked()


def test_larger_and_smaller_text_step_the_scale_and_are_remembered(qtbot, window):
    base = QApplication.font().pointSizeF()
    larger = window.findChild(QAction, "zoomInAction")
    smaller = window.findChild(QAction, "zoomOutAction")
    normal = window.findChild(QAction, "normalSizeAction")
    assert [key.toString() for key in larger.shortcuts()] == ["Ctrl++", "Ctrl+="]
    assert smaller.shortcut().toString() == "Ctrl+-"
    assert normal.shortcut().toString() == "Ctrl+Shift+0"
    assert not smaller.isEnabled()  # already the smallest
    larger.trigger()
    larger.trigger()
    assert appearance().scale == 1.5
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert appearance().line_width(2) == 3.0
    smaller.trigger()
    assert appearance().scale == 1.25
    window._settings.sync()
    assert float(reopened_settings().value(SCALE_KEY)) == 1.25
    normal.trigger()
    assert appearance().scale == 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    window._settings.sync()
    assert float(reopened_settings().value(SCALE_KEY)) == 1.0


def test_no_two_actions_share_a_shortcut(window):
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.objectName()}"
            seen[text] = action.objectName() or action.text()
    for key in ("Ctrl+0", "Ctrl++", "Ctrl+-", "Ctrl+Shift+0", "Space", "Ctrl+R"):
        assert key in seen


# -- reset layout ------------------------------------------------------------------------------


def test_reset_layout_puts_moved_and_hidden_docks_back(qtbot, window):
    area = window.dockWidgetArea
    first = {dock.objectName(): area(dock) for dock in window.docks}
    tabs = {dock.objectName(): window.tabifiedDockWidgets(dock) for dock in window.docks}
    window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, window.weights_dock)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.runs_dock)
    window.gradcheck_dock.hide()
    window.mistakes_dock.setFloating(True)
    assert area(window.weights_dock) == Qt.DockWidgetArea.TopDockWidgetArea
    reset = window.findChild(QAction, "resetLayoutAction")
    assert reset in window.findChild(QMenu, "viewMenu").actions()
    reset.trigger()
    assert {dock.objectName(): area(dock) for dock in window.docks} == first
    assert {dock.objectName(): window.tabifiedDockWidgets(dock) for dock in window.docks} == tabs
    assert all(not dock.isHidden() and not dock.isFloating() for dock in window.docks)


# -- the window in each language, from this module's translations -------------------------------


def _menu_texts(window: MainWindow) -> dict[str, str]:
    texts = {}
    for top in window.menuBar().actions():
        texts[f"menu {top.text()}"] = top.text()
        for action in top.menu().actions():
            if action.isSeparator() or action.objectName().startswith("language-"):
                continue
            texts[action.objectName() or action.text()] = action.text()
            if action.menu() is not None:
                for sub in action.menu().actions():
                    if not sub.objectName().startswith("language-"):
                        texts[sub.objectName()] = sub.text()
    return texts


@pytest.mark.parametrize("language", ["ja", "zh_CN", "ko"])
def test_every_menu_entry_and_dock_title_is_translated(qtbot, window, tmp_path, language):
    compiled(tmp_path, language)
    english = _menu_texts(window)
    english_titles = [dock.windowTitle() for dock in window.docks]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "translations_dir", lambda: tmp_path)
        window.findChild(QAction, f"language-{language}").trigger()
    qtbot.waitUntil(lambda: window.windowTitle() and _menu_texts(window) != english, timeout=2000)
    translated = _menu_texts(window).values()
    untranslated = set(translated) & set(english.values())
    assert untranslated == set()
    titles = [dock.windowTitle() for dock in window.docks]
    assert not set(titles) & set(english_titles)
    assert window.status.fields["phase"].text() != "Ready"


def test_the_docks_tabs_show_whole_titles_with_scroll_arrows(qtbot, window):
    from PySide6.QtWidgets import QTabBar

    window.resize(1000, 700)
    window.reset_layout()  # Qt makes new tab bars

    def bars() -> list[QTabBar]:
        return [bar for bar in window.findChildren(QTabBar) if bar.parent() is window]

    qtbot.waitUntil(lambda: all(b.elideMode() == Qt.TextElideMode.ElideNone for b in bars()))
    bottom = max(bars(), key=QTabBar.count)
    assert bottom.count() >= 10
    assert bottom.usesScrollButtons()
