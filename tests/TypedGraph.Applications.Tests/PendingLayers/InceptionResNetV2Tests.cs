namespace TypedGraph.Applications.Tests;

/// <summary>
/// InceptionResNetV2 against Keras's <c>InceptionResNetV2</c>. Derivation: the base is Keras's total 55,873,736 minus the
/// top's Dense (1,536·1,000 + 1,000 = 1,537,000) = 54,336,736. Non-trainable: each <c>conv2d_bn</c> without bias has a
/// BatchNormalization(scale=False) with 2·C moving statistics; the up-projections (with bias) have none. Normalized
/// channels: a block35 240 (32+32+32+32+48+64), a block17 672 (192+128+160+192), a block8 864 (192+192+224+256), the
/// 24 units outside the blocks 5,792 (stem 400, mixed_5b 528, mixed_6a 1,280, mixed_7a 2,048, conv_7b 1,536):
/// 10·240 + 20·672 + 10·864 + 5,792 = 30,272 → 60,544. No forward test: 13 GFLOPs at 299×299 is too slow on the CI's
/// two cores; the shapes are checked at compile time.
/// </summary>
public sealed class InceptionResNetV2Tests
{
    [Fact]
    public void Blocks_have_keras_parameter_counts()
    {
        using var block35 = new InceptionResNetBlock35();
        using var block17 = new InceptionResNetBlock17();
        using var block8 = new InceptionResNetBlock8();
        using var block8Final = new InceptionResNetBlock8Final();

        Assert.Equal(123_408, block35.ParameterCount);
        Assert.Equal(480, block35.NonTrainableParameterCount);
        Assert.Equal(1_127_456, block17.ParameterCount);
        Assert.Equal(1_344, block17.NonTrainableParameterCount);
        Assert.Equal(2_036_288, block8.ParameterCount);
        Assert.Equal(1_728, block8.NonTrainableParameterCount);
        Assert.Equal(2_036_288, block8Final.ParameterCount);
    }

    [Fact]
    public void Base_has_keras_parameter_counts()
    {
        using var model = new InceptionResNetV2Base();

        Assert.Equal(54_336_736, model.ParameterCount);
        Assert.Equal(60_544, model.NonTrainableParameterCount);
        Assert.Equal(54_336_736 - 60_544, model.TrainableParameterCount);
        Assert.Equal(10 * 123_408, model.Block35.ParameterCount);
        Assert.Equal(20 * 1_127_456, model.Block17.ParameterCount);
        Assert.Equal(9 * 2_036_288, model.Block8.ParameterCount);
    }

    [Fact]
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new InceptionResNetV2();

        Assert.Equal(55_873_736, model.ParameterCount);
        Assert.Equal(60_544, model.NonTrainableParameterCount);
        Assert.Equal(55_873_736 - 60_544, model.TrainableParameterCount);
        Assert.Equal("(N, 1536, 8, 8)", model.Features.OutputShape.ToString());
    }
}
