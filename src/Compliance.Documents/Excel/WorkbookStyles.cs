using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Documents.Excel;

/// <summary>The writer's stylesheet and the indices of its cell formats.</summary>
internal static class WorkbookStyles
{
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint Text = 3;
    public const uint Code = 4;
    public const uint Label = 5;
    public const uint Paragraph = 6;
    public const uint Input = 7;

    /// <summary>Most decimals a number style exists for; more precise figures are written in General.</summary>
    public const int MaxDecimals = 6;

    private const uint FirstNumber = 8;
    private const uint General = FirstNumber + MaxDecimals + 1;

    /// <summary>The bordered number style showing exactly <paramref name="decimals"/> decimals.</summary>
    public static uint Number(int decimals) => decimals is >= 0 and <= MaxDecimals ? FirstNumber + (uint)decimals : General;

    public static Stylesheet Create()
    {
        var formats = new NumberingFormats();
        for (var d = 1; d <= MaxDecimals; d++)
        {
            formats.Append(new NumberingFormat { NumberFormatId = (uint)(163 + d), FormatCode = "#,##0." + new string('0', d) });
        }

        formats.Count = (uint)MaxDecimals;
        var fonts = new Fonts(
            Font(11, bold: false),
            Font(14, bold: true),
            Font(11, bold: true))
        { Count = 3 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF9D6" }) { PatternType = PatternValues.Solid }))
        { Count = 4 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 };
        var cellFormats = new CellFormats(
            new CellFormat(),
            Format(0, font: 1, fill: 0, border: 0, HorizontalAlignmentValues.Center),
            Format(0, font: 2, fill: 2, border: 1, HorizontalAlignmentValues.Center, wrap: true),
            Format(0, font: 0, fill: 0, border: 1, HorizontalAlignmentValues.Left),
            Format(49, font: 0, fill: 0, border: 1, HorizontalAlignmentValues.Left),
            Format(0, font: 2, fill: 0, border: 0, HorizontalAlignmentValues.Left),
            Format(0, font: 0, fill: 0, border: 0, HorizontalAlignmentValues.Left, wrap: true),
            Format(49, font: 0, fill: 3, border: 1, HorizontalAlignmentValues.Left));
        for (var d = 0; d <= MaxDecimals; d++)
        {
            cellFormats.Append(Format(d switch { 0 => 3, 2 => 4, _ => (uint)(163 + d) }, font: 0, fill: 0, border: 1, HorizontalAlignmentValues.Right));
        }

        cellFormats.Append(Format(0, font: 0, fill: 0, border: 1, HorizontalAlignmentValues.Right));
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            formats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "常规", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
        return font;
    }

    private static T Side<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };

    private static CellFormat Format(uint numberFormat, uint font, uint fill, uint border, HorizontalAlignmentValues align, bool wrap = false) => new(
        new Alignment { Horizontal = align, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = fill,
        BorderId = border,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
        ApplyFont = font != 0 ? true : null,
        ApplyFill = fill != 0 ? true : null,
        ApplyBorder = border != 0 ? true : null,
        ApplyAlignment = true,
    };
}
