import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { settingsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { byOperation, fakeClient } from '../../testing/urql';
import { readConfirmation, saveConfirmation } from './confirmation-store';
import { ConfirmationPage } from './ConfirmationPage';
import type { CreatedBooking } from './types';

const TOKEN = 'MBe00ldnyTjcemt8qA_P0D6KkqOWwBPoGc_JOLPThPg';

const created: CreatedBooking = {
  manageToken: TOKEN,
  booking: {
    reference: 'Q8BF5D',
    status: 'PENDING',
    start: '2026-11-28T09:30:00.000Z',
    end: '2026-11-28T10:45:00.000Z',
    totalCents: 9500,
    depositCents: 2850,
    holdExpiresAt: '2026-11-25T18:14:09.214Z',
    items: [
      {
        serviceName: 'Soin anti-âge lift',
        practitionerName: 'Léa Fontaine',
        durationMinutes: 75,
        priceCents: 9500,
        start: '2026-11-28T09:30:00.000Z',
        end: '2026-11-28T10:45:00.000Z',
      },
    ],
  },
};

/** Renders the page and waits for the institute's details (the legal footer shows them). */
async function renderPage() {
  const { client } = fakeClient(byOperation({ SiteSettings: () => settingsResult() }));
  renderWithProviders(<ConfirmationPage />, { client, route: '/reserver/confirmation' });
  await screen.findByRole('contentinfo');
}

describe('ConfirmationPage', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the booking, the held slot and the deposit, and forgets the stored token once shown', async () => {
    saveConfirmation(created);
    await renderPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Votre créneau est réservé' })).toBeInTheDocument();
    expect(screen.getByText('Q8BF5D')).toBeInTheDocument();
    expect(screen.getByText('Samedi 28 novembre 2026 à 10:30')).toBeInTheDocument();
    expect(screen.getByText('Léa Fontaine')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Votre créneau est gardé jusqu’au mercredi 25 novembre 2026 à 19:14\. Il sera confirmé par le versement d’un acompte de 28,50/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gérer mon rendez-vous' })).toHaveAttribute(
      'href',
      `/rendez-vous/${TOKEN}`,
    );
    expect(screen.queryByRole('button', { name: /payer|paiement/i })).not.toBeInTheDocument();
    await waitFor(() => expect(readConfirmation()).toBeNull());
    expect(await screen.findByRole('link', { name: '01 42 80 12 34' })).toHaveAttribute(
      'href',
      'tel:+33142801234',
    );
  });

  it('offers the appointment as an .ics file built in the browser', async () => {
    saveConfirmation(created);
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:ics';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderPage();

    const button = screen.getByRole('button', { name: 'Ajouter à mon agenda' });
    await waitFor(() => expect(button).toBeEnabled()); // once the institute's address is known
    fireEvent.click(button);

    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('rendez-vous-Q8BF5D.ics');
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    const ics = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]);
    });
    expect(ics).toContain('UID:Q8BF5D@serenaia\r\n');
    expect(ics).toContain('DTSTART:20261128T093000Z\r\nDTEND:20261128T104500Z\r\n');
    expect(ics).toContain('LOCATION:Sérénaia Beauté\\, 18 rue des Martyrs\\, 75009 Paris\r\n');
    expect(ics).toContain('STATUS:TENTATIVE');
    expect(ics).not.toContain(TOKEN);
    click.mockRestore();
  });

  it('explains what to do when there is nothing to show (a reload, another tab)', async () => {
    await renderPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Aucune réservation à afficher' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Prendre un rendez-vous' })).toHaveAttribute('href', '/reserver');
  });
});
