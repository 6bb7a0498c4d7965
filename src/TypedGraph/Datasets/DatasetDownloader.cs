using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using TypedGraph.Data;

namespace TypedGraph.Datasets;

/// <summary>
/// Downloads data set files over HTTP into a directory: each into a temp file next to its destination while its MD5 is
/// computed, renamed into place only when the checksum matches (a damaged or substituted file is deleted, never kept).
/// Progress goes to a writer: a redrawn bar when it is a terminal, one line per file otherwise.
/// </summary>
/// <param name="progress">Where progress is written (standard error by default).</param>
/// <param name="interactive">Whether <paramref name="progress"/> is a terminal that understands carriage returns.</param>
internal sealed class DatasetDownloader(TextWriter progress, bool interactive)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>A downloader writing to standard error, with a bar when standard error is a terminal.</summary>
    public static DatasetDownloader ToStandardError() => new(Console.Error, !Console.IsErrorRedirected);

    /// <summary>Downloads <paramref name="url"/> to <paramref name="destination"/>, checking its MD5.</summary>
    /// <exception cref="HttpRequestException">The server cannot be reached or answers with an error status.</exception>
    /// <exception cref="InvalidDataException">The downloaded file's MD5 is not <paramref name="expectedMd5"/>; nothing is kept.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Download(Uri url, string destination, string expectedMd5)
    {
        var full = Path.GetFullPath(destination);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = AtomicFile.TempPathFor(full);
        var name = Path.GetFileName(full);
        try
        {
            using var client = new HttpClient { Timeout = Timeout };
            using var response = client.Send(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    $"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
            }

            var total = response.Content.Headers.ContentLength;
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            using (var body = response.Content.ReadAsStream())
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var buffer = new byte[1 << 16];
                long received = 0;
                var lastDrawn = -1L;
                Report(name, url, 0, total, ref lastDrawn, done: false);
                int n;
                while ((n = body.Read(buffer)) > 0)
                {
                    file.Write(buffer, 0, n);
                    md5.AppendData(buffer, 0, n);
                    received += n;
                    Report(name, url, received, total, ref lastDrawn, done: false);
                }

                file.Flush(flushToDisk: true);
                Report(name, url, received, total, ref lastDrawn, done: true);
            }

            var actual = Convert.ToHexStringLower(md5.GetHashAndReset());
            if (!string.Equals(actual, expectedMd5, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException(
                    $"The download of {url} is damaged or not the expected file: its MD5 is {actual}, expected {expectedMd5}. " +
                    "The file was deleted; try again, or check TYPEDGRAPH_FASHION_MNIST_URL if it points at a mirror.");
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            AtomicFile.TryDelete(temp);
        }
    }

    private void Report(string name, Uri url, long received, long? total, ref long lastDrawn, bool done)
    {
        if (interactive)
        {
            // Redraw at most every 1% (or 256 KiB when the size is unknown), and once at the end.
            var step = total is > 0 ? Math.Max(1, total.Value / 100) : 1 << 18;
            if (!done && lastDrawn >= 0 && received - lastDrawn < step)
            {
                return;
            }

            lastDrawn = received;
            progress.Write('\r' + Bar(name, received, total));
            if (done)
            {
                progress.WriteLine();
            }

            progress.Flush();
            return;
        }

        if (received == 0 && !done)
        {
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Downloading {url} ({Size(total)})"));
        }
        else if (done)
        {
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Downloaded {name}: {Size(received)}"));
        }
    }

    /// <summary>One line of progress: <c>name [#####-----] 45% 12.0/26.4 MB</c>.</summary>
    internal static string Bar(string name, long received, long? total)
    {
        const int Width = 30;
        if (total is not > 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{name} {Size(received)}");
        }

        var fraction = Math.Clamp((double)received / total.Value, 0, 1);
        var filled = (int)Math.Round(fraction * Width);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name} [{new string('#', filled)}{new string('-', Width - filled)}] {fraction * 100,3:0}% {received / 1e6:0.0}/{total.Value / 1e6:0.0} MB");
    }

    private static string Size(long? bytes) => bytes is { } b
        ? string.Create(CultureInfo.InvariantCulture, $"{b / 1e6:0.0} MB")
        : "size unknown";
}
