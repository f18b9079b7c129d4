import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  ChangeStaffRoleDocument,
  LinkStaffPractitionerDocument,
  ResendStaffInvitationDocument,
  SetStaffActiveDocument,
  StaffAccountsDocument,
  type Role,
  type StaffAccountFieldsFragment,
} from '../../gql/graphql';
import { LOCALE, TIME_ZONE } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { useCurrentUser } from '../../shared/session';
import { useInstitute } from '../../shared/institute';
import { LoadError, SettingsPage } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { InviteStaffDialog } from './InviteStaffDialog';

type Staff = StaffAccountFieldsFragment;
const day = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, dateStyle: 'long' });

/** One account: name and e-mail, then its role, practitioner and access, each saved on change. */
function StaffRow({
  staff,
  self,
  practitioners,
  onResult,
}: {
  staff: Staff;
  self: boolean;
  practitioners: { id: string; displayName: string }[];
  onResult: (text: string, ok: boolean) => void;
}) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [, changeRole] = useMutation(ChangeStaffRoleDocument);
  const [, setActive] = useMutation(SetStaffActiveDocument);
  const [, link] = useMutation(LinkStaffPractitionerDocument);
  const [resending, resend] = useMutation(ResendStaffInvitationDocument);
  const name = `${staff.firstName} ${staff.lastName}`;
  const report =
    (done = t('team.saved')) =>
    (result: { error?: Parameters<typeof errorMessage>[0]; data?: unknown }) =>
      result.error
        ? onResult(
            errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
            false,
          )
        : onResult(done, true);

  return (
    <Box
      role="listitem"
      aria-label={name}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr 1fr', md: 'minmax(0, 2.2fr) 1fr 1.3fr auto' },
        gap: { xs: 1.5, md: 2 },
        alignItems: 'center',
        px: { xs: 2, sm: 3 },
        py: 2,
        borderTop: 1,
        borderColor: 'divider',
        opacity: staff.active ? 1 : 0.7,
      }}
    >
      <Box sx={{ gridColumn: { xs: '1 / -1', md: 'auto' }, minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }}>
          {name}
          {self ? ` (${t('team.you')})` : ''}{' '}
          {staff.invitationPending ? (
            <Chip size="small" color="warning" label={t('team.invitationPending')} />
          ) : null}
          {!staff.active ? <Chip size="small" label={t('team.inactive')} sx={{ ml: 0.5 }} /> : null}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {staff.email}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {staff.lastLoginAt
            ? t('team.lastLogin', { date: day.format(new Date(staff.lastLoginAt)) })
            : t('team.neverLoggedIn')}
        </Typography>
        {staff.invitationPending && staff.active && can('resendStaffInvitation') ? (
          <Box>
            <Button
              size="small"
              sx={{ ml: -0.75, mt: 0.25 }}
              disabled={resending.fetching}
              aria-label={t('team.resendLabel', { name })}
              onClick={() =>
                void resend({ input: { userId: staff.id } }).then(
                  report(t('team.resent', { email: staff.email })),
                )
              }
            >
              {t('team.resend')}
            </Button>
          </Box>
        ) : null}
      </Box>
      <TextField
        select
        size="small"
        label={t('team.columns.role')}
        value={staff.role}
        disabled={self}
        onChange={(e) =>
          void changeRole({ input: { userId: staff.id, role: e.target.value as Role } }).then(report())
        }
        slotProps={{ htmlInput: { 'aria-label': t('team.roleLabel', { name }) } }}
      >
        <MenuItem value="STAFF">{t('team.roles.STAFF')}</MenuItem>
        <MenuItem value="ADMIN">{t('team.roles.ADMIN')}</MenuItem>
        <MenuItem value="ACCOUNTANT">{t('team.roles.ACCOUNTANT')}</MenuItem>
      </TextField>
      <TextField
        select
        size="small"
        label={t('team.columns.practitioner')}
        value={staff.practitionerId ?? ''}
        onChange={(e) =>
          void link({
            input: { userId: staff.id, practitionerId: e.target.value === '' ? null : e.target.value },
          }).then(report())
        }
        slotProps={{
          htmlInput: { 'aria-label': t('team.practitionerLabel', { name }) },
          select: { displayEmpty: true },
          inputLabel: { shrink: true },
        }}
      >
        <MenuItem value="">{t('team.noPractitioner')}</MenuItem>
        {practitioners.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.displayName}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'flex', alignItems: 'center', gridColumn: { xs: '1 / -1', md: 'auto' } }}>
        <Switch
          checked={staff.active}
          disabled={self}
          onChange={(e) =>
            void setActive({ input: { userId: staff.id, active: e.target.checked } }).then(report())
          }
          slotProps={{ input: { 'aria-label': t('team.activeLabel', { name }) } }}
        />
        <Typography variant="body2">{staff.active ? t('team.active') : t('team.inactive')}</Typography>
      </Box>
    </Box>
  );
}

/** `/equipe` (ADMIN): the team's accounts, invitations, roles, practitioner links and access. */
export function TeamPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { user } = useCurrentUser();
  const admin = usePermissions().can('staffAccounts');
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffAccountsDocument, pause: !admin });
  const [inviting, setInviting] = useState(false);
  const [toast, setToast] = useState<{ text: string; ok: boolean } | null>(null);

  return (
    <SettingsPage
      operation="staffAccounts"
      denied={t('team.adminOnly')}
      maxWidth={1100}
      institute={institute?.name}
      pageTitle={t('team.pageTitle')}
      title={t('team.title')}
      subtitle={t('team.subtitle')}
      actions={
        <Button variant="contained" startIcon={<PersonAddOutlined />} onClick={() => setInviting(true)}>
          {t('team.invite')}
        </Button>
      }
    >
      {error && !data ? (
        <LoadError
          message={t('team.loadError')}
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {fetching && !data ? <Skeleton variant="rounded" height={320} /> : null}
      {data ? (
        <Card role="list" aria-label={t('team.title')} sx={{ mb: 4 }}>
          {data.staffAccounts.map((staff) => (
            <StaffRow
              key={staff.id}
              staff={staff}
              self={staff.id === user?.id}
              practitioners={data.practitioners}
              onResult={(text, ok) => setToast({ text, ok })}
            />
          ))}
        </Card>
      ) : null}
      {inviting && data ? (
        <InviteStaffDialog
          practitioners={data.practitioners}
          onClose={() => setInviting(false)}
          onInvited={(account) => {
            setInviting(false);
            setToast({ text: t('team.invited', { email: account.email }), ok: true });
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
      <Snackbar open={toast !== null} autoHideDuration={5000} onClose={() => setToast(null)}>
        {toast ? (
          <Alert severity={toast.ok ? 'success' : 'error'} onClose={() => setToast(null)}>
            {toast.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </SettingsPage>
  );
}
