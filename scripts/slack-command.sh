#!/usr/bin/env bash
# Send a signed Slack slash command (/incident) to a running incident ledger, the way Slack does.
#   scripts/slack-command.sh declare Checkout errors severity=2
# Env: LEDGER_URL (http://localhost:8080), SLACK_SIGNING_SECRET (local-signing-secret),
#      SLACK_CHANNEL_ID (C0LOCAL), SLACK_CHANNEL_NAME (local), SLACK_USER_ID (U0LOCAL),
#      SLACK_USER_NAME ($USER or local), SLACK_COMMAND (/incident). See scripts/README.md.
set -euo pipefail

usage() {
  echo "usage: $0 <command text...>    e.g. $0 declare Checkout errors severity=2" >&2
  exit 2
}
[ "$#" -gt 0 ] || usage
case "$1" in -h|--help) usage ;; esac

# shellcheck source=slack-env.sh
. "$(cd "$(dirname "$0")" && pwd)/slack-env.sh"
channel_name="${SLACK_CHANNEL_NAME:-local}"
user_name="${SLACK_USER_NAME:-${USER:-local}}"
command_name="${SLACK_COMMAND:-/incident}"
text="$*" # all arguments joined by single spaces

# Percent-encode one value for application/x-www-form-urlencoded (RFC 3986 unreserved kept as is).
urlencode() {
  if command -v jq >/dev/null 2>&1; then
    printf '%s' "$1" | jq -sRr @uri
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, urllib.parse; sys.stdout.write(urllib.parse.quote(sys.argv[1], safe=""))' "$1"
  else
    local LC_ALL=C s="$1" out="" c i
    for ((i = 0; i < ${#s}; i++)); do
      c="${s:i:1}"
      case "$c" in
        [A-Za-z0-9._~-]) out+="$c" ;;
        *) out+=$(printf '%%%02X' "'$c") ;;
      esac
    done
    printf '%s' "$out"
  fi
}

trigger_id="$(( $(date +%s) % 100000000000 )).$(( RANDOM * 32768 + RANDOM )).$(openssl rand -hex 16)"

body=""
add() { body+="${body:+&}$1=$(urlencode "$2")"; }
add token "${SLACK_VERIFICATION_TOKEN:-local-verification-token}"
add team_id T0LOCAL
add team_domain local
add channel_id "$channel_id"
add channel_name "$channel_name"
add user_id "$user_id"
add user_name "$user_name"
add command "$command_name"
add text "$text"
add api_app_id "${SLACK_APP_ID:-A0LOCAL}"
add is_enterprise_install false
add response_url https://hooks.slack.com/commands/local
add trigger_id "$trigger_id"

timestamp="$(date +%s)"
signature="$(slack_signature "$timestamp" "$body")"

response="$(mktemp)"
trap 'rm -f "$response"' EXIT

status="$(curl -sS -o "$response" -w '%{http_code}' \
  -X POST "${ledger_url%/}/slack/events" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'User-Agent: Slackbot 1.0 (+https://api.slack.com/robots)' \
  -H "X-Slack-Request-Timestamp: $timestamp" \
  -H "X-Slack-Signature: $signature" \
  --data-binary "$body")" || { echo "error: request to $ledger_url failed" >&2; exit 1; }

echo "HTTP $status"
# show the reply as a person would read it in Slack; fall back to the raw body
pretty='import html, json, sys
reply = json.load(open(sys.argv[1]))
print(("(only you see this) " if reply.get("response_type") == "ephemeral" else "") + html.unescape(reply.get("text", json.dumps(reply))))'
if ! { command -v python3 >/dev/null 2>&1 && python3 -c "$pretty" "$response" 2>/dev/null; }; then
  cat "$response"
  [ -s "$response" ] && [ -n "$(tail -c1 "$response")" ] && echo
fi
case "$status" in 2??) exit 0 ;; *) exit 1 ;; esac
