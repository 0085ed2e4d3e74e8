import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildTemplate, decodeEntities } from '../../src/csp/template-builder.js';

/** The browser's own parse, the oracle (tests run without the strict policy). */
function parsed(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template;
}

/** A structural description: names, namespaces, attributes, text and comments, in order. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return ['#text', node.nodeValue];
  if (node.nodeType === Node.COMMENT_NODE) return ['#comment', node.nodeValue];
  const element = node as Element;
  const children = [...(element instanceof HTMLTemplateElement ? element.content.childNodes : element.childNodes)].map(shape);
  const attributes = element.getAttributeNames().map((name) => [name, element.getAttribute(name)]);
  return [element.localName, element.namespaceURI, attributes, children];
}

const same = (html: string) => {
  const ours = buildTemplate(html);
  const theirs = parsed(html);
  expect([...ours.content.childNodes].map(shape), html).to.deep.equal([...theirs.content.childNodes].map(shape));
};

const marker = 'lit$123456789$';

/** HTML of the shape Lit's template strings take (see lit-html's getTemplateHtml). */
const templateHtml = fc.letrec((tie) => ({
  text: fc.oneof(
    fc.constantFrom('Hello', ' ', '\n  ', 'a &amp; b', '&lt;tag&gt;', '&nbsp;', '&#169;', '&#x2192;', 'x < y', '…'),
    fc.stringMatching(/^[a-zA-Z0-9 ,.:-]{0,12}$/),
  ),
  attribute: fc.oneof(
    fc.constantFrom('part="button"', 'type="button"', 'disabled', 'aria-label="Call &amp; dial"', "title='single'", 'class=unquoted', `?disabled$lit$=${marker}`, `@click$lit$=${marker}`, `.value$lit$=${marker}`, `aria-label$lit$="${marker}"`, `class$lit$="a ${marker} b"`, marker),
  ),
  element: fc
    .record({
      // Containers whose content model takes any of the nodes below; valid nesting is the
      // builder's contract (the HTML parser's repairs of misnesting are out of scope).
      name: fc.constantFrom('div', 'section', 'wwe-thing', 'article'),
      attributes: fc.array(tie('attribute') as fc.Arbitrary<string>, { maxLength: 3 }),
      children: fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 3 }),
    })
    .map(({ name, attributes, children }) => `<${name}${attributes.map((attribute) => ` ${attribute}`).join('')}>${children.join('')}</${name}>`),
  leaf: fc.oneof(
    fc.constantFrom(
      `<?${marker}>`,
      '<!-- a comment -->',
      '<input type="text" .value$lit$=' + marker + '>',
      '<br>',
      '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M1 1h2"></path><circle cx="1" cy="1" r="1"/></svg>',
      '<img alt="">',
      `<button type="button" ?disabled$lit$=${marker}>Call <span>now</span></button>`,
      `<ul role="listbox"><li aria-selected$lit$="${marker}">One</li><li>Two &amp; three</li></ul>`,
      `<label>Key <input name="k" required></label>`,
      `<p>Text <em>with</em> <?${marker}> phrasing</p>`,
    ),
  ),
  node: fc.oneof({ depthSize: 'small' }, tie('text') as fc.Arbitrary<string>, tie('leaf') as fc.Arbitrary<string>, tie('element') as fc.Arbitrary<string>),
}));

describe('sink-free template builder', () => {
  it('builds what the HTML parser builds, for Lit-shaped template HTML', () => {
    fc.assert(
      fc.property(fc.array(templateHtml.node, { maxLength: 5 }), (nodes) => same(nodes.join(''))),
      { numRuns: 500 },
    );
  });

  it('handles the forms elements write by hand', () => {
    for (const html of [
      '<button class="button button--primary" part="button" type="button">Call</button>',
      `<slot @slotchange$lit$=${marker}><?${marker}></slot>`,
      '<svg class="icon" viewBox="0 0 24 24"><g><path d="M0 0"/></g></svg><span>after</span>',
      '<label>Key <input name="k" required></label><select><option value="a" selected>A</option></select>',
      '<textarea>a &amp; b <b></textarea><p>after</p>',
      '<dl><dt>Caller</dt><dd>+33</dd></dl><pre>  spaced\n text  </pre>',
      '<div>unclosed <span>inner</div><p>next</p>',
      '<!doctype-ish><math><mi>x</mi></math>',
    ]) {
      same(html);
    }
  });

  it('creates elements in the inert template document, so custom elements do not upgrade early', () => {
    let constructed = 0;
    class Counted extends HTMLElement {
      constructor() {
        super();
        constructed++;
      }
    }
    customElements.define('csp-counted-probe', Counted);
    const template = buildTemplate('<csp-counted-probe></csp-counted-probe>');
    expect(constructed).to.equal(0);
    document.body.append(document.importNode(template.content, true));
    expect(constructed).to.equal(1);
    document.querySelector('csp-counted-probe')!.remove();
  });

  it('decodes numeric and common named references and leaves unknown ones', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x41;&nbsp;&bogus;')).to.equal('&<>"\'A\u00a0&bogus;');
  });
});
