using System.Text;

namespace Compliance.Cli.Generation.Text;

/// <summary>How table rows are laid out: tab-separated extraction, or space-aligned as <c>pdftotext -layout</c> prints.</summary>
internal enum TextLayout
{
    Tab,
    Space,
}

/// <summary>
/// A block of table rows written as tab-separated cells or padded with spaces into aligned columns.
/// Space alignment counts characters, not display width: <c>pdftotext -layout</c> places each glyph, Chinese or
/// not, in one character column, so in its output a column starts at the same string offset on every line
/// (checked on the 普陀区 2024 决算 PDFs in /work/shared/samples/peer).
/// </summary>
internal sealed class TextGrid
{
    private const int Gap = 3;
    private readonly List<string[]> rows = [];
    private readonly string alignment;

    /// <param name="alignment">One letter per column, L or R; columns past the end are right-aligned (amounts).</param>
    public TextGrid(string alignment = "L") => this.alignment = alignment;

    public TextGrid Add(params string?[] cells)
    {
        rows.Add(cells.Select(c => c ?? "").ToArray());
        return this;
    }

    public IEnumerable<string> Lines(TextLayout layout) => layout == TextLayout.Tab ? TabLines() : SpaceLines();

    private IEnumerable<string> TabLines() => rows.Select(r => string.Join('\t', r));

    private IEnumerable<string> SpaceLines()
    {
        var columns = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < columns; c++)
            {
                var cell = c < row.Length ? row[c] : "";
                var right = c >= alignment.Length || alignment[c] == 'R';
                line.Append(right ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
                line.Append(' ', Gap);
            }

            yield return line.ToString().TrimEnd();
        }
    }
}
