using System;
using System.Linq;
using TypedGraph.Samples.Models;
using TypedGraph.Tests;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Onnx;

/// <summary>
/// The seed sample models exported to ONNX: onnx's full checker, then ONNX Runtime against TorchSharp's <c>Predict</c> at
/// two batch sizes (and two lengths or map sizes where the model has symbolic ones).
/// </summary>
/// <remarks>
/// Weights and inputs are drawn after <c>manual_seed</c>, and the class runs alone (<see cref="TorchGlobalGenerator"/>):
/// every run compares the same numbers, the ones <see cref="DeepTolerance"/> was measured on.
/// </remarks>
[Collection(TorchGlobalGenerator.Name)]
public sealed class OnnxSeedModelTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Mlp_fashion_convnet_and_separable_convnet_match_OnnxRuntime()
    {
        manual_seed(21);
        using var mlp = new Mlp();
        OnnxParity.Report(output, nameof(Mlp), OnnxParity.Verify(mlp, _temp["mlp.onnx"], OnnxExportTests.Batches([1, 128], b => [randn(b, 64)])));
        using var fashion = new FashionConvNet();
        OnnxExportTests.Randomize(fashion);
        OnnxParity.Report(output, nameof(FashionConvNet), OnnxParity.Verify(fashion, _temp["fashion.onnx"], OnnxExportTests.Batches([1, 16], b => [rand(b, 1, 28, 28)])));
        using var separable = new SeparableConvNet();
        OnnxExportTests.Randomize(separable);
        OnnxParity.Report(output, nameof(SeparableConvNet), OnnxParity.Verify(separable, _temp["separable.onnx"], OnnxExportTests.Batches([1, 4], b => [rand(b, 64, 64, 3)])));
    }

    /// <summary>
    /// Deep float32 stacks (256-channel convolutions, dot products of thousands of terms, five in a row) are summed in
    /// another order by ONNX Runtime's MLAS than by libtorch. On this class's draws, the same every run (measured in three
    /// runs: InceptionModule 1.56e-5, SocialMediaProfiler 1.57e-5, ResidualBlock 6.5e-6 of the value), 5e-5 leaves a
    /// factor 3 for another machine's kernels and thread count; every layer kind is held to 1e-5 on its own in
    /// <see cref="OnnxExportTests"/>.
    /// </summary>
    private const double DeepTolerance = 5e-5;

    [Fact]
    public void Inception_module_and_residual_block_of_symbolic_size_match_OnnxRuntime_at_two_map_sizes()
    {
        manual_seed(22);
        using var inception = new InceptionModule();
        OnnxExportTests.Randomize(inception);
        var sizes = new[] { (7, 7), (10, 9) };
        OnnxParity.Report(output, nameof(InceptionModule), OnnxParity.Verify(inception, _temp["inception.onnx"], (from b in new[] { 1, 3 } from s in sizes select new[] { randn(b, 256, s.Item1, s.Item2) }).ToList(), tolerance: DeepTolerance));
        using var residual = new ResidualBlock();
        OnnxExportTests.Randomize(residual);
        OnnxParity.Report(output, nameof(ResidualBlock), OnnxParity.Verify(residual, _temp["residual.onnx"], (from b in new[] { 1, 3 } from s in new[] { (8, 8), (10, 6) } select new[] { randn(b, 64, s.Item1, s.Item2) }).ToList(), tolerance: DeepTolerance));
    }

    [Fact]
    public void Social_media_profiler_with_three_outputs_matches_OnnxRuntime_at_two_lengths()
    {
        manual_seed(23);
        using var model = new SocialMediaProfiler();
        OnnxExportTests.Randomize(model);
        var inputs = from b in new[] { 1, 3 } from t in new[] { 269, 300 } select new[] { randint(0, SocialMediaProfiler.Vocabulary, [b, t], dtype: ScalarType.Int64) };

        OnnxParity.Report(output, nameof(SocialMediaProfiler), OnnxParity.Verify(model, _temp["social.onnx"], inputs.ToList(), tolerance: DeepTolerance));
    }

    [Fact]
    public void Lstm_seed_models_pass_the_checker_with_the_declared_names_and_the_siamese_lstm_matches_OnnxRuntime()
    {
        manual_seed(24);
        using var qa = new QuestionAnswering();
        qa.ExportOnnx(_temp["qa.onnx"]);
        var report = OnnxParity.Check(_temp["qa.onnx"]);
        Assert.Equal("""{"Text":["N","T"],"Question":["N","U"]}""", report.GetProperty("inputs").GetRawText());
        Assert.Equal("""{"Answer":["N",500]}""", report.GetProperty("outputs").GetRawText());
        using var siamese = new SiameseLstm();
        siamese.ExportOnnx(_temp["siamese.onnx"]);
        var siameseReport = OnnxParity.Check(_temp["siamese.onnx"]);
        Assert.Equal("""{"Left":["N","T",128],"Right":["N","U",128]}""", siameseReport.GetProperty("inputs").GetRawText());
        Assert.Equal(3, siameseReport.GetProperty("initializers").EnumerateArray().Count(i => i.GetString()!.StartsWith("left_encoded.onnx_", StringComparison.Ordinal)));
        Assert.DoesNotContain(siameseReport.GetProperty("initializers").EnumerateArray(), i => i.GetString()!.StartsWith("right_encoded", StringComparison.Ordinal));

        var inputs = from b in new[] { 1, 3 } from t in new[] { (5, 7), (9, 4) } select new[] { randn(b, t.Item1, 128), randn(b, t.Item2, 128) };
        OnnxParity.Report(output, nameof(SiameseLstm), OnnxParity.Verify(siamese, _temp["siamese-parity.onnx"], inputs.ToList()));
    }
}
