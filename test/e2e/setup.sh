#!/usr/bin/env bash
# Installs what the extension-host tests need: Debian's Chromium (driven by playwright-core),
# a CJK font, and code-server (VS Code for the web) in the ignored folder .vscode-test/code-server.
# Idempotent: every step is skipped when it is already done, so a second run takes about a second.
#
# Environment:
#   CODE_SERVER_VERSION  code-server release to install (default 4.100.3, the newest that runs on Node 20)
#   CODE_SERVER_DIR      install folder (default <repo>/.vscode-test/code-server)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CODE_SERVER_DIR="${CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}"
MARKER="$CODE_SERVER_DIR/.installed-$CODE_SERVER_VERSION"
DEB_PACKAGES=(chromium fonts-noto-cjk libkrb5-dev ripgrep)
START=$SECONDS

log() { echo "[e2e setup] $*"; }
die() { echo "[e2e setup] error: $*" >&2; exit 1; }

# --- Debian packages ---------------------------------------------------------------------------
missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} > 0)); then
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get: install them by hand"
  if [[ "$(id -u)" -eq 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null; then
    SUDO=(sudo)
  else
    die "missing Debian packages (${missing[*]}); run as root or install sudo, or run: apt-get install -y ${missing[*]}"
  fi
  log "installing Debian packages: ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  log "Debian packages present: ${DEB_PACKAGES[*]}"
fi

[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium not found after installing the chromium package"
RG="$(command -v rg || true)"
[[ -n "$RG" ]] || die "ripgrep (rg) not found after installing the ripgrep package"

# --- code-server ---------------------------------------------------------------------------------
if [[ -f "$MARKER" && -f "$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js" ]]; then
  log "code-server $CODE_SERVER_VERSION present in ${CODE_SERVER_DIR#"$ROOT"/}"
else
  command -v npm >/dev/null || die "npm not found"
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  [[ "$node_major" -ge 20 ]] || die "Node.js >= 20 is needed for code-server $CODE_SERVER_VERSION (found $(node -v))"

  log "installing code-server $CODE_SERVER_VERSION into ${CODE_SERVER_DIR#"$ROOT"/} (takes a few minutes)"
  rm -rf "$CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR"
  # A package.json of its own keeps npm from treating the project as the install prefix.
  printf '{\n  "name": "e2e-code-server",\n  "private": true\n}\n' >"$CODE_SERVER_DIR/package.json"

  # Lifecycle scripts are skipped: as root code-server's postinstall refuses to run, and
  # @vscode/ripgrep's would download a binary from the internet. The steps below replace them.
  (cd "$CODE_SERVER_DIR" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error \
    "code-server@$CODE_SERVER_VERSION")

  VSCODE_DIR="$CODE_SERVER_DIR/node_modules/code-server/lib/vscode"
  [[ -f "$VSCODE_DIR/package.json" ]] || die "unexpected code-server layout: $VSCODE_DIR/package.json missing"
  log "installing VS Code's runtime dependencies"
  (cd "$VSCODE_DIR" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)

  # @vscode/ripgrep's install script skips its download when bin/ exists: point it at Debian's rg.
  RG_BIN="$VSCODE_DIR/node_modules/@vscode/ripgrep/bin"
  mkdir -p "$RG_BIN"
  ln -sf "$RG" "$RG_BIN/rg"

  log "building native modules"
  (cd "$VSCODE_DIR" && npm_config_yes=true npm rebuild --loglevel=error >/dev/null)
  (cd "$CODE_SERVER_DIR" && npm rebuild argon2 --loglevel=error >/dev/null)

  [[ -f "$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js" ]] || die "code-server entry point missing after install"
  touch "$MARKER"
fi

log "done in $((SECONDS - START)) s"
