namespace TypedGraph.Generators.Parsing;

/// <summary>Metadata names of the runtime's attributes, as the parser recognises them.</summary>
internal static class AttributeNames
{
    public const string Namespace = "TypedGraph";
    public const string Model = "TypedGraph.ModelAttribute";
    public const string NodeBase = "NodeAttribute";
    public const string Output = "OutputAttribute";
    public const string NodeType = "Node";

    public const string Input = "InputAttribute";
    public const string Dense = "DenseAttribute";
    public const string Activate = "ActivateAttribute";
    public const string Dropout = "DropoutAttribute";
    public const string Flatten = "FlattenAttribute";
    public const string Embedding = "EmbeddingAttribute";
    public const string Lstm = "LstmAttribute";
    public const string Gru = "GruAttribute";
    public const string SimpleRnn = "SimpleRnnAttribute";
    public const string Conv1d = "Conv1dAttribute";
    public const string Conv2d = "Conv2dAttribute";
    public const string SeparableConv2d = "SeparableConv2dAttribute";
    public const string DepthwiseConv2d = "DepthwiseConv2dAttribute";
    public const string MaxPool1d = "MaxPool1dAttribute";
    public const string MaxPool2d = "MaxPool2dAttribute";
    public const string AvgPool1d = "AvgPool1dAttribute";
    public const string AvgPool2d = "AvgPool2dAttribute";
    public const string GlobalMaxPool1d = "GlobalMaxPool1dAttribute";
    public const string GlobalMaxPool2d = "GlobalMaxPool2dAttribute";
    public const string GlobalAvgPool1d = "GlobalAvgPool1dAttribute";
    public const string GlobalAvgPool2d = "GlobalAvgPool2dAttribute";
    public const string ZeroPadding2d = "ZeroPadding2dAttribute";
    public const string BatchNorm = "BatchNormAttribute";
    public const string LayerNorm = "LayerNormAttribute";
    public const string Reshape = "ReshapeAttribute";
    public const string Permute = "PermuteAttribute";
    public const string Add = "AddAttribute";
    public const string Subtract = "SubtractAttribute";
    public const string Multiply = "MultiplyAttribute";
    public const string Average = "AverageAttribute";
    public const string Maximum = "MaximumAttribute";
    public const string Concatenate = "ConcatenateAttribute";
    public const string Shared = "SharedAttribute";
    public const string Submodel = "SubmodelAttribute";
    public const string Custom = "CustomAttribute";

    public const string From = "From";
    public const string Name = "Name";
}
