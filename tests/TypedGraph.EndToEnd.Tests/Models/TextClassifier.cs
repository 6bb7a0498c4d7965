using static TypedGraph.Activation;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>The Keras text classifier in the default data format: no Permute, the sequence layout is inferred.</summary>
[Model]
public sealed partial class TextClassifier
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Embedding(100, 8)] public partial Node Embedded { get; }

    [Conv1d(6, 3, Activation = Relu)] public partial Node Conv { get; }

    [MaxPool1d(2)] public partial Node Pool { get; }

    [BatchNorm] public partial Node Norm { get; }

    [GlobalMaxPool1d] public partial Node Pooled { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy)]
    public partial Node Label { get; }
}

/// <summary>The same classifier declared channels-last, as Keras lays it out: the same weights give the same outputs.</summary>
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class TextClassifierChannelsLast
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Embedding(100, 8)] public partial Node Embedded { get; }

    [Conv1d(6, 3, Activation = Relu)] public partial Node Conv { get; }

    [MaxPool1d(2)] public partial Node Pool { get; }

    [BatchNorm] public partial Node Norm { get; }

    [GlobalMaxPool1d] public partial Node Pooled { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy)]
    public partial Node Label { get; }
}
