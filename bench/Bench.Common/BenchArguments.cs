using System.Globalization;

namespace CxPlatform.Bench.Common;

/// <summary>
/// The command line every benchmark takes: switches (<c>--fast-postgres</c>), options with a whole number
/// (<c>--rate 500</c>) checked against their range, and optionally options with a text value.
/// </summary>
public static class BenchArguments
{
    /// <returns>The options, or null with the reason in <paramref name="error"/> when an argument is unknown or out of range.</returns>
    public static TOptions? Parse<TOptions>(
        IReadOnlyList<string> args,
        TOptions defaults,
        Func<TOptions, string, TOptions?> withSwitch,
        Func<TOptions, string, int, TOptions?> withNumber,
        out string? error,
        Func<TOptions, string, string, TOptions?>? withText = null)
        where TOptions : class
    {
        var options = defaults;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (withSwitch(options, name) is { } switched)
            {
                options = switched;
                continue;
            }
            if (withText is not null && i + 1 < args.Count && withText(options, name, args[i + 1]) is { } texted)
            {
                options = texted;
                i++;
                continue;
            }
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                error = $"'{name}' is unknown or needs a whole number.";
                return null;
            }
            i++;
            if (withNumber(options, name, value) is not { } numbered)
            {
                error = $"'{name} {value}' is unknown or out of range.";
                return null;
            }
            options = numbered;
        }
        return options;
    }
}
