using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests;

/// <summary>The generated source of each case, against its verified snapshot; and it must compile cleanly.</summary>
public sealed class GeneratorSnapshotTests
{
    [Theory]
    [InlineData("Mlp.cs")]
    [InlineData("SequenceTagger.cs")]
    [InlineData("ConvNets.cs")]
    [InlineData("Composite.cs")]
    [InlineData("ParameterNames.cs")]
    [InlineData("Tuned.cs")]
    [InlineData("TunedLayers.cs")]
    public void Generated_code_compiles_without_diagnostics(string file)
    {
        var (output, _) = TestCompilation.Generate(TestCompilation.Create(TestCompilation.Case(file)));

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString());
        Assert.True(!problems.Any(), string.Join(System.Environment.NewLine, problems));
    }

    [Fact]
    public void Mlp() => Verify("Mlp.cs");

    [Fact]
    public void SequenceTagger() => Verify("SequenceTagger.cs");

    [Fact]
    public void ConvNet() => Verify("ConvNets.cs");

    [Fact]
    public void Composite() => Verify("Composite.cs");

    [Fact]
    public void Tuned() => Verify("Tuned.cs");

    [Fact]
    public void TunedLayers() => Verify("TunedLayers.cs");

    private static void Verify(string file, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        var (_, run) = TestCompilation.Generate(TestCompilation.Create(TestCompilation.Case(file)));
        Snapshot.Verify(run, nameof(GeneratorSnapshotTests), method);
    }
}
