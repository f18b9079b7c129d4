import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { BookingCatalogDocument } from '../../gql/graphql';
import { visuallyHidden } from '@serenaia/shared/a11y';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { CONFIRMATION_PATH, SitePage, useSiteSettings } from '../../shared/site';
import { dateKeyOf, monthKeyOf } from '@serenaia/shared/paris-time';
import { MAX_SERVICES, reachableStep, toggleService, type StepId } from './booking-url';
import { saveConfirmation } from './confirmation-store';
import { EMPTY_CONTACT, type ContactValues } from './contact-validation';
import { PractitionerStep, useBookablePractitioners } from './PractitionerStep';
import { SelectionSummary } from './SelectionSummary';
import { ServicesStep } from './ServicesStep';
import { StepHeader } from './StepHeader';
import { SlotPicker } from '../../shared/booking-ui/SlotPicker';
import type { CatalogService, CreatedBooking } from './types';
import { useBookingFlow } from './useBookingFlow';

/**
 * The last step's form (text fields, the booking mutation, its conflict alternatives) loads when the
 * client leaves the first step, not with the page: the services list, which everyone sees first, does
 * not wait for MUI's input components (bench/public-site: JS before the deposit step).
 */
const loadContactStep = () => import('./ContactStep');
const ContactStep = lazy(() => loadContactStep().then((m) => ({ default: m.ContactStep })));

const DEFAULT_HORIZON_DAYS = 90;
const DEFAULT_HOLD_MINUTES = 20;

