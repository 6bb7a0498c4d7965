using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TypedGraph.Analyzers;

/// <summary>
/// Follows a value that a training or ensemble call reads back to the one place it was set, when that place is certain:
/// a local declared with an initializer and never written again; a collection local created in place and only read by
/// the calls the analyzers check (<see cref="IsKnownReader"/>) or filled with <c>Add</c>; a private (or, for a single
/// value, readonly) field of a class written once (its initializer, or one assignment in the body of the class's only
/// constructor). Anything else (a parameter, a value written twice or through <c>ref</c>/<c>out</c>, a collection handed
/// to other code, a type declared across files) yields nothing, so the analyzers report only what is certain.
/// <see cref="Trace{T}"/> follows one value, <see cref="Elements"/> the elements of a collection, <see cref="Constant"/>
/// a constant.
/// </summary>
internal static class ValueFlow
{
    private const string AddName = "Add";
    private const string ListMetadataName = "List`1";
    private const string ListNamespace = "System.Collections.Generic";

    /// <summary>How many locals, fields or nested collections are followed before giving up.</summary>
    private const int MaxDepth = 4;

    /// <summary>
    /// The constant a value certainly has: its own constant, or that of the initializer of a local or a private field it
    /// reads (see <see cref="Trace{T}"/>).
    /// </summary>
    public static Optional<object?> Constant(IOperation value, CancellationToken cancellationToken) =>
        Trace(value, v => v.ConstantValue.HasValue ? v : null, cancellationToken) is { } constant ? constant.ConstantValue : default;

    /// <summary>
    /// The first of <paramref name="value"/> and the values it certainly holds that <paramref name="accept"/> takes:
    /// <paramref name="value"/> itself (as written, then without conversions and parentheses), else the initializer of the
    /// local it reads (<see cref="LocalValue"/>) or the one value of the field it reads (<see cref="FieldValue"/>), and so
    /// on, up to four steps; null when none is accepted or the chain cannot be followed.
    /// </summary>
    public static T? Trace<T>(IOperation value, Func<IOperation, T?> accept, CancellationToken cancellationToken)
        where T : class
    {
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var unwrapped = Unwrap(value);
            if ((accept(value) ?? accept(unwrapped)) is { } accepted)
            {
                return accepted;
            }

            IOperation? next = unwrapped switch
            {
                ILocalReferenceOperation local => LocalValue(local),
                IFieldReferenceOperation field => FieldValue(field, collection: false, cancellationToken),
                _ => null,
            };
            if (next is null)
            {
                return null;
            }

            value = next;
        }

