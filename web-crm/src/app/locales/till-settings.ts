/** French strings of the till's sale rules page (`/reglages/caisse`, spread into screens.ts). */
export const tillSettings = {
  tillSettings: {
    pageTitle: 'Règles de caisse',
    title: 'Règles de caisse',
    subtitle: 'Ce que l’équipe peut accorder seule en caisse ; au-delà, un administrateur doit le faire.',
    adminOnly: 'Cette page est réservée aux administrateurs.',
    loadError: 'Les règles de caisse n’ont pas pu être chargées.',
    discount: 'Remise maximale de l’équipe',
    discountHelp: 'Sur une ligne ou sur tout le ticket, en pourcentage du montant remisé.',
    creditNote: 'Avoir maximal de l’équipe',
    creditNoteHelp: 'Montant TTC d’un avoir au-delà duquel un administrateur doit l’émettre.',
    journal:
      'Chaque modification est inscrite dans le journal de chaque caisse (ancienne et nouvelle valeur, auteur).',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Règles de caisse enregistrées.',
    saveError: 'Les règles n’ont pas été enregistrées.',
    card: {
      label: 'Règles de caisse',
      description: 'Remises et avoirs que l’équipe peut accorder sans administrateur.',
    },
  },
};
