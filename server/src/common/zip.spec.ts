import { readZip, writeZip } from './zip.js';

const at = new Date('2026-12-06T10:20:30Z');

describe('zip', () => {
  it('reads back what it writes, compressed or stored, with UTF-8 names', () => {
    const entries = [
      {
        name: 'records.json',
        data: Buffer.from(JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i }))), 'utf8'),
      },
      { name: 'signé.sig', data: Buffer.from([1, 2, 3]) },
      { name: 'empty.txt', data: Buffer.alloc(0) },
    ];
    const zip = writeZip(entries, at);
    expect(zip.length).toBeLessThan(entries[0].data.length);
    expect(readZip(zip)).toEqual(entries);
  });

  it('is byte-for-byte the same for the same entries and instant', () => {
    const entries = [{ name: 'a', data: Buffer.from('hello') }];
    expect(writeZip(entries, at).equals(writeZip(entries, at))).toBe(true);
  });

  it('refuses a file whose content changed (CRC) and a file that is not a ZIP', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('stored because short') }], at);
    const bad = Buffer.from(zip);
    bad[30 + 'a.txt'.length + 3] ^= 0x01;
    expect(() => readZip(bad)).toThrow('CRC mismatch for a.txt');
    expect(() => readZip(Buffer.from('not a zip at all, just some text here'))).toThrow('not a ZIP');
  });

  it('refuses a change to any byte, headers included', () => {
    const zip = writeZip(
      [
        { name: 'a.json', data: Buffer.from('{"x":1}'.repeat(40)) },
        { name: 'b.sig', data: Buffer.from('sig') },
      ],
      at,
    );
    for (let i = 0; i < zip.length; i += 1) {
      const bad = Buffer.from(zip);
      bad[i] ^= 0x01;
      expect(() => readZip(bad)).toThrow();
    }
  });
});
