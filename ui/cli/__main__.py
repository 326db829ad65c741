"""`python -m ui.cli` runs the `scout` command."""

from ui.cli.main import run

run()
