"""Errors the core raises; the CLI and the web layer turn them into messages."""


class KbError(Exception):
    """Base of every error kb reports to a user."""


class IndexMissing(KbError):
    """There is no index where one was expected."""


class IndexOutdated(KbError):
    """The index was built by another schema or analyzer version."""


class IndexBusy(KbError):
    """Another process is writing the index."""


class ParseError(KbError):
    """A file could not be turned into documents; the message says why."""


class NotFound(KbError):
    """No document or passage has the id asked for."""


class ConfigError(KbError):
    """The config file or a setting could not be used; the message says which and why."""
