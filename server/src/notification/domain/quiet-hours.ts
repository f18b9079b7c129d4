/** When an SMS may leave: never between 21:00 and 08:00 in the institute's time zone. Pure. */
import { addDays, localDateOf, localTimeOf, zonedInstant } from '../../common/time.js';

export const SMS_QUIET_FROM = '21:00';
export const SMS_QUIET_UNTIL = '08:00';

/** `now` if it is daytime in `zone`, else the next 08:00 there (DST-correct: a wall time, not +N hours). */
export function smsSendTime(now: number, zone: string): number {
  const time = localTimeOf(now, zone);
  const date = localDateOf(now, zone);
  if (time >= SMS_QUIET_UNTIL && time < SMS_QUIET_FROM) return now;
  const day = time >= SMS_QUIET_FROM ? addDays(date, 1) : date;
  return zonedInstant(day, SMS_QUIET_UNTIL, zone);
}
