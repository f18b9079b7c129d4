import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { ClientBeautyAlertDocument } from '../../../gql/graphql';
import { clientFilePath } from './booking-details';

/**
 * A warning when the client's beauty file names allergies or contra-indications. Only the yes/no is
 * fetched: the health data itself stays behind the file's "Fiche beauté" tab, where reading it is logged.
 */
export function BeautyWarning({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: ClientBeautyAlertDocument, variables: { clientId } });
  if (!data?.clientBeautyAlert) return null;
  return (
    <Alert severity="error" sx={{ mt: 1.5 }} data-testid="beauty-warning">
      <AlertTitle>{t('agenda.details.beautyTitle')}</AlertTitle>
      {t('agenda.details.beautyText')}{' '}
      <Link component={RouterLink} to={`${clientFilePath(clientId)}?onglet=beauty`} color="inherit">
        {t('agenda.details.beautyOpen')}
      </Link>
    </Alert>
  );
}
