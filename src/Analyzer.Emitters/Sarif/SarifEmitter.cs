using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Rules;
using Analyzer.Core.Text;
using Analyzer.Emitters.Reporting;

namespace Analyzer.Emitters.Sarif;

/// <summary>
/// A SARIF 2.1.0 log with one run: the rules that ran, one result per finding (primary location with its code,
/// related locations with their roles, a stable fingerprint, the fix), and the parse diagnostics as tool execution
/// notifications. Paths are relative to <see cref="SourceRootBaseId"/>. Properties are written in a fixed order, so
/// the same scan gives the same bytes.
/// </summary>
/// <param name="tool">How the log names the tool; <see cref="ToolIdentity.Default"/> when null.</param>
public sealed class SarifEmitter(ToolIdentity? tool = null) : IReportEmitter
{
    /// <summary>The JSON schema the log names.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF version the log follows.</summary>
    public const string SarifVersion = "2.1.0";

    /// <summary>The base id every artifact location is relative to: the root of the scan.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    /// <summary>The key of a result's fingerprint in <c>partialFingerprints</c> (see <see cref="Finding.Fingerprint"/>).</summary>
    public const string FingerprintKey = "toctouFingerprint/v1";

    private readonly ToolIdentity _tool = tool ?? ToolIdentity.Default;

    /// <inheritdoc />
    public string Format => "sarif";

