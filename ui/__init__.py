"""Lobby's Qt Quick user interface: QML screens, Python view-models, the app bootstrap.

Python owns state (view-models wrap the Qt-free core in :mod:`kiosk`); QML only binds,
formats and calls slots.
"""
