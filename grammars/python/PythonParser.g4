/*
 * Python 3.12 syntax, written from "The Python Language Reference": chapter 10 (Full Grammar specification) and
 * the chapters it summarises (6 Expressions, 7 Simple statements, 8 Compound statements).
 *
 * Rule names follow the reference. Where the reference's PEG grammar decides by backtracking (assignment targets
 * versus expressions, dict versus set displays, slices versus indexes, the order of parameter kinds), this grammar
 * parses the common shape once and leaves the distinction to the lowering, which sees the whole construct. That
 * keeps every decision a short, fixed lookahead, so ANTLR's SLL prediction succeeds on nearly every file:
 *  - an assignment is parsed as star_expressions followed by an optional assignment tail;
 *  - parameters are a flat list of parameter items, checked for order when lowering;
 *  - a dict or set display is a list of display entries (`k: v`, `**m`, `*s`, `x`);
 *  - parenthesised forms, lists and sets share `elements` (one element and a comprehension, or a comma list);
 *  - all operators from attribute access up to `or` are one left-recursive rule (`disjunction`), so an operand
 *    costs one rule invocation, not one per precedence level.
 * The lowering rejects what the reference would (e.g. `f() = 1`, `{a: 1, b}`), with the node's location.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; superClass = PythonParserBase; contextSuperClass = IndexedRuleContext; }

@header { using Analyzer.Frontends.Antlr; using Analyzer.Frontends.Python.Parsing; }

// ---------------------------------------------------------------------------------------------------------------
// 9.2 File input, 8 Compound statements (statement structure)

file_input : statement* EOF;

statement : compound_stmt | simple_stmts;

simple_stmts : simple_stmt (';' simple_stmt)* ';'? NEWLINE;

// 8 A block is an indented suite, or simple statements on the header's line.
block : NEWLINE INDENT statement+ DEDENT | simple_stmts;

// ---------------------------------------------------------------------------------------------------------------
// 7 Simple statements

simple_stmt
    : expression_stmt
    | type_alias
    | return_stmt
    | import_stmt
    | raise_stmt
    | pass_stmt
    | del_stmt
    | yield_stmt
    | assert_stmt
    | break_stmt
    | continue_stmt
    | global_stmt
    | nonlocal_stmt
    ;

// 7.1 Expression statements and 7.2 assignments: the targets are parsed as expressions (the reference's
// star_targets, single_target and the annotated target are all expressions of a restricted shape).
expression_stmt : star_expressions assignment?;

assignment
    : ':' annotation=expression ('=' annotated_rhs)?    # annotatedAssignment   // 7.2.2
    | ('=' annotated_rhs)+                              # plainAssignment       // 7.2; all but the last rhs are targets too
    | augassign annotated_rhs                           # augmentedAssignment   // 7.2.1
    ;

annotated_rhs : yield_expr | star_expressions;

augassign
    : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    ;

// 7.14 (PEP 695) `type X[T] = ...`; `type` is a soft keyword.
type_alias : 'type' name type_params? '=' expression;

return_stmt : 'return' star_expressions?;

// 7.8 `raise`, `raise E`, `raise E from cause`.
raise_stmt : 'raise' (expression ('from' cause=expression)?)?;

pass_stmt : 'pass';

break_stmt : 'break';

continue_stmt : 'continue';

global_stmt : 'global' name (',' name)*;

nonlocal_stmt : 'nonlocal' name (',' name)*;

// 7.5 The reference's del_targets have the shape of star_targets without the star.
del_stmt : 'del' star_targets;

yield_stmt : yield_expr;

assert_stmt : 'assert' test=expression (',' message=expression)?;

// 7.11 The import statement. A leading '...' is one token: three dots of a relative import.
import_stmt : import_name | import_from;

import_name : 'import' dotted_as_names;

import_from
    : 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    | 'from' ('.' | '...')+ 'import' import_from_targets
    ;

import_from_targets
    : '(' import_from_as_names ','? ')'
    | import_from_as_names
    | '*'
    ;

import_from_as_names : import_from_as_name (',' import_from_as_name)*;

import_from_as_name : name ('as' alias=name)?;

dotted_as_names : dotted_as_name (',' dotted_as_name)*;

dotted_as_name : dotted_name ('as' alias=name)?;

dotted_name : name ('.' name)*;

// ---------------------------------------------------------------------------------------------------------------
// 8 Compound statements

compound_stmt
    : function_def
    | if_stmt
    | class_def
    | with_stmt
    | for_stmt
    | try_stmt
    | while_stmt
    | match_stmt
    | decorated
    ;

// 8.7 / 8.8 Decorators apply to the function or class that follows (PEP 614: any named expression).
decorated : decorators (class_def | function_def);

decorators : decorator+;

decorator : '@' named_expression NEWLINE;

// 8.8 Class definitions; the bases and keywords (metaclass=...) have the syntax of call arguments.
class_def : 'class' name type_params? ('(' arguments? ')')? ':' block;

// 8.7 / 8.9.1 Function definitions, `async def` included.
function_def : 'async'? 'def' name type_params? '(' params? ')' ('->' returnAnnotation=expression)? ':' block;

// 8.7 Parameters: one flat list. The lowering checks the order the reference requires (positional-only
// parameters, then '/', normal ones, then '*' or '*args', keyword-only ones, then '**kwargs') and that parameters
// without defaults do not follow ones with defaults.
params : param_item (',' param_item)* ','?;

param_item
    : param ('=' defaultValue=expression)?                  # plainParam            // x, x: int, x=1, x: int = 1
    | '/'                                                   # positionalOnlyMarker
    | '*' (name (':' starAnnotation=star_expression)?)?     # starParam             // bare '*' marks keyword-only; *a: *Ts
    | '**' param                                            # doubleStarParam
    ;

param : name (':' annotation=expression)?;

// 8.10 (PEP 695) Type parameter lists of generic functions, classes and type aliases.
type_params : '[' type_param (',' type_param)* ','? ']';

type_param
    : name (':' bound=expression)?                      # typeVar             // a bound, or a tuple of constraints
    | '*' name                                          # typeVarTuple
    | '**' name                                         # paramSpec
    ;

// 8.1 The if statement; elif clauses are a flat list.
if_stmt : 'if' named_expression ':' block elif_clause* else_block?;

elif_clause : 'elif' named_expression ':' block;

else_block : 'else' ':' block;

// 8.2 The while statement.
while_stmt : 'while' named_expression ':' block else_block?;

// 8.3 / 8.9.2 The for statement, `async for` included.
for_stmt : 'async'? 'for' star_targets 'in' star_expressions ':' block else_block?;

// 8.5 / 8.9.3 The with statement, `async with` included. Parenthesised items (3.9+) come first: `with (a, b):`
// is two context managers, not a tuple.
with_stmt
    : 'async'? 'with' ('(' with_item (',' with_item)* ','? ')' | with_item (',' with_item)*) ':' block
    ;

with_item : expression ('as' star_target)?;

// 8.4 The try statement: except clauses (or except* clauses, 8.4.2), else, finally.
try_stmt : 'try' ':' block (except_block+ else_block? finally_block? | finally_block);

except_block
    : 'except' (expression ('as' name)?)? ':' block     # exceptClause        // a bare `except:` catches everything
    | 'except' '*' expression ('as' name)? ':' block    # exceptStarClause
    ;

finally_block : 'finally' ':' block;

// ---------------------------------------------------------------------------------------------------------------
// 8.6 The match statement; `match`, `case` and `_` are soft keywords.

match_stmt : 'match' subject_expr ':' NEWLINE INDENT case_block+ DEDENT;

subject_expr : star_named_expression (',' star_named_expression)* ','?;

case_block : 'case' patterns guard? ':' block;

guard : 'if' named_expression;

// 8.6.4 A comma-separated list of patterns: the whole pattern of a case when it has no comma, an open sequence
// pattern when it has one; the same shape sits inside (...) and [...] sequence patterns.
patterns : maybe_star_pattern (',' maybe_star_pattern)* ','?;

maybe_star_pattern : star_pattern | pattern;

// `*rest` or `*_` inside a sequence pattern.
star_pattern : '*' name;

// 8.6.4.2 AS patterns and 8.6.4.1 OR patterns.
pattern : or_pattern ('as' name)?;

or_pattern : closed_pattern ('|' closed_pattern)*;

closed_pattern
    : literal_pattern                                   # literalPattern
    | name                                              # capturePattern      // the name `_` is the wildcard pattern
    | attr                                              # valuePattern
    | dotted_name '(' pattern_arguments? ')'            # classPattern
    | '(' patterns? ')'                                 # groupOrTuplePattern // (p) groups; (), (p,), (p, q): sequences
    | '[' patterns? ']'                                 # listPattern
    | LBRACE mapping_items? RBRACE                      # mappingPattern
    ;

// 8.6.4.3 Literal patterns, complex numbers like -1+2j included.
literal_pattern
    : signed_number (('+' | '-') imaginary=NUMBER)?
    | strings
    | 'None'
    | 'True'
    | 'False'
    ;

signed_number : '-'? NUMBER;

// 8.6.4.6 A value pattern is a dotted name with at least one dot.
attr : name ('.' name)+;

mapping_items : mapping_item (',' mapping_item)* ','?;

mapping_item
    : (literal_pattern | attr) ':' pattern              # keyValuePattern
    | '**' name                                         # doubleStarPattern
    ;

pattern_arguments : pattern_argument (',' pattern_argument)* ','?;

pattern_argument
    : name '=' pattern                                  # keywordPattern
    | pattern                                           # positionalPattern
    ;

// ---------------------------------------------------------------------------------------------------------------
// 6 Expressions

// 6.15 Expression lists: `a, *b, c`; a trailing comma makes a tuple.
star_expressions : star_expression (',' star_expression)* ','?;

star_expression : '*' disjunction | expression;

star_named_expression : '*' disjunction | named_expression;

// 6.12 Assignment expressions (the walrus operator).
named_expression
    : name ':=' expression                              # assignmentExpression
    | expression                                        # plainNamedExpression
    ;

// 6.13 Conditional expressions, and lambdas. The condition and the first branch are disjunctions: a
// comprehension's iterable and `if` clauses are disjunctions too, so a following `if` is never ambiguous.
expression
    : body=disjunction ('if' condition=disjunction 'else' orelse=expression)?
    | lambdef
    ;

// 6.3-6.11 Every operator from primaries up to `or`, highest precedence first (the table in 6.17); ANTLR turns
// the order of the alternatives into precedence climbing, so an operand costs one rule invocation instead of
// one per level. Binary operators nest to the left and ** to the right; unary -, + and ~ bind looser than ** on
// its left (-x**2 is -(x**2)) and tighter on its right (2**-1). A comparison chain a < b <= c nests as
// (a < b) <= c: a comparison whose left operand is a comparison context continues its chain (a parenthesised
// comparison is an atom). The reference restricts some operands (the operand of `not` or of a star is not a full
// disjunction inside arithmetic, e.g. `a + not b`); the lowering rejects those.
disjunction
    : disjunction '.' name                                             # attribute      // 6.3.1
    | disjunction '(' arguments? ')'                                   # call           // 6.3.4
    | disjunction '[' slices ']'                                       # subscript      // 6.3.2 / 6.3.3
    | 'await' disjunction                                              # await          // 6.4
    | <assoc=right> disjunction '**' disjunction                       # power          // 6.5
    | op=('+' | '-' | '~') disjunction                                 # unary          // 6.6
    | disjunction op=('*' | '/' | '//' | '%' | '@') disjunction        # term           // 6.7
    | disjunction op=('+' | '-') disjunction                           # sum
    | disjunction op=('<<' | '>>') disjunction                         # shift          // 6.8
    | disjunction '&' disjunction                                      # bitwiseAnd     // 6.9
    | disjunction '^' disjunction                                      # bitwiseXor
    | disjunction '|' disjunction                                      # bitwiseOr
    | disjunction comp_op disjunction                                  # comparison     // 6.10
    | 'not' disjunction                                                # inversion      // 6.11
    | disjunction 'and' disjunction                                    # conjunction
    | disjunction 'or' disjunction                                     # booleanOr
    | atom                                                             # atomExpression
    ;

comp_op
    : '==' | '!=' | '<' | '<=' | '>' | '>='
    | 'in' | 'not' 'in'
    | 'is' 'not' | 'is'                                  // 'is' 'not' first: a is not b is one operator, not a is (not b)
    ;

// 6.3.3 Slicings: a subscript is one slice or a comma list of them (a tuple), starred items included (PEP 646).
slices : slice (',' slice)* ','?;

slice
    : '*' disjunction                                                               # starredSlice
    | lower=named_expression (colon=':' upper=expression? (':' step=expression?)?)? # sliceItem   // colon null: an index
    | colon=':' upper=expression? (':' step=expression?)?                           # sliceItem
    ;

// 6.3.4 Call arguments. A positional argument followed by a comprehension is a generator expression argument
// (valid only as the sole argument; checked when lowering).
arguments : argument (',' argument)* ','?;

argument
    : name '=' expression                               # keywordArgument
    | '*' expression                                    # starredArgument
    | '**' expression                                   # doubleStarredArgument
    | named_expression for_if_clauses?                  # positionalArgument
    ;

// 6.2 Atoms.
atom
    : (NAME | 'match' | 'case' | 'type' | '_')          # nameAtom            // soft keywords are names here
    | ('True' | 'False' | 'None')                       # constantAtom
    | NUMBER                                            # numberAtom
    | strings                                           # stringAtom
    | '...'                                             # ellipsisAtom
    | '(' yield_expr ')'                                # yieldAtom           // 6.2.9
    | '(' elements? ')'                                 # parenAtom           // 6.2.3 / 6.2.8: (), (x), (x,), (x for y in z)
    | '[' elements? ']'                                 # listAtom            // 6.2.5: [x, y] and [x for ...]
    | LBRACE display_entries? RBRACE                    # dictOrSetAtom       // 6.2.6 / 6.2.7; {} is a dict
    ;

// The inside of a parenthesised form, list display or set-like display: an element followed by a comprehension,
// or a comma-separated list (a tuple when parenthesised with at least one comma, or empty).
elements : star_named_expression (for_if_clauses | (',' star_named_expression)* ','?);

// 6.2.6 / 6.2.7 Dict and set displays. The first entry tells which: `k: v` or `**m` makes a dict (comprehension
// or display), anything else a set.
display_entries : display_entry (for_if_clauses | (',' display_entry)* ','?);

display_entry
    : '**' disjunction                                  # doubleStarredEntry
    | '*' disjunction                                   # starredEntry
    | key=named_expression (':' value=expression)?      # expressionEntry     // value null: a set element
    ;

// 6.2.4 Comprehensions: one or more `for` clauses, each with its `if` conditions.
for_if_clauses : for_if_clause+;

for_if_clause : 'async'? 'for' star_targets 'in' iterable=disjunction ('if' conditions+=disjunction)*;

// 6.2.9 Yield expressions.
yield_expr : 'yield' ('from' expression | star_expressions)?;

// 6.14 Lambdas: parameters as for def, without annotations.
lambdef : 'lambda' lambda_params? ':' expression;

lambda_params : lambda_param_item (',' lambda_param_item)* ','?;

lambda_param_item
    : name ('=' defaultValue=expression)?               # lambdaPlainParam
    | '/'                                               # lambdaPositionalOnlyMarker
    | '*' name?                                         # lambdaStarParam
    | '**' name                                         # lambdaDoubleStarParam
    ;

// 7.2 Assignment targets of for loops, comprehensions, del and with-items: the reference's star_targets over
// t_primary, which has no operators, so `for x in y` stops before `in`. The lowering rejects calls and literals
// in the final position.
star_targets : star_target (',' star_target)* ','?;

star_target : '*'? t_primary;

t_primary
    : t_primary '.' name                                # targetAttribute
    | t_primary '(' arguments? ')'                      # targetCall          // f().x = 1
    | t_primary '[' slices ']'                          # targetSubscript
    | atom                                              # targetAtom
    ;

// 2.3 Identifiers, soft keywords (2.3.2) included.
name : NAME | 'match' | 'case' | 'type' | '_';

// ---------------------------------------------------------------------------------------------------------------
// 2.4.2 String literal concatenation and 2.4.3 f-strings (PEP 701): the expressions inside replacement fields are
// ordinary expressions.

strings : (STRING | fstring)+;

fstring : FSTRING_START fstring_middle* FSTRING_END;

fstring_middle
    : fstring_replacement_field                         # fstringField
    | FSTRING_MIDDLE                                    # fstringText         // {{ and }} still doubled
    ;

// `{expr}`, `{expr=}` (self-documenting), `{expr!r}` (conversion), `{expr:spec}`, in that order.
fstring_replacement_field
    : LBRACE (yield_expr | star_expressions) self_doc='='? fstring_conversion? fstring_full_format_spec? RBRACE
    ;

fstring_conversion : '!' name;

fstring_full_format_spec : ':' fstring_format_spec*;

// A format spec is literal text with nested replacement fields: `{x:>{width}}`.
fstring_format_spec : FSTRING_MIDDLE | fstring_replacement_field;
