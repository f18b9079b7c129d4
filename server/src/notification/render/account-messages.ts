/** Account messages, in French, pure: the forgotten-password link and the invitation to the CRM. */
import type { EmailContent } from './messages.js';

export interface PasswordLinkContext {
  purpose: 'RESET' | 'INVITATION';
  firstName: string;
  instituteName: string;
  url: string;
  /** "30 minutes", "72 heures": how long the link works. */
  validFor: string;
}

export function passwordLinkEmail(ctx: PasswordLinkContext): EmailContent {
  if (ctx.purpose === 'INVITATION') {
    return {
      subject: `Invitation à rejoindre ${ctx.instituteName} sur Sérénaia`,
      preheader: 'Choisissez votre mot de passe pour accéder au CRM.',
      heading: `Bienvenue, ${ctx.firstName}`,
      paragraphs: [
        `Un compte a été créé pour vous sur le CRM de ${ctx.instituteName}.`,
        `Choisissez votre mot de passe avec le bouton ci-dessous. Ce lien fonctionne une seule fois, pendant ${ctx.validFor}.`,
      ],
      details: [],
      button: { label: 'Choisir mon mot de passe', url: ctx.url },
    };
  }
  return {
    subject: 'Réinitialisation de votre mot de passe',
    preheader: `Ce lien fonctionne une seule fois, pendant ${ctx.validFor}.`,
    heading: 'Mot de passe oublié',
    paragraphs: [
      `Bonjour ${ctx.firstName}, une demande de nouveau mot de passe a été faite pour votre compte.`,
      `Choisissez-en un nouveau avec le bouton ci-dessous. Ce lien fonctionne une seule fois, pendant ${ctx.validFor} ; toutes vos sessions seront ensuite fermées.`,
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
    ],
    details: [],
    button: { label: 'Choisir un nouveau mot de passe', url: ctx.url },
  };
}
