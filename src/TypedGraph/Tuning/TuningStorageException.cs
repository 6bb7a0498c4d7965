using System;

namespace TypedGraph.Tuning;

/// <summary>
/// The study's storage cannot be used: the SQLite file is locked, corrupt or not a study, the PostgreSQL server refuses,
/// or the study there was created with other settings. The message names the file or server.
/// </summary>
public sealed class TuningStorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TuningStorageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, naming the store.</param>
    public TuningStorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the provider's error.</summary>
    /// <param name="message">What is wrong, naming the store.</param>
    /// <param name="innerException">The provider's error.</param>
    public TuningStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
