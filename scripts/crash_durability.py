#!/usr/bin/env python3
"""The client side of scripts/check-crash-durability.sh: writes through the API until the instance
is killed, keeping a journal of every write it sent and of every one answered 2xx; then checks
that each acknowledged write is there, through the API or in an SQL dump made by H2's Script tool.

    crash_durability.py setup  --port P --journal DIR [--writers 4]
    crash_durability.py write  --port P --journal DIR --cycle N [--writers 4]
    crash_durability.py verify --port P --journal DIR
    crash_durability.py dump   --journal DIR --sql FILE
    crash_durability.py summary --journal DIR --seconds S --cycles N [--final]

The writes, taken in turn by each writer so that every one touches several tables:
  - finding:   POST /api/evaluations/{id}/findings            (finding; audit trail)
  - payment:   POST /api/work-packages/{id}/expenditures      (expenditure, payment_total; audit)
  - milestone: PATCH /api/milestones/{id} with its version    (milestone; audit trail)
  - partner:   POST /api/partners                             (partner)
Each carries a marker such as [c3.w2.n17] (cycle, writer, number) in a text field; a payment also
has an amount of its own. Every writer has a milestone of its own, so that its PATCHes never race.

Standard library only.
"""
import argparse
import base64
import datetime
import glob
import http.client
import json
import os
import sys
import threading
import time

USER = "manager"
PASSWORD = "rehabtrack-demo"
EVALUATION_CENTER = "CAMR-OMOA"   # findings go on its first evaluation; its open milestones move
PAYMENT_CENTER = "CAMR-SPS"       # payments go on its works package in progress
KINDS = ("finding", "payment", "milestone", "partner")
CREATED = ("finding", "payment", "partner")
ONE_BY_ONE = 5                    # after a kill, each writer's last acknowledged creations are also read one by one
FAR_FUTURE = 90.0                 # a writer gives up after this long even if nobody kills the instance


def log(message):
    print(message, file=sys.stderr, flush=True)


