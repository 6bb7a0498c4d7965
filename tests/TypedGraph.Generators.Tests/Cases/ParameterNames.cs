using TypedGraph;
using static TypedGraph.Activation;

namespace Seeds;

// Nodes named like the parameters of the generated graph method (inputs is a reserved name, TG0107): their locals
// must not collide with `logits` and `record`.
[Model]
public sealed partial class ParameterNames
{
    [Input(8)] public partial Node Record { get; }

    [Dense(4, Activation = Relu)] public partial Node RecordValue { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy)]
    public partial Node Logits { get; }
}
