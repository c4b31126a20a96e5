"""The ``mnist-trainer`` command line: ``train`` reproduces the book's chapter-4 run.

It prints the book's line at every epoch boundary, a live progress line between
them on a terminal, and writes the run's metrics, model and chart into ``--out``.
Bad arguments get a one-line error and exit status 2; Ctrl-C stops the run at
the next iteration and still writes what it has (exit status 130).
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from core.blas import use_training_blas_threads
from core.data import DatasetError, load_mnist
from core.run_store import ENV_VAR, new_run_dir, runs_dir
from core.trainer import (
    GRADIENT_METHODS,
    ConfigError,
    DivergedEvent,
    EpochEvent,
    IterationEvent,
    TrainConfig,
    Trainer,
)
from gui.cli_args import OneLineParser, non_negative_int, positive
from gui.gradcheck_command import add_gradcheck_parser, gradcheck_command
from gui.run_writer import RunWriter
from gui.terminal_line import TerminalLine

EXIT_OK, EXIT_DIVERGED, EXIT_INTERRUPTED = 0, 1, 130
DEFAULTS = TrainConfig()


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
        description="Train TwoLayerNet on MNIST without a window. Defaults are the book's: "
        "784-50-10, 10,000 iterations, batch 100, learning rate 0.1.",
    )
    d = DEFAULTS
    train.add_argument(
        "--iters",
        type=positive(int),
        default=d.iters_num,
        metavar="N",
        help=f"number of iterations (default {d.iters_num})",
    )
    train.add_argument(
        "--lr",
        type=positive(float),
        default=d.learning_rate,
        metavar="RATE",
        help=f"learning rate (default {d.learning_rate})",
    )
    train.add_argument(
        "--batch-size",
        type=positive(int),
        default=d.batch_size,
        metavar="N",
        help=f"images per iteration (default {d.batch_size})",
    )
    train.add_argument(
        "--hidden",
        type=positive(int),
        default=d.hidden_size,
        metavar="N",
        help=f"hidden units (default {d.hidden_size})",
    )
    train.add_argument(
        "--weight-init-std",
        type=positive(float),
        default=d.weight_init_std,
        metavar="STD",
        help=f"initial weight scale (default {d.weight_init_std})",
    )
    train.add_argument(
        "--seed",
        type=non_negative_int,
        default=d.seed,
        help=f"random seed for weights and minibatches (default {d.seed})",
    )
    train.add_argument(
        "--gradient",
        choices=GRADIENT_METHODS,
        default=d.gradient,
        help="how to get the gradient: backprop (default) or numerical, the book's slow "
        "central differences (vectorised here: about 15x slower than backprop)",
    )
    train.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="folder for the run's files (default: a new folder in the runs folder, "
        f"where the window's Runs panel lists it; ${ENV_VAR} moves it)",
    )
    train.add_argument(
        "--force", action="store_true", help="write into --out even if it already holds files"
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


def _prepare_out_dir(parser: argparse.ArgumentParser, out: Path | None, force: bool) -> Path:
    if out is None:
        try:
            return new_run_dir(runs_dir())
        except OSError as exc:
            parser.error(f"cannot create a run folder in {runs_dir()}: {exc.strerror or exc}")
    if out.exists() and not out.is_dir():
        parser.error(f"--out {out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not force:
        parser.error(
            f"--out {out} already holds a run; pass --force to overwrite it "
            "or choose another folder"
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        parser.error(f"cannot write to --out {out}: {exc.strerror or exc}")
    return out


def train_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Run ``mnist-trainer train``; returns the exit status."""
    use_training_blas_threads()
    try:
        data = load_mnist(normalize=False, data_dir=args.data_dir)
        config = TrainConfig(
            hidden_size=args.hidden,
            learning_rate=args.lr,
            batch_size=args.batch_size,
            iters_num=args.iters,
            weight_init_std=args.weight_init_std,
            seed=args.seed,
            gradient=args.gradient,
        )
        trainer = Trainer(config, data)
    except (DatasetError, ConfigError) as exc:
        parser.error(str(exc).replace("batch_size", "--batch-size"))
    out = _prepare_out_dir(parser, args.out, args.force)

    say = (lambda *a: None) if args.quiet else print
    writer = RunWriter(out, trainer)
    writer.write_progress()
    progress = ProgressLine(sys.stdout, config.iters_num) if not args.quiet else None
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
                say(f"train acc, test acc | {event.train_acc:.4f}, {event.test_acc:.4f}")
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
    summary = writer.write_final(status, note=note)

    if status == "diverged":
        print(
            f"mnist-trainer: training diverged at iteration {diverged.iteration} "
            f"({diverged.reason}): learning rate {config.learning_rate} is too large. "
            f"Try a smaller one (the book uses 0.1). What was written is in {out}",
            file=sys.stderr,
        )
    elif status == "interrupted":
        print(
            f"mnist-trainer: stopped after {trainer.iterations_done:,} iterations; "
            f"what was done so far is in {out}",
            file=sys.stderr,
        )
    else:
        say(
            f"done: {trainer.iterations_done:,} iterations in {summary['duration_s']:.1f} s "
            f"({summary['iterations_per_s']:,.0f} it/s); final model: train acc "
            f"{summary['final_train_acc']:.4f}, test acc {summary['final_test_acc']:.4f}; "
            f"wrote {out}"
        )
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "train":
        return train_command(args, args.subparser)
    if args.command == "gradcheck":
        return gradcheck_command(args, args.subparser)
    parser.print_help()
    return EXIT_OK
