using System.Reflection;
using System.Text.RegularExpressions;

namespace Analyzer.SampleHost.Localization;

/// <summary>
/// What the user saw: a trace and symptoms. Findings are ranked against it — frames (<c>file:function</c>) name
/// where to look, and the words say what went wrong — but every value in the report comes from the findings.
/// </summary>
internal sealed partial class Scenario
{
    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "from", "with", "this", "that", "have", "into", "side", "sees", "using", "system", "production",
        "calls", "call", "state", "object", "received", "warning", "unexpected", "default", "intermittent", "data",
        "latest", "reflect", "cache", "backend", "for", "are", "not", "may", "was", "its", "but", "has",
    ];

    private Scenario(string text, IReadOnlyList<(string File, string Function)> frames, IReadOnlySet<string> words)
    {
        Text = text;
        Frames = frames;
        Words = words;
    }

    /// <summary>The scenario as given.</summary>
    public string Text { get; }

    /// <summary>Trace frames: a file name and a function.</summary>
    public IReadOnlyList<(string File, string Function)> Frames { get; }

    /// <summary>The scenario's significant words, lower case.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>The scenario bundled with the host (the motivating DeltaFIFO and database-cache report).</summary>
    public static Scenario Default()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Analyzer.SampleHost.Localization.default-scenario.txt")
                           ?? throw new InvalidOperationException("the default scenario is not embedded in the host");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads a scenario file (see <see cref="ScenarioFile"/> for what it must be).</summary>
    public static Scenario FromFile(string path) => Parse(ScenarioFile.Read(path));

    public static Scenario Parse(string text)
    {
        var frames = FramePattern().Matches(text)
            .Select(m => (File: m.Groups["file"].Value.Split('/')[^1], Function: m.Groups["function"].Value))
            .Distinct().ToList();
        var words = Tokens(text);
        words.ExceptWith(StopWords);
        return new Scenario(text, frames, words);
    }

    /// <summary>The words of a text, lower case, split at punctuation and underscores ("knownObjects", "add", "syncKeyLocked").</summary>
    public static HashSet<string> Tokens(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    // A frame is a source file's name (any language's extension) and a function. It starts where a path starts: tried
    // from inside a long word, the path would be matched again from every character of it (minutes for a one-word
    // megabyte).
    [GeneratedRegex(@"(?<![\w./-])(?<file>[\w./-]+\.[A-Za-z]\w*):(?<function>[A-Za-z_]\w*)")]
    private static partial Regex FramePattern();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]{2,}")]
    private static partial Regex WordPattern();
}
