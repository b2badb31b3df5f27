"""Benchmark: a whole blocklist check (16 zones x 2 addresses) against one query, on a DNS server on 127.0.0.1 that
delays every answer by 100 ms. Prints the ratio of the two wall times measured in this run (target <= 1.3).

    .venv/bin/python bench/dnsbl_parallel.py [--delay 0.1] [--rounds 5] [--server lean|dnslib]

Every zone answers its RFC 5782 test points correctly; one address is listed on a few zones (so TXT records are
fetched too), the other is clean. The server runs in its own process, as a real one would not share our
interpreter. ``lean`` (default) is a single-threaded UDP responder that holds each answer for the delay, the way a
slow real server behaves; ``dnslib`` is the test fixture, which starts a Python thread and parses zone text per
question, so on a busy machine its own overhead shows up in the ratio.
"""

from __future__ import annotations

import argparse
import heapq
import ipaddress
import multiprocessing as mp
import select
import socket
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fixtures.dns_server import DnsServer  # noqa: E402
from wizard.core.dns.blocklist import check_addresses, query_name  # noqa: E402
from wizard.core.dns.zones import Zone  # noqa: E402
from wizard.core.dns.query import ask  # noqa: E402

ADDRESSES = ["203.0.113.45", "198.51.100.7"]


def make_zones(n: int) -> list[Zone]:
    return [
        Zone(id=f"z{i}", zone=f"bl{i}.bench.test", name=f"Bench list {i}", ipv6=False,
             listed={"127.0.0.2": "spam"}, delist_url="https://bench.test/")
        for i in range(n)
    ]


def make_dns(zones: list[Zone]) -> dict:
    data: dict = {}
    for i, z in enumerate(zones):
        data[(query_name(ipaddress.ip_address("127.0.0.2"), z.zone), "A")] = ["127.0.0.2"]
        if i % 4 == 0:  # the first address is listed on every fourth zone
            name = query_name(ipaddress.ip_address(ADDRESSES[0]), z.zone)
            data[(name, "A")] = ["127.0.0.2"]
            data[(name, "TXT")] = ['"listed for the benchmark"']
    return data


def serve(data: dict, delay: float, port_queue, stop_event) -> None:
    """The fixture DNS server in its own process."""
    with DnsServer(data, default_delay=delay) as server:
        port_queue.put(server.port)
        stop_event.wait()


def _question(wire: bytes) -> tuple[str, int]:
    """(lower-case name, qtype) from a query's wire form, without a full parse."""
    labels, i = [], 12
    while wire[i]:
        n = wire[i]
        labels.append(wire[i + 1 : i + 1 + n].decode("ascii").lower())
        i += 1 + n
    return ".".join(labels), int.from_bytes(wire[i + 1 : i + 3], "big")


def serve_lean(data: dict, delay: float, port_queue, stop_event) -> None:
    """One thread, one UDP socket: answer from ``data`` after ``delay`` seconds (NXDOMAIN for unknown names).

    Answers are built once per question with dnspython and cached; later only the query id is patched in, so the
    server's own work stays far below the delay (as with a real server)."""
    import dns.message
    import dns.rcode
    import dns.rdatatype
    import dns.rrset

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    port_queue.put(sock.getsockname()[1])
    cache: dict[tuple[str, int], bytes] = {}
    due: list[tuple[float, int, bytes, tuple]] = []
    n = 0
    while not stop_event.is_set():
        timeout = max(0.0, min(0.05, due[0][0] - time.monotonic())) if due else 0.05
        readable, _, _ = select.select([sock], [], [], timeout)
        while readable:
            try:
                wire, addr = sock.recvfrom(4096)
            except BlockingIOError:
                break
            key = _question(wire)
            if key not in cache:
                query = dns.message.from_wire(wire)
                q = query.question[0]
                rdtype = dns.rdatatype.to_text(q.rdtype)
                reply = dns.message.make_response(query)
                if (key[0], rdtype) in data:
                    reply.answer.append(dns.rrset.from_text_list(q.name, 60, "IN", rdtype, data[(key[0], rdtype)]))
                elif not any(k[0] == key[0] for k in data):
                    reply.set_rcode(dns.rcode.NXDOMAIN)
                cache[key] = reply.to_wire()
            n += 1
            heapq.heappush(due, (time.monotonic() + delay, n, wire[:2] + cache[key][2:], addr))
            sock.setblocking(False)
        sock.setblocking(True)
        now = time.monotonic()
        while due and due[0][0] <= now:
            _, _, out, addr = heapq.heappop(due)
            sock.sendto(out, addr)
    sock.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--delay", type=float, default=0.1)
    ap.add_argument("--zones", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--server", choices=["lean", "dnslib"], default="lean")
    args = ap.parse_args()
    zones = make_zones(args.zones)
    ctx = mp.get_context("spawn")
    ports, stop = ctx.Queue(), ctx.Event()
    proc = ctx.Process(target=serve_lean if args.server == "lean" else serve, args=(make_dns(zones), args.delay, ports, stop), daemon=True)
    proc.start()
    try:
        server = DnsServer({})  # only for its resolver(): points at the port of the server process
        server.port = ports.get(timeout=30)
        resolver = server.resolver(timeout=5)
        one_name = query_name(ipaddress.ip_address(ADDRESSES[1]), zones[0].zone)
        singles, wholes = [], []
        report = check_addresses(ADDRESSES, resolver=resolver, zones=zones, timeout=5)  # warm-up, not counted
        for _ in range(args.rounds):
            start = time.perf_counter()
            ask(resolver, one_name, "A", deadline=time.monotonic() + 5)
            singles.append(time.perf_counter() - start)
            start = time.perf_counter()
            report = check_addresses(ADDRESSES, resolver=resolver, zones=zones, timeout=5)
            wholes.append(time.perf_counter() - start)
    finally:
        stop.set()
        proc.join(10)
    queries = 2 * len(zones) + 2 * len(zones) * len(ADDRESSES)
    one = statistics.median(singles)
    whole = statistics.median(wholes)
    listed = len(report.listed)
    print(f"one query:       {one * 1000:7.1f} ms (median of {args.rounds})")
    print(f"whole check:     {whole * 1000:7.1f} ms (median of {args.rounds}; {args.zones} zones x "
          f"{len(ADDRESSES)} addresses = {queries} queries incl. test points and TXT; {listed} listings)")
    print(f"ratio whole/one: {whole / one:7.2f}  (target <= 1.3; server: {args.server})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
