import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { renderedOnce, renderSpliced } from './rendered-once.ts';

const section = (html: string): VNode => h('section', { dangerouslySetInnerHTML: { __html: html } }) as VNode;

describe('renderedOnce inside renderSpliced', () => {
  it('gives the same bytes as rendering the whole page as one string', () => {
    const source = { rows: ['Ærø – Bolig', '<b>'] };
    const part = () =>
      h(
        'ul',
        null,
        source.rows.map((r) => h('li', null, r)),
      );
    const page = (name: string) => () =>
      renderToString(
        h('main', null, [
          h('p', null, `Hej ${name} – <script>`),
          section(renderedOnce(source, 'list', part)),
          h('p', null, 'midt'),
          section(renderedOnce(source, 'list', part)),
        ]),
      );
    const spliced = renderSpliced(page('Åse'));
    // Outside renderSpliced the part is its HTML: the reference.
    expect(spliced.equals(Buffer.from(page('Åse')(), 'utf8'))).toBe(true);
    expect(spliced.toString('utf8')).toContain('<li>Ærø – Bolig</li><li>&lt;b></li>');
    expect(spliced.toString('utf8')).not.toContain('<!--rendered-once');
  });

  it('inlines a rendered-once part nested in another part', () => {
    const inner = { id: 1 };
    const outer = { id: 2 };
    const html = renderSpliced(() =>
      renderToString(
        section(
          renderedOnce(outer, 'outer', () =>
            section(renderedOnce(inner, 'inner', () => h('i', null, 'indre'))),
          ),
        ),
      ),
    ).toString('utf8');
    expect(html).toBe('<section><section><i>indre</i></section></section>');
  });
});
