"""The generated layer of talon-integration-client: models, operations and their typed methods.

Generated from openapi.yaml by openapi-python-client with the custom templates in ``templates/``; do not edit.
Users import ``talon_integration``, which builds on this package.
"""
