"""Flows: explicit, persisted state machines (check-in first; more follow)."""
