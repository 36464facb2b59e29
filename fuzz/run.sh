#!/usr/bin/env bash
# Fuzz one parser with afl++ for a given time, then report executions, paths, crashes and hangs, and replay each finding.
#
#   fuzz/run.sh <article|query|temporal|segment|attribution> [minutes=30]
#
# Builds fuzz/AiDocTools.Fuzz in Release, instruments its copy of AiDocTools.Core.dll with the pinned sharpfuzz tool
# (rebuilt only when a source changed), gathers the seed corpus and dictionary, and runs afl-fuzz under nice -n 19.
# Everything it writes lives under artifacts/fuzz/ (ignored by git). Needs afl++ (afl-fuzz on PATH) and python3.
#
# A "hang" is any single input slower than 1 s. The target measures that itself, in CPU time of the thread that runs
# the input, and throws, so afl saves such an input among its crashes (replayed below as "hang: ..."): on a shared,
# nice'd machine afl's own clock is wall time, and an input that waited for a core would count as a hang. afl's
# timeout (-t, wall clock) is therefore a safety net for inputs that never return, FUZZ_TIMEOUT_MS (10000) by default.
set -euo pipefail

target=${1:?usage: fuzz/run.sh <article|query|temporal|segment|attribution> [minutes]}
minutes=${2:-30}
case "$target" in article|query|temporal|segment|attribution) ;; *) echo "unknown target: $target" >&2; exit 2 ;; esac

repo=$(cd "$(dirname "$0")/.." && pwd)
work="$repo/artifacts/fuzz"
bin="$work/bin/$target"  # one build per target: rebuilding for one run never pulls files from under another
in="$work/in/$target"
out="$work/out/$target"
mkdir -p "$work"
cd "$repo"

# Build and instrument; rebuilt when a source is newer than the last build.
(
  flock 9; mkdir -p "$(dirname "$bin")"
  stamp="$bin/.instrumented"
  if [[ ! -f "$stamp" ]] || [[ -n "$(find src/AiDocTools.Core fuzz/AiDocTools.Fuzz -newer "$stamp" \( -name '*.cs' -o -name '*.csproj' -o -name '*.yaml' -o -name '*.json' -o -name '*.txt' \) -print -quit)" ]]; then
    rm -rf "$bin"
    dotnet tool restore >/dev/null
    nice -n 19 dotnet publish fuzz/AiDocTools.Fuzz -c Release -o "$bin" -v quiet -nologo
    dotnet sharpfuzz "$bin/AiDocTools.Core.dll"
    touch "$stamp"
  fi
) 9>"$work/build-$target.lock"

# Seeds: the committed small hostile files, then our own corpus (whole articles and pages for the reader; the first
# paragraphs of each article, as small files, for the text parsers) and the shared seeds when they are beside the repo.
rm -rf "$in"; mkdir -p "$in"
cp fuzz/seeds/"$target"/* "$in"/
if [[ "$target" == article ]]; then
  cp tests/corpus/articles/* tests/corpus/html/* "$in"/
  [[ -d ../shared/seeds ]] && for f in ../shared/seeds/*; do cp "$f" "$in/shared-$(basename "$f")"; done
else
  python3 - "$in" tests/corpus/articles/* <<'PY'
import sys, pathlib
out = pathlib.Path(sys.argv[1])
for path in sys.argv[2:]:
    paragraphs = [p for p in pathlib.Path(path).read_text(encoding='utf-8').split('\n\n') if p.strip()]
    piece = '\n\n'.join(paragraphs[:4]).encode('utf-8')[:1500].decode('utf-8', 'ignore')
    (out / ('corpus-' + pathlib.Path(path).stem + '.txt')).write_text(piece, encoding='utf-8')
PY
fi

# The dictionary: fuzz/dict/<target>.txt holds one token a line (the first line describes the file; \xNN, \n and \r
# stand for bytes); afl wants every byte outside printable ASCII escaped.
python3 - "fuzz/dict/$target.txt" "$work/$target.dict" <<'PY'
import sys, re
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')[1:]
escape = {'\\n': b'\n', '\\r': b'\r'}
with open(sys.argv[2], 'w') as out:
    for i, token in enumerate(t for t in lines if t):
        data = b''.join(bytes([int(part[2:], 16)]) if part.startswith('\\x') else escape.get(part) or part.encode('utf-8')
                        for part in re.split(r'(\\x[0-9A-Fa-f]{2}|\\n|\\r)', token) if part)
        text = ''.join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else '\\x%02X' % b for b in data)
        out.write('t%d="%s"\n' % (i, text))
PY

rm -rf "$out"; mkdir -p "$(dirname "$out")"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FORKSRV_INIT_TMOUT=600000 AFL_NO_AFFINITY=1
echo "fuzzing $target for $minutes min (afl-fuzz -t ${FUZZ_TIMEOUT_MS:-10000}, nice -n 19)"
nice -n 19 afl-fuzz -i "$in" -o "$out" -x "$work/$target.dict" -t "${FUZZ_TIMEOUT_MS:-10000}" -m none -V $((minutes * 60)) \
  -- "$(command -v dotnet)" "$bin/AiDocTools.Fuzz.dll" "$target" "$in" > "$work/$target.log" 2>&1 || {
  echo "afl-fuzz failed; the end of $work/$target.log:" >&2; tail -20 "$work/$target.log" >&2; exit 1; }

stats="$out/default/fuzzer_stats"
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "target=$target run_time_s=$(value run_time) execs=$(value execs_done) execs_per_sec=$(value execs_per_sec)" \
  "paths_total=$(value corpus_count) paths_found=$(value corpus_found) coverage=$(value bitmap_cvg)" \
  "crashes=$(value saved_crashes) hangs=$(value saved_hangs)"

# Replay every finding outside afl, after the same warm-up: what it throws (or that it is slow), and how long the
# replay takes here (the warm-up included).
for finding in "$out"/default/crashes/id* "$out"/default/hangs/id*; do
  [[ -e "$finding" ]] || continue
  start=$(date +%s.%N)
  message=$(timeout 300 dotnet "$bin/AiDocTools.Fuzz.dll" "$target" "$in" < "$finding" 2>&1 | grep -m1 -E 'Exception|hang:' || true)
  echo "finding $(basename "$(dirname "$finding")")/$(basename "$finding"): $(echo "$(date +%s.%N) - $start" | bc) s: ${message:-no exception on replay}"
done
