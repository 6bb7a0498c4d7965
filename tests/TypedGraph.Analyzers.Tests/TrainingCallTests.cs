using System.Linq;
using TypedGraph.Analyzers.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>TG0020 and TG0021 on <c>Fit</c> calls: exactly on the marked spans, nowhere else, with messages that help.</summary>
public sealed class TrainingCallTests
{
    [Theory]
    [InlineData("MonitorWithoutValidation.cs")]
    [InlineData("UnknownMonitor.cs")]
    [InlineData("FollowedValues.cs")]
    [InlineData("TunerObjective.cs")]
    public void Diagnostics_land_on_the_marked_spans(string file) => AnalyzerRun.AssertMarkup(file);

    [Fact]
    public void Unknown_monitor_lists_the_names_the_model_logs()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("UnknownMonitor.cs");

        var messages = diagnostics.Where(d => d.Id == "TG0021").Select(AnalyzerRun.Message).ToList();
        Assert.Contains("EarlyStopping monitors 'val_acuracy', which model 'Classifier' never logs; it logs: loss, acc, val_loss, val_acc, lr", messages);
        Assert.Contains(
            "EarlyStopping monitors 'val_acc', which model 'SocialMedia' never logs; it logs: loss, age_loss, gender_loss, age_mae, gender_acc, "
            + "val_loss, val_age_loss, val_gender_loss, val_age_mae, val_gender_acc, lr",
            messages);
    }

    [Fact]
    public void Unknown_monitor_carries_the_nearest_name_for_the_code_fix()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("UnknownMonitor.cs");

        var nearest = diagnostics.Where(d => d.Id == "TG0021").Select(d => d.Properties[TrainingCallAnalyzer.NearestNameProperty]).ToList();
        Assert.Equal(["val_acc", "val_loss", "val_loss", "acc", "val_loss", "val_loss", "gender_loss", "age_mae", "val_loss"], nearest);
    }

    [Fact]
    public void Missing_validation_message_names_the_callback_and_the_value()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("MonitorWithoutValidation.cs");

        var first = diagnostics.First(d => d.Id == "TG0020");
        Assert.Equal("EarlyStopping monitors 'val_loss', but this Fit call passes no validation data (validationData, validationSplit), so 'val_loss' is never logged", AnalyzerRun.Message(first));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, first.Severity);
        Assert.All(diagnostics, d => Assert.Contains("Fit(", d.AdditionalLocations.Single().SourceTree!.GetText().ToString(d.AdditionalLocations.Single().SourceSpan), System.StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_validation_names_the_arguments_of_the_overload_called_and_marks_the_split_fix_only_where_it_applies()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("MonitorWithoutValidation.cs");

        var streaming = diagnostics.Where(d => Call(d).StartsWith("model.Fit(batches", System.StringComparison.Ordinal)).ToList();
        var tensor = diagnostics.Except(streaming).ToList();
        Assert.Equal(
            [
                "EarlyStopping monitors 'val_acc', but this Fit call passes no validation data (validationBatches), so 'val_acc' is never logged",
                "EarlyStopping monitors 'val_loss', but this Fit call passes no validation data (validationBatches), so 'val_loss' is never logged",
            ],
            streaming.Select(AnalyzerRun.Message));
        Assert.All(streaming, d => Assert.False(d.Properties.ContainsKey(TrainingCallAnalyzer.SplitParameterProperty)));
        Assert.Equal(15, tensor.Count);
        Assert.All(tensor, d => Assert.Contains("passes no validation data (validationData, validationSplit),", AnalyzerRun.Message(d), System.StringComparison.Ordinal));
        Assert.All(tensor, d => Assert.Equal("validationSplit", d.Properties[TrainingCallAnalyzer.SplitParameterProperty]));
    }

    [Fact]
    public void Tuner_objective_never_logged_lists_the_names_the_model_logs()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("TunerObjective.cs");

        Assert.Equal(
            "The tuner's objective 'val_accuracyy' is a value model 'Tunable' never logs, so no trial could be scored; it logs: loss, acc, val_loss, val_acc, lr",
            AnalyzerRun.Message(diagnostics[0]));
        Assert.Equal(["val_accuracyy", "val_auc", "mae", "val_loss_"], diagnostics.Select(d => AnalyzerRun.Message(d).Split('\'')[2]));
    }

    private static string Call(Microsoft.CodeAnalysis.Diagnostic diagnostic) =>
        diagnostic.AdditionalLocations.Single().SourceTree!.GetText().ToString(diagnostic.AdditionalLocations.Single().SourceSpan);
}
