import { fillShell } from './page-shell.js';

const SHELL = `<!doctype html>
<html lang="fr">
  <head>
    <title>Institut de beauté</title>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
  </head>
  <body>
    <noscript>Ce site a besoin de JavaScript pour s’afficher.</noscript>
    <div id="root"></div>
  </body>
</html>`;

describe('fillShell', () => {
  it('puts the markup in #root, the title in <head> (escaped) and drops the notice', () => {
    const html = fillShell(SHELL, 'index.html', { html: '<h1>Réserver</h1>', title: 'Réserver · A & B' });
    expect(html).toContain('<div id="root"><h1>Réserver</h1></div>');
    expect(html).toContain('<title>Réserver · A &amp; B</title>');
    expect(html).not.toContain('noscript');
  });

  it('refuses a shell without an empty #root', () => {
    expect(() => fillShell('<html></html>', 'index.html', { html: '', title: '' })).toThrow(
      'index.html has no empty #root',
    );
  });
});