class Api:
    """One keep-alive connection to the instance, signed in with HTTP Basic."""

    def __init__(self, port, timeout=10.0):
        self.port = port
        self.timeout = timeout
        self.auth = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        self.connection = None

    def request(self, method, path, body=None):
        """Returns (status, response, parsed JSON or None); raises OSError/HTTPException on a broken connection."""
        if self.connection is None:
            self.connection = http.client.HTTPConnection("localhost", self.port, timeout=self.timeout)
        headers = {"Authorization": self.auth, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            self.connection.request(method, path, body=data, headers=headers)
            response = self.connection.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        parsed = None
        if raw and response.getheader("Content-Type", "").startswith(("application/json", "application/problem+json")):
            parsed = json.loads(raw)
        return response.status, response, parsed

    def get(self, path):
        status, response, body = self.request("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}: {body}")
        return body, response

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def cents(money):
    """A USD money object's amount in cents."""
    if money["currency"] != "USD":
        raise RuntimeError(f"expected USD, got {money}")
    units, _, fraction = money["amount"].partition(".")
    sign = -1 if units.startswith("-") else 1
    return sign * (abs(int(units)) * 100 + int((fraction + "00")[:2]))


# ---------------------------------------------------------------------------------------------
# Targets: the records the writes go to, found once and kept in the journal folder
# ---------------------------------------------------------------------------------------------

def targets(api, journal, writers):
    path = os.path.join(journal, "targets.json")
    evaluations, _ = api.get(f"/api/centers/{EVALUATION_CENTER}/evaluations")
    packages, _ = api.get(f"/api/centers/{PAYMENT_CENTER}/work-packages")
    in_progress = [p for p in packages if p["status"] == "IN_PROGRESS" and p.get("fundingSource")]
    milestones, _ = api.get(f"/api/centers/{EVALUATION_CENTER}/milestones")
    open_milestones = [m["id"] for m in milestones if m["actualDate"] is None]
    if not evaluations or not in_progress or len(open_milestones) < writers:
        raise RuntimeError("the sample data lacks an evaluation, a package in progress or enough open milestones")
    found = {"evaluation": evaluations[0]["id"], "workPackage": in_progress[0]["id"],
             "milestones": open_milestones[:writers]}
    # Where the payment totals start: the center's spending and the package's payments before any write.
    found["spentBefore"] = cents(api.get(f"/api/centers/{PAYMENT_CENTER}/budget")[0]["spent"])
    found["paidBefore"] = sum(cents(p["usd"]) for p in
                              api.get(f"/api/work-packages/{found['workPackage']}/expenditures")[0])
    with open(path, "w") as f:
        json.dump(found, f)
    return found


# ---------------------------------------------------------------------------------------------
# write: writers until the instance goes away
# ---------------------------------------------------------------------------------------------

class Journal:
    """Lines of JSON appended and flushed one by one, shared by the writer threads."""

    def __init__(self, path):
        self.file = open(path, "a")
        self.folder = os.path.dirname(path)
        self.lock = threading.Lock()

    def count(self, counts, key):
        """Adds one to counts[key] (shared by the writers) and returns the new value."""
        with self.lock:
            counts[key] += 1
            return counts[key]

    def add(self, **record):
        record["at"] = round(time.time(), 4)
        line = json.dumps(record)
        with self.lock:
            self.file.write(line + "\n")
            self.file.flush()


def marker(cycle, writer, number):
    return f"[c{cycle}.w{writer}.n{number}]"


def payment_amount(cycle, writer, number):
    """A small amount of its own for each payment: 1.00 to 9.99 USD."""
    cents = 100 + (cycle * 7919 + writer * 104729 + number * 31) % 900
    return f"{cents // 100}.{cents % 100:02d}"


def forecast_date(cycle, number):
    return (datetime.date(2027, 1, 1) + datetime.timedelta(days=(cycle * 37 + number) % 700)).isoformat()


def writer_loop(port, cycle, writer, found, journal, stop_at, counts):
    api = Api(port, timeout=15.0)
    milestone = found["milestones"][writer - 1]
    version = None
    number = 0
    while time.time() < stop_at:
        number += 1
        kind = KINDS[(number + writer) % len(KINDS)]
        mark = marker(cycle, writer, number)
        record = {"kind": kind, "cycle": cycle, "writer": writer, "n": number, "marker": mark}
        sent = False
        try:
            if kind == "milestone" and version is None:
                status, _, current = api.request("GET", f"/api/milestones/{milestone}")
                if status != 200:
                    raise RuntimeError(f"GET /api/milestones/{milestone} answered {status}")
                version = current["version"]
            if kind == "finding":
                method, path = "POST", f"/api/evaluations/{found['evaluation']}/findings"
                body = {"category": "OTHER", "severity": "LOW", "title": f"Crash check {mark}",
                        "description": f"Written by check-crash-durability {mark}"}
            elif kind == "payment":
                record["amount"] = payment_amount(cycle, writer, number)
                record["date"] = "2026-11-01"
                method, path = "POST", f"/api/work-packages/{found['workPackage']}/expenditures"
                body = {"date": record["date"], "amount": {"amount": record["amount"], "currency": "USD"},
                        "reference": f"CRASH {mark}"}
            elif kind == "milestone":
                record["id"] = milestone
                record["forecastDate"] = forecast_date(cycle, number)
                method, path = "PATCH", f"/api/milestones/{milestone}"
                body = {"version": version, "forecastDate": record["forecastDate"], "note": f"Moved {mark}"}
            else:
                record["acronym"] = f"C{cycle}W{writer}N{number}"
                method, path = "POST", "/api/partners"
                body = {"acronym": record["acronym"], "name": f"Crash check partner {mark}", "kind": "NGO"}
            journal.add(event="sent", **record)
            sent = True
            status, response, answer = api.request(method, path, body)
        except (OSError, http.client.HTTPException) as e:
            # No answer: the instance was killed while this write was in flight, or before it could
            # be sent (connection refused). Either way this writer is done.
            cut = sent and not isinstance(e, ConnectionRefusedError)
            journal.add(event="cut" if cut else "unsent", error=type(e).__name__, **record)
            journal.count(counts, "cut" if cut else "unsent")
            break
        except RuntimeError as e:
            journal.add(event="refused", detail=str(e), **record)
            journal.count(counts, "refused")
            continue
        if 200 <= status < 300:
            if kind == "milestone":
                version = answer["version"]
                record["version"] = version
            else:
                record["id"] = answer["id"] if kind != "partner" else answer["acronym"]
                record["location"] = response.getheader("Location")
            journal.add(event="ack", status=status, **record)
            if journal.count(counts, "ack") == 1:
                # Tells the script that writes are flowing: its random wait before the kill starts now.
                open(os.path.join(journal.folder, f"cycle-{cycle:03d}.flowing"), "w").close()
        else:
            journal.add(event="refused", status=status, detail=(answer or {}).get("detail"), **record)
            journal.count(counts, "refused")
            if kind == "milestone":
                version = None   # read it again before the next move
    api.close()


def command_setup(args):
    api = Api(args.port, timeout=60.0)
    found = targets(api, args.journal, args.writers)
    api.close()
    print(f"writes go to evaluation {found['evaluation']} ({EVALUATION_CENTER}), works package"
          f" {found['workPackage']} ({PAYMENT_CENTER}), milestones {found['milestones']}; partners are new")


def command_write(args):
    with open(os.path.join(args.journal, "targets.json")) as f:
        found = json.load(f)
    journal = Journal(os.path.join(args.journal, f"cycle-{args.cycle:03d}.jsonl"))
    counts = {"ack": 0, "refused": 0, "cut": 0, "unsent": 0}
    started = time.time()
    threads = [threading.Thread(target=writer_loop, daemon=True,
                                args=(args.port, args.cycle, w, found, journal, started + FAR_FUTURE, counts))
               for w in range(1, args.writers + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{counts['ack']} acknowledged, {counts['cut']} cut by the kill with no answer"
          + (f", {counts['refused']} refused" if counts["refused"] else ""), flush=True)
    if counts["cut"] == 0:
        log("note: no write was in flight when the instance went away")


# ---------------------------------------------------------------------------------------------
# The journal read back
# ---------------------------------------------------------------------------------------------

def read_journal(journal):
    records = []
    for path in sorted(glob.glob(os.path.join(journal, "cycle-*.jsonl"))):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line:
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError:
                        pass   # the last line of a writer cut mid-way; never an acknowledgement
    return records


def order(record):
    return (record["cycle"], record["n"])


def milestone_expectations(records):
    """For each milestone: its acknowledged moves in order, and the moves sent after the last of them
    that got no answer (any of which may have been committed before the kill)."""
    by_milestone = {}
    answered = {(r["writer"], order(r)) for r in records
                if r["kind"] == "milestone" and r["event"] in ("ack", "refused")}
    for r in records:
        if r["kind"] != "milestone" or r["event"] not in ("ack", "sent"):
            continue
        entry = by_milestone.setdefault(r["id"], {"acks": [], "sent": []})
        entry["acks" if r["event"] == "ack" else "sent"].append(r)
    for entry in by_milestone.values():
        entry["acks"].sort(key=order)
        last = order(entry["acks"][-1]) if entry["acks"] else (-1, -1)
        entry["later"] = [s for s in sorted(entry["sent"], key=order)
                          if order(s) > last and (s["writer"], order(s)) not in answered]
    return by_milestone


# ---------------------------------------------------------------------------------------------
# verify: every acknowledged write through the API
# ---------------------------------------------------------------------------------------------

def all_pages(api, path, size=500):
    items, page = [], 1
    while True:
        body, response = api.get(f"{path}?size={size}&page={page}")
        items.extend(body)
        total = int(response.getheader("X-Total-Count", len(items)))
        if not body or len(items) >= total:
            return items
        page += 1


def text_of(record):
    """The text field that carries a write's marker, as the write sent it."""
    return {"finding": "Crash check {}", "payment": "CRASH {}", "partner": "Crash check partner {}",
            "milestone": "Moved {}"}[record["kind"]].format(record["marker"])


def check_created(record, seen):
    """Whether a created record as the API shows it matches the acknowledged write."""
    if seen is None:
        return False
    mark = record["marker"]
    if record["kind"] == "finding":
        return seen.get("title") == f"Crash check {mark}" and seen.get("id") == record["id"]
    if record["kind"] == "payment":
        return (seen.get("reference") == f"CRASH {mark}" and seen.get("id") == record["id"]
                and seen["amount"]["amount"] == record["amount"] and seen["amount"]["currency"] == "USD"
                and seen.get("date") == record["date"])
    return seen.get("acronym") == record["acronym"] and seen.get("name") == f"Crash check partner {mark}"


def command_verify(args):
    started = time.time()
    api = Api(args.port, timeout=30.0)
    with open(os.path.join(args.journal, "targets.json")) as f:
        found = json.load(f)
    records = read_journal(args.journal)
    acks = [r for r in records if r["event"] == "ack"]
    latest_cycle = max((r["cycle"] for r in records), default=0)

    # Every record of each kind in a few list requests.
    findings = {f["id"]: f for f in all_pages(api, f"/api/centers/{EVALUATION_CENTER}/findings")}
    payments = {p["id"]: p for p in api.get(f"/api/work-packages/{found['workPackage']}/expenditures")[0]}
    partners = {p["acronym"]: p for p in api.get("/api/partners")[0]}
    listed = {"finding": findings, "payment": payments, "partner": partners}

    # The last writes each writer had answered before the kill are also read one by one (GET of
    # their Location), as is any write the lists did not show as expected.
    last_ones = set()
    for writer in {a["writer"] for a in acks}:
        mine = sorted((a for a in acks if a["writer"] == writer and a["cycle"] == latest_cycle
                       and a["kind"] in CREATED), key=order)
        last_ones.update((writer, order(a)) for a in mine[-ONE_BY_ONE:])
    lost, verified, fetched = [], 0, 0
    for r in (a for a in acks if a["kind"] in CREATED):
        ok = check_created(r, listed[r["kind"]].get(r["id"]))
        if not ok or (r["writer"], order(r)) in last_ones:
            path = r["location"].split(f":{args.port}", 1)[-1] if r.get("location") else None
            status, _, seen = api.request("GET", path) if path else (404, None, None)
            fetched += 1
            ok = status == 200 and check_created(r, seen)
        if ok:
            verified += 1
        else:
            lost.append(r)

    # A milestone shows its last acknowledged move, or a later one that was in flight at the kill;
    # its version is at least that of the last acknowledged move (versions only go up).
    notes = {}
    for milestone, entry in milestone_expectations(records).items():
        current, _ = api.get(f"/api/milestones/{milestone}")
        fetched += 1
        notes[milestone] = current["note"]
        if not entry["acks"]:
            continue
        last = entry["acks"][-1]
        allowed = {f"Moved {m['marker']}": m["forecastDate"] for m in [last] + entry["later"]}
        ok = (current["version"] >= last["version"] and current["note"] in allowed
              and current["forecastDate"] == allowed[current["note"]])
        if ok:
            verified += len(entry["acks"])
        else:
            missing = [a for a in entry["acks"] if a["version"] > current["version"]] or [last]
            lost.extend(missing)
            verified += len(entry["acks"]) - len(missing)
            log(f"milestone {milestone}: shows version {current['version']} note {current['note']!r}"
                f" forecast {current['forecastDate']}; last acknowledged: version {last['version']}"
                f" note 'Moved {last['marker']}' forecast {last['forecastDate']}")

    # The payments' running totals (payment_total, which the budget reads) must still agree with the
    # payments themselves: a payment and its total are written in one transaction.
    # Only this package gets new payments, so the center's spending must have grown by exactly theirs.
    paid = sum(cents(p["usd"]) for p in payments.values()) - found["paidBefore"]
    spent = cents(api.get(f"/api/centers/{PAYMENT_CENTER}/budget")[0]["spent"]) - found["spentBefore"]
    totals_ok = paid == spent
    api.close()

    # Writes cut by the kill got no answer: each may or may not have been committed. How many were?
    # (Counted right after their own kill, before a later move of the same milestone hides them.)
    there = {"finding": {f["title"] for f in findings.values()},
             "payment": {p["reference"] for p in payments.values()},
             "partner": {p["name"] for p in partners.values()},
             "milestone": set(notes.values())}
    cut = [r for r in records if r["event"] == "cut" and r["cycle"] == latest_cycle]
    cut_there = sum(1 for r in cut if text_of(r) in there[r["kind"]])

    result = {"afterCycle": latest_cycle, "acknowledged": len(acks), "verified": verified, "lost": len(lost),
              "cut": len(cut), "cutThere": cut_there, "fetchedOneByOne": fetched, "totalsAgree": totals_ok,
              "seconds": round(time.time() - started, 2)}
    with open(os.path.join(args.journal, "verify.jsonl"), "a") as f:
        f.write(json.dumps(result) + "\n")
    print(f"{len(acks)} acknowledged so far, {verified} verified, {len(lost)} lost"
          f" ({fetched} read one by one, {result['seconds']} s); of the {len(cut)} cut,"
          f" {cut_there} committed", flush=True)
    for r in lost[:20]:
        log(f"LOST: {json.dumps(r)}")
    if not totals_ok:
        log(f"payment totals disagree: since the first cycle {PAYMENT_CENTER}'s budget shows"
            f" {spent / 100:.2f} USD more spent, the payments recorded add up to {paid / 100:.2f} USD")
    return 0 if not lost and totals_ok else 1


# ---------------------------------------------------------------------------------------------
# dump: every acknowledged write in the SQL written by H2's Script tool
# ---------------------------------------------------------------------------------------------

def command_dump(args):
    with open(args.sql, encoding="utf-8") as f:
        sql = f.read()
    records = read_journal(args.journal)
    acks = [r for r in records if r["event"] == "ack"]
    lost = []
    for r in acks:
        if r["kind"] == "milestone":
            continue
        ok = f"'{text_of(r)}'" in sql and (r["kind"] != "partner" or f"'{r['acronym']}'" in sql)
        if not ok:
            lost.append(r)
    for milestone, entry in milestone_expectations(records).items():
        if not entry["acks"]:
            continue
        candidates = [entry["acks"][-1]] + entry["later"]
        if not any(f"'{text_of(m)}'" in sql for m in candidates):
            lost.append(entry["acks"][-1])
    verified = len(acks) - len(lost)
    latest_cycle = max(r["cycle"] for r in records)
    cut = [r for r in records if r["event"] == "cut" and r["cycle"] == latest_cycle]
    cut_there = sum(1 for r in cut if f"'{text_of(r)}'" in sql)
    result = {"dump": True, "acknowledged": len(acks), "verified": verified, "lost": len(lost),
              "cut": len(cut), "cutThere": cut_there}
    with open(os.path.join(args.journal, "verify.jsonl"), "a") as f:
        f.write(json.dumps(result) + "\n")
    print(f"{len(acks)} acknowledged, {verified} found in the dump, {len(lost)} lost; of the {len(cut)} cut,"
          f" {cut_there} committed", flush=True)
    for r in lost[:20]:
        log(f"LOST: {json.dumps(r)}")
    return 0 if not lost else 1


# ---------------------------------------------------------------------------------------------
# summary
# ---------------------------------------------------------------------------------------------

def command_summary(args):
    records = read_journal(args.journal)
    acks = [r for r in records if r["event"] == "ack"]
    cut = [r for r in records if r["event"] == "cut"]
    refused = [r for r in records if r["event"] == "refused"]
    with open(os.path.join(args.journal, "verify.jsonl")) as f:
        checks = [json.loads(line) for line in f if line.strip()]
    last = checks[-1]
    by_kind = {k: sum(1 for a in acks if a["kind"] == k) for k in KINDS}
    print(f"cycles (kill -9 while writing, restart, check): {args.cycles}"
          + (f" + a final kill checked with H2's Script tool" if args.final else ""))
    print(f"writes acknowledged (2xx): {len(acks)}  ("
          + ", ".join(f"{k} {n}" for k, n in by_kind.items()) + ")")
    print(f"writes verified:           {last['verified']}")
    print(f"writes lost:               {len(acks) - last['verified']}")
    cut_there = sum(c.get("cutThere", 0) for c in checks)
    print(f"writes cut by a kill (sent, no answer): {len(cut)}; committed all the same: {cut_there}"
          + (f"; refused: {len(refused)}" if refused else ""))
    print(f"payment totals agreed with the payments after every restart: "
          f"{'yes' if all(c.get('totalsAgree', True) for c in checks) else 'NO'}")
    print(f"time: {args.seconds} s")
    return 0 if last["verified"] == len(acks) else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    setup = sub.add_parser("setup")
    setup.add_argument("--port", type=int, required=True)
    setup.add_argument("--journal", required=True)
    setup.add_argument("--writers", type=int, default=4)
    write = sub.add_parser("write")
    write.add_argument("--port", type=int, required=True)
    write.add_argument("--journal", required=True)
    write.add_argument("--cycle", type=int, required=True)
    write.add_argument("--writers", type=int, default=4)
    verify = sub.add_parser("verify")
    verify.add_argument("--port", type=int, required=True)
    verify.add_argument("--journal", required=True)
    dump = sub.add_parser("dump")
    dump.add_argument("--journal", required=True)
    dump.add_argument("--sql", required=True)
    summary = sub.add_parser("summary")
    summary.add_argument("--journal", required=True)
    summary.add_argument("--seconds", required=True)
    summary.add_argument("--cycles", type=int, required=True)
    summary.add_argument("--final", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.journal, exist_ok=True)
    handler = {"setup": command_setup, "write": command_write, "verify": command_verify, "dump": command_dump,
               "summary": command_summary}[args.command]
    sys.exit(handler(args) or 0)


if __name__ == "__main__":
    main()
