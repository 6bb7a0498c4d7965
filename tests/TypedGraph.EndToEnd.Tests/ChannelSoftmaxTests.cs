using TypedGraph.EndToEnd.Tests.Models;
using static TorchSharp.torch;
using static TypedGraph.EndToEnd.Tests.SecondWaveLayerTests;
using F = TorchSharp.torch.nn.functional;

namespace TypedGraph.EndToEnd.Tests;

/// <summary>
/// Softmax (fused into a convolution, or as <c>[Activate(Softmax)]</c>) on tensors the generated code stores channels-first
/// while Keras's layout is channels-last: it normalizes Keras's last (channel) axis, against hand computations with
/// TorchSharp's functional ops on the same weights; a fused softmax absorbed by the loss scores the same class axis.
/// </summary>
public sealed class ChannelSoftmaxTests
{
    private const double Tolerance = 1e-5;

    [Fact]
    public void Softmax_of_a_Conv1d_on_an_embedded_sequence_normalizes_the_channels_of_each_time_step()
    {
        using var scope = NewDisposeScope();
        manual_seed(3);
        using var model = new SequenceChannelSoftmax();
        model.eval();
        var tokens = randint(0, 20, [2, 7], dtype: ScalarType.Int64);

        var outputs = model.forward(tokens);

        var state = model.state_dict();
        var embedded = state["embedded.weight"].index_select(0, tokens.flatten()).view(2, 7, 6).permute(0, 2, 1);
        var tags = F.conv1d(embedded, state["tags.weight"], state["tags.bias"], padding: 1).permute(0, 2, 1);
        var logTags = F.conv1d(embedded, state["log_tags.weight"], state["log_tags.bias"], padding: 1).permute(0, 2, 1);
        var scores = F.conv1d(embedded, state["scores.weight"], state["scores.bias"]).permute(0, 2, 1);
        Assert.Equal(new long[] { 2, 7, 5 }, outputs.Tags.shape);
        AssertClose(tags.softmax(-1), outputs.Tags);
        AssertClose(logTags.log_softmax(-1), outputs.LogTags);
        AssertClose(scores.softmax(-1), outputs.Probabilities);
        AssertClose(ones(2, 7), outputs.Tags.sum(-1));
        AssertClose(ones(2, 7), outputs.Probabilities.sum(-1));
        AssertClose(ones(2, 7), outputs.LogTags.exp().sum(-1));

        // The loss absorbs Tags's softmax: it scores the logits over the same (channel) axis.
        var targets = F.one_hot(randint(0, 5, [2, 7], dtype: ScalarType.Int64), 5).to_type(ScalarType.Float32);
        var loss = model.Evaluate(new SequenceChannelSoftmax.Inputs(tokens), new SequenceChannelSoftmax.Targets(targets))["loss"];
        Assert.Equal(-(targets * tags.log_softmax(-1)).sum(-1).mean().item<float>(), loss, Tolerance);
    }

    [Fact]
    public void Softmax_of_a_channels_last_Conv2d_normalizes_the_channels_of_each_pixel()
    {
        using var scope = NewDisposeScope();
        manual_seed(4);
        using var model = new MapChannelSoftmax();
        model.eval();
        var image = randn(2, 5, 6, 3);

        var outputs = model.forward(image);

        var state = model.state_dict();
        var x = image.permute(0, 3, 1, 2);
        var classes = F.conv2d(x, state["classes.weight"], state["classes.bias"], padding: [1, 1]).permute(0, 2, 3, 1);
        var scores = F.conv2d(x, state["scores.weight"], state["scores.bias"]).permute(0, 2, 3, 1);
        Assert.Equal(new long[] { 2, 5, 6, 4 }, outputs.Classes.shape);
        AssertClose(classes.softmax(-1), outputs.Classes);
        AssertClose(scores.softmax(-1), outputs.Probabilities);
        AssertClose(ones(2, 5, 6), outputs.Classes.sum(-1));
        AssertClose(ones(2, 5, 6), outputs.Probabilities.sum(-1));

        var targets = F.one_hot(randint(0, 4, [2, 5, 6], dtype: ScalarType.Int64), 4).to_type(ScalarType.Float32);
        var loss = model.Evaluate(new MapChannelSoftmax.Inputs(image), new MapChannelSoftmax.Targets(targets))["loss"];
        Assert.Equal(-(targets * classes.log_softmax(-1)).sum(-1).mean().item<float>(), loss, Tolerance);
    }
}
