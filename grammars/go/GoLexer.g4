/*
 * Lexer for Go 1.22, written from "The Go Programming Language Specification", section "Lexical elements".
 *
 * Semicolons: the specification's automatic semicolon insertion (section "Semicolons") is done by the hand-written
 * base class GoLexerBase (src/Analyzer.Frontends.Go/Parsing/GoLexerBase.cs): it turns a newline (or a comment that
 * spans lines, or the end of the file) into SEMI when the previous token ends a statement, and drops it otherwise.
 * The parser never sees NEWLINE.
 *
 * Comments (including //go: directives and build constraints) are tokens on the HIDDEN channel.
 * Offsets are UTF-16 code units (the driver reads through AntlrInputStream), so a character outside the Basic
 * Multilingual Plane arrives as a surrogate pair.
 */
lexer grammar GoLexer;

options { superClass = GoLexerBase; }

@header { using Analyzer.Frontends.Go.Parsing; }

// BODY_LBRACE: the '{' that opens the body of an if, for or switch statement. GoLexerBase retypes it (see
// GoBodyBraces.cs and section "Composite literals" of the specification).
tokens { BODY_LBRACE }

// ---------------------------------------------------------------------------------------------------------------
// Keywords (section "Keywords"). They precede IDENTIFIER so that an equal-length match is a keyword.

BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// Section "Identifiers": identifier = letter { letter | unicode_digit } .
IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// ---------------------------------------------------------------------------------------------------------------
// Operators and punctuation (section "Operators and punctuation").

// Assignment operators: assign_op = [ add_op | mul_op ] "=" .
PLUS_ASSIGN     : '+=';
MINUS_ASSIGN    : '-=';
OR_ASSIGN       : '|=';
CARET_ASSIGN    : '^=';
STAR_ASSIGN     : '*=';
DIV_ASSIGN      : '/=';
MOD_ASSIGN      : '%=';
SHL_ASSIGN      : '<<=';
SHR_ASSIGN      : '>>=';
AMP_ASSIGN      : '&=';
AND_NOT_ASSIGN  : '&^=';
ASSIGN          : '=';
DECLARE_ASSIGN  : ':=';

LOGICAL_OR  : '||';
LOGICAL_AND : '&&';

EQUALS            : '==';
NOT_EQUALS        : '!=';
LESS              : '<';
LESS_OR_EQUALS    : '<=';
GREATER           : '>';
GREATER_OR_EQUALS : '>=';

PLUS    : '+';
MINUS   : '-';
OR      : '|';
CARET   : '^';
STAR    : '*';
DIV     : '/';
MOD     : '%';
SHL     : '<<';
SHR     : '>>';
AMP     : '&';
AND_NOT : '&^';

NOT         : '!';
TILDE       : '~';
ARROW       : '<-';
PLUS_PLUS   : '++';
MINUS_MINUS : '--';
ELLIPSIS    : '...';

LPAREN : '(';
RPAREN : ')';
LBRACK : '[';
RBRACK : ']';
LBRACE : '{';
RBRACE : '}';
COMMA  : ',';
DOT    : '.';
SEMI   : ';';
COLON  : ':';

// ---------------------------------------------------------------------------------------------------------------
// Literals.

// Section "Integer literals": int_lit = decimal_lit | binary_lit | octal_lit | hex_lit .
INT_LIT : DECIMAL_LIT | BINARY_LIT | OCTAL_LIT | HEX_LIT;

// Section "Floating-point literals": float_lit = decimal_float_lit | hex_float_lit .
FLOAT_LIT : DECIMAL_FLOAT_LIT | HEX_FLOAT_LIT;

// Section "Imaginary literals": imaginary_lit = (decimal_digits | int_lit | float_lit) "i" .
IMAGINARY_LIT
    : (DECIMAL_DIGITS | DECIMAL_LIT | BINARY_LIT | OCTAL_LIT | HEX_LIT | DECIMAL_FLOAT_LIT | HEX_FLOAT_LIT) 'i'
    ;

// Section "Rune literals": rune_lit = "'" ( unicode_value | byte_value ) "'" .
RUNE_LIT : '\'' (RUNE_CHAR | SURROGATE_PAIR | LITTLE_U_VALUE | BIG_U_VALUE | RUNE_ESCAPED_CHAR | OCTAL_BYTE_VALUE | HEX_BYTE_VALUE) '\'';

