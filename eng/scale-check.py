#!/usr/bin/env python3
"""The HTTP half of eng/scale-check.sh: load against the dev variant's pods, then the exact counts.

  scale-check.py load   STATE ENDPOINTS TICKETS WORKERS   # fresh tenant, CSAT rule, N customers and N solved tickets
  scale-check.py verify STATE ENDPOINTS TIMEOUT           # waits until the counts settle, prints them, exits 1 on a mismatch

ENDPOINTS: a file with one line "ticketing=http://10.89.0.5:8080,http://10.89.0.9:8080;surveys=…" — every replica of every
service; it is read again when it changes (a restarted pod gets a new address). Requests go round-robin over a service's
replicas; a replica that does not answer (killed, restarting) or answers 5xx is skipped for a few seconds and the request
is retried on the next one, as a Kubernetes Service would. Creating POSTs carry an Idempotency-Key, so a retry after a
lost answer cannot create twice.

Tokens are development tokens (HS256 with the dev variant's Auth__SigningKey, issuer cxplatform-dev, audience cxplatform,
claims sub, tenant, role), as ServiceDefaults' DevelopmentTokens mints them.
"""
import base64
import collections
import concurrent.futures
import hashlib
import hmac
import itertools
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

import yaml

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CREDENTIALS = os.path.join(REPO_ROOT, "deploy", "kubernetes", "dev", "credentials.yaml")
POSTGRES_CONTAINER = "postgres-postgres"
ROLES = ["admin", "agent", "care", "analyst"]


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def dev_token(tenant):
    with open(CREDENTIALS, encoding="utf-8") as f:
        key = base64.b64decode(yaml.safe_load(f)["data"]["Auth__SigningKey"])
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {"sub": f"{tenant}-scale-check", "tenant": tenant, "role": ROLES,
              "iss": "cxplatform-dev", "aud": "cxplatform", "iat": now, "nbf": now, "exp": now + 4 * 3600}
    signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}"
    signature = hmac.new(key, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64url(signature)}"


class Platform:
    """REST calls to the replicas of each service, failing over between them."""

    def __init__(self, endpoints_file, token):
        self.endpoints_file = endpoints_file
        self.endpoints_read = None
        self.endpoints = {}
        self.token = token
        self.turns = {}
        self.down_until = {}
        self.lock = threading.Lock()
        self.retries = collections.Counter()
        self.calls = 0

    def replicas(self, service):
        """The service's replicas, those that failed in the last seconds last (every one is tried eventually)."""
        with self.lock:
            stamp = os.stat(self.endpoints_file).st_mtime_ns
            if stamp != self.endpoints_read:
                with open(self.endpoints_file, encoding="utf-8") as f:
                    self.endpoints = parse_endpoints(f.read().strip())
                self.endpoints_read = stamp
            replicas = self.endpoints[service]
            turn = next(self.turns.setdefault(service, itertools.count()))
            now = time.monotonic()
            ordered = [replicas[(turn + i) % len(replicas)] for i in range(len(replicas))]
            return sorted(ordered, key=lambda base: self.down_until.get(base, 0) > now)

    def call(self, service, method, path, body=None, idempotency_key=None, expect=(200, 201), attempts=60):
        with self.lock:
            self.calls += 1
        last = None
        for attempt in range(attempts):
            replicas = self.replicas(service)
            base = replicas[attempt % len(replicas)] if attempt < len(replicas) else replicas[0]
            request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
            request.add_header("Authorization", f"Bearer {self.token}")
            request.add_header("Accept", "application/json")
            if body is not None:
                request.add_header("Content-Type", "application/json")
            if idempotency_key:
                request.add_header("Idempotency-Key", idempotency_key)
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    status, text = response.status, response.read().decode()
            except urllib.error.HTTPError as error:
                status, text = error.code, error.read().decode(errors="replace")
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
                status, text = None, str(error)
            if status in expect:
                return status, (json.loads(text) if text else None)
            last = f"{method} {base}{path}: {status} {text[:300]}"
            if status is not None and status < 500 and status not in (408, 429):
                return status, (json.loads(text) if text.startswith("{") or text.startswith("[") else text)
            with self.lock:
                self.retries["no answer" if status is None else str(status)] += 1
                if status is None or status >= 500:
                    self.down_until[base] = time.monotonic() + 5
            if attempt + 1 >= len(replicas):
                time.sleep(min(0.2 * (attempt + 1), 2))
        raise RuntimeError(f"no replica answered: {last}")


def write_json(path, value):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(value, f, indent=1)
    os.replace(tmp, path)


def parse_endpoints(text):
    endpoints = {}
    for part in text.split(";"):
        name, urls = part.split("=", 1)
        endpoints[name] = urls.split(",")
    return endpoints


