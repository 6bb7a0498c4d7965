using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Custom(typeof(M))]</c>: a user module with a declared per-sample output shape, checked at run time.</summary>
[LayerKind(typeof(CustomAttribute))]
internal sealed record CustomLayer(string TypeName, string DisplayName, EquatableArray<Dim> OutputShape) : LayerSpec
{
    public override string KerasType => DisplayName;

    public static LayerSpec Parse(LayerReader reader)
    {
        var data = reader.Data;
        if (data.ConstructorArguments[0].Value is not INamedTypeSymbol module || !IsTensorModule(module) ||
            module.IsAbstract || !module.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
        {
            reader.ArgumentError(LayerReader.At(0), $"{data.ConstructorArguments[0].Value} must be a non-abstract torch.nn.Module<Tensor, Tensor> with a public parameterless constructor");
            return new InvalidLayer(reader.AttributeName);
        }

        var shape = reader.Attribute<CustomAttribute>().OutputShape ?? [];
        if (shape.Length == 0)
        {
            reader.AttributeError("a Custom layer must declare OutputShape, e.g. OutputShape = [\"T\", 64]");
        }

        var declared = ModelParser.NamedValues(data, nameof(CustomAttribute.OutputShape));
        var dims = ModelParser.ParseDims(reader, nameof(CustomAttribute.OutputShape), declared, allowInferred: false, argumentOffset: -1);
        return new CustomLayer(module.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), module.Name, dims);
    }

    private static bool IsTensorModule(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.Name == "Module" && t.Arity == 2 && t.ContainingType?.Name == "nn" && t.TypeArguments.All(a => a.Name == "Tensor"))
            {
                return true;
            }
        }

        return false;
    }

    public override string Describe() => $"Custom(typeof({DisplayName}))";

    public override InferenceResult Infer(InferContext context) => new(new TensorShape(OutputShape), CheckAtRunTime: true);

    /// <summary>Opaque to the generator: counted on a fresh instance when the search space is first read.</summary>
    public override string? ParametersAtRunTime(ConstructContext context) => $"CountParameters(new {TypeName}())";

    public override string? ModuleType(ConstructContext context) => TypeName;

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        yield return $"{context.Field} = new {TypeName}();";
    }

    /// <summary>A static field holding a custom layer's declared shape, so the run-time check allocates nothing.</summary>
    public static string ShapeField(string node) => $"s_{char.ToLowerInvariant(node[0])}{node.Substring(1)}Shape";

    protected override string Expression(EmitContext context) =>
        $"{ConstructContext.Tg}.ShapeChecks.Declared({Literal.String(context.Node.Name)}, {context.Field}.forward({context.X}), {ShapeField(context.Node.Name)})";

    public override string? PyTorchUnsupported =>
        $"it is a [Custom] layer ({DisplayName}), a TorchSharp module written in C# whose PyTorch form TypedGraph cannot know; replace it with built-in layers, or port it to Python by hand";

    /// <summary>No ONNX form: the module's forward is arbitrary TorchSharp code. Export stops with a message naming the node.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var reason = $"is a [Custom(typeof({DisplayName}))] layer: its forward is arbitrary TorchSharp code, which has no ONNX form. Export a model without it, or port the module to PyTorch by hand and export that to ONNX.";
        return context.Assign($"{OnnxContext.Builder}.Unsupported({Literal.String(context.Node.Name)}, {Literal.String(reason)})");
    }
}
