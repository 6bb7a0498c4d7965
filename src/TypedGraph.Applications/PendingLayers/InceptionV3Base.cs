using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// Inception-v3 (Szegedy et al., "Rethinking the Inception Architecture for Computer Vision", 2015) without its classifier,
/// as Keras's <c>keras.applications.InceptionV3(include_top=False)</c>, declared flat. Every convolution is Keras's
/// <c>conv2d_bn</c>: a convolution without bias ("same" unless stated), BatchNormalization(scale=False) and ReLU; the
/// numbered nodes ConvN/BnN/ReluN follow Keras's order of creation (conv2d, conv2d_1, …). Stem: 3×3/2, 3×3, 3×3, 3×3/2 max
/// pool, 1×1, 3×3, 3×3/2 max pool; mixed0–2 (35×35), mixed3 (reduction), mixed4–7 (17×17, factorized 1×7/7×1
/// convolutions), mixed8 (reduction), mixed9–10 (8×8, expanded 1×3/3×1 branches). Branches are concatenated on the channel
/// axis in Keras's order. Channels-first; for a 299×299 image the output is (N, 2048, 8, 8). 21,802,784 parameters,
/// 34,432 of them non-trainable.
/// </summary>
[Model]
public sealed partial class InceptionV3Base
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    // Stem.
    [Conv2d(32, 3, Stride = 2, UseBias = false)] public partial Node Conv1 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn1 { get; }

    [Activate(Relu)] public partial Node Relu1 { get; }

    [Conv2d(32, 3, UseBias = false)] public partial Node Conv2 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn2 { get; }

    [Activate(Relu)] public partial Node Relu2 { get; }

    [Conv2d(64, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv3 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn3 { get; }

    [Activate(Relu)] public partial Node Relu3 { get; }

    [MaxPool2d(3, Stride = 2)] public partial Node Pool1 { get; }

    [Conv2d(80, 1, UseBias = false)] public partial Node Conv4 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn4 { get; }

    [Activate(Relu)] public partial Node Relu4 { get; }

    [Conv2d(192, 3, UseBias = false)] public partial Node Conv5 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn5 { get; }

    [Activate(Relu)] public partial Node Relu5 { get; }

    [MaxPool2d(3, Stride = 2)] public partial Node Pool2 { get; }

    // mixed0: 1×1 | 1×1 → 5×5 | 1×1 → 3×3 → 3×3 | 3×3 average pool → 1×1 (32).
    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv6 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn6 { get; }

    [Activate(Relu)] public partial Node Relu6 { get; }

    [Conv2d(48, 1, Padding = Padding.Same, UseBias = false, From = nameof(Pool2))] public partial Node Conv7 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn7 { get; }

    [Activate(Relu)] public partial Node Relu7 { get; }

    [Conv2d(64, 5, Padding = Padding.Same, UseBias = false)] public partial Node Conv8 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn8 { get; }

    [Activate(Relu)] public partial Node Relu8 { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, From = nameof(Pool2))] public partial Node Conv9 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn9 { get; }

    [Activate(Relu)] public partial Node Relu9 { get; }

    [Conv2d(96, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv10 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn10 { get; }

    [Activate(Relu)] public partial Node Relu10 { get; }

    [Conv2d(96, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv11 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn11 { get; }

    [Activate(Relu)] public partial Node Relu11 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Pool2))] public partial Node Mixed0Pool { get; }

    [Conv2d(32, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv12 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn12 { get; }

    [Activate(Relu)] public partial Node Relu12 { get; }

    [Concatenate(nameof(Relu6), nameof(Relu8), nameof(Relu11), nameof(Relu12), Axis = 1, Name = "mixed0")] public partial Node Mixed0 { get; }

    // mixed1: 1×1 | 1×1 → 5×5 | 1×1 → 3×3 → 3×3 | 3×3 average pool → 1×1 (64).
    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv13 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn13 { get; }

    [Activate(Relu)] public partial Node Relu13 { get; }

    [Conv2d(48, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed0))] public partial Node Conv14 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn14 { get; }

    [Activate(Relu)] public partial Node Relu14 { get; }

    [Conv2d(64, 5, Padding = Padding.Same, UseBias = false)] public partial Node Conv15 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn15 { get; }

    [Activate(Relu)] public partial Node Relu15 { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed0))] public partial Node Conv16 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn16 { get; }

    [Activate(Relu)] public partial Node Relu16 { get; }

    [Conv2d(96, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv17 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn17 { get; }

    [Activate(Relu)] public partial Node Relu17 { get; }

    [Conv2d(96, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv18 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn18 { get; }

    [Activate(Relu)] public partial Node Relu18 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Mixed0))] public partial Node Mixed1Pool { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv19 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn19 { get; }

    [Activate(Relu)] public partial Node Relu19 { get; }

    [Concatenate(nameof(Relu13), nameof(Relu15), nameof(Relu18), nameof(Relu19), Axis = 1, Name = "mixed1")] public partial Node Mixed1 { get; }

    // mixed2: 1×1 | 1×1 → 5×5 | 1×1 → 3×3 → 3×3 | 3×3 average pool → 1×1 (64).
    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv20 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn20 { get; }

    [Activate(Relu)] public partial Node Relu20 { get; }

    [Conv2d(48, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed1))] public partial Node Conv21 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn21 { get; }

    [Activate(Relu)] public partial Node Relu21 { get; }

    [Conv2d(64, 5, Padding = Padding.Same, UseBias = false)] public partial Node Conv22 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn22 { get; }

    [Activate(Relu)] public partial Node Relu22 { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed1))] public partial Node Conv23 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn23 { get; }

    [Activate(Relu)] public partial Node Relu23 { get; }

    [Conv2d(96, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv24 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn24 { get; }

    [Activate(Relu)] public partial Node Relu24 { get; }

    [Conv2d(96, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv25 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn25 { get; }

    [Activate(Relu)] public partial Node Relu25 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Mixed1))] public partial Node Mixed2Pool { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv26 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn26 { get; }

    [Activate(Relu)] public partial Node Relu26 { get; }

    [Concatenate(nameof(Relu20), nameof(Relu22), nameof(Relu25), nameof(Relu26), Axis = 1, Name = "mixed2")] public partial Node Mixed2 { get; }

    // mixed3 (reduction): 3×3/2 | 1×1 → 3×3 → 3×3/2 | 3×3/2 max pool.
    [Conv2d(384, 3, Stride = 2, UseBias = false)] public partial Node Conv27 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn27 { get; }

    [Activate(Relu)] public partial Node Relu27 { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed2))] public partial Node Conv28 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn28 { get; }

    [Activate(Relu)] public partial Node Relu28 { get; }

    [Conv2d(96, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv29 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn29 { get; }

    [Activate(Relu)] public partial Node Relu29 { get; }

    [Conv2d(96, 3, Stride = 2, UseBias = false)] public partial Node Conv30 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn30 { get; }

    [Activate(Relu)] public partial Node Relu30 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Mixed2))] public partial Node Mixed3Pool { get; }

    [Concatenate(nameof(Relu27), nameof(Relu30), nameof(Mixed3Pool), Axis = 1, Name = "mixed3")] public partial Node Mixed3 { get; }

    // mixed4: 1×1 | 1×1 → 1×7 → 7×1 | 1×1 → 7×1 → 1×7 → 7×1 → 1×7 | 3×3 average pool → 1×1 (128 inner filters).
    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv31 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn31 { get; }

    [Activate(Relu)] public partial Node Relu31 { get; }

    [Conv2d(128, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed3))] public partial Node Conv32 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn32 { get; }

    [Activate(Relu)] public partial Node Relu32 { get; }

    [Conv2d(128, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv33 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn33 { get; }

    [Activate(Relu)] public partial Node Relu33 { get; }

    [Conv2d(192, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv34 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn34 { get; }

    [Activate(Relu)] public partial Node Relu34 { get; }

    [Conv2d(128, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed3))] public partial Node Conv35 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn35 { get; }

    [Activate(Relu)] public partial Node Relu35 { get; }

    [Conv2d(128, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv36 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn36 { get; }

    [Activate(Relu)] public partial Node Relu36 { get; }

    [Conv2d(128, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv37 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn37 { get; }

    [Activate(Relu)] public partial Node Relu37 { get; }

    [Conv2d(128, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv38 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn38 { get; }

    [Activate(Relu)] public partial Node Relu38 { get; }

    [Conv2d(192, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv39 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn39 { get; }

    [Activate(Relu)] public partial Node Relu39 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Mixed3))] public partial Node Mixed4Pool { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv40 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn40 { get; }

    [Activate(Relu)] public partial Node Relu40 { get; }

    [Concatenate(nameof(Relu31), nameof(Relu34), nameof(Relu39), nameof(Relu40), Axis = 1, Name = "mixed4")] public partial Node Mixed4 { get; }

    // mixed5: 1×1 | 1×1 → 1×7 → 7×1 | 1×1 → 7×1 → 1×7 → 7×1 → 1×7 | 3×3 average pool → 1×1 (160 inner filters).
    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv41 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn41 { get; }

    [Activate(Relu)] public partial Node Relu41 { get; }

    [Conv2d(160, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed4))] public partial Node Conv42 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn42 { get; }

    [Activate(Relu)] public partial Node Relu42 { get; }

    [Conv2d(160, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv43 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn43 { get; }

    [Activate(Relu)] public partial Node Relu43 { get; }

    [Conv2d(192, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv44 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn44 { get; }

    [Activate(Relu)] public partial Node Relu44 { get; }

    [Conv2d(160, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed4))] public partial Node Conv45 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn45 { get; }

    [Activate(Relu)] public partial Node Relu45 { get; }

    [Conv2d(160, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv46 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn46 { get; }

    [Activate(Relu)] public partial Node Relu46 { get; }

    [Conv2d(160, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv47 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn47 { get; }

    [Activate(Relu)] public partial Node Relu47 { get; }

    [Conv2d(160, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv48 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn48 { get; }

    [Activate(Relu)] public partial Node Relu48 { get; }

    [Conv2d(192, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv49 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn49 { get; }

    [Activate(Relu)] public partial Node Relu49 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Mixed4))] public partial Node Mixed5Pool { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv50 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn50 { get; }

    [Activate(Relu)] public partial Node Relu50 { get; }

    [Concatenate(nameof(Relu41), nameof(Relu44), nameof(Relu49), nameof(Relu50), Axis = 1, Name = "mixed5")] public partial Node Mixed5 { get; }

    // mixed6: 1×1 | 1×1 → 1×7 → 7×1 | 1×1 → 7×1 → 1×7 → 7×1 → 1×7 | 3×3 average pool → 1×1 (160 inner filters).
    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv51 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn51 { get; }

    [Activate(Relu)] public partial Node Relu51 { get; }

    [Conv2d(160, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed5))] public partial Node Conv52 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn52 { get; }

    [Activate(Relu)] public partial Node Relu52 { get; }

    [Conv2d(160, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv53 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn53 { get; }

    [Activate(Relu)] public partial Node Relu53 { get; }

    [Conv2d(192, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv54 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn54 { get; }

    [Activate(Relu)] public partial Node Relu54 { get; }

    [Conv2d(160, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed5))] public partial Node Conv55 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn55 { get; }

    [Activate(Relu)] public partial Node Relu55 { get; }

    [Conv2d(160, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv56 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn56 { get; }

    [Activate(Relu)] public partial Node Relu56 { get; }

    [Conv2d(160, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv57 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn57 { get; }

    [Activate(Relu)] public partial Node Relu57 { get; }

    [Conv2d(160, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv58 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn58 { get; }

    [Activate(Relu)] public partial Node Relu58 { get; }

    [Conv2d(192, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv59 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn59 { get; }

    [Activate(Relu)] public partial Node Relu59 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Mixed5))] public partial Node Mixed6Pool { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv60 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn60 { get; }

    [Activate(Relu)] public partial Node Relu60 { get; }

    [Concatenate(nameof(Relu51), nameof(Relu54), nameof(Relu59), nameof(Relu60), Axis = 1, Name = "mixed6")] public partial Node Mixed6 { get; }

    // mixed7: 1×1 | 1×1 → 1×7 → 7×1 | 1×1 → 7×1 → 1×7 → 7×1 → 1×7 | 3×3 average pool → 1×1 (192 inner filters).
    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv61 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn61 { get; }

    [Activate(Relu)] public partial Node Relu61 { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed6))] public partial Node Conv62 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn62 { get; }

    [Activate(Relu)] public partial Node Relu62 { get; }

    [Conv2d(192, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv63 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn63 { get; }

    [Activate(Relu)] public partial Node Relu63 { get; }

    [Conv2d(192, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv64 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn64 { get; }

    [Activate(Relu)] public partial Node Relu64 { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed6))] public partial Node Conv65 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn65 { get; }

    [Activate(Relu)] public partial Node Relu65 { get; }

    [Conv2d(192, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv66 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn66 { get; }

    [Activate(Relu)] public partial Node Relu66 { get; }

    [Conv2d(192, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv67 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn67 { get; }

    [Activate(Relu)] public partial Node Relu67 { get; }

    [Conv2d(192, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv68 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn68 { get; }

    [Activate(Relu)] public partial Node Relu68 { get; }

    [Conv2d(192, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv69 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn69 { get; }

    [Activate(Relu)] public partial Node Relu69 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Mixed6))] public partial Node Mixed7Pool { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv70 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn70 { get; }

    [Activate(Relu)] public partial Node Relu70 { get; }

    [Concatenate(nameof(Relu61), nameof(Relu64), nameof(Relu69), nameof(Relu70), Axis = 1, Name = "mixed7")] public partial Node Mixed7 { get; }

    // mixed8 (reduction): 1×1 → 3×3/2 | 1×1 → 1×7 → 7×1 → 3×3/2 | 3×3/2 max pool.
    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv71 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn71 { get; }

    [Activate(Relu)] public partial Node Relu71 { get; }

    [Conv2d(320, 3, Stride = 2, UseBias = false)] public partial Node Conv72 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn72 { get; }

    [Activate(Relu)] public partial Node Relu72 { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed7))] public partial Node Conv73 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn73 { get; }

    [Activate(Relu)] public partial Node Relu73 { get; }

    [Conv2d(192, [1, 7], Padding = Padding.Same, UseBias = false)] public partial Node Conv74 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn74 { get; }

    [Activate(Relu)] public partial Node Relu74 { get; }

    [Conv2d(192, [7, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv75 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn75 { get; }

    [Activate(Relu)] public partial Node Relu75 { get; }

    [Conv2d(192, 3, Stride = 2, UseBias = false)] public partial Node Conv76 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn76 { get; }

    [Activate(Relu)] public partial Node Relu76 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Mixed7))] public partial Node Mixed8Pool { get; }

    [Concatenate(nameof(Relu72), nameof(Relu76), nameof(Mixed8Pool), Axis = 1, Name = "mixed8")] public partial Node Mixed8 { get; }

    // mixed9: 1×1 | 1×1 → (1×3, 3×1) | 1×1 → 3×3 → (1×3, 3×1) | 3×3 average pool → 1×1.
    [Conv2d(320, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv77 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn77 { get; }

    [Activate(Relu)] public partial Node Relu77 { get; }

    [Conv2d(384, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed8))] public partial Node Conv78 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn78 { get; }

    [Activate(Relu)] public partial Node Relu78 { get; }

    [Conv2d(384, [1, 3], Padding = Padding.Same, UseBias = false)] public partial Node Conv79 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn79 { get; }

    [Activate(Relu)] public partial Node Relu79 { get; }

    [Conv2d(384, [3, 1], Padding = Padding.Same, UseBias = false, From = nameof(Relu78))] public partial Node Conv80 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn80 { get; }

    [Activate(Relu)] public partial Node Relu80 { get; }

    [Concatenate(nameof(Relu79), nameof(Relu80), Axis = 1, Name = "mixed9_0")] public partial Node Mixed9Branch0 { get; }

    [Conv2d(448, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed8))] public partial Node Conv81 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn81 { get; }

    [Activate(Relu)] public partial Node Relu81 { get; }

    [Conv2d(384, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv82 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn82 { get; }

    [Activate(Relu)] public partial Node Relu82 { get; }

    [Conv2d(384, [1, 3], Padding = Padding.Same, UseBias = false)] public partial Node Conv83 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn83 { get; }

    [Activate(Relu)] public partial Node Relu83 { get; }

    [Conv2d(384, [3, 1], Padding = Padding.Same, UseBias = false, From = nameof(Relu82))] public partial Node Conv84 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn84 { get; }

    [Activate(Relu)] public partial Node Relu84 { get; }

    [Concatenate(nameof(Relu83), nameof(Relu84), Axis = 1)] public partial Node Mixed9DoubleBranch { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Mixed8))] public partial Node Mixed9Pool { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv85 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn85 { get; }

    [Activate(Relu)] public partial Node Relu85 { get; }

    [Concatenate(nameof(Relu77), nameof(Mixed9Branch0), nameof(Mixed9DoubleBranch), nameof(Relu85), Axis = 1, Name = "mixed9")] public partial Node Mixed9 { get; }

    // mixed10: 1×1 | 1×1 → (1×3, 3×1) | 1×1 → 3×3 → (1×3, 3×1) | 3×3 average pool → 1×1.
    [Conv2d(320, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv86 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn86 { get; }

    [Activate(Relu)] public partial Node Relu86 { get; }

    [Conv2d(384, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed9))] public partial Node Conv87 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn87 { get; }

    [Activate(Relu)] public partial Node Relu87 { get; }

    [Conv2d(384, [1, 3], Padding = Padding.Same, UseBias = false)] public partial Node Conv88 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn88 { get; }

    [Activate(Relu)] public partial Node Relu88 { get; }

    [Conv2d(384, [3, 1], Padding = Padding.Same, UseBias = false, From = nameof(Relu87))] public partial Node Conv89 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn89 { get; }

    [Activate(Relu)] public partial Node Relu89 { get; }

    [Concatenate(nameof(Relu88), nameof(Relu89), Axis = 1, Name = "mixed9_1")] public partial Node Mixed9Branch1 { get; }

    [Conv2d(448, 1, Padding = Padding.Same, UseBias = false, From = nameof(Mixed9))] public partial Node Conv90 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn90 { get; }

    [Activate(Relu)] public partial Node Relu90 { get; }

    [Conv2d(384, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv91 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn91 { get; }

    [Activate(Relu)] public partial Node Relu91 { get; }

    [Conv2d(384, [1, 3], Padding = Padding.Same, UseBias = false)] public partial Node Conv92 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn92 { get; }

    [Activate(Relu)] public partial Node Relu92 { get; }

    [Conv2d(384, [3, 1], Padding = Padding.Same, UseBias = false, From = nameof(Relu91))] public partial Node Conv93 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn93 { get; }

    [Activate(Relu)] public partial Node Relu93 { get; }

    [Concatenate(nameof(Relu92), nameof(Relu93), Axis = 1)] public partial Node Mixed10DoubleBranch { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Mixed9))] public partial Node Mixed10Pool { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv94 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn94 { get; }

    [Activate(Relu)] public partial Node Relu94 { get; }

    [Concatenate(nameof(Relu86), nameof(Mixed9Branch1), nameof(Mixed10DoubleBranch), nameof(Relu94), Axis = 1, Name = "mixed10")]
    [Output]
    public partial Node Mixed10 { get; }
}
