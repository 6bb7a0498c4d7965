using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests;

/// <summary>A node attribute the compiler cannot bind is one compiler error, not one more per property.</summary>
public sealed class UnknownAttributeTests
{
    [Fact]
    public void A_misspelt_layer_attribute_gives_the_compilers_error_and_nothing_else()
    {
        const string source = """
            using TypedGraph;

            [Model]
            public sealed partial class Misspelt
            {
                [Input(8)] public partial Node X { get; }
                [Dense(4)] public partial Node A { get; }
                [Dense3d(4)] public partial Node B { get; }
                [Dense(2)]
                [Output]
                public partial Node C { get; }
            }
            """;

        var (output, _) = TestCompilation.Generate(TestCompilation.Create(source));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToList();

        Assert.DoesNotContain("CS9248", errors);
        Assert.All(errors, id => Assert.Equal("CS0246", id));
        Assert.NotEmpty(errors);
    }
}
