"""The user interface's language: Qt translators, the system default and the remembered choice.

Every user-visible string goes through Qt's translation system: ``self.tr("...")``
in a QObject class, ``QCoreApplication.translate("Context", "...")`` elsewhere,
with placeholders filled after translation (``self.tr("Epoch {epoch}").format(epoch=3)``)
so that a translator can move them. ``tools/translations.py`` extracts the strings
into ``gui/translations/*.ts`` (``pyside6-lupdate``) and compiles them to ``.qm``
(``pyside6-lrelease``); the build compiles them too (``hatch_build.py``).

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget;
widgets set their texts in ``retranslate()`` and call it again on that event
(``Retranslating``), so a new language shows at once, without a restart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from gui.qt_app import app_owned

LANGUAGES: dict[str, str] = {
    "en": "English",
    "ja": "日本語",
    "zh_CN": "简体中文",
    "ko": "한국어",
}
"""The languages of the interface, by locale name, each named in its own language."""
SOURCE_LANGUAGE = "en"
LANGUAGE_KEY = "view/language"
"""The ``QSettings`` key of the chosen language; absent: follow the system."""
CATALOG = "mnist_trainer"
"""The translation files are ``gui/translations/mnist_trainer_<locale>.qm``."""


def translations_dir() -> Path:
    """The folder of the app's ``.qm`` files (inside the bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "gui" / "translations"
    return Path(__file__).resolve().parent / "translations"


def language_of(locale: QLocale) -> str:
    """The interface language for ``locale``: one of ``LANGUAGES``, English if none fits.

    Chinese in a traditional script (zh_TW, zh_HK, zh_Hant) gets English rather
    than simplified characters.
    """
    for name in locale.uiLanguages() or [locale.name()]:
        tag = name.replace("-", "_")
        language = tag.split("_")[0]
        if language == "zh":
            traditional = any(part in ("TW", "HK", "MO", "Hant") for part in tag.split("_")[1:])
            if not traditional:
                return "zh_CN"
            continue
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def system_language() -> str:
    """The interface language the system asks for."""
    return language_of(QLocale.system())


def remembered_language(settings: QSettings) -> str | None:
    """The language chosen in View > Language, or None to follow the system."""
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def remember_language(settings: QSettings, language: str | None) -> None:
    """Remember ``language`` (None: follow the system again)."""
    if language is None:
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, language)


class LanguageSwitcher(QObject):
    """Installs the translators of one language in the application; one per application.

    Loads the app's catalogue and Qt's own ``qtbase_<locale>.qm`` (the standard
    dialogs' buttons), and sets the default ``QLocale`` (number formats).
    """

    language_changed = Signal(str)  # the locale name, e.g. "ja"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self._language = SOURCE_LANGUAGE

    @property
    def language(self) -> str:
        """The language installed now."""
        return self._language

    def set_language(self, language: str) -> None:
        """Show the interface in ``language`` (a key of ``LANGUAGES``) from now on.

        Raises
        ------
        ValueError
            If ``language`` is not one of ``LANGUAGES``, or its catalogue is
            missing (a build without compiled translations).
        """
        if language not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            raise ValueError(f"unknown language {language!r}; choose one of {known}")
        translators = [] if language == SOURCE_LANGUAGE else self._load(language)
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = translators
        for translator in translators:
            app.installTranslator(translator)
        self._language = language
        QLocale.setDefault(QLocale(language))
        # installTranslator and removeTranslator post QEvent.LanguageChange to the
        # application, which passes it to every widget: deliver it now, so every
        # retranslate() has run when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(language)

    def _load(self, language: str) -> list[QTranslator]:
        app_translator = QTranslator()  # no parent: freed when replaced
        folder = translations_dir()
        if not app_translator.load(f"{CATALOG}_{language}", str(folder)):
            raise ValueError(
                f"the {LANGUAGES[language]} translation is missing from {folder}; "
                "build it with: uv run python tools/translations.py release"
            )
        translators = [app_translator]
        qt_translator = QTranslator()  # no parent: freed when replaced
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_folder):
            translators.append(qt_translator)
        return translators


def switcher() -> LanguageSwitcher:
    """The application's ``LanguageSwitcher`` (made on first use, owned by the application)."""
    return app_owned(LanguageSwitcher, "languageSwitcher")


class Retranslating:
    """Mixin for a widget that sets its texts in ``retranslate()``.

    Put it before the Qt base class (``class FooWidget(Retranslating, QWidget)``),
    call ``self.retranslate()`` at the end of ``__init__``; it is called again on
    every language change.
    """

    def retranslate(self) -> None:
        """Set every user-visible text of this widget in the current language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
