using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedGraph.EndToEnd.Tests.Models;
using TypedGraph.Tests;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Onnx;

/// <summary>
/// <c>ExportOnnx</c> per layer kind: each model passes onnx's full checker and runs in ONNX Runtime within 1e-5 of
/// TorchSharp's <c>Predict</c>, at two batch sizes and, where the model has symbolic sizes, two lengths (an odd and an
/// even one, so "same" padding splits differently).
/// </summary>
[Collection(TorchGlobalGenerator.Name)]
public sealed class OnnxExportTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_activation_dropout_and_batch_norm_without_offset_match_OnnxRuntime()
    {
        manual_seed(1);
        using var model = new OnnxActivations();
        Randomize(model);

        OnnxParity.Report(output, nameof(OnnxActivations), OnnxParity.Verify(model, _temp["activations.onnx"], Batches([1, 5], b => [randn(b, 12) * 2])));
    }

    [Fact]
    public void Gru_and_simple_rnn_layers_attention_layer_norm_and_strided_same_padding_over_a_symbolic_length_match_OnnxRuntime()
    {
        manual_seed(2);
        using var model = new OnnxSequences();
        Randomize(model);
        var inputs = from batch in new[] { 1, 3 }
                     from length in new[] { 7, 12 }
                     select new[] { randint(0, 50, [batch, length], dtype: ScalarType.Int64) };

        var path = _temp["sequences.onnx"];
        OnnxParity.Report(output, nameof(OnnxSequences), OnnxParity.Verify(model, path, inputs.ToList()));

        var report = OnnxParity.Check(path);
        Assert.Equal("""{"Tokens":["N","T"]}""", report.GetProperty("inputs").GetRawText());
        Assert.Equal("""{"Encoded":["N",22],"PerStep":["N","T",2]}""", report.GetProperty("outputs").GetRawText());
        var operators = report.GetProperty("operators").EnumerateArray().Select(o => o.GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "Gather", "GRU", "RNN", "LayerNormalization", "Softmax", "Conv", "MaxPool", "AveragePool", "ReduceMax", "ReduceMean" }, operators.ToHashSet());
        Assert.DoesNotContain("Dropout", operators);
    }

    [Fact]
    public void Lstm_layers_match_OnnxRuntime()
    {
        manual_seed(8);
        using var model = new OnnxLstm();
        Randomize(model);
        var path = _temp["lstm.onnx"];
        var inputs = from batch in new[] { 1, 3 }
                     from length in new[] { 4, 9 }
                     select new[] { randn(batch, length, 5) };

        OnnxParity.Report(output, nameof(OnnxLstm), OnnxParity.Verify(model, path, inputs.ToList()));
        Assert.Contains("LSTM", OnnxParity.Check(path).GetProperty("operators").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public void The_layer_norm_is_written_out_below_opset_17_and_still_matches()
    {
        manual_seed(3);
        using var model = new OnnxSequences();
        Randomize(model);
        var path = _temp["sequences13.onnx"];

        OnnxParity.Report(output, "OnnxSequences (opset 13)", OnnxParity.Verify(model, path, [[randint(0, 50, [2, 9], dtype: ScalarType.Int64)]], opset: 13));
        Assert.DoesNotContain("LayerNormalization", OnnxParity.Check(path).GetProperty("operators").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public void Int32_token_ids_are_gathered_as_declared()
    {
        manual_seed(4);
        using var model = new OnnxTokens32();
        var inputs = from batch in new[] { 1, 4 }
                     from length in new[] { 5, 8 }
                     select new[] { randint(0, 20, [batch, length], dtype: ScalarType.Int32) };

        var path = _temp["tokens32.onnx"];
        OnnxParity.Report(output, nameof(OnnxTokens32), OnnxParity.Verify(model, path, inputs.ToList()));
    }

    [Fact]
    public void Known_size_maps_with_asymmetric_same_padding_transposed_convolutions_border_layers_and_merges_match_OnnxRuntime()
    {
        manual_seed(5);
        using var model = new OnnxMaps();
        Randomize(model);

        OnnxParity.Report(output, nameof(OnnxMaps), OnnxParity.Verify(model, _temp["maps.onnx"], Batches([1, 4], b => [randn(b, 3, 11, 10)])));
    }

    [Fact]
    public void Channels_last_maps_of_symbolic_size_match_OnnxRuntime_with_Keras_layouts_at_the_outputs()
    {
        manual_seed(6);
        using var model = new OnnxChannelsLast();
        Randomize(model);
        var inputs = from batch in new[] { 2, 3 }
                     from size in new[] { (9, 12), (16, 7) }
                     select new[] { randn(batch, size.Item1, size.Item2, 3) };
        var path = _temp["channels-last.onnx"];

        OnnxParity.Report(output, nameof(OnnxChannelsLast), OnnxParity.Verify(model, path, inputs.ToList()));
        Assert.Equal("""{"Image":["N","H","W",3]}""", OnnxParity.Check(path).GetProperty("inputs").GetRawText());
    }

    [Fact]
    public void Softmax_over_the_channels_of_channels_first_stored_sequences_and_channels_last_maps_matches_OnnxRuntime()
    {
        manual_seed(8);
        using var sequence = new SequenceChannelSoftmax();
        Randomize(sequence);
        OnnxParity.Report(output, nameof(SequenceChannelSoftmax), OnnxParity.Verify(sequence, _temp["sequence-softmax.onnx"], [[randint(0, 20, [2, 9], dtype: ScalarType.Int64)]]));

        using var map = new MapChannelSoftmax();
        Randomize(map);
        OnnxParity.Report(output, nameof(MapChannelSoftmax), OnnxParity.Verify(map, _temp["map-softmax.onnx"], [[randn(2, 7, 6, 3)]]));
    }

    [Fact]
    public void Submodels_repeated_submodels_and_shared_layers_match_OnnxRuntime_and_store_shared_weights_once()
    {
        manual_seed(7);
        using var model = new OnnxComposite();
        Randomize(model);
        var inputs = from batch in new[] { 1, 2 }
                     from size in new[] { (6, 5), (8, 8) }
                     select new[] { randn(batch, 4, size.Item1, size.Item2) };
        var path = _temp["composite.onnx"];

        OnnxParity.Report(output, nameof(OnnxComposite), OnnxParity.Verify(model, path, inputs.ToList()));
        var initializers = OnnxParity.Check(path).GetProperty("initializers").EnumerateArray().Select(i => i.GetString()!).ToList();
        var weights = initializers.Where(i => !i.Contains('/', StringComparison.Ordinal)).ToList();
        var stateKeys = model.state_dict().Keys.ToHashSet();
        Assert.Equal(32, weights.Count);
        Assert.Subset(stateKeys, weights.ToHashSet());
        Assert.Contains("middle.2.conv.weight", weights);
        Assert.Equal(["shared.bias", "shared.weight"], weights.Where(i => i.StartsWith("shared.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Tunable_layer_sizes_are_exported_at_the_models_point_and_match_OnnxRuntime()
    {
        // Not the default points: Scale 2, Pad 1, Filters 4, Kernel 3 (an odd "same" surplus, cropped by asymmetric pads),
        // Crop 2; a 50-row, 6-wide embedding and 2 attention heads of 5.
        manual_seed(9);
        using var maps = new Seeds.Tuning.TunedMapLayers(new Seeds.Tuning.TunedMapLayers.HyperParameters(Scale: 2.0, Pad: 1, Filters: 4, Kernel: 3, Crop: 2));
        Randomize(maps);
        var path = _temp["tuned-maps.onnx"];
        OnnxParity.Report(output, nameof(Seeds.Tuning.TunedMapLayers), OnnxParity.Verify(maps, path, Batches([1, 3], b => [randn(b, 3, 6, 6)])));
        Assert.Equal("""{"Back":["N",2,14,14],"Y":["N",1]}""", OnnxParity.Check(path).GetProperty("outputs").GetRawText());

        using var text = new Seeds.Tuning.TunedTextLayers(new Seeds.Tuning.TunedTextLayers.HyperParameters(Vocabulary: 50, Width: 6, Heads: 2, KeyDim: 5));
        Randomize(text);
        var inputs = from batch in new[] { 1, 3 }
                     from length in new[] { 4, 9 }
                     select new[] { randint(0, 50, [batch, length], dtype: ScalarType.Int64) };
        OnnxParity.Report(output, nameof(Seeds.Tuning.TunedTextLayers), OnnxParity.Verify(text, _temp["tuned-text.onnx"], inputs.ToList()));
    }

    [Fact]
    public void A_custom_layer_is_refused_by_name_and_no_file_is_written()
    {
        using var model = new OnnxWithCustom();
        var path = _temp["custom.onnx"];

        var error = Assert.Throws<NotSupportedException>(() => model.ExportOnnx(path));

        Assert.Equal(
            "Graph 'OnnxWithCustom' cannot be exported to ONNX: node 'Doubled' is a [Custom(typeof(Doubler))] layer: its forward is arbitrary TorchSharp code, which has no ONNX form. Export a model without it, or port the module to PyTorch by hand and export that to ONNX.",
            error.Message);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(18)]
    public void An_opset_outside_13_to_17_is_refused_before_anything_is_written(int opset)
    {
        using var model = new OnnxActivations();
        var path = _temp["opset.onnx"];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => model.ExportOnnx(path, opset));

        Assert.StartsWith($"ExportOnnx writes ONNX opsets 13 to 17 (IR version 7 to 8); {opset} is outside that range.", error.Message, StringComparison.Ordinal);
        Assert.Equal("opset", error.ParamName);
        Assert.False(File.Exists(path));
    }

    /// <summary>One input set per batch size.</summary>
    internal static List<Tensor[]> Batches(int[] sizes, Func<int, Tensor[]> inputs) => sizes.Select(inputs).ToList();

    /// <summary>
    /// Moves every parameter and buffer away from its initial value (zero biases, unit variances, BatchNorm's identity),
    /// so the comparison exercises each weight's place in the ONNX graph.
    /// </summary>
    internal static void Randomize(nn.Module model)
    {
        using var noGrad = no_grad();
        foreach (var (name, tensor) in model.state_dict())
        {
            if (!tensor.is_floating_point())
            {
                continue;
            }

            if (name.EndsWith("running_var", StringComparison.Ordinal))
            {
                tensor.copy_(rand_like(tensor) + 0.5);
            }
            else
            {
                tensor.add_(randn_like(tensor) * 0.1);
            }
        }
    }
}
