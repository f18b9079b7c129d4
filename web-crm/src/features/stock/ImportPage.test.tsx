import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Operation } from '@urql/core';
import { instituteResult, meResult, permissionsResult } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { fakeClient, operationName } from '@serenaia/shared/testing/urql';
import { ImportPage } from './ImportPage';

interface Vars {
  file: string;
  dryRun: boolean;
  importValidLines?: boolean | null;
}

const GOOD = 'nom;prix_ttc;tva\nBaume;12,50;20\nHuile;9,90;20\n';
const WITH_PROBLEM = 'nom;prix_ttc;tva\nBaume;12,50;20\nHuile;9,90 €€;20\n';

/** Answers like the server: line 3 of WITH_PROBLEM has a bad price; "Baume" exists already. */
function report(vars: Vars) {
  const bad = vars.file === WITH_PROBLEM;
  const problems = bad
    ? [
        {
          __typename: 'ProductImportProblem',
          line: 3,
          column: 'prix_ttc',
          message: 'Le prix TTC « 9,90 €€ » n’est pas un montant en euros (par exemple 12,50).',
        },
      ]
    : [];
  const write = !vars.dryRun && (!bad || vars.importValidLines === true);
  return {
    __typename: 'ProductImportReport',
    dryRun: vars.dryRun,
    applied: write,
    created: bad ? 0 : 1,
    updated: 1,
    problems,
  };
}

function setup(role: 'ADMIN' | 'STAFF') {
  const { client, operations } = fakeClient((op: Operation) => {
    switch (operationName(op)) {
      case 'CurrentUser':
        return meResult(role);
      case 'MyPermissions':
        return permissionsResult(role);
      case 'ImportProducts':
        return { data: { importProducts: report(op.variables as Vars) } };
      default:
        return instituteResult;
    }
  });
  renderWithProviders(<ImportPage />, { client, route: '/stock/import' });
  return { operations };
}

const imports = (operations: Operation[]) =>
  operations.filter((o) => operationName(o) === 'ImportProducts').map((o) => o.variables as Vars);

describe('ImportPage', () => {
  it('previews a clean file without writing, then imports it', async () => {
    const { operations } = setup('ADMIN');
    const field = await screen.findByLabelText('Contenu du fichier');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier (sans rien enregistrer)' }));
    expect(
      await screen.findByText('Collez le contenu du fichier ou choisissez un fichier CSV.'),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(imports(operations)).toHaveLength(0);

    fireEvent.change(field, { target: { value: GOOD } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier (sans rien enregistrer)' }));
    const preview = await screen.findByRole('region', { name: 'Aperçu de l’import' });
    expect(preview).toHaveTextContent('1 produit à créer · 1 produit à mettre à jour');
    expect(imports(operations)).toEqual([{ file: GOOD, dryRun: true, importValidLines: false }]);

    fireEvent.click(within(preview).getByRole('button', { name: 'Importer 2 produits' }));
    expect(await screen.findByText('Import terminé : 1 créé(s), 1 mis à jour.')).toBeInTheDocument();
    expect(imports(operations)[1]).toEqual({ file: GOOD, dryRun: false, importValidLines: false });
    expect(screen.queryByRole('region', { name: 'Aperçu de l’import' })).not.toBeInTheDocument();
  });

  it('lists the problems per line and imports only the valid lines when asked', async () => {
    const { operations } = setup('ADMIN');
    fireEvent.change(await screen.findByLabelText('Contenu du fichier'), { target: { value: WITH_PROBLEM } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier (sans rien enregistrer)' }));
    const preview = await screen.findByRole('region', { name: 'Aperçu de l’import' });
    const list = within(preview).getByRole('list', { name: 'Problèmes par ligne' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Le prix TTC « 9,90 €€ » n’est pas un montant en euros (par exemple 12,50).Ligne 3 · colonne prix_ttc',
    ]);
    // Not everything is valid: no plain "Import", only the valid lines on request.
    expect(within(preview).queryByRole('button', { name: /^Importer 1 produit/ })).not.toBeInTheDocument();
    fireEvent.click(within(preview).getByRole('button', { name: 'Importer seulement la ligne valide' }));
    expect(await screen.findByText('Import terminé : 0 créé(s), 1 mis à jour.')).toBeInTheDocument();
    expect(imports(operations)[1]).toEqual({ file: WITH_PROBLEM, dryRun: false, importValidLines: true });
  });

  it('reads a chosen file and forgets the preview when the text changes', async () => {
    const { operations } = setup('ADMIN');
    const input = await screen.findByLabelText('Choisir un fichier CSV');
    const file = new File([GOOD], 'catalogue.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('catalogue.csv')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Contenu du fichier')).toHaveValue(GOOD));
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier (sans rien enregistrer)' }));
    await screen.findByRole('region', { name: 'Aperçu de l’import' });
    expect(imports(operations)[0].file).toBe(GOOD);
    fireEvent.change(screen.getByLabelText('Contenu du fichier'), {
      target: { value: `${GOOD}Crème;5;20\n` },
    });
    expect(screen.queryByRole('region', { name: 'Aperçu de l’import' })).not.toBeInTheDocument();
  });

  it('tells the staff that importing is for the administration', async () => {
    setup('STAFF');
    expect(await screen.findByText('Seule l’administration peut importer des produits.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Contenu du fichier')).not.toBeInTheDocument();
  });
});
