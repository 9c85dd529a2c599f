#!/bin/sh
# Refresh the .ts sources from the desk's code, fill known translations, build the .qm files.
# Run from the repository root: sh resources/translations/update.sh
set -e
PY=${PY:-.venv/bin/python}
BIN=$(dirname "$PY")
FILES=$(find checkin/ui -name "*.py" | sort)
for lang in en fr de it; do
  "$BIN/pyside6-lupdate" $FILES -ts "resources/translations/checkin_$lang.ts" -target-language "$lang" -no-obsolete
done
"$PY" resources/translations/fill_translations.py
