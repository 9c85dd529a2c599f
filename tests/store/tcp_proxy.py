"""A TCP relay between a desk and the server whose cable the tests can cut.

`blackhole()` is a blocked port or a dead switch: connections stay open, bytes
are taken and never delivered, nothing answers. `refuse()` is a server that is
gone: open connections are reset and new ones refused. `restore()` plugs the
cable back (old connections are dropped, as a NAT would forget them).
"""

from __future__ import annotations

import socket
import threading


class CuttableProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.mode = "open"
        self._sockets: list[socket.socket] = []
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
            with self._lock:
                self._sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                for sock in (source, sink):
                    _close(sock)
                return
            if self.mode != "open":
                continue  # swallowed by the dead link
            try:
                sink.sendall(data)
            except OSError:
                _close(source)
                return

    def _drop_all(self, reset: bool) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            if reset:
                _reset(sock)
            else:
                _close(sock)

    def blackhole(self) -> None:
        self.mode = "blackhole"

    def refuse(self) -> None:
        """Nothing listens on the port any more; open connections are reset."""
        self.mode = "refuse"
        _close(self.listener)
        self._drop_all(reset=True)

    def restore(self) -> None:
        self._drop_all(reset=True)
        if self.mode == "refuse":
            self.listener = socket.create_server(("127.0.0.1", self.port))
            threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()
        self.mode = "open"

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
