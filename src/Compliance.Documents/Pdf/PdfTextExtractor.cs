using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Compliance.Documents.Pdf;

/// <summary>Extracts the text layer of a PDF with <c>pdftotext -layout</c> (poppler-utils).</summary>
internal static class PdfTextExtractor
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static bool IsPdf(ReadOnlySpan<byte> content) => content.StartsWith("%PDF"u8);

    public static string Extract(byte[] content, string sourceName)
    {
        var start = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { "-layout", "-enc", "UTF-8", "-", "-" })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DocumentReadException($"{sourceName}: 无法启动 pdftotext。");
        }
        catch (Win32Exception ex)
        {
            throw new DocumentReadException($"{sourceName}: 读取 PDF 需要 pdftotext（poppler-utils），本机未安装：apt-get install -y poppler-utils。", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.BaseStream.Write(content);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // pdftotext stops reading a file it cannot parse; its exit code and stderr say why.
            }

            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new DocumentReadException($"{sourceName}: pdftotext 在 {Timeout.TotalSeconds} 秒内没有完成，PDF 可能已损坏或过大。");
            }

            var text = output.GetAwaiter().GetResult();
            var stderr = error.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                var reason = stderr.Split('\n').FirstOrDefault(l => l.Contains("Error", StringComparison.OrdinalIgnoreCase)) ?? stderr.Trim();
                throw new DocumentReadException($"{sourceName}: PDF 无法读取（可能已损坏或被截断）：{reason}");
            }

            if (text.Count(c => !char.IsWhiteSpace(c)) < 20)
            {
                throw new DocumentReadException($"{sourceName}: PDF 没有文本层（可能是扫描件或图片），请提供带文字的 PDF 或先做文字识别。");
            }

            return text;
        }
    }
}
