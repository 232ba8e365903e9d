/*
 * Parser for Java SE 21, written from "The Java Language Specification, Java SE 21 Edition", chapter 19 "Syntax" (and
 * the chapters it summarizes: 7 packages and modules, 8 classes, 9 interfaces, 10 arrays, 14 blocks, statements and
 * patterns, 15 expressions).
 *
 * Simplifications that accept every program the specification accepts (a few more too; this is an analyzer, not a
 * compiler):
 * - class, interface, enum, record and annotation interface bodies share one member syntax (a method may end in ';'
 *   and carry an annotation element's 'default' value);
 * - contextual keywords (record, sealed, non-sealed, permits, yield, when, module, open and the module directives) are
 *   IDENTIFIER tokens recognized by their text (JavaParserBase.Is);
 * - the operators '>>' and '>>>' are adjacent GT tokens (see JavaLexer.g4);
 * - a cast names any type before any operand.
 * Expressions use one left-recursive rule, 'expr', ordered from the tightest to the loosest binding (section 15);
 * 'expression' adds lambda expressions, which may stand only where a whole expression does.
 */
parser grammar JavaParser;

options {
    tokenVocab = JavaLexer;
    superClass = JavaParserBase;
    contextSuperClass = IndexedRuleContext;
}

@header { using Analyzer.Frontends.Antlr; using Analyzer.Frontends.Java.Parsing; }

// ---------------------------------------------------------------------------------------------------------------
// 7.3 Compilation units, 7.4 packages, 7.5 imports, 7.7 modules.

compilationUnit
    : packageDeclaration? importDeclaration* SEMI* (topLevelDeclaration SEMI*)* EOF
    | importDeclaration* moduleDeclaration EOF
    ;

packageDeclaration : annotation* PACKAGE qualifiedName SEMI;

importDeclaration : IMPORT STATIC? qualifiedName (DOT MUL)? SEMI;

topLevelDeclaration : classOrInterfaceModifier* typeDeclaration;

moduleDeclaration
    : annotation* ({Is("open")}? IDENTIFIER)? {Is("module")}? IDENTIFIER qualifiedName LBRACE moduleDirective* RBRACE
    ;

moduleDirective
    : {Is("requires")}? IDENTIFIER requiresModifier* qualifiedName SEMI
    | {Is("exports")}? IDENTIFIER qualifiedName ({Is("to")}? IDENTIFIER qualifiedName (COMMA qualifiedName)*)? SEMI
    | {Is("opens")}? IDENTIFIER qualifiedName ({Is("to")}? IDENTIFIER qualifiedName (COMMA qualifiedName)*)? SEMI
    | {Is("uses")}? IDENTIFIER qualifiedName SEMI
    | {Is("provides")}? IDENTIFIER qualifiedName {Is("with")}? IDENTIFIER qualifiedName (COMMA qualifiedName)* SEMI
    ;

requiresModifier : {Is("transitive")}? IDENTIFIER | STATIC;

// ---------------------------------------------------------------------------------------------------------------
// 8.1 Classes, 8.9 enums, 8.10 records, 9.1 interfaces, 9.6 annotation interfaces.

typeDeclaration
    : classDeclaration
    | enumDeclaration
    | recordDeclaration
    | interfaceDeclaration
    | annotationInterfaceDeclaration
    ;

classOrInterfaceModifier
    : annotation
    | PUBLIC | PROTECTED | PRIVATE | STATIC | ABSTRACT | FINAL | STRICTFP
    | {Is("sealed")}? IDENTIFIER
    | {Is("non")}? IDENTIFIER SUB IDENTIFIER
    ;

modifier : classOrInterfaceModifier | NATIVE | SYNCHRONIZED | TRANSIENT | VOLATILE | DEFAULT;

classDeclaration
    : CLASS identifier typeParameters? (EXTENDS typeType)? (IMPLEMENTS typeList)? permitsClause? classBody
    ;

permitsClause : {Is("permits")}? IDENTIFIER typeList;

enumDeclaration : ENUM identifier (IMPLEMENTS typeList)? LBRACE enumConstants? COMMA? (SEMI classBodyDeclaration*)? RBRACE;

enumConstants : enumConstant (COMMA enumConstant)*;

enumConstant : annotation* identifier arguments? classBody?;

recordDeclaration : {Is("record")}? IDENTIFIER identifier typeParameters? recordHeader (IMPLEMENTS typeList)? classBody;

recordHeader : LPAREN (recordComponent (COMMA recordComponent)*)? RPAREN;

recordComponent : annotation* typeType (annotation* ELLIPSIS)? identifier;

