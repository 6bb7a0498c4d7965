#!/usr/bin/env bash
# Analyzer and generator cost on a synthetic project: MODELS models × NODES nodes (Dense/Dropout/Activate/Flatten
# chains) plus one Fit call with callbacks per model. Writes the project to a temp dir, builds it once (restore, the
# repo's projects), then recompiles only it with -p:ReportAnalyzer=true and prints the compiler's own timings.
# Usage: benchmarks/analyzer-cost/run.sh [MODELS=200] [NODES=40]     (repo root is found from this script)
#        RUNS=3 (timed recompilations), KEEP=dir (copy the project and the last build log there)
set -euo pipefail
models=${1:-200}
nodes=${2:-40}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/typedgraph-analyzer-cost.XXXXXX")
trap 'rm -rf "$work"' EXIT

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
dotnet build "$work/Synthetic.csproj" -v:q -nologo > "$work/first-build.log" 2>&1 || { cat "$work/first-build.log"; exit 1; }

# Recompile only the synthetic project (its dependencies are built), three times; the compiler prints its timings.
for ((run = 1; run <= ${RUNS:-3}; run++)); do
  start=$(date +%s.%N)
  dotnet build "$work/Synthetic.csproj" --no-restore --no-dependencies --no-incremental -nologo -v:d -p:ReportAnalyzer=true -clp:PerformanceSummary > "$work/build.log" 2>&1
  end=$(date +%s.%N)
  echo "--- run $run: dotnet build wall time $(echo "$end - $start" | bc) s"
  # The compiler's ReportAnalyzer tables: totals (all analyzers / generators), then TypedGraph's rows (seconds, %, name).
  grep -E "Total (analyzer|generator) execution time|^ +[0-9.<]+ +[0-9<]+ +TypedGraph\." "$work/build.log" | sed 's/^ *//' | awk '!seen[$0]++'
  grep -E "^ +[0-9]+ ms +Csc +[0-9]+ calls" "$work/build.log" | sed 's/^ */Csc task: /'
done
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp -r "$work"/. "$KEEP"/; fi
