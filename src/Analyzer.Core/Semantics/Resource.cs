namespace Analyzer.Core.Semantics;

/// <summary>The kinds of shared state a race can be on.</summary>
public enum ResourceKind
{
    /// <summary>A field of the receiver, or a variable declared at the top level of a file (<see cref="Resource.IsGlobal"/>).</summary>
    Field,
    /// <summary>An element of a field (a map or slice entry).</summary>
    Element,
    /// <summary>An entry of a map built for concurrent use (Go's sync.Map), or a word only ever changed atomically (Go's
    /// sync/atomic): shared by construction, each call atomic by itself, a pair of calls not.</summary>
    ConcurrentEntry,
    /// <summary>An external store: an object reached through a field whose methods run under the store's own lock.</summary>
    ExternalStore,
    /// <summary>One key's entry of an object reached through a field and used like a store: read and written by calls
    /// named like store operations (Get/Add, Lookup/Put, Has/Insert, Load/Store) with that key as first argument. Its
    /// key is the field's and the normalized key argument's, so only calls with the same key pair.</summary>
    StoreEntry,
    /// <summary>A SQL table named in a query.</summary>
    SqlTable,
    /// <summary>A file-system path.</summary>
    FilePath,
    /// <summary>The names a listing of a directory answered (<see cref="ILanguageFacts.ListsDirectory"/>): each may be
    /// gone by the time a path built from it is used. Its key is the directory's path key.</summary>
    DirectoryEntries,
    /// <summary>An entry of a cache.</summary>
    CacheKey,
}

/// <summary>A piece of shared state.</summary>
/// <param name="Kind">What sort of state.</param>
/// <param name="Key">Identity: the normalized text of the state's root (such as "this.items", "this._table", a path expression).</param>
/// <param name="Display">How messages name it.</param>
public sealed record Resource(ResourceKind Kind, string Key, string Display)
{
    /// <summary>How the key of a variable declared at the top level of a file (a package-level var, a module global) begins.</summary>
    public const string GlobalKeyPrefix = "global.";

    /// <summary>How the key of the receiver's own state begins ("this.items").</summary>
    public const string ReceiverKeyPrefix = "this.";

    /// <summary>How the key of a variable begins that a function shares with the code it starts or nests (a local used
    /// inside <c>go func() { … }()</c>, or by a Python closure).</summary>
    public const string CapturedKeyPrefix = "captured.";

    /// <summary>How the key of the state of an object a parameter reaches begins ("param:c.State::running").</summary>
    public const string ParameterKeyPrefix = "param:";

    /// <summary>Joins the key of an object to the key of its own state that one of its methods reaches
    /// ("this.table::running"). It keeps that state apart from the field that holds the object: a change inside the
    /// object does not change which object the field holds, so it cannot stale a nil check of the field.</summary>
    public const string ObjectStateSeparator = "::";

    /// <summary>True for the own state of another object than the receiver, reached through one of its methods.</summary>
    public bool IsOtherObjectsState => Key.Contains(ObjectStateSeparator, StringComparison.Ordinal);

    /// <summary>True for the own state of the object <paramref name="holder"/> holds, reached through one of its methods
    /// ("this.journal::closed" for "this.journal").</summary>
    public bool IsStateOfObjectIn(Resource holder) => Key.StartsWith(holder.Key + ObjectStateSeparator, StringComparison.Ordinal);

    /// <summary>True for state reached through <paramref name="variable"/> of an enclosing function, as a function nested
    /// in it names it (<c>self.items</c> in a <c>def</c> written inside a method).</summary>
    public bool IsCapturedStateOf(string variable) => Key.StartsWith(CapturedKeyPrefix + variable + ".", StringComparison.Ordinal);

    /// <summary>True for state of the receiver: a field of it, or an element or field of one.</summary>
    public bool IsReceiverState => Key.StartsWith(ReceiverKeyPrefix, StringComparison.Ordinal);

