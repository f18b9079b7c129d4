/** French strings of the agenda's views (day, 3 days, week, month), colours and client link. */
export const agendaViews = {
  agendaViews: {
    openClient: 'Ouvrir la fiche de {{name}}',
  },
};
