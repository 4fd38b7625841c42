#!/usr/bin/env bash
# Start-up and one-process throughput of the ospo command line, side by side in one run with the
# JVM's floor (java -version) and the reference validator (publiccode-parser, pcbatch), timed with
# hyperfine. Prints Markdown tables: median wall time, mean user+sys CPU time, and the ratios.
#
#   benchmarks/cold-start.sh              # everything (about 4 minutes on a quiet 2-core machine)
#   RUNS=50 benchmarks/cold-start.sh one  # sections: one | interleaved | corpus | community | flags
#   (interleaved: one file and, with ../shared, the corpus, the commands alternating; ROUNDS=40)
#
# It times the built distribution's launcher (ospo-cli/target/ospo-VERSION/ospo-VERSION/bin/ospo),
# building it first when missing (./mvnw -B -q -pl ospo-cli -am package -DskipTests), with its
# start-up archive trained once, before timing, in a fresh cache. The reference rows and the corpus
# need ../shared (skipped with a note when absent). JAVA_HOME picks the JDK (default: java on PATH):
# with JDK 25 or newer the launcher makes an AOT cache instead of a CDS archive, the rows that run
# java directly map it the same way (-XX:AOTCache), and a row with OSPO_AOT=off times the CDS
# archive beside it, e.g. JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/cold-start.sh corpus
# The community section generates the scale benchmark's 200-organisation community once (javac
# against the reactor's ospo-testkit and its class path).
#
# On a shared, noisy machine read the medians and the CPU times, and run it more than once.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-30}"
sections="${*:-one interleaved corpus community flags}"
shared="${OSPO_SHARED_DIR:-$root/../shared}"
reference="$shared/reference/publiccode-parser-go"
corpus="$shared/corpus/publiccode-real"
work="$root/benchmarks/target/cold-start"
mkdir -p "$work"

command -v hyperfine >/dev/null || { echo "cold-start.sh: hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java="$(command -v java)"; fi

launcher=""
for candidate in ospo-cli/target/ospo-*/ospo-*/bin/ospo; do
  [ -x "$candidate" ] && launcher="$root/$candidate"
done
if [ -z "$launcher" ]; then
  echo "cold-start.sh: building the distribution..." >&2
  ./mvnw -B -q -pl ospo-cli -am package -DskipTests -Dspotless.check.skip=true -Dmaven.javadoc.skip=true >&2
  for candidate in ospo-cli/target/ospo-*/ospo-*/bin/ospo; do launcher="$root/$candidate"; done
fi
home="$(cd "$(dirname "$launcher")/.." && pwd)"
export OSPO_CACHE_DIR="$work/cache"
rm -rf "$OSPO_CACHE_DIR"
file="$root/examples/repositories/shared-permits/publiccode.yml"
"$launcher" publiccode validate "$file" >/dev/null # trains the archive of publiccode validate
"$launcher" --version >/dev/null                   # and the one of every other command
# the launcher's archive kind: an AOT cache with JDK 25 or newer (unless OSPO_AOT=off), else a CDS
# archive; the rows that run java directly map it with the same option as the launcher
archive=""
archive_all=""
for candidate in "$OSPO_CACHE_DIR"/*-validate.aot "$OSPO_CACHE_DIR"/*-validate.jsa; do
  if [ -z "$archive" ] && [ -f "$candidate" ]; then archive="$candidate"; fi
done
for candidate in "$OSPO_CACHE_DIR"/*-all.aot "$OSPO_CACHE_DIR"/*-all.jsa; do
  if [ -z "$archive_all" ] && [ -f "$candidate" ]; then archive_all="$candidate"; fi
done
[ -n "$archive" ] && [ -n "$archive_all" ] || { echo "cold-start.sh: the launcher made no archive in $OSPO_CACHE_DIR" >&2; exit 2; }
case "$archive" in
  *.aot)
    map="-XX:AOTCache"
    # for a row with the CDS archive beside the AOT cache (OSPO_AOT=off), trained now
    OSPO_AOT=off "$launcher" publiccode validate "$file" >/dev/null
    ;;
  *) map="-XX:SharedArchiveFile" ;;
esac
# the class path and exit option of the launcher's own java command (its trace): an archive serves
# only the class path it was made with, and bin/ospo orders it (the project's jars first)
traced=$(OSPO_LAUNCHER_TRACE=1 "$launcher" publiccode validate "$file" 2>&1 >/dev/null | sed -n 's/^ospo: //p' | head -n 1)
classpath="${traced#* -cp }"
classpath="${classpath%% *}"
[ -n "$classpath" ] && [ "$classpath" != "$traced" ] || { echo "cold-start.sh: no class path in the launcher's trace: $traced" >&2; exit 2; }
exit_option=""
case "$traced" in *" -Dospo.exit=halt "*) exit_option="-Dospo.exit=halt" ;; esac # as bin/ospo (see Main)
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
validate_fast="$fast -Xmn8m" # bin/ospo adds the small young generation for publiccode validate

echo "# ospo start-up, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "- JDK: $("$java" -version 2>&1 | head -n 2 | tail -n 1)"
echo "- machine: $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "- ospo: $home; archives ($map) $(basename "$archive") $(( $(wc -c <"$archive") / 1024 )) KiB, $(basename "$archive_all") $(( $(wc -c <"$archive_all") / 1024 )) KiB"
echo "- hyperfine -N, $runs runs after 3 warm-up runs per command; wall = median, CPU = mean user+sys"
echo

# table NAME BASELINE-INDEX JSON: one row per command, ratios against the row BASELINE-INDEX (1-based)
table() {
  local csv="$1" base="$2"
  awk -F, -v base="$base" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { n++; name[n] = $col["command"]; med[n] = $col["median"] * 1000; cpu[n] = ($col["user"] + $col["system"]) * 1000 }
    END {
      print "| command | wall, median | CPU, user+sys | wall ratio | CPU ratio |"
      print "|---|---:|---:|---:|---:|"
      for (i = 1; i <= n; i++)
        printf "| %s | %.0f ms | %.0f ms | %.2f | %.2f |\n", name[i], med[i], cpu[i], med[i] / med[base], cpu[i] / cpu[base]
    }' "$csv"
  echo
}

bench() { # bench CSV [hyperfine options and -n NAME COMMAND pairs]
  local csv="$1"
  shift
  hyperfine -N -i --warmup 3 --runs "$runs" --style none --export-csv "$csv" "$@" >/dev/null 2>&1
}

case " $sections " in *" one "*)
  echo "## One file: \`publiccode validate\` (examples/repositories/shared-permits/publiccode.yml)"
  echo
  commands=(-n "java -version" "$java -version"
    -n "bin/ospo publiccode validate" "$launcher publiccode validate $file"
    -n "the java command bin/ospo runs (no launcher)" "$java $validate_fast -Xlog:disable $map=$archive $exit_option -cp $classpath eu.ospo.cli.Main publiccode validate $file"
    -n "bin/ospo without the archive (OSPO_CDS=off)" "env OSPO_CDS=off $launcher publiccode validate $file"
    -n "java -jar with JVM defaults (no archive)" "$java -jar $home/lib/ospo-cli-${home##*/ospo-}.jar publiccode validate $file")
  if [ "$map" = -XX:AOTCache ]; then
    commands+=(-n "bin/ospo with the CDS archive instead (OSPO_AOT=off)" "env OSPO_AOT=off $launcher publiccode validate $file")
  fi
  if [ -x "$reference/publiccode-parser" ]; then
    commands+=(-n "reference publiccode-parser -no-network" "$reference/publiccode-parser -no-network $file")
  fi
  bench "$work/one.csv" "${commands[@]}"
  table "$work/one.csv" 1
  echo "Target: bin/ospo within 3 x java -version (wall ratio of row 2 <= 3)."
  echo
  ;;
