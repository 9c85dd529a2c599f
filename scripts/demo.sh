#!/usr/bin/env bash
# Set up (first time) and open the desk app on a fresh copy of the sample event.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/checkin demo "$@"
