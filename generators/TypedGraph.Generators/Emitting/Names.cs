using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedGraph.Generators.Emitting;

/// <summary>Name conventions of generated code: snake_case module and log names, camelCase locals.</summary>
internal static class Names
{
    /// <summary><c>EncodedText</c> → <c>encoded_text</c>, <c>Hidden1</c> → <c>hidden1</c>, <c>HTTPServer</c> → <c>http_server</c>.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((previousIsLowerOrDigit || endsAcronym) && text.Length > 0 && text[text.Length - 1] != '_')
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The natural local for a node: <c>EncodedText</c> → <c>encodedText</c> (<c>@base</c> for keywords). Generated
    /// code takes its locals from <see cref="LocalNames"/>, which makes these unique within a model.
    /// </summary>
    public static string Local(string name)
    {
        var local = char.ToLowerInvariant(name[0]) + name.Substring(1);
        return SyntaxFacts.GetKeywordKind(local) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(local) != SyntaxKind.None
            ? "@" + local
            : local;
    }

    /// <summary>The field holding a node's module: <c>_encodedText</c>.</summary>
    public static string Field(string name) => "_" + char.ToLowerInvariant(name[0]) + name.Substring(1);
}
