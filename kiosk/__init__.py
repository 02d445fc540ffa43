"""Lobby core: domain, services, storage, bus, config, CLI. No Qt import."""
