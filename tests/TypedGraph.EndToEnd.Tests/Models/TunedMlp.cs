namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>
/// A finite space of 8 · 2 · 2 · 2 = 64 points whose hyper-parameters reach weight sizes through a "same" convolution,
/// Flatten and Dense, plus a string and a bool that no layer reads.
/// </summary>
[Model]
public sealed partial class TunedMlp
{
    [Range(8, 64, Step = 8)]  public partial int Units { get; }
    [Choice(1, 3)]            public partial int Kernel { get; }
    [Choice("adam", "sgd")]   public partial string Optimizer { get; }
    [Choice(true, false)]     public partial bool Augment { get; }

    [Input(2, 6, 6)]                                     public partial Node X { get; }
    [Conv2d(4, nameof(Kernel), Padding = Padding.Same)]  public partial Node C { get; }
    [Flatten]                                            public partial Node F { get; }
    [Dense(nameof(Units), Activation = Activation.Relu)] public partial Node H { get; }
    [Dense(3)]
    [Output(Loss.MeanSquaredError)]                      public partial Node Y { get; }
}
