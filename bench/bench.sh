#!/usr/bin/env bash
# The benchmark of the performance goals, from one command:
#
#   bench/bench.sh                       # large database (~10M events), full durations
#   bench/bench.sh --scale medium --quick  # ~1M events, short durations: a check that it all works
#
# Publishes the app in Release, seeds bench/.data/<scale>/postgres once (reused later),
# creates the bench API keys and user once, then runs bench/JorgeBi.Bench, which starts
# the app as a separate process and writes bench/results/<date>-<scale>.md.
# Options: --scale medium|large, --quick, --seconds N, --soak-minutes N, --circuits 50,200,
# --only cached,uncached,ingestion,screen,rollups,plans,circuits,soak,standby
set -euo pipefail
cd "$(dirname "$0")/.."
command_line="bench/bench.sh $*"

scale=large seconds=10 warmup=3 soak=10 circuits=50,200 only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --quick) seconds=3; warmup=1; soak=1; shift ;;
    --seconds) seconds="$2"; shift 2 ;;
    --soak-minutes) soak="$2"; shift 2 ;;
    --circuits) circuits="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

scripts/prerequisites.sh --with-browser
home="$PWD/bench/.data/$scale"
app="$PWD/bench/.data/app"
mkdir -p "$home"
export Database__DataDirectory="$home/postgres"

echo "== publishing the app (Release) and building the harness"
dotnet publish JorgeBi.Web -c Release -o "$app" --nologo -v quiet
dotnet build bench/JorgeBi.Bench -c Release --nologo -v quiet

cli() { dotnet "$app/JorgeBi.Web.dll" "$@"; }

if [[ ! -f "$home/seeded" ]]; then
  echo "== seeding $scale into $home (once; later runs reuse it)"
  cli seed --scale "$scale" 2>&1 | tee "$home/seed.log"
  touch "$home/seeded"
fi
if [[ ! -f "$home/keys" ]]; then
  bench_key=$(cli apikey create --name bench --scopes bi:read,events:write | grep -E "^jbi_" | tail -n 1)
  quota_key=$(cli apikey create --name bench-quota --scopes bi:read | grep -E "^jbi_" | tail -n 1)
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  JORGEBI_PASSWORD="$password" cli user add --username bench --role owner
  printf 'bench_key=%s\nquota_key=%s\npassword=%s\n' "$bench_key" "$quota_key" "$password" > "$home/keys"
  chmod 600 "$home/keys"
fi
# shellcheck disable=SC1091
source "$home/keys"

echo "== measuring"
BENCH_COMMAND="$command_line" dotnet bench/JorgeBi.Bench/bin/Release/net10.0/JorgeBi.Bench.dll \
  --AppDll "$app/JorgeBi.Web.dll" --DataDirectory "$home/postgres" --Scale "$scale" \
  --ApiKey "$bench_key" --QuotaKey "$quota_key" --UserName bench --Password "$password" \
  --Seconds "$seconds" --WarmupSeconds "$warmup" --SoakMinutes "$soak" --Circuits "$circuits" \
  --Only "$only" --Output "bench/results/$(date -u +%Y-%m-%d)-$scale.md"
