"""A server's recent answers: a search request in, the SearchResults made the first time it
was asked of the same state of the index out (kb.search.run_search otherwise)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from whoosh.index import Index

import kb.search
from kb.index import state_key
from kb.search.request import SearchRequest, SearchResults
from kb.search.settings import CACHED_PER_PAGE, CACHED_RESULTS


class AnswerCache:
    """Recent answers of run_search by index state and request, for a server's threads.

    A reload, a step back through the pages, the same question from many users: each
    is answered as made the first time, while it is among the CACHED_RESULTS last
    asked (the least recently asked dropped first), and only for the index state it was
    made from, so a changed index is never answered from before. SearchResults are not
    changed by their readers, so one answer serves every thread. A page of more than
    CACHED_PER_PAGE hits, or an index in memory, is searched every time.
    """

    def __init__(self, size: int = CACHED_RESULTS) -> None:
        self.size = size
        self._answers: OrderedDict[tuple[Any, ...], SearchResults] = OrderedDict()
        self._lock = threading.Lock()

    def search(self, ix: Index, request: SearchRequest) -> SearchResults:
        """kb.search.run_search(ix, request), or the answer it gave before for this index state."""
        in_memory = getattr(ix.storage, "folder", None) is None
        if in_memory or request.per_page > CACHED_PER_PAGE or self.size < 1:
            return kb.search.run_search(ix, request)
        key = (state_key(ix, kb.search._searcher(ix).reader().generation()), request)
        with self._lock:
            found = self._answers.get(key)
            if found is not None:
                self._answers.move_to_end(key)
                return found
        results = kb.search.run_search(ix, request)
        with self._lock:
            self._answers[key] = results
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)
        return results

    def __len__(self) -> int:
        return len(self._answers)
