using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests;

/// <summary>
/// The C# a user copies from the documentation compiles as pasted: every <c>```csharp</c> block of README.md, and the
/// blocks of docs/guide.md marked <c>&lt;!-- compile --&gt;</c> on the line before, each compiled on its own as a
/// console program (top-level statements, the SDK's implicit usings) against the runtime and TorchSharp, with the real
/// generator and both analyzers: no error, and no TG diagnostic of any severity.
/// </summary>
public sealed class DocumentationSnippetTests
{
    private const string CompileMarker = "<!-- compile -->";

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, blocks) in AllSnippets())
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles_as_pasted(string file, int index)
    {
        var (line, code) = AllSnippets().Single(s => s.File == file).Blocks[index];

        var diagnostics = TestCompilation.GenerateAndAnalyzeProgram(code);

        var wrong = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id.StartsWith("TG", StringComparison.Ordinal))
            .ToList();
        Assert.True(wrong.Count == 0, $"{file}, block at line {line}:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    [Fact]
    public void The_readme_has_snippets_and_the_guide_marks_some()
    {
        var all = AllSnippets().ToDictionary(s => s.File, s => s.Blocks.Count);

        Assert.True(all["README.md"] >= 1, "README.md has no ```csharp block");
        Assert.True(all["docs/guide.md"] >= 1, "docs/guide.md marks no block with " + CompileMarker);
    }

    private static IEnumerable<(string File, IReadOnlyList<(int Line, string Code)> Blocks)> AllSnippets()
    {
        yield return ("README.md", Blocks(Read("README.md"), markedOnly: false));
        yield return ("docs/guide.md", Blocks(Read(Path.Combine("docs", "guide.md")), markedOnly: true));
    }

    private static string Read(string relative) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documentation", relative));

    /// <summary>The ```csharp blocks of a markdown text (only those after a compile marker line when <paramref name="markedOnly"/>).</summary>
    private static List<(int Line, string Code)> Blocks(string markdown, bool markedOnly)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var marked = i > 0 && lines[i - 1].Trim() == CompileMarker;
            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            if (marked || !markedOnly)
            {
                blocks.Add((i + 1, string.Join('\n', lines[start..end])));
            }

            i = end;
        }

        return blocks;
    }
}
