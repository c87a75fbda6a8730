#!/usr/bin/env bash
# Runs the Spark job on this machine, without a Spark installation: Spark in local mode from the build's classpath.
#   sitrep-spark/run-local.sh [--master 'local[N]'] --out DIR INPUT...      (default master: local[*])
# Builds the module first when its sources changed (mvn package, never install). SITREP_SPARK_HEAP sets the heap.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cp="$here/target/classpath.txt"
if [ ! -f "$cp" ] || [ "$here/pom.xml" -nt "$cp" ] \
   || [ -n "$(find "$root" -path '*/src/main/*' -newer "$cp" -print -quit 2>/dev/null)" ]; then
  echo "sitrep-spark: building..." >&2
  (cd "$root" && mvn -B -q -Dstyle.color=never -pl sitrep-spark -am package -DskipTests \
      dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test) >&2
fi
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"   # local mode: loopback only
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
jar="$(ls "$here"/target/sitrep-spark-*.jar | grep -v assembly | head -1)"
# shellcheck disable=SC2086
exec java -Xmx"${SITREP_SPARK_HEAP:-6g}" $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true -cp "$jar:$(cat "$cp")" dev.sitrep.spark.SitrepJob "$@"
