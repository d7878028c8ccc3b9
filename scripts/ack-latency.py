#!/usr/bin/env python3
"""Measure Slack ack latency against a running ledger: N signed slash commands, C at a time.

    scripts/ack-latency.py [--count 200] [--concurrency 20] [--url http://localhost:8080]

Declares one incident, then sends `note <ref> …` commands (each one a ledger write) exactly as Slack
signs them, and prints p50/p99/max of the time to the HTTP answer. Standard library only.
"""
import argparse, hashlib, hmac, json, os, re, statistics, time, urllib.parse, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor


def send(url, secret, text, user="U0BENCH", channel="C0BENCH"):
    body = urllib.parse.urlencode({
        "token": "bench", "team_id": "T0BENCH", "team_domain": "bench", "channel_id": channel,
        "channel_name": "bench", "user_id": user, "user_name": "bench", "command": "/incident", "text": text,
        "api_app_id": "A0BENCH", "response_url": "https://hooks.slack.com/commands/bench", "trigger_id": str(uuid.uuid4()),
    })
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    request = urllib.request.Request(url + "/slack/events", data=body.encode(), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=10) as response:
        payload = response.read().decode()
        status = response.status
    return (time.perf_counter() - started) * 1000, status, payload


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--url", default=os.environ.get("LEDGER_URL", "http://localhost:8080"))
    parser.add_argument("--secret", default=os.environ.get("SLACK_SIGNING_SECRET", "local-signing-secret"))
    args = parser.parse_args()

    _, _, declared = send(args.url, args.secret, "declare Ack latency benchmark severity=4")
    ref = re.search(r"INC-\d+", declared).group(0)
    for i in range(10):  # warm-up, not counted
        send(args.url, args.secret, f"note {ref} warm-up {i}")
    with ThreadPoolExecutor(args.concurrency) as pool:
        results = list(pool.map(lambda i: send(args.url, args.secret, f"note {ref} measurement {i}"), range(args.count)))
    times = sorted(r[0] for r in results)
    failures = [r for r in results if r[1] != 200 or "Note added" not in json.loads(r[2]).get("text", "")]
    p = lambda q: times[min(len(times) - 1, int(round(q * (len(times) - 1))))]
    print(json.dumps({"incident": ref, "count": len(times), "concurrency": args.concurrency, "failures": len(failures),
                      "p50_ms": round(p(0.50), 1), "p99_ms": round(p(0.99), 1), "max_ms": round(times[-1], 1),
                      "mean_ms": round(statistics.mean(times), 1)}))


if __name__ == "__main__":
    main()
