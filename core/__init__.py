"""The NumPy core of MNIST Trainer: the book's functions, TwoLayerNet, data and trainer.

Nothing in this package imports Qt or pyqtgraph; the window in ``gui`` drives it.
"""
