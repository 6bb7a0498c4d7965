namespace TypedGraph;

/// <summary>Element-wise activation functions a layer can apply to its output (Keras names).</summary>
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
enum Activation
{
    /// <summary>No activation: the identity.</summary>
    None,
    /// <summary>Rectified linear unit, <c>max(x, 0)</c>.</summary>
    Relu,
    /// <summary>ReLU capped at 6, <c>min(max(x, 0), 6)</c>.</summary>
    Relu6,
    /// <summary>Leaky ReLU with the Keras default negative slope.</summary>
    LeakyRelu,
    /// <summary>Exponential linear unit.</summary>
    Elu,
    /// <summary>Scaled exponential linear unit.</summary>
    Selu,
    /// <summary>Gaussian error linear unit.</summary>
    Gelu,
    /// <summary>Sigmoid linear unit (swish), <c>x · sigmoid(x)</c>.</summary>
    Silu,
    /// <summary>Logistic sigmoid.</summary>
    Sigmoid,
    /// <summary>Piece-wise linear approximation of the sigmoid.</summary>
    HardSigmoid,
    /// <summary>Hyperbolic tangent.</summary>
    Tanh,
    /// <summary>Softmax over the last dimension.</summary>
    Softmax,
    /// <summary>Log-softmax over the last dimension.</summary>
    LogSoftmax,
    /// <summary>Softplus, <c>log(1 + exp(x))</c>.</summary>
    Softplus,
}
