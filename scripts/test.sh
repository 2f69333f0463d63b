#!/usr/bin/env bash
# The test command: ./scripts/test.sh [extra dotnet test args, e.g. --filter Foo]
#
# Installs what the tests need when missing (apt-get: postgresql, redis-server, ffmpeg, procps, fluidsynth, aubio-tools,
# espeak-ng, pocketsphinx, opencv-data),
# starts a throwaway PostgreSQL and Redis on free loopback ports, runs `npm ci` in tests/*/ folders
# with a package-lock.json, builds the solution once, runs the engine tests once (tests/EngineTests.slnf) and the
# database-backed tests (tests/DatabaseTests.slnf) once per database in $DBS (default "postgres sqlite"),
# then prints ONE closing line "N passed, N failed, N skipped".
# Services and their temp dirs are always removed on exit.
#
# Environment knobs:
#   DBS="sqlite"              databases to run the suite on (any of: postgres sqlite), in order
#   CONFIGURATION=Release     build configuration (scripts/run.sh uses Release too)
#   TEST_RESULTS_DIR=path     keep the TRX files there (default: a temp dir removed on exit)
#   SERVICE_TIMEOUT=60        seconds to wait for PostgreSQL / Redis to accept connections
#   SKIP_BUILD=1              reuse the existing build output (dotnet test --no-build as always)
#   TEST_WORK_ROOT=/tmp       where the temp dir for PostgreSQL/Redis data is made
#
# The tests get: MEDIACREATOR_TEST_DB (postgres|sqlite), MEDIACREATOR_TEST_POSTGRES (Npgsql
# connection string; its role has CREATEDB), MEDIACREATOR_TEST_REDIS (127.0.0.1:port).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CONFIGURATION="${CONFIGURATION:-Release}"
DBS="${DBS:-postgres sqlite}"
SERVICE_TIMEOUT="${SERVICE_TIMEOUT:-60}"
SOLUTION="MediaCreator.sln"

# runuser, useradd and friends live in sbin, which a non-login root PATH may lack.
case ":$PATH:" in *:/usr/sbin:*) ;; *) PATH="$PATH:/usr/sbin:/sbin" ;; esac
export PATH
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild worker nodes left behind holding the CI's output pipe.
export MSBUILDDISABLENODEREUSE=1

START_TIME=$SECONDS
log() { printf '[test.sh %4ss] %s\n' "$((SECONDS - START_TIME))" "$*"; }
warn() { printf '[test.sh] WARNING: %s\n' "$*" >&2; }
die() { printf '[test.sh] ERROR: %s\n' "$*" >&2; exit 1; }

for db in $DBS; do
  case "$db" in postgres | sqlite) ;; *) die "unknown database '$db' in DBS='$DBS' (use postgres and/or sqlite)" ;; esac
done
[ -n "${DBS// /}" ] || die "DBS is empty"
want_postgres=0
case " $DBS " in *" postgres "*) want_postgres=1 ;; esac

IS_ROOT=0
[ "$(id -u)" -eq 0 ] && IS_ROOT=1
SUDO=""
if [ "$IS_ROOT" -eq 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

# ---------------------------------------------------------------------------------------------
# Tools: Node/npm and the .NET SDK must already be there; Debian packages are installed if missing.
# ---------------------------------------------------------------------------------------------
command -v dotnet >/dev/null 2>&1 || die "dotnet not found on PATH: install the .NET 10 SDK (see global.json)."
command -v node >/dev/null 2>&1 || die "node not found on PATH: install Node.js (>= 20) and npm (the Api build packs a static GraphQL IDE from npm)."
command -v npm >/dev/null 2>&1 || die "npm not found on PATH: install npm alongside Node.js."

pg_bin_dir() {
  local d best=""
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] || continue
    if [ -z "$best" ] || [ "$(printf '%s\n%s\n' "$best" "$d" | sort -V | tail -n1)" = "$d" ]; then best="$d"; fi
  done
  printf '%s' "$best"
}

