namespace Analyzer.Core.Semantics;

/// <summary>How a language scopes the variables declared at the top level of a file, which the semantic model treats
/// as shared state like fields.</summary>
/// <param name="PackageWide">True when every file of the package sees them (Go); false when each module has its own
/// (Python).</param>
/// <param name="AssignmentDeclaresLocal">True when a plain assignment to a name in a function makes a new local of
/// it (Python); false when only declarations do (Go's := and var).</param>
/// <param name="GlobalStatement">The statement that makes a function's assignments write the top-level name
/// instead (Python's <c>global</c>, an <see cref="Ir.OtherStatement"/> of that description); null where there is none.</param>
public sealed record GlobalScoping(bool PackageWide, bool AssignmentDeclaresLocal, string? GlobalStatement);
