import type { Plugin } from 'vite';

export declare function muiWithoutCssVariables(): Plugin;
