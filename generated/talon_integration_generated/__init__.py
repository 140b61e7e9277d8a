"""A client library for accessing Talon.One Integration API (v1)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
