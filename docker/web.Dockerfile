# A Sérénaia single-page app built with Vite and served by nginx, which also reverse-proxies the
# API paths to the Node server. One Dockerfile for both apps, chosen with the APP build argument:
#   docker build -f docker/web.Dockerfile --build-arg APP=web-public -t serenaia-web-public .
#   docker build -f docker/web.Dockerfile --build-arg APP=web-crm    -t serenaia-web-crm .
# web-public is served at /, web-crm at /crm/ (its Vite build has base '/crm/').
# Works with the classic builder and BuildKit alike (no BuildKit-only syntax).

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.27-alpine

# ---------------------------------------------------------------------------------------------
# build: npm 11 (honours the root "allowScripts"), the app's workspace dependencies, vite build.
# The build output is arranged under /out the way nginx serves it: / or /crm/.
# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
ARG APP
ARG NPM_VERSION=11.19.1
RUN case "${APP}" in \
      web-public|web-crm) ;; \
      *) echo "Build argument APP must be web-public or web-crm (got '${APP}')" >&2; exit 1 ;; \
    esac
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install -g "npm@${NPM_VERSION}" && npm --version
WORKDIR /app
# Every workspace manifest is copied: `npm ci` checks the whole lock against them.
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY web-public/package.json web-public/
COPY web-crm/package.json web-crm/
COPY packages/shared/package.json packages/shared/
COPY packages/test-support/package.json packages/test-support/
RUN npm ci -w "${APP}" --include-workspace-root=false
# schema.graphql is what the apps' GraphQL codegen reads, should a build step ever need it.
COPY schema.graphql ./
# What both apps share (theme, formatting, Paris time…), compiled into the app's bundle by Vite.
COPY packages/shared/ ./packages/shared/
# The app's build ends by writing .br/.gz twins of its text files (served by gzip_static).
COPY scripts/precompress.mjs ./scripts/
COPY ${APP}/ ./${APP}/
RUN npm run build -w "${APP}" \
    && test -f "${APP}/dist/index.html" \
    && if [ "${APP}" = web-crm ]; then mkdir -p /out/crm && cp -R "${APP}/dist/." /out/crm/; \
       else mkdir -p /out && cp -R "${APP}/dist/." /out/; fi

# ---------------------------------------------------------------------------------------------
# runtime: nginx. The config is a template rendered by the image's entrypoint at start-up
# (see docker/nginx/<app>.conf); SERENAIA_API_UPSTREAM points at the Node server.
# ---------------------------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
ARG APP
ENV SERENAIA_APP=${APP} \
    SERENAIA_API_UPSTREAM=server:3000 \
    NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1
# The image's own default site and welcome page are replaced, not merged with ours.
RUN rm -rf /etc/nginx/conf.d/default.conf /usr/share/nginx/html/*
COPY docker/nginx/snippets/ /etc/nginx/snippets/
COPY docker/nginx/${APP}.conf /etc/nginx/templates/default.conf.template
COPY --from=build /out/ /usr/share/nginx/html/
EXPOSE 80
# busybox wget (no curl needed): the app shell must be served.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD wget -q -O /dev/null "http://127.0.0.1$([ "$SERENAIA_APP" = web-crm ] && echo /crm)/index.html" || exit 1
