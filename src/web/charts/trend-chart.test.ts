import { describe, expect, it } from 'vitest';
import type { Trend } from '../../domain/key-figures/trends.ts';
import { renderTrendSvg } from './trend-chart.ts';

const trend: Trend = {
  code: 'tomgang_pct',
  label: 'Tomgang',
  unit: '%',
  points: [2024, 2025, 2026].map((year, i) => ({
    year,
    value: 1 + i / 2,
    municipalMedian: 0.8,
    nationalMedian: i === 0 ? null : 0.6,
  })),
};

describe('renderTrendSvg', () => {
  it('draws one named image with every series in the legend, Danish numbers on the axis', async () => {
    const svg = await renderTrendSvg(
      trend,
      { subject: 'Boligforeningen Åbo', municipalMedian: 'Kommunens median', nationalMedian: 'Landsmedian' },
      'Tomgang for Boligforeningen Åbo',
    );
    expect(svg).toMatch(/^<svg role="img" focusable="false" class="trend-chart" /);
    expect(svg).toContain('<title>Tomgang for Boligforeningen Åbo</title>');
    for (const name of ['Boligforeningen Åbo', 'Kommunens median', 'Landsmedian'])
      expect(svg).toContain(`>${name}</text>`);
    expect(svg).toMatch(/>\d,\d<\/text>/);
    expect(svg).not.toMatch(/>\d\.\d<\/text>/);
    // Vega's own (English) ARIA roles are removed: the chart is one image for assistive technology.
    expect(svg).not.toMatch(/ role="(?!img)/);
    expect(svg).not.toContain('aria-roledescription');
    expect(svg).not.toContain('style=');
  });

  it('keeps the markup small: coordinates to two decimals, no attributes that draw nothing', async () => {
    const svg = await renderTrendSvg(
      { ...trend, points: trend.points.map((p) => ({ ...p, value: (p.value ?? 0) / 3 })) },
      { subject: 'Boligforeningen Åbo', municipalMedian: 'Kommunens median', nationalMedian: 'Landsmedian' },
      'Tomgang (en tredjedel) for Boligforeningen Åbo',
    );
    expect(svg).toMatch(/<path [^>]*d="M/);
    expect(svg).not.toMatch(/\d\.\d{3}/);
    expect(svg).not.toMatch(/ opacity="1"| pointer-events=| aria-hidden=/);
    expect(svg.match(/ class="/g)).toHaveLength(1);
  });

  it('escapes names and title, so a hostile organisation name stays text', async () => {
    const evil = '<script>alert(1)</script> & Co';
    const svg = await renderTrendSvg(
      trend,
      { subject: evil, municipalMedian: 'M', nationalMedian: 'L' },
      evil,
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
