"""Versions of the code that produces stored artefacts.

A parsed resume or a score records the versions that made it, so that a
better parser or scorer can find and redo old work. Bump on any change of
output.
"""

PARSER_VERSION = "parser-1.5.0"
JOB_ANALYZER_VERSION = "job-analyzer-1.4.0"
SCORER_VERSION = "scorer-1.2.0"
CHUNKER_VERSION = "chunker-1.0.0"
