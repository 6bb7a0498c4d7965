using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using TypedGraph.Data;
using static TorchSharp.torch;

namespace TypedGraph.Datasets;

/// <summary>
/// Zalando's Fashion-MNIST: 70,000 grayscale 28×28 images of clothing in 10 classes (60,000 for training, 10,000 for
/// testing), a drop-in replacement for MNIST.
/// </summary>
/// <remarks>
/// <see cref="Load"/> looks for the four original files (<c>train-images-idx3-ubyte.gz</c>,
/// <c>train-labels-idx1-ubyte.gz</c>, <c>t10k-images-idx3-ubyte.gz</c>, <c>t10k-labels-idx1-ubyte.gz</c>; the
/// uncompressed names without <c>.gz</c> are accepted too) in this order:
/// <list type="number">
/// <item>the <c>directory</c> argument, when given;</item>
/// <item><c>$TYPEDGRAPH_DATASETS/fashion-mnist</c>, when the variable is set;</item>
/// <item><c>~/.typedgraph/datasets/fashion-mnist</c> (where downloads go);</item>
/// <item><c>/usr/share/datasets/fashion-mnist</c>, where Debian's <c>dataset-fashion-mnist</c> package installs them.</item>
/// </list>
/// The first directory holding all four files wins. When none does, the files are downloaded into
/// <c>~/.typedgraph/datasets/fashion-mnist</c> from Zalando's repository (or from <c>$TYPEDGRAPH_FASHION_MNIST_URL</c>,
/// a mirror serving the same four file names), with a progress bar on standard error (a plain line per file when standard
/// error is not a terminal). Each download is checked against the MD5 Zalando publishes and moved into place only when it
/// matches.
/// </remarks>
public static class FashionMnist
{
    /// <summary>The class names, indexed by label.</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>Loads the data set, downloading it first if no directory in the lookup order holds it.</summary>
    /// <param name="directory">A directory to look in before the standard places.</param>
    /// <returns>The images and labels; the caller owns (and may dispose) the tensors.</returns>
    /// <exception cref="IOException">The files are nowhere and cannot be downloaded; the message lists every place looked and how to fix it.</exception>
    /// <exception cref="InvalidDataException">A file is damaged or not a Fashion-MNIST file, or a download's checksum does not match.</exception>
    /// <exception cref="ArgumentException"><c>TYPEDGRAPH_FASHION_MNIST_URL</c> is set but is not an absolute http(s) URL.</exception>
    public static FashionMnistData Load(string? directory = null)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return LoadFrom(FashionMnistSources.FromEnvironment(directory, Environment.GetEnvironmentVariable, home, DatasetDownloader.ToStandardError()));
    }

    /// <summary>Loads from explicit sources (tests use this to redirect the cache, URL and checksums).</summary>
    internal static FashionMnistData LoadFrom(FashionMnistSources sources)
    {
        var looked = new List<string>();
        foreach (var (description, candidate) in sources.Candidates)
        {
            var (files, missing) = Find(candidate);
            if (missing.Count == 0)
            {
                return Read(candidate, files);
            }

            looked.Add($"  {candidate} ({description}): " + (missing.Count == files.Count
                ? Directory.Exists(candidate) ? "none of the four files" : "does not exist"
                : "missing " + string.Join(", ", missing)));
        }

        Download(sources, looked);
        var (downloaded, _) = Find(sources.DownloadDirectory);
        return Read(sources.DownloadDirectory, downloaded);
    }

    private static void Download(FashionMnistSources sources, List<string> looked)
    {
        foreach (var name in FashionMnistSources.FileNames)
        {
            var destination = Path.Combine(sources.DownloadDirectory, name);
            if (File.Exists(destination) || File.Exists(destination[..^3]))
            {
                continue; // an earlier, interrupted Load got this one
            }

            var url = new Uri(sources.BaseUrl, name);
            try
            {
                sources.Downloader.Download(url, destination, sources.Md5[name]);
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException or UnauthorizedAccessException)
            {
                throw new IOException(NotFoundMessage(sources, looked, url, error), error);
            }
        }
    }

    private static string NotFoundMessage(FashionMnistSources sources, List<string> looked, Uri url, Exception error)
    {
        var message = new StringBuilder();
        message.AppendLine("Fashion-MNIST was not found and could not be downloaded.");
        message.AppendLine("Looked in:");
        foreach (var line in looked)
        {
            message.AppendLine(line);
        }

        message.AppendLine(CultureInfo.InvariantCulture, $"Downloading {url} into {sources.DownloadDirectory} failed: {error.Message}");
        message.AppendLine("To fix it, do one of:");
        message.AppendLine(CultureInfo.InvariantCulture, $"  - on Debian or Ubuntu: sudo apt install dataset-fashion-mnist (installs into {FashionMnistSources.DebianDirectory});");
        message.AppendLine(CultureInfo.InvariantCulture, $"  - copy {string.Join(", ", FashionMnistSources.FileNames)} into {sources.DownloadDirectory}, " +
                           $"or into a directory passed to FashionMnist.Load, or into $TYPEDGRAPH_DATASETS/fashion-mnist;");
        message.Append(sources.BaseUrlFromEnvironment
            ? $"  - check ${FashionMnistSources.UrlVariable} ({sources.BaseUrl}): it must serve the four file names."
            : $"  - set ${FashionMnistSources.UrlVariable} to a reachable mirror serving the four file names.");
        return message.ToString();
    }

    /// <summary>The path of each file in <paramref name="directory"/> (gzip or uncompressed name) and the names missing.</summary>
    private static (List<string> Files, List<string> Missing) Find(string directory)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var name in FashionMnistSources.FileNames)
        {
            var gz = Path.Combine(directory, name);
            var raw = gz[..^3];
            if (File.Exists(gz))
            {
                files.Add(gz);
            }
            else if (File.Exists(raw))
            {
                files.Add(raw);
            }
            else
            {
                files.Add(gz);
                missing.Add(name);
            }
        }

        return (files, missing);
    }

    private static FashionMnistData Read(string directory, List<string> files)
    {
        using var scope = NewDisposeScope();
        var (trainImages, trainLabels) = ReadSplit(files[0], files[1]);
        var (testImages, testLabels) = ReadSplit(files[2], files[3]);
        return new FashionMnistData(
            trainImages.MoveToOuterDisposeScope(),
            trainLabels.MoveToOuterDisposeScope(),
            testImages.MoveToOuterDisposeScope(),
            testLabels.MoveToOuterDisposeScope(),
            directory);
    }

    private static (Tensor Images, Tensor Labels) ReadSplit(string imagesPath, string labelsPath)
    {
        var images = IdxFile.Load(imagesPath);
        if (images.dtype != ScalarType.Byte || images.dim() != 3 || images.shape[1] != 28 || images.shape[2] != 28)
        {
            throw new InvalidDataException(
                $"'{imagesPath}' is not a Fashion-MNIST image file: expected (N, 28, 28) uint8, found {NpyHeader.FormatShape(images.shape)} {images.dtype}.");
        }

        var labels = IdxFile.Load(labelsPath);
        if (labels.dtype != ScalarType.Byte || labels.dim() != 1 || labels.shape[0] != images.shape[0])
        {
            throw new InvalidDataException(
                $"'{labelsPath}' is not the label file for '{imagesPath}': expected ({images.shape[0]},) uint8, found {NpyHeader.FormatShape(labels.shape)} {labels.dtype}.");
        }

        if (labels.max().item<byte>() > 9)
        {
            throw new InvalidDataException($"'{labelsPath}' holds a label above 9; Fashion-MNIST has 10 classes.");
        }

        return (images.unsqueeze(1).to_type(ScalarType.Float32).div_(255), labels.to_type(ScalarType.Int64));
    }
}
