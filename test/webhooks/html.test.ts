// htmlToMappedText: the text an editor sees, and for every character the HTML it came from.
import { describe, expect, it } from 'vitest'
import { htmlToMappedText, htmlToText, toHtmlRange } from '../../src/html.ts'
import { contentfulRichText, portableText, strapiBlocks } from '../../src/webhooks/richtext.ts'

describe('htmlToText', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['a<br>b', 'a\nb'],
    ['<p>  many   spaces\n here </p>', 'many spaces here'],
    ['<b>bold</b> <i>italic</i>x', 'bold italicx'],
    ['<p>a</p><script>var t = "</p>ThursdayThe"</script><p>b</p>', 'a\n\nb'],
    ['<style>p{color:red}</style><p>x</p>', 'x'],
    [
      '<p>before</p><figure><img src="a.jpg"><figcaption>Photo: EFE</figcaption></figure><p>after</p>',
      'before\n\nafter',
    ],
    ['<figure><figure>inner</figure>still</figure>kept', 'kept'],
    ['<p>&ldquo;Hi&rdquo; &amp; &#8217;bye&#x2019; &nbsp;x&unknown;</p>', '“Hi” & ’bye’ x&unknown;'],
    ['<!-- wp:paragraph --><p>wp</p><!-- /wp:paragraph -->', 'wp'],
    ['<p title="a > b">attr</p>', 'attr'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
    ['<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
    ['<p>&nbsp;</p><p>real</p>', 'real'],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text)
  })

  it('maps every character back to the HTML that produced it', () => {
    const html =
      '<h1>Talks</h1>\n<p>The call with <a href="/p">Valdimir&nbsp;Putin</a> is &ldquo;set&rdquo; for ThursdayThe official.</p><figure><img></figure><p>Blinkin &amp; Zelensky.</p>'
    const m = htmlToMappedText(html)
    expect(m.text).toBe(
      'Talks\n\nThe call with Valdimir Putin is “set” for ThursdayThe official.\n\nBlinkin & Zelensky.',
    )
    expect(m.starts).toHaveLength(m.text.length)
    for (let i = 0; i < m.text.length; i++) {
      const src = html.slice(m.starts[i], m.ends[i])
      const ch = m.text[i] as string
      if (ch === '\n') expect(src).toMatch(/^<\/?[a-z0-9]+[^>]*>[\s\S]*$/)
      else if (ch === ' ') expect(src).toMatch(/^(\s|&nbsp;)$/)
      else if (src.startsWith('&')) expect(src).toMatch(/^&[#a-z0-9]+;$/i)
      else expect(src).toBe(ch)
    }
    for (const word of ['Valdimir', 'ThursdayThe', 'Blinkin', 'Zelensky']) {
      const at = m.text.indexOf(word)
      const [s, e] = toHtmlRange(m, at, at + word.length)
      expect(html.slice(s, e)).toBe(word)
    }
    const quote = m.text.indexOf('“set”')
    const [qs, qe] = toHtmlRange(m, quote, quote + 5)
    expect(html.slice(qs, qe)).toBe('&ldquo;set&rdquo;')
  })

  it('keeps offsets right across astral characters', () => {
    const m = htmlToMappedText('<p>😀 Valdimir</p>')
    const at = m.text.indexOf('Valdimir')
    expect(at).toBe(3)
    const [s, e] = toHtmlRange(m, at, at + 8)
    expect('<p>😀 Valdimir</p>'.slice(s, e)).toBe('Valdimir')
  })
})

