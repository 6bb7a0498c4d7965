using System;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Layers;

/// <summary>
/// Runs a TorchSharp <c>ConvTranspose2d</c> as the equivalent ordinary convolution. libtorch 2.10's CPU transposed
/// convolution gives wrong, run-to-run varying results for some shapes (12 → 2 channels, kernel 3, stride 2 on a 5 × 3 map
/// is off by up to ~1.5 at batch sizes 2 to 16, exact at batch 1), in every grad mode and on contiguous inputs. The same
/// values are computed exactly by zero-stuffing the input (stride − 1 zeros between pixels), padding it by
/// <c>kernel − 1 − padding</c> (plus the output padding after), and convolving with stride 1 by the module's kernel flipped
/// spatially and with its in/out channel axes swapped; gradients flow to the module's weight and bias.
/// </summary>
public static class ConvTransposeForward
{
    /// <summary>The transposed convolution of <paramref name="input"/> (N, C, H, W) by <paramref name="module"/>'s weight and bias.</summary>
    /// <param name="module">The transposed convolution (square kernel, no dilation, one group).</param>
    /// <param name="input">The input map, channels-first.</param>
    /// <param name="stride">The module's stride.</param>
    /// <param name="padding">The module's padding on each side.</param>
    /// <param name="outputPadding">The module's output padding.</param>
    /// <returns>The map <c>module.forward(input)</c> defines: (N, filters, (H − 1)·s + k + output padding − 2·padding, …).</returns>
    public static Tensor Run(ConvTranspose2d module, Tensor input, int stride, int padding, int outputPadding)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(input);
        var weight = module.weight ?? throw new ArgumentException("the transposed convolution has no weight", nameof(module));
        var kernel = weight.shape[2];
        var (n, c, h, w) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3]);
        var x = input;
        if (stride > 1)
        {
            x = nn.functional.pad(input.reshape(n, c, h, 1, w, 1), [0, stride - 1, 0, 0, 0, stride - 1])
                .reshape(n, c, h * stride, w * stride)
                .narrow(2, 0, ((h - 1) * stride) + 1)
                .narrow(3, 0, ((w - 1) * stride) + 1);
        }

        var border = kernel - 1 - padding;
        x = nn.functional.pad(x, [border, border + outputPadding, border, border + outputPadding]);
        return nn.functional.conv2d(x, weight.flip(2, 3).transpose(0, 1), module.bias);
    }
}
