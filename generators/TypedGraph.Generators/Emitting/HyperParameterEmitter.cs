using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;
using TypedGraph.Tuning;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// Writes the tunable model's API (DESIGN §8) for a model with <c>[Choice]</c>/<c>[Range]</c> properties: the record
/// <c>M.HyperParameters</c>, the hyper-parameter properties, <c>GetHyperParameters()</c>, <c>Create</c> and the static
/// <c>SearchSpace</c> with its parameter-count range, computed here from the layers' counts
/// (<see cref="Layers.LayerSpec.Parameters"/>) by <see cref="SpaceExtremes"/>.
/// </summary>
internal static class HyperParameterEmitter
{
    public const string Field = "_hyperParameters";
    private const string SpaceField = "s_searchSpace";
    private const string Tuning = "global::TypedGraph.Tuning";
    private const string Values = "global::System.Collections.Generic.IReadOnlyDictionary<string, object>";

    /// <summary>The base-list entry of a tunable model.</summary>
    public static string Interface(string name) => $"{Tuning}.ITunableModel<{name}, {name}.HyperParameters>";

    /// <summary>The record of one point of the space, with its conversions from and to name → value pairs.</summary>
    public static void WriteRecord(SourceWriter writer, ModelSpec model)
    {
        var hps = model.HyperParameters;
        var parameters = string.Join(", ", hps.Select(h => $"{h.TypeKeyword} {h.Name} = {h.DefaultLiteral}"));
        writer.WriteLine($"/// <summary>One point of the search space of <see cref=\"{model.Name}\"/>: a value per hyper-parameter; defaults are the first choices and range minimums.</summary>");
        using (writer.Block($"public sealed record HyperParameters({parameters}) : {Tuning}.IHyperParameters<HyperParameters>"))
        {
            writer.WriteLine("/// <inheritdoc />");
            using (writer.Block($"public static HyperParameters FromValues({Values} values)"))
            {
                writer.WriteLine($"{Tuning}.HyperParameterValues.Validate(SearchSpace, values, nameof({model.Name}));");
                var reads = hps.Select(h => $"{Tuning}.HyperParameterValues.Read<{h.TypeKeyword}>(values, {Literal.String(h.Name)})");
                writer.WriteLine($"return new HyperParameters({string.Join(", ", reads)});");
            }

            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc />");
            var entries = string.Join(", ", hps.Select(h => $"[{Literal.String(h.Name)}] = {h.Name}"));
            writer.WriteLine($"public {Values} ToValues() => new global::System.Collections.Generic.Dictionary<string, object> {{ {entries} }};");
        }

        writer.WriteLine();
    }

    /// <summary>The constructors of a valid tunable model: the defaults, and a point (validated) whose values the layers read.</summary>
    public static void WriteConstructorHead(SourceWriter writer, string name)
    {
        writer.WriteLine("/// <summary>Creates the model at the default point of its search space, with freshly initialised weights (Keras initialisers).</summary>");
        writer.WriteLine($"public {name}() : this(new HyperParameters()) {{ }}");
        writer.WriteLine();
        writer.WriteLine($"private readonly HyperParameters {Field};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates the model for <paramref name=\"hyperParameters\"/>, with freshly initialised weights (Keras initialisers).</summary>");
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A value is outside the search space (the message names the hyper-parameter).</exception>");
    }

    /// <summary>The first statements of the point's constructor.</summary>
    public static IEnumerable<string> ConstructorStatements(string name)
    {
        yield return "global::System.ArgumentNullException.ThrowIfNull(hyperParameters);";
        yield return $"{Tuning}.HyperParameterValues.Validate(SearchSpace, hyperParameters.ToValues(), nameof({name}));";
        yield return $"{Field} = hyperParameters;";
    }

