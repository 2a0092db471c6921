/* parser.y — the Erlang grammar (bison), one form at a time: a function
 * definition or an attribute, from the preprocessor's tokens to the AST of
 * ast.h; or one shell command (parse_exprs).  It builds the tree and
 * nothing else; the layering of expr_100 .. expr_800 follows erl_parse.yrl
 * so precedence is Erlang's exactly. */
%define api.pure full
%define api.prefix {yy}
%expect 0
%param {ParseCtx *pc}

%code requires {
#include "ast.h"
#include "diag.h"
#include "lex.h"

/* What one form parses to. */
typedef struct ParsedForm {
    Ast *fn;            /* A_FUNCTION, or NULL for an attribute */
    char *attr;         /* attribute name (malloc'd), or NULL */
    Ast *args;          /* attribute: A_SEQ of the values */
    int line, col;      /* attribute: position of the name */
} ParsedForm;

/* A lint-time error found while parsing (e.g. an unknown bit type); the
 * front end reports it with the checker's errors, sorted as erl_lint does. */
typedef struct LateDiag {
    int line, col;
    char *msg;
} LateDiag;

typedef struct ParseCtx {
    const Token *toks;
    size_t n, pos;
    size_t last;        /* index of the last token given to the parser */
    Diags *diags;
    ParsedForm *out;
    LateDiag *late;
    size_t nlate, caplate;
    int fresh;          /* counter for generated variable names */
    int shell;          /* parsing a shell command (parse_exprs): see below */
    int start_tok;      /* a start marker yylex hands out before the tokens */
} ParseCtx;

/* Shell mode (parse_exprs) keeps what OTP's abstract format needs and the
 * code generator does not, on fields those nodes do not otherwise use:
 *   A_INT   text = "$"       written as a character ($a)
 *   A_UNOP  of a literal     -1 is not folded into the literal
 *   A_CONS  ival = 1         not the first cell of a [...]: OTP gives it
 *                            the position of its element
 *   A_LC    text = "bc"      a binary comprehension << T || Qs >>
 *   A_GENERATE text = "b"    a bitstring generator <<P>> <= E
 *   A_BINSEG text            the type specifiers as written,
 *                            e.g. "little-signed-unit:8" (NULL: none) */
}

%code provides {
/* Parse the tokens of one form (ending in DOT, or at the end of input).
 * Returns 0 and fills out, or reports the syntax error and returns -1.
 * Late (lint-time) diagnostics are appended to *late. */
int parse_form(const Token *toks, size_t n, ParsedForm *out, Diags *diags,
               LateDiag **late, size_t *nlate, size_t *caplate);
void parse_form_free(ParsedForm *f);
/* Parse a shell command: expressions separated by ',' ending in DOT, in
 * shell mode (above).  Returns 0 with the A_SEQ of expressions in
 * out->args, or reports the syntax error and returns -1. */
int parse_exprs(const Token *toks, size_t n, ParsedForm *out, Diags *diags,
                LateDiag **late, size_t *nlate, size_t *caplate);
}

%code {
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int yylex(YYSTYPE *lval, ParseCtx *pc);
static void yyerror(ParseCtx *pc, const char *msg);

#define T(i) (&pc->toks[(i)])
#define BIT_TYPE_VALUED 7   /* marks unit:N among a segment's type atoms */
#define POS(i) T(i)->line, T(i)->col

static Ast *tok_ast(ParseCtx *pc, int i);
static Ast *cons_chain(ParseCtx *pc, int open, Ast *elems, Ast *tail);
static Ast *bin_generator(ParseCtx *pc, Ast *bin, int tok, Ast *src);
static Ast *mk(AstKind k, int line, int col, Ast *a, Ast *b);
static Ast *binop(ParseCtx *pc, int optok, Ast *l, Ast *r);
static Ast *unop(ParseCtx *pc, int optok, Ast *e);
static Ast *str_append(ParseCtx *pc, Ast *s, int i);
static Ast *function_from_clauses(ParseCtx *pc, Ast *clauses);
static Ast *named_fun(ParseCtx *pc, int funtok, Ast *clauses);
static Ast *bin_segment(ParseCtx *pc, Ast *value, Ast *size, Ast *types);
static void late(ParseCtx *pc, int line, int col, const char *fmt, const char *arg);
}

%union {
    Ast *ast;
    int tok;
}

%token END_OF_INPUT 0 "end of input"
%token <tok> ATOM "atom" VAR "variable" INTEGER "integer" FLOAT "float" CHAR "character" STRING "string"
%token <tok> KW_AFTER "'after'" KW_AND "'and'" KW_ANDALSO "'andalso'" KW_BAND "'band'"
%token <tok> KW_BEGIN "'begin'" KW_BNOT "'bnot'" KW_BOR "'bor'" KW_BSL "'bsl'" KW_BSR "'bsr'"
%token <tok> KW_BXOR "'bxor'" KW_CASE "'case'" KW_CATCH "'catch'" KW_DIV "'div'" KW_END "'end'"
%token <tok> KW_FUN "'fun'" KW_IF "'if'" KW_NOT "'not'" KW_OF "'of'" KW_OR "'or'"
%token <tok> KW_ORELSE "'orelse'" KW_RECEIVE "'receive'" KW_REM "'rem'" KW_TRY "'try'"
%token <tok> KW_WHEN "'when'" KW_XOR "'xor'"
%token <tok> ARROW "'->'" DARROW "'=>'" ASSIGN "':='" COLONCOLON "'::'" LTLT "'<<'" GTGT "'>>'"
%token <tok> LARROW "'<-'" LDARROW "'<='" EQEQ "'=='" NEQ "'/='" EXEQ "'=:='" EXNE "'=/='"
%token <tok> LE "'=<'" GE "'>='" PLUSPLUS "'++'" MINUSMINUS "'--'" OROR "'||'" QQ "'??'"
%token <tok> DOTDOT "'..'" DOTDOTDOT "'...'" DOT "'.'" OTHERCHAR "symbol" T_ERROR "error"
%token <tok> START_EXPRS "start of expressions"
%token <tok> '(' ')' '[' ']' '{' '}' ',' ';' ':' '|' '#' '.' '!' '=' '<' '>' '+' '-' '*' '/' '?'

