# Shared by jobs/claimtrace and jobs/submit: locate (and if needed build) the job jar and the
# runtime classpath, and the JVM flags Spark needs on Java 17.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LIB="$ROOT/target/lib"

# Prints the job jar's path, or nothing when it is not built yet. A glob, not `ls | head`: under
# `set -euo pipefail` a failing ls would end the calling script before it could build the jar.
job_jar() {
  local f
  for f in "$ROOT"/target/claimtrace-*-job.jar; do
    if [ -e "$f" ]; then
      echo "$f"
      return 0
    fi
  done
  return 0
}

# Builds the job jar and target/lib on first use, and again when sources changed since.
ensure_built() {
  local jar
  jar=$(job_jar)
  if [ -n "$jar" ] && [ -d "$LIB" ] && [ -z "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || { echo "claimtrace: cannot build: mvn is not on the PATH (install Maven 3.8+ and Java 17)" >&2; exit 2; }
  echo "claimtrace: building the job jar (first use or sources changed; log in target/build.log)..." >&2
  mkdir -p "$ROOT/target"
  if ! (cd "$ROOT" && mvn -B -DskipTests package >"$ROOT/target/build.log" 2>&1); then
    echo "claimtrace: build failed; see $ROOT/target/build.log" >&2
    tail -n 30 "$ROOT/target/build.log" >&2
    exit 1
  fi
}

JAVA_FLAGS=(
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true
  -Dfile.encoding=UTF-8
  -Duser.timezone=UTC
  # Throughput collector for a batch job: with G1 the cluster stage's large shuffle blocks are humongous
  # allocations that start a concurrent marking cycle every ~0.15 s (bench-lsh, JFR); ParallelGC was
  # 1.2x faster at 200k claims and flattened the cost per claim from 100k to 1M.
  -XX:+UseParallelGC
)
LOG_CONF="$ROOT/jobs/conf/log4j2.properties"
