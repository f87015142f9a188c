# Shared by infra/local/run and infra/local/test (sourced, not run): prerequisites, the npm tools, free ports,
# waiting for services, and starting / stopping child processes as whole process groups.
# Needs only bash, coreutils, util-linux (setsid), Node 20 and the .NET 10 SDK - no curl, no python.

PARTYBOT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PARTYBOT_INFRA="$PARTYBOT_ROOT/infra"
PARTYBOT_LOCAL="$PARTYBOT_ROOT/.local"      # git-ignored: Azurite data, logs, test results
PARTYBOT_BIN="$PARTYBOT_INFRA/node_modules/.bin"

# Azurite's development account; the key is public (documented by Microsoft), not a secret.
PARTYBOT_AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pb_say()  { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
pb_fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Node 20+ with npm, and the dotnet CLI.
pb_check_prerequisites() {
  command -v node >/dev/null 2>&1 || pb_fail "node is not on PATH: install Node 20 (https://nodejs.org or apt nodejs)"
  command -v npm >/dev/null 2>&1 || pb_fail "npm is not on PATH: it comes with Node 20"
  command -v dotnet >/dev/null 2>&1 || pb_fail "dotnet is not on PATH: install the .NET 10 SDK"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  (( major >= 20 )) || pb_fail "Node $(node --version) is too old: Node 20 or newer is needed"
}

# npm ci --prefix infra when infra/node_modules is missing, or infra/package-lock.json (or package.json) changed
# since the last install. The marker lives inside node_modules, so npm ci (which empties it) resets it too.
pb_npm_install() {
  local marker="$PARTYBOT_INFRA/node_modules/.partybot-npm-ci"
  if [[ -d "$PARTYBOT_INFRA/node_modules" && -f "$marker" \
        && ! "$PARTYBOT_INFRA/package-lock.json" -nt "$marker" \
        && ! "$PARTYBOT_INFRA/package.json" -nt "$marker" ]]; then
    return 0
  fi
  pb_say "Installing the npm tools (Azurite, Agents Playground): npm ci --prefix infra"
  npm ci --prefix "$PARTYBOT_INFRA" --no-audit --no-fund --loglevel=error >&2 \
    || pb_fail "npm ci --prefix infra failed (see above)"
  touch "$marker"
}

# pb_free_port: prints a port nobody listens on at 127.0.0.1 (the OS picks it).
pb_free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# pb_port_is_free PORT: true when PORT can be bound on 127.0.0.1 (and so nothing listens on it there or on *).
pb_port_is_free() {
  node -e 'const s=require("net").createServer();s.once("error",()=>process.exit(1));s.listen(+process.argv[1],"127.0.0.1",()=>s.close(()=>process.exit(0)));' "$1"
}

# pb_port_answers PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
pb_port_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# pb_http_status URL: prints the HTTP status code of a GET, or 000 when nothing answers (2 s timeout).
pb_http_status() {
  node -e 'fetch(process.argv[1],{signal:AbortSignal.timeout(2000),redirect:"manual"}).then(r=>console.log(r.status),()=>console.log("000"));' "$1"
}

# pb_wait_until SECONDS PID DESCRIPTION COMMAND…: runs COMMAND every half second until it succeeds. Fails when
# PID (the process that should answer) has exited or SECONDS have passed.
pb_wait_until() {
  local seconds="$1" pid="$2" what="$3"; shift 3
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    kill -0 "$pid" 2>/dev/null || { echo "error: $what: the process exited" >&2; return 1; }
    (( SECONDS < deadline )) || { echo "error: $what: no answer within ${seconds}s" >&2; return 1; }
    sleep 0.5
  done
}

# Children started with pb_spawn each get a process group of their own (setsid), so stopping one stops all it
# started (dotnet run -> the bot). Ctrl+C reaches only this script, whose trap calls pb_stop_all. Should the script
# die without running its traps (kill -9), a watchdog started with the first child stops them within a second.
PB_CHILDREN=()
PB_PIDFILE=""

pb_start_watchdog() {
  PB_PIDFILE="$(mktemp "${TMPDIR:-/tmp}/partybot-children.XXXXXX")"
  local parent=$$ pidfile="$PB_PIDFILE"
  (
    trap '' INT HUP TERM
    while kill -0 "$parent" 2>/dev/null; do sleep 1; done
    pgids="$(<"$pidfile")"
    rm -f "$pidfile"
    [[ -n "$pgids" ]] || exit 0
    for pgid in $pgids; do kill -TERM -- "-$pgid" 2>/dev/null; done
    sleep 5
    for pgid in $pgids; do kill -KILL -- "-$pgid" 2>/dev/null; done
  ) </dev/null >/dev/null 2>&1 &
}

# pb_spawn LOGFILE COMMAND…: starts COMMAND in a new session, output to LOGFILE ("-" = this terminal);
# sets PB_PID (which is also its process group id).
pb_spawn() {
  local log="$1"; shift
  [[ -n "$PB_PIDFILE" ]] || pb_start_watchdog
  if [[ "$log" == "-" ]]; then
    setsid "$@" </dev/null &
  else
    setsid "$@" </dev/null >"$log" 2>&1 &
  fi
  PB_PID=$!
  PB_CHILDREN+=("$PB_PID")
  echo "$PB_PID" >>"$PB_PIDFILE"
}

# pb_stop_all: TERM every child's process group (last started first), wait up to 10 s, then KILL what is left.
pb_stop_all() {
  local i pgid deadline
  for (( i=${#PB_CHILDREN[@]}-1; i>=0; i-- )); do
    pgid="${PB_CHILDREN[i]}"
    kill -TERM -- "-$pgid" 2>/dev/null || continue
    deadline=$((SECONDS + 10))
    while kill -0 -- "-$pgid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
    kill -KILL -- "-$pgid" 2>/dev/null || true
    wait "$pgid" 2>/dev/null || true
  done
  PB_CHILDREN=()
  [[ -z "$PB_PIDFILE" ]] || : >"$PB_PIDFILE"   # nothing left for the watchdog to stop
}

# pb_azurite_connection_string PORT: an explicit connection string for Azurite's table service on 127.0.0.1:PORT.
pb_azurite_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    "$PARTYBOT_AZURITE_KEY" "$1"
}

# pb_start_azurite PORT LOGFILE [--location DIR | --inMemoryPersistence]: Azurite's table service on 127.0.0.1:PORT,
# waits until it answers; sets PB_AZURITE_PID.
pb_start_azurite() {
  local port="$1" log="$2"; shift 2
  pb_spawn "$log" "$PARTYBOT_BIN/azurite-table" --tableHost 127.0.0.1 --tablePort "$port" \
    --disableTelemetry --skipApiVersionCheck --loose --silent "$@"
  PB_AZURITE_PID=$PB_PID
  pb_wait_until 60 "$PB_AZURITE_PID" "Azurite on 127.0.0.1:$port" pb_port_answers "$port" \
    || { cat "$log" >&2; return 1; }
}