        return null;
    }

    /// <summary>
    /// The elements of a collection value: collection expressions (with their spreads), array creations, collection
    /// initializers, and locals or private fields holding one (a local's <c>Add</c> statements that run before the
    /// read included, see <see cref="TryLocalCollection"/>); nothing for a collection that cannot be followed.
    /// </summary>
    public static IEnumerable<IOperation> Elements(IOperation collection, CancellationToken cancellationToken) =>
        Elements(collection, depth: 0, cancellationToken);

    /// <summary>The initializer of a local that is declared with one and never written afterwards; otherwise null.</summary>
    public static IOperation? LocalValue(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.IsRef)
        {
            return null;
        }

        IOperation? value = null;
        foreach (var operation in Root(reference).Descendants())
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
                    if (use.IsDeclaration || IsWrite(use))
                    {
                        return null;
                    }

                    break;
            }
        }

        return value;
    }

    /// <summary>
    /// A collection local created in place (a collection expression, an array or a <c>new</c> collection) whose every
    /// other use is a read by a checked call (<see cref="IsKnownReader"/>), a spread <c>[.. list]</c> or, for a
    /// <c>List&lt;T&gt;</c>, an <c>Add(…)</c> statement: its creation, and the arguments of the <c>Add</c> statements that
    /// certainly run before <paramref name="reference"/> (statements earlier in a block that encloses it). False when
    /// the local is written again, handed to other code, or changed otherwise (<c>Clear</c>, <c>Remove</c>, an element
    /// assignment).
    /// </summary>
    public static bool TryLocalCollection(ILocalReferenceOperation reference, out IOperation creation, out ImmutableArray<IOperation> added)
    {
        creation = reference;
        added = ImmutableArray<IOperation>.Empty;
        var local = reference.Local;
        if (local.IsRef)
        {
            return false;
        }

        var isList = IsList(local.Type);
        var root = Root(reference);
        IOperation? value = null;
        var adds = new List<IInvocationOperation>();
        var jumps = false;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (value is not null || declarator.GetVariableInitializer() is not { } initializer)
                    {
                        return false;
                    }

                    value = initializer.Value;
                    break;
                case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local):
                    if (use.IsDeclaration || IsWrite(use))
                    {
                        return false;
                    }

                    if (AddStatement(use, isList) is { } add)
                    {
                        adds.Add(add);
                    }
                    else if (!IsCollectionRead(use))
                    {
                        return false;
                    }

                    break;
                case IBranchOperation { BranchKind: BranchKind.GoTo }:
                    jumps = true;
                    break;
            }
        }

        if (value is null || !IsCreatedInPlace(value))
        {
            return false;
        }

        creation = value;
        added = jumps
            ? ImmutableArray<IOperation>.Empty
            : adds.Where(add => RunsBefore(add.Parent!, reference)).Select(add => add.Arguments[0].Value).ToImmutableArray();
        return true;
    }

    /// <summary>
    /// The one value a field of a class is given: its initializer, or the single assignment in the body of the class's
    /// only constructor (of the field's kind, instance or static), when nothing else writes it and every part of the
    /// class is in the tree being analysed. The field is private, or readonly when it is not a collection. With
    /// <paramref name="collection"/>, every read must be by a checked call (as for <see cref="TryLocalCollection"/>) and the
    /// value a collection created in place, so that no other code can change it.
    /// </summary>
    public static IOperation? FieldValue(IFieldReferenceOperation reference, bool collection, CancellationToken cancellationToken)
    {
        // Only the class can write a private field, and only its constructors a readonly one; a readonly collection of
        // any other accessibility can still be changed by other code (Clear, an element assignment), so it must be private.
        var field = reference.Field;
        if (!(field.DeclaredAccessibility == Accessibility.Private || (field.IsReadOnly && !collection))
            || field.IsConst
            || field.ContainingType is not { TypeKind: TypeKind.Class } type
            || reference.SemanticModel is not { } model
            || type.DeclaringSyntaxReferences.IsEmpty
            || type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree != model.SyntaxTree)
            || field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        IOperation? value = null;
        if (field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            if (model.GetOperation(initializer, cancellationToken) is not IFieldInitializerOperation { Value: { } initialValue })
            {
                return null;
            }

            value = initialValue;
        }

        var isList = IsList(field.Type);
        foreach (var declaration in type.DeclaringSyntaxReferences)
        {
            foreach (var name in declaration.GetSyntax(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != field.Name)
                {
                    continue;
                }

                var symbol = model.GetSymbolInfo(name, cancellationToken);
                if (!SymbolEqualityComparer.Default.Equals(symbol.Symbol, field))
                {
                    if (symbol.CandidateSymbols.Contains(field, SymbolEqualityComparer.Default))
                    {
                        return null;
                    }

                    continue;
                }

                if (IsInNameOf(name))
                {
                    continue;
                }

                if (name.Parent is MemberBindingExpressionSyntax)
                {
                    return null;
                }

                SyntaxNode expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                if (model.GetOperation(expression, cancellationToken) is not IFieldReferenceOperation use)
                {
                    return null;
                }

                if (use.Parent is ISimpleAssignmentOperation assignment && assignment.Target == use)
                {
                    if (value is not null || !IsConstructorStatement(assignment, field, model, cancellationToken))
                    {
                        return null;
                    }

                    value = assignment.Value;
                    continue;
                }

                if (IsWrite(use) || (collection && AddStatement(use, isList) is null && !IsCollectionRead(use)))
                {
                    return null;
                }
            }
        }

        return value is not null && (!collection || IsCreatedInPlace(value)) ? value : null;
    }

    private static IEnumerable<IOperation> Elements(IOperation collection, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth)
        {
            return [];
        }

        switch (Unwrap(collection))
        {
            case ICollectionExpressionOperation expression:
                return expression.Elements.SelectMany(e => e is ISpreadOperation spread ? Elements(spread.Operand, depth + 1, cancellationToken) : [e]);
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues;
            case IObjectCreationOperation { Initializer: { } initializer }:
                return initializer.Initializers.OfType<IInvocationOperation>()
                    .Where(add => add.TargetMethod.Name == AddName && add.Arguments.Length == 1)
                    .Select(add => add.Arguments[0].Value);
            case ILocalReferenceOperation local when TryLocalCollection(local, out var creation, out var added):
                return Elements(creation, depth + 1, cancellationToken).Concat(added);
            case IFieldReferenceOperation field when FieldValue(field, collection: true, cancellationToken) is { } value:
                return Elements(value, depth + 1, cancellationToken);
            default:
                return [];
        }
    }

    /// <summary>The operation without the conversions and parentheses around it.</summary>
    public static IOperation Unwrap(IOperation operation)
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

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>Whether a reference to a variable may change it: an assignment target, <c>++</c>, <c>ref</c>/<c>out</c>, a deconstruction, a <c>ref</c> alias.</summary>
    private static bool IsWrite(IOperation use)
    {
        if (use.Syntax.Parent is RefExpressionSyntax)
        {
            return true;
        }

        return use.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == use,
            IIncrementOrDecrementOperation or ITupleOperation or IAddressOfOperation or IInvalidOperation => true,
            IArgumentOperation argument => argument.Parameter is not { RefKind: RefKind.None or RefKind.In },
            _ => false,
        };
    }

    /// <summary>A read that leaves a collection as it is: an argument of a checked call (<see cref="IsKnownReader"/>), or the operand of a spread.</summary>
    private static bool IsCollectionRead(IOperation use)
    {
        var parent = use.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation argument => IsKnownReader(argument),
            ISpreadOperation => true,
            _ => false,
        };
    }

    /// <summary>
    /// The arguments whose collections the analyzers follow, which the called method only reads: the <c>callbacks</c> of
    /// a model's <c>Fit</c> (<see cref="TrainingCall.IsCallbacksArgument"/>) and the <c>others</c> of an
    /// <c>Ensemble</c> method (<see cref="EnsembleMemberAnalyzer.IsOthersArgument"/>).
    /// </summary>
    private static bool IsKnownReader(IArgumentOperation argument) =>
        TrainingCall.IsCallbacksArgument(argument) || EnsembleMemberAnalyzer.IsOthersArgument(argument);

    /// <summary>The <c>list.Add(x);</c> statement whose receiver is <paramref name="use"/>, for a <c>List&lt;T&gt;</c>; otherwise null.</summary>
    private static IInvocationOperation? AddStatement(IOperation use, bool isList) =>
        isList
        && use.Parent is IInvocationOperation { TargetMethod.Name: AddName, Arguments.Length: 1, Parent: IExpressionStatementOperation } add
        && add.Instance == use
            ? add
            : null;

    private static bool IsList(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition: { MetadataName: ListMetadataName } definition }
        && definition.ContainingNamespace?.ToDisplayString() == ListNamespace;

    /// <summary>A new collection (no other variable can refer to it): a collection expression, an array or object creation.</summary>
    private static bool IsCreatedInPlace(IOperation value) =>
        Unwrap(value) is ICollectionExpressionOperation or IArrayCreationOperation or IObjectCreationOperation;

    /// <summary>
    /// Whether <paramref name="statement"/> sits in a block that also holds <paramref name="reference"/>, earlier than the
    /// statement holding it. Not through a local function, which may run before the statement that declares it.
    /// </summary>
    private static bool RunsBefore(IOperation statement, IOperation reference)
    {
        if (statement.Parent is not IBlockOperation block)
        {
            return false;
        }

        for (var node = reference; node.Parent is not null; node = node.Parent)
        {
            if (node is ILocalFunctionOperation)
            {
                return false;
            }

            if (node.Parent == block)
            {
                var before = block.Operations.IndexOf(statement);
                return before >= 0 && before < block.Operations.IndexOf(node);
            }
        }

        return false;
    }

    /// <summary>An assignment that is a top-level statement of the body of the class's only constructor of the field's kind.</summary>
    private static bool IsConstructorStatement(IAssignmentOperation assignment, IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken)
    {
        if (assignment.Parent is not IExpressionStatementOperation { Parent: IBlockOperation { Parent: IConstructorBodyOperation or IMethodBodyOperation } })
        {
            return false;
        }

        var constructors = field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors;
        return model.GetEnclosingSymbol(assignment.Syntax.SpanStart, cancellationToken) is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor
            && constructor.IsStatic == field.IsStatic
            && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, field.ContainingType)
            && constructors.Length == 1;
    }

    private static bool IsInNameOf(SyntaxNode node) =>
        node.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });
}
