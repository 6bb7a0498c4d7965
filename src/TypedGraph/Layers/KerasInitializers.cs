using System;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Layers;

/// <summary>Keras's default initialisers for TorchSharp modules whose own defaults differ.</summary>
public static class KerasInitializers
{
    /// <summary>
    /// Initialises an LSTM, GRU or simple RNN as Keras does: Glorot-uniform input kernels (<c>weight_ih*</c>), orthogonal
    /// recurrent kernels (<c>weight_hh*</c>), zero biases — and, for an LSTM with <paramref name="unitForgetBias"/>, a
    /// forget-gate bias of 1 (TorchSharp's gate order is input, forget, cell, output; the 1 goes into <c>bias_ih</c> only,
    /// so the sum of TorchSharp's two bias vectors equals Keras's single bias).
    /// </summary>
    /// <param name="module">The recurrent module; every direction and layer is initialised.</param>
    /// <param name="unitForgetBias">Whether to set the LSTM forget-gate bias to 1 (Keras <c>unit_forget_bias=True</c>).</param>
    public static void Recurrent(nn.Module module, bool unitForgetBias)
    {
        ArgumentNullException.ThrowIfNull(module);
        using var noGrad = no_grad();
        foreach (var (name, parameter) in module.named_parameters())
        {
            if (name.StartsWith("weight_ih", StringComparison.Ordinal))
            {
                nn.init.xavier_uniform_(parameter);
            }
            else if (name.StartsWith("weight_hh", StringComparison.Ordinal))
            {
                nn.init.orthogonal_(parameter);
            }
            else if (name.StartsWith("bias", StringComparison.Ordinal))
            {
                nn.init.zeros_(parameter);
                if (unitForgetBias && name.StartsWith("bias_ih", StringComparison.Ordinal))
                {
                    var hidden = parameter.shape[0] / 4;
                    parameter.narrow(0, hidden, hidden).fill_(1.0);
                }
            }
        }
    }
}
