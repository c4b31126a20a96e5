"""``mnist-trainer experiment NAME``: one of the book's chapter-6 experiments, and its figure.

Prints the settings the preset uses, trains its contestants in parallel worker
processes (``core.contestant_pool``), saves each as an ordinary run folder in
the runs folder, marked as one group (``core.run_group``), and writes the book's
figure as a PNG. The batch-norm grid, the hyperparameter search and the
activation histograms run through their own modules and write their figures
only. ``--iters N`` (or ``--epochs``/``--trials`` for the grid and the search)
shortens a preset for a quick look and keeps every other setting. Ctrl-C stops
at once: the contestants that finished are saved, and their figure drawn.
"""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from core.config import TRAIN_SIZE, Bound, TrainConfig
from core.contestant_pool import ContestantProgress, ContestantResult, run_contestants
from core.experiments import EXPERIMENTS, TRAINED_KINDS, Experiment, settings_text, shortened
from core.path_display import show_path
from core.race import RACE_COLORS
from core.run_group import RunGroup, new_group_id
from core.run_store import ENV_VAR, new_run_dir, runs_dir
from core.run_writer import begin_run, write_run
from gui.cli_args import range_text, setting, within
from gui.terminal_line import TerminalLine

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130
WORKERS = Bound(1, 64, whole=True)
SHORT = Bound(1, 1_000_000, whole=True)
HISTOGRAM_ACTIVATIONS = ("sigmoid", "relu", "tanh")
HISTOGRAM_SCALES = ("1", "0.01", "xavier", "he")


def add_experiment_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``experiment`` subcommand to ``subparsers``; ``args.subparser`` is set to it."""
    parser = subparsers.add_parser(
        "experiment",
        help="reproduce one of the book's chapter-6 figures (--list names them)",
        description="Train one of the book's chapter-6 MNIST experiments, set up exactly as "
        "its script, in parallel worker processes; save each contestant as a run (one group "
        "in the runs folder) and write the book's figure as a PNG.",
    )
    parser.add_argument("name", nargs="?", choices=list(EXPERIMENTS), metavar="NAME")
    parser.add_argument("--list", action="store_true", help="list the experiments and exit")
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help=f"folder for the figure (default: the runs folder; ${ENV_VAR} moves it)",
    )
    parser.add_argument(
        "--workers",
        type=within(WORKERS),
        default=2,
        metavar="N",
        help=f"worker processes, {WORKERS.describe()} (default 2: one per core here)",
    )
    parser.add_argument(
        "--iters",
        type=within(SHORT),
        metavar="N",
        help="iterations per contestant instead of the book's, for a quick look "
        "(loss and accuracy experiments)",
    )
    parser.add_argument(
        "--epochs",
        type=within(SHORT),
        metavar="N",
        help="epochs instead of the book's (batch-norm, hyperparameter-search)",
    )
    parser.add_argument(
        "--trials", type=within(SHORT), metavar="N", help="trials (hyperparameter-search)"
    )
    parser.add_argument("--activation", choices=HISTOGRAM_ACTIVATIONS, default="relu")
    parser.add_argument(
        "--scale",
        choices=HISTOGRAM_SCALES,
        default="he",
        help="initial weight scale of activation-histograms (default he, as the script)",
    )
    parser.add_argument(
        "--seed",
        type=setting("seed"),
        default=0,
        metavar="N",
        help=f"seed of the search and the histograms, {range_text('seed')} (default 0)",
    )
    parser.set_defaults(subparser=parser)
    return parser


def list_text() -> str:
    """One line per preset: its name, kind and title."""
    width = max(len(name) for name in EXPERIMENTS)
    return "\n".join(f"{e.name:<{width}}  {e.title} ({e.script})" for e in EXPERIMENTS.values())


@contextmanager
def _ctrl_c_sets(cancel: threading.Event) -> Iterator[None]:
    def on_sigint(signum: int, frame: object) -> None:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C aborts
        cancel.set()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _check(args: argparse.Namespace, parser: argparse.ArgumentParser, kind: str) -> None:
    """Refuse a flag the experiment does not use (one line, exit status 2)."""
    allowed = {
        "iters": kind in TRAINED_KINDS,
        "epochs": kind in ("batch-norm", "search"),
        "trials": kind == "search",
    }
    for flag, ok in allowed.items():
        if getattr(args, flag) is not None and not ok:
            parser.error(f"--{flag} does not apply to {args.name}")


def _figure_dir(parser: argparse.ArgumentParser, out: Path | None) -> Path:
    folder = Path(out) if out is not None else runs_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        parser.error(f"cannot write to --out {show_path(folder)}: {exc.strerror or exc}")
    if not folder.is_dir():
        parser.error(f"--out {show_path(folder)} is not a folder")
    return folder


def _write_png(folder: Path, stem: str, png: bytes) -> Path:
    from core import run_files

    path = folder / f"{stem}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.png"
    run_files.write_png(path, png)
    print(f"figure: {show_path(path)}", flush=True)
    return path


class _Progress(TerminalLine):
    """Every contestant's iterations on one terminal line; a printed line per finish."""

    def __init__(self, labels: list[str], save: Callable[[ContestantResult], None]) -> None:
        super().__init__(sys.stdout)
        self.labels, self.save = labels, save
        self.done: dict[int, str] = {}

    def __call__(self, update: ContestantProgress | ContestantResult) -> None:
        if isinstance(update, ContestantResult):
            self.clear()
            self.save(update)
            return
        self.done[update.index] = f"{update.iterations_done:,}/{update.iters_num:,}"
        parts = [f"{self.labels[i]} {text}" for i, text in sorted(self.done.items())]
        self.show("  ".join(parts) + "  (Ctrl-C stops)")