esac

# interleave ROUNDS NAMES COMMAND...: hyperfine runs one command's runs in a row, so a load that
# drifts meanwhile biases the ratio. Here the commands alternate run by run (in the current
# directory), and the ratio to the first command is the median of each round's ratio.
interleave() {
  local rounds="$1" names="$2" round i start end
  shift 2
  local commands=("$@")
  for ((round = 0; round < rounds; round++)); do
    for i in "${!commands[@]}"; do
      start=$(date +%s%N)
      ${commands[$i]} >/dev/null 2>&1 || true
      end=$(date +%s%N)
      echo "$round $i $(( (end - start) / 1000 ))"
    done
  done | awk -v rounds="$rounds" -v names="$names" '
    { t[$2, $1] = $3 }
    function median(a, n,   i, j, x) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { x = a[i]; a[i] = a[j]; a[j] = x }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
      count = split(names, name, "|")
      print "| command | wall, median | median of the per-round ratios |"
      print "|---|---:|---:|"
      for (c = 0; c < count; c++) {
        delete v; delete q
        for (r = 0; r < rounds; r++) { v[r + 1] = t[c, r] / 1000; q[r + 1] = t[c, r] / t[0, r] }
        printf "| %s | %.1f ms | %.2f |\n", name[c + 1], median(v, rounds), median(q, rounds)
      }
    }'
  echo
}

case " $sections " in *" interleaved "*)
  rounds="${ROUNDS:-40}"
  echo "## One file, interleaved: $rounds rounds of java -version, the java command, bin/ospo"
  echo
  interleave "$rounds" "java -version|the java command bin/ospo runs|bin/ospo publiccode validate" \
    "$java -version" \
    "$java $validate_fast -Xlog:disable $map=$archive $exit_option -cp $classpath eu.ospo.cli.Main publiccode validate $file" \
    "$launcher publiccode validate $file"
  if [ -d "$corpus" ] && [ -x "$reference/pcbatch" ]; then
    echo "## The real corpus, interleaved: $rounds rounds of pcbatch and bin/ospo"
    echo
    files=$(cd "$corpus" && ls -- *.yml *.yaml | tr '\n' ' ')
    (cd "$corpus" && interleave "$rounds" "reference pcbatch|bin/ospo publiccode validate" \
      "$reference/pcbatch $files" "$launcher publiccode validate $files")
    echo "Target: bin/ospo no slower than pcbatch (ratio of row 2 <= 1)."
    echo
  fi
  ;;
