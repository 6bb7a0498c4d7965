#!/bin/sh
# Tuning throughput: the tuning worker (tests/TypedGraph.Tuning.Worker: the hand-written TunedMlp's 18-point space,
# SQLite study, 1 torch thread per process) runs, in each of ROUNDS interleaved rounds:
#   one     - the TRIALS trials in one process;
#   shared  - the same trials in two processes sharing one study (the tuner's multi-worker mode);
#   ceiling - two independent processes, each running the whole TRIALS-trial study in its own directory: the
#             throughput this machine gives two copies of exactly this workload, with nothing shared.
# Prints per round and the medians: trials per hour, speed-up shared/one, ceiling 2·one/pair, and the tuner's share of
# the ceiling; plus the tuner's overhead per trial: a worker's wall time of Search minus its time inside Fit, divided by
# its trials, for the single worker and for the two sharing a study (claims, model construction, weight snapshots, checkpoint and HParams writes, objective check).
# Usage: benchmarks/tuning/run.sh   (ROUNDS, TRIALS, EPOCHS, SAMPLES, BATCH, STRATEGY, CONFIGURATION override the defaults)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
config=${CONFIGURATION:-Release}
rounds=${ROUNDS:-5}
trials=${TRIALS:-18}
epochs=${EPOCHS:-4}
samples=${SAMPLES:-32768}
strategy=${STRATEGY:-Grid}
batch=${BATCH:-64}
worker="$root/tests/TypedGraph.Tuning.Worker/bin/$config/net10.0/TypedGraph.Tuning.Worker.dll"
[ -f "$worker" ] || dotnet build "$root/tests/TypedGraph.Tuning.Worker" -c "$config" -v q --nologo >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args="--strategy $strategy --max-trials $trials --epochs $epochs --samples $samples --batch-size $batch --seed 3"
now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
pair() { # runs the worker twice at once with directories $1 and $2 (outputs $3-a.out, $3-b.out), prints the wall time
    start=$(now)
    dotnet "$worker" --directory "$1" $args > "$3-a.out" &
    a=$!
    dotnet "$worker" --directory "$2" $args > "$3-b.out" &
    b=$!
    wait $a
    wait $b
    echo "$(now) - $start" | bc -l
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds of $trials $strategy trials, $epochs epochs, $samples samples, batch $batch"
r=1
while [ "$r" -le "$rounds" ]; do
    start=$(now)
    dotnet "$worker" --directory "$tmp/one$r" $args > "$tmp/one$r.out"
    one=$(echo "$(now) - $start" | bc -l)
    shared=$(pair "$tmp/shared$r" "$tmp/shared$r" "$tmp/shared$r")
    ceiling=$(pair "$tmp/a$r" "$tmp/b$r" "$tmp/ceiling$r")
    overhead=$(awk '{ print ($6 - $4) * 1000 / $8 }' "$tmp/one$r.out")   # done N fit-seconds F wall-seconds W trials-run T
    sharedOverhead=$(cat "$tmp/shared$r-a.out" "$tmp/shared$r-b.out" | awk '{ outside += $6 - $4; n += $8 } END { print outside * 1000 / n }')
    echo "$one $shared $ceiling $overhead $sharedOverhead" >> "$tmp/rounds"
    printf 'round %d: one %.1f s, shared %.1f s (trials run: %s + %s), two independent studies %.1f s; speed-up %.2fx, ceiling %.2fx\n' \
        "$r" "$one" "$shared" "$(cut -d' ' -f8 "$tmp/shared$r-a.out")" "$(cut -d' ' -f8 "$tmp/shared$r-b.out")" "$ceiling" \
        "$(echo "$one / $shared" | bc -l)" "$(echo "2 * $one / $ceiling" | bc -l)"
    r=$((r + 1))
done

one=$(cut -d' ' -f1 "$tmp/rounds" | median)
shared=$(cut -d' ' -f2 "$tmp/rounds" | median)
speedup=$(awk '{ print $1 / $2 }' "$tmp/rounds" | median)
ceiling=$(awk '{ print 2 * $1 / $3 }' "$tmp/rounds" | median)
share=$(awk '{ print ($1 / $2) / (2 * $1 / $3) }' "$tmp/rounds" | median)
overhead=$(cut -d' ' -f4 "$tmp/rounds" | median)
sharedOverhead=$(cut -d' ' -f5 "$tmp/rounds" | median)
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '1 worker:  %.0f trials/hour (median %.1f s)\n' "$(echo "$trials * 3600 / $one" | bc -l)" "$one"
printf '2 workers: %.0f trials/hour (median %.1f s)\n' "$(echo "$trials * 3600 / $shared" | bc -l)" "$shared"
printf 'speed-up (median of rounds): %.2fx; two independent copies of the same workload (ceiling): %.2fx; tuner reaches %.0f%% of the ceiling\n' \
    "$speedup" "$ceiling" "$(echo "$share * 100" | bc -l)"
printf 'tuner overhead per trial excluding Fit (median): 1 worker %.1f ms, 2 workers sharing the study %.1f ms (claims that wait for the other worker show here)\n' "$overhead" "$sharedOverhead"