    /// <summary>True for state that outlives a call of the function that names it: the receiver's, or a top-level
    /// variable's. A local dies with the call (and a request's with the request).</summary>
    public bool OutlivesCall => IsReceiverState || IsGlobal;

    /// <summary>The receiver's field the state is in ("items" for this.items[id]); null for other state.</summary>
    public string? ReceiverField => Root(ReceiverKeyPrefix);

    /// <summary>The name after <paramref name="prefix"/> up to the first member, element or object state; null when the
    /// key does not begin with it.</summary>
    private string? Root(string prefix)
    {
        if (!Key.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var rest = Key.AsSpan(prefix.Length);
        var end = rest.IndexOfAny('.', '[', ':');
        return (end < 0 ? rest : rest[..end]).ToString();
    }

    /// <summary>The parameter whose object the state is in ("st" for param:st.count); null for other state.</summary>
    public string? Parameter => Root(ParameterKeyPrefix);

    /// <summary>How the key of a file-system path begins.</summary>
    public const string PathKeyPrefix = "path:";

    /// <summary>The file-system path <paramref name="path"/> names, keyed by its normalized text.</summary>
    public static Resource PathOf(Ir.IrExpression path, IScope scope) => new(ResourceKind.FilePath, PathKeyPrefix + PathText(path, scope), path.SourceCode);

    /// <summary>The names a listing of <paramref name="directory"/> (a directory, or a pattern of names) answers, as a
    /// message names them (<paramref name="display"/>: "the names in d").</summary>
    public static Resource EntriesOf(Ir.IrExpression directory, IScope scope, string display) =>
        PathOf(directory, scope) with { Kind = ResourceKind.DirectoryEntries, Display = display };

    /// <summary>The normalized text that keys the path <paramref name="path"/> names, without the prefix.</summary>
    public static string PathText(Ir.IrExpression path, IScope scope) => scope.Normalize(scope.Package.Facts.SamePath(path));

    /// <summary>What the state refers to holds, apart from the reference itself: a channel's queue, which a send changes
    /// while the variable keeps referring to the same channel. It is part of the state (<see cref="IsPartOf"/>).</summary>
    public Resource Contents => this with { Key = Key + ContentsKeySuffix };

    private const string ContentsKeySuffix = ".<contents>";

    /// <summary>True for a top-level variable or an element of one.</summary>
    public bool IsGlobal => Key.StartsWith(GlobalKeyPrefix, StringComparison.Ordinal);

    /// <summary>True when a check of this resource can be invalidated by a write of <paramref name="other"/>:
    /// the same state, an element of it, or one containing it.</summary>
    public bool IsRelatedTo(Resource other) =>
        Family(Kind) == Family(other.Kind) && (Key == other.Key || IsSameField(other)) || IsPartOf(other) || other.IsPartOf(this);

    // A field of another object read through the field that holds it (this.client._pool) and the same field as the
    // object's method reaches it (this.client::_pool).
    private bool IsSameField(Resource other)
    {
        if (IsOtherObjectsState == other.IsOtherObjectsState) return false;
        var (through, plain) = IsOtherObjectsState ? (Key, other.Key) : (other.Key, Key);
        var at = through.IndexOf(ObjectStateSeparator, StringComparison.Ordinal);
        return plain.Length == through.Length - 1 && plain[at] == '.'
               && plain.AsSpan(0, at).SequenceEqual(through.AsSpan(0, at)) && plain.AsSpan(at + 1).SequenceEqual(through.AsSpan(at + 2));
    }

    /// <summary>True when this is state inside <paramref name="whole"/>: f.items.count inside f.items.</summary>
    public bool IsPartOf(Resource whole) =>
        Family(Kind) == Family(whole.Kind) && Key.StartsWith(whole.Key + ".", StringComparison.Ordinal);

    // Fields and their elements are one family: a write of f.items can invalidate a check of f.items[id].
    private static ResourceKind Family(ResourceKind kind) => kind is ResourceKind.Element or ResourceKind.ConcurrentEntry ? ResourceKind.Field : kind;
}
