"""The SQL guard: every statement from any engine or user passes here before it runs.

One parse (sqlglot, in the datasource's dialect) and one walk over the tree decide whether a
statement is a plain read of the datasource's own tables. The SQL that runs is *generated
from the checked tree* (never the input text), without comments, so what the database sees
is exactly what was checked. Logical table names (what users and engines write) are
rewritten to the physical, quoted names here. Functions are allow-listed: typed sqlglot
functions are accepted unless known to reach outside the query, unknown (anonymous)
functions only when on a short list of harmless ones. The executor adds read-only
transactions and timeouts underneath, so a statement that slipped past this parser still
cannot write.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NoReturn

from shared.errors import UnsafeSQL

if TYPE_CHECKING:
    from sqlglot import exp

# Bounds checked on the raw text BEFORE tokenizing or parsing, so a hostile statement costs
# microseconds, not a second of CPU (a 70 KB `IN (...)` list took 0.8 s to parse). Real BI queries,
# the engines' included, are a few hundred bytes to a few KB.
MAX_SQL_BYTES = 20_000
MAX_SQL_TOKENS = 2_000
MAX_SQL_NESTING = 64
# A cheap over-estimate of sqlglot's tokens: a quoted string or name counts once, a word or
# number once, any other character once (one regex pass in C).
_ROUGH_TOKEN = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\w+|[^\w\s]")

# Our names for a dialect (a datasource's, a user's, SQLAlchemy's backend names) -> sqlglot's, where they
# differ: the one table for the guard, the engines' SQL (sqlbuild) and profiling (engine.dialect.name).
_DIALECT_ALIASES = {
    "postgresql": "postgres",
    "pg": "postgres",
    "mariadb": "mysql",
    "sqlite3": "sqlite",
    "mssql": "tsql",
    "clickhousedb": "clickhouse",
}

SYSTEM_SCHEMAS = frozenset(
    {"information_schema", "mysql", "performance_schema", "sys", "pg_catalog", "pg_toast", "temp", "main"}
)
SYSTEM_TABLES = frozenset({"sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema"})

# Functions that can sleep, lock, read or write files, reach other databases, change settings
# or sequences, or load code. Checked by name for both typed and anonymous functions; most
# are also simply absent from the allow-list below.
DANGEROUS_FUNCTIONS = frozenset(
    {
        "sleep", "benchmark", "load_file", "get_lock", "release_lock", "release_all_locks",
        "is_free_lock", "is_used_lock", "master_pos_wait", "source_pos_wait", "name_const",
        "extractvalue", "updatexml", "sys_exec", "sys_eval", "pg_sleep", "pg_sleep_for",
        "pg_sleep_until", "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file",
        "pg_ls_waldir", "pg_ls_logdir", "pg_file_write", "pg_logdir_ls", "pg_terminate_backend",
        "pg_cancel_backend", "pg_reload_conf", "pg_rotate_logfile", "pg_notify", "pg_advisory_lock",
        "pg_advisory_xact_lock", "pg_try_advisory_lock", "lo_import", "lo_export", "lo_get",
        "lo_put", "lo_create", "lo_unlink", "lo_from_bytea", "dblink", "dblink_exec",
        "dblink_connect", "dblink_send_query", "copy", "load_extension", "readfile", "writefile",
        "edit", "fts3_tokenizer", "current_setting", "set_config", "query_to_xml", "table_to_xml",
        "cursor_to_xml", "database_to_xml", "schema_to_xml", "nextval", "setval", "currval",
        "lastval", "txid_current", "randomblob", "zeroblob", "pg_export_snapshot",
    }
)  # fmt: skip

# Typed sqlglot functions that read files, call models or reach outside the query.
_DENIED_FUNCTION_CLASSES = frozenset(
    {
        "ReadCSV", "ReadParquet", "ToFile", "Secret", "NextValueFor", "Predict", "VectorSearch",
        "FeaturesAtTime", "GapFill", "JSONTable", "XMLTable", "OpenJSON", "SplitToTable",
        "StrtokSplitToTable", "Apply", "Encrypt", "EncryptRaw", "Decrypt", "DecryptRaw",
        "GenerateEmbedding", "GenerateText", "GenerateTable", "GenerateBool", "GenerateDouble",
        "GenerateInt", "MLForecast", "MLTranslate", "AIAgg", "AIClassify", "AIEmbed",
        "AIForecast", "AIGenerate", "AISimilarity", "AISummarizeAgg", "Generator",
    }
)  # fmt: skip

# Functions sqlglot does not type (exp.Anonymous) that are pure and harmless in BI queries.
SAFE_ANONYMOUS_FUNCTIONS = frozenset(
    {
        # sqlite
        "julianday", "unixepoch", "date", "datetime", "time", "strftime", "total", "likelihood",
        "likely", "unlikely", "instr", "ifnull", "iif", "typeof", "sqlite_version", "printf",
        "format", "char", "glob", "substr", "round", "abs", "sign",
        # mysql / mariadb
        "version", "now", "curdate", "curtime", "adddate", "subdate", "addtime", "subtime",
        "date_format", "time_format", "from_unixtime", "unix_timestamp", "makedate", "maketime",
        "period_diff", "period_add", "sec_to_time", "time_to_sec", "timestampadd", "timestampdiff",
        "weekday", "yearweek", "to_days", "from_days", "to_seconds", "dayofweek", "dayofmonth",
        "dayofyear", "weekofyear", "utc_date", "utc_time", "utc_timestamp", "sysdate",
        "str_to_date", "get_format", "last_day", "isnull", "octet_length", "char_length",
        "character_length", "locate", "field", "find_in_set", "mid", "lcase", "ucase", "insert_str",
        "bit_count", "conv", "bin", "oct", "crc32", "truncate", "div", "mod", "log2", "log10",
        "ceiling", "strcmp", "inet_aton", "inet_ntoa", "json_unquote", "json_length",
        "json_valid", "json_contains", "json_search", "json_depth", "any_value",
        # postgres
        "age", "date_part", "make_date", "make_time", "make_timestamp", "make_interval",
        "to_date", "to_timestamp", "to_char", "to_number", "trunc", "btrim", "ltrim", "rtrim",
        "strpos", "split_part", "initcap", "width_bucket", "justify_days", "justify_hours",
        "justify_interval", "date_bin", "isfinite", "bool_and", "bool_or", "every",
        "string_agg", "array_agg", "array_length", "array_to_string", "cardinality", "clock_timestamp",
        "statement_timestamp", "transaction_timestamp", "timeofday", "gcd", "lcm", "cbrt",
        "log", "ln", "exp", "power", "random", "regexp_match", "regexp_matches", "regexp_split_to_array",
        "jsonb_extract_path_text", "json_extract_path_text", "jsonb_typeof", "json_typeof",
        "percentile_cont", "percentile_disc", "mode", "stddev", "stddev_pop", "stddev_samp",
        "var_pop", "var_samp", "variance", "corr", "covar_pop", "covar_samp", "regr_slope",
        "regr_intercept", "current_database", "current_schema", "current_user", "session_user", "user",
        "pg_typeof", "num_nulls", "num_nonnulls", "quote_literal", "quote_ident", "format_type",
        # generic
        "coalesce", "nullif", "greatest", "least", "lower", "upper", "length", "trim", "replace",
        "concat", "concat_ws", "left", "right", "lpad", "rpad", "reverse", "repeat", "ascii",
        "position", "floor", "ceil", "sqrt", "pi", "degrees", "radians", "sin", "cos", "tan",
        "asin", "acos", "atan", "atan2", "cot", "rank", "dense_rank", "row_number", "ntile",
        "lag", "lead", "first_value", "last_value", "nth_value", "cume_dist", "percent_rank",
        "median", "quarter", "week", "year", "month", "day", "hour", "minute", "second",
        "dayname", "monthname", "datediff", "timediff", "date_add", "date_sub", "extract",
        "group_concat", "md5", "sha1", "sha2", "hex", "unhex", "to_base64", "from_base64",
    }
)  # fmt: skip

_CAST_TYPES = frozenset(
    {
        "BIGINT", "INT", "SMALLINT", "TINYINT", "MEDIUMINT", "UBIGINT", "UINT", "USMALLINT",
        "UTINYINT", "UMEDIUMINT", "DECIMAL", "UDECIMAL", "BIGDECIMAL", "FLOAT", "DOUBLE",
        "UDOUBLE", "MONEY", "TEXT", "VARCHAR", "CHAR", "NCHAR", "NVARCHAR", "BPCHAR", "NAME",
        "LONGTEXT", "MEDIUMTEXT", "TINYTEXT", "DATE", "DATE32", "DATETIME", "DATETIME2",
        "SMALLDATETIME", "TIMESTAMP", "TIMESTAMPTZ", "TIMESTAMPLTZ", "TIMESTAMPNTZ", "TIME",
        "TIMETZ", "YEAR", "INTERVAL", "BOOLEAN", "JSON", "JSONB", "UUID", "BINARY", "VARBINARY",
        "BIT", "UNKNOWN",
    }
)  # fmt: skip

_STATEMENT_WORDS = {
    "Insert": "INSERT (writing rows)",
    "Update": "UPDATE (changing rows)",
    "Delete": "DELETE (removing rows)",
    "Merge": "MERGE (changing rows)",
    "Create": "CREATE (defining objects)",
    "Drop": "DROP (removing objects)",
    "Alter": "ALTER (changing objects)",
    "TruncateTable": "TRUNCATE (removing rows)",
    "Copy": "COPY (reading or writing files)",
    "Command": "this command",
    "Set": "SET (changing settings or variables)",
    "Pragma": "PRAGMA (changing or probing database settings)",
    "Use": "USE (switching databases)",
    "Transaction": "transaction control",
    "Commit": "COMMIT",
    "Rollback": "ROLLBACK",
    "Grant": "GRANT (changing privileges)",
    "Revoke": "REVOKE (changing privileges)",
    "LoadData": "LOAD DATA (reading files)",
    "Describe": "DESCRIBE",
    "Show": "SHOW",
    "Attach": "ATTACH (opening other databases)",
    "Detach": "DETACH",
    "Analyze": "ANALYZE",
    "Kill": "KILL",
    "Execute": "EXECUTE",
    "Export": "EXPORT",
    "Declare": "DECLARE",
    "Cache": "CACHE",
    "Uncache": "UNCACHE",
    "Refresh": "REFRESH",
    "Summarize": "SUMMARIZE",
    "UserDefinedFunction": "defining functions",
    "Into": "SELECT ... INTO (writing results to a table, file or variable)",
    "Lock": "locking clauses (FOR UPDATE / FOR SHARE / LOCK IN SHARE MODE)",
    "Hint": "optimizer hints",
    "Placeholder": "bind parameters",
    "Parameter": "variables and parameters (@x, $1)",
    "SessionParameter": "server variables (@@x)",
    "PropertyEQ": "variable assignment (:=)",
    "Dot": "schema-qualified function calls and dotted paths",
    "ObjectIdentifier": "casts to object identifiers (regclass, regproc, ...)",
    "NextValueFor": "sequences",
    "Unnest": "table-valued functions (UNNEST)",
    "TableFromRows": "table-valued functions",
}

# Token types whose text is data (string literals, quoted identifiers): never NFKC-normalised.
_VERBATIM_TOKEN_TYPES = (
    "STRING",
    "NATIONAL_STRING",
    "RAW_STRING",
    "HEREDOC_STRING",
    "BYTE_STRING",
    "BIT_STRING",
    "HEX_STRING",
    "UNICODE_STRING",
    "IDENTIFIER",
)

_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PARAMETER_SIGILS = frozenset("$@:?")
_SIMPLE_IDENTIFIER = re.compile(r"[^\W\d]\w*")


@dataclass(frozen=True)
class GuardedSQL:
    """A statement that passed the guard.

    `sql` is what runs (physical tables, quoted; LIMIT is one row above the cap so the executor
    can tell truncation); `logical_sql` is what users see and what to store (logical names, the
    user's own LIMIT if any, so re-guarding it with another cap, e.g. for an export, works);
    `limit` is the number of rows the answer can hold: min(user's LIMIT, max_rows).
    """

    sql: str
    logical_sql: str
    tables: list[str] = field(default_factory=list)
    limit: int = 0
    dialect: str = "sqlite"


def refuse(message: str, reason: str) -> NoReturn:
    raise UnsafeSQL(message, details={"reason": reason})


def sqlglot_dialect(name: str) -> str:
    """The sqlglot dialect for a dialect or SQLAlchemy backend name (mariadb -> mysql, ...)."""
    key = name.strip().lower()
    return _DIALECT_ALIASES.get(key, key)


@lru_cache(maxsize=32)
def dialect_object(name: str) -> Any:
    """The sqlglot dialect object for a sqlglot dialect name, made once: sqlglot builds a new one for every
    parse or render given a name (its settings never change after)."""
    from sqlglot.dialects.dialect import Dialect  # lazy: heavy (sqlglot)

    return Dialect.get_or_raise(name)


@lru_cache(maxsize=1)
def _forbidden_nodes() -> tuple[type, ...]:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return tuple(getattr(exp, name) for name in _STATEMENT_WORDS if hasattr(exp, name))


@lru_cache(maxsize=1)
def _verbatim_token_types() -> frozenset[Any]:
    from sqlglot.tokens import TokenType  # lazy: heavy (sqlglot)

    return frozenset(getattr(TokenType, name) for name in _VERBATIM_TOKEN_TYPES if hasattr(TokenType, name))


def _fold(name: str) -> str:
    """How names are compared: look-alikes folded (NFKC), case ignored."""
    return unicodedata.normalize("NFKC", name).casefold()


# --------------------------------------------------------------------------- text


def check_size(sql: str) -> None:
    """Refuse statements too long or too complex to check cheaply, before any parsing."""
    if len(sql) > MAX_SQL_BYTES or len(sql.encode("utf-8", "surrogatepass")) > MAX_SQL_BYTES:
        refuse(
            f"The SQL is longer than {MAX_SQL_BYTES // 1000} KB; write a shorter query "
            f"(e.g. filter with a condition or a join instead of listing thousands of values).",
            "length",
        )
    tokens = 0
    depth = deepest = 0
    for match in _ROUGH_TOKEN.finditer(sql):
        tokens += 1
        text = match.group()
        if text == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif text == ")":
            depth -= 1
    if tokens > MAX_SQL_TOKENS:
        refuse(
            f"The SQL has about {tokens:,} tokens (words, values, symbols); at most {MAX_SQL_TOKENS:,} "
            f"are allowed. Write a shorter query (e.g. replace a long IN (...) list with a condition).",
            "complexity",
        )
    if deepest > MAX_SQL_NESTING:
        refuse(
            f"The SQL nests parentheses {deepest} deep; at most {MAX_SQL_NESTING} levels are allowed.",
            "complexity",
        )


def _check_characters(sql: str) -> None:
    """Refuse invisible and control characters: they hide what a statement really says."""
    bad = _ASCII_CONTROL.search(sql)
    if bad:
        refuse(f"The SQL contains a control character (U+{ord(bad.group()):04X}); remove it.", "characters")
    if sql.isascii():
        return
    for char in sql:
        if ord(char) > 127 and unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            refuse(
                f"The SQL contains an invisible or control character (U+{ord(char):04X} "
                f"{unicodedata.name(char, 'unnamed')}); remove it.",
                "characters",
            )


def _normalise_text(sql: str, dialect: str) -> str:
    """NFKC-fold look-alikes (fullwidth letters, ideographic spaces) outside string literals and
    quoted identifiers, so keywords and names are checked as the characters they imitate,
    while data values (e.g. '北京（总部）') stay exactly as written."""
    if sql.isascii():
        return sql
    folded = unicodedata.normalize("NFKC", sql)
    if folded == sql:
        return sql
    verbatim = _verbatim_token_types()
    pieces: list[str] = []
    cursor = 0
    for token in _tokenize(sql, dialect):
        if token.token_type in verbatim:
            pieces.append(unicodedata.normalize("NFKC", sql[cursor : token.start]))
            pieces.append(sql[token.start : token.end + 1])
            cursor = token.end + 1
    pieces.append(unicodedata.normalize("NFKC", sql[cursor:]))
    return "".join(pieces)


def _tokenize(sql: str, dialect: str) -> list[Any]:
    from sqlglot.errors import TokenError  # lazy: heavy (sqlglot)

    try:
        return list(dialect_object(dialect).tokenize(sql))
    except TokenError as error:
        refuse(f"The SQL could not be read: {_first_line(error)}.", "syntax")


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return re.sub(r"\x1b\[[0-9;]*m", "", text[0]) if text else type(error).__name__


def _check_comments(tokens: list[Any]) -> None:
    """MySQL runs `/*! ... */` comments as code and reads `/*+ ... */` as optimizer hints."""
    for token in tokens:
        for comment in token.comments or ():
            head = comment.lstrip()[:1]
            if head in ("!", "+"):
                refuse(
                    "Executable comments (/*! ... */) and optimizer hints (/*+ ... */) are not allowed.",
                    "comment",
                )


# --------------------------------------------------------------------------- parse


def _parse_one(sql: str, dialect: str) -> exp.Expression:
    from sqlglot.errors import ErrorLevel, ParseError  # lazy: heavy (sqlglot)

    tokens = _tokenize(sql, dialect)
    _check_comments(tokens)
    try:
        statements = dialect_object(dialect).parser(error_level=ErrorLevel.RAISE).parse(tokens, sql)
    except ParseError as error:
        refuse(f"The SQL could not be parsed as {dialect} SQL: {_first_line(error)}.", "syntax")
    except RecursionError:
        refuse("The SQL is nested too deeply to check.", "syntax")
    found = [statement for statement in statements if statement is not None]
    if not found:
        refuse("The SQL is empty.", "syntax")
    if len(found) > 1:
        refuse(
            f"Only one statement can run at a time; this text holds {len(found)} (separated by ';').",
            "statement",
        )
    return found[0]


def _query_root(tree: exp.Expression) -> exp.Expression:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    while isinstance(tree, exp.Subquery) and not any(v for k, v in tree.args.items() if k != "this"):
        tree = tree.this
    if isinstance(tree, exp.Select | exp.SetOperation):
        return tree
    word = _STATEMENT_WORDS.get(type(tree).__name__, f"a {type(tree).__name__.upper()} statement")
    refuse(f"Only reading queries (SELECT) can run; {word} is not allowed.", "statement")


# --------------------------------------------------------------------------- checks


def _check_node(node: exp.Expression, forbidden: tuple[type, ...]) -> None:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if isinstance(node, forbidden):
        word = _STATEMENT_WORDS.get(type(node).__name__, type(node).__name__)
        refuse(f"Only reading queries (SELECT) can run; {word} is not allowed.", "statement")
    if isinstance(node, exp.MatchAgainst) and any(e is None for e in node.expressions):
        refuse("Server variables (@@x) are not allowed.", "statement")
    if isinstance(node, exp.Func):
        _check_function(node)
    elif isinstance(node, exp.DataType):
        if node.this.name not in _CAST_TYPES:
            refuse(f"Converting to the type {node.sql()} is not allowed.", "function")
    elif isinstance(node, exp.Lateral) and not isinstance(node.this, exp.Subquery):
        refuse("Table-valued functions are not allowed in FROM; query the datasource's tables.", "table")
    elif isinstance(node, exp.Identifier) and not node.quoted and node.name[:1] in _PARAMETER_SIGILS:
        refuse(
            f"Variables and parameters ({node.name}) are not allowed; write the value itself.", "statement"
        )
    elif isinstance(node, exp.Select) and not node.expressions:
        refuse("The SELECT has no columns to return.", "syntax")


def _check_function(node: exp.Func) -> None:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if isinstance(node, exp.Anonymous):
        name = _fold(str(node.name))
        if name in DANGEROUS_FUNCTIONS:
            refuse(f"The function {node.name}() is not allowed: it can reach outside the query.", "function")
        if name not in SAFE_ANONYMOUS_FUNCTIONS:
            refuse(f"The function {node.name}() is not on the list of allowed functions.", "function")
        return
    class_name = type(node).__name__
    if class_name in _DENIED_FUNCTION_CLASSES or _fold(node.sql_name()) in DANGEROUS_FUNCTIONS:
        refuse(
            f"The function {node.sql_name()}() is not allowed: it can reach outside the query.", "function"
        )


def _visible_cte_names(table: exp.Expression) -> dict[str, str]:
    """CTE names (folded -> as defined) that `table` can see, conservatively: a CTE body sees only
    the CTEs defined before it (and itself when RECURSIVE); the main query sees all of them.
    A name not visible here is treated as a real table, so it is rewritten or refused."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    names: dict[str, str] = {}
    previous: Any = table
    current: Any = table.parent
    while current is not None:
        if isinstance(current, exp.With):
            ctes = current.expressions
            index = next((i for i, cte in enumerate(ctes) if cte is previous), len(ctes))
            visible = ctes[: index + 1] if current.args.get("recursive") else ctes[:index]
            for cte in visible:
                names.setdefault(_fold(cte.alias), cte.alias)
        else:
            with_ = current.args.get("with_") or current.args.get("with")
            if with_ is not None and previous is not with_:
                for cte in with_.expressions:
                    names.setdefault(_fold(cte.alias), cte.alias)
        previous, current = current, current.parent
    return names


def _unknown_table_message(name: str, qualifier: str | None) -> str:
    folded = _fold(name)
    if qualifier is not None:
        if _fold(qualifier) in SYSTEM_SCHEMAS:
            return f"System tables ({qualifier}.{name}) are not available; query the datasource's own tables."
        return (
            f"Tables of other schemas or databases ({qualifier}.{name}) are not available; "
            f"write the table name without a schema."
        )
    if folded in SYSTEM_TABLES or folded.startswith(("sqlite_", "pragma_", "pg_")):
        return f"System tables ({name}) are not available; query the datasource's own tables."
    return f"The table {name} is not part of this datasource."


# --------------------------------------------------------------------------- rewrite


def _int_literal(node: exp.Expression | None, what: str) -> int:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if isinstance(node, exp.Literal) and not node.is_string and node.this.isdigit():
        return int(node.this)
    refuse(f"{what} must be a whole number.", "limit")


def _requested_limit(root: exp.Expression) -> int | None:
    """The outer LIMIT / FETCH FIRST the statement asks for (None: all rows); FETCH becomes LIMIT."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    limit = root.args.get("limit")
    requested: int | None = None
    if isinstance(limit, exp.Fetch):
        options = limit.args.get("limit_options")
        if options is not None and (options.args.get("percent") or options.args.get("with_ties")):
            refuse("FETCH ... PERCENT / WITH TIES is not supported; use LIMIT n.", "limit")
        count = limit.args.get("count")
        requested = 1 if count is None else _int_literal(count, "FETCH FIRST n")
    elif isinstance(limit, exp.Limit):
        value = limit.expression
        if not (isinstance(value, exp.Var) and value.name.upper() == "ALL"):
            requested = _int_literal(value, "LIMIT")
    offset = root.args.get("offset")
    if offset is not None:
        _int_literal(offset.expression, "OFFSET")
    root.set("limit", None if requested is None else exp.Limit(expression=exp.Literal.number(requested)))
    return requested


def _display_identifier(name: str, quoted: bool) -> exp.Identifier:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return exp.to_identifier(name, quoted=quoted or not _SIMPLE_IDENTIFIER.fullmatch(name))


def guard_sql(
    sql: str,
    *,
    dialect: str,
    tables: dict[str, str],
    max_rows: int,
    physical_schema: str | None = None,
) -> GuardedSQL:
    """Check that `sql` is one plain read of the datasource's tables and rewrite it to run.

    `tables` maps logical table names (matched case- and look-alike-insensitively) to physical
    names. Raises UnsafeSQL saying what was refused and why.
    """
    check_size(sql)
    if max_rows < 1:
        raise ValueError("max_rows must be at least 1")
    name = sqlglot_dialect(dialect)
    dialect_object(name)  # unknown dialects are a programming error (ValueError), not unsafe SQL
    _check_characters(sql.removeprefix("\ufeff"))
    text = sql.removeprefix("\ufeff").strip()
    text = _normalise_text(text, name)
    root = _query_root(_parse_one(text, name))

    nodes = _checked_nodes(root)
    logical = {_fold(logical_name): (logical_name, physical) for logical_name, physical in tables.items()}
    resolved = _resolve_tables(nodes.tables, logical)
    qualified_columns = _columns_to_qualify(nodes, resolved.unaliased)

    # Users see their own LIMIT (or none): re-guarding the shown SQL with another cap (an export)
    # must not inherit this one. What runs is capped, one row above the cap to detect truncation.
    requested = _requested_limit(root)
    shown_limit = max_rows if requested is None else min(requested, max_rows)
    run_limit = requested if requested is not None and requested <= max_rows else max_rows + 1
    logical_sql, physical_sql = _render(
        root, name, nodes, resolved, qualified_columns, run_limit, physical_schema
    )
    return GuardedSQL(
        sql=physical_sql, logical_sql=logical_sql, tables=resolved.used, limit=shown_limit, dialect=name
    )


@dataclass
class _Nodes:
    """The nodes of a checked statement the rewrite needs: tables, columns, CTEs and every alias."""

    tables: list[exp.Table] = field(default_factory=list)
    columns: list[exp.Column] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    ctes: list[exp.CTE] = field(default_factory=list)


def _checked_nodes(root: exp.Expression) -> _Nodes:
    """Check every node of the statement (refusing forbidden ones) and collect what the rewrite needs."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    forbidden = _forbidden_nodes()
    nodes = _Nodes()
    for node in root.walk():
        assert isinstance(node, exp.Expression)
        _check_node(node, forbidden)
        if isinstance(node, exp.Table):
            nodes.tables.append(node)
        elif isinstance(node, exp.Column):
            nodes.columns.append(node)
        elif isinstance(node, exp.CTE):
            nodes.ctes.append(node)
            nodes.aliases.add(_fold(node.alias))
        elif isinstance(node, exp.TableAlias) and node.name:
            nodes.aliases.add(_fold(node.name))
    return nodes


@dataclass
class _ResolvedTables:
    """Each table reference resolved: to a visible CTE, or to a datasource table (logical, physical)."""

    used: list[str] = field(default_factory=list)
    cte_references: list[tuple[exp.Table, str]] = field(default_factory=list)
    rewrites: list[tuple[exp.Table, str, str]] = field(default_factory=list)
    # Folded name -> logical name of the tables referenced without an alias.
    unaliased: dict[str, str] = field(default_factory=dict)


def _resolve_tables(table_nodes: list[exp.Table], logical: dict[str, tuple[str, str]]) -> _ResolvedTables:
    """Resolve every table reference, refusing functions in FROM, other schemas and unknown tables;
    datasource tables are renamed to their logical names (as the user is shown them)."""
    resolved = _ResolvedTables()
    for table in table_nodes:
        _check_table_reference(table)
        key = _fold(table.name)
        cte_name = _visible_cte_names(table).get(key)
        if cte_name is not None:
            resolved.cte_references.append((table, cte_name))
            continue
        entry = logical.get(key)
        if entry is None:
            refuse(_unknown_table_message(table.name, None), "table")
        logical_name, physical = entry
        if logical_name not in resolved.used:
            resolved.used.append(logical_name)
        if not table.alias:
            resolved.unaliased[key] = logical_name
        table.set("this", _display_identifier(logical_name, table.this.quoted))
        resolved.rewrites.append((table, logical_name, physical))
    return resolved


def _check_table_reference(table: exp.Table) -> None:
    """A table reference names a table: no table-valued function, no schema or database."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if not isinstance(table.this, exp.Identifier):
        refuse("Table-valued functions are not allowed in FROM; query the datasource's tables.", "table")
    qualifier = table.args.get("catalog") or table.args.get("db")
    if qualifier is not None:
        refuse(_unknown_table_message(table.name, table.text("db") or qualifier.name), "table")


def _columns_to_qualify(nodes: _Nodes, unaliased: dict[str, str]) -> list[tuple[exp.Column, str]]:
    """Columns qualified by an unaliased table's name: they follow the table to its logical alias.
    Columns with a schema are refused."""
    qualified: list[tuple[exp.Column, str]] = []
    for column in nodes.columns:
        if column.args.get("db") is not None or column.args.get("catalog") is not None:
            refuse(f"Column references with a schema ({column.sql()}) are not allowed.", "table")
        qualifier_key = _fold(column.table) if column.table else ""
        if qualifier_key in unaliased and qualifier_key not in nodes.aliases:
            qualified.append((column, unaliased[qualifier_key]))
    return qualified


def _render(
    root: exp.Expression,
    name: str,
    nodes: _Nodes,
    resolved: _ResolvedTables,
    qualified_columns: list[tuple[exp.Column, str]],
    run_limit: int,
    physical_schema: str | None,
) -> tuple[str, str]:
    """(the SQL as the user is shown it, the SQL that runs: physical tables, quoted names, the run limit)."""
    from sqlglot import exp  # lazy: heavy (sqlglot)
    from sqlglot.errors import ErrorLevel, UnsupportedError  # lazy: heavy (sqlglot)

    options: dict[str, Any] = {"dialect": name, "comments": False, "unsupported_level": ErrorLevel.RAISE}
    try:
        logical_sql = root.sql(**options)
        for table, logical_name, physical in resolved.rewrites:
            table.set("this", exp.to_identifier(physical, quoted=True))
            if physical_schema:
                table.set("db", exp.to_identifier(physical_schema, quoted=True))
            if not table.alias:
                table.set("alias", exp.TableAlias(this=exp.to_identifier(logical_name, quoted=True)))
        # A CTE and its references are quoted with the same text, so the database resolves them
        # exactly as checked here (no case folding can turn a reference into a real table).
        for cte in nodes.ctes:
            cte.args["alias"].set("this", exp.to_identifier(cte.alias, quoted=True))
        for table, cte_name in resolved.cte_references:
            table.set("this", exp.to_identifier(cte_name, quoted=True))
        for column, logical_name in qualified_columns:
            column.set("table", exp.to_identifier(logical_name, quoted=True))
        root.set("limit", exp.Limit(expression=exp.Literal.number(run_limit)))
        physical_sql = root.sql(**options)
    except UnsupportedError as error:
        refuse(f"The SQL uses something {name} cannot run: {_first_line(error)}.", "syntax")
    return logical_sql, physical_sql
