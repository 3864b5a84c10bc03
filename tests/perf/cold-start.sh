#!/usr/bin/env bash
# Cold start on SQLite with the demo seed (docs/design.md section 4: under 10 s): from process start to /health answering 200,
# on a fresh data folder (create the database, migrate, seed reference and demo data, calculate the demo inventories).
# Usage: tests/perf/cold-start.sh [runs]   (builds Release first)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
dotnet build -c Release src/LowCarbonCity.Web >/dev/null
dll=src/LowCarbonCity.Web/bin/Release/net10.0/LowCarbonCity.Web.dll
for i in $(seq 1 "$runs"); do
  port=$((5190 + i))
  data=$(mktemp -d)
  start=$(date +%s.%N)
  ( cd src/LowCarbonCity.Web && Database__DataDirectory="$data" ASPNETCORE_URLS=http://127.0.0.1:$port dotnet "../../$dll" >"$data/log" 2>&1 & echo $! >"$data/pid" )
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$(cat "$data/pid")" 2>/dev/null || { echo "the app stopped:"; tail -20 "$data/log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  pid=$(cat "$data/pid"); kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; rm -rf "$data"
  printf 'run %d: %.2f s\n' "$i" "$(echo "$end - $start" | bc)"
done
