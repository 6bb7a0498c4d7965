using System.Collections.Generic;
using TypedGraph;
using TypedGraph.Tuning;
using static TypedGraph.Activation;

namespace Tuning;

// A tunable model written by hand (the generator's HyperParameters record is not needed for the objective check).
[Model]
public sealed partial class Tunable : ITunableModel<Tunable, Tunable.Point>
{
    [Input(8)] public partial Node Features { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Probabilities { get; }

    public static SearchSpace SearchSpace => new([], 0, 0);

    public static Tunable Create(Point hyperParameters) => new();

    public Point GetHyperParameters() => new();

    public sealed record Point : IHyperParameters<Point>
    {
        public static Point FromValues(IReadOnlyDictionary<string, object> values) => new();

        public IReadOnlyDictionary<string, object> ToValues() => new Dictionary<string, object>();
    }
}

public static class Searches
{
    private const string Objective = "val_auc";

    public static void Run()
    {
        _ = new Tuner<Tunable, Tunable.Point>(objective: "val_acc", directory: "a");
        _ = new Tuner<Tunable, Tunable.Point>("accuracy", directory: "b");
        _ = new Tuner<Tunable, Tunable.Point>(objective: {|TG0040:"val_accuracyy"|}, directory: "c");
        _ = new TypedGraph.Tuning.Tuner<Tunable, Tunable.Point>({|TG0040:Objective|}, SearchStrategy.Tpe, directory: "d");
        var objective = "mae";
        _ = new Tuner<Tunable, Tunable.Point>({|TG0040:objective|}, directory: "e");
        Tuner<Tunable, Tunable.Point> implicitlyTyped = new({|TG0040:"val_loss_"|}, directory: "f");
        _ = implicitlyTyped;
    }
}
