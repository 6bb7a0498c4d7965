using System;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TypedGraph;

/// <summary>
/// The final activation a fused loss absorbs (softmax before categorical cross-entropy, sigmoid before binary
/// cross-entropy): training reads the logits, and metrics and custom losses get the activated output back through
/// <see cref="Apply"/>. Only these two are ever fused; every other activation is emitted into the generated forward
/// (the generator's <c>ActivationCalls</c> is the one table of activations).
/// </summary>
internal static class FusedActivation
{
    /// <summary>Applies the fused activation to logits; <see cref="Activation.None"/> returns them unchanged.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activation"/> is not one a loss fuses.</exception>
    public static Tensor Apply(Tensor logits, Activation activation) => activation switch
    {
        Activation.None => logits,
        Activation.Softmax => F.softmax(logits, -1),
        Activation.Sigmoid => F.sigmoid(logits),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Only softmax and sigmoid are fused into a loss."),
    };
}