    /// <inheritdoc />
    public void Emit(ScanResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Keeps code readable ('<', '&', quotes in snippets); the log is a file, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            WriteLog(result, json);
        }
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    private void WriteLog(ScanResult result, Utf8JsonWriter json)
    {
        var rules = result.Rules.DistinctBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", SarifVersion);
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", _tool.Name);
        json.WriteString("informationUri", _tool.InformationUri);
        json.WriteString("version", _tool.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(rule, json);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        // Files that did not parse are reported as notifications; the scan itself went through.
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var diagnostic in result.Diagnostics) WriteNotification(diagnostic, json);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("results");
        foreach (var finding in result.Findings) WriteResult(finding, ruleIndex, json);
        foreach (var absent in result.Absent ?? []) WriteAbsent(absent, ruleIndex, json);
        json.WriteEndArray();

        json.WriteStartObject("properties");
        json.WriteNumber("filesScanned", result.Files.Count);
        json.WriteNumber("linesScanned", result.Lines);
        json.WriteNumber("filesWithParseErrors", result.Files.Count(f => f.HasErrors));
        if (result.Excluded.Count > 0)
        {
            json.WriteStartObject("filesExcluded");
            foreach (var excluded in result.Excluded) json.WriteNumber(excluded.Reason, excluded.Files);
            json.WriteEndObject();
        }
        json.WriteEndObject();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteRule(RuleDescriptor rule, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleName(rule));
        WriteText("shortDescription", rule.Title, json);
        if (!string.IsNullOrWhiteSpace(rule.Description)) WriteText("fullDescription", rule.Description, json);
        if (!string.IsNullOrWhiteSpace(rule.HelpUri)) json.WriteString("helpUri", _tool.HelpUriOf(rule.HelpUri));
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", ReportVocabulary.LevelName(rule.DefaultLevel));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        if (rule.Tags is { Count: > 0 } tags)
        {
            json.WriteStartArray("tags");
            foreach (var tag in tags) json.WriteStringValue(tag);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Finding finding, Dictionary<string, int> ruleIndex, Utf8JsonWriter json)
    {
        WriteResultStart(finding.RuleId, finding.Level, finding.Message, ruleIndex, json);

        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(finding.Location, finding.Code, json);
        if (!string.IsNullOrWhiteSpace(finding.FunctionName))
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            var dot = finding.FunctionName.LastIndexOf('.');
            json.WriteString("name", finding.FunctionName[(dot + 1)..]);
            json.WriteString("fullyQualifiedName", finding.FunctionName);
            json.WriteString("kind", dot >= 0 ? "member" : "function");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();

        if (finding.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 0;
            foreach (var related in finding.Related)
            {
                json.WriteStartObject();
                json.WriteNumber("id", ++id);
                WritePhysicalLocation(related.Span, related.Code, json);
                var role = ReportVocabulary.RoleName(related.Role);
                WriteText("message", string.IsNullOrWhiteSpace(related.Message) ? role : $"{role}: {related.Message}", json);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        if (finding.BaselineState is { } state) json.WriteString("baselineState", BaselineStateName(state));

        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("status", "accepted");
            if (suppression.Justification.Length > 0) json.WriteString("justification", suppression.Justification);
            json.WriteStartObject("location");
            WritePhysicalLocation(suppression.Span, code: null, json);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding.CodeFix is { } fix) WriteFix(fix, json);

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();

        // The fix advice is prose for people, so it goes in properties; a mechanical fix is in fixes[] above.
        if (!string.IsNullOrWhiteSpace(finding.Fix) || finding.InTestCode)
        {
            json.WriteStartObject("properties");
            if (!string.IsNullOrWhiteSpace(finding.Fix)) json.WriteString("fix", finding.Fix);
            if (finding.InTestCode)
            {
                json.WriteBoolean("testCode", true);
                json.WriteStartArray("tags");
                json.WriteStringValue("test-code");
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    // SARIF's fixes[]: each edit as a replacement of a region (by lines and columns) in the finding's file.
    private static void WriteFix(CodeFix fix, Utf8JsonWriter json)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        WriteText("description", fix.Title, json);
        json.WriteStartArray("artifactChanges");
        foreach (var file in fix.Edits.GroupBy(e => e.Span.Path, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            WriteArtifactLocation(file.Key, json);
            json.WriteStartArray("replacements");
            foreach (var edit in file.OrderBy(e => e.Span.StartOffset))
            {
                json.WriteStartObject();
                json.WriteStartObject("deletedRegion");
                json.WriteNumber("startLine", edit.Span.StartLine);
                json.WriteNumber("startColumn", edit.Span.StartColumn);
                json.WriteNumber("endLine", edit.Span.EndLine);
                json.WriteNumber("endColumn", edit.Span.EndColumn);
                json.WriteEndObject();
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string BaselineStateName(BaselineState state) => state switch
    {
        BaselineState.New => "new",
        BaselineState.Unchanged => "unchanged",
        BaselineState.Updated => "updated",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "no SARIF name for this baseline state"),
    };

    // Opens a result object with what every result starts with: its rule, the rule's index, its level and message.
    private static void WriteResultStart(string ruleId, FindingLevel level, string message, Dictionary<string, int> ruleIndex, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        if (ruleIndex.TryGetValue(ruleId, out var index)) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", ReportVocabulary.LevelName(level));
        WriteText("message", message, json);
    }

    // A finding of the baseline this scan no longer reports, as SARIF lists it: where it was, with its fingerprint.
    private static void WriteAbsent(AbsentFinding absent, Dictionary<string, int> ruleIndex, Utf8JsonWriter json)
    {
        WriteResultStart(absent.RuleId, absent.Level, absent.Message, ruleIndex, json);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(new SourceSpan(absent.Path, absent.StartLine, 1, absent.StartLine, 1, 0, 0), code: null, json);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("baselineState", "absent");
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, absent.Fingerprint);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNotification(ParseDiagnostic diagnostic, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("level", ReportVocabulary.LevelName(diagnostic.Severity));
        WriteText("message", diagnostic.Message, json);
        // A diagnostic about the scan as a whole names the path "." and has no location to point at.
        if (diagnostic.Span.Path is { Length: > 0 } path && path != ".")
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysicalLocation(diagnostic.Span, code: null, json);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(string path, Utf8JsonWriter json)
    {
        json.WriteStartObject("artifactLocation");
        var (uri, relative) = ArtifactUri(path);
        json.WriteString("uri", uri);
        if (relative) json.WriteString("uriBaseId", SourceRootBaseId);
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(SourceSpan span, string? code, Utf8JsonWriter json)
    {
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(span.Path, json);

        var startLine = Math.Max(1, span.StartLine);
        var startColumn = Math.Max(1, span.StartColumn);
        var endLine = Math.Max(startLine, span.EndLine);
        var endColumn = endLine == startLine ? Math.Max(startColumn, span.EndColumn) : Math.Max(1, span.EndColumn);
        var exact = string.IsNullOrEmpty(code) ? null : CodeText.SpanText(code, span);

        json.WriteStartObject("region");
        json.WriteNumber("startLine", startLine);
        json.WriteNumber("startColumn", startColumn);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        // The snippet is the region's own text; when the code cannot be cut to the span, it is the code as given.
        if (!string.IsNullOrEmpty(code)) WriteText("snippet", exact ?? code, json);
        json.WriteEndObject();

        if (exact is not null)
        {
            // The whole lines, as the finding carries them, give a reader the context of the region.
            json.WriteStartObject("contextRegion");
            json.WriteNumber("startLine", startLine);
            json.WriteNumber("endLine", endLine);
            WriteText("snippet", string.Join('\n', CodeText.Lines(code!)), json);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteText(string property, string text, Utf8JsonWriter json)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>A path as SARIF wants it: relative paths become URI references with each segment escaped (to be
    /// resolved against <see cref="SourceRootBaseId"/>); an absolute path becomes a file URI.</summary>
    private static (string Uri, bool Relative) ArtifactUri(string path)
    {
        if (Path.IsPathFullyQualified(path) && Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.IsFile)
            return (absolute.AbsoluteUri, false);
        var segments = path.Replace(Path.DirectorySeparatorChar, '/').Split('/').Select(Uri.EscapeDataString);
        return (string.Join('/', segments), true);
    }

    /// <summary>SARIF's rule name: an identifier made of the title's words, for example
    /// "CheckThenActWithoutALock".</summary>
    private static string RuleName(RuleDescriptor rule)
    {
        var name = new StringBuilder();
        var wordStart = true;
        foreach (var c in rule.Title)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                wordStart = true;
                continue;
            }
            name.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = false;
        }
        return name.Length > 0 ? name.ToString() : rule.Id;
    }
}
