#!/usr/bin/env bash
# Extension-host tests in a real VS Code (code-server + headless Chromium). Installs what is missing
# first (test/e2e/setup.sh), then runs test/e2e/runner.js with the given arguments, for example
#   bash test/e2e/run.sh                      # the mocha suite in test/e2e/suite
#   bash test/e2e/run.sh --screenshot shots   # screenshots of the workbench instead
# Needs `npm run build` first (the extension bundle and the compiled suite).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

bash test/e2e/setup.sh

missing=0
for file in dist/extension.js out/test/e2e/suite/index.js; do
  if [[ ! -f "$file" ]]; then
    echo "[e2e] $file not found: run \`npm run build\` first" >&2
    missing=1
  fi
done
((missing == 0)) || exit 1

exec node test/e2e/runner.js "$@"
