using Analyzer.Core.Ir;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Java.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Java.Lowering;

/// <summary>Declarations: classes, interfaces, enums, records and annotation interfaces, their fields, methods,
/// constructors and initializers.</summary>
internal sealed partial class JavaLowering
{
    private TypeDecl? TypeDeclaration(JavaParser.TypeDeclarationContext context, Modifiers modifiers) => context switch
    {
        { } when context.classDeclaration() is { } c => ClassDeclaration(c, modifiers),
        { } when context.enumDeclaration() is { } e => EnumDeclaration(e, modifiers),
        { } when context.recordDeclaration() is { } r => RecordDeclaration(r, modifiers),
        { } when context.interfaceDeclaration() is { } i => InterfaceDeclaration(i, modifiers),
        { } when context.annotationInterfaceDeclaration() is { } a => Type(a, a.identifier(), TypeDeclKind.Interface, [], [], a.classBody(), modifiers),
        _ => null,
    };

    private TypeDecl ClassDeclaration(JavaParser.ClassDeclarationContext context, Modifiers modifiers)
    {
        var bases = new List<string>();
        if (context.typeType() is { } extended) bases.Add(TextOf(extended));
        if (context.typeList() is { } implemented) bases.AddRange(implemented.typeType().Select(TextOf));
        return Type(context, context.identifier(), TypeDeclKind.Class, bases, [], context.classBody(), modifiers);
    }

    private TypeDecl InterfaceDeclaration(JavaParser.InterfaceDeclarationContext context, Modifiers modifiers) =>
        Type(context, context.identifier(), TypeDeclKind.Interface, context.typeList()?.typeType().Select(TextOf).ToList() ?? [], [], context.classBody(), modifiers);

    /// <summary>A record's components are its fields, and each has an accessor method of its name.</summary>
    private TypeDecl RecordDeclaration(JavaParser.RecordDeclarationContext context, Modifiers modifiers)
    {
        var components = context.recordHeader()?.recordComponent() ?? [];
        var fields = components.Where(c => c.identifier() is not null)
            .Select(c => new FieldDecl(Span(c), c.identifier().GetText(), TextOf(c.typeType()), false, null)).ToList();
        return Type(context, context.identifier(), TypeDeclKind.Class, context.typeList()?.typeType().Select(TextOf).ToList() ?? [], fields,
            context.classBody(), modifiers, extraMethods: fields.Select(f => f.Name));
    }

    /// <summary>An enum's constants are static fields made by its constructor; a constant with a body is a subclass.</summary>
    private TypeDecl EnumDeclaration(JavaParser.EnumDeclarationContext context, Modifiers modifiers)
    {
        var name = context.identifier()?.GetText() ?? string.Empty;
        var constants = context.enumConstants()?.enumConstant() ?? [];
        var members = new ClassMembers(name, constants.Where(c => c.identifier() is not null).Select(c => c.identifier().GetText()).ToHashSet(StringComparer.Ordinal), []);
        _classes.Add(members);
        var fields = new List<FieldDecl>();
        var bodies = new List<IrStatement>();
        try
        {
            foreach (var constant in constants.Where(c => c.identifier() is not null))
            {
                var constantName = constant.identifier().GetText();
                var made = new CallExpression(Span(constant), new NameExpression(Span(constant.identifier()), name), Arguments(constant.arguments()));
                fields.Add(new FieldDecl(Span(constant), constantName, name, false, made));
                if (constant.classBody() is { } body) bodies.Add(Type(constant, constant.identifier(), TypeDeclKind.Class, [name], [], body, Modifiers.None, $"{name}.{constantName}"));
            }
        }
        finally
        {
            _classes.RemoveAt(_classes.Count - 1);
        }
        return Type(context, context.identifier(), TypeDeclKind.Class, context.typeList()?.typeType().Select(TextOf).ToList() ?? [], fields,
            null, modifiers, extraFields: members.Fields, extraDeclarations: context.classBodyDeclaration(), extraMembers: bodies);
    }

    /// <summary>A type and its body: the fields and methods its code reaches by bare name are known before any of it
    /// is lowered.</summary>
    private TypeDecl Type(ParserRuleContext context, JavaParser.IdentifierContext? identifier, TypeDeclKind kind, List<string> bases,
        List<FieldDecl> fields, JavaParser.ClassBodyContext? body, Modifiers modifiers, string? name = null,
        IEnumerable<string>? extraMethods = null, IEnumerable<string>? extraFields = null,
        IEnumerable<JavaParser.ClassBodyDeclarationContext>? extraDeclarations = null, IEnumerable<IrStatement>? extraMembers = null)
    {
        AntlrParseDriver.GuardDepth();
        name ??= identifier?.GetText() ?? string.Empty;
        var declarations = (body?.classBodyDeclaration() ?? []).Concat(extraDeclarations ?? []).ToList();
        var members = new ClassMembers(name, [.. fields.Select(f => f.Name), .. extraFields ?? []], [.. extraMethods ?? []]);
        foreach (var member in declarations.Select(d => d.memberDeclaration()).OfType<JavaParser.MemberDeclarationContext>())
        {
            if (member.fieldDeclaration()?.variableDeclarators() is { } declarators)
                members.Fields.UnionWith(declarators.variableDeclarator().Select(DeclaredName).OfType<string>());
            if (member.methodDeclaration()?.identifier() is { } method) members.Methods.Add(method.GetText());
        }
        _classes.Add(members);
        var lowered = new List<IrStatement>(extraMembers ?? []);
        var interfaceMethods = new List<string>();
        try
        {
            foreach (var declaration in declarations)
                ClassBodyDeclaration(declaration, name, kind, fields, lowered, interfaceMethods);
        }
        finally
        {
            _classes.RemoveAt(_classes.Count - 1);
        }
        return new TypeDecl(Span(context), name, kind, bases, fields, interfaceMethods, lowered, Decorators(modifiers));
    }

