"""A short sound per outcome, from WAVs in resources/sounds; silent where there is no audio."""

from __future__ import annotations

from checkin.resources import resources_dir

SOUND_FILES = {"ok": "ok.wav", "again": "again.wav", "refused": "refused.wav"}


class Sounds:
    def __init__(self, muted: bool = False) -> None:
        self.muted = muted
        self.last_played = ""  # for tests and the log: which sound the desk asked for
        self._effects: dict[str, object] | None = None

    def play(self, kind: str) -> None:
        self.last_played = kind
        if self.muted:
            return
        effect = self._load().get(kind)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]

    def prepare(self) -> None:
        """Open the audio output now, not on the first scan (it takes a few hundred ms)."""
        self._load()

    def _load(self) -> dict[str, object]:
        if self._effects is None:
            self._effects = {}
            try:  # QtMultimedia needs the system's audio libraries; a desk without them stays silent
                from PySide6.QtCore import QUrl
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:
                return self._effects
            for kind, name in SOUND_FILES.items():
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / name)))
                effect.setVolume(0.6)
                self._effects[kind] = effect
        return self._effects
