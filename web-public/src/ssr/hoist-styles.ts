/** An Emotion style element as `renderToString` writes it: `<style data-emotion="css 1a2b">…</style>`. */
const STYLE = /<style data-emotion="[^"]*"[^>]*>([\s\S]*?)<\/style>/g;

/**
 * Takes Emotion's style elements out of server-rendered markup and returns their rules, in document
 * order (a later rule keeps winning over an earlier one of the same specificity), each rule once.
 * Rules never contain `</style>` (Emotion serialises CSS, and the markup is React's own).
 */
export function hoistStyles(markup: string): { html: string; css: string } {
  const seen = new Set<string>();
  const rules: string[] = [];
  const html = markup.replace(STYLE, (_whole, css: string) => {
    if (!seen.has(css)) {
      seen.add(css);
      rules.push(css);
    }
    return '';
  });
  return { html, css: rules.join('') };
}
