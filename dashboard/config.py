"""App settings in one place: environment variables first, then st.secrets.

| setting | environment variable | secrets key | default |
|---|---|---|---|
| workbook shown | WERKBOEK_PAD | werkboek_pad | workbook/actieoverzicht.xlsx |
| hosted mode | WERKAGENDA_GEHOST (1/0) | gehost | on when deployed (Community Cloud), else off |
| upload limit (MB) | WERKAGENDA_MAX_UPLOAD_MB | max_upload_mb | 10 |

See docs/hosting.md for all settings, including access control.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from workbook import settings as wb_settings

TRUE_WORDS = {"1", "true", "ja", "yes", "on", "waar"}
FALSE_WORDS = {"0", "false", "nee", "no", "off", "onwaar"}


@dataclass(frozen=True)
class AppConfig:
    workbook_path: Path
    hosted: bool
    max_upload_mb: int


def _flag(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    return default


def running_in_cloud(environ: Mapping[str, str]) -> bool:
    """Streamlit Community Cloud mounts apps under /mount/src."""
    return Path("/mount/src").is_dir() or environ.get("HOSTNAME", "") == "streamlit"


def _get(key_env: str, key_secret: str, environ: Mapping[str, str], secrets: Mapping[str, Any]) -> Any:
    if key_env in environ and environ[key_env] != "":
        return environ[key_env]
    try:
        return secrets.get(key_secret)
    except Exception:  # no secrets file: st.secrets raises on access
        return None


def load_config(environ: Mapping[str, str] | None = None, secrets: Mapping[str, Any] | None = None) -> AppConfig:
    environ = os.environ if environ is None else environ
    secrets = {} if secrets is None else secrets
    path_value = _get("WERKBOEK_PAD", "werkboek_pad", environ, secrets)
    path = Path(path_value).expanduser() if path_value else wb_settings.CANONICAL_WORKBOOK
    hosted = _flag(_get("WERKAGENDA_GEHOST", "gehost", environ, secrets), running_in_cloud(environ))
    try:
        upload = int(_get("WERKAGENDA_MAX_UPLOAD_MB", "max_upload_mb", environ, secrets) or 10)
    except (TypeError, ValueError):
        upload = 10
    upload = max(1, min(upload, wb_settings.MAX_FILE_BYTES // (1024 * 1024)))
    return AppConfig(workbook_path=path, hosted=hosted, max_upload_mb=upload)
