import {
  correctableWords,
  escapeLike,
  narrowedByTrigrams,
  searchTermsOf,
  searchWordsOf,
} from './search-terms.js';

describe('searchTermsOf', () => {
  it.each([
    ['  Hélène   Dupont ', { text: 'hélène dupont', phone: null, phoneDigits: null }],
    ['marie@exemple.fr', { text: 'marie@exemple.fr', phone: null, phoneDigits: null }],
    ['06 12 34 56 78', { text: '06 12 34 56 78', phone: '+33612345678', phoneDigits: '612345678' }],
    ['+33612345678', { text: '+33612345678', phone: '+33612345678', phoneDigits: '612345678' }],
    ['0033 6 12 34 56 78', { text: '0033 6 12 34 56 78', phone: '+33612345678', phoneDigits: '612345678' }],
    ['06.12.34', { text: '06.12.34', phone: null, phoneDigits: '61234' }],
    ['5678', { text: '5678', phone: null, phoneDigits: '5678' }],
    ['+44 20 7946 0958', { text: '+44 20 7946 0958', phone: '+442079460958', phoneDigits: '442079460958' }],
    ['12', { text: '12', phone: null, phoneDigits: null }],
  ])('%p', (raw, terms) => {
    expect(searchTermsOf(raw)).toEqual(terms);
  });

  it('is null for nothing to search', () => {
    expect(searchTermsOf('   ')).toBeNull();
    expect(searchTermsOf(undefined)).toBeNull();
  });
});

describe('narrowedByTrigrams', () => {
  it.each([
    ['thomas moreau', true],
    ['léa', true],
    ['ma', false],
    ['l d', false],
    ['é ma', false],
    ['ma dupont', true],
    ['06 12', true],
    ['12', false],
    ["d'a", false],
    ['jean-baptiste', true],
  ])('%p → %p', (raw, narrowed) => {
    const terms = searchTermsOf(raw);
    expect(terms).not.toBeNull();
    if (terms !== null) expect(narrowedByTrigrams(terms)).toBe(narrowed);
  });
});

describe('escapeLike', () => {
  it('escapes the LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

describe('correctableWords', () => {
  it('keeps the words of 3 letters or more, once, and leaves e-mails and numbers as typed', () => {
    expect(correctableWords(['helene', 'du', 'dupont', 'helene', 'n’guessan', 'jean-baptiste'])).toEqual([
      'helene',
      'dupont',
      'n’guessan',
      'jean-baptiste',
    ]);
    expect(correctableWords(['marie.dupont@gm', 'dupont2', 'zoé'])).toEqual(['zoé']);
  });
});

describe('searchWordsOf', () => {
  it.each([
    ['hélène dupont', ['hélène', 'dupont']],
    ['morea-kerjean', ['morea', 'kerjean']],
    ['zoé n’guessan', ['zoé', 'n', 'guessan']],
    ["d'artagnan", ['d', 'artagnan']],
    ['jean-marie.dupont@exemple', ['jean-marie.dupont@exemple']],
    ['---', ['---']],
    ['a b c d e-f g', ['a', 'b', 'c', 'd', 'e']],
    ['anne-marie-claire de la tour', ['anne', 'marie', 'claire', 'de', 'la']],
  ])('%p → %p', (raw, words) => {
    const terms = searchTermsOf(raw);
    expect(terms).not.toBeNull();
    if (terms !== null) expect(searchWordsOf(terms)).toEqual(words);
  });
});
