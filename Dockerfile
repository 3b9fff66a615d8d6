# syntax=docker/dockerfile:1
# Build: the Maven wrapper fetches Maven; dependencies are cached in their own layer.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

# Run: a JRE, a non-root user, the jar, a data directory for the durable H2 store.
FROM eclipse-temurin:17-jre
RUN groupadd --system cloudtwin && useradd --system --gid cloudtwin --uid 10001 --home-dir /data cloudtwin \
    && mkdir -p /data && chown cloudtwin:cloudtwin /data
COPY --from=build /src/target/cloudtwin.jar /app/cloudtwin.jar
USER cloudtwin
ENV CLOUDTWIN_PORT=8080
EXPOSE 8080
# the jar checks its own health: no curl or wget needed in the image
HEALTHCHECK --interval=10s --timeout=5s --start-period=40s --retries=3 CMD java -jar /app/cloudtwin.jar healthcheck
ENTRYPOINT ["java", "-XX:TieredStopAtLevel=1", "-jar", "/app/cloudtwin.jar"]
