"""`python -m korea_cli` runs the same entry point as the `korea` script."""

try:
    from korea_cli.entry import main
except KeyboardInterrupt:  # Ctrl-C in the first milliseconds, before main() can guard
    raise SystemExit(130) from None

main()
