namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// The TG diagnostic ids. Titles, messages, severities and the types of the message arguments live in
/// <see cref="DiagnosticDescriptors"/>; docs in <c>docs/diagnostics/{id}.md</c>.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>A [Model] class, an enclosing type or a node property is not partial.</summary>
    public const string NotPartial = "TG0001";

    /// <summary>From/merge names a node that does not exist.</summary>
    public const string UnknownNode = "TG0002";

    /// <summary>The graph has a cycle.</summary>
    public const string Cycle = "TG0003";

    /// <summary>The model has no [Input] or no [Output].</summary>
    public const string MissingInputOrOutput = "TG0004";

    /// <summary>An element-wise merge of mismatched shapes.</summary>
    public const string MergeShapeMismatch = "TG0005";

    /// <summary>Concatenate inputs disagree outside the concat axis.</summary>
    public const string ConcatShapeMismatch = "TG0006";

    /// <summary>A layer cannot take the rank or layout of its input.</summary>
    public const string UnsupportedRank = "TG0007";

    /// <summary>A size needed to allocate weights is symbolic.</summary>
    public const string SymbolicWeightSize = "TG0008";

    /// <summary>A dimension becomes zero or negative.</summary>
    public const string NonPositiveDimension = "TG0009";

    /// <summary>An attribute argument is invalid.</summary>
    public const string InvalidArgument = "TG0010";

    /// <summary>An output's loss does not fit the output (binary cross-entropy on a 10-way softmax …).</summary>
    public const string LossMismatch = "TG0012";

    /// <summary>A node does not reach any output.</summary>
    public const string Unreachable = "TG0011";

    /// <summary>A callback monitors a <c>val_</c> value but the <c>Fit</c> call has no validation data.</summary>
    public const string MonitorWithoutValidation = "TG0020";

    /// <summary>A callback monitors a name the model never logs.</summary>
    public const string UnknownMonitor = "TG0021";

    /// <summary>A callback's <c>mode</c> contradicts the direction of its monitor (<c>Min</c> on an accuracy, <c>Max</c> on a loss).</summary>
    public const string MonitorModeMismatch = "TG0022";

    /// <summary><c>Fit</c> or <c>Evaluate</c> is called on a model none of whose outputs has a loss.</summary>
    public const string UntrainableModel = "TG0023";

    /// <summary>A <c>[Choice]</c> lists values of different types (or none, or an unsupported one).</summary>
    public const string MixedChoice = "TG0030";

    /// <summary>A hyper-parameter's values do not have its property's type (or a <c>[Range]</c> is on a bool/string property).</summary>
    public const string HyperParameterValueType = "TG0031";

    /// <summary>A <c>[Range]</c> is empty: min &gt; max, a bound not finite, a negative step, an int range without an integer.</summary>
    public const string EmptyRange = "TG0032";

    /// <summary>A <c>[Range]</c> with <c>Log = true</c> has min ≤ 0 (or a step factor ≤ 1).</summary>
    public const string InvalidLogRange = "TG0033";

    /// <summary>A node argument names (by <c>nameof</c>) something that is not a hyper-parameter.</summary>
    public const string UnknownHyperParameter = "TG0034";

    /// <summary>A hyper-parameter of the wrong type for the argument (a double where an int size is needed …).</summary>
    public const string HyperParameterTypeMismatch = "TG0035";

    /// <summary>A hyper-parameter property has the wrong form (type, static, setter, both attributes, a node attribute too).</summary>
    public const string InvalidHyperParameterProperty = "TG0036";

    /// <summary>A hyper-parameter has the name of a generated member (<c>HyperParameters</c>, <c>Summary</c> …).</summary>
    public const string ReservedHyperParameterName = "TG0037";

    /// <summary>An input's symbolic dimension has the name of a hyper-parameter.</summary>
    public const string SymbolNamedLikeHyperParameter = "TG0038";

    /// <summary>A <c>Tuner</c>'s objective names a value its model never logs.</summary>
    public const string TunerObjectiveNeverLogged = "TG0040";

    /// <summary>A property carries more than one node attribute.</summary>
    public const string MultipleNodeAttributes = "TG0100";

    /// <summary>A non-input node has nothing declared above it and no From.</summary>
    public const string MissingFrom = "TG0101";

    /// <summary>A node property is not of type TypedGraph.Node, or is static, or has a setter.</summary>
    public const string InvalidNodeProperty = "TG0102";

    /// <summary>[Output] on a property without a node attribute.</summary>
    public const string OutputWithoutNode = "TG0103";

    /// <summary>The model class is generic or nested in a generic type.</summary>
    public const string GenericModel = "TG0104";

    /// <summary>A shared layer is applied to an input whose weight-relevant sizes differ from the original's.</summary>
    public const string SharedInputMismatch = "TG0105";

    /// <summary>A submodel's input does not fit the node bound to it.</summary>
    public const string SubmodelInputMismatch = "TG0106";

    /// <summary>A node's name collides with a member every generated model has (Summary, Fit, Inputs …).</summary>
    public const string ReservedNodeName = "TG0107";

    /// <summary>Ensemble members of different [Model] classes whose inputs or outputs disagree position by position.</summary>
    public const string EnsembleMemberMismatch = "TG0041";
}
