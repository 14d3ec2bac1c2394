import { describe, expect, it } from 'vitest';
import { invitationMailHtml, invitationMailText } from './invitation-mail.ts';

const base = {
  kind: 'invite' as const,
  recipientName: 'Ida <Holm>',
  title: 'Styringsdialogmøde 2027 – "Djurslandsbo" & co',
  date: '2027-03-09',
  startTime: '10:00',
  endTime: '12:00',
  location: 'Rådhuset',
  agendaTitles: ['Opfølgning', '<script>alert(1)</script>'],
  cancellationReason: null,
  meetingUrl: 'https://sd.norddjurs.dk/moeder/m1',
  answerUrl: 'https://sd.norddjurs.dk/svar/abc?x=1&y=2',
  organizerName: 'Sara Sagsbehandler',
};

describe('invitation mail', () => {
  it('says what, when, where and how to answer, in Danish, with both links', () => {
    const text = invitationMailText(base);
    expect(text).toContain('Du er indkaldt til Styringsdialogmøde 2027');
    expect(text).toContain('Tid: 09-03-2027 kl. 10:00–12:00');
    expect(text).toContain('Sted: Rådhuset');
    expect(text).toContain('https://sd.norddjurs.dk/svar/abc?x=1&y=2');
    expect(text).toContain('Se mødet i Styringsdialog: https://sd.norddjurs.dk/moeder/m1');
  });

  it('escapes every interpolated value in the HTML', () => {
    const html = invitationMailHtml(base);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Ida &lt;Holm&gt;');
    expect(html).toContain('href="https://sd.norddjurs.dk/svar/abc?x=1&amp;y=2"');
  });

  it('a cancellation gives the reason and no answer link', () => {
    const text = invitationMailText({
      ...base,
      kind: 'cancel',
      answerUrl: null,
      cancellationReason: 'Sygdom',
    });
    expect(text).toContain('Mødet er aflyst: Styringsdialogmøde');
    expect(text).toContain('Begrundelse: Sygdom');
    expect(text).not.toContain('/svar/');
    expect(text).not.toContain('Dagsorden');
  });
});
