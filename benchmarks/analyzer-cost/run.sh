#!/usr/bin/env bash
# Analyzer and generator cost on a synthetic project: MODELS models × NODES nodes (Dense/Dropout/Activate/Flatten
# chains) plus one Fit call with callbacks per model. Writes the project to a temp dir, builds it once (restore, the
# repo's projects), then recompiles only it with -p:ReportAnalyzer=true and prints the compiler's own timings.
# Usage: benchmarks/analyzer-cost/run.sh [MODELS=200] [NODES=40]     (repo root is found from this script)
#        RUNS=3 (timed recompilations), KEEP=dir (copy the project and the last build log there),
#        CONFIGURATION=Release (the generator and analyzers are built in it, as `dotnet pack` ships them),
#        SERVER=1 (compile through the compiler server, VBCSCompiler, as `dotnet build` does by default: the analyzer
#        assemblies stay loaded and JIT-compiled between builds; without it every build is a fresh csc process)
set -euo pipefail
models=${1:-200}
nodes=${2:-40}
configuration=${CONFIGURATION:-Release}
server=()
if [ "${SERVER:-0}" = 1 ]; then server=(-p:UseSharedCompilation=true); fi
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/typedgraph-analyzer-cost.XXXXXX")
trap '[ -n "${KEEP:-}" ] && mkdir -p "$KEEP" && cp -r "$work"/. "$KEEP"/; rm -rf "$work"' EXIT

cat > "$work/Synthetic.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
    <ImplicitUsings>disable</ImplicitUsings>
    <NoWarn>\$(NoWarn);NU1603</NoWarn>
    <TypedGraphPatchTorchSharpNative>false</TypedGraphPatchTorchSharpNative>
  </PropertyGroup>
  <ItemGroup>
    <!-- The baseline project and the emitted generated files live below this folder; they are not this project's sources. -->
    <Compile Remove="baseline/**;generated/**" />
    <ProjectReference Include="$repo/src/TypedGraph/TypedGraph.csproj" />
    <ProjectReference Include="$repo/generators/TypedGraph.Generators/TypedGraph.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/analyzers/TypedGraph.Analyzers/TypedGraph.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
XML

mkdir -p "$work/Models"
for ((m = 0; m < models; m++)); do
  {
    echo "using TypedGraph;"
    echo "using static TypedGraph.Activation;"
    echo
    echo "namespace Synthetic;"
    echo
    echo "[Model]"
    echo "public sealed partial class Model$m"
    echo "{"
    echo "    [Input(8, 16)] public partial Node X { get; }"
    echo
    echo "    [Flatten] public partial Node Flat { get; }"
    for ((n = 2; n < nodes - 1; n++)); do
      case $((n % 3)) in
        2) echo "    [Dense($((32 + n % 5)), Activation = Relu)] public partial Node D$n { get; }" ;;
        0) echo "    [Dropout(0.1)] public partial Node R$n { get; }" ;;
        1) echo "    [Activate(Tanh)] public partial Node A$n { get; }" ;;
      esac
    done
    echo
    echo "    [Dense(10, Activation = Softmax)]"
    echo "    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]"
    echo "    public partial Node Probabilities { get; }"
    echo "}"
    echo
    echo "public static class Train$m"
    echo "{"
    echo "    public static void Run(Model$m model, Model$m.Inputs x, Model$m.Targets y) =>"
    echo "        model.Fit(x, y, epochs: 2, validationSplit: 0.2, callbacks: [new TypedGraph.Callbacks.EarlyStopping(monitor: \"val_acc\", patience: 1)]);"
    echo "}"
  } > "$work/Models/Model$m.cs"
done

echo "Synthetic project: $models models × $nodes nodes in $work"
dotnet build "$work/Synthetic.csproj" -c "$configuration" -v:q -nologo -p:EmitCompilerGeneratedFiles=true \
  -p:CompilerGeneratedFilesOutputPath="$work/generated" > "$work/first-build.log" 2>&1 || { cat "$work/first-build.log"; exit 1; }

