using System;
using TorchSharp;

namespace TypedGraph;

/// <summary>Counts a module's parameters the way Keras does.</summary>
public static class ParameterCounter
{
    /// <summary>
    /// Counts the elements of <paramref name="module"/>'s parameters and statistics, recursively: parameters that
    /// require gradients are trainable, the others non-trainable; buffers named <c>running_mean</c> and
    /// <c>running_var</c> (batch-norm statistics) are non-trainable; other buffers such as <c>num_batches_tracked</c>
    /// are not counted.
    /// </summary>
    /// <param name="module">The module to count.</param>
    /// <returns>The trainable and non-trainable element counts.</returns>
    public static (long Trainable, long NonTrainable) Count(torch.nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        long trainable = 0;
        long nonTrainable = 0;
        foreach (var (_, parameter) in module.named_parameters())
        {
            if (parameter.requires_grad)
            {
                trainable += parameter.numel();
            }
            else
            {
                nonTrainable += parameter.numel();
            }
        }

        foreach (var (name, buffer) in module.named_buffers())
        {
            if (IsStatistic(name))
            {
                nonTrainable += buffer.numel();
            }
        }

        return (trainable, nonTrainable);
    }

    private static bool IsStatistic(string qualifiedName)
    {
        var leaf = qualifiedName.AsSpan(qualifiedName.LastIndexOf('.') + 1);
        return leaf.SequenceEqual("running_mean") || leaf.SequenceEqual("running_var");
    }
}
