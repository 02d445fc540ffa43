#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine with Python 3.11:
#   ./dev.sh demo   set everything up, then run the kiosk on demo data
#   ./dev.sh test   set everything up, then run lint, type checks and the tests
#   ./dev.sh setup  only set up
set -euo pipefail
cd "$(dirname "$0")"
what="${1:-demo}"; shift || true

# Debian packages Qt Quick needs offscreen and on a kiosk (see ARCHITECTURE.md).
APT_PACKAGES=(libegl1 libgl1 libx11-6 libbrotli1 libdbus-1-3 libfontconfig1 libglib2.0-0
  libxkbcommon0 libpulse0 fonts-noto-cjk fonts-dejavu-core
  mosquitto mosquitto-clients chromium)

apt_install() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

venv_install() {
  local py="${PYTHON:-python3.11}"
  command -v "$py" >/dev/null || py=python3
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  local stamp=.venv/.installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/pip install -q --upgrade pip
    .venv/bin/pip install -q -e '.[dev]'
    touch "$stamp"
  fi
  # Compiled translations are build output, made from assets/i18n/*.ts.
  .venv/bin/python -m kiosk.i18n_build
}

apt_install
venv_install

case "$what" in
  setup) ;;
  demo) exec .venv/bin/kiosk demo "$@" ;;
  test)
    .venv/bin/ruff check kiosk devices ui tests bench
    .venv/bin/mypy
    exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: ./dev.sh [demo|test|setup] [args...]" >&2; exit 2 ;;
esac
