using TypedGraph;
using static TorchSharp.torch;
using static TypedGraph.Activation;

namespace Seeds.Composite;

// A block used as a layer, repeated; a shared recurrent encoder; a custom module; merges, reshape and permute.
[Model]
public sealed partial class Block
{
    [Input(8, "T")] public partial Node X { get; }

    [Conv1d(8, 3, Padding = Padding.Causal, Activation = Relu)] public partial Node Conv { get; }

    [Add(nameof(Conv), nameof(X))]
    [Output]
    public partial Node Y { get; }
}

public sealed class Scale : nn.Module<Tensor, Tensor>
{
    public Scale()
        : base(nameof(Scale))
    {
    }

    public override Tensor forward(Tensor input) => input * 2;
}

[Model]
public sealed partial class Composite
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Input("T", 8)] public partial Node Features { get; }

    [Embedding(100, 8, From = nameof(Tokens))] public partial Node Embedded { get; }

    [Gru(4, ReturnSequences = true, Bidirectional = true)] public partial Node Encoded { get; }

    [Shared(nameof(Encoded), From = nameof(Features))] public partial Node EncodedFeatures { get; }

    [Subtract(nameof(Encoded), nameof(EncodedFeatures))] public partial Node Difference { get; }

    [Permute(2, 1)] public partial Node Channels { get; }

    [Submodel(typeof(Block), Repeat = 3)] public partial Node Blocks { get; }

    [Custom(typeof(Scale), OutputShape = [8, "T"])] public partial Node Scaled { get; }

    [Reshape(-1)] public partial Node Flat { get; }

    [Concatenate(nameof(Flat), nameof(Flat))] public partial Node Twice { get; }

    [Maximum(nameof(Twice), nameof(Twice))]
    [Output]
    public partial Node Peak { get; }

    [SimpleRnn(2, From = nameof(Embedded))]
    [Output(Loss.MeanAbsoluteError)]
    public partial Node Digest { get; }
}
