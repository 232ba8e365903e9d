using System.Text.RegularExpressions;

namespace Analyzer.Core.Semantics.Sql;

/// <summary>
/// Statements that take or let go of a lock the database holds for the connection's transaction: SQLite's <c>BEGIN
/// IMMEDIATE</c> and <c>BEGIN EXCLUSIVE</c> take the database's write lock at once, and <c>LOCK TABLE</c> (PostgreSQL,
/// MySQL's <c>LOCK TABLES</c>) locks tables, until <c>COMMIT</c>, <c>ROLLBACK</c>, <c>END</c> or <c>UNLOCK TABLES</c>.
/// An advisory lock is taken by name (PostgreSQL's <c>SELECT pg_advisory_xact_lock(hashtext(%s))</c>, held to the
/// transaction's end, and <c>pg_advisory_lock</c> to <c>pg_advisory_unlock</c>; MySQL's <c>SELECT GET_LOCK(%s, 10)</c>
/// to <c>RELEASE_LOCK</c>), and is taken here as the one lock: which name the code asks for is its business.
/// Every other connection that wants the lock waits, so what runs between the two is one step for them, in this process
/// or another.
/// </summary>
public static partial class DatabaseLockStatement
{
    /// <summary>The identity of that lock: one per database, whatever statement takes it.</summary>
    public const string LockName = "the database's lock";

    /// <summary><see cref="EffectKind.Acquire"/> or <see cref="EffectKind.Release"/> for a statement that takes or lets
    /// go of the lock; null for any other.</summary>
    public static EffectKind? Of(string sql) =>
        TakePattern().IsMatch(sql) ? EffectKind.Acquire
        : ReleasePattern().IsMatch(sql) ? EffectKind.Release
        : null;

    [GeneratedRegex(@"^\s*(BEGIN\s+(IMMEDIATE|EXCLUSIVE)\b|LOCK\s+TABLES?\b|SELECT\s+(pg_(try_)?advisory_(xact_)?lock|GET_LOCK)\s*\()", RegexOptions.IgnoreCase)]
    private static partial Regex TakePattern();

    [GeneratedRegex(@"^\s*((COMMIT|ROLLBACK|END|UNLOCK\s+TABLES)\b\s*;?\s*$|SELECT\s+(pg_advisory_unlock(_all)?|RELEASE_LOCK)\s*\()", RegexOptions.IgnoreCase)]
    private static partial Regex ReleasePattern();
}
