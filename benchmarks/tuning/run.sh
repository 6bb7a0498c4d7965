#!/bin/sh
# Tuning throughput: the tuning worker (tests/TypedGraph.Tuning.Worker: Random search over the hand-written TunedMlp's
# 18-point space, SQLite study, 1 torch thread per process) runs the same TRIALS trials once with one process and once
# with two processes sharing the study. Prints trials per hour for both, the speed-up, and the tuner's overhead per
# trial: the single worker's wall time of Search minus its time inside Fit, divided by the trials it ran (claims,
# model construction, weight snapshots, checkpoint and HParams writes, the objective check).
# Usage: benchmarks/tuning/run.sh   (TRIALS, EPOCHS, SAMPLES, CONFIGURATION override the defaults)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
config=${CONFIGURATION:-Release}
trials=${TRIALS:-12}
epochs=${EPOCHS:-3}
samples=${SAMPLES:-32768}
worker="$root/tests/TypedGraph.Tuning.Worker/bin/$config/net10.0/TypedGraph.Tuning.Worker.dll"
[ -f "$worker" ] || dotnet build "$root/tests/TypedGraph.Tuning.Worker" -c "$config" -v q --nologo >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args="--strategy Random --max-trials $trials --epochs $epochs --samples $samples --seed 3"
now() { date +%s.%N; }

start=$(now)
dotnet "$worker" --directory "$tmp/one" $args > "$tmp/one.out"
one=$(echo "$(now) - $start" | bc -l)

start=$(now)
dotnet "$worker" --directory "$tmp/two" $args > "$tmp/two-a.out" &
a=$!
dotnet "$worker" --directory "$tmp/two" $args > "$tmp/two-b.out" &
b=$!
wait $a
wait $b
two=$(echo "$(now) - $start" | bc -l)

set -- $(cat "$tmp/one.out")   # done N fit-seconds F wall-seconds W trials-run T
fit=$4 wall=$6 run=$8
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "1 worker:  $trials trials in $(printf %.1f "$one") s = $(echo "$trials * 3600 / $one" | bc) trials/hour"
echo "2 workers: $trials trials in $(printf %.1f "$two") s = $(echo "$trials * 3600 / $two" | bc) trials/hour ($(cut -d" " -f8 "$tmp/two-a.out") + $(cut -d" " -f8 "$tmp/two-b.out") trials)"
echo "speed-up:  $(echo "scale=2; $one / $two" | bc)x"
echo "tuner overhead per trial (1 worker, excluding Fit): $(echo "scale=1; ($wall - $fit) * 1000 / $run" | bc) ms (Search $wall s, Fit $fit s, $run trials)"
