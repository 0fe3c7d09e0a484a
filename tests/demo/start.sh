#!/usr/bin/env bash
# One command from a fresh clone: install, build, open Chromium with Kuaida on the demo console.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tests/demo/install-chromium.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
npx wxt build
npx tsx tests/demo/launch.ts "$@"
