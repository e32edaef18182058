#!/usr/bin/env bash
# An observation video uploaded through the field API, against OpenSSL on the same file. The production
# jar runs in the demo profile with -Xmx256m on loopback with a fresh data directory under target/; the
# demo monitor creates an observation on the Almaty case for each run and sends the file with
# `curl -T` to PUT /api/v1/observations/{id}/media/{sha256} (raw body, Content-Type video/mp4,
# Content-Length). Each run changes a few bytes of the file (so each upload is a new blob, never a
# "stored already"), times `openssl dgst -sha256` on it (the baseline, which also gives the hash), then
# times the upload, while the server's heap is sampled with jstat (used = survivors + eden + old, after a
# `jcmd GC.run` so the baseline is clean). Checks: 201, the stored blob's hash is the file's; at the end
# the same file again answers 200 and stores nothing, a wrong hash answers 422 and leaves no blob and no
# .part file, and a file over the 500 MB limit is refused with 413 from its Content-Length alone.
# Reports medians, deletes the file and the data directory and stops the server.
#
# Usage: ./mvnw -o -Pproduction -DskipTests package && bash src/bench/media-upload-http.sh [runs] [MiB]
# The size defaults to 500 MiB, the most UploadPolicy.OBSERVATION_MEDIA takes (a larger one is refused).
# Needs about (runs + 3) x size free under target/. Extra JVM options for the server in PORTAL_BENCH_JAVA_OPTS,
# another jar in PORTAL_BENCH_JAR.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
mib=${2:-500}
size=$((mib * 1024 * 1024))
jar=${PORTAL_BENCH_JAR:-target/assembly-portal.jar}
port=18091
base="http://127.0.0.1:$port"
if [ ! -f "$jar" ]; then
  ./mvnw -o -q -Pproduction -DskipTests package >/dev/null
fi
scratch=target/media-http-bench
rm -rf "$scratch"
mkdir -p "$scratch/data"
scratch=$(cd "$scratch" && pwd)
data="$scratch/data"
file="$scratch/observation-video.mp4"
pid=
sampler=
stop() {
  if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; fi
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap stop EXIT
fail() { echo "FAILED: $*" >&2; tail -5 "$scratch/portal.log" >&2 || true; exit 1; }

echo "$(date -u +%F) $(nproc) cores, $(openssl version | cut -d' ' -f1-2), $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# An MP4 header (ftyp mp42), then random bytes up to the size: recognised as video, not compressible.
{ printf '\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isommp42'; head -c $((size - 24)) /dev/urandom; } >"$file"

# shellcheck disable=SC2086
java -Xmx256m ${PORTAL_BENCH_JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --portal.data-dir="$data" \
  --server.address=127.0.0.1 --server.port=$port >"$scratch/portal.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health" || true)" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$scratch/portal.log" >&2; fail "the portal stopped"; }
  sleep 0.1
done
token=
for _ in $(seq 1 600); do
  token=$(curl -sf -u monitor:monitor-demo -X POST "$base/api/v1/tokens" | jq -r .token || true)
  [ -n "$token" ] && break
  sleep 0.1
done
[ -n "$token" ] || fail "no token for the demo monitor"
auth="Authorization: Bearer $token"
case_id=$(curl -sf -H "$auth" "$base/api/v1/cases?size=200" \
  | jq -r '.items[] | select(.title | startswith("Almaty, 8 March 2022")) | .id')
[ -n "$case_id" ] || fail "no Almaty case in the demo data"

observation() {
  curl -sf -H "$auth" -H 'Content-Type: application/json' "$base/api/v1/cases/$case_id/observations" -d "$(cat <<JSON
{"clientId":"$(cat /proc/sys/kernel/random/uuid)","category":"OBSTACLES","segment":2,
 "deviceTime":"2022-03-08T10:00:00+06:00","landmark":"Shevchenko street at the corner of Zheltoksan",
 "facts":"Metal fencing along the kerb, filmed from the opposite pavement.",
 "obstacle":{"type":"FENCING","lengthMetres":40.0,"carriagewayBlockedPercent":30,"passable":true,
 "workersPresent":false,"workInProgress":false,"signage":"Road works","permitNumber":null}}
JSON
)" | jq -r .id
}
# PUT the file; prints "status seconds", the body goes to $scratch/answer.json.
upload() {
  curl -s -o "$scratch/answer.json" -w '%{http_code} %{time_total}\n' --max-time 600 -T "$file" \
    -H "$auth" -H 'Content-Type: video/mp4' -H "Content-Length: $size" \
    -H 'Content-Disposition: attachment; filename="observation-video.mp4"' \
    "$base/api/v1/observations/$1/media/$2"
}
blobs() { find "$data/blobs" -type f -not -path '*/incoming/*' | wc -l; }
parts() { find "$data/blobs/incoming" -type f | wc -l; }
# Used heap in MB (survivors + eden + old, from jstat's KB) of one jstat -gc line, by column name.
used_mb() { awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next}
  {printf "%.1f\n", ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024}'; }
heap_now() { jstat -gc "$pid" | used_mb; }
gc_count() { jstat -gc "$pid" | awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next} {print $c["YGC"] + $c["FGC"]}'; }
clean_gc() { jcmd "$pid" GC.run >/dev/null; sleep 0.5; }

# Two unmeasured uploads first, so the path is compiled by the JIT and nothing is first-time work;
# the file is in the page cache from then on, for OpenSSL and curl alike.
for w in 1 2; do
  printf 'warm-up%09d' "$w" | dd of="$file" bs=1 seek=24 conv=notrunc status=none
  sum=$(openssl dgst -sha256 -r "$file" | cut -d' ' -f1)
  read -r code _ < <(upload "$(observation)" "$sum")
  [ "$code" = 201 ] || fail "the warm-up upload answered $code: $(cat "$scratch/answer.json")"
