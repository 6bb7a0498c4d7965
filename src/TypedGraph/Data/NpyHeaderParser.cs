using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace TypedGraph.Data;

/// <summary>
/// Parses the Python dict literal of a <c>.npy</c> header (<c>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (3, 4), }</c>):
/// string keys, values that are strings, <c>True</c>/<c>False</c> or tuples of integers. A <c>descr</c> that is a list
/// (a structured dtype) is reported as unsupported.
/// </summary>
internal static class NpyHeaderParser
{
    /// <summary>The three fields every header has.</summary>
    /// <param name="Descr">The type string.</param>
    /// <param name="FortranOrder">Column-major data.</param>
    /// <param name="Shape">The shape.</param>
    public readonly record struct Fields(string Descr, bool FortranOrder, long[] Shape);

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="InvalidDataException">The header is malformed or lacks a field.</exception>
    public static Fields Parse(string text, string source)
    {
        var reader = new Reader(text, source);
        string? descr = null;
        bool? fortran = null;
        long[]? shape = null;
        reader.Expect('{');
        while (!reader.TryConsume('}'))
        {
            var key = reader.ReadString();
            reader.Expect(':');
            switch (key)
            {
                case "descr":
                    if (reader.Peek() == '[')
                    {
                        throw new InvalidDataException(
                            $"Cannot read '{source}': it holds a structured array (record dtype); NumPy.Load reads plain numeric and bool arrays only.");
                    }

                    descr = reader.ReadString();
                    break;
                case "fortran_order":
                    fortran = reader.ReadBool();
                    break;
                case "shape":
                    shape = reader.ReadShape();
                    break;
                default:
                    throw reader.Error($"unexpected key '{key}'");
            }

            if (!reader.TryConsume(','))
            {
                reader.Expect('}');
                break;
            }
        }

        if (descr is null || fortran is null || shape is null)
        {
            var missing = descr is null ? "descr" : fortran is null ? "fortran_order" : "shape";
            throw new InvalidDataException($"'{source}' has a malformed .npy header: the key '{missing}' is missing. Header: {text.Trim()}");
        }

        return new Fields(descr, fortran.Value, shape);
    }

    private sealed class Reader(string text, string source)
    {
        private int _at;

        public char Peek()
        {
            SkipSpace();
            return _at < text.Length ? text[_at] : '\0';
        }

        public void Expect(char c)
        {
            if (!TryConsume(c))
            {
                throw Error($"expected '{c}' at offset {_at}");
            }
        }

        public bool TryConsume(char c)
        {
            if (Peek() != c)
            {
                return false;
            }

            _at++;
            return true;
        }

        public string ReadString()
        {
            var quote = Peek();
            if (quote is not ('\'' or '"'))
            {
                throw Error($"expected a quoted string at offset {_at}");
            }

            var end = text.IndexOf(quote, _at + 1);
            if (end < 0)
            {
                throw Error("unterminated string");
            }

            var value = text[(_at + 1)..end];
            _at = end + 1;
            return value;
        }

        public bool ReadBool()
        {
            SkipSpace();
            foreach (var (word, value) in new[] { ("True", true), ("False", false) })
            {
                if (string.CompareOrdinal(text, _at, word, 0, word.Length) == 0)
                {
                    _at += word.Length;
                    return value;
                }
            }

            throw Error($"expected True or False at offset {_at}");
        }

        public long[] ReadShape()
        {
            Expect('(');
            var dims = new List<long>();
            while (!TryConsume(')'))
            {
                SkipSpace();
                var start = _at;
                while (_at < text.Length && char.IsAsciiDigit(text[_at]))
                {
                    _at++;
                }

                if (_at == start || !long.TryParse(text.AsSpan(start, _at - start), NumberStyles.None, CultureInfo.InvariantCulture, out var d))
                {
                    throw Error($"expected a non-negative integer dimension at offset {start}");
                }

                if (_at < text.Length && text[_at] == 'L')
                {
                    _at++; // Python 2 long literal
                }

                dims.Add(d);
                if (!TryConsume(','))
                {
                    Expect(')');
                    break;
                }
            }

            return [.. dims];
        }

        public InvalidDataException Error(string what) =>
            new($"'{source}' has a malformed .npy header ({what}). Header: {text.Trim()}");

        private void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }
}
