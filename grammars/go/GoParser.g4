/*
 * Parser for Go 1.22, written from "The Go Programming Language Specification". Rule names follow the
 * specification's productions (lower camel case, as ANTLR requires); comments name the specification's sections.
 *
 * Where this grammar departs from the productions, it does so the way Go's own parser does, for speed (no long
 * lookahead) or because the productions are ambiguous without type information:
 *  - Types that appear in expressions (conversions such as []byte(s), type arguments such as F[int] or
 *    Map[K, V]{}, arguments of make and new, method expressions such as (*T).M) are parsed as expressions: a
 *    Conversion is a callExpr, an instantiation is an indexExpr, a QualifiedIdent is a selectorExpr, a PointerType
 *    is a unary '*', a receive-only channel type is a unary '<-' applied to a chanTypeExpr.
 *  - Statements that begin with an expression list are one rule (simpleStmt) that reads the list first; a keyed
 *    element reads its first element before it knows whether that is the key.
 *  - The body of an if, for or switch statement opens with BODY_LBRACE, not '{': GoLexerBase finds that brace the
 *    way the specification resolves the composite-literal ambiguity (section "Composite literals"; see
 *    GoBodyBraces.cs). So T{...} after the keyword is a composite literal only inside brackets, and no expression
 *    is ever followed by '{', which keeps every decision about '{' to one token of lookahead.
 * The parser never sees newlines: GoLexerBase turns them into SEMI where the specification inserts a semicolon.
 */
parser grammar GoParser;

options {
    tokenVocab = GoLexer;
    superClass = GoParserBase;
    contextSuperClass = IndexedRuleContext;
}

@header { using Analyzer.Frontends.Antlr; using Analyzer.Frontends.Go.Parsing; }

// ===============================================================================================================
// Section "Source file organization"

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

// Section "Package clause"
packageClause
    : PACKAGE packageName=IDENTIFIER
    ;

// Section "Import declarations". A semicolon may be omitted before the closing ')' (section "Semicolons").
importDecl
    : IMPORT (importSpec | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN)
    ;

importSpec
    : (dot=DOT | packageName=IDENTIFIER)? importPath=stringLit
    ;

// ===============================================================================================================
// Section "Declarations and scope"

topLevelDecl
    : declaration
    | functionDecl
    | methodDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

// Section "Constant declarations"
constDecl
    : CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN)
    ;

constSpec
    : identifierList (type? ASSIGN expressionList)?
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

expressionList
    : expression (COMMA expression)*
    ;

// Section "Type declarations"
typeDecl
    : TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN)
    ;

typeSpec
    : aliasDecl
    | typeDef
    ;

aliasDecl
    : IDENTIFIER ASSIGN type
    ;

// Section "Type parameter declarations": "type T[P *C] …" reads both as a generic type and as an array type whose
// length is P*C. GoParserBase.IsTypeParameterList() settles it as Go's parser does: a type parameter list when a
// comma follows or the constraint can only be a type (it holds ~, struct, interface, func, map, chan or []);
// otherwise an array type.
typeDef
    : {this.IsTypeParameterList()}? IDENTIFIER typeParameters type
    | IDENTIFIER type
    ;

typeParameters
    : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK
    ;

// TypeParamDecl = IdentifierList TypeConstraint; TypeConstraint = TypeElem.
typeParamDecl
    : identifierList constraint=typeElem
    ;

// Section "Variable declarations"
varDecl
    : VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN)
    ;

