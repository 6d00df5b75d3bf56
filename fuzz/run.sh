#!/usr/bin/env bash
# Runs the cargo-fuzz targets for SECONDS each (default 20), seeded with the examples.
#   fuzz/run.sh [SECONDS]
# cargo-fuzz needs nightly flags (sanitizers); RUSTC_BOOTSTRAP lets the machine's
# stable toolchain accept them, since no other toolchain can be installed here.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_EACH="${1:-20}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
for target in parse analyse; do
  mkdir -p "corpus/$target"
  cargo fuzz run -O "$target" "corpus/$target" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|panicked|SUMMARY' || true
  # libFuzzer exits non-zero on a crash; pipefail would hide it behind grep, so check
  # for a saved crash input instead.
  if compgen -G "artifacts/$target/crash-*" >/dev/null; then
    echo "fuzz target $target found a crash: $(ls artifacts/$target/crash-*)" >&2
    exit 1
  fi
done
