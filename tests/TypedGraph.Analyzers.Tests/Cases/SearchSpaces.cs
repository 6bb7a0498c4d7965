using TypedGraph;
using static TypedGraph.Activation;

namespace SearchSpaces;

// A valid space stays clean: DESIGN §8's example.
[Model]
public sealed partial class TunedConvNet
{
    [Choice(16, 32)] public partial int Filters { get; }
    [Choice(3, 5, 7)] public partial int Kernel { get; }
    [Range(0.0, 0.5, Step = 0.25)] public partial double Rate { get; }
    [Range(1e-4, 1e-2, Log = true)] public partial double InitialLearningRate { get; }

    [Input(1, 28, 28)] public partial Node Image { get; }
    [Conv2d(nameof(Filters), nameof(Kernel), Activation = Relu)] public partial Node C1 { get; }
    [MaxPool2d(2)] public partial Node P1 { get; }
    [Conv2d(32, nameof(Kernel), Activation = Relu)] public partial Node C2 { get; }
    [GlobalAvgPool2d] public partial Node G { get; }
    [Dropout(nameof(Rate))] public partial Node D { get; }
    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])] public partial Node Label { get; }
}

// The second convolution's input shrinks with the kernel: at Kernel = 7 it is 3×3 and the 7×7 kernel leaves nothing.
[Model]
public sealed partial class KernelTooLarge
{
    [Choice(3, 5, 7)] public partial int Kernel { get; }

    [Input(1, 12, 12)] public partial Node Image { get; }
    [Conv2d(4, nameof(Kernel))] public partial Node C1 { get; }
    [MaxPool2d(2)] public partial Node P1 { get; }
    [Conv2d(4, {|TG0009:nameof(Kernel)|})] public partial Node C2 { get; }
    [Flatten] public partial Node F { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}

// A residual add whose branch has Filters channels: 8 fits the shortcut, 16 does not.
[Model]
public sealed partial class ResidualWidth
{
    [Choice(8, 16)] public partial int Filters { get; }

    [Input(8, 10, 10)] public partial Node X { get; }
    [Conv2d(nameof(Filters), 3, Padding = Padding.Same)] public partial Node C { get; }
    [{|TG0005:Add(nameof(X), nameof(C))|}]
    [Output(Loss.MeanSquaredError)] public partial Node Sum { get; }
}

// Every value of a hyper-parameter must suit the argument it feeds.
[Model]
public sealed partial class RateOutOfRange
{
    [Range(0.0, 1.0)] public partial double Rate { get; }
    [Choice(0, 4)] public partial int Units { get; }

    [Input(8)] public partial Node X { get; }
    [Dense({|TG0010:nameof(Units)|})] public partial Node H { get; }
    [Dropout({|TG0010:nameof(Rate)|})]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}

[Model]
public sealed partial class Declarations
{
    [Choice(3, {|TG0030:5.0|})] public partial int Mixed { get; }
    [Choice({|TG0031:1|}, 2)] public partial double NotDoubles { get; }
    [{|TG0031:Range(0, 1)|}] public partial string Named { get; }
    [{|TG0032:Range(5, 1)|}] public partial int Empty { get; }
    [Range({|TG0033:0.0|}, 1.0, Log = true)] public partial double LogFromZero { get; }
    [Choice(1.5, 2.5)] public partial float {|TG0036:Single|} { get; }
    [Choice(1)][Range(1, 2)] public partial int {|TG0036:Both|} { get; }
    [Choice(1, 2)] public int {|TG0001:NotPartial|} => 1;
    [Choice(0.1, 0.2)] public partial double Ratio { get; }
    [Choice("a", "b")] public partial string Label { get; }
    [Choice(8, 16)] public partial int Size { get; }

    [Input(1, {|TG0038:"Size"|}, 28)] public partial Node Image { get; }
    [Conv2d({|TG0035:nameof(Label)|}, 3)] public partial Node C2 { get; }
    [Conv2d(4, 3)] public partial Node C { get; }
    [GlobalMaxPool2d] public partial Node G { get; }
    [Dense({|TG0034:nameof(C)|})] public partial Node H { get; }
    [Dense({|TG0035:nameof(Ratio)|})] public partial Node H2 { get; }
    [Dropout({|TG0035:nameof(Size)|})]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}

[Model]
public sealed partial class ReservedName
{
    [Choice(1, 2)] public partial int {|TG0037:HyperParameters|} { get; }

    [Input(8)] public partial Node X { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}
