#!/usr/bin/env bash
# Cold start of the CLI against the JVM's own floor.
#
# Runs `java -version` N times and `java -jar ospo-cli/target/ospo-cli-*.jar publiccode validate <file>`
# N times (each a fresh JVM), measures wall time with `date +%s%N`, and prints the medians and their
# ratio as a Markdown table. Builds nothing: build the CLI first (./mvnw -B -q -pl ospo-cli -am package
# -DskipTests from the repository root).
#
# Usage: benchmarks/cold-start.sh [publiccode.yml]    (N=10 by default; override with N=20 ...)
# Default file: examples/repositories/shared-permits/publiccode.yml, else a valid corpus file.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${N:-10}"
java_cmd="${JAVA:-java}"

jar=""
for candidate in ospo-cli/target/ospo-cli-*.jar; do
  case "$candidate" in
    *-sources.jar | *-javadoc.jar | *-tests.jar | *'*'*) ;;
    *) jar="$candidate"; break ;;
  esac
done
if [[ -z "$jar" ]]; then
  echo "cold-start.sh: no CLI jar in ospo-cli/target/; build it first, e.g." >&2
  echo "  ./mvnw -B -q -pl ospo-cli -am package -DskipTests" >&2
  exit 2
fi

file="${1:-}"
if [[ -z "$file" ]]; then
  if [[ -f examples/repositories/shared-permits/publiccode.yml ]]; then
    file=examples/repositories/shared-permits/publiccode.yml
  else
    file="${OSPO_CORPUS_FILE:-../shared/corpus/publiccode-real/CatalaLang__catala.yml}"
  fi
fi
if [[ ! -f "$file" ]]; then
  echo "cold-start.sh: $file does not exist; pass a publiccode.yml as the first argument" >&2
  exit 2
fi

now() { date +%s%N; }

# median of the numbers on stdin (mean of the two middle ones when the count is even)
median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.1f", v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# one untimed run of each, so the page cache holds the JDK and the jar for every timed run
"$java_cmd" -version >/dev/null 2>&1
set +e
"$java_cmd" -jar "$jar" publiccode validate "$file" >/dev/null 2>&1
status=$?
set -e
if [[ $status -ne 0 ]]; then
  echo "cold-start.sh: warning: 'publiccode validate $file' exited with $status (not a valid file?)" >&2
  "$java_cmd" -jar "$jar" publiccode validate "$file" >&2 || true
fi

version_ms=()
for ((i = 0; i < n; i++)); do
  start=$(now)
  "$java_cmd" -version >/dev/null 2>&1
  end=$(now)
  version_ms+=("$(( (end - start) / 1000000 ))")
done

validate_ms=()
for ((i = 0; i < n; i++)); do
  start=$(now)
  "$java_cmd" -jar "$jar" publiccode validate "$file" >/dev/null 2>&1 || true
  end=$(now)
  validate_ms+=("$(( (end - start) / 1000000 ))")
done

version_median=$(printf '%s\n' "${version_ms[@]}" | median)
validate_median=$(printf '%s\n' "${validate_ms[@]}" | median)
ratio=$(awk -v a="$validate_median" -v b="$version_median" 'BEGIN { printf "%.1f", a / b }')

echo "java -version runs (ms):   ${version_ms[*]}" >&2
echo "validate runs (ms):        ${validate_ms[*]}" >&2
echo "jar: $jar; file: $file; exit status: $status; N=$n" >&2
echo "| \`java -version\` median | \`ospo publiccode validate\` median | ratio |"
echo "|---:|---:|---:|"
echo "| ${version_median} ms | ${validate_median} ms | ${ratio}x |"
