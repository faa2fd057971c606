using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Compliance.Service.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Compliance.Service.Tests.Pages;

/// <summary>
/// A browser's part of the page protocol over HTTP, for the in-process tests: cookies kept, redirects not followed,
/// and forms posted with the antiforgery token read from the page that holds the form.
/// </summary>
internal sealed partial class PageSession(ServiceFactory factory) : IDisposable
{
    public HttpClient Client { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    public async Task<(HttpStatusCode Status, string Body, Uri? Location)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var (status, body, _) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return TokenPattern().Match(body) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new Xunit.Sdk.XunitException($"no antiforgery token on {path}");
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields, string? tokenFrom = null)
    {
        var values = new Dictionary<string, string>(fields);
        if (tokenFrom is not null)
        {
            values["__RequestVerificationToken"] = await TokenAsync(tokenFrom);
        }

        using var content = new FormUrlEncodedContent(values);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public async Task SignInAsync(string key)
    {
        using var response = await PostFormAsync("/signin", new Dictionary<string, string> { ["key"] = key }, tokenFrom: "/signin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts the upload form as a browser without script does (multipart, token included).</summary>
    public async Task<HttpResponseMessage> UploadAsync(byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var token = await TokenAsync("/upload");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await Client.PostAsync(new Uri("/upload", UriKind.Relative), form);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
