"""``mnist-trainer gradcheck``: the book's chapter-5 gradient check from the command line.

Takes the first ``--batch`` training images (3, as the book), a fresh network (or
a saved ``--model``), and prints per parameter how far backprop is from the
numerical gradient, then how long each took. Bad arguments and unusable model
files get a one-line error and exit status 2; Ctrl-C during a long check prints
what was finished and exits with 130. No Qt is imported here.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from core.architecture import Network
from core.data import DatasetError, load_mnist
from core.gradcheck import IMAGES_BOUND, METHODS, SAMPLE_COUNT_BOUND, gradient_check
from core.model_file import ModelFileError, load_model_file, network_from
from core.network import TwoLayerNet
from gui.cli_args import range_text, setting, within
from gui.terminal_line import TerminalLine

EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130
DEFAULT_HIDDEN = 50
DEFAULT_BATCH = 3
DEFAULT_COUNT = 20
"""``--count``: at most every element of the largest parameter there can be (W1)."""


def add_gradcheck_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``gradcheck`` subcommand to ``subparsers``.

    Parameters
    ----------
    subparsers
        From ``parser.add_subparsers(...)``; pass ``parser_class=OneLineParser``
        there for one-line errors.

    Returns
    -------
    argparse.ArgumentParser
        The ``gradcheck`` parser; ``args.subparser`` is set to it.
    """
    parser = subparsers.add_parser(
        "gradcheck",
        help="check backprop against the numerical gradient (the book's chapter-5 check)",
        description="Compare the gradient by backpropagation with the numerical gradient on "
        "the first training images and print, per parameter, the mean and largest absolute "
        "difference and the relative error, then the time of each.",
    )
    parser.add_argument(
        "--model", metavar="PATH", help="a saved model (.npz) to check (default: a fresh network)"
    )
    parser.add_argument(
        "--hidden",
        type=setting("hidden_size"),
        metavar="N",
        help=f"hidden units of the fresh network, {range_text('hidden_size')} "
        f"(default {DEFAULT_HIDDEN}; not with --model)",
    )
    parser.add_argument(
        "--batch",
        type=within(IMAGES_BOUND),
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"training images to use, from the first, {IMAGES_BOUND.describe()} "
        f"(default {DEFAULT_BATCH}, as the book)",
    )
    parser.add_argument(
        "--method",
        choices=METHODS,
        default=METHODS[0],
        help="numerical gradient: fast (every element at once, milliseconds), book (the "
        "book's element-by-element loop, seconds to minutes) or sample (the book's loop on "
        f"--count random elements of each parameter) (default {METHODS[0]})",
    )
    parser.add_argument(
        "--count",
        type=within(SAMPLE_COUNT_BOUND),
        default=DEFAULT_COUNT,
        metavar="N",
        help=f"elements per parameter for --method sample, {SAMPLE_COUNT_BOUND.describe()} "
        f"(default {DEFAULT_COUNT})",
    )
    parser.add_argument(
        "--seed",
        type=setting("seed"),
        default=0,
        metavar="N",
        help="seed of the fresh network's weights and of the sampled elements, "
        f"{range_text('seed')} (default 0)",
    )
    parser.set_defaults(subparser=parser)
    return parser


class _ProgressLine(TerminalLine):
    """``numerical gradient 12,345/39,760 values`` on a terminal."""

    def update(self, done: int, total: int) -> None:
        self.show(
            f"numerical gradient {done:,}/{total:,} values ({done / total:.0%}), Ctrl-C to stop"
        )


def _network(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Network:
    if args.model is None:
        return TwoLayerNet(784, args.hidden or DEFAULT_HIDDEN, 10, rng=args.seed)
    if args.hidden is not None:
        parser.error("--hidden cannot be used with --model (the model sets the hidden size)")
    try:
        return network_from(load_model_file(args.model))
    except ModelFileError as exc:
        parser.error(str(exc))


def gradcheck_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Run ``mnist-trainer gradcheck``; returns the exit status.

    Parameters
    ----------
    args : argparse.Namespace
        Parsed by the parser from ``add_gradcheck_parser``.
    parser : argparse.ArgumentParser
        That parser: its ``error`` reports bad files and values (exit status 2).

    Returns
    -------
    int
        0 when the check finished, 130 when Ctrl-C stopped it.
    """
    network = _network(args, parser)
    try:
        (x_train, t_train), _ = load_mnist()
    except DatasetError as exc:
        parser.error(str(exc))
    if args.batch > len(x_train):
        parser.error(f"--batch {args.batch} is more than the {len(x_train):,} training images")
    x, t = x_train[: args.batch], t_train[: args.batch]
    sizes = "-".join(str(n) for n in (*network.params["W1"].shape, network.params["W2"].shape[1]))
    progress = _ProgressLine(sys.stdout) if args.method == "book" else None
    cancel = threading.Event()

    def on_sigint(signum: int, frame: object) -> None:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C aborts
        cancel.set()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        print(
            f"gradient check of {sizes} on the first {args.batch} training images "
            f"(numerical gradient: {args.method})",
            flush=True,
        )
        result = gradient_check(
            network,
            x,
            t,
            method=args.method,
            sample_count=args.count,
            rng=args.seed,
            progress=progress.update if progress else None,
            cancel=cancel,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
        if progress:
            progress.clear()
    for line in result.format_lines():
        print(line)
    return EXIT_INTERRUPTED if result.cancelled else EXIT_OK
