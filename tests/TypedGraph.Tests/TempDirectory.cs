using System;
using System.IO;

namespace TypedGraph.Tests;

/// <summary>A fresh directory under the system temp path, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tg-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the directory.</summary>
    public string this[params string[] parts] => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>
    /// Creates a regular file and returns it: nothing can be created "inside" it, for any user (root included), so a
    /// path below it stands for an unwritable location.
    /// </summary>
    public string RegularFile(string name = "a-file")
    {
        var file = this[name];
        File.WriteAllText(file, "not a directory");
        return file;
    }

    /// <summary>The names of the files in the directory (or in <paramref name="sub"/>), sorted ordinally.</summary>
    public string[] FileNames(string? sub = null)
    {
        var names = Directory.GetFiles(sub is null ? Path : this[sub]);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = System.IO.Path.GetFileName(names[i]);
        }

        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
