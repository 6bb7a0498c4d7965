using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TypedGraph.Datasets;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>
/// Fashion-MNIST: the real files of Debian's dataset-fashion-mnist against numpy's own parse, the lookup order, and the
/// download path against a loopback server (no other host is contacted).
/// </summary>
public sealed class FashionMnistTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Writes the four gzip files of a fake data set of <paramref name="train"/> + <paramref name="test"/> images.</summary>
    private static Dictionary<string, byte[]> FakeFiles(int train, int test, int seed)
    {
        byte[] Images(int n) => IdxFileTests.Gzip(IdxFileTests.Idx(0x08, [n, 28, 28], [.. Enumerable.Range(0, n * 784).Select(i => (byte)((i * 7) + seed))]));
        byte[] Labels(int n) => IdxFileTests.Gzip(IdxFileTests.Idx(0x08, [n], [.. Enumerable.Range(0, n).Select(i => (byte)((i + seed) % 10))]));
        return new()
        {
            ["train-images-idx3-ubyte.gz"] = Images(train),
            ["train-labels-idx1-ubyte.gz"] = Labels(train),
            ["t10k-images-idx3-ubyte.gz"] = Images(test),
            ["t10k-labels-idx1-ubyte.gz"] = Labels(test),
        };
    }

    private static string WriteFake(string directory, int train, int test, int seed = 0, bool uncompressed = false)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, bytes) in FakeFiles(train, test, seed))
        {
            if (uncompressed)
            {
                using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
                using var file = File.Create(Path.Combine(directory, name[..^3]));
                gzip.CopyTo(file);
            }
            else
            {
                File.WriteAllBytes(Path.Combine(directory, name), bytes);
            }
        }

        return directory;
    }

    private FashionMnistSources Sources(Dictionary<string, string?> environment, StringWriter? progress = null, string? directory = null)
    {
        var sources = FashionMnistSources.FromEnvironment(
            directory, name => environment.GetValueOrDefault(name), _temp["home"], new DatasetDownloader(progress ?? new StringWriter(), interactive: false));
        // This machine may have Debian's package installed: leave it out so the cases below do not depend on that.
        return sources with { Candidates = [.. sources.Candidates.Where(c => c.Directory != FashionMnistSources.DebianDirectory)] };
    }

    [Fact]
    public void The_Debian_files_load_as_numpy_parses_them()
    {
        var directory = FashionMnistSources.DebianDirectory;
        Assert.True(
            Directory.Exists(directory) && FashionMnistSources.FileNames.All(n => File.Exists(Path.Combine(directory, n))),
            $"This test needs Debian's Fashion-MNIST files in {directory}: apt-get install -y dataset-fashion-mnist");
        var json = DebianPython.RunIn(_temp.Path, """
            import gzip, json, numpy as np, sys
            d = sys.argv[1] + '/'
            def read(name, offset): return np.frombuffer(gzip.open(d + name).read(), np.uint8, offset=offset)
            out = {}
            for split, prefix in [('train', 'train'), ('test', 't10k')]:
                images = read(prefix + '-images-idx3-ubyte.gz', 16).reshape(-1, 28, 28)
                labels = read(prefix + '-labels-idx1-ubyte.gz', 8)
                out[split] = {
                    'count': int(images.shape[0]),
                    'histogram': np.bincount(labels, minlength=10).tolist(),
                    'pixel_sum': int(images.astype(np.int64).sum()),
                    'samples': {str(i): images[i].ravel().tolist() for i in [0, 1234, images.shape[0] - 1]},
                    'labels': {str(i): int(labels[i]) for i in [0, 1234, images.shape[0] - 1]},
                }
            print(json.dumps(out))
            """, directory);
        using var expected = JsonDocument.Parse(json);

        using var data = FashionMnist.Load(directory);
        using var scope = NewDisposeScope();

        Assert.Equal(directory, data.Directory);
        Assert.Equal([60000L, 1, 28, 28], data.TrainImages.shape);
        Assert.Equal([60000L], data.TrainLabels.shape);
        Assert.Equal([10000L, 1, 28, 28], data.TestImages.shape);
        Assert.Equal([10000L], data.TestLabels.shape);
        foreach (var (split, images, labels) in new[] { ("train", data.TrainImages, data.TrainLabels), ("test", data.TestImages, data.TestLabels) })
        {
            var peer = expected.RootElement.GetProperty(split);
            Assert.Equal(ScalarType.Float32, images.dtype);
            Assert.Equal(ScalarType.Int64, labels.dtype);
            Assert.True(images.min().item<float>() >= 0 && images.max().item<float>() <= 1);
            var pixels = (images * 255).round().to_type(ScalarType.Int64);
            Assert.Equal(peer.GetProperty("pixel_sum").GetInt64(), pixels.sum().item<long>());
            Assert.Equal(peer.GetProperty("histogram").EnumerateArray().Select(e => e.GetInt64()), labels.bincount(null, minlength: 10).data<long>().ToArray());
            foreach (var sample in peer.GetProperty("samples").EnumerateObject())
            {
                var i = long.Parse(sample.Name, System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(sample.Value.EnumerateArray().Select(e => e.GetInt64()), pixels[i].flatten().data<long>().ToArray());
                Assert.Equal(peer.GetProperty("labels").GetProperty(sample.Name).GetInt64(), labels[i].item<long>());
            }
        }
    }

    [Fact]
    public void A_directory_passed_to_Load_is_looked_in_first()
    {
        var directory = WriteFake(_temp["mine"], train: 3, test: 2, seed: 5);

        using var data = FashionMnist.Load(directory);

        Assert.Equal(directory, data.Directory);
        Assert.Equal([3L, 1, 28, 28], data.TrainImages.shape);
        Assert.Equal([2L], data.TestLabels.shape);
        Assert.Equal([5L, 6, 7], data.TrainLabels.data<long>().ToArray());
        Assert.Equal(5 / 255f, data.TrainImages[0, 0, 0, 0].item<float>(), 6);
        Assert.Equal(((7 * 783) + 5) % 256 / 255f, data.TrainImages[0, 0, 27, 27].item<float>(), 6);
    }

    [Fact]
    public void The_lookup_order_is_directory_then_the_environment_variable_then_the_download_cache()
    {
        var cache = WriteFake(_temp["home", ".typedgraph", "datasets", "fashion-mnist"], train: 1, test: 1, seed: 1);
        var fromVariable = WriteFake(_temp["datasets", "fashion-mnist"], train: 2, test: 1, seed: 2, uncompressed: true);
        var given = WriteFake(_temp["given"], train: 4, test: 1, seed: 3);
        var partial = _temp["partial"];
        Directory.CreateDirectory(partial);
        File.Copy(Path.Combine(given, "train-images-idx3-ubyte.gz"), Path.Combine(partial, "train-images-idx3-ubyte.gz"));
        var environment = new Dictionary<string, string?> { ["TYPEDGRAPH_DATASETS"] = _temp["datasets"] };

        var full = FashionMnistSources.FromEnvironment(given, environment.GetValueOrDefault, _temp["home"], new DatasetDownloader(TextWriter.Null, false));
        Assert.Equal(
            [given, fromVariable, cache, FashionMnistSources.DebianDirectory],
            full.Candidates.Select(c => c.Directory));
        Assert.Equal(cache, full.DownloadDirectory);
        Assert.Equal(FashionMnistSources.DefaultBaseUrl, full.BaseUrl);
        var badUrl = Assert.Throws<ArgumentException>(() => FashionMnistSources.FromEnvironment(
            null, name => name == "TYPEDGRAPH_FASHION_MNIST_URL" ? "ftp://mirror/fashion" : null, _temp["home"], new DatasetDownloader(TextWriter.Null, false)));
        Assert.Equal("TYPEDGRAPH_FASHION_MNIST_URL must be an absolute http(s) URL, got 'ftp://mirror/fashion'.", badUrl.Message);

        using (var data = FashionMnist.LoadFrom(Sources(environment, directory: given)))
        {
            Assert.Equal(given, data.Directory);
        }

        using (var data = FashionMnist.LoadFrom(Sources(environment, directory: partial)))
        {
            Assert.Equal(fromVariable, data.Directory); // a directory with some of the files is passed over
            Assert.Equal([2L, 1, 28, 28], data.TrainImages.shape); // uncompressed names are read too
        }

        using (var data = FashionMnist.LoadFrom(Sources([])))
        {
            Assert.Equal(cache, data.Directory);
        }
    }

    /// <summary>Serves <paramref name="files"/> from an HttpListener on 127.0.0.1 until disposed.</summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener;
        private readonly Task _serving;

        public LoopbackServer(Dictionary<string, byte[]> files)
        {
            // A port found free can be taken by another process before the listener binds it: then take another.
            for (var attempt = 1; ; attempt++)
            {
                Url = $"http://127.0.0.1:{FreePort()}/fashion/";
                _listener = new HttpListener();
                _listener.Prefixes.Add(Url);
                try
                {
                    _listener.Start();
                    break;
                }
                catch (HttpListenerException) when (attempt < 10)
                {
                    _listener.Close();
                }
            }

            _serving = Task.Run(() =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = _listener.GetContext();
                    }
                    catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }

                    var name = context.Request.Url!.Segments[^1];
                    Requests.Add(name);
                    if (files.TryGetValue(name, out var bytes))
                    {
                        context.Response.ContentLength64 = bytes.Length;
                        context.Response.OutputStream.Write(bytes);
                    }
                    else
                    {
                        context.Response.StatusCode = 404;
                    }

                    context.Response.Close();
                }
            });
        }

        public string Url { get; }

        public System.Collections.Concurrent.ConcurrentBag<string> Requests { get; } = [];

        public static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        public void Dispose()
        {
            _listener.Close();
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
    }

    private static Dictionary<string, string> Md5Of(Dictionary<string, byte[]> files) =>
        files.ToDictionary(f => f.Key, f => Md5(f.Value));

