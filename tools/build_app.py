"""Build the standalone app for the platform this runs on: it starts without Python installed.

    uv run --group app python tools/build_app.py              # -> dist/mnist-trainer/
    uv run --group app python tools/build_app.py --archive    # and a .tar.gz (.zip on Windows)
    uv run --group app python tools/build_app.py --onefile    # -> dist/onefile/mnist-trainer
    dist/mnist-trainer/mnist-trainer                          # the window
    dist/mnist-trainer/mnist-trainer train --iters 200        # the command line, as usual

PyInstaller (the ``app`` dependency group, never a dependency of the app itself)
gathers Python, the packages and Qt into one folder with an executable. The
bundle holds everything under ``assets/`` (the datasets with their notices, the
icon), the compiled translations ``gui/translations/*.qm`` (compiled first by
``tools/translations.py release`` when it is there) and Qt's own
``qtbase_<lang>.qm`` for the interface's languages. Beside the executable,
``share/`` holds a Linux ``.desktop`` file and the icon in the hicolor sizes, to
copy into ``~/.local/share`` (see ``packaging/linux/mnist-trainer.desktop``).

PyInstaller rather than ``pyside6-deploy``: ``pyside6-deploy`` drives Nuitka,
which translates every Python module (NumPy's, pyqtgraph's, Pillow's, ours: 526
C files) to C and compiles it. On the project's 2-core machine a PyInstaller
build takes under a minute, a Nuitka one more than 15 minutes, and the app gains
nothing from compiled Python (its time is spent in NumPy and Qt).

A folder by default rather than one file: the one-file app (``--onefile``, about
100 MB) unpacks its whole bundle (about 250 MB) into a temporary folder at every
start, which more than doubles its start-up time (2.3 s against 1.0 s here).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NAME = "mnist-trainer"
ENTRY = REPO / "packaging" / "app_main.py"
DESKTOP_FILE = REPO / "packaging" / "linux" / f"{NAME}.desktop"
ICON_SVG = REPO / "assets" / "icon" / f"{NAME}.svg"
QT_LANGUAGES = ("ja", "zh_CN", "ko")
"""Qt's own catalogues (``qtbase_<lang>.qm``) shipped for the interface's languages."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=REPO / "build" / "app", help="PyInstaller's work folder"
    )
    form = parser.add_mutually_exclusive_group()
    form.add_argument(
        "--archive", action="store_true", help="also pack the app folder into one archive"
    )
    form.add_argument(
        "--onefile", action="store_true", help="one executable file, in DIST/onefile/"
    )
    return parser.parse_args(argv)


def compile_translations() -> list[Path]:
    """The app's ``.qm`` files, compiled from the ``.ts`` files first when the tool is there."""
    tool = REPO / "tools" / "translations.py"
    if tool.is_file():
        subprocess.run([sys.executable, str(tool), "release"], check=True, cwd=REPO)
    found = sorted((REPO / "gui" / "translations").glob("*.qm"))
    if not found:
        print("build_app: no gui/translations/*.qm: the app will be in English only")
    return found


def qt_translations() -> list[tuple[Path, str]]:
    """Qt's own ``qtbase_<lang>.qm`` for :data:`QT_LANGUAGES`, with their folder in the bundle.

    PyInstaller collects Qt's catalogues already; naming them makes sure that
    standard dialogs and buttons are translated whatever its hooks do.
    """
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    package = Path(PySide6.__file__).resolve().parent
    dest = f"PySide6/{folder.resolve().relative_to(package).as_posix()}"  # Qt/translations
    files = [folder / f"qtbase_{lang}.qm" for lang in QT_LANGUAGES]
    return [(qm, dest) for qm in files if qm.is_file()]


def render_icons(svg: Path, folder: Path) -> dict[int, Path]:
    """Render the SVG icon to square PNGs of :data:`ICON_SIZES` pixels with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build_app: {svg} is not a valid SVG")
    folder.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        pngs[size] = folder / f"{NAME}-{size}.png"
        image.save(str(pngs[size]))
    return pngs


def data_arguments(qm_files: list[Path]) -> list[str]:
    """PyInstaller's ``--add-data SOURCE:DEST`` for the assets and the translations."""
    pairs = [(entry, f"assets/{entry.name}") for entry in sorted((REPO / "assets").iterdir())]
    pairs += [(qm, "gui/translations") for qm in qm_files]
    pairs += qt_translations()
    arguments = []
    for source, dest in pairs:
        arguments += ["--add-data", f"{source}{os.pathsep}{dest}"]
    return arguments


def pyinstaller_arguments(args: argparse.Namespace, icon: Path, qm_files: list[Path]) -> list[str]:
    """The whole PyInstaller command line (a console app: ``train`` prints to it)."""
    arguments = [
        str(ENTRY),
        "--name", NAME,
        "--noconfirm",
        "--log-level", "WARN",
        "--distpath", str(args.dist / "onefile" if args.onefile else args.dist),
        "--workpath", str(args.work),
        "--specpath", str(args.work),
        "--paths", str(REPO),
    ]  # fmt: skip
    if args.onefile:
        arguments.append("--onefile")
    if sys.platform in ("win32", "darwin"):  # the executable's own icon (Pillow converts it)
        arguments += ["--icon", str(icon)]
    return arguments + data_arguments(qm_files)


def add_desktop_files(app_dir: Path, pngs: dict[int, Path]) -> None:
    """``share/applications/*.desktop`` and ``share/icons/hicolor/*`` beside the executable."""
    share = app_dir / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    hicolor = share / "icons" / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICON_SVG, hicolor / "scalable" / "apps" / ICON_SVG.name)
    for size, png in pngs.items():
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, folder / f"{NAME}.png")


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder``, each counted once (PyInstaller links some libraries)."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print(
            "build_app: PyInstaller is missing; run: uv run --group app python tools/build_app.py",
            file=sys.stderr,
        )
        return 2
    started = time.monotonic()
    qm_files = compile_translations()
    pngs = render_icons(ICON_SVG, args.work / "icons")
    pyinstaller.run(pyinstaller_arguments(args, pngs[256], qm_files))
    app_dir = args.dist / "onefile" if args.onefile else args.dist / NAME
    add_desktop_files(app_dir, pngs)
    size_mb = folder_size(app_dir) / 1e6
    print(f"build_app: {app_dir} ({size_mb:.0f} MB) in {time.monotonic() - started:.0f} s")
    if args.archive:
        system = platform.system().lower()
        base = args.dist / f"{NAME}-{system}-{platform.machine().lower()}"
        archive = shutil.make_archive(
            str(base), "zip" if system == "windows" else "gztar", args.dist, NAME
        )
        print(f"build_app: {archive} ({Path(archive).stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
