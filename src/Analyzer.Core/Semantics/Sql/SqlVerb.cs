namespace Analyzer.Core.Semantics.Sql;

/// <summary>What a SQL statement does to its table.</summary>
public enum SqlVerb
{
    /// <summary>Reads rows.</summary>
    Select,
    /// <summary>Adds rows.</summary>
    Insert,
    /// <summary>Changes rows.</summary>
    Update,
    /// <summary>Removes rows.</summary>
    Delete,
}