%type <ast> function function_clauses function_clause clause_args clause_guard clause_body
%type <ast> expr expr_800 expr_max exprs guard atomic strings list list_elems tuple
%type <ast> binary bin_elements bin_element bit_expr opt_bit_size opt_bit_types bit_types bit_type
%type <ast> list_comprehension binary_comprehension lc_exprs lc_expr map_expr map_tuple map_fields map_field
%type <ast> record_expr record_tuple record_fields record_field function_call argument_list
%type <ast> if_expr if_clauses if_clause case_expr cr_clauses cr_clause receive_expr
%type <ast> fun_expr fun_clauses fun_clause atom_or_var integer_or_var try_expr try_catch
%type <ast> try_clauses try_clause try_opt_stacktrace attr_val
%type <ast> pat_expr pat_expr_200 pat_expr_300 pat_expr_400 pat_expr_500 pat_expr_600
%type <ast> pat_expr_700 pat_expr_max map_pat_expr record_pat_expr
%type <tok> comp_op list_op add_op mult_op prefix_op

%destructor { ast_free($$); } <ast>

%precedence KW_CATCH
%right '=' '!'
%right KW_ORELSE
%right KW_ANDALSO
%nonassoc EQEQ NEQ LE '<' GE '>' EXEQ EXNE
%right PLUSPLUS MINUSMINUS
%left '+' '-' KW_BOR KW_BXOR KW_BSL KW_BSR KW_OR KW_XOR
%left '/' '*' KW_DIV KW_REM KW_BAND KW_AND
%precedence PREFIX

%start start

%%

/* A module form, or, after the marker parse_exprs hands out first, a shell
 * command (erl_parse:parse_exprs). */
start
    : form
    | START_EXPRS exprs DOT { pc->out->args = $2; }
    ;

form
    : '-' ATOM attr_val DOT {
        pc->out->attr = xstrdup(T($2)->text);
        pc->out->line = T($2)->line;
        pc->out->col = T($2)->col;
        pc->out->args = $3;
    }
    | function DOT { pc->out->fn = $1; }
    ;

attr_val
    : expr { $$ = ast_add(ast_new(A_SEQ, 0, 0), $1); }
    | expr ',' exprs { $$ = $3; ast_insert($$, 0, $1); }
    | '(' expr ',' exprs ')' { $$ = $4; ast_insert($$, 0, $2); }
    ;

function
    : function_clauses { $$ = function_from_clauses(pc, $1); if (!$$) YYABORT; }
    ;

function_clauses
    : function_clause { $$ = ast_add(ast_new(A_SEQ, 0, 0), $1); }
    | function_clauses ';' function_clause { $$ = ast_add($1, $3); }
    ;

function_clause
    : ATOM clause_args clause_guard clause_body {
        $$ = ast_new(A_CLAUSE, POS($1));
        $$->text = xstrdup(T($1)->text);
        ast_add(ast_add(ast_add($$, $2), $3), $4);
    }
    ;

clause_args: argument_list { $$ = $1; } ;

clause_guard
    : KW_WHEN guard { $$ = $2; }
    | %empty { $$ = NULL; }
    ;

clause_body: ARROW exprs { $$ = $2; } ;

/* Expressions are one level with precedences, like erl_parse.yrl, so that
 * "catch" may follow any operator (X = catch f(), A andalso catch B). */
expr
    : KW_CATCH expr { $$ = mk(A_CATCH, POS($1), $2, NULL); }
    | expr '=' expr { $$ = mk(A_MATCH, $1->line, $1->col, $1, $3); }
    | expr '!' expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_ORELSE expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_ANDALSO expr { $$ = binop(pc, $2, $1, $3); }
    | expr EQEQ expr { $$ = binop(pc, $2, $1, $3); }
    | expr NEQ expr { $$ = binop(pc, $2, $1, $3); }
    | expr LE expr { $$ = binop(pc, $2, $1, $3); }
    | expr '<' expr { $$ = binop(pc, $2, $1, $3); }
    | expr GE expr { $$ = binop(pc, $2, $1, $3); }
    | expr '>' expr { $$ = binop(pc, $2, $1, $3); }
    | expr EXEQ expr { $$ = binop(pc, $2, $1, $3); }
    | expr EXNE expr { $$ = binop(pc, $2, $1, $3); }
    | expr PLUSPLUS expr { $$ = binop(pc, $2, $1, $3); }
    | expr MINUSMINUS expr { $$ = binop(pc, $2, $1, $3); }
    | expr '+' expr { $$ = binop(pc, $2, $1, $3); }
    | expr '-' expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_BOR expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_BXOR expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_BSL expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_BSR expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_OR expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_XOR expr { $$ = binop(pc, $2, $1, $3); }
    | expr '/' expr { $$ = binop(pc, $2, $1, $3); }
    | expr '*' expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_DIV expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_REM expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_BAND expr { $$ = binop(pc, $2, $1, $3); }
    | expr KW_AND expr { $$ = binop(pc, $2, $1, $3); }
    | '-' expr %prec PREFIX { $$ = unop(pc, $1, $2); }
    | '+' expr %prec PREFIX { $$ = unop(pc, $1, $2); }
    | KW_BNOT expr %prec PREFIX { $$ = unop(pc, $1, $2); }
    | KW_NOT expr %prec PREFIX { $$ = unop(pc, $1, $2); }
    | map_expr
    | function_call
    | record_expr
    | expr_800
    ;

