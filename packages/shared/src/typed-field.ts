import { useEffect, useRef, useState } from 'react';

/**
 * The text of a field typed in a French format (a date, a time) and applied on Enter or when
 * leaving it: empty applies null, a good text applies its value (shown normalised), a bad one keeps
 * showing, applies null (never the last good value) and is reported through `onValidityChange`.
 */
export function useTypedField<T extends string>({
  value,
  onChange,
  onValidityChange,
  parse,
  format,
}: {
  value: T | null;
  onChange: (value: T | null) => void;
  onValidityChange?: (valid: boolean) => void;
  parse: (text: string) => T | null;
  format: (value: T) => string;
}) {
  const [text, setText] = useState(value ? format(value) : '');
  const [invalid, setInvalid] = useState(false);
  // The null this field handed over for a bad text must not wipe that text out.
  const nullForInvalid = useRef(false);
  const validityRef = useRef(onValidityChange);
  validityRef.current = onValidityChange;
  const formatRef = useRef(format);
  formatRef.current = format;
  useEffect(() => {
    if (value === null && nullForInvalid.current) return;
    // The owner set a value of its own over the bad text: the field is valid again.
    if (nullForInvalid.current) validityRef.current?.(true);
    nullForInvalid.current = false;
    setText(value ? formatRef.current(value) : '');
    setInvalid(false);
  }, [value]);
  const report = (valid: boolean) => {
    setInvalid(!valid);
    onValidityChange?.(valid);
  };
  const commit = () => {
    if (text.trim() === '') {
      nullForInvalid.current = false;
      report(true);
      if (value !== null) onChange(null);
      return;
    }
    const parsed = parse(text);
    nullForInvalid.current = parsed === null;
    report(parsed !== null);
    if (parsed !== value) onChange(parsed);
    if (parsed !== null) setText(format(parsed));
  };
  return { text, setText, invalid, commit };
}
