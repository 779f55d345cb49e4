# ---- build stage -------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# The wrapper and the POM first, so that Maven and the dependencies stay in a cached layer until pom.xml changes.
# (mvnw downloads Maven itself; with neither curl nor wget it falls back to a small Java downloader.)
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN chmod +x mvnw && (./mvnw -B -q dependency:go-offline || true)

COPY src/ src/
RUN ./mvnw -B -q package -DskipTests \
 && cp target/pinpoint-email-mock-*-exec.jar /build/app.jar

# ---- run stage ---------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# curl for the HEALTHCHECK only; the JRE image does not promise one.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin app

WORKDIR /app
COPY --from=build --chown=app:app /build/app.jar /app/app.jar

USER app
EXPOSE 8080

# SERVER_PORT, when set, moves the server and so the health check with it.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS "http://localhost:${SERVER_PORT:-8080}/actuator/health" > /dev/null || exit 1

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
