import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitute } from '../institute';
import { Page, PageHeader, PermissionGate } from '../../shared/page';
import { usePermissions, type Operation } from '../../shared/permissions';

/** The frame of the three availability settings pages: title, subtitle, only for who may run `operation`. */
export function AdminSettingsPage({
  operation,
  maxWidth,
  pageTitle,
  title,
  subtitle,
  children,
}: {
  operation: Operation;
  maxWidth: number;
  pageTitle: string;
  title: string;
  subtitle: string;
  children: (admin: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { can } = usePermissions();
  return (
    <Page maxWidth={maxWidth} pageTitle={pageTitle} institute={institute?.name}>
      <PageHeader title={title} subtitle={subtitle} />
      <PermissionGate operation={operation} denied={t('availabilitySettings.adminOnly')}>
        {children(can(operation))}
      </PermissionGate>
    </Page>
  );
}
