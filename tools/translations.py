"""Keep the interface's translations in step with the code, and compile them.

    uv run python tools/translations.py update   # lupdate: gui/, core/ -> gui/translations/*.ts
    uv run python tools/translations.py release  # lrelease: *.ts -> *.qm (the build does it too)
    uv run python tools/translations.py check    # exit 1 if an entry is unfinished or obsolete

``update`` adds new strings as unfinished entries and drops obsolete ones; a
translator then fills them in Qt Linguist (``pyside6-linguist``) or any editor.
``update --fill FILE.json`` also fills unfinished entries from a JSON file
``{"Context": {"source": {"ja": "...", "zh_CN": "...", "ko": "..."}}}``.
The ``.qm`` files are build outputs: never committed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "gui" / "translations"
CATALOG = "mnist_trainer"
LOCALES = ("ja", "zh_CN", "ko")


def qt_tool(name: str) -> Path:
    """Path of a Qt tool (``lupdate``, ``lrelease``) shipped inside PySide6."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} not found in {folder}; install PySide6-Essentials")


def sources(repo: Path = REPO) -> list[Path]:
    """The Python files whose strings are translated.

    The Qt layer, and the core modules that mark sentences for the window with
    a ``QT_TRANSLATE_NOOP`` of their own (``core.phrase``).
    """
    gui = [p for p in (repo / "gui").rglob("*.py") if "translations" not in p.parts]
    core = [p for p in (repo / "core").glob("*.py") if "QT_TRANSLATE_NOOP(" in p.read_text("utf-8")]
    return sorted(gui + core)


def ts_path(locale: str, folder: Path = TRANSLATIONS) -> Path:
    """The ``.ts`` file of ``locale``."""
    return folder / f"{CATALOG}_{locale}.ts"


def lupdate(ts_files: list[Path], *, drop_obsolete: bool, repo: Path = REPO) -> None:
    """Run ``lupdate`` over the sources into ``ts_files`` (created if missing)."""
    args = [str(qt_tool("lupdate")), "-silent", "-locations", "none", "-source-language", "en"]
    if drop_obsolete:
        args.append("-no-obsolete")
    from gui.pyqtgraph_texts import pyqtgraph_sources  # the plots' own menus

    files = [str(p.relative_to(repo)) for p in sources(repo)]
    files += [str(p) for p in pyqtgraph_sources()]
    for ts in ts_files:
        locale = ts.stem.removeprefix(f"{CATALOG}_")
        subprocess.run(
            [*args, "-target-language", locale, *files, "-ts", str(ts)], check=True, cwd=repo
        )


def release(folder: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` to ``.qm`` (next to it, or in ``out``)."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sorted(folder.glob(f"{CATALOG}_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def problems(ts: Path) -> list[str]:
    """The entries of ``ts`` that are unfinished, obsolete or vanished, one line each."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind is not None:
                found.append(f"{ts.name}: {kind}: [{name}] {message.findtext('source')!r}")
    return found


def check(folder: Path = TRANSLATIONS) -> list[str]:
    """Run ``lupdate`` on copies of the ``.ts`` files and list what is not translated."""
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for locale in LOCALES:
            copy = Path(tmp) / ts_path(locale).name
            copy.write_bytes(ts_path(locale, folder).read_bytes())
            copies.append(copy)
        lupdate(copies, drop_obsolete=False)
        return [line for copy in copies for line in problems(copy)]


def fill(ts: Path, translations: dict[str, dict[str, dict[str, str]]]) -> int:
    """Fill the unfinished entries of ``ts`` found in ``translations``; how many were filled."""
    locale = ts.stem.removeprefix(f"{CATALOG}_")
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        known = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            translation = message.find("translation")
            text = known.get(message.findtext("source") or "", {}).get(locale)
            if translation is not None and translation.get("type") == "unfinished" and text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
    _write_ts(tree, ts)
    return filled


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    # lupdate re-reads it to write its own layout, so that the next update diffs cleanly.
    lupdate([ts], drop_obsolete=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("--fill", type=Path, action="append", default=[], metavar="FILE.json")
    args = parser.parse_args(argv)
    if args.command == "update":
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        files = [ts_path(locale) for locale in LOCALES]
        lupdate(files, drop_obsolete=True)
        for source in args.fill:
            translations = json.loads(source.read_text(encoding="utf-8"))
            for ts in files:
                print(f"{ts.name}: {fill(ts, translations)} filled from {source.name}")
        left = [line for ts in files for line in problems(ts)]
        print(f"{len(left)} entries left to translate")
    elif args.command == "release":
        for qm in release():
            print(qm.relative_to(REPO))
    else:
        left = check()
        for line in left:
            print(line)
        if left:
            print(f"{len(left)} unfinished or obsolete entries", file=sys.stderr)
            return 1
        print("every entry is translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
