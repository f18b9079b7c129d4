import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth';
import { useInstitute } from '../institute';
import { AdminGate, Page, PageHeader } from '../../shared/page';

/** The frame of the three availability settings pages: title, subtitle, admins only. */
export function AdminSettingsPage({
  maxWidth,
  pageTitle,
  title,
  subtitle,
  children,
}: {
  maxWidth: number;
  pageTitle: string;
  title: string;
  subtitle: string;
  children: (admin: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { user, fetching } = useCurrentUser();
  return (
    <Page maxWidth={maxWidth} pageTitle={pageTitle} institute={institute?.name}>
      <PageHeader title={title} subtitle={subtitle} />
      <AdminGate user={user} userFetching={fetching} denied={t('availabilitySettings.adminOnly')}>
        {children(user?.role === 'ADMIN')}
      </AdminGate>
    </Page>
  );
}
