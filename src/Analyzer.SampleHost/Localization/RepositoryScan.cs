using Analyzer.Core.Engine;

namespace Analyzer.SampleHost.Localization;

/// <summary>One repository the localization scanned: its name in the report, its root, and the scan's result.</summary>
internal sealed record RepositoryScan(string Name, string Root, ScanResult Result);
