/**
 * Test-only helpers for the server's integration tests (`server/test`) and the browser tests (`e2e/`):
 * nothing here is imported by the apps, so nothing reaches a browser bundle.
 */
export { freePort } from './free-port.js';
export { gql, gqlOk, subscribe, wsClient } from './graphql.js';
export type { GqlError, GqlResponse, Subscription } from './graphql.js';
export { TestSmtpServer } from './smtp-server.js';
export type { ReceivedMail } from './smtp-server.js';
export { decodeQr, rasterisePdf, readQrInPdf, sampleModules } from './qr-reader.js';
export type { GreyImage, PdfBox } from './qr-reader.js';
export { unzip } from './unzip.js';
