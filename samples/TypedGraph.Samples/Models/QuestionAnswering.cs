using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>Two inputs (a text and a question of their own lengths), one answer: the DESIGN's pinned example.</summary>
[Model]
public sealed partial class QuestionAnswering
{
    [Input("T", DType = DType.Int64)] public partial Node Text { get; }

    [Input("U", DType = DType.Int64)] public partial Node Question { get; }

    [Embedding(10_000, 64, From = nameof(Text))] public partial Node EmbeddedText { get; }

    [Lstm(32)] public partial Node EncodedText { get; }

    [Embedding(10_000, 32, From = nameof(Question))] public partial Node EmbeddedQuestion { get; }

    [Lstm(16)] public partial Node EncodedQuestion { get; }

    [Concatenate(nameof(EncodedText), nameof(EncodedQuestion))] public partial Node Merged { get; }

    [Dense(500, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Answer { get; }
}
