using Microsoft.CodeAnalysis;

namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// Every TypedGraph diagnostic, in one place: id, severity, category, title and message format. Ids are public contract
/// (see docs/diagnostics); each has a help page at <c>docs/diagnostics/{id}.md</c>. The parser and graph analysis create
/// <see cref="GraphDiagnostic"/>s from these descriptors (so their severity and argument count come from here), and the
/// analyzers report them with the same descriptors.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpLinkBase = "https://github.com/typedgraph/typedgraph/blob/main/docs/diagnostics/";
    private const string Declaration = "TypedGraph.Declaration";
    private const string Shapes = "TypedGraph.Shapes";
    private const string Training = "TypedGraph.Training";
    private const string SearchSpace = "TypedGraph.SearchSpace";

    public static readonly DiagnosticDescriptor NotPartial = Error(
        DiagnosticIds.NotPartial, Declaration,
        "Model declarations must be partial",
        "{0} must be declared partial so that TypedGraph can generate its implementation");

    public static readonly DiagnosticDescriptor UnknownNode = Error(
        DiagnosticIds.UnknownNode, Declaration,
        "Node reference does not name a node",
        "'{0}' reads '{1}', which is not a node of model '{2}'");

    public static readonly DiagnosticDescriptor Cycle = Error(
        DiagnosticIds.Cycle, Declaration,
        "The graph has a cycle",
        "The graph has a cycle: {0}");

    public static readonly DiagnosticDescriptor MissingInputOrOutput = Error(
        DiagnosticIds.MissingInputOrOutput, Declaration,
        "Model has no input or no output",
        "Model '{0}' has no {1} node");

    public static readonly DiagnosticDescriptor MergeShapeMismatch = Error(
        DiagnosticIds.MergeShapeMismatch, Shapes,
        "Element-wise merge of tensors with different shapes",
        "'{0}' ({1}) merges tensors of different shapes: {2}");

    public static readonly DiagnosticDescriptor ConcatShapeMismatch = Error(
        DiagnosticIds.ConcatShapeMismatch, Shapes,
        "Concatenate inputs disagree outside the concatenation axis",
        "'{0}' concatenates on axis {1}, but its inputs disagree elsewhere: {2}");

    public static readonly DiagnosticDescriptor UnsupportedRank = Error(
        DiagnosticIds.UnsupportedRank, Shapes,
        "Layer cannot take this input rank or layout",
        "'{0}' ({1}) cannot take {2}: {3}");

    public static readonly DiagnosticDescriptor SymbolicWeightSize = Error(
        DiagnosticIds.SymbolicWeightSize, Shapes,
        "A size needed for weights is not known at compile time",
        "'{0}' ({1}) needs a known {2} to allocate its weights, but its input is {3}");

    public static readonly DiagnosticDescriptor NonPositiveDimension = Error(
        DiagnosticIds.NonPositiveDimension, Shapes,
        "A dimension becomes zero or negative",
        "'{0}' ({1}) makes a dimension zero or negative: {2}");

    public static readonly DiagnosticDescriptor InvalidArgument = Error(
        DiagnosticIds.InvalidArgument, Declaration,
        "Invalid layer argument",
        "Invalid argument for '{0}': {1}");

    public static readonly DiagnosticDescriptor Unreachable = new(
        DiagnosticIds.Unreachable,
        "Node does not reach any output",
        "'{0}' does not reach any output: it is computed and never used",
        Declaration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.Unreachable + ".md",
        customTags: WellKnownDiagnosticTags.Unnecessary);

    public static readonly DiagnosticDescriptor LossMismatch = new(
        DiagnosticIds.LossMismatch,
        "Loss does not fit the output",
        "Output '{0}' uses {1} on {2}: {3}",
        Training,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.LossMismatch + ".md");

    public static readonly DiagnosticDescriptor MixedChoice = Error(
        DiagnosticIds.MixedChoice, SearchSpace,
        "[Choice] values must all have one type",
        "The [Choice] values of hyper-parameter '{0}' {1}");

    public static readonly DiagnosticDescriptor HyperParameterValueType = Error(
        DiagnosticIds.HyperParameterValueType, SearchSpace,
        "Hyper-parameter values do not have the property's type",
        "Hyper-parameter '{0}' is {1}, but {2}");

    public static readonly DiagnosticDescriptor EmptyRange = Error(
        DiagnosticIds.EmptyRange, SearchSpace,
        "[Range] is empty",
        "The [Range] of hyper-parameter '{0}' is empty: {1}");

    public static readonly DiagnosticDescriptor InvalidLogRange = Error(
        DiagnosticIds.InvalidLogRange, SearchSpace,
        "Log-scale [Range] needs a positive minimum",
        "The [Range] of hyper-parameter '{0}' is sampled in log space (Log = true), so {1}");

    public static readonly DiagnosticDescriptor UnknownHyperParameter = Error(
        DiagnosticIds.UnknownHyperParameter, SearchSpace,
        "Argument names something that is not a hyper-parameter",
        "'{0}' reads '{1}' for {2}, but '{1}' is not a hyper-parameter of model '{3}'{4}");

    public static readonly DiagnosticDescriptor HyperParameterTypeMismatch = Error(
        DiagnosticIds.HyperParameterTypeMismatch, SearchSpace,
        "Hyper-parameter of the wrong type for the argument",
        "'{0}' needs {1} for {2}, but hyper-parameter '{3}' is {4}");

    public static readonly DiagnosticDescriptor InvalidHyperParameterProperty = Error(
        DiagnosticIds.InvalidHyperParameterProperty, SearchSpace,
        "Hyper-parameter property has the wrong form",
        "Hyper-parameter property '{0}' {1}");

    public static readonly DiagnosticDescriptor ReservedHyperParameterName = Error(
        DiagnosticIds.ReservedHyperParameterName, SearchSpace,
        "Hyper-parameter name collides with a generated member",
        "Hyper-parameter '{0}' has the name of a member every tunable model has ({1}); rename it");

    public static readonly DiagnosticDescriptor SymbolNamedLikeHyperParameter = Error(
        DiagnosticIds.SymbolNamedLikeHyperParameter, SearchSpace,
        "Symbolic dimension has the name of a hyper-parameter",
        "Input '{0}' declares the symbolic dimension \"{1}\", which is also the name of a hyper-parameter; rename one of them");

    public static readonly DiagnosticDescriptor MultipleNodeAttributes = Error(
        DiagnosticIds.MultipleNodeAttributes, Declaration,
        "A node property carries more than one node attribute",
        "'{0}' carries {1} node attributes; a node has exactly one (chain several nodes instead)");

    public static readonly DiagnosticDescriptor MissingFrom = Error(
        DiagnosticIds.MissingFrom, Declaration,
        "Node has no input",
        "'{0}' has no input: no node is declared above it; name one with From = nameof(...)");

    public static readonly DiagnosticDescriptor InvalidNodeProperty = Error(
        DiagnosticIds.InvalidNodeProperty, Declaration,
        "Node property has the wrong form",
        "Node property '{0}' must be an instance property of type TypedGraph.Node with only a getter: public partial Node {0} {{ get; }}");

    public static readonly DiagnosticDescriptor OutputWithoutNode = Error(
        DiagnosticIds.OutputWithoutNode, Declaration,
        "[Output] on a property that is not a node",
        "'{0}' has [Output] but no node attribute; put [Output] beside the attribute of the node it marks");

    public static readonly DiagnosticDescriptor GenericModel = Error(
        DiagnosticIds.GenericModel, Declaration,
        "Model classes cannot be generic",
        "Model '{0}' is generic or nested in a generic type; declare it as a non-generic class");

    public static readonly DiagnosticDescriptor SharedInputMismatch = Error(
        DiagnosticIds.SharedInputMismatch, Shapes,
        "Shared layer applied to an input its weights do not fit",
        "'{0}' applies the layer of '{1}' (built for {2}) to {3}, whose sizes its weights do not fit");

    public static readonly DiagnosticDescriptor SubmodelInputMismatch = Error(
        DiagnosticIds.SubmodelInputMismatch, Shapes,
        "Submodel input does not fit the node bound to it",
        "'{0}' binds input '{2}' of submodel '{1}', declared {3}, to a tensor of shape {4}");

    public static readonly DiagnosticDescriptor ReservedNodeName = Error(
        DiagnosticIds.ReservedNodeName, Declaration,
        "Node name collides with a member of every model",
        "Node '{0}' has the name of a member every TypedGraph model has (its records and Model's API); rename the node");

    public static readonly DiagnosticDescriptor MonitorWithoutValidation = new(
        DiagnosticIds.MonitorWithoutValidation,
        "Callback monitors a validation value but Fit has no validation data",
        "{0} monitors '{1}', but this Fit call has no validationData or validationSplit, so '{1}' is never logged",
        Training,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.MonitorWithoutValidation + ".md");

    public static readonly DiagnosticDescriptor UnknownMonitor = Error(
        DiagnosticIds.UnknownMonitor, Training,
        "Callback monitors a value the model never logs",
        "{0} monitors '{1}', which model '{2}' never logs; it logs: {3}");

    public static readonly DiagnosticDescriptor TunerObjectiveNeverLogged = Error(
        DiagnosticIds.TunerObjectiveNeverLogged, Training,
        "Tuner objective is a value the model never logs",
        "The tuner's objective '{0}' is a value model '{1}' never logs, so no trial could be scored; it logs: {2}");

    public static readonly DiagnosticDescriptor MonitorModeMismatch = new(
        DiagnosticIds.MonitorModeMismatch,
        "Callback mode contradicts the direction of its monitor",
        "{0} monitors '{1}', {2}, but its mode is MonitorMode.{3}, which takes the worst value for the best; use {4}",
        Training,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.MonitorModeMismatch + ".md");

    public static readonly DiagnosticDescriptor UntrainableModel = Error(
        DiagnosticIds.UntrainableModel, Training,
        "Fit or Evaluate on a model without a loss",
        "{0} on model '{1}' always throws: none of its outputs ({2}) has a loss; declare one with [Output(Loss.…)]");

    public static readonly DiagnosticDescriptor EnsembleMemberMismatch = Error(
        DiagnosticIds.EnsembleMemberMismatch, Training,
        "Ensemble members disagree in their inputs or outputs",
        "{0} cannot be combined with {1} in an ensemble: {2}; members must agree position by position in their inputs and outputs");

    /// <summary>What <c>ModelDeclarationAnalyzer</c> reports: the parser's and the graph analysis' diagnostics.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> Declarations =
    [
        NotPartial, UnknownNode, Cycle, MissingInputOrOutput, MergeShapeMismatch, ConcatShapeMismatch, UnsupportedRank,
        SymbolicWeightSize, NonPositiveDimension, InvalidArgument, Unreachable,
        MultipleNodeAttributes, MissingFrom, InvalidNodeProperty, OutputWithoutNode, GenericModel, SharedInputMismatch, SubmodelInputMismatch, ReservedNodeName, LossMismatch,
        MixedChoice, HyperParameterValueType, EmptyRange, InvalidLogRange, UnknownHyperParameter, HyperParameterTypeMismatch,
        InvalidHyperParameterProperty, ReservedHyperParameterName, SymbolNamedLikeHyperParameter,
    ];

    /// <summary>What <c>TrainingCallAnalyzer</c> reports about <c>Fit</c> calls and <c>Tuner</c> creations.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> TrainingCalls =
    [
        MonitorWithoutValidation, UnknownMonitor, TunerObjectiveNeverLogged,
    ];

    /// <summary>What <c>CallbackModeAnalyzer</c> reports about callback creations.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> CallbackModes =
    [
        MonitorModeMismatch,
    ];

    /// <summary>What <c>UntrainableModelAnalyzer</c> reports about <c>Fit</c> and <c>Evaluate</c> calls.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> UntrainableModels =
    [
        UntrainableModel,
    ];

    /// <summary>What <c>EnsembleMemberAnalyzer</c> reports about <c>Ensemble</c> calls.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> EnsembleMembers =
    [
        EnsembleMemberMismatch,
    ];

    /// <summary>Every descriptor, for the tests that check each has a docs page and a release-tracking entry.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> All =
        Declarations.AddRange(TrainingCalls).AddRange(CallbackModes).AddRange(UntrainableModels).AddRange(EnsembleMembers);

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
