using System.Collections.Generic;
using TypedGraph;
using TypedGraph.Callbacks;
using static TypedGraph.Activation;

namespace Training;

[Model]
public sealed partial class Classifier
{
    [Input(8)] public partial Node Features { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Probabilities { get; }
}

public static class Calls
{
    // TG0020: a val_ monitor, and neither validationData nor validationSplit.
    public static void Without(Classifier model, Classifier.Inputs x, Classifier.Targets y)
    {
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0020:"val_loss"|})]);
        model.Fit(x, y, epochs: 3, callbacks: [{|TG0020:new EarlyStopping(patience: 2)|}]);
        model.Fit(x, y, validationSplit: 0, callbacks: new Callback[] { new ModelCheckpoint("best.bin", monitor: {|TG0020:"val_accuracy"|}) });
        model.Fit(x, y, validationSplit: 0.0, callbacks: new[] { {|TG0020:new ReduceLROnPlateau(factor: 0.5)|} });
        model.Fit(x, y, validationData: null, callbacks: new List<Callback> { new ReduceLROnPlateau(monitor: {|TG0020:"val_acc"|}) });
        model.Fit(x, y, validationData: default, callbacks: [new EarlyStopping({|TG0020:"val_loss"|}, patience: 1)]);

        // The seed's shape: a list built first, then handed to Fit.
        var callbacks_list = new List<Callback>
        {
            new EarlyStopping(monitor: {|TG0020:"val_acc"|}, patience: 1),
            new ModelCheckpoint("my_model.bin", monitor: {|TG0020:"val_loss"|}, saveBestOnly: true),
        };
        model.Fit(x, y, epochs: 10, batchSize: 32, callbacks: callbacks_list);

        Callback[] array = [new EarlyStopping(monitor: "loss"), new EarlyStopping(monitor: {|TG0020:"val_accuracy"|})];
        model.Fit(x, y, callbacks: array);

        var early = new EarlyStopping(monitor: {|TG0020:"val_loss"|});
        model.Fit(x, y, callbacks: [early, .. new[] { new EarlyStopping(monitor: {|TG0020:"val_acc"|}) }]);
    }

    // The streaming Fit: validationBatches is its validation data.
    public static void Streaming(Classifier model, IEnumerable<(Classifier.Inputs, Classifier.Targets)> batches)
    {
        model.Fit(batches, epochs: 3, callbacks: [new EarlyStopping(monitor: {|TG0020:"val_acc"|})]);
        model.Fit(batches, validationBatches: null, callbacks: [{|TG0020:new EarlyStopping()|}]);
        model.Fit(batches, epochs: 3, validationBatches: batches, callbacks: [new EarlyStopping(monitor: "val_acc")]);
    }

    // Validation given, or monitors of training values: nothing to report.
    public static void With(Classifier model, Classifier.Inputs x, Classifier.Targets y, double split, (Classifier.Inputs, Classifier.Targets) validation)
    {
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping()]);
        model.Fit(x, y, validationSplit: split, callbacks: [new EarlyStopping()]);
        model.Fit(x, y, validationData: validation, callbacks: [new EarlyStopping(monitor: "val_acc")]);
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: "loss"), new EarlyStopping(monitor: "acc"), new EarlyStopping(monitor: "accuracy")]);
        model.Fit(x, y, callbacks: [new ReduceLROnPlateau(monitor: "lr")]);
        model.Fit(x, y, callbacks: null);
        model.Fit(x, y);
    }

    // Values the analysis cannot follow: nothing to report (no false positives).
    public static void Unfollowed(Classifier model, Classifier.Inputs x, Classifier.Targets y, List<Callback> given, string monitor)
    {
        model.Fit(x, y, callbacks: given);
        model.Fit(x, y, callbacks: Make());
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: monitor)]);
        model.Fit(x, y, callbacks: [.. given]);

        var reassigned = new List<Callback> { new EarlyStopping() };
        reassigned = [];
        model.Fit(x, y, callbacks: reassigned);

        var cleared = new List<Callback> { new EarlyStopping() };
        cleared.Clear();
        model.Fit(x, y, callbacks: cleared);

        var handedOver = new List<Callback> { new EarlyStopping() };
        Configure(handedOver);
        model.Fit(x, y, callbacks: handedOver);

        List<Callback> assignedLater;
        assignedLater = [new EarlyStopping()];
        model.Fit(x, y, callbacks: assignedLater);

        var chosen = monitor.Length > 3 ? new EarlyStopping() : new EarlyStopping(monitor: "loss");
        model.Fit(x, y, callbacks: [chosen]);
    }

    private static List<Callback> Make() => [new EarlyStopping()];

    private static void Configure(List<Callback> callbacks) => callbacks.Clear();
}

// The call forms the analyzer finds by the invoked name: unqualified and through this inside the model, through ?.,
// and inside a lambda.
public sealed partial class Classifier
{
    public void TrainHere(Inputs x, Targets y)
    {
        Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0020:"val_loss"|})]);
        this.Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0020:"val_acc"|})]);
    }
}

public static class CallForms
{
    public static void Run(Classifier? model, Classifier.Inputs x, Classifier.Targets y)
    {
        model?.Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0020:"val_loss"|})]);
        System.Action train = () => model!.Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0020:"val_loss"|})]);
        train();
    }
}
