"""Python client for the Talon.One v1 Integration API.

The public package: hand-written on top of the generated ``talon_integration_generated`` package.
"""

from ._version import __version__

__all__ = ["__version__"]
