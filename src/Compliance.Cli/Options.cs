namespace Compliance.Cli;

/// <summary>Minimal option parsing: positional arguments plus <c>--name value</c> and <c>--flag</c>.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string?> named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> repeated = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static Options Parse(string[] args, IReadOnlySet<string> flags, IReadOnlySet<string> valued)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                options.Positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (flags.Contains(name))
            {
                options.named[name] = null;
            }
            else if (valued.Contains(name))
            {
                if (i + 1 >= args.Length)
                {
                    throw new UsageException($"选项 --{name} 需要一个值。");
                }

                options.named[name] = args[++i];
                if (!options.repeated.TryGetValue(name, out var values))
                {
                    options.repeated[name] = values = [];
                }

                values.Add(args[i]);
            }
            else
            {
                throw new UsageException($"未知选项 --{name}。");
            }
        }

        return options;
    }

    public bool Has(string name) => named.ContainsKey(name);

    public string? Get(string name) => named.GetValueOrDefault(name);

    /// <summary>Every value of an option that may be repeated (<c>--with a --with b</c>), in order.</summary>
    public IReadOnlyList<string> GetAll(string name) => repeated.TryGetValue(name, out var values) ? values : [];

    public int GetInt(string name, int fallback)
    {
        var raw = Get(name);
        if (raw is null)
        {
            return fallback;
        }

        return int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new UsageException($"选项 --{name} 需要整数，得到“{raw}”。");
    }
}
