// A copy of the site on an intranet, under a sub-path, in two languages: just enough for loadContext.
module.exports = {
  title: 'Testsite',
  url: 'https://intranet.example.org',
  baseUrl: '/kennisbank/',
  i18n: {defaultLocale: 'nl', locales: ['nl', 'en']},
};
