using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using TypedGraph.Tests.EventFiles;
using TypedGraph.Tests.Models;
using TypedGraph.Tuning;
using TypedGraph.Tuning.Storage;
using Xunit;
using static TypedGraph.Tests.EventFiles.EventFileReader;

namespace TypedGraph.Tests.Tuning;

/// <summary>
/// The tuner in one process on SQLite with the hand-written <see cref="TunedMlp"/>. Several tests compare seeded runs, so
/// the class runs alone (<see cref="TorchGlobalGenerator"/>).
/// </summary>
[Collection(TorchGlobalGenerator.Name)]
public sealed class TunerTests : IDisposable
{
    private static readonly string ProtoDirectory = Path.Combine(AppContext.BaseDirectory, "EventFiles", "proto");
    private readonly TempDirectory _temp = new();
    private readonly (TunedMlp.Inputs X, TunedMlp.Targets Y) _data = TunedMlp.Data(256);

    public void Dispose()
    {
        _data.X.Features.Dispose();
        _data.Y.Label.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void Scores_are_the_best_epoch_of_the_objective_and_the_best_model_reproduces_its_score()
    {
        var tuner = Tuner(SearchStrategy.Random, maxTrials: 4, "study");

        var result = tuner.Search(_data.X, _data.Y, epochs: 3, batchSize: 32, validationSplit: 0.25, verbose: 0);

        Assert.Equal([0, 1, 2, 3], result.Trials.Select(t => t.Number));
        Assert.All(result.Trials, t => Assert.Equal(TrialState.Complete, t.State));
        Assert.All(result.Trials, t => Assert.Equal(t.History["val_acc"].Max(), t.Score));
        Assert.Equal(4, result.Trials.Select(t => t.HyperParameters).Distinct().Count());
        var best = result.BestTrial;
        Assert.Equal(result.Trials.Max(t => t.Score), best.Score);
        Assert.Equal(best.HyperParameters, result.BestHyperParameters);

        // The best epoch's weights, evaluated on the validation split (the last quarter), give the score again.
        using var model = result.BestModel();
        Assert.Equal(best.HyperParameters, model.GetHyperParameters());
        using var xVal = _data.X.Features.narrow(0, 192, 64);
        using var yVal = _data.Y.Label.narrow(0, 192, 64);
        Assert.Equal(best.Score!.Value, model.Evaluate(new TunedMlp.Inputs(xVal), new TunedMlp.Targets(yVal), batchSize: 64)["acc"], 12);

        var summary = result.Summary();
        var lines = summary.Split('\n');
        Assert.Equal("Results summary", lines[0]);
        Assert.Equal($"Results in {_temp["study", "study.db"]}", lines[1]);
        Assert.Equal("Objective(name=\"val_acc\", direction=\"max\")", lines[3]);
        Assert.Matches(@"^Trial\s+State\s+val_acc\s+Epochs\s+Units\s+LearningRate\s+UseBias$", lines[5]);
        Assert.Matches($@"^\s+{best.Number}  Complete\s+{best.Score:0.0000}\s+3  {best.HyperParameters.Units}\s", lines[6]);
        Assert.EndsWith("4 trials: 4 complete", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_top_models_are_the_best_trials_best_first_and_average_into_an_ensemble()
    {
        var result = Tuner(SearchStrategy.Random, maxTrials: 3, "top").Search(_data.X, _data.Y, epochs: 2, batchSize: 32, validationSplit: 0.25, verbose: 0);

        var top = result.TopModels(2);
        try
        {
            Assert.Equal(result.Ranked.Take(2).Select(t => t.HyperParameters), top.Select(m => m.GetHyperParameters()));

            // Each model holds its own trial's best epoch: on the validation split (the last quarter) it gives that trial's score.
            using (var xVal = _data.X.Features.narrow(0, 192, 64))
            using (var yVal = _data.Y.Label.narrow(0, 192, 64))
            {
                for (var i = 0; i < 2; i++)
                {
                    Assert.Equal(result.Ranked[i].Score!.Value, top[i].Evaluate(new TunedMlp.Inputs(xVal), new TunedMlp.Targets(yVal), batchSize: 64)["acc"], 12);
                }
            }

            Assert.Equal(3, result.TopModels(10).Count);
            Assert.Throws<ArgumentOutOfRangeException>(() => result.TopModels(0));

            // The ensemble of the two best averages their probabilities: (p0 + p1) / 2 at every position.
            var ensemble = Ensemble.Average(top);
            using var x = _data.X.Features.narrow(0, 0, 16);
            using var p0 = top[0].Predict(new TunedMlp.Inputs(x)).Label;
            using var p1 = top[1].Predict(new TunedMlp.Inputs(x)).Label;
            using var averaged = ensemble.Predict(new TunedMlp.Inputs(x)).Label;
            using var expected = (p0 + p1) / 2;
            Assert.Equal([0.5, 0.5], ensemble.Weights);
            Assert.True(averaged.allclose(expected, rtol: 0, atol: 1e-7), "the ensemble is not the members' average");
        }
        finally
        {
            foreach (var model in top)
            {
                model.Dispose();
            }
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_trials_and_scores()
    {
        var first = Tuner(SearchStrategy.Tpe, maxTrials: 3, "a").Search(_data.X, _data.Y, epochs: 2, validationSplit: 0.25, verbose: 0);
        var second = Tuner(SearchStrategy.Tpe, maxTrials: 3, "b").Search(_data.X, _data.Y, epochs: 2, validationSplit: 0.25, verbose: 0);

        Assert.Equal(first.Trials.Select(t => (t.HyperParameters, t.Score)), second.Trials.Select(t => (t.HyperParameters, t.Score)));
        Assert.Equal(first.Trials.Select(t => t.History["val_loss"].ToArray()), second.Trials.Select(t => t.History["val_loss"].ToArray()));
    }

    [Fact]
    public void A_second_search_on_the_same_directory_resumes_the_study_and_a_grid_ends_when_covered()
    {
        var first = Tuner(SearchStrategy.Grid, maxTrials: 5, "grid").Search(_data.X, _data.Y, validationSplit: 0.25, verbose: 0);
        var resumed = Tuner(SearchStrategy.Grid, maxTrials: 100, "grid").Search(_data.X, _data.Y, validationSplit: 0.25, verbose: 0);

        Assert.Equal(5, first.Trials.Count);
        Assert.Equal(18, resumed.Trials.Count);
        Assert.Equal(first.Trials.Select(t => (t.HyperParameters, t.Score)), resumed.Trials.Take(5).Select(t => (t.HyperParameters, t.Score)));
        Assert.Equal(18, resumed.Trials.Select(t => t.HyperParameters).Distinct().Count());
    }

    [Fact]
    public void Executions_per_trial_average_the_best_epochs_of_freshly_seeded_models()
    {
        var result = Tuner(SearchStrategy.Random, maxTrials: 1, "exec").Search(_data.X, _data.Y, epochs: 3, validationSplit: 0.25, verbose: 0, executionsPerTrial: 2);
        var trial = Assert.Single(result.Trials);

        // Each execution by hand: seed, build, configure, fit — as the tuner does.
        var best = new double[2];
        for (var execution = 0; execution < 2; execution++)
        {
            TorchSharp.torch.manual_seed(Tuner<TunedMlp, TunedMlp.HyperParameters>.TrialSeed(11, 0, execution));
            using var model = TunedMlp.Create(trial.HyperParameters);
            model.Compile(Optimizers.Adam(learningRate: trial.HyperParameters.LearningRate));
            best[execution] = model.Fit(_data.X, _data.Y, epochs: 3, validationSplit: 0.25, verbose: 0)["val_acc"].Max();
        }

        Assert.Equal((best[0] + best[1]) / 2, trial.Score);
        Assert.Equal(best.Max(), trial.History["val_acc"].Max());
    }

    [Fact]
    public void Hyperband_prunes_trials_at_the_rungs_of_their_bracket()
    {
        // R = 9, η = 3: the first bracket (s = 2) starts 9 configurations with 1 epoch, keeps 3 for 3 epochs, 1 for 9.
        var result = Tuner(SearchStrategy.Hyperband, maxTrials: 9, "hyperband").Search(_data.X, _data.Y, epochs: 9, batchSize: 64, validationSplit: 0.25, verbose: 0);

        Assert.Contains(result.Trials, t => t.State == TrialState.Pruned);
        Assert.All(result.Trials, t => Assert.Contains(t.History.Epochs.Count, new[] { 1, 3, 9 }));
        Assert.All(result.Trials.Where(t => t.State == TrialState.Pruned), t => Assert.True(t.History.Epochs.Count < 9));
        Assert.All(result.Trials.Where(t => t.State == TrialState.Complete), t => Assert.Equal(9, t.History.Epochs.Count));
        Assert.All(result.Trials, t => Assert.Equal(t.History["val_acc"].Max(), t.Score));
        Assert.Equal(TrialState.Complete, result.Trials[0].State); // the first value at every rung is the best so far
    }

    [Fact]
    public void An_objective_the_model_never_logs_is_refused_before_the_first_trial()
    {
        var tuner = Tuner(SearchStrategy.Random, maxTrials: 2, "never");

        var noValidation = Assert.Throws<ArgumentException>(() => tuner.Search(_data.X, _data.Y, verbose: 0));
        var unknown = Assert.Throws<ArgumentException>(() => new Tuner<TunedMlp, TunedMlp.HyperParameters>("val_auc", directory: _temp["never"]).Search(_data.X, _data.Y, validationSplit: 0.25, verbose: 0));

        Assert.Equal(
            "The tuner's objective monitors 'val_acc', which this Fit call never logs. This Fit call has no validationData or validationSplit, so it logs no val_ values. Available: loss, acc, lr.",
            noValidation.Message);
        Assert.Equal("The tuner's objective monitors 'val_auc', which this Fit call never logs. Available: loss, acc, val_loss, val_acc, lr.", unknown.Message);
        Assert.False(File.Exists(_temp["never", "study.db"]));
    }

    [Fact]
    public void Bad_arguments_and_unusable_stores_give_clear_errors()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Tuner(SearchStrategy.Random, maxTrials: 0, "x"));
        Assert.StartsWith("maxTrials must be at least 1", zero.Message, StringComparison.Ordinal);

        var file = _temp.RegularFile();
        var unwritable = Assert.Throws<IOException>(() => new Tuner<TunedMlp, TunedMlp.HyperParameters>("val_acc", directory: Path.Combine(file, "study")));
        Assert.StartsWith($"The tuning directory '{Path.Combine(file, "study")}' cannot be written", unwritable.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => new Tuner<TunedMlp, TunedMlp.HyperParameters>("val_acc"));

        Directory.CreateDirectory(_temp["corrupt"]);
        File.WriteAllText(_temp["corrupt", "study.db"], "this is not a database, just some text that is long enough to have a header");
        var corrupt = Assert.Throws<TuningStorageException>(() => Tuner(SearchStrategy.Random, 2, "corrupt").Search(_data.X, _data.Y, validationSplit: 0.25, verbose: 0));
        Assert.StartsWith($"The study database '{_temp["corrupt", "study.db"]}' is corrupt or not a SQLite database", corrupt.Message, StringComparison.Ordinal);

        var other = Tuner(SearchStrategy.Random, 1, "other");
        other.Search(_data.X, _data.Y, validationSplit: 0.25, verbose: 0);
        var changed = Assert.Throws<TuningStorageException>(() => new Tuner<TunedMlp, TunedMlp.HyperParameters>("val_loss", maxTrials: 1, directory: _temp["other"]).Search(_data.X, _data.Y, validationSplit: 0.25, verbose: 0));
        Assert.Contains("was created with objective 'val_acc'", changed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_and_arguments_that_Fit_refuses_are_refused_before_the_study_is_opened()
    {
        // Each of these failed every trial before, and the failed trials stayed in the study, using up its points.
        var tuner = Tuner(SearchStrategy.Grid, maxTrials: 3, "refused");
        var (otherX, otherY) = TunedMlp.Data(100);
        using var otherFeatures = otherX.Features;
        using var otherLabel = otherY.Label;

        var split = Assert.Throws<ArgumentOutOfRangeException>(() => tuner.Search(_data.X, _data.Y, validationSplit: 1.5, verbose: 0));
        var both = Assert.Throws<ArgumentException>(() => tuner.Search(_data.X, _data.Y, validationSplit: 0.25, validationData: (otherX, otherY), verbose: 0));
        var mismatched = Assert.Throws<ArgumentException>(() => tuner.Search(_data.X, otherY, validationSplit: 0.25, verbose: 0));

        Assert.StartsWith("validationSplit must be in [0, 1).", split.Message, StringComparison.Ordinal);
        Assert.StartsWith("Give either validationData or validationSplit, not both.", both.Message, StringComparison.Ordinal);
        Assert.Contains("100", mismatched.Message, StringComparison.Ordinal);
        Assert.Contains("256", mismatched.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp["refused", "study.db"]));

        var result = tuner.Search(_data.X, _data.Y, validationSplit: 0.25, verbose: 0);
        Assert.Equal([0, 1, 2], result.Trials.Select(t => t.Number));
        Assert.All(result.Trials, t => Assert.Equal(TrialState.Complete, t.State));
    }

    [Fact]
    public void A_Hyperband_study_resumed_with_another_R_or_eta_is_refused()
    {
        Tuner(SearchStrategy.Hyperband, maxTrials: 1, "bands").Search(_data.X, _data.Y, epochs: 3, batchSize: 64, validationSplit: 0.25, verbose: 0);

        var otherR = Assert.Throws<TuningStorageException>(() => Tuner(SearchStrategy.Hyperband, maxTrials: 2, "bands").Search(_data.X, _data.Y, epochs: 9, batchSize: 64, validationSplit: 0.25, verbose: 0));
        var otherEta = Assert.Throws<TuningStorageException>(() => new Tuner<TunedMlp, TunedMlp.HyperParameters>("val_acc", SearchStrategy.Hyperband, 2, seed: 11, directory: _temp["bands"]) { HyperbandFactor = 2 }.Search(_data.X, _data.Y, epochs: 3, batchSize: 64, validationSplit: 0.25, verbose: 0));

        Assert.Contains("strategy Hyperband (epochs (R) = 3, HyperbandFactor (η) = 3)", otherR.Message, StringComparison.Ordinal);
        Assert.Contains("strategy Hyperband (epochs (R) = 9, HyperbandFactor (η) = 3)", otherR.Message, StringComparison.Ordinal);
        Assert.Contains("strategy Hyperband (epochs (R) = 3, HyperbandFactor (η) = 2)", otherEta.Message, StringComparison.Ordinal);
        Assert.Equal("HyperbandFactor", Assert.Throws<ArgumentOutOfRangeException>(() => new Tuner<TunedMlp, TunedMlp.HyperParameters>("val_acc", SearchStrategy.Hyperband, directory: _temp["eta"]) { HyperbandFactor = 1 }).ParamName);
    }

    [Fact]
    public void A_store_from_before_the_budget_column_gets_it_and_takes_the_first_searchs_settings()
    {
        Directory.CreateDirectory(_temp["old"]);
        using (var old = new SqliteConnection($"Data Source={_temp["old", "study.db"]};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE tg_studies (name TEXT PRIMARY KEY, objective TEXT NOT NULL, direction TEXT NOT NULL, strategy TEXT NOT NULL, seed BIGINT NOT NULL, space TEXT NOT NULL, created BIGINT NOT NULL);
                INSERT INTO tg_studies VALUES ('Old', 'val_loss', 'min', 'Hyperband', 1, 'Units: [8, 16]', 0);
                """;
            create.ExecuteNonQuery();
        }

        var study = new StudyInfo("Old", "val_loss", false, SearchStrategy.Hyperband, 1, "Units: [8, 16]", "R = 9");
        using var store = TrialStore.OpenSqlite(_temp["old"]);
        store.EnsureStudy(study);

        Assert.Contains("created with objective 'val_loss', strategy Hyperband (R = 9)", Assert.Throws<TuningStorageException>(() => store.EnsureStudy(study with { Budget = "R = 27" })).Message, StringComparison.Ordinal);
        store.EnsureStudy(study);
    }

    [Fact]
    public void A_store_locked_by_another_connection_gives_an_error_naming_the_file()
    {
        Directory.CreateDirectory(_temp["locked"]);
        using (TrialStore.OpenSqlite(_temp["locked"]))
        {
        }

        using var holder = new SqliteConnection($"Data Source={_temp["locked", "study.db"]};Pooling=False");
        holder.Open();
        using var exclusive = holder.CreateCommand();
        exclusive.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;";
        exclusive.ExecuteNonQuery();

        var locked = Assert.Throws<TuningStorageException>(() => TrialStore.OpenSqlite(_temp["locked"], busyTimeoutSeconds: 1));
        Assert.StartsWith($"The study database '{_temp["locked", "study.db"]}' is locked", locked.Message, StringComparison.Ordinal);
        Assert.Equal("busyTimeoutSeconds", Assert.Throws<ArgumentOutOfRangeException>(() => TrialStore.OpenSqlite(_temp["locked"], busyTimeoutSeconds: 0)).ParamName);
    }

    [Fact]
    public void A_directory_holds_one_study_and_a_second_name_there_is_refused()
    {
        Directory.CreateDirectory(_temp["one-study"]);
        using var store = TrialStore.OpenSqlite(_temp["one-study"]);
        var first = new StudyInfo("First", "val_acc", true, SearchStrategy.Random, 1, "Units: [8, 16]", string.Empty);
        store.EnsureStudy(first);
        store.EnsureStudy(first);   // the same study again resumes

        var error = Assert.Throws<TuningStorageException>(() => store.EnsureStudy(first with { Name = "Second" }));

        Assert.Contains("already holds the study 'First'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Use another directory for the study 'Second'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HParams_records_decode_with_TensorBoards_own_protos_and_carry_the_trials_and_scores()
    {
        var result = Tuner(SearchStrategy.Grid, maxTrials: 2, "hparams").Search(_data.X, _data.Y, validationSplit: 0.25, verbose: 0);
        var root = _temp["hparams", "tensorboard"];

        var experiment = PluginContents(Directory.GetFiles(root).Single()).Single();
        Assert.Equal("_hparams_/experiment", experiment.Tag);
        var text = DecodePluginData(experiment.Content);
        Assert.Contains("hparam_infos {\n    name: \"Units\"\n    type: DATA_TYPE_FLOAT64\n    domain_discrete {\n      values {\n        number_value: 2\n      }", text, StringComparison.Ordinal);
        Assert.Contains("name: \"UseBias\"\n    type: DATA_TYPE_BOOL\n    domain_discrete {\n      values {\n        bool_value: true", text, StringComparison.Ordinal);
        Assert.Contains("name: \"LearningRate\"\n    type: DATA_TYPE_FLOAT64\n    domain_interval {\n      min_value: 0.001\n      max_value: 0.1\n    }", text, StringComparison.Ordinal);
        Assert.Contains("metric_infos {\n    name {\n      tag: \"val_acc\"\n    }\n    dataset_type: DATASET_VALIDATION\n  }", text, StringComparison.Ordinal);

        var trial = result.Trials[1];
        var file = Directory.GetFiles(Path.Combine(root, "trial_0001")).Single();
        var contents = PluginContents(file);
        Assert.Equal(["_hparams_/session_start_info", "_hparams_/session_end_info"], contents.Select(c => c.Tag));
        var start = DecodePluginData(contents[0].Content);
        Assert.Contains("group_name: \"1\"", start, StringComparison.Ordinal);
        Assert.Contains("key: \"Units\"\n    value {\n      number_value: 2\n", start, StringComparison.Ordinal);
        Assert.Contains("key: \"UseBias\"\n    value {\n      bool_value: false\n", start, StringComparison.Ordinal);
        Assert.Contains("status: STATUS_SUCCESS", DecodePluginData(contents[1].Content), StringComparison.Ordinal);
        var scalar = ReadEvents(file).SelectMany(e => e.Values).Single(v => v.Tag == "val_acc");
        Assert.Equal((float)trial.Score!.Value, scalar.SimpleValue);

        // Each record is a valid tensorboard.Event for protoc too.
        foreach (var record in ReadRecords(file))
        {
            ProtocRunner.Run(ProtoDirectory, "--decode=tensorboard.Event tensorboard/compat/proto/event.proto", record);
        }
    }

    /// <summary>(tag, plugin content) of every summary value whose metadata names the hparams plugin: Event.summary(5).value(1).metadata(9).plugin_data(1).</summary>
    private static (string Tag, byte[] Content)[] PluginContents(string file) =>
        ReadRecords(file)
            .SelectMany(record => Decode(record).Where(f => f.Number == 5))
            .SelectMany(summary => Decode(summary.Bytes).Where(f => f.Number == 1))
            .Select(value => Decode(value.Bytes))
            .Where(value => value.Any(f => f.Number == 9))
            .Select(value =>
            {
                var pluginData = Decode(Decode(value.Single(f => f.Number == 9).Bytes).Single(f => f.Number == 1).Bytes);
                Assert.Equal("hparams", pluginData.Single(f => f.Number == 1).Text);
                return (value.Single(f => f.Number == 1).Text, pluginData.Single(f => f.Number == 2).Bytes);
            })
            .ToArray();

    private static string DecodePluginData(byte[] content)
    {
        var text = Encoding.UTF8.GetString(ProtocRunner.Run(ProtoDirectory, "--decode=tensorboard.hparams.HParamsPluginData tensorboard/plugins/hparams/plugin_data.proto", content));
        Assert.DoesNotMatch(new Regex("^version: [1-9]", RegexOptions.Multiline), text);
        return text;
    }

    private Tuner<TunedMlp, TunedMlp.HyperParameters> Tuner(SearchStrategy strategy, int maxTrials, string directory) =>
        new("val_acc", strategy, maxTrials, seed: 11, directory: _temp[directory])
        {
            Configure = (model, hp) => model.Compile(Optimizers.Adam(learningRate: hp.LearningRate)),
        };
}
