using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TorchSharp;
using Xunit;

namespace TypedGraph.Tests;

/// <summary>
/// Damaged copies of a valid file, for the "no hard edges" tests of the readers: every byte of a leading region (the
/// header) and every <c>stride</c>-th byte after it set to 0x00, 0x7F and 0xFF, plus the file cut at chosen lengths.
/// </summary>
internal static class ByteDamage
{
    private static readonly byte[] Values = [0x00, 0x7F, 0xFF];

    /// <summary>Every byte of the first <paramref name="headerBytes"/> (the header, metadata), then every <paramref name="stride"/>-th byte of a file of <paramref name="length"/> bytes.</summary>
    public static IEnumerable<int> Offsets(int length, int headerBytes, int stride) =>
        Enumerable.Range(0, Math.Min(headerBytes, length))
            .Concat(Enumerable.Range(0, Math.Max(0, (length - headerBytes + stride - 1) / stride)).Select(i => headerBytes + (i * stride)));

    /// <summary>The damaged copies of <paramref name="valid"/>, each with a description for failure messages.</summary>
    /// <param name="valid">The valid file's bytes.</param>
    /// <param name="offsets">The bytes damaged, one at a time, to each of 0x00, 0x7F and 0xFF.</param>
    /// <param name="cuts">The lengths the file is truncated to (beyond the file's length are ignored).</param>
    public static IEnumerable<(string What, byte[] Bytes)> Variants(byte[] valid, IEnumerable<int> offsets, IEnumerable<int> cuts)
    {
        foreach (var offset in offsets.Where(o => o >= 0 && o < valid.Length).Distinct())
        {
            foreach (var value in Values)
            {
                if (valid[offset] == value)
                {
                    continue;
                }

                var damaged = (byte[])valid.Clone();
                damaged[offset] = value;
                yield return (string.Create(CultureInfo.InvariantCulture, $"byte {offset} set to 0x{value:X2} (was 0x{valid[offset]:X2})"), damaged);
            }
        }

        foreach (var cut in cuts.Where(c => c >= 0 && c < valid.Length).Distinct())
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"cut to {cut} of {valid.Length} bytes"), valid[..cut]);
        }
    }

    /// <summary>
    /// <paramref name="count"/> copies of <paramref name="valid"/> with 2 to 8 random bytes among <paramref name="offsets"/>
    /// set to random values (a fixed seed, so a failure reproduces): damage that spans a multi-byte field.
    /// </summary>
    public static IEnumerable<(string What, byte[] Bytes)> Scrambled(byte[] valid, IEnumerable<int> offsets, int count, int seed = 1)
    {
        var candidates = offsets.Where(o => o >= 0 && o < valid.Length).Distinct().ToArray();
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var damaged = (byte[])valid.Clone();
            var changes = new List<string>();
            for (var k = random.Next(2, 9); k > 0; k--)
            {
                var offset = candidates[random.Next(candidates.Length)];
                damaged[offset] = (byte)random.Next(256);
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{offset}=0x{damaged[offset]:X2}"));
            }

            yield return ($"bytes {string.Join(", ", changes)} (scrambled #{i})", damaged);
        }
    }

    /// <summary>Every length up to <paramref name="upTo"/> and a few lengths spread over the rest of a file of <paramref name="length"/> bytes.</summary>
    public static IEnumerable<int> Cuts(int length, int upTo) =>
        Enumerable.Range(0, Math.Min(upTo, length)).Concat(Enumerable.Range(1, 7).Select(i => (int)((long)length * i / 8))).Append(length - 1);

    /// <summary>
    /// Writes each damaged copy to <paramref name="path"/> and loads it: the load must succeed or throw one of
    /// <paramref name="documented"/> (exactly, not a subtype), whose message names the file. Returns how many were
    /// refused; <paramref name="onRefusal"/> runs after each refusal (to check that nothing changed).
    /// </summary>
    public static int AssertLoadsOrRefuses(
        IEnumerable<(string What, byte[] Bytes)> variants, string path, Action<string> load, Type[] documented, Action<string>? onRefusal = null)
    {
        var refused = 0;
        var count = 0;
        foreach (var (what, bytes) in variants)
        {
            count++;
            File.WriteAllBytes(path, bytes);
            try
            {
                load(path);
            }
            catch (Exception error) when (Array.IndexOf(documented, error.GetType()) >= 0)
            {
                refused++;
                Assert.True(error.Message.Contains(path, StringComparison.Ordinal), $"{what}: the message does not name the file: {error.Message}");
                onRefusal?.Invoke(what);
            }
            catch (Exception error)
            {
                Assert.Fail($"{what}: {error.GetType().FullName} escaped instead of {string.Join(" or ", documented.Select(t => t.Name))}: {error.Message}");
            }
        }

        Assert.True(refused > 0, $"none of the {count} damaged files was refused: the damage does not reach the reader");
        return refused;
    }

    /// <summary>
    /// <see cref="AssertLoadsOrRefuses"/> into <paramref name="model"/>: a refusal must leave its state exactly as it was
    /// (compared as the bytes Module.save writes); after a load the state is put back, so each case starts the same.
    /// </summary>
    public static int AssertLoadsOrRefusesLeavingUnchanged(
        IEnumerable<(string What, byte[] Bytes)> variants, string path, torch.nn.Module model, Action<string> load, Type[] documented)
    {
        var before = Callbacks.WeightsProbe.Saved(model);
        return AssertLoadsOrRefuses(
            variants,
            path,
            file =>
            {
                load(file);
                model.load(new BinaryReader(new MemoryStream(before)));
            },
            documented,
            what => Assert.True(before.AsSpan().SequenceEqual(Callbacks.WeightsProbe.Saved(model)), $"{what}: the refused file changed the model"));
    }
}
