/** The settings hub ("Réglages") and its pages' entries. */
export const settingsHubLocale = {
  settingsHub: {
    pageTitle: 'Réglages',
    title: 'Réglages',
    subtitle: 'Tout ce qui fait tourner l’institut, au même endroit.',
    loadError: 'Les réglages accessibles n’ont pas pu être chargés.',
    nothing: 'Aucun réglage n’est accessible avec votre rôle.',
    pages: {
      team: {
        label: 'Équipe et accès',
        description: 'Inviter l’équipe, rôles, praticienne associée, désactiver un compte.',
      },
      services: {
        label: 'Prestations',
        description: 'Catégories, durées, prix, TVA, acomptes et réservation en ligne.',
      },
      payments: {
        label: 'Paiements',
        description: 'Moyens de paiement en ligne, acomptes et remboursements par l’équipe.',
      },
      terminals: {
        label: 'Terminaux de paiement',
        description: 'Appairer, renommer ou retirer les terminaux de carte bancaire.',
      },
      notifications: {
        label: 'Messages',
        description: 'Confirmations et rappels envoyés aux clientes par e-mail et SMS.',
      },
    },
  },
};
