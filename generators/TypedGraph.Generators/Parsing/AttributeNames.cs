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

    public const string From = "From";
    public const string Name = "Name";
}
