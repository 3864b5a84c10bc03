#!/usr/bin/env bash
# Load test of one page at 50 simulated users, each loading it once a second (p95 target), then the page's maximum
# throughput. Targets (docs/design.md section 4): the editor p95 < 50 ms, the boards p95 < 100 ms. Results go to docs/performance.md.
#
#   tests/perf/page-load.sh editor            # the demo municipality's latest inventory in the editor
#   tests/perf/page-load.sh province-board    # /Boards/Province as the demo provincial officer
#   tests/perf/page-load.sh national-board    # /Boards/National as the demo TGO analyst
#   tests/perf/page-load.sh public            # the demo's published year, anonymous (no sign-in)
#   tests/perf/page-load.sh /any/path [email]   # email "-": anonymous
#
# By default it starts the app itself (Release build, a fresh SQLite demo database, port 5098). To test a running app
# instead (e.g. on the national PostgreSQL data set), set LCC_BASE_URL, LCC_EMAIL and LCC_PASSWORD.
# Knobs: LCC_USERS (50), LCC_SECONDS (60), LCC_THINK_MS (1000). Needs wrk (apt-get install -y wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 2; }
target=${1:?usage: page-load.sh editor|province-board|national-board|/path [email]}
users=${LCC_USERS:-50}; seconds=${LCC_SECONDS:-60}
password=${LCC_PASSWORD:-Demo-LowCarbon-2026}
case "$target" in
  editor) email=${LCC_EMAIL:-municipal@demo.lowcarboncity.local} ;;
  province-board) email=${LCC_EMAIL:-provincial@demo.lowcarboncity.local}; path=/Boards/Province ;;
  national-board) email=${LCC_EMAIL:-tgo@demo.lowcarboncity.local}; path=/Boards/National ;;
  public) email=-; path=/Public/Inventory/CMI-CM/2024/Organisation ;;
  /*) email=${2:-${LCC_EMAIL:-tgo@demo.lowcarboncity.local}}; path=$target ;;
  *) echo "unknown page '$target'"; exit 2 ;;
esac

work=$(mktemp -d); app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
base=${LCC_BASE_URL:-}
if [ -z "$base" ]; then
  base=http://127.0.0.1:5098
  dotnet build -c Release src/LowCarbonCity.Web -v q -nologo >/dev/null
  Database__DataDirectory="$work" ASPNETCORE_URLS=$base ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
    dotnet run --no-build -c Release --no-launch-profile --project src/LowCarbonCity.Web >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 90); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$base/health" >/dev/null || { tail -40 "$work/app.log"; exit 1; }
fi

# Sign in through the real form (antiforgery token + cookie), keep the cookies for wrk; "-" stays anonymous.
jar="$work/cookies"
cookie="lcc-anonymous=1"
if [ "$email" != - ]; then
  token=$(curl -fs -c "$jar" -b "$jar" "$base/Account/SignIn" | grep -oP 'name="__RequestVerificationToken"[^>]*value="\K[^"]+' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/SignIn"
  cookie=$(awk 'BEGIN{ORS="; "} !/^#/ && NF>=7 {print $6"="$7} /^#HttpOnly_/ {sub("#HttpOnly_","",$1); print $6"="$7}' "$jar" | sed 's/; $//')
fi

if [ "$target" = editor ]; then
  path=$(curl -fs -H "Cookie: $cookie" "$base/Inventories" | grep -oP '/Inventories/Detail/[0-9a-f-]{36}' | head -1)
  [ -n "$path" ] || { echo "no inventory link on /Inventories for $email"; exit 1; }
fi
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
[ "$status" = 200 ] || { echo "GET $path answered $status, not 200 (signed in as $email?)"; exit 1; }
echo "page $path: $(wc -c <"$work/page.html") bytes, signed in as $email (- is anonymous); machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

curl -fs -o /dev/null -H "Cookie: $cookie" "$base$path"   # warm-up
wrk -t2 -c"$users" -d10s -s tests/perf/unpaced.lua -H "Cookie: $cookie" "$base$path" >/dev/null   # JIT warm-up
echo "== $users users, one page load a second each, ${seconds} s"
LCC_THINK_MS=${LCC_THINK_MS:-1000} wrk -t2 -c"$users" -d"${seconds}s" --latency -s tests/perf/paced.lua -H "Cookie: $cookie" "$base$path" | sed -n '/^requests/,$p'
echo "== maximum throughput ($users connections, no think time, 30 s)"
wrk -t2 -c"$users" -d30s -s tests/perf/unpaced.lua -H "Cookie: $cookie" "$base$path" | sed -n '/^requests/,$p'
