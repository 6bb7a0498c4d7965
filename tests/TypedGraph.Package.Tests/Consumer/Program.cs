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
