import { fireEvent, screen, within } from '@testing-library/react';
import type { ExecutionResult, Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { ClosuresPage } from './ClosuresPage';

const STAFF_TILL = ['tills', 'cashSession', 'closePeriod', 'closures', 'journalPublicKey'];
const ADMIN_TILL = [...STAFF_TILL, 'verifyJournal', 'exportJournalArchive'];

function permissions(role: 'ADMIN' | 'STAFF'): ExecutionResult {
  const base = (permissionsResult(role).data as { myPermissions: string[] }).myPermissions;
  return { data: { myPermissions: [...base, ...(role === 'ADMIN' ? ADMIN_TILL : STAFF_TILL)] } };
}

const closure = (over: Record<string, unknown>) => ({
  __typename: 'Closure',
  id: 'c1',
  tillId: 't1',
  period: 'DAY',
  number: 1,
  firstDate: '2026-12-04',
  lastDate: '2026-12-04',
  closedAt: '2026-12-04T19:00:00.000Z',
  automatic: false,
  ticketCount: 3,
  creditNoteCount: 0,
  totalInclCents: 12550,
  absoluteTotalCents: 12550,
  perpetualTotalCents: 98000,
  perpetualAbsoluteCents: 99000,
  shortHash: 'a1b2c3d4',
  vatTotals: [
    { __typename: 'VatTotal', rateBp: 2000, baseCents: 10000, vatCents: 2000 },
    { __typename: 'VatTotal', rateBp: 550, baseCents: 521, vatCents: 29 },
  ],
  tenders: [
    { __typename: 'TenderTotal', kind: 'CASH', amountCents: 4550 },
    { __typename: 'TenderTotal', kind: 'CARD_TERMINAL', amountCents: 8000 },
  ],
  ...over,
});

function setup(role: 'ADMIN' | 'STAFF', broken = false) {
  const { client, operations } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissions(role);
      case 'Tills':
        return { data: { tills: [{ __typename: 'Till', id: 't1', name: 'Accueil', active: true }] } };
      case 'Closures':
        return {
          data: {
            closures: [
              closure({}),
              closure({
                id: 'c2',
                number: 2,
                firstDate: '2026-12-05',
                lastDate: '2026-12-05',
                automatic: true,
              }),
            ],
          },
        };
      case 'JournalPublicKey':
        return {
          data: {
            journalPublicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAabc\n-----END PUBLIC KEY-----',
          },
        };
      case 'VerifyJournal':
        return {
          data: {
            verifyJournal: {
              __typename: 'JournalVerification',
              tillId: 't1',
              ok: !broken,
              recordsChecked: broken ? 4 : 12,
              closuresChecked: broken ? 2 : 1,
              firstSeq: 1,
              lastSeq: broken ? 4 : 12,
              lastHash: 'ff',
              broken: broken
                ? {
                    __typename: 'JournalBreak',
                    seq: 5,
                    kind: 'TICKET',
                    problem: "L'empreinte ne correspond pas au contenu de l'enregistrement.",
                  }
                : null,
            },
          },
        };
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<ClosuresPage />, { client, route: '/caisse/clotures' });
  return { operations };
}

describe('ClosuresPage', () => {
  it('lists the Z closures, newest first, and shows a Z report with totals by VAT rate and tender', async () => {
    setup('STAFF');
    const list = await screen.findByRole('region', { name: 'Clôtures' });
    const rows = await within(list).findAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('N° 2 · samedi 5 décembre 2026');
    expect(rows[0]).toHaveTextContent('Automatique');
    expect(rows[1]).toHaveTextContent(/125,50\s€/);
    fireEvent.click(within(rows[1]).getByRole('button', { name: /Voir/ }));
    const report = await screen.findByRole('article', { name: 'Ticket Z n° 1' });
    expect(report).toHaveTextContent('Sérénaia Beauté SARL');
    expect(report).toHaveTextContent('SIRET 912 345 675 00017');
    expect(report).toHaveTextContent('vendredi 4 décembre 2026');
    expect(report).toHaveTextContent(/20\s%100,00\s€20,00\s€120,00\s€/);
    expect(report).toHaveTextContent(/5,5\s%5,21\s€0,29\s€5,50\s€/);
    expect(report).toHaveTextContent(/Espèces45,50\s€/);
    expect(report).toHaveTextContent(/Carte \(terminal SumUp\)80,00\s€/);
    expect(report).toHaveTextContent(/Grand total perpétuel980,00\s€/);
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeInTheDocument();
  });

  it('lets staff close the day but not a month, verify the journal or download an archive', async () => {
    setup('STAFF');
    expect(await screen.findByRole('button', { name: 'Clôturer la journée (Z)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Clôturer novembre/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Clôturer l’année/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vérifier maintenant' })).not.toBeInTheDocument();
    expect(screen.getByText('Seul un administrateur peut lancer la vérification.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Télécharger l’archive' })).not.toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Clé publique de l’institut' })).toHaveTextContent(
      'BEGIN PUBLIC KEY',
    );
  });

  it('offers an administrator the month and year closures, the archive, and reports the first broken link', async () => {
    setup('ADMIN', true);
    expect(
      await screen.findByRole('button', {
        name: /^Clôturer (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Clôturer l’année \d{4}$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger l’archive' })).toBeInTheDocument();
    expect(screen.getByText('Pas encore vérifié depuis l’ouverture de cette page.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier maintenant' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Journal altéré à l’enregistrement n° 5 (TICKET) : L'empreinte ne correspond pas au contenu de l'enregistrement.",
    );
  });

  it('reports an intact journal with what was checked', async () => {
    setup('ADMIN');
    fireEvent.click(await screen.findByRole('button', { name: 'Vérifier maintenant' }));
    expect(
      await screen.findByText('Journal intègre : 12 enregistrements et 1 clôture vérifiés (n° 1 à 12).'),
    ).toBeInTheDocument();
  });
});
