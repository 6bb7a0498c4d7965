using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TypedGraph.Analyzers;

/// <summary>
/// Reads a <c>Fit</c> call as far as it can be followed without running it: whether it has validation data, and the
/// monitors of the callbacks it certainly receives. Anything it cannot follow (a value from a field, a parameter, a
/// method call, a local written more than once or handed to other code) yields nothing, so the analyzer only reports
/// what is certain.
/// </summary>
internal static class TrainingCall
{
    public const string ModelBaseMetadataName = "TypedGraph.Model`3";
    public const string CallbacksNamespace = "TypedGraph.Callbacks";
    public const string FitName = "Fit";
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
    public static bool HasValidation(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is null)
            {
                continue;
            }

            var value = Unwrap(argument.Value);
            switch (argument.Parameter.Name)
            {
                case ValidationDataParameter when !IsNull(value):
                    return true;
                case ValidationSplitParameter when !IsZero(value):
                    return true;
                case ValidationBatchesParameter when !IsNull(value):
                    return true;
            }
        }

        return false;
    }

    /// <summary>The monitors of the callbacks this call certainly receives.</summary>
    public static IEnumerable<Monitor> Monitors(IInvocationOperation invocation)
    {
        var callbacks = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == CallbacksParameter);
        if (callbacks is null || callbacks.ArgumentKind == ArgumentKind.DefaultValue)
        {
            yield break;
        }

        foreach (var element in Elements(callbacks.Value, depth: 0))
        {
            if (MonitorOf(element) is { } monitor)
            {
                yield return monitor;
            }
        }
    }

    /// <summary>The elements of a collection value: collection expressions, array creations, collection initializers, or a local holding one.</summary>
    private static IEnumerable<IOperation> Elements(IOperation collection, int depth)
    {
        if (depth > 4)
        {
            return [];
        }

        switch (Unwrap(collection))
        {
            case ICollectionExpressionOperation expression:
                return expression.Elements.SelectMany(e => e is ISpreadOperation spread ? Elements(spread.Operand, depth + 1) : [e]);
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues;
            case IObjectCreationOperation { Initializer: { } initializer }:
                return initializer.Initializers.OfType<IInvocationOperation>()
                    .Where(add => add.TargetMethod.Name == "Add" && add.Arguments.Length == 1)
                    .Select(add => add.Arguments[0].Value);
            case ILocalReferenceOperation local when SingleValue(local) is { } value:
                return Elements(value, depth + 1);
            default:
                return [];
        }
    }

    private static Monitor? MonitorOf(IOperation element)
    {
        var value = Unwrap(element);
        if (value is ILocalReferenceOperation local)
        {
            value = SingleValue(local) is { } assigned ? Unwrap(assigned) : null;
        }

        if (value is not IObjectCreationOperation { Type: INamedTypeSymbol type, Constructor: { } constructor } creation
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

        return argument.Value.ConstantValue is { HasValue: true, Value: string name }
            ? new Monitor(name, type.Name, argument.Value.Syntax.GetLocation())
            : null;
    }

    /// <summary>
    /// The value of a local that is declared with an initializer and then only read where a callback list or a callback
    /// is expected (a <c>callbacks</c> argument of <c>Fit</c>, an element of a collection); otherwise null.
    /// </summary>
    private static IOperation? SingleValue(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.IsRef || local.IsConst)
        {
            return null;
        }

        var root = reference;
        IOperation top = root;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }

        IOperation? value = null;
        foreach (var operation in top.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (value is not null || declarator.GetVariableInitializer() is not { } initializer)
                    {
                        return null;
                    }

                    value = initializer.Value;
                    break;
                case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local):
                    if (!IsPlainRead(use))
                    {
                        return null;
                    }

                    break;
            }
        }

        return value;
    }

    private static bool IsPlainRead(ILocalReferenceOperation use)
    {
        var parent = use.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation { Parameter: { RefKind: RefKind.None } parameter, Parent: IInvocationOperation call } =>
                (call.TargetMethod.Name == FitName && parameter.Name == CallbacksParameter)
                || (call.TargetMethod.Name == "Add" && call.Parent is IObjectOrCollectionInitializerOperation),
            ICollectionExpressionOperation or IArrayInitializerOperation => true,
            _ => false,
        };
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    private static bool IsNull(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: null }
        || (value is IDefaultValueOperation && value.Type is { } type && (type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T));

    private static bool IsZero(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: { } number } && number switch
        {
            double d => d == 0,
            float f => f == 0,
            int i => i == 0,
            long l => l == 0,
            decimal m => m == 0,
            _ => false,
        };
}
