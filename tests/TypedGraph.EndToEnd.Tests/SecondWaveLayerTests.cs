using System;
using System.Linq;
using TypedGraph.EndToEnd.Tests.Models;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TypedGraph.EndToEnd.Tests;

/// <summary>
/// The second wave's layer kinds and inferred layouts through the real generator, against hand computations with
/// TorchSharp's functional ops on the same weights, and against the same model declared in the other data format.
/// </summary>
public sealed class SecondWaveLayerTests
{
    private const double Tolerance = 1e-5;

    [Fact]
    public void Text_classifier_in_the_default_format_equals_its_channels_last_twin_and_a_hand_computation()
    {
        using var scope = NewDisposeScope();
        manual_seed(11);
        using var model = new TextClassifier();
        using var twin = new TextClassifierChannelsLast();
        twin.load_state_dict(model.state_dict());
        model.eval();
        twin.eval();
        var tokens = randint(0, 100, [4, 13], dtype: ScalarType.Int64);

        var probabilities = model.forward(tokens).Label;

        AssertClose(twin.forward(tokens).Label, probabilities);
        var state = model.state_dict();
        var embedded = state["embedded.weight"].index_select(0, tokens.flatten()).view(4, 13, 8);
        var conv = F.conv1d(embedded.permute(0, 2, 1), state["conv.weight"], state["conv.bias"]).relu();
        var pooled = F.max_pool1d(conv, 2, 2);
        var normalized = F.batch_norm(pooled, state["norm.running_mean"], state["norm.running_var"], state["norm.weight"], state["norm.bias"], false, 0.01, 1e-3);
        var expected = F.linear(normalized.amax(2), state["label.weight"], state["label.bias"]).softmax(-1);
        AssertClose(expected, probabilities);
    }

    [Fact]
    public void A_generated_model_takes_int32_token_ids_as_int64()
    {
        using var scope = NewDisposeScope();
        using var model = new TextClassifier();
        model.eval();
        var tokens = randint(0, 100, [3, 9], dtype: ScalarType.Int64);

        AssertClose(model.forward(tokens).Label, model.forward(tokens.to_type(ScalarType.Int32)).Label);
        Assert.Throws<ShapeMismatchException>(() => model.forward(tokens.to_type(ScalarType.Int16)));
    }

    [Theory]
    [InlineData(100L, 7)]
    [InlineData(-1L, 12)]
    public void A_generated_embedding_names_an_out_of_range_token_id(long id, int position)
    {
        using var scope = NewDisposeScope();
        using var model = new TextClassifier();
        var tokens = randint(0, 100, [2, 13], dtype: ScalarType.Int64);
        tokens[1, position] = tensor(id);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => model.forward(tokens));

