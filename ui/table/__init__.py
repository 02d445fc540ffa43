"""The smart table of the bank branch: homes for sale on a map, filtered by tokens and chips.

``app`` builds it (``build_table``) and runs it (``run_table``); ``tour`` walks its
screens headless. View-models wrap the Qt-free core in ``kiosk.listings`` and
``kiosk.tuio``; the QML under ``qml/`` only binds to them.
"""
