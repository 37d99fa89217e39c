#!/bin/bash
# Replays every fuzz seed and every input that ever crashed a fuzz target
# (tests/fuzz/corpus/NAME/) through the same target, built without
# libFuzzer: under `make asan` any memory error fails the suite.
. "$(dirname "$0")/../lib.sh"

FUZZ=${ILP_FUZZ:-$TOP/build/tests/fuzz}
for d in "$TOP"/tests/fuzz/corpus/*/; do
	name=$(basename "$d")
	bin=$FUZZ/fuzz_$name
	if [ ! -x "$bin" ]; then
		not_ok "fuzz_$name is built" "missing: $bin"
		continue
	fi
	n=$(find "$d" -type f | wc -l)
	out=$(find "$d" -type f -print0 | sort -z | xargs -0 "$bin" 2>&1)
	rc=$?
	fails=$(printf '%s\n' "$out" | grep -c '^not ok')
	if [ $rc -eq 0 ] && [ "$fails" = 0 ]; then
		ok "fuzz_$name replays its $n corpus files"
	else
		not_ok "fuzz_$name replays its $n corpus files" "$(printf '%s\n' "$out" | tail -20)"
	fi
done
done_testing
