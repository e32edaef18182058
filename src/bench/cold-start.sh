#!/usr/bin/env bash
# Cold start of the production jar: time from `java -jar` to the first login page served (HTTP 200),
# on a fresh data directory each run (so Flyway migrates an empty database every time).
# Usage: ./mvnw -Pproduction -DskipTests package && bash src/bench/cold-start.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=target/assembly-portal.jar
port=18089
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }
times=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  PORTAL_ADMIN_PASSWORD=benchmark-password PORTAL_DATA_DIR="$data" PORTAL_SECURE_COOKIES=false \
    java -jar "$jar" --server.port=$port >"$data/portal.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "the portal stopped; see $data/portal.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs: ${sorted[$((runs / 2))]} ms (min ${sorted[0]}, max ${sorted[$((runs - 1))]})"
