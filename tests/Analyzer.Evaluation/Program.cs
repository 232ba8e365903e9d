using System.CommandLine;
using Analyzer.Evaluation;

var reports = new Option<string[]>("--report")
{
    Description = "A scan's SARIF report, as CORPUS=FILE; give one per corpus.",
    Arity = ArgumentArity.OneOrMore,
    Required = true,
    AllowMultipleArgumentsPerToken = true,
};
reports.Validators.Add(result =>
{
    foreach (var report in result.GetValueOrDefault<string[]>() ?? [])
    {
        var equals = report.IndexOf('=');
        if (equals <= 0) result.AddError($"--report '{report}' is not CORPUS=FILE.");
        else if (!File.Exists(report[(equals + 1)..])) result.AddError($"--report '{report}': the file does not exist; scan the corpus with --format sarif first.");
    }
});
var triage = new Option<FileInfo>("--triage") { Description = "The committed triage file (tab-separated, see TriageFile).", Required = true };
triage.AcceptExistingOnly();
var sample = new Option<int>("--sample") { Description = "Also print this many untriaged in-scope findings per corpus, drawn at random with --seed, as triage lines to fill in." };
var seed = new Option<int>("--seed") { Description = "The seed of --sample's draw.", DefaultValueFactory = _ => 1 };

var command = new RootCommand("Compares scans of real corpora with the committed triage: precision per corpus and per rule, and what has no verdict yet.")
{
    reports, triage, sample, seed,
};
command.SetAction(parsed =>
{
    var findings = parsed.GetValue(reports)!
        .SelectMany(report => SarifReport.Read(report[..report.IndexOf('=')], report[(report.IndexOf('=') + 1)..]))
        .ToList();
    var triageFile = parsed.GetValue(triage)!;
    IReadOnlyList<TriageEntry> entries;
    try
    {
        entries = TriageFile.Parse(File.ReadAllText(triageFile.FullName), triageFile.Name);
    }
    catch (FormatException problem)
    {
        Console.Error.WriteLine($"evaluate: {problem.Message}");
        return 2;
    }
    var result = EvaluationResult.Compute(findings, entries);
    EvaluationTable.Write(Console.Out, result);
    if (parsed.GetValue(sample) is > 0 and var count)
    {
        Console.Out.WriteLine();
        Console.Out.WriteLine($"A sample to triage (seed {parsed.GetValue(seed)}):");
        Console.Out.WriteLine(TriageFile.Header);
        foreach (var finding in TriageSample.Draw(result.Untriaged, count, parsed.GetValue(seed))) Console.Out.WriteLine(TriageFile.Blank(finding));
    }
    return 0;
});
return command.Parse(args).Invoke();
