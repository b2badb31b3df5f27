"""The transport under one probe: a non-blocking socket with cancellable, bounded waits, and TLS through
:class:`ssl.SSLObject` on memory buffers (so a handshake obeys the same waits and the same cancel).

Every wait watches a wake-up socket that :class:`CancelToken` triggers from any thread, and the cancel callback shuts
the connection down, so a cancel returns within milliseconds. No SMTP here beyond reading whole replies through
:class:`~wizard.core.smtp.replies.ReplyParser`.
"""

from __future__ import annotations

import datetime as _dt
import errno
import os
import selectors
import socket
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any

from wizard.core.cancel import Cancelled, CancelToken
from wizard.core.smtp.replies import ReplyParser
from wizard.core.smtp.result import TlsInfo


class WaitTimeout(Exception):
    """A wait reached its time limit."""


class Closed(Exception):
    """The server closed the connection (or reset it)."""


_contexts: dict[tuple[str, float], ssl.SSLContext] = {}
_contexts_lock = threading.Lock()


def tls_context(ca_file: str | None = None) -> ssl.SSLContext:
    """The verifying client context: system trust store plus ``ca_file``. Built once and shared (thread-safe):
    loading the trust store takes tens of milliseconds of CPU that no cancel can interrupt."""
    key = (ca_file or "", os.stat(ca_file).st_mtime if ca_file else 0.0)
    with _contexts_lock:
        ctx = _contexts.get(key)
        if ctx is None:
            ctx = ssl.create_default_context()
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # explicit, whatever the Python or OpenSSL defaults
            if ca_file:
                ctx.load_verify_locations(cafile=ca_file)
            _contexts[key] = ctx
        return ctx


OLD_TLS_REASONS = frozenset(
    {"TLSV1_ALERT_PROTOCOL_VERSION", "UNSUPPORTED_PROTOCOL", "NO_PROTOCOLS_AVAILABLE", "WRONG_SSL_VERSION"}
)


def connect_outcome(exc: OSError) -> tuple[str, str]:
    code = exc.errno
    text = os.strerror(code) if isinstance(code, int) else type(exc).__name__
    if code in (errno.ECONNREFUSED, getattr(errno, "WSAECONNREFUSED", -1)):
        return "refused", text
    if code in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return "unreachable", text
    if code in (errno.ETIMEDOUT,):
        return "timeout", text
    return "error", text


def _dn(parts) -> str:
    items = []
    for rdn in parts or ():
        for key, value in rdn:
            short = {"commonName": "CN", "organizationName": "O", "organizationalUnitName": "OU", "countryName": "C",
                     "stateOrProvinceName": "ST", "localityName": "L"}.get(key, key)
            items.append(f"{short}={value}")
    return ", ".join(items)


