#!/usr/bin/env bash
# A 1 GB observation video hashed by OpenSSL (the baseline) and streamed into the blob store by
# BlobStore.storeExpecting (SHA-256 while streaming, temp file, fsync, hard link) in a JVM limited to
# -Xmx256m, on the same file from the page cache. Reports MB/s for both and the JVM's peak heap.
# Usage: bash src/bench/media-upload.sh [runs]     (needs about 2 GB free in target/)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
./mvnw -o -q -Pbenchmark test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
scratch=target/media-bench
mkdir -p "$scratch"
file="$scratch/observation-video.mp4"
trap 'rm -rf "$scratch"' EXIT
# An MP4 header (ftyp mp42), then 1 GiB less those bytes of random data: recognised as video, not compressible.
{ printf '\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isommp42'; head -c $((1024 * 1024 * 1024 - 24)) /dev/urandom; } >"$file"
cat "$file" >/dev/null  # into the page cache, as for both measurements below
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  expected=$(openssl dgst -sha256 -r "$file" | cut -d' ' -f1)
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "openssl run $i: ${ms} ms, $(( 1073741824 / 1000 / ms )) MB/s"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "openssl dgst -sha256 median of $runs: $(( 1073741824 / 1000 / ${sorted[$((runs / 2))]} )) MB/s"
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.assemblyportal.evidence.StreamingUploadBench "$file" "$expected" "$scratch" "$runs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
