#!/usr/bin/env bash
# The case-file export of issue 8, against OpenSSL and Info-ZIP over the same files. The production jar runs
# in the demo profile with -Xmx256m on loopback with a fresh data directory under target/. The demo monitor
# posts 1,000 observations to the Almaty case through the batch API (10 batches of 100, obstacles on segment 2)
# and attaches VIDEOS videos of VIDEO_MIB MiB (an MP4 ftyp header, then random bytes; 8 x 256 MiB = 2 GiB by
# default) to the first of them and one small JPEG photo (640 x 480, about 60 KB, made by a few lines of
# javax.imageio below) to each of the others, so that the dossier shows a thumbnail for every one of them.
# Then, RUNS times, side by side on the same files (all in the page cache by then):
#   - the baseline: `openssl dgst -sha256` over the media files, plus `zip -0` of the same files into a ZIP,
#     timed one after the other and summed;
#   - the export: the demo lawyer's POST /api/v1/cases/{id}/exports {"redacted": false}, polled every 0.1 s
#     with GET /api/v1/exports/{job} until DONE; wall time from the script's clock and from the job's
#     requestedAt/finishedAt, the ZIP's size, the server's used heap (survivors + eden + old, jstat -gc every
#     100 ms, after a jcmd GC.run) and the dossier's render time from the server's log (CaseFileAssembler).
# Ratio = baseline time / export time (the issue's bar: at least 0.70). MB/s are media bytes (10^6) per second.
# Finally it downloads the last ZIP (GET /api/v1/exports/{job}/file) and runs `java -jar <jar> verify` on it
# (must exit 0), prints medians, deletes every file it made and stops the server.
#
# Usage: ./mvnw -o -q -Pproduction -DskipTests package && bash src/bench/case-file-export.sh [runs] [videos] [MiB per video]
# Needs about 4 x the media (about 9 GB by default) free under target/; about 4 minutes for 3 runs.
# Extra JVM options for the server (a profiler, say) in PORTAL_BENCH_JAVA_OPTS; another jar in PORTAL_BENCH_JAR.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
videos=${2:-8}
mib=${3:-256}
observations=1000
video_size=$((mib * 1024 * 1024))
jar=${PORTAL_BENCH_JAR:-target/assembly-portal.jar}
port=18092
base="http://127.0.0.1:$port"
if [ ! -f "$jar" ]; then
  ./mvnw -o -q -Pproduction -DskipTests package >/dev/null
fi
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
load=src/bench/java/org/assemblyportal/monitoring/ObservationIntakeLoad.java
scratch=target/case-file-export-bench
rm -rf "$scratch"
mkdir -p "$scratch/data" "$scratch/media"
scratch=$(cd "$scratch" && pwd)
data="$scratch/data"
media="$scratch/media"
pid=
sampler=
stop() {
  if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; fi
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap stop EXIT
fail() { echo "FAILED: $*" >&2; tail -5 "$scratch/portal.log" >&2 || true; exit 1; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN {printf "%.2f", ns / 1e9}'; }
rate() { awk -v b="$1" -v s="$2" 'BEGIN {printf "%.0f", b / 1e6 / s}'; }

echo "$(date -u '+%F %H:%M') UTC; $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
  "$(java -version 2>&1 | head -1); $(openssl version | cut -d' ' -f1-2); $(zip -v | sed -n 2p | cut -d' ' -f1-4)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- the media ------------------------------------------------------------------------------------------
for v in $(seq 1 "$videos"); do
  { printf '\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isommp42'; head -c $((video_size - 24)) /dev/urandom; } \
    >"$media/video-$v.mp4"
done
photos=$((observations - videos))
cat >"$scratch/Photos.java" <<'JAVA'
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/** Writes n different 640 x 480 JPEGs (a gradient, a few shapes and some noise, like a dim street photo). */
public class Photos {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        for (int i = 1; i <= n; i++) {
            var random = new Random(i);
            var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setPaint(new java.awt.GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), 640, 480,
                    new Color(random.nextInt(0xffffff))));
            g.fillRect(0, 0, 640, 480);
            for (int s = 0; s < 12; s++) {
                g.setColor(new Color(random.nextInt(0xffffff)));
                g.fillRect(random.nextInt(600), random.nextInt(440), 20 + random.nextInt(200), 20 + random.nextInt(150));
            }
            g.dispose();
            for (int k = 0; k < 40000; k++) {
                image.setRGB(random.nextInt(640), random.nextInt(480), random.nextInt(0xffffff));
            }
            ImageIO.write(image, "jpg", new File(args[0], String.format("photo-%04d.jpg", i)));
        }
    }
}
JAVA
java "$scratch/Photos.java" "$media" "$photos"
media_files=("$media"/video-*.mp4 "$media"/photo-*.jpg)
media_bytes=$(cat "${media_files[@]}" | wc -c)
echo "media: $videos videos of $mib MiB and $photos photos of $(($(cat "$media"/photo-*.jpg | wc -c) / photos / 1000)) KB" \
  "on average, $media_bytes bytes ($(awk -v b="$media_bytes" 'BEGIN {printf "%.2f", b / 1e9}') GB) in ${#media_files[@]} files"

