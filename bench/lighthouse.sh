#!/usr/bin/env bash
# Lighthouse performance of every page, signed in, with the desktop and the mobile preset:
#
#   bench/lighthouse.sh                                   # starts ./run.sh on a free port
#   bench/lighthouse.sh --url http://127.0.0.1:5080 --user owner --password '...'
#   bench/lighthouse.sh --url ... --page /insights --preset mobile   # one page, one preset
#
# Without --url it starts the app with ./run.sh (Release build, own PostgreSQL under .data/);
# the password is then $JORGEBI_OWNER_PASSWORD, which must be the owner's password of that
# .data/ (it is set there on the first start). Installs Lighthouse with npm into
# bench/.lighthouse on first use and uses Debian's /usr/bin/chromium.
# Prints one row per page and preset: performance score, FCP, TBT, CLS, bytes transferred;
# the JSON reports stay in bench/.lighthouse/reports/.
set -euo pipefail
cd "$(dirname "$0")/.."

lighthouse_version=13.5.0
url="" user=owner password="${JORGEBI_OWNER_PASSWORD:-}"
pages=() presets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --url) url="${2%/}"; shift 2 ;;
    --page) pages+=("$2"); shift 2 ;;
    --preset) presets+=("$2"); shift 2 ;;
    --user) user="$2"; shift 2 ;;
    --password) password="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
((${#pages[@]})) || pages=(/ /revenue /bots /live /leads /insights /commissions /admin)
((${#presets[@]})) || presets=(desktop mobile)
[[ -n "$password" ]] || { echo "set JORGEBI_OWNER_PASSWORD or pass --password" >&2; exit 2; }

tools="$PWD/bench/.lighthouse"
lighthouse="$tools/node_modules/.bin/lighthouse"
if [[ ! -x "$lighthouse" ]]; then
  mkdir -p "$tools"
  npm install --no-audit --no-fund --prefix "$tools" "lighthouse@$lighthouse_version"
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

app_pid=""
cleanup() { [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [[ -z "$url" ]]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  url="http://127.0.0.1:$port"
  setsid ./run.sh --urls "$url" > "$tools/app.log" 2>&1 &
  app_pid=$!
  echo "starting the app at $url (log: $tools/app.log)"
  for _ in $(seq 1 600); do
    curl -fs "$url/health/live" > /dev/null && break
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited; see $tools/app.log" >&2; exit 1; }
    sleep 1
  done
fi

# Sign in as a browser does (antiforgery token from /login, then the form POST) and hand the
# session cookie to Lighthouse as a header.
jar=$(mktemp)
token=$(curl -fs -c "$jar" -b "$jar" "$url/login" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"
cookie=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")
rm -f "$jar"
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url/")" == 200 ]] || { echo "sign-in failed" >&2; exit 1; }
headers=$(python3 -c 'import json,sys; print(json.dumps({"Cookie": sys.argv[1]}))' "$cookie")

reports="$tools/reports"
mkdir -p "$reports"
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
for preset in "${presets[@]}"; do
  preset_args=()
  [[ "$preset" == desktop ]] && preset_args=(--preset=desktop)
  for page in "${pages[@]}"; do
    name="$preset-$(echo "${page#/}" | sed 's/^$/executive/')"
    rm -f "$reports/$name.json"  # a failed run must not leave an older report to be read
    "$lighthouse" "$url$page" "${preset_args[@]}" --only-categories=performance --quiet \
      --chrome-flags="$chrome_flags" --extra-headers="$headers" \
      --output=json --output-path="$reports/$name.json" || echo "lighthouse failed on $preset $page" >&2
  done
done

python3 - "$reports" "${presets[*]}" "${pages[@]}" <<'EOF'
import json, os, sys
reports, presets, pages = sys.argv[1], sys.argv[2].split(), sys.argv[3:]
print(f"| preset | page | score | FCP | TBT | CLS | transferred |")
print(f"|---|---|---:|---:|---:|---:|---:|")
for preset in presets:
    for page in pages:
        path = os.path.join(reports, f"{preset}-{page.strip('/') or 'executive'}.json")
        if not os.path.exists(path):
            print(f"| {preset} | {page} | failed | | | | |"); continue
        r = json.load(open(path))
        if r.get("runtimeError"):
            print(f"| {preset} | {page} | failed: {r['runtimeError'].get('code')} | | | | |"); continue
        audit = lambda key: r["audits"][key].get("numericValue")
        score = r["categories"]["performance"]["score"]
        final = r.get("finalDisplayedUrl") or r.get("finalUrl", "")
        note = "" if final.rstrip("/").endswith(page.rstrip("/")) else f" (ended at {final})"
        print(f"| {preset} | {page}{note} | {round(score * 100) if score is not None else 'n/a'} "
              f"| {audit('first-contentful-paint') / 1000:.2f} s | {audit('total-blocking-time'):.0f} ms "
              f"| {audit('cumulative-layout-shift'):.3f} | {audit('total-byte-weight') / 1024:.0f} KB |")
EOF
