/** French strings of the agenda's views (day, 3 days, week, month), colours and client link. */
export const agendaViews = {
  agendaViews: {
    openClient: 'Ouvrir la fiche de {{name}}',
    monthView: 'Mois',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    month: {
      label: 'Agenda de {{month}}',
      count_zero: 'aucun rendez-vous',
      count_one: '{{count}} rendez-vous',
      count_other: '{{count}} rendez-vous',
      short_one: '{{count}} rdv',
      short_other: '{{count}} rdv',
      more_one: '+{{count}} autre',
      more_other: '+{{count}} autres',
      holiday: '{{name}} (férié)',
      loadError: 'Le mois n’a pas pu être chargé.',
    },
  },
};
