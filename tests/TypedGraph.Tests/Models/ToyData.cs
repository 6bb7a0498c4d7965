using static TorchSharp.torch;

namespace TypedGraph.Tests.Models;

/// <summary>Small learnable data sets for the hand-written test models.</summary>
internal static class ToyData
{
    /// <summary>
    /// <paramref name="samples"/> random feature vectors for <see cref="Mlp"/>; the class is the arg-max of the first ten
    /// features (one-hot). Created outside any dispose scope: the caller disposes them.
    /// </summary>
    public static (Mlp.Inputs X, Mlp.Targets Y) Classification(long samples, long seed = 1)
    {
        using var generator = new TorchSharp.torch.Generator((ulong)seed);
        var features = randn([samples, 64], generator: generator);
        using var classes = features.narrow(1, 0, 10).argmax(1);
        var oneHot = nn.functional.one_hot(classes, 10).to_type(ScalarType.Float32);
        return (new Mlp.Inputs(features), new Mlp.Targets(oneHot));
    }

    /// <summary>Inputs and targets for <see cref="TwoHeads"/>: age = sum of the features, gender = first feature &gt; 0.</summary>
    public static (TwoHeads.Inputs X, TwoHeads.Targets Y) TwoHeads(long samples, long seed = 2)
    {
        using var generator = new TorchSharp.torch.Generator((ulong)seed);
        var features = randn([samples, 4], generator: generator);
        var age = features.sum(1, keepdim: true);
        var gender = (features.narrow(1, 0, 1) > 0).to_type(ScalarType.Float32);
        return (new TwoHeads.Inputs(features), new TwoHeads.Targets(age, gender));
    }

    /// <summary>Token sequences for <see cref="BagOfWords"/>: the label is the first token modulo 3.</summary>
    public static (BagOfWords.Inputs X, BagOfWords.Targets Y) Tokens(long samples, long seed = 3)
    {
        using var generator = new TorchSharp.torch.Generator((ulong)seed);
        var tokens = randint(0, 20, [samples, 5], dtype: ScalarType.Int64, generator: generator);
        var labels = tokens.select(1, 0).remainder(3);
        return (new BagOfWords.Inputs(tokens), new BagOfWords.Targets(labels));
    }
}
