namespace TypedGraph.Generators.Emitting;

/// <summary>
/// The PyTorch call of each activation in the exported <c>model.py</c>: the same libtorch operations
/// <see cref="ActivationCalls"/> emits for TorchSharp (softmax over the last axis, leaky ReLU slope 0.2).
/// </summary>
internal static class PythonActivations
{
    /// <summary><paramref name="x"/> with <paramref name="activation"/> applied.</summary>
    public static string Apply(string x, Activation activation) => activation switch
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
        Activation.Softmax => $"torch.softmax({x}, -1)",
        Activation.LogSoftmax => $"torch.log_softmax({x}, -1)",
        Activation.Softplus => $"F.softplus({x})",
        _ => x,
    };
}
