import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { STEPS, type StepId } from './booking-url';

/** Where the client is in the four steps: a progress bar on phones, a stepper (earlier steps clickable) above. */
export function StepHeader({ step, onStepClick }: { step: StepId; onStepClick: (step: StepId) => void }) {
  const { t } = useTranslation();
  const index = STEPS.indexOf(step);
  return (
    <Box component="nav" aria-label={t('booking.stepperLabel')} sx={{ mb: { xs: 2, md: 4 } }}>
      <Box sx={{ display: { xs: 'block', sm: 'none' } }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 0.75 }}>
          {t('booking.stepOf', { current: index + 1, total: STEPS.length })} · {t(`booking.steps.${step}`)}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={((index + 1) / STEPS.length) * 100}
          aria-hidden
          sx={{ height: 4, borderRadius: 2 }}
        />
      </Box>
      <Stepper activeStep={index} nonLinear sx={{ display: { xs: 'none', sm: 'flex' } }}>
        {STEPS.map((id, i) => (
          <Step key={id} completed={i < index}>
            {i < index ? (
              <StepButton onClick={() => onStepClick(id)}>{t(`booking.steps.${id}`)}</StepButton>
            ) : (
              <StepLabel aria-current={i === index ? 'step' : undefined}>
                {t(`booking.steps.${id}`)}
              </StepLabel>
            )}
          </Step>
        ))}
      </Stepper>
    </Box>
  );
}
