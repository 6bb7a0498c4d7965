using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests;

/// <summary>
/// The <c>object</c> overloads that take <c>nameof(hyper-parameter)</c> win only when an argument is not of a pinned
/// overload's type: literal sizes, <c>int[]</c> kernels and numeric rates still bind the pinned constructors.
/// </summary>
public sealed class OverloadResolutionTests
{
    [Theory]
    [InlineData("Conv2d(nameof(F), nameof(K))", "object, object")]
    [InlineData("Conv2d(32, nameof(K))", "object, object")]
    [InlineData("Conv2d(nameof(F), 3)", "object, object")]
    [InlineData("Conv2d(32, new[] { 1, 7 })", "int, int[]")]
    [InlineData("Conv2d(32, 3)", "int, int")]
    [InlineData("Conv1d(nameof(F), 3)", "object, object")]
    [InlineData("Conv1d(8, 3)", "int, int")]
    [InlineData("SeparableConv2d(32, nameof(K))", "object, object")]
    [InlineData("SeparableConv2d(32, new[] { 1, 7 })", "int, int[]")]
    [InlineData("DepthwiseConv2d(nameof(K))", "object")]
    [InlineData("DepthwiseConv2d(3)", "int")]
    [InlineData("DepthwiseConv2d(new[] { 1, 3 })", "int[]")]
    [InlineData("MaxPool2d(nameof(K))", "object")]
    [InlineData("MaxPool2d(2)", "int")]
    [InlineData("MaxPool2d(new[] { 2, 3 })", "int[]")]
    [InlineData("AvgPool2d(nameof(K))", "object")]
    [InlineData("AvgPool2d(2)", "int")]
    [InlineData("AvgPool2d(new[] { 1, 3 })", "int[]")]
    [InlineData("MaxPool1d(nameof(K))", "object")]
    [InlineData("MaxPool1d(2)", "int")]
    [InlineData("AvgPool1d(nameof(K))", "object")]
    [InlineData("AvgPool1d(3, Stride = 1)", "int")]
    [InlineData("UpSampling2d(nameof(K))", "object")]
    [InlineData("UpSampling2d(2)", "int")]
    [InlineData("Dense(nameof(Units))", "object")]
    [InlineData("Dense(10)", "int")]
    [InlineData("Dropout(nameof(Rate))", "object")]
    [InlineData("Dropout(0.5)", "double")]
    [InlineData("Dropout(0)", "double")]
    [InlineData("Embedding(nameof(Units), nameof(F))", "object, object")]
    [InlineData("Embedding(1000, nameof(F))", "object, object")]
    [InlineData("Embedding(1000, 64)", "int, int")]
    [InlineData("MultiHeadAttention(nameof(F), 8)", "object, object")]
    [InlineData("MultiHeadAttention(2, 8)", "int, int")]
    [InlineData("Rescaling(nameof(Rate))", "object")]
    [InlineData("Rescaling(1.0 / 255)", "double")]
    [InlineData("Rescaling(2)", "double")]
    [InlineData("ZeroPadding2d(nameof(K))", "object")]
    [InlineData("ZeroPadding2d(1)", "int")]
    [InlineData("ZeroPadding2d(Bottom = 1)", "")]
    [InlineData("Cropping2d(nameof(K))", "object")]
    [InlineData("Cropping2d(1)", "int")]
    [InlineData("Cropping2d(Top = 1)", "")]
    [InlineData("Conv2dTranspose(nameof(F), nameof(K))", "object, object")]
    [InlineData("Conv2dTranspose(16, nameof(K))", "object, object")]
    [InlineData("Conv2dTranspose(16, 3)", "int, int")]
    public void Each_argument_form_binds_the_expected_constructor(string attribute, string parameters)
    {
        var source = $$"""
            using TypedGraph;
            public partial class M
            {
                [Choice(8, 16)] public partial int F { get; }
                [Choice(3, 5)] public partial int K { get; }
                [Choice(8, 16)] public partial int Units { get; }
                [Choice(0.0, 0.5)] public partial double Rate { get; }
                [{{attribute}}] public partial Node N { get; }
            }
            """;
        var compilation = TestCompilation.Create(source);
        var tree = compilation.SyntaxTrees.Single();
        var syntax = tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Last();
        var constructor = (IMethodSymbol)compilation.GetSemanticModel(tree).GetSymbolInfo(syntax).Symbol!;

        Assert.Equal(parameters, string.Join(", ", constructor.Parameters.Select(p => p.Type.ToDisplayString())));
    }
}
