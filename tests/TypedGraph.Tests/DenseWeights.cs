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
            Redraw(linear.weight!, bound, generator);
            if (linear.bias is { } bias)
            {
                Redraw(bias, bound, generator);
            }
        }
    }

    // Not nn.init.uniform_(tensor, low, high, generator): in TorchSharp 0.107 it draws from the process-wide generator
    // whatever generator it is given (measured: two redraws from Generator(3) differed by up to 0.34).
    private static void Redraw(Tensor parameter, double bound, Generator generator)
    {
        using var values = rand(parameter.shape, generator: generator);
        parameter.copy_(values.mul_(2 * bound).sub_(bound));
    }
}
