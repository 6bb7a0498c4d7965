using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedGraph.Differential.Tests.Infrastructure;

/// <summary>
/// Evaluates the text of a symbolic <see cref="Dim"/> (<c>T</c>, <c>T*64</c>, <c>(T-4)/5+1</c>, <c>ceil(H/2)</c>) for
/// concrete symbol sizes. Usual precedence, left-associative; <c>/</c> is floor division and <c>ceil(a/b)</c> is
/// ceiling division, as the summary notation defines them.
/// </summary>
internal sealed class DimExpression
{
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, long> _symbols;
    private int _pos;

    private DimExpression(string text, IReadOnlyDictionary<string, long> symbols)
    {
        _text = text;
        _symbols = symbols;
    }

    public static long Evaluate(string text, IReadOnlyDictionary<string, long> symbols)
    {
        var parser = new DimExpression(text.Replace(" ", string.Empty, StringComparison.Ordinal), symbols);
        var value = parser.Sum();
        if (parser._pos != parser._text.Length)
        {
            throw new FormatException($"Unexpected '{parser._text[parser._pos]}' at {parser._pos} in '{text}'.");
        }

        return value;
    }

    private long Sum()
    {
        var value = Product();
        while (_pos < _text.Length && _text[_pos] is '+' or '-')
        {
            var op = _text[_pos++];
            var right = Product();
            value = op == '+' ? value + right : value - right;
        }

        return value;
    }

    private long Product() => ProductCore(out _);

    /// <summary>A product/quotient chain; <paramref name="lastDivision"/> returns the operands of a final division so
    /// <c>ceil(…)</c> can divide rounding up.</summary>
    private long ProductCore(out (long Numerator, long Denominator)? lastDivision)
    {
        lastDivision = null;
        var value = Atom();
        while (_pos < _text.Length && _text[_pos] is '*' or '/')
        {
            var op = _text[_pos++];
            var right = Atom();
            if (op == '*')
            {
                value *= right;
                lastDivision = null;
            }
            else
            {
                lastDivision = (value, right);
                value = FloorDiv(value, right);
            }
        }

        return value;
    }

    private long Atom()
    {
        if (_text[_pos] == '(')
        {
            _pos++;
            var value = Sum();
            Expect(')');
            return value;
        }

        if (string.CompareOrdinal(_text, _pos, "ceil(", 0, 5) == 0)
        {
            _pos += 5;
            var value = ProductCore(out var division);
            Expect(')');
            if (division is not { } d)
            {
                throw new FormatException($"ceil(…) must hold a division in '{_text}'.");
            }

            _ = value;
            return -FloorDiv(-d.Numerator, d.Denominator);
        }

        var start = _pos;
        if (char.IsDigit(_text[_pos]))
        {
            while (_pos < _text.Length && char.IsDigit(_text[_pos]))
            {
                _pos++;
            }

            return long.Parse(_text.AsSpan(start, _pos - start), CultureInfo.InvariantCulture);
        }

        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        if (start == _pos)
        {
            throw new FormatException($"Unexpected '{_text[_pos]}' at {_pos} in '{_text}'.");
        }

        var name = _text[start.._pos];
        return _symbols.TryGetValue(name, out var size) ? size : throw new FormatException($"Unknown symbol '{name}' in '{_text}'.");
    }

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q;
    }

    private void Expect(char c)
    {
        if (_pos >= _text.Length || _text[_pos] != c)
        {
            throw new FormatException($"Expected '{c}' at {_pos} in '{_text}'.");
        }

        _pos++;
    }
}
