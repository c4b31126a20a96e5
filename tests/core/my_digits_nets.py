"""Small networks whose readings are known by hand, for the My digits and book-params tests."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from core.config import TrainConfig
from core.model_file import save_model_file
from core.network import TwoLayerNet
from core.run_files import MODEL_NPZ, RUN_JSON

CONFIG = TrainConfig(hidden_sizes=(2,))


def hand_net(first: int = 3, second: int = 5) -> TwoLayerNet:
    """Pixel 0 lit reads ``first``, pixel 1 lit reads ``second``, a dark image reads 0.

    Hidden unit j is ``sigmoid(20 * pixel_j - 10)``: about 1 when lit, about 0
    when dark. Class ``first`` gets 4 from unit 0, ``second`` 4 from unit 1,
    class 0 a bias of 1.
    """
    W1 = np.zeros((784, 2), np.float32)
    W1[0, 0] = W1[1, 1] = 20.0
    b1 = np.full(2, -10.0, np.float32)
    W2 = np.zeros((2, 10), np.float32)
    W2[0, first] = W2[1, second] = 4.0
    b2 = np.zeros(10, np.float32)
    b2[0] = 1.0
    return TwoLayerNet.from_params({"W1": W1, "b1": b1, "W2": W2, "b2": b2})


def lit(*pixels: int) -> np.ndarray:
    """A (784,) float32 image with these pixels at 1."""
    x = np.zeros(784, np.float32)
    x[list(pixels)] = 1.0
    return x


def save_run(root: Path, name: str, network: TwoLayerNet, config: TrainConfig = CONFIG) -> Path:
    """A run folder ``root/name`` with a run.json and the model file."""
    folder = root / name
    folder.mkdir(parents=True)
    record = {"config": config.to_dict(), "summary": {"status": "finished"}, "name": name}
    (folder / RUN_JSON).write_text(json.dumps(record))
    save_model_file(folder / MODEL_NPZ, network, config)
    return folder
