# Sourced by slack-command.sh and slack-chat.sh: the tools, settings and signature both send with, as Slack signs.
for tool in openssl curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool is required" >&2; exit 2; }
done

ledger_url="${LEDGER_URL:-http://localhost:8080}"
secret="${SLACK_SIGNING_SECRET:-local-signing-secret}"
channel_id="${SLACK_CHANNEL_ID:-C0LOCAL}"
user_id="${SLACK_USER_ID:-U0LOCAL}"

# v0=<hex HMAC-SHA256 of "v0:<timestamp>:<body>">; awk keeps the digest across openssl versions' output formats
slack_signature() {
  printf 'v0=%s' "$(printf 'v0:%s:%s' "$1" "$2" | openssl dgst -sha256 -hmac "$secret" | awk '{print $NF}')"
}