varSpec
    : identifierList (type (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

// Section "Function declarations". A declaration without a body is implemented outside Go (assembly).
functionDecl
    : FUNC name=IDENTIFIER typeParameters? signature body=block?
    ;

// Section "Method declarations"
methodDecl
    : FUNC receiver name=IDENTIFIER signature body=block?
    ;

receiver
    : parameters
    ;

// ===============================================================================================================
// Section "Types"

type
    : typeName typeArgs?
    | typeLit
    | LPAREN type RPAREN
    ;

// TypeName = identifier | QualifiedIdent (section "Qualified identifiers").
typeName
    : (packageName=IDENTIFIER DOT)? name=IDENTIFIER
    ;

// Section "Instantiations"
typeArgs
    : LBRACK typeList COMMA? RBRACK
    ;

typeList
    : type (COMMA type)*
    ;

typeLit
    : arrayType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | sliceType
    | mapType
    | channelType
    ;

// Section "Array types"
arrayType
    : LBRACK length=expression RBRACK elementType=type
    ;

// Section "Slice types"
sliceType
    : LBRACK RBRACK elementType=type
    ;

// Section "Struct types". An embedded field is a type name, optionally behind '*', optionally instantiated.
structType
    : STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE
    ;

fieldDecl
    : identifierList type tag=stringLit?    # namedFieldDecl
    | embeddedField tag=stringLit?          # embeddedFieldDecl
    ;

embeddedField
    : STAR? typeName typeArgs?
    ;

// Section "Pointer types"
pointerType
    : STAR type
    ;

// Section "Function types"
functionType
    : FUNC signature
    ;

signature
    : parameters result?
    ;

// Result = Parameters | Type. A parenthesized Type is already a Parameters list, so it is not repeated here.
result
    : parameters
    | typeName typeArgs?
    | typeLit
    ;

parameters
    : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN
    ;

// "(a, b int)" is one declaration of two names; "(a, b)" is two unnamed parameters of types a and b.
parameterDecl
    : identifierList? ELLIPSIS? type
    ;

// Section "Interface types"
interfaceType
    : INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE
    ;

interfaceElem
    : methodElem
    | typeElem
    ;

methodElem
    : name=IDENTIFIER signature
    ;

// Section "General interfaces": a type set union "~int | ~string"; also an embedded interface such as io.Reader.
typeElem
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type
    ;

// Section "Map types"
mapType
    : MAP LBRACK keyType=type RBRACK elementType=type
    ;

// Section "Channel types". "chan<- chan int": the <- goes with the leftmost chan (first alternative wins).
channelType
    : (CHAN ARROW? | ARROW CHAN) elementType=type
    ;

// ===============================================================================================================
// Section "Blocks" and "Statements". A semicolon may be omitted before the closing '}'; empty statements are the
// gaps between semicolons.

block
    : LBRACE statementList RBRACE
    ;

// The Block of an if or for statement (see BODY_LBRACE in the header).
bodyBlock
    : BODY_LBRACE statementList RBRACE
    ;

statementList
    : statement? (SEMI statement?)*
    ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

// Section "Labeled statements". The labeled statement may be empty ("L: }").
labeledStmt
    : label=IDENTIFIER COLON statement?
    ;

// SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl (EmptyStmt is the absent
// statement in statementList). All of them begin with an expression list, which is read once; what follows it says
// which statement it is:
//   nothing          ExpressionStmt (one expression)
//   ++ or --         IncDecStmt
//   <- expression    SendStmt (lhs is the channel)
//   assignOp list    Assignment
//   := list          ShortVarDecl (lhs holds identifiers only)
simpleStmt
    : lhs=expressionList (
          incDec=(PLUS_PLUS | MINUS_MINUS)
        | ARROW sent=expression
        | assignOp rhs=expressionList
        | DECLARE_ASSIGN rhs=expressionList
    )?
    ;

// assign_op = [ add_op | mul_op ] "=" .
assignOp
    : ASSIGN
    | PLUS_ASSIGN | MINUS_ASSIGN | OR_ASSIGN | CARET_ASSIGN
    | STAR_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AMP_ASSIGN | AND_NOT_ASSIGN
    ;

// Section "Go statements"
goStmt
    : GO expression
    ;

// Section "Return statements"
returnStmt
    : RETURN expressionList?
    ;

// Sections "Break statements", "Continue statements", "Goto statements", "Fallthrough statements"
breakStmt
    : BREAK label=IDENTIFIER?
    ;

continueStmt
    : CONTINUE label=IDENTIFIER?
    ;

gotoStmt
    : GOTO label=IDENTIFIER
    ;

fallthroughStmt
    : FALLTHROUGH
    ;

// Section "Defer statements"
deferStmt
    : DEFER expression
    ;

// Section "If statements"
ifStmt
    : IF (init=simpleStmt? SEMI)? condition=expression body=bodyBlock (ELSE (elseIf=ifStmt | elseBlock=block))?
    ;

// Section "Switch statements"
switchStmt
    : SWITCH (init=simpleStmt? SEMI)? tag=expression? BODY_LBRACE exprCaseClause* RBRACE     # exprSwitchStmt
    | SWITCH (init=simpleStmt? SEMI)? typeSwitchGuard BODY_LBRACE typeCaseClause* RBRACE    # typeSwitchStmt
    ;

exprCaseClause
    : exprSwitchCase COLON statementList
    ;

exprSwitchCase
    : CASE expressionList
    | DEFAULT
    ;

// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" . (Any expression is read before ".(type)".)
typeSwitchGuard
    : (binding=IDENTIFIER DECLARE_ASSIGN)? expression DOT LPAREN TYPE RPAREN
    ;

typeCaseClause
    : typeSwitchCase COLON statementList
    ;

typeSwitchCase
    : CASE typeList
    | DEFAULT
    ;

// Section "Select statements"
selectStmt
    : SELECT LBRACE commClause* RBRACE
    ;

commClause
    : commCase COLON statementList
    ;

commCase
    : CASE sendStmt
    | CASE recvStmt
    | DEFAULT
    ;

// Section "Send statements" (a statement-level send is a simpleStmt; this rule is the select case).
sendStmt
    : channel=expression ARROW value=expression
    ;

// RecvStmt = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr .
recvStmt
    : (expressionList ASSIGN | identifierList DECLARE_ASSIGN)? recvExpr=expression
    ;

// Section "For statements"
forStmt
    : FOR (condition=expression | forClause | rangeClause)? body=bodyBlock
    ;

forClause
    : init=simpleStmt? SEMI condition=expression? SEMI post=simpleStmt?
    ;

// Section "For statements with range clause" (Go 1.22 also ranges over integers).
rangeClause
    : (expressionList ASSIGN | identifierList DECLARE_ASSIGN)? RANGE expression
    ;

// ===============================================================================================================
// Section "Expressions"

// Expression, UnaryExpr, PrimaryExpr and Operand in one left-recursive rule (one parse-tree node per operand or
// operator instead of four; the nesting follows the specification's precedence):
//  - the operands (section "Operands"), the first seven alternatives;
//  - the PrimaryExpr suffixes (section "Primary expressions"), which bind tightest;
//  - UnaryExpr (unary_op = "+" | "-" | "!" | "^" | "*" | "&" | "<-"), which binds tighter than any binary operator;
//  - binary operators in five precedence levels (section "Operators"), highest first, all left-associative.
// OperandName [TypeArgs] arrives as nameExpr followed by selectorExpr and indexExpr; Conversion and MethodExpr have
// no alternative of their own (see the header). A type literal stands as an operand for conversions, type
// arguments and make/new; pointer and receive-only channel types arrive as unaryExpr with '*' and '<-'.
expression
    : lit=(INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | RAW_STRING_LIT | INTERPRETED_STRING_LIT)         # basicLit
    | compositeLit                                                                                # compositeLitExpr
    | functionLit                                                                                 # functionLitExpr
    | IDENTIFIER                                                                                  # nameExpr
    | LPAREN expression RPAREN                                                                    # parenExpr
    | (arrayType | sliceType | mapType | structType | functionType | interfaceType)                # typeExpr
    | CHAN ARROW? elementType=type                                                                # chanTypeExpr
    | expression DOT IDENTIFIER                                                                   # selectorExpr
    | expression DOT LPAREN type RPAREN                                                           # typeAssertionExpr
    | expression LBRACK expressionList COMMA? RBRACK                                              # indexExpr
    | expression LBRACK low=expression? COLON (high=expression (COLON max=expression)?)? RBRACK    # sliceExpr
    | expression arguments                                                                        # callExpr
    | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW) expression                              # unaryExpr
    | expression op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expression                     # binaryExpr
    | expression op=(PLUS | MINUS | OR | CARET) expression                                        # binaryExpr
    | expression op=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) expression  # binaryExpr
    | expression op=LOGICAL_AND expression                                                        # binaryExpr
    | expression op=LOGICAL_OR expression                                                         # binaryExpr
    ;

// Section "String literals" (import paths and struct tags; in expressions a string is a basicLit).
stringLit
    : RAW_STRING_LIT
    | INTERPRETED_STRING_LIT
    ;

// Section "Composite literals"
compositeLit
    : literalType literalValue
    ;

literalType
    : structType
    | arrayType
    | LBRACK ELLIPSIS RBRACK elementType=type
    | sliceType
    | mapType
    | typeName typeArgs?
    ;

literalValue
    : LBRACE (keyedElement (COMMA keyedElement)* COMMA?)? RBRACE
    ;

// KeyedElement = [ Key ":" ] Element. Key and Element have the same shape (an expression or a literal value), so
// the element is read first: with a ':' the first element is the key and the second the value.
keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;

// Section "Function literals"
functionLit
    : FUNC signature body=block
    ;

// Section "Calls": Arguments, also the operand of a Conversion and the type argument of make and new.
arguments
    : LPAREN (expression (COMMA expression)* ELLIPSIS? COMMA?)? RPAREN
    ;
