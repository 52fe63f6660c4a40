#!/usr/bin/env bash
# Runs the benchmark on a release build; `make bench` calls it after building both.
set -euo pipefail
cd "$(dirname "$0")/.."
export SOURCE_DATE_EPOCH=1767225600
.build/release/vita-bench --vita .build/release/vita --profile Examples/000_2e4744010abc845a.txt "$@"
