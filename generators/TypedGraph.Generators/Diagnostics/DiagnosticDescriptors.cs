using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// Every TypedGraph diagnostic, in one place: id, severity, category, title, message format and the types of the
/// message arguments, each declared once as a <see cref="DiagnosticContract"/> whose type arguments are the format's
/// placeholders in order. Ids are public contract (see docs/diagnostics); each has a help page at
/// <c>docs/diagnostics/{id}.md</c>. The parser and graph analysis create <see cref="GraphDiagnostic"/>s with these
/// contracts and the analyzers report them, and their own diagnostics, with the same descriptors.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpLinkBase = "https://github.com/typedgraph/typedgraph/blob/main/docs/diagnostics/";
    private const string Declaration = "TypedGraph.Declaration";
    private const string Shapes = "TypedGraph.Shapes";
    private const string Training = "TypedGraph.Training";
    private const string SearchSpace = "TypedGraph.SearchSpace";

    public static readonly DiagnosticContract<string> NotPartial = Descriptor(
        DiagnosticIds.NotPartial, Declaration, DiagnosticSeverity.Error,
        "Model declarations must be partial",
        "{0} must be declared partial so that TypedGraph can generate its implementation");

    public static readonly DiagnosticContract<string, string, string> UnknownNode = Descriptor(
        DiagnosticIds.UnknownNode, Declaration, DiagnosticSeverity.Error,
        "Node reference does not name a node",
        "'{0}' reads '{1}', which is not a node of model '{2}'");

    public static readonly DiagnosticContract<string> Cycle = Descriptor(
        DiagnosticIds.Cycle, Declaration, DiagnosticSeverity.Error,
        "The graph has a cycle",
        "The graph has a cycle: {0}");

    public static readonly DiagnosticContract<string, string> MissingInputOrOutput = Descriptor(
        DiagnosticIds.MissingInputOrOutput, Declaration, DiagnosticSeverity.Error,
        "Model has no input or no output",
        "Model '{0}' has no {1} node");

    public static readonly DiagnosticContract<string, MergeKind, string> MergeShapeMismatch = Descriptor(
        DiagnosticIds.MergeShapeMismatch, Shapes, DiagnosticSeverity.Error,
        "Element-wise merge of tensors with different shapes",
        "'{0}' ({1}) merges tensors of different shapes: {2}");

    public static readonly DiagnosticContract<string, int, string> ConcatShapeMismatch = Descriptor(
        DiagnosticIds.ConcatShapeMismatch, Shapes, DiagnosticSeverity.Error,
        "Concatenate inputs disagree outside the concatenation axis",
        "'{0}' concatenates on axis {1}, but its inputs disagree elsewhere: {2}");

    public static readonly DiagnosticContract<string, string, string, string> UnsupportedRank = Descriptor(
        DiagnosticIds.UnsupportedRank, Shapes, DiagnosticSeverity.Error,
        "Layer cannot take this input rank or layout",
        "'{0}' ({1}) cannot take {2}: {3}");

    public static readonly DiagnosticContract<string, string, string, TensorShape> SymbolicWeightSize = Descriptor(
        DiagnosticIds.SymbolicWeightSize, Shapes, DiagnosticSeverity.Error,
        "A size needed for weights is not known at compile time",
        "'{0}' ({1}) needs a known {2} to allocate its weights, but its input is {3}");

    public static readonly DiagnosticContract<string, string, string> NonPositiveDimension = Descriptor(
        DiagnosticIds.NonPositiveDimension, Shapes, DiagnosticSeverity.Error,
        "A dimension becomes zero or negative",
        "'{0}' ({1}) makes a dimension zero or negative: {2}");

    public static readonly DiagnosticContract<string, string> InvalidArgument = Descriptor(
        DiagnosticIds.InvalidArgument, Declaration, DiagnosticSeverity.Error,
        "Invalid layer argument",
        "Invalid argument for '{0}': {1}");

    public static readonly DiagnosticContract<string> Unreachable = Descriptor(
        DiagnosticIds.Unreachable, Declaration, DiagnosticSeverity.Warning,
        "Node does not reach any output",
        "'{0}' does not reach any output: it is computed and never used",
        WellKnownDiagnosticTags.Unnecessary);

    public static readonly DiagnosticContract<string, Loss, string, string> LossMismatch = Descriptor(
        DiagnosticIds.LossMismatch, Training, DiagnosticSeverity.Warning,
        "Loss does not fit the output",
        "Output '{0}' uses {1} on {2}: {3}");

    public static readonly DiagnosticContract<string, string> MixedChoice = Descriptor(
        DiagnosticIds.MixedChoice, SearchSpace, DiagnosticSeverity.Error,
        "[Choice] values must all have one type",
        "The [Choice] values of hyper-parameter '{0}' {1}");

    public static readonly DiagnosticContract<string, string, string> HyperParameterValueType = Descriptor(
        DiagnosticIds.HyperParameterValueType, SearchSpace, DiagnosticSeverity.Error,
        "Hyper-parameter values do not have the property's type",
        "Hyper-parameter '{0}' is {1}, but {2}");

    public static readonly DiagnosticContract<string, string> EmptyRange = Descriptor(
        DiagnosticIds.EmptyRange, SearchSpace, DiagnosticSeverity.Error,
        "[Range] is empty",
        "The [Range] of hyper-parameter '{0}' is empty: {1}");

    public static readonly DiagnosticContract<string, string> InvalidLogRange = Descriptor(
        DiagnosticIds.InvalidLogRange, SearchSpace, DiagnosticSeverity.Error,
        "Log-scale [Range] needs a positive minimum",
        "The [Range] of hyper-parameter '{0}' is sampled in log space (Log = true), so {1}");

    public static readonly DiagnosticContract<string, string, string, string> UnknownHyperParameter = Descriptor(
        DiagnosticIds.UnknownHyperParameter, SearchSpace, DiagnosticSeverity.Error,
        "Argument names something that is not a hyper-parameter",
        "'{0}' reads '{1}' for {2}, but '{1}' is not a hyper-parameter of model '{3}'; declare it as a partial property with [Choice] or [Range], or write a literal");

    public static readonly DiagnosticContract<string, string, string, string, string> HyperParameterTypeMismatch = Descriptor(
        DiagnosticIds.HyperParameterTypeMismatch, SearchSpace, DiagnosticSeverity.Error,
        "Hyper-parameter of the wrong type for the argument",
        "'{0}' needs {1} for {2}, but hyper-parameter '{3}' is {4}");

    public static readonly DiagnosticContract<string, string> InvalidHyperParameterProperty = Descriptor(
        DiagnosticIds.InvalidHyperParameterProperty, SearchSpace, DiagnosticSeverity.Error,
        "Hyper-parameter property has the wrong form",
        "Hyper-parameter property '{0}' {1}");

    public static readonly DiagnosticContract<string, string> ReservedHyperParameterName = Descriptor(
        DiagnosticIds.ReservedHyperParameterName, SearchSpace, DiagnosticSeverity.Error,
        "Hyper-parameter name collides with a generated member",
        "Hyper-parameter '{0}' has the name of a member every tunable model has ({1}); rename it");

    public static readonly DiagnosticContract<string, string> SymbolNamedLikeHyperParameter = Descriptor(
        DiagnosticIds.SymbolNamedLikeHyperParameter, SearchSpace, DiagnosticSeverity.Error,
        "Symbolic dimension has the name of a hyper-parameter",
        "Input '{0}' declares the symbolic dimension \"{1}\", which is also the name of a hyper-parameter; rename one of them");

    public static readonly DiagnosticContract<string, int> MultipleNodeAttributes = Descriptor(
        DiagnosticIds.MultipleNodeAttributes, Declaration, DiagnosticSeverity.Error,
        "A node property carries more than one node attribute",
        "'{0}' carries {1} node attributes; a node has exactly one (chain several nodes instead)");

    public static readonly DiagnosticContract<string> MissingFrom = Descriptor(
        DiagnosticIds.MissingFrom, Declaration, DiagnosticSeverity.Error,
        "Node has no input",
        "'{0}' has no input: no node is declared above it; name one with From = nameof(...)");

    public static readonly DiagnosticContract<string> InvalidNodeProperty = Descriptor(
        DiagnosticIds.InvalidNodeProperty, Declaration, DiagnosticSeverity.Error,
        "Node property has the wrong form",
        "Node property '{0}' must be an instance property of type TypedGraph.Node with only a getter: public partial Node {0} {{ get; }}");

    public static readonly DiagnosticContract<string> OutputWithoutNode = Descriptor(
        DiagnosticIds.OutputWithoutNode, Declaration, DiagnosticSeverity.Error,
        "[Output] on a property that is not a node",
        "'{0}' has [Output] but no node attribute; put [Output] beside the attribute of the node it marks");

    public static readonly DiagnosticContract<string> GenericModel = Descriptor(
        DiagnosticIds.GenericModel, Declaration, DiagnosticSeverity.Error,
        "Model classes cannot be generic",
        "Model '{0}' is generic or nested in a generic type; declare it as a non-generic class");

    public static readonly DiagnosticContract<string, string, TensorShape, TensorShape> SharedInputMismatch = Descriptor(
        DiagnosticIds.SharedInputMismatch, Shapes, DiagnosticSeverity.Error,
        "Shared layer applied to an input its weights do not fit",
        "'{0}' applies the layer of '{1}' (built for {2}) to {3}, whose sizes its weights do not fit");

    public static readonly DiagnosticContract<string, string, string, TensorShape, TensorShape> SubmodelInputMismatch = Descriptor(
        DiagnosticIds.SubmodelInputMismatch, Shapes, DiagnosticSeverity.Error,
        "Submodel input does not fit the node bound to it",
        "'{0}' binds input '{2}' of submodel '{1}', declared {3}, to a tensor of shape {4}");

    public static readonly DiagnosticContract<string> ReservedNodeName = Descriptor(
        DiagnosticIds.ReservedNodeName, Declaration, DiagnosticSeverity.Error,
        "Node name collides with a member of every model",
        "Node '{0}' has the name of a member every TypedGraph model has (its records and Model's API); rename the node");

    /// <summary>{2}: the validation arguments of the <c>Fit</c> overload called (the tensor one and the streaming one differ).</summary>
    public static readonly DiagnosticContract<string, string, IEnumerable<string>> MonitorWithoutValidation = Descriptor(
        DiagnosticIds.MonitorWithoutValidation, Training, DiagnosticSeverity.Warning,
        "Callback monitors a validation value but Fit has no validation data",
        "{0} monitors '{1}', but this Fit call passes no validation data ({2}), so '{1}' is never logged");

    public static readonly DiagnosticContract<string, string, string, IEnumerable<string>> UnknownMonitor = Descriptor(
        DiagnosticIds.UnknownMonitor, Training, DiagnosticSeverity.Error,
        "Callback monitors a value the model never logs",
        "{0} monitors '{1}', which model '{2}' never logs; it logs: {3}");

    public static readonly DiagnosticContract<string, string, IEnumerable<string>> TunerObjectiveNeverLogged = Descriptor(
        DiagnosticIds.TunerObjectiveNeverLogged, Training, DiagnosticSeverity.Error,
        "Tuner objective is a value the model never logs",
        "The tuner's objective '{0}' is a value model '{1}' never logs, so no trial could be scored; it logs: {2}");

    public static readonly DiagnosticContract<string, string, string, string, string> MonitorModeMismatch = Descriptor(
        DiagnosticIds.MonitorModeMismatch, Training, DiagnosticSeverity.Warning,
        "Callback mode contradicts the direction of its monitor",
        "{0} monitors '{1}', {2}, but its mode is MonitorMode.{3}, which takes the worst value for the best; use {4}");

    public static readonly DiagnosticContract<string, string, IEnumerable<string>> UntrainableModel = Descriptor(
        DiagnosticIds.UntrainableModel, Training, DiagnosticSeverity.Error,
        "Fit or Evaluate on a model without a loss",
        "{0} on model '{1}' always throws: none of its outputs ({2}) has a loss; declare one with [Output(Loss.…)]");

    public static readonly DiagnosticContract<string, string, string> EnsembleMemberMismatch = Descriptor(
        DiagnosticIds.EnsembleMemberMismatch, Training, DiagnosticSeverity.Error,
        "Ensemble members disagree in their inputs or outputs",
        "{0} cannot be combined with {1} in an ensemble: {2}; members must agree position by position in their inputs and outputs");

    /// <summary>What <c>ModelDeclarationAnalyzer</c> reports: the parser's and the graph analysis' diagnostics.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> Declarations = Descriptors(
        NotPartial, UnknownNode, Cycle, MissingInputOrOutput, MergeShapeMismatch, ConcatShapeMismatch, UnsupportedRank,
        SymbolicWeightSize, NonPositiveDimension, InvalidArgument, Unreachable,
        MultipleNodeAttributes, MissingFrom, InvalidNodeProperty, OutputWithoutNode, GenericModel, SharedInputMismatch, SubmodelInputMismatch, ReservedNodeName, LossMismatch,
        MixedChoice, HyperParameterValueType, EmptyRange, InvalidLogRange, UnknownHyperParameter, HyperParameterTypeMismatch,
        InvalidHyperParameterProperty, ReservedHyperParameterName, SymbolNamedLikeHyperParameter);

    /// <summary>What <c>TrainingCallAnalyzer</c> reports about <c>Fit</c> calls and <c>Tuner</c> creations.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> TrainingCalls = Descriptors(
        MonitorWithoutValidation, UnknownMonitor, TunerObjectiveNeverLogged);

    /// <summary>What <c>CallbackModeAnalyzer</c> reports about callback creations.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> CallbackModes = Descriptors(MonitorModeMismatch);

    /// <summary>What <c>UntrainableModelAnalyzer</c> reports about <c>Fit</c> and <c>Evaluate</c> calls.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> UntrainableModels = Descriptors(UntrainableModel);

    /// <summary>What <c>EnsembleMemberAnalyzer</c> reports about <c>Ensemble</c> calls.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> EnsembleMembers = Descriptors(EnsembleMemberMismatch);

    /// <summary>Every descriptor, for the tests that check each has a docs page and a release-tracking entry.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All =
        Declarations.AddRange(TrainingCalls).AddRange(CallbackModes).AddRange(UntrainableModels).AddRange(EnsembleMembers);

    // The parameter names (id, category, defaultSeverity) let release tracking (RS2000–RS2008) check each call against
    // AnalyzerReleases.*.md.
    private static DiagnosticDescriptor Descriptor(string id, string category, DiagnosticSeverity defaultSeverity, string title, string messageFormat, params string[] customTags) =>
        new(id, title, messageFormat, category, defaultSeverity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md", customTags: customTags);

    private static ImmutableArray<DiagnosticDescriptor> Descriptors(params DiagnosticContract[] contracts) => [.. contracts.Select(c => c.Descriptor)];
}
