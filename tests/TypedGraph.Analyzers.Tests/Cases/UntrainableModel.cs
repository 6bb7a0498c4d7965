using System.Collections.Generic;
using TypedGraph;
using static TypedGraph.Activation;

namespace Training;

// No output has a loss: Fit and Evaluate throw.
[Model]
public sealed partial class Encoder
{
    [Input(8)] public partial Node Features { get; }

    [Dense(2)]
    [Output]
    public partial Node Code { get; }

    [Dense(3, From = nameof(Features))]
    [Output]
    public partial Node Other { get; }

    public void TrainHere(Inputs x, Targets y)
    {
        {|TG0023:Fit|}(x, y);
        this.{|TG0023:Evaluate|}(x, y);
    }
}

// One output with a loss is enough.
[Model]
public sealed partial class Classifier
{
    [Input(8)] public partial Node Features { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy)]
    public partial Node Probabilities { get; }

    [Dense(2, From = nameof(Features))]
    [Output]
    public partial Node Embedding { get; }
}

public static class Calls
{
    public static void Untrainable(Encoder model, Encoder.Inputs x, Encoder.Targets y)
    {
        model.{|TG0023:Fit|}(x, y, epochs: 3);
        _ = model.{|TG0023:Evaluate|}(x, y, batchSize: 8);
        System.Func<IReadOnlyDictionary<string, double>> later = () => model!.{|TG0023:Evaluate|}(x, y);
        _ = later;

        // Predict needs no loss.
        _ = model.Predict(x);

        model?.{|TG0023:Fit|}(x, y);
    }

    public static void Trainable(Classifier model, Classifier.Inputs x, Classifier.Targets y)
    {
        model.Fit(x, y, epochs: 3);
        _ = model.Evaluate(x, y);
    }
}

// Not a TypedGraph model: methods of the same names are not reported.
public sealed class Other
{
    public void Fit(int x) => _ = x;

    public int Evaluate() => 0;

    public void Run()
    {
        Fit(1);
        _ = Evaluate();
    }
}