interfaceDeclaration : INTERFACE identifier typeParameters? (EXTENDS typeList)? permitsClause? classBody;

annotationInterfaceDeclaration : AT INTERFACE identifier classBody;

classBody : LBRACE classBodyDeclaration* RBRACE;

classBodyDeclaration
    : SEMI
    | STATIC? block
    | modifier* memberDeclaration
    ;

memberDeclaration
    : recordDeclaration
    | methodDeclaration
    | constructorDeclaration
    | compactConstructorDeclaration
    | fieldDeclaration
    | typeDeclaration
    ;

// 8.4 Methods (9.4 interface methods, 9.6.1 annotation interface elements with their default values).
methodDeclaration
    : typeParameters? annotation* typeTypeOrVoid identifier formalParameters dims? throwsClause? (DEFAULT elementValue)? methodBody
    ;

methodBody : block | SEMI;

throwsClause : THROWS typeType (COMMA typeType)*;

// 8.8 Constructors; 8.10.4 a record's compact canonical constructor.
constructorDeclaration : typeParameters? identifier formalParameters throwsClause? block;

compactConstructorDeclaration : identifier block;

fieldDeclaration : typeType variableDeclarators SEMI;

formalParameters
    : LPAREN (receiverParameter (COMMA formalParameter)* | formalParameter (COMMA formalParameter)*)? RPAREN
    ;

receiverParameter : annotation* typeType (identifier DOT)* THIS;

formalParameter : variableModifier* typeType (annotation* ELLIPSIS)? variableDeclaratorId;

variableModifier : FINAL | annotation;

variableDeclarators : variableDeclarator (COMMA variableDeclarator)*;

variableDeclarator : variableDeclaratorId (ASSIGN variableInitializer)?;

variableDeclaratorId : (identifier | UNDERSCORE) dims?;

variableInitializer : arrayInitializer | expression;

arrayInitializer : LBRACE (variableInitializer (COMMA variableInitializer)*)? COMMA? RBRACE;

// ---------------------------------------------------------------------------------------------------------------
// 4 Types, 8.1.2 type parameters, 4.5.1 type arguments, 9.7 annotations.

typeParameters : LT typeParameter (COMMA typeParameter)* GT;

typeParameter : annotation* identifier (EXTENDS annotation* typeType (BITAND typeType)*)?;

typeList : typeType (COMMA typeType)*;

typeTypeOrVoid : typeType | VOID;

typeType : annotation* (primitiveType | classType) dims?;

classType : identifier typeArguments? (DOT annotation* identifier typeArguments?)*;

primitiveType : BOOLEAN | CHAR | BYTE | SHORT | INT | LONG | FLOAT | DOUBLE;

dims : (annotation* LBRACK RBRACK)+;

typeArguments : LT (typeArgument (COMMA typeArgument)*)? GT;

typeArgument : typeType | annotation* QUESTION ((EXTENDS | SUPER) typeType)?;

annotation : AT qualifiedName (LPAREN (elementValuePair (COMMA elementValuePair)* | elementValue)? RPAREN)?;

elementValuePair : identifier ASSIGN elementValue;

elementValue : annotation | elementValueArrayInitializer | expression;

elementValueArrayInitializer : LBRACE (elementValue (COMMA elementValue)*)? COMMA? RBRACE;

qualifiedName : identifier (DOT identifier)*;

identifier : IDENTIFIER;

// ---------------------------------------------------------------------------------------------------------------
// 14 Blocks, statements and patterns.

block : LBRACE blockStatement* RBRACE;

blockStatement
    : localVariableDeclaration SEMI
    | localClassDeclaration
    | statement
    ;

localVariableDeclaration : variableModifier* typeType variableDeclarators;

localClassDeclaration : classOrInterfaceModifier* (classDeclaration | enumDeclaration | recordDeclaration | interfaceDeclaration);

statement
    : block
    | ASSERT expression (COLON expression)? SEMI
    | IF parExpression statement (ELSE statement)?
    | FOR LPAREN forControl RPAREN statement
    | WHILE parExpression statement
    | DO statement WHILE parExpression SEMI
    | TRY resourceSpecification block catchClause* finallyBlock?
    | TRY block (catchClause+ finallyBlock? | finallyBlock)
    | SWITCH parExpression switchBlock
    | SYNCHRONIZED parExpression block
    | RETURN expression? SEMI
    | THROW expression SEMI
    | BREAK identifier? SEMI
    | CONTINUE identifier? SEMI
    | {Is("yield")}? IDENTIFIER expression SEMI
    | SEMI
    | identifier COLON statement
    | expression SEMI
    ;

