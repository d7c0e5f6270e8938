#!/usr/bin/env bash
# The end-to-end tests drive Debian's chromium and firefox-esr (a test tool's own browser download cannot work
# offline). Installs them with apt-get when missing; says exactly what to do when it cannot.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "ensure-browsers: install ${missing[*]} (apt-get install -y ${missing[*]}) and run the tests again" >&2
  exit 1
fi
echo "ensure-browsers: installing ${missing[*]} with apt-get (about a minute)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