missing=()
[ -n "$(pg_bin_dir)" ] || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
command -v ps >/dev/null 2>&1 || missing+=(procps)
# Fonts the image module renders with: DejaVu (Latin, symbols) and TLWG (Thai).
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/tlwg ] || missing+=(fonts-thai-tlwg)
# Music: fluidsynth + General MIDI SoundFont render MIDI (composer, accuracy clips); aubio is the tempo reference.
command -v fluidsynth >/dev/null 2>&1 || missing+=(fluidsynth)
[ -e /usr/share/sounds/sf2/FluidR3_GM.sf2 ] || missing+=(fluid-soundfont-gm)
command -v aubio >/dev/null 2>&1 || missing+=(aubio-tools)
# Video: espeak-ng speaks narration, pocketsphinx (+ its English model) transcribes, opencv-data has the Haar face
# cascades the reframer uses, fontconfig finds the caption fonts.
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v pocketsphinx_continuous >/dev/null 2>&1 || missing+=(pocketsphinx)
[ -d /usr/share/pocketsphinx/model/en-us ] || missing+=(pocketsphinx-en-us)
[ -d /usr/share/opencv4/haarcascades ] || missing+=(opencv-data)
command -v fc-match >/dev/null 2>&1 || missing+=(fontconfig)
# OpenCV's native library (OpenCvSharp) links against GTK 3 (highgui); nothing else pulls it in without recommends.
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)

