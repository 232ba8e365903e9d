namespace Analyzer.Core.Engine;

/// <summary>How many files a scan left out for one reason.</summary>
/// <param name="Reason">Why: a default-excluded folder ("vendor/", "hidden folders"), "generated files", or a glob of
/// the request ("matched by an exclude glob", "not matched by an include glob").</param>
/// <param name="Files">How many files of a language the scan reads were left out for it.</param>
public sealed record ExcludedFiles(string Reason, int Files);
