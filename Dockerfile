# Briefing Gateway on the official Open Liberty image (kernel-slim: only the features server.xml
# names are installed), built from the sources in two stages: docker build -t briefing-gateway .
# Configure by environment (see docs/operations.md, Production): DB_KIND=postgres DB_URL DB_USER DB_PASSWORD
# BROKER_HOST BROKER_PORT BROKER_USER BROKER_PASSWORD SMTP_HOST SMTP_PORT SMTP_USER SMTP_PASSWORD
# SMTP_AUTH SMTP_STARTTLS SMTP_SSL MAIL_FROM APP_BASE_URL BRIEFING_API_KEYS OPERATOR_USER
# OPERATOR_PASSWORD KEYSTORE_PASSWORD LINK_SECRET LOG_FORMAT=JSON. The image runs in production mode
# (BRIEFING_ENV=production): it refuses to start until the passwords, keys, https and SMTP TLS are set.

# Stage 1: the war, the JDBC drivers and the Artemis resource adapter, as `./mvnw package` makes them.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
COPY server-config/ server-config/
RUN ./mvnw -B -q package -DskipTests

# Stage 2: Open Liberty with the same runtime version as the build (liberty.runtime.version); Java 17
# images are "-ubi" (https://openliberty.io/docs/latest/container-images.html).
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi

COPY --chown=1001:0 server-config/liberty/ /config/
RUN features.sh

# The JDBC drivers and the Artemis resource adapter (artemis.rar) assembled by the build.
COPY --from=build --chown=1001:0 /src/target/liberty/wlp/usr/shared/resources/ /opt/ol/wlp/usr/shared/resources/
COPY --from=build --chown=1001:0 /src/target/briefing-gateway.war /config/dropins/

# In a container the service listens on every interface; outside one, on loopback by default.
ENV DB_KIND=postgres \
    LOG_FORMAT=JSON \
    HTTP_HOST=* \
    BRIEFING_ENV=production

RUN configure.sh