class Transport:
    def __init__(self, cancel: CancelToken):
        self.cancel = cancel
        self.sock: socket.socket | None = None
        self.tls: ssl.SSLObject | None = None
        self._in: ssl.MemoryBIO | None = None
        self._out: ssl.MemoryBIO | None = None
        self.parser = ReplyParser()
        self.received = 0  # bytes received from the server on the raw socket
        self.first_bytes = b""  # the first bytes received (to show a plaintext answer where TLS was expected)
        self.handshake_bytes = b""  # the first bytes received during the last TLS handshake
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._sel = selectors.DefaultSelector()
        self._sel.register(self._wake_r, selectors.EVENT_READ)
        self._unregister = cancel.on_cancel(self._on_cancel)

    def _on_cancel(self) -> None:  # any thread
        try:
            self._wake_w.send(b"x")
        except OSError:
            pass
        s = self.sock
        if s is not None:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self._unregister()
        if self.sock is not None:
            self._drop_socket()
        self._sel.close()
        self._wake_r.close()
        self._wake_w.close()

    def _drop_socket(self) -> None:
        s, self.sock = self.sock, None
        if s is None:
            return
        try:
            self._sel.unregister(s)
        except (KeyError, ValueError):
            pass
        s.close()

    def wait(self, write: bool, until: float) -> None:
        """Until the socket is ready; raises Cancelled at once when the token fires, WaitTimeout at ``until``."""
        sock = self.sock
        if sock is None:
            raise Closed()
        events = selectors.EVENT_WRITE if write else selectors.EVENT_READ
        try:
            if self._sel.get_key(sock).events != events:
                self._sel.modify(sock, events)
        except KeyError:
            self._sel.register(sock, events)
        while True:
            if self.cancel.cancelled:
                raise Cancelled()
            remaining = until - time.monotonic()
            if remaining <= 0:
                raise WaitTimeout()
            ready = self._sel.select(remaining)
            if self.cancel.cancelled:
                raise Cancelled()
            if any(key.fileobj is sock for key, _ in ready):
                return

    def connect(self, address: str, port: int, until: float) -> None:
        if self.sock is not None:
            self._drop_socket()
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setblocking(False)
        self.sock = sock
        if self.cancel.cancelled:
            raise Cancelled()
        err = sock.connect_ex((address, port))
        if err not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN, 10035):  # 10035: WSAEWOULDBLOCK
            self._drop_socket()
            raise OSError(err, os.strerror(err))
        if err:
            try:
                self.wait(True, until)
            except (WaitTimeout, Cancelled):
                self._drop_socket()
                raise
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                self._drop_socket()
                raise OSError(err, os.strerror(err))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def local_address(self) -> str:
        try:
            return self.sock.getsockname()[0] if self.sock else ""
        except OSError:
            return ""

    def _retry(self, op: Callable[[], Any], write: bool, until: float) -> Any:
        """Run a non-blocking socket call until it succeeds, waiting (cancellably, bounded) while it would block."""
        while True:
            if self.cancel.cancelled:
                raise Cancelled()
            try:
                return op()
            except (BlockingIOError, InterruptedError):
                self.wait(write, until)
            except ConnectionError:
                if self.cancel.cancelled:
                    raise Cancelled() from None
                raise Closed() from None

    def _recv_raw(self, until: float) -> bytes:
        data = self._retry(lambda: self.sock.recv(65536), False, until)
        if len(self.first_bytes) < 512:
            self.first_bytes += data[: 512 - len(self.first_bytes)]
        if self.tls is None and self._in is not None and len(self.handshake_bytes) < 512:
            self.handshake_bytes += data[: 512 - len(self.handshake_bytes)]
        self.received += len(data)
        return data

    def _send_raw(self, data: bytes, until: float) -> None:
        view = memoryview(data)
        while view:
            n = self._retry(lambda: self.sock.send(view), True, until)
            view = view[n:]

    def _flush_tls(self, until: float) -> None:
        data = self._out.read()
        if data:
            self._send_raw(data, until)

    def _pump(self, until: float) -> None:
        """TLS wants more input: send what it has to say, then feed it what the server sends (or the EOF)."""
        self._flush_tls(until)
        data = self._recv_raw(until)
        if data:
            self._in.write(data)
        else:
            self._in.write_eof()

    def start_tls(self, ctx: ssl.SSLContext, server_hostname: str, until: float) -> int:
        """Run the TLS handshake; returns how many bytes of plaintext, received before it, were thrown away.

        Bytes that arrived after the server's 220 to STARTTLS and before the handshake were not protected by TLS: a
        middlebox may have injected them (CVE-2011-0411). They are discarded unread, never taken as replies."""
        self._in, self._out = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.handshake_bytes = b""
        obj = ctx.wrap_bio(self._in, self._out, server_hostname=server_hostname)
        discarded = self.parser.discard()
        while True:
            try:
                obj.do_handshake()
                break
            except ssl.SSLWantReadError:
                self._pump(until)
            except ssl.SSLWantWriteError:  # pragma: no cover - memory BIOs never block on write
                self._flush_tls(until)
        self._flush_tls(until)
        self.tls = obj
        return discarded

    def tls_info(self) -> TlsInfo:
        obj = self.tls
        cert = obj.getpeercert() or {}
        not_after = ""
        if cert.get("notAfter"):
            try:
                ts = ssl.cert_time_to_seconds(cert["notAfter"])
                not_after = _dt.datetime.fromtimestamp(ts, _dt.timezone.utc).isoformat()
            except ValueError:
                not_after = cert["notAfter"]
        cipher = obj.cipher()
        return TlsInfo(
            version=obj.version() or "",
            cipher=cipher[0] if cipher else "",
            subject=_dn(cert.get("subject")),
            issuer=_dn(cert.get("issuer")),
            not_after=not_after,
        )

    def _recv(self, until: float) -> bytes:
        if self.tls is None:
            return self._recv_raw(until)
        while True:
            try:
                return self.tls.read(65536)
            except ssl.SSLWantReadError:
                self._pump(until)
            except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
                return b""
            except ssl.SSLError:
                raise Closed() from None

    def send(self, data: bytes, until: float) -> None:
        if self.sock is None:
            raise Closed()
        if self.tls is None:
            self._send_raw(data, until)
            return
        try:
            self.tls.write(data)
        except ssl.SSLError:
            raise Closed() from None
        self._flush_tls(until)

    def read_reply(self, until: float, transcript: list[str], arrow: str) -> tuple[int, list[str]]:
        """One whole reply, within the parser's limits; every line read goes to the transcript (also a bad one)."""
        parser = self.parser
        while True:
            reply = parser.next_reply(lambda line: transcript.append(arrow + line))
            if reply is not None:
                return reply
            data = self._recv(until)
            if not data:
                raise Closed()
            parser.feed(data)
