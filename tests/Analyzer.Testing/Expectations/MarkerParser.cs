using System.Globalization;
using Analyzer.Core.Findings;

namespace Analyzer.Testing.Expectations;

/// <summary>Parses one comment part into a <c>Noncompliant</c> or <c>Secondary</c> marker, or a <see cref="MarkerError"/>.
/// A part that does not start with a marker keyword is ordinary comment text and is ignored.</summary>
internal static class MarkerParser
{
    public const string NoncompliantKeyword = "Noncompliant";
    public const string SecondaryKeyword = "Secondary";

    private static readonly string RoleNames = string.Join(", ", Enum.GetNames<LocationRole>().Select(n => n.ToLowerInvariant()));

    public static void Parse(string part, string path, int line, int lineCount,
        List<ExpectedFinding> findings, List<ExpectedSecondary> secondaries, List<MarkerError> errors)
    {
        var text = part.Trim();
        if (IsKeyword(text, NoncompliantKeyword, requireOptionsWhenMiscased: false))
        {
            var marker = Options.Read(text, NoncompliantKeyword, line, lineCount);
            var problem = marker.Problem ?? CheckRuleId(marker.Bracket);
            if (problem is not null) errors.Add(new MarkerError(path, line, text, problem));
            else findings.Add(new ExpectedFinding(path, line + marker.Shift, line, marker.Bracket, marker.Message));
        }
        else if (IsKeyword(text, SecondaryKeyword, requireOptionsWhenMiscased: true))
        {
            var marker = Options.Read(text, SecondaryKeyword, line, lineCount);
            LocationRole role = default;
            var problem = marker.Problem ?? ParseRole(marker.Bracket, out role);
            if (problem is not null) errors.Add(new MarkerError(path, line, text, problem));
            else secondaries.Add(new ExpectedSecondary(path, line + marker.Shift, line, role, marker.Message));
        }
    }

    /// <summary>True when <paramref name="text"/> starts with the keyword as a word, in any case. "noncompliant" in
    /// any case is always a marker (and a miscased one an error); "secondary" is an English word, so a miscased
    /// "secondary" counts only when marker options follow it.</summary>
    private static bool IsKeyword(string text, string keyword, bool requireOptionsWhenMiscased)
    {
        if (!text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)) return false;
        if (text.Length > keyword.Length && char.IsLetterOrDigit(text[keyword.Length])) return false;
        if (!requireOptionsWhenMiscased || text.StartsWith(keyword, StringComparison.Ordinal)) return true;
        var rest = text[keyword.Length..].TrimStart();
        return rest.Length == 0 || rest[0] is '[' or '@' or '{';
    }

    private static string? CheckRuleId(string? ruleId)
    {
        if (ruleId is null) return null;
        if (ruleId.Length > 0 && char.IsLetter(ruleId[0]) && ruleId.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
            return null;
        return $"'[{ruleId}]' is not a rule id: write [RULE_ID] with letters, digits, '_', '-' or '.', for example [TOY001]";
    }

    private static string? ParseRole(string? name, out LocationRole role)
    {
        role = default;
        if (name is null)
            return $"a Secondary marker needs the related location's role, for example 'Secondary [check]'; roles: {RoleNames}";
        var match = Enum.GetNames<LocationRole>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (match is null) return $"'{name}' is not a related-location role: use one of {RoleNames}";
        role = Enum.Parse<LocationRole>(match);
        return null;
    }

    /// <summary>The options after a keyword: <c>@+N</c>/<c>@-N</c>, <c>[...]</c> and <c>{{...}}</c>, in any order, each at most once.</summary>
    private readonly record struct Options(int Shift, string? Bracket, string? Message, string? Problem)
    {
        public static Options Read(string text, string keyword, int line, int lineCount)
        {
            if (!text.StartsWith(keyword, StringComparison.Ordinal))
                return Fail($"write the keyword as '{keyword}'");
            var bracketName = keyword == NoncompliantKeyword ? "RULE_ID" : "role";
            int? shift = null;
            string? bracket = null;
            string? message = null;
            var i = keyword.Length;
            while (true)
            {
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                if (i >= text.Length) break;
                if (text[i] == '@')
                {
                    var end = TokenEnd(text, i + 1, stopAtOption: true);
                    var token = text[i..end];
                    if (!TryParseShift(token, out var n))
                        return Fail($"'{token}' is not a line shift: write @+N or @-N for a location N lines below or above the marker");
                    if (shift is not null) return Fail("the line shift is given twice: write one @+N or @-N");
                    var target = line + n;
                    if (target < 1 || target > lineCount)
                        return Fail($"'{token}' points to line {target}, outside the file (lines 1 to {lineCount})");
                    shift = n;
                    i = end;
                }
                else if (text[i] == '[')
                {
                    var close = text.IndexOf(']', i + 1);
                    if (close < 0) return Fail($"'[' is not closed: write [{bracketName}]");
                    if (bracket is not null) return Fail($"[{bracketName}] is given twice: write one");
                    bracket = text[(i + 1)..close].Trim();
                    if (bracket.Length == 0) return Fail($"'[]' is empty: write [{bracketName}]");
                    i = close + 1;
                }
                else if (string.CompareOrdinal(text, i, "{{", 0, 2) == 0)
                {
                    var close = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
                    if (close < 0) return Fail("'{{' is not closed: write {{exact message}}");
                    if (message is not null) return Fail("{{message}} is given twice: write one");
                    message = text[(i + 2)..close];
                    if (message.Length == 0) return Fail("'{{}}' is empty: write the exact message between {{ and }}, or leave it out");
                    i = close + 2;
                }
                else
                {
                    var end = TokenEnd(text, i, stopAtOption: false);
                    var token = text[i..end];
                    if (keyword == NoncompliantKeyword && token.All(char.IsAsciiDigit))
                        return Fail($"a count ('{token}') is not supported: write one Noncompliant marker per finding, for example '// Noncompliant // Noncompliant'");
                    return Fail($"unexpected '{token}': a {keyword} marker takes only @+N or @-N, [{bracketName}] and {{{{message}}}}");
                }
            }
            return new Options(shift ?? 0, bracket, message, null);
        }

        private static Options Fail(string problem) => new(0, null, null, problem);

        private static int TokenEnd(string text, int from, bool stopAtOption)
        {
            var end = from;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && !(stopAtOption && text[end] is '[' or '{')) end++;
            return end;
        }

        private static bool TryParseShift(string token, out int shift)
        {
            shift = 0;
            if (token.Length < 3 || token[1] is not ('+' or '-') || !token[2..].All(char.IsAsciiDigit)) return false;
            if (!int.TryParse(token[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
            shift = token[1] == '-' ? -n : n;
            return true;
        }
    }
}
