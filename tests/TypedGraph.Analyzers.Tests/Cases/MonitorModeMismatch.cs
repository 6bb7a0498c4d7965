using System.Collections.Generic;
using TypedGraph.Callbacks;

namespace Training;

// TG0022: a mode against the direction of the monitored value. Reported on the mode argument, wherever the callback is
// created (no Fit call needed).
public static class Contradicting
{
    private const string Accuracy = "val_acc";

    public static List<Callback> Make()
    {
        var monitor = "val_accuracy";
        var down = MonitorMode.Min;
        return
        [
            new EarlyStopping(monitor: "val_acc", patience: 3, mode: {|TG0022:MonitorMode.Min|}),
            new EarlyStopping(monitor: "acc", mode: {|TG0022:MonitorMode.Min|}),
            new EarlyStopping(monitor: "val_loss", mode: {|TG0022:MonitorMode.Max|}),
            new EarlyStopping("loss", 0, 1, {|TG0022:MonitorMode.Max|}),
            // The default monitor is val_loss.
            new ModelCheckpoint("best.bin", saveBestOnly: true, mode: {|TG0022:MonitorMode.Max|}),
            new ReduceLROnPlateau(mode: {|TG0022:MonitorMode.Max|}),
            new ReduceLROnPlateau(monitor: "val_gender_accuracy", mode: {|TG0022:MonitorMode.Min|}),
            new ModelCheckpoint("m.bin", monitor: "val_age_mae", mode: {|TG0022:MonitorMode.Max|}),
            new EarlyStopping(monitor: "mse", mode: {|TG0022:(MonitorMode)2|}),
            // Through a constant, a local, a local mode.
            new EarlyStopping(monitor: Accuracy, mode: {|TG0022:MonitorMode.Min|}),
            new EarlyStopping(monitor: monitor, mode: {|TG0022:MonitorMode.Min|}),
            new EarlyStopping(monitor: "val_acc", mode: {|TG0022:down|}),
            // A loss of an output whose name contains acc: Auto would pick Max, so only Min is suggested.
            new EarlyStopping(monitor: "val_acc_loss", mode: {|TG0022:MonitorMode.Max|}),
            Implicit(),
        ];
    }

    private static EarlyStopping Implicit()
    {
        EarlyStopping early = new(monitor: "acc", mode: {|TG0022:MonitorMode.Min|});
        return early;
    }
}

// The mode fits, is Auto, or cannot be followed, or the name does not tell a direction: nothing to report.
public static class Fitting
{
    public static List<Callback> Make(string given, MonitorMode mode, bool flag)
    {
        var reassigned = "val_acc";
        reassigned = flag ? "val_loss" : reassigned;
        var chosen = flag ? MonitorMode.Min : MonitorMode.Max;
        return
        [
            new EarlyStopping(monitor: "val_acc", mode: MonitorMode.Max),
            new EarlyStopping(monitor: "val_accuracy", mode: MonitorMode.Max),
            new EarlyStopping(monitor: "val_loss", mode: MonitorMode.Min),
            new EarlyStopping(monitor: "val_acc", mode: MonitorMode.Auto),
            new EarlyStopping(monitor: "val_loss", mode: MonitorMode.Auto),
            new ModelCheckpoint("best.bin", saveBestOnly: true, mode: MonitorMode.Min),
            new ReduceLROnPlateau(monitor: "lr", mode: MonitorMode.Max),
            new ReduceLROnPlateau(monitor: "lossy", mode: MonitorMode.Max),
            new EarlyStopping(monitor: "val_acc_loss", mode: MonitorMode.Min),
            new EarlyStopping(monitor: given, mode: MonitorMode.Min),
            new EarlyStopping(monitor: "val_acc", mode: mode),
            new EarlyStopping(monitor: reassigned, mode: MonitorMode.Min),
            new EarlyStopping(monitor: "val_acc", mode: chosen),
            new EarlyStopping("val_acc", 0, 1),
        ];
    }
}
