using System;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Layers;

/// <summary>
/// Runs a TorchSharp LSTM so that it computes the LSTM equations in every mode. libtorch 2.10's CPU LSTM, when autograd
/// is off (<c>no_grad</c>, as in <c>Predict</c>, <c>Evaluate</c> and <c>Activations</c>), dispatches to its oneDNN
/// inference kernel, whose results differ from the LSTM equations (and from libtorch's own autograd path, PyTorch and ONNX
/// Runtime) by up to 0.45 on the same weights. The autograd path is exact, so under <c>no_grad</c> the LSTM is run with
/// autograd on and its results are detached: the values are those of the equations, and no graph outlives the call.
/// </summary>
public static class LstmForward
{
    /// <summary>The LSTM's <c>forward</c> from a zero state, computed on libtorch's exact (autograd) path.</summary>
    /// <param name="module">The LSTM.</param>
    /// <param name="input">The input sequence, in the module's layout.</param>
    /// <returns>The output sequence and the final hidden and cell states, as TorchSharp's <c>forward</c> returns them.</returns>
    public static (Tensor Output, Tensor Hidden, Tensor Cell) Run(LSTM module, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(input);
        if (is_grad_enabled())
        {
            return module.forward(input, null);
        }

        using var grad = enable_grad();
        var (output, hidden, cell) = module.forward(input, null);
        return (output.detach(), hidden.detach(), cell.detach());
    }
}
