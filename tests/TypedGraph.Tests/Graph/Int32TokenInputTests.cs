using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Graph;

public sealed class Int32TokenInputTests
{
    [Fact]
    public void An_int64_input_accepts_int32_token_ids_cast_once_at_the_entry()
    {
        using var model = new BagOfWords();
        var (x, y) = ToyData.Tokens(12);
        using var tokens32 = x.Tokens.to_type(ScalarType.Int32);

        using var expected = model.forward(x).Label;
        using var actual = model.forward(new BagOfWords.Inputs(tokens32)).Label;
        var history = model.Fit(new BagOfWords.Inputs(tokens32), y, batchSize: 4, verbose: 0);

        Assert.True(expected.equal(actual).all().item<bool>());
        Assert.Equal(ScalarType.Int32, tokens32.dtype); // the caller's tensor is left alone
        Assert.Single(history["loss"]);
        Assert.Equal(4, model.Activations(new BagOfWords.Inputs(tokens32)).Count);
    }

    [Fact]
    public void Other_dtype_mismatches_still_throw()
    {
        using var model = new BagOfWords();
        using var floats = zeros(2, 5);
        using var int16 = zeros(2, 5, dtype: ScalarType.Int16);

        Assert.Throws<ShapeMismatchException>(() => model.forward(new BagOfWords.Inputs(floats)));
        Assert.Throws<ShapeMismatchException>(() => model.forward(new BagOfWords.Inputs(int16)));
    }
}
