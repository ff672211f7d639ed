"""The `privaudit` command line: turns options into a pipeline run, errors into exit code 2.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
2 usage, configuration, policy or input errors (one line, never a traceback).
"""

from __future__ import annotations

import os
import sys

import click

from engine import __version__
from engine.errors import PrivauditError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> None:
    """Print one line on stderr and exit 2."""
    click.echo(f"privaudit: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def main(argv: list[str] | None = None) -> None:
    try:
        from engine.cli.commands import cli

        cli.main(args=argv, prog_name="privaudit", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("privaudit: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR if exc.exit_code not in (0, 1) else exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except PrivauditError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        click.echo("privaudit: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # a bug of ours: still one line, the traceback only on request
        if os.environ.get("PRIVAUDIT_DEBUG"):
            raise
        fail(f"internal error: {type(exc).__name__}: {exc} (set PRIVAUDIT_DEBUG=1 for a traceback)")


__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "__version__", "fail", "main"]
