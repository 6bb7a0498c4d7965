using System;
using System.Text;

namespace TypedGraph.Generators.Emitting;

/// <summary>An indent-aware text writer for generated C#: four spaces per level, <c>\n</c> line endings, no trailing spaces.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public IDisposable Block(string header)
    {
        WriteLine(header);
        WriteLine("{");
        _indent++;
        return new Scope(this, "}");
    }

    /// <summary>Indents one level until the returned scope is disposed (for continuation lines).</summary>
    public IDisposable Indent()
    {
        _indent++;
        return new Scope(this, null);
    }

    public override string ToString() => _text.ToString();

    private sealed class Scope(SourceWriter writer, string? closing) : IDisposable
    {
        public void Dispose()
        {
            writer._indent--;
            if (closing is not null)
            {
                writer.WriteLine(closing);
            }
        }
    }
}
