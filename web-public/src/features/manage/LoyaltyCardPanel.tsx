import CardGiftcardOutlined from '@mui/icons-material/CardGiftcardOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LoyaltyCardPanelFragment } from '../../gql/graphql';

const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** The client's loyalty card on the manage page: points, tier, the next reward and the card's QR code. */
export function LoyaltyCardPanel({ card }: { card: LoyaltyCardPanelFragment }) {
  const { t } = useTranslation();
  const next = card.nextReward ?? null;
  const qr = svgDataUrl(card.qrSvg);
  return (
    <Card component="section" aria-labelledby="loyalty-card-title" sx={{ mb: 3 }}>
      <CardContent
        sx={{
          p: { xs: 2.5, md: 3.5 },
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '1fr auto' },
          gap: 3,
          alignItems: 'start',
        }}
      >
        <Box>
          <Typography id="loyalty-card-title" variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('manage.loyalty.title')}
          </Typography>
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }}>
            <Typography sx={{ fontSize: '2rem', fontWeight: 700, lineHeight: 1 }}>
              {t('manage.loyalty.points', { count: card.balance })}
            </Typography>
            <Chip
              size="small"
              color="primary"
              variant="outlined"
              label={t('manage.loyalty.tier', { tier: card.tierName })}
            />
          </Box>
          {card.availableRewards.length > 0 ? (
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 1.5 }}>
              <CardGiftcardOutlined color="primary" fontSize="small" sx={{ mt: 0.25 }} />
              <Typography variant="body2">
                {t('manage.loyalty.available', {
                  rewards: card.availableRewards.map((r) => r.name).join(', '),
                })}
              </Typography>
            </Box>
          ) : null}
          {next !== null ? (
            <Box>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 0.75 }}>
                {t('manage.loyalty.next', { count: next.points - card.balance, reward: next.name })}
              </Typography>
              <LinearProgress
                variant="determinate"
                value={Math.min(100, (card.balance / next.points) * 100)}
                aria-label={t('manage.loyalty.progress', { reward: next.name })}
                sx={{ height: 8, borderRadius: 4 }}
              />
            </Box>
          ) : null}
        </Box>
        <Box sx={{ textAlign: 'center', justifySelf: { xs: 'center', sm: 'end' } }}>
          <Box
            component="img"
            src={qr}
            alt={t('manage.loyalty.qrAlt')}
            sx={{ width: 148, height: 148, display: 'block', mx: 'auto', imageRendering: 'pixelated' }}
          />
          <Typography
            variant="caption"
            color="text.secondary"
            component="p"
            sx={{ maxWidth: 170, mx: 'auto' }}
          >
            {t('manage.loyalty.qrHelp')}
          </Typography>
          <Button size="small" href={qr} download="carte-fidelite.svg" startIcon={<DownloadOutlined />}>
            {t('manage.loyalty.download')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
