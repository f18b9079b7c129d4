import { parse, print, type DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';
import * as generated from '../../gql/graphql';
import * as documents from './documents';

const files: Record<keyof typeof documents, string> = {
  LoginDocument: 'Login.graphql',
  RefreshTokenDocument: 'auth-exchange.graphql',
  CurrentUserDocument: 'useCurrentUser.graphql',
  LogoutDocument: 'useSignOut.graphql',
};

describe('sign-in documents', () => {
  it.each(Object.entries(files))('%s is the text of %s and of the generated document', (name, file) => {
    const ours = print(documents[name as keyof typeof documents]);
    expect(ours).toBe(print(parse(readFileSync(new URL(file, import.meta.url), 'utf8'))));
    expect(ours).toBe(print((generated as unknown as Record<string, DocumentNode>)[name]));
  });
});
