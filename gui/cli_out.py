"""Where ``mnist-trainer train`` writes: checking ``--out``, and replacing a run safely.

``check_out`` runs before any data is loaded. Over an existing run (``--force``)
the new run goes to a hidden folder beside ``--out`` (``core.run_swap``) and is
swapped in when it ends, so ``--out`` always holds one whole run.
"""

from __future__ import annotations

import argparse
import signal
from pathlib import Path

from core.path_display import show_path
from core.run_store import new_run_dir, runs_dir
from core.run_swap import (
    FILE,
    OTHER,
    RUN,
    discard_partial,
    folder_contents,
    make_partial_dir,
    swap_in,
)
from core.trainer import Trainer
from gui.run_writer import RunWriter


def check_out(parser: argparse.ArgumentParser, out: Path | None, force: bool) -> bool:
    """Refuse an ``--out`` that cannot take the run (one line, exit status 2).

    Parameters
    ----------
    parser : argparse.ArgumentParser
        Its ``error`` reports the problem.
    out : Path or None
        ``--out``; None means a new folder in the runs folder.
    force : bool
        ``--force``: a run in ``out`` may be replaced.

    Returns
    -------
    bool
        True if ``out`` holds a run that will be replaced. Only a run (run.json
        and only files a run has) is ever replaced; a folder holding anything
        else is refused, with or without ``--force``.
    """
    if out is None:
        return False
    shown = show_path(out)
    try:
        contents = folder_contents(out)
    except OSError as exc:
        parser.error(f"cannot write to --out {shown}: {exc.strerror or exc}")
    if contents.kind == FILE:
        parser.error(f"--out {shown} is a file, not a folder")
    if contents.kind == OTHER:
        examples = ", ".join(repr(name) for name in contents.foreign[:3]) or "no run.json"
        parser.error(
            f"--out {shown} holds files that are not a run's ({examples}); it is left alone "
            "(--force only replaces a run): choose a new or empty folder"
        )
    if contents.kind == RUN and not force:
        parser.error(
            f"--out {shown} already holds a run; pass --force to overwrite it "
            "or choose another folder"
        )
    return contents.kind == RUN


def make_out(parser: argparse.ArgumentParser, out: Path | None, replacing: bool) -> Path:
    """The folder the run ends up in, created if needed.

    Parameters
    ----------
    parser : argparse.ArgumentParser
        Its ``error`` reports a folder that cannot be created.
    out : Path or None
        ``--out``, already accepted by ``check_out``; None: a new run folder.
    replacing : bool
        From ``check_out``: ``out`` holds a run to replace. It is returned
        resolved, so the folder a symlink points to is swapped, not the link.

    Returns
    -------
    Path
    """
    if out is None:
        try:
            return new_run_dir(runs_dir())
        except OSError as exc:
            parser.error(
                f"cannot create a run folder in {show_path(runs_dir())}: {exc.strerror or exc}"
            )
    try:
        if replacing:
            return out.resolve(strict=True)
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        parser.error(f"cannot write to --out {show_path(out)}: {exc.strerror or exc}")
    return out


def start_writer(
    parser: argparse.ArgumentParser, out: Path, replacing: bool, trainer: Trainer
) -> RunWriter:
    """A RunWriter that has written its first files.

    Parameters
    ----------
    parser : argparse.ArgumentParser
        Its ``error`` reports a folder that cannot be written.
    out : Path
        From ``make_out``.
    replacing : bool
        True: write into a new hidden folder beside ``out`` (``writer.out``),
        for ``swap_in_held`` to put in place at the end.
    trainer : Trainer
        The trainer whose run is written.

    Returns
    -------
    RunWriter
    """
    folder = out
    try:
        if replacing:
            folder = make_partial_dir(out)
        writer = RunWriter(folder, trainer)
        writer.write_progress()
    except OSError as exc:
        if folder != out:
            discard_partial(folder)
        parser.error(f"cannot write to --out {show_path(out)}: {exc.strerror or exc}")
    return writer


def swap_in_held(partial: Path, out: Path) -> None:
    """``core.run_swap.swap_in`` with Ctrl-C ignored meanwhile (it is two steps at worst).

    Parameters
    ----------
    partial : Path
        ``writer.out`` of a writer from ``start_writer(..., replacing=True, ...)``.
    out : Path
        The run folder it replaces.
    """
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        swap_in(partial, out)
    finally:
        signal.signal(signal.SIGINT, previous)
