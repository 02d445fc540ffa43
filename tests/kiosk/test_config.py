from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


def test_embedded_defaults() -> None:
    cfg = load_config(None)
    assert cfg.kiosk.site == "HEL01"
    assert cfg.session.inactivity_reset_s > cfg.session.inactivity_warning_s


def test_example_config_is_valid() -> None:
    cfg = load_config(Path(__file__).parents[2] / "deploy" / "kiosk.toml")
    assert cfg.devices.payment.startswith("sim:")


def test_errors_name_the_file_and_the_key(tmp_path: Path) -> None:
    p = tmp_path / "kiosk.toml"
    p.write_text('[session]\ninactivity_warning_s = 50\ninactivity_reset_s = 40\n'
                 '[hotel]\ncurrency = "eur"\nwifi_pasword = "x"\n')
    with pytest.raises(ConfigError) as err:
        load_config(p)
    text = str(err.value)
    assert f"{p}: [hotel] currency" in text
    assert f"{p}: [hotel] wifi_pasword: unknown key" in text
    assert "inactivity_reset_s must be greater than inactivity_warning_s" in text


def test_not_toml_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[kiosk\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "missing.toml")
