namespace Analyzer.Core.Semantics;

/// <summary>What a file-system act does when the path it names changed after a check (<see
/// cref="ILanguageFacts.LostPathRaceOutcome"/>).</summary>
public enum LostPathRace
{
    /// <summary>It fails: raises or returns an error the code may handle.</summary>
    Fails,

    /// <summary>It writes into whatever is there, making the path if it is missing, and fails in no way the code could see.</summary>
    Overwrites,

    /// <summary>It puts a complete file at the path in one step, whatever was there.</summary>
    Replaces,
}
