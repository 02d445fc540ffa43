"""The site key that signs key credentials: from a file or an environment variable named
in the config; never from the repository. A kiosk with neither (a demo, a bench) makes
its own random key beside its database, readable only by its user."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kiosk.config import Config


def load_site_key(config: Config) -> bytes:
    if config.keys.site_key_file:
        key = Path(os.path.expanduser(config.keys.site_key_file)).read_bytes().strip()
    elif os.environ.get(config.keys.site_key_env):
        key = os.environ[config.keys.site_key_env].encode()
    else:
        local = config.database_path().parent / "site.key"
        if not local.exists():
            local.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(local, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_hex(32))
        key = local.read_bytes().strip()
    if len(key) < 16:
        raise ValueError("the site key must be at least 16 bytes")
    return key