# Baseline: the same sources plus the generated files checked in as ordinary sources, without TypedGraph's generator and
# analyzers. Csc(with) - Csc(baseline) is what TypedGraph adds to the build, whichever component the compiler charges
# for shared work. Both builds pass ReportAnalyzer (it has a cost of its own) and alternate order.
mkdir -p "$work/baseline/Emitted"
cp -r "$work/Models" "$work/baseline/"
find "$work/generated" -name '*.g.cs' -path '*TypedGraph.Generators*' -exec cp {} "$work/baseline/Emitted/" \;
grep -v 'OutputItemType="Analyzer"' "$work/Synthetic.csproj" > "$work/baseline/Baseline.csproj"
dotnet build "$work/baseline/Baseline.csproj" -c "$configuration" -v:q -nologo > "$work/baseline-build.log" 2>&1 || { cat "$work/baseline-build.log"; exit 1; }
echo "Baseline: $(ls "$work/baseline/Emitted" | wc -l) generated files, $(cat "$work/baseline/Emitted"/*.cs | wc -c) bytes"

csc_ms() { grep -E "^ +[0-9]+ ms +Csc +[0-9]+ calls" "$1" | awk '{ print $1 }'; }

build_with() {
  dotnet build "$work/Synthetic.csproj" -c "$configuration" --no-restore --no-dependencies --no-incremental -nologo -v:d \
    -p:ReportAnalyzer=true -clp:PerformanceSummary "${server[@]}" > "$work/build.log" 2>&1
  # The compiler's ReportAnalyzer tables: totals (all analyzers / generators), then TypedGraph's rows (seconds, %, name).
  grep -E "Total (analyzer|generator) execution time|^ +[0-9.<]+ +[0-9<]+ +TypedGraph\." "$work/build.log" | sed 's/^ *//' | awk '!seen[$0]++'
  with+=("$(csc_ms "$work/build.log")")
  # TypedGraph's share: its two assemblies' rows (generator + analyzers) over the whole Csc task.
  local seconds
  seconds=$(grep -E "^ +[0-9.<]+ +[0-9<]+ +TypedGraph\.(Generators|Analyzers), Version" "$work/build.log" | awk '!seen[$0]++ { gsub("<", "", $1); s += $1 } END { print s + 0 }')
  shares+=("$(awk -v s="$seconds" -v c="${with[-1]}" 'BEGIN { printf "%.1f", 100 * s * 1000 / c }')")
  echo "Csc task: ${with[-1]} ms; TypedGraph generator + analyzers: $seconds s = ${shares[-1]} % of it"
}

build_baseline() {
  dotnet build "$work/baseline/Baseline.csproj" -c "$configuration" --no-restore --no-dependencies --no-incremental -nologo -v:d \
    -p:ReportAnalyzer=true -clp:PerformanceSummary "${server[@]}" > "$work/baseline.log" 2>&1
  without+=("$(csc_ms "$work/baseline.log")")
  echo "Baseline Csc task (generated code as plain sources, no TypedGraph generator/analyzers): ${without[-1]} ms"
}

with=(); without=(); shares=()
if [ "${#server[@]}" -gt 0 ]; then
  # Start the server and load both projects' analyzers once; these builds are not counted.
  build_with > /dev/null; build_baseline > /dev/null
  with=(); without=(); shares=()
fi

# Recompile only the synthetic project (its dependencies are built) and the baseline, alternating which goes first
# (ABBA), so that neither profits more from the machine's or the server's state; the compiler prints its timings.
for ((run = 1; run <= ${RUNS:-3}; run++)); do
  echo "--- run $run"
  if ((run % 2)); then build_with; build_baseline; else build_baseline; build_with; fi
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
w=$(median "${with[@]}"); b=$(median "${without[@]}"); share=$(median "${shares[@]}")
echo "=== median TypedGraph share (ReportAnalyzer): $share % of Csc"
echo "=== median Csc: with TypedGraph $w ms, baseline $b ms: $(awk -v w="$w" -v b="$b" 'BEGIN { printf "%+.0f ms = %+.1f %% of the build'"'"'s Csc", w - b, 100 * (w - b) / w }')"
