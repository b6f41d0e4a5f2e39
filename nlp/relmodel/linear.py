"""A sparse logistic-regression scorer: string features in, a probability out; stored as JSON."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class LinearModel:
    """Weights per feature string, a bias and the decision threshold tuned on held-out folds."""

    name: str
    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.5
    meta: dict[str, object] = field(default_factory=dict)

    def score(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, probability: float) -> bool:
        return probability >= self.threshold

    def explain(self, features: Iterable[str], top: int = 8) -> list[tuple[str, float]]:
        """The features that weigh most in a decision (for debugging and the model report)."""
        scored = [(f, self.weights[f]) for f in set(features) if f in self.weights]
        return sorted(scored, key=lambda fw: -abs(fw[1]))[:top]

    def to_json(self) -> dict[str, object]:
        weights = {f: round(w, 5) for f, w in sorted(self.weights.items()) if abs(w) >= 1e-4}
        return {
            "name": self.name,
            "bias": round(self.bias, 5),
            "threshold": self.threshold,
            "meta": self.meta,
            "weights": weights,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> LinearModel:
        return cls(
            name=str(data["name"]),
            weights={str(k): float(v) for k, v in dict(data["weights"]).items()},  # type: ignore[call-overload]
            bias=float(data["bias"]),  # type: ignore[arg-type]
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
            meta=dict(data.get("meta") or {}),  # type: ignore[call-overload]
        )

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
