using TypedGraph;
using TypedGraph.Callbacks;

namespace Fixes;

[Model]
public sealed partial class SocialMedia
{
    [Input(16)] public partial Node Posts { get; }

    [Dense(1)]
    [Output(Loss.MeanSquaredError, Metrics = [Metric.MeanAbsoluteError])]
    public partial Node Age { get; }

    [Dense(1, From = nameof(Posts))]
    [Output(Loss.BinaryCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Gender { get; }
}

public static class Training
{
    private const string Monitored = "val_gendr_acc";

    public static void Run(SocialMedia model, SocialMedia.Inputs x, SocialMedia.Targets y)
    {
        model.Fit(x, y, validationSplit: 0.2, callbacks:
        [
            new EarlyStopping(monitor: "val_gender_acc"),
            new ModelCheckpoint("best.bin", monitor: "val_age_loss"),
            new ReduceLROnPlateau(monitor: "age_mae"),
            new EarlyStopping(monitor: Monitored),
        ]);
    }
}
