#!/usr/bin/env bash
# Observation intake through the field API: the production jar in the demo profile on loopback, with a
# fresh data directory (the embedded H2 file database), takes a monitor's token, finds the Almaty case
# and receives COUNT distinct observations (an obstacle on segment 2 with location, facts and counts,
# a fresh client id each) from CONNECTIONS concurrent connections, after WARMUP ones to warm the JIT.
# With BATCH above 1 they go in arrays of BATCH to POST .../observations/batch (each item must answer CREATED).
# Then it sends 100 of them again (retries: nothing new may be stored; in batch mode also as one batch, each item
# REPLAYED), checks that exactly WARMUP + COUNT observations are stored, prints throughput and latency
# percentiles, and stops the server.
# Usage: ./mvnw -o -Pproduction -DskipTests package &&
#   bash src/bench/observation-intake.sh [count] [connections] [warmup] [batch]
# Extra JVM options for the server (a profiler, say) in PORTAL_BENCH_JAVA_OPTS; another jar in PORTAL_BENCH_JAR.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-20000}
connections=${2:-8}
warmup=${3:-5000}
batch=${4:-1}
jar=${PORTAL_BENCH_JAR:-target/assembly-portal.jar}
port=18090
base="http://127.0.0.1:$port"
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -o -Pproduction -DskipTests package" >&2; exit 1; }
load=src/bench/java/org/assemblyportal/monitoring/ObservationIntakeLoad.java
data=$(mktemp -d)
pid=
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap stop EXIT

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java ${PORTAL_BENCH_JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --portal.data-dir="$data" \
  --server.address=127.0.0.1 --server.port=$port >"$data/portal.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health" || true)" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$data/portal.log" >&2; echo "the portal stopped" >&2; exit 1; }
  sleep 0.1
done
# The demo data is made by runners after the server answers; wait for the monitor's account.
token=
for _ in $(seq 1 600); do
  token=$(curl -sf -u monitor:monitor-demo -X POST "$base/api/v1/tokens" | jq -r .token || true)
  [ -n "$token" ] && break
  sleep 0.1
done
[ -n "$token" ] || { echo "no token for the demo monitor" >&2; exit 1; }
auth="Authorization: Bearer $token"
case_id=$(curl -sf -H "$auth" "$base/api/v1/cases?size=200" \
  | jq -r '.items[] | select(.title | startswith("Almaty, 8 March 2022")) | .id')
[ -n "$case_id" ] || { echo "no Almaty case in the demo data" >&2; exit 1; }
url="$base/api/v1/cases/$case_id/observations"
stored() { curl -sf -H "$auth" "$url?size=1" | jq .totalItems; }

java "$load" "$url" "$token" "$warmup" "$connections" 300 warm-up "$batch"
# The server's CPU time (user + system, in clock ticks) around the measured run: what an observation costs
# the server whatever else the machine is doing, which the requests/s of a shared machine do not tell.
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
cpu_before=$(cpu)
java "$load" "$url" "$token" "$count" "$connections" 300 measured "$batch"
cpu_after=$(cpu)
echo "server CPU: $(( (cpu_after - cpu_before) * 1000 / $(getconf CLK_TCK) )) ms for $count observations," \
  "$(awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$count" 'BEGIN {printf "%.2f", t * 1000 / hz / n}') ms each"

# Retries: the first 100 stored observations sent again as they were; each must answer 200 and store nothing.
before=$(stored)
curl -sf -H "$auth" "$url?size=100" | jq -c '.items[] | {clientId, category, segment, deviceTime, location,
    landmark, facts, assessment, counts, obstacle, policing, claimTest}' | while read -r body; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" -H 'Content-Type: application/json' -d "$body" "$url")
  [ "$code" = 200 ] || { echo "a retry answered $code, not 200: $body" >&2; exit 1; }
done
if [ "$batch" -gt 1 ]; then
  replays=$(curl -sf -H "$auth" "$url?size=100" | jq -c '[.items[] | {clientId, category, segment, deviceTime, location,
      landmark, facts, assessment, counts, obstacle, policing, claimTest}]' \
    | curl -sf -H "$auth" -H 'Content-Type: application/json' --data-binary @- "$url/batch" \
    | jq '[.[] | select(.status == "REPLAYED")] | length')
  [ "$replays" = 100 ] || { echo "a batch of 100 retries answered $replays REPLAYED, not 100" >&2; exit 1; }
fi
after=$(stored)
expected=$((warmup + count))
echo "stored: $after (expected $expected; $before before the retries)"
[ "$after" = "$expected" ] && [ "$before" = "$expected" ] || { echo "FAILED: stored count is wrong" >&2; exit 1; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
