"""Docs stay true: the CLI reference is generated, every setting and command is documented."""

from __future__ import annotations

from pathlib import Path

from legation.cli.reference import render_reference
from legation.errors import REASONS
from legation.settings import OPTIONS

DOCS = Path(__file__).resolve().parent.parent.parent / "docs"


def test_docs_cli_reference_is_current():
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == render_reference(), (
        "docs/cli.md is stale: python -m legation.cli.reference > docs/cli.md"
    )


def test_docs_every_setting_is_documented():
    usage = (DOCS / "usage.md").read_text(encoding="utf-8")
    for option in OPTIONS:
        assert f"`{option.name}`" in usage, option.name


def test_docs_every_reason_code_is_documented():
    usage = (DOCS / "usage.md").read_text(encoding="utf-8")
    for code in REASONS:
        if code != "R-INGEST-DUPLICATE":
            assert code in usage, code


def test_docs_every_command_has_help():
    reference = render_reference()
    for section in reference.split("\n## ")[1:]:
        title, _, body = section.partition("\n")
        assert body.strip(), f"{title} has no help text"
