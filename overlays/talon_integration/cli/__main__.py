"""``python -m talon_integration.cli``: the same as the ``talon-integration`` console script."""

from . import main

if __name__ == "__main__":  # importing this module (a documentation tool walking the package) runs nothing
    raise SystemExit(main())
