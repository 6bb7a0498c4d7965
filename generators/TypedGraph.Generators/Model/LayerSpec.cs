namespace TypedGraph.Generators.Model;

/// <summary>What a node computes, with the arguments its attribute gave. One sealed record per layer family.</summary>
internal abstract record LayerSpec
{
    /// <summary>The Keras class name shown in <c>Summary()</c> ("Dense", "InputLayer" …).</summary>
    public abstract string KerasType { get; }
}

/// <summary><c>[Input(...)]</c>: the per-sample shape as declared (<c>int</c> sizes and <c>string</c> symbols).</summary>
internal sealed record InputLayerSpec(EquatableArray<Analysis.Dim> Shape, DType DType) : LayerSpec
{
    public override string KerasType => "InputLayer";
}

/// <summary><c>[Dense(units)]</c>.</summary>
internal sealed record DenseLayerSpec(int Units, Activation Activation, bool UseBias) : LayerSpec
{
    public override string KerasType => "Dense";
}

/// <summary><c>[Activate(a)]</c>.</summary>
internal sealed record ActivationLayerSpec(Activation Activation) : LayerSpec
{
    public override string KerasType => "Activation";
}

/// <summary><c>[Dropout(rate)]</c>.</summary>
internal sealed record DropoutLayerSpec(double Rate) : LayerSpec
{
    public override string KerasType => "Dropout";
}

/// <summary><c>[Flatten]</c>.</summary>
internal sealed record FlattenLayerSpec : LayerSpec
{
    public override string KerasType => "Flatten";
}

/// <summary>A node whose attribute could not be understood; the model reports a diagnostic and emits throwing members.</summary>
internal sealed record InvalidLayerSpec(string AttributeName) : LayerSpec
{
    public override string KerasType => AttributeName;
}
