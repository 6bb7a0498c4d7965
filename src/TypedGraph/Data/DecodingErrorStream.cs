using System;
using System.IO;

namespace TypedGraph.Data;

/// <summary>
/// A read-only view of a decoding stream (a zip entry, gzip) that turns the decoder's own complaints about damaged
/// bytes (<see cref="InvalidDataException"/> "Block length does not match with its complement." and the like, which
/// name no file) into an <see cref="InvalidDataException"/> that says which file is damaged: the one home of that rule
/// for the readers of compressed files.
/// </summary>
/// <param name="inner">The decoding stream; disposed with this one.</param>
/// <param name="what">The start of every message, naming the file ("'a.npz' is a damaged zip archive (entry 'x.npy')").</param>
internal sealed class DecodingErrorStream(Stream inner, string what) : ReadOnlyStream
{
    /// <summary>The error for a decoder's complaint <paramref name="error"/>: the file, then what the decoder said.</summary>
    public static InvalidDataException Damaged(string what, Exception error) => new($"{what}: {error.Message}", error);

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return inner.Read(buffer);
        }
        catch (InvalidDataException error)
        {
            throw Damaged(what, error);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
