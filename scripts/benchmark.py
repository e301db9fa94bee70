#!/usr/bin/env python3
"""RehabTrack's benchmark: reports, pages and HTTP at portfolio sizes S, M and L.

    mvn -Pbenchmarks -Dmaven.test.skip=true package && scripts/benchmark.py [--sizes S,M,L] [--duration 10] [--runs 3]

The benchmarks profile packages the application with the synthetic portfolio generator, which the
product's jar (the normal build) does not hold. For each size it fills a database once (S: the
sample data; M and L: the synthetic portfolio, REHABTRACK_SYNTHETIC) under --work
(target/benchmarks/), then, with the packaged application on
the embedded H2 database and the JVM limited to --heap (256m):
  - start-up: seconds from launching the JVM to /q/health/ready;
  - each report (budget, progress, findings: all centers), in --runs JVMs of its own, one after
    another, each started under /usr/bin/time -v: wall time of the first download after start-up,
    file size, peak heap (the largest heap in use before any garbage collection, from the JVM's GC
    log, with a final collection forced after the report), SQL statements (Hibernate's
    prepared-statement counter), resident memory after the report, and the process's peak resident
    memory; then the wall time of a second download in the same JVM. The medians of the times and
    the largest of the memory figures are reported, each run's figures beside them;
  - the SQL statements of one request to each page: center list, center detail, dashboard and
    center page;
  - HTTP with wrk on loopback (--connections 16, 2 threads, --duration seconds, after a warm-up):
    requests per second and p50/p99 latency of the center list, a center's detail, the dashboard
    page and a milestone update, beside a trivial endpoint (/q/health/live) in the same run.
Then the workbook writer comparison (scripts/benchmark-writer.sh). --parts reports,http,writer
chooses what to measure (those three by default); --parts startup starts the application --runs
times and reports each start-up to ready, with any JVM options given in JAVA_TOOL_OPTIONS.
Prints a summary and writes everything as JSON to --out (target/benchmarks/results.json).
"""
import argparse
import http.cookiejar
import json
import random
import os
import re
import shutil
import signal
import statistics
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
APP_JARS = os.path.join(ROOT, "target", "quarkus-app", "app")
BUILD = "mvn -Pbenchmarks -Dmaven.test.skip=true package"
WORK = os.path.join(ROOT, "target", "benchmarks")
PASSWORD = "rehabtrack-demo"
REPORTS = ("budget", "progress", "findings")
# The dashboard's third page of the centers in works, highest SPI first.
DASHBOARD_SORTED = "/?phase=WORKS&sort=spi&dir=desc&page=3"


def log(message):
    print(message, file=sys.stderr, flush=True)


