using System.Globalization;
using System.Text;

namespace Compliance.Documents.Excel;

/// <summary>
/// A worksheet as a sparse grid of resolved cells, with its merged ranges, so the sheet readers can look at
/// cells by position without knowing about the package format.
/// </summary>
internal sealed class SheetGrid(string name, bool hidden)
{
    private readonly Dictionary<(int Row, int Column), SheetCell> cells = [];
    private readonly List<(int Top, int Left, int Bottom, int Right)> merges = [];

    /// <summary>Sheet name as the tab shows it.</summary>
    public string Name { get; } = name;

    /// <summary>True for a hidden or very hidden sheet.</summary>
    public bool Hidden { get; } = hidden;

    /// <summary>Last row holding a cell.</summary>
    public int LastRow { get; private set; }

    /// <summary>Last column holding a cell.</summary>
    public int LastColumn { get; private set; }

    public void Set(int row, int column, SheetCell cell)
    {
        cells[(row, column)] = cell;
        LastRow = Math.Max(LastRow, row);
        LastColumn = Math.Max(LastColumn, column);
    }

    public void Merge(int top, int left, int bottom, int right) => merges.Add((top, left, bottom, right));

    /// <summary>The cell itself, or null when blank. Merged cells other than the top-left one are blank.</summary>
    public SheetCell? At(int row, int column) => cells.GetValueOrDefault((row, column));

    /// <summary>
    /// The text a reader sees at a label position: a cell covered by a merged range shows the range's top-left
    /// value, as it does on screen. Whitespace (including full-width) is removed; blank is "".
    /// </summary>
    public string Label(int row, int column) => Normalize(Shown(row, column));

    /// <summary>The text shown at a position, following merged ranges, trimmed but otherwise as typed.</summary>
    public string Shown(int row, int column)
    {
        var cell = At(row, column);
        if (cell is null)
        {
            foreach (var (top, left, bottom, right) in merges)
            {
                if (row >= top && row <= bottom && column >= left && column <= right)
                {
                    cell = At(top, left);
                    break;
                }
            }
        }

        return cell is null ? "" : cell.Value.Trim();
    }

    /// <summary>The plain text of a cell, trimmed; numbers in invariant form; null when blank.</summary>
    public string? Text(int row, int column)
    {
        var cell = At(row, column);
        if (cell is null)
        {
            return null;
        }

        var text = cell.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>True when no cell of the row between the columns holds anything but whitespace.</summary>
    public bool IsBlank(int row, int fromColumn = 1, int toColumn = int.MaxValue)
    {
        for (var column = fromColumn; column <= Math.Min(toColumn, LastColumn); column++)
        {
            if (Text(row, column) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>表1!C27</c>.</summary>
    public string Address(int row, int column) => CellAddress.Qualified(Name, row, column);

    /// <summary>Compatibility-normalised (full-width → ASCII) text without any whitespace, for comparing labels.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({LastRow}×{LastColumn})");
}
