"""One module per operation of the tag integration: its table entry and its request builder."""
