import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { BOOKING_PATH } from '../../shared/site';
import {
  parseBookingState,
  previousStep,
  reachableStep,
  serializeBookingState,
  type BookingState,
  type StepId,
} from './booking-url';

/** History state of an entry pushed by the flow itself: the entry before it is the previous step. */
interface FlowHistoryState {
  fromStep: StepId;
}

function isFlowHistoryState(value: unknown): value is FlowHistoryState {
  return typeof value === 'object' && value !== null && 'fromStep' in value;
}

export interface BookingFlow {
  state: BookingState;
  /** What is shown (see `reachableStep`). */
  step: StepId;
  /** A new step: a new history entry, so that the browser's back button returns to this one. */
  goTo: (step: StepId, changes?: Partial<BookingState>) => void;
  /** A change within the step (a service ticked, another month): the current entry is replaced. */
  update: (changes: Partial<BookingState>) => void;
  /** The flow's own "Retour": the browser's back when it leads to the previous step. */
  back: () => void;
}

/** The booking flow's state, read from and written to the address. */
export function useBookingFlow(): BookingFlow {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseBookingState(new URLSearchParams(location.search)), [location.search]);
  const step = reachableStep(state);
  const historyState: unknown = location.state;

  const to = useCallback(
    (next: BookingState) => ({ pathname: BOOKING_PATH, search: serializeBookingState(next) }),
    [],
  );

  const goTo = useCallback(
    (target: StepId, changes: Partial<BookingState> = {}) => {
      const state_: FlowHistoryState = { fromStep: step };
      void navigate(to({ ...state, ...changes, step: target }), { state: state_ });
    },
    [navigate, state, step, to],
  );

  const update = useCallback(
    (changes: Partial<BookingState>) => {
      void navigate(to({ ...state, ...changes, step }), { replace: true, state: historyState });
    },
    [navigate, state, step, to, historyState],
  );

  const back = useCallback(() => {
    const previous = previousStep(step);
    if (previous === null) return;
    if (isFlowHistoryState(historyState) && historyState.fromStep === previous) {
      void navigate(-1);
    } else {
      void navigate(to({ ...state, step: previous }), { replace: true });
    }
  }, [navigate, state, step, to, historyState]);

  return { state, step, goTo, update, back };
}
