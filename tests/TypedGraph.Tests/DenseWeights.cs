using System;
using System.Linq;
using TorchSharp.Modules;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests;

/// <summary>
/// Reproducible initial weights for a model made of dense layers only: libtorch's one process-wide generator is drawn
/// from concurrently by the other test classes, so <c>manual_seed</c> before construction does not fix the weights.
/// </summary>
internal static class DenseWeights
{
    /// <summary>
    /// Redraws every <see cref="Linear"/> layer of <paramref name="model"/> from <paramref name="generator"/> with the
    /// distribution its constructor uses (PyTorch's default: weight and bias uniform in ±1/√in_features); fails the test
    /// if the model holds a parameter outside a <see cref="Linear"/> layer, whose distribution this would not know.
    /// </summary>
    public static void Reinitialize(nn.Module model, Generator generator)
    {
        var linears = model.modules().OfType<Linear>().ToList();
        var covered = linears.Sum(l => l.parameters().Count());
        Assert.True(covered == model.parameters().Count(), $"{model.GetName()} holds parameters outside its Linear layers: DenseWeights cannot redraw them.");
        using var noGrad = no_grad();
        foreach (var linear in linears)
        {
            var bound = 1 / Math.Sqrt(linear.in_features);
            nn.init.uniform_(linear.weight!, -bound, bound, generator);
            if (linear.bias is { } bias)
            {
                nn.init.uniform_(bias, -bound, bound, generator);
            }
        }
    }
}
