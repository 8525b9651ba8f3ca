#!/usr/bin/env bash
# Runs JorgeBi. With no configuration it starts its own PostgreSQL under .data/, migrates
# it and seeds demo data on first start. --simulate adds a light live simulation; other
# arguments go to the app (e.g. --urls).
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export Database__DataDirectory="${Database__DataDirectory:-$PWD/.data/postgres}"
args=()
for a in "$@"; do
  if [[ "$a" == "--simulate" ]]; then export Simulation__Rate="${Simulation__Rate:-5}"; else args+=("$a"); fi
done
exec dotnet run --project JorgeBi.Web -c Release --no-launch-profile -- "${args[@]}"
