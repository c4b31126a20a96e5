"""The Qt layer of MNIST Trainer: the window, the command line and the charts.

Importing this package does not import Qt; the modules that need it do.
"""
