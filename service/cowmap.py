"""A dict whose copy costs a few microseconds: the big tables of the read model and the search indexes.

A write makes the next read model from the current one, which requests go on reading (snapshot
semantics). Copying whole dicts for that made every write cost in proportion to the store (about a
second at 100,000 articles). A `CowMap` keeps its entries in many small dicts (shards, by the key's
hash) and `copy` shares them: each map copies a shard only when it first changes it, so a write costs
in proportion to what it changes. Lookups stay dict lookups plus one method call; iteration runs over
the shards' own views. The shards grow by linear hashing — one shard splits in two whenever the
entries outgrow them — so no single write re-hashes a whole table.

>>> a = CowMap({"x": 1})
>>> b = a.copy()
>>> b["y"] = 2
>>> del b["x"]
>>> dict(a), dict(b)
({'x': 1}, {'y': 2})
"""

from __future__ import annotations

import itertools
from collections.abc import ItemsView, Iterable, Iterator, Mapping, MutableMapping, ValuesView
from typing import Any, TypeVar, overload

K = TypeVar("K")
V = TypeVar("V")
D = TypeVar("D")

SHARD_SIZE = 128  # entries per shard, on average, before one more shard splits


class CowMap(MutableMapping[K, V]):
    """A mapping with a cheap `copy` (copy-on-write shards, see the module docstring).

    Not safe for writes from several threads; readers of a map nobody changes need no lock. A copy
    and the map it was taken from never see each other's changes.

    Linear hashing: with 2**L + s shards, a key's shard is its hash's low L bits, or its low L + 1
    bits when those L bits name one of the s shards already split (`_low` and `_high` are the masks).
    """

    __slots__ = ("_shards", "_owned", "_low", "_high", "_split", "_len")

    def __init__(self, data: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        items = list(data.items()) if isinstance(data, Mapping) else list(data)
        bits = (len(items) // SHARD_SIZE).bit_length()
        low = self._low = (1 << bits) - 1
        self._high, self._split = 2 * low + 1, 0
        shards: list[dict[K, V]] = [{} for _ in range(low + 1)]
        for k, v in items:
            shards[hash(k) & low][k] = v
        self._shards = shards
        self._owned = bytearray(b"\x01" * (low + 1))  # shards this map may change in place
        self._len = sum(map(len, shards))

    def copy(self) -> CowMap[K, V]:
        """A map with the same entries, sharing every shard until one of the two changes it."""
        out: CowMap[K, V] = CowMap.__new__(CowMap)
        out._shards, out._len = list(self._shards), self._len
        out._low, out._high, out._split = self._low, self._high, self._split
        out._owned = bytearray(len(self._shards))
        self._owned = bytearray(len(self._shards))  # shared now: this map copies before changing too
        return out

    def _index(self, key: object) -> int:
        h = hash(key)
        i = h & self._low
        return h & self._high if i < self._split else i

    def __getitem__(self, key: K) -> V:
        h = hash(key)
        i = h & self._low
        return self._shards[h & self._high if i < self._split else i][key]

    @overload
    def get(self, key: K, /) -> V | None: ...
    @overload
    def get(self, key: K, default: V | D, /) -> V | D: ...
    def get(self, key: K, default: Any = None) -> Any:
        h = hash(key)
        i = h & self._low
        return self._shards[h & self._high if i < self._split else i].get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._shards[self._index(key)]

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[K]:
        return itertools.chain.from_iterable(self._shards)

    def values(self) -> ValuesView[V]:
        return _Values(self)

    def items(self) -> ItemsView[K, V]:
        return _Items(self)

    def pop(self, key: K, *default: Any) -> Any:
        if key in self:
            self._len -= 1
            return self._writable(key).pop(key)
        if default:
            return default[0]
        raise KeyError(key)

    def _writable(self, key: K) -> dict[K, V]:
        i = self._index(key)
        if not self._owned[i]:
            self._shards[i] = dict(self._shards[i])
            self._owned[i] = 1
        return self._shards[i]

    def __setitem__(self, key: K, value: V) -> None:
        shard = self._writable(key)
        n = len(shard)
        shard[key] = value
        if len(shard) > n:
            self._len += 1
            if self._len > SHARD_SIZE * len(self._shards):
                self._grow()

    def __delitem__(self, key: K) -> None:
        if key not in self:
            raise KeyError(key)
        del self._writable(key)[key]
        self._len -= 1

    def _grow(self) -> None:
        """One more shard: the next shard not yet split this round splits in two by hash bit L
        (both halves new dicts, so a shard shared with a copy stays as it was)."""
        p, bit = self._split, self._low + 1
        stay: dict[K, V] = {}
        move: dict[K, V] = {}
        for k, v in self._shards[p].items():
            (move if hash(k) & bit else stay)[k] = v
        self._shards[p] = stay
        self._owned[p] = 1
        self._shards.append(move)  # index bit + p
        self._owned.append(1)
        if p + 1 == bit:  # every shard of this round split: 2**(L+1) shards
            self._low, self._high, self._split = self._high, 2 * self._high + 1, 0
        else:
            self._split = p + 1

    def __repr__(self) -> str:
        return f"CowMap({dict(self.items())!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return len(self) == len(other) and all(k in other and other[k] == v for k, v in self.items())

    __hash__ = None  # type: ignore[assignment]


class _Values(ValuesView[V]):
    def __init__(self, mapping: CowMap[Any, V]) -> None:
        super().__init__(mapping)
        self._map = mapping

    def __iter__(self) -> Iterator[V]:
        return itertools.chain.from_iterable(s.values() for s in self._map._shards)


class _Items(ItemsView[K, V]):
    def __init__(self, mapping: CowMap[K, V]) -> None:
        super().__init__(mapping)
        self._map = mapping

    def __iter__(self) -> Iterator[tuple[K, V]]:
        return itertools.chain.from_iterable(s.items() for s in self._map._shards)
