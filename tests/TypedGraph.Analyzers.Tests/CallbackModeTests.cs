using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Analyzers.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>TG0022 on callback creations: exactly on the marked mode arguments, with a message that says which way the value goes.</summary>
public sealed class CallbackModeTests
{
    [Fact]
    public void Diagnostics_land_on_the_marked_mode_arguments() => AnalyzerRun.AssertMarkup("MonitorModeMismatch.cs");

    [Fact]
    public void Message_names_the_callback_the_direction_and_the_mode_to_use()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("MonitorModeMismatch.cs");

        var messages = diagnostics.Select(AnalyzerRun.Message).ToList();
        Assert.Equal(
            "EarlyStopping monitors 'val_acc', an accuracy, higher is better, but its mode is MonitorMode.Min, which takes the worst value for the best; use MonitorMode.Max or MonitorMode.Auto",
            messages[0]);
        Assert.Contains(
            "ModelCheckpoint monitors 'val_loss', a loss, lower is better, but its mode is MonitorMode.Max, which takes the worst value for the best; use MonitorMode.Min or MonitorMode.Auto",
            messages);
        Assert.Contains(
            "ModelCheckpoint monitors 'val_age_mae', an error, lower is better, but its mode is MonitorMode.Max, which takes the worst value for the best; use MonitorMode.Min or MonitorMode.Auto",
            messages);
        Assert.Contains(
            "EarlyStopping monitors 'val_acc_loss', a loss, lower is better, but its mode is MonitorMode.Max, which takes the worst value for the best; use MonitorMode.Min",
            messages);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Properties_carry_the_expected_mode_and_whether_auto_agrees()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("MonitorModeMismatch.cs");

        Assert.Equal(
            ["Max", "Max", "Min", "Min", "Min", "Min", "Max", "Min", "Min", "Max", "Max", "Max", "Min", "Max"],
            diagnostics.Select(d => d.Properties[CallbackModeAnalyzer.ExpectedModeProperty]));
        Assert.Equal(
            ["true", "true", "true", "true", "true", "true", "true", "true", "true", "true", "true", "true", "false", "true"],
            diagnostics.Select(d => d.Properties[CallbackModeAnalyzer.AutoAgreesProperty]));
    }
}
