using TypedGraph;

namespace Broken;

[Model]
public partial class InvalidReferences
{
    [Input(8)] public partial Node X { get; }

    [Dense(4, {|TG0002:From = "Missing"|})] public partial Node {|TG0011:A|} { get; }

    [Dense({|TG0010:0|})] public partial Node {|TG0011:B|} { get; }

    [{|TG0003:Dense(4, From = nameof(D))|}] public partial Node {|TG0011:C|} { get; }

    [Dense(4, From = nameof(C))] public partial Node {|TG0011:D|} { get; }

    [Dropout({|TG0010:1.5|}, From = nameof(X))]
    [Output(Loss.MeanSquaredError)]
    public partial Node Y { get; }
}
