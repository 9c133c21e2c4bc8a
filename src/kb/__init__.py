"""kb: a searchable knowledge base over Swedish reports about social services."""

import importlib.util
import inspect
import sys
import types
from pathlib import Path
from typing import Any

__version__ = "0.1.0"


def templates_dir() -> Path:
    """kb's Jinja templates (pages and the HTML brief): inside the installed wheel
    (kb/templates), or the repository's templates/."""
    package = Path(__file__).resolve().parent
    packaged = package / "templates"
    return packaged if packaged.is_dir() else package.parent.parent / "templates"


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _asyncio_attribute(name: str) -> Any:
    import asyncio  # the real one, for anything but iscoroutinefunction

    return getattr(asyncio, name)


def _import_whoosh_lightly() -> None:
    """Import two of Whoosh's imports without the parts of the standard library they bring.

    whoosh.compat imports urllib.request (http.client, email, ssl) for a download
    helper kb never calls, and whoosh.reading imports the cached_property package,
    which imports asyncio only to ask whether a property is a coroutine function
    (none of Whoosh's is): 0.38-0.47 s and 0.16-0.21 s of the 2.0-2.4 s importing
    kb.search took at load average 10 (python -X importtime), a fifth and a tenth.
    Each is imported here with a stand-in for the module it wants: urlretrieve
    imports the real one when called, and cached_property asks inspect (as asyncio
    itself does first) and gets anything else from the real asyncio. The stand-ins
    leave sys.modules at once, so any other import gets the real modules.
    """
    if importlib.util.find_spec("whoosh") is None:
        return
    stand_ins = {}
    if "urllib.request" not in sys.modules and "whoosh.compat" not in sys.modules:
        request = types.ModuleType("urllib.request")
        request.urlretrieve = _urlretrieve  # type: ignore[attr-defined]
        stand_ins["urllib.request"] = request
    if "asyncio" not in sys.modules and "cached_property" not in sys.modules:
        asyncio = types.ModuleType("asyncio")
        asyncio.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
        asyncio.__getattr__ = _asyncio_attribute  # type: ignore[method-assign]
        stand_ins["asyncio"] = asyncio
    sys.modules.update(stand_ins)
    try:
        import whoosh.compat  # noqa: F401

        if importlib.util.find_spec("cached_property") is not None:
            import cached_property  # type: ignore[import-untyped]  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


_import_whoosh_lightly()
