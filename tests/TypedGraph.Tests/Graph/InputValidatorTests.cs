using System;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Graph;

public sealed class InputValidatorTests
{
    private static readonly InputSpec[] Features = [new("Features", new Shape(Dim.Batch, Dim.Fixed(64)), DType.Float32)];

    private static readonly InputSpec[] TextAndQuestion =
    [
        new("Text", new Shape(Dim.Batch, Dim.Symbol("T")), DType.Int64),
        new("Question", new Shape(Dim.Batch, Dim.Symbol("T")), DType.Int64),
    ];

    [Fact]
    public void Valid_inputs_pass()
    {
        using var scope = NewDisposeScope();

        InputValidator.Validate(Features, [zeros(5, 64)]);
        InputValidator.Validate(TextAndQuestion, [zeros(3, 7, ScalarType.Int64), zeros(3, 7, ScalarType.Int64)]);
    }

    [Fact]
    public void Wrong_fixed_dimension_names_input_expected_and_actual_shape()
    {
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ShapeMismatchException>(() => InputValidator.Validate(Features, [zeros(5, 63)]));

        Assert.Equal("Input 'Features' expects shape (N, 64) but got (5, 63): dimension 1 is 63, expected 64.", error.Message);
        Assert.Equal("Features", error.Subject);
        Assert.Equal("(N, 64)", error.Expected);
        Assert.Equal("(5, 63)", error.Actual);
    }

    [Fact]
    public void Wrong_rank_is_reported()
    {
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ShapeMismatchException>(() => InputValidator.Validate(Features, [zeros(5, 64, 1)]));

        Assert.Equal("Input 'Features' expects shape (N, 64) but got (5, 64, 1): rank is 3, expected 2.", error.Message);
    }

    [Fact]
    public void Wrong_dtype_is_reported_before_the_shape()
    {
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ShapeMismatchException>(() => InputValidator.Validate(Features, [zeros(5, 63, ScalarType.Int64)]));

        Assert.Equal("Input 'Features' expects dtype Float32 but got Int64.", error.Message);
        Assert.Equal("Float32", error.Expected);
        Assert.Equal("Int64", error.Actual);
    }

    [Fact]
    public void Symbolic_dimension_must_agree_across_inputs()
    {
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ShapeMismatchException>(() =>
            InputValidator.Validate(TextAndQuestion, [zeros(3, 7, ScalarType.Int64), zeros(3, 9, ScalarType.Int64)]));

        Assert.Equal(
            "Input 'Question' expects shape (N, T) but got (3, 9): 'T' is 7 in input 'Text' but 9 in input 'Question'.",
            error.Message);
        Assert.Equal("Question", error.Subject);
    }

    [Fact]
    public void Symbolic_dimension_must_agree_within_one_input()
    {
        using var scope = NewDisposeScope();
        InputSpec[] square = [new("Image", new Shape(Dim.Batch, Dim.Symbol("S"), Dim.Symbol("S")), DType.Float32)];

        var error = Assert.Throws<ShapeMismatchException>(() => InputValidator.Validate(square, [zeros(2, 4, 5)]));

        Assert.Equal("Input 'Image' expects shape (N, S, S) but got (2, 4, 5): 'S' is 4 and 5 within input 'Image'.", error.Message);
    }

    [Fact]
    public void Batch_sizes_must_agree_across_inputs()
    {
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ShapeMismatchException>(() =>
            InputValidator.Validate(TextAndQuestion, [zeros(3, 7, ScalarType.Int64), zeros(4, 7, ScalarType.Int64)]));

        Assert.Equal(
            "Input 'Question' has batch size 4 but input 'Text' has batch size 3; all inputs must have the same batch size.",
            error.Message);
        Assert.Equal("3", error.Expected);
        Assert.Equal("4", error.Actual);
    }

    [Fact]
    public void Expression_dimensions_are_not_checked()
    {
        using var scope = NewDisposeScope();
        InputSpec[] spec = [new("Pooled", new Shape(Dim.Batch, Dim.Expression("(T-4)/5")), DType.Float32)];

        InputValidator.Validate(spec, [zeros(2, 11)]);
    }

    [Fact]
    public void Null_tensor_throws_ArgumentNullException_named_after_the_input()
    {
        var error = Assert.Throws<ArgumentNullException>(() => InputValidator.Validate(Features, [null!]));

        Assert.Equal("Features", error.ParamName);
    }

    [Fact]
    public void Wrong_number_of_tensors_is_reported()
    {
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ArgumentException>(() => InputValidator.Validate(TextAndQuestion, [zeros(1, 2, ScalarType.Int64)]));

        Assert.Contains("2 input(s) but 1 tensor(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_inputs_allocate_nothing()
    {
        using var scope = NewDisposeScope();
        Tensor[] tensors = [zeros(3, 7, ScalarType.Int64), zeros(3, 7, ScalarType.Int64)];
        InputValidator.Validate(TextAndQuestion, tensors); // JIT and first-call initialization

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            InputValidator.Validate(TextAndQuestion, tensors);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
