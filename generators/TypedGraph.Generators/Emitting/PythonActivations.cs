namespace TypedGraph.Generators.Emitting;

/// <summary>
/// The PyTorch call of each activation in the exported <c>model.py</c>: the same libtorch operations
/// <see cref="ActivationCalls"/> emits for TorchSharp (softmax over Keras's last axis — the channels —, leaky ReLU slope 0.2).
/// </summary>
internal static class PythonActivations
{
    /// <summary><paramref name="x"/> with <paramref name="activation"/> applied; axis-dependent ones (softmax, log-softmax) read full-tensor axis <paramref name="axis"/>
    /// (<see cref="NodeContext.ActivationAxis"/>: where the storage keeps Keras's last axis).</summary>
    public static string Apply(string x, Activation activation, int axis) => activation switch
    {
        Activation.None => x,
        Activation.Relu => $"F.relu({x})",
        Activation.Relu6 => $"F.relu6({x})",
        Activation.LeakyRelu => $"F.leaky_relu({x}, 0.2)",
        Activation.Elu => $"F.elu({x})",
        Activation.Selu => $"F.selu({x})",
        Activation.Gelu => $"F.gelu({x})",
        Activation.Silu => $"F.silu({x})",
        Activation.Sigmoid => $"torch.sigmoid({x})",
        Activation.HardSigmoid => $"F.hardsigmoid({x})",
        Activation.Tanh => $"torch.tanh({x})",
        Activation.Softmax => $"torch.softmax({x}, {axis})",
        Activation.LogSoftmax => $"torch.log_softmax({x}, {axis})",
        Activation.Softplus => $"F.softplus({x})",
        _ => x,
    };
}
