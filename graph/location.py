"""Where the knowledge graph lives: a store folder (embedded pyoxigraph) or an Oxigraph server's URL.

`--store` and ``KG_STORE`` take either. They are typed `Path` throughout, and pathlib folds the ``//``
of a URL (``Path("http://h:7878")`` is ``http:/h:7878``), so a URL is recognised in either spelling.

>>> remote_url("http://127.0.0.1:7878/")
'http://127.0.0.1:7878'
>>> remote_url(Path("http://127.0.0.1:7878"))
'http://127.0.0.1:7878'
>>> remote_url(Path("var/store")) is None
True
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import pyoxigraph as ox

_URL = re.compile(r"^(https?):/+([^/].*)$", re.IGNORECASE)


def remote_url(location: Path | str | None) -> str | None:
    """The server URL (``http://host:port``, no trailing slash) if `location` names one, else None."""
    if location is None:
        return None
    match = _URL.match(str(location))
    if match is None:
        return None
    return f"{match.group(1).lower()}://{match.group(2)}".rstrip("/")


def is_remote(location: Path | str | None) -> bool:
    return remote_url(location) is not None


def describe(location: Path | str) -> str:
    """`location` as a person wrote it: the URL with both slashes, or the folder."""
    return remote_url(location) or str(location)


def open_reader(location: Path | str, *, timeout: float | None = None) -> ox.Store:
    """A read-only view of the store: a pyoxigraph snapshot of the folder, or a SPARQL client of the server.

    The client answers the part of `pyoxigraph.Store` that readers use (`query` with the union default
    graph, prefixes and datasets; `named_graphs`; `len`), so the read model reads both the same way.
    """
    url = remote_url(location)
    if url is None:
        import pyoxigraph as ox

        return ox.Store.read_only(str(location))
    from graph.sparql_http import READ_TIMEOUT, RemoteStore

    return cast("ox.Store", RemoteStore(url, timeout=timeout or READ_TIMEOUT))
