import type { Plugin } from 'vite';

export declare function muiLazyNumberFormat(): Plugin;
