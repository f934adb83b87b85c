#!/usr/bin/env bash
# Offline chain benchmark: the time LeadGate spends on one lead without a database or Spring (normalise the payload,
# run the built-in phone, email and IP checks, evaluate the demo's rules), measured with JMH; prints mean and p99.
#
#   benchmarks/offline-chain/run.sh [options] [-- extra JMH options, e.g. -i 5 -r 5 or -p stopOnReject=false]
#
# Options:
#   --rebuild-app     install the application jar even if the installed one looks current
#   --no-app-build    never install the application jar (use the one in the local Maven repository as it is)
#   --wait-idle S     first wait up to S seconds for other processes to leave the cores mostly idle (under 25% of one
#                     core for 6 s in a row); 0 to not wait (default 120)
# The application jar is installed from this checkout (build dir target-jmh) when it is missing or older than src/main
# or pom.xml. JMH's JSON and text output go to benchmarks/offline-chain/target/results/ (ignored by git). The summary
# says how many cores other processes used during the run: on a shared host, figures are only as clean as that.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

rebuild_app=0; no_app_build=0; wait_idle=120; jmh_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rebuild-app) rebuild_app=1; shift ;;
    --no-app-build) no_app_build=1; shift ;;
    --wait-idle) wait_idle="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; jmh_args=("$@"); break ;;
    *) usage >&2; exit 2 ;;
  esac
done

# A JDK 21+, found as ./mvnw finds it.
. "$root/.mvn/find-jdk.sh"
java="$JAVA_HOME/bin/java"

app_jar="${MAVEN_REPO:-$HOME/.m2/repository}/io/leadgate/leadgate/0.1.0-SNAPSHOT/leadgate-0.1.0-SNAPSHOT.jar"
stale=""
if [ ! -f "$app_jar" ]; then
  stale="not installed"
elif [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$app_jar" -type f -print -quit)" ]; then
  stale="older than the sources"
fi
if [ "$no_app_build" = 1 ]; then
  [ -f "$app_jar" ] || { echo "offline-chain: $app_jar is not installed; run without --no-app-build" >&2; exit 1; }
elif [ "$rebuild_app" = 1 ] || [ -n "$stale" ]; then
  echo "== installing the application jar (${stale:-asked}), build dir target-jmh"
  if ! (cd "$root" && ./mvnw -q -Dleadgate.build.dir=target-jmh -DskipTests install); then
    # a shared checkout may be mid-edit: measure the last jar that built rather than nothing, and say so
    [ -f "$app_jar" ] || { echo "offline-chain: the application does not build and none is installed" >&2; exit 1; }
    echo "== WARNING: the application does not build; measuring the jar installed $(date -u -r "$app_jar" '+%F %H:%M UTC')"
  fi
fi

echo "== building the benchmark"
(cd "$root" && ./mvnw -q -f benchmarks/offline-chain/pom.xml package)

echo "== Java $("$java" -XshowSettings:properties -version 2>&1 | sed -n "s/^ *java.version = //p")"
python3 "$here/measure.py" "$wait_idle" "$java" "$here/target/benchmarks.jar" "$here/target/results" "${jmh_args[@]}"
