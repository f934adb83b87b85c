"""Runs the offline chain JMH benchmark on a shared host and prints mean and percentiles per lead.

    python3 measure.py WAIT_IDLE_S JAVA BENCHMARKS_JAR RESULTS_DIR [extra JMH options...]

Waits (up to WAIT_IDLE_S seconds) until other processes leave the cores mostly idle, runs JMH with JSON output, and
reports how many cores other processes used while it ran: the figures are only as clean as that number is small.
"""
import json
import os
import resource
import subprocess
import sys
import time


def busy_jiffies():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return sum(v) - v[3] - v[4], sum(v)  # busy (all but idle and iowait), total


def wait_for_idle(limit_s):
    cores, start, calm = os.cpu_count(), time.time(), 0
    while True:
        b0, t0 = busy_jiffies()
        time.sleep(2)
        b1, t1 = busy_jiffies()
        used = (b1 - b0) / max(t1 - t0, 1) * cores
        calm = calm + 1 if used < 0.25 else 0
        if calm == 3:  # 6 s in a row, not a lull between someone else's runs
            print(f"== host idle ({used:.2f} cores busy)", flush=True)
            return
        if time.time() - start > limit_s:
            print(f"== host still busy after {limit_s:.0f} s ({used:.2f} cores in use): figures will be noisy", flush=True)
            return


def summary(json_path, output_lines, others_cores):
    pool = next((line.strip() for line in output_lines if line.startswith("pool: ")), None)
    print("== offline chain per lead (normalise + built-in phone, email, IP checks + demo rules)")
    if pool:
        print("   " + pool)
    for r in json.load(open(json_path)):
        m = r["primaryMetric"]
        unit = m["scoreUnit"].replace("us/op", "µs")
        params = ", ".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
        shape = f'{r["measurementIterations"]} × {r["measurementTime"]} after {r["warmupIterations"]} × {r["warmupTime"]} warm-up'
        if r["mode"] == "avgt":
            err = m["scoreError"]
            err = f" ± {err:.1f}" if isinstance(err, (int, float)) and err == err else ""
            print(f"   mean {m['score']:.1f}{err} {unit} per lead   (average time, 99.9% CI; {shape}; {params})")
        elif r["mode"] == "sample":
            p = m["scorePercentiles"]
            n = sum(int(c) for fork in m["rawDataHistogram"] for iteration in fork for _, c in iteration)
            print(f"   p50 {p['50.0']:.1f}  p90 {p['90.0']:.1f}  p99 {p['99.0']:.1f}  p99.9 {p['99.9']:.1f}  "
                  f"max {p['100.0']:.1f} {unit}   (sample time, mean {m['score']:.1f}, {n} samples)")
    print(f"   other processes used {others_cores:.2f} of {os.cpu_count()} cores during the run"
          + ("" if others_cores < 0.25 else ": the host was shared, figures are pessimistic"))
    print(f"   JSON: {json_path}")


def main():
    wait_s, java, jar, results = float(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    extra = sys.argv[5:]
    if wait_s > 0:
        wait_for_idle(wait_s)
    os.makedirs(results, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    json_path = os.path.join(results, f"offline-chain-{stamp}.json")
    text_path = os.path.join(results, f"offline-chain-{stamp}.txt")
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print(f"== running JMH ({os.cpu_count()} cores, load average {load})", flush=True)

    b0, t0 = busy_jiffies()
    wall0, ours0 = time.time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = []
    with open(text_path, "w") as text, subprocess.Popen(
            [java, "-jar", jar, "OfflineChainBenchmark", "-rf", "json", "-rff", json_path, *extra],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as jmh:
        for line in jmh.stdout:
            sys.stdout.write(line)
            text.write(line)
            lines.append(line)
    b1, t1 = busy_jiffies()
    ours1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    # the forked benchmark JVM is reaped by the JMH host JVM, so its CPU time counts among our children's
    ours_s = (ours1.ru_utime + ours1.ru_stime) - (ours0.ru_utime + ours0.ru_stime)
    busy_s = (b1 - b0) / max(t1 - t0, 1) * os.cpu_count() * (time.time() - wall0)
    others_cores = max(0.0, (busy_s - ours_s) / (time.time() - wall0))
    if jmh.returncode != 0:
        sys.exit(f"offline-chain: JMH failed (exit {jmh.returncode}); output in {text_path}")
    print()
    summary(json_path, lines, others_cores)


if __name__ == "__main__":
    main()
