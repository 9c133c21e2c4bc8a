"""Answer one search before the server listens, so that no visitor waits for the first."""

from __future__ import annotations

import logging
import threading

from flask import Flask

log = logging.getLogger(__name__)

# A common word of the corpus: its search reads the facet table, the compound
# vocabulary, the name and synonym tables, and compiles the page's templates.
WARM_QUERY = "kvalitet"


def warm_up(app: Flask) -> None:
    """Run one search page through the app, so its tables are read before the first visitor."""
    # Measured on corpus/ (5,578 passages): the first request of a fresh server
    # took 0.52 s, of which the facet table 0.17 s, the analyzer's tables 0.15 s
    # and the templates 0.10 s; later requests 0.01-0.04 s. The facet table
    # grows with the index (about 2 s on 39,510 passages).
    # In a thread of its own: a searcher is kept per thread (kb.search._searcher),
    # and one kept by the main thread, which then only waits on the server's
    # loop, held 200 MB of the interpellation index for good.
    thread = threading.Thread(target=_search, args=(app,), name="kb-warm-up")
    thread.start()
    thread.join()


def _search(app: Flask) -> None:
    response = app.test_client().get("/", query_string={"q": WARM_QUERY})
    if response.status_code != 200:
        log.warning("warm-up search answered %s", response.status_code)
