using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace TypedGraph.Callbacks;

/// <summary>
/// Streams the epoch logs to a CSV file (Keras' <c>CSVLogger</c>): a header <c>epoch,acc,loss,lr,val_acc,val_loss</c>
/// (the epoch, then the log names sorted ordinally), then one row per epoch with the 0-based epoch and the values in
/// round-trip invariant format. With <c>append</c> an existing non-empty file keeps its content and gets no second
/// header. Each row is flushed as it is written.
/// </summary>
public sealed class CsvLogger : Callback, IDisposable
{
    private StreamWriter? _writer;
    private string[]? _keys;
    private bool _writeHeader;

    /// <summary>Creates the logger.</summary>
    /// <param name="path">The CSV file; its directory is created when missing.</param>
    /// <param name="separator">The field separator.</param>
    /// <param name="append">Whether to append to an existing file instead of overwriting it.</param>
    public CsvLogger(string path, string separator = ",", bool append = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrEmpty(separator);
        Path = path;
        Separator = separator;
        Append = append;
    }

    /// <summary>The CSV file.</summary>
    public string Path { get; }

    /// <summary>The field separator.</summary>
    public string Separator { get; }

    /// <summary>Whether rows are appended to an existing file.</summary>
    public bool Append { get; }

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
    {
        Close();
        try
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            _writeHeader = !(Append && File.Exists(Path) && new FileInfo(Path).Length > 0);
            _writer = new StreamWriter(Path, Append, new UTF8Encoding(false));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"CsvLogger cannot write '{Path}': {error.Message}", error);
        }

        _keys = null;
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (_writer is null)
        {
            return;
        }

        if (_keys is null)
        {
            // Aliases (accuracy beside acc) would repeat a column: the file holds each value once, under its canonical name.
            var keys = new List<string>();
            foreach (var key in logs.Keys)
            {
                if (!LogKeys.IsAlias(key))
                {
                    keys.Add(key);
                }
            }

            keys.Sort(StringComparer.Ordinal);
            _keys = [.. keys];
            if (_writeHeader)
            {
                _writer.WriteLine("epoch" + Separator + string.Join(Separator, _keys));
            }
        }

        var row = new StringBuilder(epoch.ToString(CultureInfo.InvariantCulture));
        foreach (var key in _keys)
        {
            row.Append(Separator).Append(logs.TryGetValue(key, out var value) ? Format(value) : "NA");
        }

        _writer.WriteLine(row.ToString());
        _writer.Flush();
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs) => Close();

    /// <inheritdoc/>
    internal override void OnAbort() => Close();

    /// <summary>Closes the file if training was interrupted by an exception.</summary>
    public void Dispose() => Close();

    private static string Format(double value) =>
        double.IsNaN(value) ? "nan" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private void Close()
    {
        _writer?.Dispose();
        _writer = null;
    }
}
