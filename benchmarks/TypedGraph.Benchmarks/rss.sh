#!/bin/sh
# Peak RSS of streaming vs in-memory Fit per data size, one fresh process per measurement.
# Usage: benchmarks/TypedGraph.Benchmarks/rss.sh [sizes...]   (default 30000 60000 120000; build Release first)
set -eu
dll="$(dirname "$0")/bin/Release/net10.0/TypedGraph.Benchmarks.dll"
[ $# -gt 0 ] || set -- 30000 60000 120000
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
for n in "$@"; do
  dotnet "$dll" rss-write "$n" "$root/$n" | tail -n 1
done
for how in stream memory; do
  for n in "$@"; do
    TG_TORCH_THREADS=${TG_TORCH_THREADS:-1} dotnet "$dll" rss "$root/$n" "$how" "${EPOCHS:-1}" | tail -n 1
  done
done
