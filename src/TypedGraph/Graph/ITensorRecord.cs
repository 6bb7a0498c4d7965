using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// A record of named tensors (a model's generated <c>Inputs</c>, <c>Outputs</c> or <c>Targets</c>) that converts to and
/// from a positional list, so the runtime can batch, validate and train without knowing the names.
/// </summary>
/// <typeparam name="TSelf">The record type itself.</typeparam>
public interface ITensorRecord<TSelf>
    where TSelf : ITensorRecord<TSelf>
{
    /// <summary>The tensors in declaration order.</summary>
    IReadOnlyList<Tensor> ToTensors();

    /// <summary>Builds the record from tensors in declaration order.</summary>
    /// <param name="tensors">One tensor per member, in declaration order.</param>
    static abstract TSelf FromTensors(IReadOnlyList<Tensor> tensors);
}
