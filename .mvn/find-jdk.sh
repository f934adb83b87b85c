# Sourced by ./mvnw: LeadGate needs a JDK 21 or newer. When JAVA_HOME is unset or points at an older JDK, and the
# `java` on the PATH is older too, pick the newest JDK 21+ installed under /usr/lib/jvm (or /opt/java, ~/.sdkman).
lg_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
lg_jdk_ok() {
  [ -x "$1/bin/javac" ] || return 1
  lg_major=$(lg_java_major "$1/bin/java")
  [ -n "$lg_major" ] && [ "$lg_major" -ge 21 ]
}
if [ -n "${JAVA_HOME-}" ] && lg_jdk_ok "$JAVA_HOME"; then
  :
elif [ -z "${JAVA_HOME-}" ] && command -v javac >/dev/null 2>&1 && lg_jdk_ok "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"; then
  :
else
  set +f  # ./mvnw runs with globbing off; the search below needs it
  lg_best=""
  lg_best_major=0
  for lg_jdk in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$lg_jdk" ] || continue
    if lg_jdk_ok "$lg_jdk" && [ "$lg_major" -gt "$lg_best_major" ]; then
      lg_best=$lg_jdk
      lg_best_major=$lg_major
    fi
  done
  if [ -n "$lg_best" ]; then
    JAVA_HOME=$lg_best
    export JAVA_HOME
    set -f
  else
    echo "LeadGate needs a JDK 21 or newer: install one and set JAVA_HOME to it." >&2
    exit 1
  fi
fi
