using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedGraph.Analyzers.Tests.Infrastructure;
using TypedGraph.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TypedGraph.Analyzers.Tests.Fuzz;

/// <summary>
/// Robustness: mutated model declarations (see <see cref="Mutator"/>) never make the generator or an analyzer throw: no
/// CS8784/CS8785 (generator failed), no AD0001 (analyzer threw), no exception from the driver, no hang.
/// CI runs <see cref="DefaultCases"/> cases with a seed that changes every run (<see cref="RotatingSeed"/>), printed in the
/// test output and in every failure; <c>TYPEDGRAPH_FUZZ_SEED=&lt;seed&gt;</c> reproduces a run, and the long run is
/// <c>TYPEDGRAPH_FUZZ_CASES=10000 dotnet test tests/TypedGraph.Analyzers.Tests --filter FullyQualifiedName~Mutated</c>.
/// A failing case is printed in full with its seed and index.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public const string CasesVariable = "TYPEDGRAPH_FUZZ_CASES";
    public const string SeedVariable = "TYPEDGRAPH_FUZZ_SEED";
    public const int DefaultCases = 500;

    /// <summary>Environment variables that number CI runs, in order of preference; the first one set seeds the run.</summary>
    private static readonly string[] s_runVariables = ["GITHUB_RUN_ID", "BUILD_BUILDID", "CI_PIPELINE_ID", "BUILD_NUMBER"];
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    /// <summary>One compilation without sources: each case adds its trees to it, so the referenced assemblies' symbols are built once.</summary>
    private static readonly Lazy<Microsoft.CodeAnalysis.CSharp.CSharpCompilation> s_empty = new(() => TestCompilation.Create());

    [Fact]
    public void Mutated_declarations_never_crash_the_generator_or_the_analyzers()
    {
        var cases = Variable(CasesVariable, DefaultCases);
        var (seed, origin) = Seed();
        var seeds = Seeds();
        output.WriteLine($"fuzz seed {seed} ({origin}); reproduce with {SeedVariable}={seed}, run longer with {CasesVariable}=10000");
        var failures = new ConcurrentBag<(int Case, string Report)>();
        var started = DateTime.UtcNow;

        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (index, state) =>
        {
            if (failures.Count >= 3)
            {
                state.Stop();
                return;
            }

            var (name, sources, log) = MakeCase(seeds, seed, index);
            var problem = RunWithTimeout(sources);
            if (problem is not null)
            {
                failures.Add((index, Report(seed, index, name, log, sources, problem)));
            }
        });

        output.WriteLine($"{cases} cases from {seeds.Count} seed declarations ({SeedVariable}={seed}) in {(DateTime.UtcNow - started).TotalSeconds:F1} s, {failures.Count} failed");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine + Environment.NewLine, failures.OrderBy(f => f.Case).Select(f => f.Report)));
    }

    /// <summary>Re-runs one case: set <c>TYPEDGRAPH_FUZZ_CASE</c> to its index (and the seed it failed with).</summary>
    [Fact]
    public void A_single_case_can_be_replayed()
    {
        var index = Variable("TYPEDGRAPH_FUZZ_CASE", 0);
        var (seed, _) = Seed();
        var (name, sources, log) = MakeCase(Seeds(), seed, index);

        var problem = RunWithTimeout(sources);

        Assert.True(problem is null, Report(seed, index, name, log, sources, problem ?? string.Empty));
    }

    private static (string Name, string[] Sources, List<string> Log) MakeCase(List<(string Name, string[] Sources)> seeds, int seed, int index)
    {
        var random = new Random(unchecked((seed * 7919) + index));
        var (name, original) = seeds[random.Next(seeds.Count)];
        var sources = original.ToArray();
        var log = new List<string>();
        var mutations = 1 + random.Next(4);
        for (var m = 0; m < mutations; m++)
        {
            var file = random.Next(sources.Length);
            log.Add($"file {file}:");
            sources[file] = Mutator.Mutate(sources[file], random, log);
        }

        return (name, sources, log);
    }

    private static string? RunWithTimeout(string[] sources)
    {
        var run = Task.Run(() => Run(sources));
        return run.Wait(CaseTimeout) ? run.Result : $"did not finish within {CaseTimeout.TotalSeconds} s (hang?)";
    }

    /// <summary>Generator and analyzers on one case; a description of what went wrong, or null.</summary>
    private static string? Run(string[] sources)
    {
        try
        {
            var compilation = s_empty.Value.AddSyntaxTrees(
                sources.Select((s, i) => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(s, TestCompilation.ParseOptions, path: $"Model{i}.cs")));
            var driver = TestCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
            var crashed = driver.GetRunResult().Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()).ToList();
            crashed.AddRange(generatorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785").Select(d => d.ToString()));
            if (crashed.Count > 0)
            {
                return "generator failed:" + Environment.NewLine + string.Join(Environment.NewLine, crashed);
            }

            var exceptions = new ConcurrentBag<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            // Analyze the declarations' trees only: binding the generated code is the compiler's job, and the slowest part.
            var withAnalyzers = generated.WithAnalyzers(AnalyzerRun.Analyzers, options);
            var diagnostics = new List<Diagnostic>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                diagnostics.AddRange(withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).GetAwaiter().GetResult());
                diagnostics.AddRange(withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(generated.GetSemanticModel(tree), null, CancellationToken.None).GetAwaiter().GetResult());
            }

            foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
            {
                exceptions.Add(diagnostic.ToString());
            }

            return exceptions.IsEmpty ? null : "analyzer failed:" + Environment.NewLine + string.Join(Environment.NewLine, exceptions);
        }
        catch (Exception exception)
        {
            return "exception from the driver: " + exception;
        }
    }

    private static string Report(int seed, int index, string name, List<string> log, string[] sources, string problem) =>
        $"Fuzz case {index} ({SeedVariable}={seed}, TYPEDGRAPH_FUZZ_CASE={index}) from seed '{name}'{Environment.NewLine}"
        + $"mutations: {string.Join("; ", log)}{Environment.NewLine}{problem}{Environment.NewLine}"
        + string.Join(Environment.NewLine, sources.Select((s, i) => $"----- source {i} -----{Environment.NewLine}{s}"));

    /// <summary>The declarations to mutate: the generator tests' and analyzer tests' cases one by one, the samples' models and the applications' models each as one compilation.</summary>
    private static List<(string Name, string[] Sources)> Seeds()
    {
        var root = AppContext.BaseDirectory;
        var seeds = new List<(string, string[])>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "Seeds", "Generators"), "*.cs").Concat(Directory.GetFiles(Path.Combine(root, "Cases"), "*.cs")).Order(StringComparer.Ordinal))
        {
            seeds.Add((Path.GetFileName(file), [Markup.Parse(File.ReadAllText(file)).Source]));
        }

        foreach (var group in new[] { "Samples", "Applications" })
        {
            var directory = Path.Combine(root, "Seeds", group);
            var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray() : [];
            if (files.Length > 0)
            {
                seeds.Add((group, files));
            }
        }

        return seeds;
    }

    /// <summary>
    /// The run's seed: <c>TYPEDGRAPH_FUZZ_SEED</c> when set; else the CI run's number; else <see cref="RotatingSeed"/> of
    /// today, so that consecutive days cover different cases.
    /// </summary>
    private static (int Seed, string Origin) Seed()
    {
        if (Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } given
            && int.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            return (seed, SeedVariable);
        }

        foreach (var name in s_runVariables)
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } run)
            {
                return (RotatingSeed(run), name + "=" + run);
            }
        }

        var today = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return (RotatingSeed(today), "UTC date " + today);
    }

    /// <summary>A stable (FNV-1a) non-negative seed from a run number or a date: not <see cref="string.GetHashCode()"/>, which changes per process.</summary>
    public static int RotatingSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash & int.MaxValue);
    }

    private static int Variable(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
