using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Java.Facts;

/// <summary>The library types whose objects the Java facts know: locks, collections (concurrent or not), atomics and
/// files, recognized by a field's or parameter's declared type or by what a field or local was made from
/// (<c>new ConcurrentHashMap&lt;&gt;()</c>).</summary>
internal static class JavaTypes
{
    private static readonly HashSet<string> Locks = ["ReentrantLock", "Lock", "ReentrantReadWriteLock", "ReadWriteLock", "StampedLock"];

    private static readonly HashSet<string> Collections =
    [
        "Map", "HashMap", "LinkedHashMap", "TreeMap", "WeakHashMap", "IdentityHashMap", "SortedMap", "NavigableMap",
        "Set", "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "List", "ArrayList", "LinkedList",
        "Collection", "Queue", "Deque", "ArrayDeque", "PriorityQueue",
        "ConcurrentHashMap", "ConcurrentMap", "ConcurrentSkipListMap", "ConcurrentSkipListSet", "ConcurrentLinkedQueue",
        "ConcurrentLinkedDeque", "CopyOnWriteArrayList", "CopyOnWriteArraySet", "BlockingQueue", "LinkedBlockingQueue",
        "ArrayBlockingQueue",
    ];

    /// <summary>Collections whose add puts the item behind the others (lists, FIFO queues) or into a plain set: never ahead
    /// of what is there. A priority or sorted one may put it first; a Queue or Deque declared as such may be either.</summary>
    private static readonly HashSet<string> AppendingCollections =
    [
        "List", "ArrayList", "LinkedList", "CopyOnWriteArrayList", "ArrayDeque", "ConcurrentLinkedQueue", "ConcurrentLinkedDeque",
        "LinkedBlockingQueue", "ArrayBlockingQueue", "Set", "HashSet", "LinkedHashSet", "CopyOnWriteArraySet",
    ];

    // Primitives, and the boxes and String, which no method changes.
    private static readonly HashSet<string> Values =
    [
        "boolean", "byte", "short", "int", "long", "float", "double", "char",
        "Boolean", "Byte", "Short", "Integer", "Long", "Float", "Double", "Character", "String",
    ];

    private static readonly HashSet<string> Atomics = ["AtomicInteger", "AtomicLong", "AtomicBoolean", "AtomicReference"];

    /// <summary>The simple name of a type as written: no package, outer class, type arguments or array brackets.</summary>
    public static string Base(string typeText)
    {
        var text = IsVariableArity(typeText) ? typeText[..^VariableArity.Length] : typeText;
        var end = text.IndexOfAny(['<', '[']);
        var name = end >= 0 ? text[..end] : text;
        var dot = name.LastIndexOf('.');
        return (dot >= 0 ? name[(dot + 1)..] : name).Trim();
    }

    private const string VariableArity = "...";

    /// <summary>The type of a variable arity parameter keeps its <c>...</c> (<c>String...</c>).</summary>
    public static bool IsVariableArity(string? typeText) => typeText is not null && typeText.EndsWith(VariableArity, StringComparison.Ordinal);

    /// <summary>True for a primitive type, a box or String: a value no one can change through a copy of it.</summary>
    public static bool IsValue(string typeText) => Values.Contains(typeText.Trim());

    public static bool IsLock(string? typeName) => typeName is not null && Locks.Contains(typeName);

    public static bool IsCollection(string? typeName) => typeName is not null && Collections.Contains(typeName);

    /// <summary>A collection built for use by many threads at once, whose single calls are atomic.</summary>
    public static bool IsConcurrentCollection(string? typeName) =>
        typeName is not null && (typeName.StartsWith("Concurrent", StringComparison.Ordinal) || typeName.StartsWith("CopyOnWrite", StringComparison.Ordinal)
                                 || typeName.EndsWith("BlockingQueue", StringComparison.Ordinal));

    public static bool AddsBehind(string? typeName) => typeName is not null && AppendingCollections.Contains(typeName);

    public static bool IsAtomic(string? typeName) => typeName is not null && Atomics.Contains(typeName);

    public static bool IsFile(string? typeName) => typeName is "File" or "Path";

    /// <summary>The simple type of the object an expression holds: a field's or parameter's declared type, or what a
    /// field or local was made from (<c>new T(…)</c>, or <c>Collections.synchronizedMap(…)</c>, a concurrent map). A
    /// field declared as an interface and made concurrent (<c>Map&lt;K, V&gt; m = new ConcurrentHashMap&lt;&gt;()</c>) is
    /// of the concurrent type.</summary>
    public static string? Of(IrExpression expression, IScope scope)
    {
        if (scope.FieldOf(expression) is { } field)
        {
            var made = field.Initializer is { } value ? Made(value) : null;
            return field.TypeText is { } declared && !declared.StartsWith("var", StringComparison.Ordinal) && !IsConcurrentCollection(made) ? Base(declared) : made;
        }
        if (expression is not NameExpression { Name: var name }) return null;
        if (scope.Function.Parameters.FirstOrDefault(p => p.Name == name) is { TypeText: { } parameterType }) return Base(parameterType);
        return scope.ValueOf(name, expression) is { } assigned ? Made(assigned) : null;
    }

    private static string? Made(IrExpression value) => value switch
    {
        CallExpression { Callee: NameExpression { Name: var type } } => type,
        CallExpression { Callee: MemberAccess { Member: "synchronizedMap" or "synchronizedSet" or "synchronizedList" } } => "ConcurrentMap",
        OtherExpression { Description: "anonymous class", Items: [CallExpression { Callee: NameExpression { Name: var type } }, ..] } => type,
        _ => null,
    };
}
