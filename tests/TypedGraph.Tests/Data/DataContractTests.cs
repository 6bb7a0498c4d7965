using System;
using System.Collections.Generic;
using System.IO;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>The data names of DESIGN §10 (pinned public contract), spelled as an outside caller spells them.</summary>
public sealed class DataContractTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_pinned_data_names_compile_and_run()
    {
        using var scope = NewDisposeScope();
        Tensor t = arange(6, dtype: ScalarType.Float32).reshape(2, 3);
        TypedGraph.Data.NumPy.Save(_temp["t.npy"], t);
        Tensor back = TypedGraph.Data.NumPy.Load(_temp["t.npy"]);
        IReadOnlyDictionary<string, Tensor> arrays = new Dictionary<string, Tensor> { ["t"] = t };
        TypedGraph.Data.NumPy.SaveNpz(_temp["a.npz"], arrays);
        IReadOnlyDictionary<string, Tensor> loaded = TypedGraph.Data.NumPy.LoadNpz(_temp["a.npz"]);

        Assert.True(back.eq(t).all().item<bool>());
        Assert.True(loaded["t"].eq(t).all().item<bool>());

        var directory = _temp["fashion"];
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "train-images-idx3-ubyte"), IdxFileTests.Idx(0x08, [2, 28, 28], new byte[2 * 784]));
        File.WriteAllBytes(Path.Combine(directory, "train-labels-idx1-ubyte"), IdxFileTests.Idx(0x08, [2], [3, 4]));
        File.WriteAllBytes(Path.Combine(directory, "t10k-images-idx3-ubyte"), IdxFileTests.Idx(0x08, [1, 28, 28], new byte[784]));
        File.WriteAllBytes(Path.Combine(directory, "t10k-labels-idx1-ubyte"), IdxFileTests.Idx(0x08, [1], [9]));
        using var data = TypedGraph.Datasets.FashionMnist.Load(directory);
        Tensor trainImages = data.TrainImages, trainLabels = data.TrainLabels, testImages = data.TestImages, testLabels = data.TestLabels;

        Assert.Equal([2L, 1, 28, 28], trainImages.shape);
        Assert.Equal(ScalarType.Int64, trainLabels.dtype);
        Assert.Equal([1L, 1, 28, 28], testImages.shape);
        Assert.Equal(9, testLabels[0].item<long>());
    }
}
