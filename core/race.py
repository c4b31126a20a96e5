"""A race: two to six configurations trained side by side on the same minibatches.

Each contestant is an ordinary run (``TrainConfig``); the race gives them one
``batch_seed`` so every network sees the same images in the same order, as the
book's ``optimizer_compare_mnist.py`` does, while each keeps its own ``seed``
for its initial weights. Contestants are named by what differs between them
(``Adam lr 0.001`` against ``SGD lr 0.01``), not by their whole settings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.config import TrainConfig
from core.network_summary import ACTIVATION_NAMES, init_name, layer_sizes, optimizer_name
from core.session_events import Phase

MIN_CONTESTANTS = 2
MAX_CONTESTANTS = 6

RACE_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
"""Okabe and Ito's colour-blind-safe palette, one colour per contestant, in order."""

# How each setting is named in a label, in the order labels list them.
_PARTS: tuple[tuple[str, Callable[[TrainConfig], str]], ...] = (
    ("optimizer", lambda c: optimizer_name(c)),
    ("learning_rate", lambda c: optimizer_name(c)),
    ("hidden_sizes", lambda c: "-".join(str(n) for n in layer_sizes(c))),
    ("activation", lambda c: ACTIVATION_NAMES[c.activation]),
    ("weight_init_std", lambda c: init_name(c.weight_init_std)),
    ("weight_decay_lambda", lambda c: f"weight decay {c.weight_decay_lambda:g}"),
    ("dropout_ratio", lambda c: f"dropout {c.dropout_ratio:g}"),
    ("use_batchnorm", lambda c: "batch norm" if c.use_batchnorm else "no batch norm"),
    ("momentum", lambda c: f"momentum {c.momentum:g}"),
    ("decay_rate", lambda c: f"decay {c.decay_rate:g}"),
    ("beta1", lambda c: f"beta1 {c.beta1:g}"),
    ("beta2", lambda c: f"beta2 {c.beta2:g}"),
    ("batch_size", lambda c: f"batch {c.batch_size}"),
    ("train_size", lambda c: f"{c.train_size or 'all'} images"),
    ("sampling", lambda c: c.sampling),
    ("gradient", lambda c: c.gradient),
    ("iters_num", lambda c: f"{c.iters_num:,} iterations"),
    ("seed", lambda c: f"seed {c.seed}"),
)


@dataclass(frozen=True)
class Contestant:
    """One configuration of a race, with the label that tells it apart."""

    label: str
    config: TrainConfig
    color: str


def differing_settings(configs: Sequence[TrainConfig]) -> list[str]:
    """The names of the settings that are not the same in every config, in ``_PARTS`` order."""
    names = []
    for field in dataclasses.fields(TrainConfig):
        values = {repr(getattr(c, field.name)) for c in configs}
        if len(values) > 1:
            names.append(field.name)
    order = [name for name, _ in _PARTS]
    return sorted(names, key=lambda n: order.index(n) if n in order else len(order))


@dataclass(frozen=True)
class LabelParts:
    """What a contestant's label is made of, for a caller that writes it in another language.

    Attributes
    ----------
    settings : tuple of str
        The settings named, in label order (``TrainConfig`` field names; the
        optimizer and its learning rate are one part, named ``"optimizer"``).
    number : int
        The contestant's position, 1-based.
    numbered : bool
        Whether the label starts with ``#number`` (identical labels otherwise);
        a label naming no setting is ``#number`` alone.
    """

    settings: tuple[str, ...]
    number: int
    numbered: bool


def describe_setting(name: str, config: TrainConfig) -> str:
    """How setting ``name`` of ``config`` is written in an (English) label: ``'dropout 0.2'``."""
    return dict(_PARTS)[name](config)


def render_label(
    parts: LabelParts,
    config: TrainConfig,
    describe: Callable[[str, TrainConfig], str] = describe_setting,
    separator: str = ", ",
) -> str:
    """The label of ``parts``, each setting written by ``describe`` (English by default)."""
    text = separator.join(describe(name, config) for name in parts.settings)
    if not text:
        return f"#{parts.number}"
    return f"#{parts.number} {text}" if parts.numbered else text


def label_parts(configs: Sequence[TrainConfig]) -> list[LabelParts]:
    """The parts of each config's label (see ``difference_labels``)."""
    differing = set(differing_settings(configs))
    named = [name for name, _ in _PARTS if name in differing]
    if "optimizer" in named and "learning_rate" in named:
        named.remove("learning_rate")  # "Adam lr 0.001" names both
    parts = [LabelParts(tuple(named), i, False) for i in range(1, len(configs) + 1)]
    english = [render_label(p, c) for p, c in zip(parts, configs, strict=True)]
    if len(set(english)) < len(english):
        parts = [dataclasses.replace(p, numbered=True) for p in parts]
    return parts


def difference_labels(configs: Sequence[TrainConfig]) -> list[str]:
    """A short label per config naming only what differs: ``['SGD lr 0.01', 'Adam lr 0.001']``.

    The optimizer and its learning rate are named together; identical configs
    are told apart by their position (``#1``, ``#2``). These English labels are
    saved with the runs; the window writes them in its language from
    ``label_parts``.
    """
    return [render_label(p, c) for p, c in zip(label_parts(configs), configs, strict=True)]


def make_race(configs: Sequence[TrainConfig], batch_seed: int | None = None) -> list[Contestant]:
    """The contestants of a race of ``configs``, all drawing minibatches from ``batch_seed``.

    Parameters
    ----------
    configs : 2 to 6 TrainConfig
    batch_seed : int, optional
        Shared by every contestant; the first config's seed by default.

    Raises
    ------
    ValueError
        Fewer than 2 or more than 6 configs.
    """
    if not MIN_CONTESTANTS <= len(configs) <= MAX_CONTESTANTS:
        raise ValueError(
            f"a race has {MIN_CONTESTANTS} to {MAX_CONTESTANTS} contestants, got {len(configs)}"
        )
    shared = configs[0].seed if batch_seed is None else batch_seed
    racing = [dataclasses.replace(c, batch_seed=shared) for c in configs]
    labels = difference_labels(racing)
    return [
        Contestant(label, config, RACE_COLORS[i])
        for i, (label, config) in enumerate(zip(labels, racing, strict=True))
    ]


def race_phase(phases: Sequence[Phase]) -> Phase:
    """Where a race is, from where its contestants are.

    Running while any contestant runs; stopping while any stops; paused while any
    is paused or diverged (and none runs); finished when all have finished;
    stopped when all have ended and some stopped early; idle when none has
    started.
    """
    present = set(phases)
    for phase in (Phase.RUNNING, Phase.STOPPING):
        if phase in present:
            return phase
    if present & {Phase.PAUSED, Phase.DIVERGED}:
        return Phase.DIVERGED if present == {Phase.DIVERGED} else Phase.PAUSED
    if not present or present == {Phase.IDLE}:
        return Phase.IDLE
    if present == {Phase.FINISHED}:
        return Phase.FINISHED
    return Phase.STOPPED
