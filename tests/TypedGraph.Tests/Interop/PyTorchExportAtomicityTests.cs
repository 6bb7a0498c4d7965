using System;
using System.IO;
using System.Linq;
using TypedGraph.Interop.PyTorch;
using TypedGraph.Tests.Models;
using Xunit;

namespace TypedGraph.Tests.Interop;

/// <summary>A PyTorch export replaces an earlier one all or nothing: a failure leaves every earlier file as it was.</summary>
public sealed class PyTorchExportAtomicityTests
{
    private static readonly string[] Files = [PyTorchExport.ModelFile, PyTorchExport.WeightsFile, PyTorchExport.TrainFile, PyTorchExport.ReadmeFile];

    private static void Export(string directory, string classes, Action<string> saveWeights)
    {
        using var model = new Mlp();
        PyTorchExport.Write(directory, "Mlp", model.Signature, classes, saveWeights);
    }

    private static string[] Snapshot(string directory) => [.. Files.Select(f => File.ReadAllText(Path.Combine(directory, f)))];

    private static void AssertOnlyTheFourFiles(string directory) =>
        Assert.Equal(Files.Order(StringComparer.Ordinal), Directory.GetFileSystemEntries(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    [Fact]
    public void Weights_that_cannot_be_saved_leave_the_earlier_export_unchanged_and_no_staging_files()
    {
        using var temp = new TempDirectory();
        var directory = temp["export"];
        Export(directory, "class Mlp: # first export", path => File.WriteAllText(path, "first weights"));
        var before = Snapshot(directory);

        var error = Assert.Throws<IOException>(() => Export(directory, "class Mlp: # second export", _ => throw new IOException("disk full")));

        Assert.Equal("disk full", error.Message);
        Assert.Equal(before, Snapshot(directory));
        Assert.Contains("# first export", before[0], StringComparison.Ordinal);
        AssertOnlyTheFourFiles(directory);

        // A successful export replaces all four.
        Export(directory, "class Mlp: # third export", path => File.WriteAllText(path, "third weights"));
        var after = Snapshot(directory);
        Assert.Contains("# third export", after[0], StringComparison.Ordinal);
        Assert.Equal("third weights", after[1]);
        AssertOnlyTheFourFiles(directory);
    }

    [Fact]
    public void A_directory_where_the_weights_go_fails_the_export_before_anything_is_replaced()
    {
        using var temp = new TempDirectory();
        var directory = temp["export"];
        Export(directory, "class Mlp: # first export", path => File.WriteAllText(path, "first weights"));
        var model = File.ReadAllText(Path.Combine(directory, PyTorchExport.ModelFile));
        var train = File.ReadAllText(Path.Combine(directory, PyTorchExport.TrainFile));
        File.Delete(Path.Combine(directory, PyTorchExport.WeightsFile));
        Directory.CreateDirectory(Path.Combine(directory, PyTorchExport.WeightsFile));

        var error = Assert.Throws<IOException>(() => Export(directory, "class Mlp: # second export", path => File.WriteAllText(path, "second weights")));

        Assert.Equal($"Cannot export the PyTorch model to '{directory}': 'weights.safetensors' there is a directory; nothing was replaced.", error.Message);
        Assert.Equal(model, File.ReadAllText(Path.Combine(directory, PyTorchExport.ModelFile)));
        Assert.Equal(train, File.ReadAllText(Path.Combine(directory, PyTorchExport.TrainFile)));
        AssertOnlyTheFourFiles(directory);
    }
}
