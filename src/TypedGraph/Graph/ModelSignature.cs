using System.Collections.Generic;

namespace TypedGraph;

/// <summary>
/// The inputs and outputs of a model. Its targets are the outputs whose <see cref="OutputSpec.Loss"/> is not
/// <see cref="Loss.None"/>, in the same order.
/// </summary>
/// <param name="Inputs">The inputs in declaration order.</param>
/// <param name="Outputs">The outputs in declaration order.</param>
public sealed record ModelSignature(IReadOnlyList<InputSpec> Inputs, IReadOnlyList<OutputSpec> Outputs);
