using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedGraph.Analyzers.Tests.Fuzz;

/// <summary>
/// Token-level mutations of model declarations: deletions and swaps, random attribute arguments (huge, zero, negative,
/// unicode, wrong types), renamed and re-pointed references (unknown nodes, cycles, self-submodels), attributes moved to
/// the wrong targets, duplicated lines, callback modes and monitors. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "2", "3", "7", "64", "1_000_000", "2147483647", "-2147483648", "int.MaxValue", "long.MaxValue",
        "0.0", "0.5", "1.5", "-0.5", "1e308", "double.NaN", "double.PositiveInfinity", "1f", "3L", "'x'", "true", "null",
        "\"T\"", "\"\"", "(byte)1", "DType.Int64", "Activation.Softmax", "Loss.None", "(Loss)42", "(Activation)(-3)", "(Metric)99",
        "MonitorMode.Min", "MonitorMode.Max", "(MonitorMode)7",
    ];

    private static readonly string[] Strings =
    [
        "\"\"", "\" \"", "\"T\"", "\"N\"", "\"Ünïcødé\"", "\"名前\"", "\"🙂\"", "\"not a name\"", "\"class\"", "\"@\"", "\"\\0\"",
        "null", "0", "nameof(Missing)", "\"" + new string('W', 5000) + "\"", "\"val_acc\"", "\"loss\"", "\"val_\"", "\"_acc\"",
    ];

    private static readonly string[] Attributes =
    [
        "Model", "Input", "Output", "Dense", "Dropout", "Activate", "Flatten", "Embedding", "Lstm", "Gru", "SimpleRnn",
        "Conv1d", "Conv2d", "SeparableConv2d", "DepthwiseConv2d", "MaxPool1d", "MaxPool2d", "AvgPool1d", "AvgPool2d",
        "GlobalMaxPool1d", "GlobalMaxPool2d", "GlobalAvgPool1d", "GlobalAvgPool2d", "ZeroPadding2d", "BatchNorm", "LayerNorm",
        "Reshape", "Permute", "Add", "Subtract", "Multiply", "Average", "Maximum", "Concatenate", "Shared", "Submodel", "Custom",
        "Obsolete", "Flags",
    ];

    private static readonly string[] Identifiers = ["Ünïcødé", "名前", "_", "@class", "X", "Node", "Tensor", "Missing", "From", "Inputs", "Outputs", "Targets", "forward", "Dispose"];

    private static readonly string[] Insertions =
    [
        "[Dense(4)]", "[Output(Loss.MeanSquaredError)]", "[Input(\"T\", 3)]", "partial", "static", "public partial Node Extra { get; }",
        ", From = nameof(Extra)", "[Model]", "[Submodel(typeof(object))]", "[Custom(typeof(string), OutputShape = [1])]",
        "[Concatenate(Axis = 99)]", "[Permute(0, 0)]", "[Reshape(-1, -1)]", "[Add]", "{ get; set; }", "new", "<T>", "ref", "}", "{", ";",
        ", mode: MonitorMode.Max", ", monitor: \"val_acc\"", "list.Add(new EarlyStopping());", "goto", "out var", "static readonly",
    ];

    public static string Mutate(string source, Random random, List<string> log)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToList();
        if (tokens.Count < 3)
        {
            return source;
        }

        var texts = tokens.Select(t => t.Text).ToList();
        var leading = tokens.Select(t => t.LeadingTrivia.ToFullString()).ToList();
        var trailing = tokens.Select(t => t.TrailingTrivia.ToFullString()).ToList();
        var identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.Text).Distinct().ToList();
        var i = random.Next(tokens.Count - 1);
        int Pick(Func<SyntaxToken, bool> predicate)
        {
            var candidates = Enumerable.Range(0, tokens.Count).Where(k => predicate(tokens[k])).ToList();
            return candidates.Count == 0 ? i : candidates[random.Next(candidates.Count)];
        }

        switch (random.Next(11))
        {
            case 0:
                log.Add($"delete token {i} '{texts[i]}'");
                texts[i] = string.Empty;
                break;
            case 1:
                log.Add($"swap tokens {i} '{texts[i]}' and {i + 1} '{texts[i + 1]}'");
                (texts[i], texts[i + 1]) = (texts[i + 1], texts[i]);
                break;
            case 2:
                i = Pick(t => t.IsKind(SyntaxKind.NumericLiteralToken));
                var number = Numbers[random.Next(Numbers.Length)];
                log.Add($"number {i} '{texts[i]}' → {number}");
                texts[i] = number;
                break;
            case 3:
                i = Pick(t => t.IsKind(SyntaxKind.StringLiteralToken));
                var text = Strings[random.Next(Strings.Length)];
                log.Add($"string {i} '{texts[i]}' → {(text.Length > 40 ? text[..40] + "…" : text)}");
                texts[i] = text;
                break;
            case 4:
            {
                // Re-point a reference: another identifier of the same file (unknown nodes, cycles, wrong types, self-submodels).
                i = Pick(t => t.IsKind(SyntaxKind.IdentifierToken));
                var other = identifiers[random.Next(identifiers.Count)];
                log.Add($"identifier {i} '{texts[i]}' → {other}");
                texts[i] = other;
                break;
            }

            case 5:
            {
                i = Pick(t => t.IsKind(SyntaxKind.IdentifierToken) && t.GetPreviousToken().IsKind(SyntaxKind.OpenBracketToken));
                i = i > 0 && tokens[i - 1].IsKind(SyntaxKind.OpenBracketToken) ? i : Pick(t => t.IsKind(SyntaxKind.IdentifierToken));
                var attribute = Attributes[random.Next(Attributes.Length)];
                log.Add($"attribute {i} '{texts[i]}' → {attribute}");
                texts[i] = attribute;
                break;
            }

            case 6:
            {
                var identifier = Identifiers[random.Next(Identifiers.Length)];
                i = Pick(t => t.IsKind(SyntaxKind.IdentifierToken));
                log.Add($"rename {i} '{texts[i]}' → {identifier}");
                texts[i] = identifier;
                break;
            }

            case 7:
            {
                var insertion = Insertions[random.Next(Insertions.Length)];
                log.Add($"insert before {i} '{texts[i]}': {insertion}");
                texts[i] = insertion + " " + texts[i];
                break;
            }

            case 8:
            {
                // Move a whole attribute list to another place (wrong targets: on the class, on a method, twice on a node).
                var open = Pick(t => t.IsKind(SyntaxKind.OpenBracketToken) && t.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeListSyntax);
                var close = open;
                while (close < tokens.Count - 1 && !tokens[close].IsKind(SyntaxKind.CloseBracketToken))
                {
                    close++;
                }

                var moved = string.Concat(Enumerable.Range(open, close - open + 1).Select(k => texts[k] + " "));
                var target = random.Next(tokens.Count);
                log.Add($"copy attribute tokens {open}..{close} before {target} '{texts[target]}'");
                texts[target] = moved + texts[target];
                if (random.Next(2) == 0)
                {
                    for (var k = open; k <= close; k++)
                    {
                        texts[k] = string.Empty;
                    }
                }

                break;
            }

            case 9:
            {
                // Duplicate a run of tokens (a node declared twice, an argument repeated).
                var length = 1 + random.Next(Math.Min(12, tokens.Count - i));
                var run = string.Concat(Enumerable.Range(i, length).Select(k => texts[k] + trailing[k]));
                log.Add($"duplicate tokens {i}..{i + length - 1}");
                texts[i] = run + " " + texts[i];
                break;
            }

            default:
            {
                // A reference to a node that reads the current node: likely a cycle.
                var node = Pick(t => t.IsKind(SyntaxKind.IdentifierToken) && t.GetNextToken().IsKind(SyntaxKind.OpenBraceToken));
                var from = Pick(t => t.IsKind(SyntaxKind.CloseParenToken) && t.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax);
                log.Add($"add From = nameof({texts[node]}) at {from}");
                texts[from] = ", From = nameof(" + texts[node] + ")" + texts[from];
                break;
            }
        }

        var result = new StringBuilder(source.Length + 64);
        for (var k = 0; k < tokens.Count; k++)
        {
            result.Append(leading[k]).Append(texts[k]).Append(trailing[k]);
        }

        return result.ToString();
    }
}
