using System.IO;

namespace TypedGraph.Callbacks;

/// <summary>Chooses Fit's built-in console output from <c>verbose</c> and whether the console is a terminal.</summary>
internal static class ProgressOutput
{
    /// <summary>
    /// 0: nothing; 1: a live <see cref="ProgressBar"/> on a terminal, an <see cref="EpochLogger"/> line per epoch when the
    /// output is redirected (a file or a pipe gains nothing from carriage returns); 2: an <see cref="EpochLogger"/>.
    /// </summary>
    public static Callback? For(int verbose, TextWriter writer, bool outputRedirected) => verbose switch
    {
        0 => null,
        1 when !outputRedirected => new ProgressBar(writer),
        _ => new EpochLogger(writer),
    };
}
