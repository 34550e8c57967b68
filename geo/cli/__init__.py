"""The ``geo`` command: a thin shell over the API, one module per command.

Each command module exposes ``register(subparsers)``, which adds its parser (with an
example in its epilog) and sets ``func``, a callable taking the parsed arguments and
returning the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from gazetteer import GazetteerError
from geo.errors import GeoError

# Order is the order ``geo --help`` lists them in.
COMMANDS: tuple[str, ...] = (
    "resolve", "gazetteer", "extract", "evaluate", "ingest", "status", "history", "changes",
    "export", "map",
)

EXAMPLES = """examples:
  geo resolve "Deir el-Zour"
  geo --help COMMAND for the options and an example of each command
"""


def build_parser() -> argparse.ArgumentParser:
    """The ``geo`` argument parser with every command of ``COMMANDS`` registered."""
    parser = argparse.ArgumentParser(
        prog="geo",
        description="Read conflict news and keep a time-aware map of who controls which town.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"geo.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; user errors print one line on stderr and give a non-zero exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (GeoError, GazetteerError) as e:
        print(f"geo: error: {e}", file=sys.stderr)
        return int(getattr(e, "exit_code", 2))
    except KeyboardInterrupt:
        print("geo: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
