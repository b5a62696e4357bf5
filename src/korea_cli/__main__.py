"""`python -m korea_cli` runs the same entry point as the `korea` script."""

from korea_cli.cli import main

main()