done

ossl=(); http=(); grow=(); peaks=(); kept=()
for i in $(seq 1 "$runs"); do
  # A new blob each run: 16 bytes after the header get the run's number.
  printf '%016d' "$i" | dd of="$file" bs=1 seek=24 conv=notrunc status=none
  start=$(date +%s%N)
  sum=$(openssl dgst -sha256 -r "$file" | cut -d' ' -f1)
  end=$(date +%s%N)
  ossl+=("$(awk -v b=$size -v ns=$((end - start)) 'BEGIN {printf "%.0f", b / 1e6 / (ns / 1e9)}')")
  id=$(observation)
  [ -n "$id" ] || fail "no observation created"
  clean_gc
  before=$(heap_now)
  gcs_before=$(gc_count)
  jstat -gc "$pid" 50 >"$scratch/jstat.txt" &
  sampler=$!
  # The sampler is a JVM of its own: started before the upload, so its start-up does not share the 2 cores with it.
  for _ in $(seq 1 50); do [ "$(wc -l <"$scratch/jstat.txt")" -ge 3 ] && break; sleep 0.1; done
  read -r code seconds < <(upload "$id" "$sum")
  after=$(heap_now)
  kill "$sampler"; wait "$sampler" 2>/dev/null || true; sampler=
  gcs=$(($(gc_count) - gcs_before))
  [ "$code" = 201 ] || fail "run $i answered $code: $(cat "$scratch/answer.json")"
  [ "$(jq -r .sha256 "$scratch/answer.json")" = "$sum" ] || fail "run $i: the answer names another hash"
  stored="$data/blobs/${sum:0:2}/${sum:2:2}/$sum"
  [ "$(openssl dgst -sha256 -r "$stored" | cut -d' ' -f1)" = "$sum" ] || fail "run $i: the stored blob has another hash"
  peak=$(used_mb <"$scratch/jstat.txt" | sort -n | tail -1)
  clean_gc
  retained=$(heap_now)
  http+=("$(awk -v b=$size -v s="$seconds" 'BEGIN {printf "%.0f", b / 1e6 / s}')")
  grow+=("$(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.1f", a - b}')")
  peaks+=("$(awk -v a="$peak" -v b="$before" 'BEGIN {printf "%.1f", a - b}')")
  kept+=("$(awk -v a="$retained" -v b="$before" 'BEGIN {printf "%.1f", a - b}')")
  echo "run $i: openssl ${ossl[-1]} MB/s; HTTP upload ${seconds} s, ${http[-1]} MB/s" \
    "($(awk -v h="${http[-1]}" -v o="${ossl[-1]}" 'BEGIN {printf "%.0f", 100 * h / o}') %);" \
    "heap used ${before} MB before, ${after} MB right after (+${grow[-1]}), peak +${peaks[-1]} MB" \
    "($(($(wc -l <"$scratch/jstat.txt") - 1)) samples), +${kept[-1]} MB after a GC; ${gcs} GCs during;" \
    "load $(cut -d' ' -f1 /proc/loadavg)"
done
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
o=$(median "${ossl[@]}"); h=$(median "${http[@]}")
echo "median of $runs: openssl dgst -sha256 $o MB/s, HTTP upload $h MB/s" \
  "($(awk -v h="$h" -v o="$o" 'BEGIN {printf "%.0f", 100 * h / o}') % of OpenSSL);" \
  "heap growth right after +$(median "${grow[@]}") MB, peak +$(median "${peaks[@]}") MB, retained +$(median "${kept[@]}") MB"
echo "heap after (MB): right after $(printf '%s ' "${grow[@]}")| peak $(printf '%s ' "${peaks[@]}")| retained $(printf '%s ' "${kept[@]}")"

# The same file to the same observation again: 200, nothing stored twice.
count=$(blobs)
read -r code _ < <(upload "$id" "$sum")
[ "$code" = 200 ] || fail "the repeated upload answered $code, not 200"
[ "$(blobs)" = "$count" ] || fail "the repeated upload stored a blob"
[ "$(curl -sf -H "$auth" "$base/api/v1/observations/$id/media" | jq length)" = 1 ] || fail "the file is listed twice"
echo "again: 200, $count blobs before and after, listed once"
# Another hash: refused, no blob and no temporary file left.
read -r code _ < <(upload "$id" "$(printf '0%.0s' $(seq 1 64))")
[ "$code" = 422 ] || fail "a wrong hash answered $code, not 422"
[ "$(jq -r .status "$scratch/answer.json")" = 422 ] || fail "the refusal is not a problem detail"
[ "$(blobs)" = "$count" ] && [ "$(parts)" = 0 ] || fail "a refused upload left a file"
echo "wrong hash: 422, $(blobs) blobs, $(parts) .part files"
# Over the limit: refused at once from the Content-Length (1 GiB announced, nothing needs to arrive).
code=$(head -c 1048576 /dev/zero | curl -s -o "$scratch/answer.json" -w '%{http_code}' --max-time 30 -T - \
  -H "$auth" -H 'Content-Type: video/mp4' -H "Content-Length: 1073741824" -H 'Transfer-Encoding:' \
  "$base/api/v1/observations/$id/media/$sum" || true)
[ "$code" = 413 ] || fail "1 GiB announced answered $code, not 413"
[ "$(parts)" = 0 ] || fail "the refused 1 GiB upload left a file"
echo "1 GiB announced: 413 at once, $(parts) .part files"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
