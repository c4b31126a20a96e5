"""Runs that belong together: the contestants of a race, or of one of the book's experiments.

Each contestant is an ordinary run folder; its ``run.json`` carries a ``group``
object that names the race and the contestant's place in it::

    "group": {"id": "20261130-091500", "name": "optimizer-compare",
              "label": "Adam lr 0.001", "color": "#0072B2", "index": 3, "size": 4}

``id`` is shared by the whole race (``new_group_id``: when it started), so the
Runs panel can select a race in one click and draw it again, overlaid.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from core.race import MAX_CONTESTANTS

_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
_MAX_TEXT = 200


@dataclass(frozen=True)
class RunGroup:
    """A run's place in its race.

    Attributes
    ----------
    id : str
        Shared by every contestant of the race.
    name : str
        The race's name: an experiment's (``optimizer-compare``) or ``race``.
    label : str
        What tells this contestant apart (``Adam lr 0.001``).
    color : str
        ``#rrggbb``: the contestant's colour in the race.
    index : int
        0-based place in the race.
    size : int
        Contestants in the race.
    """

    id: str
    name: str
    label: str
    color: str
    index: int
    size: int

    def to_dict(self) -> dict[str, Any]:
        """The ``run.json`` form."""
        return {
            "id": self.id,
            "name": self.name,
            "label": self.label,
            "color": self.color,
            "index": self.index,
            "size": self.size,
        }

    @classmethod
    def from_dict(cls, value: object) -> RunGroup | None:
        """The group of a ``run.json`` value, or None if it is missing or not a valid one."""
        if not isinstance(value, dict):
            return None
        group_id, name, label, color = (value.get(key) for key in ("id", "name", "label", "color"))
        index, size = value.get("index"), value.get("size")
        for text in (group_id, name, label, color):
            if not isinstance(text, str) or not 0 < len(text) <= _MAX_TEXT:
                return None
        for number in (index, size):
            if not isinstance(number, int) or isinstance(number, bool):
                return None
        assert isinstance(group_id, str)
        assert isinstance(name, str)
        assert isinstance(label, str)
        assert isinstance(color, str)
        assert isinstance(index, int)
        assert isinstance(size, int)
        if not 0 <= index < size <= MAX_CONTESTANTS or not _COLOR.fullmatch(color):
            return None
        return cls(group_id, name, label, color, index, size)


def new_group_id(now: datetime | None = None) -> str:
    """A new race's id: its start time and a few random letters (``20261130-091500-3fa9``)."""
    return f"{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}"
