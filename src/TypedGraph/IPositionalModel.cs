using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// A model reached through positional tensor lists, whatever its generated records: every
/// <see cref="Model{TInputs, TOutputs, TTargets}"/> implements it. Ensembles combine members of different <c>[Model]</c>
/// classes whose inputs and outputs agree position by position through it, and weight-averaging callbacks run the
/// model over the training data with it.
/// </summary>
internal interface IPositionalModel : IModel
{
    /// <summary>The loss weights the model was compiled with (the declared ones when not compiled), one per trained output.</summary>
    IReadOnlyList<double> CompiledLossWeights { get; }

    /// <summary><c>forward</c> on positional inputs: every output with its final activation applied.</summary>
    /// <param name="inputs">One tensor per input, in declaration order.</param>
    IReadOnlyList<Tensor> Forward(IReadOnlyList<Tensor> inputs);

    /// <summary>The model's own <c>Evaluate</c> on positional inputs and targets.</summary>
    /// <param name="x">One tensor per input, in declaration order.</param>
    /// <param name="y">One tensor per trained output, in declaration order.</param>
    /// <param name="batchSize">Samples per forward pass.</param>
    IReadOnlyDictionary<string, double> Evaluate(IReadOnlyList<Tensor> x, IReadOnlyList<Tensor> y, int batchSize);
}
