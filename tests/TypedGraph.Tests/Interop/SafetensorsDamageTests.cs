using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedGraph.Interop;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Interop;

/// <summary>
/// No hard edges in the safetensors reader: every damaged byte of the header length and JSON header (names, dtypes,
/// shapes, data_offsets), every 3rd data byte and every cut loads or is refused as documented, naming the file; a
/// refused <c>LoadSafetensors</c> leaves the model unchanged.
/// </summary>
public sealed class SafetensorsDamageTests
{
    private static int HeaderEnd(byte[] file) => 8 + (int)BinaryPrimitives.ReadUInt64LittleEndian(file);

    [Fact]
    public void A_damaged_safetensors_file_loads_or_is_refused_naming_it()
    {
        using var temp = new TempDirectory();
        using (NewDisposeScope())
        {
            Safetensors.Save(temp["valid.safetensors"], new Dictionary<string, Tensor>
            {
                ["w"] = arange(6, dtype: ScalarType.Float32).view(2, 3),
                ["n"] = arange(4, dtype: ScalarType.Int64),
                ["m"] = tensor(new[] { true, false, true }),
                ["h"] = arange(3, dtype: ScalarType.Float16),
            }, new Dictionary<string, string> { ["format"] = "pt" });
        }

        var valid = File.ReadAllBytes(temp["valid.safetensors"]);
        var headerEnd = HeaderEnd(valid);
        var variants = ByteDamage.Variants(valid, ByteDamage.Offsets(valid.Length, headerEnd, stride: 3), ByteDamage.Cuts(valid.Length, upTo: 12).Concat([headerEnd - 1, headerEnd]))
            .Concat(ByteDamage.Scrambled(valid, Enumerable.Range(0, headerEnd), count: 500));
        ByteDamage.AssertLoadsOrRefuses(variants, temp["damaged.safetensors"], path =>
        {
            using var scope = NewDisposeScope();
            Safetensors.Load(path);
        }, [typeof(InvalidDataException), typeof(NotSupportedException)]);
    }

    [Fact]
    public void A_damaged_safetensors_checkpoint_loads_or_is_refused_with_the_model_unchanged()
    {
        using var temp = new TempDirectory();
        using (var saved = new Mlp())
        {
            saved.SaveSafetensors(temp["valid.safetensors"]);
        }

        var valid = File.ReadAllBytes(temp["valid.safetensors"]);
        using var model = new Mlp();
        var variants = ByteDamage.Variants(valid, ByteDamage.Offsets(valid.Length, HeaderEnd(valid), stride: 97), ByteDamage.Cuts(valid.Length, upTo: 12))
            .Concat(ByteDamage.Scrambled(valid, Enumerable.Range(0, HeaderEnd(valid)), count: 300));
        ByteDamage.AssertLoadsOrRefusesLeavingUnchanged(
            variants,
            temp["damaged.safetensors"],
            model,
            model.LoadSafetensors,
            [typeof(InvalidDataException), typeof(CheckpointMismatchException), typeof(NotSupportedException)]);
    }

    [Theory]
    [InlineData("{\"\\ud800\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"__metadata__\":{\"x\":\"\\udc00y\"}}")]
    public void A_header_string_escaping_a_lone_surrogate_is_refused_naming_the_file(string json)
    {
        // Valid UTF-8 and valid JSON, but the escape decodes to no Unicode text: System.Text.Json's
        // "Cannot read incomplete UTF-16 JSON text" InvalidOperationException escaped before.
        using var temp = new TempDirectory();
        var path = temp["lone.safetensors"];
        File.WriteAllBytes(path, [.. BitConverter.GetBytes((ulong)json.Length), .. Encoding.UTF8.GetBytes(json), 0, 0, 128, 63]);

        var error = Assert.Throws<InvalidDataException>(() => Safetensors.Load(path));
        using var model = new Mlp();
        Assert.Equal(error.Message, Assert.Throws<InvalidDataException>(() => model.LoadSafetensors(path)).Message);

        Assert.Equal(
            $"'{path}' is not a valid safetensors file: its header holds a string that is not Unicode text (an escaped lone surrogate such as \\ud800).",
            error.Message);
    }
}
