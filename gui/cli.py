"""The ``mnist-trainer`` command line: ``train`` reproduces the book's chapter 4 to 6 runs.

By default it is chapter 4's two-layer network; its flags (``gui.cli_settings``)
name chapter 5 and 6's deeper networks, optimizers and regularisation. It
prints the network as its first line, the book's line at every epoch boundary,
a live progress line between them on a terminal, and writes the run's metrics,
model and chart into ``--out``. Bad arguments get a one-line error and exit
status 2; Ctrl-C stops the run at the next iteration and still writes what it
has (exit status 130).
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from core.blas import use_training_blas_threads
from core.config import TRAIN_SIZE
from core.data import DatasetError, load_mnist
from core.datasets import DEFAULT_DATASET, TITLES
from core.network_summary import OPTIMIZER_TITLES, describe_network
from core.path_display import show_path
from core.run_store import ENV_VAR
from core.run_swap import discard_partial
from core.trainer import (
    ConfigError,
    DivergedEvent,
    EpochEvent,
    IterationEvent,
    TrainConfig,
    Trainer,
)
from gui.book_params_command import add_book_params_parser, book_params_command
from gui.cli_args import OneLineParser
from gui.cli_out import check_out, make_out, start_writer, swap_in_held
from gui.cli_settings import add_train_settings, default_learning_rate, train_config, with_epochs
from gui.experiment_command import add_experiment_parser, experiment_command
from gui.gradcheck_command import add_gradcheck_parser, gradcheck_command
from gui.run_writer import RunWriter
from gui.terminal_line import TerminalLine

EXIT_OK, EXIT_DIVERGED, EXIT_INTERRUPTED = 0, 1, 130


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``mnist-trainer`` and its ``train`` subcommand."""
    parser = OneLineParser(
        prog="mnist-trainer",
        description="Watch the two-layer network of Deep Learning from Scratch learn MNIST. "
        "With no command, opens the window.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    train = commands.add_parser(
        "train",
        help="train headless and save the run (the book's chapter-4 run by default)",
        description="Train the book's networks on MNIST without a window. Defaults are "
        "chapter 4's: 784-50-10 sigmoid, SGD, 10,000 iterations, batch 100, learning rate 0.1.",
    )
    add_train_settings(train)
    train.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="folder for the run's files (default: a new folder in the runs folder, "
        f"where the window's Runs panel lists it; ${ENV_VAR} moves it)",
    )
    train.add_argument(
        "--force",
        action="store_true",
        help="replace the run in --out; the new run is written beside it and swapped in at "
        "the end, so --out always holds one whole run (a folder of other files is never "
        "replaced)",
    )
    train.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="load the four MNIST IDX files from DIR instead of the bundled set",
    )
    train.add_argument("--quiet", action="store_true", help="print only errors")
    train.set_defaults(subparser=train)
    add_gradcheck_parser(commands)
    add_experiment_parser(commands)
    add_book_params_parser(commands)
    return parser


class ProgressLine(TerminalLine):
    """Iteration, loss, speed and ETA on a terminal, redrawn at most 10 times a second."""

    def __init__(self, stream: TextIO, total: int) -> None:
        super().__init__(stream)
        self.total = total
        self.started = time.perf_counter()
        self._last_draw = 0.0

    def update(self, iterations_done: int, loss: float) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self._last_draw < 0.1 and iterations_done < self.total:
            return
        self._last_draw = now
        rate = iterations_done / max(now - self.started, 1e-9)
        eta = (self.total - iterations_done) / rate if rate > 0 else float("inf")
        self.show(
            f"iter {iterations_done:,}/{self.total:,}  loss {loss:.4f}  "
            f"{rate:,.0f} it/s  ETA {eta:.1f} s"
        )


def _load_data(parser: argparse.ArgumentParser, data_dir: Path | None, dataset: str) -> tuple:
    try:
        return load_mnist(normalize=False, data_dir=data_dir, dataset=dataset)
    except DatasetError as exc:
        parser.error(str(exc))


@dataclass(frozen=True)
class Outcome:
    """How a run ended: ``status`` as in run.json, the exit code, and the run's summary."""

    status: str
    code: int
    summary: dict[str, Any]
    diverged: DivergedEvent | None = None


