namespace TypedGraph;

/// <summary>Padding mode of convolution and pooling layers (Keras semantics).</summary>
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
enum Padding
{
    /// <summary>No padding: the window only visits positions where it fits entirely.</summary>
    Valid,
    /// <summary>Pad so that the output size is <c>ceil(input / stride)</c>, asymmetrically where needed (Keras/TF rule).</summary>
    Same,
    /// <summary>Pad on the left only, so an output step never sees later input steps (1-D only).</summary>
    Causal,
}
