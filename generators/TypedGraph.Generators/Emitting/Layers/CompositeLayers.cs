using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;
using static TypedGraph.Generators.Emitting.EmitContext;

namespace TypedGraph.Generators.Emitting.Layers;

/// <summary>Models used as layers (optionally repeated) and custom modules.</summary>
internal static class CompositeLayers
{
    public static string SubmodelType(SubmodelLayerSpec submodel) => submodel.Repeat == 1
        ? submodel.Model.FullTypeName
        : $"global::TorchSharp.Modules.ModuleList<{submodel.Model.FullTypeName}>";

    public static IEnumerable<string> ConstructSubmodel(string field, SubmodelLayerSpec submodel)
    {
        var type = submodel.Model.FullTypeName;
        yield return submodel.Repeat == 1
            ? $"{field} = new {type}();"
            : $"{field} = {Nn}.ModuleList({string.Join(", ", Enumerable.Repeat($"new {type}()", submodel.Repeat))});";
    }

    /// <summary>The statements of a submodel step; a repeated one is a loop over its instances.</summary>
    public static IEnumerable<string> Submodel(EmitContext context, SubmodelLayerSpec submodel)
    {
        var local = context.Local;
        var type = submodel.Model.FullTypeName;
        var output = submodel.Output ?? SingleOutput(submodel.Model);
        if (submodel.Repeat == 1)
        {
            yield return $"var {local} = {context.Field}.forward(new {type}.Inputs({string.Join(", ", context.Inputs)})).{output};";
            yield break;
        }

        var block = context.Loop;
        yield return $"var {local} = {context.X};";
        yield return $"foreach (var {block} in {context.Field})";
        yield return "{";
        yield return $"    {local} = {block}.forward(new {type}.Inputs({local})).{output};";
        yield return "}";
    }

    public static IEnumerable<string> ConstructCustom(string field, CustomLayerSpec custom)
    {
        yield return $"{field} = new {custom.TypeName}();";
    }

    /// <summary>A static field holding a custom layer's declared shape, so the run-time check allocates nothing.</summary>
    public static string ShapeField(string node) => $"s_{char.ToLowerInvariant(node[0])}{node.Substring(1)}Shape";

    public static string Custom(EmitContext context) =>
        $"{Tg}.ShapeChecks.Declared({Literal.String(context.Node.Name)}, {context.Field}.forward({context.X}), {ShapeField(context.Node.Name)})";

    private static string SingleOutput(ModelSpec model) => model.Nodes.First(n => n.Output is not null).Name;
}
