using System.Collections.Generic;
using System.Linq;
using TypedGraph.EndToEnd.Tests.Models;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Convolution;

/// <summary>Generated transposed convolutions equal the definition, summed tap by tap in float64, on every call.</summary>
public sealed class ConvTransposeInferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Predict_and_training_forward_equal_the_transposed_convolution_sum_at_batch_4_every_time()
    {
        using var scope = NewDisposeScope();
        manual_seed(12);
        using var model = new ConvTransposeProbe();
        using var last = new ConvTransposeProbeLast();
        var p = Parameters(model);
        var q = Parameters(last);
        var worst = new double[5];
        for (var run = 0; run < 10; run++)
        {
            var x = randn(4, 12, 5, 3);
            var y = model.Predict(new ConvTransposeProbe.Inputs(x));
            worst[0] = System.Math.Max(worst[0], Diff(y.Plain, Definition(x, p["plain"], 0)));
            worst[1] = System.Math.Max(worst[1], Diff(y.FromPermute, Definition(x.permute(0, 1, 3, 2), p["from_permute"], 1)));
            var same = Definition(x, p["same"], 0);
            worst[2] = System.Math.Max(worst[2], Diff(y.Same, same.narrow(2, 0, same.shape[2] - 1).narrow(3, 0, same.shape[3] - 1)));
            var xl = randn(4, 5, 3, 12);
            worst[3] = System.Math.Max(worst[3], Diff(last.Predict(new ConvTransposeProbeLast.Inputs(xl)).Up, Definition(xl.permute(0, 3, 1, 2), q["up"], 0).permute(0, 2, 3, 1)));
            model.train();
            worst[4] = System.Math.Max(worst[4], Diff(model.forward(x).Plain.detach(), Definition(x, p["plain"], 0)));
        }

        output.WriteLine($"worst |generated − definition| over 10 batches of 4: valid {worst[0]:E2}, permuted input {worst[1]:E2}, same {worst[2]:E2}, channels-last {worst[3]:E2}, training forward {worst[4]:E2}");
        Assert.All(worst, w => Assert.True(w < 1e-5, $"a generated transposed convolution differs from the definition by {w}"));
    }

    private static double Diff(Tensor a, Tensor b) => (a - b).abs().max().item<float>();

    private static Dictionary<string, (Tensor Weight, Tensor Bias)> Parameters(nn.Module model)
    {
        var state = model.state_dict();
        return state.Keys.Where(k => k.EndsWith(".weight", System.StringComparison.Ordinal)).Select(k => k[..^".weight".Length])
            .ToDictionary(k => k, k => (state[k + ".weight"].detach().clone(), state[k + ".bias"].detach().clone()));
    }

    /// <summary>y[n, o, s·i + a, s·j + b] += Σ_c x[n, c, i, j] · w[c, o, a, b] (stride 2), plus the bias, in float64; then the output padding's zero-input rows.</summary>
    private static Tensor Definition(Tensor x, (Tensor Weight, Tensor Bias) p, long outputPadding)
    {
        using var noGrad = no_grad();
        var (n, h, w) = (x.shape[0], x.shape[2], x.shape[3]);
        var k = p.Weight.shape[2];
        var y = zeros(n, p.Weight.shape[1], (2 * (h - 1)) + k + outputPadding, (2 * (w - 1)) + k + outputPadding, dtype: ScalarType.Float64);
        var x64 = x.to(ScalarType.Float64);
        var w64 = p.Weight.to(ScalarType.Float64);
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                y[.., .., TensorIndex.Slice(a, a + (2 * (h - 1)) + 1, 2), TensorIndex.Slice(b, b + (2 * (w - 1)) + 1, 2)] += einsum("ncij,co->noij", x64, w64[.., .., a, b]);
            }
        }

        return (y + p.Bias.to(ScalarType.Float64).reshape(1, -1, 1, 1)).to(ScalarType.Float32);
    }
}
