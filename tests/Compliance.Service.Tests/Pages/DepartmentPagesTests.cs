using System.Net;
using Compliance.Service.Tests.Infrastructure;
using OpenQA.Selenium;

namespace Compliance.Service.Tests.Pages;

/// <summary>A department's finance officer in Chromium: sign in, upload a real seed document, read its findings.</summary>
public sealed class DepartmentPagesTests(PagesService service) : IClassFixture<PagesService>
{
    private static string Seed => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "seeds", "003_85eec20c42472130.txt"));

    [BrowserFact]
    public void Upload_SeedDocument_ShowsItsFindingsReport()
    {
        using var browser = new Browser(service.BaseUrl);
        browser.SignIn(service.DepartmentAKey);
        Assert.EndsWith("/upload", browser.Driver.Url, StringComparison.Ordinal);
        Assert.Contains("部门 " + PagesService.DepartmentA, browser.Text("#who"), StringComparison.Ordinal);
        Assert.Contains("东城区教育局财务科", browser.Text("#who"), StringComparison.Ordinal);
        browser.Find("#file").SendKeys(Seed);
        browser.Screenshot("upload");

        browser.Find("#upload").Click();
        browser.Wait(d => d.Url.Contains("/submissions/", StringComparison.Ordinal), "the submission page");
        var frame = browser.WaitFor("iframe#report", TimeSpan.FromSeconds(60));
        var summary = browser.Text("#summary");
        Assert.Matches(@"\d+ 项错误", summary);
        browser.Driver.SwitchTo().Frame(frame);
        var report = browser.Wait(d => d.FindElement(By.TagName("body")).Text is { Length: > 0 } text ? text : null, "the report in the frame");
        browser.Driver.SwitchTo().DefaultContent();
        Assert.Contains(PagesService.DepartmentA, report, StringComparison.Ordinal);
        Assert.Contains("万元", report, StringComparison.Ordinal);
        browser.Screenshot("submission");

        browser.Open("/submissions");
        var rows = browser.FindAll("#submissions tbody tr");
        Assert.Contains(rows, r => r.Text.Contains("003_85eec20c42472130.txt", StringComparison.Ordinal) && r.Text.Contains("错误", StringComparison.Ordinal));
        browser.Screenshot("submissions-department");
    }

    [BrowserFact]
    public async Task OpenSubmission_OfAnotherDepartment_IsNotFoundInPagesAndApi()
    {
        using var other = service.Client(service.DepartmentBKey);
        var foreign = await other.UploadIdAsync(TestDocuments.Json(department: "西城区卫健委", variant: 7));
        using var browser = new Browser(service.BaseUrl);
        browser.SignIn(service.DepartmentAKey);

        browser.Open($"/submissions/{foreign}");
        Assert.DoesNotContain("西城区", browser.Text("body"), StringComparison.Ordinal);
        Assert.Empty(browser.FindAll("iframe#report"));
        browser.Open($"/submissions/{foreign}?handler=Report");
        Assert.DoesNotContain("西城区", browser.Text("body"), StringComparison.Ordinal);
        browser.Open($"/submissions?department={PagesService.DepartmentB}");
        Assert.DoesNotContain(browser.FindAll("#submissions a.open"), a => a.GetAttribute("href")!.Contains(foreign, StringComparison.Ordinal));

        using var mine = service.Client(service.DepartmentAKey);
        using var response = await mine.GetAsync(new Uri($"/api/submissions/{foreign}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [BrowserFact]
    public void Upload_MalformedJson_ShowsWhyInThePage()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(bad, "{ \"info\": ");
        try
        {
            using var browser = new Browser(service.BaseUrl);
            browser.SignIn(service.DepartmentAKey);
            browser.Find("#file").SendKeys(bad);
            browser.Find("#upload").Click();
            var error = browser.Wait(d => d.FindElement(By.Id("client-error")) is { Displayed: true } e ? e.Text : null, "the upload error");
            Assert.Contains("文件无法读取", error, StringComparison.Ordinal);
            Assert.EndsWith("/upload", browser.Driver.Url, StringComparison.Ordinal);
            browser.Screenshot("upload-error");
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [BrowserFact]
    public void SignIn_WrongKeyThenSignOut_EndsTheSession()
    {
        using var browser = new Browser(service.BaseUrl);
        browser.Open("/signin");
        browser.Find("#key").SendKeys("ck_not-a-key");
        browser.Find("#signin").Click();
        Assert.Contains("密钥无效", browser.WaitFor("#signin-error").Text, StringComparison.Ordinal);
        browser.Screenshot("signin");

        browser.SignIn(service.DepartmentAKey);
        var cookie = browser.Driver.Manage().Cookies.GetCookieNamed("compliance.session");
        Assert.NotNull(cookie);
        Assert.True(cookie.IsHttpOnly);
        Assert.Equal("Strict", cookie.SameSite);
        browser.Find("#who button").Click();
        browser.Wait(d => d.Url.Contains("/signin", StringComparison.Ordinal), "the sign-in page after signing out");
        browser.Open("/submissions");
        Assert.Contains("/signin", browser.Driver.Url, StringComparison.Ordinal);
    }
}