describe('HTML5 parsing (issue 11.1)', () => {
  it.each([
    ['S&atilde;o Paulo', 'São Paulo'],
    ['&Ouml;zdemir &ouml;', 'Özdemir ö'],
    ['&Scaron;koda &scaron;', 'Škoda š'],
    ['&frac12; &rarr; &hearts; &Omega;', '½ → ♥ Ω'],
    ['&copy 2024 &amp co', '© 2024 & co'],
    ['&NotNestedGreaterGreater;', '\u2aa2\u0338'],
    ['x&ZeroWidthSpace;y', 'x\u200by'],
    ['&#128512; &#x1F600;', '😀 😀'],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text)
  })

  it('maps a decoded entity back to the whole entity', () => {
    const html = '<p>S&atilde;o &NotNestedGreaterGreater; Paulo</p>'
    const m = htmlToMappedText(html)
    const at = m.text.indexOf('ã')
    expect(html.slice(...toHtmlRange(m, at, at + 1))).toBe('&atilde;')
    const two = m.text.indexOf('\u2aa2')
    expect(html.slice(...toHtmlRange(m, two, two + 2))).toBe('&NotNestedGreaterGreater;')
    expect(html.slice(...toHtmlRange(m, 0, m.text.length))).toBe('S&atilde;o &NotNestedGreaterGreater; Paulo')
  })

  it('follows the tokenizer where the old scanner guessed: raw text, RCDATA, end tags with spaces', () => {
    expect(htmlToText('<p>a</p ><textarea>&lt;b&gt;</textarea><title>t</title>')).toBe('a\n<b>')
    expect(htmlToText('<svg><text>drawn</text></svg><figure/>after')).toBe('after')
    expect(htmlToText('<figure><video></figure>kept')).toBe('kept')
  })

  // Hostile shapes from issue 11 (each 1 MB or so): all of them are a single linear pass.
  // `npm run bench:http` times them; here only the answers are checked.
  it.each([
    ['60,000 empty scripts', `${'<script></script>'.repeat(60_000)}x`, 'x'],
    ['40,000 empty figures', `a${'<figure></figure>'.repeat(40_000)}b`, 'a\n\nb'],
    ['200,000 unclosed divs', `${'<div>'.repeat(200_000)}x`, 'x'],
    ['100,000 divs then 100,000 stray end tags', `${'<div>'.repeat(100_000)}x${'</b>'.repeat(100_000)}`, 'x'],
    ['100,000 nested figures, closed', `${'<figure>'.repeat(100_000)}${'</figure>'.repeat(100_000)}y`, 'y'],
    ['100,000 figures closed by one end tag of another name', `${'<figure><svg>'.repeat(50_000)}</figure>z`, ''],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text)
  })
})

describe('rich text to paragraphs', () => {
  it('flattens Contentful rich text, skipping embedded entries', () => {
    const doc = {
      nodeType: 'document',
      data: {},
      content: [
        { nodeType: 'heading-1', data: {}, content: [{ nodeType: 'text', value: 'Title', marks: [], data: {} }] },
        { nodeType: 'embedded-entry-block', data: {}, content: [] },
        {
          nodeType: 'paragraph',
          data: {},
          content: [
            { nodeType: 'text', value: 'See ', marks: [], data: {} },
            {
              nodeType: 'hyperlink',
              data: { uri: 'x' },
              content: [{ nodeType: 'text', value: 'this', marks: [], data: {} }],
            },
            { nodeType: 'text', value: '.', marks: [], data: {} },
          ],
        },
        {
          nodeType: 'unordered-list',
          data: {},
          content: [
            {
              nodeType: 'list-item',
              data: {},
              content: [
                {
                  nodeType: 'paragraph',
                  data: {},
                  content: [{ nodeType: 'text', value: 'item', marks: [], data: {} }],
                },
              ],
            },
          ],
        },
      ],
    }
    expect(contentfulRichText(doc)).toBe('Title\n\nSee this.\n\nitem')
  })

  it('flattens Portable Text and Strapi blocks', () => {
    expect(
      portableText([
        {
          _type: 'block',
          children: [
            { _type: 'span', text: 'A ' },
            { _type: 'span', text: 'b.' },
          ],
        },
        { _type: 'image', asset: {} },
        { _type: 'block', children: [{ _type: 'span', text: 'C' }] },
      ]),
    ).toBe('A b.\n\nC')
    expect(
      strapiBlocks([
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'H' }] },
        { type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: 'x' }] }] },
        { type: 'image', children: [{ type: 'text', text: '' }] },
      ]),
    ).toBe('H\n\nx')
  })
})