expr_800
    : expr_max ':' expr_max { $$ = mk(A_REMOTE, POS($2), $1, $3); }
    | expr_max
    ;

expr_max
    : VAR { $$ = tok_ast(pc, $1); }
    | atomic
    | list
    | binary
    | list_comprehension
    | binary_comprehension
    | tuple
    | '(' expr ')' { $$ = $2; }
    | KW_BEGIN exprs KW_END { $$ = $2; $$->kind = A_BLOCK; $$->line = T($1)->line; $$->col = T($1)->col; }
    | if_expr
    | case_expr
    | receive_expr
    | fun_expr
    | try_expr
    ;

/* Patterns of catch clauses need their own layering: Class:Reason. */
pat_expr
    : pat_expr_200 '=' pat_expr { $$ = mk(A_MATCH, $1->line, $1->col, $1, $3); }
    | pat_expr_200
    ;

pat_expr_200
    : pat_expr_300 comp_op pat_expr_300 { $$ = binop(pc, $2, $1, $3); }
    | pat_expr_300
    ;

pat_expr_300
    : pat_expr_400 list_op pat_expr_300 { $$ = binop(pc, $2, $1, $3); }
    | pat_expr_400
    ;

pat_expr_400
    : pat_expr_400 add_op pat_expr_500 { $$ = binop(pc, $2, $1, $3); }
    | pat_expr_500
    ;

pat_expr_500
    : pat_expr_500 mult_op pat_expr_600 { $$ = binop(pc, $2, $1, $3); }
    | pat_expr_600
    ;

pat_expr_600
    : prefix_op pat_expr_600 { $$ = unop(pc, $1, $2); }
    | map_pat_expr
    | pat_expr_700
    ;

pat_expr_700
    : record_pat_expr
    | pat_expr_max
    ;

pat_expr_max
    : VAR { $$ = tok_ast(pc, $1); }
    | atomic
    | binary
    | tuple
    | list
    | '(' pat_expr ')' { $$ = $2; }
    ;

map_pat_expr
    : '#' map_tuple { $$ = $2; $$->line = T($1)->line; $$->col = T($1)->col; }
    | pat_expr_max '#' map_tuple { $$ = $3; $$->kind = A_MAP_UPDATE; ast_insert($$, 0, $1); $$->line = T($2)->line; $$->col = T($2)->col; }
    | map_pat_expr '#' map_tuple { $$ = $3; $$->kind = A_MAP_UPDATE; ast_insert($$, 0, $1); $$->line = T($2)->line; $$->col = T($2)->col; }
    ;

record_pat_expr
    : '#' ATOM '.' ATOM {
        $$ = ast_new(A_RECORD_INDEX, POS($1));
        $$->text = xstrdup(T($2)->text);
        $$->field = xstrdup(T($4)->text);
        $$->ival = ((int64_t)T($4)->line << 32) | (int64_t)T($4)->col;
    }
    | '#' ATOM record_tuple { $$ = $3; $$->kind = A_RECORD; $$->text = xstrdup(T($2)->text); $$->line = T($1)->line; $$->col = T($1)->col; }
    ;

/* Elements are collected left-recursively (constant parser stack for long
 * lists), then chained into conses. */
list
    : '[' ']' { $$ = ast_new(A_NIL, POS($1)); }
    | '[' list_elems ']' { $$ = cons_chain(pc, $1, $2, ast_new(A_NIL, POS($3))); }
    | '[' list_elems '|' expr ']' { $$ = cons_chain(pc, $1, $2, $4); }
    ;

list_elems
    : expr { $$ = ast_add(ast_new(A_SEQ, 0, 0), $1); }
    | list_elems ',' expr { $$ = ast_add($1, $3); }
    ;

binary
    : LTLT GTGT { $$ = ast_new(A_BIN, POS($1)); }
    | LTLT bin_elements GTGT { $$ = $2; $$->line = T($1)->line; $$->col = T($1)->col; }
    ;

bin_elements
    : bin_element { $$ = ast_add(ast_new(A_BIN, 0, 0), $1); }
    | bin_elements ',' bin_element { $$ = ast_add($1, $3); }
    ;

bin_element
    : bit_expr opt_bit_size opt_bit_types { $$ = bin_segment(pc, $1, $2, $3); }
    ;

bit_expr
    : prefix_op expr_max { $$ = unop(pc, $1, $2); }
    | expr_max
    ;

opt_bit_size
    : ':' expr_max { $$ = $2; }
    | %empty { $$ = NULL; }
    ;

opt_bit_types
    : '/' bit_types { $$ = $2; }
    | %empty { $$ = NULL; }
    ;

bit_types
    : bit_type { $$ = ast_add(ast_new(A_SEQ, 0, 0), $1); }
    | bit_types '-' bit_type { $$ = ast_add($1, $3); }
    ;

bit_type
    : ATOM { $$ = tok_ast(pc, $1); }
    | ATOM ':' INTEGER { $$ = tok_ast(pc, $1); $$->ival = T($3)->big ? -2 : T($3)->ival; $$->seg.endian = BIT_TYPE_VALUED; }
    ;

list_comprehension
    : '[' expr OROR lc_exprs ']' { $$ = $4; ast_insert($$, 0, $2); $$->line = T($1)->line; $$->col = T($1)->col; }
    ;

/* << T || Qs >> is list_to_bitstring([T || Qs]) */
binary_comprehension
    : LTLT expr_max OROR lc_exprs GTGT {
        Ast *lc = $4; ast_insert(lc, 0, $2); lc->line = T($1)->line; lc->col = T($1)->col;
        if (pc->shell) {
            lc->text = xstrdup("bc");
            $$ = lc;
        } else {
            Ast *callee = mk(A_REMOTE, POS($1), ast_atom("erlang", POS($1)), ast_atom("list_to_bitstring", POS($1)));
            $$ = mk(A_CALL, POS($1), callee, lc);
        }
    }
    ;

