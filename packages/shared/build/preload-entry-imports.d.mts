import type { Plugin } from 'vite';

export declare function dynamicImportsToPreload(
  entry: { fileName: string; imports: string[]; dynamicImports: string[] },
  bundle: Record<string, { type: string; imports?: string[] }>,
): string[];
export declare function preloadEntryImports(): Plugin;
