"""The live view of the search and of the batch-norm grid."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from core.batch_norm_experiment import BatchNormRun
from core.hyperparameter_search import Trial
from gui.search_view_widget import SearchViewWidget


def make_trial(index: int, final: float, lr: float, decay: float) -> Trial:
    return Trial(index, lr, decay, (0.1, final), (0.1, final + 0.01))


def test_add_trial_updates_the_scatter_and_the_best_table(qtbot):
    view = SearchViewWidget()
    qtbot.addWidget(view)
    assert view.objectName() == "experimentResults"
    view.show_search(planned=5)
    trials = [make_trial(0, 0.3, 1e-3, 1e-6), make_trial(1, 0.8, 1e-2, 1e-7)]
    view.add_trial(trials[0])
    x, y = view.scatter.getOriginalDataset()
    np.testing.assert_allclose(x, [1e-3])
    np.testing.assert_allclose(y, [1e-6])
    view.add_trial(trials[1])
    x, y = view.scatter.getOriginalDataset()
    np.testing.assert_allclose(x, [1e-3, 1e-2])
    np.testing.assert_allclose(y, [1e-6, 1e-7])
    assert len(view.scatter.opts["symbolBrush"]) == 2
    table = view.best_table
    assert table.rowCount() == 2
    assert [table.item(row, 1).text() for row in range(2)] == ["0.800", "0.300"]
    assert table.item(0, 4).text() == "2"
    assert "2 of 5 trials" in view.status_text()
    view.show_search(planned=3)
    assert (
        view.scatter.getOriginalDataset()[0] is None
        or len(view.scatter.getOriginalDataset()[0]) == 0
    )
    assert table.rowCount() == 0


def test_add_batch_norm_run_draws_in_its_panel(qtbot):
    view = SearchViewWidget()
    qtbot.addWidget(view)
    view.show_batch_norm()
    assert len(view.panels) == 16
    view.add_batch_norm_run(BatchNormRun(3, 0.158, True, (0.1, 0.5, 0.7)))
    view.add_batch_norm_run(BatchNormRun(3, 0.158, False, (0.1, 0.2, 0.3)))
    items = [i for i in view.panels[3].listDataItems() if isinstance(i, pg.PlotDataItem)]
    assert [list(i.getData()[1]) for i in items] == [[0.1, 0.5, 0.7], [0.1, 0.2, 0.3]]
    assert all(not p.listDataItems() for i, p in enumerate(view.panels) if i != 3)
    # The same run again replaces its curve.
    view.add_batch_norm_run(BatchNormRun(3, 0.158, True, (0.2, 0.9)))
    items = [i for i in view.panels[3].listDataItems() if isinstance(i, pg.PlotDataItem)]
    assert sorted(list(i.getData()[1]) for i in items) == [[0.1, 0.2, 0.3], [0.2, 0.9]]
    assert "2 of 32 trainings" in view.status_text()
