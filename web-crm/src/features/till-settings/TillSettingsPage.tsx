import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { SaleSettingsDocument } from '../../gql/graphql';
import { LoadError, SettingsPage } from '../../shared/page';
import { useInstitute } from '../../shared/institute';
import { SaleRulesForm } from './SaleRulesForm';

/** `/reglages/caisse` (admins): what staff may grant alone at the till (discounts, credit notes). */
export function TillSettingsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <SettingsPage
      operation="updateSaleSettings"
      denied={t('tillSettings.adminOnly')}
      maxWidth={760}
      institute={institute?.name}
      pageTitle={t('tillSettings.pageTitle')}
      title={t('tillSettings.title')}
      subtitle={t('tillSettings.subtitle')}
    >
      <RulesContent />
    </SettingsPage>
  );
}

function RulesContent() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SaleSettingsDocument,
    requestPolicy: 'network-only',
  });
  if (data) return <SaleRulesForm settings={data.saleSettings} />;
  if (error && !fetching) {
    return (
      <LoadError
        message={t('tillSettings.loadError')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  return <Skeleton variant="rounded" height={220} />;
}
