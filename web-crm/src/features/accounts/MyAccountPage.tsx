import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MySessionsDocument } from '../../gql/graphql';
import { Page, PageHeader } from '../../shared/page';
import { useInstitute } from '../../shared/institute';
import { ChangePasswordCard } from './ChangePasswordCard';
import { SessionsCard } from './SessionsCard';

/** `/mon-compte`: change one's password; see and end one's other sessions. */
export function MyAccountPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const sessions = useQuery({ query: MySessionsDocument, requestPolicy: 'cache-and-network' });
  const refetch = sessions[1];
  return (
    <Page maxWidth={760} pageTitle={t('myAccount.pageTitle')} institute={institute?.name}>
      <PageHeader title={t('myAccount.title')} subtitle={t('myAccount.subtitle')} />
      <Stack spacing={3} sx={{ pb: 4 }}>
        <ChangePasswordCard onChanged={() => refetch({ requestPolicy: 'network-only' })} />
        <SessionsCard query={sessions} />
      </Stack>
    </Page>
  );
}
