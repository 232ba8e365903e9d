using System.CommandLine;
using System.Globalization;
using Analyzer.Core.Text;

namespace Analyzer.SampleHost;

/// <summary><c>--max-file-size BYTES</c>: files larger than this are skipped with a diagnostic (scan and parse).</summary>
internal static class MaxFileSizeOption
{
    public static Option<long> Create() => new("--max-file-size")
    {
        Description = $"Skip files larger than this many bytes, with a diagnostic (default {SourceText.DefaultMaxFileSize:D}, 10 MiB).",
        DefaultValueFactory = _ => SourceText.DefaultMaxFileSize,
        // A parser rather than a validator: a validator that reads a value the default conversion could not make
        // throws out of Parse instead of reporting a usage error.
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes) && bytes > 0) return bytes;
            result.AddError($"--max-file-size '{token}' is not a whole number of bytes from 1 to {long.MaxValue}; give the size of the largest file to read, for example --max-file-size 52428800 for 50 MiB.");
            return 0;
        },
        HelpName = "BYTES",
    };
}