parExpression : LPAREN expression RPAREN;

forControl
    : variableModifier* typeType variableDeclaratorId COLON expression
    | forInit? SEMI expression? SEMI expressionList?
    ;

forInit : localVariableDeclaration | expressionList;

resourceSpecification : LPAREN resource (SEMI resource)* SEMI? RPAREN;

resource : variableModifier* typeType variableDeclaratorId ASSIGN expression | expr;

catchClause : CATCH LPAREN variableModifier* typeType (BITOR typeType)* (identifier | UNDERSCORE) RPAREN block;

finallyBlock : FINALLY block;

// 14.11 The switch block of a switch statement and a switch expression: rules, or groups of labelled statements.
switchBlock
    : LBRACE switchRule+ RBRACE
    | LBRACE switchBlockStatementGroup* (switchLabel COLON)* RBRACE
    ;

switchRule : switchLabel ARROW (expression SEMI | block | THROW expression SEMI);

switchBlockStatementGroup : (switchLabel COLON)+ blockStatement+;

switchLabel
    : CASE NULL (COMMA DEFAULT)?
    | CASE caseConstant (COMMA caseConstant)* guard?
    | DEFAULT
    ;

caseConstant : pattern | expr;

guard : {Is("when")}? IDENTIFIER expression;

// 14.30 Patterns.
pattern
    : variableModifier* typeType (identifier | UNDERSCORE)
    | typeType LPAREN (pattern (COMMA pattern)*)? RPAREN
    | UNDERSCORE
    ;

// ---------------------------------------------------------------------------------------------------------------
// 15 Expressions.

expression : lambdaExpression | expr;

expressionList : expression (COMMA expression)*;

arguments : LPAREN expressionList? RPAREN;

expr
    : primary
    | expr DOT (identifier arguments? | THIS | typeArguments identifier arguments | NEW typeArguments? innerCreator
               | SUPER (arguments | DOT typeArguments? identifier arguments? | COLONCOLON identifier))
    | expr LBRACK expression RBRACK
    | expr COLONCOLON typeArguments? (identifier | NEW)
    | expr (INC | DEC)
    | (ADD | SUB | INC | DEC) expr
    | (TILDE | BANG) expr
    | LPAREN annotation* typeType (BITAND typeType)* RPAREN (lambdaExpression | expr)
    | expr (MUL | DIV | MOD) expr
    | expr (ADD | SUB) expr
    | expr (LSHIFT | GT GT GT | GT GT) expr
    | expr (LE | GE | LT | GT) expr
    | expr INSTANCEOF (FINAL? typeType | pattern)
    | expr (EQUAL | NOTEQUAL) expr
    | expr BITAND expr
    | expr CARET expr
    | expr BITOR expr
    | expr AND expr
    | expr OR expr
    | <assoc = right> expr QUESTION expression COLON expression
    | <assoc = right> expr assignmentOperator expression
    ;

assignmentOperator
    : ASSIGN | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | MOD_ASSIGN
    | LSHIFT_ASSIGN | RSHIFT_ASSIGN | URSHIFT_ASSIGN
    ;

primary
    : LPAREN expression RPAREN
    | literal
    | THIS arguments?
    | SUPER (arguments | DOT typeArguments? identifier arguments? | COLONCOLON typeArguments? identifier)
    | typeArguments (THIS | SUPER) arguments
    | NEW creator
    | SWITCH parExpression switchBlock
    | typeTypeOrVoid DOT CLASS
    | typeType COLONCOLON (typeArguments? identifier | NEW)
    | identifier arguments?
    ;

literal
    : INTEGER_LITERAL | FLOATING_POINT_LITERAL | CHARACTER_LITERAL | STRING_LITERAL | TEXT_BLOCK | TRUE | FALSE | NULL
    ;

// 15.9 Class instance creation, 15.10.1 array creation.
creator
    : typeArguments? annotation* classType classCreatorRest
    | annotation* (primitiveType | classType) arrayCreatorRest
    ;

innerCreator : annotation* identifier typeArguments? classCreatorRest;

classCreatorRest : arguments classBody?;

arrayCreatorRest
    : dims arrayInitializer
    | (annotation* LBRACK expression RBRACK)+ dims?
    ;

// 15.27 Lambda expressions.
lambdaExpression : lambdaParameters ARROW (expression | block);

lambdaParameters
    : identifier
    | UNDERSCORE
    | LPAREN ((identifier | UNDERSCORE) (COMMA (identifier | UNDERSCORE))*)? RPAREN
    | LPAREN formalParameter (COMMA formalParameter)* RPAREN
    ;
