namespace TypedGraph.Generators.Model;

/// <summary>Variants of one layer family.</summary>
internal enum ConvolutionKind
{
    Standard,
    Separable,
    Depthwise,
}