#pragma warning disable CA5351 // MD5 is the checksum Zalando publishes; it detects damage, it does not protect against tampering.
    private static string Md5(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
#pragma warning restore CA5351

    [Fact]
    public void Missing_files_are_downloaded_checked_and_kept_in_the_cache()
    {
        var files = FakeFiles(train: 5, test: 3, seed: 4);
        using var server = new LoopbackServer(files);
        var progress = new StringWriter();
        var sources = Sources(new() { ["TYPEDGRAPH_FASHION_MNIST_URL"] = server.Url }, progress) with { Md5 = Md5Of(files) };

        using (var data = FashionMnist.LoadFrom(sources))
        {
            Assert.Equal(sources.DownloadDirectory, data.Directory);
            Assert.Equal([5L, 1, 28, 28], data.TrainImages.shape);
            Assert.Equal([4L, 5, 6], data.TestLabels.data<long>().ToArray());
        }

        Assert.Equal(FashionMnistSources.FileNames.Order(StringComparer.Ordinal), Directory.GetFiles(sources.DownloadDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in files)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(sources.DownloadDirectory, name)));
            Assert.Contains($"Downloading {server.Url}{name} ({bytes.Length / 1e6:0.0} MB)", progress.ToString(), StringComparison.Ordinal);
        }

        // The second load finds the cache and does not download again.
        using (FashionMnist.LoadFrom(sources))
        {
        }

        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public void A_download_with_the_wrong_checksum_fails_and_is_not_kept()
    {
        var files = FakeFiles(train: 2, test: 2, seed: 0);
        using var server = new LoopbackServer(files);
        var md5 = Md5Of(files);
        md5["t10k-images-idx3-ubyte.gz"] = "00000000000000000000000000000000";
        var sources = Sources(new() { ["TYPEDGRAPH_FASHION_MNIST_URL"] = server.Url.TrimEnd('/') }) with { Md5 = md5 };

        var error = Assert.Throws<InvalidDataException>(() => FashionMnist.LoadFrom(sources));

        Assert.Contains($"{server.Url}t10k-images-idx3-ubyte.gz", error.Message, StringComparison.Ordinal);
        Assert.Contains($"its MD5 is {Md5(files["t10k-images-idx3-ubyte.gz"])}, expected 00000000000000000000000000000000", error.Message, StringComparison.Ordinal);
        Assert.Contains("deleted", error.Message, StringComparison.Ordinal);
        // The two files before it are kept (they were checked); the bad one and any temp file are gone.
        Assert.Equal(["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"], Directory.GetFiles(sources.DownloadDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void When_nothing_is_found_and_the_download_fails_the_error_lists_every_place_and_the_fixes()
    {
        var partial = _temp["partial"];
        WriteFake(partial, 1, 1);
        File.Delete(Path.Combine(partial, "t10k-labels-idx1-ubyte.gz"));
        using var server = new LoopbackServer([]); // answers 404 to everything
        var environment = new Dictionary<string, string?> { ["TYPEDGRAPH_DATASETS"] = _temp["nowhere"], ["TYPEDGRAPH_FASHION_MNIST_URL"] = server.Url };
        var sources = FashionMnistSources.FromEnvironment(partial, environment.GetValueOrDefault, _temp["home"], new DatasetDownloader(TextWriter.Null, false));
        sources = sources with
        {
            Candidates = [.. sources.Candidates.Select(c => c.Directory == FashionMnistSources.DebianDirectory ? (c.Description, _temp["no-debian"]) : c)],
        };

        var error = Assert.Throws<IOException>(() => FashionMnist.LoadFrom(sources));

        var message = error.Message;
        Assert.Contains($"{partial} (the directory passed to Load): missing t10k-labels-idx1-ubyte.gz", message, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(_temp["nowhere"], "fashion-mnist")} ($TYPEDGRAPH_DATASETS/fashion-mnist): does not exist", message, StringComparison.Ordinal);
        Assert.Contains($"{sources.DownloadDirectory} (the download cache): does not exist", message, StringComparison.Ordinal);
        Assert.Contains($"{_temp["no-debian"]} (Debian's dataset-fashion-mnist package): does not exist", message, StringComparison.Ordinal);
        Assert.Contains($"Downloading {server.Url}train-images-idx3-ubyte.gz into {sources.DownloadDirectory} failed", message, StringComparison.Ordinal);
        Assert.Contains("404", message, StringComparison.Ordinal);
        Assert.Contains("apt install dataset-fashion-mnist", message, StringComparison.Ordinal);
        Assert.Contains("check $TYPEDGRAPH_FASHION_MNIST_URL", message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(sources.DownloadDirectory) && Directory.GetFiles(sources.DownloadDirectory).Length > 0);

        // An unreachable server (nothing listens on the port) reads the same way.
        var closed = $"http://127.0.0.1:{LoopbackServer.FreePort()}/";
        var offline = sources with { BaseUrl = new Uri(closed) };
        var offlineError = Assert.Throws<IOException>(() => FashionMnist.LoadFrom(offline));
        Assert.Contains($"Downloading {closed}train-images-idx3-ubyte.gz", offlineError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_progress_bar_redraws_in_place_on_a_terminal()
    {
        Assert.Equal("f.gz [###############---------------]  50% 0.5/1.0 MB", DatasetDownloader.Bar("f.gz", 500_000, 1_000_000));
        Assert.Equal("f.gz 0.3 MB", DatasetDownloader.Bar("f.gz", 300_000, null));

        var files = FakeFiles(train: 1, test: 1, seed: 0);
        using var server = new LoopbackServer(files);
        var terminal = new StringWriter();
        new DatasetDownloader(terminal, interactive: true).Download(
            new Uri(server.Url + "train-images-idx3-ubyte.gz"), _temp["d", "x.gz"], Md5Of(files)["train-images-idx3-ubyte.gz"]);

        var text = terminal.ToString();
        Assert.StartsWith("\rx.gz [", text, StringComparison.Ordinal);
        Assert.EndsWith("100% 0.0/0.0 MB" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Equal(files["train-images-idx3-ubyte.gz"], File.ReadAllBytes(_temp["d", "x.gz"]));
    }
}
