using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Keras' gradient clipping, applied between <c>backward</c> and the optimizer step to the gradients of the parameters
/// that require them (<see cref="OptimizerSpec.ClipNorm"/>, <see cref="OptimizerSpec.GlobalClipNorm"/>,
/// <see cref="OptimizerSpec.ClipValue"/>; at most one is set).
/// </summary>
internal static class GradientClipping
{
    /// <summary>Whether <paramref name="spec"/> asks for clipping.</summary>
    public static bool IsRequested(OptimizerSpec spec) => spec.ClipNorm is not null || spec.GlobalClipNorm is not null || spec.ClipValue is not null;

    /// <summary>Clips the gradients of <paramref name="parameters"/> in place as <paramref name="spec"/> asks.</summary>
    public static void Apply(OptimizerSpec spec, IReadOnlyList<Parameter> parameters)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        if (spec.ClipNorm is { } clipNorm)
        {
            foreach (var gradient in Gradients(parameters))
            {
                // g · c / max(‖g‖, c): unchanged when the norm is at most c. Computed on the device, without a sync.
                gradient.mul_(gradient.norm().clamp_min(clipNorm).reciprocal().mul(clipNorm));
            }
        }
        else if (spec.GlobalClipNorm is { } globalClipNorm)
        {
            var gradients = Gradients(parameters);
            if (gradients.Count == 0)
            {
                return;
            }

            var squares = new Tensor[gradients.Count];
            for (var i = 0; i < squares.Length; i++)
            {
                squares[i] = gradients[i].to_type(ScalarType.Float64).square().sum();
            }

            var factor = stack(squares).sum().sqrt().clamp_min(globalClipNorm).reciprocal().mul(globalClipNorm);
            foreach (var gradient in gradients)
            {
                gradient.mul_(factor.to_type(gradient.dtype));
            }
        }
        else if (spec.ClipValue is { } clipValue)
        {
            foreach (var gradient in Gradients(parameters))
            {
                gradient.clamp_(-clipValue, clipValue);
            }
        }
    }

    private static List<Tensor> Gradients(IReadOnlyList<Parameter> parameters)
    {
        var gradients = new List<Tensor>(parameters.Count);
        foreach (var parameter in parameters)
        {
            if (parameter.requires_grad && parameter.grad is { } gradient)
            {
                gradients.Add(gradient);
            }
        }

        return gradients;
    }
}
