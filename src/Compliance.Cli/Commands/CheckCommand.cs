using Compliance.Cli.Output;
using Compliance.Documents;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Commands;

/// <summary><c>check FILE [--rules DIR] [--format json|md|text] [--out PATH]</c>: the findings contract, exit 0/1/2/3.</summary>
internal static class CheckCommand
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["rules", "format", "out", "config"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Flags, Valued);
        if (options.Positional.Count != 1)
        {
            throw new UsageException("check 需要一个文件参数：compliance check FILE [--rules DIR] [--format json|md|text] [--out PATH]");
        }

        var format = options.Get("format") ?? "json";
        if (format is not ("json" or "md" or "text"))
        {
            throw new UsageException($"--format 只能是 json、md 或 text，得到“{format}”。");
        }

        IReadOnlyList<RuleSet> ruleSets;
        Documents.Model.Document document;
        try
        {
            ruleSets = RuleSources.Load(options.Get("rules"), options.Get("config"));
            document = DocumentLoader.Load(options.Positional[0]);
        }
        catch (RuleSetLoadException ex)
        {
            return await CommandLine.Fail(stderr, "规则文件有误：\n" + ex.Message);
        }
        catch (DocumentReadException ex)
        {
            return await CommandLine.Fail(stderr, ex.Message);
        }

        var result = new RuleEngine().Check(document, ruleSets);
        var rendered = format switch
        {
            "md" => FindingsText.Markdown(result),
            "text" => FindingsText.Text(result),
            _ => FindingsJson.Write(result),
        };

        if (options.Get("out") is { } path)
        {
            await File.WriteAllTextAsync(path, rendered);
        }
        else
        {
            await stdout.WriteLineAsync(rendered);
        }

        return result.ExitCode;
    }
}
