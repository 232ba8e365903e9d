namespace Analyzer.Core.Fixes;

/// <summary>A mechanical fix of a finding, as Roslyn's code actions are: a title and the edits that make it.</summary>
/// <param name="Title">What the fix does, in one phrase ("Create the directory with exist_ok=True").</param>
/// <param name="Edits">The replacements, in the finding's file, none overlapping another.</param>
public sealed record CodeFix(string Title, IReadOnlyList<TextEdit> Edits);
