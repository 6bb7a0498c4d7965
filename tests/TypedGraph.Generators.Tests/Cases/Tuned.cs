using TypedGraph;
using static TypedGraph.Activation;

namespace Seeds.Tuning;

// DESIGN §8's search-space example, verbatim.
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

// Hyper-parameters that reach weight sizes through Flatten and Dense, a "same" convolution with a tunable kernel, an
// int [Range], and string/bool choices that no layer reads.
[Model]
public sealed partial class TunedMlp
{
    [Range(8, 64, Step = 8)]          public partial int Units { get; }
    [Choice(1, 3)]                    public partial int Kernel { get; }
    [Choice("adam", "sgd")]           public partial string Optimizer { get; }
    [Choice(true, false)]             public partial bool Augment { get; }

    [Input(2, 6, 6)]                                               public partial Node X { get; }
    [Conv2d(4, nameof(Kernel), Padding = Padding.Same)]            public partial Node C { get; }
    [Flatten]                                                      public partial Node F { get; }
    [Dense(nameof(Units), Activation = Relu)]                      public partial Node H { get; }
    [Dense(3)]
    [Output(Loss.MeanSquaredError)]                                public partial Node Y { get; }
}

// Weights the generator cannot see into: a custom module and a repeated submodel, counted when SearchSpace is first
// read; a shared layer counted once.
public sealed class Offset : TorchSharp.torch.nn.Module<TorchSharp.torch.Tensor, TorchSharp.torch.Tensor>
{
    private readonly TorchSharp.Modules.Parameter bias;

    public Offset()
        : base(nameof(Offset))
    {
        bias = TorchSharp.torch.nn.Parameter(TorchSharp.torch.zeros(6));
        RegisterComponents();
    }

    public override TorchSharp.torch.Tensor forward(TorchSharp.torch.Tensor input) => input + bias;
}

[Model]
public sealed partial class Cell
{
    [Input(6)] public partial Node X { get; }
    [Dense(6)]
    [Output] public partial Node Y { get; }
}

[Model]
public sealed partial class TunedComposite
{
    [Choice(2, 6)] public partial int Units { get; }

    [Input(6)] public partial Node X { get; }
    [Submodel(typeof(Cell), Repeat = 2)] public partial Node Cells { get; }
    [Custom(typeof(Offset), OutputShape = [6])] public partial Node Shifted { get; }
    [Dense(nameof(Units))] public partial Node H { get; }
    [Shared(nameof(H), From = nameof(X))] public partial Node Again { get; }
    [Add(nameof(H), nameof(Again))]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}
