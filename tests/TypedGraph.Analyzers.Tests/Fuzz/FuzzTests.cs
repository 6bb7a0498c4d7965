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
/// CI runs <see cref="DefaultCases"/> cases with the fixed <see cref="DefaultSeed"/>: the same cases every run, so a red
/// run means a change broke one of them, never that a rotating seed happened upon an old rare crash in an unrelated
/// change. Exploring is a local run with other seeds and more cases: <c>TYPEDGRAPH_FUZZ_SEED=&lt;seed&gt;</c> (any
/// integer) and <c>TYPEDGRAPH_FUZZ_CASES=10000 dotnet test tests/TypedGraph.Analyzers.Tests --filter
/// FullyQualifiedName~Mutated</c>; a crash found so is fixed, and its case added to the generator or analyzer tests.
/// The seed is printed in the test output and in every failure; a failing case is printed in full with its index.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public const string CasesVariable = "TYPEDGRAPH_FUZZ_CASES";
    public const string SeedVariable = "TYPEDGRAPH_FUZZ_SEED";
    public const int DefaultCases = 500;

    /// <summary>The seed without <see cref="SeedVariable"/>.</summary>
    public const int DefaultSeed = 20261201;

    /// <summary>A case still running after this is a hang (a case takes well under a second; the run's own thread measures it, not a queue).</summary>
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

    /// <summary>
    /// Runs the case on a thread of its own: a <c>Task.Run</c> waited for from inside <c>Parallel.For</c> queues behind the
    /// thread pool's other work (this test's other iterations, other test classes), so under load its timeout would
    /// measure the queue, not the case.
    /// </summary>
    private static string? RunWithTimeout(string[] sources)
    {
        string? problem = null;
        var thread = new Thread(() => problem = Run(sources)) { IsBackground = true, Name = "fuzz case" };
        thread.Start();
        return thread.Join(CaseTimeout) ? problem : $"did not finish within {CaseTimeout.TotalSeconds} s (hang?)";
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

    /// <summary>The run's seed: <c>TYPEDGRAPH_FUZZ_SEED</c> when set (exploring), else <see cref="DefaultSeed"/>.</summary>
    private static (int Seed, string Origin) Seed()
    {
        if (Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } given)
        {
            Assert.True(int.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed), $"{SeedVariable}='{given}' is not an integer.");
            return (seed, SeedVariable);
        }

        return (DefaultSeed, "the fixed default");
    }

    private static int Variable(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
