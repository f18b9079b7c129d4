import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every `src/**/*.graphql` operation, from the committed schema (never a live server).
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
