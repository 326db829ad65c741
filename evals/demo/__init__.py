"""Reproducible demo data: job postings, resumes in PDF/DOCX/TXT and their known facts.

`python -m evals.demo.generate` rewrites `evals/demo/data/`; `generate_pool` writes
larger synthetic resume sets for benchmarks.
"""
