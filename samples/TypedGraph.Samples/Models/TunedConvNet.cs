using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>DESIGN §8's search space: filters, kernel and dropout shape the graph; the learning rate is read by <c>Configure</c>.</summary>
[Model]
public sealed partial class TunedConvNet
{
    [Choice(16, 32)]                 public partial int Filters { get; }
    [Choice(3, 5, 7)]                public partial int Kernel { get; }
    [Range(0.0, 0.5, Step = 0.25)]   public partial double Rate { get; }
    [Range(1e-4, 1e-2, Log = true)]  public partial double InitialLearningRate { get; }   // read by training code only

    [Input(1, 28, 28)]                                            public partial Node Image { get; }
    [Conv2d(nameof(Filters), nameof(Kernel), Activation = Relu)]  public partial Node C1 { get; }
    [MaxPool2d(2)]                                                public partial Node P1 { get; }
    [Conv2d(32, nameof(Kernel), Activation = Relu)]               public partial Node C2 { get; }
    [GlobalAvgPool2d]                                             public partial Node G { get; }
    [Dropout(nameof(Rate))]                                       public partial Node D { get; }
    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])] public partial Node Label { get; }
}
