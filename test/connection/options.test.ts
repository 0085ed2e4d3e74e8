import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseConnectionOptions, validateOptions, WRITTEN_OPTIONS, type WrittenOptions } from '../../src/connection/options.js';
import { configureFromTag, getConnection, requestedConfiguration } from '../../src/connection/index.js';

const problemsOf = (written: WrittenOptions, prefix?: string) =>
  parseConnectionOptions(written, prefix).problems.map(({ option, error }) => ({ option, code: error.code, request: error.request, message: error.message }));

describe('the options parser', () => {
  // What a page writes → what the connection gets. Text comes from attributes, the rest from properties.
  const table: Array<[string, WrittenOptions, Record<string, unknown>, string[]]> = [
    ['nothing written', {}, {}, []],
    ['removed attributes and unset properties', { desktopOrigin: null, timeout: undefined, handshakeTimeout: null, allowAnyOrigin: undefined }, {}, []],
    ['blank attributes mean the default', { desktopOrigin: '  ', timeout: '', handshakeTimeout: ' ' }, {}, []],
    ['an origin, normalised', { desktopOrigin: ' https://WWE.example.com:443/ui/index.html ' }, { desktopOrigin: 'https://wwe.example.com' }, []],
    ['milliseconds as text', { timeout: '2500', handshakeTimeout: ' 750.5 ' }, { timeout: 2500, handshakeTimeout: 750.5 }, []],
    ['milliseconds as numbers', { timeout: 2500, handshakeTimeout: 1 }, { timeout: 2500, handshakeTimeout: 1 }, []],
    ['a bare boolean attribute is true', { allowAnyOrigin: '' }, { allowAnyOrigin: true }, []],
    ['"true" in any case', { allowAnyOrigin: 'TRUE' }, { allowAnyOrigin: true }, []],
    ['"false" is false', { allowAnyOrigin: 'false' }, { allowAnyOrigin: false }, []],
    ['booleans from properties', { allowAnyOrigin: false }, { allowAnyOrigin: false }, []],
    ['a word where milliseconds go', { timeout: 'soon' }, {}, ['timeout']],
    ['units, hexadecimal and exponents are not guessed at', { timeout: '10s', handshakeTimeout: '0x10' }, {}, ['timeout', 'handshakeTimeout']],
    ['zero, negative, infinite, NaN', { timeout: 0, handshakeTimeout: -5 }, {}, ['timeout', 'handshakeTimeout']],
    ['beyond what a timer can wait', { timeout: 2 ** 31, handshakeTimeout: Number.NaN }, {}, ['timeout', 'handshakeTimeout']],
    ['not an origin', { desktopOrigin: 'wwe.example.com' }, {}, ['desktopOrigin']],
    ['an opaque origin', { desktopOrigin: 'data:text/html,hi' }, {}, ['desktopOrigin']],
    ['an origin that is not text', { desktopOrigin: 42 }, {}, ['desktopOrigin']],
    ['values that cannot be turned into text are reported, not thrown', { desktopOrigin: { toString: 0 }, desktopOrigins: Object.create(null) as object }, {}, ['desktopOrigin', 'desktopOrigins']],
    ['a flag that is neither', { allowAnyOrigin: 'yes' }, {}, ['allowAnyOrigin']],
    ['a list of desktop origins, separated by commas and spaces, normalised', { desktopOrigins: ' https://WWE.example.com, https://*.Example.com:8443\n http://localhost:5173/ ' }, { desktopOrigins: ['https://wwe.example.com', 'https://*.example.com:8443', 'http://localhost:5173'] }, []],
    ['a list of desktop origins from a property', { desktopOrigins: ['https://*.example.com'] }, { desktopOrigins: ['https://*.example.com'] }, []],
    ['a blank list means the default', { desktopOrigins: '  ' }, {}, []],
    ['one bad pattern leaves the whole list out', { desktopOrigins: 'https://wwe.example.com https://a.*.example.com' }, {}, ['desktopOrigins']],
    ['a list that is neither text nor an array', { desktopOrigins: 42 }, {}, ['desktopOrigins']],
    ['a bare allow-derived-origin is true', { allowDerivedOrigin: '' }, { allowDerivedOrigin: true }, []],
    ['"false" turns the opt-in off', { allowDerivedOrigin: 'false' }, { allowDerivedOrigin: false }, []],
    ['a bad value leaves the others in force', { desktopOrigin: 'https://wwe.example.com', timeout: 'soon', allowAnyOrigin: 'maybe', handshakeTimeout: '900' }, { desktopOrigin: 'https://wwe.example.com', handshakeTimeout: 900 }, ['timeout', 'allowAnyOrigin']],
  ];

  for (const [what, written, options, problems] of table) {
    it(what, () => {
      const parsed = parseConnectionOptions(written);
      expect(parsed.options).to.deep.equal(options);
      expect(parsed.problems.map(({ option }) => option)).to.deep.equal(problems);
    });
  }

  it('reads an attribute that repeats its own name as present', () => {
    expect(parseConnectionOptions({ allowAnyOrigin: 'allow-any-origin' }).options).to.deep.equal({ allowAnyOrigin: true });
    expect(parseConnectionOptions({ allowAnyOrigin: 'data-allow-any-origin' }, 'data-').options).to.deep.equal({ allowAnyOrigin: true });
    expect(parseConnectionOptions({ allowDerivedOrigin: 'data-allow-derived-origin' }, 'data-').options).to.deep.equal({ allowDerivedOrigin: true });
  });

  it('names the bad patterns of a desktop origin list, and the attribute', () => {
    expect(problemsOf({ desktopOrigins: 'https://wwe.example.com,*.example.com https://*' }, 'data-')).to.deep.equal([
      {
        option: 'desktopOrigins',
        code: 'INVALID_ARGUMENT',
        request: 'configure',
        message: 'data-desktop-origins "https://wwe.example.com,*.example.com https://*" has "*.example.com", "https://*", not an http(s) origin with at most a "*" as its whole leftmost label (such as "https://*.example.com"); it was left out.',
      },
    ]);
  });

  it('reports each problem as INVALID_ARGUMENT naming the attribute as the page wrote it, and the value', () => {
    expect(problemsOf({ timeout: 'soon', desktopOrigin: 'not an origin' }, 'data-')).to.deep.equal([
      { option: 'desktopOrigin', code: 'INVALID_ARGUMENT', request: 'configure', message: 'data-desktop-origin "not an origin" is not a URL with an http(s) origin, such as "https://wwe.example.com"; it was left out.' },
      { option: 'timeout', code: 'INVALID_ARGUMENT', request: 'configure', message: 'data-timeout "soon" is not a positive number of milliseconds; it was left out.' },
    ]);
    expect(problemsOf({ handshakeTimeout: 0, allowAnyOrigin: 'nope' })).to.deep.equal([
      { option: 'handshakeTimeout', code: 'INVALID_ARGUMENT', request: 'configure', message: 'handshake-timeout 0 is not a positive number of milliseconds; it was left out.' },
      { option: 'allowAnyOrigin', code: 'INVALID_ARGUMENT', request: 'configure', message: 'allow-any-origin "nope" is neither "true" nor "false"; it was left out.' },
    ]);
  });

  it('never throws, and every written option ends up either valid in the options or reported, never both', () => {
    const anything = fc.oneof(
      fc.constantFrom(undefined, null, '', ' ', 'false', 'true', '0', '-1', 'NaN', 'Infinity', 'https://wwe.example.com', 'http://localhost:8080/x', 'javascript:alert(1)', 'https://*.example.com, http://[::1]:80', ' , '),
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.object(),
    );
    const written = fc.record(Object.fromEntries(WRITTEN_OPTIONS.map((option) => [option, anything])), { requiredKeys: [] }) as fc.Arbitrary<WrittenOptions>;
    fc.assert(
      fc.property(written, fc.constantFrom('', 'data-'), (page, prefix) => {
        const { options, problems } = parseConnectionOptions(page, prefix);
        // What comes out is what configure() accepts, unchanged.
        const { allowAnyOrigin: _normalised, allowDerivedOrigin: _normalisedOptIn, record: _normalisedRecord, ...rest } = validateOptions(options);
        const { allowAnyOrigin: _given, allowDerivedOrigin: _givenOptIn, record: givenRecord, ...given } = options;
        // record: true is the recorder's default options, false is off.
        expect(validateOptions(options).record).to.deep.equal(givenRecord ? {} : undefined);
        expect(rest).to.deep.equal(given);
        for (const { option, error } of problems) {
          expect(option in options, `${option} both used and reported`).to.equal(false);
          expect(error.code).to.equal('INVALID_ARGUMENT');
          expect(error.message.startsWith(prefix)).to.equal(true);
        }
        for (const option of WRITTEN_OPTIONS) {
          const value = page[option];
          // A flag's bare attribute ("") is the one blank value that means something.
          const blank = typeof value === 'string' && value.trim() === '' && option !== 'allowAnyOrigin' && option !== 'allowDerivedOrigin' && option !== 'record';
          const unset = value === undefined || value === null || blank;
          const reported = problems.some((problem) => problem.option === option);
          expect(option in options || reported, `${option} (a ${typeof value}) lost`).to.equal(!unset);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads the text of any number a timer can wait for as that number, and the number itself the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (milliseconds) => {
        expect(parseConnectionOptions({ timeout: String(milliseconds) }).options).to.deep.equal({ timeout: milliseconds });
        expect(parseConnectionOptions({ handshakeTimeout: milliseconds }).options).to.deep.equal({ handshakeTimeout: milliseconds });
      }),
    );
  });
});

describe('what the page asked for', () => {
  afterEach(() => getConnection().dispose());

  it('is recorded per source, and a copy without a tag of its own does not hide the tag that asked', () => {
    configureFromTag('script-tag', { timeout: '1234', desktopOrigin: undefined });
    configureFromTag('script-tag', { timeout: undefined, desktopOrigin: null });
    expect(requestedConfiguration()['script-tag']).to.deep.equal({ options: { timeout: 1234 }, problems: [] });
  });
});
