"""The user's config file: settings a command would otherwise need every time.

A small TOML file, `$KB_CONFIG` or else `$XDG_CONFIG_HOME/kb/config.toml`
(`~/.config/kb/config.toml`). It holds `base_url`, where kb is served, so
that `kb cite` writes links a reader can follow. An option or environment
variable given on the command line wins over the file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kb.errors import ConfigError

CONFIG_ENV = "KB_CONFIG"


@dataclass(frozen=True)
class Config:
    """Settings from the config file; empty when there is none."""

    base_url: str = ""
    path: Path | None = None  # the file read, for messages


def config_path() -> Path:
    """Where the config file is looked for."""
    given = os.environ.get(CONFIG_ENV, "").strip()
    if given:
        return Path(given).expanduser()
    home = os.environ.get("XDG_CONFIG_HOME", "").strip() or str(Path("~/.config").expanduser())
    return Path(home) / "kb" / "config.toml"


def read_config(path: Path | None = None) -> Config:
    """The config file's settings (none when the file does not exist)."""
    path = path or config_path()
    if not path.is_file():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Inställningsfilen {path} kunde inte läsas: {exc}") from exc
    base_url = data.get("base_url", "")
    if not isinstance(base_url, str):
        raise ConfigError(f"base_url i {path} ska vara en adress inom citattecken.")
    return Config(base_url=check_base_url(base_url, str(path)), path=path)


def check_base_url(url: str, where: str = "--base-url") -> str:
    """url without a trailing slash if it is an http(s) address; ConfigError otherwise."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(
            f"{where}: »{url}« är ingen webbadress. Skriv den adress kb nås på, "
            "till exempel https://kb.example.se"
        )
    return url.rstrip("/")
