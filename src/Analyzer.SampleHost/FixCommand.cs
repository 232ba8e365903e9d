using System.CommandLine;
using System.Text;
using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.SampleHost;

/// <summary><c>fix &lt;paths...&gt; [--dry-run] [--rule ID]</c>: scans, then makes the mechanical fixes the findings carry
/// (findings a <c>toctou:ignore</c> comment accepts are left alone), or with <c>--dry-run</c> prints them.</summary>
internal static class FixCommand
{
    public static Command Create(IServiceProvider services, HostConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and directories to scan and fix.",
            Arity = ArgumentArity.OneOrMore,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print each fix (file, line, the lines before and after) and change no file." };
        var rules = new Option<string[]>("--rule") { Description = "Fix only findings of this rule; give it again for more.", HelpName = "ID" };
        var requestOptions = new ScanRequestOptions(withCache: true);
        var command = new Command("fix", "Scan source trees and make the mechanical fixes of the findings that have one (see docs/rules).")
        {
            paths, dryRun, rules,
        };
        foreach (var option in requestOptions.All) command.Options.Add(option);
        command.SetAction(parsed => AnalyzerHost.Guard(console, services, () =>
        {
            var inputs = InputPaths.RequireExisting(parsed.GetValue(paths));
            var engine = services.GetRequiredService<AnalyzerEngine>();
            var request = requestOptions.Request(parsed, inputs, runRules: true);
            var result = ScanRunner.Run(engine, request, console, "Scanning");
            var wanted = parsed.GetValue(rules) is { Length: > 0 } ids ? ids.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
            var fixable = result.Unsuppressed
                .Where(f => f.CodeFix is not null && (wanted is null || wanted.Contains(f.RuleId)))
                .GroupBy(f => f.Location.Path, StringComparer.Ordinal).ToList();
            var made = 0;
            foreach (var file in fixable)
            {
                var fullPath = FullPath(inputs, file.Key)
                    ?? throw new UserError($"cannot tell which of the given paths holds '{file.Key}'; run fix on one folder at a time.");
                var text = SourceText.FromFile(fullPath, file.Key).Text;
                var fixes = NonOverlapping(file).ToList();
                if (parsed.GetValue(dryRun)) Print(console.Out, text, fixes);
                else WriteWhole(fullPath, TextEdits.Apply(text, fixes.SelectMany(f => f.CodeFix!.Edits)));
                made += fixes.Count;
            }
            console.Out.Flush();
            console.Error.WriteLine($"{AnalyzerHost.Name}: {made} fixes in {fixable.Count} files {(parsed.GetValue(dryRun) ? "would be made (dry run; no file changed)" : "made")}.");
            return ExitCodes.Clean;
        }));
        return command;
    }

    // Fixes whose edits overlap an earlier one's (by position) wait for the next run, which sees the fixed code.
    private static IEnumerable<Finding> NonOverlapping(IEnumerable<Finding> findings)
    {
        var taken = new List<SourceSpan>();
        foreach (var finding in findings.OrderBy(f => f.Location.StartOffset))
        {
            var edits = finding.CodeFix!.Edits;
            if (edits.Any(e => taken.Any(t => e.Span.StartOffset < t.EndOffset && t.StartOffset < e.Span.EndOffset))) continue;
            taken.AddRange(edits.Select(e => e.Span));
            yield return finding;
        }
    }

    // A finding names its file relative to the folder scanned, or by its name when the file itself was given.
    private static string? FullPath(IReadOnlyList<string> inputs, string reported) =>
        inputs.Select(input => Directory.Exists(input) ? Path.Combine(input, reported)
                : Path.GetFileName(input) == reported ? input : null)
            .FirstOrDefault(candidate => candidate is not null && File.Exists(candidate));

    private static void Print(TextWriter output, string text, IEnumerable<Finding> fixes)
    {
        foreach (var finding in fixes)
        {
            output.WriteLine($"{finding.Location.Path}:{finding.Location.StartLine}: {finding.RuleId}: {finding.CodeFix!.Title}");
            foreach (var edit in finding.CodeFix.Edits)
            {
                foreach (var line in text[edit.Span.StartOffset..edit.Span.EndOffset].Split('\n')) output.WriteLine($"- {line.TrimEnd('\r')}");
                foreach (var line in edit.NewText.Split('\n')) output.WriteLine($"+ {line}");
            }
        }
    }

    // Replaced whole, so the file is never left half written; a byte-order mark the file had is kept.
    private static void WriteWhole(string path, string text)
    {
        var bom = File.ReadAllBytes(path) is [0xEF, 0xBB, 0xBF, ..];
        try
        {
            WholeFile.Replace(path, stream =>
            {
                using var file = new StreamWriter(stream, new UTF8Encoding(bom));
                file.Write(text);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot write the fixed file '{path}' ({e.Message}); check that its folder is writable, then run fix again.");
        }
    }
}