if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get to install them with"
  [ "$IS_ROOT" -eq 1 ] || [ -n "$SUDO" ] || die "missing ${missing[*]}: run as root or install sudo"
  log "installing missing packages: ${missing[*]}"
  apt_log="$(mktemp -t mediacreator-apt.XXXXXX)"
  # Installing must not start the distribution's own postgresql/redis services (we run our own).
  created_policy=0
  if [ "$IS_ROOT" -eq 1 ] && [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && created_policy=1
  fi
  apt_rc=0
  {
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -q &&
      $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q \
        --no-install-recommends "${missing[@]}"
  } >"$apt_log" 2>&1 || apt_rc=$?
  [ "$created_policy" -eq 1 ] && rm -f /usr/sbin/policy-rc.d
  if [ "$apt_rc" -ne 0 ]; then
    tail -n 40 "$apt_log" >&2
    rm -f "$apt_log"
    die "apt-get failed to install: ${missing[*]}"
  fi
  rm -f "$apt_log"
  hash -r
  log "installed: ${missing[*]}"
fi

PG_BIN="$(pg_bin_dir)"
[ "$want_postgres" -eq 0 ] || [ -n "$PG_BIN" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
command -v redis-server >/dev/null 2>&1 || die "redis-server still not found after install"

# ---------------------------------------------------------------------------------------------
# Throwaway services, always torn down on exit.
# ---------------------------------------------------------------------------------------------
WORK=""
PG_STARTED=0
REDIS_PID=""
RESULTS_DIR=""
CHILD_PID=""
CLEANED=0

# Long steps (build, test) run in their own session in the background so that a signal to this
# script is handled at once: the trap stops that process group and the services, then exits.
run_child() {
  local rc=0
  if command -v setsid >/dev/null 2>&1; then
    setsid "$@" </dev/null &
  else
    "$@" </dev/null &
  fi
  CHILD_PID=$!
  wait "$CHILD_PID" || rc=$?
  CHILD_PID=""
  return "$rc"
}

cleanup() {
  [ "$CLEANED" -eq 1 ] && return 0
  CLEANED=1
  set +e
  if [ -n "$CHILD_PID" ]; then
    kill -TERM -- "-$CHILD_PID" 2>/dev/null || kill -TERM "$CHILD_PID" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$CHILD_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$CHILD_PID" 2>/dev/null
    wait "$CHILD_PID" 2>/dev/null
  fi
  if [ -n "$REDIS_PID" ] && kill -0 "$REDIS_PID" 2>/dev/null; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
    for _ in $(seq 1 50); do kill -0 "$REDIS_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$REDIS_PID" 2>/dev/null
    wait "$REDIS_PID" 2>/dev/null
  fi
  if [ "$PG_STARTED" -eq 1 ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate -w -t 30 stop >/dev/null 2>&1
    pg_pid="$(head -n1 "$PGDATA/postmaster.pid" 2>/dev/null)"
    if [ -n "$pg_pid" ] && kill -0 "$pg_pid" 2>/dev/null; then kill -9 "$pg_pid" 2>/dev/null; fi
  fi
  [ -n "$WORK" ] && rm -rf "$WORK"
  if [ "${CI:-}" = "true" ]; then
    # Leave no compiler/MSBuild servers behind on the CI machine.
    dotnet build-server shutdown >/dev/null 2>&1
  fi
  set -e
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

# Run a command as the postgres system user (PostgreSQL refuses to run as root).
as_pg() {
  if [ "$IS_ROOT" -eq 1 ]; then
    if command -v runuser >/dev/null 2>&1; then
      (cd / && runuser -u postgres -- "$@")
    else
      (cd / && su -s /bin/sh postgres -c "$(printf '%q ' "$@")")
    fi
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 40000))
    port_in_use "$p" || { printf '%s' "$p"; return 0; }
  done
  return 1
}

# Under /tmp (not $TMPDIR, which may sit in a home the postgres user cannot enter).
WORK="$(mktemp -d "${TEST_WORK_ROOT:-/tmp}/mediacreator-test.XXXXXX")"
chmod 755 "$WORK"
if [ -n "${TEST_RESULTS_DIR:-}" ]; then
  mkdir -p "$TEST_RESULTS_DIR"
  RESULTS_DIR="$(cd "$TEST_RESULTS_DIR" && pwd)"
  rm -rf "${RESULTS_DIR:?}"/postgres "${RESULTS_DIR:?}"/sqlite
else
  RESULTS_DIR="$WORK/results"
  mkdir -p "$RESULTS_DIR"
fi

PG_USER=mediacreator
PG_PASSWORD=mediacreator
PG_DB=mediacreator_test

start_postgres() {
  if [ "$IS_ROOT" -eq 1 ] && ! id postgres >/dev/null 2>&1; then
    log "creating system user 'postgres'"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  PGDATA="$WORK/pgdata"
  PG_RUN="$WORK/pgrun"
  mkdir -p "$PGDATA" "$PG_RUN"
  chmod 700 "$PGDATA"
  if [ "$IS_ROOT" -eq 1 ]; then chown postgres: "$PGDATA" "$PG_RUN"; fi

  if ! as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C >"$WORK/initdb.log" 2>&1; then
    cat "$WORK/initdb.log" >&2
    die "initdb failed"
  fi

  local attempt
  for attempt in 1 2 3 4 5; do
    PG_PORT="$(free_port)" || die "no free TCP port found for PostgreSQL"
    if as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PG_RUN/postgres.log" -w -t "$SERVICE_TIMEOUT" \
      -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_RUN -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
      PG_STARTED=1
      break
    fi
    warn "PostgreSQL did not start on port $PG_PORT (attempt $attempt); log:"
    tail -n 15 "$PG_RUN/postgres.log" >&2 || true
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
  done
  [ "$PG_STARTED" -eq 1 ] || die "PostgreSQL failed to start (see messages above)"

  local deadline=$((SECONDS + SERVICE_TIMEOUT))
  until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$PG_RUN/postgres.log" >&2 || true
      die "PostgreSQL on 127.0.0.1:$PG_PORT not accepting connections after ${SERVICE_TIMEOUT}s"
    fi
    sleep 0.5
  done

  if ! as_pg "$PG_BIN/psql" -X -q -h "$PG_RUN" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'" \
    -c "CREATE DATABASE $PG_DB OWNER $PG_USER" >"$WORK/psql.log" 2>&1; then
    cat "$WORK/psql.log" >&2
    die "could not create role/database in the test PostgreSQL"
  fi

  export MEDIACREATOR_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=$PG_DB;Include Error Detail=true"
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$PG_PORT (database $PG_DB)"
}

start_redis() {
  local dir="$WORK/redis" attempt
  mkdir -p "$dir"
  for attempt in 1 2 3 4 5; do
    REDIS_PORT="$(free_port)" || die "no free TCP port found for Redis"
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --dir "$dir" \
      --daemonize no --protected-mode yes --loglevel warning --logfile "$dir/redis.log" \
      </dev/null >/dev/null 2>&1 &
    REDIS_PID=$!
    local deadline=$((SECONDS + SERVICE_TIMEOUT))
    while kill -0 "$REDIS_PID" 2>/dev/null; do
      if [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; then
        export MEDIACREATOR_TEST_REDIS="127.0.0.1:$REDIS_PORT"
        log "Redis $(redis-server --version | sed -n 's/.*v=\([^ ]*\).*/\1/p') ready on $MEDIACREATOR_TEST_REDIS"
        return 0
      fi
      if [ "$SECONDS" -ge "$deadline" ]; then
        tail -n 20 "$dir/redis.log" >&2 || true
        die "Redis on 127.0.0.1:$REDIS_PORT not answering PING after ${SERVICE_TIMEOUT}s"
      fi
      sleep 0.2
    done
    wait "$REDIS_PID" 2>/dev/null || true
    REDIS_PID=""
    warn "Redis did not start on port $REDIS_PORT (attempt $attempt); log:"
    tail -n 10 "$dir/redis.log" >&2 || true
  done
  die "Redis failed to start (see messages above)"
}

if [ "$want_postgres" -eq 1 ]; then
  start_postgres
else
  unset MEDIACREATOR_TEST_POSTGRES
fi
start_redis

# ---------------------------------------------------------------------------------------------
# Node dependencies of JS-based tests (e.g. tests/protocol).
# ---------------------------------------------------------------------------------------------
while IFS= read -r lock; do
  dir="$(dirname "$lock")"
  if [ ! -d "$dir/node_modules" ] || [ "$lock" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
done < <(find tests -name package-lock.json -not -path '*/node_modules/*' 2>/dev/null | sort)

# ---------------------------------------------------------------------------------------------
# Build once, then run the suite per database.
# ---------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  log "dotnet build $SOLUTION -c $CONFIGURATION"
  run_child dotnet build "$SOLUTION" -c "$CONFIGURATION" -nologo -v minimal -nodeReuse:false ||
    die "dotnet build failed"
  log "build done"
fi

# Prints "passed failed skipped" summed over the TRX files below $1 (one TRX per test project and run;
# VSTest's default TRX names are de-duplicated, so parallel projects never overwrite each other).
# xunit skips are counted in total but not in executed.
trx_counts() {
  find "$1" -name '*.trx' -type f -print0 2>/dev/null | xargs -0 -r cat |
    grep -o '<Counters [^>]*>' |
    awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[A-Za-z]+="[0-9]+"/) { split($i, kv, "="); gsub(/[^0-9]/, "", kv[2]); c[kv[1]] += kv[2] } }
         END { printf "%d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["total"] - c["executed"] }'
}

# Temp files the tests make (e.g. SQLite databases) go below $WORK and vanish with it.
TEST_TMP="$WORK/tmp"
overall_rc=0
run_summaries=()
# Engine tests (image, audio, architecture: tests/EngineTests.slnf) do not touch a database: they run once, on their
# own, before the database-backed projects (tests/DatabaseTests.slnf) run per database. Keeping the CPU-heavy media
# engines apart from the API's worker/chaos tests keeps those tests' timing honest on a 2-core machine.
run_tests() {
  local label="$1" target="$2" db="$3"
  shift 3
  log "dotnet test: $label ($target)"
  local rc=0
  mkdir -p "$TEST_TMP"
  run_child env TMPDIR="$TEST_TMP" MEDIACREATOR_TEST_DB="$db" dotnet test "$target" -c "$CONFIGURATION" --no-build --nologo \
    --results-directory "$RESULTS_DIR/$label" \
    --logger trx \
    --blame-hang-timeout 5m \
    "$@" || rc=$?
  local p f s
  read -r p f s < <(trx_counts "$RESULTS_DIR/$label")
  run_summaries+=("$label: $p passed, $f failed, $s skipped (dotnet test exit $rc)")
  log "$label run finished: $p passed, $f failed, $s skipped (dotnet test exit $rc)"
  [ "$rc" -eq 0 ] || overall_rc=1
}

# Every test project must be in one of the two lists, or it would silently never run.
for project in tests/*/*Tests.csproj; do
  name="$(basename "$project")"
  grep -q "$name" tests/EngineTests.slnf tests/DatabaseTests.slnf || die "$project is in neither tests/EngineTests.slnf nor tests/DatabaseTests.slnf"
done

first_db="${DBS%% *}"
run_tests engines tests/EngineTests.slnf "$first_db" "$@"
for db in $DBS; do
  run_tests "$db" tests/DatabaseTests.slnf "$db" "$@"
done

read -r passed failed skipped < <(trx_counts "$RESULTS_DIR")
[ -n "${TEST_RESULTS_DIR:-}" ] && log "TRX files kept in $RESULTS_DIR"

cleanup
trap - EXIT INT TERM

for s in "${run_summaries[@]}"; do printf '[test.sh] %s\n' "$s"; done
if [ $((passed + failed)) -eq 0 ]; then
  printf '[test.sh] ERROR: no test ran\n' >&2
  overall_rc=1
fi
[ "$failed" -eq 0 ] || overall_rc=1
[ "$overall_rc" -eq 0 ] || printf '[test.sh] FAILED (total time %ss)\n' "$((SECONDS - START_TIME))"
[ "$overall_rc" -ne 0 ] || printf '[test.sh] OK (total time %ss)\n' "$((SECONDS - START_TIME))"
printf '%d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
exit "$overall_rc"
