"""Homes for sale on the bank branch's smart table.

``model`` (Listing, types, features), ``storage`` (write/read, keeps the indexes in step),
``search`` (SearchQuery -> SearchResult, map clusters), ``importer`` (CSV/JSON),
``demo`` (the demo listings), ``viewings`` and ``shortlists``.
"""
