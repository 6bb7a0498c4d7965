using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TypedGraph.Interop;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Interop;

public sealed class SafetensorsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void SaveSafetensors_and_LoadSafetensors_round_trip_parameters_and_batch_norm_buffers()
    {
        using var model = Trained();
        using var other = new NormNet();
        var path = _temp["nested", "weights.safetensors"];

        model.SaveSafetensors(path);
        other.LoadSafetensors(path);

        var expected = model.state_dict();
        var actual = other.state_dict();
        Assert.Equal(
            ["dense.bias", "dense.weight", "norm.bias", "norm.num_batches_tracked", "norm.running_mean", "norm.running_var", "norm.weight", "probabilities.bias", "probabilities.weight"],
            actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, tensor) in expected)
        {
            Assert.Equal(tensor.dtype, actual[name].dtype);
            Assert.True(Same(tensor, actual[name]), name);
        }

        Assert.Equal(3L, actual["norm.num_batches_tracked"].item<long>());
        Assert.Equal(["weights.safetensors"], _temp.FileNames("nested"));
        Assert.Equal(new Dictionary<string, string> { ["format"] = "pt" }, Safetensors.ReadHeader(path).Metadata);
    }

    [Fact]
    public void Every_dtype_a_model_can_use_round_trips_with_its_shape_including_scalars_and_empty_tensors()
    {
        var path = _temp["all.safetensors"];
        using var scope = NewDisposeScope();
        var tensors = AllDTypes();

        Safetensors.Save(path, tensors);
        var loaded = Safetensors.Load(path);

        Assert.Equal(tensors.Keys.Order(StringComparer.Ordinal), loaded.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, tensor) in tensors)
        {
            Assert.Equal(tensor.dtype, loaded[name].dtype);
            Assert.Equal(tensor.shape, loaded[name].shape);
            Assert.True(Same(tensor, loaded[name]), name);
        }
    }

    [Fact]
    public void Files_are_byte_identical_to_the_reference_implementations_test_vectors()
    {
        // huggingface/safetensors, safetensors/src/tensor.rs: test_serialization, test_serialization_forced_alignement, test_empty.
        using var scope = NewDisposeScope();
        var data = tensor(new float[] { 0, 1, 2, 3, 4, 5 });

        Assert.Equal(
            Expected("{\"attn.0\":{\"dtype\":\"F32\",\"shape\":[1,2,3],\"data_offsets\":[0,24]}}", data),
            Serialize(new() { ["attn.0"] = data.reshape(1, 2, 3) }));
        Assert.Equal(
            Expected("{\"attn0\":{\"dtype\":\"F32\",\"shape\":[1,1,2,3],\"data_offsets\":[0,24]}}       ", data),
            Serialize(new() { ["attn0"] = data.reshape(1, 1, 2, 3) }));
        Assert.Equal(Expected("{}      ", null), Serialize([]));
        Assert.Equal(
            Expected("{\"__metadata__\":{\"framework\":\"pt\"}}     ", null),
            Serialize([], new Dictionary<string, string> { ["framework"] = "pt" }));
    }

    [Fact]
    public void Tensors_are_laid_out_as_the_reference_sorts_them_by_decreasing_alignment_then_name()
    {
        var path = _temp["order.safetensors"];
        using var scope = NewDisposeScope();
        Safetensors.Save(path, new Dictionary<string, Tensor>
        {
            ["b.flag"] = tensor(new[] { true }),
            ["a.weight"] = zeros(2),
            ["c.count"] = tensor(new[] { 1L }),
            ["a.bias"] = zeros(1),
            ["half"] = zeros(3, ScalarType.Float16),
            ["z.double"] = zeros(1, ScalarType.Float64),
        });

        var header = Safetensors.ReadHeader(path);

        Assert.Equal(["c.count", "z.double", "a.bias", "a.weight", "half", "b.flag"], header.Entries.Select(e => e.Name));
        Assert.Equal(0, header.DataStart % 8);
        Assert.Equal(new long[] { 0, 8, 16, 20, 28, 34 }, header.Entries.Select(e => e.Begin));
    }

    [Fact]
    public void Debians_python_with_only_the_standard_library_and_numpy_or_torch_reads_our_files_as_our_tensors()
    {
        DebianPython.Require("numpy", "torch");
        using var model = Trained();
        var modelPath = _temp["model.safetensors"];
        var allPath = _temp["all.safetensors"];
        using var scope = NewDisposeScope();
        var all = AllDTypes();
        model.SaveSafetensors(modelPath);
        Safetensors.Save(allPath, all);

        using var result = JsonDocument.Parse(DebianPython.Run(ReadScript, modelPath, allPath));

        AssertSame(model.state_dict(), result.RootElement.GetProperty(modelPath));
        AssertSame(all, result.RootElement.GetProperty(allPath));
        Assert.Equal("pt", result.RootElement.GetProperty(modelPath).GetProperty("metadata").GetProperty("format").GetString());
    }

    [Fact]
    public void A_file_written_by_a_python_script_with_the_standard_library_and_numpy_loads_into_the_model()
    {
        DebianPython.Require("numpy");
        using var model = new NormNet();
        var state = model.state_dict();
        var spec = _temp["spec.json"];
        File.WriteAllText(spec, JsonSerializer.Serialize(state.ToDictionary(
            p => p.Key,
            p => new { dtype = p.Value.dtype == ScalarType.Int64 ? "I64" : "F32", shape = p.Value.shape })));
        var path = _temp["from-python.safetensors"];

        DebianPython.Run(WriteScript, spec, path);
        model.LoadSafetensors(path);

        var names = state.Keys.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var actual = state[names[i]];
            if (actual.dtype == ScalarType.Int64)
            {
                Assert.Equal(1000L + i, actual.item<long>());
                continue;
            }

            var n = actual.numel();
            var expected = Enumerable.Range(0, (int)n).Select(k => (float)(((k - (n / 2.0)) / 16) + i)).ToArray();
            Assert.Equal(expected, actual.data<float>().ToArray());
        }
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var model = new NormNet();
        var path = _temp["none.safetensors"];

        var error = Assert.Throws<FileNotFoundException>(() => model.LoadSafetensors(path));

        Assert.Equal($"The safetensors file '{path}' does not exist.", error.Message);
    }

    [Fact]
    public void Loading_weights_of_another_architecture_names_missing_unexpected_and_different_tensors()
    {
        // Differences follow the model's state_dict() order (TorchSharp: parameters, then buffers), then the file's extras.
        using var model = new NormNet();
        var path = _temp["other.safetensors"];
        using var scope = NewDisposeScope();
        var state = model.state_dict().Where(p => p.Key != "norm.running_var").ToDictionary();
        state["probabilities.bias"] = zeros(4);
        state["dense.weight"] = zeros(new long[] { 8, 4 }, ScalarType.Float64);
        state["extra.weight"] = zeros(2, 2);
        Safetensors.Save(path, state);
        var before = model.state_dict()["dense.weight"].clone();

        var error = Assert.Throws<CheckpointMismatchException>(() => model.LoadSafetensors(path));

        Assert.Equal(
            $"The safetensors file '{path}' does not fit model NormNet: it holds 9 tensors, the model has 9.\n" +
            "  different: dense.weight is F32 (8, 4) in the model but F64 (8, 4) in the file\n" +
            "  different: probabilities.bias is F32 (3) in the model but F32 (4) in the file\n" +
            "  missing: norm.running_var F32 (8) (the file has no 'norm.running_var')\n" +
            "  unexpected: extra.weight F32 (2, 2) (the model has no 'extra.weight')",
            error.Message);
        Assert.Equal(path, error.Path);
        Assert.Equal(4, error.Differences.Count);
        Assert.True(Same(before, model.state_dict()["dense.weight"]));
    }

    public static TheoryData<string, byte[]> CorruptFiles() => new()
    {
        { "it is 5 bytes long, too short for the 8-byte header length.", [1, 2, 3, 4, 5] },
        { "its first 8 bytes give a header length of 8583909746840200552 bytes, more than the format's limit of 100000000 (not a safetensors file?).", Encoding.ASCII.GetBytes("hello, world: not tensors") },
        { "its header length is 200 bytes but only 8 bytes follow (truncated?).", RawFile("{\"a\":{}}", [], declaredLength: 200) },
        { "its header is not valid UTF-8 (not a safetensors file?).", RawFile("{\"\xff\":1}", [], latin1: true) },
        { "its header is not valid JSON: ", RawFile("{\"a\":", []) },
        { "its header is a JSON array, not an object.", RawFile("[1, 2]", []) },
        { "its header names 'a' twice.", RawFile(Tensor("a", "F32", "[1]", 0, 4) + "," + Tensor("a", "F32", "[1]", 4, 8), new byte[8]) },
        { "tensor 'a' is a JSON number, not an object with dtype, shape and data_offsets.", RawFile("{\"a\":3}", []) },
        { "tensor 'a' has no dtype string.", RawFile("{\"a\":{\"shape\":[1],\"data_offsets\":[0,4]}}", new byte[4]) },
        { "tensor 'a' has the unknown dtype 'F31' (the format defines BOOL, F4, ", RawFile(Tensor("a", "F31", "[1]", 0, 4), new byte[4]) },
        { "tensor 'a' has shape [2,-1], not an array of non-negative integers.", RawFile(Tensor("a", "F32", "[2,-1]", 0, 4), new byte[4]) },
        { "tensor 'a' has data_offsets [0], not an array of 2 non-negative integers.", RawFile("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0]}}", new byte[4]) },
        { "tensor 'a' is F32 (2, 3), 24 bytes, but its data_offsets [0, 20) span 20.", RawFile(Tensor("a", "F32", "[2,3]", 0, 20), new byte[20]) },
        { "the data of tensor 'b' [4, 12) overlaps that of 'a' [0, 8).", RawFile(Tensor("a", "F32", "[2]", 0, 8) + "," + Tensor("b", "F32", "[2]", 4, 12), new byte[12]) },
        { "4 bytes before tensor 'b' [8, 12) belong to no tensor.", RawFile(Tensor("a", "F32", "[1]", 0, 4) + "," + Tensor("b", "F32", "[1]", 8, 12), new byte[12]) },
        { "tensor 'a' has data_offsets [8, 4) that end before they begin.", RawFile(Tensor("a", "F32", "[1]", 8, 4), new byte[8]) },
        { "its header describes 400 bytes of tensor data but 8 bytes follow the header (truncated?).", RawFile(Tensor("a", "F32", "[100]", 0, 400), new byte[8]) },
        { "its header describes 4 bytes of tensor data but 6 bytes follow the header (trailing bytes).", RawFile(Tensor("a", "F32", "[1]", 0, 4), new byte[6]) },
        { "its __metadata__ entry 'epoch' is a JSON number, not a string.", RawFile("{\"__metadata__\":{\"epoch\":3}}", []) },
        { "tensor 'flags' holds the byte 2 at element 1; booleans must be 0 or 1.", RawFile(Tensor("flags", "BOOL", "[3]", 0, 3), [1, 2, 0]) },
    };

    [Theory]
    [MemberData(nameof(CorruptFiles))]
    public void A_corrupt_truncated_or_foreign_file_is_an_InvalidDataException_naming_the_file_and_the_problem(string problem, byte[] content)
    {
        var path = _temp["corrupt.safetensors"];
        File.WriteAllBytes(path, content);

        var error = Assert.Throws<InvalidDataException>(() => Safetensors.Load(path));

        Assert.StartsWith($"'{path}' is not a valid safetensors file: {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_model_file_is_refused_before_the_model_changes()
    {
        using var model = new NormNet();
        using var trained = Trained();
        var path = _temp["cut.safetensors"];
        trained.SaveSafetensors(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^1]);
        using var before = model.state_dict()["dense.weight"].clone();

        var error = Assert.Throws<InvalidDataException>(() => model.LoadSafetensors(path));

        Assert.EndsWith("bytes follow the header (truncated?).", error.Message, StringComparison.Ordinal);
        Assert.True(Same(before, model.state_dict()["dense.weight"]));
    }

    [Fact]
    public void A_dtype_TorchSharp_lacks_is_read_in_the_header_but_refused_on_load()
    {
        var path = _temp["u16.safetensors"];
        File.WriteAllBytes(path, RawFile(Tensor("a", "U16", "[2]", 0, 4), new byte[4]));

        Assert.Equal("U16", Safetensors.ReadHeader(path).Entries[0].DType);
        var error = Assert.Throws<NotSupportedException>(() => Safetensors.Load(path));
        Assert.Equal($"'{path}': tensor 'a' has dtype U16, for which TorchSharp has no element type.", error.Message);
    }

    [Fact]
    public void Saving_rejects_the_reserved_metadata_name_and_leaves_no_file()
    {
        var path = _temp["reserved.safetensors"];
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ArgumentException>(() => Safetensors.Save(path, new Dictionary<string, Tensor> { ["__metadata__"] = zeros(1) }));

        Assert.StartsWith("'__metadata__' is reserved for the header's metadata and cannot name a tensor.", error.Message, StringComparison.Ordinal);
        Assert.Empty(_temp.FileNames());
    }

    private static bool Same(Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.eq(b).all().item<bool>();

    internal static NormNet Trained()
    {
        var model = new NormNet();
        model.train();
        using var scope = NewDisposeScope();
        using (no_grad())
        {
            for (var i = 0; i < 3; i++)
            {
                model.forward(new NormNet.Inputs(randn(16, 4)));
            }

            foreach (var parameter in model.parameters())
            {
                parameter.add_(0.5);
            }
        }

        model.eval();
        return model;
    }

    internal static Dictionary<string, Tensor> AllDTypes()
    {
        var values = tensor(new double[] { -2.5, 0, 1, 3.25, 100, -7 }).reshape(2, 3);
        return new Dictionary<string, Tensor>
        {
            ["f32"] = values.to_type(ScalarType.Float32),
            ["f64"] = values.to_type(ScalarType.Float64) / 3,
            ["f16"] = values.to_type(ScalarType.Float16),
            ["bf16"] = values.to_type(ScalarType.BFloat16),
            ["i64"] = tensor(new[] { long.MinValue, -1, 0, long.MaxValue }),
            ["i32"] = values.to_type(ScalarType.Int32),
            ["i16"] = values.to_type(ScalarType.Int16).reshape(3, 2),
            ["i8"] = values.to_type(ScalarType.Int8),
            ["u8"] = tensor(new byte[] { 0, 1, 128, 255 }).reshape(2, 1, 2),
            ["bool"] = tensor(new[] { true, false, true }),
            ["scalar"] = tensor(4.5f),
            ["empty"] = zeros(new long[] { 0, 3 }),
            ["transposed"] = values.to_type(ScalarType.Float32).t(),
        };
    }

    private static void AssertSame(IReadOnlyDictionary<string, Tensor> expected, JsonElement file)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), file.GetProperty("tensors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Matches("^ *$", file.GetProperty("padding").GetString());
        foreach (var (name, tensor) in expected)
        {
            var actual = file.GetProperty("tensors").GetProperty(name);
            Assert.Equal(tensor.shape, actual.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()));
            using var flat = tensor.reshape(-1).to_type(ScalarType.Float64);
            var values = actual.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            if (tensor.dtype == ScalarType.Int64)
            {
                // JSON numbers of int64 extremes do not survive double; compare the exact integers.
                using var longs = tensor.reshape(-1);
                Assert.Equal(longs.data<long>().ToArray(), actual.GetProperty("values").EnumerateArray().Select(v => v.GetInt64()));
                continue;
            }

            Assert.Equal(flat.data<double>().ToArray(), values);
        }
    }

    private static byte[] Serialize(Dictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var stream = new MemoryStream();
        Safetensors.Write(stream, tensors, metadata);
        return stream.ToArray();
    }

    private static byte[] Expected(string header, Tensor? data)
    {
        var bytes = new List<byte>();
        var text = Encoding.UTF8.GetBytes(header);
        bytes.AddRange(BitConverter.GetBytes((ulong)text.Length));
        bytes.AddRange(text);
        if (data is not null)
        {
            bytes.AddRange(data.bytes.ToArray());
        }

        return [.. bytes];
    }

    private static string Tensor(string name, string dtype, string shape, long begin, long end) =>
        $"\"{name}\":{{\"dtype\":\"{dtype}\",\"shape\":{shape},\"data_offsets\":[{begin},{end}]}}";

    private static byte[] RawFile(string entries, byte[] data, ulong? declaredLength = null, bool latin1 = false)
    {
        var header = entries.StartsWith('{') || entries.StartsWith('[') ? entries : "{" + entries + "}";
        var text = latin1 ? Encoding.Latin1.GetBytes(header) : Encoding.UTF8.GetBytes(header);
        var result = new byte[8 + text.Length + data.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(result, declaredLength ?? (ulong)text.Length);
        text.CopyTo(result, 8);
        data.CopyTo(result, 8 + text.Length);
        return result;
    }

    private const string ReadScript = """
        import json, struct, sys
        import numpy as np
        import torch

        NUMPY = {"F64": np.float64, "F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32,
                 "I16": np.int16, "I8": np.int8, "U8": np.uint8, "BOOL": np.bool_}
        out = {}
        for path in sys.argv[1:]:
            with open(path, "rb") as f:
                data = f.read()
            (n,) = struct.unpack("<Q", data[:8])
            text = data[8:8 + n].decode("utf-8")
            header = json.loads(text)
            body = data[8 + n:]
            tensors = {}
            for name, info in header.items():
                if name == "__metadata__":
                    continue
                begin, end = info["data_offsets"]
                raw = body[begin:end]
                if info["dtype"] == "BF16":
                    t = torch.frombuffer(bytearray(raw), dtype=torch.bfloat16).reshape(info["shape"])
                    values = t.double().flatten().tolist()
                else:
                    a = np.frombuffer(raw, dtype=np.dtype(NUMPY[info["dtype"]]).newbyteorder("<")).reshape(info["shape"])
                    values = a.flatten().tolist() if info["dtype"] == "I64" else a.astype(np.float64).flatten().tolist()
                tensors[name] = {"dtype": info["dtype"], "shape": info["shape"], "values": values}
            out[path] = {"tensors": tensors, "metadata": header.get("__metadata__"), "padding": text[len(text.rstrip(" ")):]}
        print(json.dumps(out))
        """;

    private const string WriteScript = """
        import json, struct, sys
        import numpy as np

        with open(sys.argv[1]) as f:
            spec = json.load(f)
        NUMPY = {"F32": "<f4", "I64": "<i8"}
        header = {"__metadata__": {"writer": "numpy"}}
        chunks, offset = [], 0
        for i, name in enumerate(sorted(spec)):
            info = spec[name]
            n = int(np.prod(info["shape"], dtype=np.int64))
            if info["dtype"] == "I64":
                a = np.full(info["shape"], 1000 + i, dtype=NUMPY["I64"])
            else:
                a = ((np.arange(n, dtype=np.float64) - n / 2) / 16 + i).astype(NUMPY["F32"]).reshape(info["shape"])
            raw = a.tobytes()
            header[name] = {"dtype": info["dtype"], "shape": list(info["shape"]), "data_offsets": [offset, offset + len(raw)]}
            chunks.append(raw)
            offset += len(raw)
        text = json.dumps(header).encode("utf-8")  # spaces after separators, no padding: readers must accept both
        with open(sys.argv[2], "wb") as f:
            f.write(struct.pack("<Q", len(text)))
            f.write(text)
            for chunk in chunks:
                f.write(chunk)
        """;
}
