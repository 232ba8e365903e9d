namespace Analyzer.Core.Ir;

/// <summary>The kind of every IR node; rules register callbacks per kind.</summary>
public enum IrKind
{
    /// <summary>A <see cref="Module"/>.</summary>
    Module,
    /// <summary>A <see cref="Comment"/>.</summary>
    Comment,
    /// <summary>A <see cref="ImportDecl"/>.</summary>
    ImportDecl,
    /// <summary>A <see cref="TypeDecl"/>.</summary>
    TypeDecl,
    /// <summary>A <see cref="FieldDecl"/>.</summary>
    FieldDecl,
    /// <summary>A <see cref="FunctionDecl"/>.</summary>
    FunctionDecl,
    /// <summary>A <see cref="Parameter"/>.</summary>
    Parameter,
    /// <summary>A <see cref="Block"/>.</summary>
    Block,
    /// <summary>A <see cref="ExpressionStatement"/>.</summary>
    ExpressionStatement,
    /// <summary>A <see cref="Assignment"/>.</summary>
    Assignment,
    /// <summary>A <see cref="IfStatement"/>.</summary>
    IfStatement,
    /// <summary>A <see cref="LoopStatement"/>.</summary>
    LoopStatement,
    /// <summary>A <see cref="SwitchStatement"/>.</summary>
    SwitchStatement,
    /// <summary>A <see cref="SwitchCase"/>.</summary>
    SwitchCase,
    /// <summary>A <see cref="ReturnStatement"/>.</summary>
    ReturnStatement,
    /// <summary>A <see cref="WithStatement"/>.</summary>
    WithStatement,
    /// <summary>A <see cref="WithItem"/>.</summary>
    WithItem,
    /// <summary>A <see cref="DeferStatement"/>.</summary>
    DeferStatement,
    /// <summary>A <see cref="SpawnStatement"/>.</summary>
    SpawnStatement,
    /// <summary>A <see cref="TryStatement"/>.</summary>
    TryStatement,
    /// <summary>A <see cref="ExceptHandler"/>.</summary>
    ExceptHandler,
    /// <summary>A <see cref="RaiseStatement"/>.</summary>
    RaiseStatement,
    /// <summary>A <see cref="JumpStatement"/>.</summary>
    JumpStatement,
    /// <summary>A <see cref="LabeledStatement"/>.</summary>
    LabeledStatement,
    /// <summary>A <see cref="DeleteStatement"/>.</summary>
    DeleteStatement,
    /// <summary>A <see cref="OtherStatement"/>.</summary>
    OtherStatement,
    /// <summary>A <see cref="NameExpression"/>.</summary>
    NameExpression,
    /// <summary>A <see cref="MemberAccess"/>.</summary>
    MemberAccess,
    /// <summary>A <see cref="IndexExpression"/>.</summary>
    IndexExpression,
    /// <summary>A <see cref="CallExpression"/>.</summary>
    CallExpression,
    /// <summary>A <see cref="Argument"/>.</summary>
    Argument,
    /// <summary>A <see cref="LiteralExpression"/>.</summary>
    LiteralExpression,
    /// <summary>A <see cref="InterpolatedString"/>.</summary>
    InterpolatedString,
    /// <summary>A <see cref="BinaryExpression"/>.</summary>
    BinaryExpression,
    /// <summary>A <see cref="UnaryExpression"/>.</summary>
    UnaryExpression,
    /// <summary>A <see cref="ConditionalExpression"/>.</summary>
    ConditionalExpression,
    /// <summary>A <see cref="FunctionLiteral"/>.</summary>
    FunctionLiteral,
    /// <summary>A <see cref="CollectionExpression"/>.</summary>
    CollectionExpression,
    /// <summary>A <see cref="KeyValueExpression"/>.</summary>
    KeyValueExpression,
    /// <summary>A <see cref="ComprehensionExpression"/>.</summary>
    ComprehensionExpression,
    /// <summary>A <see cref="OtherExpression"/>.</summary>
    OtherExpression,
}
