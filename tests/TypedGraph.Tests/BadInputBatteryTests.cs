using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests;

/// <summary>
/// Every kind of bad input a user can hand the runtime ends in a .NET exception that names the input, output, node or
/// file at fault and the offending value — never a libtorch message with its C++ stack, never a native crash.
/// </summary>
public sealed class BadInputBatteryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    // ---- Embedding token ids -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(20L, "[1, 3]", 1L, 20L)]
    [InlineData(-1L, "[1, 3]", -1L, 10L)]
    [InlineData(long.MaxValue, "[1, 3]", 1L, long.MaxValue)]
    public void Token_ids_outside_the_table_name_the_node_the_id_and_its_position(long bad, string position, long smallest, long largest)
    {
        using var scope = NewDisposeScope();
        var ids = arange(1, 11, dtype: ScalarType.Int64).reshape(2, 5);
        ids[1, 3] = tensor(bad);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ShapeChecks.TokenIds("Embedded", ids, 20));

        Assert.Equal("Embedded", error.ParamName);
        Assert.Equal(bad, error.ActualValue);
        Assert.StartsWith(
            $"Embedding 'Embedded' has 20 rows, so its token ids must be in [0, 20), but it got id {bad} at position {position} of its input (2, 5); " +
            $"1 of 10 ids are outside the range (smallest {smallest}, largest {largest}).",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_bad_token_id_in_row_major_order_is_reported_with_the_count_of_all_bad_ids()
    {
        using var scope = NewDisposeScope();
        var ids = zeros([3, 4, 2], dtype: ScalarType.Int32);
        ids[2, 1, 0] = tensor(-5);
        ids[1, 2, 1] = tensor(7);
        ids[0, 0, 1] = tensor(6);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ShapeChecks.TokenIds("Words", ids, 6));

        Assert.Equal(6L, error.ActualValue);
        Assert.Contains("got id 6 at position [0, 0, 1] of its input (3, 4, 2); 3 of 24 ids are outside the range (smallest -5, largest 7).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_token_ids_pass_through_unchanged_in_both_integer_dtypes_and_when_empty()
    {
        using var scope = NewDisposeScope();
        var longIds = tensor(new long[] { 0, 19, 7 });
        var intIds = tensor(new[] { 0, 19, 7 });
        var empty = zeros([0, 5], dtype: ScalarType.Int64);

        Assert.Same(longIds, ShapeChecks.TokenIds("Embedded", longIds, 20));
        Assert.Same(intIds, ShapeChecks.TokenIds("Embedded", intIds, 20));
        Assert.Same(empty, ShapeChecks.TokenIds("Embedded", empty, 20));
        Assert.Equal("Float32", Assert.Throws<ShapeMismatchException>(() => ShapeChecks.TokenIds("Embedded", ones(3), 20)).Actual);
        Assert.Equal("Int16", Assert.Throws<ShapeMismatchException>(() => ShapeChecks.TokenIds("Embedded", ones(3, ScalarType.Int16), 20)).Actual);
        var disposed = tensor(new long[] { 1 });
        disposed.Dispose();
        Assert.Equal("Embedded", Assert.Throws<ObjectDisposedException>(() => ShapeChecks.TokenIds("Embedded", disposed, 20)).ObjectName);
    }

    [Fact]
    public void A_model_fed_bad_token_ids_fails_in_forward_predict_and_fit_with_the_embedding_named()
    {
        using var model = new BagOfWords();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Tokens(8);
        x.Tokens[6, 2] = tensor(25L);

        var forward = Assert.Throws<ArgumentOutOfRangeException>(() => model.forward(x));
        var predict = Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(x, batchSize: 4));
        var fit = Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit(x, y, batchSize: 8, shuffle: false, verbose: 0));

        Assert.Contains("but it got id 25 at position [6, 2] of its input (8, 5)", forward.Message, StringComparison.Ordinal);
        Assert.Contains("but it got id 25 at position [2, 2] of its input (4, 5)", predict.Message, StringComparison.Ordinal);
        Assert.Contains("but it got id 25 at position [6, 2] of its input (8, 5)", fit.Message, StringComparison.Ordinal);
        Assert.All(new[] { forward, predict, fit }, e => Assert.Equal("Embedded", e.ParamName));
    }

    // ---- Targets ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(3L)]
    [InlineData(-1L)]
    public void Sparse_labels_outside_the_classes_name_the_output_and_the_label(long bad)
    {
        using var model = new BagOfWords();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Tokens(8);
        y.Label[5] = tensor(bad);

        var fit = Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit(x, y, batchSize: 8, shuffle: false, verbose: 0));
        var evaluate = Assert.Throws<ArgumentOutOfRangeException>(() => model.Evaluate(x, y, batchSize: 4));

        Assert.Equal("Label", fit.ParamName);
        Assert.Equal(bad, fit.ActualValue);
        Assert.StartsWith(
            $"Target 'Label' holds class index {bad} at position [5] of its batch (8), but output 'Label' has 3 classes, so sparse labels must be in [0, 3); " +
            $"1 of 8 labels in this batch are outside the range",
            fit.Message,
            StringComparison.Ordinal);
        Assert.Contains($"class index {bad} at position [1] of its batch (4)", evaluate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_hot_targets_of_the_wrong_width_name_the_output_and_both_widths()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Classification(8);
        var narrow = new Mlp.Targets(y.Probabilities.narrow(1, 0, 9));
        var indices = new Mlp.Targets(y.Probabilities.argmax(1));

        var wrongWidth = Assert.Throws<ShapeMismatchException>(() => model.Fit(x, narrow, batchSize: 8, verbose: 0));
        var classIndices = Assert.Throws<ShapeMismatchException>(() => model.Evaluate(x, indices, batchSize: 8));

        Assert.Equal("Probabilities", wrongWidth.Subject);
        Assert.Equal(
            "Target 'Probabilities' has 9 one-hot columns but output 'Probabilities' has 10 classes: categorical cross-entropy needs targets of shape (8, 10), one column per class.",
            wrongWidth.Message);
        Assert.Equal(
            "Target 'Probabilities' has shape (8), one value per sample, but categorical cross-entropy needs one-hot targets of shape (8, 10); for class indices declare Loss.SparseCategoricalCrossentropy.",
            classIndices.Message);
    }

    [Fact]
    public void A_sample_count_mismatch_names_the_target_as_a_target()
    {
        using var model = new TwoHeads();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.TwoHeads(100);
        var shortAge = new TwoHeads.Targets(y.Age.narrow(0, 0, 99), y.Gender);

        var fit = Assert.Throws<ArgumentException>(() => model.Fit(x, shortAge, verbose: 0));
        var evaluate = Assert.Throws<ArgumentException>(() => model.Evaluate(x, shortAge));
        var validation = Assert.Throws<ArgumentException>(() => model.Fit(x, y, validationData: (x, shortAge), verbose: 0));

        Assert.Equal("y", fit.ParamName);
        Assert.StartsWith("Target 'Age' of y has 99 samples but the inputs have 100; every input and target needs one row per sample.", fit.Message, StringComparison.Ordinal);
        Assert.StartsWith("Target 'Age' of y has 99 samples but the inputs have 100;", evaluate.Message, StringComparison.Ordinal);
        Assert.Equal("validationData", validation.ParamName);
        Assert.StartsWith("Target 'Age' of validationData has 99 samples but the inputs have 100;", validation.Message, StringComparison.Ordinal);
    }

    // ---- Inputs ----------------------------------------------------------------------------------------------------

    [Fact]
    public void A_zero_length_sequence_is_a_shape_mismatch_naming_the_input()
    {
        using var scope = NewDisposeScope();
        InputSpec[] specs = [new("Text", new Shape(Dim.Batch, Dim.Symbol("T")), DType.Int64)];

        var error = Assert.Throws<ShapeMismatchException>(() => InputValidator.Validate(specs, [zeros([4, 0], dtype: ScalarType.Int64)]));

        Assert.Equal("Text", error.Subject);
        Assert.Equal("(4, 0)", error.Actual);
        Assert.Equal(
            "Input 'Text' expects shape (N, T) but got (4, 0): dimension 1 (T) is 0, but T must be at least 1: an empty sequence has nothing to embed, recur over or pool.",
            error.Message);
        InputValidator.Validate(specs, [zeros([4, 1], dtype: ScalarType.Int64)]);
    }

    [Fact]
    public void Disposed_input_and_target_tensors_are_named_without_touching_native_memory()
    {
        using var model = new BagOfWords();
        var (x, y) = ToyData.Tokens(8);
        var (liveX, liveY) = ToyData.Tokens(8);
        x.Tokens.Dispose();
        liveY.Label.Dispose();

        var forward = Assert.Throws<ObjectDisposedException>(() => model.forward(x));
        var predict = Assert.Throws<ObjectDisposedException>(() => model.Predict(x));
        var fitInputs = Assert.Throws<ObjectDisposedException>(() => model.Fit(x, y, verbose: 0));
        var fitTargets = Assert.Throws<ObjectDisposedException>(() => model.Fit(liveX, liveY, verbose: 0));

        Assert.Equal("Tokens", forward.ObjectName);
        Assert.StartsWith("Input 'Tokens' is a tensor that was already disposed", forward.Message, StringComparison.Ordinal);
        Assert.Equal("Tokens", predict.ObjectName);
        Assert.StartsWith("Input 'Tokens' of x is a tensor that was already disposed", fitInputs.Message, StringComparison.Ordinal);
        Assert.Equal("Label", fitTargets.ObjectName);
        Assert.StartsWith("Target 'Label' of y is a tensor that was already disposed", fitTargets.Message, StringComparison.Ordinal);
        y.Label.Dispose();
        liveX.Tokens.Dispose();
    }

    // ---- Checkpoints read with TorchSharp's own load ---------------------------------------------------------------

    [Fact]
    public void Load_of_a_checkpoint_truncated_anywhere_names_the_file_and_leaves_the_weights_alone()
    {
        using var saved = new Mlp();
        using var model = new Mlp();
        var good = _temp["good.bin"];
        saved.SaveWeights(good);
        var bytes = File.ReadAllBytes(good);
        var before = Snapshot(model);
        var cuts = Enumerable.Range(0, 300).Concat(Enumerable.Range(1, 40).Select(i => bytes.Length - i)).Append(bytes.Length / 2).Distinct();

        foreach (var cut in cuts)
        {
            var path = _temp[$"cut-{cut}.bin"];
            File.WriteAllBytes(path, bytes[..cut]);

            var error = Assert.Throws<CheckpointMismatchException>(() => model.load(path));

            Assert.Equal(path, error.Path);
            Assert.Contains($"'{path}'", error.Message, StringComparison.Ordinal);
            AssertPrintable(error.Message);
        }

        Assert.True(Snapshot(model).SequenceEqual(before), "A failed load changed the weights.");
        model.load(good);
        Assert.True(Snapshot(model).SequenceEqual(Snapshot(saved)));
    }

    [Fact]
    public void Load_of_foreign_or_corrupt_files_names_the_file_and_never_prints_raw_bytes()
    {
        using var model = new Mlp();
        using var saved = new Mlp();
        var good = _temp["good.bin"];
        saved.SaveWeights(good);
        var files = new Dictionary<string, byte[]>
        {
            ["torch-save.pt"] = [.. "PK\u0003\u0004"u8, .. new byte[60]],
            ["keras.h5"] = [0x89, (byte)'H', (byte)'D', (byte)'F', 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[40]],
            ["model.safetensors"] = [.. BitConverter.GetBytes(2UL), .. "{}"u8],
            ["notes.txt"] = Encoding.UTF8.GetBytes("hidden1.weight = [[0.1, 0.2]]\n"),
            ["empty.bin"] = [],
            ["control-name.bin"] = [1, 3, 0x1B, (byte)'[', (byte)'2'],
            ["not-utf8-name.bin"] = [1, 4, 0xFF, 0xFE, 0xC3, 0x28],
            ["huge-name.bin"] = [1, 0xFF, 0xFF, 0xFF, 0x7F],
        };
        var corrupt = File.ReadAllBytes(good);
        corrupt[3] ^= 0xFF; // inside the first entry's name
        files["flipped-name.bin"] = corrupt;
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var noise = new byte[random.Next(1, 400)];
            random.NextBytes(noise);
            files[$"noise-{i}.bin"] = noise;
        }

        var expectations = new Dictionary<string, string>
        {
            ["torch-save.pt"] = "it is a ZIP archive (as PyTorch's torch.save, NumPy's .npz and Keras' .keras files are).",
            ["keras.h5"] = "it is an HDF5 file (as Keras' .h5 weights are).",
            ["model.safetensors"] = "it is a safetensors file (a JSON header after its 8-byte length); read it with LoadSafetensors.",
            ["control-name.bin"] = "the name of entry 0 holds control, format or unassigned characters, which no module name has.",
            ["not-utf8-name.bin"] = "the name of entry 0 is not UTF-8 text.",
            ["huge-name.bin"] = "entry 0 has a name of 268435455 bytes.",
        };
        foreach (var (name, content) in files)
        {
            var path = _temp[name];
            File.WriteAllBytes(path, content);

            var error = Assert.Throws<CheckpointMismatchException>(() => model.load(path));

            Assert.Equal(path, error.Path);
            AssertPrintable(error.Message);
            if (expectations.TryGetValue(name, out var reason))
            {
                Assert.Equal($"'{path}' is not a TorchSharp weights file (as Module.save or ModelCheckpoint write): {reason}", error.Message);
            }
        }
    }

    [Fact]
    public void Load_from_a_stream_is_checked_too_and_a_missing_file_is_named()
    {
        using var model = new Mlp();
        using var twoHeads = new TwoHeads();
        var other = _temp["two-heads.bin"];
        twoHeads.SaveWeights(other);

        using (var stream = File.OpenRead(other))
        {
            var error = Assert.Throws<CheckpointMismatchException>(() => model.load(stream));
            Assert.StartsWith("The checkpoint 'the stream' does not fit model Mlp: it holds 4 entries, the model has 6.", error.Message, StringComparison.Ordinal);
        }

        using (var garbage = new MemoryStream([5, 200, 1, 2]))
        {
            Assert.Throws<CheckpointMismatchException>(() => model.load(garbage));
        }

        // A checkpoint followed by other data in one stream loads, and the reader stops right after it.
        using var saved = new Mlp();
        using var both = new MemoryStream();
        using (var writer = new BinaryWriter(both, Encoding.UTF8, leaveOpen: true))
        {
            saved.save(writer);
        }

        var end = both.Position;
        both.Write("TAIL"u8);
        both.Position = 0;
        using (var reader = new BinaryReader(both, Encoding.UTF8, leaveOpen: true))
        {
            model.load(reader);
        }

        Assert.Equal(end, both.Position);
        Assert.True(Snapshot(model).SequenceEqual(Snapshot(saved)));

        var loaded = new Dictionary<string, bool>();
        model.load(other, strict: false, loadedParameters: loaded);
        Assert.Equal(["age.weight", "age.bias", "gender.weight", "gender.bias"], loaded.Keys);
        Assert.DoesNotContain(true, loaded.Values);

        using var altered = new Mlp();
        using (no_grad())
        {
            altered.state_dict()["probabilities.bias"].set_(zeros(11));
        }

        var wider = _temp["wider.bin"];
        altered.SaveWeights(wider);
        var nonStrict = Assert.Throws<CheckpointMismatchException>(() => model.load(wider, strict: false));
        Assert.Equal(["different: probabilities.bias is Float32 (10) in the model but Float32 (11) in the file"], nonStrict.Differences);
        model.load(wider, strict: false, skip: ["probabilities.bias"]);
        var missing = Assert.Throws<FileNotFoundException>(() => model.load(_temp["none.bin"]));
        Assert.Equal($"The checkpoint '{_temp["none.bin"]}' does not exist.", missing.Message);
    }

    private static float[] Snapshot(Mlp model)
    {
        using var scope = NewDisposeScope();
        return model.parameters().SelectMany(p => p.data<float>().ToArray()).ToArray();
    }

    private static void AssertPrintable(string message)
    {
        foreach (var c in message)
        {
            Assert.True(c == '\n' || CheckpointFile.IsNameCharacter(c), $"The message holds U+{(int)c:X4}: {message}");
            Assert.True(c != '\uFFFD', $"The message holds U+FFFD (undecodable bytes): {message}");
        }
    }
}
