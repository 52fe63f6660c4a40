#!/usr/bin/env bash
# Installs what Vita needs from Debian and is not there yet: the C libraries it links,
# the fonts Fonts/manifest.tsv names, and the PDF tools its tests use. Installs nothing
# when everything is present, so `make` stays fast after the first run.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libcairo2-dev libpango1.0-dev libyaml-dev libpng-dev fontconfig file
  poppler-utils qpdf)
# The font packages come from the manifest's second column, so the two cannot drift apart.
while IFS=$'\t' read -r family package _; do
  [[ -z "$family" || "$family" == \#* || "$family" == family ]] && continue
  packages+=("$package")
done < Fonts/manifest.tsv

missing=()
for package in $(printf '%s\n' "${packages[@]}" | sort -u); do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >&2
fi

if ! command -v swift >/dev/null; then
  echo "setup: the Swift toolchain (6.0 or newer) is not on PATH; install it from swift.org" >&2
  exit 1
fi
