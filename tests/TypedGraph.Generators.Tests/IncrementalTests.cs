using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests;

/// <summary>The pipeline caches: edits that do not change a model leave every tracked step Cached or Unchanged.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] s_trackedSteps = [ModelGenerator.Steps.Parse, ModelGenerator.Steps.Analyze];

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached()
    {
        var compilation = TestCompilation.Create(TestCompilation.Case("Mlp.cs"), "namespace Other; public static class Helper { public static int Value => 1; }");
        var driver = TestCompilation.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("namespace Other; public static class Helper { public static int Value => 2; }", TestCompilation.ParseOptions, path: "Model1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllOutputs(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Moving_a_model_in_its_file_leaves_the_analysis_unchanged()
    {
        var source = TestCompilation.Case("Mlp.cs");
        var compilation = TestCompilation.Create(source);
        var driver = TestCompilation.CreateDriver(trackSteps: true).RunGenerators(compilation);

        // Blank lines and a comment shift every location; the parse step re-runs but produces an equal model.
        var shifted = source.Replace("namespace Seeds;", "namespace Seeds;\n\n// moved\n\n", System.StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(shifted, TestCompilation.ParseOptions, path: "Model0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var parse = result.TrackedSteps[ModelGenerator.Steps.Parse].Single().Outputs.Single().Reason;
        Assert.Equal(IncrementalStepRunReason.Unchanged, parse);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_tuned_model_is_cached_until_its_space_changes()
    {
        var source = TestCompilation.Case("Tuned.cs");
        var compilation = TestCompilation.Create(source);
        var driver = TestCompilation.CreateDriver(trackSteps: true).RunGenerators(compilation);

        // Shifting every location re-parses to equal specs (hyper-parameters included): nothing downstream runs.
        var shifted = source.Replace("namespace Seeds.Tuning;", "namespace Seeds.Tuning;\n\n// moved\n", System.StringComparison.Ordinal);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(shifted, TestCompilation.ParseOptions, path: "Model0.cs")));
        var result = driver.GetRunResult().Results.Single();
        Assert.All(result.TrackedSteps[ModelGenerator.Steps.Parse].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // A new kernel choice changes the first model's space: its analysis runs again, the other three models' do not.
        var widened = shifted.Replace("[Choice(3, 5, 7)]", "[Choice(3, 5, 7, 9)]", System.StringComparison.Ordinal);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(widened, TestCompilation.ParseOptions, path: "Model0.cs")));
        var analyzed = driver.GetRunResult().Results.Single().TrackedSteps[ModelGenerator.Steps.Analyze].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached], analyzed);
    }

    [Fact]
    public void Changing_a_layer_reruns_the_analysis()
    {
        var source = TestCompilation.Case("Mlp.cs");
        var compilation = TestCompilation.Create(source);
        var driver = TestCompilation.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var changed = source.Replace("[Dense(32, Activation = Relu)] public partial Node Hidden2", "[Dense(16, Activation = Relu)] public partial Node Hidden2", System.StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(changed, TestCompilation.ParseOptions, path: "Model0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[ModelGenerator.Steps.Analyze].Single().Outputs.Single().Reason);
    }

    private static void AssertAllOutputs(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
    {
        foreach (var step in s_trackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, allowed));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, allowed));
    }
}
