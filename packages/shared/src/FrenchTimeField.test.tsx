import { jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { FrenchTimeField } from './FrenchTimeField';

function Owner({ onChange, onValidityChange }: { onChange: jest.Mock; onValidityChange: jest.Mock }) {
  const [value, setValue] = useState<string | null>('10:30');
  return (
    <FrenchTimeField
      label="Heure"
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
      onValidityChange={onValidityChange}
    />
  );
}

function setup() {
  const onChange = jest.fn();
  const onValidityChange = jest.fn();
  render(<Owner onChange={onChange} onValidityChange={onValidityChange} />);
  const input = screen.getByLabelText<HTMLInputElement>('Heure');
  const type = (text: string) => {
    fireEvent.change(input, { target: { value: text } });
    fireEvent.blur(input);
  };
  return { input, type, onChange, onValidityChange };
}

describe('FrenchTimeField', () => {
  it('is a text field showing 24-hour HH:MM whatever the browser’s language', () => {
    const { input } = setup();
    expect(input.type).toBe('text');
    expect(input.value).toBe('10:30');
  });

  it('applies "19:15" and shows "9h05" as 09:05', () => {
    const { input, type, onChange, onValidityChange } = setup();
    type('19:15');
    expect(onChange).toHaveBeenLastCalledWith('19:15');
    expect(onValidityChange).toHaveBeenLastCalledWith(true);
    type('9h05');
    expect(onChange).toHaveBeenLastCalledWith('09:05');
    expect(input.value).toBe('09:05');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it.each(['25:00', '9:5'])(
    'refuses %j: keeps the text, says why, hands null and reports it invalid',
    (text) => {
      const { input, type, onChange, onValidityChange } = setup();
      type(text);
      expect(input.value).toBe(text);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByText('Heure invalide : hh:mm.')).toBeTruthy();
      expect(onChange).toHaveBeenLastCalledWith(null);
      expect(onValidityChange).toHaveBeenLastCalledWith(false);

      type('19:15');
      expect(onChange).toHaveBeenLastCalledWith('19:15');
      expect(onValidityChange).toHaveBeenLastCalledWith(true);
      expect(screen.queryByText('Heure invalide : hh:mm.')).toBeNull();
    },
  );
});
