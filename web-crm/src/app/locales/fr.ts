/** French strings of the staff CRM (the reference language: every other locale follows these keys). */
export const fr = {
  app: {
    name: 'Sérénaia',
    staffArea: 'Espace équipe',
    pageTitle: '{{page}} · {{institute}}',
  },
  errors: {
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
    unexpected: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
    retry: 'Réessayer',
  },
  login: {
    pageTitle: 'Connexion',
    title: 'Connexion',
    intro: 'Connectez-vous avec votre adresse e-mail professionnelle.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    showPassword: 'Afficher le mot de passe',
    hidePassword: 'Masquer le mot de passe',
    submit: 'Se connecter',
    sessionExpired: 'Votre session a expiré. Reconnectez-vous pour continuer.',
    staffOnly: 'Cet espace est réservé à l’équipe de l’institut.',
    validation: {
      emailRequired: 'Saisissez votre adresse e-mail.',
      emailInvalid: 'Cette adresse e-mail n’est pas valide (exemple : prenom@institut.fr).',
      passwordRequired: 'Saisissez votre mot de passe.',
    },
    footer: 'Sérénaia · logiciel libre pour instituts de beauté',
  },
  shell: {
    openNavigation: 'Ouvrir le menu',
    navigation: 'Navigation principale',
    account: 'Mon compte',
    signOut: 'Se déconnecter',
    loadError: 'Votre profil n’a pas pu être chargé.',
    nav: {
      home: 'Accueil',
    },
  },
  roles: {
    ADMIN: 'Administration',
    STAFF: 'Équipe',
    CLIENT: 'Client',
  },
  home: {
    pageTitle: 'Accueil',
    greeting: 'Bonjour {{firstName}}',
    institute: {
      title: 'Votre institut',
      subtitle: 'Identité affichée sur le site, les factures et les e-mails',
      legalName: 'Raison sociale',
      address: 'Adresse',
      phone: 'Téléphone',
      email: 'E-mail',
      siret: 'SIRET',
      vatNumber: 'N° de TVA intracommunautaire',
      notSet: 'Non renseigné',
    },
  },
  notFound: {
    pageTitle: 'Page introuvable',
    title: 'Page introuvable',
    body: 'Cette page n’existe pas ou a été déplacée.',
    home: 'Retour à l’accueil',
  },
  routeError: {
    title: 'Une erreur est survenue',
    body: 'La page n’a pas pu s’afficher. Rechargez-la pour réessayer.',
    reload: 'Recharger la page',
  },
};

export type CrmResources = typeof fr;
