using System;
using System.Collections.Generic;
using System.IO;

namespace TypedGraph.Datasets;

/// <summary>
/// Where <see cref="FashionMnist.Load"/> looks for the files and where it downloads them from: the candidate
/// directories in lookup order, the download directory, base URL, expected checksums and progress output. Built from
/// the environment by <see cref="FromEnvironment"/>; tests build their own.
/// </summary>
/// <param name="Candidates">Directories to look in, in order, each with a description of where it comes from.</param>
/// <param name="DownloadDirectory">Where missing files are downloaded to.</param>
/// <param name="BaseUrl">The URL the four file names are appended to.</param>
/// <param name="BaseUrlFromEnvironment">True when <paramref name="BaseUrl"/> came from <c>TYPEDGRAPH_FASHION_MNIST_URL</c>.</param>
/// <param name="Md5">The expected MD5 of each file.</param>
/// <param name="Downloader">Downloads and reports progress.</param>
internal sealed record FashionMnistSources(
    IReadOnlyList<(string Description, string Directory)> Candidates,
    string DownloadDirectory,
    Uri BaseUrl,
    bool BaseUrlFromEnvironment,
    IReadOnlyDictionary<string, string> Md5,
    DatasetDownloader Downloader)
{
    /// <summary>The environment variable naming a directory that holds data sets (<c>$TYPEDGRAPH_DATASETS/fashion-mnist</c>).</summary>
    public const string DatasetsVariable = "TYPEDGRAPH_DATASETS";

    /// <summary>The environment variable overriding the download base URL.</summary>
    public const string UrlVariable = "TYPEDGRAPH_FASHION_MNIST_URL";

    /// <summary>Where Debian's <c>dataset-fashion-mnist</c> package installs the files.</summary>
    public const string DebianDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>The four files as Zalando publishes them.</summary>
    public static readonly IReadOnlyList<string> FileNames =
        ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"];

    /// <summary>The MD5s Zalando's Fashion-MNIST repository publishes for the four gzip files.</summary>
    public static readonly IReadOnlyDictionary<string, string> PublishedMd5 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["train-images-idx3-ubyte.gz"] = "8d4fb7e6c68d591d4c3dfef9ec88bf0d",
        ["train-labels-idx1-ubyte.gz"] = "25c81989df183df01b3e8a0aad5dffbe",
        ["t10k-images-idx3-ubyte.gz"] = "bef4ecab320f06d8554ea6380940ec79",
        ["t10k-labels-idx1-ubyte.gz"] = "bb300cfdad3c16e7a12a480ee83cd310",
    };

    /// <summary>Zalando's repository, which serves the original files over HTTPS.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/");

    /// <summary>The sources for <see cref="FashionMnist.Load"/>.</summary>
    /// <param name="directory">The caller's directory, looked in first when given.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="home">The user's home directory.</param>
    /// <param name="downloader">Downloads and reports progress.</param>
    public static FashionMnistSources FromEnvironment(
        string? directory, Func<string, string?> environment, string home, DatasetDownloader downloader)
    {
        var candidates = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(directory))
        {
            candidates.Add(("the directory passed to Load", directory));
        }

        if (environment(DatasetsVariable) is { Length: > 0 } datasets)
        {
            candidates.Add(($"${DatasetsVariable}/fashion-mnist", Path.Combine(datasets, "fashion-mnist")));
        }

        var cache = Path.Combine(home, ".typedgraph", "datasets", "fashion-mnist");
        candidates.Add(("the download cache", cache));
        candidates.Add(("Debian's dataset-fashion-mnist package", DebianDirectory));
        var url = environment(UrlVariable);
        var fromEnvironment = !string.IsNullOrWhiteSpace(url);
        return new FashionMnistSources(
            candidates, cache, fromEnvironment ? WithTrailingSlash(url!) : DefaultBaseUrl, fromEnvironment, PublishedMd5, downloader);
    }

    private static Uri WithTrailingSlash(string url)
    {
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"{UrlVariable} must be an absolute http(s) URL, got '{url}'.");
        }

        return uri;
    }
}
