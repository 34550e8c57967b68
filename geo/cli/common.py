"""Helpers every command module shares: parser construction and output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_command(
    sub: argparse._SubParsersAction, name: str, help: str, example: str
) -> argparse.ArgumentParser:
    """Add a sub-command whose ``--help`` ends with a worked example."""
    return sub.add_parser(
        name,
        help=help,
        description=help,
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def print_json(obj: Any) -> None:
    """One JSON document on stdout, non-ASCII kept as written."""
    json.dump(obj, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
