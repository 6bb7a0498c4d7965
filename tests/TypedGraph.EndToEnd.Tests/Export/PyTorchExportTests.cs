using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TypedGraph.EndToEnd.Tests.Models;
using TypedGraph.Samples.Models;
using TypedGraph.Tests;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Export;

/// <summary>
/// <c>ExportPyTorch</c> against Debian's PyTorch 1.13: the exported <c>model.py</c> loads the exported weights strictly
/// (same state-dict keys and shapes) and computes what TypedGraph computes, within 1e-5 (absolute up to 1, relative
/// beyond: <see cref="ScaledDifference"/>), for every layer kind and for the seed models; a <c>[Custom]</c> node is
/// refused with a message naming it.
/// </summary>
/// <remarks>
/// The weights are the layers' default initialisation after <c>manual_seed(7)</c>, the inputs come from a local
/// generator: the class runs alone (<see cref="TorchGlobalGenerator"/>) so that every run compares the same numbers.
/// </remarks>
[Collection(TorchGlobalGenerator.Name)]
public sealed class PyTorchExportTests(ITestOutputHelper output)
{
    // Relative 1e-5 is ~80 float32 ulps of the value. The deepest case (seed InceptionModule, 256 input channels into
    // 1×1, 3×3 and 5×5 convolutions) sums thousands of products per output, in a different order in libtorch 2.10 and
    // PyTorch 1.13. Measured on this class's draws (the same in three runs): 7.2e-7 (InceptionModule), at most 3.1e-7
    // for every other case; a wrong formula, weight layout or axis is off by far more than 1e-5.
    private const double Tolerance = 1e-5;

    [Fact]
    public void Exported_models_match_TypedGraph_for_every_layer_kind_and_the_seed_models()
    {
        using var parity = new PyTorchParity();
        using var inputs = new Generator(7);
        using (NewDisposeScope())
        {
            manual_seed(7);

            // (a) Per layer kind.
            Add(parity, inputs, "Dense", new ExportDense());
            Add(parity, inputs, "Embedding + Conv1d (causal, same) + pooling 1d", new ExportSequence());
            Add(parity, inputs, "SimpleRnn / LSTM / GRU (bidirectional)", new ExportRecurrent());
            Add(parity, inputs, "Conv2d / SeparableConv2d / DepthwiseConv2d (same, stride 2) + pooling 2d", new ExportConvolutions());
            Add(parity, inputs, "ChannelsLast: ZeroPadding / BatchNorm / Cropping / UpSampling / Conv2dTranspose / Flatten", new ExportChannelsLast());
            Add(parity, inputs, "Permute / Reshape / LayerNorm / Dropout / activations / merges", new ExportElementWise());
            Add(parity, inputs, "Shared / Submodel / Repeat", new ExportComposite());
            Add(parity, inputs, "MultiHeadAttention", new Attention());
            Add(parity, inputs, "Border layers channels-first", new BorderLayers());
            Add(parity, inputs, "Conv2dTranspose / frozen BatchNorm(Scale = false)", new SecondWaveConvolutions());
            Add(parity, inputs, "Text classifier (ChannelsFirst)", new TextClassifier());
            Add(parity, inputs, "Text classifier (ChannelsLast)", new TextClassifierChannelsLast());
            Add(parity, inputs, "Tagger", new Tagger());
            Add(parity, inputs, "Softmax over the channels of a Conv1d sequence (fused, loss-absorbed, Activate)", new SequenceChannelSoftmax());
            Add(parity, inputs, "Softmax over the channels of a ChannelsLast Conv2d (fused, loss-absorbed, Activate)", new MapChannelSoftmax(), symbolSize: 6);

            // (b) Hyper-parameter sizes, at points other than the defaults (holes in model.py filled with the point's values).
            Add(parity, inputs, "Tuned Rescaling / ZeroPadding / Conv2dTranspose (same, odd surplus; valid) / Cropping", new Seeds.Tuning.TunedMapLayers(new Seeds.Tuning.TunedMapLayers.HyperParameters(Scale: 2.0, Pad: 1, Filters: 4, Kernel: 3, Crop: 2)));
            Add(parity, inputs, "Tuned Embedding / MultiHeadAttention", new Seeds.Tuning.TunedTextLayers(new Seeds.Tuning.TunedTextLayers.HyperParameters(Vocabulary: 50, Width: 6, Heads: 2, KeyDim: 5)));

            // (c) The seed models.
            Add(parity, inputs, "seed Mlp", new TypedGraph.Samples.Models.Mlp());
            Add(parity, inputs, "seed QuestionAnswering", new QuestionAnswering());
            Add(parity, inputs, "seed SocialMediaProfiler", new SocialMediaProfiler());
            Add(parity, inputs, "seed ResidualBlock", new ResidualBlock(), symbolSize: 8);
            Add(parity, inputs, "seed InceptionModule", new InceptionModule(), symbolSize: 8);
            Add(parity, inputs, "seed SiameseLstm", new SiameseLstm());
            Add(parity, inputs, "seed FashionConvNet", new FashionConvNet());
            Add(parity, inputs, "seed SeparableConvNet", new SeparableConvNet());

            var results = parity.Run();
            foreach (var result in results)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Label}: largest scaled difference {result.MaxDiff:E2} over {result.Elements} values"));
            }

