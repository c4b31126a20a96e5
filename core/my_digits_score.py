"""How well a network reads the learner's own digits: the live one and every saved run.

``score(network, x, t)`` reads every drawing and compares with its true label.
``RunScorer`` does it for each run of a runs folder that has a model file,
loading each model once for as long as its file is unchanged (a model file is
read and checked in tens of milliseconds; a window rescoring twenty runs at
every new drawing would otherwise read them all again). Nothing here is
thread-bound: a window runs ``RunScorer.score_root`` off its GUI thread, one
call at a time.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.architecture import Network, network_from_params
from core.config import TrainConfig
from core.evaluation import predictions
from core.model_archive import ModelFileError
from core.model_file import load_model_file, network_from
from core.phrase import message
from core.run_files import MODEL_NPZ
from core.run_list import RunInfo, list_runs

MNIST = "mnist"


@dataclass(frozen=True)
class Score:
    """A network's reading of a set of drawings.

    Attributes
    ----------
    predicted : (N,) int64
        The class each drawing is read as.
    correct : (N,) bool
        ``predicted == t``.
    """

    predicted: np.ndarray
    correct: np.ndarray

    @property
    def n(self) -> int:
        """How many drawings were read."""
        return len(self.correct)

    @property
    def accuracy(self) -> float:
        """The share read right, 0 to 1; NaN for no drawings."""
        return float(np.mean(self.correct)) if self.n else math.nan


def score(network: Network, x: np.ndarray, t: np.ndarray) -> Score:
    """Read ``x`` with ``network`` and compare with ``t``.

    Parameters
    ----------
    network : TwoLayerNet or MultiLayerNet
    x : (N, 784) float32 in [0, 1] or uint8
    t : (N,) int labels
    """
    t = np.asarray(t, dtype=np.int64)
    if len(x) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Score(empty, np.zeros(0, dtype=bool))
    predicted = predictions(network, np.asarray(x)).astype(np.int64)
    return Score(predicted, predicted == t)


def score_params(
    params: Mapping[str, np.ndarray],
    config: TrainConfig,
    x: np.ndarray,
    t: np.ndarray,
    buffers: Mapping[str, np.ndarray] | None = None,
) -> Score:
    """``score`` for ``config``'s network with these ``params`` (and batch norm ``buffers``)."""
    return score(network_from_params(config, params, buffers=buffers or None), x, t)


def dataset_of(config: TrainConfig | None) -> str:
    """The dataset a run was trained on ("mnist" for configs that do not say)."""
    value = getattr(config, "dataset", MNIST) if config is not None else MNIST
    return value if isinstance(value, str) and value else MNIST


@dataclass(frozen=True)
class RunScore:
    """A saved run's score on the drawings, or why it has none.

    Attributes
    ----------
    path : Path
        The run folder.
    name : str
        The run's name, as the run list shows it.
    score : Score or None
        None when the run has no usable model (``problem`` says why).
    problem : str or None
        "no model", "not MNIST" or the model file's error (English).
    """

    path: Path
    name: str
    score: Score | None
    problem: str | None = None


NO_MODEL = "no model"
NOT_MNIST = "not MNIST"


class RunScorer:
    """Scores the runs of a runs folder, keeping each run's network while its file is unchanged."""

    def __init__(self) -> None:
        self._networks: dict[Path, tuple[tuple[int, int], Network | str]] = {}

    def _network(self, model: Path) -> Network | str:
        """The network of ``model``, or the message of why it cannot be loaded."""
        try:
            status = os.stat(model)
        except OSError:
            return NO_MODEL
        key = (status.st_mtime_ns, status.st_size)
        cached = self._networks.get(model)
        if cached is not None and cached[0] == key:
            return cached[1]
        try:
            network: Network | str = network_from(load_model_file(model))
        except ModelFileError as exc:
            network = message(exc)  # the Phrase: the window shows it in its language
        self._networks[model] = (key, network)
        return network

    def score_runs(self, runs: list[RunInfo], x: np.ndarray, t: np.ndarray) -> list[RunScore]:
        """One ``RunScore`` per run, in the order given; forgets runs no longer listed."""
        scores = []
        for info in runs:
            if dataset_of(info.config) != MNIST:
                scores.append(RunScore(info.path, info.name, None, NOT_MNIST))
                continue
            network = self._network(info.path / MODEL_NPZ)
            if isinstance(network, str):
                scores.append(RunScore(info.path, info.name, None, network))
            else:
                scores.append(RunScore(info.path, info.name, score(network, x, t)))
        listed = {info.path / MODEL_NPZ for info in runs}
        for model in list(self._networks):
            if model not in listed:
                del self._networks[model]
        return scores

    def score_root(self, root: Path, x: np.ndarray, t: np.ndarray) -> list[RunScore]:
        """``score_runs`` for every run of the runs folder ``root``, newest first."""
        return self.score_runs(list_runs(Path(root)), x, t)
