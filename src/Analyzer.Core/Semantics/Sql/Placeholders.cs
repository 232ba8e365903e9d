using System.Text.RegularExpressions;

namespace Analyzer.Core.Semantics.Sql;

/// <summary>Format placeholders that can stand for a table name in query text.</summary>
public static partial class Placeholders
{
    /// <summary>printf-style %s, not the escaped %%s (Python's % operator).</summary>
    [GeneratedRegex(@"(?<!%)%s")]
    public static partial Regex PercentS();

    /// <summary>str.format and f-string fields: {} or {name}.</summary>
    [GeneratedRegex(@"(?<!\{)\{[^{}]*\}")]
    public static partial Regex Braces();

    /// <summary>Matches nothing: the query text is literal.</summary>
    [GeneratedRegex(@"(?!)")]
    public static partial Regex None();
}
