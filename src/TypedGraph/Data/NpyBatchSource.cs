using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using static TorchSharp.torch;

namespace TypedGraph.Data;

/// <summary>
/// Typed training batches read from <c>.npy</c> files on demand, one file per input and per target, row <c>i</c> of
/// every file being sample <c>i</c>: pass it to the streaming <c>Fit</c> and a data set larger than memory trains with
/// only a batch (or a shuffle window) in memory at a time.
/// </summary>
/// <typeparam name="TInputs">The model's <c>Inputs</c> record (one file per member, in declaration order).</typeparam>
/// <typeparam name="TTargets">The model's <c>Targets</c> record (one file per member, in declaration order).</typeparam>
/// <remarks>
/// <para>
/// Every enumeration is one epoch. Without shuffling, batches are consecutive row ranges in file order. With
/// shuffling, the rows are cut into windows of <c>shuffleWindow</c> batches; each epoch visits the windows in a random
/// order and deals each window's rows out in a random order, so samples mix across the batches of a window while reads
/// stay sequential. <c>shuffleWindow = 1</c> only reorders batches (each a contiguous row range); a window as large as
/// the data set is a full shuffle (and reads it all into memory). Epoch <c>k</c> uses the <c>k</c>-th random stream of
/// the seed, so runs are reproducible.
/// </para>
/// <para>
/// Tensors keep the files' dtypes (save them as the model expects, e.g. float32 images, int64 labels). Each batch is
/// created when the consumer asks for it, in the consumer's current dispose scope (the streaming <c>Fit</c> releases it
/// after its step). Combine with <see cref="Batches.Prefetch"/> to read ahead on a background thread.
/// Dispose the source to unmap the files.
/// </para>
/// </remarks>
public sealed class NpyBatchSource<TInputs, TTargets> : IEnumerable<(TInputs Inputs, TTargets Targets)>, IDisposable
    where TInputs : ITensorRecord<TInputs>
    where TTargets : ITensorRecord<TTargets>
{
    private readonly NpyFile[] _inputs;
    private readonly NpyFile[] _targets;
    private readonly bool _shuffle;
    private readonly int _shuffleWindow;
    private int _enumerations;
    private bool _disposed;

    /// <summary>Opens the files (reading only their headers) and checks that they agree.</summary>
    /// <param name="inputFiles">One <c>.npy</c> file per member of <typeparamref name="TInputs"/>, in declaration order.</param>
    /// <param name="targetFiles">One <c>.npy</c> file per member of <typeparamref name="TTargets"/>, in declaration order.</param>
    /// <param name="batchSize">Rows per batch, at least 1.</param>
    /// <param name="shuffle">Shuffle every epoch (see the remarks).</param>
    /// <param name="shuffleWindow">With <paramref name="shuffle"/>: batches per window whose rows are mixed, at least 1.</param>
    /// <param name="seed">Seeds the shuffling; a random seed when null (see <see cref="Seed"/>).</param>
    /// <param name="dropRemainder">Leave out the last <c>SampleCount % batchSize</c> rows so every batch is full.</param>
    /// <exception cref="ArgumentException">
    /// The file counts do not match the records, a file is a scalar, the files' row counts differ, or an epoch would
    /// have no batch (no rows, or fewer rows than <paramref name="batchSize"/> with <paramref name="dropRemainder"/>).
    /// </exception>
    /// <exception cref="System.IO.FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="System.IO.InvalidDataException">A file is not a readable <c>.npy</c> file.</exception>
    public NpyBatchSource(
        IReadOnlyList<string> inputFiles,
        IReadOnlyList<string> targetFiles,
        int batchSize,
        bool shuffle = false,
        int shuffleWindow = 1,
        int? seed = null,
        bool dropRemainder = false)
    {
        ArgumentNullException.ThrowIfNull(inputFiles);
        ArgumentNullException.ThrowIfNull(targetFiles);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shuffleWindow, 1);
        CheckMemberCount<TInputs>(inputFiles.Count, nameof(inputFiles));
        CheckMemberCount<TTargets>(targetFiles.Count, nameof(targetFiles));
        var opened = new List<NpyFile>();
        try
        {
            _inputs = Open(inputFiles, opened);
            _targets = Open(targetFiles, opened);
        }
        catch
        {
            foreach (var file in opened)
            {
                file.Dispose();
            }

            throw;
        }

        var rows = opened[0].RowCount;
        var samples = dropRemainder ? rows - (rows % batchSize) : rows;
        string? problem = null;
        foreach (var file in opened)
        {
            if (file.RowCount != rows)
            {
                problem = $"The files disagree on the number of samples: '{opened[0].Path}' has {rows} rows, '{file.Path}' has {file.RowCount}.";
                break;
            }
        }

        if (problem is null && samples == 0)
        {
            problem = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"'{opened[0].Path}' has {rows} rows; with batchSize {batchSize} and dropRemainder {(dropRemainder ? "true" : "false")} an epoch would have no batch.");
        }

        if (problem is not null)
        {
            foreach (var file in opened)
            {
                file.Dispose();
            }

            throw new ArgumentException(problem);
        }

        BatchSize = batchSize;
        _shuffle = shuffle;
        _shuffleWindow = shuffleWindow;
        Seed = seed ?? Random.Shared.Next();
        SampleCount = samples;
        BatchCount = checked((int)((SampleCount + batchSize - 1) / batchSize));
    }

    /// <summary>Rows per batch (the last batch of an epoch may be shorter unless <c>dropRemainder</c>).</summary>
    public int BatchSize { get; }

    /// <summary>Samples per epoch.</summary>
    public long SampleCount { get; }

    /// <summary>Batches per epoch.</summary>
    public int BatchCount { get; }

    /// <summary>The seed of the shuffling (the one given, or the one drawn).</summary>
    public int Seed { get; }

    /// <summary>Starts an epoch.</summary>
    public IEnumerator<(TInputs Inputs, TTargets Targets)> GetEnumerator()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var epoch = Interlocked.Increment(ref _enumerations) - 1;
        return (_shuffle ? Shuffled(Batches.EpochRandom(Seed, epoch)) : InOrder()).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Unmaps the files.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var file in _inputs)
        {
            file.Dispose();
        }

        foreach (var file in _targets)
        {
            file.Dispose();
        }
    }

    private IEnumerable<(TInputs Inputs, TTargets Targets)> InOrder()
    {
        for (long start = 0; start < SampleCount; start += BatchSize)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var count = Math.Min(BatchSize, SampleCount - start);
            yield return (TInputs.FromTensors(ReadRows(_inputs, start, count)), TTargets.FromTensors(ReadRows(_targets, start, count)));
        }
    }

    private IEnumerable<(TInputs Inputs, TTargets Targets)> Shuffled(Random random)
    {
        var windowRows = (long)_shuffleWindow * BatchSize;
        var windowCount = checked((int)((SampleCount + windowRows - 1) / windowRows));
        var order = new int[windowCount];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        foreach (var window in order)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var start = window * windowRows;
            var rows = Math.Min(windowRows, SampleCount - start);
            var permutation = new long[rows];
            for (var i = 0; i < permutation.Length; i++)
            {
                permutation[i] = i;
            }

            random.Shuffle(permutation);

            // The window outlives the batch scope open while it is read: keep it out of any scope, free it when done.
            Tensor[] inputs = [], targets = [];
            try
            {
                inputs = Detached(ReadRows(_inputs, start, rows));
                targets = Detached(ReadRows(_targets, start, rows));
                for (long at = 0; at < rows; at += BatchSize)
                {
                    var count = Math.Min(BatchSize, rows - at);
                    var batchInputs = new Tensor[inputs.Length];
                    var batchTargets = new Tensor[targets.Length];
                    using (var index = tensor(permutation.AsSpan((int)at, (int)count).ToArray()))
                    {
                        for (var i = 0; i < inputs.Length; i++)
                        {
                            batchInputs[i] = inputs[i].index_select(0, index);
                        }

                        for (var i = 0; i < targets.Length; i++)
                        {
                            batchTargets[i] = targets[i].index_select(0, index);
                        }
                    }

                    yield return (TInputs.FromTensors(batchInputs), TTargets.FromTensors(batchTargets));
                }
            }
            finally
            {
                foreach (var t in inputs)
                {
                    t.Dispose();
                }

                foreach (var t in targets)
                {
                    t.Dispose();
                }
            }
        }
    }

    private static Tensor[] ReadRows(NpyFile[] files, long start, long count)
    {
        var tensors = new Tensor[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            tensors[i] = files[i].ReadRows(start, count);
        }

        return tensors;
    }

    private static Tensor[] Detached(Tensor[] tensors)
    {
        foreach (var t in tensors)
        {
            t.DetachFromDisposeScope();
        }

        return tensors;
    }

    private static NpyFile[] Open(IReadOnlyList<string> paths, List<NpyFile> opened)
    {
        var files = new NpyFile[paths.Count];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = NpyFile.Open(paths[i]);
            opened.Add(files[i]);
            if (files[i].Shape.Count == 0)
            {
                throw new ArgumentException($"'{paths[i]}' holds a scalar (shape ()); batch files need a first axis of samples.");
            }
        }

        return files;
    }

    /// <summary>Checks that <typeparamref name="TRecord"/> has <paramref name="count"/> members, using placeholder tensors.</summary>
    private static void CheckMemberCount<TRecord>(int count, string argument)
        where TRecord : ITensorRecord<TRecord>
    {
        using var scope = NewDisposeScope();
        var placeholders = new Tensor[count];
        for (var i = 0; i < count; i++)
        {
            placeholders[i] = empty(0);
        }

        int members;
        try
        {
            members = TRecord.FromTensors(placeholders).ToTensors().Count;
        }
        catch (ArgumentOutOfRangeException)
        {
            members = -1;
        }

        if (members != count)
        {
            throw new ArgumentException(
                $"{RecordName<TRecord>()} has {(members < 0 ? "more" : members.ToString(System.Globalization.CultureInfo.InvariantCulture))} member(s) but {count} file(s) were given in {argument}: give one file per member, in declaration order.",
                argument);
        }
    }

    private static string RecordName<TRecord>() =>
        typeof(TRecord).DeclaringType is { } model ? $"{model.Name}.{typeof(TRecord).Name}" : typeof(TRecord).Name;
}