def _train(trainer: Trainer, writer: RunWriter, quiet: bool) -> Outcome:
    """Run ``trainer`` to its end (finished, Ctrl-C or divergence) and write the run."""
    progress = None if quiet else ProgressLine(sys.stdout, trainer.config.iters_num)
    status, code = "finished", EXIT_OK
    diverged: DivergedEvent | None = None

    def on_sigint(signum: int, frame: object) -> None:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C aborts
        trainer.stop()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        for event in trainer.run():
            if isinstance(event, IterationEvent):
                if progress:
                    progress.update(event.iteration + 1, event.loss)
            elif isinstance(event, EpochEvent):
                if progress:
                    progress.clear()
                if not quiet:
                    line = f"train acc, test acc | {event.train_acc:.4f}, {event.test_acc:.4f}"
                    print(line, flush=True)  # live through a pipe too
                writer.write_progress()
            elif isinstance(event, DivergedEvent):
                trainer.stop()
                status, code, diverged = "diverged", EXIT_DIVERGED, event
        if status == "finished" and not trainer.finished:
            status, code = "interrupted", EXIT_INTERRUPTED
    finally:
        signal.signal(signal.SIGINT, previous)
        if progress:
            progress.clear()
    note = f"diverged at iteration {diverged.iteration}: {diverged.reason}" if diverged else None
    return Outcome(status, code, writer.write_final(status, note=note), diverged)


def _report(outcome: Outcome, trainer: Trainer, out: Path, quiet: bool) -> None:
    shown, summary = show_path(out), outcome.summary
    if outcome.diverged:
        print(
            f"mnist-trainer: training diverged at iteration {outcome.diverged.iteration} "
            f"({outcome.diverged.reason}): learning rate {trainer.config.learning_rate} is "
            f"too large. Try a smaller one (the book uses "
            f"{default_learning_rate(trainer.config.optimizer):g} with "
            f"{OPTIMIZER_TITLES[trainer.config.optimizer]}). What was written is in {shown}",
            file=sys.stderr,
        )
    elif outcome.status == "interrupted":
        print(
            f"mnist-trainer: stopped after {trainer.iterations_done:,} iterations; "
            f"what was done so far is in {shown}",
            file=sys.stderr,
        )
    elif not quiet:
        print(
            f"done: {trainer.iterations_done:,} iterations in {summary['duration_s']:.1f} s "
            f"({summary['iterations_per_s']:,.0f} it/s); final model: train acc "
            f"{summary['final_train_acc']:.4f}, test acc {summary['final_test_acc']:.4f}; "
            f"wrote {shown}"
        )


def _trainer(parser: argparse.ArgumentParser, config: TrainConfig, data: tuple) -> Trainer:
    try:
        return Trainer(config, data)
    except ConfigError as exc:  # a setting the loaded data cannot take (a batch too large)
        parser.error(str(exc))


def _announce(args: argparse.Namespace, trainer: Trainer) -> None:
    """The network as the run's first line, then the settings the flags did not state."""
    config = trainer.config
    print(describe_network(config), flush=True)
    if config.dataset != DEFAULT_DATASET:
        print(f"dataset: {TITLES[config.dataset]}")
    if args.lr is None and config.optimizer != "sgd":
        print(
            f"learning rate {config.learning_rate:g}: the book's default for "
            f"{OPTIMIZER_TITLES[config.optimizer]} (--lr sets another)"
        )
    if args.epochs is not None:
        print(
            f"{args.epochs:,} epochs of {trainer.iter_per_epoch:,} iterations: "
            f"{config.iters_num:,} iterations, {args.epochs:,} accuracy measurements"
        )


def train_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Run ``mnist-trainer train``; returns the exit status.

    Every setting and ``--out`` are checked before the data is loaded (the
    iterations of ``--epochs`` over a ``--data-dir`` once it is); over an
    existing run (``--force``) the new run is written beside it and swapped in
    at the end, however it ends, so ``--out`` never mixes the two.
    """
    config = train_config(args, parser, None if args.data_dir else TRAIN_SIZE)
    replacing = check_out(parser, args.out, args.force)
    use_training_blas_threads()
    data = _load_data(parser, args.data_dir, config.dataset)
    if args.epochs is not None:  # iterations per epoch: known now for a --data-dir too
        config = with_epochs(config, args.epochs, len(data[0][0]), parser)
    trainer = _trainer(parser, config, data)
    if not args.quiet:
        _announce(args, trainer)
    out = make_out(parser, args.out, replacing)
    writer = start_writer(parser, out, replacing, trainer)
    try:
        outcome = _train(trainer, writer, args.quiet)
    except BaseException:
        if replacing:
            discard_partial(writer.out)  # the old run stays whole
        raise
    if replacing:
        swap_in_held(writer.out, out)
    _report(outcome, trainer, out, args.quiet)
    return outcome.code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "train":
        return train_command(args, args.subparser)
    if args.command == "gradcheck":
        return gradcheck_command(args, args.subparser)
    if args.command == "experiment":
        return experiment_command(args, args.subparser)
    if args.command == "export-book-params":
        return book_params_command(args, args.subparser)
    parser.print_help()
    return EXIT_OK
