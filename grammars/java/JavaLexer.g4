/*
 * Lexer for Java SE 21, written from "The Java Language Specification, Java SE 21 Edition", chapter 3 "Lexical
 * Structure".
 *
 * Unicode escapes (section 3.3) are translated before lexing (JavaUnicodeEscapes in src/Analyzer.Frontends.Java), so
 * this grammar sees the translated text, as the specification's later steps do.
 * Offsets are UTF-16 code units (the driver reads through AntlrInputStream): a character outside the Basic Multilingual
 * Plane arrives as a surrogate pair, which identifiers accept as a letter or digit (section 3.8 allows any code point
 * Character.isJavaIdentifierStart/Part accepts).
 * '>' is always one token: '>>' and '>>>' are two and three adjacent GT tokens, which the parser reads as a shift or as
 * the ends of nested type arguments (section 3.2: "List<List<String>>"); '>>=' and '>>>=' never end type arguments
 * and are tokens of their own.
 * Contextual keywords (section 3.9: exports, module, non-sealed, open, opens, permits, provides, record, requires,
 * sealed, to, transitive, uses, var, when, with, yield) are identifiers here; the parser tells them apart.
 * Comments are tokens on the HIDDEN channel; white space is skipped.
 */
lexer grammar JavaLexer;

// ---------------------------------------------------------------------------------------------------------------
// Section 3.9 Keywords (reserved). '_' is a keyword since Java 9. true, false (3.10.3) and null (3.10.8) are literals
// spelled like keywords. They precede IDENTIFIER so that an equal-length match is a keyword.

ABSTRACT     : 'abstract';
ASSERT       : 'assert';
BOOLEAN      : 'boolean';
BREAK        : 'break';
BYTE         : 'byte';
CASE         : 'case';
CATCH        : 'catch';
CHAR         : 'char';
CLASS        : 'class';
CONST        : 'const';
CONTINUE     : 'continue';
DEFAULT      : 'default';
DO           : 'do';
DOUBLE       : 'double';
ELSE         : 'else';
ENUM         : 'enum';
EXTENDS      : 'extends';
FINAL        : 'final';
FINALLY      : 'finally';
FLOAT        : 'float';
FOR          : 'for';
GOTO         : 'goto';
IF           : 'if';
IMPLEMENTS   : 'implements';
IMPORT       : 'import';
INSTANCEOF   : 'instanceof';
INT          : 'int';
INTERFACE    : 'interface';
LONG         : 'long';
NATIVE       : 'native';
NEW          : 'new';
PACKAGE      : 'package';
PRIVATE      : 'private';
PROTECTED    : 'protected';
PUBLIC       : 'public';
RETURN       : 'return';
SHORT        : 'short';
STATIC       : 'static';
STRICTFP     : 'strictfp';
SUPER        : 'super';
SWITCH       : 'switch';
SYNCHRONIZED : 'synchronized';
THIS         : 'this';
THROW        : 'throw';
THROWS       : 'throws';
TRANSIENT    : 'transient';
TRY          : 'try';
VOID         : 'void';
VOLATILE     : 'volatile';
WHILE        : 'while';
UNDERSCORE   : '_';

TRUE  : 'true';
FALSE : 'false';
NULL  : 'null';

// ---------------------------------------------------------------------------------------------------------------
// Section 3.10 Literals. Longer alternatives first where one literal's prefix is another's (a float's digits).

FLOATING_POINT_LITERAL
    : DIGITS '.' DIGITS? EXPONENT_PART? FLOAT_TYPE_SUFFIX?
    | '.' DIGITS EXPONENT_PART? FLOAT_TYPE_SUFFIX?
    | DIGITS EXPONENT_PART FLOAT_TYPE_SUFFIX?
    | DIGITS EXPONENT_PART? FLOAT_TYPE_SUFFIX
    | HEX_SIGNIFICAND BINARY_EXPONENT FLOAT_TYPE_SUFFIX?
    ;

INTEGER_LITERAL
    : (DECIMAL_NUMERAL | HEX_NUMERAL | OCTAL_NUMERAL | BINARY_NUMERAL) [lL]?
    ;