def _runs_for(experiment: Experiment) -> list[tuple[Path, RunGroup]]:
    """A new run folder per contestant, each begun as ``running`` and marked with the group."""
    group_id, size, root = new_group_id(), len(experiment.contestants), runs_dir()
    made = []
    for index, (label, config) in enumerate(
        zip(experiment.labels, experiment.contestants, strict=True)
    ):
        group = RunGroup(group_id, experiment.name, label, RACE_COLORS[index], index, size)
        folder = new_run_dir(root)
        begin_run(folder, config, group=group)
        made.append((folder, group))
    return made


def _save(result: ContestantResult, folder: Path, label: str) -> None:
    """Write ``result`` into its run folder, and say so."""
    from gui.accuracy_chart import render_accuracy_chart

    record = dataclasses.replace(result.record(), run_dir=folder)
    epochs = result.epochs
    chart = render_accuracy_chart([e.train_acc for e in epochs], [e.test_acc for e in epochs])
    config: TrainConfig = result.config
    write_run(folder, record, chart_png=chart, iter_per_epoch=config.iter_per_epoch(TRAIN_SIZE))
    last = f"loss {result.losses[-1]:.4f}" if len(result.losses) else "no iteration"
    accuracy = (
        f", test acc {result.final_accuracy[1]:.4f}" if result.final_accuracy is not None else ""
    )
    print(
        f"{label}: {result.status}, {len(result.losses):,} iterations in "
        f"{result.seconds:.1f} s, {last}{accuracy}; saved {show_path(folder)}",
        flush=True,
    )


