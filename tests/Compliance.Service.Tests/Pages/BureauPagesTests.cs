using Compliance.Service.Tests.Infrastructure;
using OpenQA.Selenium;

namespace Compliance.Service.Tests.Pages;

/// <summary>The finance bureau and a supervisor in Chromium: schedules, batch runs, job history, rule sets, digests.</summary>
public sealed class BureauPagesTests(PagesService service) : IClassFixture<PagesService>
{
    [BrowserFact]
    public async Task Schedule_CreatedEditedWithCronValidation_ThenRunStartedAndFinished()
    {
        using var department = service.Client(service.DepartmentAKey);
        var id = await department.UploadIdAsync(TestDocuments.Json(variant: 11));
        await department.WaitForFindingsAsync(id);
        using var browser = new Browser(service.BaseUrl);
        browser.SignIn(ServiceFactory.BootstrapKey);

        browser.Open("/schedules/edit");
        browser.Find("#Form_NewName").SendKeys("nightly-east");
        browser.Find("#Form_Cron").SendKeys("0 30 2 ? * FOO");
        browser.Find("#save").Click();
        Assert.Contains("cron 表达式", browser.WaitFor("#schedule-error").Text, StringComparison.Ordinal);
        browser.Screenshot("schedule-edit");

        browser.Find("#Form_Cron").Clear();
        browser.Find("#Form_Cron").SendKeys("0 30 2 ? * MON-FRI");
        browser.Find("#Form_District").SendKeys("east");
        browser.Find("#save").Click();
        browser.Wait(d => d.Url.EndsWith("/schedules", StringComparison.Ordinal), "the schedules list");
        Assert.Contains("nightly-east", browser.Text("#message"), StringComparison.Ordinal);

        browser.Find("tr[data-schedule='nightly-east'] a.edit").Click();
        Assert.Equal("0 30 2 ? * MON-FRI", browser.Find("#Form_Cron").GetAttribute("value"));
        browser.Find("#Form_Cron").Clear();
        browser.Find("#Form_Cron").SendKeys("0 0 3 ? * SAT");
        browser.Find("#save").Click();
        browser.Wait(d => d.Url.EndsWith("/schedules", StringComparison.Ordinal), "the schedules list after the edit");
        var row = browser.Find("tr[data-schedule='nightly-east']");
        Assert.Contains("0 0 3 ? * SAT", row.Text, StringComparison.Ordinal);
        var fires = row.FindElements(By.CssSelector("td.fires div"));
        Assert.Equal(3, fires.Count);
        Assert.All(fires, f => Assert.EndsWith("03:00:00", f.Text, StringComparison.Ordinal));
        browser.Screenshot("schedules");

        browser.Open("/runs");
        browser.Find("#start").Click();
        browser.Wait(d => d.Url.Contains("/runs/", StringComparison.Ordinal), "the run page");
        browser.Wait(d => d.FindElement(By.Id("run-status")).Text == "已完成" ? "finished" : null, "the run to finish", TimeSpan.FromSeconds(60));
        Assert.Equal("100", browser.Find("#run-progress").GetAttribute("value"));
        Assert.Equal("0", browser.Text("#run-failed"));
        browser.Screenshot("run");
        browser.Open("/runs");
        Assert.Contains("全部报送", browser.Text("#runs"), StringComparison.Ordinal);
        browser.Screenshot("runs");

        using (var bureau = service.Client(ServiceFactory.BootstrapKey))
        {
            await bureau.WaitForJobHistoryAsync("checks.check-submission", h => h.Count > 0);
        }

        browser.Open("/jobs");
        Assert.Contains("检查一份报送", browser.Text("#jobs"), StringComparison.Ordinal);
        browser.Screenshot("jobs");
        browser.Open("/submissions");
        browser.Screenshot("submissions-bureau");
    }

    [BrowserFact]
    public void RuleSets_ListsTheLoadedCatalogue()
    {
        using var browser = new Browser(service.BaseUrl);
        browser.SignIn(ServiceFactory.BootstrapKey);
        browser.Open("/rules");
        var sets = browser.FindAll("#rule-sets tbody tr");
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "rules"), "*.yaml");
        Assert.Equal(files.Length, sets.Count);
        Assert.Contains(sets, r => r.Text.StartsWith("totals", StringComparison.Ordinal) && r.Text.Contains("sha256:", StringComparison.Ordinal));
        Assert.NotNull(browser.Find("#rules-valid"));
        browser.Screenshot("rules");
    }

    [BrowserFact]
    public async Task Digest_ThisWeek_LinksDepartmentToItsSubmissions()
    {
        using var department = service.Client(service.DepartmentBKey);
        var id = await department.UploadIdAsync(TestDocuments.Json(department: "西城区卫健委", variant: 23));
        await department.WaitForFindingsAsync(id);
        using var browser = new Browser(service.BaseUrl);
        browser.SignIn(service.SupervisorKey);
        Assert.EndsWith("/digests", browser.Driver.Url, StringComparison.Ordinal);
        Assert.Empty(browser.FindAll("a[href='/upload']"));
        browser.Screenshot("digests");

        browser.FindAll("#weeks a.week")[0].Click();
        browser.WaitFor("#departments a.department");
        Assert.Contains(browser.FindAll("#departments a.department"), a => a.Text == PagesService.DepartmentB);
        var frame = browser.Find("iframe#report");
        browser.Driver.SwitchTo().Frame(frame);
        Assert.Contains(PagesService.DepartmentB, browser.Text("body"), StringComparison.Ordinal);
        browser.Driver.SwitchTo().DefaultContent();
        browser.Screenshot("digest-week");

        browser.FindAll("#departments a.department").First(a => a.Text == PagesService.DepartmentB).Click();
        browser.Wait(d => d.Url.Contains("department=" + PagesService.DepartmentB, StringComparison.Ordinal), "the department's submissions");
        Assert.All(browser.FindAll("#submissions tbody tr"), r => Assert.Contains(PagesService.DepartmentB, r.Text, StringComparison.Ordinal));
        Assert.NotEmpty(browser.FindAll("#submissions tbody tr"));
    }
}
