using Analyzer.Core.Frontends;

namespace Analyzer.Core.Engine;

/// <summary>A file to scan, the frontend that reads it, and the path findings will name it by.</summary>
internal sealed record SourceFile(string FullPath, string ReportedPath, ILanguageFrontend Frontend);
