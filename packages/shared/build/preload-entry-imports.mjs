/**
 * A Vite plugin: `<link rel="modulepreload">` in the built HTML for the chunks its entry imports
 * dynamically, and for what those chunks import.
 *
 * An entry that only starts dynamic imports (web-public's `src/main.tsx`, so that each part is
 * evaluated in its own task) would otherwise make the browser wait for the entry before it even
 * asks for the rest: one more round trip on a phone's network. Vite preloads an entry's static
 * imports, not its dynamic ones; this adds those, so every chunk of the first view is requested
 * as soon as the HTML is read, and still evaluated only when the entry imports it.
 *
 * Plain JavaScript (not TypeScript): Vite loads it with the app's config, through Node.
 */

/**
 * The files to preload for `entry`: its dynamic imports and their static imports, transitively,
 * minus the entry and what it already imports statically (Vite preloads those itself).
 * @param {{ fileName: string; imports: string[]; dynamicImports: string[] }} entry
 * @param {Record<string, { type: string; imports?: string[] }>} bundle
 * @returns {string[]}
 */
export function dynamicImportsToPreload(entry, bundle) {
  const already = new Set([entry.fileName, ...entry.imports]);
  const files = new Set();
  const add = (fileName) => {
    if (files.has(fileName) || already.has(fileName)) return;
    const chunk = bundle[fileName];
    if (chunk === undefined || chunk.type !== 'chunk') return;
    files.add(fileName);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  for (const fileName of entry.dynamicImports) add(fileName);
  return [...files];
}

/** @returns {import('vite').Plugin} */
export function preloadEntryImports() {
  let base = '/';
  return {
    name: 'serenaia:preload-entry-imports',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (ctx.bundle === undefined || ctx.chunk === undefined) return [];
        return dynamicImportsToPreload(ctx.chunk, ctx.bundle).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
