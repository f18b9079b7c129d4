import { loadScreenStrings } from '../i18n';

/** A layout route: its pages only for the roles that may run `operation`, the others to their landing page. */
export async function gate(operation: string) {
  const { RequireOperation } = await import('../shell');
  return { element: <RequireOperation operation={operation} /> };
}

/** A screen's module, once the screens' strings are there too (downloaded in parallel). */
export async function withStrings<M>(module: Promise<M>): Promise<M> {
  const [loaded] = await Promise.all([module, loadScreenStrings()]);
  return loaded;
}
