using System;

namespace TypedGraph;

/// <summary>
/// A tensor does not have the shape or dtype a model expects: wrong rank, a fixed dimension of another size, another dtype,
/// batch sizes that differ between inputs, or a symbolic dimension whose size disagrees between inputs.
/// </summary>
public sealed class ShapeMismatchException : Exception
{
    /// <summary>Creates the exception with all details.</summary>
    /// <param name="subject">The input or node whose tensor is wrong.</param>
    /// <param name="expected">What was expected, e.g. <c>(N, 64)</c> or <c>Float32</c>.</param>
    /// <param name="actual">What was found, e.g. <c>(5, 63)</c> or <c>Int64</c>.</param>
    /// <param name="message">The full explanation.</param>
    public ShapeMismatchException(string subject, string expected, string actual, string message)
        : base(message)
    {
        Subject = subject;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ShapeMismatchException()
        : this(string.Empty, string.Empty, string.Empty, "A tensor does not have the expected shape.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The explanation.</param>
    public ShapeMismatchException(string message)
        : this(string.Empty, string.Empty, string.Empty, message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The explanation.</param>
    /// <param name="innerException">The cause.</param>
    public ShapeMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
        Subject = string.Empty;
        Expected = string.Empty;
        Actual = string.Empty;
    }

    /// <summary>The input or node whose tensor is wrong.</summary>
    public string Subject { get; }

    /// <summary>What was expected: a shape such as <c>(N, 64)</c>, a dtype, or a size.</summary>
    public string Expected { get; }

    /// <summary>What was found.</summary>
    public string Actual { get; }
}
