#!/usr/bin/env bash
# Try the ledger without Slack: type as if in a Slack channel, signed exactly as Slack signs.
#   scripts/slack-chat.sh "/incident declare Checkout is failing severity=2"   # a slash command
#   SLACK_CHANNEL_ID=C0LOCAL scripts/slack-chat.sh "rolled back the deploy"   # a message in that channel
# A message is recorded when its channel is linked to an open incident (the channel it was declared in,
# or one where `/incident link INC-<n>` was typed). Env as in scripts/slack-command.sh.
set -euo pipefail

[ "$#" -eq 1 ] || { echo "usage: $0 \"/incident <command…>\" | \"<message text>\"" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
line="$1"

if [[ "$line" == /* ]]; then
  command_name="${line%% *}"
  text=""
  [[ "$line" == *" "* ]] && text="${line#* }"
  SLACK_COMMAND="$command_name" exec "$here/slack-command.sh" ${text:+$text}
fi

# shellcheck source=slack-env.sh
. "$here/slack-env.sh"

json_string() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import json, sys; sys.stdout.write(json.dumps(sys.argv[1]))' "$1"
  else
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
  fi
}

ts="$(date +%s.%6N)"  # a real Slack ts: the seconds and microseconds of now
now="${ts%.*}"
event_id="Ev$(openssl rand -hex 8 | tr 'a-f' 'A-F')"
body="{\"token\":\"local\",\"team_id\":\"T0LOCAL\",\"api_app_id\":\"A0LOCAL\",\"type\":\"event_callback\",\"event_id\":\"$event_id\",\"event_time\":$now,\"event\":{\"type\":\"message\",\"channel\":\"$channel_id\",\"user\":\"$user_id\",\"text\":$(json_string "$line"),\"ts\":\"$ts\",\"event_ts\":\"$ts\",\"channel_type\":\"channel\"}}"
signature="$(slack_signature "$now" "$body")"

response="$(curl -sS -w '\n%{http_code}' -X POST "$ledger_url/slack/events" \
  -H 'Content-Type: application/json' -H "X-Slack-Request-Timestamp: $now" -H "X-Slack-Signature: $signature" \
  --data-binary "$body")"
status="${response##*$'\n'}"
echo "HTTP $status (message $ts in $channel_id, event $event_id)"
[ "${response%$'\n'*}" = "$status" ] || echo "${response%$'\n'*}"
[[ "$status" == 2* ]]