esac

case " $sections " in *" corpus "*)
  if [ -d "$corpus" ] && [ -x "$reference/pcbatch" ]; then
    echo "## The real corpus in one process (${corpus#"$root/"}, every *.yml and *.yaml)"
    echo
    files=$(cd "$corpus" && ls -- *.yml *.yaml | tr '\n' ' ')
    echo "$(echo "$files" | wc -w) files, run from the corpus folder (relative logos resolve there)."
    echo
    (cd "$corpus" && OSPO_JAVA_OPTS=-XX:ActiveProcessorCount=1 "$launcher" publiccode validate x.yml >/dev/null 2>&1 || true)
    commands=(-n "reference pcbatch" "$reference/pcbatch $files"
      -n "bin/ospo publiccode validate (all cores)" "$launcher publiccode validate $files"
      -n "bin/ospo on one core (-XX:ActiveProcessorCount=1)" "env OSPO_JAVA_OPTS=-XX:ActiveProcessorCount=1 $launcher publiccode validate $files")
    if [ "$map" = -XX:AOTCache ]; then
      commands+=(-n "bin/ospo with the CDS archive instead (OSPO_AOT=off)" "env OSPO_AOT=off $launcher publiccode validate $files")
    fi
    (cd "$corpus" && bench "$work/corpus.csv" "${commands[@]}")
    table "$work/corpus.csv" 1
    echo "Target: bin/ospo no slower than pcbatch (wall ratio of row 2 <= 1)."
    echo
  else
    echo "(corpus section skipped: $corpus or $reference/pcbatch is missing)"
    echo
  fi
  ;;
esac

case " $sections " in *" community "* | *" flags "*)
  community="$work/community-200"
  if [ ! -f "$community/governance.yml" ]; then
    echo "cold-start.sh: generating the 200-organisation community..." >&2
    ./mvnw -B -q -pl ospo-testkit -am package dependency:build-classpath -DskipTests -Dspotless.check.skip=true \
      -Dmaven.javadoc.skip=true -Dmdep.outputFile="$work/testkit.classpath" >&2
    testkit="$root/ospo-testkit/target/classes:$(cat "$work/testkit.classpath")"
    rm -rf "$work/generator" && mkdir -p "$work/generator"
    javac -d "$work/generator" -cp "$testkit" \
      benchmarks/src/main/java/eu/ospo/benchmarks/ScaleCommunity.java \
      benchmarks/src/main/java/eu/ospo/benchmarks/WriteCommunity.java
    "$java" -cp "$work/generator:$testkit" eu.ospo.benchmarks.WriteCommunity 200 "$community" >&2
  fi
  ;;
esac

case " $sections " in *" community "*)
  echo "## A big run: \`governance check\` of the 200-organisation community ($(( $(wc -c <"$community/governance.yml") / 1024 )) KiB of governance.yml)"
  echo
  direct="$java -Xlog:disable $map=$archive_all $exit_option -cp $classpath eu.ospo.cli.Main governance check --date 2025-07-01 $community"
  bench "$work/community.csv" \
    -n "java -version" "$java -version" \
    -n "bin/ospo governance check" "$launcher governance check --date 2025-07-01 $community" \
    -n "the launcher's JVM options with the archive" "$java $fast ${direct#"$java "}" \
    -n "JVM defaults (C2 and G1) with the archive" "$direct"
  table "$work/community.csv" 3
  echo "Ratios against row 3: row 4 below 1 would mean the launcher's options cost the big run time."
  echo
  ;;
esac

case " $sections " in *" flags "*)
  echo "## Each JVM option of the launcher, one at a time (one file, and the corpus when present)"
  echo
  base="$java -Xlog:disable $map=$archive"
  run="$exit_option -cp $classpath eu.ospo.cli.Main publiccode validate $file"
  bench "$work/flags-one.csv" \
    -n "all four (C1 only; serial GC; no perf data; 8 MiB young generation)" "$base $validate_fast $run" \
    -n "without -Xmn8m" "$base $fast $run" \
    -n "without -XX:TieredStopAtLevel=1" "$base -XX:+UseSerialGC -XX:-UsePerfData $run" \
    -n "without -XX:+UseSerialGC" "$base -XX:TieredStopAtLevel=1 -XX:-UsePerfData $run" \
    -n "without -XX:-UsePerfData" "$base -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $run" \
    -n "none (JVM defaults) with the archive" "$base $run"
  table "$work/flags-one.csv" 1
  ;;
esac
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
