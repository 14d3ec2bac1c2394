import { describe, expect, it } from 'vitest';
import { digestMailHtml, digestMailText, digestSubject, reminderPath } from './digest-mail.ts';
import type { MergedDigest } from './reminder-rules.ts';

const digest = (sections: MergedDigest['sections']): MergedDigest => ({
  userId: 'u1',
  name: 'Ida <Holm>',
  email: 'ida@djurslandsbo.demo',
  sections,
});

const agreementDue = {
  kind: 'agreementDue' as const,
  agreementId: 'a/1',
  text: 'Tomgang <script>alert(1)</script> & udlejning',
  organisationId: 'org-a',
  organisationName: 'Boligselskab A',
  deadline: '2026-12-01',
  overdue: false,
};

describe('the digest mail', () => {
  it('escapes every value in the HTML and links absolutely from the public base URL', () => {
    const d = digest([{ municipality: '707', municipalityName: 'Norddjurs Kommune', items: [agreementDue] }]);
    const html = digestMailHtml(d, 'https://sd.example.dk/');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Tomgang &lt;script&gt;alert(1)&lt;/script&gt; &amp; udlejning');
    expect(html).toContain('Kære Ida &lt;Holm&gt;');
    expect(html).toContain('href="https://sd.example.dk/aftaler/a%2F1"');
    const text = digestMailText(d, 'https://sd.example.dk/');
    expect(text).toContain(
      'Aftalen »Tomgang <script>alert(1)</script> & udlejning« med Boligselskab A har frist 01-12-2026.',
    );
    expect(text).toContain('https://sd.example.dk/min-profil');
    expect(digestSubject(d)).toBe('Styringsdialog: 1 opgave venter på dig');
  });

  it('heads each municipality when the user acts in more than one', () => {
    const d = digest([
      { municipality: '707', municipalityName: 'Norddjurs Kommune', items: [agreementDue] },
      {
        municipality: '751',
        municipalityName: 'Aarhus Kommune',
        items: [{ ...agreementDue, overdue: true }],
      },
    ]);
    expect(digestMailText(d, 'http://x')).toMatch(/Norddjurs Kommune\n\n- [^\n]+\n[^\n]+\n\nAarhus Kommune/);
    expect(digestMailHtml(d, 'http://x')).toContain('<h2>Aarhus Kommune</h2>');
    expect(digestSubject(d)).toBe('Styringsdialog: 2 opgaver venter på dig');
  });

  it.each([
    [{ kind: 'minutesAwaitingApproval', meetingId: 'm 1' }, '/moeder/m%201'],
    [{ kind: 'accountNotPublished', meetingId: 'm1' }, '/moeder/m1'],
    [
      { kind: 'packageMissing', organisationId: 'org-a', steeringYear: 2027 },
      '/moeder/dokumentationspakke/org-a/2027',
    ],
    [{ kind: 'agreementDue', agreementId: 'a1' }, '/aftaler/a1'],
  ] as const)('links %j to %s', (item, path) => {
    expect(reminderPath(item as never)).toBe(path);
  });
});
