using TypedGraph;
using static TorchSharp.torch;
using static TypedGraph.Activation;

manual_seed(1);
using var model = new Mlp();
Console.WriteLine(model.Summary());

try
{
    model.forward(zeros(5, 63));
    Console.WriteLine("NO EXCEPTION");
}
catch (ShapeMismatchException e)
{
    Console.WriteLine($"ShapeMismatchException: {e.Message}");
}

var x = randn(1024, 64);
var y = nn.functional.one_hot(x.narrow(1, 0, 10).argmax(1), 10).to(ScalarType.Float32);
model.Compile(Optimizers.RmsProp(learningRate: 3e-3));
var history = model.Fit(new Mlp.Inputs(x), new Mlp.Targets(y), epochs: 6, batchSize: 64, verbose: 0);
Console.WriteLine($"first loss {history["loss"][0]:R}");
Console.WriteLine($"last loss {history["loss"][^1]:R}");

using (var vgg = new Vgg16())
{
    Console.WriteLine($"VGG16 parameters: {vgg.ParameterCount}");
}

[Model]
public sealed partial class Mlp
{
    [Input(64)] public partial Node Features { get; }

    [Dense(32, Activation = Relu)] public partial Node Hidden1 { get; }

    [Dense(32, Activation = Relu)] public partial Node Hidden2 { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Probabilities { get; }
}

/// <summary>VGG16 (Keras, with top) declared flat: 138,357,544 parameters.</summary>
[Model]
public sealed partial class Vgg16
{
    [Input(3, 224, 224)] public partial Node Image { get; }
    [Conv2d(64, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block1Conv1 { get; }
    [Conv2d(64, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block1Conv2 { get; }
    [MaxPool2d(2)] public partial Node Block1Pool { get; }
    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block2Conv1 { get; }
    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block2Conv2 { get; }
    [MaxPool2d(2)] public partial Node Block2Pool { get; }
    [Conv2d(256, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block3Conv1 { get; }
    [Conv2d(256, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block3Conv2 { get; }
    [Conv2d(256, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block3Conv3 { get; }
    [MaxPool2d(2)] public partial Node Block3Pool { get; }
    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block4Conv1 { get; }
    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block4Conv2 { get; }
    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block4Conv3 { get; }
    [MaxPool2d(2)] public partial Node Block4Pool { get; }
    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block5Conv1 { get; }
    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block5Conv2 { get; }
    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block5Conv3 { get; }
    [MaxPool2d(2)] public partial Node Block5Pool { get; }
    [Flatten] public partial Node Flattened { get; }
    [Dense(4096, Activation = Relu)] public partial Node Fc1 { get; }
    [Dense(4096, Activation = Relu)] public partial Node Fc2 { get; }
    [Dense(1000, Activation = Softmax)][Output] public partial Node Predictions { get; }
}
