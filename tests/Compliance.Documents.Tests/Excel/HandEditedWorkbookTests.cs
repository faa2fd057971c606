namespace Compliance.Documents.Tests.Excel;

public class HandEditedWorkbookTests
{
    // Sheet 表1 (summary): title row 1, unit row 2, headers row 3, 栏次 row 4, data rows 5–10; figures in column E.
    // Three blank rows inserted at row 8 move rows 8–10 to 11–13.
    [Fact]
    public void Read_WorkbookEditedByHand_ReadsEveryFigure()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        var percent = edit.AddStyle(10);
        edit.Formula("表1", "E7", "SUM(E5:E6)", "3946.7199999999998");
        edit.Text("表1", "E8", "3,800.00");
        edit.Text("表1", "E9", "１４６．７２");
        edit.SharedText("表1", "D10", "本年支出合计");
        edit.Merge("表1", "B2:C2");
        edit.InsertBlankRows("表1", 8, 3);
        edit.Rename("表1", "收支总表（修改稿）");
        edit.Hide("表2");
        edit.Merge("表2", "D3:D4");
        edit.AddSheet("辅助计算", hidden: true, ("A1", "临时"), ("B2", "=1+1"));
        edit.Number("绩效自评", "F4", "0.9261", percent);

        var document = Drafts.Read(edit.Save());

        var summary = document.Table("summary")!;
        Assert.Equal(3946.72m, summary.Rows.Single(r => r.Key == "income.total").Value("amount"));
        Assert.Equal("3946.72", summary.Rows.Single(r => r.Key == "income.total").Value("amount")!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3800.00m, summary.Rows.Single(r => r.Code == "201").Value("amount"));
        Assert.Equal(146.72m, summary.Rows.Single(r => r.Code == "208").Value("amount"));
        Assert.Equal("收支总表（修改稿）!E12", summary.Rows.Single(r => r.Code == "208").SourceCells!["amount"].Replace("'", "", StringComparison.Ordinal));
        Assert.Null(summary.Rows.Single(r => r.Key == "income.fund").Value("amount"));
        var sangong = document.Table("sangong")!;
        Assert.Equal(["1", "2"], sangong.Columns.Select(c => c.Number));
        Assert.Equal(9.10m, sangong.Rows.Single(r => r.Key == "abroad").Value("final"));
        Assert.True(document.Table("governmentFund")!.StatedEmpty);
        Assert.Equal(92.61m, document.SelfEvaluations.Single().StatedRate);
    }

    [Fact]
    public void Read_FormulaWithoutCachedValue_NamesTheCell()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        edit.Formula("表1", "E7", "SUM(E5:E6)", cached: null);

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(edit.Save()));

        Assert.Contains("表1!E7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("缓存值", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ErrorValue_NamesTheCellAndTheError()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        edit.Error("表2", "F5", "#DIV/0!");

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(edit.Save()));

        Assert.Contains("表2!F5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("#DIV/0!", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextThatIsNotAnAmount_NamesTheCell()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        edit.Text("表1", "E8", "约三千八百万");

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(edit.Save()));

        Assert.Contains("表1!E8", ex.Message, StringComparison.Ordinal);
        Assert.Contains("约三千八百万", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownHeader_NamesTheCellAndTheColumnsItCouldBe()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        edit.Text("表2", "F3", "实际支出数");

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(edit.Save()));

        Assert.Contains("表2!F3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("实际支出数", ex.Message, StringComparison.Ordinal);
        Assert.Contains("决算数", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownVisibleSheet_IsAnErrorNamingSheetAndCell()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        edit.AddSheet("Sheet9", hidden: false, ("A1", "备忘：下周再核对"));

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(edit.Save()));

        Assert.Contains("Sheet9!A1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FiguresWithoutName_NamesTheNameCell()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        edit.Number("表1", "E12", "12.50");

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(edit.Save()));

        Assert.Contains("表1!D12", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownRowType_NamesTheCell()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        edit.Text("项目绩效目标", "A5", "备注");

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(edit.Save()));

        Assert.Contains("项目绩效目标!A5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IndicatorBeforeAnyProject_NamesTheCell()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        edit.Text("项目绩效目标", "A4", "绩效指标");

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(edit.Save()));

        Assert.Contains("项目绩效目标!A4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingDepartment_NamesTheCellToFill()
    {
        using var edit = new WorkbookEditor(Drafts.Workbook());
        edit.Text("填表说明", "B3", " ");

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(edit.Save()));

        Assert.Contains("填表说明!B3", ex.Message, StringComparison.Ordinal);
    }
}
