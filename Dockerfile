# pinpoint-email-mock: docker build -t pinpoint-email-mock . && docker run -p 8080:8080 pinpoint-email-mock
# A plain Dockerfile: BuildKit and the legacy builder both build it. docker/verify.sh builds and checks it for real.

# ---- build stage: the runnable jar, extracted so that the AOT cache can cover it --------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# The wrapper and the POM first, so that Maven and the dependencies stay in a cached layer until pom.xml changes.
# A failure here fails the build. (mvnw downloads Maven itself; without curl or wget it uses a small Java downloader.)
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN sh ./mvnw -B -q dependency:go-offline

# The runnable jar is the one with the "exec" classifier (the plain jar is the library for JUnit users). "extract"
# lays it out as app.jar + lib/ (no nested jars), which the AOT cache needs.
COPY src/main/ src/main/
RUN sh ./mvnw -B -q package -Dmaven.test.skip=true \
 && cp target/pinpoint-email-mock-*-exec.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --layers --destination extracted --application-filename app.jar

# ---- run stage: a Java 25 runtime, nothing installed --------------------------------------------------------------
FROM eclipse-temurin:25-jre

RUN useradd --system --user-group --uid 10001 --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin app

# The working directory is where Spring Boot looks for application.properties and config/application.properties:
# mount one there to configure by file.
WORKDIR /app
# Libraries first: they change less often than the application.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
COPY docker/healthcheck.sh /app/healthcheck
COPY docker/entrypoint.sh /app/entrypoint
COPY docker/train.sh /tmp/train.sh

# The AOT cache (JEP 483/514): a training run at build time, with this image's JVM and the same class path as at run
# time (start-up, then the calls a test suite makes, then SIGTERM), leaves /app/app.aot with the classes loaded and
# linked and the methods' profiles; the application then starts in about half the time.
# It runs with the default heap cap of docker/entrypoint.sh (another heap size at run time still uses the cache).
RUN bash /tmp/train.sh /app/app.aot -XX:MaxRAM=1g -XX:MaxRAMPercentage=50 -Xlog:aot=error -jar /app/app.jar \
 && rm -rf /tmp/train.sh /tmp/jetty* /tmp/hsperfdata_* \
 && chmod 0755 /app/healthcheck /app/entrypoint

USER app
EXPOSE 8080

# Follows the port however it is set (SERVER_PORT, --server.port, a config file): see docker/healthcheck.sh.
HEALTHCHECK --interval=5s --timeout=5s --start-period=60s --retries=3 CMD ["/app/healthcheck"]

# docker/entrypoint.sh: a heap of at most 512 MB (half the container's memory limit when that is under 1 GB), unless
# JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS sets one; then exec java -XX:AOTCache=/app/app.aot -jar /app/app.jar, so java
# is PID 1 and docker stop shuts it down gracefully. Arguments after the image name are the application's
# (--server.port=9090, --mock.auth.mode=strict, ...).
ENTRYPOINT ["/app/entrypoint"]
