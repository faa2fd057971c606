using Compliance.Reports.Rendering;

namespace Compliance.Reports.Tests;

public sealed class TemplateOverrideTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("compliance-templates-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Override_FileInFolder_ReplacesEmbeddedTemplate()
    {
        File.WriteAllText(Path.Combine(folder, "submission.md.hbs"), "自定义 {{Department}} {{Counts.Errors}}");
        using var renderer = new ReportRenderer(new ReportsOptions { TemplateFolder = folder }, new FixedClock());

        Assert.Equal("自定义 武汉市东西湖区大数据中心 3", renderer.RenderSubmission(Fixtures.Submission(), ReportFormat.Markdown));
        Assert.StartsWith("<!DOCTYPE html>", renderer.RenderSubmission(Fixtures.Submission(), ReportFormat.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void Override_LabelFile_ChangesTheWords()
    {
        var labels = File.ReadAllText(Path.Combine(Golden.FindRoot(), "src", "Compliance.Reports", "Templates", "labels.zh-CN.json"))
            .Replace("\"审核报告\"", "\"预审意见\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "labels.zh-CN.json"), labels);
        using var renderer = new ReportRenderer(new ReportsOptions { TemplateFolder = folder }, new FixedClock());

        Assert.Contains("预审意见", renderer.RenderSubmission(Fixtures.Submission(), ReportFormat.Markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\nb\n{{#each Groups}}\nc\n", 3)]
    [InlineData("a\n{{#if BySet}}\nb\n{{/each}}\n", 4)]
    [InlineData("a\nb\nc {{Department\nd", 3)]
    [InlineData("a\n  {{> finding}}\n", 2)]
    public void Load_InvalidTemplate_NamesFileAndLine(string text, int line)
    {
        var path = Path.Combine(folder, "submission.md.hbs");
        File.WriteAllText(path, text);

        var ex = Assert.Throws<TemplateLoadException>(() => new ReportRenderer(new ReportsOptions { TemplateFolder = folder }, new FixedClock()));

        Assert.True(ex.Message.Contains($"{path}:{line}:", StringComparison.Ordinal), ex.Message);
    }

    [Fact]
    public void Load_InvalidLabelJson_NamesFileAndLine()
    {
        var path = Path.Combine(folder, "labels.en.json");
        File.WriteAllText(path, "{\n  \"a\": \"b\",\n  \"c\" \"d\"\n}");

        var ex = Assert.Throws<TemplateLoadException>(() => new ReportRenderer(new ReportsOptions { TemplateFolder = folder }, new FixedClock()));

        Assert.Contains($"{path}:3:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_FileChanged_NextRenderUsesNewTemplate()
    {
        var path = Path.Combine(folder, "submission.md.hbs");
        File.WriteAllText(path, "v1");
        using var catalog = new TemplateCatalog(folder);
        var first = catalog.Current;

        File.WriteAllText(path, "v2 {{Department}}");
        catalog.Reload();

        Assert.NotSame(first, catalog.Current);
        Assert.StartsWith("v2", catalog.Current.Render("submission.md", ReportCultures.Chinese, new { Department = "x" }), StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_SameContent_KeepsCompiledSet()
    {
        File.WriteAllText(Path.Combine(folder, "submission.md.hbs"), "v1");
        using var catalog = new TemplateCatalog(folder);
        var first = catalog.Current;

        File.WriteAllText(Path.Combine(folder, "submission.md.hbs"), "v1");
        catalog.Reload();

        Assert.Same(first, catalog.Current);
    }

    [Fact]
    public void Options_UnknownCulture_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ReportRenderer(new ReportsOptions { Culture = "fr" }, new FixedClock()));
}
