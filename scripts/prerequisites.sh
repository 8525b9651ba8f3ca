#!/usr/bin/env bash
# Installs what JorgeBi needs beyond the .NET SDK when it is missing: the PostgreSQL
# server binaries (the app and the tests start their own clusters), Node.js/npm (the
# build restores ApexCharts from npm) and, for the tests (--with-browser), Debian's Chromium
# and promtool (Debian's prometheus package), which checks the /metrics output and the
# alerting rules. That package also holds a Prometheus server, installed as a service.
set -euo pipefail

want=()
have_postgres() {
  command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}
have_postgres || want+=(postgresql)
command -v npm >/dev/null 2>&1 || want+=(npm)
if [[ "${1:-}" == "--with-browser" ]] && [[ ! -x /usr/bin/chromium ]]; then
  want+=(chromium)
fi
if [[ "${1:-}" == "--with-browser" ]] && ! command -v promtool >/dev/null 2>&1; then
  want+=(prometheus)
fi

if ((${#want[@]} == 0)); then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "Missing: ${want[*]}. Install them (Debian: sudo apt-get install ${want[*]}) and run again." >&2
  exit 1
fi
echo "Installing ${want[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
