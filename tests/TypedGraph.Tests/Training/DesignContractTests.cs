using System;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;

namespace TypedGraph.Tests.Training;

/// <summary>The training snippet of DESIGN §5 (pinned public contract), compiled and run on a hand-written model.</summary>
public sealed class DesignContractTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_design_training_snippet_compiles_and_runs()
    {
        using var model = new TwoHeads();
        var (x, y) = ToyData.TwoHeads(40);
        var (xVal, yVal) = ToyData.TwoHeads(10, seed: 9);

        model.Compile(optimizer: Optimizers.RmsProp(learningRate: 1e-3),
                      lossWeights: new TwoHeads.LossWeights(Age: 0.25, Gender: 10));
        History h = model.Fit(x, y, epochs: 3, batchSize: 16,
            validationData: (xVal, yVal),
            callbacks: [new EarlyStopping(monitor: "val_gender_acc", patience: 1),
                        new ModelCheckpoint(_temp["best.bin"], monitor: "val_loss", saveBestOnly: true),
                        new ReduceLROnPlateau(monitor: "val_loss", factor: 0.1, patience: 10),
                        new TensorBoard(_temp["runs", "exp1"], histogramFreq: 1),
                        new CsvLogger(_temp["log.csv"]),
                        new TerminateOnNaN(),
                        new LambdaCallback(onEpochEnd: (epoch, logs) => { })],
            verbose: 0);
        double last = h["val_loss"][^1];
        var scores = model.Evaluate(xVal, yVal);
        var preds = model.Predict(xVal, batchSize: 256);

        Assert.Equal(last, h["val_loss"][h.Epochs.Count - 1]);
        Assert.True(scores.ContainsKey("gender_acc"));
        Assert.Equal([10L, 1L], preds.Gender.shape);
        using var restored = new TwoHeads();
        restored.load(_temp["best.bin"]);
    }
}
