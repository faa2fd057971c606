using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Documents.Excel;

/// <summary>
/// How many decimals a cell's number format shows, and whether it shows a percentage: a figure formatted
/// <c>0.00</c> is printed with two decimals, which is the precision the canonical model keeps.
/// </summary>
internal sealed class NumberFormats
{
    private readonly List<(int? Decimals, bool Percent)> byStyle = [];

    public NumberFormats(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            byStyle.Add(custom.TryGetValue(id, out var code) ? FromCode(code) : BuiltIn(id));
        }
    }

    /// <summary>Decimals (null for General) and percent flag of a cell style index.</summary>
    public (int? Decimals, bool Percent) Of(uint? styleIndex) =>
        styleIndex is { } i && i < byStyle.Count ? byStyle[(int)i] : (null, false);

    private static (int? Decimals, bool Percent) BuiltIn(uint id) => id switch
    {
        1 or 3 or 37 or 38 => (0, false),
        2 or 4 or 39 or 40 => (2, false),
        9 => (0, true),
        10 => (2, true),
        _ => (null, false),
    };

    /// <summary>Reads the first section of a format code such as <c>#,##0.00_ ;[Red]-#,##0.00</c>.</summary>
    public static (int? Decimals, bool Percent) FromCode(string code)
    {
        var section = code.Split(';')[0];
        var plain = new System.Text.StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var close = section.IndexOf('"', i + 1);
                i = close < 0 ? section.Length : close;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                var close = section.IndexOf(']', i + 1);
                i = close < 0 ? section.Length : close;
            }
            else
            {
                plain.Append(c);
            }
        }

        var text = plain.ToString();
        if (!text.Contains('0', StringComparison.Ordinal) && !text.Contains('#', StringComparison.Ordinal))
        {
            return (null, false);
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = 0;
        if (point >= 0)
        {
            while (point + 1 + decimals < text.Length && text[point + 1 + decimals] is '0' or '#')
            {
                decimals++;
            }
        }

        return (decimals, text.Contains('%', StringComparison.Ordinal));
    }
}
