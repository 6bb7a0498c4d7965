// Stand-ins for the monitoring callbacks, added to a test compilation only while the runtime does not have them yet
// (AnalyzerRun.WithCallbacks). Same names, namespace and the constructor parameters DESIGN.md §5 pins.
namespace TypedGraph.Callbacks
{
    public sealed class EarlyStopping(string monitor = "val_loss", double minDelta = 0, int patience = 0) : Callback
    {
        public string Monitor { get; } = monitor;
        public double MinDelta { get; } = minDelta;
        public int Patience { get; } = patience;
    }

    public sealed class ModelCheckpoint(string filepath, string monitor = "val_loss", bool saveBestOnly = false) : Callback
    {
        public string Filepath { get; } = filepath;
        public string Monitor { get; } = monitor;
        public bool SaveBestOnly { get; } = saveBestOnly;
    }

    public sealed class ReduceLROnPlateau(string monitor = "val_loss", double factor = 0.1, int patience = 10) : Callback
    {
        public string Monitor { get; } = monitor;
        public double Factor { get; } = factor;
        public int Patience { get; } = patience;
    }
}
