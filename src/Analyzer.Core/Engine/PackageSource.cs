using Analyzer.Core.Text;

namespace Analyzer.Core.Engine;

/// <summary>One file of a package as read from disk: its bytes, or the diagnostic that says why it could not be read.</summary>
internal sealed record PackageSource(SourceFile Input, byte[]? Bytes, ParseDiagnostic? Unreadable);
