using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedGraph.Tests.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;

namespace TypedGraph.Tests.Training;

/// <summary>
/// No hard edges in the weights checkpoint (<c>SaveWeights</c>/<c>LoadWeights</c>, and the weights section of a
/// training state): every byte of every entry's header (name, dtype, rank, dimensions), every 97th data byte and every
/// cut loads or is refused with <see cref="CheckpointMismatchException"/> naming the file, and a refusal leaves the
/// model as it was.
/// </summary>
public sealed class CheckpointDamageTests
{
    /// <summary>
    /// The offsets of the entry count and of each entry's header (name, dtype, rank, dimensions) of the weights that start
    /// at <paramref name="at"/>, walking them as Module.save writes them; the Mlp's state is all Float32.
    /// </summary>
    private static List<int> HeaderOffsets(byte[] file, int at)
    {
        using var reader = new BinaryReader(new MemoryStream(file) { Position = at });
        var offsets = new List<int>();
        var start = at;
        var count = reader.Read7BitEncodedInt64();
        for (long i = 0; i < count; i++)
        {
            reader.ReadString();
            Assert.Equal(TorchSharp.torch.ScalarType.Float32, (TorchSharp.torch.ScalarType)reader.Read7BitEncodedInt64());
            var rank = reader.Read7BitEncodedInt64();
            long elements = 1;
            for (var d = 0; d < rank; d++)
            {
                elements *= reader.Read7BitEncodedInt64();
            }

            offsets.AddRange(Enumerable.Range(start, (int)reader.BaseStream.Position - start));
            reader.BaseStream.Seek(elements * 4, SeekOrigin.Current);
            start = (int)reader.BaseStream.Position;
        }

        return offsets;
    }

    /// <summary>
    /// Damages every byte before the weights (a training state's header) and of the weights' entry headers, every 97th
    /// byte of their data, and cuts the file there; loads each into a model compiled with SGD.
    /// </summary>
    private static void AssertLoadsOrRefuses(byte[] valid, byte[] weights, string name, Action<Mlp, string> load)
    {
        using var temp = new TempDirectory();
        var at = valid.AsSpan().IndexOf(weights);
        Assert.True(at >= 0, "the weights are not in the file as SaveWeights writes them");
        var headers = Enumerable.Range(0, at).Concat(HeaderOffsets(valid, at)).ToList();
        var offsets = headers.Concat(Enumerable.Range(0, weights.Length / 97).Select(i => at + (i * 97)));
        var cuts = headers.Concat(ByteDamage.Cuts(at + weights.Length, upTo: 4)).Where(c => c > 0);
        using var model = new Mlp();
        model.Compile(Optimizers.Sgd(1e-2));
        ByteDamage.AssertLoadsOrRefusesLeavingUnchanged(
            ByteDamage.Variants(valid, offsets, cuts).Concat(ByteDamage.Scrambled(valid, headers, count: 300)),
            temp[name],
            model,
            path => load(model, path),
            [typeof(CheckpointMismatchException)]);
    }

    [Fact]
    public void A_damaged_weights_file_loads_or_is_refused_with_the_model_unchanged()
    {
        using var temp = new TempDirectory();
        using (var saved = new Mlp())
        {
            saved.SaveWeights(temp["valid.weights"]);
        }

        var valid = File.ReadAllBytes(temp["valid.weights"]);
        AssertLoadsOrRefuses(valid, valid, "damaged.weights", (model, path) => model.LoadWeights(path));
    }

    [Fact]
    public void A_training_state_damaged_in_its_header_or_weights_loads_or_is_refused_with_the_model_unchanged()
    {
        using var temp = new TempDirectory();
        using (var saved = new Mlp())
        {
            saved.Compile(Optimizers.Sgd(1e-2));
            saved.SaveTrainingState(temp["valid.state"], new Dictionary<string, double> { ["batch"] = 8 }, new Dictionary<string, string> { ["run"] = "a" });
            saved.SaveWeights(temp["valid.weights"]);
        }

        AssertLoadsOrRefuses(File.ReadAllBytes(temp["valid.state"]), File.ReadAllBytes(temp["valid.weights"]), "damaged.state", (model, path) => model.LoadTrainingState(path));
    }

    [Fact]
    public void An_entry_announcing_nearly_long_MaxValue_bytes_is_refused_as_not_a_weights_file()
    {
        // The entry's size added to the position overflowed past the length check, and seeking there escaped as
        // IOException "Invalid argument".
        using var temp = new TempDirectory();
        var path = temp["huge.weights"];
        using (var writer = new BinaryWriter(File.Create(path), Encoding.UTF8))
        {
            writer.Write7BitEncodedInt64(1);
            writer.Write("hidden1.weight");
            writer.Write7BitEncodedInt64((long)TorchSharp.torch.ScalarType.Byte);
            writer.Write7BitEncodedInt64(1);
            writer.Write7BitEncodedInt64(long.MaxValue - 10);
            writer.Write(new byte[5]);
        }

        using var model = new Mlp();
        var before = WeightsProbe.Saved(model);

        var error = Assert.Throws<CheckpointMismatchException>(() => model.LoadWeights(path));

        Assert.Equal(
            $"'{path}' is not a TorchSharp weights file (as Module.save or ModelCheckpoint write): entry 'hidden1.weight' (9223372036854775797) needs 9223372036854775797 bytes but the file ends before.",
            error.Message);
        Assert.Equal(before, WeightsProbe.Saved(model));
    }

    [Fact]
    public void A_training_state_starting_with_a_malformed_string_length_is_refused_naming_the_file()
    {
        // Five bytes with the continuation bit are no 7-bit length: BinaryReader.ReadString's FormatException escaped.
        using var temp = new TempDirectory();
        var path = temp["malformed.state"];
        File.WriteAllBytes(path, [.. Enumerable.Repeat((byte)0xFF, 64)]);
        using var model = new Mlp();

        var error = Assert.Throws<CheckpointMismatchException>(() => model.LoadTrainingState(path));

        Assert.StartsWith($"'{path}' is not a TypedGraph training state (as SaveTrainingState writes): ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bool_entry_holding_a_byte_other_than_0_or_1_is_refused_like_numpy_and_safetensors_booleans()
    {
        static MemoryStream Checkpoint(params byte[] mask)
        {
            var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write7BitEncodedInt64(1);
                writer.Write("mask");
                writer.Write7BitEncodedInt64((long)TorchSharp.torch.ScalarType.Bool);
                writer.Write7BitEncodedInt64(1);
                writer.Write7BitEncodedInt64(mask.Length);
                writer.Write(mask);
            }

            stream.Position = 0;
            return stream;
        }

        using var valid = Checkpoint(0, 1, 1);
        using var damaged = Checkpoint(0, 1, 2);

        Assert.Equal([3L], Assert.Single(CheckpointFile.ReadEntries(valid, toEnd: true)).Shape);
        Assert.Equal(
            "entry 'mask' holds the byte 2 at element 2; booleans must be 0 or 1.",
            Assert.Throws<InvalidDataException>(() => CheckpointFile.ReadEntries(damaged, toEnd: true)).Message);
    }
}
