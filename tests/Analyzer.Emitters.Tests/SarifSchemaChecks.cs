using System.Text.Json;

namespace Analyzer.Emitters.Tests;

/// <summary>
/// The constraints of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) for the objects our logs use, written out so
/// the tests run offline: each object's known properties (the schema forbids others: additionalProperties is false),
/// required properties, enums, minimums, URI formats and unique items, plus the rules the spec states in prose
/// (a region's end is not before its start; a context region covers its region; ruleIndex and ruleId agree). Results
/// may carry fixes, suppressions and a baseline state.
/// </summary>
internal static class SarifSchemaChecks
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];
    private static readonly string[] Kinds = ["notApplicable", "pass", "fail", "review", "open", "informational"];
    private static readonly string[] ColumnKinds = ["utf16CodeUnits", "unicodeCodePoints"];
    private static readonly string[] BaselineStates = ["new", "unchanged", "updated", "absent"];
    private static readonly string[] SuppressionKinds = ["inSource", "external"];
    private static readonly string[] SuppressionStatuses = ["accepted", "underReview", "rejected"];

    private static readonly Dictionary<string, string[]> Known = new()
    {
        ["sarifLog"] = ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
        ["run"] = ["tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses", "specialLocations", "properties"],
        ["tool"] = ["driver", "extensions", "properties"],
        ["toolComponent"] = ["guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"],
        ["reportingDescriptor"] = ["id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"],
        ["reportingConfiguration"] = ["enabled", "level", "rank", "parameters", "properties"],
        ["multiformatMessageString"] = ["text", "markdown", "properties"],
        ["message"] = ["text", "markdown", "id", "arguments", "properties"],
        ["invocation"] = ["commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode", "ruleConfigurationOverrides", "notificationConfigurationOverrides", "toolExecutionNotifications", "toolConfigurationNotifications", "exitCodeDescription", "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "executionSuccessful", "machine", "account", "processId", "executableLocation", "workingDirectory", "environmentVariables", "stdin", "stdout", "stderr", "stdoutStderr", "properties"],
        ["notification"] = ["locations", "message", "level", "threadId", "timeUtc", "exception", "descriptor", "associatedRule", "properties"],
        ["result"] = ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"],
        ["location"] = ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"],
        ["physicalLocation"] = ["address", "artifactLocation", "region", "contextRegion", "properties"],
        ["artifactLocation"] = ["uri", "uriBaseId", "index", "description", "properties"],
        ["region"] = ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"],
        ["artifactContent"] = ["text", "binary", "rendered", "properties"],
        ["suppression"] = ["guid", "kind", "status", "justification", "location", "properties"],
        ["fix"] = ["description", "artifactChanges", "properties"],
        ["artifactChange"] = ["artifactLocation", "replacements", "properties"],
        ["replacement"] = ["deletedRegion", "insertedContent", "properties"],
        ["logicalLocation"] = ["name", "index", "fullyQualifiedName", "decoratedName", "parentIndex", "kind", "properties"],
    };

    /// <summary>Every way <paramref name="log"/> breaks the constraints, each as "json.path: what".</summary>
    public static IReadOnlyList<string> Violations(JsonElement log)
    {
        var v = new List<string>();
        if (!Object(log, "sarifLog", "$", v)) return v;
        Required(log, "$", v, "version", "runs");
        if (log.TryGetProperty("$schema", out var schema)) AbsoluteUri(schema, "$.$schema", v);
        if (log.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String && version.GetString() != "2.1.0")
            v.Add($"$.version: '{version.GetString()}' is not 2.1.0");
        foreach (var (run, path) in Items(log, "runs", "$", v)) Run(run, path, v);
        return v;
    }

    private static void Run(JsonElement run, string path, List<string> v)
    {
        if (!Object(run, "run", path, v)) return;
        Required(run, path, v, "tool");
        var ruleIds = new List<string?>();
        if (run.TryGetProperty("tool", out var tool) && Object(tool, "tool", path + ".tool", v))
        {
            Required(tool, path + ".tool", v, "driver");
            if (tool.TryGetProperty("driver", out var driver)) ruleIds = ToolComponent(driver, path + ".tool.driver", v);
        }
        Enum(run, "columnKind", ColumnKinds, path, v);
        foreach (var (invocation, at) in Items(run, "invocations", path, v))
        {
            if (!Object(invocation, "invocation", at, v)) continue;
            Required(invocation, at, v, "executionSuccessful");
            if (invocation.TryGetProperty("executionSuccessful", out var ok) && ok.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                v.Add($"{at}.executionSuccessful: not a boolean");
            foreach (var (notification, n) in Items(invocation, "toolExecutionNotifications", at, v))
            {
                if (!Object(notification, "notification", n, v)) continue;
                Required(notification, n, v, "message");
                Message(notification, "message", n, v);
                Enum(notification, "level", Levels, n, v);
                foreach (var (location, l) in Items(notification, "locations", n, v)) Location(location, l, v);
            }
        }
        foreach (var (result, at) in Items(run, "results", path, v)) Result(result, at, ruleIds, v);
        if (run.TryGetProperty("properties", out var bag) && bag.ValueKind != JsonValueKind.Object) v.Add($"{path}.properties: not an object");
    }

    private static List<string?> ToolComponent(JsonElement component, string path, List<string> v)
    {
        var ids = new List<string?>();
        if (!Object(component, "toolComponent", path, v)) return ids;
        Required(component, path, v, "name");
        if (component.TryGetProperty("informationUri", out var info)) AbsoluteUri(info, path + ".informationUri", v);
        foreach (var (rule, at) in Items(component, "rules", path, v))
        {
            if (!Object(rule, "reportingDescriptor", at, v)) continue;
            Required(rule, at, v, "id");
            ids.Add(rule.TryGetProperty("id", out var id) ? id.GetString() : null);
            MultiformatMessage(rule, "shortDescription", at, v);
            MultiformatMessage(rule, "fullDescription", at, v);
            if (rule.TryGetProperty("helpUri", out var help)) AbsoluteUri(help, at + ".helpUri", v);
            if (rule.TryGetProperty("defaultConfiguration", out var configuration) && Object(configuration, "reportingConfiguration", at + ".defaultConfiguration", v))
                Enum(configuration, "level", Levels, at + ".defaultConfiguration", v);
        }
        foreach (var duplicate in ids.GroupBy(i => i).Where(g => g.Count() > 1)) v.Add($"{path}.rules: id '{duplicate.Key}' is not unique");
        return ids;
    }

    private static void Result(JsonElement result, string path, List<string?> ruleIds, List<string> v)
    {
        if (!Object(result, "result", path, v)) return;
        Required(result, path, v, "message");
        Message(result, "message", path, v);
        Enum(result, "level", Levels, path, v);
        Enum(result, "kind", Kinds, path, v);
        Enum(result, "baselineState", BaselineStates, path, v);
        foreach (var (fix, at) in Items(result, "fixes", path, v))
        {
            if (!Object(fix, "fix", at, v)) continue;
            Required(fix, at, v, "artifactChanges");
            foreach (var (change, changeAt) in Items(fix, "artifactChanges", at, v))
            {
                if (!Object(change, "artifactChange", changeAt, v)) continue;
                Required(change, changeAt, v, "artifactLocation", "replacements");
                foreach (var (replacement, replacementAt) in Items(change, "replacements", changeAt, v))
                    if (Object(replacement, "replacement", replacementAt, v)) Required(replacement, replacementAt, v, "deletedRegion");
            }
        }
        foreach (var (suppression, at) in Items(result, "suppressions", path, v))
        {
            if (!Object(suppression, "suppression", at, v)) continue;
            Required(suppression, at, v, "kind");
            Enum(suppression, "kind", SuppressionKinds, at, v);
            Enum(suppression, "status", SuppressionStatuses, at, v);
            if (suppression.TryGetProperty("location", out var location)) Location(location, at + ".location", v);
        }
        if (result.TryGetProperty("ruleIndex", out var index))
        {
            var i = Minimum(index, -1, path + ".ruleIndex", v);
            if (i >= ruleIds.Count) v.Add($"{path}.ruleIndex: {i} is past the {ruleIds.Count} rules");
            else if (i >= 0 && result.TryGetProperty("ruleId", out var ruleId) && ruleId.GetString() != ruleIds[i])
                v.Add($"{path}.ruleIndex: rule {i} is '{ruleIds[i]}', not the result's '{ruleId.GetString()}'");
        }
        foreach (var (location, at) in Items(result, "locations", path, v)) Location(location, at, v);
        var ids = new List<int>();
        foreach (var (location, at) in Items(result, "relatedLocations", path, v))
        {
            Location(location, at, v);
            if (location.TryGetProperty("id", out var id) && id.TryGetInt32(out var n)) ids.Add(n);
        }
        foreach (var duplicate in ids.GroupBy(i => i).Where(g => g.Count() > 1)) v.Add($"{path}.relatedLocations: id {duplicate.Key} is not unique");
        if (result.TryGetProperty("partialFingerprints", out var fingerprints))
        {
            if (fingerprints.ValueKind != JsonValueKind.Object) v.Add($"{path}.partialFingerprints: not an object");
            else foreach (var p in fingerprints.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.String))
                v.Add($"{path}.partialFingerprints.{p.Name}: not a string");
        }
    }

    private static void Location(JsonElement location, string path, List<string> v)
    {
        if (!Object(location, "location", path, v)) return;
        if (location.TryGetProperty("id", out var id)) Minimum(id, -1, path + ".id", v);
        Message(location, "message", path, v);
        foreach (var (logical, at) in Items(location, "logicalLocations", path, v))
            if (Object(logical, "logicalLocation", at, v) && logical.TryGetProperty("index", out var index)) Minimum(index, -1, at + ".index", v);
        if (!location.TryGetProperty("physicalLocation", out var physical)) return;
        var p = path + ".physicalLocation";
        if (!Object(physical, "physicalLocation", p, v)) return;
        if (!physical.TryGetProperty("address", out _) && !physical.TryGetProperty("artifactLocation", out _))
            v.Add($"{p}: has neither address nor artifactLocation");
        if (physical.TryGetProperty("artifactLocation", out var artifact) && Object(artifact, "artifactLocation", p + ".artifactLocation", v))
        {
            if (artifact.TryGetProperty("uri", out var uri) && (uri.ValueKind != JsonValueKind.String || !Uri.TryCreate(uri.GetString(), UriKind.RelativeOrAbsolute, out _) || uri.GetString()!.Contains(' ')))
                v.Add($"{p}.artifactLocation.uri: '{uri}' is not a URI reference");
            if (artifact.TryGetProperty("index", out var index)) Minimum(index, -1, p + ".artifactLocation.index", v);
        }
        var region = Region(physical, "region", p, v);
        var context = Region(physical, "contextRegion", p, v);
        if (context is not null && region is null) v.Add($"{p}.contextRegion: present without a region");
        if (context is { } c && region is { } r && (c.StartLine > r.StartLine || c.EndLine < r.EndLine))
            v.Add($"{p}.contextRegion: lines {c.StartLine}-{c.EndLine} do not cover the region's {r.StartLine}-{r.EndLine}");
    }

    private static (int StartLine, int EndLine)? Region(JsonElement physical, string name, string path, List<string> v)
    {
        if (!physical.TryGetProperty(name, out var region)) return null;
        var at = $"{path}.{name}";
        if (!Object(region, "region", at, v)) return null;
        if (!region.TryGetProperty("startLine", out _) && !region.TryGetProperty("charOffset", out _) && !region.TryGetProperty("byteOffset", out _))
            v.Add($"{at}: has no startLine, charOffset or byteOffset");
        var startLine = region.TryGetProperty("startLine", out var sl) ? Minimum(sl, 1, at + ".startLine", v) : 0;
        var startColumn = region.TryGetProperty("startColumn", out var sc) ? Minimum(sc, 1, at + ".startColumn", v) : 1;
        var endLine = region.TryGetProperty("endLine", out var el) ? Minimum(el, 1, at + ".endLine", v) : startLine;
        var endColumn = region.TryGetProperty("endColumn", out var ec) ? Minimum(ec, 1, at + ".endColumn", v) : int.MaxValue;
        if (endLine < startLine) v.Add($"{at}: ends on line {endLine}, before its start line {startLine}");
        if (endLine == startLine && endColumn < startColumn) v.Add($"{at}: ends at column {endColumn}, before its start column {startColumn}");
        if (region.TryGetProperty("snippet", out var snippet) && Object(snippet, "artifactContent", at + ".snippet", v)
            && !snippet.TryGetProperty("text", out _) && !snippet.TryGetProperty("binary", out _))
            v.Add($"{at}.snippet: has neither text nor binary");
        Message(region, "message", at, v);
        return (startLine, endLine);
    }

    private static void Message(JsonElement owner, string name, string path, List<string> v)
    {
        if (!owner.TryGetProperty(name, out var message)) return;
        var at = $"{path}.{name}";
        if (!Object(message, "message", at, v)) return;
        if (!message.TryGetProperty("text", out var text) && !message.TryGetProperty("id", out _)) v.Add($"{at}: has neither text nor id");
        else if (message.TryGetProperty("text", out text) && text.ValueKind != JsonValueKind.String) v.Add($"{at}.text: not a string");
    }

    private static void MultiformatMessage(JsonElement owner, string name, string path, List<string> v)
    {
        if (!owner.TryGetProperty(name, out var message)) return;
        var at = $"{path}.{name}";
        if (Object(message, "multiformatMessageString", at, v)) Required(message, at, v, "text");
    }

    private static bool Object(JsonElement element, string type, string path, List<string> v)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            v.Add($"{path}: a {type} must be an object, not {element.ValueKind}");
            return false;
        }
        foreach (var property in element.EnumerateObject().Where(p => !Known[type].Contains(p.Name)))
            v.Add($"{path}.{property.Name}: not a property of {type}");
        return true;
    }

    private static void Required(JsonElement element, string path, List<string> v, params string[] names)
    {
        foreach (var name in names.Where(n => !element.TryGetProperty(n, out _))) v.Add($"{path}: lacks required '{name}'");
    }

    private static void Enum(JsonElement element, string name, string[] allowed, string path, List<string> v)
    {
        if (element.TryGetProperty(name, out var value) && (value.ValueKind != JsonValueKind.String || !allowed.Contains(value.GetString())))
            v.Add($"{path}.{name}: '{value}' is not one of {string.Join(", ", allowed)}");
    }

    private static int Minimum(JsonElement value, int minimum, string path, List<string> v)
    {
        if (!value.TryGetInt32(out var n))
        {
            v.Add($"{path}: not an integer");
            return minimum;
        }
        if (n < minimum) v.Add($"{path}: {n} is below the minimum {minimum}");
        return n;
    }

    private static void AbsoluteUri(JsonElement value, string path, List<string> v)
    {
        if (value.ValueKind != JsonValueKind.String || !Uri.TryCreate(value.GetString(), UriKind.Absolute, out _))
            v.Add($"{path}: '{value}' is not an absolute URI");
    }

    private static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement owner, string name, string path, List<string> v)
    {
        if (!owner.TryGetProperty(name, out var array)) yield break;
        if (array.ValueKind != JsonValueKind.Array)
        {
            v.Add($"{path}.{name}: not an array");
            yield break;
        }
        var i = 0;
        foreach (var item in array.EnumerateArray()) yield return (item, $"{path}.{name}[{i++}]");
    }
}