lc_exprs
    : lc_expr { $$ = ast_add(ast_new(A_LC, 0, 0), $1); }
    | lc_exprs ',' lc_expr { $$ = ast_add($1, $3); }
    ;

lc_expr
    : expr
    | expr LARROW expr { $$ = mk(A_GENERATE, POS($2), $1, $3); }
    | binary LDARROW expr {
        if (pc->shell) { $$ = mk(A_GENERATE, POS($2), $1, $3); $$->text = xstrdup("b"); }
        else $$ = bin_generator(pc, $1, $2, $3);
    }
    ;

tuple
    : '{' '}' { $$ = ast_new(A_TUPLE, POS($1)); }
    | '{' exprs '}' { $$ = $2; $$->kind = A_TUPLE; $$->line = T($1)->line; $$->col = T($1)->col; }
    ;

map_expr
    : '#' map_tuple { $$ = $2; $$->line = T($1)->line; $$->col = T($1)->col; }
    | expr_max '#' map_tuple { $$ = $3; $$->kind = A_MAP_UPDATE; ast_insert($$, 0, $1); $$->line = T($2)->line; $$->col = T($2)->col; }
    | map_expr '#' map_tuple { $$ = $3; $$->kind = A_MAP_UPDATE; ast_insert($$, 0, $1); $$->line = T($2)->line; $$->col = T($2)->col; }
    ;

map_tuple
    : '{' '}' { $$ = ast_new(A_MAP, POS($1)); }
    | '{' map_fields '}' { $$ = $2; }
    ;

map_fields
    : map_field { $$ = ast_add(ast_new(A_MAP, 0, 0), $1); }
    | map_fields ',' map_field { $$ = ast_add($1, $3); }
    ;

map_field
    : expr DARROW expr { $$ = mk(A_MAP_ASSOC, POS($2), $1, $3); }
    | expr ASSIGN expr { $$ = mk(A_MAP_EXACT, POS($2), $1, $3); }
    ;

record_expr
    : '#' ATOM '.' ATOM {
        $$ = ast_new(A_RECORD_INDEX, POS($1));
        $$->text = xstrdup(T($2)->text);
        $$->field = xstrdup(T($4)->text);
        $$->ival = ((int64_t)T($4)->line << 32) | (int64_t)T($4)->col;
    }
    | '#' ATOM record_tuple { $$ = $3; $$->kind = A_RECORD; $$->text = xstrdup(T($2)->text); $$->line = T($1)->line; $$->col = T($1)->col; }
    | expr_max '#' ATOM '.' ATOM {
        $$ = mk(A_RECORD_ACCESS, POS($2), $1, NULL);
        $$->text = xstrdup(T($3)->text);
        $$->field = xstrdup(T($5)->text);
        $$->ival = ((int64_t)T($5)->line << 32) | (int64_t)T($5)->col;
    }
    | expr_max '#' ATOM record_tuple {
        $$ = $4; $$->kind = A_RECORD_UPDATE; ast_insert($$, 0, $1);
        $$->text = xstrdup(T($3)->text); $$->line = T($2)->line; $$->col = T($2)->col;
    }
    | record_expr '#' ATOM '.' ATOM {
        $$ = mk(A_RECORD_ACCESS, POS($2), $1, NULL);
        $$->text = xstrdup(T($3)->text);
        $$->field = xstrdup(T($5)->text);
        $$->ival = ((int64_t)T($5)->line << 32) | (int64_t)T($5)->col;
    }
    | record_expr '#' ATOM record_tuple {
        $$ = $4; $$->kind = A_RECORD_UPDATE; ast_insert($$, 0, $1);
        $$->text = xstrdup(T($3)->text); $$->line = T($2)->line; $$->col = T($2)->col;
    }
    ;

record_tuple
    : '{' '}' { $$ = ast_new(A_RECORD, POS($1)); }
    | '{' record_fields '}' { $$ = $2; }
    ;

record_fields
    : record_field { $$ = ast_add(ast_new(A_RECORD, 0, 0), $1); }
    | record_fields ',' record_field { $$ = ast_add($1, $3); }
    ;

record_field
    : VAR '=' expr { $$ = mk(A_RECORD_FIELD, POS($1), $3, NULL); $$->text = xstrdup(T($1)->text); }
    | ATOM '=' expr { $$ = mk(A_RECORD_FIELD, POS($1), $3, NULL); $$->text = xstrdup(T($1)->text); }
    ;

function_call
    : expr_800 argument_list {
        $$ = $2; $$->kind = A_CALL; ast_insert($$, 0, $1);
        const Ast *first = $1->kind == A_REMOTE ? $1->kids[0] : $1;
        $$->line = first->line; $$->col = first->col;
    }
    ;

argument_list
    : '(' ')' { $$ = ast_new(A_SEQ, POS($1)); }
    | '(' exprs ')' { $$ = $2; $$->line = T($1)->line; $$->col = T($1)->col; }
    ;

if_expr
    : KW_IF if_clauses KW_END { $$ = $2; $$->kind = A_IF; $$->line = T($1)->line; $$->col = T($1)->col; }
    ;

if_clauses
    : if_clause { $$ = ast_add(ast_new(A_SEQ, 0, 0), $1); }
    | if_clauses ';' if_clause { $$ = ast_add($1, $3); }
    ;

if_clause
    : guard clause_body {
        $$ = ast_new(A_CLAUSE, $1->line, $1->col);
        ast_add(ast_add(ast_add($$, ast_new(A_SEQ, $1->line, $1->col)), $1), $2);
    }
    ;

