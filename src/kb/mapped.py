"""Whoosh index files read through memory maps: fast like Whoosh's buffers, and never copied.

Whoosh reads a file packed in a compound segment into a BytesIO copy per
searcher, and kb keeps a searcher per serving thread: on the interpellations
each thread's searcher held 100-200 MB of copies. Segments written as separate
files avoid the copies, but Whoosh reads those with a seek and a read() per
lookup, which made a search 15-25% slower (bench/speed_table.py: p50 6.2 ->
8.0 ms on corpus/). A file mapped into memory gives both: lookups slice the
map, and the pages are the operating system's cache, shared by every thread
and process that reads the index.
"""

from __future__ import annotations

import mmap
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile


class MappedFile(BufferFile):
    """A BufferFile over a memory map instead of a BytesIO copy of it."""

    def __init__(self, mapped: mmap.mmap, name: str) -> None:
        self._buf = memoryview(mapped)
        self._name = name
        self.file: mmap.mmap | None = mapped  # mmap has read, readline, seek and tell, in C
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def close(self) -> None:
        """Let go of the map; it is unmapped once no slice of it is alive."""
        # mmap.close() fails while a memoryview of it exists, and Whoosh may
        # still hold one a reader made: leave the unmapping to the collector.
        self.is_closed = True
        self._buf = memoryview(b"")
        self.file = None


class MappedStorage(FileStorage):
    """A read-only FileStorage whose non-compound files are memory-mapped."""

    def __init__(self, path: str) -> None:
        super().__init__(path, readonly=True)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        """The file mapped into memory; a compound segment file (.seg) as Whoosh opens it."""
        if name.endswith(".seg") or kwargs:
            # Whoosh maps a compound file itself (and copies what it reads out of it).
            return super().open_file(name, **kwargs)
        with open(self._fpath(name), "rb") as fh:
            try:
                mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            except ValueError:  # an empty file cannot be mapped
                return super().open_file(name)
        return MappedFile(mapped, name)
