namespace TypedGraph.Generators.Emitting;

/// <summary>
/// The ONNX form of each <see cref="Activation"/>, with the semantics of <see cref="ActivationCalls"/> (softmax over
/// Keras's last axis — the channels —, leaky ReLU slope 0.2, exact GELU, PyTorch's hard sigmoid). Operators that opsets 13–17 lack (GELU, SiLU,
/// ReLU6) are composed from ones they have.
/// </summary>
internal static class OnnxActivations
{
    /// <summary>The value <paramref name="x"/> (a local: it may be read twice) with <paramref name="activation"/> applied; axis-dependent ones (softmax, log-softmax) read full-tensor axis <paramref name="axis"/>
    /// (<see cref="NodeContext.ActivationAxis"/>: where the storage keeps Keras's last axis).</summary>
    public static string Apply(string x, Activation activation, int axis) => activation switch
    {
        Activation.None => x,
        Activation.Relu => OnnxContext.AddNode("Relu", [x]),
        Activation.Relu6 => OnnxContext.AddNode("Clip", [x, OnnxContext.Scalar(0), OnnxContext.Scalar(6)]),
        Activation.LeakyRelu => OnnxContext.AddNode("LeakyRelu", [x], OnnxContext.Float("alpha", 0.2)),
        Activation.Elu => OnnxContext.AddNode("Elu", [x]),
        Activation.Selu => OnnxContext.AddNode("Selu", [x]),
        // x · ½ · (1 + erf(x / √2)), as torch's default (exact) GELU.
        Activation.Gelu => OnnxContext.AddNode("Mul", [
            OnnxContext.AddNode("Mul", [x, OnnxContext.Scalar(0.5)]),
            OnnxContext.AddNode("Add", [OnnxContext.AddNode("Erf", [OnnxContext.AddNode("Div", [x, OnnxContext.Scalar(System.Math.Sqrt(2))])]), OnnxContext.Scalar(1)])]),
        Activation.Silu => OnnxContext.AddNode("Mul", [x, OnnxContext.AddNode("Sigmoid", [x])]),
        Activation.Sigmoid => OnnxContext.AddNode("Sigmoid", [x]),
        // torch's hardsigmoid: relu6(x + 3) / 6 = clip(x/6 + ½, 0, 1).
        Activation.HardSigmoid => OnnxContext.AddNode("HardSigmoid", [x], OnnxContext.Float("alpha", 1.0 / 6), OnnxContext.Float("beta", 0.5)),
        Activation.Tanh => OnnxContext.AddNode("Tanh", [x]),
        Activation.Softmax => OnnxContext.AddNode("Softmax", [x], OnnxContext.Int("axis", axis)),
        Activation.LogSoftmax => OnnxContext.AddNode("LogSoftmax", [x], OnnxContext.Int("axis", axis)),
        Activation.Softplus => OnnxContext.AddNode("Softplus", [x]),
        _ => x,
    };
}
