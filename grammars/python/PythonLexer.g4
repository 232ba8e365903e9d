/*
 * Python 3.12 tokens, written from "The Python Language Reference", chapter 2 (Lexical analysis).
 *
 * What a plain ANTLR lexer cannot express lives in PythonLexerBase (src/Analyzer.Frontends.Python/Parsing):
 *  - NEWLINE / INDENT / DEDENT (2.1.4-2.1.8): a line break becomes NEWLINE only at the end of a logical line;
 *    inside brackets, on blank lines and on comment-only lines it is hidden as NL. Indentation is measured at the
 *    first token of each logical line and compared with a stack of levels.
 *  - f-strings (2.4.3, PEP 701): FSTRING_START pushes one of the four literal-part modes below; a '{' there
 *    re-enters the default mode for the replacement field's expression; a ':' at the field's own bracket level
 *    enters FORMAT_SPEC; the field's closing '}' pops back. The base class tracks bracket depth and the open
 *    fields, so these rules only say what each piece looks like.
 *
 * Comments go to the HIDDEN channel (a later step attaches them to the IR); spaces, tabs, form feeds and
 * explicit line joins ('\' at the end of a line) are dropped.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

@header { using Analyzer.Frontends.Python.Parsing; }

tokens { INDENT, DEDENT, NL, FSTRING_MIDDLE, FSTRING_END, ERRORTOKEN }

// 2.3.1 Keywords.
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// 2.3.2 Soft keywords: keywords only in the parser positions that say so; everywhere else the parser's `name`
// rule accepts them as identifiers.
MATCH      : 'match';
CASE       : 'case';
TYPE       : 'type';
UNDERSCORE : '_';

// 2.3 Identifiers (NFKC normalisation is not applied; it only matters for comparing names).
NAME : ID_START ID_CONTINUE*;

// 2.4.5-2.4.7 Numeric literals; the parser does not distinguish integers, floats and imaginary numbers.
NUMBER : INTEGER | FLOAT_NUMBER | IMAG_NUMBER;

// 2.4.1 String and bytes literals with every prefix except f. Raw and non-raw strings tokenize alike: a backslash
// always keeps the next character (a quote, or a line break) inside the literal.
STRING : STRING_PREFIX? (SHORT_STRING | LONG_STRING);

// 2.4.3 f-strings: the prefix with its opening quote. The base class picks the literal-part mode from the quote.
FSTRING_START : FSTRING_PREFIX ('\'' | '"' | '\'\'\'' | '"""');

// 2.5 Operators and 2.6 Delimiters, named as CPython's token module names them.
LPAR             : '(';
RPAR             : ')';
LSQB             : '[';
RSQB             : ']';
LBRACE           : '{';
RBRACE           : '}';
COLON            : ':';
COMMA            : ',';
SEMI             : ';';
PLUS             : '+';
MINUS            : '-';
STAR             : '*';
SLASH            : '/';
VBAR             : '|';
AMPER            : '&';
LESS             : '<';
GREATER          : '>';
EQUAL            : '=';
DOT              : '.';
PERCENT          : '%';
EQEQUAL          : '==';
NOTEQUAL         : '!=';
LESSEQUAL        : '<=';
GREATEREQUAL     : '>=';
TILDE            : '~';
CIRCUMFLEX       : '^';
LEFTSHIFT        : '<<';
RIGHTSHIFT       : '>>';
DOUBLESTAR       : '**';
PLUSEQUAL        : '+=';
MINEQUAL         : '-=';
STAREQUAL        : '*=';
SLASHEQUAL       : '/=';
PERCENTEQUAL     : '%=';
AMPEREQUAL       : '&=';
VBAREQUAL        : '|=';
CIRCUMFLEXEQUAL  : '^=';
LEFTSHIFTEQUAL   : '<<=';
RIGHTSHIFTEQUAL  : '>>=';
DOUBLESTAREQUAL  : '**=';
DOUBLESLASH      : '//';
DOUBLESLASHEQUAL : '//=';
AT               : '@';
ATEQUAL          : '@=';
RARROW           : '->';
ELLIPSIS         : '...';
// In an f-string replacement field, a ':' at the field's own level starts the format spec even before '='
// (`f"{x:=10}"` formats x with spec "=10"); there the predicate fails and COLON matches instead.
COLONEQUAL       : ':=' {this.WalrusAllowed()}?;
// Only meaningful before an f-string conversion (`{x!r}`).
EXCLAMATION      : '!';

// 2.1.2-2.1.6 Physical line ends; the base class decides between NEWLINE and NL.
NEWLINE : '\r'? '\n' | '\r';

// 2.1.5 Explicit line joining (the base class drops these; it only checks that one is not the last token).
LINE_JOIN : '\\' ('\r'? '\n' | '\r');

// 2.1.3 Comments, kept for the IR.
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN);

// 2.1.8 / 2.1.9 Whitespace between tokens (the base class reads indentation straight from the characters).
WS : [ \t\f]+ -> skip;

// A UTF-8 byte order mark is allowed at the very start of the file only.
BYTE_ORDER_MARK : '\uFEFF' {this.AtStartOfInput()}? -> skip;

// The input is UTF-16: a character outside the BMP is a surrogate pair, accepted in identifiers without checking
// its category.
fragment ID_START    : [_\p{XID_Start}] | SURROGATE_PAIR;
fragment ID_CONTINUE : [\p{XID_Continue}] | SURROGATE_PAIR;
fragment SURROGATE_PAIR : [\uD800-\uDBFF] [\uDC00-\uDFFF];

fragment INTEGER        : DEC_INTEGER | BIN_INTEGER | OCT_INTEGER | HEX_INTEGER;
fragment DEC_INTEGER    : [1-9] ('_'? DIGIT)* | '0'+ ('_'? '0')*;
fragment BIN_INTEGER    : '0' [bB] ('_'? [01])+;
fragment OCT_INTEGER    : '0' [oO] ('_'? [0-7])+;
fragment HEX_INTEGER    : '0' [xX] ('_'? [0-9a-fA-F])+;
fragment FLOAT_NUMBER   : POINT_FLOAT | EXPONENT_FLOAT;
fragment POINT_FLOAT    : DIGIT_PART? FRACTION | DIGIT_PART '.';
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) EXPONENT;
fragment DIGIT_PART     : DIGIT ('_'? DIGIT)*;
fragment FRACTION       : '.' DIGIT_PART;
fragment EXPONENT       : [eE] [+-]? DIGIT_PART;
fragment IMAG_NUMBER    : (FLOAT_NUMBER | DIGIT_PART) [jJ];
fragment DIGIT          : [0-9];

fragment STRING_PREFIX  : [rRuUbB] | [bB][rR] | [rR][bB];
fragment FSTRING_PREFIX : [fF] | [fF][rR] | [rR][fF];
fragment SHORT_STRING   : '\'' (STRING_ESCAPE | ~[\\\r\n'])* '\'' | '"' (STRING_ESCAPE | ~[\\\r\n"])* '"';
fragment LONG_STRING    : '\'\'\'' (STRING_ESCAPE | ~'\\')*? '\'\'\'' | '"""' (STRING_ESCAPE | ~'\\')*? '"""';
fragment STRING_ESCAPE  : '\\' ('\r\n' | .);

// Pieces of an f-string's literal part (2.4.3): '{{' and '}}' stand for single braces; a backslash keeps the next
// character except a brace; `\N{...}` is one piece, except in raw f-strings, where the braces open a replacement
// field. A backslash before a brace is a literal part of its own (`f"\{x}"` is a backslash, then a field): as a
// one-character token it only wins where no escape pair matches.
fragment FSTRING_ESCAPE
    : '\\' ~[{}\r\n]
    | '\\' ('\r'? '\n' | '\r')
    | '\\N{' ~[}'"\r\n]* '}' {!this.InRawFString()}?
    ;

// Literal part of '...' f-strings. A line break means the f-string is unterminated: the base class reports it and
// reads the break as the end of the line.
mode FSTRING_SQ;
FSTRING_SQ_END        : '\'' -> type(FSTRING_END);
FSTRING_SQ_MIDDLE     : (~[{}\\'\r\n] | '{{' | '}}' | FSTRING_ESCAPE)+ -> type(FSTRING_MIDDLE);
FSTRING_SQ_BACKSLASH  : '\\' -> type(FSTRING_MIDDLE);
FSTRING_SQ_LBRACE     : '{' -> type(LBRACE);
FSTRING_SQ_RBRACE     : '}' -> type(RBRACE);
FSTRING_SQ_NEWLINE    : ('\r'? '\n' | '\r') -> type(ERRORTOKEN);

// Literal part of "..." f-strings (as above).
mode FSTRING_DQ;
FSTRING_DQ_END        : '"' -> type(FSTRING_END);
FSTRING_DQ_MIDDLE     : (~[{}\\"\r\n] | '{{' | '}}' | FSTRING_ESCAPE)+ -> type(FSTRING_MIDDLE);
FSTRING_DQ_BACKSLASH  : '\\' -> type(FSTRING_MIDDLE);
FSTRING_DQ_LBRACE     : '{' -> type(LBRACE);
FSTRING_DQ_RBRACE     : '}' -> type(RBRACE);
FSTRING_DQ_NEWLINE    : ('\r'? '\n' | '\r') -> type(ERRORTOKEN);

// Literal part of '''...''' f-strings. One or two quotes that do not close the string are literal pieces of
// their own, so the longest match never runs past the closing ''' .
mode FSTRING_TSQ;
FSTRING_TSQ_END       : '\'\'\'' -> type(FSTRING_END);
FSTRING_TSQ_MIDDLE    : (~[{}\\'] | '{{' | '}}' | FSTRING_ESCAPE)+ -> type(FSTRING_MIDDLE);
FSTRING_TSQ_QUOTE     : '\'' '\''? -> type(FSTRING_MIDDLE);
FSTRING_TSQ_BACKSLASH : '\\' -> type(FSTRING_MIDDLE);
FSTRING_TSQ_LBRACE    : '{' -> type(LBRACE);
FSTRING_TSQ_RBRACE    : '}' -> type(RBRACE);

// Literal part of """...""" f-strings.
mode FSTRING_TDQ;
FSTRING_TDQ_END       : '"""' -> type(FSTRING_END);
FSTRING_TDQ_MIDDLE    : (~[{}\\"] | '{{' | '}}' | FSTRING_ESCAPE)+ -> type(FSTRING_MIDDLE);
FSTRING_TDQ_QUOTE     : '"' '"'? -> type(FSTRING_MIDDLE);
FSTRING_TDQ_BACKSLASH : '\\' -> type(FSTRING_MIDDLE);
FSTRING_TDQ_LBRACE    : '{' -> type(LBRACE);
FSTRING_TDQ_RBRACE    : '}' -> type(RBRACE);

// The format spec after a replacement field's top-level ':' (2.4.3): literal text up to '}', with nested
// replacement fields. A line break is text in a triple-quoted f-string; in a single-quoted one it ends the spec
// (the base class returns to the field's expression, as CPython 3.12's tokenizer does).
mode FORMAT_SPEC;
FORMAT_SPEC_MIDDLE    : (~[{}\\\r\n] | '\\' ~[{}\r\n])+ -> type(FSTRING_MIDDLE);
FORMAT_SPEC_BACKSLASH : '\\' -> type(FSTRING_MIDDLE);
FORMAT_SPEC_NEWLINE   : ('\r'? '\n' | '\r') {this.InTripleQuotedFString()}? -> type(FSTRING_MIDDLE);
FORMAT_SPEC_END       : ('\r'? '\n' | '\r') -> type(NL);
FORMAT_SPEC_LBRACE    : '{' -> type(LBRACE);
FORMAT_SPEC_RBRACE    : '}' -> type(RBRACE);
