# Incident ledger: one image with the assembled Spring Boot app (module `app`).
# Build:  docker build -t incident-ledger .      Run: see docker-compose.yml

# ---- build stage ------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# Wrapper first: the Maven download stays in a cached layer while sources change.
COPY mvnw ./
COPY .mvn/ .mvn/
RUN chmod +x mvnw && ./mvnw -q -B --version

COPY . .
RUN ./mvnw -q -B -DskipTests package -pl app -am

# ---- runtime stage ----------------------------------------------------------
FROM eclipse-temurin:17-jre

# Non-root user; /app is its working dir (the embedded default writes under ./data).
RUN groupadd --system --gid 10001 ledger \
 && useradd --system --uid 10001 --gid ledger --home-dir /app --shell /usr/sbin/nologin ledger \
 && mkdir -p /app/data \
 && chown -R ledger:ledger /app
WORKDIR /app

COPY --from=build --chown=ledger:ledger /src/app/target/incident-ledger-app.jar /app/incident-ledger-app.jar

USER ledger:ledger
EXPOSE 8080
# a heap bounded by the container's memory; override with JAVA_TOOL_OPTIONS
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# glibc's default of 8 malloc arenas per core costs 100-200 MB of resident memory in a JVM with many threads
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-jar", "/app/incident-ledger-app.jar"]
