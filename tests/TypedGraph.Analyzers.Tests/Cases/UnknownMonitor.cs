using System.Collections.Generic;
using TypedGraph;
using TypedGraph.Callbacks;
using static TypedGraph.Activation;

namespace Training;

// One trained output: logs loss, acc (+ val_) and lr.
[Model]
public sealed partial class Classifier
{
    [Input(8)] public partial Node Features { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Probabilities { get; }
}

// Two trained outputs and one untrained: logs loss, age_loss, gender_loss, age_mae, gender_acc (+ val_) and lr.
[Model]
public sealed partial class SocialMedia
{
    [Input(16)] public partial Node Posts { get; }

    [Dense(1)]
    [Output(Loss.MeanSquaredError, LossWeight = 0.25, Metrics = [Metric.MeanAbsoluteError])]
    public partial Node Age { get; }

    [Dense(1, Activation = Sigmoid, From = nameof(Posts))]
    [Output(Loss.BinaryCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Gender { get; }

    [Dense(4, From = nameof(Posts))]
    [Output]
    public partial Node Embedding { get; }
}

// Only one output has a loss: single-output names (loss, acc), not head_loss.
[Model]
public sealed partial class OneTrainedHead
{
    [Input(8)] public partial Node Features { get; }

    [Dense(2, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Head { get; }

    [Dense(2, From = nameof(Features))]
    [Output]
    public partial Node Features2 { get; }
}

// No output has a loss: Fit throws before training, whatever the monitor; nothing to say about monitors.
[Model]
public sealed partial class Untrainable
{
    [Input(8)] public partial Node Features { get; }

    [Dense(2)]
    [Output]
    public partial Node Head { get; }
}

public static class Calls
{
    public static void Classifier(Classifier model, Classifier.Inputs x, Classifier.Targets y)
    {
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: {|TG0021:"val_acuracy"|})]);
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: {|TG0021:"val_probabilities_loss"|})]);
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new ReduceLROnPlateau(monitor: {|TG0021:"val_lr"|})]);
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new ModelCheckpoint("m.bin", monitor: {|TG0021:"mae"|})]);
        // Unknown and without validation: the unknown name is the error; TG0020 would only add noise.
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0021:"val_los"|})]);
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: "val_accuracy"), new EarlyStopping(monitor: "lr")]);
    }

    public static void SocialMedia(SocialMedia model, SocialMedia.Inputs x, SocialMedia.Targets y)
    {
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: {|TG0021:"val_acc"|})]);
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: {|TG0021:"embedding_loss"|})]);
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: {|TG0021:"age_acc"|})]);
        model.Fit(x, y, validationSplit: 0.2, callbacks:
        [
            new EarlyStopping(monitor: "val_gender_accuracy"), new EarlyStopping(monitor: "age_mae"),
            new EarlyStopping(monitor: "val_age_loss"), new EarlyStopping(monitor: "gender_loss"), new EarlyStopping(),
        ]);
    }

    public static void OneTrainedHead(OneTrainedHead model, OneTrainedHead.Inputs x, OneTrainedHead.Targets y)
    {
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: {|TG0021:"val_head_loss"|})]);
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: "val_acc")]);
    }

    public static void Untrainable(Untrainable model, Untrainable.Inputs x, Untrainable.Targets y)
    {
        // TG0023 (no output has a loss) is the error; monitors are not checked.
        model.{|TG0023:Fit|}(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: "val_anything")]);
    }
}
