#!/usr/bin/env bash
# Every question set of bench/data, each asked over the documents it was written on, with this checkout's .venv.
#
#   bench/halves.sh tune  LABEL [OUT]   per-question rows of every tune half -> OUT/LABEL-tune.jsonl, and the sums
#   bench/halves.sh check LABEL [OUT]   reportbot eval's table of every check half and the dev set -> OUT/LABEL-check-*.out
#
# OUT defaults to /tmp/halves. Data folders are fresh for each LABEL (OUT/data-LABEL-*), so a change to loading or
# indexing is measured too; give a new LABEL for each run. Seed sets are asked of the seed report alone; library_tuneN
# (N >= 5) of the seed, bench/library/docs and bench/library/docsN; library_tune..4 of the seed and docs; seed sets
# written beside a library ("in the library") are asked beside it as well. The tune mode refuses nothing but check
# halves are only ever read by the check mode, which prints tables and never a question.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:?tune or check}; LABEL=${2:?label}; OUT=${3:-/tmp/halves}
mkdir -p "$OUT"
PY=.venv/bin/python
D=bench/data; L=bench/library
export TOKENIZERS_PARALLELISM=false

seeded() {  # a library group's data folder starts as a copy of the base library's (the same documents are not embedded again)
  [ -d "$2" ] || { [ -d "$1" ] && cp -r "$1" "$2"; } || true
}

libs() {  # the library sets' numbers that have a docsN folder
  for f in "$D"/library_"$1"*.jsonl; do n=$(basename "$f" .jsonl); n=${n#library_$1}; [ -n "$n" ] && [ -d "$L/docs$n" ] && echo "$n"; done | sort -n
}

if [ "$MODE" = tune ]; then
  rows="$OUT/$LABEL-tune.jsonl"; : > "$rows"
  nice $PY bench/per_question.py --data "$OUT/data-$LABEL-seed" --out "$OUT/$LABEL-t-seed.jsonl" "$D"/seed_tune*.jsonl
  cat "$OUT/$LABEL-t-seed.jsonl" >> "$rows"
  nice $PY bench/per_question.py --library --data "$OUT/data-$LABEL-lib" --out "$OUT/$LABEL-t-lib.jsonl" \
    "$D"/library_tune.jsonl "$D"/library_tune2.jsonl "$D"/library_tune3.jsonl "$D"/library_tune4.jsonl
  cat "$OUT/$LABEL-t-lib.jsonl" >> "$rows"
  for n in $(libs tune); do
    sets=("$D/library_tune$n.jsonl")
    seeded "$OUT/data-$LABEL-lib" "$OUT/data-$LABEL-lib$n"
    nice $PY bench/per_question.py --library --also "$L/docs$n" --data "$OUT/data-$LABEL-lib$n" \
      --out "$OUT/$LABEL-t-lib$n.jsonl" "${sets[@]}"
    cat "$OUT/$LABEL-t-lib$n.jsonl" >> "$rows"
  done
  for pair in 5:9 6:10 7:11; do  # seed sets written beside a library of their own
    s=${pair%:*}; n=${pair#*:}
    nice $PY bench/per_question.py --library --also "$L/docs$n" --data "$OUT/data-$LABEL-lib$n" \
      --out "$OUT/$LABEL-t-in$s.jsonl" "$D/seed_tune$s.jsonl"
    sed "s/\"set\": \"seed_tune$s.jsonl\"/\"set\": \"seed_tune$s in the library\"/" "$OUT/$LABEL-t-in$s.jsonl" >> "$rows"
  done
  $PY - "$rows" <<'EOF'
import json, sys
sys.path.insert(0, "bench")
from per_question import totals
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
main = [r for r in rows if "in the library" not in r["set"]]
print("tune halves", len({r["set"] for r in main}), "answerable", sum(r["answerable"] for r in main),
      "near misses", sum(not r["answerable"] for r in main), totals(main))
print("in the library", totals(r for r in rows if "in the library" in r["set"]))
EOF
elif [ "$MODE" = check ]; then
  run() { local tag=$1; shift; nice $PY bench/eval_sets.py --data "$OUT/data-$LABEL-c$tag" "$@" > "$OUT/$LABEL-check-$tag.out" 2>&1; }
  run seed "$D"/seed_check*.jsonl tests/data/qa_dev.jsonl
  run lib --library "$D"/library_check.jsonl "$D"/library_check2.jsonl "$D"/library_check3.jsonl \
    "$D"/library_check4.jsonl "$D"/seed_check.jsonl "$D"/seed_check4.jsonl
  for n in $(libs check); do
    extra=()
    case $n in 9) extra=("$D/seed_check5.jsonl");; 10) extra=("$D/seed_check6.jsonl");;
               11) extra=("$D/seed_check7.jsonl");; 14) extra=("$D/seed_check9.jsonl");; esac
    seeded "$OUT/data-$LABEL-clib" "$OUT/data-$LABEL-clib$n"
    run "lib$n" --library --also "$L/docs$n" "$D/library_check$n.jsonl" "${extra[@]}"
  done
  echo "tables in $OUT/$LABEL-check-*.out"
else
  echo "usage: bench/halves.sh tune|check LABEL [OUT]" >&2; exit 2
fi
