using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Lowering;

/// <summary>Declarations: imports, types (structs, interfaces, others), functions and methods, var and const.</summary>
internal sealed partial class GoLowering
{
    // ------------------------------------------------------------------------------------------------------------
    // Imports

    private void ImportDeclaration(GoParser.ImportDeclContext context, List<ImportDecl> imports)
    {
        var specs = context.importSpec();
        foreach (var spec in specs)
        {
            var span = specs.Length == 1 && context.LPAREN() is null ? Span(context) : Span(spec);
            var path = spec.importPath is null ? string.Empty : StringLiteralValue(spec.importPath.Start);
            var alias = spec.dot is not null ? "." : spec.packageName?.Text;
            imports.Add(new ImportDecl(span, path, alias, []));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Top level

    private void TopLevelDeclaration(GoParser.TopLevelDeclContext context, List<IrStatement> body)
    {
        if (context.functionDecl() is { } function) body.Add(FunctionDeclaration(function));
        else if (context.methodDecl() is { } method) body.Add(MethodDeclaration(method));
        else if (context.declaration() is { } declaration) Declaration(declaration, body, local: false);
    }

    /// <summary>const, var and type declarations; a local type declaration is an opaque statement (its name must not
    /// shadow a package-level type in the package model).</summary>
    private void Declaration(GoParser.DeclarationContext context, List<IrStatement> output, bool local)
    {
        if (context.constDecl() is { } constDecl)
        {
            var specs = constDecl.constSpec();
            foreach (var spec in specs)
                output.Add(ConstSpec(spec, specs.Length == 1 && constDecl.LPAREN() is null ? Span(constDecl) : Span(spec)));
        }
        else if (context.varDecl() is { } varDecl)
        {
            var specs = varDecl.varSpec();
            foreach (var spec in specs)
                output.Add(VarSpec(spec, specs.Length == 1 && varDecl.LPAREN() is null ? Span(varDecl) : Span(spec)));
        }
        else if (context.typeDecl() is { } typeDecl)
        {
            if (local)
            {
                output.Add(new OtherStatement(Span(typeDecl), "type declaration", []));
                return;
            }
            var specs = typeDecl.typeSpec();
            foreach (var spec in specs)
                if (TypeSpec(spec, specs.Length == 1 && typeDecl.LPAREN() is null ? Span(typeDecl) : Span(spec)) is { } type)
                    output.Add(type);
        }
    }

    private Assignment ConstSpec(GoParser.ConstSpecContext spec, SourceSpan span) =>
        new(span, Names(spec.identifierList()), Expressions(spec.expressionList()), "=", true,
            spec.type() is { } type ? TextOf(type) : null);

    private Assignment VarSpec(GoParser.VarSpecContext spec, SourceSpan span) =>
        new(span, Names(spec.identifierList()), Expressions(spec.expressionList()), "=", true,
            spec.type() is { } type ? TextOf(type) : null);

    private List<IrExpression> Names(GoParser.IdentifierListContext? list)
    {
        var names = new List<IrExpression>();
        if (list is null) return names;
        foreach (var identifier in list.IDENTIFIER())
            if (IsPresent(identifier)) names.Add(Name(identifier.Symbol));
        return names;
    }

    private IrExpression Name(IToken identifier)
    {
        var name = identifier.Text; // a token's text is a new string on every read
        return name switch
        {
            "nil" => new LiteralExpression(Span(identifier), LiteralKind.Null, name),
            "true" or "false" => new LiteralExpression(Span(identifier), LiteralKind.Boolean, name),
            _ => new NameExpression(Span(identifier), name),
        };
    }

    // ------------------------------------------------------------------------------------------------------------
    // Types

    private TypeDecl? TypeSpec(GoParser.TypeSpecContext spec, SourceSpan span)
    {
        if (spec.aliasDecl() is { } alias)
            return alias.IDENTIFIER() is { } aliasName && IsPresent(aliasName)
                ? new TypeDecl(span, aliasName.GetText(), TypeDeclKind.Other, [], [], [], [], [])
                : null;
        if (spec.typeDef() is not { } definition || definition.IDENTIFIER() is not { } name || !IsPresent(name)) return null;
        var type = Unparenthesized(definition.type());
        if (type?.typeLit() is { } literal)
        {
            if (literal.structType() is { } structType)
                return new TypeDecl(span, name.GetText(), TypeDeclKind.Struct, [], StructFields(structType), [], [], []);
            if (literal.interfaceType() is { } interfaceType)
            {
                var methods = new List<string>();
                var bases = new List<string>();
                InterfaceElements(interfaceType, methods, bases);
                return new TypeDecl(span, name.GetText(), TypeDeclKind.Interface, bases, [], methods, [], []);
            }
        }
        return new TypeDecl(span, name.GetText(), TypeDeclKind.Other, [], [], [], [], []);
    }

    private static GoParser.TypeContext? Unparenthesized(GoParser.TypeContext? type)
    {
        while (type is not null && type.LPAREN() is not null && type.type() is { } inner) type = inner;
        return type;
    }

    private List<FieldDecl> StructFields(GoParser.StructTypeContext structType)
    {
        var fields = new List<FieldDecl>();
        foreach (var field in structType.fieldDecl())
        {
            switch (field)
            {
                case GoParser.NamedFieldDeclContext named when named.type() is { } type:
                    var typeText = TextOf(type);
                    foreach (var identifier in named.identifierList()?.IDENTIFIER() ?? [])
                        if (IsPresent(identifier))
                            fields.Add(new FieldDecl(Span(identifier.Symbol, type), identifier.GetText(), typeText, false, null));
                    break;
                case GoParser.EmbeddedFieldDeclContext { } embedded when embedded.embeddedField() is { } embeddedField
                                                                        && embeddedField.typeName() is { name: { } typeName }:
                    fields.Add(new FieldDecl(Span(embeddedField), typeName.Text, TextOf(embeddedField), true, null));
                    break;
            }
        }
        return fields;
    }

    /// <summary>Method names and embedded interfaces (a single type name, possibly qualified or instantiated);
    /// unions and approximation elements are type constraints, not bases.</summary>
    private void InterfaceElements(GoParser.InterfaceTypeContext interfaceType, List<string> methods, List<string> bases)
    {
        foreach (var element in interfaceType.interfaceElem())
        {
            if (element.methodElem() is { name: { } method }) methods.Add(method.Text);
            else if (element.typeElem() is { } typeElement && typeElement.typeTerm() is [{ } term]
                     && term.TILDE() is null && term.type() is { } type && Unparenthesized(type)?.typeName() is not null)
                bases.Add(TextOf(type));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Functions and methods

    private FunctionDecl FunctionDeclaration(GoParser.FunctionDeclContext context) =>
        new(Span(context), context.name?.Text ?? string.Empty, null, null,
            Parameters(context.signature()?.parameters()),
            context.body is { } body ? FunctionBody(context.signature(), body) : null, []);

    private FunctionDecl MethodDeclaration(GoParser.MethodDeclContext context)
    {
        string? owner = null;
        string? receiverName = null;
        if (context.receiver()?.parameters()?.parameterDecl() is [{ } receiver, ..])
        {
            var names = receiver.identifierList()?.IDENTIFIER();
            if (names is [{ } first, ..] && IsPresent(first) && first.GetText() != "_") receiverName = first.GetText();
            owner = ReceiverType(receiver.type());
        }
        return new FunctionDecl(Span(context), context.name?.Text ?? string.Empty, owner, receiverName,
            Parameters(context.signature()?.parameters()),
            context.body is { } body ? FunctionBody(context.signature(), body) : null, []);
    }

    /// <summary>A function's body, its named results declared first: Go makes them locals of the body, set to their zero
    /// values, so a name a result takes is the function's own, not a package variable of that name.</summary>
    private Block FunctionBody(GoParser.SignatureContext? signature, GoParser.BlockContext body)
    {
        var block = Block(body);
        if (signature?.result()?.parameters() is not { } results) return block;
        var named = Parameters(results).Where(p => p.Name != "_").ToList();
        if (named.Count == 0) return block;
        return new Block(block.Span, [.. named.Select(r => new Assignment(r.Span, [new NameExpression(r.Span, r.Name)], [], "=", true, r.TypeText)), .. block.Statements]);
    }

    /// <summary>The receiver's base type name: <c>*DeltaFIFO</c> → DeltaFIFO, <c>*Set[T]</c> → Set.</summary>
    private string? ReceiverType(GoParser.TypeContext? type)
    {
        for (var i = 0; type is not null && i < 16; i++)
        {
            type = Unparenthesized(type);
            if (type?.typeName() is { name: { } name }) return name.Text;
            if (type?.typeLit()?.pointerType() is { } pointer) type = pointer.type();
            else break;
        }
        return type is null ? null : Facts.GoTypeNames.Base(TextOf(type));
    }

    /// <summary>One parameter per declared name; an unnamed parameter is named "_". A variadic parameter's type
    /// text keeps its "...".</summary>
    private List<Parameter> Parameters(GoParser.ParametersContext? parameters)
    {
        var result = new List<Parameter>();
        if (parameters is null) return result;
        foreach (var declaration in parameters.parameterDecl())
        {
            var type = declaration.type();
            var typeText = type is null ? null : TextOf(type);
            if (typeText is not null && declaration.ELLIPSIS() is { } ellipsis && IsPresent(ellipsis)) typeText = "..." + typeText;
            var names = declaration.identifierList()?.IDENTIFIER();
            if (names is null || names.Length == 0)
            {
                result.Add(new Parameter(Span(declaration), "_", typeText, null));
                continue;
            }
            foreach (var name in names)
                if (IsPresent(name))
                    result.Add(new Parameter(type is null ? Span(name) : Span(name.Symbol, type), name.GetText(), typeText, null));
        }
        return result;
    }
}
