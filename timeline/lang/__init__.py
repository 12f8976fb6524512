"""Language data. Each language is a package exposing ``GRAMMAR``, ``RULES`` and ``NEGATIVES``."""
