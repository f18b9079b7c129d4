import { useCallback, useState } from 'react';
import { formatFrenchDate, parseFrenchDate } from './french-date';
import type { LocalDate } from './paris-time';
import { TypedField, type TypedFieldProps } from './typed-field';

export type FrenchDateFieldProps = TypedFieldProps<LocalDate>;

/**
 * A date typed as "jj/mm/aaaa" whatever the browser's language (a native date input follows the
 * browser's, not the page's). Applied on Enter or when leaving the field; empty clears it. Used by
 * both apps (the CRM's filters and dialogs, the public gift-card form). Text that is not a date keeps
 * showing with `invalidMessage`, and the owner gets null (never the last good date) and, through
 * `onValidityChange`, false.
 */
export function FrenchDateField({
  size = 'small',
  placeholder = 'jj/mm/aaaa',
  invalidMessage = 'Date invalide : jj/mm/aaaa.',
  ...props
}: FrenchDateFieldProps) {
  return (
    <TypedField
      {...props}
      size={size}
      placeholder={placeholder}
      invalidMessage={invalidMessage}
      parse={parseFrenchDate}
      format={formatFrenchDate}
    />
  );
}

/**
 * For a form with several date or time fields: `validity(name)` goes to a field's `onValidityChange`, and
 * `invalid` is true while any of them holds something that is not a date.
 */
export function useDateValidity() {
  const [bad, setBad] = useState<ReadonlySet<string>>(new Set());
  const validity = useCallback(
    (name: string) => (valid: boolean) =>
      setBad((prev) => {
        if (prev.has(name) !== valid) return prev;
        const next = new Set(prev);
        if (valid) next.delete(name);
        else next.add(name);
        return next;
      }),
    [],
  );
  return { invalid: bad.size > 0, validity };
}