        Assert.Equal("Embedded", error.ParamName);
        Assert.Equal(id, error.ActualValue);
        Assert.Contains("[0, 100)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 6)]
    [InlineData(7, 4)]
    public void Border_layers_pad_crop_rescale_and_upsample_as_keras(int height, int width)
    {
        using var scope = NewDisposeScope();
        using var model = new BorderLayers();
        using var twin = new BorderLayersChannelsLast();
        var x = randn(2, 2, height, width);

        var actual = model.forward(x).Up;

        // ZeroPadding2D(((1, 0), (0, 2))), Cropping2D(((0, 2), (1, 0))), x·0.5 + 1, nearest ×2.
        var padded = F.pad(x, [0L, 2, 1, 0]);
        var cropped = padded.narrow(2, 0, padded.shape[2] - 2).narrow(3, 1, padded.shape[3] - 1);
        var expected = ((cropped * 0.5) + 1).repeat_interleave(2, 2).repeat_interleave(2, 3);
        Assert.Equal([2L, 2, 2 * (height - 1), 2 * (width + 1)], actual.shape);
        AssertClose(expected, actual);
        AssertClose(expected.permute(0, 2, 3, 1), twin.forward(x.permute(0, 2, 3, 1)).Up);
    }

    [Theory]
    [InlineData(5, 6)]
    [InlineData(4, 7)]
    public void Transposed_convolutions_have_keras_output_sizes_and_values(int height, int width)
    {
        using var scope = NewDisposeScope();
        manual_seed(2);
        using var model = new SecondWaveConvolutions();
        model.eval();
        var state = model.state_dict();
        var x = randn(1, 3, height, width);

        var outputs = model.forward(x);

        // Keras: valid in·s + max(k − s, 0); same in·s.
        Assert.Equal([1L, 4, (2 * height) + 1, (2 * width) + 1], outputs.UpValid.shape);
        AssertClose(F.conv_transpose2d(x, state["up_valid.weight"], state["up_valid.bias"], strides: [2, 2]), outputs.UpValid);
        var even = F.conv_transpose2d(x, state["up_same_even.weight"], state["up_same_even.bias"], strides: [2, 2]);
        var odd = F.conv_transpose2d(x, state["up_same_odd.weight"], state["up_same_odd.bias"], strides: [2, 2]);
        // TensorFlow crops the surplus max(k − s, 0), the smaller half first: k = 4 → 1 and 1; k = 3 → 0 and 1.
        var expected = cat([Crop(even, 1, 2 * height, 2 * width), Crop(odd, 0, 2 * height, 2 * width)], 1);
        AssertClose(expected, outputs.Up);
    }

    [Fact]
    public void A_one_by_seven_kernel_pads_only_the_columns_and_batch_norm_without_scale_has_no_gamma()
    {
        using var scope = NewDisposeScope();
        manual_seed(4);
        using var model = new SecondWaveConvolutions();
        model.eval();
        var state = model.state_dict();
        var x = randn(2, 3, 6, 9);

        var norm = model.forward(x).Norm;

        var wide = F.conv2d(x, state["wide.weight"], state["wide.bias"], padding: [0, 3]);
        AssertClose(F.batch_norm(wide, state["norm.running_mean"], state["norm.running_var"], null, state["norm.bias"], false, 0.01, 1e-3), norm);
        Assert.DoesNotContain("norm.weight", state.Keys);
        Assert.Equal(3 * 5, model.Norm.ParameterCount);
        Assert.Equal((1 * 7 * 3 * 5) + 5, model.Wide.ParameterCount);
    }

    [Fact]
    public void A_node_declared_not_trainable_is_frozen_and_counted_non_trainable()
    {
        using var model = new SecondWaveConvolutions();

        Assert.False(model.Norm.Trainable);
        Assert.All(model.Norm.Module!.parameters(), p => Assert.False(p.requires_grad));
        Assert.True(model.Wide.Trainable);
        Assert.Equal(model.ParameterCount - model.TrainableParameterCount, model.NonTrainableParameterCount);
        Assert.Equal(3 * 5, model.NonTrainableParameterCount);
    }

    [Fact]
    public void Multi_head_attention_has_keras_parameters_and_computes_scaled_dot_product_attention()
    {
        using var scope = NewDisposeScope();
        manual_seed(8);
        using var model = new Attention();
        model.eval();
        var state = model.state_dict();
        var (query, context) = (randn(2, 5, 16), randn(2, 7, 12));

        var actual = model.forward(query, context).Attended;

        // Keras: query 16·2·8 + 16, key and value 12·2·8 + 16 each, output 16·16 + 16.
        Assert.Equal(272 + 208 + 208 + 272, model.ParameterCount);
        Tensor Heads(Tensor t, string name, long length) => F.linear(t, state[$"attended.{name}.weight"], state[$"attended.{name}.bias"]).view(2, length, 2, 8).transpose(1, 2);
        var weights = Heads(query, "query", 5).matmul(Heads(context, "key", 7).transpose(-2, -1)).div(Math.Sqrt(8)).softmax(-1);
        var attended = weights.matmul(Heads(context, "value", 7)).transpose(1, 2).reshape(2, 5, 16);
        var expected = F.linear(attended, state["attended.output.weight"], state["attended.output.bias"]);
        Assert.Equal([2L, 5, 16], actual.shape);
        AssertClose(expected, actual);
    }

    private static Tensor Crop(Tensor y, long before, long rows, long cols) => y.narrow(2, before, rows).narrow(3, before, cols);

    /// <summary>Same shape, and every element within 1e-5.</summary>
    internal static void AssertClose(Tensor expected, Tensor actual)
    {
        Assert.Equal(expected.shape, actual.shape);
        var difference = (expected - actual).abs().max().item<float>();
        Assert.True(difference < Tolerance, $"max |difference| = {difference}");
    }
}