def prepare(platform):
    """A published CSAT survey with one ticket_solved rule that issues at once."""
    _, survey = platform.call("surveys", "POST", "/api/v1/surveys", {
        "name": "Scale check CSAT", "kind": "csat", "anonymous": False,
        "definition": {"defaultLanguage": "en", "title": {"en": "How did we do?"},
                       "mainQuestion": {"text": {"en": "How satisfied are you?"}}}}, idempotency_key=str(uuid.uuid4()), expect=(201,))
    platform.call("surveys", "POST", f"/api/v1/surveys/{survey['id']}/publish", expect=(200,))
    platform.call("surveys", "POST", f"/api/v1/surveys/{survey['id']}/distribution-rules",
                  {"trigger": "ticket_solved", "delayHours": 0, "expiryDays": 7}, expect=(201,))
    return survey["id"]


def solve_one(platform, run, index):
    """A customer of its own (e-mail, survey consent on e-mail), a ticket from them, solved."""
    email = f"scale-{run}-{index}@example.com"
    status, customer = platform.call("care-outreach", "POST", "/api/v1/customers",
                                     {"contactPoints": [{"kind": "email", "value": email, "verified": True}], "fullName": f"Scale {index}"},
                                     idempotency_key=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{run}/customer/{index}")), expect=(201,))
    if status != 201:
        raise RuntimeError(f"customer {index}: {status} {customer}")
    status, consent = platform.call("care-outreach", "POST", f"/api/v1/customers/{customer['id']}/consents",
                                    {"channel": "email", "purpose": "survey", "decision": "granted", "source": "scale check"})
    if status not in (200, 201):
        raise RuntimeError(f"consent {index}: {status} {consent}")
    status, ticket = platform.call("ticketing", "POST", "/api/v1/tickets", {
        "subject": f"Scale check {index}", "description": "Parcel arrived damaged.", "channel": "email",
        "requester": {"customerId": customer["id"], "contactPoint": email}},
        idempotency_key=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{run}/ticket/{index}")), expect=(201,))
    if status != 201:
        raise RuntimeError(f"ticket {index}: {status} {ticket}")
    status, solved = platform.call("ticketing", "POST", f"/api/v1/tickets/{ticket['id']}/status", {"status": "solved"}, expect=(200,))
    if status == 409:
        # A retry of a solve whose answer was lost: the ticket must be solved already.
        _, current = platform.call("ticketing", "GET", f"/api/v1/tickets/{ticket['id']}", expect=(200,))
        if current["status"] != "solved":
            raise RuntimeError(f"solving ticket {index}: 409 and status {current['status']}: {solved}")
    elif status != 200:
        raise RuntimeError(f"solving ticket {index}: {status} {solved}")
    return {"index": index, "ticketId": ticket["id"], "customerId": customer["id"]}


def load(state_path, endpoints, tickets, workers):
    run = time.strftime("%Y%m%d%H%M%S", time.gmtime())
    tenant = f"scale-{run}-{uuid.uuid4().hex[:6]}"
    platform = Platform(endpoints, dev_token(tenant))
    survey_id = prepare(platform)
    state = {"tenant": tenant, "run": run, "surveyId": survey_id, "tickets": tickets,
             "solved": [], "startedAt": time.time()}
    write_json(state_path, state)
    progress = state_path + ".progress"
    done = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        for result in pool.map(lambda i: solve_one(platform, run, i), range(tickets)):
            done.append(result)
            with open(progress + ".tmp", "w", encoding="utf-8") as f:
                f.write(str(len(done)))
            os.replace(progress + ".tmp", progress)
    retried = ", ".join(f"{reason}: {count}" for reason, count in sorted(platform.retries.items())) or "none"
    state.update(solved=done, loadSeconds=round(time.time() - state["startedAt"], 1), calls=platform.calls, retried=retried)
    write_json(state_path, state)
    print(f"scale-check: {len(done)} tickets solved in tenant {tenant} in {state['loadSeconds']} s "
          f"({platform.calls} calls; retried on another replica or later: {retried})")


def psql(database, sql):
    out = subprocess.run(["podman", "exec", POSTGRES_CONTAINER, "psql", "-U", "cxplatform", "-d", database, "-At", "-F", "\t", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def counts(platform, state):
    tenant, survey_id = state["tenant"], state["surveyId"]
    tickets = {t["ticketId"]: t for t in state["solved"]}
    _, results = platform.call("surveys", "GET", f"/api/v1/surveys/{survey_id}/results", expect=(200,))
    # Per ticket only the database can answer for any N: the API lists the newest 200 planned invitations.
    per_ticket = {row[0]: int(row[1]) for row in psql("surveysdb",
        f"SELECT \"RelatedTicketId\", count(*) FROM survey_invitations WHERE \"TenantId\" = '{tenant}' GROUP BY 1")}
    planned = {f"{row[0]}{'/' + row[1] if row[1] else ''}": int(row[2]) for row in psql("surveysdb",
        f"SELECT \"Status\", coalesce(\"SkipRule\", ''), count(*) FROM planned_invitations WHERE \"TenantId\" = '{tenant}' GROUP BY 1, 2")}
    touchpoints = {}
    for ticket in tickets.values():
        _, page = platform.call("insights", "GET", f"/api/v1/customers/{ticket['customerId']}/timeline?kinds=ticket_solved&limit=200", expect=(200,))
        touchpoints[ticket["ticketId"]] = sum(1 for item in page["items"] if item["kind"] == "ticket_solved" and item["ticketId"] == ticket["ticketId"])
        touchpoints.setdefault("_other", 0)
        touchpoints["_other"] += sum(1 for item in page["items"] if item["ticketId"] != ticket["ticketId"])
    return {
        "surveysSent": results["sent"],
        "invitationsMissing": sorted(t for t in tickets if per_ticket.get(t, 0) == 0),
        "invitationsDoubled": sorted(t for t in tickets if per_ticket.get(t, 0) > 1),
        "invitationsForeign": sum(n for t, n in per_ticket.items() if t not in tickets),
        "invitations": sum(per_ticket.values()),
        "planned": planned,
        "touchpoints": sum(n for t, n in touchpoints.items() if t != "_other"),
        "touchpointsMissing": sorted(t for t in tickets if touchpoints[t] == 0),
        "touchpointsDoubled": sorted(t for t in tickets if touchpoints[t] > 1),
        "touchpointsForeign": touchpoints.get("_other", 0),
    }


def settled(c, n):
    return (c["surveysSent"] == n and c["invitations"] == n and not c["invitationsMissing"] and not c["invitationsDoubled"]
            and c["invitationsForeign"] == 0 and c["touchpoints"] == n and not c["touchpointsMissing"]
            and not c["touchpointsDoubled"] and c["touchpointsForeign"] == 0)


def verify(state_path, endpoints, timeout):
    with open(state_path, encoding="utf-8") as f:
        state = json.load(f)
    n = len(state["solved"])
    platform = Platform(endpoints, dev_token(state["tenant"]))
    started = time.time()
    deadline = started + timeout
    while True:
        c = counts(platform, state)
        print(f"scale-check: after {time.time() - started:5.0f} s: invitations {c['invitations']}/{n} (results.sent {c['surveysSent']}), "
              f"ticket_solved touchpoints {c['touchpoints']}/{n}, planned {c['planned']}", flush=True)
        if settled(c, n) or time.time() > deadline:
            break
        time.sleep(5)
    if settled(c, n):
        # Settled: look once more after a pause, so a late duplicate (a redelivery, a second dispatch) is seen too.
        time.sleep(15)
        c = counts(platform, state)
    ok = settled(c, n) and state["tickets"] == n
    lines = [
        f"tenant                        {state['tenant']}",
        f"tickets solved                {n} of {state['tickets']} in {state.get('loadSeconds')} s ({state.get('calls')} calls; retried: {state.get('retried')})",
        f"survey invitations            {c['invitations']} (results.sent {c['surveysSent']}); missing {len(c['invitationsMissing'])}, doubled {len(c['invitationsDoubled'])}, for other tickets {c['invitationsForeign']}",
        f"planned invitations           {c['planned']}",
        f"Insights ticket_solved        {c['touchpoints']}; missing {len(c['touchpointsMissing'])}, doubled {len(c['touchpointsDoubled'])}, other tickets {c['touchpointsForeign']}",
        f"settled after                 {time.time() - started:.0f} s",
        f"result                        {'PASS' if ok else 'FAIL'}",
    ]
    print("\n".join("scale-check: " + line for line in lines))
    for key in ("invitationsMissing", "invitationsDoubled", "touchpointsMissing", "touchpointsDoubled"):
        if c[key]:
            print(f"scale-check: {key}: {' '.join(c[key][:20])}{' …' if len(c[key]) > 20 else ''}")
    write_json(state_path + ".result", c)
    return 0 if ok else 1


def main():
    command, state_path, endpoints = sys.argv[1], sys.argv[2], sys.argv[3]
    if command == "load":
        load(state_path, endpoints, int(sys.argv[4]), int(sys.argv[5]))
        return 0
    if command == "verify":
        return verify(state_path, endpoints, int(sys.argv[4]))
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
