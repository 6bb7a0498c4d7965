using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using TypedGraph.Analyzers.Tests.Infrastructure;
using TypedGraph.CodeFixes;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>
/// Code fixes: Fix-All in a document gives exactly the <c>.fixed.cs</c> file, and the fixed source no longer has the
/// diagnostic (the generator runs again on it).
/// </summary>
public sealed class CodeFixTests
{
    public static TheoryData<string, string, int, int, string> Cases => new()
    {
        { nameof(MakePartialCodeFix), "NotPartial", 0, 0, "fixed" },
        { nameof(AddValidationSplitCodeFix), "MissingValidation", 0, 1, "fixed" },
        // The monitor given through a constant is not a literal: no fix, the diagnostic stays.
        { nameof(ReplaceMonitorCodeFix), "UnknownMonitor", 0, 1, "fixed" },
        { nameof(ResidualProjectionCodeFix), "ResidualAfterPooling", 0, 0, "fixed" },
        { nameof(MonitorModeCodeFix), "MonitorMode", 0, 0, "fixed" },
        // Auto only where the runtime's rule picks the right direction: not for a loss whose name contains acc.
        { nameof(MonitorModeCodeFix), "MonitorMode", 1, 1, "auto" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fix_all_gives_the_fixed_file(string fix, string file, int action, int remaining, string expected)
    {
        var provider = Provider(fix);
        var source = TestCompilation.Case($"CodeFixes/{file}.cs");

        var fixedSource = CodeFixRun.FixAll(provider, source, action);

        Assert.Equal(TestCompilation.Case($"CodeFixes/{file}.{expected}.cs").ReplaceLineEndings(), fixedSource.ReplaceLineEndings());
        var left = AnalyzerRun.Diagnostics(null, fixedSource).Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToList();
        Assert.Equal(remaining, left.Count);
    }

    [Fact]
    public void A_single_fix_changes_only_its_own_declaration()
    {
        var fixedSource = CodeFixRun.FixFirst(new MakePartialCodeFix(), TestCompilation.Case("CodeFixes/NotPartial.cs"));

        Assert.Contains("public static partial class Outer", fixedSource, System.StringComparison.Ordinal);
        Assert.Contains("public sealed partial class First", fixedSource, System.StringComparison.Ordinal);
        Assert.Contains("[Input(8)] public Node X { get; }", fixedSource, System.StringComparison.Ordinal);
        Assert.Contains("internal class Second", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_say_what_the_fix_does()
    {
        Assert.Equal(
            ["Monitor 'val_gender_acc'", "Monitor 'val_age_loss'", "Monitor 'age_mae'"],
            CodeFixRun.Titles(new ReplaceMonitorCodeFix(), TestCompilation.Case("CodeFixes/UnknownMonitor.cs")));
        // Five TG0020 on tensor Fit calls, one on the streaming Fit (no split there: no fix offered).
        Assert.Equal(
            Enumerable.Repeat("Validate on the last 20% of the data (validationSplit: 0.2)", 5),
            CodeFixRun.Titles(new AddValidationSplitCodeFix(), TestCompilation.Case("CodeFixes/MissingValidation.cs")));
        Assert.Equal(
            ["Project 'Block' with a 1×1 Conv2d(64, 1, Stride = 2)"],
            CodeFixRun.Titles(new ResidualProjectionCodeFix(), TestCompilation.Case("CodeFixes/ResidualAfterPooling.cs")));
        Assert.Equal(
            [
                "Use MonitorMode.Max", "Use MonitorMode.Auto", "Use MonitorMode.Min", "Use MonitorMode.Auto", "Use MonitorMode.Max", "Use MonitorMode.Auto",
                "Use MonitorMode.Min", "Use MonitorMode.Auto", "Use MonitorMode.Min",
            ],
            CodeFixRun.Titles(new MonitorModeCodeFix(), TestCompilation.Case("CodeFixes/MonitorMode.cs")));
    }

    private static CodeFixProvider Provider(string name) => name switch
    {
        nameof(MakePartialCodeFix) => new MakePartialCodeFix(),
        nameof(AddValidationSplitCodeFix) => new AddValidationSplitCodeFix(),
        nameof(ResidualProjectionCodeFix) => new ResidualProjectionCodeFix(),
        nameof(MonitorModeCodeFix) => new MonitorModeCodeFix(),
        _ => new ReplaceMonitorCodeFix(),
    };
}