// Section "String literals": raw_string_lit = "`" { unicode_char | newline } "`" .
RAW_STRING_LIT : '`' ~'`'* '`';

// interpreted_string_lit = `"` { unicode_value | byte_value } `"` .
INTERPRETED_STRING_LIT
    : '"' (STRING_CHAR | LITTLE_U_VALUE | BIG_U_VALUE | STRING_ESCAPED_CHAR | OCTAL_BYTE_VALUE | HEX_BYTE_VALUE)* '"'
    ;

// ---------------------------------------------------------------------------------------------------------------
// Comments and white space (sections "Comments" and "Tokens"). Only U+000A is a newline for semicolon insertion; a
// carriage return is plain white space.

GENERAL_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
LINE_COMMENT    : '//' ~'\n'* -> channel(HIDDEN);
WS              : [ \t\r]+ -> skip;
// A newline becomes SEMI when the line's last token ends a statement, and is dropped otherwise (GoLexerBase). The
// blank lines and indentation after it are part of the match, so they cost no extra pass of the lexer.
NEWLINE         : '\n' [ \t\r\n]* {this.OnNewline();};

// ---------------------------------------------------------------------------------------------------------------
// Fragments.

// Section "Letters and digits". Unicode letters and digits in the Basic Multilingual Plane (see the header).
fragment LETTER        : [\p{L}] | '_';
fragment UNICODE_DIGIT : [\p{Nd}];

fragment DECIMAL_DIGIT : [0-9];
fragment BINARY_DIGIT  : [01];
fragment OCTAL_DIGIT   : [0-7];
fragment HEX_DIGIT     : [0-9a-fA-F];

fragment DECIMAL_DIGITS : DECIMAL_DIGIT ('_'? DECIMAL_DIGIT)*;
fragment BINARY_DIGITS  : BINARY_DIGIT ('_'? BINARY_DIGIT)*;
fragment OCTAL_DIGITS   : OCTAL_DIGIT ('_'? OCTAL_DIGIT)*;
fragment HEX_DIGITS     : HEX_DIGIT ('_'? HEX_DIGIT)*;

fragment DECIMAL_LIT : '0' | [1-9] ('_'? DECIMAL_DIGITS)?;
fragment BINARY_LIT  : '0' [bB] '_'? BINARY_DIGITS;
fragment OCTAL_LIT   : '0' [oO]? '_'? OCTAL_DIGITS;
fragment HEX_LIT     : '0' [xX] '_'? HEX_DIGITS;

fragment DECIMAL_FLOAT_LIT
    : DECIMAL_DIGITS '.' DECIMAL_DIGITS? DECIMAL_EXPONENT?
    | DECIMAL_DIGITS DECIMAL_EXPONENT
    | '.' DECIMAL_DIGITS DECIMAL_EXPONENT?
    ;
fragment DECIMAL_EXPONENT : [eE] [+-]? DECIMAL_DIGITS;

fragment HEX_FLOAT_LIT : '0' [xX] HEX_MANTISSA HEX_EXPONENT;
fragment HEX_MANTISSA
    : '_'? HEX_DIGITS '.' HEX_DIGITS?
    | '_'? HEX_DIGITS
    | '.' HEX_DIGITS
    ;
fragment HEX_EXPONENT : [pP] [+-]? DECIMAL_DIGITS;

// unicode_char is any code point but newline; a rune literal holds exactly one, which is one UTF-16 unit or one
// surrogate pair. A lone quote or backslash is not a unicode_value of a rune literal.
fragment RUNE_CHAR      : ~['\\\n\uD800-\uDFFF];
fragment SURROGATE_PAIR : [\uD800-\uDBFF] [\uDC00-\uDFFF];
// Inside a string literal any unit but newline, backslash and double quote stands for itself.
fragment STRING_CHAR    : ~["\\\n];

fragment LITTLE_U_VALUE   : '\\u' HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT;
fragment BIG_U_VALUE      : '\\U' HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT;
fragment OCTAL_BYTE_VALUE : '\\' OCTAL_DIGIT OCTAL_DIGIT OCTAL_DIGIT;
fragment HEX_BYTE_VALUE   : '\\x' HEX_DIGIT HEX_DIGIT;
// escaped_char: \' is valid only in rune literals and \" only in string literals.
fragment RUNE_ESCAPED_CHAR   : '\\' [abfnrtv\\'];
fragment STRING_ESCAPED_CHAR : '\\' [abfnrtv\\"];
