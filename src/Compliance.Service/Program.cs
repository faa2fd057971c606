using Compliance.Rules.Engine;
using Compliance.Service.Auth;
using Compliance.Service.Catalog;
using Compliance.Service.Checks;
using Compliance.Service.Health;
using Compliance.Service.Jobs;
using Compliance.Service.Links;
using Compliance.Service.Pages.Infrastructure;
using Compliance.Service.Reports;
using Compliance.Service.Runs;
using Compliance.Service.Schedules;
using Compliance.Service.Storage;
using Compliance.Service.Submissions;

var builder = WebApplication.CreateBuilder(args);
// ASP.NET Core logs every request at Information (start, endpoint, result, end); at upload rates that console output
// cost more CPU than the checks. Defaults only: appsettings, environment and command line still override them.
builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
{
    InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning" },
});
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(new RuleEngine());
builder.Services.AddSingleton<Checker>();
builder.Services.AddStorage();
builder.Services.AddRuleCatalog();
builder.Services.AddApiKeyAuth();
builder.Services.AddScheduling(builder.Configuration);
builder.Services.AddSubmissions();
builder.Services.AddRuns();
builder.Services.AddSchedules();
builder.Services.AddReports();
builder.Services.AddPages();
builder.Services.AddLinks();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealth();
app.MapKeys();
app.MapSubmissions();
app.MapRuns();
app.MapSchedules();
app.MapReports();
app.MapLinks();
JobHistoryListener.MapJobHistory(app);
app.MapPages();
app.Run();

/// <summary>Entry point, public so the API tests can host it in process.</summary>
public partial class Program;
