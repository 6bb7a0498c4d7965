using TypedGraph;
using static TypedGraph.Activation;

namespace Seeds.Mistakes;

// The seed's residual block without its projection: the main path was pooled to half size and doubled its channels.
[Model]
public partial class ResidualWithoutProjection
{
    [Input(64, 32, 32)] public partial Node X { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Y1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Y2 { get; }

    [MaxPool2d(2)] public partial Node Y3 { get; }

    [{|TG0005:Add(nameof(Y3), nameof(X))|}]
    [Output]
    public partial Node Y { get; }
}

// The seed's Inception module whose pooled branch ends in a valid 3×3 convolution: two rows and columns short.
[Model]
public partial class InceptionWithValidBranch
{
    [Input(256, "H", "W")] public partial Node Image { get; }

    [Conv2d(128, 1, Stride = 2, Activation = Relu, From = nameof(Image))] public partial Node BranchA { get; }

    [Conv2d(128, 3, Stride = 2, Padding = Padding.Same, Activation = Relu, From = nameof(Image))] public partial Node BranchB { get; }

    [AvgPool2d(3, Stride = 2, Padding = Padding.Same, From = nameof(Image))] public partial Node BranchC1 { get; }

    [Conv2d(128, 3, Activation = Relu)] public partial Node BranchC { get; }

    [{|TG0006:Concatenate(nameof(BranchA), nameof(BranchB), nameof(BranchC), Axis = 1)|}]
    [Output]
    public partial Node Mixed { get; }
}

[Model]
public partial class LayoutAndSizes
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Embedding(1000, 16)] public partial Node Embedded { get; }

    [{|TG0007:Conv2d(32, 5)|}]
    [Output]
    public partial Node Conv { get; }

    [Input(3, 4, 4)] public partial Node Small { get; }

    [{|TG0009:Conv2d(8, 5)|}]
    [Output]
    public partial Node TooBig { get; }

    [Input(10)] public partial Node Wide { get; }

    [Input(12)] public partial Node Wider { get; }

    [Dense(4, From = nameof(Wide))] public partial Node Encoded { get; }

    [{|TG0105:Shared(nameof(Encoded), From = nameof(Wider))|}]
    [Output]
    public partial Node EncodedWider { get; }

    [Dense(2, From = nameof(Encoded))]
    [Output]
    public partial Node {|TG0107:Summary|} { get; }
}

// Losses that do not fit their outputs: Keras trains these and reports a meaningless loss.
[Model]
public partial class MismatchedLosses
{
    [Input(16)] public partial Node X { get; }

    [Dense(10, Activation = Softmax)]
    [{|TG0012:Output(Loss.BinaryCrossentropy)|}]
    public partial Node Digits { get; }

    [Dense(1, Activation = Sigmoid, From = nameof(X))]
    [{|TG0012:Output(Loss.CategoricalCrossentropy)|}]
    public partial Node Spam { get; }

    [Dense(3, From = nameof(X))]
    [{|TG0012:Output(Loss.SparseCategoricalCrossentropy)|}]
    public partial Node Scores { get; }

    [Dense(3, Activation = Softmax, From = nameof(X))]
    [Output(Loss.CategoricalCrossentropy)]
    public partial Node Fine { get; }
}
