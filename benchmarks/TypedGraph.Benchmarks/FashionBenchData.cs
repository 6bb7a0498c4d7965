using System;
using System.Globalization;
using System.IO;
using TypedGraph.Data;
using TypedGraph.Datasets;
using static TorchSharp.torch;

namespace TypedGraph.Benchmarks;

/// <summary>Fashion-MNIST-sized data for the streaming, rss and fashion-epoch modes, and its <c>.npy</c> copies.</summary>
internal static class FashionBenchData
{
    /// <summary>
    /// <paramref name="samples"/> training images (N, 1, 28, 28) float32 and labels (N) int64: Fashion-MNIST's training
    /// set (repeated when more rows are asked for than it has), or seeded random data when it is not installed.
    /// </summary>
    public static (Tensor Images, Tensor Labels, string Origin) Load(long samples)
    {
        try
        {
            using var data = FashionMnist.Load(Environment.GetEnvironmentVariable("TG_FASHION_DIR") ?? "/usr/share/datasets/fashion-mnist");
            var n = data.TrainImages.shape[0];
            var repeats = (samples + n - 1) / n;
            using var images = repeats > 1 ? data.TrainImages.repeat(repeats, 1, 1, 1) : data.TrainImages.alias();
            using var labels = repeats > 1 ? data.TrainLabels.repeat(repeats) : data.TrainLabels.alias();
            var origin = repeats > 1 ? string.Create(CultureInfo.InvariantCulture, $"Fashion-MNIST train set repeated {repeats}x") : "Fashion-MNIST train set";
            return (images[..(int)samples].contiguous(), labels[..(int)samples].contiguous(), origin);
        }
        catch (IOException)
        {
            using var generator = new Generator(1);
            return (rand([samples, 1, 28, 28], generator: generator), randint(0, 10, [samples], dtype: ScalarType.Int64, generator: generator), "synthetic");
        }
    }

    /// <summary>Writes images and labels as <c>x.npy</c> and <c>y.npy</c> into <paramref name="directory"/>.</summary>
    public static (string Images, string Labels) Write(string directory, Tensor images, Tensor labels)
    {
        Directory.CreateDirectory(directory);
        var x = Path.Combine(directory, "x.npy");
        var y = Path.Combine(directory, "y.npy");
        NumPy.Save(x, images);
        NumPy.Save(y, labels);
        return (x, y);
    }
}