    /// <summary>The properties, <c>GetHyperParameters</c>, <c>Create</c>, the summary's values and the search space of a valid model.</summary>
    public static void WriteMembers(SourceWriter writer, ModelGraph graph, System.Func<GraphNode, Emitting.ConstructContext?> construct)
    {
        var name = graph.Model.Name;
        foreach (var hp in graph.Model.HyperParameters)
        {
            writer.WriteLine($"public partial {hp.TypeKeyword} {hp.Name} => {Field}.{hp.Name};");
            writer.WriteLine();
        }

        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine($"public HyperParameters GetHyperParameters() => {Field};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>A new model built for <paramref name=\"hyperParameters\"/> (<c>new M(hp)</c>).</summary>");
        writer.WriteLine($"public static {name} Create(HyperParameters hyperParameters) => new(hyperParameters);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine($"protected override {Values}? SummaryHyperParameters => {Field}.ToValues();");
        writer.WriteLine();
        WriteSearchSpace(writer, graph, construct);
    }

    /// <summary>The members of a tunable model whose declaration has errors: they throw, like the graph's.</summary>
    public static void WriteInvalidMembers(SourceWriter writer, ModelSpec model)
    {
        writer.WriteLine("/// <summary>Creates the model object; its declaration has errors, so every graph member throws.</summary>");
        writer.WriteLine($"public {model.Name}(HyperParameters hyperParameters) : this() {{ }}");
        writer.WriteLine();
        foreach (var hp in model.HyperParameters)
        {
            writer.WriteLine($"public partial {hp.TypeKeyword} {hp.Name} => throw Invalid();");
            writer.WriteLine();
        }

        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine("public HyperParameters GetHyperParameters() => throw Invalid();");
        writer.WriteLine();
        writer.WriteLine("/// <summary>A new model built for <paramref name=\"hyperParameters\"/> (<c>new M(hp)</c>).</summary>");
        writer.WriteLine($"public static {model.Name} Create(HyperParameters hyperParameters) => throw Invalid();");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The model's search space.</summary>");
        writer.WriteLine($"public static {Tuning}.SearchSpace SearchSpace => throw Invalid();");
        writer.WriteLine();
    }

    private static void WriteSearchSpace(SourceWriter writer, ModelGraph graph, System.Func<GraphNode, Emitting.ConstructContext?> construct)
    {
        var (min, max, runtime) = ParameterRange(graph, construct);
        writer.WriteLine($"private static {Tuning}.SearchSpace? {SpaceField};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The model's search space: each hyper-parameter with its domain, and the fewest and most weights a model of the space has");
        writer.WriteLine($"/// (computed by the generator over the whole space: {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}{(runtime.Count > 0 ? ", plus the weights of opaque modules counted when first read" : string.Empty)}).");
        writer.WriteLine("/// </summary>");
        writer.WriteLine($"public static {Tuning}.SearchSpace SearchSpace => {SpaceField} ??= new(");
        using (writer.Indent())
        {
            writer.WriteLine("[");
            using (writer.Indent())
            {
                foreach (var hp in graph.Model.HyperParameters)
                {
                    writer.WriteLine(Declaration(hp) + ",");
                }
            }

            writer.WriteLine("],");
            var extra = string.Concat(runtime.Select(r => " + " + r));
            writer.WriteLine($"{min.ToString(CultureInfo.InvariantCulture)}L{extra},");
            writer.WriteLine($"{max.ToString(CultureInfo.InvariantCulture)}L{extra});");
        }

        writer.WriteLine();
        if (runtime.Count > 0)
        {
            writer.WriteLine($"private static long CountParameters(global::TorchSharp.torch.nn.Module module) => {Tuning}.HyperParameterValues.CountParameters(module);");
            writer.WriteLine();
        }
    }

    /// <summary>
    /// The fewest and most weights over the space: the sum of every owned module's count (an expression of the
    /// hyper-parameters), minimised and maximised exactly by <see cref="SpaceExtremes"/>; interval bounds when it gives up.
    /// Opaque modules (custom layers, submodels) do not depend on the hyper-parameters and are counted at run time.
    /// </summary>
    public static (long Min, long Max, List<string> RunTime) ParameterRange(ModelGraph graph, System.Func<GraphNode, Emitting.ConstructContext?> construct)
    {
        var space = new HyperParameterSpace(graph.Model.HyperParameters);
        var total = Dim.Of(0);
        var runtime = new List<string>();
        foreach (var node in graph.Nodes)
        {
            if (construct(node) is not { } context)
            {
                continue;
            }

            if (node.Layer.Parameters(context) is { } count)
            {
                total += count;
            }
            else if (node.Layer.ParametersAtRunTime(context) is { } expression)
            {
                runtime.Add(expression);
            }
        }

        if (total.IsKnown)
        {
            return (total.Value, total.Value, runtime);
        }

        var low = SpaceExtremes.Minimum(total, space.DomainOf)?.Value;
        var high = SpaceExtremes.Maximum(total, space.DomainOf)?.Value;
        var interval = low is null || high is null ? SpaceExtremes.Interval(total, space.DomainOf) : null;
        return (System.Math.Max(0, low ?? interval?.Low ?? 0), high ?? interval?.High ?? long.MaxValue / 2, runtime);
    }

    private static string Declaration(HyperParameterSpec hp)
    {
        var type = $"{Tuning}.HyperParameterType.{hp.Type}";
        if (!hp.IsRange)
        {
            return $"{Tuning}.HyperParameter.Choice({Literal.String(hp.Name)}, {type}, {string.Join(", ", hp.Choices)})";
        }

        return $"{Tuning}.HyperParameter.Range({Literal.String(hp.Name)}, {type}, {Number(hp.Min)}, {Number(hp.Max)}, step: {Number(hp.Step)}, log: {Literal.Bool(hp.Log)})";
    }

    private static string Number(double value)
    {
        var text = Literal.Double(value);
        return text.IndexOfAny(['.', 'E']) >= 0 ? text : text + ".0";
    }
}
