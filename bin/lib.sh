# Shared by the launchers in bin/: build-on-first-use and the JVM settings every process needs.

# Lance's full-text index build deadlocks with fewer than 2 native threads (read at JVM start).
export LANCE_CPU_THREADS="${LANCE_CPU_THREADS:-4}"

omnigraph_jvm_flags() {
  # Arrow needs reflective access to java.nio on every JVM.
  echo "--add-opens=java.base/java.nio=ALL-UNNAMED -XX:+UseParallelGC -Xss4m"
}

omnigraph_jar() {
  # No jar yet is a normal answer (empty), not a failure of the launcher.
  { ls "$ROOT/$1/target/$1"-*.jar 2>/dev/null || true; } | { grep -v -e '-sources' -e '-tests' || true; } | head -n 1
}

omnigraph_classpath() {
  echo "$(omnigraph_jar "$1"):$ROOT/$1/target/lib/*"
}

# Builds module $1 (and what it needs) when its jar is missing or any main source is newer than it
# (test sources do not change the launcher).
omnigraph_ensure_built() {
  local module="$1" jar stale=""
  jar="$(omnigraph_jar "$module")"
  if [ -z "$jar" ] || [ ! -d "$ROOT/$module/target/lib" ]; then
    stale="yes"
  elif [ -n "$(find "$ROOT" \( -path "$ROOT/*/target" -o -path "$ROOT/*/src/test" \) -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]; then
    stale="yes"
  fi
  if [ -n "$stale" ]; then
    command -v mvn >/dev/null || { echo "omnigraph: Maven (mvn) is needed to build the project" >&2; exit 1; }
    echo "omnigraph: building $module (first run or sources changed; about a minute)..." >&2
    local log
    log="$(mktemp)"
    # copy-dependencies never removes a jar: start from an empty target/lib, so a dependency that
    # was dropped (e.g. jar-jni, replaced in omnigraph-core) cannot linger on the class path.
    rm -rf "$ROOT/$module/target/lib"
    if ! (cd "$ROOT" && mvn -q -B -DskipTests -pl "$module" -am package) >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "omnigraph: build failed" >&2
      exit 1
    fi
    rm -f "$log"
  fi
}