CHARACTER_LITERAL : '\'' (~['\\\r\n] | ESCAPE_SEQUENCE) '\'';

// Section 3.10.6 Text blocks: three double quotes, white space, a line terminator, then content up to the closing
// three double quotes; one or two double quotes and escaped ones may appear in the content.
TEXT_BLOCK : '"""' [ \t\f]* LINE_TERMINATOR (~["\\] | ESCAPE_SEQUENCE | '\\' LINE_TERMINATOR | '"' ~'"' | '""' ~'"')*? '"""';

STRING_LITERAL : '"' (~["\\\r\n] | ESCAPE_SEQUENCE)* '"';

// ---------------------------------------------------------------------------------------------------------------
// Section 3.11 Separators.

LPAREN    : '(';
RPAREN    : ')';
LBRACE    : '{';
RBRACE    : '}';
LBRACK    : '[';
RBRACK    : ']';
SEMI      : ';';
COMMA     : ',';
ELLIPSIS  : '...';
DOT       : '.';
AT        : '@';
COLONCOLON: '::';

// ---------------------------------------------------------------------------------------------------------------
// Section 3.12 Operators ('>>' and '>>>' are adjacent GT tokens, see the header).

ASSIGN       : '=';
GT           : '>';
LT           : '<';
BANG         : '!';
TILDE        : '~';
QUESTION     : '?';
COLON        : ':';
ARROW        : '->';
EQUAL        : '==';
LE           : '<=';
GE           : '>=';
NOTEQUAL     : '!=';
AND          : '&&';
OR           : '||';
INC          : '++';
DEC          : '--';
ADD          : '+';
SUB          : '-';
MUL          : '*';
DIV          : '/';
BITAND       : '&';
BITOR        : '|';
CARET        : '^';
MOD          : '%';
LSHIFT       : '<<';
ADD_ASSIGN   : '+=';
SUB_ASSIGN   : '-=';
MUL_ASSIGN   : '*=';
DIV_ASSIGN   : '/=';
AND_ASSIGN   : '&=';
OR_ASSIGN    : '|=';
XOR_ASSIGN   : '^=';
MOD_ASSIGN   : '%=';
LSHIFT_ASSIGN  : '<<=';
RSHIFT_ASSIGN  : '>>=';
URSHIFT_ASSIGN : '>>>=';

// ---------------------------------------------------------------------------------------------------------------
// Section 3.8 Identifiers: a Java letter, then Java letters and digits. Beyond ASCII, the classes are the Unicode
// categories Character.isJavaIdentifierStart and isJavaIdentifierPart accept.

IDENTIFIER : JAVA_LETTER JAVA_LETTER_OR_DIGIT*;

// ---------------------------------------------------------------------------------------------------------------
// Sections 3.6 White space and 3.7 Comments. A traditional comment does not nest; an end-of-line comment runs to the
// line terminator. SUB (Control-Z) may end the file (section 3.5).

WS              : ([ \t\f] | LINE_TERMINATOR | '\u001A')+ -> skip;
COMMENT         : '/*' .*? '*/' -> channel(HIDDEN);
LINE_COMMENT    : '//' ~[\r\n]* -> channel(HIDDEN);

// ---------------------------------------------------------------------------------------------------------------
// Fragments.

fragment LINE_TERMINATOR : '\r\n' | '\r' | '\n';

// Letters (a-z and A-Z among them), letter numbers, currency symbols ($) and connector punctuation (_).
fragment JAVA_LETTER
    : [\p{L}\p{Nl}\p{Sc}\p{Pc}]
    | SURROGATE_PAIR
    ;

// Also digits (0-9 among them), combining marks, format characters and the controls Java ignores in identifiers.
fragment JAVA_LETTER_OR_DIGIT
    : JAVA_LETTER
    | [\p{Nd}\p{Mn}\p{Mc}\p{Cf}]
    | [\u0000-\u0008\u000E-\u001B\u007F-\u009F]
    ;

fragment SURROGATE_PAIR : [\uD800-\uDBFF] [\uDC00-\uDFFF];

// Section 3.10.1 Integer literals: digits with underscores only between digits.
fragment DIGITS          : [0-9] ([0-9_]* [0-9])?;
fragment DECIMAL_NUMERAL : '0' | [1-9] ([0-9_]* [0-9])?;
fragment HEX_DIGITS      : [0-9a-fA-F] ([0-9a-fA-F_]* [0-9a-fA-F])?;
fragment HEX_NUMERAL     : '0' [xX] HEX_DIGITS;
fragment OCTAL_NUMERAL   : '0' [_]* [0-7] ([0-7_]* [0-7])?;
fragment BINARY_NUMERAL  : '0' [bB] [01] ([01_]* [01])?;

// Section 3.10.2 Floating-point literals.
fragment EXPONENT_PART     : [eE] [+-]? DIGITS;
fragment FLOAT_TYPE_SUFFIX : [fFdD];
fragment HEX_SIGNIFICAND   : HEX_NUMERAL '.'? | '0' [xX] HEX_DIGITS? '.' HEX_DIGITS;
fragment BINARY_EXPONENT   : [pP] [+-]? DIGITS;

// Section 3.10.7 Escape sequences (\s since Java 15; octal escapes up to \377).
fragment ESCAPE_SEQUENCE
    : '\\' [bstnfr"'\\]
    | '\\' [0-3] [0-7] [0-7]
    | '\\' [0-7] [0-7]?
    ;