    private void ClassBodyDeclaration(JavaParser.ClassBodyDeclarationContext context, string owner, TypeDeclKind kind,
        List<FieldDecl> fields, List<IrStatement> members, List<string> interfaceMethods)
    {
        if (context.block() is { } initializer)
        {
            // An instance initializer runs as part of every constructor; a static one once, when the class is loaded.
            var isStatic = context.STATIC() is not null;
            members.Add(InScope(() => new FunctionDecl(Span(context), isStatic ? "<clinit>" : owner, owner, Receiver, [], Block(initializer), [])));
            return;
        }
        if (context.memberDeclaration() is not { } member) return;
        var modifiers = Modifiers.Of(context.modifier());
        if (member.fieldDeclaration() is { } field) fields.AddRange(Fields(field));
        else if (member.methodDeclaration() is { } method)
        {
            members.Add(Method(context, method.identifier(), owner, modifiers, method.formalParameters(), method.methodBody()?.block()));
            if (kind == TypeDeclKind.Interface && method.identifier() is { } name) interfaceMethods.Add(name.GetText());
        }
        else if (member.constructorDeclaration() is { } constructor)
            members.Add(Method(context, constructor.identifier(), owner, modifiers, constructor.formalParameters(), constructor.block()));
        else if (member.compactConstructorDeclaration() is { } compact)
            members.Add(Method(context, compact.identifier(), owner, modifiers, null, compact.block(), fields.Select(f => f.Name)));
        else if (member.recordDeclaration() is { } record) members.Add(RecordDeclaration(record, modifiers));
        else if (member.typeDeclaration() is { } nested && TypeDeclaration(nested, modifiers) is { } type) members.Add(type);
    }

    /// <summary>A method, constructor or compact constructor (whose parameters are the record's components). A
    /// synchronized one holds the object's lock (the class object's, for a static one) for its whole body.</summary>
    private FunctionDecl Method(ParserRuleContext context, JavaParser.IdentifierContext? identifier, string owner, Modifiers modifiers,
        JavaParser.FormalParametersContext? formal, JavaParser.BlockContext? body, IEnumerable<string>? implicitParameters = null)
    {
        return InScope(() =>
        {
            var parameters = Parameters(formal);
            foreach (var name in implicitParameters ?? []) Declare(name);
            var lowered = body is null ? null : Block(body);
            if (lowered is not null && modifiers.IsSynchronized)
            {
                var span = lowered.Span;
                IrExpression monitor = modifiers.IsStatic
                    ? new MemberAccess(span, new NameExpression(span, owner), "class")
                    : new NameExpression(span, Receiver);
                lowered = new Block(span, [new WithStatement(span, [new WithItem(span, monitor, null)], lowered)]);
            }
            return new FunctionDecl(Span(context), identifier?.GetText() ?? string.Empty, owner, Receiver, parameters, lowered, Decorators(modifiers));
        });
    }

    private List<Parameter> Parameters(JavaParser.FormalParametersContext? context)
    {
        var parameters = new List<Parameter>();
        foreach (var parameter in context?.formalParameter() ?? [])
        {
            if (parameter.variableDeclaratorId() is not { } id || DeclaredName(id) is not { } name) continue;
            Declare(name);
            var type = parameter.typeType() is { } written ? TextOf(written) : null;
            if (type is not null && parameter.ELLIPSIS() is not null) type += "...";
            parameters.Add(new Parameter(Span(parameter), name, type, null));
        }
        return parameters;
    }

    private List<FieldDecl> Fields(JavaParser.FieldDeclarationContext context)
    {
        var type = context.typeType() is { } t ? TextOf(t) : null;
        var declarators = context.variableDeclarators()?.variableDeclarator() ?? [];
        return declarators.Where(d => DeclaredName(d) is not null)
            .Select(d => new FieldDecl(declarators.Length == 1 ? Span(context) : Span(d), DeclaredName(d)!, type, false,
                d.variableInitializer() is { } value ? InScope(() => VariableInitializer(value)) : null))
            .ToList();
    }

    private static string? DeclaredName(JavaParser.VariableDeclaratorContext declarator) =>
        declarator.variableDeclaratorId() is { } id ? DeclaredName(id) : null;

    private static string? DeclaredName(JavaParser.VariableDeclaratorIdContext id) => id.identifier()?.GetText() ?? id.UNDERSCORE()?.GetText();

    private List<IrExpression> Decorators(Modifiers modifiers) =>
        modifiers.Annotations.Where(a => a.qualifiedName() is not null)
            .Select(a => (IrExpression)new NameExpression(Span(a), TextOf(a.qualifiedName()))).ToList();
}
