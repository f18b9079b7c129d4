/** "Chrome sur Android", "Safari sur iPhone"…: what a person recognises in their list of sessions. Pure. */
const BROWSERS: [RegExp, string][] = [
  [/Edg(A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

export function summarizeUserAgent(header: string | undefined): string {
  if (header === undefined || header.trim() === '') return 'Appareil inconnu';
  const browser = BROWSERS.find(([re]) => re.test(header))?.[1];
  const system = SYSTEMS.find(([re]) => re.test(header))?.[1];
  if (browser === undefined && system === undefined) return 'Autre application';
  if (browser === undefined) return system as string;
  return system === undefined ? browser : `${browser} sur ${system}`;
}
