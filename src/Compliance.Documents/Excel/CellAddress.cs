using System.Globalization;

namespace Compliance.Documents.Excel;

/// <summary>A1-style cell addresses, and the <c>Sheet!A1</c> form findings print.</summary>
internal static class CellAddress
{
    /// <summary>Column letters of a 1-based column index (1 → A, 27 → AA).</summary>
    public static string Column(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary><c>C27</c> for row 27, column 3.</summary>
    public static string Of(int row, int column) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>表1!C27</c>; a sheet name with spaces or punctuation is quoted as Excel does (<c>'My sheet'!C27</c>).
    /// </summary>
    public static string Qualified(string sheet, int row, int column)
    {
        var plain = sheet.All(c => char.IsLetterOrDigit(c) || c == '_');
        var name = plain ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
        return name + "!" + Of(row, column);
    }

    /// <summary>Parses <c>C27</c> into (27, 3); false for anything else.</summary>
    public static bool TryParse(string? reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = checked((column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1));
            i++;
        }

        return i > 0 && column <= 16_384
            && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row is > 0 and <= 1_048_576;
    }
}
