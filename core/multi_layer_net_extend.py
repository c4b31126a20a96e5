"""The book's ``common/multi_layer_net_extend.py`` name for ``MultiLayerNet``.

The book keeps dropout and batch normalisation in a second class,
``MultiLayerNetExtend``; here one class does both, and this module lets the
book's chapter-6 scripts say ``from core.multi_layer_net_extend import
MultiLayerNetExtend`` where they said ``common``.
"""

from __future__ import annotations

from core.multi_layer_net import MultiLayerNet, MultiLayerNetExtend

__all__ = ["MultiLayerNet", "MultiLayerNetExtend"]
