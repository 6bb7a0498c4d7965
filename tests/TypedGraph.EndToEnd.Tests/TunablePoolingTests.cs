using System;
using System.Globalization;
using TypedGraph.EndToEnd.Tests.Export;
using TypedGraph.EndToEnd.Tests.Models;
using TypedGraph.EndToEnd.Tests.Onnx;
using TypedGraph.Tests;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests;

/// <summary>
/// Pool sizes and upsampling factors given as <c>nameof(hyper-parameter)</c>: each point pools and upsamples by its own
/// value, the layers after them are sized from it when the model is built, the search space's parameter-count range is
/// exact, and the PyTorch and ONNX exports compute what TorchSharp computes at a point other than the default.
/// </summary>
public sealed class TunablePoolingTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    // TunedPoolNet by hand: C = 3·3·1·4 + 4 = 40 on a 12×12 image → 10×10; P = floor(10/Pool) → 5×5 at Pool = 2, 3×3 at
    // Pool = 3; Label = 4·side²·10 + 10 = 1010 or 370.
    [Theory]
    [InlineData(2, 5, 1_050)]
    [InlineData(3, 3, 410)]
    public void A_pooled_point_builds_its_dense_width_and_trains_one_step(int pool, int side, long parameters)
    {
        using var scope = NewDisposeScope();
        using var model = new TunedPoolNet(new TunedPoolNet.HyperParameters(Pool: pool));

        Assert.Equal(pool, model.Pool);
        Assert.Equal($"(N, 4, {side}, {side})", model.P.OutputShape.ToString());
        Assert.Equal($"(N, {4 * side * side})", model.F.OutputShape.ToString());
        var dense = (TorchSharp.Modules.Linear)model.Label.Module!;
        Assert.Equal([10L, 4 * side * side], dense.weight!.shape);
        Assert.Equal(parameters, model.ParameterCount);
        Assert.Matches($@"P \(MaxPooling2D\)\s+│ \(N, 4, {side}, {side}\)\s+│\s+0 │ C", model.Summary());

        manual_seed(5);
        var x = rand(6, 1, 12, 12);
        var y = randint(0, 10, [6], dtype: ScalarType.Int64);
        var before = dense.weight!.clone();
        var history = model.Fit(new TunedPoolNet.Inputs(x), new TunedPoolNet.Targets(y), epochs: 1, batchSize: 6, verbose: 0);

        Assert.True(double.IsFinite(history["loss"][0]));
        Assert.False(before.allclose(dense.weight!), "one optimizer step changed the dense weights");
        Assert.Equal([6L, 10], model.forward(x).Label.shape);
    }

    // TunedBlockHost by hand at Filters = 16: Block = TunedBlock at its default Filters = 4 (3·3·3·4 + 4 = 112, 8×8 → 6×6);
    // Mix = 1·1·4·16 + 16 = 80 on 4 channels (the block's 4, not the host's 16); Y = 16·6·6·2 + 2 = 1154.
    [Fact]
    public void A_submodel_is_built_at_its_default_point_even_when_the_host_has_a_hyper_parameter_of_the_same_name()
    {
        using var scope = NewDisposeScope();
        using var model = new TunedBlockHost(new TunedBlockHost.HyperParameters(Filters: 16));

        Assert.Equal("(N, 4, 6, 6)", model.Block.OutputShape.ToString());
        Assert.Equal("(N, 16, 6, 6)", model.Mix.OutputShape.ToString());
        Assert.Equal(112 + 80 + 1_154, model.ParameterCount);
        Assert.Equal([2L, 2], model.forward(rand(2, 3, 8, 8)).Y.shape);

        // model.py would size the block's class from the host's Filters: refused, naming the submodel and its hyper-parameter.
        var directory = _temp["block-host"];
        var error = Assert.Throws<NotSupportedException>(() => model.ExportPyTorch(directory));
        Assert.Contains("its submodel TunedBlock declares hyper-parameters (Filters)", error.Message, StringComparison.Ordinal);
        Assert.False(System.IO.Directory.Exists(directory));
    }

    [Fact]
    public void The_search_space_gives_the_exact_parameter_count_range()
    {
        var space = TunedPoolNet.SearchSpace;

        Assert.Equal(2, space.Size);
        Assert.Equal(410, space.MinParameterCount);    // Pool = 3
        Assert.Equal(1_050, space.MaxParameterCount);  // Pool = 2
    }

    [Fact]
    public void Upsampling_repeats_every_pixel_by_the_models_factor()
    {
        using var model = new TunedUpsampler(new TunedUpsampler.HyperParameters(Factor: 3));
        var x = tensor(new float[] { 1, 2, 3, 4 }).reshape(1, 1, 2, 2);

        var up = model.forward(new TunedUpsampler.Inputs(x)).Up;

        // Each input pixel becomes a 3×3 block: rows 0–2 read input row 0, columns 3–5 input column 1.
        float[] expected =
        [
            1, 1, 1, 2, 2, 2,
            1, 1, 1, 2, 2, 2,
            1, 1, 1, 2, 2, 2,
            3, 3, 3, 4, 4, 4,
            3, 3, 3, 4, 4, 4,
            3, 3, 3, 4, 4, 4,
        ];
        Assert.Equal([1L, 1, 6, 6], up.shape);
        Assert.Equal(expected, up.data<float>().ToArray());
        Assert.Equal("(N, 1, 6, 6)", model.Up.OutputShape.ToString());
        using var small = new TunedUpsampler();
        Assert.Equal("(N, 1, 4, 4)", small.Up.OutputShape.ToString());
        Assert.Equal([1L, 1, 4, 4], small.forward(new TunedUpsampler.Inputs(x)).Up.shape);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(2, 3)]
    public void The_onnx_export_pools_and_upsamples_by_the_instances_values(int pool, int factor)
    {
        // At Pool = 2, Factor = 3 the "same" average pool reads a 15×15 map: an odd size, padded after.
        manual_seed(11);
        using var model = new TunedResampler(new TunedResampler.HyperParameters(Pool: pool, Factor: factor));
        OnnxExportTests.Randomize(model);
        var side = (((10 / pool) * factor) + pool - 1) / pool;
        Assert.Equal($"(N, {side}, {side}, 4)", model.Q.OutputShape.ToString());

        var worst = OnnxParity.Verify(model, _temp[$"resampler-{pool}-{factor}.onnx"], OnnxExportTests.Batches([1, 3], b => [randn(b, 11, 10, 3)]));

        OnnxParity.Report(output, $"TunedResampler(Pool = {pool}, Factor = {factor})", worst);
    }

    [Fact]
    public void The_pytorch_export_pools_and_upsamples_by_the_instances_values()
    {
        using var parity = new PyTorchParity();
        using var inputs = new Generator(13);
        using (NewDisposeScope())
        {
            foreach (var (pool, factor) in new[] { (3, 3), (2, 3) })
            {
                var model = new TunedResampler(new TunedResampler.HyperParameters(Pool: pool, Factor: factor));
                var directory = parity.Add($"Pool = {pool}, Factor = {factor}", model, model.ExportPyTorch, x => model.forward(TunedResampler.Inputs.FromTensors(x)).ToTensors(), [randn([3, 11, 10, 3], generator: inputs)]);
                var python = System.IO.File.ReadAllText(System.IO.Path.Combine(directory, "model.py"));
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"repeat_interleave({factor}, "), python, StringComparison.Ordinal);
            }

            var results = parity.Run();
            foreach (var result in results)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Label}: largest scaled difference {result.MaxDiff:E2} over {result.Elements} values"));
            }

            // Relative 1e-5 (~80 float32 ulps of the value): the weights are drawn concurrently with other classes' draws,
            // so they differ per run, and a scaled bound does not depend on their magnitude.
            Assert.All(results, r => Assert.True(r.MaxDiff <= 1e-5, $"{r.Label}: largest scaled difference {r.MaxDiff}"));
        }
    }
}
