using System.Collections.Generic;
using TypedGraph.Callbacks;

namespace Fixes;

public static class Callbacks
{
    public static List<Callback> Make()
    {
        var down = MonitorMode.Min;
        return
        [
            new EarlyStopping(monitor: "val_acc", patience: 3, mode: MonitorMode.Max),
            new ModelCheckpoint("best.bin", saveBestOnly: true, mode: TypedGraph.Callbacks.MonitorMode.Min),
            new ReduceLROnPlateau(monitor: "val_gender_accuracy", mode: MonitorMode.Max),
            new EarlyStopping(monitor: "mae", mode: MonitorMode.Min),
            new EarlyStopping(monitor: "val_acc_loss", mode: MonitorMode.Min),
        ];
    }
}
