"""Reading articles: plain text, HTML, RSS/Atom, JSONL; sample corpus."""