# --- the server -----------------------------------------------------------------------------------------
# shellcheck disable=SC2086
java -Xmx256m ${PORTAL_BENCH_JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --portal.data-dir="$data" \
  --server.address=127.0.0.1 --server.port=$port >"$scratch/portal.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health" || true)" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$scratch/portal.log" >&2; fail "the portal stopped"; }
  sleep 0.1
done
token_of() {
  local token=
  for _ in $(seq 1 600); do
    token=$(curl -sf -u "$1" -X POST "$base/api/v1/tokens" | jq -r .token || true)
    [ -n "$token" ] && break
    sleep 0.1
  done
  [ -n "$token" ] || fail "no token for ${1%%:*}"
  echo "$token"
}
monitor=$(token_of monitor:monitor-demo)
lawyer=$(token_of lawyer:lawyer-demo)
case_id=$(curl -sf -H "Authorization: Bearer $monitor" "$base/api/v1/cases?size=200" \
  | jq -r '.items[] | select(.title | startswith("Almaty, 8 March 2022")) | .id')
[ -n "$case_id" ] || fail "no Almaty case in the demo data"
url="$base/api/v1/cases/$case_id/observations"

# --- the observations and their media ---------------------------------------------------------------------
java "$load" "$url" "$monitor" "$observations" 2 300 observations 100
# The benchmark's observations (the load client's facts end "Photo <i> taken ..."), not the demo's own.
for page in 0 1 2 3 4 5; do
  curl -sf -H "Authorization: Bearer $monitor" "$url?size=500&page=$page" \
    | jq -r '.items[] | select(.facts | test("Photo [0-9]+ taken")) | .id'
done >"$scratch/ids.txt"
[ "$(wc -l <"$scratch/ids.txt")" = "$observations" ] || fail "found $(wc -l <"$scratch/ids.txt") of $observations observations"
sha() { openssl dgst -sha256 -r "$1" | cut -d' ' -f1; }
# One curl for all the uploads of a kind (one connection, kept alive); every one must answer 201.
upload_all() { # content type, then lines "file id"
  local type=$1 config="$scratch/curl.cfg"
  : >"$config"
  while read -r file id; do
    printf 'url = "%s/api/v1/observations/%s/media/%s?name=%s"\nupload-file = "%s"\noutput = "/dev/null"\n' \
      "$base" "$id" "$(sha "$file")" "$(basename "$file")" "$file" >>"$config"
  done
  curl -s -K "$config" -H "Authorization: Bearer $monitor" -H "Content-Type: $type" --max-time 3600 \
    -w '%{http_code}\n' >"$scratch/codes.txt"
  [ "$(grep -cx 201 "$scratch/codes.txt")" = "$(grep -c '^url' "$config")" ] \
    || fail "$(grep -vx 201 "$scratch/codes.txt" | sort | uniq -c | tr '\n' ' ') instead of 201"
}
start=$(now)
paste -d' ' <(printf '%s\n' "$media"/video-*.mp4) <(head -n "$videos" "$scratch/ids.txt") | upload_all video/mp4
echo "uploaded $videos videos in $(seconds $(($(now) - start))) s"
start=$(now)
paste -d' ' <(printf '%s\n' "$media"/photo-*.jpg) <(tail -n +$((videos + 1)) "$scratch/ids.txt") | upload_all image/jpeg
echo "uploaded $photos photos in $(seconds $(($(now) - start))) s"
# Previews are made on the evidence module's thumbnail thread after each upload: wait until it is done.
previews() {
  for page in 0 1 2 3 4 5; do
    curl -sf -H "Authorization: Bearer $monitor" "$url?size=500&page=$page" | jq '[.items[].media[]? | select(.thumbnailSha256 != null)] | length'
  done | awk '{s += $1} END {print s}'
}
for _ in $(seq 1 120); do
  [ "$(previews)" -ge "$photos" ] && break
  sleep 1
