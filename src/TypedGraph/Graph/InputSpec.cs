namespace TypedGraph;

/// <summary>What a model input must look like at run time.</summary>
/// <param name="Name">The input's property name, e.g. <c>Features</c>.</param>
/// <param name="Shape">The expected shape, batch dimension first.</param>
/// <param name="DType">The expected element type.</param>
public sealed record InputSpec(string Name, Shape Shape, DType DType);