            var failures = results.Where(r => !(r.MaxDiff <= Tolerance)).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Label}: largest scaled difference {f.MaxDiff} > {Tolerance} (per output: {string.Join(", ", f.PerOutput)})")));
        }
    }

    [Fact]
    public void A_custom_layer_is_refused_naming_the_node_and_nothing_is_written()
    {
        using var model = new ExportCustom();
        var directory = Path.Combine(Path.GetTempPath(), "typedgraph-custom-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<NotSupportedException>(() => model.ExportPyTorch(directory));
        Assert.Equal(
            "Model 'ExportCustom' cannot be exported to PyTorch: node 'Doubled' (Custom(typeof(Doubler))): it is a [Custom] layer (Doubler), a TorchSharp module written in C# whose PyTorch form TypedGraph cannot know; replace it with built-in layers, or port it to Python by hand.",
            error.Message);
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public void The_export_writes_model_weights_training_script_and_readme()
    {
        using var model = new ExportDense();
        var directory = Path.Combine(Path.GetTempPath(), "typedgraph-files-" + Guid.NewGuid().ToString("N"));
        try
        {
            model.ExportPyTorch(directory);
            Assert.Equal(["README.md", "model.py", "train.py", "weights.safetensors"], Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            var python = File.ReadAllText(Path.Combine(directory, "model.py"));
            Assert.Contains("class ExportDense(nn.Module):", python, StringComparison.Ordinal);
            Assert.Contains("def forward(self, features, *, logits=False):", python, StringComparison.Ordinal);
            Assert.Contains("def load_weights(model, path, strict=True):", python, StringComparison.Ordinal);
            var train = File.ReadAllText(Path.Combine(directory, "train.py"));
            Assert.Contains("\"loss\":\"CategoricalCrossentropy\"", train, StringComparison.Ordinal);
            Assert.DoesNotContain("__TYPEDGRAPH_SPEC__", train, StringComparison.Ordinal);
            Assert.Contains("--inputs Features.npy --targets Classes.npy", File.ReadAllText(Path.Combine(directory, "README.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Add<TInputs, TOutputs, TTargets>(PyTorchParity parity, Generator inputs, string label, Model<TInputs, TOutputs, TTargets> model, int batch = 3, long symbolSize = 12)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        // Non-trivial running statistics, so that BatchNorm's inference form is compared, not an identity.
        foreach (var (name, buffer) in model.named_buffers())
        {
            using var noGrad = no_grad();
            if (name.EndsWith("running_mean", StringComparison.Ordinal))
            {
                buffer.copy_(randn_like(buffer) * 0.1);
            }
            else if (name.EndsWith("running_var", StringComparison.Ordinal))
            {
                buffer.copy_(rand_like(buffer) + 0.5);
            }
        }

        parity.Add(label, model, model.ExportPyTorch, x => model.forward(TInputs.FromTensors(x)).ToTensors(), PyTorchParity.RandomInputs(model.Signature, inputs, batch, symbolSize));
    }
}
