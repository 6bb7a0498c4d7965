using System;
using System.IO;

namespace TypedGraph;

/// <summary>
/// Writes a file through a temp file in the same directory and a rename, so readers see either the old file or the
/// complete new one, never a partial write; the temp file is removed when writing fails.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, atomically.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="what">What the file is, for the error message ("NumPy file").</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <exception cref="IOException">The file or its directory cannot be written; no partial file is left behind.</exception>
    public static void Write(string path, string what, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temp = TempPathFor(full);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temp);
            throw new IOException($"Cannot write the {what} '{full}': {error.Message}", error);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>A fresh hidden temp file name next to <paramref name="fullPath"/>.</summary>
    public static string TempPathFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");

    /// <summary>Deletes <paramref name="path"/> if it exists, ignoring failures (used on error paths only).</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original error is the one worth reporting.
        }
    }
}