case_expr
    : KW_CASE expr KW_OF cr_clauses KW_END {
        $$ = $4; $$->kind = A_CASE; ast_insert($$, 0, $2);
        $$->line = T($1)->line; $$->col = T($1)->col;
    }
    ;

cr_clauses
    : cr_clause { $$ = ast_add(ast_new(A_SEQ, 0, 0), $1); }
    | cr_clauses ';' cr_clause { $$ = ast_add($1, $3); }
    ;

cr_clause
    : expr clause_guard clause_body {
        $$ = ast_new(A_CLAUSE, $1->line, $1->col);
        ast_add(ast_add(ast_add($$, ast_add(ast_new(A_SEQ, $1->line, $1->col), $1)), $2), $3);
    }
    ;

receive_expr
    : KW_RECEIVE cr_clauses KW_END {
        $$ = ast_new(A_RECEIVE, POS($1));
        ast_add(ast_add(ast_add($$, $2), NULL), NULL);
    }
    | KW_RECEIVE KW_AFTER expr clause_body KW_END {
        $$ = ast_new(A_RECEIVE, POS($1));
        ast_add(ast_add(ast_add($$, ast_new(A_SEQ, POS($1))), $3), $4);
    }
    | KW_RECEIVE cr_clauses KW_AFTER expr clause_body KW_END {
        $$ = ast_new(A_RECEIVE, POS($1));
        ast_add(ast_add(ast_add($$, $2), $4), $5);
    }
    ;

fun_expr
    : KW_FUN ATOM '/' INTEGER {
        $$ = ast_new(A_FUN_REF, POS($1));
        $$->text = xstrdup(T($2)->text);
        $$->ival = T($4)->big ? -1 : T($4)->ival;
    }
    | KW_FUN atom_or_var ':' atom_or_var '/' integer_or_var {
        $$ = ast_new(A_FUN_EXT, POS($1));
        ast_add(ast_add(ast_add($$, $2), $4), $6);
    }
    | KW_FUN fun_clauses KW_END { $$ = named_fun(pc, $1, $2); if (!$$) YYABORT; }
    ;

atom_or_var
    : ATOM { $$ = tok_ast(pc, $1); }
    | VAR { $$ = tok_ast(pc, $1); }
    ;

integer_or_var
    : INTEGER { $$ = tok_ast(pc, $1); }
    | VAR { $$ = tok_ast(pc, $1); }
    ;

fun_clauses
    : fun_clause { $$ = ast_add(ast_new(A_SEQ, 0, 0), $1); }
    | fun_clauses ';' fun_clause { $$ = ast_add($1, $3); }
    ;

fun_clause
    : argument_list clause_guard clause_body {
        $$ = ast_new(A_CLAUSE, $1->line, $1->col);
        ast_add(ast_add(ast_add($$, $1), $2), $3);
    }
    | VAR argument_list clause_guard clause_body {
        $$ = ast_new(A_CLAUSE, POS($1));
        $$->text = xstrdup(T($1)->text);
        ast_add(ast_add(ast_add($$, $2), $3), $4);
    }
    ;

try_expr
    : KW_TRY exprs KW_OF cr_clauses try_catch {
        $$ = $5; $$->line = T($1)->line; $$->col = T($1)->col;
        ast_replace($$, 0, $2); ast_replace($$, 1, $4);
    }
    | KW_TRY exprs try_catch {
        $$ = $3; $$->line = T($1)->line; $$->col = T($1)->col;
        ast_replace($$, 0, $2);
    }
    ;

try_catch
    : KW_CATCH try_clauses KW_END {
        $$ = ast_new(A_TRY, 0, 0);
        ast_add(ast_add(ast_add(ast_add($$, NULL), NULL), $2), NULL);
    }
    | KW_CATCH try_clauses KW_AFTER exprs KW_END {
        $$ = ast_new(A_TRY, 0, 0);
        ast_add(ast_add(ast_add(ast_add($$, NULL), NULL), $2), $4);
    }
    | KW_AFTER exprs KW_END {
        $$ = ast_new(A_TRY, 0, 0);
        ast_add(ast_add(ast_add(ast_add($$, NULL), NULL), NULL), $2);
    }
    ;

try_clauses
    : try_clause { $$ = ast_add(ast_new(A_SEQ, 0, 0), $1); }
    | try_clauses ';' try_clause { $$ = ast_add($1, $3); }
    ;

try_clause
    : pat_expr clause_guard clause_body {
        Ast *cp = ast_new(A_CATCHPAT, $1->line, $1->col);
        ast_add(ast_add(ast_add(cp, NULL), $1), NULL);
        $$ = ast_new(A_CLAUSE, $1->line, $1->col);
        ast_add(ast_add(ast_add($$, ast_add(ast_new(A_SEQ, $1->line, $1->col), cp)), $2), $3);
    }
    | atom_or_var ':' pat_expr try_opt_stacktrace clause_guard clause_body {
        Ast *cp = ast_new(A_CATCHPAT, $1->line, $1->col);
        ast_add(ast_add(ast_add(cp, $1), $3), $4);
        $$ = ast_new(A_CLAUSE, $1->line, $1->col);
        ast_add(ast_add(ast_add($$, ast_add(ast_new(A_SEQ, $1->line, $1->col), cp)), $5), $6);
    }
    ;

try_opt_stacktrace
    : ':' VAR { $$ = tok_ast(pc, $2); }
    | %empty { $$ = NULL; }
    ;

guard
    : exprs { $$ = ast_add(ast_new(A_GUARD, $1->line, $1->col), $1); }
    | guard ';' exprs { $$ = ast_add($1, $3); }
    ;

exprs
    : expr { $$ = ast_add(ast_new(A_SEQ, $1->line, $1->col), $1); }
    | exprs ',' expr { $$ = ast_add($1, $3); }
    ;

