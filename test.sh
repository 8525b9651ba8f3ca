#!/usr/bin/env bash
# Runs every test: unit, database (on throwaway PostgreSQL clusters), API, components
# and the browser end-to-end suite. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh --with-browser
dotnet build JorgeBi.sln -c Release -warnaserror
log=$(mktemp)
status=0
dotnet test JorgeBi.sln -c Release --no-build 2>&1 | tee "$log" || status=$?
# One plain summary over all test assemblies.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { gsub(",", "", p); printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
