"""privaudit's commands: scan, classify, rules (list/show/validate/test), demo."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import click

from engine import __version__
from engine.classify import extend_lexicon
from engine.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from engine.cli.pipeline import (
    ReadOptions,
    audit,
    build_case_catalog,
    display_source,
    load_packs,
    read_sources,
    runtime_for,
)
from engine.config import Config, load_config
from engine.errors import ConfigError
from engine.evaluate import select_rules
from engine.model import Severity
from engine.policy.loader import PolicySet
from engine.policy.ruletest import run_rule_tests
from engine.results import AuditResult, input_errors

FORMATS = ("text", "json")
SEVERITIES = ("info", "low", "medium", "high", "critical", "never")
ENV_URL = "PRIVAUDIT_DATABASE_URL"


def _split_csv(values: Sequence[str]) -> list[str]:
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def _write(text: str, output: str | None) -> None:
    if output in (None, "-"):
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write report: {exc.strerror}", None) from None


def _fail_on(value: str) -> Severity | None:
    return None if value == "never" else Severity.parse(value)


def _render(result: AuditResult, fmt: str, lang: str) -> str:
    if fmt == "json":
        from reports import json_report

        return json_report.render(result, lang)
    from reports import text

    return text.render(result, lang)


@contextmanager
def _progress(quiet: bool) -> Iterator[Any]:
    if quiet:
        yield None
        return
    from connectors.database import rich_progress

    with rich_progress() as update:
        yield update


# --- shared options ----------------------------------------------------------


def _source_options(fn: Any) -> Any:
    for option in reversed(
        [
            click.option(
                "--dialect", help="SQL dialect of DDL files (mysql, postgres, ...); default: detect per file."
            ),
            click.option(
                "--encoding",
                help="Force a text encoding for DDL files (utf-8, gbk, gb18030...); default: detect.",
            ),
            click.option(
                "--sample-size",
                type=click.IntRange(min=0),
                help="Rows sampled per table (0: metadata only). [default: 200]",
            ),
            click.option(
                "--schema",
                "schemas",
                multiple=True,
                help="Database schema to audit (repeatable); default: all.",
            ),
            click.option(
                "--jobs", type=click.IntRange(1, 64), help="Tables sampled concurrently. [default: 4]"
            ),
            click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
            click.option(
                "--lexicon",
                "lexicon",
                multiple=True,
                type=click.Path(dir_okay=False),
                help="Extra classification words for your naming conventions (repeatable); "
                "see docs/classification.md.",
            ),
            click.option(
                "--config",
                "config_path",
                type=click.Path(dir_okay=False),
                help="Configuration file; default: privaudit.yaml here or in a parent folder.",
            ),
        ]
    ):
        fn = option(fn)
    return fn


def _source_flags(
    dialect: str | None,
    encoding: str | None,
    sample_size: int | None,
    schemas: tuple[str, ...],
    jobs: int | None,
    lexicon: tuple[str, ...],
) -> dict[str, tuple[Any, str]]:
    """The options every source-reading command shares, as config overrides with their flag names."""
    return {
        "lexicon": (list(lexicon), "--lexicon"),
        "dialect": (dialect, "--dialect"),
        "encoding": (encoding, "--encoding"),
        "sample_size": (sample_size, "--sample-size"),
        "schemas": (list(schemas), "--schema"),
        "jobs": (jobs, "--jobs"),
    }


def _config(config_path: str | None, **flags: tuple[Any, str]) -> Config:
    return load_config(config_path, flags)


def _read_options(cfg: Config, progress: Any) -> ReadOptions:
    # Organisation-specific classification words apply to this run (a bad file: exit 2 here).
    extend_lexicon(cfg["lexicon"])
    return ReadOptions(
        dialect=cfg["dialect"],
        encoding=cfg["encoding"],
        sample_size=cfg["sample_size"],
        jobs=cfg["jobs"],
        schemas=tuple(cfg["schemas"]),
        progress=progress,
    )


def _sources(sources: Sequence[str]) -> list[str]:
    if sources:
        return list(sources)
    url = os.environ.get(ENV_URL)
    if url:
        return [url]
    raise click.UsageError(
        "give at least one source (a .sql file, a migrations folder, a sample file or a database URL), "
        f"or set {ENV_URL}"
    )


def _policy(cfg: Config) -> PolicySet:
    return load_packs(cfg["packs"])


def _rules(policy: PolicySet, cfg: Config) -> tuple[Any, ...]:
    try:
        overrides = {rule: Severity.parse(level) for rule, level in cfg["severity"].items()}
        return select_rules(policy, cfg["laws"], cfg["disable"], overrides)
    except ValueError as exc:
        where = cfg.settings["laws"].source if "law" in str(exc) else cfg.settings["disable"].source
        raise ConfigError(f"{exc} (from {where})") from None


# --- the group -----------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", "-V", prog_name="privaudit", message="%(prog)s %(version)s")
def cli() -> None:
    """Audit database schemas, migrations, data samples and live databases against
    PIPL, GDPR and CCPA/CPRA policy packs, citing the law article by article."""
    extend_lexicon(())  # every command starts from the shipped lexicon; scan/classify add --lexicon


@cli.command()
@click.argument("sources", nargs=-1)
@click.option(
    "--law", "laws", multiple=True, help="Laws in scope, e.g. --law pipl,gdpr. [default: pipl, gdpr, ccpa]"
)
@click.option(
    "--pack", "packs", multiple=True, type=click.Path(), help="Extra policy pack file or folder (repeatable)."
)
@click.option("--disable", multiple=True, help="Rule id not to run (repeatable, or comma-separated).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Report format. [default: text]")
@click.option("--lang", type=click.Choice(["en", "zh"]), help="Report language. [default: en]")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file instead of stdout."
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    help="Exit 1 when a finding is at or above this severity. [default: low]",
)
@click.option(
    "--show-config",
    is_flag=True,
    help="Print the effective configuration and where each value came from, then exit.",
)
@_source_options
def scan(
    sources: tuple[str, ...],
    laws: tuple[str, ...],
    packs: tuple[str, ...],
    disable: tuple[str, ...],
    fmt: str | None,
    lang: str | None,
    output: str | None,
    fail_on: str | None,
    show_config: bool,
    dialect: str | None,
    encoding: str | None,
    sample_size: int | None,
    schemas: tuple[str, ...],
    jobs: int | None,
    quiet: bool,
    lexicon: tuple[str, ...],
    config_path: str | None,
) -> None:
    """Audit SOURCES and report findings with the law they evidence.

    SOURCES are .sql files, migration folders (applied in version order),
    CSV/JSONL/Parquet sample files, or database URLs (sqlite:///shop.db,
    postgresql://user@host/db, mysql+pymysql://user@host/db).
    """
    cfg = _config(
        config_path,
        laws=(_split_csv(laws), "--law"),
        packs=(list(packs), "--pack"),
        disable=(_split_csv(disable), "--disable"),
        format=(fmt, "--format"),
        lang=(lang, "--lang"),
        fail_on=(fail_on, "--fail-on"),
        **_source_flags(dialect, encoding, sample_size, schemas, jobs, lexicon),
    )
    if show_config:
        _print_config(cfg)
        return
    srcs = _sources(sources)
    policy = _policy(cfg)
    rules = _rules(policy, cfg)
    progress_ctx = _progress(quiet or not sys.stderr.isatty())
    with progress_ctx as progress:
        result = audit(
            srcs, policy, rules, cfg["laws"], _read_options(cfg, progress), _fail_on(cfg["fail_on"])
        )
    _write(_render(result, cfg["format"], cfg["lang"]), output)
    sys.exit(_exit_code(result))


def _exit_code(result: AuditResult) -> int:
    """2 when some input could not be read (the report is complete for the rest), else 1 on failing
    findings, else 0."""
    if result.input_errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.failing else EXIT_OK


def _print_config(cfg: Config) -> None:
    width = max(len(k) for k in cfg.settings)
    click.echo(f"# configuration file: {cfg.file or 'none found'}")
    for key, setting in sorted(cfg.settings.items()):
        value = json.dumps(setting.value, ensure_ascii=False)
        click.echo(f"{key.ljust(width)}  {value}    # {setting.source}")


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Output format. [default: text]")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file instead of stdout.")
@click.option("--all", "show_all", is_flag=True, help="Text format: list non-personal columns too.")
@_source_options
def classify(
    sources: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    show_all: bool,
    dialect: str | None,
    encoding: str | None,
    sample_size: int | None,
    schemas: tuple[str, ...],
    jobs: int | None,
    quiet: bool,
    lexicon: tuple[str, ...],
    config_path: str | None,
) -> None:
    """Print the personal-data inventory of SOURCES: every column with its categories,
    confidence, the laws it is sensitive under, and why."""
    from engine.classify.fuse import classify_catalog
    from engine.classify.inventory import inventory, render_inventory_text

    cfg = _config(
        config_path,
        format=(fmt, "--format"),
        **_source_flags(dialect, encoding, sample_size, schemas, jobs, lexicon),
    )
    srcs = _sources(sources)
    policy = _policy(cfg)
    with _progress(quiet or not sys.stderr.isatty()) as progress:
        catalog = classify_catalog(read_sources(srcs, _read_options(cfg, progress)))
    doc = inventory(catalog, policy.sensitive, [display_source(s) for s in srcs], __version__)
    if cfg["format"] == "json":
        text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    else:
        text = render_inventory_text(doc, show_all=show_all)
    _write(text, output)
    sys.exit(EXIT_ERROR if input_errors(catalog.diagnostics) else EXIT_OK)


# --- rules -------------------------------------------------------------------------


@cli.group()
def rules() -> None:
    """List, show, validate and test policy rules."""


@rules.command("list")
@click.option("--law", "laws", multiple=True, help="Only rules of these laws.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--pack", "packs", multiple=True, type=click.Path(), help="Extra policy pack file or folder.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file.")
def rules_list(laws: tuple[str, ...], fmt: str, packs: tuple[str, ...], config_path: str | None) -> None:
    """List the loaded rules (shipped packs plus configured ones)."""
    cfg = _config(config_path, packs=(list(packs), "--pack"))
    policy = _policy(cfg)
    wanted = set(_split_csv(laws))
    unknown = wanted - set(policy.laws)
    if unknown:
        raise ConfigError(
            f"unknown law {', '.join(sorted(unknown))} (loaded: {', '.join(sorted(policy.laws))})"
        )
    chosen = [r for r in policy.rules if not wanted or r.law in wanted]
    if fmt == "json":
        rows = [
            {
                "id": r.id,
                "law": r.law,
                "severity": r.severity.label,
                "target": r.target,
                "title": r.title,
                "references": [str(ref) for ref in r.references],
                "file": r.source_file,
                "tags": list(r.tags),
            }
            for r in chosen
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max((len(r.id) for r in chosen), default=10)
    for r in chosen:
        click.echo(f"{r.id.ljust(width)}  {r.severity.label:<8}  {r.target:<7}  {r.title['en']}")
    click.echo(f"{len(chosen)} rules")


@rules.command("show")
@click.argument("rule_id")
@click.option("--pack", "packs", multiple=True, type=click.Path(), help="Extra policy pack file or folder.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file.")
def rules_show(rule_id: str, packs: tuple[str, ...], config_path: str | None) -> None:
    """Show one rule in full: both languages, condition, references and test cases."""
    cfg = _config(config_path, packs=(list(packs), "--pack"))
    policy = _policy(cfg)
    rule = policy.rule(rule_id)
    if rule is None:
        raise ConfigError(f"no rule {rule_id!r} (see: privaudit rules list)")
    law = policy.laws.get(rule.law)
    lines = [
        f"{rule.id}  [{rule.severity.label}, target: {rule.target}, confidence: {rule.confidence}]",
        f"  law:         {law.name['en'] if law else rule.law}",
        f"  defined at:  {rule.location}",
        f"  title:       {rule.title['en']}",
        f"               {rule.title['zh']}",
        f"  when:        {rule.when.source}",
        f"  message:     {rule.message_source['en']}",
        f"               {rule.message_source['zh']}",
        f"  remediation: {rule.remediation['en']}",
        f"               {rule.remediation['zh']}",
        "  references:",
    ]
    for ref in rule.references:
        quote = f" — “{ref.quote}”" if ref.quote else ""
        lines.append(f"    - {ref}{quote}")
    if rule.tags:
        lines.append(f"  tags:        {', '.join(rule.tags)}")
    lines.append("  tests:")
    for case in rule.cases:
        expect = (
            case.expect if isinstance(case.expect, int) else [f"{t}.{c}" if c else t for t, c in case.expect]
        )
        lines.append(f"    - {case.name}: expect {expect}")
    click.echo("\n".join(lines))


@rules.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def rules_validate(paths: tuple[str, ...]) -> None:
    """Check pack files (schema, conditions, templates, ids) without running anything."""
    policy = load_packs(list(paths))
    own = [r for r in policy.rules if not r.source_file.startswith("policies/")]
    click.echo(f"ok: {len(own)} rule(s) in {len(paths)} path(s)")


@rules.command("test")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--rule", "only", multiple=True, help="Only this rule id (repeatable).")
@click.option("-v", "--verbose", is_flag=True, help="List passing cases too.")
def rules_test(paths: tuple[str, ...], only: tuple[str, ...], verbose: bool) -> None:
    """Run the rules' own test cases (shipped packs, plus PATHS) like a test runner."""
    policy = load_packs(list(paths))
    chosen = [r for r in policy.rules if (not only or r.id in only)]
    if paths and not only:
        chosen = [r for r in chosen if not r.source_file.startswith("policies/")]
    if only and not chosen:
        raise ConfigError(f"no rule {', '.join(only)!r}")
    results = run_rule_tests(chosen, build_case_catalog, runtime_for(policy))
    failed = [r for r in results if not r.passed]
    for res in results:
        if verbose or not res.passed:
            mark = "PASS" if res.passed else "FAIL"
            click.echo(f"{mark} {res.rule.id} :: {res.case.name}")
            if not res.passed:
                click.echo(f"  {res.case.location}: {res.problem}")
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


# --- demo ----------------------------------------------------------------------------


@cli.command()
@click.option(
    "--path",
    "db_path",
    type=click.Path(dir_okay=False),
    help="Where to build the demo SQLite database; default: a temporary file.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file.")
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default="never",
    show_default=True,
    help="The demo exits 0 by default; set this to see CI behaviour.",
)
def demo(db_path: str | None, fmt: str, lang: str, output: str | None, fail_on: str) -> None:
    """Build a small SQLite shop database with personal data in it, and audit it."""
    from connectors.demo import build_demo_database

    folder = tempfile.TemporaryDirectory(prefix="privaudit-demo-") if db_path is None else nullcontext(None)
    with folder as tmp:
        path = Path(db_path) if db_path else Path(str(tmp)) / "shop.db"
        built = build_demo_database(path)
        click.echo(f"demo database: {built}", err=True)
        policy = load_packs()
        rules_ = select_rules(policy, None)
        result = audit(
            [f"sqlite:///{built}"], policy, rules_, sorted(policy.laws), ReadOptions(), _fail_on(fail_on)
        )
        _write(_render(result, fmt, lang), output)
    sys.exit(_exit_code(result))
