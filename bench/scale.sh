#!/usr/bin/env bash
# Scale benchmark (issue 10, point 9): role divisions of 12, 100 and 342 municipalities,
# every page a member reaches fetched as the owner, size, time and server memory
# recorded. Prints a Markdown table for docs/PERFORMANCE.md.
#
#   bench/scale.sh [SIZES]     (default 12,100,342)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p rolwijzer >/dev/null
python3 bench/scale.py --bin "$PWD/target/release/rolwijzer" --sizes "${1:-12,100,342}"
