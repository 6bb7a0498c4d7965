using TypedGraph;
using static TypedGraph.Activation;

namespace Seeds.Sequences;

public static partial class Holder
{
    // A symbolic time dimension flows through Dense (last axis) and Dropout; two outputs read one trunk via From.
    [Model]
    internal partial class SequenceTagger
    {
        [Input("T", 16)] public partial Node Frames { get; }

        [Dense(8, Activation = Tanh)] public partial Node Encoded { get; }

        [Activate(Relu)] public partial Node Rectified { get; }

        [Dropout(0.25)] public partial Node Dropped { get; }

        [Dense(1, Activation = Sigmoid, From = nameof(Dropped))]
        [Output(Loss.BinaryCrossentropy, LossWeight = 10, Metrics = [Metric.Accuracy])]
        public partial Node IsSpeech { get; }

        [Dense(3, UseBias = false, From = nameof(Rectified), Name = "pitch_head")]
        [Output(Loss.MeanSquaredError, LossWeight = 0.25)]
        public partial Node Pitch { get; }

        [Flatten(From = nameof(Frames))]
        [Output]
        public partial Node Flat { get; }
    }
}
