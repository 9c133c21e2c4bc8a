"""Serve the web app from several processes on one port, so that every core answers searches.

Python's GIL lets one process use one core however many threads it has: on
the 2-core test machine one `kb serve` answered 75 distinct searches a second
(bench/web_load.py --distinct) with the second core idle. Each worker is a
process of its own (spawned: a forked one would share the parent's open index
files and their read positions) that opens the index read-only, warms up, and
listens on the same port with SO_REUSEPORT, so the kernel spreads connections
over the workers. Without SO_REUSEPORT (not Linux or BSD) one process serves.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import threading
import time
from pathlib import Path
from typing import Any

from flask import Flask


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to host:port that other processes may bind as well (SO_REUSEPORT)."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(address)
    return sock


def serve(
    app: Flask,
    index_dir: Path,
    config: dict[str, Any],
    host: str,
    port: int,
    threads: int,
    workers: int,
    **options: Any,
) -> None:
    """Serve app with waitress, from `workers` processes when the system lets them share a port.

    The other workers build the app again from index_dir and config, as create_app does.
    """
    import waitress

    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        waitress.serve(app, host=host, port=port, threads=threads, **options)
        return
    sock = listening_socket(host, port)  # a port in use fails here, before any worker starts
    # One session key for every worker: an editor signed in (and a CSRF token issued) by one
    # process must be read by the next, whichever the port hands the request to.
    config = {**config, "SECRET_KEY": app.secret_key}
    children = _start_workers(index_dir, config, host, port, threads, workers - 1, options)

    def stop(signum: int, _frame: object) -> None:
        for child in children:
            child.terminate()
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        waitress.serve(app, sockets=[sock], threads=threads, **options)
    finally:
        for child in children:
            child.terminate()
        for child in children:
            child.join(timeout=5)


def _start_workers(
    index_dir: Path,
    config: dict[str, Any],
    host: str,
    port: int,
    threads: int,
    count: int,
    options: dict[str, Any],
) -> list[multiprocessing.process.BaseProcess]:
    """Start `count` more serving processes."""
    context = multiprocessing.get_context("spawn")
    level = logging.getLogger().level
    children: list[multiprocessing.process.BaseProcess] = [
        context.Process(
            target=_worker,
            args=(index_dir, config, host, port, threads, options, os.getpid(), level),
            name=f"kb-serve-{n}",
        )
        for n in range(1, count + 1)
    ]
    for child in children:
        child.start()
    return children


def _worker(
    index_dir: Path,
    config: dict[str, Any],
    host: str,
    port: int,
    threads: int,
    options: dict[str, Any],
    parent: int,
    log_level: int,
) -> None:
    """One more serving process: the same app over the same index, on the same port."""
    import waitress

    from kb.web import create_app
    from kb.web.warm import warm_up

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops us
    logging.basicConfig(level=log_level, format="%(levelname)s %(name)s: %(message)s")
    _exit_with(parent)
    app = create_app(index_dir, config)
    warm_up(app)
    waitress.serve(app, sockets=[listening_socket(host, port)], threads=threads, **options)


def _exit_with(parent: int) -> None:
    """Exit this process when `parent` is gone (killed without stopping its workers)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="kb-serve-parent", daemon=True).start()
