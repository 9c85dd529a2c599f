"""A TCP relay between a desk and the server whose cable the tests can cut, slow down or narrow.

`blackhole()` is a blocked port or a dead switch: connections stay open, bytes
are taken and never delivered, nothing answers. `refuse()` is a server that is
gone: open connections are reset and new ones refused. `restore()` plugs the
cable back (old connections are dropped, as a NAT would forget them).

`delay` is added to each direction (a round trip gains twice that), `bandwidth`
(bytes per second, each direction) queues what a slow link cannot carry yet, and
`cut_on(pattern)` blackholes the link at a chosen packet: the first one from the
desk that contains `pattern` (say b"COMMIT"), either before it reaches the
server or just after (so the server acts on it and its answer is lost).
`restore(server_hears=False)` is a Wi-Fi drop as the server lives it: the desk's
side is reset, the server's side of each old connection stays open and silent,
as a NAT that forgot the connection leaves it, until the server itself gives up.

The relay runs in the process that starts it (a test or a benchmark); desks in
other processes reach it on its loopback port.
"""

from __future__ import annotations

import queue
import socket
import threading
import time


class CuttableProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1", delay: float = 0.0,
                 bandwidth: float | None = None) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.mode = "open"
        self.delay = delay
        self.bandwidth = bandwidth
        self.connections = 0  # accepted so far: a test can tell a desk reconnected
        self._cut: tuple[bytes, bool] | None = None
        self._cut_after: int | None = None
        self.bytes_to_desk = 0  # delivered from the server to the desk, over every connection
        self.cut_happened = threading.Event()
        self._sockets: list[socket.socket] = []
        self._links: list[tuple[socket.socket, socket.socket, dict]] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def url(self, dbname: str, user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def url_for(self, direct_url: str) -> str:
        """The same URL, through this proxy."""
        head, _, tail = direct_url.rpartition(f":{self.target[1]}/")
        return f"{head}:{self.port}/{tail}"

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                _reset(client)
                continue
            link = {"dead": False}
            with self._lock:
                self._sockets += [client, upstream]
                self._links.append((client, upstream, link))
                self.connections += 1
            for source, sink, from_desk in ((client, upstream, True), (upstream, client, False)):
                line: queue.Queue = queue.Queue()
                threading.Thread(target=self._read, args=(source, sink, line, from_desk, link),
                                 daemon=True).start()
                threading.Thread(target=self._deliver, args=(source, sink, line, not from_desk),
                                 daemon=True).start()

    def _read(self, source: socket.socket, sink: socket.socket, line: queue.Queue, from_desk: bool,
              link: dict) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if link["dead"]:
                if not data and not from_desk:
                    _close(source)  # the server gave up on it at last
                if not data:
                    return
                continue
            if not data and self.mode == "blackhole":
                link["dead"] = True  # the goodbye is lost too: the other side keeps its connection
                return
            if not data:
                line.put((0.0, b"", False))
                return
            if self.mode != "open":
                continue  # swallowed by the dead link
            cut = self._cut
            if from_desk and cut is not None and cut[0] in data:
                self._cut = None
                self.mode = "blackhole"
                self.cut_happened.set()
                if cut[1]:  # before: the server never hears it
                    continue
                line.put((time.monotonic() + self.delay, data, True))  # after: delivered, then silence
                continue
            if not from_desk and self._cut_after is not None:
                self._cut_after -= len(data)
                if self._cut_after <= 0:
                    self._cut_after = None
                    self.mode = "blackhole"
                    self.cut_happened.set()
                    continue
            line.put((time.monotonic() + self.delay, data, False))

    def _deliver(self, source: socket.socket, sink: socket.socket, line: queue.Queue, to_desk: bool) -> None:
        free_at = 0.0
        while True:
            at, data, forced = line.get()
            if not data:
                for sock in (source, sink):
                    _close(sock)
                return
            if self.mode != "open" and not forced:
                continue  # queued before the link died: lost with it
            if self.bandwidth:
                at = max(at, free_at)
                free_at = at + len(data) / self.bandwidth
            wait = at - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            if self.mode != "open" and not forced:
                continue
            try:
                sink.sendall(data)
            except OSError:
                _close(source)
                return
            if to_desk:
                self.bytes_to_desk += len(data)

    def _drop_all(self, reset: bool) -> None:
        with self._lock:
            sockets, self._sockets, self._links = self._sockets, [], []
        for sock in sockets:
            if reset:
                _reset(sock)
            else:
                _close(sock)

    def blackhole(self) -> None:
        self.mode = "blackhole"

    def cut_on(self, pattern: bytes, before: bool = True) -> None:
        """Blackhole the link at the first packet from the desk that contains `pattern`."""
        self.cut_happened.clear()
        self._cut = (pattern, before)

    def cut_after_bytes_to_desk(self, count: int) -> None:
        """Blackhole the link once the server has sent the desk about `count` more bytes."""
        self.cut_happened.clear()
        self._cut_after = count

    def refuse(self) -> None:
        """Nothing listens on the port any more; open connections are reset."""
        self.mode = "refuse"
        _close(self.listener)
        self._drop_all(reset=True)

    def restore(self, server_hears: bool = True) -> None:
        if server_hears:
            self._drop_all(reset=True)
        else:
            with self._lock:
                links, self._links = self._links, []
                self._sockets = []
            for client, _upstream, link in links:
                link["dead"] = True
                _reset(client)
        if self.mode == "refuse":
            self.listener = socket.create_server(("127.0.0.1", self.port))
            threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()
        self.mode = "open"  # a cut set with cut_on() stays armed: restore, then watch it happen

    def close(self) -> None:
        self.listener.close()
        self._drop_all(reset=True)


def _reset(sock: socket.socket) -> None:
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    except OSError:
        pass
    _close(sock)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
