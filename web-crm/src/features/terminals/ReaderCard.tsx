import PointOfSaleOutlined from '@mui/icons-material/PointOfSaleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { type TerminalReaderFieldsFragment } from '../../gql/graphql';
import { LOCALE, TIME_ZONE } from '@serenaia/shared/format';

type Reader = TerminalReaderFieldsFragment;

const pairedDate = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** One terminal: name, live status chips, details; rename/remove for admins. */
export function ReaderCard({
  reader,
  admin,
  onRename,
  onRemove,
}: {
  reader: Reader;
  admin: boolean;
  onRename: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const virtual = reader.provider === 'SIMULATED';
  const details = virtual
    ? [t('terminals.details.virtual')]
    : [
        reader.serial ? t('terminals.details.serial', { serial: reader.serial }) : null,
        reader.batteryLevel !== null ? t('terminals.details.battery', { level: reader.batteryLevel }) : null,
        t('terminals.details.pairedAt', { date: pairedDate.format(new Date(reader.pairedAt)) }),
      ].filter((x): x is string => x !== null);
  return (
    <Card component="li" data-reader-id={reader.id} aria-label={reader.name}>
      <CardContent
        sx={{
          display: 'flex',
          gap: 2,
          alignItems: { xs: 'flex-start', sm: 'center' },
          flexDirection: { xs: 'column', sm: 'row' },
          '&:last-child': { pb: 2 },
        }}
      >
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexGrow: 1, minWidth: 0 }}>
          <Box
            aria-hidden
            sx={{
              width: 44,
              height: 44,
              borderRadius: 2,
              display: 'grid',
              placeItems: 'center',
              flexShrink: 0,
              bgcolor: virtual ? '#fff3dc' : '#f6eef1',
              color: virtual ? 'warning.dark' : 'primary.main',
              border: 1,
              borderColor: 'divider',
            }}
          >
            <PointOfSaleOutlined />
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, lineHeight: 1.3 }}>
              {reader.name}
            </Typography>
            <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', mt: 0.5 }} data-testid="reader-chips">
              <Chip
                size="small"
                label={t(`terminals.status.${reader.status}`)}
                color={
                  reader.status === 'ONLINE' ? 'success' : reader.status === 'OFFLINE' ? 'error' : 'default'
                }
                variant={reader.status === 'ONLINE' ? 'filled' : 'outlined'}
              />
              {reader.busy ? <Chip size="small" color="warning" label={t('terminals.busy')} /> : null}
              {virtual ? <Chip size="small" variant="outlined" label={t('terminals.virtual')} /> : null}
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.75 }}>
              {details.join(' · ')}
            </Typography>
          </Box>
        </Box>
        {admin ? (
          <Box sx={{ display: 'flex', gap: 1, flexShrink: 0, alignSelf: { xs: 'flex-end', sm: 'center' } }}>
            <Button
              size="small"
              onClick={onRename}
              aria-label={t('terminals.renameFor', { name: reader.name })}
            >
              {t('terminals.rename')}
            </Button>
            {virtual ? null : (
              <Button
                size="small"
                color="error"
                onClick={onRemove}
                aria-label={t('terminals.removeFor', { name: reader.name })}
              >
                {t('terminals.remove')}
              </Button>
            )}
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}
