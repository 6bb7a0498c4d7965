using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedGraph.Analyzers.Tests.Infrastructure;
using TypedGraph.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TypedGraph.Analyzers.Tests;

/// <summary>
/// What an editor does on a keystroke in a tuned model: the incremental generator re-runs on the edited compilation and
/// the declaration analyzer reports the space's diagnostics after every edit. The times are printed, not asserted (speed
/// is measured by benchmarks, not timed tests): docs/performance.md records them.
/// </summary>
public sealed class EditLatencyTests(ITestOutputHelper output)
{
    [Fact]
    public async System.Threading.Tasks.Task Each_edit_of_the_kernel_choices_reports_the_new_failing_point()
    {
        var all = TestCompilation.Case("SearchSpaces.cs");
        var (plain, _) = Markup.Parse(all[..all.IndexOf("// The second convolution", StringComparison.Ordinal)]);
        var compilation = AnalyzerRun.Compilation(null, plain);
        var driver = TestCompilation.CreateDriver();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);

        // Each edit adds a larger kernel: 28 → 29 − K → ⌊(29 − K)/2⌋ → ⌊(29 − K)/2⌋ − K + 1, which is 2 at K = 9, then −1, −4, −7, −10
        // at K = 11, 13, 15, 17, where TG0009 names the largest kernel.
        var times = new List<TimeSpan>();
        var reported = new List<string>();
        var tree = compilation.SyntaxTrees.Single();
        foreach (var largest in new[] { 9, 11, 13, 15, 17 })
        {
            var text = tree.GetText();
            var at = text.ToString().IndexOf("[Choice(3, 5, 7", StringComparison.Ordinal) + "[Choice(3, 5, 7".Length;
            var edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(at, 0), $", {largest}")));
            var watch = Stopwatch.StartNew();
            compilation = compilation.ReplaceSyntaxTree(tree, edited);
            tree = edited;
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
            var diagnostics = await generated.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ModelDeclarationAnalyzer()))
                .GetAnalyzerDiagnosticsAsync();
            times.Add(watch.Elapsed);
            reported.Add(string.Join(";", diagnostics.Select(d => AnalyzerRun.Message(d))));
        }

        // The first edit also JIT-compiles the generator and analyzer paths; the later ones are what typing costs.
        output.WriteLine("edit → diagnostics: " + string.Join(", ", times.Select(t => $"{t.TotalMilliseconds:F0} ms")));
        Assert.Equal(string.Empty, reported[0]);
        Assert.Equal(
            ["(N, 32, -1, -1)", "(N, 32, -4, -4)", "(N, 32, -7, -7)", "(N, 32, -10, -10)"],
            reported.Skip(1).Select(r => System.Text.RegularExpressions.Regex.Match(r, @"gives (\(N[^)]*\))").Groups[1].Value));
        Assert.All(reported.Skip(1).Zip([11, 13, 15, 17]), r => Assert.Contains($"with Kernel = {r.Second}: P1", r.First, StringComparison.Ordinal));
    }
}
