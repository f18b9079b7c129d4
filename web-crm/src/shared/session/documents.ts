import { gql } from '@urql/core';
import type {
  CurrentUserQuery,
  CurrentUserQueryVariables,
  LoginMutation,
  LoginMutationVariables,
  LogoutMutation,
  LogoutMutationVariables,
  RefreshTokenMutation,
  RefreshTokenMutationVariables,
} from '../../gql/graphql';

// The sign-in operations, parsed from their text here rather than imported from `gql/graphql.ts`:
// that generated module holds every document of the CRM, and bundlers cannot split a module, so one
// import from the entry chunk put all of them (and the chunk around them) into the first load.
// The texts are those of the `.graphql` files beside this one (documents.test.ts checks it), which
// codegen still reads for the types.

export const LoginDocument = gql<LoginMutation, LoginMutationVariables>`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      user {
        id
        email
        role
        firstName
        lastName
      }
    }
  }
`;

export const RefreshTokenDocument = gql<RefreshTokenMutation, RefreshTokenMutationVariables>`
  mutation RefreshToken($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
  }
`;

export const CurrentUserDocument = gql<CurrentUserQuery, CurrentUserQueryVariables>`
  query CurrentUser {
    me {
      id
      email
      role
      firstName
      lastName
    }
  }
`;

export const LogoutDocument = gql<LogoutMutation, LogoutMutationVariables>`
  mutation Logout($input: RefreshTokenInput!) {
    logout(input: $input)
  }
`;
