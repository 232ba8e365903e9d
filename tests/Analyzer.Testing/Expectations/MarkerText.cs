namespace Analyzer.Testing.Expectations;

/// <summary>Formats marker options back the way they are written.</summary>
internal static class MarkerText
{
    public static string Describe(string? bracket, string? message)
    {
        var parts = new List<string>(2);
        if (bracket is not null) parts.Add($"[{bracket}]");
        if (message is not null) parts.Add($"{{{{{message}}}}}");
        return string.Join(' ', parts);
    }
}
