"""``mnist-trainer export-book-params RUN_OR_MODEL OUT.pkl``: a model in the book's format.

Reads a run folder (its ``model.npz``) or a model file and writes its ``params``
as the pickle of the book's ``save_params`` (``core.book_params``). The pickle
is for the book's own scripts only: never open pickles from others, since
loading one can run any code. Bad arguments and unusable files get a one-line
error and exit status 2. No Qt is imported here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.book_params import BookParamsError, book_keys, write_book_params
from core.model_file import ModelFileError, load_model_file
from core.path_display import show_path
from core.run_files import MODEL_NPZ

EXIT_OK = 0


def add_book_params_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``export-book-params`` subcommand to ``subparsers``; ``args.subparser`` is it."""
    parser = subparsers.add_parser(
        "export-book-params",
        help="write a saved model as the book's pickled params (for the book's own scripts)",
        description="Write the params of a run (its folder) or a model file (.npz) as the "
        "pickled dict of NumPy arrays that the book's save_params/load_params use, with the "
        "keys of the book's class (W1, b1, ...; gamma1, beta1 with batch norm), as float64. "
        "A pickle can run code when it is loaded: use it only with the book's own scripts, "
        "and never load pickles from others.",
    )
    parser.add_argument("model", metavar="RUN_OR_MODEL", type=Path, help="a run folder or .npz")
    parser.add_argument("out", metavar="OUT.pkl", type=Path, help="the file to write")
    parser.set_defaults(subparser=parser)
    return parser


def book_params_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Run ``mnist-trainer export-book-params``; returns the exit status."""
    model: Path = args.model
    if model.is_dir():
        model = model / MODEL_NPZ
    try:
        saved = load_model_file(model)
    except ModelFileError as exc:
        parser.error(str(exc))
    try:
        write_book_params(args.out, saved.params, saved.config)
    except BookParamsError as exc:
        parser.error(str(exc))
    keys = ", ".join(book_keys(saved.config))
    print(f"wrote {show_path(args.out)}: {keys} (float64)")
    if saved.config.use_batchnorm:
        print(
            "note: batch norm's running mean and variance are not part of the book's params",
            file=sys.stderr,
        )
    return EXIT_OK
