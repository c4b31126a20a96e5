"""The interface in Japanese, Chinese and Korean: full catalogues, no English left on screen.

The walk shows every dock and tab (building the lazy ones), then reads every
text a user can see or hear: labels, buttons, group and dock titles, tab
texts, combo items, placeholders, table headers, tooltips, accessible names,
menus and their actions, and the plots' axis labels and legends.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from gui import i18n

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("ja", "zh_CN", "ko")

# Latin words that the book's editions keep as they are, or that are names.
KEPT = {
    # names of the data, the app and the languages
    "mnist", "fashion", "trainer", "english",
    # the language menu's title keeps "Language" beside the translation, on purpose
    "language",
    # the book's class and function names
    "multilayernet", "twolayernet", "params", "pickle",
    # the optimizers, as every edition writes them
    "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam",
    # functions and layers the editions write in Latin letters
    "relu", "sigmoid", "tanh", "softmax", "affine", "xavier", "he",
    "dropout", "batch", "normalization", "weight", "decay", "mini",
    "epoch", "epochs",
    # symbols, units and file kinds
    "lr", "dl", "dw", "db", "dx", "png", "csv", "json", "npz", "pkl", "it", "ms", "mb",
    "ctrl", "shift", "alt", "del", "esc", "space", "enter", "return", "backspace",
    "delete", "page", "up", "down", "home", "end", "tab", "pgup", "pgdn",
    # the formulas' and the code's own words
    "lambda", "sum", "float", "norm", "gradcheck", "numpy",
    "beta", "gamma", "max", "min", "log", "exp", "std", "argmax", "nan", "inf",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z]+")
SYMBOL = re.compile(r"^(?:[A-Za-z]{1,2}\d*|d[A-Za-z]+\d*)$")  # W1, b2, x, dW1, dout


def english_words(text: str) -> list[str]:
    """The words of ``text`` that look untranslated (Latin words not kept on purpose)."""
    text = re.sub(r"<[^>]+>", " ", text)  # rich text's tags
    text = re.sub(r"&(?=\w)", "", text)  # accelerators
    text = re.sub(r"\S*[/\\]\S*", " ", text)  # paths and fractions
    text = re.sub(r"\S*(?:\(\)|_|\.py|mnist-trainer)\S*", " ", text)  # code: f(), a_b, x.py
    words = []
    for word in WORD.findall(text):
        if word.lower() in KEPT or SYMBOL.match(word) or word.isupper():
            continue
        words.append(word)
    return words


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text of the window a user can see or hear."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QTabBar):
            continue  # Qt's own parts (qtbase's catalogue): a dock's buttons, tab scroll arrows
        if not widget.isVisibleTo(window) and not isinstance(widget, QMenu):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        found += [(f"{name} tooltip", widget.toolTip()), (f"{name} accessible name",
                  widget.accessibleName())]  # fmt: skip
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QDockWidget):
            found.append((name, widget.windowTitle()))
        if isinstance(widget, QLineEdit):
            found.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
            found += [(f"{name} tab tip", widget.tabToolTip(i)) for i in range(widget.count())]
        if isinstance(widget, (QTableWidget, QTreeWidget)):
            found += _header_texts(widget, name)
        if isinstance(widget, QMenu):
            found.append((name, widget.title()))
        if isinstance(widget, pg.PlotWidget | pg.GraphicsLayoutWidget):
            found += _plot_texts(widget, name)
    for action in window.findChildren(QAction):
        if action.isVisible() and not action.isSeparator():
            found += [(f"action {action.objectName()!r}", action.text()),
                      (f"action {action.objectName()!r} tooltip", action.toolTip())]  # fmt: skip
    return [(where, text) for where, text in found if text]


def _header_texts(view: QTableWidget | QTreeWidget, name: str) -> list[tuple[str, str]]:
    if isinstance(view, QTreeWidget):
        header = view.headerItem()
        return [(f"{name} header", header.text(i)) for i in range(header.columnCount())]
    items = [view.horizontalHeaderItem(i) for i in range(view.columnCount())]
    return [(f"{name} header", item.text()) for item in items if item is not None]


def _plot_texts(view: pg.GraphicsView, name: str) -> list[tuple[str, str]]:
    texts = []
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem) and item.isVisible() and item.label.isVisible():
            texts.append((f"{name} axis", item.labelText))
        elif isinstance(item, pg.LabelItem) and item.isVisible():
            texts.append((f"{name} label", item.text))
    return texts


def show_everything(window, qtbot) -> None:
    """Bring every dock (and so every lazily built tab) to the front once."""
    for dock in window.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
        qtbot.wait(1)  # let a LazyPage build on its visibility change
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()  # menus filled when opened


def test_catalogues_have_no_unfinished_or_obsolete_entry():
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_catalogues_match_their_sources(tmp_path):
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import translations as tools_translations
    finally:
        sys.path.remove(str(REPO / "tools"))
    for qm in tools_translations.release(out=tmp_path):
        shipped = i18n.translations_dir() / qm.name
        assert shipped.exists(), f"{shipped.name} missing: run `uv sync` (it builds them)"
        assert shipped.read_bytes() == qm.read_bytes(), f"{shipped.name} is older than its .ts"


@pytest.fixture
def english_after():
    yield
    i18n.switcher().set_language("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_left_on_screen(window, qtbot, language, english_after):
    show_everything(window, qtbot)
    i18n.switcher().set_language(language)
    untranslated = [
        f"{where}: {text!r}" for where, text in visible_texts(window) if english_words(text)
    ]
    assert not untranslated, f"{len(untranslated)} texts left in English:\n" + "\n".join(
        untranslated
    )


def test_switching_back_to_english_restores_the_texts(window, qtbot, english_after):
    show_everything(window, qtbot)
    before = sorted(visible_texts(window))
    i18n.switcher().set_language("ja")
    assert sorted(visible_texts(window)) != before
    i18n.switcher().set_language("en")
    assert sorted(visible_texts(window)) == before


def test_the_walk_sees_english_words():
    assert english_words("Start training") == ["Start", "training"]
    assert english_words("学習を開始 (Ctrl+Enter)") == []
    assert english_words("Adam lr 0.001, W1 の重み") == []
    assert english_words("<b>損失関数</b> /tmp/runs/a.png") == []


PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}")
ACCELERATOR = re.compile(r"&(\w)")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_accelerators(language):
    from tests.gui.catalogue import catalogue

    wrong = []
    for context, messages in catalogue().items():
        for source, texts in messages.items():
            text = texts.get(language, "")
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"[{context}] {source!r} -> {text!r}: placeholders")
            accelerator = ACCELERATOR.search(source.replace("&&", ""))
            if accelerator and ACCELERATOR.search(text.replace("&&", "")) is None:
                wrong.append(f"[{context}] {source!r} -> {text!r}: no &accelerator")
    assert wrong == []


def test_a_replaced_language_is_freed(qtbot, english_after):
    import gc
    import weakref

    i18n.switcher().set_language("ja")
    replaced = [weakref.ref(translator) for translator in i18n.switcher()._translators]
    i18n.switcher().set_language("ko")
    gc.collect()
    assert replaced
    assert [ref() for ref in replaced] == [None] * len(replaced)
