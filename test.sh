#!/usr/bin/env bash
# Runs every test: unit, database (on throwaway PostgreSQL clusters), API, components
# and the browser end-to-end suite. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh --with-browser
dotnet build JorgeBi.sln -c Release -warnaserror
# The house style of .editorconfig, checked on the restored build. Whitespace and code style only:
# the analyzers pass adds minutes on 2 cores and the build already fails on their warnings.
if ! { dotnet format whitespace JorgeBi.sln --verify-no-changes --no-restore &&
       dotnet format style JorgeBi.sln --verify-no-changes --no-restore; }; then
  echo "The code above is not in the house style (.editorconfig). Fix it with: dotnet format JorgeBi.sln" >&2
  exit 1
fi
log=$(mktemp)
status=0
dotnet test JorgeBi.sln -c Release --no-build 2>&1 | tee "$log" || status=$?
# One plain summary over all test assemblies; it also fails the run when tests were skipped
# or went missing (README "Tests").
summary=0
awk -v minimum="$(cat .ci/min-tests)" -f scripts/test-summary.awk "$log" || summary=$?
rm -f "$log"
if ((status == 0)); then status=$summary; fi
exit $status
