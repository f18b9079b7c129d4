import { dynamicImportsToPreload } from '../build/preload-entry-imports.mjs';

const chunk = (imports: string[] = []) => ({ type: 'chunk', imports });

describe('dynamicImportsToPreload', () => {
  it("lists the entry's dynamic imports and what they import, once each, without the entry or its static imports", () => {
    const entry = { fileName: 'index.js', imports: ['vendor.js'], dynamicImports: ['client.js', 'start.js'] };
    const bundle = {
      'index.js': chunk(['vendor.js']),
      'vendor.js': chunk(),
      'client.js': chunk(['react.js', 'index.js']),
      'start.js': chunk(['react.js', 'i18n.js', 'vendor.js']),
      'react.js': chunk(),
      'i18n.js': chunk(['react.js']),
      'booking.js': chunk(['react.js']),
      'style.css': { type: 'asset' },
    };
    expect(dynamicImportsToPreload(entry, bundle)).toEqual(['client.js', 'react.js', 'start.js', 'i18n.js']);
  });

  it('preloads nothing for an entry without dynamic imports', () => {
    expect(dynamicImportsToPreload({ fileName: 'home.js', imports: [], dynamicImports: [] }, {})).toEqual([]);
  });
});
