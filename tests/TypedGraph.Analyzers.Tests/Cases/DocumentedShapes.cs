using TypedGraph;

namespace Documented;

// docs/diagnostics/TG0007.md: Embedding on values that are not token ids.
[Model]
public sealed partial class FloatTokens
{
    [Input("T")] public partial Node Tokens { get; }

    [{|TG0007:Embedding(10_000, 64)|}]
    [Output]
    public partial Node Embedded { get; }
}

[Model]
public sealed partial class ComputedTokens
{
    [Input(8, DType = DType.Int64)] public partial Node Tokens { get; }

    [Dense(4)] public partial Node Scores { get; }

    [{|TG0007:Embedding(10_000, 64)|}]
    [Output]
    public partial Node Embedded { get; }
}

[Model]
public sealed partial class IntegerTokens
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Embedding(10_000, 64)]
    [Output]
    public partial Node Embedded { get; }
}

// docs/diagnostics/TG0010.md: Reshape to a different number of elements.
[Model]
public sealed partial class Reshapes
{
    [Input(4, 6)] public partial Node X { get; }

    [Reshape({|TG0010:5|}, 5)]
    [Output]
    public partial Node R { get; }

    [Reshape({|TG0010:-1|}, 5, From = nameof(X))]
    [Output]
    public partial Node S { get; }

    [Reshape(3, 8, From = nameof(X))]
    [Output]
    public partial Node Fits { get; }

    [Reshape(-1, 4, From = nameof(X))]
    [Output]
    public partial Node Inferred { get; }
}
