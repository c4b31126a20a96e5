"""File dialogs that start where the user last was and give a file the right extension."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.window_settings import remember_folder, remembered_folder


class FileDialogs:
    """Open and save dialogs for one window; each purpose remembers its own folder.

    Parameters
    ----------
    parent : QWidget
        The dialogs' parent.
    settings : QSettings
        Where the last folders are remembered between launches.
    """

    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        self._parent = parent
        self._settings = settings

    def _start(self, purpose: str, name: str = "") -> str:
        folder = remembered_folder(self._settings, purpose)
        if folder and Path(folder).is_dir():
            return str(Path(folder) / name) if name else folder
        return name

    def _remember(self, purpose: str, path: str) -> None:
        remember_folder(self._settings, purpose, str(Path(path).parent))

    def open_path(self, purpose: str, title: str, filter_text: str) -> str | None:
        """Ask for a file to open; None if cancelled."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent, title, self._start(purpose), filter_text
        )
        if not path:
            return None
        self._remember(purpose, path)
        return path

    def save_path(
        self, purpose: str, title: str, name: str, filter_text: str, suffix: str
    ) -> str | None:
        """Ask for a file to write; ``suffix`` (".png") is added when the name has none."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent, title, self._start(purpose, name), filter_text
        )
        if not path:
            return None
        if not Path(path).suffix:
            path += suffix
        self._remember(purpose, path)
        return path

    def folder(self, purpose: str, title: str, current: str) -> str | None:
        """Ask for a folder; None if cancelled."""
        folder = QFileDialog.getExistingDirectory(self._parent, title, current)
        return folder or None
