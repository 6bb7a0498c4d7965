using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests;

/// <summary>
/// Why a model with submodels cannot be exported to PyTorch: the reason of the submodel, nested as deep as the
/// submodels are, and two submodels whose classes share a name anywhere below. Each submodel's reason is decided once
/// (the emitter analyses each submodel once per emission); these pin the messages it composes.
/// </summary>
public sealed class PyTorchExportReasonTests
{
    private const string Source = """
        using TypedGraph;
        using static TorchSharp.torch;

        namespace Reasons
        {
            public sealed class Twice : nn.Module<Tensor, Tensor>
            {
                public Twice()
                    : base(nameof(Twice))
                {
                }

                public override Tensor forward(Tensor input) => input * 2;
            }

            [Model]
            public sealed partial class Inner
            {
                [Input(4)] public partial Node X { get; }

                [Custom(typeof(Twice), OutputShape = [4])]
                [Output]
                public partial Node Doubled { get; }
            }

            [Model]
            public sealed partial class Middle
            {
                [Input(4)] public partial Node X { get; }

                [Submodel(typeof(Inner))]
                [Output]
                public partial Node Wrapped { get; }
            }

            [Model]
            public sealed partial class Outer
            {
                [Input(4)] public partial Node X { get; }

                [Submodel(typeof(Middle))] public partial Node Mid { get; }

                [Dense(2)]
                [Output(Loss.MeanSquaredError)]
                public partial Node Y { get; }
            }

            [Model]
            public sealed partial class Wrapper
            {
                [Input(4)] public partial Node X { get; }

                [Submodel(typeof(A.Block))] public partial Node First { get; }

                [Submodel(typeof(B.Block))]
                [Output]
                public partial Node Second { get; }
            }

            [Model]
            public sealed partial class Host
            {
                [Input(4)] public partial Node X { get; }

                [Submodel(typeof(Wrapper))]
                [Output]
                public partial Node W { get; }
            }
        }

        namespace Reasons.A
        {
            [Model]
            public sealed partial class Block
            {
                [Input(4)] public partial Node X { get; }

                [Dense(4)]
                [Output]
                public partial Node Y { get; }
            }
        }

        namespace Reasons.B
        {
            [Model]
            public sealed partial class Block
            {
                [Input(4)] public partial Node X { get; }

                [Dense(4)]
                [Output]
                public partial Node Y { get; }
            }
        }
        """;

    private const string CustomReason =
        "it is a [Custom] layer (Twice), a TorchSharp module written in C# whose PyTorch form TypedGraph cannot know; replace it with built-in layers, or port it to Python by hand";

    private const string Clash = "the submodels Reasons.A.Block and Reasons.B.Block share the class name Block, which must be unique in model.py";

    [Theory]
    [InlineData("Inner", $"node 'Doubled' (Custom(typeof(Twice))): {CustomReason}")]
    [InlineData("Middle", $"node 'Wrapped' (Submodel(typeof(Inner))): its submodel Inner cannot be exported: node 'Doubled' (Custom(typeof(Twice))): {CustomReason}")]
    [InlineData("Outer", $"node 'Mid' (Submodel(typeof(Middle))): its submodel Middle cannot be exported: node 'Wrapped' (Submodel(typeof(Inner))): its submodel Inner cannot be exported: node 'Doubled' (Custom(typeof(Twice))): {CustomReason}")]
    [InlineData("Wrapper", Clash)]
    [InlineData("Host", $"node 'W' (Submodel(typeof(Wrapper))): its submodel Wrapper cannot be exported: {Clash}")]
    public void The_reason_names_the_node_at_fault_inside_the_submodels(string model, string reason) =>
        Assert.Equal($"Model '{model}' cannot be exported to PyTorch: {reason}.", Reason(model));

    [Fact]
    public void A_submodel_that_exports_gives_its_class()
    {
        var (output, _) = TestCompilation.Generate(TestCompilation.Create(Source));
        var block = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Reasons.A.Block.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Contains("protected override string PyTorchSource =>", block);
        Assert.Contains("class Block(nn.Module):", block);
        Assert.DoesNotContain("NotSupportedException", block);
    }

    /// <summary>The message <c>PyTorchSource</c> throws in <paramref name="model"/>'s generated class.</summary>
    private static string Reason(string model)
    {
        var (output, _) = TestCompilation.Generate(TestCompilation.Create(Source));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var generated = output.SyntaxTrees.Single(t => t.FilePath.EndsWith($"Reasons.{model}.g.cs", System.StringComparison.Ordinal)).ToString();
        var thrown = Regex.Match(generated, "PyTorchSource => throw new global::System.NotSupportedException\\((\".*\")\\);");
        Assert.True(thrown.Success, $"{model}'s PyTorchSource does not throw");
        return (string)Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression(thrown.Groups[1].Value).GetFirstToken().Value!;
    }
}
