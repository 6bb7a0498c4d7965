using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Model;

/// <summary>What a node computes, with the arguments its attribute gave. One sealed record per layer family.</summary>
internal abstract record LayerSpec
{
    /// <summary>The Keras class name shown in <c>Summary()</c> ("Dense", "InputLayer" …).</summary>
    public abstract string KerasType { get; }

    /// <summary>The activation the layer ends with (what a fused loss absorbs, what TG0012 checks).</summary>
    public virtual Activation FinalActivation => Activation.None;

    /// <summary>The declaration in attribute notation, for diagnostics: <c>MaxPool2d(2)</c>, <c>Conv2d(64, 3, Stride = 2)</c>.</summary>
    public abstract string Describe();

    protected static string Options(params (string Name, object Value, object Default)[] options)
    {
        var shown = options.Where(o => !Equals(o.Value, o.Default)).Select(o => $", {o.Name} = {Format(o.Value)}");
        return string.Concat(shown);
    }

    protected static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        System.Enum e => $"{e.GetType().Name}.{e}",
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

/// <summary><c>[Input(...)]</c>: the per-sample shape as declared (<c>int</c> sizes and <c>string</c> symbols).</summary>
internal sealed record InputLayerSpec(EquatableArray<Dim> Shape, DType DType) : LayerSpec
{
    public override string KerasType => "InputLayer";

    public override string Describe() => $"Input({string.Join(", ", Shape.Select(d => d.IsKnown ? d.ToString() : $"\"{d}\""))})";
}

/// <summary><c>[Dense(units)]</c>.</summary>
internal sealed record DenseLayerSpec(int Units, Activation Activation, bool UseBias) : LayerSpec
{
    public override Activation FinalActivation => Activation;

    public override string KerasType => "Dense";

    public override string Describe() => $"Dense({Units}{Options(("Activation", Activation, Activation.None), ("UseBias", UseBias, true))})";
}

/// <summary><c>[Embedding(inputDim, outputDim)]</c>.</summary>
internal sealed record EmbeddingLayerSpec(int InputDim, int OutputDim) : LayerSpec
{
    public override string KerasType => "Embedding";

    public override string Describe() => $"Embedding({InputDim}, {OutputDim})";
}

/// <summary><c>[Lstm]</c>, <c>[Gru]</c>, <c>[SimpleRnn]</c>.</summary>
internal sealed record RecurrentLayerSpec(RecurrentKind Kind, int Units, bool ReturnSequences, bool Bidirectional) : LayerSpec
{
    public override string KerasType => Bidirectional ? "Bidirectional" : Kind switch
    {
        RecurrentKind.Lstm => "LSTM",
        RecurrentKind.Gru => "GRU",
        _ => "SimpleRNN",
    };

    public override string Describe() => $"{Kind}({Units}{Options(("ReturnSequences", ReturnSequences, false), ("Bidirectional", Bidirectional, false))})";
}

/// <summary><c>[Conv1d]</c>, <c>[Conv2d]</c>, <c>[SeparableConv2d]</c>, <c>[DepthwiseConv2d]</c>.</summary>
internal sealed record ConvolutionLayerSpec(
    ConvolutionKind Kind, int Rank, int Filters, int KernelSize, int Stride, Padding Padding, int Dilation, int DepthMultiplier, Activation Activation, bool UseBias) : LayerSpec
{
    public override Activation FinalActivation => Activation;

    public override string KerasType => Kind switch
    {
        ConvolutionKind.Separable => "SeparableConv2D",
        ConvolutionKind.Depthwise => "DepthwiseConv2D",
        _ => $"Conv{Rank}D",
    };

    public override string Describe()
    {
        var options = Options(("Stride", Stride, 1), ("Padding", Padding, Padding.Valid), ("Dilation", Dilation, 1), ("DepthMultiplier", DepthMultiplier, 1), ("Activation", Activation, Activation.None), ("UseBias", UseBias, true));
        return Kind switch
        {
            ConvolutionKind.Separable => $"SeparableConv2d({Filters}, {KernelSize}{options})",
            ConvolutionKind.Depthwise => $"DepthwiseConv2d({KernelSize}{options})",
            _ => $"Conv{Rank}d({Filters}, {KernelSize}{options})",
        };
    }
}

/// <summary><c>[MaxPool1d]</c>, <c>[AvgPool2d]</c> …; <see cref="Stride"/> is already defaulted to the pool size.</summary>
internal sealed record PoolingLayerSpec(PoolKind Kind, int Rank, int PoolSize, int Stride, Padding Padding) : LayerSpec
{
    public override string KerasType => $"{(Kind == PoolKind.Max ? "Max" : "Average")}Pooling{Rank}D";

    public override string Describe() => $"{Kind}Pool{Rank}d({PoolSize}{Options(("Stride", Stride, PoolSize), ("Padding", Padding, Padding.Valid))})";
}