atomic
    : CHAR { $$ = tok_ast(pc, $1); }
    | INTEGER { $$ = tok_ast(pc, $1); }
    | FLOAT { $$ = tok_ast(pc, $1); }
    | ATOM { $$ = tok_ast(pc, $1); }
    | strings
    ;

strings
    : STRING { $$ = str_append(pc, NULL, $1); }
    | strings STRING { $$ = str_append(pc, $1, $2); }
    ;

prefix_op: '+' | '-' | KW_BNOT | KW_NOT ;
mult_op: '/' | '*' | KW_DIV | KW_REM | KW_BAND | KW_AND ;
add_op: '+' | '-' | KW_BOR | KW_BXOR | KW_BSL | KW_BSR | KW_OR | KW_XOR ;
list_op: PLUSPLUS | MINUSMINUS ;
comp_op: EQEQ | NEQ | LE | '<' | GE | '>' | EXEQ | EXNE ;

%%

static int yylex(YYSTYPE *lval, ParseCtx *pc) {
    if (pc->start_tok) {
        int k = pc->start_tok;
        pc->start_tok = 0;
        lval->tok = 0;
        return k;
    }
    if (pc->pos >= pc->n) {
        lval->tok = (int)(pc->n ? pc->n - 1 : 0);
        pc->last = pc->n;
        return END_OF_INPUT;
    }
    size_t i = pc->pos++;
    pc->last = i;
    lval->tok = (int)i;
    int k = pc->toks[i].kind;
    return k == END_OF_INPUT ? END_OF_INPUT : k;
}

static void yyerror(ParseCtx *pc, const char *msg) {
    (void)msg;
    Buf b = {0};
    buf_adds(&b, "syntax error before: ");
    const Token *t;
    if (pc->last >= pc->n || pc->toks[pc->last].kind == END_OF_INPUT) {
        /* at the end of input: OTP points at the last real token */
        size_t i = pc->last >= pc->n ? pc->n : pc->last;
        t = i > 0 ? &pc->toks[i - 1] : NULL;
    } else {
        t = &pc->toks[pc->last];
        lex_describe(t, &b);
    }
    diag_error(pc->diags, t ? t->file : "", t ? t->line : 0, t ? t->col : 0, "%s", b.data);
    buf_free(&b);
}

static Ast *mk(AstKind k, int line, int col, Ast *a, Ast *b) {
    Ast *n = ast_new(k, line, col);
    ast_add(n, a);
    if (b) ast_add(n, b);
    return n;
}

static Ast *gvar(int line, int col, const char *fmt, int a, int b) {
    char name[64];
    snprintf(name, sizeof name, fmt, a, b);
    return ast_var(name, line, col);
}

/* Does variable `name` occur in e? */
static int mentions(const Ast *e, const char *name) {
    if (!e) return 0;
    if (e->kind == A_VAR && !strcmp(e->text, name)) return 1;
    for (size_t i = 0; i < e->nkids; i++)
        if (mentions(e->kids[i], name)) return 1;
    return 0;
}

/* A bitstring generator <<Segs>> <= E becomes the list generator
 *   {P1, .., Pn} <- (fun %bgN(<<V1:S1/T1, .., %T/bitstring>>) -> [{V1, ..} | %bgN(%T)];
 *                        %bgN(_) -> [] end)(E)
 * where Vi is the segment's variable (or a fresh one for a literal), so
 * sizes may name earlier segments; the patterns Pi are matched by the list
 * generator, which skips the elements that do not match, as OTP does.
 * A variable of Pi that a later size uses gets ival = 1: check.c counts
 * it as used, as erl_lint does. */
static Ast *bin_generator(ParseCtx *pc, Ast *bin, int tok, Ast *src) {
    int l = T(tok)->line, c = T(tok)->col;
    int id = ++pc->fresh;
    size_t n = bin->nkids;
    Ast *head = ast_new(A_BIN, l, c);
    Ast *elem = ast_new(A_TUPLE, l, c);
    Ast *pat = ast_new(A_TUPLE, bin->line, bin->col);
    for (size_t i = 0; i < n; i++) {
        Ast *seg = bin->kids[i];
        Ast *v = seg->kids[0];
        int named = v->kind == A_VAR && strcmp(v->text, "_") != 0;
        Ast *hs = ast_new(A_BINSEG, seg->line, seg->col);
        hs->seg = seg->seg;
        ast_add(hs, named ? ast_var(v->text, v->line, v->col) : gvar(l, c, "%%b%d_%d", id, (int)i));
        ast_add(hs, ast_copy(seg->nkids > 1 ? seg->kids[1] : NULL));
        ast_add(head, hs);
        ast_add(elem, named ? ast_var(v->text, v->line, v->col) : gvar(l, c, "%%b%d_%d", id, (int)i));
        if (named)
            for (size_t k = i + 1; k < n; k++)
                if (bin->kids[k]->nkids > 1 && mentions(bin->kids[k]->kids[1], v->text)) v->ival = 1;
        ast_add(pat, v);
        seg->kids[0] = NULL;
    }
    Ast *rest = ast_new(A_BINSEG, l, c);
    rest->seg.type = SEGT_BITSTRING;
    rest->seg.unit = -1;
    ast_add(ast_add(rest, gvar(l, c, "%%t%d", id, 0)), NULL);
    ast_add(head, rest);
    char fname[32];
    snprintf(fname, sizeof fname, "%%bg%d", id);
    Ast *again = ast_add(ast_add(ast_new(A_CALL, l, c), ast_var(fname, l, c)), gvar(l, c, "%%t%d", id, 0));
    Ast *body1 = ast_add(ast_add(ast_new(A_CONS, l, c), elem), again);
    Ast *c1 = ast_new(A_CLAUSE, l, c);
    ast_add(c1, ast_add(ast_new(A_SEQ, l, c), head));
    ast_add(c1, NULL);
    ast_add(c1, ast_add(ast_new(A_SEQ, l, c), body1));
    Ast *c2 = ast_new(A_CLAUSE, l, c);
    ast_add(c2, ast_add(ast_new(A_SEQ, l, c), ast_var("_", l, c)));
    ast_add(c2, NULL);
    ast_add(c2, ast_add(ast_new(A_SEQ, l, c), ast_new(A_NIL, l, c)));
    Ast *fun = ast_new(A_NAMED_FUN, l, c);
    fun->text = ast_strdup(fname);
    ast_add(ast_add(fun, c1), c2);
    Ast *call = ast_add(ast_add(ast_new(A_CALL, l, c), fun), src);
    ast_free(bin);
    return mk(A_GENERATE, l, c, pat, call);
}

