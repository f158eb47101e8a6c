"""A real SMTP server for Delivery.Tests, on Debian's python3-aiosmtpd (installed by eng/setup.sh).

Prints READY once it listens, then one JSON line per accepted message; stops when its stdin closes.
Recipients starting with "rejected" are refused for good (550); those starting with "greylisted" are
refused once for a while (451) and accepted when tried again, as greylisting mail servers do.
"""
import argparse
import base64
import json
import sys
import uuid

from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self):
        self.greylisted = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("rejected"):
            return "550 5.1.1 No such user here"
        if address.startswith("greylisted") and address not in self.greylisted:
            self.greylisted.add(address)
            return "451 4.7.1 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        queue_id = uuid.uuid4().hex[:12]
        content = envelope.original_content or envelope.content
        print(json.dumps({
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "queueId": queue_id,
            "data": base64.b64encode(content).decode("ascii"),
        }), flush=True)
        return f"250 2.0.0 Ok: queued as {queue_id}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    arguments = parser.parse_args()
    controller = Controller(Recorder(), hostname="127.0.0.1", port=arguments.port)
    controller.start()
    print("READY", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
