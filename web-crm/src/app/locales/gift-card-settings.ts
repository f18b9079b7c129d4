/** French strings of the gift-card shop settings (`/reglages/cartes-cadeaux`, spread into screens.ts). */
export const giftCardSettings = {
  giftCardSettings: {
    title: 'Cartes cadeaux',
    subtitle: 'Vente en ligne, montants proposés, validité et compte pour les virements.',
    adminOnly: 'Cette page est réservée aux administrateurs.',
    loadError: 'Les réglages des cartes cadeaux n’ont pas pu être chargés.',
    card: {
      label: 'Cartes cadeaux',
      description: 'Vente en ligne, montants, validité, IBAN pour les virements.',
    },
    sections: {
      sale: 'Vente en ligne',
      cards: 'Les cartes',
      transfer: 'Paiement par virement',
    },
    onlineSaleEnabled: 'Vendre des cartes cadeaux sur le site',
    transferIntro:
      'Sans IBAN, le virement n’est pas proposé. Avec, l’acheteur reçoit l’IBAN et une référence ; la carte est émise quand vous marquez le virement reçu.',
    fields: {
      presets: 'Montants proposés (€)',
      minFree: 'Montant libre minimum (€)',
      maxFree: 'Montant libre maximum (€)',
      validityMonths: 'Validité d’une carte (mois)',
      forcedCategory: 'Catégorie de bon (TVA)',
      iban: 'IBAN',
      bic: 'BIC',
      holder: 'Titulaire du compte',
      transferDays: 'Délai pour recevoir le virement (jours)',
    },
    help: {
      presets: 'Séparés par des points-virgules, ex. 30 ; 50 ; 80 ; 100',
      minFree: 'Au moins 1 €',
      maxFree: 'Au plus 1 000 €',
      validityMonths: 'De 1 à 60 mois ; 12 mois d’usage',
      forcedCategory: 'Sauf besoin de votre comptable, laissez la règle décider',
      iban: 'Vérifié avec sa clé de contrôle',
      bic: 'Facultatif, 8 ou 11 caractères',
      holder: 'Tel qu’il figure sur le RIB',
      transferDays: 'Passé ce délai, la commande expire',
    },
    categories: {
      RULE: 'Selon la règle (recommandé)',
      SINGLE_PURPOSE: 'Toujours mono-usage (TVA à la vente)',
      MULTI_PURPOSE: 'Toujours multi-usage (TVA à l’utilisation)',
    },
    fixFields: 'Corrigez les champs signalés.',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Réglages des cartes cadeaux enregistrés.',
    saveError: 'Les réglages n’ont pas été enregistrés.',
  },
};