done
echo "observations with a photo preview: $(previews) (of $photos photos); blobs stored: $(find "$data/blobs" -type f -not -path '*/incoming/*' | wc -l)"
[ "$(previews)" -ge "$photos" ] || echo "WARNING: some photos have no preview (the thumbnail queue was full); the dossier shows fewer thumbnails"

# --- side by side ---------------------------------------------------------------------------------------
auth="Authorization: Bearer $lawyer"
used_mb() { awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next}
  $1 ~ /^[0-9.]+$/ {printf "%.1f\n", ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024}'; }
old_mb() { awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next} $1 ~ /^[0-9.]+$/ {printf "%.1f\n", $c["OU"] / 1024}'; }
gc_count() { jstat -gc "$pid" | awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next} {print $c["YGC"] + $c["FGC"]}'; }
# Read everything once more so that both sides start from the page cache.
cat "${media_files[@]}" >/dev/null
baseline=(); export_s=(); job_s=(); heap=(); dossier=(); ratios=()
for i in $(seq 1 "$runs"); do
  load_start=$(loadavg)
  rm -f "$scratch/baseline.zip"
  sync  # each side starts with nothing left to write back from the one before
  start=$(now)
  openssl dgst -sha256 -r "${media_files[@]}" >"$scratch/baseline.sha256"
  mid=$(now)
  (cd "$media" && zip -0 -q "$scratch/baseline.zip" video-*.mp4 photo-*.jpg)
  end=$(now)
  ossl_ns=$((mid - start)); zip_ns=$((end - mid)); base_ns=$((end - start))
  rm -f "$scratch/baseline.zip"

  sync
  jcmd "$pid" GC.run >/dev/null; sleep 0.5
  gcs_before=$(gc_count)
  jstat -gc "$pid" 100 >"$scratch/jstat.txt" &
  sampler=$!
  for _ in $(seq 1 50); do [ "$(cat "$scratch/jstat.txt" 2>/dev/null | wc -l)" -ge 3 ] && break; sleep 0.1; done
  start=$(now)
  job=$(curl -sf -H "$auth" -H 'Content-Type: application/json' -d '{"redacted": false}' \
    "$base/api/v1/cases/$case_id/exports" | jq -r .id)
  [ -n "$job" ] || fail "run $i: no export job"
  state=
  while :; do
    curl -sf -H "$auth" "$base/api/v1/exports/$job" >"$scratch/job.json"
    state=$(jq -r .state "$scratch/job.json")
    case "$state" in DONE | FAILED | CANCELLED) break ;; esac
    sleep 0.1
  done
  end=$(now)
  sleep 0.3
  kill "$sampler"; wait "$sampler" 2>/dev/null || true; sampler=
  [ "$state" = DONE ] || fail "run $i: the export ended $state ($(jq -c . "$scratch/job.json"))"
  gcs=$(($(gc_count) - gcs_before))
  export_ns=$((end - start))
  requested=$(jq -r .requestedAt "$scratch/job.json"); finished=$(jq -r .finishedAt "$scratch/job.json")
  job_ns=$(($(date -d "$finished" +%s%N) - $(date -d "$requested" +%s%N)))
  zip_bytes=$(jq -r .fileSize "$scratch/job.json")
  peak=$(used_mb <"$scratch/jstat.txt" | sort -g | tail -1)
  old_peak=$(old_mb <"$scratch/jstat.txt" | sort -g | tail -1)
  # The assembler's log line for this export (the latest one): dossier render and ZIP write times.
  line=$(grep 'Case file of case' "$scratch/portal.log" | tail -1)
  dossier_ms=$(sed -n 's/.*rendered in \([0-9]*\) ms.*/\1/p' <<<"$line")
  write_ms=$(sed -n 's/.*written in \([0-9]*\) ms.*/\1/p' <<<"$line")
  gather_ms=$(sed -n 's/.*gathered in \([0-9]*\) ms.*/\1/p' <<<"$line")
  observed=$(sed -n 's/.*dossier (\([0-9]*\) observations.*/\1/p' <<<"$line")
  baseline+=("$(seconds "$base_ns")"); export_s+=("$(seconds "$export_ns")"); job_s+=("$(seconds "$job_ns")")
  heap+=("$peak"); dossier+=("$dossier_ms")
  ratios+=("$(awk -v b="$base_ns" -v e="$export_ns" 'BEGIN {printf "%.2f", b / e}')")
  echo "run $i (load $load_start -> $(loadavg)): baseline $(seconds "$base_ns") s = openssl $(seconds "$ossl_ns") s +" \
    "zip -0 $(seconds "$zip_ns") s, $(rate "$media_bytes" "$(seconds "$base_ns")") MB/s;" \
    "export $(seconds "$export_ns") s by the script's clock ($(seconds "$job_ns") s requestedAt -> finishedAt)," \
    "$(rate "$media_bytes" "$(seconds "$export_ns")") MB/s, ZIP $zip_bytes bytes; ratio ${ratios[-1]};" \
    "of the export: gathering ${gather_ms} ms, dossier ($observed observation versions) ${dossier_ms} ms, ZIP ${write_ms} ms;" \
    "heap used peak ${peak} MB of 256, old generation peak ${old_peak} MB ($(($(wc -l <"$scratch/jstat.txt") - 1)) samples, $gcs GCs during)"
