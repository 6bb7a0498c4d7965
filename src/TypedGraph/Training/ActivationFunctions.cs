using System;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TypedGraph;

/// <summary>Applies an <see cref="Activation"/> with Keras' parameters.</summary>
internal static class ActivationFunctions
{
    private const double KerasLeakyReluSlope = 0.2;

    public static Tensor Apply(Tensor x, Activation activation) => activation switch
    {
        Activation.None => x,
        Activation.Relu => F.relu(x),
        Activation.Relu6 => F.relu6(x),
        Activation.LeakyRelu => F.leaky_relu(x, KerasLeakyReluSlope),
        Activation.Elu => F.elu(x, alpha: 1.0),
        Activation.Selu => F.selu(x),
        Activation.Gelu => F.gelu(x),
        Activation.Silu => F.silu(x),
        Activation.Sigmoid => F.sigmoid(x),
        Activation.HardSigmoid => F.hardsigmoid(x),
        Activation.Tanh => F.tanh(x),
        Activation.Softmax => F.softmax(x, -1),
        Activation.LogSoftmax => F.log_softmax(x, -1),
        Activation.Softplus => F.softplus(x),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
    };
}
