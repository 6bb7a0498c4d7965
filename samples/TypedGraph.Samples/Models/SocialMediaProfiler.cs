using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>
/// One input, three outputs with their own losses and weights (age regression 0.25, income group 1.0, gender 10.0).
/// The 1-D convolutions read the embedded (N, T, C) posts as a sequence in the default data format; the generated
/// forward stores them channels-first across the convolution chain, with one permute after the embedding.
/// </summary>
[Model]
public sealed partial class SocialMediaProfiler
{
    public const int Vocabulary = 50_000;
    public const int IncomeGroups = 10;

    [Input("T", DType = DType.Int64)] public partial Node Posts { get; }

    [Embedding(Vocabulary, 256)] public partial Node Embedded { get; }

    [Conv1d(128, 5, Activation = Relu)] public partial Node Conv1 { get; }

    [MaxPool1d(5)] public partial Node Pool1 { get; }

    [Conv1d(256, 5, Activation = Relu)] public partial Node Conv2 { get; }

    [Conv1d(256, 5, Activation = Relu)] public partial Node Conv3 { get; }

    [MaxPool1d(5)] public partial Node Pool2 { get; }

    [Conv1d(256, 5, Activation = Relu)] public partial Node Conv4 { get; }

    [Conv1d(256, 5, Activation = Relu)] public partial Node Conv5 { get; }

    [GlobalMaxPool1d] public partial Node Pooled { get; }

    [Dense(128, Activation = Relu)] public partial Node Features { get; }

    [Dense(1, From = nameof(Features))]
    [Output(Loss.MeanSquaredError, LossWeight = 0.25)]
    public partial Node Age { get; }

    [Dense(IncomeGroups, Activation = Softmax, From = nameof(Features))]
    [Output(Loss.CategoricalCrossentropy, LossWeight = 1.0)]
    public partial Node Income { get; }

    [Dense(1, Activation = Sigmoid, From = nameof(Features))]
    [Output(Loss.BinaryCrossentropy, LossWeight = 10.0)]
    public partial Node Gender { get; }
}
