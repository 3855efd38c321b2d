"""Helpers every CLI command module shares: error translation, settings, argument parsing."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from legation.errors import InputError, LegationError
from legation.settings import Settings, load_settings

err = Console(stderr=True, soft_wrap=True)
F = TypeVar("F", bound=Callable[..., Any])


def edge(func: F) -> F:
    """Translate Legation errors into one line and exit status 2 (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LegationError as error:
            err.print(f"[bold red]error:[/] {error}", markup=True, highlight=False)
            raise typer.Exit(2) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def cli_settings(**overrides: Any) -> Settings:
    return load_settings(overrides=overrides)


def parse_day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise InputError(f"--{name} must be a date like 2014-11-14, got {value!r}") from error


# Filter options shared by `legation events` and `legation export` (one definition, one help text).
DbOption = Annotated[str | None, typer.Option(help="Database URL.")]
ActorOption = Annotated[str | None, typer.Option(help="Actor country code (PRK) or knowledge-base id.")]
RecipientOption = Annotated[str | None, typer.Option(help="Recipient country code or knowledge-base id.")]
TypeOption = Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")]
SinceOption = Annotated[str | None, typer.Option(help="Earliest event date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Latest event date (YYYY-MM-DD).")]
LimitOption = Annotated[int | None, typer.Option(help="At most this many events.")]
