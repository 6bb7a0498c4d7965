using System;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Analyzers;

/// <summary>
/// Which way a logged value improves, read from its name as <c>Fit</c> logs it (<see cref="LogNames"/>): losses
/// (<c>loss</c>, <c>val_age_loss</c>) and errors (<c>mae</c>, <c>mse</c>) go down, accuracies (<c>acc</c>,
/// <c>val_gender_accuracy</c>) go up. Names whose direction is not certain (<c>lr</c>, anything else) have none.
/// </summary>
/// <param name="Mode">The <c>MonitorMode</c> member that fits: <c>Min</c> or <c>Max</c>.</param>
/// <param name="Description">The kind of value and its direction, for messages ("a loss, lower is better").</param>
/// <param name="AutoAgrees">Whether <c>MonitorMode.Auto</c> resolves to <paramref name="Mode"/> for this name (the runtime's rule: <c>Max</c> when the name contains <c>acc</c>).</param>
internal readonly record struct MonitorDirection(string Mode, string Description, bool AutoAgrees)
{
    public const string Min = "Min";
    public const string Max = "Max";

    /// <summary>The direction of <paramref name="monitor"/>, or null when its name does not tell.</summary>
    public static MonitorDirection? Of(string monitor)
    {
        var name = LogNames.Normalize(monitor);
        var bare = name.StartsWith(LogNames.ValidationPrefix, StringComparison.Ordinal) ? name.Substring(LogNames.ValidationPrefix.Length) : name;
        var auto = name.IndexOf("acc", StringComparison.Ordinal) >= 0 ? Max : Min;
        if (IsSuffix(bare, LogNames.Loss))
        {
            return new MonitorDirection(Min, "a loss, lower is better", auto == Min);
        }

        if (IsSuffix(bare, "acc"))
        {
            return new MonitorDirection(Max, "an accuracy, higher is better", auto == Max);
        }

        return IsSuffix(bare, "mae") || IsSuffix(bare, "mse")
            ? new MonitorDirection(Min, "an error, lower is better", auto == Min)
            : null;
    }

    /// <summary>The whole name, or its last <c>_</c>-separated part (<c>gender_acc</c> ends with <c>acc</c>; <c>lossy</c> does not).</summary>
    private static bool IsSuffix(string name, string suffix) =>
        name == suffix
        || (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) && name[name.Length - suffix.Length - 1] == '_');
}
