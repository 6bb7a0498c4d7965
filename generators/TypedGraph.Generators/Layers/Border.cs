using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// The rows and columns <c>[ZeroPadding2d]</c> adds or <c>[Cropping2d]</c> removes on each side: the constructor's one size
/// on every side (a literal or an <c>int</c> hyper-parameter, which may be 0), or the named <c>Top</c>, <c>Bottom</c>,
/// <c>Left</c>, <c>Right</c> literals, which override it.
/// </summary>
internal readonly record struct Border(Tunable<int> Top, Tunable<int> Bottom, Tunable<int> Left, Tunable<int> Right)
{
    /// <summary>
    /// Reads the sides from the attribute's values (<paramref name="all"/> is the constructor's size, the others the named
    /// properties as the attribute class set them); every size must be ≥ 0 (TG0010).
    /// </summary>
    public static Border Read(LayerReader reader, string what, int all, int top, int bottom, int left, int right)
    {
        var whole = reader.Data.ConstructorArguments.Length > 0 ? reader.Size(0, what, all, allowZero: true) : new Tunable<int>(0, null);
        Tunable<int> Side(string name, int value) =>
            whole.IsReference && !reader.Sets(name) ? whole : new Tunable<int>(reader.NonNegative(name, name, value), null);

        // The property names are the same on both attributes.
        return new Border(
            Side(nameof(Cropping2dAttribute.Top), top),
            Side(nameof(Cropping2dAttribute.Bottom), bottom),
            Side(nameof(Cropping2dAttribute.Left), left),
            Side(nameof(Cropping2dAttribute.Right), right));
    }

    /// <summary>Top + bottom.</summary>
    public Dim Rows => Sum(Top, Bottom);

    /// <summary>Left + right.</summary>
    public Dim Columns => Sum(Left, Right);

    /// <summary>The declaration: <c>ZeroPadding2d(1)</c>, <c>Cropping2d(Crop)</c>, <c>ZeroPadding2d(Top = 0, Bottom = 1, …)</c>.</summary>
    public string Describe(string attribute) => Top == Bottom && Top == Left && Top == Right
        ? $"{attribute}({Top})"
        : $"{attribute}(Top = {Top}, Bottom = {Bottom}, Left = {Left}, Right = {Right})";

    /// <summary>The constructor argument, when a side reads hyper-parameter <paramref name="name"/> (only the constructor's size can).</summary>
    public string? HyperParameterArgument(string name) =>
        Top.HyperParameter == name || Bottom.HyperParameter == name || Left.HyperParameter == name || Right.HyperParameter == name ? LayerReader.At(0) : null;

    private static Dim Sum(Tunable<int> before, Tunable<int> after) =>
        before == after ? before.ToDim() * Dim.Of(2) : before.ToDim() + after.ToDim();
}
