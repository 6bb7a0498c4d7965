using TypedGraph;

namespace Cycles;

// A → B → A: each model on the cycle reports it at its own [Submodel], named from itself.
[Model]
public sealed partial class A
{
    [Input(4)] public partial Node X { get; }

    [{|TG0003:Submodel(typeof(B))|}]
    [Output]
    public partial Node Inner { get; }
}

[Model]
public sealed partial class B
{
    [Input(4)] public partial Node X { get; }

    [{|TG0003:Submodel(typeof(A))|}]
    [Output]
    public partial Node Inner { get; }
}

// A model that contains itself, twice.
[Model]
public sealed partial class Self
{
    [Input(4)] public partial Node X { get; }

    [{|TG0003:Submodel(typeof(Self))|}] public partial Node Once { get; }

    [{|TG0003:Submodel(typeof(Self))|}]
    [Output]
    public partial Node Twice { get; }
}

// Outside the cycle, C uses B: B's cycle makes the submodel invalid (TG0010), not a cycle of C.
[Model]
public sealed partial class C
{
    [Input(4)] public partial Node X { get; }

    [Submodel({|TG0010:typeof(B)|})]
    [Output]
    public partial Node Inner { get; }
}

// A chain without a cycle: nothing to report.
[Model]
public sealed partial class Leaf
{
    [Input(4)] public partial Node X { get; }

    [Dense(4)]
    [Output]
    public partial Node Y { get; }
}

[Model]
public sealed partial class Middle
{
    [Input(4)] public partial Node X { get; }

    [Submodel(typeof(Leaf))] public partial Node First { get; }

    [Submodel(typeof(Leaf))]
    [Output]
    public partial Node Second { get; }
}

[Model]
public sealed partial class Top
{
    [Input(4)] public partial Node X { get; }

    [Submodel(typeof(Middle))]
    [Output]
    public partial Node Inner { get; }
}

// A Repeat far beyond any real network (the generator would hang inferring and listing the instances): TG0010.
[Model]
public sealed partial class Deep
{
    [Input(4)] public partial Node X { get; }

    [Submodel(typeof(Leaf), Repeat = 1024)] public partial Node Most { get; }

    [Submodel(typeof(Leaf), {|TG0010:Repeat = int.MaxValue|})]
    [Output]
    public partial Node TooMany { get; }
}
