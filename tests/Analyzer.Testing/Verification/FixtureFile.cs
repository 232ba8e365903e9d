using Analyzer.Testing.Expectations;

namespace Analyzer.Testing.Verification;

/// <summary>One fixture file: the path the scan reports it by, its full path, and its markers.</summary>
internal sealed record FixtureFile(string ReportedPath, string FullPath, FixtureExpectations Expectations);
