using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TypedGraph.Analyzers;

/// <summary>
/// TG0022: an <c>EarlyStopping</c>, <c>ModelCheckpoint</c> or <c>ReduceLROnPlateau</c> created with a <c>mode</c> that
/// contradicts the direction of its monitor (<c>MonitorMode.Min</c> on an accuracy, <c>Max</c> on a loss or an error).
/// The monitor and the mode are followed as the training-call analysis follows them (literals, constants, locals and
/// private fields set once); when either is not certain, or the name does not tell a direction, nothing is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CallbackModeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Key of the property that carries the mode that fits the monitor (<c>Min</c> or <c>Max</c>), for the code fix.</summary>
    public const string ExpectedModeProperty = "ExpectedMode";

    /// <summary>Key of the property that says (<c>"true"</c>/<c>"false"</c>) whether <c>MonitorMode.Auto</c> would pick the expected mode.</summary>
    public const string AutoAgreesProperty = "AutoAgrees";

    private const string ModeParameter = "mode";
    private const string MonitorModeMetadataName = "TypedGraph.Callbacks.MonitorMode";

    /// <summary>The position of <c>mode</c> in the three callbacks' constructors: fewer positional arguments cannot give it.</summary>
    private const int ModePosition = 3;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.CallbackModes;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var monitorMode = start.Compilation.GetTypeByMetadataName(MonitorModeMetadataName);
            if (monitorMode is null)
            {
                return;
            }

            // Filtered by syntax first: only creations that can pass a mode (a `mode:` argument, or enough positional
            // ones) are bound to operations.
            start.RegisterSyntaxNodeAction(
                node => Analyze(node, monitorMode),
                SyntaxKind.ObjectCreationExpression,
                SyntaxKind.ImplicitObjectCreationExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol monitorMode)
    {
        var syntax = (BaseObjectCreationExpressionSyntax)context.Node;
        if (syntax.ArgumentList is not { } arguments
            || (arguments.Arguments.Count <= ModePosition && !arguments.Arguments.Any(a => a.NameColon?.Name.Identifier.ValueText == ModeParameter))
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IObjectCreationOperation creation
            || TrainingCall.MonitorOf(creation, context.CancellationToken) is not { } monitor
            || MonitorDirection.Of(monitor.Name) is not { } direction)
        {
            return;
        }

        var mode = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == ModeParameter);
        if (mode is null
            || mode.ArgumentKind == ArgumentKind.DefaultValue
            || !SymbolEqualityComparer.Default.Equals(mode.Parameter?.Type, monitorMode)
            || ValueFlow.Constant(mode.Value, context.CancellationToken) is not { HasValue: true, Value: { } value })
        {
            return;
        }

        var given = monitorMode.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value))?.Name;
        if (given is not (MonitorDirection.Min or MonitorDirection.Max) || given == direction.Mode)
        {
            return;
        }

        var use = direction.AutoAgrees ? $"MonitorMode.{direction.Mode} or MonitorMode.Auto" : $"MonitorMode.{direction.Mode}";
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(ExpectedModeProperty, direction.Mode)
            .Add(AutoAgreesProperty, direction.AutoAgrees ? "true" : "false");
        context.ReportDiagnostic(DiagnosticDescriptors.MonitorModeMismatch.Create(
            mode.Value.Syntax.GetLocation(), monitor.Callback, monitor.Name, direction.Description, given, use, properties: properties));
    }
}