/// <summary><c>[GlobalMaxPool1d]</c>, <c>[GlobalAvgPool2d]</c> ….</summary>
internal sealed record GlobalPoolingLayerSpec(PoolKind Kind, int Rank) : LayerSpec
{
    public override string KerasType => $"Global{(Kind == PoolKind.Max ? "Max" : "Average")}Pooling{Rank}D";

    public override string Describe() => $"Global{Kind}Pool{Rank}d";
}

/// <summary><c>[ZeroPadding2d(padding)]</c>.</summary>
internal sealed record ZeroPaddingLayerSpec(int Padding) : LayerSpec
{
    public override string KerasType => "ZeroPadding2D";

    public override string Describe() => $"ZeroPadding2d({Padding})";
}

/// <summary><c>[BatchNorm]</c> with Keras's momentum convention.</summary>
internal sealed record BatchNormLayerSpec(double Momentum, double Epsilon) : LayerSpec
{
    public override string KerasType => "BatchNormalization";

    public override string Describe() => $"BatchNorm{Options(("Momentum", Momentum, 0.99), ("Epsilon", Epsilon, 1e-3))}";
}

/// <summary><c>[LayerNorm]</c>.</summary>
internal sealed record LayerNormLayerSpec(double Epsilon) : LayerSpec
{
    public override string KerasType => "LayerNormalization";

    public override string Describe() => "LayerNorm";
}

/// <summary><c>[Activate(a)]</c>.</summary>
internal sealed record ActivationLayerSpec(Activation Activation) : LayerSpec
{
    public override Activation FinalActivation => Activation;

    public override string KerasType => "Activation";

    public override string Describe() => $"Activate({Activation})";
}

/// <summary><c>[Dropout(rate)]</c>.</summary>
internal sealed record DropoutLayerSpec(double Rate) : LayerSpec
{
    public override string KerasType => "Dropout";

    public override string Describe() => $"Dropout({Format(Rate)})";
}

/// <summary><c>[Flatten]</c>.</summary>
internal sealed record FlattenLayerSpec : LayerSpec
{
    public override string KerasType => "Flatten";

    public override string Describe() => "Flatten";
}

/// <summary><c>[Reshape(...)]</c>; a <c>-1</c> entry is <c>Dim.Of(-1)</c> until inference resolves it.</summary>
internal sealed record ReshapeLayerSpec(EquatableArray<Dim> Shape) : LayerSpec
{
    public override string KerasType => "Reshape";

    public override string Describe() => $"Reshape({string.Join(", ", Shape.Select(d => d.IsKnown ? d.ToString() : $"\"{d}\""))})";
}

/// <summary><c>[Permute(...)]</c> with Keras's 1-based per-sample indices.</summary>
internal sealed record PermuteLayerSpec(EquatableArray<int> Dims) : LayerSpec
{
    public override string KerasType => "Permute";

    public override string Describe() => $"Permute({string.Join(", ", Dims)})";
}

/// <summary><c>[Add]</c>, <c>[Subtract]</c>, <c>[Multiply]</c>, <c>[Average]</c>, <c>[Maximum]</c>, <c>[Concatenate]</c>.</summary>
internal sealed record MergeLayerSpec(MergeKind Kind, int Axis) : LayerSpec
{
    public override string KerasType => Kind.ToString();

    public override string Describe() => Kind == MergeKind.Concatenate ? $"Concatenate(Axis = {Axis})" : Kind.ToString();
}

/// <summary><c>[Shared(node)]</c>: the layer (and module) of <see cref="Source"/>, applied to another input.</summary>
internal sealed record SharedLayerSpec(string Source) : LayerSpec
{
    public override string KerasType => "Shared";

    public override string Describe() => $"Shared({Source})";
}

/// <summary><c>[Submodel(typeof(X))]</c>: another model's spec (parsed from its symbol), the output used, the repeat count.</summary>
internal sealed record SubmodelLayerSpec(ModelSpec Model, string? Output, int Repeat) : LayerSpec
{
    public override string KerasType => Model.Name;

    public override string Describe() => $"Submodel(typeof({Model.Name}){(Repeat == 1 ? string.Empty : $", Repeat = {Repeat}")})";
}

/// <summary><c>[Custom(typeof(M))]</c>: a user module with a declared per-sample output shape.</summary>
internal sealed record CustomLayerSpec(string TypeName, string DisplayName, EquatableArray<Dim> OutputShape) : LayerSpec
{
    public override string KerasType => DisplayName;

    public override string Describe() => $"Custom(typeof({DisplayName}))";
}

/// <summary>A node whose attribute could not be understood; the model reports a diagnostic and emits throwing members.</summary>
internal sealed record InvalidLayerSpec(string AttributeName) : LayerSpec
{
    public override string KerasType => AttributeName;

    public override string Describe() => AttributeName;
}
