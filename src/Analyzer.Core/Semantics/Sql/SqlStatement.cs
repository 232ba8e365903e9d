using System.Text.RegularExpressions;

namespace Analyzer.Core.Semantics.Sql;

/// <summary>
/// The parts of a SQL statement a race check needs: the verb, the table (a name, or the position of the format
/// placeholder that supplies it), and whether the statement locks what it reads or resolves conflicts itself.
/// </summary>
/// <param name="Verb">What the statement does.</param>
/// <param name="Table">The table name when the text names it; null when a placeholder supplies it.</param>
/// <param name="TablePlaceholder">The 0-based index of the format placeholder that supplies the table, when one does.</param>
/// <param name="LocksRows">SELECT ... FOR UPDATE / FOR SHARE / FOR NO KEY UPDATE: the rows read stay locked.</param>
/// <param name="IsUpsert">INSERT ... ON CONFLICT, ON DUPLICATE KEY UPDATE, INSERT OR IGNORE/REPLACE, MERGE, or an UPDATE
/// that changes a column relative to itself under a WHERE that tests it: the database decides atomically.</param>
public sealed partial record SqlStatement(SqlVerb Verb, string? Table, int? TablePlaceholder, bool LocksRows, bool IsUpsert)
{
    /// <summary>Parses <paramref name="sql"/>; null when it is not a SELECT, INSERT, UPDATE or DELETE statement.
    /// Placeholders are the formatting kind <paramref name="placeholder"/> matches (for example %s or {}).</summary>
    public static SqlStatement? Parse(string sql, Regex placeholder)
    {
        var text = sql.TrimStart();
        var verbMatch = VerbPattern().Match(text);
        if (!verbMatch.Success) return null;
        var verb = verbMatch.Groups[1].Value.ToUpperInvariant() switch
        {
            "SELECT" => SqlVerb.Select,
            "INSERT" or "REPLACE" => SqlVerb.Insert,
            "UPDATE" => SqlVerb.Update,
            "MERGE" => SqlVerb.Insert,
            _ => SqlVerb.Delete,
        };
        var tableMatch = (verb switch
        {
            SqlVerb.Select => FromPattern(),
            SqlVerb.Insert => IntoPattern(),
            SqlVerb.Update => UpdatePattern(),
            _ => FromPattern(),
        }).Match(text);
        if (!tableMatch.Success) return null;
        var tableToken = tableMatch.Groups["table"].Value;
        string? table = null;
        int? slot = null;
        if (placeholder.IsMatch(tableToken) && placeholder.Match(tableToken).Length == tableToken.Length)
            slot = placeholder.Matches(text[..tableMatch.Groups["table"].Index]).Count;
        else
            table = tableToken.Trim('"', '`', '[', ']').ToLowerInvariant();
        var locks = ForUpdatePattern().IsMatch(text);
        var upsert = UpsertPattern().IsMatch(text) || verbMatch.Groups[1].Value.Equals("MERGE", StringComparison.OrdinalIgnoreCase)
                     || verbMatch.Groups[1].Value.Equals("REPLACE", StringComparison.OrdinalIgnoreCase)
                     || verb == SqlVerb.Update && ChangesWhatItTests(text);
        return new SqlStatement(verb, table, slot, locks, upsert);
    }

    /// <summary>An UPDATE that sets a column from its own value under a WHERE that tests that column (<c>SET n = n + 1
    /// WHERE id = $1 AND n + 1 &lt;= max</c>): the database tests and changes the row in one step, as a compare-and-set.</summary>
    private static bool ChangesWhatItTests(string text) =>
        SetWherePattern().Match(text) is { Success: true } parts
        && RelativeSetPattern().Matches(parts.Groups["sets"].Value).Any(set =>
            Regex.IsMatch(parts.Groups["where"].Value, $@"\b{Regex.Escape(set.Groups["column"].Value)}\b", RegexOptions.IgnoreCase));

    [GeneratedRegex(@"\bSET\b(?<sets>.*?)\bWHERE\b(?<where>.*)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SetWherePattern();

    [GeneratedRegex(@"(?<column>\w+)\s*=\s*\k<column>\s*[-+]", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeSetPattern();

    [GeneratedRegex(@"^\(?\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|MERGE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbPattern();

    [GeneratedRegex(@"\bFROM\s+(?<table>[^\s,;()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FromPattern();

    [GeneratedRegex(@"\bINTO\s+(?<table>[^\s,;()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex IntoPattern();

    [GeneratedRegex(@"^\(?\s*UPDATE\s+(?:ONLY\s+)?(?<table>[^\s,;()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatePattern();

    [GeneratedRegex(@"\bFOR\s+(NO\s+KEY\s+)?(UPDATE|SHARE)\b|\bWITH\s*\(\s*(UPDLOCK|HOLDLOCK)", RegexOptions.IgnoreCase)]
    private static partial Regex ForUpdatePattern();

    [GeneratedRegex(@"\bON\s+CONFLICT\b|\bON\s+DUPLICATE\s+KEY\s+UPDATE\b|^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\b|\bINSERT\s+IGNORE\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpsertPattern();
}
