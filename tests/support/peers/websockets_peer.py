#!/usr/bin/python3
"""An independent WebSocket client (python3-websockets) for maxmon's server tests.

    websockets_peer.py keep-sending URL   sends a 2 MiB message, then keeps sending
    websockets_peer.py handshake URL      opens the URL and reports the refusal

Prints one JSON object: what the client saw. Exits 77 when the websockets
module is missing (the test is skipped then).
"""
import asyncio
import json
import sys

try:
    import websockets
except ImportError:
    sys.exit(77)


async def keep_sending(url):
    # the close frame must reach a client that is busy sending
    async with websockets.connect(url, max_size=None, ping_interval=None) as ws:
        try:
            await ws.send(b"x" * (2 * 1024 * 1024))
            while True:
                await ws.send(b"y" * 32 * 1024)
                await asyncio.sleep(0)
        except websockets.ConnectionClosed as closed:
            rcvd = closed.rcvd
            return {"received_code": rcvd.code if rcvd else None,
                    "received_reason": rcvd.reason if rcvd else None,
                    "sent_code": closed.sent.code if closed.sent else None}


async def handshake(url):
    try:
        async with websockets.connect(url, ping_interval=None):
            return {"status": 101}
    except websockets.InvalidStatusCode as refused:
        headers = {k.lower(): v for k, v in refused.headers.raw_items()}
        return {"status": refused.status_code, "headers": headers}


def main():
    scenario, url = sys.argv[1], sys.argv[2]
    run = {"keep-sending": keep_sending, "handshake": handshake}[scenario]
    result = asyncio.run(asyncio.wait_for(run(url), timeout=30))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
