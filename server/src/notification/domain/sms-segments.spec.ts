import { isGsm7, preferGsm7, smsLength } from './sms-segments.js';

describe('smsLength', () => {
  it.each([
    ['', 'GSM7', 0, 0],
    ['a'.repeat(160), 'GSM7', 160, 1],
    ['a'.repeat(161), 'GSM7', 161, 2],
    ['a'.repeat(306), 'GSM7', 306, 2],
    ['a'.repeat(307), 'GSM7', 307, 3],
    // é, è, à, ù are in the GSM-7 basic set.
    ['Rendez-vous confirmé à 10h, à très bientôt'.replace('ô', 'o'), 'GSM7', 42, 1],
    // Extension characters count double: 80 € signs are 160 septets.
    ['€'.repeat(80), 'GSM7', 160, 1],
    ['€'.repeat(81), 'GSM7', 162, 2],
    ['[]{}|~^\\'.repeat(10), 'GSM7', 160, 1],
    // One character outside GSM-7 (ê) makes the whole text UCS-2.
    ['ê'.repeat(70), 'UCS2', 70, 1],
    ['ê' + 'a'.repeat(70), 'UCS2', 71, 2],
    ['ê' + 'a'.repeat(133), 'UCS2', 134, 2],
    ['ê' + 'a'.repeat(134), 'UCS2', 135, 3],
    // An emoji is two UTF-16 units.
    ['🙂'.repeat(35), 'UCS2', 70, 1],
  ])('%#: %j', (text, encoding, units, segments) => {
    expect(smsLength(text)).toMatchObject({ encoding, units, segments });
  });

  it('counts a 200-character French text with a non-GSM accent as 3 UCS-2 segments', () => {
    const text =
      `Votre soin du visage est prévu demain : fête des mères oblige, pensez à arriver 10 min en avance. `.padEnd(
        200,
        'x',
      );
    expect(text).toHaveLength(200);
    expect(smsLength(text)).toEqual({ encoding: 'UCS2', units: 200, segments: 3, remaining: 1 });
    // Without the ê it would fit in 2 GSM-7 segments.
    expect(smsLength(text.replace('ê', 'e'))).toMatchObject({ encoding: 'GSM7', segments: 2 });
  });
});

describe('preferGsm7', () => {
  it('spells French accents outside GSM-7 in GSM-7', () => {
    expect(preferGsm7('À bientôt, Françoise ! « Sérénaia »')).toBe('A bientot, Francoise ! " Sérénaia "');
    expect(isGsm7(preferGsm7('Où êtes-vous ? Noël, cœur'))).toBe(true);
  });

  it('keeps a text that needs UCS-2 anyway', () => {
    expect(preferGsm7('Merci Zoë 🙂 à bientôt')).toBe('Merci Zoë 🙂 à bientôt');
  });
});
