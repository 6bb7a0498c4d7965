namespace TypedGraph.Generators.Emitting;

/// <summary>The TorchSharp call of each activation, with Keras semantics (softmax over Keras's last axis — the channels —, leaky ReLU slope 0.2).</summary>
internal static class ActivationCalls
{
    /// <summary><paramref name="x"/> with <paramref name="activation"/> applied; axis-dependent ones (softmax, log-softmax) read full-tensor axis <paramref name="axis"/>
    /// (<see cref="NodeContext.ActivationAxis"/>: where the storage keeps Keras's last axis).</summary>
    public static string Apply(string x, Activation activation, int axis) => activation switch
    {
        Activation.None => x,
        Activation.Relu => $"{x}.relu()",
        Activation.Relu6 => $"{x}.relu6()",
        Activation.LeakyRelu => $"{x}.leaky_relu(0.2)",
        Activation.Elu => $"{x}.elu()",
        Activation.Selu => $"{x}.selu()",
        Activation.Gelu => $"{x}.gelu()",
        Activation.Silu => $"{x}.silu()",
        Activation.Sigmoid => $"{x}.sigmoid()",
        Activation.HardSigmoid => $"{x}.hardsigmoid()",
        Activation.Tanh => $"{x}.tanh()",
        Activation.Softmax => $"{x}.softmax({axis})",
        Activation.LogSoftmax => $"{x}.log_softmax({axis})",
        Activation.Softplus => $"{x}.softplus()",
        _ => x,
    };
}
