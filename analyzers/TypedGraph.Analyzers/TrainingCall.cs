using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TypedGraph.Analyzers;

/// <summary>
/// Reads a <c>Fit</c> call as far as it can be followed without running it: whether it has validation data, and the
/// monitors of the callbacks it certainly receives. Values are followed through <see cref="ValueFlow"/>; anything it
/// cannot follow (a parameter, a method call, a local or field written more than once or handed to other code) yields
/// nothing, so the analyzers only report what is certain.
/// </summary>
internal static class TrainingCall
{
    public const string ModelBaseMetadataName = "TypedGraph.Model`3";
    public const string CallbacksNamespace = "TypedGraph.Callbacks";
    public const string ModelNamespace = "TypedGraph";
    public const string FitName = "Fit";
    public const string EvaluateName = "Evaluate";
    public const string CallbacksParameter = "callbacks";
    public const string ValidationDataParameter = "validationData";
    public const string ValidationSplitParameter = "validationSplit";
    public const string ValidationBatchesParameter = "validationBatches";
    public const string MonitorParameter = "monitor";

    /// <summary>The callbacks that monitor a value (Keras: their default monitor is <c>val_loss</c>).</summary>
    private static readonly HashSet<string> s_monitoringCallbacks = ["EarlyStopping", "ModelCheckpoint", "ReduceLROnPlateau"];

    /// <summary>A monitored name, the callback class that monitors it and where to report (the argument, or the creation when the default applies).</summary>
    public readonly record struct Monitor(string Name, string Callback, Location Location);

    public static bool IsFit(IInvocationOperation invocation, INamedTypeSymbol modelBase) =>
        invocation.TargetMethod.Name == FitName
        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType?.OriginalDefinition, modelBase);

    /// <summary>
    /// False only when none of <c>validationData</c>, <c>validationSplit</c> (tensor <c>Fit</c>) and
    /// <c>validationBatches</c> (streaming <c>Fit</c>) is given a value other than null / 0.
    /// </summary>
    public static bool HasValidation(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is null)
            {
                continue;
            }

            var value = ValueFlow.Unwrap(argument.Value);
            switch (argument.Parameter.Name)
            {
                case ValidationDataParameter when !IsNull(value):
                    return true;
                case ValidationSplitParameter when !IsZero(ValueFlow.Constant(value, cancellationToken)):
                    return true;
                case ValidationBatchesParameter when !IsNull(value):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The parameters through which the called <c>Fit</c> overload takes validation data, in declaration order:
    /// <c>validationData</c> and <c>validationSplit</c> for the tensor <c>Fit</c>, <c>validationBatches</c> for the
    /// streaming one.
    /// </summary>
    public static ImmutableArray<string> ValidationParameters(IInvocationOperation invocation) =>
        invocation.TargetMethod.Parameters
            .Select(p => p.Name)
            .Where(name => name is ValidationDataParameter or ValidationSplitParameter or ValidationBatchesParameter)
            .ToImmutableArray();

    /// <summary>The monitors of the callbacks this call certainly receives.</summary>
    public static IEnumerable<Monitor> Monitors(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var callbacks = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == CallbacksParameter);
        if (callbacks is null || callbacks.ArgumentKind == ArgumentKind.DefaultValue)
        {
            yield break;
        }

        foreach (var element in ValueFlow.Elements(callbacks.Value, cancellationToken))
        {
            if (Callback(element, cancellationToken) is { } creation && MonitorOf(creation, cancellationToken) is { } monitor)
            {
                yield return monitor;
            }
        }
    }

    /// <summary>Whether <paramref name="argument"/> is the <c>callbacks</c> argument of a model's <c>Fit</c>.</summary>
    public static bool IsCallbacksArgument(IArgumentOperation argument) =>
        argument is { Parameter: { Name: CallbacksParameter, RefKind: RefKind.None }, Parent: IInvocationOperation call }
        && call.TargetMethod.Name == FitName
        && IsModelMethod(call.TargetMethod);

    /// <summary>Whether <paramref name="method"/> is declared by <c>TypedGraph.Model&lt;TInputs, TOutputs, TTargets&gt;</c>.</summary>
    public static bool IsModelMethod(IMethodSymbol method) =>
        method.ContainingType?.OriginalDefinition is { MetadataName: "Model`3" } type
        && type.ContainingNamespace?.ToDisplayString() == ModelNamespace;

    /// <summary>The simple name of the invoked member: <c>model.Fit(…)</c>, <c>model?.Fit(…)</c>, <c>Fit(…)</c>; null for other forms.</summary>
    public static SimpleNameSyntax? InvokedName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        IdentifierNameSyntax identifier => identifier,
        _ => null,
    };

    /// <summary>
    /// The monitor of a monitoring callback's creation: the <c>monitor</c> argument when its value is certain (a literal,
    /// a constant, a local or private field set once to one), its default when omitted; null otherwise.
    /// </summary>
    public static Monitor? MonitorOf(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        if (creation is not { Type: INamedTypeSymbol type, Constructor: not null }
            || type.ContainingNamespace?.ToDisplayString() != CallbacksNamespace
            || !s_monitoringCallbacks.Contains(type.MetadataName))
        {
            return null;
        }

        // An object initializer may set the monitor after construction: do not guess.
        if (creation.Initializer is { } initializer
            && initializer.Initializers.OfType<IAssignmentOperation>().Any(a => a.Target is IMemberReferenceOperation m && string.Equals(m.Member.Name, MonitorParameter, System.StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var argument = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == MonitorParameter);
        if (argument?.Parameter is not { Type.SpecialType: SpecialType.System_String } parameter)
        {
            return null;
        }

        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is string byDefault
                ? new Monitor(byDefault, type.Name, creation.Syntax.GetLocation())
                : null;
        }

        return ValueFlow.Constant(argument.Value, cancellationToken) is { HasValue: true, Value: string name }
            ? new Monitor(name, type.Name, argument.Value.Syntax.GetLocation())
            : null;
    }

    /// <summary>The creation of a callback element: inline, or through a local or private field set once.</summary>
    private static IObjectCreationOperation? Callback(IOperation element, CancellationToken cancellationToken) =>
        ValueFlow.Trace(element, v => v as IObjectCreationOperation, cancellationToken);

    private static bool IsNull(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: null }
        || (value is IDefaultValueOperation && value.Type is { } type && (type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T));

    private static bool IsZero(Optional<object?> constant) =>
        constant is { HasValue: true, Value: { } number } && number switch
        {
            double d => d == 0,
            float f => f == 0,
            int i => i == 0,
            long l => l == 0,
            decimal m => m == 0,
            _ => false,
        };
}
