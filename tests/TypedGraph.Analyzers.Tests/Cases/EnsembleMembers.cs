using System.Collections.Generic;
using TypedGraph;
using static TypedGraph.Activation;

namespace Ensembles;

[Model]
public sealed partial class ConvNet
{
    [Input(1, 28, 28)] public partial Node Image { get; }
    [Conv2d(8, 3, Activation = Relu)] public partial Node C1 { get; }
    [GlobalAvgPool2d] public partial Node G { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Label { get; }
}

// Agrees position by position: other names, same shapes, dtypes and loss.
[Model]
public sealed partial class Mlp
{
    [Input(1, 28, 28)] public partial Node Pixels { get; }
    [Flatten] public partial Node Flat { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy)]
    public partial Node Digit { get; }
}

// Flat input.
[Model]
public sealed partial class FlatMlp
{
    [Input(784)] public partial Node Pixels { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy)]
    public partial Node Digit { get; }
}

// Five classes.
[Model]
public sealed partial class FiveWay
{
    [Input(1, 28, 28)] public partial Node Pixels { get; }
    [Flatten] public partial Node Flat { get; }

    [Dense(5, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy)]
    public partial Node Digit { get; }
}

// A regression head of the same width.
[Model]
public sealed partial class Scores
{
    [Input(1, 28, 28)] public partial Node Pixels { get; }
    [Flatten] public partial Node Flat { get; }

    [Dense(10)]
    [Output(Loss.MeanSquaredError)]
    public partial Node Values { get; }
}

public static class Calls
{
    public static void Combine(ConvNet conv, ConvNet conv2, Mlp mlp, FlatMlp flat, FiveWay five, Scores scores, ConvNet.Inputs x, ConvNet.Targets y)
    {
        _ = Ensemble.Average(conv, conv2);
        _ = Ensemble.Average(conv, mlp);
        _ = Ensemble.Average(conv, mlp, {|TG0041:flat|});
        _ = Ensemble.Weighted(conv, [mlp, {|TG0041:five|}], [1.0, 1.0, 1.0]);
        _ = Ensemble.LearnWeights(conv, new IModel[] { {|TG0041:scores|} }, x, y);
    }

    // The members are followed as a Fit call's callbacks are (ValueFlow): through locals, spreads, lists and fields.
    public static void Followed(ConvNet conv, Mlp mlp, FlatMlp flat, FiveWay five, Scores scores)
    {
        IModel[] local = [mlp, {|TG0041:flat|}];
        _ = Ensemble.Average(conv, local);

        _ = Ensemble.Average(conv, [mlp, .. new IModel[] { {|TG0041:five|} }]);
        _ = Ensemble.Average(conv, new[] { (IModel)mlp, {|TG0041:(IModel)scores|} });

        IModel single = flat;
        _ = Ensemble.Average(conv, mlp, {|TG0041:single|});

        var list = new List<IModel> { mlp };
        list.Add({|TG0041:five|});
        _ = Ensemble.Average(conv, [.. list]);
    }

    public static void NotFollowed(ConvNet conv, Mlp mlp, FlatMlp flat, IModel[] given)
    {
        _ = Ensemble.Average(conv, given); // a parameter: the runtime check names the position

        IModel[] changed = [mlp];
        changed[0] = flat; // written after creation
        _ = Ensemble.Average(conv, changed);

        var shared = new List<IModel> { mlp };
        Share(shared); // handed to other code, which may add anything
        shared.Add(flat);
        _ = Ensemble.Average(conv, [.. shared]);

        var later = new List<IModel> { mlp };
        _ = Ensemble.Average(conv, [.. later]);
        later.Add(flat); // after the call
    }

    private static void Share(List<IModel> models) => _ = models;
}

public sealed class Committee
{
    private readonly IModel[] _members = [new Mlp(), {|TG0041:new FiveWay()|}];

    public ModelEnsemble<ConvNet.Inputs, ConvNet.Outputs, ConvNet.Targets> Combine(ConvNet conv) => Ensemble.Average(conv, _members);
}
