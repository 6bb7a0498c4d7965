using System.Collections.Generic;
using TypedGraph;
using TypedGraph.Callbacks;
using static TypedGraph.Activation;

namespace Fixes;

[Model]
public sealed partial class Classifier
{
    [Input(8)] public partial Node Features { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Probabilities { get; }
}

public static class Training
{
    public static void Run(Classifier model, Classifier.Inputs x, Classifier.Targets y)
    {
        model.Fit(x, y, epochs: 10, callbacks: [new EarlyStopping(monitor: "val_acc"), new ReduceLROnPlateau()]);
        model.Fit(x, y, validationSplit: 0, callbacks: [new EarlyStopping()]);
        model.Fit(x, y, 5, 64, null, 0, [new EarlyStopping()]);

        var callbacks_list = new List<Callback> { new EarlyStopping(monitor: "val_acc", patience: 1) };
        model.Fit(x, y, epochs: 10, batchSize: 32);
        model.Fit(x, y, epochs: 10, batchSize: 32, callbacks: callbacks_list);

        // The streaming Fit has no validationSplit: TG0020 stays, without a fix (validation batches must be supplied).
        model.Fit([(x, y)], epochs: 10, callbacks: [new EarlyStopping()]);
    }
}
