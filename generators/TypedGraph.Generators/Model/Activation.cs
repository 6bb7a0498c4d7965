namespace TypedGraph.Generators.Model;

/// <summary>Mirror of the runtime's <c>TypedGraph.Activation</c> (same members, same values): the generator reads attribute arguments as these numbers.</summary>
internal enum Activation
{
    None,
    Relu,
    Relu6,
    LeakyRelu,
    Elu,
    Selu,
    Gelu,
    Silu,
    Sigmoid,
    HardSigmoid,
    Tanh,
    Softmax,
    LogSoftmax,
    Softplus,
}
