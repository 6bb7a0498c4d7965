namespace TypedGraph.Generators.Analysis;

/// <summary>An inferred shape (null when the layer cannot take its inputs) and whether the forward must check some dimensions at run time.</summary>
internal readonly record struct InferenceResult(TensorShape? Shape, bool CheckAtRunTime = false)
{
    public static implicit operator InferenceResult(TensorShape? shape) => new(shape);
}
