using Compliance.Cli.Output;
using Compliance.Documents;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Rules.Linking;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>check FILE [--with OTHER]… [--rules DIR] [--format json|md|text] [--out PATH]</c>: the findings contract, exit 0/1/2/3.
/// With <c>--with</c> every file is read and checked on its own, then each budget–final pair and each year-over-year
/// series among them (<c>LinkedCheck</c>); the result is one findings object about FILE naming the others.
/// </summary>
internal static class CheckCommand
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["rules", "format", "out", "config", "with"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Flags, Valued);
        if (options.Positional.Count != 1)
        {
            throw new UsageException("check 需要一个文件参数：compliance check FILE [--with OTHER_FILE]… [--rules DIR] [--format json|md|text] [--out PATH]");
        }

        var format = options.Get("format") ?? "json";
        if (format is not ("json" or "md" or "text"))
        {
            throw new UsageException($"--format 只能是 json、md 或 text，得到“{format}”。");
        }

        IReadOnlyList<RuleSet> ruleSets;
        List<Documents.Model.Document> documents;
        try
        {
            ruleSets = RuleSources.Load(options.Get("rules"), options.Get("config"));
            documents = [.. options.Positional.Concat(options.GetAll("with")).Select(DocumentLoader.Load)];
        }
        catch (RuleSetLoadException ex)
        {
            return await CommandLine.Fail(stderr, "规则文件有误：\n" + ex.Message);
        }
        catch (DocumentReadException ex)
        {
            return await CommandLine.Fail(stderr, ex.Message);
        }

        CheckResult result;
        if (documents.Count == 1)
        {
            result = new RuleEngine().Check(documents[0], ruleSets);
        }
        else
        {
            var linked = LinkedCheck.Run(documents, ruleSets);
            result = linked.Result;
            if (linked.Unlinked.Count > 0)
            {
                await stderr.WriteLineAsync(
                    $"提示：{string.Join("、", linked.Unlinked.Select(DocumentNames.Of))} 与其他文件不是同一部门同年度的预算/决算或相邻年度的同类文档，只做了单文档审核。");
            }
        }

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
