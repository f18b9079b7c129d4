/**
 * The CRM's French strings that the entry chunk carries: the sign-in page, the error pages and what
 * every page shares. The rest (`screens.ts`) loads with the first screen after sign-in; `fr.ts` is
 * both, the reference of every key.
 */
export const core = {
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
    forgotPassword: 'Mot de passe oublié ?',
    passwordSet: 'Votre mot de passe est enregistré. Connectez-vous avec.',
    staffOnly: 'Cet espace est réservé à l’équipe de l’institut.',
    validation: {
      emailRequired: 'Saisissez votre adresse e-mail.',
      emailInvalid: 'Cette adresse e-mail n’est pas valide (exemple : prenom@institut.fr).',
      passwordRequired: 'Saisissez votre mot de passe.',
    },
    footer: 'Sérénaia · logiciel libre pour instituts de beauté',
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
