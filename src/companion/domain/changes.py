"""What a service call changed, so views refresh only that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changed:
    drafts: frozenset[str] = field(default_factory=frozenset)  # draft slots
    entries: frozenset[str] = field(default_factory=frozenset)  # entry ids
    vault: bool = False  # keys, settings of the vault itself

    def __bool__(self) -> bool:
        return bool(self.drafts or self.entries) or self.vault

    def __or__(self, other: Changed) -> Changed:
        return Changed(
            drafts=self.drafts | other.drafts,
            entries=self.entries | other.entries,
            vault=self.vault or other.vault,
        )
