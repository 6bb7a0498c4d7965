using TypedGraph;
using static TypedGraph.Activation;

namespace Seeds;

// Node names whose natural locals collide: with the graph method's parameters (`record` is also a contextual keyword,
// so its natural local is `@record`; `inputs` itself is reserved, TG0107), with each other after a suffix (Logits2, then
// Logits), with a field the method reads (S_signature's natural local is `s_signature`) and with a repeated submodel's loop variable
// (`encoderBlock`). Every one must get its own local and the code must compile cleanly.
[Model]
public sealed partial class Step
{
    [Input(4)] public partial Node X { get; }

    [Dense(4)]
    [Output]
    public partial Node Y { get; }
}

[Model]
public sealed partial class ParameterNames
{
    [Input(8)] public partial Node Record { get; }

    [Dense(4, Activation = Relu)] public partial Node S_signature { get; }

    [Dense(4, Activation = Relu)] public partial Node Logits2 { get; }

    [Submodel(typeof(Step), Repeat = 2)] public partial Node Encoder { get; }

    [Dense(4, Activation = Relu)] public partial Node EncoderBlock { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy)]
    public partial Node Logits { get; }
}
