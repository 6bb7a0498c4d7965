using System;
using System.Collections.Generic;
using System.IO;

namespace TypedGraph;

/// <summary>
/// A weights file cannot be loaded into this model: it is not a TorchSharp checkpoint, or it was saved from another
/// architecture. The message names every parameter that is missing, unexpected, or of another shape or dtype.
/// </summary>
public sealed class CheckpointMismatchException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The checkpoint file.</param>
    /// <param name="differences">One line per mismatch (missing, unexpected, other shape or dtype).</param>
    /// <param name="message">The full message.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public CheckpointMismatchException(string path, IReadOnlyList<string> differences, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        Differences = differences;
    }

    /// <summary>The checkpoint file.</summary>
    public string Path { get; }

    /// <summary>One line per mismatch; empty when the file is not a checkpoint at all.</summary>
    public IReadOnlyList<string> Differences { get; }
}
