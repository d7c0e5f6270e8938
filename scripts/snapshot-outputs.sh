#!/usr/bin/env bash
# Writes the CLI's --json output for the five seeds and the eight dev pages into <out-dir>, one file per page, so two
# commits' outputs can be compared byte for byte (`diff -r before/ after/`). Usage: scripts/snapshot-outputs.sh <out-dir> [data-dir]
set -euo pipefail
out=${1:?usage: scripts/snapshot-outputs.sh <out-dir> [data-dir]}
data=${2:-../shared}
mkdir -p "$out"
for page in "$data"/seeds/*.txt "$data"/gold/dev/pages/*.html; do
  npm run --silent crosscheck -- --json "$page" > "$out/$(basename "$page").json"
done
