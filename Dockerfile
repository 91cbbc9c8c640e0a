# Briefing Gateway on the official Open Liberty image (kernel-slim: only the features server.xml
# names are installed). Build the application first: ./mvnw -B package -DskipTests
# then: docker build -t briefing-gateway .
# Configure by environment (see docs/operations.md, Production): DB_KIND=postgres DB_URL DB_USER DB_PASSWORD
# BROKER_HOST BROKER_PORT BROKER_USER BROKER_PASSWORD SMTP_HOST SMTP_PORT SMTP_USER SMTP_PASSWORD
# SMTP_AUTH SMTP_STARTTLS SMTP_SSL MAIL_FROM APP_BASE_URL BRIEFING_API_KEYS OPERATOR_USER
# OPERATOR_PASSWORD KEYSTORE_PASSWORD LINK_SECRET LOG_FORMAT=JSON. The image runs in production mode
# (BRIEFING_ENV=production): it refuses to start until the passwords, keys, https and SMTP TLS are set.
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal

COPY --chown=1001:0 server-config/liberty/ /config/
RUN features.sh

# The JDBC drivers and the Artemis resource adapter (artemis.rar) assembled by the build.
COPY --chown=1001:0 target/liberty/wlp/usr/shared/resources/ /opt/ol/wlp/usr/shared/resources/
COPY --chown=1001:0 target/briefing-gateway.war /config/dropins/

# In a container the service listens on every interface; outside one, on loopback by default.
ENV DB_KIND=postgres \
    LOG_FORMAT=JSON \
    HTTP_HOST=* \
    BRIEFING_ENV=production

RUN configure.sh
