using System.Collections.Generic;

namespace TypedGraph;

/// <summary>
/// The inputs and outputs of a model. Its targets are the outputs whose <see cref="OutputSpec.Loss"/> is not
/// <see cref="Loss.None"/>, in the same order.
/// </summary>
/// <param name="Inputs">The inputs in declaration order.</param>
/// <param name="Outputs">The outputs in declaration order.</param>
public sealed record ModelSignature(IReadOnlyList<InputSpec> Inputs, IReadOnlyList<OutputSpec> Outputs)
{
    /// <summary>The input names in declaration order, for messages.</summary>
    internal string[] InputNames()
    {
        var names = new string[Inputs.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Inputs[i].Name;
        }

        return names;
    }

    /// <summary>The names of the outputs that take a target (<see cref="OutputSpec.HasLoss"/>), in order, for messages.</summary>
    internal List<string> TargetNames()
    {
        var names = new List<string>();
        foreach (var output in Outputs)
        {
            if (output.HasLoss)
            {
                names.Add(output.Name);
            }
        }

        return names;
    }
}
