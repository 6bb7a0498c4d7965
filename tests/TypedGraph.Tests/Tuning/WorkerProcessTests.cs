using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using TypedGraph.Tests.Models;
using TypedGraph.Tuning;
using TypedGraph.Tuning.Storage;
using Xunit;

namespace TypedGraph.Tests.Tuning;

/// <summary>
/// Several worker processes on one study: two on SQLite and two on a PostgreSQL server started here share a grid without
/// running a point twice; a worker killed with SIGKILL loses nothing, and the next worker reruns only its running trial.
/// </summary>
public sealed class WorkerProcessTests : IDisposable
{
    private static readonly string Study = typeof(TunedMlp).FullName!;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6); // generous: CI runs every test project at once on 2 cores
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Two_workers_on_SQLite_cover_the_grid_once_between_them()
    {
        var arguments = $"--directory \"{_temp["study"]}\" --strategy Grid --max-trials 18 --epoch-delay-ms 60";
        var (first, second) = StartTogether(arguments);
        using var firstWorker = first;
        using var secondWorker = second;
        first.WaitForSuccess(Timeout);
        second.WaitForSuccess(Timeout);

        using var store = TrialStore.OpenSqlite(_temp["study"]);
        AssertGridCoveredOnce(store.Trials(Study), first.Id, second.Id);
        Assert.Equal(18, TrialsRun(first) + TrialsRun(second));
        Assert.Equal(18, Directory.GetFiles(_temp["study", "checkpoints"], "trial_*.bin").Length);
    }

    [Fact]
    public void Two_workers_on_PostgreSQL_cover_the_grid_once_between_them()
    {
        using var server = new PostgresServer();
        var arguments = $"--storage \"{server.ConnectionString}\" --strategy Grid --max-trials 18 --epoch-delay-ms 60";
        var (first, second) = StartTogether(arguments);
        using var firstWorker = first;
        using var secondWorker = second;
        first.WaitForSuccess(Timeout);
        second.WaitForSuccess(Timeout);

        using var store = TrialStore.OpenPostgres(server.ConnectionString);
        var trials = store.Trials(Study);
        AssertGridCoveredOnce(trials, first.Id, second.Id);
        Assert.Equal(18, TrialsRun(first) + TrialsRun(second));
        Assert.All(trials, t => Assert.NotEmpty(store.LoadCheckpoint(Study, t.Number)));
        var result = new Tuner<TunedMlp, TunedMlp.HyperParameters>("val_acc", SearchStrategy.Grid, 18, seed: 1, storage: server.ConnectionString).Load();
        using var best = result.BestModel();
        Assert.Equal(result.BestHyperParameters, best.GetHyperParameters());
    }

    [Fact]
    public void A_worker_killed_with_SIGKILL_loses_nothing_and_only_its_running_trial_is_run_again()
    {
        var directory = _temp["study"];
        List<StoredTrial> before;
        int killedId;
        using (var killed = new WorkerProcess($"--directory \"{directory}\" --strategy Random --max-trials 4 --epochs 4 --epoch-delay-ms 250"))
        {
            killedId = killed.Id;
            WaitFor(directory, trials => trials.Count(t => t.State == TrialState.Complete) >= 2 && trials.Any(t => t.State == TrialState.Running), killed);

            // Killed first, read after: the state compared below is the one the kill left. A trial that finished
            // between the poll and the kill is one more complete trial and the next one is the running one; only a kill
            // in the milliseconds between a trial's completion and the next claim (trials last over a second: four
            // epochs with a 250 ms pause each) would leave none running.
            killed.Kill();
            using var store = TrialStore.OpenSqlite(directory);
            before = [.. store.Trials(Study)];
        }

        var running = Assert.Single(before, t => t.State == TrialState.Running);
        using (var resumed = new WorkerProcess($"--directory \"{directory}\" --strategy Random --max-trials 4 --epochs 4"))
        {
            resumed.WaitForSuccess(Timeout);
            using var store = TrialStore.OpenSqlite(directory);
            var after = store.Trials(Study);

            Assert.Equal([0, 1, 2, 3], after.Select(t => t.Number));
            Assert.All(after, t => Assert.Equal(TrialState.Complete, t.State));
            Assert.Equal(4, after.Select(t => t.Params).Distinct().Count());
            foreach (var done in before.Where(t => t.State == TrialState.Complete))
            {
                // Not rerun: same worker (the killed one), same score, same history.
                Assert.Equal(done, after[done.Number]);
                Assert.Contains($"/{killedId}/", done.Worker, StringComparison.Ordinal);
            }

            var rerun = after[running.Number];
            Assert.Equal(running.Params, rerun.Params);
            Assert.Contains($"/{resumed.Id}/", rerun.Worker, StringComparison.Ordinal);
            Assert.Equal(4, Directory.GetFiles(Path.Combine(directory, "checkpoints"), "trial_*.bin").Length);
            Assert.Empty(Directory.GetFiles(Path.Combine(directory, "checkpoints"), "*.tmp"));
        }
    }

    /// <summary>
    /// Starts two workers on <paramref name="arguments"/> whose searches begin together: each waits at a start barrier
    /// (the worker's <c>--start-barrier</c>) until both have started TorchSharp and made their data, so that one worker
    /// cannot run the whole grid while the other is still starting, and "both workers ran trials" is always true.
    /// </summary>
    private (WorkerProcess First, WorkerProcess Second) StartTogether(string arguments)
    {
        var barrier = _temp["start"];
        var first = new WorkerProcess($"{arguments} --start-barrier \"{barrier}\"");
        var second = new WorkerProcess($"{arguments} --start-barrier \"{barrier}\"");
        var clock = Stopwatch.StartNew();
        while (!(File.Exists($"{barrier}.{first.Id}.ready") && File.Exists($"{barrier}.{second.Id}.ready")))
        {
            if (clock.Elapsed > Timeout || first.HasExited || second.HasExited)
            {
                first.Dispose();
                second.Dispose();
                Assert.Fail($"The workers did not both reach the start barrier:\n{first.Output}\n{second.Output}");
            }

            Thread.Sleep(20);
        }

        File.WriteAllText(barrier, string.Empty);
        return (first, second);
    }

    /// <summary>How many times the worker trained a model (its last line: <c>done … trials-run N</c>): each point once, none twice.</summary>
    private static int TrialsRun(WorkerProcess worker)
    {
        var done = worker.Output.Split('\n').Single(l => l.StartsWith("done ", StringComparison.Ordinal)).Trim().Split(' ');
        return int.Parse(done[^1], CultureInfo.InvariantCulture);
    }

    private static void WaitFor(string directory, Func<IReadOnlyList<StoredTrial>, bool> condition, WorkerProcess worker)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            if (File.Exists(Path.Combine(directory, "study.db")))
            {
                using var store = TrialStore.OpenSqlite(directory);
                var trials = store.Trials(Study);
                if (condition(trials))
                {
                    return;
                }
            }

            Thread.Sleep(50);
        }

        Assert.Fail($"The study never reached the expected state: {worker.Output}");
    }

    private static void AssertGridCoveredOnce(IReadOnlyList<StoredTrial> trials, int firstId, int secondId)
    {
        Assert.Equal(Enumerable.Range(0, 18), trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal(TrialState.Complete, t.State));
        Assert.Equal(18, trials.Select(t => t.Params).Distinct().Count());
        var byWorker = trials.GroupBy(t => int.Parse(t.Worker!.Split('/')[1], CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byWorker.Keys.Order().SequenceEqual(new[] { firstId, secondId }.Order()), $"Trials per worker: {string.Join(", ", byWorker)}");
    }
}
