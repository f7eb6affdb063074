import { describe, expect, it } from 'vitest';
import { count, percent } from '../../../shared/app/insight-report/html.js';
import {
  ratioBarChart,
  ringBarChart,
  stackedRingChart,
} from '../../../shared/app/insight-report/svg-charts.js';

describe('report charts', () => {
  it('scales ring bars to the largest and carries the figures as data attributes', () => {
    const svg = ringBarChart(
      [
        { ring: 1, candidates: 40 },
        { ring: 2, candidates: 10 },
        { ring: 3, candidates: 0 },
        { ring: 4, candidates: 20 },
      ],
      'rings',
    );
    expect(svg).toContain(
      '<rect class="bar ring-1" data-ring="1" data-value="40" x="250" y="4" width="400.0"',
    );
    expect(svg).toContain('data-ring="2" data-value="10" x="250" y="26" width="100.0"');
    expect(svg).toContain('data-ring="3" data-value="0" x="250" y="48" width="0.0"');
  });

  it('stacks ring segments left to right and skips empty rings', () => {
    const svg = stackedRingChart(
      [
        {
          key: '71',
          label: '71 Building',
          segments: [
            { ring: 1, candidates: 1 },
            { ring: 2, candidates: 0 },
            { ring: 4, candidates: 3 },
          ],
        },
      ],
      'stacked',
    );
    expect(svg).toContain('data-group="71" data-ring="1" data-value="1" x="250.0" y="4" width="100.0"');
    expect(svg).toContain('data-group="71" data-ring="4" data-value="3" x="350.0" y="4" width="300.0"');
    expect(svg).not.toContain('data-ring="2"');
  });

  it('marks occupations below one candidate per opening, and escapes labels', () => {
    const svg = ratioBarChart(
      [{ key: '22', label: '<script>alert(1)</script> & co', value: 0.5 }],
      'tension',
    );
    expect(svg).toContain('class="bar tension short" data-group="22" data-value="0.5"');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(svg).not.toContain('<script>');
  });

  it('formats shares and counts', () => {
    expect(percent(0.333)).toBe('33.3%');
    expect(percent(1)).toBe('100.0%');
    expect([count(1, 'opening'), count(2, 'vacancy', 'vacancies')]).toEqual(['1 opening', '2 vacancies']);
  });
});
