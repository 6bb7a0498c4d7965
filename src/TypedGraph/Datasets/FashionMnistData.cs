using System;
using static TorchSharp.torch;

namespace TypedGraph.Datasets;

/// <summary>
/// The Fashion-MNIST images and labels as tensors: images (N, 1, 28, 28) float32 scaled to [0, 1] (pixel / 255), labels
/// (N) int64 class indices 0…9 (see <see cref="FashionMnist.ClassNames"/>). Disposing releases the four tensors.
/// </summary>
public sealed class FashionMnistData : IDisposable
{
    internal FashionMnistData(Tensor trainImages, Tensor trainLabels, Tensor testImages, Tensor testLabels, string directory)
    {
        TrainImages = trainImages;
        TrainLabels = trainLabels;
        TestImages = testImages;
        TestLabels = testLabels;
        Directory = directory;
    }

    /// <summary>The 60,000 training images, (60000, 1, 28, 28) float32 in [0, 1].</summary>
    public Tensor TrainImages { get; }

    /// <summary>The 60,000 training labels, (60000) int64.</summary>
    public Tensor TrainLabels { get; }

    /// <summary>The 10,000 test images, (10000, 1, 28, 28) float32 in [0, 1].</summary>
    public Tensor TestImages { get; }

    /// <summary>The 10,000 test labels, (10000) int64.</summary>
    public Tensor TestLabels { get; }

    /// <summary>The directory the files were read from.</summary>
    public string Directory { get; }

    /// <summary>Disposes the four tensors.</summary>
    public void Dispose()
    {
        TrainImages.Dispose();
        TrainLabels.Dispose();
        TestImages.Dispose();
        TestLabels.Dispose();
    }
}
