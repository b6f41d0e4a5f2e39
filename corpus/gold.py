"""Gold facts files (`NAME.gold.json` beside `NAME.txt`): typed loading and pairing for evaluation.

The schema is the one of `../shared/corpus/README.md`; `GoldRole.time` is an optional extension used by
the shipped samples for time hints ("seit 2019", "ehemalig", "kommissarisch").
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from corpus.errors import InputNotFoundError, UnreadableInputError


class _Gold(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldPerson(_Gold):
    name: str
    aliases: list[str] = Field(default_factory=list)


class GoldOrganization(_Gold):
    name: str
    aliases: list[str] = Field(default_factory=list)
    part_of: str | None = None


class GoldProject(_Gold):
    name: str
    aliases: list[str] = Field(default_factory=list)


class GoldEvent(_Gold):
    name: str
    aliases: list[str] = Field(default_factory=list)
    organizer: str | None = None
    location: str | None = None


class GoldRole(_Gold):
    person: str
    role: str
    organization: str | None = None
    time: str | None = None


class GoldAffiliation(_Gold):
    person: str
    organization: str


class GoldSpeaker(_Gold):
    person: str
    event: str | None = None
    topic: str | None = None


class GoldProjectLink(_Gold):
    person: str
    project: str
    relation: str


class Gold(_Gold):
    """The hand-annotated facts of one article. `quotes` lists the persons quoted (one per quote)."""

    id: str | None = None
    url: str | None = None
    file: str | None = None
    note: str | None = None
    persons: list[GoldPerson] = Field(default_factory=list)
    organizations: list[GoldOrganization] = Field(default_factory=list)
    projects: list[GoldProject] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)
    roles: list[GoldRole] = Field(default_factory=list)
    affiliations: list[GoldAffiliation] = Field(default_factory=list)
    speakers: list[GoldSpeaker] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list)
    project_links: list[GoldProjectLink] = Field(default_factory=list)


def load_gold(path: str | Path) -> Gold:
    """Read and validate one gold file; raises `CorpusError` naming the file and the first problem."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Gold.model_validate(data)
    except FileNotFoundError as exc:
        raise InputNotFoundError(f"{path}: no such gold file") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableInputError(f"{path}: not a readable JSON gold file ({exc})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        message = f"{path}: gold file does not match the schema at {where}: {first['msg']}"
        raise UnreadableInputError(message) from exc


def gold_pairs(folder: str | Path) -> list[tuple[Path, Path]]:
    """`(NAME.txt, NAME.gold.json)` pairs under `folder`, recursive and sorted; texts lacking gold skipped."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputNotFoundError(f"{folder}: no such folder; give the folder holding *.txt and *.gold.json")
    pairs = []
    for gold in sorted(folder.rglob("*.gold.json")):
        text = gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")
        if text.is_file():
            pairs.append((text, gold))
    return pairs
