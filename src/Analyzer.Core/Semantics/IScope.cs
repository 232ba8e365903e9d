using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What language facts may ask the semantic model about the code around a call.</summary>
public interface IScope
{
    /// <summary>The function being analyzed.</summary>
    FunctionDecl Function { get; }

    /// <summary>The package the function is in.</summary>
    PackageModel Package { get; }

    /// <summary>The field an expression names (receiver.field or self.field, or a field of another package type reached
    /// through a parameter or field declared with that type: mapping.mut), or the top-level variable a bare name
    /// denotes, as a field of no type.</summary>
    FieldDecl? FieldOf(IrExpression expression);

    /// <summary>The package type an expression is declared with: the receiver's type, a parameter's declared type, a
    /// local's when it was last given a new object of a package type (<see cref="ILanguageFacts.CreatedType"/>) or is
    /// declared with one, an item's that a loop takes from a collection declared with its type, or a field's, reached
    /// through them (the bare name: "*pkg.Mapping" is "Mapping"); null when no declaration says.</summary>
    string? DeclaredTypeOf(IrExpression expression);

    /// <summary>The type text a parameter, a local (<c>var users []User</c>) or a field is declared with, as written;
    /// null when no declaration gives one.</summary>
    string? DeclaredTypeText(IrExpression expression);

    /// <summary>The type of the object a field or variable holds: as declared, or as made by the value a field or
    /// top-level variable is first given (<c>self.table = Table()</c>, <c>var table = NewTable()</c>).</summary>
    string? ObjectTypeOf(IrExpression expression);

    /// <summary>The expression last assigned to a local name before <paramref name="at"/>, if the function shows one.</summary>
    IrExpression? ValueOf(string localName, IrNode at);

    /// <summary>True when <paramref name="expression"/> is the receiver (Go receiver, Python self or cls) or, in a method,
    /// the name of its own type: <c>IOLoop._current</c> in a method of <c>IOLoop</c> is the type's own state, as
    /// <c>cls._current</c> is.</summary>
    bool IsReceiver(IrExpression expression);

    /// <summary>The shared state an expression denotes: a receiver field, a top-level variable that is not a lock, an
    /// element of either, or an external store.</summary>
    Resource? ResourceOf(IrExpression expression);

    /// <summary>The shared state an expression denotes, or, for a local, the state it was taken from: a channel a local
    /// took from shared state (<c>ch, ok := c.handlers[id]</c>) is that state to a send on it, a receive or a close, which
    /// other code can close or drop meanwhile. With <paramref name="throughCopies"/>, so is an item of a copy of it: a
    /// loop variable over the state or over a local taken from it (<c>for _, ch := range subs</c>), and a local given
    /// what a call made of such an item or of the state (<c>subs = append(subs, sub)</c> in a loop over
    /// <c>p.subscribers</c>, <c>subs := append([]chan T(nil), p.subs...)</c>): a publisher that sends on a snapshot of its subscribers'
    /// channels after letting the lock go sends on what an unsubscriber may have closed. With <paramref name="ofItem"/>,
    /// so is a member of a local taken from it (<c>sub.ch</c>), a channel the item holds.</summary>
    Resource? ResourceOfOrTakenFrom(IrExpression expression, bool throughCopies = false, bool ofItem = false);

    /// <summary>The expression's text with the receiver's name replaced by "this", so names agree across methods
    /// whose receivers are named differently (used for lock identities and resource keys).</summary>
    string Normalize(IrExpression expression);
}
