namespace Analyzer.Core.Findings;

/// <summary>What a related location contributes to a finding.</summary>
public enum LocationRole
{
    /// <summary>The guard read: the check of a TOCTOU pair.</summary>
    Check,
    /// <summary>The condition that decides whether the act runs, where it is apart from the check's read.</summary>
    Guard,
    /// <summary>The mutating action that depends on the check.</summary>
    Act,
    /// <summary>A read of state that the act later uses (for example an object read from an external store).</summary>
    Read,
    /// <summary>A lock acquisition or release that matters to the finding.</summary>
    Lock,
    /// <summary>A caller that holds a lock on the function's behalf.</summary>
    Caller,
    /// <summary>A transaction scope that does not protect the rows read.</summary>
    Transaction,
    /// <summary>A comment or other text that says the race is known.</summary>
    Evidence,
    /// <summary>An exception handler or error check that swallows the act's failure.</summary>
    SwallowedException,
    /// <summary>A sibling implementation of the same operation that does it safely.</summary>
    Contrast,
    /// <summary>Where the code shows the function runs concurrently: a go statement or a thread or task start that runs it.</summary>
    Concurrency,
}
