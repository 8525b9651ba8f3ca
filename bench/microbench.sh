#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks of the hot Core paths (results: BENCHMARKS.md, "Micro-benchmarks").
# The short job (1 launch, 3 warm-up and 3 measured iterations) keeps a full run to a few
# minutes. In process: the Release build that dotnet run makes is the one measured, instead
# of BenchmarkDotNet rebuilding the app's whole dependency tree (web assets included) per run.
# Arguments replace the default filter, e.g. bench/microbench.sh --filter '*Forecast*'.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- --filter '*'; fi
dotnet run -c Release --project bench/JorgeBi.MicroBench -- \
  --job short --inProcess --artifacts bench/JorgeBi.MicroBench/BenchmarkDotNet.Artifacts "$@"
