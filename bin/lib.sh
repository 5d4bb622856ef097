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

# The module's jar, then exactly the runtime dependencies the build resolved (target/lib/classpath.txt,
# written by the build): a stale jar lying in target/lib stays off the class path.
omnigraph_classpath() {
  local target="$ROOT/$1/target"
  echo "$(omnigraph_jar "$1"):$(tr ':' '\n' <"$target/lib/classpath.txt" | sed "s#^#$target/#" | paste -sd: -)"
}

# Builds module $1 (and what it needs) when its jar is missing or a main source it is built from
# is newer than it: the root pom, omnigraph-core (every launched module's one dependency) and the
# module itself. Test sources and the other modules (examples, ...) do not change the launcher.
omnigraph_ensure_built() {
  local module="$1" jar stale=""
  jar="$(omnigraph_jar "$module")"
  if [ -z "$jar" ] || [ ! -f "$ROOT/$module/target/lib/classpath.txt" ]; then
    stale="yes"
  elif [ "$ROOT/pom.xml" -nt "$jar" ] || [ -n "$(find "$ROOT/omnigraph-core" "$ROOT/$module" \( -path '*/target' -o -path '*/src/test' \) -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]; then
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
    # Maven leaves an up-to-date jar as it is (a touched but unchanged source): mark the jar as
    # built now, or every later start would find the same source newer and build again.
    touch "$(omnigraph_jar "$module")"
  fi
}

# Class data sharing (AppCDS): an archive of the classes a server start loads (Jetty, Jackson,
# Logback, Arrow, ours) roughly halves the JVM's start-up. It is made by a training start of the
# demo after a build (and again whenever a jar is newer than it) and is only an optimisation: a JVM
# that cannot use it (another JDK, changed jars) starts normally, silently.
omnigraph_cds_archive() {
  echo "$ROOT/$1/target/$1.jsa"
}

omnigraph_cds_fresh() {
  local jsa
  jsa="$(omnigraph_cds_archive "$1")"
  [ -f "$jsa" ] && [ -z "$(find "$ROOT/$1/target" -maxdepth 2 -name '*.jar' -newer "$jsa" -print -quit)" ]
}

omnigraph_cds_flags() {
  if omnigraph_cds_fresh "$1"; then
    echo "-XX:SharedArchiveFile=$(omnigraph_cds_archive "$1") -Xlog:cds=off,cds+dynamic=off"
  fi
}

# Makes the archive of module $1 (main class $2) unless it is fresh: starts `$2 --demo` on an
# ephemeral port in a scratch directory, waits for "serving omnigraph", stops it with SIGTERM; the
# JVM writes the archive as it exits. Any failure just leaves no archive.
omnigraph_cds_train() {
  local module="$1" main="$2" dir pid port i
  omnigraph_cds_fresh "$module" && return 0
  echo "omnigraph: preparing a class-data archive for faster start-up (once per build)..." >&2
  dir="$(mktemp -d)"
  ( cd "$dir" && exec java $(omnigraph_jvm_flags) -XX:ArchiveClassesAtExit="$dir/archive.jsa" \
      -Xlog:cds=off,cds+dynamic=off -cp "$(omnigraph_classpath "$module")" "$main" --demo \
      --bind 127.0.0.1:0 >"$dir/log" 2>&1 ) &
  pid=$!
  for i in $(seq 1 600); do
    grep -q "serving omnigraph" "$dir/log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  port="$(sed -n 's/.*serving omnigraph .*bind=[^ ]*:\([0-9][0-9]*\).*/\1/p' "$dir/log" | head -n 1)"
  if [ -n "$port" ]; then
    # One health check and one read, so their classes are archived too.
    ( exec 3<>"/dev/tcp/127.0.0.1/$port" &&
      printf 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' >&3 &&
      cat <&3 >/dev/null ) 2>/dev/null || true
    local body='{"query_source":"query q() { match { $p: Person } return { $p.name } }"}'
    ( exec 3<>"/dev/tcp/127.0.0.1/$port" &&
      printf 'POST /read HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
        "${#body}" "$body" >&3 && cat <&3 >/dev/null ) 2>/dev/null || true
  fi
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -s "$dir/archive.jsa" ]; then
    mv -f "$dir/archive.jsa" "$(omnigraph_cds_archive "$module")" || true
  fi
  rm -rf "$dir"
  return 0
}