class Instance:
    """The packaged application on one data folder, in a JVM of its own."""

    def __init__(self, size, port, heap, env=None, tag="run"):
        self.size = size
        self.port = port
        self.base = f"http://localhost:{port}"
        self.data = os.path.join(WORK, f"data-{size}")
        self.files = os.path.join(WORK, f"{size}-{tag}")
        os.makedirs(self.files, exist_ok=True)
        self.gc_log = os.path.join(self.files, "gc.log")
        self.time_log = os.path.join(self.files, "time.txt")
        environment = dict(os.environ)
        environment.update({
            "REHABTRACK_DEMO": "true",
            "PORT": str(port),
            "REHABTRACK_DATA_DIR": self.data,
            "REHABTRACK_DEMO_PASSWORD": PASSWORD,
        })
        environment.update(env or {})
        command = ["/usr/bin/time", "-v", "-o", self.time_log, "java", f"-Xmx{heap}",
                   f"-Xlog:gc:file={self.gc_log}", "-jar", JAR]
        with socket.socket() as probe:
            if probe.connect_ex(("localhost", port)) == 0:
                raise SystemExit(f"port {port} is taken by another process")
        self.started = time.monotonic()
        self.output = open(os.path.join(self.files, "application.log"), "w")
        self.process = subprocess.Popen(command, env=environment, stdout=self.output, stderr=subprocess.STDOUT,
                                        cwd=ROOT)
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = None

    def wait_ready(self, timeout):
        while time.monotonic() - self.started < timeout:
            if self.process.poll() is not None:
                raise SystemExit(f"the application stopped; see {self.files}/application.log")
            try:
                with urllib.request.urlopen(self.base + "/q/health/ready", timeout=5) as answer:
                    if answer.status == 200:
                        return time.monotonic() - self.started
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.2)
        raise SystemExit(f"not ready after {timeout} s; see {self.files}/application.log")

    def java_pid(self):
        """The JVM's own process id (the child of /usr/bin/time)."""
        children = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout
        return int(children.split()[0])

    def sign_in(self, username="manager"):
        form = self.get("/login").decode()
        token = re.search(r'name="csrf-token" value="([^"]*)"', form).group(1)
        data = urllib.parse.urlencode({"username": username, "password": PASSWORD, "csrf-token": token,
                                       "next": "/"}).encode()
        self.opener.open(urllib.request.Request(self.base + "/login", data=data)).read()
        page = self.get("/").decode()
        self.csrf = re.search(r'name="csrf-token" value="([^"]*)"', page).group(1)

    def session_cookie(self):
        for handler in self.opener.handlers:
            if isinstance(handler, urllib.request.HTTPCookieProcessor):
                for cookie in handler.cookiejar:
                    if cookie.name == "rehabtrack-session":
                        return cookie.value
        raise SystemExit("no session cookie")

    def get(self, path):
        with self.opener.open(self.base + path, timeout=600) as answer:
            return answer.read()

    def statements(self):
        """Hibernate's count of prepared SQL statements so far."""
        with urllib.request.urlopen(self.base + "/q/metrics", timeout=30) as answer:
            text = answer.read().decode()
        total = 0.0
        for line in text.splitlines():
            if line.startswith("hibernate_statements_total") and 'status="prepared"' in line:
                total += float(line.rsplit(" ", 1)[1])
        return int(total)

    def resident_kib(self):
        with open(f"/proc/{self.java_pid()}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return None

    def force_gc(self):
        subprocess.run(["jcmd", str(self.java_pid()), "GC.run"], capture_output=True, check=True)
        time.sleep(0.5)

    def peak_heap_mib(self):
        """The largest heap in use before a collection, from the GC log (a collection was forced last)."""
        peak = 0
        with open(self.gc_log) as gc:
            for line in gc:
                for before, _after in re.findall(r"(\d+)M->(\d+)M", line):
                    peak = max(peak, int(before))
        return peak

    def stop(self):
        # /usr/bin/time does not pass signals on: stop the JVM itself, then time reports and ends.
        try:
            os.kill(self.java_pid(), signal.SIGTERM)
        except (IndexError, ProcessLookupError):
            pass
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.output.close()
        with open(self.time_log) as timing:
            text = timing.read()
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
        return int(match.group(1)) if match else None


def has_generator():
    """Whether the packaged application holds the synthetic portfolio generator (-Pbenchmarks)."""
    for name in os.listdir(APP_JARS) if os.path.isdir(APP_JARS) else []:
        if name.endswith(".jar"):
            with zipfile.ZipFile(os.path.join(APP_JARS, name)) as jar:
                if any(entry.startswith("org/rehabtrack/synthetic/") for entry in jar.namelist()):
                    return True
    return False


def fill(size, port):
    """Fills the size's database once; answers the seconds it took, or None when it was there."""
    data = os.path.join(WORK, f"data-{size}")
    if os.path.exists(os.path.join(data, "rehabtrack.mv.db")):
        return None
    env = {"REHABTRACK_SAMPLE_DATA": "true"} if size == "S" else {"REHABTRACK_SYNTHETIC": size,
                                                                  "REHABTRACK_SAMPLE_DATA": "false"}
    log(f"[{size}] filling the database")
    instance = Instance(size, port, "2g", env, tag="fill")
    seconds = instance.wait_ready(3600)
    instance.stop()
    log(f"[{size}] filled in {seconds:.1f} s")
    return round(seconds, 1)


def first_center(instance):
    centers = json.loads(instance.get("/api/centers?size=1"))
    return centers["items"][0]["code"] if isinstance(centers, dict) else centers[0]["code"]


def measure_report(size, port, heap, report, runs):
    """The report measured in as many fresh JVMs: medians of the times, the largest memory figures."""
    each = [measure_report_once(size, port, heap, report, run) for run in range(runs)]
    result = {
        "seconds": round(statistics.median(r["seconds"] for r in each), 2),
        "seconds_again": round(statistics.median(r["seconds_again"] for r in each), 2),
        "bytes": each[0]["bytes"],
        "peak_heap_mib": max(r["peak_heap_mib"] for r in each),
        "statements": each[0]["statements"],
        "resident_after_mib": max(r["resident_after_mib"] for r in each),
        "process_peak_resident_mib": max((r["process_peak_resident_mib"] or 0) for r in each) or None,
        "runs": each,
    }
    log(f"[{size}] {report}: median {result['seconds']} s first after start, {result['seconds_again']} s again")
    return result


def measure_report_once(size, port, heap, report, run):
    """The first download of the report after start-up, its memory and statements; then a second
    download in the same JVM, as a running service answers it."""
    instance = Instance(size, port, heap, tag=f"report-{report}-{run + 1}")
    try:
        instance.wait_ready(300)
        instance.sign_in()
        before = instance.statements()
        started = time.monotonic()
        body = instance.get(f"/api/reports/{report}.xlsx")
        seconds = time.monotonic() - started
        statements = instance.statements() - before
        with open(os.path.join(instance.files, f"{report}.xlsx"), "wb") as out:
            out.write(body)
        resident = instance.resident_kib()
        instance.force_gc()
        peak_heap = instance.peak_heap_mib()
        started = time.monotonic()
        instance.get(f"/api/reports/{report}.xlsx")
        seconds_again = time.monotonic() - started
    finally:
        peak_resident = instance.stop()
    result = {"seconds": round(seconds, 2), "seconds_again": round(seconds_again, 2), "bytes": len(body),
              "peak_heap_mib": peak_heap, "statements": statements, "resident_after_mib": round(resident / 1024),
              "process_peak_resident_mib": round(peak_resident / 1024) if peak_resident else None}
    log(f"[{size}] {report} #{run + 1}: {result}")
    return result


def measure_startups(size, port, heap, runs):
    """Seconds from launching the JVM to /q/health/ready, in --runs JVMs one after another; each is
    left running three seconds more, as the background work that begins once it listens runs."""
    seconds = []
    for run in range(runs):
        instance = Instance(size, port, heap, tag=f"startup-{run + 1}")
        try:
            seconds.append(round(instance.wait_ready(300), 2))
            time.sleep(3)
        finally:
            instance.stop()
    log(f"[{size}] start-up to ready: {seconds} s")
    return seconds


def page_statements(instance, pages):
    counts = {}
    for name, path in pages.items():
        instance.get(path)  # warm: templates compiled, caches filled
        before = instance.statements()
        instance.get(path)
        counts[name] = instance.statements() - before
    return counts


WRK_PATCH = """
-- Moves milestones' forecasts, each thread its own milestones in turn, sending the version the
-- previous answer for that milestone carried, so that updates do not conflict.
local ids = {%s}
local initial = {%s}
local threads = {}
local counter = 1
function setup(thread)
  thread:set("first", counter)
  counter = counter + 1
end
function init(args)
  versions = {}
  for i, id in ipairs(ids) do versions[id] = initial[i] end
  index = first
  day = 1
end
function request()
  local id = ids[index]
  index = index + 2
  if index > #ids then index = first; day = day %% 28 + 1 end
  local version = versions[id]
  local body = string.format('{"version":%%d,"forecastDate":"2027-03-%%02d"}', version, day)
  return wrk.format("PATCH", "/api/milestones/" .. id, nil, body)
end
function response(status, headers, body)
  local id = body:match('"id":(%%d+)')
  local version = body:match('"version":(%%d+)')
  if id and version then versions[tonumber(id)] = tonumber(version) end
end
"""


def wrk(instance, name, path, duration, connections, script=None):
    """Runs wrk twice, a warm-up then the measurement; script, when given, is called before each
    run and answers the Lua script to use."""
    headers = ["-H", f"Cookie: rehabtrack-session={instance.session_cookie()}",
               "-H", f"X-CSRF-Token: {instance.csrf}", "-H", "Content-Type: application/json",
               "-H", "Accept: application/json"]
    if name.startswith("dashboard") or name == "center_page":
        headers = headers[:-2] + ["-H", "Accept: text/html"]
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", *headers]
    lua = lambda: ["-s", script()] if script else []
    # Warm-up first, as long as the measurement: the JIT compiles the paths the requests take.
    subprocess.run(command + lua() + [instance.base + path], capture_output=True, text=True)
    output = subprocess.run(command + lua() + [instance.base + path], capture_output=True, text=True,
                            check=True).stdout
    result = {"requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
              "p50_ms": latency(output, "50%"), "p99_ms": latency(output, "99%"),
              "non_2xx": int(re.search(r"Non-2xx or 3xx responses: (\d+)", output).group(1))
              if "Non-2xx" in output else 0}
    log(f"[{instance.size}] wrk {name}: {result}")
    return result


def latency(output, percentile):
    value, unit = re.search(rf"^\s+{re.escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
    return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)


def milestone_script(instance, spared):
    """The Lua script that moves milestones (up to 400, in no particular order, as users make them),
    starting from the versions they have now; none of the center {spared}, whose page is measured,
    so that its history does not grow from one run to the next."""
    milestones = []
    for page in range(1, 50):
        answer = json.loads(instance.get(f"/api/centers?size=100&page={page}"))
        codes = [c["code"] for c in (answer["items"] if isinstance(answer, dict) else answer)]
        if not codes:
            break
        for code in [c for c in codes if c != spared][:40]:
            milestones += [(m["id"], m["version"])
                           for m in json.loads(instance.get(f"/api/centers/{code}/milestones"))]
        if len(milestones) >= 400:
            break
    random.Random(7).shuffle(milestones)
    script = os.path.join(instance.files, "milestone-update.lua")
    with open(script, "w") as lua:
        lua.write(WRK_PATCH % (", ".join(str(i) for i, _ in milestones), ", ".join(str(v) for _, v in milestones)))
    return script


def measure_http(size, port, heap, duration, connections):
    instance = Instance(size, port, heap, tag="http")
    try:
        startup = instance.wait_ready(300)
        instance.sign_in()
        center = first_center(instance)
        statements = page_statements(instance, {
            "center_list": "/api/centers", "center_detail": f"/api/centers/{center}",
            "dashboard": "/", "dashboard_sorted": DASHBOARD_SORTED,
            "center_page": f"/centers/{center}"})
        log(f"[{size}] statements per page: {statements}")
        http = {
            "trivial": wrk(instance, "trivial", "/q/health/live", duration, connections),
            "center_list": wrk(instance, "center_list", "/api/centers", duration, connections),
            "center_detail": wrk(instance, "center_detail", f"/api/centers/{center}", duration, connections),
            "dashboard": wrk(instance, "dashboard", "/", duration, connections),
            "dashboard_sorted": wrk(instance, "dashboard_sorted", DASHBOARD_SORTED, duration,
                                    connections),
            "center_page": wrk(instance, "center_page", f"/centers/{center}", duration, connections),
            "milestone_update": wrk(instance, "milestone_update", "/", duration, connections,
                                    lambda: milestone_script(instance, center)),
        }
    finally:
        peak_resident = instance.stop()
    return round(startup, 2), statements, http, peak_resident


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="S,M,L")
    parser.add_argument("--heap", default="256m")
    parser.add_argument("--duration", type=int, default=10, help="seconds of each wrk run")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=18090)
    parser.add_argument("--runs", type=int, default=3,
                        help="fresh JVMs each report is measured in (medians are reported)")
    parser.add_argument("--parts", default="reports,http,writer",
                        help="what to measure: reports (each report), http (start-up, statements, wrk),"
                             " writer, startup (--runs starts to ready, JAVA_TOOL_OPTIONS applied)")
    parser.add_argument("--work", default=WORK,
                        help="folder of the databases and results (target/benchmarks; mvn clean removes it)")
    parser.add_argument("--out", help="the JSON results (results.json in --work)")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    known = {"reports", "http", "writer", "startup"}
    if not parts <= known:
        parser.error(f"--parts takes {', '.join(sorted(known))}, not {', '.join(sorted(parts - known))}")
    set_work(args.work)
    args.out = args.out or os.path.join(WORK, "results.json")
    if "http" in parts and not shutil.which("wrk"):
        raise SystemExit("The http part needs wrk (Debian's package wrk: apt-get install wrk)")
    if not os.path.exists(JAR):
        raise SystemExit(f"Build first: {BUILD}")
    if any(size in ("M", "L") for size in args.sizes.split(",")) and not has_generator():
        raise SystemExit(f"The packaged application has no synthetic portfolio generator (the product's"
                         f" build); build the benchmark's: {BUILD}")
    os.makedirs(WORK, exist_ok=True)
    results = {"machine": machine(), "java_tool_options": os.environ.get("JAVA_TOOL_OPTIONS"), "heap": args.heap, "runs": args.runs, "connections": args.connections,
               "duration_seconds": args.duration, "sizes": {}}
    for size in args.sizes.split(","):
        results["sizes"][size] = measured = {"fill_seconds": fill(size, args.port)}
        if "reports" in parts:
            measured["reports"] = {report: measure_report(size, args.port, args.heap, report, args.runs)
                                   for report in REPORTS}
        if "startup" in parts:
            measured["startups_seconds"] = measure_startups(size, args.port, args.heap, args.runs)
        if "http" in parts:
            startup, statements, http, resident = measure_http(size, args.port, args.heap, args.duration,
                                                               args.connections)
            measured.update({"startup_seconds": startup, "page_statements": statements, "http": http})
    if "writer" in parts:
        subprocess.run([os.path.join(ROOT, "scripts", "benchmark-writer.sh")], check=True, cwd=ROOT)
        with open(os.path.join(ROOT, "target", "benchmarks", "writer-summary.json")) as writer:
            results["writer"] = json.load(writer)
    with open(args.out, "w") as out:
        json.dump(results, out, indent=2)
    print(json.dumps(results, indent=2))
    log(f"written to {os.path.relpath(args.out, ROOT)}")


def set_work(folder):
    global WORK
    WORK = os.path.abspath(folder)


def machine():
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return {"cores": os.cpu_count(), "java": java,
            "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30)}


if __name__ == "__main__":
    main()
