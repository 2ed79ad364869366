#!/usr/bin/env bash
# Extension-host tests in a real VS Code (code-server + headless Chromium). Installs what is missing
# first (test/e2e/setup.sh), then runs test/e2e/runner.js, for example
#   bash test/e2e/run.sh                      # the mocha suite in test/e2e/suite, the panel run, then the web run
#   bash test/e2e/run.sh --tests              # only the mocha suite
#   bash test/e2e/run.sh --panel              # only the review panel, driven from the outside
#   bash test/e2e/run.sh --web                # only VS Code for the Web (test/e2e/web in the web worker)
#   bash test/e2e/run.sh --screenshot shots   # screenshots of the workbench instead
# Other arguments (--timeout S, --keep, --fail-on-log-errors) go to every run. Exits non-zero when
# any run fails. Needs `npm run build` first (the extension bundle and the compiled suite).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

bash test/e2e/setup.sh

missing=0
for file in dist/extension.js out/test/e2e/suite/index.js out/test/e2e/suite/panel.js out/test/e2e/web/index.js; do
  if [[ ! -f "$file" ]]; then
    echo "[e2e] $file not found: run \`npm run build\` first" >&2
    missing=1
  fi
done
((missing == 0)) || exit 1

# A single run when a mode is named; `--tests` is this script's name for the runner's default.
args=()
single=0
tests_only=0
for arg in "$@"; do
  case "$arg" in
    --panel | --web | --screenshot) single=1 ;;
    --tests) tests_only=1; continue ;;
  esac
  args+=("$arg")
done
if ((single == 1 || tests_only == 1)); then
  exec node test/e2e/runner.js ${args[@]+"${args[@]}"}
fi

started=$SECONDS
tests_status=0
node test/e2e/runner.js ${args[@]+"${args[@]}"} || tests_status=$?
panel_status=0
node test/e2e/runner.js --panel ${args[@]+"${args[@]}"} || panel_status=$?
web_status=0
node test/e2e/runner.js --web ${args[@]+"${args[@]}"} || web_status=$?

describe() { (($1 == 0)) && echo passed || echo "failed (exit code $1)"; }
echo "[e2e] summary after $((SECONDS - started)) s: extension-host tests $(describe "$tests_status"), panel run $(describe "$panel_status"), web run $(describe "$web_status")"
for status in "$tests_status" "$panel_status" "$web_status"; do
  if ((status != 0)); then exit "$status"; fi
done
