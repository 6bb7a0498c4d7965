using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TorchSharp;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

public sealed class ActivationsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Activations_hold_every_node_in_order_with_outputs_as_forward_returns_them()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var (x, _) = ToyData.Classification(3);

        var activations = model.Activations(x);

        Assert.Equal(model.Nodes, activations.Keys);
        Assert.Equal([3L, 64L], activations[model.Nodes[0]].shape);
        Assert.Equal([3L, 32L], activations[model.Nodes[1]].shape);
        Assert.True(activations[model.Nodes[0]].eq(x.Features).all().item<bool>());
        Assert.True(activations[model.Nodes[3]].allclose(model.forward(x).Probabilities));
        Assert.True(activations[model.Nodes[1]].ge(0).all().item<bool>()); // after the ReLU
        Assert.False(activations[model.Nodes[1]].requires_grad);
        Assert.True(model.training);
    }

    [Fact]
    public void Activations_release_everything_but_the_results_and_disposing_them_leaves_the_inputs_alone()
    {
        using var model = new BagOfWords();
        var (x, _) = ToyData.Tokens(4);
        var statistics = DisposeScopeManager.Statistics;
        var before = statistics.ThreadTotalLiveCount;

        var activations = model.Activations(x);
        foreach (var tensor in activations.Values)
        {
            tensor.Dispose();
        }

        Assert.Equal(before, statistics.ThreadTotalLiveCount);
        Assert.Equal([4L, 5L], x.Tokens.shape); // still alive
        Assert.Equal(["Tokens", "Embedded", "Pooled", "Label"], activations.Keys.Select(n => n.Name));
    }

    [Fact]
    public void ActivationLogger_writes_an_npz_with_one_npy_per_node_every_frequency_epochs()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Classification(12);
        var sample = new Mlp.Inputs(x.Features.narrow(0, 0, 3));
        var logger = ActivationLogger.For(_temp["acts", "epoch_{epoch:02d}.npz"], sample, frequency: 2);

        model.Fit(x, y, epochs: 3, batchSize: 4, callbacks: [logger], verbose: 0);

        Assert.Equal(["epoch_01.npz", "epoch_03.npz"], _temp.FileNames("acts"));
        using var zip = ZipFile.OpenRead(_temp["acts", "epoch_03.npz"]);
        Assert.Equal(["Features.npy", "Hidden1.npy", "Hidden2.npy", "Probabilities.npy"], zip.Entries.Select(e => e.FullName));
        var (descr, shape, data) = ReadNpy(zip.GetEntry("Hidden2.npy")!);
        Assert.Equal("<f4", descr);
        Assert.Equal([3L, 32L], shape);
        var expected = model.Activations(sample)[model.Nodes[2]].data<float>().ToArray();
        Assert.Equal(expected, MemoryMarshalFloats(data));
    }

    [Fact]
    public void ActivationLogger_with_the_wrong_number_of_inputs_fails_before_training()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(4);

        var error = Assert.Throws<ArgumentException>(() =>
            model.Fit(x, y, callbacks: [new ActivationLogger(_temp["a.npz"], [x.Features, x.Features])], verbose: 0));

        Assert.Equal("ActivationLogger was given 2 input tensor(s) but the model has 1 input(s).", error.Message);
    }

    [Fact]
    public void A_graph_that_skips_a_node_is_reported_and_nothing_leaks()
    {
        using var model = new SkipsRecording();
        using var scope = NewDisposeScope();
        var input = new Mlp.Inputs(zeros(2, 64));
        var statistics = DisposeScopeManager.Statistics;
        var before = statistics.ThreadTotalLiveCount;

        var error = Assert.Throws<InvalidOperationException>(() => model.Activations(input));

        Assert.Equal("The graph of SkipsRecording did not record node 'Doubled'.", error.Message);
        Assert.Equal(before, statistics.ThreadTotalLiveCount); // the alias recorded for 'Features' was released
    }

    private static (string Descr, long[] Shape, byte[] Data) ReadNpy(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8));
        var header = Encoding.ASCII.GetString(bytes, 10, headerLength);
        var match = Regex.Match(header, @"'descr': '([^']+)', 'fortran_order': False, 'shape': \(([^)]*)\)");
        Assert.True(match.Success, header);
        var shape = match.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(long.Parse).ToArray();
        return (match.Groups[1].Value, shape, bytes[(10 + headerLength)..]);
    }

    private static float[] MemoryMarshalFloats(byte[] data)
    {
        var values = new float[data.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(data.AsSpan(i * 4));
        }

        return values;
    }

    /// <summary>A broken graph method: it records its input but not the node it computes.</summary>
    private sealed class SkipsRecording : Model<Mlp.Inputs, Mlp.Outputs, Mlp.Targets>
    {
        public SkipsRecording()
            : base(nameof(SkipsRecording))
        {
            var features = new Node("Features", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(64)), [], null);
            Nodes = [features, new Node("Doubled", "Lambda", new Shape(Dim.Batch, Dim.Fixed(64)), [features], null)];
        }

        public override IReadOnlyList<Node> Nodes { get; }

        public override ModelSignature Signature { get; } = new([], []);

        protected override Mlp.Outputs ForwardGraph(Mlp.Inputs inputs, bool logits, Action<int, Tensor>? record)
        {
            record?.Invoke(0, inputs.Features);
            return new(inputs.Features * 2);
        }
    }
}
