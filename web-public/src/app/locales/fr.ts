/** French strings of the public site (the reference language: every other locale follows these keys). */
export const fr = {
  meta: {
    title: '{{name}} · Institut de beauté à {{city}}',
  },
  header: {
    findUs: 'Nous trouver',
    home: 'Accueil de {{name}}',
  },
  hero: {
    eyebrow: 'Institut de beauté · {{city}}',
    lead: 'Un lieu calme pour prendre soin de vous, le temps d’une pause.',
    findUs: 'Nous trouver',
    call: 'Appeler l’institut',
  },
  findUs: {
    title: 'Nous trouver',
    intro: 'Nous vous accueillons au cœur de {{city}}. Une question ? Appelez-nous ou écrivez-nous.',
    address: 'Adresse',
    phone: 'Téléphone',
    email: 'E-mail',
    map: 'Voir sur la carte',
    mapLabel: 'Voir l’adresse sur OpenStreetMap (nouvel onglet)',
  },
  footer: {
    legal: '{{legalName}} · SIRET {{siret}}',
    vat: 'TVA intracommunautaire {{vatNumber}}',
    copyright: '© {{year}} {{name}}',
  },
  loading: 'Chargement des informations de l’institut…',
  error: {
    title: 'Le site est momentanément indisponible',
    body: 'Nous n’arrivons pas à charger les informations de l’institut. Réessayez dans quelques instants.',
    retry: 'Réessayer',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'La page que vous cherchez n’existe pas ou a été déplacée.',
    home: 'Retour à l’accueil',
  },
  routeError: {
    title: 'Une erreur est survenue',
    body: 'La page n’a pas pu s’afficher. Rechargez-la pour réessayer.',
    reload: 'Recharger la page',
  },
};

export type PublicResources = typeof fr;
