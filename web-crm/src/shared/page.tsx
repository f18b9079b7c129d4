/**
 * The scaffolding every CRM page repeats: the document title, the page header (title, subtitle,
 * actions), the admin gate and the settings page made of the three, the load error with its retry, and a list's filter card, count and empty
 * state. Pages keep their own content; these keep the frame identical from one page to the next.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { usePermissions, type Operation } from './permissions';

/** A page's frame: centred column of `maxWidth`, its document title ("Page · Institute"), its content. */
export function Page({
  maxWidth,
  pageTitle,
  institute,
  children,
}: {
  maxWidth: number;
  /** The page's name in the browser tab. */
  pageTitle: string;
  /** The institute's name, once known. */
  institute?: string;
  children: ReactNode;
}) {
  return (
    <Box sx={{ maxWidth, mx: 'auto', pt: { xs: 3, md: 5 } }}>
      <DocumentTitle page={pageTitle} institute={institute} />
      {children}
    </Box>
  );
}

/** The browser tab's title: "Page · Institute" once the institute is known, else the page alone. */
export function DocumentTitle({ page, institute }: { page: string; institute?: string }) {
  const { t } = useTranslation();
  return <title>{institute ? t('app.pageTitle', { page, institute }) : page}</title>;
}

/** The page's heading and subtitle; `actions` (buttons) sit beside them, laid out by `sx`. */
export function PageHeader({
  title,
  subtitle,
  actions,
  sx,
}: {
  title: string;
  subtitle: string;
  actions?: ReactNode;
  sx?: SxProps<Theme>;
}) {
  const heading = (
    <>
      <Typography variant="h3" component="h1" sx={{ fontSize: { xs: '2rem', md: '2.6rem' } }}>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
        {subtitle}
      </Typography>
    </>
  );
  if (actions === undefined) {
    return (
      <Box component="header" sx={{ mb: { xs: 2, md: 3 } }}>
        {heading}
      </Box>
    );
  }
  return (
    <Box component="header" sx={[{ mb: { xs: 2, md: 3 }, display: 'flex', gap: 2 }, ...arraySx(sx)]}>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>{heading}</Box>
      {actions}
    </Box>
  );
}

function arraySx(sx: SxProps<Theme> | undefined): readonly Exclude<SxProps<Theme>, readonly unknown[]>[] {
  if (sx === undefined) return [];
  return (Array.isArray(sx) ? sx : [sx]) as Exclude<SxProps<Theme>, readonly unknown[]>[];
}

/**
 * Only for users the server lets run `operation` (`myPermissions`): a skeleton until it has answered,
 * `denied` for the others, `children` otherwise. The page's query should be paused until `can(operation)`.
 */
export function PermissionGate({
  operation,
  denied,
  children,
}: {
  operation: Operation;
  denied: string;
  children: ReactNode;
}) {
  const { can, ready, error } = usePermissions();
  if (!ready) return error ? null : <Skeleton variant="rounded" height={320} />;
  if (!can(operation)) return <Alert severity="info">{denied}</Alert>;
  return <>{children}</>;
}

/**
 * A settings page (Réglages): its frame, its header (title, subtitle, `actions` beside them, under
 * them on a phone) and, only for users the server lets run `operation`, its content; the others read
 * `denied`.
 */
export function SettingsPage({
  operation,
  denied,
  maxWidth,
  pageTitle,
  institute,
  title,
  subtitle,
  actions,
  children,
}: {
  operation: Operation;
  denied: string;
  maxWidth: number;
  pageTitle: string;
  institute?: string;
  title: string;
  subtitle: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { can } = usePermissions();
  return (
    <Page maxWidth={maxWidth} pageTitle={pageTitle} institute={institute}>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={actions !== undefined && can(operation) ? actions : undefined}
        sx={{ alignItems: { xs: 'stretch', sm: 'flex-end' }, flexDirection: { xs: 'column', sm: 'row' } }}
      />
      <PermissionGate operation={operation} denied={denied}>
        {children}
      </PermissionGate>
    </Page>
  );
}

/** What could not be loaded, the server's reason (or the network / unexpected fallback), and "Retry". */
export function LoadError({
  message,
  error,
  onRetry,
  sx,
}: {
  message: string;
  error: CombinedError;
  onRetry: () => void;
  sx?: SxProps<Theme>;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      sx={sx}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      }
    >
      {message} {errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
    </Alert>
  );
}

/** A list's filters: a card section laid out as a grid (two columns on a phone, `columns` from md). */
export function FilterCard({
  label,
  columns,
  children,
}: {
  label: string;
  columns: string;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-label={label} sx={{ mb: 2 }}>
      <CardContent
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: '1fr 1fr', md: columns },
          alignItems: 'start',
          '&:last-child': { pb: 2 },
        }}
      >
        {children}
      </CardContent>
    </Card>
  );
}

/** The list's count (a live status line) and, while a page reloads, a thin progress bar under it. */
export function ListStatus({ count, refreshing }: { count: string; refreshing: boolean }) {
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', minHeight: 28, mb: 1 }}>
        <Typography variant="body2" color="text.secondary" role="status" sx={{ flexGrow: 1 }}>
          {count}
        </Typography>
      </Box>
      <Box sx={{ height: 4 }}>{refreshing ? <LinearProgress /> : null}</Box>
    </>
  );
}

/** Nothing to list. */
export function EmptyList({ text }: { text: string }) {
  return (
    <Card sx={{ py: 6, textAlign: 'center' }}>
      <Typography color="text.secondary">{text}</Typography>
    </Card>
  );
}
