#!/usr/bin/env bash
# Runs the benchmark on a release build; `make bench` calls it after building both.
# The batch rows render 1,000 profiles that generate-profiles.py makes from the
# canonical one (deterministically, so every run measures the same work).
set -euo pipefail
cd "$(dirname "$0")/.."
export SOURCE_DATE_EPOCH=1767225600
profiles=.build/bench-profiles
if [ ! -f "$profiles/profile-0999.txt" ]; then
  python3 Benchmarks/generate-profiles.py "$profiles" 1000
fi
.build/release/vita-bench --vita .build/release/vita \
  --profile Examples/000_2e4744010abc845a.txt --batch-input "$profiles" "$@"
