__version__ = "0.1.0"

# What this version was built from: ``info.version`` of openapi.yaml and the pinned openapi-python-client.
# `make version-check` keeps both in step with those files; the wheel's Keywords metadata records them too.
SPEC_VERSION = "1.2.0"
GENERATOR_VERSION = "0.29.1"
