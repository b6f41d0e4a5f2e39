"""Reading articles: plain text, HTML, RSS/Atom, JSONL; sample corpus."""

from corpus.article import Article, content_hash
from corpus.errors import CorpusError, EmptyInputError, InputNotFoundError, UnreadableInputError
from corpus.gold import Gold, gold_pairs, load_gold
from corpus.loaded import Loaded
from corpus.loader import (
    SUFFIXES,
    article_from_html,
    article_from_text,
    detect_format,
    discover,
    iter_articles,
    parse_bytes,
    read_article,
    read_file,
)
from corpus.records import article_from_record, iter_jsonl
from corpus.samples import load_sample_gold, load_samples, sample_dir

__all__ = [
    "SUFFIXES",
    "Article",
    "CorpusError",
    "EmptyInputError",
    "Gold",
    "InputNotFoundError",
    "Loaded",
    "UnreadableInputError",
    "article_from_html",
    "article_from_record",
    "article_from_text",
    "content_hash",
    "detect_format",
    "discover",
    "gold_pairs",
    "iter_articles",
    "iter_jsonl",
    "load_gold",
    "load_sample_gold",
    "load_samples",
    "parse_bytes",
    "read_article",
    "read_file",
    "sample_dir",
]
