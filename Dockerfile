# syntax=docker/dockerfile:1
# Build: the Maven wrapper fetches Maven; dependencies are cached in their own layer.
# Java 25 runs the image (the code targets Java 17): its ahead-of-time cache (JEP 483/514/515) starts the server
# faster than Java 17's class-data sharing can (docs/performance.md).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY server/pom.xml server/
# every module's pom: the reactor reads them all, even when building the server only (-pl server)
COPY cloudtwin-admin-client/pom.xml cloudtwin-admin-client/
COPY cloudtwin-junit/pom.xml cloudtwin-junit/
COPY cloudtwin-testcontainers/pom.xml cloudtwin-testcontainers/
RUN ./mvnw -B -q -pl server dependency:go-offline
COPY server/src server/src
RUN ./mvnw -B -q -DskipTests -pl server package \
 && java -Djarmode=tools -jar server/target/cloudtwin.jar extract --destination /app

# Training, on the runtime image itself: an AOT cache is tied to the Java that wrote it (its lib/modules, its
# version), and a JDK's cache is refused by a JRE ("This file is not the one used while building the shared archive
# file"; the server then starts without it). Start with the image's GC and both ports, exit once ready
# (admin/Training.java); the classes the start loaded and linked go into the AOT cache. Requests are not trained: the
# cache's classes are all loaded at every start, and with both clouds' calls in it the server was 11 MB larger after
# its start for no gain in its first answer or a cold test suite (docs/performance.md).
FROM eclipse-temurin:25-jre AS train
COPY --from=build /app /app
RUN CLOUDTWIN_PORT=0 java -Dspring.aot.enabled=true -XX:+UseSerialGC -XX:AOTCacheOutput=/app/cloudtwin.aot \
        -jar /app/cloudtwin.jar --cloudtwin.training=true

# Run: the same JRE that wrote the cache, a non-root user, a data directory.
FROM eclipse-temurin:25-jre
RUN groupadd --system cloudtwin && useradd --system --gid cloudtwin --uid 10001 --home-dir /data cloudtwin \
    && mkdir -p /data && chown cloudtwin:cloudtwin /data
# extracted jar + AOT cache from a training run + Spring AOT: ready in under 2 s. The cache's classes are used, its
# method profiles are not (-AOTReplayTraining): with them the Aliyun binding calls ran 25% slower once warm
# (docs/performance.md); nor its adapter and stub code (-AOTAdapterCaching, -AOTStubCaching): Temurin 25.0.3 fails to
# link one adapter and warns twice at every start, for no time saved. The client compiler only (TieredStopAtLevel=1): a test suite's server runs for seconds
# to minutes, and C2 spends them compiling on the cores the tests need; with C1 alone the cold suite (start plus
# 2,000 calls) took half the time and the start less memory, for about half the peak throughput once fully warm,
# still several times moto's (docs/performance.md, "The client compiler only"). A heap that grows only as the store does (32 MB up to 384 MB), a small young generation,
# two malloc arenas trimmed every second (the JIT's freed memory otherwise stays resident). JAVA_OPTS can be
# overridden (docs/configuration.md).
COPY --from=train /app /app
USER cloudtwin
ENV CLOUDTWIN_PORT=8080
# HTTPS beside HTTP (the alicloud Terraform provider's default protocol); its CA is kept in /data/.cloudtwin/tls and
# served at /_cloudtwin/tls/ca.pem (docs/aliyun.md#https)
ENV CLOUDTWIN_TLS_PORT=8443
# the server binds 127.0.0.1 by default; inside its own container it must listen on the container's interfaces
ENV CLOUDTWIN_BIND_ADDRESS=0.0.0.0
ENV JAVA_OPTS="-Dspring.aot.enabled=true -XX:AOTCache=/app/cloudtwin.aot -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining -XX:-AOTAdapterCaching -XX:-AOTStubCaching -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xmn16m -Xmx384m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k -XX:TrimNativeHeapInterval=1000"
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080 8443
# the jar checks its own health: no curl or wget needed in the image
HEALTHCHECK --interval=10s --timeout=5s --start-period=40s --retries=3 CMD java -jar /app/cloudtwin.jar healthcheck
# exec: java is PID 1 and gets docker stop's SIGTERM
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/cloudtwin.jar \"$@\"", "cloudtwin"]