static Ast *cons_chain(ParseCtx *pc, int open, Ast *elems, Ast *tail) {
    for (size_t i = elems->nkids; i-- > 0;) {
        Ast *e = elems->kids[i];
        elems->kids[i] = NULL;
        tail = i == 0 ? mk(A_CONS, POS(open), e, tail) : mk(A_CONS, e->line, e->col, e, tail);
        if (i > 0 && pc->shell) tail->ival = 1;
    }
    ast_free(elems);
    return tail;
}

static Ast *tok_ast(ParseCtx *pc, int i) {
    const Token *t = T(i);
    Ast *a;
    switch (t->kind) {
    case VAR:
        a = ast_new(A_VAR, t->line, t->col);
        a->text = xstrdup(t->text);
        a->len = t->len;
        return a;
    case ATOM:
        a = ast_new(A_ATOM, t->line, t->col);
        a->text = ast_strndup(t->text, t->len);
        a->len = t->len;
        return a;
    case INTEGER:
        if (t->big) {
            a = ast_new(A_BIGINT, t->line, t->col);
            a->text = ast_strndup(t->text, t->len);
            a->len = t->len;
        } else {
            a = ast_new(A_INT, t->line, t->col);
            a->ival = t->ival;
        }
        return a;
    case CHAR:
        a = ast_new(A_INT, t->line, t->col);
        a->ival = t->ival;
        if (pc->shell) a->text = xstrdup("$");
        return a;
    case FLOAT:
        a = ast_new(A_FLOAT, t->line, t->col);
        a->fval = t->fval;
        return a;
    default:
        return ast_new(A_NIL, t->line, t->col);
    }
}

static Ast *str_append(ParseCtx *pc, Ast *s, int i) {
    const Token *t = T(i);
    if (!s) {
        s = ast_new(A_STRING, t->line, t->col);
    }
    ast_string_append(s, t->chars, t->nchars);
    return s;
}

static AstOp tok_op(int kind) {
    switch (kind) {
    case '+': return OP_ADD;
    case '-': return OP_SUB;
    case '*': return OP_MUL;
    case '/': return OP_FDIV;
    case KW_DIV: return OP_DIV;
    case KW_REM: return OP_REM;
    case KW_BAND: return OP_BAND;
    case KW_BOR: return OP_BOR;
    case KW_BXOR: return OP_BXOR;
    case KW_BSL: return OP_BSL;
    case KW_BSR: return OP_BSR;
    case KW_BNOT: return OP_BNOT;
    case KW_NOT: return OP_NOT;
    case KW_AND: return OP_AND;
    case KW_OR: return OP_OR;
    case KW_XOR: return OP_XOR;
    case KW_ANDALSO: return OP_ANDALSO;
    case KW_ORELSE: return OP_ORELSE;
    case EQEQ: return OP_EQ;
    case NEQ: return OP_NE;
    case EXEQ: return OP_EXACT_EQ;
    case EXNE: return OP_EXACT_NE;
    case '<': return OP_LT;
    case LE: return OP_LE;
    case '>': return OP_GT;
    case GE: return OP_GE;
    case PLUSPLUS: return OP_APPEND;
    case MINUSMINUS: return OP_SUBTRACT;
    case '!': return OP_SEND;
    default: return OP_ADD;
    }
}

static Ast *binop(ParseCtx *pc, int optok, Ast *l, Ast *r) {
    Ast *n = mk(A_OP, POS(optok), l, r);
    n->op = tok_op(T(optok)->kind);
    return n;
}

/* -Literal and +Literal fold into the literal (better patterns). */
static Ast *unop(ParseCtx *pc, int optok, Ast *e) {
    int k = T(optok)->kind;
    if ((k == '-' || k == '+') && !pc->shell) {
        if (e->kind == A_INT || e->kind == A_FLOAT || e->kind == A_BIGINT) {
            if (k == '-') ast_negate_literal(e);
            e->line = T(optok)->line;
            e->col = T(optok)->col;
            return e;
        }
    }
    Ast *n = mk(A_UNOP, POS(optok), e, NULL);
    n->op = k == '-' ? OP_NEG : k == '+' ? OP_PLUS : tok_op(k);
    return n;
}

static void late(ParseCtx *pc, int line, int col, const char *fmt, const char *arg) {
    if (pc->nlate == pc->caplate) {
        pc->caplate = pc->caplate ? pc->caplate * 2 : 8;
        LateDiag *v = realloc(pc->late, pc->caplate * sizeof *v);
        if (!v) abort();
        pc->late = v;
    }
    Buf b = {0};
    buf_printf(&b, fmt, arg);
    pc->late[pc->nlate].line = line;
    pc->late[pc->nlate].col = col;
    pc->late[pc->nlate].msg = b.data;
    pc->nlate++;
}

