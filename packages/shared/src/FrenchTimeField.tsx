import { parseFrenchTime, type WallTime } from './french-time';
import { TypedField, type TypedFieldProps } from './typed-field';

export type FrenchTimeFieldProps = TypedFieldProps<WallTime>;

/**
 * A time typed as "hh:mm", 24-hour, whatever the browser's language (a native time input shows
 * "07:15 PM" in an English browser). Applied on Enter or when leaving the field, like
 * `FrenchDateField`, and reports a bad text the same way.
 */
export function FrenchTimeField({
  placeholder = 'hh:mm',
  invalidMessage = 'Heure invalide : hh:mm.',
  ...props
}: FrenchTimeFieldProps) {
  return (
    <TypedField
      {...props}
      placeholder={placeholder}
      invalidMessage={invalidMessage}
      parse={parseFrenchTime}
      format={String}
    />
  );
}
