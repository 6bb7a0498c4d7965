using TypedGraph;

namespace Broken;

[Model]
public class {|TG0001:{|TG0004:NotPartial|}|}
{
    [Input(8)] public partial Node X { get; }
}

[Model]
public partial class {|TG0004:NoOutput|}
{
    [Input(8)] public partial Node X { get; }

    [Dense(2)] public Node {|TG0001:NotPartialProperty|} { get; }

    [Input("T", {|TG0010:"not a name"|}, {|TG0010:0|})] public partial Node Y { get; }
}

[Model]
public partial class {|TG0004:NoInput|}
{
    [{|TG0101:Dense(2)|}]
    [Output(Loss.MeanSquaredError)]
    public partial Node First { get; }
}

[Model]
public partial class SymbolicWidth
{
    [Input(4, "W")] public partial Node X { get; }

    [{|TG0008:Dense(3)|}]
    [Output(Loss.MeanSquaredError)]
    public partial Node Y { get; }

    [Dropout(0.1, From = nameof(X))] public partial Node {|TG0011:Unused|} { get; }
}