/* All clauses must have the same name and arity ("head mismatch"). */
static Ast *function_from_clauses(ParseCtx *pc, Ast *clauses) {
    Ast *c0 = clauses->kids[0];
    for (size_t i = 1; i < clauses->nkids; i++) {
        Ast *c = clauses->kids[i];
        if (strcmp(c->text, c0->text) != 0 || c->kids[0]->nkids != c0->kids[0]->nkids) {
            diag_error(pc->diags, T(0)->file, c->line, c->col, "head mismatch");
            ast_free(clauses);
            return NULL;
        }
    }
    Ast *f = ast_new(A_FUNCTION, c0->line, c0->col);
    f->text = xstrdup(c0->text);
    f->ival = (int64_t)c0->kids[0]->nkids;
    for (size_t i = 0; i < clauses->nkids; i++) {
        Ast *c = clauses->kids[i];
        free(c->text);
        c->text = NULL;
        ast_add(f, c);
        clauses->kids[i] = NULL;
    }
    ast_free(clauses);
    return f;
}

static Ast *named_fun(ParseCtx *pc, int funtok, Ast *clauses) {
    Ast *c0 = clauses->kids[0];
    for (size_t i = 1; i < clauses->nkids; i++) {
        Ast *c = clauses->kids[i];
        int bad = (c->text == NULL) != (c0->text == NULL)
                  || (c->text && strcmp(c->text, c0->text) != 0)
                  || c->kids[0]->nkids != c0->kids[0]->nkids;
        if (bad) {
            diag_error(pc->diags, T(0)->file, c->line, c->col, "head mismatch");
            ast_free(clauses);
            return NULL;
        }
    }
    Ast *f = ast_new(c0->text ? A_NAMED_FUN : A_FUN, POS(funtok));
    if (c0->text) f->text = xstrdup(c0->text);
    for (size_t i = 0; i < clauses->nkids; i++) {
        Ast *c = clauses->kids[i];
        free(c->text);
        c->text = NULL;
        ast_add(f, c);
        clauses->kids[i] = NULL;
    }
    ast_free(clauses);
    return f;
}

static Ast *bin_segment(ParseCtx *pc, Ast *value, Ast *size, Ast *types) {
    Ast *s = ast_new(A_BINSEG, value->line, value->col);
    s->seg.type = SEGT_DEFAULT;
    s->seg.is_signed = 0;
    s->seg.endian = 0;
    s->seg.unit = -1;
    ast_add(s, value);
    ast_add(s, size);
    if (pc->shell && types) {
        Buf b = {0};
        for (size_t i = 0; i < types->nkids; i++) {
            const Ast *t = types->kids[i];
            if (i) buf_addc(&b, '-');
            buf_adds(&b, t->text);
            if (t->seg.endian == BIT_TYPE_VALUED) buf_printf(&b, ":%lld", (long long)t->ival);
        }
        s->text = b.data;
    }
    for (size_t i = 0; types && i < types->nkids; i++) {
        Ast *t = types->kids[i];
        const char *n = t->text;
        if (t->seg.endian == BIT_TYPE_VALUED) {         /* name:Value */
            if (strcmp(n, "unit") == 0 && t->ival >= 1 && t->ival <= 256) s->seg.unit = (int)t->ival;
            else late(pc, t->line, t->col, "bit type %s undefined", n);
            continue;
        }
        if (!strcmp(n, "integer")) s->seg.type = SEGT_INTEGER;
        else if (!strcmp(n, "float")) s->seg.type = SEGT_FLOAT;
        else if (!strcmp(n, "binary")) s->seg.type = SEGT_BINARY;
        else if (!strcmp(n, "bytes")) s->seg.type = SEGT_BYTES;
        else if (!strcmp(n, "bitstring")) s->seg.type = SEGT_BITSTRING;
        else if (!strcmp(n, "bits")) s->seg.type = SEGT_BITS;
        else if (!strcmp(n, "utf8")) s->seg.type = SEGT_UTF8;
        else if (!strcmp(n, "utf16")) s->seg.type = SEGT_UTF16;
        else if (!strcmp(n, "utf32")) s->seg.type = SEGT_UTF32;
        else if (!strcmp(n, "signed")) s->seg.is_signed = 1;
        else if (!strcmp(n, "unsigned")) s->seg.is_signed = 0;
        else if (!strcmp(n, "big")) s->seg.endian = 0;
        else if (!strcmp(n, "little")) s->seg.endian = 1;
        else if (!strcmp(n, "native")) s->seg.endian = 2;
        else late(pc, value->line, value->col, "bit type %s undefined", n);
    }
    ast_free(types);
    return s;
}

static int parse_tokens(const Token *toks, size_t n, ParsedForm *out, Diags *diags,
                        LateDiag **latev, size_t *nlate, size_t *caplate, int shell) {
    ParseCtx pc;
    memset(&pc, 0, sizeof pc);
    pc.shell = shell;
    pc.start_tok = shell ? START_EXPRS : 0;
    memset(out, 0, sizeof *out);
    pc.toks = toks;
    pc.n = n;
    pc.diags = diags;
    pc.out = out;
    pc.late = *latev;
    pc.nlate = *nlate;
    pc.caplate = *caplate;
    int r = yyparse(&pc);
    *latev = pc.late;
    *nlate = pc.nlate;
    *caplate = pc.caplate;
    if (r != 0) {
        parse_form_free(out);
        return -1;
    }
    return 0;
}

int parse_form(const Token *toks, size_t n, ParsedForm *out, Diags *diags,
               LateDiag **latev, size_t *nlate, size_t *caplate) {
    return parse_tokens(toks, n, out, diags, latev, nlate, caplate, 0);
}

int parse_exprs(const Token *toks, size_t n, ParsedForm *out, Diags *diags,
                LateDiag **latev, size_t *nlate, size_t *caplate) {
    return parse_tokens(toks, n, out, diags, latev, nlate, caplate, 1);
}

void parse_form_free(ParsedForm *f) {
    ast_free(f->fn);
    ast_free(f->args);
    free(f->attr);
    memset(f, 0, sizeof *f);
}
