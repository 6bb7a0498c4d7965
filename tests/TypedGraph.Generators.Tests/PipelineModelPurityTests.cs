using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Parsing;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests;

/// <summary>
/// Walks every object reachable from the pipeline models and fails on anything that would pin a compilation or break
/// caching: symbols, syntax, locations, compilations, semantic models.
/// </summary>
public sealed class PipelineModelPurityTests
{
    private static readonly Type[] s_forbidden =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxToken), typeof(SyntaxTree), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(AttributeData)];

    [Theory]
    [InlineData("Mlp.cs")]
    [InlineData("SequenceTagger.cs")]
    [InlineData("InvalidReferences.cs")]
    [InlineData("InvalidForms.cs")]
    [InlineData("ConvNets.cs")]
    [InlineData("Composite.cs")]
    [InlineData("Tuned.cs")]
    [InlineData("TunedLayers.cs")]
    public void Pipeline_models_hold_only_plain_values(string file)
    {
        var (source, _) = Markup.Parse(TestCompilation.Case(file));
        var compilation = TestCompilation.Create(source);
        var models = compilation.SyntaxTrees.Single().GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
            .Select(c => (INamedTypeSymbol)compilation.GetSemanticModel(c.SyntaxTree).GetDeclaredSymbol(c)!)
            .Where(s => s.GetAttributes().Any(a => a.AttributeClass?.Name == "ModelAttribute"))
            .ToList();
        Assert.NotEmpty(models);

        foreach (var symbol in models)
        {
            var graph = GraphAnalyzer.Analyze(ModelParser.Parse(symbol, CancellationToken.None));
            Assert.All(graph.Nodes, n => Assert.True(graph.HasErrors || n.Shape is not null, $"{symbol.Name}.{n.Name} has no shape but the model reports no error"));
            Assert.NotEmpty(TypedGraph.Generators.Emitting.ModelEmitter.Emit(graph));
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            Walk(graph, "graph", visited);
            Assert.True(visited.Count > 10, "the walk must actually reach the model's contents");
        }
    }

    [Fact]
    public void Equal_declarations_give_equal_models()
    {
        var first = Analyze(TestCompilation.Case("SequenceTagger.cs"));
        var second = Analyze(TestCompilation.Case("SequenceTagger.cs"));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static ModelGraph Analyze(string source)
    {
        var compilation = TestCompilation.Create(source);
        var symbol = compilation.GetTypeByMetadataName("Seeds.Sequences.Holder+SequenceTagger")!;
        return GraphAnalyzer.Analyze(ModelParser.Parse(symbol, CancellationToken.None));
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        var bad = s_forbidden.FirstOrDefault(f => f.IsAssignableFrom(type));
        Assert.True(bad is null, $"{path} holds a {type.Name} ({bad?.Name})");
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (type.IsValueType)
        {
            visited.Add(value);
        }

        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{i++}]", visited);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), $"{path}.{field.Name}", visited);
        }
    }
}