def _train_experiment(
    experiment: Experiment, args: argparse.Namespace, figures: Path, cancel: threading.Event
) -> int:
    from gui.experiment_figures import render_accuracy_figure, render_loss_figure

    runs = _runs_for(experiment)
    results: dict[int, ContestantResult] = {}

    def save(result: ContestantResult) -> None:
        results[result.index] = result
        if result.state is None:
            print(f"{experiment.labels[result.index]}: failed: {result.note}", file=sys.stderr)
            return
        _save(result, runs[result.index][0], experiment.labels[result.index])

    progress = _Progress(list(experiment.labels), save)
    for _ in run_contestants(
        experiment.contestants, workers=args.workers, progress=progress, cancel=cancel
    ):
        pass
    progress.clear()
    saved = sorted(i for i, r in results.items() if r.state is not None)
    for index, (folder, _) in enumerate(runs):
        if index not in saved:  # stopped or failed before training: only its run.json
            (folder / "run.json").unlink(missing_ok=True)
            folder.rmdir()
    if saved:
        labels = [experiment.labels[i] for i in saved]
        if experiment.kind == "loss":
            png = render_loss_figure(experiment, labels, [results[i].losses for i in saved])
        else:
            png = render_accuracy_figure(experiment, results[saved[0]].epochs)
        _write_png(figures, experiment.name, png)
    if cancel.is_set():
        print(
            f"mnist-trainer: stopped; {len(saved)} of {len(runs)} contestants finished "
            "and were saved",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    return EXIT_OK if len(saved) == len(runs) else EXIT_FAILED


def _special(
    experiment: Experiment, args: argparse.Namespace, figures: Path, cancel: threading.Event
) -> int:
    """Run the batch-norm grid, the search or the histograms through their own modules."""
    line = TerminalLine(sys.stdout)

    def progress(done: int, total: int) -> None:
        line.show(f"{done:,} of {total:,} trainings finished (Ctrl-C stops)")

    pngs = _run_special(experiment.kind, args, progress, cancel)
    line.clear()
    for stem, png in pngs:
        _write_png(figures, stem, png)
    if cancel.is_set():
        print("mnist-trainer: stopped; the figure shows what finished", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_OK


def _run_special(
    kind: str,
    args: argparse.Namespace,
    progress: Callable[[int, int], None],
    cancel: threading.Event,
) -> list[tuple[str, bytes]]:
    """The figures of the experiment of ``kind``, as ``(file stem, PNG)``."""
    from gui import special_figures as figures

    if kind == "histograms":
        from core.activation_histograms import run_activation_histograms

        scale = float(args.scale) if args.scale[0].isdigit() else args.scale
        histograms = run_activation_histograms(args.activation, scale, seed=args.seed)
        stem = f"activation-histograms-{args.activation}-{args.scale}"
        return [(stem, figures.render_histograms_figure(histograms))]
    if kind == "batch-norm":
        from core.batch_norm_experiment import MAX_EPOCHS, run_batch_norm

        grid = run_batch_norm(
            workers=args.workers, progress=progress, cancel=cancel, epochs=args.epochs or MAX_EPOCHS
        )
        return [("batch-norm", figures.render_batch_norm_figure(grid))] if grid.runs else []
    from core.hyperparameter_search import EPOCHS, TRIALS, run_search

    search = run_search(
        trials=args.trials or TRIALS,
        epochs=args.epochs or EPOCHS,
        workers=args.workers,
        seed=args.seed,
        progress=progress,
        cancel=cancel,
    )
    for rank, trial in enumerate(search.best(5), start=1):
        print(
            f"Best-{rank} (val acc {trial.final_val_acc:.4f}) | lr {trial.learning_rate:.3g}, "
            f"weight decay {trial.weight_decay:.3g}"
        )
    if not search.trials:
        return []
    return [
        ("hyperparameter-search", figures.render_search_figure(search)),
        ("hyperparameter-search-scatter", figures.render_search_scatter(search)),
    ]


def experiment_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Run ``mnist-trainer experiment``; returns the exit status.

    Returns
    -------
    int
        0 when every contestant finished, 1 when one failed, 130 after Ctrl-C.
    """
    if args.list:
        print(list_text())
        return EXIT_OK
    if args.name is None:
        parser.error("name an experiment (mnist-trainer experiment --list lists them)")
    experiment = EXPERIMENTS[args.name]
    _check(args, parser, experiment.kind)
    if args.iters is not None:
        experiment = shortened(experiment, args.iters)
    figures = _figure_dir(parser, args.out)
    cancel = threading.Event()
    with _ctrl_c_sets(cancel):
        print(settings_text(experiment), flush=True)
        from gui.qt_app import ensure_offscreen_app

        ensure_offscreen_app()  # the figures are drawn offscreen
        if experiment.kind in TRAINED_KINDS:
            return _train_experiment(experiment, args, figures, cancel)
        return _special(experiment, args, figures, cancel)