/** `/reserver`: the four-step online booking, its state in the address. */
export function BookingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flow = useBookingFlow();
  const { state } = flow;
  const { institute, booking: policy } = useSiteSettings();
  const [{ data: liveData, error }, reexecute] = useQuery({ query: BookingCatalogDocument });
  // The catalogue's first render (every service of every category) is the page's largest piece of
  // work: deferred, React renders it in short slices the browser can interleave with input, instead
  // of one long task on a slow phone; the skeleton stays until it is done.
  const data = useDeferredValue(liveData);
  const [contact, setContact] = useState<ContactValues>(EMPTY_CONTACT);

  const categories = useMemo(
    () => (data?.serviceCategories ?? []).filter((c) => c.services.length > 0),
    [data],
  );
  const servicesById = useMemo(
    () => new Map(categories.flatMap((c) => c.services.map((s) => [s.id, s] as const))),
    [categories],
  );
  const selected = useMemo(
    () =>
      state.serviceIds.map((id) => servicesById.get(id)).filter((s): s is CatalogService => s !== undefined),
    [state.serviceIds, servicesById],
  );
  const selectedIds = useMemo(() => selected.map((s) => s.id), [selected]);
  // Services no longer bookable online drop out; a step whose choices are missing falls back.
  const step = data ? reachableStep({ ...state, serviceIds: selectedIds }) : flow.step;
  const { practitioners } = useBookablePractitioners(selectedIds, {
    pause: (step !== 'date' && step !== 'coordonnees') || selectedIds.length === 0,
  });
  const nameOf = (id: string | null | undefined) =>
    id ? (practitioners?.find((p) => p.id === id)?.displayName ?? null) : null;

  // A new step: its heading takes the focus (screen readers announce it) and the page starts at the top.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step !== 'prestations') void loadContactStep();
  }, [step]);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo?.({ top: 0 });
  }, [step]);

  const onBooked = (created: CreatedBooking) => {
    saveConfirmation(created);
    void navigate(CONFIRMATION_PATH, { replace: true });
  };

  const month = state.month ?? state.day?.slice(0, 7) ?? monthKeyOf(Date.now());
  const stepTitles: Record<StepId, string> = {
    prestations: t('servicesStep.title'),
    praticien: t('practitionerStep.title'),
    date: t('dateStep.title'),
    coordonnees: t('contactStep.title'),
  };

  let content;
  if (!data) {
    content =
      error !== undefined ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('booking.retry')}
            </Button>
          }
        >
          {errorMessage(error, { network: t('booking.loadError'), unexpected: t('booking.loadError') })}
        </Alert>
      ) : (
        <Box role="status" aria-live="polite">
          <Typography sx={visuallyHidden}>{t('booking.loading')}</Typography>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} variant="rounded" height={72} sx={{ mb: 1.5 }} />
          ))}
        </Box>
      );
  } else {
    switch (step) {
      case 'prestations':
        content = (
          <ServicesStep
            categories={categories}
            selected={selected}
            openCategoryId={state.categoryId}
            onToggle={(id) => flow.update(toggleService({ ...state, serviceIds: selectedIds }, id))}
            onContinue={() => flow.goTo('praticien', { serviceIds: selectedIds })}
          />
        );
        break;
      case 'praticien':
        content = (
          <>
            <SelectionSummary
              services={selected}
              practitionerLabel={null}
              onEditServices={() => flow.goTo('prestations')}
            />
            <PractitionerStep
              serviceIds={selectedIds}
              selected={state.practitionerId}
              onChoose={(practitionerId) =>
                flow.goTo('date', {
                  practitionerId,
                  slot: state.practitionerId === practitionerId ? state.slot : null,
                })
              }
            />
          </>
        );
        break;
      case 'date':
        content = (
          <>
            <SelectionSummary
              services={selected}
              practitionerLabel={
                state.practitionerId === null
                  ? t('booking.anyPractitioner')
                  : t('booking.withPractitioner', { name: nameOf(state.practitionerId) ?? '…' })
              }
              onEditServices={() => flow.goTo('prestations')}
            />
            <SlotPicker
              serviceIds={selectedIds}
              practitionerId={state.practitionerId ?? null}
              month={month}
              day={state.day}
              selectedStart={state.slot?.start ?? null}
              showPractitioner={state.practitionerId === null}
              horizonDays={policy?.bookingHorizonDays ?? DEFAULT_HORIZON_DAYS}
              phone={institute?.phone}
              onMonthChange={(next) => flow.update({ month: next, day: null })}
              onDayChange={(day) => flow.update({ month: day.slice(0, 7), day })}
              onSelect={(slot) =>
                flow.goTo('coordonnees', {
                  slot: { start: slot.start, practitionerId: slot.practitionerId },
                  day: dateKeyOf(slot.start),
                  month: monthKeyOf(slot.start),
                })
              }
            />
          </>
        );
        break;
      case 'coordonnees': {
        const slot = state.slot;
        content =
          slot === null ? null : (
            <Suspense fallback={<Skeleton variant="rounded" height={320} />}>
              <ContactStep
                services={selected}
                practitionerId={state.practitionerId ?? null}
                slot={slot}
                practitionerName={nameOf(slot.practitionerId)}
                pendingHoldMinutes={policy?.pendingHoldMinutes ?? DEFAULT_HOLD_MINUTES}
                values={contact}
                onValuesChange={setContact}
                onSlotChange={(next) =>
                  flow.update({ slot: next, day: dateKeyOf(next.start), month: monthKeyOf(next.start) })
                }
                onPickAnother={() => flow.goTo('date')}
                onBooked={onBooked}
              />
            </Suspense>
          );
        break;
      }
    }
  }

  return (
    <SitePage title={t('booking.pageTitle', { step: t(`booking.steps.${step}`) })} bookingCta={false}>
      <Container maxWidth="md" sx={{ pt: { xs: 2.5, md: 5 }, pb: { xs: 4, md: 8 }, flexGrow: 1 }}>
        <Typography
          variant="h3"
          component="h1"
          sx={{ fontSize: { xs: '1.75rem', md: '2.5rem' }, mb: { xs: 1.5, md: 3 }, color: 'primary.dark' }}
        >
          {t('booking.title')}
        </Typography>
        <StepHeader step={step} onStepClick={(target) => flow.goTo(target)} />
        <Box
          sx={{
            display: 'flex',
            flexDirection: { xs: 'column', sm: 'row' },
            alignItems: { xs: 'flex-start', sm: 'center' },
            gap: { xs: 0, sm: 1 },
            mb: 2,
            minHeight: 40,
          }}
        >
          {step !== 'prestations' ? (
            <Button startIcon={<ArrowBack />} onClick={flow.back} sx={{ ml: -1.5, flexShrink: 0 }}>
              {t('booking.back')}
            </Button>
          ) : null}
          <Typography
            ref={heading}
            tabIndex={-1}
            variant="h5"
            component="h2"
            sx={{ outline: 'none', fontSize: { xs: '1.3rem', md: '1.6rem' } }}
          >
            {stepTitles[step]}
          </Typography>
        </Box>
        {/* The first step's hint does not wait for the catalogue: the page's largest text, painted
            as soon as the page's code runs (it was the LCP element, after the GraphQL answer). */}
        {step === 'prestations' && !(data && categories.length === 0) ? (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('servicesStep.hint', { max: MAX_SERVICES })}
          </Typography>
        ) : null}
        {content}
      </Container>
    </SitePage>
  );
}
