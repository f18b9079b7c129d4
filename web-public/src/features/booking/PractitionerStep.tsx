import ChevronRight from '@mui/icons-material/ChevronRight';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BookingPractitionersDocument } from '../../gql/graphql';
import { visuallyHidden } from '@serenaia/shared/a11y';
import { initials } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';

export interface PractitionerStepProps {
  serviceIds: readonly string[];
  /** `undefined`: nothing chosen yet; `null`: "Sans préférence". */
  selected: string | null | undefined;
  onChoose: (practitionerId: string | null) => void;
}

/** The practitioners who perform every one of `serviceIds` (shared by the steps that show names). */
export function useBookablePractitioners(serviceIds: readonly string[], options: { pause?: boolean } = {}) {
  const variables = useMemo(() => ({ serviceIds: [...serviceIds] }), [serviceIds]);
  const [result, reexecute] = useQuery({
    query: BookingPractitionersDocument,
    variables,
    pause: options.pause,
  });
  return { ...result, practitioners: result.data?.practitioners, reexecute };
}

function Option({
  avatar,
  title,
  hint,
  chosen,
  onClick,
}: {
  avatar: ReactNode;
  title: string;
  hint: string;
  chosen: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ButtonBase
      onClick={onClick}
      aria-pressed={chosen}
      sx={(theme) => ({
        width: '100%',
        justifyContent: 'flex-start',
        textAlign: 'left',
        gap: 2,
        p: 2,
        borderRadius: 2,
        border: `1px solid ${chosen ? theme.palette.primary.main : theme.palette.divider}`,
        backgroundColor: chosen ? alpha(theme.palette.primary.main, 0.07) : theme.palette.background.paper,
        transition: theme.transitions.create(['background-color', 'border-color']),
        '&:hover': { borderColor: theme.palette.primary.main },
        '&.Mui-focusVisible': { outline: `3px solid ${theme.palette.primary.dark}`, outlineOffset: 2 },
      })}
    >
      {avatar}
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography component="span" sx={{ display: 'block', fontWeight: 600, fontSize: '1.05rem' }}>
          {title}
        </Typography>
        <Typography
          component="span"
          variant="body2"
          color="text.secondary"
          data-testid="practitioner-hint"
          sx={{
            display: '-webkit-box',
            WebkitBoxOrient: 'vertical',
            WebkitLineClamp: { xs: 4, sm: 'none' },
            overflow: 'hidden',
            whiteSpace: 'pre-line',
          }}
        >
          {hint}
        </Typography>
      </Box>
      {chosen ? <Chip size="small" color="primary" label={t('practitionerStep.chosen')} /> : null}
      <ChevronRight color="action" aria-hidden />
    </ButtonBase>
  );
}

/**
 * Step 2: "Sans préférence" first, then whoever performs every chosen service, in their colour, with
 * their portrait and the few lines they wrote for the site when they have them.
 */
export function PractitionerStep({ serviceIds, selected, onChoose }: PractitionerStepProps) {
  const { t } = useTranslation();
  const { practitioners, fetching, error, reexecute } = useBookablePractitioners(serviceIds);

  if (error && practitioners === undefined) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('booking.retry')}
          </Button>
        }
      >
        {errorMessage(error, {
          network: t('booking.networkError'),
          unexpected: t('booking.unexpectedError'),
        })}
      </Alert>
    );
  }
  if (practitioners === undefined || (fetching && practitioners.length === 0)) {
    return (
      <Box role="status" aria-live="polite">
        <Typography sx={visuallyHidden}>{t('practitionerStep.loading')}</Typography>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} variant="rounded" height={76} sx={{ mb: 1.5 }} />
        ))}
      </Box>
    );
  }
  if (practitioners.length === 0) return <Alert severity="info">{t('practitionerStep.none')}</Alert>;

  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
      <li>
        <Option
          avatar={
            <Avatar
              sx={(theme) => ({ bgcolor: alpha(theme.palette.primary.main, 0.12), color: 'primary.main' })}
            >
              <GroupsOutlined aria-hidden />
            </Avatar>
          }
          title={t('practitionerStep.any')}
          hint={t('practitionerStep.anyHint')}
          chosen={selected === null}
          onClick={() => onChoose(null)}
        />
      </li>
      {practitioners.map((practitioner) => (
        <li key={practitioner.id}>
          <Option
            avatar={
              <Avatar
                aria-hidden
                src={practitioner.photoUrl ?? undefined}
                alt=""
                sx={(theme) => ({
                  bgcolor: practitioner.color,
                  color: theme.palette.getContrastText(practitioner.color),
                  fontWeight: 600,
                  alignSelf: 'flex-start',
                  ...(practitioner.photoUrl
                    ? { width: 56, height: 56, border: `2px solid ${practitioner.color}` }
                    : {}),
                })}
              >
                {initials(practitioner.displayName)}
              </Avatar>
            }
            title={practitioner.displayName}
            hint={practitioner.bio ?? t('practitionerStep.hint')}
            chosen={selected === practitioner.id}
            onClick={() => onChoose(practitioner.id)}
          />
        </li>
      ))}
    </Box>
  );
}
