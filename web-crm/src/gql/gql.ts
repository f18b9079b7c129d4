/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      role\n      firstName\n      lastName\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}": typeof types.RefreshTokenDocument,
    "query CurrentUser {\n  me {\n    id\n    email\n    role\n    firstName\n    lastName\n  }\n}": typeof types.CurrentUserDocument,
    "mutation Logout($input: RefreshTokenInput!) {\n  logout(input: $input)\n}": typeof types.LogoutDocument,
    "query InstituteIdentity {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n      timeZone\n    }\n  }\n}": typeof types.InstituteIdentityDocument,
};
const documents: Documents = {
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      role\n      firstName\n      lastName\n    }\n  }\n}": types.LoginDocument,
    "mutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}": types.RefreshTokenDocument,
    "query CurrentUser {\n  me {\n    id\n    email\n    role\n    firstName\n    lastName\n  }\n}": types.CurrentUserDocument,
    "mutation Logout($input: RefreshTokenInput!) {\n  logout(input: $input)\n}": types.LogoutDocument,
    "query InstituteIdentity {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n      timeZone\n    }\n  }\n}": types.InstituteIdentityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      role\n      firstName\n      lastName\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      role\n      firstName\n      lastName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}"): (typeof documents)["mutation RefreshToken($input: RefreshTokenInput!) {\n  refreshToken(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentUser {\n  me {\n    id\n    email\n    role\n    firstName\n    lastName\n  }\n}"): (typeof documents)["query CurrentUser {\n  me {\n    id\n    email\n    role\n    firstName\n    lastName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout($input: RefreshTokenInput!) {\n  logout(input: $input)\n}"): (typeof documents)["mutation Logout($input: RefreshTokenInput!) {\n  logout(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstituteIdentity {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n      timeZone\n    }\n  }\n}"): (typeof documents)["query InstituteIdentity {\n  settings {\n    institute {\n      name\n      legalName\n      addressLine1\n      addressLine2\n      postalCode\n      city\n      phone\n      email\n      siret\n      vatNumber\n      timeZone\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;