using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedGraph.Callbacks;

/// <summary>
/// A file path with Python <c>str.format</c> placeholders, as Keras' <c>ModelCheckpoint</c> takes them:
/// <c>{epoch:02d}</c> (1-based epoch), <c>{val_loss:.2f}</c>, <c>{loss}</c>. Supported format specs: an optional
/// <c>0</c> fill flag and width, an optional <c>.precision</c>, and a type among <c>d</c>, <c>f</c>, <c>e</c>,
/// <c>g</c>, <c>%</c> (or none). <c>{{</c> and <c>}}</c> are literal braces.
/// </summary>
internal sealed class PathTemplate
{
    private readonly List<(string? Literal, string? Name, string Spec)> _parts = [];

    /// <exception cref="ArgumentException">The template is malformed or uses an unsupported format spec.</exception>
    public PathTemplate(string template, string argument)
    {
        Template = template;
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i);
                if (end < 0)
                {
                    throw new ArgumentException($"The path '{template}' has a '{{' without its '}}'.", argument);
                }

                var field = template.Substring(i + 1, end - i - 1);
                var colon = field.IndexOf(':', StringComparison.Ordinal);
                var name = colon < 0 ? field : field[..colon];
                var spec = colon < 0 ? string.Empty : field[(colon + 1)..];
                if (name.Length == 0)
                {
                    throw new ArgumentException($"The path '{template}' has a placeholder without a name; write e.g. {{epoch:02d}}.", argument);
                }

                Format(spec, 0.0, integer: false, template, argument); // rejects unsupported specs now, not at the first save
                Flush(literal);
                _parts.Add((null, name, spec));
                i = end;
            }
            else if (c == '}')
            {
                throw new ArgumentException($"The path '{template}' has a '}}' without its '{{'; write '}}}}' for a literal brace.", argument);
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush(literal);
    }

    /// <summary>The template as given.</summary>
    public string Template { get; }

    /// <summary>Whether the template has no placeholder.</summary>
    public bool IsConstant => !_parts.Exists(p => p.Name is not null);

    /// <summary>The placeholder names, in order.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            foreach (var part in _parts)
            {
                if (part.Name is not null)
                {
                    yield return part.Name;
                }
            }
        }
    }

    /// <summary>The path for the given 0-based epoch and logs (<c>epoch</c> is written 1-based, as Keras does).</summary>
    /// <exception cref="KeyNotFoundException">A placeholder names a value the logs do not hold.</exception>
    public string Render(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        var path = new StringBuilder();
        foreach (var (literal, name, spec) in _parts)
        {
            if (name is null)
            {
                path.Append(literal);
                continue;
            }

            double value;
            if (name == "epoch")
            {
                value = epoch + 1;
            }
            else if (!LogKeys.TryGetValue(logs, name, out value))
            {
                throw new KeyNotFoundException($"The path '{Template}' names '{{{name}}}', which the epoch logs do not hold: {string.Join(", ", logs.Keys)}.");
            }

            path.Append(Format(spec, value, integer: name == "epoch", Template, "path"));
        }

        return path.ToString();
    }

    private void Flush(StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            _parts.Add((literal.ToString(), null, string.Empty));
            literal.Clear();
        }
    }

    /// <summary>Formats <paramref name="value"/> with a Python format spec subset: <c>[0][width][.precision][d|f|e|g|%]</c>; <paramref name="integer"/> values default to <c>d</c>.</summary>
    internal static string Format(string spec, double value, bool integer, string template, string argument)
    {
        var i = 0;
        var zeroFill = false;
        if (i < spec.Length && spec[i] == '0')
        {
            zeroFill = true;
            i++;
        }

        var width = 0;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
        {
            width = (width * 10) + (spec[i++] - '0');
        }

        int? precision = null;
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            var start = i;
            var p = 0;
            while (i < spec.Length && char.IsAsciiDigit(spec[i]))
            {
                p = (p * 10) + (spec[i++] - '0');
            }

            if (i == start)
            {
                throw Unsupported(spec, template, argument);
            }

            precision = p;
        }

        var type = i < spec.Length ? spec[i++] : '\0';
        if (i != spec.Length || type is not ('\0' or 'd' or 'f' or 'e' or 'g' or '%') || (type == 'd' && precision is not null))
        {
            throw Unsupported(spec, template, argument);
        }

        if (integer && type == '\0' && precision is null)
        {
            type = 'd'; // the epoch is an int in Keras: {epoch} is "7", not "7.0"
        }

        var culture = CultureInfo.InvariantCulture;
        string text = type switch
        {
            'd' => Math.Round(value, MidpointRounding.ToEven).ToString("0", culture),
            'f' => value.ToString("F" + (precision ?? 6).ToString(culture), culture),
            '%' => (value * 100).ToString("F" + (precision ?? 6).ToString(culture), culture) + "%",
            'e' => value.ToString((precision ?? 6) == 0 ? "0e+00" : "0." + new string('0', precision ?? 6) + "e+00", culture),
            'g' => value.ToString("G" + Math.Max(precision ?? 6, 1).ToString(culture), culture),
            _ => precision is { } digits ? value.ToString("G" + Math.Max(digits, 1).ToString(culture), culture) : PythonRepr(value),
        };
        if (double.IsNaN(value))
        {
            text = "nan";
        }
        else if (double.IsInfinity(value))
        {
            text = value > 0 ? "inf" : "-inf";
        }

        if (text.Length < width)
        {
            text = zeroFill && !double.IsNaN(value) && !double.IsInfinity(value)
                ? (text.StartsWith('-') ? "-" + text[1..].PadLeft(width - 1, '0') : text.PadLeft(width, '0'))
                : text.PadLeft(width);
        }

        return text;
    }

    private static string PythonRepr(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) || !double.IsFinite(value) ? text : text + ".0";
    }

    private static ArgumentException Unsupported(string spec, string template, string argument) =>
        new($"The path '{template}' uses the format spec ':{spec}', which is not supported; use [0][width][.precision][d|f|e|g|%], e.g. {{epoch:02d}} or {{val_loss:.2f}}.", argument);
}
