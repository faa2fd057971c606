using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Compliance.Service.Tests.Pages;

/// <summary>
/// Debian's Chromium driven through Debian's chromedriver, headless, with a fresh profile per browser. Nothing is
/// downloaded: the driver and browser paths are given, so Selenium Manager is never asked to fetch one.
/// </summary>
internal sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private readonly string profile = Path.Combine(Path.GetTempPath(), "compliance-chromium-" + Guid.NewGuid().ToString("N"));

    public Browser(string baseUrl)
    {
        BaseUrl = baseUrl;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
            "--user-data-dir=" + profile);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public ChromeDriver Driver { get; }

    public string BaseUrl { get; }

    public static bool Installed => File.Exists(ChromiumPath) && File.Exists(DriverPath);

    public void Open(string path) => Driver.Navigate().GoToUrl(BaseUrl + path);

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    /// <summary>Waits until <paramref name="condition"/> holds, failing with <paramref name="what"/> and the page text.</summary>
    public T Wait<T>(Func<IWebDriver, T> condition, string what, TimeSpan? timeout = null)
    {
        var wait = new WebDriverWait(Driver, timeout ?? TimeSpan.FromSeconds(30)) { PollingInterval = TimeSpan.FromMilliseconds(100) };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        try
        {
            return wait.Until(condition);
        }
        catch (WebDriverTimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"timed out waiting for {what} at {Driver.Url}:\n{Text("body")}");
        }
    }

    public IWebElement WaitFor(string css, TimeSpan? timeout = null) => Wait(d => d.FindElement(By.CssSelector(css)), css, timeout);

    public string Text(string css) => Driver.FindElements(By.CssSelector(css)).FirstOrDefault()?.Text ?? "";

    public void SignIn(string key)
    {
        Open("/signin");
        Find("#key").SendKeys(key);
        Find("#signin").Click();
        Wait(d => !d.Url.Contains("/signin", StringComparison.Ordinal), "sign-in to leave /signin");
    }

    /// <summary>A full-page PNG (beyond the window, through the DevTools protocol) into <see cref="PageShots.Folder"/>.</summary>
    public void Screenshot(string name)
    {
        var result = Driver.ExecuteCdpCommand("Page.captureScreenshot", new Dictionary<string, object?>
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
        });
        var data = (string)((Dictionary<string, object>)result!)["data"];
        File.WriteAllBytes(Path.Combine(PageShots.Folder, $"page-{name}.png"), Convert.FromBase64String(data));
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment after quitting; the OS cleans temporary folders.
        }
    }
}

/// <summary>Where page screenshots go: COMPLIANCE_PAGE_SCREENSHOTS (e.g. docs) when set, else a temporary folder.</summary>
internal static class PageShots
{
    public static string Folder { get; } = Resolve();

    private static string Resolve()
    {
        var folder = Environment.GetEnvironmentVariable("COMPLIANCE_PAGE_SCREENSHOTS") is { Length: > 0 } set
            ? Path.GetFullPath(set, Infrastructure.RepoPaths.Root)
            : Path.Combine(Path.GetTempPath(), "compliance-page-shots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>A test that drives Chromium: skipped on a machine without it, run (and failing) when CI=true.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Browser.Installed && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"needs {Browser.ChromiumPath} and {Browser.DriverPath} (Debian packages chromium, chromium-driver; bash .ci/run installs them)";
        }
    }
}
