// The official `ovh` package ships no types; this is the part Sérénaia uses.
declare module 'ovh' {
  interface OvhClientOptions {
    appKey: string;
    appSecret: string;
    consumerKey?: string;
    host?: string;
    port?: number;
    basePath?: string;
    timeout?: number;
  }
  interface OvhClient {
    requestPromised(method: string, path: string, params?: Record<string, unknown>): Promise<unknown>;
  }
  function ovh(options: OvhClientOptions): OvhClient;
  export = ovh;
}