done
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
b=$(median "${baseline[@]}"); e=$(median "${export_s[@]}")
echo "median of $runs: baseline $b s ($(rate "$media_bytes" "$b") MB/s), export $e s ($(rate "$media_bytes" "$e") MB/s)," \
  "job $(median "${job_s[@]}") s; ratio $(median "${ratios[@]}") (bar 0.70); heap peak $(median "${heap[@]}") MB" \
  "(max $(printf '%s\n' "${heap[@]}" | sort -g | tail -1)); dossier $(median "${dossier[@]}") ms (runs: $(printf '%s ' "${dossier[@]}"))"

# --- the ZIP checks out offline ---------------------------------------------------------------------------
curl -sf -H "$auth" -o "$scratch/case-file.zip" "$base/api/v1/exports/$job/file" || fail "download of $job"
[ "$(stat -c %s "$scratch/case-file.zip")" = "$zip_bytes" ] || fail "the download is not $zip_bytes bytes"
start=$(now)
java -jar "$jar" verify "$scratch/case-file.zip" >"$scratch/verify.txt" 2>&1 && verified=0 || verified=$?
tail -3 "$scratch/verify.txt"
[ "$verified" = 0 ] || fail "verify exited $verified: $(grep -i 'break\|fail' "$scratch/verify.txt" | head -5)"
echo "verify: exit 0 in $(seconds $(($(now) - start))) s; $(unzip -Z1 "$scratch/case-file.zip" | grep -c '^originals/') originals in the ZIP"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
